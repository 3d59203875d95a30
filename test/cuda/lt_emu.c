/* lt_emu.c: cublasLtMatmul on the CPU (see lt_emu.h). */
#include "lt_emu.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "emu.h"

static double gelu_tanh(double x) {
  return 0.5 * x * (1.0 + tanh(0.7978845608028654 * (x + 0.044715 * x * x * x)));
}

/* d gelu_tanh / dx = (1 + t)/2 + x/2 (1 - t^2) u',  t = tanh(u). */
static double gelu_tanh_grad(double x) {
  const double k = 0.7978845608028654, c = 0.044715;
  double t = tanh(k * (x + c * x * x * x));
  return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t * t) * k * (1.0 + 3.0 * c * x * x);
}

static int elem_size(int32_t type) {
  switch (type) {
  case G23_CUDA_R_32F: return 4;
  case G23_CUDA_R_16F: case G23_CUDA_R_16BF: return 2;
  }
  return 0;
}

static double load(const char *p, int32_t type, int64_t i) {
  uint16_t h;
  switch (type) {
  case G23_CUDA_R_32F: { float f; memcpy(&f, p + 4 * i, 4); return f; }
  case G23_CUDA_R_16BF: memcpy(&h, p + 2 * i, 2); return g23_emu_bf16_to_f32(h);
  default: memcpy(&h, p + 2 * i, 2); return g23_emu_f16_to_f32(h);
  }
}

static void store(char *p, int32_t type, int64_t i, double v) {
  uint16_t h;
  float f = (float)v;
  switch (type) {
  case G23_CUDA_R_32F: memcpy(p + 4 * i, &f, 4); break;
  case G23_CUDA_R_16BF: h = g23_emu_f32_to_bf16(f); memcpy(p + 2 * i, &h, 2); break;
  default: h = g23_emu_f32_to_f16(f); memcpy(p + 2 * i, &h, 2); break;
  }
}

static int check_layout(const char *what, const g23_lt_layout_t *l, int64_t rows, int64_t cols,
                        int32_t batch, char *err, size_t errn) {
  if (!elem_size(l->type)) {
    snprintf(err, errn, "matrix %s: unsupported type %d", what, l->type);
    return -1;
  }
  if ((int64_t)l->rows != rows || (int64_t)l->cols != cols) {
    snprintf(err, errn, "matrix %s is %llu x %llu, the operation needs %lld x %lld", what,
             (unsigned long long)l->rows, (unsigned long long)l->cols, (long long)rows, (long long)cols);
    return -1;
  }
  if (l->ld < (int64_t)l->rows || l->ld < 1) {
    snprintf(err, errn, "matrix %s: ld %lld < rows %llu", what, (long long)l->ld,
             (unsigned long long)l->rows);
    return -1;
  }
  if (l->batch != batch || l->stride < 0) {
    snprintf(err, errn, "matrix %s: batch %d (stride %lld) against %d", what, l->batch,
             (long long)l->stride, batch);
    return -1;
  }
  return 0;
}

int g23_lt_emu_matmul(const g23_lt_matmul_t *lt, char *base, char *err, size_t errn) {
  return g23_lt_emu_matmul_ws(lt, base, NULL, err, errn);
}

int g23_lt_emu_matmul_ws(const g23_lt_matmul_t *lt, char *base, const char *ws, char *err, size_t errn) {
  if (lt->ab_in_ws && !ws) {
    snprintf(err, errn, "A and B are in the conversion workspace, and there is none");
    return -1;
  }
  const char *abase = lt->ab_in_ws ? ws : base;
  int64_t m = lt->m, n = lt->n, k = lt->k;
  int32_t batch = lt->c.batch;
  bool ta = lt->transa == G23_CUBLAS_OP_T, tb = lt->transb == G23_CUBLAS_OP_T;
  if ((lt->transa != G23_CUBLAS_OP_N && !ta) || (lt->transb != G23_CUBLAS_OP_N && !tb)) {
    snprintf(err, errn, "unsupported op %d/%d", lt->transa, lt->transb);
    return -1;
  }
  if (m < 1 || n < 1 || k < 1 || batch < 1) {
    snprintf(err, errn, "empty matmul m=%lld n=%lld k=%lld batch=%d", (long long)m, (long long)n,
             (long long)k, batch);
    return -1;
  }
  if (check_layout("A", &lt->a, ta ? k : m, ta ? m : k, batch, err, errn) ||
      check_layout("B", &lt->b, tb ? n : k, tb ? k : n, batch, err, errn) ||
      check_layout("C", &lt->c, m, n, batch, err, errn))
    return -1;
  if (lt->c.type != G23_CUDA_R_32F && (lt->a.type != lt->c.type || lt->b.type != lt->c.type)) {
    snprintf(err, errn, "unsupported types A %d, B %d, C %d", lt->a.type, lt->b.type, lt->c.type);
    return -1;
  }
  if (lt->a.type != lt->b.type || (lt->bias_type != lt->c.type && (lt->epilogue != G23_CUBLASLT_EPILOGUE_DEFAULT))) {
    snprintf(err, errn, "unsupported types A %d, B %d, bias %d, C %d", lt->a.type, lt->b.type, lt->bias_type,
             lt->c.type);
    return -1;
  }
  if (lt->compute != G23_CUBLAS_COMPUTE_32F) {
    snprintf(err, errn, "unsupported compute type %d", lt->compute);
    return -1;
  }
  int32_t e = lt->epilogue;
  bool bias = e == G23_CUBLASLT_EPILOGUE_BIAS || e == G23_CUBLASLT_EPILOGUE_GELU_BIAS ||
              e == G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS;
  bool gelu = e == G23_CUBLASLT_EPILOGUE_GELU_BIAS || e == G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS;
  bool aux_out = e == G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS;
  bool dgelu = e == G23_CUBLASLT_EPILOGUE_DGELU || e == G23_CUBLASLT_EPILOGUE_DGELU_BGRAD;
  bool bgrad_d = e == G23_CUBLASLT_EPILOGUE_DGELU_BGRAD, bgrad_a = e == G23_CUBLASLT_EPILOGUE_BGRADA;
  if (!bias && !dgelu && !bgrad_a && e != G23_CUBLASLT_EPILOGUE_DEFAULT) {
    snprintf(err, errn, "unsupported epilogue %d", e);
    return -1;
  }
  if (aux_out || dgelu) {
    if (lt->aux_type != G23_CUDA_R_32F) {
      snprintf(err, errn, "epilogue %d: aux type %d is not modelled (fp32 only)", e, lt->aux_type);
      return -1;
    }
    /* cublasLt.h, CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_LD: "Must be divisible
     * by 8 and be no less than the number of rows in the output matrix". */
    if (lt->aux_ld % 8 != 0 || lt->aux_ld < m) {
      snprintf(err, errn, "epilogue %d: aux ld %lld is not a multiple of 8 at least the %lld rows of D", e,
               (long long)lt->aux_ld, (long long)m);
      return -1;
    }
  }
  if ((aux_out || dgelu || bgrad_a) && batch != 1) {
    snprintf(err, errn, "epilogue %d with batch %d: aux and bias-gradient batch strides are not modelled", e,
             batch);
    return -1;
  }
  int32_t at = lt->a.type, bt = lt->b.type, ct = lt->c.type;
  for (int32_t bi = 0; bi < batch; bi++) {
    const char *A = abase + lt->off_a + (int64_t)bi * lt->a.stride * elem_size(at);
    const char *B = abase + lt->off_b + (int64_t)bi * lt->b.stride * elem_size(bt);
    char *C = base + lt->off_c + (int64_t)bi * lt->c.stride * elem_size(ct);
    for (int64_t j = 0; j < n; j++)
      for (int64_t i = 0; i < m; i++) {
        double acc = 0.0;
        for (int64_t p = 0; p < k; p++) {
          double a = load(A, at, ta ? p + i * lt->a.ld : i + p * lt->a.ld); /* opA(A)[i,p] */
          double b = load(B, bt, tb ? j + p * lt->b.ld : p + j * lt->b.ld); /* opB(B)[p,j] */
          acc += a * b;
        }
        int64_t ci = i + j * lt->c.ld;
        double d = (double)lt->alpha * acc;
        if (lt->beta != 0.0f) d += (double)lt->beta * load(C, ct, ci);
        if (bias) d += load(base + lt->off_bias, lt->bias_type, i); /* one per row of D */
        if (aux_out) store(base + lt->off_aux, lt->aux_type, i + j * lt->aux_ld, d); /* GELU's input */
        if (gelu) d = gelu_tanh(d);
        if (dgelu) d *= gelu_tanh_grad(load(base + lt->off_aux, lt->aux_type, i + j * lt->aux_ld));
        store(C, ct, ci, d);
      }
    /* Bias gradients, one per row of D: of the stored gradient D along its
     * row, or of opA(A) over k. */
    for (int64_t i = 0; (bgrad_d || bgrad_a) && i < m; i++) {
      double acc = 0.0;
      if (bgrad_d)
        for (int64_t j = 0; j < n; j++) acc += load(C, ct, i + j * lt->c.ld);
      else
        for (int64_t p = 0; p < k; p++) acc += load(A, at, ta ? p + i * lt->a.ld : i + p * lt->a.ld);
      store(base + lt->off_bias, lt->bias_type, i, acc);
    }
  }
  return 0;
}

void g23_lt_ref_matmul(const g23_matmul_t *mm, char *base) {
  int epi = mm->epilogue;
  const float *bias = (const float *)(base + mm->off_bias);
  float *aux = (float *)(base + mm->off_aux);
  for (int64_t bi = 0; bi < mm->batch; bi++) {
    const float *A = (const float *)(base + mm->off_a) + bi * mm->stride_a;
    const float *B = (const float *)(base + mm->off_b) + bi * mm->stride_b;
    float *C = (float *)(base + mm->off_c) + bi * mm->stride_c;
    for (int64_t i = 0; i < mm->m; i++)
      for (int64_t j = 0; j < mm->n; j++) {
        double acc = 0.0;
        for (int64_t p = 0; p < mm->k; p++) {
          double a = mm->transa ? A[p * mm->lda + i] : A[i * mm->lda + p];
          double b = mm->transb ? B[j * mm->ldb + p] : B[p * mm->ldb + j];
          acc += a * b;
        }
        double d = (double)mm->alpha * acc;
        if (mm->beta != 0.0f) d += (double)mm->beta * C[i * mm->ldc + j];
        if (g23_epi_reads_bias(epi)) d += bias[j];
        if (epi == G23_EPI_GELU_AUX_BIAS) aux[i * mm->ldaux + j] = (float)d;
        if (epi == G23_EPI_GELU_BIAS || epi == G23_EPI_GELU_AUX_BIAS) d = gelu_tanh(d);
        if (epi == G23_EPI_DGELU || epi == G23_EPI_DGELU_BGRAD) d *= gelu_tanh_grad(aux[i * mm->ldaux + j]);
        C[i * mm->ldc + j] = (float)d;
      }
    if (!g23_epi_writes_bgrad(epi)) continue;
    float *bgrad = (float *)(base + mm->off_bgrad);
    for (int64_t j = 0; j < mm->n; j++) {
      double acc = 0.0;
      if (epi == G23_EPI_DGELU_BGRAD)
        for (int64_t i = 0; i < mm->m; i++) acc += C[i * mm->ldc + j];
      else
        for (int64_t p = 0; p < mm->k; p++) acc += mm->transb ? B[j * mm->ldb + p] : B[p * mm->ldb + j];
      bgrad[j] = (float)acc;
    }
  }
}

static float bits_f(uint32_t u) {
  float f;
  memcpy(&f, &u, 4);
  return f;
}

/* The value of bf16 bits h in float64; the pattern past the largest finite
 * one (infinity) counts as 2^128, the next value of an unbounded exponent,
 * as round-to-nearest's overflow rule has it. */
static double bf16_value(uint16_t h) {
  if ((h & 0x7fffu) == 0x7f80u) return (h & 0x8000u) ? -0x1p128 : 0x1p128;
  return bits_f((uint32_t)h << 16);
}

uint16_t g23_lt_ref_bf16(float f) {
  if (isnan(f)) return 0x7fff;
  if (isinf(f)) return f > 0 ? 0x7f80 : 0xff80;
  uint32_t u;
  memcpy(&u, &f, 4);
  uint16_t lo = (uint16_t)(u >> 16); /* f with its low 16 bits cut: toward zero */
  double x = f, vlo = bf16_value(lo);
  if (vlo == x) return lo;
  uint16_t hi = (uint16_t)(lo + 1); /* the next one away from zero */
  double dlo = fabs(x - vlo), dhi = fabs(bf16_value(hi) - x);
  if (dlo != dhi) return dlo < dhi ? lo : hi;
  return (lo & 1u) ? hi : lo; /* a tie: the even one */
}

static void convert_span(const float *src, uint16_t *dst, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    float v;
    memcpy(&v, src + i, 4);
    uint16_t h = g23_lt_ref_bf16(v);
    memcpy(dst + i, &h, 2);
  }
}

void g23_lt_emu_convert(const g23_matmul_t *mm, const char *base, char *ws) {
  convert_span((const float *)(base + mm->off_a), (uint16_t *)ws, g23_mm_span_a(mm));
  convert_span((const float *)(base + mm->off_b), (uint16_t *)(ws + g23_mm_ws_b(mm)), g23_mm_span_b(mm));
}

static void round_span(float *x, int64_t n) {
  for (int64_t i = 0; i < n; i++) x[i] = bits_f((uint32_t)g23_lt_ref_bf16(x[i]) << 16);
}

void g23_lt_ref_round_operands(const g23_matmul_t *mm, char *base) {
  round_span((float *)(base + mm->off_a), g23_mm_span_a(mm));
  round_span((float *)(base + mm->off_b), g23_mm_span_b(mm));
}
