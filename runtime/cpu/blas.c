/* blas.c: loading the CPU matmul library at run time (see blas.h). */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blas.h"

#ifndef G23_LIBDIR_MULTIARCH
#define G23_LIBDIR_MULTIARCH "/usr/lib"
#endif
#define MA G23_LIBDIR_MULTIARCH "/"

/* The libraries by name: each the sonames or paths tried in order.  Debian
 * installs every build of OpenBLAS and BLIS in a directory of its own and
 * points the plain soname at one of them (update-alternatives). */
static const struct {
  const char *name;
  const char *libs[3];
} known[] = {
    {"openblas", {"libopenblas.so.0", "libopenblas.so"}},
    {"openblas-pthread", {MA "openblas-pthread/libopenblas.so.0"}},
    {"openblas-openmp", {MA "openblas-openmp/libopenblas.so.0"}},
    {"blis", {"libblis.so.4", "libblis.so"}},
    {"blis-pthread", {MA "blis-pthread/libblis.so.4"}},
    {"blis-openmp", {MA "blis-openmp/libblis.so.4"}},
    {"onednn", {"libdnnl.so.3", "libdnnl.so.2"}},
    {"cblas", {"libcblas.so.3", "libblas.so.3"}},
};

/* Unset $G23_BLAS: the first of these that loads.  oneDNN first: on the
 * AVX-512 machine of bench/README.md it is the fastest at the training
 * step's shapes (K = 128 above all) and its matmuls run inside the step as
 * fast as alone; then the OpenMP build of OpenBLAS, which runs on the
 * kernels' OpenMP threads, where the pthreads build's own pool takes turns
 * with them on the same cores. */
static const char *const G23_BLAS_AUTO[] = {"onednn", "openblas-openmp", "openblas", "blis", "cblas"};

/* A build with AddressSanitizer (make distcheck's) leaves oneDNN out of that
 * order: at exit LeakSanitizer stops every thread to scan for leaks, and its
 * tracer crashes on oneDNN's (a fault of the tracer: the same happens with
 * NVRTC's threads), which fails every run.  G23_BLAS=onednn still loads it. */
#if defined(__SANITIZE_ADDRESS__)
#define G23_BLAS_AUTO_SKIP "onednn"
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define G23_BLAS_AUTO_SKIP "onednn"
#endif
#endif
#ifndef G23_BLAS_AUTO_SKIP
#define G23_BLAS_AUTO_SKIP ""
#endif

enum { CBLAS_ROW_MAJOR = 101, CBLAS_NO_TRANS = 111, CBLAS_TRANS = 112 };
typedef void (*cblas_sgemm_fn)(int order, int ta, int tb, int m, int n, int k, float alpha, const float *a, int lda,
                               const float *b, int ldb, float beta, float *c, int ldc);
typedef int (*dnnl_sgemm_fn)(char ta, char tb, int64_t m, int64_t n, int64_t k, float alpha, const float *a,
                             int64_t lda, const float *b, int64_t ldb, float beta, float *c, int64_t ldc);

static pthread_once_t once = PTHREAD_ONCE_INIT;
static g23_blas_t table;
static int loaded = 0;
static char load_err[768], describe[160];

/* ---- the kinds' entry points -------------------------------------------------- */

static int cblas_sgemm_call(const g23_blas_t *b, bool ta, bool tb, int64_t m, int64_t n, int64_t k, float alpha,
                            const float *a, int64_t lda, const float *bm, int64_t ldb, float beta, float *c,
                            int64_t ldc, char *err, size_t errn) {
  /* The CBLAS libraries of Debian take 32-bit int dimensions. */
  if (m > INT32_MAX || n > INT32_MAX || k > INT32_MAX || lda > INT32_MAX || ldb > INT32_MAX || ldc > INT32_MAX) {
    snprintf(err, errn, "a %lldx%lldx%lld matmul exceeds the 32-bit dimensions of %s's cblas_sgemm", (long long)m,
             (long long)n, (long long)k, b->name);
    return -1;
  }
  ((cblas_sgemm_fn)b->fn[0])(CBLAS_ROW_MAJOR, ta ? CBLAS_TRANS : CBLAS_NO_TRANS, tb ? CBLAS_TRANS : CBLAS_NO_TRANS,
                             (int)m, (int)n, (int)k, alpha, a, (int)lda, bm, (int)ldb, beta, c, (int)ldc);
  return 0;
}

/* oneDNN's sgemm takes as many OpenMP threads as the calling thread may
 * start, for any size.  Between two launches the pool's threads sleep
 * (passive wait policy), and waking them costs tens of microseconds: more
 * than a product below G23_DNNL_SERIAL_MACS multiply-adds takes on one core
 * (about 35 us at 115 GFLOP/s).  A step of decoding is a chain of such
 * products (batch 1): with 2 threads gpt23.net decoded 940 tokens/s, with
 * 1 thread 10,300.  So a small product runs on the calling thread alone
 * (OpenBLAS makes the same choice itself); the result is the same.  Not
 * when its weight is large: a product of one row reads all k x n of it, and
 * two cores read memory faster than one (GPT-2-124M's 768 x 768 decodes
 * faster on two). */
#define G23_DNNL_SERIAL_MACS ((int64_t)1 << 21)
#define G23_DNNL_SERIAL_WEIGHT ((int64_t)1 << 17) /* floats: 512 KiB */

static int dnnl_sgemm_call(const g23_blas_t *b, bool ta, bool tb, int64_t m, int64_t n, int64_t k, float alpha,
                           const float *a, int64_t lda, const float *bm, int64_t ldb, float beta, float *c,
                           int64_t ldc, char *err, size_t errn) {
  void (*set)(int) = (void (*)(int))b->fn[1];
  int (*get)(void) = (int (*)(void))b->fn[2];
  int was = 0;
  bool serial = set && get && m * n * k < G23_DNNL_SERIAL_MACS && k * n <= G23_DNNL_SERIAL_WEIGHT && (was = get()) > 1;
  if (serial) set(1);
  int st = ((dnnl_sgemm_fn)b->fn[0])(ta ? 'T' : 'N', tb ? 'T' : 'N', m, n, k, alpha, a, lda, bm, ldb, beta, c, ldc);
  if (serial) set(was);
  if (st != 0) {
    snprintf(err, errn, "dnnl_sgemm of a %lldx%lldx%lld matmul failed (dnnl_status_t %d)", (long long)m,
             (long long)n, (long long)k, st);
    return -1;
  }
  return 0;
}

static void openblas_threads(const g23_blas_t *b, int n) { ((void (*)(int))b->fn[1])(n); }

/* BLIS's dim_t is 64 bits in Debian's builds (bli_info_get_int_type_size). */
static void blis_threads(const g23_blas_t *b, int n) { ((void (*)(int64_t))b->fn[1])(n); }

static void no_threads(const g23_blas_t *b, int n) { (void)b, (void)n; }

/* ---- loading ------------------------------------------------------------------ */

/* Fills table from the open library h, its kind told by what it defines;
 * -1 when it has no sgemm. */
static int bind(void *h, const char *name, const char *path) {
  g23_blas_t t = {.h = h, .path = path, .name = name};
  if ((t.fn[0] = dlsym(h, "dnnl_sgemm"))) {
    t.kind = G23_BLAS_ONEDNN, t.sgemm = dnnl_sgemm_call, t.set_threads = no_threads;
    /* its OpenMP library's: a small product runs on one thread */
    t.fn[1] = dlsym(h, "omp_set_num_threads");
    t.fn[2] = dlsym(h, "omp_get_max_threads");
  } else if (!(t.fn[0] = dlsym(h, "cblas_sgemm"))) {
    return -1;
  } else if ((t.fn[1] = dlsym(h, "openblas_set_num_threads"))) {
    t.kind = G23_BLAS_OPENBLAS, t.sgemm = cblas_sgemm_call, t.set_threads = openblas_threads;
    t.fn[2] = dlsym(h, "openblas_get_corename");
    t.fn[3] = dlsym(h, "openblas_get_parallel");
  } else if ((t.fn[1] = dlsym(h, "bli_thread_set_num_threads"))) {
    t.kind = G23_BLAS_BLIS, t.sgemm = cblas_sgemm_call, t.set_threads = blis_threads;
    t.fn[2] = dlsym(h, "bli_info_get_enable_openmp");
    t.fn[3] = dlsym(h, "bli_info_get_blas_int_type_size");
    /* A BLIS whose CBLAS takes 64-bit integers would read our 32-bit ones
     * wrong: refused, not run. */
    if (t.fn[3] && ((int64_t(*)(void))t.fn[3])() != 32) return -1;
  } else {
    t.kind = G23_BLAS_CBLAS, t.sgemm = cblas_sgemm_call, t.set_threads = no_threads;
  }
  /* The build, for reports: a name given as a path or as "openblas" says
   * nothing of it. */
  const char *flavour = NULL;
  if (t.kind == G23_BLAS_OPENBLAS && t.fn[3]) {
    int par = ((int (*)(void))t.fn[3])();
    flavour = par == 2 ? "openblas-openmp" : par == 1 ? "openblas-pthread" : "openblas-serial";
  } else if (t.kind == G23_BLAS_BLIS && t.fn[2]) {
    flavour = ((int64_t(*)(void))t.fn[2])() ? "blis-openmp" : "blis";
  }
  if (flavour) t.name = flavour;
  table = t;
  char *core = t.kind == G23_BLAS_OPENBLAS && t.fn[2] ? ((char *(*)(void))t.fn[2])() : NULL;
  if (core)
    snprintf(describe, sizeof describe, "%s (core %s)", t.name, core);
  else
    snprintf(describe, sizeof describe, "%s", t.name);
  return 0;
}

/* Loads the libraries of one name of `known`, or a path; appends what
 * failed to load_err. */
static int try_load(const char *what) {
  const char *const *libs = NULL;
  const char *one[2] = {what, NULL};
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (!strcmp(what, known[i].name)) libs = known[i].libs;
  if (!libs) {
    if (!strchr(what, '/') && !strstr(what, ".so")) {
      size_t n = strlen(load_err);
      snprintf(load_err + n, sizeof load_err - n, "%s'%s' is no library name (openblas, openblas-pthread, "
               "openblas-openmp, blis, blis-pthread, blis-openmp, onednn, cblas) and no path", n ? "; " : "", what);
      return -1;
    }
    libs = one;
  }
  for (int i = 0; i < 3 && libs[i]; i++) {
    void *h = dlopen(libs[i], RTLD_NOW | RTLD_LOCAL);
    size_t n = strlen(load_err);
    if (!h) {
      const char *e = dlerror();
      snprintf(load_err + n, sizeof load_err - n, "%s%s", n ? "; " : "", e ? e : libs[i]);
      continue;
    }
    if (bind(h, what, libs[i]) == 0) return 0;
    snprintf(load_err + n, sizeof load_err - n, "%s%s has no usable sgemm (cblas_sgemm with 32-bit integers, or "
             "dnnl_sgemm)", n ? "; " : "", libs[i]);
    dlclose(h);
  }
  return -1;
}

static void load(void) {
  /* Read by OpenBLAS when it starts, that is when dlopen loads it. */
  setenv("OPENBLAS_THREAD_TIMEOUT", "16", 0);
  const char *want = getenv("G23_BLAS");
  if (want && want[0]) {
    if (try_load(want) == 0) {
      loaded = 1;
      return;
    }
    size_t n = strlen(load_err);
    snprintf(load_err + n, sizeof load_err - n, " (G23_BLAS=%s; unset it to take the first library that loads)",
             want);
    return;
  }
  for (size_t i = 0; i < sizeof G23_BLAS_AUTO / sizeof *G23_BLAS_AUTO; i++) {
    if (strcmp(G23_BLAS_AUTO[i], G23_BLAS_AUTO_SKIP) == 0) continue;
    if (try_load(G23_BLAS_AUTO[i]) == 0) {
      loaded = 1;
      return;
    }
  }
  char tried[sizeof load_err - 100];
  snprintf(tried, sizeof tried, "%s", load_err);
  snprintf(load_err, sizeof load_err, "cannot load a BLAS library (%s); hint: on Debian, apt-get install "
           "libopenblas0", tried);
}

const g23_blas_t *g23_blas(char *err, size_t errn) {
  pthread_once(&once, load);
  if (!loaded) {
    snprintf(err, errn, "%s", load_err);
    return NULL;
  }
  return &table;
}

const char *g23_blas_corename(void) {
  char err[sizeof load_err];
  const g23_blas_t *b = g23_blas(err, sizeof err);
  char *name = b && b->kind == G23_BLAS_OPENBLAS && b->fn[2] ? ((char *(*)(void))b->fn[2])() : NULL;
  return name ? name : "unknown";
}

const char *g23_blas_describe(void) {
  char err[sizeof load_err];
  return g23_blas(err, sizeof err) ? describe : "none";
}
