/* prelude.h: the scalar helpers of generated kernels and of the evaluator.
 *
 * This text is the one definition: code generation embeds it verbatim near
 * the top of every C and CUDA kernel source (one of the kernel files of
 * codegen/local.mk), and eval.c includes it, so the
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

/* GELU's constants, defined here only: k = sqrt(2/pi) and c of
 * u = k (x + c x^3).  Written as double literals; G23_F(G23_GELU_K) is the
 * same digits as a float literal (0.7978845608028654f), which the kernels
 * use.  Every kernel that applies GELU calls g23_gelu or g23_gelu_grad
 * (codegen/kernels/epilogue.h among them); none writes the formula again. */
#define G23_GELU_K 0.7978845608028654
#define G23_GELU_C 0.044715
#define G23_F_(x) x##f
#define G23_F(x) G23_F_(x)

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

/* exp(x) in float without a call: the C library's expf is a function that
 * no loop vectorises (short of -ffast-math), and the kernels' softmax,
 * attention and GELU loops are dominated by it.  G23_EXPF names the exp of
 * every generated kernel: g23_expf in the C dialect, the device's expf in
 * CUDA, expf where nothing says otherwise.
 *
 * exp(x) = 2^n e^r: n = round(x log2 e) (by the 1.5 * 2^23 rounding trick,
 * which has no undefined conversion of NaN), r = x - n ln 2 with ln 2 in two
 * parts (Cody and Waite; n ln2_hi is exact), e^r by Taylor's polynomial of
 * degree 7 (|r| <= ln2 / 2: truncation below 2^-27), and 2^n as the product
 * of two powers of two that are both normal floats, so that results below
 * FLT_MIN round once, correctly, to subnormals.  No branches: clamping x to
 * [-104, 89] first keeps n in [-150, 128] (-inf gives 0, +inf and
 * overflow inf) and lets NaN through (comparisons with NaN are false), to a
 * NaN result.  Within 2 ulp of exp over every float (test/ir/test_expf.c). */
G23_FN float g23_expf(float x) {
  /* Unsigned bits: a NaN's garbage n must not overflow a signed int. */
  union { float f; uint32_t u; } t, s1, s2;
  x = x < -104.0f ? -104.0f : x;
  x = x > 89.0f ? 89.0f : x;
  t.f = x * 1.44269504088896341f + 12582912.0f;
  const float n = t.f - 12582912.0f;
  const int32_t ni = (int32_t)(t.u - 0x4B400000u);
  float r = x - n * 0.693145751953125f;
  r = r - n * 1.428606765330187045e-06f;
  float p = 1.0f / 5040.0f;
  p = p * r + 1.0f / 720.0f;
  p = p * r + 1.0f / 120.0f;
  p = p * r + 1.0f / 24.0f;
  p = p * r + 1.0f / 6.0f;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  const int32_t n1 = ni / 2, n2 = ni - n1;
  s1.u = (uint32_t)(n1 + 127) << 23;
  s2.u = (uint32_t)(n2 + 127) << 23;
  return p * s1.f * s2.f;
}
#ifndef G23_EXPF
#define G23_EXPF expf
#endif

/* GELU, tanh approximation (GPT-2's "gelu_new"):
 *   gelu(x) = x/2 (1 + tanh(u)),  u = k (x + c x^3), k = sqrt(2/pi), c = 0.044715
 * computed through the identity (1 + tanh(u))/2 = sigmoid(2u), which needs
 * one expf instead of a tanhf (several times slower in C libraries). */
G23_FN float g23_gelu(float x) {
  float u = G23_F(G23_GELU_K) * (x + G23_F(G23_GELU_C) * x * x * x);
  return x / (1.0f + G23_EXPF(-2.0f * u));
}

/* d gelu / dx = (1 + t)/2 + x/2 (1 - t^2) u',  t = tanh(u)
 *             = s + 2 x s (1 - s) u',  s = sigmoid(2u),  u' = k (1 + 3 c x^2) */
G23_FN float g23_gelu_grad(float x) {
  float u = G23_F(G23_GELU_K) * (x + G23_F(G23_GELU_C) * x * x * x);
  float s = 1.0f / (1.0f + G23_EXPF(-2.0f * u));
  float du = G23_F(G23_GELU_K) * (1.0f + 3.0f * G23_F(G23_GELU_C) * x * x);
  return s + 2.0f * x * s * (1.0f - s) * du;
}

#endif
