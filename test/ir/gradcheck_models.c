/* gradcheck_models: the gradient of every shipped model file, checked
 * against central finite differences in float64.
 *
 *   gradcheck-models [-P] [-I DIR]... [-D NAME=VALUE]... MODEL...
 *
 * Each model goes through the front end as gpt23c would take it (so the
 * standard library's layers are what is checked); its training forward graph
 * is differentiated by g23_autodiff and both are evaluated by the float64
 * reference evaluator.  For every parameter, a few elements (chosen at random,
 * always including the first and the last) are perturbed by +-eps and the
 * difference quotient of the loss compared with the analytic gradient.
 * Dropout stays on: its masks are a function of (seed, stream, index) and so
 * are the same in every evaluation.  With -P, some target elements are
 * padding, values outside [0, V) that cross_entropy does not count: every
 * third is -1 and every seventh V. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

static uint64_t rs = 0x9e3779b97f4a7c15ull;
static double rnd(void) {
  rs = rs * 6364136223846793005ull + 1442695040888963407ull;
  return (double)(rs >> 11) / 9007199254740992.0;
}

/* Values an i32 input may take: below the rows of every table it indexes
 * (GATHER) and below the width of every one-hot it feeds; else below dflt. */
static int64_t index_bound(const g23_graph_t *g, int id, int64_t dflt) {
  int64_t bound = -1;
  for (int i = 0; i < g->n; i++) {
    const g23_node_t *n = &g->nodes[i];
    for (int k = 0; k < n->nin; k++) {
      int src = n->in[k];
      while (g->nodes[src].op == G23_OP_RESHAPE) src = g->nodes[src].in[0];
      if (src != id) continue;
      int64_t b = -1;
      if (n->op == G23_OP_GATHER && k == 1) b = g->nodes[n->in[0]].shape[0];
      if (n->op == G23_OP_ONEHOT) b = n->shape[n->rank - 1];
      if (n->op == G23_OP_RESHAPE) b = index_bound(g, i, -1);
      if (b > 0 && (bound < 0 || b < bound)) bound = b;
    }
  }
  return bound > 0 ? bound : dflt;
}

static bool pad_targets;

static int check_model(const g23_frontend_opts_t *fo) {
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_module_t m = {0};
  int failures = 0;
  if (g23_frontend(fo, &d, &m) || d.errors) {
    fprintf(stderr, "FAIL: %s does not compile\n", fo->path);
    return 1;
  }
  g23_graph_t *g = &m.graphs[G23_GRAPH_TRAIN];
  int loss = -1;
  for (int i = 0; i < g->nout; i++)
    if (g->nodes[g->outputs[i]].name && !strcmp(g->nodes[g->outputs[i]].name, "loss")) loss = g->outputs[i];
  G23_VEC(int) params = {0};
  for (int i = 0; i < g->n; i++)
    if (g->nodes[i].op == G23_OP_PARAM) G23_VEC_PUSH(params, i);
  if (loss < 0 || !params.n) {
    fprintf(stderr, "FAIL: %s: no loss or no parameters\n", fo->path);
    return 1;
  }
  g23_graph_t fwd;
  g23_graph_copy(&fwd, g);
  int *grads = g23_xmalloc(params.n * sizeof *grads);
  if (g23_autodiff(g, &d, loss, params.v, params.n, grads) || g23_verify(g, &d)) {
    fprintf(stderr, "FAIL: %s: autodiff\n", fo->path);
    return 1;
  }

  /* Leaves, shared by both evaluations. */
  g23_eval_t ev = {g23_xcalloc(g->n, sizeof(double *)), g->n};
  g23_eval_t evf = {g23_xcalloc(fwd.n, sizeof(double *)), fwd.n};
  for (int i = 0; i < fwd.n; i++) {
    const g23_node_t *n = &fwd.nodes[i];
    if (n->op != G23_OP_INPUT && n->op != G23_OP_PARAM && n->op != G23_OP_STATE) continue;
    int64_t ne = g23_numel(n);
    double *v = g23_xmalloc(ne * sizeof *v);
    for (int64_t e = 0; e < ne; e++) {
      if (n->op == G23_OP_INPUT && n->role == G23_ROLE_SCALAR)
        v[e] = n->name && !strcmp(n->name, "seed") ? 1234 : 0;
      else if (n->op == G23_OP_INPUT && n->dtype == G23_I32 && pad_targets && n->role == G23_ROLE_TARGET &&
               (e % 3 == 2 || e % 7 == 6))
        v[e] = e % 3 == 2 ? -1 : (double)index_bound(&fwd, i, m.vocab);
      else if (n->op == G23_OP_INPUT && n->dtype == G23_I32)
        v[e] = (double)(int64_t)(rnd() * (double)index_bound(&fwd, i, m.vocab));
      else if (n->op == G23_OP_INPUT)
        v[e] = rnd() - 0.5;
      else if (n->op == G23_OP_STATE)
        v[e] = 0;
      else if (n->init == G23_INIT_ONES)
        v[e] = 1 + 0.2 * (rnd() - 0.5);
      else if (n->init == G23_INIT_ALIBI)
        v[e] = 0.25 * (double)(e + 1);
      else
        v[e] = 0.6 * (rnd() - 0.5);
    }
    ev.values[i] = evf.values[i] = v;
  }
  if (g23_eval(g, &ev) || g23_eval(&fwd, &evf)) {
    fprintf(stderr, "FAIL: %s: evaluation\n", fo->path);
    return 1;
  }
  double l0 = evf.values[loss][0];
  if (!isfinite(l0) || fabs(l0 - ev.values[loss][0]) > 1e-12 * fabs(l0)) {
    fprintf(stderr, "FAIL: %s: loss %g (forward) vs %g (with gradients)\n", fo->path, l0, ev.values[loss][0]);
    failures++;
  }
  const double eps = 1e-6, rtol = 1e-5, atol = 1e-8;
  int checked = 0;
  for (int p = 0; p < params.n; p++) {
    const g23_node_t *n = &fwd.nodes[params.v[p]];
    int64_t ne = g23_numel(n);
    double *xv = evf.values[params.v[p]], *an = ev.values[grads[p]];
    int picks = ne < 4 ? (int)ne : 4;
    for (int k = 0; k < picks; k++) {
      int64_t e = k == 0 ? 0 : k == 1 ? ne - 1 : (int64_t)(rnd() * (double)ne);
      double x0 = xv[e];
      xv[e] = x0 + eps;
      g23_eval(&fwd, &evf);
      double lp = evf.values[loss][0];
      xv[e] = x0 - eps;
      g23_eval(&fwd, &evf);
      double lm = evf.values[loss][0];
      xv[e] = x0;
      double fd = (lp - lm) / (2 * eps);
      checked++;
      if (!(fabs(fd - an[e]) <= atol + rtol * fabs(fd)) && failures++ < 10)
        fprintf(stderr, "FAIL: %s: d loss / d %s[%lld]: autodiff %.12g, finite difference %.12g\n", fo->path,
                n->name, (long long)e, an[e], fd);
    }
  }
  printf("%s: loss %.6f, %d parameters, %d gradient elements checked, %d failures\n", fo->path, l0, params.n, checked,
         failures);
  for (int i = 0; i < fwd.n; i++) evf.values[i] = evf.values[i] == ev.values[i] ? NULL : evf.values[i];
  g23_eval_free(&evf);
  g23_eval_free(&ev);
  g23_graph_free(&fwd);
  free(grads);
  G23_VEC_FREE(params);
  g23_module_free(&m);
  g23_diag_free(&d);
  return failures ? 1 : 0;
}

int main(int argc, char **argv) {
  G23_VEC(g23_define_t) defs = {0};
  G23_VEC(const char *) inc = {0};
  int status = 0, models = 0;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-P")) {
      pad_targets = true;
    } else if (!strcmp(argv[i], "-I") && i + 1 < argc) {
      G23_VEC_PUSH(inc, argv[++i]);
    } else if (!strcmp(argv[i], "-D") && i + 1 < argc) {
      char *eq = strchr(argv[++i], '=');
      if (!eq) return 2;
      g23_define_t def = {g23_xstrndup(argv[i], (size_t)(eq - argv[i])), g23_xstrdup(eq + 1)};
      G23_VEC_PUSH(defs, def);
    } else {
      g23_frontend_opts_t fo = {argv[i], inc.v, inc.n, defs.v, defs.n};
      status |= check_model(&fo);
      models++;
    }
  }
  for (int i = 0; i < defs.n; i++) free(defs.v[i].name), free(defs.v[i].value);
  G23_VEC_FREE(defs);
  G23_VEC_FREE(inc);
  if (!models) {
    fprintf(stderr, "usage: gradcheck-models [-P] [-I DIR]... [-D NAME=VALUE]... MODEL...\n");
    return 2;
  }
  return status;
}
