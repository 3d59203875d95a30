/* test_model.c: autodiff of a whole small GPT built by hand from IR ops
 * (tied embedding, positions, layernorm, attention with learnable ALiBi
 * slopes, GELU MLP, dropout, residuals, cross-entropy), checked element by
 * element against central finite differences through the evaluator.  This
 * exercises what single-op cases cannot: gradients summed over many uses,
 * a weight shared by the embedding and the output projection, broadcasting
 * across layers. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "test/check.h"

enum { B = 2, T = 4, V = 7, C = 6, H = 2, D = 3, F = 12 };

static g23_graph_t g;
static g23_diag_t d;
static g23_loc_t here;

static int leaf(g23_op_t op, g23_role_t role, const char *name, g23_dtype_t dt, int rank, const int64_t *shape) {
  return g23_leaf(&g, here, op, role, name, dt, rank, shape);
}
#define SHAPE(...) (int)(sizeof((int64_t[]){__VA_ARGS__}) / sizeof(int64_t)), (const int64_t[]){__VA_ARGS__}
static int param(const char *name, int rank, const int64_t *shape) {
  return leaf(G23_OP_PARAM, G23_ROLE_PARAM, name, G23_F32, rank, shape);
}
static int bin(g23_op_t op, int a, int b) { return g23_binary(&g, &d, here, op, a, b); }
static int un(g23_op_t op, int a) { return g23_unary(&g, &d, here, op, a); }
static int num(double v) { return g23_const(&g, here, v, 0, NULL); }
static int mm(int a, int b, bool tb) { return g23_matmul(&g, &d, here, a, b, false, tb); }
static int reshape(int a, int rank, const int64_t *s) { return g23_reshape(&g, &d, here, a, rank, s); }

static int layernorm(int x, int gain, int bias) {
  int mu = bin(G23_OP_MUL, un(G23_OP_RSUM, x), num(1.0 / C));
  int xc = bin(G23_OP_SUB, x, mu);
  int var = bin(G23_OP_MUL, un(G23_OP_RSUM, bin(G23_OP_MUL, xc, xc)), num(1.0 / C));
  int xn = bin(G23_OP_MUL, xc, un(G23_OP_RSQRT, bin(G23_OP_ADD, var, num(1e-5))));
  return bin(G23_OP_ADD, bin(G23_OP_MUL, xn, gain), bias);
}

/* [B, T, 3C] -> part k as [B, H, T, D] */
static int heads(int qkv, int k) {
  int64_t at[3] = {2, k * C, C};
  int s = g23_add(&g, &d, here, G23_OP_SLICE, &qkv, 1, at, 3, NULL, 0, NULL);
  int r = reshape(s, SHAPE(B, T, H, D));
  return g23_permute(&g, &d, here, r, (const int[]){0, 2, 1, 3});
}

static uint64_t rs = 12345;
static double rnd(void) {
  rs = rs * 6364136223846793005ull + 1442695040888963407ull;
  return (double)(rs >> 11) / 9007199254740992.0;
}

int main(void) {
  g23_diag_init(&d, stderr);
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  here = (g23_loc_t){NULL, 1, 1, 1};
  int tokens = leaf(G23_OP_INPUT, G23_ROLE_INPUT, "tokens", G23_I32, 2, (int64_t[]){B, T});
  int targets = leaf(G23_OP_INPUT, G23_ROLE_TARGET, "targets", G23_I32, 3, (int64_t[]){B, T, 1});
  int pos = leaf(G23_OP_INPUT, G23_ROLE_SCALAR, "pos", G23_I32, 1, (int64_t[]){1});
  int seed = leaf(G23_OP_INPUT, G23_ROLE_SCALAR, "seed", G23_I32, 1, (int64_t[]){1});
  int wte = param("wte", SHAPE(V, C)), wpe = param("wpe", SHAPE(T, C));
  int g1 = param("ln1.g", SHAPE(C)), b1 = param("ln1.b", SHAPE(C));
  int wqkv = param("qkv.w", SHAPE(C, 3 * C)), bqkv = param("qkv.b", SHAPE(3 * C));
  int slope = param("slope", SHAPE(H));
  int wo = param("proj.w", SHAPE(C, C));
  int g2 = param("ln2.g", SHAPE(C)), b2 = param("ln2.b", SHAPE(C));
  int w1 = param("fc.w", SHAPE(C, F)), w2 = param("fc2.w", SHAPE(F, C));

  int64_t tt = T;
  int p = g23_add(&g, &d, here, G23_OP_POSITIONS, &pos, 1, &tt, 1, NULL, 0, NULL);
  int x = bin(G23_OP_ADD, g23_add(&g, &d, here, G23_OP_GATHER, (int[]){wte, tokens}, 2, NULL, 0, NULL, 0, NULL),
              g23_add(&g, &d, here, G23_OP_GATHER, (int[]){wpe, p}, 2, NULL, 0, NULL, 0, NULL));
  int64_t stream = 0;
  x = g23_add(&g, &d, here, G23_OP_DROPOUT, (int[]){x, seed}, 2, &stream, 1, (double[]){0.2, 0}, 0, NULL);

  here.line = 2;
  int qkv = bin(G23_OP_ADD, mm(layernorm(x, g1, b1), wqkv, false), bqkv);
  int q = heads(qkv, 0), k = heads(qkv, 1), v = heads(qkv, 2);
  int64_t ia[2] = {1, 0};
  int att = g23_add(&g, &d, here, G23_OP_ATTENTION, (int[]){q, k, v, pos, slope}, 5, ia, 2, NULL, 0, NULL);
  g23_sexpr_t *sl = g23_sx_new(G23_SX_EXTRA);
  sl->per_head = true;
  g.nodes[att].score = g23_sx_op(
      G23_OP_SUB, g23_sx_op(G23_OP_MUL, g23_sx_new(G23_SX_S), g23_sx_num(1 / sqrt(D)), NULL),
      g23_sx_op(G23_OP_MUL, sl, g23_sx_op(G23_OP_SUB, g23_sx_new(G23_SX_I), g23_sx_new(G23_SX_J), NULL), NULL), NULL);
  int y = reshape(g23_permute(&g, &d, here, att, (const int[]){0, 2, 1, 3}), SHAPE(B, T, C));
  x = bin(G23_OP_ADD, x, mm(y, wo, false));

  here.line = 3;
  int h = mm(un(G23_OP_GELU, mm(layernorm(x, g2, b2), w1, false)), w2, false);
  x = bin(G23_OP_ADD, x, h);

  here.line = 4;
  int logits = mm(x, wte, true); /* tied */
  int z = bin(G23_OP_SUB, logits, un(G23_OP_RMAX, logits));
  int logp = bin(G23_OP_SUB, z, un(G23_OP_LOG, un(G23_OP_RSUM, un(G23_OP_EXP, z))));
  int64_t nv = V;
  int oh = g23_add(&g, &d, here, G23_OP_ONEHOT, &targets, 1, &nv, 1, NULL, 0, NULL);
  int nll = un(G23_OP_NEG, un(G23_OP_RSUM, bin(G23_OP_MUL, logp, oh)));
  int loss = bin(G23_OP_MUL, un(G23_OP_RSUM, reshape(nll, SHAPE(B * T))), num(1.0 / (B * T)));
  if (loss < 0) {
    fprintf(stderr, "FAIL: the model does not build\n");
    return 1;
  }
  g23_graph_output(&g, loss, "loss");

  int params[] = {wte, wpe, g1, b1, wqkv, bqkv, slope, wo, g2, b2, w1, w2};
  enum { NP = sizeof params / sizeof *params };
  int grads[NP];
  if (g23_autodiff(&g, &d, loss, params, NP, grads) || g23_verify(&g, &d)) {
    fprintf(stderr, "FAIL: autodiff of the model\n");
    return 1;
  }

  g23_eval_t ev = {g23_xcalloc(g.n, sizeof(double *)), g.n};
  for (int i = 0; i < g.n; i++) {
    const g23_node_t *n = &g.nodes[i];
    if (n->op != G23_OP_INPUT && n->op != G23_OP_PARAM) continue;
    int64_t ne = g23_numel(n);
    ev.values[i] = g23_xmalloc(ne * sizeof(double));
    for (int64_t e = 0; e < ne; e++) {
      if (i == tokens || i == targets) ev.values[i][e] = (double)(int)(rnd() * V);
      else if (i == pos) ev.values[i][e] = 0;
      else if (i == seed) ev.values[i][e] = 77;
      else if (i == g1 || i == g2) ev.values[i][e] = 1 + 0.2 * (rnd() - 0.5);
      else if (i == slope) ev.values[i][e] = 0.25 * (e + 1);
      else ev.values[i][e] = 0.6 * (rnd() - 0.5);
    }
  }
  if (g23_eval(&g, &ev)) {
    fprintf(stderr, "FAIL: evaluation\n");
    return 1;
  }
  double l0 = ev.values[loss][0];
  CHECK(l0 > 0 && l0 < 10, "loss %g is implausible", l0);
  double *an[NP];
  for (int i = 0; i < NP; i++) {
    int64_t ne = g23_numel(&g.nodes[params[i]]);
    an[i] = g23_xmalloc(ne * sizeof(double));
    memcpy(an[i], ev.values[grads[i]], ne * sizeof(double));
  }
  const double eps = 1e-6, rtol = 1e-5, atol = 1e-7;
  int checked = 0;
  for (int i = 0; i < NP; i++) {
    double *xv = ev.values[params[i]];
    int64_t ne = g23_numel(&g.nodes[params[i]]);
    for (int64_t e = 0; e < ne; e++) {
      double x0 = xv[e];
      xv[e] = x0 + eps;
      g23_eval(&g, &ev);
      double lp = ev.values[loss][0];
      xv[e] = x0 - eps;
      g23_eval(&g, &ev);
      double lm = ev.values[loss][0];
      xv[e] = x0;
      double fd = (lp - lm) / (2 * eps);
      checked++;
      CHECK_MANY(fabs(fd - an[i][e]) <= atol + rtol * fabs(an[i][e]),
                 "d loss / d %s[%lld]: autodiff %.12g, finite difference %.12g", g.nodes[params[i]].name, (long long)e, an[i][e], fd);
    }
    free(an[i]);
  }
  printf("model: loss %.6f, %d gradient elements checked\n", l0, checked);
  g23_eval_free(&ev);
  g23_graph_free(&g);
  g23_diag_free(&d);
  return g23_check_summary("test_model");
}
