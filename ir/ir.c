/* ir.c: the op table, building nodes, shape and dtype inference, verifier.
 *
 * Every shape rule lives in infer() below, one case per op (or class), so
 * that g23_add and g23_verify cannot disagree.  Attribute conventions beyond
 * ops.def:
 *   ONEHOT     iattr[0] = n (classes)
 *   POSITIONS  iattr[0] = T
 *   CAST       iattr[0] = target dtype (g23_dtype_t)
 *   SLICE      iattr[2] = length (when niattr < 3, the caller's shape[axis])
 *   ATTENTION*  iattr[0] causal, [1] window, [2] cross; ATTN_BWD_EXTRA [3] = index
 *              of the extra (0 = the first); [4] dropout stream, fattr[0]
 *              dropout probability
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"

/* An E row's G23_F_NOGRAD comes from its derivative column. */
const g23_opinfo_t g23_ops[G23_OP_COUNT] = {
#define X(e, name, cls, nin, flags) [G23_OP_##e] = {name, cls, nin, flags, ""},
#define E(e, name, nin, flags, tmpl, f64, deriv) \
  [G23_OP_##e] = {name, G23_CLASS_ELEMWISE, nin, (flags) | (deriv), tmpl},
#define D(...) 0
#define NODIFF G23_F_NOGRAD
#include "ops.def"
#undef X
#undef E
#undef D
#undef NODIFF
};

/* The largest tensor any graph may hold. */
#define G23_MAX_NUMEL ((int64_t)1 << 40)

static const char *const dtype_names[G23_DTYPE_COUNT] = {"f32", "bf16", "f16", "i32"};
static const int dtype_sizes[G23_DTYPE_COUNT] = {4, 2, 2, 4};

const char *g23_dtype_name(g23_dtype_t t) {
  return (unsigned)t < G23_DTYPE_COUNT ? dtype_names[t] : "?";
}
int g23_dtype_size(g23_dtype_t t) { return (unsigned)t < G23_DTYPE_COUNT ? dtype_sizes[t] : 0; }

const char *g23_role_name(g23_role_t r) {
  static const char *const names[G23_ROLE_COUNT] = {
      "act", "input", "target", "scalar", "param", "grad", "optstate", "kvcache", "output", "hoisted"};
  return (unsigned)r < G23_ROLE_COUNT ? names[r] : "?";
}

const char *g23_graph_kind_name(g23_graph_kind_t k) {
  static const char *const names[G23_GRAPH_COUNT] = {"train", "eval", "prefill", "decode"};
  return (unsigned)k < G23_GRAPH_COUNT ? names[k] : "?";
}

/* ---- graphs -------------------------------------------------------------- */

void g23_graph_init(g23_graph_t *g, g23_graph_kind_t kind) {
  memset(g, 0, sizeof *g);
  g->kind = kind;
}

static void node_free(g23_node_t *n) {
  free(n->in);
  free(n->name);
  g23_sx_free(n->score);
}

void g23_graph_free(g23_graph_t *g) {
  for (int i = 0; i < g->n; i++) node_free(&g->nodes[i]);
  free(g->nodes);
  free(g->outputs);
  g23_graph_kind_t kind = g->kind;
  memset(g, 0, sizeof *g);
  g->kind = kind;
}

void g23_graph_copy(g23_graph_t *dst, const g23_graph_t *src) {
  memset(dst, 0, sizeof *dst);
  dst->kind = src->kind;
  dst->n = dst->cap = src->n;
  dst->nodes = g23_xcalloc(src->n ? src->n : 1, sizeof *dst->nodes);
  for (int i = 0; i < src->n; i++) {
    g23_node_t *d = &dst->nodes[i];
    const g23_node_t *s = &src->nodes[i];
    *d = *s;
    d->in = g23_xmalloc((s->nin ? s->nin : 1) * sizeof *d->in);
    memcpy(d->in, s->in, s->nin * sizeof *d->in);
    d->name = s->name ? g23_xstrdup(s->name) : NULL;
    d->score = s->score ? g23_sx_copy(s->score) : NULL;
  }
  dst->nout = src->nout;
  dst->outputs = g23_xmalloc((src->nout ? src->nout : 1) * sizeof *dst->outputs);
  memcpy(dst->outputs, src->outputs, src->nout * sizeof *dst->outputs);
}

void g23_names_free(g23_names_t *t, int n) {
  for (int i = 0; i < n; i++) {
    free(t[i].name);
    free(t[i].prefix);
    for (int k = 0; k < t[i].n; k++) {
      free(t[i].v[k].name);
      free(t[i].v[k].param);
    }
    free(t[i].v);
  }
  free(t);
}

void g23_module_free(g23_module_t *m) {
  free(m->model_path);
  g23_names_free(m->names, m->nnames);
  for (int i = 0; i < m->nhparams; i++) free(m->hparams[i].name);
  free(m->hparams);
  for (int k = 0; k < G23_GRAPH_COUNT; k++) g23_graph_free(&m->graphs[k]);
  memset(m, 0, sizeof *m);
}

/* ---- shapes -------------------------------------------------------------- */

int64_t g23_numel(const g23_node_t *n) {
  int64_t e = 1;
  for (int i = 0; i < n->rank; i++) e *= n->shape[i];
  return e;
}

const char *g23_shape_str(int rank, const int64_t *shape, char *buf, size_t n) {
  size_t k = 0;
  if (n == 0) return buf;
  buf[0] = 0;
#define PUT(...) (k < n ? (void)(k += snprintf(buf + k, n - k, __VA_ARGS__)) : (void)0)
  PUT("[");
  for (int i = 0; i < rank; i++) PUT("%s%" PRId64, i ? ", " : "", shape[i]);
  PUT("]");
#undef PUT
  return buf;
}

/* "f32[2, 3]" */
static const char *type_str(const g23_node_t *n, char *buf, size_t size) {
  char sh[200];
  snprintf(buf, size, "%s%s", g23_dtype_name(n->dtype), g23_shape_str(n->rank, n->shape, sh, sizeof sh));
  return buf;
}

bool g23_broadcast_shape(int ra, const int64_t *a, int rb, const int64_t *b, int *rout, int64_t *out) {
  int r = ra > rb ? ra : rb;
  int64_t tmp[G23_MAX_RANK];
  if (r > G23_MAX_RANK) return false;
  for (int i = 0; i < r; i++) {
    int ia = ra - r + i, ib = rb - r + i;
    int64_t da = ia >= 0 ? a[ia] : 1, db = ib >= 0 ? b[ib] : 1;
    if (da != db && da != 1 && db != 1) return false;
    tmp[i] = da == 1 ? db : da;
  }
  memcpy(out, tmp, r * sizeof *out);
  *rout = r;
  return true;
}

/* First dimension (index into the longer shape) where a and b cannot
 * broadcast. */
static int broadcast_conflict(int ra, const int64_t *a, int rb, const int64_t *b, int64_t *da, int64_t *db) {
  int r = ra > rb ? ra : rb;
  for (int i = 0; i < r; i++) {
    int ia = ra - r + i, ib = rb - r + i;
    int64_t x = ia >= 0 ? a[ia] : 1, y = ib >= 0 ? b[ib] : 1;
    if (x != y && x != 1 && y != 1) {
      *da = x;
      *db = y;
      return i;
    }
  }
  return -1;
}

static bool same_shape(int ra, const int64_t *a, int rb, const int64_t *b) {
  return ra == rb && memcmp(a, b, ra * sizeof *a) == 0;
}

static bool is_float(g23_dtype_t t) { return t != G23_I32; }

/* ---- inference ------------------------------------------------------------ */

typedef struct {
  int rank;
  int64_t shape[G23_MAX_RANK];
  g23_dtype_t dtype;
} infer_t;

static const g23_node_t *IN(const g23_graph_t *g, const g23_node_t *n, int k) { return &g->nodes[n->in[k]]; }

/* Elementwise ops whose result is a float even for i32 inputs. */
#define FAIL(...) do { g23_error(d, n->loc, __VA_ARGS__); return -1; } while (0)

static int infer_elemwise(const g23_graph_t *g, g23_diag_t *d, const g23_node_t *n, infer_t *o) {
  char ta[256], tb[256];
  const char *name = g23_ops[n->op].name;
  switch (n->op) {
  case G23_OP_POSITIONS: {
    const g23_node_t *p = IN(g, n, 0);
    if (p->dtype != G23_I32 || g23_numel(p) != 1)
      FAIL("positions needs an i32[1] offset, got %s", type_str(p, ta, sizeof ta));
    if (n->iattr[0] < 1) FAIL("positions needs a positive length, got %" PRId64, n->iattr[0]);
    o->rank = 1;
    o->shape[0] = n->iattr[0];
    o->dtype = G23_I32;
    return 0;
  }
  case G23_OP_ONEHOT: {
    const g23_node_t *x = IN(g, n, 0);
    if (x->dtype != G23_I32 || x->rank < 1 || x->shape[x->rank - 1] != 1)
      FAIL("one_hot needs i32 indices of shape [..., 1], got %s", type_str(x, ta, sizeof ta));
    if (n->iattr[0] < 1) FAIL("one_hot needs a positive number of classes, got %" PRId64, n->iattr[0]);
    o->rank = x->rank;
    memcpy(o->shape, x->shape, x->rank * sizeof *o->shape);
    o->shape[x->rank - 1] = n->iattr[0];
    o->dtype = G23_F32;
    return 0;
  }
  case G23_OP_DROPOUT: {
    const g23_node_t *x = IN(g, n, 0), *s = IN(g, n, 1);
    if (s->dtype != G23_I32 || g23_numel(s) != 1)
      FAIL("dropout needs an i32[1] seed, got %s", type_str(s, ta, sizeof ta));
    if (!is_float(x->dtype)) FAIL("dropout of a non-float tensor %s", type_str(x, ta, sizeof ta));
    if (!(n->fattr[0] >= 0 && n->fattr[0] < 1)) FAIL("dropout probability %g is not in [0, 1)", n->fattr[0]);
    o->rank = x->rank;
    memcpy(o->shape, x->shape, x->rank * sizeof *o->shape);
    o->dtype = x->dtype;
    return 0;
  }
  case G23_OP_ASSIGN: {
    const g23_node_t *x = IN(g, n, 0), *v = IN(g, n, 1);
    if (x->op != G23_OP_PARAM && x->op != G23_OP_STATE)
      FAIL("assign target must be a parameter or state, not a %s", g23_ops[x->op].name);
    int r;
    int64_t sh[G23_MAX_RANK];
    if (!g23_broadcast_shape(x->rank, x->shape, v->rank, v->shape, &r, sh) ||
        !same_shape(r, sh, x->rank, x->shape))
      FAIL("cannot assign %s to %s", type_str(v, tb, sizeof tb), type_str(x, ta, sizeof ta));
    o->rank = x->rank;
    memcpy(o->shape, x->shape, x->rank * sizeof *o->shape);
    o->dtype = x->dtype;
    return 0;
  }
  default:
    break;
  }
  /* Generic: numpy broadcasting of every input. */
  int first = n->op == G23_OP_WHERE ? 1 : 0; /* WHERE's condition does not set the dtype */
  const g23_node_t *a = IN(g, n, 0);
  o->rank = a->rank;
  memcpy(o->shape, a->shape, a->rank * sizeof *o->shape);
  for (int k = 1; k < n->nin; k++) {
    const g23_node_t *b = IN(g, n, k);
    int r;
    int64_t sh[G23_MAX_RANK], da, db;
    if (!g23_broadcast_shape(o->rank, o->shape, b->rank, b->shape, &r, sh)) {
      int dim = broadcast_conflict(o->rank, o->shape, b->rank, b->shape, &da, &db);
      infer_t prev = *o;
      g23_node_t tmp = {.dtype = a->dtype, .rank = prev.rank};
      memcpy(tmp.shape, prev.shape, sizeof tmp.shape);
      if (dim < 0) FAIL("cannot %s %s and %s: rank above %d", name, type_str(k == 1 ? a : &tmp, ta, sizeof ta),
                        type_str(b, tb, sizeof tb), G23_MAX_RANK);
      FAIL("cannot %s %s and %s: dimension %d differs (%" PRId64 " vs %" PRId64 ")", name,
           type_str(k == 1 ? a : &tmp, ta, sizeof ta), type_str(b, tb, sizeof tb), dim, da, db);
    }
    o->rank = r;
    memcpy(o->shape, sh, r * sizeof *sh);
  }
  /* dtype: the common float type of the value inputs, f32 when they differ. */
  bool any_float = false, mixed = false;
  g23_dtype_t ft = G23_F32;
  for (int k = first; k < n->nin; k++) {
    g23_dtype_t t = IN(g, n, k)->dtype;
    if (!is_float(t)) continue;
    if (any_float && t != ft) mixed = true;
    ft = t;
    any_float = true;
  }
  if (n->op == G23_OP_CAST) {
    if (n->iattr[0] < 0 || n->iattr[0] >= G23_DTYPE_COUNT) FAIL("cast to an unknown dtype %" PRId64, n->iattr[0]);
    o->dtype = (g23_dtype_t)n->iattr[0];
  } else if (any_float) {
    o->dtype = mixed ? G23_F32 : ft;
  } else {
    o->dtype = g23_ops[n->op].flags & G23_F_INT ? G23_I32 : G23_F32;
  }
  return 0;
}

/* Caller-given shape is in n->rank / n->shape. */
static int infer_move(const g23_graph_t *g, g23_diag_t *d, const g23_node_t *n, infer_t *o) {
  char ta[256], tb[256];
  const g23_node_t *x = IN(g, n, 0);
  o->dtype = x->dtype;
  switch (n->op) {
  case G23_OP_RESHAPE: {
    g23_node_t t = {.dtype = x->dtype, .rank = n->rank};
    memcpy(t.shape, n->shape, sizeof t.shape);
    if (g23_numel(&t) != g23_numel(x))
      FAIL("cannot reshape %s to %s: %" PRId64 " elements vs %" PRId64, type_str(x, ta, sizeof ta),
           g23_shape_str(n->rank, n->shape, tb, sizeof tb), g23_numel(x), g23_numel(&t));
    o->rank = n->rank;
    memcpy(o->shape, n->shape, sizeof o->shape);
    return 0;
  }
  case G23_OP_PERMUTE: {
    bool seen[G23_MAX_RANK] = {0};
    for (int i = 0; i < x->rank; i++) {
      int64_t p = n->iattr[i];
      if (p < 0 || p >= x->rank || seen[p]) FAIL("permute of %s: axis order is not a permutation of 0..%d",
                                                 type_str(x, ta, sizeof ta), x->rank - 1);
      seen[p] = true;
      o->shape[i] = x->shape[p];
    }
    o->rank = x->rank;
    return 0;
  }
  case G23_OP_EXPAND:
  case G23_OP_REDUCE_TO: {
    /* EXPAND: x broadcasts to the node's shape; REDUCE_TO: the node's shape
     * broadcasts to x. */
    int r;
    int64_t sh[G23_MAX_RANK];
    bool up = n->op == G23_OP_EXPAND;
    const int64_t *big = up ? n->shape : x->shape;
    int rbig = up ? n->rank : x->rank;
    if (!g23_broadcast_shape(x->rank, x->shape, n->rank, n->shape, &r, sh) || !same_shape(r, sh, rbig, big))
      FAIL("cannot %s %s to %s", up ? "broadcast" : "sum", type_str(x, ta, sizeof ta),
           g23_shape_str(n->rank, n->shape, tb, sizeof tb));
    o->rank = n->rank;
    memcpy(o->shape, n->shape, sizeof o->shape);
    return 0;
  }
  case G23_OP_SLICE: {
    int64_t ax = n->iattr[0], start = n->iattr[1];
    if (ax < 0 || ax >= x->rank) FAIL("slice of %s: no axis %" PRId64, type_str(x, ta, sizeof ta), ax);
    int64_t len = n->iattr[2];
    if (start < 0 || len < 1 || start > x->shape[ax] - len)
      FAIL("slice [%" PRId64 ", %" PRId64 ") of axis %" PRId64 " is out of range for %s", start, start + len, ax,
           type_str(x, ta, sizeof ta));
    o->rank = x->rank;
    memcpy(o->shape, x->shape, sizeof o->shape);
    o->shape[ax] = len;
    return 0;
  }
  case G23_OP_PAD: {
    int64_t ax = n->iattr[0], start = n->iattr[1];
    bool ok = n->rank == x->rank && ax >= 0 && ax < x->rank && start >= 0 && start <= n->shape[ax] - x->shape[ax];
    for (int i = 0; ok && i < x->rank; i++)
      if (i != ax && x->shape[i] != n->shape[i]) ok = false;
    if (!ok)
      FAIL("cannot pad %s to %s along axis %" PRId64 " at %" PRId64, type_str(x, ta, sizeof ta),
           g23_shape_str(n->rank, n->shape, tb, sizeof tb), ax, start);
    o->rank = n->rank;
    memcpy(o->shape, n->shape, sizeof o->shape);
    return 0;
  }
  case G23_OP_CONCAT: {
    int64_t ax = n->iattr[0];
    if (ax < 0 || ax >= x->rank) FAIL("concat of %s: no axis %" PRId64, type_str(x, ta, sizeof ta), ax);
    o->rank = x->rank;
    memcpy(o->shape, x->shape, sizeof o->shape);
    for (int k = 1; k < n->nin; k++) {
      const g23_node_t *y = IN(g, n, k);
      bool ok = y->rank == x->rank && y->dtype == x->dtype;
      for (int i = 0; ok && i < x->rank; i++)
        if (i != ax && y->shape[i] != x->shape[i]) ok = false;
      if (!ok)
        FAIL("cannot concat %s and %s along axis %" PRId64, type_str(x, ta, sizeof ta), type_str(y, tb, sizeof tb), ax);
      o->shape[ax] += y->shape[ax];
    }
    return 0;
  }
  default:
    G23_ASSERT(!"not a movement op");
  }
  return -1;
}

static int check_pos(g23_diag_t *d, const g23_node_t *n, const g23_node_t *p) {
  char ta[256];
  if (p->dtype != G23_I32 || g23_numel(p) != 1)
    FAIL("%s needs an i32[1] position, got %s", g23_ops[n->op].name, type_str(p, ta, sizeof ta));
  return 0;
}

int g23_attn_first_extra(const g23_node_t *n) { return (n->op == G23_OP_ATTENTION ? 4 : 6) + (n->fattr[0] > 0); }

static int infer_attention(const g23_graph_t *g, g23_diag_t *d, const g23_node_t *n, infer_t *o) {
  char ta[256], tb[256], tc[256];
  const char *name = g23_ops[n->op].name;
  int base = g23_attn_first_extra(n);
  if (n->nin < base) FAIL("%s needs at least %d inputs, got %d", name, base, n->nin);
  if (!(n->fattr[0] >= 0 && n->fattr[0] < 1)) FAIL("%s dropout %g is not in [0, 1)", name, n->fattr[0]);
  if (n->fattr[0] > 0) {
    const g23_node_t *sd = IN(g, n, base - 1);
    if (sd->dtype != G23_I32 || g23_numel(sd) != 1)
      FAIL("%s with dropout needs an i32[1] seed, got %s", name, type_str(sd, ta, sizeof ta));
    if (n->iattr[4] < 0) FAIL("%s dropout stream %" PRId64 " is negative", name, n->iattr[4]);
  }
  const g23_node_t *q = IN(g, n, 0), *k = IN(g, n, 1), *v = IN(g, n, 2);
  if (q->rank != 4 || k->rank != 4 || !same_shape(k->rank, k->shape, v->rank, v->shape) ||
      q->shape[0] != k->shape[0] || q->shape[3] != k->shape[3] || k->shape[1] < 1)
    FAIL("%s needs q [B, H, T, D] and k, v [B, H_kv, S, D], got q %s, k %s, v %s", name, type_str(q, ta, sizeof ta),
         type_str(k, tb, sizeof tb), type_str(v, tc, sizeof tc));
  if (q->shape[1] % k->shape[1] != 0)
    FAIL("%s: the %" PRId64 " query heads are not a multiple of the %" PRId64 " key/value heads (q %s, k %s)", name,
         q->shape[1], k->shape[1], type_str(q, ta, sizeof ta), type_str(k, tb, sizeof tb));
  if (!is_float(q->dtype) || q->dtype != k->dtype || q->dtype != v->dtype)
    FAIL("%s needs q, k, v of one float dtype", name);
  if (check_pos(d, n, IN(g, n, 3))) return -1;
  if (n->iattr[1] < 0) FAIL("%s window %" PRId64 " is negative", name, n->iattr[1]);
  for (int e = base; e < n->nin; e++) {
    const g23_node_t *x = IN(g, n, e);
    if (!is_float(x->dtype) || x->rank != 1 || (x->shape[0] != 1 && x->shape[0] != q->shape[1]))
      FAIL("%s score extra %d must be [%" PRId64 "] (per head) or [1], got %s", name, e - base, q->shape[1],
           type_str(x, ta, sizeof ta));
  }
  o->dtype = q->dtype;
  if (n->op == G23_OP_ATTENTION) {
    o->rank = 4;
    memcpy(o->shape, q->shape, 4 * sizeof *o->shape);
    return 0;
  }
  for (int e = 4; e < 6; e++)
    if (!same_shape(IN(g, n, e)->rank, IN(g, n, e)->shape, 4, q->shape))
      FAIL("%s: input %d is %s, not q's shape %s", name, e, type_str(IN(g, n, e), ta, sizeof ta),
           type_str(q, tb, sizeof tb));
  if (n->op == G23_OP_ATTN_BWD) { /* dq, dk, dv flattened one after the other (ops.def) */
    o->rank = 1;
    o->shape[0] = g23_numel(q) + 2 * g23_numel(k);
    return 0;
  }
  int64_t e = n->iattr[3];
  if (e < 0 || e >= n->nin - base) FAIL("%s: no score extra %" PRId64, name, e);
  const g23_node_t *x = IN(g, n, base + e);
  o->rank = x->rank;
  memcpy(o->shape, x->shape, sizeof o->shape);
  o->dtype = x->dtype;
  return 0;
}

static int infer_special(const g23_graph_t *g, g23_diag_t *d, const g23_node_t *n, infer_t *o) {
  char ta[256], tb[256];
  switch (n->op) {
  case G23_OP_REDUCE_TO:
    return infer_move(g, d, n, o);
  case G23_OP_GATHER: {
    const g23_node_t *t = IN(g, n, 0), *ix = IN(g, n, 1);
    if (t->rank != 2 || ix->dtype != G23_I32 || ix->rank + 1 > G23_MAX_RANK)
      FAIL("gather needs a table [V, C] and i32 indices, got %s and %s", type_str(t, ta, sizeof ta),
           type_str(ix, tb, sizeof tb));
    o->rank = ix->rank + 1;
    memcpy(o->shape, ix->shape, ix->rank * sizeof *o->shape);
    o->shape[ix->rank] = t->shape[1];
    o->dtype = t->dtype;
    return 0;
  }
  case G23_OP_SCATTER_ADD: {
    const g23_node_t *x = IN(g, n, 0), *ix = IN(g, n, 1);
    if (n->rank != 2 || ix->dtype != G23_I32 || x->rank != ix->rank + 1 ||
        memcmp(x->shape, ix->shape, ix->rank * sizeof *x->shape) != 0 || x->shape[ix->rank] != n->shape[1]) {
      char tc[256];
      FAIL("cannot scatter_add rows %s at indices %s into %s", type_str(x, ta, sizeof ta),
           type_str(ix, tb, sizeof tb), g23_shape_str(n->rank, n->shape, tc, sizeof tc));
    }
    o->rank = 2;
    memcpy(o->shape, n->shape, sizeof o->shape);
    o->dtype = x->dtype;
    return 0;
  }
  case G23_OP_ATTENTION:
  case G23_OP_ATTN_BWD:
  case G23_OP_ATTN_BWD_EXTRA:
    return infer_attention(g, d, n, o);
  case G23_OP_CACHE_WRITE: {
    const g23_node_t *c = IN(g, n, 0), *x = IN(g, n, 1);
    if (c->op != G23_OP_STATE) FAIL("cache_write target must be a state tensor, not a %s", g23_ops[c->op].name);
    if (c->rank != 4 || x->rank != 4 || c->shape[0] != x->shape[0] || c->shape[1] != x->shape[1] ||
        c->shape[3] != x->shape[3] || x->shape[2] > c->shape[2])
      FAIL("cannot write %s into cache %s", type_str(x, ta, sizeof ta), type_str(c, tb, sizeof tb));
    if (check_pos(d, n, IN(g, n, 2))) return -1;
    o->rank = 4;
    memcpy(o->shape, c->shape, sizeof o->shape);
    o->dtype = c->dtype;
    return 0;
  }
  default:
    G23_ASSERT(!"not a special op");
  }
  return -1;
}

static int infer_matmul(const g23_graph_t *g, g23_diag_t *d, const g23_node_t *n, infer_t *o) {
  char ta[256], tb[256];
  const g23_node_t *a = IN(g, n, 0), *b = IN(g, n, 1);
  bool tra = n->iattr[0] != 0, trb = n->iattr[1] != 0;
  if (a->rank < 2 || b->rank < 2)
    FAIL("cannot matmul %s and %s: both need at least 2 dimensions", type_str(a, ta, sizeof ta),
         type_str(b, tb, sizeof tb));
  if (b->rank != 2 && (b->rank != a->rank || memcmp(a->shape, b->shape, (a->rank - 2) * sizeof *a->shape) != 0))
    FAIL("cannot matmul %s and %s: batch dimensions differ", type_str(a, ta, sizeof ta), type_str(b, tb, sizeof tb));
  if (!is_float(a->dtype) || a->dtype != b->dtype)
    FAIL("cannot matmul %s and %s: needs one float dtype", type_str(a, ta, sizeof ta), type_str(b, tb, sizeof tb));
  int ra = a->rank, rb = b->rank;
  int64_t m = tra ? a->shape[ra - 1] : a->shape[ra - 2];
  int64_t ka = tra ? a->shape[ra - 2] : a->shape[ra - 1];
  int64_t kb = trb ? b->shape[rb - 1] : b->shape[rb - 2];
  int64_t nn = trb ? b->shape[rb - 2] : b->shape[rb - 1];
  if (ka != kb)
    FAIL("cannot matmul %s%s and %s%s: inner dimensions differ (%" PRId64 " vs %" PRId64 ")",
         type_str(a, ta, sizeof ta), tra ? " (transposed)" : "", type_str(b, tb, sizeof tb),
         trb ? " (transposed)" : "", ka, kb);
  o->rank = ra;
  memcpy(o->shape, a->shape, (ra - 2) * sizeof *o->shape);
  o->shape[ra - 2] = m;
  o->shape[ra - 1] = nn;
  o->dtype = a->dtype;
  return 0;
}

/* Infers n's shape and dtype from its inputs (and, for the ops whose shape
 * the caller gives, checks n->rank/shape).  Returns 0 or -1 (reported). */
static int infer(const g23_graph_t *g, g23_diag_t *d, const g23_node_t *n, infer_t *o) {
  const g23_opinfo_t *info = &g23_ops[n->op];
  char ta[256];
  if (info->nin >= 0 && n->nin != info->nin)
    FAIL("%s takes %d inputs, got %d", info->name, info->nin, n->nin);
  if (info->nin < 0 && n->nin < 1) FAIL("%s needs at least one input", info->name);
  if (info->cls == G23_CLASS_LEAF) {
    o->rank = n->rank;
    memcpy(o->shape, n->shape, sizeof o->shape);
    o->dtype = n->dtype;
  } else {
    int r = 0;
    switch (info->cls) {
    case G23_CLASS_ELEMWISE: r = infer_elemwise(g, d, n, o); break;
    case G23_CLASS_REDUCE: {
      const g23_node_t *x = IN(g, n, 0);
      if (x->rank < 1) FAIL("cannot %s a scalar", info->name);
      *o = (infer_t){.rank = x->rank, .dtype = x->dtype};
      memcpy(o->shape, x->shape, sizeof o->shape);
      o->shape[x->rank - 1] = 1;
      break;
    }
    case G23_CLASS_VIEW:
    case G23_CLASS_MOVE: r = infer_move(g, d, n, o); break;
    case G23_CLASS_MATMUL: r = infer_matmul(g, d, n, o); break;
    case G23_CLASS_SPECIAL: r = infer_special(g, d, n, o); break;
    case G23_CLASS_LEAF: break;
    }
    if (r) return -1;
  }
  /* Every tensor: positive dims, at most 2^40 elements. */
  int64_t e = 1;
  for (int i = 0; i < o->rank; i++) {
    if (o->shape[i] < 1 || !g23_mul_ok(e, o->shape[i], &e) || e > G23_MAX_NUMEL) {
      g23_node_t t = {.dtype = o->dtype, .rank = o->rank};
      memcpy(t.shape, o->shape, sizeof t.shape);
      if (o->shape[i] < 1) FAIL("%s result %s has a dimension below 1", info->name, type_str(&t, ta, sizeof ta));
      FAIL("%s result %s has more than 2^40 elements", info->name, type_str(&t, ta, sizeof ta));
    }
  }
  if (o->rank < 0 || o->rank > G23_MAX_RANK) FAIL("%s result has rank %d (at most %d)", info->name, o->rank, G23_MAX_RANK);
  return 0;
}
#undef FAIL

/* ---- building -------------------------------------------------------------- */

int g23_add(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, g23_op_t op, const int *in, int nin,
            const int64_t *iattr, int niattr, const double *fattr, int rank, const int64_t *shape) {
  G23_ASSERT((unsigned)op < G23_OP_COUNT && nin >= 0 && niattr >= 0 && niattr <= G23_MAX_RANK + 2);
  for (int k = 0; k < nin; k++) {
    if (in[k] < 0) return -1;
    G23_ASSERT(in[k] < g->n);
  }
  g23_diag_t local;
  bool own = d == NULL;
  if (own) {
    g23_diag_init(&local, stderr);
    d = &local;
  }
  g23_node_t n = {.op = op, .nin = nin, .loc = loc, .role = G23_ROLE_ACT, .dtype = G23_F32, .frame = g->frame};
  n.in = g23_xmalloc((nin ? nin : 1) * sizeof *n.in);
  if (nin) memcpy(n.in, in, nin * sizeof *in);
  if (niattr) memcpy(n.iattr, iattr, niattr * sizeof *iattr);
  if (fattr) memcpy(n.fattr, fattr, sizeof n.fattr);
  /* The caller's shape matters only to the ops that do not infer it. */
  bool given = g23_ops[op].cls == G23_CLASS_LEAF || op == G23_OP_RESHAPE || op == G23_OP_EXPAND ||
               op == G23_OP_PAD || op == G23_OP_REDUCE_TO || op == G23_OP_SCATTER_ADD ||
               (op == G23_OP_SLICE && niattr < 3);
  if (!given) rank = 0;
  if (rank < 0 || rank > G23_MAX_RANK) {
    g23_error(d, loc, "%s: rank %d is out of range (at most %d)", g23_ops[op].name, rank, G23_MAX_RANK);
    free(n.in);
    if (own) g23_diag_free(&local);
    return -1;
  }
  n.rank = rank;
  if (rank) memcpy(n.shape, shape, rank * sizeof *shape);
  if (op == G23_OP_SLICE && niattr < 3 && nin == 1) {
    /* Length from the caller's shape. */
    n.iattr[2] = n.iattr[0] >= 0 && n.iattr[0] < rank ? shape[n.iattr[0]] : 0;
  }
  infer_t o;
  if (infer(g, d, &n, &o)) {
    free(n.in);
    if (own) g23_diag_free(&local);
    return -1;
  }
  if (own) g23_diag_free(&local);
  n.rank = o.rank;
  memset(n.shape, 0, sizeof n.shape);
  memcpy(n.shape, o.shape, o.rank * sizeof *o.shape);
  n.dtype = o.dtype;
  if (g->n == g->cap) {
    g->cap = g->cap ? 2 * g->cap : 64;
    g->nodes = g23_xrealloc(g->nodes, g->cap * sizeof *g->nodes);
  }
  g->nodes[g->n] = n;
  return g->n++;
}

int g23_leaf(g23_graph_t *g, g23_loc_t loc, g23_op_t op, g23_role_t role, const char *name, g23_dtype_t dt,
             int rank, const int64_t *shape) {
  G23_ASSERT(g23_ops[op].cls == G23_CLASS_LEAF);
  int id = g23_add(g, NULL, loc, op, NULL, 0, NULL, 0, NULL, rank, shape);
  if (id < 0) return -1;
  g23_node_t *n = &g->nodes[id];
  n->dtype = dt;
  n->role = role;
  n->name = name ? g23_xstrdup(name) : NULL;
  n->seq_axis = -1;
  return id;
}

int64_t g23_index_bound(const g23_graph_t *g, int id) {
  int64_t bound = 0;
  for (int i = id + 1; i < g->n; i++) { /* consumers come after their inputs */
    const g23_node_t *n = &g->nodes[i];
    for (int k = 0; k < n->nin; k++) {
      if (n->in[k] != id) continue;
      int64_t b = 0;
      if (n->op == G23_OP_GATHER && k == 1) b = g->nodes[n->in[0]].shape[0];
      else if (n->op == G23_OP_SCATTER_ADD && k == 1) b = n->shape[0];
      else if (n->op == G23_OP_ONEHOT) b = n->shape[n->rank - 1];
      else if (n->op == G23_OP_RESHAPE || n->op == G23_OP_PERMUTE || n->op == G23_OP_EXPAND ||
               n->op == G23_OP_SLICE || n->op == G23_OP_PAD || n->op == G23_OP_CONCAT)
        b = g23_index_bound(g, i);
      if (b > 0 && (bound == 0 || b < bound)) bound = b;
    }
  }
  return bound;
}

int g23_const(g23_graph_t *g, g23_loc_t loc, double value, int rank, const int64_t *shape) {
  double f[2] = {value, 0};
  return g23_add(g, NULL, loc, G23_OP_CONST, NULL, 0, NULL, 0, f, rank, shape);
}

int g23_unary(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, g23_op_t op, int a) {
  return g23_add(g, d, loc, op, &a, 1, NULL, 0, NULL, 0, NULL);
}

int g23_binary(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, g23_op_t op, int a, int b) {
  int in[2] = {a, b};
  return g23_add(g, d, loc, op, in, 2, NULL, 0, NULL, 0, NULL);
}

int g23_reshape(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, int a, int rank, const int64_t *shape) {
  return g23_add(g, d, loc, G23_OP_RESHAPE, &a, 1, NULL, 0, NULL, rank, shape);
}

int g23_permute(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, int a, const int *perm) {
  if (a < 0) return -1;
  int64_t p[G23_MAX_RANK + 2] = {0};
  for (int i = 0; i < g->nodes[a].rank; i++) p[i] = perm[i];
  return g23_add(g, d, loc, G23_OP_PERMUTE, &a, 1, p, g->nodes[a].rank, NULL, 0, NULL);
}

int g23_matmul(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, int a, int b, bool ta, bool tb) {
  int in[2] = {a, b};
  int64_t t[2] = {ta, tb};
  return g23_add(g, d, loc, G23_OP_MATMUL, in, 2, t, 2, NULL, 0, NULL);
}

void g23_graph_output(g23_graph_t *g, int id, const char *name) {
  G23_ASSERT(id >= 0 && id < g->n);
  g23_node_t *n = &g->nodes[id];
  free(n->name);
  n->name = g23_xstrdup(name);
  n->role = G23_ROLE_OUTPUT;
  for (int i = 0; i < g->nout; i++)
    if (g->outputs[i] == id) return;
  g->outputs = g23_xrealloc(g->outputs, (g->nout + 1) * sizeof *g->outputs);
  g->outputs[g->nout++] = id;
}

/* ---- verifier ----------------------------------------------------------------- */

static bool leaf_role_ok(g23_op_t op, g23_role_t r) {
  switch (op) {
  case G23_OP_INPUT: return r == G23_ROLE_INPUT || r == G23_ROLE_TARGET || r == G23_ROLE_SCALAR;
  case G23_OP_PARAM: return r == G23_ROLE_PARAM;
  case G23_OP_STATE: return r == G23_ROLE_OPTSTATE || r == G23_ROLE_KVCACHE || r == G23_ROLE_HOISTED;
  case G23_OP_CONST: return r == G23_ROLE_ACT || r == G23_ROLE_GRAD || r == G23_ROLE_OUTPUT;
  default: return false;
  }
}

int g23_verify(const g23_graph_t *g, g23_diag_t *d) {
  char ta[256], tb[256];
  for (int i = 0; i < g->n; i++) {
    const g23_node_t *n = &g->nodes[i];
    if ((unsigned)n->op >= G23_OP_COUNT) {
      g23_error(d, n->loc, "internal: node %%%d has an unknown op %d", i, (int)n->op);
      return -1;
    }
    const char *name = g23_ops[n->op].name;
    for (int k = 0; k < n->nin; k++) {
      if (n->in[k] < 0 || n->in[k] >= i) {
        g23_error(d, n->loc, "internal: %s node %%%d reads %%%d, not an earlier node", name, i, n->in[k]);
        return -1;
      }
    }
    infer_t o;
    if (infer(g, d, n, &o)) {
      g23_note(d, n->loc, "internal: found by the verifier at node %%%d", i);
      return -1;
    }
    g23_node_t t = {.dtype = o.dtype, .rank = o.rank};
    memcpy(t.shape, o.shape, sizeof t.shape);
    if (!same_shape(o.rank, o.shape, n->rank, n->shape) || o.dtype != n->dtype) {
      g23_error(d, n->loc, "internal: %s node %%%d is %s but its inputs give %s", name, i,
                type_str(n, ta, sizeof ta), type_str(&t, tb, sizeof tb));
      return -1;
    }
    bool leaf = g23_ops[n->op].cls == G23_CLASS_LEAF;
    bool role_ok = leaf ? leaf_role_ok(n->op, n->role)
                        : n->role == G23_ROLE_ACT || n->role == G23_ROLE_GRAD || n->role == G23_ROLE_OUTPUT;
    if (!role_ok) {
      g23_error(d, n->loc, "internal: %s node %%%d has role %s", name, i, g23_role_name(n->role));
      return -1;
    }
    if ((n->op == G23_OP_INPUT || n->op == G23_OP_PARAM || n->op == G23_OP_STATE || n->role == G23_ROLE_OUTPUT) &&
        (!n->name || !n->name[0])) {
      g23_error(d, n->loc, "internal: %s node %%%d (%s) has no name", name, i, g23_role_name(n->role));
      return -1;
    }
    if ((n->op == G23_OP_ATTENTION || n->op == G23_OP_ATTN_BWD || n->op == G23_OP_ATTN_BWD_EXTRA) && n->score) {
      int base = g23_attn_first_extra(n);
      if (g23_sx_max_extra(n->score) >= n->nin - base) {
        g23_error(d, n->loc, "internal: %s node %%%d: its score reads an extra it does not have", name, i);
        return -1;
      }
    }
  }
  for (int k = 0; k < g->nout; k++) {
    int id = g->outputs[k];
    if (id < 0 || id >= g->n || g->nodes[id].role != G23_ROLE_OUTPUT) {
      g23_error(d, g23_noloc, "internal: graph output %d is node %d, not an output node", k, id);
      return -1;
    }
  }
  return 0;
}
