/* backend_cpu.c: the CPU backend.
 *
 * The plan's C source (one translation unit, every kernel a function
 * void NAME(char *base)) is compiled by the configured compiler into a shared
 * object and loaded with dlopen.  The object is cached in the kernel cache
 * directory under a name that hashes the source, the compiler and its flags,
 * so an unchanged plan is compiled once per machine; it is built under a
 * temporary name and renamed, so concurrent runs never load a half-written
 * file.  MATMUL launches go to the BLAS library (blas.h).
 */
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/backend.h"
#include "blas.h"

#ifndef G23_KERNEL_CC
#define G23_KERNEL_CC "cc"
#endif
#ifndef G23_KERNEL_OPENMP
#define G23_KERNEL_OPENMP "-fopenmp"
#endif
/* IEEE arithmetic (no -ffast-math: NaNs must reach the loss, sums keep
 * their order; no contraction of a * b + c into one fused multiply-add, so
 * that a kernel computes exactly what its source says, as the runtime's own
 * copy of AdamW for ZeRO-1 does, docs/distributed.md); but no errno from the
 * math library, which the kernels never read: with it, sqrtf carries a
 * branch (to set errno for a negative argument) that keeps loops such as
 * AdamW's from vectorising.  Nor the floating-point exception flags, which
 * they never read either: with them (-ftrapping-math) a float chosen by a
 * comparison, as g23_expf's clamp, is not if-converted without AVX-512's
 * masks, and every loop with an exp (softmax, attention, GELU) ran scalar
 * on AVX2 machines.  Neither changes a result. */
#define KERNEL_FLAGS \
  "-O3 -march=native -fPIC -shared -fno-fast-math -fno-math-errno -fno-trapping-math -ffp-contract=off"

/* Flags appended to KERNEL_FLAGS from the environment (gpt23run(1)):
 * e.g. -mno-avx512f or -march=znver2, to build and time the kernels a
 * machine without AVX-512 would run.  They join the cache key. */
#define KERNEL_CFLAGS_ENV "G23_KERNEL_CFLAGS"

/* gpt23run --check-bounds */
#define CHECK_FLAG "-DG23_CHECK_BOUNDS"

typedef void (*kernel_fn)(char *base);
/* Entry points of the C source (codegen/dialect.c). */
typedef void (*epilogue_fn)(int epi, float *c, int64_t ldc, int64_t rows, int64_t cols, const float *bias,
                            float *aux, int64_t ldaux, float *bgrad);
typedef void (*colsum_fn)(float *out, const float *x, int64_t ld, int64_t rows, int64_t cols);
typedef void (*gemv_fn)(int transb, int64_t n, int64_t k, float alpha, const float *x, const float *b, int64_t ldb,
                        float beta, float *y);

struct g23_backend_ctx {
  const g23_plan_t *plan;
  const g23_blas_t *blas;
  bool verbose;
  char *cache_dir_opt; /* g23_runtime_opts_t.cache_dir */
  char *cache_dir;
  void *dl;
  kernel_fn *fns;
  void (*set_threads)(int n); /* entry points of the C source (codegen/dialect.c) */
  epilogue_fn epilogue;
  colsum_fn colsum;
  gemv_fn gemv; /* a product of one row (c_runtime.h); NULL in the sources of older plans */
  int threads;
  bool check_bounds; /* compiled with G23_CHECK_BOUNDS: the first bad index */
  const char *const *fault_what;
  const int64_t *fault_index, *fault_bound;
  bool compiled; /* this open ran the compiler */
  bool profile, profile_cpu; /* time the matmuls' epilogues (g23_runtime_opts_t) */
  double epilogue_s; /* the last matmul's (profile) */
};

/* ---- cache directory ------------------------------------------------------- */

static int mkdir_p(const char *path) {
  char *p = g23_xstrdup(path);
  for (char *s = p + 1; *s; s++) {
    if (*s != '/') continue;
    *s = 0;
    if (mkdir(p, 0755) != 0 && errno != EEXIST) {
      free(p);
      return -1;
    }
    *s = '/';
  }
  int rc = mkdir(p, 0755) != 0 && errno != EEXIST ? -1 : 0;
  free(p);
  return rc;
}

char *g23_cache_dir(const g23_runtime_opts_t *o, char *err, size_t errn) {
  char *dir;
  const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
  if (o && o->cache_dir && o->cache_dir[0])
    dir = g23_xstrdup(o->cache_dir);
  else if (xdg && xdg[0] == '/')
    dir = g23_xasprintf("%s/gpt23", xdg);
  else if (home && home[0])
    dir = g23_xasprintf("%s/.cache/gpt23", home);
  else {
    snprintf(err, errn, "no kernel cache directory: set XDG_CACHE_HOME or HOME");
    return NULL;
  }
  if (mkdir_p(dir) != 0) {
    snprintf(err, errn, "cannot create the kernel cache directory %s: %s", dir, strerror(errno));
    free(dir);
    return NULL;
  }
  return dir;
}

/* ---- the compiler ---------------------------------------------------------- */


/* Appends s to b as one single-quoted shell word. */
static void shell_quote(g23_buf_t *b, const char *s) {
  g23_buf_append(b, "'", 1);
  for (; *s; s++) {
    if (*s == '\'')
      g23_buf_append(b, "'\\''", 4);
    else
      g23_buf_append(b, s, 1);
  }
  g23_buf_append(b, "'", 1);
}

/* Runs cmd through the shell; its combined output goes to *out.  Returns the
 * exit status, or -1 if it could not run.  The shell starts with no signal
 * blocked and every signal at its default action, whatever the calling
 * process blocks or handles (gpt23run blocks SIGINT and SIGTERM in all its
 * threads: the compiler must still stop on them). */
static int run_capture(const char *cmd, char **out) {
  extern char **environ;
  int fd[2];
  if (pipe(fd) != 0) return -1;
  posix_spawn_file_actions_t fa;
  posix_spawnattr_t at;
  posix_spawn_file_actions_init(&fa);
  posix_spawnattr_init(&at);
  posix_spawn_file_actions_addclose(&fa, fd[0]);
  posix_spawn_file_actions_adddup2(&fa, fd[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&fa, fd[1]);
  sigset_t none, all;
  sigemptyset(&none);
  sigfillset(&all);
  posix_spawnattr_setsigmask(&at, &none);
  posix_spawnattr_setsigdefault(&at, &all);
  posix_spawnattr_setflags(&at, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
  char *argv[] = {"sh", "-c", (char *)cmd, NULL};
  pid_t pid;
  int rc = posix_spawn(&pid, "/bin/sh", &fa, &at, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  posix_spawnattr_destroy(&at);
  close(fd[1]);
  if (rc != 0) {
    close(fd[0]);
    return -1;
  }
  g23_buf_t b = {0};
  char chunk[4096];
  for (;;) {
    ssize_t n = read(fd[0], chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    g23_buf_append(&b, chunk, (size_t)n);
  }
  close(fd[0]);
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) {
      free(b.s);
      return -1;
    }
  g23_buf_append(&b, "", 1);
  *out = b.s;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

static int compile_source(g23_backend_ctx_t *c, const char *src_path, const char *so_path, char *err,
                          size_t errn) {
  char *tmp = g23_xasprintf("%s.tmp.%ld", so_path, (long)getpid());
  g23_buf_t cmd = {0};
  const char *extra = getenv(KERNEL_CFLAGS_ENV);
  g23_buf_printf(&cmd, "%s %s %s%s%s%s -o ", G23_KERNEL_CC, KERNEL_FLAGS, G23_KERNEL_OPENMP,
                 c->check_bounds ? " " CHECK_FLAG : "", extra ? " " : "", extra ? extra : "");
  shell_quote(&cmd, tmp);
  g23_buf_append(&cmd, " ", 1);
  shell_quote(&cmd, src_path);
  g23_buf_printf(&cmd, " -lm 2>&1");
  if (c->verbose) fprintf(stderr, "gpt23: compiling kernels: %s\n", cmd.s);
  char *out = NULL;
  int st = run_capture(cmd.s, &out);
  int rc = 0;
  if (st != 0) {
    /* The compiler's whole output goes to stderr, like a program log; the
     * message names the source so the user can reproduce the failure. */
    if (out && out[0]) fprintf(stderr, "%s", out);
    snprintf(err, errn, "kernel compilation failed (exit status %d): %s\n  the kernel source is kept in %s%s", st,
             cmd.s, src_path, out && out[0] ? "; the compiler's output is above" : "");
    unlink(tmp);
    rc = -1;
  } else if (rename(tmp, so_path) != 0) {
    snprintf(err, errn, "cannot rename %s to %s: %s", tmp, so_path, strerror(errno));
    unlink(tmp);
    rc = -1;
  }
  free(out);
  g23_buf_free(&cmd);
  free(tmp);
  return rc;
}

/* -march=native makes the object specific to this CPU: its model and
 * feature flags go into the cache key, so a cache directory shared between
 * machines never hands one of them an object with instructions it lacks. */
static uint64_t host_cpu_key(uint64_t key) {
  FILE *f = fopen("/proc/cpuinfo", "r");
  if (!f) return key;
  char line[8192];
  while (fgets(line, sizeof line, f) && line[0] != '\n')
    if (!strncmp(line, "model name", 10) || !strncmp(line, "flags", 5)) key = g23_fnv1a(line, strlen(line), key);
  fclose(f);
  return key;
}

static int cpu_compile(g23_backend_ctx_t *c, char *err, size_t errn) {
  const g23_plan_t *p = c->plan;
  c->fns = g23_xcalloc((size_t)p->nkernels + 1, sizeof *c->fns);
  if (p->nkernels == 0) return 0;
  const char *source = g23_plan_source(p, "c");
  if (!source) {
    snprintf(err, errn, "the plan has %d kernels but no C source", p->nkernels);
    return -1;
  }
  g23_runtime_opts_t o = {.cache_dir = c->cache_dir_opt};
  c->cache_dir = g23_cache_dir(&o, err, errn);
  if (!c->cache_dir) return -1;
  const char *cc = G23_KERNEL_CC, *flags = KERNEL_FLAGS " " G23_KERNEL_OPENMP;
  uint64_t key = g23_fnv1a(source, strlen(source), G23_FNV_SEED);
  key = g23_fnv1a(cc, strlen(cc) + 1, key);
  key = g23_fnv1a(flags, strlen(flags) + 1, key);
  const char *extra = getenv(KERNEL_CFLAGS_ENV);
  if (extra) key = g23_fnv1a(extra, strlen(extra) + 1, key);
  if (c->check_bounds) key = g23_fnv1a(CHECK_FLAG, sizeof CHECK_FLAG, key);
  key = host_cpu_key(key);
  char *so = g23_xasprintf("%s/kernels-%016" PRIx64 ".so", c->cache_dir, key);
  char *src = g23_xasprintf("%s/kernels-%016" PRIx64 ".c", c->cache_dir, key);
  int rc = -1;
  /* RTLD_NODELETE: the kernels' OpenMP library must outlive dlclose, since
   * its idle threads may still be running when the runtime closes. */
  if (access(so, R_OK) == 0) c->dl = dlopen(so, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!c->dl) {
    /* Missing, or present but unloadable (a foreign or damaged file):
     * build it afresh. */
    if (g23_write_file_atomic(src, source, strlen(source)) != 0) {
      snprintf(err, errn, "cannot write the kernel source %s: %s", src, strerror(errno));
      goto out;
    }
    double t0 = g23_now();
    g23_progress_begin(1, 0);
    int crc = compile_source(c, src, so, err, errn);
    g23_progress_end(crc == 0);
    if (crc != 0) goto out;
    c->compiled = true;
    if (c->verbose)
      fprintf(stderr, "gpt23: compiled %d kernels in %.1f s (cached in %s)\n", p->nkernels, g23_now() - t0, so);
    c->dl = dlopen(so, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!c->dl) {
      snprintf(err, errn, "cannot load the compiled kernels %s: %s", so, dlerror());
      goto out;
    }
  } else {
    if (c->verbose) fprintf(stderr, "gpt23: kernels from the cache: %s\n", so);
    g23_progress_cached(so);
  }
  c->set_threads = (void (*)(int))dlsym(c->dl, "g23_rt_set_threads");
  c->epilogue = (epilogue_fn)dlsym(c->dl, "g23_rt_epilogue");
  c->colsum = (colsum_fn)dlsym(c->dl, "g23_rt_colsum");
  c->gemv = (gemv_fn)dlsym(c->dl, "g23_rt_gemv");
  if (!c->set_threads || !c->epilogue || !c->colsum) {
    snprintf(err, errn, "the plan's C source lacks the runtime entry points (%s); recompile the model", so);
    goto out;
  }
  c->set_threads(c->threads);
  if (c->check_bounds) {
    c->fault_what = (const char *const *)dlsym(c->dl, "g23_rt_fault_what");
    c->fault_index = (const int64_t *)dlsym(c->dl, "g23_rt_fault_index");
    c->fault_bound = (const int64_t *)dlsym(c->dl, "g23_rt_fault_bound");
    if (!c->fault_what || !c->fault_index || !c->fault_bound) {
      snprintf(err, errn, "the plan's C source has no index checks (%s); recompile the model", so);
      goto out;
    }
  }
  for (int i = 0; i < p->nkernels; i++) {
    dlerror();
    c->fns[i] = (kernel_fn)dlsym(c->dl, p->kernels[i].name);
    if (!c->fns[i]) {
      snprintf(err, errn, "kernel %s is not defined in the plan's C source (%s)", p->kernels[i].name, so);
      goto out;
    }
  }
  rc = 0;
out:
  free(so);
  free(src);
  return rc;
}

/* ---- the rest of the vtable ------------------------------------------------ */

static int cpu_init(g23_backend_ctx_t **out, const g23_plan_t *plan, const g23_runtime_opts_t *o, char *err,
                    size_t errn) {
  g23_backend_ctx_t *c = g23_xcalloc(1, sizeof *c);
  c->plan = plan;
  c->verbose = o && o->verbose;
  c->check_bounds = o && o->check_bounds;
  c->profile = o && o->profile;
  c->profile_cpu = o && o->profile_cpu;
  c->cache_dir_opt = o && o->cache_dir ? g23_xstrdup(o->cache_dir) : NULL;
  int threads = o ? o->threads : 0;
  if (threads < 0) {
    free(c->cache_dir_opt);
    free(c);
    snprintf(err, errn, "invalid thread count %d", threads);
    return -1;
  }
  if (threads == 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    threads = n > 0 ? (int)n : 1;
  }
  c->threads = threads;
  /* The OpenMP library starts when the first object that needs it is
   * loaded: an OpenMP BLAS here, else the kernels; threads that spin while
   * idle would take the cores from a BLAS's own threads between launches.
   * A user's own setting wins. */
  setenv("OMP_WAIT_POLICY", "passive", 0);
  c->blas = g23_blas(err, errn);
  if (!c->blas) {
    free(c->cache_dir_opt);
    free(c);
    return -1;
  }
  c->blas->set_threads(c->blas, threads);
  if (c->verbose) fprintf(stderr, "gpt23: CPU matmuls by %s (%s)\n", g23_blas_describe(), c->blas->path);
  *out = c;
  return 0;
}

static int cpu_alloc(g23_backend_ctx_t *c, size_t n, void **mem, char *err, size_t errn) {
  size_t sz = (n + 63) / 64 * 64;
  if (sz == 0) sz = 64;
  void *p = NULL;
  if (sz < n || posix_memalign(&p, 64, sz) != 0) {
    snprintf(err, errn, "cannot allocate the %zu-byte arena", n);
    return -1;
  }
  memset(p, 0, sz);
  *mem = p;
  return 0;
}

static void cpu_free(g23_backend_ctx_t *c, void *mem) { free(mem); }

/* The whole pages inside [off, off + n) go back to the system (they read as
 * zeros when next touched). */
static int cpu_release(g23_backend_ctx_t *c, void *mem, size_t off, size_t n, char *err, size_t errn) {
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), a = (uintptr_t)mem + off, e = a + n;
  a = (a + page - 1) / page * page;
  e = e / page * page;
  if (e > a && madvise((void *)a, e - a, MADV_DONTNEED) != 0) {
    snprintf(err, errn, "madvise: %s", strerror(errno));
    return -1;
  }
  return 0;
}

static int cpu_copy_in(g23_backend_ctx_t *c, void *mem, size_t off, const void *src, size_t n, char *err,
                       size_t errn) {
  memcpy((char *)mem + off, src, n);
  return 0;
}

static int cpu_copy_out(g23_backend_ctx_t *c, const void *mem, size_t off, void *dst, size_t n, char *err,
                        size_t errn) {
  memcpy(dst, (const char *)mem + off, n);
  return 0;
}

static int cpu_zero(g23_backend_ctx_t *c, void *mem, size_t off, size_t n, char *err, size_t errn) {
  memset((char *)mem + off, 0, n);
  return 0;
}

static int cpu_launch(g23_backend_ctx_t *c, void *mem, const g23_launch_t *l, char *err, size_t errn) {
  G23_ASSERT(l->kind == G23_LAUNCH_KERNEL && l->kernel >= 0 && l->kernel < c->plan->nkernels);
  c->fns[l->kernel]((char *)mem);
  if (c->check_bounds && *c->fault_what) {
    snprintf(err, errn, "index out of range: %s: index %" PRId64 " is outside 0 .. %" PRId64 " (kernel %s)",
             *c->fault_what, *c->fault_index, *c->fault_bound - 1, c->plan->kernels[l->kernel].name);
    return -1;
  }
  return 0;
}

/* The profile's clock (exec.c's). */
static double prof_clock(const g23_backend_ctx_t *c) {
  if (!c->profile_cpu) return g23_now();
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* C[b] = alpha op(A[b]) op(B[b]) + beta C[b], then the epilogue; the loader
 * has checked every operand against the arena.  (A batch sharing one weight
 * arrives as one tall product: the planner collapses it.) */
static int cpu_matmul(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  char *base = mem;
  int epi = m->epilogue;
  const float *bias = g23_epi_reads_bias(epi) ? (const float *)(base + m->off_bias) : NULL;
  float *aux = g23_epi_has_aux(epi) ? (float *)(base + m->off_aux) : NULL;
  float *bgrad = g23_epi_writes_bgrad(epi) ? (float *)(base + m->off_bgrad) : NULL;
  c->epilogue_s = 0;
  for (int64_t b = 0; b < m->batch; b++) {
    const float *A = (const float *)(base + m->off_a) + b * m->stride_a;
    const float *B = (const float *)(base + m->off_b) + b * m->stride_b;
    float *C = (float *)(base + m->off_c) + b * m->stride_c;
    if (m->m == 1 && !m->transa && c->gemv) /* one row (decoding): at the speed of reading B */
      c->gemv(m->transb, m->n, m->k, m->alpha, A, B, m->ldb, m->beta, C);
    else if (c->blas->sgemm(c->blas, m->transa, m->transb, m->m, m->n, m->k, m->alpha, A, m->lda, B, m->ldb, m->beta,
                            C, m->ldc, err, errn))
      return -1;
    if (epi == G23_EPI_NONE) continue;
    double t0 = c->profile ? prof_clock(c) : 0;
    if (epi == G23_EPI_BGRAD)
      c->colsum(bgrad, B, m->ldb, m->k, m->n);
    else
      c->epilogue(epi, C, m->ldc, m->m, m->n, bias, aux, m->ldaux, bgrad);
    if (c->profile) c->epilogue_s += prof_clock(c) - t0;
  }
  return 0;
}

static double cpu_matmul_epilogue_s(const g23_backend_ctx_t *c) { return c->epilogue_s; }

static bool cpu_cache_hit(const g23_backend_ctx_t *c) { return !c->compiled; }

static void cpu_close(g23_backend_ctx_t *c) {
  if (!c) return;
  if (c->dl) dlclose(c->dl);
  free(c->fns);
  free(c->cache_dir);
  free(c->cache_dir_opt);
  free(c);
}

const g23_backend_t g23_backend_cpu = {
    .name = "cpu",
    .available = NULL,
    .init = cpu_init,
    .compile = cpu_compile,
    .alloc = cpu_alloc,
    .free = cpu_free,
    .copy_in = cpu_copy_in,
    .copy_out = cpu_copy_out,
    .zero = cpu_zero,
    .launch = cpu_launch,
    .matmul = cpu_matmul,
    .synchronize = NULL,
    .matmul_epilogue_s = cpu_matmul_epilogue_s,
    .cache_hit = cpu_cache_hit,
    .close = cpu_close,
    .release = cpu_release,
};
