/* cuda_api.h: the CUDA driver, NVRTC and cuBLASLt, loaded at run time.
 *
 *   cuda_api.c    dlopen of libcuda.so.1, libnvrtc.so, libcublasLt.so and
 *                 dlsym of every entry point below into three tables
 *   cuda_nvrtc.c  CUDA C -> CUBIN with NVRTC, the on-disk CUBIN cache, the
 *                 ptxas resource report
 *   backend_cuda.c  the CUDA device behind the backend vtable
 *
 * gpt23 has no link-time dependency on CUDA: one binary runs on machines
 * with and without a GPU.  The few types, enum values and structure layouts
 * used here are declared below under g23_ names, with the values of cuda.h,
 * nvrtc.h and cublasLt.h (CUDA 12 and 13; these are ABI and do not change
 * between releases).  test/nvrtc/test_cuda_abi.c compiles against the
 * toolkit's headers and asserts that every value, size and offset agrees.
 *
 * NCCL (libnccl.so.2, the collectives of data-parallel training, nccl.c)
 * is loaded the same way, only when a job of several processes asks for it.
 *
 * Every foreign call goes through G23_CU / G23_NVRTC / G23_LT: on failure
 * the message names the call, the library's error name and a hint, and the
 * enclosing function returns -1 (STYLE.md, failures of foreign calls).
 */
#ifndef G23_CUDA_API_H
#define G23_CUDA_API_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- cuda.h ------------------------------------------------------------- */
typedef int g23_cu_result_t; /* CUresult */
typedef int g23_cu_device_t; /* CUdevice */
typedef unsigned long long g23_cu_ptr_t; /* CUdeviceptr */
typedef struct g23_cu_ctx *g23_cu_ctx_t;
typedef struct g23_cu_module *g23_cu_module_t;
typedef struct g23_cu_function *g23_cu_function_t;
typedef struct g23_cu_stream *g23_cu_stream_t;
typedef struct g23_cu_graph *g23_cu_graph_t;
typedef struct g23_cu_graph_exec *g23_cu_graph_exec_t;
typedef struct g23_cu_event *g23_cu_event_t;

enum {
  G23_CUDA_SUCCESS = 0,
  G23_CUDA_ERROR_OUT_OF_MEMORY = 2,
  G23_CUDA_ERROR_NOT_INITIALIZED = 3,
  G23_CUDA_ERROR_STUB_LIBRARY = 34,
  G23_CUDA_ERROR_NO_DEVICE = 100,
  G23_CUDA_ERROR_INVALID_IMAGE = 200,
  G23_CUDA_ERROR_NO_BINARY_FOR_GPU = 209,
  G23_CUDA_ERROR_NOT_READY = 600, /* cuStreamQuery: work still under way */
  G23_CUDA_ERROR_UNSUPPORTED_PTX_VERSION = 222,
  G23_CUDA_ERROR_ILLEGAL_ADDRESS = 700,
  G23_CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES = 701,
  G23_CUDA_ERROR_LAUNCH_FAILED = 719,
  G23_CUDA_ERROR_SYSTEM_DRIVER_MISMATCH = 803,
};
enum {
  G23_CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT = 16,
  G23_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
  G23_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
  G23_CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN = 97,
};
enum {
  G23_CU_FUNC_ATTRIBUTE_LOCAL_SIZE_BYTES = 3,
  G23_CU_FUNC_ATTRIBUTE_NUM_REGS = 4,
  G23_CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES = 8,
};
enum { G23_CU_STREAM_NON_BLOCKING = 1 };
enum { G23_CU_EVENT_DISABLE_TIMING = 2 };
enum { G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL = 1 };

/* ---- nvrtc.h ------------------------------------------------------------- */
typedef int g23_nvrtc_result_t; /* nvrtcResult */
typedef struct g23_nvrtc_program *g23_nvrtc_program_t;
enum { G23_NVRTC_SUCCESS = 0 };

/* ---- cublasLt.h ---------------------------------------------------------- */
typedef int g23_lt_status_t; /* cublasStatus_t */
typedef struct g23_lt_ctx *g23_lt_handle_t;
typedef struct g23_lt_desc *g23_lt_desc_t;     /* cublasLtMatmulDesc_t */
typedef struct g23_lt_lay *g23_lt_lay_t;       /* cublasLtMatrixLayout_t */
typedef struct g23_lt_pref *g23_lt_pref_t;     /* cublasLtMatmulPreference_t */
typedef struct { uint64_t data[8]; } g23_lt_algo_t; /* cublasLtMatmulAlgo_t */
typedef struct {                                     /* cublasLtMatmulHeuristicResult_t */
  g23_lt_algo_t algo;
  size_t workspace_size;
  g23_lt_status_t state;
  float waves_count;
  int reserved[4];
} g23_lt_heuristic_t;
enum {
  G23_CUBLAS_STATUS_SUCCESS = 0,
  G23_CUBLAS_STATUS_ALLOC_FAILED = 3,
  G23_CUBLAS_STATUS_INVALID_VALUE = 7,
  G23_CUBLAS_STATUS_EXECUTION_FAILED = 13,
  G23_CUBLAS_STATUS_NOT_SUPPORTED = 15,
};
enum {
  G23_CUBLASLT_MATMUL_DESC_TRANSA = 3,
  G23_CUBLASLT_MATMUL_DESC_TRANSB = 4,
  G23_CUBLASLT_MATMUL_DESC_EPILOGUE = 7,
  G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER = 8,
  G23_CUBLASLT_MATMUL_DESC_BIAS_BATCH_STRIDE = 10,
  G23_CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE = 26,
  G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER = 11,
  G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_LD = 12,
  G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_DATA_TYPE = 22,
};
enum {
  G23_CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT = 5,
  G23_CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET = 6,
};
enum {
  G23_CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES = 1,
  G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES = 5,
  G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES = 6,
  G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES = 7,
  G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES = 8,
};
/* cuBLAS compute type for fp32 with TF32 tensor cores (opt-in). */
enum { G23_CUBLAS_COMPUTE_32F_FAST_TF32 = 77 };

/* ---- nccl.h ---------------------------------------------------------------- */
typedef int g23_nccl_result_t; /* ncclResult_t */
typedef struct g23_nccl_comm *g23_nccl_comm_t;
#define G23_NCCL_UNIQUE_ID_BYTES 128
typedef struct { char internal[G23_NCCL_UNIQUE_ID_BYTES]; } g23_nccl_id_t; /* ncclUniqueId */
enum { G23_NCCL_SUCCESS = 0 };
enum { G23_NCCL_FLOAT32 = 7 }; /* ncclDataType_t */
enum { G23_NCCL_AVG = 4 };     /* ncclRedOp_t: NCCL 2.10 and later */
#define G23_NCCL_MIN_VERSION 21000 /* ncclAvg; NCCL_VERSION(2, 10, 0) */

/* ---- the tables ------------------------------------------------------------
 * X(field, symbol, return type, parameters): field is the table member,
 * symbol the exported name looked up with dlsym (the _v2 names are the ones
 * cuda.h maps the plain names to). */
#define G23_CU_FUNCS(X)                                                                            \
  X(Init, "cuInit", g23_cu_result_t, (unsigned flags))                                             \
  X(DriverGetVersion, "cuDriverGetVersion", g23_cu_result_t, (int *v))                             \
  X(DeviceGetCount, "cuDeviceGetCount", g23_cu_result_t, (int *n))                                 \
  X(DeviceGet, "cuDeviceGet", g23_cu_result_t, (g23_cu_device_t * d, int ordinal))                 \
  X(DeviceGetName, "cuDeviceGetName", g23_cu_result_t, (char *name, int len, g23_cu_device_t d))   \
  X(DeviceGetAttribute, "cuDeviceGetAttribute", g23_cu_result_t, (int *v, int attr, g23_cu_device_t d)) \
  X(DevicePrimaryCtxRetain, "cuDevicePrimaryCtxRetain", g23_cu_result_t,                           \
    (g23_cu_ctx_t * c, g23_cu_device_t d))                                                         \
  X(DevicePrimaryCtxRelease, "cuDevicePrimaryCtxRelease_v2", g23_cu_result_t, (g23_cu_device_t d)) \
  X(CtxSetCurrent, "cuCtxSetCurrent", g23_cu_result_t, (g23_cu_ctx_t c))                           \
  X(MemGetInfo, "cuMemGetInfo_v2", g23_cu_result_t, (size_t * free_b, size_t * total_b))           \
  X(MemAlloc, "cuMemAlloc_v2", g23_cu_result_t, (g23_cu_ptr_t * p, size_t n))                      \
  X(MemFree, "cuMemFree_v2", g23_cu_result_t, (g23_cu_ptr_t p))                                    \
  X(MemcpyHtoD, "cuMemcpyHtoD_v2", g23_cu_result_t, (g23_cu_ptr_t dst, const void *src, size_t n)) \
  X(MemcpyDtoH, "cuMemcpyDtoH_v2", g23_cu_result_t, (void *dst, g23_cu_ptr_t src, size_t n))       \
  X(MemsetD8Async, "cuMemsetD8Async", g23_cu_result_t,                                             \
    (g23_cu_ptr_t dst, unsigned char v, size_t n, g23_cu_stream_t s))                              \
  X(StreamCreate, "cuStreamCreate", g23_cu_result_t, (g23_cu_stream_t * s, unsigned flags))        \
  X(StreamDestroy, "cuStreamDestroy_v2", g23_cu_result_t, (g23_cu_stream_t s))                     \
  X(StreamSynchronize, "cuStreamSynchronize", g23_cu_result_t, (g23_cu_stream_t s))                \
  X(StreamQuery, "cuStreamQuery", g23_cu_result_t, (g23_cu_stream_t s))                            \
  X(EventCreate, "cuEventCreate", g23_cu_result_t, (g23_cu_event_t * e, unsigned flags))           \
  X(EventDestroy, "cuEventDestroy_v2", g23_cu_result_t, (g23_cu_event_t e))                        \
  X(EventRecord, "cuEventRecord", g23_cu_result_t, (g23_cu_event_t e, g23_cu_stream_t s))          \
  X(StreamWaitEvent, "cuStreamWaitEvent", g23_cu_result_t,                                         \
    (g23_cu_stream_t s, g23_cu_event_t e, unsigned flags))                                         \
  X(ModuleLoadData, "cuModuleLoadData", g23_cu_result_t, (g23_cu_module_t * m, const void *image)) \
  X(ModuleUnload, "cuModuleUnload", g23_cu_result_t, (g23_cu_module_t m))                          \
  X(ModuleGetFunction, "cuModuleGetFunction", g23_cu_result_t,                                     \
    (g23_cu_function_t * f, g23_cu_module_t m, const char *name))                                  \
  X(FuncGetAttribute, "cuFuncGetAttribute", g23_cu_result_t, (int *v, int attr, g23_cu_function_t f)) \
  X(FuncSetAttribute, "cuFuncSetAttribute", g23_cu_result_t, (g23_cu_function_t f, int attr, int v)) \
  X(LaunchKernel, "cuLaunchKernel", g23_cu_result_t,                                               \
    (g23_cu_function_t f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by,         \
     unsigned bz, unsigned shmem, g23_cu_stream_t s, void **params, void **extra))                 \
  X(StreamBeginCapture, "cuStreamBeginCapture_v2", g23_cu_result_t, (g23_cu_stream_t s, int mode)) \
  X(StreamEndCapture, "cuStreamEndCapture", g23_cu_result_t, (g23_cu_stream_t s, g23_cu_graph_t * g)) \
  X(GraphInstantiate, "cuGraphInstantiateWithFlags", g23_cu_result_t,                              \
    (g23_cu_graph_exec_t * e, g23_cu_graph_t g, unsigned long long flags))                         \
  X(GraphLaunch, "cuGraphLaunch", g23_cu_result_t, (g23_cu_graph_exec_t e, g23_cu_stream_t s))     \
  X(GraphExecDestroy, "cuGraphExecDestroy", g23_cu_result_t, (g23_cu_graph_exec_t e))              \
  X(GraphDestroy, "cuGraphDestroy", g23_cu_result_t, (g23_cu_graph_t g))                           \
  X(GetErrorName, "cuGetErrorName", g23_cu_result_t, (g23_cu_result_t r, const char **s))          \
  X(GetErrorString, "cuGetErrorString", g23_cu_result_t, (g23_cu_result_t r, const char **s))

#define G23_NVRTC_FUNCS(X)                                                                         \
  X(Version, "nvrtcVersion", g23_nvrtc_result_t, (int *major, int *minor))                         \
  X(GetErrorString, "nvrtcGetErrorString", const char *, (g23_nvrtc_result_t r))                   \
  X(CreateProgram, "nvrtcCreateProgram", g23_nvrtc_result_t,                                       \
    (g23_nvrtc_program_t * p, const char *src, const char *name, int nheaders,                     \
     const char *const *headers, const char *const *include_names))                                \
  X(CompileProgram, "nvrtcCompileProgram", g23_nvrtc_result_t,                                     \
    (g23_nvrtc_program_t p, int nopts, const char *const *opts))                                   \
  X(GetProgramLogSize, "nvrtcGetProgramLogSize", g23_nvrtc_result_t, (g23_nvrtc_program_t p, size_t *n)) \
  X(GetProgramLog, "nvrtcGetProgramLog", g23_nvrtc_result_t, (g23_nvrtc_program_t p, char *log))   \
  X(GetCUBINSize, "nvrtcGetCUBINSize", g23_nvrtc_result_t, (g23_nvrtc_program_t p, size_t *n))     \
  X(GetCUBIN, "nvrtcGetCUBIN", g23_nvrtc_result_t, (g23_nvrtc_program_t p, char *cubin))           \
  X(DestroyProgram, "nvrtcDestroyProgram", g23_nvrtc_result_t, (g23_nvrtc_program_t * p))

#define G23_LT_FUNCS(X)                                                                            \
  X(GetVersion, "cublasLtGetVersion", size_t, (void))                                              \
  X(GetStatusName, "cublasLtGetStatusName", const char *, (g23_lt_status_t s))                     \
  X(Create, "cublasLtCreate", g23_lt_status_t, (g23_lt_handle_t * h))                              \
  X(Destroy, "cublasLtDestroy", g23_lt_status_t, (g23_lt_handle_t h))                              \
  X(MatmulDescCreate, "cublasLtMatmulDescCreate", g23_lt_status_t,                                 \
    (g23_lt_desc_t * d, int compute, int scale_type))                                              \
  X(MatmulDescDestroy, "cublasLtMatmulDescDestroy", g23_lt_status_t, (g23_lt_desc_t d))            \
  X(MatmulDescSetAttribute, "cublasLtMatmulDescSetAttribute", g23_lt_status_t,                     \
    (g23_lt_desc_t d, int attr, const void *buf, size_t n))                                        \
  X(MatrixLayoutCreate, "cublasLtMatrixLayoutCreate", g23_lt_status_t,                             \
    (g23_lt_lay_t * l, int type, uint64_t rows, uint64_t cols, int64_t ld))                        \
  X(MatrixLayoutDestroy, "cublasLtMatrixLayoutDestroy", g23_lt_status_t, (g23_lt_lay_t l))         \
  X(MatrixLayoutSetAttribute, "cublasLtMatrixLayoutSetAttribute", g23_lt_status_t,                 \
    (g23_lt_lay_t l, int attr, const void *buf, size_t n))                                         \
  X(MatmulPreferenceCreate, "cublasLtMatmulPreferenceCreate", g23_lt_status_t, (g23_lt_pref_t * p)) \
  X(MatmulPreferenceDestroy, "cublasLtMatmulPreferenceDestroy", g23_lt_status_t, (g23_lt_pref_t p)) \
  X(MatmulPreferenceSetAttribute, "cublasLtMatmulPreferenceSetAttribute", g23_lt_status_t,         \
    (g23_lt_pref_t p, int attr, const void *buf, size_t n))                                        \
  X(MatmulAlgoGetHeuristic, "cublasLtMatmulAlgoGetHeuristic", g23_lt_status_t,                     \
    (g23_lt_handle_t h, g23_lt_desc_t d, g23_lt_lay_t a, g23_lt_lay_t b, g23_lt_lay_t c,           \
     g23_lt_lay_t dl, g23_lt_pref_t p, int requested, g23_lt_heuristic_t *results, int *nresults)) \
  X(Matmul, "cublasLtMatmul", g23_lt_status_t,                                                     \
    (g23_lt_handle_t h, g23_lt_desc_t d, const void *alpha, const void *a, g23_lt_lay_t al,        \
     const void *b, g23_lt_lay_t bl, const void *beta, const void *c, g23_lt_lay_t cl, void *dst,  \
     g23_lt_lay_t dl, const g23_lt_algo_t *algo, void *workspace, size_t wsbytes,                  \
     g23_cu_stream_t s))

#define G23_NCCL_FUNCS(X)                                                                          \
  X(GetVersion, "ncclGetVersion", g23_nccl_result_t, (int *v))                                     \
  X(GetErrorString, "ncclGetErrorString", const char *, (g23_nccl_result_t r))                     \
  X(GetLastError, "ncclGetLastError", const char *, (g23_nccl_comm_t c))                           \
  X(GetUniqueId, "ncclGetUniqueId", g23_nccl_result_t, (g23_nccl_id_t * id))                       \
  X(CommInitRank, "ncclCommInitRank", g23_nccl_result_t,                                           \
    (g23_nccl_comm_t * c, int nranks, g23_nccl_id_t id, int rank))                                 \
  X(CommDestroy, "ncclCommDestroy", g23_nccl_result_t, (g23_nccl_comm_t c))                        \
  X(CommAbort, "ncclCommAbort", g23_nccl_result_t, (g23_nccl_comm_t c))                            \
  X(AllReduce, "ncclAllReduce", g23_nccl_result_t,                                                 \
    (const void *send, void *recv, size_t count, int dtype, int op, g23_nccl_comm_t c,             \
     g23_cu_stream_t s))                                                                           \
  X(GroupStart, "ncclGroupStart", g23_nccl_result_t, (void))                                       \
  X(GroupEnd, "ncclGroupEnd", g23_nccl_result_t, (void))

#define G23_API_FIELD(field, sym, ret, params) ret(*field) params;
typedef struct { G23_CU_FUNCS(G23_API_FIELD) } g23_cu_api_t;
typedef struct { G23_NVRTC_FUNCS(G23_API_FIELD) } g23_nvrtc_api_t;
typedef struct { G23_LT_FUNCS(G23_API_FIELD) } g23_lt_api_t;
typedef struct { G23_NCCL_FUNCS(G23_API_FIELD) } g23_nccl_api_t;
#undef G23_API_FIELD

/* Each loads its library once per process (later calls return the first
 * outcome) and returns the table, or NULL with what was tried and why it
 * failed in err.  Libraries are searched as libX.so.N, libX.so, then in
 * $CUDA_HOME/lib64 and the configured toolkit's lib64. */
const g23_cu_api_t *g23_cu_api(char *err, size_t errn);
const g23_nvrtc_api_t *g23_nvrtc_api(char *err, size_t errn);
const g23_lt_api_t *g23_lt_api(char *err, size_t errn);
const g23_nccl_api_t *g23_nccl_api(char *err, size_t errn);

/* The CUDA toolkit directory: $CUDA_HOME, else the configured one, else
 * /usr/local/cuda. */
const char *g23_cuda_home(void);

/* "CUDA_ERROR_OUT_OF_MEMORY: out of memory" for a driver result. */
const char *g23_cu_errname(const g23_cu_api_t *cu, g23_cu_result_t r);
/* A hint for a driver, NVRTC or cuBLASLt failure, or "". */
const char *g23_cu_hint(g23_cu_result_t r);
const char *g23_lt_hint(g23_lt_status_t s);

/* Length of the function name at the start of a stringified call. */
static inline int g23_call_len(const char *call) {
  int n = 0;
  while (call[n] && call[n] != '(') n++;
  return n;
}

/* Call a driver function; on failure write "cuNAME failed: ERROR (code):
 * text; hint: ..." into err/errn (which must be in scope) and return -1. */
#define G23_CU(cu, call)                                                                          \
  do {                                                                                             \
    g23_cu_result_t g23_r_ = (cu)->call;                                                           \
    if (g23_r_ != G23_CUDA_SUCCESS) {                                                              \
      snprintf(err, errn, "cu%.*s failed: %s%s", g23_call_len(#call), #call, g23_cu_errname((cu), g23_r_), \
               g23_cu_hint(g23_r_));                                                               \
      return -1;                                                                                   \
    }                                                                                              \
  } while (0)

#define G23_LT(lt, call)                                                                          \
  do {                                                                                             \
    g23_lt_status_t g23_s_ = (lt)->call;                                                           \
    if (g23_s_ != G23_CUBLAS_STATUS_SUCCESS) {                                                     \
      snprintf(err, errn, "cublasLt%.*s failed: %s (status %d)%s", g23_call_len(#call), #call,      \
               (lt)->GetStatusName ? (lt)->GetStatusName(g23_s_) : "cuBLASLt error", g23_s_,       \
               g23_lt_hint(g23_s_));                                                               \
      return -1;                                                                                   \
    }                                                                                              \
  } while (0)

#define G23_NVRTC(nv, call)                                                                       \
  do {                                                                                             \
    g23_nvrtc_result_t g23_n_ = (nv)->call;                                                        \
    if (g23_n_ != G23_NVRTC_SUCCESS) {                                                             \
      snprintf(err, errn, "nvrtc%.*s failed: %s", g23_call_len(#call), #call,                      \
               (nv)->GetErrorString(g23_n_));                                                      \
      return -1;                                                                                   \
    }                                                                                              \
  } while (0)

/* ---- NVRTC: cuda_nvrtc.c ---------------------------------------------------- */

/* Compile CUDA C source to a CUBIN for sm_<arch> (80, 90, ...).  The options
 * are --gpu-architecture=sm_<arch> --std=c++17 -I<toolkit>/include, then
 * extra (e.g. "--ptxas-options=-v").  On success *cubin and *len hold the image
 * (malloc'd) and, if log is not NULL, *log the program log (ptxas reports
 * go there).  On a compile error the log is printed to stderr, the source
 * is saved as failed_src (if not NULL) and err says where.  Returns 0 or
 * -1. */
int g23_nvrtc_compile(const char *src, const char *name, int arch, const char *const *extra, int nextra,
                      const char *failed_src, char **cubin, size_t *len, char **log, char *err, size_t errn);

/* As g23_nvrtc_compile, through the CUBIN cache in cache_dir: the file is
 * named by g23_fnv1a of source, options, NVRTC version and arch, written
 * atomically.  *hit says whether the cache held it. */
int g23_nvrtc_compile_cached(const char *src, const char *name, int arch, const char *cache_dir, bool verbose,
                             char **cubin, size_t *len, bool *hit, char *err, size_t errn);

/* ---- a module in parts, compiled at once --------------------------------------
 *
 * A plan's CUDA source is a prelude (macros, the scalar helpers, block
 * reductions) followed by its kernels, each introduced by a comment at the
 * start of a line that opens with the kernel's name and a colon
 * (passes/codegen).  NVRTC compiles one
 * program on one thread (--split-compile parallelises only parts of its
 * back end), so the source is cut into parts of about equal size, each the
 * prelude and a run of whole kernels, and the parts are compiled by as many
 * threads, each cached on its own. */
typedef struct g23_cuda_parts {
  int nparts;
  char **src;   /* [nparts] */
  int *part_of; /* [nnames]: the part defining names[i] */
} g23_cuda_parts_t;

/* Splits src into at most max_parts parts (at least 1).  When the kernel
 * comments are not found in names' order the whole source is one part. */
void g23_cuda_split(const char *src, const char *const *names, int nnames, int max_parts, g23_cuda_parts_t *out);
void g23_cuda_parts_free(g23_cuda_parts_t *p);

/* The number of parts for nkernels kernels: G23_NVRTC_PARTS if set, else
 * one per online CPU, about 8 kernels per part at least, at most 64. */
int g23_cuda_default_parts(int nkernels);

/* Compiles n sources as g23_nvrtc_compile_cached does, each its own
 * program and cache entry, on up to n threads.  cubins[i], lens[i] are
 * malloc'd; *hits counts the parts found in the cache.  On failure every
 * output is freed and err names the first failing part (each part's NVRTC
 * log is printed as it fails). */
int g23_nvrtc_compile_parts(const char *const *srcs, int n, const char *name, int arch, const char *cache_dir,
                            bool verbose, char **cubins, size_t *lens, int *hits, char *err, size_t errn);

/* One kernel's line of ptxas's -v report. */
typedef struct {
  char name[128];
  int registers;
  int64_t smem_bytes;       /* static shared memory */
  int64_t stack_bytes;      /* stack frame */
  int64_t spill_stores, spill_loads;
} g23_ptxas_entry_t;

/* Parses a program log holding ptxas -v output ("Compiling entry function
 * 'NAME' for 'sm_90'", "N bytes stack frame, N bytes spill stores, N bytes
 * spill loads", "Used N registers, ... N bytes smem").  Returns the number of
 * entries (malloc'd array in *out), or -1 if the log has no report. */
int g23_ptxas_parse(const char *log, g23_ptxas_entry_t **out);

#endif
