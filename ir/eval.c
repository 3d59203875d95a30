/* eval.c: the float64 reference evaluator, the oracle of every test.
 *
 * Plain loops, no cleverness: each op is computed from its definition in
 * ops.def at float64 precision.  Float dtypes (f32, bf16, f16) are all
 * evaluated as float64, so CAST between them is the identity here; CAST to
 * i32 truncates toward zero as C does.  Dropout draws the very masks the
 * kernels draw: the generator is prelude.h's, and the keep test compares the
 * same float values.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "prelude.h"

double g23_rng_uniform(uint32_t seed, uint32_t stream, uint64_t idx) {
  return (double)g23_uniform(seed, stream, idx);
}

/* Each elementwise op's F64 column of ops.def. */
double g23_op_eval_f64(g23_op_t op, double a, double b, double c) {
  (void)b, (void)c;
#define NOSCALAR (g23_assert_fail("not a scalar op: it needs the position or attributes", __FILE__, __LINE__), NAN)
  switch (op) {
#define X(e, ...)
#define E(e, name, nin, flags, tmpl, f64, deriv) \
  case G23_OP_##e: return f64;
#include "ops.def"
#undef X
#undef E
  default: G23_ASSERT(!"not a scalar op");
  }
#undef NOSCALAR
  return NAN;
}

/* Strides of `in` read at the multi-index of `out` under broadcasting
 * (0 on broadcast dimensions), aligned to out's rank. */
static void bstrides(const g23_node_t *in, const g23_node_t *out, int64_t *st) {
  int64_t s = 1;
  for (int i = out->rank - 1; i >= 0; i--) {
    int k = in->rank - out->rank + i;
    if (k < 0) {
      st[i] = 0;
      continue;
    }
    st[i] = in->shape[k] == 1 ? 0 : s;
    s *= in->shape[k];
  }
}

static void strides(int rank, const int64_t *shape, int64_t *st) {
  int64_t s = 1;
  for (int i = rank - 1; i >= 0; i--) {
    st[i] = s;
    s *= shape[i];
  }
}

/* Offset of flat index idx of a tensor of `shape`, read through st. */
static int64_t offset_of(int64_t idx, int rank, const int64_t *shape, const int64_t *st) {
  int64_t off = 0;
  for (int i = rank - 1; i >= 0; i--) {
    off += (idx % shape[i]) * st[i];
    idx /= shape[i];
  }
  return off;
}

#define V(k) (ev->values[n->in[k]])
#define INN(k) (&g->nodes[n->in[k]])

static int eval_elemwise(const g23_graph_t *g, g23_eval_t *ev, const g23_node_t *n, double *out) {
  int64_t ne = g23_numel(n), st[3][G23_MAX_RANK];
  for (int k = 0; k < n->nin; k++) bstrides(INN(k), n, st[k]);
  int64_t last = n->rank ? n->shape[n->rank - 1] : 1;
  for (int64_t e = 0; e < ne; e++) {
    double x[3] = {0, 0, 0};
    for (int k = 0; k < n->nin; k++) x[k] = V(k)[offset_of(e, n->rank, n->shape, st[k])];
    int64_t col = e % last;
    switch (n->op) {
    case G23_OP_POSITIONS: out[e] = x[0] + (double)col; break;
    case G23_OP_ONEHOT: out[e] = (int64_t)x[0] == col ? 1.0 : 0.0; break;
    case G23_OP_DROPOUT: {
      double u = g23_rng_uniform((uint32_t)(int32_t)x[1], (uint32_t)n->iattr[0], (uint64_t)e);
      double p = (double)(float)n->fattr[0];
      out[e] = u >= p ? x[0] / (1.0 - p) : 0.0;
      break;
    }
    case G23_OP_CAST: out[e] = n->dtype == G23_I32 ? trunc(x[0]) : x[0]; break;
    default: out[e] = g23_op_eval_f64(n->op, x[0], x[1], x[2]);
    }
  }
  if (n->op == G23_OP_ASSIGN) memcpy(V(0), out, ne * sizeof *out);
  return 0;
}

static void eval_matmul(const g23_graph_t *g, g23_eval_t *ev, const g23_node_t *n, double *out) {
  const g23_node_t *a = INN(0), *b = INN(1);
  bool ta = n->iattr[0], tb = n->iattr[1];
  int64_t M = n->shape[n->rank - 2], N = n->shape[n->rank - 1];
  int64_t K = ta ? a->shape[a->rank - 2] : a->shape[a->rank - 1];
  int64_t batch = g23_numel(n) / (M * N);
  bool shared = b->rank == 2;
  for (int64_t bi = 0; bi < batch; bi++) {
    const double *A = V(0) + bi * M * K, *B = V(1) + (shared ? 0 : bi * K * N);
    double *C = out + bi * M * N;
    for (int64_t m = 0; m < M; m++)
      for (int64_t j = 0; j < N; j++) {
        double s = 0;
        for (int64_t k = 0; k < K; k++) s += (ta ? A[k * M + m] : A[m * K + k]) * (tb ? B[j * K + k] : B[k * N + j]);
        C[m * N + j] = s;
      }
  }
}

/* ---- attention ---------------------------------------------------------------- */

typedef struct {
  int64_t B, H, Hkv, T, S, D, pos, window;
  bool causal, cross;
  double drop; /* dropout probability (0: none), with its seed and stream */
  uint32_t seed, stream;
  const g23_sexpr_t *score;
  const double *extras[G23_MAX_RANK + 64];
  int nextra;
} attn_t;

static bool attn_visible(const attn_t *at, int64_t t, int64_t j) {
  int64_t i = at->pos + t;
  if (!at->cross && j >= at->pos + at->T) return false;
  if (at->causal && j > i) return false;
  if (at->window && i - j >= at->window) return false;
  return true;
}

static double attn_f(const attn_t *at, const g23_sexpr_t *e, double s, int64_t t, int64_t j, int64_t h) {
  return e ? g23_sx_eval(e, s, (double)(at->pos + t), (double)j, (double)h, at->extras) : s;
}

/* The dropout factor of probability (bh, t, j): 0 or 1 / (1 - p). */
static double attn_keep(const attn_t *at, int64_t bh, int64_t t, int64_t j) {
  if (at->drop <= 0) return 1;
  double u = g23_rng_uniform(at->seed, at->stream, (uint64_t)((bh * at->T + t) * at->S + j));
  return u >= at->drop ? 1.0 / (1.0 - at->drop) : 0.0;
}

static int attn_setup(const g23_graph_t *g, g23_eval_t *ev, const g23_node_t *n, attn_t *at) {
  int base = g23_attn_first_extra(n);
  const g23_node_t *q = INN(0), *k = INN(1);
  at->B = q->shape[0], at->H = q->shape[1], at->T = q->shape[2], at->D = q->shape[3];
  at->Hkv = k->shape[1];
  at->S = k->shape[2];
  at->pos = (int64_t)V(3)[0];
  at->causal = n->iattr[0] != 0;
  at->window = n->iattr[1];
  at->cross = n->iattr[2] != 0;
  at->drop = (double)(float)n->fattr[0]; /* as the kernels compare it */
  at->seed = at->drop > 0 ? (uint32_t)(int32_t)V(base - 1)[0] : 0;
  at->stream = (uint32_t)n->iattr[4];
  at->score = n->score;
  at->nextra = n->nin - base;
  if (at->nextra > (int)(sizeof at->extras / sizeof *at->extras)) return -1;
  for (int e = 0; e < at->nextra; e++) at->extras[e] = V(base + e);
  return 0;
}

/* The (batch, key/value head) row block that query block bh (batch, head)
 * reads: head h reads kv head h / (H / Hkv). */
static int64_t attn_kvbh(const attn_t *at, int64_t bh) {
  return bh / at->H * at->Hkv + bh % at->H / (at->H / at->Hkv);
}

/* Softmax row of query t of (b, h) into p[S]; returns false if no key is
 * visible (the row is all zeros). */
static bool attn_row(const attn_t *at, const double *q, const double *k, int64_t h, int64_t t, double *s,
                     double *p) {
  double mx = -INFINITY;
  for (int64_t j = 0; j < at->S; j++) {
    p[j] = 0;
    if (!attn_visible(at, t, j)) continue;
    double d = 0;
    for (int64_t x = 0; x < at->D; x++) d += q[t * at->D + x] * k[j * at->D + x];
    s[j] = d;
    p[j] = attn_f(at, at->score, d, t, j, h);
    if (p[j] > mx) mx = p[j];
  }
  if (mx == -INFINITY) {
    for (int64_t j = 0; j < at->S; j++) p[j] = 0;
    return false;
  }
  double sum = 0;
  for (int64_t j = 0; j < at->S; j++)
    if (attn_visible(at, t, j)) sum += p[j] = exp(p[j] - mx);
  for (int64_t j = 0; j < at->S; j++) p[j] = attn_visible(at, t, j) ? p[j] / sum : 0;
  return true;
}

static int eval_attention(const g23_graph_t *g, g23_eval_t *ev, const g23_node_t *n, double *out) {
  attn_t at;
  if (attn_setup(g, ev, n, &at)) return -1;
  double *s = g23_xmalloc(at.S * sizeof *s), *p = g23_xmalloc(at.S * sizeof *p);
  for (int64_t bh = 0; bh < at.B * at.H; bh++) {
    int64_t h = bh % at.H, kbh = attn_kvbh(&at, bh);
    const double *q = V(0) + bh * at.T * at.D, *k = V(1) + kbh * at.S * at.D, *v = V(2) + kbh * at.S * at.D;
    double *o = out + bh * at.T * at.D;
    for (int64_t t = 0; t < at.T; t++) {
      attn_row(&at, q, k, h, t, s, p);
      for (int64_t j = 0; j < at.S; j++) p[j] *= attn_keep(&at, bh, t, j);
      for (int64_t x = 0; x < at.D; x++) {
        double acc = 0;
        for (int64_t j = 0; j < at.S; j++) acc += p[j] * v[j * at.D + x];
        o[t * at.D + x] = acc;
      }
    }
  }
  free(s);
  free(p);
  return 0;
}

/* ATTN_BWD (out: dq [B,H,T,D], dk [B,Hkv,S,D], dv [B,Hkv,S,D] flattened one
 * after the other) and ATTN_BWD_EXTRA (out = shape of extra iattr[3]), by
 * recomputing the softmax:
 *   dp_j = m_j do . v_j,  dz_j = p_j (dp_j - sum_j' p_j' dp_j'),
 *   ds_j = dz_j f'(s_j),  dq += ds_j k_j,  dk_j += ds_j q,  dv_j += p_j m_j do,
 *   dextra[h or 0] += dz_j df/dextra, with m_j the dropout factor (1 without).
 * dk and dv of a key/value head sum over the query heads that read it. */
static int eval_attn_bwd(const g23_graph_t *g, g23_eval_t *ev, const g23_node_t *n, double *out) {
  attn_t at;
  if (attn_setup(g, ev, n, &at)) return -1;
  bool extra = n->op == G23_OP_ATTN_BWD_EXTRA;
  int xk = (int)n->iattr[3];
  g23_sexpr_t *df = NULL;
  if (at.score) df = g23_sx_diff(at.score, extra ? xk : -1);
  int64_t nq = at.B * at.H * at.T * at.D, nk = at.B * at.Hkv * at.S * at.D;
  int64_t ne = g23_numel(n);
  memset(out, 0, ne * sizeof *out);
  bool per_head = extra && ne > 1;
  double *s = g23_xmalloc(at.S * sizeof *s), *p = g23_xmalloc(at.S * sizeof *p);
  double *dp = g23_xmalloc(at.S * sizeof *dp), *keep = g23_xmalloc(at.S * sizeof *keep);
  for (int64_t bh = 0; bh < at.B * at.H; bh++) {
    int64_t h = bh % at.H, kbh = attn_kvbh(&at, bh);
    const double *q = V(0) + bh * at.T * at.D, *k = V(1) + kbh * at.S * at.D, *v = V(2) + kbh * at.S * at.D;
    const double *dout = V(5) + bh * at.T * at.D;
    double *dq = out + bh * at.T * at.D, *dk = out + nq + kbh * at.S * at.D, *dv = out + nq + nk + kbh * at.S * at.D;
    for (int64_t t = 0; t < at.T; t++) {
      if (!attn_row(&at, q, k, h, t, s, p)) continue;
      double dsum = 0;
      for (int64_t j = 0; j < at.S; j++) {
        dp[j] = 0;
        if (!attn_visible(&at, t, j)) continue;
        for (int64_t x = 0; x < at.D; x++) dp[j] += dout[t * at.D + x] * v[j * at.D + x];
        keep[j] = attn_keep(&at, bh, t, j);
        dp[j] *= keep[j];
        dsum += p[j] * dp[j];
      }
      for (int64_t j = 0; j < at.S; j++) {
        if (!attn_visible(&at, t, j)) continue;
        double dz = p[j] * (dp[j] - dsum);
        if (extra) {
          double dfx = df ? attn_f(&at, df, s[j], t, j, h) : 0;
          out[per_head ? h : 0] += dz * dfx;
          continue;
        }
        double ds = dz * (df ? attn_f(&at, df, s[j], t, j, h) : 1.0);
        for (int64_t x = 0; x < at.D; x++) {
          dq[t * at.D + x] += ds * k[j * at.D + x];
          dk[j * at.D + x] += ds * q[t * at.D + x];
          dv[j * at.D + x] += p[j] * keep[j] * dout[t * at.D + x];
        }
      }
    }
  }
  free(s);
  free(p);
  free(dp);
  free(keep);
  g23_sx_free(df);
  return 0;
}

/* ---- the rest ------------------------------------------------------------------ */

static int eval_node(const g23_graph_t *g, g23_eval_t *ev, int id) {
  const g23_node_t *n = &g->nodes[id];
  int64_t ne = g23_numel(n);
  double *out = g23_xcalloc(ne ? ne : 1, sizeof *out);
  ev->values[id] = out;
  int64_t st[G23_MAX_RANK], sto[G23_MAX_RANK];
  switch (g23_ops[n->op].cls) {
  case G23_CLASS_ELEMWISE: return eval_elemwise(g, ev, n, out);
  case G23_CLASS_MATMUL: eval_matmul(g, ev, n, out); return 0;
  case G23_CLASS_REDUCE: {
    const g23_node_t *x = INN(0);
    int64_t L = x->shape[x->rank - 1];
    for (int64_t r = 0; r < ne; r++) {
      const double *row = V(0) + r * L;
      double acc = n->op == G23_OP_RSUM ? 0 : -INFINITY;
      for (int64_t c = 0; c < L; c++) acc = n->op == G23_OP_RSUM ? acc + row[c] : fmax(acc, row[c]);
      out[r] = acc;
    }
    return 0;
  }
  default: break;
  }
  switch (n->op) {
  case G23_OP_CONST:
    for (int64_t e = 0; e < ne; e++) out[e] = n->fattr[0];
    return 0;
  case G23_OP_RESHAPE: memcpy(out, V(0), ne * sizeof *out); return 0;
  case G23_OP_PERMUTE: {
    const g23_node_t *x = INN(0);
    int64_t sx[G23_MAX_RANK];
    strides(x->rank, x->shape, sx);
    for (int i = 0; i < n->rank; i++) st[i] = sx[n->iattr[i]];
    for (int64_t e = 0; e < ne; e++) out[e] = V(0)[offset_of(e, n->rank, n->shape, st)];
    return 0;
  }
  case G23_OP_EXPAND:
    bstrides(INN(0), n, st);
    for (int64_t e = 0; e < ne; e++) out[e] = V(0)[offset_of(e, n->rank, n->shape, st)];
    return 0;
  case G23_OP_REDUCE_TO: {
    const g23_node_t *x = INN(0);
    bstrides(n, x, st); /* the node's shape read at x's multi-index */
    for (int64_t e = 0; e < g23_numel(x); e++) out[offset_of(e, x->rank, x->shape, st)] += V(0)[e];
    return 0;
  }
  case G23_OP_SLICE:
  case G23_OP_PAD: {
    /* SLICE: out[idx] = x[idx + start along axis]; PAD: the inverse. */
    bool slice = n->op == G23_OP_SLICE;
    const g23_node_t *small = slice ? n : INN(0), *big = slice ? INN(0) : n;
    int64_t ax = n->iattr[0], start = n->iattr[1];
    strides(big->rank, big->shape, st);
    int64_t base = start * st[ax];
    const double *src = V(0);
    for (int64_t e = 0; e < g23_numel(small); e++) {
      int64_t off = base + offset_of(e, small->rank, small->shape, st);
      if (slice) out[e] = src[off];
      else out[off] = src[e];
    }
    return 0;
  }
  case G23_OP_CONCAT: {
    int64_t ax = n->iattr[0], at = 0;
    strides(n->rank, n->shape, sto);
    for (int k = 0; k < n->nin; k++) {
      const g23_node_t *x = INN(k);
      for (int64_t e = 0; e < g23_numel(x); e++) out[at * sto[ax] + offset_of(e, x->rank, x->shape, sto)] = V(k)[e];
      at += x->shape[ax];
    }
    return 0;
  }
  case G23_OP_GATHER:
  case G23_OP_SCATTER_ADD: {
    const g23_node_t *ix = INN(1);
    int64_t rows = g23_numel(ix), C = n->op == G23_OP_GATHER ? n->shape[n->rank - 1] : n->shape[1];
    int64_t V_ = n->op == G23_OP_GATHER ? INN(0)->shape[0] : n->shape[0];
    for (int64_t r = 0; r < rows; r++) {
      double fi = V(1)[r];
      if (!(fi >= 0 && fi < (double)V_)) {
        fprintf(stderr, "gpt23: eval: %s index %g out of range [0, %lld)\n", g23_ops[n->op].name, fi, (long long)V_);
        return -1;
      }
      int64_t i = (int64_t)fi;
      for (int64_t c = 0; c < C; c++) {
        if (n->op == G23_OP_GATHER) out[r * C + c] = V(0)[i * C + c];
        else out[i * C + c] += V(0)[r * C + c];
      }
    }
    return 0;
  }
  case G23_OP_ATTENTION: return eval_attention(g, ev, n, out);
  case G23_OP_ATTN_BWD:
  case G23_OP_ATTN_BWD_EXTRA: return eval_attn_bwd(g, ev, n, out);
  case G23_OP_CACHE_WRITE: {
    const g23_node_t *c = INN(0), *x = INN(1);
    int64_t pos = (int64_t)V(2)[0];
    if (pos < 0 || pos + x->shape[2] > c->shape[2]) {
      fprintf(stderr, "gpt23: eval: cache_write at position %lld of %lld rows overflows the cache of %lld\n",
              (long long)pos, (long long)x->shape[2], (long long)c->shape[2]);
      return -1;
    }
    double *cache = V(0);
    strides(c->rank, c->shape, st);
    for (int64_t e = 0; e < g23_numel(x); e++) cache[pos * st[2] + offset_of(e, x->rank, x->shape, st)] = V(1)[e];
    memcpy(out, cache, ne * sizeof *out);
    return 0;
  }
  default:
    break;
  }
  fprintf(stderr, "gpt23: eval: no rule for %s\n", g23_ops[n->op].name);
  return -1;
}

int g23_eval(const g23_graph_t *g, g23_eval_t *ev) {
  if (ev->n < g->n) {
    ev->values = g23_xrealloc(ev->values, g->n * sizeof *ev->values);
    for (int i = ev->n; i < g->n; i++) ev->values[i] = NULL;
    ev->n = g->n;
  }
  for (int i = 0; i < g->n; i++) {
    const g23_node_t *n = &g->nodes[i];
    if (n->op == G23_OP_INPUT || n->op == G23_OP_PARAM || n->op == G23_OP_STATE) {
      if (!ev->values[i]) {
        fprintf(stderr, "gpt23: eval: no value given for %s %%%d \"%s\"\n", g23_ops[n->op].name, i,
                n->name ? n->name : "");
        return -1;
      }
      continue;
    }
    free(ev->values[i]);
    ev->values[i] = NULL;
    if (eval_node(g, ev, i)) return -1;
  }
  return 0;
}

void g23_eval_free(g23_eval_t *ev) {
  for (int i = 0; i < ev->n; i++) free(ev->values[i]);
  free(ev->values);
  ev->values = NULL;
  ev->n = 0;
}
