/* simplify.c: constant folding, algebraic identities, common subexpression
 * elimination and dead code elimination.
 *
 * One forward sweep rebuilds the node array: each node's inputs are first
 * mapped to their replacements, then the node is folded, replaced by an
 * identity's operand, or merged with an equal earlier node.  A backward
 * sweep then marks what the outputs, the in-place updates, the gradients and
 * the named leaves need, and the array is compacted.  Both sweeps keep the
 * relative order of surviving nodes, so topological order holds.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"

static bool same_shape(const g23_node_t *a, const g23_node_t *b) {
  return a->rank == b->rank && memcmp(a->shape, b->shape, a->rank * sizeof *a->shape) == 0;
}

static bool is_const(const g23_graph_t *g, int id, double v) {
  const g23_node_t *n = &g->nodes[id];
  return n->op == G23_OP_CONST && n->fattr[0] == v;
}

/* The value of an elementwise op on constants, by the evaluator's float64
 * semantics; false when the op is not folded (G23_F_NOFOLD in ops.def:
 * random, index-dependent, in place, a cast, or a helper of the prelude
 * whose float result a double computation would not reproduce exactly). */
static bool fold_value(g23_op_t op, const double *x, double *out) {
  if (g23_ops[op].cls != G23_CLASS_ELEMWISE || (g23_ops[op].flags & G23_F_NOFOLD)) return false;
  /* Kernels compute in float: fold to what they would produce. */
  *out = (double)(float)g23_op_eval_f64(op, x[0], x[1], x[2]);
  return true;
}

typedef struct {
  g23_graph_t *g;  /* the graph being rebuilt (nodes [0, g->n) are final) */
  int *table;      /* open-addressing hash of node ids, -1 empty */
  uint64_t *hash;  /* node_hash of each table entry: growing the table and
                      passing entries that differ read no node */
  int cap;
} cse_t;

static uint64_t node_hash(const g23_node_t *n) {
  uint64_t h = G23_FNV_SEED;
  h = g23_fnv1a(&n->op, sizeof n->op, h);
  h = g23_fnv1a(&n->dtype, sizeof n->dtype, h);
  h = g23_fnv1a(&n->rank, sizeof n->rank, h);
  h = g23_fnv1a(n->shape, n->rank * sizeof *n->shape, h);
  h = g23_fnv1a(n->in, n->nin * sizeof *n->in, h);
  h = g23_fnv1a(n->iattr, sizeof n->iattr, h);
  h = g23_fnv1a(n->fattr, sizeof n->fattr, h);
  return h;
}

static bool node_equal(const g23_node_t *a, const g23_node_t *b) {
  return a->op == b->op && a->dtype == b->dtype && same_shape(a, b) && a->nin == b->nin &&
         memcmp(a->in, b->in, a->nin * sizeof *a->in) == 0 && memcmp(a->iattr, b->iattr, sizeof a->iattr) == 0 &&
         memcmp(a->fattr, b->fattr, sizeof a->fattr) == 0 && !a->score && !b->score;
}

static bool cse_candidate(const g23_node_t *n) {
  if (n->score || (g23_ops[n->op].flags & G23_F_INPLACE)) return false;
  if (g23_ops[n->op].cls == G23_CLASS_LEAF) return n->op == G23_OP_CONST;
  return true;
}

/* An earlier equal node, or -1 after recording id. */
static int cse_lookup(cse_t *c, int id) {
  const g23_node_t *n = &c->g->nodes[id];
  if (!cse_candidate(n)) return -1;
  if (2 * (c->g->n + 1) > c->cap) {
    int ncap = c->cap ? 2 * c->cap : 1024;
    while (ncap < 2 * (c->g->n + 1)) ncap *= 2;
    int *nt = g23_xmalloc(ncap * sizeof *nt);
    uint64_t *nh = g23_xmalloc(ncap * sizeof *nh);
    for (int i = 0; i < ncap; i++) nt[i] = -1;
    for (int i = 0; i < c->cap; i++) {
      if (c->table[i] < 0) continue;
      uint64_t h = c->hash[i];
      int k = (int)(h & (ncap - 1));
      while (nt[k] >= 0) k = (k + 1) & (ncap - 1);
      nt[k] = c->table[i];
      nh[k] = h;
    }
    free(c->table);
    free(c->hash);
    c->table = nt;
    c->hash = nh;
    c->cap = ncap;
  }
  uint64_t h = node_hash(n);
  int k = (int)(h & (c->cap - 1));
  while (c->table[k] >= 0) {
    /* Equal nodes hash alike: a different hash is a different node. */
    if (c->hash[k] == h && c->table[k] != id && node_equal(&c->g->nodes[c->table[k]], n)) return c->table[k];
    k = (k + 1) & (c->cap - 1);
  }
  /* Only unnamed values may be replaced later; named ones are still found. */
  c->table[k] = id;
  c->hash[k] = h;
  return -1;
}

static void node_release(g23_node_t *n) {
  free(n->in);
  free(n->name);
  g23_sx_free(n->score);
  memset(n, 0, sizeof *n);
}

/* The replacement of node n (inputs already mapped into g), or -1 to keep it. */
static int rewrite(g23_graph_t *g, g23_node_t *n) {
  const g23_opinfo_t *info = &g23_ops[n->op];
  if (n->op == G23_OP_RESHAPE && g->nodes[n->in[0]].op == G23_OP_RESHAPE) n->in[0] = g->nodes[n->in[0]].in[0];
  if (n->role != G23_ROLE_ACT || n->name) return -1; /* named values stay */
  if (info->cls == G23_CLASS_ELEMWISE && !(info->flags & G23_F_INPLACE)) {
    bool all_const = n->nin > 0;
    double x[3] = {0, 0, 0};
    for (int k = 0; k < n->nin; k++) {
      const g23_node_t *a = &g->nodes[n->in[k]];
      if (a->op != G23_OP_CONST) all_const = false;
      else if (k < 3) x[k] = a->fattr[0];
    }
    double v;
    if (all_const && n->dtype == G23_F32 && fold_value(n->op, x, &v)) {
      n->op = G23_OP_CONST;
      n->nin = 0;
      memset(n->iattr, 0, sizeof n->iattr);
      n->fattr[0] = v;
      n->fattr[1] = 0;
      return -1;
    }
    if (n->nin == 2) {
      int a = n->in[0], b = n->in[1];
      bool sa = same_shape(&g->nodes[a], n) && g->nodes[a].dtype == n->dtype;
      bool sb = same_shape(&g->nodes[b], n) && g->nodes[b].dtype == n->dtype;
      switch (n->op) {
      case G23_OP_MUL:
        if (sa && is_const(g, b, 1)) return a;
        if (sb && is_const(g, a, 1)) return b;
        if (is_const(g, a, 0) || is_const(g, b, 0)) goto zero;
        break;
      case G23_OP_ADD:
        if (sa && is_const(g, b, 0)) return a;
        if (sb && is_const(g, a, 0)) return b;
        break;
      case G23_OP_SUB:
        if (sa && is_const(g, b, 0)) return a;
        break;
      case G23_OP_DIV:
        if (sa && is_const(g, b, 1)) return a;
        break;
      default: break;
      }
    }
    if (n->op == G23_OP_CAST && g->nodes[n->in[0]].dtype == n->dtype && same_shape(&g->nodes[n->in[0]], n))
      return n->in[0];
    if (n->op == G23_OP_NEG && g->nodes[n->in[0]].op == G23_OP_NEG && same_shape(&g->nodes[n->in[0]], n))
      return g->nodes[n->in[0]].in[0];
    return -1;
  zero:
    /* x * 0 = 0 for the finite values models compute with. */
    n->op = G23_OP_CONST;
    n->nin = 0;
    n->fattr[0] = 0;
    return -1;
  }
  if (n->op == G23_OP_RESHAPE || n->op == G23_OP_EXPAND) {
    const g23_node_t *a = &g->nodes[n->in[0]];
    if (same_shape(a, n)) return n->in[0];
    if (a->op == G23_OP_CONST) {
      n->op = G23_OP_CONST;
      n->nin = 0;
      n->fattr[0] = a->fattr[0];
      n->dtype = a->dtype;
      return -1;
    }
  }
  if (n->op == G23_OP_REDUCE_TO) {
    const g23_node_t *a = &g->nodes[n->in[0]];
    if (same_shape(a, n)) return n->in[0];
    /* Summing away only the last axis is a row reduction, which fuses. */
    bool last_only = a->rank == n->rank && n->rank > 0 && n->shape[n->rank - 1] == 1;
    for (int i = 0; last_only && i < n->rank - 1; i++)
      if (a->shape[i] != n->shape[i]) last_only = false;
    if (last_only) n->op = G23_OP_RSUM;
  }
  if ((n->op == G23_OP_RSUM || n->op == G23_OP_RMAX) && g->nodes[n->in[0]].rank == n->rank && n->rank &&
      g->nodes[n->in[0]].shape[n->rank - 1] == 1)
    return n->in[0];
  return -1;
}

static bool keep_root(const g23_node_t *n) {
  if (g23_ops[n->op].flags & G23_F_INPLACE) return true;
  if (n->role == G23_ROLE_OUTPUT || n->role == G23_ROLE_GRAD) return true;
  return g23_ops[n->op].cls == G23_CLASS_LEAF && n->op != G23_OP_CONST;
}

static void sweep(g23_graph_t *g) {
  int n = g->n;
  int *map = g23_xmalloc((n ? n : 1) * sizeof *map);
  g23_graph_t out;
  g23_graph_init(&out, g->kind);
  out.nodes = g23_xcalloc(n ? n : 1, sizeof *out.nodes);
  out.cap = n ? n : 1;
  cse_t cse = {&out, NULL, NULL, 0};
  for (int i = 0; i < n; i++) {
    g23_node_t nd = g->nodes[i];
    memset(&g->nodes[i], 0, sizeof g->nodes[i]);
    for (int k = 0; k < nd.nin; k++) nd.in[k] = map[nd.in[k]];
    int r = rewrite(&out, &nd);
    if (r >= 0) {
      map[i] = r;
      node_release(&nd);
      continue;
    }
    out.nodes[out.n] = nd;
    int id = out.n++;
    int same = nd.role == G23_ROLE_ACT && !nd.name ? cse_lookup(&cse, id) : -1;
    if (same < 0 && !(nd.role == G23_ROLE_ACT && !nd.name)) cse_lookup(&cse, id);
    if (same >= 0) {
      node_release(&out.nodes[--out.n]);
      map[i] = same;
      continue;
    }
    map[i] = id;
  }
  free(cse.table);
  free(cse.hash);
  out.outputs = g->outputs;
  out.nout = g->nout;
  g->outputs = NULL;
  g->nout = 0;
  for (int k = 0; k < out.nout; k++) out.outputs[k] = map[out.outputs[k]];

  /* Dead code elimination and compaction. */
  bool *live = g23_xcalloc(out.n ? out.n : 1, sizeof *live);
  for (int k = 0; k < out.nout; k++) live[out.outputs[k]] = true;
  for (int i = out.n - 1; i >= 0; i--) {
    if (keep_root(&out.nodes[i])) live[i] = true;
    if (!live[i]) continue;
    for (int k = 0; k < out.nodes[i].nin; k++) live[out.nodes[i].in[k]] = true;
  }
  int m = 0;
  for (int i = 0; i < out.n; i++) {
    if (!live[i]) {
      node_release(&out.nodes[i]);
      map[i] = -1;
      continue;
    }
    g23_node_t nd = out.nodes[i];
    for (int k = 0; k < nd.nin; k++) nd.in[k] = map[nd.in[k]];
    map[i] = m;
    out.nodes[m++] = nd;
  }
  out.n = m;
  for (int k = 0; k < out.nout; k++) out.outputs[k] = map[out.outputs[k]];
  free(live);
  free(map);
  g23_graph_free(g);
  *g = out;
}

int g23_simplify(g23_graph_t *g, g23_diag_t *d) {
  (void)d;
  for (int it = 0; it < 3; it++) {
    int before = g->n;
    sweep(g);
    if (g->n == before) break;
  }
  return 0;
}
