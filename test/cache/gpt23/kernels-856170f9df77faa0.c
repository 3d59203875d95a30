/* gpt23 kernels for alibi.net, C dialect (generated; do not edit). */
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


/* train_k0_rowsum: gather f32[2, 8, 16], dropout f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k0_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc9 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float v3 = ((uint32_t)((int32_t *)(base + 249344))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 249344))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v5 = g23_dropout(v3, a4, 0LL, idx, 0.1f);
      acc9 = acc9 + v5;
    }
      const float v9 = acc9;
      const float v11 = (v9 * 0.0625f);
    float acc14 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float v3 = ((uint32_t)((int32_t *)(base + 249344))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 249344))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v5 = g23_dropout(v3, a4, 0LL, idx, 0.1f);
      const float v12 = (v5 - v11);
      const float v13 = (v12 * v12);
      acc14 = acc14 + v13;
    }
      const float v14 = acc14;
      const float v15 = (v14 * 0.0625f);
      const float v17 = (v15 + 1e-05f);
      const float v18 = (1.0f / sqrtf(v17));
      const float v364 = (v18 * v18);
      const float v365 = (v364 * v18);
      const float v366 = (v365 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a7 = ((float *)(base + 16448))[(idx % 16LL)];
      const float a8 = ((float *)(base + 16512))[(idx % 16LL)];
      const float v3 = ((uint32_t)((int32_t *)(base + 249344))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 249344))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v5 = g23_dropout(v3, a4, 0LL, idx, 0.1f);
      const float v12 = (v5 - v11);
      const float v19 = (v12 * v18);
      const float v20 = (v19 * a7);
      const float v21 = (v20 + a8);
      ((float *)(base + 176640))[idx] = v5;
      ((float *)(base + 222720))[idx] = v12;
      ((float *)(base + 223744))[idx] = v19;
      ((float *)(base + 224768))[idx] = v21;
    }
    {
      ((float *)(base + 249472))[r] = v18;
      ((float *)(base + 249600))[r] = v366;
    }
  }
}

/* train_k1_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k1_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v26 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v27 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v28 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177664))[idx] = v26;
      ((float *)(base + 178688))[idx] = v27;
      ((float *)(base + 179712))[idx] = v28;
  }
}

/* train_k2_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k2_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v30 = ((float *)(base + 177664))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v32 = ((float *)(base + 178688))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v34 = ((float *)(base + 179712))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 225792))[idx] = v30;
      ((float *)(base + 226816))[idx] = v32;
      ((float *)(base + 227840))[idx] = v34;
  }
}

/* train_k3_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2, 2, 8, 8] */
void train_k3_attention(char *base) {
  const float *Q = (const float *)(base + 225792); (void)Q;
  const float *K = (const float *)(base + 226816); (void)K;
  const float *V = (const float *)(base + 227840); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *E0 = (const float *)(base + 16384); (void)E0;
  float *out = (float *)(base + 228864); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* train_k4_permute: permute f32[2, 8, 2, 8] */
void train_k4_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v37 = ((float *)(base + 228864))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 229888))[idx] = v37;
  }
}

/* train_k5_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k5_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a42 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a5 = ((float *)(base + 176640))[idx];
      const float v43 = g23_dropout(a42, a4, 1LL, idx, 0.1f);
      const float v44 = (a5 + v43);
      acc47 = acc47 + v44;
    }
      const float v47 = acc47;
      const float v48 = (v47 * 0.0625f);
    float acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a42 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a5 = ((float *)(base + 176640))[idx];
      const float v43 = g23_dropout(a42, a4, 1LL, idx, 0.1f);
      const float v44 = (a5 + v43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = acc51;
      const float v52 = (v51 * 0.0625f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
      const float v310 = (v54 * v54);
      const float v311 = (v310 * v54);
      const float v312 = (v311 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a42 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a5 = ((float *)(base + 176640))[idx];
      const float a45 = ((float *)(base + 20928))[(idx % 16LL)];
      const float a46 = ((float *)(base + 20992))[(idx % 16LL)];
      const float v43 = g23_dropout(a42, a4, 1LL, idx, 0.1f);
      const float v44 = (a5 + v43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 174592))[idx] = v44;
      ((float *)(base + 230912))[idx] = v49;
      ((float *)(base + 231936))[idx] = v55;
      ((float *)(base + 232960))[idx] = v57;
    }
    {
      ((float *)(base + 249984))[r] = v54;
      ((float *)(base + 250048))[r] = v312;
    }
  }
}

/* train_k6_gelu: gelu f32[2, 8, 64] */
void train_k6_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a61 = ((float *)(base + 206336))[idx];
      const float v62 = g23_gelu(a61);
      ((float *)(base + 210432))[idx] = v62;
  }
}

/* train_k7_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k7_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc72 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a66 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a44 = ((float *)(base + 174592))[idx];
      const float v67 = g23_dropout(a66, a4, 2LL, idx, 0.1f);
      const float v68 = (a44 + v67);
      acc72 = acc72 + v68;
    }
      const float v72 = acc72;
      const float v73 = (v72 * 0.0625f);
    float acc76 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a66 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a44 = ((float *)(base + 174592))[idx];
      const float v67 = g23_dropout(a66, a4, 2LL, idx, 0.1f);
      const float v68 = (a44 + v67);
      const float v74 = (v68 - v73);
      const float v75 = (v74 * v74);
      acc76 = acc76 + v75;
    }
      const float v76 = acc76;
      const float v77 = (v76 * 0.0625f);
      const float v78 = (v77 + 1e-05f);
      const float v79 = (1.0f / sqrtf(v78));
      const float v275 = (v79 * v79);
      const float v276 = (v275 * v79);
      const float v277 = (v276 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a66 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a44 = ((float *)(base + 174592))[idx];
      const float a70 = ((float *)(base + 29632))[(idx % 16LL)];
      const float a71 = ((float *)(base + 29696))[(idx % 16LL)];
      const float v67 = g23_dropout(a66, a4, 2LL, idx, 0.1f);
      const float v68 = (a44 + v67);
      const float v74 = (v68 - v73);
      const float v80 = (v74 * v79);
      const float v81 = (v80 * a70);
      const float v82 = (v81 + a71);
      ((float *)(base + 176640))[idx] = v68;
      ((float *)(base + 233984))[idx] = v74;
      ((float *)(base + 235008))[idx] = v80;
      ((float *)(base + 236032))[idx] = v82;
    }
    {
      ((float *)(base + 250112))[r] = v79;
      ((float *)(base + 250176))[r] = v277;
    }
  }
}

/* train_k8_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k8_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v87 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v88 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v89 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177664))[idx] = v87;
      ((float *)(base + 178688))[idx] = v88;
      ((float *)(base + 179712))[idx] = v89;
  }
}

/* train_k9_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k9_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v91 = ((float *)(base + 177664))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v93 = ((float *)(base + 178688))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v95 = ((float *)(base + 179712))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 237056))[idx] = v91;
      ((float *)(base + 238080))[idx] = v93;
      ((float *)(base + 239104))[idx] = v95;
  }
}

/* train_k10_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2, 2, 8, 8] */
void train_k10_attention(char *base) {
  const float *Q = (const float *)(base + 237056); (void)Q;
  const float *K = (const float *)(base + 238080); (void)K;
  const float *V = (const float *)(base + 239104); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *E0 = (const float *)(base + 29568); (void)E0;
  float *out = (float *)(base + 240128); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* train_k11_permute: permute f32[2, 8, 2, 8] */
void train_k11_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v97 = ((float *)(base + 240128))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 241152))[idx] = v97;
  }
}

/* train_k12_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k12_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc107 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a102 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a68 = ((float *)(base + 176640))[idx];
      const float v103 = g23_dropout(a102, a4, 3LL, idx, 0.1f);
      const float v104 = (a68 + v103);
      acc107 = acc107 + v104;
    }
      const float v107 = acc107;
      const float v108 = (v107 * 0.0625f);
    float acc111 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a102 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a68 = ((float *)(base + 176640))[idx];
      const float v103 = g23_dropout(a102, a4, 3LL, idx, 0.1f);
      const float v104 = (a68 + v103);
      const float v109 = (v104 - v108);
      const float v110 = (v109 * v109);
      acc111 = acc111 + v110;
    }
      const float v111 = acc111;
      const float v112 = (v111 * 0.0625f);
      const float v113 = (v112 + 1e-05f);
      const float v114 = (1.0f / sqrtf(v113));
      const float v221 = (v114 * v114);
      const float v222 = (v221 * v114);
      const float v223 = (v222 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a102 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a68 = ((float *)(base + 176640))[idx];
      const float a105 = ((float *)(base + 34112))[(idx % 16LL)];
      const float a106 = ((float *)(base + 34176))[(idx % 16LL)];
      const float v103 = g23_dropout(a102, a4, 3LL, idx, 0.1f);
      const float v104 = (a68 + v103);
      const float v109 = (v104 - v108);
      const float v115 = (v109 * v114);
      const float v116 = (v115 * a105);
      const float v117 = (v116 + a106);
      ((float *)(base + 174592))[idx] = v104;
      ((float *)(base + 242176))[idx] = v109;
      ((float *)(base + 243200))[idx] = v115;
      ((float *)(base + 244224))[idx] = v117;
    }
    {
      ((float *)(base + 250240))[r] = v114;
      ((float *)(base + 250304))[r] = v223;
    }
  }
}

/* train_k13_gelu: gelu f32[2, 8, 64] */
void train_k13_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a121 = ((float *)(base + 214528))[idx];
      const float v122 = g23_gelu(a121);
      ((float *)(base + 218624))[idx] = v122;
  }
}

/* train_k14_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k14_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc131 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a126 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a104 = ((float *)(base + 174592))[idx];
      const float v127 = g23_dropout(a126, a4, 4LL, idx, 0.1f);
      const float v128 = (a104 + v127);
      acc131 = acc131 + v128;
    }
      const float v131 = acc131;
      const float v132 = (v131 * 0.0625f);
    float acc135 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a126 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a104 = ((float *)(base + 174592))[idx];
      const float v127 = g23_dropout(a126, a4, 4LL, idx, 0.1f);
      const float v128 = (a104 + v127);
      const float v133 = (v128 - v132);
      const float v134 = (v133 * v133);
      acc135 = acc135 + v134;
    }
      const float v135 = acc135;
      const float v136 = (v135 * 0.0625f);
      const float v137 = (v136 + 1e-05f);
      const float v138 = (1.0f / sqrtf(v137));
      const float v186 = (v138 * v138);
      const float v187 = (v186 * v138);
      const float v189 = (v187 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a126 = ((float *)(base + 173568))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float a104 = ((float *)(base + 174592))[idx];
      const float a129 = ((float *)(base + 42752))[(idx % 16LL)];
      const float a130 = ((float *)(base + 42816))[(idx % 16LL)];
      const float v127 = g23_dropout(a126, a4, 4LL, idx, 0.1f);
      const float v128 = (a104 + v127);
      const float v133 = (v128 - v132);
      const float v139 = (v133 * v138);
      const float v140 = (v139 * a129);
      const float v141 = (v140 + a130);
      ((float *)(base + 245248))[idx] = v133;
      ((float *)(base + 246272))[idx] = v139;
      ((float *)(base + 247296))[idx] = v141;
    }
    {
      ((float *)(base + 250368))[r] = v138;
      ((float *)(base + 250432))[r] = v189;
    }
  }
}

/* train_k15_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1], mul f32[2, 8, 256], div f32[2, 8, 1], expand f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256], neg f32[2, 8, 256], sum f32[2, 8, 1], add f32[2, 8, 1], lt f32[2, 8, 256], sub f32[2, 8, 256], sum f32[2, 8, 1], div f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256] */
void train_k15_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc143 = -G23_INF;
    float acc152 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a149 = ((int32_t *)(base + 248320))[(idx / 256LL)];
      const float a142 = ((float *)(base + 173568))[idx];
      const float v150 = (float)(col == (int64_t)a149);
      const float v151 = (a142 * v150);
      acc143 = fmaxf(acc143, a142);
      acc152 = acc152 + v151;
    }
      const float v143 = acc143;
      const float v152 = acc152;
    float acc146 = 0.0f;
    float acc171 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a142 = ((float *)(base + 173568))[idx];
      const float v144 = (a142 - v143);
      const float v145 = expf(v144);
      const float v168 = (float)(a142 < v143);
      const float v170 = (1.0f - v168);
      acc146 = acc146 + v145;
      acc171 = acc171 + v170;
    }
      const float v146 = acc146;
      const float v147 = logf(v146);
      const float v148 = (v147 + v143);
      const float v153 = (v148 - v152);
      const float v161 = (0.0625f / v146);
      const float v171 = acc171;
    float acc166 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a142 = ((float *)(base + 173568))[idx];
      const float v144 = (a142 - v143);
      const float v145 = expf(v144);
      const float v162 = v161;
      const float v163 = (v162 * v145);
      const float v165 = (-v163);
      acc166 = acc166 + v165;
    }
      const float v166 = acc166;
      const float v167 = (0.0625f + v166);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a142 = ((float *)(base + 173568))[idx];
      const int32_t a149 = ((int32_t *)(base + 248320))[(idx / 256LL)];
      const float v144 = (a142 - v143);
      const float v145 = expf(v144);
      const float v150 = (float)(col == (int64_t)a149);
      const float v160 = ((-0.0625f) * v150);
      const float v162 = v161;
      const float v163 = (v162 * v145);
      const float v164 = (v160 + v163);
      const float v168 = (float)(a142 < v143);
      const float v170 = (1.0f - v168);
      const float v172 = (v170 / v171);
      const float v173 = (v167 * v172);
      const float v174 = (v164 + v173);
      ((float *)(base + 189952))[idx] = v174;
    }
    {
      ((float *)(base + 248384))[r] = v153;
    }
  }
}

/* train_k16_rowsum: sum f32[1], mul f32[1] */
void train_k16_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc155 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a154 = ((float *)(base + 248384))[idx];
      acc155 = acc155 + a154;
    }
      const float v155 = acc155;
      const float v156 = (v155 * 0.0625f);
    {
      ((float *)(base + 250496))[r] = v156;
    }
  }
}

/* train_k17_reduce_to: reduce_to f32[16] */
void train_k17_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 248320))[ii];
      }
      ((float *)(base + 42880))[idx] = acc;
  }
}

/* train_k18_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k18_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc185 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a175 = ((float *)(base + 248320))[idx];
      const float a129 = ((float *)(base + 42752))[(idx % 16LL)];
      const float a133 = ((float *)(base + 245248))[idx];
      const float v180 = (a175 * a129);
      const float v184 = (v180 * a133);
      acc185 = acc185 + v184;
    }
      const float b189 = ((float *)(base + 250432))[r];
      const float v185 = acc185;
      const float v190 = (v185 * b189);
      const float v191 = (v190 * 0.0625f);
    float acc197 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a175 = ((float *)(base + 248320))[idx];
      const float a129 = ((float *)(base + 42752))[(idx % 16LL)];
      const float a138 = ((float *)(base + 250368))[(idx / 16LL)];
      const float a133 = ((float *)(base + 245248))[idx];
      const float v180 = (a175 * a129);
      const float v183 = (v180 * a138);
      const float v192 = v191;
      const float v193 = (v192 * a133);
      const float v194 = (v183 + v193);
      const float v195 = (v194 + v193);
      const float v196 = (-v195);
      acc197 = acc197 + v196;
    }
      const float v197 = acc197;
      const float v198 = (v197 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a175 = ((float *)(base + 248320))[idx];
      const float a129 = ((float *)(base + 42752))[(idx % 16LL)];
      const float a139 = ((float *)(base + 246272))[idx];
      const float a138 = ((float *)(base + 250368))[(idx / 16LL)];
      const float a133 = ((float *)(base + 245248))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float v180 = (a175 * a129);
      const float v181 = (a175 * a139);
      const float v183 = (v180 * a138);
      const float v192 = v191;
      const float v193 = (v192 * a133);
      const float v194 = (v183 + v193);
      const float v195 = (v194 + v193);
      const float v199 = v198;
      const float v200 = (v195 + v199);
      const float v201 = g23_dropout(v200, a4, 4LL, idx, 0.1f);
      ((float *)(base + 189952))[idx] = v181;
      ((float *)(base + 198144))[idx] = v200;
      ((float *)(base + 194048))[idx] = v201;
    }
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
        acc += ((float *)(base + 189952))[ii];
      }
      ((float *)(base + 42944))[idx] = acc;
  }
}

/* train_k20_reduce_to: reduce_to f32[16] */
void train_k20_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 194048))[ii];
      }
      ((float *)(base + 43008))[idx] = acc;
  }
}

/* train_k21_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k21_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a121 = ((float *)(base + 214528))[idx];
      const float a203 = ((float *)(base + 189952))[idx];
      const float v207 = g23_gelu_grad(a121);
      const float v208 = (a203 * v207);
      ((float *)(base + 194048))[idx] = v208;
  }
}

/* train_k22_reduce_to: reduce_to f32[64] */
void train_k22_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 194048))[ii];
      }
      ((float *)(base + 47168))[idx] = acc;
  }
}

/* train_k23_reduce_to: reduce_to f32[16] */
void train_k23_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189952))[ii];
      }
      ((float *)(base + 51520))[idx] = acc;
  }
}

/* train_k24_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k24_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc220 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a210 = ((float *)(base + 189952))[idx];
      const float a105 = ((float *)(base + 34112))[(idx % 16LL)];
      const float a109 = ((float *)(base + 242176))[idx];
      const float v215 = (a210 * a105);
      const float v219 = (v215 * a109);
      acc220 = acc220 + v219;
    }
      const float b223 = ((float *)(base + 250304))[r];
      const float v220 = acc220;
      const float v224 = (v220 * b223);
      const float v225 = (v224 * 0.0625f);
    float acc232 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a210 = ((float *)(base + 189952))[idx];
      const float a105 = ((float *)(base + 34112))[(idx % 16LL)];
      const float a114 = ((float *)(base + 250240))[(idx / 16LL)];
      const float a109 = ((float *)(base + 242176))[idx];
      const float v215 = (a210 * a105);
      const float v218 = (v215 * a114);
      const float v226 = v225;
      const float v227 = (v226 * a109);
      const float v228 = (v218 + v227);
      const float v229 = (v228 + v227);
      const float v231 = (-v229);
      acc232 = acc232 + v231;
    }
      const float v232 = acc232;
      const float v233 = (v232 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a210 = ((float *)(base + 189952))[idx];
      const float a105 = ((float *)(base + 34112))[(idx % 16LL)];
      const float a115 = ((float *)(base + 243200))[idx];
      const float a114 = ((float *)(base + 250240))[(idx / 16LL)];
      const float a109 = ((float *)(base + 242176))[idx];
      const float a200 = ((float *)(base + 198144))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float v215 = (a210 * a105);
      const float v216 = (a210 * a115);
      const float v218 = (v215 * a114);
      const float v226 = v225;
      const float v227 = (v226 * a109);
      const float v228 = (v218 + v227);
      const float v229 = (v228 + v227);
      const float v230 = (a200 + v229);
      const float v234 = v233;
      const float v235 = (v230 + v234);
      const float v236 = g23_dropout(v235, a4, 3LL, idx, 0.1f);
      ((float *)(base + 190976))[idx] = v216;
      ((float *)(base + 193024))[idx] = v235;
      ((float *)(base + 192000))[idx] = v236;
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
        acc += ((float *)(base + 190976))[ii];
      }
      ((float *)(base + 51584))[idx] = acc;
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
        acc += ((float *)(base + 192000))[ii];
      }
      ((float *)(base + 51648))[idx] = acc;
  }
}

/* train_k27_permute: permute f32[2, 2, 8, 8] */
void train_k27_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v243 = ((float *)(base + 189952))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 194048))[idx] = v243;
  }
}

/* train_k28_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [3, 2, 2, 8, 8] */
void train_k28_attention_dq(char *base) {
  const float *Q = (const float *)(base + 237056); (void)Q;
  const float *K = (const float *)(base + 238080); (void)K;
  const float *V = (const float *)(base + 239104); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *O = (const float *)(base + 240128); (void)O;
  const float *dO = (const float *)(base + 194048); (void)dO;
  const float *E0 = (const float *)(base + 29568); (void)E0;
  float *out = (float *)(base + 189952); (void)out;
  float *tmp = (float *)(base + 195072); (void)tmp;
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
    const float x0 = E0[h]; (void)x0;
    const float *dob = dO + idx * 8LL, *ob = O + idx * 8LL;
    float Di = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) Di += dob[d] * ob[d];
    float m = -G23_INF, l = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* train_k29_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [3, 2, 2, 8, 8] */
void train_k29_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 237056); (void)Q;
  const float *K = (const float *)(base + 238080); (void)K;
  const float *V = (const float *)(base + 239104); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *O = (const float *)(base + 240128); (void)O;
  const float *dO = (const float *)(base + 194048); (void)dO;
  const float *E0 = (const float *)(base + 29568); (void)E0;
  float *out = (float *)(base + 189952); (void)out;
  float *tmp = (float *)(base + 195072); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t j = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    int64_t t0 = 0, t1 = 8LL;
    if (j - (int64_t)pos > t0) t0 = j - (int64_t)pos;
    if (j >= (int64_t)pos + 8LL) t1 = t0;
    const float x0 = E0[h]; (void)x0;
    const float *kj = K + idx * 8LL, *vj = V + idx * 8LL;
    float dk[8], dv[8];
    for (int64_t d = 0; d < 8LL; d++) dk[d] = dv[d] = 0.0f;
    for (int64_t t = t0; t < t1; t++) {
      const int64_t row = bh * 8LL + t, i = (int64_t)pos + t; (void)i;
      const float *q = Q + row * 8LL, *dob = dO + row * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* train_k30_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k30_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v245 = ((float *)(base + 189952))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v247 = ((float *)(base + 189952))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v249 = ((float *)(base + 189952))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 195072))[idx] = v245;
      ((float *)(base + 196096))[idx] = v247;
      ((float *)(base + 197120))[idx] = v249;
  }
}

/* train_k31_attention_dextra: attention_backward_extra extra gradient, query rows: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2] */
void train_k31_attention_dextra(char *base) {
  const float *Q = (const float *)(base + 237056); (void)Q;
  const float *K = (const float *)(base + 238080); (void)K;
  const float *V = (const float *)(base + 239104); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *O = (const float *)(base + 240128); (void)O;
  const float *dO = (const float *)(base + 194048); (void)dO;
  const float *E0 = (const float *)(base + 29568); (void)E0;
  float *out = (float *)(base + 52736); (void)out;
  float *tmp = (float *)(base + 189952); (void)tmp;
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
    const float x0 = E0[h]; (void)x0;
    const float *dob = dO + idx * 8LL, *ob = O + idx * 8LL;
    float Di = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) Di += dob[d] * ob[d];
    float m = -G23_INF, l = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
      if (sc > m) { l *= expf(m - sc); m = sc; }
      l += expf(sc - m);
    }
    const float lse = l > 0.0f ? m + logf(l) : G23_INF;
    float part = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
      const float p = expf(sc - lse);
      float dp = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - Di) * ((-(((float)(i)) - ((float)(j)))));
      part += ds;
    }
    tmp[idx] = part;
  }
}

/* train_k32_attention_dextra_sum: attention_backward_extra extra gradient, sum of rows: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2] */
void train_k32_attention_dextra_sum(char *base) {
  float *out = (float *)(base + 52736); (void)out;
  float *tmp = (float *)(base + 189952); (void)tmp;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 2LL; idx++) {
    float acc = 0.0f;
    for (int64_t bb = 0; bb < 2LL; bb++)
      for (int64_t t = 0; t < 8LL; t++) acc += tmp[(bb * 2LL + idx) * 8LL + t];
    out[idx] = acc;
  }
}

/* train_k33_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k33_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v252 = ((float *)(base + 197120))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v254 = ((float *)(base + 196096))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v256 = ((float *)(base + 195072))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 194048))[idx] = v252;
      ((float *)(base + 198144))[idx] = v254;
      ((float *)(base + 199168))[idx] = v256;
  }
}

/* train_k34_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k34_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v258 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 194048))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v259 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 198144))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v260 = (v258 + v259);
      const float v261 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 199168))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v262 = (v260 + v261);
      ((float *)(base + 189952))[idx] = v262;
  }
}

/* train_k35_reduce_to: reduce_to f32[48] */
void train_k35_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 189952))[ii];
      }
      ((float *)(base + 52800))[idx] = acc;
  }
}

/* train_k36_reduce_to: reduce_to f32[16] */
void train_k36_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 194048))[ii];
      }
      ((float *)(base + 56064))[idx] = acc;
  }
}

/* train_k37_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k37_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc274 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a264 = ((float *)(base + 194048))[idx];
      const float a70 = ((float *)(base + 29632))[(idx % 16LL)];
      const float a74 = ((float *)(base + 233984))[idx];
      const float v269 = (a264 * a70);
      const float v273 = (v269 * a74);
      acc274 = acc274 + v273;
    }
      const float b277 = ((float *)(base + 250176))[r];
      const float v274 = acc274;
      const float v278 = (v274 * b277);
      const float v279 = (v278 * 0.0625f);
    float acc286 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a264 = ((float *)(base + 194048))[idx];
      const float a70 = ((float *)(base + 29632))[(idx % 16LL)];
      const float a79 = ((float *)(base + 250112))[(idx / 16LL)];
      const float a74 = ((float *)(base + 233984))[idx];
      const float v269 = (a264 * a70);
      const float v272 = (v269 * a79);
      const float v280 = v279;
      const float v281 = (v280 * a74);
      const float v282 = (v272 + v281);
      const float v283 = (v282 + v281);
      const float v285 = (-v283);
      acc286 = acc286 + v285;
    }
      const float v286 = acc286;
      const float v287 = (v286 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a264 = ((float *)(base + 194048))[idx];
      const float a70 = ((float *)(base + 29632))[(idx % 16LL)];
      const float a80 = ((float *)(base + 235008))[idx];
      const float a79 = ((float *)(base + 250112))[(idx / 16LL)];
      const float a74 = ((float *)(base + 233984))[idx];
      const float a235 = ((float *)(base + 193024))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float v269 = (a264 * a70);
      const float v270 = (a264 * a80);
      const float v272 = (v269 * a79);
      const float v280 = v279;
      const float v281 = (v280 * a74);
      const float v282 = (v272 + v281);
      const float v283 = (v282 + v281);
      const float v284 = (a235 + v283);
      const float v288 = v287;
      const float v289 = (v284 + v288);
      const float v290 = g23_dropout(v289, a4, 2LL, idx, 0.1f);
      ((float *)(base + 189952))[idx] = v270;
      ((float *)(base + 198144))[idx] = v289;
      ((float *)(base + 195072))[idx] = v290;
    }
  }
}

/* train_k38_reduce_to: reduce_to f32[16] */
void train_k38_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189952))[ii];
      }
      ((float *)(base + 56128))[idx] = acc;
  }
}

/* train_k39_reduce_to: reduce_to f32[16] */
void train_k39_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 195072))[ii];
      }
      ((float *)(base + 56192))[idx] = acc;
  }
}

/* train_k40_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k40_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a61 = ((float *)(base + 206336))[idx];
      const float a292 = ((float *)(base + 189952))[idx];
      const float v296 = g23_gelu_grad(a61);
      const float v297 = (a292 * v296);
      ((float *)(base + 194048))[idx] = v297;
  }
}

/* train_k41_reduce_to: reduce_to f32[64] */
void train_k41_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 194048))[ii];
      }
      ((float *)(base + 60352))[idx] = acc;
  }
}

/* train_k42_reduce_to: reduce_to f32[16] */
void train_k42_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189952))[ii];
      }
      ((float *)(base + 64704))[idx] = acc;
  }
}

/* train_k43_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k43_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc309 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a299 = ((float *)(base + 189952))[idx];
      const float a45 = ((float *)(base + 20928))[(idx % 16LL)];
      const float a49 = ((float *)(base + 230912))[idx];
      const float v304 = (a299 * a45);
      const float v308 = (v304 * a49);
      acc309 = acc309 + v308;
    }
      const float b312 = ((float *)(base + 250048))[r];
      const float v309 = acc309;
      const float v313 = (v309 * b312);
      const float v314 = (v313 * 0.0625f);
    float acc321 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a299 = ((float *)(base + 189952))[idx];
      const float a45 = ((float *)(base + 20928))[(idx % 16LL)];
      const float a54 = ((float *)(base + 249984))[(idx / 16LL)];
      const float a49 = ((float *)(base + 230912))[idx];
      const float v304 = (a299 * a45);
      const float v307 = (v304 * a54);
      const float v315 = v314;
      const float v316 = (v315 * a49);
      const float v317 = (v307 + v316);
      const float v318 = (v317 + v316);
      const float v320 = (-v318);
      acc321 = acc321 + v320;
    }
      const float v321 = acc321;
      const float v322 = (v321 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a299 = ((float *)(base + 189952))[idx];
      const float a45 = ((float *)(base + 20928))[(idx % 16LL)];
      const float a55 = ((float *)(base + 231936))[idx];
      const float a54 = ((float *)(base + 249984))[(idx / 16LL)];
      const float a49 = ((float *)(base + 230912))[idx];
      const float a289 = ((float *)(base + 198144))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float v304 = (a299 * a45);
      const float v305 = (a299 * a55);
      const float v307 = (v304 * a54);
      const float v315 = v314;
      const float v316 = (v315 * a49);
      const float v317 = (v307 + v316);
      const float v318 = (v317 + v316);
      const float v319 = (a289 + v318);
      const float v323 = v322;
      const float v324 = (v319 + v323);
      const float v325 = g23_dropout(v324, a4, 1LL, idx, 0.1f);
      ((float *)(base + 190976))[idx] = v305;
      ((float *)(base + 193024))[idx] = v324;
      ((float *)(base + 192000))[idx] = v325;
    }
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
        acc += ((float *)(base + 190976))[ii];
      }
      ((float *)(base + 64768))[idx] = acc;
  }
}

/* train_k45_reduce_to: reduce_to f32[16] */
void train_k45_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 192000))[ii];
      }
      ((float *)(base + 64832))[idx] = acc;
  }
}

/* train_k46_permute: permute f32[2, 2, 8, 8] */
void train_k46_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v332 = ((float *)(base + 189952))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 194048))[idx] = v332;
  }
}

/* train_k47_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [3, 2, 2, 8, 8] */
void train_k47_attention_dq(char *base) {
  const float *Q = (const float *)(base + 225792); (void)Q;
  const float *K = (const float *)(base + 226816); (void)K;
  const float *V = (const float *)(base + 227840); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *O = (const float *)(base + 228864); (void)O;
  const float *dO = (const float *)(base + 194048); (void)dO;
  const float *E0 = (const float *)(base + 16384); (void)E0;
  float *out = (float *)(base + 189952); (void)out;
  float *tmp = (float *)(base + 195072); (void)tmp;
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
    const float x0 = E0[h]; (void)x0;
    const float *dob = dO + idx * 8LL, *ob = O + idx * 8LL;
    float Di = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) Di += dob[d] * ob[d];
    float m = -G23_INF, l = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* train_k48_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [3, 2, 2, 8, 8] */
void train_k48_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 225792); (void)Q;
  const float *K = (const float *)(base + 226816); (void)K;
  const float *V = (const float *)(base + 227840); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *O = (const float *)(base + 228864); (void)O;
  const float *dO = (const float *)(base + 194048); (void)dO;
  const float *E0 = (const float *)(base + 16384); (void)E0;
  float *out = (float *)(base + 189952); (void)out;
  float *tmp = (float *)(base + 195072); (void)tmp;
#pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
    const int64_t j = idx % 8LL, bh = idx / 8LL, h = bh % 2LL; (void)h;
    const int32_t pos = P[0];
    int64_t t0 = 0, t1 = 8LL;
    if (j - (int64_t)pos > t0) t0 = j - (int64_t)pos;
    if (j >= (int64_t)pos + 8LL) t1 = t0;
    const float x0 = E0[h]; (void)x0;
    const float *kj = K + idx * 8LL, *vj = V + idx * 8LL;
    float dk[8], dv[8];
    for (int64_t d = 0; d < 8LL; d++) dk[d] = dv[d] = 0.0f;
    for (int64_t t = t0; t < t1; t++) {
      const int64_t row = bh * 8LL + t, i = (int64_t)pos + t; (void)i;
      const float *q = Q + row * 8LL, *dob = dO + row * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* train_k49_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k49_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v334 = ((float *)(base + 189952))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v336 = ((float *)(base + 189952))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v338 = ((float *)(base + 189952))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 195072))[idx] = v334;
      ((float *)(base + 196096))[idx] = v336;
      ((float *)(base + 197120))[idx] = v338;
  }
}

/* train_k50_attention_dextra: attention_backward_extra extra gradient, query rows: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2] */
void train_k50_attention_dextra(char *base) {
  const float *Q = (const float *)(base + 225792); (void)Q;
  const float *K = (const float *)(base + 226816); (void)K;
  const float *V = (const float *)(base + 227840); (void)V;
  const int32_t *P = (const int32_t *)(base + 249536); (void)P;
  const float *O = (const float *)(base + 228864); (void)O;
  const float *dO = (const float *)(base + 194048); (void)dO;
  const float *E0 = (const float *)(base + 16384); (void)E0;
  float *out = (float *)(base + 65920); (void)out;
  float *tmp = (float *)(base + 189952); (void)tmp;
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
    const float x0 = E0[h]; (void)x0;
    const float *dob = dO + idx * 8LL, *ob = O + idx * 8LL;
    float Di = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) Di += dob[d] * ob[d];
    float m = -G23_INF, l = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
      if (sc > m) { l *= expf(m - sc); m = sc; }
      l += expf(sc - m);
    }
    const float lse = l > 0.0f ? m + logf(l) : G23_INF;
    float part = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
      const float p = expf(sc - lse);
      float dp = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) dp += dob[d] * vj[d];
      const float ds = p * (dp - Di) * ((-(((float)(i)) - ((float)(j)))));
      part += ds;
    }
    tmp[idx] = part;
  }
}

/* train_k51_attention_dextra_sum: attention_backward_extra extra gradient, sum of rows: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2] */
void train_k51_attention_dextra_sum(char *base) {
  float *out = (float *)(base + 65920); (void)out;
  float *tmp = (float *)(base + 189952); (void)tmp;
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 2LL; idx++) {
    float acc = 0.0f;
    for (int64_t bb = 0; bb < 2LL; bb++)
      for (int64_t t = 0; t < 8LL; t++) acc += tmp[(bb * 2LL + idx) * 8LL + t];
    out[idx] = acc;
  }
}

/* train_k52_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k52_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v341 = ((float *)(base + 197120))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v343 = ((float *)(base + 196096))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v345 = ((float *)(base + 195072))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 194048))[idx] = v341;
      ((float *)(base + 198144))[idx] = v343;
      ((float *)(base + 199168))[idx] = v345;
  }
}

/* train_k53_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k53_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v347 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 194048))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v348 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 198144))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v349 = (v347 + v348);
      const float v350 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 199168))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v351 = (v349 + v350);
      ((float *)(base + 189952))[idx] = v351;
  }
}

/* train_k54_reduce_to: reduce_to f32[48] */
void train_k54_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 189952))[ii];
      }
      ((float *)(base + 65984))[idx] = acc;
  }
}

/* train_k55_reduce_to: reduce_to f32[16] */
void train_k55_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 194048))[ii];
      }
      ((float *)(base + 69248))[idx] = acc;
  }
}

/* train_k56_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k56_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc363 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a353 = ((float *)(base + 194048))[idx];
      const float a7 = ((float *)(base + 16448))[(idx % 16LL)];
      const float a12 = ((float *)(base + 222720))[idx];
      const float v358 = (a353 * a7);
      const float v362 = (v358 * a12);
      acc363 = acc363 + v362;
    }
      const float b366 = ((float *)(base + 249600))[r];
      const float v363 = acc363;
      const float v367 = (v363 * b366);
      const float v368 = (v367 * 0.0625f);
    float acc375 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a353 = ((float *)(base + 194048))[idx];
      const float a7 = ((float *)(base + 16448))[(idx % 16LL)];
      const float a18 = ((float *)(base + 249472))[(idx / 16LL)];
      const float a12 = ((float *)(base + 222720))[idx];
      const float v358 = (a353 * a7);
      const float v361 = (v358 * a18);
      const float v369 = v368;
      const float v370 = (v369 * a12);
      const float v371 = (v361 + v370);
      const float v372 = (v371 + v370);
      const float v374 = (-v372);
      acc375 = acc375 + v374;
    }
      const float v375 = acc375;
      const float v376 = (v375 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a353 = ((float *)(base + 194048))[idx];
      const float a7 = ((float *)(base + 16448))[(idx % 16LL)];
      const float a19 = ((float *)(base + 223744))[idx];
      const float a18 = ((float *)(base + 249472))[(idx / 16LL)];
      const float a12 = ((float *)(base + 222720))[idx];
      const float a324 = ((float *)(base + 193024))[idx];
      const int32_t a4 = ((int32_t *)(base + 249408))[0];
      const float v358 = (a353 * a7);
      const float v359 = (a353 * a19);
      const float v361 = (v358 * a18);
      const float v369 = v368;
      const float v370 = (v369 * a12);
      const float v371 = (v361 + v370);
      const float v372 = (v371 + v370);
      const float v373 = (a324 + v372);
      const float v377 = v376;
      const float v378 = (v373 + v377);
      const float v379 = g23_dropout(v378, a4, 0LL, idx, 0.1f);
      ((float *)(base + 189952))[idx] = v359;
      ((float *)(base + 206336))[idx] = v379;
    }
  }
}

/* train_k57_reduce_to: reduce_to f32[16] */
void train_k57_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189952))[ii];
      }
      ((float *)(base + 69312))[idx] = acc;
  }
}

/* train_k58_scatter_add: scatter_add f32[256, 16] */
void train_k58_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 189952))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 16LL; k++) {
        const int32_t t = ((int32_t *)(base + 249344))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 189952))[(int64_t)t * 16LL + idx] += ((float *)(base + 206336))[k * 16LL + idx];
      }
  }
}

/* train_k59_add: add f32[256, 16] */
void train_k59_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a178 = ((float *)(base + 173568))[idx];
      const float a380 = ((float *)(base + 189952))[idx];
      const float v381 = (a178 + a380);
      ((float *)(base + 69376))[idx] = v381;
  }
}

/* train_k60_rowsum: mul f32[4096], sum f32[1] */
void train_k60_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc389 = 0.0f;
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a387 = ((float *)(base + 69376))[idx];
      const float v388 = (a387 * a387);
      acc389 = acc389 + v388;
    }
      const float v389 = acc389;
    {
      ((float *)(base + 173568))[r] = v389;
    }
  }
}

/* train_k61_rowsum: mul f32[2], sum f32[1], add f32[1], mul f32[2], sum f32[1] */
void train_k61_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc391 = 0.0f;
    float acc434 = 0.0f;
    for (int64_t col = 0; col < 2LL; col++) {
      const int64_t idx = r * 2LL + col; (void)idx;
      const float a340 = ((float *)(base + 65920))[idx];
      const float a251 = ((float *)(base + 52736))[idx];
      const float v390 = (a340 * a340);
      const float v433 = (a251 * a251);
      acc391 = acc391 + v390;
      acc434 = acc434 + v433;
    }
      const float b389 = ((float *)(base + 173568))[0];
      const float v391 = acc391;
      const float v392 = (b389 + v391);
      const float v434 = acc434;
    {
      ((float *)(base + 173632))[r] = v392;
      ((float *)(base + 174080))[r] = v434;
    }
  }
}

/* train_k62_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k62_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc394 = 0.0f;
    float acc397 = 0.0f;
    float acc411 = 0.0f;
    float acc414 = 0.0f;
    float acc417 = 0.0f;
    float acc431 = 0.0f;
    float acc437 = 0.0f;
    float acc440 = 0.0f;
    float acc454 = 0.0f;
    float acc457 = 0.0f;
    float acc460 = 0.0f;
    float acc474 = 0.0f;
    float acc477 = 0.0f;
    float acc480 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a360 = ((float *)(base + 69312))[idx];
      const float a357 = ((float *)(base + 69248))[idx];
      const float a326 = ((float *)(base + 64832))[idx];
      const float a306 = ((float *)(base + 64768))[idx];
      const float a303 = ((float *)(base + 64704))[idx];
      const float a291 = ((float *)(base + 56192))[idx];
      const float a271 = ((float *)(base + 56128))[idx];
      const float a268 = ((float *)(base + 56064))[idx];
      const float a237 = ((float *)(base + 51648))[idx];
      const float a217 = ((float *)(base + 51584))[idx];
      const float a214 = ((float *)(base + 51520))[idx];
      const float a202 = ((float *)(base + 43008))[idx];
      const float a182 = ((float *)(base + 42944))[idx];
      const float a179 = ((float *)(base + 42880))[idx];
      const float v393 = (a360 * a360);
      const float v396 = (a357 * a357);
      const float v410 = (a326 * a326);
      const float v413 = (a306 * a306);
      const float v416 = (a303 * a303);
      const float v430 = (a291 * a291);
      const float v436 = (a271 * a271);
      const float v439 = (a268 * a268);
      const float v453 = (a237 * a237);
      const float v456 = (a217 * a217);
      const float v459 = (a214 * a214);
      const float v473 = (a202 * a202);
      const float v476 = (a182 * a182);
      const float v479 = (a179 * a179);
      acc394 = acc394 + v393;
      acc397 = acc397 + v396;
      acc411 = acc411 + v410;
      acc414 = acc414 + v413;
      acc417 = acc417 + v416;
      acc431 = acc431 + v430;
      acc437 = acc437 + v436;
      acc440 = acc440 + v439;
      acc454 = acc454 + v453;
      acc457 = acc457 + v456;
      acc460 = acc460 + v459;
      acc474 = acc474 + v473;
      acc477 = acc477 + v476;
      acc480 = acc480 + v479;
    }
      const float b392 = ((float *)(base + 173632))[0];
      const float v394 = acc394;
      const float v395 = (b392 + v394);
      const float v397 = acc397;
      const float v398 = (v395 + v397);
      const float v411 = acc411;
      const float v414 = acc414;
      const float v417 = acc417;
      const float v431 = acc431;
      const float v437 = acc437;
      const float v440 = acc440;
      const float v454 = acc454;
      const float v457 = acc457;
      const float v460 = acc460;
      const float v474 = acc474;
      const float v477 = acc477;
      const float v480 = acc480;
    {
      ((float *)(base + 173568))[r] = v398;
      ((float *)(base + 173696))[r] = v411;
      ((float *)(base + 173760))[r] = v414;
      ((float *)(base + 173824))[r] = v417;
      ((float *)(base + 174144))[r] = v431;
      ((float *)(base + 174208))[r] = v437;
      ((float *)(base + 174272))[r] = v440;
      ((float *)(base + 174336))[r] = v454;
      ((float *)(base + 174400))[r] = v457;
      ((float *)(base + 174464))[r] = v460;
      ((float *)(base + 174528))[r] = v474;
      ((float *)(base + 174592))[r] = v477;
      ((float *)(base + 174656))[r] = v480;
    }
  }
}

/* train_k63_rowsum: mul f32[768], sum f32[1], add f32[1], mul f32[768], sum f32[1] */
void train_k63_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc401 = 0.0f;
    float acc444 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a399 = ((float *)(base + 66176))[idx];
      const float a442 = ((float *)(base + 52992))[idx];
      const float v400 = (a399 * a399);
      const float v443 = (a442 * a442);
      acc401 = acc401 + v400;
      acc444 = acc444 + v443;
    }
      const float b398 = ((float *)(base + 173568))[0];
      const float v401 = acc401;
      const float v402 = (b398 + v401);
      const float v444 = acc444;
    {
      ((float *)(base + 173632))[r] = v402;
      ((float *)(base + 174720))[r] = v444;
    }
  }
}

/* train_k64_rowsum: mul f32[48], sum f32[1], add f32[1], mul f32[48], sum f32[1] */
void train_k64_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc404 = 0.0f;
    float acc447 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a352 = ((float *)(base + 65984))[idx];
      const float a263 = ((float *)(base + 52800))[idx];
      const float v403 = (a352 * a352);
      const float v446 = (a263 * a263);
      acc404 = acc404 + v403;
      acc447 = acc447 + v446;
    }
      const float b402 = ((float *)(base + 173632))[0];
      const float v404 = acc404;
      const float v405 = (b402 + v404);
      const float v447 = acc447;
    {
      ((float *)(base + 173568))[r] = v405;
      ((float *)(base + 174784))[r] = v447;
    }
  }
}

/* train_k65_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[256], sum f32[1] */
void train_k65_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc408 = 0.0f;
    float acc451 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a406 = ((float *)(base + 64896))[idx];
      const float a449 = ((float *)(base + 51712))[idx];
      const float v407 = (a406 * a406);
      const float v450 = (a449 * a449);
      acc408 = acc408 + v407;
      acc451 = acc451 + v450;
    }
      const float b405 = ((float *)(base + 173568))[0];
      const float b411 = ((float *)(base + 173696))[0];
      const float b414 = ((float *)(base + 173760))[0];
      const float b417 = ((float *)(base + 173824))[0];
      const float v408 = acc408;
      const float v409 = (b405 + v408);
      const float v412 = (v409 + b411);
      const float v415 = (v412 + b414);
      const float v418 = (v415 + b417);
      const float v451 = acc451;
    {
      ((float *)(base + 173632))[r] = v418;
      ((float *)(base + 174848))[r] = v451;
    }
  }
}

/* train_k66_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1] */
void train_k66_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc421 = 0.0f;
    float acc428 = 0.0f;
    float acc464 = 0.0f;
    float acc471 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a419 = ((float *)(base + 60608))[idx];
      const float a426 = ((float *)(base + 56256))[idx];
      const float a462 = ((float *)(base + 47424))[idx];
      const float a469 = ((float *)(base + 43072))[idx];
      const float v420 = (a419 * a419);
      const float v427 = (a426 * a426);
      const float v463 = (a462 * a462);
      const float v470 = (a469 * a469);
      acc421 = acc421 + v420;
      acc428 = acc428 + v427;
      acc464 = acc464 + v463;
      acc471 = acc471 + v470;
    }
      const float b418 = ((float *)(base + 173632))[0];
      const float v421 = acc421;
      const float v422 = (b418 + v421);
      const float v428 = acc428;
      const float v464 = acc464;
      const float v471 = acc471;
    {
      ((float *)(base + 174912))[r] = v422;
      ((float *)(base + 174976))[r] = v428;
      ((float *)(base + 175040))[r] = v464;
      ((float *)(base + 175104))[r] = v471;
    }
  }
}

/* train_k67_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], mul f32[64], mul f32[64], mul f32[64], mul f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k67_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b384 = ((float *)(base + 249792))[0];
      const float v488 = (float)(0.0f < b384);
    float acc424 = 0.0f;
    float acc467 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a298 = ((float *)(base + 60352))[idx];
      const float a209 = ((float *)(base + 47168))[idx];
      const float v423 = (a298 * a298);
      const float v466 = (a209 * a209);
      acc424 = acc424 + v423;
      acc467 = acc467 + v466;
    }
      const float b422 = ((float *)(base + 174912))[0];
      const float b428 = ((float *)(base + 174976))[0];
      const float b431 = ((float *)(base + 174144))[0];
      const float b434 = ((float *)(base + 174080))[0];
      const float b437 = ((float *)(base + 174208))[0];
      const float b440 = ((float *)(base + 174272))[0];
      const float b444 = ((float *)(base + 174720))[0];
      const float b447 = ((float *)(base + 174784))[0];
      const float b451 = ((float *)(base + 174848))[0];
      const float b454 = ((float *)(base + 174336))[0];
      const float b457 = ((float *)(base + 174400))[0];
      const float b460 = ((float *)(base + 174464))[0];
      const float b464 = ((float *)(base + 175040))[0];
      const float b471 = ((float *)(base + 175104))[0];
      const float b474 = ((float *)(base + 174528))[0];
      const float b477 = ((float *)(base + 174592))[0];
      const float b480 = ((float *)(base + 174656))[0];
      const float v424 = acc424;
      const float v425 = (b422 + v424);
      const float v429 = (v425 + b428);
      const float v432 = (v429 + b431);
      const float v435 = (v432 + b434);
      const float v438 = (v435 + b437);
      const float v441 = (v438 + b440);
      const float v445 = (v441 + b444);
      const float v448 = (v445 + b447);
      const float v452 = (v448 + b451);
      const float v455 = (v452 + b454);
      const float v458 = (v455 + b457);
      const float v461 = (v458 + b460);
      const float v465 = (v461 + b464);
      const float v467 = acc467;
      const float v468 = (v465 + v467);
      const float v472 = (v468 + b471);
      const float v475 = (v472 + b474);
      const float v478 = (v475 + b477);
      const float v481 = (v478 + b480);
      const float v482 = sqrtf(v481);
      const float v484 = (v482 + 1e-06f);
      const float v485 = (b384 / v484);
      const float v486 = fminf(1.0f, v485);
      const float v489 = (v488 != 0 ? v486 : 1.0f);
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a298 = ((float *)(base + 60352))[idx];
      const float a690 = ((float *)(base + 136064))[idx];
      const float a691 = ((float *)(base + 136320))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a382 = ((float *)(base + 249664))[0];
      const float a60 = ((float *)(base + 25152))[idx];
      const float a209 = ((float *)(base + 47168))[idx];
      const float v692 = (a298 * v489);
      const float v693 = (v692 * 0.1f);
      const float v694 = (a690 * 0.9f);
      const float v695 = (v694 + v693);
      const float v696 = (v692 * v692);
      const float v697 = (v696 * 0.05f);
      const float v698 = (a691 * 0.95f);
      const float v699 = (v698 + v697);
      const float v700 = (v695 / a385);
      const float v701 = (v699 / a386);
      const float v702 = sqrtf(v701);
      const float v703 = (v702 + 1e-08f);
      const float v704 = (v700 / v703);
      const float v705 = (a382 * v704);
      const float v706 = (a60 - v705);
      const float v921 = (a209 * v489);
      const float v922 = (v921 * 0.1f);
      const float v925 = (v921 * v921);
      const float v926 = (v925 * 0.05f);
      const float v1039 = v695;
      const float v1040 = v699;
      const float v1041 = v706;
      ((float *)(base + 173568))[idx] = v922;
      ((float *)(base + 173824))[idx] = v926;
      ((float *)(base + 136064))[idx] = v1039;
      ((float *)(base + 136320))[idx] = v1040;
      ((float *)(base + 25152))[idx] = v1041;
    }
    {
      ((float *)(base + 175168))[r] = v482;
      ((float *)(base + 175232))[r] = v489;
    }
  }
}

/* train_k68_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k68_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a381 = ((float *)(base + 69376))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a490 = ((float *)(base + 85760))[idx];
      const float a491 = ((float *)(base + 102144))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a383 = ((float *)(base + 249728))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a382 = ((float *)(base + 249664))[0];
      const float v492 = (a381 * a489);
      const float v494 = (v492 * 0.1f);
      const float v496 = (a490 * 0.9f);
      const float v497 = (v496 + v494);
      const float v499 = (v492 * v492);
      const float v500 = (v499 * 0.05f);
      const float v502 = (a491 * 0.95f);
      const float v503 = (v502 + v500);
      const float v504 = (v497 / a385);
      const float v505 = (v503 / a386);
      const float v507 = sqrtf(v505);
      const float v508 = (v507 + 1e-08f);
      const float v509 = (v504 / v508);
      const float v510 = (a383 * a2);
      const float v511 = (v509 + v510);
      const float v512 = (a382 * v511);
      const float v513 = (a2 - v512);
      const float v1006 = v497;
      const float v1007 = v503;
      const float v1008 = v513;
      ((float *)(base + 85760))[idx] = v1006;
      ((float *)(base + 102144))[idx] = v1007;
      ((float *)(base + 0))[idx] = v1008;
  }
}

/* train_k69_assign: mul f32[2], mul f32[2], mul f32[2], add f32[2], mul f32[2], mul f32[2], mul f32[2], add f32[2], div f32[2], div f32[2], sqrt f32[2], add f32[2], div f32[2], mul f32[2], sub f32[2], mul f32[2], mul f32[2], mul f32[2], add f32[2], mul f32[2], mul f32[2], mul f32[2], add f32[2], div f32[2], div f32[2], sqrt f32[2], add f32[2], div f32[2], mul f32[2], sub f32[2], assign f32[2], assign f32[2], assign f32[2], assign f32[2], assign f32[2], assign f32[2] */
void train_k69_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 2LL; idx++) {
      const int64_t col = idx % 2LL; (void)col;
      const float a340 = ((float *)(base + 65920))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a514 = ((float *)(base + 118528))[idx];
      const float a515 = ((float *)(base + 118592))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a382 = ((float *)(base + 249664))[0];
      const float a6 = ((float *)(base + 16384))[idx];
      const float a251 = ((float *)(base + 52736))[idx];
      const float a743 = ((float *)(base + 144896))[idx];
      const float a744 = ((float *)(base + 144960))[idx];
      const float a69 = ((float *)(base + 29568))[idx];
      const float v516 = (a340 * a489);
      const float v517 = (v516 * 0.1f);
      const float v518 = (a514 * 0.9f);
      const float v519 = (v518 + v517);
      const float v520 = (v516 * v516);
      const float v521 = (v520 * 0.05f);
      const float v522 = (a515 * 0.95f);
      const float v523 = (v522 + v521);
      const float v524 = (v519 / a385);
      const float v525 = (v523 / a386);
      const float v526 = sqrtf(v525);
      const float v527 = (v526 + 1e-08f);
      const float v528 = (v524 / v527);
      const float v529 = (a382 * v528);
      const float v530 = (a6 - v529);
      const float v745 = (a251 * a489);
      const float v746 = (v745 * 0.1f);
      const float v747 = (a743 * 0.9f);
      const float v748 = (v747 + v746);
      const float v749 = (v745 * v745);
      const float v750 = (v749 * 0.05f);
      const float v751 = (a744 * 0.95f);
      const float v752 = (v751 + v750);
      const float v753 = (v748 / a385);
      const float v754 = (v752 / a386);
      const float v755 = sqrtf(v754);
      const float v756 = (v755 + 1e-08f);
      const float v757 = (v753 / v756);
      const float v758 = (a382 * v757);
      const float v759 = (a69 - v758);
      const float v1009 = v519;
      const float v1010 = v523;
      const float v1011 = v530;
      const float v1048 = v748;
      const float v1049 = v752;
      const float v1050 = v759;
      ((float *)(base + 118528))[idx] = v1009;
      ((float *)(base + 118592))[idx] = v1010;
      ((float *)(base + 16384))[idx] = v1011;
      ((float *)(base + 144896))[idx] = v1048;
      ((float *)(base + 144960))[idx] = v1049;
      ((float *)(base + 29568))[idx] = v1050;
  }
}

/* train_k70_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k70_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a360 = ((float *)(base + 69312))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a531 = ((float *)(base + 118656))[idx];
      const float a532 = ((float *)(base + 118720))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a382 = ((float *)(base + 249664))[0];
      const float a7 = ((float *)(base + 16448))[idx];
      const float a357 = ((float *)(base + 69248))[idx];
      const float a548 = ((float *)(base + 118784))[idx];
      const float a549 = ((float *)(base + 118848))[idx];
      const float a8 = ((float *)(base + 16512))[idx];
      const float a326 = ((float *)(base + 64832))[idx];
      const float a620 = ((float *)(base + 127488))[idx];
      const float a621 = ((float *)(base + 127552))[idx];
      const float a41 = ((float *)(base + 20864))[idx];
      const float a306 = ((float *)(base + 64768))[idx];
      const float a637 = ((float *)(base + 127616))[idx];
      const float a638 = ((float *)(base + 127680))[idx];
      const float a45 = ((float *)(base + 20928))[idx];
      const float a303 = ((float *)(base + 64704))[idx];
      const float a654 = ((float *)(base + 127744))[idx];
      const float a655 = ((float *)(base + 127808))[idx];
      const float a46 = ((float *)(base + 20992))[idx];
      const float a291 = ((float *)(base + 56192))[idx];
      const float a726 = ((float *)(base + 144768))[idx];
      const float a727 = ((float *)(base + 144832))[idx];
      const float a65 = ((float *)(base + 29504))[idx];
      const float a271 = ((float *)(base + 56128))[idx];
      const float a760 = ((float *)(base + 145024))[idx];
      const float a761 = ((float *)(base + 145088))[idx];
      const float a70 = ((float *)(base + 29632))[idx];
      const float a268 = ((float *)(base + 56064))[idx];
      const float a777 = ((float *)(base + 145152))[idx];
      const float a778 = ((float *)(base + 145216))[idx];
      const float a71 = ((float *)(base + 29696))[idx];
      const float a237 = ((float *)(base + 51648))[idx];
      const float a849 = ((float *)(base + 153856))[idx];
      const float a850 = ((float *)(base + 153920))[idx];
      const float a101 = ((float *)(base + 34048))[idx];
      const float a217 = ((float *)(base + 51584))[idx];
      const float a866 = ((float *)(base + 153984))[idx];
      const float a867 = ((float *)(base + 154048))[idx];
      const float a105 = ((float *)(base + 34112))[idx];
      const float a214 = ((float *)(base + 51520))[idx];
      const float a883 = ((float *)(base + 154112))[idx];
      const float a884 = ((float *)(base + 154176))[idx];
      const float a106 = ((float *)(base + 34176))[idx];
      const float a202 = ((float *)(base + 43008))[idx];
      const float a955 = ((float *)(base + 171136))[idx];
      const float a956 = ((float *)(base + 171200))[idx];
      const float a125 = ((float *)(base + 42688))[idx];
      const float a182 = ((float *)(base + 42944))[idx];
      const float a972 = ((float *)(base + 171264))[idx];
      const float a973 = ((float *)(base + 171328))[idx];
      const float a129 = ((float *)(base + 42752))[idx];
      const float a179 = ((float *)(base + 42880))[idx];
      const float a989 = ((float *)(base + 171392))[idx];
      const float a990 = ((float *)(base + 171456))[idx];
      const float a130 = ((float *)(base + 42816))[idx];
      const float v533 = (a360 * a489);
      const float v534 = (v533 * 0.1f);
      const float v535 = (a531 * 0.9f);
      const float v536 = (v535 + v534);
      const float v537 = (v533 * v533);
      const float v538 = (v537 * 0.05f);
      const float v539 = (a532 * 0.95f);
      const float v540 = (v539 + v538);
      const float v541 = (v536 / a385);
      const float v542 = (v540 / a386);
      const float v543 = sqrtf(v542);
      const float v544 = (v543 + 1e-08f);
      const float v545 = (v541 / v544);
      const float v546 = (a382 * v545);
      const float v547 = (a7 - v546);
      const float v550 = (a357 * a489);
      const float v551 = (v550 * 0.1f);
      const float v552 = (a548 * 0.9f);
      const float v553 = (v552 + v551);
      const float v554 = (v550 * v550);
      const float v555 = (v554 * 0.05f);
      const float v556 = (a549 * 0.95f);
      const float v557 = (v556 + v555);
      const float v558 = (v553 / a385);
      const float v559 = (v557 / a386);
      const float v560 = sqrtf(v559);
      const float v561 = (v560 + 1e-08f);
      const float v562 = (v558 / v561);
      const float v563 = (a382 * v562);
      const float v564 = (a8 - v563);
      const float v622 = (a326 * a489);
      const float v623 = (v622 * 0.1f);
      const float v624 = (a620 * 0.9f);
      const float v625 = (v624 + v623);
      const float v626 = (v622 * v622);
      const float v627 = (v626 * 0.05f);
      const float v628 = (a621 * 0.95f);
      const float v629 = (v628 + v627);
      const float v630 = (v625 / a385);
      const float v631 = (v629 / a386);
      const float v632 = sqrtf(v631);
      const float v633 = (v632 + 1e-08f);
      const float v634 = (v630 / v633);
      const float v635 = (a382 * v634);
      const float v636 = (a41 - v635);
      const float v639 = (a306 * a489);
      const float v640 = (v639 * 0.1f);
      const float v641 = (a637 * 0.9f);
      const float v642 = (v641 + v640);
      const float v643 = (v639 * v639);
      const float v644 = (v643 * 0.05f);
      const float v645 = (a638 * 0.95f);
      const float v646 = (v645 + v644);
      const float v647 = (v642 / a385);
      const float v648 = (v646 / a386);
      const float v649 = sqrtf(v648);
      const float v650 = (v649 + 1e-08f);
      const float v651 = (v647 / v650);
      const float v652 = (a382 * v651);
      const float v653 = (a45 - v652);
      const float v656 = (a303 * a489);
      const float v657 = (v656 * 0.1f);
      const float v658 = (a654 * 0.9f);
      const float v659 = (v658 + v657);
      const float v660 = (v656 * v656);
      const float v661 = (v660 * 0.05f);
      const float v662 = (a655 * 0.95f);
      const float v663 = (v662 + v661);
      const float v664 = (v659 / a385);
      const float v665 = (v663 / a386);
      const float v666 = sqrtf(v665);
      const float v667 = (v666 + 1e-08f);
      const float v668 = (v664 / v667);
      const float v669 = (a382 * v668);
      const float v670 = (a46 - v669);
      const float v728 = (a291 * a489);
      const float v729 = (v728 * 0.1f);
      const float v730 = (a726 * 0.9f);
      const float v731 = (v730 + v729);
      const float v732 = (v728 * v728);
      const float v733 = (v732 * 0.05f);
      const float v734 = (a727 * 0.95f);
      const float v735 = (v734 + v733);
      const float v736 = (v731 / a385);
      const float v737 = (v735 / a386);
      const float v738 = sqrtf(v737);
      const float v739 = (v738 + 1e-08f);
      const float v740 = (v736 / v739);
      const float v741 = (a382 * v740);
      const float v742 = (a65 - v741);
      const float v762 = (a271 * a489);
      const float v763 = (v762 * 0.1f);
      const float v764 = (a760 * 0.9f);
      const float v765 = (v764 + v763);
      const float v766 = (v762 * v762);
      const float v767 = (v766 * 0.05f);
      const float v768 = (a761 * 0.95f);
      const float v769 = (v768 + v767);
      const float v770 = (v765 / a385);
      const float v771 = (v769 / a386);
      const float v772 = sqrtf(v771);
      const float v773 = (v772 + 1e-08f);
      const float v774 = (v770 / v773);
      const float v775 = (a382 * v774);
      const float v776 = (a70 - v775);
      const float v779 = (a268 * a489);
      const float v780 = (v779 * 0.1f);
      const float v781 = (a777 * 0.9f);
      const float v782 = (v781 + v780);
      const float v783 = (v779 * v779);
      const float v784 = (v783 * 0.05f);
      const float v785 = (a778 * 0.95f);
      const float v786 = (v785 + v784);
      const float v787 = (v782 / a385);
      const float v788 = (v786 / a386);
      const float v789 = sqrtf(v788);
      const float v790 = (v789 + 1e-08f);
      const float v791 = (v787 / v790);
      const float v792 = (a382 * v791);
      const float v793 = (a71 - v792);
      const float v851 = (a237 * a489);
      const float v852 = (v851 * 0.1f);
      const float v853 = (a849 * 0.9f);
      const float v854 = (v853 + v852);
      const float v855 = (v851 * v851);
      const float v856 = (v855 * 0.05f);
      const float v857 = (a850 * 0.95f);
      const float v858 = (v857 + v856);
      const float v859 = (v854 / a385);
      const float v860 = (v858 / a386);
      const float v861 = sqrtf(v860);
      const float v862 = (v861 + 1e-08f);
      const float v863 = (v859 / v862);
      const float v864 = (a382 * v863);
      const float v865 = (a101 - v864);
      const float v868 = (a217 * a489);
      const float v869 = (v868 * 0.1f);
      const float v870 = (a866 * 0.9f);
      const float v871 = (v870 + v869);
      const float v872 = (v868 * v868);
      const float v873 = (v872 * 0.05f);
      const float v874 = (a867 * 0.95f);
      const float v875 = (v874 + v873);
      const float v876 = (v871 / a385);
      const float v877 = (v875 / a386);
      const float v878 = sqrtf(v877);
      const float v879 = (v878 + 1e-08f);
      const float v880 = (v876 / v879);
      const float v881 = (a382 * v880);
      const float v882 = (a105 - v881);
      const float v885 = (a214 * a489);
      const float v886 = (v885 * 0.1f);
      const float v887 = (a883 * 0.9f);
      const float v888 = (v887 + v886);
      const float v889 = (v885 * v885);
      const float v890 = (v889 * 0.05f);
      const float v891 = (a884 * 0.95f);
      const float v892 = (v891 + v890);
      const float v893 = (v888 / a385);
      const float v894 = (v892 / a386);
      const float v895 = sqrtf(v894);
      const float v896 = (v895 + 1e-08f);
      const float v897 = (v893 / v896);
      const float v898 = (a382 * v897);
      const float v899 = (a106 - v898);
      const float v957 = (a202 * a489);
      const float v958 = (v957 * 0.1f);
      const float v959 = (a955 * 0.9f);
      const float v960 = (v959 + v958);
      const float v961 = (v957 * v957);
      const float v962 = (v961 * 0.05f);
      const float v963 = (a956 * 0.95f);
      const float v964 = (v963 + v962);
      const float v965 = (v960 / a385);
      const float v966 = (v964 / a386);
      const float v967 = sqrtf(v966);
      const float v968 = (v967 + 1e-08f);
      const float v969 = (v965 / v968);
      const float v970 = (a382 * v969);
      const float v971 = (a125 - v970);
      const float v974 = (a182 * a489);
      const float v975 = (v974 * 0.1f);
      const float v976 = (a972 * 0.9f);
      const float v977 = (v976 + v975);
      const float v978 = (v974 * v974);
      const float v979 = (v978 * 0.05f);
      const float v980 = (a973 * 0.95f);
      const float v981 = (v980 + v979);
      const float v982 = (v977 / a385);
      const float v983 = (v981 / a386);
      const float v984 = sqrtf(v983);
      const float v985 = (v984 + 1e-08f);
      const float v986 = (v982 / v985);
      const float v987 = (a382 * v986);
      const float v988 = (a129 - v987);
      const float v991 = (a179 * a489);
      const float v992 = (v991 * 0.1f);
      const float v993 = (a989 * 0.9f);
      const float v994 = (v993 + v992);
      const float v995 = (v991 * v991);
      const float v996 = (v995 * 0.05f);
      const float v997 = (a990 * 0.95f);
      const float v998 = (v997 + v996);
      const float v999 = (v994 / a385);
      const float v1000 = (v998 / a386);
      const float v1001 = sqrtf(v1000);
      const float v1002 = (v1001 + 1e-08f);
      const float v1003 = (v999 / v1002);
      const float v1004 = (a382 * v1003);
      const float v1005 = (a130 - v1004);
      const float v1012 = v536;
      const float v1013 = v540;
      const float v1014 = v547;
      const float v1015 = v553;
      const float v1016 = v557;
      const float v1017 = v564;
      const float v1027 = v625;
      const float v1028 = v629;
      const float v1029 = v636;
      const float v1030 = v642;
      const float v1031 = v646;
      const float v1032 = v653;
      const float v1033 = v659;
      const float v1034 = v663;
      const float v1035 = v670;
      const float v1045 = v731;
      const float v1046 = v735;
      const float v1047 = v742;
      const float v1051 = v765;
      const float v1052 = v769;
      const float v1053 = v776;
      const float v1054 = v782;
      const float v1055 = v786;
      const float v1056 = v793;
      const float v1066 = v854;
      const float v1067 = v858;
      const float v1068 = v865;
      const float v1069 = v871;
      const float v1070 = v875;
      const float v1071 = v882;
      const float v1072 = v888;
      const float v1073 = v892;
      const float v1074 = v899;
      const float v1084 = v960;
      const float v1085 = v964;
      const float v1086 = v971;
      const float v1087 = v977;
      const float v1088 = v981;
      const float v1089 = v988;
      const float v1090 = v994;
      const float v1091 = v998;
      const float v1092 = v1005;
      ((float *)(base + 118656))[idx] = v1012;
      ((float *)(base + 118720))[idx] = v1013;
      ((float *)(base + 16448))[idx] = v1014;
      ((float *)(base + 118784))[idx] = v1015;
      ((float *)(base + 118848))[idx] = v1016;
      ((float *)(base + 16512))[idx] = v1017;
      ((float *)(base + 127488))[idx] = v1027;
      ((float *)(base + 127552))[idx] = v1028;
      ((float *)(base + 20864))[idx] = v1029;
      ((float *)(base + 127616))[idx] = v1030;
      ((float *)(base + 127680))[idx] = v1031;
      ((float *)(base + 20928))[idx] = v1032;
      ((float *)(base + 127744))[idx] = v1033;
      ((float *)(base + 127808))[idx] = v1034;
      ((float *)(base + 20992))[idx] = v1035;
      ((float *)(base + 144768))[idx] = v1045;
      ((float *)(base + 144832))[idx] = v1046;
      ((float *)(base + 29504))[idx] = v1047;
      ((float *)(base + 145024))[idx] = v1051;
      ((float *)(base + 145088))[idx] = v1052;
      ((float *)(base + 29632))[idx] = v1053;
      ((float *)(base + 145152))[idx] = v1054;
      ((float *)(base + 145216))[idx] = v1055;
      ((float *)(base + 29696))[idx] = v1056;
      ((float *)(base + 153856))[idx] = v1066;
      ((float *)(base + 153920))[idx] = v1067;
      ((float *)(base + 34048))[idx] = v1068;
      ((float *)(base + 153984))[idx] = v1069;
      ((float *)(base + 154048))[idx] = v1070;
      ((float *)(base + 34112))[idx] = v1071;
      ((float *)(base + 154112))[idx] = v1072;
      ((float *)(base + 154176))[idx] = v1073;
      ((float *)(base + 34176))[idx] = v1074;
      ((float *)(base + 171136))[idx] = v1084;
      ((float *)(base + 171200))[idx] = v1085;
      ((float *)(base + 42688))[idx] = v1086;
      ((float *)(base + 171264))[idx] = v1087;
      ((float *)(base + 171328))[idx] = v1088;
      ((float *)(base + 42752))[idx] = v1089;
      ((float *)(base + 171392))[idx] = v1090;
      ((float *)(base + 171456))[idx] = v1091;
      ((float *)(base + 42816))[idx] = v1092;
  }
}

/* train_k71_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k71_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a356 = ((float *)(base + 66176))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a565 = ((float *)(base + 118912))[idx];
      const float a566 = ((float *)(base + 121984))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a383 = ((float *)(base + 249728))[0];
      const float a22 = ((float *)(base + 16576))[idx];
      const float a382 = ((float *)(base + 249664))[0];
      const float a267 = ((float *)(base + 52992))[idx];
      const float a794 = ((float *)(base + 145280))[idx];
      const float a795 = ((float *)(base + 148352))[idx];
      const float a83 = ((float *)(base + 29760))[idx];
      const float v567 = (a356 * a489);
      const float v568 = (v567 * 0.1f);
      const float v569 = (a565 * 0.9f);
      const float v570 = (v569 + v568);
      const float v571 = (v567 * v567);
      const float v572 = (v571 * 0.05f);
      const float v573 = (a566 * 0.95f);
      const float v574 = (v573 + v572);
      const float v575 = (v570 / a385);
      const float v576 = (v574 / a386);
      const float v577 = sqrtf(v576);
      const float v578 = (v577 + 1e-08f);
      const float v579 = (v575 / v578);
      const float v580 = (a383 * a22);
      const float v581 = (v579 + v580);
      const float v582 = (a382 * v581);
      const float v583 = (a22 - v582);
      const float v796 = (a267 * a489);
      const float v797 = (v796 * 0.1f);
      const float v798 = (a794 * 0.9f);
      const float v799 = (v798 + v797);
      const float v800 = (v796 * v796);
      const float v801 = (v800 * 0.05f);
      const float v802 = (a795 * 0.95f);
      const float v803 = (v802 + v801);
      const float v804 = (v799 / a385);
      const float v805 = (v803 / a386);
      const float v806 = sqrtf(v805);
      const float v807 = (v806 + 1e-08f);
      const float v808 = (v804 / v807);
      const float v809 = (a383 * a83);
      const float v810 = (v808 + v809);
      const float v811 = (a382 * v810);
      const float v812 = (a83 - v811);
      const float v1018 = v570;
      const float v1019 = v574;
      const float v1020 = v583;
      const float v1057 = v799;
      const float v1058 = v803;
      const float v1059 = v812;
      ((float *)(base + 118912))[idx] = v1018;
      ((float *)(base + 121984))[idx] = v1019;
      ((float *)(base + 16576))[idx] = v1020;
      ((float *)(base + 145280))[idx] = v1057;
      ((float *)(base + 148352))[idx] = v1058;
      ((float *)(base + 29760))[idx] = v1059;
  }
}

/* train_k72_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k72_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a352 = ((float *)(base + 65984))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a584 = ((float *)(base + 125056))[idx];
      const float a585 = ((float *)(base + 125248))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a382 = ((float *)(base + 249664))[0];
      const float a24 = ((float *)(base + 19648))[idx];
      const float a263 = ((float *)(base + 52800))[idx];
      const float a813 = ((float *)(base + 151424))[idx];
      const float a814 = ((float *)(base + 151616))[idx];
      const float a85 = ((float *)(base + 32832))[idx];
      const float v586 = (a352 * a489);
      const float v587 = (v586 * 0.1f);
      const float v588 = (a584 * 0.9f);
      const float v589 = (v588 + v587);
      const float v590 = (v586 * v586);
      const float v591 = (v590 * 0.05f);
      const float v592 = (a585 * 0.95f);
      const float v593 = (v592 + v591);
      const float v594 = (v589 / a385);
      const float v595 = (v593 / a386);
      const float v596 = sqrtf(v595);
      const float v597 = (v596 + 1e-08f);
      const float v598 = (v594 / v597);
      const float v599 = (a382 * v598);
      const float v600 = (a24 - v599);
      const float v815 = (a263 * a489);
      const float v816 = (v815 * 0.1f);
      const float v817 = (a813 * 0.9f);
      const float v818 = (v817 + v816);
      const float v819 = (v815 * v815);
      const float v820 = (v819 * 0.05f);
      const float v821 = (a814 * 0.95f);
      const float v822 = (v821 + v820);
      const float v823 = (v818 / a385);
      const float v824 = (v822 / a386);
      const float v825 = sqrtf(v824);
      const float v826 = (v825 + 1e-08f);
      const float v827 = (v823 / v826);
      const float v828 = (a382 * v827);
      const float v829 = (a85 - v828);
      const float v1021 = v589;
      const float v1022 = v593;
      const float v1023 = v600;
      const float v1060 = v818;
      const float v1061 = v822;
      const float v1062 = v829;
      ((float *)(base + 125056))[idx] = v1021;
      ((float *)(base + 125248))[idx] = v1022;
      ((float *)(base + 19648))[idx] = v1023;
      ((float *)(base + 151424))[idx] = v1060;
      ((float *)(base + 151616))[idx] = v1061;
      ((float *)(base + 32832))[idx] = v1062;
  }
}

/* train_k73_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k73_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a330 = ((float *)(base + 64896))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a601 = ((float *)(base + 125440))[idx];
      const float a602 = ((float *)(base + 126464))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a383 = ((float *)(base + 249728))[0];
      const float a39 = ((float *)(base + 19840))[idx];
      const float a382 = ((float *)(base + 249664))[0];
      const float a241 = ((float *)(base + 51712))[idx];
      const float a830 = ((float *)(base + 151808))[idx];
      const float a831 = ((float *)(base + 152832))[idx];
      const float a99 = ((float *)(base + 33024))[idx];
      const float v603 = (a330 * a489);
      const float v604 = (v603 * 0.1f);
      const float v605 = (a601 * 0.9f);
      const float v606 = (v605 + v604);
      const float v607 = (v603 * v603);
      const float v608 = (v607 * 0.05f);
      const float v609 = (a602 * 0.95f);
      const float v610 = (v609 + v608);
      const float v611 = (v606 / a385);
      const float v612 = (v610 / a386);
      const float v613 = sqrtf(v612);
      const float v614 = (v613 + 1e-08f);
      const float v615 = (v611 / v614);
      const float v616 = (a383 * a39);
      const float v617 = (v615 + v616);
      const float v618 = (a382 * v617);
      const float v619 = (a39 - v618);
      const float v832 = (a241 * a489);
      const float v833 = (v832 * 0.1f);
      const float v834 = (a830 * 0.9f);
      const float v835 = (v834 + v833);
      const float v836 = (v832 * v832);
      const float v837 = (v836 * 0.05f);
      const float v838 = (a831 * 0.95f);
      const float v839 = (v838 + v837);
      const float v840 = (v835 / a385);
      const float v841 = (v839 / a386);
      const float v842 = sqrtf(v841);
      const float v843 = (v842 + 1e-08f);
      const float v844 = (v840 / v843);
      const float v845 = (a383 * a99);
      const float v846 = (v844 + v845);
      const float v847 = (a382 * v846);
      const float v848 = (a99 - v847);
      const float v1024 = v606;
      const float v1025 = v610;
      const float v1026 = v619;
      const float v1063 = v835;
      const float v1064 = v839;
      const float v1065 = v848;
      ((float *)(base + 125440))[idx] = v1024;
      ((float *)(base + 126464))[idx] = v1025;
      ((float *)(base + 19840))[idx] = v1026;
      ((float *)(base + 151808))[idx] = v1063;
      ((float *)(base + 152832))[idx] = v1064;
      ((float *)(base + 33024))[idx] = v1065;
  }
}

/* train_k74_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k74_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a302 = ((float *)(base + 60608))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a671 = ((float *)(base + 127872))[idx];
      const float a672 = ((float *)(base + 131968))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a383 = ((float *)(base + 249728))[0];
      const float a58 = ((float *)(base + 21056))[idx];
      const float a382 = ((float *)(base + 249664))[0];
      const float a213 = ((float *)(base + 47424))[idx];
      const float a900 = ((float *)(base + 154240))[idx];
      const float a901 = ((float *)(base + 158336))[idx];
      const float a118 = ((float *)(base + 34240))[idx];
      const float v673 = (a302 * a489);
      const float v674 = (v673 * 0.1f);
      const float v675 = (a671 * 0.9f);
      const float v676 = (v675 + v674);
      const float v677 = (v673 * v673);
      const float v678 = (v677 * 0.05f);
      const float v679 = (a672 * 0.95f);
      const float v680 = (v679 + v678);
      const float v681 = (v676 / a385);
      const float v682 = (v680 / a386);
      const float v683 = sqrtf(v682);
      const float v684 = (v683 + 1e-08f);
      const float v685 = (v681 / v684);
      const float v686 = (a383 * a58);
      const float v687 = (v685 + v686);
      const float v688 = (a382 * v687);
      const float v689 = (a58 - v688);
      const float v902 = (a213 * a489);
      const float v903 = (v902 * 0.1f);
      const float v904 = (a900 * 0.9f);
      const float v905 = (v904 + v903);
      const float v906 = (v902 * v902);
      const float v907 = (v906 * 0.05f);
      const float v908 = (a901 * 0.95f);
      const float v909 = (v908 + v907);
      const float v910 = (v905 / a385);
      const float v911 = (v909 / a386);
      const float v912 = sqrtf(v911);
      const float v913 = (v912 + 1e-08f);
      const float v914 = (v910 / v913);
      const float v915 = (a383 * a118);
      const float v916 = (v914 + v915);
      const float v917 = (a382 * v916);
      const float v918 = (a118 - v917);
      const float v1036 = v676;
      const float v1037 = v680;
      const float v1038 = v689;
      const float v1075 = v905;
      const float v1076 = v909;
      const float v1077 = v918;
      ((float *)(base + 127872))[idx] = v1036;
      ((float *)(base + 131968))[idx] = v1037;
      ((float *)(base + 21056))[idx] = v1038;
      ((float *)(base + 154240))[idx] = v1075;
      ((float *)(base + 158336))[idx] = v1076;
      ((float *)(base + 34240))[idx] = v1077;
  }
}

/* train_k75_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k75_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a295 = ((float *)(base + 56256))[idx];
      const float a489 = ((float *)(base + 175232))[0];
      const float a707 = ((float *)(base + 136576))[idx];
      const float a708 = ((float *)(base + 140672))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a383 = ((float *)(base + 249728))[0];
      const float a63 = ((float *)(base + 25408))[idx];
      const float a382 = ((float *)(base + 249664))[0];
      const float a206 = ((float *)(base + 43072))[idx];
      const float a936 = ((float *)(base + 162944))[idx];
      const float a937 = ((float *)(base + 167040))[idx];
      const float a123 = ((float *)(base + 38592))[idx];
      const float v709 = (a295 * a489);
      const float v710 = (v709 * 0.1f);
      const float v711 = (a707 * 0.9f);
      const float v712 = (v711 + v710);
      const float v713 = (v709 * v709);
      const float v714 = (v713 * 0.05f);
      const float v715 = (a708 * 0.95f);
      const float v716 = (v715 + v714);
      const float v717 = (v712 / a385);
      const float v718 = (v716 / a386);
      const float v719 = sqrtf(v718);
      const float v720 = (v719 + 1e-08f);
      const float v721 = (v717 / v720);
      const float v722 = (a383 * a63);
      const float v723 = (v721 + v722);
      const float v724 = (a382 * v723);
      const float v725 = (a63 - v724);
      const float v938 = (a206 * a489);
      const float v939 = (v938 * 0.1f);
      const float v940 = (a936 * 0.9f);
      const float v941 = (v940 + v939);
      const float v942 = (v938 * v938);
      const float v943 = (v942 * 0.05f);
      const float v944 = (a937 * 0.95f);
      const float v945 = (v944 + v943);
      const float v946 = (v941 / a385);
      const float v947 = (v945 / a386);
      const float v948 = sqrtf(v947);
      const float v949 = (v948 + 1e-08f);
      const float v950 = (v946 / v949);
      const float v951 = (a383 * a123);
      const float v952 = (v950 + v951);
      const float v953 = (a382 * v952);
      const float v954 = (a123 - v953);
      const float v1042 = v712;
      const float v1043 = v716;
      const float v1044 = v725;
      const float v1081 = v941;
      const float v1082 = v945;
      const float v1083 = v954;
      ((float *)(base + 136576))[idx] = v1042;
      ((float *)(base + 140672))[idx] = v1043;
      ((float *)(base + 25408))[idx] = v1044;
      ((float *)(base + 162944))[idx] = v1081;
      ((float *)(base + 167040))[idx] = v1082;
      ((float *)(base + 38592))[idx] = v1083;
  }
}

/* train_k76_assign: mul f32[64], add f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k76_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a919 = ((float *)(base + 162432))[idx];
      const float a922 = ((float *)(base + 173568))[idx];
      const float a920 = ((float *)(base + 162688))[idx];
      const float a926 = ((float *)(base + 173824))[idx];
      const float a385 = ((float *)(base + 249856))[0];
      const float a386 = ((float *)(base + 249920))[0];
      const float a382 = ((float *)(base + 249664))[0];
      const float a120 = ((float *)(base + 38336))[idx];
      const float v923 = (a919 * 0.9f);
      const float v924 = (v923 + a922);
      const float v927 = (a920 * 0.95f);
      const float v928 = (v927 + a926);
      const float v929 = (v924 / a385);
      const float v930 = (v928 / a386);
      const float v931 = sqrtf(v930);
      const float v932 = (v931 + 1e-08f);
      const float v933 = (v929 / v932);
      const float v934 = (a382 * v933);
      const float v935 = (a120 - v934);
      const float v1078 = v924;
      const float v1079 = v928;
      const float v1080 = v935;
      ((float *)(base + 162432))[idx] = v1078;
      ((float *)(base + 162688))[idx] = v1079;
      ((float *)(base + 38336))[idx] = v1080;
  }
}

/* eval_k77_rowsum: gather f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k77_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc7 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v3 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      acc7 = acc7 + v3;
    }
      const float v7 = acc7;
      const float v9 = (v7 * 0.0625f);
    float acc12 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v3 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v10 = (v3 - v9);
      const float v11 = (v10 * v10);
      acc12 = acc12 + v11;
    }
      const float v12 = acc12;
      const float v13 = (v12 * 0.0625f);
      const float v15 = (v13 + 1e-05f);
      const float v16 = (1.0f / sqrtf(v15));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a5 = ((float *)(base + 16448))[(idx % 16LL)];
      const float a6 = ((float *)(base + 16512))[(idx % 16LL)];
      const float v3 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v10 = (v3 - v9);
      const float v17 = (v10 * v16);
      const float v18 = (v17 * a5);
      const float v19 = (v18 + a6);
      ((float *)(base + 176640))[idx] = v3;
      ((float *)(base + 177664))[idx] = v19;
    }
  }
}

/* eval_k78_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k78_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v24 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v25 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v26 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177664))[idx] = v24;
      ((float *)(base + 178688))[idx] = v25;
      ((float *)(base + 179712))[idx] = v26;
  }
}

/* eval_k79_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k79_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v28 = ((float *)(base + 177664))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v30 = ((float *)(base + 178688))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v32 = ((float *)(base + 179712))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v28;
      ((float *)(base + 174592))[idx] = v30;
      ((float *)(base + 175616))[idx] = v32;
  }
}

/* eval_k80_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2, 2, 8, 8] */
void eval_k80_attention(char *base) {
  const float *Q = (const float *)(base + 173568); (void)Q;
  const float *K = (const float *)(base + 174592); (void)K;
  const float *V = (const float *)(base + 175616); (void)V;
  const int32_t *P = (const int32_t *)(base + 180736); (void)P;
  const float *E0 = (const float *)(base + 16384); (void)E0;
  float *out = (float *)(base + 177664); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* eval_k81_permute: permute f32[2, 8, 2, 8] */
void eval_k81_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v35 = ((float *)(base + 177664))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v35;
  }
}

/* eval_k82_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k82_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc44 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 176640))[idx];
      const float a40 = ((float *)(base + 174592))[idx];
      const float v41 = (a3 + a40);
      acc44 = acc44 + v41;
    }
      const float v44 = acc44;
      const float v45 = (v44 * 0.0625f);
    float acc48 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 176640))[idx];
      const float a40 = ((float *)(base + 174592))[idx];
      const float v41 = (a3 + a40);
      const float v46 = (v41 - v45);
      const float v47 = (v46 * v46);
      acc48 = acc48 + v47;
    }
      const float v48 = acc48;
      const float v49 = (v48 * 0.0625f);
      const float v50 = (v49 + 1e-05f);
      const float v51 = (1.0f / sqrtf(v50));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 176640))[idx];
      const float a40 = ((float *)(base + 174592))[idx];
      const float a42 = ((float *)(base + 20928))[(idx % 16LL)];
      const float a43 = ((float *)(base + 20992))[(idx % 16LL)];
      const float v41 = (a3 + a40);
      const float v46 = (v41 - v45);
      const float v52 = (v46 * v51);
      const float v53 = (v52 * a42);
      const float v54 = (v53 + a43);
      ((float *)(base + 177664))[idx] = v41;
      ((float *)(base + 178688))[idx] = v54;
    }
  }
}

/* eval_k83_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k83_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc68 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a41 = ((float *)(base + 177664))[idx];
      const float a63 = ((float *)(base + 178688))[idx];
      const float v64 = (a41 + a63);
      acc68 = acc68 + v64;
    }
      const float v68 = acc68;
      const float v69 = (v68 * 0.0625f);
    float acc72 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a41 = ((float *)(base + 177664))[idx];
      const float a63 = ((float *)(base + 178688))[idx];
      const float v64 = (a41 + a63);
      const float v70 = (v64 - v69);
      const float v71 = (v70 * v70);
      acc72 = acc72 + v71;
    }
      const float v72 = acc72;
      const float v73 = (v72 * 0.0625f);
      const float v74 = (v73 + 1e-05f);
      const float v75 = (1.0f / sqrtf(v74));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a41 = ((float *)(base + 177664))[idx];
      const float a63 = ((float *)(base + 178688))[idx];
      const float a66 = ((float *)(base + 29632))[(idx % 16LL)];
      const float a67 = ((float *)(base + 29696))[(idx % 16LL)];
      const float v64 = (a41 + a63);
      const float v70 = (v64 - v69);
      const float v76 = (v70 * v75);
      const float v77 = (v76 * a66);
      const float v78 = (v77 + a67);
      ((float *)(base + 176640))[idx] = v64;
      ((float *)(base + 179712))[idx] = v78;
    }
  }
}

/* eval_k84_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k84_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v83 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v84 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v85 = ((float *)(base + 173568))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177664))[idx] = v83;
      ((float *)(base + 178688))[idx] = v84;
      ((float *)(base + 179712))[idx] = v85;
  }
}

/* eval_k85_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k85_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v87 = ((float *)(base + 177664))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v89 = ((float *)(base + 178688))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v91 = ((float *)(base + 179712))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v87;
      ((float *)(base + 174592))[idx] = v89;
      ((float *)(base + 175616))[idx] = v91;
  }
}

/* eval_k86_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [2, 2, 8, 8] */
void eval_k86_attention(char *base) {
  const float *Q = (const float *)(base + 173568); (void)Q;
  const float *K = (const float *)(base + 174592); (void)K;
  const float *V = (const float *)(base + 175616); (void)V;
  const int32_t *P = (const int32_t *)(base + 180736); (void)P;
  const float *E0 = (const float *)(base + 29568); (void)E0;
  float *out = (float *)(base + 177664); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* eval_k87_permute: permute f32[2, 8, 2, 8] */
void eval_k87_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v93 = ((float *)(base + 177664))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v93;
  }
}

/* eval_k88_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k88_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc102 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a64 = ((float *)(base + 176640))[idx];
      const float a98 = ((float *)(base + 174592))[idx];
      const float v99 = (a64 + a98);
      acc102 = acc102 + v99;
    }
      const float v102 = acc102;
      const float v103 = (v102 * 0.0625f);
    float acc106 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a64 = ((float *)(base + 176640))[idx];
      const float a98 = ((float *)(base + 174592))[idx];
      const float v99 = (a64 + a98);
      const float v104 = (v99 - v103);
      const float v105 = (v104 * v104);
      acc106 = acc106 + v105;
    }
      const float v106 = acc106;
      const float v107 = (v106 * 0.0625f);
      const float v108 = (v107 + 1e-05f);
      const float v109 = (1.0f / sqrtf(v108));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a64 = ((float *)(base + 176640))[idx];
      const float a98 = ((float *)(base + 174592))[idx];
      const float a100 = ((float *)(base + 34112))[(idx % 16LL)];
      const float a101 = ((float *)(base + 34176))[(idx % 16LL)];
      const float v99 = (a64 + a98);
      const float v104 = (v99 - v103);
      const float v110 = (v104 * v109);
      const float v111 = (v110 * a100);
      const float v112 = (v111 + a101);
      ((float *)(base + 177664))[idx] = v99;
      ((float *)(base + 178688))[idx] = v112;
    }
  }
}

/* eval_k89_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k89_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc125 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a99 = ((float *)(base + 177664))[idx];
      const float a121 = ((float *)(base + 178688))[idx];
      const float v122 = (a99 + a121);
      acc125 = acc125 + v122;
    }
      const float v125 = acc125;
      const float v126 = (v125 * 0.0625f);
    float acc129 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a99 = ((float *)(base + 177664))[idx];
      const float a121 = ((float *)(base + 178688))[idx];
      const float v122 = (a99 + a121);
      const float v127 = (v122 - v126);
      const float v128 = (v127 * v127);
      acc129 = acc129 + v128;
    }
      const float v129 = acc129;
      const float v130 = (v129 * 0.0625f);
      const float v131 = (v130 + 1e-05f);
      const float v132 = (1.0f / sqrtf(v131));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a99 = ((float *)(base + 177664))[idx];
      const float a121 = ((float *)(base + 178688))[idx];
      const float a123 = ((float *)(base + 42752))[(idx % 16LL)];
      const float a124 = ((float *)(base + 42816))[(idx % 16LL)];
      const float v122 = (a99 + a121);
      const float v127 = (v122 - v126);
      const float v133 = (v127 * v132);
      const float v134 = (v133 * a123);
      const float v135 = (v134 + a124);
      ((float *)(base + 189952))[idx] = v135;
    }
  }
}

/* eval_k90_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1] */
void eval_k90_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc137 = -G23_INF;
    float acc146 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a143 = ((int32_t *)(base + 190976))[(idx / 256LL)];
      const float a136 = ((float *)(base + 173568))[idx];
      const float v144 = (float)(col == (int64_t)a143);
      const float v145 = (a136 * v144);
      acc137 = fmaxf(acc137, a136);
      acc146 = acc146 + v145;
    }
      const float v137 = acc137;
      const float v146 = acc146;
    float acc140 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a136 = ((float *)(base + 173568))[idx];
      const float v138 = (a136 - v137);
      const float v139 = expf(v138);
      acc140 = acc140 + v139;
    }
      const float v140 = acc140;
      const float v141 = logf(v140);
      const float v142 = (v141 + v137);
      const float v147 = (v142 - v146);
    {
      ((float *)(base + 189952))[r] = v147;
    }
  }
}

/* eval_k91_rowsum: sum f32[1], mul f32[1] */
void eval_k91_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc149 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a148 = ((float *)(base + 189952))[idx];
      acc149 = acc149 + a148;
    }
      const float v149 = acc149;
      const float v150 = (v149 * 0.0625f);
    {
      ((float *)(base + 173568))[r] = v150;
    }
  }
}

/* prefill_k92_rowsum: gather f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k92_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc6 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      acc6 = acc6 + v2;
    }
      const float v6 = acc6;
      const float v8 = (v6 * 0.0625f);
    float acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v9 = (v2 - v8);
      const float v10 = (v9 * v9);
      acc11 = acc11 + v10;
    }
      const float v11 = acc11;
      const float v12 = (v11 * 0.0625f);
      const float v14 = (v12 + 1e-05f);
      const float v15 = (1.0f / sqrtf(v14));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a4 = ((float *)(base + 16448))[(idx % 16LL)];
      const float a5 = ((float *)(base + 16512))[(idx % 16LL)];
      const float v2 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v9 = (v2 - v8);
      const float v16 = (v9 * v15);
      const float v17 = (v16 * a4);
      const float v18 = (v17 + a5);
      ((float *)(base + 175104))[idx] = v2;
      ((float *)(base + 175616))[idx] = v18;
    }
  }
}

/* prefill_k93_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k93_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v23 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v24 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v25 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175616))[idx] = v23;
      ((float *)(base + 176128))[idx] = v24;
      ((float *)(base + 176640))[idx] = v25;
  }
}

/* prefill_k94_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k94_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v27 = ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v29 = ((float *)(base + 176128))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v31 = ((float *)(base + 176640))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v27;
      ((float *)(base + 174080))[idx] = v29;
      ((float *)(base + 174592))[idx] = v31;
  }
}

/* prefill_k95_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k95_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 177152))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171520))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174080))[idx];
  }
}

/* prefill_k96_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k96_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 177152))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172032))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174592))[idx];
  }
}

/* prefill_k97_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [1, 2, 8, 8] */
void prefill_k97_attention(char *base) {
  const float *Q = (const float *)(base + 173568); (void)Q;
  const float *K = (const float *)(base + 171520); (void)K;
  const float *V = (const float *)(base + 172032); (void)V;
  const int32_t *P = (const int32_t *)(base + 177152); (void)P;
  const float *E0 = (const float *)(base + 16384); (void)E0;
  float *out = (float *)(base + 174080); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* prefill_k98_permute: permute f32[1, 8, 2, 8] */
void prefill_k98_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v38 = ((float *)(base + 174080))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v38;
  }
}

/* prefill_k99_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k99_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 175104))[idx];
      const float a43 = ((float *)(base + 174080))[idx];
      const float v44 = (a2 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = acc47;
      const float v48 = (v47 * 0.0625f);
    float acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 175104))[idx];
      const float a43 = ((float *)(base + 174080))[idx];
      const float v44 = (a2 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = acc51;
      const float v52 = (v51 * 0.0625f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 175104))[idx];
      const float a43 = ((float *)(base + 174080))[idx];
      const float a45 = ((float *)(base + 20928))[(idx % 16LL)];
      const float a46 = ((float *)(base + 20992))[(idx % 16LL)];
      const float v44 = (a2 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 175616))[idx] = v44;
      ((float *)(base + 176128))[idx] = v57;
    }
  }
}

/* prefill_k100_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k100_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc71 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 175616))[idx];
      const float a66 = ((float *)(base + 176128))[idx];
      const float v67 = (a44 + a66);
      acc71 = acc71 + v67;
    }
      const float v71 = acc71;
      const float v72 = (v71 * 0.0625f);
    float acc75 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 175616))[idx];
      const float a66 = ((float *)(base + 176128))[idx];
      const float v67 = (a44 + a66);
      const float v73 = (v67 - v72);
      const float v74 = (v73 * v73);
      acc75 = acc75 + v74;
    }
      const float v75 = acc75;
      const float v76 = (v75 * 0.0625f);
      const float v77 = (v76 + 1e-05f);
      const float v78 = (1.0f / sqrtf(v77));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 175616))[idx];
      const float a66 = ((float *)(base + 176128))[idx];
      const float a69 = ((float *)(base + 29632))[(idx % 16LL)];
      const float a70 = ((float *)(base + 29696))[(idx % 16LL)];
      const float v67 = (a44 + a66);
      const float v73 = (v67 - v72);
      const float v79 = (v73 * v78);
      const float v80 = (v79 * a69);
      const float v81 = (v80 + a70);
      ((float *)(base + 175104))[idx] = v67;
      ((float *)(base + 176640))[idx] = v81;
    }
  }
}

/* prefill_k101_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k101_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v86 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v87 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v88 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175616))[idx] = v86;
      ((float *)(base + 176128))[idx] = v87;
      ((float *)(base + 176640))[idx] = v88;
  }
}

/* prefill_k102_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k102_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v90 = ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v92 = ((float *)(base + 176128))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v94 = ((float *)(base + 176640))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v90;
      ((float *)(base + 174080))[idx] = v92;
      ((float *)(base + 174592))[idx] = v94;
  }
}

/* prefill_k103_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k103_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 177152))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172544))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174080))[idx];
  }
}

/* prefill_k104_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k104_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 177152))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 173056))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174592))[idx];
  }
}

/* prefill_k105_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [1, 2, 8, 8] */
void prefill_k105_attention(char *base) {
  const float *Q = (const float *)(base + 173568); (void)Q;
  const float *K = (const float *)(base + 172544); (void)K;
  const float *V = (const float *)(base + 173056); (void)V;
  const int32_t *P = (const int32_t *)(base + 177152); (void)P;
  const float *E0 = (const float *)(base + 29568); (void)E0;
  float *out = (float *)(base + 174080); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* prefill_k106_permute: permute f32[1, 8, 2, 8] */
void prefill_k106_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v100 = ((float *)(base + 174080))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v100;
  }
}

/* prefill_k107_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k107_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc109 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 175104))[idx];
      const float a105 = ((float *)(base + 174080))[idx];
      const float v106 = (a67 + a105);
      acc109 = acc109 + v106;
    }
      const float v109 = acc109;
      const float v110 = (v109 * 0.0625f);
    float acc113 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 175104))[idx];
      const float a105 = ((float *)(base + 174080))[idx];
      const float v106 = (a67 + a105);
      const float v111 = (v106 - v110);
      const float v112 = (v111 * v111);
      acc113 = acc113 + v112;
    }
      const float v113 = acc113;
      const float v114 = (v113 * 0.0625f);
      const float v115 = (v114 + 1e-05f);
      const float v116 = (1.0f / sqrtf(v115));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 175104))[idx];
      const float a105 = ((float *)(base + 174080))[idx];
      const float a107 = ((float *)(base + 34112))[(idx % 16LL)];
      const float a108 = ((float *)(base + 34176))[(idx % 16LL)];
      const float v106 = (a67 + a105);
      const float v111 = (v106 - v110);
      const float v117 = (v111 * v116);
      const float v118 = (v117 * a107);
      const float v119 = (v118 + a108);
      ((float *)(base + 175616))[idx] = v106;
      ((float *)(base + 176128))[idx] = v119;
    }
  }
}

/* prefill_k108_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k108_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc132 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a106 = ((float *)(base + 175616))[idx];
      const float a128 = ((float *)(base + 176128))[idx];
      const float v129 = (a106 + a128);
      acc132 = acc132 + v129;
    }
      const float v132 = acc132;
      const float v133 = (v132 * 0.0625f);
    float acc136 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a106 = ((float *)(base + 175616))[idx];
      const float a128 = ((float *)(base + 176128))[idx];
      const float v129 = (a106 + a128);
      const float v134 = (v129 - v133);
      const float v135 = (v134 * v134);
      acc136 = acc136 + v135;
    }
      const float v136 = acc136;
      const float v137 = (v136 * 0.0625f);
      const float v138 = (v137 + 1e-05f);
      const float v139 = (1.0f / sqrtf(v138));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a106 = ((float *)(base + 175616))[idx];
      const float a128 = ((float *)(base + 176128))[idx];
      const float a130 = ((float *)(base + 42752))[(idx % 16LL)];
      const float a131 = ((float *)(base + 42816))[(idx % 16LL)];
      const float v129 = (a106 + a128);
      const float v134 = (v129 - v133);
      const float v140 = (v134 * v139);
      const float v141 = (v140 * a130);
      const float v142 = (v141 + a131);
      ((float *)(base + 181760))[idx] = v142;
    }
  }
}

/* decode_k109_rowsum: gather f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k109_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc6 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      acc6 = acc6 + v2;
    }
      const float v6 = acc6;
      const float v8 = (v6 * 0.0625f);
    float acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v9 = (v2 - v8);
      const float v10 = (v9 * v9);
      acc11 = acc11 + v10;
    }
      const float v11 = acc11;
      const float v12 = (v11 * 0.0625f);
      const float v14 = (v12 + 1e-05f);
      const float v15 = (1.0f / sqrtf(v14));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a4 = ((float *)(base + 16448))[idx];
      const float a5 = ((float *)(base + 16512))[idx];
      const float v2 = ((uint32_t)((int32_t *)(base + 173568))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173568))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v9 = (v2 - v8);
      const float v16 = (v9 * v15);
      const float v17 = (v16 * a4);
      const float v18 = (v17 + a5);
      ((float *)(base + 173760))[idx] = v2;
      ((float *)(base + 173824))[idx] = v18;
    }
  }
}

/* decode_k110_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k110_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v23 = ((float *)(base + 173568))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v24 = ((float *)(base + 173568))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v25 = ((float *)(base + 173568))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 173824))[idx] = v23;
      ((float *)(base + 173952))[idx] = v24;
      ((float *)(base + 174016))[idx] = v25;
  }
}

/* decode_k111_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k111_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v27 = ((float *)(base + 173824))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v29 = ((float *)(base + 173952))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v31 = ((float *)(base + 174016))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v27;
      ((float *)(base + 173632))[idx] = v29;
      ((float *)(base + 173696))[idx] = v31;
  }
}

/* decode_k112_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k112_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173888))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171520))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173632))[idx];
  }
}

/* decode_k113_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k113_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173888))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172032))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173696))[idx];
  }
}

/* decode_k114_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [1, 2, 1, 8] */
void decode_k114_attention(char *base) {
  const float *Q = (const float *)(base + 173568); (void)Q;
  const float *K = (const float *)(base + 171520); (void)K;
  const float *V = (const float *)(base + 172032); (void)V;
  const int32_t *P = (const int32_t *)(base + 173888); (void)P;
  const float *E0 = (const float *)(base + 16384); (void)E0;
  float *out = (float *)(base + 173632); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* decode_k115_permute: permute f32[1, 1, 2, 8] */
void decode_k115_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v38 = ((float *)(base + 173632))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v38;
  }
}

/* decode_k116_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k116_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173760))[idx];
      const float a43 = ((float *)(base + 173632))[idx];
      const float v44 = (a2 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = acc47;
      const float v48 = (v47 * 0.0625f);
    float acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173760))[idx];
      const float a43 = ((float *)(base + 173632))[idx];
      const float v44 = (a2 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = acc51;
      const float v52 = (v51 * 0.0625f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173760))[idx];
      const float a43 = ((float *)(base + 173632))[idx];
      const float a45 = ((float *)(base + 20928))[idx];
      const float a46 = ((float *)(base + 20992))[idx];
      const float v44 = (a2 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 173824))[idx] = v44;
      ((float *)(base + 173952))[idx] = v57;
    }
  }
}

/* decode_k117_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k117_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc71 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 173824))[idx];
      const float a66 = ((float *)(base + 173952))[idx];
      const float v67 = (a44 + a66);
      acc71 = acc71 + v67;
    }
      const float v71 = acc71;
      const float v72 = (v71 * 0.0625f);
    float acc75 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 173824))[idx];
      const float a66 = ((float *)(base + 173952))[idx];
      const float v67 = (a44 + a66);
      const float v73 = (v67 - v72);
      const float v74 = (v73 * v73);
      acc75 = acc75 + v74;
    }
      const float v75 = acc75;
      const float v76 = (v75 * 0.0625f);
      const float v77 = (v76 + 1e-05f);
      const float v78 = (1.0f / sqrtf(v77));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 173824))[idx];
      const float a66 = ((float *)(base + 173952))[idx];
      const float a69 = ((float *)(base + 29632))[idx];
      const float a70 = ((float *)(base + 29696))[idx];
      const float v67 = (a44 + a66);
      const float v73 = (v67 - v72);
      const float v79 = (v73 * v78);
      const float v80 = (v79 * a69);
      const float v81 = (v80 + a70);
      ((float *)(base + 173760))[idx] = v67;
      ((float *)(base + 174016))[idx] = v81;
    }
  }
}

/* decode_k118_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k118_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v86 = ((float *)(base + 173568))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v87 = ((float *)(base + 173568))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v88 = ((float *)(base + 173568))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 173824))[idx] = v86;
      ((float *)(base + 173952))[idx] = v87;
      ((float *)(base + 174016))[idx] = v88;
  }
}

/* decode_k119_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k119_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v90 = ((float *)(base + 173824))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v92 = ((float *)(base + 173952))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v94 = ((float *)(base + 174016))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v90;
      ((float *)(base + 173632))[idx] = v92;
      ((float *)(base + 173696))[idx] = v94;
  }
}

/* decode_k120_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k120_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173888))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172544))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173632))[idx];
  }
}

/* decode_k121_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k121_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173888))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 173056))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173696))[idx];
  }
}

/* decode_k122_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=(((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j))))) -> [1, 2, 1, 8] */
void decode_k122_attention(char *base) {
  const float *Q = (const float *)(base + 173568); (void)Q;
  const float *K = (const float *)(base + 172544); (void)K;
  const float *V = (const float *)(base + 173056); (void)V;
  const int32_t *P = (const int32_t *)(base + 173888); (void)P;
  const float *E0 = (const float *)(base + 29568); (void)E0;
  float *out = (float *)(base + 173632); (void)out;
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
    const float x0 = E0[h]; (void)x0;
    float m = -G23_INF, l = 0.0f, acc[8];
    for (int64_t d = 0; d < 8LL; d++) acc[d] = 0.0f;
    for (int64_t j = j0; j < j1; j++) {
      const float *kj = kb + j * 8LL, *vj = vb + j * 8LL;
      float s = 0.0f;
      for (int64_t d = 0; d < 8LL; d++) s += q[d] * kj[d];
      const float sc = (((s) * 0.353553391f) - ((x0) * (((float)(i)) - ((float)(j)))));
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

/* decode_k123_permute: permute f32[1, 1, 2, 8] */
void decode_k123_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v100 = ((float *)(base + 173632))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173568))[idx] = v100;
  }
}

/* decode_k124_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k124_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc109 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 173760))[idx];
      const float a105 = ((float *)(base + 173632))[idx];
      const float v106 = (a67 + a105);
      acc109 = acc109 + v106;
    }
      const float v109 = acc109;
      const float v110 = (v109 * 0.0625f);
    float acc113 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 173760))[idx];
      const float a105 = ((float *)(base + 173632))[idx];
      const float v106 = (a67 + a105);
      const float v111 = (v106 - v110);
      const float v112 = (v111 * v111);
      acc113 = acc113 + v112;
    }
      const float v113 = acc113;
      const float v114 = (v113 * 0.0625f);
      const float v115 = (v114 + 1e-05f);
      const float v116 = (1.0f / sqrtf(v115));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 173760))[idx];
      const float a105 = ((float *)(base + 173632))[idx];
      const float a107 = ((float *)(base + 34112))[idx];
      const float a108 = ((float *)(base + 34176))[idx];
      const float v106 = (a67 + a105);
      const float v111 = (v106 - v110);
      const float v117 = (v111 * v116);
      const float v118 = (v117 * a107);
      const float v119 = (v118 + a108);
      ((float *)(base + 173824))[idx] = v106;
      ((float *)(base + 173888))[idx] = v119;
    }
  }
}

/* decode_k125_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k125_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc132 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a106 = ((float *)(base + 173824))[idx];
      const float a128 = ((float *)(base + 173888))[idx];
      const float v129 = (a106 + a128);
      acc132 = acc132 + v129;
    }
      const float v132 = acc132;
      const float v133 = (v132 * 0.0625f);
    float acc136 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a106 = ((float *)(base + 173824))[idx];
      const float a128 = ((float *)(base + 173888))[idx];
      const float v129 = (a106 + a128);
      const float v134 = (v129 - v133);
      const float v135 = (v134 * v134);
      acc136 = acc136 + v135;
    }
      const float v136 = acc136;
      const float v137 = (v136 * 0.0625f);
      const float v138 = (v137 + 1e-05f);
      const float v139 = (1.0f / sqrtf(v138));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a106 = ((float *)(base + 173824))[idx];
      const float a128 = ((float *)(base + 173888))[idx];
      const float a130 = ((float *)(base + 42752))[idx];
      const float a131 = ((float *)(base + 42816))[idx];
      const float v129 = (a106 + a128);
      const float v134 = (v129 - v133);
      const float v140 = (v134 * v139);
      const float v141 = (v140 * a130);
      const float v142 = (v141 + a131);
      ((float *)(base + 174592))[idx] = v142;
    }
  }
}

