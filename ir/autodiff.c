/* autodiff.c: reverse-mode differentiation, IR -> IR.
 *
 * One small rule per op, in a table built from ops.def (a missing rule is a
 * compile error): an elementwise op's rule is its DERIV template in ops.def,
 * instantiated here as IR; the other ops' rules are written below.  A rule
 * receives the forward node and the id of the gradient of its output, and
 * adds gradient contributions to its inputs with acc(); acc() sums
 * contributions to a value used several times and reduces a broadcast
 * contribution back to the input's shape with REDUCE_TO.  Only nodes on a
 * path from a parameter to the loss are visited, so no gradient work is
 * emitted for anything else.  Every gradient node takes the source location
 * of the forward node it differentiates.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "prelude.h" /* GELU's constants, in ops.def's templates */

typedef struct {
  g23_graph_t *g;
  g23_diag_t *d;
  g23_loc_t loc;  /* of the forward node being differentiated */
  int *grad;      /* [forward node] gradient node id or -1 */
  bool *need;     /* [forward node] on a path from a parameter to the loss */
  bool failed;
} ad_t;

static const g23_node_t *NODE(ad_t *ad, int id) { return &ad->g->nodes[id]; }

/* A failure is reported at the forward node's location with the layer
 * calls it was built in, as the front end reports its own errors. */
static int add(ad_t *ad, g23_op_t op, const int *in, int nin, const int64_t *ia, int nia, const double *fa, int rank,
               const int64_t *shape) {
  int before = ad->d ? ad->d->errors : 0;
  int id = g23_add(ad->g, ad->d, ad->loc, op, in, nin, ia, nia, fa, rank, shape);
  if (id < 0) {
    if (!ad->failed && ad->d && ad->d->errors > before) g23_diag_frame_notes(ad->d, ad->g->frame);
    ad->failed = true;
  }
  return id;
}
static int un(ad_t *ad, g23_op_t op, int a) { return add(ad, op, &a, 1, NULL, 0, NULL, 0, NULL); }
static int bin(ad_t *ad, g23_op_t op, int a, int b) {
  int in[2] = {a, b};
  return add(ad, op, in, 2, NULL, 0, NULL, 0, NULL);
}
/* A rank-0 constant: broadcasts against anything without changing its shape. */
static int num(ad_t *ad, double v) {
  double f[2] = {v, 0};
  return add(ad, G23_OP_CONST, NULL, 0, NULL, 0, f, 0, NULL);
}
static int reshape(ad_t *ad, int a, int rank, const int64_t *shape) {
  return add(ad, G23_OP_RESHAPE, &a, 1, NULL, 0, NULL, rank, shape);
}
static int permute_last2(ad_t *ad, int a) {
  if (a < 0) return -1;
  int r = NODE(ad, a)->rank;
  int64_t p[G23_MAX_RANK];
  for (int i = 0; i < r; i++) p[i] = i;
  p[r - 2] = r - 1;
  p[r - 1] = r - 2;
  return add(ad, G23_OP_PERMUTE, &a, 1, p, r, NULL, 0, NULL);
}
static int matmul(ad_t *ad, int a, int b, bool ta, bool tb) {
  int in[2] = {a, b};
  int64_t t[2] = {ta, tb};
  return add(ad, G23_OP_MATMUL, in, 2, t, 2, NULL, 0, NULL);
}
static int slice(ad_t *ad, int a, int64_t axis, int64_t start, int64_t len) {
  int64_t ia[3] = {axis, start, len};
  return add(ad, G23_OP_SLICE, &a, 1, ia, 3, NULL, 0, NULL);
}

static bool wants(ad_t *ad, const g23_node_t *n, int k) { return ad->need[n->in[k]]; }

/* Adds contribution c to the gradient of forward node x. */
static void acc(ad_t *ad, int x, int c) {
  if (c < 0 || !ad->need[x]) return;
  const g23_node_t *nx = NODE(ad, x), *nc = NODE(ad, c);
  if (nc->rank != nx->rank || memcmp(nc->shape, nx->shape, nx->rank * sizeof *nx->shape) != 0) {
    int64_t shape[G23_MAX_RANK];
    int rank = nx->rank;
    memcpy(shape, nx->shape, sizeof shape);
    c = g23_numel(nc) == g23_numel(nx) ? reshape(ad, c, rank, shape)
                                       : add(ad, G23_OP_REDUCE_TO, &c, 1, NULL, 0, NULL, rank, shape);
    if (c < 0) return;
  }
  ad->grad[x] = ad->grad[x] < 0 ? c : bin(ad, G23_OP_ADD, ad->grad[x], c);
}

#define RULE(e) static void grad_##e(ad_t *ad, const g23_node_t *n, int y, int gy)
#define IN(k) (n->in[k])

/* Leaves and ops through which no gradient flows. */
#define NO_RULE(e) RULE(e) { (void)ad, (void)n, (void)y, (void)gy; }
NO_RULE(INPUT) NO_RULE(PARAM) NO_RULE(STATE) NO_RULE(CONST)
NO_RULE(ATTN_BWD) NO_RULE(ATTN_BWD_EXTRA) NO_RULE(CACHE_WRITE)

/* ---- elementwise ops: the DERIV templates of ops.def as IR ---------------- */

/* v in x's dtype (the gradient of a cast goes back in its input's). */
static int like(ad_t *ad, int x, int v) {
  g23_dtype_t t = NODE(ad, x)->dtype;
  if (v < 0 || NODE(ad, v)->dtype == t) return v;
  int64_t ia = t;
  return add(ad, G23_OP_CAST, &v, 1, &ia, 1, NULL, 0, NULL);
}
/* The node's own op and attributes, of new inputs. */
static int same(ad_t *ad, const g23_node_t *n, int a, int b) {
  int in[2] = {a, b};
  return add(ad, n->op, in, n->nin, n->iattr, G23_MAX_RANK + 2, n->fattr, 0, NULL);
}
static int ter(ad_t *ad, g23_op_t op, int a, int b, int c) {
  int in[3] = {a, b, c};
  return add(ad, op, in, 3, NULL, 0, NULL, 0, NULL);
}

/* Input k's template is instantiated only when k needs a gradient. */
#define G gy
#define Y y
#define X0 IN(0)
#define X1 IN(1)
#define X2 IN(2)
#define N(v) num(ad, v)
#define U(op, x) un(ad, G23_OP_##op, x)
#define B(op, x, z) bin(ad, G23_OP_##op, x, z)
#define T(op, x, z, w) ter(ad, G23_OP_##op, x, z, w)
#define SAME(x, z) same(ad, n, x, z)
#define LIKE(x, v) like(ad, x, v)
#define NONE (-1)
#define D(...) D3(__VA_ARGS__, NONE, NONE, NONE)
#define D3(t0, t1, t2, ...) DK(0, t0) DK(1, t1) DK(2, t2)
#define DK(k, t) if (k < n->nin && wants(ad, n, k)) acc(ad, IN(k), t);
#define NODIFF
#define X(e, ...)
#define E(e, name, nin, flags, tmpl, f64, deriv) \
  RULE(e) {                                      \
    (void)ad, (void)n, (void)y, (void)gy;        \
    deriv                                        \
  }
#include "ops.def"
#include "ir/deriv_end.h"

/* ---- the other ops -------------------------------------------------------------- */

static int expand_to(ad_t *ad, int a, int like) {
  if (a < 0) return -1;
  int64_t shape[G23_MAX_RANK];
  int rank = NODE(ad, like)->rank;
  memcpy(shape, NODE(ad, like)->shape, sizeof shape);
  return add(ad, G23_OP_EXPAND, &a, 1, NULL, 0, NULL, rank, shape);
}
RULE(RSUM) { acc(ad, IN(0), expand_to(ad, gy, IN(0))); }
/* The gradient goes to the maximum; ties share it equally (mask of the
 * elements equal to the max, divided by their count), which is the
 * gradient of the mean of the tied elements. */
RULE(RMAX) {
  int mask = bin(ad, G23_OP_SUB, num(ad, 1), bin(ad, G23_OP_LT, IN(0), y));
  int count = un(ad, G23_OP_RSUM, mask);
  acc(ad, IN(0), bin(ad, G23_OP_MUL, gy, bin(ad, G23_OP_DIV, mask, count)));
}
RULE(RESHAPE) {
  const g23_node_t *x = NODE(ad, IN(0));
  int64_t shape[G23_MAX_RANK];
  int rank = x->rank;
  memcpy(shape, x->shape, sizeof shape);
  acc(ad, IN(0), reshape(ad, gy, rank, shape));
}
RULE(PERMUTE) {
  int64_t inv[G23_MAX_RANK];
  for (int i = 0; i < n->rank; i++) inv[n->iattr[i]] = i;
  acc(ad, IN(0), add(ad, G23_OP_PERMUTE, &gy, 1, inv, n->rank, NULL, 0, NULL));
}
RULE(EXPAND) {
  const g23_node_t *x = NODE(ad, IN(0));
  int64_t shape[G23_MAX_RANK];
  int rank = x->rank;
  memcpy(shape, x->shape, sizeof shape);
  acc(ad, IN(0), add(ad, G23_OP_REDUCE_TO, &gy, 1, NULL, 0, NULL, rank, shape));
}
RULE(REDUCE_TO) { acc(ad, IN(0), expand_to(ad, gy, IN(0))); }
RULE(SLICE) {
  const g23_node_t *x = NODE(ad, IN(0));
  int64_t shape[G23_MAX_RANK];
  int rank = x->rank;
  memcpy(shape, x->shape, sizeof shape);
  acc(ad, IN(0), add(ad, G23_OP_PAD, &gy, 1, n->iattr, 2, NULL, rank, shape));
}
RULE(PAD) { acc(ad, IN(0), slice(ad, gy, n->iattr[0], n->iattr[1], NODE(ad, IN(0))->shape[n->iattr[0]])); }
RULE(CONCAT) {
  int64_t ax = n->iattr[0], at = 0;
  for (int k = 0; k < n->nin; k++) {
    int64_t len = NODE(ad, IN(k))->shape[ax];
    if (wants(ad, n, k)) acc(ad, IN(k), slice(ad, gy, ax, at, len));
    at += len;
  }
}
/* C = op(A) op(B).  dA = dC op(B)^T (transposed back when A is), dB =
 * op(A)^T dC.  A rank-2 weight shared by a batched A gets one matmul over
 * the flattened batch. */
RULE(MATMUL) {
  int a = IN(0), b = IN(1);
  bool ta = n->iattr[0], tb = n->iattr[1];
  int ra = NODE(ad, a)->rank, rb = NODE(ad, b)->rank;
  bool shared = rb == 2 && ra > 2;
  if (wants(ad, n, 0)) {
    int da;
    if (!ta) da = matmul(ad, gy, b, false, !tb);
    else if (!shared) da = matmul(ad, b, gy, tb, true);
    else da = permute_last2(ad, matmul(ad, gy, b, false, !tb));
    acc(ad, a, da);
  }
  if (wants(ad, n, 1)) {
    int db;
    if (!shared) {
      db = tb ? matmul(ad, gy, a, true, ta) : matmul(ad, a, gy, !ta, false);
    } else {
      const g23_node_t *c = NODE(ad, gy);
      int64_t M = c->shape[c->rank - 2], N = c->shape[c->rank - 1], P = g23_numel(c) / (M * N);
      int64_t K = ta ? NODE(ad, a)->shape[ra - 2] : NODE(ad, a)->shape[ra - 1];
      int64_t sa[2] = {P * M, K}, sc[2] = {P * M, N};
      int a2 = reshape(ad, ta ? permute_last2(ad, a) : a, 2, sa);
      int c2 = reshape(ad, gy, 2, sc);
      db = tb ? matmul(ad, c2, a2, true, false) : matmul(ad, a2, c2, true, false);
    }
    acc(ad, b, db);
  }
}
RULE(GATHER) {
  const g23_node_t *t = NODE(ad, IN(0));
  int64_t shape[2] = {t->shape[0], t->shape[1]};
  int in[2] = {gy, IN(1)};
  acc(ad, IN(0), add(ad, G23_OP_SCATTER_ADD, in, 2, NULL, 0, NULL, 2, shape));
}
RULE(SCATTER_ADD) {
  int in[2] = {gy, IN(1)};
  acc(ad, IN(0), add(ad, G23_OP_GATHER, in, 2, NULL, 0, NULL, 0, NULL));
}
/* ATTN_BWD gives dq [B,H,T,D], dk and dv [B,Hkv,S,D] flattened one after the
 * other (ops.def); each extra that needs a gradient (a learnable slope) gets
 * its own ATTN_BWD_EXTRA. */
RULE(ATTENTION) {
  int first = g23_attn_first_extra(n), nin = n->nin + 2, nextra = n->nin - first;
  int *in = g23_xmalloc(nin * sizeof *in);
  for (int k = 0; k < 4; k++) in[k] = IN(k);
  in[4] = y;
  in[5] = gy;
  for (int k = 4; k < n->nin; k++) in[k + 2] = IN(k); /* the dropout seed, the extras */
  int64_t ia[5] = {n->iattr[0], n->iattr[1], n->iattr[2], 0, n->iattr[4]};
  const double *fa = n->fattr; /* the dropout probability */
  if (wants(ad, n, 0) || wants(ad, n, 1) || wants(ad, n, 2)) {
    int bwd = add(ad, G23_OP_ATTN_BWD, in, nin, ia, 5, fa, 0, NULL);
    if (bwd >= 0) {
      ad->g->nodes[bwd].score = g23_sx_copy(n->score);
      int64_t nq = g23_numel(NODE(ad, IN(0))), nk = g23_numel(NODE(ad, IN(1)));
      int64_t start[3] = {0, nq, nq + nk}, len[3] = {nq, nk, nk};
      for (int k = 0; k < 3; k++)
        if (wants(ad, n, k)) acc(ad, IN(k), slice(ad, bwd, 0, start[k], len[k])); /* flat: acc reshapes */
    }
  }
  for (int e = 0; e < nextra; e++) {
    if (!wants(ad, n, first + e)) continue;
    ia[3] = e;
    int ge = add(ad, G23_OP_ATTN_BWD_EXTRA, in, nin, ia, 5, fa, 0, NULL);
    if (ge >= 0) ad->g->nodes[ge].score = g23_sx_copy(n->score);
    acc(ad, IN(first + e), ge);
  }
  free(in);
}
#undef RULE
#undef IN

typedef void (*rule_fn)(ad_t *, const g23_node_t *, int, int);
static const rule_fn rules[G23_OP_COUNT] = {
#define X(e, ...) [G23_OP_##e] = grad_##e,
#define E(e, ...) [G23_OP_##e] = grad_##e,
#include "ops.def"
#undef X
#undef E
};

int g23_autodiff(g23_graph_t *g, g23_diag_t *d, int loss, const int *params, int nparams, int *grads) {
  if (loss < 0) return -1;
  const g23_node_t *ln = &g->nodes[loss];
  if (g23_numel(ln) != 1 || ln->dtype == G23_I32) {
    char sh[200];
    g23_error(d, ln->loc, "the loss must be a float scalar, got %s%s", g23_dtype_name(ln->dtype),
              g23_shape_str(ln->rank, ln->shape, sh, sizeof sh));
    g23_diag_frame_notes(d, ln->frame);
    return -1;
  }
  int nf = g->n; /* forward nodes */
  int saved_frame = g->frame; /* gradient nodes take the frame of the node they differentiate */
  ad_t ad = {.g = g, .d = d};
  ad.grad = g23_xmalloc(nf * sizeof *ad.grad);
  ad.need = g23_xcalloc(nf, sizeof *ad.need);
  bool *from_param = g23_xcalloc(nf, sizeof *from_param), *to_loss = g23_xcalloc(nf, sizeof *to_loss);
  for (int i = 0; i < nf; i++) {
    const g23_node_t *n = &g->nodes[i];
    ad.grad[i] = -1;
    if (n->op == G23_OP_PARAM) from_param[i] = true;
    if ((g23_ops[n->op].flags & G23_F_NOGRAD) || n->dtype == G23_I32) continue;
    for (int k = 0; k < n->nin; k++) from_param[i] |= from_param[n->in[k]];
  }
  to_loss[loss] = true;
  for (int i = loss; i >= 0; i--) {
    const g23_node_t *n = &g->nodes[i];
    if (!to_loss[i]) continue;
    ad.need[i] = from_param[i] && n->dtype != G23_I32;
    for (int k = 0; k < n->nin; k++) to_loss[n->in[k]] = true;
  }
  ad.loc = ln->loc;
  g->frame = ln->frame;
  if (ad.need[loss]) {
    int64_t shape[G23_MAX_RANK];
    int rank = ln->rank;
    memcpy(shape, ln->shape, sizeof shape);
    double one[2] = {1, 0};
    ad.grad[loss] = add(&ad, G23_OP_CONST, NULL, 0, NULL, 0, one, rank, shape);
  }
  for (int i = loss; i >= 0 && !ad.failed; i--) {
    if (!ad.need[i] || ad.grad[i] < 0) continue;
    g23_node_t n = g->nodes[i]; /* a copy: adding nodes may move the array */
    ad.loc = n.loc;
    g->frame = n.frame;
    rules[n.op](&ad, &n, i, ad.grad[i]);
  }
  for (int p = 0; p < nparams && !ad.failed; p++) {
    int id = params[p];
    G23_ASSERT(id >= 0 && id < nf);
    if (ad.grad[id] >= 0) {
      grads[p] = ad.grad[id];
      continue;
    }
    const g23_node_t *pn = &g->nodes[id];
    int64_t shape[G23_MAX_RANK];
    int rank = pn->rank;
    memcpy(shape, pn->shape, sizeof shape);
    ad.loc = pn->loc;
    g->frame = pn->frame;
    double zero[2] = {0, 0};
    grads[p] = add(&ad, G23_OP_CONST, NULL, 0, NULL, 0, zero, rank, shape);
  }
  g->frame = saved_frame;
  free(from_param);
  free(to_loss);
  free(ad.grad);
  free(ad.need);
  return ad.failed ? -1 : 0;
}
