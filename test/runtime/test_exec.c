/* test_exec.c: the CPU backend and the executor on the hand-made plan of
 * plan_fixture.h, checked against float64 references computed here; the
 * parameter initialisers; named-tensor access; the kernel cache; compile
 * failures.
 *
 * Tolerance: the matmuls have K = 4 float32 products (OpenBLAS may use FMA),
 * and GELU goes through tanhf; each result is within a few float32 ulps of
 * the float64 value, so |got - want| <= 1e-5 (|want| + 1) is tight. */
#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan_fixture.h"
#include "test/check.h"
#include "runtime/cuda/backend_cuda.h"
#include "runtime/runtime.h"


static bool close_to(double got, double want) { return fabs(got - want) <= 1e-5 * (fabs(want) + 1); }

static double gelu64(double x) { return 0.5 * x * (1 + tanh(sqrt(2 / M_PI) * (x + 0.044715 * x * x * x))); }

static char *make_cache_dir(void) {
  char tmpl[] = "/tmp/g23-cache-XXXXXX";
  char *d = mkdtemp(tmpl);
  return d ? g23_xstrdup(d) : NULL;
}

static void remove_dir(const char *dir) {
  char *cmd = g23_xasprintf("rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "warning: could not remove %s\n", dir);
  free(cmd);
}

/* The one kernels-*.so in dir: its status. */
static bool find_so(const char *dir, struct stat *st, char **path) {
  char *cmd = g23_xasprintf("ls '%s'/kernels-*.so 2>/dev/null", dir);
  FILE *f = popen(cmd, "r");
  free(cmd);
  char line[4096];
  bool ok = f && fgets(line, sizeof line, f);
  if (f) pclose(f);
  if (!ok) return false;
  line[strcspn(line, "\n")] = 0;
  *path = g23_xstrdup(line);
  return stat(line, st) == 0;
}

static void test_fixture_run(const char *cache) {
  g23_plan_t p;
  g23_fixture_plan(&p, 0);
  g23_runtime_opts_t o = {.device = "cpu", .threads = 2, .cache_dir = cache};
  g23_runtime_t *rt;
  char err[1024] = "";
  if (g23_runtime_open(&rt, &p, &o, err, sizeof err) != 0) {
    CHECK(0, "open: %s", err);
    g23_plan_free(&p);
    return;
  }
  CHECK(strcmp(g23_runtime_device(rt), "cpu") == 0, "device %s", g23_runtime_device(rt));
  CHECK(g23_runtime_init_params(rt, 1234) == 0, "init: %s", g23_runtime_error(rt));

  /* inputs */
  float x[FIX_B * FIX_K * FIX_M], u[FIX_M * FIX_K], g[FIX_M * FIX_LDG];
  for (int i = 0; i < FIX_B * FIX_K * FIX_M; i++) x[i] = (float)sin(0.7 * i + 0.1);
  for (int i = 0; i < FIX_M * FIX_K; i++) u[i] = (float)cos(1.3 * i) * 0.8f;
  for (int i = 0; i < FIX_M * FIX_LDG; i++) g[i] = 42.0f; /* the padding must stay 42 */
  CHECK(g23_runtime_write(rt, "x", G23_GRAPH_TRAIN, x, sizeof x) == 0, "write x");
  CHECK(g23_runtime_write(rt, "u", G23_GRAPH_EVAL, u, sizeof u) == 0, "write u");
  CHECK(g23_runtime_write(rt, "g", G23_GRAPH_EVAL, g, sizeof g) == 0, "write g");
  CHECK(g23_runtime_set_scalar(rt, G23_GRAPH_TRAIN, "scale", 0.5) == 0, "scale: %s", g23_runtime_error(rt));
  CHECK(g23_runtime_set_scalar(rt, G23_GRAPH_TRAIN, "step", 3) == 0, "step: %s", g23_runtime_error(rt));

  /* errors */
  CHECK(g23_runtime_write(rt, "x", G23_GRAPH_TRAIN, x, sizeof x - 4) == -1 &&
            strstr(g23_runtime_error(rt), "bytes"),
        "short write: %s", g23_runtime_error(rt));
  CHECK(g23_runtime_write(rt, "x", G23_GRAPH_EVAL, x, sizeof x) == -1, "x is not an eval tensor");
  CHECK(g23_runtime_read(rt, "nope", -1, x, 4) == -1 && strstr(g23_runtime_error(rt), "nope"), "read absent");
  CHECK(g23_runtime_set_scalar(rt, G23_GRAPH_TRAIN, "step", 2.5) == -1, "i32 scalar refuses 2.5");
  CHECK(g23_runtime_set_scalar(rt, G23_GRAPH_TRAIN, "x", 1) == -1, "x is not a scalar");
  CHECK(g23_runtime_run(rt, G23_GRAPH_PREFILL, err, sizeof err) == -1 && strstr(err, "no prefill graph"),
        "run absent graph: %s", err);

  CHECK(g23_runtime_run(rt, G23_GRAPH_TRAIN, err, sizeof err) == 0, "run train: %s", err);
  CHECK(g23_runtime_run(rt, G23_GRAPH_EVAL, err, sizeof err) == 0, "run eval: %s", err);

  float w[FIX_N * FIX_K], v[FIX_K * FIX_N], bias[FIX_N], y[FIX_B * FIX_M * FIX_N], z[FIX_B * FIX_M * FIX_N];
  CHECK(g23_runtime_read(rt, "w", -1, w, sizeof w) == 0, "read w");
  CHECK(g23_runtime_read(rt, "v", -1, v, sizeof v) == 0, "read v");
  CHECK(g23_runtime_read(rt, "bias", -1, bias, sizeof bias) == 0, "read bias");
  CHECK(g23_runtime_read(rt, "y", G23_GRAPH_TRAIN, y, sizeof y) == 0, "read y");
  CHECK(g23_runtime_read(rt, "z", G23_GRAPH_TRAIN, z, sizeof z) == 0, "read z");
  CHECK(g23_runtime_read(rt, "g", G23_GRAPH_EVAL, g, sizeof g) == 0, "read g");

  int bad = 0;
  for (int b = 0; b < FIX_B; b++)
    for (int i = 0; i < FIX_M; i++)
      for (int j = 0; j < FIX_N; j++) {
        int flat = (b * FIX_M + i) * FIX_N + j;
        double acc = 0;
        for (int k = 0; k < FIX_K; k++) acc += (double)x[(b * FIX_K + k) * FIX_M + i] * w[j * FIX_K + k];
        double want_y = 0.7 * acc + (0.5 * (flat % 7) - 1.0) + bias[j];
        double want_z = want_y * want_y + 3;
        if (!close_to(y[flat], want_y) || !close_to(z[flat], want_z)) {
          if (bad++ < 5) fprintf(stderr, "train [%d,%d,%d]: y %g want %g, z %g want %g\n", b, i, j, y[flat], want_y,
                                 z[flat], want_z);
        }
      }
  for (int i = 0; i < FIX_M; i++)
    for (int j = 0; j < FIX_LDG; j++) {
      double want = 42;
      if (j < FIX_N) {
        double acc = 0;
        for (int k = 0; k < FIX_K; k++) acc += (double)u[i * FIX_K + k] * v[k * FIX_N + j];
        want = gelu64(1.5 * acc + bias[j]);
      }
      if (!close_to(g[i * FIX_LDG + j], want)) {
        if (bad++ < 10) fprintf(stderr, "eval [%d,%d]: g %g want %g\n", i, j, g[i * FIX_LDG + j], want);
      }
    }
  CHECK(bad == 0, "%d values differ from the float64 reference", bad);

  /* Initialisers: exact values, determinism, zeroed state. */
  for (int j = 0; j < FIX_N; j++) CHECK(bias[j] == 0.25f, "bias[%d] = %g", j, bias[j]);
  float slopes[4], ones[3], adam[FIX_N * FIX_K], w2[FIX_N * FIX_K];
  uint16_t half[4], h16[3];
  CHECK(g23_runtime_read(rt, "slopes", -1, slopes, sizeof slopes) == 0, "read slopes");
  for (int h = 0; h < 4; h++) CHECK(slopes[h] == ldexpf(1, -2 * (h + 1)), "alibi slope %d = %g", h, slopes[h]);
  CHECK(g23_runtime_read(rt, "ln.g", -1, ones, sizeof ones) == 0, "read ones");
  for (int i = 0; i < 3; i++) CHECK(ones[i] == 1, "ones[%d]", i);
  CHECK(g23_runtime_read(rt, "half", -1, half, sizeof half) == 0, "read half");
  for (int i = 0; i < 4; i++) CHECK(half[i] == 0x3fc0, "bf16 1.5 = %04x", half[i]);
  for (int i = 0; i < FIX_N * FIX_K; i++) adam[i] = 9;
  CHECK(g23_runtime_write(rt, "adam_m:w", -1, adam, sizeof adam) == 0, "write adam");
  h16[0] = h16[1] = h16[2] = 0x1234;
  CHECK(g23_runtime_write(rt, "h16", -1, h16, sizeof h16) == 0, "write h16");
  CHECK(g23_runtime_init_params(rt, 1234) == 0, "re-init");
  CHECK(g23_runtime_read(rt, "w", -1, w2, sizeof w2) == 0, "read w again");
  CHECK(memcmp(w, w2, sizeof w) == 0, "same seed, same weights");
  CHECK(g23_runtime_read(rt, "adam_m:w", -1, adam, sizeof adam) == 0, "read adam");
  for (int i = 0; i < FIX_N * FIX_K; i++) CHECK(adam[i] == 0, "optimizer state zeroed");
  CHECK(g23_runtime_read(rt, "h16", -1, h16, sizeof h16) == 0, "read h16");
  CHECK(h16[0] == 0 && h16[1] == 0 && h16[2] == 0, "cache zeroed");
  CHECK(g23_runtime_init_params(rt, 1235) == 0, "re-init");
  CHECK(g23_runtime_read(rt, "w", -1, w2, sizeof w2) == 0, "read w again");
  CHECK(memcmp(w, w2, sizeof w) != 0, "another seed, other weights");
  g23_runtime_close(rt);
  g23_plan_free(&p);
}

/* Normal initialisation: the statistics of 200,000 draws. */
static void test_normal_stats(void) {
  g23_plan_t p = {0};
  p.version = G23_PLAN_VERSION;
  p.ntensors = 1;
  p.tensors = g23_xcalloc(1, sizeof *p.tensors);
  const int n = 200000;
  p.tensors[0] = (g23_plan_tensor_t){.name = g23_xstrdup("big"), .dtype = G23_F32, .rank = 1, .shape = {n},
                                     .role = G23_ROLE_PARAM, .init = G23_INIT_NORMAL, .init_arg = 0.02,
                                     .graph = -1, .nbytes = 4 * (int64_t)n};
  p.arena_bytes = p.persistent_bytes = 4 * (int64_t)n;
  g23_runtime_t *rt;
  char err[512];
  if (g23_runtime_open(&rt, &p, NULL, err, sizeof err) != 0) {
    CHECK(0, "open: %s", err);
    g23_plan_free(&p);
    return;
  }
  CHECK(g23_runtime_init_params(rt, 7) == 0, "init");
  float *v = g23_xmalloc(4 * (size_t)n);
  CHECK(g23_runtime_read(rt, "big", -1, v, 4 * (size_t)n) == 0, "read");
  double s = 0, s2 = 0;
  int within = 0;
  for (int i = 0; i < n; i++) {
    s += v[i];
    s2 += (double)v[i] * v[i];
    within += fabs(v[i]) < 0.02;
  }
  double mean = s / n, sd = sqrt(s2 / n - mean * mean);
  /* 5 standard errors: mean 0.02/sqrt(n), sd about 0.02/sqrt(2n), the
   * one-sigma fraction sqrt(0.68 * 0.32 / n). */
  CHECK(fabs(mean) < 5 * 0.02 / sqrt(n), "mean %g", mean);
  CHECK(fabs(sd - 0.02) < 5 * 0.02 / sqrt(2.0 * n), "sd %g", sd);
  CHECK(fabs((double)within / n - 0.6827) < 5 * sqrt(0.68 * 0.32 / n), "P(|x| < sd) = %g", (double)within / n);
  free(v);
  g23_runtime_close(rt);
  g23_plan_free(&p);
}

static void test_cache(void) {
  char *cache = make_cache_dir();
  CHECK(cache != NULL, "mkdtemp");
  if (!cache) return;
  g23_plan_t p;
  g23_fixture_plan(&p, 0);
  g23_runtime_opts_t o = {.device = "cpu", .threads = 1, .cache_dir = cache};
  g23_runtime_t *rt;
  char err[1024] = "";
  CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == 0, "first open: %s", err);
  CHECK(!g23_runtime_cache_hit(rt), "first open compiles");
  g23_runtime_close(rt);
  struct stat st1, st2;
  char *so = NULL;
  CHECK(find_so(cache, &st1, &so), "no kernels-*.so in %s", cache);
  sleep(1); /* a recompilation would show in the mtime */
  CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == 0, "second open: %s", err);
  CHECK(g23_runtime_cache_hit(rt), "second open uses the cache");
  /* and the cached kernels work */
  CHECK(g23_runtime_set_scalar(rt, G23_GRAPH_TRAIN, "scale", 1) == 0, "scale");
  CHECK(g23_runtime_run(rt, G23_GRAPH_TRAIN, err, sizeof err) == 0, "run: %s", err);
  g23_runtime_close(rt);
  CHECK(stat(so, &st2) == 0 && st1.st_ino == st2.st_ino && st1.st_mtim.tv_sec == st2.st_mtim.tv_sec &&
            st1.st_mtim.tv_nsec == st2.st_mtim.tv_nsec,
        "the cached object was rebuilt");

  /* Another source is another object. */
  g23_plan_set_source(&p, "c", g23_xasprintf("%s\n/* changed */\n", g23_plan_source(&p, "c")));
  CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == 0, "changed source: %s", err);
  CHECK(!g23_runtime_cache_hit(rt), "a changed source compiles again");
  g23_runtime_close(rt);

  /* A compile failure names the command and keeps the source. */
  g23_plan_set_source(&p, "c", g23_xstrdup("void k_fill(char *base) { this is not C }\n"));
  fprintf(stderr, "(a compiler error is expected below)\n");
  CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == -1, "broken source compiled");
  CHECK(strstr(err, "kernel compilation failed") && strstr(err, "kept in") && strstr(err, cache), "message: %s",
        err);
  char *kept = strstr(err, "kept in ");
  if (kept) {
    char path[1024];
    snprintf(path, sizeof path, "%s", kept + 8);
    path[strcspn(path, ";\n")] = 0;
    size_t len;
    char *text = g23_read_file(path, &len);
    CHECK(text && strstr(text, "this is not C"), "kept source %s", path);
    free(text);
  }

  /* A kernel the source does not define. */
  g23_plan_set_source(&p, "c", g23_fixture_c_source(g23_xstrdup("void k_fill(char *base) {}\n")));
  CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == -1 && strstr(err, "k_post is not defined"),
        "missing kernel: %s", err);

  /* Devices: without a CUDA device, --device cuda says why and auto is the
   * CPU. */
  g23_plan_free(&p);
  g23_fixture_plan(&p, 0);
  if (!g23_backend_cuda.available()) {
    o.device = "cuda";
    err[0] = 0;
    CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == -1 && (strstr(err, "CUDA") || strstr(err, "cuda")),
          "cuda without a device: %s", err);
    o.device = "auto";
    CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == 0, "auto: %s", err);
    if (rt) {
      CHECK(strcmp(g23_runtime_device(rt), "cpu") == 0, "auto picked %s", g23_runtime_device(rt));
      g23_runtime_close(rt);
    }
  }
  o.device = "tpu";
  CHECK(g23_runtime_open(&rt, &p, &o, err, sizeof err) == -1 && strstr(err, "unknown device"), "tpu: %s", err);

  free(so);
  g23_plan_free(&p);
  remove_dir(cache);
  free(cache);
}

/* The kernels' product of one row (c_runtime.h, decoding at batch 1),
 * taken from the compiled kernels in cache, against float64 sums: y = alpha
 * x op(B) + beta y for both layouts of B, widths that fill its column
 * blocks or not, row counts with and without a remainder of eight, a
 * leading dimension wider than the row, and beta 0 (y not read: it starts
 * as NaN) or not.  Each result is within k float32 roundings of the sum of
 * the terms' magnitudes; the bits are the same on one thread and on three. */
static double unit(uint64_t *s) { /* in [-1, 1): xorshift64 */
  *s ^= *s << 13, *s ^= *s >> 7, *s ^= *s << 17;
  return (double)(*s >> 11) * 0x1p-52 - 1;
}
typedef void (*gemv_fn)(int transb, int64_t n, int64_t k, float alpha, const float *x, const float *b, int64_t ldb,
                        float beta, float *y);
/* The kernels the fixture's run compiled into cache, opened, with their
 * entry point `sym` and g23_rt_set_threads; NULL (a failed check) where
 * any is missing. */
static void *open_kernels(const char *cache, const char *sym, void **fn, void (**threads)(int)) {
  struct stat st;
  char *so = NULL;
  CHECK(find_so(cache, &st, &so), "no kernels-*.so in %s", cache);
  if (!so) return NULL;
  void *dl = dlopen(so, RTLD_NOW | RTLD_LOCAL);
  CHECK(dl != NULL, "dlopen %s: %s", so, dlerror());
  free(so);
  if (!dl) return NULL;
  *fn = dlsym(dl, sym);
  *threads = (void (*)(int))dlsym(dl, "g23_rt_set_threads");
  CHECK(*fn && *threads, "the kernels have no %s or g23_rt_set_threads", sym);
  if (!*fn || !*threads) {
    dlclose(dl);
    return NULL;
  }
  return dl;
}

static void test_gemv(const char *cache) {
  void *fn, (*threads)(int);
  void *dl = open_kernels(cache, "g23_rt_gemv", &fn, &threads);
  if (!dl) return;
  gemv_fn gemv = (gemv_fn)fn;
  static const int64_t shapes[][2] = {{1, 1}, {3, 5}, {16, 8}, {17, 9}, {100, 31}, {1024, 64}, {1030, 70},
                                      {2304, 768}, {768, 777}, {50, 4000}};
  uint64_t seed = 7;
  for (size_t si = 0; si < sizeof shapes / sizeof *shapes; si++)
    for (int transb = 0; transb < 2; transb++)
      for (int withbeta = 0; withbeta < 2; withbeta++) {
        int64_t n = shapes[si][0], k = shapes[si][1];
        int64_t ldb = (transb ? k : n) + 3, rows = transb ? n : k;
        float *x = g23_xmalloc((size_t)k * sizeof *x), *b = g23_xmalloc((size_t)(rows * ldb) * sizeof *b);
        float *y1 = g23_xmalloc((size_t)n * sizeof *y1), *y3 = g23_xmalloc((size_t)n * sizeof *y3);
        float *y0 = g23_xmalloc((size_t)n * sizeof *y0);
        for (int64_t i = 0; i < k; i++) x[i] = (float)(unit(&seed));
        for (int64_t i = 0; i < rows * ldb; i++) b[i] = (float)(unit(&seed));
        for (int64_t j = 0; j < n; j++) y0[j] = withbeta ? (float)(unit(&seed)) : NAN;
        float alpha = 0.75f, beta = withbeta ? -0.5f : 0.0f;
        memcpy(y1, y0, (size_t)n * sizeof *y1);
        memcpy(y3, y0, (size_t)n * sizeof *y3);
        threads(1);
        gemv(transb, n, k, alpha, x, b, ldb, beta, y1);
        threads(3);
        gemv(transb, n, k, alpha, x, b, ldb, beta, y3);
        int bad = 0;
        for (int64_t j = 0; j < n && bad < 3; j++) {
          double sum = 0, mag = 0;
          for (int64_t i = 0; i < k; i++) {
            double t = (double)x[i] * (transb ? b[j * ldb + i] : b[i * ldb + j]);
            sum += t;
            mag += fabs(t);
          }
          double want = alpha * sum + (withbeta ? beta * (double)y0[j] : 0.0);
          double tol = (double)(k + 2) * 6e-8 * (fabs(alpha) * mag + (withbeta ? fabs(beta * (double)y0[j]) : 0.0));
          if (!(fabs(y1[j] - want) <= tol)) {
            CHECK(0, "gemv transb %d, n %lld, k %lld, beta %g: y[%lld] = %.9g, want %.9g (tolerance %.3g)", transb,
                  (long long)n, (long long)k, beta, (long long)j, y1[j], want, tol);
            bad++;
          }
        }
        CHECK(memcmp(y1, y3, (size_t)n * sizeof *y1) == 0,
              "gemv transb %d, n %lld, k %lld: other bits on three threads than on one", transb, (long long)n,
              (long long)k);
        free(x), free(b), free(y0), free(y1), free(y3);
      }
  dlclose(dl);
}

/* gelu'(x) in float64, and in *mag the sum of its two terms' magnitudes
 * (the float value's roundings are relative to them). */
static double gelu_grad64(double x, double *u_out, double *mag) {
  double k = sqrt(2 / M_PI), u = k * (x + 0.044715 * x * x * x), s = 1 / (1 + exp(-2 * u));
  double t2 = 2 * x * s * (1 - s) * k * (1 + 3 * 0.044715 * x * x);
  *u_out = u;
  *mag = s + fabs(t2);
  return s + t2;
}

typedef void (*epilogue_fn)(int epi, float *c, int64_t ldc, int64_t rows, int64_t cols, const float *bias,
                            float *aux, int64_t ldaux, float *bgrad);

/* The C runtime's DGELU_BGRAD epilogue (c_runtime.h): c = c * gelu'(pre)
 * elementwise against float64, and the bias gradient exactly the float sum
 * of each result column in row order from 0, as documented (the order of
 * the generated row sum), on 1 and 3 threads, at widths below, at and
 * above one thread's run of columns and not a multiple of a vector. */
static void test_bgrad_epilogue(const char *cache) {
  void *fn, (*threads)(int);
  void *dl = open_kernels(cache, "g23_rt_epilogue", &fn, &threads);
  if (!dl) return;
  epilogue_fn epi = (epilogue_fn)fn;
  static const int64_t shapes[][2] = {{1, 1}, {5, 37}, {300, 16}, {513, 130}, {64, 1100}, {70, 2500}, {2048, 512}};
  uint64_t seed = 11;
  for (size_t si = 0; si < sizeof shapes / sizeof *shapes; si++) {
    const int64_t rows = shapes[si][0], cols = shapes[si][1], ldc = cols + 5, ldaux = cols + 2;
    float *c0 = g23_xmalloc((size_t)(rows * ldc) * sizeof *c0), *pre = g23_xmalloc((size_t)(rows * ldaux) * sizeof *pre);
    float *c[2], *bg[2];
    for (int64_t i = 0; i < rows * ldc; i++) c0[i] = (float)unit(&seed);
    for (int64_t i = 0; i < rows * ldaux; i++) pre[i] = (float)(4 * unit(&seed));
    for (int t = 0; t < 2; t++) {
      c[t] = g23_xmalloc((size_t)(rows * ldc) * sizeof *c[t]);
      bg[t] = g23_xmalloc((size_t)cols * sizeof *bg[t]);
      memcpy(c[t], c0, (size_t)(rows * ldc) * sizeof *c0);
      threads(t ? 3 : 1);
      epi(G23_EPI_DGELU_BGRAD, c[t], ldc, rows, cols, NULL, pre, ldaux, bg[t]);
    }
    int bad = 0;
    for (int64_t i = 0; i < rows && bad < 3; i++)
      for (int64_t j = 0; j < ldc && bad < 3; j++) {
        /* The error bound of v * gelu'(x) in float: a few roundings of each
         * term's magnitude, and the exp of -2u, whose argument carries a
         * few ulps of u (a relative error growing with |u|). */
        const double v = c0[i * ldc + j], x = j < cols ? pre[i * ldaux + j] : 0;
        double u, mag;
        const double want = j < cols ? v * gelu_grad64(x, &u, &mag) : v, got = c[0][i * ldc + j];
        if (!(j < cols ? fabs(got - want) <= 1e-6 * (1 + fabs(u)) * fabs(v) * mag : got == want)) {
          CHECK(0, "dgelu_bgrad %lld x %lld: c[%lld][%lld] = %.9g, want %.9g", (long long)rows, (long long)cols,
                (long long)i, (long long)j, got, want);
          bad++;
        }
      }
    for (int64_t j = 0; j < cols && bad < 3; j++) {
      float sum = 0.0f;
      for (int64_t i = 0; i < rows; i++) sum += c[0][i * ldc + j];
      if (memcmp(&sum, &bg[0][j], sizeof sum) != 0) {
        CHECK(0, "dgelu_bgrad %lld x %lld: bias gradient %lld = %.9g, not %.9g, the column's sum in row order",
              (long long)rows, (long long)cols, (long long)j, bg[0][j], sum);
        bad++;
      }
    }
    CHECK(memcmp(c[0], c[1], (size_t)(rows * ldc) * sizeof *c0) == 0 &&
              memcmp(bg[0], bg[1], (size_t)cols * sizeof *bg[0]) == 0,
          "dgelu_bgrad %lld x %lld: other bits on three threads than on one", (long long)rows, (long long)cols);
    free(c0), free(pre), free(c[0]), free(c[1]), free(bg[0]), free(bg[1]);
  }
  dlclose(dl);
}

int main(void) {
  char *cache = make_cache_dir();
  test_fixture_run(cache);
  test_gemv(cache);
  test_bgrad_epilogue(cache);
  remove_dir(cache);
  free(cache);
  test_normal_stats();
  test_cache();
  return g23_check_summary("test-exec");
}
