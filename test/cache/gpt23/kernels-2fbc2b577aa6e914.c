/* gpt23 kernels for sinusoidal.net, C dialect (generated; do not edit). */
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
      const float v3 = ((uint32_t)((int32_t *)(base + 248832))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 248832))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 173056))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[8] */
void train_k1_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 248960))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 174080))[idx] = v5;
  }
}

/* train_k2_cast: cast f32[8, 1] */
void train_k2_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a6 = ((int32_t *)(base + 174080))[idx];
      const float v7 = a6;
      ((float *)(base + 174144))[idx] = v7;
  }
}

/* train_k3_positions: positions i32[1] */
void train_k3_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 248960))[0];
      const int32_t v8 = (a4 + (int32_t)col);
      ((int32_t *)(base + 174208))[idx] = v8;
  }
}

/* train_k4_exp: sub i32[8], cast f32[8], mul f32[8], exp f32[8] */
void train_k4_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 174080))[idx];
      const int32_t a8 = ((int32_t *)(base + 174208))[0];
      const int32_t v9 = (a5 - a8);
      const float v10 = v9;
      const float v12 = (v10 * (-1.15129255f));
      const float v13 = expf(v12);
      ((float *)(base + 174272))[idx] = v13;
  }
}

/* train_k5_cos: mul f32[8, 8], sin f32[8, 8], cos f32[8, 8] */
void train_k5_cos(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float a7 = ((float *)(base + 174144))[(idx / 8LL)];
      const float a13 = ((float *)(base + 174272))[(idx % 8LL)];
      const float v14 = (a7 * a13);
      const float v15 = sinf(v14);
      const float v16 = cosf(v14);
      ((float *)(base + 174592))[idx] = v15;
      ((float *)(base + 174848))[idx] = v16;
  }
}

/* train_k6_concat: concat f32[8, 16] */
void train_k6_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v17 = ((idx / 1LL % 16LL) < 8LL ? ((float *)(base + 174592))[0 + ((idx / 16LL)) * 8LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 174848))[0 + ((idx / 16LL)) * 8LL + ((idx / 1LL % 16LL) + -8LL) * 1LL]);
      ((float *)(base + 174080))[idx] = v17;
  }
}

/* train_k7_rowsum: add f32[2, 8, 16], dropout f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k7_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc23 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 173056))[idx];
      const float a17 = ((float *)(base + 174080))[(idx % 128LL)];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float v18 = (a3 + a17);
      const float v20 = g23_dropout(v18, a19, 0LL, idx, 0.1f);
      acc23 = acc23 + v20;
    }
      const float v23 = (float)acc23;
      const float v25 = (v23 * 0.0625f);
    double acc28 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 173056))[idx];
      const float a17 = ((float *)(base + 174080))[(idx % 128LL)];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float v18 = (a3 + a17);
      const float v20 = g23_dropout(v18, a19, 0LL, idx, 0.1f);
      const float v26 = (v20 - v25);
      const float v27 = (v26 * v26);
      acc28 = acc28 + v27;
    }
      const float v28 = (float)acc28;
      const float v29 = (v28 * 0.0625f);
      const float v31 = (v29 + 1e-05f);
      const float v32 = (1.0f / sqrtf(v31));
      const float v374 = (v32 * v32);
      const float v375 = (v374 * v32);
      const float v376 = (v375 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 173056))[idx];
      const float a17 = ((float *)(base + 174080))[(idx % 128LL)];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a21 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a22 = ((float *)(base + 16448))[(idx % 16LL)];
      const float v18 = (a3 + a17);
      const float v20 = g23_dropout(v18, a19, 0LL, idx, 0.1f);
      const float v26 = (v20 - v25);
      const float v33 = (v26 * v32);
      const float v34 = (v33 * a21);
      const float v35 = (v34 + a22);
      ((float *)(base + 176128))[idx] = v20;
      ((float *)(base + 222208))[idx] = v26;
      ((float *)(base + 223232))[idx] = v33;
      ((float *)(base + 224256))[idx] = v35;
    }
    {
      ((float *)(base + 249408))[r] = v32;
      ((float *)(base + 249472))[r] = v376;
    }
  }
}

/* train_k8_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k8_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v40 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v41 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v42 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v40;
      ((float *)(base + 178176))[idx] = v41;
      ((float *)(base + 179200))[idx] = v42;
  }
}

/* train_k9_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k9_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v44 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v46 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v48 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 225280))[idx] = v44;
      ((float *)(base + 226304))[idx] = v46;
      ((float *)(base + 227328))[idx] = v48;
  }
}

/* train_k10_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k10_attention(char *base) {
  const float *Q = (const float *)(base + 225280); (void)Q;
  const float *K = (const float *)(base + 226304); (void)K;
  const float *V = (const float *)(base + 227328); (void)V;
  const int32_t *P = (const int32_t *)(base + 248960); (void)P;
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

/* train_k11_permute: permute f32[2, 8, 2, 8] */
void train_k11_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v50 = ((float *)(base + 228352))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 229376))[idx] = v50;
  }
}

/* train_k12_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k12_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc60 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a55 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a20 = ((float *)(base + 176128))[idx];
      const float v56 = g23_dropout(a55, a19, 1LL, idx, 0.1f);
      const float v57 = (a20 + v56);
      acc60 = acc60 + v57;
    }
      const float v60 = (float)acc60;
      const float v61 = (v60 * 0.0625f);
    double acc64 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a55 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a20 = ((float *)(base + 176128))[idx];
      const float v56 = g23_dropout(a55, a19, 1LL, idx, 0.1f);
      const float v57 = (a20 + v56);
      const float v62 = (v57 - v61);
      const float v63 = (v62 * v62);
      acc64 = acc64 + v63;
    }
      const float v64 = (float)acc64;
      const float v65 = (v64 * 0.0625f);
      const float v66 = (v65 + 1e-05f);
      const float v67 = (1.0f / sqrtf(v66));
      const float v321 = (v67 * v67);
      const float v322 = (v321 * v67);
      const float v323 = (v322 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a55 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a20 = ((float *)(base + 176128))[idx];
      const float a58 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a59 = ((float *)(base + 20928))[(idx % 16LL)];
      const float v56 = g23_dropout(a55, a19, 1LL, idx, 0.1f);
      const float v57 = (a20 + v56);
      const float v62 = (v57 - v61);
      const float v68 = (v62 * v67);
      const float v69 = (v68 * a58);
      const float v70 = (v69 + a59);
      ((float *)(base + 174080))[idx] = v57;
      ((float *)(base + 230400))[idx] = v62;
      ((float *)(base + 231424))[idx] = v68;
      ((float *)(base + 232448))[idx] = v70;
    }
    {
      ((float *)(base + 249536))[r] = v67;
      ((float *)(base + 249600))[r] = v323;
    }
  }
}

/* train_k13_gelu: gelu f32[2, 8, 64] */
void train_k13_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a74 = ((float *)(base + 205824))[idx];
      const float v75 = g23_gelu(a74);
      ((float *)(base + 209920))[idx] = v75;
  }
}

/* train_k14_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k14_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc84 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a79 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a57 = ((float *)(base + 174080))[idx];
      const float v80 = g23_dropout(a79, a19, 2LL, idx, 0.1f);
      const float v81 = (a57 + v80);
      acc84 = acc84 + v81;
    }
      const float v84 = (float)acc84;
      const float v85 = (v84 * 0.0625f);
    double acc88 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a79 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a57 = ((float *)(base + 174080))[idx];
      const float v80 = g23_dropout(a79, a19, 2LL, idx, 0.1f);
      const float v81 = (a57 + v80);
      const float v86 = (v81 - v85);
      const float v87 = (v86 * v86);
      acc88 = acc88 + v87;
    }
      const float v88 = (float)acc88;
      const float v89 = (v88 * 0.0625f);
      const float v90 = (v89 + 1e-05f);
      const float v91 = (1.0f / sqrtf(v90));
      const float v286 = (v91 * v91);
      const float v287 = (v286 * v91);
      const float v288 = (v287 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a79 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a57 = ((float *)(base + 174080))[idx];
      const float a82 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a83 = ((float *)(base + 29568))[(idx % 16LL)];
      const float v80 = g23_dropout(a79, a19, 2LL, idx, 0.1f);
      const float v81 = (a57 + v80);
      const float v86 = (v81 - v85);
      const float v92 = (v86 * v91);
      const float v93 = (v92 * a82);
      const float v94 = (v93 + a83);
      ((float *)(base + 176128))[idx] = v81;
      ((float *)(base + 233472))[idx] = v86;
      ((float *)(base + 234496))[idx] = v92;
      ((float *)(base + 235520))[idx] = v94;
    }
    {
      ((float *)(base + 249664))[r] = v91;
      ((float *)(base + 249728))[r] = v288;
    }
  }
}

/* train_k15_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k15_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v99 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v100 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v101 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v99;
      ((float *)(base + 178176))[idx] = v100;
      ((float *)(base + 179200))[idx] = v101;
  }
}

/* train_k16_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k16_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v103 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v105 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v107 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 236544))[idx] = v103;
      ((float *)(base + 237568))[idx] = v105;
      ((float *)(base + 238592))[idx] = v107;
  }
}

/* train_k17_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k17_attention(char *base) {
  const float *Q = (const float *)(base + 236544); (void)Q;
  const float *K = (const float *)(base + 237568); (void)K;
  const float *V = (const float *)(base + 238592); (void)V;
  const int32_t *P = (const int32_t *)(base + 248960); (void)P;
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

/* train_k18_permute: permute f32[2, 8, 2, 8] */
void train_k18_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v109 = ((float *)(base + 239616))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 240640))[idx] = v109;
  }
}

/* train_k19_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k19_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc119 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a114 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a81 = ((float *)(base + 176128))[idx];
      const float v115 = g23_dropout(a114, a19, 3LL, idx, 0.1f);
      const float v116 = (a81 + v115);
      acc119 = acc119 + v116;
    }
      const float v119 = (float)acc119;
      const float v120 = (v119 * 0.0625f);
    double acc123 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a114 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a81 = ((float *)(base + 176128))[idx];
      const float v115 = g23_dropout(a114, a19, 3LL, idx, 0.1f);
      const float v116 = (a81 + v115);
      const float v121 = (v116 - v120);
      const float v122 = (v121 * v121);
      acc123 = acc123 + v122;
    }
      const float v123 = (float)acc123;
      const float v124 = (v123 * 0.0625f);
      const float v125 = (v124 + 1e-05f);
      const float v126 = (1.0f / sqrtf(v125));
      const float v233 = (v126 * v126);
      const float v234 = (v233 * v126);
      const float v235 = (v234 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a114 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a81 = ((float *)(base + 176128))[idx];
      const float a117 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a118 = ((float *)(base + 34048))[(idx % 16LL)];
      const float v115 = g23_dropout(a114, a19, 3LL, idx, 0.1f);
      const float v116 = (a81 + v115);
      const float v121 = (v116 - v120);
      const float v127 = (v121 * v126);
      const float v128 = (v127 * a117);
      const float v129 = (v128 + a118);
      ((float *)(base + 174080))[idx] = v116;
      ((float *)(base + 241664))[idx] = v121;
      ((float *)(base + 242688))[idx] = v127;
      ((float *)(base + 243712))[idx] = v129;
    }
    {
      ((float *)(base + 249792))[r] = v126;
      ((float *)(base + 249856))[r] = v235;
    }
  }
}

/* train_k20_gelu: gelu f32[2, 8, 64] */
void train_k20_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a133 = ((float *)(base + 214016))[idx];
      const float v134 = g23_gelu(a133);
      ((float *)(base + 218112))[idx] = v134;
  }
}

/* train_k21_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k21_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc143 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a138 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a116 = ((float *)(base + 174080))[idx];
      const float v139 = g23_dropout(a138, a19, 4LL, idx, 0.1f);
      const float v140 = (a116 + v139);
      acc143 = acc143 + v140;
    }
      const float v143 = (float)acc143;
      const float v144 = (v143 * 0.0625f);
    double acc147 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a138 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a116 = ((float *)(base + 174080))[idx];
      const float v139 = g23_dropout(a138, a19, 4LL, idx, 0.1f);
      const float v140 = (a116 + v139);
      const float v145 = (v140 - v144);
      const float v146 = (v145 * v145);
      acc147 = acc147 + v146;
    }
      const float v147 = (float)acc147;
      const float v148 = (v147 * 0.0625f);
      const float v149 = (v148 + 1e-05f);
      const float v150 = (1.0f / sqrtf(v149));
      const float v198 = (v150 * v150);
      const float v199 = (v198 * v150);
      const float v201 = (v199 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a138 = ((float *)(base + 173056))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float a116 = ((float *)(base + 174080))[idx];
      const float a141 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a142 = ((float *)(base + 42688))[(idx % 16LL)];
      const float v139 = g23_dropout(a138, a19, 4LL, idx, 0.1f);
      const float v140 = (a116 + v139);
      const float v145 = (v140 - v144);
      const float v151 = (v145 * v150);
      const float v152 = (v151 * a141);
      const float v153 = (v152 + a142);
      ((float *)(base + 244736))[idx] = v145;
      ((float *)(base + 245760))[idx] = v151;
      ((float *)(base + 246784))[idx] = v153;
    }
    {
      ((float *)(base + 249920))[r] = v150;
      ((float *)(base + 249984))[r] = v201;
    }
  }
}

/* train_k22_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1], mul f32[2, 8, 256], div f32[2, 8, 1], expand f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256], neg f32[2, 8, 256], sum f32[2, 8, 1], add f32[2, 8, 1], lt f32[2, 8, 256], sub f32[2, 8, 256], sum f32[2, 8, 1], div f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256] */
void train_k22_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc155 = -G23_INF;
    double acc164 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a161 = ((int32_t *)(base + 248896))[(idx / 256LL)];
      const float a154 = ((float *)(base + 173056))[idx];
      const float v162 = (float)(col == (int64_t)a161);
      const float v163 = (a154 * v162);
      acc155 = fmax(acc155, a154);
      acc164 = acc164 + v163;
    }
      const float v155 = (float)acc155;
      const float v164 = (float)acc164;
    double acc158 = 0.0f;
    double acc183 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a154 = ((float *)(base + 173056))[idx];
      const float v156 = (a154 - v155);
      const float v157 = expf(v156);
      const float v180 = (float)(a154 < v155);
      const float v182 = (1.0f - v180);
      acc158 = acc158 + v157;
      acc183 = acc183 + v182;
    }
      const float v158 = (float)acc158;
      const float v159 = logf(v158);
      const float v160 = (v159 + v155);
      const float v165 = (v160 - v164);
      const float v173 = (0.0625f / v158);
      const float v183 = (float)acc183;
    double acc178 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a154 = ((float *)(base + 173056))[idx];
      const float v156 = (a154 - v155);
      const float v157 = expf(v156);
      const float v174 = v173;
      const float v175 = (v174 * v157);
      const float v177 = (-v175);
      acc178 = acc178 + v177;
    }
      const float v178 = (float)acc178;
      const float v179 = (0.0625f + v178);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a154 = ((float *)(base + 173056))[idx];
      const int32_t a161 = ((int32_t *)(base + 248896))[(idx / 256LL)];
      const float v156 = (a154 - v155);
      const float v157 = expf(v156);
      const float v162 = (float)(col == (int64_t)a161);
      const float v172 = ((-0.0625f) * v162);
      const float v174 = v173;
      const float v175 = (v174 * v157);
      const float v176 = (v172 + v175);
      const float v180 = (float)(a154 < v155);
      const float v182 = (1.0f - v180);
      const float v184 = (v182 / v183);
      const float v185 = (v179 * v184);
      const float v186 = (v176 + v185);
      ((float *)(base + 189440))[idx] = v186;
    }
    {
      ((float *)(base + 247808))[r] = v165;
    }
  }
}

/* train_k23_rowsum: sum f32[1], mul f32[1] */
void train_k23_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc167 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a166 = ((float *)(base + 247808))[idx];
      acc167 = acc167 + a166;
    }
      const float v167 = (float)acc167;
      const float v168 = (v167 * 0.0625f);
    {
      ((float *)(base + 250048))[r] = v168;
    }
  }
}

/* train_k24_reduce_to: reduce_to f32[16] */
void train_k24_reduce_to(char *base) {
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

/* train_k25_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k25_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc197 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a187 = ((float *)(base + 247808))[idx];
      const float a141 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a145 = ((float *)(base + 244736))[idx];
      const float v192 = (a187 * a141);
      const float v196 = (v192 * a145);
      acc197 = acc197 + v196;
    }
      const float b201 = ((float *)(base + 249984))[r];
      const float v197 = (float)acc197;
      const float v202 = (v197 * b201);
      const float v203 = (v202 * 0.0625f);
    double acc209 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a187 = ((float *)(base + 247808))[idx];
      const float a141 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a150 = ((float *)(base + 249920))[(idx / 16LL)];
      const float a145 = ((float *)(base + 244736))[idx];
      const float v192 = (a187 * a141);
      const float v195 = (v192 * a150);
      const float v204 = v203;
      const float v205 = (v204 * a145);
      const float v206 = (v195 + v205);
      const float v207 = (v206 + v205);
      const float v208 = (-v207);
      acc209 = acc209 + v208;
    }
      const float v209 = (float)acc209;
      const float v210 = (v209 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a187 = ((float *)(base + 247808))[idx];
      const float a141 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a151 = ((float *)(base + 245760))[idx];
      const float a150 = ((float *)(base + 249920))[(idx / 16LL)];
      const float a145 = ((float *)(base + 244736))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float v192 = (a187 * a141);
      const float v193 = (a187 * a151);
      const float v195 = (v192 * a150);
      const float v204 = v203;
      const float v205 = (v204 * a145);
      const float v206 = (v195 + v205);
      const float v207 = (v206 + v205);
      const float v211 = v210;
      const float v212 = (v207 + v211);
      const float v213 = g23_dropout(v212, a19, 4LL, idx, 0.1f);
      ((float *)(base + 189440))[idx] = v193;
      ((float *)(base + 197632))[idx] = v212;
      ((float *)(base + 193536))[idx] = v213;
    }
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 42816))[idx] = acc;
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
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 42880))[idx] = acc;
  }
}

/* train_k28_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k28_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a133 = ((float *)(base + 214016))[idx];
      const float a215 = ((float *)(base + 189440))[idx];
      const float v219 = g23_gelu_grad(a133);
      const float v220 = (a215 * v219);
      ((float *)(base + 193536))[idx] = v220;
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
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 47040))[idx] = acc;
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 51392))[idx] = acc;
  }
}

/* train_k31_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k31_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc232 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a222 = ((float *)(base + 189440))[idx];
      const float a117 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a121 = ((float *)(base + 241664))[idx];
      const float v227 = (a222 * a117);
      const float v231 = (v227 * a121);
      acc232 = acc232 + v231;
    }
      const float b235 = ((float *)(base + 249856))[r];
      const float v232 = (float)acc232;
      const float v236 = (v232 * b235);
      const float v237 = (v236 * 0.0625f);
    double acc244 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a222 = ((float *)(base + 189440))[idx];
      const float a117 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a126 = ((float *)(base + 249792))[(idx / 16LL)];
      const float a121 = ((float *)(base + 241664))[idx];
      const float v227 = (a222 * a117);
      const float v230 = (v227 * a126);
      const float v238 = v237;
      const float v239 = (v238 * a121);
      const float v240 = (v230 + v239);
      const float v241 = (v240 + v239);
      const float v243 = (-v241);
      acc244 = acc244 + v243;
    }
      const float v244 = (float)acc244;
      const float v245 = (v244 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a222 = ((float *)(base + 189440))[idx];
      const float a117 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a127 = ((float *)(base + 242688))[idx];
      const float a126 = ((float *)(base + 249792))[(idx / 16LL)];
      const float a121 = ((float *)(base + 241664))[idx];
      const float a212 = ((float *)(base + 197632))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float v227 = (a222 * a117);
      const float v228 = (a222 * a127);
      const float v230 = (v227 * a126);
      const float v238 = v237;
      const float v239 = (v238 * a121);
      const float v240 = (v230 + v239);
      const float v241 = (v240 + v239);
      const float v242 = (a212 + v241);
      const float v246 = v245;
      const float v247 = (v242 + v246);
      const float v248 = g23_dropout(v247, a19, 3LL, idx, 0.1f);
      ((float *)(base + 190464))[idx] = v228;
      ((float *)(base + 192512))[idx] = v247;
      ((float *)(base + 191488))[idx] = v248;
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
        acc += ((float *)(base + 190464))[ii];
      }
      ((float *)(base + 51456))[idx] = acc;
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
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 51520))[idx] = acc;
  }
}

/* train_k34_permute: permute f32[2, 2, 8, 8] */
void train_k34_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v255 = ((float *)(base + 189440))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v255;
  }
}

/* train_k35_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k35_attention_dq(char *base) {
  const float *Q = (const float *)(base + 236544); (void)Q;
  const float *K = (const float *)(base + 237568); (void)K;
  const float *V = (const float *)(base + 238592); (void)V;
  const int32_t *P = (const int32_t *)(base + 248960); (void)P;
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

/* train_k36_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k36_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 236544); (void)Q;
  const float *K = (const float *)(base + 237568); (void)K;
  const float *V = (const float *)(base + 238592); (void)V;
  const int32_t *P = (const int32_t *)(base + 248960); (void)P;
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

/* train_k37_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k37_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v257 = ((float *)(base + 189440))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v259 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v261 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v257;
      ((float *)(base + 194560))[idx] = v259;
      ((float *)(base + 195584))[idx] = v261;
  }
}

/* train_k38_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k38_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v263 = ((float *)(base + 195584))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v265 = ((float *)(base + 194560))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v267 = ((float *)(base + 193536))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 196608))[idx] = v263;
      ((float *)(base + 197632))[idx] = v265;
      ((float *)(base + 198656))[idx] = v267;
  }
}

/* train_k39_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k39_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v269 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 196608))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v270 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 197632))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v271 = (v269 + v270);
      const float v272 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 198656))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v273 = (v271 + v272);
      ((float *)(base + 189440))[idx] = v273;
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 52608))[idx] = acc;
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
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 55872))[idx] = acc;
  }
}

/* train_k42_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k42_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc285 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a275 = ((float *)(base + 193536))[idx];
      const float a82 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a86 = ((float *)(base + 233472))[idx];
      const float v280 = (a275 * a82);
      const float v284 = (v280 * a86);
      acc285 = acc285 + v284;
    }
      const float b288 = ((float *)(base + 249728))[r];
      const float v285 = (float)acc285;
      const float v289 = (v285 * b288);
      const float v290 = (v289 * 0.0625f);
    double acc297 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a275 = ((float *)(base + 193536))[idx];
      const float a82 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a91 = ((float *)(base + 249664))[(idx / 16LL)];
      const float a86 = ((float *)(base + 233472))[idx];
      const float v280 = (a275 * a82);
      const float v283 = (v280 * a91);
      const float v291 = v290;
      const float v292 = (v291 * a86);
      const float v293 = (v283 + v292);
      const float v294 = (v293 + v292);
      const float v296 = (-v294);
      acc297 = acc297 + v296;
    }
      const float v297 = (float)acc297;
      const float v298 = (v297 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a275 = ((float *)(base + 193536))[idx];
      const float a82 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a92 = ((float *)(base + 234496))[idx];
      const float a91 = ((float *)(base + 249664))[(idx / 16LL)];
      const float a86 = ((float *)(base + 233472))[idx];
      const float a247 = ((float *)(base + 192512))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float v280 = (a275 * a82);
      const float v281 = (a275 * a92);
      const float v283 = (v280 * a91);
      const float v291 = v290;
      const float v292 = (v291 * a86);
      const float v293 = (v283 + v292);
      const float v294 = (v293 + v292);
      const float v295 = (a247 + v294);
      const float v299 = v298;
      const float v300 = (v295 + v299);
      const float v301 = g23_dropout(v300, a19, 2LL, idx, 0.1f);
      ((float *)(base + 189440))[idx] = v281;
      ((float *)(base + 197632))[idx] = v300;
      ((float *)(base + 194560))[idx] = v301;
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 55936))[idx] = acc;
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
        acc += ((float *)(base + 194560))[ii];
      }
      ((float *)(base + 56000))[idx] = acc;
  }
}

/* train_k45_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k45_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a74 = ((float *)(base + 205824))[idx];
      const float a303 = ((float *)(base + 189440))[idx];
      const float v307 = g23_gelu_grad(a74);
      const float v308 = (a303 * v307);
      ((float *)(base + 193536))[idx] = v308;
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
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 60160))[idx] = acc;
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 64512))[idx] = acc;
  }
}

/* train_k48_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k48_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc320 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a310 = ((float *)(base + 189440))[idx];
      const float a58 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a62 = ((float *)(base + 230400))[idx];
      const float v315 = (a310 * a58);
      const float v319 = (v315 * a62);
      acc320 = acc320 + v319;
    }
      const float b323 = ((float *)(base + 249600))[r];
      const float v320 = (float)acc320;
      const float v324 = (v320 * b323);
      const float v325 = (v324 * 0.0625f);
    double acc332 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a310 = ((float *)(base + 189440))[idx];
      const float a58 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a67 = ((float *)(base + 249536))[(idx / 16LL)];
      const float a62 = ((float *)(base + 230400))[idx];
      const float v315 = (a310 * a58);
      const float v318 = (v315 * a67);
      const float v326 = v325;
      const float v327 = (v326 * a62);
      const float v328 = (v318 + v327);
      const float v329 = (v328 + v327);
      const float v331 = (-v329);
      acc332 = acc332 + v331;
    }
      const float v332 = (float)acc332;
      const float v333 = (v332 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a310 = ((float *)(base + 189440))[idx];
      const float a58 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a68 = ((float *)(base + 231424))[idx];
      const float a67 = ((float *)(base + 249536))[(idx / 16LL)];
      const float a62 = ((float *)(base + 230400))[idx];
      const float a300 = ((float *)(base + 197632))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float v315 = (a310 * a58);
      const float v316 = (a310 * a68);
      const float v318 = (v315 * a67);
      const float v326 = v325;
      const float v327 = (v326 * a62);
      const float v328 = (v318 + v327);
      const float v329 = (v328 + v327);
      const float v330 = (a300 + v329);
      const float v334 = v333;
      const float v335 = (v330 + v334);
      const float v336 = g23_dropout(v335, a19, 1LL, idx, 0.1f);
      ((float *)(base + 190464))[idx] = v316;
      ((float *)(base + 192512))[idx] = v335;
      ((float *)(base + 191488))[idx] = v336;
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
        acc += ((float *)(base + 190464))[ii];
      }
      ((float *)(base + 64576))[idx] = acc;
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
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 64640))[idx] = acc;
  }
}

/* train_k51_permute: permute f32[2, 2, 8, 8] */
void train_k51_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v343 = ((float *)(base + 189440))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v343;
  }
}

/* train_k52_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k52_attention_dq(char *base) {
  const float *Q = (const float *)(base + 225280); (void)Q;
  const float *K = (const float *)(base + 226304); (void)K;
  const float *V = (const float *)(base + 227328); (void)V;
  const int32_t *P = (const int32_t *)(base + 248960); (void)P;
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

/* train_k53_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k53_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 225280); (void)Q;
  const float *K = (const float *)(base + 226304); (void)K;
  const float *V = (const float *)(base + 227328); (void)V;
  const int32_t *P = (const int32_t *)(base + 248960); (void)P;
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

/* train_k54_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k54_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v345 = ((float *)(base + 189440))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v347 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v349 = ((float *)(base + 189440))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 193536))[idx] = v345;
      ((float *)(base + 194560))[idx] = v347;
      ((float *)(base + 195584))[idx] = v349;
  }
}

/* train_k55_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k55_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v351 = ((float *)(base + 195584))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v353 = ((float *)(base + 194560))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v355 = ((float *)(base + 193536))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 196608))[idx] = v351;
      ((float *)(base + 197632))[idx] = v353;
      ((float *)(base + 198656))[idx] = v355;
  }
}

/* train_k56_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k56_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v357 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 196608))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v358 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 197632))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v359 = (v357 + v358);
      const float v360 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 198656))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v361 = (v359 + v360);
      ((float *)(base + 189440))[idx] = v361;
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 65728))[idx] = acc;
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
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 68992))[idx] = acc;
  }
}

/* train_k59_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k59_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc373 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a363 = ((float *)(base + 193536))[idx];
      const float a21 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a26 = ((float *)(base + 222208))[idx];
      const float v368 = (a363 * a21);
      const float v372 = (v368 * a26);
      acc373 = acc373 + v372;
    }
      const float b376 = ((float *)(base + 249472))[r];
      const float v373 = (float)acc373;
      const float v377 = (v373 * b376);
      const float v378 = (v377 * 0.0625f);
    double acc385 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a363 = ((float *)(base + 193536))[idx];
      const float a21 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a32 = ((float *)(base + 249408))[(idx / 16LL)];
      const float a26 = ((float *)(base + 222208))[idx];
      const float v368 = (a363 * a21);
      const float v371 = (v368 * a32);
      const float v379 = v378;
      const float v380 = (v379 * a26);
      const float v381 = (v371 + v380);
      const float v382 = (v381 + v380);
      const float v384 = (-v382);
      acc385 = acc385 + v384;
    }
      const float v385 = (float)acc385;
      const float v386 = (v385 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a363 = ((float *)(base + 193536))[idx];
      const float a21 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a33 = ((float *)(base + 223232))[idx];
      const float a32 = ((float *)(base + 249408))[(idx / 16LL)];
      const float a26 = ((float *)(base + 222208))[idx];
      const float a335 = ((float *)(base + 192512))[idx];
      const int32_t a19 = ((int32_t *)(base + 249024))[0];
      const float v368 = (a363 * a21);
      const float v369 = (a363 * a33);
      const float v371 = (v368 * a32);
      const float v379 = v378;
      const float v380 = (v379 * a26);
      const float v381 = (v371 + v380);
      const float v382 = (v381 + v380);
      const float v383 = (a335 + v382);
      const float v387 = v386;
      const float v388 = (v383 + v387);
      const float v389 = g23_dropout(v388, a19, 0LL, idx, 0.1f);
      ((float *)(base + 189440))[idx] = v369;
      ((float *)(base + 205824))[idx] = v389;
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
        acc += ((float *)(base + 189440))[ii];
      }
      ((float *)(base + 69056))[idx] = acc;
  }
}

/* train_k61_scatter_add: scatter_add f32[256, 16] */
void train_k61_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 189440))[u * 16LL + idx] = 0.0f;
      for (int64_t k = 0; k < 16LL; k++) {
        const int32_t t = ((int32_t *)(base + 248832))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 189440))[(int64_t)t * 16LL + idx] += ((float *)(base + 205824))[k * 16LL + idx];
      }
  }
}

/* train_k62_add: add f32[256, 16] */
void train_k62_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a190 = ((float *)(base + 173056))[idx];
      const float a390 = ((float *)(base + 189440))[idx];
      const float v391 = (a190 + a390);
      ((float *)(base + 69120))[idx] = v391;
  }
}

/* train_k63_rowsum: mul f32[4096], sum f32[1] */
void train_k63_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc399 = 0.0f;
#pragma omp parallel for reduction(+:acc399)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a397 = ((float *)(base + 69120))[idx];
      const float v398 = (a397 * a397);
      acc399 = acc399 + v398;
    }
      const float v399 = (float)acc399;
    {
      ((float *)(base + 173056))[r] = v399;
    }
  }
}

/* train_k64_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k64_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc401 = 0.0f;
    double acc404 = 0.0f;
    double acc418 = 0.0f;
    double acc421 = 0.0f;
    double acc424 = 0.0f;
    double acc438 = 0.0f;
    double acc441 = 0.0f;
    double acc444 = 0.0f;
    double acc458 = 0.0f;
    double acc461 = 0.0f;
    double acc464 = 0.0f;
    double acc478 = 0.0f;
    double acc481 = 0.0f;
    double acc484 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a370 = ((float *)(base + 69056))[idx];
      const float a367 = ((float *)(base + 68992))[idx];
      const float a337 = ((float *)(base + 64640))[idx];
      const float a317 = ((float *)(base + 64576))[idx];
      const float a314 = ((float *)(base + 64512))[idx];
      const float a302 = ((float *)(base + 56000))[idx];
      const float a282 = ((float *)(base + 55936))[idx];
      const float a279 = ((float *)(base + 55872))[idx];
      const float a249 = ((float *)(base + 51520))[idx];
      const float a229 = ((float *)(base + 51456))[idx];
      const float a226 = ((float *)(base + 51392))[idx];
      const float a214 = ((float *)(base + 42880))[idx];
      const float a194 = ((float *)(base + 42816))[idx];
      const float a191 = ((float *)(base + 42752))[idx];
      const float v400 = (a370 * a370);
      const float v403 = (a367 * a367);
      const float v417 = (a337 * a337);
      const float v420 = (a317 * a317);
      const float v423 = (a314 * a314);
      const float v437 = (a302 * a302);
      const float v440 = (a282 * a282);
      const float v443 = (a279 * a279);
      const float v457 = (a249 * a249);
      const float v460 = (a229 * a229);
      const float v463 = (a226 * a226);
      const float v477 = (a214 * a214);
      const float v480 = (a194 * a194);
      const float v483 = (a191 * a191);
      acc401 = acc401 + v400;
      acc404 = acc404 + v403;
      acc418 = acc418 + v417;
      acc421 = acc421 + v420;
      acc424 = acc424 + v423;
      acc438 = acc438 + v437;
      acc441 = acc441 + v440;
      acc444 = acc444 + v443;
      acc458 = acc458 + v457;
      acc461 = acc461 + v460;
      acc464 = acc464 + v463;
      acc478 = acc478 + v477;
      acc481 = acc481 + v480;
      acc484 = acc484 + v483;
    }
      const float b399 = ((float *)(base + 173056))[0];
      const float v401 = (float)acc401;
      const float v402 = (b399 + v401);
      const float v404 = (float)acc404;
      const float v405 = (v402 + v404);
      const float v418 = (float)acc418;
      const float v421 = (float)acc421;
      const float v424 = (float)acc424;
      const float v438 = (float)acc438;
      const float v441 = (float)acc441;
      const float v444 = (float)acc444;
      const float v458 = (float)acc458;
      const float v461 = (float)acc461;
      const float v464 = (float)acc464;
      const float v478 = (float)acc478;
      const float v481 = (float)acc481;
      const float v484 = (float)acc484;
    {
      ((float *)(base + 173120))[r] = v405;
      ((float *)(base + 173184))[r] = v418;
      ((float *)(base + 173248))[r] = v421;
      ((float *)(base + 173312))[r] = v424;
      ((float *)(base + 173376))[r] = v438;
      ((float *)(base + 173440))[r] = v441;
      ((float *)(base + 173504))[r] = v444;
      ((float *)(base + 173568))[r] = v458;
      ((float *)(base + 173632))[r] = v461;
      ((float *)(base + 173696))[r] = v464;
      ((float *)(base + 173760))[r] = v478;
      ((float *)(base + 173824))[r] = v481;
      ((float *)(base + 173888))[r] = v484;
    }
  }
}

/* train_k65_rowsum: mul f32[768], sum f32[1], add f32[1], mul f32[768], sum f32[1] */
void train_k65_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc408 = 0.0f;
    double acc448 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a406 = ((float *)(base + 65920))[idx];
      const float a446 = ((float *)(base + 52800))[idx];
      const float v407 = (a406 * a406);
      const float v447 = (a446 * a446);
      acc408 = acc408 + v407;
      acc448 = acc448 + v447;
    }
      const float b405 = ((float *)(base + 173120))[0];
      const float v408 = (float)acc408;
      const float v409 = (b405 + v408);
      const float v448 = (float)acc448;
    {
      ((float *)(base + 173056))[r] = v409;
      ((float *)(base + 173952))[r] = v448;
    }
  }
}

/* train_k66_rowsum: mul f32[48], sum f32[1], add f32[1], mul f32[48], sum f32[1] */
void train_k66_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc411 = 0.0f;
    double acc451 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a362 = ((float *)(base + 65728))[idx];
      const float a274 = ((float *)(base + 52608))[idx];
      const float v410 = (a362 * a362);
      const float v450 = (a274 * a274);
      acc411 = acc411 + v410;
      acc451 = acc451 + v450;
    }
      const float b409 = ((float *)(base + 173056))[0];
      const float v411 = (float)acc411;
      const float v412 = (b409 + v411);
      const float v451 = (float)acc451;
    {
      ((float *)(base + 173120))[r] = v412;
      ((float *)(base + 174016))[r] = v451;
    }
  }
}

/* train_k67_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[256], sum f32[1] */
void train_k67_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc415 = 0.0f;
    double acc455 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a413 = ((float *)(base + 64704))[idx];
      const float a453 = ((float *)(base + 51584))[idx];
      const float v414 = (a413 * a413);
      const float v454 = (a453 * a453);
      acc415 = acc415 + v414;
      acc455 = acc455 + v454;
    }
      const float b412 = ((float *)(base + 173120))[0];
      const float b418 = ((float *)(base + 173184))[0];
      const float b421 = ((float *)(base + 173248))[0];
      const float b424 = ((float *)(base + 173312))[0];
      const float v415 = (float)acc415;
      const float v416 = (b412 + v415);
      const float v419 = (v416 + b418);
      const float v422 = (v419 + b421);
      const float v425 = (v422 + b424);
      const float v455 = (float)acc455;
    {
      ((float *)(base + 173056))[r] = v425;
      ((float *)(base + 174080))[r] = v455;
    }
  }
}

/* train_k68_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1] */
void train_k68_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc428 = 0.0f;
    double acc435 = 0.0f;
    double acc468 = 0.0f;
    double acc475 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a426 = ((float *)(base + 60416))[idx];
      const float a433 = ((float *)(base + 56064))[idx];
      const float a466 = ((float *)(base + 47296))[idx];
      const float a473 = ((float *)(base + 42944))[idx];
      const float v427 = (a426 * a426);
      const float v434 = (a433 * a433);
      const float v467 = (a466 * a466);
      const float v474 = (a473 * a473);
      acc428 = acc428 + v427;
      acc435 = acc435 + v434;
      acc468 = acc468 + v467;
      acc475 = acc475 + v474;
    }
      const float b425 = ((float *)(base + 173056))[0];
      const float v428 = (float)acc428;
      const float v429 = (b425 + v428);
      const float v435 = (float)acc435;
      const float v468 = (float)acc468;
      const float v475 = (float)acc475;
    {
      ((float *)(base + 173120))[r] = v429;
      ((float *)(base + 173184))[r] = v435;
      ((float *)(base + 173248))[r] = v468;
      ((float *)(base + 173312))[r] = v475;
    }
  }
}

/* train_k69_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k69_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b394 = ((float *)(base + 249216))[0];
      const float v492 = (float)(0.0f < b394);
    double acc431 = 0.0f;
    double acc471 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a309 = ((float *)(base + 60160))[idx];
      const float a221 = ((float *)(base + 47040))[idx];
      const float v430 = (a309 * a309);
      const float v470 = (a221 * a221);
      acc431 = acc431 + v430;
      acc471 = acc471 + v470;
    }
      const float b429 = ((float *)(base + 173120))[0];
      const float b435 = ((float *)(base + 173184))[0];
      const float b438 = ((float *)(base + 173376))[0];
      const float b441 = ((float *)(base + 173440))[0];
      const float b444 = ((float *)(base + 173504))[0];
      const float b448 = ((float *)(base + 173952))[0];
      const float b451 = ((float *)(base + 174016))[0];
      const float b455 = ((float *)(base + 174080))[0];
      const float b458 = ((float *)(base + 173568))[0];
      const float b461 = ((float *)(base + 173632))[0];
      const float b464 = ((float *)(base + 173696))[0];
      const float b468 = ((float *)(base + 173248))[0];
      const float b475 = ((float *)(base + 173312))[0];
      const float b478 = ((float *)(base + 173760))[0];
      const float b481 = ((float *)(base + 173824))[0];
      const float b484 = ((float *)(base + 173888))[0];
      const float v431 = (float)acc431;
      const float v432 = (b429 + v431);
      const float v436 = (v432 + b435);
      const float v439 = (v436 + b438);
      const float v442 = (v439 + b441);
      const float v445 = (v442 + b444);
      const float v449 = (v445 + b448);
      const float v452 = (v449 + b451);
      const float v456 = (v452 + b455);
      const float v459 = (v456 + b458);
      const float v462 = (v459 + b461);
      const float v465 = (v462 + b464);
      const float v469 = (v465 + b468);
      const float v471 = (float)acc471;
      const float v472 = (v469 + v471);
      const float v476 = (v472 + b475);
      const float v479 = (v476 + b478);
      const float v482 = (v479 + b481);
      const float v485 = (v482 + b484);
      const float v486 = sqrtf(v485);
      const float v488 = (v486 + 1e-06f);
      const float v489 = (b394 / v488);
      const float v490 = fminf(1.0f, v489);
      const float v493 = (v492 != 0 ? v490 : 1.0f);
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a309 = ((float *)(base + 60160))[idx];
      const float a677 = ((float *)(base + 135680))[idx];
      const float a678 = ((float *)(base + 135936))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a392 = ((float *)(base + 249088))[0];
      const float a73 = ((float *)(base + 25088))[idx];
      const float a221 = ((float *)(base + 47040))[idx];
      const float a889 = ((float *)(base + 161920))[idx];
      const float a890 = ((float *)(base + 162176))[idx];
      const float a132 = ((float *)(base + 38208))[idx];
      const float v679 = (a309 * v493);
      const float v680 = (v679 * 0.1f);
      const float v681 = (a677 * 0.9f);
      const float v682 = (v681 + v680);
      const float v683 = (v679 * v679);
      const float v684 = (v683 * 0.05f);
      const float v685 = (a678 * 0.95f);
      const float v686 = (v685 + v684);
      const float v687 = (v682 / a395);
      const float v688 = (v686 / a396);
      const float v689 = sqrtf(v688);
      const float v690 = (v689 + 1e-08f);
      const float v691 = (v687 / v690);
      const float v692 = (a392 * v691);
      const float v693 = (a73 - v692);
      const float v891 = (a221 * v493);
      const float v892 = (v891 * 0.1f);
      const float v893 = (a889 * 0.9f);
      const float v894 = (v893 + v892);
      const float v895 = (v891 * v891);
      const float v896 = (v895 * 0.05f);
      const float v897 = (a890 * 0.95f);
      const float v898 = (v897 + v896);
      const float v899 = (v894 / a395);
      const float v900 = (v898 / a396);
      const float v901 = sqrtf(v900);
      const float v902 = (v901 + 1e-08f);
      const float v903 = (v899 / v902);
      const float v904 = (a392 * v903);
      const float v905 = (a132 - v904);
      const float v1006 = v682;
      const float v1007 = v686;
      const float v1008 = v693;
      const float v1042 = v894;
      const float v1043 = v898;
      const float v1044 = v905;
      ((float *)(base + 135680))[idx] = v1006;
      ((float *)(base + 135936))[idx] = v1007;
      ((float *)(base + 25088))[idx] = v1008;
      ((float *)(base + 161920))[idx] = v1042;
      ((float *)(base + 162176))[idx] = v1043;
      ((float *)(base + 38208))[idx] = v1044;
    }
    {
      ((float *)(base + 173056))[r] = v486;
      ((float *)(base + 174144))[r] = v493;
    }
  }
}

/* train_k70_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k70_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a391 = ((float *)(base + 69120))[idx];
      const float a493 = ((float *)(base + 174144))[0];
      const float a494 = ((float *)(base + 85504))[idx];
      const float a495 = ((float *)(base + 101888))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a393 = ((float *)(base + 249152))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a392 = ((float *)(base + 249088))[0];
      const float v496 = (a391 * a493);
      const float v498 = (v496 * 0.1f);
      const float v500 = (a494 * 0.9f);
      const float v501 = (v500 + v498);
      const float v503 = (v496 * v496);
      const float v504 = (v503 * 0.05f);
      const float v506 = (a495 * 0.95f);
      const float v507 = (v506 + v504);
      const float v508 = (v501 / a395);
      const float v509 = (v507 / a396);
      const float v511 = sqrtf(v509);
      const float v512 = (v511 + 1e-08f);
      const float v513 = (v508 / v512);
      const float v514 = (a393 * a2);
      const float v515 = (v513 + v514);
      const float v516 = (a392 * v515);
      const float v517 = (a2 - v516);
      const float v976 = v501;
      const float v977 = v507;
      const float v978 = v517;
      ((float *)(base + 85504))[idx] = v976;
      ((float *)(base + 101888))[idx] = v977;
      ((float *)(base + 0))[idx] = v978;
  }
}

/* train_k71_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k71_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a370 = ((float *)(base + 69056))[idx];
      const float a493 = ((float *)(base + 174144))[0];
      const float a518 = ((float *)(base + 118272))[idx];
      const float a519 = ((float *)(base + 118336))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a392 = ((float *)(base + 249088))[0];
      const float a21 = ((float *)(base + 16384))[idx];
      const float a367 = ((float *)(base + 68992))[idx];
      const float a535 = ((float *)(base + 118400))[idx];
      const float a536 = ((float *)(base + 118464))[idx];
      const float a22 = ((float *)(base + 16448))[idx];
      const float a337 = ((float *)(base + 64640))[idx];
      const float a607 = ((float *)(base + 127104))[idx];
      const float a608 = ((float *)(base + 127168))[idx];
      const float a54 = ((float *)(base + 20800))[idx];
      const float a317 = ((float *)(base + 64576))[idx];
      const float a624 = ((float *)(base + 127232))[idx];
      const float a625 = ((float *)(base + 127296))[idx];
      const float a58 = ((float *)(base + 20864))[idx];
      const float a314 = ((float *)(base + 64512))[idx];
      const float a641 = ((float *)(base + 127360))[idx];
      const float a642 = ((float *)(base + 127424))[idx];
      const float a59 = ((float *)(base + 20928))[idx];
      const float a302 = ((float *)(base + 56000))[idx];
      const float a713 = ((float *)(base + 144384))[idx];
      const float a714 = ((float *)(base + 144448))[idx];
      const float a78 = ((float *)(base + 29440))[idx];
      const float a282 = ((float *)(base + 55936))[idx];
      const float a730 = ((float *)(base + 144512))[idx];
      const float a731 = ((float *)(base + 144576))[idx];
      const float a82 = ((float *)(base + 29504))[idx];
      const float a279 = ((float *)(base + 55872))[idx];
      const float a747 = ((float *)(base + 144640))[idx];
      const float a748 = ((float *)(base + 144704))[idx];
      const float a83 = ((float *)(base + 29568))[idx];
      const float a249 = ((float *)(base + 51520))[idx];
      const float a819 = ((float *)(base + 153344))[idx];
      const float a820 = ((float *)(base + 153408))[idx];
      const float a113 = ((float *)(base + 33920))[idx];
      const float a229 = ((float *)(base + 51456))[idx];
      const float a836 = ((float *)(base + 153472))[idx];
      const float a837 = ((float *)(base + 153536))[idx];
      const float a117 = ((float *)(base + 33984))[idx];
      const float a226 = ((float *)(base + 51392))[idx];
      const float a853 = ((float *)(base + 153600))[idx];
      const float a854 = ((float *)(base + 153664))[idx];
      const float a118 = ((float *)(base + 34048))[idx];
      const float a214 = ((float *)(base + 42880))[idx];
      const float a925 = ((float *)(base + 170624))[idx];
      const float a926 = ((float *)(base + 170688))[idx];
      const float a137 = ((float *)(base + 42560))[idx];
      const float a194 = ((float *)(base + 42816))[idx];
      const float a942 = ((float *)(base + 170752))[idx];
      const float a943 = ((float *)(base + 170816))[idx];
      const float a141 = ((float *)(base + 42624))[idx];
      const float a191 = ((float *)(base + 42752))[idx];
      const float a959 = ((float *)(base + 170880))[idx];
      const float a960 = ((float *)(base + 170944))[idx];
      const float a142 = ((float *)(base + 42688))[idx];
      const float v520 = (a370 * a493);
      const float v521 = (v520 * 0.1f);
      const float v522 = (a518 * 0.9f);
      const float v523 = (v522 + v521);
      const float v524 = (v520 * v520);
      const float v525 = (v524 * 0.05f);
      const float v526 = (a519 * 0.95f);
      const float v527 = (v526 + v525);
      const float v528 = (v523 / a395);
      const float v529 = (v527 / a396);
      const float v530 = sqrtf(v529);
      const float v531 = (v530 + 1e-08f);
      const float v532 = (v528 / v531);
      const float v533 = (a392 * v532);
      const float v534 = (a21 - v533);
      const float v537 = (a367 * a493);
      const float v538 = (v537 * 0.1f);
      const float v539 = (a535 * 0.9f);
      const float v540 = (v539 + v538);
      const float v541 = (v537 * v537);
      const float v542 = (v541 * 0.05f);
      const float v543 = (a536 * 0.95f);
      const float v544 = (v543 + v542);
      const float v545 = (v540 / a395);
      const float v546 = (v544 / a396);
      const float v547 = sqrtf(v546);
      const float v548 = (v547 + 1e-08f);
      const float v549 = (v545 / v548);
      const float v550 = (a392 * v549);
      const float v551 = (a22 - v550);
      const float v609 = (a337 * a493);
      const float v610 = (v609 * 0.1f);
      const float v611 = (a607 * 0.9f);
      const float v612 = (v611 + v610);
      const float v613 = (v609 * v609);
      const float v614 = (v613 * 0.05f);
      const float v615 = (a608 * 0.95f);
      const float v616 = (v615 + v614);
      const float v617 = (v612 / a395);
      const float v618 = (v616 / a396);
      const float v619 = sqrtf(v618);
      const float v620 = (v619 + 1e-08f);
      const float v621 = (v617 / v620);
      const float v622 = (a392 * v621);
      const float v623 = (a54 - v622);
      const float v626 = (a317 * a493);
      const float v627 = (v626 * 0.1f);
      const float v628 = (a624 * 0.9f);
      const float v629 = (v628 + v627);
      const float v630 = (v626 * v626);
      const float v631 = (v630 * 0.05f);
      const float v632 = (a625 * 0.95f);
      const float v633 = (v632 + v631);
      const float v634 = (v629 / a395);
      const float v635 = (v633 / a396);
      const float v636 = sqrtf(v635);
      const float v637 = (v636 + 1e-08f);
      const float v638 = (v634 / v637);
      const float v639 = (a392 * v638);
      const float v640 = (a58 - v639);
      const float v643 = (a314 * a493);
      const float v644 = (v643 * 0.1f);
      const float v645 = (a641 * 0.9f);
      const float v646 = (v645 + v644);
      const float v647 = (v643 * v643);
      const float v648 = (v647 * 0.05f);
      const float v649 = (a642 * 0.95f);
      const float v650 = (v649 + v648);
      const float v651 = (v646 / a395);
      const float v652 = (v650 / a396);
      const float v653 = sqrtf(v652);
      const float v654 = (v653 + 1e-08f);
      const float v655 = (v651 / v654);
      const float v656 = (a392 * v655);
      const float v657 = (a59 - v656);
      const float v715 = (a302 * a493);
      const float v716 = (v715 * 0.1f);
      const float v717 = (a713 * 0.9f);
      const float v718 = (v717 + v716);
      const float v719 = (v715 * v715);
      const float v720 = (v719 * 0.05f);
      const float v721 = (a714 * 0.95f);
      const float v722 = (v721 + v720);
      const float v723 = (v718 / a395);
      const float v724 = (v722 / a396);
      const float v725 = sqrtf(v724);
      const float v726 = (v725 + 1e-08f);
      const float v727 = (v723 / v726);
      const float v728 = (a392 * v727);
      const float v729 = (a78 - v728);
      const float v732 = (a282 * a493);
      const float v733 = (v732 * 0.1f);
      const float v734 = (a730 * 0.9f);
      const float v735 = (v734 + v733);
      const float v736 = (v732 * v732);
      const float v737 = (v736 * 0.05f);
      const float v738 = (a731 * 0.95f);
      const float v739 = (v738 + v737);
      const float v740 = (v735 / a395);
      const float v741 = (v739 / a396);
      const float v742 = sqrtf(v741);
      const float v743 = (v742 + 1e-08f);
      const float v744 = (v740 / v743);
      const float v745 = (a392 * v744);
      const float v746 = (a82 - v745);
      const float v749 = (a279 * a493);
      const float v750 = (v749 * 0.1f);
      const float v751 = (a747 * 0.9f);
      const float v752 = (v751 + v750);
      const float v753 = (v749 * v749);
      const float v754 = (v753 * 0.05f);
      const float v755 = (a748 * 0.95f);
      const float v756 = (v755 + v754);
      const float v757 = (v752 / a395);
      const float v758 = (v756 / a396);
      const float v759 = sqrtf(v758);
      const float v760 = (v759 + 1e-08f);
      const float v761 = (v757 / v760);
      const float v762 = (a392 * v761);
      const float v763 = (a83 - v762);
      const float v821 = (a249 * a493);
      const float v822 = (v821 * 0.1f);
      const float v823 = (a819 * 0.9f);
      const float v824 = (v823 + v822);
      const float v825 = (v821 * v821);
      const float v826 = (v825 * 0.05f);
      const float v827 = (a820 * 0.95f);
      const float v828 = (v827 + v826);
      const float v829 = (v824 / a395);
      const float v830 = (v828 / a396);
      const float v831 = sqrtf(v830);
      const float v832 = (v831 + 1e-08f);
      const float v833 = (v829 / v832);
      const float v834 = (a392 * v833);
      const float v835 = (a113 - v834);
      const float v838 = (a229 * a493);
      const float v839 = (v838 * 0.1f);
      const float v840 = (a836 * 0.9f);
      const float v841 = (v840 + v839);
      const float v842 = (v838 * v838);
      const float v843 = (v842 * 0.05f);
      const float v844 = (a837 * 0.95f);
      const float v845 = (v844 + v843);
      const float v846 = (v841 / a395);
      const float v847 = (v845 / a396);
      const float v848 = sqrtf(v847);
      const float v849 = (v848 + 1e-08f);
      const float v850 = (v846 / v849);
      const float v851 = (a392 * v850);
      const float v852 = (a117 - v851);
      const float v855 = (a226 * a493);
      const float v856 = (v855 * 0.1f);
      const float v857 = (a853 * 0.9f);
      const float v858 = (v857 + v856);
      const float v859 = (v855 * v855);
      const float v860 = (v859 * 0.05f);
      const float v861 = (a854 * 0.95f);
      const float v862 = (v861 + v860);
      const float v863 = (v858 / a395);
      const float v864 = (v862 / a396);
      const float v865 = sqrtf(v864);
      const float v866 = (v865 + 1e-08f);
      const float v867 = (v863 / v866);
      const float v868 = (a392 * v867);
      const float v869 = (a118 - v868);
      const float v927 = (a214 * a493);
      const float v928 = (v927 * 0.1f);
      const float v929 = (a925 * 0.9f);
      const float v930 = (v929 + v928);
      const float v931 = (v927 * v927);
      const float v932 = (v931 * 0.05f);
      const float v933 = (a926 * 0.95f);
      const float v934 = (v933 + v932);
      const float v935 = (v930 / a395);
      const float v936 = (v934 / a396);
      const float v937 = sqrtf(v936);
      const float v938 = (v937 + 1e-08f);
      const float v939 = (v935 / v938);
      const float v940 = (a392 * v939);
      const float v941 = (a137 - v940);
      const float v944 = (a194 * a493);
      const float v945 = (v944 * 0.1f);
      const float v946 = (a942 * 0.9f);
      const float v947 = (v946 + v945);
      const float v948 = (v944 * v944);
      const float v949 = (v948 * 0.05f);
      const float v950 = (a943 * 0.95f);
      const float v951 = (v950 + v949);
      const float v952 = (v947 / a395);
      const float v953 = (v951 / a396);
      const float v954 = sqrtf(v953);
      const float v955 = (v954 + 1e-08f);
      const float v956 = (v952 / v955);
      const float v957 = (a392 * v956);
      const float v958 = (a141 - v957);
      const float v961 = (a191 * a493);
      const float v962 = (v961 * 0.1f);
      const float v963 = (a959 * 0.9f);
      const float v964 = (v963 + v962);
      const float v965 = (v961 * v961);
      const float v966 = (v965 * 0.05f);
      const float v967 = (a960 * 0.95f);
      const float v968 = (v967 + v966);
      const float v969 = (v964 / a395);
      const float v970 = (v968 / a396);
      const float v971 = sqrtf(v970);
      const float v972 = (v971 + 1e-08f);
      const float v973 = (v969 / v972);
      const float v974 = (a392 * v973);
      const float v975 = (a142 - v974);
      const float v979 = v523;
      const float v980 = v527;
      const float v981 = v534;
      const float v982 = v540;
      const float v983 = v544;
      const float v984 = v551;
      const float v994 = v612;
      const float v995 = v616;
      const float v996 = v623;
      const float v997 = v629;
      const float v998 = v633;
      const float v999 = v640;
      const float v1000 = v646;
      const float v1001 = v650;
      const float v1002 = v657;
      const float v1012 = v718;
      const float v1013 = v722;
      const float v1014 = v729;
      const float v1015 = v735;
      const float v1016 = v739;
      const float v1017 = v746;
      const float v1018 = v752;
      const float v1019 = v756;
      const float v1020 = v763;
      const float v1030 = v824;
      const float v1031 = v828;
      const float v1032 = v835;
      const float v1033 = v841;
      const float v1034 = v845;
      const float v1035 = v852;
      const float v1036 = v858;
      const float v1037 = v862;
      const float v1038 = v869;
      const float v1048 = v930;
      const float v1049 = v934;
      const float v1050 = v941;
      const float v1051 = v947;
      const float v1052 = v951;
      const float v1053 = v958;
      const float v1054 = v964;
      const float v1055 = v968;
      const float v1056 = v975;
      ((float *)(base + 118272))[idx] = v979;
      ((float *)(base + 118336))[idx] = v980;
      ((float *)(base + 16384))[idx] = v981;
      ((float *)(base + 118400))[idx] = v982;
      ((float *)(base + 118464))[idx] = v983;
      ((float *)(base + 16448))[idx] = v984;
      ((float *)(base + 127104))[idx] = v994;
      ((float *)(base + 127168))[idx] = v995;
      ((float *)(base + 20800))[idx] = v996;
      ((float *)(base + 127232))[idx] = v997;
      ((float *)(base + 127296))[idx] = v998;
      ((float *)(base + 20864))[idx] = v999;
      ((float *)(base + 127360))[idx] = v1000;
      ((float *)(base + 127424))[idx] = v1001;
      ((float *)(base + 20928))[idx] = v1002;
      ((float *)(base + 144384))[idx] = v1012;
      ((float *)(base + 144448))[idx] = v1013;
      ((float *)(base + 29440))[idx] = v1014;
      ((float *)(base + 144512))[idx] = v1015;
      ((float *)(base + 144576))[idx] = v1016;
      ((float *)(base + 29504))[idx] = v1017;
      ((float *)(base + 144640))[idx] = v1018;
      ((float *)(base + 144704))[idx] = v1019;
      ((float *)(base + 29568))[idx] = v1020;
      ((float *)(base + 153344))[idx] = v1030;
      ((float *)(base + 153408))[idx] = v1031;
      ((float *)(base + 33920))[idx] = v1032;
      ((float *)(base + 153472))[idx] = v1033;
      ((float *)(base + 153536))[idx] = v1034;
      ((float *)(base + 33984))[idx] = v1035;
      ((float *)(base + 153600))[idx] = v1036;
      ((float *)(base + 153664))[idx] = v1037;
      ((float *)(base + 34048))[idx] = v1038;
      ((float *)(base + 170624))[idx] = v1048;
      ((float *)(base + 170688))[idx] = v1049;
      ((float *)(base + 42560))[idx] = v1050;
      ((float *)(base + 170752))[idx] = v1051;
      ((float *)(base + 170816))[idx] = v1052;
      ((float *)(base + 42624))[idx] = v1053;
      ((float *)(base + 170880))[idx] = v1054;
      ((float *)(base + 170944))[idx] = v1055;
      ((float *)(base + 42688))[idx] = v1056;
  }
}

/* train_k72_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k72_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a366 = ((float *)(base + 65920))[idx];
      const float a493 = ((float *)(base + 174144))[0];
      const float a552 = ((float *)(base + 118528))[idx];
      const float a553 = ((float *)(base + 121600))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a393 = ((float *)(base + 249152))[0];
      const float a36 = ((float *)(base + 16512))[idx];
      const float a392 = ((float *)(base + 249088))[0];
      const float a278 = ((float *)(base + 52800))[idx];
      const float a764 = ((float *)(base + 144768))[idx];
      const float a765 = ((float *)(base + 147840))[idx];
      const float a95 = ((float *)(base + 29632))[idx];
      const float v554 = (a366 * a493);
      const float v555 = (v554 * 0.1f);
      const float v556 = (a552 * 0.9f);
      const float v557 = (v556 + v555);
      const float v558 = (v554 * v554);
      const float v559 = (v558 * 0.05f);
      const float v560 = (a553 * 0.95f);
      const float v561 = (v560 + v559);
      const float v562 = (v557 / a395);
      const float v563 = (v561 / a396);
      const float v564 = sqrtf(v563);
      const float v565 = (v564 + 1e-08f);
      const float v566 = (v562 / v565);
      const float v567 = (a393 * a36);
      const float v568 = (v566 + v567);
      const float v569 = (a392 * v568);
      const float v570 = (a36 - v569);
      const float v766 = (a278 * a493);
      const float v767 = (v766 * 0.1f);
      const float v768 = (a764 * 0.9f);
      const float v769 = (v768 + v767);
      const float v770 = (v766 * v766);
      const float v771 = (v770 * 0.05f);
      const float v772 = (a765 * 0.95f);
      const float v773 = (v772 + v771);
      const float v774 = (v769 / a395);
      const float v775 = (v773 / a396);
      const float v776 = sqrtf(v775);
      const float v777 = (v776 + 1e-08f);
      const float v778 = (v774 / v777);
      const float v779 = (a393 * a95);
      const float v780 = (v778 + v779);
      const float v781 = (a392 * v780);
      const float v782 = (a95 - v781);
      const float v985 = v557;
      const float v986 = v561;
      const float v987 = v570;
      const float v1021 = v769;
      const float v1022 = v773;
      const float v1023 = v782;
      ((float *)(base + 118528))[idx] = v985;
      ((float *)(base + 121600))[idx] = v986;
      ((float *)(base + 16512))[idx] = v987;
      ((float *)(base + 144768))[idx] = v1021;
      ((float *)(base + 147840))[idx] = v1022;
      ((float *)(base + 29632))[idx] = v1023;
  }
}

/* train_k73_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k73_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a362 = ((float *)(base + 65728))[idx];
      const float a493 = ((float *)(base + 174144))[0];
      const float a571 = ((float *)(base + 124672))[idx];
      const float a572 = ((float *)(base + 124864))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a392 = ((float *)(base + 249088))[0];
      const float a38 = ((float *)(base + 19584))[idx];
      const float a274 = ((float *)(base + 52608))[idx];
      const float a783 = ((float *)(base + 150912))[idx];
      const float a784 = ((float *)(base + 151104))[idx];
      const float a97 = ((float *)(base + 32704))[idx];
      const float v573 = (a362 * a493);
      const float v574 = (v573 * 0.1f);
      const float v575 = (a571 * 0.9f);
      const float v576 = (v575 + v574);
      const float v577 = (v573 * v573);
      const float v578 = (v577 * 0.05f);
      const float v579 = (a572 * 0.95f);
      const float v580 = (v579 + v578);
      const float v581 = (v576 / a395);
      const float v582 = (v580 / a396);
      const float v583 = sqrtf(v582);
      const float v584 = (v583 + 1e-08f);
      const float v585 = (v581 / v584);
      const float v586 = (a392 * v585);
      const float v587 = (a38 - v586);
      const float v785 = (a274 * a493);
      const float v786 = (v785 * 0.1f);
      const float v787 = (a783 * 0.9f);
      const float v788 = (v787 + v786);
      const float v789 = (v785 * v785);
      const float v790 = (v789 * 0.05f);
      const float v791 = (a784 * 0.95f);
      const float v792 = (v791 + v790);
      const float v793 = (v788 / a395);
      const float v794 = (v792 / a396);
      const float v795 = sqrtf(v794);
      const float v796 = (v795 + 1e-08f);
      const float v797 = (v793 / v796);
      const float v798 = (a392 * v797);
      const float v799 = (a97 - v798);
      const float v988 = v576;
      const float v989 = v580;
      const float v990 = v587;
      const float v1024 = v788;
      const float v1025 = v792;
      const float v1026 = v799;
      ((float *)(base + 124672))[idx] = v988;
      ((float *)(base + 124864))[idx] = v989;
      ((float *)(base + 19584))[idx] = v990;
      ((float *)(base + 150912))[idx] = v1024;
      ((float *)(base + 151104))[idx] = v1025;
      ((float *)(base + 32704))[idx] = v1026;
  }
}

/* train_k74_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k74_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a341 = ((float *)(base + 64704))[idx];
      const float a493 = ((float *)(base + 174144))[0];
      const float a588 = ((float *)(base + 125056))[idx];
      const float a589 = ((float *)(base + 126080))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a393 = ((float *)(base + 249152))[0];
      const float a52 = ((float *)(base + 19776))[idx];
      const float a392 = ((float *)(base + 249088))[0];
      const float a253 = ((float *)(base + 51584))[idx];
      const float a800 = ((float *)(base + 151296))[idx];
      const float a801 = ((float *)(base + 152320))[idx];
      const float a111 = ((float *)(base + 32896))[idx];
      const float v590 = (a341 * a493);
      const float v591 = (v590 * 0.1f);
      const float v592 = (a588 * 0.9f);
      const float v593 = (v592 + v591);
      const float v594 = (v590 * v590);
      const float v595 = (v594 * 0.05f);
      const float v596 = (a589 * 0.95f);
      const float v597 = (v596 + v595);
      const float v598 = (v593 / a395);
      const float v599 = (v597 / a396);
      const float v600 = sqrtf(v599);
      const float v601 = (v600 + 1e-08f);
      const float v602 = (v598 / v601);
      const float v603 = (a393 * a52);
      const float v604 = (v602 + v603);
      const float v605 = (a392 * v604);
      const float v606 = (a52 - v605);
      const float v802 = (a253 * a493);
      const float v803 = (v802 * 0.1f);
      const float v804 = (a800 * 0.9f);
      const float v805 = (v804 + v803);
      const float v806 = (v802 * v802);
      const float v807 = (v806 * 0.05f);
      const float v808 = (a801 * 0.95f);
      const float v809 = (v808 + v807);
      const float v810 = (v805 / a395);
      const float v811 = (v809 / a396);
      const float v812 = sqrtf(v811);
      const float v813 = (v812 + 1e-08f);
      const float v814 = (v810 / v813);
      const float v815 = (a393 * a111);
      const float v816 = (v814 + v815);
      const float v817 = (a392 * v816);
      const float v818 = (a111 - v817);
      const float v991 = v593;
      const float v992 = v597;
      const float v993 = v606;
      const float v1027 = v805;
      const float v1028 = v809;
      const float v1029 = v818;
      ((float *)(base + 125056))[idx] = v991;
      ((float *)(base + 126080))[idx] = v992;
      ((float *)(base + 19776))[idx] = v993;
      ((float *)(base + 151296))[idx] = v1027;
      ((float *)(base + 152320))[idx] = v1028;
      ((float *)(base + 32896))[idx] = v1029;
  }
}

/* train_k75_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k75_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a313 = ((float *)(base + 60416))[idx];
      const float a493 = ((float *)(base + 174144))[0];
      const float a658 = ((float *)(base + 127488))[idx];
      const float a659 = ((float *)(base + 131584))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a393 = ((float *)(base + 249152))[0];
      const float a71 = ((float *)(base + 20992))[idx];
      const float a392 = ((float *)(base + 249088))[0];
      const float a225 = ((float *)(base + 47296))[idx];
      const float a870 = ((float *)(base + 153728))[idx];
      const float a871 = ((float *)(base + 157824))[idx];
      const float a130 = ((float *)(base + 34112))[idx];
      const float v660 = (a313 * a493);
      const float v661 = (v660 * 0.1f);
      const float v662 = (a658 * 0.9f);
      const float v663 = (v662 + v661);
      const float v664 = (v660 * v660);
      const float v665 = (v664 * 0.05f);
      const float v666 = (a659 * 0.95f);
      const float v667 = (v666 + v665);
      const float v668 = (v663 / a395);
      const float v669 = (v667 / a396);
      const float v670 = sqrtf(v669);
      const float v671 = (v670 + 1e-08f);
      const float v672 = (v668 / v671);
      const float v673 = (a393 * a71);
      const float v674 = (v672 + v673);
      const float v675 = (a392 * v674);
      const float v676 = (a71 - v675);
      const float v872 = (a225 * a493);
      const float v873 = (v872 * 0.1f);
      const float v874 = (a870 * 0.9f);
      const float v875 = (v874 + v873);
      const float v876 = (v872 * v872);
      const float v877 = (v876 * 0.05f);
      const float v878 = (a871 * 0.95f);
      const float v879 = (v878 + v877);
      const float v880 = (v875 / a395);
      const float v881 = (v879 / a396);
      const float v882 = sqrtf(v881);
      const float v883 = (v882 + 1e-08f);
      const float v884 = (v880 / v883);
      const float v885 = (a393 * a130);
      const float v886 = (v884 + v885);
      const float v887 = (a392 * v886);
      const float v888 = (a130 - v887);
      const float v1003 = v663;
      const float v1004 = v667;
      const float v1005 = v676;
      const float v1039 = v875;
      const float v1040 = v879;
      const float v1041 = v888;
      ((float *)(base + 127488))[idx] = v1003;
      ((float *)(base + 131584))[idx] = v1004;
      ((float *)(base + 20992))[idx] = v1005;
      ((float *)(base + 153728))[idx] = v1039;
      ((float *)(base + 157824))[idx] = v1040;
      ((float *)(base + 34112))[idx] = v1041;
  }
}

/* train_k76_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k76_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a306 = ((float *)(base + 56064))[idx];
      const float a493 = ((float *)(base + 174144))[0];
      const float a694 = ((float *)(base + 136192))[idx];
      const float a695 = ((float *)(base + 140288))[idx];
      const float a395 = ((float *)(base + 249280))[0];
      const float a396 = ((float *)(base + 249344))[0];
      const float a393 = ((float *)(base + 249152))[0];
      const float a76 = ((float *)(base + 25344))[idx];
      const float a392 = ((float *)(base + 249088))[0];
      const float a218 = ((float *)(base + 42944))[idx];
      const float a906 = ((float *)(base + 162432))[idx];
      const float a907 = ((float *)(base + 166528))[idx];
      const float a135 = ((float *)(base + 38464))[idx];
      const float v696 = (a306 * a493);
      const float v697 = (v696 * 0.1f);
      const float v698 = (a694 * 0.9f);
      const float v699 = (v698 + v697);
      const float v700 = (v696 * v696);
      const float v701 = (v700 * 0.05f);
      const float v702 = (a695 * 0.95f);
      const float v703 = (v702 + v701);
      const float v704 = (v699 / a395);
      const float v705 = (v703 / a396);
      const float v706 = sqrtf(v705);
      const float v707 = (v706 + 1e-08f);
      const float v708 = (v704 / v707);
      const float v709 = (a393 * a76);
      const float v710 = (v708 + v709);
      const float v711 = (a392 * v710);
      const float v712 = (a76 - v711);
      const float v908 = (a218 * a493);
      const float v909 = (v908 * 0.1f);
      const float v910 = (a906 * 0.9f);
      const float v911 = (v910 + v909);
      const float v912 = (v908 * v908);
      const float v913 = (v912 * 0.05f);
      const float v914 = (a907 * 0.95f);
      const float v915 = (v914 + v913);
      const float v916 = (v911 / a395);
      const float v917 = (v915 / a396);
      const float v918 = sqrtf(v917);
      const float v919 = (v918 + 1e-08f);
      const float v920 = (v916 / v919);
      const float v921 = (a393 * a135);
      const float v922 = (v920 + v921);
      const float v923 = (a392 * v922);
      const float v924 = (a135 - v923);
      const float v1009 = v699;
      const float v1010 = v703;
      const float v1011 = v712;
      const float v1045 = v911;
      const float v1046 = v915;
      const float v1047 = v924;
      ((float *)(base + 136192))[idx] = v1009;
      ((float *)(base + 140288))[idx] = v1010;
      ((float *)(base + 25344))[idx] = v1011;
      ((float *)(base + 162432))[idx] = v1045;
      ((float *)(base + 166528))[idx] = v1046;
      ((float *)(base + 38464))[idx] = v1047;
  }
}

/* eval_k77_gather: gather f32[2, 8, 16] */
void eval_k77_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 190464))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 190464))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 173056))[idx] = v3;
  }
}

/* eval_k78_positions: positions i32[8] */
void eval_k78_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 190592))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 174080))[idx] = v5;
  }
}

/* eval_k79_cast: cast f32[8, 1] */
void eval_k79_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a6 = ((int32_t *)(base + 174080))[idx];
      const float v7 = a6;
      ((float *)(base + 174144))[idx] = v7;
  }
}

/* eval_k80_positions: positions i32[1] */
void eval_k80_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 190592))[0];
      const int32_t v8 = (a4 + (int32_t)col);
      ((int32_t *)(base + 174208))[idx] = v8;
  }
}

/* eval_k81_exp: sub i32[8], cast f32[8], mul f32[8], exp f32[8] */
void eval_k81_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 174080))[idx];
      const int32_t a8 = ((int32_t *)(base + 174208))[0];
      const int32_t v9 = (a5 - a8);
      const float v10 = v9;
      const float v12 = (v10 * (-1.15129255f));
      const float v13 = expf(v12);
      ((float *)(base + 174272))[idx] = v13;
  }
}

/* eval_k82_cos: mul f32[8, 8], sin f32[8, 8], cos f32[8, 8] */
void eval_k82_cos(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float a7 = ((float *)(base + 174144))[(idx / 8LL)];
      const float a13 = ((float *)(base + 174272))[(idx % 8LL)];
      const float v14 = (a7 * a13);
      const float v15 = sinf(v14);
      const float v16 = cosf(v14);
      ((float *)(base + 174592))[idx] = v15;
      ((float *)(base + 174848))[idx] = v16;
  }
}

/* eval_k83_concat: concat f32[8, 16] */
void eval_k83_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v17 = ((idx / 1LL % 16LL) < 8LL ? ((float *)(base + 174592))[0 + ((idx / 16LL)) * 8LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 174848))[0 + ((idx / 16LL)) * 8LL + ((idx / 1LL % 16LL) + -8LL) * 1LL]);
      ((float *)(base + 174080))[idx] = v17;
  }
}

/* eval_k84_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k84_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc21 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 173056))[idx];
      const float a17 = ((float *)(base + 174080))[(idx % 128LL)];
      const float v18 = (a3 + a17);
      acc21 = acc21 + v18;
    }
      const float v21 = (float)acc21;
      const float v23 = (v21 * 0.0625f);
    double acc26 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 173056))[idx];
      const float a17 = ((float *)(base + 174080))[(idx % 128LL)];
      const float v18 = (a3 + a17);
      const float v24 = (v18 - v23);
      const float v25 = (v24 * v24);
      acc26 = acc26 + v25;
    }
      const float v26 = (float)acc26;
      const float v27 = (v26 * 0.0625f);
      const float v29 = (v27 + 1e-05f);
      const float v30 = (1.0f / sqrtf(v29));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 173056))[idx];
      const float a17 = ((float *)(base + 174080))[(idx % 128LL)];
      const float a19 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a20 = ((float *)(base + 16448))[(idx % 16LL)];
      const float v18 = (a3 + a17);
      const float v24 = (v18 - v23);
      const float v31 = (v24 * v30);
      const float v32 = (v31 * a19);
      const float v33 = (v32 + a20);
      ((float *)(base + 176128))[idx] = v18;
      ((float *)(base + 177152))[idx] = v33;
    }
  }
}

/* eval_k85_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k85_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v38 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v39 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v40 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v38;
      ((float *)(base + 178176))[idx] = v39;
      ((float *)(base + 179200))[idx] = v40;
  }
}

/* eval_k86_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k86_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v42 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v44 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v46 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v42;
      ((float *)(base + 174080))[idx] = v44;
      ((float *)(base + 175104))[idx] = v46;
  }
}

/* eval_k87_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k87_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 174080); (void)K;
  const float *V = (const float *)(base + 175104); (void)V;
  const int32_t *P = (const int32_t *)(base + 190592); (void)P;
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

/* eval_k88_permute: permute f32[2, 8, 2, 8] */
void eval_k88_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v48 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v48;
  }
}

/* eval_k89_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k89_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc57 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a18 = ((float *)(base + 176128))[idx];
      const float a53 = ((float *)(base + 174080))[idx];
      const float v54 = (a18 + a53);
      acc57 = acc57 + v54;
    }
      const float v57 = (float)acc57;
      const float v58 = (v57 * 0.0625f);
    double acc61 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a18 = ((float *)(base + 176128))[idx];
      const float a53 = ((float *)(base + 174080))[idx];
      const float v54 = (a18 + a53);
      const float v59 = (v54 - v58);
      const float v60 = (v59 * v59);
      acc61 = acc61 + v60;
    }
      const float v61 = (float)acc61;
      const float v62 = (v61 * 0.0625f);
      const float v63 = (v62 + 1e-05f);
      const float v64 = (1.0f / sqrtf(v63));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a18 = ((float *)(base + 176128))[idx];
      const float a53 = ((float *)(base + 174080))[idx];
      const float a55 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a56 = ((float *)(base + 20928))[(idx % 16LL)];
      const float v54 = (a18 + a53);
      const float v59 = (v54 - v58);
      const float v65 = (v59 * v64);
      const float v66 = (v65 * a55);
      const float v67 = (v66 + a56);
      ((float *)(base + 177152))[idx] = v54;
      ((float *)(base + 178176))[idx] = v67;
    }
  }
}

/* eval_k90_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k90_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc80 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a54 = ((float *)(base + 177152))[idx];
      const float a76 = ((float *)(base + 178176))[idx];
      const float v77 = (a54 + a76);
      acc80 = acc80 + v77;
    }
      const float v80 = (float)acc80;
      const float v81 = (v80 * 0.0625f);
    double acc84 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a54 = ((float *)(base + 177152))[idx];
      const float a76 = ((float *)(base + 178176))[idx];
      const float v77 = (a54 + a76);
      const float v82 = (v77 - v81);
      const float v83 = (v82 * v82);
      acc84 = acc84 + v83;
    }
      const float v84 = (float)acc84;
      const float v85 = (v84 * 0.0625f);
      const float v86 = (v85 + 1e-05f);
      const float v87 = (1.0f / sqrtf(v86));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a54 = ((float *)(base + 177152))[idx];
      const float a76 = ((float *)(base + 178176))[idx];
      const float a78 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a79 = ((float *)(base + 29568))[(idx % 16LL)];
      const float v77 = (a54 + a76);
      const float v82 = (v77 - v81);
      const float v88 = (v82 * v87);
      const float v89 = (v88 * a78);
      const float v90 = (v89 + a79);
      ((float *)(base + 176128))[idx] = v77;
      ((float *)(base + 179200))[idx] = v90;
    }
  }
}

/* eval_k91_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k91_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v95 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v96 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v97 = ((float *)(base + 173056))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v95;
      ((float *)(base + 178176))[idx] = v96;
      ((float *)(base + 179200))[idx] = v97;
  }
}

/* eval_k92_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k92_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v99 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v101 = ((float *)(base + 178176))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v103 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v99;
      ((float *)(base + 174080))[idx] = v101;
      ((float *)(base + 175104))[idx] = v103;
  }
}

/* eval_k93_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k93_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 174080); (void)K;
  const float *V = (const float *)(base + 175104); (void)V;
  const int32_t *P = (const int32_t *)(base + 190592); (void)P;
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

/* eval_k94_permute: permute f32[2, 8, 2, 8] */
void eval_k94_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v105 = ((float *)(base + 177152))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v105;
  }
}

/* eval_k95_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k95_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc114 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a77 = ((float *)(base + 176128))[idx];
      const float a110 = ((float *)(base + 174080))[idx];
      const float v111 = (a77 + a110);
      acc114 = acc114 + v111;
    }
      const float v114 = (float)acc114;
      const float v115 = (v114 * 0.0625f);
    double acc118 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a77 = ((float *)(base + 176128))[idx];
      const float a110 = ((float *)(base + 174080))[idx];
      const float v111 = (a77 + a110);
      const float v116 = (v111 - v115);
      const float v117 = (v116 * v116);
      acc118 = acc118 + v117;
    }
      const float v118 = (float)acc118;
      const float v119 = (v118 * 0.0625f);
      const float v120 = (v119 + 1e-05f);
      const float v121 = (1.0f / sqrtf(v120));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a77 = ((float *)(base + 176128))[idx];
      const float a110 = ((float *)(base + 174080))[idx];
      const float a112 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a113 = ((float *)(base + 34048))[(idx % 16LL)];
      const float v111 = (a77 + a110);
      const float v116 = (v111 - v115);
      const float v122 = (v116 * v121);
      const float v123 = (v122 * a112);
      const float v124 = (v123 + a113);
      ((float *)(base + 177152))[idx] = v111;
      ((float *)(base + 178176))[idx] = v124;
    }
  }
}

/* eval_k96_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k96_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc137 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a111 = ((float *)(base + 177152))[idx];
      const float a133 = ((float *)(base + 178176))[idx];
      const float v134 = (a111 + a133);
      acc137 = acc137 + v134;
    }
      const float v137 = (float)acc137;
      const float v138 = (v137 * 0.0625f);
    double acc141 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a111 = ((float *)(base + 177152))[idx];
      const float a133 = ((float *)(base + 178176))[idx];
      const float v134 = (a111 + a133);
      const float v139 = (v134 - v138);
      const float v140 = (v139 * v139);
      acc141 = acc141 + v140;
    }
      const float v141 = (float)acc141;
      const float v142 = (v141 * 0.0625f);
      const float v143 = (v142 + 1e-05f);
      const float v144 = (1.0f / sqrtf(v143));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a111 = ((float *)(base + 177152))[idx];
      const float a133 = ((float *)(base + 178176))[idx];
      const float a135 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a136 = ((float *)(base + 42688))[(idx % 16LL)];
      const float v134 = (a111 + a133);
      const float v139 = (v134 - v138);
      const float v145 = (v139 * v144);
      const float v146 = (v145 * a135);
      const float v147 = (v146 + a136);
      ((float *)(base + 189440))[idx] = v147;
    }
  }
}

/* eval_k97_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1] */
void eval_k97_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc149 = -G23_INF;
    double acc158 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a155 = ((int32_t *)(base + 190528))[(idx / 256LL)];
      const float a148 = ((float *)(base + 173056))[idx];
      const float v156 = (float)(col == (int64_t)a155);
      const float v157 = (a148 * v156);
      acc149 = fmax(acc149, a148);
      acc158 = acc158 + v157;
    }
      const float v149 = (float)acc149;
      const float v158 = (float)acc158;
    double acc152 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a148 = ((float *)(base + 173056))[idx];
      const float v150 = (a148 - v149);
      const float v151 = expf(v150);
      acc152 = acc152 + v151;
    }
      const float v152 = (float)acc152;
      const float v153 = logf(v152);
      const float v154 = (v153 + v149);
      const float v159 = (v154 - v158);
    {
      ((float *)(base + 189440))[r] = v159;
    }
  }
}

/* eval_k98_rowsum: sum f32[1], mul f32[1] */
void eval_k98_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc161 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a160 = ((float *)(base + 189440))[idx];
      acc161 = acc161 + a160;
    }
      const float v161 = (float)acc161;
      const float v162 = (v161 * 0.0625f);
    {
      ((float *)(base + 173056))[r] = v162;
    }
  }
}

/* prefill_k99_gather: gather f32[1, 8, 16] */
void prefill_k99_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 181760))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 181760))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 173056))[idx] = v2;
  }
}

/* prefill_k100_positions: positions i32[8] */
void prefill_k100_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a3 = ((int32_t *)(base + 181824))[0];
      const int32_t v4 = (a3 + (int32_t)col);
      ((int32_t *)(base + 173568))[idx] = v4;
  }
}

/* prefill_k101_cast: cast f32[8, 1] */
void prefill_k101_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 173568))[idx];
      const float v6 = a5;
      ((float *)(base + 173632))[idx] = v6;
  }
}

/* prefill_k102_positions: positions i32[1] */
void prefill_k102_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a3 = ((int32_t *)(base + 181824))[0];
      const int32_t v7 = (a3 + (int32_t)col);
      ((int32_t *)(base + 173696))[idx] = v7;
  }
}

/* prefill_k103_exp: sub i32[8], cast f32[8], mul f32[8], exp f32[8] */
void prefill_k103_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 173568))[idx];
      const int32_t a7 = ((int32_t *)(base + 173696))[0];
      const int32_t v8 = (a4 - a7);
      const float v9 = v8;
      const float v11 = (v9 * (-1.15129255f));
      const float v12 = expf(v11);
      ((float *)(base + 173760))[idx] = v12;
  }
}

/* prefill_k104_cos: mul f32[8, 8], sin f32[8, 8], cos f32[8, 8] */
void prefill_k104_cos(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float a6 = ((float *)(base + 173632))[(idx / 8LL)];
      const float a12 = ((float *)(base + 173760))[(idx % 8LL)];
      const float v13 = (a6 * a12);
      const float v14 = sinf(v13);
      const float v15 = cosf(v13);
      ((float *)(base + 174080))[idx] = v14;
      ((float *)(base + 174336))[idx] = v15;
  }
}

/* prefill_k105_concat: concat f32[8, 16] */
void prefill_k105_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v16 = ((idx / 1LL % 16LL) < 8LL ? ((float *)(base + 174080))[0 + ((idx / 16LL)) * 8LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 174336))[0 + ((idx / 16LL)) * 8LL + ((idx / 1LL % 16LL) + -8LL) * 1LL]);
      ((float *)(base + 173568))[idx] = v16;
  }
}

/* prefill_k106_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k106_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc20 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173056))[idx];
      const float a16 = ((float *)(base + 173568))[idx];
      const float v17 = (a2 + a16);
      acc20 = acc20 + v17;
    }
      const float v20 = (float)acc20;
      const float v22 = (v20 * 0.0625f);
    double acc25 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173056))[idx];
      const float a16 = ((float *)(base + 173568))[idx];
      const float v17 = (a2 + a16);
      const float v23 = (v17 - v22);
      const float v24 = (v23 * v23);
      acc25 = acc25 + v24;
    }
      const float v25 = (float)acc25;
      const float v26 = (v25 * 0.0625f);
      const float v28 = (v26 + 1e-05f);
      const float v29 = (1.0f / sqrtf(v28));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173056))[idx];
      const float a16 = ((float *)(base + 173568))[idx];
      const float a18 = ((float *)(base + 16384))[(idx % 16LL)];
      const float a19 = ((float *)(base + 16448))[(idx % 16LL)];
      const float v17 = (a2 + a16);
      const float v23 = (v17 - v22);
      const float v30 = (v23 * v29);
      const float v31 = (v30 * a18);
      const float v32 = (v31 + a19);
      ((float *)(base + 174592))[idx] = v17;
      ((float *)(base + 175104))[idx] = v32;
    }
  }
}

/* prefill_k107_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k107_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v37 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v38 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v39 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175104))[idx] = v37;
      ((float *)(base + 175616))[idx] = v38;
      ((float *)(base + 176128))[idx] = v39;
  }
}

/* prefill_k108_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k108_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 175104))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v43 = ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v45 = ((float *)(base + 176128))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v41;
      ((float *)(base + 173568))[idx] = v43;
      ((float *)(base + 174080))[idx] = v45;
  }
}

/* prefill_k109_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k109_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 181824))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171008))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173568))[idx];
  }
}

/* prefill_k110_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k110_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 181824))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171520))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174080))[idx];
  }
}

/* prefill_k111_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k111_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 171008); (void)K;
  const float *V = (const float *)(base + 171520); (void)V;
  const int32_t *P = (const int32_t *)(base + 181824); (void)P;
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

/* prefill_k112_permute: permute f32[1, 8, 2, 8] */
void prefill_k112_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v51 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v51;
  }
}

/* prefill_k113_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k113_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc60 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a17 = ((float *)(base + 174592))[idx];
      const float a56 = ((float *)(base + 173568))[idx];
      const float v57 = (a17 + a56);
      acc60 = acc60 + v57;
    }
      const float v60 = (float)acc60;
      const float v61 = (v60 * 0.0625f);
    double acc64 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a17 = ((float *)(base + 174592))[idx];
      const float a56 = ((float *)(base + 173568))[idx];
      const float v57 = (a17 + a56);
      const float v62 = (v57 - v61);
      const float v63 = (v62 * v62);
      acc64 = acc64 + v63;
    }
      const float v64 = (float)acc64;
      const float v65 = (v64 * 0.0625f);
      const float v66 = (v65 + 1e-05f);
      const float v67 = (1.0f / sqrtf(v66));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a17 = ((float *)(base + 174592))[idx];
      const float a56 = ((float *)(base + 173568))[idx];
      const float a58 = ((float *)(base + 20864))[(idx % 16LL)];
      const float a59 = ((float *)(base + 20928))[(idx % 16LL)];
      const float v57 = (a17 + a56);
      const float v62 = (v57 - v61);
      const float v68 = (v62 * v67);
      const float v69 = (v68 * a58);
      const float v70 = (v69 + a59);
      ((float *)(base + 175104))[idx] = v57;
      ((float *)(base + 175616))[idx] = v70;
    }
  }
}

/* prefill_k114_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k114_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc83 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a57 = ((float *)(base + 175104))[idx];
      const float a79 = ((float *)(base + 175616))[idx];
      const float v80 = (a57 + a79);
      acc83 = acc83 + v80;
    }
      const float v83 = (float)acc83;
      const float v84 = (v83 * 0.0625f);
    double acc87 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a57 = ((float *)(base + 175104))[idx];
      const float a79 = ((float *)(base + 175616))[idx];
      const float v80 = (a57 + a79);
      const float v85 = (v80 - v84);
      const float v86 = (v85 * v85);
      acc87 = acc87 + v86;
    }
      const float v87 = (float)acc87;
      const float v88 = (v87 * 0.0625f);
      const float v89 = (v88 + 1e-05f);
      const float v90 = (1.0f / sqrtf(v89));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a57 = ((float *)(base + 175104))[idx];
      const float a79 = ((float *)(base + 175616))[idx];
      const float a81 = ((float *)(base + 29504))[(idx % 16LL)];
      const float a82 = ((float *)(base + 29568))[(idx % 16LL)];
      const float v80 = (a57 + a79);
      const float v85 = (v80 - v84);
      const float v91 = (v85 * v90);
      const float v92 = (v91 * a81);
      const float v93 = (v92 + a82);
      ((float *)(base + 174592))[idx] = v80;
      ((float *)(base + 176128))[idx] = v93;
    }
  }
}

/* prefill_k115_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k115_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v98 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v99 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v100 = ((float *)(base + 173056))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175104))[idx] = v98;
      ((float *)(base + 175616))[idx] = v99;
      ((float *)(base + 176128))[idx] = v100;
  }
}

/* prefill_k116_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k116_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v102 = ((float *)(base + 175104))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v104 = ((float *)(base + 175616))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v106 = ((float *)(base + 176128))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v102;
      ((float *)(base + 173568))[idx] = v104;
      ((float *)(base + 174080))[idx] = v106;
  }
}

/* prefill_k117_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k117_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 181824))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172032))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173568))[idx];
  }
}

/* prefill_k118_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k118_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 181824))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172544))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 174080))[idx];
  }
}

/* prefill_k119_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k119_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 172032); (void)K;
  const float *V = (const float *)(base + 172544); (void)V;
  const int32_t *P = (const int32_t *)(base + 181824); (void)P;
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

/* prefill_k120_permute: permute f32[1, 8, 2, 8] */
void prefill_k120_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v112 = ((float *)(base + 173568))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v112;
  }
}

/* prefill_k121_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k121_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc121 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a80 = ((float *)(base + 174592))[idx];
      const float a117 = ((float *)(base + 173568))[idx];
      const float v118 = (a80 + a117);
      acc121 = acc121 + v118;
    }
      const float v121 = (float)acc121;
      const float v122 = (v121 * 0.0625f);
    double acc125 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a80 = ((float *)(base + 174592))[idx];
      const float a117 = ((float *)(base + 173568))[idx];
      const float v118 = (a80 + a117);
      const float v123 = (v118 - v122);
      const float v124 = (v123 * v123);
      acc125 = acc125 + v124;
    }
      const float v125 = (float)acc125;
      const float v126 = (v125 * 0.0625f);
      const float v127 = (v126 + 1e-05f);
      const float v128 = (1.0f / sqrtf(v127));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a80 = ((float *)(base + 174592))[idx];
      const float a117 = ((float *)(base + 173568))[idx];
      const float a119 = ((float *)(base + 33984))[(idx % 16LL)];
      const float a120 = ((float *)(base + 34048))[(idx % 16LL)];
      const float v118 = (a80 + a117);
      const float v123 = (v118 - v122);
      const float v129 = (v123 * v128);
      const float v130 = (v129 * a119);
      const float v131 = (v130 + a120);
      ((float *)(base + 175104))[idx] = v118;
      ((float *)(base + 175616))[idx] = v131;
    }
  }
}

/* prefill_k122_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k122_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc144 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a118 = ((float *)(base + 175104))[idx];
      const float a140 = ((float *)(base + 175616))[idx];
      const float v141 = (a118 + a140);
      acc144 = acc144 + v141;
    }
      const float v144 = (float)acc144;
      const float v145 = (v144 * 0.0625f);
    double acc148 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a118 = ((float *)(base + 175104))[idx];
      const float a140 = ((float *)(base + 175616))[idx];
      const float v141 = (a118 + a140);
      const float v146 = (v141 - v145);
      const float v147 = (v146 * v146);
      acc148 = acc148 + v147;
    }
      const float v148 = (float)acc148;
      const float v149 = (v148 * 0.0625f);
      const float v150 = (v149 + 1e-05f);
      const float v151 = (1.0f / sqrtf(v150));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a118 = ((float *)(base + 175104))[idx];
      const float a140 = ((float *)(base + 175616))[idx];
      const float a142 = ((float *)(base + 42624))[(idx % 16LL)];
      const float a143 = ((float *)(base + 42688))[(idx % 16LL)];
      const float v141 = (a118 + a140);
      const float v146 = (v141 - v145);
      const float v152 = (v146 * v151);
      const float v153 = (v152 * a142);
      const float v154 = (v153 + a143);
      ((float *)(base + 181248))[idx] = v154;
    }
  }
}

/* decode_k123_gather: gather f32[1, 1, 16] */
void decode_k123_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 174080))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 174080))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 173056))[idx] = v2;
  }
}

/* decode_k124_positions: positions i32[1] */
void decode_k124_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a3 = ((int32_t *)(base + 174144))[0];
      const int32_t v4 = (a3 + (int32_t)col);
      ((int32_t *)(base + 173120))[idx] = v4;
  }
}

/* decode_k125_cast: cast f32[1, 1] */
void decode_k125_cast(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 173120))[0];
      const float v6 = a5;
      ((float *)(base + 173184))[idx] = v6;
  }
}

/* decode_k126_exp: positions i32[8], sub i32[8], cast f32[8], mul f32[8], exp f32[8] */
void decode_k126_exp(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a3 = ((int32_t *)(base + 174144))[0];
      const int32_t a4 = ((int32_t *)(base + 173120))[0];
      const int32_t v7 = (a3 + (int32_t)col);
      const int32_t v8 = (v7 - a4);
      const float v9 = v8;
      const float v11 = (v9 * (-1.15129255f));
      const float v12 = expf(v11);
      ((float *)(base + 173248))[idx] = v12;
  }
}

/* decode_k127_cos: mul f32[1, 8], sin f32[1, 8], cos f32[1, 8] */
void decode_k127_cos(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float a6 = ((float *)(base + 173184))[0];
      const float a12 = ((float *)(base + 173248))[idx];
      const float v13 = (a6 * a12);
      const float v14 = sinf(v13);
      const float v15 = cosf(v13);
      ((float *)(base + 173120))[idx] = v14;
      ((float *)(base + 173312))[idx] = v15;
  }
}

/* decode_k128_concat: concat f32[1, 16] */
void decode_k128_concat(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v16 = ((idx / 1LL % 16LL) < 8LL ? ((float *)(base + 173120))[0 + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 173312))[0 + ((idx / 1LL % 16LL) + -8LL) * 1LL]);
      ((float *)(base + 173184))[idx] = v16;
  }
}

/* decode_k129_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k129_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc20 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173056))[idx];
      const float a16 = ((float *)(base + 173184))[idx];
      const float v17 = (a2 + a16);
      acc20 = acc20 + v17;
    }
      const float v20 = (float)acc20;
      const float v22 = (v20 * 0.0625f);
    double acc25 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173056))[idx];
      const float a16 = ((float *)(base + 173184))[idx];
      const float v17 = (a2 + a16);
      const float v23 = (v17 - v22);
      const float v24 = (v23 * v23);
      acc25 = acc25 + v24;
    }
      const float v25 = (float)acc25;
      const float v26 = (v25 * 0.0625f);
      const float v28 = (v26 + 1e-05f);
      const float v29 = (1.0f / sqrtf(v28));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 173056))[idx];
      const float a16 = ((float *)(base + 173184))[idx];
      const float a18 = ((float *)(base + 16384))[idx];
      const float a19 = ((float *)(base + 16448))[idx];
      const float v17 = (a2 + a16);
      const float v23 = (v17 - v22);
      const float v30 = (v23 * v29);
      const float v31 = (v30 * a18);
      const float v32 = (v31 + a19);
      ((float *)(base + 173248))[idx] = v17;
      ((float *)(base + 173312))[idx] = v32;
    }
  }
}

/* decode_k130_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k130_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v37 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v38 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v39 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 173312))[idx] = v37;
      ((float *)(base + 173376))[idx] = v38;
      ((float *)(base + 173440))[idx] = v39;
  }
}

/* decode_k131_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k131_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 173312))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v43 = ((float *)(base + 173376))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v45 = ((float *)(base + 173440))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v41;
      ((float *)(base + 173120))[idx] = v43;
      ((float *)(base + 173184))[idx] = v45;
  }
}

/* decode_k132_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k132_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 174144))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171008))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173120))[idx];
  }
}

/* decode_k133_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k133_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 174144))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 171520))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173184))[idx];
  }
}

/* decode_k134_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k134_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 171008); (void)K;
  const float *V = (const float *)(base + 171520); (void)V;
  const int32_t *P = (const int32_t *)(base + 174144); (void)P;
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

/* decode_k135_permute: permute f32[1, 1, 2, 8] */
void decode_k135_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v51 = ((float *)(base + 173120))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v51;
  }
}

/* decode_k136_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k136_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc60 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a17 = ((float *)(base + 173248))[idx];
      const float a56 = ((float *)(base + 173120))[idx];
      const float v57 = (a17 + a56);
      acc60 = acc60 + v57;
    }
      const float v60 = (float)acc60;
      const float v61 = (v60 * 0.0625f);
    double acc64 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a17 = ((float *)(base + 173248))[idx];
      const float a56 = ((float *)(base + 173120))[idx];
      const float v57 = (a17 + a56);
      const float v62 = (v57 - v61);
      const float v63 = (v62 * v62);
      acc64 = acc64 + v63;
    }
      const float v64 = (float)acc64;
      const float v65 = (v64 * 0.0625f);
      const float v66 = (v65 + 1e-05f);
      const float v67 = (1.0f / sqrtf(v66));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a17 = ((float *)(base + 173248))[idx];
      const float a56 = ((float *)(base + 173120))[idx];
      const float a58 = ((float *)(base + 20864))[idx];
      const float a59 = ((float *)(base + 20928))[idx];
      const float v57 = (a17 + a56);
      const float v62 = (v57 - v61);
      const float v68 = (v62 * v67);
      const float v69 = (v68 * a58);
      const float v70 = (v69 + a59);
      ((float *)(base + 173312))[idx] = v57;
      ((float *)(base + 173376))[idx] = v70;
    }
  }
}

/* decode_k137_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k137_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc83 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a57 = ((float *)(base + 173312))[idx];
      const float a79 = ((float *)(base + 173376))[idx];
      const float v80 = (a57 + a79);
      acc83 = acc83 + v80;
    }
      const float v83 = (float)acc83;
      const float v84 = (v83 * 0.0625f);
    double acc87 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a57 = ((float *)(base + 173312))[idx];
      const float a79 = ((float *)(base + 173376))[idx];
      const float v80 = (a57 + a79);
      const float v85 = (v80 - v84);
      const float v86 = (v85 * v85);
      acc87 = acc87 + v86;
    }
      const float v87 = (float)acc87;
      const float v88 = (v87 * 0.0625f);
      const float v89 = (v88 + 1e-05f);
      const float v90 = (1.0f / sqrtf(v89));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a57 = ((float *)(base + 173312))[idx];
      const float a79 = ((float *)(base + 173376))[idx];
      const float a81 = ((float *)(base + 29504))[idx];
      const float a82 = ((float *)(base + 29568))[idx];
      const float v80 = (a57 + a79);
      const float v85 = (v80 - v84);
      const float v91 = (v85 * v90);
      const float v92 = (v91 * a81);
      const float v93 = (v92 + a82);
      ((float *)(base + 173248))[idx] = v80;
      ((float *)(base + 173440))[idx] = v93;
    }
  }
}

/* decode_k138_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k138_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v98 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v99 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v100 = ((float *)(base + 173056))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 173312))[idx] = v98;
      ((float *)(base + 173376))[idx] = v99;
      ((float *)(base + 173440))[idx] = v100;
  }
}

/* decode_k139_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k139_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v102 = ((float *)(base + 173312))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v104 = ((float *)(base + 173376))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v106 = ((float *)(base + 173440))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v102;
      ((float *)(base + 173120))[idx] = v104;
      ((float *)(base + 173184))[idx] = v106;
  }
}

/* decode_k140_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k140_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 174144))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172032))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173120))[idx];
  }
}

/* decode_k141_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k141_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 174144))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 172544))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 173184))[idx];
  }
}

/* decode_k142_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k142_attention(char *base) {
  const float *Q = (const float *)(base + 173056); (void)Q;
  const float *K = (const float *)(base + 172032); (void)K;
  const float *V = (const float *)(base + 172544); (void)V;
  const int32_t *P = (const int32_t *)(base + 174144); (void)P;
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

/* decode_k143_permute: permute f32[1, 1, 2, 8] */
void decode_k143_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v112 = ((float *)(base + 173120))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 173056))[idx] = v112;
  }
}

/* decode_k144_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k144_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc121 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a80 = ((float *)(base + 173248))[idx];
      const float a117 = ((float *)(base + 173120))[idx];
      const float v118 = (a80 + a117);
      acc121 = acc121 + v118;
    }
      const float v121 = (float)acc121;
      const float v122 = (v121 * 0.0625f);
    double acc125 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a80 = ((float *)(base + 173248))[idx];
      const float a117 = ((float *)(base + 173120))[idx];
      const float v118 = (a80 + a117);
      const float v123 = (v118 - v122);
      const float v124 = (v123 * v123);
      acc125 = acc125 + v124;
    }
      const float v125 = (float)acc125;
      const float v126 = (v125 * 0.0625f);
      const float v127 = (v126 + 1e-05f);
      const float v128 = (1.0f / sqrtf(v127));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a80 = ((float *)(base + 173248))[idx];
      const float a117 = ((float *)(base + 173120))[idx];
      const float a119 = ((float *)(base + 33984))[idx];
      const float a120 = ((float *)(base + 34048))[idx];
      const float v118 = (a80 + a117);
      const float v123 = (v118 - v122);
      const float v129 = (v123 * v128);
      const float v130 = (v129 * a119);
      const float v131 = (v130 + a120);
      ((float *)(base + 173312))[idx] = v118;
      ((float *)(base + 173376))[idx] = v131;
    }
  }
}

/* decode_k145_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k145_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc144 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a118 = ((float *)(base + 173312))[idx];
      const float a140 = ((float *)(base + 173376))[idx];
      const float v141 = (a118 + a140);
      acc144 = acc144 + v141;
    }
      const float v144 = (float)acc144;
      const float v145 = (v144 * 0.0625f);
    double acc148 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a118 = ((float *)(base + 173312))[idx];
      const float a140 = ((float *)(base + 173376))[idx];
      const float v141 = (a118 + a140);
      const float v146 = (v141 - v145);
      const float v147 = (v146 * v146);
      acc148 = acc148 + v147;
    }
      const float v148 = (float)acc148;
      const float v149 = (v148 * 0.0625f);
      const float v150 = (v149 + 1e-05f);
      const float v151 = (1.0f / sqrtf(v150));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a118 = ((float *)(base + 173312))[idx];
      const float a140 = ((float *)(base + 173376))[idx];
      const float a142 = ((float *)(base + 42624))[idx];
      const float a143 = ((float *)(base + 42688))[idx];
      const float v141 = (a118 + a140);
      const float v146 = (v141 - v145);
      const float v152 = (v146 * v151);
      const float v153 = (v152 * a142);
      const float v154 = (v153 + a143);
      ((float *)(base + 174208))[idx] = v154;
    }
  }
}

