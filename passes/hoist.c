/* hoist.c: work that does not grow with decoding moves from DECODE to PREFILL.
 *
 * DECODE runs once per generated token.  Whatever it computes from values
 * that stay the same for the whole generation (parameters, constants, and
 * the inputs that do not carry the generated sequence, such as the source
 * sentence of a translation model) gives the same result at every step:
 * an encoder over the source, the cross-attention keys and values.  This
 * pass computes such values once, in PREFILL, into persistent generation
 * state, and makes DECODE read the state instead.
 *
 * A DECODE node is *dynamic* when it depends on a run-time scalar (pos,
 * seed), on the input that carries the sequence (the one declared with the
 * dim `seq`: its node's seq_axis), or on state (KV caches), and *static*
 * otherwise.  A
 * static node read by a dynamic one is a *frontier* value; it is hoisted
 * when its static cone does real work (a matmul, a reduction, a gather,
 * an attention: elementwise work on parameters fuses into the consumer
 * anyway) and PREFILL computes the very same value.  "The very same" is
 * found by value numbering both graphs in one table: op, dtype, shape,
 * attributes, score expression, leaf name and role, and the value numbers
 * of the inputs; equal numbers are equal computations.
 *
 * PREFILL gains, per hoisted value, a state tensor "hoisted.<k>" (role
 * HOISTED: generation state, like the KV caches) and an ASSIGN of the value
 * to it; DECODE reads the state where it read the value, and the now dead
 * static cone leaves it at the next simplification.  The runtime always
 * runs PREFILL before DECODE with the same inputs, which is what makes the
 * state valid.
 */
#include <stdlib.h>
#include <string.h>

#include "passes.h"

/* ---- value numbering across graphs ----------------------------------------- */

typedef struct {
  g23_strmap_t map; /* key -> value number; the keys live in `keys` */
  G23_VEC(char *) keys;
} vtab_t;

static void key_of(g23_buf_t *b, const g23_node_t *n, const int *vn_of_input) {
  b->len = 0;
  g23_buf_printf(b, "%d %d %d", (int)n->op, (int)n->dtype, n->rank);
  for (int k = 0; k < n->rank; k++) g23_buf_printf(b, ",%lld", (long long)n->shape[k]);
  g23_buf_printf(b, "|");
  for (int k = 0; k < n->nin; k++) g23_buf_printf(b, "%d,", vn_of_input[n->in[k]]);
  g23_buf_printf(b, "|");
  for (int k = 0; k < G23_MAX_RANK + 2; k++) g23_buf_printf(b, "%lld,", (long long)n->iattr[k]);
  g23_buf_printf(b, "%a,%a", n->fattr[0], n->fattr[1]); /* exactly */
  if (g23_ops[n->op].cls == G23_CLASS_LEAF)
    g23_buf_printf(b, "|%d %s %d %a %d", (int)n->role, n->name ? n->name : "", (int)n->init, n->init_arg,
                   (int)n->no_decay);
  if (n->score) {
    g23_buf_printf(b, "|");
    g23_sx_render(b, n->score, "s", "i", "j", "h", "x%d");
  }
}

/* The value number of key, a new one for a key not seen before. */
static int vtab_number(vtab_t *t, const g23_buf_t *key) {
  const char *s = key->s ? key->s : "";
  int v = g23_strmap_get(&t->map, s);
  if (v >= 0) return v;
  char *own = g23_xstrdup(s);
  G23_VEC_PUSH(t->keys, own);
  v = t->keys.n - 1;
  g23_strmap_put(&t->map, own, v);
  return v;
}

static void vtab_free(vtab_t *t) {
  for (int i = 0; i < t->keys.n; i++) free(t->keys.v[i]);
  G23_VEC_FREE(t->keys);
  g23_strmap_free(&t->map);
}

static int *number_graph(vtab_t *t, const g23_graph_t *g) {
  int *vn = g23_xmalloc((g->n ? g->n : 1) * sizeof *vn);
  g23_buf_t b = {0};
  for (int i = 0; i < g->n; i++) {
    key_of(&b, &g->nodes[i], vn);
    vn[i] = vtab_number(t, &b);
  }
  g23_buf_free(&b);
  return vn;
}

/* ---- the pass ----------------------------------------------------------------- */

/* Does node n by itself do work worth keeping out of every decode step? */
static bool heavy(const g23_node_t *n) {
  switch (g23_ops[n->op].cls) {
  case G23_CLASS_MATMUL:
  case G23_CLASS_REDUCE:
  case G23_CLASS_SPECIAL: return true;
  default: return false;
  }
}

/* Appends a copy of leaf `like` as a STATE named name to g; returns its id. */
static int add_state(g23_graph_t *g, const g23_node_t *like, const char *name) {
  return g23_leaf(g, like->loc, G23_OP_STATE, G23_ROLE_HOISTED, name, like->dtype, like->rank, like->shape);
}

/* Rebuilds g with `nst` state leaves first and every use of node from[k] by
 * a dynamic node replaced by state k. */
static void redirect(g23_graph_t *g, const bool *dyn, const int *from, const g23_node_t *like, char **names,
                     int nst) {
  g23_graph_t out;
  g23_graph_init(&out, g->kind);
  int *map = g23_xmalloc((g->n ? g->n : 1) * sizeof *map);
  int *state_of = g23_xmalloc((g->n ? g->n : 1) * sizeof *state_of);
  for (int i = 0; i < g->n; i++) state_of[i] = -1;
  for (int k = 0; k < nst; k++) state_of[from[k]] = add_state(&out, &like[k], names[k]);
  for (int i = 0; i < g->n; i++) {
    g23_node_t nd = g->nodes[i];
    memset(&g->nodes[i], 0, sizeof g->nodes[i]);
    for (int k = 0; k < nd.nin; k++) {
      int src = nd.in[k];
      nd.in[k] = dyn[i] && state_of[src] >= 0 ? state_of[src] : map[src];
    }
    if (out.n == out.cap) {
      out.cap = out.cap ? 2 * out.cap : 64;
      out.nodes = g23_xrealloc(out.nodes, (size_t)out.cap * sizeof *out.nodes);
    }
    out.nodes[out.n] = nd;
    map[i] = out.n++;
  }
  out.outputs = g->outputs;
  out.nout = g->nout;
  for (int k = 0; k < out.nout; k++) out.outputs[k] = map[out.outputs[k]];
  g->outputs = NULL;
  g->nout = 0;
  free(map);
  free(state_of);
  g23_graph_free(g);
  *g = out;
}

int g23_hoist(g23_module_t *m, g23_diag_t *d, int *nhoisted) {
  *nhoisted = 0;
  if (!m->has_graph[G23_GRAPH_PREFILL] || !m->has_graph[G23_GRAPH_DECODE] || !m->incremental_decode)
    return 0;
  g23_graph_t *pg = &m->graphs[G23_GRAPH_PREFILL], *dg = &m->graphs[G23_GRAPH_DECODE];
  int n = dg->n;
  bool *dyn = g23_xcalloc(n ? n : 1, sizeof *dyn);
  bool *cone_heavy = g23_xcalloc(n ? n : 1, sizeof *cone_heavy);
  for (int i = 0; i < n; i++) {
    const g23_node_t *nd = &dg->nodes[i];
    if (nd->op == G23_OP_INPUT) {
      dyn[i] = nd->role != G23_ROLE_INPUT || nd->seq_axis >= 0; /* scalars, and the stream */
    } else if (nd->op == G23_OP_STATE || (g23_ops[nd->op].flags & G23_F_INPLACE)) {
      dyn[i] = true;
    }
    cone_heavy[i] = heavy(nd);
    for (int k = 0; k < nd->nin; k++) {
      dyn[i] |= dyn[nd->in[k]];
      cone_heavy[i] |= cone_heavy[nd->in[k]];
    }
  }
  /* Frontier values: static, with real work behind them, read by a dynamic node. */
  bool *frontier = g23_xcalloc(n ? n : 1, sizeof *frontier);
  for (int i = 0; i < n; i++) {
    const g23_node_t *nd = &dg->nodes[i];
    if (!dyn[i]) continue;
    for (int k = 0; k < nd->nin; k++) {
      int s = nd->in[k];
      if (!dyn[s] && cone_heavy[s] && g23_ops[dg->nodes[s].op].cls != G23_CLASS_LEAF) frontier[s] = true;
    }
  }
  vtab_t t = {0};
  int *pvn = number_graph(&t, pg);
  int *dvn = number_graph(&t, dg);
  /* The PREFILL node of each value number (the first). */
  int nv = t.keys.n;
  int *pnode = g23_xmalloc((nv ? nv : 1) * sizeof *pnode);
  for (int v = 0; v < nv; v++) pnode[v] = -1;
  for (int i = pg->n - 1; i >= 0; i--) pnode[pvn[i]] = i;

  G23_VEC(int) from = {0};
  G23_VEC(int) pfrom = {0};
  for (int i = 0; i < n; i++)
    if (frontier[i] && pnode[dvn[i]] >= 0) {
      G23_VEC_PUSH(from, i);
      G23_VEC_PUSH(pfrom, pnode[dvn[i]]);
    }
  int rc = 0;
  if (from.n) {
    g23_node_t *like = g23_xcalloc(from.n, sizeof *like);
    char **names = g23_xcalloc(from.n, sizeof *names);
    for (int k = 0; k < from.n; k++) {
      like[k] = dg->nodes[from.v[k]];
      names[k] = g23_xasprintf("hoisted.%d", k);
    }
    /* PREFILL: state[k] := value, appended after everything (topological). */
    for (int k = 0; k < from.n && rc == 0; k++) {
      int st = add_state(pg, &like[k], names[k]);
      int in[2] = {st, pfrom.v[k]};
      if (st < 0 || g23_add(pg, d, like[k].loc, G23_OP_ASSIGN, in, 2, NULL, 0, NULL, 0, NULL) < 0) rc = -1;
    }
    if (rc == 0) redirect(dg, dyn, from.v, like, names, from.n);
    for (int k = 0; k < from.n; k++) free(names[k]);
    free(names);
    free(like);
    if (rc == 0) rc = g23_simplify(dg, d);
    if (rc == 0) rc = g23_simplify(pg, d);
    *nhoisted = from.n;
  }
  G23_VEC_FREE(from);
  G23_VEC_FREE(pfrom);
  free(pnode);
  free(pvn);
  free(dvn);
  vtab_free(&t);
  free(frontier);
  free(cone_heavy);
  free(dyn);
  return rc;
}
