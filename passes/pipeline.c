/* pipeline.c: the ordered list of named passes from forward graphs to a plan.
 *
 *   verify    check the front end's graphs
 *   autodiff  gradients of the train graph's "loss" for every parameter,
 *             then gradient clipping and AdamW as graph ops
 *   simplify  constant folding, identities, CSE, DCE
 *   hoist     what DECODE computes from values fixed for a whole generation
 *             (an encoder over a source input) moves to PREFILL (hoist.c)
 *   fusion    nodes into kernels and matmul launches
 *   memplan   one arena: persistent tensors, then per-graph scratch
 *   codegen   C and CUDA kernel sources, launch lists
 *   distcut   where data-parallel training reduces the gradients (distcut.c)
 *
 * Gradients are named "grad:" + the parameter's name, have role GRAD and
 * live in the persistent region, so the runtime can read them after a step.
 */
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"
#include "passes.h"

typedef struct {
  g23_module_t *m;
  const g23_pipeline_opts_t *o;
  g23_diag_t *d;
  g23_plan_t *plan;
  g23_sched_t sched[G23_GRAPH_COUNT];
  bool fused;
} pctx_t;

typedef int (*pass_fn_t)(pctx_t *c);

static int pass_verify(pctx_t *c) {
  int rc = 0;
  for (int k = 0; k < G23_GRAPH_COUNT; k++)
    if (c->m->has_graph[k] && g23_verify(&c->m->graphs[k], c->d)) rc = -1;
  return rc;
}

/* Gradient node ids must be distinct computed values that nothing else
 * names; otherwise the gradient gets a copy of its own.  taken[id]: id is
 * already an earlier parameter's gradient (ids below n0 only: copies are
 * new nodes, which no gradient autodiff returned can be). */
static int plain_grad(g23_graph_t *g, g23_diag_t *d, int id, const bool *taken, int n0) {
  const g23_node_t *n = &g->nodes[id];
  bool copy = g23_ops[n->op].cls == G23_CLASS_LEAF || g23_ops[n->op].cls == G23_CLASS_VIEW ||
              (g23_ops[n->op].flags & G23_F_INPLACE) || n->role != G23_ROLE_ACT || n->name || (id < n0 && taken[id]);
  if (!copy) return id;
  return g23_unary(g, d, n->loc, G23_OP_CAST, id);
}

static int pass_autodiff(pctx_t *c) {
  if (!c->m->has_graph[G23_GRAPH_TRAIN]) return 0;
  g23_graph_t *g = &c->m->graphs[G23_GRAPH_TRAIN];
  int loss = -1;
  for (int i = 0; i < g->nout; i++) {
    const g23_node_t *n = &g->nodes[g->outputs[i]];
    if (n->name && strcmp(n->name, "loss") == 0) loss = g->outputs[i];
  }
  if (loss < 0) {
    g23_error(c->d, g23_noloc, "the train graph has no output named 'loss'");
    return -1;
  }
  G23_VEC(int) params = {0};
  for (int i = 0; i < g->n; i++)
    if (g->nodes[i].op == G23_OP_PARAM) G23_VEC_PUSH(params, i);
  if (params.n == 0) return 0;
  int *grads = g23_xcalloc(params.n, sizeof *grads);
  int rc = g23_autodiff(g, c->d, loss, params.v, params.n, grads);
  int n0 = g->n;
  bool *taken = g23_xcalloc(n0 ? n0 : 1, sizeof *taken);
  for (int i = 0; i < params.n && rc == 0; i++) {
    int id = plain_grad(g, c->d, grads[i], taken, n0);
    if (id < 0) {
      rc = -1;
      break;
    }
    grads[i] = id;
    if (id < n0) taken[id] = true;
    g23_node_t *n = &g->nodes[id];
    free(n->name);
    n->name = g23_xasprintf("grad:%s", g->nodes[params.v[i]].name);
    n->role = G23_ROLE_GRAD;
  }
  free(taken);
  if (rc == 0) rc = g23_adamw_build(g, c->d, &c->o->adamw, params.v, grads, params.n);
  free(grads);
  G23_VEC_FREE(params);
  return rc;
}

static int pass_simplify(pctx_t *c) {
  for (int k = 0; k < G23_GRAPH_COUNT; k++)
    if (c->m->has_graph[k] && g23_simplify(&c->m->graphs[k], c->d)) return -1;
  return 0;
}

static int pass_hoist(pctx_t *c) {
  int n;
  return g23_hoist(c->m, c->d, &n);
}

static int pass_fusion(pctx_t *c) {
  for (int k = 0; k < G23_GRAPH_COUNT; k++)
    if (c->m->has_graph[k] &&
        g23_fuse(&c->m->graphs[k], &c->sched[k], c->o->no_fusion, c->o->no_epilogue, c->d))
      return -1;
  c->fused = true;
  return 0;
}

static int pass_memplan(pctx_t *c) { return g23_memplan(c->m, c->sched, c->plan, c->d); }

static int pass_codegen(pctx_t *c) { return g23_codegen(c->m, c->sched, c->plan, c->d); }

static int pass_distcut(pctx_t *c) {
  if (!c->m->has_graph[G23_GRAPH_TRAIN]) return 0;
  return g23_distcut(&c->m->graphs[G23_GRAPH_TRAIN], &c->sched[G23_GRAPH_TRAIN], c->plan);
}

static const struct {
  const char *name;
  pass_fn_t fn;
  bool rewrites_ir;
} passes[] = {
    {"verify", pass_verify, false}, {"autodiff", pass_autodiff, true}, {"simplify", pass_simplify, true},
    {"hoist", pass_hoist, true},    {"fusion", pass_fusion, false},    {"memplan", pass_memplan, false},
    {"codegen", pass_codegen, false},  {"distcut", pass_distcut, false},
};
#define NPASSES ((int)(sizeof passes / sizeof *passes))

const char *const *g23_pass_names(int *n) {
  static const char *names[NPASSES];
  for (int i = 0; i < NPASSES; i++) names[i] = passes[i].name;
  *n = NPASSES;
  return names;
}

static void dump(pctx_t *c, int pi, FILE *f) {
  const char *name = passes[pi].name;
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!c->m->has_graph[k] || (c->o->dump_graph >= 0 && c->o->dump_graph != k)) continue;
    const g23_graph_t *g = &c->m->graphs[k];
    fprintf(f, "graph %s after %s {\n", g23_graph_kind_name((g23_graph_kind_t)k), name);
    if (!strcmp(name, "fusion")) {
      g23_sched_dump(f, g, &c->sched[k]);
    } else if (!strcmp(name, "memplan")) {
      for (int v = 0; v < g->n; v++) {
        const g23_sched_t *s = &c->sched[k];
        if (s->offset[v] < 0 || s->alias[v] != v) continue;
        const g23_node_t *n = &g->nodes[v];
        char sh[96];
        fprintf(f, "  %%%d %s %s%s @%lld%s%s\n", v, g23_ops[n->op].name, g23_dtype_name(n->dtype),
                g23_shape_str(n->rank, n->shape, sh, sizeof sh), (long long)s->offset[v], n->name ? " " : "",
                n->name ? n->name : "");
      }
      fprintf(f, "  scratch %lld bytes\n", (long long)c->sched[k].scratch_bytes);
    } else if (!strcmp(name, "codegen")) {
      const g23_plan_graph_t *pg = &c->plan->graphs[k];
      for (int i = 0; i < pg->nlaunch; i++) {
        const g23_launch_t *l = &pg->launches[i];
        if (l->kind == G23_LAUNCH_MATMUL)
          fprintf(f, "  matmul %lldx%lldx%lld batch %lld%s%s\n", (long long)l->mm.m, (long long)l->mm.n,
                  (long long)l->mm.k, (long long)l->mm.batch, l->mm.epilogue ? " epilogue " : "",
                  l->mm.epilogue ? g23_epilogue_name(l->mm.epilogue) : "");
        else
          fprintf(f, "  %s grid %lld block %d\n", c->plan->kernels[l->kernel].name, (long long)l->grid[0], l->block[0]);
      }
    } else {
      g23_dump_ir(f, g);
    }
    fprintf(f, "}\n");
  }
}

static char *model_name(const char *path) {
  if (!path) return g23_xstrdup("model");
  const char *s = strrchr(path, '/');
  s = s ? s + 1 : path;
  const char *dot = strrchr(s, '.');
  return dot && dot != s ? g23_xstrndup(s, dot - s) : g23_xstrdup(s);
}

int g23_pipeline_run(g23_module_t *m, const g23_pipeline_opts_t *o, g23_diag_t *d, g23_plan_t *plan) {
  return g23_pipeline_run_sched(m, o, d, plan, NULL);
}

int g23_pipeline_run_sched(g23_module_t *m, const g23_pipeline_opts_t *o, g23_diag_t *d, g23_plan_t *plan,
                           g23_sched_t *scheds) {
  int dump_at = -1, stop_at = NPASSES - 1;
  for (int i = 0; i < NPASSES; i++) {
    if (o->dump_after && !strcmp(o->dump_after, passes[i].name)) dump_at = i;
    if (o->stop_after && !strcmp(o->stop_after, passes[i].name)) stop_at = i;
  }
  if (o->dump_after && dump_at < 0) {
    g23_error(d, g23_noloc, "--dump-after: no pass named '%s' (--dump-after list shows them)", o->dump_after);
    return -1;
  }
  if (o->stop_after && stop_at == NPASSES - 1 && strcmp(o->stop_after, passes[NPASSES - 1].name)) {
    g23_error(d, g23_noloc, "no pass named '%s'", o->stop_after);
    return -1;
  }
  memset(plan, 0, sizeof *plan);
  pctx_t c = {.m = m, .o = o, .d = d, .plan = plan};
  int rc = 0;
  for (int i = 0; i <= stop_at && rc == 0; i++) {
    rc = passes[i].fn(&c);
    if (rc == 0 && d->errors) rc = -1;
    if (rc == 0 && o->verify_each && passes[i].rewrites_ir) rc = pass_verify(&c);
    if (rc == 0 && i == dump_at) dump(&c, i, o->dump_out ? o->dump_out : stdout);
  }
  if (rc == 0) {
    plan->version = G23_PLAN_VERSION;
    plan->model_name = model_name(m->model_path);
    plan->nhparams = m->nhparams;
    plan->hparams = g23_xcalloc(m->nhparams ? m->nhparams : 1, sizeof *plan->hparams);
    for (int i = 0; i < m->nhparams; i++) {
      plan->hparams[i] = m->hparams[i];
      plan->hparams[i].name = g23_xstrdup(m->hparams[i].name);
    }
    plan->adamw = o->adamw;
    plan->incremental_decode = m->incremental_decode;
    plan->classifier = m->classifier;
    plan->max_seq = m->max_seq;
    plan->vocab = m->vocab;
    plan->batch = m->batch;
    plan->seq = m->seq;
    plan->nnames = m->nnames;
    plan->names = g23_xcalloc((size_t)m->nnames + 1, sizeof *plan->names);
    for (int i = 0; i < m->nnames; i++) {
      const g23_names_t *t = &m->names[i];
      g23_names_t *o = &plan->names[i];
      o->name = g23_xstrdup(t->name);
      o->prefix = t->prefix ? g23_xstrdup(t->prefix) : NULL;
      o->n = t->n;
      o->v = g23_xcalloc((size_t)t->n + 1, sizeof *o->v);
      for (int k = 0; k < t->n; k++)
        o->v[k] = (g23_xname_t){t->v[k].kind, g23_xstrdup(t->v[k].name),
                                t->v[k].param ? g23_xstrdup(t->v[k].param) : NULL};
    }
  }
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (scheds) scheds[k] = c.sched[k];
    else g23_sched_free(&c.sched[k]);
  }
  return rc;
}
