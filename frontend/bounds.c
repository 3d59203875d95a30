/* bounds.c: indices known when compiling, checked against what they index.
 *
 * A gather reads the rows of its table at its indices, a one_hot compares
 * its indices with 0 .. n-1; an index outside that range reads a zero row
 * (or gives a zero row) in the kernels, silently.  Where an index tensor
 * depends on nothing but constants and the position offset `pos`, which is
 * 0 in TRAIN, EVAL and PREFILL and at most max_seq_length - 1 in DECODE,
 * its values are known: positions(T), arange(n), integer constants and
 * whatever slices, reshapes, permutes, concats and arithmetic make of them.
 * They are computed exactly, by the float64 evaluator over the nodes they
 * come from, so an error here is never a guess: some element really is out
 * of range.  Indices read from data (token ids) are checked at run time
 * (gpt23run --check-bounds).
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"

/* Known index tensors are small (positions of one sequence); a larger
 * computation is left to the run-time check rather than evaluated here. */
#define BOUNDS_MAX_ELEMS ((int64_t)1 << 22)

/* The values of node `id` of g, when they depend on no data: every leaf it
 * comes from is a constant or `pos` (given the value pos).  NULL otherwise.
 * *count receives numel. */
static double *known_values(const g23_graph_t *g, int id, int32_t pos, int64_t *count) {
  int *map = g23_xmalloc((size_t)(id + 1) * sizeof *map);
  bool *need = g23_xcalloc((size_t)id + 1, sizeof *need);
  need[id] = true;
  bool ok = true;
  int64_t work = 0;
  for (int v = id; v >= 0 && ok; v--) {
    if (!need[v]) continue;
    const g23_node_t *n = &g->nodes[v];
    work += g23_numel(n);
    bool is_pos = n->op == G23_OP_INPUT && n->role == G23_ROLE_SCALAR && n->name && strcmp(n->name, "pos") == 0;
    if (work > BOUNDS_MAX_ELEMS || (g23_ops[n->op].cls == G23_CLASS_LEAF && n->op != G23_OP_CONST && !is_pos) ||
        n->op == G23_OP_DROPOUT || n->score)
      ok = false;
    for (int k = 0; k < n->nin; k++) need[n->in[k]] = true;
  }
  double *out = NULL;
  if (ok) {
    /* The nodes it comes from, in order, with `pos` a constant. */
    g23_graph_t t;
    g23_graph_init(&t, g->kind);
    for (int v = 0; v <= id; v++) {
      if (!need[v]) continue;
      g23_node_t c = g->nodes[v];
      c.name = NULL;
      c.score = NULL;
      c.in = g23_xmalloc((size_t)(c.nin ? c.nin : 1) * sizeof *c.in);
      for (int k = 0; k < c.nin; k++) c.in[k] = map[g->nodes[v].in[k]];
      if (c.op == G23_OP_INPUT) {
        c.op = G23_OP_CONST;
        c.role = G23_ROLE_ACT;
        c.fattr[0] = pos;
      }
      if (t.n == t.cap) {
        t.cap = t.cap ? 2 * t.cap : 16;
        t.nodes = g23_xrealloc(t.nodes, (size_t)t.cap * sizeof *t.nodes);
      }
      map[v] = t.n;
      t.nodes[t.n++] = c;
    }
    g23_eval_t ev = {0};
    ev.n = t.n;
    ev.values = g23_xcalloc((size_t)t.n, sizeof *ev.values);
    if (g23_eval(&t, &ev) == 0) {
      *count = g23_numel(&t.nodes[t.n - 1]);
      out = ev.values[t.n - 1];
      ev.values[t.n - 1] = NULL;
    }
    g23_eval_free(&ev);
    g23_graph_free(&t);
  }
  free(map);
  free(need);
  return out;
}

/* The name of an integer hparam equal to v ("seq"), preferring a dimension
 * name the model's input dims use; NULL if none. */
static const char *hparam_named(const g23_module_t *m, int64_t v, const char *avoid) {
  const char *best = NULL;
  for (int i = 0; i < m->nhparams; i++) {
    const g23_hparam_t *h = &m->hparams[i];
    if (h->is_float || h->value != (double)v || (avoid && strcmp(h->name, avoid) == 0)) continue;
    if (!best || strcmp(h->name, "seq") == 0 || strcmp(h->name, "max_seq_length") == 0) best = h->name;
  }
  return best;
}

/* Reports node v (a gather's or one_hot's indices, in) reaching outside
 * [0, rows) at pos = pos. */
static int check_index(g23_lower_t *L, const g23_module_t *m, int v, int in, int64_t rows, int32_t pos) {
  const g23_graph_t *g = L->g;
  int64_t n = 0;
  double *x = known_values(g, in, pos, &n);
  if (!x) return 0;
  double lo = INFINITY, hi = -INFINITY;
  for (int64_t e = 0; e < n; e++) {
    if (x[e] < lo) lo = x[e];
    if (x[e] > hi) hi = x[e];
  }
  free(x);
  if (n == 0 || (lo >= 0 && hi < (double)rows)) return 0;
  const g23_node_t *nd = &g->nodes[v];
  const g23_node_t *tab = nd->op == G23_OP_GATHER ? &g->nodes[nd->in[0]] : NULL;
  char what[300];
  if (tab && tab->name) snprintf(what, sizeof what, "the %" PRId64 " rows of table %s", rows, tab->name);
  else if (tab) snprintf(what, sizeof what, "the %" PRId64 " rows of its table", rows);
  else snprintf(what, sizeof what, "its %" PRId64 " classes", rows);
  int64_t bad = hi >= (double)rows ? (int64_t)hi : (int64_t)lo;
  char graph[120];
  if (L->kind == G23_GRAPH_DECODE)
    snprintf(graph, sizeof graph, "the decode graph at pos %d", (int)pos);
  else
    snprintf(graph, sizeof graph, "the %s graph", g23_graph_kind_name(L->kind));
  g23_error(L->d, nd->loc, "%s index %" PRId64 " is outside %s (indices %" PRId64 " .. %" PRId64 " in %s)",
            g23_ops[nd->op].name, bad, what, (int64_t)lo, (int64_t)hi, graph);
  g23_diag_frame_notes(L->d, nd->frame);
  g23_lower_graph_note(L);
  /* Positions past a table sized by an hparam: name both. */
  const char *many = hi >= (double)rows ? hparam_named(m, (int64_t)hi + 1, NULL) : NULL;
  const char *size = many ? hparam_named(m, rows, many) : NULL;
  if (many && size)
    g23_note(L->d, nd->loc, "%s (%" PRId64 ") exceeds %s (%" PRId64 "), %s", many, (int64_t)hi + 1, size, rows, what);
  return -1;
}

int g23_check_bounds(g23_lower_t *L, const g23_module_t *m) {
  const g23_graph_t *g = L->g;
  int32_t pos = L->kind == G23_GRAPH_DECODE ? (int32_t)(L->max_seq - 1) : 0;
  int r = 0;
  for (int v = 0; v < g->n && r == 0; v++) {
    const g23_node_t *n = &g->nodes[v];
    if (n->op == G23_OP_GATHER) r = check_index(L, m, v, n->in[1], g->nodes[n->in[0]].shape[0], pos);
    else if (n->op == G23_OP_ONEHOT) r = check_index(L, m, v, n->in[0], n->iattr[0], pos);
  }
  return r;
}
