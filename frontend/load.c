/* load.c: reading model files, resolving includes, collecting layers.
 *
 * An include names a .net file, searched in the including file's directory
 * and then in the include directories in order.  Each file is read once:
 * a second include of a file already loaded adds nothing, and a file that
 * includes itself (directly or not) is an error at the include.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lower.h"

typedef struct {
  g23_program_t *prog;
  const g23_frontend_opts_t *o;
  g23_diag_t *d;
  const char *stack[G23_MAX_INCLUDE_DEPTH + 1]; /* real paths of the files being read */
  int nstack;
  int errors;
} loader_t;

static int load_text(loader_t *ld, const char *name, const char *key, char *text, size_t len,
                     g23_ast_list_t *out);

static char *real_path(const char *path) {
  char *r = realpath(path, NULL);
  if (r) {
    char *c = g23_xstrdup(r);
    free(r);
    return c;
  }
  return g23_xstrdup(path);
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* The first existing regular file among the candidates, or NULL. */
static char *resolve(const loader_t *ld, const char *inc, const char *from) {
  struct stat st;
  char *dir = g23_xstrdup(from);
  char *slash = strrchr(dir, '/');
  if (slash) slash[1] = 0;
  else dir[0] = 0;
  int ndirs = ld->o ? ld->o->ninclude : 0;
  for (int k = -1; k < ndirs; k++) {
    char *cand;
    if (inc[0] == '/') cand = g23_xstrdup(inc);
    else if (k < 0) cand = g23_xasprintf("%s%s", dir, inc);
    else cand = g23_xasprintf("%s/%s", ld->o->include_dirs[k], inc);
    if (stat(cand, &st) == 0 && S_ISREG(st.st_mode)) {
      free(dir);
      return cand;
    }
    free(cand);
    if (inc[0] == '/') break;
  }
  free(dir);
  return NULL;
}

static bool already_loaded(const g23_program_t *prog, const char *key) {
  for (int i = 0; i < prog->nloaded; i++)
    if (strcmp(prog->loaded[i], key) == 0) return true;
  return false;
}

static void include_one(loader_t *ld, g23_ast_t *inc, const char *from) {
  g23_diag_t *d = ld->d;
  if (!ends_with(inc->name, ".net")) {
    g23_error(d, inc->loc, "include \"%s\": included files must have the .net extension", inc->name);
    return;
  }
  char *path = resolve(ld, inc->name, from);
  if (!path) {
    g23_error(d, inc->loc, "include \"%s\": file not found", inc->name);
    if (ld->o && ld->o->ninclude) {
      g23_buf_t b = {0};
      for (int k = 0; k < ld->o->ninclude; k++) g23_buf_printf(&b, "%s%s", k ? ", " : "", ld->o->include_dirs[k]);
      g23_note(d, inc->loc, "searched the including file's directory, then %s", b.s);
      g23_buf_free(&b);
    }
    return;
  }
  char *key = real_path(path);
  for (int i = 0; i < ld->nstack; i++) {
    if (strcmp(ld->stack[i], key) == 0) {
      g23_error(d, inc->loc, "include \"%s\": include cycle (the file is already being read)", inc->name);
      free(key);
      free(path);
      return;
    }
  }
  if (already_loaded(ld->prog, key)) {
    free(key);
    free(path);
    return;
  }
  if (ld->nstack >= G23_MAX_INCLUDE_DEPTH) {
    g23_error(d, inc->loc, "include \"%s\": includes nested more than %d deep", inc->name, G23_MAX_INCLUDE_DEPTH);
    free(key);
    free(path);
    return;
  }
  struct stat st;
  size_t len = 0;
  char *text = NULL;
  if (stat(path, &st) == 0 && (size_t)st.st_size > G23_MAX_FILE_SIZE) {
    g23_error(d, inc->loc, "include \"%s\": file larger than %zu bytes", inc->name, G23_MAX_FILE_SIZE);
  } else {
    text = g23_read_file(path, &len);
    if (!text) g23_error(d, inc->loc, "include \"%s\": cannot read %s: %s", inc->name, path, strerror(errno));
  }
  if (text) {
    char *t = g23_xmalloc(len + 1);
    memcpy(t, text, len);
    t[len] = 0;
    free(text);
    if (load_text(ld, path, key, t, len, &inc->list)) ld->errors++;
  }
  free(key);
  free(path);
}

/* Parses one file and, recursively, its includes.  Takes text. */
static int load_text(loader_t *ld, const char *name, const char *key, char *text, size_t len,
                     g23_ast_list_t *out) {
  g23_program_t *prog = ld->prog;
  prog->loaded = g23_xrealloc(prog->loaded, (size_t)(prog->nloaded + 1) * sizeof *prog->loaded);
  prog->loaded[prog->nloaded++] = g23_xstrdup(key);
  const g23_srcfile_t *f = g23_diag_add_file(ld->d, name, text, len);
  if (len > G23_MAX_FILE_SIZE) {
    g23_error(ld->d, g23_noloc, "%s: file larger than %zu bytes", name, G23_MAX_FILE_SIZE);
    return -1;
  }
  g23_parse_t p = {.arena = &prog->arena, .d = ld->d, .file = f};
  int r = g23_parse_file(&p);
  *out = p.program;
  ld->stack[ld->nstack++] = prog->loaded[prog->nloaded - 1];
  for (int i = 0; i < out->n; i++) {
    g23_ast_t *s = out->v[i];
    if (s->kind == G23_AST_INCLUDE) include_one(ld, s, name);
    else if (s->kind == G23_AST_LAYER) g23_ast_push(&prog->arena, &prog->layers, s);
  }
  ld->nstack--;
  return r;
}

int g23_program_load(g23_program_t *prog, const g23_frontend_opts_t *o, const char *name, char *text,
                     size_t len, g23_diag_t *d) {
  memset(prog, 0, sizeof *prog);
  loader_t ld = {.prog = prog, .o = o, .d = d};
  int before = d->errors;
  char *key = real_path(name);
  int r = load_text(&ld, name, key, text, len, &prog->stmts);
  free(key);
  return r || ld.errors || d->errors > before ? -1 : 0;
}

void g23_program_free(g23_program_t *prog) {
  for (int i = 0; i < prog->nloaded; i++) free(prog->loaded[i]);
  free(prog->loaded);
  g23_ast_arena_free(&prog->arena);
  memset(prog, 0, sizeof *prog);
}

int g23_parse_only(const char *name, const char *text, size_t len, g23_diag_t *d) {
  char *t = g23_xmalloc(len + 1);
  memcpy(t, text, len);
  t[len] = 0;
  const g23_srcfile_t *f = g23_diag_add_file(d, name, t, len);
  if (len > G23_MAX_FILE_SIZE) {
    g23_error(d, g23_noloc, "%s: file larger than %zu bytes", name, G23_MAX_FILE_SIZE);
    return -1;
  }
  g23_ast_arena_t ar = {0};
  g23_parse_t p = {.arena = &ar, .d = d, .file = f};
  int r = g23_parse_file(&p);
  g23_ast_arena_free(&ar);
  return r;
}
