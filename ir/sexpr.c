/* sexpr.c: attention score expressions: build, evaluate, differentiate,
 * render as C.
 *
 * A score expression is a small tree over s (the raw score q.k), the
 * absolute positions i and j, the head h, numbers and extra tensors, with
 * ELEMWISE ops of ops.def as its operators, so its scalar semantics (and its
 * C text) are those of the op table.  Derivatives are built by the smart
 * constructor mk(), which folds constants and drops x*1, x*0, x+0, x-0, x/1,
 * so that d/ds of `s * 0.125 - slope[h] * (i - j)` is the number 0.125.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ir.h"
#include "prelude.h"

g23_sexpr_t *g23_sx_new(g23_sxkind_t kind) {
  g23_sexpr_t *e = g23_xcalloc(1, sizeof *e);
  e->kind = kind;
  return e;
}

g23_sexpr_t *g23_sx_num(double v) {
  g23_sexpr_t *e = g23_sx_new(G23_SX_NUM);
  e->num = v;
  return e;
}

g23_sexpr_t *g23_sx_op(g23_op_t op, g23_sexpr_t *a, g23_sexpr_t *b, g23_sexpr_t *c) {
  G23_ASSERT(g23_ops[op].cls == G23_CLASS_ELEMWISE);
  g23_sexpr_t *e = g23_sx_new(G23_SX_OP);
  e->op = op;
  e->a = a;
  e->b = b;
  e->c = c;
  return e;
}

g23_sexpr_t *g23_sx_copy(const g23_sexpr_t *e) {
  if (!e) return NULL;
  g23_sexpr_t *r = g23_xmalloc(sizeof *r);
  *r = *e;
  r->a = g23_sx_copy(e->a);
  r->b = g23_sx_copy(e->b);
  r->c = g23_sx_copy(e->c);
  return r;
}

void g23_sx_free(g23_sexpr_t *e) {
  if (!e) return;
  g23_sx_free(e->a);
  g23_sx_free(e->b);
  g23_sx_free(e->c);
  free(e);
}

double g23_sx_eval(const g23_sexpr_t *e, double s, double i, double j, double h, const double *const *extras) {
  switch (e->kind) {
  case G23_SX_NUM: return e->num;
  case G23_SX_S: return s;
  case G23_SX_I: return i;
  case G23_SX_J: return j;
  case G23_SX_H: return h;
  case G23_SX_EXTRA: return extras[e->extra][e->per_head ? (int64_t)h : 0];
  case G23_SX_OP: {
    double a = e->a ? g23_sx_eval(e->a, s, i, j, h, extras) : 0;
    double b = e->b ? g23_sx_eval(e->b, s, i, j, h, extras) : 0;
    double c = e->c ? g23_sx_eval(e->c, s, i, j, h, extras) : 0;
    return g23_op_eval_f64(e->op, a, b, c);
  }
  }
  return NAN;
}

int g23_sx_max_extra(const g23_sexpr_t *e) {
  if (!e) return -1;
  int m = e->kind == G23_SX_EXTRA ? e->extra : -1;
  int x = g23_sx_max_extra(e->a), y = g23_sx_max_extra(e->b), z = g23_sx_max_extra(e->c);
  if (x > m) m = x;
  if (y > m) m = y;
  if (z > m) m = z;
  return m;
}

bool g23_sx_extra_per_head(const g23_sexpr_t *e, int k) {
  if (!e) return false;
  if (e->kind == G23_SX_EXTRA && e->extra == k && e->per_head) return true;
  return g23_sx_extra_per_head(e->a, k) || g23_sx_extra_per_head(e->b, k) || g23_sx_extra_per_head(e->c, k);
}

/* ---- simplifying constructor ----------------------------------------------- */

static bool is_num(const g23_sexpr_t *e, double v) { return e && e->kind == G23_SX_NUM && e->num == v; }

/* Takes ownership of a, b, c. */
static g23_sexpr_t *mk(g23_op_t op, g23_sexpr_t *a, g23_sexpr_t *b, g23_sexpr_t *c) {
  int nin = g23_ops[op].nin;
  bool all_num = true;
  g23_sexpr_t *args[3] = {a, b, c};
  for (int k = 0; k < nin; k++)
    if (args[k]->kind != G23_SX_NUM) all_num = false;
  if (all_num) {
    double v = g23_op_eval_f64(op, a->num, nin > 1 ? b->num : 0, nin > 2 ? c->num : 0);
    g23_sx_free(a), g23_sx_free(b), g23_sx_free(c);
    return g23_sx_num(v);
  }
#define KEEP(x, y) do { g23_sx_free(y); return x; } while (0)
  switch (op) {
  case G23_OP_ADD:
    if (is_num(a, 0)) KEEP(b, a);
    if (is_num(b, 0)) KEEP(a, b);
    break;
  case G23_OP_SUB:
    if (is_num(b, 0)) KEEP(a, b);
    if (is_num(a, 0)) {
      g23_sx_free(a);
      return mk(G23_OP_NEG, b, NULL, NULL);
    }
    break;
  case G23_OP_MUL:
    if (is_num(a, 0)) KEEP(a, b);
    if (is_num(b, 0)) KEEP(b, a);
    if (is_num(a, 1)) KEEP(b, a);
    if (is_num(b, 1)) KEEP(a, b);
    break;
  case G23_OP_DIV:
    if (is_num(a, 0)) KEEP(a, b);
    if (is_num(b, 1)) KEEP(a, b);
    break;
  case G23_OP_NEG:
    if (a->kind == G23_SX_OP && a->op == G23_OP_NEG) {
      g23_sexpr_t *x = a->a;
      a->a = NULL;
      g23_sx_free(a);
      return x;
    }
    break;
  case G23_OP_WHERE:
    if (is_num(b, 0) && is_num(c, 0)) {
      g23_sx_free(a), g23_sx_free(c);
      return b;
    }
    break;
  default:
    break;
  }
#undef KEEP
  return g23_sx_op(op, a, b, c);
}

/* ---- derivative ------------------------------------------------------------------ */

#define C(x) g23_sx_copy(x)
#define N(v) g23_sx_num(v)
#define U(op, x) mk(G23_OP_##op, x, NULL, NULL)
#define B(op, x, y) mk(G23_OP_##op, x, y, NULL)

/* d gelu_grad / dx = (1 - t^2) (u' - x t u'^2 + 3 k c x^2), t = tanh(k (x + c x^3)),
 * u' = k (1 + 3 c x^2). */
static g23_sexpr_t *gelu_grad2(const g23_sexpr_t *x) {
  const double k = G23_GELU_K, c = G23_GELU_C;
  g23_sexpr_t *x3 = B(MUL, B(MUL, C(x), C(x)), C(x));
  g23_sexpr_t *t = U(TANH, B(MUL, N(k), B(ADD, C(x), B(MUL, N(c), x3))));
  g23_sexpr_t *du = B(MUL, N(k), B(ADD, N(1), B(MUL, N(3 * c), B(MUL, C(x), C(x)))));
  g23_sexpr_t *sech2 = B(SUB, N(1), B(MUL, C(t), C(t)));
  g23_sexpr_t *inner = B(ADD, B(SUB, C(du), B(MUL, B(MUL, C(x), t), B(MUL, C(du), C(du)))),
                         B(MUL, N(3 * k * c), B(MUL, C(x), C(x))));
  g23_sx_free(du);
  return B(MUL, sech2, inner);
}

/* Derivative of the op applied to e's arguments, times the arguments'
 * derivatives (chain rule), for every elementwise op a score may use. */
g23_sexpr_t *g23_sx_diff(const g23_sexpr_t *e, int wrt) {
  switch (e->kind) {
  case G23_SX_NUM: case G23_SX_I: case G23_SX_J: case G23_SX_H: return N(0);
  case G23_SX_S: return N(wrt == -1 ? 1 : 0);
  case G23_SX_EXTRA: return N(wrt == e->extra ? 1 : 0);
  case G23_SX_OP: break;
  }
  const g23_sexpr_t *a = e->a, *b = e->b, *c = e->c;
  g23_sexpr_t *da = a ? g23_sx_diff(a, wrt) : NULL;
  g23_sexpr_t *db = b && e->op != G23_OP_WHERE ? g23_sx_diff(b, wrt) : NULL;
  g23_sexpr_t *r = NULL;
  switch (e->op) {
  case G23_OP_NEG: r = U(NEG, da); break;
  case G23_OP_EXP: r = B(MUL, da, C(e)); break;
  case G23_OP_LOG: r = B(DIV, da, C(a)); break;
  case G23_OP_SQRT: r = B(DIV, da, B(MUL, N(2), C(e))); break;
  case G23_OP_RSQRT: r = B(MUL, da, B(DIV, B(MUL, N(-0.5), C(e)), C(a))); break;
  case G23_OP_RECIP: r = U(NEG, B(DIV, da, B(MUL, C(a), C(a)))); break;
  case G23_OP_TANH: r = B(MUL, da, B(SUB, N(1), B(MUL, C(e), C(e)))); break;
  case G23_OP_SIGMOID: r = B(MUL, da, B(MUL, C(e), B(SUB, N(1), C(e)))); break;
  case G23_OP_SILU: { /* s (1 + a (1 - s)), s = sigmoid(a) */
    g23_sexpr_t *s = U(SIGMOID, C(a));
    g23_sexpr_t *ds = B(ADD, N(1), B(MUL, C(a), B(SUB, N(1), C(s))));
    r = B(MUL, da, B(MUL, s, ds));
    break;
  }
  case G23_OP_RELU: r = B(MUL, da, B(LT, N(0), C(a))); break;
  case G23_OP_GELU: r = B(MUL, da, U(GELU_GRAD, C(a))); break;
  case G23_OP_GELU_GRAD: r = B(MUL, da, gelu_grad2(a)); break;
  case G23_OP_SIN: r = B(MUL, da, U(COS, C(a))); break;
  case G23_OP_COS: r = U(NEG, B(MUL, da, U(SIN, C(a)))); break;
  case G23_OP_ABS: r = B(MUL, da, U(SIGN, C(a))); break;
  case G23_OP_SIGN: case G23_OP_LT: case G23_OP_LE: case G23_OP_EQ: case G23_OP_NE: case G23_OP_FLOOR:
  case G23_OP_STOP_GRAD:
    g23_sx_free(da), g23_sx_free(db);
    r = N(0);
    break;
  case G23_OP_MOD: r = B(SUB, da, B(MUL, db, U(FLOOR, B(DIV, C(a), C(b))))); break;
  case G23_OP_CAST: r = da; break;
  case G23_OP_ADD: r = B(ADD, da, db); break;
  case G23_OP_SUB: r = B(SUB, da, db); break;
  case G23_OP_MUL: r = B(ADD, B(MUL, da, C(b)), B(MUL, C(a), db)); break;
  case G23_OP_DIV: r = B(SUB, B(DIV, da, C(b)), B(DIV, B(MUL, C(a), db), B(MUL, C(b), C(b)))); break;
  case G23_OP_POW: {
    g23_sexpr_t *ta = B(MUL, da, B(MUL, C(b), B(POW, C(a), B(SUB, C(b), N(1)))));
    /* Only when the exponent varies: log(a) of a negative base would be NaN. */
    g23_sexpr_t *tb = is_num(db, 0) ? db : B(MUL, db, B(MUL, C(e), U(LOG, C(a))));
    r = B(ADD, ta, tb);
    break;
  }
  case G23_OP_MAX: /* ties go to a, as fmaxf does not say */
    r = B(ADD, B(MUL, da, B(SUB, N(1), B(LT, C(a), C(b)))), B(MUL, db, B(LT, C(a), C(b))));
    break;
  case G23_OP_MIN:
    r = B(ADD, B(MUL, da, B(LT, C(a), C(b))), B(MUL, db, B(SUB, N(1), B(LT, C(a), C(b)))));
    break;
  case G23_OP_WHERE:
    g23_sx_free(da);
    r = mk(G23_OP_WHERE, C(a), g23_sx_diff(b, wrt), g23_sx_diff(c, wrt));
    break;
  default:
    G23_ASSERT(!"op not allowed in a score expression");
  }
  return r;
}
#undef C
#undef N
#undef U
#undef B

/* ---- C text ---------------------------------------------------------------------- */

static void render_num(g23_buf_t *b, double v) {
  if (isnan(v)) {
    g23_buf_printf(b, "(0.0f / 0.0f)");
    return;
  }
  if (isinf(v)) {
    g23_buf_printf(b, "(%s1.0f / 0.0f)", v < 0 ? "-" : "");
    return;
  }
  char t[64];
  snprintf(t, sizeof t, "%.9g", v);
  bool dot = strpbrk(t, ".e") != NULL;
  g23_buf_printf(b, "%s%s%sf%s", v < 0 ? "(" : "", t, dot ? "" : ".0", v < 0 ? ")" : "");
}

void g23_sx_render(g23_buf_t *b, const g23_sexpr_t *e, const char *s, const char *i, const char *j, const char *h,
                   const char *extra_fmt) {
  switch (e->kind) {
  case G23_SX_NUM: render_num(b, e->num); return;
  /* Names are parenthesised; op results need no more parentheses, since
   * every template of ops.def is a call or parenthesised (CAST is "%0"). */
  case G23_SX_S: g23_buf_printf(b, "(%s)", s); return;
  /* Positions and heads are integers in kernels; scores are float math. */
  case G23_SX_I: g23_buf_printf(b, "((float)(%s))", i); return;
  case G23_SX_J: g23_buf_printf(b, "((float)(%s))", j); return;
  case G23_SX_H: g23_buf_printf(b, "((float)(%s))", h); return;
  case G23_SX_EXTRA:
    g23_buf_append(b, "(", 1);
    g23_buf_printf(b, extra_fmt, e->extra);
    g23_buf_append(b, ")", 1);
    return;
  case G23_SX_OP: break;
  }
  const g23_sexpr_t *args[3] = {e->a, e->b, e->c};
  for (const char *p = g23_ops[e->op].c_template; *p; p++) {
    if (p[0] == '%' && p[1] >= '0' && p[1] <= '2') {
      g23_sx_render(b, args[p[1] - '0'], s, i, j, h, extra_fmt);
      p++;
    } else {
      g23_buf_append(b, p, 1);
    }
  }
}
