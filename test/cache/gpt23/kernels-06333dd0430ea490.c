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

/* train_k0_gather: gather f32[2, 8, 16] */
void train_k0_gather(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 250880))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 250880))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175104))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[8] */
void train_k1_positions(char *base) {
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 251008))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 251456))[idx] = v6;
  }
}

/* train_k2_gather: gather f32[8, 16] */
void train_k2_gather(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 251456))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 251456))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 176128))[idx] = v7;
  }
}

/* train_k3_rowsum: add f32[2, 8, 16], dropout f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k3_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc13 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 175104))[idx];
      const float a7 = ((float *)(base + 176128))[(idx % 128LL)];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      acc13 = acc13 + v10;
    }
      const float v13 = (float)acc13;
      const float v15 = (v13 * 0.0625f);
    double acc18 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 175104))[idx];
      const float a7 = ((float *)(base + 176128))[(idx % 128LL)];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
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
      const float v364 = (v22 * v22);
      const float v365 = (v364 * v22);
      const float v366 = (v365 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 175104))[idx];
      const float a7 = ((float *)(base + 176128))[(idx % 128LL)];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a12 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v10 = g23_dropout(v8, a9, 0LL, idx, 0.1f);
      const float v16 = (v10 - v15);
      const float v23 = (v16 * v22);
      const float v24 = (v23 * a11);
      const float v25 = (v24 + a12);
      ((float *)(base + 178176))[idx] = v10;
      ((float *)(base + 224256))[idx] = v16;
      ((float *)(base + 225280))[idx] = v23;
      ((float *)(base + 226304))[idx] = v25;
    }
    {
      ((float *)(base + 251520))[r] = v22;
      ((float *)(base + 251584))[r] = v366;
    }
  }
}

/* train_k4_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k4_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v30 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v31 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v32 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 179200))[idx] = v30;
      ((float *)(base + 180224))[idx] = v31;
      ((float *)(base + 181248))[idx] = v32;
  }
}

/* train_k5_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k5_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v34 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 180224))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v38 = ((float *)(base + 181248))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 227328))[idx] = v34;
      ((float *)(base + 228352))[idx] = v36;
      ((float *)(base + 229376))[idx] = v38;
  }
}

/* train_k6_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k6_attention(char *base) {
  const float *Q = (const float *)(base + 227328); (void)Q;
  const float *K = (const float *)(base + 228352); (void)K;
  const float *V = (const float *)(base + 229376); (void)V;
  const int32_t *P = (const int32_t *)(base + 251008); (void)P;
  float *out = (float *)(base + 230400); (void)out;
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
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v40 = ((float *)(base + 230400))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 231424))[idx] = v40;
  }
}

/* train_k8_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k8_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a45 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a10 = ((float *)(base + 178176))[idx];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a45 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a10 = ((float *)(base + 178176))[idx];
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
      const float v311 = (v57 * v57);
      const float v312 = (v311 * v57);
      const float v313 = (v312 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a45 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a10 = ((float *)(base + 178176))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a49 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v46 = g23_dropout(a45, a9, 1LL, idx, 0.1f);
      const float v47 = (a10 + v46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 176128))[idx] = v47;
      ((float *)(base + 232448))[idx] = v52;
      ((float *)(base + 233472))[idx] = v58;
      ((float *)(base + 234496))[idx] = v60;
    }
    {
      ((float *)(base + 251648))[r] = v57;
      ((float *)(base + 251712))[r] = v313;
    }
  }
}

/* train_k9_gelu: gelu f32[2, 8, 64] */
void train_k9_gelu(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a64 = ((float *)(base + 207872))[idx];
      const float v65 = g23_gelu(a64);
      ((float *)(base + 211968))[idx] = v65;
  }
}

/* train_k10_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k10_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a69 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a47 = ((float *)(base + 176128))[idx];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      acc74 = acc74 + v71;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.0625f);
    double acc78 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a69 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a47 = ((float *)(base + 176128))[idx];
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
      const float v276 = (v81 * v81);
      const float v277 = (v276 * v81);
      const float v278 = (v277 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a69 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a47 = ((float *)(base + 176128))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a73 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v70 = g23_dropout(a69, a9, 2LL, idx, 0.1f);
      const float v71 = (a47 + v70);
      const float v76 = (v71 - v75);
      const float v82 = (v76 * v81);
      const float v83 = (v82 * a72);
      const float v84 = (v83 + a73);
      ((float *)(base + 178176))[idx] = v71;
      ((float *)(base + 235520))[idx] = v76;
      ((float *)(base + 236544))[idx] = v82;
      ((float *)(base + 237568))[idx] = v84;
    }
    {
      ((float *)(base + 251776))[r] = v81;
      ((float *)(base + 251840))[r] = v278;
    }
  }
}

/* train_k11_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k11_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v89 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v90 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v91 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 179200))[idx] = v89;
      ((float *)(base + 180224))[idx] = v90;
      ((float *)(base + 181248))[idx] = v91;
  }
}

/* train_k12_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k12_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v93 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v95 = ((float *)(base + 180224))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v97 = ((float *)(base + 181248))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 238592))[idx] = v93;
      ((float *)(base + 239616))[idx] = v95;
      ((float *)(base + 240640))[idx] = v97;
  }
}

/* train_k13_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k13_attention(char *base) {
  const float *Q = (const float *)(base + 238592); (void)Q;
  const float *K = (const float *)(base + 239616); (void)K;
  const float *V = (const float *)(base + 240640); (void)V;
  const int32_t *P = (const int32_t *)(base + 251008); (void)P;
  float *out = (float *)(base + 241664); (void)out;
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

/* train_k14_permute: permute f32[2, 8, 2, 8] */
void train_k14_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v99 = ((float *)(base + 241664))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 242688))[idx] = v99;
  }
}

/* train_k15_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k15_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc109 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a104 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a71 = ((float *)(base + 178176))[idx];
      const float v105 = g23_dropout(a104, a9, 3LL, idx, 0.1f);
      const float v106 = (a71 + v105);
      acc109 = acc109 + v106;
    }
      const float v109 = (float)acc109;
      const float v110 = (v109 * 0.0625f);
    double acc113 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a104 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a71 = ((float *)(base + 178176))[idx];
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
      const float v223 = (v116 * v116);
      const float v224 = (v223 * v116);
      const float v225 = (v224 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a104 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a71 = ((float *)(base + 178176))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a108 = ((float *)(base + 34560))[(idx % 16LL)];
      const float v105 = g23_dropout(a104, a9, 3LL, idx, 0.1f);
      const float v106 = (a71 + v105);
      const float v111 = (v106 - v110);
      const float v117 = (v111 * v116);
      const float v118 = (v117 * a107);
      const float v119 = (v118 + a108);
      ((float *)(base + 176128))[idx] = v106;
      ((float *)(base + 243712))[idx] = v111;
      ((float *)(base + 244736))[idx] = v117;
      ((float *)(base + 245760))[idx] = v119;
    }
    {
      ((float *)(base + 251904))[r] = v116;
      ((float *)(base + 251968))[r] = v225;
    }
  }
}

/* train_k16_gelu: gelu f32[2, 8, 64] */
void train_k16_gelu(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a123 = ((float *)(base + 216064))[idx];
      const float v124 = g23_gelu(a123);
      ((float *)(base + 220160))[idx] = v124;
  }
}

/* train_k17_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k17_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc133 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a128 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a106 = ((float *)(base + 176128))[idx];
      const float v129 = g23_dropout(a128, a9, 4LL, idx, 0.1f);
      const float v130 = (a106 + v129);
      acc133 = acc133 + v130;
    }
      const float v133 = (float)acc133;
      const float v134 = (v133 * 0.0625f);
    double acc137 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a128 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a106 = ((float *)(base + 176128))[idx];
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
      const float v188 = (v140 * v140);
      const float v189 = (v188 * v140);
      const float v191 = (v189 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a128 = ((float *)(base + 175104))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float a106 = ((float *)(base + 176128))[idx];
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a132 = ((float *)(base + 43200))[(idx % 16LL)];
      const float v129 = g23_dropout(a128, a9, 4LL, idx, 0.1f);
      const float v130 = (a106 + v129);
      const float v135 = (v130 - v134);
      const float v141 = (v135 * v140);
      const float v142 = (v141 * a131);
      const float v143 = (v142 + a132);
      ((float *)(base + 246784))[idx] = v135;
      ((float *)(base + 247808))[idx] = v141;
      ((float *)(base + 248832))[idx] = v143;
    }
    {
      ((float *)(base + 252032))[r] = v140;
      ((float *)(base + 252096))[r] = v191;
    }
  }
}

/* train_k18_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1], mul f32[2, 8, 256], div f32[2, 8, 1], expand f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256], neg f32[2, 8, 256], sum f32[2, 8, 1], add f32[2, 8, 1], lt f32[2, 8, 256], sub f32[2, 8, 256], sum f32[2, 8, 1], div f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256] */
void train_k18_rowmax(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc145 = -G23_INF;
    double acc154 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a151 = ((int32_t *)(base + 250944))[(idx / 256LL)];
      const float a144 = ((float *)(base + 175104))[idx];
      const float v152 = (float)(col == (int64_t)a151);
      const float v153 = (a144 * v152);
      acc145 = fmax(acc145, a144);
      acc154 = acc154 + v153;
    }
      const float v145 = (float)acc145;
      const float v154 = (float)acc154;
    double acc148 = 0.0f;
    double acc173 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a144 = ((float *)(base + 175104))[idx];
      const float v146 = (a144 - v145);
      const float v147 = expf(v146);
      const float v170 = (float)(a144 < v145);
      const float v172 = (1.0f - v170);
      acc148 = acc148 + v147;
      acc173 = acc173 + v172;
    }
      const float v148 = (float)acc148;
      const float v149 = logf(v148);
      const float v150 = (v149 + v145);
      const float v155 = (v150 - v154);
      const float v163 = (0.0625f / v148);
      const float v173 = (float)acc173;
    double acc168 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a144 = ((float *)(base + 175104))[idx];
      const float v146 = (a144 - v145);
      const float v147 = expf(v146);
      const float v164 = v163;
      const float v165 = (v164 * v147);
      const float v167 = (-v165);
      acc168 = acc168 + v167;
    }
      const float v168 = (float)acc168;
      const float v169 = (0.0625f + v168);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a144 = ((float *)(base + 175104))[idx];
      const int32_t a151 = ((int32_t *)(base + 250944))[(idx / 256LL)];
      const float v146 = (a144 - v145);
      const float v147 = expf(v146);
      const float v152 = (float)(col == (int64_t)a151);
      const float v162 = ((-0.0625f) * v152);
      const float v164 = v163;
      const float v165 = (v164 * v147);
      const float v166 = (v162 + v165);
      const float v170 = (float)(a144 < v145);
      const float v172 = (1.0f - v170);
      const float v174 = (v172 / v173);
      const float v175 = (v169 * v174);
      const float v176 = (v166 + v175);
      ((float *)(base + 191488))[idx] = v176;
    }
    {
      ((float *)(base + 249856))[r] = v155;
    }
  }
}

/* train_k19_rowsum: sum f32[1], mul f32[1] */
void train_k19_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc157 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a156 = ((float *)(base + 249856))[idx];
      acc157 = acc157 + a156;
    }
      const float v157 = (float)acc157;
      const float v158 = (v157 * 0.0625f);
    {
      ((float *)(base + 252160))[r] = v158;
    }
  }
}

/* train_k20_reduce_to: reduce_to f32[16] */
void train_k20_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 249856))[ii];
      }
      ((float *)(base + 43264))[idx] = acc;
  }
}

/* train_k21_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k21_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc187 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a177 = ((float *)(base + 249856))[idx];
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a135 = ((float *)(base + 246784))[idx];
      const float v182 = (a177 * a131);
      const float v186 = (v182 * a135);
      acc187 = acc187 + v186;
    }
      const float b191 = ((float *)(base + 252096))[r];
      const float v187 = (float)acc187;
      const float v192 = (v187 * b191);
      const float v193 = (v192 * 0.0625f);
    double acc199 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a177 = ((float *)(base + 249856))[idx];
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a140 = ((float *)(base + 252032))[(idx / 16LL)];
      const float a135 = ((float *)(base + 246784))[idx];
      const float v182 = (a177 * a131);
      const float v185 = (v182 * a140);
      const float v194 = v193;
      const float v195 = (v194 * a135);
      const float v196 = (v185 + v195);
      const float v197 = (v196 + v195);
      const float v198 = (-v197);
      acc199 = acc199 + v198;
    }
      const float v199 = (float)acc199;
      const float v200 = (v199 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a177 = ((float *)(base + 249856))[idx];
      const float a131 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a141 = ((float *)(base + 247808))[idx];
      const float a140 = ((float *)(base + 252032))[(idx / 16LL)];
      const float a135 = ((float *)(base + 246784))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float v182 = (a177 * a131);
      const float v183 = (a177 * a141);
      const float v185 = (v182 * a140);
      const float v194 = v193;
      const float v195 = (v194 * a135);
      const float v196 = (v185 + v195);
      const float v197 = (v196 + v195);
      const float v201 = v200;
      const float v202 = (v197 + v201);
      const float v203 = g23_dropout(v202, a9, 4LL, idx, 0.1f);
      ((float *)(base + 191488))[idx] = v183;
      ((float *)(base + 199680))[idx] = v202;
      ((float *)(base + 195584))[idx] = v203;
    }
  }
}

/* train_k22_reduce_to: reduce_to f32[16] */
void train_k22_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 43328))[idx] = acc;
  }
}

/* train_k23_reduce_to: reduce_to f32[16] */
void train_k23_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 195584))[ii];
      }
      ((float *)(base + 43392))[idx] = acc;
  }
}

/* train_k24_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k24_mul(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a123 = ((float *)(base + 216064))[idx];
      const float a205 = ((float *)(base + 191488))[idx];
      const float v209 = g23_gelu_grad(a123);
      const float v210 = (a205 * v209);
      ((float *)(base + 195584))[idx] = v210;
  }
}

/* train_k25_reduce_to: reduce_to f32[64] */
void train_k25_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 195584))[ii];
      }
      ((float *)(base + 47552))[idx] = acc;
  }
}

/* train_k26_reduce_to: reduce_to f32[16] */
void train_k26_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 51904))[idx] = acc;
  }
}

/* train_k27_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k27_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc222 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a212 = ((float *)(base + 191488))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a111 = ((float *)(base + 243712))[idx];
      const float v217 = (a212 * a107);
      const float v221 = (v217 * a111);
      acc222 = acc222 + v221;
    }
      const float b225 = ((float *)(base + 251968))[r];
      const float v222 = (float)acc222;
      const float v226 = (v222 * b225);
      const float v227 = (v226 * 0.0625f);
    double acc234 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a212 = ((float *)(base + 191488))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a116 = ((float *)(base + 251904))[(idx / 16LL)];
      const float a111 = ((float *)(base + 243712))[idx];
      const float v217 = (a212 * a107);
      const float v220 = (v217 * a116);
      const float v228 = v227;
      const float v229 = (v228 * a111);
      const float v230 = (v220 + v229);
      const float v231 = (v230 + v229);
      const float v233 = (-v231);
      acc234 = acc234 + v233;
    }
      const float v234 = (float)acc234;
      const float v235 = (v234 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a212 = ((float *)(base + 191488))[idx];
      const float a107 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a117 = ((float *)(base + 244736))[idx];
      const float a116 = ((float *)(base + 251904))[(idx / 16LL)];
      const float a111 = ((float *)(base + 243712))[idx];
      const float a202 = ((float *)(base + 199680))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float v217 = (a212 * a107);
      const float v218 = (a212 * a117);
      const float v220 = (v217 * a116);
      const float v228 = v227;
      const float v229 = (v228 * a111);
      const float v230 = (v220 + v229);
      const float v231 = (v230 + v229);
      const float v232 = (a202 + v231);
      const float v236 = v235;
      const float v237 = (v232 + v236);
      const float v238 = g23_dropout(v237, a9, 3LL, idx, 0.1f);
      ((float *)(base + 192512))[idx] = v218;
      ((float *)(base + 194560))[idx] = v237;
      ((float *)(base + 193536))[idx] = v238;
    }
  }
}

/* train_k28_reduce_to: reduce_to f32[16] */
void train_k28_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 192512))[ii];
      }
      ((float *)(base + 51968))[idx] = acc;
  }
}

/* train_k29_reduce_to: reduce_to f32[16] */
void train_k29_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 52032))[idx] = acc;
  }
}

/* train_k30_permute: permute f32[2, 2, 8, 8] */
void train_k30_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v245 = ((float *)(base + 191488))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 195584))[idx] = v245;
  }
}

/* train_k31_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k31_attention_dq(char *base) {
  const float *Q = (const float *)(base + 238592); (void)Q;
  const float *K = (const float *)(base + 239616); (void)K;
  const float *V = (const float *)(base + 240640); (void)V;
  const int32_t *P = (const int32_t *)(base + 251008); (void)P;
  const float *O = (const float *)(base + 241664); (void)O;
  const float *dO = (const float *)(base + 195584); (void)dO;
  float *out = (float *)(base + 191488); (void)out;
  float *tmp = (float *)(base + 196608); (void)tmp;
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

/* train_k32_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k32_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 238592); (void)Q;
  const float *K = (const float *)(base + 239616); (void)K;
  const float *V = (const float *)(base + 240640); (void)V;
  const int32_t *P = (const int32_t *)(base + 251008); (void)P;
  const float *O = (const float *)(base + 241664); (void)O;
  const float *dO = (const float *)(base + 195584); (void)dO;
  float *out = (float *)(base + 191488); (void)out;
  float *tmp = (float *)(base + 196608); (void)tmp;
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

/* train_k33_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k33_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v247 = ((float *)(base + 191488))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v249 = ((float *)(base + 191488))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v251 = ((float *)(base + 191488))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 195584))[idx] = v247;
      ((float *)(base + 196608))[idx] = v249;
      ((float *)(base + 197632))[idx] = v251;
  }
}

/* train_k34_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k34_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v253 = ((float *)(base + 197632))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v255 = ((float *)(base + 196608))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v257 = ((float *)(base + 195584))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 198656))[idx] = v253;
      ((float *)(base + 199680))[idx] = v255;
      ((float *)(base + 200704))[idx] = v257;
  }
}

/* train_k35_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k35_add(char *base) {
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v259 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 198656))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v260 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 199680))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v261 = (v259 + v260);
      const float v262 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 200704))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v263 = (v261 + v262);
      ((float *)(base + 191488))[idx] = v263;
  }
}

/* train_k36_reduce_to: reduce_to f32[48] */
void train_k36_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 53120))[idx] = acc;
  }
}

/* train_k37_reduce_to: reduce_to f32[16] */
void train_k37_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 195584))[ii];
      }
      ((float *)(base + 56384))[idx] = acc;
  }
}

/* train_k38_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k38_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc275 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a265 = ((float *)(base + 195584))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a76 = ((float *)(base + 235520))[idx];
      const float v270 = (a265 * a72);
      const float v274 = (v270 * a76);
      acc275 = acc275 + v274;
    }
      const float b278 = ((float *)(base + 251840))[r];
      const float v275 = (float)acc275;
      const float v279 = (v275 * b278);
      const float v280 = (v279 * 0.0625f);
    double acc287 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a265 = ((float *)(base + 195584))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a81 = ((float *)(base + 251776))[(idx / 16LL)];
      const float a76 = ((float *)(base + 235520))[idx];
      const float v270 = (a265 * a72);
      const float v273 = (v270 * a81);
      const float v281 = v280;
      const float v282 = (v281 * a76);
      const float v283 = (v273 + v282);
      const float v284 = (v283 + v282);
      const float v286 = (-v284);
      acc287 = acc287 + v286;
    }
      const float v287 = (float)acc287;
      const float v288 = (v287 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a265 = ((float *)(base + 195584))[idx];
      const float a72 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a82 = ((float *)(base + 236544))[idx];
      const float a81 = ((float *)(base + 251776))[(idx / 16LL)];
      const float a76 = ((float *)(base + 235520))[idx];
      const float a237 = ((float *)(base + 194560))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float v270 = (a265 * a72);
      const float v271 = (a265 * a82);
      const float v273 = (v270 * a81);
      const float v281 = v280;
      const float v282 = (v281 * a76);
      const float v283 = (v273 + v282);
      const float v284 = (v283 + v282);
      const float v285 = (a237 + v284);
      const float v289 = v288;
      const float v290 = (v285 + v289);
      const float v291 = g23_dropout(v290, a9, 2LL, idx, 0.1f);
      ((float *)(base + 191488))[idx] = v271;
      ((float *)(base + 199680))[idx] = v290;
      ((float *)(base + 196608))[idx] = v291;
    }
  }
}

/* train_k39_reduce_to: reduce_to f32[16] */
void train_k39_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 56448))[idx] = acc;
  }
}

/* train_k40_reduce_to: reduce_to f32[16] */
void train_k40_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 196608))[ii];
      }
      ((float *)(base + 56512))[idx] = acc;
  }
}

/* train_k41_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k41_mul(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a64 = ((float *)(base + 207872))[idx];
      const float a293 = ((float *)(base + 191488))[idx];
      const float v297 = g23_gelu_grad(a64);
      const float v298 = (a293 * v297);
      ((float *)(base + 195584))[idx] = v298;
  }
}

/* train_k42_reduce_to: reduce_to f32[64] */
void train_k42_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 195584))[ii];
      }
      ((float *)(base + 60672))[idx] = acc;
  }
}

/* train_k43_reduce_to: reduce_to f32[16] */
void train_k43_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 65024))[idx] = acc;
  }
}

/* train_k44_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k44_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc310 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a300 = ((float *)(base + 191488))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a52 = ((float *)(base + 232448))[idx];
      const float v305 = (a300 * a48);
      const float v309 = (v305 * a52);
      acc310 = acc310 + v309;
    }
      const float b313 = ((float *)(base + 251712))[r];
      const float v310 = (float)acc310;
      const float v314 = (v310 * b313);
      const float v315 = (v314 * 0.0625f);
    double acc322 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a300 = ((float *)(base + 191488))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a57 = ((float *)(base + 251648))[(idx / 16LL)];
      const float a52 = ((float *)(base + 232448))[idx];
      const float v305 = (a300 * a48);
      const float v308 = (v305 * a57);
      const float v316 = v315;
      const float v317 = (v316 * a52);
      const float v318 = (v308 + v317);
      const float v319 = (v318 + v317);
      const float v321 = (-v319);
      acc322 = acc322 + v321;
    }
      const float v322 = (float)acc322;
      const float v323 = (v322 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a300 = ((float *)(base + 191488))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a58 = ((float *)(base + 233472))[idx];
      const float a57 = ((float *)(base + 251648))[(idx / 16LL)];
      const float a52 = ((float *)(base + 232448))[idx];
      const float a290 = ((float *)(base + 199680))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float v305 = (a300 * a48);
      const float v306 = (a300 * a58);
      const float v308 = (v305 * a57);
      const float v316 = v315;
      const float v317 = (v316 * a52);
      const float v318 = (v308 + v317);
      const float v319 = (v318 + v317);
      const float v320 = (a290 + v319);
      const float v324 = v323;
      const float v325 = (v320 + v324);
      const float v326 = g23_dropout(v325, a9, 1LL, idx, 0.1f);
      ((float *)(base + 192512))[idx] = v306;
      ((float *)(base + 194560))[idx] = v325;
      ((float *)(base + 193536))[idx] = v326;
    }
  }
}

/* train_k45_reduce_to: reduce_to f32[16] */
void train_k45_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 192512))[ii];
      }
      ((float *)(base + 65088))[idx] = acc;
  }
}

/* train_k46_reduce_to: reduce_to f32[16] */
void train_k46_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 193536))[ii];
      }
      ((float *)(base + 65152))[idx] = acc;
  }
}

/* train_k47_permute: permute f32[2, 2, 8, 8] */
void train_k47_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v333 = ((float *)(base + 191488))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 195584))[idx] = v333;
  }
}

/* train_k48_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k48_attention_dq(char *base) {
  const float *Q = (const float *)(base + 227328); (void)Q;
  const float *K = (const float *)(base + 228352); (void)K;
  const float *V = (const float *)(base + 229376); (void)V;
  const int32_t *P = (const int32_t *)(base + 251008); (void)P;
  const float *O = (const float *)(base + 230400); (void)O;
  const float *dO = (const float *)(base + 195584); (void)dO;
  float *out = (float *)(base + 191488); (void)out;
  float *tmp = (float *)(base + 196608); (void)tmp;
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

/* train_k49_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k49_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 227328); (void)Q;
  const float *K = (const float *)(base + 228352); (void)K;
  const float *V = (const float *)(base + 229376); (void)V;
  const int32_t *P = (const int32_t *)(base + 251008); (void)P;
  const float *O = (const float *)(base + 230400); (void)O;
  const float *dO = (const float *)(base + 195584); (void)dO;
  float *out = (float *)(base + 191488); (void)out;
  float *tmp = (float *)(base + 196608); (void)tmp;
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

/* train_k50_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k50_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v335 = ((float *)(base + 191488))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v337 = ((float *)(base + 191488))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v339 = ((float *)(base + 191488))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 195584))[idx] = v335;
      ((float *)(base + 196608))[idx] = v337;
      ((float *)(base + 197632))[idx] = v339;
  }
}

/* train_k51_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k51_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v341 = ((float *)(base + 197632))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v343 = ((float *)(base + 196608))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v345 = ((float *)(base + 195584))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 198656))[idx] = v341;
      ((float *)(base + 199680))[idx] = v343;
      ((float *)(base + 200704))[idx] = v345;
  }
}

/* train_k52_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k52_add(char *base) {
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v347 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 198656))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v348 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 199680))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v349 = (v347 + v348);
      const float v350 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 200704))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v351 = (v349 + v350);
      ((float *)(base + 191488))[idx] = v351;
  }
}

/* train_k53_reduce_to: reduce_to f32[48] */
void train_k53_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 66240))[idx] = acc;
  }
}

/* train_k54_reduce_to: reduce_to f32[16] */
void train_k54_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 195584))[ii];
      }
      ((float *)(base + 69504))[idx] = acc;
  }
}

/* train_k55_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k55_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc363 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a353 = ((float *)(base + 195584))[idx];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a16 = ((float *)(base + 224256))[idx];
      const float v358 = (a353 * a11);
      const float v362 = (v358 * a16);
      acc363 = acc363 + v362;
    }
      const float b366 = ((float *)(base + 251584))[r];
      const float v363 = (float)acc363;
      const float v367 = (v363 * b366);
      const float v368 = (v367 * 0.0625f);
    double acc375 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a353 = ((float *)(base + 195584))[idx];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a22 = ((float *)(base + 251520))[(idx / 16LL)];
      const float a16 = ((float *)(base + 224256))[idx];
      const float v358 = (a353 * a11);
      const float v361 = (v358 * a22);
      const float v369 = v368;
      const float v370 = (v369 * a16);
      const float v371 = (v361 + v370);
      const float v372 = (v371 + v370);
      const float v374 = (-v372);
      acc375 = acc375 + v374;
    }
      const float v375 = (float)acc375;
      const float v376 = (v375 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a353 = ((float *)(base + 195584))[idx];
      const float a11 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a23 = ((float *)(base + 225280))[idx];
      const float a22 = ((float *)(base + 251520))[(idx / 16LL)];
      const float a16 = ((float *)(base + 224256))[idx];
      const float a325 = ((float *)(base + 194560))[idx];
      const int32_t a9 = ((int32_t *)(base + 251072))[0];
      const float v358 = (a353 * a11);
      const float v359 = (a353 * a23);
      const float v361 = (v358 * a22);
      const float v369 = v368;
      const float v370 = (v369 * a16);
      const float v371 = (v361 + v370);
      const float v372 = (v371 + v370);
      const float v373 = (a325 + v372);
      const float v377 = v376;
      const float v378 = (v373 + v377);
      const float v379 = g23_dropout(v378, a9, 0LL, idx, 0.1f);
      ((float *)(base + 191488))[idx] = v359;
      ((float *)(base + 207872))[idx] = v379;
    }
  }
}

/* train_k56_reduce_to: reduce_to f32[16] */
void train_k56_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 191488))[ii];
      }
      ((float *)(base + 69568))[idx] = acc;
  }
}

/* train_k57_reduce_to: reduce_to f32[8, 16] */
void train_k57_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t c0 = idx / 16LL; (void)c0;
      const int64_t c1 = idx / 1LL % 16LL; (void)c1;
      const int64_t ib = 0 + c0 * 16LL + c1 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 128LL;
        acc += ((float *)(base + 207872))[ii];
      }
      ((float *)(base + 191488))[idx] = acc;
  }
}

/* train_k58_scatter_add: scatter_add f32[8, 16] */
void train_k58_scatter_add(char *base) {
  float *out = ((float *)(base + 69632));
  const float *dy = ((float *)(base + 191488));
  const int32_t *ix = ((int32_t *)(base + 251456));
  #pragma omp parallel if (256LL >= 32768)
  {
    #pragma omp for schedule(static)
    for (int64_t u = 0; u < 8LL; u++)
      for (int64_t c = 0; c < 16LL; c++) out[u * 16LL + c] = 0.0f;
    #pragma omp for schedule(static)
    for (int64_t c0 = 0; c0 < 16LL; c0 += 16) {
      const int64_t c1 = c0 + 16 < 16LL ? c0 + 16 : 16LL;
      for (int64_t k = 0; k < 8LL; k++) {
        const int32_t t = ix[k];
        if ((uint32_t)t >= 8u) continue;
        for (int64_t c = c0; c < c1; c++) out[(int64_t)t * 16LL + c] += dy[k * 16LL + c];
      }
    }
  }
}

/* train_k59_scatter_add: scatter_add f32[256, 16] */
void train_k59_scatter_add(char *base) {
  float *out = ((float *)(base + 191488));
  const float *dy = ((float *)(base + 207872));
  const int32_t *ix = ((int32_t *)(base + 250880));
  #pragma omp parallel if (4352LL >= 32768)
  {
    #pragma omp for schedule(static)
    for (int64_t u = 0; u < 256LL; u++)
      for (int64_t c = 0; c < 16LL; c++) out[u * 16LL + c] = 0.0f;
    #pragma omp for schedule(static)
    for (int64_t c0 = 0; c0 < 16LL; c0 += 16) {
      const int64_t c1 = c0 + 16 < 16LL ? c0 + 16 : 16LL;
      for (int64_t k = 0; k < 16LL; k++) {
        const int32_t t = ix[k];
        if ((uint32_t)t >= 256u) continue;
        for (int64_t c = c0; c < c1; c++) out[(int64_t)t * 16LL + c] += dy[k * 16LL + c];
      }
    }
  }
}

/* train_k60_add: add f32[256, 16] */
void train_k60_add(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a180 = ((float *)(base + 175104))[idx];
      const float a382 = ((float *)(base + 191488))[idx];
      const float v383 = (a180 + a382);
      ((float *)(base + 70144))[idx] = v383;
  }
}

/* train_k61_rowsum: mul f32[4096], sum f32[1] */
void train_k61_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc391 = 0.0f;
#pragma omp parallel for reduction(+:acc391)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a389 = ((float *)(base + 70144))[idx];
      const float v390 = (a389 * a389);
      acc391 = acc391 + v390;
    }
      const float v391 = (float)acc391;
    {
      ((float *)(base + 175104))[r] = v391;
    }
  }
}

/* train_k62_rowsum: mul f32[128], sum f32[1], add f32[1] */
void train_k62_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc394 = 0.0f;
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a392 = ((float *)(base + 69632))[idx];
      const float v393 = (a392 * a392);
      acc394 = acc394 + v393;
    }
      const float b391 = ((float *)(base + 175104))[0];
      const float v394 = (float)acc394;
      const float v395 = (b391 + v394);
    {
      ((float *)(base + 175168))[r] = v395;
    }
  }
}

/* train_k63_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k63_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc397 = 0.0f;
    double acc400 = 0.0f;
    double acc414 = 0.0f;
    double acc417 = 0.0f;
    double acc420 = 0.0f;
    double acc434 = 0.0f;
    double acc437 = 0.0f;
    double acc440 = 0.0f;
    double acc454 = 0.0f;
    double acc457 = 0.0f;
    double acc460 = 0.0f;
    double acc474 = 0.0f;
    double acc477 = 0.0f;
    double acc480 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a360 = ((float *)(base + 69568))[idx];
      const float a357 = ((float *)(base + 69504))[idx];
      const float a327 = ((float *)(base + 65152))[idx];
      const float a307 = ((float *)(base + 65088))[idx];
      const float a304 = ((float *)(base + 65024))[idx];
      const float a292 = ((float *)(base + 56512))[idx];
      const float a272 = ((float *)(base + 56448))[idx];
      const float a269 = ((float *)(base + 56384))[idx];
      const float a239 = ((float *)(base + 52032))[idx];
      const float a219 = ((float *)(base + 51968))[idx];
      const float a216 = ((float *)(base + 51904))[idx];
      const float a204 = ((float *)(base + 43392))[idx];
      const float a184 = ((float *)(base + 43328))[idx];
      const float a181 = ((float *)(base + 43264))[idx];
      const float v396 = (a360 * a360);
      const float v399 = (a357 * a357);
      const float v413 = (a327 * a327);
      const float v416 = (a307 * a307);
      const float v419 = (a304 * a304);
      const float v433 = (a292 * a292);
      const float v436 = (a272 * a272);
      const float v439 = (a269 * a269);
      const float v453 = (a239 * a239);
      const float v456 = (a219 * a219);
      const float v459 = (a216 * a216);
      const float v473 = (a204 * a204);
      const float v476 = (a184 * a184);
      const float v479 = (a181 * a181);
      acc397 = acc397 + v396;
      acc400 = acc400 + v399;
      acc414 = acc414 + v413;
      acc417 = acc417 + v416;
      acc420 = acc420 + v419;
      acc434 = acc434 + v433;
      acc437 = acc437 + v436;
      acc440 = acc440 + v439;
      acc454 = acc454 + v453;
      acc457 = acc457 + v456;
      acc460 = acc460 + v459;
      acc474 = acc474 + v473;
      acc477 = acc477 + v476;
      acc480 = acc480 + v479;
    }
      const float b395 = ((float *)(base + 175168))[0];
      const float v397 = (float)acc397;
      const float v398 = (b395 + v397);
      const float v400 = (float)acc400;
      const float v401 = (v398 + v400);
      const float v414 = (float)acc414;
      const float v417 = (float)acc417;
      const float v420 = (float)acc420;
      const float v434 = (float)acc434;
      const float v437 = (float)acc437;
      const float v440 = (float)acc440;
      const float v454 = (float)acc454;
      const float v457 = (float)acc457;
      const float v460 = (float)acc460;
      const float v474 = (float)acc474;
      const float v477 = (float)acc477;
      const float v480 = (float)acc480;
    {
      ((float *)(base + 175104))[r] = v401;
      ((float *)(base + 175232))[r] = v414;
      ((float *)(base + 175296))[r] = v417;
      ((float *)(base + 175360))[r] = v420;
      ((float *)(base + 175616))[r] = v434;
      ((float *)(base + 175680))[r] = v437;
      ((float *)(base + 175744))[r] = v440;
      ((float *)(base + 175808))[r] = v454;
      ((float *)(base + 175872))[r] = v457;
      ((float *)(base + 175936))[r] = v460;
      ((float *)(base + 176000))[r] = v474;
      ((float *)(base + 176064))[r] = v477;
      ((float *)(base + 176128))[r] = v480;
    }
  }
}

/* train_k64_rowsum: mul f32[768], sum f32[1], add f32[1], mul f32[768], sum f32[1] */
void train_k64_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc404 = 0.0f;
    double acc444 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a402 = ((float *)(base + 66432))[idx];
      const float a442 = ((float *)(base + 53312))[idx];
      const float v403 = (a402 * a402);
      const float v443 = (a442 * a442);
      acc404 = acc404 + v403;
      acc444 = acc444 + v443;
    }
      const float b401 = ((float *)(base + 175104))[0];
      const float v404 = (float)acc404;
      const float v405 = (b401 + v404);
      const float v444 = (float)acc444;
    {
      ((float *)(base + 175168))[r] = v405;
      ((float *)(base + 176192))[r] = v444;
    }
  }
}

/* train_k65_rowsum: mul f32[48], sum f32[1], add f32[1], mul f32[48], sum f32[1] */
void train_k65_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc407 = 0.0f;
    double acc447 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a352 = ((float *)(base + 66240))[idx];
      const float a264 = ((float *)(base + 53120))[idx];
      const float v406 = (a352 * a352);
      const float v446 = (a264 * a264);
      acc407 = acc407 + v406;
      acc447 = acc447 + v446;
    }
      const float b405 = ((float *)(base + 175168))[0];
      const float v407 = (float)acc407;
      const float v408 = (b405 + v407);
      const float v447 = (float)acc447;
    {
      ((float *)(base + 175104))[r] = v408;
      ((float *)(base + 176256))[r] = v447;
    }
  }
}

/* train_k66_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[256], sum f32[1] */
void train_k66_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc411 = 0.0f;
    double acc451 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a409 = ((float *)(base + 65216))[idx];
      const float a449 = ((float *)(base + 52096))[idx];
      const float v410 = (a409 * a409);
      const float v450 = (a449 * a449);
      acc411 = acc411 + v410;
      acc451 = acc451 + v450;
    }
      const float b408 = ((float *)(base + 175104))[0];
      const float b414 = ((float *)(base + 175232))[0];
      const float b417 = ((float *)(base + 175296))[0];
      const float b420 = ((float *)(base + 175360))[0];
      const float v411 = (float)acc411;
      const float v412 = (b408 + v411);
      const float v415 = (v412 + b414);
      const float v418 = (v415 + b417);
      const float v421 = (v418 + b420);
      const float v451 = (float)acc451;
    {
      ((float *)(base + 175168))[r] = v421;
      ((float *)(base + 176320))[r] = v451;
    }
  }
}

/* train_k67_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1] */
void train_k67_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc424 = 0.0f;
    double acc431 = 0.0f;
    double acc464 = 0.0f;
    double acc471 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a422 = ((float *)(base + 60928))[idx];
      const float a429 = ((float *)(base + 56576))[idx];
      const float a462 = ((float *)(base + 47808))[idx];
      const float a469 = ((float *)(base + 43456))[idx];
      const float v423 = (a422 * a422);
      const float v430 = (a429 * a429);
      const float v463 = (a462 * a462);
      const float v470 = (a469 * a469);
      acc424 = acc424 + v423;
      acc431 = acc431 + v430;
      acc464 = acc464 + v463;
      acc471 = acc471 + v470;
    }
      const float b421 = ((float *)(base + 175168))[0];
      const float v424 = (float)acc424;
      const float v425 = (b421 + v424);
      const float v431 = (float)acc431;
      const float v464 = (float)acc464;
      const float v471 = (float)acc471;
    {
      ((float *)(base + 176384))[r] = v425;
      ((float *)(base + 176448))[r] = v431;
      ((float *)(base + 176512))[r] = v464;
      ((float *)(base + 176576))[r] = v471;
    }
  }
}

/* train_k68_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], mul f32[64], mul f32[64], mul f32[64], mul f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k68_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b386 = ((float *)(base + 251264))[0];
      const float v488 = (float)(0.0f < b386);
    double acc427 = 0.0f;
    double acc467 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a299 = ((float *)(base + 60672))[idx];
      const float a211 = ((float *)(base + 47552))[idx];
      const float v426 = (a299 * a299);
      const float v466 = (a211 * a211);
      acc427 = acc427 + v426;
      acc467 = acc467 + v466;
    }
      const float b425 = ((float *)(base + 176384))[0];
      const float b431 = ((float *)(base + 176448))[0];
      const float b434 = ((float *)(base + 175616))[0];
      const float b437 = ((float *)(base + 175680))[0];
      const float b440 = ((float *)(base + 175744))[0];
      const float b444 = ((float *)(base + 176192))[0];
      const float b447 = ((float *)(base + 176256))[0];
      const float b451 = ((float *)(base + 176320))[0];
      const float b454 = ((float *)(base + 175808))[0];
      const float b457 = ((float *)(base + 175872))[0];
      const float b460 = ((float *)(base + 175936))[0];
      const float b464 = ((float *)(base + 176512))[0];
      const float b471 = ((float *)(base + 176576))[0];
      const float b474 = ((float *)(base + 176000))[0];
      const float b477 = ((float *)(base + 176064))[0];
      const float b480 = ((float *)(base + 176128))[0];
      const float v427 = (float)acc427;
      const float v428 = (b425 + v427);
      const float v432 = (v428 + b431);
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
      const float v467 = (float)acc467;
      const float v468 = (v465 + v467);
      const float v472 = (v468 + b471);
      const float v475 = (v472 + b474);
      const float v478 = (v475 + b477);
      const float v481 = (v478 + b480);
      const float v482 = sqrtf(v481);
      const float v484 = (v482 + 1e-06f);
      const float v485 = (b386 / v484);
      const float v486 = fminf(1.0f, v485);
      const float v489 = (v488 != 0 ? v486 : 1.0f);
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a299 = ((float *)(base + 60672))[idx];
      const float a692 = ((float *)(base + 137728))[idx];
      const float a693 = ((float *)(base + 137984))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a384 = ((float *)(base + 251136))[0];
      const float a63 = ((float *)(base + 25600))[idx];
      const float a211 = ((float *)(base + 47552))[idx];
      const float v694 = (a299 * v489);
      const float v695 = (v694 * 0.1f);
      const float v696 = (a692 * 0.9f);
      const float v697 = (v696 + v695);
      const float v698 = (v694 * v694);
      const float v699 = (v698 * 0.05f);
      const float v700 = (a693 * 0.95f);
      const float v701 = (v700 + v699);
      const float v702 = (v697 / a387);
      const float v703 = (v701 / a388);
      const float v704 = sqrtf(v703);
      const float v705 = (v704 + 1e-08f);
      const float v706 = (v702 / v705);
      const float v707 = (a384 * v706);
      const float v708 = (a63 - v707);
      const float v906 = (a211 * v489);
      const float v907 = (v906 * 0.1f);
      const float v910 = (v906 * v906);
      const float v911 = (v910 * 0.05f);
      const float v1024 = v697;
      const float v1025 = v701;
      const float v1026 = v708;
      ((float *)(base + 175104))[idx] = v907;
      ((float *)(base + 175360))[idx] = v911;
      ((float *)(base + 137728))[idx] = v1024;
      ((float *)(base + 137984))[idx] = v1025;
      ((float *)(base + 25600))[idx] = v1026;
    }
    {
      ((float *)(base + 176640))[r] = v482;
      ((float *)(base + 176704))[r] = v489;
    }
  }
}

/* train_k69_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k69_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a383 = ((float *)(base + 70144))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a490 = ((float *)(base + 86528))[idx];
      const float a491 = ((float *)(base + 102912))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a385 = ((float *)(base + 251200))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a384 = ((float *)(base + 251136))[0];
      const float v492 = (a383 * a489);
      const float v494 = (v492 * 0.1f);
      const float v496 = (a490 * 0.9f);
      const float v497 = (v496 + v494);
      const float v499 = (v492 * v492);
      const float v500 = (v499 * 0.05f);
      const float v502 = (a491 * 0.95f);
      const float v503 = (v502 + v500);
      const float v504 = (v497 / a387);
      const float v505 = (v503 / a388);
      const float v507 = sqrtf(v505);
      const float v508 = (v507 + 1e-08f);
      const float v509 = (v504 / v508);
      const float v510 = (a385 * a2);
      const float v511 = (v509 + v510);
      const float v512 = (a384 * v511);
      const float v513 = (a2 - v512);
      const float v991 = v497;
      const float v992 = v503;
      const float v993 = v513;
      ((float *)(base + 86528))[idx] = v991;
      ((float *)(base + 102912))[idx] = v992;
      ((float *)(base + 0))[idx] = v993;
  }
}

/* train_k70_assign: mul f32[8, 16], mul f32[8, 16], mul f32[8, 16], add f32[8, 16], mul f32[8, 16], mul f32[8, 16], mul f32[8, 16], add f32[8, 16], div f32[8, 16], div f32[8, 16], sqrt f32[8, 16], add f32[8, 16], div f32[8, 16], mul f32[8, 16], add f32[8, 16], mul f32[8, 16], sub f32[8, 16], assign f32[8, 16], assign f32[8, 16], assign f32[8, 16] */
void train_k70_assign(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a381 = ((float *)(base + 69632))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a514 = ((float *)(base + 119296))[idx];
      const float a515 = ((float *)(base + 119808))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a385 = ((float *)(base + 251200))[0];
      const float a4 = ((float *)(base + 16384))[idx];
      const float a384 = ((float *)(base + 251136))[0];
      const float v516 = (a381 * a489);
      const float v517 = (v516 * 0.1f);
      const float v518 = (a514 * 0.9f);
      const float v519 = (v518 + v517);
      const float v520 = (v516 * v516);
      const float v521 = (v520 * 0.05f);
      const float v522 = (a515 * 0.95f);
      const float v523 = (v522 + v521);
      const float v524 = (v519 / a387);
      const float v525 = (v523 / a388);
      const float v526 = sqrtf(v525);
      const float v527 = (v526 + 1e-08f);
      const float v528 = (v524 / v527);
      const float v529 = (a385 * a4);
      const float v530 = (v528 + v529);
      const float v531 = (a384 * v530);
      const float v532 = (a4 - v531);
      const float v994 = v519;
      const float v995 = v523;
      const float v996 = v532;
      ((float *)(base + 119296))[idx] = v994;
      ((float *)(base + 119808))[idx] = v995;
      ((float *)(base + 16384))[idx] = v996;
  }
}

/* train_k71_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k71_assign(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a360 = ((float *)(base + 69568))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a533 = ((float *)(base + 120320))[idx];
      const float a534 = ((float *)(base + 120384))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a384 = ((float *)(base + 251136))[0];
      const float a11 = ((float *)(base + 16896))[idx];
      const float a357 = ((float *)(base + 69504))[idx];
      const float a550 = ((float *)(base + 120448))[idx];
      const float a551 = ((float *)(base + 120512))[idx];
      const float a12 = ((float *)(base + 16960))[idx];
      const float a327 = ((float *)(base + 65152))[idx];
      const float a622 = ((float *)(base + 129152))[idx];
      const float a623 = ((float *)(base + 129216))[idx];
      const float a44 = ((float *)(base + 21312))[idx];
      const float a307 = ((float *)(base + 65088))[idx];
      const float a639 = ((float *)(base + 129280))[idx];
      const float a640 = ((float *)(base + 129344))[idx];
      const float a48 = ((float *)(base + 21376))[idx];
      const float a304 = ((float *)(base + 65024))[idx];
      const float a656 = ((float *)(base + 129408))[idx];
      const float a657 = ((float *)(base + 129472))[idx];
      const float a49 = ((float *)(base + 21440))[idx];
      const float a292 = ((float *)(base + 56512))[idx];
      const float a728 = ((float *)(base + 146432))[idx];
      const float a729 = ((float *)(base + 146496))[idx];
      const float a68 = ((float *)(base + 29952))[idx];
      const float a272 = ((float *)(base + 56448))[idx];
      const float a745 = ((float *)(base + 146560))[idx];
      const float a746 = ((float *)(base + 146624))[idx];
      const float a72 = ((float *)(base + 30016))[idx];
      const float a269 = ((float *)(base + 56384))[idx];
      const float a762 = ((float *)(base + 146688))[idx];
      const float a763 = ((float *)(base + 146752))[idx];
      const float a73 = ((float *)(base + 30080))[idx];
      const float a239 = ((float *)(base + 52032))[idx];
      const float a834 = ((float *)(base + 155392))[idx];
      const float a835 = ((float *)(base + 155456))[idx];
      const float a103 = ((float *)(base + 34432))[idx];
      const float a219 = ((float *)(base + 51968))[idx];
      const float a851 = ((float *)(base + 155520))[idx];
      const float a852 = ((float *)(base + 155584))[idx];
      const float a107 = ((float *)(base + 34496))[idx];
      const float a216 = ((float *)(base + 51904))[idx];
      const float a868 = ((float *)(base + 155648))[idx];
      const float a869 = ((float *)(base + 155712))[idx];
      const float a108 = ((float *)(base + 34560))[idx];
      const float a204 = ((float *)(base + 43392))[idx];
      const float a940 = ((float *)(base + 172672))[idx];
      const float a941 = ((float *)(base + 172736))[idx];
      const float a127 = ((float *)(base + 43072))[idx];
      const float a184 = ((float *)(base + 43328))[idx];
      const float a957 = ((float *)(base + 172800))[idx];
      const float a958 = ((float *)(base + 172864))[idx];
      const float a131 = ((float *)(base + 43136))[idx];
      const float a181 = ((float *)(base + 43264))[idx];
      const float a974 = ((float *)(base + 172928))[idx];
      const float a975 = ((float *)(base + 172992))[idx];
      const float a132 = ((float *)(base + 43200))[idx];
      const float v535 = (a360 * a489);
      const float v536 = (v535 * 0.1f);
      const float v537 = (a533 * 0.9f);
      const float v538 = (v537 + v536);
      const float v539 = (v535 * v535);
      const float v540 = (v539 * 0.05f);
      const float v541 = (a534 * 0.95f);
      const float v542 = (v541 + v540);
      const float v543 = (v538 / a387);
      const float v544 = (v542 / a388);
      const float v545 = sqrtf(v544);
      const float v546 = (v545 + 1e-08f);
      const float v547 = (v543 / v546);
      const float v548 = (a384 * v547);
      const float v549 = (a11 - v548);
      const float v552 = (a357 * a489);
      const float v553 = (v552 * 0.1f);
      const float v554 = (a550 * 0.9f);
      const float v555 = (v554 + v553);
      const float v556 = (v552 * v552);
      const float v557 = (v556 * 0.05f);
      const float v558 = (a551 * 0.95f);
      const float v559 = (v558 + v557);
      const float v560 = (v555 / a387);
      const float v561 = (v559 / a388);
      const float v562 = sqrtf(v561);
      const float v563 = (v562 + 1e-08f);
      const float v564 = (v560 / v563);
      const float v565 = (a384 * v564);
      const float v566 = (a12 - v565);
      const float v624 = (a327 * a489);
      const float v625 = (v624 * 0.1f);
      const float v626 = (a622 * 0.9f);
      const float v627 = (v626 + v625);
      const float v628 = (v624 * v624);
      const float v629 = (v628 * 0.05f);
      const float v630 = (a623 * 0.95f);
      const float v631 = (v630 + v629);
      const float v632 = (v627 / a387);
      const float v633 = (v631 / a388);
      const float v634 = sqrtf(v633);
      const float v635 = (v634 + 1e-08f);
      const float v636 = (v632 / v635);
      const float v637 = (a384 * v636);
      const float v638 = (a44 - v637);
      const float v641 = (a307 * a489);
      const float v642 = (v641 * 0.1f);
      const float v643 = (a639 * 0.9f);
      const float v644 = (v643 + v642);
      const float v645 = (v641 * v641);
      const float v646 = (v645 * 0.05f);
      const float v647 = (a640 * 0.95f);
      const float v648 = (v647 + v646);
      const float v649 = (v644 / a387);
      const float v650 = (v648 / a388);
      const float v651 = sqrtf(v650);
      const float v652 = (v651 + 1e-08f);
      const float v653 = (v649 / v652);
      const float v654 = (a384 * v653);
      const float v655 = (a48 - v654);
      const float v658 = (a304 * a489);
      const float v659 = (v658 * 0.1f);
      const float v660 = (a656 * 0.9f);
      const float v661 = (v660 + v659);
      const float v662 = (v658 * v658);
      const float v663 = (v662 * 0.05f);
      const float v664 = (a657 * 0.95f);
      const float v665 = (v664 + v663);
      const float v666 = (v661 / a387);
      const float v667 = (v665 / a388);
      const float v668 = sqrtf(v667);
      const float v669 = (v668 + 1e-08f);
      const float v670 = (v666 / v669);
      const float v671 = (a384 * v670);
      const float v672 = (a49 - v671);
      const float v730 = (a292 * a489);
      const float v731 = (v730 * 0.1f);
      const float v732 = (a728 * 0.9f);
      const float v733 = (v732 + v731);
      const float v734 = (v730 * v730);
      const float v735 = (v734 * 0.05f);
      const float v736 = (a729 * 0.95f);
      const float v737 = (v736 + v735);
      const float v738 = (v733 / a387);
      const float v739 = (v737 / a388);
      const float v740 = sqrtf(v739);
      const float v741 = (v740 + 1e-08f);
      const float v742 = (v738 / v741);
      const float v743 = (a384 * v742);
      const float v744 = (a68 - v743);
      const float v747 = (a272 * a489);
      const float v748 = (v747 * 0.1f);
      const float v749 = (a745 * 0.9f);
      const float v750 = (v749 + v748);
      const float v751 = (v747 * v747);
      const float v752 = (v751 * 0.05f);
      const float v753 = (a746 * 0.95f);
      const float v754 = (v753 + v752);
      const float v755 = (v750 / a387);
      const float v756 = (v754 / a388);
      const float v757 = sqrtf(v756);
      const float v758 = (v757 + 1e-08f);
      const float v759 = (v755 / v758);
      const float v760 = (a384 * v759);
      const float v761 = (a72 - v760);
      const float v764 = (a269 * a489);
      const float v765 = (v764 * 0.1f);
      const float v766 = (a762 * 0.9f);
      const float v767 = (v766 + v765);
      const float v768 = (v764 * v764);
      const float v769 = (v768 * 0.05f);
      const float v770 = (a763 * 0.95f);
      const float v771 = (v770 + v769);
      const float v772 = (v767 / a387);
      const float v773 = (v771 / a388);
      const float v774 = sqrtf(v773);
      const float v775 = (v774 + 1e-08f);
      const float v776 = (v772 / v775);
      const float v777 = (a384 * v776);
      const float v778 = (a73 - v777);
      const float v836 = (a239 * a489);
      const float v837 = (v836 * 0.1f);
      const float v838 = (a834 * 0.9f);
      const float v839 = (v838 + v837);
      const float v840 = (v836 * v836);
      const float v841 = (v840 * 0.05f);
      const float v842 = (a835 * 0.95f);
      const float v843 = (v842 + v841);
      const float v844 = (v839 / a387);
      const float v845 = (v843 / a388);
      const float v846 = sqrtf(v845);
      const float v847 = (v846 + 1e-08f);
      const float v848 = (v844 / v847);
      const float v849 = (a384 * v848);
      const float v850 = (a103 - v849);
      const float v853 = (a219 * a489);
      const float v854 = (v853 * 0.1f);
      const float v855 = (a851 * 0.9f);
      const float v856 = (v855 + v854);
      const float v857 = (v853 * v853);
      const float v858 = (v857 * 0.05f);
      const float v859 = (a852 * 0.95f);
      const float v860 = (v859 + v858);
      const float v861 = (v856 / a387);
      const float v862 = (v860 / a388);
      const float v863 = sqrtf(v862);
      const float v864 = (v863 + 1e-08f);
      const float v865 = (v861 / v864);
      const float v866 = (a384 * v865);
      const float v867 = (a107 - v866);
      const float v870 = (a216 * a489);
      const float v871 = (v870 * 0.1f);
      const float v872 = (a868 * 0.9f);
      const float v873 = (v872 + v871);
      const float v874 = (v870 * v870);
      const float v875 = (v874 * 0.05f);
      const float v876 = (a869 * 0.95f);
      const float v877 = (v876 + v875);
      const float v878 = (v873 / a387);
      const float v879 = (v877 / a388);
      const float v880 = sqrtf(v879);
      const float v881 = (v880 + 1e-08f);
      const float v882 = (v878 / v881);
      const float v883 = (a384 * v882);
      const float v884 = (a108 - v883);
      const float v942 = (a204 * a489);
      const float v943 = (v942 * 0.1f);
      const float v944 = (a940 * 0.9f);
      const float v945 = (v944 + v943);
      const float v946 = (v942 * v942);
      const float v947 = (v946 * 0.05f);
      const float v948 = (a941 * 0.95f);
      const float v949 = (v948 + v947);
      const float v950 = (v945 / a387);
      const float v951 = (v949 / a388);
      const float v952 = sqrtf(v951);
      const float v953 = (v952 + 1e-08f);
      const float v954 = (v950 / v953);
      const float v955 = (a384 * v954);
      const float v956 = (a127 - v955);
      const float v959 = (a184 * a489);
      const float v960 = (v959 * 0.1f);
      const float v961 = (a957 * 0.9f);
      const float v962 = (v961 + v960);
      const float v963 = (v959 * v959);
      const float v964 = (v963 * 0.05f);
      const float v965 = (a958 * 0.95f);
      const float v966 = (v965 + v964);
      const float v967 = (v962 / a387);
      const float v968 = (v966 / a388);
      const float v969 = sqrtf(v968);
      const float v970 = (v969 + 1e-08f);
      const float v971 = (v967 / v970);
      const float v972 = (a384 * v971);
      const float v973 = (a131 - v972);
      const float v976 = (a181 * a489);
      const float v977 = (v976 * 0.1f);
      const float v978 = (a974 * 0.9f);
      const float v979 = (v978 + v977);
      const float v980 = (v976 * v976);
      const float v981 = (v980 * 0.05f);
      const float v982 = (a975 * 0.95f);
      const float v983 = (v982 + v981);
      const float v984 = (v979 / a387);
      const float v985 = (v983 / a388);
      const float v986 = sqrtf(v985);
      const float v987 = (v986 + 1e-08f);
      const float v988 = (v984 / v987);
      const float v989 = (a384 * v988);
      const float v990 = (a132 - v989);
      const float v997 = v538;
      const float v998 = v542;
      const float v999 = v549;
      const float v1000 = v555;
      const float v1001 = v559;
      const float v1002 = v566;
      const float v1012 = v627;
      const float v1013 = v631;
      const float v1014 = v638;
      const float v1015 = v644;
      const float v1016 = v648;
      const float v1017 = v655;
      const float v1018 = v661;
      const float v1019 = v665;
      const float v1020 = v672;
      const float v1030 = v733;
      const float v1031 = v737;
      const float v1032 = v744;
      const float v1033 = v750;
      const float v1034 = v754;
      const float v1035 = v761;
      const float v1036 = v767;
      const float v1037 = v771;
      const float v1038 = v778;
      const float v1048 = v839;
      const float v1049 = v843;
      const float v1050 = v850;
      const float v1051 = v856;
      const float v1052 = v860;
      const float v1053 = v867;
      const float v1054 = v873;
      const float v1055 = v877;
      const float v1056 = v884;
      const float v1066 = v945;
      const float v1067 = v949;
      const float v1068 = v956;
      const float v1069 = v962;
      const float v1070 = v966;
      const float v1071 = v973;
      const float v1072 = v979;
      const float v1073 = v983;
      const float v1074 = v990;
      ((float *)(base + 120320))[idx] = v997;
      ((float *)(base + 120384))[idx] = v998;
      ((float *)(base + 16896))[idx] = v999;
      ((float *)(base + 120448))[idx] = v1000;
      ((float *)(base + 120512))[idx] = v1001;
      ((float *)(base + 16960))[idx] = v1002;
      ((float *)(base + 129152))[idx] = v1012;
      ((float *)(base + 129216))[idx] = v1013;
      ((float *)(base + 21312))[idx] = v1014;
      ((float *)(base + 129280))[idx] = v1015;
      ((float *)(base + 129344))[idx] = v1016;
      ((float *)(base + 21376))[idx] = v1017;
      ((float *)(base + 129408))[idx] = v1018;
      ((float *)(base + 129472))[idx] = v1019;
      ((float *)(base + 21440))[idx] = v1020;
      ((float *)(base + 146432))[idx] = v1030;
      ((float *)(base + 146496))[idx] = v1031;
      ((float *)(base + 29952))[idx] = v1032;
      ((float *)(base + 146560))[idx] = v1033;
      ((float *)(base + 146624))[idx] = v1034;
      ((float *)(base + 30016))[idx] = v1035;
      ((float *)(base + 146688))[idx] = v1036;
      ((float *)(base + 146752))[idx] = v1037;
      ((float *)(base + 30080))[idx] = v1038;
      ((float *)(base + 155392))[idx] = v1048;
      ((float *)(base + 155456))[idx] = v1049;
      ((float *)(base + 34432))[idx] = v1050;
      ((float *)(base + 155520))[idx] = v1051;
      ((float *)(base + 155584))[idx] = v1052;
      ((float *)(base + 34496))[idx] = v1053;
      ((float *)(base + 155648))[idx] = v1054;
      ((float *)(base + 155712))[idx] = v1055;
      ((float *)(base + 34560))[idx] = v1056;
      ((float *)(base + 172672))[idx] = v1066;
      ((float *)(base + 172736))[idx] = v1067;
      ((float *)(base + 43072))[idx] = v1068;
      ((float *)(base + 172800))[idx] = v1069;
      ((float *)(base + 172864))[idx] = v1070;
      ((float *)(base + 43136))[idx] = v1071;
      ((float *)(base + 172928))[idx] = v1072;
      ((float *)(base + 172992))[idx] = v1073;
      ((float *)(base + 43200))[idx] = v1074;
  }
}

/* train_k72_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k72_assign(char *base) {
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a356 = ((float *)(base + 66432))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a567 = ((float *)(base + 120576))[idx];
      const float a568 = ((float *)(base + 123648))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a385 = ((float *)(base + 251200))[0];
      const float a26 = ((float *)(base + 17024))[idx];
      const float a384 = ((float *)(base + 251136))[0];
      const float a268 = ((float *)(base + 53312))[idx];
      const float a779 = ((float *)(base + 146816))[idx];
      const float a780 = ((float *)(base + 149888))[idx];
      const float a85 = ((float *)(base + 30144))[idx];
      const float v569 = (a356 * a489);
      const float v570 = (v569 * 0.1f);
      const float v571 = (a567 * 0.9f);
      const float v572 = (v571 + v570);
      const float v573 = (v569 * v569);
      const float v574 = (v573 * 0.05f);
      const float v575 = (a568 * 0.95f);
      const float v576 = (v575 + v574);
      const float v577 = (v572 / a387);
      const float v578 = (v576 / a388);
      const float v579 = sqrtf(v578);
      const float v580 = (v579 + 1e-08f);
      const float v581 = (v577 / v580);
      const float v582 = (a385 * a26);
      const float v583 = (v581 + v582);
      const float v584 = (a384 * v583);
      const float v585 = (a26 - v584);
      const float v781 = (a268 * a489);
      const float v782 = (v781 * 0.1f);
      const float v783 = (a779 * 0.9f);
      const float v784 = (v783 + v782);
      const float v785 = (v781 * v781);
      const float v786 = (v785 * 0.05f);
      const float v787 = (a780 * 0.95f);
      const float v788 = (v787 + v786);
      const float v789 = (v784 / a387);
      const float v790 = (v788 / a388);
      const float v791 = sqrtf(v790);
      const float v792 = (v791 + 1e-08f);
      const float v793 = (v789 / v792);
      const float v794 = (a385 * a85);
      const float v795 = (v793 + v794);
      const float v796 = (a384 * v795);
      const float v797 = (a85 - v796);
      const float v1003 = v572;
      const float v1004 = v576;
      const float v1005 = v585;
      const float v1039 = v784;
      const float v1040 = v788;
      const float v1041 = v797;
      ((float *)(base + 120576))[idx] = v1003;
      ((float *)(base + 123648))[idx] = v1004;
      ((float *)(base + 17024))[idx] = v1005;
      ((float *)(base + 146816))[idx] = v1039;
      ((float *)(base + 149888))[idx] = v1040;
      ((float *)(base + 30144))[idx] = v1041;
  }
}

/* train_k73_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k73_assign(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a352 = ((float *)(base + 66240))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a586 = ((float *)(base + 126720))[idx];
      const float a587 = ((float *)(base + 126912))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a384 = ((float *)(base + 251136))[0];
      const float a28 = ((float *)(base + 20096))[idx];
      const float a264 = ((float *)(base + 53120))[idx];
      const float a798 = ((float *)(base + 152960))[idx];
      const float a799 = ((float *)(base + 153152))[idx];
      const float a87 = ((float *)(base + 33216))[idx];
      const float v588 = (a352 * a489);
      const float v589 = (v588 * 0.1f);
      const float v590 = (a586 * 0.9f);
      const float v591 = (v590 + v589);
      const float v592 = (v588 * v588);
      const float v593 = (v592 * 0.05f);
      const float v594 = (a587 * 0.95f);
      const float v595 = (v594 + v593);
      const float v596 = (v591 / a387);
      const float v597 = (v595 / a388);
      const float v598 = sqrtf(v597);
      const float v599 = (v598 + 1e-08f);
      const float v600 = (v596 / v599);
      const float v601 = (a384 * v600);
      const float v602 = (a28 - v601);
      const float v800 = (a264 * a489);
      const float v801 = (v800 * 0.1f);
      const float v802 = (a798 * 0.9f);
      const float v803 = (v802 + v801);
      const float v804 = (v800 * v800);
      const float v805 = (v804 * 0.05f);
      const float v806 = (a799 * 0.95f);
      const float v807 = (v806 + v805);
      const float v808 = (v803 / a387);
      const float v809 = (v807 / a388);
      const float v810 = sqrtf(v809);
      const float v811 = (v810 + 1e-08f);
      const float v812 = (v808 / v811);
      const float v813 = (a384 * v812);
      const float v814 = (a87 - v813);
      const float v1006 = v591;
      const float v1007 = v595;
      const float v1008 = v602;
      const float v1042 = v803;
      const float v1043 = v807;
      const float v1044 = v814;
      ((float *)(base + 126720))[idx] = v1006;
      ((float *)(base + 126912))[idx] = v1007;
      ((float *)(base + 20096))[idx] = v1008;
      ((float *)(base + 152960))[idx] = v1042;
      ((float *)(base + 153152))[idx] = v1043;
      ((float *)(base + 33216))[idx] = v1044;
  }
}

/* train_k74_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k74_assign(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a331 = ((float *)(base + 65216))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a603 = ((float *)(base + 127104))[idx];
      const float a604 = ((float *)(base + 128128))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a385 = ((float *)(base + 251200))[0];
      const float a42 = ((float *)(base + 20288))[idx];
      const float a384 = ((float *)(base + 251136))[0];
      const float a243 = ((float *)(base + 52096))[idx];
      const float a815 = ((float *)(base + 153344))[idx];
      const float a816 = ((float *)(base + 154368))[idx];
      const float a101 = ((float *)(base + 33408))[idx];
      const float v605 = (a331 * a489);
      const float v606 = (v605 * 0.1f);
      const float v607 = (a603 * 0.9f);
      const float v608 = (v607 + v606);
      const float v609 = (v605 * v605);
      const float v610 = (v609 * 0.05f);
      const float v611 = (a604 * 0.95f);
      const float v612 = (v611 + v610);
      const float v613 = (v608 / a387);
      const float v614 = (v612 / a388);
      const float v615 = sqrtf(v614);
      const float v616 = (v615 + 1e-08f);
      const float v617 = (v613 / v616);
      const float v618 = (a385 * a42);
      const float v619 = (v617 + v618);
      const float v620 = (a384 * v619);
      const float v621 = (a42 - v620);
      const float v817 = (a243 * a489);
      const float v818 = (v817 * 0.1f);
      const float v819 = (a815 * 0.9f);
      const float v820 = (v819 + v818);
      const float v821 = (v817 * v817);
      const float v822 = (v821 * 0.05f);
      const float v823 = (a816 * 0.95f);
      const float v824 = (v823 + v822);
      const float v825 = (v820 / a387);
      const float v826 = (v824 / a388);
      const float v827 = sqrtf(v826);
      const float v828 = (v827 + 1e-08f);
      const float v829 = (v825 / v828);
      const float v830 = (a385 * a101);
      const float v831 = (v829 + v830);
      const float v832 = (a384 * v831);
      const float v833 = (a101 - v832);
      const float v1009 = v608;
      const float v1010 = v612;
      const float v1011 = v621;
      const float v1045 = v820;
      const float v1046 = v824;
      const float v1047 = v833;
      ((float *)(base + 127104))[idx] = v1009;
      ((float *)(base + 128128))[idx] = v1010;
      ((float *)(base + 20288))[idx] = v1011;
      ((float *)(base + 153344))[idx] = v1045;
      ((float *)(base + 154368))[idx] = v1046;
      ((float *)(base + 33408))[idx] = v1047;
  }
}

/* train_k75_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k75_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a303 = ((float *)(base + 60928))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a673 = ((float *)(base + 129536))[idx];
      const float a674 = ((float *)(base + 133632))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a385 = ((float *)(base + 251200))[0];
      const float a61 = ((float *)(base + 21504))[idx];
      const float a384 = ((float *)(base + 251136))[0];
      const float a215 = ((float *)(base + 47808))[idx];
      const float a885 = ((float *)(base + 155776))[idx];
      const float a886 = ((float *)(base + 159872))[idx];
      const float a120 = ((float *)(base + 34624))[idx];
      const float v675 = (a303 * a489);
      const float v676 = (v675 * 0.1f);
      const float v677 = (a673 * 0.9f);
      const float v678 = (v677 + v676);
      const float v679 = (v675 * v675);
      const float v680 = (v679 * 0.05f);
      const float v681 = (a674 * 0.95f);
      const float v682 = (v681 + v680);
      const float v683 = (v678 / a387);
      const float v684 = (v682 / a388);
      const float v685 = sqrtf(v684);
      const float v686 = (v685 + 1e-08f);
      const float v687 = (v683 / v686);
      const float v688 = (a385 * a61);
      const float v689 = (v687 + v688);
      const float v690 = (a384 * v689);
      const float v691 = (a61 - v690);
      const float v887 = (a215 * a489);
      const float v888 = (v887 * 0.1f);
      const float v889 = (a885 * 0.9f);
      const float v890 = (v889 + v888);
      const float v891 = (v887 * v887);
      const float v892 = (v891 * 0.05f);
      const float v893 = (a886 * 0.95f);
      const float v894 = (v893 + v892);
      const float v895 = (v890 / a387);
      const float v896 = (v894 / a388);
      const float v897 = sqrtf(v896);
      const float v898 = (v897 + 1e-08f);
      const float v899 = (v895 / v898);
      const float v900 = (a385 * a120);
      const float v901 = (v899 + v900);
      const float v902 = (a384 * v901);
      const float v903 = (a120 - v902);
      const float v1021 = v678;
      const float v1022 = v682;
      const float v1023 = v691;
      const float v1057 = v890;
      const float v1058 = v894;
      const float v1059 = v903;
      ((float *)(base + 129536))[idx] = v1021;
      ((float *)(base + 133632))[idx] = v1022;
      ((float *)(base + 21504))[idx] = v1023;
      ((float *)(base + 155776))[idx] = v1057;
      ((float *)(base + 159872))[idx] = v1058;
      ((float *)(base + 34624))[idx] = v1059;
  }
}

/* train_k76_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k76_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a296 = ((float *)(base + 56576))[idx];
      const float a489 = ((float *)(base + 176704))[0];
      const float a709 = ((float *)(base + 138240))[idx];
      const float a710 = ((float *)(base + 142336))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a385 = ((float *)(base + 251200))[0];
      const float a66 = ((float *)(base + 25856))[idx];
      const float a384 = ((float *)(base + 251136))[0];
      const float a208 = ((float *)(base + 43456))[idx];
      const float a921 = ((float *)(base + 164480))[idx];
      const float a922 = ((float *)(base + 168576))[idx];
      const float a125 = ((float *)(base + 38976))[idx];
      const float v711 = (a296 * a489);
      const float v712 = (v711 * 0.1f);
      const float v713 = (a709 * 0.9f);
      const float v714 = (v713 + v712);
      const float v715 = (v711 * v711);
      const float v716 = (v715 * 0.05f);
      const float v717 = (a710 * 0.95f);
      const float v718 = (v717 + v716);
      const float v719 = (v714 / a387);
      const float v720 = (v718 / a388);
      const float v721 = sqrtf(v720);
      const float v722 = (v721 + 1e-08f);
      const float v723 = (v719 / v722);
      const float v724 = (a385 * a66);
      const float v725 = (v723 + v724);
      const float v726 = (a384 * v725);
      const float v727 = (a66 - v726);
      const float v923 = (a208 * a489);
      const float v924 = (v923 * 0.1f);
      const float v925 = (a921 * 0.9f);
      const float v926 = (v925 + v924);
      const float v927 = (v923 * v923);
      const float v928 = (v927 * 0.05f);
      const float v929 = (a922 * 0.95f);
      const float v930 = (v929 + v928);
      const float v931 = (v926 / a387);
      const float v932 = (v930 / a388);
      const float v933 = sqrtf(v932);
      const float v934 = (v933 + 1e-08f);
      const float v935 = (v931 / v934);
      const float v936 = (a385 * a125);
      const float v937 = (v935 + v936);
      const float v938 = (a384 * v937);
      const float v939 = (a125 - v938);
      const float v1027 = v714;
      const float v1028 = v718;
      const float v1029 = v727;
      const float v1063 = v926;
      const float v1064 = v930;
      const float v1065 = v939;
      ((float *)(base + 138240))[idx] = v1027;
      ((float *)(base + 142336))[idx] = v1028;
      ((float *)(base + 25856))[idx] = v1029;
      ((float *)(base + 164480))[idx] = v1063;
      ((float *)(base + 168576))[idx] = v1064;
      ((float *)(base + 38976))[idx] = v1065;
  }
}

/* train_k77_assign: mul f32[64], add f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k77_assign(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a904 = ((float *)(base + 163968))[idx];
      const float a907 = ((float *)(base + 175104))[idx];
      const float a905 = ((float *)(base + 164224))[idx];
      const float a911 = ((float *)(base + 175360))[idx];
      const float a387 = ((float *)(base + 251328))[0];
      const float a388 = ((float *)(base + 251392))[0];
      const float a384 = ((float *)(base + 251136))[0];
      const float a122 = ((float *)(base + 38720))[idx];
      const float v908 = (a904 * 0.9f);
      const float v909 = (v908 + a907);
      const float v912 = (a905 * 0.95f);
      const float v913 = (v912 + a911);
      const float v914 = (v909 / a387);
      const float v915 = (v913 / a388);
      const float v916 = sqrtf(v915);
      const float v917 = (v916 + 1e-08f);
      const float v918 = (v914 / v917);
      const float v919 = (a384 * v918);
      const float v920 = (a122 - v919);
      const float v1060 = v909;
      const float v1061 = v913;
      const float v1062 = v920;
      ((float *)(base + 163968))[idx] = v1060;
      ((float *)(base + 164224))[idx] = v1061;
      ((float *)(base + 38720))[idx] = v1062;
  }
}

/* eval_k78_gather: gather f32[2, 8, 16] */
void eval_k78_gather(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 192512))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 192512))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175104))[idx] = v3;
  }
}

/* eval_k79_positions: positions i32[8] */
void eval_k79_positions(char *base) {
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 192640))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 176640))[idx] = v6;
  }
}

/* eval_k80_gather: gather f32[8, 16] */
void eval_k80_gather(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 176640))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 176640))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 176128))[idx] = v7;
  }
}

/* eval_k81_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k81_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 175104))[idx];
      const float a7 = ((float *)(base + 176128))[(idx % 128LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.0625f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 175104))[idx];
      const float a7 = ((float *)(base + 176128))[(idx % 128LL)];
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
      const float a3 = ((float *)(base + 175104))[idx];
      const float a7 = ((float *)(base + 176128))[(idx % 128LL)];
      const float a9 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a10 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 178176))[idx] = v8;
      ((float *)(base + 179200))[idx] = v23;
    }
  }
}

/* eval_k82_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k82_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v28 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v29 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v30 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 179200))[idx] = v28;
      ((float *)(base + 180224))[idx] = v29;
      ((float *)(base + 181248))[idx] = v30;
  }
}

/* eval_k83_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k83_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v32 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v34 = ((float *)(base + 180224))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v36 = ((float *)(base + 181248))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v32;
      ((float *)(base + 176128))[idx] = v34;
      ((float *)(base + 177152))[idx] = v36;
  }
}

/* eval_k84_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k84_attention(char *base) {
  const float *Q = (const float *)(base + 175104); (void)Q;
  const float *K = (const float *)(base + 176128); (void)K;
  const float *V = (const float *)(base + 177152); (void)V;
  const int32_t *P = (const int32_t *)(base + 192640); (void)P;
  float *out = (float *)(base + 179200); (void)out;
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

/* eval_k85_permute: permute f32[2, 8, 2, 8] */
void eval_k85_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v38 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v38;
  }
}

/* eval_k86_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k86_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 178176))[idx];
      const float a43 = ((float *)(base + 176128))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.0625f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a8 = ((float *)(base + 178176))[idx];
      const float a43 = ((float *)(base + 176128))[idx];
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
      const float a8 = ((float *)(base + 178176))[idx];
      const float a43 = ((float *)(base + 176128))[idx];
      const float a45 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a46 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 179200))[idx] = v44;
      ((float *)(base + 180224))[idx] = v57;
    }
  }
}

/* eval_k87_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k87_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 179200))[idx];
      const float a66 = ((float *)(base + 180224))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.0625f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a44 = ((float *)(base + 179200))[idx];
      const float a66 = ((float *)(base + 180224))[idx];
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
      const float a44 = ((float *)(base + 179200))[idx];
      const float a66 = ((float *)(base + 180224))[idx];
      const float a68 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a69 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 178176))[idx] = v67;
      ((float *)(base + 181248))[idx] = v80;
    }
  }
}

/* eval_k88_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k88_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v85 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v86 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v87 = ((float *)(base + 175104))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 179200))[idx] = v85;
      ((float *)(base + 180224))[idx] = v86;
      ((float *)(base + 181248))[idx] = v87;
  }
}

/* eval_k89_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k89_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v89 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v91 = ((float *)(base + 180224))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v93 = ((float *)(base + 181248))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v89;
      ((float *)(base + 176128))[idx] = v91;
      ((float *)(base + 177152))[idx] = v93;
  }
}

/* eval_k90_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k90_attention(char *base) {
  const float *Q = (const float *)(base + 175104); (void)Q;
  const float *K = (const float *)(base + 176128); (void)K;
  const float *V = (const float *)(base + 177152); (void)V;
  const int32_t *P = (const int32_t *)(base + 192640); (void)P;
  float *out = (float *)(base + 179200); (void)out;
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

/* eval_k91_permute: permute f32[2, 8, 2, 8] */
void eval_k91_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v95 = ((float *)(base + 179200))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v95;
  }
}

/* eval_k92_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k92_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc104 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 178176))[idx];
      const float a100 = ((float *)(base + 176128))[idx];
      const float v101 = (a67 + a100);
      acc104 = acc104 + v101;
    }
      const float v104 = (float)acc104;
      const float v105 = (v104 * 0.0625f);
    double acc108 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a67 = ((float *)(base + 178176))[idx];
      const float a100 = ((float *)(base + 176128))[idx];
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
      const float a67 = ((float *)(base + 178176))[idx];
      const float a100 = ((float *)(base + 176128))[idx];
      const float a102 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a103 = ((float *)(base + 34560))[(idx % 16LL)];
      const float v101 = (a67 + a100);
      const float v106 = (v101 - v105);
      const float v112 = (v106 * v111);
      const float v113 = (v112 * a102);
      const float v114 = (v113 + a103);
      ((float *)(base + 179200))[idx] = v101;
      ((float *)(base + 180224))[idx] = v114;
    }
  }
}

/* eval_k93_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k93_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc127 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a101 = ((float *)(base + 179200))[idx];
      const float a123 = ((float *)(base + 180224))[idx];
      const float v124 = (a101 + a123);
      acc127 = acc127 + v124;
    }
      const float v127 = (float)acc127;
      const float v128 = (v127 * 0.0625f);
    double acc131 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a101 = ((float *)(base + 179200))[idx];
      const float a123 = ((float *)(base + 180224))[idx];
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
      const float a101 = ((float *)(base + 179200))[idx];
      const float a123 = ((float *)(base + 180224))[idx];
      const float a125 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a126 = ((float *)(base + 43200))[(idx % 16LL)];
      const float v124 = (a101 + a123);
      const float v129 = (v124 - v128);
      const float v135 = (v129 * v134);
      const float v136 = (v135 * a125);
      const float v137 = (v136 + a126);
      ((float *)(base + 191488))[idx] = v137;
    }
  }
}

/* eval_k94_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1] */
void eval_k94_rowmax(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc139 = -G23_INF;
    double acc148 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a145 = ((int32_t *)(base + 192576))[(idx / 256LL)];
      const float a138 = ((float *)(base + 175104))[idx];
      const float v146 = (float)(col == (int64_t)a145);
      const float v147 = (a138 * v146);
      acc139 = fmax(acc139, a138);
      acc148 = acc148 + v147;
    }
      const float v139 = (float)acc139;
      const float v148 = (float)acc148;
    double acc142 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a138 = ((float *)(base + 175104))[idx];
      const float v140 = (a138 - v139);
      const float v141 = expf(v140);
      acc142 = acc142 + v141;
    }
      const float v142 = (float)acc142;
      const float v143 = logf(v142);
      const float v144 = (v143 + v139);
      const float v149 = (v144 - v148);
    {
      ((float *)(base + 191488))[r] = v149;
    }
  }
}

/* eval_k95_rowsum: sum f32[1], mul f32[1] */
void eval_k95_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc151 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a150 = ((float *)(base + 191488))[idx];
      acc151 = acc151 + a150;
    }
      const float v151 = (float)acc151;
      const float v152 = (v151 * 0.0625f);
    {
      ((float *)(base + 175104))[r] = v152;
    }
  }
}

/* prefill_k96_gather: gather f32[1, 8, 16] */
void prefill_k96_gather(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 183808))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 183808))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175104))[idx] = v2;
  }
}

/* prefill_k97_positions: positions i32[8] */
void prefill_k97_positions(char *base) {
  for (int64_t idx = 0; idx < 8LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 183872))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 176128))[idx] = v5;
  }
}

/* prefill_k98_gather: gather f32[8, 16] */
void prefill_k98_gather(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 176128))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 176128))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175616))[idx] = v6;
  }
}

/* prefill_k99_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k99_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 175104))[idx];
      const float a6 = ((float *)(base + 175616))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.0625f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 175104))[idx];
      const float a6 = ((float *)(base + 175616))[idx];
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
      const float a2 = ((float *)(base + 175104))[idx];
      const float a6 = ((float *)(base + 175616))[idx];
      const float a8 = ((float *)(base + 16896))[(idx % 16LL)];
      const float a9 = ((float *)(base + 16960))[(idx % 16LL)];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 176640))[idx] = v7;
      ((float *)(base + 177152))[idx] = v22;
    }
  }
}

/* prefill_k100_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k100_slice(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v27 = ((float *)(base + 175104))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 175104))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 175104))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v27;
      ((float *)(base + 177664))[idx] = v28;
      ((float *)(base + 178176))[idx] = v29;
  }
}

/* prefill_k101_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k101_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v31 = ((float *)(base + 177152))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 177664))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v35 = ((float *)(base + 178176))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v31;
      ((float *)(base + 175616))[idx] = v33;
      ((float *)(base + 176128))[idx] = v35;
  }
}

/* prefill_k102_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k102_cache_write(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 183872))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 173056))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 175616))[idx];
  }
}

/* prefill_k103_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k103_cache_write(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 183872))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 173568))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 176128))[idx];
  }
}

/* prefill_k104_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k104_attention(char *base) {
  const float *Q = (const float *)(base + 175104); (void)Q;
  const float *K = (const float *)(base + 173056); (void)K;
  const float *V = (const float *)(base + 173568); (void)V;
  const int32_t *P = (const int32_t *)(base + 183872); (void)P;
  float *out = (float *)(base + 175616); (void)out;
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

/* prefill_k105_permute: permute f32[1, 8, 2, 8] */
void prefill_k105_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 175616))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v41;
  }
}

/* prefill_k106_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k106_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 176640))[idx];
      const float a46 = ((float *)(base + 175616))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 176640))[idx];
      const float a46 = ((float *)(base + 175616))[idx];
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
      const float a7 = ((float *)(base + 176640))[idx];
      const float a46 = ((float *)(base + 175616))[idx];
      const float a48 = ((float *)(base + 21376))[(idx % 16LL)];
      const float a49 = ((float *)(base + 21440))[(idx % 16LL)];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 177152))[idx] = v47;
      ((float *)(base + 177664))[idx] = v60;
    }
  }
}

/* prefill_k107_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k107_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 177152))[idx];
      const float a69 = ((float *)(base + 177664))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.0625f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 177152))[idx];
      const float a69 = ((float *)(base + 177664))[idx];
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
      const float a47 = ((float *)(base + 177152))[idx];
      const float a69 = ((float *)(base + 177664))[idx];
      const float a71 = ((float *)(base + 30016))[(idx % 16LL)];
      const float a72 = ((float *)(base + 30080))[(idx % 16LL)];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 176640))[idx] = v70;
      ((float *)(base + 178176))[idx] = v83;
    }
  }
}

/* prefill_k108_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k108_slice(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v88 = ((float *)(base + 175104))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v89 = ((float *)(base + 175104))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v90 = ((float *)(base + 175104))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 177152))[idx] = v88;
      ((float *)(base + 177664))[idx] = v89;
      ((float *)(base + 178176))[idx] = v90;
  }
}

/* prefill_k109_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k109_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v92 = ((float *)(base + 177152))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v94 = ((float *)(base + 177664))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v96 = ((float *)(base + 178176))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v92;
      ((float *)(base + 175616))[idx] = v94;
      ((float *)(base + 176128))[idx] = v96;
  }
}

/* prefill_k110_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k110_cache_write(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 183872))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 174080))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 175616))[idx];
  }
}

/* prefill_k111_cache_write: cache_write f32[1, 2, 8, 8] */
void prefill_k111_cache_write(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 8LL, bh = idx / 64LL;
      const int64_t p = (int64_t)((int32_t *)(base + 183872))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 174592))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 176128))[idx];
  }
}

/* prefill_k112_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k112_attention(char *base) {
  const float *Q = (const float *)(base + 175104); (void)Q;
  const float *K = (const float *)(base + 174080); (void)K;
  const float *V = (const float *)(base + 174592); (void)V;
  const int32_t *P = (const int32_t *)(base + 183872); (void)P;
  float *out = (float *)(base + 175616); (void)out;
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

/* prefill_k113_permute: permute f32[1, 8, 2, 8] */
void prefill_k113_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v102 = ((float *)(base + 175616))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v102;
  }
}

/* prefill_k114_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k114_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc111 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a70 = ((float *)(base + 176640))[idx];
      const float a107 = ((float *)(base + 175616))[idx];
      const float v108 = (a70 + a107);
      acc111 = acc111 + v108;
    }
      const float v111 = (float)acc111;
      const float v112 = (v111 * 0.0625f);
    double acc115 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a70 = ((float *)(base + 176640))[idx];
      const float a107 = ((float *)(base + 175616))[idx];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v114 = (v113 * v113);
      acc115 = acc115 + v114;
    }
      const float v115 = (float)acc115;
      const float v116 = (v115 * 0.0625f);
      const float v117 = (v116 + 1e-05f);
      const float v118 = (1.0f / sqrtf(v117));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a70 = ((float *)(base + 176640))[idx];
      const float a107 = ((float *)(base + 175616))[idx];
      const float a109 = ((float *)(base + 34496))[(idx % 16LL)];
      const float a110 = ((float *)(base + 34560))[(idx % 16LL)];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v119 = (v113 * v118);
      const float v120 = (v119 * a109);
      const float v121 = (v120 + a110);
      ((float *)(base + 177152))[idx] = v108;
      ((float *)(base + 177664))[idx] = v121;
    }
  }
}

/* prefill_k115_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k115_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc134 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a108 = ((float *)(base + 177152))[idx];
      const float a130 = ((float *)(base + 177664))[idx];
      const float v131 = (a108 + a130);
      acc134 = acc134 + v131;
    }
      const float v134 = (float)acc134;
      const float v135 = (v134 * 0.0625f);
    double acc138 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a108 = ((float *)(base + 177152))[idx];
      const float a130 = ((float *)(base + 177664))[idx];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v137 = (v136 * v136);
      acc138 = acc138 + v137;
    }
      const float v138 = (float)acc138;
      const float v139 = (v138 * 0.0625f);
      const float v140 = (v139 + 1e-05f);
      const float v141 = (1.0f / sqrtf(v140));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a108 = ((float *)(base + 177152))[idx];
      const float a130 = ((float *)(base + 177664))[idx];
      const float a132 = ((float *)(base + 43136))[(idx % 16LL)];
      const float a133 = ((float *)(base + 43200))[(idx % 16LL)];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v142 = (v136 * v141);
      const float v143 = (v142 * a132);
      const float v144 = (v143 + a133);
      ((float *)(base + 183296))[idx] = v144;
    }
  }
}

/* decode_k116_gather: gather f32[1, 1, 16] */
void decode_k116_gather(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 176128))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 176128))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175104))[idx] = v2;
  }
}

/* decode_k117_positions: positions i32[1] */
void decode_k117_positions(char *base) {
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 176192))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 175168))[idx] = v5;
  }
}

/* decode_k118_gather: gather f32[1, 16] */
void decode_k118_gather(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 175168))[idx / 16LL] < 8u ? ((float *)(base + 16384))[(int64_t)((int32_t *)(base + 175168))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 175232))[idx] = v6;
  }
}

/* decode_k119_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k119_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 175104))[idx];
      const float a6 = ((float *)(base + 175232))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.0625f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 175104))[idx];
      const float a6 = ((float *)(base + 175232))[idx];
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
      const float a2 = ((float *)(base + 175104))[idx];
      const float a6 = ((float *)(base + 175232))[idx];
      const float a8 = ((float *)(base + 16896))[idx];
      const float a9 = ((float *)(base + 16960))[idx];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 175296))[idx] = v7;
      ((float *)(base + 175360))[idx] = v22;
    }
  }
}

/* decode_k120_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k120_slice(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v27 = ((float *)(base + 175104))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 175104))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 175104))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175360))[idx] = v27;
      ((float *)(base + 175424))[idx] = v28;
      ((float *)(base + 175488))[idx] = v29;
  }
}

/* decode_k121_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k121_permute(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v31 = ((float *)(base + 175360))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v33 = ((float *)(base + 175424))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v35 = ((float *)(base + 175488))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v31;
      ((float *)(base + 175168))[idx] = v33;
      ((float *)(base + 175232))[idx] = v35;
  }
}

/* decode_k122_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k122_cache_write(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176192))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 173056))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 175168))[idx];
  }
}

/* decode_k123_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k123_cache_write(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176192))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 173568))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 175232))[idx];
  }
}

/* decode_k124_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k124_attention(char *base) {
  const float *Q = (const float *)(base + 175104); (void)Q;
  const float *K = (const float *)(base + 173056); (void)K;
  const float *V = (const float *)(base + 173568); (void)V;
  const int32_t *P = (const int32_t *)(base + 176192); (void)P;
  float *out = (float *)(base + 175168); (void)out;
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

/* decode_k125_permute: permute f32[1, 1, 2, 8] */
void decode_k125_permute(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v41 = ((float *)(base + 175168))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v41;
  }
}

/* decode_k126_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k126_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 175296))[idx];
      const float a46 = ((float *)(base + 175168))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.0625f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a7 = ((float *)(base + 175296))[idx];
      const float a46 = ((float *)(base + 175168))[idx];
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
      const float a7 = ((float *)(base + 175296))[idx];
      const float a46 = ((float *)(base + 175168))[idx];
      const float a48 = ((float *)(base + 21376))[idx];
      const float a49 = ((float *)(base + 21440))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 175360))[idx] = v47;
      ((float *)(base + 175424))[idx] = v60;
    }
  }
}

/* decode_k127_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k127_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 175360))[idx];
      const float a69 = ((float *)(base + 175424))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.0625f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a47 = ((float *)(base + 175360))[idx];
      const float a69 = ((float *)(base + 175424))[idx];
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
      const float a47 = ((float *)(base + 175360))[idx];
      const float a69 = ((float *)(base + 175424))[idx];
      const float a71 = ((float *)(base + 30016))[idx];
      const float a72 = ((float *)(base + 30080))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 175296))[idx] = v70;
      ((float *)(base + 175488))[idx] = v83;
    }
  }
}

/* decode_k128_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void decode_k128_slice(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v88 = ((float *)(base + 175104))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v89 = ((float *)(base + 175104))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v90 = ((float *)(base + 175104))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 175360))[idx] = v88;
      ((float *)(base + 175424))[idx] = v89;
      ((float *)(base + 175488))[idx] = v90;
  }
}

/* decode_k129_permute: permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8], permute f32[1, 2, 1, 8] */
void decode_k129_permute(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v92 = ((float *)(base + 175360))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v94 = ((float *)(base + 175424))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v96 = ((float *)(base + 175488))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v92;
      ((float *)(base + 175168))[idx] = v94;
      ((float *)(base + 175232))[idx] = v96;
  }
}

/* decode_k130_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k130_cache_write(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176192))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 174080))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 175168))[idx];
  }
}

/* decode_k131_cache_write: cache_write f32[1, 2, 8, 8] */
void decode_k131_cache_write(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t d = idx % 8LL, t = idx / 8LL % 1LL, bh = idx / 8LL;
      const int64_t p = (int64_t)((int32_t *)(base + 176192))[0] + t;
      if (p >= 0 && p < 8LL) ((float *)(base + 174592))[(bh * 8LL + p) * 8LL + d] = ((float *)(base + 175232))[idx];
  }
}

/* decode_k132_attention: attention forward: q[1, 2, 1, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 1, 8] */
void decode_k132_attention(char *base) {
  const float *Q = (const float *)(base + 175104); (void)Q;
  const float *K = (const float *)(base + 174080); (void)K;
  const float *V = (const float *)(base + 174592); (void)V;
  const int32_t *P = (const int32_t *)(base + 176192); (void)P;
  float *out = (float *)(base + 175168); (void)out;
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

/* decode_k133_permute: permute f32[1, 1, 2, 8] */
void decode_k133_permute(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v102 = ((float *)(base + 175168))[0 + ((idx / 8LL % 2LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 175104))[idx] = v102;
  }
}

/* decode_k134_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k134_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc111 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a70 = ((float *)(base + 175296))[idx];
      const float a107 = ((float *)(base + 175168))[idx];
      const float v108 = (a70 + a107);
      acc111 = acc111 + v108;
    }
      const float v111 = (float)acc111;
      const float v112 = (v111 * 0.0625f);
    double acc115 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a70 = ((float *)(base + 175296))[idx];
      const float a107 = ((float *)(base + 175168))[idx];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v114 = (v113 * v113);
      acc115 = acc115 + v114;
    }
      const float v115 = (float)acc115;
      const float v116 = (v115 * 0.0625f);
      const float v117 = (v116 + 1e-05f);
      const float v118 = (1.0f / sqrtf(v117));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a70 = ((float *)(base + 175296))[idx];
      const float a107 = ((float *)(base + 175168))[idx];
      const float a109 = ((float *)(base + 34496))[idx];
      const float a110 = ((float *)(base + 34560))[idx];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v119 = (v113 * v118);
      const float v120 = (v119 * a109);
      const float v121 = (v120 + a110);
      ((float *)(base + 175360))[idx] = v108;
      ((float *)(base + 175424))[idx] = v121;
    }
  }
}

/* decode_k135_rowsum: add f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 16], mul f32[1, 1, 16], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 16], mul f32[1, 1, 16], add f32[1, 1, 16] */
void decode_k135_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc134 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a108 = ((float *)(base + 175360))[idx];
      const float a130 = ((float *)(base + 175424))[idx];
      const float v131 = (a108 + a130);
      acc134 = acc134 + v131;
    }
      const float v134 = (float)acc134;
      const float v135 = (v134 * 0.0625f);
    double acc138 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a108 = ((float *)(base + 175360))[idx];
      const float a130 = ((float *)(base + 175424))[idx];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v137 = (v136 * v136);
      acc138 = acc138 + v137;
    }
      const float v138 = (float)acc138;
      const float v139 = (v138 * 0.0625f);
      const float v140 = (v139 + 1e-05f);
      const float v141 = (1.0f / sqrtf(v140));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a108 = ((float *)(base + 175360))[idx];
      const float a130 = ((float *)(base + 175424))[idx];
      const float a132 = ((float *)(base + 43136))[idx];
      const float a133 = ((float *)(base + 43200))[idx];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v142 = (v136 * v141);
      const float v143 = (v142 * a132);
      const float v144 = (v143 + a133);
      ((float *)(base + 176256))[idx] = v144;
    }
  }
}

