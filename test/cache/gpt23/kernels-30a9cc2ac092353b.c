/* gpt23 kernels for lm.net, C dialect (generated; do not edit). */
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
 *   gelu(x) = x/2 (1 + tanh(k (x + c x^3))), k = sqrt(2/pi), c = 0.044715 */
G23_FN float g23_gelu(float x) {
  float t = tanhf(0.7978845608028654f * (x + 0.044715f * x * x * x));
  return 0.5f * x * (1.0f + t);
}

/* d gelu / dx = (1 + t)/2 + x/2 (1 - t^2) k (1 + 3 c x^2) */
G23_FN float g23_gelu_grad(float x) {
  float t = tanhf(0.7978845608028654f * (x + 0.044715f * x * x * x));
  float du = 0.7978845608028654f * (1.0f + 3.0f * 0.044715f * x * x);
  return 0.5f * (1.0f + t) + 0.5f * x * (1.0f - t * t) * du;
}

#endif


/* train_k0_gather: gather f32[16, 32, 32] */
void train_k0_gather(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 2883072))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 2883072))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 359936))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[32] */
void train_k1_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 2899584))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 2899456))[idx] = v6;
  }
}

/* train_k2_gather: gather f32[32, 32] */
void train_k2_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 2899456))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 2899456))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 425472))[idx] = v7;
  }
}

/* train_k3_rowsum: add f32[16, 32, 32], dropout f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k3_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc13 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 359936))[idx];
      const float a7 = ((float *)(base + 425472))[(idx % 1024LL)];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      acc13 = acc13 + v10;
    }
      const float v13 = (float)acc13;
      const float v15 = (v13 * 0.03125f);
    double acc18 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 359936))[idx];
      const float a7 = ((float *)(base + 425472))[(idx % 1024LL)];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      const float v16 = (v10 - v15);
      const float v17 = (v16 * v16);
      acc18 = acc18 + v17;
    }
      const float v18 = (float)acc18;
      const float v19 = (v18 * 0.03125f);
      const float v21 = (v19 + 1e-05f);
      const float v22 = (1.0f / sqrtf(v21));
      const float v218 = (v22 * v22);
      const float v219 = (v218 * v22);
      const float v220 = (v219 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 359936))[idx];
      const float a7 = ((float *)(base + 425472))[(idx % 1024LL)];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float a11 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a12 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      const float v16 = (v10 - v15);
      const float v23 = (v16 * v22);
      const float v24 = (v23 * a11);
      const float v25 = (v24 + a12);
      ((float *)(base + 556544))[idx] = v10;
      ((float *)(base + 1932800))[idx] = v16;
      ((float *)(base + 1998336))[idx] = v23;
      ((float *)(base + 2063872))[idx] = v25;
    }
    {
      ((float *)(base + 2887168))[r] = v22;
      ((float *)(base + 2889216))[r] = v220;
    }
  }
}

/* train_k4_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void train_k4_slice(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v30 = ((float *)(base + 359936))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v31 = ((float *)(base + 359936))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v32 = ((float *)(base + 359936))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 622080))[idx] = v30;
      ((float *)(base + 687616))[idx] = v31;
      ((float *)(base + 753152))[idx] = v32;
  }
}

/* train_k5_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void train_k5_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v34 = ((float *)(base + 622080))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v36 = ((float *)(base + 687616))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v38 = ((float *)(base + 753152))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 2129408))[idx] = v34;
      ((float *)(base + 2194944))[idx] = v36;
      ((float *)(base + 2260480))[idx] = v38;
  }
}

/* train_k6_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void train_k6_attention(char *base) {
  const float *Q = (const float *)(base + 2129408); (void)Q;
  const float *K = (const float *)(base + 2194944); (void)K;
  const float *V = (const float *)(base + 2260480); (void)V;
  const int32_t *P = (const int32_t *)(base + 2899584); (void)P;
  float *out = (float *)(base + 2326016); (void)out;
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
      const float v40 = ((float *)(base + 2326016))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 2391552))[idx] = v40;
  }
}

/* train_k8_rowsum: dropout f32[16, 32, 32], add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k8_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a45 = ((float *)(base + 359936))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float a10 = ((float *)(base + 556544))[idx];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.03125f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a45 = ((float *)(base + 359936))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float a10 = ((float *)(base + 556544))[idx];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      const float v52 = (v47 - v51);
      const float v53 = (v52 * v52);
      acc54 = acc54 + v53;
    }
      const float v54 = (float)acc54;
      const float v55 = (v54 * 0.03125f);
      const float v56 = (v55 + 1e-05f);
      const float v57 = (1.0f / sqrtf(v56));
      const float v165 = (v57 * v57);
      const float v166 = (v165 * v57);
      const float v167 = (v166 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a45 = ((float *)(base + 359936))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float a10 = ((float *)(base + 556544))[idx];
      const float a48 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a49 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 425472))[idx] = v47;
      ((float *)(base + 2457088))[idx] = v52;
      ((float *)(base + 2522624))[idx] = v58;
      ((float *)(base + 2588160))[idx] = v60;
    }
    {
      ((float *)(base + 2891264))[r] = v57;
      ((float *)(base + 2893312))[r] = v167;
    }
  }
}

/* train_k9_gelu: gelu f32[16, 32, 128] */
void train_k9_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a64 = ((float *)(base + 1408512))[idx];
      const float v65 = g23_gelu(a64);
      ((float *)(base + 1670656))[idx] = v65;
  }
}

/* train_k10_rowsum: dropout f32[16, 32, 32], add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k10_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a69 = ((float *)(base + 359936))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float a47 = ((float *)(base + 425472))[idx];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      acc74 = acc74 + v71;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.03125f);
    double acc78 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a69 = ((float *)(base + 359936))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float a47 = ((float *)(base + 425472))[idx];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      const float v76 = (v71 - v75);
      const float v77 = (v76 * v76);
      acc78 = acc78 + v77;
    }
      const float v78 = (float)acc78;
      const float v79 = (v78 * 0.03125f);
      const float v80 = (v79 + 1e-05f);
      const float v81 = (1.0f / sqrtf(v80));
      const float v130 = (v81 * v81);
      const float v131 = (v130 * v81);
      const float v133 = (v131 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a69 = ((float *)(base + 359936))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float a47 = ((float *)(base + 425472))[idx];
      const float a72 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a73 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      const float v76 = (v71 - v75);
      const float v82 = (v76 * v81);
      const float v83 = (v82 * a72);
      const float v84 = (v83 + a73);
      ((float *)(base + 2653696))[idx] = v76;
      ((float *)(base + 2719232))[idx] = v82;
      ((float *)(base + 2784768))[idx] = v84;
    }
    {
      ((float *)(base + 2895360))[r] = v81;
      ((float *)(base + 2897408))[r] = v133;
    }
  }
}

/* train_k11_rowmax: max_reduce f32[16, 32, 1], sub f32[16, 32, 256], exp f32[16, 32, 256], sum f32[16, 32, 1], log f32[16, 32, 1], add f32[16, 32, 1], one_hot f32[16, 32, 256], mul f32[16, 32, 256], sum f32[16, 32, 1], sub f32[16, 32, 1], mul f32[16, 32, 256], div f32[16, 32, 1], expand f32[16, 32, 256], mul f32[16, 32, 256], add f32[16, 32, 256], neg f32[16, 32, 256], sum f32[16, 32, 1], add f32[16, 32, 1], lt f32[16, 32, 256], sub f32[16, 32, 256], sum f32[16, 32, 1], div f32[16, 32, 256], mul f32[16, 32, 256], add f32[16, 32, 256] */
void train_k11_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc86 = -G23_INF;
    double acc95 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a92 = ((int32_t *)(base + 2885120))[(idx / 256LL)];
      const float a85 = ((float *)(base + 359936))[idx];
      const float v93 = (float)(col == (int64_t)a92);
      const float v94 = (a85 * v93);
      acc86 = fmax(acc86, a85);
      acc95 = acc95 + v94;
    }
      const float v86 = (float)acc86;
      const float v95 = (float)acc95;
    double acc89 = 0.0f;
    double acc115 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a85 = ((float *)(base + 359936))[idx];
      const float v87 = (a85 - v86);
      const float v88 = expf(v87);
      const float v112 = (float)(a85 < v86);
      const float v114 = (1.0f - v112);
      acc89 = acc89 + v88;
      acc115 = acc115 + v114;
    }
      const float v89 = (float)acc89;
      const float v90 = logf(v89);
      const float v91 = (v90 + v86);
      const float v96 = (v91 - v95);
      const float v105 = (0.001953125f / v89);
      const float v115 = (float)acc115;
    double acc110 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a85 = ((float *)(base + 359936))[idx];
      const float v87 = (a85 - v86);
      const float v88 = expf(v87);
      const float v106 = v105;
      const float v107 = (v106 * v88);
      const float v109 = (-v107);
      acc110 = acc110 + v109;
    }
      const float v110 = (float)acc110;
      const float v111 = (0.001953125f + v110);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a85 = ((float *)(base + 359936))[idx];
      const int32_t a92 = ((int32_t *)(base + 2885120))[(idx / 256LL)];
      const float v87 = (a85 - v86);
      const float v88 = expf(v87);
      const float v93 = (float)(col == (int64_t)a92);
      const float v104 = ((-0.001953125f) * v93);
      const float v106 = v105;
      const float v107 = (v106 * v88);
      const float v108 = (v104 + v107);
      const float v112 = (float)(a85 < v86);
      const float v114 = (1.0f - v112);
      const float v116 = (v114 / v115);
      const float v117 = (v111 * v116);
      const float v118 = (v108 + v117);
      ((float *)(base + 884224))[idx] = v118;
    }
    {
      ((float *)(base + 2850304))[r] = v96;
    }
  }
}

/* train_k12_rowsum: sum f32[1], mul f32[1] */
void train_k12_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc98 = 0.0f;
    for (int64_t col = 0; col < 512LL; col++) {
      const int64_t idx = r * 512LL + col; (void)idx;
      const float a97 = ((float *)(base + 2850304))[idx];
      acc98 = acc98 + a97;
    }
      const float v98 = (float)acc98;
      const float v100 = (v98 * 0.001953125f);
    {
      ((float *)(base + 2900032))[r] = v100;
    }
  }
}

/* train_k13_reduce_to: reduce_to f32[32] */
void train_k13_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 359936))[ii];
      }
      ((float *)(base + 87936))[idx] = acc;
  }
}

/* train_k14_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32], dropout f32[16, 32, 32] */
void train_k14_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc129 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a119 = ((float *)(base + 359936))[idx];
      const float a72 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a76 = ((float *)(base + 2653696))[idx];
      const float v124 = (a119 * a72);
      const float v128 = (v124 * a76);
      acc129 = acc129 + v128;
    }
      const float b133 = ((float *)(base + 2897408))[r];
      const float v129 = (float)acc129;
      const float v134 = (v129 * b133);
      const float v135 = (v134 * 0.03125f);
    double acc141 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a119 = ((float *)(base + 359936))[idx];
      const float a72 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a81 = ((float *)(base + 2895360))[(idx / 32LL)];
      const float a76 = ((float *)(base + 2653696))[idx];
      const float v124 = (a119 * a72);
      const float v127 = (v124 * a81);
      const float v136 = v135;
      const float v137 = (v136 * a76);
      const float v138 = (v127 + v137);
      const float v139 = (v138 + v137);
      const float v140 = (-v139);
      acc141 = acc141 + v140;
    }
      const float v141 = (float)acc141;
      const float v142 = (v141 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a119 = ((float *)(base + 359936))[idx];
      const float a72 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a82 = ((float *)(base + 2719232))[idx];
      const float a81 = ((float *)(base + 2895360))[(idx / 32LL)];
      const float a76 = ((float *)(base + 2653696))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float v124 = (a119 * a72);
      const float v125 = (a119 * a82);
      const float v127 = (v124 * a81);
      const float v136 = v135;
      const float v137 = (v136 * a76);
      const float v138 = (v127 + v137);
      const float v139 = (v138 + v137);
      const float v143 = v142;
      const float v144 = (v139 + v143);
      const float v145 = g23_dropout(v144, a9, 2LL, idx, 0.1f);
      ((float *)(base + 425472))[idx] = v125;
      ((float *)(base + 884224))[idx] = v144;
      ((float *)(base + 622080))[idx] = v145;
    }
  }
}

/* train_k15_reduce_to: reduce_to f32[32] */
void train_k15_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 425472))[ii];
      }
      ((float *)(base + 88064))[idx] = acc;
  }
}

/* train_k16_reduce_to: reduce_to f32[32] */
void train_k16_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 622080))[ii];
      }
      ((float *)(base + 88192))[idx] = acc;
  }
}

/* train_k17_mul: gelu_grad f32[16, 32, 128], mul f32[16, 32, 128] */
void train_k17_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a64 = ((float *)(base + 1408512))[idx];
      const float a147 = ((float *)(base + 359936))[idx];
      const float v151 = g23_gelu_grad(a64);
      const float v152 = (a147 * v151);
      ((float *)(base + 622080))[idx] = v152;
  }
}

/* train_k18_reduce_to: reduce_to f32[128] */
void train_k18_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 4096LL + (j / 1LL % 32LL) * 128LL;
        acc += ((float *)(base + 622080))[ii];
      }
      ((float *)(base + 104704))[idx] = acc;
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
        acc += ((float *)(base + 359936))[ii];
      }
      ((float *)(base + 121600))[idx] = acc;
  }
}

/* train_k20_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32], dropout f32[16, 32, 32] */
void train_k20_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc164 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a154 = ((float *)(base + 359936))[idx];
      const float a48 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a52 = ((float *)(base + 2457088))[idx];
      const float v159 = (a154 * a48);
      const float v163 = (v159 * a52);
      acc164 = acc164 + v163;
    }
      const float b167 = ((float *)(base + 2893312))[r];
      const float v164 = (float)acc164;
      const float v168 = (v164 * b167);
      const float v169 = (v168 * 0.03125f);
    double acc176 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a154 = ((float *)(base + 359936))[idx];
      const float a48 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a57 = ((float *)(base + 2891264))[(idx / 32LL)];
      const float a52 = ((float *)(base + 2457088))[idx];
      const float v159 = (a154 * a48);
      const float v162 = (v159 * a57);
      const float v170 = v169;
      const float v171 = (v170 * a52);
      const float v172 = (v162 + v171);
      const float v173 = (v172 + v171);
      const float v175 = (-v173);
      acc176 = acc176 + v175;
    }
      const float v176 = (float)acc176;
      const float v177 = (v176 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a154 = ((float *)(base + 359936))[idx];
      const float a48 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a58 = ((float *)(base + 2522624))[idx];
      const float a57 = ((float *)(base + 2891264))[(idx / 32LL)];
      const float a52 = ((float *)(base + 2457088))[idx];
      const float a144 = ((float *)(base + 884224))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float v159 = (a154 * a48);
      const float v160 = (a154 * a58);
      const float v162 = (v159 * a57);
      const float v170 = v169;
      const float v171 = (v170 * a52);
      const float v172 = (v162 + v171);
      const float v173 = (v172 + v171);
      const float v174 = (a144 + v173);
      const float v178 = v177;
      const float v179 = (v174 + v178);
      const float v180 = g23_dropout(v179, a9, 1LL, idx, 0.1f);
      ((float *)(base + 425472))[idx] = v160;
      ((float *)(base + 556544))[idx] = v179;
      ((float *)(base + 491008))[idx] = v180;
    }
  }
}

/* train_k21_reduce_to: reduce_to f32[32] */
void train_k21_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 425472))[ii];
      }
      ((float *)(base + 121728))[idx] = acc;
  }
}

/* train_k22_reduce_to: reduce_to f32[32] */
void train_k22_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 491008))[ii];
      }
      ((float *)(base + 121856))[idx] = acc;
  }
}

/* train_k23_permute: permute f32[16, 2, 32, 16] */
void train_k23_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v187 = ((float *)(base + 359936))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 622080))[idx] = v187;
  }
}

/* train_k24_attention_dq: attention_backward dq and row statistics: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k24_attention_dq(char *base) {
  const float *Q = (const float *)(base + 2129408); (void)Q;
  const float *K = (const float *)(base + 2194944); (void)K;
  const float *V = (const float *)(base + 2260480); (void)V;
  const int32_t *P = (const int32_t *)(base + 2899584); (void)P;
  const float *O = (const float *)(base + 2326016); (void)O;
  const float *dO = (const float *)(base + 622080); (void)dO;
  float *out = (float *)(base + 359936); (void)out;
  float *tmp = (float *)(base + 687616); (void)tmp;
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

/* train_k25_attention_dkdv: attention_backward dk and dv: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k25_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 2129408); (void)Q;
  const float *K = (const float *)(base + 2194944); (void)K;
  const float *V = (const float *)(base + 2260480); (void)V;
  const int32_t *P = (const int32_t *)(base + 2899584); (void)P;
  const float *O = (const float *)(base + 2326016); (void)O;
  const float *dO = (const float *)(base + 622080); (void)dO;
  float *out = (float *)(base + 359936); (void)out;
  float *tmp = (float *)(base + 687616); (void)tmp;
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

/* train_k26_slice: slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16] */
void train_k26_slice(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v189 = ((float *)(base + 359936))[0 + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v191 = ((float *)(base + 359936))[0 + ((idx / 16384LL) + 1LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v193 = ((float *)(base + 359936))[0 + ((idx / 16384LL) + 2LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 622080))[idx] = v189;
      ((float *)(base + 687616))[idx] = v191;
      ((float *)(base + 753152))[idx] = v193;
  }
}

/* train_k27_permute: permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16] */
void train_k27_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v195 = ((float *)(base + 753152))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v197 = ((float *)(base + 687616))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v199 = ((float *)(base + 622080))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 818688))[idx] = v195;
      ((float *)(base + 884224))[idx] = v197;
      ((float *)(base + 949760))[idx] = v199;
  }
}

/* train_k28_add: pad f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96] */
void train_k28_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 49152LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float v201 = ((uint64_t)((idx / 1LL % 96LL) - 64LL) < 32ULL ? ((float *)(base + 818688))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -64LL) * 1LL] : (float)0);
      const float v202 = ((uint64_t)((idx / 1LL % 96LL) - 32LL) < 32ULL ? ((float *)(base + 884224))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -32LL) * 1LL] : (float)0);
      const float v203 = (v201 + v202);
      const float v204 = ((uint64_t)((idx / 1LL % 96LL) - 0LL) < 32ULL ? ((float *)(base + 949760))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL)) * 1LL] : (float)0);
      const float v205 = (v203 + v204);
      ((float *)(base + 359936))[idx] = v205;
  }
}

/* train_k29_reduce_to: reduce_to f32[96] */
void train_k29_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 3072LL + (j / 1LL % 32LL) * 96LL;
        acc += ((float *)(base + 359936))[ii];
      }
      ((float *)(base + 126080))[idx] = acc;
  }
}

/* train_k30_reduce_to: reduce_to f32[32] */
void train_k30_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 622080))[ii];
      }
      ((float *)(base + 138752))[idx] = acc;
  }
}

/* train_k31_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32], dropout f32[16, 32, 32] */
void train_k31_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc217 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a207 = ((float *)(base + 622080))[idx];
      const float a11 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a16 = ((float *)(base + 1932800))[idx];
      const float v212 = (a207 * a11);
      const float v216 = (v212 * a16);
      acc217 = acc217 + v216;
    }
      const float b220 = ((float *)(base + 2889216))[r];
      const float v217 = (float)acc217;
      const float v221 = (v217 * b220);
      const float v222 = (v221 * 0.03125f);
    double acc229 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a207 = ((float *)(base + 622080))[idx];
      const float a11 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a22 = ((float *)(base + 2887168))[(idx / 32LL)];
      const float a16 = ((float *)(base + 1932800))[idx];
      const float v212 = (a207 * a11);
      const float v215 = (v212 * a22);
      const float v223 = v222;
      const float v224 = (v223 * a16);
      const float v225 = (v215 + v224);
      const float v226 = (v225 + v224);
      const float v228 = (-v226);
      acc229 = acc229 + v228;
    }
      const float v229 = (float)acc229;
      const float v230 = (v229 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a207 = ((float *)(base + 622080))[idx];
      const float a11 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a23 = ((float *)(base + 1998336))[idx];
      const float a22 = ((float *)(base + 2887168))[(idx / 32LL)];
      const float a16 = ((float *)(base + 1932800))[idx];
      const float a179 = ((float *)(base + 556544))[idx];
      const int32_t a9 = ((int32_t *)(base + 2899648))[0];
      const float v212 = (a207 * a11);
      const float v213 = (a207 * a23);
      const float v215 = (v212 * a22);
      const float v223 = v222;
      const float v224 = (v223 * a16);
      const float v225 = (v215 + v224);
      const float v226 = (v225 + v224);
      const float v227 = (a179 + v226);
      const float v231 = v230;
      const float v232 = (v227 + v231);
      const float v233 = g23_dropout(v232, a9, 0LL, idx, 0.1f);
      ((float *)(base + 359936))[idx] = v213;
      ((float *)(base + 425472))[idx] = v233;
    }
  }
}

/* train_k32_reduce_to: reduce_to f32[32] */
void train_k32_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 359936))[ii];
      }
      ((float *)(base + 138880))[idx] = acc;
  }
}

/* train_k33_reduce_to: reduce_to f32[32, 32] */
void train_k33_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t c0 = idx / 32LL; (void)c0;
      const int64_t c1 = idx / 1LL % 32LL; (void)c1;
      const int64_t ib = 0 + c0 * 32LL + c1 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 1LL % 16LL) * 1024LL;
        acc += ((float *)(base + 425472))[ii];
      }
      ((float *)(base + 359936))[idx] = acc;
  }
}

/* train_k34_scatter_add: scatter_add f32[32, 32] */
void train_k34_scatter_add(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      for (int64_t u = 0; u < 32LL; u++) ((float *)(base + 139008))[u * 32LL + idx] = 0.0f;
      for (int64_t k = 0; k < 32LL; k++) {
        const int32_t t = ((int32_t *)(base + 2899456))[k];
        if ((uint32_t)t < 32u) ((float *)(base + 139008))[(int64_t)t * 32LL + idx] += ((float *)(base + 359936))[k * 32LL + idx];
      }
  }
}

/* train_k35_scatter_add: scatter_add f32[256, 32] */
void train_k35_scatter_add(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 359936))[u * 32LL + idx] = 0.0f;
      for (int64_t k = 0; k < 512LL; k++) {
        const int32_t t = ((int32_t *)(base + 2883072))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 359936))[(int64_t)t * 32LL + idx] += ((float *)(base + 425472))[k * 32LL + idx];
      }
  }
}

/* train_k36_add: add f32[256, 32] */
void train_k36_add(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a122 = ((float *)(base + 2850304))[idx];
      const float a236 = ((float *)(base + 359936))[idx];
      const float v237 = (a122 + a236);
      ((float *)(base + 143104))[idx] = v237;
  }
}

/* train_k37_rowsum: mul f32[8192], sum f32[1] */
void train_k37_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc245 = 0.0f;
#pragma omp parallel for reduction(+:acc245)
    for (int64_t col = 0; col < 8192LL; col++) {
      const int64_t idx = r * 8192LL + col; (void)idx;
      const float a243 = ((float *)(base + 143104))[idx];
      const float v244 = (a243 * a243);
      acc245 = acc245 + v244;
    }
      const float v245 = (float)acc245;
    {
      ((float *)(base + 359936))[r] = v245;
    }
  }
}

/* train_k38_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1] */
void train_k38_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc248 = 0.0f;
    double acc265 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a246 = ((float *)(base + 139008))[idx];
      const float a263 = ((float *)(base + 121984))[idx];
      const float v247 = (a246 * a246);
      const float v264 = (a263 * a263);
      acc248 = acc248 + v247;
      acc265 = acc265 + v264;
    }
      const float b245 = ((float *)(base + 359936))[0];
      const float v248 = (float)acc248;
      const float v249 = (b245 + v248);
      const float v265 = (float)acc265;
    {
      ((float *)(base + 360000))[r] = v249;
      ((float *)(base + 360064))[r] = v265;
    }
  }
}

/* train_k39_rowsum: mul f32[32], sum f32[1], add f32[1], mul f32[32], sum f32[1], add f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1] */
void train_k39_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc251 = 0.0f;
    double acc254 = 0.0f;
    double acc268 = 0.0f;
    double acc271 = 0.0f;
    double acc274 = 0.0f;
    double acc288 = 0.0f;
    double acc291 = 0.0f;
    double acc294 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a214 = ((float *)(base + 138880))[idx];
      const float a211 = ((float *)(base + 138752))[idx];
      const float a181 = ((float *)(base + 121856))[idx];
      const float a161 = ((float *)(base + 121728))[idx];
      const float a158 = ((float *)(base + 121600))[idx];
      const float a146 = ((float *)(base + 88192))[idx];
      const float a126 = ((float *)(base + 88064))[idx];
      const float a123 = ((float *)(base + 87936))[idx];
      const float v250 = (a214 * a214);
      const float v253 = (a211 * a211);
      const float v267 = (a181 * a181);
      const float v270 = (a161 * a161);
      const float v273 = (a158 * a158);
      const float v287 = (a146 * a146);
      const float v290 = (a126 * a126);
      const float v293 = (a123 * a123);
      acc251 = acc251 + v250;
      acc254 = acc254 + v253;
      acc268 = acc268 + v267;
      acc271 = acc271 + v270;
      acc274 = acc274 + v273;
      acc288 = acc288 + v287;
      acc291 = acc291 + v290;
      acc294 = acc294 + v293;
    }
      const float b249 = ((float *)(base + 360000))[0];
      const float v251 = (float)acc251;
      const float v252 = (b249 + v251);
      const float v254 = (float)acc254;
      const float v255 = (v252 + v254);
      const float v268 = (float)acc268;
      const float v271 = (float)acc271;
      const float v274 = (float)acc274;
      const float v288 = (float)acc288;
      const float v291 = (float)acc291;
      const float v294 = (float)acc294;
    {
      ((float *)(base + 359936))[r] = v255;
      ((float *)(base + 360128))[r] = v268;
      ((float *)(base + 360192))[r] = v271;
      ((float *)(base + 360256))[r] = v274;
      ((float *)(base + 360320))[r] = v288;
      ((float *)(base + 360384))[r] = v291;
      ((float *)(base + 360448))[r] = v294;
    }
  }
}

/* train_k40_rowsum: mul f32[3072], sum f32[1], add f32[1] */
void train_k40_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc258 = 0.0f;
    for (int64_t col = 0; col < 3072LL; col++) {
      const int64_t idx = r * 3072LL + col; (void)idx;
      const float a256 = ((float *)(base + 126464))[idx];
      const float v257 = (a256 * a256);
      acc258 = acc258 + v257;
    }
      const float b255 = ((float *)(base + 359936))[0];
      const float v258 = (float)acc258;
      const float v259 = (b255 + v258);
    {
      ((float *)(base + 360000))[r] = v259;
    }
  }
}

/* train_k41_rowsum: mul f32[96], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1] */
void train_k41_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc261 = 0.0f;
    for (int64_t col = 0; col < 96LL; col++) {
      const int64_t idx = r * 96LL + col; (void)idx;
      const float a206 = ((float *)(base + 126080))[idx];
      const float v260 = (a206 * a206);
      acc261 = acc261 + v260;
    }
      const float b259 = ((float *)(base + 360000))[0];
      const float b265 = ((float *)(base + 360064))[0];
      const float b268 = ((float *)(base + 360128))[0];
      const float b271 = ((float *)(base + 360192))[0];
      const float b274 = ((float *)(base + 360256))[0];
      const float v261 = (float)acc261;
      const float v262 = (b259 + v261);
      const float v266 = (v262 + b265);
      const float v269 = (v266 + b268);
      const float v272 = (v269 + b271);
      const float v275 = (v272 + b274);
    {
      ((float *)(base + 359936))[r] = v275;
    }
  }
}

/* train_k42_rowsum: mul f32[4096], sum f32[1], add f32[1], mul f32[4096], sum f32[1] */
void train_k42_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc278 = 0.0f;
    double acc285 = 0.0f;
#pragma omp parallel for reduction(+:acc278) reduction(+:acc285)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a276 = ((float *)(base + 105216))[idx];
      const float a283 = ((float *)(base + 88320))[idx];
      const float v277 = (a276 * a276);
      const float v284 = (a283 * a283);
      acc278 = acc278 + v277;
      acc285 = acc285 + v284;
    }
      const float b275 = ((float *)(base + 359936))[0];
      const float v278 = (float)acc278;
      const float v279 = (b275 + v278);
      const float v285 = (float)acc285;
    {
      ((float *)(base + 360000))[r] = v279;
      ((float *)(base + 360064))[r] = v285;
    }
  }
}

/* train_k43_rowsum: mul f32[128], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[128], mul f32[128], mul f32[128], add f32[128], mul f32[128], mul f32[128], mul f32[128], add f32[128], div f32[128], div f32[128], sqrt f32[128], add f32[128], div f32[128], mul f32[128], sub f32[128], assign f32[128], assign f32[128], assign f32[128] */
void train_k43_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b240 = ((float *)(base + 2899840))[0];
      const float v302 = (float)(0.0f < b240);
    double acc281 = 0.0f;
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a153 = ((float *)(base + 104704))[idx];
      const float v280 = (a153 * a153);
      acc281 = acc281 + v280;
    }
      const float b279 = ((float *)(base + 360000))[0];
      const float b285 = ((float *)(base + 360064))[0];
      const float b288 = ((float *)(base + 360320))[0];
      const float b291 = ((float *)(base + 360384))[0];
      const float b294 = ((float *)(base + 360448))[0];
      const float v281 = (float)acc281;
      const float v282 = (b279 + v281);
      const float v286 = (v282 + b285);
      const float v289 = (v286 + b288);
      const float v292 = (v289 + b291);
      const float v295 = (v292 + b294);
      const float v296 = sqrtf(v295);
      const float v298 = (v296 + 1e-06f);
      const float v299 = (b240 / v298);
      const float v300 = fminf(1.0f, v299);
      const float v303 = (v302 != 0 ? v300 : 1.0f);
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a153 = ((float *)(base + 104704))[idx];
      const float a506 = ((float *)(base + 317184))[idx];
      const float a507 = ((float *)(base + 317696))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a238 = ((float *)(base + 2899712))[0];
      const float a63 = ((float *)(base + 70656))[idx];
      const float v508 = (a153 * v303);
      const float v509 = (v508 * 0.1f);
      const float v510 = (a506 * 0.9f);
      const float v511 = (v510 + v509);
      const float v512 = (v508 * v508);
      const float v513 = (v512 * 0.05f);
      const float v514 = (a507 * 0.95f);
      const float v515 = (v514 + v513);
      const float v516 = (v511 / a241);
      const float v517 = (v515 / a242);
      const float v518 = sqrtf(v517);
      const float v519 = (v518 + 1e-08f);
      const float v520 = (v516 / v519);
      const float v521 = (a238 * v520);
      const float v522 = (a63 - v521);
      const float v626 = v511;
      const float v627 = v515;
      const float v628 = v522;
      ((float *)(base + 317184))[idx] = v626;
      ((float *)(base + 317696))[idx] = v627;
      ((float *)(base + 70656))[idx] = v628;
    }
    {
      ((float *)(base + 359936))[r] = v296;
      ((float *)(base + 360128))[r] = v303;
    }
  }
}

/* train_k44_assign: mul f32[256, 32], mul f32[256, 32], mul f32[256, 32], add f32[256, 32], mul f32[256, 32], mul f32[256, 32], mul f32[256, 32], add f32[256, 32], div f32[256, 32], div f32[256, 32], sqrt f32[256, 32], add f32[256, 32], div f32[256, 32], mul f32[256, 32], add f32[256, 32], mul f32[256, 32], sub f32[256, 32], assign f32[256, 32], assign f32[256, 32], assign f32[256, 32] */
void train_k44_assign(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a237 = ((float *)(base + 143104))[idx];
      const float a303 = ((float *)(base + 360128))[0];
      const float a304 = ((float *)(base + 175872))[idx];
      const float a305 = ((float *)(base + 208640))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a239 = ((float *)(base + 2899776))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a238 = ((float *)(base + 2899712))[0];
      const float v306 = (a237 * a303);
      const float v308 = (v306 * 0.1f);
      const float v310 = (a304 * 0.9f);
      const float v311 = (v310 + v308);
      const float v313 = (v306 * v306);
      const float v314 = (v313 * 0.05f);
      const float v316 = (a305 * 0.95f);
      const float v317 = (v316 + v314);
      const float v318 = (v311 / a241);
      const float v319 = (v317 / a242);
      const float v321 = sqrtf(v319);
      const float v322 = (v321 + 1e-08f);
      const float v323 = (v318 / v322);
      const float v324 = (a239 * a2);
      const float v325 = (v323 + v324);
      const float v326 = (a238 * v325);
      const float v327 = (a2 - v326);
      const float v593 = v311;
      const float v594 = v317;
      const float v595 = v327;
      ((float *)(base + 175872))[idx] = v593;
      ((float *)(base + 208640))[idx] = v594;
      ((float *)(base + 0))[idx] = v595;
  }
}

/* train_k45_assign: mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], div f32[32, 32], div f32[32, 32], sqrt f32[32, 32], add f32[32, 32], div f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], sub f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], div f32[32, 32], div f32[32, 32], sqrt f32[32, 32], add f32[32, 32], div f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], sub f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32] */
void train_k45_assign(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a235 = ((float *)(base + 139008))[idx];
      const float a303 = ((float *)(base + 360128))[0];
      const float a328 = ((float *)(base + 241408))[idx];
      const float a329 = ((float *)(base + 245504))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a239 = ((float *)(base + 2899776))[0];
      const float a4 = ((float *)(base + 32768))[idx];
      const float a238 = ((float *)(base + 2899712))[0];
      const float a185 = ((float *)(base + 121984))[idx];
      const float a417 = ((float *)(base + 275456))[idx];
      const float a418 = ((float *)(base + 279552))[idx];
      const float a42 = ((float *)(base + 49792))[idx];
      const float v330 = (a235 * a303);
      const float v331 = (v330 * 0.1f);
      const float v332 = (a328 * 0.9f);
      const float v333 = (v332 + v331);
      const float v334 = (v330 * v330);
      const float v335 = (v334 * 0.05f);
      const float v336 = (a329 * 0.95f);
      const float v337 = (v336 + v335);
      const float v338 = (v333 / a241);
      const float v339 = (v337 / a242);
      const float v340 = sqrtf(v339);
      const float v341 = (v340 + 1e-08f);
      const float v342 = (v338 / v341);
      const float v343 = (a239 * a4);
      const float v344 = (v342 + v343);
      const float v345 = (a238 * v344);
      const float v346 = (a4 - v345);
      const float v419 = (a185 * a303);
      const float v420 = (v419 * 0.1f);
      const float v421 = (a417 * 0.9f);
      const float v422 = (v421 + v420);
      const float v423 = (v419 * v419);
      const float v424 = (v423 * 0.05f);
      const float v425 = (a418 * 0.95f);
      const float v426 = (v425 + v424);
      const float v427 = (v422 / a241);
      const float v428 = (v426 / a242);
      const float v429 = sqrtf(v428);
      const float v430 = (v429 + 1e-08f);
      const float v431 = (v427 / v430);
      const float v432 = (a239 * a42);
      const float v433 = (v431 + v432);
      const float v434 = (a238 * v433);
      const float v435 = (a42 - v434);
      const float v596 = v333;
      const float v597 = v337;
      const float v598 = v346;
      const float v611 = v422;
      const float v612 = v426;
      const float v613 = v435;
      ((float *)(base + 241408))[idx] = v596;
      ((float *)(base + 245504))[idx] = v597;
      ((float *)(base + 32768))[idx] = v598;
      ((float *)(base + 275456))[idx] = v611;
      ((float *)(base + 279552))[idx] = v612;
      ((float *)(base + 49792))[idx] = v613;
  }
}

/* train_k46_assign: mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32] */
void train_k46_assign(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a214 = ((float *)(base + 138880))[idx];
      const float a303 = ((float *)(base + 360128))[0];
      const float a347 = ((float *)(base + 249600))[idx];
      const float a348 = ((float *)(base + 249728))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a238 = ((float *)(base + 2899712))[0];
      const float a11 = ((float *)(base + 36864))[idx];
      const float a211 = ((float *)(base + 138752))[idx];
      const float a364 = ((float *)(base + 249856))[idx];
      const float a365 = ((float *)(base + 249984))[idx];
      const float a12 = ((float *)(base + 36992))[idx];
      const float a181 = ((float *)(base + 121856))[idx];
      const float a436 = ((float *)(base + 283648))[idx];
      const float a437 = ((float *)(base + 283776))[idx];
      const float a44 = ((float *)(base + 53888))[idx];
      const float a161 = ((float *)(base + 121728))[idx];
      const float a453 = ((float *)(base + 283904))[idx];
      const float a454 = ((float *)(base + 284032))[idx];
      const float a48 = ((float *)(base + 54016))[idx];
      const float a158 = ((float *)(base + 121600))[idx];
      const float a470 = ((float *)(base + 284160))[idx];
      const float a471 = ((float *)(base + 284288))[idx];
      const float a49 = ((float *)(base + 54144))[idx];
      const float a146 = ((float *)(base + 88192))[idx];
      const float a542 = ((float *)(base + 350976))[idx];
      const float a543 = ((float *)(base + 351104))[idx];
      const float a68 = ((float *)(base + 87552))[idx];
      const float a126 = ((float *)(base + 88064))[idx];
      const float a559 = ((float *)(base + 351232))[idx];
      const float a560 = ((float *)(base + 351360))[idx];
      const float a72 = ((float *)(base + 87680))[idx];
      const float a123 = ((float *)(base + 87936))[idx];
      const float a576 = ((float *)(base + 351488))[idx];
      const float a577 = ((float *)(base + 351616))[idx];
      const float a73 = ((float *)(base + 87808))[idx];
      const float v349 = (a214 * a303);
      const float v350 = (v349 * 0.1f);
      const float v351 = (a347 * 0.9f);
      const float v352 = (v351 + v350);
      const float v353 = (v349 * v349);
      const float v354 = (v353 * 0.05f);
      const float v355 = (a348 * 0.95f);
      const float v356 = (v355 + v354);
      const float v357 = (v352 / a241);
      const float v358 = (v356 / a242);
      const float v359 = sqrtf(v358);
      const float v360 = (v359 + 1e-08f);
      const float v361 = (v357 / v360);
      const float v362 = (a238 * v361);
      const float v363 = (a11 - v362);
      const float v366 = (a211 * a303);
      const float v367 = (v366 * 0.1f);
      const float v368 = (a364 * 0.9f);
      const float v369 = (v368 + v367);
      const float v370 = (v366 * v366);
      const float v371 = (v370 * 0.05f);
      const float v372 = (a365 * 0.95f);
      const float v373 = (v372 + v371);
      const float v374 = (v369 / a241);
      const float v375 = (v373 / a242);
      const float v376 = sqrtf(v375);
      const float v377 = (v376 + 1e-08f);
      const float v378 = (v374 / v377);
      const float v379 = (a238 * v378);
      const float v380 = (a12 - v379);
      const float v438 = (a181 * a303);
      const float v439 = (v438 * 0.1f);
      const float v440 = (a436 * 0.9f);
      const float v441 = (v440 + v439);
      const float v442 = (v438 * v438);
      const float v443 = (v442 * 0.05f);
      const float v444 = (a437 * 0.95f);
      const float v445 = (v444 + v443);
      const float v446 = (v441 / a241);
      const float v447 = (v445 / a242);
      const float v448 = sqrtf(v447);
      const float v449 = (v448 + 1e-08f);
      const float v450 = (v446 / v449);
      const float v451 = (a238 * v450);
      const float v452 = (a44 - v451);
      const float v455 = (a161 * a303);
      const float v456 = (v455 * 0.1f);
      const float v457 = (a453 * 0.9f);
      const float v458 = (v457 + v456);
      const float v459 = (v455 * v455);
      const float v460 = (v459 * 0.05f);
      const float v461 = (a454 * 0.95f);
      const float v462 = (v461 + v460);
      const float v463 = (v458 / a241);
      const float v464 = (v462 / a242);
      const float v465 = sqrtf(v464);
      const float v466 = (v465 + 1e-08f);
      const float v467 = (v463 / v466);
      const float v468 = (a238 * v467);
      const float v469 = (a48 - v468);
      const float v472 = (a158 * a303);
      const float v473 = (v472 * 0.1f);
      const float v474 = (a470 * 0.9f);
      const float v475 = (v474 + v473);
      const float v476 = (v472 * v472);
      const float v477 = (v476 * 0.05f);
      const float v478 = (a471 * 0.95f);
      const float v479 = (v478 + v477);
      const float v480 = (v475 / a241);
      const float v481 = (v479 / a242);
      const float v482 = sqrtf(v481);
      const float v483 = (v482 + 1e-08f);
      const float v484 = (v480 / v483);
      const float v485 = (a238 * v484);
      const float v486 = (a49 - v485);
      const float v544 = (a146 * a303);
      const float v545 = (v544 * 0.1f);
      const float v546 = (a542 * 0.9f);
      const float v547 = (v546 + v545);
      const float v548 = (v544 * v544);
      const float v549 = (v548 * 0.05f);
      const float v550 = (a543 * 0.95f);
      const float v551 = (v550 + v549);
      const float v552 = (v547 / a241);
      const float v553 = (v551 / a242);
      const float v554 = sqrtf(v553);
      const float v555 = (v554 + 1e-08f);
      const float v556 = (v552 / v555);
      const float v557 = (a238 * v556);
      const float v558 = (a68 - v557);
      const float v561 = (a126 * a303);
      const float v562 = (v561 * 0.1f);
      const float v563 = (a559 * 0.9f);
      const float v564 = (v563 + v562);
      const float v565 = (v561 * v561);
      const float v566 = (v565 * 0.05f);
      const float v567 = (a560 * 0.95f);
      const float v568 = (v567 + v566);
      const float v569 = (v564 / a241);
      const float v570 = (v568 / a242);
      const float v571 = sqrtf(v570);
      const float v572 = (v571 + 1e-08f);
      const float v573 = (v569 / v572);
      const float v574 = (a238 * v573);
      const float v575 = (a72 - v574);
      const float v578 = (a123 * a303);
      const float v579 = (v578 * 0.1f);
      const float v580 = (a576 * 0.9f);
      const float v581 = (v580 + v579);
      const float v582 = (v578 * v578);
      const float v583 = (v582 * 0.05f);
      const float v584 = (a577 * 0.95f);
      const float v585 = (v584 + v583);
      const float v586 = (v581 / a241);
      const float v587 = (v585 / a242);
      const float v588 = sqrtf(v587);
      const float v589 = (v588 + 1e-08f);
      const float v590 = (v586 / v589);
      const float v591 = (a238 * v590);
      const float v592 = (a73 - v591);
      const float v599 = v352;
      const float v600 = v356;
      const float v601 = v363;
      const float v602 = v369;
      const float v603 = v373;
      const float v604 = v380;
      const float v614 = v441;
      const float v615 = v445;
      const float v616 = v452;
      const float v617 = v458;
      const float v618 = v462;
      const float v619 = v469;
      const float v620 = v475;
      const float v621 = v479;
      const float v622 = v486;
      const float v632 = v547;
      const float v633 = v551;
      const float v634 = v558;
      const float v635 = v564;
      const float v636 = v568;
      const float v637 = v575;
      const float v638 = v581;
      const float v639 = v585;
      const float v640 = v592;
      ((float *)(base + 249600))[idx] = v599;
      ((float *)(base + 249728))[idx] = v600;
      ((float *)(base + 36864))[idx] = v601;
      ((float *)(base + 249856))[idx] = v602;
      ((float *)(base + 249984))[idx] = v603;
      ((float *)(base + 36992))[idx] = v604;
      ((float *)(base + 283648))[idx] = v614;
      ((float *)(base + 283776))[idx] = v615;
      ((float *)(base + 53888))[idx] = v616;
      ((float *)(base + 283904))[idx] = v617;
      ((float *)(base + 284032))[idx] = v618;
      ((float *)(base + 54016))[idx] = v619;
      ((float *)(base + 284160))[idx] = v620;
      ((float *)(base + 284288))[idx] = v621;
      ((float *)(base + 54144))[idx] = v622;
      ((float *)(base + 350976))[idx] = v632;
      ((float *)(base + 351104))[idx] = v633;
      ((float *)(base + 87552))[idx] = v634;
      ((float *)(base + 351232))[idx] = v635;
      ((float *)(base + 351360))[idx] = v636;
      ((float *)(base + 87680))[idx] = v637;
      ((float *)(base + 351488))[idx] = v638;
      ((float *)(base + 351616))[idx] = v639;
      ((float *)(base + 87808))[idx] = v640;
  }
}

/* train_k47_assign: mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], div f32[32, 96], div f32[32, 96], sqrt f32[32, 96], add f32[32, 96], div f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], sub f32[32, 96], assign f32[32, 96], assign f32[32, 96], assign f32[32, 96] */
void train_k47_assign(char *base) {
  for (int64_t idx = 0; idx < 3072LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float a210 = ((float *)(base + 126464))[idx];
      const float a303 = ((float *)(base + 360128))[0];
      const float a381 = ((float *)(base + 250112))[idx];
      const float a382 = ((float *)(base + 262400))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a239 = ((float *)(base + 2899776))[0];
      const float a26 = ((float *)(base + 37120))[idx];
      const float a238 = ((float *)(base + 2899712))[0];
      const float v383 = (a210 * a303);
      const float v384 = (v383 * 0.1f);
      const float v385 = (a381 * 0.9f);
      const float v386 = (v385 + v384);
      const float v387 = (v383 * v383);
      const float v388 = (v387 * 0.05f);
      const float v389 = (a382 * 0.95f);
      const float v390 = (v389 + v388);
      const float v391 = (v386 / a241);
      const float v392 = (v390 / a242);
      const float v393 = sqrtf(v392);
      const float v394 = (v393 + 1e-08f);
      const float v395 = (v391 / v394);
      const float v396 = (a239 * a26);
      const float v397 = (v395 + v396);
      const float v398 = (a238 * v397);
      const float v399 = (a26 - v398);
      const float v605 = v386;
      const float v606 = v390;
      const float v607 = v399;
      ((float *)(base + 250112))[idx] = v605;
      ((float *)(base + 262400))[idx] = v606;
      ((float *)(base + 37120))[idx] = v607;
  }
}

/* train_k48_assign: mul f32[96], mul f32[96], mul f32[96], add f32[96], mul f32[96], mul f32[96], mul f32[96], add f32[96], div f32[96], div f32[96], sqrt f32[96], add f32[96], div f32[96], mul f32[96], sub f32[96], assign f32[96], assign f32[96], assign f32[96] */
void train_k48_assign(char *base) {
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float a206 = ((float *)(base + 126080))[idx];
      const float a303 = ((float *)(base + 360128))[0];
      const float a400 = ((float *)(base + 274688))[idx];
      const float a401 = ((float *)(base + 275072))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a238 = ((float *)(base + 2899712))[0];
      const float a28 = ((float *)(base + 49408))[idx];
      const float v402 = (a206 * a303);
      const float v403 = (v402 * 0.1f);
      const float v404 = (a400 * 0.9f);
      const float v405 = (v404 + v403);
      const float v406 = (v402 * v402);
      const float v407 = (v406 * 0.05f);
      const float v408 = (a401 * 0.95f);
      const float v409 = (v408 + v407);
      const float v410 = (v405 / a241);
      const float v411 = (v409 / a242);
      const float v412 = sqrtf(v411);
      const float v413 = (v412 + 1e-08f);
      const float v414 = (v410 / v413);
      const float v415 = (a238 * v414);
      const float v416 = (a28 - v415);
      const float v608 = v405;
      const float v609 = v409;
      const float v610 = v416;
      ((float *)(base + 274688))[idx] = v608;
      ((float *)(base + 275072))[idx] = v609;
      ((float *)(base + 49408))[idx] = v610;
  }
}

/* train_k49_assign: mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], div f32[32, 128], div f32[32, 128], sqrt f32[32, 128], add f32[32, 128], div f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], sub f32[32, 128], assign f32[32, 128], assign f32[32, 128], assign f32[32, 128] */
void train_k49_assign(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a157 = ((float *)(base + 105216))[idx];
      const float a303 = ((float *)(base + 360128))[0];
      const float a487 = ((float *)(base + 284416))[idx];
      const float a488 = ((float *)(base + 300800))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a239 = ((float *)(base + 2899776))[0];
      const float a61 = ((float *)(base + 54272))[idx];
      const float a238 = ((float *)(base + 2899712))[0];
      const float v489 = (a157 * a303);
      const float v490 = (v489 * 0.1f);
      const float v491 = (a487 * 0.9f);
      const float v492 = (v491 + v490);
      const float v493 = (v489 * v489);
      const float v494 = (v493 * 0.05f);
      const float v495 = (a488 * 0.95f);
      const float v496 = (v495 + v494);
      const float v497 = (v492 / a241);
      const float v498 = (v496 / a242);
      const float v499 = sqrtf(v498);
      const float v500 = (v499 + 1e-08f);
      const float v501 = (v497 / v500);
      const float v502 = (a239 * a61);
      const float v503 = (v501 + v502);
      const float v504 = (a238 * v503);
      const float v505 = (a61 - v504);
      const float v623 = v492;
      const float v624 = v496;
      const float v625 = v505;
      ((float *)(base + 284416))[idx] = v623;
      ((float *)(base + 300800))[idx] = v624;
      ((float *)(base + 54272))[idx] = v625;
  }
}

/* train_k50_assign: mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], div f32[128, 32], div f32[128, 32], sqrt f32[128, 32], add f32[128, 32], div f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], sub f32[128, 32], assign f32[128, 32], assign f32[128, 32], assign f32[128, 32] */
void train_k50_assign(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a150 = ((float *)(base + 88320))[idx];
      const float a303 = ((float *)(base + 360128))[0];
      const float a523 = ((float *)(base + 318208))[idx];
      const float a524 = ((float *)(base + 334592))[idx];
      const float a241 = ((float *)(base + 2899904))[0];
      const float a242 = ((float *)(base + 2899968))[0];
      const float a239 = ((float *)(base + 2899776))[0];
      const float a66 = ((float *)(base + 71168))[idx];
      const float a238 = ((float *)(base + 2899712))[0];
      const float v525 = (a150 * a303);
      const float v526 = (v525 * 0.1f);
      const float v527 = (a523 * 0.9f);
      const float v528 = (v527 + v526);
      const float v529 = (v525 * v525);
      const float v530 = (v529 * 0.05f);
      const float v531 = (a524 * 0.95f);
      const float v532 = (v531 + v530);
      const float v533 = (v528 / a241);
      const float v534 = (v532 / a242);
      const float v535 = sqrtf(v534);
      const float v536 = (v535 + 1e-08f);
      const float v537 = (v533 / v536);
      const float v538 = (a239 * a66);
      const float v539 = (v537 + v538);
      const float v540 = (a238 * v539);
      const float v541 = (a66 - v540);
      const float v629 = v528;
      const float v630 = v532;
      const float v631 = v541;
      ((float *)(base + 318208))[idx] = v629;
      ((float *)(base + 334592))[idx] = v630;
      ((float *)(base + 71168))[idx] = v631;
  }
}

/* eval_k51_gather: gather f32[16, 32, 32] */
void eval_k51_gather(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 949760))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 949760))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 359936))[idx] = v3;
  }
}

/* eval_k52_positions: positions i32[32] */
void eval_k52_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 953856))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 429568))[idx] = v6;
  }
}

/* eval_k53_gather: gather f32[32, 32] */
void eval_k53_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 429568))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 429568))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 425472))[idx] = v7;
  }
}

/* eval_k54_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k54_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 359936))[idx];
      const float a7 = ((float *)(base + 425472))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.03125f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 359936))[idx];
      const float a7 = ((float *)(base + 425472))[(idx % 1024LL)];
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
      const float a3 = ((float *)(base + 359936))[idx];
      const float a7 = ((float *)(base + 425472))[(idx % 1024LL)];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a10 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 556544))[idx] = v8;
      ((float *)(base + 622080))[idx] = v23;
    }
  }
}

/* eval_k55_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void eval_k55_slice(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v28 = ((float *)(base + 359936))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v29 = ((float *)(base + 359936))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v30 = ((float *)(base + 359936))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 622080))[idx] = v28;
      ((float *)(base + 687616))[idx] = v29;
      ((float *)(base + 753152))[idx] = v30;
  }
}

/* eval_k56_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void eval_k56_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v32 = ((float *)(base + 622080))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v34 = ((float *)(base + 687616))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v36 = ((float *)(base + 753152))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 359936))[idx] = v32;
      ((float *)(base + 425472))[idx] = v34;
      ((float *)(base + 491008))[idx] = v36;
  }
}

/* eval_k57_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void eval_k57_attention(char *base) {
  const float *Q = (const float *)(base + 359936); (void)Q;
  const float *K = (const float *)(base + 425472); (void)K;
  const float *V = (const float *)(base + 491008); (void)V;
  const int32_t *P = (const int32_t *)(base + 953856); (void)P;
  float *out = (float *)(base + 622080); (void)out;
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

/* eval_k58_permute: permute f32[16, 32, 2, 16] */
void eval_k58_permute(char *base) {
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v38 = ((float *)(base + 622080))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 359936))[idx] = v38;
  }
}

/* eval_k59_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k59_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 556544))[idx];
      const float a43 = ((float *)(base + 425472))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.03125f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 556544))[idx];
      const float a43 = ((float *)(base + 425472))[idx];
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
      const float a8 = ((float *)(base + 556544))[idx];
      const float a43 = ((float *)(base + 425472))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a46 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 622080))[idx] = v44;
      ((float *)(base + 687616))[idx] = v57;
    }
  }
}

/* eval_k60_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k60_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 622080))[idx];
      const float a66 = ((float *)(base + 687616))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.03125f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 622080))[idx];
      const float a66 = ((float *)(base + 687616))[idx];
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
      const float a44 = ((float *)(base + 622080))[idx];
      const float a66 = ((float *)(base + 687616))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a69 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 884224))[idx] = v80;
    }
  }
}

/* eval_k61_rowmax: max_reduce f32[16, 32, 1], sub f32[16, 32, 256], exp f32[16, 32, 256], sum f32[16, 32, 1], log f32[16, 32, 1], add f32[16, 32, 1], one_hot f32[16, 32, 256], mul f32[16, 32, 256], sum f32[16, 32, 1], sub f32[16, 32, 1] */
void eval_k61_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc82 = -G23_INF;
    double acc91 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a88 = ((int32_t *)(base + 951808))[(idx / 256LL)];
      const float a81 = ((float *)(base + 359936))[idx];
      const float v89 = (float)(col == (int64_t)a88);
      const float v90 = (a81 * v89);
      acc82 = fmax(acc82, a81);
      acc91 = acc91 + v90;
    }
      const float v82 = (float)acc82;
      const float v91 = (float)acc91;
    double acc85 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a81 = ((float *)(base + 359936))[idx];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      acc85 = acc85 + v84;
    }
      const float v85 = (float)acc85;
      const float v86 = logf(v85);
      const float v87 = (v86 + v82);
      const float v92 = (v87 - v91);
    {
      ((float *)(base + 884224))[r] = v92;
    }
  }
}

/* eval_k62_rowsum: sum f32[1], mul f32[1] */
void eval_k62_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc94 = 0.0f;
    for (int64_t col = 0; col < 512LL; col++) {
      const int64_t idx = r * 512LL + col; (void)idx;
      const float a93 = ((float *)(base + 884224))[idx];
      acc94 = acc94 + a93;
    }
      const float v94 = (float)acc94;
      const float v96 = (v94 * 0.001953125f);
    {
      ((float *)(base + 359936))[r] = v96;
    }
  }
}

/* prefill_k63_gather: gather f32[1, 32, 32] */
void prefill_k63_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 396800))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 396800))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 359936))[idx] = v2;
  }
}

/* prefill_k64_positions: positions i32[32] */
void prefill_k64_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 396928))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 368128))[idx] = v5;
  }
}

/* prefill_k65_gather: gather f32[32, 32] */
void prefill_k65_gather(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 368128))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 368128))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 364032))[idx] = v6;
  }
}

/* prefill_k66_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k66_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 359936))[idx];
      const float a6 = ((float *)(base + 364032))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.03125f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 359936))[idx];
      const float a6 = ((float *)(base + 364032))[idx];
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
      const float a2 = ((float *)(base + 359936))[idx];
      const float a6 = ((float *)(base + 364032))[idx];
      const float a8 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a9 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 372224))[idx] = v7;
      ((float *)(base + 376320))[idx] = v22;
    }
  }
}

/* prefill_k67_slice: slice f32[1, 32, 32], slice f32[1, 32, 32], slice f32[1, 32, 32] */
void prefill_k67_slice(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v27 = ((float *)(base + 359936))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v28 = ((float *)(base + 359936))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v29 = ((float *)(base + 359936))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 376320))[idx] = v27;
      ((float *)(base + 380416))[idx] = v28;
      ((float *)(base + 384512))[idx] = v29;
  }
}

/* prefill_k68_permute: permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16] */
void prefill_k68_permute(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v31 = ((float *)(base + 376320))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v33 = ((float *)(base + 380416))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v35 = ((float *)(base + 384512))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 359936))[idx] = v31;
      ((float *)(base + 364032))[idx] = v33;
      ((float *)(base + 368128))[idx] = v35;
  }
}

/* prefill_k69_cache_write: cache_write f32[1, 2, 32, 16] */
void prefill_k69_cache_write(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 32LL, bh = idx / 512LL;
      const int64_t p = (int64_t)((int32_t *)(base + 396928))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 351744))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 364032))[idx];
  }
}

/* prefill_k70_cache_write: cache_write f32[1, 2, 32, 16] */
void prefill_k70_cache_write(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 32LL, bh = idx / 512LL;
      const int64_t p = (int64_t)((int32_t *)(base + 396928))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 355840))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 368128))[idx];
  }
}

/* prefill_k71_attention: attention forward: q[1, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [1, 2, 32, 16] */
void prefill_k71_attention(char *base) {
  const float *Q = (const float *)(base + 359936); (void)Q;
  const float *K = (const float *)(base + 351744); (void)K;
  const float *V = (const float *)(base + 355840); (void)V;
  const int32_t *P = (const int32_t *)(base + 396928); (void)P;
  float *out = (float *)(base + 364032); (void)out;
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

/* prefill_k72_permute: permute f32[1, 32, 2, 16] */
void prefill_k72_permute(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v41 = ((float *)(base + 364032))[0 + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 359936))[idx] = v41;
  }
}

/* prefill_k73_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k73_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 372224))[idx];
      const float a46 = ((float *)(base + 364032))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.03125f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 372224))[idx];
      const float a46 = ((float *)(base + 364032))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v53 = (v52 * v52);
      acc54 = acc54 + v53;
    }
      const float v54 = (float)acc54;
      const float v55 = (v54 * 0.03125f);
      const float v56 = (v55 + 1e-05f);
      const float v57 = (1.0f / sqrtf(v56));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 372224))[idx];
      const float a46 = ((float *)(base + 364032))[idx];
      const float a48 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a49 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 376320))[idx] = v47;
      ((float *)(base + 380416))[idx] = v60;
    }
  }
}

/* prefill_k74_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k74_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 376320))[idx];
      const float a69 = ((float *)(base + 380416))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.03125f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 376320))[idx];
      const float a69 = ((float *)(base + 380416))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v76 = (v75 * v75);
      acc77 = acc77 + v76;
    }
      const float v77 = (float)acc77;
      const float v78 = (v77 * 0.03125f);
      const float v79 = (v78 + 1e-05f);
      const float v80 = (1.0f / sqrtf(v79));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 376320))[idx];
      const float a69 = ((float *)(base + 380416))[idx];
      const float a71 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a72 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 392704))[idx] = v83;
    }
  }
}

/* decode_k75_gather: gather f32[1, 1, 32] */
void decode_k75_gather(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 361088))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 361088))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 359936))[idx] = v2;
  }
}

/* decode_k76_positions: positions i32[1] */
void decode_k76_positions(char *base) {
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 361152))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 360192))[idx] = v5;
  }
}

/* decode_k77_gather: gather f32[1, 32] */
void decode_k77_gather(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 360192))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 360192))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 360064))[idx] = v6;
  }
}

/* decode_k78_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k78_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 359936))[idx];
      const float a6 = ((float *)(base + 360064))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.03125f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 359936))[idx];
      const float a6 = ((float *)(base + 360064))[idx];
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
      const float a2 = ((float *)(base + 359936))[idx];
      const float a6 = ((float *)(base + 360064))[idx];
      const float a8 = ((float *)(base + 36864))[idx];
      const float a9 = ((float *)(base + 36992))[idx];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 360320))[idx] = v7;
      ((float *)(base + 360448))[idx] = v22;
    }
  }
}

/* decode_k79_slice: slice f32[1, 1, 32], slice f32[1, 1, 32], slice f32[1, 1, 32] */
void decode_k79_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v27 = ((float *)(base + 359936))[0 + ((idx / 1LL % 32LL)) * 1LL];
      const float v28 = ((float *)(base + 359936))[0 + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v29 = ((float *)(base + 359936))[0 + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 360448))[idx] = v27;
      ((float *)(base + 360576))[idx] = v28;
      ((float *)(base + 360704))[idx] = v29;
  }
}

/* decode_k80_permute: permute f32[1, 2, 1, 16], permute f32[1, 2, 1, 16], permute f32[1, 2, 1, 16] */
void decode_k80_permute(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v31 = ((float *)(base + 360448))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v33 = ((float *)(base + 360576))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v35 = ((float *)(base + 360704))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 359936))[idx] = v31;
      ((float *)(base + 360064))[idx] = v33;
      ((float *)(base + 360192))[idx] = v35;
  }
}

/* decode_k81_cache_write: cache_write f32[1, 2, 32, 16] */
void decode_k81_cache_write(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 1LL, bh = idx / 16LL;
      const int64_t p = (int64_t)((int32_t *)(base + 361152))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 351744))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 360064))[idx];
  }
}

/* decode_k82_cache_write: cache_write f32[1, 2, 32, 16] */
void decode_k82_cache_write(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 1LL, bh = idx / 16LL;
      const int64_t p = (int64_t)((int32_t *)(base + 361152))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 355840))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 360192))[idx];
  }
}

/* decode_k83_attention: attention forward: q[1, 2, 1, 16] S=32 causal score=((s) * 0.25f) -> [1, 2, 1, 16] */
void decode_k83_attention(char *base) {
  const float *Q = (const float *)(base + 359936); (void)Q;
  const float *K = (const float *)(base + 351744); (void)K;
  const float *V = (const float *)(base + 355840); (void)V;
  const int32_t *P = (const int32_t *)(base + 361152); (void)P;
  float *out = (float *)(base + 360064); (void)out;
  for (int64_t idx = 0; idx < 2LL; idx++) {
    const int64_t t = idx % 1LL, bh = idx / 1LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 1LL;
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

/* decode_k84_permute: permute f32[1, 1, 2, 16] */
void decode_k84_permute(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v41 = ((float *)(base + 360064))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 359936))[idx] = v41;
  }
}

/* decode_k85_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k85_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 360320))[idx];
      const float a46 = ((float *)(base + 360064))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.03125f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 360320))[idx];
      const float a46 = ((float *)(base + 360064))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v53 = (v52 * v52);
      acc54 = acc54 + v53;
    }
      const float v54 = (float)acc54;
      const float v55 = (v54 * 0.03125f);
      const float v56 = (v55 + 1e-05f);
      const float v57 = (1.0f / sqrtf(v56));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 360320))[idx];
      const float a46 = ((float *)(base + 360064))[idx];
      const float a48 = ((float *)(base + 54016))[idx];
      const float a49 = ((float *)(base + 54144))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 360448))[idx] = v47;
      ((float *)(base + 360576))[idx] = v60;
    }
  }
}

/* decode_k86_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k86_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 360448))[idx];
      const float a69 = ((float *)(base + 360576))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.03125f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 360448))[idx];
      const float a69 = ((float *)(base + 360576))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v76 = (v75 * v75);
      acc77 = acc77 + v76;
    }
      const float v77 = (float)acc77;
      const float v78 = (v77 * 0.03125f);
      const float v79 = (v78 + 1e-05f);
      const float v80 = (1.0f / sqrtf(v79));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 360448))[idx];
      const float a69 = ((float *)(base + 360576))[idx];
      const float a71 = ((float *)(base + 87680))[idx];
      const float a72 = ((float *)(base + 87808))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 360960))[idx] = v83;
    }
  }
}

