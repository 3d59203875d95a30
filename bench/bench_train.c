/* bench_train: training and decode throughput of a plan on the CPU, against
 * the runtime's sgemm (runtime/cpu/blas.h) measured in the same process as the
 * ceiling.
 *
 *   bench_train PLAN [--steps N] [--threads N] [--profile N] [--decode N]
 *               [--matmuls N] [--cpu-time] [--reference DIR] [--json]
 *               [--greedy N [--prompt-len N]]
 *
 * --reference DIR writes what another implementation needs to do the same
 * step (bench/torch_baseline.py): DIR/weights.safetensors, the parameters
 * before the first step, and DIR/step.json, the hparams, each parameter's
 * shape and weight-decay flag, the AdamW settings, the first batch and the
 * loss gpt23 computed on it.  --json prints the results as one JSON object.
 *
 * --greedy N generates N tokens greedily (argmax, the first of equal
 * maxima) at batch 1 from the freshly initialised weights (those --reference
 * writes) and does no training: PREFILL on a fixed prompt of --prompt-len
 * tokens (default 16; ids from a fixed generator), then DECODE with the KV
 * cache one token at a time, twice (the first a warm-up); it prints the
 * prompt, the generated ids (with --json also each one's logit) and the
 * second run's decode tokens/s, reading
 * each token's logits and taking the argmax inside the timed loop
 * (bench/torch_decode.py checks PyTorch's tokens against these).
 *
 * --matmuls N compares every matmul of the step with the same library call
 * alone: N rounds of one profiled step, then each of the step's matmul
 * shapes called twice back to back on operands of its own (the second call
 * timed); the table gives the medians over the rounds, the product's time
 * inside the step (its epilogue apart) and alone.  Interleaved so that the
 * load of a shared machine weighs on both alike.  --cpu-time times that
 * table in the CPU time of all the process's threads instead of wall-clock
 * time.  Each run prints the CPU time of a step as well.
 *
 * FLOPs per training step are counted as 6 * P * tokens (forward and backward
 * through every parameter, P = all parameters) plus the attention term
 * 6 * n_layer * seq * d_model * tokens (scores and weighted sums, causal), the
 * convention of llm.c.  The sgemm ceiling is a [batch*seq, d_model] x
 * [d_model, 4*d_model] product, the model's widest matmul shape. */
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jansson.h>

#include "bench/sgemm_time.h"
#include "runtime/cli/safetensors.h"
#include "runtime/runtime.h"

/* --cpu-time: every time the process's CPU time (all threads) instead of
 * wall-clock time. */
static bool cpu_time;

static double process_cpu_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double bench_clock(void) { return cpu_time ? process_cpu_s() : g23_bench_now(); }

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* Floats for operand op of a matmul: its batch of rows x ld matrices. */
static float *operand(int64_t batch, int64_t stride, int64_t rows, int64_t ld) {
  size_t n = (size_t)((batch - 1) * stride + rows * ld);
  float *p = g23_xmalloc(n * sizeof *p);
  for (size_t i = 0; i < n; i++) p[i] = (float)((int)(i * 7 % 13) - 6) / 13;
  return p;
}

/* The library's product of m alone (no epilogue), on operands of its own;
 * the seconds of the second of two calls, or -1. */
static double matmul_alone(const g23_matmul_t *m) {
  char err[512];
  const g23_blas_t *blas = g23_blas(err, sizeof err);
  if (!blas) return -1;
  float *a = operand(m->batch, m->stride_a, m->transa ? m->k : m->m, m->lda);
  float *b = operand(m->batch, m->stride_b, m->transb ? m->n : m->k, m->ldb);
  float *c = operand(m->batch, m->stride_c, m->m, m->ldc);
  double t = -1;
  for (int rep = 0; rep < 2; rep++) {
    double t0 = bench_clock();
    for (int64_t i = 0; i < m->batch; i++)
      if (blas->sgemm(blas, m->transa, m->transb, m->m, m->n, m->k, m->alpha, a + i * m->stride_a, m->lda,
                      b + i * m->stride_b, m->ldb, m->beta, c + i * m->stride_c, m->ldc, err, sizeof err)) {
        fprintf(stderr, "bench_train: %s\n", err);
        rep = 2, t0 = -1;
        break;
      }
    t = t0 < 0 ? -1 : bench_clock() - t0;
  }
  free(a), free(b), free(c);
  return t;
}

/* Whether two matmuls are the same library call (shape, layout, scalars). */
static bool same_call(const g23_matmul_t *x, const g23_matmul_t *y) {
  return x->m == y->m && x->n == y->n && x->k == y->k && x->batch == y->batch && x->transa == y->transa &&
         x->transb == y->transb && x->lda == y->lda && x->ldb == y->ldb && x->ldc == y->ldc &&
         x->stride_a == y->stride_a && x->stride_b == y->stride_b && x->stride_c == y->stride_c &&
         x->alpha == y->alpha && x->beta == y->beta;
}

/* --matmuls (see the top of the file).  Returns 0 or -1. */
static int matmuls_table(g23_runtime_t *rt, const g23_plan_t *p, int rounds) {
  const int G = G23_GRAPH_TRAIN;
  const g23_plan_graph_t *g = &p->graphs[G];
  int n = g->nlaunch;
  /* Per launch and round: in the step (product, epilogue), alone. */
  double *in = g23_xcalloc((size_t)n * rounds, sizeof *in), *epi = g23_xcalloc((size_t)n * rounds, sizeof *epi);
  double *alone = g23_xcalloc((size_t)n * rounds, sizeof *alone);
  double *last = g23_xcalloc((size_t)n, sizeof *last), *last_epi = g23_xcalloc((size_t)n, sizeof *last_epi);
  int *first = g23_xcalloc((size_t)n, sizeof *first); /* the first launch of the same call */
  for (int i = 0; i < n; i++) {
    first[i] = i;
    for (int j = 0; j < i; j++)
      if (g->launches[i].kind == G23_LAUNCH_MATMUL && g->launches[j].kind == G23_LAUNCH_MATMUL &&
          same_call(&g->launches[i].mm, &g->launches[j].mm)) {
        first[i] = first[j];
        break;
      }
  }
  char err[1024];
  int rc = 0;
  for (int r = 0; r < rounds && rc == 0; r++) {
    if (g23_runtime_run(rt, G, err, sizeof err)) {
      fprintf(stderr, "bench_train: %s\n", err);
      rc = -1;
      break;
    }
    for (int i = 0; i < n; i++) {
      double tot, e;
      long runs;
      if (g->launches[i].kind != G23_LAUNCH_MATMUL || g23_runtime_profile_get(rt, G, i, &tot, &e, &runs)) continue;
      in[i * rounds + r] = tot - e - (last[i] - last_epi[i]);
      epi[i * rounds + r] = e - last_epi[i];
      last[i] = tot, last_epi[i] = e;
    }
    for (int i = 0; i < n && rc == 0; i++) {
      if (g->launches[i].kind != G23_LAUNCH_MATMUL || first[i] != i) continue;
      if ((alone[i * rounds + r] = matmul_alone(&g->launches[i].mm)) < 0) rc = -1;
    }
  }
  if (rc == 0) {
    printf("matmuls of the step against the same %s call alone (medians of %d rounds; %s)\n",
           g23_blas_describe(), rounds, cpu_time ? "CPU time of all threads" : "wall-clock time");
    printf("  %-26s %5s %9s %9s %9s %8s %8s %7s\n", "shape (m x n x k)", "count", "in step", "epilogue", "alone",
           "GFLOP/s", "alone", "ratio");
    double sum_in = 0, sum_alone = 0, sum_epi = 0;
    double *v = g23_xcalloc((size_t)rounds * n, sizeof *v);
    for (int i = 0; i < n; i++) {
      if (g->launches[i].kind != G23_LAUNCH_MATMUL || first[i] != i) continue;
      const g23_matmul_t *m = &g->launches[i].mm;
      int cnt = 0, nv = 0;
      for (int j = i; j < n; j++)
        if (first[j] == i) {
          cnt++;
          for (int r = 0; r < rounds; r++) v[nv++] = in[j * rounds + r];
        }
      double t_in = median(v, nv);
      nv = 0;
      for (int j = i; j < n; j++)
        if (first[j] == i)
          for (int r = 0; r < rounds; r++) v[nv++] = epi[j * rounds + r];
      double t_epi = median(v, nv);
      for (int r = 0; r < rounds; r++) v[r] = alone[i * rounds + r];
      double t_alone = median(v, rounds);
      double flop = 2.0 * (double)m->m * (double)m->n * (double)m->k * (double)m->batch;
      char shape[64];
      snprintf(shape, sizeof shape, "%" PRId64 "x%" PRId64 "x%" PRId64 "%s%s%s", m->m, m->n, m->k,
               m->transa ? " A^T" : "", m->transb ? " B^T" : "", m->batch > 1 ? " (batch)" : "");
      printf("  %-26s %5d %7.3f ms %6.3f ms %6.3f ms %8.1f %8.1f %6.0f%%\n", shape, cnt, 1e3 * t_in, 1e3 * t_epi,
             1e3 * t_alone, flop / t_in / 1e9, flop / t_alone / 1e9, 100 * t_alone / t_in);
      sum_in += cnt * t_in, sum_alone += cnt * t_alone, sum_epi += cnt * t_epi;
    }
    printf("  all: %.2f ms in the step (and %.2f ms of epilogues), %.2f ms alone: %.0f%%\n", 1e3 * sum_in,
           1e3 * sum_epi, 1e3 * sum_alone, 100 * sum_alone / sum_in);
    free(v);
  }
  free(in), free(epi), free(alone), free(last), free(last_epi), free(first);
  return rc;
}

static double sgemm_gflops(long m, long n, long k, double seconds) {
  char err[512];
  double g = g23_bench_sgemm(m, n, k, seconds, err, sizeof err);
  if (g < 0) fprintf(stderr, "bench_train: %s\n", err);
  return g < 0 ? 0 : g;
}

/* Fill every i32 input of graph with token ids below vocab, every float
 * input and target with small values. */
static int fill_inputs(g23_runtime_t *rt, const g23_plan_t *p, int graph, uint64_t *seed) {
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != graph || (t->role != G23_ROLE_INPUT && t->role != G23_ROLE_TARGET)) continue;
    int64_t n = t->nbytes / 4;
    void *buf = malloc((size_t)t->nbytes);
    for (int64_t j = 0; j < n; j++) {
      *seed = *seed * 6364136223846793005ull + 1442695040888963407ull;
      uint32_t r = (uint32_t)(*seed >> 33);
      if (t->dtype == G23_I32)
        ((int32_t *)buf)[j] = (int32_t)(r % (uint32_t)(p->classifier && t->role == G23_ROLE_TARGET ? p->vocab : p->vocab));
      else
        ((float *)buf)[j] = (float)(r % 1000) / 1000.0f;
    }
    int rc = g23_runtime_write(rt, t->name, graph, buf, (size_t)t->nbytes);
    free(buf);
    if (rc) return -1;
  }
  return 0;
}

static json_t *int_array(const int32_t *v, int64_t n);

static int64_t numel(const g23_plan_tensor_t *t) {
  int64_t n = 1;
  for (int k = 0; k < t->rank; k++) n *= t->shape[k];
  return n;
}

static int32_t argmax(const float *v, int64_t n) {
  int64_t best = 0;
  for (int64_t i = 1; i < n; i++)
    if (v[i] > v[best]) best = i;
  return (int32_t)best;
}

/* --greedy (see the top of the file).  Returns 0 or -1. */
static int greedy(g23_runtime_t *rt, const g23_plan_t *p, int ntok, int plen, bool json) {
  const int P = G23_GRAPH_PREFILL, D = G23_GRAPH_DECODE;
  const g23_plan_tensor_t *in = NULL, *pout = g23_plan_find(p, "logits", P), *din, *dout;
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != P || t->role != G23_ROLE_INPUT) continue;
    if (in || t->dtype != G23_I32) {
      fprintf(stderr, "bench_train: --greedy needs a model whose one input is its token stream\n");
      return -1;
    }
    in = t;
  }
  if (!p->has_graph[P] || !p->has_graph[D] || !p->incremental_decode || !in || !pout ||
      !(din = g23_plan_find(p, in->name, D)) || din->nbytes != 4 || !(dout = g23_plan_find(p, "logits", D))) {
    fprintf(stderr, "bench_train: --greedy needs PREFILL and incremental DECODE graphs with 'logits'\n");
    return -1;
  }
  int64_t T = numel(in), V = numel(dout);
  if (numel(pout) != T * V || plen < 1 || plen + ntok > T) {
    fprintf(stderr, "bench_train: --greedy: prompt %d + %d tokens do not fit the context of %" PRId64 "\n", plen,
            ntok, T);
    return -1;
  }
  int32_t *ctx = g23_xcalloc((size_t)T, sizeof *ctx);
  float *logits = g23_xmalloc((size_t)pout->nbytes), *top = g23_xcalloc((size_t)ntok, sizeof *top);
  uint64_t seed = 7;
  for (int i = 0; i < plen; i++) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    ctx[i] = (int32_t)((seed >> 33) % (uint64_t)V);
  }
  char err[1024];
  double prefill_s = 0, decode_s = 0;
  for (int round = 0; round < 2; round++) {
    double t0 = g23_bench_now();
    if (g23_runtime_write(rt, in->name, P, ctx, (size_t)in->nbytes) ||
        (g23_plan_find(p, "pos", P) && g23_runtime_set_scalar(rt, P, "pos", 0)) || g23_runtime_run(rt, P, err, sizeof err) ||
        g23_runtime_read(rt, "logits", P, logits, (size_t)pout->nbytes))
      goto fail;
    int32_t tok = argmax(logits + (plen - 1) * V, V);
    top[0] = logits[(plen - 1) * V + tok];
    double t1 = g23_bench_now();
    for (int k = 0; k < ntok; k++) {
      ctx[plen + k] = tok;
      if (k == ntok - 1) break;
      if (g23_runtime_write(rt, din->name, D, &tok, 4) || g23_runtime_set_scalar(rt, D, "pos", plen + k) ||
          g23_runtime_run(rt, D, err, sizeof err) || g23_runtime_read(rt, "logits", D, logits, (size_t)dout->nbytes))
        goto fail;
      tok = argmax(logits, V);
      top[k + 1] = logits[tok];
    }
    double t2 = g23_bench_now();
    prefill_s = t1 - t0, decode_s = t2 - t1;
  }
  /* ntok tokens: the first from PREFILL, ntok - 1 DECODE runs */
  double rate = (ntok - 1) / decode_s;
  if (json) {
    json_t *maxima = json_array();
    for (int k = 0; k < ntok; k++) json_array_append_new(maxima, json_real(top[k]));
    json_t *r = json_pack("{s:s, s:o, s:o, s:o, s:f, s:f, s:f, s:s, s:s}", "model", p->model_name, "prompt",
                          int_array(ctx, plen), "tokens", int_array(ctx + plen, ntok), "max_logits", maxima,
                          "prefill_ms", 1e3 * prefill_s,
                          "decode_ms", 1e3 * decode_s, "tokens_per_s", rate, "blas", g23_blas_describe(), "blas_core",
                          g23_blas_corename());
    json_dumpf(r, stdout, JSON_COMPACT);
    putchar('\n');
    json_decref(r);
  } else {
    printf("greedy (batch 1, KV cache): prefill of %" PRId64 " positions %.1f ms; %d decode steps in %.1f ms: "
           "%.1f tokens/s\n", T, 1e3 * prefill_s, ntok - 1, 1e3 * decode_s, rate);
    printf("tokens:");
    for (int k = 0; k < ntok; k++) printf(" %d", ctx[plen + k]);
    putchar('\n');
  }
  free(ctx), free(logits), free(top);
  return 0;
fail:
  fprintf(stderr, "bench_train: greedy: %s\n", g23_runtime_error(rt)[0] ? g23_runtime_error(rt) : err);
  free(ctx), free(logits), free(top);
  return -1;
}

/* The run's settings for the step (bench values: the time of a step does not
 * depend on them). */
static const double LR = 1e-4, WEIGHT_DECAY = 0.0, GRAD_CLIP = 1.0, BIAS1 = 0.1, BIAS2 = 0.05;

static json_t *int_array(const int32_t *v, int64_t n) {
  json_t *a = json_array();
  for (int64_t i = 0; i < n; i++) json_array_append_new(a, json_integer(v[i]));
  return a;
}

/* Writes dir/weights.safetensors: every parameter as the runtime holds it. */
static int write_weights(g23_runtime_t *rt, const g23_plan_t *p, const char *dir) {
  g23_st_tensor_t *st = g23_xcalloc((size_t)p->ntensors, sizeof *st);
  int n = 0, rc = 0;
  for (int i = 0; i < p->ntensors && rc == 0; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != -1 || t->role != G23_ROLE_PARAM) continue;
    void *buf = g23_xmalloc((size_t)t->nbytes);
    rc = g23_runtime_read(rt, t->name, -1, buf, (size_t)t->nbytes);
    st[n].name = (char *)t->name;
    strcpy(st[n].dtype, "F32");
    st[n].rank = t->rank;
    memcpy(st[n].shape, t->shape, sizeof st[n].shape);
    st[n].data = buf;
    st[n].nbytes = t->nbytes;
    n++;
  }
  char err[1024];
  char *path = g23_xasprintf("%s/weights.safetensors", dir);
  if (rc == 0 && g23_st_write(path, st, n, err, sizeof err) != 0) {
    fprintf(stderr, "bench_train: %s\n", err);
    rc = -1;
  }
  for (int i = 0; i < n; i++) free((void *)st[i].data);
  free(st);
  free(path);
  return rc;
}

/* Writes dir/step.json after the first step (see the top of the file). */
static int write_step(g23_runtime_t *rt, const g23_plan_t *p, const char *dir, double loss) {
  json_t *root = json_object(), *hp = json_object(), *params = json_array();
  json_object_set_new(root, "model", json_string(p->model_name ? p->model_name : ""));
  for (int i = 0; i < p->nhparams; i++) json_object_set_new(hp, p->hparams[i].name, json_real(p->hparams[i].value));
  json_object_set_new(root, "hparams", hp);
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != -1 || t->role != G23_ROLE_PARAM) continue;
    json_t *shape = json_array();
    for (int k = 0; k < t->rank; k++) json_array_append_new(shape, json_integer(t->shape[k]));
    json_array_append_new(params, json_pack("{s:s, s:o, s:b}", "name", t->name, "shape", shape, "decay",
                                            !t->no_decay));
  }
  json_object_set_new(root, "params", params);
  json_object_set_new(root, "adamw", json_pack("{s:f, s:f, s:f, s:f, s:f, s:f, s:f}", "lr", LR, "beta1",
                                               p->adamw.beta1, "beta2", p->adamw.beta2, "eps", p->adamw.eps, "weight_decay",
                                               WEIGHT_DECAY, "grad_clip", GRAD_CLIP, "bias1", BIAS1));
  int rc = 0;
  const int G = G23_GRAPH_TRAIN;
  for (int i = 0; i < p->ntensors && rc == 0; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != G || (t->role != G23_ROLE_INPUT && t->role != G23_ROLE_TARGET) || t->dtype != G23_I32)
      continue;
    int32_t *v = g23_xmalloc((size_t)t->nbytes);
    rc = g23_runtime_read(rt, t->name, G, v, (size_t)t->nbytes);
    json_object_set_new(root, t->role == G23_ROLE_INPUT ? "tokens" : "targets", int_array(v, t->nbytes / 4));
    free(v);
  }
  json_object_set_new(root, "batch", json_integer(p->batch));
  json_object_set_new(root, "seq", json_integer(p->seq));
  json_object_set_new(root, "loss", json_real(loss));
  char *path = g23_xasprintf("%s/step.json", dir);
  if (rc == 0 && json_dump_file(root, path, JSON_COMPACT) != 0) {
    fprintf(stderr, "bench_train: cannot write %s\n", path);
    rc = -1;
  }
  free(path);
  json_decref(root);
  return rc;
}

int main(int argc, char **argv) {
  const char *path = NULL;
  const char *reference = NULL;
  bool json = false;
  int steps = 10, threads = 0, profile = 0, decode = 64, matmuls = 0, greedy_n = 0, prompt_len = 16;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--steps") && i + 1 < argc) steps = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--threads") && i + 1 < argc) threads = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--profile") && i + 1 < argc) profile = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--decode") && i + 1 < argc) decode = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--matmuls") && i + 1 < argc) matmuls = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--reference") && i + 1 < argc) reference = argv[++i];
    else if (!strcmp(argv[i], "--greedy") && i + 1 < argc) greedy_n = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--prompt-len") && i + 1 < argc) prompt_len = atoi(argv[++i]);
    else if (!strcmp(argv[i], "--json")) json = true;
    else if (!strcmp(argv[i], "--cpu-time")) cpu_time = true;
    else if (argv[i][0] != '-' && !path) path = argv[i];
    else {
      fprintf(stderr, "usage: bench_train PLAN [--steps N] [--threads N] [--profile N] [--decode N] [--matmuls N] [--cpu-time] [--reference DIR] [--json] [--greedy N [--prompt-len N]]\n");
      return 2;
    }
  }
  if (!path || steps < 1) {
    fprintf(stderr, "usage: bench_train PLAN [--steps N] [--threads N] [--profile N] [--decode N] [--matmuls N] [--cpu-time] [--reference DIR] [--json] [--greedy N [--prompt-len N]]\n");
    return 2;
  }
  char err[1024];
  g23_plan_t plan;
  if (g23_plan_load(path, &plan, err, sizeof err)) {
    fprintf(stderr, "bench_train: %s\n", err);
    return 1;
  }
  g23_runtime_opts_t o = {.device = "cpu", .threads = threads, .profile = profile > 0 || matmuls > 0,
                            .profile_cpu = cpu_time};
  g23_runtime_t *rt;
  if (g23_runtime_open(&rt, &plan, &o, err, sizeof err)) {
    fprintf(stderr, "bench_train: %s\n", err);
    return 1;
  }
  g23_runtime_init_params(rt, 1);
  if (greedy_n > 0) {
    int rc = greedy(rt, &plan, greedy_n, prompt_len, json);
    g23_runtime_close(rt);
    g23_plan_free(&plan);
    return rc ? 1 : 0;
  }
  int64_t nparams = 0;
  for (int i = 0; i < plan.ntensors; i++)
    if (plan.tensors[i].role == G23_ROLE_PARAM) nparams += plan.tensors[i].nbytes / 4;
  double L = g23_plan_hparam(&plan, "n_layer", 0), C = g23_plan_hparam(&plan, "d_model", 0);
  double T = (double)plan.seq, tokens = (double)(plan.batch * plan.seq);
  double flops = 6.0 * (double)nparams * tokens + 6.0 * L * T * C * tokens;

  uint64_t seed = 42;
  const int G = G23_GRAPH_TRAIN;
  g23_runtime_set_scalar(rt, G, "lr", LR);
  g23_runtime_set_scalar(rt, G, "weight_decay", WEIGHT_DECAY);
  g23_runtime_set_scalar(rt, G, "grad_clip", GRAD_CLIP);
  g23_runtime_set_scalar(rt, G, "bias1", BIAS1);
  g23_runtime_set_scalar(rt, G, "bias2", BIAS2);
  if (g23_plan_find(&plan, "seed", G)) g23_runtime_set_scalar(rt, G, "seed", 1);
  if (g23_plan_find(&plan, "pos", G)) g23_runtime_set_scalar(rt, G, "pos", 0);
  if (fill_inputs(rt, &plan, G, &seed)) {
    fprintf(stderr, "bench_train: %s\n", g23_runtime_error(rt));
    return 1;
  }
  if (reference && write_weights(rt, &plan, reference) != 0) return 1;
  if (g23_runtime_run(rt, G, err, sizeof err)) { /* warm-up */
    fprintf(stderr, "bench_train: %s\n", err);
    return 1;
  }
  float loss0 = 0;
  g23_runtime_read(rt, "loss", G, &loss0, sizeof loss0);
  if (reference && write_step(rt, &plan, reference, loss0) != 0) return 1;
  double best = 1e30, sum = 0, cpu_sum = 0;
  for (int s = 0; s < steps; s++) {
    double c0 = process_cpu_s();
    double t0 = g23_bench_now();
    if (g23_runtime_run(rt, G, err, sizeof err)) {
      fprintf(stderr, "bench_train: %s\n", err);
      return 1;
    }
    double dt = g23_bench_now() - t0;
    cpu_sum += process_cpu_s() - c0;
    sum += dt;
    if (dt < best) best = dt;
  }
  double mean = sum / steps;
  long m = (long)(plan.batch * plan.seq), k = (long)C, n = (long)(4 * C);
  double ceiling = sgemm_gflops(m > 0 ? m : 1024, n > 0 ? n : 1024, k > 0 ? k : 1024, 2.0);
  if (json) {
    json_t *r = json_pack("{s:s, s:I, s:I, s:I, s:f, s:f, s:f, s:f, s:f, s:f, s:s, s:s, s:f}", "model", plan.model_name,
                          "params", (json_int_t)nparams, "batch", (json_int_t)plan.batch, "seq",
                          (json_int_t)plan.seq, "ms_mean", 1e3 * mean, "ms_best", 1e3 * best,
                          "cpu_ms", 1e3 * cpu_sum / steps, "tokens_per_s",
                          tokens / mean, "gflops", flops / mean / 1e9, "sgemm_gflops", ceiling, "blas_core",
                          g23_blas_corename(), "blas", g23_blas_describe(), "loss", (double)loss0);
    json_dumpf(r, stdout, JSON_COMPACT);
    putchar('\n');
    json_decref(r);
    g23_runtime_close(rt);
    g23_plan_free(&plan);
    return 0;
  }
  printf("model: %s, %" PRId64 " parameters, batch %" PRId64 " x seq %" PRId64 "\n", plan.model_name, nparams,
         plan.batch, plan.seq);
  printf("train step: %.1f ms mean, %.1f ms best over %d steps; %.0f tokens/s; %.1f ms of CPU time (all threads)\n",
         1e3 * mean, 1e3 * best, steps, tokens / mean, 1e3 * cpu_sum / steps);
  printf("achieved: %.1f GFLOP/s (%.2f GFLOP per step: 6*P*tokens + 6*L*T*C*tokens)\n", flops / mean / 1e9,
         flops / 1e9);
  printf("sgemm ceiling (%ldx%ldx%ld, %s): %.1f GFLOP/s\n", m, n, k, g23_blas_describe(), ceiling);
  printf("ratio: %.1f%% of sgemm\n", 100.0 * flops / mean / 1e9 / ceiling);

  if (decode > 0 && plan.has_graph[G23_GRAPH_DECODE] && plan.has_graph[G23_GRAPH_PREFILL]) {
    const int D = G23_GRAPH_DECODE;
    if (decode > plan.max_seq) decode = (int)plan.max_seq;
    double t0 = g23_bench_now();
    for (int pos = 0; pos < decode; pos++) {
      g23_runtime_set_scalar(rt, D, "pos", pos);
      if (fill_inputs(rt, &plan, D, &seed) || g23_runtime_run(rt, D, err, sizeof err)) {
        fprintf(stderr, "bench_train: decode: %s\n", err);
        return 1;
      }
    }
    double dt = g23_bench_now() - t0;
    printf("decode (batch 1, KV cache): %d tokens in %.3f s: %.1f tokens/s\n", decode, dt, decode / dt);
  }
  if (matmuls > 0 && matmuls_table(rt, &plan, matmuls) != 0) return 1;
  if (profile > 0) g23_runtime_profile_print(rt, stdout, profile);
  g23_runtime_close(rt);
  g23_plan_free(&plan);
  return 0;
}
