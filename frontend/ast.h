/* ast.h: the syntax tree of a model file, and the parser's entry points.
 *
 * One node type serves expressions, statements and declarations; which
 * fields a kind uses is listed next to it.  Every node carries the location
 * of the text it came from.  Nodes, lists and strings live in an arena owned
 * by the parse (g23_ast_arena_t) and are freed all at once, so error recovery
 * in the parser cannot leak.
 */
#ifndef G23_AST_H
#define G23_AST_H

#include "util/diag.h"
#include "util/util.h"

/* Parse limits: deeper nesting than this is reported, not recursed into. */
#define G23_MAX_BRACKET_DEPTH 100 /* ( [ { open at once */
#define G23_MAX_EXPR_DEPTH 400    /* height of one expression tree */

typedef struct g23_ast g23_ast_t;

typedef struct {
  g23_ast_t **v;
  int n, cap;
} g23_ast_list_t;

typedef enum {
  /* expressions */
  G23_AST_INT,      /* ival */
  G23_AST_FLOAT,    /* num */
  G23_AST_STR,      /* name = text */
  G23_AST_IDENT,    /* name */
  G23_AST_TRUE,
  G23_AST_FALSE,
  G23_AST_NONE,
  G23_AST_UNARY,    /* op ('-' or G23_TOK_NOT), a */
  G23_AST_BINARY,   /* op ('+' ... or a comparison token), a, b */
  G23_AST_CALL,     /* a = callee, list = arguments (NAMED for name = value) */
  G23_AST_NAMED,    /* name = a (a call's named argument) */
  G23_AST_INDEX,    /* a = base, list = index items (expr, RANGE, ELLIPSIS) */
  G23_AST_RANGE,    /* a:b inside [ ], either may be NULL */
  G23_AST_ELLIPSIS, /* ... */
  G23_AST_MEMBER,   /* a.name */
  G23_AST_LIST,     /* [list] */
  G23_AST_TUPLE,    /* (e1, e2, ...) */
  G23_AST_LAMBDA,   /* (list = IDENT params) -> a */
  G23_AST_TYPE,     /* name = dtype or NULL for a shape pattern, list = dims */
  /* statements */
  G23_AST_ASSIGN,   /* list = IDENT targets (several: tuple unpacking), a = value */
  G23_AST_SLICE_ASSIGN, /* name[list] = a */
  G23_AST_PARAM,    /* name : b (TYPE) = a (init, may be NULL); flags = list of IDENT */
  G23_AST_INPUT,    /* name : b (TYPE) */
  G23_AST_TARGET,   /* name : b (TYPE) */
  G23_AST_HPARAMS,  /* list = HPARAM */
  G23_AST_HPARAM,   /* name = a */
  G23_AST_INCLUDE,  /* name = path; list = the included file's statements */
  G23_AST_LAYER,    /* name(list = LPARAM) { list2 = body } */
  G23_AST_LPARAM,   /* name : b (TYPE pattern, may be NULL) = a (default, may be NULL) */
  G23_AST_REPEAT,   /* repeat a [as name] { list } */
  G23_AST_FOR,      /* for name in a .. b { list } */
  G23_AST_IF,       /* if a { list } else { list2 } */
  G23_AST_RETURN,   /* return a */
  G23_AST_LOSS,     /* loss a */
  G23_AST_GENERATE, /* generate from a */
  G23_AST_CLASSIFY, /* classify from a */
  G23_AST_NAMES,    /* names name { list = NAME_RULE } */
  G23_AST_NAME_RULE, /* name = the other framework's name pattern, a = STR our
                        parameter pattern (NULL for a word alone), b = IDENT
                        word before it (prefix, tied, skip) or NULL */
  G23_AST_KIND_COUNT
} g23_ast_kind_t;

struct g23_ast {
  g23_ast_kind_t kind;
  g23_loc_t loc;
  char *name;
  int64_t ival;
  double num;
  int op;
  int depth; /* expression height, for the nesting limit */
  g23_ast_t *a, *b;
  g23_ast_list_t list, list2, flags;
};

/* Arena: every node and string of one parse. */
typedef struct g23_ast_chunk g23_ast_chunk_t;
typedef struct {
  g23_ast_chunk_t *chunks;
} g23_ast_arena_t;

void *g23_ast_alloc(g23_ast_arena_t *ar, size_t n); /* zeroed */
char *g23_ast_strndup(g23_ast_arena_t *ar, const char *s, size_t n);
void g23_ast_arena_free(g23_ast_arena_t *ar);

g23_ast_t *g23_ast_new(g23_ast_arena_t *ar, g23_ast_kind_t kind, g23_loc_t loc);
void g23_ast_push(g23_ast_arena_t *ar, g23_ast_list_t *l, g23_ast_t *n);
const char *g23_ast_kind_name(g23_ast_kind_t k);

/* ---- parser.y ------------------------------------------------------------ */
/* State shared by the scanner and the parser of one file. */
typedef struct {
  g23_ast_arena_t *arena;
  g23_diag_t *d;
  const g23_srcfile_t *file;
  g23_ast_list_t program; /* the file's top-level statements */
  int bracket_depth;
  bool depth_reported;
  bool failed; /* any error (lexical, syntax, limit) */
  int line, col; /* scanner position, 1-based */
} g23_parse_t;

/* Parses file f (registered with d) into p->program.  Returns 0 or -1. */
int g23_parse_file(g23_parse_t *p);

/* Converts a location to the string used in diagnostics' notes. */
g23_loc_t g23_ast_loc_span(g23_loc_t a, g23_loc_t b);

#endif
