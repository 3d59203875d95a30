/* gpt23 kernels for classifier.net, C dialect (generated; do not edit). */
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


/* train_k0_gather: gather f32[2, 8, 16] */
void train_k0_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 220416))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 220416))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 174336))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[8] */
void train_k1_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 220480))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 220928))[idx] = v6;
  }
}

/* train_k2_gather: gather f32[8, 16] */
void train_k2_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 220928))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 220928))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175360))[idx] = v7;
  }
}

/* train_k3_rowsum: add f32[2, 8, 16], dropout f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k3_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc13 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 174336))[idx];
      const float a7 = ((float *)(base + 175360))[(idx % 128LL)];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      acc13 = acc13 + v10;
    }
      const float v13 = (float)acc13;
      const float v15 = (v13 * 0.0625f);
    double acc18 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 174336))[idx];
      const float a7 = ((float *)(base + 175360))[(idx % 128LL)];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      const float v16 = (v10 - v15);
      const float v17 = (v16 * v16);
      acc18 = acc18 + v17;
    }
      const float v18 = (float)acc18;
      const float v19 = (v18 * 0.0625f);
      const float v21 = (v19 + 1e-05f);
      const float v22 = (1.0f / sqrtf(v21));
      const float v376 = (v22 * v22);
      const float v377 = (v376 * v22);
      const float v378 = (v377 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 174336))[idx];
      const float a7 = ((float *)(base + 175360))[(idx % 128LL)];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a12 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      const float v16 = (v10 - v15);
      const float v23 = (v16 * v22);
      const float v24 = (v23 * a11);
      const float v25 = (v24 + a12);
      ((float *)(base + 177408))[idx] = v10;
      ((float *)(base + 194816))[idx] = v16;
      ((float *)(base + 195840))[idx] = v23;
      ((float *)(base + 196864))[idx] = v25;
    }
    {
      ((float *)(base + 220992))[r] = v22;
      ((float *)(base + 221056))[r] = v378;
    }
  }
}

/* train_k4_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k4_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v30 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v31 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v32 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 178432))[idx] = v30;
      ((float *)(base + 179456))[idx] = v31;
      ((float *)(base + 180480))[idx] = v32;
  }
}

/* train_k5_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k5_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v34 = ((float *)(base + 178432))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 179456))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v38 = ((float *)(base + 180480))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 197888))[idx] = v34;
      ((float *)(base + 198912))[idx] = v36;
      ((float *)(base + 199936))[idx] = v38;
  }
}

/* train_k6_attention: attention forward: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k6_attention(char *base) {
  const float *Q = (const float *)(base + 197888); (void)Q;
  const float *K = (const float *)(base + 198912); (void)K;
  const float *V = (const float *)(base + 199936); (void)V;
  const int32_t *P = (const int32_t *)(base + 220480); (void)P;
  float *out = (float *)(base + 200960); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 8LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 8LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = acc[d] * inv;
  }
}

/* train_k7_permute: permute f32[2, 8, 2, 8] */
void train_k7_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v40 = ((float *)(base + 200960))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 201984))[idx] = v40;
  }
}

/* train_k8_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k8_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a45 = ((float *)(base + 174336))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a10 = ((float *)(base + 177408))[idx];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a45 = ((float *)(base + 174336))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a10 = ((float *)(base + 177408))[idx];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      const float v52 = (v47 - v51);
      const float v53 = (v52 * v52);
      acc54 = acc54 + v53;
    }
      const float v54 = (float)acc54;
      const float v55 = (v54 * 0.0625f);
      const float v56 = (v55 + 1e-05f);
      const float v57 = (1.0f / sqrtf(v56));
      const float v323 = (v57 * v57);
      const float v324 = (v323 * v57);
      const float v325 = (v324 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a45 = ((float *)(base + 174336))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a10 = ((float *)(base + 177408))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a49 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 182528))[idx] = v47;
      ((float *)(base + 203008))[idx] = v52;
      ((float *)(base + 204032))[idx] = v58;
      ((float *)(base + 205056))[idx] = v60;
    }
    {
      ((float *)(base + 221120))[r] = v57;
      ((float *)(base + 221184))[r] = v325;
    }
  }
}

/* train_k9_gelu: gelu f32[2, 8, 64] */
void train_k9_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a64 = ((float *)(base + 174336))[idx];
      const float v65 = g23_gelu(a64);
      ((float *)(base + 178432))[idx] = v65;
  }
}

/* train_k10_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k10_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a69 = ((float *)(base + 183552))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a47 = ((float *)(base + 182528))[idx];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      acc74 = acc74 + v71;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.0625f);
    double acc78 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a69 = ((float *)(base + 183552))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a47 = ((float *)(base + 182528))[idx];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      const float v76 = (v71 - v75);
      const float v77 = (v76 * v76);
      acc78 = acc78 + v77;
    }
      const float v78 = (float)acc78;
      const float v79 = (v78 * 0.0625f);
      const float v80 = (v79 + 1e-05f);
      const float v81 = (1.0f / sqrtf(v80));
      const float v288 = (v81 * v81);
      const float v289 = (v288 * v81);
      const float v290 = (v289 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a69 = ((float *)(base + 183552))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a47 = ((float *)(base + 182528))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a73 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      const float v76 = (v71 - v75);
      const float v82 = (v76 * v81);
      const float v83 = (v82 * a72);
      const float v84 = (v83 + a73);
      ((float *)(base + 185600))[idx] = v71;
      ((float *)(base + 206080))[idx] = v76;
      ((float *)(base + 207104))[idx] = v82;
      ((float *)(base + 208128))[idx] = v84;
    }
    {
      ((float *)(base + 221248))[r] = v81;
      ((float *)(base + 221312))[r] = v290;
    }
  }
}

/* train_k11_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k11_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v89 = ((float *)(base + 182528))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v90 = ((float *)(base + 182528))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v91 = ((float *)(base + 182528))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 186624))[idx] = v89;
      ((float *)(base + 187648))[idx] = v90;
      ((float *)(base + 188672))[idx] = v91;
  }
}

/* train_k12_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k12_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v93 = ((float *)(base + 186624))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v95 = ((float *)(base + 187648))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v97 = ((float *)(base + 188672))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 209152))[idx] = v93;
      ((float *)(base + 210176))[idx] = v95;
      ((float *)(base + 211200))[idx] = v97;
  }
}

/* train_k13_attention: attention forward: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k13_attention(char *base) {
  const float *Q = (const float *)(base + 209152); (void)Q;
  const float *K = (const float *)(base + 210176); (void)K;
  const float *V = (const float *)(base + 211200); (void)V;
  const int32_t *P = (const int32_t *)(base + 220480); (void)P;
  float *out = (float *)(base + 212224); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 8LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 8LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = acc[d] * inv;
  }
}

/* train_k14_permute: permute f32[2, 8, 2, 8] */
void train_k14_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v99 = ((float *)(base + 212224))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 213248))[idx] = v99;
  }
}

/* train_k15_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k15_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc109 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a104 = ((float *)(base + 182528))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a71 = ((float *)(base + 185600))[idx];
      const float v105 = g23_dropout(a104, a9, 3LL, idx, 0.1f);
      const float v106 = (a71 + v105);
      acc109 = acc109 + v106;
    }
      const float v109 = (float)acc109;
      const float v110 = (v109 * 0.0625f);
    double acc113 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a104 = ((float *)(base + 182528))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a71 = ((float *)(base + 185600))[idx];
      const float v105 = g23_dropout(a104, a9, 3LL, idx, 0.1f);
      const float v106 = (a71 + v105);
      const float v111 = (v106 - v110);
      const float v112 = (v111 * v111);
      acc113 = acc113 + v112;
    }
      const float v113 = (float)acc113;
      const float v114 = (v113 * 0.0625f);
      const float v115 = (v114 + 1e-05f);
      const float v116 = (1.0f / sqrtf(v115));
      const float v235 = (v116 * v116);
      const float v236 = (v235 * v116);
      const float v237 = (v236 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a104 = ((float *)(base + 182528))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a71 = ((float *)(base + 185600))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a108 = ((float *)(base + 34560))[(idx % 16LL)];
      const float v105 = g23_dropout(a104, a9, 3LL, idx, 0.1f);
      const float v106 = (a71 + v105);
      const float v111 = (v106 - v110);
      const float v117 = (v111 * v116);
      const float v118 = (v117 * a107);
      const float v119 = (v118 + a108);
      ((float *)(base + 190720))[idx] = v106;
      ((float *)(base + 214272))[idx] = v111;
      ((float *)(base + 215296))[idx] = v117;
      ((float *)(base + 216320))[idx] = v119;
    }
    {
      ((float *)(base + 221376))[r] = v116;
      ((float *)(base + 221440))[r] = v237;
    }
  }
}

/* train_k16_gelu: gelu f32[2, 8, 64] */
void train_k16_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a123 = ((float *)(base + 182528))[idx];
      const float v124 = g23_gelu(a123);
      ((float *)(base + 186624))[idx] = v124;
  }
}

/* train_k17_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k17_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc133 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a128 = ((float *)(base + 191744))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a106 = ((float *)(base + 190720))[idx];
      const float v129 = g23_dropout(a128, a9, 4LL, idx, 0.1f);
      const float v130 = (a106 + v129);
      acc133 = acc133 + v130;
    }
      const float v133 = (float)acc133;
      const float v134 = (v133 * 0.0625f);
    double acc137 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a128 = ((float *)(base + 191744))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a106 = ((float *)(base + 190720))[idx];
      const float v129 = g23_dropout(a128, a9, 4LL, idx, 0.1f);
      const float v130 = (a106 + v129);
      const float v135 = (v130 - v134);
      const float v136 = (v135 * v135);
      acc137 = acc137 + v136;
    }
      const float v137 = (float)acc137;
      const float v138 = (v137 * 0.0625f);
      const float v139 = (v138 + 1e-05f);
      const float v140 = (1.0f / sqrtf(v139));
      const float v200 = (v140 * v140);
      const float v201 = (v200 * v140);
      const float v203 = (v201 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a128 = ((float *)(base + 191744))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float a106 = ((float *)(base + 190720))[idx];
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a132 = ((float *)(base + 43200))[(idx % 16LL)];
      const float v129 = g23_dropout(a128, a9, 4LL, idx, 0.1f);
      const float v130 = (a106 + v129);
      const float v135 = (v130 - v134);
      const float v141 = (v135 * v140);
      const float v142 = (v141 * a131);
      const float v143 = (v142 + a132);
      ((float *)(base + 192768))[idx] = v135;
      ((float *)(base + 193792))[idx] = v141;
      ((float *)(base + 217344))[idx] = v143;
    }
    {
      ((float *)(base + 221504))[r] = v140;
      ((float *)(base + 221568))[r] = v203;
    }
  }
}

/* train_k18_rowsum: permute f32[2, 16, 8], sum f32[2, 16, 1], mul f32[2, 16, 1] */
void train_k18_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc145 = 0.0f;
    for (int64_t col = 0; col < 8LL; col++) {
      const int64_t idx = r * 8LL + col; (void)idx;
      const float v144 = ((float *)(base + 217344))[0 + ((idx / 128LL)) * 128LL + ((idx / 8LL % 16LL)) * 1LL + ((idx / 1LL % 8LL)) * 16LL];
      acc145 = acc145 + v144;
    }
      const float v145 = (float)acc145;
      const float v147 = (v145 * 0.125f);
    {
      ((float *)(base + 190720))[r] = v147;
    }
  }
}

/* train_k19_rowmax: max_reduce f32[2, 1], sub f32[2, 4], exp f32[2, 4], sum f32[2, 1], log f32[2, 1], add f32[2, 1], one_hot f32[2, 4], mul f32[2, 4], sum f32[2, 1], sub f32[2, 1], mul f32[2, 4], div f32[2, 1], expand f32[2, 4], mul f32[2, 4], add f32[2, 4], neg f32[2, 4], sum f32[2, 1], add f32[2, 1], lt f32[2, 4], sub f32[2, 4], sum f32[2, 1], div f32[2, 4], mul f32[2, 4], add f32[2, 4] */
void train_k19_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 2LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc153 = -G23_INF;
    double acc162 = 0.0f;
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const int32_t a159 = ((int32_t *)(base + 218368))[(idx / 4LL)];
      const float a152 = ((float *)(base + 190848))[idx];
      const float v160 = (float)(col == (int64_t)a159);
      const float v161 = (a152 * v160);
      acc153 = fmax(acc153, a152);
      acc162 = acc162 + v161;
    }
      const float v153 = (float)acc153;
      const float v162 = (float)acc162;
    double acc156 = 0.0f;
    double acc182 = 0.0f;
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const float a152 = ((float *)(base + 190848))[idx];
      const float v154 = (a152 - v153);
      const float v155 = expf(v154);
      const float v179 = (float)(a152 < v153);
      const float v181 = (1.0f - v179);
      acc156 = acc156 + v155;
      acc182 = acc182 + v181;
    }
      const float v156 = (float)acc156;
      const float v157 = logf(v156);
      const float v158 = (v157 + v153);
      const float v163 = (v158 - v162);
      const float v172 = (0.5f / v156);
      const float v182 = (float)acc182;
    double acc177 = 0.0f;
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const float a152 = ((float *)(base + 190848))[idx];
      const float v154 = (a152 - v153);
      const float v155 = expf(v154);
      const float v173 = v172;
      const float v174 = (v173 * v155);
      const float v176 = (-v174);
      acc177 = acc177 + v176;
    }
      const float v177 = (float)acc177;
      const float v178 = (0.5f + v177);
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const float a152 = ((float *)(base + 190848))[idx];
      const int32_t a159 = ((int32_t *)(base + 218368))[(idx / 4LL)];
      const float v154 = (a152 - v153);
      const float v155 = expf(v154);
      const float v160 = (float)(col == (int64_t)a159);
      const float v171 = ((-0.5f) * v160);
      const float v173 = v172;
      const float v174 = (v173 * v155);
      const float v175 = (v171 + v174);
      const float v179 = (float)(a152 < v153);
      const float v181 = (1.0f - v179);
      const float v183 = (v181 / v182);
      const float v184 = (v178 * v183);
      const float v185 = (v175 + v184);
      ((float *)(base + 190976))[idx] = v185;
    }
    {
      ((float *)(base + 190912))[r] = v163;
    }
  }
}

/* train_k20_rowsum: sum f32[1], mul f32[1] */
void train_k20_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc165 = 0.0f;
    for (int64_t col = 0; col < 2LL; col++) {
      const int64_t idx = r * 2LL + col; (void)idx;
      const float a164 = ((float *)(base + 190912))[idx];
      acc165 = acc165 + a164;
    }
      const float v165 = (float)acc165;
      const float v167 = (v165 * 0.5f);
    {
      ((float *)(base + 221632))[r] = v167;
    }
  }
}

/* train_k21_reduce_to: reduce_to f32[4] */
void train_k21_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 4LL;
        acc += ((float *)(base + 190976))[ii];
      }
      ((float *)(base + 43584))[idx] = acc;
  }
}

/* train_k22_mul: mul f32[2, 16, 1] */
void train_k22_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const float a189 = ((float *)(base + 190848))[idx];
      const float v190 = (a189 * 0.125f);
      ((float *)(base + 191744))[idx] = v190;
  }
}

/* train_k23_expand: expand f32[2, 16, 8] */
void train_k23_expand(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float a190 = ((float *)(base + 191744))[(idx / 8LL)];
      const float v191 = a190;
      ((float *)(base + 190720))[idx] = v191;
  }
}

/* train_k24_rowsum: permute f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k24_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc199 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a135 = ((float *)(base + 192768))[idx];
      const float v192 = ((float *)(base + 190720))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 1LL + ((idx / 1LL % 16LL)) * 8LL];
      const float v194 = (v192 * a131);
      const float v198 = (v194 * a135);
      acc199 = acc199 + v198;
    }
      const float b203 = ((float *)(base + 221568))[r];
      const float v199 = (float)acc199;
      const float v204 = (v199 * b203);
      const float v205 = (v204 * 0.0625f);
    double acc211 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a140 = ((float *)(base + 221504))[(idx / 16LL)];
      const float a135 = ((float *)(base + 192768))[idx];
      const float v192 = ((float *)(base + 190720))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 1LL + ((idx / 1LL % 16LL)) * 8LL];
      const float v194 = (v192 * a131);
      const float v197 = (v194 * a140);
      const float v206 = v205;
      const float v207 = (v206 * a135);
      const float v208 = (v197 + v207);
      const float v209 = (v208 + v207);
      const float v210 = (-v209);
      acc211 = acc211 + v210;
    }
      const float v211 = (float)acc211;
      const float v212 = (v211 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a141 = ((float *)(base + 193792))[idx];
      const float a140 = ((float *)(base + 221504))[(idx / 16LL)];
      const float a135 = ((float *)(base + 192768))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float v192 = ((float *)(base + 190720))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 1LL + ((idx / 1LL % 16LL)) * 8LL];
      const float v194 = (v192 * a131);
      const float v195 = (v192 * a141);
      const float v197 = (v194 * a140);
      const float v206 = v205;
      const float v207 = (v206 * a135);
      const float v208 = (v197 + v207);
      const float v209 = (v208 + v207);
      const float v213 = v212;
      const float v214 = (v209 + v213);
      const float v215 = g23_dropout(v214, a9, 4LL, idx, 0.1f);
      ((float *)(base + 191744))[idx] = v192;
      ((float *)(base + 217344))[idx] = v195;
      ((float *)(base + 218368))[idx] = v214;
      ((float *)(base + 219392))[idx] = v215;
    }
  }
}

/* train_k25_reduce_to: reduce_to f32[16] */
void train_k25_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 191744))[ii];
      }
      ((float *)(base + 43904))[idx] = acc;
  }
}

/* train_k26_reduce_to: reduce_to f32[16] */
void train_k26_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 217344))[ii];
      }
      ((float *)(base + 43968))[idx] = acc;
  }
}

/* train_k27_reduce_to: reduce_to f32[16] */
void train_k27_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 219392))[ii];
      }
      ((float *)(base + 44032))[idx] = acc;
  }
}

/* train_k28_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k28_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a123 = ((float *)(base + 182528))[idx];
      const float a217 = ((float *)(base + 190720))[idx];
      const float v221 = g23_gelu_grad(a123);
      const float v222 = (a217 * v221);
      ((float *)(base + 186624))[idx] = v222;
  }
}

/* train_k29_reduce_to: reduce_to f32[64] */
void train_k29_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 186624))[ii];
      }
      ((float *)(base + 48192))[idx] = acc;
  }
}

/* train_k30_reduce_to: reduce_to f32[16] */
void train_k30_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 182528))[ii];
      }
      ((float *)(base + 52544))[idx] = acc;
  }
}

/* train_k31_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k31_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc234 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a224 = ((float *)(base + 182528))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a111 = ((float *)(base + 214272))[idx];
      const float v229 = (a224 * a107);
      const float v233 = (v229 * a111);
      acc234 = acc234 + v233;
    }
      const float b237 = ((float *)(base + 221440))[r];
      const float v234 = (float)acc234;
      const float v238 = (v234 * b237);
      const float v239 = (v238 * 0.0625f);
    double acc246 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a224 = ((float *)(base + 182528))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a116 = ((float *)(base + 221376))[(idx / 16LL)];
      const float a111 = ((float *)(base + 214272))[idx];
      const float v229 = (a224 * a107);
      const float v232 = (v229 * a116);
      const float v240 = v239;
      const float v241 = (v240 * a111);
      const float v242 = (v232 + v241);
      const float v243 = (v242 + v241);
      const float v245 = (-v243);
      acc246 = acc246 + v245;
    }
      const float v246 = (float)acc246;
      const float v247 = (v246 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a224 = ((float *)(base + 182528))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a117 = ((float *)(base + 215296))[idx];
      const float a116 = ((float *)(base + 221376))[(idx / 16LL)];
      const float a111 = ((float *)(base + 214272))[idx];
      const float a214 = ((float *)(base + 218368))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float v229 = (a224 * a107);
      const float v230 = (a224 * a117);
      const float v232 = (v229 * a116);
      const float v240 = v239;
      const float v241 = (v240 * a111);
      const float v242 = (v232 + v241);
      const float v243 = (v242 + v241);
      const float v244 = (a214 + v243);
      const float v248 = v247;
      const float v249 = (v244 + v248);
      const float v250 = g23_dropout(v249, a9, 3LL, idx, 0.1f);
      ((float *)(base + 183552))[idx] = v230;
      ((float *)(base + 185600))[idx] = v249;
      ((float *)(base + 184576))[idx] = v250;
    }
  }
}

/* train_k32_reduce_to: reduce_to f32[16] */
void train_k32_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 183552))[ii];
      }
      ((float *)(base + 52608))[idx] = acc;
  }
}

/* train_k33_reduce_to: reduce_to f32[16] */
void train_k33_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 184576))[ii];
      }
      ((float *)(base + 52672))[idx] = acc;
  }
}

/* train_k34_permute: permute f32[2, 2, 8, 8] */
void train_k34_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v257 = ((float *)(base + 182528))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 186624))[idx] = v257;
  }
}

/* train_k35_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k35_attention_dq(char *base) {
  const float *Q = (const float *)(base + 209152); (void)Q;
  const float *K = (const float *)(base + 210176); (void)K;
  const float *V = (const float *)(base + 211200); (void)V;
  const int32_t *P = (const int32_t *)(base + 220480); (void)P;
  const float *O = (const float *)(base + 212224); (void)O;
  const float *dO = (const float *)(base + 186624); (void)dO;
  float *out = (float *)(base + 182528); (void)out;
  float *tmp = (float *)(base + 187648); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    const float *dob = dO + idx * 8LL, *ob = O + idx * 8LL;
    float Di = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) Di += dob[d] * ob[d];
    float m = -G23_INF, l = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc > m) { l *= expf(m - sc); m = sc; }
      l += expf(sc - m);
    }
    const float lse = l > 0.0f ? m + logf(l) : G23_INF;
    float dq[8];
    for (int64_t d = 0; d < 8LL; d++) dq[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      const float p = expf(sc - lse);
      float dp = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - Di) * (0.353553391f);
      for (int64_t d = 0; d < 8LL; d++) dq[d] += ds * kj[d];
    }
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = dq[d];
    tmp[idx] = lse;
    tmp[32LL + idx] = Di;
  }
}

/* train_k36_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k36_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 209152); (void)Q;
  const float *K = (const float *)(base + 210176); (void)K;
  const float *V = (const float *)(base + 211200); (void)V;
  const int32_t *P = (const int32_t *)(base + 220480); (void)P;
  const float *O = (const float *)(base + 212224); (void)O;
  const float *dO = (const float *)(base + 186624); (void)dO;
  float *out = (float *)(base + 182528); (void)out;
  float *tmp = (float *)(base + 187648); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t j = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    int64_t t0 = 0, t1 = 8LL;
    if (j >= (int64_t)pos + 8LL) t1 = t0;
    const float *kj = K + idx * 8LL, *vj = V + idx * 8LL;
    float dk[8], dv[8];
    for (int64_t d = 0; d < 8LL; d++) dk[d] = dv[d] = 0.0f;
    for (int64_t t = t0; t < t1; t++) {
      const int64_t row = bh * 8LL + t, i = (int64_t)pos + t; (void)i;
      const float *q = Q + row * 8LL, *dob = dO + row * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      const float p = expf(sc - tmp[row]);
      float dp = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - tmp[32LL + row]) * (0.353553391f);
      for (int64_t d = 0; d < 8LL; d++) {
        dv[d] += p * dob[d];
        dk[d] += ds * q[d];
      }
    }
    for (int64_t d = 0; d < 8LL; d++) {
      out[256LL + idx * 8LL + d] = dk[d];
      out[512LL + idx * 8LL + d] = dv[d];
    }
  }
}

/* train_k37_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k37_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v259 = ((float *)(base + 182528))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v261 = ((float *)(base + 182528))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v263 = ((float *)(base + 182528))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 186624))[idx] = v259;
      ((float *)(base + 187648))[idx] = v261;
      ((float *)(base + 188672))[idx] = v263;
  }
}

/* train_k38_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k38_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v265 = ((float *)(base + 188672))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v267 = ((float *)(base + 187648))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v269 = ((float *)(base + 186624))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 189696))[idx] = v265;
      ((float *)(base + 190720))[idx] = v267;
      ((float *)(base + 191744))[idx] = v269;
  }
}

/* train_k39_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k39_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v271 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 189696))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v272 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 190720))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v273 = (v271 + v272);
      const float v274 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 191744))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v275 = (v273 + v274);
      ((float *)(base + 182528))[idx] = v275;
  }
}

/* train_k40_reduce_to: reduce_to f32[48] */
void train_k40_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 182528))[ii];
      }
      ((float *)(base + 53760))[idx] = acc;
  }
}

/* train_k41_reduce_to: reduce_to f32[16] */
void train_k41_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 186624))[ii];
      }
      ((float *)(base + 57024))[idx] = acc;
  }
}

/* train_k42_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k42_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc287 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a277 = ((float *)(base + 186624))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a76 = ((float *)(base + 206080))[idx];
      const float v282 = (a277 * a72);
      const float v286 = (v282 * a76);
      acc287 = acc287 + v286;
    }
      const float b290 = ((float *)(base + 221312))[r];
      const float v287 = (float)acc287;
      const float v291 = (v287 * b290);
      const float v292 = (v291 * 0.0625f);
    double acc299 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a277 = ((float *)(base + 186624))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a81 = ((float *)(base + 221248))[(idx / 16LL)];
      const float a76 = ((float *)(base + 206080))[idx];
      const float v282 = (a277 * a72);
      const float v285 = (v282 * a81);
      const float v293 = v292;
      const float v294 = (v293 * a76);
      const float v295 = (v285 + v294);
      const float v296 = (v295 + v294);
      const float v298 = (-v296);
      acc299 = acc299 + v298;
    }
      const float v299 = (float)acc299;
      const float v300 = (v299 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a277 = ((float *)(base + 186624))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a82 = ((float *)(base + 207104))[idx];
      const float a81 = ((float *)(base + 221248))[(idx / 16LL)];
      const float a76 = ((float *)(base + 206080))[idx];
      const float a249 = ((float *)(base + 185600))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float v282 = (a277 * a72);
      const float v283 = (a277 * a82);
      const float v285 = (v282 * a81);
      const float v293 = v292;
      const float v294 = (v293 * a76);
      const float v295 = (v285 + v294);
      const float v296 = (v295 + v294);
      const float v297 = (a249 + v296);
      const float v301 = v300;
      const float v302 = (v297 + v301);
      const float v303 = g23_dropout(v302, a9, 2LL, idx, 0.1f);
      ((float *)(base + 182528))[idx] = v283;
      ((float *)(base + 187648))[idx] = v302;
      ((float *)(base + 188672))[idx] = v303;
    }
  }
}

/* train_k43_reduce_to: reduce_to f32[16] */
void train_k43_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 182528))[ii];
      }
      ((float *)(base + 57088))[idx] = acc;
  }
}

/* train_k44_reduce_to: reduce_to f32[16] */
void train_k44_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 188672))[ii];
      }
      ((float *)(base + 57152))[idx] = acc;
  }
}

/* train_k45_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k45_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a64 = ((float *)(base + 174336))[idx];
      const float a305 = ((float *)(base + 182528))[idx];
      const float v309 = g23_gelu_grad(a64);
      const float v310 = (a305 * v309);
      ((float *)(base + 178432))[idx] = v310;
  }
}

/* train_k46_reduce_to: reduce_to f32[64] */
void train_k46_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 178432))[ii];
      }
      ((float *)(base + 61312))[idx] = acc;
  }
}

/* train_k47_reduce_to: reduce_to f32[16] */
void train_k47_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 174336))[ii];
      }
      ((float *)(base + 65664))[idx] = acc;
  }
}

/* train_k48_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k48_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc322 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a312 = ((float *)(base + 174336))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a52 = ((float *)(base + 203008))[idx];
      const float v317 = (a312 * a48);
      const float v321 = (v317 * a52);
      acc322 = acc322 + v321;
    }
      const float b325 = ((float *)(base + 221184))[r];
      const float v322 = (float)acc322;
      const float v326 = (v322 * b325);
      const float v327 = (v326 * 0.0625f);
    double acc334 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a312 = ((float *)(base + 174336))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a57 = ((float *)(base + 221120))[(idx / 16LL)];
      const float a52 = ((float *)(base + 203008))[idx];
      const float v317 = (a312 * a48);
      const float v320 = (v317 * a57);
      const float v328 = v327;
      const float v329 = (v328 * a52);
      const float v330 = (v320 + v329);
      const float v331 = (v330 + v329);
      const float v333 = (-v331);
      acc334 = acc334 + v333;
    }
      const float v334 = (float)acc334;
      const float v335 = (v334 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a312 = ((float *)(base + 174336))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a58 = ((float *)(base + 204032))[idx];
      const float a57 = ((float *)(base + 221120))[(idx / 16LL)];
      const float a52 = ((float *)(base + 203008))[idx];
      const float a302 = ((float *)(base + 187648))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float v317 = (a312 * a48);
      const float v318 = (a312 * a58);
      const float v320 = (v317 * a57);
      const float v328 = v327;
      const float v329 = (v328 * a52);
      const float v330 = (v320 + v329);
      const float v331 = (v330 + v329);
      const float v332 = (a302 + v331);
      const float v336 = v335;
      const float v337 = (v332 + v336);
      const float v338 = g23_dropout(v337, a9, 1LL, idx, 0.1f);
      ((float *)(base + 175360))[idx] = v318;
      ((float *)(base + 177408))[idx] = v337;
      ((float *)(base + 176384))[idx] = v338;
    }
  }
}

/* train_k49_reduce_to: reduce_to f32[16] */
void train_k49_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 175360))[ii];
      }
      ((float *)(base + 65728))[idx] = acc;
  }
}

/* train_k50_reduce_to: reduce_to f32[16] */
void train_k50_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 176384))[ii];
      }
      ((float *)(base + 65792))[idx] = acc;
  }
}

/* train_k51_permute: permute f32[2, 2, 8, 8] */
void train_k51_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v345 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 178432))[idx] = v345;
  }
}

/* train_k52_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k52_attention_dq(char *base) {
  const float *Q = (const float *)(base + 197888); (void)Q;
  const float *K = (const float *)(base + 198912); (void)K;
  const float *V = (const float *)(base + 199936); (void)V;
  const int32_t *P = (const int32_t *)(base + 220480); (void)P;
  const float *O = (const float *)(base + 200960); (void)O;
  const float *dO = (const float *)(base + 178432); (void)dO;
  float *out = (float *)(base + 174336); (void)out;
  float *tmp = (float *)(base + 179456); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    const float *dob = dO + idx * 8LL, *ob = O + idx * 8LL;
    float Di = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) Di += dob[d] * ob[d];
    float m = -G23_INF, l = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc > m) { l *= expf(m - sc); m = sc; }
      l += expf(sc - m);
    }
    const float lse = l > 0.0f ? m + logf(l) : G23_INF;
    float dq[8];
    for (int64_t d = 0; d < 8LL; d++) dq[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      const float p = expf(sc - lse);
      float dp = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - Di) * (0.353553391f);
      for (int64_t d = 0; d < 8LL; d++) dq[d] += ds * kj[d];
    }
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = dq[d];
    tmp[idx] = lse;
    tmp[32LL + idx] = Di;
  }
}

/* train_k53_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k53_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 197888); (void)Q;
  const float *K = (const float *)(base + 198912); (void)K;
  const float *V = (const float *)(base + 199936); (void)V;
  const int32_t *P = (const int32_t *)(base + 220480); (void)P;
  const float *O = (const float *)(base + 200960); (void)O;
  const float *dO = (const float *)(base + 178432); (void)dO;
  float *out = (float *)(base + 174336); (void)out;
  float *tmp = (float *)(base + 179456); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t j = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    int64_t t0 = 0, t1 = 8LL;
    if (j >= (int64_t)pos + 8LL) t1 = t0;
    const float *kj = K + idx * 8LL, *vj = V + idx * 8LL;
    float dk[8], dv[8];
    for (int64_t d = 0; d < 8LL; d++) dk[d] = dv[d] = 0.0f;
    for (int64_t t = t0; t < t1; t++) {
      const int64_t row = bh * 8LL + t, i = (int64_t)pos + t; (void)i;
      const float *q = Q + row * 8LL, *dob = dO + row * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      const float p = expf(sc - tmp[row]);
      float dp = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - tmp[32LL + row]) * (0.353553391f);
      for (int64_t d = 0; d < 8LL; d++) {
        dv[d] += p * dob[d];
        dk[d] += ds * q[d];
      }
    }
    for (int64_t d = 0; d < 8LL; d++) {
      out[256LL + idx * 8LL + d] = dk[d];
      out[512LL + idx * 8LL + d] = dv[d];
    }
  }
}

/* train_k54_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k54_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v347 = ((float *)(base + 174336))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v349 = ((float *)(base + 174336))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v351 = ((float *)(base + 174336))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 178432))[idx] = v347;
      ((float *)(base + 179456))[idx] = v349;
      ((float *)(base + 180480))[idx] = v351;
  }
}

/* train_k55_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k55_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v353 = ((float *)(base + 180480))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v355 = ((float *)(base + 179456))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v357 = ((float *)(base + 178432))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 181504))[idx] = v353;
      ((float *)(base + 182528))[idx] = v355;
      ((float *)(base + 183552))[idx] = v357;
  }
}

/* train_k56_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k56_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v359 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 181504))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v360 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 182528))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v361 = (v359 + v360);
      const float v362 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 183552))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v363 = (v361 + v362);
      ((float *)(base + 174336))[idx] = v363;
  }
}

/* train_k57_reduce_to: reduce_to f32[48] */
void train_k57_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 174336))[ii];
      }
      ((float *)(base + 66880))[idx] = acc;
  }
}

/* train_k58_reduce_to: reduce_to f32[16] */
void train_k58_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 178432))[ii];
      }
      ((float *)(base + 70144))[idx] = acc;
  }
}

/* train_k59_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k59_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc375 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a365 = ((float *)(base + 178432))[idx];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a16 = ((float *)(base + 194816))[idx];
      const float v370 = (a365 * a11);
      const float v374 = (v370 * a16);
      acc375 = acc375 + v374;
    }
      const float b378 = ((float *)(base + 221056))[r];
      const float v375 = (float)acc375;
      const float v379 = (v375 * b378);
      const float v380 = (v379 * 0.0625f);
    double acc387 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a365 = ((float *)(base + 178432))[idx];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a22 = ((float *)(base + 220992))[(idx / 16LL)];
      const float a16 = ((float *)(base + 194816))[idx];
      const float v370 = (a365 * a11);
      const float v373 = (v370 * a22);
      const float v381 = v380;
      const float v382 = (v381 * a16);
      const float v383 = (v373 + v382);
      const float v384 = (v383 + v382);
      const float v386 = (-v384);
      acc387 = acc387 + v386;
    }
      const float v387 = (float)acc387;
      const float v388 = (v387 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a365 = ((float *)(base + 178432))[idx];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a23 = ((float *)(base + 195840))[idx];
      const float a22 = ((float *)(base + 220992))[(idx / 16LL)];
      const float a16 = ((float *)(base + 194816))[idx];
      const float a337 = ((float *)(base + 177408))[idx];
      const int32_t a9 = ((int32_t *)(base + 220544))[0];
      const float v370 = (a365 * a11);
      const float v371 = (a365 * a23);
      const float v373 = (v370 * a22);
      const float v381 = v380;
      const float v382 = (v381 * a16);
      const float v383 = (v373 + v382);
      const float v384 = (v383 + v382);
      const float v385 = (a337 + v384);
      const float v389 = v388;
      const float v390 = (v385 + v389);
      const float v391 = g23_dropout(v390, a9, 0LL, idx, 0.1f);
      ((float *)(base + 174336))[idx] = v371;
      ((float *)(base + 175360))[idx] = v391;
    }
  }
}

/* train_k60_reduce_to: reduce_to f32[16] */
void train_k60_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 174336))[ii];
      }
      ((float *)(base + 70208))[idx] = acc;
  }
}

/* train_k61_reduce_to: reduce_to f32[8, 16] */
void train_k61_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t c0 = idx / 16LL; (void)c0;
      const int64_t c1 = idx / 1LL % 16LL; (void)c1;
      const int64_t ib = 0 + c0 * 16LL + c1 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 128LL;
        acc += ((float *)(base + 175360))[ii];
      }
      ((float *)(base + 174336))[idx] = acc;
  }
}

/* train_k62_scatter_add: scatter_add f32[8, 16] */
void train_k62_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 8LL; u++) ((float *)(base + 70272))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 8LL; k++) {
        const int32_t t = ((int32_t *)(base + 220928))[k];
        if ((uint32_t)t < 8u) ((float *)(base + 70272))[(int64_t)t * 16LL + idx] += ((float *)(base + 174336))[k * 16LL + idx];
      }
  }
}

/* train_k63_scatter_add: scatter_add f32[256, 16] */
void train_k63_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 70784))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 16LL; k++) {
        const int32_t t = ((int32_t *)(base + 220416))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 70784))[(int64_t)t * 16LL + idx] += ((float *)(base + 175360))[k * 16LL + idx];
      }
  }
}

/* train_k64_rowsum: mul f32[4096], sum f32[1] */
void train_k64_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc402 = 0.0f;
#pragma omp parallel for reduction(+:acc402)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a400 = ((float *)(base + 70784))[idx];
      const float v401 = (a400 * a400);
      acc402 = acc402 + v401;
    }
      const float v402 = (float)acc402;
    {
      ((float *)(base + 174336))[r] = v402;
    }
  }
}

/* train_k65_rowsum: mul f32[128], sum f32[1], add f32[1] */
void train_k65_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc405 = 0.0f;
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a403 = ((float *)(base + 70272))[idx];
      const float v404 = (a403 * a403);
      acc405 = acc405 + v404;
    }
      const float b402 = ((float *)(base + 174336))[0];
      const float v405 = (float)acc405;
      const float v406 = (b402 + v405);
    {
      ((float *)(base + 174400))[r] = v406;
    }
  }
}

/* train_k66_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k66_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc408 = 0.0f;
    double acc411 = 0.0f;
    double acc425 = 0.0f;
    double acc428 = 0.0f;
    double acc431 = 0.0f;
    double acc445 = 0.0f;
    double acc448 = 0.0f;
    double acc451 = 0.0f;
    double acc465 = 0.0f;
    double acc468 = 0.0f;
    double acc471 = 0.0f;
    double acc485 = 0.0f;
    double acc488 = 0.0f;
    double acc491 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a372 = ((float *)(base + 70208))[idx];
      const float a369 = ((float *)(base + 70144))[idx];
      const float a339 = ((float *)(base + 65792))[idx];
      const float a319 = ((float *)(base + 65728))[idx];
      const float a316 = ((float *)(base + 65664))[idx];
      const float a304 = ((float *)(base + 57152))[idx];
      const float a284 = ((float *)(base + 57088))[idx];
      const float a281 = ((float *)(base + 57024))[idx];
      const float a251 = ((float *)(base + 52672))[idx];
      const float a231 = ((float *)(base + 52608))[idx];
      const float a228 = ((float *)(base + 52544))[idx];
      const float a216 = ((float *)(base + 44032))[idx];
      const float a196 = ((float *)(base + 43968))[idx];
      const float a193 = ((float *)(base + 43904))[idx];
      const float v407 = (a372 * a372);
      const float v410 = (a369 * a369);
      const float v424 = (a339 * a339);
      const float v427 = (a319 * a319);
      const float v430 = (a316 * a316);
      const float v444 = (a304 * a304);
      const float v447 = (a284 * a284);
      const float v450 = (a281 * a281);
      const float v464 = (a251 * a251);
      const float v467 = (a231 * a231);
      const float v470 = (a228 * a228);
      const float v484 = (a216 * a216);
      const float v487 = (a196 * a196);
      const float v490 = (a193 * a193);
      acc408 = acc408 + v407;
      acc411 = acc411 + v410;
      acc425 = acc425 + v424;
      acc428 = acc428 + v427;
      acc431 = acc431 + v430;
      acc445 = acc445 + v444;
      acc448 = acc448 + v447;
      acc451 = acc451 + v450;
      acc465 = acc465 + v464;
      acc468 = acc468 + v467;
      acc471 = acc471 + v470;
      acc485 = acc485 + v484;
      acc488 = acc488 + v487;
      acc491 = acc491 + v490;
    }
      const float b406 = ((float *)(base + 174400))[0];
      const float v408 = (float)acc408;
      const float v409 = (b406 + v408);
      const float v411 = (float)acc411;
      const float v412 = (v409 + v411);
      const float v425 = (float)acc425;
      const float v428 = (float)acc428;
      const float v431 = (float)acc431;
      const float v445 = (float)acc445;
      const float v448 = (float)acc448;
      const float v451 = (float)acc451;
      const float v465 = (float)acc465;
      const float v468 = (float)acc468;
      const float v471 = (float)acc471;
      const float v485 = (float)acc485;
      const float v488 = (float)acc488;
      const float v491 = (float)acc491;
    {
      ((float *)(base + 174336))[r] = v412;
      ((float *)(base + 174464))[r] = v425;
      ((float *)(base + 174528))[r] = v428;
      ((float *)(base + 174592))[r] = v431;
      ((float *)(base + 174656))[r] = v445;
      ((float *)(base + 174720))[r] = v448;
      ((float *)(base + 174784))[r] = v451;
      ((float *)(base + 174848))[r] = v465;
      ((float *)(base + 174912))[r] = v468;
      ((float *)(base + 174976))[r] = v471;
      ((float *)(base + 175040))[r] = v485;
      ((float *)(base + 175104))[r] = v488;
      ((float *)(base + 175168))[r] = v491;
    }
  }
}

/* train_k67_rowsum: mul f32[768], sum f32[1], add f32[1], mul f32[768], sum f32[1] */
void train_k67_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc415 = 0.0f;
    double acc455 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a413 = ((float *)(base + 67072))[idx];
      const float a453 = ((float *)(base + 53952))[idx];
      const float v414 = (a413 * a413);
      const float v454 = (a453 * a453);
      acc415 = acc415 + v414;
      acc455 = acc455 + v454;
    }
      const float b412 = ((float *)(base + 174336))[0];
      const float v415 = (float)acc415;
      const float v416 = (b412 + v415);
      const float v455 = (float)acc455;
    {
      ((float *)(base + 174400))[r] = v416;
      ((float *)(base + 175232))[r] = v455;
    }
  }
}

/* train_k68_rowsum: mul f32[48], sum f32[1], add f32[1], mul f32[48], sum f32[1] */
void train_k68_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc418 = 0.0f;
    double acc458 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a364 = ((float *)(base + 66880))[idx];
      const float a276 = ((float *)(base + 53760))[idx];
      const float v417 = (a364 * a364);
      const float v457 = (a276 * a276);
      acc418 = acc418 + v417;
      acc458 = acc458 + v457;
    }
      const float b416 = ((float *)(base + 174400))[0];
      const float v418 = (float)acc418;
      const float v419 = (b416 + v418);
      const float v458 = (float)acc458;
    {
      ((float *)(base + 174336))[r] = v419;
      ((float *)(base + 175296))[r] = v458;
    }
  }
}

/* train_k69_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[256], sum f32[1] */
void train_k69_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc422 = 0.0f;
    double acc462 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a420 = ((float *)(base + 65856))[idx];
      const float a460 = ((float *)(base + 52736))[idx];
      const float v421 = (a420 * a420);
      const float v461 = (a460 * a460);
      acc422 = acc422 + v421;
      acc462 = acc462 + v461;
    }
      const float b419 = ((float *)(base + 174336))[0];
      const float b425 = ((float *)(base + 174464))[0];
      const float b428 = ((float *)(base + 174528))[0];
      const float b431 = ((float *)(base + 174592))[0];
      const float v422 = (float)acc422;
      const float v423 = (b419 + v422);
      const float v426 = (v423 + b425);
      const float v429 = (v426 + b428);
      const float v432 = (v429 + b431);
      const float v462 = (float)acc462;
    {
      ((float *)(base + 174400))[r] = v432;
      ((float *)(base + 175360))[r] = v462;
    }
  }
}

/* train_k70_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1] */
void train_k70_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc435 = 0.0f;
    double acc442 = 0.0f;
    double acc475 = 0.0f;
    double acc482 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a433 = ((float *)(base + 61568))[idx];
      const float a440 = ((float *)(base + 57216))[idx];
      const float a473 = ((float *)(base + 48448))[idx];
      const float a480 = ((float *)(base + 44096))[idx];
      const float v434 = (a433 * a433);
      const float v441 = (a440 * a440);
      const float v474 = (a473 * a473);
      const float v481 = (a480 * a480);
      acc435 = acc435 + v434;
      acc442 = acc442 + v441;
      acc475 = acc475 + v474;
      acc482 = acc482 + v481;
    }
      const float b432 = ((float *)(base + 174400))[0];
      const float v435 = (float)acc435;
      const float v436 = (b432 + v435);
      const float v442 = (float)acc442;
      const float v475 = (float)acc475;
      const float v482 = (float)acc482;
    {
      ((float *)(base + 174336))[r] = v436;
      ((float *)(base + 174464))[r] = v442;
      ((float *)(base + 174528))[r] = v475;
      ((float *)(base + 174592))[r] = v482;
    }
  }
}

/* train_k71_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[64], sum f32[1], add f32[1] */
void train_k71_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc438 = 0.0f;
    double acc478 = 0.0f;
    double acc495 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a311 = ((float *)(base + 61312))[idx];
      const float a223 = ((float *)(base + 48192))[idx];
      const float a493 = ((float *)(base + 43648))[idx];
      const float v437 = (a311 * a311);
      const float v477 = (a223 * a223);
      const float v494 = (a493 * a493);
      acc438 = acc438 + v437;
      acc478 = acc478 + v477;
      acc495 = acc495 + v494;
    }
      const float b436 = ((float *)(base + 174336))[0];
      const float b442 = ((float *)(base + 174464))[0];
      const float b445 = ((float *)(base + 174656))[0];
      const float b448 = ((float *)(base + 174720))[0];
      const float b451 = ((float *)(base + 174784))[0];
      const float b455 = ((float *)(base + 175232))[0];
      const float b458 = ((float *)(base + 175296))[0];
      const float b462 = ((float *)(base + 175360))[0];
      const float b465 = ((float *)(base + 174848))[0];
      const float b468 = ((float *)(base + 174912))[0];
      const float b471 = ((float *)(base + 174976))[0];
      const float b475 = ((float *)(base + 174528))[0];
      const float b482 = ((float *)(base + 174592))[0];
      const float b485 = ((float *)(base + 175040))[0];
      const float b488 = ((float *)(base + 175104))[0];
      const float b491 = ((float *)(base + 175168))[0];
      const float v438 = (float)acc438;
      const float v439 = (b436 + v438);
      const float v443 = (v439 + b442);
      const float v446 = (v443 + b445);
      const float v449 = (v446 + b448);
      const float v452 = (v449 + b451);
      const float v456 = (v452 + b455);
      const float v459 = (v456 + b458);
      const float v463 = (v459 + b462);
      const float v466 = (v463 + b465);
      const float v469 = (v466 + b468);
      const float v472 = (v469 + b471);
      const float v476 = (v472 + b475);
      const float v478 = (float)acc478;
      const float v479 = (v476 + v478);
      const float v483 = (v479 + b482);
      const float v486 = (v483 + b485);
      const float v489 = (v486 + b488);
      const float v492 = (v489 + b491);
      const float v495 = (float)acc495;
      const float v496 = (v492 + v495);
    {
      ((float *)(base + 174400))[r] = v496;
    }
  }
}

/* train_k72_rowsum: mul f32[4], sum f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[4], mul f32[4], mul f32[4], mul f32[4] */
void train_k72_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b397 = ((float *)(base + 220736))[0];
      const float v506 = (float)(0.0f < b397);
    double acc498 = 0.0f;
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const float a186 = ((float *)(base + 43584))[idx];
      const float v497 = (a186 * a186);
      acc498 = acc498 + v497;
    }
      const float b496 = ((float *)(base + 174400))[0];
      const float v498 = (float)acc498;
      const float v499 = (b496 + v498);
      const float v500 = sqrtf(v499);
      const float v502 = (v500 + 1e-06f);
      const float v503 = (b397 / v502);
      const float v504 = fminf(1.0f, v503);
      const float v507 = (v506 != 0 ? v504 : 1.0f);
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const float a186 = ((float *)(base + 43584))[idx];
      const float v1030 = (a186 * v507);
      const float v1031 = (v1030 * 0.1f);
      const float v1034 = (v1030 * v1030);
      const float v1035 = (v1034 * 0.05f);
      ((float *)(base + 174528))[idx] = v1031;
      ((float *)(base + 174592))[idx] = v1035;
    }
    {
      ((float *)(base + 174336))[r] = v500;
      ((float *)(base + 174464))[r] = v507;
    }
  }
}

/* train_k73_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k73_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a394 = ((float *)(base + 70784))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a508 = ((float *)(base + 87168))[idx];
      const float a509 = ((float *)(base + 103552))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a396 = ((float *)(base + 220672))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a395 = ((float *)(base + 220608))[0];
      const float v510 = (a394 * a507);
      const float v512 = (v510 * 0.1f);
      const float v514 = (a508 * 0.9f);
      const float v515 = (v514 + v512);
      const float v517 = (v510 * v510);
      const float v518 = (v517 * 0.05f);
      const float v520 = (a509 * 0.95f);
      const float v521 = (v520 + v518);
      const float v522 = (v515 / a398);
      const float v523 = (v521 / a399);
      const float v525 = sqrtf(v523);
      const float v526 = (v525 + 1e-08f);
      const float v527 = (v522 / v526);
      const float v528 = (a396 * a2);
      const float v529 = (v527 + v528);
      const float v530 = (a395 * v529);
      const float v531 = (a2 - v530);
      const float v1045 = v515;
      const float v1046 = v521;
      const float v1047 = v531;
      ((float *)(base + 87168))[idx] = v1045;
      ((float *)(base + 103552))[idx] = v1046;
      ((float *)(base + 0))[idx] = v1047;
  }
}

/* train_k74_assign: mul f32[8, 16], mul f32[8, 16], mul f32[8, 16], add f32[8, 16], mul f32[8, 16], mul f32[8, 16], mul f32[8, 16], add f32[8, 16], div f32[8, 16], div f32[8, 16], sqrt f32[8, 16], add f32[8, 16], div f32[8, 16], mul f32[8, 16], add f32[8, 16], mul f32[8, 16], sub f32[8, 16], assign f32[8, 16], assign f32[8, 16], assign f32[8, 16] */
void train_k74_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a393 = ((float *)(base + 70272))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a532 = ((float *)(base + 119936))[idx];
      const float a533 = ((float *)(base + 120448))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a396 = ((float *)(base + 220672))[0];
      const float a4 = ((float *)(base + 16384))[idx];
      const float a395 = ((float *)(base + 220608))[0];
      const float v534 = (a393 * a507);
      const float v535 = (v534 * 0.1f);
      const float v536 = (a532 * 0.9f);
      const float v537 = (v536 + v535);
      const float v538 = (v534 * v534);
      const float v539 = (v538 * 0.05f);
      const float v540 = (a533 * 0.95f);
      const float v541 = (v540 + v539);
      const float v542 = (v537 / a398);
      const float v543 = (v541 / a399);
      const float v544 = sqrtf(v543);
      const float v545 = (v544 + 1e-08f);
      const float v546 = (v542 / v545);
      const float v547 = (a396 * a4);
      const float v548 = (v546 + v547);
      const float v549 = (a395 * v548);
      const float v550 = (a4 - v549);
      const float v1048 = v537;
      const float v1049 = v541;
      const float v1050 = v550;
      ((float *)(base + 119936))[idx] = v1048;
      ((float *)(base + 120448))[idx] = v1049;
      ((float *)(base + 16384))[idx] = v1050;
  }
}

/* train_k75_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k75_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a372 = ((float *)(base + 70208))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a551 = ((float *)(base + 120960))[idx];
      const float a552 = ((float *)(base + 121024))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a395 = ((float *)(base + 220608))[0];
      const float a11 = ((float *)(base + 16896))[idx];
      const float a369 = ((float *)(base + 70144))[idx];
      const float a568 = ((float *)(base + 121088))[idx];
      const float a569 = ((float *)(base + 121152))[idx];
      const float a12 = ((float *)(base + 16960))[idx];
      const float a339 = ((float *)(base + 65792))[idx];
      const float a640 = ((float *)(base + 129792))[idx];
      const float a641 = ((float *)(base + 129856))[idx];
      const float a44 = ((float *)(base + 21312))[idx];
      const float a319 = ((float *)(base + 65728))[idx];
      const float a657 = ((float *)(base + 129920))[idx];
      const float a658 = ((float *)(base + 129984))[idx];
      const float a48 = ((float *)(base + 21376))[idx];
      const float a316 = ((float *)(base + 65664))[idx];
      const float a674 = ((float *)(base + 130048))[idx];
      const float a675 = ((float *)(base + 130112))[idx];
      const float a49 = ((float *)(base + 21440))[idx];
      const float a304 = ((float *)(base + 57152))[idx];
      const float a746 = ((float *)(base + 147072))[idx];
      const float a747 = ((float *)(base + 147136))[idx];
      const float a68 = ((float *)(base + 29952))[idx];
      const float a284 = ((float *)(base + 57088))[idx];
      const float a763 = ((float *)(base + 147200))[idx];
      const float a764 = ((float *)(base + 147264))[idx];
      const float a72 = ((float *)(base + 30016))[idx];
      const float a281 = ((float *)(base + 57024))[idx];
      const float a780 = ((float *)(base + 147328))[idx];
      const float a781 = ((float *)(base + 147392))[idx];
      const float a73 = ((float *)(base + 30080))[idx];
      const float a251 = ((float *)(base + 52672))[idx];
      const float a852 = ((float *)(base + 156032))[idx];
      const float a853 = ((float *)(base + 156096))[idx];
      const float a103 = ((float *)(base + 34432))[idx];
      const float a231 = ((float *)(base + 52608))[idx];
      const float a869 = ((float *)(base + 156160))[idx];
      const float a870 = ((float *)(base + 156224))[idx];
      const float a107 = ((float *)(base + 34496))[idx];
      const float a228 = ((float *)(base + 52544))[idx];
      const float a886 = ((float *)(base + 156288))[idx];
      const float a887 = ((float *)(base + 156352))[idx];
      const float a108 = ((float *)(base + 34560))[idx];
      const float a216 = ((float *)(base + 44032))[idx];
      const float a958 = ((float *)(base + 173312))[idx];
      const float a959 = ((float *)(base + 173376))[idx];
      const float a127 = ((float *)(base + 43072))[idx];
      const float a196 = ((float *)(base + 43968))[idx];
      const float a975 = ((float *)(base + 173440))[idx];
      const float a976 = ((float *)(base + 173504))[idx];
      const float a131 = ((float *)(base + 43136))[idx];
      const float a193 = ((float *)(base + 43904))[idx];
      const float a992 = ((float *)(base + 173568))[idx];
      const float a993 = ((float *)(base + 173632))[idx];
      const float a132 = ((float *)(base + 43200))[idx];
      const float v553 = (a372 * a507);
      const float v554 = (v553 * 0.1f);
      const float v555 = (a551 * 0.9f);
      const float v556 = (v555 + v554);
      const float v557 = (v553 * v553);
      const float v558 = (v557 * 0.05f);
      const float v559 = (a552 * 0.95f);
      const float v560 = (v559 + v558);
      const float v561 = (v556 / a398);
      const float v562 = (v560 / a399);
      const float v563 = sqrtf(v562);
      const float v564 = (v563 + 1e-08f);
      const float v565 = (v561 / v564);
      const float v566 = (a395 * v565);
      const float v567 = (a11 - v566);
      const float v570 = (a369 * a507);
      const float v571 = (v570 * 0.1f);
      const float v572 = (a568 * 0.9f);
      const float v573 = (v572 + v571);
      const float v574 = (v570 * v570);
      const float v575 = (v574 * 0.05f);
      const float v576 = (a569 * 0.95f);
      const float v577 = (v576 + v575);
      const float v578 = (v573 / a398);
      const float v579 = (v577 / a399);
      const float v580 = sqrtf(v579);
      const float v581 = (v580 + 1e-08f);
      const float v582 = (v578 / v581);
      const float v583 = (a395 * v582);
      const float v584 = (a12 - v583);
      const float v642 = (a339 * a507);
      const float v643 = (v642 * 0.1f);
      const float v644 = (a640 * 0.9f);
      const float v645 = (v644 + v643);
      const float v646 = (v642 * v642);
      const float v647 = (v646 * 0.05f);
      const float v648 = (a641 * 0.95f);
      const float v649 = (v648 + v647);
      const float v650 = (v645 / a398);
      const float v651 = (v649 / a399);
      const float v652 = sqrtf(v651);
      const float v653 = (v652 + 1e-08f);
      const float v654 = (v650 / v653);
      const float v655 = (a395 * v654);
      const float v656 = (a44 - v655);
      const float v659 = (a319 * a507);
      const float v660 = (v659 * 0.1f);
      const float v661 = (a657 * 0.9f);
      const float v662 = (v661 + v660);
      const float v663 = (v659 * v659);
      const float v664 = (v663 * 0.05f);
      const float v665 = (a658 * 0.95f);
      const float v666 = (v665 + v664);
      const float v667 = (v662 / a398);
      const float v668 = (v666 / a399);
      const float v669 = sqrtf(v668);
      const float v670 = (v669 + 1e-08f);
      const float v671 = (v667 / v670);
      const float v672 = (a395 * v671);
      const float v673 = (a48 - v672);
      const float v676 = (a316 * a507);
      const float v677 = (v676 * 0.1f);
      const float v678 = (a674 * 0.9f);
      const float v679 = (v678 + v677);
      const float v680 = (v676 * v676);
      const float v681 = (v680 * 0.05f);
      const float v682 = (a675 * 0.95f);
      const float v683 = (v682 + v681);
      const float v684 = (v679 / a398);
      const float v685 = (v683 / a399);
      const float v686 = sqrtf(v685);
      const float v687 = (v686 + 1e-08f);
      const float v688 = (v684 / v687);
      const float v689 = (a395 * v688);
      const float v690 = (a49 - v689);
      const float v748 = (a304 * a507);
      const float v749 = (v748 * 0.1f);
      const float v750 = (a746 * 0.9f);
      const float v751 = (v750 + v749);
      const float v752 = (v748 * v748);
      const float v753 = (v752 * 0.05f);
      const float v754 = (a747 * 0.95f);
      const float v755 = (v754 + v753);
      const float v756 = (v751 / a398);
      const float v757 = (v755 / a399);
      const float v758 = sqrtf(v757);
      const float v759 = (v758 + 1e-08f);
      const float v760 = (v756 / v759);
      const float v761 = (a395 * v760);
      const float v762 = (a68 - v761);
      const float v765 = (a284 * a507);
      const float v766 = (v765 * 0.1f);
      const float v767 = (a763 * 0.9f);
      const float v768 = (v767 + v766);
      const float v769 = (v765 * v765);
      const float v770 = (v769 * 0.05f);
      const float v771 = (a764 * 0.95f);
      const float v772 = (v771 + v770);
      const float v773 = (v768 / a398);
      const float v774 = (v772 / a399);
      const float v775 = sqrtf(v774);
      const float v776 = (v775 + 1e-08f);
      const float v777 = (v773 / v776);
      const float v778 = (a395 * v777);
      const float v779 = (a72 - v778);
      const float v782 = (a281 * a507);
      const float v783 = (v782 * 0.1f);
      const float v784 = (a780 * 0.9f);
      const float v785 = (v784 + v783);
      const float v786 = (v782 * v782);
      const float v787 = (v786 * 0.05f);
      const float v788 = (a781 * 0.95f);
      const float v789 = (v788 + v787);
      const float v790 = (v785 / a398);
      const float v791 = (v789 / a399);
      const float v792 = sqrtf(v791);
      const float v793 = (v792 + 1e-08f);
      const float v794 = (v790 / v793);
      const float v795 = (a395 * v794);
      const float v796 = (a73 - v795);
      const float v854 = (a251 * a507);
      const float v855 = (v854 * 0.1f);
      const float v856 = (a852 * 0.9f);
      const float v857 = (v856 + v855);
      const float v858 = (v854 * v854);
      const float v859 = (v858 * 0.05f);
      const float v860 = (a853 * 0.95f);
      const float v861 = (v860 + v859);
      const float v862 = (v857 / a398);
      const float v863 = (v861 / a399);
      const float v864 = sqrtf(v863);
      const float v865 = (v864 + 1e-08f);
      const float v866 = (v862 / v865);
      const float v867 = (a395 * v866);
      const float v868 = (a103 - v867);
      const float v871 = (a231 * a507);
      const float v872 = (v871 * 0.1f);
      const float v873 = (a869 * 0.9f);
      const float v874 = (v873 + v872);
      const float v875 = (v871 * v871);
      const float v876 = (v875 * 0.05f);
      const float v877 = (a870 * 0.95f);
      const float v878 = (v877 + v876);
      const float v879 = (v874 / a398);
      const float v880 = (v878 / a399);
      const float v881 = sqrtf(v880);
      const float v882 = (v881 + 1e-08f);
      const float v883 = (v879 / v882);
      const float v884 = (a395 * v883);
      const float v885 = (a107 - v884);
      const float v888 = (a228 * a507);
      const float v889 = (v888 * 0.1f);
      const float v890 = (a886 * 0.9f);
      const float v891 = (v890 + v889);
      const float v892 = (v888 * v888);
      const float v893 = (v892 * 0.05f);
      const float v894 = (a887 * 0.95f);
      const float v895 = (v894 + v893);
      const float v896 = (v891 / a398);
      const float v897 = (v895 / a399);
      const float v898 = sqrtf(v897);
      const float v899 = (v898 + 1e-08f);
      const float v900 = (v896 / v899);
      const float v901 = (a395 * v900);
      const float v902 = (a108 - v901);
      const float v960 = (a216 * a507);
      const float v961 = (v960 * 0.1f);
      const float v962 = (a958 * 0.9f);
      const float v963 = (v962 + v961);
      const float v964 = (v960 * v960);
      const float v965 = (v964 * 0.05f);
      const float v966 = (a959 * 0.95f);
      const float v967 = (v966 + v965);
      const float v968 = (v963 / a398);
      const float v969 = (v967 / a399);
      const float v970 = sqrtf(v969);
      const float v971 = (v970 + 1e-08f);
      const float v972 = (v968 / v971);
      const float v973 = (a395 * v972);
      const float v974 = (a127 - v973);
      const float v977 = (a196 * a507);
      const float v978 = (v977 * 0.1f);
      const float v979 = (a975 * 0.9f);
      const float v980 = (v979 + v978);
      const float v981 = (v977 * v977);
      const float v982 = (v981 * 0.05f);
      const float v983 = (a976 * 0.95f);
      const float v984 = (v983 + v982);
      const float v985 = (v980 / a398);
      const float v986 = (v984 / a399);
      const float v987 = sqrtf(v986);
      const float v988 = (v987 + 1e-08f);
      const float v989 = (v985 / v988);
      const float v990 = (a395 * v989);
      const float v991 = (a131 - v990);
      const float v994 = (a193 * a507);
      const float v995 = (v994 * 0.1f);
      const float v996 = (a992 * 0.9f);
      const float v997 = (v996 + v995);
      const float v998 = (v994 * v994);
      const float v999 = (v998 * 0.05f);
      const float v1000 = (a993 * 0.95f);
      const float v1001 = (v1000 + v999);
      const float v1002 = (v997 / a398);
      const float v1003 = (v1001 / a399);
      const float v1004 = sqrtf(v1003);
      const float v1005 = (v1004 + 1e-08f);
      const float v1006 = (v1002 / v1005);
      const float v1007 = (a395 * v1006);
      const float v1008 = (a132 - v1007);
      const float v1051 = v556;
      const float v1052 = v560;
      const float v1053 = v567;
      const float v1054 = v573;
      const float v1055 = v577;
      const float v1056 = v584;
      const float v1066 = v645;
      const float v1067 = v649;
      const float v1068 = v656;
      const float v1069 = v662;
      const float v1070 = v666;
      const float v1071 = v673;
      const float v1072 = v679;
      const float v1073 = v683;
      const float v1074 = v690;
      const float v1084 = v751;
      const float v1085 = v755;
      const float v1086 = v762;
      const float v1087 = v768;
      const float v1088 = v772;
      const float v1089 = v779;
      const float v1090 = v785;
      const float v1091 = v789;
      const float v1092 = v796;
      const float v1102 = v857;
      const float v1103 = v861;
      const float v1104 = v868;
      const float v1105 = v874;
      const float v1106 = v878;
      const float v1107 = v885;
      const float v1108 = v891;
      const float v1109 = v895;
      const float v1110 = v902;
      const float v1120 = v963;
      const float v1121 = v967;
      const float v1122 = v974;
      const float v1123 = v980;
      const float v1124 = v984;
      const float v1125 = v991;
      const float v1126 = v997;
      const float v1127 = v1001;
      const float v1128 = v1008;
      ((float *)(base + 120960))[idx] = v1051;
      ((float *)(base + 121024))[idx] = v1052;
      ((float *)(base + 16896))[idx] = v1053;
      ((float *)(base + 121088))[idx] = v1054;
      ((float *)(base + 121152))[idx] = v1055;
      ((float *)(base + 16960))[idx] = v1056;
      ((float *)(base + 129792))[idx] = v1066;
      ((float *)(base + 129856))[idx] = v1067;
      ((float *)(base + 21312))[idx] = v1068;
      ((float *)(base + 129920))[idx] = v1069;
      ((float *)(base + 129984))[idx] = v1070;
      ((float *)(base + 21376))[idx] = v1071;
      ((float *)(base + 130048))[idx] = v1072;
      ((float *)(base + 130112))[idx] = v1073;
      ((float *)(base + 21440))[idx] = v1074;
      ((float *)(base + 147072))[idx] = v1084;
      ((float *)(base + 147136))[idx] = v1085;
      ((float *)(base + 29952))[idx] = v1086;
      ((float *)(base + 147200))[idx] = v1087;
      ((float *)(base + 147264))[idx] = v1088;
      ((float *)(base + 30016))[idx] = v1089;
      ((float *)(base + 147328))[idx] = v1090;
      ((float *)(base + 147392))[idx] = v1091;
      ((float *)(base + 30080))[idx] = v1092;
      ((float *)(base + 156032))[idx] = v1102;
      ((float *)(base + 156096))[idx] = v1103;
      ((float *)(base + 34432))[idx] = v1104;
      ((float *)(base + 156160))[idx] = v1105;
      ((float *)(base + 156224))[idx] = v1106;
      ((float *)(base + 34496))[idx] = v1107;
      ((float *)(base + 156288))[idx] = v1108;
      ((float *)(base + 156352))[idx] = v1109;
      ((float *)(base + 34560))[idx] = v1110;
      ((float *)(base + 173312))[idx] = v1120;
      ((float *)(base + 173376))[idx] = v1121;
      ((float *)(base + 43072))[idx] = v1122;
      ((float *)(base + 173440))[idx] = v1123;
      ((float *)(base + 173504))[idx] = v1124;
      ((float *)(base + 43136))[idx] = v1125;
      ((float *)(base + 173568))[idx] = v1126;
      ((float *)(base + 173632))[idx] = v1127;
      ((float *)(base + 43200))[idx] = v1128;
  }
}

/* train_k76_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k76_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a368 = ((float *)(base + 67072))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a585 = ((float *)(base + 121216))[idx];
      const float a586 = ((float *)(base + 124288))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a396 = ((float *)(base + 220672))[0];
      const float a26 = ((float *)(base + 17024))[idx];
      const float a395 = ((float *)(base + 220608))[0];
      const float a280 = ((float *)(base + 53952))[idx];
      const float a797 = ((float *)(base + 147456))[idx];
      const float a798 = ((float *)(base + 150528))[idx];
      const float a85 = ((float *)(base + 30144))[idx];
      const float v587 = (a368 * a507);
      const float v588 = (v587 * 0.1f);
      const float v589 = (a585 * 0.9f);
      const float v590 = (v589 + v588);
      const float v591 = (v587 * v587);
      const float v592 = (v591 * 0.05f);
      const float v593 = (a586 * 0.95f);
      const float v594 = (v593 + v592);
      const float v595 = (v590 / a398);
      const float v596 = (v594 / a399);
      const float v597 = sqrtf(v596);
      const float v598 = (v597 + 1e-08f);
      const float v599 = (v595 / v598);
      const float v600 = (a396 * a26);
      const float v601 = (v599 + v600);
      const float v602 = (a395 * v601);
      const float v603 = (a26 - v602);
      const float v799 = (a280 * a507);
      const float v800 = (v799 * 0.1f);
      const float v801 = (a797 * 0.9f);
      const float v802 = (v801 + v800);
      const float v803 = (v799 * v799);
      const float v804 = (v803 * 0.05f);
      const float v805 = (a798 * 0.95f);
      const float v806 = (v805 + v804);
      const float v807 = (v802 / a398);
      const float v808 = (v806 / a399);
      const float v809 = sqrtf(v808);
      const float v810 = (v809 + 1e-08f);
      const float v811 = (v807 / v810);
      const float v812 = (a396 * a85);
      const float v813 = (v811 + v812);
      const float v814 = (a395 * v813);
      const float v815 = (a85 - v814);
      const float v1057 = v590;
      const float v1058 = v594;
      const float v1059 = v603;
      const float v1093 = v802;
      const float v1094 = v806;
      const float v1095 = v815;
      ((float *)(base + 121216))[idx] = v1057;
      ((float *)(base + 124288))[idx] = v1058;
      ((float *)(base + 17024))[idx] = v1059;
      ((float *)(base + 147456))[idx] = v1093;
      ((float *)(base + 150528))[idx] = v1094;
      ((float *)(base + 30144))[idx] = v1095;
  }
}

/* train_k77_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k77_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a364 = ((float *)(base + 66880))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a604 = ((float *)(base + 127360))[idx];
      const float a605 = ((float *)(base + 127552))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a395 = ((float *)(base + 220608))[0];
      const float a28 = ((float *)(base + 20096))[idx];
      const float a276 = ((float *)(base + 53760))[idx];
      const float a816 = ((float *)(base + 153600))[idx];
      const float a817 = ((float *)(base + 153792))[idx];
      const float a87 = ((float *)(base + 33216))[idx];
      const float v606 = (a364 * a507);
      const float v607 = (v606 * 0.1f);
      const float v608 = (a604 * 0.9f);
      const float v609 = (v608 + v607);
      const float v610 = (v606 * v606);
      const float v611 = (v610 * 0.05f);
      const float v612 = (a605 * 0.95f);
      const float v613 = (v612 + v611);
      const float v614 = (v609 / a398);
      const float v615 = (v613 / a399);
      const float v616 = sqrtf(v615);
      const float v617 = (v616 + 1e-08f);
      const float v618 = (v614 / v617);
      const float v619 = (a395 * v618);
      const float v620 = (a28 - v619);
      const float v818 = (a276 * a507);
      const float v819 = (v818 * 0.1f);
      const float v820 = (a816 * 0.9f);
      const float v821 = (v820 + v819);
      const float v822 = (v818 * v818);
      const float v823 = (v822 * 0.05f);
      const float v824 = (a817 * 0.95f);
      const float v825 = (v824 + v823);
      const float v826 = (v821 / a398);
      const float v827 = (v825 / a399);
      const float v828 = sqrtf(v827);
      const float v829 = (v828 + 1e-08f);
      const float v830 = (v826 / v829);
      const float v831 = (a395 * v830);
      const float v832 = (a87 - v831);
      const float v1060 = v609;
      const float v1061 = v613;
      const float v1062 = v620;
      const float v1096 = v821;
      const float v1097 = v825;
      const float v1098 = v832;
      ((float *)(base + 127360))[idx] = v1060;
      ((float *)(base + 127552))[idx] = v1061;
      ((float *)(base + 20096))[idx] = v1062;
      ((float *)(base + 153600))[idx] = v1096;
      ((float *)(base + 153792))[idx] = v1097;
      ((float *)(base + 33216))[idx] = v1098;
  }
}

/* train_k78_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k78_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a343 = ((float *)(base + 65856))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a621 = ((float *)(base + 127744))[idx];
      const float a622 = ((float *)(base + 128768))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a396 = ((float *)(base + 220672))[0];
      const float a42 = ((float *)(base + 20288))[idx];
      const float a395 = ((float *)(base + 220608))[0];
      const float a255 = ((float *)(base + 52736))[idx];
      const float a833 = ((float *)(base + 153984))[idx];
      const float a834 = ((float *)(base + 155008))[idx];
      const float a101 = ((float *)(base + 33408))[idx];
      const float v623 = (a343 * a507);
      const float v624 = (v623 * 0.1f);
      const float v625 = (a621 * 0.9f);
      const float v626 = (v625 + v624);
      const float v627 = (v623 * v623);
      const float v628 = (v627 * 0.05f);
      const float v629 = (a622 * 0.95f);
      const float v630 = (v629 + v628);
      const float v631 = (v626 / a398);
      const float v632 = (v630 / a399);
      const float v633 = sqrtf(v632);
      const float v634 = (v633 + 1e-08f);
      const float v635 = (v631 / v634);
      const float v636 = (a396 * a42);
      const float v637 = (v635 + v636);
      const float v638 = (a395 * v637);
      const float v639 = (a42 - v638);
      const float v835 = (a255 * a507);
      const float v836 = (v835 * 0.1f);
      const float v837 = (a833 * 0.9f);
      const float v838 = (v837 + v836);
      const float v839 = (v835 * v835);
      const float v840 = (v839 * 0.05f);
      const float v841 = (a834 * 0.95f);
      const float v842 = (v841 + v840);
      const float v843 = (v838 / a398);
      const float v844 = (v842 / a399);
      const float v845 = sqrtf(v844);
      const float v846 = (v845 + 1e-08f);
      const float v847 = (v843 / v846);
      const float v848 = (a396 * a101);
      const float v849 = (v847 + v848);
      const float v850 = (a395 * v849);
      const float v851 = (a101 - v850);
      const float v1063 = v626;
      const float v1064 = v630;
      const float v1065 = v639;
      const float v1099 = v838;
      const float v1100 = v842;
      const float v1101 = v851;
      ((float *)(base + 127744))[idx] = v1063;
      ((float *)(base + 128768))[idx] = v1064;
      ((float *)(base + 20288))[idx] = v1065;
      ((float *)(base + 153984))[idx] = v1099;
      ((float *)(base + 155008))[idx] = v1100;
      ((float *)(base + 33408))[idx] = v1101;
  }
}

/* train_k79_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k79_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a315 = ((float *)(base + 61568))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a691 = ((float *)(base + 130176))[idx];
      const float a692 = ((float *)(base + 134272))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a396 = ((float *)(base + 220672))[0];
      const float a61 = ((float *)(base + 21504))[idx];
      const float a395 = ((float *)(base + 220608))[0];
      const float a227 = ((float *)(base + 48448))[idx];
      const float a903 = ((float *)(base + 156416))[idx];
      const float a904 = ((float *)(base + 160512))[idx];
      const float a120 = ((float *)(base + 34624))[idx];
      const float v693 = (a315 * a507);
      const float v694 = (v693 * 0.1f);
      const float v695 = (a691 * 0.9f);
      const float v696 = (v695 + v694);
      const float v697 = (v693 * v693);
      const float v698 = (v697 * 0.05f);
      const float v699 = (a692 * 0.95f);
      const float v700 = (v699 + v698);
      const float v701 = (v696 / a398);
      const float v702 = (v700 / a399);
      const float v703 = sqrtf(v702);
      const float v704 = (v703 + 1e-08f);
      const float v705 = (v701 / v704);
      const float v706 = (a396 * a61);
      const float v707 = (v705 + v706);
      const float v708 = (a395 * v707);
      const float v709 = (a61 - v708);
      const float v905 = (a227 * a507);
      const float v906 = (v905 * 0.1f);
      const float v907 = (a903 * 0.9f);
      const float v908 = (v907 + v906);
      const float v909 = (v905 * v905);
      const float v910 = (v909 * 0.05f);
      const float v911 = (a904 * 0.95f);
      const float v912 = (v911 + v910);
      const float v913 = (v908 / a398);
      const float v914 = (v912 / a399);
      const float v915 = sqrtf(v914);
      const float v916 = (v915 + 1e-08f);
      const float v917 = (v913 / v916);
      const float v918 = (a396 * a120);
      const float v919 = (v917 + v918);
      const float v920 = (a395 * v919);
      const float v921 = (a120 - v920);
      const float v1075 = v696;
      const float v1076 = v700;
      const float v1077 = v709;
      const float v1111 = v908;
      const float v1112 = v912;
      const float v1113 = v921;
      ((float *)(base + 130176))[idx] = v1075;
      ((float *)(base + 134272))[idx] = v1076;
      ((float *)(base + 21504))[idx] = v1077;
      ((float *)(base + 156416))[idx] = v1111;
      ((float *)(base + 160512))[idx] = v1112;
      ((float *)(base + 34624))[idx] = v1113;
  }
}

/* train_k80_assign: mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k80_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a311 = ((float *)(base + 61312))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a710 = ((float *)(base + 138368))[idx];
      const float a711 = ((float *)(base + 138624))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a395 = ((float *)(base + 220608))[0];
      const float a63 = ((float *)(base + 25600))[idx];
      const float a223 = ((float *)(base + 48192))[idx];
      const float a922 = ((float *)(base + 164608))[idx];
      const float a923 = ((float *)(base + 164864))[idx];
      const float a122 = ((float *)(base + 38720))[idx];
      const float v712 = (a311 * a507);
      const float v713 = (v712 * 0.1f);
      const float v714 = (a710 * 0.9f);
      const float v715 = (v714 + v713);
      const float v716 = (v712 * v712);
      const float v717 = (v716 * 0.05f);
      const float v718 = (a711 * 0.95f);
      const float v719 = (v718 + v717);
      const float v720 = (v715 / a398);
      const float v721 = (v719 / a399);
      const float v722 = sqrtf(v721);
      const float v723 = (v722 + 1e-08f);
      const float v724 = (v720 / v723);
      const float v725 = (a395 * v724);
      const float v726 = (a63 - v725);
      const float v924 = (a223 * a507);
      const float v925 = (v924 * 0.1f);
      const float v926 = (a922 * 0.9f);
      const float v927 = (v926 + v925);
      const float v928 = (v924 * v924);
      const float v929 = (v928 * 0.05f);
      const float v930 = (a923 * 0.95f);
      const float v931 = (v930 + v929);
      const float v932 = (v927 / a398);
      const float v933 = (v931 / a399);
      const float v934 = sqrtf(v933);
      const float v935 = (v934 + 1e-08f);
      const float v936 = (v932 / v935);
      const float v937 = (a395 * v936);
      const float v938 = (a122 - v937);
      const float v1078 = v715;
      const float v1079 = v719;
      const float v1080 = v726;
      const float v1114 = v927;
      const float v1115 = v931;
      const float v1116 = v938;
      ((float *)(base + 138368))[idx] = v1078;
      ((float *)(base + 138624))[idx] = v1079;
      ((float *)(base + 25600))[idx] = v1080;
      ((float *)(base + 164608))[idx] = v1114;
      ((float *)(base + 164864))[idx] = v1115;
      ((float *)(base + 38720))[idx] = v1116;
  }
}

/* train_k81_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k81_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a308 = ((float *)(base + 57216))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a727 = ((float *)(base + 138880))[idx];
      const float a728 = ((float *)(base + 142976))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a396 = ((float *)(base + 220672))[0];
      const float a66 = ((float *)(base + 25856))[idx];
      const float a395 = ((float *)(base + 220608))[0];
      const float a220 = ((float *)(base + 44096))[idx];
      const float a939 = ((float *)(base + 165120))[idx];
      const float a940 = ((float *)(base + 169216))[idx];
      const float a125 = ((float *)(base + 38976))[idx];
      const float v729 = (a308 * a507);
      const float v730 = (v729 * 0.1f);
      const float v731 = (a727 * 0.9f);
      const float v732 = (v731 + v730);
      const float v733 = (v729 * v729);
      const float v734 = (v733 * 0.05f);
      const float v735 = (a728 * 0.95f);
      const float v736 = (v735 + v734);
      const float v737 = (v732 / a398);
      const float v738 = (v736 / a399);
      const float v739 = sqrtf(v738);
      const float v740 = (v739 + 1e-08f);
      const float v741 = (v737 / v740);
      const float v742 = (a396 * a66);
      const float v743 = (v741 + v742);
      const float v744 = (a395 * v743);
      const float v745 = (a66 - v744);
      const float v941 = (a220 * a507);
      const float v942 = (v941 * 0.1f);
      const float v943 = (a939 * 0.9f);
      const float v944 = (v943 + v942);
      const float v945 = (v941 * v941);
      const float v946 = (v945 * 0.05f);
      const float v947 = (a940 * 0.95f);
      const float v948 = (v947 + v946);
      const float v949 = (v944 / a398);
      const float v950 = (v948 / a399);
      const float v951 = sqrtf(v950);
      const float v952 = (v951 + 1e-08f);
      const float v953 = (v949 / v952);
      const float v954 = (a396 * a125);
      const float v955 = (v953 + v954);
      const float v956 = (a395 * v955);
      const float v957 = (a125 - v956);
      const float v1081 = v732;
      const float v1082 = v736;
      const float v1083 = v745;
      const float v1117 = v944;
      const float v1118 = v948;
      const float v1119 = v957;
      ((float *)(base + 138880))[idx] = v1081;
      ((float *)(base + 142976))[idx] = v1082;
      ((float *)(base + 25856))[idx] = v1083;
      ((float *)(base + 165120))[idx] = v1117;
      ((float *)(base + 169216))[idx] = v1118;
      ((float *)(base + 38976))[idx] = v1119;
  }
}

/* train_k82_assign: mul f32[16, 4], mul f32[16, 4], mul f32[16, 4], add f32[16, 4], mul f32[16, 4], mul f32[16, 4], mul f32[16, 4], add f32[16, 4], div f32[16, 4], div f32[16, 4], sqrt f32[16, 4], add f32[16, 4], div f32[16, 4], mul f32[16, 4], add f32[16, 4], mul f32[16, 4], sub f32[16, 4], assign f32[16, 4], assign f32[16, 4], assign f32[16, 4] */
void train_k82_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a188 = ((float *)(base + 43648))[idx];
      const float a507 = ((float *)(base + 174464))[0];
      const float a1009 = ((float *)(base + 173696))[idx];
      const float a1010 = ((float *)(base + 173952))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a396 = ((float *)(base + 220672))[0];
      const float a149 = ((float *)(base + 43264))[idx];
      const float a395 = ((float *)(base + 220608))[0];
      const float v1011 = (a188 * a507);
      const float v1012 = (v1011 * 0.1f);
      const float v1013 = (a1009 * 0.9f);
      const float v1014 = (v1013 + v1012);
      const float v1015 = (v1011 * v1011);
      const float v1016 = (v1015 * 0.05f);
      const float v1017 = (a1010 * 0.95f);
      const float v1018 = (v1017 + v1016);
      const float v1019 = (v1014 / a398);
      const float v1020 = (v1018 / a399);
      const float v1021 = sqrtf(v1020);
      const float v1022 = (v1021 + 1e-08f);
      const float v1023 = (v1019 / v1022);
      const float v1024 = (a396 * a149);
      const float v1025 = (v1023 + v1024);
      const float v1026 = (a395 * v1025);
      const float v1027 = (a149 - v1026);
      const float v1129 = v1014;
      const float v1130 = v1018;
      const float v1131 = v1027;
      ((float *)(base + 173696))[idx] = v1129;
      ((float *)(base + 173952))[idx] = v1130;
      ((float *)(base + 43264))[idx] = v1131;
  }
}

/* train_k83_assign: mul f32[4], add f32[4], mul f32[4], add f32[4], div f32[4], div f32[4], sqrt f32[4], add f32[4], div f32[4], mul f32[4], sub f32[4], assign f32[4], assign f32[4], assign f32[4] */
void train_k83_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a1028 = ((float *)(base + 174208))[idx];
      const float a1031 = ((float *)(base + 174528))[idx];
      const float a1029 = ((float *)(base + 174272))[idx];
      const float a1035 = ((float *)(base + 174592))[idx];
      const float a398 = ((float *)(base + 220800))[0];
      const float a399 = ((float *)(base + 220864))[0];
      const float a395 = ((float *)(base + 220608))[0];
      const float a151 = ((float *)(base + 43520))[idx];
      const float v1032 = (a1028 * 0.9f);
      const float v1033 = (v1032 + a1031);
      const float v1036 = (a1029 * 0.95f);
      const float v1037 = (v1036 + a1035);
      const float v1038 = (v1033 / a398);
      const float v1039 = (v1037 / a399);
      const float v1040 = sqrtf(v1039);
      const float v1041 = (v1040 + 1e-08f);
      const float v1042 = (v1038 / v1041);
      const float v1043 = (a395 * v1042);
      const float v1044 = (a151 - v1043);
      const float v1132 = v1033;
      const float v1133 = v1037;
      const float v1134 = v1044;
      ((float *)(base + 174208))[idx] = v1132;
      ((float *)(base + 174272))[idx] = v1133;
      ((float *)(base + 43520))[idx] = v1134;
  }
}

/* eval_k84_gather: gather f32[2, 8, 16] */
void eval_k84_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 175360))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 175360))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 174336))[idx] = v3;
  }
}

/* eval_k85_positions: positions i32[8] */
void eval_k85_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 181568))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 175872))[idx] = v6;
  }
}

/* eval_k86_gather: gather f32[8, 16] */
void eval_k86_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 175872))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 175872))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175360))[idx] = v7;
  }
}

/* eval_k87_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k87_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 174336))[idx];
      const float a7 = ((float *)(base + 175360))[(idx % 128LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.0625f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 174336))[idx];
      const float a7 = ((float *)(base + 175360))[(idx % 128LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v15 = (v14 * v14);
      acc16 = acc16 + v15;
    }
      const float v16 = (float)acc16;
      const float v17 = (v16 * 0.0625f);
      const float v19 = (v17 + 1e-05f);
      const float v20 = (1.0f / sqrtf(v19));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 174336))[idx];
      const float a7 = ((float *)(base + 175360))[(idx % 128LL)];
      const float a9 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a10 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 177408))[idx] = v8;
      ((float *)(base + 178432))[idx] = v23;
    }
  }
}

/* eval_k88_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k88_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v28 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v29 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v30 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 178432))[idx] = v28;
      ((float *)(base + 179456))[idx] = v29;
      ((float *)(base + 180480))[idx] = v30;
  }
}

/* eval_k89_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k89_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v32 = ((float *)(base + 178432))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v34 = ((float *)(base + 179456))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 180480))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v32;
      ((float *)(base + 175360))[idx] = v34;
      ((float *)(base + 176384))[idx] = v36;
  }
}

/* eval_k90_attention: attention forward: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k90_attention(char *base) {
  const float *Q = (const float *)(base + 174336); (void)Q;
  const float *K = (const float *)(base + 175360); (void)K;
  const float *V = (const float *)(base + 176384); (void)V;
  const int32_t *P = (const int32_t *)(base + 181568); (void)P;
  float *out = (float *)(base + 178432); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 8LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 8LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = acc[d] * inv;
  }
}

/* eval_k91_permute: permute f32[2, 8, 2, 8] */
void eval_k91_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v38 = ((float *)(base + 178432))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v38;
  }
}

/* eval_k92_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k92_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 177408))[idx];
      const float a43 = ((float *)(base + 175360))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.0625f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 177408))[idx];
      const float a43 = ((float *)(base + 175360))[idx];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = (float)acc51;
      const float v52 = (v51 * 0.0625f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 177408))[idx];
      const float a43 = ((float *)(base + 175360))[idx];
      const float a45 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a46 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 178432))[idx] = v44;
      ((float *)(base + 179456))[idx] = v57;
    }
  }
}

/* eval_k93_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k93_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 178432))[idx];
      const float a66 = ((float *)(base + 179456))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.0625f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 178432))[idx];
      const float a66 = ((float *)(base + 179456))[idx];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v73 = (v72 * v72);
      acc74 = acc74 + v73;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.0625f);
      const float v76 = (v75 + 1e-05f);
      const float v77 = (1.0f / sqrtf(v76));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 178432))[idx];
      const float a66 = ((float *)(base + 179456))[idx];
      const float a68 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a69 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 177408))[idx] = v67;
      ((float *)(base + 180480))[idx] = v80;
    }
  }
}

/* eval_k94_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k94_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v85 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v86 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v87 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 178432))[idx] = v85;
      ((float *)(base + 179456))[idx] = v86;
      ((float *)(base + 180480))[idx] = v87;
  }
}

/* eval_k95_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k95_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v89 = ((float *)(base + 178432))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v91 = ((float *)(base + 179456))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v93 = ((float *)(base + 180480))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v89;
      ((float *)(base + 175360))[idx] = v91;
      ((float *)(base + 176384))[idx] = v93;
  }
}

/* eval_k96_attention: attention forward: q[2, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k96_attention(char *base) {
  const float *Q = (const float *)(base + 174336); (void)Q;
  const float *K = (const float *)(base + 175360); (void)K;
  const float *V = (const float *)(base + 176384); (void)V;
  const int32_t *P = (const int32_t *)(base + 181568); (void)P;
  float *out = (float *)(base + 178432); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 8LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 8LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = acc[d] * inv;
  }
}

/* eval_k97_permute: permute f32[2, 8, 2, 8] */
void eval_k97_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v95 = ((float *)(base + 178432))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v95;
  }
}

/* eval_k98_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k98_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc104 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 177408))[idx];
      const float a100 = ((float *)(base + 175360))[idx];
      const float v101 = (a67 + a100);
      acc104 = acc104 + v101;
    }
      const float v104 = (float)acc104;
      const float v105 = (v104 * 0.0625f);
    double acc108 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 177408))[idx];
      const float a100 = ((float *)(base + 175360))[idx];
      const float v101 = (a67 + a100);
      const float v106 = (v101 - v105);
      const float v107 = (v106 * v106);
      acc108 = acc108 + v107;
    }
      const float v108 = (float)acc108;
      const float v109 = (v108 * 0.0625f);
      const float v110 = (v109 + 1e-05f);
      const float v111 = (1.0f / sqrtf(v110));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 177408))[idx];
      const float a100 = ((float *)(base + 175360))[idx];
      const float a102 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a103 = ((float *)(base + 34560))[(idx % 16LL)];
      const float v101 = (a67 + a100);
      const float v106 = (v101 - v105);
      const float v112 = (v106 * v111);
      const float v113 = (v112 * a102);
      const float v114 = (v113 + a103);
      ((float *)(base + 178432))[idx] = v101;
      ((float *)(base + 179456))[idx] = v114;
    }
  }
}

/* eval_k99_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k99_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc127 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a101 = ((float *)(base + 178432))[idx];
      const float a123 = ((float *)(base + 179456))[idx];
      const float v124 = (a101 + a123);
      acc127 = acc127 + v124;
    }
      const float v127 = (float)acc127;
      const float v128 = (v127 * 0.0625f);
    double acc131 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a101 = ((float *)(base + 178432))[idx];
      const float a123 = ((float *)(base + 179456))[idx];
      const float v124 = (a101 + a123);
      const float v129 = (v124 - v128);
      const float v130 = (v129 * v129);
      acc131 = acc131 + v130;
    }
      const float v131 = (float)acc131;
      const float v132 = (v131 * 0.0625f);
      const float v133 = (v132 + 1e-05f);
      const float v134 = (1.0f / sqrtf(v133));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a101 = ((float *)(base + 178432))[idx];
      const float a123 = ((float *)(base + 179456))[idx];
      const float a125 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a126 = ((float *)(base + 43200))[(idx % 16LL)];
      const float v124 = (a101 + a123);
      const float v129 = (v124 - v128);
      const float v135 = (v129 * v134);
      const float v136 = (v135 * a125);
      const float v137 = (v136 + a126);
      ((float *)(base + 174336))[idx] = v137;
    }
  }
}

/* eval_k100_rowsum: permute f32[2, 16, 8], sum f32[2, 16, 1], mul f32[2, 16, 1] */
void eval_k100_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc139 = 0.0f;
    for (int64_t col = 0; col < 8LL; col++) {
      const int64_t idx = r * 8LL + col; (void)idx;
      const float v138 = ((float *)(base + 174336))[0 + ((idx / 128LL)) * 128LL + ((idx / 8LL % 16LL)) * 1LL + ((idx / 1LL % 8LL)) * 16LL];
      acc139 = acc139 + v138;
    }
      const float v139 = (float)acc139;
      const float v141 = (v139 * 0.125f);
    {
      ((float *)(base + 175360))[r] = v141;
    }
  }
}

/* eval_k101_rowmax: max_reduce f32[2, 1], sub f32[2, 4], exp f32[2, 4], sum f32[2, 1], log f32[2, 1], add f32[2, 1], one_hot f32[2, 4], mul f32[2, 4], sum f32[2, 1], sub f32[2, 1] */
void eval_k101_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 2LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc147 = -G23_INF;
    double acc156 = 0.0f;
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const int32_t a153 = ((int32_t *)(base + 181504))[(idx / 4LL)];
      const float a146 = ((float *)(base + 174336))[idx];
      const float v154 = (float)(col == (int64_t)a153);
      const float v155 = (a146 * v154);
      acc147 = fmax(acc147, a146);
      acc156 = acc156 + v155;
    }
      const float v147 = (float)acc147;
      const float v156 = (float)acc156;
    double acc150 = 0.0f;
    for (int64_t col = 0; col < 4LL; col++) {
      const int64_t idx = r * 4LL + col; (void)idx;
      const float a146 = ((float *)(base + 174336))[idx];
      const float v148 = (a146 - v147);
      const float v149 = expf(v148);
      acc150 = acc150 + v149;
    }
      const float v150 = (float)acc150;
      const float v151 = logf(v150);
      const float v152 = (v151 + v147);
      const float v157 = (v152 - v156);
    {
      ((float *)(base + 174400))[r] = v157;
    }
  }
}

/* eval_k102_rowsum: sum f32[1], mul f32[1] */
void eval_k102_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc159 = 0.0f;
    for (int64_t col = 0; col < 2LL; col++) {
      const int64_t idx = r * 2LL + col; (void)idx;
      const float a158 = ((float *)(base + 174400))[idx];
      acc159 = acc159 + a158;
    }
      const float v159 = (float)acc159;
      const float v161 = (v159 * 0.5f);
    {
      ((float *)(base + 174336))[r] = v161;
    }
  }
}

/* prefill_k103_gather: gather f32[1, 8, 16] */
void prefill_k103_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 174848))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 174848))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 174336))[idx] = v2;
  }
}

/* prefill_k104_positions: positions i32[8] */
void prefill_k104_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 177920))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 175360))[idx] = v5;
  }
}

/* prefill_k105_gather: gather f32[8, 16] */
void prefill_k105_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 175360))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 175360))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 174848))[idx] = v6;
  }
}

/* prefill_k106_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k106_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 174336))[idx];
      const float a6 = ((float *)(base + 174848))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.0625f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 174336))[idx];
      const float a6 = ((float *)(base + 174848))[idx];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v14 = (v13 * v13);
      acc15 = acc15 + v14;
    }
      const float v15 = (float)acc15;
      const float v16 = (v15 * 0.0625f);
      const float v18 = (v16 + 1e-05f);
      const float v19 = (1.0f / sqrtf(v18));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 174336))[idx];
      const float a6 = ((float *)(base + 174848))[idx];
      const float a8 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a9 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 175872))[idx] = v7;
      ((float *)(base + 176384))[idx] = v22;
    }
  }
}

/* prefill_k107_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k107_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v27 = ((float *)(base + 174336))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 174336))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 174336))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 176384))[idx] = v27;
      ((float *)(base + 176896))[idx] = v28;
      ((float *)(base + 177408))[idx] = v29;
  }
}

/* prefill_k108_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k108_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v31 = ((float *)(base + 176384))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 176896))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v35 = ((float *)(base + 177408))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v31;
      ((float *)(base + 174848))[idx] = v33;
      ((float *)(base + 175360))[idx] = v35;
  }
}

/* prefill_k109_attention: attention forward: q[1, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k109_attention(char *base) {
  const float *Q = (const float *)(base + 174336); (void)Q;
  const float *K = (const float *)(base + 174848); (void)K;
  const float *V = (const float *)(base + 175360); (void)V;
  const int32_t *P = (const int32_t *)(base + 177920); (void)P;
  float *out = (float *)(base + 176384); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 8LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 8LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = acc[d] * inv;
  }
}

/* prefill_k110_permute: permute f32[1, 8, 2, 8] */
void prefill_k110_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v37 = ((float *)(base + 176384))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v37;
  }
}

/* prefill_k111_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k111_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc46 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 175872))[idx];
      const float a42 = ((float *)(base + 174848))[idx];
      const float v43 = (a7 + a42);
      acc46 = acc46 + v43;
    }
      const float v46 = (float)acc46;
      const float v47 = (v46 * 0.0625f);
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 175872))[idx];
      const float a42 = ((float *)(base + 174848))[idx];
      const float v43 = (a7 + a42);
      const float v48 = (v43 - v47);
      const float v49 = (v48 * v48);
      acc50 = acc50 + v49;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
      const float v52 = (v51 + 1e-05f);
      const float v53 = (1.0f / sqrtf(v52));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 175872))[idx];
      const float a42 = ((float *)(base + 174848))[idx];
      const float a44 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a45 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v43 = (a7 + a42);
      const float v48 = (v43 - v47);
      const float v54 = (v48 * v53);
      const float v55 = (v54 * a44);
      const float v56 = (v55 + a45);
      ((float *)(base + 176384))[idx] = v43;
      ((float *)(base + 176896))[idx] = v56;
    }
  }
}

/* prefill_k112_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k112_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc69 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a43 = ((float *)(base + 176384))[idx];
      const float a65 = ((float *)(base + 176896))[idx];
      const float v66 = (a43 + a65);
      acc69 = acc69 + v66;
    }
      const float v69 = (float)acc69;
      const float v70 = (v69 * 0.0625f);
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a43 = ((float *)(base + 176384))[idx];
      const float a65 = ((float *)(base + 176896))[idx];
      const float v66 = (a43 + a65);
      const float v71 = (v66 - v70);
      const float v72 = (v71 * v71);
      acc73 = acc73 + v72;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.0625f);
      const float v75 = (v74 + 1e-05f);
      const float v76 = (1.0f / sqrtf(v75));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a43 = ((float *)(base + 176384))[idx];
      const float a65 = ((float *)(base + 176896))[idx];
      const float a67 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a68 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v66 = (a43 + a65);
      const float v71 = (v66 - v70);
      const float v77 = (v71 * v76);
      const float v78 = (v77 * a67);
      const float v79 = (v78 + a68);
      ((float *)(base + 175872))[idx] = v66;
      ((float *)(base + 177408))[idx] = v79;
    }
  }
}

/* prefill_k113_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k113_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v84 = ((float *)(base + 174336))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v85 = ((float *)(base + 174336))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v86 = ((float *)(base + 174336))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 176384))[idx] = v84;
      ((float *)(base + 176896))[idx] = v85;
      ((float *)(base + 177408))[idx] = v86;
  }
}

/* prefill_k114_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k114_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v88 = ((float *)(base + 176384))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v90 = ((float *)(base + 176896))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v92 = ((float *)(base + 177408))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v88;
      ((float *)(base + 174848))[idx] = v90;
      ((float *)(base + 175360))[idx] = v92;
  }
}

/* prefill_k115_attention: attention forward: q[1, 2, 8, 8] S=8 score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k115_attention(char *base) {
  const float *Q = (const float *)(base + 174336); (void)Q;
  const float *K = (const float *)(base + 174848); (void)K;
  const float *V = (const float *)(base + 175360); (void)V;
  const int32_t *P = (const int32_t *)(base + 177920); (void)P;
  float *out = (float *)(base + 176384); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 64LL, *vb = V + bh * 64LL;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      if (sc == -G23_INF) continue;
      if (sc > m) {
        const float cr = expf(m - sc);
        l *= cr;
        for (int64_t d = 0; d < 8LL; d++) acc[d] *= cr;
        m = sc;
      }
      const float p = expf(sc - m);
      l += p;
      for (int64_t d = 0; d < 8LL; d++) acc[d] += p * vj[d];
    }
    const float inv = l > 0.0f ? 1.0f / l : 0.0f;
    for (int64_t d = 0; d < 8LL; d++) out[idx * 8LL + d] = acc[d] * inv;
  }
}

/* prefill_k116_permute: permute f32[1, 8, 2, 8] */
void prefill_k116_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v94 = ((float *)(base + 176384))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 174336))[idx] = v94;
  }
}

/* prefill_k117_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k117_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc103 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a66 = ((float *)(base + 175872))[idx];
      const float a99 = ((float *)(base + 174848))[idx];
      const float v100 = (a66 + a99);
      acc103 = acc103 + v100;
    }
      const float v103 = (float)acc103;
      const float v104 = (v103 * 0.0625f);
    double acc107 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a66 = ((float *)(base + 175872))[idx];
      const float a99 = ((float *)(base + 174848))[idx];
      const float v100 = (a66 + a99);
      const float v105 = (v100 - v104);
      const float v106 = (v105 * v105);
      acc107 = acc107 + v106;
    }
      const float v107 = (float)acc107;
      const float v108 = (v107 * 0.0625f);
      const float v109 = (v108 + 1e-05f);
      const float v110 = (1.0f / sqrtf(v109));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a66 = ((float *)(base + 175872))[idx];
      const float a99 = ((float *)(base + 174848))[idx];
      const float a101 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a102 = ((float *)(base + 34560))[(idx % 16LL)];
      const float v100 = (a66 + a99);
      const float v105 = (v100 - v104);
      const float v111 = (v105 * v110);
      const float v112 = (v111 * a101);
      const float v113 = (v112 + a102);
      ((float *)(base + 176384))[idx] = v100;
      ((float *)(base + 176896))[idx] = v113;
    }
  }
}

/* prefill_k118_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k118_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc126 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a100 = ((float *)(base + 176384))[idx];
      const float a122 = ((float *)(base + 176896))[idx];
      const float v123 = (a100 + a122);
      acc126 = acc126 + v123;
    }
      const float v126 = (float)acc126;
      const float v127 = (v126 * 0.0625f);
    double acc130 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a100 = ((float *)(base + 176384))[idx];
      const float a122 = ((float *)(base + 176896))[idx];
      const float v123 = (a100 + a122);
      const float v128 = (v123 - v127);
      const float v129 = (v128 * v128);
      acc130 = acc130 + v129;
    }
      const float v130 = (float)acc130;
      const float v131 = (v130 * 0.0625f);
      const float v132 = (v131 + 1e-05f);
      const float v133 = (1.0f / sqrtf(v132));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a100 = ((float *)(base + 176384))[idx];
      const float a122 = ((float *)(base + 176896))[idx];
      const float a124 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a125 = ((float *)(base + 43200))[(idx % 16LL)];
      const float v123 = (a100 + a122);
      const float v128 = (v123 - v127);
      const float v134 = (v128 * v133);
      const float v135 = (v134 * a124);
      const float v136 = (v135 + a125);
      ((float *)(base + 174336))[idx] = v136;
    }
  }
}

/* prefill_k119_rowsum: permute f32[1, 16, 8], sum f32[1, 16, 1], mul f32[1, 16, 1] */
void prefill_k119_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc138 = 0.0f;
    for (int64_t col = 0; col < 8LL; col++) {
      const int64_t idx = r * 8LL + col; (void)idx;
      const float v137 = ((float *)(base + 174336))[0 + ((idx / 8LL % 16LL)) * 1LL + ((idx / 1LL % 8LL)) * 16LL];
      acc138 = acc138 + v137;
    }
      const float v138 = (float)acc138;
      const float v140 = (v138 * 0.125f);
    {
      ((float *)(base + 174848))[r] = v140;
    }
  }
}

