/* kernelcheck.c: the plan's kernels against the float64 evaluator.
 *
 * For every graph of the plan (train, eval, prefill, decode), every leaf
 * (parameters, optimizer state, KV caches, inputs, targets, run-time
 * scalars) gets a value (leaves.c; "pos" inside the cache), the same values
 * go to the runtime and to g23_eval on the module's graph after the
 * pipeline (the very IR the plan was generated from), the graph runs, and
 * every output and every in-place update (parameters and moments after
 * AdamW, KV caches after the write) is compared.  Then, for a model with
 * incremental decoding, the logits of prefill over max_seq tokens, row t,
 * must equal the logits of decode at pos = t after decode was fed tokens
 * 0..t one at a time from an empty cache.
 *
 * Tolerance: |got - want| <= RTOL |want| + ATOL max(1, max |want|), printed
 * as the relative error |got - want| / (|want| + max(1, max |want|) ATOL /
 * RTOL), which passes at RTOL or below.  The runtime computes in float32
 * (unit roundoff 6e-8) through a few dozen dependent roundings per value at
 * these sizes; sums (matmuls, reductions, gradients of shared weights) lose
 * accuracy in proportion to the magnitude of their terms, not of their
 * result, so the absolute part is scaled by the tensor's own magnitude.  An
 * error in any kernel (a wrong index, a missed term, a wrong mask) is orders
 * of magnitude larger.  The kernels run in fp32 on every device (bf16 matmul
 * operands would be a deliberate error above this tolerance).
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "runtime/runtime.h"

#define RTOL 1e-4
#define ATOL 1e-5

typedef struct {
  const g23_module_t *m;
  const g23_plan_t *plan;
  g23_runtime_t *rt;
  g23_check_rng_t rng;
  FILE *out;
  int failures; /* of the graph being checked */
  int compared;
  double worst;
} ctx_t;

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
  void *buf = g23_xmalloc((size_t)(t->nbytes ? t->nbytes : 1));
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
  double *v = g23_xmalloc((size_t)(n ? n : 1) * sizeof *v);
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

/* The plan tensor behind leaf n of graph g. */
static const g23_plan_tensor_t *leaf_tensor(const ctx_t *c, const g23_node_t *n, int g) {
  if (!n->name) return NULL;
  if (n->op == G23_OP_INPUT) {
    const g23_plan_tensor_t *t = g23_plan_find(c->plan, n->name, g);
    return t ? t : g23_plan_find(c->plan, n->name, -1);
  }
  return g23_plan_find(c->plan, n->name, -1);
}

/* Gives every leaf of graph g a value, in the evaluator and the runtime. */
static void set_leaves(ctx_t *c, const g23_graph_t *gr, int g, int64_t pos, g23_eval_t *ev) {
  const char *gname = g23_graph_kind_name(g);
  ev->n = gr->n;
  ev->values = g23_xcalloc((size_t)(gr->n ? gr->n : 1), sizeof *ev->values);
  for (int i = 0; i < gr->n; i++) {
    const g23_node_t *nd = &gr->nodes[i];
    if (nd->op != G23_OP_INPUT && nd->op != G23_OP_PARAM && nd->op != G23_OP_STATE) continue;
    int64_t n = g23_numel(nd);
    double *v = g23_xmalloc((size_t)(n ? n : 1) * sizeof *v);
    g23_check_leaf(gr, i, nd, c->m->vocab, pos, &c->rng, v, n);
    ev->values[i] = v;
    const g23_plan_tensor_t *t = leaf_tensor(c, nd, g);
    if (!t) {
      fprintf(stderr, "gpt23c: %s: leaf %%%d \"%s\" has no tensor in the plan\n", gname, i, nd->name ? nd->name : "");
      c->failures++;
      continue;
    }
    if (t->nbytes != n * g23_dtype_size(t->dtype)) {
      fprintf(stderr, "gpt23c: %s: leaf \"%s\": plan tensor of %" PRId64 " bytes for %" PRId64 " elements\n", gname,
              nd->name, t->nbytes, n);
      c->failures++;
      continue;
    }
    void *buf = pack(t, v, n);
    if (g23_runtime_write(c->rt, t->name, t->graph, buf, (size_t)t->nbytes) != 0) {
      fprintf(stderr, "gpt23c: %s: write %s: %s\n", gname, t->name, g23_runtime_error(c->rt));
      c->failures++;
    }
    free(buf);
  }
}

/* Compares the runtime's tensor t with want. */
static void compare(ctx_t *c, const char *graph, const char *what, const g23_plan_tensor_t *t, const double *want,
                    int64_t n) {
  void *buf = g23_xmalloc((size_t)(t->nbytes ? t->nbytes : 1));
  if (g23_runtime_read(c->rt, t->name, t->graph, buf, (size_t)t->nbytes) != 0) {
    fprintf(stderr, "gpt23c: %s: read %s: %s\n", graph, t->name, g23_runtime_error(c->rt));
    c->failures++;
    free(buf);
    return;
  }
  double *got = unpack(t, buf, n);
  free(buf);
  double scale = 1;
  for (int64_t i = 0; i < n; i++) scale = fmax(scale, fabs(want[i]));
  int64_t bad = 0;
  for (int64_t i = 0; i < n; i++) {
    double err = fabs(got[i] - want[i]), rel = err / (fabs(want[i]) + scale * ATOL / RTOL);
    if (!(rel <= RTOL)) { /* NaN fails too */
      if (bad < 4)
        fprintf(stderr, "gpt23c: %s: %s %s[%" PRId64 "]: kernels %.9g, float64 %.9g (error %.3g, tolerance %.3g)\n",
                graph, what, t->name, i, got[i], want[i], err, RTOL * fabs(want[i]) + ATOL * scale);
      bad++;
      rel = isnan(rel) ? INFINITY : rel;
    }
    if (rel > c->worst) c->worst = rel;
  }
  if (bad) {
    fprintf(stderr, "gpt23c: %s: %s %s: %" PRId64 " of %" PRId64 " values differ\n", graph, what, t->name, bad, n);
    c->failures++;
  }
  c->compared++;
  free(got);
}

/* The root leaf an in-place op writes (through views). */
static int inplace_root(const g23_graph_t *gr, int id) {
  while (g23_ops[gr->nodes[id].op].cls == G23_CLASS_VIEW) id = gr->nodes[id].in[0];
  return id;
}

static void report(ctx_t *c, const char *what, const char *detail) {
  fprintf(c->out, "kernels   %-16s %-40s max rel error %.1e  %s\n", what, detail, c->worst,
          c->failures ? "FAIL" : "PASS");
}

static int check_graph(ctx_t *c, int g) {
  const g23_graph_t *gr = &c->m->graphs[g];
  const char *gname = g23_graph_kind_name(g);
  c->failures = c->compared = 0;
  c->worst = 0;
  g23_eval_t ev = {0};
  int64_t pos = g == G23_GRAPH_DECODE && c->m->max_seq > 1 ? g23_check_below(&c->rng, c->m->max_seq) : 0;
  set_leaves(c, gr, g, pos, &ev);
  char err[1024], detail[96];
  if (g23_runtime_run(c->rt, g, err, sizeof err) != 0) {
    fprintf(stderr, "gpt23c: %s: run: %s\n", gname, err);
    c->failures++;
  } else if (g23_eval(gr, &ev) != 0) {
    fprintf(stderr, "gpt23c: %s: the float64 evaluator failed\n", gname);
    c->failures++;
  } else {
    bool *done = g23_xcalloc((size_t)(gr->n ? gr->n : 1), 1);
    for (int i = 0; i < gr->n; i++) {
      const g23_node_t *nd = &gr->nodes[i];
      if (nd->role == G23_ROLE_OUTPUT && nd->name) {
        const g23_plan_tensor_t *t = g23_plan_find(c->plan, nd->name, g);
        if (!t) {
          fprintf(stderr, "gpt23c: %s: output \"%s\" has no tensor in the plan\n", gname, nd->name);
          c->failures++;
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
          fprintf(stderr, "gpt23c: %s: updated \"%s\" has no tensor in the plan\n", gname,
                  leaf->name ? leaf->name : "?");
          c->failures++;
        } else {
          compare(c, gname, "update of", t, ev.values[root], g23_numel(leaf));
        }
      }
    }
    free(done);
  }
  g23_eval_free(&ev);
  snprintf(detail, sizeof detail, "%d launches, %d tensors compared", c->plan->graphs[g].nlaunch, c->compared);
  report(c, gname, detail);
  return c->failures ? 1 : 0;
}

/* ---- prefill vs decode ----------------------------------------------------- */

/* Writes fresh parameters and zero state for every persistent tensor. */
static void fresh_state(ctx_t *c) {
  for (int i = 0; i < c->plan->ntensors; i++) {
    const g23_plan_tensor_t *t = &c->plan->tensors[i];
    if (t->graph != -1) continue;
    int64_t n = t->nbytes / g23_dtype_size(t->dtype);
    double *v = g23_xcalloc((size_t)(n ? n : 1), sizeof *v);
    if (t->role == G23_ROLE_PARAM) {
      g23_node_t fake = {.op = G23_OP_PARAM, .name = t->name, .init = t->init, .init_arg = t->init_arg};
      g23_check_leaf(NULL, -1, &fake, c->m->vocab, 0, &c->rng, v, n);
    }
    void *buf = pack(t, v, n);
    g23_runtime_write(c->rt, t->name, -1, buf, (size_t)t->nbytes);
    free(buf);
    free(v);
  }
}

/* Zeroes the persistent state; with keep_hoisted, the values PREFILL
 * computed for DECODE from the inputs that stay fixed (passes/hoist.c),
 * which DECODE needs, stay. */
static void zero_caches(ctx_t *c, bool keep_hoisted) {
  for (int i = 0; i < c->plan->ntensors; i++) {
    const g23_plan_tensor_t *t = &c->plan->tensors[i];
    if (t->graph != -1 || t->role == G23_ROLE_PARAM || (keep_hoisted && t->role == G23_ROLE_HOISTED)) continue;
    void *z = g23_xcalloc(1, (size_t)(t->nbytes ? t->nbytes : 1));
    g23_runtime_write(c->rt, t->name, -1, z, (size_t)t->nbytes);
    free(z);
  }
}

/* Sets graph g's inputs: the i32 INPUT that carries the sequence gets toks
 * (ntok of them); an input without the seq dim (a source, a context) the
 * same tokens at every step of the check, drawn from its name below the
 * rows of the table it indexes; scalars their values with pos. */
static int set_inputs(ctx_t *c, int g, const int32_t *toks, int64_t ntok, int64_t pos) {
  const g23_graph_t *gr = &c->m->graphs[g];
  const char *gname = g23_graph_kind_name(g);
  for (int i = 0; i < gr->n; i++) {
    const g23_node_t *nd = &gr->nodes[i];
    if (nd->op != G23_OP_INPUT || !nd->name) continue;
    if (nd->role == G23_ROLE_SCALAR) {
      if (g23_runtime_set_scalar(c->rt, g, nd->name, g23_check_scalar(nd->name, nd->dtype, pos)) != 0) {
        fprintf(stderr, "gpt23c: %s: %s\n", gname, g23_runtime_error(c->rt));
        return -1;
      }
    } else if (nd->dtype == G23_I32 && nd->role == G23_ROLE_INPUT && nd->seq_axis < 0) {
      int64_t n = g23_numel(nd), bound = g23_index_bound(gr, i);
      if (bound <= 0) bound = c->m->vocab;
      int32_t *v = g23_xmalloc((size_t)n * sizeof *v);
      uint64_t h = g23_fnv1a(nd->name, strlen(nd->name), G23_FNV_SEED);
      for (int64_t k = 0; k < n; k++) v[k] = (int32_t)(g23_fnv1a(&k, sizeof k, h) % (uint64_t)bound);
      int rc = g23_runtime_write(c->rt, nd->name, g, v, (size_t)n * 4);
      free(v);
      if (rc != 0) {
        fprintf(stderr, "gpt23c: %s: %s\n", gname, g23_runtime_error(c->rt));
        return -1;
      }
    } else if (nd->dtype == G23_I32 && nd->role == G23_ROLE_INPUT) {
      if (g23_numel(nd) != ntok) {
        fprintf(stderr, "gpt23c: %s: input %s has %" PRId64 " elements, expected %" PRId64 "\n", gname, nd->name,
                g23_numel(nd), ntok);
        return -1;
      }
      if (g23_runtime_write(c->rt, nd->name, g, toks, (size_t)ntok * 4) != 0) {
        fprintf(stderr, "gpt23c: %s: %s\n", gname, g23_runtime_error(c->rt));
        return -1;
      }
    }
  }
  return 0;
}

static int check_decode(ctx_t *c) {
  const g23_plan_t *p = c->plan;
  if (!p->has_graph[G23_GRAPH_PREFILL] || !p->has_graph[G23_GRAPH_DECODE] || !p->incremental_decode ||
      p->classifier) {
    fprintf(c->out, "kernels   %-16s not applicable (no incremental decoding)\n", "decode/prefill");
    return 0;
  }
  c->failures = c->compared = 0;
  c->worst = 0;
  const g23_plan_tensor_t *lp = g23_plan_find(p, "logits", G23_GRAPH_PREFILL);
  const g23_plan_tensor_t *ld = g23_plan_find(p, "logits", G23_GRAPH_DECODE);
  int64_t S = p->max_seq, V = p->vocab;
  char detail[96];
  if (!lp || !ld || lp->dtype != G23_F32 || ld->dtype != G23_F32 || lp->nbytes != 4 * S * V || ld->nbytes != 4 * V) {
    fprintf(stderr, "gpt23c: decode: logits of prefill [1, %" PRId64 ", %" PRId64 "] and decode [1, 1, %" PRId64
                    "] expected\n", S, V, V);
    c->failures++;
    report(c, "decode/prefill", "logits of unexpected shapes");
    return 1;
  }
  fresh_state(c);
  zero_caches(c, false);
  int32_t *toks = g23_xmalloc((size_t)S * sizeof *toks);
  for (int64_t t = 0; t < S; t++) toks[t] = (int32_t)g23_check_below(&c->rng, V);
  char err[1024] = "";
  float *full = g23_xmalloc((size_t)(S * V) * sizeof *full), *one = g23_xmalloc((size_t)V * sizeof *one);
  int64_t t = 0;
  if (set_inputs(c, G23_GRAPH_PREFILL, toks, S, 0) || g23_runtime_run(c->rt, G23_GRAPH_PREFILL, err, sizeof err) ||
      g23_runtime_read(c->rt, "logits", G23_GRAPH_PREFILL, full, (size_t)lp->nbytes)) {
    fprintf(stderr, "gpt23c: decode: prefill failed: %s\n", err);
    c->failures++;
    goto out;
  }
  zero_caches(c, true);
  for (; t < S; t++) {
    err[0] = 0;
    if (set_inputs(c, G23_GRAPH_DECODE, &toks[t], 1, t) || g23_runtime_run(c->rt, G23_GRAPH_DECODE, err, sizeof err) ||
        g23_runtime_read(c->rt, "logits", G23_GRAPH_DECODE, one, (size_t)ld->nbytes)) {
      fprintf(stderr, "gpt23c: decode: step %" PRId64 " failed: %s\n", t, err);
      c->failures++;
      goto out;
    }
    const float *row = full + t * V;
    double scale = 1;
    for (int64_t j = 0; j < V; j++) scale = fmax(scale, fabs(row[j]));
    int bad = 0;
    for (int64_t j = 0; j < V; j++) {
      double e = fabs((double)one[j] - row[j]), rel = e / (fabs(row[j]) + scale * ATOL / RTOL);
      if (!(rel <= RTOL)) {
        if (bad++ < 3)
          fprintf(stderr, "gpt23c: decode: pos %" PRId64 " logit %" PRId64 ": decode %.9g, prefill %.9g\n", t, j,
                  one[j], row[j]);
        rel = isnan(rel) ? INFINITY : rel;
      }
      if (rel > c->worst) c->worst = rel;
    }
    if (bad) c->failures++;
  }
out:
  snprintf(detail, sizeof detail, "%" PRId64 " of %" PRId64 " positions", t, S);
  report(c, "decode/prefill", detail);
  free(toks);
  free(full);
  free(one);
  return c->failures ? 1 : 0;
}

/* ---- the check -------------------------------------------------------------- */

int g23_check_kernels(const g23_module_t *m, const g23_plan_t *built, const g23_check_opts_t *o) {
  FILE *out = o->out ? o->out : stdout;
  /* What the runtime runs is what plan.bin holds, not the in-memory plan. */
  char *bytes, *again, err[1024];
  size_t n, n2;
  g23_plan_t plan = {0};
  int failures = 0;
  g23_plan_serialize(built, &bytes, &n);
  if (g23_plan_parse(bytes, n, &plan, err, sizeof err) != 0) {
    fprintf(out, "kernels   the plan does not load: %s  FAIL\n", err);
    free(bytes);
    return 1;
  }
  g23_plan_serialize(&plan, &again, &n2);
  if (n != n2 || memcmp(bytes, again, n) != 0) {
    fprintf(out, "kernels   the plan does not survive serialisation  FAIL\n");
    failures++;
  }
  free(bytes);
  free(again);

  g23_runtime_opts_t ro = {.device = o->device ? o->device : "cpu", .threads = o->threads, .precision = "fp32"};
  ctx_t c = {.m = m, .plan = &plan, .rng = {0x5eed}, .out = out};
  if (g23_runtime_open(&c.rt, &plan, &ro, err, sizeof err) != 0) {
    fprintf(out, "kernels   %s  FAIL\n", err);
    g23_plan_free(&plan);
    return failures + 1;
  }
  fprintf(out, "kernels   on %s: %d tensors, %d kernels, arena %" PRId64 " bytes\n", g23_runtime_device(c.rt),
          plan.ntensors, plan.nkernels, plan.arena_bytes);
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (m->has_graph[g] != plan.has_graph[g]) {
      fprintf(out, "kernels   %-16s the module and the plan disagree on its presence  FAIL\n", g23_graph_kind_name(g));
      failures++;
    }
    if (m->has_graph[g] && plan.has_graph[g]) failures += check_graph(&c, g);
  }
  failures += check_decode(&c);
  g23_runtime_close(c.rt);
  g23_plan_free(&plan);
  return failures;
}
