/* names.c: names tables, the names other frameworks give the parameters.
 *
 *   names hf {
 *     prefix "transformer."
 *     "h.{i}.attn.c_attn.weight" = "h.{i}.attn.qkv.w"
 *     tied "lm_head.weight" = "wte.w"
 *     skip "h.{i}.attn.bias"
 *   }
 *
 * A rule "theirs" = "ours" is matched against every parameter of the
 * training graph ("{i}" binds digits in ours and is written into theirs), so
 * one rule names a parameter of every layer.  The table must come out a
 * one-to-one map of the parameters: every parameter named exactly once,
 * every name given once, every rule naming something.  What does not hold is
 * reported at the rule, so a wrong table fails when the model is compiled,
 * never later as a checkpoint that loads into the wrong tensors.
 */
#include <stdlib.h>
#include <string.h>

#include "lower.h"

typedef struct {
  const char *param; /* a parameter's name (the graph's) */
  int named;         /* index into the table of its PARAM name, or -1 */
  const g23_ast_t *by;
} pinfo_t;

typedef G23_VEC(const g23_ast_t *) blocks_t;

/* The names blocks of the top level (and of included files' top level);
 * one anywhere else is an error. */
static void collect(const g23_ast_list_t *stmts, bool top, g23_diag_t *d, blocks_t *out) {
  for (int i = 0; i < stmts->n; i++) {
    const g23_ast_t *s = stmts->v[i];
    if (!s) continue;
    if (s->kind == G23_AST_INCLUDE) collect(&s->list, top, d, out);
    if (s->kind == G23_AST_NAMES) {
      if (top) G23_VEC_PUSH(*out, s);
      else g23_error(d, s->loc, "a names table is only allowed at the top level of a model");
    }
    if (s->kind == G23_AST_LAYER || s->kind == G23_AST_REPEAT || s->kind == G23_AST_FOR || s->kind == G23_AST_IF) {
      collect(&s->list, false, d, out);
      collect(&s->list2, false, d, out);
    }
  }
}

static bool check_pattern(g23_diag_t *d, g23_loc_t loc, const char *pat) {
  const char *why = g23_pattern_check(pat);
  if (!*pat) why = "the name is empty";
  if (why) g23_error(d, loc, "bad name pattern \"%s\": %s", pat, why);
  return why == NULL;
}

/* Every {v} of theirs must be bound by ours. */
static bool check_vars(g23_diag_t *d, const g23_ast_t *r) {
  for (const char *p = strchr(r->name, '{'); p; p = strchr(p + 1, '{')) {
    const char *end = strchr(p, '}');
    size_t n = (size_t)(end - p + 1);
    const char *q = r->a->name;
    bool found = false;
    for (const char *x = strstr(q, "{"); x && !found; x = strstr(x + 1, "{")) found = strncmp(x, p, n) == 0;
    if (!found) {
      g23_error(d, r->loc, "%.*s in \"%s\" does not appear in \"%s\", so it has no value", (int)n, p, r->name,
                r->a->name);
      return false;
    }
  }
  return true;
}

static void add(g23_names_t *t, int *cap, g23_xname_kind_t kind, const char *name, const char *param) {
  if (t->n == *cap) {
    *cap = *cap ? 2 * *cap : 16;
    t->v = g23_xrealloc(t->v, (size_t)*cap * sizeof *t->v);
  }
  t->v[t->n++] = (g23_xname_t){kind, g23_xstrdup(name), param ? g23_xstrdup(param) : NULL};
}

static int build_one(const g23_ast_t *s, pinfo_t *ps, int np, g23_diag_t *d, g23_names_t *t) {
  int before = d->errors, cap = 0;
  const g23_ast_t *prefix = NULL;
  g23_strmap_t theirs = {0}; /* their name -> index in t->v */
  blocks_t by = {0}; /* the rule of each entry of t->v */
  for (int i = 0; i < np; i++) ps[i].named = -1, ps[i].by = NULL;
  for (int k = 0; k < s->list.n; k++) {
    const g23_ast_t *r = s->list.v[k];
    const char *word = r->b ? r->b->name : NULL;
    g23_xname_kind_t kind = G23_XNAME_PARAM;
    if (word && strcmp(word, "prefix") == 0) {
      if (r->a) g23_error(d, r->a->loc, "prefix takes one string: prefix \"transformer.\"");
      else if (prefix) {
        g23_error(d, r->loc, "table %s has a second prefix", s->name);
        g23_note(d, prefix->loc, "the first is here");
      } else if (!*r->name || strchr(r->name, '{') || strchr(r->name, '}'))
        g23_error(d, r->loc, "a prefix is plain text, not empty and without {names}");
      else prefix = r;
      continue;
    }
    if (word && strcmp(word, "skip") == 0) {
      if (r->a) g23_error(d, r->a->loc, "skip takes one name pattern: skip \"h.{i}.attn.bias\"");
      else if (check_pattern(d, r->loc, r->name)) {
        for (int i = 0; i < np; i++)
          if (g23_pattern_match(r->name, ps[i].param, (g23_pat_bind_t[G23_PATTERN_MAX_VARS]){0},
                                G23_PATTERN_MAX_VARS) >= 0) {
            g23_error(d, r->loc, "skip \"%s\" matches the parameter %s", r->name, ps[i].param);
            break;
          }
        add(t, &cap, G23_XNAME_SKIP, r->name, NULL);
        G23_VEC_PUSH(by, r);
      }
      continue;
    }
    if (word && strcmp(word, "tied") == 0) kind = G23_XNAME_TIED;
    else if (word) {
      g23_error(d, r->b->loc, "unknown word '%s' in a names block: expected prefix, tied or skip", word);
      continue;
    }
    if (!r->a) continue; /* the parser needs '=' here */
    if (!check_pattern(d, r->loc, r->name) || !check_pattern(d, r->a->loc, r->a->name) || !check_vars(d, r))
      continue;
    int matched = 0;
    for (int i = 0; i < np; i++) {
      g23_pat_bind_t b[G23_PATTERN_MAX_VARS];
      int nb = g23_pattern_match(r->a->name, ps[i].param, b, G23_PATTERN_MAX_VARS);
      if (nb < 0) continue;
      matched++;
      char *name = g23_pattern_subst(r->name, b, nb);
      G23_ASSERT(name);
      int prev = g23_strmap_get(&theirs, name);
      if (prev >= 0) {
        g23_error(d, r->loc, "table %s gives the name %s to %s and to %s", s->name, name, t->v[prev].param,
                  ps[i].param);
        g23_note(d, by.v[prev]->loc, "the first is named here");
      } else if (kind == G23_XNAME_PARAM && ps[i].named >= 0) {
        g23_error(d, r->loc, "table %s gives the parameter %s two names: %s and %s", s->name, ps[i].param,
                  t->v[ps[i].named].name, name);
        g23_note(d, ps[i].by->loc, "the first is given here");
      } else {
        if (kind == G23_XNAME_PARAM) ps[i].named = t->n, ps[i].by = r;
        add(t, &cap, kind, name, ps[i].param);
        G23_VEC_PUSH(by, r);
        g23_strmap_put(&theirs, t->v[t->n - 1].name, t->n - 1);
      }
      free(name);
    }
    if (matched == 0)
      g23_error(d, r->a->loc, "\"%s\" matches no parameter of the model (see gpt23c --dump of a plan for the "
                "parameters' names)", r->a->name);
  }
  /* a skip pattern must not hide a name of the table */
  for (int k = 0; k < t->n; k++) {
    if (t->v[k].kind != G23_XNAME_SKIP) continue;
    for (int j = 0; j < t->n; j++) {
      g23_pat_bind_t b[G23_PATTERN_MAX_VARS];
      if (t->v[j].kind == G23_XNAME_SKIP || g23_pattern_match(t->v[k].name, t->v[j].name, b, G23_PATTERN_MAX_VARS) < 0)
        continue;
      g23_error(d, by.v[k]->loc, "skip \"%s\" matches %s, a name of table %s", t->v[k].name, t->v[j].name, s->name);
      break;
    }
  }
  /* a tied name is a second name: the parameter needs its first */
  for (int k = 0; k < t->n; k++) {
    if (t->v[k].kind != G23_XNAME_TIED) continue;
    for (int i = 0; i < np; i++)
      if (strcmp(ps[i].param, t->v[k].param) == 0 && ps[i].named < 0)
        g23_error(d, by.v[k]->loc, "tied \"%s\" is a second name of %s, which has no first name in table %s",
                  t->v[k].name, t->v[k].param, s->name);
  }
  g23_buf_t missing = {0};
  int nmissing = 0;
  for (int i = 0; i < np; i++)
    if (ps[i].named < 0) {
      if (nmissing < 8) g23_buf_printf(&missing, "%s%s", nmissing ? ", " : "", ps[i].param);
      nmissing++;
    }
  if (nmissing && d->errors == before)
    g23_error(d, s->loc, "table %s names no %d parameter%s: %s%s (every parameter needs a name)", s->name,
              nmissing, nmissing == 1 ? "" : "s", missing.s, nmissing > 8 ? ", ..." : "");
  g23_buf_free(&missing);
  if (prefix) t->prefix = g23_xstrdup(prefix->name);
  g23_strmap_free(&theirs);
  G23_VEC_FREE(by);
  return d->errors == before ? 0 : -1;
}

int g23_names_build(const g23_program_t *prog, g23_diag_t *d, g23_module_t *m) {
  blocks_t blocks = {0};
  int before = d->errors;
  collect(&prog->stmts, true, d, &blocks);
  if (d->errors > before) {
    G23_VEC_FREE(blocks);
    return -1;
  }
  if (blocks.n == 0) return 0;
  /* the parameters, once each (a tied weight is one node) */
  const g23_graph_t *g = &m->graphs[G23_GRAPH_TRAIN];
  pinfo_t *ps = g23_xcalloc((size_t)g->n + 1, sizeof *ps);
  int np = 0;
  g23_strmap_t seen = {0};
  for (int i = 0; i < g->n; i++) {
    const g23_node_t *n = &g->nodes[i];
    if (n->op != G23_OP_PARAM || g23_strmap_get(&seen, n->name) >= 0) continue;
    g23_strmap_put(&seen, n->name, np);
    ps[np++].param = n->name;
  }
  g23_strmap_free(&seen);
  int rc = 0;
  m->names = g23_xcalloc((size_t)blocks.n, sizeof *m->names);
  for (int k = 0; k < blocks.n; k++) {
    const g23_ast_t *s = blocks.v[k];
    for (int j = 0; j < k; j++)
      if (strcmp(blocks.v[j]->name, s->name) == 0) {
        g23_error(d, s->loc, "a second names table called %s", s->name);
        g23_note(d, blocks.v[j]->loc, "the first is here");
        rc = -1;
      }
    g23_names_t *t = &m->names[m->nnames++];
    t->name = g23_xstrdup(s->name);
    if (build_one(s, ps, np, d, t) != 0) rc = -1;
  }
  free(ps);
  G23_VEC_FREE(blocks);
  return rc;
}
