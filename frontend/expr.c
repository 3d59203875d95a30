/* expr.c: the evaluator's expressions: identifiers, members, tuples and
 * lists, comparisons, conditionals, and calls of builtins, lambdas and
 * layers.  A layer call inlines the layer: its body runs (lower.c's
 * statements) in a fresh environment whose parent holds only the
 * hyperparameters, as an instance named in the caller's scope (lower.c's
 * naming, docs/language.md "Tensor names"); its arguments are matched
 * against the layer's shape patterns, binding dimension names.
 */
#include <inttypes.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"
#include "frontend/parser.h"

static g23_value_t vnone(void) { return (g23_value_t){.kind = G23_V_NONE, .seq_axis = -1}; }
static g23_value_t vbool(bool b) { return (g23_value_t){.kind = G23_V_BOOL, .i = b, .seq_axis = -1}; }
static const char *loc_text(g23_lower_t *L, g23_loc_t loc) {
  if (!loc.file || loc.line < 1) return "?";
  const char *p = loc.file->text, *end = loc.file->text + loc.file->len;
  for (int l = 1; l < loc.line && p < end; p++)
    if (*p == '\n') l++;
  p += loc.col - 1;
  if (p >= end) return "?";
  size_t n = (size_t)loc.len;
  if (n > (size_t)(end - p)) n = (size_t)(end - p);
  if (n > 200) n = 200;
  return g23_ast_strndup(&L->ar, p, n);
}

/* ---- layer and lambda calls ---------------------------------------------------- */

static const g23_ast_t *find_layer(const g23_lower_t *L, const char *name) {
  const g23_ast_list_t *l = &L->prog->layers;
  for (int i = 0; i < l->n; i++)
    if (strcmp(l->v[i]->name, name) == 0) return l->v[i];
  return NULL;
}


/* Checks a tensor argument against a pattern such as [B, T, C] or
 * f32[..., C], binding new dim names in env. */
static bool match_pattern(g23_lower_t *L, const g23_ast_t *layer, const g23_ast_t *lp, const g23_value_t *v,
                          g23_loc_t argloc, g23_env_t *env) {
  const g23_ast_t *pat = lp->b;
  if (v->kind == G23_V_ERR) return false;
  if (v->kind != G23_V_TENSOR) {
    g23_lerror(L, argloc, "argument '%s' of layer %s must be a tensor %s, got a %s", lp->name, layer->name,
               loc_text(L, pat->loc), g23_vkind_name(v->kind));
    return false;
  }
  const g23_node_t *n = g23_nd(L, v->id);
  char sh[200];
  g23_shape_str(n->rank, n->shape, sh, sizeof sh);
  if (pat->name && strcmp(pat->name, g23_dtype_name(n->dtype)) != 0) {
    g23_lerror(L, argloc, "argument '%s' of layer %s must be %s, got %s%s", lp->name, layer->name,
               loc_text(L, pat->loc), g23_dtype_name(n->dtype), sh);
    return false;
  }
  int ell = -1, nd = pat->list.n;
  for (int i = 0; i < nd; i++)
    if (pat->list.v[i]->kind == G23_AST_ELLIPSIS) ell = i;
  bool rank_ok = ell < 0 ? n->rank == nd : n->rank >= nd - 1;
  if (!rank_ok) {
    g23_lerror(L, argloc, "argument '%s' of layer %s must have shape %s, got %s%s (rank %d)", lp->name,
               layer->name, loc_text(L, pat->loc), g23_dtype_name(n->dtype), sh, n->rank);
    return false;
  }
  for (int i = 0; i < nd; i++) {
    const g23_ast_t *dim = pat->list.v[i];
    if (i == ell) continue;
    int axis = ell >= 0 && i > ell ? n->rank - (nd - i) : i;
    int64_t got = n->shape[axis];
    if (dim->kind == G23_AST_IDENT && g23_env_find_local(env, dim->name) < 0) {
      g23_env_set(L, env, dim->name, g23_vint(got));
      continue;
    }
    g23_env_t *saved = L->env;
    L->env = env;
    g23_value_t want = g23_lower_eval(L, dim);
    L->env = saved;
    int64_t w;
    if (!g23_to_dim(L, &want, dim->loc, "a pattern dimension", &w)) return false;
    if (w != got) {
      const char *dn = loc_text(L, dim->loc);
      g23_lerror(L, argloc, "argument '%s' of layer %s: dimension %s is %" PRId64 " but must be %" PRId64
                 " (shape %s, pattern %s)", lp->name, layer->name, dn, got, w, sh, loc_text(L, pat->loc));
      return false;
    }
  }
  return true;
}

static g23_value_t with_scope(g23_value_t v, const char *scope) {
  if (v.kind == G23_V_TENSOR) v.scope = scope;
  return v;
}

static g23_value_t call_layer(g23_lower_t *L, const g23_ast_t *layer, const g23_ast_t *call, g23_value_t *args,
                              const char **names, int nargs, const char *hint) {
  const g23_ast_list_t *ps = &layer->list;
  int np = ps->n;
  if (L->nframes >= G23_MAX_INLINE_DEPTH) {
    g23_lerror(L, call->loc, "layer %s is nested more than %d calls deep (layers cannot be recursive)", layer->name,
               G23_MAX_INLINE_DEPTH);
    L->aborted = true;
    return g23_verr();
  }
  g23_value_t *vals = g23_ast_alloc(&L->ar, (size_t)(np ? np : 1) * sizeof *vals);
  g23_loc_t *locs = g23_ast_alloc(&L->ar, (size_t)(np ? np : 1) * sizeof *locs);
  bool *set = g23_ast_alloc(&L->ar, (size_t)(np ? np : 1) * sizeof *set);
  bool bad = false;
  int npos = 0;
  for (int k = 0; k < nargs; k++) {
    const g23_ast_t *an = call->list.v[k];
    int idx = -1;
    if (!names[k]) {
      idx = npos++;
      if (idx >= np) {
        g23_lerror(L, an->loc, "layer %s takes %d argument%s, got more", layer->name, np, np == 1 ? "" : "s");
        return g23_verr();
      }
    } else {
      for (int i = 0; i < np; i++)
        if (strcmp(ps->v[i]->name, names[k]) == 0) idx = i;
      if (idx < 0) {
        g23_lerror(L, an->loc, "layer %s has no parameter '%s'", layer->name, names[k]);
        bad = true;
        continue;
      }
    }
    if (set[idx]) {
      g23_lerror(L, an->loc, "argument '%s' of layer %s given twice", ps->v[idx]->name, layer->name);
      bad = true;
      continue;
    }
    set[idx] = true;
    vals[idx] = args[k];
    locs[idx] = an->loc;
    if (args[k].kind == G23_V_ERR) bad = true;
  }
  if (bad) return g23_verr();
  g23_env_t *env = g23_env_new(L, L->consts);
  g23_env_t *saved_env = L->env;
  for (int i = 0; i < np; i++) {
    const g23_ast_t *lp = ps->v[i];
    if (!set[i]) {
      if (!lp->a) {
        g23_lerror(L, call->loc, "layer %s: missing argument '%s'", layer->name, lp->name);
        return g23_verr();
      }
      L->env = env;
      vals[i] = g23_lower_eval(L, lp->a);
      L->env = saved_env;
      locs[i] = lp->a->loc;
      if (vals[i].kind == G23_V_ERR) return g23_verr();
    }
    if (lp->b && !match_pattern(L, layer, lp, &vals[i], locs[i], env)) return g23_verr();
    g23_env_set(L, env, lp->name, vals[i]);
  }
  /* Inline the body in the instance's scope. */
  const char *inst = g23_scope_claim(L, hint ? hint : layer->name);
  g23_scope_t *saved_scope = L->scope;
  const char *path = g23_scope_join(L, saved_scope->path, inst);
  L->scope = g23_scope_new(L, path);
  L->frames[L->nframes++] = (g23_frame_t){layer->name, call->loc};
  int saved_frame = L->frame;
  L->frame = g23_diag_frame(L->d, saved_frame, layer->name, call->loc);
  if (L->g) L->g->frame = L->frame;
  L->env = env;
  L->returned = false;
  g23_exec_block(L, &layer->list2);
  bool returned = L->returned;
  g23_value_t r = L->ret;
  L->returned = false;
  L->nframes--;
  L->frame = saved_frame;
  if (L->g) L->g->frame = saved_frame;
  L->env = saved_env;
  L->scope = saved_scope;
  if (!returned) {
    if (!L->aborted) g23_lerror(L, call->loc, "layer %s ended without a return statement", layer->name);
    return g23_verr();
  }
  if (r.kind == G23_V_TUPLE) {
    g23_value_t *items = g23_ast_alloc(&L->ar, (size_t)r.n * sizeof *items);
    for (int i = 0; i < r.n; i++) items[i] = with_scope(r.items[i], path);
    r.items = items;
    return r;
  }
  return with_scope(r, path);
}

g23_value_t g23_call_lambda(g23_lower_t *L, const g23_value_t *fn, const g23_value_t *args, int nargs,
                            g23_loc_t loc) {
  const g23_ast_t *lam = fn->ast;
  if (nargs != lam->list.n) {
    g23_lerror(L, loc, "this lambda takes %d argument%s, got %d", lam->list.n, lam->list.n == 1 ? "" : "s", nargs);
    return g23_verr();
  }
  g23_env_t *env = g23_env_new(L, fn->env);
  for (int i = 0; i < nargs; i++) g23_env_set(L, env, lam->list.v[i]->name, args[i]);
  g23_env_t *saved = L->env;
  L->env = env;
  g23_value_t r = g23_lower_eval(L, lam->a);
  L->env = saved;
  return r;
}

static g23_value_t eval_call(g23_lower_t *L, const g23_ast_t *e, const char *hint) {
  int n = e->list.n;
  g23_value_t *args = g23_ast_alloc(&L->ar, (size_t)(n ? n : 1) * sizeof *args);
  const char **names = g23_ast_alloc(&L->ar, (size_t)(n ? n : 1) * sizeof *names);
  bool bad = false, seen_named = false;
  for (int k = 0; k < n; k++) {
    const g23_ast_t *a = e->list.v[k];
    if (a->kind == G23_AST_NAMED) {
      names[k] = a->name;
      seen_named = true;
      for (int j = 0; j < k; j++)
        if (names[j] && strcmp(names[j], a->name) == 0) {
          g23_lerror(L, a->loc, "argument '%s' given twice", a->name);
          bad = true;
        }
      args[k] = g23_lower_eval(L, a->a);
    } else {
      if (seen_named) {
        g23_lerror(L, a->loc, "positional argument after a named one");
        bad = true;
      }
      args[k] = g23_lower_eval(L, a);
    }
    if (args[k].kind == G23_V_COLLECT) args[k] = g23_collect_value(L, args[k], a->loc);
  }
  if (bad) return g23_verr();
  const g23_ast_t *callee = e->a;
  if (callee->kind == G23_AST_IDENT) {
    const char *name = callee->name;
    const g23_value_t *v = g23_env_get(L->env, name);
    if (v && v->kind == G23_V_LAMBDA) {
      for (int k = 0; k < n; k++)
        if (names[k]) {
          g23_lerror(L, e->list.v[k]->loc, "lambdas take positional arguments only");
          return g23_verr();
        }
      return g23_call_lambda(L, v, args, n, e->loc);
    }
    const g23_ast_t *layer = find_layer(L, name);
    if (layer) return call_layer(L, layer, e, args, names, n, hint);
    if (g23_builtin_exists(name)) {
      for (int k = 0; k < n; k++)
        if (args[k].kind == G23_V_ERR) return g23_verr();
      return g23_builtin_call(L, name, e, args, names, n);
    }
    if (v) {
      if (v->kind == G23_V_ERR) return g23_verr();
      g23_lerror(L, callee->loc, "'%s' is a %s, not a layer or function", name, g23_vkind_name(v->kind));
    } else {
      g23_lerror(L, callee->loc, "unknown layer or function '%s'", name);
    }
    return g23_verr();
  }
  g23_value_t f = g23_lower_eval(L, callee);
  if (f.kind == G23_V_ERR) return f;
  if (f.kind != G23_V_LAMBDA) {
    g23_lerror(L, callee->loc, "a %s cannot be called", g23_vkind_name(f.kind));
    return g23_verr();
  }
  return g23_call_lambda(L, &f, args, n, e->loc);
}

/* ---- expressions ----------------------------------------------------------------- */

static g23_value_t eval_ident(g23_lower_t *L, const g23_ast_t *e) {
  const g23_value_t *v = g23_env_get(L->env, e->name);
  if (v) {
    if (v->kind == G23_V_COLLECT) return g23_collect_value(L, *v, e->loc);
    if (v->kind == G23_V_UNAVAIL) {
      g23_lerror(L, e->loc, "target '%s' does not exist in the %s graph; use targets only in the loss statement",
                 e->name, g23_graph_kind_name(L->kind));
      return g23_verr();
    }
    return *v;
  }
  if (strcmp(e->name, "pi") == 0) return g23_vfloat(M_PI);
  if (strcmp(e->name, "zeros") == 0) return (g23_value_t){.kind = G23_V_INIT, .init = G23_INIT_ZEROS, .seq_axis = -1};
  if (strcmp(e->name, "ones") == 0) return (g23_value_t){.kind = G23_V_INIT, .init = G23_INIT_ONES, .seq_axis = -1};
  if (find_layer(L, e->name)) g23_lerror(L, e->loc, "'%s' is a layer; call it with arguments", e->name);
  else if (g23_builtin_exists(e->name)) g23_lerror(L, e->loc, "'%s' is a builtin function; call it with arguments", e->name);
  else g23_lerror(L, e->loc, "unknown name '%s'", e->name);
  return g23_verr();
}

static g23_value_t eval_member(g23_lower_t *L, const g23_ast_t *e) {
  g23_value_t b = g23_lower_eval(L, e->a);
  if (b.kind == G23_V_ERR) return b;
  if (b.kind != G23_V_TENSOR || !b.scope) {
    g23_lerror(L, e->loc, "'.%s' needs the result of a layer call (whose parameters it names), got %s", e->name,
               b.kind == G23_V_TENSOR ? "a tensor not returned by a layer" : g23_vkind_name(b.kind));
    return g23_verr();
  }
  const char *full = g23_lower_printf(L, "%s.%s", b.scope, e->name);
  int id = g23_param_find(L, full);
  if (id < 0) {
    g23_lerror(L, e->loc, "layer instance '%s' has no parameter '%s'", b.scope, e->name);
    return g23_verr();
  }
  return g23_vtensor(id, -1);
}

static g23_value_t eval_items(g23_lower_t *L, const g23_ast_t *e, g23_vkind_t kind) {
  g23_value_t v = {.kind = kind, .n = e->list.n, .seq_axis = -1};
  v.items = g23_ast_alloc(&L->ar, (size_t)(v.n ? v.n : 1) * sizeof *v.items);
  for (int i = 0; i < v.n; i++) {
    v.items[i] = g23_collect_value(L, g23_lower_eval(L, e->list.v[i]), e->list.v[i]->loc);
    if (v.items[i].kind == G23_V_ERR) return g23_verr();
  }
  return v;
}

static bool values_equal(const g23_value_t *a, const g23_value_t *b) {
  if (a->kind == G23_V_NONE || b->kind == G23_V_NONE) return a->kind == b->kind;
  if (g23_is_num(a) && g23_is_num(b)) return g23_num(a) == g23_num(b);
  if (a->kind == G23_V_BOOL && b->kind == G23_V_BOOL) return a->i == b->i;
  if (a->kind == G23_V_STR && b->kind == G23_V_STR) return strcmp(a->str, b->str) == 0;
  return false;
}

static g23_value_t eval_compare(g23_lower_t *L, const g23_ast_t *e) {
  g23_value_t a = g23_lower_eval(L, e->a), b = g23_lower_eval(L, e->b);
  if (a.kind == G23_V_ERR || b.kind == G23_V_ERR) return g23_verr();
  /* On tensors and score values every comparison is elementwise (1 or 0);
   * `>` and `>=` are `<` and `<=` with the operands swapped.  Against none
   * (an omitted optional argument) equality stays a compile-time test. */
  bool elem_a = a.kind == G23_V_TENSOR || a.kind == G23_V_SX, elem_b = b.kind == G23_V_TENSOR || b.kind == G23_V_SX;
  if ((elem_a || elem_b) && (elem_a || g23_is_num(&a)) && (elem_b || g23_is_num(&b))) {
    switch (e->op) {
    case '>': return g23_binop(L, '<', b, a, e->loc);
    case G23_TOK_GE: return g23_binop(L, G23_TOK_LE, b, a, e->loc);
    default: return g23_binop(L, e->op, a, b, e->loc);
    }
  }
  if ((elem_a || elem_b) && a.kind != G23_V_NONE && b.kind != G23_V_NONE) {
    g23_lerror(L, e->loc, "cannot compare a %s and a %s", g23_vkind_name(a.kind), g23_vkind_name(b.kind));
    return g23_verr();
  }
  if (e->op == G23_TOK_EQ || e->op == G23_TOK_NE) {
    bool eq = values_equal(&a, &b);
    return vbool(e->op == G23_TOK_EQ ? eq : !eq);
  }
  if (!g23_is_num(&a) || !g23_is_num(&b)) {
    g23_lerror(L, e->loc, "cannot compare a %s and a %s", g23_vkind_name(a.kind), g23_vkind_name(b.kind));
    return g23_verr();
  }
  double x = g23_num(&a), y = g23_num(&b);
  switch (e->op) {
  case '<': return vbool(x < y);
  case '>': return vbool(x > y);
  case G23_TOK_LE: return vbool(x <= y);
  default: return vbool(x >= y);
  }
}

static g23_value_t eval_expr(g23_lower_t *L, const g23_ast_t *e, const char *hint) {
  switch (e->kind) {
  case G23_AST_INT: return g23_vint(e->ival);
  case G23_AST_FLOAT: return g23_vfloat(e->num);
  case G23_AST_STR: return (g23_value_t){.kind = G23_V_STR, .str = e->name, .seq_axis = -1};
  case G23_AST_TRUE: return vbool(true);
  case G23_AST_FALSE: return vbool(false);
  case G23_AST_NONE: return vnone();
  case G23_AST_IDENT: return eval_ident(L, e);
  case G23_AST_UNARY: {
    g23_value_t a = g23_lower_eval(L, e->a);
    if (a.kind == G23_V_ERR) return a;
    if (e->op == G23_TOK_NOT) {
      bool t;
      return g23_truthy(L, a, e->a->loc, &t) ? vbool(!t) : g23_verr();
    }
    return g23_negate(L, a, e->loc);
  }
  case G23_AST_BINARY:
    if (e->op == G23_TOK_AND || e->op == G23_TOK_OR) {
      bool x, y;
      if (!g23_truthy(L, g23_lower_eval(L, e->a), e->a->loc, &x)) return g23_verr();
      if (e->op == G23_TOK_AND && !x) return vbool(false);
      if (e->op == G23_TOK_OR && x) return vbool(true);
      if (!g23_truthy(L, g23_lower_eval(L, e->b), e->b->loc, &y)) return g23_verr();
      return vbool(y);
    }
    if (e->op == G23_TOK_EQ || e->op == G23_TOK_NE || e->op == '<' || e->op == '>' || e->op == G23_TOK_LE ||
        e->op == G23_TOK_GE)
      return eval_compare(L, e);
    return g23_binop(L, e->op, g23_lower_eval(L, e->a), g23_lower_eval(L, e->b), e->loc);
  case G23_AST_CALL: return eval_call(L, e, hint);
  case G23_AST_INDEX: {
    g23_value_t b = g23_lower_eval(L, e->a);
    if (b.kind == G23_V_ERR) return b;
    return g23_index(L, b, e);
  }
  case G23_AST_MEMBER: return eval_member(L, e);
  case G23_AST_LIST: return eval_items(L, e, G23_V_LIST);
  case G23_AST_TUPLE: return eval_items(L, e, G23_V_TUPLE);
  case G23_AST_LAMBDA: return (g23_value_t){.kind = G23_V_LAMBDA, .ast = e, .env = L->env, .seq_axis = -1};
  case G23_AST_RANGE:
  case G23_AST_ELLIPSIS:
    g23_lerror(L, e->loc, "'%s' is only allowed inside [ ] indexing", e->kind == G23_AST_RANGE ? ":" : "...");
    return g23_verr();
  default:
    g23_lerror(L, e->loc, "a %s is not an expression", g23_ast_kind_name(e->kind));
    return g23_verr();
  }
}

g23_value_t g23_lower_eval_hint(g23_lower_t *L, const g23_ast_t *e, const char *hint) {
  if (!g23_lower_enter(L, e->loc)) return g23_verr();
  const g23_ast_t *outer = L->call;
  if (e->kind == G23_AST_CALL) L->call = e;
  g23_value_t v = eval_expr(L, e, hint);
  L->call = outer;
  L->depth--;
  return v;
}

g23_value_t g23_lower_eval(g23_lower_t *L, const g23_ast_t *e) { return g23_lower_eval_hint(L, e, NULL); }
