/* gpt23 kernels for cls.net, C dialect (generated; do not edit). */
#include <math.h>
#include <stdint.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#define G23_INF INFINITY
/* prelude.h: the scalar helpers of generated kernels and of the evaluator.
 *
 * This text is the one definition: code generation embeds it verbatim at
 * the top of every C and CUDA kernel source, and eval.c includes it, so the
 * CPU kernels, the CUDA kernels and the float64 reference draw the same
 * dropout masks.  It is written in the subset of C that is also CUDA C:
 * no includes (the embedding source provides <stdint.h>-style integer types
 * and expf/tanhf), no globals, no libc.  G23_FN qualifies every function:
 * `static inline` by default; the CUDA dialect defines it first as
 * `static __device__ __forceinline__`.
 *
 * Random numbers: Philox4x32-10 (Salmon et al., "Parallel random numbers:
 * as easy as 1, 2, 3", SC'11), key = (seed, stream), counter = (idx low,
 * idx high, 0, 0).  The first output word's top 24 bits make a float in
 * [0, 1) that is exact in both float and double.
 */
#ifndef G23_PRELUDE_H
#define G23_PRELUDE_H

#ifndef G23_FN
#define G23_FN static inline
#endif

G23_FN uint32_t g23_mulhilo32(uint32_t a, uint32_t b, uint32_t *hi) {
  uint64_t p = (uint64_t)a * (uint64_t)b;
  *hi = (uint32_t)(p >> 32);
  return (uint32_t)p;
}

/* First word of Philox4x32-10 at counter (idx, 0) under key (seed, stream). */
G23_FN uint32_t g23_philox(uint32_t seed, uint32_t stream, uint64_t idx) {
  uint32_t c0 = (uint32_t)idx, c1 = (uint32_t)(idx >> 32), c2 = 0, c3 = 0;
  uint32_t k0 = seed, k1 = stream;
  for (int r = 0; r < 10; r++) {
    uint32_t hi0, hi1;
    uint32_t lo0 = g23_mulhilo32(0xD2511F53u, c0, &hi0);
    uint32_t lo1 = g23_mulhilo32(0xCD9E8D57u, c2, &hi1);
    c0 = hi1 ^ c1 ^ k0;
    c1 = lo1;
    c2 = hi0 ^ c3 ^ k1;
    c3 = lo0;
    k0 += 0x9E3779B9u;
    k1 += 0xBB67AE85u;
  }
  return c0;
}

/* Uniform in [0, 1), a multiple of 2^-24. */
G23_FN float g23_uniform(uint32_t seed, uint32_t stream, uint64_t idx) {
  return (float)(g23_philox(seed, stream, idx) >> 8) * (1.0f / 16777216.0f);
}

/* Inverted dropout: element idx is kept when its uniform draw is >= p. */
G23_FN float g23_dropout(float x, int32_t seed, int64_t stream, int64_t idx, float p) {
  float u = g23_uniform((uint32_t)seed, (uint32_t)stream, (uint64_t)idx);
  return u >= p ? x / (1.0f - p) : 0.0f;
}

/* GELU, tanh approximation (GPT-2's "gelu_new"):
 *   gelu(x) = x/2 (1 + tanh(u)),  u = k (x + c x^3), k = sqrt(2/pi), c = 0.044715
 * computed through the identity (1 + tanh(u))/2 = sigmoid(2u), which needs
 * one expf instead of a tanhf (several times slower in C libraries). */
G23_FN float g23_gelu(float x) {
  float u = 0.7978845608028654f * (x + 0.044715f * x * x * x);
  return x / (1.0f + expf(-2.0f * u));
}

/* d gelu / dx = (1 + t)/2 + x/2 (1 - t^2) u',  t = tanh(u)
 *             = s + 2 x s (1 - s) u',  s = sigmoid(2u),  u' = k (1 + 3 c x^2) */
G23_FN float g23_gelu_grad(float x) {
  float u = 0.7978845608028654f * (x + 0.044715f * x * x * x);
  float s = 1.0f / (1.0f + expf(-2.0f * u));
  float du = 0.7978845608028654f * (1.0f + 3.0f * 0.044715f * x * x);
  return s + 2.0f * x * s * (1.0f - s) * du;
}

#endif

void g23_rt_set_threads(int n) {
#ifdef _OPENMP
  omp_set_num_threads(n);
#endif
  (void)n;
}
/* c[i, j] = (gelu)(c[i, j] + bias[j]) for rows x cols with leading dim ldc. */
void g23_rt_epilogue(float *c, const float *bias, int64_t rows, int64_t cols, int64_t ldc, int gelu) {
  #pragma omp parallel for if (rows * cols > 32768) schedule(static)
  for (int64_t i = 0; i < rows; i++) {
    float *row = c + i * ldc;
    if (gelu)
      for (int64_t j = 0; j < cols; j++) row[j] = g23_gelu(row[j] + bias[j]);
    else
      for (int64_t j = 0; j < cols; j++) row[j] += bias[j];
  }
}

/* train_k0_gather: gather f32[16, 32, 32] */
void train_k0_gather(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 1991936))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 1991936))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 353536))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[32] */
void train_k1_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 2006464))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 2006272))[idx] = v6;
  }
}

/* train_k2_gather: gather f32[32, 32] */
void train_k2_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 2006272))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 2006272))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 419072))[idx] = v7;
  }
}

/* train_k3_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k3_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 353536))[idx];
      const float a7 = ((float *)(base + 419072))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.03125f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 353536))[idx];
      const float a7 = ((float *)(base + 419072))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v15 = (v14 * v14);
      acc16 = acc16 + v15;
    }
      const float v16 = (float)acc16;
      const float v17 = (v16 * 0.03125f);
      const float v19 = (v17 + 1e-05f);
      const float v20 = (1.0f / sqrtf(v19));
      const float v222 = (v20 * v20);
      const float v223 = (v222 * v20);
      const float v224 = (v223 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 353536))[idx];
      const float a7 = ((float *)(base + 419072))[(idx % 1024LL)];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a10 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 550144))[idx] = v8;
      ((float *)(base + 1139968))[idx] = v14;
      ((float *)(base + 1205504))[idx] = v21;
      ((float *)(base + 1271040))[idx] = v23;
    }
    {
      ((float *)(base + 1993984))[r] = v20;
      ((float *)(base + 1996032))[r] = v224;
    }
  }
}

/* train_k4_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void train_k4_slice(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v28 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v29 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v30 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 615680))[idx] = v28;
      ((float *)(base + 681216))[idx] = v29;
      ((float *)(base + 746752))[idx] = v30;
  }
}

/* train_k5_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void train_k5_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v32 = ((float *)(base + 615680))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v34 = ((float *)(base + 681216))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v36 = ((float *)(base + 746752))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 1336576))[idx] = v32;
      ((float *)(base + 1402112))[idx] = v34;
      ((float *)(base + 1467648))[idx] = v36;
  }
}

/* train_k6_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void train_k6_attention(char *base) {
  const float *Q = (const float *)(base + 1336576); (void)Q;
  const float *K = (const float *)(base + 1402112); (void)K;
  const float *V = (const float *)(base + 1467648); (void)V;
  const int32_t *P = (const int32_t *)(base + 2006464); (void)P;
  float *out = (float *)(base + 1533184); (void)out;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 16LL;
    const float *kb = K + bh * 512LL, *vb = V + bh * 512LL;
    float m = -G23_INF, l = 0.0f, acc[16];
    for (int64_t d = 0; d < 16LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 16LL, *vj = vb + j * 16LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.25f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 16LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 16LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 16LL; d++) out[idx * 16LL + d] = acc[d] * inv;
  }
}

/* train_k7_permute: permute f32[16, 32, 2, 16] */
void train_k7_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v38 = ((float *)(base + 1533184))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 1598720))[idx] = v38;
  }
}

/* train_k8_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k8_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 550144))[idx];
      const float a43 = ((float *)(base + 353536))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.03125f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 550144))[idx];
      const float a43 = ((float *)(base + 353536))[idx];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = (float)acc51;
      const float v52 = (v51 * 0.03125f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
      const float v170 = (v54 * v54);
      const float v171 = (v170 * v54);
      const float v172 = (v171 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 550144))[idx];
      const float a43 = ((float *)(base + 353536))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a46 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 877824))[idx] = v44;
      ((float *)(base + 1664256))[idx] = v49;
      ((float *)(base + 1729792))[idx] = v55;
      ((float *)(base + 1795328))[idx] = v57;
    }
    {
      ((float *)(base + 1998080))[r] = v54;
      ((float *)(base + 2000128))[r] = v172;
    }
  }
}

/* train_k9_gelu: gelu f32[16, 32, 128] */
void train_k9_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a61 = ((float *)(base + 353536))[idx];
      const float v62 = g23_gelu(a61);
      ((float *)(base + 615680))[idx] = v62;
  }
}

/* train_k10_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k10_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 877824))[idx];
      const float a66 = ((float *)(base + 943360))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.03125f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 877824))[idx];
      const float a66 = ((float *)(base + 943360))[idx];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v73 = (v72 * v72);
      acc74 = acc74 + v73;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.03125f);
      const float v76 = (v75 + 1e-05f);
      const float v77 = (1.0f / sqrtf(v76));
      const float v136 = (v77 * v77);
      const float v137 = (v136 * v77);
      const float v139 = (v137 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 877824))[idx];
      const float a66 = ((float *)(base + 943360))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a69 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 1008896))[idx] = v72;
      ((float *)(base + 1074432))[idx] = v78;
      ((float *)(base + 1860864))[idx] = v80;
    }
    {
      ((float *)(base + 2002176))[r] = v77;
      ((float *)(base + 2004224))[r] = v139;
    }
  }
}

/* train_k11_rowsum: permute f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k11_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc82 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float v81 = ((float *)(base + 1860864))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 1LL + ((idx / 1LL % 32LL)) * 32LL];
      acc82 = acc82 + v81;
    }
      const float v82 = (float)acc82;
      const float v83 = (v82 * 0.03125f);
    {
      ((float *)(base + 877824))[r] = v83;
    }
  }
}

/* train_k12_rowmax: max_reduce f32[16, 1], sub f32[16, 3], exp f32[16, 3], sum f32[16, 1], log f32[16, 1], add f32[16, 1], one_hot f32[16, 3], mul f32[16, 3], sum f32[16, 1], sub f32[16, 1], mul f32[16, 3], div f32[16, 1], expand f32[16, 3], mul f32[16, 3], add f32[16, 3], neg f32[16, 3], sum f32[16, 1], add f32[16, 1], lt f32[16, 3], sub f32[16, 3], sum f32[16, 1], div f32[16, 3], mul f32[16, 3], add f32[16, 3] */
void train_k12_rowmax(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc89 = -G23_INF;
    double acc98 = 0.0f;
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const int32_t a95 = ((int32_t *)(base + 2006400))[(idx / 3LL)];
      const float a88 = ((float *)(base + 879872))[idx];
      const float v96 = (float)(col == (int64_t)a95);
      const float v97 = (a88 * v96);
      acc89 = fmax(acc89, a88);
      acc98 = acc98 + v97;
    }
      const float v89 = (float)acc89;
      const float v98 = (float)acc98;
    double acc92 = 0.0f;
    double acc118 = 0.0f;
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const float a88 = ((float *)(base + 879872))[idx];
      const float v90 = (a88 - v89);
      const float v91 = expf(v90);
      const float v115 = (float)(a88 < v89);
      const float v117 = (1.0f - v115);
      acc92 = acc92 + v91;
      acc118 = acc118 + v117;
    }
      const float v92 = (float)acc92;
      const float v93 = logf(v92);
      const float v94 = (v93 + v89);
      const float v99 = (v94 - v98);
      const float v108 = (0.0625f / v92);
      const float v118 = (float)acc118;
    double acc113 = 0.0f;
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const float a88 = ((float *)(base + 879872))[idx];
      const float v90 = (a88 - v89);
      const float v91 = expf(v90);
      const float v109 = v108;
      const float v110 = (v109 * v91);
      const float v112 = (-v110);
      acc113 = acc113 + v112;
    }
      const float v113 = (float)acc113;
      const float v114 = (0.0625f + v113);
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const float a88 = ((float *)(base + 879872))[idx];
      const int32_t a95 = ((int32_t *)(base + 2006400))[(idx / 3LL)];
      const float v90 = (a88 - v89);
      const float v91 = expf(v90);
      const float v96 = (float)(col == (int64_t)a95);
      const float v107 = ((-0.0625f) * v96);
      const float v109 = v108;
      const float v110 = (v109 * v91);
      const float v111 = (v107 + v110);
      const float v115 = (float)(a88 < v89);
      const float v117 = (1.0f - v115);
      const float v119 = (v117 / v118);
      const float v120 = (v114 * v119);
      const float v121 = (v111 + v120);
      ((float *)(base + 881920))[idx] = v121;
    }
    {
      ((float *)(base + 880064))[r] = v99;
    }
  }
}

/* train_k13_rowsum: sum f32[1], mul f32[1] */
void train_k13_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc101 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a100 = ((float *)(base + 880064))[idx];
      acc101 = acc101 + a100;
    }
      const float v101 = (float)acc101;
      const float v103 = (v101 * 0.0625f);
    {
      ((float *)(base + 2006848))[r] = v103;
    }
  }
}

/* train_k14_reduce_to: reduce_to f32[3] */
void train_k14_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 3LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 1LL % 16LL) * 3LL;
        acc += ((float *)(base + 881920))[ii];
      }
      ((float *)(base + 88384))[idx] = acc;
  }
}

/* train_k15_mul: mul f32[16, 32, 1] */
void train_k15_mul(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const float a125 = ((float *)(base + 879872))[idx];
      const float v126 = (a125 * 0.03125f);
      ((float *)(base + 943360))[idx] = v126;
  }
}

/* train_k16_expand: expand f32[16, 32, 32] */
void train_k16_expand(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a126 = ((float *)(base + 943360))[(idx / 32LL)];
      const float v127 = a126;
      ((float *)(base + 877824))[idx] = v127;
  }
}

/* train_k17_rowsum: permute f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k17_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc135 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a72 = ((float *)(base + 1008896))[idx];
      const float v128 = ((float *)(base + 877824))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 1LL + ((idx / 1LL % 32LL)) * 32LL];
      const float v130 = (v128 * a68);
      const float v134 = (v130 * a72);
      acc135 = acc135 + v134;
    }
      const float b139 = ((float *)(base + 2004224))[r];
      const float v135 = (float)acc135;
      const float v140 = (v135 * b139);
      const float v141 = (v140 * 0.03125f);
    double acc147 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a77 = ((float *)(base + 2002176))[(idx / 32LL)];
      const float a72 = ((float *)(base + 1008896))[idx];
      const float v128 = ((float *)(base + 877824))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 1LL + ((idx / 1LL % 32LL)) * 32LL];
      const float v130 = (v128 * a68);
      const float v133 = (v130 * a77);
      const float v142 = v141;
      const float v143 = (v142 * a72);
      const float v144 = (v133 + v143);
      const float v145 = (v144 + v143);
      const float v146 = (-v145);
      acc147 = acc147 + v146;
    }
      const float v147 = (float)acc147;
      const float v148 = (v147 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a78 = ((float *)(base + 1074432))[idx];
      const float a77 = ((float *)(base + 2002176))[(idx / 32LL)];
      const float a72 = ((float *)(base + 1008896))[idx];
      const float v128 = ((float *)(base + 877824))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 1LL + ((idx / 1LL % 32LL)) * 32LL];
      const float v130 = (v128 * a68);
      const float v131 = (v128 * a78);
      const float v133 = (v130 * a77);
      const float v142 = v141;
      const float v143 = (v142 * a72);
      const float v144 = (v133 + v143);
      const float v145 = (v144 + v143);
      const float v149 = v148;
      const float v150 = (v145 + v149);
      ((float *)(base + 943360))[idx] = v128;
      ((float *)(base + 1860864))[idx] = v131;
      ((float *)(base + 1926400))[idx] = v150;
    }
  }
}

/* train_k18_reduce_to: reduce_to f32[32] */
void train_k18_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 943360))[ii];
      }
      ((float *)(base + 88832))[idx] = acc;
  }
}

/* train_k19_reduce_to: reduce_to f32[32] */
void train_k19_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 1860864))[ii];
      }
      ((float *)(base + 88960))[idx] = acc;
  }
}

/* train_k20_reduce_to: reduce_to f32[32] */
void train_k20_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 1926400))[ii];
      }
      ((float *)(base + 89088))[idx] = acc;
  }
}

/* train_k21_mul: gelu_grad f32[16, 32, 128], mul f32[16, 32, 128] */
void train_k21_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a61 = ((float *)(base + 353536))[idx];
      const float a152 = ((float *)(base + 877824))[idx];
      const float v156 = g23_gelu_grad(a61);
      const float v157 = (a152 * v156);
      ((float *)(base + 615680))[idx] = v157;
  }
}

/* train_k22_reduce_to: reduce_to f32[128] */
void train_k22_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 4096LL + (j / 1LL % 32LL) * 128LL;
        acc += ((float *)(base + 615680))[ii];
      }
      ((float *)(base + 105600))[idx] = acc;
  }
}

/* train_k23_reduce_to: reduce_to f32[32] */
void train_k23_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 353536))[ii];
      }
      ((float *)(base + 122496))[idx] = acc;
  }
}

/* train_k24_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k24_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc169 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a159 = ((float *)(base + 353536))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a49 = ((float *)(base + 1664256))[idx];
      const float v164 = (a159 * a45);
      const float v168 = (v164 * a49);
      acc169 = acc169 + v168;
    }
      const float b172 = ((float *)(base + 2000128))[r];
      const float v169 = (float)acc169;
      const float v173 = (v169 * b172);
      const float v174 = (v173 * 0.03125f);
    double acc181 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a159 = ((float *)(base + 353536))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a54 = ((float *)(base + 1998080))[(idx / 32LL)];
      const float a49 = ((float *)(base + 1664256))[idx];
      const float v164 = (a159 * a45);
      const float v167 = (v164 * a54);
      const float v175 = v174;
      const float v176 = (v175 * a49);
      const float v177 = (v167 + v176);
      const float v178 = (v177 + v176);
      const float v180 = (-v178);
      acc181 = acc181 + v180;
    }
      const float v181 = (float)acc181;
      const float v182 = (v181 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a159 = ((float *)(base + 353536))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a55 = ((float *)(base + 1729792))[idx];
      const float a54 = ((float *)(base + 1998080))[(idx / 32LL)];
      const float a49 = ((float *)(base + 1664256))[idx];
      const float a150 = ((float *)(base + 1926400))[idx];
      const float v164 = (a159 * a45);
      const float v165 = (a159 * a55);
      const float v167 = (v164 * a54);
      const float v175 = v174;
      const float v176 = (v175 * a49);
      const float v177 = (v167 + v176);
      const float v178 = (v177 + v176);
      const float v179 = (a150 + v178);
      const float v183 = v182;
      const float v184 = (v179 + v183);
      ((float *)(base + 419072))[idx] = v165;
      ((float *)(base + 550144))[idx] = v184;
    }
  }
}

/* train_k25_reduce_to: reduce_to f32[32] */
void train_k25_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 419072))[ii];
      }
      ((float *)(base + 122624))[idx] = acc;
  }
}

/* train_k26_reduce_to: reduce_to f32[32] */
void train_k26_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 550144))[ii];
      }
      ((float *)(base + 122752))[idx] = acc;
  }
}

/* train_k27_permute: permute f32[16, 2, 32, 16] */
void train_k27_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v191 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 615680))[idx] = v191;
  }
}

/* train_k28_attention_dq: attention_backward dq and row statistics: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k28_attention_dq(char *base) {
  const float *Q = (const float *)(base + 1336576); (void)Q;
  const float *K = (const float *)(base + 1402112); (void)K;
  const float *V = (const float *)(base + 1467648); (void)V;
  const int32_t *P = (const int32_t *)(base + 2006464); (void)P;
  const float *O = (const float *)(base + 1533184); (void)O;
  const float *dO = (const float *)(base + 615680); (void)dO;
  float *out = (float *)(base + 353536); (void)out;
  float *tmp = (float *)(base + 681216); (void)tmp;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 16LL;
    const float *kb = K + bh * 512LL, *vb = V + bh * 512LL;
    const float *dob = dO + idx * 16LL, *ob = O + idx * 16LL;
    float Di = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) Di += dob[d] * ob[d];
    float m = -G23_INF, l = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 16LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.25f);
      if (sc > m) { l *= expf(m - sc); m = sc; }
      l += expf(sc - m);
    }
    const float lse = l > 0.0f ? m + logf(l) : G23_INF;
    float dq[16];
    for (int64_t d = 0; d < 16LL; d++) dq[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 16LL, *vj = vb + j * 16LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.25f);
      const float p = expf(sc - lse);
      float dp = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - Di) * (0.25f);
      for (int64_t d = 0; d < 16LL; d++) dq[d] += ds * kj[d];
    }
    for (int64_t d = 0; d < 16LL; d++) out[idx * 16LL + d] = dq[d];
    tmp[idx] = lse;
    tmp[1024LL + idx] = Di;
  }
}

/* train_k29_attention_dkdv: attention_backward dk and dv: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k29_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 1336576); (void)Q;
  const float *K = (const float *)(base + 1402112); (void)K;
  const float *V = (const float *)(base + 1467648); (void)V;
  const int32_t *P = (const int32_t *)(base + 2006464); (void)P;
  const float *O = (const float *)(base + 1533184); (void)O;
  const float *dO = (const float *)(base + 615680); (void)dO;
  float *out = (float *)(base + 353536); (void)out;
  float *tmp = (float *)(base + 681216); (void)tmp;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t j = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    int64_t t0 = 0, t1 = 32LL;
    if (j - (int64_t)pos > t0) t0 = j - (int64_t)pos;
    if (j >= (int64_t)pos + 32LL) t1 = t0;
    const float *kj = K + idx * 16LL, *vj = V + idx * 16LL;
    float dk[16], dv[16];
    for (int64_t d = 0; d < 16LL; d++) dk[d] = dv[d] = 0.0f;
    for (int64_t t = t0; t < t1; t++) {
      const int64_t row = bh * 32LL + t, i = (int64_t)pos + t; (void)i;
      const float *q = Q + row * 16LL, *dob = dO + row * 16LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.25f);
      const float p = expf(sc - tmp[row]);
      float dp = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - tmp[1024LL + row]) * (0.25f);
      for (int64_t d = 0; d < 16LL; d++) {
        dv[d] += p * dob[d];
        dk[d] += ds * q[d];
      }
    }
    for (int64_t d = 0; d < 16LL; d++) {
      out[16384LL + idx * 16LL + d] = dk[d];
      out[32768LL + idx * 16LL + d] = dv[d];
    }
  }
}

/* train_k30_slice: slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16] */
void train_k30_slice(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v193 = ((float *)(base + 353536))[0 + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v195 = ((float *)(base + 353536))[0 + ((idx / 16384LL) + 1LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v197 = ((float *)(base + 353536))[0 + ((idx / 16384LL) + 2LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 615680))[idx] = v193;
      ((float *)(base + 681216))[idx] = v195;
      ((float *)(base + 746752))[idx] = v197;
  }
}

/* train_k31_permute: permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16] */
void train_k31_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v199 = ((float *)(base + 746752))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v201 = ((float *)(base + 681216))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v203 = ((float *)(base + 615680))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 812288))[idx] = v199;
      ((float *)(base + 877824))[idx] = v201;
      ((float *)(base + 943360))[idx] = v203;
  }
}

/* train_k32_add: pad f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96] */
void train_k32_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 49152LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float v205 = ((uint64_t)((idx / 1LL % 96LL) - 64LL) < 32ULL ? ((float *)(base + 812288))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -64LL) * 1LL] : (float)0);
      const float v206 = ((uint64_t)((idx / 1LL % 96LL) - 32LL) < 32ULL ? ((float *)(base + 877824))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -32LL) * 1LL] : (float)0);
      const float v207 = (v205 + v206);
      const float v208 = ((uint64_t)((idx / 1LL % 96LL) - 0LL) < 32ULL ? ((float *)(base + 943360))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL)) * 1LL] : (float)0);
      const float v209 = (v207 + v208);
      ((float *)(base + 353536))[idx] = v209;
  }
}

/* train_k33_reduce_to: reduce_to f32[96] */
void train_k33_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 3072LL + (j / 1LL % 32LL) * 96LL;
        acc += ((float *)(base + 353536))[ii];
      }
      ((float *)(base + 126976))[idx] = acc;
  }
}

/* train_k34_reduce_to: reduce_to f32[32] */
void train_k34_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 615680))[ii];
      }
      ((float *)(base + 139648))[idx] = acc;
  }
}

/* train_k35_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k35_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc221 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a211 = ((float *)(base + 615680))[idx];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a14 = ((float *)(base + 1139968))[idx];
      const float v216 = (a211 * a9);
      const float v220 = (v216 * a14);
      acc221 = acc221 + v220;
    }
      const float b224 = ((float *)(base + 1996032))[r];
      const float v221 = (float)acc221;
      const float v225 = (v221 * b224);
      const float v226 = (v225 * 0.03125f);
    double acc233 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a211 = ((float *)(base + 615680))[idx];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a20 = ((float *)(base + 1993984))[(idx / 32LL)];
      const float a14 = ((float *)(base + 1139968))[idx];
      const float v216 = (a211 * a9);
      const float v219 = (v216 * a20);
      const float v227 = v226;
      const float v228 = (v227 * a14);
      const float v229 = (v219 + v228);
      const float v230 = (v229 + v228);
      const float v232 = (-v230);
      acc233 = acc233 + v232;
    }
      const float v233 = (float)acc233;
      const float v234 = (v233 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a211 = ((float *)(base + 615680))[idx];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a21 = ((float *)(base + 1205504))[idx];
      const float a20 = ((float *)(base + 1993984))[(idx / 32LL)];
      const float a14 = ((float *)(base + 1139968))[idx];
      const float a184 = ((float *)(base + 550144))[idx];
      const float v216 = (a211 * a9);
      const float v217 = (a211 * a21);
      const float v219 = (v216 * a20);
      const float v227 = v226;
      const float v228 = (v227 * a14);
      const float v229 = (v219 + v228);
      const float v230 = (v229 + v228);
      const float v231 = (a184 + v230);
      const float v235 = v234;
      const float v236 = (v231 + v235);
      ((float *)(base + 353536))[idx] = v217;
      ((float *)(base + 419072))[idx] = v236;
    }
  }
}

/* train_k36_reduce_to: reduce_to f32[32] */
void train_k36_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 353536))[ii];
      }
      ((float *)(base + 139776))[idx] = acc;
  }
}

/* train_k37_reduce_to: reduce_to f32[32, 32] */
void train_k37_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t c0 = idx / 32LL; (void)c0;
      const int64_t c1 = idx / 1LL % 32LL; (void)c1;
      const int64_t ib = 0 + c0 * 32LL + c1 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 1LL % 16LL) * 1024LL;
        acc += ((float *)(base + 419072))[ii];
      }
      ((float *)(base + 353536))[idx] = acc;
  }
}

/* train_k38_scatter_add: scatter_add f32[32, 32] */
void train_k38_scatter_add(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      for (int64_t u = 0; u < 32LL; u++) ((float *)(base + 139904))[u * 32LL + idx] = 0.0f;
      for (int64_t k = 0; k < 32LL; k++) {
        const int32_t t = ((int32_t *)(base + 2006272))[k];
        if ((uint32_t)t < 32u) ((float *)(base + 139904))[(int64_t)t * 32LL + idx] += ((float *)(base + 353536))[k * 32LL + idx];
      }
  }
}

/* train_k39_scatter_add: scatter_add f32[256, 32] */
void train_k39_scatter_add(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 144000))[u * 32LL + idx] = 0.0f;
      for (int64_t k = 0; k < 512LL; k++) {
        const int32_t t = ((int32_t *)(base + 1991936))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 144000))[(int64_t)t * 32LL + idx] += ((float *)(base + 419072))[k * 32LL + idx];
      }
  }
}

/* train_k40_rowsum: mul f32[8192], sum f32[1] */
void train_k40_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc247 = 0.0f;
#pragma omp parallel for reduction(+:acc247)
    for (int64_t col = 0; col < 8192LL; col++) {
      const int64_t idx = r * 8192LL + col; (void)idx;
      const float a245 = ((float *)(base + 144000))[idx];
      const float v246 = (a245 * a245);
      acc247 = acc247 + v246;
    }
      const float v247 = (float)acc247;
    {
      ((float *)(base + 353536))[r] = v247;
    }
  }
}

/* train_k41_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1] */
void train_k41_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc250 = 0.0f;
    double acc267 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a248 = ((float *)(base + 139904))[idx];
      const float a265 = ((float *)(base + 122880))[idx];
      const float v249 = (a248 * a248);
      const float v266 = (a265 * a265);
      acc250 = acc250 + v249;
      acc267 = acc267 + v266;
    }
      const float b247 = ((float *)(base + 353536))[0];
      const float v250 = (float)acc250;
      const float v251 = (b247 + v250);
      const float v267 = (float)acc267;
    {
      ((float *)(base + 353600))[r] = v251;
      ((float *)(base + 353664))[r] = v267;
    }
  }
}

/* train_k42_rowsum: mul f32[32], sum f32[1], add f32[1], mul f32[32], sum f32[1], add f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1] */
void train_k42_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc253 = 0.0f;
    double acc256 = 0.0f;
    double acc270 = 0.0f;
    double acc273 = 0.0f;
    double acc276 = 0.0f;
    double acc290 = 0.0f;
    double acc293 = 0.0f;
    double acc296 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a218 = ((float *)(base + 139776))[idx];
      const float a215 = ((float *)(base + 139648))[idx];
      const float a185 = ((float *)(base + 122752))[idx];
      const float a166 = ((float *)(base + 122624))[idx];
      const float a163 = ((float *)(base + 122496))[idx];
      const float a151 = ((float *)(base + 89088))[idx];
      const float a132 = ((float *)(base + 88960))[idx];
      const float a129 = ((float *)(base + 88832))[idx];
      const float v252 = (a218 * a218);
      const float v255 = (a215 * a215);
      const float v269 = (a185 * a185);
      const float v272 = (a166 * a166);
      const float v275 = (a163 * a163);
      const float v289 = (a151 * a151);
      const float v292 = (a132 * a132);
      const float v295 = (a129 * a129);
      acc253 = acc253 + v252;
      acc256 = acc256 + v255;
      acc270 = acc270 + v269;
      acc273 = acc273 + v272;
      acc276 = acc276 + v275;
      acc290 = acc290 + v289;
      acc293 = acc293 + v292;
      acc296 = acc296 + v295;
    }
      const float b251 = ((float *)(base + 353600))[0];
      const float v253 = (float)acc253;
      const float v254 = (b251 + v253);
      const float v256 = (float)acc256;
      const float v257 = (v254 + v256);
      const float v270 = (float)acc270;
      const float v273 = (float)acc273;
      const float v276 = (float)acc276;
      const float v290 = (float)acc290;
      const float v293 = (float)acc293;
      const float v296 = (float)acc296;
    {
      ((float *)(base + 353536))[r] = v257;
      ((float *)(base + 353728))[r] = v270;
      ((float *)(base + 353792))[r] = v273;
      ((float *)(base + 353856))[r] = v276;
      ((float *)(base + 353920))[r] = v290;
      ((float *)(base + 353984))[r] = v293;
      ((float *)(base + 354048))[r] = v296;
    }
  }
}

/* train_k43_rowsum: mul f32[3072], sum f32[1], add f32[1] */
void train_k43_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc260 = 0.0f;
    for (int64_t col = 0; col < 3072LL; col++) {
      const int64_t idx = r * 3072LL + col; (void)idx;
      const float a258 = ((float *)(base + 127360))[idx];
      const float v259 = (a258 * a258);
      acc260 = acc260 + v259;
    }
      const float b257 = ((float *)(base + 353536))[0];
      const float v260 = (float)acc260;
      const float v261 = (b257 + v260);
    {
      ((float *)(base + 353600))[r] = v261;
    }
  }
}

/* train_k44_rowsum: mul f32[96], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[96], sum f32[1] */
void train_k44_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc263 = 0.0f;
    double acc300 = 0.0f;
    for (int64_t col = 0; col < 96LL; col++) {
      const int64_t idx = r * 96LL + col; (void)idx;
      const float a210 = ((float *)(base + 126976))[idx];
      const float a298 = ((float *)(base + 88448))[idx];
      const float v262 = (a210 * a210);
      const float v299 = (a298 * a298);
      acc263 = acc263 + v262;
      acc300 = acc300 + v299;
    }
      const float b261 = ((float *)(base + 353600))[0];
      const float b267 = ((float *)(base + 353664))[0];
      const float b270 = ((float *)(base + 353728))[0];
      const float b273 = ((float *)(base + 353792))[0];
      const float b276 = ((float *)(base + 353856))[0];
      const float v263 = (float)acc263;
      const float v264 = (b261 + v263);
      const float v268 = (v264 + b267);
      const float v271 = (v268 + b270);
      const float v274 = (v271 + b273);
      const float v277 = (v274 + b276);
      const float v300 = (float)acc300;
    {
      ((float *)(base + 353536))[r] = v277;
      ((float *)(base + 354112))[r] = v300;
    }
  }
}

/* train_k45_rowsum: mul f32[4096], sum f32[1], add f32[1], mul f32[4096], sum f32[1] */
void train_k45_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc280 = 0.0f;
    double acc287 = 0.0f;
#pragma omp parallel for reduction(+:acc280) reduction(+:acc287)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a278 = ((float *)(base + 106112))[idx];
      const float a285 = ((float *)(base + 89216))[idx];
      const float v279 = (a278 * a278);
      const float v286 = (a285 * a285);
      acc280 = acc280 + v279;
      acc287 = acc287 + v286;
    }
      const float b277 = ((float *)(base + 353536))[0];
      const float v280 = (float)acc280;
      const float v281 = (b277 + v280);
      const float v287 = (float)acc287;
    {
      ((float *)(base + 353600))[r] = v281;
      ((float *)(base + 353664))[r] = v287;
    }
  }
}

/* train_k46_rowsum: mul f32[128], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1] */
void train_k46_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc283 = 0.0f;
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a158 = ((float *)(base + 105600))[idx];
      const float v282 = (a158 * a158);
      acc283 = acc283 + v282;
    }
      const float b281 = ((float *)(base + 353600))[0];
      const float b287 = ((float *)(base + 353664))[0];
      const float b290 = ((float *)(base + 353920))[0];
      const float b293 = ((float *)(base + 353984))[0];
      const float b296 = ((float *)(base + 354048))[0];
      const float b300 = ((float *)(base + 354112))[0];
      const float v283 = (float)acc283;
      const float v284 = (b281 + v283);
      const float v288 = (v284 + b287);
      const float v291 = (v288 + b290);
      const float v294 = (v291 + b293);
      const float v297 = (v294 + b296);
      const float v301 = (v297 + b300);
    {
      ((float *)(base + 353536))[r] = v301;
    }
  }
}

/* train_k47_rowsum: mul f32[3], sum f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[3], mul f32[3], mul f32[3], mul f32[3] */
void train_k47_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b242 = ((float *)(base + 2006656))[0];
      const float v311 = (float)(0.0f < b242);
    double acc303 = 0.0f;
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const float a122 = ((float *)(base + 88384))[idx];
      const float v302 = (a122 * a122);
      acc303 = acc303 + v302;
    }
      const float b301 = ((float *)(base + 353536))[0];
      const float v303 = (float)acc303;
      const float v304 = (b301 + v303);
      const float v305 = sqrtf(v304);
      const float v307 = (v305 + 1e-06f);
      const float v308 = (b242 / v307);
      const float v309 = fminf(1.0f, v308);
      const float v312 = (v311 != 0 ? v309 : 1.0f);
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const float a122 = ((float *)(base + 88384))[idx];
      const float v623 = (a122 * v312);
      const float v624 = (v623 * 0.1f);
      const float v627 = (v623 * v623);
      const float v628 = (v627 * 0.05f);
      ((float *)(base + 353728))[idx] = v624;
      ((float *)(base + 353792))[idx] = v628;
    }
    {
      ((float *)(base + 353600))[r] = v305;
      ((float *)(base + 353664))[r] = v312;
    }
  }
}

/* train_k48_assign: mul f32[256, 32], mul f32[256, 32], mul f32[256, 32], add f32[256, 32], mul f32[256, 32], mul f32[256, 32], mul f32[256, 32], add f32[256, 32], div f32[256, 32], div f32[256, 32], sqrt f32[256, 32], add f32[256, 32], div f32[256, 32], mul f32[256, 32], add f32[256, 32], mul f32[256, 32], sub f32[256, 32], assign f32[256, 32], assign f32[256, 32], assign f32[256, 32] */
void train_k48_assign(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a239 = ((float *)(base + 144000))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a313 = ((float *)(base + 176768))[idx];
      const float a314 = ((float *)(base + 209536))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a241 = ((float *)(base + 2006592))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a240 = ((float *)(base + 2006528))[0];
      const float v315 = (a239 * a312);
      const float v317 = (v315 * 0.1f);
      const float v319 = (a313 * 0.9f);
      const float v320 = (v319 + v317);
      const float v322 = (v315 * v315);
      const float v323 = (v322 * 0.05f);
      const float v325 = (a314 * 0.95f);
      const float v326 = (v325 + v323);
      const float v327 = (v320 / a243);
      const float v328 = (v326 / a244);
      const float v330 = sqrtf(v328);
      const float v331 = (v330 + 1e-08f);
      const float v332 = (v327 / v331);
      const float v333 = (a241 * a2);
      const float v334 = (v332 + v333);
      const float v335 = (a240 * v334);
      const float v336 = (a2 - v335);
      const float v638 = v320;
      const float v639 = v326;
      const float v640 = v336;
      ((float *)(base + 176768))[idx] = v638;
      ((float *)(base + 209536))[idx] = v639;
      ((float *)(base + 0))[idx] = v640;
  }
}

/* train_k49_assign: mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], div f32[32, 32], div f32[32, 32], sqrt f32[32, 32], add f32[32, 32], div f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], sub f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], div f32[32, 32], div f32[32, 32], sqrt f32[32, 32], add f32[32, 32], div f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], sub f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32] */
void train_k49_assign(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a238 = ((float *)(base + 139904))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a337 = ((float *)(base + 242304))[idx];
      const float a338 = ((float *)(base + 246400))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a241 = ((float *)(base + 2006592))[0];
      const float a4 = ((float *)(base + 32768))[idx];
      const float a240 = ((float *)(base + 2006528))[0];
      const float a189 = ((float *)(base + 122880))[idx];
      const float a426 = ((float *)(base + 276352))[idx];
      const float a427 = ((float *)(base + 280448))[idx];
      const float a40 = ((float *)(base + 49792))[idx];
      const float v339 = (a238 * a312);
      const float v340 = (v339 * 0.1f);
      const float v341 = (a337 * 0.9f);
      const float v342 = (v341 + v340);
      const float v343 = (v339 * v339);
      const float v344 = (v343 * 0.05f);
      const float v345 = (a338 * 0.95f);
      const float v346 = (v345 + v344);
      const float v347 = (v342 / a243);
      const float v348 = (v346 / a244);
      const float v349 = sqrtf(v348);
      const float v350 = (v349 + 1e-08f);
      const float v351 = (v347 / v350);
      const float v352 = (a241 * a4);
      const float v353 = (v351 + v352);
      const float v354 = (a240 * v353);
      const float v355 = (a4 - v354);
      const float v428 = (a189 * a312);
      const float v429 = (v428 * 0.1f);
      const float v430 = (a426 * 0.9f);
      const float v431 = (v430 + v429);
      const float v432 = (v428 * v428);
      const float v433 = (v432 * 0.05f);
      const float v434 = (a427 * 0.95f);
      const float v435 = (v434 + v433);
      const float v436 = (v431 / a243);
      const float v437 = (v435 / a244);
      const float v438 = sqrtf(v437);
      const float v439 = (v438 + 1e-08f);
      const float v440 = (v436 / v439);
      const float v441 = (a241 * a40);
      const float v442 = (v440 + v441);
      const float v443 = (a240 * v442);
      const float v444 = (a40 - v443);
      const float v641 = v342;
      const float v642 = v346;
      const float v643 = v355;
      const float v656 = v431;
      const float v657 = v435;
      const float v658 = v444;
      ((float *)(base + 242304))[idx] = v641;
      ((float *)(base + 246400))[idx] = v642;
      ((float *)(base + 32768))[idx] = v643;
      ((float *)(base + 276352))[idx] = v656;
      ((float *)(base + 280448))[idx] = v657;
      ((float *)(base + 49792))[idx] = v658;
  }
}

/* train_k50_assign: mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32] */
void train_k50_assign(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a218 = ((float *)(base + 139776))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a356 = ((float *)(base + 250496))[idx];
      const float a357 = ((float *)(base + 250624))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a240 = ((float *)(base + 2006528))[0];
      const float a9 = ((float *)(base + 36864))[idx];
      const float a215 = ((float *)(base + 139648))[idx];
      const float a373 = ((float *)(base + 250752))[idx];
      const float a374 = ((float *)(base + 250880))[idx];
      const float a10 = ((float *)(base + 36992))[idx];
      const float a185 = ((float *)(base + 122752))[idx];
      const float a445 = ((float *)(base + 284544))[idx];
      const float a446 = ((float *)(base + 284672))[idx];
      const float a42 = ((float *)(base + 53888))[idx];
      const float a166 = ((float *)(base + 122624))[idx];
      const float a462 = ((float *)(base + 284800))[idx];
      const float a463 = ((float *)(base + 284928))[idx];
      const float a45 = ((float *)(base + 54016))[idx];
      const float a163 = ((float *)(base + 122496))[idx];
      const float a479 = ((float *)(base + 285056))[idx];
      const float a480 = ((float *)(base + 285184))[idx];
      const float a46 = ((float *)(base + 54144))[idx];
      const float a151 = ((float *)(base + 89088))[idx];
      const float a551 = ((float *)(base + 351872))[idx];
      const float a552 = ((float *)(base + 352000))[idx];
      const float a65 = ((float *)(base + 87552))[idx];
      const float a132 = ((float *)(base + 88960))[idx];
      const float a568 = ((float *)(base + 352128))[idx];
      const float a569 = ((float *)(base + 352256))[idx];
      const float a68 = ((float *)(base + 87680))[idx];
      const float a129 = ((float *)(base + 88832))[idx];
      const float a585 = ((float *)(base + 352384))[idx];
      const float a586 = ((float *)(base + 352512))[idx];
      const float a69 = ((float *)(base + 87808))[idx];
      const float v358 = (a218 * a312);
      const float v359 = (v358 * 0.1f);
      const float v360 = (a356 * 0.9f);
      const float v361 = (v360 + v359);
      const float v362 = (v358 * v358);
      const float v363 = (v362 * 0.05f);
      const float v364 = (a357 * 0.95f);
      const float v365 = (v364 + v363);
      const float v366 = (v361 / a243);
      const float v367 = (v365 / a244);
      const float v368 = sqrtf(v367);
      const float v369 = (v368 + 1e-08f);
      const float v370 = (v366 / v369);
      const float v371 = (a240 * v370);
      const float v372 = (a9 - v371);
      const float v375 = (a215 * a312);
      const float v376 = (v375 * 0.1f);
      const float v377 = (a373 * 0.9f);
      const float v378 = (v377 + v376);
      const float v379 = (v375 * v375);
      const float v380 = (v379 * 0.05f);
      const float v381 = (a374 * 0.95f);
      const float v382 = (v381 + v380);
      const float v383 = (v378 / a243);
      const float v384 = (v382 / a244);
      const float v385 = sqrtf(v384);
      const float v386 = (v385 + 1e-08f);
      const float v387 = (v383 / v386);
      const float v388 = (a240 * v387);
      const float v389 = (a10 - v388);
      const float v447 = (a185 * a312);
      const float v448 = (v447 * 0.1f);
      const float v449 = (a445 * 0.9f);
      const float v450 = (v449 + v448);
      const float v451 = (v447 * v447);
      const float v452 = (v451 * 0.05f);
      const float v453 = (a446 * 0.95f);
      const float v454 = (v453 + v452);
      const float v455 = (v450 / a243);
      const float v456 = (v454 / a244);
      const float v457 = sqrtf(v456);
      const float v458 = (v457 + 1e-08f);
      const float v459 = (v455 / v458);
      const float v460 = (a240 * v459);
      const float v461 = (a42 - v460);
      const float v464 = (a166 * a312);
      const float v465 = (v464 * 0.1f);
      const float v466 = (a462 * 0.9f);
      const float v467 = (v466 + v465);
      const float v468 = (v464 * v464);
      const float v469 = (v468 * 0.05f);
      const float v470 = (a463 * 0.95f);
      const float v471 = (v470 + v469);
      const float v472 = (v467 / a243);
      const float v473 = (v471 / a244);
      const float v474 = sqrtf(v473);
      const float v475 = (v474 + 1e-08f);
      const float v476 = (v472 / v475);
      const float v477 = (a240 * v476);
      const float v478 = (a45 - v477);
      const float v481 = (a163 * a312);
      const float v482 = (v481 * 0.1f);
      const float v483 = (a479 * 0.9f);
      const float v484 = (v483 + v482);
      const float v485 = (v481 * v481);
      const float v486 = (v485 * 0.05f);
      const float v487 = (a480 * 0.95f);
      const float v488 = (v487 + v486);
      const float v489 = (v484 / a243);
      const float v490 = (v488 / a244);
      const float v491 = sqrtf(v490);
      const float v492 = (v491 + 1e-08f);
      const float v493 = (v489 / v492);
      const float v494 = (a240 * v493);
      const float v495 = (a46 - v494);
      const float v553 = (a151 * a312);
      const float v554 = (v553 * 0.1f);
      const float v555 = (a551 * 0.9f);
      const float v556 = (v555 + v554);
      const float v557 = (v553 * v553);
      const float v558 = (v557 * 0.05f);
      const float v559 = (a552 * 0.95f);
      const float v560 = (v559 + v558);
      const float v561 = (v556 / a243);
      const float v562 = (v560 / a244);
      const float v563 = sqrtf(v562);
      const float v564 = (v563 + 1e-08f);
      const float v565 = (v561 / v564);
      const float v566 = (a240 * v565);
      const float v567 = (a65 - v566);
      const float v570 = (a132 * a312);
      const float v571 = (v570 * 0.1f);
      const float v572 = (a568 * 0.9f);
      const float v573 = (v572 + v571);
      const float v574 = (v570 * v570);
      const float v575 = (v574 * 0.05f);
      const float v576 = (a569 * 0.95f);
      const float v577 = (v576 + v575);
      const float v578 = (v573 / a243);
      const float v579 = (v577 / a244);
      const float v580 = sqrtf(v579);
      const float v581 = (v580 + 1e-08f);
      const float v582 = (v578 / v581);
      const float v583 = (a240 * v582);
      const float v584 = (a68 - v583);
      const float v587 = (a129 * a312);
      const float v588 = (v587 * 0.1f);
      const float v589 = (a585 * 0.9f);
      const float v590 = (v589 + v588);
      const float v591 = (v587 * v587);
      const float v592 = (v591 * 0.05f);
      const float v593 = (a586 * 0.95f);
      const float v594 = (v593 + v592);
      const float v595 = (v590 / a243);
      const float v596 = (v594 / a244);
      const float v597 = sqrtf(v596);
      const float v598 = (v597 + 1e-08f);
      const float v599 = (v595 / v598);
      const float v600 = (a240 * v599);
      const float v601 = (a69 - v600);
      const float v644 = v361;
      const float v645 = v365;
      const float v646 = v372;
      const float v647 = v378;
      const float v648 = v382;
      const float v649 = v389;
      const float v659 = v450;
      const float v660 = v454;
      const float v661 = v461;
      const float v662 = v467;
      const float v663 = v471;
      const float v664 = v478;
      const float v665 = v484;
      const float v666 = v488;
      const float v667 = v495;
      const float v677 = v556;
      const float v678 = v560;
      const float v679 = v567;
      const float v680 = v573;
      const float v681 = v577;
      const float v682 = v584;
      const float v683 = v590;
      const float v684 = v594;
      const float v685 = v601;
      ((float *)(base + 250496))[idx] = v644;
      ((float *)(base + 250624))[idx] = v645;
      ((float *)(base + 36864))[idx] = v646;
      ((float *)(base + 250752))[idx] = v647;
      ((float *)(base + 250880))[idx] = v648;
      ((float *)(base + 36992))[idx] = v649;
      ((float *)(base + 284544))[idx] = v659;
      ((float *)(base + 284672))[idx] = v660;
      ((float *)(base + 53888))[idx] = v661;
      ((float *)(base + 284800))[idx] = v662;
      ((float *)(base + 284928))[idx] = v663;
      ((float *)(base + 54016))[idx] = v664;
      ((float *)(base + 285056))[idx] = v665;
      ((float *)(base + 285184))[idx] = v666;
      ((float *)(base + 54144))[idx] = v667;
      ((float *)(base + 351872))[idx] = v677;
      ((float *)(base + 352000))[idx] = v678;
      ((float *)(base + 87552))[idx] = v679;
      ((float *)(base + 352128))[idx] = v680;
      ((float *)(base + 352256))[idx] = v681;
      ((float *)(base + 87680))[idx] = v682;
      ((float *)(base + 352384))[idx] = v683;
      ((float *)(base + 352512))[idx] = v684;
      ((float *)(base + 87808))[idx] = v685;
  }
}

/* train_k51_assign: mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], div f32[32, 96], div f32[32, 96], sqrt f32[32, 96], add f32[32, 96], div f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], sub f32[32, 96], assign f32[32, 96], assign f32[32, 96], assign f32[32, 96] */
void train_k51_assign(char *base) {
  for (int64_t idx = 0; idx < 3072LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float a214 = ((float *)(base + 127360))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a390 = ((float *)(base + 251008))[idx];
      const float a391 = ((float *)(base + 263296))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a241 = ((float *)(base + 2006592))[0];
      const float a24 = ((float *)(base + 37120))[idx];
      const float a240 = ((float *)(base + 2006528))[0];
      const float v392 = (a214 * a312);
      const float v393 = (v392 * 0.1f);
      const float v394 = (a390 * 0.9f);
      const float v395 = (v394 + v393);
      const float v396 = (v392 * v392);
      const float v397 = (v396 * 0.05f);
      const float v398 = (a391 * 0.95f);
      const float v399 = (v398 + v397);
      const float v400 = (v395 / a243);
      const float v401 = (v399 / a244);
      const float v402 = sqrtf(v401);
      const float v403 = (v402 + 1e-08f);
      const float v404 = (v400 / v403);
      const float v405 = (a241 * a24);
      const float v406 = (v404 + v405);
      const float v407 = (a240 * v406);
      const float v408 = (a24 - v407);
      const float v650 = v395;
      const float v651 = v399;
      const float v652 = v408;
      ((float *)(base + 251008))[idx] = v650;
      ((float *)(base + 263296))[idx] = v651;
      ((float *)(base + 37120))[idx] = v652;
  }
}

/* train_k52_assign: mul f32[96], mul f32[96], mul f32[96], add f32[96], mul f32[96], mul f32[96], mul f32[96], add f32[96], div f32[96], div f32[96], sqrt f32[96], add f32[96], div f32[96], mul f32[96], sub f32[96], assign f32[96], assign f32[96], assign f32[96] */
void train_k52_assign(char *base) {
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float a210 = ((float *)(base + 126976))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a409 = ((float *)(base + 275584))[idx];
      const float a410 = ((float *)(base + 275968))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a240 = ((float *)(base + 2006528))[0];
      const float a26 = ((float *)(base + 49408))[idx];
      const float v411 = (a210 * a312);
      const float v412 = (v411 * 0.1f);
      const float v413 = (a409 * 0.9f);
      const float v414 = (v413 + v412);
      const float v415 = (v411 * v411);
      const float v416 = (v415 * 0.05f);
      const float v417 = (a410 * 0.95f);
      const float v418 = (v417 + v416);
      const float v419 = (v414 / a243);
      const float v420 = (v418 / a244);
      const float v421 = sqrtf(v420);
      const float v422 = (v421 + 1e-08f);
      const float v423 = (v419 / v422);
      const float v424 = (a240 * v423);
      const float v425 = (a26 - v424);
      const float v653 = v414;
      const float v654 = v418;
      const float v655 = v425;
      ((float *)(base + 275584))[idx] = v653;
      ((float *)(base + 275968))[idx] = v654;
      ((float *)(base + 49408))[idx] = v655;
  }
}

/* train_k53_assign: mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], div f32[32, 128], div f32[32, 128], sqrt f32[32, 128], add f32[32, 128], div f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], sub f32[32, 128], assign f32[32, 128], assign f32[32, 128], assign f32[32, 128] */
void train_k53_assign(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a162 = ((float *)(base + 106112))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a496 = ((float *)(base + 285312))[idx];
      const float a497 = ((float *)(base + 301696))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a241 = ((float *)(base + 2006592))[0];
      const float a58 = ((float *)(base + 54272))[idx];
      const float a240 = ((float *)(base + 2006528))[0];
      const float v498 = (a162 * a312);
      const float v499 = (v498 * 0.1f);
      const float v500 = (a496 * 0.9f);
      const float v501 = (v500 + v499);
      const float v502 = (v498 * v498);
      const float v503 = (v502 * 0.05f);
      const float v504 = (a497 * 0.95f);
      const float v505 = (v504 + v503);
      const float v506 = (v501 / a243);
      const float v507 = (v505 / a244);
      const float v508 = sqrtf(v507);
      const float v509 = (v508 + 1e-08f);
      const float v510 = (v506 / v509);
      const float v511 = (a241 * a58);
      const float v512 = (v510 + v511);
      const float v513 = (a240 * v512);
      const float v514 = (a58 - v513);
      const float v668 = v501;
      const float v669 = v505;
      const float v670 = v514;
      ((float *)(base + 285312))[idx] = v668;
      ((float *)(base + 301696))[idx] = v669;
      ((float *)(base + 54272))[idx] = v670;
  }
}

/* train_k54_assign: mul f32[128], mul f32[128], mul f32[128], add f32[128], mul f32[128], mul f32[128], mul f32[128], add f32[128], div f32[128], div f32[128], sqrt f32[128], add f32[128], div f32[128], mul f32[128], sub f32[128], assign f32[128], assign f32[128], assign f32[128] */
void train_k54_assign(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a158 = ((float *)(base + 105600))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a515 = ((float *)(base + 318080))[idx];
      const float a516 = ((float *)(base + 318592))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a240 = ((float *)(base + 2006528))[0];
      const float a60 = ((float *)(base + 70656))[idx];
      const float v517 = (a158 * a312);
      const float v518 = (v517 * 0.1f);
      const float v519 = (a515 * 0.9f);
      const float v520 = (v519 + v518);
      const float v521 = (v517 * v517);
      const float v522 = (v521 * 0.05f);
      const float v523 = (a516 * 0.95f);
      const float v524 = (v523 + v522);
      const float v525 = (v520 / a243);
      const float v526 = (v524 / a244);
      const float v527 = sqrtf(v526);
      const float v528 = (v527 + 1e-08f);
      const float v529 = (v525 / v528);
      const float v530 = (a240 * v529);
      const float v531 = (a60 - v530);
      const float v671 = v520;
      const float v672 = v524;
      const float v673 = v531;
      ((float *)(base + 318080))[idx] = v671;
      ((float *)(base + 318592))[idx] = v672;
      ((float *)(base + 70656))[idx] = v673;
  }
}

/* train_k55_assign: mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], div f32[128, 32], div f32[128, 32], sqrt f32[128, 32], add f32[128, 32], div f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], sub f32[128, 32], assign f32[128, 32], assign f32[128, 32], assign f32[128, 32] */
void train_k55_assign(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a155 = ((float *)(base + 89216))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a532 = ((float *)(base + 319104))[idx];
      const float a533 = ((float *)(base + 335488))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a241 = ((float *)(base + 2006592))[0];
      const float a63 = ((float *)(base + 71168))[idx];
      const float a240 = ((float *)(base + 2006528))[0];
      const float v534 = (a155 * a312);
      const float v535 = (v534 * 0.1f);
      const float v536 = (a532 * 0.9f);
      const float v537 = (v536 + v535);
      const float v538 = (v534 * v534);
      const float v539 = (v538 * 0.05f);
      const float v540 = (a533 * 0.95f);
      const float v541 = (v540 + v539);
      const float v542 = (v537 / a243);
      const float v543 = (v541 / a244);
      const float v544 = sqrtf(v543);
      const float v545 = (v544 + 1e-08f);
      const float v546 = (v542 / v545);
      const float v547 = (a241 * a63);
      const float v548 = (v546 + v547);
      const float v549 = (a240 * v548);
      const float v550 = (a63 - v549);
      const float v674 = v537;
      const float v675 = v541;
      const float v676 = v550;
      ((float *)(base + 319104))[idx] = v674;
      ((float *)(base + 335488))[idx] = v675;
      ((float *)(base + 71168))[idx] = v676;
  }
}

/* train_k56_assign: mul f32[32, 3], mul f32[32, 3], mul f32[32, 3], add f32[32, 3], mul f32[32, 3], mul f32[32, 3], mul f32[32, 3], add f32[32, 3], div f32[32, 3], div f32[32, 3], sqrt f32[32, 3], add f32[32, 3], div f32[32, 3], mul f32[32, 3], add f32[32, 3], mul f32[32, 3], sub f32[32, 3], assign f32[32, 3], assign f32[32, 3], assign f32[32, 3] */
void train_k56_assign(char *base) {
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t col = idx % 3LL; (void)col;
      const float a124 = ((float *)(base + 88448))[idx];
      const float a312 = ((float *)(base + 353664))[0];
      const float a602 = ((float *)(base + 352640))[idx];
      const float a603 = ((float *)(base + 353024))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a241 = ((float *)(base + 2006592))[0];
      const float a85 = ((float *)(base + 87936))[idx];
      const float a240 = ((float *)(base + 2006528))[0];
      const float v604 = (a124 * a312);
      const float v605 = (v604 * 0.1f);
      const float v606 = (a602 * 0.9f);
      const float v607 = (v606 + v605);
      const float v608 = (v604 * v604);
      const float v609 = (v608 * 0.05f);
      const float v610 = (a603 * 0.95f);
      const float v611 = (v610 + v609);
      const float v612 = (v607 / a243);
      const float v613 = (v611 / a244);
      const float v614 = sqrtf(v613);
      const float v615 = (v614 + 1e-08f);
      const float v616 = (v612 / v615);
      const float v617 = (a241 * a85);
      const float v618 = (v616 + v617);
      const float v619 = (a240 * v618);
      const float v620 = (a85 - v619);
      const float v686 = v607;
      const float v687 = v611;
      const float v688 = v620;
      ((float *)(base + 352640))[idx] = v686;
      ((float *)(base + 353024))[idx] = v687;
      ((float *)(base + 87936))[idx] = v688;
  }
}

/* train_k57_assign: mul f32[3], add f32[3], mul f32[3], add f32[3], div f32[3], div f32[3], sqrt f32[3], add f32[3], div f32[3], mul f32[3], sub f32[3], assign f32[3], assign f32[3], assign f32[3] */
void train_k57_assign(char *base) {
  for (int64_t idx = 0; idx < 3LL; idx++) {
      const int64_t col = idx % 3LL; (void)col;
      const float a621 = ((float *)(base + 353408))[idx];
      const float a624 = ((float *)(base + 353728))[idx];
      const float a622 = ((float *)(base + 353472))[idx];
      const float a628 = ((float *)(base + 353792))[idx];
      const float a243 = ((float *)(base + 2006720))[0];
      const float a244 = ((float *)(base + 2006784))[0];
      const float a240 = ((float *)(base + 2006528))[0];
      const float a87 = ((float *)(base + 88320))[idx];
      const float v625 = (a621 * 0.9f);
      const float v626 = (v625 + a624);
      const float v629 = (a622 * 0.95f);
      const float v630 = (v629 + a628);
      const float v631 = (v626 / a243);
      const float v632 = (v630 / a244);
      const float v633 = sqrtf(v632);
      const float v634 = (v633 + 1e-08f);
      const float v635 = (v631 / v634);
      const float v636 = (a240 * v635);
      const float v637 = (a87 - v636);
      const float v689 = v626;
      const float v690 = v630;
      const float v691 = v637;
      ((float *)(base + 353408))[idx] = v689;
      ((float *)(base + 353472))[idx] = v690;
      ((float *)(base + 88320))[idx] = v691;
  }
}

/* eval_k58_gather: gather f32[16, 32, 32] */
void eval_k58_gather(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 812288))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 812288))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 353536))[idx] = v3;
  }
}

/* eval_k59_positions: positions i32[32] */
void eval_k59_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 814400))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 423168))[idx] = v6;
  }
}

/* eval_k60_gather: gather f32[32, 32] */
void eval_k60_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 423168))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 423168))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 419072))[idx] = v7;
  }
}

/* eval_k61_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k61_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 353536))[idx];
      const float a7 = ((float *)(base + 419072))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.03125f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 353536))[idx];
      const float a7 = ((float *)(base + 419072))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v15 = (v14 * v14);
      acc16 = acc16 + v15;
    }
      const float v16 = (float)acc16;
      const float v17 = (v16 * 0.03125f);
      const float v19 = (v17 + 1e-05f);
      const float v20 = (1.0f / sqrtf(v19));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 353536))[idx];
      const float a7 = ((float *)(base + 419072))[(idx % 1024LL)];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a10 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 550144))[idx] = v8;
      ((float *)(base + 615680))[idx] = v23;
    }
  }
}

/* eval_k62_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void eval_k62_slice(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v28 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v29 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v30 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 615680))[idx] = v28;
      ((float *)(base + 681216))[idx] = v29;
      ((float *)(base + 746752))[idx] = v30;
  }
}

/* eval_k63_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void eval_k63_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v32 = ((float *)(base + 615680))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v34 = ((float *)(base + 681216))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v36 = ((float *)(base + 746752))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 353536))[idx] = v32;
      ((float *)(base + 419072))[idx] = v34;
      ((float *)(base + 484608))[idx] = v36;
  }
}

/* eval_k64_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void eval_k64_attention(char *base) {
  const float *Q = (const float *)(base + 353536); (void)Q;
  const float *K = (const float *)(base + 419072); (void)K;
  const float *V = (const float *)(base + 484608); (void)V;
  const int32_t *P = (const int32_t *)(base + 814400); (void)P;
  float *out = (float *)(base + 615680); (void)out;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 16LL;
    const float *kb = K + bh * 512LL, *vb = V + bh * 512LL;
    float m = -G23_INF, l = 0.0f, acc[16];
    for (int64_t d = 0; d < 16LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 16LL, *vj = vb + j * 16LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.25f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 16LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 16LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 16LL; d++) out[idx * 16LL + d] = acc[d] * inv;
  }
}

/* eval_k65_permute: permute f32[16, 32, 2, 16] */
void eval_k65_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v38 = ((float *)(base + 615680))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 353536))[idx] = v38;
  }
}

/* eval_k66_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k66_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 550144))[idx];
      const float a43 = ((float *)(base + 419072))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.03125f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 550144))[idx];
      const float a43 = ((float *)(base + 419072))[idx];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = (float)acc51;
      const float v52 = (v51 * 0.03125f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 550144))[idx];
      const float a43 = ((float *)(base + 419072))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a46 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 615680))[idx] = v44;
      ((float *)(base + 681216))[idx] = v57;
    }
  }
}

/* eval_k67_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k67_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 615680))[idx];
      const float a66 = ((float *)(base + 681216))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.03125f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 615680))[idx];
      const float a66 = ((float *)(base + 681216))[idx];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v73 = (v72 * v72);
      acc74 = acc74 + v73;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.03125f);
      const float v76 = (v75 + 1e-05f);
      const float v77 = (1.0f / sqrtf(v76));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 615680))[idx];
      const float a66 = ((float *)(base + 681216))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a69 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 353536))[idx] = v80;
    }
  }
}

/* eval_k68_rowsum: permute f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1] */
void eval_k68_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc82 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float v81 = ((float *)(base + 353536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 1LL + ((idx / 1LL % 32LL)) * 32LL];
      acc82 = acc82 + v81;
    }
      const float v82 = (float)acc82;
      const float v83 = (v82 * 0.03125f);
    {
      ((float *)(base + 419072))[r] = v83;
    }
  }
}

/* eval_k69_rowmax: max_reduce f32[16, 1], sub f32[16, 3], exp f32[16, 3], sum f32[16, 1], log f32[16, 1], add f32[16, 1], one_hot f32[16, 3], mul f32[16, 3], sum f32[16, 1], sub f32[16, 1] */
void eval_k69_rowmax(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc89 = -G23_INF;
    double acc98 = 0.0f;
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const int32_t a95 = ((int32_t *)(base + 814336))[(idx / 3LL)];
      const float a88 = ((float *)(base + 353536))[idx];
      const float v96 = (float)(col == (int64_t)a95);
      const float v97 = (a88 * v96);
      acc89 = fmax(acc89, a88);
      acc98 = acc98 + v97;
    }
      const float v89 = (float)acc89;
      const float v98 = (float)acc98;
    double acc92 = 0.0f;
    for (int64_t col = 0; col < 3LL; col++) {
      const int64_t idx = r * 3LL + col; (void)idx;
      const float a88 = ((float *)(base + 353536))[idx];
      const float v90 = (a88 - v89);
      const float v91 = expf(v90);
      acc92 = acc92 + v91;
    }
      const float v92 = (float)acc92;
      const float v93 = logf(v92);
      const float v94 = (v93 + v89);
      const float v99 = (v94 - v98);
    {
      ((float *)(base + 353728))[r] = v99;
    }
  }
}

/* eval_k70_rowsum: sum f32[1], mul f32[1] */
void eval_k70_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc101 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a100 = ((float *)(base + 353728))[idx];
      acc101 = acc101 + a100;
    }
      const float v101 = (float)acc101;
      const float v103 = (v101 * 0.0625f);
    {
      ((float *)(base + 353536))[r] = v103;
    }
  }
}

/* prefill_k71_gather: gather f32[1, 32, 32] */
void prefill_k71_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 382208))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 382208))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 353536))[idx] = v2;
  }
}

/* prefill_k72_positions: positions i32[32] */
void prefill_k72_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 382336))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 361728))[idx] = v5;
  }
}

/* prefill_k73_gather: gather f32[32, 32] */
void prefill_k73_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 361728))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 361728))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 357632))[idx] = v6;
  }
}

/* prefill_k74_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k74_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 353536))[idx];
      const float a6 = ((float *)(base + 357632))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.03125f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 353536))[idx];
      const float a6 = ((float *)(base + 357632))[idx];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v14 = (v13 * v13);
      acc15 = acc15 + v14;
    }
      const float v15 = (float)acc15;
      const float v16 = (v15 * 0.03125f);
      const float v18 = (v16 + 1e-05f);
      const float v19 = (1.0f / sqrtf(v18));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 353536))[idx];
      const float a6 = ((float *)(base + 357632))[idx];
      const float a8 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a9 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 365824))[idx] = v7;
      ((float *)(base + 369920))[idx] = v22;
    }
  }
}

/* prefill_k75_slice: slice f32[1, 32, 32], slice f32[1, 32, 32], slice f32[1, 32, 32] */
void prefill_k75_slice(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v27 = ((float *)(base + 353536))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v28 = ((float *)(base + 353536))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v29 = ((float *)(base + 353536))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 369920))[idx] = v27;
      ((float *)(base + 374016))[idx] = v28;
      ((float *)(base + 378112))[idx] = v29;
  }
}

/* prefill_k76_permute: permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16] */
void prefill_k76_permute(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v31 = ((float *)(base + 369920))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v33 = ((float *)(base + 374016))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v35 = ((float *)(base + 378112))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 353536))[idx] = v31;
      ((float *)(base + 357632))[idx] = v33;
      ((float *)(base + 361728))[idx] = v35;
  }
}

/* prefill_k77_attention: attention forward: q[1, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [1, 2, 32, 16] */
void prefill_k77_attention(char *base) {
  const float *Q = (const float *)(base + 353536); (void)Q;
  const float *K = (const float *)(base + 357632); (void)K;
  const float *V = (const float *)(base + 361728); (void)V;
  const int32_t *P = (const int32_t *)(base + 382336); (void)P;
  float *out = (float *)(base + 369920); (void)out;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 16LL;
    const float *kb = K + bh * 512LL, *vb = V + bh * 512LL;
    float m = -G23_INF, l = 0.0f, acc[16];
    for (int64_t d = 0; d < 16LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 16LL, *vj = vb + j * 16LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 16LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.25f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 16LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 16LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 16LL; d++) out[idx * 16LL + d] = acc[d] * inv;
  }
}

/* prefill_k78_permute: permute f32[1, 32, 2, 16] */
void prefill_k78_permute(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v37 = ((float *)(base + 369920))[0 + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 353536))[idx] = v37;
  }
}

/* prefill_k79_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k79_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc46 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 365824))[idx];
      const float a42 = ((float *)(base + 357632))[idx];
      const float v43 = (a7 + a42);
      acc46 = acc46 + v43;
    }
      const float v46 = (float)acc46;
      const float v47 = (v46 * 0.03125f);
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 365824))[idx];
      const float a42 = ((float *)(base + 357632))[idx];
      const float v43 = (a7 + a42);
      const float v48 = (v43 - v47);
      const float v49 = (v48 * v48);
      acc50 = acc50 + v49;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.03125f);
      const float v52 = (v51 + 1e-05f);
      const float v53 = (1.0f / sqrtf(v52));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 365824))[idx];
      const float a42 = ((float *)(base + 357632))[idx];
      const float a44 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a45 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v43 = (a7 + a42);
      const float v48 = (v43 - v47);
      const float v54 = (v48 * v53);
      const float v55 = (v54 * a44);
      const float v56 = (v55 + a45);
      ((float *)(base + 369920))[idx] = v43;
      ((float *)(base + 374016))[idx] = v56;
    }
  }
}

/* prefill_k80_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k80_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc69 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a43 = ((float *)(base + 369920))[idx];
      const float a65 = ((float *)(base + 374016))[idx];
      const float v66 = (a43 + a65);
      acc69 = acc69 + v66;
    }
      const float v69 = (float)acc69;
      const float v70 = (v69 * 0.03125f);
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a43 = ((float *)(base + 369920))[idx];
      const float a65 = ((float *)(base + 374016))[idx];
      const float v66 = (a43 + a65);
      const float v71 = (v66 - v70);
      const float v72 = (v71 * v71);
      acc73 = acc73 + v72;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.03125f);
      const float v75 = (v74 + 1e-05f);
      const float v76 = (1.0f / sqrtf(v75));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a43 = ((float *)(base + 369920))[idx];
      const float a65 = ((float *)(base + 374016))[idx];
      const float a67 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a68 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v66 = (a43 + a65);
      const float v71 = (v66 - v70);
      const float v77 = (v71 * v76);
      const float v78 = (v77 * a67);
      const float v79 = (v78 + a68);
      ((float *)(base + 353536))[idx] = v79;
    }
  }
}

/* prefill_k81_rowsum: permute f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1] */
void prefill_k81_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc81 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float v80 = ((float *)(base + 353536))[0 + ((idx / 32LL % 32LL)) * 1LL + ((idx / 1LL % 32LL)) * 32LL];
      acc81 = acc81 + v80;
    }
      const float v81 = (float)acc81;
      const float v82 = (v81 * 0.03125f);
    {
      ((float *)(base + 357632))[r] = v82;
    }
  }
}

