/* frontend.h: from model file text to the forward graphs of a module.
 *
 *   lexer.l   tokens, with locations
 *   parser.y  pure reentrant bison parser into the AST (ast.h)
 *   ast.c     AST construction (arena)
 *   load.c    reading files, include resolution
 *   lower.c   statements: repeat/for unrolling, parameter naming: AST -> IR
 *             (lower.h)
 *   expr.c    expressions: layer inlining, lambdas, shape patterns
 *   values.c  arithmetic and indexing on values, attention score lambdas
 *   builtins.c  the builtin functions -> IR ops
 *   frontend.c  hyperparameters, -D overrides, the four graphs
 *
 * The standard library (std.net) is a model file like any other, found on the
 * include path.
 */
#ifndef G23_FRONTEND_H
#define G23_FRONTEND_H

#include "ir/ir.h"

typedef struct {
  char *name;
  char *value; /* text of a number: "12", "0.1" */
} g23_define_t;

typedef struct {
  const char *path;          /* the model file */
  const char *const *include_dirs; /* searched after the including file's directory */
  int ninclude;
  const g23_define_t *defines; /* -D name=value, override hparams and dims */
  int ndefines;
} g23_frontend_opts_t;

/* Parses the model and builds m->graphs[TRAIN] (forward with dropout, output
 * "loss"), [EVAL] (no dropout, "loss"), and for a model with a generation or
 * classification output [PREFILL] (batch 1, seq = max_seq, output "logits",
 * fills the KV caches) and, when incremental, [DECODE] (batch 1, seq 1,
 * reads and writes the KV caches at run-time scalar "pos").  Parameters have
 * identical names and shapes in every graph.  Fills hparams, max_seq, vocab,
 * batch, seq, classifier, incremental_decode.  Returns 0, or -1 after
 * reporting every error found through d. */
int g23_frontend(const g23_frontend_opts_t *o, g23_diag_t *d, g23_module_t *m);

/* As g23_frontend, for model text already in memory, reported as file
 * `name` (o->path is ignored; includes resolve relative to name). */
int g23_frontend_text(const g23_frontend_opts_t *o, const char *name, const char *text, size_t len,
                      g23_diag_t *d, g23_module_t *m);

/* For the parser fuzzer and tests: parse only (no lowering) text as if read
 * from file `name`.  Returns 0 or -1 (errors through d). */
int g23_parse_only(const char *name, const char *text, size_t len, g23_diag_t *d);

#endif
