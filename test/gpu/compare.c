/* compare.c: a device against the CPU, kernel by kernel and step by step.
 *
 *   compare [--device cuda|cpu] [--precision fp32|bf16] [--graph G] [--steps-only]
 *           [-D name=value]... (MODEL.net | PLAN.bin)
 *
 * Lockstep: both backends start every launch of graph G (default train,
 * then eval, prefill and decode where the plan has them) from the same
 * arena, the CPU's state before that launch; after it the whole arena of
 * the device is compared with the CPU's.  A launch that writes a wrong
 * value, or a byte it should not touch, is named with the first differing
 * tensor.  A launch that joins the one before it (runtime/plan/plan.h:
 * the dialects split that pair's work otherwise) runs on each side's own
 * state, and the pair is compared after it.  Then a whole training step runs on each from the same initial
 * state and the loss, every gradient and every updated parameter are
 * compared.
 *
 * fp32 tolerance: an element passes when |dev - cpu| <= 1e-4 |cpu| +
 * 1e-5 M, M the largest |cpu| value the launch wrote (for a whole step: of
 * the tensor).  Both devices round every operation to fp32 but sum in
 * different orders; a sum of k terms differs by about sqrt(k) ulp of its
 * largest terms, which M bounds.  i32 tensors must match exactly.  After a
 * whole step, a parameter may differ by what its gradient's tolerance dg
 * allows: AdamW's first step moves a weight by lr g / (|g| + eps), whose
 * derivative in g is at most lr / (4 |g|) whatever eps is, so a gradient
 * within dg of the CPU's moves the weight by at most lr dg / (4 (|g| - dg))
 * more (negligible for most weights, large where |g| is near eps), and by
 * up to 2 lr where the gradient is zero within dg (its sign is either).
 *
 * --precision bf16 (default fp32) opens the device in bf16, where every
 * matmul multiplies A and B rounded to bf16 with fp32 accumulation and
 * everything else stays fp32 (runtime/cuda/backend_cuda.c).  Kernel launches are
 * then held to the fp32 tolerance above (they are fp32 on both sides and
 * start from the same state); matmul launches and the whole step to bf16
 * tolerances.  Rounding each of A and B to bf16 errs by at most 2^-9
 * relative, a product by 2^-8; over a k-term sum these errors are
 * independent and add like a random walk, as the sum does, so the output's
 * relative error stays near 2^-9 whatever k (about 3e-3 for random signs)
 * and bf16 tolerances need not grow with the model:
 *
 *   matmul launch   the relative L2 error of the words it writes,
 *                   ||dev - cpu|| / ||cpu||, at most BF16_REL = 1e-2; and
 *                   each element within the fp32 tolerance or within
 *                   BF16_ELEM = 5e-2 M (M as above), so that a few wrong
 *                   elements cannot hide in the norm of many right ones;
 *   whole step      the loss within BF16_LOSS = 2e-3 relative; each gradient's
 *                   relative L2 error at most BF16_GRAD = 3e-2 (a step's
 *                   gradients pass through two matmuls per layer more than
 *                   the loss does, each adding its rounding); parameters
 *                   element by element within the fp32 tolerance or 2 lr
 *                   (AdamW's first step moves a weight by about lr times its
 *                   gradient's sign, which rounding may flip where the
 *                   gradient is small).
 *
 * With --device cpu --precision bf16 the "device" is the CPU with each
 * matmul's A and B rounded to bf16 first (restored after): what CUDA's bf16
 * computes, up to the order of the fp32 sums.  make check runs it so the
 * bf16 tolerances are seen to hold, and to fail under fp32 tolerances (the
 * control, --fp32-tolerance).  On models/gpt23.net at its own size (4
 * layers, d_model 128, batch 16 x 128) this measures: matmul launches at
 * most 2.8e-3 relative, gradients 5.5e-3, the loss 2.2e-4: margins of 3.5,
 * 5 and 9.
 *
 * --device cpu compares the CPU with itself (what make check runs here:
 * the harness must find no difference, and catches a planted one with
 * --plant).  Exit 0 when everything agrees.
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "test/plan_build.h"
#include "runtime/cuda/backend_cuda.h"
#include "runtime/cuda/cublaslt_desc.h"

#define RTOL 1e-4
#define ATOL_REL 1e-5
#define BF16_REL 1e-2
#define BF16_ELEM 5e-2
#define BF16_GRAD 3e-2
#define BF16_LOSS 2e-3

typedef struct {
  const g23_backend_t *be;
  g23_backend_ctx_t *ctx;
  void *mem;
  bool round_bf16; /* the CPU playing CUDA's bf16: round matmul operands */
} side_t;

static bool BF16;          /* --precision bf16 */
static bool FP32_TOL_ONLY; /* --fp32-tolerance: bf16 held to fp32 (the control) */

static const g23_plan_t *P;
static size_t NB;         /* arena bytes */
static unsigned char *is_int; /* [NB / 4]: word belongs to an i32 tensor */

/* The i32 words of graph g (and the persistent ones).  The memory plan
 * reuses the bytes of one graph's integers for another's floats. */
static void mark_ints(int g) {
  memset(is_int, 0, NB / 4 + 1);
  for (int i = 0; i < P->ntensors; i++) {
    const g23_plan_tensor_t *t = &P->tensors[i];
    if (t->dtype == G23_I32 && (t->graph == -1 || t->graph == g))
      for (int64_t b = t->offset; b < t->offset + t->nbytes; b += 4) is_int[b / 4] = 1;
  }
}

static int dev_open(side_t *d, const g23_backend_t *be, const char *cache_dir, const char *precision) {
  char err[1024];
  g23_runtime_opts_t o = {.device = be->name, .cache_dir = cache_dir, .precision = precision};
  d->be = be;
  if (be->available && !be->available()) {
    fprintf(stderr, "compare: device %s is not available on this machine\n", be->name);
    return -1;
  }
  if (be->init(&d->ctx, P, &o, err, sizeof err) || be->compile(d->ctx, err, sizeof err) ||
      be->alloc(d->ctx, NB, &d->mem, err, sizeof err)) {
    fprintf(stderr, "compare: %s: %s\n", be->name, err);
    return -1;
  }
  return 0;
}

static void dev_close(side_t *d) {
  if (d->mem) d->be->free(d->ctx, d->mem);
  if (d->ctx) d->be->close(d->ctx);
}

static int dev_put(side_t *d, const unsigned char *h, size_t off, size_t n) {
  char err[512];
  if (d->be->copy_in(d->ctx, d->mem, off, h + off, n, err, sizeof err)) {
    fprintf(stderr, "compare: %s: %s\n", d->be->name, err);
    return -1;
  }
  return 0;
}

static int dev_get(side_t *d, unsigned char *h) {
  char err[512];
  if ((d->be->synchronize && d->be->synchronize(d->ctx, err, sizeof err)) ||
      d->be->copy_out(d->ctx, d->mem, 0, h, NB, err, sizeof err)) {
    fprintf(stderr, "compare: %s: %s\n", d->be->name, err);
    return -1;
  }
  return 0;
}

/* bf16(f) as a float: round to nearest even, NaN stays NaN. */
static float round_bf16(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  if ((u & 0x7fffffffu) <= 0x7f800000u) u = (u + 0x7fffu + ((u >> 16) & 1u)) & 0xffff0000u;
  memcpy(&f, &u, 4);
  return f;
}

/* A matmul on the CPU as CUDA's bf16 does it: A's and B's spans (every
 * element from the first to the last, cublaslt_desc.h) rounded in place,
 * the matmul, the spans put back. */
static int cpu_matmul_bf16(side_t *d, const g23_matmul_t *mm, char *err, size_t errn) {
  char *base = d->mem;
  int64_t na = g23_mm_span_a(mm), nb = g23_mm_span_b(mm);
  float *a = (float *)(base + mm->off_a), *b = (float *)(base + mm->off_b);
  float *sa = g23_xmalloc((size_t)na * 4), *sb = g23_xmalloc((size_t)nb * 4);
  memcpy(sa, a, (size_t)na * 4);
  memcpy(sb, b, (size_t)nb * 4);
  for (int64_t i = 0; i < na; i++) a[i] = round_bf16(a[i]);
  for (int64_t i = 0; i < nb; i++) b[i] = round_bf16(b[i]);
  int rc = d->be->matmul(d->ctx, d->mem, mm, err, errn);
  /* B first: where the spans overlap, A's copy holds the original. */
  memcpy(b, sb, (size_t)nb * 4);
  memcpy(a, sa, (size_t)na * 4);
  free(sa);
  free(sb);
  return rc;
}

static int dev_run(side_t *d, const g23_launch_t *l) {
  char err[1024];
  int rc = l->kind == G23_LAUNCH_MATMUL ? (d->round_bf16 ? cpu_matmul_bf16(d, &l->mm, err, sizeof err)
                                                        : d->be->matmul(d->ctx, d->mem, &l->mm, err, sizeof err))
                                        : d->be->launch(d->ctx, d->mem, l, err, sizeof err);
  if (rc) fprintf(stderr, "compare: %s: %s\n", d->be->name, err);
  return rc;
}

/* The tensor of the plan holding byte off (graph g or persistent), or NULL. */
static const g23_plan_tensor_t *tensor_at(size_t off, int g) {
  for (int i = 0; i < P->ntensors; i++) {
    const g23_plan_tensor_t *t = &P->tensors[i];
    if ((t->graph == -1 || t->graph == g) && (int64_t)off >= t->offset && (int64_t)off < t->offset + t->nbytes)
      return t;
  }
  return NULL;
}

/* ---- the initial state -------------------------------------------------------- */

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static double uniform(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (rng_state >> 11) * 0x1.0p-53;
}

static double scalar_value(const char *name, int64_t graph) {
  static const struct { const char *name; double v; } known[] = {
      {"lr", 1e-3}, {"weight_decay", 0.1}, {"grad_clip", 1.0}, {"bias1", 0.1}, {"bias2", 0.05},
      {"seed", 1234}, {"pos", 0}, {"step", 1},
  };
  for (size_t i = 0; i < sizeof known / sizeof *known; i++)
    if (!strcmp(known[i].name, name)) return known[i].v;
  return 0.5;
}

/* Parameters from the runtime's initialiser (through a CPU runtime, so that
 * the values are the ones training starts from), inputs and targets random
 * token ids, run-time scalars as a training step sets them. */
static int initial_state(unsigned char *h, const char *cache_dir) {
  g23_runtime_t *rt;
  char err[1024];
  g23_runtime_opts_t o = {.device = "cpu", .cache_dir = cache_dir};
  if (g23_runtime_open(&rt, P, &o, err, sizeof err) || g23_runtime_init_params(rt, 1337)) {
    fprintf(stderr, "compare: cpu runtime: %s\n", rt ? g23_runtime_error(rt) : err);
    return -1;
  }
  memset(h, 0, NB);
  int rc = 0;
  for (int i = 0; i < P->ntensors && !rc; i++) {
    const g23_plan_tensor_t *t = &P->tensors[i];
    if (t->graph == -1) {
      rc = g23_runtime_read(rt, t->name, -1, h + t->offset, (size_t)t->nbytes);
      if (rc) fprintf(stderr, "compare: %s\n", g23_runtime_error(rt));
      continue;
    }
    int64_t n = t->nbytes / g23_dtype_size(t->dtype);
    for (int64_t j = 0; j < n; j++) {
      double v;
      if (t->role == G23_ROLE_SCALAR)
        v = scalar_value(t->name, t->graph);
      else if (t->role == G23_ROLE_INPUT || t->role == G23_ROLE_TARGET)
        v = t->dtype == G23_I32 ? floor(uniform() * (double)(P->vocab > 0 ? P->vocab : 2)) : uniform() * 2 - 1;
      else
        continue;
      if (t->dtype == G23_I32) {
        int32_t x = (int32_t)v;
        memcpy(h + t->offset + 4 * j, &x, 4);
      } else if (t->dtype == G23_F32) {
        float x = (float)v;
        memcpy(h + t->offset + 4 * j, &x, 4);
      }
    }
  }
  g23_runtime_close(rt);
  return rc;
}

/* ---- comparison ------------------------------------------------------------------ */

typedef struct {
  int64_t bad;          /* elements out of tolerance */
  size_t first_bad;     /* byte offset of the first one */
  float first_dev, first_ref;
  double max_err;       /* largest |dev - ref| / (tolerance) */
  double rel;           /* bf16: relative L2 error of the written words */
} cmp_t;

/* Compares dev with ref over [0, NB); words that differ between ref and
 * before are those the CPU's launch wrote (for the scale M).  bf16: the
 * launch is a matmul in bf16 (the file comment's tolerances). */
static cmp_t compare_arena(const unsigned char *dev, const unsigned char *ref, const unsigned char *before,
                           bool bf16) {
  cmp_t r = {0};
  double M = 0;
  size_t nw = NB / 4;
  const float *fr = (const float *)ref, *fd = (const float *)dev, *fb = (const float *)before;
  for (size_t w = 0; w < nw; w++)
    if (!is_int[w] && memcmp(&fr[w], &fb[w], 4) != 0 && isfinite(fr[w]) && fabs(fr[w]) > M) M = fabs(fr[w]);
  double se = 0, sc = 0;
  for (size_t w = 0; w < nw; w++) {
    if (bf16 && !is_int[w] && isfinite(fr[w]) && isfinite(fd[w]) &&
        (memcmp(&fr[w], &fb[w], 4) != 0 || memcmp(&fd[w], &fb[w], 4) != 0)) {
      se += ((double)fd[w] - fr[w]) * ((double)fd[w] - fr[w]);
      sc += (double)fr[w] * fr[w];
    }
    if (memcmp(&fd[w], &fr[w], 4) == 0) continue;
    bool ok = false;
    if (!is_int[w] && !isnan(fd[w]) && !isnan(fr[w]) && isfinite(fr[w])) {
      double tol = RTOL * fabs(fr[w]) + ATOL_REL * M;
      double e = fabs((double)fd[w] - fr[w]);
      ok = e <= tol || (bf16 && e <= BF16_ELEM * M);
      if (bf16) tol = BF16_ELEM * M;
      if (tol > 0 && e / tol > r.max_err) r.max_err = e / tol;
    } else if (!is_int[w] && isnan(fd[w]) && isnan(fr[w])) {
      ok = true;
    }
    if (!ok) {
      if (!r.bad) {
        r.first_bad = w * 4;
        r.first_dev = fd[w];
        r.first_ref = fr[w];
      }
      r.bad++;
    }
  }
  /* Bytes after the last whole word. */
  for (size_t b = nw * 4; b < NB; b++)
    if (dev[b] != ref[b] && !r.bad++) r.first_bad = b;
  if (bf16) {
    r.rel = sc > 0 ? sqrt(se / sc) : (se > 0 ? INFINITY : 0);
    if (r.rel > BF16_REL) r.bad++;
  }
  return r;
}

static void describe_launch(char *buf, size_t n, const g23_launch_t *l) {
  if (l->kind == G23_LAUNCH_MATMUL)
    snprintf(buf, n, "matmul %" PRId64 "x%" PRId64 "x%" PRId64 " batch %" PRId64 " epilogue %d", l->mm.m, l->mm.n,
             l->mm.k, l->mm.batch, l->mm.epilogue);
  else
    snprintf(buf, n, "kernel %s", P->kernels[l->kernel].name);
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Lockstep over graph g from state h (updated to the CPU's state after it).
 * plant: add 1 to the first float the device's launch `plant` writes (the
 * harness's test of itself).  Returns the number of failing launches. */
static int lockstep(side_t *cpu, side_t *dev, int g, unsigned char *h, int plant) {
  const g23_plan_graph_t *pg = &P->graphs[g];
  unsigned char *ref = g23_xmalloc(NB), *out = g23_xmalloc(NB), *devstate = g23_xmalloc(NB);
  int failed = 0;
  double worst_rel = 0;
  if (dev_put(cpu, h, 0, NB) || dev_put(dev, h, 0, NB)) return pg->nlaunch + 1;
  memcpy(devstate, h, NB);
  mark_ints(g);
  printf("-- %s graph: %d launches\n", g23_graph_kind_name((g23_graph_kind_t)g), pg->nlaunch);
  for (int i = 0; i < pg->nlaunch; i++) {
    const g23_launch_t *l = &pg->launches[i];
    /* A launch that ends the work of the one before (joins: the attention
     * backward, split otherwise in C than in CUDA) continues from the
     * device's own state, and the two are compared as one. */
    const bool joins = g23_launch_joins(P, pg, i);
    /* Bring the device to the CPU's state: copy only the ranges that
     * differ (the previous launch's rounding differences). */
    for (size_t b = 0; b < NB && !joins;) {
      if (devstate[b] == h[b]) {
        b++;
        continue;
      }
      size_t e = b;
      while (e < NB && (e - b < 4096 || devstate[e] != h[e])) e++;
      if (dev_put(dev, h, b, e - b)) return failed + 1;
      b = e;
    }
    if (g23_launch_joins(P, pg, i + 1)) {
      if (dev_run(cpu, l) || dev_run(dev, l)) return failed + 1;
      continue;
    }
    if (dev_run(cpu, l) || dev_run(dev, l) || dev_get(cpu, ref) || dev_get(dev, out)) return failed + 1;
    if (i == plant) {
      for (size_t w = 0; w < NB / 4; w++) {
        if (!is_int[w] && memcmp(ref + 4 * w, h + 4 * w, 4) != 0) {
          float x;
          memcpy(&x, out + 4 * w, 4);
          x = x + 1.0f + fabsf(x); /* differs from x for every finite x */
          memcpy(out + 4 * w, &x, 4);
          break;
        }
      }
    }
    bool bf = BF16 && !FP32_TOL_ONLY && l->kind == G23_LAUNCH_MATMUL;
    cmp_t c = compare_arena(out, ref, h, bf);
    char what[256];
    describe_launch(what, sizeof what, l);
    if (bf && c.rel > worst_rel) worst_rel = c.rel;
    if (c.bad) {
      const g23_plan_tensor_t *t = tensor_at(c.first_bad, g);
      if (bf && c.rel > BF16_REL)
        printf("FAIL launch %d (%s): relative error %.3g of its output (bf16 tolerance %g)\n", i, what, c.rel,
               BF16_REL);
      else
        printf("FAIL launch %d (%s): %" PRId64 " elements differ; first at byte %zu (%s%s): %s %.9g, cpu %.9g\n",
               i, what, c.bad, c.first_bad, t ? "tensor " : "no named tensor", t ? t->name : "", dev->be->name,
               c.first_dev, c.first_ref);
      failed++;
    } else if (getenv("COMPARE_VERBOSE")) {
      printf("ok   launch %d (%s): max error %.3f of tolerance%s", i, what, c.max_err, bf ? "" : "\n");
      if (bf) printf(", relative error %.3g\n", c.rel);
    }
    memcpy(h, ref, NB);
    memcpy(devstate, out, NB);
  }
  printf("%s graph: %d of %d launches agree", g23_graph_kind_name((g23_graph_kind_t)g), pg->nlaunch - failed,
         pg->nlaunch);
  if (BF16 && !FP32_TOL_ONLY) printf(" (bf16 matmuls: largest relative error %.3g, tolerance %g)", worst_rel, BF16_REL);
  printf("\n");
  free(ref);
  free(out);
  free(devstate);
  return failed;
}

/* A whole training step on each device from h; compares loss, gradients
 * and parameters. */
static int whole_step(side_t *cpu, side_t *dev, const unsigned char *h) {
  const g23_plan_graph_t *pg = &P->graphs[G23_GRAPH_TRAIN];
  unsigned char *a = g23_xmalloc(NB), *b = g23_xmalloc(NB);
  mark_ints(G23_GRAPH_TRAIN);
  if (dev_put(cpu, h, 0, NB) || dev_put(dev, h, 0, NB)) return 1;
  double t[2] = {0};
  side_t *ds[2] = {cpu, dev};
  for (int k = 0; k < 2; k++) {
    double t0 = now_ms();
    for (int i = 0; i < pg->nlaunch; i++)
      if (dev_run(ds[k], &pg->launches[i])) return 1;
    if (dev_get(ds[k], k ? b : a)) return 1;
    t[k] = now_ms() - t0;
  }
  const g23_plan_tensor_t *lr_t = g23_plan_find(P, "lr", G23_GRAPH_TRAIN);
  double lr = lr_t ? scalar_value("lr", 0) : 0;
  int bad = 0, checked = 0;
  double worst_loss = 0, worst_grad = 0;
  for (int i = 0; i < P->ntensors; i++) {
    const g23_plan_tensor_t *tt = &P->tensors[i];
    bool is_loss = tt->graph == G23_GRAPH_TRAIN && tt->role == G23_ROLE_OUTPUT;
    if (!(tt->graph == -1 && (tt->role == G23_ROLE_PARAM || tt->role == G23_ROLE_GRAD)) && !is_loss) continue;
    if (tt->dtype != G23_F32) continue;
    const float *fa = (const float *)(a + tt->offset), *fb = (const float *)(b + tt->offset);
    const float *grad = NULL;
    float gM = 0;
    if (tt->role == G23_ROLE_PARAM) {
      char *gn = g23_xasprintf("grad:%s", tt->name);
      const g23_plan_tensor_t *gt = g23_plan_find(P, gn, -1);
      free(gn);
      if (gt && gt->nbytes == tt->nbytes) {
        grad = (const float *)(a + gt->offset);
        for (int64_t j = 0; j < gt->nbytes / 4; j++) gM = fmaxf(gM, fabsf(grad[j]));
      }
    }
    int64_t n = tt->nbytes / 4, nbad = 0, first = -1;
    double M = 0, se = 0, sc = 0;
    bool bf = BF16 && !FP32_TOL_ONLY;
    for (int64_t j = 0; j < n; j++) M = fmax(M, fabs(fa[j]));
    for (int64_t j = 0; j < n; j++) {
      double e = fabs((double)fa[j] - fb[j]);
      se += e * e;
      sc += (double)fa[j] * fa[j];
      bool ok = e <= RTOL * fabs(fa[j]) + ATOL_REL * M || (isnan(fa[j]) && isnan(fb[j]));
      if (!ok && grad) {
        double dg = RTOL * fabs(grad[j]) + ATOL_REL * gM, ag = fabs(grad[j]);
        double moved = ag <= dg ? 2 * lr : fmin(2 * lr, lr * dg / (4 * (ag - dg)));
        ok = e <= RTOL * fabs(fa[j]) + ATOL_REL * M + moved * 1.001;
      }
      if (bf) {
        if (tt->role == G23_ROLE_PARAM) ok = ok || e <= 2 * lr * 1.001;
        else ok = isfinite(fb[j]) || !isfinite(fa[j]); /* the norm below decides */
      }
      if (!ok && !nbad++) first = j;
    }
    double rel = sc > 0 ? sqrt(se / sc) : (se > 0 ? INFINITY : 0);
    if (bf && tt->role != G23_ROLE_PARAM) {
      double tol = is_loss ? BF16_LOSS : BF16_GRAD;
      if (is_loss) worst_loss = fmax(worst_loss, rel);
      else worst_grad = fmax(worst_grad, rel);
      if (!(rel <= tol)) {
        printf("FAIL whole step: %s: relative error %.3g (bf16 tolerance %g)\n", tt->name, rel, tol);
        bad++;
        checked++;
        continue;
      }
    }
    checked++;
    if (nbad) {
      printf("FAIL whole step: %s: %" PRId64 " of %" PRId64 " elements differ; first [%" PRId64 "]: %s %.9g, cpu %.9g\n",
             tt->name, nbad, n, first, dev->be->name, fb[first], fa[first]);
      bad++;
    } else if (is_loss) {
      printf("whole step: %s: cpu %.7g, %s %.7g\n", tt->name, fa[0], dev->be->name, fb[0]);
    }
  }
  printf("whole step: %d of %d tensors agree (cpu %.1f ms, %s %.1f ms including the copy back)\n", checked - bad,
         checked, t[0], dev->be->name, t[1]);
  if (BF16 && !FP32_TOL_ONLY)
    printf("whole step, bf16: loss relative error %.3g (tolerance %g), gradients at most %.3g (tolerance %g)\n",
           worst_loss, BF16_LOSS, worst_grad, BF16_GRAD);
  free(a);
  free(b);
  return bad;
}

static int load_plan(const char *path, const g23_define_t *defs, int ndefs, g23_plan_t *plan) {
  size_t n = strlen(path);
  if (n > 4 && !strcmp(path + n - 4, ".bin")) {
    char err[1024];
    if (g23_plan_load(path, plan, err, sizeof err)) {
      fprintf(stderr, "compare: %s\n", err);
      return -1;
    }
    return 0;
  }
  return g23_test_plan_build(path, defs, ndefs, plan);
}

int main(int argc, char **argv) {
  /* Launch by launch, with copies in between: no CUDA graph capture. */
  setenv("G23_CUDA_GRAPHS", "0", 1);
  const char *device = "cuda", *model = NULL, *graph = NULL, *cache_dir = getenv("COMPARE_CACHE_DIR");
  const char *precision = "fp32";
  int plant = -1;
  bool steps_only = false;
  G23_VEC(g23_define_t) defs = {0};
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--device") && i + 1 < argc)
      device = argv[++i];
    else if (!strcmp(argv[i], "--precision") && i + 1 < argc)
      precision = argv[++i];
    else if (!strcmp(argv[i], "--fp32-tolerance"))
      FP32_TOL_ONLY = true;
    else if (!strcmp(argv[i], "--graph") && i + 1 < argc)
      graph = argv[++i];
    else if (!strcmp(argv[i], "--plant") && i + 1 < argc)
      plant = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--steps-only"))
      steps_only = true;
    else if (!strcmp(argv[i], "-D") && i + 1 < argc) {
      char *eq = strchr(argv[++i], '=');
      if (!eq) {
        fprintf(stderr, "compare: -D %s: expected name=value\n", argv[i]);
        return 2;
      }
      g23_define_t d = {g23_xstrndup(argv[i], (size_t)(eq - argv[i])), g23_xstrdup(eq + 1)};
      G23_VEC_PUSH(defs, d);
    } else if (argv[i][0] != '-' && !model)
      model = argv[i];
    else {
      fprintf(stderr, "usage: compare [--device cuda|cpu] [--precision fp32|bf16] [--fp32-tolerance] "
              "[--graph train|eval|prefill|decode] [--steps-only] [--plant N] [-D name=value]... "
              "MODEL.net|PLAN.bin\n");
      return 2;
    }
  }
  const g23_backend_t *be = !strcmp(device, "cpu") ? &g23_backend_cpu : !strcmp(device, "cuda") ? &g23_backend_cuda : NULL;
  if (!model || !be || (strcmp(precision, "fp32") && strcmp(precision, "bf16"))) {
    fprintf(stderr, "compare: need a model, --device cpu or cuda, --precision fp32 or bf16\n");
    return 2;
  }
  BF16 = !strcmp(precision, "bf16");
  if (be->available && !be->available()) {
    printf("SKIP: device %s is not available on this machine\n", device);
    return 77;
  }
  g23_plan_t plan = {0};
  if (load_plan(model, defs.v, defs.n, &plan)) return 1;
  P = &plan;
  NB = (size_t)plan.arena_bytes;
  is_int = g23_xcalloc(NB / 4 + 1, 1);
  unsigned char *h = g23_xmalloc(NB ? NB : 1);
  side_t cpu = {0}, dev = {0};
  int failed = 0;
  /* The CPU computes in fp32; as the device under test it plays bf16 by
   * rounding matmul operands itself. */
  dev.round_bf16 = BF16 && be == &g23_backend_cpu;
  if (initial_state(h, cache_dir) || dev_open(&cpu, &g23_backend_cpu, cache_dir, "fp32") ||
      dev_open(&dev, be, cache_dir, be == &g23_backend_cpu ? "fp32" : precision)) {
    failed = 1;
    goto out;
  }
  printf("%s: %d kernels, arena %zu bytes; %s (%s%s) against cpu (fp32)\n", model, plan.nkernels, NB, device,
         precision, dev.round_bf16 ? ", matmul operands rounded on the CPU" : "");
  if (!steps_only) {
    unsigned char *h0 = g23_xmalloc(NB);
    memcpy(h0, h, NB);
    for (int g = 0; g < G23_GRAPH_COUNT; g++) {
      if (!plan.has_graph[g] || (graph && strcmp(graph, g23_graph_kind_name((g23_graph_kind_t)g)))) continue;
      memcpy(h, h0, NB);
      failed += lockstep(&cpu, &dev, g, h, g == G23_GRAPH_TRAIN || graph ? plant : -1);
    }
    memcpy(h, h0, NB);
    free(h0);
  }
  if (plan.has_graph[G23_GRAPH_TRAIN] && plant < 0) failed += whole_step(&cpu, &dev, h);
out:
  dev_close(&dev);
  dev_close(&cpu);
  printf("%s\n", failed ? "compare: FAILED" : "compare: all agree");
  free(h);
  free(is_int);
  g23_plan_free(&plan);
  for (int i = 0; i < defs.n; i++) {
    free(defs.v[i].name);
    free(defs.v[i].value);
  }
  G23_VEC_FREE(defs);
  return failed ? 1 : 0;
}
