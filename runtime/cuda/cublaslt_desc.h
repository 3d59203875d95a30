/* cublaslt_desc.h: a plan matmul (g23_matmul_t, row-major) as the parameters
 * of one cuBLASLt call (column-major).  Pure C, no CUDA headers: the enum
 * values below are cublasLt.h's.
 *
 * cuBLASLt sees every matrix column-major.  A row-major X[r, c] with leading
 * dimension ld is, byte for byte, the column-major X^T[c, r] with the same
 * ld.  So the row-major product
 *
 *     C[m, n] = alpha * op(A)[m, k] . op(B)[k, n] + beta * C          (plan)
 *
 * is the column-major product
 *
 *     C^T[n, m] = alpha * op(B)^T[n, k] . op(A)^T[k, m] + beta * C^T  (cuBLASLt)
 *
 * i.e. cuBLASLt's A is the plan's B and cuBLASLt's B is the plan's A, with
 * m and n exchanged and each transpose flag kept: untransposed row-major B
 * [k, n] already is column-major [n, k] = op(B)^T.  The bias, one value per
 * row-major column n, is one value per row of cuBLASLt's D, which is what
 * CUBLASLT_EPILOGUE_BIAS broadcasts ("bias length = rows of D"), added
 * before GELU.  Batch strides travel with their matrices; stride 0 shares a
 * matrix across the batch, and the bias is shared by every batch item
 * (CUBLASLT_MATMUL_DESC_BIAS_BATCH_STRIDE stays 0).
 *
 * The training epilogues (batch 1 only, see plan.h) map one to one:
 *   GELU_AUX_BIAS -> CUBLASLT_EPILOGUE_GELU_AUX_BIAS: the row-major aux
 *     [m, n] (ld ldaux) is column-major [n, m], the shape of D, with the same
 *     ld (EPILOGUE_AUX_LD, fp32: EPILOGUE_AUX_DATA_TYPE CUDA_R_32F);
 *   DGELU, DGELU_BGRAD -> CUBLASLT_EPILOGUE_DGELU(_BGRAD), aux read the
 *     same way; the bias gradient is one value per row of D (a plan column),
 *     the sum of the gradient D along its row, i.e. over the plan's rows;
 *   BGRAD -> CUBLASLT_EPILOGUE_BGRADA: "bias gradient based on the input
 *     matrix A; its size is the number of rows of D; the reduction happens
 *     over the GEMM's k dimension".  cuBLASLt's A is the plan's B, opA(A) =
 *     op(B)^T [n, k], so its row i summed over k is column i of op(B)
 *     summed over its k rows: bgrad[j] = sum_p op(B)[p, j], which is plan.h's
 *     sum of B's columns (plans keep B untransposed there).
 *   Both bias gradients go to CUBLASLT_MATMUL_DESC_BIAS_POINTER (off_bias
 *   below), fp32 (the type of D) in bf16 precision too, like the aux; there
 *   BGRADA sums the bf16 copy of B that cuBLASLt reads (so does the built-in
 *   matmul).
 * gelu there is the tanh form, the function of the IR's gelu (ir/prelude.h);
 * cuBLASLt evaluates it its own way, within rounding of gpt23's kernels.
 *
 * test/cuda/lt_emu.c performs these calls on the CPU, and test/cuda/emu_test
 * checks every matmul of every model through this translation;
 * test/cuda/bf16_test checks the bf16 form (g23_lt_from_matmul_prec).
 */
#ifndef G23_CUBLASLT_DESC_H
#define G23_CUBLASLT_DESC_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/plan/plan.h"

/* cublas_api.h, cublasLt.h, library_types.h */
enum { G23_CUBLAS_OP_N = 0, G23_CUBLAS_OP_T = 1 };
enum {
  G23_CUBLASLT_EPILOGUE_DEFAULT = 1,
  G23_CUBLASLT_EPILOGUE_BIAS = 4,
  G23_CUBLASLT_EPILOGUE_GELU_BIAS = 36,
  G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS = 164,
  G23_CUBLASLT_EPILOGUE_DGELU = 192,
  G23_CUBLASLT_EPILOGUE_DGELU_BGRAD = 208,
  G23_CUBLASLT_EPILOGUE_BGRADA = 256,
};
enum { G23_CUDA_R_32F = 0, G23_CUDA_R_16F = 2, G23_CUDA_R_16BF = 14 };
enum { G23_CUBLAS_COMPUTE_32F = 68 };

/* One column-major matrix layout (cublasLtMatrixLayoutCreate and its
 * attributes). */
typedef struct {
  int32_t type;   /* G23_CUDA_R_* */
  uint64_t rows, cols;
  int64_t ld;     /* >= rows */
  int32_t batch;  /* CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT */
  int64_t stride; /* CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET, elements */
} g23_lt_layout_t;

/* One cublasLtMatmul: D = epilogue(alpha * opA(A) . opB(B) + beta * C),
 * D = C in place.  opA(A) is m x k, opB(B) is k x n, D is m x n. */
typedef struct {
  int32_t transa, transb; /* G23_CUBLAS_OP_* */
  int64_t m, n, k;
  g23_lt_layout_t a, b, c; /* layouts as stored (before op) */
  int64_t off_a, off_b, off_c, off_bias; /* bytes from the arena base */
  int32_t epilogue;       /* G23_CUBLASLT_EPILOGUE_* */
  int32_t bias_type;
  int32_t compute;        /* G23_CUBLAS_COMPUTE_32F */
  float alpha, beta;
  bool ab_in_ws;          /* off_a, off_b: bytes from the conversion
                             workspace's start, not the arena's (bf16) */
  /* EPILOGUE_AUX_POINTER (bytes from the arena base), _AUX_LD, and
   * _AUX_DATA_TYPE, for the epilogues with aux; off_bias is the bias
   * gradient's offset for those that write one. */
  int64_t off_aux, aux_ld;
  int32_t aux_type;
} g23_lt_matmul_t;

/* Translate mm (whose matrices hold elements of CUDA type `type`; an aux is
 * fp32).  Returns 0, or -1 if mm is not expressible: a leading dimension
 * smaller than its rows, a size below 1, an unknown epilogue.  (cuBLASLt's
 * own restrictions, such as an aux ld that is a multiple of 8, are the
 * backend's to check: g23_lt_epilogue_ok.) */
static inline int g23_lt_from_matmul(const g23_matmul_t *mm, int32_t type, g23_lt_matmul_t *lt) {
  if (mm->m < 1 || mm->n < 1 || mm->k < 1 || mm->batch < 1 || mm->batch > INT32_MAX) return -1;
  lt->m = mm->n;
  lt->n = mm->m;
  lt->k = mm->k;
  lt->transa = mm->transb ? G23_CUBLAS_OP_T : G23_CUBLAS_OP_N;
  lt->transb = mm->transa ? G23_CUBLAS_OP_T : G23_CUBLAS_OP_N;
  /* cuBLASLt A = plan B: stored as [k, n] row-major = [n, k] column-major,
   * or, transposed, [n, k] row-major = [k, n] column-major. */
  lt->a = (g23_lt_layout_t){type, (uint64_t)(mm->transb ? mm->k : mm->n),
                            (uint64_t)(mm->transb ? mm->n : mm->k), mm->ldb, (int32_t)mm->batch,
                            mm->stride_b};
  lt->b = (g23_lt_layout_t){type, (uint64_t)(mm->transa ? mm->m : mm->k),
                            (uint64_t)(mm->transa ? mm->k : mm->m), mm->lda, (int32_t)mm->batch,
                            mm->stride_a};
  lt->c = (g23_lt_layout_t){type, (uint64_t)mm->n, (uint64_t)mm->m, mm->ldc, (int32_t)mm->batch,
                            mm->stride_c};
  lt->off_a = mm->off_b;
  lt->off_b = mm->off_a;
  lt->off_c = mm->off_c;
  lt->off_bias = g23_epi_writes_bgrad(mm->epilogue) ? mm->off_bgrad : mm->off_bias;
  lt->off_aux = lt->aux_ld = 0;
  lt->aux_type = G23_CUDA_R_32F;
  switch (mm->epilogue) {
  case G23_EPI_NONE: lt->epilogue = G23_CUBLASLT_EPILOGUE_DEFAULT; break;
  case G23_EPI_BIAS: lt->epilogue = G23_CUBLASLT_EPILOGUE_BIAS; break;
  case G23_EPI_GELU_BIAS: lt->epilogue = G23_CUBLASLT_EPILOGUE_GELU_BIAS; break;
  case G23_EPI_GELU_AUX_BIAS: lt->epilogue = G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS; break;
  case G23_EPI_DGELU: lt->epilogue = G23_CUBLASLT_EPILOGUE_DGELU; break;
  case G23_EPI_DGELU_BGRAD: lt->epilogue = G23_CUBLASLT_EPILOGUE_DGELU_BGRAD; break;
  case G23_EPI_BGRAD: lt->epilogue = G23_CUBLASLT_EPILOGUE_BGRADA; break;
  default: return -1;
  }
  if (g23_epi_has_aux(mm->epilogue)) {
    if (mm->ldaux < mm->n) return -1;
    lt->off_aux = mm->off_aux;
    lt->aux_ld = mm->ldaux;
  }
  lt->bias_type = type;
  lt->compute = G23_CUBLAS_COMPUTE_32F;
  lt->ab_in_ws = false;
  lt->alpha = mm->alpha;
  lt->beta = mm->beta;
  if (lt->a.ld < (int64_t)lt->a.rows || lt->b.ld < (int64_t)lt->b.rows ||
      lt->c.ld < (int64_t)lt->c.rows)
    return -1;
  return 0;
}

/* Whether cuBLASLt documents lt's epilogue as possible: the aux leading
 * dimension a multiple of 8 (and at least the rows of D), and no batch with
 * an aux or a bias gradient (gpt23 sets no aux or bias-gradient batch
 * stride).  Where not, the backend runs its built-in matmul instead. */
static inline bool g23_lt_epilogue_ok(const g23_lt_matmul_t *lt) {
  bool aux = lt->epilogue == G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS || lt->epilogue == G23_CUBLASLT_EPILOGUE_DGELU ||
             lt->epilogue == G23_CUBLASLT_EPILOGUE_DGELU_BGRAD;
  bool bgrad = lt->epilogue == G23_CUBLASLT_EPILOGUE_DGELU_BGRAD || lt->epilogue == G23_CUBLASLT_EPILOGUE_BGRADA;
  if (aux && (lt->aux_ld % 8 != 0 || lt->aux_ld < lt->m)) return false;
  return !((aux || bgrad) && lt->c.batch != 1);
}

/* ---- bf16 operands -------------------------------------------------------
 *
 * With bf16 precision the arena stays fp32; before each matmul the elements
 * of A and B it reads are converted (round to nearest even, as
 * __float2bfloat16) into a device workspace, and cuBLASLt multiplies the
 * bf16 copies with fp32 accumulation into the fp32 C/D of the arena; the
 * bias stays fp32.  An operand's span is every element from its first to
 * its last (batch - 1) * stride + (rows - 1) * ld + cols, row-major as the
 * plan stores it; its copy keeps ld and stride, so element for element the
 * copy is the operand.  In the workspace A's copy starts at 0 and B's at
 * the next multiple of 256 bytes after it. */
static inline int64_t g23_mm_span_a(const g23_matmul_t *mm) {
  int64_t rows = mm->transa ? mm->k : mm->m, cols = mm->transa ? mm->m : mm->k;
  return (mm->batch - 1) * mm->stride_a + (rows - 1) * mm->lda + cols;
}

static inline int64_t g23_mm_span_b(const g23_matmul_t *mm) {
  int64_t rows = mm->transb ? mm->n : mm->k, cols = mm->transb ? mm->k : mm->n;
  return (mm->batch - 1) * mm->stride_b + (rows - 1) * mm->ldb + cols;
}

/* Byte offsets of the bf16 copies of A and B in the workspace, and the
 * workspace bytes the matmul needs. */
static inline int64_t g23_mm_ws_b(const g23_matmul_t *mm) { return (2 * g23_mm_span_a(mm) + 255) / 256 * 256; }
static inline int64_t g23_mm_ws_bytes(const g23_matmul_t *mm) { return g23_mm_ws_b(mm) + 2 * g23_mm_span_b(mm); }

/* mm at operand precision ab_type: G23_CUDA_R_32F is g23_lt_from_matmul
 * (mm, G23_CUDA_R_32F, lt), exactly; G23_CUDA_R_16BF reads A and B from
 * their bf16 copies in the workspace (ab_in_ws) and keeps C, D and the bias
 * fp32, with fp32 compute and scale: the cuBLASLt combination A/B
 * CUDA_R_16BF, C/D CUDA_R_32F, CUBLAS_COMPUTE_32F.  -1 as
 * g23_lt_from_matmul, or for another type. */
static inline int g23_lt_from_matmul_prec(const g23_matmul_t *mm, int32_t ab_type, g23_lt_matmul_t *lt) {
  if (ab_type != G23_CUDA_R_32F && ab_type != G23_CUDA_R_16BF) return -1;
  if (g23_lt_from_matmul(mm, G23_CUDA_R_32F, lt) != 0) return -1;
  if (ab_type == G23_CUDA_R_32F) return 0;
  lt->a.type = lt->b.type = ab_type;
  /* cuBLASLt's A is the plan's B. */
  lt->off_a = g23_mm_ws_b(mm);
  lt->off_b = 0;
  lt->ab_in_ws = true;
  return 0;
}

#endif
