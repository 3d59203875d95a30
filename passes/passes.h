/* passes.h: the pass pipeline from forward graphs to a plan, and the API of
 * every file in passes/.
 *
 *   pipeline.c  the ordered list of named passes; autodiff wiring; filling
 *               the plan (tensors, launches, sizes, model fields)
 *   simplify.c  constant folding, algebraic identities, CSE, DCE
 *   hoist.c     DECODE's work on values fixed for a generation, into PREFILL
 *   fusion.c    grouping nodes into kernels and matmul launches
 *   memplan.c   liveness, one arena per plan, the overlap checker
 *   distcut.c   the training graph's gradient cut for data parallelism
 *   stats.c     per-graph kernel, launch and memory figures
 *   dot.c       one graph's schedule as Graphviz (`gpt23c --emit dot`)
 *
 * The pipeline owns one g23_sched_t per graph: fusion fills its groups,
 * memplan its offsets, codegen (codegen/codegen.h) renders its groups.
 */
#ifndef G23_PASSES_H
#define G23_PASSES_H

#include "ir/ir.h"
#include "ir/sched.h"
#include "runtime/plan/plan.h"

typedef struct {
  g23_adamw_t adamw;
  const char *dump_after; /* pass name: dump the IR (or its result) after it */
  int dump_graph;         /* -1: every graph; else only this g23_graph_kind_t */
  FILE *dump_out;         /* NULL: stdout */
  bool verify_each;       /* run g23_verify on every graph after every pass */
  bool no_fusion;         /* one kernel per op (for tests and debugging) */
  bool no_epilogue;       /* never give a matmul an epilogue (bias, GELU,
                             GELU gradient, bias gradient) */
  const char *stop_after; /* pass name: stop the pipeline there (plan partial) */
} g23_pipeline_opts_t;

/* Names of the passes, in order ("verify", "autodiff", ...). */
const char *const *g23_pass_names(int *n);

/* Runs every pass over m (graphs are rewritten in place) and fills plan
 * completely.  Returns 0, or -1 after reporting through d. */
int g23_pipeline_run(g23_module_t *m, const g23_pipeline_opts_t *o, g23_diag_t *d, g23_plan_t *plan);

/* The same, handing the caller the schedules of every graph (sched[k] is
 * zeroed for absent graphs; free each with g23_sched_free). */
int g23_pipeline_run_sched(g23_module_t *m, const g23_pipeline_opts_t *o, g23_diag_t *d, g23_plan_t *plan,
                           g23_sched_t *scheds);

/* `gpt23c --emit stats`. */
void g23_stats_print(FILE *f, const g23_plan_t *p);

void g23_sched_free(g23_sched_t *s);

/* distcut.c: fills plan->graphs[TRAIN].grad_cut and every gradient's
 * grad_final from the training graph g and its rendered schedule s
 * (docs/distributed.md).  Returns 0. */
int g23_distcut(const g23_graph_t *g, const g23_sched_t *s, g23_plan_t *plan);

/* dot.c: graph kind of m as Graphviz after fusion and memplan: one node per
 * kernel or matmul launch of plan's graph kind, one per stored tensor, edges
 * by buffer reads and writes, clusters per layer instance (block.3 >
 * attention) derived from the names of the persistent tensors touched. */
void g23_dot_schedule(FILE *f, const g23_graph_t *g, const g23_sched_t *s, const g23_plan_t *plan,
                      g23_graph_kind_t kind);

/* simplify.c: rewrites g in place (node ids change).  Returns 0 or -1. */
int g23_simplify(g23_graph_t *g, g23_diag_t *d);

/* hoist.c: for a model with incremental decoding, the values DECODE would
 * compute from parameters, constants and inputs that do not carry the
 * sequence (an encoder over a source input) with real work behind them
 * (matmul, reduction, gather, attention), where PREFILL computes the same
 * value, are computed by PREFILL into state tensors "hoisted.<k>" (role
 * HOISTED) and read from there by DECODE.  *nhoisted gets their number.
 * Returns 0 or -1 (reported through d). */
int g23_hoist(g23_module_t *m, g23_diag_t *d, int *nhoisted);

/* fusion.c: groups of g; with no_fusion every op is its own group. */
int g23_fuse(const g23_graph_t *g, g23_sched_t *s, bool no_fusion, bool no_epilogue, g23_diag_t *d);
void g23_sched_dump(FILE *f, const g23_graph_t *g, const g23_sched_t *s);

/* memplan.c: lays out every graph of m.  Persistent tensors (PARAM, STATE,
 * GRAD) first, matched by name across graphs, then each graph's scratch from
 * persistent_bytes on.  Fills scheds' offsets and the plan's tensors, sizes
 * and byte counts.  Returns 0 or -1 (reported through d). */
int g23_memplan(const g23_module_t *m, g23_sched_t *scheds, g23_plan_t *plan, g23_diag_t *d);

/* Proves that no two buffers of one graph that are live at the same launch
 * overlap, and that every buffer lies inside [lo, hi).  Returns 0, or -1
 * with a description of the first conflict in err. */
int g23_memplan_check(const g23_graph_t *g, const g23_sched_t *s, int64_t lo, int64_t hi, char *err, size_t errn);

/* Live range [first, last] launch (group) index of every buffer root, -1 when
 * the node has no buffer of its own in this graph's scratch. */
void g23_liveness(const g23_graph_t *g, const g23_sched_t *s, int *first, int *last);

/* Whether the buffer of node id is persistent (PARAM, STATE, GRAD). */
bool g23_node_persistent(const g23_node_t *n);

#endif
