/* dialect.c: what differs between the C and the CUDA kernel sources.
 *
 * The renderer writes the same loop bodies for both; only the parallel
 * constructs around them, the qualifiers and the preamble differ.  A C
 * kernel runs every row or element itself with OpenMP; a CUDA kernel runs
 * one element per thread, or one row per block with the block's threads
 * striding over the columns and combining partial results with
 * g23_block_sum / g23_block_max (warp shuffles, then shared memory).
 */
#include "codegen.h"
#include "kernels.h"

const g23_dialect_t g23_dialect_c = {
    .name = "c",
    .title = "C",
    .kernels = (const char *const[]){"limits.h", "c_head.h", "bounds.h", "prelude.h", "epilogue.h", "c_runtime.h",
                                     "attention.h", NULL},
    .kernel_head = "void %s(char *base)",
    .par = "#pragma omp parallel for\n  ",
    .flat_begin = "for (int64_t idx = 0; idx < %lldLL; idx++) {\n",
    .row_begin = "for (int64_t r = 0; r < %lldLL; r++) {\n",
    .col_begin = "for (int64_t col = 0; col < %lldLL; col++) {\n",
    .row_sum = "",
    .row_max = "",
    .one_begin = "{\n",
    .serial_begin = "{\n",
    .acc_type = "double", /* long rows (a global gradient norm) stay accurate */
    .max_fn = "g23_row_max", /* c_head.h */
    .row_barrier = "",
    .simd = true,
    .split_long_row = true,
    .colsum_call = true,
    .scatter = G23_SCATTER_COLUMN_BLOCKS,
    .attention = G23_ATT_TILES,
    .att_max_head = 0,
};

const g23_dialect_t g23_dialect_cuda = {
    .name = "cuda",
    .title = "CUDA",
    .kernels = (const char *const[]){"limits.h", "cuda_head.cuh", "bounds.h", "prelude.h", "reduce.cuh", "attention.cuh", NULL},
    .kernel_head = "extern \"C\" __global__ void %s(char *base)",
    .par = "",
    .flat_begin = "int64_t idx = (int64_t)blockIdx.x * blockDim.x + threadIdx.x;\n  if (idx < %lldLL) {\n",
    .row_begin = "{\n    int64_t r = blockIdx.x; (void)r;\n",
    .col_begin = "for (int64_t col = threadIdx.x; col < %lldLL; col += blockDim.x) {\n",
    .row_sum = "%s = g23_block_sum(%s);\n",
    .row_max = "%s = g23_block_max(%s);\n",
    .one_begin = "if (threadIdx.x == 0) {\n",
    .serial_begin = "if (blockIdx.x == 0 && threadIdx.x == 0) {\n",
    .acc_type = "float", /* per-thread partials, then a tree: accurate enough */
    .max_fn = "fmaxf",
    .row_barrier = "__syncthreads();",
    .simd = false,
    .split_long_row = false,
    .colsum_call = false,
    .scatter = G23_SCATTER_COLUMNS,
    .attention = G23_ATT_FLASH,
    .att_max_head = G23_CUDA_ATT_MAX_HEAD,
};

const g23_dialect_t *const g23_dialects[G23_NDIALECTS] = {&g23_dialect_c, &g23_dialect_cuda};

void g23_codegen_preamble(g23_buf_t *b, const g23_dialect_t *dl, const char *model) {
  g23_buf_printf(b, "/* gpt23 kernels for %s, %s dialect (generated; do not edit). */\n", model ? model : "a model",
                 dl->title);
  g23_kernel_join(b, dl->kernels);
  g23_buf_printf(b, "\n");
}
