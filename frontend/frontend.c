/* frontend.c: from a model file to the module's graphs.
 *
 * The program is parsed once and evaluated once per graph: TRAIN (dropout
 * on), EVAL, and for a generating or classifying model PREFILL and DECODE.
 * Hyperparameters are the same numbers in every graph; only the input dims
 * written `batch` and `seq` change (PREFILL: 1 and max_seq_length, or a
 * classifier's training seq; DECODE: 1 and 1).  Whether DECODE can be incremental is found by building PREFILL
 * once without KV caches and watching for sequence mixing outside attention.
 */
#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"

/* "12" is an integer, "0.1" or "1e-3" a float; anything else is an error. */
static bool parse_define(const char *s, g23_value_t *v) {
  if (!s || !*s) return false;
  char *end;
  errno = 0;
  long long i = strtoll(s, &end, 10);
  if (*end == 0 && errno == 0) {
    *v = g23_vint(i);
    return true;
  }
  errno = 0;
  double f = strtod(s, &end);
  if (*end == 0 && errno == 0 && isfinite(f)) {
    *v = g23_vfloat(f);
    return true;
  }
  return false;
}

static const g23_ast_t *find_hparam(const g23_program_t *prog, const g23_ast_list_t *stmts, const char *name) {
  for (int i = 0; i < stmts->n; i++) {
    const g23_ast_t *s = stmts->v[i];
    if (s->kind == G23_AST_INCLUDE) {
      const g23_ast_t *r = find_hparam(prog, &s->list, name);
      if (r) return r;
    }
    if (s->kind != G23_AST_HPARAMS) continue;
    for (int k = 0; k < s->list.n; k++)
      if (strcmp(s->list.v[k]->name, name) == 0) return s->list.v[k];
  }
  return NULL;
}

/* Evaluates every hparams block in order (includes first, where they are)
 * into L->consts and m->hparams, applying -D overrides. */
static void eval_hparams(g23_lower_t *L, const g23_ast_list_t *stmts, const g23_frontend_opts_t *o,
                         g23_module_t *m) {
  char base;
  if (!L->stack_base) L->stack_base = (uintptr_t)&base;
  for (int i = 0; i < stmts->n; i++) {
    const g23_ast_t *s = stmts->v[i];
    if (s->kind == G23_AST_INCLUDE) eval_hparams(L, &s->list, o, m);
    if (s->kind != G23_AST_HPARAMS) continue;
    for (int k = 0; k < s->list.n; k++) {
      const g23_ast_t *h = s->list.v[k];
      if (g23_env_get(L->consts, h->name)) {
        g23_lerror(L, h->loc, "hparam '%s' is defined twice", h->name);
        continue;
      }
      g23_value_t v = {0};
      bool overridden = false;
      for (int j = 0; j < o->ndefines; j++) {
        if (strcmp(o->defines[j].name, h->name) != 0) continue;
        overridden = true;
        if (!parse_define(o->defines[j].value, &v)) {
          g23_error(L->d, g23_noloc, "-D %s=%s: the value is not a number", o->defines[j].name,
                    o->defines[j].value ? o->defines[j].value : "");
          v = g23_verr();
        }
      }
      if (!overridden) {
        L->env = L->consts;
        v = g23_lower_eval(L, h->a);
        L->env = L->top;
      }
      if (v.kind == G23_V_ERR) {
        g23_env_set(L, L->consts, h->name, v);
        continue;
      }
      if (!g23_is_num(&v) && v.kind != G23_V_BOOL) {
        g23_lerror(L, h->a->loc, "hparam '%s' must be a number, got a %s", h->name, g23_vkind_name(v.kind));
        v = g23_verr();
        g23_env_set(L, L->consts, h->name, v);
        continue;
      }
      if (v.kind == G23_V_BOOL) v = g23_vint(v.i);
      g23_env_set(L, L->consts, h->name, v);
      m->hparams = g23_xrealloc(m->hparams, (size_t)(m->nhparams + 1) * sizeof *m->hparams);
      m->hparams[m->nhparams++] = (g23_hparam_t){g23_xstrdup(h->name), v.kind == G23_V_FLOAT, g23_num(&v)};
    }
  }
}

static const g23_ast_t *find_kind(const g23_ast_list_t *stmts, g23_ast_kind_t k1, g23_ast_kind_t k2) {
  for (int i = 0; i < stmts->n; i++) {
    const g23_ast_t *s = stmts->v[i];
    if (s->kind == k1 || s->kind == k2) return s;
    if (s->kind == G23_AST_INCLUDE) {
      const g23_ast_t *r = find_kind(&s->list, k1, k2);
      if (r) return r;
    }
  }
  return NULL;
}

static bool hparam_int(const g23_module_t *m, const char *name, int64_t *out) {
  for (int i = 0; i < m->nhparams; i++)
    if (strcmp(m->hparams[i].name, name) == 0 && !m->hparams[i].is_float) {
      *out = (int64_t)m->hparams[i].value;
      return true;
    }
  return false;
}

typedef struct {
  const g23_program_t *prog;
  const g23_frontend_opts_t *o;
  g23_diag_t *d;
  g23_module_t *m;
  const g23_ast_t *gen; /* the generate / classify statement */
} build_t;

/* Where and why the graph mixes sequence positions outside attention. */
typedef struct {
  bool mixed;
  g23_loc_t loc;
  const char *why;
  int frame;
} mix_t;

/* Builds one graph; returns 0, or -1 with errors reported. */
static int build_graph(build_t *B, g23_graph_kind_t kind, bool caches, mix_t *mix) {
  g23_graph_t *g = &B->m->graphs[kind];
  g23_graph_free(g);
  g23_graph_init(g, kind);
  int before = B->d->errors;
  g23_lower_t L;
  g23_lower_init(&L, B->d, B->prog, g, kind);
  L.caches = caches;
  L.max_seq = B->m->max_seq;
  L.gen_batch = 1;
  L.gen_seq = kind == G23_GRAPH_DECODE ? 1 : B->m->max_seq;
  /* A classifier predicts on what it was trained on: seq tokens, padded as
   * in training, not max_seq_length (positions it never saw padded). */
  if (B->m->classifier && B->m->seq > 0) L.gen_seq = B->m->seq;
  if (B->gen) L.gen_loc = B->gen->loc;
  /* Hyperparameters, evaluated into this run's constants (quietly after the
   * first graph: the same errors would repeat). */
  g23_module_t scratch = {0};
  eval_hparams(&L, &B->prog->stmts, B->o, &scratch);
  for (int i = 0; i < scratch.nhparams; i++) free(scratch.hparams[i].name);
  free(scratch.hparams);
  if (B->d->errors == before) g23_lower_run(&L);
  if (B->d->errors == before) g23_check_bounds(&L, B->m);
  if (B->d->errors == before) {
    if (!L.gen && !L.have_loss) g23_error(B->d, g23_noloc, "%s: the model has no loss statement", B->m->model_path);
    if (L.gen && !L.have_logits && B->d->errors == before)
      g23_error(B->d, B->gen->loc, "internal: the %s graph has no logits", g23_graph_kind_name(kind));
  }
  if (L.gen && L.have_logits) B->m->vocab = L.logits_last;
  if (mix) *mix = (mix_t){L.seq_mixed, L.mix_loc, L.mix_why, L.mix_frame};
  g23_lower_free(&L);
  if (B->d->errors > before) return -1;
  B->m->has_graph[kind] = true;
  return 0;
}

/* Every graph's parameters must match the training graph's. */
static int check_params(build_t *B, g23_graph_kind_t kind) {
  const g23_graph_t *t = &B->m->graphs[G23_GRAPH_TRAIN], *g = &B->m->graphs[kind];
  g23_strmap_t train = {0}; /* name -> the training graph's first parameter of that name */
  for (int j = t->n - 1; j >= 0; j--)
    if (t->nodes[j].op == G23_OP_PARAM) g23_strmap_put(&train, t->nodes[j].name, j);
  int rc = 0;
  for (int i = 0; i < g->n && !rc; i++) {
    const g23_node_t *p = &g->nodes[i];
    if (p->op != G23_OP_PARAM) continue;
    int j = g23_strmap_get(&train, p->name);
    const g23_node_t *q = j >= 0 ? &t->nodes[j] : NULL;
    char a[200], b[200];
    if (!q) {
      g23_error(B->d, p->loc, "parameter %s exists in the %s graph but not in training", p->name,
                g23_graph_kind_name(kind));
      rc = -1;
    } else if (q->rank != p->rank || memcmp(q->shape, p->shape, (size_t)p->rank * sizeof *p->shape) != 0) {
      g23_error(B->d, p->loc, "parameter %s is %s in the %s graph but %s in training; parameter shapes must not "
                "depend on batch or seq (use max_seq_length)", p->name, g23_shape_str(p->rank, p->shape, a, sizeof a),
                g23_graph_kind_name(kind), g23_shape_str(q->rank, q->shape, b, sizeof b));
      rc = -1;
    }
  }
  g23_strmap_free(&train);
  return rc;
}

static int check_defines(const g23_program_t *prog, const g23_frontend_opts_t *o, g23_diag_t *d) {
  int bad = 0;
  for (int j = 0; j < o->ndefines; j++) {
    if (!find_hparam(prog, &prog->stmts, o->defines[j].name)) {
      g23_error(d, g23_noloc, "-D %s: the model has no hparam named '%s'", o->defines[j].name, o->defines[j].name);
      bad = -1;
    }
  }
  return bad;
}

int g23_frontend_text(const g23_frontend_opts_t *o, const char *name, const char *text, size_t len,
                      g23_diag_t *d, g23_module_t *m) {
  memset(m, 0, sizeof *m);
  m->model_path = g23_xstrdup(name);
  char *t = g23_xmalloc(len + 1);
  memcpy(t, text, len);
  t[len] = 0;
  g23_program_t prog;
  g23_frontend_opts_t none = {0};
  if (!o) o = &none;
  if (g23_program_load(&prog, o, name, t, len, d)) {
    g23_program_free(&prog);
    return -1;
  }
  build_t B = {.prog = &prog, .o = o, .d = d, .m = m};
  int r = check_defines(&prog, o, d);
  /* Module hparams: the evaluation of the training graph's run. */
  {
    g23_lower_t L;
    g23_lower_init(&L, d, &prog, NULL, G23_GRAPH_TRAIN);
    int before = d->errors;
    eval_hparams(&L, &prog.stmts, o, m);
    g23_lower_free(&L);
    if (d->errors > before) r = -1;
  }
  hparam_int(m, "batch", &m->batch);
  hparam_int(m, "seq", &m->seq);
  B.gen = find_kind(&prog.stmts, G23_AST_GENERATE, G23_AST_CLASSIFY);
  m->classifier = B.gen && B.gen->kind == G23_AST_CLASSIFY;
  if (r == 0 && B.gen) {
    int64_t ms = 0;
    if (!hparam_int(m, "max_seq_length", &ms) || ms < 1 || ms > ((int64_t)1 << 24)) {
      g23_error(d, B.gen->loc, "%s needs an integer hparam max_seq_length (the context length, 1 .. 2^24)",
                m->classifier ? "classify from" : "generate from");
      r = -1;
    }
    m->max_seq = ms;
  }
  if (r == 0) r = build_graph(&B, G23_GRAPH_TRAIN, false, NULL);
  if (r == 0) r = g23_names_build(&prog, d, m);
  if (r == 0) r = build_graph(&B, G23_GRAPH_EVAL, false, NULL);
  if (r == 0 && B.gen) {
    mix_t mix = {0};
    r = build_graph(&B, G23_GRAPH_PREFILL, false, &mix);
    m->incremental_decode = r == 0 && !mix.mixed && !m->classifier;
    /* Not an error, but a cost the model's author should know of. */
    if (r == 0 && mix.mixed && !m->classifier) {
      g23_note(d, mix.loc, "incremental decoding is off: %s; generation re-runs the prefill graph over the last "
               "max_seq_length tokens", mix.why);
      g23_diag_frame_notes(d, mix.frame);
    }
    if (r == 0 && m->incremental_decode) {
      r = build_graph(&B, G23_GRAPH_PREFILL, true, NULL);
      if (r == 0) r = build_graph(&B, G23_GRAPH_DECODE, true, NULL);
    }
    if (r == 0) r = check_params(&B, G23_GRAPH_PREFILL);
    if (r == 0 && m->incremental_decode) r = check_params(&B, G23_GRAPH_DECODE);
  }
  if (r == 0 && !B.gen) {
    int64_t v;
    if (hparam_int(m, "vocab", &v)) m->vocab = v;
  }
  g23_program_free(&prog);
  return r;
}

int g23_frontend(const g23_frontend_opts_t *o, g23_diag_t *d, g23_module_t *m) {
  size_t len = 0;
  char *text = g23_read_file(o->path, &len);
  if (!text) {
    memset(m, 0, sizeof *m);
    g23_error(d, g23_noloc, "cannot read %s: %s", o->path, strerror(errno));
    return -1;
  }
  int r = g23_frontend_text(o, o->path, text, len, d, m);
  free(text);
  return r;
}
