/* values.c: operations on the evaluator's values: arithmetic, negation and
 * indexing (numbers fold, tensors become IR nodes, symbolic score values
 * become score expressions), and the node building and sequence-axis
 * tracking that every builtin uses (builtins.c).
 *
 * Every tensor value carries the axis that holds sequence positions
 * (seq_axis, from the input dims named `seq`).  An op that combines
 * different positions outside attention (a slice, concat or reduction along
 * that axis, a matmul contracting it, a reshape that merges it) sets
 * L->seq_mixed, with the first place and why (g23_seq_mixed): the model
 * then cannot decode one token at a time from a KV cache
 * (g23_module_t.incremental_decode), and gpt23c says so in a note.
 */
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/parser.h"
#include "lower.h"

/* ---- nodes ---------------------------------------------------------------- */

const g23_node_t *g23_nd(g23_lower_t *L, int id) { return &L->g->nodes[id]; }

int g23_node(g23_lower_t *L, g23_loc_t loc, g23_op_t op, const int *in, int nin, const int64_t *iattr,
             int niattr, const double *fattr, int rank, const int64_t *shape) {
  for (int k = 0; k < nin; k++)
    if (in[k] < 0) return -1;
  if (!L->g) {
    g23_lerror(L, loc, "tensors cannot be used here (hparams are numbers)");
    return -1;
  }
  if (L->aborted) return -1;
  if (L->g->n >= G23_MAX_NODES) {
    g23_lerror(L, loc, "the graph has more than %d nodes", G23_MAX_NODES);
    L->aborted = true;
    return -1;
  }
  int before = L->d->errors;
  int id = g23_add(L->g, L->d, loc, op, in, nin, iattr, niattr, fattr, rank, shape);
  if (id < 0) {
    if (L->d->errors > before) g23_lower_notes(L);
    return -1;
  }
  const g23_node_t *n = &L->g->nodes[id];
  if (g23_numel(n) > G23_MAX_TENSOR_ELEMS) {
    char sh[200];
    g23_lerror(L, loc, "%s result %s has more than 2^34 elements", g23_ops[op].name,
               g23_shape_str(n->rank, n->shape, sh, sizeof sh));
    return -1;
  }
  return id;
}

int g23_unary_node(g23_lower_t *L, g23_loc_t loc, g23_op_t op, int a) {
  return g23_node(L, loc, op, &a, 1, NULL, 0, NULL, 0, NULL);
}

int g23_binary_node(g23_lower_t *L, g23_loc_t loc, g23_op_t op, int a, int b) {
  int in[2] = {a, b};
  return g23_node(L, loc, op, in, 2, NULL, 0, NULL, 0, NULL);
}

int g23_reshape_node(g23_lower_t *L, g23_loc_t loc, int a, int rank, const int64_t *shape) {
  return g23_node(L, loc, G23_OP_RESHAPE, &a, 1, NULL, 0, NULL, rank, shape);
}

int g23_const_node(g23_lower_t *L, g23_loc_t loc, double v, int rank, const int64_t *shape) {
  double f[2] = {v, 0};
  return g23_node(L, loc, G23_OP_CONST, NULL, 0, NULL, 0, f, rank, shape);
}

int g23_scalar_input(g23_lower_t *L, const char *name, g23_loc_t loc) {
  bool pos = strcmp(name, "pos") == 0;
  int *slot = pos ? &L->pos_id : &L->seed_id;
  if (*slot >= 0) return *slot;
  if (!L->g) return -1;
  int64_t one = 1;
  *slot = g23_leaf(L->g, loc, G23_OP_INPUT, G23_ROLE_SCALAR, name, G23_I32, 1, &one);
  return *slot;
}

/* ---- sequence-axis tracking ------------------------------------------------- */

/* Records that positions of the sequence are combined outside attention:
 * the first such place is where gpt23c's note points. */
void g23_seq_mixed(g23_lower_t *L, g23_loc_t loc, const char *why) {
  if (!L->seq_mixed) {
    L->mix_loc = loc;
    L->mix_why = why;
    L->mix_frame = L->frame;
  }
  L->seq_mixed = true;
}

/* The seq axis of a broadcast result of rank r from an input of rank ra. */
int g23_bcast_axis(int seq, int ra, int r) { return seq < 0 ? -1 : r - ra + seq; }

int g23_rank_of(g23_lower_t *L, const g23_value_t *v) { return g23_nd(L, v->id)->rank; }

/* ---- symbolic score expressions ------------------------------------------------ */

static g23_sexpr_t *keep(g23_lower_t *L, g23_sexpr_t *e) {
  if (L->nsx_keep == L->capsx_keep) {
    L->capsx_keep = L->capsx_keep ? 2 * L->capsx_keep : 16;
    L->sx_keep = g23_xrealloc(L->sx_keep, (size_t)L->capsx_keep * sizeof *L->sx_keep);
  }
  L->sx_keep[L->nsx_keep++] = e;
  return e;
}

g23_value_t g23_score_value(g23_lower_t *L, g23_sexpr_t *e) {
  return (g23_value_t){.kind = G23_V_SX, .sx = keep(L, e), .seq_axis = -1};
}

static g23_sexpr_t *sx_extra(g23_lower_t *L, int id, bool per_head) {
  int k = 0;
  while (k < L->nsx_extras && L->sx_extras[k] != id) k++;
  if (k == L->nsx_extras) {
    L->sx_extras = g23_xrealloc(L->sx_extras, (size_t)(k + 1) * sizeof *L->sx_extras);
    L->sx_extras[L->nsx_extras++] = id;
  }
  g23_sexpr_t *e = g23_sx_new(G23_SX_EXTRA);
  e->extra = k;
  e->per_head = per_head;
  return e;
}

/* A fresh (unshared) score expression for v, or NULL after an error. */
g23_sexpr_t *g23_to_score(g23_lower_t *L, const g23_value_t *v, g23_loc_t loc) {
  if (g23_is_num(v)) return g23_sx_num(g23_num(v));
  if (v->kind == G23_V_SX) return g23_sx_copy(v->sx);
  if (v->kind == G23_V_TENSOR && L->sx_extras != NULL) {
    const g23_node_t *n = g23_nd(L, v->id);
    if (n->rank == 1 && n->shape[0] == 1) return sx_extra(L, v->id, false);
    g23_lerror(L, loc, "a score expression reads tensors of shape [heads] as x[h], or shape [1]");
    return NULL;
  }
  if (v->kind != G23_V_ERR)
    g23_lerror(L, loc, "a score expression cannot use a %s", g23_vkind_name(v->kind));
  return NULL;
}

g23_value_t g23_score_op(g23_lower_t *L, g23_op_t op, const g23_value_t *a, const g23_value_t *b,
                         const g23_value_t *c, g23_loc_t loc) {
  g23_sexpr_t *x = g23_to_score(L, a, loc);
  g23_sexpr_t *y = b ? g23_to_score(L, b, loc) : NULL, *z = c ? g23_to_score(L, c, loc) : NULL;
  if (!x || (b && !y) || (c && !z)) {
    g23_sx_free(x);
    g23_sx_free(y);
    g23_sx_free(z);
    return g23_verr();
  }
  return g23_score_value(L, g23_sx_op(op, x, y, z));
}

/* ---- arithmetic ---------------------------------------------------------------- */

static g23_value_t num_result(g23_lower_t *L, double r, g23_loc_t loc) {
  if (!isfinite(r)) {
    g23_lerror(L, loc, "this arithmetic gives %g, not a finite number", r);
    return g23_verr();
  }
  return g23_vfloat(r);
}

static g23_value_t int_pow(g23_lower_t *L, int64_t b, int64_t e, g23_loc_t loc) {
  int64_t r = 1;
  while (e > 0) {
    if (e & 1 && __builtin_mul_overflow(r, b, &r)) goto overflow;
    e >>= 1;
    if (e && __builtin_mul_overflow(b, b, &b)) goto overflow;
  }
  return g23_vint(r);
overflow:
  g23_lerror(L, loc, "integer overflow");
  return g23_verr();
}

static g23_value_t fold(g23_lower_t *L, int op, const g23_value_t *a, const g23_value_t *b, g23_loc_t loc) {
  if (a->kind == G23_V_INT && b->kind == G23_V_INT) {
    int64_t x = a->i, y = b->i, r = 0;
    bool ovf = false;
    switch (op) {
    case '+': ovf = __builtin_add_overflow(x, y, &r); break;
    case '-': ovf = __builtin_sub_overflow(x, y, &r); break;
    case '*': ovf = __builtin_mul_overflow(x, y, &r); break;
    case '/':
    case '%':
      if (y == 0) {
        g23_lerror(L, loc, "division by zero");
        return g23_verr();
      }
      if (x == INT64_MIN && y == -1) {
        ovf = true;
        break;
      }
      if (op == '%') return g23_vint(((x % y) + y) % y);
      if (x % y == 0) return g23_vint(x / y);
      return g23_vfloat((double)x / (double)y);
    case '^':
      if (y >= 0) return int_pow(L, x, y, loc);
      return num_result(L, pow((double)x, (double)y), loc);
    default: break;
    }
    if (ovf) {
      g23_lerror(L, loc, "integer overflow");
      return g23_verr();
    }
    return g23_vint(r);
  }
  double x = g23_num(a), y = g23_num(b);
  switch (op) {
  case '+': return num_result(L, x + y, loc);
  case '-': return num_result(L, x - y, loc);
  case '*': return num_result(L, x * y, loc);
  case '/':
    if (y == 0) {
      g23_lerror(L, loc, "division by zero");
      return g23_verr();
    }
    return num_result(L, x / y, loc);
  case '%':
    if (y == 0) {
      g23_lerror(L, loc, "division by zero");
      return g23_verr();
    }
    return num_result(L, x - y * floor(x / y), loc);
  case '^': return num_result(L, pow(x, y), loc);
  case '<': return g23_vfloat(x < y);
  case G23_TOK_LE: return g23_vfloat(x <= y);
  case G23_TOK_EQ: return g23_vfloat(x == y);
  case G23_TOK_NE: return g23_vfloat(x != y);
  default: return g23_verr();
  }
}

static g23_op_t op_of(int op) {
  switch (op) {
  case '+': return G23_OP_ADD;
  case '-': return G23_OP_SUB;
  case '*': return G23_OP_MUL;
  case '/': return G23_OP_DIV;
  case '^': return G23_OP_POW;
  case '%': return G23_OP_MOD;
  case '<': return G23_OP_LT;
  case G23_TOK_LE: return G23_OP_LE;
  case G23_TOK_EQ: return G23_OP_EQ;
  case G23_TOK_NE: return G23_OP_NE;
  default: return G23_OP_COUNT;
  }
}

static const char *op_text(int op) {
  switch (op) {
  case G23_TOK_LE: return "<=";
  case G23_TOK_EQ: return "==";
  case G23_TOK_NE: return "!=";
  default: break;
  }
  static char buf[2][2];
  static int k;
  k ^= 1;
  buf[k][0] = (char)op;
  buf[k][1] = 0;
  return buf[k];
}

/* A number as a tensor [1]: i32 for an integer among i32 tensors (so that
 * `arange(n) - 1` stays an i32 index), else f32. */
static g23_value_t as_tensor(g23_lower_t *L, const g23_value_t *v, g23_loc_t loc, bool int_ctx) {
  if (v->kind == G23_V_TENSOR) return *v;
  int64_t one = 1;
  bool i32 = int_ctx && v->kind == G23_V_INT && v->i >= INT32_MIN && v->i <= INT32_MAX;
  int id = g23_const_node(L, loc, g23_num(v), 1, &one);
  if (id >= 0 && i32) L->g->nodes[id].dtype = G23_I32;
  return g23_vtensor(id, -1);
}

/* Elementwise op on tensors (or numbers promoted to [1]), with seq tracking. */
g23_value_t g23_elemwise(g23_lower_t *L, g23_op_t op, const g23_value_t *args, int n, g23_loc_t loc) {
  G23_ASSERT(n >= 1 && n <= 3);
  int in[3] = {0, 0, 0};
  g23_value_t t[3];
  /* The value operands (not where's condition) are all i32 tensors or integers. */
  bool int_ctx = true, any_tensor = false;
  for (int k = op == G23_OP_WHERE ? 1 : 0; k < n; k++) {
    if (args[k].kind == G23_V_TENSOR) any_tensor = true;
    if (args[k].kind == G23_V_TENSOR ? g23_nd(L, args[k].id)->dtype != G23_I32 : args[k].kind != G23_V_INT)
      int_ctx = false;
  }
  int_ctx = int_ctx && any_tensor;
  for (int k = 0; k < n; k++) {
    t[k] = as_tensor(L, &args[k], loc, int_ctx);
    if (t[k].kind == G23_V_ERR) return g23_verr();
    in[k] = t[k].id;
  }
  int id = g23_node(L, loc, op, in, n, NULL, 0, NULL, 0, NULL);
  if (id < 0) return g23_verr();
  int r = g23_nd(L, id)->rank, seq = -1;
  for (int k = 0; k < n; k++) {
    int s = g23_bcast_axis(t[k].seq_axis, g23_rank_of(L, &t[k]), r);
    if (s >= 0 && seq >= 0 && s != seq) g23_seq_mixed(L, loc, "an elementwise op between different sequence axes");
    if (s >= 0) seq = s;
  }
  return g23_vtensor(id, seq);
}

g23_value_t g23_binop(g23_lower_t *L, int op, g23_value_t a, g23_value_t b, g23_loc_t loc) {
  if (a.kind == G23_V_ERR || b.kind == G23_V_ERR) return g23_verr();
  if (g23_is_num(&a) && g23_is_num(&b)) return fold(L, op, &a, &b, loc);
  g23_op_t o = op_of(op);
  bool sx = a.kind == G23_V_SX || b.kind == G23_V_SX;
  bool ok_a = g23_is_num(&a) || a.kind == G23_V_TENSOR || a.kind == G23_V_SX;
  bool ok_b = g23_is_num(&b) || b.kind == G23_V_TENSOR || b.kind == G23_V_SX;
  if (!ok_a || !ok_b || o == G23_OP_COUNT) {
    if (o == G23_OP_COUNT && ok_a && ok_b)
      g23_lerror(L, loc, "'%s' is only defined on numbers known when compiling", op_text(op));
    else
      g23_lerror(L, loc, "cannot apply '%s' to a %s and a %s", op_text(op), g23_vkind_name(a.kind),
                 g23_vkind_name(b.kind));
    return g23_verr();
  }
  if (sx) return g23_score_op(L, o, &a, &b, NULL, loc);
  g23_value_t args[2] = {a, b};
  return g23_elemwise(L, o, args, 2, loc);
}

g23_value_t g23_negate(g23_lower_t *L, g23_value_t a, g23_loc_t loc) {
  switch (a.kind) {
  case G23_V_ERR: return a;
  case G23_V_INT:
    if (a.i == INT64_MIN) {
      g23_lerror(L, loc, "integer overflow");
      return g23_verr();
    }
    return g23_vint(-a.i);
  case G23_V_FLOAT: return g23_vfloat(-a.f);
  case G23_V_SX: return g23_score_op(L, G23_OP_NEG, &a, NULL, NULL, loc);
  case G23_V_TENSOR: return g23_vtensor(g23_unary_node(L, loc, G23_OP_NEG, a.id), a.seq_axis);
  default:
    g23_lerror(L, loc, "cannot negate a %s", g23_vkind_name(a.kind));
    return g23_verr();
  }
}

/* ---- indexing --------------------------------------------------------------------- */

static bool int_arg(g23_lower_t *L, const g23_ast_t *e, int64_t *out) {
  g23_value_t v = g23_lower_eval(L, e);
  if (v.kind == G23_V_ERR) return false;
  if (v.kind != G23_V_INT) {
    g23_lerror(L, e->loc, "an index must be an integer, got a %s", g23_vkind_name(v.kind));
    return false;
  }
  *out = v.i;
  return true;
}

g23_value_t g23_index(g23_lower_t *L, g23_value_t base, const g23_ast_t *e) {
  const g23_ast_list_t *items = &e->list;
  if (base.kind == G23_V_LIST || base.kind == G23_V_TUPLE) {
    int64_t i;
    if (items->n != 1 || items->v[0]->kind == G23_AST_RANGE || items->v[0]->kind == G23_AST_ELLIPSIS) {
      g23_lerror(L, e->loc, "a %s takes one integer index", g23_vkind_name(base.kind));
      return g23_verr();
    }
    if (!int_arg(L, items->v[0], &i)) return g23_verr();
    if (i < 0) i += base.n;
    if (i < 0 || i >= base.n) {
      g23_lerror(L, items->v[0]->loc, "index out of range for a %s of %d", g23_vkind_name(base.kind), base.n);
      return g23_verr();
    }
    return base.items[i];
  }
  if (base.kind != G23_V_TENSOR) {
    g23_lerror(L, e->loc, "a %s cannot be indexed", g23_vkind_name(base.kind));
    return g23_verr();
  }
  const g23_node_t *n = g23_nd(L, base.id);
  /* Per-head read in a score lambda: slope[h]. */
  if (items->n == 1 && items->v[0]->kind != G23_AST_RANGE && items->v[0]->kind != G23_AST_ELLIPSIS) {
    g23_value_t iv = g23_lower_eval(L, items->v[0]);
    if (iv.kind == G23_V_ERR) return iv;
    if (iv.kind == G23_V_SX) {
      if (iv.sx->kind != G23_SX_H || n->rank != 1 || n->shape[0] != L->sx_heads || !L->sx_extras) {
        g23_lerror(L, e->loc, "inside a score lambda a tensor is read as x[h], with x of shape [heads] = [%d]",
                   L->sx_heads);
        return g23_verr();
      }
      return g23_score_value(L, sx_extra(L, base.id, true));
    }
  }
  int rank = n->rank;
  int64_t start[G23_MAX_RANK], len[G23_MAX_RANK];
  bool drop[G23_MAX_RANK] = {0};
  for (int i = 0; i < rank; i++) start[i] = 0, len[i] = n->shape[i];
  int ell = -1;
  for (int k = 0; k < items->n; k++)
    if (items->v[k]->kind == G23_AST_ELLIPSIS) {
      if (ell >= 0) {
        g23_lerror(L, items->v[k]->loc, "only one '...' per index");
        return g23_verr();
      }
      ell = k;
    }
  int nitems = items->n - (ell >= 0);
  if (nitems > rank) {
    g23_lerror(L, e->loc, "%d indices for a tensor of rank %d", nitems, rank);
    return g23_verr();
  }
  for (int k = 0; k < items->n; k++) {
    const g23_ast_t *it = items->v[k];
    if (k == ell) continue;
    int axis = ell >= 0 && k > ell ? rank - (items->n - k) : k;
    int64_t size = n->shape[axis];
    if (it->kind == G23_AST_RANGE) {
      int64_t a = 0, b = size;
      if (it->a && !int_arg(L, it->a, &a)) return g23_verr();
      if (it->b && !int_arg(L, it->b, &b)) return g23_verr();
      if (a < 0) a += size;
      if (b < 0) b += size;
      if (a < 0 || b > size || a >= b) {
        g23_lerror(L, it->loc, "range %" PRId64 ":%" PRId64 " is empty or outside axis %d of size %" PRId64, a, b,
                   axis, size);
        return g23_verr();
      }
      start[axis] = a;
      len[axis] = b - a;
    } else {
      int64_t i;
      if (!int_arg(L, it, &i)) return g23_verr();
      if (i < 0) i += size;
      if (i < 0 || i >= size) {
        g23_lerror(L, it->loc, "index %" PRId64 " is outside axis %d of size %" PRId64, i, axis, size);
        return g23_verr();
      }
      start[axis] = i;
      len[axis] = 1;
      drop[axis] = true;
    }
  }
  int id = base.id, seq = base.seq_axis;
  for (int axis = 0; axis < rank; axis++) {
    if (len[axis] == g23_nd(L, id)->shape[axis]) continue;
    if (axis == seq) g23_seq_mixed(L, e->loc, "a slice along the sequence axis");
    int64_t at[3] = {axis, start[axis], len[axis]};
    id = g23_node(L, e->loc, G23_OP_SLICE, &id, 1, at, 3, NULL, 0, NULL);
    if (id < 0) return g23_verr();
  }
  int out_rank = 0, out_seq = -1;
  int64_t shape[G23_MAX_RANK];
  bool any_drop = false;
  for (int axis = 0; axis < rank; axis++) {
    if (drop[axis]) {
      any_drop = true;
      continue;
    }
    if (axis == seq) out_seq = out_rank;
    shape[out_rank++] = len[axis];
  }
  if (any_drop) {
    if (out_rank == 0) shape[out_rank++] = 1;
    id = g23_reshape_node(L, e->loc, id, out_rank, shape);
  }
  return g23_vtensor(id, out_seq);
}
