/* builtins.c: the primitive functions of the language, each lowering to IR
 * nodes of ops.def, plus arithmetic, indexing and attention score lambdas.
 *
 * Every tensor value carries the axis that holds sequence positions
 * (seq_axis, from the input dims named `seq`).  An op that combines
 * different positions outside attention (a slice, concat or reduction along
 * that axis, a matmul contracting it, a reshape that merges it) sets
 * L->seq_mixed, with the first place and why (mixed_why): the model then
 * cannot decode one token at a time from a KV cache
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

static int unary(g23_lower_t *L, g23_loc_t loc, g23_op_t op, int a) {
  return g23_node(L, loc, op, &a, 1, NULL, 0, NULL, 0, NULL);
}

static int binary(g23_lower_t *L, g23_loc_t loc, g23_op_t op, int a, int b) {
  int in[2] = {a, b};
  return g23_node(L, loc, op, in, 2, NULL, 0, NULL, 0, NULL);
}

static int reshape(g23_lower_t *L, g23_loc_t loc, int a, int rank, const int64_t *shape) {
  return g23_node(L, loc, G23_OP_RESHAPE, &a, 1, NULL, 0, NULL, rank, shape);
}

static int constant(g23_lower_t *L, g23_loc_t loc, double v, int rank, const int64_t *shape) {
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
static void mixed_why(g23_lower_t *L, g23_loc_t loc, const char *why) {
  if (!L->seq_mixed) {
    L->mix_loc = loc;
    L->mix_why = why;
    L->mix_frame = L->frame;
  }
  L->seq_mixed = true;
}

/* The same, at the builtin being called, for a reason not named. */
static inline void mixed(g23_lower_t *L) {
  mixed_why(L, L->call_loc, "an op that combines different sequence positions");
}

/* The seq axis of a broadcast result of rank r from an input of rank ra. */
static int bcast_axis(int seq, int ra, int r) { return seq < 0 ? -1 : r - ra + seq; }

static int rank_of(g23_lower_t *L, const g23_value_t *v) { return g23_nd(L, v->id)->rank; }

/* ---- symbolic score expressions ------------------------------------------------ */

static g23_sexpr_t *keep(g23_lower_t *L, g23_sexpr_t *e) {
  if (L->nsx_keep == L->capsx_keep) {
    L->capsx_keep = L->capsx_keep ? 2 * L->capsx_keep : 16;
    L->sx_keep = g23_xrealloc(L->sx_keep, (size_t)L->capsx_keep * sizeof *L->sx_keep);
  }
  L->sx_keep[L->nsx_keep++] = e;
  return e;
}

static g23_value_t vsx(g23_lower_t *L, g23_sexpr_t *e) {
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
static g23_sexpr_t *to_sx(g23_lower_t *L, const g23_value_t *v, g23_loc_t loc) {
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

static g23_value_t sx_op(g23_lower_t *L, g23_op_t op, const g23_value_t *a, const g23_value_t *b,
                         const g23_value_t *c, g23_loc_t loc) {
  g23_sexpr_t *x = to_sx(L, a, loc), *y = b ? to_sx(L, b, loc) : NULL, *z = c ? to_sx(L, c, loc) : NULL;
  if (!x || (b && !y) || (c && !z)) {
    g23_sx_free(x);
    g23_sx_free(y);
    g23_sx_free(z);
    return g23_verr();
  }
  return vsx(L, g23_sx_op(op, x, y, z));
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
  int id = constant(L, loc, g23_num(v), 1, &one);
  if (id >= 0 && i32) L->g->nodes[id].dtype = G23_I32;
  return g23_vtensor(id, -1);
}

/* Elementwise op on tensors (or numbers promoted to [1]), with seq tracking. */
static g23_value_t elemwise(g23_lower_t *L, g23_op_t op, const g23_value_t *args, int n, g23_loc_t loc) {
  int in[3];
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
    int s = bcast_axis(t[k].seq_axis, rank_of(L, &t[k]), r);
    if (s >= 0 && seq >= 0 && s != seq) mixed_why(L, loc, "an elementwise op between different sequence axes");
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
  if (sx) return sx_op(L, o, &a, &b, NULL, loc);
  g23_value_t args[2] = {a, b};
  return elemwise(L, o, args, 2, loc);
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
  case G23_V_SX: return sx_op(L, G23_OP_NEG, &a, NULL, NULL, loc);
  case G23_V_TENSOR: return g23_vtensor(unary(L, loc, G23_OP_NEG, a.id), a.seq_axis);
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
      return vsx(L, sx_extra(L, base.id, true));
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
    if (axis == seq) mixed_why(L, e->loc, "a slice along the sequence axis");
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
    id = reshape(L, e->loc, id, out_rank, shape);
  }
  return g23_vtensor(id, out_seq);
}

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
  if (x.kind == G23_V_SX) return sx_op(L, (g23_op_t)op, &x, NULL, NULL, a->call);
  if (!want_tensor(L, a, 0)) return g23_verr();
  return g23_vtensor(unary(L, a->call, (g23_op_t)op, x.id), x.seq_axis);
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
    if (x.seq_axis == rank_of(L, &x) - 1) mixed_why(L, a->call, "a max along the sequence axis");
    return g23_vtensor(unary(L, a->call, G23_OP_RMAX, x.id), x.seq_axis);
  }
  g23_value_t x = a->v[0], y = a->v[1];
  if (g23_is_num(&x) && g23_is_num(&y)) {
    double p = g23_num(&x), q = g23_num(&y);
    bool first = op == G23_OP_MAX ? p >= q : p <= q;
    return first ? x : y;
  }
  if (x.kind == G23_V_SX || y.kind == G23_V_SX) return sx_op(L, (g23_op_t)op, &x, &y, NULL, a->call);
  if ((x.kind != G23_V_TENSOR && !g23_is_num(&x)) || (y.kind != G23_V_TENSOR && !g23_is_num(&y))) {
    g23_lerror(L, a->call, "%s needs numbers or tensors", a->name);
    return g23_verr();
  }
  return elemwise(L, (g23_op_t)op, a->v, 2, a->call);
}

static g23_value_t b_binary(g23_lower_t *L, args_t *a, int op) {
  return g23_binop(L, op, a->v[0], a->v[1], a->call);
}

static g23_value_t b_where(g23_lower_t *L, args_t *a, int op) {
  for (int k = 0; k < 3; k++)
    if (a->v[k].kind == G23_V_SX) return sx_op(L, G23_OP_WHERE, &a->v[0], &a->v[1], &a->v[2], a->call);
  for (int k = 0; k < 3; k++)
    if (a->v[k].kind != G23_V_TENSOR && !g23_is_num(&a->v[k])) {
      g23_lerror(L, a->loc[k], "where needs numbers or tensors, got a %s", g23_vkind_name(a->v[k].kind));
      return g23_verr();
    }
  return elemwise(L, G23_OP_WHERE, a->v, 3, a->call);
}

static g23_value_t b_reduce(g23_lower_t *L, args_t *a, int mean) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  g23_value_t x = a->v[0];
  const g23_node_t *n = g23_nd(L, x.id);
  int64_t last = n->shape[n->rank - 1];
  if (x.seq_axis == n->rank - 1)
    mixed_why(L, a->call, mean ? "a mean along the sequence axis" : "a sum along the sequence axis");
  int id = unary(L, a->call, G23_OP_RSUM, x.id);
  if (mean && id >= 0) {
    int64_t one = 1;
    id = binary(L, a->call, G23_OP_MUL, id, constant(L, a->call, 1.0 / (double)last, 1, &one));
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
  mixed_why(L, loc, "a reshape that merges or splits the sequence axis");
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
  return g23_vtensor(reshape(L, a->call, a->v[0].id, rank, shape), seq);
}

static g23_value_t b_permute(g23_lower_t *L, args_t *a, int transpose) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  g23_value_t x = a->v[0];
  int rank = rank_of(L, &x);
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
  int seq = bcast_axis(x.seq_axis, rank_of(L, &x), rank);
  return g23_vtensor(g23_node(L, a->call, G23_OP_EXPAND, &x.id, 1, NULL, 0, NULL, rank, shape), seq);
}

static g23_value_t b_slice(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0)) return g23_verr();
  g23_value_t x = a->v[0];
  int axis;
  int64_t start, len;
  if (!want_axis(L, a, 1, 0, rank_of(L, &x), &axis) || !want_int(L, a, 2, 0, &start) ||
      !want_int(L, a, 3, 0, &len))
    return g23_verr();
  if (axis == x.seq_axis && len != g23_nd(L, x.id)->shape[axis])
    mixed_why(L, a->call, "a slice along the sequence axis");
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
  if (!want_axis(L, a, 1, -1, rank_of(L, &xs[0]), &axis)) return g23_verr();
  for (int k = 0; k < n; k++)
    if (xs[k].seq_axis == axis) mixed_why(L, a->call, "a concat along the sequence axis");
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
  if (axis == x.seq_axis && parts > 1) mixed_why(L, a->call, "a split along the sequence axis");
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
  int ra = rank_of(L, &x), rb = rank_of(L, &y);
  int seq = -1;
  if (x.seq_axis >= 0) {
    int k_axis = ta ? ra - 2 : ra - 1, m_axis = ta ? ra - 1 : ra - 2;
    if (x.seq_axis == k_axis) mixed_why(L, a->call, "a matmul that sums over the sequence axis");
    else seq = x.seq_axis == m_axis ? ra - 2 : x.seq_axis;
  }
  if (y.seq_axis >= 0) {
    int k_axis = tb ? rb - 1 : rb - 2, n_axis = tb ? rb - 2 : rb - 1;
    if (y.seq_axis == k_axis) mixed_why(L, a->call, "a matmul that sums over the sequence axis");
    else if (seq >= 0) mixed_why(L, a->call, "a matmul of two tensors along the sequence");
    else seq = y.seq_axis == n_axis ? ra - 1 : ra - rb + y.seq_axis;
  }
  int in[2] = {x.id, y.id};
  int64_t t[2] = {ta, tb};
  return g23_vtensor(g23_node(L, a->call, G23_OP_MATMUL, in, 2, t, 2, NULL, 0, NULL), seq);
}

/* ---- indexing and positions ------------------------------------------------------ */

static g23_value_t b_gather(g23_lower_t *L, args_t *a, int op) {
  if (!want_tensor(L, a, 0) || !want_tensor(L, a, 1)) return g23_verr();
  if (a->v[0].seq_axis >= 0) mixed_why(L, a->call, "a gather from a table along the sequence");
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
  int id = reshape(L, a->call, a->v[0].id, t->rank + 1, shape);
  return g23_vtensor(g23_node(L, a->call, G23_OP_ONEHOT, &id, 1, &n, 1, NULL, 0, NULL), a->v[0].seq_axis);
}

/* An i32 [1] zero, in place of the run-time position pos where a value must
 * not depend on it. */
static int zero_offset(g23_lower_t *L, g23_loc_t loc) {
  int64_t one = 1, i32 = G23_I32;
  int zero = constant(L, loc, 0, 1, &one);
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
  return g23_vtensor(constant(L, a->call, v, rank, shape), -1);
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
  for (int k = 0; k < 4; k++) args[k] = vsx(L, g23_sx_new(kinds[k]));
  int *saved = L->sx_extras, nsaved = L->nsx_extras, hsaved = L->sx_heads;
  L->sx_extras = g23_xmalloc(sizeof *L->sx_extras);
  L->nsx_extras = 0;
  L->sx_heads = heads;
  g23_value_t r = g23_call_lambda(L, fn, args, 4, loc);
  g23_sexpr_t *e = NULL;
  if (r.kind != G23_V_ERR) e = to_sx(L, &r, fn->ast->a->loc);
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
    mixed_why(L, a->call, "an attention over the sequence that is not causal (a position sees later keys)");
  else if (!cross && (q.seq_axis != 2 || (k.seq_axis >= 0 && k.seq_axis != 2) || (v.seq_axis >= 0 && v.seq_axis != 2)))
    mixed_why(L, a->call, "an attention whose queries or keys carry the sequence on another axis than the third");
  /* Cross keys that still change with pos (positions() of a source): one
   * decode step at pos would not compute the keys the full pass does. */
  if (cross && (reads_pos(L, k.id) || reads_pos(L, v.id)))
    mixed_why(L, a->call, "a cross-attention whose keys depend on the position pos");
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
