/* gradcheck.c: every parameter's gradient against finite differences.
 *
 * The training forward graph is copied, differentiated by g23_autodiff, and
 * both are run by the float64 evaluator on the same leaves.  For every
 * parameter, up to four elements (the first, the last and two at random) are
 * moved by +-EPS and the central difference quotient of the loss compared
 * with the analytic gradient:
 *
 *   |autodiff - fd| <= ATOL + RTOL |fd|,
 *
 * printed as the relative error |autodiff - fd| / (|fd| + ATOL / RTOL),
 * which passes at RTOL or below.  In float64 the quotient's truncation
 * error (EPS^2 times a third derivative) and rounding (1e-16 / EPS) are both
 * near 1e-10, far below RTOL; a wrong gradient rule is off by far more.
 * Dropout stays on: its masks are a function of (seed, stream, index), the
 * same in every evaluation.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

#define EPS 1e-6
#define RTOL 1e-5
#define ATOL 1e-8
#define PICKS 4

static void shape_text(const g23_node_t *n, char *buf, size_t len) { g23_shape_str(n->rank, n->shape, buf, len); }

int g23_check_gradients(const g23_module_t *m, const g23_check_opts_t *o) {
  FILE *out = o->out ? o->out : stdout;
  const g23_graph_t *train = &m->graphs[G23_GRAPH_TRAIN];
  int loss = -1;
  for (int i = 0; i < train->nout; i++) {
    const g23_node_t *n = &train->nodes[train->outputs[i]];
    if (n->name && !strcmp(n->name, "loss")) loss = train->outputs[i];
  }
  G23_VEC(int) params = {0};
  for (int i = 0; i < train->n; i++)
    if (train->nodes[i].op == G23_OP_PARAM) G23_VEC_PUSH(params, i);
  if (loss < 0 || !params.n) {
    fprintf(out, "gradient  the training graph has %s  FAIL\n", loss < 0 ? "no loss" : "no parameters");
    G23_VEC_FREE(params);
    return 1;
  }

  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_graph_t fwd, g;
  g23_graph_copy(&fwd, train);
  g23_graph_copy(&g, train);
  int *grads = g23_xmalloc((size_t)params.n * sizeof *grads);
  int failures = 0;
  if (g23_autodiff(&g, &d, loss, params.v, params.n, grads) || g23_verify(&g, &d)) {
    fprintf(out, "gradient  autodiff failed  FAIL\n");
    failures = 1;
    goto out;
  }
  if (o->plant) { /* a wrong gradient rule, to test this check */
    int hit = 0;
    for (int p = 0; p < params.n; p++) {
      if (strcmp(g.nodes[params.v[p]].name, o->plant) != 0) continue;
      int c = g23_const(&g, g23_noloc, 1.01, 0, NULL);
      grads[p] = g23_binary(&g, &d, g23_noloc, G23_OP_MUL, grads[p], c);
      hit = grads[p] >= 0;
    }
    if (!hit) {
      fprintf(out, "gradient  no parameter '%s' to plant an error in  FAIL\n", o->plant);
      failures = 1;
      goto out;
    }
  }

  /* Leaves, shared by both evaluations (forward node ids are the same in g). */
  g23_eval_t ev = {g23_xcalloc((size_t)g.n, sizeof(double *)), g.n};
  g23_eval_t evf = {g23_xcalloc((size_t)fwd.n, sizeof(double *)), fwd.n};
  g23_check_rng_t rng = {0x5eed};
  for (int i = 0; i < fwd.n; i++) {
    const g23_node_t *n = &fwd.nodes[i];
    if (n->op != G23_OP_INPUT && n->op != G23_OP_PARAM && n->op != G23_OP_STATE) continue;
    int64_t ne = g23_numel(n);
    double *v = g23_xmalloc((size_t)(ne ? ne : 1) * sizeof *v);
    g23_check_leaf(&fwd, i, n, m->vocab, 0, &rng, v, ne);
    ev.values[i] = evf.values[i] = v;
  }
  if (g23_eval(&g, &ev) || g23_eval(&fwd, &evf)) {
    fprintf(out, "gradient  the float64 evaluator failed  FAIL\n");
    failures = 1;
    goto free_eval;
  }
  double l0 = evf.values[loss][0];
  if (!isfinite(l0) || fabs(l0 - ev.values[loss][0]) > 1e-12 * fabs(l0)) {
    fprintf(out, "gradient  loss %.12g (forward) but %.12g (with the backward pass)  FAIL\n", l0, ev.values[loss][0]);
    failures++;
  }
  int checked = 0;
  for (int p = 0; p < params.n; p++) {
    const g23_node_t *n = &fwd.nodes[params.v[p]];
    int64_t ne = g23_numel(n);
    double *xv = evf.values[params.v[p]], *an = ev.values[grads[p]];
    /* A gradient that is a broadcast constant (the loss does not depend on
     * the parameter) has one value. */
    int64_t nan_ = g23_numel(&g.nodes[grads[p]]);
    int picks = ne < PICKS ? (int)ne : PICKS, bad = 0;
    double worst = 0;
    for (int k = 0; k < picks; k++) {
      int64_t e = k == 0 ? 0 : k == 1 ? ne - 1 : g23_check_below(&rng, ne);
      double x0 = xv[e];
      xv[e] = x0 + EPS;
      g23_eval(&fwd, &evf);
      double lp = evf.values[loss][0];
      xv[e] = x0 - EPS;
      g23_eval(&fwd, &evf);
      double lm = evf.values[loss][0];
      xv[e] = x0;
      double fd = (lp - lm) / (2 * EPS), a = an[nan_ == ne ? e : 0];
      double rel = fabs(a - fd) / (fabs(fd) + ATOL / RTOL);
      if (!(rel <= RTOL)) { /* NaN fails too */
        if (bad++ < 2)
          fprintf(stderr, "gpt23c: d loss / d %s[%lld]: autodiff %.12g, finite difference %.12g\n", n->name,
                  (long long)e, a, fd);
        rel = isnan(rel) ? INFINITY : rel;
      }
      if (rel > worst) worst = rel;
      checked++;
    }
    char sh[96];
    shape_text(n, sh, sizeof sh);
    fprintf(out, "gradient  %-40s %-14s %d of %lld elements  max rel error %.1e  %s\n", n->name, sh, picks,
            (long long)ne, worst, bad ? "FAIL" : "PASS");
    if (bad) failures++;
  }
  fprintf(out, "gradient  loss %.6f: %d parameters, %d elements against finite differences (tolerance %.0e)\n", l0,
          params.n, checked, RTOL);
free_eval:
  /* Leaves are shared: free them once. */
  for (int i = 0; i < fwd.n; i++)
    if (evf.values[i] == ev.values[i]) evf.values[i] = NULL;
  g23_eval_free(&evf);
  g23_eval_free(&ev);
out:
  g23_graph_free(&fwd);
  g23_graph_free(&g);
  free(grads);
  G23_VEC_FREE(params);
  g23_diag_free(&d);
  return failures;
}
