/* check_model.c: a whole model through every stage, checked against the
 * float64 evaluator.
 *
 *   check-model [-d DEVICE] [-I DIR]... [-D NAME=VALUE]... MODEL.net
 *
 * front end -> pass pipeline -> plan -> plan.bin bytes -> parsed plan ->
 * CPU runtime.  For every graph of the plan (train, eval, prefill, decode),
 * every leaf (parameters, optimizer state, KV caches, inputs, targets, run-
 * time scalars) gets random values (token ids within the vocabulary, AdamW's
 * second moments non-negative, "pos" inside the cache), the same values go
 * to the runtime and to g23_eval on the module's graph after the pipeline
 * (the very IR the plan was generated from), the graph runs, and every
 * output and every in-place update (parameters and moments after AdamW, KV
 * caches after the write) is compared.
 *
 * Then, for a model with incremental decoding: the logits of prefill over
 * max_seq tokens, row t, must equal the logits of decode at pos = t after
 * decode was fed tokens 0..t one at a time from an empty cache.
 *
 * Tolerance: |got - want| <= RTOL |want| + ATOL max(1, max |want|) with
 * RTOL = 1e-4, ATOL = 1e-5.  The runtime computes in float32 (unit roundoff
 * 6e-8) through a few dozen dependent roundings per value at these sizes;
 * sums (matmuls, reductions, gradients of shared weights) lose accuracy in
 * proportion to the magnitude of their terms, not of their result, so the
 * absolute part is scaled by the tensor's own magnitude.  An error in any
 * kernel (a wrong index, a missed term, a wrong mask) is orders of magnitude
 * larger.
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "passes/passes.h"
#include "runtime/runtime.h"

#define RTOL 1e-4
#define ATOL 1e-5

static int failures;
static int nchecked;

typedef struct {
  uint64_t s;
} rng_t;
static uint64_t rng_next(rng_t *r) {
  uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}
static double rng_uniform(rng_t *r) { return (double)(rng_next(r) >> 11) * 0x1.0p-53; }
static int64_t rng_below(rng_t *r, int64_t n) { return n > 0 ? (int64_t)(rng_next(r) % (uint64_t)n) : 0; }

/* ---- host <-> runtime values ---------------------------------------------- */

static float bf16_to_f32(uint16_t h) {
  uint32_t u = (uint32_t)h << 16;
  float f;
  memcpy(&f, &u, 4);
  return f;
}
static float f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000) << 16, e = (h >> 10) & 0x1f, m = h & 0x3ff;
  float v;
  if (e == 0)
    v = ldexpf((float)m, -24);
  else if (e == 31)
    v = m ? NAN : INFINITY;
  else
    v = ldexpf((float)(m | 0x400), (int)e - 25);
  return sign ? -v : v;
}

/* Values as the tensor's dtype stores them: vals are rounded in place to what
 * the runtime will hold, so the evaluator sees exactly the same numbers. */
static void *pack(const g23_plan_tensor_t *t, double *vals, int64_t n) {
  void *buf = g23_xmalloc((size_t)t->nbytes);
  for (int64_t i = 0; i < n; i++) {
    switch (t->dtype) {
    case G23_F32:
      ((float *)buf)[i] = (float)vals[i];
      vals[i] = ((float *)buf)[i];
      break;
    case G23_I32:
      ((int32_t *)buf)[i] = (int32_t)vals[i];
      vals[i] = ((int32_t *)buf)[i];
      break;
    case G23_BF16: {
      float f = (float)vals[i];
      uint32_t u;
      memcpy(&u, &f, 4);
      ((uint16_t *)buf)[i] = (uint16_t)(u >> 16); /* truncation: exact either way */
      vals[i] = bf16_to_f32(((uint16_t *)buf)[i]);
      break;
    }
    default: /* F16: small values keep their float32 bits only roughly: zero */
      ((uint16_t *)buf)[i] = 0;
      vals[i] = 0;
      break;
    }
  }
  return buf;
}

static double *unpack(const g23_plan_tensor_t *t, const void *buf, int64_t n) {
  double *v = g23_xmalloc((size_t)n * sizeof *v);
  for (int64_t i = 0; i < n; i++) {
    switch (t->dtype) {
    case G23_F32: v[i] = ((const float *)buf)[i]; break;
    case G23_I32: v[i] = ((const int32_t *)buf)[i]; break;
    case G23_BF16: v[i] = bf16_to_f32(((const uint16_t *)buf)[i]); break;
    default: v[i] = f16_to_f32(((const uint16_t *)buf)[i]); break;
    }
  }
  return v;
}

/* ---- the leaves ------------------------------------------------------------ */

typedef struct {
  const g23_module_t *m;
  const g23_plan_t *plan;
  g23_runtime_t *rt;
  rng_t rng;
} ctx_t;

static bool starts(const char *s, const char *prefix) { return s && strncmp(s, prefix, strlen(prefix)) == 0; }

/* The plan tensor behind leaf n of graph g. */
static const g23_plan_tensor_t *leaf_tensor(const ctx_t *c, const g23_node_t *n, int g) {
  if (!n->name) return NULL;
  if (n->op == G23_OP_INPUT) {
    const g23_plan_tensor_t *t = g23_plan_find(c->plan, n->name, g);
    return t ? t : g23_plan_find(c->plan, n->name, -1);
  }
  return g23_plan_find(c->plan, n->name, -1);
}

/* A run-time scalar's value: AdamW's at step 1, the rest plausible. */
static double scalar_value(ctx_t *c, const g23_node_t *n, int g, int64_t pos) {
  const char *s = n->name;
  if (!strcmp(s, "lr")) return 0.01;
  if (!strcmp(s, "weight_decay")) return 0.1;
  if (!strcmp(s, "grad_clip")) return 1.0;
  if (!strcmp(s, "bias1")) return 1 - 0.9;
  if (!strcmp(s, "bias2")) return 1 - 0.95;
  if (!strcmp(s, "seed")) return 12345;
  if (!strcmp(s, "step")) return 1;
  if (!strcmp(s, "pos")) return (double)pos;
  return n->dtype == G23_I32 ? 1 : 0.5;
}

/* Fills the n values of leaf node nd (numel n) of graph g. */
static void leaf_values(ctx_t *c, const g23_node_t *nd, int g, int64_t pos, double *v, int64_t n) {
  if (nd->op == G23_OP_INPUT && nd->role == G23_ROLE_SCALAR) {
    for (int64_t i = 0; i < n; i++) v[i] = scalar_value(c, nd, g, pos);
    return;
  }
  if (nd->op == G23_OP_INPUT && nd->dtype == G23_I32) { /* token ids, targets, class labels */
    for (int64_t i = 0; i < n; i++) v[i] = (double)rng_below(&c->rng, c->m->vocab);
    return;
  }
  for (int64_t i = 0; i < n; i++) {
    double u = 2 * rng_uniform(&c->rng) - 1; /* [-1, 1) */
    double x;
    if (starts(nd->name, "adam_v:"))
      x = 1e-4 * (u + 1.5); /* a second moment: positive */
    else if (starts(nd->name, "adam_m:"))
      x = 1e-2 * u;
    else if (nd->op == G23_OP_PARAM && nd->init == G23_INIT_ONES)
      x = 1 + 0.1 * u;
    else if (nd->op == G23_OP_PARAM && nd->init == G23_INIT_ALIBI)
      x = exp2(-8.0 * (double)(i + 1) / (double)n);
    else if (nd->op == G23_OP_PARAM && nd->init == G23_INIT_CONST)
      x = nd->init_arg;
    else if (nd->op == G23_OP_PARAM)
      x = 0.3 * u;
    else
      x = 0.5 * u;
    v[i] = x;
  }
}

/* Gives every leaf of graph g a value, in the evaluator and the runtime. */
static int set_leaves(ctx_t *c, const g23_graph_t *gr, int g, int64_t pos, g23_eval_t *ev) {
  ev->n = gr->n;
  ev->values = g23_xcalloc((size_t)gr->n, sizeof *ev->values);
  for (int i = 0; i < gr->n; i++) {
    const g23_node_t *nd = &gr->nodes[i];
    if (nd->op != G23_OP_INPUT && nd->op != G23_OP_PARAM && nd->op != G23_OP_STATE) continue;
    int64_t n = g23_numel(nd);
    double *v = g23_xmalloc((size_t)n * sizeof *v);
    leaf_values(c, nd, g, pos, v, n);
    const g23_plan_tensor_t *t = leaf_tensor(c, nd, g);
    if (!t) {
      fprintf(stderr, "%s: leaf %%%d \"%s\" has no tensor in the plan\n", g23_graph_kind_name(g), i,
              nd->name ? nd->name : "");
      failures++;
      ev->values[i] = v;
      continue;
    }
    if (t->nbytes != n * g23_dtype_size(t->dtype)) {
      fprintf(stderr, "%s: leaf \"%s\": plan tensor of %" PRId64 " bytes for %" PRId64 " elements\n",
              g23_graph_kind_name(g), nd->name, t->nbytes, n);
      failures++;
      ev->values[i] = v;
      continue;
    }
    void *buf = pack(t, v, n);
    if (g23_runtime_write(c->rt, t->name, t->graph, buf, (size_t)t->nbytes) != 0) {
      fprintf(stderr, "write %s: %s\n", t->name, g23_runtime_error(c->rt));
      failures++;
    }
    free(buf);
    ev->values[i] = v;
  }
  return 0;
}

/* Compares the runtime's tensor t with want; reports and counts. */
static void compare(ctx_t *c, const char *graph, const char *what, const g23_plan_tensor_t *t, const double *want,
                    int64_t n) {
  void *buf = g23_xmalloc((size_t)t->nbytes);
  if (g23_runtime_read(c->rt, t->name, t->graph, buf, (size_t)t->nbytes) != 0) {
    fprintf(stderr, "%s: read %s: %s\n", graph, t->name, g23_runtime_error(c->rt));
    failures++;
    free(buf);
    return;
  }
  double *got = unpack(t, buf, n);
  free(buf);
  double scale = 1;
  for (int64_t i = 0; i < n; i++) scale = fmax(scale, fabs(want[i]));
  int bad = 0;
  double worst = 0;
  for (int64_t i = 0; i < n; i++) {
    double err = fabs(got[i] - want[i]), tol = RTOL * fabs(want[i]) + ATOL * scale;
    if (!(err <= tol)) { /* NaN fails too */
      if (bad < 4)
        fprintf(stderr, "%s: %s %s[%" PRId64 "]: runtime %.9g, float64 %.9g (error %.3g, tolerance %.3g)\n", graph,
                what, t->name, i, got[i], want[i], err, tol);
      bad++;
    }
    if (err / (fabs(want[i]) + scale * ATOL / RTOL) > worst) worst = err / (fabs(want[i]) + scale * ATOL / RTOL);
  }
  if (bad) {
    fprintf(stderr, "%s: %s %s: %d of %" PRId64 " values differ\n", graph, what, t->name, bad, n);
    failures++;
  }
  nchecked++;
  free(got);
}

/* The root leaf an in-place op writes (through views). */
static int inplace_root(const g23_graph_t *gr, int id) {
  while (g23_ops[gr->nodes[id].op].cls == G23_CLASS_VIEW) id = gr->nodes[id].in[0];
  return id;
}

static void check_graph(ctx_t *c, int g) {
  const g23_graph_t *gr = &c->m->graphs[g];
  const char *gname = g23_graph_kind_name(g);
  int before = failures, checked = nchecked;
  g23_eval_t ev = {0};
  int64_t pos = g == G23_GRAPH_DECODE && c->m->max_seq > 1 ? rng_below(&c->rng, c->m->max_seq) : 0;
  set_leaves(c, gr, g, pos, &ev);
  char err[1024];
  if (g23_runtime_run(c->rt, g, err, sizeof err) != 0) {
    fprintf(stderr, "%s: run: %s\n", gname, err);
    failures++;
    g23_eval_free(&ev);
    return;
  }
  if (g23_eval(gr, &ev) != 0) {
    fprintf(stderr, "%s: the float64 evaluator failed\n", gname);
    failures++;
    g23_eval_free(&ev);
    return;
  }
  bool *done = g23_xcalloc((size_t)gr->n, 1);
  for (int i = 0; i < gr->n; i++) {
    const g23_node_t *nd = &gr->nodes[i];
    if (nd->role == G23_ROLE_OUTPUT && nd->name) {
      const g23_plan_tensor_t *t = g23_plan_find(c->plan, nd->name, g);
      if (!t) {
        fprintf(stderr, "%s: output \"%s\" has no tensor in the plan\n", gname, nd->name);
        failures++;
      } else {
        compare(c, gname, "output", t, ev.values[i], g23_numel(nd));
      }
    }
    if (g23_ops[nd->op].flags & G23_F_INPLACE) {
      int root = inplace_root(gr, nd->in[0]);
      if (done[root]) continue;
      done[root] = true;
      const g23_node_t *leaf = &gr->nodes[root];
      const g23_plan_tensor_t *t = leaf_tensor(c, leaf, g);
      if (!t) {
        fprintf(stderr, "%s: updated \"%s\" has no tensor in the plan\n", gname, leaf->name ? leaf->name : "?");
        failures++;
      } else {
        compare(c, gname, "update of", t, ev.values[root], g23_numel(leaf));
      }
    }
  }
  free(done);
  g23_eval_free(&ev);
  printf("%-8s %3d launches, %d tensors compared%s\n", gname, c->plan->graphs[g].nlaunch, nchecked - checked,
         failures == before ? "" : "  FAILED");
}

/* ---- prefill vs decode ----------------------------------------------------- */

/* Writes random parameters and zero state for every persistent tensor. */
static void fresh_state(ctx_t *c) {
  for (int i = 0; i < c->plan->ntensors; i++) {
    const g23_plan_tensor_t *t = &c->plan->tensors[i];
    if (t->graph != -1) continue;
    int64_t n = t->nbytes / g23_dtype_size(t->dtype);
    double *v = g23_xcalloc((size_t)n, sizeof *v);
    if (t->role == G23_ROLE_PARAM) {
      g23_node_t fake = {.op = G23_OP_PARAM, .name = t->name, .init = t->init, .init_arg = t->init_arg};
      leaf_values(c, &fake, -1, 0, v, n);
    }
    void *buf = pack(t, v, n);
    g23_runtime_write(c->rt, t->name, -1, buf, (size_t)t->nbytes);
    free(buf);
    free(v);
  }
}

/* Zeroes the persistent state; with keep_hoisted, the values PREFILL
 * computed for DECODE from the fixed inputs stay (hoist.c). */
static void zero_caches(ctx_t *c, bool keep_hoisted) {
  for (int i = 0; i < c->plan->ntensors; i++) {
    const g23_plan_tensor_t *t = &c->plan->tensors[i];
    if (t->graph != -1 || t->role == G23_ROLE_PARAM || (keep_hoisted && t->role == G23_ROLE_HOISTED)) continue;
    void *z = g23_xcalloc(1, (size_t)t->nbytes);
    g23_runtime_write(c->rt, t->name, -1, z, (size_t)t->nbytes);
    free(z);
  }
}

/* Is the INPUT nd of graph g one that keeps its shape in PREFILL and
 * DECODE, i.e. does not carry the sequence? */
static bool fixed_input(ctx_t *c, const g23_node_t *nd) {
  const g23_graph_t *pg = &c->m->graphs[G23_GRAPH_PREFILL], *dg = &c->m->graphs[G23_GRAPH_DECODE];
  const g23_node_t *a = NULL, *b = NULL;
  for (int i = 0; i < pg->n; i++)
    if (pg->nodes[i].op == G23_OP_INPUT && pg->nodes[i].name && !strcmp(pg->nodes[i].name, nd->name)) a = &pg->nodes[i];
  for (int i = 0; i < dg->n; i++)
    if (dg->nodes[i].op == G23_OP_INPUT && dg->nodes[i].name && !strcmp(dg->nodes[i].name, nd->name)) b = &dg->nodes[i];
  return a && b && a->rank == b->rank && !memcmp(a->shape, b->shape, (size_t)a->rank * sizeof *a->shape);
}

/* Sets graph g's inputs: the i32 INPUT that carries the sequence gets toks
 * (ntok of them), the other i32 inputs tokens fixed for the whole check
 * (drawn from their name), scalars their defaults with pos. */
static int set_inputs(ctx_t *c, int g, const int32_t *toks, int64_t ntok, int64_t pos) {
  const g23_graph_t *gr = &c->m->graphs[g];
  for (int i = 0; i < gr->n; i++) {
    const g23_node_t *nd = &gr->nodes[i];
    if (nd->op != G23_OP_INPUT || !nd->name) continue;
    if (nd->role == G23_ROLE_INPUT && nd->dtype == G23_I32 && fixed_input(c, nd)) {
      int64_t n = g23_numel(nd);
      int32_t *v = g23_xmalloc((size_t)n * sizeof *v);
      uint64_t s = g23_fnv1a(nd->name, strlen(nd->name), G23_FNV_SEED);
      for (int64_t k = 0; k < n; k++) v[k] = (int32_t)(g23_fnv1a(&k, sizeof k, s) % (uint64_t)c->plan->vocab);
      int rc = g23_runtime_write(c->rt, nd->name, g, v, (size_t)n * 4);
      free(v);
      if (rc != 0) {
        fprintf(stderr, "%s: %s\n", g23_graph_kind_name(g), g23_runtime_error(c->rt));
        return -1;
      }
      continue;
    }
    if (nd->role == G23_ROLE_SCALAR) {
      if (g23_runtime_set_scalar(c->rt, g, nd->name, scalar_value(c, nd, g, pos)) != 0) {
        fprintf(stderr, "%s: %s\n", g23_graph_kind_name(g), g23_runtime_error(c->rt));
        return -1;
      }
    } else if (nd->dtype == G23_I32 && nd->role == G23_ROLE_INPUT) {
      if (g23_numel(nd) != ntok) {
        fprintf(stderr, "%s: input %s has %" PRId64 " elements, expected %" PRId64 "\n", g23_graph_kind_name(g),
                nd->name, g23_numel(nd), ntok);
        return -1;
      }
      if (g23_runtime_write(c->rt, nd->name, g, toks, (size_t)ntok * 4) != 0) {
        fprintf(stderr, "%s: %s\n", g23_graph_kind_name(g), g23_runtime_error(c->rt));
        return -1;
      }
    }
  }
  return 0;
}

static void check_decode(ctx_t *c) {
  const g23_plan_t *p = c->plan;
  if (!p->has_graph[G23_GRAPH_PREFILL] || !p->has_graph[G23_GRAPH_DECODE] || !p->incremental_decode ||
      p->classifier) {
    printf("decode   (no incremental decoding: prefill/decode comparison not applicable)\n");
    return;
  }
  const g23_plan_tensor_t *lp = g23_plan_find(p, "logits", G23_GRAPH_PREFILL);
  const g23_plan_tensor_t *ld = g23_plan_find(p, "logits", G23_GRAPH_DECODE);
  int64_t S = p->max_seq, V = p->vocab;
  if (!lp || !ld || lp->dtype != G23_F32 || ld->dtype != G23_F32 || lp->nbytes != 4 * S * V ||
      ld->nbytes != 4 * V) {
    fprintf(stderr, "decode: logits of prefill [1, %" PRId64 ", %" PRId64 "] and decode [1, 1, %" PRId64
                    "] expected\n", S, V, V);
    failures++;
    return;
  }
  int before = failures;
  fresh_state(c);
  zero_caches(c, false);
  int32_t *toks = g23_xmalloc((size_t)S * sizeof *toks);
  for (int64_t t = 0; t < S; t++) toks[t] = (int32_t)rng_below(&c->rng, V);
  char err[1024];
  float *full = g23_xmalloc((size_t)(S * V) * sizeof *full), *one = g23_xmalloc((size_t)V * sizeof *one);
  if (set_inputs(c, G23_GRAPH_PREFILL, toks, S, 0) || g23_runtime_run(c->rt, G23_GRAPH_PREFILL, err, sizeof err) ||
      g23_runtime_read(c->rt, "logits", G23_GRAPH_PREFILL, full, (size_t)lp->nbytes)) {
    fprintf(stderr, "decode: prefill failed: %s\n", err);
    failures++;
    goto out;
  }
  zero_caches(c, true);
  for (int64_t t = 0; t < S; t++) {
    err[0] = 0;
    if (set_inputs(c, G23_GRAPH_DECODE, &toks[t], 1, t) || g23_runtime_run(c->rt, G23_GRAPH_DECODE, err, sizeof err) ||
        g23_runtime_read(c->rt, "logits", G23_GRAPH_DECODE, one, (size_t)ld->nbytes)) {
      fprintf(stderr, "decode: step %" PRId64 " failed: %s\n", t, err);
      failures++;
      goto out;
    }
    const float *row = full + t * V;
    double scale = 1;
    for (int64_t j = 0; j < V; j++) scale = fmax(scale, fabs(row[j]));
    int bad = 0;
    for (int64_t j = 0; j < V; j++) {
      double e = fabs((double)one[j] - row[j]), tol = RTOL * fabs(row[j]) + ATOL * scale;
      if (!(e <= tol) && bad++ < 3)
        fprintf(stderr, "decode: pos %" PRId64 " logit %" PRId64 ": decode %.9g, prefill %.9g\n", t, j, one[j],
                row[j]);
    }
    if (bad) failures++;
  }
  printf("decode   %" PRId64 " positions match prefill%s\n", S, failures == before ? "" : "  FAILED");
out:
  free(toks);
  free(full);
  free(one);
}

/* ---- main ------------------------------------------------------------------- */

int main(int argc, char **argv) {
  const char *model = NULL, *device = "cpu";
  G23_VEC(const char *) incs = {0};
  G23_VEC(g23_define_t) defs = {0};
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-d") && i + 1 < argc) {
      device = argv[++i];
    } else if (!strcmp(argv[i], "-I") && i + 1 < argc) {
      G23_VEC_PUSH(incs, argv[++i]);
    } else if (!strcmp(argv[i], "-D") && i + 1 < argc) {
      char *eq = strchr(argv[++i], '=');
      if (!eq) {
        fprintf(stderr, "check-model: -D %s: expected NAME=VALUE\n", argv[i]);
        return 2;
      }
      g23_define_t d = {g23_xstrndup(argv[i], (size_t)(eq - argv[i])), g23_xstrdup(eq + 1)};
      G23_VEC_PUSH(defs, d);
    } else if (argv[i][0] != '-' && !model) {
      model = argv[i];
    } else {
      fprintf(stderr, "usage: check-model [-d DEVICE] [-I DIR]... [-D NAME=VALUE]... MODEL.net\n");
      return 2;
    }
  }
  if (!model) {
    fprintf(stderr, "usage: check-model [-d DEVICE] [-I DIR]... [-D NAME=VALUE]... MODEL.net\n");
    return 2;
  }
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_frontend_opts_t fo = {.path = model, .include_dirs = incs.v, .ninclude = incs.n, .defines = defs.v,
                            .ndefines = defs.n};
  g23_module_t m = {0};
  g23_plan_t built = {0}, plan = {0};
  int rc = 1;
  if (g23_frontend(&fo, &d, &m) != 0) {
    fprintf(stderr, "check-model: %s: the front end failed\n", model);
    goto out;
  }
  g23_pipeline_opts_t po = {.adamw = G23_ADAMW_DEFAULTS, .dump_graph = -1, .verify_each = true};
  if (g23_pipeline_run(&m, &po, &d, &built) != 0) {
    fprintf(stderr, "check-model: %s: the pass pipeline failed\n", model);
    goto out;
  }
  /* What the runtime runs is what plan.bin holds, not the in-memory plan. */
  char *bytes, *again, err[1024];
  size_t n, n2;
  g23_plan_serialize(&built, &bytes, &n);
  if (g23_plan_parse(bytes, n, &plan, err, sizeof err) != 0) {
    fprintf(stderr, "check-model: %s: the plan does not load: %s\n", model, err);
    free(bytes);
    goto out;
  }
  g23_plan_serialize(&plan, &again, &n2);
  if (n != n2 || memcmp(bytes, again, n) != 0) {
    fprintf(stderr, "check-model: %s: the plan does not survive serialisation\n", model);
    failures++;
  }
  free(bytes);
  free(again);

  g23_runtime_opts_t ro = {.device = device, .threads = 2};
  ctx_t c = {.m = &m, .plan = &plan, .rng = {0x5eed}};
  if (g23_runtime_open(&c.rt, &plan, &ro, err, sizeof err) != 0) {
    fprintf(stderr, "check-model: %s: %s\n", model, err);
    goto out;
  }
  printf("%s on %s: %d tensors, %d kernels, arena %" PRId64 " bytes\n", model, g23_runtime_device(c.rt),
         plan.ntensors, plan.nkernels, plan.arena_bytes);
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (m.has_graph[g] != plan.has_graph[g]) {
      fprintf(stderr, "graph %s: the module and the plan disagree on its presence\n", g23_graph_kind_name(g));
      failures++;
    }
    if (m.has_graph[g] && plan.has_graph[g]) check_graph(&c, g);
  }
  check_decode(&c);
  g23_runtime_close(c.rt);
  rc = failures ? 1 : 0;
  if (failures) fprintf(stderr, "check-model: %s: %d failures\n", model, failures);
out:
  g23_plan_free(&built);
  g23_plan_free(&plan);
  g23_module_free(&m);
  g23_diag_free(&d);
  for (int i = 0; i < defs.n; i++) {
    free(defs.v[i].name);
    free(defs.v[i].value);
  }
  G23_VEC_FREE(defs);
  G23_VEC_FREE(incs);
  return rc;
}
