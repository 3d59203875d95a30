/* attention.c: the fused attention kernels, forward and backward.
 *
 * No kernel materialises the T x S score matrix.  The forward keeps, per
 * query row, the running maximum m, the running sum l and the unnormalised
 * output (online softmax).  The backward is two kernels that recompute the
 * probabilities: one per query row (the row's log-sum-exp and
 * D = do . o into a scratch buffer, and dq), one per key row (dk, dv),
 * so that no two threads accumulate into the same element.  The gradient
 * of an extra tensor of the score expression is a per-query-row partial
 * sum and a second kernel that adds the partials.
 *
 * The C kernels run a tile of 32 query (or key) rows per OpenMP iteration
 * against blocks of 64 keys (queries) as small matrix products (see below).
 * The CUDA kernels are tiled: a block of four warps owns a few rows of one
 * (batch, head); tiles of 32 (heads over 128: 16) key (or query) rows are
 * staged in shared memory (head size at most 256); each lane scores one row
 * of the tile against the warp's current row, and the warp combines the
 * tile with shuffles (flash-attention style).
 *
 * Visibility: key j is visible to query t (absolute i = pos + t) when
 * j < S, and (not cross) j < pos + T, and (causal) j <= i, and (window w)
 * i - j < w.  Query head h reads key/value head h / G, G = H / Hkv
 * (grouped-query attention); the key-row kernels (dk, dv) own a key row of
 * a key/value head and walk the G query heads of its group in turn, so that
 * the group's sum needs no atomics.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

typedef struct {
  const g23_node_t *n, *q;
  int64_t B, H, Hkv, G, T, S, D, rows;
  bool causal, cross;
  int64_t window;
  int first_extra, nextra;
  float drop; /* dropout probability, 0: none; the seed is input first_extra - 1 */
  int64_t stream;
  const g23_sexpr_t *score;
} attn_t;

static void attn_info(const g23_cg_t *cg, int v, attn_t *a) {
  const g23_graph_t *g = cg->g;
  a->n = &g->nodes[v];
  a->q = &g->nodes[a->n->in[0]];
  const g23_node_t *k = &g->nodes[a->n->in[1]];
  a->B = a->q->shape[0];
  a->H = a->q->shape[1];
  a->T = a->q->shape[2];
  a->D = a->q->shape[3];
  a->S = k->shape[2];
  a->Hkv = k->shape[1];
  a->G = a->H / a->Hkv;
  a->rows = a->B * a->H * a->T;
  a->causal = a->n->iattr[0] != 0;
  a->window = a->n->iattr[1];
  a->cross = a->n->iattr[2] != 0;
  a->first_extra = g23_attn_first_extra(a->n);
  a->drop = (float)a->n->fattr[0];
  a->stream = a->n->iattr[4];
  a->nextra = a->n->nin - a->first_extra;
  a->score = a->n->score;
}

static void ptr_decl(g23_buf_t *b, const g23_cg_t *cg, const char *name, int id, bool constant) {
  const g23_node_t *n = &cg->g->nodes[id];
  g23_buf_printf(b, "  %s%s *%s = (%s%s *)(base + %" PRId64 "); (void)%s;\n", constant ? "const " : "", g23_ctype(n->dtype),
                 name, constant ? "const " : "", g23_ctype(n->dtype), cg->s->offset[id], name);
}

/* Pointers Q K V P (pos) and the extras E0.., plus O (node v's buffer). */
static void decls(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int v) {
  const g23_node_t *n = a->n;
  ptr_decl(b, cg, "Q", n->in[0], true);
  ptr_decl(b, cg, "K", n->in[1], true);
  ptr_decl(b, cg, "V", n->in[2], true);
  ptr_decl(b, cg, "P", n->in[3], true);
  if (n->op != G23_OP_ATTENTION) {
    ptr_decl(b, cg, "O", n->in[4], true);
    ptr_decl(b, cg, "dO", n->in[5], true);
  }
  if (a->drop > 0) ptr_decl(b, cg, "SD", n->in[a->first_extra - 1], true);
  for (int e = 0; e < a->nextra; e++) {
    char nm[16];
    snprintf(nm, sizeof nm, "E%d", e);
    ptr_decl(b, cg, nm, n->in[a->first_extra + e], true);
  }
  ptr_decl(b, cg, "out", v, false);
}

/* The dropout factor of probability (bh, t, j), 0 or 1 / (1 - p): the draw
 * of ops.def, from the prelude's counter-based RNG as DROPOUT's. */
static void keep_expr(g23_buf_t *b, const attn_t *a, const char *t, const char *j) {
  g23_buf_printf(b, "(g23_uniform((uint32_t)SD[0], %" PRIu32 "u, (uint64_t)((bh * %" PRId64 "LL + (%s)) * %" PRId64 "LL + (%s))) >= ",
                 (uint32_t)a->stream, a->T, t, a->S, j);
  g23_flit(b, a->drop);
  g23_buf_printf(b, " ? ");
  g23_flit(b, 1.0f / (1.0f - a->drop));
  g23_buf_printf(b, " : 0.0f)");
}

/* Per-row constants: x<e> = the extras at head h. */
static void extras(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, const char *ind) {
  for (int e = 0; e < a->nextra; e++) {
    const g23_node_t *x = &cg->g->nodes[a->n->in[a->first_extra + e]];
    g23_buf_printf(b, "%sconst float x%d = E%d[%s]; (void)x%d;\n", ind, e, e, g23_numel(x) > 1 ? "h" : "0", e);
  }
}

static void score_expr(g23_buf_t *b, const g23_sexpr_t *e) {
  if (!e) g23_buf_printf(b, "s");
  else g23_sx_render(b, e, "s", "i", "j", "h", "x%d");
}

/* d score / d s (wrt -1) or d score / d extra wrt. */
static void score_grad(g23_buf_t *b, const g23_sexpr_t *e, int wrt) {
  if (!e) {
    g23_buf_printf(b, wrt < 0 ? "1.0f" : "0.0f");
    return;
  }
  g23_sexpr_t *dd = g23_sx_diff(e, wrt);
  g23_sx_render(b, dd, "s", "i", "j", "h", "x%d");
  g23_sx_free(dd);
}

/* Key range [j0, j1) visible to query i (C and CUDA alike). */
static void key_range(g23_buf_t *b, const attn_t *a, const char *ind) {
  if (a->cross) {
    g23_buf_printf(b, "%sint64_t j0 = 0, j1 = %" PRId64 "LL;\n", ind, a->S);
  } else {
    g23_buf_printf(b, "%sint64_t j0 = 0, j1 = (int64_t)pos + %" PRId64 "LL;\n", ind, a->T);
    g23_buf_printf(b, "%sif (j1 > %" PRId64 "LL) j1 = %" PRId64 "LL;\n", ind, a->S, a->S);
  }
  if (a->causal) g23_buf_printf(b, "%sif (j1 > i + 1) j1 = i + 1;\n", ind);
  if (a->window > 0) g23_buf_printf(b, "%sif (i - %" PRId64 "LL + 1 > j0) j0 = i - %" PRId64 "LL + 1;\n", ind, a->window, a->window);
}

/* Query range [t0, t1) that sees key j. */
static void query_range(g23_buf_t *b, const attn_t *a, const char *ind) {
  g23_buf_printf(b, "%sint64_t t0 = 0, t1 = %" PRId64 "LL;\n", ind, a->T);
  if (a->causal) g23_buf_printf(b, "%sif (j - (int64_t)pos > t0) t0 = j - (int64_t)pos;\n", ind);
  if (a->window > 0) g23_buf_printf(b, "%sif (j + %" PRId64 "LL - (int64_t)pos < t1) t1 = j + %" PRId64 "LL - (int64_t)pos;\n", ind, a->window, a->window);
  if (!a->cross) g23_buf_printf(b, "%sif (j >= (int64_t)pos + %" PRId64 "LL) t1 = t0;\n", ind, a->T);
}

/* kbh: the (batch, key/value head) row block that query block bh reads. */
static void kv_block(g23_buf_t *b, const attn_t *a, const char *ind) {
  g23_buf_printf(b, "%sconst int64_t kbh = bh / %" PRId64 "LL * %" PRId64 "LL + bh %% %" PRId64 "LL / %" PRId64 "LL;\n", ind,
                 a->H, a->Hkv, a->H, a->G);
}

/* bh and h: query head g of the group that reads key/value block kb. */
static void group_head(g23_buf_t *b, const attn_t *a, const char *ind) {
  g23_buf_printf(b, "%sconst int64_t bh = kb / %" PRId64 "LL * %" PRId64 "LL + kb %% %" PRId64 "LL * %" PRId64 "LL + g, h = bh %% %" PRId64 "LL; (void)h;\n",
                 ind, a->Hkv, a->H, a->Hkv, a->G, a->H);
}

/* Offsets of dk and dv in ATTN_BWD's flat output (ops.def). */
static int64_t dk_off(const attn_t *a) { return a->B * a->H * a->T * a->D; }
static int64_t dv_off(const attn_t *a) { return dk_off(a) + a->B * a->Hkv * a->S * a->D; }

static char *describe(const g23_cg_t *cg, const attn_t *a, int v, const char *what) {
  char sh[96];
  g23_buf_t b = {0};
  g23_buf_printf(&b, "%s %s: q%s", g23_ops[a->n->op].name, what, g23_shape_str(a->q->rank, a->q->shape, sh, sizeof sh));
  g23_buf_printf(&b, " S=%" PRId64 "%s%s", a->S, a->causal ? " causal" : "", a->cross ? " cross" : "");
  if (a->Hkv != a->H) g23_buf_printf(&b, " kv_heads=%" PRId64, a->Hkv);
  if (a->drop > 0) g23_buf_printf(&b, " dropout=%g", (double)a->drop);
  if (a->window) g23_buf_printf(&b, " window=%" PRId64, a->window);
  g23_buf_printf(&b, " score=");
  g23_buf_t e = {0};
  score_expr(&e, a->score);
  for (char *p = e.s; p && *p; p++)
    if (p[0] == '*' && p[1] == '/') p[1] = ' ';
  g23_buf_printf(&b, "%s", e.s ? e.s : "s");
  g23_buf_free(&e);
  g23_buf_printf(&b, " -> %s", g23_shape_str(a->n->rank, a->n->shape, sh, sizeof sh));
  (void)cg;
  (void)v;
  return b.s;
}

/* ---- C dialect: tiles against blocks, as small matrix products ----------
 *
 * An OpenMP iteration owns CT consecutive query rows of one (batch, head)
 * (dk and dv: CT key rows) and walks the keys (queries) in blocks of CB.
 * Each block of K (V, Q, dO) rows is first copied transposed into a stack
 * array, so that the scores of the tile against the block are sums of
 * broadcast-times-vector products along the block (g23_att_dots): no sum
 * across SIMD lanes, four rows and sixteen columns of results in registers.
 * The block's masks, exps and sums run along the score arrays; the weighted
 * rows are then added to the tile's accumulators (g23_att_axpy, vectors
 * along the head dimension).  Rows past the end of the tensor see no keys;
 * the transposed copies are padded with zeros to CB columns, which the
 * masks then hide. */
#define CT G23_ATT_CT /* kernels/limits.h; the helpers are kernels/attention.h */
#define CB G23_ATT_CB

/* Loop over the tiles of CT rows: T query rows per (b, h), with bh, h,
 * kbh (the key/value block it reads) and the extras; or with keys set, S key
 * rows per (b, key/value head) kb.  r0 (the tile's first row), n (its rows),
 * pos; the visible ranges lo/hi of each row over the other side and their
 * union [u0, u1). */
static void c_tile_loop(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, bool keys) {
  int64_t R = keys ? a->S : a->T, nt = (R + CT - 1) / CT;
  g23_buf_printf(b, "  ");
  g23_par(b, &g23_dialect_c, a->rows * a->S * a->D);
  g23_buf_printf(b, "for (int64_t it = 0; it < %" PRId64 "LL; it++) {\n", a->B * (keys ? a->Hkv : a->H) * nt);
  if (keys) {
    g23_buf_printf(b, "    const int64_t kb = it / %" PRId64 "LL, r0 = it %% %" PRId64 "LL * %d;\n", nt, nt, CT);
  } else {
    g23_buf_printf(b, "    const int64_t bh = it / %" PRId64 "LL, r0 = it %% %" PRId64 "LL * %d, h = bh %% %" PRId64 "LL; (void)h;\n", nt,
                   nt, CT, a->H);
    kv_block(b, a, "    ");
  }
  g23_buf_printf(b, "    const int n = r0 + %d <= %" PRId64 "LL ? %d : (int)(%" PRId64 "LL - r0);\n", CT, R, CT, R);
  g23_buf_printf(b, "    const int32_t pos = P[0];\n");
  if (!keys) extras(b, cg, a, "    ");
  g23_buf_printf(b, "    int64_t lo[%d], hi[%d], u0 = %" PRId64 "LL, u1 = 0;\n", CT, CT, keys ? a->T : a->S);
  g23_buf_printf(b, "    for (int r = 0; r < n; r++) {\n");
  if (keys) {
    g23_buf_printf(b, "      const int64_t j = r0 + r; (void)j;\n");
    query_range(b, a, "      ");
    g23_buf_printf(b, "      if (t0 > t1) t1 = t0;\n      lo[r] = t0;\n      hi[r] = t1;\n");
    g23_buf_printf(b, "      if (t0 < t1) {\n        if (t0 < u0) u0 = t0;\n        if (t1 > u1) u1 = t1;\n      }\n    }\n");
  } else {
    g23_buf_printf(b, "      const int64_t i = (int64_t)pos + r0 + r; (void)i;\n");
    key_range(b, a, "      ");
    g23_buf_printf(b, "      if (j0 > j1) j1 = j0;\n      lo[r] = j0;\n      hi[r] = j1;\n");
    g23_buf_printf(b, "      if (j0 < j1) {\n        if (j0 < u0) u0 = j0;\n        if (j1 > u1) u1 = j1;\n      }\n    }\n");
  }
}

/* The block's scores of the tile's query rows: sc[r][c] = the score of the
 * raw dot product sr[r][c], or -inf where key jb + c is hidden from row r. */
static void c_block_scores(g23_buf_t *b, const attn_t *a, const char *raw) {
  g23_buf_printf(b, "      for (int r = 0; r < n; r++) {\n        const int64_t i = (int64_t)pos + r0 + r; (void)i;\n");
  g23_buf_printf(b, "        _Pragma(\"omp simd\")\n");
  g23_buf_printf(b, "        for (int c = 0; c < %d; c++) {\n          const int64_t j = jb + c;\n          const float s = %s[r][c];\n", CB, raw);
  g23_buf_printf(b, "          sc[r][c] = j >= lo[r] && j < hi[r] ? ");
  score_expr(b, a->score);
  g23_buf_printf(b, " : -G23_INF;\n        }\n      }\n");
}

/* Online softmax step of row r over the block: m, l, rescale of the row's
 * accumulator (acc[r][..], or the scalar part[r]); leaves the row's exps in
 * sc[r]. */
static void c_block_softmax(g23_buf_t *b, const attn_t *a, const char *acc, bool scalar) {
  /* A NaN score makes the block's max NaN, so that NaN reaches the output
   * (and the loss, where training stops on it) instead of being skipped;
   * both reductions run in SIMD lanes. */
  g23_buf_printf(b, "        float mb = -G23_INF;\n        int nan = 0;\n");
  g23_buf_printf(b, "        _Pragma(\"omp simd reduction(max:mb) reduction(|:nan)\")\n");
  g23_buf_printf(b, "        for (int c = 0; c < %d; c++) {\n          const float x = sc[r][c];\n", CB);
  g23_buf_printf(b, "          mb = x > mb ? x : mb;\n          nan |= x != x;\n        }\n        if (nan) mb = NAN;\n");
  g23_buf_printf(b, "        if (mb == -G23_INF) {\n          for (int c = 0; c < %d; c++) sc[r][c] = 0.0f;\n          continue;\n        }\n", CB);
  g23_buf_printf(b, "        const float mn = m[r] > mb ? m[r] : mb, cr = G23_EXPF(m[r] - mn);\n        m[r] = mn;\n");
  if (scalar) g23_buf_printf(b, "        %s[r] *= cr;\n", acc);
  else g23_buf_printf(b, "        for (int64_t d = 0; d < %" PRId64 "LL; d++) %s[r][d] *= cr;\n", a->D, acc);
  /* In SIMD lanes (the exps are most of the work: G23_EXPF vectorises). */
  g23_buf_printf(b, "        float ls = 0.0f;\n        _Pragma(\"omp simd reduction(+:ls)\")\n");
  g23_buf_printf(b, "        for (int c = 0; c < %d; c++) {\n", CB);
  g23_buf_printf(b, "          const float e = G23_EXPF(sc[r][c] - mn);\n          sc[r][c] = e;\n          ls += e;\n        }\n");
  g23_buf_printf(b, "        l[r] = l[r] * cr + ls;\n");
}

/* Walk the key blocks of the tile's union range: jb, nb, and the block's K
 * (and V) rows transposed into kt (vt). */
static void c_key_blocks(g23_buf_t *b, const attn_t *a, bool with_v) {
  g23_buf_printf(b, "    for (int64_t jb = u0; jb < u1; jb += %d) {\n", CB);
  g23_buf_printf(b, "      const int nb = u1 - jb < %d ? (int)(u1 - jb) : %d;\n", CB, CB);
  g23_buf_printf(b, "      g23_att_transpose(&kt[0][0], K + (kbh * %" PRId64 "LL + jb) * %" PRId64 "LL, nb, %" PRId64 "LL);\n", a->S,
                 a->D, a->D);
  if (with_v)
    g23_buf_printf(b, "      g23_att_transpose(&vt[0][0], V + (kbh * %" PRId64 "LL + jb) * %" PRId64 "LL, nb, %" PRId64 "LL);\n", a->S,
                   a->D, a->D);
}

/* Queries per (batch, head) below which the forward scores a block row by
 * row instead of transposing it (decoding: one query). */
#define FEW_ROWS 4

static void c_forward(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a) {
  bool few = a->T < FEW_ROWS;
  c_tile_loop(b, cg, a, false);
  g23_buf_printf(b, "    const float *q = Q + (bh * %" PRId64 "LL + r0) * %" PRId64 "LL;\n", a->T, a->D);
  g23_buf_printf(b, "    float m[%d], l[%d], acc[%d][%" PRId64 "], sr[%d][%d], sc[%d][%d]", CT, CT, CT, a->D, CT, CB, CT, CB);
  if (few) g23_buf_printf(b, ";\n");
  else g23_buf_printf(b, ", kt[%" PRId64 "][%d];\n", a->D, CB);
  g23_buf_printf(b, "    for (int r = 0; r < %d; r++) {\n      m[r] = -G23_INF;\n      l[r] = 0.0f;\n", CT);
  g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) acc[r][d] = 0.0f;\n    }\n", a->D);
  if (few) {
    g23_buf_printf(b, "    for (int64_t jb = u0; jb < u1; jb += %d) {\n", CB);
    g23_buf_printf(b, "      const int nb = u1 - jb < %d ? (int)(u1 - jb) : %d;\n", CB, CB);
    g23_buf_printf(b, "      g23_att_dots_rows(&sr[0][0], q, n, K + (kbh * %" PRId64 "LL + jb) * %" PRId64 "LL, nb, %" PRId64 "LL);\n",
                   a->S, a->D, a->D);
  } else {
    c_key_blocks(b, a, false);
    g23_buf_printf(b, "      g23_att_dots(&sr[0][0], q, n, &kt[0][0], %" PRId64 "LL);\n", a->D);
  }
  c_block_scores(b, a, "sr");
  g23_buf_printf(b, "      for (int r = 0; r < n; r++) {\n");
  c_block_softmax(b, a, "acc", false);
  if (a->drop > 0) { /* after the row's sum: dropout scales what the values get */
    g23_buf_printf(b, "        for (int c = 0; c < %d; c++) sc[r][c] *= ", CB);
    keep_expr(b, a, "r0 + r", "jb + c");
    g23_buf_printf(b, ";\n");
  }
  g23_buf_printf(b, "      }\n");
  g23_buf_printf(b, "      g23_att_axpy(&acc[0][0], n, &sc[0][0], nb, V + (kbh * %" PRId64 "LL + jb) * %" PRId64 "LL, %" PRId64 "LL);\n",
                 a->S, a->D, a->D);
  g23_buf_printf(b, "    }\n");
  g23_buf_printf(b, "    for (int r = 0; r < n; r++) {\n      const float inv = l[r] > 0.0f ? 1.0f / l[r] : 0.0f;\n");
  g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) out[(bh * %" PRId64 "LL + r0 + r) * %" PRId64 "LL + d] = acc[r][d] * inv;\n",
                 a->D, a->T, a->D);
  g23_buf_printf(b, "    }\n  }\n");
}

/* Backward, per query tile, in one pass: the online softmax of the forward
 * with the unnormalised dq (ATTN_BWD) or partial gradient of extra `wrt`
 * (ATTN_BWD_EXTRA) rescaled alongside; the row's lse and D = do . o go to
 * the scratch. */
static void c_bwd_rows(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int wrt) {
  c_tile_loop(b, cg, a, false);
  g23_buf_printf(b, "    const float *q = Q + (bh * %" PRId64 "LL + r0) * %" PRId64 "LL;\n", a->T, a->D);
  g23_buf_printf(b, "    const float *g = dO + (bh * %" PRId64 "LL + r0) * %" PRId64 "LL;\n", a->T, a->D);
  g23_buf_printf(b, "    float Di[%d];\n    for (int r = 0; r < n; r++) {\n", CT);
  g23_buf_printf(b, "      const float *gr = g + r * %" PRId64 "LL, *orow = O + (bh * %" PRId64 "LL + r0 + r) * %" PRId64 "LL;\n", a->D,
                 a->T, a->D);
  g23_buf_printf(b, "      float x = 0.0f;\n      _Pragma(\"omp simd reduction(+:x)\")\n");
  g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) x += gr[d] * orow[d];\n      Di[r] = x;\n    }\n", a->D);
  g23_buf_printf(b, "    float m[%d], l[%d], sr[%d][%d], sc[%d][%d], dp[%d][%d], kt[%" PRId64 "][%d], vt[%" PRId64 "][%d];\n", CT, CT,
                 CT, CB, CT, CB, CT, CB, a->D, CB, a->D, CB);
  if (wrt < 0) g23_buf_printf(b, "    float acc[%d][%" PRId64 "];\n", CT, a->D);
  else g23_buf_printf(b, "    float part[%d];\n", CT);
  g23_buf_printf(b, "    for (int r = 0; r < %d; r++) {\n      m[r] = -G23_INF;\n      l[r] = 0.0f;\n", CT);
  if (wrt < 0) g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) acc[r][d] = 0.0f;\n    }\n", a->D);
  else g23_buf_printf(b, "      part[r] = 0.0f;\n    }\n");
  c_key_blocks(b, a, true);
  g23_buf_printf(b, "      g23_att_dots(&sr[0][0], q, n, &kt[0][0], %" PRId64 "LL);\n", a->D);
  g23_buf_printf(b, "      g23_att_dots(&dp[0][0], g, n, &vt[0][0], %" PRId64 "LL);\n", a->D);
  c_block_scores(b, a, "sr");
  g23_buf_printf(b, "      for (int r = 0; r < n; r++) {\n");
  c_block_softmax(b, a, wrt < 0 ? "acc" : "part", wrt >= 0);
  g23_buf_printf(b, "        const int64_t i = (int64_t)pos + r0 + r; (void)i;\n");
  if (wrt >= 0) g23_buf_printf(b, "        float ps = 0.0f;\n        _Pragma(\"omp simd reduction(+:ps)\")\n");
  else g23_buf_printf(b, "        _Pragma(\"omp simd\")\n");
  g23_buf_printf(b, "        for (int c = 0; c < %d; c++) {\n          const int64_t j = jb + c;\n          const float s = sr[r][c]; (void)s;\n", CB);
  g23_buf_printf(b, "          sc[r][c] = j >= lo[r] && j < hi[r] ? sc[r][c] * (dp[r][c]");
  if (a->drop > 0) {
    g23_buf_printf(b, " * ");
    keep_expr(b, a, "r0 + r", "j");
  }
  g23_buf_printf(b, " - Di[r]) * (");
  score_grad(b, a->score, wrt);
  g23_buf_printf(b, ") : 0.0f;\n");
  if (wrt >= 0) g23_buf_printf(b, "          ps += sc[r][c];\n");
  g23_buf_printf(b, "        }\n");
  if (wrt >= 0) g23_buf_printf(b, "        part[r] += ps;\n");
  g23_buf_printf(b, "      }\n");
  if (wrt < 0)
    g23_buf_printf(b, "      g23_att_axpy(&acc[0][0], n, &sc[0][0], nb, K + (kbh * %" PRId64 "LL + jb) * %" PRId64 "LL, %" PRId64 "LL);\n",
                   a->S, a->D, a->D);
  g23_buf_printf(b, "    }\n");
  g23_buf_printf(b, "    for (int r = 0; r < n; r++) {\n      const int64_t row = bh * %" PRId64 "LL + r0 + r;\n", a->T);
  g23_buf_printf(b, "      const float inv = l[r] > 0.0f ? 1.0f / l[r] : 0.0f;\n");
  if (wrt < 0) {
    g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) out[row * %" PRId64 "LL + d] = acc[r][d] * inv;\n", a->D, a->D);
    g23_buf_printf(b, "      tmp[row] = l[r] > 0.0f ? m[r] + logf(l[r]) : G23_INF;\n");
    g23_buf_printf(b, "      tmp[%" PRId64 "LL + row] = Di[r];\n    }\n  }\n", a->rows);
  } else {
    g23_buf_printf(b, "      tmp[row] = part[r] * inv;\n    }\n  }\n");
  }
}

/* Backward, per tile of CT key rows: dk and dv, against blocks of CB query
 * rows transposed (Q and dO), with the probabilities from the rows' lse. */
static void c_bwd_keys(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a) {
  c_tile_loop(b, cg, a, true);
  g23_buf_printf(b, "    const float *kr = K + (kb * %" PRId64 "LL + r0) * %" PRId64 "LL;\n", a->S, a->D);
  g23_buf_printf(b, "    const float *vr = V + (kb * %" PRId64 "LL + r0) * %" PRId64 "LL;\n", a->S, a->D);
  g23_buf_printf(b, "    float dk[%d][%" PRId64 "], dv[%d][%" PRId64 "], st[%d][%d], pt[%d][%d], qt[%" PRId64 "][%d], gt[%" PRId64 "][%d];\n",
                 CT, a->D, CT, a->D, CT, CB, CT, CB, a->D, CB, a->D, CB);
  g23_buf_printf(b, "    for (int r = 0; r < %d; r++)\n      for (int64_t d = 0; d < %" PRId64 "LL; d++) dk[r][d] = dv[r][d] = 0.0f;\n", CT, a->D);
  /* The query heads of the group, in turn: their sum needs no atomics. */
  g23_buf_printf(b, "    for (int64_t g = 0; g < %" PRId64 "LL; g++) {\n", a->G);
  group_head(b, a, "    ");
  extras(b, cg, a, "    ");
  g23_buf_printf(b, "    for (int64_t tb = u0; tb < u1; tb += %d) {\n", CB);
  g23_buf_printf(b, "      const int nb = u1 - tb < %d ? (int)(u1 - tb) : %d;\n", CB, CB);
  g23_buf_printf(b, "      const int64_t rb = bh * %" PRId64 "LL + tb;\n", a->T);
  g23_buf_printf(b, "      g23_att_transpose(&qt[0][0], Q + rb * %" PRId64 "LL, nb, %" PRId64 "LL);\n", a->D, a->D);
  g23_buf_printf(b, "      g23_att_transpose(&gt[0][0], dO + rb * %" PRId64 "LL, nb, %" PRId64 "LL);\n", a->D, a->D);
  g23_buf_printf(b, "      g23_att_dots(&st[0][0], kr, n, &qt[0][0], %" PRId64 "LL);\n", a->D);
  g23_buf_printf(b, "      g23_att_dots(&pt[0][0], vr, n, &gt[0][0], %" PRId64 "LL);\n", a->D);
  g23_buf_printf(b, "      const float *lse = tmp + rb, *Dt = tmp + %" PRId64 "LL + rb;\n", a->rows);
  g23_buf_printf(b, "      for (int r = 0; r < n; r++) {\n        const int64_t j = r0 + r; (void)j;\n");
  g23_buf_printf(b, "        _Pragma(\"omp simd\")\n");
  g23_buf_printf(b, "        for (int c = 0; c < nb; c++) {\n          const int64_t t = tb + c, i = (int64_t)pos + t; (void)i;\n");
  g23_buf_printf(b, "          const float s = st[r][c], dpv = pt[r][c];\n          const int vis = t >= lo[r] && t < hi[r];\n");
  g23_buf_printf(b, "          const float p = vis ? G23_EXPF((");
  score_expr(b, a->score);
  g23_buf_printf(b, ") - lse[c]) : 0.0f;\n          const float mk = ");
  if (a->drop > 0) keep_expr(b, a, "t", "j");
  else g23_buf_printf(b, "1.0f");
  g23_buf_printf(b, ";\n          pt[r][c] = p * mk;\n          st[r][c] = vis ? p * (dpv * mk - Dt[c]) * (");
  score_grad(b, a->score, -1);
  g23_buf_printf(b, ") : 0.0f;\n        }\n      }\n");
  g23_buf_printf(b, "      g23_att_axpy(&dv[0][0], n, &pt[0][0], nb, dO + rb * %" PRId64 "LL, %" PRId64 "LL);\n", a->D, a->D);
  g23_buf_printf(b, "      g23_att_axpy(&dk[0][0], n, &st[0][0], nb, Q + rb * %" PRId64 "LL, %" PRId64 "LL);\n", a->D, a->D);
  g23_buf_printf(b, "    }\n    }\n");
  g23_buf_printf(b, "    for (int r = 0; r < n; r++) {\n      const int64_t idx = kb * %" PRId64 "LL + r0 + r;\n", a->S);
  g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) {\n", a->D);
  g23_buf_printf(b, "        out[%" PRId64 "LL + idx * %" PRId64 "LL + d] = dk[r][d];\n", dk_off(a), a->D);
  g23_buf_printf(b, "        out[%" PRId64 "LL + idx * %" PRId64 "LL + d] = dv[r][d];\n      }\n    }\n  }\n", dv_off(a), a->D);
}

/* ---- CUDA dialect: kernels/attention.cuh, instantiated per kernel -------
 *
 * What varies per model is a struct of hooks and constants (attention.cuh
 * says what it holds), written here before the kernel; the kernel is one
 * call of the file's template with the head size, rows per warp and tile
 * size. */

#define WARPS G23_CUDA_ATT_WARPS

/* Rows per warp and elements per lane for head size D; shared memory use
 * stays under the 48 KiB a block gets without opting in. */
static int cu_rows_per_warp(int64_t D) { return D <= 64 ? 4 : D <= 128 ? 2 : 1; }
/* Rows of a K/V (or Q/dO) tile: a lane each; half the lanes idle above 128. */
static int cu_tile(int64_t D) { return D <= 128 ? 32 : 16; }

static int64_t off_of(const g23_cg_t *cg, int id) { return cg->s->offset[id]; }

/* The hooks struct `name` of attention.cuh for kernel node v (temporary
 * buffer of group gi, or gi < 0: none); dscore is d score / d s (wrt < 0)
 * or d score / d extra wrt, written for the backward kernels only. */
static void cu_hooks(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int v, int gi, bool bwd, int wrt,
                     const char *name) {
  const g23_node_t *n = a->n;
  bool grad = n->op != G23_OP_ATTENTION;
  g23_buf_printf(b, "struct %s {\n", name);
  g23_buf_printf(b, "  static constexpr int64_t B = %" PRId64 "LL, H = %" PRId64 "LL, Hkv = %" PRId64 "LL, T = %" PRId64
                    "LL, S = %" PRId64 "LL, rows = %" PRId64 "LL, window = %" PRId64 "LL;\n",
                 a->B, a->H, a->Hkv, a->T, a->S, a->rows, a->window);
  g23_buf_printf(b, "  static constexpr int64_t q = %" PRId64 "LL, k = %" PRId64 "LL, v = %" PRId64 "LL, pos = %" PRId64
                    "LL, o = %" PRId64 "LL, dout = %" PRId64 "LL, out = %" PRId64 "LL, tmp = %" PRId64 "LL;\n",
                 off_of(cg, n->in[0]), off_of(cg, n->in[1]), off_of(cg, n->in[2]), off_of(cg, n->in[3]),
                 grad ? off_of(cg, n->in[4]) : 0, grad ? off_of(cg, n->in[5]) : 0, off_of(cg, v),
                 gi >= 0 ? cg->s->temp_off[gi] : 0);
  g23_buf_printf(b, "  static constexpr bool causal = %s, cross = %s, drop = %s;\n", a->causal ? "true" : "false",
                 a->cross ? "true" : "false", a->drop > 0 ? "true" : "false");
  g23_buf_printf(b, "  static constexpr float drop_p = ");
  g23_flit(b, a->drop > 0 ? a->drop : 0.0f);
  g23_buf_printf(b, ", drop_scale = ");
  g23_flit(b, a->drop > 0 ? 1.0f / (1.0f - a->drop) : 1.0f);
  g23_buf_printf(b, ";\n  static constexpr uint32_t stream = %" PRIu32 "u;\n", (uint32_t)a->stream);
  for (int e = 0; e < a->nextra; e++) g23_buf_printf(b, "  float x%d;\n", e);
  g23_buf_printf(b, "  uint32_t seed;\n");
  g23_buf_printf(b, "  __device__ void head(const char *base, int64_t h) {\n    (void)base;\n    (void)h;\n");
  g23_buf_printf(b, "    seed = 0;\n");
  if (a->drop > 0) {
    const g23_node_t *sd = &cg->g->nodes[n->in[a->first_extra - 1]];
    g23_buf_printf(b, "    seed = (uint32_t)((const %s *)(base + %" PRId64 "LL))[0];\n", g23_ctype(sd->dtype),
                   off_of(cg, n->in[a->first_extra - 1]));
  }
  for (int e = 0; e < a->nextra; e++) {
    const g23_node_t *x = &cg->g->nodes[n->in[a->first_extra + e]];
    g23_buf_printf(b, "    x%d = ((const %s *)(base + %" PRId64 "LL))[%s];\n", e, g23_ctype(x->dtype),
                   off_of(cg, n->in[a->first_extra + e]), g23_numel(x) > 1 ? "h" : "0");
  }
  g23_buf_printf(b, "  }\n");
  const char *unused = "(void)s;\n    (void)i;\n    (void)j;\n    (void)h;\n";
  g23_buf_printf(b, "  __device__ float score(float s, int64_t i, int64_t j, int64_t h) const {\n    %s    return ", unused);
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n  }\n");
  if (bwd) {
    g23_buf_printf(b, "  __device__ float dscore(float s, int64_t i, int64_t j, int64_t h) const {\n    %s    return ", unused);
    score_grad(b, a->score, wrt);
    g23_buf_printf(b, ";\n  }\n");
  }
  g23_buf_printf(b, "};\n");
}

/* A head wider than the dialect's attention kernels take: say so where its
 * compiler will show it. */
static bool too_big(g23_buf_t *b, const g23_dialect_t *dl, const attn_t *a) {
  if (!dl->att_max_head || a->D <= dl->att_max_head) return false;
  g23_buf_printf(b, "#error \"gpt23: the %s attention kernels support head sizes up to %d, this model has %" PRId64 "\"\n",
                 dl->title, dl->att_max_head, a->D);
  return true;
}

/* ---- kernels ----------------------------------------------------------------- */

static void end_kernel(g23_cg_t *cg) {
  for (int i = 0; i < G23_NDIALECTS; i++) g23_buf_printf(&cg->src[i], "}\n\n");
}

static void tmp_decl(g23_buf_t *b, const g23_cg_t *cg, int gi) {
  g23_buf_printf(b, "  float *tmp = (float *)(base + %" PRId64 "); (void)tmp;\n", cg->s->temp_off[gi]);
}

/* One attention kernel in every dialect: the CUDA dialect's hooks struct
 * before it, then the kernel (C: the body; CUDA: a call of attention.cuh's
 * template fn with the head size, rows per warp and tile size). */
static void att_kernel(g23_cg_t *cg, const attn_t *a, int v, int gi, const char *what, const char *desc, int64_t grid,
                       const char *cu_fn, int wrt, int c_kind) {
  char hooks[160];
  snprintf(hooks, sizeof hooks, "%s_att%d", cg->graph_name, cg->kernels.n);
  int rpw = cu_rows_per_warp(a->D);
  for (int i = 0; i < G23_NDIALECTS; i++)
    if (g23_dialects[i]->attention == G23_ATT_FLASH && !(g23_dialects[i]->att_max_head && a->D > g23_dialects[i]->att_max_head))
      cu_hooks(&cg->src[i], cg, a, v, gi, a->n->op != G23_OP_ATTENTION, wrt, hooks);
  g23_cg_kernel(cg, what, desc, grid, 32 * WARPS, 0);
  for (int i = 0; i < G23_NDIALECTS; i++) {
    g23_buf_t *b = &cg->src[i];
    const g23_dialect_t *dl = g23_dialects[i];
    if (too_big(b, dl, a)) continue;
    if (dl->attention == G23_ATT_FLASH) {
      g23_buf_printf(b, "  %s<%" PRId64 ", %d, %d, ", cu_fn, a->D, rpw, cu_tile(a->D));
      if (c_kind == 1) g23_buf_printf(b, "%s, ", wrt >= 0 ? "true" : "false");
      g23_buf_printf(b, "%s>(base);\n", hooks);
      continue;
    }
    decls(b, cg, a, v);
    if (gi >= 0) tmp_decl(b, cg, gi);
    if (c_kind == 0) c_forward(b, cg, a);
    else if (c_kind == 1) c_bwd_rows(b, cg, a, wrt);
    else c_bwd_keys(b, cg, a);
  }
  end_kernel(cg);
}

void g23_cg_attention(g23_cg_t *cg, int v) {
  attn_t a;
  attn_info(cg, v, &a);
  int64_t per = WARPS * cu_rows_per_warp(a.D), grid = a.B * a.H * ((a.T + per - 1) / per);
  char *desc = describe(cg, &a, v, "forward");
  att_kernel(cg, &a, v, -1, "attention", desc, grid, "g23_att_fwd_cuda", -1, 0);
  free(desc);
}

void g23_cg_attention_bwd(g23_cg_t *cg, int v, int gi) {
  attn_t a;
  attn_info(cg, v, &a);
  int64_t per = WARPS * cu_rows_per_warp(a.D);
  bool extra = a.n->op == G23_OP_ATTN_BWD_EXTRA;
  int wrt = extra ? (int)a.n->iattr[3] : -1;
  char *desc = describe(cg, &a, v, extra ? "extra gradient, query rows" : "dq and row statistics");
  att_kernel(cg, &a, v, gi, extra ? "attention_dextra" : "attention_dq", desc, a.B * a.H * ((a.T + per - 1) / per),
             "g23_att_bwd_rows_cuda", wrt, 1);
  free(desc);
  if (!extra) {
    desc = describe(cg, &a, v, "dk and dv");
    att_kernel(cg, &a, v, gi, "attention_dkdv", desc, a.B * a.Hkv * ((a.S + per - 1) / per), "g23_att_bwd_keys_cuda", -1, 2);
    free(desc);
    return;
  }
  /* Sum the partials of the rows of each output element (a head, or all). */
  const g23_node_t *n = a.n;
  int64_t E = g23_numel(n);
  desc = describe(cg, &a, v, "extra gradient, sum of rows");
  g23_cg_kernel(cg, "attention_dextra_sum", desc, (E + 255) / 256, 256, 0);
  free(desc);
  for (int i = 0; i < G23_NDIALECTS; i++) {
    const g23_dialect_t *dl = g23_dialects[i];
    g23_buf_t *b = &cg->src[i];
    ptr_decl(b, cg, "out", v, false);
    tmp_decl(b, cg, gi);
    g23_buf_printf(b, "  ");
    g23_par(b, dl, E * a.rows);
    g23_buf_printf(b, dl->flat_begin, (long long)E);
    g23_buf_printf(b, "    float acc = 0.0f;\n");
    if (E == 1) {
      g23_buf_printf(b, "    for (int64_t r = 0; r < %" PRId64 "LL; r++) acc += tmp[r];\n", a.rows);
    } else {
      g23_buf_printf(b, "    for (int64_t bb = 0; bb < %" PRId64 "LL; bb++)\n", a.B);
      g23_buf_printf(b, "      for (int64_t t = 0; t < %" PRId64 "LL; t++) acc += tmp[(bb * %" PRId64 "LL + idx) * %" PRId64 "LL + t];\n",
                     a.T, a.H, a.T);
    }
    g23_buf_printf(b, "    out[idx] = acc;\n  }\n");
  }
  end_kernel(cg);
}
