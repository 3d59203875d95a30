/* lt_emu.h: cuBLASLt matmuls performed on the CPU, for checking the plan ->
 * cuBLASLt translation (runtime/cuda/cublaslt_desc.h) without a GPU.
 *
 *   g23_lt_emu_matmul  does what cublasLtMatmul does with a g23_lt_matmul_t:
 *                      column-major layouts, op flags, strided batch (stride 0
 *                      shares a matrix), alpha/beta (beta = 0: C is not read),
 *                      epilogues BIAS, GELU_BIAS, GELU_AUX_BIAS, DGELU,
 *                      DGELU_BGRAD and BGRADA as cublasLt.h documents them
 *                      (GELU in tanh form; fp32 aux, batch 1), after the
 *                      validation cuBLASLt applies (dimensions of opA(A), opB(B)
 *                      and D agree, ld >= rows, equal batch counts, an aux ld
 *                      that is a multiple of 8).
 *   g23_lt_ref_matmul  the plan's matmul straight from its row-major meaning.
 *
 * Both accumulate each element in float64 in the same order and round once,
 * so for a correct translation they agree bit for bit; so do the bias
 * gradients, float64 sums in row order of the stored gradient D (DGELU_BGRAD)
 * or of the operand (BGRADA), and the aux, the biased sum rounded once.  A bf16 operand is
 * widened exactly, so a bf16 matmul agrees bit for bit with the reference
 * run on operands rounded to bf16 (g23_lt_ref_round_operands). */
#ifndef G23_LT_EMU_H
#define G23_LT_EMU_H

#include <stddef.h>
#include <stdint.h>

#include "runtime/cuda/cublaslt_desc.h"

/* 0, or -1 with the reason cuBLASLt would refuse in err.  A and B are read
 * from ws when lt->ab_in_ws (the bf16 conversion workspace), else from
 * base; g23_lt_emu_matmul refuses an lt with ab_in_ws. */
int g23_lt_emu_matmul(const g23_lt_matmul_t *lt, char *base, char *err, size_t errn);
int g23_lt_emu_matmul_ws(const g23_lt_matmul_t *lt, char *base, const char *ws, char *err, size_t errn);

/* float -> bfloat16 as __float2bfloat16 (round to nearest even; overflow
 * to infinity; subnormals kept; every NaN to 0x7fff), computed the long
 * way, independently of the bit trick that emu.c and backend_cuda.c's
 * conversion kernel use: the two neighbouring bf16 values and their
 * distances in float64. */
uint16_t g23_lt_ref_bf16(float f);
/* What the CUDA backend does before a bf16 matmul: the bf16 copies of mm's
 * A and B spans (cublaslt_desc.h) written into ws at their offsets, each
 * element through g23_lt_ref_bf16.  ws holds g23_mm_ws_bytes(mm) bytes. */
void g23_lt_emu_convert(const g23_matmul_t *mm, const char *base, char *ws);
/* Rounds every element of mm's A and B spans in base to bf16 in place (as
 * floats): with g23_lt_ref_matmul, the bf16 reference. */
void g23_lt_ref_round_operands(const g23_matmul_t *mm, char *base);
/* f32 matrices; row-major as documented at g23_matmul_t. */
void g23_lt_ref_matmul(const g23_matmul_t *mm, char *base);

#endif
