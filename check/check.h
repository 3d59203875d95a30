/* check.h: `gpt23c --gradcheck`, a model checked against independent
 * references on a tiny size.
 *
 *   leaves.c       the values every leaf gets (parameters, inputs, targets,
 *                  optimizer state, caches, run-time scalars)
 *   gradcheck.c    every parameter's gradient (autodiff, in the float64
 *                  evaluator) against central finite differences of the loss
 *   kernelcheck.c  every graph of the plan run by the runtime's kernels
 *                  against the float64 evaluator on the same IR, and decode
 *                  with its KV cache against prefill
 *
 * The layer above frontend/, passes/ and runtime/: it includes all three,
 * and only the gpt23c command includes it.  The kernel half runs in the
 * compiler's process because its reference is the IR the plan was generated
 * from, which the plan file does not hold.
 *
 * Both halves print one line per parameter or graph (its worst relative
 * error and PASS or FAIL) to o->out, details of each failure to stderr, and
 * return the number of failed lines (an internal failure counts as one).
 */
#ifndef G23_CHECK_H
#define G23_CHECK_H

#include <stdio.h>

#include "frontend/frontend.h"
#include "passes/passes.h"
#include "runtime/plan/plan.h"

typedef struct {
  FILE *out;
  const char *device; /* the kernel half's device: "cpu" (default), "cuda", "auto" */
  int threads;        /* CPU threads (0: all cores) */
  /* Testing the check itself: the gradient of this parameter is scaled by
   * 1.01 in the IR after autodiff, a planted wrong gradient rule. */
  const char *plant;
} g23_check_opts_t;

/* The sizes --gradcheck gives a model: each name the model declares as a
 * hyperparameter and no -D sets takes this value ("seq" only when neither
 * seq nor max_seq_length is set by -D).  NULL-terminated. */
extern const g23_define_t g23_check_tiny[];

/* The defines --gradcheck adds to the user's (nuser of them) for a model
 * whose hyperparameters (after the user's) are m's: a fresh array of *n
 * entries whose strings point into g23_check_tiny. */
g23_define_t *g23_check_sizes(const g23_module_t *m, const g23_define_t *user, int nuser, int *n);

/* Gradients of m's training graph (forward, as the front end built it;
 * m is not changed). */
int g23_check_gradients(const g23_module_t *m, const g23_check_opts_t *o);

/* Kernels of plan (built from m by the pass pipeline: m's graphs are the IR
 * the plan was generated from).  The plan is serialised and parsed first, so
 * what runs is what plan.bin would hold. */
int g23_check_kernels(const g23_module_t *m, const g23_plan_t *plan, const g23_check_opts_t *o);

/* ---- leaves.c: shared by both halves -------------------------------------- */

typedef struct {
  uint64_t s;
} g23_check_rng_t;
double g23_check_uniform(g23_check_rng_t *r);           /* [0, 1) */
int64_t g23_check_below(g23_check_rng_t *r, int64_t n); /* [0, n) */

/* The value of run-time scalar `name` (AdamW's at step 1; "pos" = pos). */
double g23_check_scalar(const char *name, g23_dtype_t dt, int64_t pos);

/* Values an i32 input of g may take: [0, bound) with bound the rows of every
 * table it indexes and the width of every one-hot it feeds (dflt if none).
 * *pad_ok: it feeds only one-hots (a target), so -1 (padding) is legal. */
int64_t g23_check_index_bound(const g23_graph_t *g, int id, int64_t dflt, bool *pad_ok);

/* Fills the n values of leaf nd (an INPUT, PARAM or STATE node) of g (NULL
 * for a persistent tensor outside any graph): parameters near their
 * initialiser's scale (norm gains near 1, ALiBi slopes positive), AdamW's
 * second moments positive, token ids over [0, bound), targets over
 * [0, bound) with about one in four -1 (padding), so that a loss that masks
 * padding is not trivially zero and one that does not is still checked. */
void g23_check_leaf(const g23_graph_t *g, int id, const g23_node_t *nd, int64_t vocab, int64_t pos,
                    g23_check_rng_t *r, double *v, int64_t n);

#endif
