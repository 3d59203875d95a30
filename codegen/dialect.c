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

const g23_dialect_t g23_dialect_c = {
    .name = "c",
    .cuda = false,
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
    .max_fn = "fmax",
};

const g23_dialect_t g23_dialect_cuda = {
    .name = "cuda",
    .cuda = true,
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
};

const g23_dialect_t *const g23_dialects[G23_NDIALECTS] = {&g23_dialect_c, &g23_dialect_cuda};

/* Index checks.  G23_IN_RANGE(what, i, n) is 0 <= i < n; G23_CHECK the
 * same as a statement.  Compiled with G23_CHECK_BOUNDS (gpt23run
 * --check-bounds), an index out of range is reported with `what` (the
 * node: its op, source location and graph): the C kernels record the first
 * in g23_rt_fault_* for the runtime to report after the launch; a CUDA
 * kernel prints it and traps, which fails the launch.  Without it the
 * checks are the masks of an unchecked build: an index out of range reads
 * zeros, nothing more is computed. */
static const char c_head[] =
    "#include <math.h>\n"
    "#include <stdint.h>\n"
    "#ifdef _OPENMP\n"
    "#include <omp.h>\n"
    "#endif\n"
    "#define G23_INF INFINITY\n"
    "#define G23_EXPF g23_expf /* prelude.h: an exp that loops vectorise */\n"
    "#ifdef G23_CHECK_BOUNDS\n"
    "const char *g23_rt_fault_what;\n"
    "int64_t g23_rt_fault_index, g23_rt_fault_bound;\n"
    "static int g23_fault_claimed;\n"
    "__attribute__((unused, noinline)) static int g23_bound_fail(const char *what, int64_t i, int64_t n) {\n"
    "  if (!__atomic_exchange_n(&g23_fault_claimed, 1, __ATOMIC_SEQ_CST)) {\n"
    "    g23_rt_fault_index = i;\n"
    "    g23_rt_fault_bound = n;\n"
    "    g23_rt_fault_what = what;\n"
    "  }\n"
    "  return 0;\n"
    "}\n"
    "#endif\n";

/* Index checks (gpt23run --check-bounds): each head above defines the
 * dialect's g23_bound_fail under G23_CHECK_BOUNDS; without it an index out
 * of range is only skipped, as before. */
static const char bounds_macros[] =
    "#ifdef G23_CHECK_BOUNDS\n"
    "#define G23_IN_RANGE(what, i, n) ((uint64_t)(int64_t)(i) < (uint64_t)(n) ? 1 : g23_bound_fail((what), (i), (n)))\n"
    "#define G23_CHECK(what, i, n) ((void)G23_IN_RANGE(what, i, n))\n"
    "#else\n"
    "#define G23_IN_RANGE(what, i, n) ((uint32_t)(i) < (uint32_t)(n))\n"
    "#define G23_CHECK(what, i, n) ((void)0)\n"
    "#endif\n";

static const char cuda_head[] =
    "typedef signed char int8_t;\n"
    "typedef unsigned char uint8_t;\n"
    "typedef int int32_t;\n"
    "typedef unsigned int uint32_t;\n"
    "typedef long long int64_t;\n"
    "typedef unsigned long long uint64_t;\n"
    "#define G23_FN static __device__ __forceinline__\n"
    "#define G23_INF __int_as_float(0x7f800000)\n"
    "#ifdef G23_CHECK_BOUNDS\n"
    "static __device__ __noinline__ int g23_bound_fail(const char *what, long long i, long long n) {\n"
    "  printf(\"gpt23run: error: index out of range: %s: index %lld is outside 0 .. %lld\\n\", what, i, n - 1);\n"
    "  __trap();\n"
    "  return 0;\n"
    "}\n"
    "#endif\n";

/* Block-wide reductions for row kernels.  blockDim.x is a multiple of 32
 * and at most 1024; every thread receives the result.  The leading barrier
 * lets one kernel call them repeatedly with the same shared array. */
static const char cuda_helpers[] =
    "G23_FN float g23_warp_sum(float v) {\n"
    "  for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);\n"
    "  return v;\n"
    "}\n"
    "G23_FN float g23_warp_max(float v) {\n"
    "  for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));\n"
    "  return v;\n"
    "}\n"
    "static __device__ float g23_block_sum(float v) {\n"
    "  __shared__ float sh[32];\n"
    "  int lane = threadIdx.x & 31, w = threadIdx.x >> 5, nw = blockDim.x >> 5;\n"
    "  v = g23_warp_sum(v);\n"
    "  __syncthreads();\n"
    "  if (lane == 0) sh[w] = v;\n"
    "  __syncthreads();\n"
    "  return g23_warp_sum(lane < nw ? sh[lane] : 0.0f);\n"
    "}\n"
    "static __device__ float g23_block_max(float v) {\n"
    "  __shared__ float sh[32];\n"
    "  int lane = threadIdx.x & 31, w = threadIdx.x >> 5, nw = blockDim.x >> 5;\n"
    "  v = g23_warp_max(v);\n"
    "  __syncthreads();\n"
    "  if (lane == 0) sh[w] = v;\n"
    "  __syncthreads();\n"
    "  return g23_warp_max(lane < nw ? sh[lane] : -G23_INF);\n"
    "}\n";

/* Entry points of the C source that the CPU runtime calls besides the
 * kernels, so that every use of OpenMP lives in the compiled kernels: the
 * runtime itself does not link the OpenMP library, and can therefore choose
 * its settings (a passive wait policy, so that idle kernel threads do not spin
 * against OpenBLAS's) before the library starts. */
static const char c_helpers[] =
    "void g23_rt_set_threads(int n) {\n"
    "#ifdef _OPENMP\n"
    "  omp_set_num_threads(n);\n"
    "#endif\n"
    "  (void)n;\n"
    "}\n"
    "/* The epilogue of a plan matmul (runtime/plan.h) on its result c, rows x\n"
    " * cols with leading dim ldc: epi 1 BIAS, 2 GELU_BIAS, 3 GELU_AUX_BIAS,\n"
    " * 4 DGELU, 5 DGELU_BGRAD.  A bias gradient sums each column in row order\n"
    " * inside one thread, over blocks of 16 columns: the same bits on any\n"
    " * number of threads, and the order of the generated row sum (reduce_to). */\n"
    "void g23_rt_epilogue(int epi, float *c, int64_t ldc, int64_t rows, int64_t cols, const float *bias,\n"
    "                     float *aux, int64_t ldaux, float *bgrad) {\n"
    "  if (epi == 5) {\n"
    "    #pragma omp parallel for if (rows * cols > " G23_STR(G23_PAR_MIN_WORK) ") schedule(static)\n"
    "    for (int64_t j0 = 0; j0 < cols; j0 += 16) {\n"
    "      int64_t w = cols - j0 < 16 ? cols - j0 : 16;\n"
    "      float acc[16] = {0};\n"
    "      for (int64_t i = 0; i < rows; i++) {\n"
    "        float *row = c + i * ldc + j0;\n"
    "        const float *pre = aux + i * ldaux + j0;\n"
    "        for (int64_t j = 0; j < w; j++) {\n"
    "          float v = row[j] * g23_gelu_grad(pre[j]);\n"
    "          row[j] = v;\n"
    "          acc[j] += v;\n"
    "        }\n"
    "      }\n"
    "      for (int64_t j = 0; j < w; j++) bgrad[j0 + j] = acc[j];\n"
    "    }\n"
    "    return;\n"
    "  }\n"
    "  #pragma omp parallel for if (rows * cols > " G23_STR(G23_PAR_MIN_WORK) ") schedule(static)\n"
    "  for (int64_t i = 0; i < rows; i++) {\n"
    "    float *row = c + i * ldc, *pre = aux ? aux + i * ldaux : 0;\n"
    "    switch (epi) {\n"
    "    case 1: for (int64_t j = 0; j < cols; j++) row[j] += bias[j]; break;\n"
    "    case 2: for (int64_t j = 0; j < cols; j++) row[j] = g23_gelu(row[j] + bias[j]); break;\n"
    "    case 3:\n"
    "      for (int64_t j = 0; j < cols; j++) {\n"
    "        float p = row[j] + bias[j];\n"
    "        pre[j] = p;\n"
    "        row[j] = g23_gelu(p);\n"
    "      }\n"
    "      break;\n"
    "    case 4: for (int64_t j = 0; j < cols; j++) row[j] *= g23_gelu_grad(pre[j]); break;\n"
    "    }\n"
    "  }\n"
    "}\n"
    "/* out[j] = sum over i < rows of x[i * ld + j], in row order: the BGRAD\n"
    " * epilogue's bias gradient of a matmul's B, and the kernels of sums over\n"
    " * leading dims (reduce_to), deterministic as above. */\n"
    "void g23_rt_colsum(float *out, const float *x, int64_t ld, int64_t rows, int64_t cols) {\n"
    "  #pragma omp parallel for if (rows * cols > " G23_STR(G23_PAR_MIN_WORK) ") schedule(static)\n"
    "  for (int64_t j0 = 0; j0 < cols; j0 += 16) {\n"
    "    int64_t w = cols - j0 < 16 ? cols - j0 : 16;\n"
    "    float acc[16] = {0};\n"
    "    for (int64_t i = 0; i < rows; i++) {\n"
    "      const float *xi = x + i * ld + j0;\n"
    "      if (w == 16) {\n"
    "        _Pragma(\"omp simd\")\n"
    "        for (int64_t j = 0; j < 16; j++) acc[j] += xi[j];\n"
    "      } else {\n"
    "        for (int64_t j = 0; j < w; j++) acc[j] += xi[j];\n"
    "      }\n"
    "    }\n"
    "    for (int64_t j = 0; j < w; j++) out[j0 + j] = acc[j];\n"
    "  }\n"
    "}\n";

_Static_assert(G23_EPI_BIAS == 1 && G23_EPI_GELU_BIAS == 2 && G23_EPI_GELU_AUX_BIAS == 3 && G23_EPI_DGELU == 4 &&
                   G23_EPI_DGELU_BGRAD == 5,
               "the epilogue codes of g23_rt_epilogue");

void g23_codegen_preamble(g23_buf_t *b, const g23_dialect_t *dl, const char *model) {
  g23_buf_printf(b, "/* gpt23 kernels for %s, %s dialect (generated; do not edit). */\n", model ? model : "a model",
                 dl->cuda ? "CUDA" : "C");
  g23_buf_printf(b, "%s%s", dl->cuda ? cuda_head : c_head, bounds_macros);
  g23_buf_printf(b, "%s\n", g23_prelude_text);
  g23_buf_printf(b, "%s", dl->cuda ? cuda_helpers : c_helpers);
  if (!dl->cuda) g23_buf_printf(b, "%s", g23_attention_c_helpers);
  g23_buf_printf(b, "\n");
}
