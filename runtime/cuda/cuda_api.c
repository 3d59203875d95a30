/* cuda_api.c: loading the CUDA driver, NVRTC and cuBLASLt with dlopen.
 *
 * Each library is opened once per process, under the first name that loads
 * (versioned sonames first, since only the driver's libcuda.so.1 is present
 * on a machine without the toolkit's development links), and every entry
 * point of its table is resolved; a missing symbol makes the whole table
 * unavailable, with the symbol named in the message.  The tables are never
 * closed: handles and function pointers live as long as the process.
 */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cuda_api.h"
#include "util/util.h"

const char *g23_cuda_home(void) {
  const char *e = getenv("CUDA_HOME");
  if (e && e[0]) return e;
#ifdef G23_CUDA_HOME
  return G23_CUDA_HOME;
#else
  return "/usr/local/cuda";
#endif
}

/* Opens the first of names that loads, then the same names under the
 * toolkit's lib64.  NULL with what was tried, the first dlerror (about the
 * preferred name) and hint in err. */
static void *open_first(const char *const *names, int n, const char *what, const char *hint, char *err,
                        size_t errn) {
  char *first = NULL;
  void *h = NULL;
  for (int pass = 0; pass < 2 && !h; pass++) {
    for (int i = 0; i < n && !h; i++) {
      char *path = pass == 0 ? g23_xstrdup(names[i]) : g23_xasprintf("%s/lib64/%s", g23_cuda_home(), names[i]);
      h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
      if (!h && !first) {
        const char *e = dlerror();
        first = g23_xstrdup(e ? e : "unknown error");
      }
      free(path);
    }
  }
  if (!h)
    snprintf(err, errn, "cannot load %s (%s; also tried the other names in the library path and %s/lib64); hint: %s",
             what, first ? first : "", g23_cuda_home(), hint);
  free(first);
  return h;
}

/* Resolves n symbols into the consecutive function pointers at table. */
static int resolve(void *h, const char *const *syms, void **table, int n, const char *what, char *err,
                   size_t errn) {
  for (int i = 0; i < n; i++) {
    table[i] = dlsym(h, syms[i]);
    if (!table[i]) {
      snprintf(err, errn, "%s has no symbol %s; it is older than gpt23 needs (CUDA 12 or later)", what, syms[i]);
      return -1;
    }
  }
  return 0;
}

#define G23_API_SYM(field, sym, ret, params) sym,
static const char *const cu_syms[] = {G23_CU_FUNCS(G23_API_SYM)};
static const char *const nvrtc_syms[] = {G23_NVRTC_FUNCS(G23_API_SYM)};
static const char *const lt_syms[] = {G23_LT_FUNCS(G23_API_SYM)};
static const char *const nccl_syms[] = {G23_NCCL_FUNCS(G23_API_SYM)};
#undef G23_API_SYM

/* The tables hold nothing but function pointers, so they can be filled as
 * arrays of void *. */
_Static_assert(sizeof(g23_cu_api_t) == sizeof cu_syms / sizeof *cu_syms * sizeof(void *), "cu table");
_Static_assert(sizeof(g23_nvrtc_api_t) == sizeof nvrtc_syms / sizeof *nvrtc_syms * sizeof(void *), "nvrtc table");
_Static_assert(sizeof(g23_lt_api_t) == sizeof lt_syms / sizeof *lt_syms * sizeof(void *), "lt table");
_Static_assert(sizeof(g23_nccl_api_t) == sizeof nccl_syms / sizeof *nccl_syms * sizeof(void *), "nccl table");

typedef struct {
  pthread_once_t once;
  const char *const *names; /* library file names to try */
  int nnames;
  const char *what, *hint;
  const char *const *syms;
  int nsyms;
  void *table;
  bool ok;
  char err[768];
} lib_t;

static void lib_load(lib_t *l) {
  void *h = open_first(l->names, l->nnames, l->what, l->hint, l->err, sizeof l->err);
  if (!h) return;
  if (resolve(h, l->syms, (void **)l->table, l->nsyms, l->what, l->err, sizeof l->err) != 0) {
    dlclose(h);
    return;
  }
  l->ok = true;
}

static g23_cu_api_t cu_table;
static g23_nvrtc_api_t nvrtc_table;
static g23_lt_api_t lt_table;
static g23_nccl_api_t nccl_table;

static const char *const cu_names[] = {"libcuda.so.1", "libcuda.so"};
static const char *const nvrtc_names[] = {"libnvrtc.so.13", "libnvrtc.so.12", "libnvrtc.so"};
static const char *const lt_names[] = {"libcublasLt.so.13", "libcublasLt.so.12", "libcublasLt.so"};
static const char *const nccl_names[] = {"libnccl.so.2", "libnccl.so"};

#define LIB(names, what, hint, syms, table)                                                        \
  {PTHREAD_ONCE_INIT, names, (int)(sizeof names / sizeof *names), what, hint, syms,                 \
   (int)(sizeof syms / sizeof *syms), &table, false, ""}
static lib_t cu_lib = LIB(cu_names, "the CUDA driver", "no NVIDIA driver is installed here; use --device cpu",
                          cu_syms, cu_table);
static lib_t nvrtc_lib = LIB(nvrtc_names, "NVRTC, the CUDA runtime compiler",
                             "install the CUDA toolkit (12 or 13) or set CUDA_HOME to it", nvrtc_syms, nvrtc_table);
static lib_t lt_lib = LIB(lt_names, "cuBLASLt", "install the CUDA toolkit's cuBLAS (12 or 13) or set CUDA_HOME to it",
                          lt_syms, lt_table);
static lib_t nccl_lib = LIB(nccl_names, "NCCL",
                            "install NCCL 2.10 or later (libnccl2, or the toolkit's) where the library path finds "
                            "it, or set CUDA_HOME to a toolkit holding it",
                            nccl_syms, nccl_table);

static void cu_once(void) { lib_load(&cu_lib); }
static void nvrtc_once(void) { lib_load(&nvrtc_lib); }
static void lt_once(void) { lib_load(&lt_lib); }
static void nccl_once(void) { lib_load(&nccl_lib); }

static const void *get(lib_t *l, void (*once)(void), char *err, size_t errn) {
  pthread_once(&l->once, once);
  if (!l->ok) {
    snprintf(err, errn, "%s", l->err);
    return NULL;
  }
  return l->table;
}

const g23_cu_api_t *g23_cu_api(char *err, size_t errn) { return get(&cu_lib, cu_once, err, errn); }
const g23_nvrtc_api_t *g23_nvrtc_api(char *err, size_t errn) { return get(&nvrtc_lib, nvrtc_once, err, errn); }
const g23_lt_api_t *g23_lt_api(char *err, size_t errn) { return get(&lt_lib, lt_once, err, errn); }
const g23_nccl_api_t *g23_nccl_api(char *err, size_t errn) { return get(&nccl_lib, nccl_once, err, errn); }

const char *g23_cu_errname(const g23_cu_api_t *cu, g23_cu_result_t r) {
  static __thread char buf[256];
  const char *name = NULL, *text = NULL;
  if (cu->GetErrorName(r, &name) != G23_CUDA_SUCCESS) name = NULL;
  if (cu->GetErrorString(r, &text) != G23_CUDA_SUCCESS) text = NULL;
  snprintf(buf, sizeof buf, "%s (%d): %s", name ? name : "CUDA error", r, text ? text : "no description");
  return buf;
}

const char *g23_cu_hint(g23_cu_result_t r) {
  switch (r) {
  case G23_CUDA_ERROR_OUT_OF_MEMORY:
    return "; hint: the device is out of memory: use a smaller batch or seq (-D batch=N), or free the GPU";
  case G23_CUDA_ERROR_NO_DEVICE: return "; hint: no CUDA device is visible (check CUDA_VISIBLE_DEVICES and nvidia-smi)";
  case G23_CUDA_ERROR_NOT_INITIALIZED: return "; hint: cuInit was not called or failed";
  case G23_CUDA_ERROR_SYSTEM_DRIVER_MISMATCH:
    return "; hint: the NVIDIA kernel driver and libcuda.so.1 are of different versions: reinstall the driver";
  case G23_CUDA_ERROR_STUB_LIBRARY:
    return "; hint: this is the toolkit's stub libcuda; the real driver library is not installed";
  case G23_CUDA_ERROR_UNSUPPORTED_PTX_VERSION:
  case G23_CUDA_ERROR_INVALID_IMAGE:
    return "; hint: the NVIDIA driver is older than the NVRTC that compiled the kernels: update the driver";
  case G23_CUDA_ERROR_NO_BINARY_FOR_GPU:
    return "; hint: the kernels were compiled for another GPU: clear the kernel cache directory";
  case G23_CUDA_ERROR_ILLEGAL_ADDRESS:
  case G23_CUDA_ERROR_LAUNCH_FAILED:
    return "; hint: a kernel faulted; run with compute-sanitizer, or compare against --device cpu "
           "(test/gpu/compare)";
  case G23_CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES: return "; hint: a launch asked for more registers or threads than the device has";
  default: return "";
  }
}

const char *g23_lt_hint(g23_lt_status_t s) {
  switch (s) {
  case G23_CUBLAS_STATUS_ALLOC_FAILED: return "; hint: cuBLASLt could not allocate host or device memory";
  case G23_CUBLAS_STATUS_INVALID_VALUE: return "; hint: an invalid matmul description: check the plan's leading dimensions and strides";
  case G23_CUBLAS_STATUS_NOT_SUPPORTED: return "; hint: cuBLASLt does not support this combination of types, layouts and epilogue";
  case G23_CUBLAS_STATUS_EXECUTION_FAILED: return "; hint: the matmul failed on the device (execution failed)";
  default: return "";
  }
}
