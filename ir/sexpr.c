/* sexpr.c: attention score expressions: build, evaluate, differentiate,
 * render as C.
 *
 * A score expression is a small tree over s (the raw score q.k), the
 * absolute positions i and j, the head h, numbers and extra tensors, with
 * ELEMWISE ops of ops.def as its operators, so its scalar semantics (and its
 * C text) are those of the op table.  Derivatives are the DERIV templates of
 * ops.def, the ones autodiff.c instantiates as IR, built here by the smart
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

/* The sum of the terms so far and t (either may be NULL: none yet, none). */
static g23_sexpr_t *plus(g23_sexpr_t *r, g23_sexpr_t *t) {
  if (!t) return r;
  return r ? mk(G23_OP_ADD, r, t, NULL) : t;
}

/* Forward mode through the DERIV templates of ops.def: the derivative of
 * op(a, b, c) is the sum over its inputs of the template of input k with G
 * the derivative of argument k (the templates are linear in G).  An input
 * whose derivative is the number 0 adds nothing (so the exponent of a pow
 * that does not vary takes no log of its base). */
#define G g23_sx_copy(g)
#define Y g23_sx_copy(e)
#define X0 g23_sx_copy(args[0])
#define X1 g23_sx_copy(args[1])
#define X2 g23_sx_copy(args[2])
#define N(v) g23_sx_num(v)
#define U(op, x) mk(G23_OP_##op, x, NULL, NULL)
#define B(op, x, y) mk(G23_OP_##op, x, y, NULL)
#define T(op, x, y, z) mk(G23_OP_##op, x, y, z)
#define SAME(x, y) (g23_assert_fail("dropout in a score expression", __FILE__, __LINE__), NULL)
#define LIKE(x, v) v /* one dtype */
#define NONE NULL
#define D(...) D3(__VA_ARGS__, NONE, NONE, NONE)
#define D3(t0, t1, t2, ...) DK(0, t0) DK(1, t1) DK(2, t2)
#define DK(k, t)                                 \
  if (k < nin) {                                 \
    g23_sexpr_t *g = g23_sx_diff(args[k], wrt);  \
    if (!is_num(g, 0)) r = plus(r, t);           \
    g23_sx_free(g);                              \
  }
#define NODIFF
g23_sexpr_t *g23_sx_diff(const g23_sexpr_t *e, int wrt) {
  switch (e->kind) {
  case G23_SX_NUM: case G23_SX_I: case G23_SX_J: case G23_SX_H: return g23_sx_num(0);
  case G23_SX_S: return g23_sx_num(wrt == -1 ? 1 : 0);
  case G23_SX_EXTRA: return g23_sx_num(wrt == e->extra ? 1 : 0);
  case G23_SX_OP: break;
  }
  const g23_sexpr_t *args[3] = {e->a, e->b, e->c};
  int nin = g23_ops[e->op].nin;
  g23_sexpr_t *r = NULL;
  switch (e->op) {
#define X(op, ...)
#define E(op, name, nin, flags, tmpl, f64, deriv) \
  case G23_OP_##op: deriv break;
#include "ops.def"
  default:
    G23_ASSERT(!"op not allowed in a score expression");
  }
  return r ? r : g23_sx_num(0);
}
#include "ir/deriv_end.h"

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
