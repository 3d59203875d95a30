/* attention.c: the fused attention kernels, forward and backward.  Their
 * bodies are kernel files (kernels/attention.h for C, kernels/attention.cuh
 * for CUDA); what is written here is only what varies per model: the score
 * hooks, the sizes, visibility and dropout constants, the buffer offsets,
 * and the call.
 *
 * No kernel materialises the T x S score matrix.  The forward keeps, per
 * query row, the running maximum m, the running sum l and the unnormalised
 * output (online softmax).  The backward is two kernels that recompute the
 * probabilities: one per query row (the row's log-sum-exp and
 * D = do . o into a scratch buffer, and dq), one per key row (dk, dv),
 * so that no two threads accumulate into the same element.  In C, where
 * the forward stored its rows' log-sum-exp past its output (fusion gives
 * it that tail when the backward reads it: g23_attn_lse), the first kernel
 * is the whole backward in one pass per (batch, key/value head), which
 * owns its dq, dk and dv (five products per pair of blocks instead of
 * seven), and the second is empty.  The gradient
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

/* ---- C dialect: kernels/attention.h, inlined per kernel -----------------
 *
 * The kernel is the OpenMP loop over tiles of CT rows; each iteration
 * declares the model's constants (g23_att_c_t, with the score hooks written
 * before the kernel) and the scratch arrays sized by the head, and calls
 * the file's function, which is always inlined: the compiler specialises
 * it on the constants as it would the loops written out. */
#define CT G23_ATT_CT
#define CB G23_ATT_CB

static int64_t off_of(const g23_cg_t *cg, int id) { return cg->s->offset[id]; }

/* The score hooks NAME_score and (backward) NAME_dscore of the C dialect:
 * g23_att_score_fn, the extra tensors read from base at head h. */
static void c_hook(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, const char *name, const char *fn, bool grad,
                   int wrt) {
  g23_buf_printf(b, "static inline float %s_%s(const char *base, float s, int64_t i, int64_t j, int64_t h) {\n", name, fn);
  g23_buf_printf(b, "  (void)base;\n  (void)s;\n  (void)i;\n  (void)j;\n  (void)h;\n");
  for (int e = 0; e < a->nextra; e++) {
    int id = a->n->in[a->first_extra + e];
    const g23_node_t *x = &cg->g->nodes[id];
    g23_buf_printf(b, "  const float x%d = ((const %s *)(base + %" PRId64 "LL))[%s];\n  (void)x%d;\n", e, g23_ctype(x->dtype),
                   off_of(cg, id), g23_numel(x) > 1 ? "h" : "0", e);
  }
  g23_buf_printf(b, "  return ");
  if (grad) score_grad(b, a->score, wrt);
  else score_expr(b, a->score);
  g23_buf_printf(b, ";\n}\n");
}

/* Where the forward (node v) writes its rows' log-sum-exp, and the
 * backward (ATTN_BWD) reads them: past the forward's output, when fusion
 * gave it that tail (g23_attn_lse); -1: nowhere. */
static int64_t lse_of(const g23_cg_t *cg, const g23_node_t *n, int v) {
  int att = n->op == G23_OP_ATTENTION ? v : n->op == G23_OP_ATTN_BWD ? n->in[4] : -1;
  int64_t lse = att >= 0 ? g23_attn_lse(cg->g, cg->s, att) : -1;
  return lse < 0 ? -1 : off_of(cg, att) + lse;
}

/* The per-iteration constants `c` of kernel `name` (node v, temporary
 * buffer of group gi, or none: gi < 0). */
static void c_consts(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int v, int gi, const char *name) {
  const g23_node_t *n = a->n;
  bool grad = n->op != G23_OP_ATTENTION;
  g23_buf_printf(b, "    const g23_att_c_t c = {\n");
  g23_buf_printf(b, "        .B = %" PRId64 "LL, .H = %" PRId64 "LL, .Hkv = %" PRId64 "LL, .T = %" PRId64 "LL, .S = %" PRId64
                    "LL, .D = %" PRId64 "LL, .rows = %" PRId64 "LL, .window = %" PRId64 "LL,\n",
                 a->B, a->H, a->Hkv, a->T, a->S, a->D, a->rows, a->window);
  g23_buf_printf(b, "        .causal = %d, .cross = %d, .drop = %d,\n", a->causal, a->cross, a->drop > 0);
  if (a->drop > 0) {
    int id = n->in[a->first_extra - 1];
    g23_buf_printf(b, "        .drop_p = ");
    g23_flit(b, a->drop);
    g23_buf_printf(b, ", .drop_scale = ");
    g23_flit(b, 1.0f / (1.0f - a->drop));
    g23_buf_printf(b, ", .stream = %" PRIu32 "u, .seed = (uint32_t)((const %s *)(base + %" PRId64 "LL))[0],\n",
                   (uint32_t)a->stream, g23_ctype(cg->g->nodes[id].dtype), off_of(cg, id));
  }
  g23_buf_printf(b, "        .q = %" PRId64 "LL, .k = %" PRId64 "LL, .v = %" PRId64 "LL, .pos = %" PRId64 "LL, .out = %" PRId64
                    "LL,\n",
                 off_of(cg, n->in[0]), off_of(cg, n->in[1]), off_of(cg, n->in[2]), off_of(cg, n->in[3]), off_of(cg, v));
  if (grad)
    g23_buf_printf(b, "        .o = %" PRId64 "LL, .dout = %" PRId64 "LL, .tmp = %" PRId64 "LL,\n", off_of(cg, n->in[4]),
                   off_of(cg, n->in[5]), cg->s->temp_off[gi]);
  g23_buf_printf(b, "        .lse = %" PRId64 "LL,\n", lse_of(cg, n, v));
  g23_buf_printf(b, "        .score = %s_score", name);
  if (grad) g23_buf_printf(b, ", .dscore = %s_dscore", name);
  g23_buf_printf(b, "};\n");
  if (grad) g23_buf_printf(b, "    (void)0;\n");
}

/* The kernel's body: kind 0 forward; 1 the backward (ATTN_BWD: all of it,
 * one pass per (batch, key/value head) with the log-sum-exp its forward
 * stored, which fusion guarantees; ATTN_BWD_EXTRA: the extra wrt's partials
 * per query row); 2 the backward's second kernel, empty in C. */
static void c_kernel(g23_buf_t *b, const g23_cg_t *cg, const attn_t *a, int v, int gi, int kind, int wrt,
                     const char *name) {
  int64_t nt = (a->T + CT - 1) / CT, D = a->D;
  if (kind == 2) {
    g23_buf_printf(b, "  (void)base; /* dk and dv: computed with dq (the kernel before) */\n");
    return;
  }
  bool fused = kind == 1 && wrt < 0;
  G23_ASSERT(!fused || g23_attn_lse(cg->g, cg->s, a->n->in[4]) >= 0);
  g23_buf_printf(b, "  ");
  g23_par(b, &g23_dialect_c, a->rows * a->S * a->D);
  g23_buf_printf(b, "for (int64_t it = 0; it < %" PRId64 "LL; it++) {\n", fused ? a->B * a->Hkv : a->B * a->H * nt);
  c_consts(b, cg, a, v, gi, name);
  if (kind == 0) {
    /* A block of few query rows (decoding: one) is scored row by row, not transposed. */
    bool few = a->T < G23_ATT_FEW_ROWS;
    g23_buf_printf(b, "    float acc[%d][%" PRId64 "]", CT, D);
    if (!few) g23_buf_printf(b, ", kt[%" PRId64 "][%d]", D, CB);
    g23_buf_printf(b, ";\n    g23_att_fwd_c(&c, base, it, &acc[0][0], %s);\n", few ? "NULL" : "&kt[0][0]");
  } else if (fused) {
    g23_buf_printf(b, "    float dk[%d][%" PRId64 "], dv[%d][%" PRId64 "], qt[%" PRId64 "][%d], gt[%" PRId64 "][%d], dst[%d][%d];\n",
                   CT, D, CT, D, D, CB, D, CB, CB, CB);
    g23_buf_printf(b, "    g23_att_bwd_fused_c(&c, base, it, &dk[0][0], &dv[0][0], &qt[0][0], &gt[0][0], &dst[0][0]);\n");
  } else {
    g23_buf_printf(b, "    float kt[%" PRId64 "][%d], vt[%" PRId64 "][%d];\n", D, CB, D, CB);
    g23_buf_printf(b, "    g23_att_bwd_extra_c(&c, base, it, &kt[0][0], &vt[0][0]);\n");
  }
  g23_buf_printf(b, "  }\n");
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
  g23_buf_printf(b, "  static constexpr int64_t lse = %" PRId64 "LL;\n", grad ? -1 : lse_of(cg, n, v));
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
                       const char *cu_fn, int wrt, int kind) {
  char hooks[160];
  snprintf(hooks, sizeof hooks, "%s_att%d", cg->graph_name, cg->kernels.n);
  int rpw = cu_rows_per_warp(a->D);
  bool bwd = a->n->op != G23_OP_ATTENTION;
  for (int i = 0; i < G23_NDIALECTS; i++) {
    const g23_dialect_t *dl = g23_dialects[i];
    if (dl->att_max_head && a->D > dl->att_max_head) continue;
    if (dl->attention == G23_ATT_FLASH) {
      cu_hooks(&cg->src[i], cg, a, v, gi, bwd, wrt, hooks);
    } else {
      c_hook(&cg->src[i], cg, a, hooks, "score", false, -1);
      if (bwd) c_hook(&cg->src[i], cg, a, hooks, "dscore", true, wrt);
    }
  }
  g23_cg_kernel(cg, what, desc, grid, 32 * WARPS, 0);
  /* The backward's second kernel ends what the first began: in C the first
   * does all of it, in CUDA dq, then this one dk and dv. */
  if (kind == 2) cg->kernels.v[cg->kernels.n - 1].joins = 1;
  for (int i = 0; i < G23_NDIALECTS; i++) {
    g23_buf_t *b = &cg->src[i];
    const g23_dialect_t *dl = g23_dialects[i];
    if (too_big(b, dl, a)) continue;
    if (dl->attention == G23_ATT_FLASH) {
      g23_buf_printf(b, "  %s<%" PRId64 ", %d, %d, ", cu_fn, a->D, rpw, cu_tile(a->D));
      if (kind == 1) g23_buf_printf(b, "%s, ", wrt >= 0 ? "true" : "false");
      g23_buf_printf(b, "%s>(base);\n", hooks);
    } else {
      c_kernel(b, cg, a, v, gi, kind, wrt, hooks);
    }
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
