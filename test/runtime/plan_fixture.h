/* plan_fixture.h: hand-made plans for the runtime tests and the fuzzer's
 * seed corpus.
 *
 * The main fixture is small but exercises every field of the format: every
 * dtype and role, persistent and per-graph tensors, two C kernels, matmul
 * launches with transposes, a batch with a shared (stride 0) weight,
 * beta = 1, padded leading dimensions and both epilogues.
 *
 *   train:  k_fill   y[b, i, j] = scale * ((b*15 + i*5 + j) % 7) - 1
 *           matmul   y[b] = 0.7 x[b]^T w^T + 1 * y[b] + bias      (BIAS)
 *           k_post   z = y * y + step
 *   eval:   matmul   g[:, :5] = gelu(1.5 u v + bias)          (GELU_BIAS, ldc 8)
 *
 *   x: f32 [2, 4, 3] (input, stored K x M)   w: f32 [5, 4] (param, normal)
 *   bias: f32 [5] (param, const 0.25)        y, z: f32 [2, 3, 5] (outputs)
 *   u: f32 [3, 4] (eval input)               v: f32 [4, 5] (param, normal)
 *   g: f32 [3, 8] (eval output)              scale f32 [1], step i32 [1]
 */
#ifndef G23_PLAN_FIXTURE_H
#define G23_PLAN_FIXTURE_H

#include "runtime/plan/plan.h"

enum { FIX_B = 2, FIX_M = 3, FIX_K = 4, FIX_N = 5, FIX_LDG = 8 };

/* variant 0: the fixture above; 1: a single-matmul plan without kernels or
 * sources; 2: a generation plan (prefill + decode, KV cache, classifier);
 * 3: the fixture with the eval matmul's epilogue DGELU_BGRAD (aux: g itself,
 * ld 8; bias gradient: bias), for the fields of the training epilogues. */
void g23_fixture_plan(g23_plan_t *p, int variant);

/* Compares every field; prints the first difference to stderr and returns
 * false. */
bool g23_fixture_plan_equal(const g23_plan_t *a, const g23_plan_t *b);

/* codegen's C preamble followed by kernels (which it frees). */
char *g23_fixture_c_source(char *kernels);

#endif
