/* epilogue.h: the epilogue of a plan matmul (runtime/plan/plan.h,
 * g23_epilogue_t) on one element of its result, the one definition that
 * both the C runtime's epilogue (c_runtime.h) and the CUDA built-in matmul
 * (matmul.cuh) apply.  The codes G23_EPI_* are written before every kernel
 * source from the plan format's enum (codegen/kernels.c), GELU is the
 * prelude's.
 *
 * v is the product's element (column j of its row), bias the bias vector,
 * aux the row of the aux matrix (GELU's pre-activation): GELU_AUX_BIAS
 * stores it, DGELU and DGELU_BGRAD read it.  A pointer an epilogue does
 * not use is never read.  The bias gradients (DGELU_BGRAD, BGRAD) are
 * column sums apart. */
#ifndef G23_EPILOGUE_H
#define G23_EPILOGUE_H
G23_FN float g23_epilogue(int epi, float v, const float *bias, float *aux, int64_t j) {
  switch (epi) {
  case G23_EPI_BIAS: return v + bias[j];
  case G23_EPI_GELU_BIAS: return g23_gelu(v + bias[j]);
  case G23_EPI_GELU_AUX_BIAS: {
    float p = v + bias[j];
    aux[j] = p;
    return g23_gelu(p);
  }
  case G23_EPI_DGELU:
  case G23_EPI_DGELU_BGRAD: return v * g23_gelu_grad(aux[j]);
  default: return v;
  }
}
#endif
