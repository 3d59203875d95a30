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
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 4339712))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 4339712))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 571392))[idx] = v3;
  }
}

/* train_k1_positions: positions i32[32] */
void train_k1_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 4364416))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 4364288))[idx] = v6;
  }
}

/* train_k2_gather: gather f32[32, 32] */
void train_k2_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 4364288))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 4364288))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 636928))[idx] = v7;
  }
}

/* train_k3_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k3_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 571392))[idx];
      const float a7 = ((float *)(base + 636928))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.03125f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 571392))[idx];
      const float a7 = ((float *)(base + 636928))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v15 = (v14 * v14);
      acc16 = acc16 + v15;
    }
      const float v16 = (float)acc16;
      const float v17 = (v16 * 0.03125f);
      const float v19 = (v17 + 1e-05f);
      const float v20 = (1.0f / sqrtf(v19));
      const float v355 = (v20 * v20);
      const float v356 = (v355 * v20);
      const float v357 = (v356 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 571392))[idx];
      const float a7 = ((float *)(base + 636928))[(idx % 1024LL)];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a10 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 768000))[idx] = v8;
      ((float *)(base + 2668544))[idx] = v14;
      ((float *)(base + 2734080))[idx] = v21;
      ((float *)(base + 2799616))[idx] = v23;
    }
    {
      ((float *)(base + 4343808))[r] = v20;
      ((float *)(base + 4345856))[r] = v357;
    }
  }
}

/* train_k4_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void train_k4_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v28 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v29 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v30 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 833536))[idx] = v28;
      ((float *)(base + 899072))[idx] = v29;
      ((float *)(base + 964608))[idx] = v30;
  }
}

/* train_k5_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void train_k5_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v32 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v34 = ((float *)(base + 899072))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v36 = ((float *)(base + 964608))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 2865152))[idx] = v32;
      ((float *)(base + 2930688))[idx] = v34;
      ((float *)(base + 2996224))[idx] = v36;
  }
}

/* train_k6_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void train_k6_attention(char *base) {
  const float *Q = (const float *)(base + 2865152); (void)Q;
  const float *K = (const float *)(base + 2930688); (void)K;
  const float *V = (const float *)(base + 2996224); (void)V;
  const int32_t *P = (const int32_t *)(base + 4364416); (void)P;
  float *out = (float *)(base + 3061760); (void)out;
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
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v38 = ((float *)(base + 3061760))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 3127296))[idx] = v38;
  }
}

/* train_k8_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k8_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 768000))[idx];
      const float a43 = ((float *)(base + 571392))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.03125f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 768000))[idx];
      const float a43 = ((float *)(base + 571392))[idx];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v50 = (v49 * v49);
      acc51 = acc51 + v50;
    }
      const float v51 = (float)acc51;
      const float v52 = (v51 * 0.03125f);
      const float v53 = (v52 + 1e-05f);
      const float v54 = (1.0f / sqrtf(v53));
      const float v303 = (v54 * v54);
      const float v304 = (v303 * v54);
      const float v305 = (v304 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 768000))[idx];
      const float a43 = ((float *)(base + 571392))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a46 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 636928))[idx] = v44;
      ((float *)(base + 3192832))[idx] = v49;
      ((float *)(base + 3258368))[idx] = v55;
      ((float *)(base + 3323904))[idx] = v57;
    }
    {
      ((float *)(base + 4347904))[r] = v54;
      ((float *)(base + 4349952))[r] = v305;
    }
  }
}

/* train_k9_gelu: gelu f32[16, 32, 128] */
void train_k9_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a61 = ((float *)(base + 1619968))[idx];
      const float v62 = g23_gelu(a61);
      ((float *)(base + 1882112))[idx] = v62;
  }
}

/* train_k10_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k10_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 636928))[idx];
      const float a66 = ((float *)(base + 571392))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.03125f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 636928))[idx];
      const float a66 = ((float *)(base + 571392))[idx];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v73 = (v72 * v72);
      acc74 = acc74 + v73;
    }
      const float v74 = (float)acc74;
      const float v75 = (v74 * 0.03125f);
      const float v76 = (v75 + 1e-05f);
      const float v77 = (1.0f / sqrtf(v76));
      const float v269 = (v77 * v77);
      const float v270 = (v269 * v77);
      const float v271 = (v270 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 636928))[idx];
      const float a66 = ((float *)(base + 571392))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a69 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 768000))[idx] = v67;
      ((float *)(base + 3389440))[idx] = v72;
      ((float *)(base + 3454976))[idx] = v78;
      ((float *)(base + 3520512))[idx] = v80;
    }
    {
      ((float *)(base + 4352000))[r] = v77;
      ((float *)(base + 4354048))[r] = v271;
    }
  }
}

/* train_k11_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void train_k11_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v85 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v86 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v87 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 833536))[idx] = v85;
      ((float *)(base + 899072))[idx] = v86;
      ((float *)(base + 964608))[idx] = v87;
  }
}

/* train_k12_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void train_k12_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v89 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v91 = ((float *)(base + 899072))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v93 = ((float *)(base + 964608))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 3586048))[idx] = v89;
      ((float *)(base + 3651584))[idx] = v91;
      ((float *)(base + 3717120))[idx] = v93;
  }
}

/* train_k13_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void train_k13_attention(char *base) {
  const float *Q = (const float *)(base + 3586048); (void)Q;
  const float *K = (const float *)(base + 3651584); (void)K;
  const float *V = (const float *)(base + 3717120); (void)V;
  const int32_t *P = (const int32_t *)(base + 4364416); (void)P;
  float *out = (float *)(base + 3782656); (void)out;
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

/* train_k14_permute: permute f32[16, 32, 2, 16] */
void train_k14_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v95 = ((float *)(base + 3782656))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 3848192))[idx] = v95;
  }
}

/* train_k15_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k15_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc104 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a67 = ((float *)(base + 768000))[idx];
      const float a100 = ((float *)(base + 571392))[idx];
      const float v101 = (a67 + a100);
      acc104 = acc104 + v101;
    }
      const float v104 = (float)acc104;
      const float v105 = (v104 * 0.03125f);
    double acc108 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a67 = ((float *)(base + 768000))[idx];
      const float a100 = ((float *)(base + 571392))[idx];
      const float v101 = (a67 + a100);
      const float v106 = (v101 - v105);
      const float v107 = (v106 * v106);
      acc108 = acc108 + v107;
    }
      const float v108 = (float)acc108;
      const float v109 = (v108 * 0.03125f);
      const float v110 = (v109 + 1e-05f);
      const float v111 = (1.0f / sqrtf(v110));
      const float v217 = (v111 * v111);
      const float v218 = (v217 * v111);
      const float v219 = (v218 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a67 = ((float *)(base + 768000))[idx];
      const float a100 = ((float *)(base + 571392))[idx];
      const float a102 = ((float *)(base + 104832))[(idx % 32LL)];
      const float a103 = ((float *)(base + 104960))[(idx % 32LL)];
      const float v101 = (a67 + a100);
      const float v106 = (v101 - v105);
      const float v112 = (v106 * v111);
      const float v113 = (v112 * a102);
      const float v114 = (v113 + a103);
      ((float *)(base + 636928))[idx] = v101;
      ((float *)(base + 3913728))[idx] = v106;
      ((float *)(base + 3979264))[idx] = v112;
      ((float *)(base + 4044800))[idx] = v114;
    }
    {
      ((float *)(base + 4356096))[r] = v111;
      ((float *)(base + 4358144))[r] = v219;
    }
  }
}

/* train_k16_gelu: gelu f32[16, 32, 128] */
void train_k16_gelu(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a118 = ((float *)(base + 2144256))[idx];
      const float v119 = g23_gelu(a118);
      ((float *)(base + 2406400))[idx] = v119;
  }
}

/* train_k17_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], mul f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1] */
void train_k17_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc127 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a101 = ((float *)(base + 636928))[idx];
      const float a123 = ((float *)(base + 571392))[idx];
      const float v124 = (a101 + a123);
      acc127 = acc127 + v124;
    }
      const float v127 = (float)acc127;
      const float v128 = (v127 * 0.03125f);
    double acc131 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a101 = ((float *)(base + 636928))[idx];
      const float a123 = ((float *)(base + 571392))[idx];
      const float v124 = (a101 + a123);
      const float v129 = (v124 - v128);
      const float v130 = (v129 * v129);
      acc131 = acc131 + v130;
    }
      const float v131 = (float)acc131;
      const float v132 = (v131 * 0.03125f);
      const float v133 = (v132 + 1e-05f);
      const float v134 = (1.0f / sqrtf(v133));
      const float v183 = (v134 * v134);
      const float v184 = (v183 * v134);
      const float v186 = (v184 * (-0.5f));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a101 = ((float *)(base + 636928))[idx];
      const float a123 = ((float *)(base + 571392))[idx];
      const float a125 = ((float *)(base + 138496))[(idx % 32LL)];
      const float a126 = ((float *)(base + 138624))[(idx % 32LL)];
      const float v124 = (a101 + a123);
      const float v129 = (v124 - v128);
      const float v135 = (v129 * v134);
      const float v136 = (v135 * a125);
      const float v137 = (v136 + a126);
      ((float *)(base + 4110336))[idx] = v129;
      ((float *)(base + 4175872))[idx] = v135;
      ((float *)(base + 4241408))[idx] = v137;
    }
    {
      ((float *)(base + 4360192))[r] = v134;
      ((float *)(base + 4362240))[r] = v186;
    }
  }
}

/* train_k18_rowmax: max_reduce f32[16, 32, 1], sub f32[16, 32, 256], exp f32[16, 32, 256], sum f32[16, 32, 1], log f32[16, 32, 1], add f32[16, 32, 1], one_hot f32[16, 32, 256], mul f32[16, 32, 256], sum f32[16, 32, 1], sub f32[16, 32, 1], mul f32[16, 32, 256], div f32[16, 32, 1], expand f32[16, 32, 256], mul f32[16, 32, 256], add f32[16, 32, 256], neg f32[16, 32, 256], sum f32[16, 32, 1], add f32[16, 32, 1], lt f32[16, 32, 256], sub f32[16, 32, 256], sum f32[16, 32, 1], div f32[16, 32, 256], mul f32[16, 32, 256], add f32[16, 32, 256] */
void train_k18_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc139 = -G23_INF;
    double acc148 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a145 = ((int32_t *)(base + 4341760))[(idx / 256LL)];
      const float a138 = ((float *)(base + 571392))[idx];
      const float v146 = (float)(col == (int64_t)a145);
      const float v147 = (a138 * v146);
      acc139 = fmax(acc139, a138);
      acc148 = acc148 + v147;
    }
      const float v139 = (float)acc139;
      const float v148 = (float)acc148;
    double acc142 = 0.0f;
    double acc168 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a138 = ((float *)(base + 571392))[idx];
      const float v140 = (a138 - v139);
      const float v141 = expf(v140);
      const float v165 = (float)(a138 < v139);
      const float v167 = (1.0f - v165);
      acc142 = acc142 + v141;
      acc168 = acc168 + v167;
    }
      const float v142 = (float)acc142;
      const float v143 = logf(v142);
      const float v144 = (v143 + v139);
      const float v149 = (v144 - v148);
      const float v158 = (0.001953125f / v142);
      const float v168 = (float)acc168;
    double acc163 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a138 = ((float *)(base + 571392))[idx];
      const float v140 = (a138 - v139);
      const float v141 = expf(v140);
      const float v159 = v158;
      const float v160 = (v159 * v141);
      const float v162 = (-v160);
      acc163 = acc163 + v162;
    }
      const float v163 = (float)acc163;
      const float v164 = (0.001953125f + v163);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a138 = ((float *)(base + 571392))[idx];
      const int32_t a145 = ((int32_t *)(base + 4341760))[(idx / 256LL)];
      const float v140 = (a138 - v139);
      const float v141 = expf(v140);
      const float v146 = (float)(col == (int64_t)a145);
      const float v157 = ((-0.001953125f) * v146);
      const float v159 = v158;
      const float v160 = (v159 * v141);
      const float v161 = (v157 + v160);
      const float v165 = (float)(a138 < v139);
      const float v167 = (1.0f - v165);
      const float v169 = (v167 / v168);
      const float v170 = (v164 * v169);
      const float v171 = (v161 + v170);
      ((float *)(base + 1095680))[idx] = v171;
    }
    {
      ((float *)(base + 4306944))[r] = v149;
    }
  }
}

/* train_k19_rowsum: sum f32[1], mul f32[1] */
void train_k19_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc151 = 0.0f;
    for (int64_t col = 0; col < 512LL; col++) {
      const int64_t idx = r * 512LL + col; (void)idx;
      const float a150 = ((float *)(base + 4306944))[idx];
      acc151 = acc151 + a150;
    }
      const float v151 = (float)acc151;
      const float v153 = (v151 * 0.001953125f);
    {
      ((float *)(base + 4364800))[r] = v153;
    }
  }
}

/* train_k20_reduce_to: reduce_to f32[32] */
void train_k20_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 571392))[ii];
      }
      ((float *)(base + 138752))[idx] = acc;
  }
}

/* train_k21_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k21_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc182 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a172 = ((float *)(base + 571392))[idx];
      const float a125 = ((float *)(base + 138496))[(idx % 32LL)];
      const float a129 = ((float *)(base + 4110336))[idx];
      const float v177 = (a172 * a125);
      const float v181 = (v177 * a129);
      acc182 = acc182 + v181;
    }
      const float b186 = ((float *)(base + 4362240))[r];
      const float v182 = (float)acc182;
      const float v187 = (v182 * b186);
      const float v188 = (v187 * 0.03125f);
    double acc194 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a172 = ((float *)(base + 571392))[idx];
      const float a125 = ((float *)(base + 138496))[(idx % 32LL)];
      const float a134 = ((float *)(base + 4360192))[(idx / 32LL)];
      const float a129 = ((float *)(base + 4110336))[idx];
      const float v177 = (a172 * a125);
      const float v180 = (v177 * a134);
      const float v189 = v188;
      const float v190 = (v189 * a129);
      const float v191 = (v180 + v190);
      const float v192 = (v191 + v190);
      const float v193 = (-v192);
      acc194 = acc194 + v193;
    }
      const float v194 = (float)acc194;
      const float v195 = (v194 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a172 = ((float *)(base + 571392))[idx];
      const float a125 = ((float *)(base + 138496))[(idx % 32LL)];
      const float a135 = ((float *)(base + 4175872))[idx];
      const float a134 = ((float *)(base + 4360192))[(idx / 32LL)];
      const float a129 = ((float *)(base + 4110336))[idx];
      const float v177 = (a172 * a125);
      const float v178 = (a172 * a135);
      const float v180 = (v177 * a134);
      const float v189 = v188;
      const float v190 = (v189 * a129);
      const float v191 = (v180 + v190);
      const float v192 = (v191 + v190);
      const float v196 = v195;
      const float v197 = (v192 + v196);
      ((float *)(base + 636928))[idx] = v178;
      ((float *)(base + 1095680))[idx] = v197;
    }
  }
}

/* train_k22_reduce_to: reduce_to f32[32] */
void train_k22_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 636928))[ii];
      }
      ((float *)(base + 138880))[idx] = acc;
  }
}

/* train_k23_reduce_to: reduce_to f32[32] */
void train_k23_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 1095680))[ii];
      }
      ((float *)(base + 139008))[idx] = acc;
  }
}

/* train_k24_mul: gelu_grad f32[16, 32, 128], mul f32[16, 32, 128] */
void train_k24_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a118 = ((float *)(base + 2144256))[idx];
      const float a199 = ((float *)(base + 571392))[idx];
      const float v203 = g23_gelu_grad(a118);
      const float v204 = (a199 * v203);
      ((float *)(base + 833536))[idx] = v204;
  }
}

/* train_k25_reduce_to: reduce_to f32[128] */
void train_k25_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 4096LL + (j / 1LL % 32LL) * 128LL;
        acc += ((float *)(base + 833536))[ii];
      }
      ((float *)(base + 155520))[idx] = acc;
  }
}

/* train_k26_reduce_to: reduce_to f32[32] */
void train_k26_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 571392))[ii];
      }
      ((float *)(base + 172416))[idx] = acc;
  }
}

/* train_k27_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k27_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc216 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a206 = ((float *)(base + 571392))[idx];
      const float a102 = ((float *)(base + 104832))[(idx % 32LL)];
      const float a106 = ((float *)(base + 3913728))[idx];
      const float v211 = (a206 * a102);
      const float v215 = (v211 * a106);
      acc216 = acc216 + v215;
    }
      const float b219 = ((float *)(base + 4358144))[r];
      const float v216 = (float)acc216;
      const float v220 = (v216 * b219);
      const float v221 = (v220 * 0.03125f);
    double acc228 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a206 = ((float *)(base + 571392))[idx];
      const float a102 = ((float *)(base + 104832))[(idx % 32LL)];
      const float a111 = ((float *)(base + 4356096))[(idx / 32LL)];
      const float a106 = ((float *)(base + 3913728))[idx];
      const float v211 = (a206 * a102);
      const float v214 = (v211 * a111);
      const float v222 = v221;
      const float v223 = (v222 * a106);
      const float v224 = (v214 + v223);
      const float v225 = (v224 + v223);
      const float v227 = (-v225);
      acc228 = acc228 + v227;
    }
      const float v228 = (float)acc228;
      const float v229 = (v228 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a206 = ((float *)(base + 571392))[idx];
      const float a102 = ((float *)(base + 104832))[(idx % 32LL)];
      const float a112 = ((float *)(base + 3979264))[idx];
      const float a111 = ((float *)(base + 4356096))[(idx / 32LL)];
      const float a106 = ((float *)(base + 3913728))[idx];
      const float a197 = ((float *)(base + 1095680))[idx];
      const float v211 = (a206 * a102);
      const float v212 = (a206 * a112);
      const float v214 = (v211 * a111);
      const float v222 = v221;
      const float v223 = (v222 * a106);
      const float v224 = (v214 + v223);
      const float v225 = (v224 + v223);
      const float v226 = (a197 + v225);
      const float v230 = v229;
      const float v231 = (v226 + v230);
      ((float *)(base + 636928))[idx] = v212;
      ((float *)(base + 768000))[idx] = v231;
    }
  }
}

/* train_k28_reduce_to: reduce_to f32[32] */
void train_k28_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 636928))[ii];
      }
      ((float *)(base + 172544))[idx] = acc;
  }
}

/* train_k29_reduce_to: reduce_to f32[32] */
void train_k29_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 768000))[ii];
      }
      ((float *)(base + 172672))[idx] = acc;
  }
}

/* train_k30_permute: permute f32[16, 2, 32, 16] */
void train_k30_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v238 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 833536))[idx] = v238;
  }
}

/* train_k31_attention_dq: attention_backward dq and row statistics: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k31_attention_dq(char *base) {
  const float *Q = (const float *)(base + 3586048); (void)Q;
  const float *K = (const float *)(base + 3651584); (void)K;
  const float *V = (const float *)(base + 3717120); (void)V;
  const int32_t *P = (const int32_t *)(base + 4364416); (void)P;
  const float *O = (const float *)(base + 3782656); (void)O;
  const float *dO = (const float *)(base + 833536); (void)dO;
  float *out = (float *)(base + 571392); (void)out;
  float *tmp = (float *)(base + 899072); (void)tmp;
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

/* train_k32_attention_dkdv: attention_backward dk and dv: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k32_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 3586048); (void)Q;
  const float *K = (const float *)(base + 3651584); (void)K;
  const float *V = (const float *)(base + 3717120); (void)V;
  const int32_t *P = (const int32_t *)(base + 4364416); (void)P;
  const float *O = (const float *)(base + 3782656); (void)O;
  const float *dO = (const float *)(base + 833536); (void)dO;
  float *out = (float *)(base + 571392); (void)out;
  float *tmp = (float *)(base + 899072); (void)tmp;
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

/* train_k33_slice: slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16] */
void train_k33_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v240 = ((float *)(base + 571392))[0 + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v242 = ((float *)(base + 571392))[0 + ((idx / 16384LL) + 1LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v244 = ((float *)(base + 571392))[0 + ((idx / 16384LL) + 2LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 833536))[idx] = v240;
      ((float *)(base + 899072))[idx] = v242;
      ((float *)(base + 964608))[idx] = v244;
  }
}

/* train_k34_permute: permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16] */
void train_k34_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v246 = ((float *)(base + 964608))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v248 = ((float *)(base + 899072))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v250 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 1030144))[idx] = v246;
      ((float *)(base + 1095680))[idx] = v248;
      ((float *)(base + 1161216))[idx] = v250;
  }
}

/* train_k35_add: pad f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96] */
void train_k35_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 49152LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float v252 = ((uint64_t)((idx / 1LL % 96LL) - 64LL) < 32ULL ? ((float *)(base + 1030144))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -64LL) * 1LL] : (float)0);
      const float v253 = ((uint64_t)((idx / 1LL % 96LL) - 32LL) < 32ULL ? ((float *)(base + 1095680))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -32LL) * 1LL] : (float)0);
      const float v254 = (v252 + v253);
      const float v255 = ((uint64_t)((idx / 1LL % 96LL) - 0LL) < 32ULL ? ((float *)(base + 1161216))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL)) * 1LL] : (float)0);
      const float v256 = (v254 + v255);
      ((float *)(base + 571392))[idx] = v256;
  }
}

/* train_k36_reduce_to: reduce_to f32[96] */
void train_k36_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 3072LL + (j / 1LL % 32LL) * 96LL;
        acc += ((float *)(base + 571392))[ii];
      }
      ((float *)(base + 176896))[idx] = acc;
  }
}

/* train_k37_reduce_to: reduce_to f32[32] */
void train_k37_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 833536))[ii];
      }
      ((float *)(base + 189568))[idx] = acc;
  }
}

/* train_k38_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k38_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc268 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a258 = ((float *)(base + 833536))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a72 = ((float *)(base + 3389440))[idx];
      const float v263 = (a258 * a68);
      const float v267 = (v263 * a72);
      acc268 = acc268 + v267;
    }
      const float b271 = ((float *)(base + 4354048))[r];
      const float v268 = (float)acc268;
      const float v272 = (v268 * b271);
      const float v273 = (v272 * 0.03125f);
    double acc280 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a258 = ((float *)(base + 833536))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a77 = ((float *)(base + 4352000))[(idx / 32LL)];
      const float a72 = ((float *)(base + 3389440))[idx];
      const float v263 = (a258 * a68);
      const float v266 = (v263 * a77);
      const float v274 = v273;
      const float v275 = (v274 * a72);
      const float v276 = (v266 + v275);
      const float v277 = (v276 + v275);
      const float v279 = (-v277);
      acc280 = acc280 + v279;
    }
      const float v280 = (float)acc280;
      const float v281 = (v280 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a258 = ((float *)(base + 833536))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a78 = ((float *)(base + 3454976))[idx];
      const float a77 = ((float *)(base + 4352000))[(idx / 32LL)];
      const float a72 = ((float *)(base + 3389440))[idx];
      const float a231 = ((float *)(base + 768000))[idx];
      const float v263 = (a258 * a68);
      const float v264 = (a258 * a78);
      const float v266 = (v263 * a77);
      const float v274 = v273;
      const float v275 = (v274 * a72);
      const float v276 = (v266 + v275);
      const float v277 = (v276 + v275);
      const float v278 = (a231 + v277);
      const float v282 = v281;
      const float v283 = (v278 + v282);
      ((float *)(base + 571392))[idx] = v264;
      ((float *)(base + 1095680))[idx] = v283;
    }
  }
}

/* train_k39_reduce_to: reduce_to f32[32] */
void train_k39_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 571392))[ii];
      }
      ((float *)(base + 189696))[idx] = acc;
  }
}

/* train_k40_reduce_to: reduce_to f32[32] */
void train_k40_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 1095680))[ii];
      }
      ((float *)(base + 189824))[idx] = acc;
  }
}

/* train_k41_mul: gelu_grad f32[16, 32, 128], mul f32[16, 32, 128] */
void train_k41_mul(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 65536LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a61 = ((float *)(base + 1619968))[idx];
      const float a285 = ((float *)(base + 571392))[idx];
      const float v289 = g23_gelu_grad(a61);
      const float v290 = (a285 * v289);
      ((float *)(base + 833536))[idx] = v290;
  }
}

/* train_k42_reduce_to: reduce_to f32[128] */
void train_k42_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 4096LL + (j / 1LL % 32LL) * 128LL;
        acc += ((float *)(base + 833536))[ii];
      }
      ((float *)(base + 206336))[idx] = acc;
  }
}

/* train_k43_reduce_to: reduce_to f32[32] */
void train_k43_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 571392))[ii];
      }
      ((float *)(base + 223232))[idx] = acc;
  }
}

/* train_k44_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k44_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc302 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a292 = ((float *)(base + 571392))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a49 = ((float *)(base + 3192832))[idx];
      const float v297 = (a292 * a45);
      const float v301 = (v297 * a49);
      acc302 = acc302 + v301;
    }
      const float b305 = ((float *)(base + 4349952))[r];
      const float v302 = (float)acc302;
      const float v306 = (v302 * b305);
      const float v307 = (v306 * 0.03125f);
    double acc314 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a292 = ((float *)(base + 571392))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a54 = ((float *)(base + 4347904))[(idx / 32LL)];
      const float a49 = ((float *)(base + 3192832))[idx];
      const float v297 = (a292 * a45);
      const float v300 = (v297 * a54);
      const float v308 = v307;
      const float v309 = (v308 * a49);
      const float v310 = (v300 + v309);
      const float v311 = (v310 + v309);
      const float v313 = (-v311);
      acc314 = acc314 + v313;
    }
      const float v314 = (float)acc314;
      const float v315 = (v314 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a292 = ((float *)(base + 571392))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a55 = ((float *)(base + 3258368))[idx];
      const float a54 = ((float *)(base + 4347904))[(idx / 32LL)];
      const float a49 = ((float *)(base + 3192832))[idx];
      const float a283 = ((float *)(base + 1095680))[idx];
      const float v297 = (a292 * a45);
      const float v298 = (a292 * a55);
      const float v300 = (v297 * a54);
      const float v308 = v307;
      const float v309 = (v308 * a49);
      const float v310 = (v300 + v309);
      const float v311 = (v310 + v309);
      const float v312 = (a283 + v311);
      const float v316 = v315;
      const float v317 = (v312 + v316);
      ((float *)(base + 636928))[idx] = v298;
      ((float *)(base + 768000))[idx] = v317;
    }
  }
}

/* train_k45_reduce_to: reduce_to f32[32] */
void train_k45_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 636928))[ii];
      }
      ((float *)(base + 223360))[idx] = acc;
  }
}

/* train_k46_reduce_to: reduce_to f32[32] */
void train_k46_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 768000))[ii];
      }
      ((float *)(base + 223488))[idx] = acc;
  }
}

/* train_k47_permute: permute f32[16, 2, 32, 16] */
void train_k47_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v324 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 833536))[idx] = v324;
  }
}

/* train_k48_attention_dq: attention_backward dq and row statistics: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k48_attention_dq(char *base) {
  const float *Q = (const float *)(base + 2865152); (void)Q;
  const float *K = (const float *)(base + 2930688); (void)K;
  const float *V = (const float *)(base + 2996224); (void)V;
  const int32_t *P = (const int32_t *)(base + 4364416); (void)P;
  const float *O = (const float *)(base + 3061760); (void)O;
  const float *dO = (const float *)(base + 833536); (void)dO;
  float *out = (float *)(base + 571392); (void)out;
  float *tmp = (float *)(base + 899072); (void)tmp;
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

/* train_k49_attention_dkdv: attention_backward dk and dv: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [3, 16, 2, 32, 16] */
void train_k49_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 2865152); (void)Q;
  const float *K = (const float *)(base + 2930688); (void)K;
  const float *V = (const float *)(base + 2996224); (void)V;
  const int32_t *P = (const int32_t *)(base + 4364416); (void)P;
  const float *O = (const float *)(base + 3061760); (void)O;
  const float *dO = (const float *)(base + 833536); (void)dO;
  float *out = (float *)(base + 571392); (void)out;
  float *tmp = (float *)(base + 899072); (void)tmp;
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

/* train_k50_slice: slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16], slice f32[1, 16, 2, 32, 16] */
void train_k50_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v326 = ((float *)(base + 571392))[0 + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v328 = ((float *)(base + 571392))[0 + ((idx / 16384LL) + 1LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v330 = ((float *)(base + 571392))[0 + ((idx / 16384LL) + 2LL) * 16384LL + ((idx / 1024LL % 16LL)) * 1024LL + ((idx / 512LL % 2LL)) * 512LL + ((idx / 16LL % 32LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 833536))[idx] = v326;
      ((float *)(base + 899072))[idx] = v328;
      ((float *)(base + 964608))[idx] = v330;
  }
}

/* train_k51_permute: permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16], permute f32[16, 32, 2, 16] */
void train_k51_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v332 = ((float *)(base + 964608))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v334 = ((float *)(base + 899072))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v336 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 1030144))[idx] = v332;
      ((float *)(base + 1095680))[idx] = v334;
      ((float *)(base + 1161216))[idx] = v336;
  }
}

/* train_k52_add: pad f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96], pad f32[16, 32, 96], add f32[16, 32, 96] */
void train_k52_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 49152LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float v338 = ((uint64_t)((idx / 1LL % 96LL) - 64LL) < 32ULL ? ((float *)(base + 1030144))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -64LL) * 1LL] : (float)0);
      const float v339 = ((uint64_t)((idx / 1LL % 96LL) - 32LL) < 32ULL ? ((float *)(base + 1095680))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL) + -32LL) * 1LL] : (float)0);
      const float v340 = (v338 + v339);
      const float v341 = ((uint64_t)((idx / 1LL % 96LL) - 0LL) < 32ULL ? ((float *)(base + 1161216))[0 + ((idx / 3072LL)) * 1024LL + ((idx / 96LL % 32LL)) * 32LL + ((idx / 1LL % 96LL)) * 1LL] : (float)0);
      const float v342 = (v340 + v341);
      ((float *)(base + 571392))[idx] = v342;
  }
}

/* train_k53_reduce_to: reduce_to f32[96] */
void train_k53_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 3072LL + (j / 1LL % 32LL) * 96LL;
        acc += ((float *)(base + 571392))[ii];
      }
      ((float *)(base + 227712))[idx] = acc;
  }
}

/* train_k54_reduce_to: reduce_to f32[32] */
void train_k54_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 833536))[ii];
      }
      ((float *)(base + 240384))[idx] = acc;
  }
}

/* train_k55_rowsum: mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], add f32[16, 32, 32], neg f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], expand f32[16, 32, 32], add f32[16, 32, 32] */
void train_k55_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc354 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a344 = ((float *)(base + 833536))[idx];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a14 = ((float *)(base + 2668544))[idx];
      const float v349 = (a344 * a9);
      const float v353 = (v349 * a14);
      acc354 = acc354 + v353;
    }
      const float b357 = ((float *)(base + 4345856))[r];
      const float v354 = (float)acc354;
      const float v358 = (v354 * b357);
      const float v359 = (v358 * 0.03125f);
    double acc366 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a344 = ((float *)(base + 833536))[idx];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a20 = ((float *)(base + 4343808))[(idx / 32LL)];
      const float a14 = ((float *)(base + 2668544))[idx];
      const float v349 = (a344 * a9);
      const float v352 = (v349 * a20);
      const float v360 = v359;
      const float v361 = (v360 * a14);
      const float v362 = (v352 + v361);
      const float v363 = (v362 + v361);
      const float v365 = (-v363);
      acc366 = acc366 + v365;
    }
      const float v366 = (float)acc366;
      const float v367 = (v366 * 0.03125f);
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a344 = ((float *)(base + 833536))[idx];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a21 = ((float *)(base + 2734080))[idx];
      const float a20 = ((float *)(base + 4343808))[(idx / 32LL)];
      const float a14 = ((float *)(base + 2668544))[idx];
      const float a317 = ((float *)(base + 768000))[idx];
      const float v349 = (a344 * a9);
      const float v350 = (a344 * a21);
      const float v352 = (v349 * a20);
      const float v360 = v359;
      const float v361 = (v360 * a14);
      const float v362 = (v352 + v361);
      const float v363 = (v362 + v361);
      const float v364 = (a317 + v363);
      const float v368 = v367;
      const float v369 = (v364 + v368);
      ((float *)(base + 571392))[idx] = v350;
      ((float *)(base + 636928))[idx] = v369;
    }
  }
}

/* train_k56_reduce_to: reduce_to f32[32] */
void train_k56_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 512LL; j++) {
        int64_t ii = ib + (j / 32LL % 16LL) * 1024LL + (j / 1LL % 32LL) * 32LL;
        acc += ((float *)(base + 571392))[ii];
      }
      ((float *)(base + 240512))[idx] = acc;
  }
}

/* train_k57_reduce_to: reduce_to f32[32, 32] */
void train_k57_reduce_to(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t c0 = idx / 32LL; (void)c0;
      const int64_t c1 = idx / 1LL % 32LL; (void)c1;
      const int64_t ib = 0 + c0 * 32LL + c1 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 1LL % 16LL) * 1024LL;
        acc += ((float *)(base + 636928))[ii];
      }
      ((float *)(base + 571392))[idx] = acc;
  }
}

/* train_k58_scatter_add: scatter_add f32[32, 32] */
void train_k58_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      for (int64_t u = 0; u < 32LL; u++) ((float *)(base + 240640))[u * 32LL + idx] = 0.0f;
      for (int64_t k = 0; k < 32LL; k++) {
        const int32_t t = ((int32_t *)(base + 4364288))[k];
        if ((uint32_t)t < 32u) ((float *)(base + 240640))[(int64_t)t * 32LL + idx] += ((float *)(base + 571392))[k * 32LL + idx];
      }
  }
}

/* train_k59_scatter_add: scatter_add f32[256, 32] */
void train_k59_scatter_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      for (int64_t u = 0; u < 256LL; u++) ((float *)(base + 571392))[u * 32LL + idx] = 0.0f;
      for (int64_t k = 0; k < 512LL; k++) {
        const int32_t t = ((int32_t *)(base + 4339712))[k];
        if ((uint32_t)t < 256u) ((float *)(base + 571392))[(int64_t)t * 32LL + idx] += ((float *)(base + 636928))[k * 32LL + idx];
      }
  }
}

/* train_k60_add: add f32[256, 32] */
void train_k60_add(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a175 = ((float *)(base + 4306944))[idx];
      const float a372 = ((float *)(base + 571392))[idx];
      const float v373 = (a175 + a372);
      ((float *)(base + 244736))[idx] = v373;
  }
}

/* train_k61_rowsum: mul f32[8192], sum f32[1] */
void train_k61_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc381 = 0.0f;
#pragma omp parallel for reduction(+:acc381)
    for (int64_t col = 0; col < 8192LL; col++) {
      const int64_t idx = r * 8192LL + col; (void)idx;
      const float a379 = ((float *)(base + 244736))[idx];
      const float v380 = (a379 * a379);
      acc381 = acc381 + v380;
    }
      const float v381 = (float)acc381;
    {
      ((float *)(base + 571392))[r] = v381;
    }
  }
}

/* train_k62_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1] */
void train_k62_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc384 = 0.0f;
    double acc401 = 0.0f;
    double acc441 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a382 = ((float *)(base + 240640))[idx];
      const float a399 = ((float *)(base + 223616))[idx];
      const float a439 = ((float *)(base + 172800))[idx];
      const float v383 = (a382 * a382);
      const float v400 = (a399 * a399);
      const float v440 = (a439 * a439);
      acc384 = acc384 + v383;
      acc401 = acc401 + v400;
      acc441 = acc441 + v440;
    }
      const float b381 = ((float *)(base + 571392))[0];
      const float v384 = (float)acc384;
      const float v385 = (b381 + v384);
      const float v401 = (float)acc401;
      const float v441 = (float)acc441;
    {
      ((float *)(base + 571456))[r] = v385;
      ((float *)(base + 571520))[r] = v401;
      ((float *)(base + 571584))[r] = v441;
    }
  }
}

/* train_k63_rowsum: mul f32[32], sum f32[1], add f32[1], mul f32[32], sum f32[1], add f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1], mul f32[32], sum f32[1] */
void train_k63_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc387 = 0.0f;
    double acc390 = 0.0f;
    double acc404 = 0.0f;
    double acc407 = 0.0f;
    double acc410 = 0.0f;
    double acc424 = 0.0f;
    double acc427 = 0.0f;
    double acc430 = 0.0f;
    double acc444 = 0.0f;
    double acc447 = 0.0f;
    double acc450 = 0.0f;
    double acc464 = 0.0f;
    double acc467 = 0.0f;
    double acc470 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a351 = ((float *)(base + 240512))[idx];
      const float a348 = ((float *)(base + 240384))[idx];
      const float a318 = ((float *)(base + 223488))[idx];
      const float a299 = ((float *)(base + 223360))[idx];
      const float a296 = ((float *)(base + 223232))[idx];
      const float a284 = ((float *)(base + 189824))[idx];
      const float a265 = ((float *)(base + 189696))[idx];
      const float a262 = ((float *)(base + 189568))[idx];
      const float a232 = ((float *)(base + 172672))[idx];
      const float a213 = ((float *)(base + 172544))[idx];
      const float a210 = ((float *)(base + 172416))[idx];
      const float a198 = ((float *)(base + 139008))[idx];
      const float a179 = ((float *)(base + 138880))[idx];
      const float a176 = ((float *)(base + 138752))[idx];
      const float v386 = (a351 * a351);
      const float v389 = (a348 * a348);
      const float v403 = (a318 * a318);
      const float v406 = (a299 * a299);
      const float v409 = (a296 * a296);
      const float v423 = (a284 * a284);
      const float v426 = (a265 * a265);
      const float v429 = (a262 * a262);
      const float v443 = (a232 * a232);
      const float v446 = (a213 * a213);
      const float v449 = (a210 * a210);
      const float v463 = (a198 * a198);
      const float v466 = (a179 * a179);
      const float v469 = (a176 * a176);
      acc387 = acc387 + v386;
      acc390 = acc390 + v389;
      acc404 = acc404 + v403;
      acc407 = acc407 + v406;
      acc410 = acc410 + v409;
      acc424 = acc424 + v423;
      acc427 = acc427 + v426;
      acc430 = acc430 + v429;
      acc444 = acc444 + v443;
      acc447 = acc447 + v446;
      acc450 = acc450 + v449;
      acc464 = acc464 + v463;
      acc467 = acc467 + v466;
      acc470 = acc470 + v469;
    }
      const float b385 = ((float *)(base + 571456))[0];
      const float v387 = (float)acc387;
      const float v388 = (b385 + v387);
      const float v390 = (float)acc390;
      const float v391 = (v388 + v390);
      const float v404 = (float)acc404;
      const float v407 = (float)acc407;
      const float v410 = (float)acc410;
      const float v424 = (float)acc424;
      const float v427 = (float)acc427;
      const float v430 = (float)acc430;
      const float v444 = (float)acc444;
      const float v447 = (float)acc447;
      const float v450 = (float)acc450;
      const float v464 = (float)acc464;
      const float v467 = (float)acc467;
      const float v470 = (float)acc470;
    {
      ((float *)(base + 571392))[r] = v391;
      ((float *)(base + 571648))[r] = v404;
      ((float *)(base + 571712))[r] = v407;
      ((float *)(base + 571776))[r] = v410;
      ((float *)(base + 571840))[r] = v424;
      ((float *)(base + 571904))[r] = v427;
      ((float *)(base + 571968))[r] = v430;
      ((float *)(base + 572032))[r] = v444;
      ((float *)(base + 572096))[r] = v447;
      ((float *)(base + 572160))[r] = v450;
      ((float *)(base + 572224))[r] = v464;
      ((float *)(base + 572288))[r] = v467;
      ((float *)(base + 572352))[r] = v470;
    }
  }
}

/* train_k64_rowsum: mul f32[3072], sum f32[1], add f32[1], mul f32[3072], sum f32[1] */
void train_k64_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc394 = 0.0f;
    double acc434 = 0.0f;
    for (int64_t col = 0; col < 3072LL; col++) {
      const int64_t idx = r * 3072LL + col; (void)idx;
      const float a392 = ((float *)(base + 228096))[idx];
      const float a432 = ((float *)(base + 177280))[idx];
      const float v393 = (a392 * a392);
      const float v433 = (a432 * a432);
      acc394 = acc394 + v393;
      acc434 = acc434 + v433;
    }
      const float b391 = ((float *)(base + 571392))[0];
      const float v394 = (float)acc394;
      const float v395 = (b391 + v394);
      const float v434 = (float)acc434;
    {
      ((float *)(base + 571456))[r] = v395;
      ((float *)(base + 572416))[r] = v434;
    }
  }
}

/* train_k65_rowsum: mul f32[96], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[96], sum f32[1] */
void train_k65_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc397 = 0.0f;
    double acc437 = 0.0f;
    for (int64_t col = 0; col < 96LL; col++) {
      const int64_t idx = r * 96LL + col; (void)idx;
      const float a343 = ((float *)(base + 227712))[idx];
      const float a257 = ((float *)(base + 176896))[idx];
      const float v396 = (a343 * a343);
      const float v436 = (a257 * a257);
      acc397 = acc397 + v396;
      acc437 = acc437 + v436;
    }
      const float b395 = ((float *)(base + 571456))[0];
      const float b401 = ((float *)(base + 571520))[0];
      const float b404 = ((float *)(base + 571648))[0];
      const float b407 = ((float *)(base + 571712))[0];
      const float b410 = ((float *)(base + 571776))[0];
      const float v397 = (float)acc397;
      const float v398 = (b395 + v397);
      const float v402 = (v398 + b401);
      const float v405 = (v402 + b404);
      const float v408 = (v405 + b407);
      const float v411 = (v408 + b410);
      const float v437 = (float)acc437;
    {
      ((float *)(base + 571392))[r] = v411;
      ((float *)(base + 572480))[r] = v437;
    }
  }
}

/* train_k66_rowsum: mul f32[4096], sum f32[1], add f32[1], mul f32[4096], sum f32[1], mul f32[4096], sum f32[1], mul f32[4096], sum f32[1] */
void train_k66_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc414 = 0.0f;
    double acc421 = 0.0f;
    double acc454 = 0.0f;
    double acc461 = 0.0f;
#pragma omp parallel for reduction(+:acc414) reduction(+:acc421) reduction(+:acc454) reduction(+:acc461)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a412 = ((float *)(base + 206848))[idx];
      const float a419 = ((float *)(base + 189952))[idx];
      const float a452 = ((float *)(base + 156032))[idx];
      const float a459 = ((float *)(base + 139136))[idx];
      const float v413 = (a412 * a412);
      const float v420 = (a419 * a419);
      const float v453 = (a452 * a452);
      const float v460 = (a459 * a459);
      acc414 = acc414 + v413;
      acc421 = acc421 + v420;
      acc454 = acc454 + v453;
      acc461 = acc461 + v460;
    }
      const float b411 = ((float *)(base + 571392))[0];
      const float v414 = (float)acc414;
      const float v415 = (b411 + v414);
      const float v421 = (float)acc421;
      const float v454 = (float)acc454;
      const float v461 = (float)acc461;
    {
      ((float *)(base + 571456))[r] = v415;
      ((float *)(base + 571520))[r] = v421;
      ((float *)(base + 571648))[r] = v454;
      ((float *)(base + 571712))[r] = v461;
    }
  }
}

/* train_k67_rowsum: mul f32[128], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[128], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[128], mul f32[128], mul f32[128], add f32[128], mul f32[128], mul f32[128], mul f32[128], add f32[128], div f32[128], div f32[128], sqrt f32[128], add f32[128], div f32[128], mul f32[128], sub f32[128], mul f32[128], mul f32[128], mul f32[128], add f32[128], mul f32[128], mul f32[128], mul f32[128], add f32[128], div f32[128], div f32[128], sqrt f32[128], add f32[128], div f32[128], mul f32[128], sub f32[128], assign f32[128], assign f32[128], assign f32[128], assign f32[128], assign f32[128], assign f32[128] */
void train_k67_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b376 = ((float *)(base + 4364608))[0];
      const float v478 = (float)(0.0f < b376);
    double acc417 = 0.0f;
    double acc457 = 0.0f;
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a291 = ((float *)(base + 206336))[idx];
      const float a205 = ((float *)(base + 155520))[idx];
      const float v416 = (a291 * a291);
      const float v456 = (a205 * a205);
      acc417 = acc417 + v416;
      acc457 = acc457 + v456;
    }
      const float b415 = ((float *)(base + 571456))[0];
      const float b421 = ((float *)(base + 571520))[0];
      const float b424 = ((float *)(base + 571840))[0];
      const float b427 = ((float *)(base + 571904))[0];
      const float b430 = ((float *)(base + 571968))[0];
      const float b434 = ((float *)(base + 572416))[0];
      const float b437 = ((float *)(base + 572480))[0];
      const float b441 = ((float *)(base + 571584))[0];
      const float b444 = ((float *)(base + 572032))[0];
      const float b447 = ((float *)(base + 572096))[0];
      const float b450 = ((float *)(base + 572160))[0];
      const float b454 = ((float *)(base + 571648))[0];
      const float b461 = ((float *)(base + 571712))[0];
      const float b464 = ((float *)(base + 572224))[0];
      const float b467 = ((float *)(base + 572288))[0];
      const float b470 = ((float *)(base + 572352))[0];
      const float v417 = (float)acc417;
      const float v418 = (b415 + v417);
      const float v422 = (v418 + b421);
      const float v425 = (v422 + b424);
      const float v428 = (v425 + b427);
      const float v431 = (v428 + b430);
      const float v435 = (v431 + b434);
      const float v438 = (v435 + b437);
      const float v442 = (v438 + b441);
      const float v445 = (v442 + b444);
      const float v448 = (v445 + b447);
      const float v451 = (v448 + b450);
      const float v455 = (v451 + b454);
      const float v457 = (float)acc457;
      const float v458 = (v455 + v457);
      const float v462 = (v458 + b461);
      const float v465 = (v462 + b464);
      const float v468 = (v465 + b467);
      const float v471 = (v468 + b470);
      const float v472 = sqrtf(v471);
      const float v474 = (v472 + 1e-06f);
      const float v475 = (b376 / v474);
      const float v476 = fminf(1.0f, v475);
      const float v479 = (v478 != 0 ? v476 : 1.0f);
    for (int64_t col = 0; col < 128LL; col++) {
      const int64_t idx = r * 128LL + col; (void)idx;
      const float a291 = ((float *)(base + 206336))[idx];
      const float a682 = ((float *)(base + 418816))[idx];
      const float a683 = ((float *)(base + 419328))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a374 = ((float *)(base + 4364480))[0];
      const float a60 = ((float *)(base + 70656))[idx];
      const float a205 = ((float *)(base + 155520))[idx];
      const float a894 = ((float *)(base + 520448))[idx];
      const float a895 = ((float *)(base + 520960))[idx];
      const float a117 = ((float *)(base + 121472))[idx];
      const float v684 = (a291 * v479);
      const float v685 = (v684 * 0.1f);
      const float v686 = (a682 * 0.9f);
      const float v687 = (v686 + v685);
      const float v688 = (v684 * v684);
      const float v689 = (v688 * 0.05f);
      const float v690 = (a683 * 0.95f);
      const float v691 = (v690 + v689);
      const float v692 = (v687 / a377);
      const float v693 = (v691 / a378);
      const float v694 = sqrtf(v693);
      const float v695 = (v694 + 1e-08f);
      const float v696 = (v692 / v695);
      const float v697 = (a374 * v696);
      const float v698 = (a60 - v697);
      const float v896 = (a205 * v479);
      const float v897 = (v896 * 0.1f);
      const float v898 = (a894 * 0.9f);
      const float v899 = (v898 + v897);
      const float v900 = (v896 * v896);
      const float v901 = (v900 * 0.05f);
      const float v902 = (a895 * 0.95f);
      const float v903 = (v902 + v901);
      const float v904 = (v899 / a377);
      const float v905 = (v903 / a378);
      const float v906 = sqrtf(v905);
      const float v907 = (v906 + 1e-08f);
      const float v908 = (v904 / v907);
      const float v909 = (a374 * v908);
      const float v910 = (a117 - v909);
      const float v1014 = v687;
      const float v1015 = v691;
      const float v1016 = v698;
      const float v1050 = v899;
      const float v1051 = v903;
      const float v1052 = v910;
      ((float *)(base + 418816))[idx] = v1014;
      ((float *)(base + 419328))[idx] = v1015;
      ((float *)(base + 70656))[idx] = v1016;
      ((float *)(base + 520448))[idx] = v1050;
      ((float *)(base + 520960))[idx] = v1051;
      ((float *)(base + 121472))[idx] = v1052;
    }
    {
      ((float *)(base + 571392))[r] = v472;
      ((float *)(base + 571776))[r] = v479;
    }
  }
}

/* train_k68_assign: mul f32[256, 32], mul f32[256, 32], mul f32[256, 32], add f32[256, 32], mul f32[256, 32], mul f32[256, 32], mul f32[256, 32], add f32[256, 32], div f32[256, 32], div f32[256, 32], sqrt f32[256, 32], add f32[256, 32], div f32[256, 32], mul f32[256, 32], add f32[256, 32], mul f32[256, 32], sub f32[256, 32], assign f32[256, 32], assign f32[256, 32], assign f32[256, 32] */
void train_k68_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 8192LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a373 = ((float *)(base + 244736))[idx];
      const float a479 = ((float *)(base + 571776))[0];
      const float a480 = ((float *)(base + 277504))[idx];
      const float a481 = ((float *)(base + 310272))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a375 = ((float *)(base + 4364544))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a374 = ((float *)(base + 4364480))[0];
      const float v482 = (a373 * a479);
      const float v484 = (v482 * 0.1f);
      const float v486 = (a480 * 0.9f);
      const float v487 = (v486 + v484);
      const float v489 = (v482 * v482);
      const float v490 = (v489 * 0.05f);
      const float v492 = (a481 * 0.95f);
      const float v493 = (v492 + v490);
      const float v494 = (v487 / a377);
      const float v495 = (v493 / a378);
      const float v497 = sqrtf(v495);
      const float v498 = (v497 + 1e-08f);
      const float v499 = (v494 / v498);
      const float v500 = (a375 * a2);
      const float v501 = (v499 + v500);
      const float v502 = (a374 * v501);
      const float v503 = (a2 - v502);
      const float v981 = v487;
      const float v982 = v493;
      const float v983 = v503;
      ((float *)(base + 277504))[idx] = v981;
      ((float *)(base + 310272))[idx] = v982;
      ((float *)(base + 0))[idx] = v983;
  }
}

/* train_k69_assign: mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], div f32[32, 32], div f32[32, 32], sqrt f32[32, 32], add f32[32, 32], div f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], sub f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], div f32[32, 32], div f32[32, 32], sqrt f32[32, 32], add f32[32, 32], div f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], sub f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], mul f32[32, 32], mul f32[32, 32], add f32[32, 32], div f32[32, 32], div f32[32, 32], sqrt f32[32, 32], add f32[32, 32], div f32[32, 32], mul f32[32, 32], add f32[32, 32], mul f32[32, 32], sub f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32], assign f32[32, 32] */
void train_k69_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a371 = ((float *)(base + 240640))[idx];
      const float a479 = ((float *)(base + 571776))[0];
      const float a504 = ((float *)(base + 343040))[idx];
      const float a505 = ((float *)(base + 347136))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a375 = ((float *)(base + 4364544))[0];
      const float a4 = ((float *)(base + 32768))[idx];
      const float a374 = ((float *)(base + 4364480))[0];
      const float a322 = ((float *)(base + 223616))[idx];
      const float a593 = ((float *)(base + 377088))[idx];
      const float a594 = ((float *)(base + 381184))[idx];
      const float a40 = ((float *)(base + 49792))[idx];
      const float a236 = ((float *)(base + 172800))[idx];
      const float a805 = ((float *)(base + 478720))[idx];
      const float a806 = ((float *)(base + 482816))[idx];
      const float a97 = ((float *)(base + 100608))[idx];
      const float v506 = (a371 * a479);
      const float v507 = (v506 * 0.1f);
      const float v508 = (a504 * 0.9f);
      const float v509 = (v508 + v507);
      const float v510 = (v506 * v506);
      const float v511 = (v510 * 0.05f);
      const float v512 = (a505 * 0.95f);
      const float v513 = (v512 + v511);
      const float v514 = (v509 / a377);
      const float v515 = (v513 / a378);
      const float v516 = sqrtf(v515);
      const float v517 = (v516 + 1e-08f);
      const float v518 = (v514 / v517);
      const float v519 = (a375 * a4);
      const float v520 = (v518 + v519);
      const float v521 = (a374 * v520);
      const float v522 = (a4 - v521);
      const float v595 = (a322 * a479);
      const float v596 = (v595 * 0.1f);
      const float v597 = (a593 * 0.9f);
      const float v598 = (v597 + v596);
      const float v599 = (v595 * v595);
      const float v600 = (v599 * 0.05f);
      const float v601 = (a594 * 0.95f);
      const float v602 = (v601 + v600);
      const float v603 = (v598 / a377);
      const float v604 = (v602 / a378);
      const float v605 = sqrtf(v604);
      const float v606 = (v605 + 1e-08f);
      const float v607 = (v603 / v606);
      const float v608 = (a375 * a40);
      const float v609 = (v607 + v608);
      const float v610 = (a374 * v609);
      const float v611 = (a40 - v610);
      const float v807 = (a236 * a479);
      const float v808 = (v807 * 0.1f);
      const float v809 = (a805 * 0.9f);
      const float v810 = (v809 + v808);
      const float v811 = (v807 * v807);
      const float v812 = (v811 * 0.05f);
      const float v813 = (a806 * 0.95f);
      const float v814 = (v813 + v812);
      const float v815 = (v810 / a377);
      const float v816 = (v814 / a378);
      const float v817 = sqrtf(v816);
      const float v818 = (v817 + 1e-08f);
      const float v819 = (v815 / v818);
      const float v820 = (a375 * a97);
      const float v821 = (v819 + v820);
      const float v822 = (a374 * v821);
      const float v823 = (a97 - v822);
      const float v984 = v509;
      const float v985 = v513;
      const float v986 = v522;
      const float v999 = v598;
      const float v1000 = v602;
      const float v1001 = v611;
      const float v1035 = v810;
      const float v1036 = v814;
      const float v1037 = v823;
      ((float *)(base + 343040))[idx] = v984;
      ((float *)(base + 347136))[idx] = v985;
      ((float *)(base + 32768))[idx] = v986;
      ((float *)(base + 377088))[idx] = v999;
      ((float *)(base + 381184))[idx] = v1000;
      ((float *)(base + 49792))[idx] = v1001;
      ((float *)(base + 478720))[idx] = v1035;
      ((float *)(base + 482816))[idx] = v1036;
      ((float *)(base + 100608))[idx] = v1037;
  }
}

/* train_k70_assign: mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], mul f32[32], mul f32[32], mul f32[32], add f32[32], div f32[32], div f32[32], sqrt f32[32], add f32[32], div f32[32], mul f32[32], sub f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32], assign f32[32] */
void train_k70_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a351 = ((float *)(base + 240512))[idx];
      const float a479 = ((float *)(base + 571776))[0];
      const float a523 = ((float *)(base + 351232))[idx];
      const float a524 = ((float *)(base + 351360))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a374 = ((float *)(base + 4364480))[0];
      const float a9 = ((float *)(base + 36864))[idx];
      const float a348 = ((float *)(base + 240384))[idx];
      const float a540 = ((float *)(base + 351488))[idx];
      const float a541 = ((float *)(base + 351616))[idx];
      const float a10 = ((float *)(base + 36992))[idx];
      const float a318 = ((float *)(base + 223488))[idx];
      const float a612 = ((float *)(base + 385280))[idx];
      const float a613 = ((float *)(base + 385408))[idx];
      const float a42 = ((float *)(base + 53888))[idx];
      const float a299 = ((float *)(base + 223360))[idx];
      const float a629 = ((float *)(base + 385536))[idx];
      const float a630 = ((float *)(base + 385664))[idx];
      const float a45 = ((float *)(base + 54016))[idx];
      const float a296 = ((float *)(base + 223232))[idx];
      const float a646 = ((float *)(base + 385792))[idx];
      const float a647 = ((float *)(base + 385920))[idx];
      const float a46 = ((float *)(base + 54144))[idx];
      const float a284 = ((float *)(base + 189824))[idx];
      const float a718 = ((float *)(base + 452608))[idx];
      const float a719 = ((float *)(base + 452736))[idx];
      const float a65 = ((float *)(base + 87552))[idx];
      const float a265 = ((float *)(base + 189696))[idx];
      const float a735 = ((float *)(base + 452864))[idx];
      const float a736 = ((float *)(base + 452992))[idx];
      const float a68 = ((float *)(base + 87680))[idx];
      const float a262 = ((float *)(base + 189568))[idx];
      const float a752 = ((float *)(base + 453120))[idx];
      const float a753 = ((float *)(base + 453248))[idx];
      const float a69 = ((float *)(base + 87808))[idx];
      const float a232 = ((float *)(base + 172672))[idx];
      const float a824 = ((float *)(base + 486912))[idx];
      const float a825 = ((float *)(base + 487040))[idx];
      const float a99 = ((float *)(base + 104704))[idx];
      const float a213 = ((float *)(base + 172544))[idx];
      const float a841 = ((float *)(base + 487168))[idx];
      const float a842 = ((float *)(base + 487296))[idx];
      const float a102 = ((float *)(base + 104832))[idx];
      const float a210 = ((float *)(base + 172416))[idx];
      const float a858 = ((float *)(base + 487424))[idx];
      const float a859 = ((float *)(base + 487552))[idx];
      const float a103 = ((float *)(base + 104960))[idx];
      const float a198 = ((float *)(base + 139008))[idx];
      const float a930 = ((float *)(base + 554240))[idx];
      const float a931 = ((float *)(base + 554368))[idx];
      const float a122 = ((float *)(base + 138368))[idx];
      const float a179 = ((float *)(base + 138880))[idx];
      const float a947 = ((float *)(base + 554496))[idx];
      const float a948 = ((float *)(base + 554624))[idx];
      const float a125 = ((float *)(base + 138496))[idx];
      const float a176 = ((float *)(base + 138752))[idx];
      const float a964 = ((float *)(base + 554752))[idx];
      const float a965 = ((float *)(base + 554880))[idx];
      const float a126 = ((float *)(base + 138624))[idx];
      const float v525 = (a351 * a479);
      const float v526 = (v525 * 0.1f);
      const float v527 = (a523 * 0.9f);
      const float v528 = (v527 + v526);
      const float v529 = (v525 * v525);
      const float v530 = (v529 * 0.05f);
      const float v531 = (a524 * 0.95f);
      const float v532 = (v531 + v530);
      const float v533 = (v528 / a377);
      const float v534 = (v532 / a378);
      const float v535 = sqrtf(v534);
      const float v536 = (v535 + 1e-08f);
      const float v537 = (v533 / v536);
      const float v538 = (a374 * v537);
      const float v539 = (a9 - v538);
      const float v542 = (a348 * a479);
      const float v543 = (v542 * 0.1f);
      const float v544 = (a540 * 0.9f);
      const float v545 = (v544 + v543);
      const float v546 = (v542 * v542);
      const float v547 = (v546 * 0.05f);
      const float v548 = (a541 * 0.95f);
      const float v549 = (v548 + v547);
      const float v550 = (v545 / a377);
      const float v551 = (v549 / a378);
      const float v552 = sqrtf(v551);
      const float v553 = (v552 + 1e-08f);
      const float v554 = (v550 / v553);
      const float v555 = (a374 * v554);
      const float v556 = (a10 - v555);
      const float v614 = (a318 * a479);
      const float v615 = (v614 * 0.1f);
      const float v616 = (a612 * 0.9f);
      const float v617 = (v616 + v615);
      const float v618 = (v614 * v614);
      const float v619 = (v618 * 0.05f);
      const float v620 = (a613 * 0.95f);
      const float v621 = (v620 + v619);
      const float v622 = (v617 / a377);
      const float v623 = (v621 / a378);
      const float v624 = sqrtf(v623);
      const float v625 = (v624 + 1e-08f);
      const float v626 = (v622 / v625);
      const float v627 = (a374 * v626);
      const float v628 = (a42 - v627);
      const float v631 = (a299 * a479);
      const float v632 = (v631 * 0.1f);
      const float v633 = (a629 * 0.9f);
      const float v634 = (v633 + v632);
      const float v635 = (v631 * v631);
      const float v636 = (v635 * 0.05f);
      const float v637 = (a630 * 0.95f);
      const float v638 = (v637 + v636);
      const float v639 = (v634 / a377);
      const float v640 = (v638 / a378);
      const float v641 = sqrtf(v640);
      const float v642 = (v641 + 1e-08f);
      const float v643 = (v639 / v642);
      const float v644 = (a374 * v643);
      const float v645 = (a45 - v644);
      const float v648 = (a296 * a479);
      const float v649 = (v648 * 0.1f);
      const float v650 = (a646 * 0.9f);
      const float v651 = (v650 + v649);
      const float v652 = (v648 * v648);
      const float v653 = (v652 * 0.05f);
      const float v654 = (a647 * 0.95f);
      const float v655 = (v654 + v653);
      const float v656 = (v651 / a377);
      const float v657 = (v655 / a378);
      const float v658 = sqrtf(v657);
      const float v659 = (v658 + 1e-08f);
      const float v660 = (v656 / v659);
      const float v661 = (a374 * v660);
      const float v662 = (a46 - v661);
      const float v720 = (a284 * a479);
      const float v721 = (v720 * 0.1f);
      const float v722 = (a718 * 0.9f);
      const float v723 = (v722 + v721);
      const float v724 = (v720 * v720);
      const float v725 = (v724 * 0.05f);
      const float v726 = (a719 * 0.95f);
      const float v727 = (v726 + v725);
      const float v728 = (v723 / a377);
      const float v729 = (v727 / a378);
      const float v730 = sqrtf(v729);
      const float v731 = (v730 + 1e-08f);
      const float v732 = (v728 / v731);
      const float v733 = (a374 * v732);
      const float v734 = (a65 - v733);
      const float v737 = (a265 * a479);
      const float v738 = (v737 * 0.1f);
      const float v739 = (a735 * 0.9f);
      const float v740 = (v739 + v738);
      const float v741 = (v737 * v737);
      const float v742 = (v741 * 0.05f);
      const float v743 = (a736 * 0.95f);
      const float v744 = (v743 + v742);
      const float v745 = (v740 / a377);
      const float v746 = (v744 / a378);
      const float v747 = sqrtf(v746);
      const float v748 = (v747 + 1e-08f);
      const float v749 = (v745 / v748);
      const float v750 = (a374 * v749);
      const float v751 = (a68 - v750);
      const float v754 = (a262 * a479);
      const float v755 = (v754 * 0.1f);
      const float v756 = (a752 * 0.9f);
      const float v757 = (v756 + v755);
      const float v758 = (v754 * v754);
      const float v759 = (v758 * 0.05f);
      const float v760 = (a753 * 0.95f);
      const float v761 = (v760 + v759);
      const float v762 = (v757 / a377);
      const float v763 = (v761 / a378);
      const float v764 = sqrtf(v763);
      const float v765 = (v764 + 1e-08f);
      const float v766 = (v762 / v765);
      const float v767 = (a374 * v766);
      const float v768 = (a69 - v767);
      const float v826 = (a232 * a479);
      const float v827 = (v826 * 0.1f);
      const float v828 = (a824 * 0.9f);
      const float v829 = (v828 + v827);
      const float v830 = (v826 * v826);
      const float v831 = (v830 * 0.05f);
      const float v832 = (a825 * 0.95f);
      const float v833 = (v832 + v831);
      const float v834 = (v829 / a377);
      const float v835 = (v833 / a378);
      const float v836 = sqrtf(v835);
      const float v837 = (v836 + 1e-08f);
      const float v838 = (v834 / v837);
      const float v839 = (a374 * v838);
      const float v840 = (a99 - v839);
      const float v843 = (a213 * a479);
      const float v844 = (v843 * 0.1f);
      const float v845 = (a841 * 0.9f);
      const float v846 = (v845 + v844);
      const float v847 = (v843 * v843);
      const float v848 = (v847 * 0.05f);
      const float v849 = (a842 * 0.95f);
      const float v850 = (v849 + v848);
      const float v851 = (v846 / a377);
      const float v852 = (v850 / a378);
      const float v853 = sqrtf(v852);
      const float v854 = (v853 + 1e-08f);
      const float v855 = (v851 / v854);
      const float v856 = (a374 * v855);
      const float v857 = (a102 - v856);
      const float v860 = (a210 * a479);
      const float v861 = (v860 * 0.1f);
      const float v862 = (a858 * 0.9f);
      const float v863 = (v862 + v861);
      const float v864 = (v860 * v860);
      const float v865 = (v864 * 0.05f);
      const float v866 = (a859 * 0.95f);
      const float v867 = (v866 + v865);
      const float v868 = (v863 / a377);
      const float v869 = (v867 / a378);
      const float v870 = sqrtf(v869);
      const float v871 = (v870 + 1e-08f);
      const float v872 = (v868 / v871);
      const float v873 = (a374 * v872);
      const float v874 = (a103 - v873);
      const float v932 = (a198 * a479);
      const float v933 = (v932 * 0.1f);
      const float v934 = (a930 * 0.9f);
      const float v935 = (v934 + v933);
      const float v936 = (v932 * v932);
      const float v937 = (v936 * 0.05f);
      const float v938 = (a931 * 0.95f);
      const float v939 = (v938 + v937);
      const float v940 = (v935 / a377);
      const float v941 = (v939 / a378);
      const float v942 = sqrtf(v941);
      const float v943 = (v942 + 1e-08f);
      const float v944 = (v940 / v943);
      const float v945 = (a374 * v944);
      const float v946 = (a122 - v945);
      const float v949 = (a179 * a479);
      const float v950 = (v949 * 0.1f);
      const float v951 = (a947 * 0.9f);
      const float v952 = (v951 + v950);
      const float v953 = (v949 * v949);
      const float v954 = (v953 * 0.05f);
      const float v955 = (a948 * 0.95f);
      const float v956 = (v955 + v954);
      const float v957 = (v952 / a377);
      const float v958 = (v956 / a378);
      const float v959 = sqrtf(v958);
      const float v960 = (v959 + 1e-08f);
      const float v961 = (v957 / v960);
      const float v962 = (a374 * v961);
      const float v963 = (a125 - v962);
      const float v966 = (a176 * a479);
      const float v967 = (v966 * 0.1f);
      const float v968 = (a964 * 0.9f);
      const float v969 = (v968 + v967);
      const float v970 = (v966 * v966);
      const float v971 = (v970 * 0.05f);
      const float v972 = (a965 * 0.95f);
      const float v973 = (v972 + v971);
      const float v974 = (v969 / a377);
      const float v975 = (v973 / a378);
      const float v976 = sqrtf(v975);
      const float v977 = (v976 + 1e-08f);
      const float v978 = (v974 / v977);
      const float v979 = (a374 * v978);
      const float v980 = (a126 - v979);
      const float v987 = v528;
      const float v988 = v532;
      const float v989 = v539;
      const float v990 = v545;
      const float v991 = v549;
      const float v992 = v556;
      const float v1002 = v617;
      const float v1003 = v621;
      const float v1004 = v628;
      const float v1005 = v634;
      const float v1006 = v638;
      const float v1007 = v645;
      const float v1008 = v651;
      const float v1009 = v655;
      const float v1010 = v662;
      const float v1020 = v723;
      const float v1021 = v727;
      const float v1022 = v734;
      const float v1023 = v740;
      const float v1024 = v744;
      const float v1025 = v751;
      const float v1026 = v757;
      const float v1027 = v761;
      const float v1028 = v768;
      const float v1038 = v829;
      const float v1039 = v833;
      const float v1040 = v840;
      const float v1041 = v846;
      const float v1042 = v850;
      const float v1043 = v857;
      const float v1044 = v863;
      const float v1045 = v867;
      const float v1046 = v874;
      const float v1056 = v935;
      const float v1057 = v939;
      const float v1058 = v946;
      const float v1059 = v952;
      const float v1060 = v956;
      const float v1061 = v963;
      const float v1062 = v969;
      const float v1063 = v973;
      const float v1064 = v980;
      ((float *)(base + 351232))[idx] = v987;
      ((float *)(base + 351360))[idx] = v988;
      ((float *)(base + 36864))[idx] = v989;
      ((float *)(base + 351488))[idx] = v990;
      ((float *)(base + 351616))[idx] = v991;
      ((float *)(base + 36992))[idx] = v992;
      ((float *)(base + 385280))[idx] = v1002;
      ((float *)(base + 385408))[idx] = v1003;
      ((float *)(base + 53888))[idx] = v1004;
      ((float *)(base + 385536))[idx] = v1005;
      ((float *)(base + 385664))[idx] = v1006;
      ((float *)(base + 54016))[idx] = v1007;
      ((float *)(base + 385792))[idx] = v1008;
      ((float *)(base + 385920))[idx] = v1009;
      ((float *)(base + 54144))[idx] = v1010;
      ((float *)(base + 452608))[idx] = v1020;
      ((float *)(base + 452736))[idx] = v1021;
      ((float *)(base + 87552))[idx] = v1022;
      ((float *)(base + 452864))[idx] = v1023;
      ((float *)(base + 452992))[idx] = v1024;
      ((float *)(base + 87680))[idx] = v1025;
      ((float *)(base + 453120))[idx] = v1026;
      ((float *)(base + 453248))[idx] = v1027;
      ((float *)(base + 87808))[idx] = v1028;
      ((float *)(base + 486912))[idx] = v1038;
      ((float *)(base + 487040))[idx] = v1039;
      ((float *)(base + 104704))[idx] = v1040;
      ((float *)(base + 487168))[idx] = v1041;
      ((float *)(base + 487296))[idx] = v1042;
      ((float *)(base + 104832))[idx] = v1043;
      ((float *)(base + 487424))[idx] = v1044;
      ((float *)(base + 487552))[idx] = v1045;
      ((float *)(base + 104960))[idx] = v1046;
      ((float *)(base + 554240))[idx] = v1056;
      ((float *)(base + 554368))[idx] = v1057;
      ((float *)(base + 138368))[idx] = v1058;
      ((float *)(base + 554496))[idx] = v1059;
      ((float *)(base + 554624))[idx] = v1060;
      ((float *)(base + 138496))[idx] = v1061;
      ((float *)(base + 554752))[idx] = v1062;
      ((float *)(base + 554880))[idx] = v1063;
      ((float *)(base + 138624))[idx] = v1064;
  }
}

/* train_k71_assign: mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], div f32[32, 96], div f32[32, 96], sqrt f32[32, 96], add f32[32, 96], div f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], sub f32[32, 96], mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], mul f32[32, 96], mul f32[32, 96], add f32[32, 96], div f32[32, 96], div f32[32, 96], sqrt f32[32, 96], add f32[32, 96], div f32[32, 96], mul f32[32, 96], add f32[32, 96], mul f32[32, 96], sub f32[32, 96], assign f32[32, 96], assign f32[32, 96], assign f32[32, 96], assign f32[32, 96], assign f32[32, 96], assign f32[32, 96] */
void train_k71_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 3072LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float a347 = ((float *)(base + 228096))[idx];
      const float a479 = ((float *)(base + 571776))[0];
      const float a557 = ((float *)(base + 351744))[idx];
      const float a558 = ((float *)(base + 364032))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a375 = ((float *)(base + 4364544))[0];
      const float a24 = ((float *)(base + 37120))[idx];
      const float a374 = ((float *)(base + 4364480))[0];
      const float a261 = ((float *)(base + 177280))[idx];
      const float a769 = ((float *)(base + 453376))[idx];
      const float a770 = ((float *)(base + 465664))[idx];
      const float a81 = ((float *)(base + 87936))[idx];
      const float v559 = (a347 * a479);
      const float v560 = (v559 * 0.1f);
      const float v561 = (a557 * 0.9f);
      const float v562 = (v561 + v560);
      const float v563 = (v559 * v559);
      const float v564 = (v563 * 0.05f);
      const float v565 = (a558 * 0.95f);
      const float v566 = (v565 + v564);
      const float v567 = (v562 / a377);
      const float v568 = (v566 / a378);
      const float v569 = sqrtf(v568);
      const float v570 = (v569 + 1e-08f);
      const float v571 = (v567 / v570);
      const float v572 = (a375 * a24);
      const float v573 = (v571 + v572);
      const float v574 = (a374 * v573);
      const float v575 = (a24 - v574);
      const float v771 = (a261 * a479);
      const float v772 = (v771 * 0.1f);
      const float v773 = (a769 * 0.9f);
      const float v774 = (v773 + v772);
      const float v775 = (v771 * v771);
      const float v776 = (v775 * 0.05f);
      const float v777 = (a770 * 0.95f);
      const float v778 = (v777 + v776);
      const float v779 = (v774 / a377);
      const float v780 = (v778 / a378);
      const float v781 = sqrtf(v780);
      const float v782 = (v781 + 1e-08f);
      const float v783 = (v779 / v782);
      const float v784 = (a375 * a81);
      const float v785 = (v783 + v784);
      const float v786 = (a374 * v785);
      const float v787 = (a81 - v786);
      const float v993 = v562;
      const float v994 = v566;
      const float v995 = v575;
      const float v1029 = v774;
      const float v1030 = v778;
      const float v1031 = v787;
      ((float *)(base + 351744))[idx] = v993;
      ((float *)(base + 364032))[idx] = v994;
      ((float *)(base + 37120))[idx] = v995;
      ((float *)(base + 453376))[idx] = v1029;
      ((float *)(base + 465664))[idx] = v1030;
      ((float *)(base + 87936))[idx] = v1031;
  }
}

/* train_k72_assign: mul f32[96], mul f32[96], mul f32[96], add f32[96], mul f32[96], mul f32[96], mul f32[96], add f32[96], div f32[96], div f32[96], sqrt f32[96], add f32[96], div f32[96], mul f32[96], sub f32[96], mul f32[96], mul f32[96], mul f32[96], add f32[96], mul f32[96], mul f32[96], mul f32[96], add f32[96], div f32[96], div f32[96], sqrt f32[96], add f32[96], div f32[96], mul f32[96], sub f32[96], assign f32[96], assign f32[96], assign f32[96], assign f32[96], assign f32[96], assign f32[96] */
void train_k72_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 96LL; idx++) {
      const int64_t col = idx % 96LL; (void)col;
      const float a343 = ((float *)(base + 227712))[idx];
      const float a479 = ((float *)(base + 571776))[0];
      const float a576 = ((float *)(base + 376320))[idx];
      const float a577 = ((float *)(base + 376704))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a374 = ((float *)(base + 4364480))[0];
      const float a26 = ((float *)(base + 49408))[idx];
      const float a257 = ((float *)(base + 176896))[idx];
      const float a788 = ((float *)(base + 477952))[idx];
      const float a789 = ((float *)(base + 478336))[idx];
      const float a83 = ((float *)(base + 100224))[idx];
      const float v578 = (a343 * a479);
      const float v579 = (v578 * 0.1f);
      const float v580 = (a576 * 0.9f);
      const float v581 = (v580 + v579);
      const float v582 = (v578 * v578);
      const float v583 = (v582 * 0.05f);
      const float v584 = (a577 * 0.95f);
      const float v585 = (v584 + v583);
      const float v586 = (v581 / a377);
      const float v587 = (v585 / a378);
      const float v588 = sqrtf(v587);
      const float v589 = (v588 + 1e-08f);
      const float v590 = (v586 / v589);
      const float v591 = (a374 * v590);
      const float v592 = (a26 - v591);
      const float v790 = (a257 * a479);
      const float v791 = (v790 * 0.1f);
      const float v792 = (a788 * 0.9f);
      const float v793 = (v792 + v791);
      const float v794 = (v790 * v790);
      const float v795 = (v794 * 0.05f);
      const float v796 = (a789 * 0.95f);
      const float v797 = (v796 + v795);
      const float v798 = (v793 / a377);
      const float v799 = (v797 / a378);
      const float v800 = sqrtf(v799);
      const float v801 = (v800 + 1e-08f);
      const float v802 = (v798 / v801);
      const float v803 = (a374 * v802);
      const float v804 = (a83 - v803);
      const float v996 = v581;
      const float v997 = v585;
      const float v998 = v592;
      const float v1032 = v793;
      const float v1033 = v797;
      const float v1034 = v804;
      ((float *)(base + 376320))[idx] = v996;
      ((float *)(base + 376704))[idx] = v997;
      ((float *)(base + 49408))[idx] = v998;
      ((float *)(base + 477952))[idx] = v1032;
      ((float *)(base + 478336))[idx] = v1033;
      ((float *)(base + 100224))[idx] = v1034;
  }
}

/* train_k73_assign: mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], div f32[32, 128], div f32[32, 128], sqrt f32[32, 128], add f32[32, 128], div f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], sub f32[32, 128], mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], mul f32[32, 128], mul f32[32, 128], add f32[32, 128], div f32[32, 128], div f32[32, 128], sqrt f32[32, 128], add f32[32, 128], div f32[32, 128], mul f32[32, 128], add f32[32, 128], mul f32[32, 128], sub f32[32, 128], assign f32[32, 128], assign f32[32, 128], assign f32[32, 128], assign f32[32, 128], assign f32[32, 128], assign f32[32, 128] */
void train_k73_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 128LL; (void)col;
      const float a295 = ((float *)(base + 206848))[idx];
      const float a479 = ((float *)(base + 571776))[0];
      const float a663 = ((float *)(base + 386048))[idx];
      const float a664 = ((float *)(base + 402432))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a375 = ((float *)(base + 4364544))[0];
      const float a58 = ((float *)(base + 54272))[idx];
      const float a374 = ((float *)(base + 4364480))[0];
      const float a209 = ((float *)(base + 156032))[idx];
      const float a875 = ((float *)(base + 487680))[idx];
      const float a876 = ((float *)(base + 504064))[idx];
      const float a115 = ((float *)(base + 105088))[idx];
      const float v665 = (a295 * a479);
      const float v666 = (v665 * 0.1f);
      const float v667 = (a663 * 0.9f);
      const float v668 = (v667 + v666);
      const float v669 = (v665 * v665);
      const float v670 = (v669 * 0.05f);
      const float v671 = (a664 * 0.95f);
      const float v672 = (v671 + v670);
      const float v673 = (v668 / a377);
      const float v674 = (v672 / a378);
      const float v675 = sqrtf(v674);
      const float v676 = (v675 + 1e-08f);
      const float v677 = (v673 / v676);
      const float v678 = (a375 * a58);
      const float v679 = (v677 + v678);
      const float v680 = (a374 * v679);
      const float v681 = (a58 - v680);
      const float v877 = (a209 * a479);
      const float v878 = (v877 * 0.1f);
      const float v879 = (a875 * 0.9f);
      const float v880 = (v879 + v878);
      const float v881 = (v877 * v877);
      const float v882 = (v881 * 0.05f);
      const float v883 = (a876 * 0.95f);
      const float v884 = (v883 + v882);
      const float v885 = (v880 / a377);
      const float v886 = (v884 / a378);
      const float v887 = sqrtf(v886);
      const float v888 = (v887 + 1e-08f);
      const float v889 = (v885 / v888);
      const float v890 = (a375 * a115);
      const float v891 = (v889 + v890);
      const float v892 = (a374 * v891);
      const float v893 = (a115 - v892);
      const float v1011 = v668;
      const float v1012 = v672;
      const float v1013 = v681;
      const float v1047 = v880;
      const float v1048 = v884;
      const float v1049 = v893;
      ((float *)(base + 386048))[idx] = v1011;
      ((float *)(base + 402432))[idx] = v1012;
      ((float *)(base + 54272))[idx] = v1013;
      ((float *)(base + 487680))[idx] = v1047;
      ((float *)(base + 504064))[idx] = v1048;
      ((float *)(base + 105088))[idx] = v1049;
  }
}

/* train_k74_assign: mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], div f32[128, 32], div f32[128, 32], sqrt f32[128, 32], add f32[128, 32], div f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], sub f32[128, 32], mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], mul f32[128, 32], mul f32[128, 32], add f32[128, 32], div f32[128, 32], div f32[128, 32], sqrt f32[128, 32], add f32[128, 32], div f32[128, 32], mul f32[128, 32], add f32[128, 32], mul f32[128, 32], sub f32[128, 32], assign f32[128, 32], assign f32[128, 32], assign f32[128, 32], assign f32[128, 32], assign f32[128, 32], assign f32[128, 32] */
void train_k74_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float a288 = ((float *)(base + 189952))[idx];
      const float a479 = ((float *)(base + 571776))[0];
      const float a699 = ((float *)(base + 419840))[idx];
      const float a700 = ((float *)(base + 436224))[idx];
      const float a377 = ((float *)(base + 4364672))[0];
      const float a378 = ((float *)(base + 4364736))[0];
      const float a375 = ((float *)(base + 4364544))[0];
      const float a63 = ((float *)(base + 71168))[idx];
      const float a374 = ((float *)(base + 4364480))[0];
      const float a202 = ((float *)(base + 139136))[idx];
      const float a911 = ((float *)(base + 521472))[idx];
      const float a912 = ((float *)(base + 537856))[idx];
      const float a120 = ((float *)(base + 121984))[idx];
      const float v701 = (a288 * a479);
      const float v702 = (v701 * 0.1f);
      const float v703 = (a699 * 0.9f);
      const float v704 = (v703 + v702);
      const float v705 = (v701 * v701);
      const float v706 = (v705 * 0.05f);
      const float v707 = (a700 * 0.95f);
      const float v708 = (v707 + v706);
      const float v709 = (v704 / a377);
      const float v710 = (v708 / a378);
      const float v711 = sqrtf(v710);
      const float v712 = (v711 + 1e-08f);
      const float v713 = (v709 / v712);
      const float v714 = (a375 * a63);
      const float v715 = (v713 + v714);
      const float v716 = (a374 * v715);
      const float v717 = (a63 - v716);
      const float v913 = (a202 * a479);
      const float v914 = (v913 * 0.1f);
      const float v915 = (a911 * 0.9f);
      const float v916 = (v915 + v914);
      const float v917 = (v913 * v913);
      const float v918 = (v917 * 0.05f);
      const float v919 = (a912 * 0.95f);
      const float v920 = (v919 + v918);
      const float v921 = (v916 / a377);
      const float v922 = (v920 / a378);
      const float v923 = sqrtf(v922);
      const float v924 = (v923 + 1e-08f);
      const float v925 = (v921 / v924);
      const float v926 = (a375 * a120);
      const float v927 = (v925 + v926);
      const float v928 = (a374 * v927);
      const float v929 = (a120 - v928);
      const float v1017 = v704;
      const float v1018 = v708;
      const float v1019 = v717;
      const float v1053 = v916;
      const float v1054 = v920;
      const float v1055 = v929;
      ((float *)(base + 419840))[idx] = v1017;
      ((float *)(base + 436224))[idx] = v1018;
      ((float *)(base + 71168))[idx] = v1019;
      ((float *)(base + 521472))[idx] = v1053;
      ((float *)(base + 537856))[idx] = v1054;
      ((float *)(base + 121984))[idx] = v1055;
  }
}

/* eval_k75_gather: gather f32[16, 32, 32] */
void eval_k75_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 1161216))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 1161216))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 571392))[idx] = v3;
  }
}

/* eval_k76_positions: positions i32[32] */
void eval_k76_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a5 = ((int32_t *)(base + 1165312))[0];
      const int32_t v6 = (a5 + (int32_t)col);
      ((int32_t *)(base + 641024))[idx] = v6;
  }
}

/* eval_k77_gather: gather f32[32, 32] */
void eval_k77_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((uint32_t)((int32_t *)(base + 641024))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 641024))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 636928))[idx] = v7;
  }
}

/* eval_k78_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k78_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc11 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 571392))[idx];
      const float a7 = ((float *)(base + 636928))[(idx % 1024LL)];
      const float v8 = (a3 + a7);
      acc11 = acc11 + v8;
    }
      const float v11 = (float)acc11;
      const float v13 = (v11 * 0.03125f);
    double acc16 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a3 = ((float *)(base + 571392))[idx];
      const float a7 = ((float *)(base + 636928))[(idx % 1024LL)];
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
      const float a3 = ((float *)(base + 571392))[idx];
      const float a7 = ((float *)(base + 636928))[(idx % 1024LL)];
      const float a9 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a10 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v8 = (a3 + a7);
      const float v14 = (v8 - v13);
      const float v21 = (v14 * v20);
      const float v22 = (v21 * a9);
      const float v23 = (v22 + a10);
      ((float *)(base + 768000))[idx] = v8;
      ((float *)(base + 833536))[idx] = v23;
    }
  }
}

/* eval_k79_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void eval_k79_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v28 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v29 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v30 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 833536))[idx] = v28;
      ((float *)(base + 899072))[idx] = v29;
      ((float *)(base + 964608))[idx] = v30;
  }
}

/* eval_k80_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void eval_k80_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v32 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v34 = ((float *)(base + 899072))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v36 = ((float *)(base + 964608))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v32;
      ((float *)(base + 636928))[idx] = v34;
      ((float *)(base + 702464))[idx] = v36;
  }
}

/* eval_k81_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void eval_k81_attention(char *base) {
  const float *Q = (const float *)(base + 571392); (void)Q;
  const float *K = (const float *)(base + 636928); (void)K;
  const float *V = (const float *)(base + 702464); (void)V;
  const int32_t *P = (const int32_t *)(base + 1165312); (void)P;
  float *out = (float *)(base + 833536); (void)out;
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

/* eval_k82_permute: permute f32[16, 32, 2, 16] */
void eval_k82_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v38 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v38;
  }
}

/* eval_k83_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k83_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc47 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 768000))[idx];
      const float a43 = ((float *)(base + 636928))[idx];
      const float v44 = (a8 + a43);
      acc47 = acc47 + v44;
    }
      const float v47 = (float)acc47;
      const float v48 = (v47 * 0.03125f);
    double acc51 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a8 = ((float *)(base + 768000))[idx];
      const float a43 = ((float *)(base + 636928))[idx];
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
      const float a8 = ((float *)(base + 768000))[idx];
      const float a43 = ((float *)(base + 636928))[idx];
      const float a45 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a46 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v44 = (a8 + a43);
      const float v49 = (v44 - v48);
      const float v55 = (v49 * v54);
      const float v56 = (v55 * a45);
      const float v57 = (v56 + a46);
      ((float *)(base + 833536))[idx] = v44;
      ((float *)(base + 899072))[idx] = v57;
    }
  }
}

/* eval_k84_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k84_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc70 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 833536))[idx];
      const float a66 = ((float *)(base + 899072))[idx];
      const float v67 = (a44 + a66);
      acc70 = acc70 + v67;
    }
      const float v70 = (float)acc70;
      const float v71 = (v70 * 0.03125f);
    double acc74 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a44 = ((float *)(base + 833536))[idx];
      const float a66 = ((float *)(base + 899072))[idx];
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
      const float a44 = ((float *)(base + 833536))[idx];
      const float a66 = ((float *)(base + 899072))[idx];
      const float a68 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a69 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v67 = (a44 + a66);
      const float v72 = (v67 - v71);
      const float v78 = (v72 * v77);
      const float v79 = (v78 * a68);
      const float v80 = (v79 + a69);
      ((float *)(base + 768000))[idx] = v67;
      ((float *)(base + 964608))[idx] = v80;
    }
  }
}

/* eval_k85_slice: slice f32[16, 32, 32], slice f32[16, 32, 32], slice f32[16, 32, 32] */
void eval_k85_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v85 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v86 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v87 = ((float *)(base + 571392))[0 + ((idx / 1024LL)) * 3072LL + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 833536))[idx] = v85;
      ((float *)(base + 899072))[idx] = v86;
      ((float *)(base + 964608))[idx] = v87;
  }
}

/* eval_k86_permute: permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16], permute f32[16, 2, 32, 16] */
void eval_k86_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v89 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v91 = ((float *)(base + 899072))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v93 = ((float *)(base + 964608))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v89;
      ((float *)(base + 636928))[idx] = v91;
      ((float *)(base + 702464))[idx] = v93;
  }
}

/* eval_k87_attention: attention forward: q[16, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [16, 2, 32, 16] */
void eval_k87_attention(char *base) {
  const float *Q = (const float *)(base + 571392); (void)Q;
  const float *K = (const float *)(base + 636928); (void)K;
  const float *V = (const float *)(base + 702464); (void)V;
  const int32_t *P = (const int32_t *)(base + 1165312); (void)P;
  float *out = (float *)(base + 833536); (void)out;
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

/* eval_k88_permute: permute f32[16, 32, 2, 16] */
void eval_k88_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 16384LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v95 = ((float *)(base + 833536))[0 + ((idx / 1024LL)) * 1024LL + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v95;
  }
}

/* eval_k89_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k89_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc104 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a67 = ((float *)(base + 768000))[idx];
      const float a100 = ((float *)(base + 636928))[idx];
      const float v101 = (a67 + a100);
      acc104 = acc104 + v101;
    }
      const float v104 = (float)acc104;
      const float v105 = (v104 * 0.03125f);
    double acc108 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a67 = ((float *)(base + 768000))[idx];
      const float a100 = ((float *)(base + 636928))[idx];
      const float v101 = (a67 + a100);
      const float v106 = (v101 - v105);
      const float v107 = (v106 * v106);
      acc108 = acc108 + v107;
    }
      const float v108 = (float)acc108;
      const float v109 = (v108 * 0.03125f);
      const float v110 = (v109 + 1e-05f);
      const float v111 = (1.0f / sqrtf(v110));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a67 = ((float *)(base + 768000))[idx];
      const float a100 = ((float *)(base + 636928))[idx];
      const float a102 = ((float *)(base + 104832))[(idx % 32LL)];
      const float a103 = ((float *)(base + 104960))[(idx % 32LL)];
      const float v101 = (a67 + a100);
      const float v106 = (v101 - v105);
      const float v112 = (v106 * v111);
      const float v113 = (v112 * a102);
      const float v114 = (v113 + a103);
      ((float *)(base + 833536))[idx] = v101;
      ((float *)(base + 899072))[idx] = v114;
    }
  }
}

/* eval_k90_rowsum: add f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], sub f32[16, 32, 32], mul f32[16, 32, 32], sum f32[16, 32, 1], mul f32[16, 32, 1], add f32[16, 32, 1], rsqrt f32[16, 32, 1], mul f32[16, 32, 32], mul f32[16, 32, 32], add f32[16, 32, 32] */
void eval_k90_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc127 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a101 = ((float *)(base + 833536))[idx];
      const float a123 = ((float *)(base + 899072))[idx];
      const float v124 = (a101 + a123);
      acc127 = acc127 + v124;
    }
      const float v127 = (float)acc127;
      const float v128 = (v127 * 0.03125f);
    double acc131 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a101 = ((float *)(base + 833536))[idx];
      const float a123 = ((float *)(base + 899072))[idx];
      const float v124 = (a101 + a123);
      const float v129 = (v124 - v128);
      const float v130 = (v129 * v129);
      acc131 = acc131 + v130;
    }
      const float v131 = (float)acc131;
      const float v132 = (v131 * 0.03125f);
      const float v133 = (v132 + 1e-05f);
      const float v134 = (1.0f / sqrtf(v133));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a101 = ((float *)(base + 833536))[idx];
      const float a123 = ((float *)(base + 899072))[idx];
      const float a125 = ((float *)(base + 138496))[(idx % 32LL)];
      const float a126 = ((float *)(base + 138624))[(idx % 32LL)];
      const float v124 = (a101 + a123);
      const float v129 = (v124 - v128);
      const float v135 = (v129 * v134);
      const float v136 = (v135 * a125);
      const float v137 = (v136 + a126);
      ((float *)(base + 1095680))[idx] = v137;
    }
  }
}

/* eval_k91_rowmax: max_reduce f32[16, 32, 1], sub f32[16, 32, 256], exp f32[16, 32, 256], sum f32[16, 32, 1], log f32[16, 32, 1], add f32[16, 32, 1], one_hot f32[16, 32, 256], mul f32[16, 32, 256], sum f32[16, 32, 1], sub f32[16, 32, 1] */
void eval_k91_rowmax(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 512LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc139 = -G23_INF;
    double acc148 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a145 = ((int32_t *)(base + 1163264))[(idx / 256LL)];
      const float a138 = ((float *)(base + 571392))[idx];
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
      const float a138 = ((float *)(base + 571392))[idx];
      const float v140 = (a138 - v139);
      const float v141 = expf(v140);
      acc142 = acc142 + v141;
    }
      const float v142 = (float)acc142;
      const float v143 = logf(v142);
      const float v144 = (v143 + v139);
      const float v149 = (v144 - v148);
    {
      ((float *)(base + 1095680))[r] = v149;
    }
  }
}

/* eval_k92_rowsum: sum f32[1], mul f32[1] */
void eval_k92_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc151 = 0.0f;
    for (int64_t col = 0; col < 512LL; col++) {
      const int64_t idx = r * 512LL + col; (void)idx;
      const float a150 = ((float *)(base + 1095680))[idx];
      acc151 = acc151 + a150;
    }
      const float v151 = (float)acc151;
      const float v153 = (v151 * 0.001953125f);
    {
      ((float *)(base + 571392))[r] = v153;
    }
  }
}

/* prefill_k93_gather: gather f32[1, 32, 32] */
void prefill_k93_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 608256))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 608256))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 571392))[idx] = v2;
  }
}

/* prefill_k94_positions: positions i32[32] */
void prefill_k94_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 608384))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 579584))[idx] = v5;
  }
}

/* prefill_k95_gather: gather f32[32, 32] */
void prefill_k95_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 579584))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 579584))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 575488))[idx] = v6;
  }
}

/* prefill_k96_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k96_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 571392))[idx];
      const float a6 = ((float *)(base + 575488))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.03125f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 571392))[idx];
      const float a6 = ((float *)(base + 575488))[idx];
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
      const float a2 = ((float *)(base + 571392))[idx];
      const float a6 = ((float *)(base + 575488))[idx];
      const float a8 = ((float *)(base + 36864))[(idx % 32LL)];
      const float a9 = ((float *)(base + 36992))[(idx % 32LL)];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 583680))[idx] = v7;
      ((float *)(base + 587776))[idx] = v22;
    }
  }
}

/* prefill_k97_slice: slice f32[1, 32, 32], slice f32[1, 32, 32], slice f32[1, 32, 32] */
void prefill_k97_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v27 = ((float *)(base + 571392))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v28 = ((float *)(base + 571392))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v29 = ((float *)(base + 571392))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 587776))[idx] = v27;
      ((float *)(base + 591872))[idx] = v28;
      ((float *)(base + 595968))[idx] = v29;
  }
}

/* prefill_k98_permute: permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16] */
void prefill_k98_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v31 = ((float *)(base + 587776))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v33 = ((float *)(base + 591872))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v35 = ((float *)(base + 595968))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v31;
      ((float *)(base + 575488))[idx] = v33;
      ((float *)(base + 579584))[idx] = v35;
  }
}

/* prefill_k99_cache_write: cache_write f32[1, 2, 32, 16] */
void prefill_k99_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 32LL, bh = idx / 512LL;
      const int64_t p = (int64_t)((int32_t *)(base + 608384))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 555008))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 575488))[idx];
  }
}

/* prefill_k100_cache_write: cache_write f32[1, 2, 32, 16] */
void prefill_k100_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 32LL, bh = idx / 512LL;
      const int64_t p = (int64_t)((int32_t *)(base + 608384))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 559104))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 579584))[idx];
  }
}

/* prefill_k101_attention: attention forward: q[1, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [1, 2, 32, 16] */
void prefill_k101_attention(char *base) {
  const float *Q = (const float *)(base + 571392); (void)Q;
  const float *K = (const float *)(base + 555008); (void)K;
  const float *V = (const float *)(base + 559104); (void)V;
  const int32_t *P = (const int32_t *)(base + 608384); (void)P;
  float *out = (float *)(base + 575488); (void)out;
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

/* prefill_k102_permute: permute f32[1, 32, 2, 16] */
void prefill_k102_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v41 = ((float *)(base + 575488))[0 + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v41;
  }
}

/* prefill_k103_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k103_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 583680))[idx];
      const float a46 = ((float *)(base + 575488))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.03125f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 583680))[idx];
      const float a46 = ((float *)(base + 575488))[idx];
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
      const float a7 = ((float *)(base + 583680))[idx];
      const float a46 = ((float *)(base + 575488))[idx];
      const float a48 = ((float *)(base + 54016))[(idx % 32LL)];
      const float a49 = ((float *)(base + 54144))[(idx % 32LL)];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 587776))[idx] = v47;
      ((float *)(base + 591872))[idx] = v60;
    }
  }
}

/* prefill_k104_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k104_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 587776))[idx];
      const float a69 = ((float *)(base + 591872))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.03125f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 587776))[idx];
      const float a69 = ((float *)(base + 591872))[idx];
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
      const float a47 = ((float *)(base + 587776))[idx];
      const float a69 = ((float *)(base + 591872))[idx];
      const float a71 = ((float *)(base + 87680))[(idx % 32LL)];
      const float a72 = ((float *)(base + 87808))[(idx % 32LL)];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 583680))[idx] = v70;
      ((float *)(base + 595968))[idx] = v83;
    }
  }
}

/* prefill_k105_slice: slice f32[1, 32, 32], slice f32[1, 32, 32], slice f32[1, 32, 32] */
void prefill_k105_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v88 = ((float *)(base + 571392))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL)) * 1LL];
      const float v89 = ((float *)(base + 571392))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v90 = ((float *)(base + 571392))[0 + ((idx / 32LL % 32LL)) * 96LL + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 587776))[idx] = v88;
      ((float *)(base + 591872))[idx] = v89;
      ((float *)(base + 595968))[idx] = v90;
  }
}

/* prefill_k106_permute: permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16], permute f32[1, 2, 32, 16] */
void prefill_k106_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v92 = ((float *)(base + 587776))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v94 = ((float *)(base + 591872))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v96 = ((float *)(base + 595968))[0 + ((idx / 512LL % 2LL)) * 16LL + ((idx / 16LL % 32LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v92;
      ((float *)(base + 575488))[idx] = v94;
      ((float *)(base + 579584))[idx] = v96;
  }
}

/* prefill_k107_cache_write: cache_write f32[1, 2, 32, 16] */
void prefill_k107_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 32LL, bh = idx / 512LL;
      const int64_t p = (int64_t)((int32_t *)(base + 608384))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 563200))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 575488))[idx];
  }
}

/* prefill_k108_cache_write: cache_write f32[1, 2, 32, 16] */
void prefill_k108_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 32LL, bh = idx / 512LL;
      const int64_t p = (int64_t)((int32_t *)(base + 608384))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 567296))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 579584))[idx];
  }
}

/* prefill_k109_attention: attention forward: q[1, 2, 32, 16] S=32 causal score=((s) * 0.25f) -> [1, 2, 32, 16] */
void prefill_k109_attention(char *base) {
  const float *Q = (const float *)(base + 571392); (void)Q;
  const float *K = (const float *)(base + 563200); (void)K;
  const float *V = (const float *)(base + 567296); (void)V;
  const int32_t *P = (const int32_t *)(base + 608384); (void)P;
  float *out = (float *)(base + 575488); (void)out;
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

/* prefill_k110_permute: permute f32[1, 32, 2, 16] */
void prefill_k110_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v102 = ((float *)(base + 575488))[0 + ((idx / 32LL % 32LL)) * 16LL + ((idx / 16LL % 2LL)) * 512LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v102;
  }
}

/* prefill_k111_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k111_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc111 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a70 = ((float *)(base + 583680))[idx];
      const float a107 = ((float *)(base + 575488))[idx];
      const float v108 = (a70 + a107);
      acc111 = acc111 + v108;
    }
      const float v111 = (float)acc111;
      const float v112 = (v111 * 0.03125f);
    double acc115 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a70 = ((float *)(base + 583680))[idx];
      const float a107 = ((float *)(base + 575488))[idx];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v114 = (v113 * v113);
      acc115 = acc115 + v114;
    }
      const float v115 = (float)acc115;
      const float v116 = (v115 * 0.03125f);
      const float v117 = (v116 + 1e-05f);
      const float v118 = (1.0f / sqrtf(v117));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a70 = ((float *)(base + 583680))[idx];
      const float a107 = ((float *)(base + 575488))[idx];
      const float a109 = ((float *)(base + 104832))[(idx % 32LL)];
      const float a110 = ((float *)(base + 104960))[(idx % 32LL)];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v119 = (v113 * v118);
      const float v120 = (v119 * a109);
      const float v121 = (v120 + a110);
      ((float *)(base + 587776))[idx] = v108;
      ((float *)(base + 591872))[idx] = v121;
    }
  }
}

/* prefill_k112_rowsum: add f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], sub f32[1, 32, 32], mul f32[1, 32, 32], sum f32[1, 32, 1], mul f32[1, 32, 1], add f32[1, 32, 1], rsqrt f32[1, 32, 1], mul f32[1, 32, 32], mul f32[1, 32, 32], add f32[1, 32, 32] */
void prefill_k112_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 32LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc134 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a108 = ((float *)(base + 587776))[idx];
      const float a130 = ((float *)(base + 591872))[idx];
      const float v131 = (a108 + a130);
      acc134 = acc134 + v131;
    }
      const float v134 = (float)acc134;
      const float v135 = (v134 * 0.03125f);
    double acc138 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a108 = ((float *)(base + 587776))[idx];
      const float a130 = ((float *)(base + 591872))[idx];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v137 = (v136 * v136);
      acc138 = acc138 + v137;
    }
      const float v138 = (float)acc138;
      const float v139 = (v138 * 0.03125f);
      const float v140 = (v139 + 1e-05f);
      const float v141 = (1.0f / sqrtf(v140));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a108 = ((float *)(base + 587776))[idx];
      const float a130 = ((float *)(base + 591872))[idx];
      const float a132 = ((float *)(base + 138496))[(idx % 32LL)];
      const float a133 = ((float *)(base + 138624))[(idx % 32LL)];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v142 = (v136 * v141);
      const float v143 = (v142 * a132);
      const float v144 = (v143 + a133);
      ((float *)(base + 604160))[idx] = v144;
    }
  }
}

/* decode_k113_gather: gather f32[1, 1, 32] */
void decode_k113_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 572544))[idx / 32LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 572544))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 571392))[idx] = v2;
  }
}

/* decode_k114_positions: positions i32[1] */
void decode_k114_positions(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1LL; idx++) {
      const int64_t col = idx % 1LL; (void)col;
      const int32_t a4 = ((int32_t *)(base + 572608))[0];
      const int32_t v5 = (a4 + (int32_t)col);
      ((int32_t *)(base + 571648))[idx] = v5;
  }
}

/* decode_k115_gather: gather f32[1, 32] */
void decode_k115_gather(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v6 = ((uint32_t)((int32_t *)(base + 571648))[idx / 32LL] < 32u ? ((float *)(base + 32768))[(int64_t)((int32_t *)(base + 571648))[idx / 32LL] * 32LL + idx % 32LL] : (float)0);
      ((float *)(base + 571520))[idx] = v6;
  }
}

/* decode_k116_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k116_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc10 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 571392))[idx];
      const float a6 = ((float *)(base + 571520))[idx];
      const float v7 = (a2 + a6);
      acc10 = acc10 + v7;
    }
      const float v10 = (float)acc10;
      const float v12 = (v10 * 0.03125f);
    double acc15 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a2 = ((float *)(base + 571392))[idx];
      const float a6 = ((float *)(base + 571520))[idx];
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
      const float a2 = ((float *)(base + 571392))[idx];
      const float a6 = ((float *)(base + 571520))[idx];
      const float a8 = ((float *)(base + 36864))[idx];
      const float a9 = ((float *)(base + 36992))[idx];
      const float v7 = (a2 + a6);
      const float v13 = (v7 - v12);
      const float v20 = (v13 * v19);
      const float v21 = (v20 * a8);
      const float v22 = (v21 + a9);
      ((float *)(base + 571776))[idx] = v7;
      ((float *)(base + 571904))[idx] = v22;
    }
  }
}

/* decode_k117_slice: slice f32[1, 1, 32], slice f32[1, 1, 32], slice f32[1, 1, 32] */
void decode_k117_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v27 = ((float *)(base + 571392))[0 + ((idx / 1LL % 32LL)) * 1LL];
      const float v28 = ((float *)(base + 571392))[0 + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v29 = ((float *)(base + 571392))[0 + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 571904))[idx] = v27;
      ((float *)(base + 572032))[idx] = v28;
      ((float *)(base + 572160))[idx] = v29;
  }
}

/* decode_k118_permute: permute f32[1, 2, 1, 16], permute f32[1, 2, 1, 16], permute f32[1, 2, 1, 16] */
void decode_k118_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v31 = ((float *)(base + 571904))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v33 = ((float *)(base + 572032))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v35 = ((float *)(base + 572160))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v31;
      ((float *)(base + 571520))[idx] = v33;
      ((float *)(base + 571648))[idx] = v35;
  }
}

/* decode_k119_cache_write: cache_write f32[1, 2, 32, 16] */
void decode_k119_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 1LL, bh = idx / 16LL;
      const int64_t p = (int64_t)((int32_t *)(base + 572608))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 555008))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 571520))[idx];
  }
}

/* decode_k120_cache_write: cache_write f32[1, 2, 32, 16] */
void decode_k120_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 1LL, bh = idx / 16LL;
      const int64_t p = (int64_t)((int32_t *)(base + 572608))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 559104))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 571648))[idx];
  }
}

/* decode_k121_attention: attention forward: q[1, 2, 1, 16] S=32 causal score=((s) * 0.25f) -> [1, 2, 1, 16] */
void decode_k121_attention(char *base) {
  const float *Q = (const float *)(base + 571392); (void)Q;
  const float *K = (const float *)(base + 555008); (void)K;
  const float *V = (const float *)(base + 559104); (void)V;
  const int32_t *P = (const int32_t *)(base + 572608); (void)P;
  float *out = (float *)(base + 571520); (void)out;
#pragma omp parallel for
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

/* decode_k122_permute: permute f32[1, 1, 2, 16] */
void decode_k122_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v41 = ((float *)(base + 571520))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v41;
  }
}

/* decode_k123_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k123_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc50 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 571776))[idx];
      const float a46 = ((float *)(base + 571520))[idx];
      const float v47 = (a7 + a46);
      acc50 = acc50 + v47;
    }
      const float v50 = (float)acc50;
      const float v51 = (v50 * 0.03125f);
    double acc54 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a7 = ((float *)(base + 571776))[idx];
      const float a46 = ((float *)(base + 571520))[idx];
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
      const float a7 = ((float *)(base + 571776))[idx];
      const float a46 = ((float *)(base + 571520))[idx];
      const float a48 = ((float *)(base + 54016))[idx];
      const float a49 = ((float *)(base + 54144))[idx];
      const float v47 = (a7 + a46);
      const float v52 = (v47 - v51);
      const float v58 = (v52 * v57);
      const float v59 = (v58 * a48);
      const float v60 = (v59 + a49);
      ((float *)(base + 571904))[idx] = v47;
      ((float *)(base + 572032))[idx] = v60;
    }
  }
}

/* decode_k124_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k124_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc73 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 571904))[idx];
      const float a69 = ((float *)(base + 572032))[idx];
      const float v70 = (a47 + a69);
      acc73 = acc73 + v70;
    }
      const float v73 = (float)acc73;
      const float v74 = (v73 * 0.03125f);
    double acc77 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a47 = ((float *)(base + 571904))[idx];
      const float a69 = ((float *)(base + 572032))[idx];
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
      const float a47 = ((float *)(base + 571904))[idx];
      const float a69 = ((float *)(base + 572032))[idx];
      const float a71 = ((float *)(base + 87680))[idx];
      const float a72 = ((float *)(base + 87808))[idx];
      const float v70 = (a47 + a69);
      const float v75 = (v70 - v74);
      const float v81 = (v75 * v80);
      const float v82 = (v81 * a71);
      const float v83 = (v82 + a72);
      ((float *)(base + 571776))[idx] = v70;
      ((float *)(base + 572160))[idx] = v83;
    }
  }
}

/* decode_k125_slice: slice f32[1, 1, 32], slice f32[1, 1, 32], slice f32[1, 1, 32] */
void decode_k125_slice(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v88 = ((float *)(base + 571392))[0 + ((idx / 1LL % 32LL)) * 1LL];
      const float v89 = ((float *)(base + 571392))[0 + ((idx / 1LL % 32LL) + 32LL) * 1LL];
      const float v90 = ((float *)(base + 571392))[0 + ((idx / 1LL % 32LL) + 64LL) * 1LL];
      ((float *)(base + 571904))[idx] = v88;
      ((float *)(base + 572032))[idx] = v89;
      ((float *)(base + 572160))[idx] = v90;
  }
}

/* decode_k126_permute: permute f32[1, 2, 1, 16], permute f32[1, 2, 1, 16], permute f32[1, 2, 1, 16] */
void decode_k126_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v92 = ((float *)(base + 571904))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v94 = ((float *)(base + 572032))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v96 = ((float *)(base + 572160))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v92;
      ((float *)(base + 571520))[idx] = v94;
      ((float *)(base + 571648))[idx] = v96;
  }
}

/* decode_k127_cache_write: cache_write f32[1, 2, 32, 16] */
void decode_k127_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 1LL, bh = idx / 16LL;
      const int64_t p = (int64_t)((int32_t *)(base + 572608))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 563200))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 571520))[idx];
  }
}

/* decode_k128_cache_write: cache_write f32[1, 2, 32, 16] */
void decode_k128_cache_write(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t d = idx % 16LL, t = idx / 16LL % 1LL, bh = idx / 16LL;
      const int64_t p = (int64_t)((int32_t *)(base + 572608))[0] + t;
      if (p >= 0 && p < 32LL) ((float *)(base + 567296))[(bh * 32LL + p) * 16LL + d] = ((float *)(base + 571648))[idx];
  }
}

/* decode_k129_attention: attention forward: q[1, 2, 1, 16] S=32 causal score=((s) * 0.25f) -> [1, 2, 1, 16] */
void decode_k129_attention(char *base) {
  const float *Q = (const float *)(base + 571392); (void)Q;
  const float *K = (const float *)(base + 563200); (void)K;
  const float *V = (const float *)(base + 567296); (void)V;
  const int32_t *P = (const int32_t *)(base + 572608); (void)P;
  float *out = (float *)(base + 571520); (void)out;
#pragma omp parallel for
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

/* decode_k130_permute: permute f32[1, 1, 2, 16] */
void decode_k130_permute(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v102 = ((float *)(base + 571520))[0 + ((idx / 16LL % 2LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 571392))[idx] = v102;
  }
}

/* decode_k131_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k131_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc111 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a70 = ((float *)(base + 571776))[idx];
      const float a107 = ((float *)(base + 571520))[idx];
      const float v108 = (a70 + a107);
      acc111 = acc111 + v108;
    }
      const float v111 = (float)acc111;
      const float v112 = (v111 * 0.03125f);
    double acc115 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a70 = ((float *)(base + 571776))[idx];
      const float a107 = ((float *)(base + 571520))[idx];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v114 = (v113 * v113);
      acc115 = acc115 + v114;
    }
      const float v115 = (float)acc115;
      const float v116 = (v115 * 0.03125f);
      const float v117 = (v116 + 1e-05f);
      const float v118 = (1.0f / sqrtf(v117));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a70 = ((float *)(base + 571776))[idx];
      const float a107 = ((float *)(base + 571520))[idx];
      const float a109 = ((float *)(base + 104832))[idx];
      const float a110 = ((float *)(base + 104960))[idx];
      const float v108 = (a70 + a107);
      const float v113 = (v108 - v112);
      const float v119 = (v113 * v118);
      const float v120 = (v119 * a109);
      const float v121 = (v120 + a110);
      ((float *)(base + 571904))[idx] = v108;
      ((float *)(base + 572032))[idx] = v121;
    }
  }
}

/* decode_k132_rowsum: add f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], sub f32[1, 1, 32], mul f32[1, 1, 32], sum f32[1, 1, 1], mul f32[1, 1, 1], add f32[1, 1, 1], rsqrt f32[1, 1, 1], mul f32[1, 1, 32], mul f32[1, 1, 32], add f32[1, 1, 32] */
void decode_k132_rowsum(char *base) {
  #pragma omp parallel for
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc134 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a108 = ((float *)(base + 571904))[idx];
      const float a130 = ((float *)(base + 572032))[idx];
      const float v131 = (a108 + a130);
      acc134 = acc134 + v131;
    }
      const float v134 = (float)acc134;
      const float v135 = (v134 * 0.03125f);
    double acc138 = 0.0f;
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a108 = ((float *)(base + 571904))[idx];
      const float a130 = ((float *)(base + 572032))[idx];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v137 = (v136 * v136);
      acc138 = acc138 + v137;
    }
      const float v138 = (float)acc138;
      const float v139 = (v138 * 0.03125f);
      const float v140 = (v139 + 1e-05f);
      const float v141 = (1.0f / sqrtf(v140));
    for (int64_t col = 0; col < 32LL; col++) {
      const int64_t idx = r * 32LL + col; (void)idx;
      const float a108 = ((float *)(base + 571904))[idx];
      const float a130 = ((float *)(base + 572032))[idx];
      const float a132 = ((float *)(base + 138496))[idx];
      const float a133 = ((float *)(base + 138624))[idx];
      const float v131 = (a108 + a130);
      const float v136 = (v131 - v135);
      const float v142 = (v136 * v141);
      const float v143 = (v142 * a132);
      const float v144 = (v143 + a133);
      ((float *)(base + 572416))[idx] = v144;
    }
  }
}

