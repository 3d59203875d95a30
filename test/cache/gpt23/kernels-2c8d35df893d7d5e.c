/* gpt23 kernels for rope.net, C dialect (generated; do not edit). */
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
    float acc8 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float v3 = ((uint32_t)((int32_t *)(base + 249088))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 249088))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v5 = g23_dropout(v3, a4, 0LL, idx, 0.1f);
      acc8 = acc8 + v5;
    }
      const float v8 = acc8;
      const float v10 = (v8 * 0.0625f);
    float acc13 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float v3 = ((uint32_t)((int32_t *)(base + 249088))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 249088))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v5 = g23_dropout(v3, a4, 0LL, idx, 0.1f);
      const float v11 = (v5 - v10);
      const float v12 = (v11 * v11);
      acc13 = acc13 + v12;
    }
      const float v13 = acc13;
      const float v14 = (v13 * 0.0625f);
      const float v16 = (v14 + 1e-05f);
      const float v17 = (1.0f / sqrtf(v16));
      const float v457 = (v17 * v17);
      const float v458 = (v457 * v17);
      const float v459 = (v458 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a6 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a7 = ((float *)(base + 16448))[(idx % 16LL)];
      const float v3 = ((uint32_t)((int32_t *)(base + 249088))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 249088))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v5 = g23_dropout(v3, a4, 0LL, idx, 0.1f);
      const float v11 = (v5 - v10);
      const float v18 = (v11 * v17);
      const float v19 = (v18 * a6);
      const float v20 = (v19 + a7);
      ((float *)(base + 176128))[idx] = v5;
      ((float *)(base + 222208))[idx] = v11;
      ((float *)(base + 223232))[idx] = v18;
      ((float *)(base + 224256))[idx] = v20;
    }
    {
      ((float *)(base + 249216))[r] = v17;
      ((float *)(base + 249344))[r] = v459;
    }
  }
}

/* train_k1_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k1_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v25 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v26 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v27 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v25;
      ((float *)(base + 178176))[idx] = v26;
      ((float *)(base + 179200))[idx] = v27;
  }
}

/* train_k2_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k2_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v29 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v31 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v29;
      ((float *)(base + 174080))[idx] = v31;
      ((float *)(base + 225280))[idx] = v33;
  }
}

/* train_k3_positions: positions i32[4] */
void train_k3_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a34 = ((int32_t *)(base + 249280))[0];
      const int32_t v35 = (a34 + (int32_t)col);
      ((int32_t *)(base + 175104))[idx] = v35;
  }
}

/* train_k4_positions: positions i32[1] */
void train_k4_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a34 = ((int32_t *)(base + 249280))[0];
      const int32_t v36 = (a34 + (int32_t)col);
      ((int32_t *)(base + 175168))[idx] = v36;
  }
}

/* train_k5_exp: sub i32[4], cast f32[4], mul f32[4], exp f32[4] */
void train_k5_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a35 = ((int32_t *)(base + 175104))[idx];
      const int32_t a36 = ((int32_t *)(base + 175168))[0];
      const int32_t v37 = (a35 - a36);
      const float v38 = v37;
      const float v40 = (v38 * (-2.30258509f));
      const float v41 = expf(v40);
      ((float *)(base + 175232))[idx] = v41;
  }
}

/* train_k6_positions: positions i32[8] */
void train_k6_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a34 = ((int32_t *)(base + 249280))[0];
      const int32_t v42 = (a34 + (int32_t)col);
      ((int32_t *)(base + 175104))[idx] = v42;
  }
}

/* train_k7_cast: cast f32[8, 1] */
void train_k7_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a43 = ((int32_t *)(base + 175104))[idx];
      const float v44 = a43;
      ((float *)(base + 175168))[idx] = v44;
  }
}

/* train_k8_sin: mul f32[8, 4], cos f32[8, 4], sin f32[8, 4] */
void train_k8_sin(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a44 = ((float *)(base + 175168))[(idx / 4LL)];
      const float a41 = ((float *)(base + 175232))[(idx % 4LL)];
      const float v45 = (a44 * a41);
      const float v46 = cosf(v45);
      const float v47 = sinf(v45);
      ((float *)(base + 248832))[idx] = v46;
      ((float *)(base + 248960))[idx] = v47;
  }
}

/* train_k9_add: slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4] */
void train_k9_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a47 = ((float *)(base + 248960))[(idx % 32LL)];
      const float a46 = ((float *)(base + 248832))[(idx % 32LL)];
      const float v48 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v49 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v50 = (v49 * a47);
      const float v51 = (v48 * a46);
      const float v52 = (v51 - v50);
      const float v53 = (v49 * a46);
      const float v54 = (v48 * a47);
      const float v55 = (v54 + v53);
      const float v57 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v58 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v59 = (v58 * a47);
      const float v60 = (v57 * a46);
      const float v61 = (v60 - v59);
      const float v62 = (v58 * a46);
      const float v63 = (v57 * a47);
      const float v64 = (v63 + v62);
      ((float *)(base + 175104))[idx] = v52;
      ((float *)(base + 175616))[idx] = v55;
      ((float *)(base + 177152))[idx] = v61;
      ((float *)(base + 177664))[idx] = v64;
  }
}

/* train_k10_concat: concat f32[2, 2, 8, 8], concat f32[2, 2, 8, 8] */
void train_k10_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v56 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 175104))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 175616))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v65 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 177152))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 177664))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 226304))[idx] = v56;
      ((float *)(base + 227328))[idx] = v65;
  }
}

/* train_k11_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k11_attention(char *base) {
  const float *Q = (const float *)(base + 226304); (void)Q;
  const float *K = (const float *)(base + 227328); (void)K;
  const float *V = (const float *)(base + 225280); (void)V;
  const int32_t *P = (const int32_t *)(base + 249280); (void)P;
  float *out = (float *)(base + 228352); (void)out;
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

/* train_k12_permute: permute f32[2, 8, 2, 8] */
void train_k12_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v67 = ((float *)(base + 228352))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 229376))[idx] = v67;
  }
}

/* train_k13_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k13_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a72 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a5 = ((float *)(base + 176128))[idx];
      const float v73 = g23_dropout(a72, a4, 1LL, idx, 0.1f);
      const float v74 = (a5 + v73);
      acc77 = acc77 + v74;
    }
      const float v77 = acc77;
      const float v78 = (v77 * 0.0625f);
    float acc81 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a72 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a5 = ((float *)(base + 176128))[idx];
      const float v73 = g23_dropout(a72, a4, 1LL, idx, 0.1f);
      const float v74 = (a5 + v73);
      const float v79 = (v74 - v78);
      const float v80 = (v79 * v79);
      acc81 = acc81 + v80;
    }
      const float v81 = acc81;
      const float v82 = (v81 * 0.0625f);
      const float v83 = (v82 + 1e-05f);
      const float v84 = (1.0f / sqrtf(v83));
      const float v380 = (v84 * v84);
      const float v381 = (v380 * v84);
      const float v382 = (v381 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a72 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a5 = ((float *)(base + 176128))[idx];
      const float a75 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a76 = ((float *)(base + 20928))[(idx % 16LL)];
      const float v73 = g23_dropout(a72, a4, 1LL, idx, 0.1f);
      const float v74 = (a5 + v73);
      const float v79 = (v74 - v78);
      const float v85 = (v79 * v84);
      const float v86 = (v85 * a75);
      const float v87 = (v86 + a76);
      ((float *)(base + 174080))[idx] = v74;
      ((float *)(base + 230400))[idx] = v79;
      ((float *)(base + 231424))[idx] = v85;
      ((float *)(base + 232448))[idx] = v87;
    }
    {
      ((float *)(base + 249728))[r] = v84;
      ((float *)(base + 249792))[r] = v382;
    }
  }
}

/* train_k14_gelu: gelu f32[2, 8, 64] */
void train_k14_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a91 = ((float *)(base + 205824))[idx];
      const float v92 = g23_gelu(a91);
      ((float *)(base + 209920))[idx] = v92;
  }
}

/* train_k15_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k15_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc101 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a96 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a74 = ((float *)(base + 174080))[idx];
      const float v97 = g23_dropout(a96, a4, 2LL, idx, 0.1f);
      const float v98 = (a74 + v97);
      acc101 = acc101 + v98;
    }
      const float v101 = acc101;
      const float v102 = (v101 * 0.0625f);
    float acc105 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a96 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a74 = ((float *)(base + 174080))[idx];
      const float v97 = g23_dropout(a96, a4, 2LL, idx, 0.1f);
      const float v98 = (a74 + v97);
      const float v103 = (v98 - v102);
      const float v104 = (v103 * v103);
      acc105 = acc105 + v104;
    }
      const float v105 = acc105;
      const float v106 = (v105 * 0.0625f);
      const float v107 = (v106 + 1e-05f);
      const float v108 = (1.0f / sqrtf(v107));
      const float v345 = (v108 * v108);
      const float v346 = (v345 * v108);
      const float v347 = (v346 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a96 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a74 = ((float *)(base + 174080))[idx];
      const float a99 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a100 = ((float *)(base + 29568))[(idx % 16LL)];
      const float v97 = g23_dropout(a96, a4, 2LL, idx, 0.1f);
      const float v98 = (a74 + v97);
      const float v103 = (v98 - v102);
      const float v109 = (v103 * v108);
      const float v110 = (v109 * a99);
      const float v111 = (v110 + a100);
      ((float *)(base + 176128))[idx] = v98;
      ((float *)(base + 233472))[idx] = v103;
      ((float *)(base + 234496))[idx] = v109;
      ((float *)(base + 235520))[idx] = v111;
    }
    {
      ((float *)(base + 249856))[r] = v108;
      ((float *)(base + 249920))[r] = v347;
    }
  }
}

/* train_k16_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k16_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v116 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v117 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v118 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v116;
      ((float *)(base + 178176))[idx] = v117;
      ((float *)(base + 179200))[idx] = v118;
  }
}

/* train_k17_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k17_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v120 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v122 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v124 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v120;
      ((float *)(base + 174080))[idx] = v122;
      ((float *)(base + 236544))[idx] = v124;
  }
}

/* train_k18_add: slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4] */
void train_k18_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a47 = ((float *)(base + 248960))[(idx % 32LL)];
      const float a46 = ((float *)(base + 248832))[(idx % 32LL)];
      const float v125 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v126 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v127 = (v126 * a47);
      const float v128 = (v125 * a46);
      const float v129 = (v128 - v127);
      const float v130 = (v126 * a46);
      const float v131 = (v125 * a47);
      const float v132 = (v131 + v130);
      const float v134 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v135 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v136 = (v135 * a47);
      const float v137 = (v134 * a46);
      const float v138 = (v137 - v136);
      const float v139 = (v135 * a46);
      const float v140 = (v134 * a47);
      const float v141 = (v140 + v139);
      ((float *)(base + 175104))[idx] = v129;
      ((float *)(base + 175616))[idx] = v132;
      ((float *)(base + 177152))[idx] = v138;
      ((float *)(base + 177664))[idx] = v141;
  }
}

/* train_k19_concat: concat f32[2, 2, 8, 8], concat f32[2, 2, 8, 8] */
void train_k19_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v133 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 175104))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 175616))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v142 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 177152))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 177664))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 237568))[idx] = v133;
      ((float *)(base + 238592))[idx] = v142;
  }
}

/* train_k20_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k20_attention(char *base) {
  const float *Q = (const float *)(base + 237568); (void)Q;
  const float *K = (const float *)(base + 238592); (void)K;
  const float *V = (const float *)(base + 236544); (void)V;
  const int32_t *P = (const int32_t *)(base + 249280); (void)P;
  float *out = (float *)(base + 239616); (void)out;
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

/* train_k21_permute: permute f32[2, 8, 2, 8] */
void train_k21_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v144 = ((float *)(base + 239616))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 240640))[idx] = v144;
  }
}

/* train_k22_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k22_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc154 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a149 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a98 = ((float *)(base + 176128))[idx];
      const float v150 = g23_dropout(a149, a4, 3LL, idx, 0.1f);
      const float v151 = (a98 + v150);
      acc154 = acc154 + v151;
    }
      const float v154 = acc154;
      const float v155 = (v154 * 0.0625f);
    float acc158 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a149 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a98 = ((float *)(base + 176128))[idx];
      const float v150 = g23_dropout(a149, a4, 3LL, idx, 0.1f);
      const float v151 = (a98 + v150);
      const float v156 = (v151 - v155);
      const float v157 = (v156 * v156);
      acc158 = acc158 + v157;
    }
      const float v158 = acc158;
      const float v159 = (v158 * 0.0625f);
      const float v160 = (v159 + 1e-05f);
      const float v161 = (1.0f / sqrtf(v160));
      const float v268 = (v161 * v161);
      const float v269 = (v268 * v161);
      const float v270 = (v269 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a149 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a98 = ((float *)(base + 176128))[idx];
      const float a152 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a153 = ((float *)(base + 34048))[(idx % 16LL)];
      const float v150 = g23_dropout(a149, a4, 3LL, idx, 0.1f);
      const float v151 = (a98 + v150);
      const float v156 = (v151 - v155);
      const float v162 = (v156 * v161);
      const float v163 = (v162 * a152);
      const float v164 = (v163 + a153);
      ((float *)(base + 174080))[idx] = v151;
      ((float *)(base + 241664))[idx] = v156;
      ((float *)(base + 242688))[idx] = v162;
      ((float *)(base + 243712))[idx] = v164;
    }
    {
      ((float *)(base + 249984))[r] = v161;
      ((float *)(base + 250048))[r] = v270;
    }
  }
}

/* train_k23_gelu: gelu f32[2, 8, 64] */
void train_k23_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a168 = ((float *)(base + 214016))[idx];
      const float v169 = g23_gelu(a168);
      ((float *)(base + 218112))[idx] = v169;
  }
}

/* train_k24_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k24_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc178 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a173 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a151 = ((float *)(base + 174080))[idx];
      const float v174 = g23_dropout(a173, a4, 4LL, idx, 0.1f);
      const float v175 = (a151 + v174);
      acc178 = acc178 + v175;
    }
      const float v178 = acc178;
      const float v179 = (v178 * 0.0625f);
    float acc182 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a173 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a151 = ((float *)(base + 174080))[idx];
      const float v174 = g23_dropout(a173, a4, 4LL, idx, 0.1f);
      const float v175 = (a151 + v174);
      const float v180 = (v175 - v179);
      const float v181 = (v180 * v180);
      acc182 = acc182 + v181;
    }
      const float v182 = acc182;
      const float v183 = (v182 * 0.0625f);
      const float v184 = (v183 + 1e-05f);
      const float v185 = (1.0f / sqrtf(v184));
      const float v233 = (v185 * v185);
      const float v234 = (v233 * v185);
      const float v236 = (v234 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a173 = ((float *)(base + 173056))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float a151 = ((float *)(base + 174080))[idx];
      const float a176 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a177 = ((float *)(base + 42688))[(idx % 16LL)];
      const float v174 = g23_dropout(a173, a4, 4LL, idx, 0.1f);
      const float v175 = (a151 + v174);
      const float v180 = (v175 - v179);
      const float v186 = (v180 * v185);
      const float v187 = (v186 * a176);
      const float v188 = (v187 + a177);
      ((float *)(base + 244736))[idx] = v180;
      ((float *)(base + 245760))[idx] = v186;
      ((float *)(base + 246784))[idx] = v188;
    }
    {
      ((float *)(base + 250112))[r] = v185;
      ((float *)(base + 250176))[r] = v236;
    }
  }
}

/* train_k25_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1], mul f32[2, 8, 256], div f32[2, 8, 1], expand f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256], neg f32[2, 8, 256], sum f32[2, 8, 1], add f32[2, 8, 1], lt f32[2, 8, 256], sub f32[2, 8, 256], sum f32[2, 8, 1], div f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256] */
void train_k25_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc190 = -G23_INF;
    float acc199 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a196 = ((int32_t *)(base + 247808))[(idx / 256LL)];
      const float a189 = ((float *)(base + 173056))[idx];
      const float v197 = (float)(col == (int64_t)a196);
      const float v198 = (a189 * v197);
      acc190 = fmaxf(acc190, a189);
      acc199 = acc199 + v198;
    }
      const float v190 = acc190;
      const float v199 = acc199;
    float acc193 = 0.0f;
    float acc218 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a189 = ((float *)(base + 173056))[idx];
      const float v191 = (a189 - v190);
      const float v192 = expf(v191);
      const float v215 = (float)(a189 < v190);
      const float v217 = (1.0f - v215);
      acc193 = acc193 + v192;
      acc218 = acc218 + v217;
    }
      const float v193 = acc193;
      const float v194 = logf(v193);
      const float v195 = (v194 + v190);
      const float v200 = (v195 - v199);
      const float v208 = (0.0625f / v193);
      const float v218 = acc218;
    float acc213 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a189 = ((float *)(base + 173056))[idx];
      const float v191 = (a189 - v190);
      const float v192 = expf(v191);
      const float v209 = v208;
      const float v210 = (v209 * v192);
      const float v212 = (-v210);
      acc213 = acc213 + v212;
    }
      const float v213 = acc213;
      const float v214 = (0.0625f + v213);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a189 = ((float *)(base + 173056))[idx];
      const int32_t a196 = ((int32_t *)(base + 247808))[(idx / 256LL)];
      const float v191 = (a189 - v190);
      const float v192 = expf(v191);
      const float v197 = (float)(col == (int64_t)a196);
      const float v207 = ((-0.0625f) * v197);
      const float v209 = v208;
      const float v210 = (v209 * v192);
      const float v211 = (v207 + v210);
      const float v215 = (float)(a189 < v190);
      const float v217 = (1.0f - v215);
      const float v219 = (v217 / v218);
      const float v220 = (v214 * v219);
      const float v221 = (v211 + v220);
      ((float *)(base + 189440))[idx] = v221;
    }
    {
      ((float *)(base + 247872))[r] = v200;
    }
  }
}

/* train_k26_rowsum: sum f32[1], mul f32[1] */
void train_k26_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc202 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a201 = ((float *)(base + 247872))[idx];
      acc202 = acc202 + a201;
    }
      const float v202 = acc202;
      const float v203 = (v202 * 0.0625f);
    {
      ((float *)(base + 250240))[r] = v203;
    }
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
        acc += ((float *)(base + 247808))[ii];
      }
      ((float *)(base + 42752))[idx] = acc;
  }
}

/* train_k28_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k28_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc232 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a222 = ((float *)(base + 247808))[idx];
      const float a176 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a180 = ((float *)(base + 244736))[idx];
      const float v227 = (a222 * a176);
      const float v231 = (v227 * a180);
      acc232 = acc232 + v231;
    }
      const float b236 = ((float *)(base + 250176))[r];
      const float v232 = acc232;
      const float v237 = (v232 * b236);
      const float v238 = (v237 * 0.0625f);
    float acc244 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a222 = ((float *)(base + 247808))[idx];
      const float a176 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a185 = ((float *)(base + 250112))[(idx / 16LL)];
      const float a180 = ((float *)(base + 244736))[idx];
      const float v227 = (a222 * a176);
      const float v230 = (v227 * a185);
      const float v239 = v238;
      const float v240 = (v239 * a180);
      const float v241 = (v230 + v240);
      const float v242 = (v241 + v240);
      const float v243 = (-v242);
      acc244 = acc244 + v243;
    }
      const float v244 = acc244;
      const float v245 = (v244 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a222 = ((float *)(base + 247808))[idx];
      const float a176 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a186 = ((float *)(base + 245760))[idx];
      const float a185 = ((float *)(base + 250112))[(idx / 16LL)];
      const float a180 = ((float *)(base + 244736))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float v227 = (a222 * a176);
      const float v228 = (a222 * a186);
      const float v230 = (v227 * a185);
      const float v239 = v238;
      const float v240 = (v239 * a180);
      const float v241 = (v230 + v240);
      const float v242 = (v241 + v240);
      const float v246 = v245;
      const float v247 = (v242 + v246);
      const float v248 = g23_dropout(v247, a4, 4LL, idx, 0.1f);
      ((float *)(base + 189440))[idx] = v228;
      ((float *)(base + 197632))[idx] = v247;
      ((float *)(base + 193536))[idx] = v248;
    }
  }
}

/* train_k29_reduce_to: reduce_to f32[16] */
void train_k29_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 42816))[idx] = acc;
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
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 42880))[idx] = acc;
  }
}

/* train_k31_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k31_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a168 = ((float *)(base + 214016))[idx];
      const float a250 = ((float *)(base + 189440))[idx];
      const float v254 = g23_gelu_grad(a168);
      const float v255 = (a250 * v254);
      ((float *)(base + 193536))[idx] = v255;
  }
}

/* train_k32_reduce_to: reduce_to f32[64] */
void train_k32_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 47040))[idx] = acc;
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 51392))[idx] = acc;
  }
}

/* train_k34_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k34_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc267 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a257 = ((float *)(base + 189440))[idx];
      const float a152 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a156 = ((float *)(base + 241664))[idx];
      const float v262 = (a257 * a152);
      const float v266 = (v262 * a156);
      acc267 = acc267 + v266;
    }
      const float b270 = ((float *)(base + 250048))[r];
      const float v267 = acc267;
      const float v271 = (v267 * b270);
      const float v272 = (v271 * 0.0625f);
    float acc279 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a257 = ((float *)(base + 189440))[idx];
      const float a152 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a161 = ((float *)(base + 249984))[(idx / 16LL)];
      const float a156 = ((float *)(base + 241664))[idx];
      const float v262 = (a257 * a152);
      const float v265 = (v262 * a161);
      const float v273 = v272;
      const float v274 = (v273 * a156);
      const float v275 = (v265 + v274);
      const float v276 = (v275 + v274);
      const float v278 = (-v276);
      acc279 = acc279 + v278;
    }
      const float v279 = acc279;
      const float v280 = (v279 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a257 = ((float *)(base + 189440))[idx];
      const float a152 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a162 = ((float *)(base + 242688))[idx];
      const float a161 = ((float *)(base + 249984))[(idx / 16LL)];
      const float a156 = ((float *)(base + 241664))[idx];
      const float a247 = ((float *)(base + 197632))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float v262 = (a257 * a152);
      const float v263 = (a257 * a162);
      const float v265 = (v262 * a161);
      const float v273 = v272;
      const float v274 = (v273 * a156);
      const float v275 = (v265 + v274);
      const float v276 = (v275 + v274);
      const float v277 = (a247 + v276);
      const float v281 = v280;
      const float v282 = (v277 + v281);
      const float v283 = g23_dropout(v282, a4, 3LL, idx, 0.1f);
      ((float *)(base + 190464))[idx] = v263;
      ((float *)(base + 192512))[idx] = v282;
      ((float *)(base + 191488))[idx] = v283;
    }
  }
}

/* train_k35_reduce_to: reduce_to f32[16] */
void train_k35_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 190464))[ii];
      }
      ((float *)(base + 51456))[idx] = acc;
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
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 51520))[idx] = acc;
  }
}

/* train_k37_permute: permute f32[2, 2, 8, 8] */
void train_k37_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v290 = ((float *)(base + 189440))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v290;
  }
}

/* train_k38_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k38_attention_dq(char *base) {
  const float *Q = (const float *)(base + 237568); (void)Q;
  const float *K = (const float *)(base + 238592); (void)K;
  const float *V = (const float *)(base + 236544); (void)V;
  const int32_t *P = (const int32_t *)(base + 249280); (void)P;
  const float *O = (const float *)(base + 239616); (void)O;
  const float *dO = (const float *)(base + 193536); (void)dO;
  float *out = (float *)(base + 189440); (void)out;
  float *tmp = (float *)(base + 194560); (void)tmp;
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

/* train_k39_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k39_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 237568); (void)Q;
  const float *K = (const float *)(base + 238592); (void)K;
  const float *V = (const float *)(base + 236544); (void)V;
  const int32_t *P = (const int32_t *)(base + 249280); (void)P;
  const float *O = (const float *)(base + 239616); (void)O;
  const float *dO = (const float *)(base + 193536); (void)dO;
  float *out = (float *)(base + 189440); (void)out;
  float *tmp = (float *)(base + 194560); (void)tmp;
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

/* train_k40_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k40_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v292 = ((float *)(base + 189440))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v294 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v296 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v292;
      ((float *)(base + 194560))[idx] = v294;
      ((float *)(base + 195584))[idx] = v296;
  }
}

/* train_k41_add: slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], neg f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], neg f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4] */
void train_k41_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a47 = ((float *)(base + 248960))[(idx % 32LL)];
      const float a46 = ((float *)(base + 248832))[(idx % 32LL)];
      const float v298 = ((float *)(base + 194560))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v299 = ((float *)(base + 194560))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v300 = (v299 * a47);
      const float v301 = (v299 * a46);
      const float v302 = (-v298);
      const float v303 = (v298 * a46);
      const float v304 = (v300 + v303);
      const float v305 = (v302 * a47);
      const float v306 = (v301 + v305);
      const float v310 = ((float *)(base + 193536))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v311 = ((float *)(base + 193536))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v312 = (v311 * a47);
      const float v313 = (v311 * a46);
      const float v314 = (-v310);
      const float v315 = (v310 * a46);
      const float v316 = (v312 + v315);
      const float v317 = (v314 * a47);
      const float v318 = (v313 + v317);
      ((float *)(base + 191488))[idx] = v304;
      ((float *)(base + 192000))[idx] = v306;
      ((float *)(base + 196608))[idx] = v316;
      ((float *)(base + 197120))[idx] = v318;
  }
}

/* train_k42_add: pad f32[2, 2, 8, 8], pad f32[2, 2, 8, 8], add f32[2, 2, 8, 8], pad f32[2, 2, 8, 8], pad f32[2, 2, 8, 8], add f32[2, 2, 8, 8] */
void train_k42_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v307 = ((uint64_t)((idx / 1LL % 8LL) - 4LL) < 4ULL ? ((float *)(base + 192000))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL] : (float)0);
      const float v308 = ((uint64_t)((idx / 1LL % 8LL) - 0LL) < 4ULL ? ((float *)(base + 191488))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : (float)0);
      const float v309 = (v307 + v308);
      const float v319 = ((uint64_t)((idx / 1LL % 8LL) - 4LL) < 4ULL ? ((float *)(base + 197120))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL] : (float)0);
      const float v320 = ((uint64_t)((idx / 1LL % 8LL) - 0LL) < 4ULL ? ((float *)(base + 196608))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : (float)0);
      const float v321 = (v319 + v320);
      ((float *)(base + 189440))[idx] = v309;
      ((float *)(base + 190464))[idx] = v321;
  }
}

/* train_k43_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k43_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v322 = ((float *)(base + 195584))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v324 = ((float *)(base + 189440))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v326 = ((float *)(base + 190464))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v322;
      ((float *)(base + 194560))[idx] = v324;
      ((float *)(base + 196608))[idx] = v326;
  }
}

/* train_k44_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k44_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v328 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 193536))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v329 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 194560))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v330 = (v328 + v329);
      const float v331 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 196608))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v332 = (v330 + v331);
      ((float *)(base + 189440))[idx] = v332;
  }
}

/* train_k45_reduce_to: reduce_to f32[48] */
void train_k45_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 52608))[idx] = acc;
  }
}

/* train_k46_reduce_to: reduce_to f32[16] */
void train_k46_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 55872))[idx] = acc;
  }
}

/* train_k47_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k47_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc344 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a334 = ((float *)(base + 193536))[idx];
      const float a99 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a103 = ((float *)(base + 233472))[idx];
      const float v339 = (a334 * a99);
      const float v343 = (v339 * a103);
      acc344 = acc344 + v343;
    }
      const float b347 = ((float *)(base + 249920))[r];
      const float v344 = acc344;
      const float v348 = (v344 * b347);
      const float v349 = (v348 * 0.0625f);
    float acc356 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a334 = ((float *)(base + 193536))[idx];
      const float a99 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a108 = ((float *)(base + 249856))[(idx / 16LL)];
      const float a103 = ((float *)(base + 233472))[idx];
      const float v339 = (a334 * a99);
      const float v342 = (v339 * a108);
      const float v350 = v349;
      const float v351 = (v350 * a103);
      const float v352 = (v342 + v351);
      const float v353 = (v352 + v351);
      const float v355 = (-v353);
      acc356 = acc356 + v355;
    }
      const float v356 = acc356;
      const float v357 = (v356 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a334 = ((float *)(base + 193536))[idx];
      const float a99 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a109 = ((float *)(base + 234496))[idx];
      const float a108 = ((float *)(base + 249856))[(idx / 16LL)];
      const float a103 = ((float *)(base + 233472))[idx];
      const float a282 = ((float *)(base + 192512))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float v339 = (a334 * a99);
      const float v340 = (a334 * a109);
      const float v342 = (v339 * a108);
      const float v350 = v349;
      const float v351 = (v350 * a103);
      const float v352 = (v342 + v351);
      const float v353 = (v352 + v351);
      const float v354 = (a282 + v353);
      const float v358 = v357;
      const float v359 = (v354 + v358);
      const float v360 = g23_dropout(v359, a4, 2LL, idx, 0.1f);
      ((float *)(base + 189440))[idx] = v340;
      ((float *)(base + 197632))[idx] = v359;
      ((float *)(base + 194560))[idx] = v360;
    }
  }
}

/* train_k48_reduce_to: reduce_to f32[16] */
void train_k48_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 55936))[idx] = acc;
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
        acc += ((float *)(base + 194560))[ii];
      }
      ((float *)(base + 56000))[idx] = acc;
  }
}

/* train_k50_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k50_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a91 = ((float *)(base + 205824))[idx];
      const float a362 = ((float *)(base + 189440))[idx];
      const float v366 = g23_gelu_grad(a91);
      const float v367 = (a362 * v366);
      ((float *)(base + 193536))[idx] = v367;
  }
}

/* train_k51_reduce_to: reduce_to f32[64] */
void train_k51_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 60160))[idx] = acc;
  }
}

/* train_k52_reduce_to: reduce_to f32[16] */
void train_k52_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 64512))[idx] = acc;
  }
}

/* train_k53_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k53_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc379 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a369 = ((float *)(base + 189440))[idx];
      const float a75 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a79 = ((float *)(base + 230400))[idx];
      const float v374 = (a369 * a75);
      const float v378 = (v374 * a79);
      acc379 = acc379 + v378;
    }
      const float b382 = ((float *)(base + 249792))[r];
      const float v379 = acc379;
      const float v383 = (v379 * b382);
      const float v384 = (v383 * 0.0625f);
    float acc391 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a369 = ((float *)(base + 189440))[idx];
      const float a75 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a84 = ((float *)(base + 249728))[(idx / 16LL)];
      const float a79 = ((float *)(base + 230400))[idx];
      const float v374 = (a369 * a75);
      const float v377 = (v374 * a84);
      const float v385 = v384;
      const float v386 = (v385 * a79);
      const float v387 = (v377 + v386);
      const float v388 = (v387 + v386);
      const float v390 = (-v388);
      acc391 = acc391 + v390;
    }
      const float v391 = acc391;
      const float v392 = (v391 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a369 = ((float *)(base + 189440))[idx];
      const float a75 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a85 = ((float *)(base + 231424))[idx];
      const float a84 = ((float *)(base + 249728))[(idx / 16LL)];
      const float a79 = ((float *)(base + 230400))[idx];
      const float a359 = ((float *)(base + 197632))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float v374 = (a369 * a75);
      const float v375 = (a369 * a85);
      const float v377 = (v374 * a84);
      const float v385 = v384;
      const float v386 = (v385 * a79);
      const float v387 = (v377 + v386);
      const float v388 = (v387 + v386);
      const float v389 = (a359 + v388);
      const float v393 = v392;
      const float v394 = (v389 + v393);
      const float v395 = g23_dropout(v394, a4, 1LL, idx, 0.1f);
      ((float *)(base + 190464))[idx] = v375;
      ((float *)(base + 192512))[idx] = v394;
      ((float *)(base + 191488))[idx] = v395;
    }
  }
}

/* train_k54_reduce_to: reduce_to f32[16] */
void train_k54_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 190464))[ii];
      }
      ((float *)(base + 64576))[idx] = acc;
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
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 64640))[idx] = acc;
  }
}

/* train_k56_permute: permute f32[2, 2, 8, 8] */
void train_k56_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v402 = ((float *)(base + 189440))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v402;
  }
}

/* train_k57_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k57_attention_dq(char *base) {
  const float *Q = (const float *)(base + 226304); (void)Q;
  const float *K = (const float *)(base + 227328); (void)K;
  const float *V = (const float *)(base + 225280); (void)V;
  const int32_t *P = (const int32_t *)(base + 249280); (void)P;
  const float *O = (const float *)(base + 228352); (void)O;
  const float *dO = (const float *)(base + 193536); (void)dO;
  float *out = (float *)(base + 189440); (void)out;
  float *tmp = (float *)(base + 194560); (void)tmp;
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

/* train_k58_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k58_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 226304); (void)Q;
  const float *K = (const float *)(base + 227328); (void)K;
  const float *V = (const float *)(base + 225280); (void)V;
  const int32_t *P = (const int32_t *)(base + 249280); (void)P;
  const float *O = (const float *)(base + 228352); (void)O;
  const float *dO = (const float *)(base + 193536); (void)dO;
  float *out = (float *)(base + 189440); (void)out;
  float *tmp = (float *)(base + 194560); (void)tmp;
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

/* train_k59_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k59_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v404 = ((float *)(base + 189440))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v406 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v408 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v404;
      ((float *)(base + 194560))[idx] = v406;
      ((float *)(base + 195584))[idx] = v408;
  }
}

/* train_k60_add: slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], neg f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], neg f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4] */
void train_k60_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a47 = ((float *)(base + 248960))[(idx % 32LL)];
      const float a46 = ((float *)(base + 248832))[(idx % 32LL)];
      const float v410 = ((float *)(base + 194560))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v411 = ((float *)(base + 194560))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v412 = (v411 * a47);
      const float v413 = (v411 * a46);
      const float v414 = (-v410);
      const float v415 = (v410 * a46);
      const float v416 = (v412 + v415);
      const float v417 = (v414 * a47);
      const float v418 = (v413 + v417);
      const float v422 = ((float *)(base + 193536))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v423 = ((float *)(base + 193536))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v424 = (v423 * a47);
      const float v425 = (v423 * a46);
      const float v426 = (-v422);
      const float v427 = (v422 * a46);
      const float v428 = (v424 + v427);
      const float v429 = (v426 * a47);
      const float v430 = (v425 + v429);
      ((float *)(base + 191488))[idx] = v416;
      ((float *)(base + 192000))[idx] = v418;
      ((float *)(base + 196608))[idx] = v428;
      ((float *)(base + 197120))[idx] = v430;
  }
}

/* train_k61_add: pad f32[2, 2, 8, 8], pad f32[2, 2, 8, 8], add f32[2, 2, 8, 8], pad f32[2, 2, 8, 8], pad f32[2, 2, 8, 8], add f32[2, 2, 8, 8] */
void train_k61_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v419 = ((uint64_t)((idx / 1LL % 8LL) - 4LL) < 4ULL ? ((float *)(base + 192000))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL] : (float)0);
      const float v420 = ((uint64_t)((idx / 1LL % 8LL) - 0LL) < 4ULL ? ((float *)(base + 191488))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : (float)0);
      const float v421 = (v419 + v420);
      const float v431 = ((uint64_t)((idx / 1LL % 8LL) - 4LL) < 4ULL ? ((float *)(base + 197120))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL] : (float)0);
      const float v432 = ((uint64_t)((idx / 1LL % 8LL) - 0LL) < 4ULL ? ((float *)(base + 196608))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : (float)0);
      const float v433 = (v431 + v432);
      ((float *)(base + 189440))[idx] = v421;
      ((float *)(base + 190464))[idx] = v433;
  }
}

/* train_k62_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k62_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v434 = ((float *)(base + 195584))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v436 = ((float *)(base + 189440))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v438 = ((float *)(base + 190464))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v434;
      ((float *)(base + 194560))[idx] = v436;
      ((float *)(base + 196608))[idx] = v438;
  }
}

/* train_k63_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k63_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v440 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 193536))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v441 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 194560))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v442 = (v440 + v441);
      const float v443 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 196608))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v444 = (v442 + v443);
      ((float *)(base + 189440))[idx] = v444;
  }
}

/* train_k64_reduce_to: reduce_to f32[48] */
void train_k64_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 65728))[idx] = acc;
  }
}

/* train_k65_reduce_to: reduce_to f32[16] */
void train_k65_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 68992))[idx] = acc;
  }
}

/* train_k66_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k66_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc456 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a446 = ((float *)(base + 193536))[idx];
      const float a6 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a11 = ((float *)(base + 222208))[idx];
      const float v451 = (a446 * a6);
      const float v455 = (v451 * a11);
      acc456 = acc456 + v455;
    }
      const float b459 = ((float *)(base + 249344))[r];
      const float v456 = acc456;
      const float v460 = (v456 * b459);
      const float v461 = (v460 * 0.0625f);
    float acc468 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a446 = ((float *)(base + 193536))[idx];
      const float a6 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a17 = ((float *)(base + 249216))[(idx / 16LL)];
      const float a11 = ((float *)(base + 222208))[idx];
      const float v451 = (a446 * a6);
      const float v454 = (v451 * a17);
      const float v462 = v461;
      const float v463 = (v462 * a11);
      const float v464 = (v454 + v463);
      const float v465 = (v464 + v463);
      const float v467 = (-v465);
      acc468 = acc468 + v467;
    }
      const float v468 = acc468;
      const float v469 = (v468 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a446 = ((float *)(base + 193536))[idx];
      const float a6 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a18 = ((float *)(base + 223232))[idx];
      const float a17 = ((float *)(base + 249216))[(idx / 16LL)];
      const float a11 = ((float *)(base + 222208))[idx];
      const float a394 = ((float *)(base + 192512))[idx];
      const int32_t a4 = ((int32_t *)(base + 249152))[0];
      const float v451 = (a446 * a6);
      const float v452 = (a446 * a18);
      const float v454 = (v451 * a17);
      const float v462 = v461;
      const float v463 = (v462 * a11);
      const float v464 = (v454 + v463);
      const float v465 = (v464 + v463);
      const float v466 = (a394 + v465);
      const float v470 = v469;
      const float v471 = (v466 + v470);
      const float v472 = g23_dropout(v471, a4, 0LL, idx, 0.1f);
      ((float *)(base + 189440))[idx] = v452;
      ((float *)(base + 205824))[idx] = v472;
    }
  }
}

/* train_k67_reduce_to: reduce_to f32[16] */
void train_k67_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 69056))[idx] = acc;
  }
}

/* train_k68_scatter_add: scatter_add f32[256, 16] */
void train_k68_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 189440))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 16LL; k++) {
        const int32_t t = ((int32_t *)(base + 249088))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 189440))[(int64_t)t * 16LL + idx] += ((float *)(base + 205824))[k * 16LL + idx];
      }
  }
}

/* train_k69_add: add f32[256, 16] */
void train_k69_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a225 = ((float *)(base + 173056))[idx];
      const float a473 = ((float *)(base + 189440))[idx];
      const float v474 = (a225 + a473);
      ((float *)(base + 69120))[idx] = v474;
  }
}

/* train_k70_rowsum: mul f32[4096], sum f32[1] */
void train_k70_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc482 = 0.0f;
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a480 = ((float *)(base + 69120))[idx];
      const float v481 = (a480 * a480);
      acc482 = acc482 + v481;
    }
      const float v482 = acc482;
    {
      ((float *)(base + 173056))[r] = v482;
    }
  }
}

/* train_k71_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k71_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc484 = 0.0f;
    float acc487 = 0.0f;
    float acc501 = 0.0f;
    float acc504 = 0.0f;
    float acc507 = 0.0f;
    float acc521 = 0.0f;
    float acc524 = 0.0f;
    float acc527 = 0.0f;
    float acc541 = 0.0f;
    float acc544 = 0.0f;
    float acc547 = 0.0f;
    float acc561 = 0.0f;
    float acc564 = 0.0f;
    float acc567 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a453 = ((float *)(base + 69056))[idx];
      const float a450 = ((float *)(base + 68992))[idx];
      const float a396 = ((float *)(base + 64640))[idx];
      const float a376 = ((float *)(base + 64576))[idx];
      const float a373 = ((float *)(base + 64512))[idx];
      const float a361 = ((float *)(base + 56000))[idx];
      const float a341 = ((float *)(base + 55936))[idx];
      const float a338 = ((float *)(base + 55872))[idx];
      const float a284 = ((float *)(base + 51520))[idx];
      const float a264 = ((float *)(base + 51456))[idx];
      const float a261 = ((float *)(base + 51392))[idx];
      const float a249 = ((float *)(base + 42880))[idx];
      const float a229 = ((float *)(base + 42816))[idx];
      const float a226 = ((float *)(base + 42752))[idx];
      const float v483 = (a453 * a453);
      const float v486 = (a450 * a450);
      const float v500 = (a396 * a396);
      const float v503 = (a376 * a376);
      const float v506 = (a373 * a373);
      const float v520 = (a361 * a361);
      const float v523 = (a341 * a341);
      const float v526 = (a338 * a338);
      const float v540 = (a284 * a284);
      const float v543 = (a264 * a264);
      const float v546 = (a261 * a261);
      const float v560 = (a249 * a249);
      const float v563 = (a229 * a229);
      const float v566 = (a226 * a226);
      acc484 = acc484 + v483;
      acc487 = acc487 + v486;
      acc501 = acc501 + v500;
      acc504 = acc504 + v503;
      acc507 = acc507 + v506;
      acc521 = acc521 + v520;
      acc524 = acc524 + v523;
      acc527 = acc527 + v526;
      acc541 = acc541 + v540;
      acc544 = acc544 + v543;
      acc547 = acc547 + v546;
      acc561 = acc561 + v560;
      acc564 = acc564 + v563;
      acc567 = acc567 + v566;
    }
      const float b482 = ((float *)(base + 173056))[0];
      const float v484 = acc484;
      const float v485 = (b482 + v484);
      const float v487 = acc487;
      const float v488 = (v485 + v487);
      const float v501 = acc501;
      const float v504 = acc504;
      const float v507 = acc507;
      const float v521 = acc521;
      const float v524 = acc524;
      const float v527 = acc527;
      const float v541 = acc541;
      const float v544 = acc544;
      const float v547 = acc547;
      const float v561 = acc561;
      const float v564 = acc564;
      const float v567 = acc567;
    {
      ((float *)(base + 173120))[r] = v488;
      ((float *)(base + 173184))[r] = v501;
      ((float *)(base + 173248))[r] = v504;
      ((float *)(base + 173312))[r] = v507;
      ((float *)(base + 173376))[r] = v521;
      ((float *)(base + 173440))[r] = v524;
      ((float *)(base + 173504))[r] = v527;
      ((float *)(base + 173568))[r] = v541;
      ((float *)(base + 173632))[r] = v544;
      ((float *)(base + 173696))[r] = v547;
      ((float *)(base + 173760))[r] = v561;
      ((float *)(base + 173824))[r] = v564;
      ((float *)(base + 173888))[r] = v567;
    }
  }
}

/* train_k72_rowsum: mul f32[768], sum f32[1], add f32[1], mul f32[768], sum f32[1] */
void train_k72_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc491 = 0.0f;
    float acc531 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a489 = ((float *)(base + 65920))[idx];
      const float a529 = ((float *)(base + 52800))[idx];
      const float v490 = (a489 * a489);
      const float v530 = (a529 * a529);
      acc491 = acc491 + v490;
      acc531 = acc531 + v530;
    }
      const float b488 = ((float *)(base + 173120))[0];
      const float v491 = acc491;
      const float v492 = (b488 + v491);
      const float v531 = acc531;
    {
      ((float *)(base + 173056))[r] = v492;
      ((float *)(base + 173952))[r] = v531;
    }
  }
}

/* train_k73_rowsum: mul f32[48], sum f32[1], add f32[1], mul f32[48], sum f32[1] */
void train_k73_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc494 = 0.0f;
    float acc534 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a445 = ((float *)(base + 65728))[idx];
      const float a333 = ((float *)(base + 52608))[idx];
      const float v493 = (a445 * a445);
      const float v533 = (a333 * a333);
      acc494 = acc494 + v493;
      acc534 = acc534 + v533;
    }
      const float b492 = ((float *)(base + 173056))[0];
      const float v494 = acc494;
      const float v495 = (b492 + v494);
      const float v534 = acc534;
    {
      ((float *)(base + 173120))[r] = v495;
      ((float *)(base + 174016))[r] = v534;
    }
  }
}

/* train_k74_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[256], sum f32[1] */
void train_k74_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc498 = 0.0f;
    float acc538 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a496 = ((float *)(base + 64704))[idx];
      const float a536 = ((float *)(base + 51584))[idx];
      const float v497 = (a496 * a496);
      const float v537 = (a536 * a536);
      acc498 = acc498 + v497;
      acc538 = acc538 + v537;
    }
      const float b495 = ((float *)(base + 173120))[0];
      const float b501 = ((float *)(base + 173184))[0];
      const float b504 = ((float *)(base + 173248))[0];
      const float b507 = ((float *)(base + 173312))[0];
      const float v498 = acc498;
      const float v499 = (b495 + v498);
      const float v502 = (v499 + b501);
      const float v505 = (v502 + b504);
      const float v508 = (v505 + b507);
      const float v538 = acc538;
    {
      ((float *)(base + 173056))[r] = v508;
      ((float *)(base + 174080))[r] = v538;
    }
  }
}

/* train_k75_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1] */
void train_k75_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc511 = 0.0f;
    float acc518 = 0.0f;
    float acc551 = 0.0f;
    float acc558 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a509 = ((float *)(base + 60416))[idx];
      const float a516 = ((float *)(base + 56064))[idx];
      const float a549 = ((float *)(base + 47296))[idx];
      const float a556 = ((float *)(base + 42944))[idx];
      const float v510 = (a509 * a509);
      const float v517 = (a516 * a516);
      const float v550 = (a549 * a549);
      const float v557 = (a556 * a556);
      acc511 = acc511 + v510;
      acc518 = acc518 + v517;
      acc551 = acc551 + v550;
      acc558 = acc558 + v557;
    }
      const float b508 = ((float *)(base + 173056))[0];
      const float v511 = acc511;
      const float v512 = (b508 + v511);
      const float v518 = acc518;
      const float v551 = acc551;
      const float v558 = acc558;
    {
      ((float *)(base + 173120))[r] = v512;
      ((float *)(base + 173184))[r] = v518;
      ((float *)(base + 173248))[r] = v551;
      ((float *)(base + 173312))[r] = v558;
    }
  }
}

/* train_k76_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k76_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b477 = ((float *)(base + 249536))[0];
      const float v575 = (float)(0.0f < b477);
    float acc514 = 0.0f;
    float acc554 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a368 = ((float *)(base + 60160))[idx];
      const float a256 = ((float *)(base + 47040))[idx];
      const float v513 = (a368 * a368);
      const float v553 = (a256 * a256);
      acc514 = acc514 + v513;
      acc554 = acc554 + v553;
    }
      const float b512 = ((float *)(base + 173120))[0];
      const float b518 = ((float *)(base + 173184))[0];
      const float b521 = ((float *)(base + 173376))[0];
      const float b524 = ((float *)(base + 173440))[0];
      const float b527 = ((float *)(base + 173504))[0];
      const float b531 = ((float *)(base + 173952))[0];
      const float b534 = ((float *)(base + 174016))[0];
      const float b538 = ((float *)(base + 174080))[0];
      const float b541 = ((float *)(base + 173568))[0];
      const float b544 = ((float *)(base + 173632))[0];
      const float b547 = ((float *)(base + 173696))[0];
      const float b551 = ((float *)(base + 173248))[0];
      const float b558 = ((float *)(base + 173312))[0];
      const float b561 = ((float *)(base + 173760))[0];
      const float b564 = ((float *)(base + 173824))[0];
      const float b567 = ((float *)(base + 173888))[0];
      const float v514 = acc514;
      const float v515 = (b512 + v514);
      const float v519 = (v515 + b518);
      const float v522 = (v519 + b521);
      const float v525 = (v522 + b524);
      const float v528 = (v525 + b527);
      const float v532 = (v528 + b531);
      const float v535 = (v532 + b534);
      const float v539 = (v535 + b538);
      const float v542 = (v539 + b541);
      const float v545 = (v542 + b544);
      const float v548 = (v545 + b547);
      const float v552 = (v548 + b551);
      const float v554 = acc554;
      const float v555 = (v552 + v554);
      const float v559 = (v555 + b558);
      const float v562 = (v559 + b561);
      const float v565 = (v562 + b564);
      const float v568 = (v565 + b567);
      const float v569 = sqrtf(v568);
      const float v571 = (v569 + 1e-06f);
      const float v572 = (b477 / v571);
      const float v573 = fminf(1.0f, v572);
      const float v576 = (v575 != 0 ? v573 : 1.0f);
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a368 = ((float *)(base + 60160))[idx];
      const float a760 = ((float *)(base + 135680))[idx];
      const float a761 = ((float *)(base + 135936))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a475 = ((float *)(base + 249408))[0];
      const float a90 = ((float *)(base + 25088))[idx];
      const float a256 = ((float *)(base + 47040))[idx];
      const float a972 = ((float *)(base + 161920))[idx];
      const float a973 = ((float *)(base + 162176))[idx];
      const float a167 = ((float *)(base + 38208))[idx];
      const float v762 = (a368 * v576);
      const float v763 = (v762 * 0.1f);
      const float v764 = (a760 * 0.9f);
      const float v765 = (v764 + v763);
      const float v766 = (v762 * v762);
      const float v767 = (v766 * 0.05f);
      const float v768 = (a761 * 0.95f);
      const float v769 = (v768 + v767);
      const float v770 = (v765 / a478);
      const float v771 = (v769 / a479);
      const float v772 = sqrtf(v771);
      const float v773 = (v772 + 1e-08f);
      const float v774 = (v770 / v773);
      const float v775 = (a475 * v774);
      const float v776 = (a90 - v775);
      const float v974 = (a256 * v576);
      const float v975 = (v974 * 0.1f);
      const float v976 = (a972 * 0.9f);
      const float v977 = (v976 + v975);
      const float v978 = (v974 * v974);
      const float v979 = (v978 * 0.05f);
      const float v980 = (a973 * 0.95f);
      const float v981 = (v980 + v979);
      const float v982 = (v977 / a478);
      const float v983 = (v981 / a479);
      const float v984 = sqrtf(v983);
      const float v985 = (v984 + 1e-08f);
      const float v986 = (v982 / v985);
      const float v987 = (a475 * v986);
      const float v988 = (a167 - v987);
      const float v1089 = v765;
      const float v1090 = v769;
      const float v1091 = v776;
      const float v1125 = v977;
      const float v1126 = v981;
      const float v1127 = v988;
      ((float *)(base + 135680))[idx] = v1089;
      ((float *)(base + 135936))[idx] = v1090;
      ((float *)(base + 25088))[idx] = v1091;
      ((float *)(base + 161920))[idx] = v1125;
      ((float *)(base + 162176))[idx] = v1126;
      ((float *)(base + 38208))[idx] = v1127;
    }
    {
      ((float *)(base + 173056))[r] = v569;
      ((float *)(base + 174144))[r] = v576;
    }
  }
}

/* train_k77_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k77_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a474 = ((float *)(base + 69120))[idx];
      const float a576 = ((float *)(base + 174144))[0];
      const float a577 = ((float *)(base + 85504))[idx];
      const float a578 = ((float *)(base + 101888))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a476 = ((float *)(base + 249472))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a475 = ((float *)(base + 249408))[0];
      const float v579 = (a474 * a576);
      const float v581 = (v579 * 0.1f);
      const float v583 = (a577 * 0.9f);
      const float v584 = (v583 + v581);
      const float v586 = (v579 * v579);
      const float v587 = (v586 * 0.05f);
      const float v589 = (a578 * 0.95f);
      const float v590 = (v589 + v587);
      const float v591 = (v584 / a478);
      const float v592 = (v590 / a479);
      const float v594 = sqrtf(v592);
      const float v595 = (v594 + 1e-08f);
      const float v596 = (v591 / v595);
      const float v597 = (a476 * a2);
      const float v598 = (v596 + v597);
      const float v599 = (a475 * v598);
      const float v600 = (a2 - v599);
      const float v1059 = v584;
      const float v1060 = v590;
      const float v1061 = v600;
      ((float *)(base + 85504))[idx] = v1059;
      ((float *)(base + 101888))[idx] = v1060;
      ((float *)(base + 0))[idx] = v1061;
  }
}

/* train_k78_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k78_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a453 = ((float *)(base + 69056))[idx];
      const float a576 = ((float *)(base + 174144))[0];
      const float a601 = ((float *)(base + 118272))[idx];
      const float a602 = ((float *)(base + 118336))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a475 = ((float *)(base + 249408))[0];
      const float a6 = ((float *)(base + 16384))[idx];
      const float a450 = ((float *)(base + 68992))[idx];
      const float a618 = ((float *)(base + 118400))[idx];
      const float a619 = ((float *)(base + 118464))[idx];
      const float a7 = ((float *)(base + 16448))[idx];
      const float a396 = ((float *)(base + 64640))[idx];
      const float a690 = ((float *)(base + 127104))[idx];
      const float a691 = ((float *)(base + 127168))[idx];
      const float a71 = ((float *)(base + 20800))[idx];
      const float a376 = ((float *)(base + 64576))[idx];
      const float a707 = ((float *)(base + 127232))[idx];
      const float a708 = ((float *)(base + 127296))[idx];
      const float a75 = ((float *)(base + 20864))[idx];
      const float a373 = ((float *)(base + 64512))[idx];
      const float a724 = ((float *)(base + 127360))[idx];
      const float a725 = ((float *)(base + 127424))[idx];
      const float a76 = ((float *)(base + 20928))[idx];
      const float a361 = ((float *)(base + 56000))[idx];
      const float a796 = ((float *)(base + 144384))[idx];
      const float a797 = ((float *)(base + 144448))[idx];
      const float a95 = ((float *)(base + 29440))[idx];
      const float a341 = ((float *)(base + 55936))[idx];
      const float a813 = ((float *)(base + 144512))[idx];
      const float a814 = ((float *)(base + 144576))[idx];
      const float a99 = ((float *)(base + 29504))[idx];
      const float a338 = ((float *)(base + 55872))[idx];
      const float a830 = ((float *)(base + 144640))[idx];
      const float a831 = ((float *)(base + 144704))[idx];
      const float a100 = ((float *)(base + 29568))[idx];
      const float a284 = ((float *)(base + 51520))[idx];
      const float a902 = ((float *)(base + 153344))[idx];
      const float a903 = ((float *)(base + 153408))[idx];
      const float a148 = ((float *)(base + 33920))[idx];
      const float a264 = ((float *)(base + 51456))[idx];
      const float a919 = ((float *)(base + 153472))[idx];
      const float a920 = ((float *)(base + 153536))[idx];
      const float a152 = ((float *)(base + 33984))[idx];
      const float a261 = ((float *)(base + 51392))[idx];
      const float a936 = ((float *)(base + 153600))[idx];
      const float a937 = ((float *)(base + 153664))[idx];
      const float a153 = ((float *)(base + 34048))[idx];
      const float a249 = ((float *)(base + 42880))[idx];
      const float a1008 = ((float *)(base + 170624))[idx];
      const float a1009 = ((float *)(base + 170688))[idx];
      const float a172 = ((float *)(base + 42560))[idx];
      const float a229 = ((float *)(base + 42816))[idx];
      const float a1025 = ((float *)(base + 170752))[idx];
      const float a1026 = ((float *)(base + 170816))[idx];
      const float a176 = ((float *)(base + 42624))[idx];
      const float a226 = ((float *)(base + 42752))[idx];
      const float a1042 = ((float *)(base + 170880))[idx];
      const float a1043 = ((float *)(base + 170944))[idx];
      const float a177 = ((float *)(base + 42688))[idx];
      const float v603 = (a453 * a576);
      const float v604 = (v603 * 0.1f);
      const float v605 = (a601 * 0.9f);
      const float v606 = (v605 + v604);
      const float v607 = (v603 * v603);
      const float v608 = (v607 * 0.05f);
      const float v609 = (a602 * 0.95f);
      const float v610 = (v609 + v608);
      const float v611 = (v606 / a478);
      const float v612 = (v610 / a479);
      const float v613 = sqrtf(v612);
      const float v614 = (v613 + 1e-08f);
      const float v615 = (v611 / v614);
      const float v616 = (a475 * v615);
      const float v617 = (a6 - v616);
      const float v620 = (a450 * a576);
      const float v621 = (v620 * 0.1f);
      const float v622 = (a618 * 0.9f);
      const float v623 = (v622 + v621);
      const float v624 = (v620 * v620);
      const float v625 = (v624 * 0.05f);
      const float v626 = (a619 * 0.95f);
      const float v627 = (v626 + v625);
      const float v628 = (v623 / a478);
      const float v629 = (v627 / a479);
      const float v630 = sqrtf(v629);
      const float v631 = (v630 + 1e-08f);
      const float v632 = (v628 / v631);
      const float v633 = (a475 * v632);
      const float v634 = (a7 - v633);
      const float v692 = (a396 * a576);
      const float v693 = (v692 * 0.1f);
      const float v694 = (a690 * 0.9f);
      const float v695 = (v694 + v693);
      const float v696 = (v692 * v692);
      const float v697 = (v696 * 0.05f);
      const float v698 = (a691 * 0.95f);
      const float v699 = (v698 + v697);
      const float v700 = (v695 / a478);
      const float v701 = (v699 / a479);
      const float v702 = sqrtf(v701);
      const float v703 = (v702 + 1e-08f);
      const float v704 = (v700 / v703);
      const float v705 = (a475 * v704);
      const float v706 = (a71 - v705);
      const float v709 = (a376 * a576);
      const float v710 = (v709 * 0.1f);
      const float v711 = (a707 * 0.9f);
      const float v712 = (v711 + v710);
      const float v713 = (v709 * v709);
      const float v714 = (v713 * 0.05f);
      const float v715 = (a708 * 0.95f);
      const float v716 = (v715 + v714);
      const float v717 = (v712 / a478);
      const float v718 = (v716 / a479);
      const float v719 = sqrtf(v718);
      const float v720 = (v719 + 1e-08f);
      const float v721 = (v717 / v720);
      const float v722 = (a475 * v721);
      const float v723 = (a75 - v722);
      const float v726 = (a373 * a576);
      const float v727 = (v726 * 0.1f);
      const float v728 = (a724 * 0.9f);
      const float v729 = (v728 + v727);
      const float v730 = (v726 * v726);
      const float v731 = (v730 * 0.05f);
      const float v732 = (a725 * 0.95f);
      const float v733 = (v732 + v731);
      const float v734 = (v729 / a478);
      const float v735 = (v733 / a479);
      const float v736 = sqrtf(v735);
      const float v737 = (v736 + 1e-08f);
      const float v738 = (v734 / v737);
      const float v739 = (a475 * v738);
      const float v740 = (a76 - v739);
      const float v798 = (a361 * a576);
      const float v799 = (v798 * 0.1f);
      const float v800 = (a796 * 0.9f);
      const float v801 = (v800 + v799);
      const float v802 = (v798 * v798);
      const float v803 = (v802 * 0.05f);
      const float v804 = (a797 * 0.95f);
      const float v805 = (v804 + v803);
      const float v806 = (v801 / a478);
      const float v807 = (v805 / a479);
      const float v808 = sqrtf(v807);
      const float v809 = (v808 + 1e-08f);
      const float v810 = (v806 / v809);
      const float v811 = (a475 * v810);
      const float v812 = (a95 - v811);
      const float v815 = (a341 * a576);
      const float v816 = (v815 * 0.1f);
      const float v817 = (a813 * 0.9f);
      const float v818 = (v817 + v816);
      const float v819 = (v815 * v815);
      const float v820 = (v819 * 0.05f);
      const float v821 = (a814 * 0.95f);
      const float v822 = (v821 + v820);
      const float v823 = (v818 / a478);
      const float v824 = (v822 / a479);
      const float v825 = sqrtf(v824);
      const float v826 = (v825 + 1e-08f);
      const float v827 = (v823 / v826);
      const float v828 = (a475 * v827);
      const float v829 = (a99 - v828);
      const float v832 = (a338 * a576);
      const float v833 = (v832 * 0.1f);
      const float v834 = (a830 * 0.9f);
      const float v835 = (v834 + v833);
      const float v836 = (v832 * v832);
      const float v837 = (v836 * 0.05f);
      const float v838 = (a831 * 0.95f);
      const float v839 = (v838 + v837);
      const float v840 = (v835 / a478);
      const float v841 = (v839 / a479);
      const float v842 = sqrtf(v841);
      const float v843 = (v842 + 1e-08f);
      const float v844 = (v840 / v843);
      const float v845 = (a475 * v844);
      const float v846 = (a100 - v845);
      const float v904 = (a284 * a576);
      const float v905 = (v904 * 0.1f);
      const float v906 = (a902 * 0.9f);
      const float v907 = (v906 + v905);
      const float v908 = (v904 * v904);
      const float v909 = (v908 * 0.05f);
      const float v910 = (a903 * 0.95f);
      const float v911 = (v910 + v909);
      const float v912 = (v907 / a478);
      const float v913 = (v911 / a479);
      const float v914 = sqrtf(v913);
      const float v915 = (v914 + 1e-08f);
      const float v916 = (v912 / v915);
      const float v917 = (a475 * v916);
      const float v918 = (a148 - v917);
      const float v921 = (a264 * a576);
      const float v922 = (v921 * 0.1f);
      const float v923 = (a919 * 0.9f);
      const float v924 = (v923 + v922);
      const float v925 = (v921 * v921);
      const float v926 = (v925 * 0.05f);
      const float v927 = (a920 * 0.95f);
      const float v928 = (v927 + v926);
      const float v929 = (v924 / a478);
      const float v930 = (v928 / a479);
      const float v931 = sqrtf(v930);
      const float v932 = (v931 + 1e-08f);
      const float v933 = (v929 / v932);
      const float v934 = (a475 * v933);
      const float v935 = (a152 - v934);
      const float v938 = (a261 * a576);
      const float v939 = (v938 * 0.1f);
      const float v940 = (a936 * 0.9f);
      const float v941 = (v940 + v939);
      const float v942 = (v938 * v938);
      const float v943 = (v942 * 0.05f);
      const float v944 = (a937 * 0.95f);
      const float v945 = (v944 + v943);
      const float v946 = (v941 / a478);
      const float v947 = (v945 / a479);
      const float v948 = sqrtf(v947);
      const float v949 = (v948 + 1e-08f);
      const float v950 = (v946 / v949);
      const float v951 = (a475 * v950);
      const float v952 = (a153 - v951);
      const float v1010 = (a249 * a576);
      const float v1011 = (v1010 * 0.1f);
      const float v1012 = (a1008 * 0.9f);
      const float v1013 = (v1012 + v1011);
      const float v1014 = (v1010 * v1010);
      const float v1015 = (v1014 * 0.05f);
      const float v1016 = (a1009 * 0.95f);
      const float v1017 = (v1016 + v1015);
      const float v1018 = (v1013 / a478);
      const float v1019 = (v1017 / a479);
      const float v1020 = sqrtf(v1019);
      const float v1021 = (v1020 + 1e-08f);
      const float v1022 = (v1018 / v1021);
      const float v1023 = (a475 * v1022);
      const float v1024 = (a172 - v1023);
      const float v1027 = (a229 * a576);
      const float v1028 = (v1027 * 0.1f);
      const float v1029 = (a1025 * 0.9f);
      const float v1030 = (v1029 + v1028);
      const float v1031 = (v1027 * v1027);
      const float v1032 = (v1031 * 0.05f);
      const float v1033 = (a1026 * 0.95f);
      const float v1034 = (v1033 + v1032);
      const float v1035 = (v1030 / a478);
      const float v1036 = (v1034 / a479);
      const float v1037 = sqrtf(v1036);
      const float v1038 = (v1037 + 1e-08f);
      const float v1039 = (v1035 / v1038);
      const float v1040 = (a475 * v1039);
      const float v1041 = (a176 - v1040);
      const float v1044 = (a226 * a576);
      const float v1045 = (v1044 * 0.1f);
      const float v1046 = (a1042 * 0.9f);
      const float v1047 = (v1046 + v1045);
      const float v1048 = (v1044 * v1044);
      const float v1049 = (v1048 * 0.05f);
      const float v1050 = (a1043 * 0.95f);
      const float v1051 = (v1050 + v1049);
      const float v1052 = (v1047 / a478);
      const float v1053 = (v1051 / a479);
      const float v1054 = sqrtf(v1053);
      const float v1055 = (v1054 + 1e-08f);
      const float v1056 = (v1052 / v1055);
      const float v1057 = (a475 * v1056);
      const float v1058 = (a177 - v1057);
      const float v1062 = v606;
      const float v1063 = v610;
      const float v1064 = v617;
      const float v1065 = v623;
      const float v1066 = v627;
      const float v1067 = v634;
      const float v1077 = v695;
      const float v1078 = v699;
      const float v1079 = v706;
      const float v1080 = v712;
      const float v1081 = v716;
      const float v1082 = v723;
      const float v1083 = v729;
      const float v1084 = v733;
      const float v1085 = v740;
      const float v1095 = v801;
      const float v1096 = v805;
      const float v1097 = v812;
      const float v1098 = v818;
      const float v1099 = v822;
      const float v1100 = v829;
      const float v1101 = v835;
      const float v1102 = v839;
      const float v1103 = v846;
      const float v1113 = v907;
      const float v1114 = v911;
      const float v1115 = v918;
      const float v1116 = v924;
      const float v1117 = v928;
      const float v1118 = v935;
      const float v1119 = v941;
      const float v1120 = v945;
      const float v1121 = v952;
      const float v1131 = v1013;
      const float v1132 = v1017;
      const float v1133 = v1024;
      const float v1134 = v1030;
      const float v1135 = v1034;
      const float v1136 = v1041;
      const float v1137 = v1047;
      const float v1138 = v1051;
      const float v1139 = v1058;
      ((float *)(base + 118272))[idx] = v1062;
      ((float *)(base + 118336))[idx] = v1063;
      ((float *)(base + 16384))[idx] = v1064;
      ((float *)(base + 118400))[idx] = v1065;
      ((float *)(base + 118464))[idx] = v1066;
      ((float *)(base + 16448))[idx] = v1067;
      ((float *)(base + 127104))[idx] = v1077;
      ((float *)(base + 127168))[idx] = v1078;
      ((float *)(base + 20800))[idx] = v1079;
      ((float *)(base + 127232))[idx] = v1080;
      ((float *)(base + 127296))[idx] = v1081;
      ((float *)(base + 20864))[idx] = v1082;
      ((float *)(base + 127360))[idx] = v1083;
      ((float *)(base + 127424))[idx] = v1084;
      ((float *)(base + 20928))[idx] = v1085;
      ((float *)(base + 144384))[idx] = v1095;
      ((float *)(base + 144448))[idx] = v1096;
      ((float *)(base + 29440))[idx] = v1097;
      ((float *)(base + 144512))[idx] = v1098;
      ((float *)(base + 144576))[idx] = v1099;
      ((float *)(base + 29504))[idx] = v1100;
      ((float *)(base + 144640))[idx] = v1101;
      ((float *)(base + 144704))[idx] = v1102;
      ((float *)(base + 29568))[idx] = v1103;
      ((float *)(base + 153344))[idx] = v1113;
      ((float *)(base + 153408))[idx] = v1114;
      ((float *)(base + 33920))[idx] = v1115;
      ((float *)(base + 153472))[idx] = v1116;
      ((float *)(base + 153536))[idx] = v1117;
      ((float *)(base + 33984))[idx] = v1118;
      ((float *)(base + 153600))[idx] = v1119;
      ((float *)(base + 153664))[idx] = v1120;
      ((float *)(base + 34048))[idx] = v1121;
      ((float *)(base + 170624))[idx] = v1131;
      ((float *)(base + 170688))[idx] = v1132;
      ((float *)(base + 42560))[idx] = v1133;
      ((float *)(base + 170752))[idx] = v1134;
      ((float *)(base + 170816))[idx] = v1135;
      ((float *)(base + 42624))[idx] = v1136;
      ((float *)(base + 170880))[idx] = v1137;
      ((float *)(base + 170944))[idx] = v1138;
      ((float *)(base + 42688))[idx] = v1139;
  }
}

/* train_k79_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k79_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a449 = ((float *)(base + 65920))[idx];
      const float a576 = ((float *)(base + 174144))[0];
      const float a635 = ((float *)(base + 118528))[idx];
      const float a636 = ((float *)(base + 121600))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a476 = ((float *)(base + 249472))[0];
      const float a21 = ((float *)(base + 16512))[idx];
      const float a475 = ((float *)(base + 249408))[0];
      const float a337 = ((float *)(base + 52800))[idx];
      const float a847 = ((float *)(base + 144768))[idx];
      const float a848 = ((float *)(base + 147840))[idx];
      const float a112 = ((float *)(base + 29632))[idx];
      const float v637 = (a449 * a576);
      const float v638 = (v637 * 0.1f);
      const float v639 = (a635 * 0.9f);
      const float v640 = (v639 + v638);
      const float v641 = (v637 * v637);
      const float v642 = (v641 * 0.05f);
      const float v643 = (a636 * 0.95f);
      const float v644 = (v643 + v642);
      const float v645 = (v640 / a478);
      const float v646 = (v644 / a479);
      const float v647 = sqrtf(v646);
      const float v648 = (v647 + 1e-08f);
      const float v649 = (v645 / v648);
      const float v650 = (a476 * a21);
      const float v651 = (v649 + v650);
      const float v652 = (a475 * v651);
      const float v653 = (a21 - v652);
      const float v849 = (a337 * a576);
      const float v850 = (v849 * 0.1f);
      const float v851 = (a847 * 0.9f);
      const float v852 = (v851 + v850);
      const float v853 = (v849 * v849);
      const float v854 = (v853 * 0.05f);
      const float v855 = (a848 * 0.95f);
      const float v856 = (v855 + v854);
      const float v857 = (v852 / a478);
      const float v858 = (v856 / a479);
      const float v859 = sqrtf(v858);
      const float v860 = (v859 + 1e-08f);
      const float v861 = (v857 / v860);
      const float v862 = (a476 * a112);
      const float v863 = (v861 + v862);
      const float v864 = (a475 * v863);
      const float v865 = (a112 - v864);
      const float v1068 = v640;
      const float v1069 = v644;
      const float v1070 = v653;
      const float v1104 = v852;
      const float v1105 = v856;
      const float v1106 = v865;
      ((float *)(base + 118528))[idx] = v1068;
      ((float *)(base + 121600))[idx] = v1069;
      ((float *)(base + 16512))[idx] = v1070;
      ((float *)(base + 144768))[idx] = v1104;
      ((float *)(base + 147840))[idx] = v1105;
      ((float *)(base + 29632))[idx] = v1106;
  }
}

/* train_k80_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k80_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a445 = ((float *)(base + 65728))[idx];
      const float a576 = ((float *)(base + 174144))[0];
      const float a654 = ((float *)(base + 124672))[idx];
      const float a655 = ((float *)(base + 124864))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a475 = ((float *)(base + 249408))[0];
      const float a23 = ((float *)(base + 19584))[idx];
      const float a333 = ((float *)(base + 52608))[idx];
      const float a866 = ((float *)(base + 150912))[idx];
      const float a867 = ((float *)(base + 151104))[idx];
      const float a114 = ((float *)(base + 32704))[idx];
      const float v656 = (a445 * a576);
      const float v657 = (v656 * 0.1f);
      const float v658 = (a654 * 0.9f);
      const float v659 = (v658 + v657);
      const float v660 = (v656 * v656);
      const float v661 = (v660 * 0.05f);
      const float v662 = (a655 * 0.95f);
      const float v663 = (v662 + v661);
      const float v664 = (v659 / a478);
      const float v665 = (v663 / a479);
      const float v666 = sqrtf(v665);
      const float v667 = (v666 + 1e-08f);
      const float v668 = (v664 / v667);
      const float v669 = (a475 * v668);
      const float v670 = (a23 - v669);
      const float v868 = (a333 * a576);
      const float v869 = (v868 * 0.1f);
      const float v870 = (a866 * 0.9f);
      const float v871 = (v870 + v869);
      const float v872 = (v868 * v868);
      const float v873 = (v872 * 0.05f);
      const float v874 = (a867 * 0.95f);
      const float v875 = (v874 + v873);
      const float v876 = (v871 / a478);
      const float v877 = (v875 / a479);
      const float v878 = sqrtf(v877);
      const float v879 = (v878 + 1e-08f);
      const float v880 = (v876 / v879);
      const float v881 = (a475 * v880);
      const float v882 = (a114 - v881);
      const float v1071 = v659;
      const float v1072 = v663;
      const float v1073 = v670;
      const float v1107 = v871;
      const float v1108 = v875;
      const float v1109 = v882;
      ((float *)(base + 124672))[idx] = v1071;
      ((float *)(base + 124864))[idx] = v1072;
      ((float *)(base + 19584))[idx] = v1073;
      ((float *)(base + 150912))[idx] = v1107;
      ((float *)(base + 151104))[idx] = v1108;
      ((float *)(base + 32704))[idx] = v1109;
  }
}

/* train_k81_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k81_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a400 = ((float *)(base + 64704))[idx];
      const float a576 = ((float *)(base + 174144))[0];
      const float a671 = ((float *)(base + 125056))[idx];
      const float a672 = ((float *)(base + 126080))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a476 = ((float *)(base + 249472))[0];
      const float a69 = ((float *)(base + 19776))[idx];
      const float a475 = ((float *)(base + 249408))[0];
      const float a288 = ((float *)(base + 51584))[idx];
      const float a883 = ((float *)(base + 151296))[idx];
      const float a884 = ((float *)(base + 152320))[idx];
      const float a146 = ((float *)(base + 32896))[idx];
      const float v673 = (a400 * a576);
      const float v674 = (v673 * 0.1f);
      const float v675 = (a671 * 0.9f);
      const float v676 = (v675 + v674);
      const float v677 = (v673 * v673);
      const float v678 = (v677 * 0.05f);
      const float v679 = (a672 * 0.95f);
      const float v680 = (v679 + v678);
      const float v681 = (v676 / a478);
      const float v682 = (v680 / a479);
      const float v683 = sqrtf(v682);
      const float v684 = (v683 + 1e-08f);
      const float v685 = (v681 / v684);
      const float v686 = (a476 * a69);
      const float v687 = (v685 + v686);
      const float v688 = (a475 * v687);
      const float v689 = (a69 - v688);
      const float v885 = (a288 * a576);
      const float v886 = (v885 * 0.1f);
      const float v887 = (a883 * 0.9f);
      const float v888 = (v887 + v886);
      const float v889 = (v885 * v885);
      const float v890 = (v889 * 0.05f);
      const float v891 = (a884 * 0.95f);
      const float v892 = (v891 + v890);
      const float v893 = (v888 / a478);
      const float v894 = (v892 / a479);
      const float v895 = sqrtf(v894);
      const float v896 = (v895 + 1e-08f);
      const float v897 = (v893 / v896);
      const float v898 = (a476 * a146);
      const float v899 = (v897 + v898);
      const float v900 = (a475 * v899);
      const float v901 = (a146 - v900);
      const float v1074 = v676;
      const float v1075 = v680;
      const float v1076 = v689;
      const float v1110 = v888;
      const float v1111 = v892;
      const float v1112 = v901;
      ((float *)(base + 125056))[idx] = v1074;
      ((float *)(base + 126080))[idx] = v1075;
      ((float *)(base + 19776))[idx] = v1076;
      ((float *)(base + 151296))[idx] = v1110;
      ((float *)(base + 152320))[idx] = v1111;
      ((float *)(base + 32896))[idx] = v1112;
  }
}

/* train_k82_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k82_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a372 = ((float *)(base + 60416))[idx];
      const float a576 = ((float *)(base + 174144))[0];
      const float a741 = ((float *)(base + 127488))[idx];
      const float a742 = ((float *)(base + 131584))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a476 = ((float *)(base + 249472))[0];
      const float a88 = ((float *)(base + 20992))[idx];
      const float a475 = ((float *)(base + 249408))[0];
      const float a260 = ((float *)(base + 47296))[idx];
      const float a953 = ((float *)(base + 153728))[idx];
      const float a954 = ((float *)(base + 157824))[idx];
      const float a165 = ((float *)(base + 34112))[idx];
      const float v743 = (a372 * a576);
      const float v744 = (v743 * 0.1f);
      const float v745 = (a741 * 0.9f);
      const float v746 = (v745 + v744);
      const float v747 = (v743 * v743);
      const float v748 = (v747 * 0.05f);
      const float v749 = (a742 * 0.95f);
      const float v750 = (v749 + v748);
      const float v751 = (v746 / a478);
      const float v752 = (v750 / a479);
      const float v753 = sqrtf(v752);
      const float v754 = (v753 + 1e-08f);
      const float v755 = (v751 / v754);
      const float v756 = (a476 * a88);
      const float v757 = (v755 + v756);
      const float v758 = (a475 * v757);
      const float v759 = (a88 - v758);
      const float v955 = (a260 * a576);
      const float v956 = (v955 * 0.1f);
      const float v957 = (a953 * 0.9f);
      const float v958 = (v957 + v956);
      const float v959 = (v955 * v955);
      const float v960 = (v959 * 0.05f);
      const float v961 = (a954 * 0.95f);
      const float v962 = (v961 + v960);
      const float v963 = (v958 / a478);
      const float v964 = (v962 / a479);
      const float v965 = sqrtf(v964);
      const float v966 = (v965 + 1e-08f);
      const float v967 = (v963 / v966);
      const float v968 = (a476 * a165);
      const float v969 = (v967 + v968);
      const float v970 = (a475 * v969);
      const float v971 = (a165 - v970);
      const float v1086 = v746;
      const float v1087 = v750;
      const float v1088 = v759;
      const float v1122 = v958;
      const float v1123 = v962;
      const float v1124 = v971;
      ((float *)(base + 127488))[idx] = v1086;
      ((float *)(base + 131584))[idx] = v1087;
      ((float *)(base + 20992))[idx] = v1088;
      ((float *)(base + 153728))[idx] = v1122;
      ((float *)(base + 157824))[idx] = v1123;
      ((float *)(base + 34112))[idx] = v1124;
  }
}

/* train_k83_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k83_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a365 = ((float *)(base + 56064))[idx];
      const float a576 = ((float *)(base + 174144))[0];
      const float a777 = ((float *)(base + 136192))[idx];
      const float a778 = ((float *)(base + 140288))[idx];
      const float a478 = ((float *)(base + 249600))[0];
      const float a479 = ((float *)(base + 249664))[0];
      const float a476 = ((float *)(base + 249472))[0];
      const float a93 = ((float *)(base + 25344))[idx];
      const float a475 = ((float *)(base + 249408))[0];
      const float a253 = ((float *)(base + 42944))[idx];
      const float a989 = ((float *)(base + 162432))[idx];
      const float a990 = ((float *)(base + 166528))[idx];
      const float a170 = ((float *)(base + 38464))[idx];
      const float v779 = (a365 * a576);
      const float v780 = (v779 * 0.1f);
      const float v781 = (a777 * 0.9f);
      const float v782 = (v781 + v780);
      const float v783 = (v779 * v779);
      const float v784 = (v783 * 0.05f);
      const float v785 = (a778 * 0.95f);
      const float v786 = (v785 + v784);
      const float v787 = (v782 / a478);
      const float v788 = (v786 / a479);
      const float v789 = sqrtf(v788);
      const float v790 = (v789 + 1e-08f);
      const float v791 = (v787 / v790);
      const float v792 = (a476 * a93);
      const float v793 = (v791 + v792);
      const float v794 = (a475 * v793);
      const float v795 = (a93 - v794);
      const float v991 = (a253 * a576);
      const float v992 = (v991 * 0.1f);
      const float v993 = (a989 * 0.9f);
      const float v994 = (v993 + v992);
      const float v995 = (v991 * v991);
      const float v996 = (v995 * 0.05f);
      const float v997 = (a990 * 0.95f);
      const float v998 = (v997 + v996);
      const float v999 = (v994 / a478);
      const float v1000 = (v998 / a479);
      const float v1001 = sqrtf(v1000);
      const float v1002 = (v1001 + 1e-08f);
      const float v1003 = (v999 / v1002);
      const float v1004 = (a476 * a170);
      const float v1005 = (v1003 + v1004);
      const float v1006 = (a475 * v1005);
      const float v1007 = (a170 - v1006);
      const float v1092 = v782;
      const float v1093 = v786;
      const float v1094 = v795;
      const float v1128 = v994;
      const float v1129 = v998;
      const float v1130 = v1007;
      ((float *)(base + 136192))[idx] = v1092;
      ((float *)(base + 140288))[idx] = v1093;
      ((float *)(base + 25344))[idx] = v1094;
      ((float *)(base + 162432))[idx] = v1128;
      ((float *)(base + 166528))[idx] = v1129;
      ((float *)(base + 38464))[idx] = v1130;
  }
}

/* eval_k84_rowsum: gather f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k84_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc6 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v3 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      acc6 = acc6 + v3;
    }
      const float v6 = acc6;
      const float v8 = (v6 * 0.0625f);
    float acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v3 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v9 = (v3 - v8);
      const float v10 = (v9 * v9);
      acc11 = acc11 + v10;
    }
      const float v11 = acc11;
      const float v12 = (v11 * 0.0625f);
      const float v14 = (v12 + 1e-05f);
      const float v15 = (1.0f / sqrtf(v14));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a4 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a5 = ((float *)(base + 16448))[(idx % 16LL)];
      const float v3 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v9 = (v3 - v8);
      const float v16 = (v9 * v15);
      const float v17 = (v16 * a4);
      const float v18 = (v17 + a5);
      ((float *)(base + 176128))[idx] = v3;
      ((float *)(base + 177152))[idx] = v18;
    }
  }
}

/* eval_k85_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k85_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v23 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v24 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v25 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v23;
      ((float *)(base + 178176))[idx] = v24;
      ((float *)(base + 179200))[idx] = v25;
  }
}

/* eval_k86_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k86_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v27 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v29 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v31 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v27;
      ((float *)(base + 174080))[idx] = v29;
      ((float *)(base + 175104))[idx] = v31;
  }
}

/* eval_k87_positions: positions i32[4] */
void eval_k87_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a32 = ((int32_t *)(base + 180480))[0];
      const int32_t v33 = (a32 + (int32_t)col);
      ((int32_t *)(base + 177152))[idx] = v33;
  }
}

/* eval_k88_positions: positions i32[1] */
void eval_k88_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a32 = ((int32_t *)(base + 180480))[0];
      const int32_t v34 = (a32 + (int32_t)col);
      ((int32_t *)(base + 177216))[idx] = v34;
  }
}

/* eval_k89_exp: sub i32[4], cast f32[4], mul f32[4], exp f32[4] */
void eval_k89_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a33 = ((int32_t *)(base + 177152))[idx];
      const int32_t a34 = ((int32_t *)(base + 177216))[0];
      const int32_t v35 = (a33 - a34);
      const float v36 = v35;
      const float v38 = (v36 * (-2.30258509f));
      const float v39 = expf(v38);
      ((float *)(base + 177280))[idx] = v39;
  }
}

/* eval_k90_positions: positions i32[8] */
void eval_k90_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a32 = ((int32_t *)(base + 180480))[0];
      const int32_t v40 = (a32 + (int32_t)col);
      ((int32_t *)(base + 177152))[idx] = v40;
  }
}

/* eval_k91_cast: cast f32[8, 1] */
void eval_k91_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a41 = ((int32_t *)(base + 177152))[idx];
      const float v42 = a41;
      ((float *)(base + 177216))[idx] = v42;
  }
}

/* eval_k92_sin: mul f32[8, 4], cos f32[8, 4], sin f32[8, 4] */
void eval_k92_sin(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a42 = ((float *)(base + 177216))[(idx / 4LL)];
      const float a39 = ((float *)(base + 177280))[(idx % 4LL)];
      const float v43 = (a42 * a39);
      const float v44 = cosf(v43);
      const float v45 = sinf(v43);
      ((float *)(base + 180224))[idx] = v44;
      ((float *)(base + 180352))[idx] = v45;
  }
}

/* eval_k93_add: slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4] */
void eval_k93_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a45 = ((float *)(base + 180352))[(idx % 32LL)];
      const float a44 = ((float *)(base + 180224))[(idx % 32LL)];
      const float v46 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v47 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v48 = (v47 * a45);
      const float v49 = (v46 * a44);
      const float v50 = (v49 - v48);
      const float v51 = (v47 * a44);
      const float v52 = (v46 * a45);
      const float v53 = (v52 + v51);
      const float v55 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v56 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v57 = (v56 * a45);
      const float v58 = (v55 * a44);
      const float v59 = (v58 - v57);
      const float v60 = (v56 * a44);
      const float v61 = (v55 * a45);
      const float v62 = (v61 + v60);
      ((float *)(base + 177152))[idx] = v50;
      ((float *)(base + 177664))[idx] = v53;
      ((float *)(base + 178176))[idx] = v59;
      ((float *)(base + 178688))[idx] = v62;
  }
}

/* eval_k94_concat: concat f32[2, 2, 8, 8], concat f32[2, 2, 8, 8] */
void eval_k94_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v54 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 177152))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 177664))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v63 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 178176))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 178688))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 173056))[idx] = v54;
      ((float *)(base + 174080))[idx] = v63;
  }
}

/* eval_k95_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k95_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 174080); (void)K;
  const float *V = (const float *)(base + 175104); (void)V;
  const int32_t *P = (const int32_t *)(base + 180480); (void)P;
  float *out = (float *)(base + 177152); (void)out;
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

/* eval_k96_permute: permute f32[2, 8, 2, 8] */
void eval_k96_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v65 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v65;
  }
}

/* eval_k97_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k97_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 176128))[idx];
      const float a70 = ((float *)(base + 174080))[idx];
      const float v71 = (a3 + a70);
      acc74 = acc74 + v71;
    }
      const float v74 = acc74;
      const float v75 = (v74 * 0.0625f);
    float acc78 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 176128))[idx];
      const float a70 = ((float *)(base + 174080))[idx];
      const float v71 = (a3 + a70);
      const float v76 = (v71 - v75);
      const float v77 = (v76 * v76);
      acc78 = acc78 + v77;
    }
      const float v78 = acc78;
      const float v79 = (v78 * 0.0625f);
      const float v80 = (v79 + 1e-05f);
      const float v81 = (1.0f / sqrtf(v80));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 176128))[idx];
      const float a70 = ((float *)(base + 174080))[idx];
      const float a72 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a73 = ((float *)(base + 20928))[(idx % 16LL)];
      const float v71 = (a3 + a70);
      const float v76 = (v71 - v75);
      const float v82 = (v76 * v81);
      const float v83 = (v82 * a72);
      const float v84 = (v83 + a73);
      ((float *)(base + 177152))[idx] = v71;
      ((float *)(base + 178176))[idx] = v84;
    }
  }
}

/* eval_k98_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k98_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc97 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a71 = ((float *)(base + 177152))[idx];
      const float a93 = ((float *)(base + 178176))[idx];
      const float v94 = (a71 + a93);
      acc97 = acc97 + v94;
    }
      const float v97 = acc97;
      const float v98 = (v97 * 0.0625f);
    float acc101 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a71 = ((float *)(base + 177152))[idx];
      const float a93 = ((float *)(base + 178176))[idx];
      const float v94 = (a71 + a93);
      const float v99 = (v94 - v98);
      const float v100 = (v99 * v99);
      acc101 = acc101 + v100;
    }
      const float v101 = acc101;
      const float v102 = (v101 * 0.0625f);
      const float v103 = (v102 + 1e-05f);
      const float v104 = (1.0f / sqrtf(v103));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a71 = ((float *)(base + 177152))[idx];
      const float a93 = ((float *)(base + 178176))[idx];
      const float a95 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a96 = ((float *)(base + 29568))[(idx % 16LL)];
      const float v94 = (a71 + a93);
      const float v99 = (v94 - v98);
      const float v105 = (v99 * v104);
      const float v106 = (v105 * a95);
      const float v107 = (v106 + a96);
      ((float *)(base + 176128))[idx] = v94;
      ((float *)(base + 179200))[idx] = v107;
    }
  }
}

/* eval_k99_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k99_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v112 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v113 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v114 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v112;
      ((float *)(base + 178176))[idx] = v113;
      ((float *)(base + 179200))[idx] = v114;
  }
}

/* eval_k100_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k100_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v116 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v118 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v120 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v116;
      ((float *)(base + 174080))[idx] = v118;
      ((float *)(base + 175104))[idx] = v120;
  }
}

/* eval_k101_add: slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], slice f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], sub f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], mul f32[2, 2, 8, 4], add f32[2, 2, 8, 4] */
void eval_k101_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a45 = ((float *)(base + 180352))[(idx % 32LL)];
      const float a44 = ((float *)(base + 180224))[(idx % 32LL)];
      const float v121 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v122 = ((float *)(base + 173056))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v123 = (v122 * a45);
      const float v124 = (v121 * a44);
      const float v125 = (v124 - v123);
      const float v126 = (v122 * a44);
      const float v127 = (v121 * a45);
      const float v128 = (v127 + v126);
      const float v130 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v131 = ((float *)(base + 174080))[0 + ((idx / 64LL)) * 128LL + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v132 = (v131 * a45);
      const float v133 = (v130 * a44);
      const float v134 = (v133 - v132);
      const float v135 = (v131 * a44);
      const float v136 = (v130 * a45);
      const float v137 = (v136 + v135);
      ((float *)(base + 177152))[idx] = v125;
      ((float *)(base + 177664))[idx] = v128;
      ((float *)(base + 178176))[idx] = v134;
      ((float *)(base + 178688))[idx] = v137;
  }
}

/* eval_k102_concat: concat f32[2, 2, 8, 8], concat f32[2, 2, 8, 8] */
void eval_k102_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v129 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 177152))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 177664))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v138 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 178176))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 178688))[0 + ((idx / 128LL)) * 64LL + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 173056))[idx] = v129;
      ((float *)(base + 174080))[idx] = v138;
  }
}

/* eval_k103_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k103_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 174080); (void)K;
  const float *V = (const float *)(base + 175104); (void)V;
  const int32_t *P = (const int32_t *)(base + 180480); (void)P;
  float *out = (float *)(base + 177152); (void)out;
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

/* eval_k104_permute: permute f32[2, 8, 2, 8] */
void eval_k104_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v140 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v140;
  }
}

/* eval_k105_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k105_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc149 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a94 = ((float *)(base + 176128))[idx];
      const float a145 = ((float *)(base + 174080))[idx];
      const float v146 = (a94 + a145);
      acc149 = acc149 + v146;
    }
      const float v149 = acc149;
      const float v150 = (v149 * 0.0625f);
    float acc153 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a94 = ((float *)(base + 176128))[idx];
      const float a145 = ((float *)(base + 174080))[idx];
      const float v146 = (a94 + a145);
      const float v151 = (v146 - v150);
      const float v152 = (v151 * v151);
      acc153 = acc153 + v152;
    }
      const float v153 = acc153;
      const float v154 = (v153 * 0.0625f);
      const float v155 = (v154 + 1e-05f);
      const float v156 = (1.0f / sqrtf(v155));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a94 = ((float *)(base + 176128))[idx];
      const float a145 = ((float *)(base + 174080))[idx];
      const float a147 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a148 = ((float *)(base + 34048))[(idx % 16LL)];
      const float v146 = (a94 + a145);
      const float v151 = (v146 - v150);
      const float v157 = (v151 * v156);
      const float v158 = (v157 * a147);
      const float v159 = (v158 + a148);
      ((float *)(base + 177152))[idx] = v146;
      ((float *)(base + 178176))[idx] = v159;
    }
  }
}

/* eval_k106_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k106_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc172 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a146 = ((float *)(base + 177152))[idx];
      const float a168 = ((float *)(base + 178176))[idx];
      const float v169 = (a146 + a168);
      acc172 = acc172 + v169;
    }
      const float v172 = acc172;
      const float v173 = (v172 * 0.0625f);
    float acc176 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a146 = ((float *)(base + 177152))[idx];
      const float a168 = ((float *)(base + 178176))[idx];
      const float v169 = (a146 + a168);
      const float v174 = (v169 - v173);
      const float v175 = (v174 * v174);
      acc176 = acc176 + v175;
    }
      const float v176 = acc176;
      const float v177 = (v176 * 0.0625f);
      const float v178 = (v177 + 1e-05f);
      const float v179 = (1.0f / sqrtf(v178));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a146 = ((float *)(base + 177152))[idx];
      const float a168 = ((float *)(base + 178176))[idx];
      const float a170 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a171 = ((float *)(base + 42688))[(idx % 16LL)];
      const float v169 = (a146 + a168);
      const float v174 = (v169 - v173);
      const float v180 = (v174 * v179);
      const float v181 = (v180 * a170);
      const float v182 = (v181 + a171);
      ((float *)(base + 189440))[idx] = v182;
    }
  }
}

/* eval_k107_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1] */
void eval_k107_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc184 = -G23_INF;
    float acc193 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a190 = ((int32_t *)(base + 190464))[(idx / 256LL)];
      const float a183 = ((float *)(base + 173056))[idx];
      const float v191 = (float)(col == (int64_t)a190);
      const float v192 = (a183 * v191);
      acc184 = fmaxf(acc184, a183);
      acc193 = acc193 + v192;
    }
      const float v184 = acc184;
      const float v193 = acc193;
    float acc187 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a183 = ((float *)(base + 173056))[idx];
      const float v185 = (a183 - v184);
      const float v186 = expf(v185);
      acc187 = acc187 + v186;
    }
      const float v187 = acc187;
      const float v188 = logf(v187);
      const float v189 = (v188 + v184);
      const float v194 = (v189 - v193);
    {
      ((float *)(base + 189440))[r] = v194;
    }
  }
}

/* eval_k108_rowsum: sum f32[1], mul f32[1] */
void eval_k108_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc196 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a195 = ((float *)(base + 189440))[idx];
      acc196 = acc196 + a195;
    }
      const float v196 = acc196;
      const float v197 = (v196 * 0.0625f);
    {
      ((float *)(base + 173056))[r] = v197;
    }
  }
}

/* prefill_k109_rowsum: gather f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k109_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc5 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      acc5 = acc5 + v2;
    }
      const float v5 = acc5;
      const float v7 = (v5 * 0.0625f);
    float acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v8 = (v2 - v7);
      const float v9 = (v8 * v8);
      acc10 = acc10 + v9;
    }
      const float v10 = acc10;
      const float v11 = (v10 * 0.0625f);
      const float v13 = (v11 + 1e-05f);
      const float v14 = (1.0f / sqrtf(v13));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a4 = ((float *)(base + 16448))[(idx % 16LL)];
      const float v2 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v8 = (v2 - v7);
      const float v15 = (v8 * v14);
      const float v16 = (v15 * a3);
      const float v17 = (v16 + a4);
      ((float *)(base + 174592))[idx] = v2;
      ((float *)(base + 175104))[idx] = v17;
    }
  }
}

/* prefill_k110_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k110_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v22 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v23 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v24 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175104))[idx] = v22;
      ((float *)(base + 175616))[idx] = v23;
      ((float *)(base + 176128))[idx] = v24;
  }
}

/* prefill_k111_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k111_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v26 = ((float *)(base + 175104))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v28 = ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v30 = ((float *)(base + 176128))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v26;
      ((float *)(base + 173568))[idx] = v28;
      ((float *)(base + 174080))[idx] = v30;
  }
}

/* prefill_k112_positions: positions i32[4] */
void prefill_k112_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a31 = ((int32_t *)(base + 176896))[0];
      const int32_t v32 = (a31 + (int32_t)col);
      ((int32_t *)(base + 175104))[idx] = v32;
  }
}

/* prefill_k113_positions: positions i32[1] */
void prefill_k113_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a31 = ((int32_t *)(base + 176896))[0];
      const int32_t v33 = (a31 + (int32_t)col);
      ((int32_t *)(base + 175168))[idx] = v33;
  }
}

/* prefill_k114_exp: sub i32[4], cast f32[4], mul f32[4], exp f32[4] */
void prefill_k114_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a32 = ((int32_t *)(base + 175104))[idx];
      const int32_t a33 = ((int32_t *)(base + 175168))[0];
      const int32_t v34 = (a32 - a33);
      const float v35 = v34;
      const float v37 = (v35 * (-2.30258509f));
      const float v38 = expf(v37);
      ((float *)(base + 175232))[idx] = v38;
  }
}

/* prefill_k115_positions: positions i32[8] */
void prefill_k115_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a31 = ((int32_t *)(base + 176896))[0];
      const int32_t v39 = (a31 + (int32_t)col);
      ((int32_t *)(base + 175104))[idx] = v39;
  }
}

/* prefill_k116_cast: cast f32[8, 1] */
void prefill_k116_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a40 = ((int32_t *)(base + 175104))[idx];
      const float v41 = a40;
      ((float *)(base + 175168))[idx] = v41;
  }
}

/* prefill_k117_sin: mul f32[8, 4], cos f32[8, 4], sin f32[8, 4] */
void prefill_k117_sin(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a41 = ((float *)(base + 175168))[(idx / 4LL)];
      const float a38 = ((float *)(base + 175232))[(idx % 4LL)];
      const float v42 = (a41 * a38);
      const float v43 = cosf(v42);
      const float v44 = sinf(v42);
      ((float *)(base + 176640))[idx] = v43;
      ((float *)(base + 176768))[idx] = v44;
  }
}

/* prefill_k118_add: slice f32[1, 2, 8, 4], slice f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], sub f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], add f32[1, 2, 8, 4], slice f32[1, 2, 8, 4], slice f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], sub f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], add f32[1, 2, 8, 4] */
void prefill_k118_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a44 = ((float *)(base + 176768))[(idx % 32LL)];
      const float a43 = ((float *)(base + 176640))[(idx % 32LL)];
      const float v45 = ((float *)(base + 173056))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v46 = ((float *)(base + 173056))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v47 = (v46 * a44);
      const float v48 = (v45 * a43);
      const float v49 = (v48 - v47);
      const float v50 = (v46 * a43);
      const float v51 = (v45 * a44);
      const float v52 = (v51 + v50);
      const float v54 = ((float *)(base + 173568))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v55 = ((float *)(base + 173568))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v56 = (v55 * a44);
      const float v57 = (v54 * a43);
      const float v58 = (v57 - v56);
      const float v59 = (v55 * a43);
      const float v60 = (v54 * a44);
      const float v61 = (v60 + v59);
      ((float *)(base + 175104))[idx] = v49;
      ((float *)(base + 175360))[idx] = v52;
      ((float *)(base + 175616))[idx] = v58;
      ((float *)(base + 175872))[idx] = v61;
  }
}

/* prefill_k119_concat: concat f32[1, 2, 8, 8], concat f32[1, 2, 8, 8] */
void prefill_k119_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v53 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 175104))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 175360))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v62 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 175872))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 173056))[idx] = v53;
      ((float *)(base + 173568))[idx] = v62;
  }
}

/* prefill_k120_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k120_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176896))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171008))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173568))[idx];
  }
}

/* prefill_k121_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k121_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176896))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171520))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174080))[idx];
  }
}

/* prefill_k122_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k122_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 171008); (void)K;
  const float *V = (const float *)(base + 171520); (void)V;
  const int32_t *P = (const int32_t *)(base + 176896); (void)P;
  float *out = (float *)(base + 173568); (void)out;
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

/* prefill_k123_permute: permute f32[1, 8, 2, 8] */
void prefill_k123_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v68 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v68;
  }
}

/* prefill_k124_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k124_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 174592))[idx];
      const float a73 = ((float *)(base + 173568))[idx];
      const float v74 = (a2 + a73);
      acc77 = acc77 + v74;
    }
      const float v77 = acc77;
      const float v78 = (v77 * 0.0625f);
    float acc81 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 174592))[idx];
      const float a73 = ((float *)(base + 173568))[idx];
      const float v74 = (a2 + a73);
      const float v79 = (v74 - v78);
      const float v80 = (v79 * v79);
      acc81 = acc81 + v80;
    }
      const float v81 = acc81;
      const float v82 = (v81 * 0.0625f);
      const float v83 = (v82 + 1e-05f);
      const float v84 = (1.0f / sqrtf(v83));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 174592))[idx];
      const float a73 = ((float *)(base + 173568))[idx];
      const float a75 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a76 = ((float *)(base + 20928))[(idx % 16LL)];
      const float v74 = (a2 + a73);
      const float v79 = (v74 - v78);
      const float v85 = (v79 * v84);
      const float v86 = (v85 * a75);
      const float v87 = (v86 + a76);
      ((float *)(base + 175104))[idx] = v74;
      ((float *)(base + 175616))[idx] = v87;
    }
  }
}

/* prefill_k125_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k125_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc100 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a74 = ((float *)(base + 175104))[idx];
      const float a96 = ((float *)(base + 175616))[idx];
      const float v97 = (a74 + a96);
      acc100 = acc100 + v97;
    }
      const float v100 = acc100;
      const float v101 = (v100 * 0.0625f);
    float acc104 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a74 = ((float *)(base + 175104))[idx];
      const float a96 = ((float *)(base + 175616))[idx];
      const float v97 = (a74 + a96);
      const float v102 = (v97 - v101);
      const float v103 = (v102 * v102);
      acc104 = acc104 + v103;
    }
      const float v104 = acc104;
      const float v105 = (v104 * 0.0625f);
      const float v106 = (v105 + 1e-05f);
      const float v107 = (1.0f / sqrtf(v106));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a74 = ((float *)(base + 175104))[idx];
      const float a96 = ((float *)(base + 175616))[idx];
      const float a98 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a99 = ((float *)(base + 29568))[(idx % 16LL)];
      const float v97 = (a74 + a96);
      const float v102 = (v97 - v101);
      const float v108 = (v102 * v107);
      const float v109 = (v108 * a98);
      const float v110 = (v109 + a99);
      ((float *)(base + 174592))[idx] = v97;
      ((float *)(base + 176128))[idx] = v110;
    }
  }
}

/* prefill_k126_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k126_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v115 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v116 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v117 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175104))[idx] = v115;
      ((float *)(base + 175616))[idx] = v116;
      ((float *)(base + 176128))[idx] = v117;
  }
}

/* prefill_k127_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k127_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v119 = ((float *)(base + 175104))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v121 = ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v123 = ((float *)(base + 176128))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v119;
      ((float *)(base + 173568))[idx] = v121;
      ((float *)(base + 174080))[idx] = v123;
  }
}

/* prefill_k128_add: slice f32[1, 2, 8, 4], slice f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], sub f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], add f32[1, 2, 8, 4], slice f32[1, 2, 8, 4], slice f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], sub f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], mul f32[1, 2, 8, 4], add f32[1, 2, 8, 4] */
void prefill_k128_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a44 = ((float *)(base + 176768))[(idx % 32LL)];
      const float a43 = ((float *)(base + 176640))[(idx % 32LL)];
      const float v124 = ((float *)(base + 173056))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v125 = ((float *)(base + 173056))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v126 = (v125 * a44);
      const float v127 = (v124 * a43);
      const float v128 = (v127 - v126);
      const float v129 = (v125 * a43);
      const float v130 = (v124 * a44);
      const float v131 = (v130 + v129);
      const float v133 = ((float *)(base + 173568))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v134 = ((float *)(base + 173568))[0 + ((idx / 32LL % 2LL)) * 64LL + ((idx / 4LL % 8LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v135 = (v134 * a44);
      const float v136 = (v133 * a43);
      const float v137 = (v136 - v135);
      const float v138 = (v134 * a43);
      const float v139 = (v133 * a44);
      const float v140 = (v139 + v138);
      ((float *)(base + 175104))[idx] = v128;
      ((float *)(base + 175360))[idx] = v131;
      ((float *)(base + 175616))[idx] = v137;
      ((float *)(base + 175872))[idx] = v140;
  }
}

/* prefill_k129_concat: concat f32[1, 2, 8, 8], concat f32[1, 2, 8, 8] */
void prefill_k129_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v132 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 175104))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 175360))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v141 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 175872))[0 + ((idx / 64LL % 2LL)) * 32LL + ((idx / 8LL % 8LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 173056))[idx] = v132;
      ((float *)(base + 173568))[idx] = v141;
  }
}

/* prefill_k130_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k130_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176896))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172032))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173568))[idx];
  }
}

/* prefill_k131_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k131_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176896))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172544))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174080))[idx];
  }
}

/* prefill_k132_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k132_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 172032); (void)K;
  const float *V = (const float *)(base + 172544); (void)V;
  const int32_t *P = (const int32_t *)(base + 176896); (void)P;
  float *out = (float *)(base + 173568); (void)out;
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

/* prefill_k133_permute: permute f32[1, 8, 2, 8] */
void prefill_k133_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v147 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v147;
  }
}

/* prefill_k134_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k134_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc156 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a97 = ((float *)(base + 174592))[idx];
      const float a152 = ((float *)(base + 173568))[idx];
      const float v153 = (a97 + a152);
      acc156 = acc156 + v153;
    }
      const float v156 = acc156;
      const float v157 = (v156 * 0.0625f);
    float acc160 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a97 = ((float *)(base + 174592))[idx];
      const float a152 = ((float *)(base + 173568))[idx];
      const float v153 = (a97 + a152);
      const float v158 = (v153 - v157);
      const float v159 = (v158 * v158);
      acc160 = acc160 + v159;
    }
      const float v160 = acc160;
      const float v161 = (v160 * 0.0625f);
      const float v162 = (v161 + 1e-05f);
      const float v163 = (1.0f / sqrtf(v162));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a97 = ((float *)(base + 174592))[idx];
      const float a152 = ((float *)(base + 173568))[idx];
      const float a154 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a155 = ((float *)(base + 34048))[(idx % 16LL)];
      const float v153 = (a97 + a152);
      const float v158 = (v153 - v157);
      const float v164 = (v158 * v163);
      const float v165 = (v164 * a154);
      const float v166 = (v165 + a155);
      ((float *)(base + 175104))[idx] = v153;
      ((float *)(base + 175616))[idx] = v166;
    }
  }
}

/* prefill_k135_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k135_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc179 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a153 = ((float *)(base + 175104))[idx];
      const float a175 = ((float *)(base + 175616))[idx];
      const float v176 = (a153 + a175);
      acc179 = acc179 + v176;
    }
      const float v179 = acc179;
      const float v180 = (v179 * 0.0625f);
    float acc183 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a153 = ((float *)(base + 175104))[idx];
      const float a175 = ((float *)(base + 175616))[idx];
      const float v176 = (a153 + a175);
      const float v181 = (v176 - v180);
      const float v182 = (v181 * v181);
      acc183 = acc183 + v182;
    }
      const float v183 = acc183;
      const float v184 = (v183 * 0.0625f);
      const float v185 = (v184 + 1e-05f);
      const float v186 = (1.0f / sqrtf(v185));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a153 = ((float *)(base + 175104))[idx];
      const float a175 = ((float *)(base + 175616))[idx];
      const float a177 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a178 = ((float *)(base + 42688))[(idx % 16LL)];
      const float v176 = (a153 + a175);
      const float v181 = (v176 - v180);
      const float v187 = (v181 * v186);
      const float v188 = (v187 * a177);
      const float v189 = (v188 + a178);
      ((float *)(base + 181248))[idx] = v189;
    }
  }
}

/* decode_k136_rowsum: gather f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k136_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc5 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      acc5 = acc5 + v2;
    }
      const float v5 = acc5;
      const float v7 = (v5 * 0.0625f);
    float acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float v2 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v8 = (v2 - v7);
      const float v9 = (v8 * v8);
      acc10 = acc10 + v9;
    }
      const float v10 = acc10;
      const float v11 = (v10 * 0.0625f);
      const float v13 = (v11 + 1e-05f);
      const float v14 = (1.0f / sqrtf(v13));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 16384))[idx];
      const float a4 = ((float *)(base + 16448))[idx];
      const float v2 = ((uint32_t)((int32_t *)(base + 173056))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 173056))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      const float v8 = (v2 - v7);
      const float v15 = (v8 * v14);
      const float v16 = (v15 * a3);
      const float v17 = (v16 + a4);
      ((float *)(base + 173248))[idx] = v2;
      ((float *)(base + 173312))[idx] = v17;
    }
  }
}

/* decode_k137_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k137_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v22 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v23 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v24 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 173312))[idx] = v22;
      ((float *)(base + 173440))[idx] = v23;
      ((float *)(base + 173504))[idx] = v24;
  }
}

/* decode_k138_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k138_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v26 = ((float *)(base + 173312))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v28 = ((float *)(base + 173440))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v30 = ((float *)(base + 173504))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v26;
      ((float *)(base + 173120))[idx] = v28;
      ((float *)(base + 173184))[idx] = v30;
  }
}

/* decode_k139_positions: positions i32[4] */
void decode_k139_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a31 = ((int32_t *)(base + 173376))[0];
      const int32_t v32 = (a31 + (int32_t)col);
      ((int32_t *)(base + 173312))[idx] = v32;
  }
}

/* decode_k140_positions: positions i32[1] */
void decode_k140_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a31 = ((int32_t *)(base + 173376))[0];
      const int32_t v33 = (a31 + (int32_t)col);
      ((int32_t *)(base + 173440))[idx] = v33;
  }
}

/* decode_k141_exp: sub i32[4], cast f32[4], mul f32[4], exp f32[4] */
void decode_k141_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const int32_t a32 = ((int32_t *)(base + 173312))[idx];
      const int32_t a33 = ((int32_t *)(base + 173440))[0];
      const int32_t v34 = (a32 - a33);
      const float v35 = v34;
      const float v37 = (v35 * (-2.30258509f));
      const float v38 = expf(v37);
      ((float *)(base + 173504))[idx] = v38;
  }
}

/* decode_k142_cast: cast f32[1, 1] */
void decode_k142_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a39 = ((int32_t *)(base + 173440))[0];
      const float v40 = a39;
      ((float *)(base + 173312))[idx] = v40;
  }
}

/* decode_k143_sin: mul f32[1, 4], cos f32[1, 4], sin f32[1, 4] */
void decode_k143_sin(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a40 = ((float *)(base + 173312))[0];
      const float a38 = ((float *)(base + 173504))[idx];
      const float v41 = (a40 * a38);
      const float v42 = cosf(v41);
      const float v43 = sinf(v41);
      ((float *)(base + 173440))[idx] = v42;
      ((float *)(base + 173568))[idx] = v43;
  }
}

/* decode_k144_add: slice f32[1, 2, 1, 4], slice f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], sub f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], add f32[1, 2, 1, 4], slice f32[1, 2, 1, 4], slice f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], sub f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], add f32[1, 2, 1, 4] */
void decode_k144_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a43 = ((float *)(base + 173568))[(idx % 4LL)];
      const float a42 = ((float *)(base + 173440))[(idx % 4LL)];
      const float v44 = ((float *)(base + 173056))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v45 = ((float *)(base + 173056))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v46 = (v45 * a43);
      const float v47 = (v44 * a42);
      const float v48 = (v47 - v46);
      const float v49 = (v45 * a42);
      const float v50 = (v44 * a43);
      const float v51 = (v50 + v49);
      const float v53 = ((float *)(base + 173120))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v54 = ((float *)(base + 173120))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v55 = (v54 * a43);
      const float v56 = (v53 * a42);
      const float v57 = (v56 - v55);
      const float v58 = (v54 * a42);
      const float v59 = (v53 * a43);
      const float v60 = (v59 + v58);
      ((float *)(base + 173312))[idx] = v48;
      ((float *)(base + 173504))[idx] = v51;
      ((float *)(base + 173632))[idx] = v57;
      ((float *)(base + 173696))[idx] = v60;
  }
}

/* decode_k145_concat: concat f32[1, 2, 1, 8], concat f32[1, 2, 1, 8] */
void decode_k145_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v52 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 173312))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 173504))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v61 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 173632))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 173696))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 173056))[idx] = v52;
      ((float *)(base + 173120))[idx] = v61;
  }
}

/* decode_k146_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k146_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173376))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171008))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173120))[idx];
  }
}

/* decode_k147_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k147_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173376))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171520))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173184))[idx];
  }
}

/* decode_k148_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k148_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 171008); (void)K;
  const float *V = (const float *)(base + 171520); (void)V;
  const int32_t *P = (const int32_t *)(base + 173376); (void)P;
  float *out = (float *)(base + 173120); (void)out;
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

/* decode_k149_permute: permute f32[1, 1, 2, 8] */
void decode_k149_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v67 = ((float *)(base + 173120))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v67;
  }
}

/* decode_k150_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k150_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc76 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173248))[idx];
      const float a72 = ((float *)(base + 173120))[idx];
      const float v73 = (a2 + a72);
      acc76 = acc76 + v73;
    }
      const float v76 = acc76;
      const float v77 = (v76 * 0.0625f);
    float acc80 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173248))[idx];
      const float a72 = ((float *)(base + 173120))[idx];
      const float v73 = (a2 + a72);
      const float v78 = (v73 - v77);
      const float v79 = (v78 * v78);
      acc80 = acc80 + v79;
    }
      const float v80 = acc80;
      const float v81 = (v80 * 0.0625f);
      const float v82 = (v81 + 1e-05f);
      const float v83 = (1.0f / sqrtf(v82));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173248))[idx];
      const float a72 = ((float *)(base + 173120))[idx];
      const float a74 = ((float *)(base + 20864))[idx];
      const float a75 = ((float *)(base + 20928))[idx];
      const float v73 = (a2 + a72);
      const float v78 = (v73 - v77);
      const float v84 = (v78 * v83);
      const float v85 = (v84 * a74);
      const float v86 = (v85 + a75);
      ((float *)(base + 173312))[idx] = v73;
      ((float *)(base + 173504))[idx] = v86;
    }
  }
}

/* decode_k151_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k151_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc99 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a73 = ((float *)(base + 173312))[idx];
      const float a95 = ((float *)(base + 173504))[idx];
      const float v96 = (a73 + a95);
      acc99 = acc99 + v96;
    }
      const float v99 = acc99;
      const float v100 = (v99 * 0.0625f);
    float acc103 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a73 = ((float *)(base + 173312))[idx];
      const float a95 = ((float *)(base + 173504))[idx];
      const float v96 = (a73 + a95);
      const float v101 = (v96 - v100);
      const float v102 = (v101 * v101);
      acc103 = acc103 + v102;
    }
      const float v103 = acc103;
      const float v104 = (v103 * 0.0625f);
      const float v105 = (v104 + 1e-05f);
      const float v106 = (1.0f / sqrtf(v105));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a73 = ((float *)(base + 173312))[idx];
      const float a95 = ((float *)(base + 173504))[idx];
      const float a97 = ((float *)(base + 29504))[idx];
      const float a98 = ((float *)(base + 29568))[idx];
      const float v96 = (a73 + a95);
      const float v101 = (v96 - v100);
      const float v107 = (v101 * v106);
      const float v108 = (v107 * a97);
      const float v109 = (v108 + a98);
      ((float *)(base + 173248))[idx] = v96;
      ((float *)(base + 173632))[idx] = v109;
    }
  }
}

/* decode_k152_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k152_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v114 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v115 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v116 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 173312))[idx] = v114;
      ((float *)(base + 173504))[idx] = v115;
      ((float *)(base + 173632))[idx] = v116;
  }
}

/* decode_k153_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k153_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v118 = ((float *)(base + 173312))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v120 = ((float *)(base + 173504))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v122 = ((float *)(base + 173632))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v118;
      ((float *)(base + 173120))[idx] = v120;
      ((float *)(base + 173184))[idx] = v122;
  }
}

/* decode_k154_add: slice f32[1, 2, 1, 4], slice f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], sub f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], add f32[1, 2, 1, 4], slice f32[1, 2, 1, 4], slice f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], sub f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], mul f32[1, 2, 1, 4], add f32[1, 2, 1, 4] */
void decode_k154_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 4LL; (void)col;
      const float a43 = ((float *)(base + 173568))[(idx % 4LL)];
      const float a42 = ((float *)(base + 173440))[(idx % 4LL)];
      const float v123 = ((float *)(base + 173056))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v124 = ((float *)(base + 173056))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v125 = (v124 * a43);
      const float v126 = (v123 * a42);
      const float v127 = (v126 - v125);
      const float v128 = (v124 * a42);
      const float v129 = (v123 * a43);
      const float v130 = (v129 + v128);
      const float v132 = ((float *)(base + 173120))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL)) * 1LL];
      const float v133 = ((float *)(base + 173120))[0 + ((idx / 4LL % 2LL)) * 8LL + ((idx / 1LL % 4LL) + 4LL) * 1LL];
      const float v134 = (v133 * a43);
      const float v135 = (v132 * a42);
      const float v136 = (v135 - v134);
      const float v137 = (v133 * a42);
      const float v138 = (v132 * a43);
      const float v139 = (v138 + v137);
      ((float *)(base + 173312))[idx] = v127;
      ((float *)(base + 173504))[idx] = v130;
      ((float *)(base + 173632))[idx] = v136;
      ((float *)(base + 173696))[idx] = v139;
  }
}

/* decode_k155_concat: concat f32[1, 2, 1, 8], concat f32[1, 2, 1, 8] */
void decode_k155_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v131 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 173312))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 173504))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      const float v140 = ((idx / 1LL % 8LL) < 4LL ? ((float *)(base + 173632))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL)) * 1LL] : ((float *)(base + 173696))[0 + ((idx / 8LL % 2LL)) * 4LL + ((idx / 1LL % 8LL) + -4LL) * 1LL]);
      ((float *)(base + 173056))[idx] = v131;
      ((float *)(base + 173120))[idx] = v140;
  }
}

/* decode_k156_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k156_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173376))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172032))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173120))[idx];
  }
}

/* decode_k157_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k157_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 173376))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172544))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173184))[idx];
  }
}

/* decode_k158_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k158_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 172032); (void)K;
  const float *V = (const float *)(base + 172544); (void)V;
  const int32_t *P = (const int32_t *)(base + 173376); (void)P;
  float *out = (float *)(base + 173120); (void)out;
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

/* decode_k159_permute: permute f32[1, 1, 2, 8] */
void decode_k159_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v146 = ((float *)(base + 173120))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v146;
  }
}

/* decode_k160_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k160_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc155 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a96 = ((float *)(base + 173248))[idx];
      const float a151 = ((float *)(base + 173120))[idx];
      const float v152 = (a96 + a151);
      acc155 = acc155 + v152;
    }
      const float v155 = acc155;
      const float v156 = (v155 * 0.0625f);
    float acc159 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a96 = ((float *)(base + 173248))[idx];
      const float a151 = ((float *)(base + 173120))[idx];
      const float v152 = (a96 + a151);
      const float v157 = (v152 - v156);
      const float v158 = (v157 * v157);
      acc159 = acc159 + v158;
    }
      const float v159 = acc159;
      const float v160 = (v159 * 0.0625f);
      const float v161 = (v160 + 1e-05f);
      const float v162 = (1.0f / sqrtf(v161));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a96 = ((float *)(base + 173248))[idx];
      const float a151 = ((float *)(base + 173120))[idx];
      const float a153 = ((float *)(base + 33984))[idx];
      const float a154 = ((float *)(base + 34048))[idx];
      const float v152 = (a96 + a151);
      const float v157 = (v152 - v156);
      const float v163 = (v157 * v162);
      const float v164 = (v163 * a153);
      const float v165 = (v164 + a154);
      ((float *)(base + 173312))[idx] = v152;
      ((float *)(base + 173376))[idx] = v165;
    }
  }
}

/* decode_k161_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k161_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    float acc178 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a152 = ((float *)(base + 173312))[idx];
      const float a174 = ((float *)(base + 173376))[idx];
      const float v175 = (a152 + a174);
      acc178 = acc178 + v175;
    }
      const float v178 = acc178;
      const float v179 = (v178 * 0.0625f);
    float acc182 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a152 = ((float *)(base + 173312))[idx];
      const float a174 = ((float *)(base + 173376))[idx];
      const float v175 = (a152 + a174);
      const float v180 = (v175 - v179);
      const float v181 = (v180 * v180);
      acc182 = acc182 + v181;
    }
      const float v182 = acc182;
      const float v183 = (v182 * 0.0625f);
      const float v184 = (v183 + 1e-05f);
      const float v185 = (1.0f / sqrtf(v184));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a152 = ((float *)(base + 173312))[idx];
      const float a174 = ((float *)(base + 173376))[idx];
      const float a176 = ((float *)(base + 42624))[idx];
      const float a177 = ((float *)(base + 42688))[idx];
      const float v175 = (a152 + a174);
      const float v180 = (v175 - v179);
      const float v186 = (v180 * v185);
      const float v187 = (v186 * a176);
      const float v188 = (v187 + a177);
      ((float *)(base + 174080))[idx] = v188;
    }
  }
}

