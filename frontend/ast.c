/* ast.c: the syntax tree's arena and constructors. */
#include "ast.h"

#include <stdlib.h>
#include <string.h>

struct g23_ast_chunk {
  g23_ast_chunk_t *next;
  size_t used, size;
  _Alignas(16) unsigned char data[];
};

#define CHUNK_SIZE ((size_t)64 * 1024)

void *g23_ast_alloc(g23_ast_arena_t *ar, size_t n) {
  n = (n + 15) & ~(size_t)15;
  g23_ast_chunk_t *c = ar->chunks;
  if (!c || c->size - c->used < n) {
    size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;
    c = g23_xmalloc(sizeof *c + size);
    c->used = 0;
    c->size = size;
    c->next = ar->chunks;
    ar->chunks = c;
  }
  void *p = c->data + c->used;
  c->used += n;
  memset(p, 0, n);
  return p;
}

char *g23_ast_strndup(g23_ast_arena_t *ar, const char *s, size_t n) {
  char *p = g23_ast_alloc(ar, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

void g23_ast_arena_free(g23_ast_arena_t *ar) {
  for (g23_ast_chunk_t *c = ar->chunks, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  ar->chunks = NULL;
}

g23_ast_t *g23_ast_new(g23_ast_arena_t *ar, g23_ast_kind_t kind, g23_loc_t loc) {
  g23_ast_t *n = g23_ast_alloc(ar, sizeof *n);
  n->kind = kind;
  n->loc = loc;
  n->depth = 1;
  return n;
}

void g23_ast_push(g23_ast_arena_t *ar, g23_ast_list_t *l, g23_ast_t *n) {
  if (l->n == l->cap) {
    int cap = l->cap ? 2 * l->cap : 4;
    g23_ast_t **v = g23_ast_alloc(ar, (size_t)cap * sizeof *v);
    if (l->n) memcpy(v, l->v, (size_t)l->n * sizeof *v);
    l->v = v;
    l->cap = cap;
  }
  l->v[l->n++] = n;
}

const char *g23_ast_kind_name(g23_ast_kind_t k) {
  static const char *const names[G23_AST_KIND_COUNT] = {
      "integer", "number", "string", "name", "true", "false", "none", "unary", "binary", "call",
      "named argument", "index", "range", "...", "member", "list", "tuple", "lambda", "type",
      "assignment", "slice assignment", "param", "input", "target", "hparams", "hparam", "include",
      "layer", "layer parameter", "repeat", "for", "if", "return", "loss", "generate", "classify", "names",
      "name rule"};
  return (unsigned)k < G23_AST_KIND_COUNT ? names[k] : "?";
}

g23_loc_t g23_ast_loc_span(g23_loc_t a, g23_loc_t b) {
  if (a.file && a.file == b.file && a.line == b.line && b.col + b.len > a.col) a.len = b.col + b.len - a.col;
  return a;
}
