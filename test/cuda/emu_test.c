/* emu_test.c: every generated CUDA kernel checked against its C twin, on
 * the CPU, launch by launch.
 *
 * For models/gpt23.net, every models/variants/ file and the test models of
 * test/models/, at a tiny size: the pipeline makes a plan; its C source is
 * built with the kernel compiler and its CUDA source against emu.h (two
 * shared objects).  The CUDA source must
 * also compile with NVRTC when the toolkit is there, since emu.h accepts
 * more than CUDA does.  Each graph runs in lockstep from an arena of valid
 * random data: before every launch the C arena is copied to the emulated
 * one, the launch runs on both (a kernel: the C function, and the CUDA
 * function under the emulator with the launch's grid, block and shared
 * memory; a matmul: the row-major float64 reference, and the cuBLASLt
 * layer from the translated descriptor), then the whole arenas are compared
 * (after both launches of a pair whose second joins the first, ops the
 * dialects split otherwise: the attention backward):
 *
 *   float32 words  equal bits, or both finite with |cuda - c| <= 1e-4 +
 *                  1e-4 |c| (block reductions and atomics sum in another
 *                  order than the C loops; an error in the indexing or a
 *                  missing barrier is orders of magnitude larger);
 *   int32 words    equal bits.  Which words hold integers is read from the
 *                  values, not the tensor table, since the memory plan
 *                  reuses a dead i32 buffer for floats: a word that is
 *                  below 1e-30 as a float in both arenas (every integer
 *                  from 0 to 2^27) compares as an integer;
 *   bf16/f16       words under a 16-bit tensor may also pass per half word,
 *                  |cuda - c| <= 1e-3 + 2^-7 |c|;
 *   NaN, inf       equal bits.
 *
 * Every graph runs under two thread orders (descending and a random one).
 * The first launch that differs is reported with its kernel name, the
 * tensor and element of the largest error, and the error.  Outputs must be
 * finite, so that a pass does not rest on NaNs that compare equal.  As a
 * control, the first model's CUDA source is built once more with every
 * __syncthreads removed, and some graph must then differ.  A kernel that
 * strays out of the arena hits a guard page and is named.
 *
 * Usage: emu_test [model.net ...]   (default: the models of the source tree)
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <dlfcn.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "config.h"
#include "emu.h"
#include "frontend/frontend.h"
#include "harness.h"
#include "lt_emu.h"
#include "passes/passes.h"
#include "runtime/cuda/cublaslt_desc.h"

#define ATOL 1e-4
#define RTOL 1e-4
#define HALF_ATOL 1e-3
#define HALF_RTOL (1.0 / 128)

/* ---- crash reports ------------------------------------------------------- */

static volatile const char *cur_kernel = "(none)", *cur_side = "";

static void on_crash(int sig) {
  char msg[512];
  int n = snprintf(msg, sizeof msg, "\nFAIL  %s in kernel %s (%s side)%s\n",
                   sig == SIGALRM ? "over 120 s on one model" : strsignal(sig), (const char *)cur_kernel,
                   (const char *)cur_side,
                   sig == SIGALRM ? ": a spin-wait on another thread never yields to the emulator's scheduler?"
                   : sig == SIGSEGV || sig == SIGBUS ? ": an access outside the arena?" : "");
  if (write(2, msg, (size_t)n) < 0) _exit(2);
  _exit(1);
}

static void crash_handler_init(void) {
  static char altstack[1 << 16];
  stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
  sigaltstack(&ss, NULL);
  struct sigaction sa = {.sa_handler = on_crash, .sa_flags = SA_ONSTACK};
  sigaction(SIGSEGV, &sa, NULL);
  sigaction(SIGBUS, &sa, NULL);
  sigaction(SIGFPE, &sa, NULL);
  sigaction(SIGILL, &sa, NULL);
  sigaction(SIGALRM, &sa, NULL);
}

/* An arena with a no-access page on either side, so that a kernel that
 * strays out of it stops at once. */
typedef struct {
  char *map, *base;
  size_t maplen;
} arena_t;

static arena_t arena_alloc(int64_t bytes) {
  size_t page = (size_t)sysconf(_SC_PAGESIZE), body = ((size_t)bytes + page - 1) / page * page;
  arena_t a = {.maplen = body + 2 * page};
  a.map = mmap(NULL, a.maplen, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (a.map == MAP_FAILED) {
    perror("mmap");
    exit(99);
  }
  mprotect(a.map, page, PROT_NONE);
  mprotect(a.map + page + body, page, PROT_NONE);
  /* the arena ends exactly at the upper guard page (64-byte alignment kept) */
  a.base = a.map + page + (body - (((size_t)bytes + 63) / 64 * 64));
  return a;
}

/* ---- arena contents ------------------------------------------------------ */

enum { W_F32, W_HALF_BF16, W_HALF_F16 };

static void put_f32(char *a, int64_t off, float v) { memcpy(a + off, &v, 4); }

static double scalar_value(const char *name, int64_t pos) {
  if (!strcmp(name, "pos")) return (double)pos;
  if (!strcmp(name, "seed")) return 1234;
  if (!strcmp(name, "lr")) return 1e-3;
  if (!strcmp(name, "weight_decay")) return 0.1;
  if (!strcmp(name, "grad_clip")) return 1.0;
  if (!strcmp(name, "bias1")) return 1 - 0.9;
  if (!strcmp(name, "bias2")) return 1 - 0.999;
  if (!strcmp(name, "step")) return 1;
  return 0.5;
}

/* Random floats everywhere, then every tensor of graph made valid: token ids
 * below vocab, the run-time scalars, non-negative second moments, bf16/f16
 * elements that are numbers. */
static void arena_fill(const g23_plan_t *p, int graph, char *a, uint64_t seed, int64_t pos) {
  g23_h_rng_t r = {seed};
  for (int64_t off = 0; off + 4 <= p->arena_bytes; off += 4) put_f32(a, off, (float)g23_h_uniform(&r, -0.5, 0.5));
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != -1 && t->graph != graph) continue;
    int64_t n = t->nbytes / g23_dtype_size(t->dtype);
    if (t->role == G23_ROLE_SCALAR) {
      double v = scalar_value(t->name, pos);
      if (t->dtype == G23_I32) {
        int32_t iv = (int32_t)v;
        memcpy(a + t->offset, &iv, 4);
      } else {
        put_f32(a, t->offset, (float)v);
      }
      continue;
    }
    for (int64_t e = 0; e < n; e++) {
      switch (t->dtype) {
      case G23_I32: {
        int32_t v = 0;
        if (t->role == G23_ROLE_INPUT || t->role == G23_ROLE_TARGET)
          v = (int32_t)(g23_h_next(&r) % (uint64_t)(p->vocab > 0 ? p->vocab : 1));
        memcpy(a + t->offset + 4 * e, &v, 4);
        break;
      }
      case G23_BF16: case G23_F16: {
        float f = (float)g23_h_uniform(&r, -0.5, 0.5);
        uint16_t h = t->dtype == G23_BF16 ? g23_emu_f32_to_bf16(f) : g23_emu_f32_to_f16(f);
        memcpy(a + t->offset + 2 * e, &h, 2);
        break;
      }
      default:
        if (t->role == G23_ROLE_OPTSTATE && !strncmp(t->name, "adam_v:", 7)) {
          float f;
          memcpy(&f, a + t->offset + 4 * e, 4);
          put_f32(a, t->offset + 4 * e, fabsf(f) * 0.01f);
        }
      }
    }
  }
}

/* W_HALF_* for the 4-byte words under graph's 16-bit tensors and the
 * persistent ones, else W_F32. */
static unsigned char *word_kinds(const g23_plan_t *p, int graph) {
  int64_t nw = (p->arena_bytes + 3) / 4;
  unsigned char *k = calloc((size_t)nw, 1);
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if ((t->graph != -1 && t->graph != graph) || (t->dtype != G23_BF16 && t->dtype != G23_F16)) continue;
    for (int64_t w = t->offset / 4; w < (t->offset + t->nbytes + 3) / 4 && w < nw; w++)
      k[w] = t->dtype == G23_BF16 ? W_HALF_BF16 : W_HALF_F16;
  }
  return k;
}

/* Below 1e-30 as a float: 0x0d000000 is 2^-101 (3.9e-31). */
static bool is_int_like(uint32_t u) { return (u & 0x7fffffffu) < 0x0d000000u; }

/* The error of one f32 word, 0 when the rule accepts it, else > 0 (inf for
 * a mismatch that has no size). */
static double f32_err(uint32_t ue, uint32_t uc) {
  if (ue == uc) return 0;
  float e, c;
  memcpy(&e, &ue, 4);
  memcpy(&c, &uc, 4);
  if (is_int_like(ue) && is_int_like(uc)) return INFINITY; /* integers */
  if (isnan(e) || isnan(c) || isinf(e) || isinf(c)) return INFINITY;
  double d = fabs((double)e - (double)c), lim = ATOL + RTOL * fabs((double)c);
  return d <= lim ? 0 : d;
}

static double half_err(uint16_t he, uint16_t hc, bool bf) {
  if (he == hc) return 0;
  double e = bf ? g23_emu_bf16_to_f32(he) : g23_emu_f16_to_f32(he);
  double c = bf ? g23_emu_bf16_to_f32(hc) : g23_emu_f16_to_f32(hc);
  if (!isfinite(e) || !isfinite(c)) return INFINITY;
  double d = fabs(e - c);
  return d <= HALF_ATOL + HALF_RTOL * fabs(c) ? 0 : d;
}

typedef struct {
  int64_t nbad;
  double worst;
  int64_t worst_off;
} cmp_t;

static cmp_t arena_compare(const char *emu, const char *c, int64_t bytes, const unsigned char *kinds) {
  cmp_t r = {0, 0, -1};
  const uint32_t *we = (const uint32_t *)emu, *wc = (const uint32_t *)c;
  for (int64_t w = 0; w < bytes / 4; w++) {
    if (we[w] == wc[w]) continue;
    double err;
    uint16_t he[2], hc[2];
    memcpy(he, &we[w], 4);
    memcpy(hc, &wc[w], 4);
    err = f32_err(we[w], wc[w]);
    if (kinds[w] != W_F32) { /* the buffer may hold floats now: either reading */
      bool bf = kinds[w] == W_HALF_BF16;
      err = fmin(err, fmax(half_err(he[0], hc[0], bf), half_err(he[1], hc[1], bf)));
    }
    if (err > 0) {
      r.nbad++;
      if (err > r.worst || r.worst_off < 0) {
        r.worst = err;
        r.worst_off = w * 4;
      }
    }
  }
  return r;
}

/* "name[element]" of the tensor of graph that holds byte off. */
static void describe_offset(const g23_plan_t *p, int graph, int64_t off, char *buf, size_t n) {
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if ((t->graph == -1 || t->graph == graph) && off >= t->offset && off < t->offset + t->nbytes) {
      snprintf(buf, n, "%s[%lld]%s", t->name, (long long)((off - t->offset) / g23_dtype_size(t->dtype)),
               t->graph == -1 ? "" : " (or a later buffer in its place)");
      return;
    }
  }
  snprintf(buf, n, "byte %lld (an unnamed buffer)", (long long)off);
}

/* ---- one model ----------------------------------------------------------- */

typedef struct {
  const char *name;
  const char *value;
} tiny_t;

static const tiny_t tiny[] = {
    {"batch", "2"}, {"seq", "8"}, {"d_model", "16"}, {"n_layer", "2"}, {"n_head", "2"},
    {"max_seq_length", "8"}, {"n_kv_head", "1"}, {"d_ff", "32"}, {"hidden", "32"},
    {"n_embd", "16"}, {"vocab", "64"},
};

static bool has_hparam(const g23_module_t *m, const char *name) {
  for (int i = 0; i < m->nhparams; i++)
    if (!strcmp(m->hparams[i].name, name)) return true;
  return false;
}

/* Parse and compile path at the tiny size into plan.  0 or -1. */
static int make_plan(const char *path, g23_plan_t *plan) {
  const char *inc[] = {G23_SRCDIR "/models"};
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_module_t probe;
  g23_frontend_opts_t o = {.path = path, .include_dirs = inc, .ninclude = 1};
  int rc = g23_frontend(&o, &d, &probe);
  g23_define_t defs[sizeof tiny / sizeof tiny[0]];
  int nd = 0;
  if (rc == 0)
    for (size_t i = 0; i < sizeof tiny / sizeof tiny[0]; i++)
      if (has_hparam(&probe, tiny[i].name)) defs[nd++] = (g23_define_t){(char *)tiny[i].name, (char *)tiny[i].value};
  g23_module_free(&probe);
  g23_module_t m;
  memset(plan, 0, sizeof *plan);
  if (rc == 0) {
    o.defines = defs;
    o.ndefines = nd;
    rc = g23_frontend(&o, &d, &m);
    if (rc == 0) {
      g23_pipeline_opts_t po = {.adamw = {0}, .dump_graph = -1};
      po.adamw.beta1 = 0.9;
      po.adamw.beta2 = 0.95;
      po.adamw.eps = 1e-8;
      rc = g23_pipeline_run(&m, &po, &d, plan);
    }
    g23_module_free(&m);
  }
  g23_diag_free(&d);
  return rc;
}

typedef struct {
  void *c_so, *cu_so;
  g23_emu_kernel_fn *c_fn, *cu_fn;
} kernels_t;

/* While quiet (a run that must fail), the reports of run_graph are kept in
 * last_report instead of being counted. */
static bool quiet;
static char last_report[4096];

static void report(bool ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report(bool ok, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(last_report, sizeof last_report, fmt, ap);
  va_end(ap);
  if (!quiet) g23_check_report(ok, "%s", last_report);
}

/* Runs graph in lockstep under thread order tseed.  0 or -1 (reported). */
static int run_graph(const char *model, const g23_plan_t *p, const kernels_t *k, int graph, uint64_t tseed,
                     int64_t pos) {
  arena_t Ac = arena_alloc(p->arena_bytes), Ae = arena_alloc(p->arena_bytes);
  char *ac = Ac.base, *ae = Ae.base;
  arena_fill(p, graph, ac, 1000 + tseed * 7 + (uint64_t)graph, pos);
  unsigned char *kinds = word_kinds(p, graph);
  const g23_plan_graph_t *g = &p->graphs[graph];
  const char *gname = g23_graph_kind_name(graph);
  int rc = 0;
  char err[2048];
  for (int l = 0; l < g->nlaunch && rc == 0; l++) {
    const g23_launch_t *L = &g->launches[l];
    /* Each launch starts from C's state; the second of a joined pair (below)
     * from its own side's. */
    if (!g23_launch_joins(p, g, l)) memcpy(ae, ac, (size_t)p->arena_bytes);
    const char *kname = L->kind == G23_LAUNCH_KERNEL ? p->kernels[L->kernel].name : "matmul";
    cur_kernel = kname;
    if (L->kind == G23_LAUNCH_KERNEL) {
      cur_side = "C";
      k->c_fn[L->kernel](ac);
      cur_side = "CUDA";
      if (g23_emu_launch(k->cu_fn[L->kernel], L->grid, L->block, L->shmem, ae, tseed, err, sizeof err) != 0) {
        report(false, "%s %s order %llu: launch %d, kernel %s <<<(%lld,%lld,%lld), (%d,%d,%d), %d>>>: %s", model,
                    gname, (unsigned long long)tseed, l, kname, (long long)L->grid[0], (long long)L->grid[1],
                    (long long)L->grid[2], L->block[0], L->block[1], L->block[2], L->shmem, err);
        rc = -1;
        break;
      }
    } else {
      cur_side = "C";
      g23_lt_ref_matmul(&L->mm, ac);
      cur_side = "cuBLASLt";
      g23_lt_matmul_t lt;
      if (g23_lt_from_matmul(&L->mm, G23_CUDA_R_32F, &lt) != 0) {
        report(false, "%s %s: launch %d: the matmul has no cuBLASLt form (m=%lld n=%lld k=%lld lda=%lld "
                    "ldb=%lld ldc=%lld)", model, gname, l, (long long)L->mm.m, (long long)L->mm.n,
                    (long long)L->mm.k, (long long)L->mm.lda, (long long)L->mm.ldb, (long long)L->mm.ldc);
        rc = -1;
        break;
      }
      if (g23_lt_emu_matmul(&lt, ae, err, sizeof err) != 0) {
        report(false, "%s %s: launch %d: cuBLASLt would refuse the matmul: %s", model, gname, l, err);
        rc = -1;
        break;
      }
    }
    cur_kernel = "(none)";
    /* A launch whose work the next one ends (joins) is split otherwise in
     * C than in CUDA: the arenas are compared after the pair. */
    if (g23_launch_joins(p, g, l + 1)) continue;
    cmp_t c = arena_compare(ae, ac, p->arena_bytes, kinds);
    if (c.nbad) {
      char where[300];
      describe_offset(p, graph, c.worst_off, where, sizeof where);
      float fe, fc;
      memcpy(&fe, ae + c.worst_off, 4);
      memcpy(&fc, ac + c.worst_off, 4);
      report(false, "%s %s order %llu: launch %d (%s%s%.160s) differs in %lld words; largest error %.3g at %s: "
                  "cuda %.9g, c %.9g (bits %08x / %08x)", model, gname, (unsigned long long)tseed, l, kname,
                  L->kind == G23_LAUNCH_KERNEL ? ": " : "",
                  L->kind == G23_LAUNCH_KERNEL ? p->kernels[L->kernel].comment : "", (long long)c.nbad, c.worst,
                  where, fe, fc, *(uint32_t *)(ae + c.worst_off), *(uint32_t *)(ac + c.worst_off));
      rc = -1;
    }
  }
  /* outputs must be numbers */
  for (int i = 0; i < p->ntensors && rc == 0; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != graph || t->role != G23_ROLE_OUTPUT || t->dtype != G23_F32) continue;
    for (int64_t e = 0; e < t->nbytes / 4; e++) {
      float v;
      memcpy(&v, ac + t->offset + 4 * e, 4);
      if (!isfinite(v)) {
        report(false, "%s %s: output %s[%lld] is %g", model, gname, t->name, (long long)e, v);
        rc = -1;
        break;
      }
    }
  }
  if (rc == 0)
    report(true, "%s %s order %llu%s: %d launches (%d kernels, %d matmuls) agree", model, gname,
                (unsigned long long)tseed, graph == G23_GRAPH_DECODE ? (pos ? " pos>0" : " pos=0") : "",
                g->nlaunch, g->nkernels, g->nmatmuls);
  free(kinds);
  munmap(Ac.map, Ac.maplen);
  munmap(Ae.map, Ae.maplen);
  return rc;
}

/* The lockstep must notice a missing barrier in real generated code: with
 * every __syncthreads of the CUDA source removed, some graph must differ
 * under a random thread order. */
static void check_barrier_mutation(const char *model, const g23_plan_t *plan, const kernels_t *good,
                                   const char *dir) {
  const char *src = g23_plan_source(plan, "cuda"), *pat = "__syncthreads();";
  int nbar = 0;
  for (const char *q = strstr(src, pat); q; q = strstr(q + 1, pat)) nbar++;
  if (nbar == 0) {
    printf("      %s: no __syncthreads in the CUDA source, no barrier to remove\n", model);
    return;
  }
  char *mut = malloc(strlen(src) + 1), *o = mut;
  for (const char *q = src; *q;) {
    if (!strncmp(q, pat, strlen(pat))) {
      memcpy(o, "/* removed */ ;", 15);
      o += 15;
      q += strlen(pat);
    } else {
      *o++ = *q++;
    }
  }
  *o = 0;
  char err[16384];
  kernels_t k = *good;
  k.cu_so = g23_h_build(mut, true, dir, "kernels_mutant", err, sizeof err);
  free(mut);
  if (!k.cu_so) {
    g23_check_report(false, "%s: mutant without barriers: %s", model, err);
    return;
  }
  k.cu_fn = calloc((size_t)plan->nkernels + 1, sizeof *k.cu_fn);
  for (int i = 0; i < plan->nkernels; i++) k.cu_fn[i] = (g23_emu_kernel_fn)dlsym(k.cu_so, plan->kernels[i].name);
  quiet = true;
  int caught = 0, ran = 0;
  last_report[0] = 0;
  char first[4096] = "";
  for (int gk = 0; gk < G23_GRAPH_COUNT; gk++) {
    if (!plan->has_graph[gk]) continue;
    ran++;
    if (run_graph(model, plan, &k, gk, 0x5eed, 0) != 0) {
      if (!caught++) snprintf(first, sizeof first, "%.300s", last_report);
    }
  }
  quiet = false;
  g23_check_report(caught > 0, "%s: with its %d __syncthreads removed, the CUDA source differs in %d of %d graphs%s%s",
              model, nbar, caught, ran, caught ? ", first: " : "", first);
  free(k.cu_fn);
  dlclose(k.cu_so);
}

static void test_model(const char *path, bool mutate) {
  const char *model = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
  alarm(120); /* per model; an emulated kernel that never yields hangs */
  double t0 = g23_h_now();
  g23_plan_t plan;
  if (make_plan(path, &plan) != 0) {
    g23_check_report(false, "%s: no plan at the tiny size", model);
    g23_plan_free(&plan);
    return;
  }
  char err[16384];
  char *dir = g23_h_tmpdir();
  int pc = g23_h_build_start(g23_plan_source(&plan, "c"), false, dir, "kernels_c", err, sizeof err);
  int pu = g23_h_build_start(g23_plan_source(&plan, "cuda"), true, dir, "kernels_cuda", err, sizeof err);
  double t1 = g23_h_now();
  int nv = g23_h_nvrtc_check(g23_plan_source(&plan, "cuda"), err, sizeof err);
  double t_nvrtc = g23_h_now() - t1;
  if (nv != 1) g23_check_report(nv == 0, "%s: the CUDA source compiles with NVRTC%s%s", model, nv ? "\n" : "", nv ? err : "");
  kernels_t k = {0};
  k.c_so = g23_h_build_finish(pc, dir, "kernels_c", err, sizeof err);
  if (!k.c_so) g23_check_report(false, "%s: C source: %s", model, err);
  k.cu_so = g23_h_build_finish(pu, dir, "kernels_cuda", err, sizeof err);
  if (!k.cu_so) g23_check_report(false, "%s: CUDA source against emu.h: %s", model, err);
  if (!k.c_so || !k.cu_so) goto done;
  double t_build = g23_h_now() - t0;
  k.c_fn = calloc((size_t)plan.nkernels + 1, sizeof *k.c_fn);
  k.cu_fn = calloc((size_t)plan.nkernels + 1, sizeof *k.cu_fn);
  for (int i = 0; i < plan.nkernels; i++) {
    k.c_fn[i] = (g23_emu_kernel_fn)dlsym(k.c_so, plan.kernels[i].name);
    k.cu_fn[i] = (g23_emu_kernel_fn)dlsym(k.cu_so, plan.kernels[i].name);
    if (!k.c_fn[i] || !k.cu_fn[i]) {
      g23_check_report(false, "%s: kernel %s missing from the %s source", model, plan.kernels[i].name,
                  k.c_fn[i] ? "CUDA" : "C");
      goto done;
    }
  }
  static const uint64_t orders[] = {1, 0x5eed};
  for (int gk = 0; gk < G23_GRAPH_COUNT; gk++) {
    if (!plan.has_graph[gk]) continue;
    for (int s = 0; s < 2; s++) {
      if (run_graph(model, &plan, &k, gk, orders[s], 0) != 0) break;
      if (gk == G23_GRAPH_DECODE && plan.max_seq > 1 &&
          run_graph(model, &plan, &k, gk, orders[s], plan.max_seq - 1) != 0)
        break;
    }
  }
  if (mutate) check_barrier_mutation(model, &plan, &k, dir);
  printf("      %s: %d kernels, arena %lld bytes; %.1f s (plan and builds %.1f, of it NVRTC %.1f)\n", model,
         plan.nkernels, (long long)plan.arena_bytes, g23_h_now() - t0, t_build, t_nvrtc);
done:
  free(k.c_fn);
  free(k.cu_fn);
  if (k.c_so) dlclose(k.c_so);
  if (k.cu_so) dlclose(k.cu_so);
  g23_h_tmpdir_free(dir);
  g23_plan_free(&plan);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  crash_handler_init();
  double t0 = g23_h_now();
  if (argc > 1) {
    for (int i = 1; i < argc; i++) test_model(argv[i], i == 1);
  } else {
    test_model(G23_SRCDIR "/models/gpt23.net", true);
    /* The variants, and the test models (cross-attention, grouped-query
     * heads, non-causal attention, a hoisted context). */
    static const char *const dirs[] = {"models/variants", "test/models"};
    char *names[256];
    int n = 0;
    for (size_t k = 0; k < sizeof dirs / sizeof *dirs; k++) {
      char *dn = g23_xasprintf("%s/%s", G23_SRCDIR, dirs[k]);
      DIR *d = opendir(dn);
      struct dirent *e;
      while (d && (e = readdir(d)) && n < 256)
        if (strlen(e->d_name) > 4 && !strcmp(e->d_name + strlen(e->d_name) - 4, ".net"))
          names[n++] = g23_xasprintf("%s/%s", dn, e->d_name);
      if (d) closedir(d);
      free(dn);
    }
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    for (int i = 0; i < n; i++) {
      test_model(names[i], false);
      free(names[i]);
    }
  }
  alarm(0);
  printf("%.1f s\n", g23_h_now() - t0);
  return g23_check_summary("emu_test");
}
