/* test_kernels: hand-built graphs, one per op class, through the whole
 * pipeline; their generated C kernels are compiled, run on an arena laid
 * out by the memory plan, and every stored value is compared with the
 * float64 evaluator.  Also asserts the kernel counts of the fused row
 * kernels (softmax, layernorm, cross-entropy) and the memory plan checker. */
#include <config.h>

#include <dlfcn.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define L g23_noloc

static int64_t S1[] = {1};

static int in(g23_graph_t *g, const char *name, g23_dtype_t dt, int rank, const int64_t *shape) {
  return g23_leaf(g, L, G23_OP_INPUT, dt == G23_I32 && !strcmp(name, "pos") ? G23_ROLE_SCALAR : G23_ROLE_INPUT, name, dt,
                  rank, shape);
}
static int param(g23_graph_t *g, const char *name, int rank, const int64_t *shape) {
  int id = g23_leaf(g, L, G23_OP_PARAM, G23_ROLE_PARAM, name, G23_F32, rank, shape);
  g->nodes[id].init = G23_INIT_NORMAL;
  g->nodes[id].init_arg = 0.02;
  return id;
}
/* An ALiBi slope: the harness gives it ALiBi's positive values. */
static int slope_param(g23_graph_t *g, const int64_t *shape) {
  int id = param(g, "slope", 1, shape);
  g->nodes[id].init = G23_INIT_ALIBI;
  return id;
}
static int un(g23_graph_t *g, g23_op_t op, int a) { return g23_unary(g, NULL, L, op, a); }
static int bin(g23_graph_t *g, g23_op_t op, int a, int b) { return g23_binary(g, NULL, L, op, a, b); }
static int cst(g23_graph_t *g, double v) { return g23_const(g, L, v, 1, S1); }
static int rsum(g23_graph_t *g, int a) { return g23_add(g, NULL, L, G23_OP_RSUM, &a, 1, NULL, 0, NULL, 0, NULL); }
static int rmax(g23_graph_t *g, int a) { return g23_add(g, NULL, L, G23_OP_RMAX, &a, 1, NULL, 0, NULL, 0, NULL); }

static int softmax(g23_graph_t *g, int x) {
  int e = un(g, G23_OP_EXP, bin(g, G23_OP_SUB, x, rmax(g, x)));
  return bin(g, G23_OP_DIV, e, rsum(g, e));
}

static int layernorm(g23_graph_t *g, int x, int gamma, int beta, int64_t C) {
  int mean = bin(g, G23_OP_MUL, rsum(g, x), cst(g, 1.0 / C));
  int xc = bin(g, G23_OP_SUB, x, mean);
  int var = bin(g, G23_OP_MUL, rsum(g, bin(g, G23_OP_MUL, xc, xc)), cst(g, 1.0 / C));
  int r = un(g, G23_OP_RSQRT, bin(g, G23_OP_ADD, var, cst(g, 1e-5)));
  return bin(g, G23_OP_ADD, bin(g, G23_OP_MUL, bin(g, G23_OP_MUL, xc, r), gamma), beta);
}

/* Mean cross-entropy of logits [.., V] against i32 targets [..]. */
static int cross_entropy(g23_graph_t *g, int logits, int targets) {
  const g23_node_t *ln = &g->nodes[logits];
  int rank = ln->rank;
  int64_t sh[G23_MAX_RANK], V = ln->shape[rank - 1], rows = g23_numel(ln) / V;
  memcpy(sh, ln->shape, sizeof sh);
  sh[rank - 1] = 1;
  int t = g23_reshape(g, NULL, L, targets, rank, sh);
  int64_t ia[1] = {V};
  int oh = g23_add(g, NULL, L, G23_OP_ONEHOT, &t, 1, ia, 1, NULL, 0, NULL);
  int m = rmax(g, logits);
  int lse = bin(g, G23_OP_ADD, un(g, G23_OP_LOG, rsum(g, un(g, G23_OP_EXP, bin(g, G23_OP_SUB, logits, m)))), m);
  int picked = rsum(g, bin(g, G23_OP_MUL, logits, oh));
  int li = bin(g, G23_OP_SUB, lse, picked);
  int64_t flat[1] = {rows};
  int lf = g23_reshape(g, NULL, L, li, 1, flat);
  return bin(g, G23_OP_MUL, rsum(g, lf), cst(g, 1.0 / rows));
}

static bool nvrtc_mode;
static bool no_epilogue; /* the pipeline option of the same name */

typedef struct {
  g23_module_t m;
  g23_plan_t plan;
  g23_sched_t s[G23_GRAPH_COUNT];
  void *so;
} run_t;

static g23_graph_t *start(run_t *r, g23_graph_kind_t k) {
  memset(r, 0, sizeof *r);
  r->m.has_graph[k] = true;
  g23_graph_init(&r->m.graphs[k], k);
  return &r->m.graphs[k];
}

/* Pipeline, compile, run, compare; returns the plan for further checks. */
static void run(run_t *r, g23_graph_kind_t k, const char *label, int32_t pos, bool no_fusion) {
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_pipeline_opts_t o = {.adamw = G23_ADAMW_DEFAULTS, .dump_graph = -1, .verify_each = true, .no_fusion = no_fusion,
                           .no_epilogue = no_epilogue,
                           .dump_after = getenv("G23_TEST_DUMP_AFTER"), .dump_out = stderr};
  int rc = g23_pipeline_run_sched(&r->m, &o, &d, &r->plan, r->s);
  CHECK(rc == 0 && d.errors == 0, "%s: pipeline failed", label);
  g23_diag_free(&d);
  if (rc) return;
  char err[256];
  const g23_graph_t *g = &r->m.graphs[k];
  if (nvrtc_mode) {
    CHECK(h_nvrtc_check(g23_plan_source(&r->plan, "cuda"), label) == 0, "%s: CUDA source", label);
    return;
  }
  CHECK(g23_memplan_check(g, &r->s[k], r->plan.persistent_bytes, r->plan.arena_bytes, err, sizeof err) == 0,
          "%s: memplan: %s", label, err);
  r->so = h_compile(g23_plan_source(&r->plan, "c"), "-O1 -Wall -Werror", label);
  CHECK(r->so != NULL, "%s: compile", label);
  if (r->so) CHECK(h_check_graph(&r->m, k, &r->plan, &r->s[k], r->so, pos, label) == 0, "%s: values differ", label);
}

static void finish(run_t *r) {
  (void)r->so; /* not closed: the OpenMP runtime it loaded keeps threads */
  for (int k = 0; k < G23_GRAPH_COUNT; k++) g23_sched_free(&r->s[k]);
  g23_plan_free(&r->plan);
  g23_module_free(&r->m);
}

static void test_elementwise(bool nf) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
  int64_t sx[] = {3, 5, 16}, sw[] = {16}, sb[] = {3, 1, 16};
  int x = in(g, "x", G23_F32, 3, sx), w = param(g, "w", 1, sw), b = param(g, "b", 3, sb);
  int s = in(g, "s", G23_F32, 1, S1);
  int seed = in(g, "seed", G23_I32, 1, S1);
  int y = un(g, G23_OP_GELU, bin(g, G23_OP_ADD, bin(g, G23_OP_MUL, x, w), b));
  int ax = bin(g, G23_OP_ADD, un(g, G23_OP_ABS, x), cst(g, 1));
  int z = bin(g, G23_OP_ADD, bin(g, G23_OP_MUL, un(g, G23_OP_TANH, y), s), un(g, G23_OP_EXP, un(g, G23_OP_NEG, ax)));
  z = bin(g, G23_OP_ADD, z, un(g, G23_OP_SIGMOID, x));
  z = bin(g, G23_OP_ADD, z, un(g, G23_OP_SILU, bin(g, G23_OP_MUL, x, cst(g, 8))));
  z = bin(g, G23_OP_SUB, z, un(g, G23_OP_RELU, w));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, un(g, G23_OP_SQRT, ax), un(g, G23_OP_RSQRT, ax)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_DIV, un(g, G23_OP_LOG, ax), un(g, G23_OP_RECIP, ax)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MAX, un(g, G23_OP_SIN, x), un(g, G23_OP_COS, b)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MIN, un(g, G23_OP_SIGN, x), bin(g, G23_OP_POW, ax, cst(g, 1.5))));
  z = bin(g, G23_OP_ADD, z, un(g, G23_OP_GELU_GRAD, x));
  int lt = bin(g, G23_OP_LT, x, b);
  int wh = g23_add(g, NULL, L, G23_OP_WHERE, (int[]){lt, x, b}, 3, NULL, 0, NULL, 0, NULL);
  z = bin(g, G23_OP_ADD, z, wh);
  double p[2] = {0.25, 0};
  int64_t stream[1] = {3};
  int dr = g23_add(g, NULL, L, G23_OP_DROPOUT, (int[]){z, seed}, 2, stream, 1, p, 0, NULL);
  g23_graph_output(g, dr, "out");
  g23_graph_output(g, y, "y");
  /* i32 positions and a one-hot of them, expanded */
  int pos = in(g, "pos", G23_I32, 1, S1);
  int64_t T[1] = {6};
  int ps = g23_add(g, NULL, L, G23_OP_POSITIONS, &pos, 1, T, 1, NULL, 0, NULL);
  int64_t s61[] = {6, 1};
  int psr = g23_reshape(g, NULL, L, ps, 2, s61);
  int64_t ncls[1] = {10};
  int oh = g23_add(g, NULL, L, G23_OP_ONEHOT, &psr, 1, ncls, 1, NULL, 0, NULL);
  int64_t s3610[] = {3, 6, 10};
  int ex = g23_add(g, NULL, L, G23_OP_EXPAND, &oh, 1, NULL, 0, NULL, 3, s3610);
  g23_graph_output(g, bin(g, G23_OP_MUL, ex, cst(g, 2)), "onehot2");
  run(&r, G23_GRAPH_EVAL, nf ? "elementwise (unfused)" : "elementwise", 2, nf);
  if (!nf) {
    /* x*w+b, gelu, and the whole chain down to dropout: one kernel */
    CHECK(h_count_kernels_with(&r.plan, G23_GRAPH_EVAL, "dropout") == 1, "dropout chain split");
    CHECK(h_count_kernels_with(&r.plan, G23_GRAPH_EVAL, "gelu") == 1, "gelu split from its chain");
  }
  finish(&r);
}

/* Elementwise comparisons, floor and mod on floats and on i32 tensors, in
 * one fused kernel: equalities that hold for some elements and not others
 * (floor of 2x takes four values; the i32 inputs are in [0, 4)). */
static void test_compare(bool nf) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
  int64_t sx[] = {4, 3, 8}, sb[] = {3, 8}, st[] = {4, 3, 8};
  int x = in(g, "x", G23_F32, 3, sx), b = in(g, "b", G23_F32, 2, sb);
  int t = in(g, "t", G23_I32, 3, st), u = in(g, "u", G23_I32, 2, sb);
  int fx = un(g, G23_OP_FLOOR, bin(g, G23_OP_MUL, x, cst(g, 2))), fb = un(g, G23_OP_FLOOR, bin(g, G23_OP_MUL, b, cst(g, 2)));
  int z = bin(g, G23_OP_EQ, fx, fb);
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, bin(g, G23_OP_NE, fx, fb), cst(g, 2)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, bin(g, G23_OP_LE, fx, fb), cst(g, 4)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, bin(g, G23_OP_LE, x, b), cst(g, 8)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, bin(g, G23_OP_EQ, t, u), cst(g, 16)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, bin(g, G23_OP_NE, t, fx), cst(g, 32)));
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, bin(g, G23_OP_LE, u, t), cst(g, 64)));
  g23_graph_output(g, z, "compare");
  /* mod with the sign of the divisor, on floats and on i32 */
  int m1 = bin(g, G23_OP_MOD, bin(g, G23_OP_MUL, x, cst(g, 8)), cst(g, 3));
  int m2 = bin(g, G23_OP_MOD, x, bin(g, G23_OP_SUB, cst(g, -0.75), b));
  g23_graph_output(g, bin(g, G23_OP_ADD, m1, m2), "modf");
  int64_t one[1] = {1};
  int three = g23_const(g, L, 3, 1, one);
  g->nodes[three].dtype = G23_I32;
  int mi = bin(g, G23_OP_MOD, bin(g, G23_OP_SUB, t, bin(g, G23_OP_MUL, u, u)), three);
  CHECK(g->nodes[mi].dtype == G23_I32, "i32 mod i32 is not i32");
  g23_graph_output(g, mi, "modi");
  g23_graph_output(g, un(g, G23_OP_FLOOR, bin(g, G23_OP_SUB, t, cst(g, 5))), "floori");
  /* i32 / i32 is a float division, as in the evaluator */
  int qi = bin(g, G23_OP_DIV, t, bin(g, G23_OP_ADD, u, three));
  CHECK(g->nodes[qi].dtype == G23_F32, "i32 / i32 is not f32");
  g23_graph_output(g, qi, "divi");
  run(&r, G23_GRAPH_EVAL, nf ? "compare (unfused)" : "compare", 0, nf);
  if (!nf) CHECK(h_count_kernels_with(&r.plan, G23_GRAPH_EVAL, "eq") == 1, "comparisons split from their chain");
  finish(&r);
}

/* Each row computation alone: its kernel count is the contract. */
static void test_rows(bool nf) {
  for (int which = 0; which < 3; which++) {
    static const char *const names[] = {"softmax", "layernorm", "cross-entropy"};
    static const int want[] = {1, 1, 2}; /* cross-entropy: the rows, then their mean */
    run_t r;
    g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
    int64_t sx[] = {4, 7, 40}, sc[] = {40}, st[] = {4, 7};
    int x = in(g, "x", G23_F32, 3, sx);
    if (which == 0) g23_graph_output(g, softmax(g, x), "softmax");
    if (which == 1) {
      int gamma = param(g, "gamma", 1, sc), beta = param(g, "beta", 1, sc);
      g23_graph_output(g, layernorm(g, x, gamma, beta, 40), "layernorm");
    }
    if (which == 2) g23_graph_output(g, cross_entropy(g, x, in(g, "targets", G23_I32, 2, st)), "loss");
    char label[64];
    snprintf(label, sizeof label, "%s%s", names[which], nf ? " (unfused)" : "");
    run(&r, G23_GRAPH_EVAL, label, 0, nf);
    if (!nf && r.plan.has_graph[G23_GRAPH_EVAL])
      CHECK(r.plan.graphs[G23_GRAPH_EVAL].nkernels == want[which], "%s: %d kernels, want %d", label,
              r.plan.graphs[G23_GRAPH_EVAL].nkernels, want[which]);
    finish(&r);
  }
}

static void test_moves(bool nf) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
  int64_t sx[] = {2, 3, 4, 5}, sy[] = {2, 3, 2, 5};
  int x = in(g, "x", G23_F32, 4, sx), y = in(g, "y", G23_F32, 4, sy);
  int pm = g23_permute(g, NULL, L, x, (int[]){2, 0, 3, 1});
  g23_graph_output(g, bin(g, G23_OP_MUL, pm, cst(g, 3)), "perm");
  int64_t sl[3] = {2, 1, 2};
  int64_t ssl[] = {2, 3, 2, 5};
  int sli = g23_add(g, NULL, L, G23_OP_SLICE, &x, 1, sl, 3, NULL, 4, ssl);
  g23_graph_output(g, sli, "slice");
  int64_t pd[2] = {2, 1};
  int pa = g23_add(g, NULL, L, G23_OP_PAD, &y, 1, pd, 2, NULL, 4, sx);
  g23_graph_output(g, pa, "pad");
  int64_t ax[1] = {2};
  int cc = g23_add(g, NULL, L, G23_OP_CONCAT, (int[]){x, y, x}, 3, ax, 1, NULL, 0, NULL);
  g23_graph_output(g, cc, "concat");
  int64_t rt[] = {3, 1, 5};
  int rd = g23_add(g, NULL, L, G23_OP_REDUCE_TO, &x, 1, NULL, 0, NULL, 3, rt);
  g23_graph_output(g, rd, "reduce_to");
  int64_t rt2[] = {5};
  g23_graph_output(g, g23_add(g, NULL, L, G23_OP_REDUCE_TO, &x, 1, NULL, 0, NULL, 1, rt2), "bias_grad");
  int64_t ex[] = {2, 3, 4, 5};
  int64_t s15[] = {3, 1, 5};
  int small = in(g, "small", G23_F32, 3, s15);
  g23_graph_output(g, g23_add(g, NULL, L, G23_OP_EXPAND, &small, 1, NULL, 0, NULL, 4, ex), "expand");
  /* gather / scatter_add */
  int64_t tv[] = {4, 6}, ti[] = {3, 5}, rows[] = {3, 5, 6};
  int tab = param(g, "table", 2, tv), idx = in(g, "ids", G23_I32, 2, ti);
  int ga = g23_add(g, NULL, L, G23_OP_GATHER, (int[]){tab, idx}, 2, NULL, 0, NULL, 0, NULL);
  g23_graph_output(g, ga, "gather");
  int rw = in(g, "rows", G23_F32, 3, rows);
  int sa = g23_add(g, NULL, L, G23_OP_SCATTER_ADD, (int[]){rw, idx}, 2, NULL, 0, NULL, 2, tv);
  g23_graph_output(g, sa, "scatter");
  run(&r, G23_GRAPH_EVAL, nf ? "moves (unfused)" : "moves", 0, nf);
  finish(&r);
}

static int slice_of(g23_graph_t *g, int x, int axis, int64_t start, int64_t len) {
  const g23_node_t *n = &g->nodes[x];
  int64_t sh[G23_MAX_RANK], at[3] = {axis, start, len};
  memcpy(sh, n->shape, sizeof sh);
  sh[axis] = len;
  return g23_add(g, NULL, L, G23_OP_SLICE, &x, 1, at, 3, NULL, n->rank, sh);
}
static int pad_of(g23_graph_t *g, int x, int axis, int64_t at, int64_t len) {
  const g23_node_t *n = &g->nodes[x];
  int64_t sh[G23_MAX_RANK], a[2] = {axis, at};
  memcpy(sh, n->shape, sizeof sh);
  sh[axis] = len;
  return g23_add(g, NULL, L, G23_OP_PAD, &x, 1, a, 2, NULL, n->rank, sh);
}
static int reshape_to(g23_graph_t *g, int x, int rank, const int64_t *shape) {
  return g23_reshape(g, NULL, L, x, rank, shape);
}

/* Chains of slices, reshapes and permutes: the slices and permutes whose
 * readers are all moves are folded (no kernel, no buffer) and their readers
 * load through the whole chain; each case is compared with the evaluator,
 * and the schedule must fold exactly the moves it can. */
static void test_move_chains(bool nf) {
  for (int which = 0; which < 9; which++) {
    static const char *const names[] = {"slice-reshape-permute", "flat slices to heads and back, padded", "middle-axis slice",
                                        "permute of a permute", "slice also read elementwise", "slices of merged heads",
                                        "concat of folded moves", "softmax of a folded chain",
                                        "concat of merged heads"};
    /* folded nodes, kernels mentioning slice, kernels mentioning permute */
    static const int want[][3] = {{1, 0, 1}, {6, 0, 0}, {1, 0, 1}, {1, 0, 1}, {0, 1, 1}, {4, 1, 2}, {4, 0, 0}, {2, 0, 1}, {4, 0, 0}};
    run_t r;
    g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
    int64_t sx[] = {2, 6, 24};
    int x = in(g, "x", G23_F32, 3, sx);
    if (which == 0) { /* the thirds of a qkv product as heads */
      int64_t h[] = {2, 6, 2, 4};
      int s = slice_of(g, x, 2, 8, 8);
      g23_graph_output(g, g23_permute(g, NULL, L, reshape_to(g, s, 4, h), (int[]){0, 2, 1, 3}), "heads");
    }
    if (which == 1) { /* an attention gradient's flat dq, dk, dv back to [B, T, 3C] */
      int64_t sf[] = {3 * 2 * 2 * 3 * 16}, h[] = {2, 2, 3, 16}, m[] = {2, 3, 32};
      int f = in(g, "flat", G23_F32, 1, sf), sum = -1;
      for (int i = 0; i < 3; i++) {
        int p = g23_permute(g, NULL, L, reshape_to(g, slice_of(g, f, 0, i * 192, 192), 4, h), (int[]){0, 2, 1, 3});
        int pd = pad_of(g, reshape_to(g, p, 3, m), 2, (2 - i) * 32, 96);
        sum = sum < 0 ? pd : bin(g, G23_OP_ADD, sum, pd);
      }
      g23_graph_output(g, sum, "grad");
    }
    if (which == 2) {
      int s = slice_of(g, x, 1, 2, 3);
      g23_graph_output(g, bin(g, G23_OP_MUL, g23_permute(g, NULL, L, s, (int[]){2, 0, 1}), cst(g, 2)), "mid");
    }
    if (which == 3) {
      int p = g23_permute(g, NULL, L, x, (int[]){1, 0, 2});
      g23_graph_output(g, g23_permute(g, NULL, L, p, (int[]){2, 0, 1}), "pp");
    }
    if (which == 4) { /* the slice must be stored for its elementwise reader */
      int64_t h[] = {2, 6, 2, 6};
      int s = slice_of(g, x, 2, 6, 12);
      g23_graph_output(g, g23_permute(g, NULL, L, reshape_to(g, s, 4, h), (int[]){2, 1, 0, 3}), "heads");
      g23_graph_output(g, un(g, G23_OP_EXP, s), "exp");
    }
    if (which == 5) { /* slices along a dim merged from permuted heads: whole heads fold, half heads do not */
      int64_t h[] = {2, 6, 4, 6}, m[] = {2, 4, 36}, m2[] = {2, 6, 24};
      int p = g23_permute(g, NULL, L, reshape_to(g, x, 4, h), (int[]){0, 2, 1, 3}); /* [2, 4, 6, 6] */
      int hm = reshape_to(g, p, 3, m);                                                    /* dims 6 x 6 merged */
      g23_graph_output(g, g23_permute(g, NULL, L, slice_of(g, hm, 2, 12, 18), (int[]){2, 0, 1}), "whole");
      g23_graph_output(g, g23_permute(g, NULL, L, slice_of(g, hm, 2, 3, 6), (int[]){2, 0, 1}), "half");
      int q = g23_permute(g, NULL, L, x, (int[]){1, 0, 2}); /* [6, 2, 24] */
      g23_graph_output(g, pad_of(g, reshape_to(g, slice_of(g, q, 0, 2, 3), 3, (int64_t[]){3, 2, 24}), 1, 1, 4), "pad");
      (void)m2;
    }
    if (which == 6) {
      int a = g23_permute(g, NULL, L, slice_of(g, x, 2, 0, 6), (int[]){1, 0, 2});
      int b = slice_of(g, x, 2, 18, 6);
      int b2 = g23_permute(g, NULL, L, b, (int[]){1, 0, 2});
      int64_t ax[1] = {2};
      int cc = g23_add(g, NULL, L, G23_OP_CONCAT, (int[]){a, b2, a}, 3, ax, 1, NULL, 0, NULL);
      g23_graph_output(g, cc, "concat");
    }
    if (which == 7) {
      int64_t h[] = {2, 6, 4, 4};
      int s = slice_of(g, x, 2, 4, 16);
      int p = g23_permute(g, NULL, L, slice_of(g, reshape_to(g, s, 4, h), 3, 1, 2), (int[]){0, 2, 1, 3});
      g23_graph_output(g, softmax(g, p), "softmax");
    }
    if (which == 8) { /* heads merged back, joined along channels: bounds on whole heads */
      int64_t sf[] = {2 * 2 * 2 * 3 * 16}, h[] = {2, 2, 3, 16}, m[] = {2, 3, 32};
      int f = in(g, "flat", G23_F32, 1, sf), parts[2];
      for (int i = 0; i < 2; i++)
        parts[i] = reshape_to(
            g, g23_permute(g, NULL, L, reshape_to(g, slice_of(g, f, 0, i * 192, 192), 4, h), (int[]){0, 2, 1, 3}), 3, m);
      int64_t ax[1] = {2};
      int cc = g23_add(g, NULL, L, G23_OP_CONCAT, (int[]){parts[1], parts[0]}, 2, ax, 1, NULL, 0, NULL);
      g23_graph_output(g, bin(g, G23_OP_MUL, cc, cst(g, 0.5)), "joined");
    }
    char label[96];
    snprintf(label, sizeof label, "%s%s", names[which], nf ? " (unfused)" : "");
    run(&r, G23_GRAPH_EVAL, label, 0, nf);
    const g23_sched_t *ts = &r.s[G23_GRAPH_EVAL];
    int folded = 0;
    for (int v = 0; v < ts->n; v++) folded += ts->folded[v];
    if (!nf && r.plan.has_graph[G23_GRAPH_EVAL]) {
      int sl = h_count_kernels_with(&r.plan, G23_GRAPH_EVAL, "slice"), pm = h_count_kernels_with(&r.plan, G23_GRAPH_EVAL, "permute");
      CHECK(folded == want[which][0] && sl == want[which][1] && pm == want[which][2],
            "%s: %d folded, %d slice and %d permute kernels; want %d, %d, %d", label, folded, sl, pm, want[which][0],
            want[which][1], want[which][2]);
    }
    if (nf) CHECK(folded == 0, "%s: %d moves folded without fusion", label, folded);
    finish(&r);
  }
}

static void test_matmul(bool nf) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
  int64_t sx[] = {2, 5, 8}, sw[] = {8, 12}, swt[] = {12, 8}, sb[] = {12}, sy[] = {2, 5, 12}, sz[] = {2, 12, 5};
  int x = in(g, "x", G23_F32, 3, sx), w = param(g, "w", 2, sw), wt = param(g, "wt", 2, swt), b = param(g, "b", 1, sb);
  int h = un(g, G23_OP_GELU, bin(g, G23_OP_ADD, g23_matmul(g, NULL, L, x, w, false, false), b));
  g23_graph_output(g, h, "h");
  int h2 = bin(g, G23_OP_ADD, g23_matmul(g, NULL, L, x, wt, false, true), b);
  g23_graph_output(g, h2, "h2");
  int y = in(g, "y", G23_F32, 3, sy), z = in(g, "z", G23_F32, 3, sz);
  g23_graph_output(g, g23_matmul(g, NULL, L, y, x, true, false), "yt_x"); /* [2,12,8] */
  g23_graph_output(g, g23_matmul(g, NULL, L, z, y, true, true), "zt_yt"); /* [2,5,5] */
  run(&r, G23_GRAPH_EVAL, nf ? "matmul (unfused)" : "matmul", 0, nf);
  if (!nf) {
    const g23_plan_graph_t *pg = &r.plan.graphs[G23_GRAPH_EVAL];
    int epi = 0;
    for (int i = 0; i < pg->nlaunch; i++)
      if (pg->launches[i].kind == G23_LAUNCH_MATMUL && pg->launches[i].mm.epilogue) epi++;
    CHECK(pg->nmatmuls == 4 && pg->nkernels == 0 && epi == 2, "matmuls %d kernels %d epilogues %d", pg->nmatmuls,
            pg->nkernels, epi);
  }
  finish(&r);
}

/* The training epilogues' patterns, built by hand (fusion matches shapes of
 * IR, not a model): GELU of a biased matmul whose sum the GELU gradient
 * also reads (GELU_AUX_BIAS); dh * gelu_grad(pre) with dh a matmul (DGELU),
 * and again with the row sum of the product (DGELU_BGRAD, the product's
 * operands the other way round); row sums of a tensor that is also the B of
 * a weight-gradient matmul X^T . dY, the sum before the matmul in node
 * order (it waits for it) and after it (BGRAD twice); and a row sum next to
 * a matmul that does not sum over all of its rows (a batch: no epilogue). */
static void test_epilogues(void) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
  int64_t sx[] = {3, 8, 16}, sw[] = {16, 24}, sb[] = {24}, sy[] = {3, 8, 20}, sw2[] = {24, 20}, sp[] = {3, 8, 24};
  int64_t sq[] = {3, 8, 12}, s24x16[] = {24, 16}, s24x12[] = {24, 12}, s12[] = {12};
  int x = in(g, "x", G23_F32, 3, sx), w = param(g, "w", 2, sw), b = param(g, "b", 1, sb);
  int pre = bin(g, G23_OP_ADD, g23_matmul(g, NULL, L, x, w, false, false), b);
  g23_graph_output(g, un(g, G23_OP_GELU, pre), "h");
  int y = in(g, "y", G23_F32, 3, sy), w2 = param(g, "w2", 2, sw2), w3 = param(g, "w3", 2, sw2);
  int dh = g23_matmul(g, NULL, L, y, w2, false, true);
  g23_graph_output(g, bin(g, G23_OP_MUL, dh, un(g, G23_OP_GELU_GRAD, pre)), "dpre");
  int p = in(g, "p", G23_F32, 3, sp);
  int dpre2 = bin(g, G23_OP_MUL, un(g, G23_OP_GELU_GRAD, p), g23_matmul(g, NULL, L, y, w3, false, true));
  g23_graph_output(g, dpre2, "dpre2");
  int db2 = g23_add(g, NULL, L, G23_OP_REDUCE_TO, &dpre2, 1, NULL, 0, NULL, 1, sb);
  g23_graph_output(g, db2, "db2");
  int q = in(g, "q", G23_F32, 3, sq), q2 = in(g, "q2", G23_F32, 3, sq);
  int xf = g23_reshape(g, NULL, L, x, 2, s24x16);
  int dbq = g23_add(g, NULL, L, G23_OP_REDUCE_TO, &q, 1, NULL, 0, NULL, 1, s12);
  g23_graph_output(g, dbq, "dbq");
  g23_graph_output(g, g23_matmul(g, NULL, L, xf, g23_reshape(g, NULL, L, q, 2, s24x12), true, false), "dwq");
  g23_graph_output(g, g23_matmul(g, NULL, L, xf, g23_reshape(g, NULL, L, q2, 2, s24x12), true, false), "dwq2");
  int dbq2 = g23_add(g, NULL, L, G23_OP_REDUCE_TO, &q2, 1, NULL, 0, NULL, 1, s12);
  g23_graph_output(g, dbq2, "dbq2");
  int q3 = in(g, "q3", G23_F32, 3, sq);
  g23_graph_output(g, g23_add(g, NULL, L, G23_OP_REDUCE_TO, &q3, 1, NULL, 0, NULL, 1, s12), "dbq3");
  g23_graph_output(g, g23_matmul(g, NULL, L, x, q3, true, false), "batched"); /* [3, 16, 12] */
  run(&r, G23_GRAPH_EVAL, no_epilogue ? "epilogues (--no-epilogue)" : "epilogues", 0, false);
  if (!r.plan.has_graph[G23_GRAPH_EVAL]) {
    finish(&r);
    return;
  }
  const g23_plan_graph_t *pg = &r.plan.graphs[G23_GRAPH_EVAL];
  int epi[G23_EPI_COUNT] = {0};
  for (int i = 0; i < pg->nlaunch; i++)
    if (pg->launches[i].kind == G23_LAUNCH_MATMUL) epi[pg->launches[i].mm.epilogue]++;
  int rows = h_count_kernels_with(&r.plan, G23_GRAPH_EVAL, "reduce_to");
  int gg = h_count_kernels_with(&r.plan, G23_GRAPH_EVAL, "gelu_grad");
  if (no_epilogue)
    CHECK(epi[G23_EPI_NONE] == 6 && rows == 4 && gg == 2, "--no-epilogue: %d plain matmuls of 6, %d row sums, "
            "%d GELU gradients as kernels", epi[G23_EPI_NONE], rows, gg);
  else
    CHECK(epi[G23_EPI_GELU_AUX_BIAS] == 1 && epi[G23_EPI_DGELU] == 1 && epi[G23_EPI_DGELU_BGRAD] == 1 &&
                epi[G23_EPI_BGRAD] == 2 && epi[G23_EPI_NONE] == 1 && rows == 1 && gg == 0,
            "epilogues gelu_aux_bias %d dgelu %d dgelu_bgrad %d bgrad %d none %d; %d row sums, %d GELU gradients "
            "as kernels", epi[G23_EPI_GELU_AUX_BIAS], epi[G23_EPI_DGELU], epi[G23_EPI_DGELU_BGRAD],
            epi[G23_EPI_BGRAD], epi[G23_EPI_NONE], rows, gg);
  finish(&r);
}

static g23_sexpr_t *alibi(void) {
  g23_sexpr_t *sl = g23_sx_new(G23_SX_EXTRA);
  sl->extra = 0;
  sl->per_head = true;
  g23_sexpr_t *d = g23_sx_op(G23_OP_SUB, g23_sx_new(G23_SX_I), g23_sx_new(G23_SX_J), NULL);
  return g23_sx_op(G23_OP_SUB, g23_sx_op(G23_OP_MUL, g23_sx_new(G23_SX_S), g23_sx_num(0.35), NULL),
                   g23_sx_op(G23_OP_MUL, sl, d, NULL), NULL);
}

/* A chunked mask with a strided bias: where(floor(i / 4) == floor(j / 4),
 * s * 0.35, -1e9) - slope[h] * (i % 3 != j % 3) + (i - j <= 1) * 0.5 */
static g23_sexpr_t *chunked(void) {
  g23_sexpr_t *sl = g23_sx_new(G23_SX_EXTRA);
  sl->extra = 0;
  sl->per_head = true;
#define SXI g23_sx_new(G23_SX_I)
#define SXJ g23_sx_new(G23_SX_J)
#define SX2(o, a, b) g23_sx_op(G23_OP_##o, a, b, NULL)
  g23_sexpr_t *same = SX2(EQ, g23_sx_op(G23_OP_FLOOR, SX2(DIV, SXI, g23_sx_num(4)), NULL, NULL),
                          g23_sx_op(G23_OP_FLOOR, SX2(DIV, SXJ, g23_sx_num(4)), NULL, NULL));
  g23_sexpr_t *blk = g23_sx_op(G23_OP_WHERE, same, SX2(MUL, g23_sx_new(G23_SX_S), g23_sx_num(0.35)), g23_sx_num(-1e9));
  g23_sexpr_t *strided = SX2(MUL, sl, SX2(NE, SX2(MOD, SXI, g23_sx_num(3)), SX2(MOD, SXJ, g23_sx_num(3))));
  g23_sexpr_t *near = SX2(MUL, SX2(LE, SX2(SUB, SXI, SXJ), g23_sx_num(1)), g23_sx_num(0.5));
  return SX2(ADD, SX2(SUB, blk, strided), near);
#undef SXI
#undef SXJ
#undef SX2
}

/* Attention forward and backward (extra-tensor gradient included) through
 * autodiff in a train graph, with layernorm and cross-entropy around it. */
static void test_train(int64_t D, int64_t window, int score, bool nf) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_TRAIN);
  int64_t B = 2, H = 2, T = 9, C = H * D, V = 5;
  int64_t sx[] = {B, T, C}, sc[] = {C}, sw[] = {C, 3 * C}, sv[] = {C, V}, st[] = {B, T}, sh[] = {H};
  int x = in(g, "x", G23_F32, 3, sx), tg = in(g, "targets", G23_I32, 2, st);
  int pos = g23_const(g, L, 0, 1, S1);
  g->nodes[pos].dtype = G23_I32;
  int gamma = param(g, "ln.g", 1, sc), beta = param(g, "ln.b", 1, sc);
  int wqkv = param(g, "qkv.w", 2, sw), wout = param(g, "out.w", 2, sv), slope = slope_param(g, sh);
  int hn = layernorm(g, x, gamma, beta, C);
  int qkv = g23_matmul(g, NULL, L, hn, wqkv, false, false); /* [B,T,3C] */
  int64_t s5[] = {B, T, 3, H, D};
  int q5 = g23_reshape(g, NULL, L, qkv, 5, s5);
  int64_t slc[3] = {2, 0, 1};
  int64_t s51[] = {B, T, 1, H, D}, s4[] = {B, T, H, D};
  int parts[3];
  for (int k = 0; k < 3; k++) {
    slc[1] = k;
    int sl = g23_add(g, NULL, L, G23_OP_SLICE, &q5, 1, slc, 3, NULL, 5, s51);
    parts[k] = g23_permute(g, NULL, L, g23_reshape(g, NULL, L, sl, 4, s4), (int[]){0, 2, 1, 3});
  }
  int ins[5] = {parts[0], parts[1], parts[2], pos, slope};
  int64_t ia[2] = {1, window};
  int att = g23_add(g, NULL, L, G23_OP_ATTENTION, ins, score ? 5 : 4, ia, 2, NULL, 0, NULL);
  if (score) g->nodes[att].score = score == 2 ? chunked() : alibi();
  int y = g23_reshape(g, NULL, L, g23_permute(g, NULL, L, att, (int[]){0, 2, 1, 3}), 3, sx);
  int logits = g23_matmul(g, NULL, L, bin(g, G23_OP_ADD, y, x), wout, false, false);
  g23_graph_output(g, cross_entropy(g, logits, tg), "loss");
  char label[96];
  snprintf(label, sizeof label, "train D=%lld window=%lld%s%s", (long long)D, (long long)window,
           score == 2 ? " chunked" : score ? " alibi" : "",
           nf ? " (unfused)" : "");
  run(&r, G23_GRAPH_TRAIN, label, 0, nf);
  if (!nf && r.plan.has_graph[G23_GRAPH_TRAIN]) {
    CHECK(h_count_kernels_with(&r.plan, G23_GRAPH_TRAIN, "attention") == 1, "%s: attention forward kernels", label);
    CHECK(h_count_kernels_with(&r.plan, G23_GRAPH_TRAIN, "attention_backward") == 2, "%s: attention backward kernels",
            label);
    /* the AdamW update of a parameter (moments and value) is one kernel */
    const g23_graph_t *tg = &r.m.graphs[G23_GRAPH_TRAIN];
    const g23_sched_t *ts = &r.s[G23_GRAPH_TRAIN];
    int nassign = 0;
    for (int v = 0; v < tg->n; v++) {
      if (tg->nodes[v].op != G23_OP_ASSIGN) continue;
      nassign++;
      const char *tn = tg->nodes[tg->nodes[v].in[0]].name, *colon = strchr(tn, ':');
      const char *pn = colon ? colon + 1 : tn;
      for (int u = 0; u < tg->n; u++)
        if (tg->nodes[u].op == G23_OP_ASSIGN && !strcmp(tg->nodes[tg->nodes[u].in[0]].name, pn))
          CHECK(ts->group_of[u] == ts->group_of[v], "%s: update of %s split from %s", label, pn, tn);
    }
    CHECK(nassign == 15, "%s: %d assigns", label, nassign);
  }
  finish(&r);
}

/* Attention of other shapes, forward and backward in a train graph: keys of
 * another length than the queries (causal, or cross: all keys visible),
 * grouped-query and multi-query heads (Hkv < H), pos > 0, dropout of the
 * probabilities. */
static void test_attention_shapes(int64_t H, int64_t Hkv, int64_t T, int64_t S, int64_t D, bool causal, int64_t window,
                                  bool cross, bool score, int32_t pos, double drop) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_TRAIN);
  int64_t B = 2, sq[] = {B, H, T, D}, sk[] = {B, Hkv, S, D}, sh[] = {H};
  int q = param(g, "q", 4, sq), k = param(g, "k", 4, sk), v = param(g, "v", 4, sk), slope = slope_param(g, sh);
  int p = in(g, "pos", G23_I32, 1, S1), seed = in(g, "seed", G23_I32, 1, S1);
  int64_t ia[5] = {causal, window, cross, 0, 3};
  double fa[2] = {drop, 0};
  int ins[6] = {q, k, v, p}, nin = 4;
  if (drop > 0) ins[nin++] = seed;
  if (score) ins[nin++] = slope;
  int att = g23_add(g, NULL, L, G23_OP_ATTENTION, ins, nin, ia, 5, fa, 0, NULL);
  if (score) g->nodes[att].score = alibi();
  int w = in(g, "w", G23_F32, 4, sq);
  int64_t flat[] = {B * H * T * D};
  g23_graph_output(g, bin(g, G23_OP_MUL, rsum(g, g23_reshape(g, NULL, L, bin(g, G23_OP_MUL, att, w), 1, flat)), cst(g, 0.5)),
                   "loss");
  char label[128];
  snprintf(label, sizeof label, "attention H=%lld Hkv=%lld T=%lld S=%lld D=%lld%s%s window=%lld%s pos=%d dropout=%g",
           (long long)H, (long long)Hkv, (long long)T, (long long)S, (long long)D, causal ? " causal" : "",
           cross ? " cross" : "", (long long)window, score ? " alibi" : "", pos, drop);
  run(&r, G23_GRAPH_TRAIN, label, pos, false);
  if (!nvrtc_mode && r.plan.has_graph[G23_GRAPH_TRAIN])
    CHECK(h_count_kernels_with(&r.plan, G23_GRAPH_TRAIN, "attention_backward") == 2,
            "%s: attention backward kernels", label);
  finish(&r);
}

/* KV-cache decode step: write one position, attend over the cache. */
static void test_decode(void) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_DECODE);
  int64_t B = 1, H = 2, S = 8, D = 4;
  int64_t sc[] = {B, H, S, D}, sn[] = {B, H, 1, D};
  int kc = g23_leaf(g, L, G23_OP_STATE, G23_ROLE_KVCACHE, "k_cache", G23_F32, 4, sc);
  int vc = g23_leaf(g, L, G23_OP_STATE, G23_ROLE_KVCACHE, "v_cache", G23_F32, 4, sc);
  int q = in(g, "q", G23_F32, 4, sn), k = in(g, "k", G23_F32, 4, sn), v = in(g, "v", G23_F32, 4, sn);
  int pos = in(g, "pos", G23_I32, 1, S1);
  int kw = g23_add(g, NULL, L, G23_OP_CACHE_WRITE, (int[]){kc, k, pos}, 3, NULL, 0, NULL, 0, NULL);
  int vw = g23_add(g, NULL, L, G23_OP_CACHE_WRITE, (int[]){vc, v, pos}, 3, NULL, 0, NULL, 0, NULL);
  int64_t ia[2] = {1, 0};
  int att = g23_add(g, NULL, L, G23_OP_ATTENTION, (int[]){q, kw, vw, pos}, 4, ia, 2, NULL, 0, NULL);
  g23_graph_output(g, att, "out");
  run(&r, G23_GRAPH_DECODE, "decode", 5, false);
  finish(&r);
}

/* The memory plan of a long chain reuses buffers, and the checker catches a
 * planted overlap. */
static void test_memplan(void) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
  int64_t sx[] = {64, 64}, sw[] = {64, 64};
  int x = in(g, "x", G23_F32, 2, sx);
  int w = param(g, "w", 2, sw);
  for (int i = 0; i < 8; i++) x = un(g, G23_OP_TANH, g23_matmul(g, NULL, L, x, w, false, false));
  g23_graph_output(g, x, "out");
  run(&r, G23_GRAPH_EVAL, "memplan chain", 0, false);
  const g23_sched_t *s = &r.s[G23_GRAPH_EVAL];
  /* 17 values of 16 KiB; at most three are live at once */
  CHECK(s->scratch_bytes <= 3 * 16384, "scratch %lld bytes: buffers are not reused", (long long)s->scratch_bytes);
  CHECK(r.plan.bytes_params == 16384 && r.plan.persistent_bytes == 16384, "params %lld", (long long)r.plan.bytes_params);
  /* plant an overlap: the output over the input */
  const g23_graph_t *gg = &r.m.graphs[G23_GRAPH_EVAL];
  int out = gg->outputs[0];
  int64_t keep = s->offset[out];
  char err[256] = "";
  /* out of the arena */
  s->offset[out] = r.plan.arena_bytes;
  CHECK(g23_memplan_check(gg, s, r.plan.persistent_bytes, r.plan.arena_bytes, err, sizeof err) != 0,
          "a buffer outside the arena not detected");
  int prev = gg->nodes[out].in[0];
  s->offset[out] = s->offset[s->alias[prev]];
  CHECK(g23_memplan_check(gg, s, r.plan.persistent_bytes, r.plan.arena_bytes, err, sizeof err) != 0,
          "overlap of an op's input and output not detected");
  s->offset[out] = keep;
  finish(&r);
}

static int count_op(const g23_graph_t *g, g23_op_t op) {
  int n = 0;
  for (int v = 0; v < g->n; v++) n += g->nodes[v].op == op;
  return n;
}

/* Folding, identities, CSE and DCE keep the outputs' values. */
static void test_simplify(void) {
  run_t r;
  g23_graph_t *g = start(&r, G23_GRAPH_EVAL);
  int64_t sx[] = {4, 8};
  int x = in(g, "x", G23_F32, 2, sx);
  int six = bin(g, G23_OP_MUL, cst(g, 2), cst(g, 3));
  int y = bin(g, G23_OP_MUL, bin(g, G23_OP_MUL, x, six), cst(g, 1));
  y = bin(g, G23_OP_ADD, y, cst(g, 0));
  int a = un(g, G23_OP_EXP, x), b = un(g, G23_OP_EXP, x);
  un(g, G23_OP_TANH, x); /* dead */
  int z = bin(g, G23_OP_ADD, bin(g, G23_OP_ADD, a, b), y);
  z = bin(g, G23_OP_ADD, z, bin(g, G23_OP_MUL, x, cst(g, 0)));
  int64_t s21[] = {2, 16};
  z = g23_reshape(g, NULL, L, g23_reshape(g, NULL, L, z, 2, s21), 2, sx);
  g23_graph_output(g, z, "out");
  g23_graph_t orig;
  g23_graph_copy(&orig, g);
  run(&r, G23_GRAPH_EVAL, "simplify", 0, false);
  const g23_graph_t *sg = &r.m.graphs[G23_GRAPH_EVAL];
  CHECK(count_op(sg, G23_OP_TANH) == 0, "dead tanh kept");
  CHECK(count_op(sg, G23_OP_EXP) == 1, "exp(x) twice: %d", count_op(sg, G23_OP_EXP));
  CHECK(count_op(sg, G23_OP_MUL) == 1, "muls by 1 and 0 or of constants kept: %d", count_op(sg, G23_OP_MUL));
  /* the output is a view of the same shape, of the sum itself */
  CHECK(count_op(sg, G23_OP_RESHAPE) <= 1 && sg->nodes[sg->nodes[sg->outputs[0]].in[0]].op == G23_OP_ADD,
          "reshape round trip kept");
  CHECK(count_op(sg, G23_OP_ADD) == 2, "x + 0 or + 0-product kept: %d adds", count_op(sg, G23_OP_ADD));
  /* the simplified graph computes what the original did */
  g23_eval_t e1 = {0}, e2 = {0};
  e1.values = g23_xcalloc(orig.n, sizeof *e1.values);
  e1.n = orig.n;
  e2.values = g23_xcalloc(sg->n, sizeof *e2.values);
  e2.n = sg->n;
  int sx_id = -1;
  for (int v = 0; v < sg->n; v++)
    if (sg->nodes[v].op == G23_OP_INPUT) sx_id = v;
  e1.values[x] = g23_xmalloc(32 * sizeof(double));
  e2.values[sx_id] = g23_xmalloc(32 * sizeof(double));
  for (int i = 0; i < 32; i++) e1.values[x][i] = e2.values[sx_id][i] = 0.1 * i - 1.3;
  CHECK(g23_eval(&orig, &e1) == 0 && g23_eval(sg, &e2) == 0, "eval");
  for (int i = 0; i < 32; i++) {
    double u = e1.values[orig.outputs[0]][i], w = e2.values[sg->outputs[0]][i];
    CHECK(fabs(u - w) <= 1e-6 * (1 + fabs(u)), "simplified value %d: %g, original %g", i, w, u);
  }
  g23_eval_free(&e1);
  g23_eval_free(&e2);
  g23_graph_free(&orig);
  finish(&r);
}

int main(int argc, char **argv) {
  if (argc > 1 && !strcmp(argv[1], "--nvrtc")) {
    if (h_nvrtc_open() != 0) {
      fprintf(stderr, "no NVRTC: skipped\n");
      return 77;
    }
    nvrtc_mode = true;
  }
  for (int nf = 0; nf < 2; nf++) {
    test_elementwise(nf);
    test_compare(nf);
    test_rows(nf);
    test_moves(nf);
    test_move_chains(nf);
    test_matmul(nf);
    test_train(4, 0, true, nf);
  }
  test_epilogues();
  no_epilogue = true;
  test_epilogues();
  no_epilogue = false;
  test_train(8, 4, true, false);
  test_train(40, 0, false, false);
  test_train(8, 0, 2, false);
  test_train(8, 0, 2, true);
  test_train(40, 5, 2, false);
  test_train(160, 3, true, false); /* CUDA: half-width tiles */
  test_train(160, 0, false, false);
  test_attention_shapes(2, 2, 70, 37, 8, true, 0, false, true, 0, 0);  /* S < T: more queries than keys */
  test_attention_shapes(2, 2, 5, 70, 8, false, 0, true, true, 0, 0);   /* cross, S > T */
  test_attention_shapes(2, 2, 33, 70, 8, true, 9, true, true, 3, 0);   /* cross, causal window, pos 3 */
  test_attention_shapes(4, 1, 40, 40, 8, true, 0, false, true, 0, 0);  /* multi-query */
  test_attention_shapes(4, 2, 9, 67, 40, false, 0, true, false, 0, 0); /* grouped cross */
  test_attention_shapes(4, 2, 1, 9, 8, true, 0, false, false, 5, 0);   /* grouped decode-like: T = 1 at pos 5 */
  test_attention_shapes(4, 2, 7, 12, 160, false, 0, true, true, 0, 0); /* CUDA: half-width tiles */
  test_attention_shapes(2, 2, 70, 70, 8, true, 16, false, true, 0, 0.2); /* dropout, causal window */
  test_attention_shapes(2, 2, 70, 70, 8, true, 0, false, true, 0, 0.2);  /* dropout over the whole causal range */
  test_attention_shapes(2, 2, 256, 256, 8, true, 0, false, true, 0, 0.2); /* the slope gradient sums |i - j| up to 255 */
  test_attention_shapes(4, 2, 9, 67, 40, false, 0, true, true, 0, 0.5);  /* dropout, grouped cross */
  test_attention_shapes(4, 2, 7, 12, 160, true, 5, true, true, 2, 0.1); /* dropout, half-width tiles */
  test_decode();
  test_memplan();
  test_simplify();
  return g23_check_summary("test_kernels");
}
