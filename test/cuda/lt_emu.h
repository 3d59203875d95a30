/* lt_emu.h: cuBLASLt matmuls performed on the CPU, for checking the plan ->
 * cuBLASLt translation (runtime/cublaslt_desc.h) without a GPU.
 *
 *   g23_lt_emu_matmul  does what cublasLtMatmul does with a g23_lt_matmul_t:
 *                      column-major layouts, op flags, strided batch (stride 0
 *                      shares a matrix), alpha/beta (beta = 0: C is not read),
 *                      epilogues BIAS and GELU_BIAS (tanh form), after the
 *                      validation cuBLASLt applies (dimensions of opA(A), opB(B)
 *                      and D agree, ld >= rows, equal batch counts).
 *   g23_lt_ref_matmul  the plan's matmul straight from its row-major meaning.
 *
 * Both accumulate each element in float64 in the same order and round once,
 * so for a correct translation they agree bit for bit. */
#ifndef G23_LT_EMU_H
#define G23_LT_EMU_H

#include <stddef.h>

#include "runtime/cublaslt_desc.h"

/* 0, or -1 with the reason cuBLASLt would refuse in err. */
int g23_lt_emu_matmul(const g23_lt_matmul_t *lt, char *base, char *err, size_t errn);
/* f32 matrices; row-major as documented at g23_matmul_t. */
void g23_lt_ref_matmul(const g23_matmul_t *mm, char *base);

#endif
