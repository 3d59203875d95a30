/* lower.c: the evaluator that turns a parsed model into one IR graph: its
 * statements, environments and naming (expressions and calls: expr.c).
 *
 * Statements run in order; `repeat` and `for` unroll, `if` picks a branch,
 * layer calls (expr.c) inline into a fresh environment whose parent holds
 * only the hyperparameters.  Naming (docs/language.md, "Tensor names"):
 *   - a layer call is an instance named after the variable it is assigned to
 *     (`attention = causal_self_attention(...)`), else after the layer; a
 *     name already taken in the same scope gets _1, _2, ...;
 *   - `repeat n` iteration i is the scope <base>.<i> (base "block" or the
 *     name after `as`);
 *   - a param is <scope path>.<name>; iterations of a `for` loop reuse the
 *     names (and so the parameters) of the first iteration.
 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"
#include "frontend/parser.h"

struct g23_env {
  g23_env_t *parent;
  const char **names;
  g23_value_t *vals;
  int n, cap;
};

typedef struct {
  int64_t start, len;
  int id;
} piece_t;

struct g23_collect {
  const char *name;
  int axis, rank;  /* axis of the pieces in the full tensor */
  piece_t *p;
  int n, cap;
  int cached;      /* materialised node, -1 when stale */
};

/* ---- small helpers ---------------------------------------------------------- */

static void *grow(g23_lower_t *L, void *old, int n, int *cap, size_t elem) {
  if (n < *cap) return old;
  int c = *cap ? 2 * *cap : 8;
  void *p = g23_ast_alloc(&L->ar, (size_t)c * elem);
  if (n) memcpy(p, old, (size_t)n * elem);
  *cap = c;
  return p;
}

char *g23_lower_strdup(g23_lower_t *L, const char *s) { return g23_ast_strndup(&L->ar, s, strlen(s)); }

char *g23_lower_printf(g23_lower_t *L, const char *fmt, ...) {
  char buf[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return g23_lower_strdup(L, buf);
}

g23_value_t g23_verr(void) { return (g23_value_t){.kind = G23_V_ERR, .seq_axis = -1}; }
g23_value_t g23_vint(int64_t i) { return (g23_value_t){.kind = G23_V_INT, .i = i, .seq_axis = -1}; }
g23_value_t g23_vfloat(double f) { return (g23_value_t){.kind = G23_V_FLOAT, .f = f, .seq_axis = -1}; }
g23_value_t g23_vtensor(int id, int seq_axis) {
  if (id < 0) return g23_verr();
  return (g23_value_t){.kind = G23_V_TENSOR, .id = id, .seq_axis = seq_axis};
}
bool g23_is_num(const g23_value_t *v) { return v->kind == G23_V_INT || v->kind == G23_V_FLOAT; }
double g23_num(const g23_value_t *v) { return v->kind == G23_V_FLOAT ? v->f : (double)v->i; }

const char *g23_vkind_name(g23_vkind_t k) {
  static const char *const names[] = {"error", "none", "boolean", "integer", "number", "string", "tensor",
                                      "tuple", "list", "lambda", "initializer", "tensor", "score expression",
                                      "target"};
  return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

/* ---- diagnostics ------------------------------------------------------------ */

/* Deep call chains (a recursive layer) show the two innermost and the two
 * outermost calls. */
void g23_lower_notes(g23_lower_t *L) {
  g23_diag_frame_notes(L->d, L->frame);
  g23_lower_graph_note(L);
}

void g23_lower_graph_note(g23_lower_t *L) {
  if (!L->g || !L->gen) return;
  if (L->kind == G23_GRAPH_DECODE)
    g23_note(L->d, L->gen_loc, "in the decode graph (batch 1, seq 1), built for this statement");
  else if (L->gen_seq == L->max_seq)
    g23_note(L->d, L->gen_loc,
             "in the prefill graph (batch 1, seq = max_seq_length = %" PRId64 "), built for this statement", L->max_seq);
  else
    g23_note(L->d, L->gen_loc, "in the prefill graph (batch 1, seq %" PRId64 "), built for this statement", L->gen_seq);
}

void g23_lerror(g23_lower_t *L, g23_loc_t loc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_verror(L->d, loc, fmt, ap);
  va_end(ap);
  g23_lower_notes(L);
}

/* Counts work and nesting; false (after one report) once a limit is hit. */
bool g23_lower_enter(g23_lower_t *L, g23_loc_t loc) {
  if (L->aborted) return false;
  if (++L->steps > G23_MAX_STEPS) {
    g23_lerror(L, loc, "the model takes more than %d evaluation steps to unroll (a loop too long?)", G23_MAX_STEPS);
    L->aborted = true;
    return false;
  }
  char probe;
  uintptr_t here = (uintptr_t)&probe;
  size_t used = L->stack_base ? (L->stack_base > here ? L->stack_base - here : here - L->stack_base) : 0;
  if (L->depth >= G23_MAX_EVAL_DEPTH || used > G23_MAX_STACK) {
    g23_lerror(L, L->call ? L->call->loc : loc, "evaluation nested too deeply (unbounded recursion?)");
    L->aborted = true;
    return false;
  }
  L->depth++;
  return true;
}

/* ---- environments and scopes ---------------------------------------------- */

g23_env_t *g23_env_new(g23_lower_t *L, g23_env_t *parent) {
  g23_env_t *e = g23_ast_alloc(&L->ar, sizeof *e);
  e->parent = parent;
  return e;
}

int g23_env_find_local(const g23_env_t *env, const char *name) {
  for (int i = env->n - 1; i >= 0; i--)
    if (strcmp(env->names[i], name) == 0) return i;
  return -1;
}

void g23_env_set(g23_lower_t *L, g23_env_t *env, const char *name, g23_value_t v) {
  int i = g23_env_find_local(env, name);
  if (i >= 0) {
    env->vals[i] = v;
    return;
  }
  int cap = env->cap;
  env->names = grow(L, env->names, env->n, &cap, sizeof *env->names);
  cap = env->cap;
  env->vals = grow(L, env->vals, env->n, &cap, sizeof *env->vals);
  env->cap = cap;
  env->names[env->n] = name;
  env->vals[env->n++] = v;
}

const g23_value_t *g23_env_get(const g23_env_t *env, const char *name) {
  for (; env; env = env->parent) {
    int i = g23_env_find_local(env, name);
    if (i >= 0) return &env->vals[i];
  }
  return NULL;
}

static g23_value_t *env_ref(g23_env_t *env, const char *name) {
  for (; env; env = env->parent) {
    int i = g23_env_find_local(env, name);
    if (i >= 0) return &env->vals[i];
  }
  return NULL;
}

g23_scope_t *g23_scope_new(g23_lower_t *L, const char *path) {
  g23_scope_t *s = g23_ast_alloc(&L->ar, sizeof *s);
  s->path = path;
  return s;
}

static bool scope_used(const g23_scope_t *s, const char *name) {
  for (int i = 0; i < s->nused; i++)
    if (strcmp(s->used[i], name) == 0) return true;
  return false;
}

static void scope_mark(g23_lower_t *L, g23_scope_t *s, const char *name) {
  s->used = grow(L, s->used, s->nused, &s->cap, sizeof *s->used);
  s->used[s->nused++] = name;
}

/* A fresh instance name in the current scope: base, base_1, base_2 ... */
const char *g23_scope_claim(g23_lower_t *L, const char *base) {
  g23_scope_t *s = L->scope;
  const char *name = base;
  for (int k = 1; scope_used(s, name); k++) name = g23_lower_printf(L, "%s_%d", base, k);
  scope_mark(L, s, name);
  return name;
}

const char *g23_scope_join(g23_lower_t *L, const char *path, const char *name) {
  return path[0] ? g23_lower_printf(L, "%s.%s", path, name) : g23_lower_strdup(L, name);
}

int g23_param_find(g23_lower_t *L, const char *name) {
  int i = g23_strmap_get(&L->param_index, name);
  return i >= 0 ? L->params[i].id : -1;
}

/* ---- numbers and dims -------------------------------------------------------- */

bool g23_to_dim(g23_lower_t *L, const g23_value_t *v, g23_loc_t loc, const char *what, int64_t *out) {
  if (v->kind == G23_V_ERR) return false;
  if (v->kind == G23_V_FLOAT && v->f == floor(v->f) && fabs(v->f) < 9e15) {
    g23_value_t t = g23_vint((int64_t)v->f);
    return g23_to_dim(L, &t, loc, what, out);
  }
  if (v->kind != G23_V_INT) {
    if (v->kind == G23_V_FLOAT)
      g23_lerror(L, loc, "%s must be an integer, got %g", what, v->f);
    else
      g23_lerror(L, loc, "%s must be an integer, got a %s", what, g23_vkind_name(v->kind));
    return false;
  }
  if (v->i < 1) {
    g23_lerror(L, loc, "%s must be positive, got %" PRId64, what, v->i);
    return false;
  }
  if (v->i > G23_MAX_TENSOR_ELEMS) {
    g23_lerror(L, loc, "%s %" PRId64 " is too large (the limit is 2^34)", what, v->i);
    return false;
  }
  *out = v->i;
  return true;
}

bool g23_truthy(g23_lower_t *L, g23_value_t v, g23_loc_t loc, bool *out) {
  switch (v.kind) {
  case G23_V_ERR: return false;
  case G23_V_NONE: *out = false; return true;
  case G23_V_BOOL: case G23_V_INT: *out = v.i != 0; return true;
  case G23_V_FLOAT: *out = v.f != 0; return true;
  default:
    g23_lerror(L, loc, "a condition must be a number or boolean known when compiling, got a %s",
               g23_vkind_name(v.kind));
    return false;
  }
}

/* The text a location covers, for messages that quote a pattern. */

/* ---- slice assignment: out[:, t] = h ------------------------------------------- */

g23_value_t g23_collect_value(g23_lower_t *L, g23_value_t v, g23_loc_t loc) {
  if (v.kind != G23_V_COLLECT) return v;
  g23_collect_t *c = v.col;
  if (c->cached >= 0) return g23_vtensor(c->cached, -1);
  /* Pieces sorted by start must tile [0, total). */
  for (int i = 1; i < c->n; i++)
    for (int j = i; j > 0 && c->p[j - 1].start > c->p[j].start; j--) {
      piece_t t = c->p[j];
      c->p[j] = c->p[j - 1];
      c->p[j - 1] = t;
    }
  int64_t at = 0;
  int *ids = g23_ast_alloc(&L->ar, (size_t)(c->n ? c->n : 1) * sizeof *ids);
  for (int i = 0; i < c->n; i++) {
    if (c->p[i].start != at) {
      if (c->p[i].start > at)
        g23_lerror(L, loc, "%s: position %" PRId64 " along axis %d is never assigned", c->name, at, c->axis);
      else
        g23_lerror(L, loc, "%s: position %" PRId64 " along axis %d is assigned twice", c->name, c->p[i].start,
                   c->axis);
      return g23_verr();
    }
    at += c->p[i].len;
    ids[i] = c->p[i].id;
  }
  if (c->n == 0) return g23_verr();
  int64_t ax = c->axis;
  int id = c->n == 1 ? ids[0] : g23_node(L, loc, G23_OP_CONCAT, ids, c->n, &ax, 1, NULL, 0, NULL);
  c->cached = id;
  return g23_vtensor(id, -1);
}

static void slice_assign(g23_lower_t *L, const g23_ast_t *s) {
  g23_value_t val = g23_collect_value(L, g23_lower_eval(L, s->a), s->a->loc);
  g23_value_t *cur = env_ref(L->env, s->name);
  if (cur && cur->kind != G23_V_COLLECT && cur->kind != G23_V_ERR) {
    g23_lerror(L, s->loc, "%s[...] = ...: '%s' is already a %s; slice assignment builds a new tensor piece by piece",
               s->name, s->name, g23_vkind_name(cur->kind));
    return;
  }
  /* Exactly one item selects (an index or a range); the others are ':'. */
  int axis = -1;
  const g23_ast_t *sel = NULL;
  for (int i = 0; i < s->list.n; i++) {
    const g23_ast_t *it = s->list.v[i];
    if (it->kind == G23_AST_RANGE && !it->a && !it->b) continue;
    if (it->kind == G23_AST_ELLIPSIS || sel) {
      g23_lerror(L, it->loc, "slice assignment selects along exactly one axis; the other items must be ':'");
      return;
    }
    sel = it;
    axis = i;
  }
  if (!sel) {
    g23_lerror(L, s->loc, "slice assignment needs one index or range, as in out[:, t] = h");
    return;
  }
  if (val.kind == G23_V_ERR) return;
  if (val.kind != G23_V_TENSOR) {
    g23_lerror(L, s->a->loc, "slice assignment needs a tensor value, got a %s", g23_vkind_name(val.kind));
    return;
  }
  int64_t start = 0, len = 1;
  bool drop = sel->kind != G23_AST_RANGE;
  g23_value_t a = g23_lower_eval(L, drop ? sel : sel->a);
  if (a.kind == G23_V_ERR) return;
  if (a.kind != G23_V_INT || a.i < 0) {
    g23_lerror(L, (drop ? sel : sel->a)->loc, "slice assignment positions must be non-negative integers");
    return;
  }
  start = a.i;
  const g23_node_t *vn = g23_nd(L, val.id);
  int64_t shape[G23_MAX_RANK];
  int rank = vn->rank;
  memcpy(shape, vn->shape, sizeof shape);
  if (drop) {
    /* Insert the selected axis with size 1. */
    if (rank + 1 > G23_MAX_RANK || axis > rank) {
      g23_lerror(L, s->loc, "slice assignment at axis %d does not fit a value of rank %d", axis, rank);
      return;
    }
    memmove(shape + axis + 1, shape + axis, (size_t)(rank - axis) * sizeof *shape);
    shape[axis] = 1;
    rank++;
    val.id = g23_node(L, s->loc, G23_OP_RESHAPE, &val.id, 1, NULL, 0, NULL, rank, shape);
  } else {
    if (!sel->b) {
      g23_lerror(L, sel->loc, "slice assignment ranges need an end, as in out[:, a:b]");
      return;
    }
    g23_value_t b = g23_lower_eval(L, sel->b);
    if (b.kind == G23_V_ERR) return;
    if (b.kind != G23_V_INT || b.i <= start) {
      g23_lerror(L, sel->loc, "slice assignment range must be start:end with integers start < end");
      return;
    }
    len = b.i - start;
    if (axis >= rank || shape[axis] != len) {
      g23_lerror(L, s->a->loc, "value does not fit the range: %" PRId64 " positions along axis %d", len, axis);
      return;
    }
  }
  if (val.id < 0) return;
  g23_collect_t *c;
  if (!cur || cur->kind == G23_V_ERR) {
    c = g23_ast_alloc(&L->ar, sizeof *c);
    c->name = s->name;
    c->axis = axis;
    c->rank = rank;
    c->cached = -1;
    g23_value_t v = {.kind = G23_V_COLLECT, .col = c, .seq_axis = -1};
    g23_env_set(L, L->env, s->name, v);
  } else {
    c = cur->col;
    if (c->axis != axis || c->rank != rank) {
      g23_lerror(L, s->loc, "%s: every slice assignment must select along the same axis of the same rank", s->name);
      return;
    }
  }
  c->p = grow(L, c->p, c->n, &c->cap, sizeof *c->p);
  c->p[c->n++] = (piece_t){start, len, val.id};
  c->cached = -1;
}

/* ---- statements ------------------------------------------------------------------ */

static bool at_top(g23_lower_t *L, const g23_ast_t *s, const char *what) {
  if (L->nframes == 0) return true;
  g23_lerror(L, s->loc, "%s is only allowed at the top level of a model, not inside a layer", what);
  return false;
}

static g23_dtype_t parse_dtype(g23_lower_t *L, const g23_ast_t *type, bool *ok) {
  *ok = true;
  if (!type->name) {
    g23_lerror(L, type->loc, "this type needs a dtype, as in f32[...] or i32[...]");
    *ok = false;
    return G23_F32;
  }
  for (int t = 0; t < G23_DTYPE_COUNT; t++)
    if (strcmp(type->name, g23_dtype_name((g23_dtype_t)t)) == 0) return (g23_dtype_t)t;
  g23_lerror(L, type->loc, "unknown dtype '%s' (f32, bf16, f16 or i32)", type->name);
  *ok = false;
  return G23_F32;
}

/* Evaluates a declared shape; in generation graphs the dims written `batch`
 * and `seq` take the graph's values.  *seq_axis gets the axis named seq. */
static bool eval_shape(g23_lower_t *L, const g23_ast_t *type, bool is_input, int *rank, int64_t *shape,
                       int *seq_axis) {
  *seq_axis = -1;
  if (type->list.n > G23_MAX_RANK) {
    g23_lerror(L, type->loc, "rank %d is above the limit of %d", type->list.n, G23_MAX_RANK);
    return false;
  }
  int64_t numel = 1;
  bool ok = true;
  for (int i = 0; i < type->list.n; i++) {
    const g23_ast_t *dim = type->list.v[i];
    if (dim->kind == G23_AST_ELLIPSIS) {
      g23_lerror(L, dim->loc, "'...' is only allowed in a layer parameter's shape pattern");
      return false;
    }
    bool is_seq = dim->kind == G23_AST_IDENT && strcmp(dim->name, "seq") == 0;
    bool is_batch = dim->kind == G23_AST_IDENT && strcmp(dim->name, "batch") == 0;
    if (is_input && is_seq) *seq_axis = i;
    if (is_input && L->gen && (is_seq || is_batch)) {
      shape[i] = is_seq ? L->gen_seq : L->gen_batch;
    } else {
      g23_value_t v = g23_lower_eval(L, dim);
      if (!g23_to_dim(L, &v, dim->loc, "a dimension", &shape[i])) {
        ok = false;
        continue;
      }
    }
    if (!g23_mul_ok(numel, shape[i], &numel) || numel > G23_MAX_TENSOR_ELEMS) {
      g23_lerror(L, type->loc, "tensor of this shape has more than 2^34 elements");
      return false;
    }
  }
  *rank = type->list.n;
  return ok;
}

static void exec_param(g23_lower_t *L, const g23_ast_t *s) {
  bool ok;
  g23_dtype_t dt = parse_dtype(L, s->b, &ok);
  if (!ok) return;
  if (dt != G23_F32) {
    g23_lerror(L, s->b->loc, "parameters are f32 (mixed precision is chosen when running), not %s",
               g23_dtype_name(dt));
    return;
  }
  int rank, seq;
  int64_t shape[G23_MAX_RANK];
  if (!eval_shape(L, s->b, false, &rank, shape, &seq)) return;
  if (rank == 0) {
    g23_lerror(L, s->b->loc, "a parameter needs at least one dimension");
    return;
  }
  g23_value_t init = s->a ? g23_lower_eval(L, s->a) : (g23_value_t){.kind = G23_V_INIT, .init = G23_INIT_NORMAL, .f = 0.02};
  if (init.kind == G23_V_ERR) return;
  if (g23_is_num(&init)) init = (g23_value_t){.kind = G23_V_INIT, .init = G23_INIT_CONST, .f = g23_num(&init)};
  if (init.kind != G23_V_INIT) {
    g23_lerror(L, s->a->loc, "a parameter's initializer must be normal(std), zeros, ones, constant(v), "
               "alibi_slopes(n) or a number, got a %s", g23_vkind_name(init.kind));
    return;
  }
  if (init.init == G23_INIT_ALIBI && (rank != 1 || shape[0] != init.i)) {
    g23_lerror(L, s->a->loc, "alibi_slopes(%" PRId64 ") initializes an f32[%" PRId64 "] parameter", init.i, init.i);
    return;
  }
  bool no_decay = false;
  for (int i = 0; i < s->flags.n; i++) {
    if (strcmp(s->flags.v[i]->name, "no_decay") == 0) no_decay = true;
    else {
      g23_lerror(L, s->flags.v[i]->loc, "unknown parameter flag '%s' (the flag is no_decay)", s->flags.v[i]->name);
      return;
    }
  }
  if (scope_used(L->scope, s->name)) {
    g23_lerror(L, s->loc, "'%s' is already declared in this scope", s->name);
    return;
  }
  scope_mark(L, L->scope, s->name);
  const char *full = g23_scope_join(L, L->scope->path, s->name);
  int id = g23_param_find(L, full);
  if (id >= 0) {
    /* Another iteration of a for loop: the same parameter. */
    const g23_node_t *n = g23_nd(L, id);
    if (n->rank != rank || memcmp(n->shape, shape, (size_t)rank * sizeof *shape) != 0) {
      char a[200], b[200];
      g23_lerror(L, s->loc, "parameter %s is declared again with shape %s, first %s", full,
                 g23_shape_str(rank, shape, a, sizeof a), g23_shape_str(n->rank, n->shape, b, sizeof b));
      return;
    }
  } else {
    if (L->g->n >= G23_MAX_NODES) {
      g23_lerror(L, s->loc, "the graph has more than %d nodes", G23_MAX_NODES);
      L->aborted = true;
      return;
    }
    id = g23_leaf(L->g, s->loc, G23_OP_PARAM, G23_ROLE_PARAM, full, G23_F32, rank, shape);
    if (id < 0) return;
    g23_node_t *n = &L->g->nodes[id];
    n->init = init.init;
    n->init_arg = init.init == G23_INIT_NORMAL || init.init == G23_INIT_CONST ? init.f : 0;
    n->no_decay = no_decay;
    L->params = grow(L, L->params, L->nparams, &L->capparams, sizeof *L->params);
    g23_strmap_put(&L->param_index, full, L->nparams);
    L->params[L->nparams++] = (g23_named_id_t){full, id};
  }
  g23_env_set(L, L->env, s->name, g23_vtensor(id, -1));
}

static void exec_input(g23_lower_t *L, const g23_ast_t *s) {
  bool target = s->kind == G23_AST_TARGET;
  if (!at_top(L, s, target ? "a target declaration" : "an input declaration")) return;
  if (target && L->gen) {
    g23_env_set(L, L->env, s->name, (g23_value_t){.kind = G23_V_UNAVAIL, .str = s->name, .seq_axis = -1});
    return;
  }
  bool ok;
  g23_dtype_t dt = parse_dtype(L, s->b, &ok);
  if (!ok) return;
  int rank, seq;
  int64_t shape[G23_MAX_RANK];
  if (!eval_shape(L, s->b, true, &rank, shape, &seq)) return;
  if (rank == 0) {
    g23_lerror(L, s->b->loc, "an input needs at least one dimension");
    return;
  }
  for (int i = 0; i < L->g->n; i++) {
    const g23_node_t *n = &L->g->nodes[i];
    if (n->op == G23_OP_INPUT && n->name && strcmp(n->name, s->name) == 0) {
      g23_lerror(L, s->loc, "input '%s' is declared twice", s->name);
      return;
    }
  }
  if (strcmp(s->name, "pos") == 0 || strcmp(s->name, "seed") == 0) {
    g23_lerror(L, s->loc, "'%s' is the name of a run-time scalar; choose another name", s->name);
    return;
  }
  int id = g23_leaf(L->g, s->loc, G23_OP_INPUT, target ? G23_ROLE_TARGET : G23_ROLE_INPUT, s->name, dt, rank,
                    shape);
  if (id >= 0) L->g->nodes[id].seq_axis = seq; /* the runtime finds the token stream by it */
  g23_env_set(L, L->env, s->name, g23_vtensor(id, seq));
}

/* Marks v as a graph output, as a fresh node so a leaf is never renamed. */
static void set_output(g23_lower_t *L, g23_value_t v, const char *name, int rank, const int64_t *shape,
                       g23_loc_t loc) {
  int id = g23_node(L, loc, G23_OP_RESHAPE, &v.id, 1, NULL, 0, NULL, rank, shape);
  if (id < 0) return;
  g23_graph_output(L->g, id, name);
}

static void exec_loss(g23_lower_t *L, const g23_ast_t *s) {
  if (!at_top(L, s, "a loss statement")) return;
  if (L->gen) return;
  if (L->have_loss) {
    g23_lerror(L, s->loc, "the model has a second loss statement");
    return;
  }
  L->have_loss = true;
  g23_value_t v = g23_lower_eval(L, s->a);
  if (v.kind == G23_V_ERR) return;
  if (v.kind != G23_V_TENSOR) {
    g23_lerror(L, s->a->loc, "the loss must be a tensor, got a %s", g23_vkind_name(v.kind));
    return;
  }
  const g23_node_t *n = g23_nd(L, v.id);
  char sh[200];
  if (g23_numel(n) != 1 || n->dtype == G23_I32) {
    g23_lerror(L, s->a->loc, "the loss must be one float number, got %s%s", g23_dtype_name(n->dtype),
               g23_shape_str(n->rank, n->shape, sh, sizeof sh));
    return;
  }
  int64_t one = 1;
  set_output(L, v, "loss", 1, &one, s->loc);
}

static void exec_generate(g23_lower_t *L, const g23_ast_t *s) {
  bool cls = s->kind == G23_AST_CLASSIFY;
  if (!at_top(L, s, cls ? "classify from" : "generate from")) return;
  if (!L->gen) return;
  if (L->have_logits) {
    g23_lerror(L, s->loc, "the model has a second generate/classify statement");
    return;
  }
  L->have_logits = true;
  g23_value_t v = g23_lower_eval(L, s->a);
  if (v.kind == G23_V_ERR) return;
  if (v.kind != G23_V_TENSOR) {
    g23_lerror(L, s->a->loc, "%s needs a tensor, got a %s", cls ? "classify from" : "generate from",
               g23_vkind_name(v.kind));
    return;
  }
  const g23_node_t *n = g23_nd(L, v.id);
  char sh[200];
  g23_shape_str(n->rank, n->shape, sh, sizeof sh);
  bool ok = cls ? n->rank == 2 && n->shape[0] == L->gen_batch
                : n->rank == 3 && n->shape[0] == L->gen_batch && n->shape[1] == L->gen_seq;
  if (!ok || n->dtype == G23_I32) {
    if (cls)
      g23_lerror(L, s->a->loc, "classify from needs float logits [batch, classes], got %s%s in the %s graph",
                 g23_dtype_name(n->dtype), sh, g23_graph_kind_name(L->kind));
    else
      g23_lerror(L, s->a->loc, "generate from needs float logits [batch, seq, vocab], got %s%s in the %s graph "
                 "(batch %" PRId64 ", seq %" PRId64 ")", g23_dtype_name(n->dtype), sh, g23_graph_kind_name(L->kind),
                 L->gen_batch, L->gen_seq);
    return;
  }
  L->logits_last = n->shape[n->rank - 1];
  set_output(L, v, "logits", n->rank, n->shape, s->loc);
}

static void exec_assign(g23_lower_t *L, const g23_ast_t *s) {
  int nt = s->list.n;
  const char *hint = nt == 1 && s->a->kind == G23_AST_CALL ? s->list.v[0]->name : NULL;
  g23_value_t v = g23_lower_eval_hint(L, s->a, hint);
  if (nt == 1) {
    g23_env_set(L, L->env, s->list.v[0]->name, v);
    return;
  }
  if (v.kind != G23_V_ERR && (v.kind != G23_V_TUPLE || v.n != nt)) {
    if (v.kind == G23_V_TUPLE)
      g23_lerror(L, s->loc, "cannot unpack %d values into %d names", v.n, nt);
    else
      g23_lerror(L, s->loc, "cannot unpack a %s into %d names", g23_vkind_name(v.kind), nt);
    v = g23_verr();
  }
  for (int i = 0; i < nt; i++)
    g23_env_set(L, L->env, s->list.v[i]->name, v.kind == G23_V_ERR ? v : v.items[i]);
}

static void exec_repeat(g23_lower_t *L, const g23_ast_t *s) {
  g23_value_t n = g23_lower_eval(L, s->a);
  if (n.kind == G23_V_ERR) return;
  if (n.kind != G23_V_INT || n.i < 0) {
    g23_lerror(L, s->a->loc, "repeat needs a non-negative integer count");
    return;
  }
  const char *base = g23_scope_claim(L, s->name ? s->name : "block");
  g23_scope_t *saved = L->scope;
  for (int64_t i = 0; i < n.i && !L->aborted && !L->returned; i++) {
    L->scope = g23_scope_new(L, g23_scope_join(L, saved->path, g23_lower_printf(L, "%s.%" PRId64, base, i)));
    g23_exec_block(L, &s->list);
  }
  L->scope = saved;
}

static void exec_for(g23_lower_t *L, const g23_ast_t *s) {
  g23_value_t a = g23_lower_eval(L, s->a), b = g23_lower_eval(L, s->b);
  if (a.kind == G23_V_ERR || b.kind == G23_V_ERR) return;
  if (a.kind != G23_V_INT || b.kind != G23_V_INT) {
    g23_lerror(L, s->loc, "for needs integer bounds, as in for t in 0 .. T");
    return;
  }
  int mark = L->scope->nused;
  for (int64_t t = a.i; t < b.i && !L->aborted && !L->returned; t++) {
    L->scope->nused = mark; /* every iteration reuses the first one's names */
    g23_env_set(L, L->env, s->name, g23_vint(t));
    g23_exec_block(L, &s->list);
  }
}

static void exec_stmt(g23_lower_t *L, const g23_ast_t *s) {
  switch (s->kind) {
  case G23_AST_ASSIGN: exec_assign(L, s); break;
  case G23_AST_SLICE_ASSIGN: slice_assign(L, s); break;
  case G23_AST_PARAM: exec_param(L, s); break;
  case G23_AST_INPUT:
  case G23_AST_TARGET: exec_input(L, s); break;
  case G23_AST_HPARAMS: at_top(L, s, "an hparams block"); break;
  case G23_AST_NAMES: break; /* read (and its place checked) by names.c */
  case G23_AST_LAYER:
    if (L->nframes) g23_lerror(L, s->loc, "layer %s: layers cannot be defined inside layers", s->name);
    break;
  case G23_AST_INCLUDE:
    if (at_top(L, s, "include")) g23_exec_block(L, &s->list);
    break;
  case G23_AST_REPEAT: exec_repeat(L, s); break;
  case G23_AST_FOR: exec_for(L, s); break;
  case G23_AST_IF: {
    bool c;
    if (g23_truthy(L, g23_lower_eval(L, s->a), s->a->loc, &c)) g23_exec_block(L, c ? &s->list : &s->list2);
    break;
  }
  case G23_AST_RETURN:
    if (L->nframes == 0) {
      g23_lerror(L, s->loc, "return outside a layer");
      break;
    }
    L->ret = g23_collect_value(L, g23_lower_eval(L, s->a), s->a->loc);
    L->returned = true;
    break;
  case G23_AST_LOSS: exec_loss(L, s); break;
  case G23_AST_GENERATE:
  case G23_AST_CLASSIFY: exec_generate(L, s); break;
  default: g23_lerror(L, s->loc, "a %s is not a statement", g23_ast_kind_name(s->kind)); break;
  }
}

void g23_exec_block(g23_lower_t *L, const g23_ast_list_t *body) {
  for (int i = 0; i < body->n && !L->returned && !L->aborted; i++) {
    const g23_ast_t *s = body->v[i];
    if (!g23_lower_enter(L, s->loc)) return;
    exec_stmt(L, s);
    L->depth--;
  }
}

/* ---- entry points ---------------------------------------------------------------- */

void g23_lower_init(g23_lower_t *L, g23_diag_t *d, const g23_program_t *prog, g23_graph_t *g,
                    g23_graph_kind_t kind) {
  memset(L, 0, sizeof *L);
  L->d = d;
  L->prog = prog;
  L->g = g;
  L->kind = kind;
  L->pos_id = L->seed_id = -1;
  L->consts = g23_env_new(L, NULL);
  L->top = g23_env_new(L, L->consts);
  L->env = L->top;
  L->scope = g23_scope_new(L, "");
  L->dropout_on = kind == G23_GRAPH_TRAIN;
  L->gen = kind == G23_GRAPH_PREFILL || kind == G23_GRAPH_DECODE;
}

void g23_lower_free(g23_lower_t *L) {
  for (int i = 0; i < L->nsx_keep; i++) g23_sx_free(L->sx_keep[i]);
  free(L->sx_keep);
  g23_strmap_free(&L->param_index);
  g23_strmap_free(&L->state_names);
  g23_ast_arena_free(&L->ar);
}

void g23_lower_run(g23_lower_t *L) {
  char base;
  L->stack_base = (uintptr_t)&base;
  L->env = L->top;
  g23_exec_block(L, &L->prog->stmts);
}
