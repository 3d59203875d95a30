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
 * The C kernels run one query (or key) row per OpenMP iteration.  The CUDA
 * kernels are tiled: a block of four warps owns a few rows of one (batch,
 * head); tiles of 32 (heads over 128: 16) key (or query) rows are staged in
 * shared memory (head size at most 256); each
 * lane scores one row of the tile against the warp's current row, and the
 * warp combines the tile with shuffles (flash-attention style).
 *
 * Visibility: key j is visible to query t (absolute i = pos + t) when
 * j < pos + T, j < S, and (causal) j <= i, and (window w) i - j < w.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

typedef struct {
  const g23_node_t *n, *q;
  int64_t B, H, T, S, D, rows;
  bool causal;
  int64_t window;
  int first_extra, nextra;
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
  a->rows = a->B * a->H * a->T;
  a->causal = a->n->iattr[0] != 0;
  a->window = a->n->iattr[1];
  a->first_extra = a->n->op == G23_OP_ATTENTION ? 4 : 6;
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
  for (int e = 0; e < a->nextra; e++) {
    char nm[16];
    snprintf(nm, sizeof nm, "E%d", e);
    ptr_decl(b, cg, nm, n->in[a->first_extra + e], true);
  }
  ptr_decl(b, cg, "out", v, false);
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
  g23_buf_printf(b, "%sint64_t j0 = 0, j1 = (int64_t)pos + %" PRId64 "LL;\n", ind, a->T);
  g23_buf_printf(b, "%sif (j1 > %" PRId64 "LL) j1 = %" PRId64 "LL;\n", ind, a->S, a->S);
  if (a->causal) g23_buf_printf(b, "%sif (j1 > i + 1) j1 = i + 1;\n", ind);
  if (a->window > 0) g23_buf_printf(b, "%sif (i - %" PRId64 "LL + 1 > j0) j0 = i - %" PRId64 "LL + 1;\n", ind, a->window, a->window);
}

/* Query range [t0, t1) that sees key j. */
static void query_range(g23_buf_t *b, const attn_t *a, const char *ind) {
  g23_buf_printf(b, "%sint64_t t0 = 0, t1 = %" PRId64 "LL;\n", ind, a->T);
  if (a->causal) g23_buf_printf(b, "%sif (j - (int64_t)pos > t0) t0 = j - (int64_t)pos;\n", ind);
  if (a->window > 0) g23_buf_printf(b, "%sif (j + %" PRId64 "LL - (int64_t)pos < t1) t1 = j + %" PRId64 "LL - (int64_t)pos;\n", ind, a->window, a->window);
  g23_buf_printf(b, "%sif (j >= (int64_t)pos + %" PRId64 "LL) t1 = t0;\n", ind, a->T);
}

static char *describe(const g23_cg_t *cg, const attn_t *a, int v, const char *what) {
  char sh[96];
  g23_buf_t b = {0};
  g23_buf_printf(&b, "%s %s: q%s", g23_ops[a->n->op].name, what, g23_shape_str(a->q->rank, a->q->shape, sh, sizeof sh));
  g23_buf_printf(&b, " S=%" PRId64 "%s", a->S, a->causal ? " causal" : "");
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

/* ---- C dialect: one row per iteration ---------------------------------- */

static void c_query_setup(g23_buf_t *b, const attn_t *a) {
  g23_buf_printf(b, "    const int64_t t = idx %% %" PRId64 "LL, bh = idx / %" PRId64 "LL, h = bh %% %" PRId64 "LL; (void)h;\n",
                 a->T, a->T, a->H);
  g23_buf_printf(b, "    const int32_t pos = P[0];\n    const int64_t i = (int64_t)pos + t; (void)i;\n");
  key_range(b, a, "    ");
  g23_buf_printf(b, "    const float *q = Q + idx * %" PRId64 "LL;\n", a->D);
  g23_buf_printf(b, "    const float *kb = K + bh * %" PRId64 "LL, *vb = V + bh * %" PRId64 "LL;\n", a->S * a->D, a->S * a->D);
}

/* A dot product over the head dimension.  `omp simd` lets the compiler
 * vectorise the sum (a fixed order per build, so results stay
 * deterministic); without it C's evaluation order forbids that. */
static void c_dot(g23_buf_t *b, const char *dst, const char *x, const char *y, int64_t D) {
  g23_buf_printf(b, "float %s = 0.0f;\n      _Pragma(\"omp simd reduction(+:%s)\")\n"
                    "      for (int64_t d = 0; d < %" PRId64 "LL; d++) %s += %s[d] * %s[d];\n",
                 dst, dst, D, dst, x, y);
}

/* Online softmax statistics m, l over the row's keys (no output). */
static void c_stats(g23_buf_t *b, const attn_t *a) {
  g23_buf_printf(b, "    float m = -G23_INF, l = 0.0f;\n");
  g23_buf_printf(b, "    for (int64_t j = j0; j < j1; j++) {\n      const float *kj = kb + j * %" PRId64 "LL;\n      ", a->D);
  c_dot(b, "s", "q", "kj", a->D);
  g23_buf_printf(b, "      const float sc = ");
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n      if (sc > m) { l *= expf(m - sc); m = sc; }\n      l += expf(sc - m);\n    }\n");
  g23_buf_printf(b, "    const float lse = l > 0.0f ? m + logf(l) : G23_INF;\n");
}

static void c_forward(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a) {
  g23_buf_printf(b, "  ");
  g23_par(b, &g23_dialect_c, a->rows * a->S * a->D);
  g23_buf_printf(b, "for (int64_t idx = 0; idx < %" PRId64 "LL; idx++) {\n", a->rows);
  c_query_setup(b, a);
  extras(b, cg, a, "    ");
  g23_buf_printf(b, "    float m = -G23_INF, l = 0.0f, acc[%" PRId64 "];\n", a->D);
  g23_buf_printf(b, "    for (int64_t d = 0; d < %" PRId64 "LL; d++) acc[d] = 0.0f;\n", a->D);
  g23_buf_printf(b, "    for (int64_t j = j0; j < j1; j++) {\n      const float *kj = kb + j * %" PRId64 "LL, *vj = vb + j * %" PRId64 "LL;\n      ", a->D, a->D);
  c_dot(b, "s", "q", "kj", a->D);
  g23_buf_printf(b, "      const float sc = ");
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n      if (sc == -G23_INF) continue;\n");
  g23_buf_printf(b, "      if (sc > m) {\n        const float cr = expf(m - sc);\n        l *= cr;\n"
                    "        for (int64_t d = 0; d < %" PRId64 "LL; d++) acc[d] *= cr;\n        m = sc;\n      }\n", a->D);
  g23_buf_printf(b, "      const float p = expf(sc - m);\n      l += p;\n");
  g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) acc[d] += p * vj[d];\n    }\n", a->D);
  g23_buf_printf(b, "    const float inv = l > 0.0f ? 1.0f / l : 0.0f;\n");
  g23_buf_printf(b, "    for (int64_t d = 0; d < %" PRId64 "LL; d++) out[idx * %" PRId64 "LL + d] = acc[d] * inv;\n  }\n", a->D, a->D);
}

/* Backward, per query row: lse and D into the scratch, then dq (ATTN_BWD)
 * or the row's partial gradient of extra `wrt` (ATTN_BWD_EXTRA). */
static void c_bwd_rows(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int wrt) {
  g23_buf_printf(b, "  ");
  g23_par(b, &g23_dialect_c, a->rows * a->S * a->D);
  g23_buf_printf(b, "for (int64_t idx = 0; idx < %" PRId64 "LL; idx++) {\n", a->rows);
  c_query_setup(b, a);
  extras(b, cg, a, "    ");
  g23_buf_printf(b, "    const float *dob = dO + idx * %" PRId64 "LL, *ob = O + idx * %" PRId64 "LL;\n    ", a->D, a->D);
  c_dot(b, "Di", "dob", "ob", a->D);
  c_stats(b, a);
  if (wrt < 0) {
    g23_buf_printf(b, "    float dq[%" PRId64 "];\n    for (int64_t d = 0; d < %" PRId64 "LL; d++) dq[d] = 0.0f;\n", a->D, a->D);
  } else {
    g23_buf_printf(b, "    float part = 0.0f;\n");
  }
  g23_buf_printf(b, "    for (int64_t j = j0; j < j1; j++) {\n      const float *kj = kb + j * %" PRId64 "LL, *vj = vb + j * %" PRId64 "LL;\n      ", a->D, a->D);
  c_dot(b, "s", "q", "kj", a->D);
  g23_buf_printf(b, "      const float sc = ");
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n      const float p = expf(sc - lse);\n      ");
  c_dot(b, "dp", "dob", "vj", a->D);
  g23_buf_printf(b, "      const float ds = p * (dp - Di) * (");
  score_grad(b, a->score, wrt);
  g23_buf_printf(b, ");\n");
  if (wrt < 0) g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) dq[d] += ds * kj[d];\n    }\n", a->D);
  else g23_buf_printf(b, "      part += ds;\n    }\n");
  if (wrt < 0) {
    g23_buf_printf(b, "    for (int64_t d = 0; d < %" PRId64 "LL; d++) out[idx * %" PRId64 "LL + d] = dq[d];\n", a->D, a->D);
    g23_buf_printf(b, "    tmp[idx] = lse;\n    tmp[%" PRId64 "LL + idx] = Di;\n  }\n", a->rows);
  } else {
    g23_buf_printf(b, "    tmp[idx] = part;\n  }\n");
  }
}

/* Backward, per key row: dk and dv. */
static void c_bwd_keys(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a) {
  int64_t keys = a->B * a->H * a->S;
  g23_buf_printf(b, "  ");
  g23_par(b, &g23_dialect_c, keys * a->T * a->D);
  g23_buf_printf(b, "for (int64_t idx = 0; idx < %" PRId64 "LL; idx++) {\n", keys);
  g23_buf_printf(b, "    const int64_t j = idx %% %" PRId64 "LL, bh = idx / %" PRId64 "LL, h = bh %% %" PRId64 "LL; (void)h;\n",
                 a->S, a->S, a->H);
  g23_buf_printf(b, "    const int32_t pos = P[0];\n");
  query_range(b, a, "    ");
  extras(b, cg, a, "    ");
  g23_buf_printf(b, "    const float *kj = K + idx * %" PRId64 "LL, *vj = V + idx * %" PRId64 "LL;\n", a->D, a->D);
  g23_buf_printf(b, "    float dk[%" PRId64 "], dv[%" PRId64 "];\n", a->D, a->D);
  g23_buf_printf(b, "    for (int64_t d = 0; d < %" PRId64 "LL; d++) dk[d] = dv[d] = 0.0f;\n", a->D);
  g23_buf_printf(b, "    for (int64_t t = t0; t < t1; t++) {\n");
  g23_buf_printf(b, "      const int64_t row = bh * %" PRId64 "LL + t, i = (int64_t)pos + t; (void)i;\n", a->T);
  g23_buf_printf(b, "      const float *q = Q + row * %" PRId64 "LL, *dob = dO + row * %" PRId64 "LL;\n      ", a->D, a->D);
  c_dot(b, "s", "q", "kj", a->D);
  g23_buf_printf(b, "      const float sc = ");
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n      const float p = expf(sc - tmp[row]);\n      ");
  c_dot(b, "dp", "dob", "vj", a->D);
  g23_buf_printf(b, "      const float ds = p * (dp - tmp[%" PRId64 "LL + row]) * (", a->rows);
  score_grad(b, a->score, -1);
  g23_buf_printf(b, ");\n");
  g23_buf_printf(b, "      for (int64_t d = 0; d < %" PRId64 "LL; d++) {\n        dv[d] += p * dob[d];\n        dk[d] += ds * q[d];\n      }\n    }\n", a->D);
  int64_t blk = a->B * a->H * a->T * a->D;
  g23_buf_printf(b, "    for (int64_t d = 0; d < %" PRId64 "LL; d++) {\n", a->D);
  g23_buf_printf(b, "      out[%" PRId64 "LL + idx * %" PRId64 "LL + d] = dk[d];\n", blk, a->D);
  g23_buf_printf(b, "      out[%" PRId64 "LL + idx * %" PRId64 "LL + d] = dv[d];\n    }\n  }\n", 2 * blk, a->D);
}

/* ---- CUDA dialect: tiled, four warps per block ------------------------------ */

#define WARPS 4

/* Rows per warp and elements per lane for head size D; shared memory use
 * stays under the 48 KiB a block gets without opting in. */
static int cu_rows_per_warp(int64_t D) { return D <= 64 ? 4 : D <= 128 ? 2 : 1; }
/* Rows of a K/V (or Q/dO) tile: a lane each; half the lanes idle above 128. */
static int cu_tile(int64_t D) { return D <= 128 ? 32 : 16; }

/* Shared tiles: A[TILE][D+1] (padded: lanes read rows), Bt[TILE][D],
 * rows of the warps R[WARPS*RPW][D] (and R2 for a second row operand),
 * probabilities Pp[WARPS][TILE]. */
static void cu_shared(g23_buf_t *b, int64_t D, int rpw, bool two_rows) {
  const int TILE = cu_tile(D);
  g23_buf_printf(b, "  __shared__ float A[%d][%" PRId64 "];\n", TILE, D + 1);
  g23_buf_printf(b, "  __shared__ float Bt[%d][%" PRId64 "];\n", TILE, D);
  g23_buf_printf(b, "  __shared__ float R[%d][%" PRId64 "];\n", WARPS * rpw, D);
  if (two_rows) g23_buf_printf(b, "  __shared__ float R2[%d][%" PRId64 "];\n", WARPS * rpw, D);
  g23_buf_printf(b, "  __shared__ float Pp[%d][%d];\n", WARPS, TILE);
  g23_buf_printf(b, "  __shared__ float Pd[%d][%d];\n", WARPS, TILE);
}

static int64_t cu_shmem(int64_t D, int rpw, bool two) {
  const int TILE = cu_tile(D);
  return 4 * (TILE * (D + 1) + TILE * D + (two ? 2 : 1) * WARPS * rpw * D + 2 * WARPS * TILE);
}

/* Lane `lane` holds elements d = lane + 32 * k of a row; NK of them. */
static int64_t cu_nk(int64_t D) { return (D + 31) / 32; }

/* jb0, jb1: the union of the key ranges of the block's query rows tb.. */
static void block_key_range(g23_buf_t *b, const attn_t *a, int64_t per) {
  g23_buf_printf(b, "  int64_t jb0, jb1;\n  {\n    int64_t i = (int64_t)pos + tb + %" PRId64 "; (void)i;\n", per - 1);
  g23_buf_printf(b, "    if (i > (int64_t)pos + %" PRId64 "LL - 1) i = (int64_t)pos + %" PRId64 "LL - 1;\n", a->T, a->T);
  key_range(b, a, "    ");
  g23_buf_printf(b, "    jb1 = j1; (void)j0;\n  }\n  {\n    const int64_t i = (int64_t)pos + tb; (void)i;\n");
  key_range(b, a, "    ");
  g23_buf_printf(b, "    jb0 = j0; (void)j1;\n  }\n");
}

/* Forward: a block owns WARPS*RPW consecutive query rows of one (b, h). */
static void cu_forward(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int rpw) {
  const int TILE = cu_tile(a->D);
  int64_t D = a->D, nk = cu_nk(D), per = WARPS * rpw, tiles = (a->T + per - 1) / per;
  cu_shared(b, D, rpw, false);
  g23_buf_printf(b, "  const int lane = threadIdx.x & 31, w = threadIdx.x >> 5;\n");
  g23_buf_printf(b, "  const int64_t bh = blockIdx.x / %" PRId64 "LL, tb = blockIdx.x %% %" PRId64 "LL * %" PRId64 "LL;\n", tiles,
                 tiles, per);
  g23_buf_printf(b, "  const int64_t h = bh %% %" PRId64 "LL; (void)h;\n  const int32_t pos = P[0];\n", a->H);
  extras(b, cg, a, "  ");
  /* Stage the block's query rows. */
  g23_buf_printf(b, "  for (int x = threadIdx.x; x < %" PRId64 "; x += blockDim.x) {\n", per * D);
  g23_buf_printf(b, "    const int64_t t = tb + x / %" PRId64 "LL;\n", D);
  g23_buf_printf(b, "    R[x / %" PRId64 "][x %% %" PRId64 "] = t < %" PRId64 "LL ? Q[(bh * %" PRId64 "LL + t) * %" PRId64 "LL + x %% %" PRId64 "] : 0.0f;\n  }\n",
                 D, D, a->T, a->T, D, D);
  g23_buf_printf(b, "  float m[%d], l[%d], acc[%d][%" PRId64 "];\n", rpw, rpw, rpw, nk);
  g23_buf_printf(b, "  for (int r = 0; r < %d; r++) {\n    m[r] = -G23_INF; l[r] = 0.0f;\n"
                    "    for (int k = 0; k < %" PRId64 "; k++) acc[r][k] = 0.0f;\n  }\n", rpw, nk);
  /* The block's key range: the union of its rows' ranges. */
  block_key_range(b, a, per);
  g23_buf_printf(b, "  for (int64_t jt = jb0; jt < jb1; jt += %d) {\n", TILE);
  g23_buf_printf(b, "    __syncthreads();\n");
  g23_buf_printf(b, "    for (int x = threadIdx.x; x < %" PRId64 "; x += blockDim.x) {\n", (int64_t)TILE * D);
  g23_buf_printf(b, "      const int64_t j = jt + x / %" PRId64 "LL;\n", D);
  g23_buf_printf(b, "      const int64_t o = (bh * %" PRId64 "LL + j) * %" PRId64 "LL + x %% %" PRId64 ";\n", a->S, D, D);
  g23_buf_printf(b, "      A[x / %" PRId64 "][x %% %" PRId64 "] = j < jb1 ? K[o] : 0.0f;\n", D, D);
  g23_buf_printf(b, "      Bt[x / %" PRId64 "][x %% %" PRId64 "] = j < jb1 ? V[o] : 0.0f;\n    }\n    __syncthreads();\n", D, D);
  g23_buf_printf(b, "    for (int r = 0; r < %d; r++) {\n", rpw);
  g23_buf_printf(b, "      const int rr = w * %d + r;\n      const int64_t t = tb + rr;\n", rpw);
  g23_buf_printf(b, "      if (t >= %" PRId64 "LL) break;\n      const int64_t i = (int64_t)pos + t; (void)i;\n", a->T);
  key_range(b, a, "      ");
  g23_buf_printf(b, "      const int64_t j = jt + lane;\n      float sc = -G23_INF;\n");
  g23_buf_printf(b, "      if (lane < %d && j >= j0 && j < j1) {\n        float s = 0.0f;\n", TILE);
  g23_buf_printf(b, "        for (int d = 0; d < %" PRId64 "; d++) s += R[rr][d] * A[lane][d];\n        sc = ", D);
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n      }\n");
  g23_buf_printf(b, "      const float mt = g23_warp_max(sc);\n");
  g23_buf_printf(b, "      if (mt == -G23_INF) continue;\n");
  g23_buf_printf(b, "      const float mn = fmaxf(m[r], mt), cr = expf(m[r] - mn);\n");
  g23_buf_printf(b, "      const float p = sc == -G23_INF ? 0.0f : expf(sc - mn);\n");
  g23_buf_printf(b, "      l[r] = l[r] * cr + g23_warp_sum(p);\n      m[r] = mn;\n");
  g23_buf_printf(b, "      if (lane < %d) Pp[w][lane] = p;\n      __syncwarp();\n", TILE);
  g23_buf_printf(b, "      for (int k = 0; k < %" PRId64 "; k++) {\n        const int d = lane + 32 * k;\n", nk);
  g23_buf_printf(b, "        float o = acc[r][k] * cr;\n        if (d < %" PRId64 ")\n", D);
  g23_buf_printf(b, "          for (int x = 0; x < %d; x++) o += Pp[w][x] * Bt[x][d];\n", TILE);
  g23_buf_printf(b, "        acc[r][k] = o;\n      }\n      __syncwarp();\n    }\n  }\n");
  g23_buf_printf(b, "  for (int r = 0; r < %d; r++) {\n    const int64_t t = tb + w * %d + r;\n", rpw, rpw);
  g23_buf_printf(b, "    if (t >= %" PRId64 "LL) break;\n    const float inv = l[r] > 0.0f ? 1.0f / l[r] : 0.0f;\n", a->T);
  g23_buf_printf(b, "    for (int k = 0; k < %" PRId64 "; k++) {\n      const int d = lane + 32 * k;\n", nk);
  g23_buf_printf(b, "      if (d < %" PRId64 ") out[(bh * %" PRId64 "LL + t) * %" PRId64 "LL + d] = acc[r][k] * inv;\n    }\n  }\n", D,
                 a->T, D);
}

/* Backward per query row (warp per row, lanes over a tile of keys): pass
 * one for the row's lse, pass two for dq or the extra's partial. */
static void cu_bwd_rows(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int rpw, int wrt) {
  const int TILE = cu_tile(a->D);
  int64_t D = a->D, nk = cu_nk(D), per = WARPS * rpw, tiles = (a->T + per - 1) / per;
  cu_shared(b, D, rpw, true);
  g23_buf_printf(b, "  const int lane = threadIdx.x & 31, w = threadIdx.x >> 5;\n");
  g23_buf_printf(b, "  const int64_t bh = blockIdx.x / %" PRId64 "LL, tb = blockIdx.x %% %" PRId64 "LL * %" PRId64 "LL;\n", tiles,
                 tiles, per);
  g23_buf_printf(b, "  const int64_t h = bh %% %" PRId64 "LL; (void)h;\n  const int32_t pos = P[0];\n", a->H);
  extras(b, cg, a, "  ");
  g23_buf_printf(b, "  for (int x = threadIdx.x; x < %" PRId64 "; x += blockDim.x) {\n", per * D);
  g23_buf_printf(b, "    const int64_t t = tb + x / %" PRId64 "LL, o = (bh * %" PRId64 "LL + t) * %" PRId64 "LL + x %% %" PRId64 ";\n", D,
                 a->T, D, D);
  g23_buf_printf(b, "    R[x / %" PRId64 "][x %% %" PRId64 "] = t < %" PRId64 "LL ? Q[o] : 0.0f;\n", D, D, a->T);
  g23_buf_printf(b, "    R2[x / %" PRId64 "][x %% %" PRId64 "] = t < %" PRId64 "LL ? dO[o] : 0.0f;\n  }\n", D, D, a->T);
  g23_buf_printf(b, "  __syncthreads();\n");
  g23_buf_printf(b, "  float m[%d], l[%d], Di[%d], gq[%d][%" PRId64 "];\n", rpw, rpw, rpw, rpw, nk);
  g23_buf_printf(b, "  for (int r = 0; r < %d; r++) {\n    m[r] = -G23_INF; l[r] = 0.0f; Di[r] = 0.0f;\n", rpw);
  g23_buf_printf(b, "    for (int k = 0; k < %" PRId64 "; k++) gq[r][k] = 0.0f;\n", nk);
  g23_buf_printf(b, "    const int64_t t = tb + w * %d + r;\n    if (t < %" PRId64 "LL) {\n", rpw, a->T);
  g23_buf_printf(b, "      float x = 0.0f;\n      for (int k = 0; k < %" PRId64 "; k++) {\n        const int d = lane + 32 * k;\n", nk);
  g23_buf_printf(b, "        if (d < %" PRId64 ") x += R2[w * %d + r][d] * O[(bh * %" PRId64 "LL + t) * %" PRId64 "LL + d];\n      }\n", D,
                 rpw, a->T, D);
  g23_buf_printf(b, "      Di[r] = g23_warp_sum(x);\n    }\n  }\n");
  block_key_range(b, a, per);
  g23_buf_printf(b, "  for (int pass = 0; pass < 2; pass++) {\n");
  g23_buf_printf(b, "    float lse[%d];\n    for (int r = 0; r < %d; r++) lse[r] = l[r] > 0.0f ? m[r] + logf(l[r]) : G23_INF;\n", rpw, rpw);
  g23_buf_printf(b, "    for (int64_t jt = jb0; jt < jb1; jt += %d) {\n      __syncthreads();\n", TILE);
  g23_buf_printf(b, "      for (int x = threadIdx.x; x < %" PRId64 "; x += blockDim.x) {\n", (int64_t)TILE * D);
  g23_buf_printf(b, "        const int64_t j = jt + x / %" PRId64 "LL;\n", D);
  g23_buf_printf(b, "        const int64_t o = (bh * %" PRId64 "LL + j) * %" PRId64 "LL + x %% %" PRId64 ";\n", a->S, D, D);
  g23_buf_printf(b, "        A[x / %" PRId64 "][x %% %" PRId64 "] = j < jb1 ? K[o] : 0.0f;\n", D, D);
  g23_buf_printf(b, "        Bt[x / %" PRId64 "][x %% %" PRId64 "] = j < jb1 ? V[o] : 0.0f;\n      }\n      __syncthreads();\n", D, D);
  g23_buf_printf(b, "      for (int r = 0; r < %d; r++) {\n", rpw);
  g23_buf_printf(b, "        const int rr = w * %d + r;\n        const int64_t t = tb + rr;\n", rpw);
  g23_buf_printf(b, "        if (t >= %" PRId64 "LL) break;\n        const int64_t i = (int64_t)pos + t; (void)i;\n", a->T);
  key_range(b, a, "        ");
  g23_buf_printf(b, "        const int64_t j = jt + lane;\n        const bool vis = lane < %d && j >= j0 && j < j1;\n", TILE);
  g23_buf_printf(b, "        float s = 0.0f, sc = -G23_INF;\n");
  g23_buf_printf(b, "        if (vis) {\n          for (int d = 0; d < %" PRId64 "; d++) s += R[rr][d] * A[lane][d];\n          sc = ", D);
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n        }\n");
  g23_buf_printf(b, "        if (pass == 0) {\n          const float mt = g23_warp_max(sc);\n          if (mt == -G23_INF) continue;\n");
  g23_buf_printf(b, "          const float mn = fmaxf(m[r], mt);\n");
  g23_buf_printf(b, "          l[r] = l[r] * expf(m[r] - mn) + g23_warp_sum(sc == -G23_INF ? 0.0f : expf(sc - mn));\n");
  g23_buf_printf(b, "          m[r] = mn;\n          continue;\n        }\n");
  g23_buf_printf(b, "        float ds = 0.0f;\n        if (vis) {\n          const float p = expf(sc - lse[r]);\n");
  g23_buf_printf(b, "          float dp = 0.0f;\n          for (int d = 0; d < %" PRId64 "; d++) dp += R2[rr][d] * Bt[lane][d];\n", D);
  g23_buf_printf(b, "          ds = p * (dp - Di[r]) * (");
  score_grad(b, a->score, wrt);
  g23_buf_printf(b, ");\n        }\n");
  if (wrt < 0) {
    g23_buf_printf(b, "        if (lane < %d) Pp[w][lane] = ds;\n        __syncwarp();\n", TILE);
    g23_buf_printf(b, "        for (int k = 0; k < %" PRId64 "; k++) {\n          const int d = lane + 32 * k;\n", nk);
    g23_buf_printf(b, "          if (d < %" PRId64 ") for (int x = 0; x < %d; x++) gq[r][k] += Pp[w][x] * A[x][d];\n        }\n", D, TILE);
    g23_buf_printf(b, "        __syncwarp();\n");
  } else {
    g23_buf_printf(b, "        gq[r][0] += g23_warp_sum(ds);\n");
  }
  g23_buf_printf(b, "      }\n    }\n  }\n");
  g23_buf_printf(b, "  for (int r = 0; r < %d; r++) {\n    const int64_t t = tb + w * %d + r;\n", rpw, rpw);
  g23_buf_printf(b, "    if (t >= %" PRId64 "LL) break;\n    const int64_t row = bh * %" PRId64 "LL + t;\n", a->T, a->T);
  if (wrt < 0) {
    g23_buf_printf(b, "    for (int k = 0; k < %" PRId64 "; k++) {\n      const int d = lane + 32 * k;\n", nk);
    g23_buf_printf(b, "      if (d < %" PRId64 ") out[row * %" PRId64 "LL + d] = gq[r][k];\n    }\n", D, D);
    g23_buf_printf(b, "    if (lane == 0) {\n      tmp[row] = l[r] > 0.0f ? m[r] + logf(l[r]) : G23_INF;\n");
    g23_buf_printf(b, "      tmp[%" PRId64 "LL + row] = Di[r];\n    }\n  }\n", a->rows);
  } else {
    g23_buf_printf(b, "    if (lane == 0) tmp[row] = gq[r][0];\n  }\n");
  }
}

/* Backward per key row (warp per key, lanes over a tile of queries). */
static void cu_bwd_keys(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int rpw) {
  const int TILE = cu_tile(a->D);
  int64_t D = a->D, nk = cu_nk(D), per = WARPS * rpw, tiles = (a->S + per - 1) / per;
  cu_shared(b, D, rpw, true);
  g23_buf_printf(b, "  __shared__ float Ls[%d], Ds[%d];\n", TILE, TILE);
  g23_buf_printf(b, "  const int lane = threadIdx.x & 31, w = threadIdx.x >> 5;\n");
  g23_buf_printf(b, "  const int64_t bh = blockIdx.x / %" PRId64 "LL, jb = blockIdx.x %% %" PRId64 "LL * %" PRId64 "LL;\n", tiles,
                 tiles, per);
  g23_buf_printf(b, "  const int64_t h = bh %% %" PRId64 "LL; (void)h;\n  const int32_t pos = P[0];\n", a->H);
  extras(b, cg, a, "  ");
  /* R: the block's keys, R2: their values. */
  g23_buf_printf(b, "  for (int x = threadIdx.x; x < %" PRId64 "; x += blockDim.x) {\n", per * D);
  g23_buf_printf(b, "    const int64_t j = jb + x / %" PRId64 "LL, o = (bh * %" PRId64 "LL + j) * %" PRId64 "LL + x %% %" PRId64 ";\n", D,
                 a->S, D, D);
  g23_buf_printf(b, "    R[x / %" PRId64 "][x %% %" PRId64 "] = j < %" PRId64 "LL ? K[o] : 0.0f;\n", D, D, a->S);
  g23_buf_printf(b, "    R2[x / %" PRId64 "][x %% %" PRId64 "] = j < %" PRId64 "LL ? V[o] : 0.0f;\n  }\n", D, D, a->S);
  g23_buf_printf(b, "  float gk[%d][%" PRId64 "], gv[%d][%" PRId64 "];\n", rpw, nk, rpw, nk);
  g23_buf_printf(b, "  for (int r = 0; r < %d; r++)\n    for (int k = 0; k < %" PRId64 "; k++) gk[r][k] = gv[r][k] = 0.0f;\n", rpw, nk);
  /* The block's query range: the union over its keys. */
  g23_buf_printf(b, "  int64_t tq0, tq1;\n  {\n    int64_t j = jb;\n");
  query_range(b, a, "    ");
  g23_buf_printf(b, "    tq0 = t0;\n    j = jb + %" PRId64 ";\n    if (j > %" PRId64 "LL) j = %" PRId64 "LL;\n", per - 1, a->S - 1, a->S - 1);
  g23_buf_printf(b, "    {\n");
  query_range(b, a, "      ");
  g23_buf_printf(b, "      tq1 = t1;\n    }\n");
  if (!a->causal) g23_buf_printf(b, "    tq0 = 0;\n");
  if (a->window <= 0) g23_buf_printf(b, "    tq1 = %" PRId64 "LL;\n", a->T);
  g23_buf_printf(b, "  }\n");
  g23_buf_printf(b, "  for (int64_t tt = tq0; tt < tq1; tt += %d) {\n    __syncthreads();\n", TILE);
  g23_buf_printf(b, "    for (int x = threadIdx.x; x < %" PRId64 "; x += blockDim.x) {\n", (int64_t)TILE * D);
  g23_buf_printf(b, "      const int64_t t = tt + x / %" PRId64 "LL;\n", D);
  g23_buf_printf(b, "      const int64_t o = (bh * %" PRId64 "LL + t) * %" PRId64 "LL + x %% %" PRId64 ";\n", a->T, D, D);
  g23_buf_printf(b, "      A[x / %" PRId64 "][x %% %" PRId64 "] = t < tq1 ? Q[o] : 0.0f;\n", D, D);
  g23_buf_printf(b, "      Bt[x / %" PRId64 "][x %% %" PRId64 "] = t < tq1 ? dO[o] : 0.0f;\n    }\n", D, D);
  g23_buf_printf(b, "    if (threadIdx.x < %d) {\n      const int64_t t = tt + threadIdx.x;\n", TILE);
  g23_buf_printf(b, "      Ls[threadIdx.x] = t < tq1 ? tmp[bh * %" PRId64 "LL + t] : 0.0f;\n", a->T);
  g23_buf_printf(b, "      Ds[threadIdx.x] = t < tq1 ? tmp[%" PRId64 "LL + bh * %" PRId64 "LL + t] : 0.0f;\n    }\n", a->rows, a->T);
  g23_buf_printf(b, "    __syncthreads();\n");
  g23_buf_printf(b, "    for (int r = 0; r < %d; r++) {\n", rpw);
  g23_buf_printf(b, "      const int rr = w * %d + r;\n      const int64_t j = jb + rr;\n", rpw);
  g23_buf_printf(b, "      if (j >= %" PRId64 "LL) break;\n", a->S);
  query_range(b, a, "      ");
  g23_buf_printf(b, "      const int64_t t = tt + lane, i = (int64_t)pos + t; (void)i;\n");
  g23_buf_printf(b, "      float p = 0.0f, ds = 0.0f;\n      if (lane < %d && t >= t0 && t < t1) {\n        float s = 0.0f, dp = 0.0f;\n", TILE);
  g23_buf_printf(b, "        for (int d = 0; d < %" PRId64 "; d++) {\n          s += A[lane][d] * R[rr][d];\n          dp += Bt[lane][d] * R2[rr][d];\n        }\n", D);
  g23_buf_printf(b, "        const float sc = ");
  score_expr(b, a->score);
  g23_buf_printf(b, ";\n        p = expf(sc - Ls[lane]);\n        ds = p * (dp - Ds[lane]) * (");
  score_grad(b, a->score, -1);
  g23_buf_printf(b, ");\n      }\n");
  g23_buf_printf(b, "      if (lane < %d) {\n        Pp[w][lane] = p;\n        Pd[w][lane] = ds;\n      }\n      __syncwarp();\n", TILE);
  g23_buf_printf(b, "      for (int k = 0; k < %" PRId64 "; k++) {\n        const int d = lane + 32 * k;\n", nk);
  g23_buf_printf(b, "        if (d < %" PRId64 ")\n          for (int x = 0; x < %d; x++) {\n", D, TILE);
  g23_buf_printf(b, "            gv[r][k] += Pp[w][x] * Bt[x][d];\n            gk[r][k] += Pd[w][x] * A[x][d];\n          }\n      }\n");
  g23_buf_printf(b, "      __syncwarp();\n    }\n  }\n");
  int64_t blk = a->B * a->H * a->T * D;
  g23_buf_printf(b, "  for (int r = 0; r < %d; r++) {\n    const int64_t j = jb + w * %d + r;\n", rpw, rpw);
  g23_buf_printf(b, "    if (j >= %" PRId64 "LL) break;\n", a->S);
  g23_buf_printf(b, "    for (int k = 0; k < %" PRId64 "; k++) {\n      const int d = lane + 32 * k;\n      if (d < %" PRId64 ") {\n", nk, D);
  g23_buf_printf(b, "        out[%" PRId64 "LL + (bh * %" PRId64 "LL + j) * %" PRId64 "LL + d] = gk[r][k];\n", blk, a->S, D);
  g23_buf_printf(b, "        out[%" PRId64 "LL + (bh * %" PRId64 "LL + j) * %" PRId64 "LL + d] = gv[r][k];\n      }\n    }\n  }\n",
                 2 * blk, a->S, D);
}

/* The tiles of a head wider than 256 do not fit the 48 KiB of static shared
 * memory; say so where NVRTC will show it. */
static void cu_too_big(g23_buf_t *b, const attn_t *a) {
  g23_buf_printf(b, "#error \"gpt23: the CUDA attention kernels support head sizes up to 256, this model has %" PRId64 "\"\n", a->D);
}

/* ---- kernels ----------------------------------------------------------------- */

static void end_kernel(g23_cg_t *cg) {
  for (int i = 0; i < G23_NDIALECTS; i++) g23_buf_printf(&cg->src[i], "}\n\n");
}

static void tmp_decl(g23_buf_t *b, const g23_cg_t *cg, int gi) {
  g23_buf_printf(b, "  float *tmp = (float *)(base + %" PRId64 "); (void)tmp;\n", cg->s->temp_off[gi]);
}

void g23_cg_attention(g23_cg_t *cg, int v) {
  attn_t a;
  attn_info(cg, v, &a);
  int rpw = cu_rows_per_warp(a.D);
  int64_t per = WARPS * rpw, grid = a.B * a.H * ((a.T + per - 1) / per);
  char *desc = describe(cg, &a, v, "forward");
  g23_cg_kernel(cg, "attention", desc, grid, 32 * WARPS, 0);
  free(desc);
  for (int i = 0; i < G23_NDIALECTS; i++) {
    g23_buf_t *b = &cg->src[i];
    decls(b, cg, &a, v);
    if (g23_dialects[i]->cuda && a.D > 256) cu_too_big(b, &a);
    else if (g23_dialects[i]->cuda) cu_forward(b, cg, &a, rpw);
    else c_forward(b, cg, &a);
  }
  end_kernel(cg);
  (void)cu_shmem;
}

void g23_cg_attention_bwd(g23_cg_t *cg, int v, int gi) {
  attn_t a;
  attn_info(cg, v, &a);
  int rpw = cu_rows_per_warp(a.D);
  int64_t per = WARPS * rpw;
  bool extra = a.n->op == G23_OP_ATTN_BWD_EXTRA;
  int wrt = extra ? (int)a.n->iattr[2] : -1;
  char *desc = describe(cg, &a, v, extra ? "extra gradient, query rows" : "dq and row statistics");
  g23_cg_kernel(cg, extra ? "attention_dextra" : "attention_dq", desc, a.B * a.H * ((a.T + per - 1) / per), 32 * WARPS, 0);
  free(desc);
  for (int i = 0; i < G23_NDIALECTS; i++) {
    g23_buf_t *b = &cg->src[i];
    decls(b, cg, &a, v);
    tmp_decl(b, cg, gi);
    if (g23_dialects[i]->cuda && a.D > 256) cu_too_big(b, &a);
    else if (g23_dialects[i]->cuda) cu_bwd_rows(b, cg, &a, rpw, wrt);
    else c_bwd_rows(b, cg, &a, wrt);
  }
  end_kernel(cg);
  if (!extra) {
    desc = describe(cg, &a, v, "dk and dv");
    g23_cg_kernel(cg, "attention_dkdv", desc, a.B * a.H * ((a.S + per - 1) / per), 32 * WARPS, 0);
    free(desc);
    for (int i = 0; i < G23_NDIALECTS; i++) {
      g23_buf_t *b = &cg->src[i];
      decls(b, cg, &a, v);
      tmp_decl(b, cg, gi);
      if (g23_dialects[i]->cuda && a.D > 256) cu_too_big(b, &a);
      else if (g23_dialects[i]->cuda) cu_bwd_keys(b, cg, &a, rpw);
      else c_bwd_keys(b, cg, &a);
    }
    end_kernel(cg);
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
