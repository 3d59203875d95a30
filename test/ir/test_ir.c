/* test_ir.c: forward values whose semantics are subtle (attention masks,
 * dropout, GELU, the generator), shape diagnostics, the AdamW graph against a
 * hand-written float64 step, score-expression derivatives, and the dumps. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "ir/prelude.h"
#include "test/check.h"

#define CLOSE(a, b, tol) (fabs((a) - (b)) <= (tol) * (1 + fabs(b)))

static void ev_init(g23_eval_t *ev, const g23_graph_t *g) {
  ev->n = g->n;
  ev->values = g23_xcalloc(g->n, sizeof *ev->values);
}
static double *vals(int n, const double *v) {
  double *r = g23_xmalloc(n * sizeof *r);
  memcpy(r, v, n * sizeof *r);
  return r;
}

/* ---- (c) attention masks against hand-computed softmaxes ------------------ */

static g23_sexpr_t *alibi_score(void) { /* s - x0[h] * (i - j) */
  g23_sexpr_t *slope = g23_sx_new(G23_SX_EXTRA);
  slope->per_head = true;
  return g23_sx_op(G23_OP_SUB, g23_sx_new(G23_SX_S),
                   g23_sx_op(G23_OP_MUL, slope, g23_sx_op(G23_OP_SUB, g23_sx_new(G23_SX_I), g23_sx_new(G23_SX_J), NULL), NULL), NULL);
}

/* q = [1, 2] (T = 2), k = [1, 0.5, -1], v = [10, 20, 30] (S = 3), D = 1. */
static void attention_case(const char *what, int64_t pos, int causal, int window, bool alibi, double want0,
                           double want1) {
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_DECODE);
  int64_t sq[4] = {1, 1, 2, 1}, sk[4] = {1, 1, 3, 1}, one = 1;
  int q = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "q", G23_F32, 4, sq);
  int k = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "k", G23_F32, 4, sk);
  int v = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "v", G23_F32, 4, sk);
  int p = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_SCALAR, "pos", G23_I32, 1, &one);
  int sl = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, "slope", G23_F32, 1, &one);
  int in[5] = {q, k, v, p, sl};
  int64_t ia[2] = {causal, window};
  int a = g23_add(&g, NULL, g23_noloc, G23_OP_ATTENTION, in, alibi ? 5 : 4, ia, 2, NULL, 0, NULL);
  CHECK(a >= 0, "%s: attention not built", what);
  if (a < 0) return;
  if (alibi) g.nodes[a].score = alibi_score();
  g23_eval_t ev;
  ev_init(&ev, &g);
  ev.values[q] = vals(2, (double[]){1, 2});
  ev.values[k] = vals(3, (double[]){1, 0.5, -1});
  ev.values[v] = vals(3, (double[]){10, 20, 30});
  ev.values[p] = vals(1, (double[]){(double)pos});
  ev.values[sl] = vals(1, (double[]){0.5});
  CHECK(g23_eval(&g, &ev) == 0, "%s: eval", what);
  CHECK(CLOSE(ev.values[a][0], want0, 1e-14), "%s: query 0 gives %.15g, want %.15g", what, ev.values[a][0], want0);
  CHECK(CLOSE(ev.values[a][1], want1, 1e-14), "%s: query 1 gives %.15g, want %.15g", what, ev.values[a][1], want1);
  g23_eval_free(&ev);
  g23_graph_free(&g);
}

static void test_attention_values(void) {
  double e = exp(1), e5 = exp(0.5), e2 = exp(2), em2 = exp(-2);
  /* pos 1: query 0 is position 1 (sees keys 0, 1), query 1 is position 2. */
  attention_case("causal pos 1", 1, 1, 0, false, (e * 10 + e5 * 20) / (e + e5),
                 (e2 * 10 + e * 20 + em2 * 30) / (e2 + e + em2));
  /* window 2: position 2 sees keys 1 and 2 only. */
  attention_case("causal window 2 pos 1", 1, 1, 2, false, (e * 10 + e5 * 20) / (e + e5), (e * 20 + em2 * 30) / (e + em2));
  /* not causal, pos 0: keys j < pos + T = 2 are visible to both. */
  attention_case("full pos 0", 0, 0, 0, false, (e * 10 + e5 * 20) / (e + e5), (e2 * 10 + e * 20) / (e2 + e));
  /* ALiBi: z = s - 0.5 (i - j); position 1: z = (0.5, 0.5). */
  attention_case("alibi pos 1", 1, 1, 0, true, 15, (e * 10 + e5 * 20 + em2 * 30) / (e + e5 + em2));
}

/* ---- (c) dropout, generator, GELU ----------------------------------------- */

static void test_rng_dropout_gelu(void) {
  /* Philox4x32-10 known answer (Random123 kat_vectors): key 0, counter 0. */
  CHECK(g23_philox(0, 0, 0) == 0x6627e8d5u, "philox(0, 0, 0) = %08x", g23_philox(0, 0, 0));
  CHECK(g23_rng_uniform(0, 0, 0) == (double)(0x6627e8d5u >> 8) / 16777216.0, "uniform(0, 0, 0)");
  double sum = 0;
  for (uint64_t i = 0; i < 100000; i++) {
    double u = g23_rng_uniform(7, 3, i + ((uint64_t)1 << 33));
    CHECK(u >= 0 && u < 1, "uniform out of [0, 1): %g", u);
    sum += u;
  }
  CHECK(fabs(sum / 100000 - 0.5) < 0.005, "uniform mean %g", sum / 100000);

  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int64_t n = 1000, one = 1;
  int x = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "x", G23_F32, 1, &n);
  int s = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_SCALAR, "seed", G23_I32, 1, &one);
  int in[2] = {x, s};
  int64_t st5 = 5, st6 = 6;
  double p = 0.25;
  int d5 = g23_add(&g, NULL, g23_noloc, G23_OP_DROPOUT, in, 2, &st5, 1, (double[]){p, 0}, 0, NULL);
  int d6 = g23_add(&g, NULL, g23_noloc, G23_OP_DROPOUT, in, 2, &st6, 1, (double[]){p, 0}, 0, NULL);
  g23_eval_t ev;
  ev_init(&ev, &g);
  ev.values[x] = g23_xmalloc(n * sizeof(double));
  for (int i = 0; i < n; i++) ev.values[x][i] = 2;
  ev.values[s] = vals(1, (double[]){1234});
  CHECK(g23_eval(&g, &ev) == 0, "dropout eval");
  int kept = 0, differ = 0;
  for (int i = 0; i < n; i++) {
    double u = g23_rng_uniform(1234, 5, i);
    double want = u >= p ? 2 / (1 - p) : 0;
    CHECK(ev.values[d5][i] == want, "dropout[%d] = %g, want %g", i, ev.values[d5][i], want);
    /* the kernels' helper draws the same mask */
    float k = g23_dropout(2.0f, 1234, 5, i, (float)p);
    CHECK((k != 0) == (want != 0) && fabs(k - want) < 1e-6, "prelude dropout[%d] = %g, want %g", i, k, want);
    kept += want != 0;
    differ += (ev.values[d5][i] != 0) != (ev.values[d6][i] != 0);
  }
  CHECK(kept > 700 && kept < 800, "dropout kept %d of 1000 at p = 0.25", kept);
  CHECK(differ > 200, "streams 5 and 6 give nearly the same mask (%d differ)", differ);
  g23_eval_free(&ev);
  g23_graph_free(&g);

  /* GELU, tanh form: gelu(1) = 0.8411919906082768, gelu(-0.5) = -0.15428599017485606 */
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int64_t two = 2;
  x = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "x", G23_F32, 1, &two);
  int y = g23_unary(&g, NULL, g23_noloc, G23_OP_GELU, x);
  ev_init(&ev, &g);
  ev.values[x] = vals(2, (double[]){1, -0.5});
  CHECK(g23_eval(&g, &ev) == 0, "gelu eval");
  CHECK(CLOSE(ev.values[y][0], 0.8411919906082768, 1e-15), "gelu(1) = %.17g", ev.values[y][0]);
  CHECK(CLOSE(ev.values[y][1], -0.15428599017485606, 1e-15), "gelu(-0.5) = %.17g", ev.values[y][1]);
  g23_eval_free(&ev);
  g23_graph_free(&g);
  for (double t = -4; t <= 4; t += 0.25) {
    double h = 1e-3;
    double fd = (g23_op_eval_f64(G23_OP_GELU, t + h, 0, 0) - g23_op_eval_f64(G23_OP_GELU, t - h, 0, 0)) / (2 * h);
    CHECK(fabs(g23_gelu((float)t) - g23_op_eval_f64(G23_OP_GELU, t, 0, 0)) < 1e-6, "prelude gelu(%g)", t);
    CHECK(fabs(g23_gelu_grad((float)t) - fd) < 1e-5, "prelude gelu_grad(%g) = %g, fd %g", t, g23_gelu_grad((float)t), fd);
  }
}

/* ---- (c) in-place updates write into the leaf's array ------------------- */

static void test_inplace(void) {
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_DECODE);
  int64_t sc[4] = {1, 1, 4, 2}, sn[4] = {1, 1, 2, 2}, one = 1, three = 3;
  int cache = g23_leaf(&g, g23_noloc, G23_OP_STATE, G23_ROLE_KVCACHE, "k_cache", G23_F32, 4, sc);
  int nw = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "new", G23_F32, 4, sn);
  int pos = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_SCALAR, "pos", G23_I32, 1, &one);
  int p = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, "p", G23_F32, 1, &three);
  int cw = g23_add(&g, NULL, g23_noloc, G23_OP_CACHE_WRITE, (int[]){cache, nw, pos}, 3, NULL, 0, NULL, 0, NULL);
  int sum = g23_unary(&g, NULL, g23_noloc, G23_OP_RSUM, g23_reshape(&g, NULL, g23_noloc, cw, 1, (int64_t[]){8}));
  int as = g23_binary(&g, NULL, g23_noloc, G23_OP_ASSIGN, p, sum);
  CHECK(cw >= 0 && as >= 0, "in-place ops not built");
  g23_eval_t ev;
  ev_init(&ev, &g);
  ev.values[cache] = vals(8, (double[]){1, 2, 3, 4, 5, 6, 7, 8});
  ev.values[nw] = vals(4, (double[]){-1, -2, -3, -4});
  ev.values[pos] = vals(1, (double[]){1});
  ev.values[p] = vals(3, (double[]){0, 0, 0});
  CHECK(g23_eval(&g, &ev) == 0, "in-place eval");
  const double want[8] = {1, 2, -1, -2, -3, -4, 7, 8};
  for (int i = 0; i < 8; i++) {
    CHECK(ev.values[cache][i] == want[i], "cache[%d] = %g, want %g", i, ev.values[cache][i], want[i]);
    CHECK(ev.values[cw][i] == want[i], "cache_write output [%d] = %g, want %g", i, ev.values[cw][i], want[i]);
  }
  for (int i = 0; i < 3; i++) CHECK(ev.values[p][i] == 8, "assigned param [%d] = %g, want 8", i, ev.values[p][i]);
  ev.values[pos][0] = 3; /* 3 + 2 rows > 4: out of the cache */
  CHECK(g23_eval(&g, &ev) == -1, "cache_write past the end accepted");
  g23_eval_free(&ev);
  g23_graph_free(&g);
}

/* ---- (d) shape diagnostics ------------------------------------------------ */

static char *diag_text(g23_diag_t *d, FILE *f, char **buf) {
  fflush(f);
  (void)d;
  return *buf;
}

static void test_diagnostics(void) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  g23_diag_t d;
  g23_diag_init(&d, f);
  const char *src = "y = a + b\nz = a @ b\n";
  g23_srcfile_t *file = g23_diag_add_file(&d, "model.net", g23_xstrdup(src), strlen(src));
  g23_loc_t l1 = {file, 1, 5, 5}, l2 = {file, 2, 5, 5};
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int64_t sa[3] = {16, 128, 64}, sb[3] = {16, 128, 32}, m1[2] = {2, 3}, m2[2] = {4, 5}, r[2] = {4, 2};
  int a = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "a", G23_F32, 3, sa);
  int b = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "b", G23_F32, 3, sb);
  CHECK(g23_binary(&g, &d, l1, G23_OP_ADD, a, b) == -1, "bad add accepted");
  CHECK(strstr(diag_text(&d, f, &buf),
               "model.net:1:5: error: cannot add f32[16, 128, 64] and f32[16, 128, 32]: dimension 2 differs (64 vs 32)"),
        "add diagnostic:\n%s", buf);
  CHECK(strstr(buf, "y = a + b"), "diagnostic lacks the source line:\n%s", buf);
  int c = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "c", G23_F32, 2, m1);
  int e = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "e", G23_F32, 2, m2);
  CHECK(g23_matmul(&g, &d, l2, c, e, false, false) == -1, "bad matmul accepted");
  CHECK(strstr(diag_text(&d, f, &buf),
               "model.net:2:5: error: cannot matmul f32[2, 3] and f32[4, 5]: inner dimensions differ (3 vs 4)"),
        "matmul diagnostic:\n%s", buf);
  CHECK(g23_reshape(&g, &d, l1, c, 2, r) == -1, "bad reshape accepted");
  CHECK(strstr(diag_text(&d, f, &buf), "error: cannot reshape f32[2, 3] to [4, 2]: 6 elements vs 8"),
        "reshape diagnostic:\n%s", buf);
  int64_t big[2] = {(int64_t)1 << 21, (int64_t)1 << 20};
  CHECK(g23_add(&g, &d, l1, G23_OP_PARAM, NULL, 0, NULL, 0, NULL, 2, big) == -1, "2^41 elements accepted");
  CHECK(strstr(diag_text(&d, f, &buf), "has more than 2^40 elements"), "size diagnostic:\n%s", buf);
  int64_t slice[3] = {1, 2, 2};
  CHECK(g23_add(&g, &d, l1, G23_OP_SLICE, &c, 1, slice, 3, NULL, 0, NULL) == -1, "bad slice accepted");
  CHECK(strstr(diag_text(&d, f, &buf), "slice [2, 4) of axis 1 is out of range for f32[2, 3]"), "slice diagnostic:\n%s",
        buf);
  int errors = d.errors;
  CHECK(errors == 5, "%d errors reported, want 5", errors);
  /* a -1 input fails silently: the first error is the one worth reading */
  CHECK(g23_binary(&g, &d, l1, G23_OP_MUL, -1, a) == -1 && d.errors == errors, "-1 input reported again");
  CHECK(g23_verify(&g, &d) == 0, "graph with rejected nodes does not verify");
  g23_graph_free(&g);
  g23_diag_free(&d);
  fclose(f);
  free(buf);
}

/* ---- (e) AdamW against a hand-written float64 step ------------------------ */

static int find(const g23_graph_t *g, const char *name) {
  for (int i = 0; i < g->n; i++)
    if (g->nodes[i].name && strcmp(g->nodes[i].name, name) == 0) return i;
  return -1;
}

static void adamw_case(double clip) {
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int64_t s1[2] = {3, 4}, s2 = 4, n1 = 12;
  int p1 = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, "w", G23_F32, 2, s1);
  int p2 = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, "b", G23_F32, 1, &s2);
  g.nodes[p2].no_decay = true;
  int wt = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "t", G23_F32, 2, s1);
  /* loss = sum(w * t) + sum(b * b): gradients t and 2 b */
  int l1 = g23_unary(&g, &d, g23_noloc, G23_OP_RSUM,
                     g23_reshape(&g, &d, g23_noloc, g23_binary(&g, &d, g23_noloc, G23_OP_MUL, p1, wt), 1, &n1));
  int l2 = g23_unary(&g, &d, g23_noloc, G23_OP_RSUM, g23_binary(&g, &d, g23_noloc, G23_OP_MUL, p2, p2));
  int loss = g23_binary(&g, &d, g23_noloc, G23_OP_ADD, l1, l2);
  g23_graph_output(&g, loss, "loss");
  int params[2] = {p1, p2}, grads[2];
  CHECK(g23_autodiff(&g, &d, loss, params, 2, grads) == 0, "autodiff");
  g23_adamw_t opt = G23_ADAMW_DEFAULTS;
  CHECK(g23_adamw_build(&g, &d, &opt, params, grads, 2) == 0, "adamw build");
  CHECK(g23_verify(&g, &d) == 0, "adamw graph does not verify");
  int gw = find(&g, "grad:w"), gb = find(&g, "grad:b");
  CHECK(gw >= 0 && g.nodes[gw].role == G23_ROLE_GRAD && gb >= 0 && g.nodes[gb].role == G23_ROLE_GRAD,
        "gradients are not named grad:<param> with role grad");
  int mw = find(&g, "adam_m:w"), vw = find(&g, "adam_v:w"), mb = find(&g, "adam_m:b"), vb = find(&g, "adam_v:b");
  CHECK(mw >= 0 && vw >= 0 && mb >= 0 && vb >= 0, "moments missing");
  if (mw < 0 || vw < 0 || mb < 0 || vb < 0) return;
  CHECK(g.nodes[mw].op == G23_OP_STATE && g.nodes[mw].role == G23_ROLE_OPTSTATE, "adam_m:w is not optimizer state");
  int gn = find(&g, "grad_norm");
  CHECK(gn >= 0 && g.nodes[gn].role == G23_ROLE_OUTPUT, "no grad_norm output");

  double w[12], t[12], b[4], m1[12], v1[12], m2[4], v2[4];
  for (int i = 0; i < 12; i++) w[i] = 0.1 * i - 0.5, t[i] = 0.3 * ((i * 7) % 5) - 0.6, m1[i] = 0.01 * i, v1[i] = 0.002 * (i + 1);
  for (int i = 0; i < 4; i++) b[i] = 0.2 * i - 0.3, m2[i] = -0.02 * i, v2[i] = 0.001 * (i + 2);
  const double lr = 0.01, wd = 0.1, b1 = 1 - pow(0.9, 3), b2 = 1 - pow(0.95, 3);
  g23_eval_t ev;
  ev_init(&ev, &g);
  ev.values[p1] = vals(12, w), ev.values[p2] = vals(4, b), ev.values[wt] = vals(12, t);
  ev.values[mw] = vals(12, m1), ev.values[vw] = vals(12, v1), ev.values[mb] = vals(4, m2), ev.values[vb] = vals(4, v2);
  ev.values[find(&g, "lr")] = vals(1, &lr);
  ev.values[find(&g, "weight_decay")] = vals(1, &wd);
  ev.values[find(&g, "grad_clip")] = vals(1, &clip);
  ev.values[find(&g, "bias1")] = vals(1, &b1);
  ev.values[find(&g, "bias2")] = vals(1, &b2);
  CHECK(g23_eval(&g, &ev) == 0, "adamw eval");

  /* the reference step */
  double gw_[12], gb_[4], ss = 0;
  for (int i = 0; i < 12; i++) gw_[i] = t[i], ss += t[i] * t[i];
  for (int i = 0; i < 4; i++) gb_[i] = 2 * b[i], ss += gb_[i] * gb_[i];
  double norm = sqrt(ss), scale = clip > 0 ? fmin(1, clip / (norm + 1e-6)) : 1;
  CHECK(clip <= 0 || scale < 1, "the clipping case does not clip");
  CHECK(CLOSE(ev.values[gn][0], norm, 1e-14), "grad_norm %.15g, want %.15g", ev.values[gn][0], norm);
  for (int pi = 0; pi < 2; pi++) {
    int np = pi ? 4 : 12;
    double *p = pi ? b : w, *gr = pi ? gb_ : gw_, *m = pi ? m2 : m1, *v = pi ? v2 : v1;
    int pid = pi ? p2 : p1, mid = pi ? mb : mw, vid = pi ? vb : vw;
    for (int i = 0; i < np; i++) {
      double gc = gr[i] * scale;
      double mm = 0.9 * m[i] + 0.1 * gc, vv = 0.95 * v[i] + 0.05 * gc * gc;
      double upd = (mm / b1) / (sqrt(vv / b2) + 1e-8) + (pi ? 0 : wd * p[i]);
      double want = p[i] - lr * upd;
      CHECK(CLOSE(ev.values[pid][i], want, 1e-13), "clip %g param %s[%d] = %.15g, want %.15g", clip, pi ? "b" : "w", i,
            ev.values[pid][i], want);
      CHECK(CLOSE(ev.values[mid][i], mm, 1e-13), "adam_m[%d]", i);
      CHECK(CLOSE(ev.values[vid][i], vv, 1e-13), "adam_v[%d]", i);
    }
  }
  g23_eval_free(&ev);
  g23_graph_free(&g);
  g23_diag_free(&d);
}

/* Two parameters with one gradient node: each gets its own, named once;
 * a gradient named beforehand is kept as it is. */
static void test_grad_names(void) {
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int64_t three = 3;
  int a = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, "a", G23_F32, 1, &three);
  int b = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, "b", G23_F32, 1, &three);
  int c = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, "c", G23_F32, 1, &three);
  int s = g23_binary(&g, &d, g23_noloc, G23_OP_ADD, g23_binary(&g, &d, g23_noloc, G23_OP_ADD, a, b),
                     g23_binary(&g, &d, g23_noloc, G23_OP_MUL, c, c));
  int loss = g23_unary(&g, &d, g23_noloc, G23_OP_RSUM, s);
  int params[3] = {a, b, c}, grads[3];
  CHECK(g23_autodiff(&g, &d, loss, params, 3, grads) == 0, "autodiff");
  CHECK(grads[0] == grads[1], "a + b: expected one shared gradient node");
  g.nodes[grads[2]].role = G23_ROLE_GRAD;
  g.nodes[grads[2]].name = g23_xstrdup("grad:c");
  g23_adamw_t opt = G23_ADAMW_DEFAULTS;
  CHECK(g23_adamw_build(&g, &d, &opt, params, grads, 3) == 0, "adamw build");
  int count[3] = {0};
  for (int i = 0; i < g.n; i++)
    for (int k = 0; k < 3; k++) {
      char want[16];
      snprintf(want, sizeof want, "grad:%c", "abc"[k]);
      count[k] += g.nodes[i].name && strcmp(g.nodes[i].name, want) == 0;
    }
  CHECK(count[0] == 1 && count[1] == 1 && count[2] == 1, "gradient names: a %d, b %d, c %d", count[0], count[1],
        count[2]);
  CHECK(find(&g, "grad:c") == grads[2], "the named gradient of c was not kept");
  CHECK(g23_verify(&g, &d) == 0, "graph does not verify");
  g23_graph_free(&g);
  g23_diag_free(&d);
}

/* ---- (f) score expressions ------------------------------------------------ */

static g23_sexpr_t *X0(void) {
  g23_sexpr_t *x = g23_sx_new(G23_SX_EXTRA);
  x->per_head = true;
  return x;
}
#define S() g23_sx_new(G23_SX_S)
#define NUM(v) g23_sx_num(v)
#define OP2(o, a, b) g23_sx_op(G23_OP_##o, a, b, NULL)
/* inner(s, x) = 0.8 s + 1.3 x0[h] - 0.1 i: positive at the test point */
static g23_sexpr_t *inner(void) {
  return OP2(SUB, OP2(ADD, OP2(MUL, S(), NUM(0.8)), OP2(MUL, X0(), NUM(1.3))), OP2(MUL, NUM(0.1), g23_sx_new(G23_SX_I)));
}
static g23_sexpr_t *other(void) { return OP2(ADD, OP2(MUL, S(), S()), X0()); }

static void check_diff(const char *what, g23_sexpr_t *e) {
  double x0[2] = {0.4, 0.9};
  const double *ex[1] = {x0};
  const double s = 0.7, i = 3, j = 1, h = 1, eps = 1e-6;
  for (int wrt = -1; wrt <= 0; wrt++) {
    g23_sexpr_t *de = g23_sx_diff(e, wrt);
    double an = g23_sx_eval(de, s, i, j, h, ex), fd;
    if (wrt < 0) {
      fd = (g23_sx_eval(e, s + eps, i, j, h, ex) - g23_sx_eval(e, s - eps, i, j, h, ex)) / (2 * eps);
    } else {
      double xp[2] = {0.4, 0.9 + eps}, xm[2] = {0.4, 0.9 - eps};
      const double *ep[1] = {xp}, *em[1] = {xm};
      fd = (g23_sx_eval(e, s, i, j, h, ep) - g23_sx_eval(e, s, i, j, h, em)) / (2 * eps);
    }
    CHECK(fabs(an - fd) <= 1e-7 + 1e-6 * fabs(an), "score %s: d/d%s = %.12g, finite difference %.12g", what,
          wrt < 0 ? "s" : "x0", an, fd);
    g23_sx_free(de);
  }
  g23_sx_free(e);
}

static void test_sexpr(void) {
  static const g23_op_t unary[] = {G23_OP_NEG,  G23_OP_EXP,  G23_OP_LOG,       G23_OP_SQRT, G23_OP_RSQRT,
                                   G23_OP_RECIP, G23_OP_TANH, G23_OP_SIGMOID,   G23_OP_SILU, G23_OP_RELU, G23_OP_GELU,
                                   G23_OP_GELU_GRAD, G23_OP_SIN, G23_OP_COS, G23_OP_ABS, G23_OP_SIGN, G23_OP_CAST,
                                   G23_OP_FLOOR};
  for (size_t k = 0; k < sizeof unary / sizeof *unary; k++)
    check_diff(g23_ops[unary[k]].name, g23_sx_op(unary[k], inner(), NULL, NULL));
  static const g23_op_t binary[] = {G23_OP_ADD, G23_OP_SUB, G23_OP_MUL, G23_OP_DIV, G23_OP_POW, G23_OP_MAX,
                                    G23_OP_MIN, G23_OP_LT,  G23_OP_LE,  G23_OP_EQ,  G23_OP_NE,  G23_OP_MOD};
  for (size_t k = 0; k < sizeof binary / sizeof *binary; k++) {
    check_diff(g23_ops[binary[k]].name, g23_sx_op(binary[k], inner(), other(), NULL));
    check_diff(g23_ops[binary[k]].name, g23_sx_op(binary[k], other(), inner(), NULL));
  }
  check_diff("where", g23_sx_op(G23_OP_WHERE, OP2(LT, S(), NUM(0.5)), inner(), other()));
  check_diff("where taken", g23_sx_op(G23_OP_WHERE, OP2(LT, NUM(0.5), S()), inner(), other()));

  check_diff("where ==", g23_sx_op(G23_OP_WHERE, OP2(EQ, OP2(MOD, g23_sx_new(G23_SX_I), NUM(2)), g23_sx_new(G23_SX_J)),
                                   inner(), other()));

  /* Block-local and strided masks on positions: the values of
   * where(floor(i / 4) == floor(j / 4), s, -1e9) and
   * where(i % 3 != j % 3, s * 2, s) - (i - j <= 1), against plain C. */
  g23_sexpr_t *blk = g23_sx_op(G23_OP_WHERE,
                               OP2(EQ, g23_sx_op(G23_OP_FLOOR, OP2(DIV, g23_sx_new(G23_SX_I), NUM(4)), NULL, NULL),
                                   g23_sx_op(G23_OP_FLOOR, OP2(DIV, g23_sx_new(G23_SX_J), NUM(4)), NULL, NULL)),
                               S(), NUM(-1e9));
  g23_sexpr_t *strd = OP2(SUB,
                          g23_sx_op(G23_OP_WHERE,
                                    OP2(NE, OP2(MOD, g23_sx_new(G23_SX_I), NUM(3)), OP2(MOD, g23_sx_new(G23_SX_J), NUM(3))),
                                    OP2(MUL, S(), NUM(2)), S()),
                          OP2(LE, OP2(SUB, g23_sx_new(G23_SX_I), g23_sx_new(G23_SX_J)), NUM(1)));
  for (int qi = 0; qi < 12; qi++)
    for (int kj = 0; kj <= qi; kj++) {
      double sv = 0.25 * qi - 0.5 * kj;
      double want = qi / 4 == kj / 4 ? sv : -1e9;
      double got = g23_sx_eval(blk, sv, qi, kj, 0, NULL);
      CHECK(got == want, "block-local score at i %d j %d: %g, want %g", qi, kj, got, want);
      want = (qi % 3 != kj % 3 ? 2 * sv : sv) - (qi - kj <= 1);
      got = g23_sx_eval(strd, sv, qi, kj, 0, NULL);
      CHECK(got == want, "strided score at i %d j %d: %g, want %g", qi, kj, got, want);
    }
  g23_sexpr_t *dblk = g23_sx_diff(blk, -1);
  CHECK(g23_sx_eval(dblk, 0.3, 5, 4, 0, NULL) == 1 && g23_sx_eval(dblk, 0.3, 4, 3, 0, NULL) == 0,
        "d/ds of the block-local score");
  g23_sexpr_t *m73 = OP2(MOD, NUM(-7), NUM(3));
  CHECK(g23_sx_eval(m73, 0, 0, 0, 0, NULL) == 2, "mod takes the divisor's sign");
  g23_sx_free(m73);
  g23_sx_free(dblk);
  g23_sx_free(blk);
  g23_sx_free(strd);

  /* simplification: d/ds (s * 0.125 - x0[h] * (i - j)) is the number 0.125 */
  g23_sexpr_t *al = OP2(SUB, OP2(MUL, S(), NUM(0.125)), OP2(MUL, X0(), OP2(SUB, g23_sx_new(G23_SX_I), g23_sx_new(G23_SX_J))));
  g23_sexpr_t *ds = g23_sx_diff(al, -1);
  CHECK(ds->kind == G23_SX_NUM && ds->num == 0.125, "d/ds of the ALiBi score did not fold to 0.125");
  g23_sexpr_t *dx = g23_sx_diff(al, 0);
  CHECK(g23_sx_eval(dx, 0, 5, 2, 0, (const double *const[]){(double[]){1}}) == -3, "d/dx0 of the ALiBi score");
  g23_buf_t b = {0};
  g23_sx_render(&b, al, "s", "i", "j", "h", "x%d");
  g23_buf_append(&b, "", 1);
  const char *want = "(((s) * 0.125f) - ((x0) * (((float)(i)) - ((float)(j)))))";
  CHECK(strcmp(b.s, want) == 0, "render: %s\nwant %s", b.s, want);
  CHECK(g23_sx_max_extra(al) == 0 && g23_sx_extra_per_head(al, 0), "extra bookkeeping");
  g23_buf_free(&b);
  g23_sx_free(ds);
  g23_sx_free(dx);
  g23_sx_free(al);
}

/* ---- dumps ------------------------------------------------------------------- */

static void test_dump(void) {
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  const char *src = "y = a + b\n";
  g23_srcfile_t *file = g23_diag_add_file(&d, "model.net", g23_xstrdup(src), strlen(src));
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int64_t s[2] = {2, 3};
  int a = g23_leaf(&g, (g23_loc_t){file, 1, 5, 1}, G23_OP_PARAM, G23_ROLE_PARAM, "a", G23_F32, 2, s);
  g.nodes[a].init = G23_INIT_NORMAL;
  g.nodes[a].init_arg = 0.02;
  int b = g23_leaf(&g, (g23_loc_t){file, 1, 9, 1}, G23_OP_INPUT, G23_ROLE_INPUT, "b", G23_F32, 2, s);
  int y = g23_binary(&g, &d, (g23_loc_t){file, 1, 5, 5}, G23_OP_ADD, a, b);
  g23_graph_output(&g, y, "y");
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  g23_dump_ir(f, &g);
  g23_dump_dot(f, &g);
  fclose(f);
  CHECK(strstr(buf, "%0 = param \"a\" : f32[2, 3] role=param init=normal(0.02)  # model.net:1:5\n"), "dump:\n%s", buf);
  CHECK(strstr(buf, "%2 = add(%0, %1) \"y\" : f32[2, 3] role=output  # model.net:1:5\n"), "dump:\n%s", buf);
  CHECK(strstr(buf, "n0 -> n2;"), "dot:\n%s", buf);
  free(buf);
  g23_graph_t c;
  g23_graph_copy(&c, &g);
  CHECK(c.n == g.n && c.nout == 1 && strcmp(c.nodes[y].name, "y") == 0 && c.nodes[y].name != g.nodes[y].name,
        "graph copy");
  g23_graph_free(&c);
  g23_graph_free(&g);
  g23_diag_free(&d);
}

/* An error found by autodiff, after lowering, carries the "in layer X called
 * from here" notes of the layer calls the node was built in (its frame), as
 * an error found while lowering does. */
static void test_autodiff_frame_notes(void) {
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  g23_diag_t d;
  g23_diag_init(&d, f);
  const char *src = "layer total(t) {\n  return sum(flatten(t))\n}\nlayer wrap(t) {\n  return total(t)\n}\nloss wrap(t)\n";
  g23_srcfile_t *file = g23_diag_add_file(&d, "model.net", g23_xstrdup(src), strlen(src));
  g23_loc_t in_total = {file, 2, 10, 16}, call_total = {file, 5, 10, 8}, call_wrap = {file, 7, 6, 7};
  int wrap = g23_diag_frame(&d, 0, "wrap", call_wrap);
  int total = g23_diag_frame(&d, wrap, "total", call_total);
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int64_t s[1] = {4};
  int t = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "t", G23_I32, 1, s);
  g.frame = total;
  int loss = g23_unary(&g, &d, in_total, G23_OP_RSUM, t); /* an i32 "loss": autodiff refuses it */
  g.frame = 0;
  CHECK(loss >= 0, "sum not built");
  int grad;
  CHECK(g23_autodiff(&g, &d, loss, &t, 0, &grad) == -1, "an i32 loss was differentiated");
  diag_text(&d, f, &buf);
  const char *e = strstr(buf, "model.net:2:10: error: the loss must be a float scalar, got i32[1]");
  const char *n1 = e ? strstr(e, "model.net:5:10: note: in layer total called from here") : NULL;
  const char *n2 = n1 ? strstr(n1, "model.net:7:6: note: in layer wrap called from here") : NULL;
  CHECK(e && n1 && n2, "autodiff error without its layer-call notes, innermost first:\n%s", buf);
  g23_graph_free(&g);
  g23_diag_free(&d);
  fclose(f);
  free(buf);
}

int main(void) {
  test_autodiff_frame_notes();
  test_attention_values();
  test_rng_dropout_gelu();
  test_inplace();
  test_diagnostics();
  adamw_case(0.5);
  adamw_case(0);
  test_grad_names();
  test_sexpr();
  test_dump();
  return g23_check_summary("test_ir");
}
