/* gpt23 kernels for lstm_positions.net, C dialect (generated; do not edit). */
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
      const float v3 = ((uint32_t)((int32_t *)(base + 293632))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 293632))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 204800))[idx] = v3;
  }
}

/* train_k1_const: const f32[2, 16] */
void train_k1_const(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v4 = 0.0f;
      ((float *)(base + 282624))[idx] = v4;
  }
}

/* train_k2_slice: slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16] */
void train_k2_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v5 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v22 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v41 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205824))[idx] = v5;
      ((float *)(base + 206336))[idx] = v22;
      ((float *)(base + 206464))[idx] = v41;
  }
}

/* train_k3_concat: concat f32[2, 32] */
void train_k3_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205824))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 282624))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 280576))[idx] = v7;
  }
}

/* train_k4_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k4_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v12 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v13 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v14 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v15 = tanhf(v14);
      const float v16 = (1.0f / (1.0f + expf(-v12)));
      const float v17 = (v16 * v15);
      const float v18 = tanhf(v17);
      const float v19 = (1.0f / (1.0f + expf(-v13)));
      const float v20 = (v19 * v18);
      const float v824 = (1.0f - v19);
      const float v825 = (v19 * v824);
      const float v827 = (v18 * v18);
      const float v828 = (1.0f - v827);
      const float v833 = (1.0f - v16);
      const float v834 = (v16 * v833);
      const float v836 = (v15 * v15);
      const float v837 = (1.0f - v836);
      ((float *)(base + 282752))[idx] = v15;
      ((float *)(base + 282880))[idx] = v16;
      ((float *)(base + 283008))[idx] = v17;
      ((float *)(base + 283136))[idx] = v18;
      ((float *)(base + 283264))[idx] = v19;
      ((float *)(base + 206592))[idx] = v20;
      ((float *)(base + 283392))[idx] = v825;
      ((float *)(base + 283520))[idx] = v828;
      ((float *)(base + 283648))[idx] = v834;
      ((float *)(base + 283776))[idx] = v837;
  }
}

/* train_k5_concat: concat f32[2, 32] */
void train_k5_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v24 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206336))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206592))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 280832))[idx] = v24;
  }
}

/* train_k6_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k6_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a17 = ((float *)(base + 283008))[idx];
      const float v27 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v30 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v31 = tanhf(v30);
      const float v32 = (1.0f / (1.0f + expf(-v27)));
      const float v33 = (v32 * v31);
      const float v34 = (1.0f / (1.0f + expf(-v28)));
      const float v35 = (v34 * a17);
      const float v36 = (v35 + v33);
      const float v37 = tanhf(v36);
      const float v38 = (1.0f / (1.0f + expf(-v29)));
      const float v39 = (v38 * v37);
      const float v783 = (1.0f - v38);
      const float v784 = (v38 * v783);
      const float v786 = (v37 * v37);
      const float v787 = (1.0f - v786);
      const float v792 = (1.0f - v34);
      const float v793 = (v34 * v792);
      const float v797 = (1.0f - v32);
      const float v798 = (v32 * v797);
      const float v800 = (v31 * v31);
      const float v801 = (1.0f - v800);
      ((float *)(base + 283904))[idx] = v31;
      ((float *)(base + 284032))[idx] = v32;
      ((float *)(base + 284160))[idx] = v34;
      ((float *)(base + 284288))[idx] = v36;
      ((float *)(base + 284416))[idx] = v37;
      ((float *)(base + 284544))[idx] = v38;
      ((float *)(base + 206336))[idx] = v39;
      ((float *)(base + 284672))[idx] = v784;
      ((float *)(base + 284800))[idx] = v787;
      ((float *)(base + 284928))[idx] = v793;
      ((float *)(base + 285056))[idx] = v798;
      ((float *)(base + 285184))[idx] = v801;
  }
}

/* train_k7_concat: concat f32[2, 32] */
void train_k7_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v43 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206464))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206336))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 281088))[idx] = v43;
  }
}

/* train_k8_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k8_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a36 = ((float *)(base + 284288))[idx];
      const float v46 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v47 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v48 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v49 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v50 = tanhf(v49);
      const float v51 = (1.0f / (1.0f + expf(-v46)));
      const float v52 = (v51 * v50);
      const float v53 = (1.0f / (1.0f + expf(-v47)));
      const float v54 = (v53 * a36);
      const float v55 = (v54 + v52);
      const float v56 = tanhf(v55);
      const float v57 = (1.0f / (1.0f + expf(-v48)));
      const float v58 = (v57 * v56);
      const float v742 = (1.0f - v57);
      const float v743 = (v57 * v742);
      const float v745 = (v56 * v56);
      const float v746 = (1.0f - v745);
      const float v751 = (1.0f - v53);
      const float v752 = (v53 * v751);
      const float v756 = (1.0f - v51);
      const float v757 = (v51 * v756);
      const float v759 = (v50 * v50);
      const float v760 = (1.0f - v759);
      ((float *)(base + 285312))[idx] = v50;
      ((float *)(base + 285440))[idx] = v51;
      ((float *)(base + 285568))[idx] = v53;
      ((float *)(base + 285696))[idx] = v55;
      ((float *)(base + 285824))[idx] = v56;
      ((float *)(base + 285952))[idx] = v57;
      ((float *)(base + 206464))[idx] = v58;
      ((float *)(base + 286080))[idx] = v743;
      ((float *)(base + 286208))[idx] = v746;
      ((float *)(base + 286336))[idx] = v752;
      ((float *)(base + 286464))[idx] = v757;
      ((float *)(base + 286592))[idx] = v760;
  }
}

/* train_k9_slice: slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16] */
void train_k9_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v60 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v79 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v98 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205824))[idx] = v60;
      ((float *)(base + 206720))[idx] = v79;
      ((float *)(base + 206848))[idx] = v98;
  }
}

/* train_k10_concat: concat f32[2, 32] */
void train_k10_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v62 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205824))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206464))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 281344))[idx] = v62;
  }
}

/* train_k11_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k11_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a55 = ((float *)(base + 285696))[idx];
      const float v65 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v66 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v67 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v68 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v69 = tanhf(v68);
      const float v70 = (1.0f / (1.0f + expf(-v65)));
      const float v71 = (v70 * v69);
      const float v72 = (1.0f / (1.0f + expf(-v66)));
      const float v73 = (v72 * a55);
      const float v74 = (v73 + v71);
      const float v75 = tanhf(v74);
      const float v76 = (1.0f / (1.0f + expf(-v67)));
      const float v77 = (v76 * v75);
      const float v701 = (1.0f - v76);
      const float v702 = (v76 * v701);
      const float v704 = (v75 * v75);
      const float v705 = (1.0f - v704);
      const float v710 = (1.0f - v72);
      const float v711 = (v72 * v710);
      const float v715 = (1.0f - v70);
      const float v716 = (v70 * v715);
      const float v718 = (v69 * v69);
      const float v719 = (1.0f - v718);
      ((float *)(base + 286720))[idx] = v69;
      ((float *)(base + 286848))[idx] = v70;
      ((float *)(base + 286976))[idx] = v72;
      ((float *)(base + 287104))[idx] = v74;
      ((float *)(base + 287232))[idx] = v75;
      ((float *)(base + 287360))[idx] = v76;
      ((float *)(base + 206976))[idx] = v77;
      ((float *)(base + 287488))[idx] = v702;
      ((float *)(base + 287616))[idx] = v705;
      ((float *)(base + 287744))[idx] = v711;
      ((float *)(base + 287872))[idx] = v716;
      ((float *)(base + 288000))[idx] = v719;
  }
}

/* train_k12_concat: concat f32[2, 32] */
void train_k12_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v81 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206720))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206976))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 281600))[idx] = v81;
  }
}

/* train_k13_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k13_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a74 = ((float *)(base + 287104))[idx];
      const float v84 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v85 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v86 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v87 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v88 = tanhf(v87);
      const float v89 = (1.0f / (1.0f + expf(-v84)));
      const float v90 = (v89 * v88);
      const float v91 = (1.0f / (1.0f + expf(-v85)));
      const float v92 = (v91 * a74);
      const float v93 = (v92 + v90);
      const float v94 = tanhf(v93);
      const float v95 = (1.0f / (1.0f + expf(-v86)));
      const float v96 = (v95 * v94);
      const float v660 = (1.0f - v95);
      const float v661 = (v95 * v660);
      const float v663 = (v94 * v94);
      const float v664 = (1.0f - v663);
      const float v669 = (1.0f - v91);
      const float v670 = (v91 * v669);
      const float v674 = (1.0f - v89);
      const float v675 = (v89 * v674);
      const float v677 = (v88 * v88);
      const float v678 = (1.0f - v677);
      ((float *)(base + 288128))[idx] = v88;
      ((float *)(base + 288256))[idx] = v89;
      ((float *)(base + 288384))[idx] = v91;
      ((float *)(base + 288512))[idx] = v93;
      ((float *)(base + 288640))[idx] = v94;
      ((float *)(base + 288768))[idx] = v95;
      ((float *)(base + 206720))[idx] = v96;
      ((float *)(base + 288896))[idx] = v661;
      ((float *)(base + 289024))[idx] = v664;
      ((float *)(base + 289152))[idx] = v670;
      ((float *)(base + 289280))[idx] = v675;
      ((float *)(base + 289408))[idx] = v678;
  }
}

/* train_k14_concat: concat f32[2, 32] */
void train_k14_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v100 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206848))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206720))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 281856))[idx] = v100;
  }
}

/* train_k15_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k15_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a93 = ((float *)(base + 288512))[idx];
      const float v103 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v104 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v105 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v106 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v107 = tanhf(v106);
      const float v108 = (1.0f / (1.0f + expf(-v103)));
      const float v109 = (v108 * v107);
      const float v110 = (1.0f / (1.0f + expf(-v104)));
      const float v111 = (v110 * a93);
      const float v112 = (v111 + v109);
      const float v113 = tanhf(v112);
      const float v114 = (1.0f / (1.0f + expf(-v105)));
      const float v115 = (v114 * v113);
      const float v619 = (1.0f - v114);
      const float v620 = (v114 * v619);
      const float v622 = (v113 * v113);
      const float v623 = (1.0f - v622);
      const float v628 = (1.0f - v110);
      const float v629 = (v110 * v628);
      const float v633 = (1.0f - v108);
      const float v634 = (v108 * v633);
      const float v636 = (v107 * v107);
      const float v637 = (1.0f - v636);
      ((float *)(base + 289536))[idx] = v107;
      ((float *)(base + 289664))[idx] = v108;
      ((float *)(base + 289792))[idx] = v110;
      ((float *)(base + 289920))[idx] = v112;
      ((float *)(base + 290048))[idx] = v113;
      ((float *)(base + 290176))[idx] = v114;
      ((float *)(base + 206848))[idx] = v115;
      ((float *)(base + 290304))[idx] = v620;
      ((float *)(base + 290432))[idx] = v623;
      ((float *)(base + 290560))[idx] = v629;
      ((float *)(base + 290688))[idx] = v634;
      ((float *)(base + 290816))[idx] = v637;
  }
}

/* train_k16_slice: slice f32[2, 1, 16], slice f32[2, 1, 16] */
void train_k16_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v117 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v136 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205824))[idx] = v117;
      ((float *)(base + 207104))[idx] = v136;
  }
}

/* train_k17_concat: concat f32[2, 32] */
void train_k17_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v119 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205824))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206848))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 282112))[idx] = v119;
  }
}

/* train_k18_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k18_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a112 = ((float *)(base + 289920))[idx];
      const float v122 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v123 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v124 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v125 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v126 = tanhf(v125);
      const float v127 = (1.0f / (1.0f + expf(-v122)));
      const float v128 = (v127 * v126);
      const float v129 = (1.0f / (1.0f + expf(-v123)));
      const float v130 = (v129 * a112);
      const float v131 = (v130 + v128);
      const float v132 = tanhf(v131);
      const float v133 = (1.0f / (1.0f + expf(-v124)));
      const float v134 = (v133 * v132);
      const float v578 = (1.0f - v133);
      const float v579 = (v133 * v578);
      const float v581 = (v132 * v132);
      const float v582 = (1.0f - v581);
      const float v587 = (1.0f - v129);
      const float v588 = (v129 * v587);
      const float v592 = (1.0f - v127);
      const float v593 = (v127 * v592);
      const float v595 = (v126 * v126);
      const float v596 = (1.0f - v595);
      ((float *)(base + 290944))[idx] = v126;
      ((float *)(base + 291072))[idx] = v127;
      ((float *)(base + 291200))[idx] = v129;
      ((float *)(base + 291328))[idx] = v131;
      ((float *)(base + 291456))[idx] = v132;
      ((float *)(base + 291584))[idx] = v133;
      ((float *)(base + 207232))[idx] = v134;
      ((float *)(base + 291712))[idx] = v579;
      ((float *)(base + 291840))[idx] = v582;
      ((float *)(base + 291968))[idx] = v588;
      ((float *)(base + 292096))[idx] = v593;
      ((float *)(base + 292224))[idx] = v596;
  }
}

/* train_k19_concat: concat f32[2, 32] */
void train_k19_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v138 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 207104))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 207232))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 282368))[idx] = v138;
  }
}

/* train_k20_sub: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16], sub f32[2, 16], mul f32[2, 16], sub f32[2, 16], mul f32[2, 16], mul f32[2, 16], sub f32[2, 16] */
void train_k20_sub(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a131 = ((float *)(base + 291328))[idx];
      const float v141 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v142 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v143 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v144 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v145 = tanhf(v144);
      const float v146 = (1.0f / (1.0f + expf(-v141)));
      const float v147 = (v146 * v145);
      const float v148 = (1.0f / (1.0f + expf(-v142)));
      const float v149 = (v148 * a131);
      const float v150 = (v149 + v147);
      const float v151 = tanhf(v150);
      const float v152 = (1.0f / (1.0f + expf(-v143)));
      const float v153 = (v152 * v151);
      const float v540 = (1.0f - v152);
      const float v541 = (v152 * v540);
      const float v543 = (v151 * v151);
      const float v544 = (1.0f - v543);
      const float v548 = (1.0f - v148);
      const float v549 = (v148 * v548);
      const float v553 = (1.0f - v146);
      const float v554 = (v146 * v553);
      const float v556 = (v145 * v145);
      const float v557 = (1.0f - v556);
      ((float *)(base + 292352))[idx] = v145;
      ((float *)(base + 292480))[idx] = v146;
      ((float *)(base + 292608))[idx] = v148;
      ((float *)(base + 292736))[idx] = v151;
      ((float *)(base + 292864))[idx] = v152;
      ((float *)(base + 207104))[idx] = v153;
      ((float *)(base + 292992))[idx] = v541;
      ((float *)(base + 293120))[idx] = v544;
      ((float *)(base + 293248))[idx] = v549;
      ((float *)(base + 293376))[idx] = v554;
      ((float *)(base + 293504))[idx] = v557;
  }
}

/* train_k21_rowsum: concat f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k21_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc161 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float v155 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 206592))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 206336))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 206464))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 206976))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 206720))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 206848))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 207232))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 207104))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v156 = (a3 + v155);
      const float v158 = g23_dropout(v156, a157, 0LL, idx, 0.1f);
      acc161 = acc161 + v158;
    }
      const float v161 = (float)acc161;
      const float v163 = (v161 * 0.0625f);
    double acc166 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float v155 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 206592))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 206336))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 206464))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 206976))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 206720))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 206848))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 207232))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 207104))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v156 = (a3 + v155);
      const float v158 = g23_dropout(v156, a157, 0LL, idx, 0.1f);
      const float v164 = (v158 - v163);
      const float v165 = (v164 * v164);
      acc166 = acc166 + v165;
    }
      const float v166 = (float)acc166;
      const float v167 = (v166 * 0.0625f);
      const float v169 = (v167 + 1e-05f);
      const float v170 = (1.0f / sqrtf(v169));
      const float v513 = (v170 * v170);
      const float v514 = (v513 * v170);
      const float v515 = (v514 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a159 = ((float *)(base + 24832))[(idx % 16LL)];
      const float a160 = ((float *)(base + 24896))[(idx % 16LL)];
      const float v155 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 206592))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 206336))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 206464))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 206976))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 206720))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 206848))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 207232))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 207104))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v156 = (a3 + v155);
      const float v158 = g23_dropout(v156, a157, 0LL, idx, 0.1f);
      const float v164 = (v158 - v163);
      const float v171 = (v164 * v170);
      const float v172 = (v171 * a159);
      const float v173 = (v172 + a160);
      ((float *)(base + 207872))[idx] = v158;
      ((float *)(base + 253952))[idx] = v164;
      ((float *)(base + 254976))[idx] = v171;
      ((float *)(base + 256000))[idx] = v173;
    }
    {
      ((float *)(base + 294208))[r] = v170;
      ((float *)(base + 294272))[r] = v515;
    }
  }
}

/* train_k22_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k22_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v178 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v179 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v180 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 208896))[idx] = v178;
      ((float *)(base + 209920))[idx] = v179;
      ((float *)(base + 210944))[idx] = v180;
  }
}

/* train_k23_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k23_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v182 = ((float *)(base + 208896))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v184 = ((float *)(base + 209920))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v186 = ((float *)(base + 210944))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 257024))[idx] = v182;
      ((float *)(base + 258048))[idx] = v184;
      ((float *)(base + 259072))[idx] = v186;
  }
}

/* train_k24_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k24_attention(char *base) {
  const float *Q = (const float *)(base + 257024); (void)Q;
  const float *K = (const float *)(base + 258048); (void)K;
  const float *V = (const float *)(base + 259072); (void)V;
  const int32_t *P = (const int32_t *)(base + 293824); (void)P;
  float *out = (float *)(base + 260096); (void)out;
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

/* train_k25_permute: permute f32[2, 8, 2, 8] */
void train_k25_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v189 = ((float *)(base + 260096))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 261120))[idx] = v189;
  }
}

/* train_k26_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k26_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc199 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a194 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a158 = ((float *)(base + 207872))[idx];
      const float v195 = g23_dropout(a194, a157, 1LL, idx, 0.1f);
      const float v196 = (a158 + v195);
      acc199 = acc199 + v196;
    }
      const float v199 = (float)acc199;
      const float v200 = (v199 * 0.0625f);
    double acc203 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a194 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a158 = ((float *)(base + 207872))[idx];
      const float v195 = g23_dropout(a194, a157, 1LL, idx, 0.1f);
      const float v196 = (a158 + v195);
      const float v201 = (v196 - v200);
      const float v202 = (v201 * v201);
      acc203 = acc203 + v202;
    }
      const float v203 = (float)acc203;
      const float v204 = (v203 * 0.0625f);
      const float v205 = (v204 + 1e-05f);
      const float v206 = (1.0f / sqrtf(v205));
      const float v460 = (v206 * v206);
      const float v461 = (v460 * v206);
      const float v462 = (v461 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a194 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a158 = ((float *)(base + 207872))[idx];
      const float a197 = ((float *)(base + 29312))[(idx % 16LL)];
      const float a198 = ((float *)(base + 29376))[(idx % 16LL)];
      const float v195 = g23_dropout(a194, a157, 1LL, idx, 0.1f);
      const float v196 = (a158 + v195);
      const float v201 = (v196 - v200);
      const float v207 = (v201 * v206);
      const float v208 = (v207 * a197);
      const float v209 = (v208 + a198);
      ((float *)(base + 205824))[idx] = v196;
      ((float *)(base + 262144))[idx] = v201;
      ((float *)(base + 263168))[idx] = v207;
      ((float *)(base + 264192))[idx] = v209;
    }
    {
      ((float *)(base + 294336))[r] = v206;
      ((float *)(base + 294400))[r] = v462;
    }
  }
}

/* train_k27_gelu: gelu f32[2, 8, 64] */
void train_k27_gelu(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a213 = ((float *)(base + 237568))[idx];
      const float v214 = g23_gelu(a213);
      ((float *)(base + 241664))[idx] = v214;
  }
}

/* train_k28_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k28_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc223 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a218 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a196 = ((float *)(base + 205824))[idx];
      const float v219 = g23_dropout(a218, a157, 2LL, idx, 0.1f);
      const float v220 = (a196 + v219);
      acc223 = acc223 + v220;
    }
      const float v223 = (float)acc223;
      const float v224 = (v223 * 0.0625f);
    double acc227 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a218 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a196 = ((float *)(base + 205824))[idx];
      const float v219 = g23_dropout(a218, a157, 2LL, idx, 0.1f);
      const float v220 = (a196 + v219);
      const float v225 = (v220 - v224);
      const float v226 = (v225 * v225);
      acc227 = acc227 + v226;
    }
      const float v227 = (float)acc227;
      const float v228 = (v227 * 0.0625f);
      const float v229 = (v228 + 1e-05f);
      const float v230 = (1.0f / sqrtf(v229));
      const float v425 = (v230 * v230);
      const float v426 = (v425 * v230);
      const float v427 = (v426 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a218 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a196 = ((float *)(base + 205824))[idx];
      const float a221 = ((float *)(base + 37952))[(idx % 16LL)];
      const float a222 = ((float *)(base + 38016))[(idx % 16LL)];
      const float v219 = g23_dropout(a218, a157, 2LL, idx, 0.1f);
      const float v220 = (a196 + v219);
      const float v225 = (v220 - v224);
      const float v231 = (v225 * v230);
      const float v232 = (v231 * a221);
      const float v233 = (v232 + a222);
      ((float *)(base + 207872))[idx] = v220;
      ((float *)(base + 265216))[idx] = v225;
      ((float *)(base + 266240))[idx] = v231;
      ((float *)(base + 267264))[idx] = v233;
    }
    {
      ((float *)(base + 294464))[r] = v230;
      ((float *)(base + 294528))[r] = v427;
    }
  }
}

/* train_k29_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void train_k29_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v238 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v239 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v240 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 208896))[idx] = v238;
      ((float *)(base + 209920))[idx] = v239;
      ((float *)(base + 210944))[idx] = v240;
  }
}

/* train_k30_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void train_k30_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v242 = ((float *)(base + 208896))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v244 = ((float *)(base + 209920))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v246 = ((float *)(base + 210944))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 268288))[idx] = v242;
      ((float *)(base + 269312))[idx] = v244;
      ((float *)(base + 270336))[idx] = v246;
  }
}

/* train_k31_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void train_k31_attention(char *base) {
  const float *Q = (const float *)(base + 268288); (void)Q;
  const float *K = (const float *)(base + 269312); (void)K;
  const float *V = (const float *)(base + 270336); (void)V;
  const int32_t *P = (const int32_t *)(base + 293824); (void)P;
  float *out = (float *)(base + 271360); (void)out;
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

/* train_k32_permute: permute f32[2, 8, 2, 8] */
void train_k32_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v248 = ((float *)(base + 271360))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 272384))[idx] = v248;
  }
}

/* train_k33_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k33_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc258 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a253 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a220 = ((float *)(base + 207872))[idx];
      const float v254 = g23_dropout(a253, a157, 3LL, idx, 0.1f);
      const float v255 = (a220 + v254);
      acc258 = acc258 + v255;
    }
      const float v258 = (float)acc258;
      const float v259 = (v258 * 0.0625f);
    double acc262 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a253 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a220 = ((float *)(base + 207872))[idx];
      const float v254 = g23_dropout(a253, a157, 3LL, idx, 0.1f);
      const float v255 = (a220 + v254);
      const float v260 = (v255 - v259);
      const float v261 = (v260 * v260);
      acc262 = acc262 + v261;
    }
      const float v262 = (float)acc262;
      const float v263 = (v262 * 0.0625f);
      const float v264 = (v263 + 1e-05f);
      const float v265 = (1.0f / sqrtf(v264));
      const float v372 = (v265 * v265);
      const float v373 = (v372 * v265);
      const float v374 = (v373 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a253 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a220 = ((float *)(base + 207872))[idx];
      const float a256 = ((float *)(base + 42432))[(idx % 16LL)];
      const float a257 = ((float *)(base + 42496))[(idx % 16LL)];
      const float v254 = g23_dropout(a253, a157, 3LL, idx, 0.1f);
      const float v255 = (a220 + v254);
      const float v260 = (v255 - v259);
      const float v266 = (v260 * v265);
      const float v267 = (v266 * a256);
      const float v268 = (v267 + a257);
      ((float *)(base + 205824))[idx] = v255;
      ((float *)(base + 273408))[idx] = v260;
      ((float *)(base + 274432))[idx] = v266;
      ((float *)(base + 275456))[idx] = v268;
    }
    {
      ((float *)(base + 294592))[r] = v265;
      ((float *)(base + 294656))[r] = v374;
    }
  }
}

/* train_k34_gelu: gelu f32[2, 8, 64] */
void train_k34_gelu(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a272 = ((float *)(base + 245760))[idx];
      const float v273 = g23_gelu(a272);
      ((float *)(base + 249856))[idx] = v273;
  }
}

/* train_k35_rowsum: dropout f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], mul f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1] */
void train_k35_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc282 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a277 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a255 = ((float *)(base + 205824))[idx];
      const float v278 = g23_dropout(a277, a157, 4LL, idx, 0.1f);
      const float v279 = (a255 + v278);
      acc282 = acc282 + v279;
    }
      const float v282 = (float)acc282;
      const float v283 = (v282 * 0.0625f);
    double acc286 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a277 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a255 = ((float *)(base + 205824))[idx];
      const float v278 = g23_dropout(a277, a157, 4LL, idx, 0.1f);
      const float v279 = (a255 + v278);
      const float v284 = (v279 - v283);
      const float v285 = (v284 * v284);
      acc286 = acc286 + v285;
    }
      const float v286 = (float)acc286;
      const float v287 = (v286 * 0.0625f);
      const float v288 = (v287 + 1e-05f);
      const float v289 = (1.0f / sqrtf(v288));
      const float v337 = (v289 * v289);
      const float v338 = (v337 * v289);
      const float v340 = (v338 * (-0.5f));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a277 = ((float *)(base + 204800))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float a255 = ((float *)(base + 205824))[idx];
      const float a280 = ((float *)(base + 51072))[(idx % 16LL)];
      const float a281 = ((float *)(base + 51136))[(idx % 16LL)];
      const float v278 = g23_dropout(a277, a157, 4LL, idx, 0.1f);
      const float v279 = (a255 + v278);
      const float v284 = (v279 - v283);
      const float v290 = (v284 * v289);
      const float v291 = (v290 * a280);
      const float v292 = (v291 + a281);
      ((float *)(base + 276480))[idx] = v284;
      ((float *)(base + 277504))[idx] = v290;
      ((float *)(base + 278528))[idx] = v292;
    }
    {
      ((float *)(base + 294720))[r] = v289;
      ((float *)(base + 294784))[r] = v340;
    }
  }
}

/* train_k36_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1], mul f32[2, 8, 256], div f32[2, 8, 1], expand f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256], neg f32[2, 8, 256], sum f32[2, 8, 1], add f32[2, 8, 1], lt f32[2, 8, 256], sub f32[2, 8, 256], sum f32[2, 8, 1], div f32[2, 8, 256], mul f32[2, 8, 256], add f32[2, 8, 256] */
void train_k36_rowmax(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc294 = -G23_INF;
    double acc303 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a300 = ((int32_t *)(base + 293696))[(idx / 256LL)];
      const float a293 = ((float *)(base + 204800))[idx];
      const float v301 = (float)(col == (int64_t)a300);
      const float v302 = (a293 * v301);
      acc294 = fmax(acc294, a293);
      acc303 = acc303 + v302;
    }
      const float v294 = (float)acc294;
      const float v303 = (float)acc303;
    double acc297 = 0.0f;
    double acc322 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a293 = ((float *)(base + 204800))[idx];
      const float v295 = (a293 - v294);
      const float v296 = expf(v295);
      const float v319 = (float)(a293 < v294);
      const float v321 = (1.0f - v319);
      acc297 = acc297 + v296;
      acc322 = acc322 + v321;
    }
      const float v297 = (float)acc297;
      const float v298 = logf(v297);
      const float v299 = (v298 + v294);
      const float v304 = (v299 - v303);
      const float v312 = (0.0625f / v297);
      const float v322 = (float)acc322;
    double acc317 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a293 = ((float *)(base + 204800))[idx];
      const float v295 = (a293 - v294);
      const float v296 = expf(v295);
      const float v313 = v312;
      const float v314 = (v313 * v296);
      const float v316 = (-v314);
      acc317 = acc317 + v316;
    }
      const float v317 = (float)acc317;
      const float v318 = (0.0625f + v317);
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a293 = ((float *)(base + 204800))[idx];
      const int32_t a300 = ((int32_t *)(base + 293696))[(idx / 256LL)];
      const float v295 = (a293 - v294);
      const float v296 = expf(v295);
      const float v301 = (float)(col == (int64_t)a300);
      const float v311 = ((-0.0625f) * v301);
      const float v313 = v312;
      const float v314 = (v313 * v296);
      const float v315 = (v311 + v314);
      const float v319 = (float)(a293 < v294);
      const float v321 = (1.0f - v319);
      const float v323 = (v321 / v322);
      const float v324 = (v318 * v323);
      const float v325 = (v315 + v324);
      ((float *)(base + 221184))[idx] = v325;
    }
    {
      ((float *)(base + 279552))[r] = v304;
    }
  }
}

/* train_k37_rowsum: sum f32[1], mul f32[1] */
void train_k37_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc306 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a305 = ((float *)(base + 279552))[idx];
      acc306 = acc306 + a305;
    }
      const float v306 = (float)acc306;
      const float v307 = (v306 * 0.0625f);
    {
      ((float *)(base + 294848))[r] = v307;
    }
  }
}

/* train_k38_reduce_to: reduce_to f32[16] */
void train_k38_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 279552))[ii];
      }
      ((float *)(base + 51200))[idx] = acc;
  }
}

/* train_k39_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k39_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc336 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a326 = ((float *)(base + 279552))[idx];
      const float a280 = ((float *)(base + 51072))[(idx % 16LL)];
      const float a284 = ((float *)(base + 276480))[idx];
      const float v331 = (a326 * a280);
      const float v335 = (v331 * a284);
      acc336 = acc336 + v335;
    }
      const float b340 = ((float *)(base + 294784))[r];
      const float v336 = (float)acc336;
      const float v341 = (v336 * b340);
      const float v342 = (v341 * 0.0625f);
    double acc348 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a326 = ((float *)(base + 279552))[idx];
      const float a280 = ((float *)(base + 51072))[(idx % 16LL)];
      const float a289 = ((float *)(base + 294720))[(idx / 16LL)];
      const float a284 = ((float *)(base + 276480))[idx];
      const float v331 = (a326 * a280);
      const float v334 = (v331 * a289);
      const float v343 = v342;
      const float v344 = (v343 * a284);
      const float v345 = (v334 + v344);
      const float v346 = (v345 + v344);
      const float v347 = (-v346);
      acc348 = acc348 + v347;
    }
      const float v348 = (float)acc348;
      const float v349 = (v348 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a326 = ((float *)(base + 279552))[idx];
      const float a280 = ((float *)(base + 51072))[(idx % 16LL)];
      const float a290 = ((float *)(base + 277504))[idx];
      const float a289 = ((float *)(base + 294720))[(idx / 16LL)];
      const float a284 = ((float *)(base + 276480))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float v331 = (a326 * a280);
      const float v332 = (a326 * a290);
      const float v334 = (v331 * a289);
      const float v343 = v342;
      const float v344 = (v343 * a284);
      const float v345 = (v334 + v344);
      const float v346 = (v345 + v344);
      const float v350 = v349;
      const float v351 = (v346 + v350);
      const float v352 = g23_dropout(v351, a157, 4LL, idx, 0.1f);
      ((float *)(base + 221184))[idx] = v332;
      ((float *)(base + 229376))[idx] = v351;
      ((float *)(base + 225280))[idx] = v352;
    }
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
        acc += ((float *)(base + 221184))[ii];
      }
      ((float *)(base + 51264))[idx] = acc;
  }
}

/* train_k41_reduce_to: reduce_to f32[16] */
void train_k41_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 225280))[ii];
      }
      ((float *)(base + 51328))[idx] = acc;
  }
}

/* train_k42_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k42_mul(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a272 = ((float *)(base + 245760))[idx];
      const float a354 = ((float *)(base + 221184))[idx];
      const float v358 = g23_gelu_grad(a272);
      const float v359 = (a354 * v358);
      ((float *)(base + 225280))[idx] = v359;
  }
}

/* train_k43_reduce_to: reduce_to f32[64] */
void train_k43_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 225280))[ii];
      }
      ((float *)(base + 55488))[idx] = acc;
  }
}

/* train_k44_reduce_to: reduce_to f32[16] */
void train_k44_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 221184))[ii];
      }
      ((float *)(base + 59840))[idx] = acc;
  }
}

/* train_k45_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k45_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc371 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a361 = ((float *)(base + 221184))[idx];
      const float a256 = ((float *)(base + 42432))[(idx % 16LL)];
      const float a260 = ((float *)(base + 273408))[idx];
      const float v366 = (a361 * a256);
      const float v370 = (v366 * a260);
      acc371 = acc371 + v370;
    }
      const float b374 = ((float *)(base + 294656))[r];
      const float v371 = (float)acc371;
      const float v375 = (v371 * b374);
      const float v376 = (v375 * 0.0625f);
    double acc383 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a361 = ((float *)(base + 221184))[idx];
      const float a256 = ((float *)(base + 42432))[(idx % 16LL)];
      const float a265 = ((float *)(base + 294592))[(idx / 16LL)];
      const float a260 = ((float *)(base + 273408))[idx];
      const float v366 = (a361 * a256);
      const float v369 = (v366 * a265);
      const float v377 = v376;
      const float v378 = (v377 * a260);
      const float v379 = (v369 + v378);
      const float v380 = (v379 + v378);
      const float v382 = (-v380);
      acc383 = acc383 + v382;
    }
      const float v383 = (float)acc383;
      const float v384 = (v383 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a361 = ((float *)(base + 221184))[idx];
      const float a256 = ((float *)(base + 42432))[(idx % 16LL)];
      const float a266 = ((float *)(base + 274432))[idx];
      const float a265 = ((float *)(base + 294592))[(idx / 16LL)];
      const float a260 = ((float *)(base + 273408))[idx];
      const float a351 = ((float *)(base + 229376))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float v366 = (a361 * a256);
      const float v367 = (a361 * a266);
      const float v369 = (v366 * a265);
      const float v377 = v376;
      const float v378 = (v377 * a260);
      const float v379 = (v369 + v378);
      const float v380 = (v379 + v378);
      const float v381 = (a351 + v380);
      const float v385 = v384;
      const float v386 = (v381 + v385);
      const float v387 = g23_dropout(v386, a157, 3LL, idx, 0.1f);
      ((float *)(base + 222208))[idx] = v367;
      ((float *)(base + 224256))[idx] = v386;
      ((float *)(base + 223232))[idx] = v387;
    }
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
        acc += ((float *)(base + 222208))[ii];
      }
      ((float *)(base + 59904))[idx] = acc;
  }
}

/* train_k47_reduce_to: reduce_to f32[16] */
void train_k47_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 223232))[ii];
      }
      ((float *)(base + 59968))[idx] = acc;
  }
}

/* train_k48_permute: permute f32[2, 2, 8, 8] */
void train_k48_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v394 = ((float *)(base + 221184))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 225280))[idx] = v394;
  }
}

/* train_k49_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k49_attention_dq(char *base) {
  const float *Q = (const float *)(base + 268288); (void)Q;
  const float *K = (const float *)(base + 269312); (void)K;
  const float *V = (const float *)(base + 270336); (void)V;
  const int32_t *P = (const int32_t *)(base + 293824); (void)P;
  const float *O = (const float *)(base + 271360); (void)O;
  const float *dO = (const float *)(base + 225280); (void)dO;
  float *out = (float *)(base + 221184); (void)out;
  float *tmp = (float *)(base + 226304); (void)tmp;
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

/* train_k50_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k50_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 268288); (void)Q;
  const float *K = (const float *)(base + 269312); (void)K;
  const float *V = (const float *)(base + 270336); (void)V;
  const int32_t *P = (const int32_t *)(base + 293824); (void)P;
  const float *O = (const float *)(base + 271360); (void)O;
  const float *dO = (const float *)(base + 225280); (void)dO;
  float *out = (float *)(base + 221184); (void)out;
  float *tmp = (float *)(base + 226304); (void)tmp;
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

/* train_k51_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k51_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v396 = ((float *)(base + 221184))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v398 = ((float *)(base + 221184))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v400 = ((float *)(base + 221184))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 225280))[idx] = v396;
      ((float *)(base + 226304))[idx] = v398;
      ((float *)(base + 227328))[idx] = v400;
  }
}

/* train_k52_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k52_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v402 = ((float *)(base + 227328))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v404 = ((float *)(base + 226304))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v406 = ((float *)(base + 225280))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 228352))[idx] = v402;
      ((float *)(base + 229376))[idx] = v404;
      ((float *)(base + 230400))[idx] = v406;
  }
}

/* train_k53_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k53_add(char *base) {
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v408 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 228352))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v409 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 229376))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v410 = (v408 + v409);
      const float v411 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 230400))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v412 = (v410 + v411);
      ((float *)(base + 221184))[idx] = v412;
  }
}

/* train_k54_reduce_to: reduce_to f32[48] */
void train_k54_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 221184))[ii];
      }
      ((float *)(base + 61056))[idx] = acc;
  }
}

/* train_k55_reduce_to: reduce_to f32[16] */
void train_k55_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 225280))[ii];
      }
      ((float *)(base + 64320))[idx] = acc;
  }
}

/* train_k56_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k56_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc424 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a414 = ((float *)(base + 225280))[idx];
      const float a221 = ((float *)(base + 37952))[(idx % 16LL)];
      const float a225 = ((float *)(base + 265216))[idx];
      const float v419 = (a414 * a221);
      const float v423 = (v419 * a225);
      acc424 = acc424 + v423;
    }
      const float b427 = ((float *)(base + 294528))[r];
      const float v424 = (float)acc424;
      const float v428 = (v424 * b427);
      const float v429 = (v428 * 0.0625f);
    double acc436 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a414 = ((float *)(base + 225280))[idx];
      const float a221 = ((float *)(base + 37952))[(idx % 16LL)];
      const float a230 = ((float *)(base + 294464))[(idx / 16LL)];
      const float a225 = ((float *)(base + 265216))[idx];
      const float v419 = (a414 * a221);
      const float v422 = (v419 * a230);
      const float v430 = v429;
      const float v431 = (v430 * a225);
      const float v432 = (v422 + v431);
      const float v433 = (v432 + v431);
      const float v435 = (-v433);
      acc436 = acc436 + v435;
    }
      const float v436 = (float)acc436;
      const float v437 = (v436 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a414 = ((float *)(base + 225280))[idx];
      const float a221 = ((float *)(base + 37952))[(idx % 16LL)];
      const float a231 = ((float *)(base + 266240))[idx];
      const float a230 = ((float *)(base + 294464))[(idx / 16LL)];
      const float a225 = ((float *)(base + 265216))[idx];
      const float a386 = ((float *)(base + 224256))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float v419 = (a414 * a221);
      const float v420 = (a414 * a231);
      const float v422 = (v419 * a230);
      const float v430 = v429;
      const float v431 = (v430 * a225);
      const float v432 = (v422 + v431);
      const float v433 = (v432 + v431);
      const float v434 = (a386 + v433);
      const float v438 = v437;
      const float v439 = (v434 + v438);
      const float v440 = g23_dropout(v439, a157, 2LL, idx, 0.1f);
      ((float *)(base + 221184))[idx] = v420;
      ((float *)(base + 229376))[idx] = v439;
      ((float *)(base + 226304))[idx] = v440;
    }
  }
}

/* train_k57_reduce_to: reduce_to f32[16] */
void train_k57_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 221184))[ii];
      }
      ((float *)(base + 64384))[idx] = acc;
  }
}

/* train_k58_reduce_to: reduce_to f32[16] */
void train_k58_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 226304))[ii];
      }
      ((float *)(base + 64448))[idx] = acc;
  }
}

/* train_k59_mul: gelu_grad f32[2, 8, 64], mul f32[2, 8, 64] */
void train_k59_mul(char *base) {
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a213 = ((float *)(base + 237568))[idx];
      const float a442 = ((float *)(base + 221184))[idx];
      const float v446 = g23_gelu_grad(a213);
      const float v447 = (a442 * v446);
      ((float *)(base + 225280))[idx] = v447;
  }
}

/* train_k60_reduce_to: reduce_to f32[64] */
void train_k60_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 512LL + (j / 1LL % 8LL) * 64LL;
        acc += ((float *)(base + 225280))[ii];
      }
      ((float *)(base + 68608))[idx] = acc;
  }
}

/* train_k61_reduce_to: reduce_to f32[16] */
void train_k61_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 221184))[ii];
      }
      ((float *)(base + 72960))[idx] = acc;
  }
}

/* train_k62_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k62_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc459 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a449 = ((float *)(base + 221184))[idx];
      const float a197 = ((float *)(base + 29312))[(idx % 16LL)];
      const float a201 = ((float *)(base + 262144))[idx];
      const float v454 = (a449 * a197);
      const float v458 = (v454 * a201);
      acc459 = acc459 + v458;
    }
      const float b462 = ((float *)(base + 294400))[r];
      const float v459 = (float)acc459;
      const float v463 = (v459 * b462);
      const float v464 = (v463 * 0.0625f);
    double acc471 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a449 = ((float *)(base + 221184))[idx];
      const float a197 = ((float *)(base + 29312))[(idx % 16LL)];
      const float a206 = ((float *)(base + 294336))[(idx / 16LL)];
      const float a201 = ((float *)(base + 262144))[idx];
      const float v454 = (a449 * a197);
      const float v457 = (v454 * a206);
      const float v465 = v464;
      const float v466 = (v465 * a201);
      const float v467 = (v457 + v466);
      const float v468 = (v467 + v466);
      const float v470 = (-v468);
      acc471 = acc471 + v470;
    }
      const float v471 = (float)acc471;
      const float v472 = (v471 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a449 = ((float *)(base + 221184))[idx];
      const float a197 = ((float *)(base + 29312))[(idx % 16LL)];
      const float a207 = ((float *)(base + 263168))[idx];
      const float a206 = ((float *)(base + 294336))[(idx / 16LL)];
      const float a201 = ((float *)(base + 262144))[idx];
      const float a439 = ((float *)(base + 229376))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float v454 = (a449 * a197);
      const float v455 = (a449 * a207);
      const float v457 = (v454 * a206);
      const float v465 = v464;
      const float v466 = (v465 * a201);
      const float v467 = (v457 + v466);
      const float v468 = (v467 + v466);
      const float v469 = (a439 + v468);
      const float v473 = v472;
      const float v474 = (v469 + v473);
      const float v475 = g23_dropout(v474, a157, 1LL, idx, 0.1f);
      ((float *)(base + 222208))[idx] = v455;
      ((float *)(base + 224256))[idx] = v474;
      ((float *)(base + 223232))[idx] = v475;
    }
  }
}

/* train_k63_reduce_to: reduce_to f32[16] */
void train_k63_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 222208))[ii];
      }
      ((float *)(base + 73024))[idx] = acc;
  }
}

/* train_k64_reduce_to: reduce_to f32[16] */
void train_k64_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 223232))[ii];
      }
      ((float *)(base + 73088))[idx] = acc;
  }
}

/* train_k65_permute: permute f32[2, 2, 8, 8] */
void train_k65_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v482 = ((float *)(base + 221184))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 225280))[idx] = v482;
  }
}

/* train_k66_attention_dq: attention_backward dq and row statistics: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k66_attention_dq(char *base) {
  const float *Q = (const float *)(base + 257024); (void)Q;
  const float *K = (const float *)(base + 258048); (void)K;
  const float *V = (const float *)(base + 259072); (void)V;
  const int32_t *P = (const int32_t *)(base + 293824); (void)P;
  const float *O = (const float *)(base + 260096); (void)O;
  const float *dO = (const float *)(base + 225280); (void)dO;
  float *out = (float *)(base + 221184); (void)out;
  float *tmp = (float *)(base + 226304); (void)tmp;
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

/* train_k67_attention_dkdv: attention_backward dk and dv: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [3, 2, 2, 8, 8] */
void train_k67_attention_dkdv(char *base) {
  const float *Q = (const float *)(base + 257024); (void)Q;
  const float *K = (const float *)(base + 258048); (void)K;
  const float *V = (const float *)(base + 259072); (void)V;
  const int32_t *P = (const int32_t *)(base + 293824); (void)P;
  const float *O = (const float *)(base + 260096); (void)O;
  const float *dO = (const float *)(base + 225280); (void)dO;
  float *out = (float *)(base + 221184); (void)out;
  float *tmp = (float *)(base + 226304); (void)tmp;
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

/* train_k68_slice: slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8], slice f32[1, 2, 2, 8, 8] */
void train_k68_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v484 = ((float *)(base + 221184))[0 + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v486 = ((float *)(base + 221184))[0 + ((idx / 256LL) + 1LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v488 = ((float *)(base + 221184))[0 + ((idx / 256LL) + 2LL) * 256LL + ((idx / 128LL % 2LL)) * 128LL + ((idx / 64LL % 2LL)) * 64LL + ((idx / 8LL % 8LL)) * 8LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 225280))[idx] = v484;
      ((float *)(base + 226304))[idx] = v486;
      ((float *)(base + 227328))[idx] = v488;
  }
}

/* train_k69_permute: permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8], permute f32[2, 8, 2, 8] */
void train_k69_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v490 = ((float *)(base + 227328))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v492 = ((float *)(base + 226304))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v494 = ((float *)(base + 225280))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 228352))[idx] = v490;
      ((float *)(base + 229376))[idx] = v492;
      ((float *)(base + 230400))[idx] = v494;
  }
}

/* train_k70_add: pad f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48], pad f32[2, 8, 48], add f32[2, 8, 48] */
void train_k70_add(char *base) {
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float v496 = ((uint64_t)((idx / 1LL % 48LL) - 32LL) < 16ULL ? ((float *)(base + 228352))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -32LL) * 1LL] : (float)0);
      const float v497 = ((uint64_t)((idx / 1LL % 48LL) - 16LL) < 16ULL ? ((float *)(base + 229376))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL) + -16LL) * 1LL] : (float)0);
      const float v498 = (v496 + v497);
      const float v499 = ((uint64_t)((idx / 1LL % 48LL) - 0LL) < 16ULL ? ((float *)(base + 230400))[0 + ((idx / 384LL)) * 128LL + ((idx / 48LL % 8LL)) * 16LL + ((idx / 1LL % 48LL)) * 1LL] : (float)0);
      const float v500 = (v498 + v499);
      ((float *)(base + 221184))[idx] = v500;
  }
}

/* train_k71_reduce_to: reduce_to f32[48] */
void train_k71_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 384LL + (j / 1LL % 8LL) * 48LL;
        acc += ((float *)(base + 221184))[ii];
      }
      ((float *)(base + 74176))[idx] = acc;
  }
}

/* train_k72_reduce_to: reduce_to f32[16] */
void train_k72_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 225280))[ii];
      }
      ((float *)(base + 77440))[idx] = acc;
  }
}

/* train_k73_rowsum: mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], add f32[2, 8, 16], neg f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], expand f32[2, 8, 16], add f32[2, 8, 16], dropout f32[2, 8, 16] */
void train_k73_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc512 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a502 = ((float *)(base + 225280))[idx];
      const float a159 = ((float *)(base + 24832))[(idx % 16LL)];
      const float a164 = ((float *)(base + 253952))[idx];
      const float v507 = (a502 * a159);
      const float v511 = (v507 * a164);
      acc512 = acc512 + v511;
    }
      const float b515 = ((float *)(base + 294272))[r];
      const float v512 = (float)acc512;
      const float v516 = (v512 * b515);
      const float v517 = (v516 * 0.0625f);
    double acc524 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a502 = ((float *)(base + 225280))[idx];
      const float a159 = ((float *)(base + 24832))[(idx % 16LL)];
      const float a170 = ((float *)(base + 294208))[(idx / 16LL)];
      const float a164 = ((float *)(base + 253952))[idx];
      const float v507 = (a502 * a159);
      const float v510 = (v507 * a170);
      const float v518 = v517;
      const float v519 = (v518 * a164);
      const float v520 = (v510 + v519);
      const float v521 = (v520 + v519);
      const float v523 = (-v521);
      acc524 = acc524 + v523;
    }
      const float v524 = (float)acc524;
      const float v525 = (v524 * 0.0625f);
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a502 = ((float *)(base + 225280))[idx];
      const float a159 = ((float *)(base + 24832))[(idx % 16LL)];
      const float a171 = ((float *)(base + 254976))[idx];
      const float a170 = ((float *)(base + 294208))[(idx / 16LL)];
      const float a164 = ((float *)(base + 253952))[idx];
      const float a474 = ((float *)(base + 224256))[idx];
      const int32_t a157 = ((int32_t *)(base + 293760))[0];
      const float v507 = (a502 * a159);
      const float v508 = (a502 * a171);
      const float v510 = (v507 * a170);
      const float v518 = v517;
      const float v519 = (v518 * a164);
      const float v520 = (v510 + v519);
      const float v521 = (v520 + v519);
      const float v522 = (a474 + v521);
      const float v526 = v525;
      const float v527 = (v522 + v526);
      const float v528 = g23_dropout(v527, a157, 0LL, idx, 0.1f);
      ((float *)(base + 221184))[idx] = v508;
      ((float *)(base + 229376))[idx] = v528;
    }
  }
}

/* train_k74_reduce_to: reduce_to f32[16] */
void train_k74_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 16LL; j++) {
        int64_t ii = ib + (j / 8LL % 2LL) * 128LL + (j / 1LL % 8LL) * 16LL;
        acc += ((float *)(base + 221184))[ii];
      }
      ((float *)(base + 77504))[idx] = acc;
  }
}

/* train_k75_slice: slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16] */
void train_k75_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v529 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v530 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v531 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v532 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v533 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v534 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v535 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v536 = ((float *)(base + 229376))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 248320))[idx] = v529;
      ((float *)(base + 248448))[idx] = v530;
      ((float *)(base + 248576))[idx] = v531;
      ((float *)(base + 248704))[idx] = v532;
      ((float *)(base + 248832))[idx] = v533;
      ((float *)(base + 247040))[idx] = v534;
      ((float *)(base + 231424))[idx] = v535;
      ((float *)(base + 221184))[idx] = v536;
  }
}

/* train_k76_mul: mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k76_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a537 = ((float *)(base + 221184))[idx];
      const float a151 = ((float *)(base + 292736))[idx];
      const float a152 = ((float *)(base + 292864))[idx];
      const float a541 = ((float *)(base + 292992))[idx];
      const float a544 = ((float *)(base + 293120))[idx];
      const float a131 = ((float *)(base + 291328))[idx];
      const float a148 = ((float *)(base + 292608))[idx];
      const float a549 = ((float *)(base + 293248))[idx];
      const float a145 = ((float *)(base + 292352))[idx];
      const float a146 = ((float *)(base + 292480))[idx];
      const float a554 = ((float *)(base + 293376))[idx];
      const float a557 = ((float *)(base + 293504))[idx];
      const float v538 = (a537 * a151);
      const float v539 = (a537 * a152);
      const float v542 = (v538 * a541);
      const float v545 = (v539 * a544);
      const float v546 = (v545 * a131);
      const float v547 = (v545 * a148);
      const float v550 = (v546 * a549);
      const float v551 = (v545 * a145);
      const float v552 = (v545 * a146);
      const float v555 = (v551 * a554);
      const float v558 = (v552 * a557);
      ((float *)(base + 221312))[idx] = v542;
      ((float *)(base + 231552))[idx] = v547;
      ((float *)(base + 221440))[idx] = v550;
      ((float *)(base + 221568))[idx] = v555;
      ((float *)(base + 221696))[idx] = v558;
  }
}

/* train_k77_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k77_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v559 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 221696))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v560 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 221312))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v561 = (v559 + v560);
      const float v562 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 221440))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v563 = (v561 + v562);
      const float v564 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 221568))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v565 = (v563 + v564);
      ((float *)(base + 230400))[idx] = v565;
  }
}

/* train_k78_reduce_to: reduce_to f32[64] */
void train_k78_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 230400))[ii];
      }
      ((float *)(base + 230912))[idx] = acc;
  }
}

/* train_k79_mul: slice f32[2, 16], slice f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k79_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a574 = ((float *)(base + 231424))[idx];
      const float a132 = ((float *)(base + 291456))[idx];
      const float a133 = ((float *)(base + 291584))[idx];
      const float a579 = ((float *)(base + 291712))[idx];
      const float a582 = ((float *)(base + 291840))[idx];
      const float a547 = ((float *)(base + 231552))[idx];
      const float a112 = ((float *)(base + 289920))[idx];
      const float a129 = ((float *)(base + 291200))[idx];
      const float a588 = ((float *)(base + 291968))[idx];
      const float a126 = ((float *)(base + 290944))[idx];
      const float a127 = ((float *)(base + 291072))[idx];
      const float a593 = ((float *)(base + 292096))[idx];
      const float a596 = ((float *)(base + 292224))[idx];
      const float v569 = ((float *)(base + 231168))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v570 = ((float *)(base + 231168))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v575 = (v570 + a574);
      const float v576 = (v575 * a132);
      const float v577 = (v575 * a133);
      const float v580 = (v576 * a579);
      const float v583 = (v577 * a582);
      const float v584 = (a547 + v583);
      const float v585 = (v584 * a112);
      const float v586 = (v584 * a129);
      const float v589 = (v585 * a588);
      const float v590 = (v584 * a126);
      const float v591 = (v584 * a127);
      const float v594 = (v590 * a593);
      const float v597 = (v591 * a596);
      ((float *)(base + 230400))[idx] = v569;
      ((float *)(base + 230528))[idx] = v580;
      ((float *)(base + 247168))[idx] = v586;
      ((float *)(base + 230656))[idx] = v589;
      ((float *)(base + 230784))[idx] = v594;
      ((float *)(base + 231680))[idx] = v597;
  }
}

/* train_k80_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k80_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a528 = ((float *)(base + 229376))[idx];
      const float v572 = ((uint64_t)((idx / 16LL % 8LL) - 7LL) < 1ULL ? ((float *)(base + 230400))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v573 = (a528 + v572);
      ((float *)(base + 245760))[idx] = v573;
  }
}

/* train_k81_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k81_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v598 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 231680))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v599 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 230528))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v600 = (v598 + v599);
      const float v601 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 230656))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v602 = (v600 + v601);
      const float v603 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 230784))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v604 = (v602 + v603);
      ((float *)(base + 237568))[idx] = v604;
  }
}

/* train_k82_reduce_to: reduce_to f32[64] */
void train_k82_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 237568))[ii];
      }
      ((float *)(base + 229376))[idx] = acc;
  }
}

/* train_k83_add: add f32[64] */
void train_k83_add(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a566 = ((float *)(base + 230912))[idx];
      const float a605 = ((float *)(base + 229376))[idx];
      const float v606 = (a566 + a605);
      ((float *)(base + 247808))[idx] = v606;
  }
}

/* train_k84_add: add f32[32, 64] */
void train_k84_add(char *base) {
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a568 = ((float *)(base + 221184))[idx];
      const float a608 = ((float *)(base + 229376))[idx];
      const float v609 = (a568 + a608);
      ((float *)(base + 237568))[idx] = v609;
  }
}

/* train_k85_mul: slice f32[2, 16], slice f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k85_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a615 = ((float *)(base + 247040))[idx];
      const float a113 = ((float *)(base + 290048))[idx];
      const float a114 = ((float *)(base + 290176))[idx];
      const float a620 = ((float *)(base + 290304))[idx];
      const float a623 = ((float *)(base + 290432))[idx];
      const float a586 = ((float *)(base + 247168))[idx];
      const float a93 = ((float *)(base + 288512))[idx];
      const float a110 = ((float *)(base + 289792))[idx];
      const float a629 = ((float *)(base + 290560))[idx];
      const float a107 = ((float *)(base + 289536))[idx];
      const float a108 = ((float *)(base + 289664))[idx];
      const float a634 = ((float *)(base + 290688))[idx];
      const float a637 = ((float *)(base + 290816))[idx];
      const float v610 = ((float *)(base + 246784))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v611 = ((float *)(base + 246784))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v616 = (v611 + a615);
      const float v617 = (v616 * a113);
      const float v618 = (v616 * a114);
      const float v621 = (v617 * a620);
      const float v624 = (v618 * a623);
      const float v625 = (a586 + v624);
      const float v626 = (v625 * a93);
      const float v627 = (v625 * a110);
      const float v630 = (v626 * a629);
      const float v631 = (v625 * a107);
      const float v632 = (v625 * a108);
      const float v635 = (v631 * a634);
      const float v638 = (v632 * a637);
      ((float *)(base + 221184))[idx] = v610;
      ((float *)(base + 221312))[idx] = v621;
      ((float *)(base + 248960))[idx] = v627;
      ((float *)(base + 221440))[idx] = v630;
      ((float *)(base + 221568))[idx] = v635;
      ((float *)(base + 221696))[idx] = v638;
  }
}

/* train_k86_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k86_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a573 = ((float *)(base + 245760))[idx];
      const float v613 = ((uint64_t)((idx / 16LL % 8LL) - 6LL) < 1ULL ? ((float *)(base + 221184))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v614 = (a573 + v613);
      ((float *)(base + 246784))[idx] = v614;
  }
}

/* train_k87_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k87_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v639 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 221696))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v640 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 221312))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v641 = (v639 + v640);
      const float v642 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 221440))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v643 = (v641 + v642);
      const float v644 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 221568))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v645 = (v643 + v644);
      ((float *)(base + 229376))[idx] = v645;
  }
}

/* train_k88_reduce_to: reduce_to f32[64] */
void train_k88_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 229376))[ii];
      }
      ((float *)(base + 221184))[idx] = acc;
  }
}

/* train_k89_add: add f32[64] */
void train_k89_add(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a606 = ((float *)(base + 247808))[idx];
      const float a646 = ((float *)(base + 221184))[idx];
      const float v647 = (a606 + a646);
      ((float *)(base + 248064))[idx] = v647;
  }
}

/* train_k90_add: add f32[32, 64] */
void train_k90_add(char *base) {
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a609 = ((float *)(base + 237568))[idx];
      const float a649 = ((float *)(base + 221184))[idx];
      const float v650 = (a609 + a649);
      ((float *)(base + 229376))[idx] = v650;
  }
}

/* train_k91_mul: slice f32[2, 16], slice f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k91_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a656 = ((float *)(base + 248832))[idx];
      const float a94 = ((float *)(base + 288640))[idx];
      const float a95 = ((float *)(base + 288768))[idx];
      const float a661 = ((float *)(base + 288896))[idx];
      const float a664 = ((float *)(base + 289024))[idx];
      const float a627 = ((float *)(base + 248960))[idx];
      const float a74 = ((float *)(base + 287104))[idx];
      const float a91 = ((float *)(base + 288384))[idx];
      const float a670 = ((float *)(base + 289152))[idx];
      const float a88 = ((float *)(base + 288128))[idx];
      const float a89 = ((float *)(base + 288256))[idx];
      const float a675 = ((float *)(base + 289280))[idx];
      const float a678 = ((float *)(base + 289408))[idx];
      const float v651 = ((float *)(base + 245760))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v652 = ((float *)(base + 245760))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v657 = (v652 + a656);
      const float v658 = (v657 * a94);
      const float v659 = (v657 * a95);
      const float v662 = (v658 * a661);
      const float v665 = (v659 * a664);
      const float v666 = (a627 + v665);
      const float v667 = (v666 * a74);
      const float v668 = (v666 * a91);
      const float v671 = (v667 * a670);
      const float v672 = (v666 * a88);
      const float v673 = (v666 * a89);
      const float v676 = (v672 * a675);
      const float v679 = (v673 * a678);
      ((float *)(base + 221184))[idx] = v651;
      ((float *)(base + 221312))[idx] = v662;
      ((float *)(base + 249088))[idx] = v668;
      ((float *)(base + 221440))[idx] = v671;
      ((float *)(base + 221568))[idx] = v676;
      ((float *)(base + 221696))[idx] = v679;
  }
}

/* train_k92_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k92_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a614 = ((float *)(base + 246784))[idx];
      const float v654 = ((uint64_t)((idx / 16LL % 8LL) - 5LL) < 1ULL ? ((float *)(base + 221184))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v655 = (a614 + v654);
      ((float *)(base + 245760))[idx] = v655;
  }
}

/* train_k93_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k93_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v680 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 221696))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v681 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 221312))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v682 = (v680 + v681);
      const float v683 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 221440))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v684 = (v682 + v683);
      const float v685 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 221568))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v686 = (v684 + v685);
      ((float *)(base + 237568))[idx] = v686;
  }
}

/* train_k94_reduce_to: reduce_to f32[64] */
void train_k94_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 237568))[ii];
      }
      ((float *)(base + 221184))[idx] = acc;
  }
}

/* train_k95_add: add f32[64] */
void train_k95_add(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a647 = ((float *)(base + 248064))[idx];
      const float a687 = ((float *)(base + 221184))[idx];
      const float v688 = (a647 + a687);
      ((float *)(base + 247808))[idx] = v688;
  }
}

/* train_k96_add: add f32[32, 64] */
void train_k96_add(char *base) {
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a650 = ((float *)(base + 229376))[idx];
      const float a690 = ((float *)(base + 221184))[idx];
      const float v691 = (a650 + a690);
      ((float *)(base + 237568))[idx] = v691;
  }
}

/* train_k97_mul: slice f32[2, 16], slice f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k97_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a697 = ((float *)(base + 248704))[idx];
      const float a75 = ((float *)(base + 287232))[idx];
      const float a76 = ((float *)(base + 287360))[idx];
      const float a702 = ((float *)(base + 287488))[idx];
      const float a705 = ((float *)(base + 287616))[idx];
      const float a668 = ((float *)(base + 249088))[idx];
      const float a55 = ((float *)(base + 285696))[idx];
      const float a72 = ((float *)(base + 286976))[idx];
      const float a711 = ((float *)(base + 287744))[idx];
      const float a69 = ((float *)(base + 286720))[idx];
      const float a70 = ((float *)(base + 286848))[idx];
      const float a716 = ((float *)(base + 287872))[idx];
      const float a719 = ((float *)(base + 288000))[idx];
      const float v692 = ((float *)(base + 246784))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v693 = ((float *)(base + 246784))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v698 = (v693 + a697);
      const float v699 = (v698 * a75);
      const float v700 = (v698 * a76);
      const float v703 = (v699 * a702);
      const float v706 = (v700 * a705);
      const float v707 = (a668 + v706);
      const float v708 = (v707 * a55);
      const float v709 = (v707 * a72);
      const float v712 = (v708 * a711);
      const float v713 = (v707 * a69);
      const float v714 = (v707 * a70);
      const float v717 = (v713 * a716);
      const float v720 = (v714 * a719);
      ((float *)(base + 221184))[idx] = v692;
      ((float *)(base + 221312))[idx] = v703;
      ((float *)(base + 248832))[idx] = v709;
      ((float *)(base + 221440))[idx] = v712;
      ((float *)(base + 221568))[idx] = v717;
      ((float *)(base + 221696))[idx] = v720;
  }
}

/* train_k98_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k98_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a655 = ((float *)(base + 245760))[idx];
      const float v695 = ((uint64_t)((idx / 16LL % 8LL) - 4LL) < 1ULL ? ((float *)(base + 221184))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v696 = (a655 + v695);
      ((float *)(base + 246784))[idx] = v696;
  }
}

/* train_k99_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k99_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v721 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 221696))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v722 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 221312))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v723 = (v721 + v722);
      const float v724 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 221440))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v725 = (v723 + v724);
      const float v726 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 221568))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v727 = (v725 + v726);
      ((float *)(base + 229376))[idx] = v727;
  }
}

/* train_k100_reduce_to: reduce_to f32[64] */
void train_k100_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 229376))[ii];
      }
      ((float *)(base + 221184))[idx] = acc;
  }
}

/* train_k101_add: add f32[64] */
void train_k101_add(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a688 = ((float *)(base + 247808))[idx];
      const float a728 = ((float *)(base + 221184))[idx];
      const float v729 = (a688 + a728);
      ((float *)(base + 248064))[idx] = v729;
  }
}

/* train_k102_add: add f32[32, 64] */
void train_k102_add(char *base) {
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a691 = ((float *)(base + 237568))[idx];
      const float a731 = ((float *)(base + 221184))[idx];
      const float v732 = (a691 + a731);
      ((float *)(base + 229376))[idx] = v732;
  }
}

/* train_k103_mul: slice f32[2, 16], slice f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k103_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a738 = ((float *)(base + 248576))[idx];
      const float a56 = ((float *)(base + 285824))[idx];
      const float a57 = ((float *)(base + 285952))[idx];
      const float a743 = ((float *)(base + 286080))[idx];
      const float a746 = ((float *)(base + 286208))[idx];
      const float a709 = ((float *)(base + 248832))[idx];
      const float a36 = ((float *)(base + 284288))[idx];
      const float a53 = ((float *)(base + 285568))[idx];
      const float a752 = ((float *)(base + 286336))[idx];
      const float a50 = ((float *)(base + 285312))[idx];
      const float a51 = ((float *)(base + 285440))[idx];
      const float a757 = ((float *)(base + 286464))[idx];
      const float a760 = ((float *)(base + 286592))[idx];
      const float v733 = ((float *)(base + 245760))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v734 = ((float *)(base + 245760))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v739 = (v734 + a738);
      const float v740 = (v739 * a56);
      const float v741 = (v739 * a57);
      const float v744 = (v740 * a743);
      const float v747 = (v741 * a746);
      const float v748 = (a709 + v747);
      const float v749 = (v748 * a36);
      const float v750 = (v748 * a53);
      const float v753 = (v749 * a752);
      const float v754 = (v748 * a50);
      const float v755 = (v748 * a51);
      const float v758 = (v754 * a757);
      const float v761 = (v755 * a760);
      ((float *)(base + 221184))[idx] = v733;
      ((float *)(base + 221312))[idx] = v744;
      ((float *)(base + 248704))[idx] = v750;
      ((float *)(base + 221440))[idx] = v753;
      ((float *)(base + 221568))[idx] = v758;
      ((float *)(base + 221696))[idx] = v761;
  }
}

/* train_k104_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k104_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a696 = ((float *)(base + 246784))[idx];
      const float v736 = ((uint64_t)((idx / 16LL % 8LL) - 3LL) < 1ULL ? ((float *)(base + 221184))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v737 = (a696 + v736);
      ((float *)(base + 245760))[idx] = v737;
  }
}

/* train_k105_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k105_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v762 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 221696))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v763 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 221312))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v764 = (v762 + v763);
      const float v765 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 221440))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v766 = (v764 + v765);
      const float v767 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 221568))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v768 = (v766 + v767);
      ((float *)(base + 237568))[idx] = v768;
  }
}

/* train_k106_reduce_to: reduce_to f32[64] */
void train_k106_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 237568))[ii];
      }
      ((float *)(base + 221184))[idx] = acc;
  }
}

/* train_k107_add: add f32[64] */
void train_k107_add(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a729 = ((float *)(base + 248064))[idx];
      const float a769 = ((float *)(base + 221184))[idx];
      const float v770 = (a729 + a769);
      ((float *)(base + 247808))[idx] = v770;
  }
}

/* train_k108_add: add f32[32, 64] */
void train_k108_add(char *base) {
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a732 = ((float *)(base + 229376))[idx];
      const float a772 = ((float *)(base + 221184))[idx];
      const float v773 = (a732 + a772);
      ((float *)(base + 237568))[idx] = v773;
  }
}

/* train_k109_mul: slice f32[2, 16], slice f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k109_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a779 = ((float *)(base + 248448))[idx];
      const float a37 = ((float *)(base + 284416))[idx];
      const float a38 = ((float *)(base + 284544))[idx];
      const float a784 = ((float *)(base + 284672))[idx];
      const float a787 = ((float *)(base + 284800))[idx];
      const float a750 = ((float *)(base + 248704))[idx];
      const float a17 = ((float *)(base + 283008))[idx];
      const float a34 = ((float *)(base + 284160))[idx];
      const float a793 = ((float *)(base + 284928))[idx];
      const float a31 = ((float *)(base + 283904))[idx];
      const float a32 = ((float *)(base + 284032))[idx];
      const float a798 = ((float *)(base + 285056))[idx];
      const float a801 = ((float *)(base + 285184))[idx];
      const float v774 = ((float *)(base + 246784))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v775 = ((float *)(base + 246784))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v780 = (v775 + a779);
      const float v781 = (v780 * a37);
      const float v782 = (v780 * a38);
      const float v785 = (v781 * a784);
      const float v788 = (v782 * a787);
      const float v789 = (a750 + v788);
      const float v790 = (v789 * a17);
      const float v791 = (v789 * a34);
      const float v794 = (v790 * a793);
      const float v795 = (v789 * a31);
      const float v796 = (v789 * a32);
      const float v799 = (v795 * a798);
      const float v802 = (v796 * a801);
      ((float *)(base + 221184))[idx] = v774;
      ((float *)(base + 221312))[idx] = v785;
      ((float *)(base + 248064))[idx] = v791;
      ((float *)(base + 221440))[idx] = v794;
      ((float *)(base + 221568))[idx] = v799;
      ((float *)(base + 221696))[idx] = v802;
  }
}

/* train_k110_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k110_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a737 = ((float *)(base + 245760))[idx];
      const float v777 = ((uint64_t)((idx / 16LL % 8LL) - 2LL) < 1ULL ? ((float *)(base + 221184))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v778 = (a737 + v777);
      ((float *)(base + 246784))[idx] = v778;
  }
}

/* train_k111_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k111_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v803 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 221696))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v804 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 221312))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v805 = (v803 + v804);
      const float v806 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 221440))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v807 = (v805 + v806);
      const float v808 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 221568))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v809 = (v807 + v808);
      ((float *)(base + 229376))[idx] = v809;
  }
}

/* train_k112_reduce_to: reduce_to f32[64] */
void train_k112_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 229376))[ii];
      }
      ((float *)(base + 221184))[idx] = acc;
  }
}

/* train_k113_add: add f32[64] */
void train_k113_add(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a770 = ((float *)(base + 247808))[idx];
      const float a810 = ((float *)(base + 221184))[idx];
      const float v811 = (a770 + a810);
      ((float *)(base + 245760))[idx] = v811;
  }
}

/* train_k114_add: add f32[32, 64] */
void train_k114_add(char *base) {
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a773 = ((float *)(base + 237568))[idx];
      const float a813 = ((float *)(base + 221184))[idx];
      const float v814 = (a773 + a813);
      ((float *)(base + 229376))[idx] = v814;
  }
}

/* train_k115_mul: slice f32[2, 16], slice f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], add f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16], mul f32[2, 16] */
void train_k115_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a820 = ((float *)(base + 248320))[idx];
      const float a18 = ((float *)(base + 283136))[idx];
      const float a19 = ((float *)(base + 283264))[idx];
      const float a825 = ((float *)(base + 283392))[idx];
      const float a828 = ((float *)(base + 283520))[idx];
      const float a791 = ((float *)(base + 248064))[idx];
      const float a15 = ((float *)(base + 282752))[idx];
      const float a16 = ((float *)(base + 282880))[idx];
      const float a834 = ((float *)(base + 283648))[idx];
      const float a837 = ((float *)(base + 283776))[idx];
      const float v815 = ((float *)(base + 246016))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v816 = ((float *)(base + 246016))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v821 = (v816 + a820);
      const float v822 = (v821 * a18);
      const float v823 = (v821 * a19);
      const float v826 = (v822 * a825);
      const float v829 = (v823 * a828);
      const float v830 = (a791 + v829);
      const float v831 = (v830 * a15);
      const float v832 = (v830 * a16);
      const float v835 = (v831 * a834);
      const float v838 = (v832 * a837);
      ((float *)(base + 221184))[idx] = v815;
      ((float *)(base + 221312))[idx] = v826;
      ((float *)(base + 221440))[idx] = v835;
      ((float *)(base + 221568))[idx] = v838;
  }
}

/* train_k116_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k116_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a778 = ((float *)(base + 246784))[idx];
      const float v818 = ((uint64_t)((idx / 16LL % 8LL) - 1LL) < 1ULL ? ((float *)(base + 221184))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v819 = (a778 + v818);
      ((float *)(base + 237568))[idx] = v819;
  }
}

/* train_k117_add: pad f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64], pad f32[2, 64], add f32[2, 64] */
void train_k117_add(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float v839 = ((uint64_t)((idx / 1LL % 64LL) - 48LL) < 16ULL ? ((float *)(base + 221568))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -48LL) * 1LL] : (float)0);
      const float v840 = ((uint64_t)((idx / 1LL % 64LL) - 32LL) < 16ULL ? ((float *)(base + 221312))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -32LL) * 1LL] : (float)0);
      const float v841 = (v839 + v840);
      const float v842 = ((uint64_t)((idx / 1LL % 64LL) - 16LL) < 16ULL ? ((float *)(base + 282624))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL) + -16LL) * 1LL] : (float)0);
      const float v843 = (v841 + v842);
      const float v844 = ((uint64_t)((idx / 1LL % 64LL) - 0LL) < 16ULL ? ((float *)(base + 221440))[0 + ((idx / 64LL)) * 16LL + ((idx / 1LL % 64LL)) * 1LL] : (float)0);
      const float v845 = (v843 + v844);
      ((float *)(base + 238592))[idx] = v845;
  }
}

/* train_k118_reduce_to: reduce_to f32[64] */
void train_k118_reduce_to(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t c0 = idx / 1LL; (void)c0;
      const int64_t ib = 0 + c0 * 1LL;
      float acc = 0.0f;
      for (int64_t j = 0; j < 2LL; j++) {
        int64_t ii = ib + (j / 1LL % 2LL) * 64LL;
        acc += ((float *)(base + 238592))[ii];
      }
      ((float *)(base + 221184))[idx] = acc;
  }
}

/* train_k119_rowsum: add f32[64], mul f32[64], sum f32[1] */
void train_k119_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc870 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a811 = ((float *)(base + 245760))[idx];
      const float a846 = ((float *)(base + 221184))[idx];
      const float v847 = (a811 + a846);
      const float v869 = (v847 * v847);
      acc870 = acc870 + v869;
    }
      const float v870 = (float)acc870;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a811 = ((float *)(base + 245760))[idx];
      const float a846 = ((float *)(base + 221184))[idx];
      const float v847 = (a811 + a846);
      ((float *)(base + 77568))[idx] = v847;
    }
    {
      ((float *)(base + 239616))[r] = v870;
    }
  }
}

/* train_k120_add: add f32[32, 64] */
void train_k120_add(char *base) {
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a814 = ((float *)(base + 229376))[idx];
      const float a849 = ((float *)(base + 221184))[idx];
      const float v850 = (a814 + a849);
      ((float *)(base + 77824))[idx] = v850;
  }
}

/* train_k121_slice: slice f32[2, 16] */
void train_k121_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v851 = ((float *)(base + 239104))[0 + ((idx / 16LL)) * 32LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 221184))[idx] = v851;
  }
}

/* train_k122_add: pad f32[2, 8, 16], add f32[2, 8, 16] */
void train_k122_add(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a819 = ((float *)(base + 237568))[idx];
      const float v853 = ((uint64_t)((idx / 16LL % 8LL) - 0LL) < 1ULL ? ((float *)(base + 221184))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (float)0);
      const float v854 = (a819 + v853);
      ((float *)(base + 238592))[idx] = v854;
  }
}

/* train_k123_scatter_add: scatter_add f32[256, 16] */
void train_k123_scatter_add(char *base) {
  float *out = ((float *)(base + 221184));
  const float *dy = ((float *)(base + 238592));
  const int32_t *ix = ((int32_t *)(base + 293632));
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

/* train_k124_add: add f32[256, 16] */
void train_k124_add(char *base) {
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a329 = ((float *)(base + 204800))[idx];
      const float a855 = ((float *)(base + 221184))[idx];
      const float v856 = (a329 + a855);
      ((float *)(base + 86016))[idx] = v856;
  }
}

/* train_k125_rowsum: mul f32[4096], sum f32[1] */
void train_k125_rowsum(char *base) {
  {
    const int64_t r = 0;
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc864 = 0.0f;
#pragma omp parallel for reduction(+:acc864)
    for (int64_t col = 0; col < 4096LL; col++) {
      const int64_t idx = r * 4096LL + col; (void)idx;
      const float a862 = ((float *)(base + 86016))[idx];
      const float v863 = (a862 * a862);
      acc864 = acc864 + v863;
    }
      const float v864 = (float)acc864;
    {
      ((float *)(base + 204800))[r] = v864;
    }
  }
}

/* train_k126_rowsum: mul f32[2048], sum f32[1], add f32[1], add f32[1] */
void train_k126_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc867 = 0.0f;
    for (int64_t col = 0; col < 2048LL; col++) {
      const int64_t idx = r * 2048LL + col; (void)idx;
      const float a865 = ((float *)(base + 77824))[idx];
      const float v866 = (a865 * a865);
      acc867 = acc867 + v866;
    }
      const float b864 = ((float *)(base + 204800))[0];
      const float b870 = ((float *)(base + 239616))[0];
      const float v867 = (float)acc867;
      const float v868 = (b864 + v867);
      const float v871 = (v868 + b870);
    {
      ((float *)(base + 204864))[r] = v871;
    }
  }
}

/* train_k127_rowsum: mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], add f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1], mul f32[16], sum f32[1] */
void train_k127_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc873 = 0.0f;
    double acc876 = 0.0f;
    double acc890 = 0.0f;
    double acc893 = 0.0f;
    double acc896 = 0.0f;
    double acc910 = 0.0f;
    double acc913 = 0.0f;
    double acc916 = 0.0f;
    double acc930 = 0.0f;
    double acc933 = 0.0f;
    double acc936 = 0.0f;
    double acc950 = 0.0f;
    double acc953 = 0.0f;
    double acc956 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a509 = ((float *)(base + 77504))[idx];
      const float a506 = ((float *)(base + 77440))[idx];
      const float a476 = ((float *)(base + 73088))[idx];
      const float a456 = ((float *)(base + 73024))[idx];
      const float a453 = ((float *)(base + 72960))[idx];
      const float a441 = ((float *)(base + 64448))[idx];
      const float a421 = ((float *)(base + 64384))[idx];
      const float a418 = ((float *)(base + 64320))[idx];
      const float a388 = ((float *)(base + 59968))[idx];
      const float a368 = ((float *)(base + 59904))[idx];
      const float a365 = ((float *)(base + 59840))[idx];
      const float a353 = ((float *)(base + 51328))[idx];
      const float a333 = ((float *)(base + 51264))[idx];
      const float a330 = ((float *)(base + 51200))[idx];
      const float v872 = (a509 * a509);
      const float v875 = (a506 * a506);
      const float v889 = (a476 * a476);
      const float v892 = (a456 * a456);
      const float v895 = (a453 * a453);
      const float v909 = (a441 * a441);
      const float v912 = (a421 * a421);
      const float v915 = (a418 * a418);
      const float v929 = (a388 * a388);
      const float v932 = (a368 * a368);
      const float v935 = (a365 * a365);
      const float v949 = (a353 * a353);
      const float v952 = (a333 * a333);
      const float v955 = (a330 * a330);
      acc873 = acc873 + v872;
      acc876 = acc876 + v875;
      acc890 = acc890 + v889;
      acc893 = acc893 + v892;
      acc896 = acc896 + v895;
      acc910 = acc910 + v909;
      acc913 = acc913 + v912;
      acc916 = acc916 + v915;
      acc930 = acc930 + v929;
      acc933 = acc933 + v932;
      acc936 = acc936 + v935;
      acc950 = acc950 + v949;
      acc953 = acc953 + v952;
      acc956 = acc956 + v955;
    }
      const float b871 = ((float *)(base + 204864))[0];
      const float v873 = (float)acc873;
      const float v874 = (b871 + v873);
      const float v876 = (float)acc876;
      const float v877 = (v874 + v876);
      const float v890 = (float)acc890;
      const float v893 = (float)acc893;
      const float v896 = (float)acc896;
      const float v910 = (float)acc910;
      const float v913 = (float)acc913;
      const float v916 = (float)acc916;
      const float v930 = (float)acc930;
      const float v933 = (float)acc933;
      const float v936 = (float)acc936;
      const float v950 = (float)acc950;
      const float v953 = (float)acc953;
      const float v956 = (float)acc956;
    {
      ((float *)(base + 204800))[r] = v877;
      ((float *)(base + 204928))[r] = v890;
      ((float *)(base + 204992))[r] = v893;
      ((float *)(base + 205056))[r] = v896;
      ((float *)(base + 205312))[r] = v910;
      ((float *)(base + 205376))[r] = v913;
      ((float *)(base + 205440))[r] = v916;
      ((float *)(base + 205504))[r] = v930;
      ((float *)(base + 205568))[r] = v933;
      ((float *)(base + 205632))[r] = v936;
      ((float *)(base + 205696))[r] = v950;
      ((float *)(base + 205760))[r] = v953;
      ((float *)(base + 205824))[r] = v956;
    }
  }
}

/* train_k128_rowsum: mul f32[768], sum f32[1], add f32[1], mul f32[768], sum f32[1] */
void train_k128_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc880 = 0.0f;
    double acc920 = 0.0f;
    for (int64_t col = 0; col < 768LL; col++) {
      const int64_t idx = r * 768LL + col; (void)idx;
      const float a878 = ((float *)(base + 74368))[idx];
      const float a918 = ((float *)(base + 61248))[idx];
      const float v879 = (a878 * a878);
      const float v919 = (a918 * a918);
      acc880 = acc880 + v879;
      acc920 = acc920 + v919;
    }
      const float b877 = ((float *)(base + 204800))[0];
      const float v880 = (float)acc880;
      const float v881 = (b877 + v880);
      const float v920 = (float)acc920;
    {
      ((float *)(base + 204864))[r] = v881;
      ((float *)(base + 205888))[r] = v920;
    }
  }
}

/* train_k129_rowsum: mul f32[48], sum f32[1], add f32[1], mul f32[48], sum f32[1] */
void train_k129_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc883 = 0.0f;
    double acc923 = 0.0f;
    for (int64_t col = 0; col < 48LL; col++) {
      const int64_t idx = r * 48LL + col; (void)idx;
      const float a501 = ((float *)(base + 74176))[idx];
      const float a413 = ((float *)(base + 61056))[idx];
      const float v882 = (a501 * a501);
      const float v922 = (a413 * a413);
      acc883 = acc883 + v882;
      acc923 = acc923 + v922;
    }
      const float b881 = ((float *)(base + 204864))[0];
      const float v883 = (float)acc883;
      const float v884 = (b881 + v883);
      const float v923 = (float)acc923;
    {
      ((float *)(base + 204800))[r] = v884;
      ((float *)(base + 205952))[r] = v923;
    }
  }
}

/* train_k130_rowsum: mul f32[256], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[256], sum f32[1] */
void train_k130_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc887 = 0.0f;
    double acc927 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a885 = ((float *)(base + 73152))[idx];
      const float a925 = ((float *)(base + 60032))[idx];
      const float v886 = (a885 * a885);
      const float v926 = (a925 * a925);
      acc887 = acc887 + v886;
      acc927 = acc927 + v926;
    }
      const float b884 = ((float *)(base + 204800))[0];
      const float b890 = ((float *)(base + 204928))[0];
      const float b893 = ((float *)(base + 204992))[0];
      const float b896 = ((float *)(base + 205056))[0];
      const float v887 = (float)acc887;
      const float v888 = (b884 + v887);
      const float v891 = (v888 + b890);
      const float v894 = (v891 + b893);
      const float v897 = (v894 + b896);
      const float v927 = (float)acc927;
    {
      ((float *)(base + 204864))[r] = v897;
      ((float *)(base + 206016))[r] = v927;
    }
  }
}

/* train_k131_rowsum: mul f32[1024], sum f32[1], add f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1], mul f32[1024], sum f32[1] */
void train_k131_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc900 = 0.0f;
    double acc907 = 0.0f;
    double acc940 = 0.0f;
    double acc947 = 0.0f;
    for (int64_t col = 0; col < 1024LL; col++) {
      const int64_t idx = r * 1024LL + col; (void)idx;
      const float a898 = ((float *)(base + 68864))[idx];
      const float a905 = ((float *)(base + 64512))[idx];
      const float a938 = ((float *)(base + 55744))[idx];
      const float a945 = ((float *)(base + 51392))[idx];
      const float v899 = (a898 * a898);
      const float v906 = (a905 * a905);
      const float v939 = (a938 * a938);
      const float v946 = (a945 * a945);
      acc900 = acc900 + v899;
      acc907 = acc907 + v906;
      acc940 = acc940 + v939;
      acc947 = acc947 + v946;
    }
      const float b897 = ((float *)(base + 204864))[0];
      const float v900 = (float)acc900;
      const float v901 = (b897 + v900);
      const float v907 = (float)acc907;
      const float v940 = (float)acc940;
      const float v947 = (float)acc947;
    {
      ((float *)(base + 206080))[r] = v901;
      ((float *)(base + 206144))[r] = v907;
      ((float *)(base + 206208))[r] = v940;
      ((float *)(base + 206272))[r] = v947;
    }
  }
}

/* train_k132_rowsum: mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], mul f32[64], sum f32[1], add f32[1], add f32[1], add f32[1], add f32[1], add f32[1], sqrt f32[1], add f32[1], div f32[1], min f32[1], lt f32[1], where f32[1], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], mul f32[64], mul f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], mul f32[64], mul f32[64], mul f32[64], mul f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k132_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
      const float b859 = ((float *)(base + 294016))[0];
      const float v964 = (float)(0.0f < b859);
    double acc903 = 0.0f;
    double acc943 = 0.0f;
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a448 = ((float *)(base + 68608))[idx];
      const float a360 = ((float *)(base + 55488))[idx];
      const float v902 = (a448 * a448);
      const float v942 = (a360 * a360);
      acc903 = acc903 + v902;
      acc943 = acc943 + v942;
    }
      const float b901 = ((float *)(base + 206080))[0];
      const float b907 = ((float *)(base + 206144))[0];
      const float b910 = ((float *)(base + 205312))[0];
      const float b913 = ((float *)(base + 205376))[0];
      const float b916 = ((float *)(base + 205440))[0];
      const float b920 = ((float *)(base + 205888))[0];
      const float b923 = ((float *)(base + 205952))[0];
      const float b927 = ((float *)(base + 206016))[0];
      const float b930 = ((float *)(base + 205504))[0];
      const float b933 = ((float *)(base + 205568))[0];
      const float b936 = ((float *)(base + 205632))[0];
      const float b940 = ((float *)(base + 206208))[0];
      const float b947 = ((float *)(base + 206272))[0];
      const float b950 = ((float *)(base + 205696))[0];
      const float b953 = ((float *)(base + 205760))[0];
      const float b956 = ((float *)(base + 205824))[0];
      const float v903 = (float)acc903;
      const float v904 = (b901 + v903);
      const float v908 = (v904 + b907);
      const float v911 = (v908 + b910);
      const float v914 = (v911 + b913);
      const float v917 = (v914 + b916);
      const float v921 = (v917 + b920);
      const float v924 = (v921 + b923);
      const float v928 = (v924 + b927);
      const float v931 = (v928 + b930);
      const float v934 = (v931 + b933);
      const float v937 = (v934 + b936);
      const float v941 = (v937 + b940);
      const float v943 = (float)acc943;
      const float v944 = (v941 + v943);
      const float v948 = (v944 + b947);
      const float v951 = (v948 + b950);
      const float v954 = (v951 + b953);
      const float v957 = (v954 + b956);
      const float v958 = sqrtf(v957);
      const float v960 = (v958 + 1e-06f);
      const float v961 = (b859 / v960);
      const float v962 = fminf(1.0f, v961);
      const float v965 = (v964 != 0 ? v962 : 1.0f);
    for (int64_t col = 0; col < 64LL; col++) {
      const int64_t idx = r * 64LL + col; (void)idx;
      const float a847 = ((float *)(base + 77568))[idx];
      const float a1009 = ((float *)(base + 151552))[idx];
      const float a1010 = ((float *)(base + 151808))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a857 = ((float *)(base + 293888))[0];
      const float a10 = ((float *)(base + 24576))[idx];
      const float a448 = ((float *)(base + 68608))[idx];
      const float a1185 = ((float *)(base + 169472))[idx];
      const float a1186 = ((float *)(base + 169728))[idx];
      const float a212 = ((float *)(base + 33536))[idx];
      const float a360 = ((float *)(base + 55488))[idx];
      const float v1011 = (a847 * v965);
      const float v1012 = (v1011 * 0.1f);
      const float v1013 = (a1009 * 0.9f);
      const float v1014 = (v1013 + v1012);
      const float v1015 = (v1011 * v1011);
      const float v1016 = (v1015 * 0.05f);
      const float v1017 = (a1010 * 0.95f);
      const float v1018 = (v1017 + v1016);
      const float v1019 = (v1014 / a860);
      const float v1020 = (v1018 / a861);
      const float v1021 = sqrtf(v1020);
      const float v1022 = (v1021 + 1e-08f);
      const float v1023 = (v1019 / v1022);
      const float v1024 = (a857 * v1023);
      const float v1025 = (a10 - v1024);
      const float v1187 = (a448 * v965);
      const float v1188 = (v1187 * 0.1f);
      const float v1189 = (a1185 * 0.9f);
      const float v1190 = (v1189 + v1188);
      const float v1191 = (v1187 * v1187);
      const float v1192 = (v1191 * 0.05f);
      const float v1193 = (a1186 * 0.95f);
      const float v1194 = (v1193 + v1192);
      const float v1195 = (v1190 / a860);
      const float v1196 = (v1194 / a861);
      const float v1197 = sqrtf(v1196);
      const float v1198 = (v1197 + 1e-08f);
      const float v1199 = (v1195 / v1198);
      const float v1200 = (a857 * v1199);
      const float v1201 = (a212 - v1200);
      const float v1399 = (a360 * v965);
      const float v1400 = (v1399 * 0.1f);
      const float v1403 = (v1399 * v1399);
      const float v1404 = (v1403 * 0.05f);
      const float v1490 = v1014;
      const float v1491 = v1018;
      const float v1492 = v1025;
      const float v1520 = v1190;
      const float v1521 = v1194;
      const float v1522 = v1201;
      ((float *)(base + 204800))[idx] = v1400;
      ((float *)(base + 205056))[idx] = v1404;
      ((float *)(base + 151552))[idx] = v1490;
      ((float *)(base + 151808))[idx] = v1491;
      ((float *)(base + 24576))[idx] = v1492;
      ((float *)(base + 169472))[idx] = v1520;
      ((float *)(base + 169728))[idx] = v1521;
      ((float *)(base + 33536))[idx] = v1522;
    }
    {
      ((float *)(base + 206336))[r] = v958;
      ((float *)(base + 206400))[r] = v965;
    }
  }
}

/* train_k133_assign: mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], mul f32[256, 16], mul f32[256, 16], add f32[256, 16], div f32[256, 16], div f32[256, 16], sqrt f32[256, 16], add f32[256, 16], div f32[256, 16], mul f32[256, 16], add f32[256, 16], mul f32[256, 16], sub f32[256, 16], assign f32[256, 16], assign f32[256, 16], assign f32[256, 16] */
void train_k133_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 4096LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a856 = ((float *)(base + 86016))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a966 = ((float *)(base + 102400))[idx];
      const float a967 = ((float *)(base + 118784))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a858 = ((float *)(base + 293952))[0];
      const float a2 = ((float *)(base + 0))[idx];
      const float a857 = ((float *)(base + 293888))[0];
      const float v968 = (a856 * a965);
      const float v970 = (v968 * 0.1f);
      const float v972 = (a966 * 0.9f);
      const float v973 = (v972 + v970);
      const float v975 = (v968 * v968);
      const float v976 = (v975 * 0.05f);
      const float v978 = (a967 * 0.95f);
      const float v979 = (v978 + v976);
      const float v980 = (v973 / a860);
      const float v981 = (v979 / a861);
      const float v983 = sqrtf(v981);
      const float v984 = (v983 + 1e-08f);
      const float v985 = (v980 / v984);
      const float v986 = (a858 * a2);
      const float v987 = (v985 + v986);
      const float v988 = (a857 * v987);
      const float v989 = (a2 - v988);
      const float v1484 = v973;
      const float v1485 = v979;
      const float v1486 = v989;
      ((float *)(base + 102400))[idx] = v1484;
      ((float *)(base + 118784))[idx] = v1485;
      ((float *)(base + 0))[idx] = v1486;
  }
}

/* train_k134_assign: mul f32[32, 64], mul f32[32, 64], mul f32[32, 64], add f32[32, 64], mul f32[32, 64], mul f32[32, 64], mul f32[32, 64], add f32[32, 64], div f32[32, 64], div f32[32, 64], sqrt f32[32, 64], add f32[32, 64], div f32[32, 64], mul f32[32, 64], add f32[32, 64], mul f32[32, 64], sub f32[32, 64], assign f32[32, 64], assign f32[32, 64], assign f32[32, 64] */
void train_k134_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 2048LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a850 = ((float *)(base + 77824))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a990 = ((float *)(base + 135168))[idx];
      const float a991 = ((float *)(base + 143360))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a858 = ((float *)(base + 293952))[0];
      const float a8 = ((float *)(base + 16384))[idx];
      const float a857 = ((float *)(base + 293888))[0];
      const float v992 = (a850 * a965);
      const float v993 = (v992 * 0.1f);
      const float v994 = (a990 * 0.9f);
      const float v995 = (v994 + v993);
      const float v996 = (v992 * v992);
      const float v997 = (v996 * 0.05f);
      const float v998 = (a991 * 0.95f);
      const float v999 = (v998 + v997);
      const float v1000 = (v995 / a860);
      const float v1001 = (v999 / a861);
      const float v1002 = sqrtf(v1001);
      const float v1003 = (v1002 + 1e-08f);
      const float v1004 = (v1000 / v1003);
      const float v1005 = (a858 * a8);
      const float v1006 = (v1004 + v1005);
      const float v1007 = (a857 * v1006);
      const float v1008 = (a8 - v1007);
      const float v1487 = v995;
      const float v1488 = v999;
      const float v1489 = v1008;
      ((float *)(base + 135168))[idx] = v1487;
      ((float *)(base + 143360))[idx] = v1488;
      ((float *)(base + 16384))[idx] = v1489;
  }
}

/* train_k135_assign: mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], mul f32[16], mul f32[16], mul f32[16], add f32[16], div f32[16], div f32[16], sqrt f32[16], add f32[16], div f32[16], mul f32[16], sub f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16], assign f32[16] */
void train_k135_assign(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a509 = ((float *)(base + 77504))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a1026 = ((float *)(base + 152064))[idx];
      const float a1027 = ((float *)(base + 152128))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a857 = ((float *)(base + 293888))[0];
      const float a159 = ((float *)(base + 24832))[idx];
      const float a506 = ((float *)(base + 77440))[idx];
      const float a1043 = ((float *)(base + 152192))[idx];
      const float a1044 = ((float *)(base + 152256))[idx];
      const float a160 = ((float *)(base + 24896))[idx];
      const float a476 = ((float *)(base + 73088))[idx];
      const float a1115 = ((float *)(base + 160896))[idx];
      const float a1116 = ((float *)(base + 160960))[idx];
      const float a193 = ((float *)(base + 29248))[idx];
      const float a456 = ((float *)(base + 73024))[idx];
      const float a1132 = ((float *)(base + 161024))[idx];
      const float a1133 = ((float *)(base + 161088))[idx];
      const float a197 = ((float *)(base + 29312))[idx];
      const float a453 = ((float *)(base + 72960))[idx];
      const float a1149 = ((float *)(base + 161152))[idx];
      const float a1150 = ((float *)(base + 161216))[idx];
      const float a198 = ((float *)(base + 29376))[idx];
      const float a441 = ((float *)(base + 64448))[idx];
      const float a1221 = ((float *)(base + 178176))[idx];
      const float a1222 = ((float *)(base + 178240))[idx];
      const float a217 = ((float *)(base + 37888))[idx];
      const float a421 = ((float *)(base + 64384))[idx];
      const float a1238 = ((float *)(base + 178304))[idx];
      const float a1239 = ((float *)(base + 178368))[idx];
      const float a221 = ((float *)(base + 37952))[idx];
      const float a418 = ((float *)(base + 64320))[idx];
      const float a1255 = ((float *)(base + 178432))[idx];
      const float a1256 = ((float *)(base + 178496))[idx];
      const float a222 = ((float *)(base + 38016))[idx];
      const float a388 = ((float *)(base + 59968))[idx];
      const float a1327 = ((float *)(base + 187136))[idx];
      const float a1328 = ((float *)(base + 187200))[idx];
      const float a252 = ((float *)(base + 42368))[idx];
      const float a368 = ((float *)(base + 59904))[idx];
      const float a1344 = ((float *)(base + 187264))[idx];
      const float a1345 = ((float *)(base + 187328))[idx];
      const float a256 = ((float *)(base + 42432))[idx];
      const float a365 = ((float *)(base + 59840))[idx];
      const float a1361 = ((float *)(base + 187392))[idx];
      const float a1362 = ((float *)(base + 187456))[idx];
      const float a257 = ((float *)(base + 42496))[idx];
      const float a353 = ((float *)(base + 51328))[idx];
      const float a1433 = ((float *)(base + 204416))[idx];
      const float a1434 = ((float *)(base + 204480))[idx];
      const float a276 = ((float *)(base + 51008))[idx];
      const float a333 = ((float *)(base + 51264))[idx];
      const float a1450 = ((float *)(base + 204544))[idx];
      const float a1451 = ((float *)(base + 204608))[idx];
      const float a280 = ((float *)(base + 51072))[idx];
      const float a330 = ((float *)(base + 51200))[idx];
      const float a1467 = ((float *)(base + 204672))[idx];
      const float a1468 = ((float *)(base + 204736))[idx];
      const float a281 = ((float *)(base + 51136))[idx];
      const float v1028 = (a509 * a965);
      const float v1029 = (v1028 * 0.1f);
      const float v1030 = (a1026 * 0.9f);
      const float v1031 = (v1030 + v1029);
      const float v1032 = (v1028 * v1028);
      const float v1033 = (v1032 * 0.05f);
      const float v1034 = (a1027 * 0.95f);
      const float v1035 = (v1034 + v1033);
      const float v1036 = (v1031 / a860);
      const float v1037 = (v1035 / a861);
      const float v1038 = sqrtf(v1037);
      const float v1039 = (v1038 + 1e-08f);
      const float v1040 = (v1036 / v1039);
      const float v1041 = (a857 * v1040);
      const float v1042 = (a159 - v1041);
      const float v1045 = (a506 * a965);
      const float v1046 = (v1045 * 0.1f);
      const float v1047 = (a1043 * 0.9f);
      const float v1048 = (v1047 + v1046);
      const float v1049 = (v1045 * v1045);
      const float v1050 = (v1049 * 0.05f);
      const float v1051 = (a1044 * 0.95f);
      const float v1052 = (v1051 + v1050);
      const float v1053 = (v1048 / a860);
      const float v1054 = (v1052 / a861);
      const float v1055 = sqrtf(v1054);
      const float v1056 = (v1055 + 1e-08f);
      const float v1057 = (v1053 / v1056);
      const float v1058 = (a857 * v1057);
      const float v1059 = (a160 - v1058);
      const float v1117 = (a476 * a965);
      const float v1118 = (v1117 * 0.1f);
      const float v1119 = (a1115 * 0.9f);
      const float v1120 = (v1119 + v1118);
      const float v1121 = (v1117 * v1117);
      const float v1122 = (v1121 * 0.05f);
      const float v1123 = (a1116 * 0.95f);
      const float v1124 = (v1123 + v1122);
      const float v1125 = (v1120 / a860);
      const float v1126 = (v1124 / a861);
      const float v1127 = sqrtf(v1126);
      const float v1128 = (v1127 + 1e-08f);
      const float v1129 = (v1125 / v1128);
      const float v1130 = (a857 * v1129);
      const float v1131 = (a193 - v1130);
      const float v1134 = (a456 * a965);
      const float v1135 = (v1134 * 0.1f);
      const float v1136 = (a1132 * 0.9f);
      const float v1137 = (v1136 + v1135);
      const float v1138 = (v1134 * v1134);
      const float v1139 = (v1138 * 0.05f);
      const float v1140 = (a1133 * 0.95f);
      const float v1141 = (v1140 + v1139);
      const float v1142 = (v1137 / a860);
      const float v1143 = (v1141 / a861);
      const float v1144 = sqrtf(v1143);
      const float v1145 = (v1144 + 1e-08f);
      const float v1146 = (v1142 / v1145);
      const float v1147 = (a857 * v1146);
      const float v1148 = (a197 - v1147);
      const float v1151 = (a453 * a965);
      const float v1152 = (v1151 * 0.1f);
      const float v1153 = (a1149 * 0.9f);
      const float v1154 = (v1153 + v1152);
      const float v1155 = (v1151 * v1151);
      const float v1156 = (v1155 * 0.05f);
      const float v1157 = (a1150 * 0.95f);
      const float v1158 = (v1157 + v1156);
      const float v1159 = (v1154 / a860);
      const float v1160 = (v1158 / a861);
      const float v1161 = sqrtf(v1160);
      const float v1162 = (v1161 + 1e-08f);
      const float v1163 = (v1159 / v1162);
      const float v1164 = (a857 * v1163);
      const float v1165 = (a198 - v1164);
      const float v1223 = (a441 * a965);
      const float v1224 = (v1223 * 0.1f);
      const float v1225 = (a1221 * 0.9f);
      const float v1226 = (v1225 + v1224);
      const float v1227 = (v1223 * v1223);
      const float v1228 = (v1227 * 0.05f);
      const float v1229 = (a1222 * 0.95f);
      const float v1230 = (v1229 + v1228);
      const float v1231 = (v1226 / a860);
      const float v1232 = (v1230 / a861);
      const float v1233 = sqrtf(v1232);
      const float v1234 = (v1233 + 1e-08f);
      const float v1235 = (v1231 / v1234);
      const float v1236 = (a857 * v1235);
      const float v1237 = (a217 - v1236);
      const float v1240 = (a421 * a965);
      const float v1241 = (v1240 * 0.1f);
      const float v1242 = (a1238 * 0.9f);
      const float v1243 = (v1242 + v1241);
      const float v1244 = (v1240 * v1240);
      const float v1245 = (v1244 * 0.05f);
      const float v1246 = (a1239 * 0.95f);
      const float v1247 = (v1246 + v1245);
      const float v1248 = (v1243 / a860);
      const float v1249 = (v1247 / a861);
      const float v1250 = sqrtf(v1249);
      const float v1251 = (v1250 + 1e-08f);
      const float v1252 = (v1248 / v1251);
      const float v1253 = (a857 * v1252);
      const float v1254 = (a221 - v1253);
      const float v1257 = (a418 * a965);
      const float v1258 = (v1257 * 0.1f);
      const float v1259 = (a1255 * 0.9f);
      const float v1260 = (v1259 + v1258);
      const float v1261 = (v1257 * v1257);
      const float v1262 = (v1261 * 0.05f);
      const float v1263 = (a1256 * 0.95f);
      const float v1264 = (v1263 + v1262);
      const float v1265 = (v1260 / a860);
      const float v1266 = (v1264 / a861);
      const float v1267 = sqrtf(v1266);
      const float v1268 = (v1267 + 1e-08f);
      const float v1269 = (v1265 / v1268);
      const float v1270 = (a857 * v1269);
      const float v1271 = (a222 - v1270);
      const float v1329 = (a388 * a965);
      const float v1330 = (v1329 * 0.1f);
      const float v1331 = (a1327 * 0.9f);
      const float v1332 = (v1331 + v1330);
      const float v1333 = (v1329 * v1329);
      const float v1334 = (v1333 * 0.05f);
      const float v1335 = (a1328 * 0.95f);
      const float v1336 = (v1335 + v1334);
      const float v1337 = (v1332 / a860);
      const float v1338 = (v1336 / a861);
      const float v1339 = sqrtf(v1338);
      const float v1340 = (v1339 + 1e-08f);
      const float v1341 = (v1337 / v1340);
      const float v1342 = (a857 * v1341);
      const float v1343 = (a252 - v1342);
      const float v1346 = (a368 * a965);
      const float v1347 = (v1346 * 0.1f);
      const float v1348 = (a1344 * 0.9f);
      const float v1349 = (v1348 + v1347);
      const float v1350 = (v1346 * v1346);
      const float v1351 = (v1350 * 0.05f);
      const float v1352 = (a1345 * 0.95f);
      const float v1353 = (v1352 + v1351);
      const float v1354 = (v1349 / a860);
      const float v1355 = (v1353 / a861);
      const float v1356 = sqrtf(v1355);
      const float v1357 = (v1356 + 1e-08f);
      const float v1358 = (v1354 / v1357);
      const float v1359 = (a857 * v1358);
      const float v1360 = (a256 - v1359);
      const float v1363 = (a365 * a965);
      const float v1364 = (v1363 * 0.1f);
      const float v1365 = (a1361 * 0.9f);
      const float v1366 = (v1365 + v1364);
      const float v1367 = (v1363 * v1363);
      const float v1368 = (v1367 * 0.05f);
      const float v1369 = (a1362 * 0.95f);
      const float v1370 = (v1369 + v1368);
      const float v1371 = (v1366 / a860);
      const float v1372 = (v1370 / a861);
      const float v1373 = sqrtf(v1372);
      const float v1374 = (v1373 + 1e-08f);
      const float v1375 = (v1371 / v1374);
      const float v1376 = (a857 * v1375);
      const float v1377 = (a257 - v1376);
      const float v1435 = (a353 * a965);
      const float v1436 = (v1435 * 0.1f);
      const float v1437 = (a1433 * 0.9f);
      const float v1438 = (v1437 + v1436);
      const float v1439 = (v1435 * v1435);
      const float v1440 = (v1439 * 0.05f);
      const float v1441 = (a1434 * 0.95f);
      const float v1442 = (v1441 + v1440);
      const float v1443 = (v1438 / a860);
      const float v1444 = (v1442 / a861);
      const float v1445 = sqrtf(v1444);
      const float v1446 = (v1445 + 1e-08f);
      const float v1447 = (v1443 / v1446);
      const float v1448 = (a857 * v1447);
      const float v1449 = (a276 - v1448);
      const float v1452 = (a333 * a965);
      const float v1453 = (v1452 * 0.1f);
      const float v1454 = (a1450 * 0.9f);
      const float v1455 = (v1454 + v1453);
      const float v1456 = (v1452 * v1452);
      const float v1457 = (v1456 * 0.05f);
      const float v1458 = (a1451 * 0.95f);
      const float v1459 = (v1458 + v1457);
      const float v1460 = (v1455 / a860);
      const float v1461 = (v1459 / a861);
      const float v1462 = sqrtf(v1461);
      const float v1463 = (v1462 + 1e-08f);
      const float v1464 = (v1460 / v1463);
      const float v1465 = (a857 * v1464);
      const float v1466 = (a280 - v1465);
      const float v1469 = (a330 * a965);
      const float v1470 = (v1469 * 0.1f);
      const float v1471 = (a1467 * 0.9f);
      const float v1472 = (v1471 + v1470);
      const float v1473 = (v1469 * v1469);
      const float v1474 = (v1473 * 0.05f);
      const float v1475 = (a1468 * 0.95f);
      const float v1476 = (v1475 + v1474);
      const float v1477 = (v1472 / a860);
      const float v1478 = (v1476 / a861);
      const float v1479 = sqrtf(v1478);
      const float v1480 = (v1479 + 1e-08f);
      const float v1481 = (v1477 / v1480);
      const float v1482 = (a857 * v1481);
      const float v1483 = (a281 - v1482);
      const float v1493 = v1031;
      const float v1494 = v1035;
      const float v1495 = v1042;
      const float v1496 = v1048;
      const float v1497 = v1052;
      const float v1498 = v1059;
      const float v1508 = v1120;
      const float v1509 = v1124;
      const float v1510 = v1131;
      const float v1511 = v1137;
      const float v1512 = v1141;
      const float v1513 = v1148;
      const float v1514 = v1154;
      const float v1515 = v1158;
      const float v1516 = v1165;
      const float v1526 = v1226;
      const float v1527 = v1230;
      const float v1528 = v1237;
      const float v1529 = v1243;
      const float v1530 = v1247;
      const float v1531 = v1254;
      const float v1532 = v1260;
      const float v1533 = v1264;
      const float v1534 = v1271;
      const float v1544 = v1332;
      const float v1545 = v1336;
      const float v1546 = v1343;
      const float v1547 = v1349;
      const float v1548 = v1353;
      const float v1549 = v1360;
      const float v1550 = v1366;
      const float v1551 = v1370;
      const float v1552 = v1377;
      const float v1562 = v1438;
      const float v1563 = v1442;
      const float v1564 = v1449;
      const float v1565 = v1455;
      const float v1566 = v1459;
      const float v1567 = v1466;
      const float v1568 = v1472;
      const float v1569 = v1476;
      const float v1570 = v1483;
      ((float *)(base + 152064))[idx] = v1493;
      ((float *)(base + 152128))[idx] = v1494;
      ((float *)(base + 24832))[idx] = v1495;
      ((float *)(base + 152192))[idx] = v1496;
      ((float *)(base + 152256))[idx] = v1497;
      ((float *)(base + 24896))[idx] = v1498;
      ((float *)(base + 160896))[idx] = v1508;
      ((float *)(base + 160960))[idx] = v1509;
      ((float *)(base + 29248))[idx] = v1510;
      ((float *)(base + 161024))[idx] = v1511;
      ((float *)(base + 161088))[idx] = v1512;
      ((float *)(base + 29312))[idx] = v1513;
      ((float *)(base + 161152))[idx] = v1514;
      ((float *)(base + 161216))[idx] = v1515;
      ((float *)(base + 29376))[idx] = v1516;
      ((float *)(base + 178176))[idx] = v1526;
      ((float *)(base + 178240))[idx] = v1527;
      ((float *)(base + 37888))[idx] = v1528;
      ((float *)(base + 178304))[idx] = v1529;
      ((float *)(base + 178368))[idx] = v1530;
      ((float *)(base + 37952))[idx] = v1531;
      ((float *)(base + 178432))[idx] = v1532;
      ((float *)(base + 178496))[idx] = v1533;
      ((float *)(base + 38016))[idx] = v1534;
      ((float *)(base + 187136))[idx] = v1544;
      ((float *)(base + 187200))[idx] = v1545;
      ((float *)(base + 42368))[idx] = v1546;
      ((float *)(base + 187264))[idx] = v1547;
      ((float *)(base + 187328))[idx] = v1548;
      ((float *)(base + 42432))[idx] = v1549;
      ((float *)(base + 187392))[idx] = v1550;
      ((float *)(base + 187456))[idx] = v1551;
      ((float *)(base + 42496))[idx] = v1552;
      ((float *)(base + 204416))[idx] = v1562;
      ((float *)(base + 204480))[idx] = v1563;
      ((float *)(base + 51008))[idx] = v1564;
      ((float *)(base + 204544))[idx] = v1565;
      ((float *)(base + 204608))[idx] = v1566;
      ((float *)(base + 51072))[idx] = v1567;
      ((float *)(base + 204672))[idx] = v1568;
      ((float *)(base + 204736))[idx] = v1569;
      ((float *)(base + 51136))[idx] = v1570;
  }
}

/* train_k136_assign: mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], mul f32[16, 48], mul f32[16, 48], add f32[16, 48], div f32[16, 48], div f32[16, 48], sqrt f32[16, 48], add f32[16, 48], div f32[16, 48], mul f32[16, 48], add f32[16, 48], mul f32[16, 48], sub f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48], assign f32[16, 48] */
void train_k136_assign(char *base) {
  for (int64_t idx = 0; idx < 768LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a505 = ((float *)(base + 74368))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a1060 = ((float *)(base + 152320))[idx];
      const float a1061 = ((float *)(base + 155392))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a858 = ((float *)(base + 293952))[0];
      const float a174 = ((float *)(base + 24960))[idx];
      const float a857 = ((float *)(base + 293888))[0];
      const float a417 = ((float *)(base + 61248))[idx];
      const float a1272 = ((float *)(base + 178560))[idx];
      const float a1273 = ((float *)(base + 181632))[idx];
      const float a234 = ((float *)(base + 38080))[idx];
      const float v1062 = (a505 * a965);
      const float v1063 = (v1062 * 0.1f);
      const float v1064 = (a1060 * 0.9f);
      const float v1065 = (v1064 + v1063);
      const float v1066 = (v1062 * v1062);
      const float v1067 = (v1066 * 0.05f);
      const float v1068 = (a1061 * 0.95f);
      const float v1069 = (v1068 + v1067);
      const float v1070 = (v1065 / a860);
      const float v1071 = (v1069 / a861);
      const float v1072 = sqrtf(v1071);
      const float v1073 = (v1072 + 1e-08f);
      const float v1074 = (v1070 / v1073);
      const float v1075 = (a858 * a174);
      const float v1076 = (v1074 + v1075);
      const float v1077 = (a857 * v1076);
      const float v1078 = (a174 - v1077);
      const float v1274 = (a417 * a965);
      const float v1275 = (v1274 * 0.1f);
      const float v1276 = (a1272 * 0.9f);
      const float v1277 = (v1276 + v1275);
      const float v1278 = (v1274 * v1274);
      const float v1279 = (v1278 * 0.05f);
      const float v1280 = (a1273 * 0.95f);
      const float v1281 = (v1280 + v1279);
      const float v1282 = (v1277 / a860);
      const float v1283 = (v1281 / a861);
      const float v1284 = sqrtf(v1283);
      const float v1285 = (v1284 + 1e-08f);
      const float v1286 = (v1282 / v1285);
      const float v1287 = (a858 * a234);
      const float v1288 = (v1286 + v1287);
      const float v1289 = (a857 * v1288);
      const float v1290 = (a234 - v1289);
      const float v1499 = v1065;
      const float v1500 = v1069;
      const float v1501 = v1078;
      const float v1535 = v1277;
      const float v1536 = v1281;
      const float v1537 = v1290;
      ((float *)(base + 152320))[idx] = v1499;
      ((float *)(base + 155392))[idx] = v1500;
      ((float *)(base + 24960))[idx] = v1501;
      ((float *)(base + 178560))[idx] = v1535;
      ((float *)(base + 181632))[idx] = v1536;
      ((float *)(base + 38080))[idx] = v1537;
  }
}

/* train_k137_assign: mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], mul f32[48], mul f32[48], mul f32[48], add f32[48], div f32[48], div f32[48], sqrt f32[48], add f32[48], div f32[48], mul f32[48], sub f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48], assign f32[48] */
void train_k137_assign(char *base) {
  for (int64_t idx = 0; idx < 48LL; idx++) {
      const int64_t col = idx % 48LL; (void)col;
      const float a501 = ((float *)(base + 74176))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a1079 = ((float *)(base + 158464))[idx];
      const float a1080 = ((float *)(base + 158656))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a857 = ((float *)(base + 293888))[0];
      const float a176 = ((float *)(base + 28032))[idx];
      const float a413 = ((float *)(base + 61056))[idx];
      const float a1291 = ((float *)(base + 184704))[idx];
      const float a1292 = ((float *)(base + 184896))[idx];
      const float a236 = ((float *)(base + 41152))[idx];
      const float v1081 = (a501 * a965);
      const float v1082 = (v1081 * 0.1f);
      const float v1083 = (a1079 * 0.9f);
      const float v1084 = (v1083 + v1082);
      const float v1085 = (v1081 * v1081);
      const float v1086 = (v1085 * 0.05f);
      const float v1087 = (a1080 * 0.95f);
      const float v1088 = (v1087 + v1086);
      const float v1089 = (v1084 / a860);
      const float v1090 = (v1088 / a861);
      const float v1091 = sqrtf(v1090);
      const float v1092 = (v1091 + 1e-08f);
      const float v1093 = (v1089 / v1092);
      const float v1094 = (a857 * v1093);
      const float v1095 = (a176 - v1094);
      const float v1293 = (a413 * a965);
      const float v1294 = (v1293 * 0.1f);
      const float v1295 = (a1291 * 0.9f);
      const float v1296 = (v1295 + v1294);
      const float v1297 = (v1293 * v1293);
      const float v1298 = (v1297 * 0.05f);
      const float v1299 = (a1292 * 0.95f);
      const float v1300 = (v1299 + v1298);
      const float v1301 = (v1296 / a860);
      const float v1302 = (v1300 / a861);
      const float v1303 = sqrtf(v1302);
      const float v1304 = (v1303 + 1e-08f);
      const float v1305 = (v1301 / v1304);
      const float v1306 = (a857 * v1305);
      const float v1307 = (a236 - v1306);
      const float v1502 = v1084;
      const float v1503 = v1088;
      const float v1504 = v1095;
      const float v1538 = v1296;
      const float v1539 = v1300;
      const float v1540 = v1307;
      ((float *)(base + 158464))[idx] = v1502;
      ((float *)(base + 158656))[idx] = v1503;
      ((float *)(base + 28032))[idx] = v1504;
      ((float *)(base + 184704))[idx] = v1538;
      ((float *)(base + 184896))[idx] = v1539;
      ((float *)(base + 41152))[idx] = v1540;
  }
}

/* train_k138_assign: mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], mul f32[16, 16], mul f32[16, 16], add f32[16, 16], div f32[16, 16], div f32[16, 16], sqrt f32[16, 16], add f32[16, 16], div f32[16, 16], mul f32[16, 16], add f32[16, 16], mul f32[16, 16], sub f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16], assign f32[16, 16] */
void train_k138_assign(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a480 = ((float *)(base + 73152))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a1096 = ((float *)(base + 158848))[idx];
      const float a1097 = ((float *)(base + 159872))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a858 = ((float *)(base + 293952))[0];
      const float a191 = ((float *)(base + 28224))[idx];
      const float a857 = ((float *)(base + 293888))[0];
      const float a392 = ((float *)(base + 60032))[idx];
      const float a1308 = ((float *)(base + 185088))[idx];
      const float a1309 = ((float *)(base + 186112))[idx];
      const float a250 = ((float *)(base + 41344))[idx];
      const float v1098 = (a480 * a965);
      const float v1099 = (v1098 * 0.1f);
      const float v1100 = (a1096 * 0.9f);
      const float v1101 = (v1100 + v1099);
      const float v1102 = (v1098 * v1098);
      const float v1103 = (v1102 * 0.05f);
      const float v1104 = (a1097 * 0.95f);
      const float v1105 = (v1104 + v1103);
      const float v1106 = (v1101 / a860);
      const float v1107 = (v1105 / a861);
      const float v1108 = sqrtf(v1107);
      const float v1109 = (v1108 + 1e-08f);
      const float v1110 = (v1106 / v1109);
      const float v1111 = (a858 * a191);
      const float v1112 = (v1110 + v1111);
      const float v1113 = (a857 * v1112);
      const float v1114 = (a191 - v1113);
      const float v1310 = (a392 * a965);
      const float v1311 = (v1310 * 0.1f);
      const float v1312 = (a1308 * 0.9f);
      const float v1313 = (v1312 + v1311);
      const float v1314 = (v1310 * v1310);
      const float v1315 = (v1314 * 0.05f);
      const float v1316 = (a1309 * 0.95f);
      const float v1317 = (v1316 + v1315);
      const float v1318 = (v1313 / a860);
      const float v1319 = (v1317 / a861);
      const float v1320 = sqrtf(v1319);
      const float v1321 = (v1320 + 1e-08f);
      const float v1322 = (v1318 / v1321);
      const float v1323 = (a858 * a250);
      const float v1324 = (v1322 + v1323);
      const float v1325 = (a857 * v1324);
      const float v1326 = (a250 - v1325);
      const float v1505 = v1101;
      const float v1506 = v1105;
      const float v1507 = v1114;
      const float v1541 = v1313;
      const float v1542 = v1317;
      const float v1543 = v1326;
      ((float *)(base + 158848))[idx] = v1505;
      ((float *)(base + 159872))[idx] = v1506;
      ((float *)(base + 28224))[idx] = v1507;
      ((float *)(base + 185088))[idx] = v1541;
      ((float *)(base + 186112))[idx] = v1542;
      ((float *)(base + 41344))[idx] = v1543;
  }
}

/* train_k139_assign: mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], mul f32[16, 64], mul f32[16, 64], add f32[16, 64], div f32[16, 64], div f32[16, 64], sqrt f32[16, 64], add f32[16, 64], div f32[16, 64], mul f32[16, 64], add f32[16, 64], mul f32[16, 64], sub f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64], assign f32[16, 64] */
void train_k139_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a452 = ((float *)(base + 68864))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a1166 = ((float *)(base + 161280))[idx];
      const float a1167 = ((float *)(base + 165376))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a858 = ((float *)(base + 293952))[0];
      const float a210 = ((float *)(base + 29440))[idx];
      const float a857 = ((float *)(base + 293888))[0];
      const float a364 = ((float *)(base + 55744))[idx];
      const float a1378 = ((float *)(base + 187520))[idx];
      const float a1379 = ((float *)(base + 191616))[idx];
      const float a269 = ((float *)(base + 42560))[idx];
      const float v1168 = (a452 * a965);
      const float v1169 = (v1168 * 0.1f);
      const float v1170 = (a1166 * 0.9f);
      const float v1171 = (v1170 + v1169);
      const float v1172 = (v1168 * v1168);
      const float v1173 = (v1172 * 0.05f);
      const float v1174 = (a1167 * 0.95f);
      const float v1175 = (v1174 + v1173);
      const float v1176 = (v1171 / a860);
      const float v1177 = (v1175 / a861);
      const float v1178 = sqrtf(v1177);
      const float v1179 = (v1178 + 1e-08f);
      const float v1180 = (v1176 / v1179);
      const float v1181 = (a858 * a210);
      const float v1182 = (v1180 + v1181);
      const float v1183 = (a857 * v1182);
      const float v1184 = (a210 - v1183);
      const float v1380 = (a364 * a965);
      const float v1381 = (v1380 * 0.1f);
      const float v1382 = (a1378 * 0.9f);
      const float v1383 = (v1382 + v1381);
      const float v1384 = (v1380 * v1380);
      const float v1385 = (v1384 * 0.05f);
      const float v1386 = (a1379 * 0.95f);
      const float v1387 = (v1386 + v1385);
      const float v1388 = (v1383 / a860);
      const float v1389 = (v1387 / a861);
      const float v1390 = sqrtf(v1389);
      const float v1391 = (v1390 + 1e-08f);
      const float v1392 = (v1388 / v1391);
      const float v1393 = (a858 * a269);
      const float v1394 = (v1392 + v1393);
      const float v1395 = (a857 * v1394);
      const float v1396 = (a269 - v1395);
      const float v1517 = v1171;
      const float v1518 = v1175;
      const float v1519 = v1184;
      const float v1553 = v1383;
      const float v1554 = v1387;
      const float v1555 = v1396;
      ((float *)(base + 161280))[idx] = v1517;
      ((float *)(base + 165376))[idx] = v1518;
      ((float *)(base + 29440))[idx] = v1519;
      ((float *)(base + 187520))[idx] = v1553;
      ((float *)(base + 191616))[idx] = v1554;
      ((float *)(base + 42560))[idx] = v1555;
  }
}

/* train_k140_assign: mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], mul f32[64, 16], mul f32[64, 16], add f32[64, 16], div f32[64, 16], div f32[64, 16], sqrt f32[64, 16], add f32[64, 16], div f32[64, 16], mul f32[64, 16], add f32[64, 16], mul f32[64, 16], sub f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16], assign f32[64, 16] */
void train_k140_assign(char *base) {
  #pragma omp parallel for
  for (int64_t idx = 0; idx < 1024LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a445 = ((float *)(base + 64512))[idx];
      const float a965 = ((float *)(base + 206400))[0];
      const float a1202 = ((float *)(base + 169984))[idx];
      const float a1203 = ((float *)(base + 174080))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a858 = ((float *)(base + 293952))[0];
      const float a215 = ((float *)(base + 33792))[idx];
      const float a857 = ((float *)(base + 293888))[0];
      const float a357 = ((float *)(base + 51392))[idx];
      const float a1414 = ((float *)(base + 196224))[idx];
      const float a1415 = ((float *)(base + 200320))[idx];
      const float a274 = ((float *)(base + 46912))[idx];
      const float v1204 = (a445 * a965);
      const float v1205 = (v1204 * 0.1f);
      const float v1206 = (a1202 * 0.9f);
      const float v1207 = (v1206 + v1205);
      const float v1208 = (v1204 * v1204);
      const float v1209 = (v1208 * 0.05f);
      const float v1210 = (a1203 * 0.95f);
      const float v1211 = (v1210 + v1209);
      const float v1212 = (v1207 / a860);
      const float v1213 = (v1211 / a861);
      const float v1214 = sqrtf(v1213);
      const float v1215 = (v1214 + 1e-08f);
      const float v1216 = (v1212 / v1215);
      const float v1217 = (a858 * a215);
      const float v1218 = (v1216 + v1217);
      const float v1219 = (a857 * v1218);
      const float v1220 = (a215 - v1219);
      const float v1416 = (a357 * a965);
      const float v1417 = (v1416 * 0.1f);
      const float v1418 = (a1414 * 0.9f);
      const float v1419 = (v1418 + v1417);
      const float v1420 = (v1416 * v1416);
      const float v1421 = (v1420 * 0.05f);
      const float v1422 = (a1415 * 0.95f);
      const float v1423 = (v1422 + v1421);
      const float v1424 = (v1419 / a860);
      const float v1425 = (v1423 / a861);
      const float v1426 = sqrtf(v1425);
      const float v1427 = (v1426 + 1e-08f);
      const float v1428 = (v1424 / v1427);
      const float v1429 = (a858 * a274);
      const float v1430 = (v1428 + v1429);
      const float v1431 = (a857 * v1430);
      const float v1432 = (a274 - v1431);
      const float v1523 = v1207;
      const float v1524 = v1211;
      const float v1525 = v1220;
      const float v1559 = v1419;
      const float v1560 = v1423;
      const float v1561 = v1432;
      ((float *)(base + 169984))[idx] = v1523;
      ((float *)(base + 174080))[idx] = v1524;
      ((float *)(base + 33792))[idx] = v1525;
      ((float *)(base + 196224))[idx] = v1559;
      ((float *)(base + 200320))[idx] = v1560;
      ((float *)(base + 46912))[idx] = v1561;
  }
}

/* train_k141_assign: mul f32[64], add f32[64], mul f32[64], add f32[64], div f32[64], div f32[64], sqrt f32[64], add f32[64], div f32[64], mul f32[64], sub f32[64], assign f32[64], assign f32[64], assign f32[64] */
void train_k141_assign(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 64LL; (void)col;
      const float a1397 = ((float *)(base + 195712))[idx];
      const float a1400 = ((float *)(base + 204800))[idx];
      const float a1398 = ((float *)(base + 195968))[idx];
      const float a1404 = ((float *)(base + 205056))[idx];
      const float a860 = ((float *)(base + 294080))[0];
      const float a861 = ((float *)(base + 294144))[0];
      const float a857 = ((float *)(base + 293888))[0];
      const float a271 = ((float *)(base + 46656))[idx];
      const float v1401 = (a1397 * 0.9f);
      const float v1402 = (v1401 + a1400);
      const float v1405 = (a1398 * 0.95f);
      const float v1406 = (v1405 + a1404);
      const float v1407 = (v1402 / a860);
      const float v1408 = (v1406 / a861);
      const float v1409 = sqrtf(v1408);
      const float v1410 = (v1409 + 1e-08f);
      const float v1411 = (v1407 / v1410);
      const float v1412 = (a857 * v1411);
      const float v1413 = (a271 - v1412);
      const float v1556 = v1402;
      const float v1557 = v1406;
      const float v1558 = v1413;
      ((float *)(base + 195712))[idx] = v1556;
      ((float *)(base + 195968))[idx] = v1557;
      ((float *)(base + 46656))[idx] = v1558;
  }
}

/* eval_k142_gather: gather f32[2, 8, 16] */
void eval_k142_gather(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = ((uint32_t)((int32_t *)(base + 222208))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 222208))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 204800))[idx] = v3;
  }
}

/* eval_k143_const: const f32[2, 16] */
void eval_k143_const(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v4 = 0.0f;
      ((float *)(base + 205824))[idx] = v4;
  }
}

/* eval_k144_slice: slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16] */
void eval_k144_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v5 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v22 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v41 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205952))[idx] = v5;
      ((float *)(base + 206592))[idx] = v22;
      ((float *)(base + 206720))[idx] = v41;
  }
}

/* eval_k145_concat: concat f32[2, 32] */
void eval_k145_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v7 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205952))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 205824))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v7;
  }
}

/* eval_k146_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k146_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v12 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v13 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v14 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v15 = tanhf(v14);
      const float v16 = (1.0f / (1.0f + expf(-v12)));
      const float v17 = (v16 * v15);
      const float v18 = tanhf(v17);
      const float v19 = (1.0f / (1.0f + expf(-v13)));
      const float v20 = (v19 * v18);
      ((float *)(base + 206848))[idx] = v17;
      ((float *)(base + 206976))[idx] = v20;
  }
}

/* eval_k147_concat: concat f32[2, 32] */
void eval_k147_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v24 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206592))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206976))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v24;
  }
}

/* eval_k148_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k148_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a17 = ((float *)(base + 206848))[idx];
      const float v27 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v28 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v29 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v30 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v31 = tanhf(v30);
      const float v32 = (1.0f / (1.0f + expf(-v27)));
      const float v33 = (v32 * v31);
      const float v34 = (1.0f / (1.0f + expf(-v28)));
      const float v35 = (v34 * a17);
      const float v36 = (v35 + v33);
      const float v37 = tanhf(v36);
      const float v38 = (1.0f / (1.0f + expf(-v29)));
      const float v39 = (v38 * v37);
      ((float *)(base + 206592))[idx] = v36;
      ((float *)(base + 207104))[idx] = v39;
  }
}

/* eval_k149_concat: concat f32[2, 32] */
void eval_k149_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v43 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206720))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 207104))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v43;
  }
}

/* eval_k150_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k150_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a36 = ((float *)(base + 206592))[idx];
      const float v46 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v47 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v48 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v49 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v50 = tanhf(v49);
      const float v51 = (1.0f / (1.0f + expf(-v46)));
      const float v52 = (v51 * v50);
      const float v53 = (1.0f / (1.0f + expf(-v47)));
      const float v54 = (v53 * a36);
      const float v55 = (v54 + v52);
      const float v56 = tanhf(v55);
      const float v57 = (1.0f / (1.0f + expf(-v48)));
      const float v58 = (v57 * v56);
      ((float *)(base + 206720))[idx] = v55;
      ((float *)(base + 206848))[idx] = v58;
  }
}

/* eval_k151_slice: slice f32[2, 1, 16], slice f32[2, 1, 16], slice f32[2, 1, 16] */
void eval_k151_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v60 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v79 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v98 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205824))[idx] = v60;
      ((float *)(base + 206592))[idx] = v79;
      ((float *)(base + 207232))[idx] = v98;
  }
}

/* eval_k152_concat: concat f32[2, 32] */
void eval_k152_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v62 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205824))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206848))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v62;
  }
}

/* eval_k153_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k153_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a55 = ((float *)(base + 206720))[idx];
      const float v65 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v66 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v67 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v68 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v69 = tanhf(v68);
      const float v70 = (1.0f / (1.0f + expf(-v65)));
      const float v71 = (v70 * v69);
      const float v72 = (1.0f / (1.0f + expf(-v66)));
      const float v73 = (v72 * a55);
      const float v74 = (v73 + v71);
      const float v75 = tanhf(v74);
      const float v76 = (1.0f / (1.0f + expf(-v67)));
      const float v77 = (v76 * v75);
      ((float *)(base + 207360))[idx] = v74;
      ((float *)(base + 207488))[idx] = v77;
  }
}

/* eval_k154_concat: concat f32[2, 32] */
void eval_k154_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v81 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206592))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 207488))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v81;
  }
}

/* eval_k155_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k155_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a74 = ((float *)(base + 207360))[idx];
      const float v84 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v85 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v86 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v87 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v88 = tanhf(v87);
      const float v89 = (1.0f / (1.0f + expf(-v84)));
      const float v90 = (v89 * v88);
      const float v91 = (1.0f / (1.0f + expf(-v85)));
      const float v92 = (v91 * a74);
      const float v93 = (v92 + v90);
      const float v94 = tanhf(v93);
      const float v95 = (1.0f / (1.0f + expf(-v86)));
      const float v96 = (v95 * v94);
      ((float *)(base + 206592))[idx] = v93;
      ((float *)(base + 206720))[idx] = v96;
  }
}

/* eval_k156_concat: concat f32[2, 32] */
void eval_k156_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v100 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 207232))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206720))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v100;
  }
}

/* eval_k157_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k157_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a93 = ((float *)(base + 206592))[idx];
      const float v103 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v104 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v105 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v106 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v107 = tanhf(v106);
      const float v108 = (1.0f / (1.0f + expf(-v103)));
      const float v109 = (v108 * v107);
      const float v110 = (1.0f / (1.0f + expf(-v104)));
      const float v111 = (v110 * a93);
      const float v112 = (v111 + v109);
      const float v113 = tanhf(v112);
      const float v114 = (1.0f / (1.0f + expf(-v105)));
      const float v115 = (v114 * v113);
      ((float *)(base + 207232))[idx] = v112;
      ((float *)(base + 207360))[idx] = v115;
  }
}

/* eval_k158_slice: slice f32[2, 1, 16], slice f32[2, 1, 16] */
void eval_k158_slice(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v117 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v136 = ((float *)(base + 204800))[0 + ((idx / 16LL)) * 128LL + ((idx / 16LL % 1LL) + 7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205824))[idx] = v117;
      ((float *)(base + 206592))[idx] = v136;
  }
}

/* eval_k159_concat: concat f32[2, 32] */
void eval_k159_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v119 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205824))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 207360))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v119;
  }
}

/* eval_k160_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k160_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a112 = ((float *)(base + 207232))[idx];
      const float v122 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v123 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v124 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v125 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v126 = tanhf(v125);
      const float v127 = (1.0f / (1.0f + expf(-v122)));
      const float v128 = (v127 * v126);
      const float v129 = (1.0f / (1.0f + expf(-v123)));
      const float v130 = (v129 * a112);
      const float v131 = (v130 + v128);
      const float v132 = tanhf(v131);
      const float v133 = (1.0f / (1.0f + expf(-v124)));
      const float v134 = (v133 * v132);
      ((float *)(base + 207616))[idx] = v131;
      ((float *)(base + 207744))[idx] = v134;
  }
}

/* eval_k161_concat: concat f32[2, 32] */
void eval_k161_concat(char *base) {
  for (int64_t idx = 0; idx < 64LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v138 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206592))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 207744))[0 + ((idx / 32LL)) * 16LL + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 206336))[idx] = v138;
  }
}

/* eval_k162_mul: slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], slice f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16], add f32[2, 16], tanh f32[2, 16], sigmoid f32[2, 16], mul f32[2, 16] */
void eval_k162_mul(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a131 = ((float *)(base + 207616))[idx];
      const float v141 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v142 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v143 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v144 = ((float *)(base + 205824))[0 + ((idx / 16LL)) * 64LL + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v145 = tanhf(v144);
      const float v146 = (1.0f / (1.0f + expf(-v141)));
      const float v147 = (v146 * v145);
      const float v148 = (1.0f / (1.0f + expf(-v142)));
      const float v149 = (v148 * a131);
      const float v150 = (v149 + v147);
      const float v151 = tanhf(v150);
      const float v152 = (1.0f / (1.0f + expf(-v143)));
      const float v153 = (v152 * v151);
      ((float *)(base + 206336))[idx] = v153;
  }
}

/* eval_k163_rowsum: concat f32[2, 8, 16], add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k163_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc159 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 204800))[idx];
      const float v155 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 206976))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 207104))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 206848))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 207488))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 206720))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 207360))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 207744))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 206336))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v156 = (a3 + v155);
      acc159 = acc159 + v156;
    }
      const float v159 = (float)acc159;
      const float v161 = (v159 * 0.0625f);
    double acc164 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 204800))[idx];
      const float v155 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 206976))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 207104))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 206848))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 207488))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 206720))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 207360))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 207744))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 206336))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v156 = (a3 + v155);
      const float v162 = (v156 - v161);
      const float v163 = (v162 * v162);
      acc164 = acc164 + v163;
    }
      const float v164 = (float)acc164;
      const float v165 = (v164 * 0.0625f);
      const float v167 = (v165 + 1e-05f);
      const float v168 = (1.0f / sqrtf(v167));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a3 = ((float *)(base + 204800))[idx];
      const float a157 = ((float *)(base + 24832))[(idx % 16LL)];
      const float a158 = ((float *)(base + 24896))[(idx % 16LL)];
      const float v155 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 206976))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 207104))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 206848))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 207488))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 206720))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 207360))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 207744))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 206336))[0 + ((idx / 128LL)) * 16LL + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v156 = (a3 + v155);
      const float v162 = (v156 - v161);
      const float v169 = (v162 * v168);
      const float v170 = (v169 * a157);
      const float v171 = (v170 + a158);
      ((float *)(base + 207872))[idx] = v156;
      ((float *)(base + 208896))[idx] = v171;
    }
  }
}

/* eval_k164_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k164_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v176 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v177 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v178 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 208896))[idx] = v176;
      ((float *)(base + 209920))[idx] = v177;
      ((float *)(base + 210944))[idx] = v178;
  }
}

/* eval_k165_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k165_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v180 = ((float *)(base + 208896))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v182 = ((float *)(base + 209920))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v184 = ((float *)(base + 210944))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v180;
      ((float *)(base + 205824))[idx] = v182;
      ((float *)(base + 206848))[idx] = v184;
  }
}

/* eval_k166_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k166_attention(char *base) {
  const float *Q = (const float *)(base + 204800); (void)Q;
  const float *K = (const float *)(base + 205824); (void)K;
  const float *V = (const float *)(base + 206848); (void)V;
  const int32_t *P = (const int32_t *)(base + 222336); (void)P;
  float *out = (float *)(base + 208896); (void)out;
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

/* eval_k167_permute: permute f32[2, 8, 2, 8] */
void eval_k167_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v187 = ((float *)(base + 208896))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v187;
  }
}

/* eval_k168_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k168_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc196 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a156 = ((float *)(base + 207872))[idx];
      const float a192 = ((float *)(base + 205824))[idx];
      const float v193 = (a156 + a192);
      acc196 = acc196 + v193;
    }
      const float v196 = (float)acc196;
      const float v197 = (v196 * 0.0625f);
    double acc200 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a156 = ((float *)(base + 207872))[idx];
      const float a192 = ((float *)(base + 205824))[idx];
      const float v193 = (a156 + a192);
      const float v198 = (v193 - v197);
      const float v199 = (v198 * v198);
      acc200 = acc200 + v199;
    }
      const float v200 = (float)acc200;
      const float v201 = (v200 * 0.0625f);
      const float v202 = (v201 + 1e-05f);
      const float v203 = (1.0f / sqrtf(v202));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a156 = ((float *)(base + 207872))[idx];
      const float a192 = ((float *)(base + 205824))[idx];
      const float a194 = ((float *)(base + 29312))[(idx % 16LL)];
      const float a195 = ((float *)(base + 29376))[(idx % 16LL)];
      const float v193 = (a156 + a192);
      const float v198 = (v193 - v197);
      const float v204 = (v198 * v203);
      const float v205 = (v204 * a194);
      const float v206 = (v205 + a195);
      ((float *)(base + 208896))[idx] = v193;
      ((float *)(base + 209920))[idx] = v206;
    }
  }
}

/* eval_k169_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k169_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc219 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a193 = ((float *)(base + 208896))[idx];
      const float a215 = ((float *)(base + 209920))[idx];
      const float v216 = (a193 + a215);
      acc219 = acc219 + v216;
    }
      const float v219 = (float)acc219;
      const float v220 = (v219 * 0.0625f);
    double acc223 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a193 = ((float *)(base + 208896))[idx];
      const float a215 = ((float *)(base + 209920))[idx];
      const float v216 = (a193 + a215);
      const float v221 = (v216 - v220);
      const float v222 = (v221 * v221);
      acc223 = acc223 + v222;
    }
      const float v223 = (float)acc223;
      const float v224 = (v223 * 0.0625f);
      const float v225 = (v224 + 1e-05f);
      const float v226 = (1.0f / sqrtf(v225));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a193 = ((float *)(base + 208896))[idx];
      const float a215 = ((float *)(base + 209920))[idx];
      const float a217 = ((float *)(base + 37952))[(idx % 16LL)];
      const float a218 = ((float *)(base + 38016))[(idx % 16LL)];
      const float v216 = (a193 + a215);
      const float v221 = (v216 - v220);
      const float v227 = (v221 * v226);
      const float v228 = (v227 * a217);
      const float v229 = (v228 + a218);
      ((float *)(base + 207872))[idx] = v216;
      ((float *)(base + 210944))[idx] = v229;
    }
  }
}

/* eval_k170_slice: slice f32[2, 8, 16], slice f32[2, 8, 16], slice f32[2, 8, 16] */
void eval_k170_slice(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v234 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v235 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v236 = ((float *)(base + 204800))[0 + ((idx / 128LL)) * 384LL + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 208896))[idx] = v234;
      ((float *)(base + 209920))[idx] = v235;
      ((float *)(base + 210944))[idx] = v236;
  }
}

/* eval_k171_permute: permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8], permute f32[2, 2, 8, 8] */
void eval_k171_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v238 = ((float *)(base + 208896))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v240 = ((float *)(base + 209920))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v242 = ((float *)(base + 210944))[0 + ((idx / 128LL)) * 128LL + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v238;
      ((float *)(base + 205824))[idx] = v240;
      ((float *)(base + 206848))[idx] = v242;
  }
}

/* eval_k172_attention: attention forward: q[2, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [2, 2, 8, 8] */
void eval_k172_attention(char *base) {
  const float *Q = (const float *)(base + 204800); (void)Q;
  const float *K = (const float *)(base + 205824); (void)K;
  const float *V = (const float *)(base + 206848); (void)V;
  const int32_t *P = (const int32_t *)(base + 222336); (void)P;
  float *out = (float *)(base + 208896); (void)out;
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

/* eval_k173_permute: permute f32[2, 8, 2, 8] */
void eval_k173_permute(char *base) {
  for (int64_t idx = 0; idx < 256LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v244 = ((float *)(base + 208896))[0 + ((idx / 128LL)) * 128LL + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v244;
  }
}

/* eval_k174_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k174_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc253 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a216 = ((float *)(base + 207872))[idx];
      const float a249 = ((float *)(base + 205824))[idx];
      const float v250 = (a216 + a249);
      acc253 = acc253 + v250;
    }
      const float v253 = (float)acc253;
      const float v254 = (v253 * 0.0625f);
    double acc257 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a216 = ((float *)(base + 207872))[idx];
      const float a249 = ((float *)(base + 205824))[idx];
      const float v250 = (a216 + a249);
      const float v255 = (v250 - v254);
      const float v256 = (v255 * v255);
      acc257 = acc257 + v256;
    }
      const float v257 = (float)acc257;
      const float v258 = (v257 * 0.0625f);
      const float v259 = (v258 + 1e-05f);
      const float v260 = (1.0f / sqrtf(v259));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a216 = ((float *)(base + 207872))[idx];
      const float a249 = ((float *)(base + 205824))[idx];
      const float a251 = ((float *)(base + 42432))[(idx % 16LL)];
      const float a252 = ((float *)(base + 42496))[(idx % 16LL)];
      const float v250 = (a216 + a249);
      const float v255 = (v250 - v254);
      const float v261 = (v255 * v260);
      const float v262 = (v261 * a251);
      const float v263 = (v262 + a252);
      ((float *)(base + 208896))[idx] = v250;
      ((float *)(base + 209920))[idx] = v263;
    }
  }
}

/* eval_k175_rowsum: add f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], sub f32[2, 8, 16], mul f32[2, 8, 16], sum f32[2, 8, 1], mul f32[2, 8, 1], add f32[2, 8, 1], rsqrt f32[2, 8, 1], mul f32[2, 8, 16], mul f32[2, 8, 16], add f32[2, 8, 16] */
void eval_k175_rowsum(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc276 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a250 = ((float *)(base + 208896))[idx];
      const float a272 = ((float *)(base + 209920))[idx];
      const float v273 = (a250 + a272);
      acc276 = acc276 + v273;
    }
      const float v276 = (float)acc276;
      const float v277 = (v276 * 0.0625f);
    double acc280 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a250 = ((float *)(base + 208896))[idx];
      const float a272 = ((float *)(base + 209920))[idx];
      const float v273 = (a250 + a272);
      const float v278 = (v273 - v277);
      const float v279 = (v278 * v278);
      acc280 = acc280 + v279;
    }
      const float v280 = (float)acc280;
      const float v281 = (v280 * 0.0625f);
      const float v282 = (v281 + 1e-05f);
      const float v283 = (1.0f / sqrtf(v282));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a250 = ((float *)(base + 208896))[idx];
      const float a272 = ((float *)(base + 209920))[idx];
      const float a274 = ((float *)(base + 51072))[(idx % 16LL)];
      const float a275 = ((float *)(base + 51136))[(idx % 16LL)];
      const float v273 = (a250 + a272);
      const float v278 = (v273 - v277);
      const float v284 = (v278 * v283);
      const float v285 = (v284 * a274);
      const float v286 = (v285 + a275);
      ((float *)(base + 221184))[idx] = v286;
    }
  }
}

/* eval_k176_rowmax: max_reduce f32[2, 8, 1], sub f32[2, 8, 256], exp f32[2, 8, 256], sum f32[2, 8, 1], log f32[2, 8, 1], add f32[2, 8, 1], one_hot f32[2, 8, 256], mul f32[2, 8, 256], sum f32[2, 8, 1], sub f32[2, 8, 1] */
void eval_k176_rowmax(char *base) {
  for (int64_t r = 0; r < 16LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc288 = -G23_INF;
    double acc297 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const int32_t a294 = ((int32_t *)(base + 222272))[(idx / 256LL)];
      const float a287 = ((float *)(base + 204800))[idx];
      const float v295 = (float)(col == (int64_t)a294);
      const float v296 = (a287 * v295);
      acc288 = fmax(acc288, a287);
      acc297 = acc297 + v296;
    }
      const float v288 = (float)acc288;
      const float v297 = (float)acc297;
    double acc291 = 0.0f;
    for (int64_t col = 0; col < 256LL; col++) {
      const int64_t idx = r * 256LL + col; (void)idx;
      const float a287 = ((float *)(base + 204800))[idx];
      const float v289 = (a287 - v288);
      const float v290 = expf(v289);
      acc291 = acc291 + v290;
    }
      const float v291 = (float)acc291;
      const float v292 = logf(v291);
      const float v293 = (v292 + v288);
      const float v298 = (v293 - v297);
    {
      ((float *)(base + 221184))[r] = v298;
    }
  }
}

/* eval_k177_rowsum: sum f32[1], mul f32[1] */
void eval_k177_rowsum(char *base) {
  for (int64_t r = 0; r < 1LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc300 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a299 = ((float *)(base + 221184))[idx];
      acc300 = acc300 + a299;
    }
      const float v300 = (float)acc300;
      const float v301 = (v300 * 0.0625f);
    {
      ((float *)(base + 204800))[r] = v301;
    }
  }
}

/* prefill_k178_gather: gather f32[1, 8, 16] */
void prefill_k178_gather(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v2 = ((uint32_t)((int32_t *)(base + 213504))[idx / 16LL] < 256u ? ((float *)(base + 0))[(int64_t)((int32_t *)(base + 213504))[idx / 16LL] * 16LL + idx % 16LL] : (float)0);
      ((float *)(base + 204800))[idx] = v2;
  }
}

/* prefill_k179_const: const f32[1, 16] */
void prefill_k179_const(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v3 = 0.0f;
      ((float *)(base + 205312))[idx] = v3;
  }
}

/* prefill_k180_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void prefill_k180_slice(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v4 = ((float *)(base + 204800))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v21 = ((float *)(base + 204800))[0 + ((idx / 16LL % 1LL) + 1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v40 = ((float *)(base + 204800))[0 + ((idx / 16LL % 1LL) + 2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205376))[idx] = v4;
      ((float *)(base + 205696))[idx] = v21;
      ((float *)(base + 205760))[idx] = v40;
  }
}

/* prefill_k181_concat: concat f32[1, 32] */
void prefill_k181_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v6 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205376))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 205312))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v6;
  }
}

/* prefill_k182_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k182_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v11 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v12 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v13 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v14 = tanhf(v13);
      const float v15 = (1.0f / (1.0f + expf(-v11)));
      const float v16 = (v15 * v14);
      const float v17 = tanhf(v16);
      const float v18 = (1.0f / (1.0f + expf(-v12)));
      const float v19 = (v18 * v17);
      ((float *)(base + 205824))[idx] = v16;
      ((float *)(base + 205888))[idx] = v19;
  }
}

/* prefill_k183_concat: concat f32[1, 32] */
void prefill_k183_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v23 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205696))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 205888))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v23;
  }
}

/* prefill_k184_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], add f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k184_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a16 = ((float *)(base + 205824))[idx];
      const float v26 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v27 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v28 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v29 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v30 = tanhf(v29);
      const float v31 = (1.0f / (1.0f + expf(-v26)));
      const float v32 = (v31 * v30);
      const float v33 = (1.0f / (1.0f + expf(-v27)));
      const float v34 = (v33 * a16);
      const float v35 = (v34 + v32);
      const float v36 = tanhf(v35);
      const float v37 = (1.0f / (1.0f + expf(-v28)));
      const float v38 = (v37 * v36);
      ((float *)(base + 205696))[idx] = v35;
      ((float *)(base + 205952))[idx] = v38;
  }
}

/* prefill_k185_concat: concat f32[1, 32] */
void prefill_k185_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v42 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205760))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 205952))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v42;
  }
}

/* prefill_k186_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], add f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k186_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a35 = ((float *)(base + 205696))[idx];
      const float v45 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v46 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v47 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v48 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v49 = tanhf(v48);
      const float v50 = (1.0f / (1.0f + expf(-v45)));
      const float v51 = (v50 * v49);
      const float v52 = (1.0f / (1.0f + expf(-v46)));
      const float v53 = (v52 * a35);
      const float v54 = (v53 + v51);
      const float v55 = tanhf(v54);
      const float v56 = (1.0f / (1.0f + expf(-v47)));
      const float v57 = (v56 * v55);
      ((float *)(base + 205760))[idx] = v54;
      ((float *)(base + 205824))[idx] = v57;
  }
}

/* prefill_k187_slice: slice f32[1, 1, 16], slice f32[1, 1, 16], slice f32[1, 1, 16] */
void prefill_k187_slice(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v59 = ((float *)(base + 204800))[0 + ((idx / 16LL % 1LL) + 3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v78 = ((float *)(base + 204800))[0 + ((idx / 16LL % 1LL) + 4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v97 = ((float *)(base + 204800))[0 + ((idx / 16LL % 1LL) + 5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205312))[idx] = v59;
      ((float *)(base + 205696))[idx] = v78;
      ((float *)(base + 206016))[idx] = v97;
  }
}

/* prefill_k188_concat: concat f32[1, 32] */
void prefill_k188_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v61 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205312))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 205824))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v61;
  }
}

/* prefill_k189_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], add f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k189_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a54 = ((float *)(base + 205760))[idx];
      const float v64 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v65 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v66 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v67 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v68 = tanhf(v67);
      const float v69 = (1.0f / (1.0f + expf(-v64)));
      const float v70 = (v69 * v68);
      const float v71 = (1.0f / (1.0f + expf(-v65)));
      const float v72 = (v71 * a54);
      const float v73 = (v72 + v70);
      const float v74 = tanhf(v73);
      const float v75 = (1.0f / (1.0f + expf(-v66)));
      const float v76 = (v75 * v74);
      ((float *)(base + 206080))[idx] = v73;
      ((float *)(base + 206144))[idx] = v76;
  }
}

/* prefill_k190_concat: concat f32[1, 32] */
void prefill_k190_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v80 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205696))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206144))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v80;
  }
}

/* prefill_k191_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], add f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k191_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a73 = ((float *)(base + 206080))[idx];
      const float v83 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v84 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v85 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v86 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v87 = tanhf(v86);
      const float v88 = (1.0f / (1.0f + expf(-v83)));
      const float v89 = (v88 * v87);
      const float v90 = (1.0f / (1.0f + expf(-v84)));
      const float v91 = (v90 * a73);
      const float v92 = (v91 + v89);
      const float v93 = tanhf(v92);
      const float v94 = (1.0f / (1.0f + expf(-v85)));
      const float v95 = (v94 * v93);
      ((float *)(base + 205696))[idx] = v92;
      ((float *)(base + 205760))[idx] = v95;
  }
}

/* prefill_k192_concat: concat f32[1, 32] */
void prefill_k192_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v99 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 206016))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 205760))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v99;
  }
}

/* prefill_k193_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], add f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k193_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a92 = ((float *)(base + 205696))[idx];
      const float v102 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v103 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v104 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v105 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v106 = tanhf(v105);
      const float v107 = (1.0f / (1.0f + expf(-v102)));
      const float v108 = (v107 * v106);
      const float v109 = (1.0f / (1.0f + expf(-v103)));
      const float v110 = (v109 * a92);
      const float v111 = (v110 + v108);
      const float v112 = tanhf(v111);
      const float v113 = (1.0f / (1.0f + expf(-v104)));
      const float v114 = (v113 * v112);
      ((float *)(base + 206016))[idx] = v111;
      ((float *)(base + 206080))[idx] = v114;
  }
}

/* prefill_k194_slice: slice f32[1, 1, 16], slice f32[1, 1, 16] */
void prefill_k194_slice(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v116 = ((float *)(base + 204800))[0 + ((idx / 16LL % 1LL) + 6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v135 = ((float *)(base + 204800))[0 + ((idx / 16LL % 1LL) + 7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL];
      ((float *)(base + 205312))[idx] = v116;
      ((float *)(base + 205696))[idx] = v135;
  }
}

/* prefill_k195_concat: concat f32[1, 32] */
void prefill_k195_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v118 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205312))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206080))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v118;
  }
}

/* prefill_k196_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], add f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k196_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a111 = ((float *)(base + 206016))[idx];
      const float v121 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v122 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v123 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v124 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v125 = tanhf(v124);
      const float v126 = (1.0f / (1.0f + expf(-v121)));
      const float v127 = (v126 * v125);
      const float v128 = (1.0f / (1.0f + expf(-v122)));
      const float v129 = (v128 * a111);
      const float v130 = (v129 + v127);
      const float v131 = tanhf(v130);
      const float v132 = (1.0f / (1.0f + expf(-v123)));
      const float v133 = (v132 * v131);
      ((float *)(base + 206208))[idx] = v130;
      ((float *)(base + 206272))[idx] = v133;
  }
}

/* prefill_k197_concat: concat f32[1, 32] */
void prefill_k197_concat(char *base) {
  for (int64_t idx = 0; idx < 32LL; idx++) {
      const int64_t col = idx % 32LL; (void)col;
      const float v137 = ((idx / 1LL % 32LL) < 16LL ? ((float *)(base + 205696))[0 + ((idx / 1LL % 32LL)) * 1LL] : ((float *)(base + 206272))[0 + ((idx / 1LL % 32LL) + -16LL) * 1LL]);
      ((float *)(base + 205568))[idx] = v137;
  }
}

/* prefill_k198_mul: slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], slice f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16], add f32[1, 16], tanh f32[1, 16], sigmoid f32[1, 16], mul f32[1, 16] */
void prefill_k198_mul(char *base) {
  for (int64_t idx = 0; idx < 16LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float a130 = ((float *)(base + 206208))[idx];
      const float v140 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL)) * 1LL];
      const float v141 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v142 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      const float v143 = ((float *)(base + 205312))[0 + ((idx / 1LL % 16LL) + 48LL) * 1LL];
      const float v144 = tanhf(v143);
      const float v145 = (1.0f / (1.0f + expf(-v140)));
      const float v146 = (v145 * v144);
      const float v147 = (1.0f / (1.0f + expf(-v141)));
      const float v148 = (v147 * a130);
      const float v149 = (v148 + v146);
      const float v150 = tanhf(v149);
      const float v151 = (1.0f / (1.0f + expf(-v142)));
      const float v152 = (v151 * v150);
      ((float *)(base + 205568))[idx] = v152;
  }
}

/* prefill_k199_rowsum: concat f32[1, 8, 16], add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k199_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc158 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 204800))[idx];
      const float v154 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 205888))[0 + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 205952))[0 + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 205824))[0 + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 206144))[0 + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 205760))[0 + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 206080))[0 + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 206272))[0 + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 205568))[0 + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v155 = (a2 + v154);
      acc158 = acc158 + v155;
    }
      const float v158 = (float)acc158;
      const float v160 = (v158 * 0.0625f);
    double acc163 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 204800))[idx];
      const float v154 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 205888))[0 + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 205952))[0 + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 205824))[0 + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 206144))[0 + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 205760))[0 + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 206080))[0 + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 206272))[0 + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 205568))[0 + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v155 = (a2 + v154);
      const float v161 = (v155 - v160);
      const float v162 = (v161 * v161);
      acc163 = acc163 + v162;
    }
      const float v163 = (float)acc163;
      const float v164 = (v163 * 0.0625f);
      const float v166 = (v164 + 1e-05f);
      const float v167 = (1.0f / sqrtf(v166));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a2 = ((float *)(base + 204800))[idx];
      const float a156 = ((float *)(base + 24832))[(idx % 16LL)];
      const float a157 = ((float *)(base + 24896))[(idx % 16LL)];
      const float v154 = ((idx / 16LL % 8LL) < 1LL ? ((float *)(base + 205888))[0 + ((idx / 16LL % 8LL)) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 2LL ? ((float *)(base + 205952))[0 + ((idx / 16LL % 8LL) + -1LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 3LL ? ((float *)(base + 205824))[0 + ((idx / 16LL % 8LL) + -2LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 4LL ? ((float *)(base + 206144))[0 + ((idx / 16LL % 8LL) + -3LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 5LL ? ((float *)(base + 205760))[0 + ((idx / 16LL % 8LL) + -4LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 6LL ? ((float *)(base + 206080))[0 + ((idx / 16LL % 8LL) + -5LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : (idx / 16LL % 8LL) < 7LL ? ((float *)(base + 206272))[0 + ((idx / 16LL % 8LL) + -6LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL] : ((float *)(base + 205568))[0 + ((idx / 16LL % 8LL) + -7LL) * 16LL + ((idx / 1LL % 16LL)) * 1LL]);
      const float v155 = (a2 + v154);
      const float v161 = (v155 - v160);
      const float v168 = (v161 * v167);
      const float v169 = (v168 * a156);
      const float v170 = (v169 + a157);
      ((float *)(base + 206336))[idx] = v155;
      ((float *)(base + 206848))[idx] = v170;
    }
  }
}

/* prefill_k200_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k200_slice(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v175 = ((float *)(base + 204800))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v176 = ((float *)(base + 204800))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v177 = ((float *)(base + 204800))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 206848))[idx] = v175;
      ((float *)(base + 207360))[idx] = v176;
      ((float *)(base + 207872))[idx] = v177;
  }
}

/* prefill_k201_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k201_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v179 = ((float *)(base + 206848))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v181 = ((float *)(base + 207360))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v183 = ((float *)(base + 207872))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v179;
      ((float *)(base + 205312))[idx] = v181;
      ((float *)(base + 205824))[idx] = v183;
  }
}

/* prefill_k202_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k202_attention(char *base) {
  const float *Q = (const float *)(base + 204800); (void)Q;
  const float *K = (const float *)(base + 205312); (void)K;
  const float *V = (const float *)(base + 205824); (void)V;
  const int32_t *P = (const int32_t *)(base + 213568); (void)P;
  float *out = (float *)(base + 206848); (void)out;
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

/* prefill_k203_permute: permute f32[1, 8, 2, 8] */
void prefill_k203_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v186 = ((float *)(base + 206848))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v186;
  }
}

/* prefill_k204_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k204_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc195 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a155 = ((float *)(base + 206336))[idx];
      const float a191 = ((float *)(base + 205312))[idx];
      const float v192 = (a155 + a191);
      acc195 = acc195 + v192;
    }
      const float v195 = (float)acc195;
      const float v196 = (v195 * 0.0625f);
    double acc199 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a155 = ((float *)(base + 206336))[idx];
      const float a191 = ((float *)(base + 205312))[idx];
      const float v192 = (a155 + a191);
      const float v197 = (v192 - v196);
      const float v198 = (v197 * v197);
      acc199 = acc199 + v198;
    }
      const float v199 = (float)acc199;
      const float v200 = (v199 * 0.0625f);
      const float v201 = (v200 + 1e-05f);
      const float v202 = (1.0f / sqrtf(v201));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a155 = ((float *)(base + 206336))[idx];
      const float a191 = ((float *)(base + 205312))[idx];
      const float a193 = ((float *)(base + 29312))[(idx % 16LL)];
      const float a194 = ((float *)(base + 29376))[(idx % 16LL)];
      const float v192 = (a155 + a191);
      const float v197 = (v192 - v196);
      const float v203 = (v197 * v202);
      const float v204 = (v203 * a193);
      const float v205 = (v204 + a194);
      ((float *)(base + 206848))[idx] = v192;
      ((float *)(base + 207360))[idx] = v205;
    }
  }
}

/* prefill_k205_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k205_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc218 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a192 = ((float *)(base + 206848))[idx];
      const float a214 = ((float *)(base + 207360))[idx];
      const float v215 = (a192 + a214);
      acc218 = acc218 + v215;
    }
      const float v218 = (float)acc218;
      const float v219 = (v218 * 0.0625f);
    double acc222 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a192 = ((float *)(base + 206848))[idx];
      const float a214 = ((float *)(base + 207360))[idx];
      const float v215 = (a192 + a214);
      const float v220 = (v215 - v219);
      const float v221 = (v220 * v220);
      acc222 = acc222 + v221;
    }
      const float v222 = (float)acc222;
      const float v223 = (v222 * 0.0625f);
      const float v224 = (v223 + 1e-05f);
      const float v225 = (1.0f / sqrtf(v224));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a192 = ((float *)(base + 206848))[idx];
      const float a214 = ((float *)(base + 207360))[idx];
      const float a216 = ((float *)(base + 37952))[(idx % 16LL)];
      const float a217 = ((float *)(base + 38016))[(idx % 16LL)];
      const float v215 = (a192 + a214);
      const float v220 = (v215 - v219);
      const float v226 = (v220 * v225);
      const float v227 = (v226 * a216);
      const float v228 = (v227 + a217);
      ((float *)(base + 206336))[idx] = v215;
      ((float *)(base + 207872))[idx] = v228;
    }
  }
}

/* prefill_k206_slice: slice f32[1, 8, 16], slice f32[1, 8, 16], slice f32[1, 8, 16] */
void prefill_k206_slice(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 16LL; (void)col;
      const float v233 = ((float *)(base + 204800))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL)) * 1LL];
      const float v234 = ((float *)(base + 204800))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 16LL) * 1LL];
      const float v235 = ((float *)(base + 204800))[0 + ((idx / 16LL % 8LL)) * 48LL + ((idx / 1LL % 16LL) + 32LL) * 1LL];
      ((float *)(base + 206848))[idx] = v233;
      ((float *)(base + 207360))[idx] = v234;
      ((float *)(base + 207872))[idx] = v235;
  }
}

/* prefill_k207_permute: permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8], permute f32[1, 2, 8, 8] */
void prefill_k207_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v237 = ((float *)(base + 206848))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v239 = ((float *)(base + 207360))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      const float v241 = ((float *)(base + 207872))[0 + ((idx / 64LL % 2LL)) * 8LL + ((idx / 8LL % 8LL)) * 16LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v237;
      ((float *)(base + 205312))[idx] = v239;
      ((float *)(base + 205824))[idx] = v241;
  }
}

/* prefill_k208_attention: attention forward: q[1, 2, 8, 8] S=8 causal score=((s) * 0.353553391f) -> [1, 2, 8, 8] */
void prefill_k208_attention(char *base) {
  const float *Q = (const float *)(base + 204800); (void)Q;
  const float *K = (const float *)(base + 205312); (void)K;
  const float *V = (const float *)(base + 205824); (void)V;
  const int32_t *P = (const int32_t *)(base + 213568); (void)P;
  float *out = (float *)(base + 206848); (void)out;
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

/* prefill_k209_permute: permute f32[1, 8, 2, 8] */
void prefill_k209_permute(char *base) {
  for (int64_t idx = 0; idx < 128LL; idx++) {
      const int64_t col = idx % 8LL; (void)col;
      const float v243 = ((float *)(base + 206848))[0 + ((idx / 16LL % 8LL)) * 8LL + ((idx / 8LL % 2LL)) * 64LL + ((idx / 1LL % 8LL)) * 1LL];
      ((float *)(base + 204800))[idx] = v243;
  }
}

/* prefill_k210_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k210_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc252 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a215 = ((float *)(base + 206336))[idx];
      const float a248 = ((float *)(base + 205312))[idx];
      const float v249 = (a215 + a248);
      acc252 = acc252 + v249;
    }
      const float v252 = (float)acc252;
      const float v253 = (v252 * 0.0625f);
    double acc256 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a215 = ((float *)(base + 206336))[idx];
      const float a248 = ((float *)(base + 205312))[idx];
      const float v249 = (a215 + a248);
      const float v254 = (v249 - v253);
      const float v255 = (v254 * v254);
      acc256 = acc256 + v255;
    }
      const float v256 = (float)acc256;
      const float v257 = (v256 * 0.0625f);
      const float v258 = (v257 + 1e-05f);
      const float v259 = (1.0f / sqrtf(v258));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a215 = ((float *)(base + 206336))[idx];
      const float a248 = ((float *)(base + 205312))[idx];
      const float a250 = ((float *)(base + 42432))[(idx % 16LL)];
      const float a251 = ((float *)(base + 42496))[(idx % 16LL)];
      const float v249 = (a215 + a248);
      const float v254 = (v249 - v253);
      const float v260 = (v254 * v259);
      const float v261 = (v260 * a250);
      const float v262 = (v261 + a251);
      ((float *)(base + 206848))[idx] = v249;
      ((float *)(base + 207360))[idx] = v262;
    }
  }
}

/* prefill_k211_rowsum: add f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], sub f32[1, 8, 16], mul f32[1, 8, 16], sum f32[1, 8, 1], mul f32[1, 8, 1], add f32[1, 8, 1], rsqrt f32[1, 8, 1], mul f32[1, 8, 16], mul f32[1, 8, 16], add f32[1, 8, 16] */
void prefill_k211_rowsum(char *base) {
  for (int64_t r = 0; r < 8LL; r++) {
    int64_t idx = r, col = 0; (void)idx; (void)col;
    double acc275 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a249 = ((float *)(base + 206848))[idx];
      const float a271 = ((float *)(base + 207360))[idx];
      const float v272 = (a249 + a271);
      acc275 = acc275 + v272;
    }
      const float v275 = (float)acc275;
      const float v276 = (v275 * 0.0625f);
    double acc279 = 0.0f;
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a249 = ((float *)(base + 206848))[idx];
      const float a271 = ((float *)(base + 207360))[idx];
      const float v272 = (a249 + a271);
      const float v277 = (v272 - v276);
      const float v278 = (v277 * v277);
      acc279 = acc279 + v278;
    }
      const float v279 = (float)acc279;
      const float v280 = (v279 * 0.0625f);
      const float v281 = (v280 + 1e-05f);
      const float v282 = (1.0f / sqrtf(v281));
    for (int64_t col = 0; col < 16LL; col++) {
      const int64_t idx = r * 16LL + col; (void)idx;
      const float a249 = ((float *)(base + 206848))[idx];
      const float a271 = ((float *)(base + 207360))[idx];
      const float a273 = ((float *)(base + 51072))[(idx % 16LL)];
      const float a274 = ((float *)(base + 51136))[(idx % 16LL)];
      const float v272 = (a249 + a271);
      const float v277 = (v272 - v276);
      const float v283 = (v277 * v282);
      const float v284 = (v283 * a273);
      const float v285 = (v284 + a274);
      ((float *)(base + 212992))[idx] = v285;
    }
  }
}

