/* fake_selftest.c: the emulated CUDA device stack (test/cuda/fake) held to
 * the behaviour of the real one, through the same entry points the backend
 * resolves (runtime/cuda/cuda_api.h).  fake_device.sh shows the backend runs on
 * it; this shows the fake would catch the mistakes it is there to catch:
 *
 *   - calls before cuInit and without a current context fail;
 *   - memory is accounted (out of memory), fresh memory is not zeros;
 *   - work is queued: a copy that does not wait for a non-blocking stream
 *     sees the old bytes, a blocking stream is waited for; parameter values
 *     are taken at the launch, structures by value in CUDA's layout;
 *   - launch limits: block and grid sizes, more than 48 KiB of dynamic
 *     shared memory only after cuFuncSetAttribute, never past the opt-in
 *     maximum;
 *   - images: not the fake NVRTC's, or for another architecture, refused;
 *     a kernel the module lacks is not found; NVRTC's option and compile
 *     errors;
 *   - graphs: captured work does not run until the graph is launched and
 *     replays its captured values; cuMemAlloc or a synchronisation during a
 *     capture is refused and invalidates it;
 *   - events: a stream's work does not wait for another's without one (and
 *     may run before it), and a wait runs the other stream up to the record
 *     only; a stream that
 *     waits on an event of a capture joins it, must be joined back before
 *     the capture ends, and is replayed in order; a capture cannot wait on
 *     work outside it;
 *   - a kernel that faults under the emulator makes the error sticky until
 *     the context is destroyed;
 *   - cuBLASLt: misaligned operands, too little workspace, an algorithm of
 *     another problem are refused; the bias pointer is taken at the call,
 *     and a graph replays the captured one.
 */
#include "config.h"

#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cuda/cublaslt_desc.h"
#include "runtime/cuda/cuda_api.h"
#include "test/check.h"

static g23_cu_api_t cu;
static g23_nvrtc_api_t nv;
static g23_lt_api_t lt;
/* The three fakes, opened by path, their tables filled by name. */
static void load(void) {
#define SYM(field, sym, ret, params) sym,
  static const char *const cu_syms[] = {G23_CU_FUNCS(SYM)}, *const nv_syms[] = {G23_NVRTC_FUNCS(SYM)},
                           *const lt_syms[] = {G23_LT_FUNCS(SYM)};
#undef SYM
  const struct {
    const char *lib;
    const char *const *syms;
    size_t n;
    void **table;
  } libs[] = {
      {"libcuda.so.1", cu_syms, sizeof cu_syms / sizeof *cu_syms, (void **)&cu},
      {"libnvrtc.so.13", nv_syms, sizeof nv_syms / sizeof *nv_syms, (void **)&nv},
      {"libcublasLt.so.13", lt_syms, sizeof lt_syms / sizeof *lt_syms, (void **)&lt},
  };
  for (size_t i = 0; i < 3; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", G23_FAKE_DIR, libs[i].lib);
    void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
      fprintf(stderr, "fake_selftest: %s\n", dlerror());
      exit(99);
    }
    for (size_t k = 0; k < libs[i].n; k++)
      if (!(libs[i].table[k] = dlsym(h, libs[i].syms[k]))) {
        fprintf(stderr, "fake_selftest: %s lacks %s\n", path, libs[i].syms[k]);
        exit(99);
      }
  }
}

static const char source[] =
    "struct mixed { long long a; char c; double d; };\n"
    "extern \"C\" __global__ void fill(float *p, float v, int n) {\n"
    "  int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
    "  if (i < n) p[i] = v;\n"
    "}\n"
    "extern \"C\" __global__ void params(double *out, char c, mixed m, short s, float *unused) {\n"
    "  out[0] = c; out[1] = (double)m.a; out[2] = m.c; out[3] = m.d; out[4] = s;\n"
    "}\n"
    "extern \"C\" __global__ void reverse(float *p) {\n"
    "  extern __shared__ float tile[];\n"
    "  tile[threadIdx.x] = p[threadIdx.x];\n"
    "  __syncthreads();\n"
    "  p[threadIdx.x] = tile[blockDim.x - 1 - threadIdx.x];\n"
    "}\n"
    "extern \"C\" __global__ void bad_barrier(float *p) {\n"
    "  if (threadIdx.x == 0) return;\n"
    "  __syncthreads();\n"
    "}\n";

/* Compiles source for arch with extra options; *log gets NVRTC's log. */
static int compile(const char *src, const char *arch, const char *extra, char **cubin, char **log) {
  g23_nvrtc_program_t p;
  if (nv.CreateProgram(&p, src, "selftest.cu", 0, NULL, NULL) != 0) return -1;
  const char *opts[3] = {arch, "--std=c++17", extra};
  int r = nv.CompileProgram(p, extra ? 3 : (arch ? 2 : 1), arch ? opts : opts + 1);
  size_t n = 0;
  nv.GetProgramLogSize(p, &n);
  *log = calloc(1, n + 1);
  nv.GetProgramLog(p, *log);
  *cubin = NULL;
  if (r == 0) {
    nv.GetCUBINSize(p, &n);
    *cubin = malloc(n ? n : 1);
    if (n) nv.GetCUBIN(p, *cubin);
    else {
      free(*cubin);
      *cubin = NULL;
    }
  }
  nv.DestroyProgram(&p);
  return r;
}

static const char *name(g23_cu_result_t r) {
  const char *s = NULL;
  return cu.GetErrorName(r, &s) == 0 && s ? s : "?";
}

#define EXPECT(call, want)                                                                          \
  do {                                                                                              \
    g23_cu_result_t r_ = (call);                                                                    \
    g23_check_report(r_ == (want), "%s -> %s (want %s)", #call, name(r_), name(want));                         \
  } while (0)

static g23_cu_ptr_t alloc_filled(size_t n) {
  g23_cu_ptr_t p = 0;
  if (cu.MemAlloc(&p, n) != 0) {
    fprintf(stderr, "fake_selftest: cuMemAlloc failed\n");
    exit(99);
  }
  return p;
}

static float get(g23_cu_ptr_t p, int i) {
  float v;
  cu.MemcpyDtoH(&v, p + 4 * (g23_cu_ptr_t)i, 4);
  return v;
}

int main(void) {
  setenv("G23_FAKE_CUDA_MEM", "64M", 1);
  setenv("G23_FAKE_CUDA_SEED", "5", 1);
  load();

  /* ---- initialisation and contexts ---- */
  int n = 0, dev = -1;
  EXPECT(cu.DeviceGetCount(&n), G23_CUDA_ERROR_NOT_INITIALIZED);
  EXPECT(cu.Init(0), G23_CUDA_SUCCESS);
  EXPECT(cu.DeviceGetCount(&n), G23_CUDA_SUCCESS);
  EXPECT(cu.DeviceGet(&dev, 1), 101 /* CUDA_ERROR_INVALID_DEVICE */);
  EXPECT(cu.DeviceGet(&dev, 0), G23_CUDA_SUCCESS);
  int major = 0, optin = 0;
  cu.DeviceGetAttribute(&major, G23_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev);
  cu.DeviceGetAttribute(&optin, G23_CU_DEVICE_ATTRIBUTE_MAX_SHARED_MEMORY_PER_BLOCK_OPTIN, dev);
  g23_check_report(n == 1 && major == 9 && optin == 227 * 1024, "one device, sm_9x, 227 KiB opt-in shared memory");
  g23_cu_ptr_t p = 0;
  EXPECT(cu.MemAlloc(&p, 1024), 201 /* CUDA_ERROR_INVALID_CONTEXT */);
  g23_cu_ctx_t ctx;
  EXPECT(cu.DevicePrimaryCtxRetain(&ctx, dev), G23_CUDA_SUCCESS);
  EXPECT(cu.CtxSetCurrent(ctx), G23_CUDA_SUCCESS);

  /* ---- memory ---- */
  size_t fr = 0, tot = 0;
  cu.MemGetInfo(&fr, &tot);
  g23_check_report(tot == 64u << 20 && fr == tot, "G23_FAKE_CUDA_MEM=64M: %zu of %zu bytes free", fr, tot);
  EXPECT(cu.MemAlloc(&p, 65u << 20), G23_CUDA_ERROR_OUT_OF_MEMORY);
  EXPECT(cu.MemAlloc(&p, 0), 1 /* CUDA_ERROR_INVALID_VALUE */);
  g23_cu_ptr_t buf = alloc_filled(4096);
  cu.MemGetInfo(&fr, &tot);
  g23_check_report(fr == tot - 4096 && buf % 256 == 0, "an allocation is 256-byte aligned and accounted");
  uint32_t word = 0;
  cu.MemcpyDtoH(&word, buf, 4);
  g23_check_report(word == 0xffffffffu, "fresh device memory holds 0xff bytes, not zeros");
  EXPECT(cu.MemcpyDtoH(&word, buf + 4093, 4), 1 /* past the allocation */);
  EXPECT(cu.MemFree(buf + 4), 1 /* not an allocation */);

  /* ---- NVRTC and modules ---- */
  char *cubin = NULL, *cubin80 = NULL, *log = NULL;
  int rc = compile(source, NULL, NULL, &cubin, &log);
  g23_check_report(rc == 5 /* NVRTC_ERROR_INVALID_OPTION */, "no --gpu-architecture: NVRTC_ERROR_INVALID_OPTION: %s", log);
  free(log);
  rc = compile(source, "--gpu-architecture=sm_90", "--no-such-option", &cubin, &log);
  g23_check_report(rc == 5 && strstr(log, "--no-such-option"), "an unknown option is named: %s", log);
  free(log);
  rc = compile("extern \"C\" __global__ void k(float *p) { p[0] = undeclared; }", "--gpu-architecture=sm_90", NULL,
               &cubin, &log);
  g23_check_report(rc == 6 /* NVRTC_ERROR_COMPILATION */ && strstr(log, "undeclared"),
        "a compile error is NVRTC_ERROR_COMPILATION with the diagnostics in the log");
  free(log);
  rc = compile(source, "--gpu-architecture=compute_90", NULL, &cubin, &log);
  g23_check_report(rc == 0 && !cubin, "a virtual architecture compiles to no CUBIN (%d) %s", rc, log);
  free(log);
  rc = compile(source, "--gpu-architecture=sm_80", NULL, &cubin80, &log);
  g23_check_report(rc == 0 && cubin80, "sm_80 compiles (%d) %s", rc, log);
  free(log);
  rc = compile(source, "--gpu-architecture=sm_90", "--ptxas-options=-v", &cubin, &log);
  g23_check_report(rc == 0 && cubin && !memcmp(cubin, "\177ELF", 4), "sm_90 compiles to an ELF image (%d) %s", rc, log);
  free(log);
  g23_cu_module_t mod = NULL, junk = NULL;
  EXPECT(cu.ModuleLoadData(&junk, "not an image"), G23_CUDA_ERROR_INVALID_IMAGE);
  EXPECT(cu.ModuleLoadData(&junk, cubin80), G23_CUDA_ERROR_NO_BINARY_FOR_GPU);
  free(cubin80);
  EXPECT(cu.ModuleLoadData(&mod, cubin), G23_CUDA_SUCCESS);
  free(cubin);
  g23_cu_function_t f_fill = NULL, f_params = NULL, f_reverse = NULL, f_bad = NULL, f_none = NULL;
  EXPECT(cu.ModuleGetFunction(&f_none, mod, "missing"), 500 /* CUDA_ERROR_NOT_FOUND */);
  cu.ModuleGetFunction(&f_fill, mod, "fill");
  cu.ModuleGetFunction(&f_params, mod, "params");
  cu.ModuleGetFunction(&f_reverse, mod, "reverse");
  cu.ModuleGetFunction(&f_bad, mod, "bad_barrier");
  g23_check_report(f_fill && f_params && f_reverse && f_bad, "the kernels are found");

  /* ---- queued work, parameter values ---- */
  g23_cu_stream_t s = NULL, nb = NULL;
  cu.StreamCreate(&s, 0);
  cu.StreamCreate(&nb, G23_CU_STREAM_NON_BLOCKING);
  g23_cu_ptr_t a = alloc_filled(1024 * 4);
  float v = 1.0f;
  int cnt = 1024;
  void *args[] = {&a, &v, &cnt};
  EXPECT(cu.LaunchKernel(f_fill, 4, 1, 1, 256, 1, 1, 0, nb, args, NULL), G23_CUDA_SUCCESS);
  v = 2.0f; /* after the launch: must not reach it */
  cu.MemcpyDtoH(&word, a + 4 * 1000, 4);
  g23_check_report(word == 0xffffffffu, "a synchronous copy does not wait for a non-blocking stream");
  cu.StreamSynchronize(nb);
  g23_check_report(get(a, 0) == 1.0f && get(a, 1023) == 1.0f, "after cuStreamSynchronize: the value at launch time");
  v = 3.0f;
  cu.LaunchKernel(f_fill, 4, 1, 1, 256, 1, 1, 0, s, args, NULL);
  g23_check_report(get(a, 512) == 3.0f, "a synchronous copy waits for a blocking stream");
  cu.MemsetD8Async(a, 0, 4096, s);
  g23_check_report(get(a, 5) == 0.0f, "cuMemsetD8Async is ordered with the launches");
  v = 4.0f;
  cu.LaunchKernel(f_fill, 4, 1, 1, 256, 1, 1, 0, nb, args, NULL);
  EXPECT(cu.StreamQuery(nb), G23_CUDA_SUCCESS);
  g23_check_report(get(a, 5) == 4.0f, "cuStreamQuery runs the stream's work (fake_nccl_selftest: work that waits)");

  g23_cu_ptr_t d = alloc_filled(5 * 8);
  struct {
    long long a;
    char c;
    double d;
  } m = {-123456789012345LL, 'x', 0.25};
  char c = 'q';
  short sh = -7;
  void *pargs[] = {&d, &c, &m, &sh, &d};
  cu.LaunchKernel(f_params, 1, 1, 1, 1, 1, 1, 0, s, pargs, NULL);
  cu.StreamSynchronize(s);
  double out[5];
  cu.MemcpyDtoH(out, d, sizeof out);
  g23_check_report(out[0] == 'q' && out[1] == -123456789012345.0 && out[2] == 'x' && out[3] == 0.25 && out[4] == -7,
        "char, a structure by value and short reach the kernel in CUDA's layout");

  /* ---- launch limits ---- */
  EXPECT(cu.LaunchKernel(f_fill, 1, 1, 1, 1025, 1, 1, 0, s, args, NULL), 1);
  EXPECT(cu.LaunchKernel(f_fill, 1, 65536, 1, 32, 1, 1, 0, s, args, NULL), 1);
  EXPECT(cu.LaunchKernel(f_fill, 1, 1, 1, 1, 1, 65, 0, s, args, NULL), 1);
  EXPECT(cu.LaunchKernel(f_fill, 1, 1, 1, 32, 1, 1, 0, s, NULL, NULL), 1);
  void *rargs[] = {&a};
  float ramp[256];
  for (int i = 0; i < 256; i++) ramp[i] = (float)i;
  cu.MemcpyHtoD(a, ramp, sizeof ramp);
  EXPECT(cu.LaunchKernel(f_reverse, 1, 1, 1, 256, 1, 1, 64 * 1024, s, rargs, NULL), 1);
  EXPECT(cu.FuncSetAttribute(f_reverse, G23_CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, 228 * 1024), 1);
  EXPECT(cu.FuncSetAttribute(f_reverse, G23_CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, 64 * 1024), 0);
  EXPECT(cu.LaunchKernel(f_reverse, 1, 1, 1, 256, 1, 1, 64 * 1024, s, rargs, NULL), G23_CUDA_SUCCESS);
  g23_check_report(get(a, 0) == 255.0f && get(a, 255) == 0.0f, "64 KiB of dynamic shared memory once granted");

  /* ---- graphs ---- */
  g23_cu_graph_t g = NULL;
  g23_cu_graph_exec_t e = NULL;
  EXPECT(cu.StreamBeginCapture(NULL, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL), 900);
  EXPECT(cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL), G23_CUDA_SUCCESS);
  v = 5.0f;
  cu.LaunchKernel(f_fill, 4, 1, 1, 256, 1, 1, 0, s, args, NULL);
  EXPECT(cu.MemAlloc(&p, 256), 900 /* CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED */);
  EXPECT(cu.LaunchKernel(f_fill, 4, 1, 1, 256, 1, 1, 0, s, args, NULL), 901);
  EXPECT(cu.StreamEndCapture(s, &g), 901 /* CUDA_ERROR_STREAM_CAPTURE_INVALIDATED */);
  g23_check_report(g == NULL && get(a, 0) == 255.0f, "an invalidated capture gives no graph and ran nothing");
  cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL);
  EXPECT(cu.StreamSynchronize(s), 900);
  EXPECT(cu.StreamEndCapture(s, &g), 901);
  cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL);
  EXPECT(cu.MemcpyHtoD(a, ramp, 4), 900);
  EXPECT(cu.StreamEndCapture(s, &g), 901);
  EXPECT(cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL), G23_CUDA_SUCCESS);
  cu.MemsetD8Async(a, 0, 4096, s);
  v = 6.0f;
  cu.LaunchKernel(f_fill, 2, 1, 1, 256, 1, 1, 0, s, args, NULL); /* first 512 */
  v = 7.0f;
  EXPECT(cu.StreamEndCapture(s, &g), G23_CUDA_SUCCESS);
  EXPECT(cu.GraphInstantiate(&e, g, 0), G23_CUDA_SUCCESS);
  g23_check_report(get(a, 0) == 255.0f, "captured work does not run at capture");
  EXPECT(cu.GraphLaunch(e, s), G23_CUDA_SUCCESS);
  g23_check_report(get(a, 0) == 6.0f && get(a, 511) == 6.0f && get(a, 512) == 0.0f, "a graph launch runs the captured work");
  cu.MemcpyHtoD(a, ramp, sizeof ramp);
  cu.GraphLaunch(e, s);
  g23_check_report(get(a, 100) == 6.0f && get(a, 600) == 0.0f, "a replay uses the values captured");
  EXPECT(cu.GraphExecDestroy(e), G23_CUDA_SUCCESS);
  EXPECT(cu.GraphDestroy(g), G23_CUDA_SUCCESS);
  EXPECT(cu.GraphLaunch(e, s), 400 /* CUDA_ERROR_INVALID_HANDLE */);

  /* ---- events: streams ordered only by them; forks in a capture ---- */
  g23_cu_event_t ev = NULL, ev2 = NULL;
  unsigned char bytes[4];
  EXPECT(cu.EventCreate(&ev, 8), 1 /* an unknown flag */);
  EXPECT(cu.EventCreate(&ev, G23_CU_EVENT_DISABLE_TIMING), G23_CUDA_SUCCESS);
  EXPECT(cu.EventCreate(&ev2, 0), G23_CUDA_SUCCESS);
  cu.StreamSynchronize(s);
  cu.MemsetD8Async(a, 1, 4, nb);
  cu.MemsetD8Async(a, 2, 1, s);
  cu.StreamSynchronize(s);
  cu.MemcpyDtoH(bytes, a, 4);
  g23_check_report(bytes[0] == 2 && bytes[1] == 0, "without an event a stream's work does not wait for another's");
  cu.StreamSynchronize(nb);
  cu.MemcpyDtoH(bytes, a, 4);
  g23_check_report(bytes[0] == 1 && bytes[3] == 1, "the other stream's work runs when waited for, after");
  cu.MemsetD8Async(a, 3, 4, nb);
  EXPECT(cu.EventRecord(ev, nb), G23_CUDA_SUCCESS);
  EXPECT(cu.StreamWaitEvent(s, ev, 0), G23_CUDA_SUCCESS);
  cu.MemsetD8Async(a, 4, 1, s);
  cu.MemsetD8Async(a + 1, 5, 1, nb); /* after the record: not waited for */
  cu.StreamSynchronize(s);
  cu.MemcpyDtoH(bytes, a, 4);
  g23_check_report(bytes[0] == 4 && bytes[1] == 3 && bytes[2] == 3,
                   "a wait runs the event's stream up to its record, and no further");
  cu.StreamSynchronize(nb);
  cu.MemsetD8Async(a, 1, 4, s);
  cu.MemsetD8Async(a, 2, 1, nb); /* issued later, but waits for nothing of s */
  cu.EventRecord(ev2, nb);
  cu.StreamWaitEvent(s, ev2, 0);
  cu.StreamSynchronize(s);
  cu.MemcpyDtoH(bytes, a, 4);
  g23_check_report(bytes[0] == 1, "work of a stream that waits for no event of another may run before that one's");
  EXPECT(cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL), G23_CUDA_SUCCESS);
  EXPECT(cu.EventRecord(ev, s), G23_CUDA_SUCCESS);
  EXPECT(cu.StreamWaitEvent(nb, ev, 0), G23_CUDA_SUCCESS); /* nb joins the capture */
  cu.MemsetD8Async(a, 6, 4, nb);
  EXPECT(cu.StreamEndCapture(s, &g), 904 /* CUDA_ERROR_STREAM_CAPTURE_UNJOINED */);
  g23_check_report(g == NULL, "a capture with a fork not joined back gives no graph");
  EXPECT(cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL), G23_CUDA_SUCCESS);
  cu.MemsetD8Async(a, 7, 4, s);
  cu.EventRecord(ev, s);
  cu.StreamWaitEvent(nb, ev, 0);
  cu.MemsetD8Async(a + 1, 8, 1, nb);
  cu.EventRecord(ev2, nb);
  EXPECT(cu.StreamWaitEvent(s, ev2, 0), G23_CUDA_SUCCESS); /* the join */
  cu.MemsetD8Async(a + 2, 9, 1, s);
  EXPECT(cu.StreamEndCapture(s, &g), G23_CUDA_SUCCESS);
  EXPECT(cu.GraphInstantiate(&e, g, 0), G23_CUDA_SUCCESS);
  cu.MemsetD8Async(a, 0, 4, nb);
  cu.StreamSynchronize(nb);
  EXPECT(cu.GraphLaunch(e, s), G23_CUDA_SUCCESS);
  cu.StreamSynchronize(s);
  cu.MemcpyDtoH(bytes, a, 4);
  g23_check_report(bytes[0] == 7 && bytes[1] == 8 && bytes[2] == 9 && bytes[3] == 7,
                   "a graph replays the work of a joined fork in its order");
  cu.GraphExecDestroy(e);
  cu.GraphDestroy(g);
  cu.MemsetD8Async(a, 1, 4, nb);
  cu.EventRecord(ev2, nb);
  EXPECT(cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL), G23_CUDA_SUCCESS);
  EXPECT(cu.StreamWaitEvent(s, ev2, 0), 905 /* CUDA_ERROR_STREAM_CAPTURE_ISOLATION */);
  EXPECT(cu.StreamEndCapture(s, &g), 901);
  cu.StreamSynchronize(nb);
  EXPECT(cu.EventDestroy(ev), G23_CUDA_SUCCESS);
  EXPECT(cu.EventDestroy(ev2), G23_CUDA_SUCCESS);
  EXPECT(cu.EventRecord(ev, s), 400);

  /* ---- cuBLASLt ---- */
  /* D (2 x 2) = A (2 x 3) B (3 x 2) + bias, column-major fp32:
   * A = [1 3 5; 2 4 6], B = [1 0; 0 1; 1 1], AB = [6 8; 8 10]. */
  g23_lt_handle_t h;
  g23_lt_desc_t desc, plain;
  g23_lt_lay_t la, lb, lc;
  g23_lt_pref_t pref;
  lt.Create(&h);
  lt.MatmulDescCreate(&desc, G23_CUBLAS_COMPUTE_32F, G23_CUDA_R_32F);
  lt.MatmulDescCreate(&plain, G23_CUBLAS_COMPUTE_32F, G23_CUDA_R_32F);
  uint32_t epi = G23_CUBLASLT_EPILOGUE_BIAS;
  lt.MatmulDescSetAttribute(desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE, &epi, sizeof epi);
  g23_cu_ptr_t mem = alloc_filled(4096), wsmem = alloc_filled(1 << 20);
  char *base = (char *)(uintptr_t)mem, *ws = (char *)(uintptr_t)wsmem;
  char *A = base, *B = base + 256, *C = base + 512;
  void *bias1 = base + 1024, *bias2 = base + 1032;
  g23_check_report(lt.MatmulDescSetAttribute(desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias1, 4) == 7,
        "an attribute of the wrong size: CUBLAS_STATUS_INVALID_VALUE");
  lt.MatmulDescSetAttribute(desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias1, sizeof bias1);
  lt.MatrixLayoutCreate(&la, G23_CUDA_R_32F, 2, 3, 2);
  lt.MatrixLayoutCreate(&lb, G23_CUDA_R_32F, 3, 2, 3);
  lt.MatrixLayoutCreate(&lc, G23_CUDA_R_32F, 2, 2, 2);
  lt.MatmulPreferenceCreate(&pref);
  uint64_t wsmax = 32 << 20;
  lt.MatmulPreferenceSetAttribute(pref, G23_CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &wsmax, sizeof wsmax);
  g23_lt_heuristic_t res, res_plain;
  int nres = 0, nplain = 0;
  g23_check_report(lt.MatmulAlgoGetHeuristic(h, desc, la, lb, lc, lc, pref, 1, &res, &nres) == 0 && nres == 1 &&
            res.workspace_size > 0, "the heuristic offers an algorithm (workspace %zu)", res.workspace_size);
  lt.MatmulAlgoGetHeuristic(h, plain, la, lb, lc, lc, pref, 1, &res_plain, &nplain);
  float hA[6] = {1, 2, 3, 4, 5, 6}, hB[6] = {1, 0, 1, 0, 1, 1}, hbias[4] = {10, 20, 100, 200};
  cu.MemcpyHtoD(mem, hA, sizeof hA);
  cu.MemcpyHtoD(mem + 256, hB, sizeof hB);
  cu.MemcpyHtoD(mem + 1024, hbias, sizeof hbias);
  float alpha = 1, beta = 0, D[4];
  g23_check_report(lt.Matmul(h, desc, &alpha, A + 4, la, B, lb, &beta, C, lc, C, lc, &res.algo, ws, 1 << 20, s) == 7,
        "an operand less aligned than promised (256 bytes): refused");
  g23_check_report(lt.Matmul(h, desc, &alpha, A, la, B, lb, &beta, C, lc, C, lc, &res.algo, ws, res.workspace_size - 1, s) == 7,
        "less workspace than the algorithm needs: refused");
  g23_check_report(lt.Matmul(h, desc, &alpha, A, la, B, lb, &beta, C, lc, C, lc, &res_plain.algo, ws, 1 << 20, s) == 7,
        "an algorithm chosen for another problem: refused");
  g23_check_report(lt.Matmul(h, desc, &alpha, A, la, B, lb, &beta, C, lc, C, lc, &res.algo, ws, 1 << 20, s) == 0,
        "a matmul is queued");
  lt.MatmulDescSetAttribute(desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias2, sizeof bias2);
  alpha = 100;
  cu.MemcpyDtoH(D, mem + 512, sizeof D);
  g23_check_report(D[0] == 16 && D[1] == 28 && D[2] == 18 && D[3] == 30, "the bias and alpha at the call: %g %g %g %g", D[0],
        D[1], D[2], D[3]);
  cu.StreamBeginCapture(s, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL);
  alpha = 1;
  lt.Matmul(h, desc, &alpha, A, la, B, lb, &beta, C, lc, C, lc, &res.algo, ws, 1 << 20, s);
  cu.StreamEndCapture(s, &g);
  cu.GraphInstantiate(&e, g, 0);
  lt.MatmulDescSetAttribute(desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias1, sizeof bias1);
  cu.MemsetD8Async(mem + 512, 0, 16, s);
  cu.GraphLaunch(e, s);
  cu.MemcpyDtoH(D, mem + 512, sizeof D);
  g23_check_report(D[0] == 106 && D[1] == 208 && D[2] == 108 && D[3] == 210, "a graph replays the bias it captured: %g %g %g %g",
        D[0], D[1], D[2], D[3]);
  cu.GraphExecDestroy(e);
  cu.GraphDestroy(g);
  char *outside = ws + (1 << 20) - 256;
  lt.Matmul(h, desc, &alpha, A, la, B, lb, &beta, C, lc, C, lc, &res.algo, outside, 1 << 20, s);
  EXPECT(cu.StreamSynchronize(s), G23_CUDA_ERROR_ILLEGAL_ADDRESS);
  lt.MatmulPreferenceDestroy(pref);
  lt.MatrixLayoutDestroy(la);
  lt.MatrixLayoutDestroy(lb);
  lt.MatrixLayoutDestroy(lc);
  lt.MatmulDescDestroy(desc);
  lt.MatmulDescDestroy(plain);
  lt.Destroy(h);

  /* ---- sticky errors, a new context ---- */
  EXPECT(cu.MemAlloc(&p, 256), G23_CUDA_ERROR_ILLEGAL_ADDRESS);
  EXPECT(cu.DevicePrimaryCtxRelease(dev), G23_CUDA_SUCCESS);
  EXPECT(cu.MemAlloc(&p, 256), 201 /* the current context is gone */);
  cu.DevicePrimaryCtxRetain(&ctx, dev);
  cu.CtxSetCurrent(ctx);
  EXPECT(cu.ModuleGetFunction(&f_none, mod, "fill"), 400 /* its modules went with it */);
  cu.MemGetInfo(&fr, &tot);
  g23_check_report(fr == tot, "a new context: no error, all memory free");
  cu.StreamCreate(&s, 0);
  compile(source, "--gpu-architecture=sm_90", NULL, &cubin, &log);
  free(log);
  cu.ModuleLoadData(&mod, cubin);
  free(cubin);
  cu.ModuleGetFunction(&f_bad, mod, "bad_barrier");
  a = alloc_filled(256);
  void *bargs[] = {&a};
  EXPECT(cu.LaunchKernel(f_bad, 1, 1, 1, 64, 1, 1, 0, s, bargs, NULL), G23_CUDA_SUCCESS);
  EXPECT(cu.StreamSynchronize(s), G23_CUDA_ERROR_LAUNCH_FAILED);
  EXPECT(cu.MemAlloc(&p, 256), G23_CUDA_ERROR_LAUNCH_FAILED);
  EXPECT(cu.MemcpyDtoH(&word, a, 4), G23_CUDA_ERROR_LAUNCH_FAILED);
  const char *text = NULL;
  cu.GetErrorString(G23_CUDA_ERROR_LAUNCH_FAILED, &text);
  g23_check_report(text && !strcmp(text, "unspecified launch failure"), "cuGetErrorString: %s", text);
  cu.DevicePrimaryCtxRelease(dev);

  return g23_check_summary("fake_selftest");
}
