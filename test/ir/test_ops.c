/* test_ops.c: every op of ops.def, from a table of cases.
 *
 * For each case: build leaves for its inputs and the op with g23_add, check
 * the inferred dtype and shape, check a unary op's float64 meaning at the
 * row's reference points and an elementwise op's derivative in a score
 * expression against finite differences, then (for ops through which
 * gradients flow) build loss = sum(out * W) for random W, run g23_autodiff,
 * verify the graph, and compare every gradient element with a central
 * finite difference of the loss through the float64 evaluator.  A final check makes sure no op of
 * ops.def lacks a case.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "test/check.h"

#define MAXIN 8

typedef struct {
  char kind;      /* p: f32 PARAM (differentiated), f: f32 INPUT with integer values in [0, v),
                     x: f32 INPUT like p but not differentiated,
                     i: i32 INPUT in [0, v), q: i32 [1] INPUT = v (seed, position), S: f32 STATE */
  int64_t shape[7]; /* 0-terminated */
  int64_t v;
} tin_t;

enum { SC_NONE, SC_PI, SC_ALIBI, SC_TEMP, SC_SOFTCAP };

typedef struct {
  const char *name;
  g23_op_t op;
  tin_t in[MAXIN];
  int64_t ia[8];
  int nia;
  double fa[2];
  int64_t cshape[7]; /* shape the caller passes (0-terminated) */
  g23_dtype_t wdt;
  int64_t want[7];   /* expected shape */
  double lo, hi;     /* PARAM values in [lo, hi] */
  bool away;         /* ... and random sign: |x| in [lo, hi] */
  int score;
} case_t;

#define P(...) {'p', {__VA_ARGS__, 0}, 0}
#define F(v_, ...) {'f', {__VA_ARGS__, 0}, v_}
#define I(v_, ...) {'i', {__VA_ARGS__, 0}, v_}
#define X(...) {'x', {__VA_ARGS__, 0}, 0}
#define Q(v_) {'q', {1, 0}, v_}
#define ST(...) {'S', {__VA_ARGS__, 0}, 0}
#define SH(...) {__VA_ARGS__, 0}
#define OP(e) G23_OP_##e, #e

/* Unary elementwise ops on one [2, 3] parameter, each with two points
 * x0, f(x0), x1, f(x1) of its float64 meaning, computed independently
 * (Python's math module). */
typedef struct {
  case_t c;
  double ref[4];
} unary_t;
#define UN(e, lo_, hi_, away_, ...) \
  {{#e, G23_OP_##e, {P(2, 3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), lo_, hi_, away_, 0}, {__VA_ARGS__}}

static const unary_t unary_cases[] = {
    UN(NEG, -1, 1, false, -1.5, 1.5, 0.75, -0.75),
    UN(EXP, -1, 1, false, -1.5, 0.22313016014842982, 0.75, 2.1170000166126748),
    UN(LOG, 0.5, 2, false, 0.5, -0.69314718055994529, 2.0, 0.69314718055994529),
    UN(SQRT, 0.5, 2, false, 0.5, 0.70710678118654757, 2.0, 1.4142135623730951),
    UN(RSQRT, 0.5, 2, false, 0.5, 1.4142135623730949, 2.0, 0.70710678118654746),
    UN(RECIP, 0.5, 2, true, -0.5, -2, 2.0, 0.5),
    UN(TANH, -2, 2, false, -1.5, -0.9051482536448664, 0.75, 0.6351489523872873),
    UN(SIGMOID, -2, 2, false, -1.5, 0.18242552380635635, 0.75, 0.67917869917539297),
    UN(SILU, -4, 4, false, -1.5, -0.27363828570953452, 0.75, 0.50938402438154473),
    UN(SOFTPLUS, -4, 4, false, -1.5, 0.20141327798275241, 0.75, 1.1368710061148999),
    UN(RELU, 0.1, 1, true, -0.5, 0, 0.75, 0.75),
    UN(GELU, -3, 3, false, -1.5, -0.10042842301976707, 0.75, 0.57996055516562028),
    UN(GELU_GRAD, -3, 3, false, -1.5, -0.12771079315143311, 0.75, 0.99893825613741427),
    UN(SIN, -3, 3, false, -1.5, -0.99749498660405445, 0.75, 0.68163876002333412),
    UN(COS, -3, 3, false, -1.5, 0.070737201667702906, 0.75, 0.7316888688738209),
    UN(ABS, 0.1, 1, true, -0.5, 0.5, 0.75, 0.75),
    UN(SIGN, 0.1, 1, true, -0.5, -1, 0.75, 1),
    UN(STOP_GRAD, 0.1, 1, true, -1.5, -1.5, 0.75, 0.75),
    UN(FLOOR, -2, 2, false, -1.5, -2, 0.75, 0),
};
#define NUNARY ((int)(sizeof unary_cases / sizeof *unary_cases))

static const case_t cases[] = {
    {"POSITIONS", G23_OP_POSITIONS, {Q(3)}, {5}, 1, {0}, {0}, G23_I32, SH(5), 0, 0, 0, 0},
    {"ONEHOT", G23_OP_ONEHOT, {I(4, 2, 3, 1)}, {4}, 1, {0}, {0}, G23_F32, SH(2, 3, 4), 0, 0, 0, 0},
    {"CAST", G23_OP_CAST, {P(2, 3)}, {G23_BF16}, 1, {0}, {0}, G23_BF16, SH(2, 3), -1, 1, false, 0},
    {"DROPOUT", G23_OP_DROPOUT, {P(4, 8), Q(1234)}, {7}, 1, {0.3}, {0}, G23_F32, SH(4, 8), -1, 1, false, 0},
    {"ADD broadcast", G23_OP_ADD, {P(2, 3, 4), P(3, 1)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3, 4), -1, 1, false, 0},
    {"ADD same", G23_OP_ADD, {P(2, 3), P(2, 3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"SUB broadcast", G23_OP_SUB, {P(4), P(2, 3, 4)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3, 4), -1, 1, false, 0},
    {"MUL broadcast", G23_OP_MUL, {P(2, 1, 4), P(3, 1)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3, 4), -1, 1, false, 0},
    {"DIV broadcast", G23_OP_DIV, {P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), 0.5, 2, true, 0},
    {"POW broadcast", G23_OP_POW, {P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), 0.5, 2, false, 0},
    {"MAX", G23_OP_MAX, {P(2, 3), P(2, 3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"MIN broadcast", G23_OP_MIN, {P(2, 3), P(1)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"LT", G23_OP_LT, {P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"LE", G23_OP_LE, {P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"EQ", G23_OP_EQ, {P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"EQ i32", G23_OP_EQ, {I(3, 2, 3), I(3, 3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"NE i32 and f32", G23_OP_NE, {I(3, 2, 3), F(3, 3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"FLOOR i32", G23_OP_FLOOR, {I(5, 2, 3)}, {0}, 0, {0}, {0}, G23_I32, SH(2, 3), -1, 1, false, 0},
    {"MOD broadcast", G23_OP_MOD, {P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), 0.3, 2, true, 0},
    {"MOD i32", G23_OP_MOD, {I(9, 2, 3), I(3, 3)}, {0}, 0, {0}, {0}, G23_I32, SH(2, 3), -1, 1, false, 0},
    {"WHERE broadcast", G23_OP_WHERE, {F(2, 2, 3), P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"RSUM", G23_OP_RSUM, {P(2, 3, 4)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3, 1), -1, 1, false, 0},
    {"RMAX", G23_OP_RMAX, {P(2, 5)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 1), -1, 1, false, 0},
    {"RESHAPE", G23_OP_RESHAPE, {P(2, 6)}, {0}, 0, {0}, SH(3, 4), G23_F32, SH(3, 4), -1, 1, false, 0},
    {"PERMUTE", G23_OP_PERMUTE, {P(2, 3, 4)}, {2, 0, 1}, 3, {0}, {0}, G23_F32, SH(4, 2, 3), -1, 1, false, 0},
    {"EXPAND", G23_OP_EXPAND, {P(3, 1)}, {0}, 0, {0}, SH(2, 3, 4), G23_F32, SH(2, 3, 4), -1, 1, false, 0},
    {"SLICE", G23_OP_SLICE, {P(3, 5)}, {1, 1, 3}, 3, {0}, {0}, G23_F32, SH(3, 3), -1, 1, false, 0},
    {"PAD", G23_OP_PAD, {P(3, 2)}, {1, 1}, 2, {0}, SH(3, 5), G23_F32, SH(3, 5), -1, 1, false, 0},
    {"CONCAT", G23_OP_CONCAT, {P(2, 3), P(2, 1), P(2, 2)}, {1}, 1, {0}, {0}, G23_F32, SH(2, 6), -1, 1, false, 0},
    {"CONCAT axis 0", G23_OP_CONCAT, {P(1, 3), P(2, 3)}, {0}, 1, {0}, {0}, G23_F32, SH(3, 3), -1, 1, false, 0},
    {"REDUCE_TO", G23_OP_REDUCE_TO, {P(2, 3, 4)}, {0}, 0, {0}, SH(3, 1), G23_F32, SH(3, 1), -1, 1, false, 0},
    {"MATMUL 2d", G23_OP_MATMUL, {P(3, 4), P(4, 5)}, {0, 0}, 2, {0}, {0}, G23_F32, SH(3, 5), -1, 1, false, 0},
    {"MATMUL shared weight", G23_OP_MATMUL, {P(2, 3, 4), P(4, 5)}, {0, 0}, 2, {0}, {0}, G23_F32, SH(2, 3, 5), -1, 1, false, 0},
    {"MATMUL batched", G23_OP_MATMUL, {P(2, 3, 4), P(2, 4, 5)}, {0, 0}, 2, {0}, {0}, G23_F32, SH(2, 3, 5), -1, 1, false, 0},
    {"MATMUL ta tb shared", G23_OP_MATMUL, {P(2, 4, 3), P(5, 4)}, {1, 1}, 2, {0}, {0}, G23_F32, SH(2, 3, 5), -1, 1, false, 0},
    {"MATMUL tb 2d", G23_OP_MATMUL, {P(3, 4), P(5, 4)}, {0, 1}, 2, {0}, {0}, G23_F32, SH(3, 5), -1, 1, false, 0},
    {"MATMUL ta batched", G23_OP_MATMUL, {P(2, 4, 3), P(2, 4, 5)}, {1, 0}, 2, {0}, {0}, G23_F32, SH(2, 3, 5), -1, 1, false, 0},
    {"MATMUL tb batched 4d", G23_OP_MATMUL, {P(2, 2, 3, 4), P(2, 2, 5, 4)}, {0, 1}, 2, {0}, {0}, G23_F32, SH(2, 2, 3, 5), -1, 1, false, 0},
    {"GATHER", G23_OP_GATHER, {P(6, 3), I(6, 2, 4)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 4, 3), -1, 1, false, 0},
    {"SCATTER_ADD", G23_OP_SCATTER_ADD, {P(2, 4, 3), I(5, 2, 4)}, {0}, 0, {0}, SH(5, 3), G23_F32, SH(5, 3), -1, 1, false, 0},
    {"ATTENTION causal", G23_OP_ATTENTION, {P(2, 2, 4, 3), P(2, 2, 4, 3), P(2, 2, 4, 3), Q(0)}, {1, 0}, 2, {0}, {0},
     G23_F32, SH(2, 2, 4, 3), -1, 1, false, SC_NONE},
    {"ATTENTION full", G23_OP_ATTENTION, {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(0)}, {0, 0}, 2, {0}, {0},
     G23_F32, SH(1, 2, 4, 3), -1, 1, false, SC_NONE},
    {"ATTENTION causal window", G23_OP_ATTENTION, {P(1, 2, 5, 3), P(1, 2, 5, 3), P(1, 2, 5, 3), Q(0)}, {1, 2}, 2, {0},
     {0}, G23_F32, SH(1, 2, 5, 3), -1, 1, false, SC_NONE},
    {"ATTENTION pos 2", G23_OP_ATTENTION, {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(2)}, {1, 3}, 2, {0}, {0},
     G23_F32, SH(1, 2, 4, 3), -1, 1, false, SC_NONE},
    {"ATTENTION pi scale", G23_OP_ATTENTION, {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(0)}, {1, 0}, 2, {0}, {0},
     G23_F32, SH(1, 2, 4, 3), -1, 1, false, SC_PI},
    {"ATTENTION alibi slopes", G23_OP_ATTENTION, {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(0), P(2)}, {1, 0}, 2,
     {0}, {0}, G23_F32, SH(1, 2, 4, 3), 0.2, 1, false, SC_ALIBI},
    {"ATTENTION temperature [1]", G23_OP_ATTENTION, {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(0), P(1)}, {0, 0},
     2, {0}, {0}, G23_F32, SH(1, 2, 4, 3), 0.2, 1, false, SC_TEMP},
    {"ATTENTION softcap", G23_OP_ATTENTION, {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(1), P(2)}, {1, 0}, 2, {0},
     {0}, G23_F32, SH(1, 2, 4, 3), -1, 1, false, SC_SOFTCAP},
    {"ATTENTION decode (S > T)", G23_OP_ATTENTION, {X(1, 2, 2, 3), X(1, 2, 6, 3), X(1, 2, 6, 3), Q(3)}, {1, 0}, 2, {0},
     {0}, G23_F32, SH(1, 2, 2, 3), -1, 1, false, SC_NONE},
    /* S != T: keys of another length than the queries (causal aligns key j
     * with stream position j), cross-attention (all S keys visible whatever
     * pos is), grouped-query and multi-query attention. */
    {"ATTENTION S < T causal alibi", G23_OP_ATTENTION, {P(1, 2, 5, 3), P(1, 2, 3, 3), P(1, 2, 3, 3), Q(0), P(2)},
     {1, 0}, 2, {0}, {0}, G23_F32, SH(1, 2, 5, 3), 0.2, 1, false, SC_ALIBI},
    {"ATTENTION S < T full", G23_OP_ATTENTION, {P(2, 2, 5, 3), P(2, 2, 3, 3), P(2, 2, 3, 3), Q(0)}, {0, 0}, 2, {0},
     {0}, G23_F32, SH(2, 2, 5, 3), -1, 1, false, SC_NONE},
    {"ATTENTION cross S > T softcap", G23_OP_ATTENTION, {P(2, 2, 3, 3), P(2, 2, 6, 3), P(2, 2, 6, 3), Q(0), P(2)},
     {0, 0, 1}, 3, {0}, {0}, G23_F32, SH(2, 2, 3, 3), -1, 1, false, SC_SOFTCAP},
    {"ATTENTION cross causal window pos 2 alibi", G23_OP_ATTENTION,
     {P(1, 2, 3, 3), P(1, 2, 7, 3), P(1, 2, 7, 3), Q(2), P(2)}, {1, 3, 1}, 3, {0}, {0}, G23_F32, SH(1, 2, 3, 3), 0.2,
     1, false, SC_ALIBI},
    {"ATTENTION cross decode (T = 1)", G23_OP_ATTENTION, {P(1, 2, 1, 3), P(1, 2, 5, 3), P(1, 2, 5, 3), Q(3)},
     {0, 0, 1}, 3, {0}, {0}, G23_F32, SH(1, 2, 1, 3), -1, 1, false, SC_NONE},
    {"ATTENTION multi-query (Hkv = 1) alibi", G23_OP_ATTENTION,
     {P(1, 4, 4, 3), P(1, 1, 4, 3), P(1, 1, 4, 3), Q(0), P(4)}, {1, 0}, 2, {0}, {0}, G23_F32, SH(1, 4, 4, 3), 0.2, 1,
     false, SC_ALIBI},
    {"ATTENTION grouped (Hkv = H/2) temperature", G23_OP_ATTENTION,
     {P(2, 4, 4, 3), P(2, 2, 4, 3), P(2, 2, 4, 3), Q(0), P(1)}, {1, 2}, 2, {0}, {0}, G23_F32, SH(2, 4, 4, 3), 0.2, 1,
     false, SC_TEMP},
    {"ATTENTION grouped cross S > T softcap", G23_OP_ATTENTION,
     {P(1, 4, 3, 3), P(1, 2, 5, 3), P(1, 2, 5, 3), Q(1), P(4)}, {0, 0, 1}, 3, {0}, {0}, G23_F32, SH(1, 4, 3, 3), -1, 1,
     false, SC_SOFTCAP},
    /* Attention dropout: the seed follows pos, the extras follow the seed. */
    {"ATTENTION dropout alibi", G23_OP_ATTENTION, {P(2, 2, 5, 3), P(2, 2, 5, 3), P(2, 2, 5, 3), Q(0), Q(1234), P(2)},
     {1, 0, 0, 0, 7}, 5, {0.3}, {0}, G23_F32, SH(2, 2, 5, 3), 0.2, 1, false, SC_ALIBI},
    {"ATTENTION dropout grouped cross softcap", G23_OP_ATTENTION,
     {P(1, 4, 3, 3), P(1, 2, 6, 3), P(1, 2, 6, 3), Q(2), Q(99), P(4)}, {0, 0, 1, 0, 3}, 5, {0.5}, {0}, G23_F32,
     SH(1, 4, 3, 3), -1, 1, false, SC_SOFTCAP},
    {"ATTN_BWD", G23_OP_ATTN_BWD,
     {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(0), P(1, 2, 4, 3), P(1, 2, 4, 3)}, {1, 0}, 2, {0}, {0}, G23_F32,
     SH(72), -1, 1, false, SC_NONE},
    {"ATTN_BWD grouped S != T", G23_OP_ATTN_BWD,
     {P(2, 4, 3, 5), P(2, 2, 6, 5), P(2, 2, 6, 5), Q(0), P(2, 4, 3, 5), P(2, 4, 3, 5)}, {0, 0, 1}, 3, {0}, {0},
     G23_F32, SH(2 * 4 * 3 * 5 + 2 * 2 * 2 * 6 * 5), -1, 1, false, SC_NONE},
    {"ATTN_BWD_EXTRA", G23_OP_ATTN_BWD_EXTRA,
     {P(1, 2, 4, 3), P(1, 2, 4, 3), P(1, 2, 4, 3), Q(0), P(1, 2, 4, 3), P(1, 2, 4, 3), P(2)}, {1, 0, 0, 0}, 4, {0},
     {0}, G23_F32, SH(2), 0.2, 1, false, SC_ALIBI},
    {"CACHE_WRITE", G23_OP_CACHE_WRITE, {ST(1, 2, 6, 3), P(1, 2, 2, 3), Q(3)}, {0}, 0, {0}, {0}, G23_F32,
     SH(1, 2, 6, 3), -1, 1, false, 0},
    {"ASSIGN", G23_OP_ASSIGN, {P(2, 3), P(3)}, {0}, 0, {0}, {0}, G23_F32, SH(2, 3), -1, 1, false, 0},
    {"INPUT", G23_OP_INPUT, {{0}}, {0}, 0, {0}, SH(2, 3), G23_F32, SH(2, 3), 0, 0, 0, 0},
    {"PARAM", G23_OP_PARAM, {{0}}, {0}, 0, {0}, SH(4), G23_F32, SH(4), 0, 0, 0, 0},
    {"STATE", G23_OP_STATE, {{0}}, {0}, 0, {0}, SH(1, 2), G23_F32, SH(1, 2), 0, 0, 0, 0},
    {"CONST", G23_OP_CONST, {{0}}, {0}, 0, {2.5}, SH(3), G23_F32, SH(3), 0, 0, 0, 0},
};
#define NCASES ((int)(sizeof cases / sizeof *cases))

/* a failure of op case c, named by the case */
#define FAILF(c, fmt, ...) FAIL("[%s] " fmt, (c)->name, ##__VA_ARGS__)

static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static double rnd(void) { /* uniform [0, 1) */
  rng_state ^= rng_state << 13;
  rng_state ^= rng_state >> 7;
  rng_state ^= rng_state << 17;
  return (double)(rng_state >> 11) / 9007199254740992.0;
}

static int rank_of(const int64_t *s) {
  int r = 0;
  while (r < 7 && s[r]) r++;
  return r;
}

static g23_sexpr_t *make_score(int which) {
  g23_sexpr_t *s = g23_sx_new(G23_SX_S);
  switch (which) {
  case SC_PI: /* s / sqrt(pi * seq^2), seq = 4 */
    return g23_sx_op(G23_OP_DIV, s, g23_sx_op(G23_OP_SQRT, g23_sx_op(G23_OP_MUL, g23_sx_num(M_PI), g23_sx_num(16), NULL), NULL, NULL), NULL);
  case SC_ALIBI: { /* s * rsqrt(3) - slope[h] * (i - j) */
    g23_sexpr_t *slope = g23_sx_new(G23_SX_EXTRA);
    slope->extra = 0;
    slope->per_head = true;
    g23_sexpr_t *d = g23_sx_op(G23_OP_SUB, g23_sx_new(G23_SX_I), g23_sx_new(G23_SX_J), NULL);
    return g23_sx_op(G23_OP_SUB, g23_sx_op(G23_OP_MUL, s, g23_sx_op(G23_OP_RSQRT, g23_sx_num(3), NULL, NULL), NULL),
                     g23_sx_op(G23_OP_MUL, slope, d, NULL), NULL);
  }
  case SC_TEMP: { /* s / t[0] */
    g23_sexpr_t *t = g23_sx_new(G23_SX_EXTRA);
    return g23_sx_op(G23_OP_DIV, s, t, NULL);
  }
  case SC_SOFTCAP: { /* 2 tanh(s / 2) + b[h] * h + exp(-(i - j)) */
    g23_sexpr_t *b = g23_sx_new(G23_SX_EXTRA);
    b->per_head = true;
    g23_sexpr_t *cap = g23_sx_op(G23_OP_MUL, g23_sx_num(2),
                                 g23_sx_op(G23_OP_TANH, g23_sx_op(G23_OP_DIV, s, g23_sx_num(2), NULL), NULL, NULL), NULL);
    g23_sexpr_t *bias = g23_sx_op(G23_OP_MUL, b, g23_sx_new(G23_SX_H), NULL);
    g23_sexpr_t *decay = g23_sx_op(G23_OP_EXP, g23_sx_op(G23_OP_NEG, g23_sx_op(G23_OP_SUB, g23_sx_new(G23_SX_I), g23_sx_new(G23_SX_J), NULL), NULL, NULL), NULL, NULL);
    return g23_sx_op(G23_OP_ADD, g23_sx_op(G23_OP_ADD, cap, bias, NULL), decay, NULL);
  }
  default:
    g23_sx_free(s);
    return NULL;
  }
}

static double *fill(const case_t *c, const tin_t *t, int64_t ne) {
  double *v = g23_xmalloc(ne * sizeof *v);
  for (int64_t e = 0; e < ne; e++) {
    switch (t->kind) {
    case 'p':
    case 'x':
    case 'S':
      if (c->away) v[e] = (c->lo + (c->hi - c->lo) * rnd()) * (rnd() < 0.5 ? -1 : 1);
      else v[e] = c->lo + (c->hi - c->lo) * rnd();
      break;
    case 'f':
    case 'i': v[e] = (double)(int64_t)(rnd() * t->v); break;
    case 'q': v[e] = (double)t->v; break;
    }
  }
  return v;
}

static g23_loc_t at_line(int line) { return (g23_loc_t){NULL, line, 1, 1}; }

static double loss_value(const g23_graph_t *g, g23_eval_t *ev, int loss) {
  if (g23_eval(g, ev)) return NAN;
  return ev->values[loss][0];
}

/* (c) forward: the op's float64 meaning at the row's reference points. */
static void check_reference(const case_t *c, const double *ref) {
  for (int k = 0; k < 2; k++) {
    double x = ref[2 * k], want = ref[2 * k + 1], got = g23_op_eval_f64(c->op, x, 0, 0);
    if (!(fabs(got - want) <= 1e-14 + 1e-13 * fabs(want))) FAILF(c, "f(%g) = %.17g, want %.17g", x, got, want);
  }
}

/* (d) the derivative in a score expression (sexpr.c's instantiation of the
 * op's DERIV template): op(s) or op(s, x0) and op(x0, s), x0 an extra
 * tensor, at the case's input values, against central differences of
 * g23_sx_eval, with respect to s and to x0. */
static void check_score_diff(const case_t *c, const double *v0, const double *v1) {
  int nin = g23_ops[c->op].nin;
  for (int order = 0; order < nin; order++) {
    g23_sexpr_t *x0 = g23_sx_new(G23_SX_EXTRA), *sv = g23_sx_new(G23_SX_S);
    g23_sexpr_t *e = nin == 1 ? g23_sx_op(c->op, sv, NULL, NULL)
                     : order == 0 ? g23_sx_op(c->op, sv, x0, NULL)
                                  : g23_sx_op(c->op, x0, sv, NULL);
    if (nin == 1) g23_sx_free(x0);
    for (int e_ = 0; e_ < 6; e_++) {
      double s = (order == 0 ? v0 : v1)[e_], xv = nin == 1 ? 0 : (order == 0 ? v1 : v0)[e_];
      for (int wrt = -1; wrt < (nin == 1 ? 0 : 1); wrt++) {
        const double eps = 1e-6;
        double xp = xv + (wrt == 0 ? eps : 0), xm = xv - (wrt == 0 ? eps : 0), x[1] = {xv};
        const double *ex[1] = {x}, *ep[1] = {&xp}, *em[1] = {&xm};
        double sp = s + (wrt < 0 ? eps : 0), sm = s - (wrt < 0 ? eps : 0);
        double fd = (g23_sx_eval(e, sp, 0, 0, 0, ep) - g23_sx_eval(e, sm, 0, 0, 0, em)) / (2 * eps);
        g23_sexpr_t *de = g23_sx_diff(e, wrt);
        double an = g23_sx_eval(de, s, 0, 0, 0, ex);
        g23_sx_free(de);
        if (!(fabs(an - fd) <= 1e-7 + 1e-5 * fabs(an)))
          FAILF(c, "score expression %s: d/d%s at s %g, x0 %g: %.12g, finite difference %.12g",
                nin == 1 ? "op(s)" : order == 0 ? "op(s, x0)" : "op(x0, s)", wrt < 0 ? "s" : "x0", s, xv, an, fd);
      }
    }
    g23_sx_free(e);
  }
}

static void run_case(const case_t *c, const double *ref, bool *covered) {
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_graph_t g;
  g23_graph_init(&g, G23_GRAPH_TRAIN);
  int in[MAXIN], nin = 0, params[MAXIN], np = 0;
  for (int k = 0; k < MAXIN && c->in[k].kind; k++) {
    const tin_t *t = &c->in[k];
    char name[16];
    snprintf(name, sizeof name, "in%d", k);
    int r = rank_of(t->shape);
    switch (t->kind) {
    case 'p': in[nin] = g23_leaf(&g, g23_noloc, G23_OP_PARAM, G23_ROLE_PARAM, name, G23_F32, r, t->shape); break;
    case 'f':
    case 'x': in[nin] = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, name, G23_F32, r, t->shape); break;
    case 'i': in[nin] = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, name, G23_I32, r, t->shape); break;
    case 'q': in[nin] = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_SCALAR, name, G23_I32, r, t->shape); break;
    case 'S': in[nin] = g23_leaf(&g, g23_noloc, G23_OP_STATE, G23_ROLE_KVCACHE, name, G23_F32, r, t->shape); break;
    }
    if (t->kind == 'p') params[np++] = in[nin];
    nin++;
  }
  covered[c->op] = true;
  int y;
  if (g23_ops[c->op].cls == G23_CLASS_LEAF) {
    y = c->op == G23_OP_CONST ? g23_const(&g, g23_noloc, c->fa[0], rank_of(c->cshape), c->cshape)
                              : g23_leaf(&g, g23_noloc, c->op,
                                         c->op == G23_OP_INPUT ? G23_ROLE_INPUT
                                         : c->op == G23_OP_PARAM ? G23_ROLE_PARAM
                                                                 : G23_ROLE_OPTSTATE,
                                         "leaf", G23_F32, rank_of(c->cshape), c->cshape);
  } else {
    y = g23_add(&g, &d, at_line(7), c->op, in, nin, c->ia, c->nia, c->fa, rank_of(c->cshape), c->cshape);
  }
  if (y < 0) {
    FAILF(c, "g23_add failed");
    goto out;
  }
  g.nodes[y].score = make_score(c->score);
  /* (a) shape inference */
  const g23_node_t *n = &g.nodes[y];
  int wr = rank_of(c->want);
  if (n->dtype != c->wdt || n->rank != wr || memcmp(n->shape, c->want, wr * sizeof *c->want) != 0) {
    char a[100], b[100];
    FAILF(c, "inferred %s%s, want %s%s", g23_dtype_name(n->dtype), g23_shape_str(n->rank, n->shape, a, sizeof a),
          g23_dtype_name(c->wdt), g23_shape_str(wr, c->want, b, sizeof b));
  }
  if (g23_verify(&g, &d)) FAILF(c, "forward graph does not verify");

  /* values of every leaf */
  g23_eval_t ev = {0};
  ev.values = g23_xcalloc(g.n, sizeof *ev.values);
  ev.n = g.n;
  for (int k = 0; k < nin; k++) ev.values[in[k]] = fill(c, &c->in[k], g23_numel(&g.nodes[in[k]]));
  if (g23_ops[c->op].cls == G23_CLASS_LEAF && c->op != G23_OP_CONST) {
    ev.values[y] = fill(c, &(tin_t){'p', {0}, 0}, g23_numel(n));
  }
  if (g23_eval(&g, &ev)) FAILF(c, "forward evaluation failed");
  if (ref) check_reference(c, ref);
  /* Ops of one or two float inputs that a score expression may hold. */
  bool scalar = g23_ops[c->op].cls == G23_CLASS_ELEMWISE && !(g23_ops[c->op].flags & (G23_F_INPLACE | G23_F_NOGRAD)) &&
                (nin == 1 || nin == 2) && c->in[0].kind == 'p' && (nin == 1 || c->in[1].kind == 'p');
  if (scalar && g23_numel(&g.nodes[in[0]]) >= 6 && (nin == 1 || g23_numel(&g.nodes[in[1]]) >= 6))
    check_score_diff(c, ev.values[in[0]], nin == 2 ? ev.values[in[1]] : NULL);
  if (c->op == G23_OP_CONST)
    for (int64_t e = 0; e < g23_numel(n); e++)
      if (ev.values[y][e] != c->fa[0]) FAILF(c, "const element %lld is %g", (long long)e, ev.values[y][e]);

  bool diff = !(g23_ops[c->op].flags & G23_F_NOGRAD) && g23_ops[c->op].cls != G23_CLASS_LEAF && np > 0;
  if (diff) {
    /* loss = sum(out * W) */
    int w = g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "w", G23_F32, n->rank, n->shape);
    int64_t ne = g23_numel(&g.nodes[y]);
    int prod = g23_binary(&g, &d, at_line(9), G23_OP_MUL, y, w);
    int flat = g23_reshape(&g, &d, at_line(9), prod, 1, &ne);
    int loss = g23_unary(&g, &d, at_line(9), G23_OP_RSUM, flat);
    int grads[MAXIN];
    int nfwd = g.n;
    if (loss < 0 || g23_autodiff(&g, &d, loss, params, np, grads)) {
      FAILF(c, "autodiff failed");
      g23_eval_free(&ev);
      goto out;
    }
    if (g23_verify(&g, &d)) FAILF(c, "graph with gradients does not verify");
    /* Gradient nodes carry the location of the node they differentiate. */
    bool op_rule_seen = false;
    for (int i = nfwd; i < g.n; i++) {
      int line = g.nodes[i].loc.line;
      if (line != 7 && line != 9) FAILF(c, "gradient node %d has location line %d", i, line);
      op_rule_seen |= line == 7;
    }
    /* ADD of equal shapes and CAST to the same dtype pass the gradient on unchanged. */
    if (!op_rule_seen && c->op != G23_OP_ADD && c->op != G23_OP_CAST) FAILF(c, "no gradient node carries the op's location");
    ev.values = g23_xrealloc(ev.values, g.n * sizeof *ev.values);
    for (int i = ev.n; i < g.n; i++) ev.values[i] = NULL;
    ev.n = g.n;
    ev.values[w] = fill(&(case_t){.lo = -1, .hi = 1}, &(tin_t){'p', {0}, 0}, ne);
    if (g23_eval(&g, &ev)) FAILF(c, "gradient evaluation failed");
    /* (b) gradients against central differences */
    const double eps = 1e-6, rtol = 1e-5, atol = 1e-7;
    double *ans[MAXIN]; /* copied before any perturbation */
    for (int p = 0; p < np; p++) {
      int64_t pe = g23_numel(&g.nodes[params[p]]);
      ans[p] = g23_xmalloc(pe * sizeof *ans[p]);
      memcpy(ans[p], ev.values[grads[p]], pe * sizeof *ans[p]);
    }
    for (int p = 0; p < np; p++) {
      int64_t pe = g23_numel(&g.nodes[params[p]]);
      double *an = ans[p];
      double *x = ev.values[params[p]];
      int bad = 0;
      for (int64_t e = 0; e < pe; e++) {
        double x0 = x[e];
        x[e] = x0 + eps;
        double lp = loss_value(&g, &ev, loss);
        x[e] = x0 - eps;
        double lm = loss_value(&g, &ev, loss);
        x[e] = x0;
        double fd = (lp - lm) / (2 * eps);
        if (!(fabs(fd - an[e]) <= atol + rtol * fabs(an[e]))) {
          if (bad++ < 3)
            FAILF(c, "d loss / d input %d [%lld]: autodiff %.12g, finite difference %.12g", p, (long long)e, an[e], fd);
        }
      }
      free(an);
    }
  }
  g23_eval_free(&ev);
out:
  g23_graph_free(&g);
  g23_diag_free(&d);
}

/* The visibility rule, head mapping and dropout mask of ops.def, written out
 * once more: the evaluator's ATTENTION against a plain softmax over the keys
 * that the rule admits, for causal or not, cross or not, grouped heads,
 * pos > 0, dropout. */
static void attention_semantics(void) {
  static const struct {
    int64_t H, Hkv, T, S, pos;
    bool causal, cross;
    int64_t window;
    double drop;
  } vs[] = {
      {2, 2, 1, 6, 3, false, true, 0, 0},   /* cross decode: all six keys, whatever pos */
      {2, 2, 1, 6, 3, false, false, 0, 0},  /* a KV cache at pos 3: keys 0..3 */
      {4, 1, 3, 5, 1, true, true, 0, 0},    /* multi-query, causal across a cross stream */
      {4, 2, 5, 3, 0, true, false, 2, 0},   /* grouped, S < T, window */
      {6, 3, 2, 4, 0, false, false, 0, 0},  /* S > T, not cross: keys 0..1 only */
      {4, 2, 5, 7, 0, false, true, 0, 0.4}, /* dropout, grouped cross */
  };
  const int32_t seed = 4321;
  const int64_t stream = 5;
  for (size_t c = 0; c < sizeof vs / sizeof *vs; c++) {
    int64_t B = 2, H = vs[c].H, Hkv = vs[c].Hkv, T = vs[c].T, S = vs[c].S, D = 3;
    g23_diag_t d;
    g23_diag_init(&d, stderr);
    g23_graph_t g;
    g23_graph_init(&g, G23_GRAPH_EVAL);
    int64_t sq[] = {B, H, T, D}, sk[] = {B, Hkv, S, D}, one[] = {1};
    int in[5] = {g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "q", G23_F32, 4, sq),
                 g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "k", G23_F32, 4, sk),
                 g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_INPUT, "v", G23_F32, 4, sk),
                 g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_SCALAR, "pos", G23_I32, 1, one),
                 g23_leaf(&g, g23_noloc, G23_OP_INPUT, G23_ROLE_SCALAR, "seed", G23_I32, 1, one)};
    int64_t ia[5] = {vs[c].causal, vs[c].window, vs[c].cross, 0, stream};
    double fa[2] = {vs[c].drop, 0};
    int y = g23_add(&g, &d, g23_noloc, G23_OP_ATTENTION, in, vs[c].drop > 0 ? 5 : 4, ia, 5, fa, 0, NULL);
    g23_eval_t ev = {0};
    ev.values = g23_xcalloc(g.n, sizeof *ev.values);
    ev.n = g.n;
    case_t any = {.lo = -1, .hi = 1};
    for (int k = 0; k < 3; k++) ev.values[in[k]] = fill(&any, &(tin_t){'p', {0}, 0}, g23_numel(&g.nodes[in[k]]));
    ev.values[in[3]] = g23_xmalloc(sizeof(double));
    ev.values[in[3]][0] = (double)vs[c].pos;
    ev.values[in[4]] = g23_xmalloc(sizeof(double));
    ev.values[in[4]][0] = seed;
    int kept = 0, dropped = 0;
    if (y < 0 || g23_eval(&g, &ev)) {
      FAIL("[attention semantics %zu] does not build or evaluate", c);
    } else {
      const double *Q = ev.values[in[0]], *K = ev.values[in[1]], *V = ev.values[in[2]], *O = ev.values[y];
      double worst = 0;
      for (int64_t b = 0; b < B; b++)
        for (int64_t h = 0; h < H; h++)
          for (int64_t t = 0; t < T; t++) {
            int64_t i = vs[c].pos + t, kv = (b * Hkv + h / (H / Hkv)) * S;
            double w[16], sum = 0, mx = -INFINITY;
            for (int64_t j = 0; j < S; j++) {
              bool vis = (vs[c].cross || j < vs[c].pos + T) && (!vs[c].causal || j <= i) &&
                         (!vs[c].window || i - j < vs[c].window);
              double dot = 0;
              for (int64_t x = 0; x < D; x++) dot += Q[((b * H + h) * T + t) * D + x] * K[(kv + j) * D + x];
              w[j] = vis ? dot : -INFINITY;
              mx = fmax(mx, w[j]);
            }
            for (int64_t j = 0; j < S; j++) sum += w[j] = mx == -INFINITY ? 0 : exp(w[j] - mx);
            for (int64_t j = 0; j < S; j++) {
              /* dropout keeps (b, h, t, j) when its draw is >= p, times 1 / (1 - p) */
              double u = g23_rng_uniform((uint32_t)seed, (uint32_t)stream, (uint64_t)(((b * H + h) * T + t) * S + j));
              double pf = (float)vs[c].drop; /* a float32 attribute, as in DROPOUT */
              bool keep = !(pf > 0) || u >= pf;
              kept += keep;
              dropped += !keep;
              w[j] = sum > 0 ? w[j] / sum * (keep ? 1 / (1 - pf) : 0) : 0;
            }
            for (int64_t x = 0; x < D; x++) {
              double o = 0;
              for (int64_t j = 0; j < S; j++) o += w[j] * V[(kv + j) * D + x];
              worst = fmax(worst, fabs(o - O[((b * H + h) * T + t) * D + x]));
            }
          }
      if (vs[c].drop > 0 && (kept == 0 || dropped == 0)) {
        FAIL("[attention semantics %zu] dropout kept %d and dropped %d", c, kept, dropped);
      }
      if (worst > 1e-12) {
        FAIL("[attention semantics %zu] evaluator differs from the rule by %g", c, worst);
      }
    }
    g23_eval_free(&ev);
    g23_graph_free(&g);
    g23_diag_free(&d);
  }
}

int main(void) {
  bool covered[G23_OP_COUNT] = {0};
  for (int i = 0; i < NUNARY; i++) run_case(&unary_cases[i].c, unary_cases[i].ref, covered);
  for (int i = 0; i < NCASES; i++) run_case(&cases[i], NULL, covered);
  attention_semantics();
  for (int op = 0; op < G23_OP_COUNT; op++) {
    if (!covered[op]) {
      FAIL("[%s] no test case for this op", g23_ops[op].name);
    }
    /* A language function `name(x)` is a unary elementwise op. */
    if ((g23_ops[op].flags & G23_F_FUNC) && (g23_ops[op].cls != G23_CLASS_ELEMWISE || g23_ops[op].nin != 1))
      FAIL("[%s] G23_F_FUNC on an op that is not unary elementwise", g23_ops[op].name);
    for (int o = 0; o < op; o++)
      if (strcmp(g23_ops[o].name, g23_ops[op].name) == 0) FAIL("[%s] two ops of one name", g23_ops[op].name);
  }
  printf("%d op cases\n", NUNARY + NCASES);
  return g23_check_summary("test_ops");
}
