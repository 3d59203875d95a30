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


/* train_k0_gather: gather f32[16, 32, 16] */
void train_k0_gather(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 1900288))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 1900288))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 130816))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[32] */
void train_k1_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 1918848))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 1918720))[idx] = v6;
  }
}

/* train_k2_gather: gather f32[32, 16] */
void train_k2_gather(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 1918720))[idx / 16LL] < 32u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 1918720))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 163584))[idx] = v7;
  }
}

/* train_k3_rowsum: add f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k3_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 130816))[idx];
      const float a7 = ((float *)(base + 163584))[(idx % 512LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.0625f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 130816))[idx];
      const float a7 = ((float *)(base + 163584))[(idx % 512LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v15 = (v14 * v14);
      acc16 = acc16 + v15;
    }
      const float v16 = (float)acc16;
      const float v17 = (v16 * 0.0625f);
      const float v19 = (v17 + 1e-05f);
      const float v20 = (1.0f / sqrtf(v19));
      const float v212 = (v20 * v20);
      const float v213 = (v212 * v20);
      const float v214 = (v213 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 130816))[idx];
      const float a7 = ((float *)(base + 163584))[(idx % 512LL)];
      const float a9 = ((float *)(base + 18432))[(idx % 16LL)];
      const float a10 = ((float *)(base + 18496))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 229120))[idx] = v8;
      ((float *)(base + 1441536))[idx] = v14;
      ((float *)(base + 1474304))[idx] = v21;
      ((float *)(base + 1507072))[idx] = v23;
    }
    {
      ((float *)(base + 1904384))[r] = v20;
      ((float *)(base + 1906432))[r] = v214;
    }
  }
}

/* train_k4_slice: slice f32[16, 32, 16], slice f32[16, 32, 16], slice f32[16, 32, 16] */
void train_k4_slice(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v28 = ((float *)(base + 130816))[0 + ((idx / 512LL)) * 1536LL + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v29 = ((float *)(base + 130816))[0 + ((idx / 512LL)) * 1536LL + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v30 = ((float *)(base + 130816))[0 + ((idx / 512LL)) * 1536LL + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 261888))[idx] = v28;
      ((float *)(base + 294656))[idx] = v29;
      ((float *)(base + 327424))[idx] = v30;
  }
}

/* train_k5_permute: permute f32[16, 2, 32, 8], permute f32[16, 2, 32, 8], permute f32[16, 2, 32, 8] */
void train_k5_permute(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v32 = ((float *)(base + 261888))[0 + ((idx / 512LL)) * 512LL + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v34 = ((float *)(base + 294656))[0 + ((idx / 512LL)) * 512LL + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 327424))[0 + ((idx / 512LL)) * 512LL + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 1539840))[idx] = v32;
      ((float *)(base + 1572608))[idx] = v34;
      ((float *)(base + 1605376))[idx] = v36;
  }
}

/* train_k6_attention: attention forward: q[16, 2, 32, 8] S=32 causal score=((s) * 0.353553391f) -> [16, 2, 32, 8] */
void train_k6_attention(char *base) {
  const float *Q = (const float *)(base + 1539840); (void)Q;
  const float *K = (const float *)(base + 1572608); (void)K;
  const float *V = (const float *)(base + 1605376); (void)V;
  const int32_t *P = (const int32_t *)(base + 1918848); (void)P;
  float *out = (float *)(base + 1638144); (void)out;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 256LL, *vb = V + bh * 256LL;
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

/* train_k7_permute: permute f32[16, 32, 2, 8] */
void train_k7_permute(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v38 = ((float *)(base + 1638144))[0 + ((idx / 512LL)) * 512LL + ((idx / 16LL % 32LL)) * 8LL + ((idx / 8LL % 2LL)) * 256LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 1670912))[idx] = v38;
  }
}

/* train_k8_rowsum: add f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k8_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 229120))[idx];
      const float a43 = ((float *)(base + 130816))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.0625f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 229120))[idx];
      const float a43 = ((float *)(base + 130816))[idx];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = (float)acc51;
      const float v52 = (v51 * 0.0625f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
      const float v160 = (v54 * v54);
      const float v161 = (v160 * v54);
      const float v162 = (v161 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 229120))[idx];
      const float a43 = ((float *)(base + 130816))[idx];
      const float a45 = ((float *)(base + 22912))[(idx % 16LL)];
      const float a46 = ((float *)(base + 22976))[(idx % 16LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 163584))[idx] = v44;
      ((float *)(base + 1703680))[idx] = v49;
      ((float *)(base + 1736448))[idx] = v55;
      ((float *)(base + 1769216))[idx] = v57;
    }
    {
      ((float *)(base + 1908480))[r] = v54;
      ((float *)(base + 1910528))[r] = v162;
    }
  }
}

/* train_k9_gelu: gelu f32[16, 32, 64] */
void train_k9_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32768LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a61 = ((float *)(base + 1179392))[idx];
      const float v62 = g23_gelu(a61);
      ((float *)(base + 1310464))[idx] = v62;
  }
}

/* train_k10_rowsum: add f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k10_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 163584))[idx];
      const float a66 = ((float *)(base + 130816))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.0625f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 163584))[idx];
      const float a66 = ((float *)(base + 130816))[idx];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v73 = (v72 * v72);
      acc74 = acc74 + v73;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.0625f);
      const float v76 = (v75 + 1e-05f);
      const float v77 = (1.0f / sqrtf(v76));
      const float v126 = (v77 * v77);
      const float v127 = (v126 * v77);
      const float v129 = (v127 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 163584))[idx];
      const float a66 = ((float *)(base + 130816))[idx];
      const float a68 = ((float *)(base + 31552))[(idx % 16LL)];
      const float a69 = ((float *)(base + 31616))[(idx % 16LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 1801984))[idx] = v72;
      ((float *)(base + 1834752))[idx] = v78;
      ((float *)(base + 1867520))[idx] = v80;
    }
    {
      ((float *)(base + 1912576))[r] = v77;
      ((float *)(base + 1914624))[r] = v129;
    }
  }
}

/* train_k11_rowmax: max_reduce f32[16, 32, 1], sub f32[16, 32, 256], exp f32[16, 32, 256], sum f32[16, 32, 1], log f32[16, 32, 1], add f32[16, 32, 1], one_hot f32[16, 32, 256], mul f32[16, 32, 256], sum f32[16, 32, 1], sub f32[16, 32, 1], mul f32[16, 32, 256], div f32[16, 32, 1], expand f32[16, 32, 256], mul f32[16, 32, 256], add f32[16, 32, 256], neg f32[16, 32, 256], sum f32[16, 32, 1], add f32[16, 32, 1], lt f32[16, 32, 256], sub f32[16, 32, 256], sum f32[16, 32, 1], div f32[16, 32, 256], mul f32[16, 32, 256], add f32[16, 32, 256] */
void train_k11_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc82 = -G23_INF;
    double acc91 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a88 = ((int32_t *)(base + 1902336))[(idx / 256LL)];
      const float a81 = ((float *)(base + 130816))[idx];
      const float v89 = (float)(col == (int64_t)a88);
      const float v90 = (a81 * v89);
      acc82 = fmax(acc82, a81);
      acc91 = acc91 + v90;
    }
      const float v82 = (float)acc82;
      const float v91 = (float)acc91;
    double acc85 = 0.0f;
    double acc111 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a81 = ((float *)(base + 130816))[idx];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      const float v108 = (float)(a81 < v82);
      const float v110 = (1.0f - v108);
      acc85 = acc85 + v84;
      acc111 = acc111 + v110;
    }
      const float v85 = (float)acc85;
      const float v86 = logf(v85);
      const float v87 = (v86 + v82);
      const float v92 = (v87 - v91);
      const float v101 = (0.001953125f / v85);
      const float v111 = (float)acc111;
    double acc106 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a81 = ((float *)(base + 130816))[idx];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      const float v102 = v101;
      const float v103 = (v102 * v84);
      const float v105 = (-v103);
      acc106 = acc106 + v105;
    }
      const float v106 = (float)acc106;
      const float v107 = (0.001953125f + v106);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a81 = ((float *)(base + 130816))[idx];
      const int32_t a88 = ((int32_t *)(base + 1902336))[(idx / 256LL)];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      const float v89 = (float)(col == (int64_t)a88);
      const float v100 = ((-0.001953125f) * v89);
      const float v102 = v101;
      const float v103 = (v102 * v84);
      const float v104 = (v100 + v103);
      const float v108 = (float)(a81 < v82);
      const float v110 = (1.0f - v108);
      const float v112 = (v110 / v111);
      const float v113 = (v107 * v112);
      const float v114 = (v104 + v113);
      ((float *)(base + 655104))[idx] = v114;
    }
    {
      ((float *)(base + 1916672))[r] = v92;
    }
  }
}

/* train_k12_rowsum: sum f32[1], mul f32[1] */
void train_k12_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc94 = 0.0f;
    for (int64_t col = 0; col < 512LL; col++) {
      const int64_t idx = r * 512LL + col; (void)idx;
      const float a93 = ((float *)(base + 1916672))[idx];
      acc94 = acc94 + a93;
    }
      const float v94 = (float)acc94;
      const float v96 = (v94 * 0.001953125f);
    {
      ((float *)(base + 474880))[r] = v96;
    }
  }
}

/* train_k13_reduce_to: reduce_to f32[16] */
void train_k13_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 130816))[ii];
      }
      ((float *)(base + 31680))[idx] = acc;
  }
}

/* train_k14_rowsum: mul f32[16, 32, 16], mul f32[16, 32, 16], mul f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16], add f32[16, 32, 16], neg f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 16], add f32[16, 32, 16] */
void train_k14_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc125 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a115 = ((float *)(base + 130816))[idx];
      const float a68 = ((float *)(base + 31552))[(idx % 16LL)];
      const float a72 = ((float *)(base + 1801984))[idx];
      const float v120 = (a115 * a68);
      const float v124 = (v120 * a72);
      acc125 = acc125 + v124;
    }
      const float b129 = ((float *)(base + 1914624))[r];
      const float v125 = (float)acc125;
      const float v130 = (v125 * b129);
      const float v131 = (v130 * 0.0625f);
    double acc137 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a115 = ((float *)(base + 130816))[idx];
      const float a68 = ((float *)(base + 31552))[(idx % 16LL)];
      const float a77 = ((float *)(base + 1912576))[(idx / 16LL)];
      const float a72 = ((float *)(base + 1801984))[idx];
      const float v120 = (a115 * a68);
      const float v123 = (v120 * a77);
      const float v132 = v131;
      const float v133 = (v132 * a72);
      const float v134 = (v123 + v133);
      const float v135 = (v134 + v133);
      const float v136 = (-v135);
      acc137 = acc137 + v136;
    }
      const float v137 = (float)acc137;
      const float v138 = (v137 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a115 = ((float *)(base + 130816))[idx];
      const float a68 = ((float *)(base + 31552))[(idx % 16LL)];
      const float a78 = ((float *)(base + 1834752))[idx];
      const float a77 = ((float *)(base + 1912576))[(idx / 16LL)];
      const float a72 = ((float *)(base + 1801984))[idx];
      const float v120 = (a115 * a68);
      const float v121 = (a115 * a78);
      const float v123 = (v120 * a77);
      const float v132 = v131;
      const float v133 = (v132 * a72);
      const float v134 = (v123 + v133);
      const float v135 = (v134 + v133);
      const float v139 = v138;
      const float v140 = (v135 + v139);
      ((float *)(base + 163584))[idx] = v121;
      ((float *)(base + 392960))[idx] = v140;
    }
  }
}

/* train_k15_reduce_to: reduce_to f32[16] */
void train_k15_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 163584))[ii];
      }
      ((float *)(base + 31744))[idx] = acc;
  }
}

/* train_k16_reduce_to: reduce_to f32[16] */
void train_k16_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 392960))[ii];
      }
      ((float *)(base + 31808))[idx] = acc;
  }
}

/* train_k17_mul: gelu_grad f32[16, 32, 64], mul f32[16, 32, 64] */
void train_k17_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32768LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a61 = ((float *)(base + 1179392))[idx];
      const float a142 = ((float *)(base + 130816))[idx];
      const float v146 = g23_gelu_grad(a61);
      const float v147 = (a142 * v146);
      ((float *)(base + 261888))[idx] = v147;
  }
}

/* train_k18_reduce_to: reduce_to f32[64] */
void train_k18_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 2048LL + (j / 1LL % 32LL) * 64LL;
        acc += ((float *)(base + 261888))[ii];
      }
      ((float *)(base + 35968))[idx] = acc;
  }
}

/* train_k19_reduce_to: reduce_to f32[16] */
void train_k19_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 130816))[ii];
      }
      ((float *)(base + 40320))[idx] = acc;
  }
}

/* train_k20_rowsum: mul f32[16, 32, 16], mul f32[16, 32, 16], mul f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16], add f32[16, 32, 16], add f32[16, 32, 16], neg f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 16], add f32[16, 32, 16] */
void train_k20_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc159 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a149 = ((float *)(base + 130816))[idx];
      const float a45 = ((float *)(base + 22912))[(idx % 16LL)];
      const float a49 = ((float *)(base + 1703680))[idx];
      const float v154 = (a149 * a45);
      const float v158 = (v154 * a49);
      acc159 = acc159 + v158;
    }
      const float b162 = ((float *)(base + 1910528))[r];
      const float v159 = (float)acc159;
      const float v163 = (v159 * b162);
      const float v164 = (v163 * 0.0625f);
    double acc171 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a149 = ((float *)(base + 130816))[idx];
      const float a45 = ((float *)(base + 22912))[(idx % 16LL)];
      const float a54 = ((float *)(base + 1908480))[(idx / 16LL)];
      const float a49 = ((float *)(base + 1703680))[idx];
      const float v154 = (a149 * a45);
      const float v157 = (v154 * a54);
      const float v165 = v164;
      const float v166 = (v165 * a49);
      const float v167 = (v157 + v166);
      const float v168 = (v167 + v166);
      const float v170 = (-v168);
      acc171 = acc171 + v170;
    }
      const float v171 = (float)acc171;
      const float v172 = (v171 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a149 = ((float *)(base + 130816))[idx];
      const float a45 = ((float *)(base + 22912))[(idx % 16LL)];
      const float a55 = ((float *)(base + 1736448))[idx];
      const float a54 = ((float *)(base + 1908480))[(idx / 16LL)];
      const float a49 = ((float *)(base + 1703680))[idx];
      const float a140 = ((float *)(base + 392960))[idx];
      const float v154 = (a149 * a45);
      const float v155 = (a149 * a55);
      const float v157 = (v154 * a54);
      const float v165 = v164;
      const float v166 = (v165 * a49);
      const float v167 = (v157 + v166);
      const float v168 = (v167 + v166);
      const float v169 = (a140 + v168);
      const float v173 = v172;
      const float v174 = (v169 + v173);
      ((float *)(base + 163584))[idx] = v155;
      ((float *)(base + 229120))[idx] = v174;
    }
  }
}

/* train_k21_reduce_to: reduce_to f32[16] */
void train_k21_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 163584))[ii];
      }
      ((float *)(base + 40384))[idx] = acc;
  }
}

/* train_k22_reduce_to: reduce_to f32[16] */
void train_k22_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 229120))[ii];
      }
      ((float *)(base + 40448))[idx] = acc;
  }
}

/* train_k23_permute: permute f32[16, 2, 32, 8] */
void train_k23_permute(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v181 = ((float *)(base + 130816))[0 + ((idx / 512LL)) * 512LL + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 261888))[idx] = v181;
  }
}

/* train_k24_attention_dq: attention_backward dq and row statistics: q[16, 2, 32, 8] S=32 causal score=((s) * 0.353553391f) -> [3, 16, 2, 32, 8] */
void train_k24_attention_dq(char *base) {
  const float *Q = (const float *)(base + 1539840); (void)Q;
  const float *K = (const float *)(base + 1572608); (void)K;
  const float *V = (const float *)(base + 1605376); (void)V;
  const int32_t *P = (const int32_t *)(base + 1918848); (void)P;
  const float *O = (const float *)(base + 1638144); (void)O;
  const float *dO = (const float *)(base + 261888); (void)dO;
  float *out = (float *)(base + 130816); (void)out;
  float *tmp = (float *)(base + 294656); (void)tmp;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 256LL, *vb = V + bh * 256LL;
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
    tmp[1024LL + idx] = Di;
  }
}

/* train_k25_attention_dkdv: attention_backward dk and dv: q[16, 2, 32, 8] S=32 causal score=((s) * 0.353553391f) -> [3, 16, 2, 32, 8] */
void train_k25_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 1539840); (void)Q;
  const float *K = (const float *)(base + 1572608); (void)K;
  const float *V = (const float *)(base + 1605376); (void)V;
  const int32_t *P = (const int32_t *)(base + 1918848); (void)P;
  const float *O = (const float *)(base + 1638144); (void)O;
  const float *dO = (const float *)(base + 261888); (void)dO;
  float *out = (float *)(base + 130816); (void)out;
  float *tmp = (float *)(base + 294656); (void)tmp;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t j = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    int64_t t0 = 0, t1 = 32LL;
    if (j - (int64_t)pos > t0) t0 = j - (int64_t)pos;
    if (j >= (int64_t)pos + 32LL) t1 = t0;
    const float *kj = K + idx * 8LL, *vj = V + idx * 8LL;
    float dk[8], dv[8];
    for (int64_t d = 0; d < 8LL; d++) dk[d] = dv[d] = 0.0f;
    for (int64_t t = t0; t < t1; t++) {
      const int64_t row = bh * 32LL + t, i = (int64_t)pos + t; (void)i;
      const float *q = Q + row * 8LL, *dob = dO + row * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = ((s) * 0.353553391f);
      const float p = expf(sc - tmp[row]);
      float dp = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - tmp[1024LL + row]) * (0.353553391f);
      for (int64_t d = 0; d < 8LL; d++) {
        dv[d] += p * dob[d];
        dk[d] += ds * q[d];
      }
    }
    for (int64_t d = 0; d < 8LL; d++) {
      out[8192LL + idx * 8LL + d] = dk[d];
      out[16384LL + idx * 8LL + d] = dv[d];
    }
  }
}

/* train_k26_slice: slice f32[1, 16, 2, 32, 8], slice f32[1, 16, 2, 32, 8], slice f32[1, 16, 2, 32, 8] */
void train_k26_slice(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v183 = ((float *)(base + 130816))[0 + ((idx / 512LL % 16LL)) * 512LL + ((idx / 256LL % 2LL)) * 256LL + ((idx / 8LL % 32LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v185 = ((float *)(base + 130816))[0 + ((idx / 8192LL) + 1LL) * 8192LL + ((idx / 512LL % 16LL)) * 512LL + ((idx / 256LL % 2LL)) * 256LL + ((idx / 8LL % 32LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v187 = ((float *)(base + 130816))[0 + ((idx / 8192LL) + 2LL) * 8192LL + ((idx / 512LL % 16LL)) * 512LL + ((idx / 256LL % 2LL)) * 256LL + ((idx / 8LL % 32LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 261888))[idx] = v183;
      ((float *)(base + 294656))[idx] = v185;
      ((float *)(base + 327424))[idx] = v187;
  }
}

/* train_k27_permute: permute f32[16, 32, 2, 8], permute f32[16, 32, 2, 8], permute f32[16, 32, 2, 8] */
void train_k27_permute(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v189 = ((float *)(base + 327424))[0 + ((idx / 512LL)) * 512LL + ((idx / 16LL % 32LL)) * 8LL + ((idx / 8LL % 2LL)) * 256LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v191 = ((float *)(base + 294656))[0 + ((idx / 512LL)) * 512LL + ((idx / 16LL % 32LL)) * 8LL + ((idx / 8LL % 2LL)) * 256LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v193 = ((float *)(base + 261888))[0 + ((idx / 512LL)) * 512LL + ((idx / 16LL % 32LL)) * 8LL + ((idx / 8LL % 2LL)) * 256LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 360192))[idx] = v189;
      ((float *)(base + 392960))[idx] = v191;
      ((float *)(base + 425728))[idx] = v193;
  }
}

/* train_k28_add: pad f32[16, 32, 48], pad f32[16, 32, 48], add f32[16, 32, 48], pad f32[16, 32, 48], add f32[16, 32, 48] */
void train_k28_add(char *base) {
  for (int64_t idx = 0; idx < 24576LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v195 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 360192))[0 + ((idx / 1536LL)) * 512LL + ((idx / 48LL % 32LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v196 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 392960))[0 + ((idx / 1536LL)) * 512LL + ((idx / 48LL % 32LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v197 = (v195 + v196);
      const float v198 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 425728))[0 + ((idx / 1536LL)) * 512LL + ((idx / 48LL % 32LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v199 = (v197 + v198);
      ((float *)(base + 130816))[idx] = v199;
  }
}

/* train_k29_reduce_to: reduce_to f32[48] */
void train_k29_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1536LL + (j / 1LL % 32LL) * 48LL;
        acc += ((float *)(base + 130816))[ii];
      }
      ((float *)(base + 41536))[idx] = acc;
  }
}

/* train_k30_reduce_to: reduce_to f32[16] */
void train_k30_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 261888))[ii];
      }
      ((float *)(base + 44800))[idx] = acc;
  }
}

/* train_k31_rowsum: mul f32[16, 32, 16], mul f32[16, 32, 16], mul f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16], add f32[16, 32, 16], add f32[16, 32, 16], neg f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 16], add f32[16, 32, 16] */
void train_k31_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc211 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a201 = ((float *)(base + 261888))[idx];
      const float a9 = ((float *)(base + 18432))[(idx % 16LL)];
      const float a14 = ((float *)(base + 1441536))[idx];
      const float v206 = (a201 * a9);
      const float v210 = (v206 * a14);
      acc211 = acc211 + v210;
    }
      const float b214 = ((float *)(base + 1906432))[r];
      const float v211 = (float)acc211;
      const float v215 = (v211 * b214);
      const float v216 = (v215 * 0.0625f);
    double acc223 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a201 = ((float *)(base + 261888))[idx];
      const float a9 = ((float *)(base + 18432))[(idx % 16LL)];
      const float a20 = ((float *)(base + 1904384))[(idx / 16LL)];
      const float a14 = ((float *)(base + 1441536))[idx];
      const float v206 = (a201 * a9);
      const float v209 = (v206 * a20);
      const float v217 = v216;
      const float v218 = (v217 * a14);
      const float v219 = (v209 + v218);
      const float v220 = (v219 + v218);
      const float v222 = (-v220);
      acc223 = acc223 + v222;
    }
      const float v223 = (float)acc223;
      const float v224 = (v223 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a201 = ((float *)(base + 261888))[idx];
      const float a9 = ((float *)(base + 18432))[(idx % 16LL)];
      const float a21 = ((float *)(base + 1474304))[idx];
      const float a20 = ((float *)(base + 1904384))[(idx / 16LL)];
      const float a14 = ((float *)(base + 1441536))[idx];
      const float a174 = ((float *)(base + 229120))[idx];
      const float v206 = (a201 * a9);
      const float v207 = (a201 * a21);
      const float v209 = (v206 * a20);
      const float v217 = v216;
      const float v218 = (v217 * a14);
      const float v219 = (v209 + v218);
      const float v220 = (v219 + v218);
      const float v221 = (a174 + v220);
      const float v225 = v224;
      const float v226 = (v221 + v225);
      ((float *)(base + 130816))[idx] = v207;
      ((float *)(base + 163584))[idx] = v226;
    }
  }
}

/* train_k32_reduce_to: reduce_to f32[16] */
void train_k32_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 512LL + (j / 1LL % 32LL) * 16LL;
        acc += ((float *)(base + 130816))[ii];
      }
      ((float *)(base + 44864))[idx] = acc;
  }
}

/* train_k33_reduce_to: reduce_to f32[32, 16] */
void train_k33_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t c0 = idx / 16LL; (void)c0;
      const int64_t c1 = idx / 1LL % 16LL; (void)c1;
      const int64_t ib = 0 + c0 * 16LL + c1 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 1LL % 16LL) * 512LL;
        acc += ((float *)(base + 163584))[ii];
      }
      ((float *)(base + 130816))[idx] = acc;
  }
}

/* train_k34_scatter_add: scatter_add f32[32, 16] */
void train_k34_scatter_add(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 32LL; u++) ((float *)(base + 44928))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 32LL; k++) {
        const int32_t t = ((int32_t *)(base + 1918720))[k];
        if ((uint32_t)t < 32u) ((float *)(base + 44928))[(int64_t)t * 16LL + idx] += ((float *)(base + 130816))[k * 16LL + idx];
      }
  }
}

/* train_k35_scatter_add: scatter_add f32[256, 16] */
void train_k35_scatter_add(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 130816))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 512LL; k++) {
        const int32_t t = ((int32_t *)(base + 1900288))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 130816))[(int64_t)t * 16LL + idx] += ((float *)(base + 163584))[k * 16LL + idx];
      }
  }
}

/* train_k36_add: add f32[256, 16] */
void train_k36_add(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a118 = ((float *)(base + 458496))[idx];
      const float a229 = ((float *)(base + 130816))[idx];
      const float v230 = (a118 + a229);
      ((float *)(base + 46976))[idx] = v230;
  }
}

/* train_k37_rowsum: mul f32[4096], sum f32[1] */
void train_k37_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc238 = 0.0f;
#pragma omp parallel for reduction(+:acc238)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a236 = ((float *)(base + 46976))[idx];
      const float v237 = (a236 * a236);
      acc238 = acc238 + v237;
    }
      const float v238 = (float)acc238;
    {
      ((float *)(base + 130816))[r] = v238;
    }
  }
}

/* train_k38_rowsum: mul f32[512], sum f32[1], add f32[1] */
void train_k38_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc241 = 0.0f;
    for (int64_t col = 0; col < 512LL; col++) {
      const int64_t idx = r * 512LL + col; (void)idx;
      const float a239 = ((float *)(base + 44928))[idx];
      const float v240 = (a239 * a239);
      acc241 = acc241 + v240;
    }
      const float b238 = ((float *)(base + 130816))[0];
      const float v241 = (float)acc241;
      const float v242 = (b238 + v241);
    {
      ((float *)(base + 130880))[r] = v242;
    }
  }
}

/* train_k39_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k39_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc244 = 0.0f;
    double acc247 = 0.0f;
    double acc261 = 0.0f;
    double acc264 = 0.0f;
    double acc267 = 0.0f;
    double acc281 = 0.0f;
    double acc284 = 0.0f;
    double acc287 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a208 = ((float *)(base + 44864))[idx];
      const float a205 = ((float *)(base + 44800))[idx];
      const float a175 = ((float *)(base + 40448))[idx];
      const float a156 = ((float *)(base + 40384))[idx];
      const float a153 = ((float *)(base + 40320))[idx];
      const float a141 = ((float *)(base + 31808))[idx];
      const float a122 = ((float *)(base + 31744))[idx];
      const float a119 = ((float *)(base + 31680))[idx];
      const float v243 = (a208 * a208);
      const float v246 = (a205 * a205);
      const float v260 = (a175 * a175);
      const float v263 = (a156 * a156);
      const float v266 = (a153 * a153);
      const float v280 = (a141 * a141);
      const float v283 = (a122 * a122);
      const float v286 = (a119 * a119);
      acc244 = acc244 + v243;
      acc247 = acc247 + v246;
      acc261 = acc261 + v260;
      acc264 = acc264 + v263;
      acc267 = acc267 + v266;
      acc281 = acc281 + v280;
      acc284 = acc284 + v283;
      acc287 = acc287 + v286;
    }
      const float b242 = ((float *)(base + 130880))[0];
      const float v244 = (float)acc244;
      const float v245 = (b242 + v244);
      const float v247 = (float)acc247;
      const float v248 = (v245 + v247);
      const float v261 = (float)acc261;
      const float v264 = (float)acc264;
      const float v267 = (float)acc267;
      const float v281 = (float)acc281;
      const float v284 = (float)acc284;
      const float v287 = (float)acc287;
    {
      ((float *)(base + 130816))[r] = v248;
      ((float *)(base + 130944))[r] = v261;
      ((float *)(base + 131008))[r] = v264;
      ((float *)(base + 131072))[r] = v267;
      ((float *)(base + 131136))[r] = v281;
      ((float *)(base + 131200))[r] = v284;
      ((float *)(base + 131264))[r] = v287;
    }
  }
}

/* train_k40_rowsum: mul f32[768], sum f32[1], add f32[1] */
void train_k40_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc251 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a249 = ((float *)(base + 41728))[idx];
      const float v250 = (a249 * a249);
      acc251 = acc251 + v250;
    }
      const float b248 = ((float *)(base + 130816))[0];
      const float v251 = (float)acc251;
      const float v252 = (b248 + v251);
    {
      ((float *)(base + 130880))[r] = v252;
    }
  }
}

/* train_k41_rowsum: mul f32[48], sum f32[1], add f32[1] */
void train_k41_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc254 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a200 = ((float *)(base + 41536))[idx];
      const float v253 = (a200 * a200);
      acc254 = acc254 + v253;
    }
      const float b252 = ((float *)(base + 130880))[0];
      const float v254 = (float)acc254;
      const float v255 = (b252 + v254);
    {
      ((float *)(base + 130816))[r] = v255;
    }
  }
}

/* train_k42_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1] */
void train_k42_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc258 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a256 = ((float *)(base + 40512))[idx];
      const float v257 = (a256 * a256);
      acc258 = acc258 + v257;
    }
      const float b255 = ((float *)(base + 130816))[0];
      const float b261 = ((float *)(base + 130944))[0];
      const float b264 = ((float *)(base + 131008))[0];
      const float b267 = ((float *)(base + 131072))[0];
      const float v258 = (float)acc258;
      const float v259 = (b255 + v258);
      const float v262 = (v259 + b261);
      const float v265 = (v262 + b264);
      const float v268 = (v265 + b267);
    {
      ((float *)(base + 130880))[r] = v268;
    }
  }
}

/* train_k43_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1] */
void train_k43_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc271 = 0.0f;
    double acc278 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a269 = ((float *)(base + 36224))[idx];
      const float a276 = ((float *)(base + 31872))[idx];
      const float v270 = (a269 * a269);
      const float v277 = (a276 * a276);
      acc271 = acc271 + v270;
      acc278 = acc278 + v277;
    }
      const float b268 = ((float *)(base + 130880))[0];
      const float v271 = (float)acc271;
      const float v272 = (b268 + v271);
      const float v278 = (float)acc278;
    {
      ((float *)(base + 130816))[r] = v272;
      ((float *)(base + 130944))[r] = v278;
    }
  }
}

/* train_k44_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k44_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b233 = ((float *)(base + 1919040))[0];
      const float v295 = (float)(0.0f < b233);
    double acc274 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a148 = ((float *)(base + 35968))[idx];
      const float v273 = (a148 * a148);
      acc274 = acc274 + v273;
    }
      const float b272 = ((float *)(base + 130816))[0];
      const float b278 = ((float *)(base + 130944))[0];
      const float b281 = ((float *)(base + 131136))[0];
      const float b284 = ((float *)(base + 131200))[0];
      const float b287 = ((float *)(base + 131264))[0];
      const float v274 = (float)acc274;
      const float v275 = (b272 + v274);
      const float v279 = (v275 + b278);
      const float v282 = (v279 + b281);
      const float v285 = (v282 + b284);
      const float v288 = (v285 + b287);
      const float v289 = sqrtf(v288);
      const float v291 = (v289 + 1e-06f);
      const float v292 = (b233 / v291);
      const float v293 = fminf(1.0f, v292);
      const float v296 = (v295 != 0 ? v293 : 1.0f);
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a148 = ((float *)(base + 35968))[idx];
      const float a499 = ((float *)(base + 117632))[idx];
      const float a500 = ((float *)(base + 117888))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a231 = ((float *)(base + 1918912))[0];
      const float a60 = ((float *)(base + 27136))[idx];
      const float v501 = (a148 * v296);
      const float v502 = (v501 * 0.1f);
      const float v503 = (a499 * 0.9f);
      const float v504 = (v503 + v502);
      const float v505 = (v501 * v501);
      const float v506 = (v505 * 0.05f);
      const float v507 = (a500 * 0.95f);
      const float v508 = (v507 + v506);
      const float v509 = (v504 / a234);
      const float v510 = (v508 / a235);
      const float v511 = sqrtf(v510);
      const float v512 = (v511 + 1e-08f);
      const float v513 = (v509 / v512);
      const float v514 = (a231 * v513);
      const float v515 = (a60 - v514);
      const float v619 = v504;
      const float v620 = v508;
      const float v621 = v515;
      ((float *)(base + 117632))[idx] = v619;
      ((float *)(base + 117888))[idx] = v620;
      ((float *)(base + 27136))[idx] = v621;
    }
    {
      ((float *)(base + 130880))[r] = v289;
      ((float *)(base + 131008))[r] = v296;
    }
  }
}

/* train_k45_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k45_assign(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a230 = ((float *)(base + 46976))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a297 = ((float *)(base + 63360))[idx];
      const float a298 = ((float *)(base + 79744))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a232 = ((float *)(base + 1918976))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a231 = ((float *)(base + 1918912))[0];
      const float v299 = (a230 * a296);
      const float v301 = (v299 * 0.1f);
      const float v303 = (a297 * 0.9f);
      const float v304 = (v303 + v301);
      const float v306 = (v299 * v299);
      const float v307 = (v306 * 0.05f);
      const float v309 = (a298 * 0.95f);
      const float v310 = (v309 + v307);
      const float v311 = (v304 / a234);
      const float v312 = (v310 / a235);
      const float v314 = sqrtf(v312);
      const float v315 = (v314 + 1e-08f);
      const float v316 = (v311 / v315);
      const float v317 = (a232 * a2);
      const float v318 = (v316 + v317);
      const float v319 = (a231 * v318);
      const float v320 = (a2 - v319);
      const float v586 = v304;
      const float v587 = v310;
      const float v588 = v320;
      ((float *)(base + 63360))[idx] = v586;
      ((float *)(base + 79744))[idx] = v587;
      ((float *)(base + 0))[idx] = v588;
  }
}

/* train_k46_assign: mul f32[32, 16], mul f32[32, 16], mul f32[32, 16], add f32[32, 16], mul f32[32, 16], mul f32[32, 16], mul f32[32, 16], add f32[32, 16], div f32[32, 16], div f32[32, 16], sqrt f32[32, 16], add f32[32, 16], div f32[32, 16], mul f32[32, 16], add f32[32, 16], mul f32[32, 16], sub f32[32, 16], assign f32[32, 16], assign f32[32, 16], assign f32[32, 16] */
void train_k46_assign(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a228 = ((float *)(base + 44928))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a321 = ((float *)(base + 96128))[idx];
      const float a322 = ((float *)(base + 98176))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a232 = ((float *)(base + 1918976))[0];
      const float a4 = ((float *)(base + 16384))[idx];
      const float a231 = ((float *)(base + 1918912))[0];
      const float v323 = (a228 * a296);
      const float v324 = (v323 * 0.1f);
      const float v325 = (a321 * 0.9f);
      const float v326 = (v325 + v324);
      const float v327 = (v323 * v323);
      const float v328 = (v327 * 0.05f);
      const float v329 = (a322 * 0.95f);
      const float v330 = (v329 + v328);
      const float v331 = (v326 / a234);
      const float v332 = (v330 / a235);
      const float v333 = sqrtf(v332);
      const float v334 = (v333 + 1e-08f);
      const float v335 = (v331 / v334);
      const float v336 = (a232 * a4);
      const float v337 = (v335 + v336);
      const float v338 = (a231 * v337);
      const float v339 = (a4 - v338);
      const float v589 = v326;
      const float v590 = v330;
      const float v591 = v339;
      ((float *)(base + 96128))[idx] = v589;
      ((float *)(base + 98176))[idx] = v590;
      ((float *)(base + 16384))[idx] = v591;
  }
}

/* train_k47_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k47_assign(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a208 = ((float *)(base + 44864))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a340 = ((float *)(base + 100224))[idx];
      const float a341 = ((float *)(base + 100288))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a231 = ((float *)(base + 1918912))[0];
      const float a9 = ((float *)(base + 18432))[idx];
      const float a205 = ((float *)(base + 44800))[idx];
      const float a357 = ((float *)(base + 100352))[idx];
      const float a358 = ((float *)(base + 100416))[idx];
      const float a10 = ((float *)(base + 18496))[idx];
      const float a175 = ((float *)(base + 40448))[idx];
      const float a429 = ((float *)(base + 109056))[idx];
      const float a430 = ((float *)(base + 109120))[idx];
      const float a42 = ((float *)(base + 22848))[idx];
      const float a156 = ((float *)(base + 40384))[idx];
      const float a446 = ((float *)(base + 109184))[idx];
      const float a447 = ((float *)(base + 109248))[idx];
      const float a45 = ((float *)(base + 22912))[idx];
      const float a153 = ((float *)(base + 40320))[idx];
      const float a463 = ((float *)(base + 109312))[idx];
      const float a464 = ((float *)(base + 109376))[idx];
      const float a46 = ((float *)(base + 22976))[idx];
      const float a141 = ((float *)(base + 31808))[idx];
      const float a535 = ((float *)(base + 126336))[idx];
      const float a536 = ((float *)(base + 126400))[idx];
      const float a65 = ((float *)(base + 31488))[idx];
      const float a122 = ((float *)(base + 31744))[idx];
      const float a552 = ((float *)(base + 126464))[idx];
      const float a553 = ((float *)(base + 126528))[idx];
      const float a68 = ((float *)(base + 31552))[idx];
      const float a119 = ((float *)(base + 31680))[idx];
      const float a569 = ((float *)(base + 126592))[idx];
      const float a570 = ((float *)(base + 126656))[idx];
      const float a69 = ((float *)(base + 31616))[idx];
      const float v342 = (a208 * a296);
      const float v343 = (v342 * 0.1f);
      const float v344 = (a340 * 0.9f);
      const float v345 = (v344 + v343);
      const float v346 = (v342 * v342);
      const float v347 = (v346 * 0.05f);
      const float v348 = (a341 * 0.95f);
      const float v349 = (v348 + v347);
      const float v350 = (v345 / a234);
      const float v351 = (v349 / a235);
      const float v352 = sqrtf(v351);
      const float v353 = (v352 + 1e-08f);
      const float v354 = (v350 / v353);
      const float v355 = (a231 * v354);
      const float v356 = (a9 - v355);
      const float v359 = (a205 * a296);
      const float v360 = (v359 * 0.1f);
      const float v361 = (a357 * 0.9f);
      const float v362 = (v361 + v360);
      const float v363 = (v359 * v359);
      const float v364 = (v363 * 0.05f);
      const float v365 = (a358 * 0.95f);
      const float v366 = (v365 + v364);
      const float v367 = (v362 / a234);
      const float v368 = (v366 / a235);
      const float v369 = sqrtf(v368);
      const float v370 = (v369 + 1e-08f);
      const float v371 = (v367 / v370);
      const float v372 = (a231 * v371);
      const float v373 = (a10 - v372);
      const float v431 = (a175 * a296);
      const float v432 = (v431 * 0.1f);
      const float v433 = (a429 * 0.9f);
      const float v434 = (v433 + v432);
      const float v435 = (v431 * v431);
      const float v436 = (v435 * 0.05f);
      const float v437 = (a430 * 0.95f);
      const float v438 = (v437 + v436);
      const float v439 = (v434 / a234);
      const float v440 = (v438 / a235);
      const float v441 = sqrtf(v440);
      const float v442 = (v441 + 1e-08f);
      const float v443 = (v439 / v442);
      const float v444 = (a231 * v443);
      const float v445 = (a42 - v444);
      const float v448 = (a156 * a296);
      const float v449 = (v448 * 0.1f);
      const float v450 = (a446 * 0.9f);
      const float v451 = (v450 + v449);
      const float v452 = (v448 * v448);
      const float v453 = (v452 * 0.05f);
      const float v454 = (a447 * 0.95f);
      const float v455 = (v454 + v453);
      const float v456 = (v451 / a234);
      const float v457 = (v455 / a235);
      const float v458 = sqrtf(v457);
      const float v459 = (v458 + 1e-08f);
      const float v460 = (v456 / v459);
      const float v461 = (a231 * v460);
      const float v462 = (a45 - v461);
      const float v465 = (a153 * a296);
      const float v466 = (v465 * 0.1f);
      const float v467 = (a463 * 0.9f);
      const float v468 = (v467 + v466);
      const float v469 = (v465 * v465);
      const float v470 = (v469 * 0.05f);
      const float v471 = (a464 * 0.95f);
      const float v472 = (v471 + v470);
      const float v473 = (v468 / a234);
      const float v474 = (v472 / a235);
      const float v475 = sqrtf(v474);
      const float v476 = (v475 + 1e-08f);
      const float v477 = (v473 / v476);
      const float v478 = (a231 * v477);
      const float v479 = (a46 - v478);
      const float v537 = (a141 * a296);
      const float v538 = (v537 * 0.1f);
      const float v539 = (a535 * 0.9f);
      const float v540 = (v539 + v538);
      const float v541 = (v537 * v537);
      const float v542 = (v541 * 0.05f);
      const float v543 = (a536 * 0.95f);
      const float v544 = (v543 + v542);
      const float v545 = (v540 / a234);
      const float v546 = (v544 / a235);
      const float v547 = sqrtf(v546);
      const float v548 = (v547 + 1e-08f);
      const float v549 = (v545 / v548);
      const float v550 = (a231 * v549);
      const float v551 = (a65 - v550);
      const float v554 = (a122 * a296);
      const float v555 = (v554 * 0.1f);
      const float v556 = (a552 * 0.9f);
      const float v557 = (v556 + v555);
      const float v558 = (v554 * v554);
      const float v559 = (v558 * 0.05f);
      const float v560 = (a553 * 0.95f);
      const float v561 = (v560 + v559);
      const float v562 = (v557 / a234);
      const float v563 = (v561 / a235);
      const float v564 = sqrtf(v563);
      const float v565 = (v564 + 1e-08f);
      const float v566 = (v562 / v565);
      const float v567 = (a231 * v566);
      const float v568 = (a68 - v567);
      const float v571 = (a119 * a296);
      const float v572 = (v571 * 0.1f);
      const float v573 = (a569 * 0.9f);
      const float v574 = (v573 + v572);
      const float v575 = (v571 * v571);
      const float v576 = (v575 * 0.05f);
      const float v577 = (a570 * 0.95f);
      const float v578 = (v577 + v576);
      const float v579 = (v574 / a234);
      const float v580 = (v578 / a235);
      const float v581 = sqrtf(v580);
      const float v582 = (v581 + 1e-08f);
      const float v583 = (v579 / v582);
      const float v584 = (a231 * v583);
      const float v585 = (a69 - v584);
      const float v592 = v345;
      const float v593 = v349;
      const float v594 = v356;
      const float v595 = v362;
      const float v596 = v366;
      const float v597 = v373;
      const float v607 = v434;
      const float v608 = v438;
      const float v609 = v445;
      const float v610 = v451;
      const float v611 = v455;
      const float v612 = v462;
      const float v613 = v468;
      const float v614 = v472;
      const float v615 = v479;
      const float v625 = v540;
      const float v626 = v544;
      const float v627 = v551;
      const float v628 = v557;
      const float v629 = v561;
      const float v630 = v568;
      const float v631 = v574;
      const float v632 = v578;
      const float v633 = v585;
      ((float *)(base + 100224))[idx] = v592;
      ((float *)(base + 100288))[idx] = v593;
      ((float *)(base + 18432))[idx] = v594;
      ((float *)(base + 100352))[idx] = v595;
      ((float *)(base + 100416))[idx] = v596;
      ((float *)(base + 18496))[idx] = v597;
      ((float *)(base + 109056))[idx] = v607;
      ((float *)(base + 109120))[idx] = v608;
      ((float *)(base + 22848))[idx] = v609;
      ((float *)(base + 109184))[idx] = v610;
      ((float *)(base + 109248))[idx] = v611;
      ((float *)(base + 22912))[idx] = v612;
      ((float *)(base + 109312))[idx] = v613;
      ((float *)(base + 109376))[idx] = v614;
      ((float *)(base + 22976))[idx] = v615;
      ((float *)(base + 126336))[idx] = v625;
      ((float *)(base + 126400))[idx] = v626;
      ((float *)(base + 31488))[idx] = v627;
      ((float *)(base + 126464))[idx] = v628;
      ((float *)(base + 126528))[idx] = v629;
      ((float *)(base + 31552))[idx] = v630;
      ((float *)(base + 126592))[idx] = v631;
      ((float *)(base + 126656))[idx] = v632;
      ((float *)(base + 31616))[idx] = v633;
  }
}

/* train_k48_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k48_assign(char *base) {
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a204 = ((float *)(base + 41728))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a374 = ((float *)(base + 100480))[idx];
      const float a375 = ((float *)(base + 103552))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a232 = ((float *)(base + 1918976))[0];
      const float a24 = ((float *)(base + 18560))[idx];
      const float a231 = ((float *)(base + 1918912))[0];
      const float v376 = (a204 * a296);
      const float v377 = (v376 * 0.1f);
      const float v378 = (a374 * 0.9f);
      const float v379 = (v378 + v377);
      const float v380 = (v376 * v376);
      const float v381 = (v380 * 0.05f);
      const float v382 = (a375 * 0.95f);
      const float v383 = (v382 + v381);
      const float v384 = (v379 / a234);
      const float v385 = (v383 / a235);
      const float v386 = sqrtf(v385);
      const float v387 = (v386 + 1e-08f);
      const float v388 = (v384 / v387);
      const float v389 = (a232 * a24);
      const float v390 = (v388 + v389);
      const float v391 = (a231 * v390);
      const float v392 = (a24 - v391);
      const float v598 = v379;
      const float v599 = v383;
      const float v600 = v392;
      ((float *)(base + 100480))[idx] = v598;
      ((float *)(base + 103552))[idx] = v599;
      ((float *)(base + 18560))[idx] = v600;
  }
}

/* train_k49_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k49_assign(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a200 = ((float *)(base + 41536))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a393 = ((float *)(base + 106624))[idx];
      const float a394 = ((float *)(base + 106816))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a231 = ((float *)(base + 1918912))[0];
      const float a26 = ((float *)(base + 21632))[idx];
      const float v395 = (a200 * a296);
      const float v396 = (v395 * 0.1f);
      const float v397 = (a393 * 0.9f);
      const float v398 = (v397 + v396);
      const float v399 = (v395 * v395);
      const float v400 = (v399 * 0.05f);
      const float v401 = (a394 * 0.95f);
      const float v402 = (v401 + v400);
      const float v403 = (v398 / a234);
      const float v404 = (v402 / a235);
      const float v405 = sqrtf(v404);
      const float v406 = (v405 + 1e-08f);
      const float v407 = (v403 / v406);
      const float v408 = (a231 * v407);
      const float v409 = (a26 - v408);
      const float v601 = v398;
      const float v602 = v402;
      const float v603 = v409;
      ((float *)(base + 106624))[idx] = v601;
      ((float *)(base + 106816))[idx] = v602;
      ((float *)(base + 21632))[idx] = v603;
  }
}

/* train_k50_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k50_assign(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a179 = ((float *)(base + 40512))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a410 = ((float *)(base + 107008))[idx];
      const float a411 = ((float *)(base + 108032))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a232 = ((float *)(base + 1918976))[0];
      const float a40 = ((float *)(base + 21824))[idx];
      const float a231 = ((float *)(base + 1918912))[0];
      const float v412 = (a179 * a296);
      const float v413 = (v412 * 0.1f);
      const float v414 = (a410 * 0.9f);
      const float v415 = (v414 + v413);
      const float v416 = (v412 * v412);
      const float v417 = (v416 * 0.05f);
      const float v418 = (a411 * 0.95f);
      const float v419 = (v418 + v417);
      const float v420 = (v415 / a234);
      const float v421 = (v419 / a235);
      const float v422 = sqrtf(v421);
      const float v423 = (v422 + 1e-08f);
      const float v424 = (v420 / v423);
      const float v425 = (a232 * a40);
      const float v426 = (v424 + v425);
      const float v427 = (a231 * v426);
      const float v428 = (a40 - v427);
      const float v604 = v415;
      const float v605 = v419;
      const float v606 = v428;
      ((float *)(base + 107008))[idx] = v604;
      ((float *)(base + 108032))[idx] = v605;
      ((float *)(base + 21824))[idx] = v606;
  }
}

/* train_k51_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k51_assign(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a152 = ((float *)(base + 36224))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a480 = ((float *)(base + 109440))[idx];
      const float a481 = ((float *)(base + 113536))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a232 = ((float *)(base + 1918976))[0];
      const float a58 = ((float *)(base + 23040))[idx];
      const float a231 = ((float *)(base + 1918912))[0];
      const float v482 = (a152 * a296);
      const float v483 = (v482 * 0.1f);
      const float v484 = (a480 * 0.9f);
      const float v485 = (v484 + v483);
      const float v486 = (v482 * v482);
      const float v487 = (v486 * 0.05f);
      const float v488 = (a481 * 0.95f);
      const float v489 = (v488 + v487);
      const float v490 = (v485 / a234);
      const float v491 = (v489 / a235);
      const float v492 = sqrtf(v491);
      const float v493 = (v492 + 1e-08f);
      const float v494 = (v490 / v493);
      const float v495 = (a232 * a58);
      const float v496 = (v494 + v495);
      const float v497 = (a231 * v496);
      const float v498 = (a58 - v497);
      const float v616 = v485;
      const float v617 = v489;
      const float v618 = v498;
      ((float *)(base + 109440))[idx] = v616;
      ((float *)(base + 113536))[idx] = v617;
      ((float *)(base + 23040))[idx] = v618;
  }
}

/* train_k52_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k52_assign(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a145 = ((float *)(base + 31872))[idx];
      const float a296 = ((float *)(base + 131008))[0];
      const float a516 = ((float *)(base + 118144))[idx];
      const float a517 = ((float *)(base + 122240))[idx];
      const float a234 = ((float *)(base + 1919104))[0];
      const float a235 = ((float *)(base + 1919168))[0];
      const float a232 = ((float *)(base + 1918976))[0];
      const float a63 = ((float *)(base + 27392))[idx];
      const float a231 = ((float *)(base + 1918912))[0];
      const float v518 = (a145 * a296);
      const float v519 = (v518 * 0.1f);
      const float v520 = (a516 * 0.9f);
      const float v521 = (v520 + v519);
      const float v522 = (v518 * v518);
      const float v523 = (v522 * 0.05f);
      const float v524 = (a517 * 0.95f);
      const float v525 = (v524 + v523);
      const float v526 = (v521 / a234);
      const float v527 = (v525 / a235);
      const float v528 = sqrtf(v527);
      const float v529 = (v528 + 1e-08f);
      const float v530 = (v526 / v529);
      const float v531 = (a232 * a63);
      const float v532 = (v530 + v531);
      const float v533 = (a231 * v532);
      const float v534 = (a63 - v533);
      const float v622 = v521;
      const float v623 = v525;
      const float v624 = v534;
      ((float *)(base + 118144))[idx] = v622;
      ((float *)(base + 122240))[idx] = v623;
      ((float *)(base + 27392))[idx] = v624;
  }
}

/* eval_k53_gather: gather f32[16, 32, 16] */
void eval_k53_gather(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 687872))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 687872))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 130816))[idx] = v3;
  }
}

/* eval_k54_positions: positions i32[32] */
void eval_k54_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 691968))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 165632))[idx] = v6;
  }
}

/* eval_k55_gather: gather f32[32, 16] */
void eval_k55_gather(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 165632))[idx / 16LL] < 32u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 165632))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 163584))[idx] = v7;
  }
}

/* eval_k56_rowsum: add f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16] */
void eval_k56_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 130816))[idx];
      const float a7 = ((float *)(base + 163584))[(idx % 512LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.0625f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 130816))[idx];
      const float a7 = ((float *)(base + 163584))[(idx % 512LL)];
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
      const float a3 = ((float *)(base + 130816))[idx];
      const float a7 = ((float *)(base + 163584))[(idx % 512LL)];
      const float a9 = ((float *)(base + 18432))[(idx % 16LL)];
      const float a10 = ((float *)(base + 18496))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 229120))[idx] = v8;
      ((float *)(base + 261888))[idx] = v23;
    }
  }
}

/* eval_k57_slice: slice f32[16, 32, 16], slice f32[16, 32, 16], slice f32[16, 32, 16] */
void eval_k57_slice(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v28 = ((float *)(base + 130816))[0 + ((idx / 512LL)) * 1536LL + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v29 = ((float *)(base + 130816))[0 + ((idx / 512LL)) * 1536LL + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v30 = ((float *)(base + 130816))[0 + ((idx / 512LL)) * 1536LL + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 261888))[idx] = v28;
      ((float *)(base + 294656))[idx] = v29;
      ((float *)(base + 327424))[idx] = v30;
  }
}

/* eval_k58_permute: permute f32[16, 2, 32, 8], permute f32[16, 2, 32, 8], permute f32[16, 2, 32, 8] */
void eval_k58_permute(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v32 = ((float *)(base + 261888))[0 + ((idx / 512LL)) * 512LL + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v34 = ((float *)(base + 294656))[0 + ((idx / 512LL)) * 512LL + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 327424))[0 + ((idx / 512LL)) * 512LL + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 130816))[idx] = v32;
      ((float *)(base + 163584))[idx] = v34;
      ((float *)(base + 196352))[idx] = v36;
  }
}

/* eval_k59_attention: attention forward: q[16, 2, 32, 8] S=32 causal score=((s) * 0.353553391f) -> [16, 2, 32, 8] */
void eval_k59_attention(char *base) {
  const float *Q = (const float *)(base + 130816); (void)Q;
  const float *K = (const float *)(base + 163584); (void)K;
  const float *V = (const float *)(base + 196352); (void)V;
  const int32_t *P = (const int32_t *)(base + 691968); (void)P;
  float *out = (float *)(base + 261888); (void)out;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 256LL, *vb = V + bh * 256LL;
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

/* eval_k60_permute: permute f32[16, 32, 2, 8] */
void eval_k60_permute(char *base) {
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v38 = ((float *)(base + 261888))[0 + ((idx / 512LL)) * 512LL + ((idx / 16LL % 32LL)) * 8LL + ((idx / 8LL % 2LL)) * 256LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 130816))[idx] = v38;
  }
}

/* eval_k61_rowsum: add f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16] */
void eval_k61_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 229120))[idx];
      const float a43 = ((float *)(base + 163584))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.0625f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 229120))[idx];
      const float a43 = ((float *)(base + 163584))[idx];
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
      const float a8 = ((float *)(base + 229120))[idx];
      const float a43 = ((float *)(base + 163584))[idx];
      const float a45 = ((float *)(base + 22912))[(idx % 16LL)];
      const float a46 = ((float *)(base + 22976))[(idx % 16LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 261888))[idx] = v44;
      ((float *)(base + 294656))[idx] = v57;
    }
  }
}

/* eval_k62_rowsum: add f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 16], mul f32[16, 32, 16], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 16], mul f32[16, 32, 16], add f32[16, 32, 16] */
void eval_k62_rowsum(char *base) {
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 261888))[idx];
      const float a66 = ((float *)(base + 294656))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.0625f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 261888))[idx];
      const float a66 = ((float *)(base + 294656))[idx];
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
      const float a44 = ((float *)(base + 261888))[idx];
      const float a66 = ((float *)(base + 294656))[idx];
      const float a68 = ((float *)(base + 31552))[(idx % 16LL)];
      const float a69 = ((float *)(base + 31616))[(idx % 16LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 655104))[idx] = v80;
    }
  }
}

/* eval_k63_rowmax: max_reduce f32[16, 32, 1], sub f32[16, 32, 256], exp f32[16, 32, 256], sum f32[16, 32, 1], log f32[16, 32, 1], add f32[16, 32, 1], one_hot f32[16, 32, 256], mul f32[16, 32, 256], sum f32[16, 32, 1], sub f32[16, 32, 1] */
void eval_k63_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc82 = -G23_INF;
    double acc91 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a88 = ((int32_t *)(base + 689920))[(idx / 256LL)];
      const float a81 = ((float *)(base + 130816))[idx];
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
      const float a81 = ((float *)(base + 130816))[idx];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      acc85 = acc85 + v84;
    }
      const float v85 = (float)acc85;
      const float v86 = logf(v85);
      const float v87 = (v86 + v82);
      const float v92 = (v87 - v91);
    {
      ((float *)(base + 655104))[r] = v92;
    }
  }
}

/* eval_k64_rowsum: sum f32[1], mul f32[1] */
void eval_k64_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc94 = 0.0f;
    for (int64_t col = 0; col < 512LL; col++) {
      const int64_t idx = r * 512LL + col; (void)idx;
      const float a93 = ((float *)(base + 655104))[idx];
      acc94 = acc94 + a93;
    }
      const float v94 = (float)acc94;
      const float v96 = (v94 * 0.001953125f);
    {
      ((float *)(base + 130816))[r] = v96;
    }
  }
}

/* prefill_k65_gather: gather f32[1, 32, 16] */
void prefill_k65_gather(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 165632))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 165632))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 130816))[idx] = v2;
  }
}

/* prefill_k66_positions: positions i32[32] */
void prefill_k66_positions(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 165760))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 134912))[idx] = v5;
  }
}

/* prefill_k67_gather: gather f32[32, 16] */
void prefill_k67_gather(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 134912))[idx / 16LL] < 32u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 134912))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 132864))[idx] = v6;
  }
}

/* prefill_k68_rowsum: add f32[1, 32, 16], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 16], mul f32[1, 32, 16], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 16], mul f32[1, 32, 16], add f32[1, 32, 16] */
void prefill_k68_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 130816))[idx];
      const float a6 = ((float *)(base + 132864))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.0625f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 130816))[idx];
      const float a6 = ((float *)(base + 132864))[idx];
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
      const float a2 = ((float *)(base + 130816))[idx];
      const float a6 = ((float *)(base + 132864))[idx];
      const float a8 = ((float *)(base + 18432))[(idx % 16LL)];
      const float a9 = ((float *)(base + 18496))[(idx % 16LL)];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 136960))[idx] = v7;
      ((float *)(base + 139008))[idx] = v22;
    }
  }
}

/* prefill_k69_slice: slice f32[1, 32, 16], slice f32[1, 32, 16], slice f32[1, 32, 16] */
void prefill_k69_slice(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v27 = ((float *)(base + 130816))[0 + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 130816))[0 + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 130816))[0 + ((idx / 16LL % 32LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 139008))[idx] = v27;
      ((float *)(base + 141056))[idx] = v28;
      ((float *)(base + 143104))[idx] = v29;
  }
}

/* prefill_k70_permute: permute f32[1, 2, 32, 8], permute f32[1, 2, 32, 8], permute f32[1, 2, 32, 8] */
void prefill_k70_permute(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v31 = ((float *)(base + 139008))[0 + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 141056))[0 + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v35 = ((float *)(base + 143104))[0 + ((idx / 256LL % 2LL)) * 8LL + ((idx / 8LL % 32LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 130816))[idx] = v31;
      ((float *)(base + 132864))[idx] = v33;
      ((float *)(base + 134912))[idx] = v35;
  }
}

/* prefill_k71_cache_write: cache_write f32[1, 2, 32, 8] */
void prefill_k71_cache_write(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 32LL, bh = idx / 256LL;
      const int64_t p = (int64_t)((int32_t *)(base + 165760))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 126720))[(bh * 32LL + p) * 8LL + d] = ((float *)(base + 132864))[idx];
  }
}

/* prefill_k72_cache_write: cache_write f32[1, 2, 32, 8] */
void prefill_k72_cache_write(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 32LL, bh = idx / 256LL;
      const int64_t p = (int64_t)((int32_t *)(base + 165760))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 128768))[(bh * 32LL + p) * 8LL + d] = ((float *)(base + 134912))[idx];
  }
}

/* prefill_k73_attention: attention forward: q[1, 2, 32, 8] S=32 causal score=((s) * 0.353553391f) -> [1, 2, 32, 8] */
void prefill_k73_attention(char *base) {
  const float *Q = (const float *)(base + 130816); (void)Q;
  const float *K = (const float *)(base + 126720); (void)K;
  const float *V = (const float *)(base + 128768); (void)V;
  const int32_t *P = (const int32_t *)(base + 165760); (void)P;
  float *out = (float *)(base + 132864); (void)out;
  for (int64_t idx = 0; idx < 64LL; idx++) {
    const int64_t t = idx % 32LL, bh = idx / 32LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 32LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 256LL, *vb = V + bh * 256LL;
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

/* prefill_k74_permute: permute f32[1, 32, 2, 8] */
void prefill_k74_permute(char *base) {
  for (int64_t idx = 0; idx < 512LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 132864))[0 + ((idx / 16LL % 32LL)) * 8LL + ((idx / 8LL % 2LL)) * 256LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 130816))[idx] = v41;
  }
}

/* prefill_k75_rowsum: add f32[1, 32, 16], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 16], mul f32[1, 32, 16], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 16], mul f32[1, 32, 16], add f32[1, 32, 16] */
void prefill_k75_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 136960))[idx];
      const float a46 = ((float *)(base + 132864))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 136960))[idx];
      const float a46 = ((float *)(base + 132864))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v53 = (v52 * v52);
      acc54 = acc54 + v53;
    }
      const float v54 = (float)acc54;
      const float v55 = (v54 * 0.0625f);
      const float v56 = (v55 + 1e-05f);
      const float v57 = (1.0f / sqrtf(v56));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 136960))[idx];
      const float a46 = ((float *)(base + 132864))[idx];
      const float a48 = ((float *)(base + 22912))[(idx % 16LL)];
      const float a49 = ((float *)(base + 22976))[(idx % 16LL)];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 139008))[idx] = v47;
      ((float *)(base + 141056))[idx] = v60;
    }
  }
}

/* prefill_k76_rowsum: add f32[1, 32, 16], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 16], mul f32[1, 32, 16], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 16], mul f32[1, 32, 16], add f32[1, 32, 16] */
void prefill_k76_rowsum(char *base) {
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 139008))[idx];
      const float a69 = ((float *)(base + 141056))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.0625f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 139008))[idx];
      const float a69 = ((float *)(base + 141056))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v76 = (v75 * v75);
      acc77 = acc77 + v76;
    }
      const float v77 = (float)acc77;
      const float v78 = (v77 * 0.0625f);
      const float v79 = (v78 + 1e-05f);
      const float v80 = (1.0f / sqrtf(v79));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 139008))[idx];
      const float a69 = ((float *)(base + 141056))[idx];
      const float a71 = ((float *)(base + 31552))[(idx % 16LL)];
      const float a72 = ((float *)(base + 31616))[(idx % 16LL)];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 163584))[idx] = v83;
    }
  }
}

/* decode_k77_gather: gather f32[1, 1, 16] */
void decode_k77_gather(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 131840))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 131840))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 130816))[idx] = v2;
  }
}

/* decode_k78_positions: positions i32[1] */
void decode_k78_positions(char *base) {
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 131904))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 130880))[idx] = v5;
  }
}

/* decode_k79_gather: gather f32[1, 16] */
void decode_k79_gather(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 130880))[idx / 16LL] < 32u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 130880))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 130944))[idx] = v6;
  }
}

/* decode_k80_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k80_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 130816))[idx];
      const float a6 = ((float *)(base + 130944))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.0625f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 130816))[idx];
      const float a6 = ((float *)(base + 130944))[idx];
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
      const float a2 = ((float *)(base + 130816))[idx];
      const float a6 = ((float *)(base + 130944))[idx];
      const float a8 = ((float *)(base + 18432))[idx];
      const float a9 = ((float *)(base + 18496))[idx];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 131008))[idx] = v7;
      ((float *)(base + 131072))[idx] = v22;
    }
  }
}

/* decode_k81_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k81_slice(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v27 = ((float *)(base + 130816))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 130816))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 130816))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 131072))[idx] = v27;
      ((float *)(base + 131136))[idx] = v28;
      ((float *)(base + 131200))[idx] = v29;
  }
}

/* decode_k82_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k82_permute(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v31 = ((float *)(base + 131072))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 131136))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v35 = ((float *)(base + 131200))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 130816))[idx] = v31;
      ((float *)(base + 130880))[idx] = v33;
      ((float *)(base + 130944))[idx] = v35;
  }
}

/* decode_k83_cache_write: cache_write f32[1, 2, 32, 8] */
void decode_k83_cache_write(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 131904))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 126720))[(bh * 32LL + p) * 8LL + d] = ((float *)(base + 130880))[idx];
  }
}

/* decode_k84_cache_write: cache_write f32[1, 2, 32, 8] */
void decode_k84_cache_write(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 131904))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 128768))[(bh * 32LL + p) * 8LL + d] = ((float *)(base + 130944))[idx];
  }
}

/* decode_k85_attention: attention forward: q[1, 2, 1, 8] S=32 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k85_attention(char *base) {
  const float *Q = (const float *)(base + 130816); (void)Q;
  const float *K = (const float *)(base + 126720); (void)K;
  const float *V = (const float *)(base + 128768); (void)V;
  const int32_t *P = (const int32_t *)(base + 131904); (void)P;
  float *out = (float *)(base + 130880); (void)out;
  for (int64_t idx = 0; idx < 2LL; idx++) {
    const int64_t t = idx % 1LL, bh = idx / 1LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 1LL;
    if (j1 > 32LL) j1 = 32LL;
    if (j1 > i + 1) j1 = i + 1;
    const float *q = Q + idx * 8LL;
    const float *kb = K + bh * 256LL, *vb = V + bh * 256LL;
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

/* decode_k86_permute: permute f32[1, 1, 2, 8] */
void decode_k86_permute(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 130880))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 130816))[idx] = v41;
  }
}

/* decode_k87_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k87_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 131008))[idx];
      const float a46 = ((float *)(base + 130880))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 131008))[idx];
      const float a46 = ((float *)(base + 130880))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v53 = (v52 * v52);
      acc54 = acc54 + v53;
    }
      const float v54 = (float)acc54;
      const float v55 = (v54 * 0.0625f);
      const float v56 = (v55 + 1e-05f);
      const float v57 = (1.0f / sqrtf(v56));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 131008))[idx];
      const float a46 = ((float *)(base + 130880))[idx];
      const float a48 = ((float *)(base + 22912))[idx];
      const float a49 = ((float *)(base + 22976))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 131072))[idx] = v47;
      ((float *)(base + 131136))[idx] = v60;
    }
  }
}

/* decode_k88_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k88_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 131072))[idx];
      const float a69 = ((float *)(base + 131136))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.0625f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 131072))[idx];
      const float a69 = ((float *)(base + 131136))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v76 = (v75 * v75);
      acc77 = acc77 + v76;
    }
      const float v77 = (float)acc77;
      const float v78 = (v77 * 0.0625f);
      const float v79 = (v78 + 1e-05f);
      const float v80 = (1.0f / sqrtf(v79));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 131072))[idx];
      const float a69 = ((float *)(base + 131136))[idx];
      const float a71 = ((float *)(base + 31552))[idx];
      const float a72 = ((float *)(base + 31616))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 131968))[idx] = v83;
    }
  }
}

