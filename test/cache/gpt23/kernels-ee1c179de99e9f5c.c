/* gpt23 kernels for gpt23.net, C dialect (generated; do not edit). */
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
      const float v3 = ((uint32_t)((int32_t *)(base + 177920))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 177920))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 121600))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[8] */
void train_k1_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 177984))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 178368))[idx] = v6;
  }
}

/* train_k2_gather: gather f32[8, 16] */
void train_k2_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 178368))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 178368))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 122624))[idx] = v7;
  }
}

/* train_k3_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k3_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 121600))[idx];
      const float a7 = ((float *)(base + 122624))[(idx % 128LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.0625f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 121600))[idx];
      const float a7 = ((float *)(base + 122624))[(idx % 128LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v15 = (v14 * v14);
      acc16 = acc16 + v15;
    }
      const float v16 = (float)acc16;
      const float v17 = (v16 * 0.0625f);
      const float v19 = (v17 + 1e-05f);
      const float v20 = (1.0f / sqrtf(v19));
      const float v211 = (v20 * v20);
      const float v212 = (v211 * v20);
      const float v213 = (v212 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 121600))[idx];
      const float a7 = ((float *)(base + 122624))[(idx % 128LL)];
      const float a9 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a10 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 124672))[idx] = v8;
      ((float *)(base + 162560))[idx] = v14;
      ((float *)(base + 163584))[idx] = v21;
      ((float *)(base + 164608))[idx] = v23;
    }
    {
      ((float *)(base + 178432))[r] = v20;
      ((float *)(base + 178496))[r] = v213;
    }
  }
}

/* train_k4_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k4_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v28 = ((float *)(base + 121600))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v29 = ((float *)(base + 121600))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v30 = ((float *)(base + 121600))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 125696))[idx] = v28;
      ((float *)(base + 126720))[idx] = v29;
      ((float *)(base + 127744))[idx] = v30;
  }
}

/* train_k5_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k5_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v32 = ((float *)(base + 125696))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v34 = ((float *)(base + 126720))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 127744))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 165632))[idx] = v32;
      ((float *)(base + 166656))[idx] = v34;
      ((float *)(base + 167680))[idx] = v36;
  }
}

/* train_k6_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k6_attention(char *base) {
  const float *Q = (const float *)(base + 165632); (void)Q;
  const float *K = (const float *)(base + 166656); (void)K;
  const float *V = (const float *)(base + 167680); (void)V;
  const int32_t *P = (const int32_t *)(base + 177984); (void)P;
  float *out = (float *)(base + 168704); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    if (j1 > i + 1) j1 = i + 1;
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
      const float v38 = ((float *)(base + 168704))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 169728))[idx] = v38;
  }
}

/* train_k8_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k8_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 124672))[idx];
      const float a43 = ((float *)(base + 121600))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.0625f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 124672))[idx];
      const float a43 = ((float *)(base + 121600))[idx];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = (float)acc51;
      const float v52 = (v51 * 0.0625f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
      const float v159 = (v54 * v54);
      const float v160 = (v159 * v54);
      const float v161 = (v160 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 124672))[idx];
      const float a43 = ((float *)(base + 121600))[idx];
      const float a45 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a46 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 122624))[idx] = v44;
      ((float *)(base + 170752))[idx] = v49;
      ((float *)(base + 171776))[idx] = v55;
      ((float *)(base + 172800))[idx] = v57;
    }
    {
      ((float *)(base + 178560))[r] = v54;
      ((float *)(base + 178624))[r] = v161;
    }
  }
}

/* train_k9_gelu: gelu f32[2, 8, 64] */
void train_k9_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a61 = ((float *)(base + 154368))[idx];
      const float v62 = g23_gelu(a61);
      ((float *)(base + 158464))[idx] = v62;
  }
}

/* train_k10_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k10_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 122624))[idx];
      const float a66 = ((float *)(base + 121600))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.0625f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 122624))[idx];
      const float a66 = ((float *)(base + 121600))[idx];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v73 = (v72 * v72);
      acc74 = acc74 + v73;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.0625f);
      const float v76 = (v75 + 1e-05f);
      const float v77 = (1.0f / sqrtf(v76));
      const float v125 = (v77 * v77);
      const float v126 = (v125 * v77);
      const float v128 = (v126 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 122624))[idx];
      const float a66 = ((float *)(base + 121600))[idx];
      const float a68 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a69 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 173824))[idx] = v72;
      ((float *)(base + 174848))[idx] = v78;
      ((float *)(base + 175872))[idx] = v80;
    }
    {
      ((float *)(base + 178688))[r] = v77;
      ((float *)(base + 178752))[r] = v128;
    }
  }
}

/* train_k11_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1], mul f32[2, 8, 256], div f32[2, 8, 1], expand f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256], neg f32[2, 8, 256], sum f32[2, 8, 1], add f32[2, 8, 1], lt f32[2, 8, 256], sub f32[2, 8, 256], sum f32[2, 8, 1], div f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256] */
void train_k11_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc82 = -G23_INF;
    double acc91 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a88 = ((int32_t *)(base + 176896))[(idx / 256LL)];
      const float a81 = ((float *)(base + 121600))[idx];
      const float v89 = (float)(col == (int64_t)a88);
      const float v90 = (a81 * v89);
      acc82 = fmax(acc82, a81);
      acc91 = acc91 + v90;
    }
      const float v82 = (float)acc82;
      const float v91 = (float)acc91;
    double acc85 = 0.0f;
    double acc110 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a81 = ((float *)(base + 121600))[idx];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      const float v107 = (float)(a81 < v82);
      const float v109 = (1.0f - v107);
      acc85 = acc85 + v84;
      acc110 = acc110 + v109;
    }
      const float v85 = (float)acc85;
      const float v86 = logf(v85);
      const float v87 = (v86 + v82);
      const float v92 = (v87 - v91);
      const float v100 = (0.0625f / v85);
      const float v110 = (float)acc110;
    double acc105 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a81 = ((float *)(base + 121600))[idx];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      const float v101 = v100;
      const float v102 = (v101 * v84);
      const float v104 = (-v102);
      acc105 = acc105 + v104;
    }
      const float v105 = (float)acc105;
      const float v106 = (0.0625f + v105);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a81 = ((float *)(base + 121600))[idx];
      const int32_t a88 = ((int32_t *)(base + 176896))[(idx / 256LL)];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      const float v89 = (float)(col == (int64_t)a88);
      const float v99 = ((-0.0625f) * v89);
      const float v101 = v100;
      const float v102 = (v101 * v84);
      const float v103 = (v99 + v102);
      const float v107 = (float)(a81 < v82);
      const float v109 = (1.0f - v107);
      const float v111 = (v109 / v110);
      const float v112 = (v106 * v111);
      const float v113 = (v103 + v112);
      ((float *)(base + 137984))[idx] = v113;
    }
    {
      ((float *)(base + 176960))[r] = v92;
    }
  }
}

/* train_k12_rowsum: sum f32[1], mul f32[1] */
void train_k12_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc94 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a93 = ((float *)(base + 176960))[idx];
      acc94 = acc94 + a93;
    }
      const float v94 = (float)acc94;
      const float v95 = (v94 * 0.0625f);
    {
      ((float *)(base + 178816))[r] = v95;
    }
  }
}

/* train_k13_reduce_to: reduce_to f32[16] */
void train_k13_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 176896))[ii];
      }
      ((float *)(base + 30144))[idx] = acc;
  }
}

/* train_k14_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16] */
void train_k14_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc124 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a114 = ((float *)(base + 176896))[idx];
      const float a68 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a72 = ((float *)(base + 173824))[idx];
      const float v119 = (a114 * a68);
      const float v123 = (v119 * a72);
      acc124 = acc124 + v123;
    }
      const float b128 = ((float *)(base + 178752))[r];
      const float v124 = (float)acc124;
      const float v129 = (v124 * b128);
      const float v130 = (v129 * 0.0625f);
    double acc136 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a114 = ((float *)(base + 176896))[idx];
      const float a68 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a77 = ((float *)(base + 178688))[(idx / 16LL)];
      const float a72 = ((float *)(base + 173824))[idx];
      const float v119 = (a114 * a68);
      const float v122 = (v119 * a77);
      const float v131 = v130;
      const float v132 = (v131 * a72);
      const float v133 = (v122 + v132);
      const float v134 = (v133 + v132);
      const float v135 = (-v134);
      acc136 = acc136 + v135;
    }
      const float v136 = (float)acc136;
      const float v137 = (v136 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a114 = ((float *)(base + 176896))[idx];
      const float a68 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a78 = ((float *)(base + 174848))[idx];
      const float a77 = ((float *)(base + 178688))[(idx / 16LL)];
      const float a72 = ((float *)(base + 173824))[idx];
      const float v119 = (a114 * a68);
      const float v120 = (a114 * a78);
      const float v122 = (v119 * a77);
      const float v131 = v130;
      const float v132 = (v131 * a72);
      const float v133 = (v122 + v132);
      const float v134 = (v133 + v132);
      const float v138 = v137;
      const float v139 = (v134 + v138);
      ((float *)(base + 137984))[idx] = v120;
      ((float *)(base + 146176))[idx] = v139;
    }
  }
}

/* train_k15_reduce_to: reduce_to f32[16] */
void train_k15_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 137984))[ii];
      }
      ((float *)(base + 30208))[idx] = acc;
  }
}

/* train_k16_reduce_to: reduce_to f32[16] */
void train_k16_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 146176))[ii];
      }
      ((float *)(base + 30272))[idx] = acc;
  }
}

/* train_k17_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k17_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a61 = ((float *)(base + 154368))[idx];
      const float a141 = ((float *)(base + 137984))[idx];
      const float v145 = g23_gelu_grad(a61);
      const float v146 = (a141 * v145);
      ((float *)(base + 142080))[idx] = v146;
  }
}

/* train_k18_reduce_to: reduce_to f32[64] */
void train_k18_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 142080))[ii];
      }
      ((float *)(base + 34432))[idx] = acc;
  }
}

/* train_k19_reduce_to: reduce_to f32[16] */
void train_k19_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 137984))[ii];
      }
      ((float *)(base + 38784))[idx] = acc;
  }
}

/* train_k20_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16] */
void train_k20_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc158 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a148 = ((float *)(base + 137984))[idx];
      const float a45 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a49 = ((float *)(base + 170752))[idx];
      const float v153 = (a148 * a45);
      const float v157 = (v153 * a49);
      acc158 = acc158 + v157;
    }
      const float b161 = ((float *)(base + 178624))[r];
      const float v158 = (float)acc158;
      const float v162 = (v158 * b161);
      const float v163 = (v162 * 0.0625f);
    double acc170 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a148 = ((float *)(base + 137984))[idx];
      const float a45 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a54 = ((float *)(base + 178560))[(idx / 16LL)];
      const float a49 = ((float *)(base + 170752))[idx];
      const float v153 = (a148 * a45);
      const float v156 = (v153 * a54);
      const float v164 = v163;
      const float v165 = (v164 * a49);
      const float v166 = (v156 + v165);
      const float v167 = (v166 + v165);
      const float v169 = (-v167);
      acc170 = acc170 + v169;
    }
      const float v170 = (float)acc170;
      const float v171 = (v170 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a148 = ((float *)(base + 137984))[idx];
      const float a45 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a55 = ((float *)(base + 171776))[idx];
      const float a54 = ((float *)(base + 178560))[(idx / 16LL)];
      const float a49 = ((float *)(base + 170752))[idx];
      const float a139 = ((float *)(base + 146176))[idx];
      const float v153 = (a148 * a45);
      const float v154 = (a148 * a55);
      const float v156 = (v153 * a54);
      const float v164 = v163;
      const float v165 = (v164 * a49);
      const float v166 = (v156 + v165);
      const float v167 = (v166 + v165);
      const float v168 = (a139 + v167);
      const float v172 = v171;
      const float v173 = (v168 + v172);
      ((float *)(base + 139008))[idx] = v154;
      ((float *)(base + 141056))[idx] = v173;
    }
  }
}

/* train_k21_reduce_to: reduce_to f32[16] */
void train_k21_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 139008))[ii];
      }
      ((float *)(base + 38848))[idx] = acc;
  }
}

/* train_k22_reduce_to: reduce_to f32[16] */
void train_k22_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 141056))[ii];
      }
      ((float *)(base + 38912))[idx] = acc;
  }
}

/* train_k23_permute: permute f32[2, 2, 8, 8] */
void train_k23_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v180 = ((float *)(base + 137984))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 142080))[idx] = v180;
  }
}

/* train_k24_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k24_attention_dq(char *base) {
  const float *Q = (const float *)(base + 165632); (void)Q;
  const float *K = (const float *)(base + 166656); (void)K;
  const float *V = (const float *)(base + 167680); (void)V;
  const int32_t *P = (const int32_t *)(base + 177984); (void)P;
  const float *O = (const float *)(base + 168704); (void)O;
  const float *dO = (const float *)(base + 142080); (void)dO;
  float *out = (float *)(base + 137984); (void)out;
  float *tmp = (float *)(base + 143104); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    if (j1 > i + 1) j1 = i + 1;
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

/* train_k25_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k25_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 165632); (void)Q;
  const float *K = (const float *)(base + 166656); (void)K;
  const float *V = (const float *)(base + 167680); (void)V;
  const int32_t *P = (const int32_t *)(base + 177984); (void)P;
  const float *O = (const float *)(base + 168704); (void)O;
  const float *dO = (const float *)(base + 142080); (void)dO;
  float *out = (float *)(base + 137984); (void)out;
  float *tmp = (float *)(base + 143104); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t j = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    int64_t t0 = 0, t1 = 8LL;
    if (j - (int64_t)pos > t0) t0 = j - (int64_t)pos;
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

/* train_k26_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k26_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v182 = ((float *)(base + 137984))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v184 = ((float *)(base + 137984))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v186 = ((float *)(base + 137984))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 142080))[idx] = v182;
      ((float *)(base + 143104))[idx] = v184;
      ((float *)(base + 144128))[idx] = v186;
  }
}

/* train_k27_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k27_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v188 = ((float *)(base + 144128))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v190 = ((float *)(base + 143104))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v192 = ((float *)(base + 142080))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 145152))[idx] = v188;
      ((float *)(base + 146176))[idx] = v190;
      ((float *)(base + 147200))[idx] = v192;
  }
}

/* train_k28_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k28_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v194 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 145152))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v195 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 146176))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v196 = (v194 + v195);
      const float v197 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 147200))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v198 = (v196 + v197);
      ((float *)(base + 137984))[idx] = v198;
  }
}

/* train_k29_reduce_to: reduce_to f32[48] */
void train_k29_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 137984))[ii];
      }
      ((float *)(base + 40000))[idx] = acc;
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
        acc += ((float *)(base + 142080))[ii];
      }
      ((float *)(base + 43264))[idx] = acc;
  }
}

/* train_k31_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16] */
void train_k31_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc210 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a200 = ((float *)(base + 142080))[idx];
      const float a9 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a14 = ((float *)(base + 162560))[idx];
      const float v205 = (a200 * a9);
      const float v209 = (v205 * a14);
      acc210 = acc210 + v209;
    }
      const float b213 = ((float *)(base + 178496))[r];
      const float v210 = (float)acc210;
      const float v214 = (v210 * b213);
      const float v215 = (v214 * 0.0625f);
    double acc222 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a200 = ((float *)(base + 142080))[idx];
      const float a9 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a20 = ((float *)(base + 178432))[(idx / 16LL)];
      const float a14 = ((float *)(base + 162560))[idx];
      const float v205 = (a200 * a9);
      const float v208 = (v205 * a20);
      const float v216 = v215;
      const float v217 = (v216 * a14);
      const float v218 = (v208 + v217);
      const float v219 = (v218 + v217);
      const float v221 = (-v219);
      acc222 = acc222 + v221;
    }
      const float v222 = (float)acc222;
      const float v223 = (v222 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a200 = ((float *)(base + 142080))[idx];
      const float a9 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a21 = ((float *)(base + 163584))[idx];
      const float a20 = ((float *)(base + 178432))[(idx / 16LL)];
      const float a14 = ((float *)(base + 162560))[idx];
      const float a173 = ((float *)(base + 141056))[idx];
      const float v205 = (a200 * a9);
      const float v206 = (a200 * a21);
      const float v208 = (v205 * a20);
      const float v216 = v215;
      const float v217 = (v216 * a14);
      const float v218 = (v208 + v217);
      const float v219 = (v218 + v217);
      const float v220 = (a173 + v219);
      const float v224 = v223;
      const float v225 = (v220 + v224);
      ((float *)(base + 137984))[idx] = v206;
      ((float *)(base + 154368))[idx] = v225;
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
        acc += ((float *)(base + 137984))[ii];
      }
      ((float *)(base + 43328))[idx] = acc;
  }
}

/* train_k33_reduce_to: reduce_to f32[8, 16] */
void train_k33_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t c0 = idx / 16LL; (void)c0;
      const int64_t c1 = idx / 1LL % 16LL; (void)c1;
      const int64_t ib = 0 + c0 * 16LL + c1 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 128LL;
        acc += ((float *)(base + 154368))[ii];
      }
      ((float *)(base + 137984))[idx] = acc;
  }
}

/* train_k34_scatter_add: scatter_add f32[8, 16] */
void train_k34_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 8LL; u++) ((float *)(base + 43392))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 8LL; k++) {
        const int32_t t = ((int32_t *)(base + 178368))[k];
        if ((uint32_t)t < 8u) ((float *)(base + 43392))[(int64_t)t * 16LL + idx] += ((float *)(base + 137984))[k * 16LL + idx];
      }
  }
}

/* train_k35_scatter_add: scatter_add f32[256, 16] */
void train_k35_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 137984))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 16LL; k++) {
        const int32_t t = ((int32_t *)(base + 177920))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 137984))[(int64_t)t * 16LL + idx] += ((float *)(base + 154368))[k * 16LL + idx];
      }
  }
}

/* train_k36_add: add f32[256, 16] */
void train_k36_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a117 = ((float *)(base + 121600))[idx];
      const float a228 = ((float *)(base + 137984))[idx];
      const float v229 = (a117 + a228);
      ((float *)(base + 43904))[idx] = v229;
  }
}

/* train_k37_rowsum: mul f32[4096], sum f32[1] */
void train_k37_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc237 = 0.0f;
#pragma omp parallel for reduction(+:acc237)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a235 = ((float *)(base + 43904))[idx];
      const float v236 = (a235 * a235);
      acc237 = acc237 + v236;
    }
      const float v237 = (float)acc237;
    {
      ((float *)(base + 121600))[r] = v237;
    }
  }
}

/* train_k38_rowsum: mul f32[128], sum f32[1], add f32[1] */
void train_k38_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc240 = 0.0f;
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a238 = ((float *)(base + 43392))[idx];
      const float v239 = (a238 * a238);
      acc240 = acc240 + v239;
    }
      const float b237 = ((float *)(base + 121600))[0];
      const float v240 = (float)acc240;
      const float v241 = (b237 + v240);
    {
      ((float *)(base + 121664))[r] = v241;
    }
  }
}

/* train_k39_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k39_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc243 = 0.0f;
    double acc246 = 0.0f;
    double acc260 = 0.0f;
    double acc263 = 0.0f;
    double acc266 = 0.0f;
    double acc280 = 0.0f;
    double acc283 = 0.0f;
    double acc286 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a207 = ((float *)(base + 43328))[idx];
      const float a204 = ((float *)(base + 43264))[idx];
      const float a174 = ((float *)(base + 38912))[idx];
      const float a155 = ((float *)(base + 38848))[idx];
      const float a152 = ((float *)(base + 38784))[idx];
      const float a140 = ((float *)(base + 30272))[idx];
      const float a121 = ((float *)(base + 30208))[idx];
      const float a118 = ((float *)(base + 30144))[idx];
      const float v242 = (a207 * a207);
      const float v245 = (a204 * a204);
      const float v259 = (a174 * a174);
      const float v262 = (a155 * a155);
      const float v265 = (a152 * a152);
      const float v279 = (a140 * a140);
      const float v282 = (a121 * a121);
      const float v285 = (a118 * a118);
      acc243 = acc243 + v242;
      acc246 = acc246 + v245;
      acc260 = acc260 + v259;
      acc263 = acc263 + v262;
      acc266 = acc266 + v265;
      acc280 = acc280 + v279;
      acc283 = acc283 + v282;
      acc286 = acc286 + v285;
    }
      const float b241 = ((float *)(base + 121664))[0];
      const float v243 = (float)acc243;
      const float v244 = (b241 + v243);
      const float v246 = (float)acc246;
      const float v247 = (v244 + v246);
      const float v260 = (float)acc260;
      const float v263 = (float)acc263;
      const float v266 = (float)acc266;
      const float v280 = (float)acc280;
      const float v283 = (float)acc283;
      const float v286 = (float)acc286;
    {
      ((float *)(base + 121600))[r] = v247;
      ((float *)(base + 121728))[r] = v260;
      ((float *)(base + 121792))[r] = v263;
      ((float *)(base + 121856))[r] = v266;
      ((float *)(base + 121920))[r] = v280;
      ((float *)(base + 121984))[r] = v283;
      ((float *)(base + 122048))[r] = v286;
    }
  }
}

/* train_k40_rowsum: mul f32[768], sum f32[1], add f32[1] */
void train_k40_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc250 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a248 = ((float *)(base + 40192))[idx];
      const float v249 = (a248 * a248);
      acc250 = acc250 + v249;
    }
      const float b247 = ((float *)(base + 121600))[0];
      const float v250 = (float)acc250;
      const float v251 = (b247 + v250);
    {
      ((float *)(base + 121664))[r] = v251;
    }
  }
}

/* train_k41_rowsum: mul f32[48], sum f32[1], add f32[1] */
void train_k41_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc253 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a199 = ((float *)(base + 40000))[idx];
      const float v252 = (a199 * a199);
      acc253 = acc253 + v252;
    }
      const float b251 = ((float *)(base + 121664))[0];
      const float v253 = (float)acc253;
      const float v254 = (b251 + v253);
    {
      ((float *)(base + 121600))[r] = v254;
    }
  }
}

/* train_k42_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1] */
void train_k42_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc257 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a255 = ((float *)(base + 38976))[idx];
      const float v256 = (a255 * a255);
      acc257 = acc257 + v256;
    }
      const float b254 = ((float *)(base + 121600))[0];
      const float b260 = ((float *)(base + 121728))[0];
      const float b263 = ((float *)(base + 121792))[0];
      const float b266 = ((float *)(base + 121856))[0];
      const float v257 = (float)acc257;
      const float v258 = (b254 + v257);
      const float v261 = (v258 + b260);
      const float v264 = (v261 + b263);
      const float v267 = (v264 + b266);
    {
      ((float *)(base + 121664))[r] = v267;
    }
  }
}

/* train_k43_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1] */
void train_k43_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc270 = 0.0f;
    double acc277 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a268 = ((float *)(base + 34688))[idx];
      const float a275 = ((float *)(base + 30336))[idx];
      const float v269 = (a268 * a268);
      const float v276 = (a275 * a275);
      acc270 = acc270 + v269;
      acc277 = acc277 + v276;
    }
      const float b267 = ((float *)(base + 121664))[0];
      const float v270 = (float)acc270;
      const float v271 = (b267 + v270);
      const float v277 = (float)acc277;
    {
      ((float *)(base + 121600))[r] = v271;
      ((float *)(base + 121728))[r] = v277;
    }
  }
}

/* train_k44_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k44_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b232 = ((float *)(base + 178176))[0];
      const float v294 = (float)(0.0f < b232);
    double acc273 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a147 = ((float *)(base + 34432))[idx];
      const float v272 = (a147 * a147);
      acc273 = acc273 + v272;
    }
      const float b271 = ((float *)(base + 121600))[0];
      const float b277 = ((float *)(base + 121728))[0];
      const float b280 = ((float *)(base + 121920))[0];
      const float b283 = ((float *)(base + 121984))[0];
      const float b286 = ((float *)(base + 122048))[0];
      const float v273 = (float)acc273;
      const float v274 = (b271 + v273);
      const float v278 = (v274 + b277);
      const float v281 = (v278 + b280);
      const float v284 = (v281 + b283);
      const float v287 = (v284 + b286);
      const float v288 = sqrtf(v287);
      const float v290 = (v288 + 1e-06f);
      const float v291 = (b232 / v290);
      const float v292 = fminf(1.0f, v291);
      const float v295 = (v294 != 0 ? v292 : 1.0f);
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a147 = ((float *)(base + 34432))[idx];
      const float a498 = ((float *)(base + 111488))[idx];
      const float a499 = ((float *)(base + 111744))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a230 = ((float *)(base + 178048))[0];
      const float a60 = ((float *)(base + 25600))[idx];
      const float v500 = (a147 * v295);
      const float v501 = (v500 * 0.1f);
      const float v502 = (a498 * 0.9f);
      const float v503 = (v502 + v501);
      const float v504 = (v500 * v500);
      const float v505 = (v504 * 0.05f);
      const float v506 = (a499 * 0.95f);
      const float v507 = (v506 + v505);
      const float v508 = (v503 / a233);
      const float v509 = (v507 / a234);
      const float v510 = sqrtf(v509);
      const float v511 = (v510 + 1e-08f);
      const float v512 = (v508 / v511);
      const float v513 = (a230 * v512);
      const float v514 = (a60 - v513);
      const float v618 = v503;
      const float v619 = v507;
      const float v620 = v514;
      ((float *)(base + 111488))[idx] = v618;
      ((float *)(base + 111744))[idx] = v619;
      ((float *)(base + 25600))[idx] = v620;
    }
    {
      ((float *)(base + 121664))[r] = v288;
      ((float *)(base + 121792))[r] = v295;
    }
  }
}

/* train_k45_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k45_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a229 = ((float *)(base + 43904))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a296 = ((float *)(base + 60288))[idx];
      const float a297 = ((float *)(base + 76672))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a231 = ((float *)(base + 178112))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a230 = ((float *)(base + 178048))[0];
      const float v298 = (a229 * a295);
      const float v300 = (v298 * 0.1f);
      const float v302 = (a296 * 0.9f);
      const float v303 = (v302 + v300);
      const float v305 = (v298 * v298);
      const float v306 = (v305 * 0.05f);
      const float v308 = (a297 * 0.95f);
      const float v309 = (v308 + v306);
      const float v310 = (v303 / a233);
      const float v311 = (v309 / a234);
      const float v313 = sqrtf(v311);
      const float v314 = (v313 + 1e-08f);
      const float v315 = (v310 / v314);
      const float v316 = (a231 * a2);
      const float v317 = (v315 + v316);
      const float v318 = (a230 * v317);
      const float v319 = (a2 - v318);
      const float v585 = v303;
      const float v586 = v309;
      const float v587 = v319;
      ((float *)(base + 60288))[idx] = v585;
      ((float *)(base + 76672))[idx] = v586;
      ((float *)(base + 0))[idx] = v587;
  }
}

/* train_k46_assign: mul f32[8, 16], mul f32[8, 16], mul f32[8, 16], add f32[8, 16], mul f32[8, 16], mul f32[8, 16], mul f32[8, 16], add f32[8, 16], div f32[8, 16], div f32[8, 16], sqrt f32[8, 16], add f32[8, 16], div f32[8, 16], mul f32[8, 16], add f32[8, 16], mul f32[8, 16], sub f32[8, 16], assign f32[8, 16], assign f32[8, 16], assign f32[8, 16] */
void train_k46_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a227 = ((float *)(base + 43392))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a320 = ((float *)(base + 93056))[idx];
      const float a321 = ((float *)(base + 93568))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a231 = ((float *)(base + 178112))[0];
      const float a4 = ((float *)(base + 16384))[idx];
      const float a230 = ((float *)(base + 178048))[0];
      const float v322 = (a227 * a295);
      const float v323 = (v322 * 0.1f);
      const float v324 = (a320 * 0.9f);
      const float v325 = (v324 + v323);
      const float v326 = (v322 * v322);
      const float v327 = (v326 * 0.05f);
      const float v328 = (a321 * 0.95f);
      const float v329 = (v328 + v327);
      const float v330 = (v325 / a233);
      const float v331 = (v329 / a234);
      const float v332 = sqrtf(v331);
      const float v333 = (v332 + 1e-08f);
      const float v334 = (v330 / v333);
      const float v335 = (a231 * a4);
      const float v336 = (v334 + v335);
      const float v337 = (a230 * v336);
      const float v338 = (a4 - v337);
      const float v588 = v325;
      const float v589 = v329;
      const float v590 = v338;
      ((float *)(base + 93056))[idx] = v588;
      ((float *)(base + 93568))[idx] = v589;
      ((float *)(base + 16384))[idx] = v590;
  }
}

/* train_k47_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k47_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a207 = ((float *)(base + 43328))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a339 = ((float *)(base + 94080))[idx];
      const float a340 = ((float *)(base + 94144))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a230 = ((float *)(base + 178048))[0];
      const float a9 = ((float *)(base + 16896))[idx];
      const float a204 = ((float *)(base + 43264))[idx];
      const float a356 = ((float *)(base + 94208))[idx];
      const float a357 = ((float *)(base + 94272))[idx];
      const float a10 = ((float *)(base + 16960))[idx];
      const float a174 = ((float *)(base + 38912))[idx];
      const float a428 = ((float *)(base + 102912))[idx];
      const float a429 = ((float *)(base + 102976))[idx];
      const float a42 = ((float *)(base + 21312))[idx];
      const float a155 = ((float *)(base + 38848))[idx];
      const float a445 = ((float *)(base + 103040))[idx];
      const float a446 = ((float *)(base + 103104))[idx];
      const float a45 = ((float *)(base + 21376))[idx];
      const float a152 = ((float *)(base + 38784))[idx];
      const float a462 = ((float *)(base + 103168))[idx];
      const float a463 = ((float *)(base + 103232))[idx];
      const float a46 = ((float *)(base + 21440))[idx];
      const float a140 = ((float *)(base + 30272))[idx];
      const float a534 = ((float *)(base + 120192))[idx];
      const float a535 = ((float *)(base + 120256))[idx];
      const float a65 = ((float *)(base + 29952))[idx];
      const float a121 = ((float *)(base + 30208))[idx];
      const float a551 = ((float *)(base + 120320))[idx];
      const float a552 = ((float *)(base + 120384))[idx];
      const float a68 = ((float *)(base + 30016))[idx];
      const float a118 = ((float *)(base + 30144))[idx];
      const float a568 = ((float *)(base + 120448))[idx];
      const float a569 = ((float *)(base + 120512))[idx];
      const float a69 = ((float *)(base + 30080))[idx];
      const float v341 = (a207 * a295);
      const float v342 = (v341 * 0.1f);
      const float v343 = (a339 * 0.9f);
      const float v344 = (v343 + v342);
      const float v345 = (v341 * v341);
      const float v346 = (v345 * 0.05f);
      const float v347 = (a340 * 0.95f);
      const float v348 = (v347 + v346);
      const float v349 = (v344 / a233);
      const float v350 = (v348 / a234);
      const float v351 = sqrtf(v350);
      const float v352 = (v351 + 1e-08f);
      const float v353 = (v349 / v352);
      const float v354 = (a230 * v353);
      const float v355 = (a9 - v354);
      const float v358 = (a204 * a295);
      const float v359 = (v358 * 0.1f);
      const float v360 = (a356 * 0.9f);
      const float v361 = (v360 + v359);
      const float v362 = (v358 * v358);
      const float v363 = (v362 * 0.05f);
      const float v364 = (a357 * 0.95f);
      const float v365 = (v364 + v363);
      const float v366 = (v361 / a233);
      const float v367 = (v365 / a234);
      const float v368 = sqrtf(v367);
      const float v369 = (v368 + 1e-08f);
      const float v370 = (v366 / v369);
      const float v371 = (a230 * v370);
      const float v372 = (a10 - v371);
      const float v430 = (a174 * a295);
      const float v431 = (v430 * 0.1f);
      const float v432 = (a428 * 0.9f);
      const float v433 = (v432 + v431);
      const float v434 = (v430 * v430);
      const float v435 = (v434 * 0.05f);
      const float v436 = (a429 * 0.95f);
      const float v437 = (v436 + v435);
      const float v438 = (v433 / a233);
      const float v439 = (v437 / a234);
      const float v440 = sqrtf(v439);
      const float v441 = (v440 + 1e-08f);
      const float v442 = (v438 / v441);
      const float v443 = (a230 * v442);
      const float v444 = (a42 - v443);
      const float v447 = (a155 * a295);
      const float v448 = (v447 * 0.1f);
      const float v449 = (a445 * 0.9f);
      const float v450 = (v449 + v448);
      const float v451 = (v447 * v447);
      const float v452 = (v451 * 0.05f);
      const float v453 = (a446 * 0.95f);
      const float v454 = (v453 + v452);
      const float v455 = (v450 / a233);
      const float v456 = (v454 / a234);
      const float v457 = sqrtf(v456);
      const float v458 = (v457 + 1e-08f);
      const float v459 = (v455 / v458);
      const float v460 = (a230 * v459);
      const float v461 = (a45 - v460);
      const float v464 = (a152 * a295);
      const float v465 = (v464 * 0.1f);
      const float v466 = (a462 * 0.9f);
      const float v467 = (v466 + v465);
      const float v468 = (v464 * v464);
      const float v469 = (v468 * 0.05f);
      const float v470 = (a463 * 0.95f);
      const float v471 = (v470 + v469);
      const float v472 = (v467 / a233);
      const float v473 = (v471 / a234);
      const float v474 = sqrtf(v473);
      const float v475 = (v474 + 1e-08f);
      const float v476 = (v472 / v475);
      const float v477 = (a230 * v476);
      const float v478 = (a46 - v477);
      const float v536 = (a140 * a295);
      const float v537 = (v536 * 0.1f);
      const float v538 = (a534 * 0.9f);
      const float v539 = (v538 + v537);
      const float v540 = (v536 * v536);
      const float v541 = (v540 * 0.05f);
      const float v542 = (a535 * 0.95f);
      const float v543 = (v542 + v541);
      const float v544 = (v539 / a233);
      const float v545 = (v543 / a234);
      const float v546 = sqrtf(v545);
      const float v547 = (v546 + 1e-08f);
      const float v548 = (v544 / v547);
      const float v549 = (a230 * v548);
      const float v550 = (a65 - v549);
      const float v553 = (a121 * a295);
      const float v554 = (v553 * 0.1f);
      const float v555 = (a551 * 0.9f);
      const float v556 = (v555 + v554);
      const float v557 = (v553 * v553);
      const float v558 = (v557 * 0.05f);
      const float v559 = (a552 * 0.95f);
      const float v560 = (v559 + v558);
      const float v561 = (v556 / a233);
      const float v562 = (v560 / a234);
      const float v563 = sqrtf(v562);
      const float v564 = (v563 + 1e-08f);
      const float v565 = (v561 / v564);
      const float v566 = (a230 * v565);
      const float v567 = (a68 - v566);
      const float v570 = (a118 * a295);
      const float v571 = (v570 * 0.1f);
      const float v572 = (a568 * 0.9f);
      const float v573 = (v572 + v571);
      const float v574 = (v570 * v570);
      const float v575 = (v574 * 0.05f);
      const float v576 = (a569 * 0.95f);
      const float v577 = (v576 + v575);
      const float v578 = (v573 / a233);
      const float v579 = (v577 / a234);
      const float v580 = sqrtf(v579);
      const float v581 = (v580 + 1e-08f);
      const float v582 = (v578 / v581);
      const float v583 = (a230 * v582);
      const float v584 = (a69 - v583);
      const float v591 = v344;
      const float v592 = v348;
      const float v593 = v355;
      const float v594 = v361;
      const float v595 = v365;
      const float v596 = v372;
      const float v606 = v433;
      const float v607 = v437;
      const float v608 = v444;
      const float v609 = v450;
      const float v610 = v454;
      const float v611 = v461;
      const float v612 = v467;
      const float v613 = v471;
      const float v614 = v478;
      const float v624 = v539;
      const float v625 = v543;
      const float v626 = v550;
      const float v627 = v556;
      const float v628 = v560;
      const float v629 = v567;
      const float v630 = v573;
      const float v631 = v577;
      const float v632 = v584;
      ((float *)(base + 94080))[idx] = v591;
      ((float *)(base + 94144))[idx] = v592;
      ((float *)(base + 16896))[idx] = v593;
      ((float *)(base + 94208))[idx] = v594;
      ((float *)(base + 94272))[idx] = v595;
      ((float *)(base + 16960))[idx] = v596;
      ((float *)(base + 102912))[idx] = v606;
      ((float *)(base + 102976))[idx] = v607;
      ((float *)(base + 21312))[idx] = v608;
      ((float *)(base + 103040))[idx] = v609;
      ((float *)(base + 103104))[idx] = v610;
      ((float *)(base + 21376))[idx] = v611;
      ((float *)(base + 103168))[idx] = v612;
      ((float *)(base + 103232))[idx] = v613;
      ((float *)(base + 21440))[idx] = v614;
      ((float *)(base + 120192))[idx] = v624;
      ((float *)(base + 120256))[idx] = v625;
      ((float *)(base + 29952))[idx] = v626;
      ((float *)(base + 120320))[idx] = v627;
      ((float *)(base + 120384))[idx] = v628;
      ((float *)(base + 30016))[idx] = v629;
      ((float *)(base + 120448))[idx] = v630;
      ((float *)(base + 120512))[idx] = v631;
      ((float *)(base + 30080))[idx] = v632;
  }
}

/* train_k48_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k48_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a203 = ((float *)(base + 40192))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a373 = ((float *)(base + 94336))[idx];
      const float a374 = ((float *)(base + 97408))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a231 = ((float *)(base + 178112))[0];
      const float a24 = ((float *)(base + 17024))[idx];
      const float a230 = ((float *)(base + 178048))[0];
      const float v375 = (a203 * a295);
      const float v376 = (v375 * 0.1f);
      const float v377 = (a373 * 0.9f);
      const float v378 = (v377 + v376);
      const float v379 = (v375 * v375);
      const float v380 = (v379 * 0.05f);
      const float v381 = (a374 * 0.95f);
      const float v382 = (v381 + v380);
      const float v383 = (v378 / a233);
      const float v384 = (v382 / a234);
      const float v385 = sqrtf(v384);
      const float v386 = (v385 + 1e-08f);
      const float v387 = (v383 / v386);
      const float v388 = (a231 * a24);
      const float v389 = (v387 + v388);
      const float v390 = (a230 * v389);
      const float v391 = (a24 - v390);
      const float v597 = v378;
      const float v598 = v382;
      const float v599 = v391;
      ((float *)(base + 94336))[idx] = v597;
      ((float *)(base + 97408))[idx] = v598;
      ((float *)(base + 17024))[idx] = v599;
  }
}

/* train_k49_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k49_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a199 = ((float *)(base + 40000))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a392 = ((float *)(base + 100480))[idx];
      const float a393 = ((float *)(base + 100672))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a230 = ((float *)(base + 178048))[0];
      const float a26 = ((float *)(base + 20096))[idx];
      const float v394 = (a199 * a295);
      const float v395 = (v394 * 0.1f);
      const float v396 = (a392 * 0.9f);
      const float v397 = (v396 + v395);
      const float v398 = (v394 * v394);
      const float v399 = (v398 * 0.05f);
      const float v400 = (a393 * 0.95f);
      const float v401 = (v400 + v399);
      const float v402 = (v397 / a233);
      const float v403 = (v401 / a234);
      const float v404 = sqrtf(v403);
      const float v405 = (v404 + 1e-08f);
      const float v406 = (v402 / v405);
      const float v407 = (a230 * v406);
      const float v408 = (a26 - v407);
      const float v600 = v397;
      const float v601 = v401;
      const float v602 = v408;
      ((float *)(base + 100480))[idx] = v600;
      ((float *)(base + 100672))[idx] = v601;
      ((float *)(base + 20096))[idx] = v602;
  }
}

/* train_k50_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k50_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a178 = ((float *)(base + 38976))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a409 = ((float *)(base + 100864))[idx];
      const float a410 = ((float *)(base + 101888))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a231 = ((float *)(base + 178112))[0];
      const float a40 = ((float *)(base + 20288))[idx];
      const float a230 = ((float *)(base + 178048))[0];
      const float v411 = (a178 * a295);
      const float v412 = (v411 * 0.1f);
      const float v413 = (a409 * 0.9f);
      const float v414 = (v413 + v412);
      const float v415 = (v411 * v411);
      const float v416 = (v415 * 0.05f);
      const float v417 = (a410 * 0.95f);
      const float v418 = (v417 + v416);
      const float v419 = (v414 / a233);
      const float v420 = (v418 / a234);
      const float v421 = sqrtf(v420);
      const float v422 = (v421 + 1e-08f);
      const float v423 = (v419 / v422);
      const float v424 = (a231 * a40);
      const float v425 = (v423 + v424);
      const float v426 = (a230 * v425);
      const float v427 = (a40 - v426);
      const float v603 = v414;
      const float v604 = v418;
      const float v605 = v427;
      ((float *)(base + 100864))[idx] = v603;
      ((float *)(base + 101888))[idx] = v604;
      ((float *)(base + 20288))[idx] = v605;
  }
}

/* train_k51_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k51_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a151 = ((float *)(base + 34688))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a479 = ((float *)(base + 103296))[idx];
      const float a480 = ((float *)(base + 107392))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a231 = ((float *)(base + 178112))[0];
      const float a58 = ((float *)(base + 21504))[idx];
      const float a230 = ((float *)(base + 178048))[0];
      const float v481 = (a151 * a295);
      const float v482 = (v481 * 0.1f);
      const float v483 = (a479 * 0.9f);
      const float v484 = (v483 + v482);
      const float v485 = (v481 * v481);
      const float v486 = (v485 * 0.05f);
      const float v487 = (a480 * 0.95f);
      const float v488 = (v487 + v486);
      const float v489 = (v484 / a233);
      const float v490 = (v488 / a234);
      const float v491 = sqrtf(v490);
      const float v492 = (v491 + 1e-08f);
      const float v493 = (v489 / v492);
      const float v494 = (a231 * a58);
      const float v495 = (v493 + v494);
      const float v496 = (a230 * v495);
      const float v497 = (a58 - v496);
      const float v615 = v484;
      const float v616 = v488;
      const float v617 = v497;
      ((float *)(base + 103296))[idx] = v615;
      ((float *)(base + 107392))[idx] = v616;
      ((float *)(base + 21504))[idx] = v617;
  }
}

/* train_k52_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k52_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a144 = ((float *)(base + 30336))[idx];
      const float a295 = ((float *)(base + 121792))[0];
      const float a515 = ((float *)(base + 112000))[idx];
      const float a516 = ((float *)(base + 116096))[idx];
      const float a233 = ((float *)(base + 178240))[0];
      const float a234 = ((float *)(base + 178304))[0];
      const float a231 = ((float *)(base + 178112))[0];
      const float a63 = ((float *)(base + 25856))[idx];
      const float a230 = ((float *)(base + 178048))[0];
      const float v517 = (a144 * a295);
      const float v518 = (v517 * 0.1f);
      const float v519 = (a515 * 0.9f);
      const float v520 = (v519 + v518);
      const float v521 = (v517 * v517);
      const float v522 = (v521 * 0.05f);
      const float v523 = (a516 * 0.95f);
      const float v524 = (v523 + v522);
      const float v525 = (v520 / a233);
      const float v526 = (v524 / a234);
      const float v527 = sqrtf(v526);
      const float v528 = (v527 + 1e-08f);
      const float v529 = (v525 / v528);
      const float v530 = (a231 * a63);
      const float v531 = (v529 + v530);
      const float v532 = (a230 * v531);
      const float v533 = (a63 - v532);
      const float v621 = v520;
      const float v622 = v524;
      const float v623 = v533;
      ((float *)(base + 112000))[idx] = v621;
      ((float *)(base + 116096))[idx] = v622;
      ((float *)(base + 25856))[idx] = v623;
  }
}

/* eval_k53_gather: gather f32[2, 8, 16] */
void eval_k53_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 122624))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 122624))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 121600))[idx] = v3;
  }
}

/* eval_k54_positions: positions i32[8] */
void eval_k54_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 128768))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 123136))[idx] = v6;
  }
}

/* eval_k55_gather: gather f32[8, 16] */
void eval_k55_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 123136))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 123136))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 122624))[idx] = v7;
  }
}

/* eval_k56_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k56_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 121600))[idx];
      const float a7 = ((float *)(base + 122624))[(idx % 128LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.0625f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 121600))[idx];
      const float a7 = ((float *)(base + 122624))[(idx % 128LL)];
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
      const float a3 = ((float *)(base + 121600))[idx];
      const float a7 = ((float *)(base + 122624))[(idx % 128LL)];
      const float a9 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a10 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 124672))[idx] = v8;
      ((float *)(base + 125696))[idx] = v23;
    }
  }
}

/* eval_k57_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k57_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v28 = ((float *)(base + 121600))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v29 = ((float *)(base + 121600))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v30 = ((float *)(base + 121600))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 125696))[idx] = v28;
      ((float *)(base + 126720))[idx] = v29;
      ((float *)(base + 127744))[idx] = v30;
  }
}

/* eval_k58_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k58_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v32 = ((float *)(base + 125696))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v34 = ((float *)(base + 126720))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 127744))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 121600))[idx] = v32;
      ((float *)(base + 122624))[idx] = v34;
      ((float *)(base + 123648))[idx] = v36;
  }
}

/* eval_k59_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k59_attention(char *base) {
  const float *Q = (const float *)(base + 121600); (void)Q;
  const float *K = (const float *)(base + 122624); (void)K;
  const float *V = (const float *)(base + 123648); (void)V;
  const int32_t *P = (const int32_t *)(base + 128768); (void)P;
  float *out = (float *)(base + 125696); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    if (j1 > i + 1) j1 = i + 1;
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

/* eval_k60_permute: permute f32[2, 8, 2, 8] */
void eval_k60_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v38 = ((float *)(base + 125696))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 121600))[idx] = v38;
  }
}

/* eval_k61_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k61_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 124672))[idx];
      const float a43 = ((float *)(base + 122624))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.0625f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 124672))[idx];
      const float a43 = ((float *)(base + 122624))[idx];
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
      const float a8 = ((float *)(base + 124672))[idx];
      const float a43 = ((float *)(base + 122624))[idx];
      const float a45 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a46 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 125696))[idx] = v44;
      ((float *)(base + 126720))[idx] = v57;
    }
  }
}

/* eval_k62_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k62_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 125696))[idx];
      const float a66 = ((float *)(base + 126720))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.0625f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 125696))[idx];
      const float a66 = ((float *)(base + 126720))[idx];
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
      const float a44 = ((float *)(base + 125696))[idx];
      const float a66 = ((float *)(base + 126720))[idx];
      const float a68 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a69 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 137984))[idx] = v80;
    }
  }
}

/* eval_k63_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1] */
void eval_k63_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc82 = -G23_INF;
    double acc91 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a88 = ((int32_t *)(base + 139008))[(idx / 256LL)];
      const float a81 = ((float *)(base + 121600))[idx];
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
      const float a81 = ((float *)(base + 121600))[idx];
      const float v83 = (a81 - v82);
      const float v84 = expf(v83);
      acc85 = acc85 + v84;
    }
      const float v85 = (float)acc85;
      const float v86 = logf(v85);
      const float v87 = (v86 + v82);
      const float v92 = (v87 - v91);
    {
      ((float *)(base + 137984))[r] = v92;
    }
  }
}

/* eval_k64_rowsum: sum f32[1], mul f32[1] */
void eval_k64_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc94 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a93 = ((float *)(base + 137984))[idx];
      acc94 = acc94 + a93;
    }
      const float v94 = (float)acc94;
      const float v95 = (v94 * 0.0625f);
    {
      ((float *)(base + 121600))[r] = v95;
    }
  }
}

/* prefill_k65_gather: gather f32[1, 8, 16] */
void prefill_k65_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 122112))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 122112))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 121600))[idx] = v2;
  }
}

/* prefill_k66_positions: positions i32[8] */
void prefill_k66_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 125184))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 122624))[idx] = v5;
  }
}

/* prefill_k67_gather: gather f32[8, 16] */
void prefill_k67_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 122624))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 122624))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 122112))[idx] = v6;
  }
}

/* prefill_k68_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k68_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 121600))[idx];
      const float a6 = ((float *)(base + 122112))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.0625f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 121600))[idx];
      const float a6 = ((float *)(base + 122112))[idx];
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
      const float a2 = ((float *)(base + 121600))[idx];
      const float a6 = ((float *)(base + 122112))[idx];
      const float a8 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a9 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 123136))[idx] = v7;
      ((float *)(base + 123648))[idx] = v22;
    }
  }
}

/* prefill_k69_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k69_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v27 = ((float *)(base + 121600))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 121600))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 121600))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 123648))[idx] = v27;
      ((float *)(base + 124160))[idx] = v28;
      ((float *)(base + 124672))[idx] = v29;
  }
}

/* prefill_k70_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k70_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v31 = ((float *)(base + 123648))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 124160))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v35 = ((float *)(base + 124672))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 121600))[idx] = v31;
      ((float *)(base + 122112))[idx] = v33;
      ((float *)(base + 122624))[idx] = v35;
  }
}

/* prefill_k71_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k71_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 125184))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 120576))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 122112))[idx];
  }
}

/* prefill_k72_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k72_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 125184))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 121088))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 122624))[idx];
  }
}

/* prefill_k73_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k73_attention(char *base) {
  const float *Q = (const float *)(base + 121600); (void)Q;
  const float *K = (const float *)(base + 120576); (void)K;
  const float *V = (const float *)(base + 121088); (void)V;
  const int32_t *P = (const int32_t *)(base + 125184); (void)P;
  float *out = (float *)(base + 122112); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
    const int64_t t = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 8LL;
    if (j1 > 8LL) j1 = 8LL;
    if (j1 > i + 1) j1 = i + 1;
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

/* prefill_k74_permute: permute f32[1, 8, 2, 8] */
void prefill_k74_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 122112))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 121600))[idx] = v41;
  }
}

/* prefill_k75_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k75_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 123136))[idx];
      const float a46 = ((float *)(base + 122112))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 123136))[idx];
      const float a46 = ((float *)(base + 122112))[idx];
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
      const float a7 = ((float *)(base + 123136))[idx];
      const float a46 = ((float *)(base + 122112))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a49 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 123648))[idx] = v47;
      ((float *)(base + 124160))[idx] = v60;
    }
  }
}

/* prefill_k76_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k76_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 123648))[idx];
      const float a69 = ((float *)(base + 124160))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.0625f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 123648))[idx];
      const float a69 = ((float *)(base + 124160))[idx];
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
      const float a47 = ((float *)(base + 123648))[idx];
      const float a69 = ((float *)(base + 124160))[idx];
      const float a71 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a72 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 129792))[idx] = v83;
    }
  }
}

/* decode_k77_gather: gather f32[1, 1, 16] */
void decode_k77_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 121600))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 121600))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 121664))[idx] = v2;
  }
}

/* decode_k78_positions: positions i32[1] */
void decode_k78_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 121792))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 121600))[idx] = v5;
  }
}

/* decode_k79_gather: gather f32[1, 16] */
void decode_k79_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 121600))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 121600))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 121728))[idx] = v6;
  }
}

/* decode_k80_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k80_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 121664))[idx];
      const float a6 = ((float *)(base + 121728))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.0625f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 121664))[idx];
      const float a6 = ((float *)(base + 121728))[idx];
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
      const float a2 = ((float *)(base + 121664))[idx];
      const float a6 = ((float *)(base + 121728))[idx];
      const float a8 = ((float *)(base + 16896))[idx];
      const float a9 = ((float *)(base + 16960))[idx];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 121856))[idx] = v7;
      ((float *)(base + 121920))[idx] = v22;
    }
  }
}

/* decode_k81_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k81_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v27 = ((float *)(base + 121600))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 121600))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 121600))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 121920))[idx] = v27;
      ((float *)(base + 121984))[idx] = v28;
      ((float *)(base + 122048))[idx] = v29;
  }
}

/* decode_k82_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k82_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v31 = ((float *)(base + 121920))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 121984))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v35 = ((float *)(base + 122048))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 121600))[idx] = v31;
      ((float *)(base + 121664))[idx] = v33;
      ((float *)(base + 121728))[idx] = v35;
  }
}

/* decode_k83_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k83_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 121792))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 120576))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 121664))[idx];
  }
}

/* decode_k84_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k84_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 121792))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 121088))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 121728))[idx];
  }
}

/* decode_k85_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k85_attention(char *base) {
  const float *Q = (const float *)(base + 121600); (void)Q;
  const float *K = (const float *)(base + 120576); (void)K;
  const float *V = (const float *)(base + 121088); (void)V;
  const int32_t *P = (const int32_t *)(base + 121792); (void)P;
  float *out = (float *)(base + 121664); (void)out;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 2LL; idx++) {
    const int64_t t = idx % 1LL, bh = idx / 1LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    const int64_t i = (int64_t)pos + t; (void)i;
    int64_t j0 = 0, j1 = (int64_t)pos + 1LL;
    if (j1 > 8LL) j1 = 8LL;
    if (j1 > i + 1) j1 = i + 1;
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

/* decode_k86_permute: permute f32[1, 1, 2, 8] */
void decode_k86_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 121664))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 121600))[idx] = v41;
  }
}

/* decode_k87_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k87_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 121856))[idx];
      const float a46 = ((float *)(base + 121664))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 121856))[idx];
      const float a46 = ((float *)(base + 121664))[idx];
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
      const float a7 = ((float *)(base + 121856))[idx];
      const float a46 = ((float *)(base + 121664))[idx];
      const float a48 = ((float *)(base + 21376))[idx];
      const float a49 = ((float *)(base + 21440))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 121920))[idx] = v47;
      ((float *)(base + 121984))[idx] = v60;
    }
  }
}

/* decode_k88_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k88_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 121920))[idx];
      const float a69 = ((float *)(base + 121856))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.0625f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 121920))[idx];
      const float a69 = ((float *)(base + 121856))[idx];
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
      const float a47 = ((float *)(base + 121920))[idx];
      const float a69 = ((float *)(base + 121856))[idx];
      const float a71 = ((float *)(base + 30016))[idx];
      const float a72 = ((float *)(base + 30080))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 122624))[idx] = v83;
    }
  }
}

