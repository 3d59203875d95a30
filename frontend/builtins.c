/* builtins.c: the table of the language's builtin functions, each lowering
 * to IR nodes of ops.def, with the binding of their arguments.  The
 * elementwise functions `name(x)` come from ops.def (G23_F_FUNC); the
 * values they combine and the sequence-axis tracking are values.c's.
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/parser.h"
#include "lower.h"

/* ---- builtin argument binding ----------------------------------------------------- */

#define MAXARGS 8

typedef struct {
  g23_value_t v[MAXARGS];
  bool has[MAXARGS];
  g23_loc_t loc[MAXARGS];
  g23_value_t *rest; /* extra positional arguments of a variadic builtin */
  int nrest;
  g23_loc_t call;
  const char *name;
} args_t;

typedef g23_value_t (*builtin_fn)(g23_lower_t *L, args_t *a, int op);

typedef struct {
  const char *name;
  const char *params; /* space separated; "?x" optional, "*xs" rest positionals */
  builtin_fn fn;
  int op;
} builtin_t;

static int spec_split(const char *spec, char names[MAXARGS][24], bool *opt, bool *rest) {
  int n = 0;
  const char *p = spec;
  while (*p && n < MAXARGS) {
    while (*p == ' ') p++;
    if (!*p) break;
    opt[n] = *p == '?';
    rest[n] = *p == '*';
    if (opt[n] || rest[n]) p++;
    int k = 0;
    while (*p && *p != ' ' && k < 23) names[n][k++] = *p++;
    names[n][k] = 0;
    n++;
  }
  return n;
}

static bool bind_args(g23_lower_t *L, const builtin_t *b, const g23_ast_t *call, g23_value_t *vals,
                      const char **names, int nargs, args_t *a) {
  char pn[MAXARGS][24];
  bool opt[MAXARGS] = {0}, rest[MAXARGS] = {0};
  int np = spec_split(b->params, pn, opt, rest);
  memset(a, 0, sizeof *a);
  a->call = call->loc;
  a->name = b->name;
  int pos = 0;
  for (int k = 0; k < nargs; k++) {
    g23_loc_t loc = call->list.v[k]->loc;
    int idx = -1;
    if (!names[k]) {
      if (pos < np && rest[pos]) {
        if (!a->rest) a->rest = g23_ast_alloc(&L->ar, (size_t)nargs * sizeof *a->rest);
        a->rest[a->nrest++] = vals[k];
        continue;
      }
      idx = pos++;
      if (idx >= np) {
        g23_lerror(L, loc, "%s takes at most %d argument%s", b->name, np, np == 1 ? "" : "s");
        return false;
      }
    } else {
      for (int i = 0; i < np; i++)
        if (strcmp(pn[i], names[k]) == 0 && !rest[i]) idx = i;
      if (idx < 0) {
        g23_lerror(L, loc, "%s has no parameter '%s'", b->name, names[k]);
        return false;
      }
      if (a->has[idx]) {
        g23_lerror(L, loc, "argument '%s' of %s given twice", names[k], b->name);
        return false;
      }
    }
    a->v[idx] = vals[k];
    a->has[idx] = true;
    a->loc[idx] = loc;
  }
  for (int i = 0; i < np; i++) {
    if (!a->has[i]) a->loc[i] = call->loc;
    if (!a->has[i] && !opt[i] && !rest[i]) {
      g23_lerror(L, call->loc, "%s: missing argument '%s'", b->name, pn[i]);
      return false;
    }
  }
  return true;
}

static bool want_tensor(g23_lower_t *L, args_t *a, int i) {
  if (a->v[i].kind == G23_V_TENSOR) return true;
  g23_lerror(L, a->loc[i], "%s needs a tensor here, got a %s", a->name, g23_vkind_name(a->v[i].kind));
  return false;
}

static bool want_int(g23_lower_t *L, args_t *a, int i, int64_t def, int64_t *out) {
  if (!a->has[i]) {
    *out = def;
    return true;
  }
  if (a->v[i].kind == G23_V_INT) {
    *out = a->v[i].i;
    return true;
  }
  g23_lerror(L, a->loc[i], "%s needs an integer here, got a %s", a->name, g23_vkind_name(a->v[i].kind));
  return false;
}

static bool want_num(g23_lower_t *L, args_t *a, int i, double def, double *out) {
  if (!a->has[i]) {
    *out = def;
    return true;
  }
  if (g23_is_num(&a->v[i])) {
    *out = g23_num(&a->v[i]);
    return true;
  }
  g23_lerror(L, a->loc[i], "%s needs a number here, got a %s", a->name, g23_vkind_name(a->v[i].kind));
  return false;
}

static bool want_bool(g23_lower_t *L, args_t *a, int i, bool def, bool *out) {
  if (!a->has[i]) {
    *out = def;
    return true;
  }
  if (a->v[i].kind == G23_V_BOOL || a->v[i].kind == G23_V_INT) {
    *out = a->v[i].i != 0;
    return true;
  }
  g23_lerror(L, a->loc[i], "%s needs true or false here, got a %s", a->name, g23_vkind_name(a->v[i].kind));
  return false;
}

/* An axis in [0, rank), negative counting from the end. */
static bool want_axis(g23_lower_t *L, args_t *a, int i, int64_t def, int rank, int *out) {
  int64_t ax;
  if (!want_int(L, a, i, def, &ax)) return false;
  if (ax < 0) ax += rank;
  if (ax < 0 || ax >= rank) {
    g23_lerror(L, a->loc[i], "%s: axis %" PRId64 " is outside rank %d", a->name, ax < 0 ? ax - rank : ax, rank);
    return false;
  }
  *out = (int)ax;
  return true;
}

/* A shape given as a list of integers; one -1 may stand for the rest of numel. */
static bool want_shape(g23_lower_t *L, args_t *a, int i, int64_t numel, int *rank, int64_t *shape) {
  g23_value_t v = a->v[i];
  if (v.kind != G23_V_LIST && v.kind != G23_V_TUPLE) {
    g23_lerror(L, a->loc[i], "%s needs a shape such as [B, T, C], got a %s", a->name, g23_vkind_name(v.kind));
    return false;
  }
  if (v.n < 1 || v.n > G23_MAX_RANK) {
    g23_lerror(L, a->loc[i], "%s: a shape has 1 to %d dimensions, got %d", a->name, G23_MAX_RANK, v.n);
    return false;
  }
  int infer = -1;
  int64_t prod = 1;
  for (int k = 0; k < v.n; k++) {
    if (numel > 0 && v.items[k].kind == G23_V_INT && v.items[k].i == -1 && infer < 0) {
      infer = k;
      continue;
    }
    if (!g23_to_dim(L, &v.items[k], a->loc[i], "a dimension", &shape[k])) return false;
    if (!g23_mul_ok(prod, shape[k], &prod) || prod > G23_MAX_TENSOR_ELEMS) {
      g23_lerror(L, a->loc[i], "%s: the shape has more than 2^34 elements", a->name);
      return false;
    }
  }
  if (infer >= 0) {
    if (numel % prod != 0) {
      g23_lerror(L, a->loc[i], "%s: -1 cannot complete the shape (%" PRId64 " elements)", a->name, numel);
      return false;
    }
    shape[infer] = numel / prod;
  }
  *rank = v.n;
  return true;
}

/* ---- elementwise and reductions --------------------------------------------------- */

static g23_value_t b_unary(g23_lower_t *L, args_t *a, int op) {
  g23_value_t x = a->v[0];
  if (g23_is_num(&x)) {
    double r = g23_op_eval_f64((g23_op_t)op, g23_num(&x), 0, 0); /* the evaluator's semantics */
    if (!isfinite(r)) {
      g23_lerror(L, a->call, "%s(%g) is not a finite number", a->name, g23_num(&x));
      return g23_verr();
    }
    /* floor of a number is an integer (a dimension, an index) */
    if (op == G23_OP_FLOOR && fabs(r) < 9e18) return g23_vint((int64_t)r);
    return g23_vfloat(r);
  }
  if (x.kind == G23_V_SX) return g23_score_op(L, (g23_op_t)op, &x, NULL, NULL, a->call);
  if (!want_tensor(L, a, 0)) return g23_verr();
  return g23_vtensor(g23_unary_node(L, a->call, (g23_op_t)op, x.id), x.seq_axis);
}

/* max/min: of two values elementwise; max(x) alone reduces the last axis. */
static g23_value_t b_minmax(g23_lower_t *L, args_t *a, int op) {
  if (!a->has[1]) {
    if (op == G23_OP_MIN) {
      g23_lerror(L, a->call, "min takes two arguments");
      return g23_verr();
    }
    if (!want_tensor(L, a, 0)) return g23_verr();
    g23_value_t x = a->v[0];
    if (x.seq_axis == g23_rank_of(L, &x) - 1) g23_seq_mixed(L, a->call, "a max along the sequence axis");
    return g23_vtensor(g23_unary_node(L, a->call, G23_OP_RMAX, x.id), x.seq_axis);
  }
  g23_value_t x = a->v[0], y = a->v[1];
  if (g23_is_num(&x) && g23_is_num(&y)) {
    double p = g23_num(&x), q = g23_num(&y);
    bool first = op == G23_OP_MAX ? p >= q : p <= q;
    return first ? x : y;
  }
  if (x.kind == G23_V_SX || y.kind == G23_V_SX) return g23_score_op(L, (g23_op_t)op, &x, &y, NULL, a->call);
  if ((x.kind != G23_V_TENSOR && !g23_is_num(&x)) || (y.kind != G23_V_TENSOR && !g23_is_num(&y))) {
    g23_lerror(L, a->call, "%s needs numbers or tensors", a->name);
    return g23_verr();
  }
  return g23_elemwise(L, (g23_op_t)op, a->v, 2, a->call);
}

static g23_value_t b_binary(g23_lower_t *L, args_t *a, int op) {
  return g23_binop(L, op, a->v[0], a->v[1], a->call);
}

static g23_value_t b_where(g23_lower_t *L, args_t *a, int op) {
  for (int k = 0; k < 3; k++)
    if (a->v[k].kind == G23_V_SX) return g23_score_op(L, G23_OP_WHERE, &a->v[0], &a->v[1], &a->v[2], a->call);
  for (int k = 0; k < 3; k++)
    if (a->v[k].kind != G23_V_TENSOR && !g23_is_num(&a->v[k])) {
      g23_lerror(L, a->loc[k], "where needs numbers or tensors, got a %s", g23_vkind_name(a->v[k].kind));
      return g23_verr();
    }
  return g23_elemwise(L, G23_OP_WHERE, a->v, 3, a->call);
}

static g23_value_t b_reduce(g23_lower_t *L, args_t *a, int mean) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  g23_value_t x = a->v[0];
  const g23_node_t *n = g23_nd(L, x.id);
  int64_t last = n->shape[n->rank - 1];
  if (x.seq_axis == n->rank - 1)
    g23_seq_mixed(L, a->call, mean ? "a mean along the sequence axis" : "a sum along the sequence axis");
  int id = g23_unary_node(L, a->call, G23_OP_RSUM, x.id);
  if (mean && id >= 0) {
    int64_t one = 1;
    id = g23_binary_node(L, a->call, G23_OP_MUL, id, g23_const_node(L, a->call, 1.0 / (double)last, 1, &one));
  }
  return g23_vtensor(id, x.seq_axis);
}

static g23_value_t b_cast(g23_lower_t *L, args_t *a, int to_int) {
  g23_value_t x = a->v[0];
  if (g23_is_num(&x)) {
    if (!to_int) return g23_vfloat(g23_num(&x));
    double f = trunc(g23_num(&x));
    if (!(fabs(f) < 9e18)) {
      g23_lerror(L, a->call, "int(%g) is out of range", g23_num(&x));
      return g23_verr();
    }
    return g23_vint((int64_t)f);
  }
  if (!want_tensor(L, a, 0)) return g23_verr();
  int64_t dt = to_int ? G23_I32 : G23_F32;
  return g23_vtensor(g23_node(L, a->call, G23_OP_CAST, &x.id, 1, &dt, 1, NULL, 0, NULL), x.seq_axis);
}

/* ---- movement -------------------------------------------------------------------- */

/* Where the seq axis of `from` lands after a reshape to `to` (or -1 with
 * L->seq_mixed set when it is merged or split). */
static int reshape_seq(g23_lower_t *L, g23_loc_t loc, const g23_node_t *from, int seq, int rank, const int64_t *to) {
  if (seq < 0) return -1;
  int64_t before = 1;
  for (int i = 0; i < seq; i++) before *= from->shape[i];
  int64_t p = 1;
  for (int k = 0; k < rank; k++) {
    if (p == before && to[k] == from->shape[seq]) return k;
    p *= to[k];
  }
  g23_seq_mixed(L, loc, "a reshape that merges or splits the sequence axis");
  return -1;
}

static g23_value_t b_reshape(g23_lower_t *L, args_t *a, int flat) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  const g23_node_t *n = g23_nd(L, a->v[0].id);
  int rank;
  int64_t shape[G23_MAX_RANK];
  if (flat) {
    rank = 1;
    shape[0] = g23_numel(n);
  } else if (!want_shape(L, a, 1, g23_numel(n), &rank, shape)) {
    return g23_verr();
  }
  int seq = reshape_seq(L, a->call, n, a->v[0].seq_axis, rank, shape);
  return g23_vtensor(g23_reshape_node(L, a->call, a->v[0].id, rank, shape), seq);
}

static g23_value_t b_permute(g23_lower_t *L, args_t *a, int transpose) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  g23_value_t x = a->v[0];
  int rank = g23_rank_of(L, &x);
  int perm[G23_MAX_RANK];
  for (int i = 0; i < rank; i++) perm[i] = i;
  if (transpose) {
    int p, q;
    if (rank < 2) {
      g23_lerror(L, a->call, "transpose needs a tensor of rank 2 or more");
      return g23_verr();
    }
    if (!want_axis(L, a, 1, -2, rank, &p) || !want_axis(L, a, 2, -1, rank, &q)) return g23_verr();
    perm[p] = q;
    perm[q] = p;
  } else {
    g23_value_t v = a->v[1];
    bool seen[G23_MAX_RANK] = {0};
    bool ok = (v.kind == G23_V_LIST || v.kind == G23_V_TUPLE) && v.n == rank;
    for (int i = 0; ok && i < rank; i++) {
      ok = v.items[i].kind == G23_V_INT && v.items[i].i >= 0 && v.items[i].i < rank && !seen[v.items[i].i];
      if (ok) seen[perm[i] = (int)v.items[i].i] = true;
    }
    if (!ok) {
      g23_lerror(L, a->loc[1], "permute needs a permutation of 0 .. %d as a list", rank - 1);
      return g23_verr();
    }
  }
  int seq = -1;
  for (int i = 0; i < rank; i++)
    if (perm[i] == x.seq_axis) seq = i;
  int64_t p[G23_MAX_RANK];
  for (int i = 0; i < rank; i++) p[i] = perm[i];
  return g23_vtensor(g23_node(L, a->call, G23_OP_PERMUTE, &x.id, 1, p, rank, NULL, 0, NULL), seq);
}

static g23_value_t b_expand(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  int rank;
  int64_t shape[G23_MAX_RANK];
  if (!want_shape(L, a, 1, 0, &rank, shape)) return g23_verr();
  g23_value_t x = a->v[0];
  int seq = g23_bcast_axis(x.seq_axis, g23_rank_of(L, &x), rank);
  return g23_vtensor(g23_node(L, a->call, G23_OP_EXPAND, &x.id, 1, NULL, 0, NULL, rank, shape), seq);
}

static g23_value_t b_slice(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  g23_value_t x = a->v[0];
  int axis;
  int64_t start, len;
  if (!want_axis(L, a, 1, 0, g23_rank_of(L, &x), &axis) || !want_int(L, a, 2, 0, &start) ||
      !want_int(L, a, 3, 0, &len))
    return g23_verr();
  if (axis == x.seq_axis && len != g23_nd(L, x.id)->shape[axis])
    g23_seq_mixed(L, a->call, "a slice along the sequence axis");
  int64_t at[3] = {axis, start, len};
  return g23_vtensor(g23_node(L, a->call, G23_OP_SLICE, &x.id, 1, at, 3, NULL, 0, NULL), x.seq_axis);
}

static g23_value_t b_concat(g23_lower_t *L, args_t *a, int op) {
  g23_value_t *xs = a->rest;
  int n = a->nrest;
  if (n == 1 && (xs[0].kind == G23_V_TUPLE || xs[0].kind == G23_V_LIST)) {
    n = xs[0].n;
    xs = xs[0].items;
  }
  if (n < 1) {
    g23_lerror(L, a->call, "concat needs at least one tensor");
    return g23_verr();
  }
  int *ids = g23_ast_alloc(&L->ar, (size_t)n * sizeof *ids);
  for (int k = 0; k < n; k++) {
    if (xs[k].kind != G23_V_TENSOR) {
      g23_lerror(L, a->call, "concat needs tensors, got a %s", g23_vkind_name(xs[k].kind));
      return g23_verr();
    }
    ids[k] = xs[k].id;
  }
  int axis;
  if (!want_axis(L, a, 1, -1, g23_rank_of(L, &xs[0]), &axis)) return g23_verr();
  for (int k = 0; k < n; k++)
    if (xs[k].seq_axis == axis) g23_seq_mixed(L, a->call, "a concat along the sequence axis");
  int64_t ax = axis;
  return g23_vtensor(g23_node(L, a->call, G23_OP_CONCAT, ids, n, &ax, 1, NULL, 0, NULL), xs[0].seq_axis);
}

static g23_value_t b_split(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  g23_value_t x = a->v[0];
  const g23_node_t *nd = g23_nd(L, x.id);
  int axis;
  int64_t parts;
  if (!want_int(L, a, 1, 0, &parts) || !want_axis(L, a, 2, -1, nd->rank, &axis)) return g23_verr();
  int64_t size = nd->shape[axis];
  if (parts < 1 || parts > 4096 || size % parts != 0) {
    g23_lerror(L, a->call, "cannot split axis %d of size %" PRId64 " into %" PRId64 " equal parts", axis, size, parts);
    return g23_verr();
  }
  if (axis == x.seq_axis && parts > 1) g23_seq_mixed(L, a->call, "a split along the sequence axis");
  g23_value_t t = {.kind = G23_V_TUPLE, .n = (int)parts, .seq_axis = -1};
  t.items = g23_ast_alloc(&L->ar, (size_t)parts * sizeof *t.items);
  for (int64_t k = 0; k < parts; k++) {
    int64_t at[3] = {axis, k * (size / parts), size / parts};
    t.items[k] = g23_vtensor(g23_node(L, a->call, G23_OP_SLICE, &x.id, 1, at, 3, NULL, 0, NULL), x.seq_axis);
    if (t.items[k].kind == G23_V_ERR) return g23_verr();
  }
  return t;
}

static g23_value_t b_matmul(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0) || !want_tensor(L, a, 1)) return g23_verr();
  bool ta, tb;
  if (!want_bool(L, a, 2, false, &ta) || !want_bool(L, a, 3, false, &tb)) return g23_verr();
  g23_value_t x = a->v[0], y = a->v[1];
  int ra = g23_rank_of(L, &x), rb = g23_rank_of(L, &y);
  int seq = -1;
  if (x.seq_axis >= 0) {
    int k_axis = ta ? ra - 2 : ra - 1, m_axis = ta ? ra - 1 : ra - 2;
    if (x.seq_axis == k_axis) g23_seq_mixed(L, a->call, "a matmul that sums over the sequence axis");
    else seq = x.seq_axis == m_axis ? ra - 2 : x.seq_axis;
  }
  if (y.seq_axis >= 0) {
    int k_axis = tb ? rb - 1 : rb - 2, n_axis = tb ? rb - 2 : rb - 1;
    if (y.seq_axis == k_axis) g23_seq_mixed(L, a->call, "a matmul that sums over the sequence axis");
    else if (seq >= 0) g23_seq_mixed(L, a->call, "a matmul of two tensors along the sequence");
    else seq = y.seq_axis == n_axis ? ra - 1 : ra - rb + y.seq_axis;
  }
  int in[2] = {x.id, y.id};
  int64_t t[2] = {ta, tb};
  return g23_vtensor(g23_node(L, a->call, G23_OP_MATMUL, in, 2, t, 2, NULL, 0, NULL), seq);
}

/* ---- indexing and positions ------------------------------------------------------ */

static g23_value_t b_gather(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0) || !want_tensor(L, a, 1)) return g23_verr();
  if (a->v[0].seq_axis >= 0) g23_seq_mixed(L, a->call, "a gather from a table along the sequence");
  int in[2] = {a->v[0].id, a->v[1].id};
  return g23_vtensor(g23_node(L, a->call, G23_OP_GATHER, in, 2, NULL, 0, NULL, 0, NULL), a->v[1].seq_axis);
}

static g23_value_t b_one_hot(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  int64_t n;
  if (!g23_to_dim(L, &a->v[1], a->loc[1], "the number of classes", &n)) return g23_verr();
  const g23_node_t *t = g23_nd(L, a->v[0].id);
  if (t->rank >= G23_MAX_RANK) {
    g23_lerror(L, a->call, "one_hot of a tensor of rank %d (at most %d)", t->rank, G23_MAX_RANK - 1);
    return g23_verr();
  }
  int64_t shape[G23_MAX_RANK];
  memcpy(shape, t->shape, (size_t)t->rank * sizeof *shape);
  shape[t->rank] = 1;
  int id = g23_reshape_node(L, a->call, a->v[0].id, t->rank + 1, shape);
  return g23_vtensor(g23_node(L, a->call, G23_OP_ONEHOT, &id, 1, &n, 1, NULL, 0, NULL), a->v[0].seq_axis);
}

/* An i32 [1] zero, in place of the run-time position pos where a value must
 * not depend on it. */
static int zero_offset(g23_lower_t *L, g23_loc_t loc) {
  int64_t one = 1, i32 = G23_I32;
  int zero = g23_const_node(L, loc, 0, 1, &one);
  return g23_node(L, loc, G23_OP_CAST, &zero, 1, &i32, 1, NULL, 0, NULL);
}

static int positions(g23_lower_t *L, g23_loc_t loc, int64_t n) {
  int pos = g23_scalar_input(L, "pos", loc);
  return g23_node(L, loc, G23_OP_POSITIONS, &pos, 1, &n, 1, NULL, 1, &n);
}

static g23_value_t b_positions(g23_lower_t *L, args_t *a, int arange) {
  int64_t n;
  if (!g23_to_dim(L, &a->v[0], a->loc[0], "a length", &n)) return g23_verr();
  int id;
  if (arange) {
    /* 0 .. n-1 from an offset of 0, not (pos + col) - pos: arange must not
     * read the run-time position, so that what is built from it (a
     * source's positions) stays the same at every decode step. */
    int zero = zero_offset(L, a->call);
    id = g23_node(L, a->call, G23_OP_POSITIONS, &zero, 1, &n, 1, NULL, 1, &n);
  } else {
    id = positions(L, a->call, n);
  }
  return g23_vtensor(id, -1);
}

static g23_value_t b_fill(g23_lower_t *L, args_t *a, int op) {
  int rank;
  int64_t shape[G23_MAX_RANK];
  double v = op;
  if (op == 2 && !want_num(L, a, 1, 0, &v)) return g23_verr();
  if (!want_shape(L, a, 0, 0, &rank, shape)) return g23_verr();
  return g23_vtensor(g23_const_node(L, a->call, v, rank, shape), -1);
}

static g23_value_t b_init(g23_lower_t *L, args_t *a, int op) {
  g23_value_t r = {.kind = G23_V_INIT, .init = (g23_init_t)op, .seq_axis = -1};
  if (op == G23_INIT_ALIBI) {
    int64_t n;
    if (!g23_to_dim(L, &a->v[0], a->loc[0], "the number of heads", &n)) return g23_verr();
    r.i = n;
    return r;
  }
  if (!want_num(L, a, 0, 0, &r.f)) return g23_verr();
  if (op == G23_INIT_NORMAL && r.f < 0) {
    g23_lerror(L, a->loc[0], "normal(std) needs std >= 0, got %g", r.f);
    return g23_verr();
  }
  return r;
}

static g23_value_t b_dropout(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  double p;
  if (!want_num(L, a, 1, 0, &p)) return g23_verr();
  if (!(p >= 0 && p < 1)) {
    g23_lerror(L, a->loc[1], "dropout probability must be in [0, 1), got %g", p);
    return g23_verr();
  }
  g23_value_t x = a->v[0];
  if (!L->dropout_on || p == 0) return x;
  int in[2] = {x.id, g23_scalar_input(L, "seed", a->call)};
  int64_t stream = L->dropout_streams++;
  double f[2] = {p, 0};
  return g23_vtensor(g23_node(L, a->call, G23_OP_DROPOUT, in, 2, &stream, 1, f, 0, NULL), x.seq_axis);
}

/* ---- attention --------------------------------------------------------------------- */

static const char *cache_name(g23_lower_t *L, const char *what) {
  const char *path = L->scope->path;
  for (int k = 0;; k++) {
    char buf[600];
    if (k == 0) snprintf(buf, sizeof buf, "%s%s%s", path, path[0] ? "." : "", what);
    else snprintf(buf, sizeof buf, "%s%s%s_%d", path, path[0] ? "." : "", what, k);
    /* The graph's state names, indexed as nodes are added. */
    for (; L->states_indexed < L->g->n; L->states_indexed++) {
      const g23_node_t *n = &L->g->nodes[L->states_indexed];
      if (n->op == G23_OP_STATE && n->name) g23_strmap_put(&L->state_names, n->name, L->states_indexed);
    }
    if (g23_strmap_get(&L->state_names, buf) < 0) return g23_lower_strdup(L, buf);
  }
}

/* Evaluates a score lambda (s, i, j, h) -> expr symbolically; the tensors
 * it reads become *extras (node ids, malloc'd). */
static g23_sexpr_t *score_of(g23_lower_t *L, const g23_value_t *fn, int heads, g23_loc_t loc, int **extras,
                             int *nextras) {
  *extras = NULL;
  *nextras = 0;
  if (fn->kind != G23_V_LAMBDA || fn->ast->list.n != 4) {
    g23_lerror(L, loc, "score must be a lambda (s, i, j, h) -> expression");
    return NULL;
  }
  g23_sxkind_t kinds[4] = {G23_SX_S, G23_SX_I, G23_SX_J, G23_SX_H};
  g23_value_t args[4];
  for (int k = 0; k < 4; k++) args[k] = g23_score_value(L, g23_sx_new(kinds[k]));
  int *saved = L->sx_extras, nsaved = L->nsx_extras, hsaved = L->sx_heads;
  L->sx_extras = g23_xmalloc(sizeof *L->sx_extras);
  L->nsx_extras = 0;
  L->sx_heads = heads;
  g23_value_t r = g23_call_lambda(L, fn, args, 4, loc);
  g23_sexpr_t *e = NULL;
  if (r.kind != G23_V_ERR) e = g23_to_score(L, &r, fn->ast->a->loc);
  *extras = L->sx_extras;
  *nextras = L->nsx_extras;
  L->sx_extras = saved;
  L->nsx_extras = nsaved;
  L->sx_heads = hsaved;
  if (!e) {
    free(*extras);
    *extras = NULL;
    *nextras = 0;
  }
  return e;
}

static bool sx_reads_i(const g23_sexpr_t *e) {
  return e && (e->kind == G23_SX_I || sx_reads_i(e->a) || sx_reads_i(e->b) || sx_reads_i(e->c));
}

/* Whether node id depends on the run-time position pos (through positions()
 * or an attention whose visibility or score depends on it; a cross-attention
 * that is neither causal nor windowed and whose score ignores i does not). */
static bool reads_pos(g23_lower_t *L, int id) {
  if (L->pos_id < 0 || id < 0) return false;
  const g23_graph_t *g = L->g;
  bool *seen = g23_xcalloc((size_t)g->n, 1), found = false;
  int *stack = g23_xmalloc((size_t)g->n * sizeof *stack), top = 0;
  stack[top++] = id;
  seen[id] = true;
  while (top && !found) {
    const g23_node_t *n = &g->nodes[stack[--top]];
    bool pos_free = n->op == G23_OP_ATTENTION && n->iattr[2] && !n->iattr[0] && !n->iattr[1] && !sx_reads_i(n->score);
    for (int k = 0; k < n->nin; k++) {
      int u = n->in[k];
      if (pos_free && k == 3) continue;
      if (u == L->pos_id) found = true;
      if (!seen[u]) {
        seen[u] = true;
        stack[top++] = u;
      }
    }
  }
  free(seen);
  free(stack);
  return found;
}

static g23_value_t b_attention(g23_lower_t *L, args_t *a, int op) {
  for (int k = 0; k < 3; k++)
    if (!want_tensor(L, a, k)) return g23_verr();
  bool causal;
  int64_t window;
  if (!want_bool(L, a, 3, true, &causal) || !want_int(L, a, 4, 0, &window)) return g23_verr();
  if (window < 0) {
    g23_lerror(L, a->loc[4], "attention window must be >= 0 (0: none), got %" PRId64, window);
    return g23_verr();
  }
  double drop;
  if (!want_num(L, a, 6, 0, &drop)) return g23_verr();
  if (!(drop >= 0 && drop < 1)) {
    g23_lerror(L, a->loc[6], "attention dropout probability must be in [0, 1), got %g", drop);
    return g23_verr();
  }
  if (!L->dropout_on) drop = 0; /* TRAIN only, as dropout() */
  g23_value_t q = a->v[0], k = a->v[1], v = a->v[2];
  const g23_node_t *qn = g23_nd(L, q.id), *kn = g23_nd(L, k.id);
  if (qn->rank != 4) {
    char sh[200];
    g23_lerror(L, a->loc[0], "attention needs q of shape [B, H, T, D], got %s",
               g23_shape_str(qn->rank, qn->shape, sh, sizeof sh));
    return g23_verr();
  }
  int64_t B = qn->shape[0], H = qn->shape[1], D = qn->shape[3];
  /* Grouped-query attention: k and v may have fewer heads than q. */
  int64_t Hkv = kn->rank == 4 ? kn->shape[1] : H;
  if (Hkv < 1 || H % Hkv != 0) {
    char sq[200], sk[200];
    g23_lerror(L, a->loc[1],
               "attention: q has %" PRId64 " heads but k has %" PRId64 "; the query heads must be a multiple of the "
               "key/value heads (q %s, k %s)",
               H, Hkv, g23_shape_str(qn->rank, qn->shape, sq, sizeof sq), g23_shape_str(kn->rank, kn->shape, sk, sizeof sk));
    return g23_verr();
  }
  /* Cross-attention: keys and values computed without the generated stream
   * (an encoder's output over a source input) are all visible whatever the
   * position, and the generation graphs recompute them instead of caching. */
  bool cross = k.seq_axis < 0 && v.seq_axis < 0;
  /* Keys on the stream that a query may see ahead of its own position (not
   * causal), or a stream on another axis than attention's positions: one
   * token at a time from a KV cache would not see what the full pass sees. */
  if (!cross && !causal)
    g23_seq_mixed(L, a->call, "an attention over the sequence that is not causal (a position sees later keys)");
  else if (!cross && (q.seq_axis != 2 || (k.seq_axis >= 0 && k.seq_axis != 2) || (v.seq_axis >= 0 && v.seq_axis != 2)))
    g23_seq_mixed(L, a->call, "an attention whose queries or keys carry the sequence on another axis than the third");
  /* Cross keys that still change with pos (positions() of a source): one
   * decode step at pos would not compute the keys the full pass does. */
  if (cross && (reads_pos(L, k.id) || reads_pos(L, v.id)))
    g23_seq_mixed(L, a->call, "a cross-attention whose keys depend on the position pos");
  int pos = g23_scalar_input(L, "pos", a->call);
  g23_sexpr_t *score = NULL;
  int *extras = NULL, nextras = 0;
  if (a->has[5] && a->v[5].kind != G23_V_NONE) {
    score = score_of(L, &a->v[5], (int)H, a->loc[5], &extras, &nextras);
    if (!score) return g23_verr();
  }
  /* A cross-attention that is neither causal nor windowed and whose score
   * ignores i does not depend on the position: it reads an offset of 0, so
   * that the graph says so (an encoder's output is then the same at every
   * decode step, and the hoist pass computes it once, in PREFILL). */
  if (cross && !causal && !window && !sx_reads_i(score)) {
    pos = zero_offset(L, a->call);
  }
  int kid = k.id, vid = v.id;
  if (L->caches && !cross) {
    int64_t shape[4] = {B, Hkv, L->max_seq, D};
    for (int t = 0; t < 2; t++) {
      int cache = g23_leaf(L->g, a->call, G23_OP_STATE, G23_ROLE_KVCACHE, cache_name(L, t ? "v_cache" : "k_cache"),
                           qn->dtype, 4, shape);
      int in[3] = {cache, t ? vid : kid, pos};
      int w = g23_node(L, a->call, G23_OP_CACHE_WRITE, in, 3, NULL, 0, NULL, 0, NULL);
      if (t) vid = w;
      else kid = w;
      qn = g23_nd(L, q.id);
    }
  }
  /* Dropout of the probabilities: the seed follows pos (ops.def). */
  int first = 4 + (drop > 0);
  int nin = first + nextras;
  int *in = g23_ast_alloc(&L->ar, (size_t)nin * sizeof *in);
  in[0] = q.id;
  in[1] = kid;
  in[2] = vid;
  in[3] = pos;
  if (drop > 0) in[4] = g23_scalar_input(L, "seed", a->call);
  for (int e = 0; e < nextras; e++) in[first + e] = extras[e];
  free(extras);
  int64_t attr[5] = {causal, window, cross, 0, drop > 0 ? L->dropout_streams++ : 0};
  double fattr[2] = {drop, 0};
  int id = g23_node(L, a->call, G23_OP_ATTENTION, in, nin, attr, 5, fattr, 0, NULL);
  if (id < 0) {
    g23_sx_free(score);
    return g23_verr();
  }
  L->g->nodes[id].score = score;
  return g23_vtensor(id, q.seq_axis);
}

/* ---- collections ------------------------------------------------------------------- */

static g23_value_t b_map(g23_lower_t *L, args_t *a, int op) {
  g23_value_t xs = a->v[0], fn = a->v[1];
  if ((xs.kind != G23_V_TUPLE && xs.kind != G23_V_LIST) || fn.kind != G23_V_LAMBDA) {
    g23_lerror(L, a->call, "map needs a tuple or list and a lambda");
    return g23_verr();
  }
  g23_value_t r = {.kind = xs.kind, .n = xs.n, .seq_axis = -1};
  r.items = g23_ast_alloc(&L->ar, (size_t)(xs.n ? xs.n : 1) * sizeof *r.items);
  for (int k = 0; k < xs.n; k++) {
    r.items[k] = g23_call_lambda(L, &fn, &xs.items[k], 1, a->call);
    if (r.items[k].kind == G23_V_ERR) return g23_verr();
  }
  return r;
}

static g23_value_t b_len(g23_lower_t *L, args_t *a, int op) {
  g23_value_t x = a->v[0];
  if (x.kind == G23_V_TUPLE || x.kind == G23_V_LIST) return g23_vint(x.n);
  g23_lerror(L, a->loc[0], "len needs a tuple or list, got a %s", g23_vkind_name(x.kind));
  return g23_verr();
}

static g23_value_t b_shape(g23_lower_t *L, args_t *a, int numel) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  const g23_node_t *n = g23_nd(L, a->v[0].id);
  if (numel) return g23_vint(g23_numel(n));
  g23_value_t r = {.kind = G23_V_LIST, .n = n->rank, .seq_axis = -1};
  r.items = g23_ast_alloc(&L->ar, (size_t)n->rank * sizeof *r.items);
  for (int i = 0; i < n->rank; i++) r.items[i] = g23_vint(n->shape[i]);
  return r;
}

/* ---- the table ---------------------------------------------------------------------- */

/* The elementwise functions `name(x)`: the ops of ops.def flagged
 * G23_F_FUNC, under their op names (an entry without a name is no builtin). */
static const builtin_t unary_builtins[G23_OP_COUNT] = {
#define X(e, ...)
#define E(e, name, nin, flags, ...) [G23_OP_##e] = {(flags) & G23_F_FUNC ? name : NULL, "x", b_unary, G23_OP_##e},
#include "ir/ops.def"
#undef X
#undef E
};

static const builtin_t builtins[] = {
    {"max", "a ?b", b_minmax, G23_OP_MAX},
    {"min", "a b", b_minmax, G23_OP_MIN},
    {"pow", "a b", b_binary, '^'},
    {"lt", "a b", b_binary, '<'},
    {"where", "cond a b", b_where, 0},
    {"sum", "x", b_reduce, 0},
    {"mean", "x", b_reduce, 1},
    {"float", "x", b_cast, 0},
    {"int", "x", b_cast, 1},
    {"reshape", "x shape", b_reshape, 0},
    {"flatten", "x", b_reshape, 1},
    {"permute", "x perm", b_permute, 0},
    {"transpose", "x ?a ?b", b_permute, 1},
    {"expand", "x shape", b_expand, 0},
    {"slice", "x axis start length", b_slice, 0},
    {"concat", "*xs ?axis", b_concat, 0},
    {"split", "x parts ?axis", b_split, 0},
    {"matmul", "a b ?ta ?tb", b_matmul, 0},
    {"gather", "table indices", b_gather, 0},
    {"one_hot", "indices n", b_one_hot, 0},
    {"positions", "n", b_positions, 0},
    {"arange", "n", b_positions, 1},
    {"zeros", "shape", b_fill, 0},
    {"ones", "shape", b_fill, 1},
    {"full", "shape value", b_fill, 2},
    {"normal", "std", b_init, G23_INIT_NORMAL},
    {"constant", "value", b_init, G23_INIT_CONST},
    {"alibi_slopes", "n", b_init, G23_INIT_ALIBI},
    {"dropout", "x p", b_dropout, 0},
    {"attention", "q k v ?causal ?window ?score ?dropout", b_attention, 0},
    {"map", "xs fn", b_map, 0},
    {"len", "xs", b_len, 0},
    {"shape", "x", b_shape, 0},
    {"numel", "x", b_shape, 1},
};

static const builtin_t *find_builtin(const char *name) {
  for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++)
    if (strcmp(builtins[i].name, name) == 0) return &builtins[i];
  for (int op = 0; op < G23_OP_COUNT; op++)
    if (unary_builtins[op].name && strcmp(unary_builtins[op].name, name) == 0) return &unary_builtins[op];
  return NULL;
}

bool g23_builtin_exists(const char *name) { return find_builtin(name) != NULL; }

g23_value_t g23_builtin_call(g23_lower_t *L, const char *name, const g23_ast_t *call, g23_value_t *vals,
                             const char **names, int nargs) {
  const builtin_t *b = find_builtin(name);
  args_t a;
  if (!bind_args(L, b, call, vals, names, nargs, &a)) return g23_verr();
  for (int i = 0; i < MAXARGS; i++)
    if (a.has[i] && a.v[i].kind == G23_V_UNAVAIL) return g23_verr();
  g23_loc_t saved = L->call_loc;
  L->call_loc = call->loc;
  g23_value_t r = b->fn(L, &a, b->op);
  L->call_loc = saved;
  return r;
}
