/* kernels.h: the hand-written kernel files (codegen/kernels/, and the
 * prelude, ir/prelude.h) as text, embedded at build time
 * (codegen/local.mk: G23_KERNEL_FILES), so that a kernel source is a list
 * of these files followed by the generated kernels.
 *
 * The CUDA backend's own module (runtime/cuda/) is assembled from the same
 * table, so this header is shared by the compiler and the runtime; it holds
 * no more than the table's API.
 */
#ifndef G23_KERNELS_H
#define G23_KERNELS_H

#include "util/util.h"

/* The text of kernel file `name`, by its base name ("epilogue.h"); NULL
 * for a name that is not in the table.  (codegen/kernel_text.c, generated) */
const char *g23_kernel_text(const char *name);

/* Appends the codes of the plan format's matmul epilogues
 * (`#define G23_EPI_BIAS 1`, from runtime/plan/plan.h's g23_epilogue_t), then
 * the text of each file of the NULL-terminated list names, in order.  An
 * unknown name is a broken invariant. */
void g23_kernel_join(g23_buf_t *b, const char *const *names);

#endif
