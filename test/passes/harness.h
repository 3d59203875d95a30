/* harness.h: running generated C kernels of a plan against the float64
 * evaluator, independently of the runtime.
 *
 * The plan's C source is compiled with the system compiler into a shared
 * object; the leaves of one graph are filled with deterministic values in
 * both the arena and the evaluator; every launch runs in order (matmuls by
 * a plain reference loop that honours g23_matmul_t), and after each group
 * every value it stored is compared with the evaluator's (each group starts
 * from the evaluator's values of the computed tensors it reads, so each
 * comparison measures one kernel's rounding).
 */
#ifndef G23_TEST_HARNESS_H
#define G23_TEST_HARNESS_H

#include "codegen/codegen.h"
#include "passes/passes.h"
#include "test/check.h"


/* Compiles src with the kernel compiler (flags added) into a shared object
 * and opens it; NULL on failure (the compiler's output is printed). */
void *h_compile(const char *src, const char *flags, const char *label);

/* Runs graph k of a planned module (after g23_pipeline_run_sched) on the C
 * kernels and compares every stored value with g23_eval of the same graph.
 * pos: value of an i32 scalar named "pos".  Returns the number of
 * mismatching values (0 = pass). */
int h_check_graph(const g23_module_t *m, int k, const g23_plan_t *plan, const g23_sched_t *s, void *so,
                  int32_t pos, const char *label);

/* Counts kernel launches of graph k whose kernel comment mentions `op`
 * (an op name from ops.def). */
int h_count_kernels_with(const g23_plan_t *plan, int k, const char *op);

/* NVRTC, loaded with dlopen: 0 when available. */
int h_nvrtc_open(void);
/* Compiles a CUDA source to cubin for sm_80 and sm_90 with ptxas reporting;
 * returns the number of failures (compile errors or register spills). */
int h_nvrtc_check(const char *src, const char *label);

#endif
