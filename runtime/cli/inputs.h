/* inputs.h: what gpt23run feeds a model (inputs.c): which input is the token
 * stream; writing every input and target into a graph by name.
 */
#ifndef G23_CLI_INPUTS_H
#define G23_CLI_INPUTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/plan/plan.h"
#include "runtime/runtime.h"
#include "tok/tok.h"

/* What gpt23run feeds a model.  A model with one input reads it as the
 * token stream: windows of tokens (g23_text_*), or for a classifier
 * label<TAB>text lines (g23_cls_*).  A model with several inputs, or with a
 * target other than the stream's next tokens, reads examples (g23_ex_*):
 * the input declared with the dim `seq` (the plan's seq_axis) is the token
 * stream; every other input is a text of its own, padded to its length.  A
 * model may declare any number of targets: the one declared with the dim
 * `seq` is the stream's next tokens, derived from the stream; every other
 * is a column of the examples (a classifier declares one, its label). */
#define G23_MAX_INPUTS 16
#define G23_MAX_TARGETS 16
/* The text that frames an example's stream: it opens it (generation starts
 * from it) and closes it (generation stops when the model emits it).  It is
 * encoded alone, one token (g23_mark_id). */
#define G23_EX_MARK '\n'
/* A target position past the end of an example, or given as -1.  std.net's
 * cross_entropy does not count targets outside [0, vocab). */
#define G23_TARGET_PAD (-1)

typedef struct {
  int n;                                       /* inputs, in declaration order */
  const g23_plan_tensor_t *in[G23_MAX_INPUTS]; /* in the graph given to init */
  int64_t len[G23_MAX_INPUTS];                 /* tokens of each per example */
  int stream;                                  /* in[stream] is the token stream */
  int64_t batch, seq;                          /* the stream's [batch, seq] */
  bool examples;                               /* g23_ex_* data: several inputs, or a
                                                  target that is a column */
  bool framed;                                 /* examples whose stream is predicted
                                                  (tgt[next]): framed by G23_EX_MARK */
  int64_t limit[G23_MAX_INPUTS];               /* in[k]'s tokens lie below limit[k]: the
                                                  rows of the tables it indexes (the
                                                  plan's index_bound), else the vocab */
  /* TRAIN and EVAL only (0 targets in the generation graphs) */
  int ntargets;                                /* targets, in declaration order */
  const g23_plan_tensor_t *tgt[G23_MAX_TARGETS]; /* in the TRAIN graph */
  int64_t tlen[G23_MAX_TARGETS];               /* values of each per example */
  int64_t tlimit[G23_MAX_TARGETS];             /* values lie below it, or are
                                                  G23_TARGET_PAD: the target's tables,
                                                  else the vocab, else INT32_MAX */
  int next;                                    /* tgt[next]: the stream's next tokens
                                                  (declared with seq); -1: none */
} g23_inputs_t;

/* The inputs (and targets) of graph: TRAIN for training, PREFILL for
 * generation.  Every input is i32 [batch, n]; with several, exactly one has
 * the dim seq; a classifier has one; every input can take any byte (its
 * tables have 256 rows or more).  Every target is i32: [batch, seq] declared
 * with the dim seq (at most one), else [batch] or [batch, n]; a classifier
 * declares one, [batch].  -1 with a message naming the input or target. */
int g23_inputs_init(g23_inputs_t *f, const g23_plan_t *p, int graph, char *err, size_t errn);
/* "tokens, src": the inputs' names, for messages. */
void g23_inputs_names(const g23_inputs_t *f, char *buf, size_t n);
/* "next, label": the targets' names. */
void g23_targets_names(const g23_inputs_t *f, char *buf, size_t n);
/* Write n tokens into the graph's input `name` (an i32 tensor of n
 * elements).  Every token must lie in [0, vocab): anything else is an error
 * naming the input, never fed. */
int g23_feed_input(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, const int32_t *tok,
                   int64_t n, int64_t vocab, char *err, size_t errn);
/* The same for a target: values in [0, vocab) or G23_TARGET_PAD. */
int g23_feed_target(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, const int32_t *tok,
                    int64_t n, int64_t vocab, char *err, size_t errn);

/* --input NAME=TEXT, as given on the command line. */
typedef struct {
  const char *name, *text;
} g23_named_text_t;
/* Match the given texts to f's inputs other than the stream: text[k] for
 * in[k] (NULL for the stream).  Errors: a name that is no input or is the
 * stream, a name given twice, a text of more tokens than its input (checked
 * only when tok is given: NULL here means the tokenizer is not known yet),
 * an input not given. */
int g23_inputs_match(const g23_inputs_t *f, const g23_tok_t *tok, const g23_named_text_t *given, int ngiven,
                     const char **text, char *err, size_t errn);

#endif
