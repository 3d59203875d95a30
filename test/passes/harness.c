/* harness.c: see harness.h. */
#include <config.h>

#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "ir/prelude.h"

void *h_compile(const char *src, const char *flags, const char *label) {
  char dir[] = "/tmp/g23-passes-XXXXXX";
  if (!mkdtemp(dir)) return NULL;
  char cpath[256], sopath[256], cmd[1024];
  snprintf(cpath, sizeof cpath, "%s/k.c", dir);
  snprintf(sopath, sizeof sopath, "%s/k.so", dir);
  FILE *f = fopen(cpath, "w");
  if (!f) return NULL;
  fputs(src, f);
  fclose(f);
  if (getenv("G23_TEST_DUMP")) {
    FILE *k = fopen(getenv("G23_TEST_DUMP"), "w");
    if (k) fputs(src, k), fclose(k);
  }
  snprintf(cmd, sizeof cmd, "%s %s -shared -fPIC %s -o %s %s -lm", G23_KERNEL_CC, G23_KERNEL_OPENMP, flags, sopath, cpath);
  int rc = system(cmd);
  void *so = NULL;
  if (rc != 0) {
    fprintf(stderr, "%s: kernel source does not compile: %s (kept in %s)\n", label, cmd, cpath);
    return NULL;
  }
  so = dlopen(sopath, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!so) fprintf(stderr, "%s: dlopen: %s\n", label, dlerror());
  unlink(sopath);
  unlink(cpath);
  rmdir(dir);
  return so;
}

static uint64_t rng_state = 88172645463325252ull;
static double urand(void) {
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (rng_state >> 11) * (1.0 / 9007199254740992.0);
}

static bool starts(const char *s, const char *p) { return s && strncmp(s, p, strlen(p)) == 0; }

/* A value for element e of leaf n, the same in float32 and float64. */
static double leaf_value(const g23_node_t *n, int32_t pos, int64_t e, int64_t cnt) {
  const char *nm = n->name ? n->name : "";
  if (n->dtype == G23_I32) {
    if (!strcmp(nm, "pos")) return pos;
    if (!strcmp(nm, "seed") || !strcmp(nm, "step")) return 7;
    return (double)(int)(urand() * 4);
  }
  double v;
  if (!strcmp(nm, "lr")) v = 0.01;
  else if (!strcmp(nm, "weight_decay")) v = 0.1;
  else if (!strcmp(nm, "grad_clip")) v = 1.0;
  else if (!strcmp(nm, "bias1")) v = 0.1;
  else if (!strcmp(nm, "bias2")) v = 0.05;
  else if (starts(nm, "adam_v:")) v = 0.01 * urand();
  else if (starts(nm, "adam_m:")) v = 0.01 * (2 * urand() - 1);
  else v = 2 * urand() - 1;
  /* Weight matrices scaled by their fan-in, as initialisers do, keep the
   * activations of order one: the comparisons then test kernels, not the
   * conditioning of saturated softmaxes. */
  if (n->op == G23_OP_PARAM && n->rank >= 2) v /= sqrt((double)n->shape[n->rank - 2]);
  /* ALiBi slopes as initialised, positive (the draw above is still made, so
   * that the leaves after keep their values).  A negative slope s makes the
   * scores grow as |s| (i - j): over a few hundred keys their float32
   * rounding alone (an ulp of 1e-5 at a score of 100), amplified by exp and
   * by the factor i - j of the slope's gradient, puts even an exact float32
   * evaluation of that gradient several times over the tolerance. */
  if (n->op == G23_OP_PARAM && n->init == G23_INIT_ALIBI) v = exp2(-8.0 * (double)(e + 1) / (double)cnt);
  return (double)(float)v;
}

/* alpha op(A) op(B) + beta C of a plan matmul in float64, rounded once. */
static void ref_product(char *base, const g23_matmul_t *mm) {
  const float *A = (const float *)(base + mm->off_a), *B = (const float *)(base + mm->off_b);
  float *C = (float *)(base + mm->off_c);
  for (int64_t b = 0; b < mm->batch; b++)
    for (int64_t i = 0; i < mm->m; i++)
      for (int64_t j = 0; j < mm->n; j++) {
        double acc = 0;
        for (int64_t k = 0; k < mm->k; k++) {
          double x = mm->transa ? A[b * mm->stride_a + k * mm->lda + i] : A[b * mm->stride_a + i * mm->lda + k];
          double y = mm->transb ? B[b * mm->stride_b + j * mm->ldb + k] : B[b * mm->stride_b + k * mm->ldb + j];
          acc += x * y;
        }
        float *c = &C[b * mm->stride_c + i * mm->ldc + j];
        *c = (float)(mm->alpha * acc + (mm->beta != 0 ? mm->beta * *c : 0));
      }
}

/* A plan matmul as the CPU backend runs it: the product (here in float64),
 * then the epilogue entry points of the plan's own C source. */
static int run_matmul(void *so, char *base, const g23_matmul_t *mm, const char *label) {
  void (*epilogue)(int, float *, int64_t, int64_t, int64_t, const float *, float *, int64_t, float *) =
      (void (*)(int, float *, int64_t, int64_t, int64_t, const float *, float *, int64_t, float *))dlsym(
          so, "g23_rt_epilogue");
  void (*colsum)(float *, const float *, int64_t, int64_t, int64_t) =
      (void (*)(float *, const float *, int64_t, int64_t, int64_t))dlsym(so, "g23_rt_colsum");
  if (!epilogue || !colsum) {
    fprintf(stderr, "%s: the C source lacks the epilogue entry points\n", label);
    return 1;
  }
  ref_product(base, mm);
  int epi = mm->epilogue;
  float *bgrad = (float *)(base + mm->off_bgrad);
  for (int64_t b = 0; b < mm->batch; b++) {
    float *C = (float *)(base + mm->off_c) + b * mm->stride_c;
    if (epi == G23_EPI_BGRAD)
      colsum(bgrad, (const float *)(base + mm->off_b), mm->ldb, mm->k, mm->n);
    else if (epi != G23_EPI_NONE)
      epilogue(epi, C, mm->ldc, mm->m, mm->n, (const float *)(base + mm->off_bias), (float *)(base + mm->off_aux),
               mm->ldaux, bgrad);
  }
  return 0;
}

static int compare(const g23_graph_t *g, const g23_sched_t *s, const g23_eval_t *ev, const char *base, int v,
                   const char *label, int gi) {
  const g23_node_t *n = &g->nodes[v];
  int64_t cnt = g23_numel(n);
  const double *want = ev->values[v];
  if (!want) return 0;
  double worst = 0, scale = 0;
  int64_t at = -1;
  /* float32 against float64: relative to the element, and to the tensor's
   * largest element for values that cancellation made small. */
  for (int64_t e = 0; e < cnt; e++)
    if (fabs(want[e]) > scale) scale = fabs(want[e]);
  for (int64_t e = 0; e < cnt; e++) {
    double got = n->dtype == G23_I32 ? ((const int32_t *)(base + s->offset[v]))[e] : ((const float *)(base + s->offset[v]))[e];
    double err = fabs(got - want[e]) / (1e-5 + 1e-4 * fabs(want[e]) + 1e-5 * scale);
    if (!(err <= worst)) worst = err, at = e;
    if (err != err) break;
  }
  if (worst > 1 || worst != worst) {
    char sh[96];
    double got = n->dtype == G23_I32 ? ((const int32_t *)(base + s->offset[v]))[at] : ((const float *)(base + s->offset[v]))[at];
    fprintf(stderr, "%s: %%%d %s%s (group %d) element %lld: kernel %.9g, float64 %.9g\n", label, v, g23_ops[n->op].name,
            g23_shape_str(n->rank, n->shape, sh, sizeof sh), gi, (long long)at, got, want[at]);
    return 1;
  }
  return 0;
}

int h_check_graph(const g23_module_t *m, int k, const g23_plan_t *plan, const g23_sched_t *s, void *so, int32_t pos,
                  const char *label) {
  const g23_graph_t *g = &m->graphs[k];
  char *base = aligned_alloc(64, (plan->arena_bytes + 63) / 64 * 64);
  memset(base, 0, plan->arena_bytes);
  g23_eval_t ev = {0};
  ev.values = g23_xcalloc(g->n ? g->n : 1, sizeof *ev.values);
  ev.n = g->n;
  for (int v = 0; v < g->n; v++) {
    const g23_node_t *n = &g->nodes[v];
    if (n->op != G23_OP_INPUT && n->op != G23_OP_PARAM && n->op != G23_OP_STATE) continue;
    int64_t cnt = g23_numel(n);
    ev.values[v] = g23_xmalloc(cnt * sizeof(double));
    for (int64_t e = 0; e < cnt; e++) {
      double x = leaf_value(n, pos, e, cnt);
      ev.values[v][e] = x;
      if (n->dtype == G23_I32) ((int32_t *)(base + s->offset[v]))[e] = (int32_t)x;
      else ((float *)(base + s->offset[v]))[e] = (float)x;
    }
  }
  int bad = 0;
  if (g23_eval(g, &ev) != 0) {
    fprintf(stderr, "%s: g23_eval failed\n", label);
    bad++;
  }
  const g23_plan_graph_t *pg = &plan->graphs[k];
  int li = 0;
  for (int gi = 0; gi < s->ngroups && !bad; gi++) {
    /* Each group starts from the evaluator's values of what it reads, so
     * that a comparison measures this kernel's rounding, not the chain's. */
    const g23_group_t *gr0 = &s->groups[gi];
    for (int q = 0; q < gr0->nnodes; q++) {
      const g23_node_t *u = &g->nodes[gr0->nodes[q]];
      for (int k = 0; k < u->nin; k++) {
        int root = s->alias[u->in[k]];
        const g23_node_t *rn = &g->nodes[root];
        if (g23_ops[rn->op].cls == G23_CLASS_LEAF || s->group_of[root] == gi || !ev.values[root] || s->offset[root] < 0)
          continue;
        for (int64_t e = 0; e < g23_numel(rn); e++) {
          if (rn->dtype == G23_I32) ((int32_t *)(base + s->offset[root]))[e] = (int32_t)ev.values[root][e];
          else ((float *)(base + s->offset[root]))[e] = (float)ev.values[root][e];
        }
      }
    }
    int nl = g23_group_launches(g, s, gi);
    for (int j = 0; j < nl; j++, li++) {
      const g23_launch_t *l = &pg->launches[li];
      if (l->kind == G23_LAUNCH_MATMUL) {
        bad += run_matmul(so, base, &l->mm, label);
        continue;
      }
      void (*fn)(char *) = (void (*)(char *))dlsym(so, plan->kernels[l->kernel].name);
      if (!fn) {
        fprintf(stderr, "%s: kernel %s missing\n", label, plan->kernels[l->kernel].name);
        bad++;
        break;
      }
      fn(base);
    }
    const g23_group_t *gr = &s->groups[gi];
    for (int q = 0; q < gr->nnodes && !bad; q++)
      if (s->stored[gr->nodes[q]]) bad += compare(g, s, &ev, base, gr->nodes[q], label, gi);
  }
  if (!bad && li != pg->nlaunch) {
    fprintf(stderr, "%s: %d launches run, the plan has %d\n", label, li, pg->nlaunch);
    bad++;
  }
  g23_eval_free(&ev);
  free(base);
  return bad;
}

int h_count_kernels_with(const g23_plan_t *plan, int k, const char *op) {
  const g23_plan_graph_t *pg = &plan->graphs[k];
  int cnt = 0;
  size_t len = strlen(op);
  for (int i = 0; i < pg->nlaunch; i++) {
    if (pg->launches[i].kind != G23_LAUNCH_KERNEL) continue;
    const char *c = plan->kernels[pg->launches[i].kernel].comment;
    for (const char *p = c; p && (p = strstr(p, op)); p += len) {
      bool left = p == c || p[-1] == ' ' || p[-1] == ',';
      bool right = p[len] == ' ' || p[len] == ':';
      if (left && right) {
        cnt++;
        break;
      }
    }
  }
  return cnt;
}

/* ---- NVRTC ------------------------------------------------------------------ */

typedef struct nvrtc_prog *nvrtc_prog_t;
typedef struct {
  void *so;
  int (*create)(nvrtc_prog_t *, const char *, const char *, int, const char *const *, const char *const *);
  int (*compile)(nvrtc_prog_t, int, const char *const *);
  int (*log_size)(nvrtc_prog_t, size_t *);
  int (*log)(nvrtc_prog_t, char *);
  int (*cubin_size)(nvrtc_prog_t, size_t *);
  int (*destroy)(nvrtc_prog_t *);
} nvrtc_t;

static nvrtc_t nv;

int h_nvrtc_open(void) {
#ifdef G23_CUDA_HOME
  if (nv.so) return 0;
  nv.so = dlopen(G23_CUDA_HOME "/lib64/libnvrtc.so", RTLD_NOW);
  if (!nv.so) nv.so = dlopen("libnvrtc.so", RTLD_NOW);
  if (!nv.so) return -1;
  *(void **)&nv.create = dlsym(nv.so, "nvrtcCreateProgram");
  *(void **)&nv.compile = dlsym(nv.so, "nvrtcCompileProgram");
  *(void **)&nv.log_size = dlsym(nv.so, "nvrtcGetProgramLogSize");
  *(void **)&nv.log = dlsym(nv.so, "nvrtcGetProgramLog");
  *(void **)&nv.cubin_size = dlsym(nv.so, "nvrtcGetCUBINSize");
  *(void **)&nv.destroy = dlsym(nv.so, "nvrtcDestroyProgram");
  return nv.create && nv.compile && nv.log_size && nv.log && nv.cubin_size && nv.destroy ? 0 : -1;
#else
  return -1;
#endif
}

/* Sum of "N bytes spill stores" and "N bytes spill loads" in a ptxas log. */
static long spills(const char *log) {
  long total = 0;
  for (const char *p = log; (p = strstr(p, "bytes spill")); p++) {
    const char *q = p;
    while (q > log && q[-1] == ' ') q--;
    while (q > log && q[-1] >= '0' && q[-1] <= '9') q--;
    total += strtol(q, NULL, 10);
  }
  return total;
}

int h_nvrtc_check(const char *src, const char *label) {
  static const char *const archs[] = {"--gpu-architecture=sm_80", "--gpu-architecture=sm_90"};
  int bad = 0;
  for (int a = 0; a < 2; a++) {
    nvrtc_prog_t prog;
    if (nv.create(&prog, src, "gpt23.cu", 0, NULL, NULL) != 0) {
      fprintf(stderr, "%s: nvrtcCreateProgram failed\n", label);
      return 1;
    }
    const char *opts[] = {archs[a], "--std=c++17", "--ptxas-options=-v"};
    int rc = nv.compile(prog, 3, opts);
    size_t n = 0;
    nv.log_size(prog, &n);
    char *log = g23_xmalloc(n + 1);
    log[0] = 0;
    if (n) nv.log(prog, log);
    size_t cubin = 0;
    if (rc == 0) nv.cubin_size(prog, &cubin);
    if (rc != 0 || cubin == 0) {
      fprintf(stderr, "%s: NVRTC (%s) failed:\n%s\n", label, archs[a], log);
      bad++;
    } else if (spills(log) != 0) {
      fprintf(stderr, "%s: register spills (%s):\n%s\n", label, archs[a], log);
      bad++;
    } else if (strstr(src, "__global__") && !strstr(log, "Used")) {
      fprintf(stderr, "%s: no ptxas report in the NVRTC log (%s)\n", label, archs[a]);
      bad++;
    }
    if (getenv("G23_TEST_NVRTC_LOG")) fprintf(stderr, "%s (%s):\n%s\n", label, archs[a], log);
    free(log);
    nv.destroy(&prog);
  }
  return bad;
}
