/* lang_test: the model language's data-driven tests, and every shipped model.
 *
 * Each test/lang/*.test file holds cases:
 *
 *   === name of the case
 *   %D name=value         (optional, repeatable: -D overrides)
 *   %show what ...        (optional: module outputs params leaves hparams
 *                          ops:<graph> ir:<graph> names passes; default module
 *                          outputs params; `passes` then runs the compiler's
 *                          passes, autodiff among them, and prints "passes
 *                          ok" or their diagnostics)
 *   model text ...
 *   ---
 *   expected output: the summary selected by %show, or the exact diagnostics
 *
 * The model text is compiled as test/lang/test.net (includes resolve in
 * test/lang/, then models/).  Output paths have the source directory
 * stripped so the expectations do not depend on where the tree lives.
 * Then every model in models/ and models/variants/ must compile without a
 * diagnostic, verify, and have the graphs its statements ask for.
 *
 * Usage: lang_test [file.test ...]   (default: every test/lang/*.test)
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "passes/passes.h"
#include "test/check.h"

static const char *srcdir;
static int cases;

static char *strip_srcdir(char *s) {
  char prefix[4096];
  snprintf(prefix, sizeof prefix, "%s/", srcdir);
  size_t n = strlen(prefix);
  char *out = malloc(strlen(s) + 1), *o = out;
  for (char *p = s; *p;) {
    if (strncmp(p, prefix, n) == 0) p += n;
    else *o++ = *p++;
  }
  *o = 0;
  return out;
}

static void rstrip(char *s) {
  size_t n = strlen(s);
  while (n && (s[n - 1] == '\n' || s[n - 1] == ' ')) s[--n] = 0;
}

static const char *init_str(const g23_node_t *n, char *buf, size_t size) {
  switch (n->init) {
  case G23_INIT_ZEROS: return "zeros";
  case G23_INIT_ONES: return "ones";
  case G23_INIT_NORMAL: snprintf(buf, size, "normal(%.6g)", n->init_arg); return buf;
  case G23_INIT_CONST: snprintf(buf, size, "constant(%.6g)", n->init_arg); return buf;
  case G23_INIT_ALIBI: return "alibi";
  default: return "none";
  }
}

static const char *type_str(const g23_node_t *n, char *buf, size_t size) {
  char sh[256];
  snprintf(buf, size, "%s%s", g23_dtype_name(n->dtype), g23_shape_str(n->rank, n->shape, sh, sizeof sh));
  return buf;
}

static bool shows(const char *show, const char *what) {
  if (!show) return strcmp(what, "module") == 0 || strcmp(what, "outputs") == 0 || strcmp(what, "params") == 0;
  size_t n = strlen(what);
  for (const char *p = show; (p = strstr(p, what)); p += n)
    if ((p == show || p[-1] == ' ') && (p[n] == 0 || p[n] == ' ')) return true;
  return false;
}

static void summary(FILE *f, const g23_module_t *m, const char *show) {
  char t[300], b[64];
  if (shows(show, "module"))
    fprintf(f, "module vocab=%lld max_seq=%lld batch=%lld seq=%lld incremental=%s classifier=%s\n",
            (long long)m->vocab, (long long)m->max_seq, (long long)m->batch, (long long)m->seq,
            m->incremental_decode ? "yes" : "no", m->classifier ? "yes" : "no");
  if (shows(show, "hparams"))
    for (int i = 0; i < m->nhparams; i++)
      fprintf(f, "hparam %s = %.10g%s\n", m->hparams[i].name, m->hparams[i].value, m->hparams[i].is_float ? " (float)" : "");
  if (shows(show, "names"))
    for (int i = 0; i < m->nnames; i++) {
      const g23_names_t *tb = &m->names[i];
      fprintf(f, "names %s%s%s\n", tb->name, tb->prefix ? " prefix " : "", tb->prefix ? tb->prefix : "");
      static const char *kinds[] = {"", " (tied)", "skip"};
      for (int k = 0; k < tb->n; k++)
        fprintf(f, "  %s %s%s\n", tb->v[k].name, tb->v[k].param ? tb->v[k].param : "", kinds[tb->v[k].kind]);
    }
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!m->has_graph[k]) continue;
    const g23_graph_t *g = &m->graphs[k];
    const char *kn = g23_graph_kind_name(k);
    if (shows(show, "outputs"))
      for (int i = 0; i < g->nout; i++)
        fprintf(f, "%s output %s %s\n", kn, g->nodes[g->outputs[i]].name, type_str(&g->nodes[g->outputs[i]], t, sizeof t));
    if (shows(show, "leaves"))
      for (int i = 0; i < g->n; i++) {
        const g23_node_t *n = &g->nodes[i];
        if (n->op == G23_OP_INPUT || n->op == G23_OP_STATE)
          fprintf(f, "%s %s %s %s\n", kn, g23_role_name(n->role), n->name, type_str(n, t, sizeof t));
      }
    if (k == G23_GRAPH_TRAIN && shows(show, "params"))
      for (int i = 0; i < g->n; i++) {
        const g23_node_t *n = &g->nodes[i];
        if (n->op == G23_OP_PARAM)
          fprintf(f, "param %s %s %s%s\n", n->name, type_str(n, t, sizeof t), init_str(n, b, sizeof b),
                  n->no_decay ? " no_decay" : "");
      }
    char what[64];
    snprintf(what, sizeof what, "ops:%s", kn);
    if (shows(show, what)) {
      int count[G23_OP_COUNT] = {0};
      for (int i = 0; i < g->n; i++) count[g->nodes[i].op]++;
      fprintf(f, "%s ops:", kn);
      for (int op = 0; op < G23_OP_COUNT; op++)
        if (count[op]) fprintf(f, " %s=%d", g23_ops[op].name, count[op]);
      fprintf(f, "\n");
    }
    snprintf(what, sizeof what, "ir:%s", kn);
    if (shows(show, what)) g23_dump_ir(f, g);
  }
}

/* Compiles one case and returns what it printed (malloc'd). */
static char *run_case(const char *text, size_t len, const char *show, g23_define_t *defs, int ndefs) {
  char *out = NULL;
  size_t outlen = 0;
  FILE *f = open_memstream(&out, &outlen);
  g23_diag_t d;
  g23_diag_init(&d, f);
  char inc0[4096], inc1[4096], name[4096];
  snprintf(inc0, sizeof inc0, "%s/models", srcdir);
  snprintf(inc1, sizeof inc1, "%s/test/lang", srcdir);
  snprintf(name, sizeof name, "%s/test/lang/test.net", srcdir);
  const char *incs[] = {inc0, inc1};
  g23_frontend_opts_t o = {.path = name, .include_dirs = incs, .ninclude = 2, .defines = defs, .ndefines = ndefs};
  g23_module_t m;
  int r = g23_frontend_text(&o, name, text, len, &d, &m);
  if (r == 0 && d.errors == 0) summary(f, &m, show);
  if (r == 0 && d.errors == 0 && show && shows(show, "passes")) {
    g23_pipeline_opts_t po = {.adamw = G23_ADAMW_DEFAULTS, .dump_graph = -1, .verify_each = true};
    g23_plan_t plan = {0};
    if (g23_pipeline_run(&m, &po, &d, &plan) == 0 && d.errors == 0) fprintf(f, "passes ok\n");
    else r = -1;
    g23_plan_free(&plan);
  }
  if ((r != 0) != (d.errors != 0)) fprintf(f, "lang_test: status %d with %d errors\n", r, d.errors);
  g23_module_free(&m);
  g23_diag_free(&d);
  fclose(f);
  char *s = strip_srcdir(out);
  free(out);
  rstrip(s);
  return s;
}

static void report_diff(const char *file, const char *name, const char *want, const char *got) {
  FAIL("%s: %s\n--- expected\n%s\n--- got\n%s\n---", file, name, want, got);
}

static char *read_all(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t cap = 0, n = 0, k;
  do {
    if (n + 4096 > cap) buf = realloc(buf, cap = 2 * cap + 4096);
    k = fread(buf + n, 1, 4096, f);
    n += k;
  } while (k > 0);
  fclose(f);
  buf[n] = 0;
  *len = n;
  return buf;
}

/* Unescapes \xNN in model text so cases can hold arbitrary bytes. */
static size_t unescape(char *s, size_t n) {
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\\' && i + 3 < n && s[i + 1] == 'x') {
      char hex[3] = {s[i + 2], s[i + 3], 0};
      s[o++] = (char)strtol(hex, NULL, 16);
      i += 3;
    } else {
      s[o++] = s[i];
    }
  }
  return o;
}

static void run_file(const char *path) {
  size_t len;
  char *text = read_all(path, &len);
  if (!text) {
    FAIL("cannot read %s", path);
    return;
  }
  char *p = strstr(text, "=== ");
  while (p) {
    char *next = strstr(p + 4, "\n=== ");
    if (next) *next++ = 0;
    char *nl = strchr(p, '\n');
    if (!nl) break;
    *nl = 0;
    const char *name = p + 4;
    char *body = nl + 1;
    g23_define_t defs[8];
    int ndefs = 0;
    const char *show = NULL;
    while (body[0] == '%') {
      char *e = strchr(body, '\n');
      if (!e) break;
      *e = 0;
      if (strncmp(body, "%D ", 3) == 0 && ndefs < 8) {
        char *eq = strchr(body + 3, '=');
        if (eq) {
          *eq = 0;
          defs[ndefs].name = body + 3;
          defs[ndefs++].value = eq + 1;
        }
      } else if (strncmp(body, "%show ", 6) == 0) {
        show = body + 6;
      }
      body = e + 1;
    }
    char *sep = strstr(body, "\n---\n");
    if (!sep && strncmp(body, "---\n", 4) == 0) sep = body - 1;
    if (!sep) {
      FAIL("%s: case '%s' has no --- line", path, name);
      p = next;
      continue;
    }
    char *want = sep + 5;
    size_t mlen = sep >= body ? (size_t)(sep - body) + 1 : 0;
    char *model = malloc(mlen + 1);
    memcpy(model, body, mlen);
    mlen = unescape(model, mlen);
    model[mlen] = 0;
    char *w = strdup(want);
    rstrip(w);
    char *got = run_case(model, mlen, show, defs, ndefs);
    cases++;
    if (strcmp(got, w) != 0) report_diff(path, name, w, got);
    free(got);
    free(w);
    free(model);
    p = next;
  }
  free(text);
}

/* A shipped model: no diagnostics, verified graphs, loss and logits. */
static void check_model(const char *path) {
  g23_diag_t d;
  g23_diag_init(&d, stdout);
  char inc0[4096];
  snprintf(inc0, sizeof inc0, "%s/models", srcdir);
  const char *incs[] = {inc0};
  g23_frontend_opts_t o = {.path = path, .include_dirs = incs, .ninclude = 1};
  g23_module_t m;
  int r = g23_frontend(&o, &d, &m);
  cases++;
  bool ok = r == 0 && d.errors == 0;
  for (int k = 0; ok && k < G23_GRAPH_COUNT; k++)
    if (m.has_graph[k] && g23_verify(&m.graphs[k], &d)) ok = false;
  if (ok && (!m.has_graph[G23_GRAPH_TRAIN] || !m.has_graph[G23_GRAPH_EVAL] || !m.has_graph[G23_GRAPH_PREFILL])) {
    printf("%s: missing a graph\n", path);
    ok = false;
  }
  if (ok && m.incremental_decode != m.has_graph[G23_GRAPH_DECODE]) {
    printf("%s: incremental_decode disagrees with the decode graph\n", path);
    ok = false;
  }
  for (int k = 0; ok && k < G23_GRAPH_COUNT; k++) {
    if (!m.has_graph[k]) continue;
    const g23_graph_t *g = &m.graphs[k];
    const char *want = k <= G23_GRAPH_EVAL ? "loss" : "logits";
    if (g->nout != 1 || strcmp(g->nodes[g->outputs[0]].name, want) != 0) {
      printf("%s: the %s graph's output is not %s\n", path, g23_graph_kind_name(k), want);
      ok = false;
    }
  }
  if (!ok) {
    FAIL("model %s", path);
  }
  g23_module_free(&m);
  g23_diag_free(&d);
}

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

static int has_suffix(const struct dirent *e, const char *suffix) {
  size_t n = strlen(e->d_name), k = strlen(suffix);
  return n > k && strcmp(e->d_name + n - k, suffix) == 0;
}
static int is_test(const struct dirent *e) { return has_suffix(e, ".test"); }
static int is_net(const struct dirent *e) { return has_suffix(e, ".net"); }

static void each(const char *dir, int (*filter)(const struct dirent *), void (*fn)(const char *)) {
  struct dirent **list;
  int n = scandir(dir, &list, filter, by_name);
  if (n < 0) {
    FAIL("cannot list %s", dir);
    return;
  }
  for (int i = 0; i < n; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, list[i]->d_name);
    fn(path);
    free(list[i]);
  }
  free(list);
}

int main(int argc, char **argv) {
  srcdir = getenv("top_srcdir");
  if (!srcdir) srcdir = ".";
  char dir[4096];
  if (argc > 1) {
    for (int i = 1; i < argc; i++) run_file(argv[i]);
  } else {
    snprintf(dir, sizeof dir, "%s/test/lang", srcdir);
    each(dir, is_test, run_file);
    snprintf(dir, sizeof dir, "%s/models/gpt23.net", srcdir);
    check_model(dir);
    snprintf(dir, sizeof dir, "%s/models/variants", srcdir);
    each(dir, is_net, check_model);
  }
  printf("lang_test: %d cases\n", cases);
  return g23_check_summary("lang_test");
}
