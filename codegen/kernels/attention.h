/* attention.h: the C attention kernels (generated around by
 * codegen/attention.c) and their tile products.  A tile of at most G23_ATT_CT query (or key) rows
 * meets a block of G23_ATT_CB keys (queries) copied transposed onto the
 * stack (g23_att_transpose), so that the scores (g23_att_dots) run across
 * SIMD lanes, four rows and sixteen columns of results in registers; the
 * weighted rows are then added to the tile's accumulators (g23_att_axpy,
 * vectors along the head dimension).  The sizes are limits.h's.  Every
 * function here is inlined where it is called (G23_ATT_INLINE), so that
 * each kernel's copy is specialised on its constants. */
#define G23_ATT_INLINE static inline __attribute__((always_inline))
#ifdef __AVX__
#include <immintrin.h> /* the AVX2 products and the 8 x 8 transposes below */
#endif
/* The width in floats of one vector of results: a register of AVX-512;
 * without it two of AVX2 would make the four rows' sixteen columns eight
 * accumulators out of sixteen registers, and they spilled. */
#ifdef __AVX512F__
#define G23_ATT_VW 16
#else
#define G23_ATT_VW 8
#endif
/* a0..a3[k] += v0..v3 * y[k], k < G23_ATT_VW: four rows of results, one
 * vector each, as fused multiply-adds.  The kernels are compiled without
 * contraction (-ffp-contract=off, runtime/cpu/backend_cpu.c), so a fused
 * one is written where it is meant: fmaf vectorises to the FMA instruction
 * under -march=native, and with a multiply and an add the products ran at
 * two thirds of the speed on AVX-512 (gpt23.net's attention). */
#define G23_ATT_FMA4(y) \
  _Pragma("omp simd") \
  for (int k = 0; k < G23_ATT_VW; k++) { \
    a0[k] = fmaf(v0, (y)[k], a0[k]); \
    a1[k] = fmaf(v1, (y)[k], a1[k]); \
    a2[k] = fmaf(v2, (y)[k], a2[k]); \
    a3[k] = fmaf(v3, (y)[k], a3[k]); \
  }
/* The tile products' inner loops for four rows of results two registers
 * wide, written with intrinsics where the kernels are compiled for AVX2
 * with FMA and without AVX-512 (-march=native): eight accumulators, two
 * loads and four broadcasts per eight FMAs.  Left to the compiler, those
 * loops hold one register of 8 per row (G23_ATT_VW), bound by the loads
 * (gpt23.net's attention kernels: 15 to 19 % slower); generic ones two
 * registers wide spilled.  With AVX-512 the compiler's loops of one
 * register of 16 per row are faster than these by 8 %, and are kept.
 * Each element is the same chain of fused multiply-adds in the same order
 * as G23_ATT_FMA4's, so the bits do not depend on the path taken. */
#if defined(__AVX2__) && defined(__FMA__) && !defined(__AVX512F__)
#define G23_ATT_SIMD 8
typedef __m256 g23_att_v;
#define g23_att_vzero() _mm256_setzero_ps()
#define g23_att_vload(p) _mm256_loadu_ps(p)
#define g23_att_vstore(p, v) _mm256_storeu_ps((p), (v))
#define g23_att_vbcast(p) _mm256_broadcast_ss(p)
#define g23_att_vfma(a, b, c) _mm256_fmadd_ps((a), (b), (c))
#endif
#ifdef G23_ATT_SIMD
/* a_i0, a_i1 += *x_i * (y0, y1) for the four rows i: one step of both products. */
#define G23_ATT_VFMA8(p0, p1, p2, p3) \
  do { \
    g23_att_v b_ = g23_att_vbcast(p0); \
    a00 = g23_att_vfma(b_, y0, a00); \
    a01 = g23_att_vfma(b_, y1, a01); \
    b_ = g23_att_vbcast(p1); \
    a10 = g23_att_vfma(b_, y0, a10); \
    a11 = g23_att_vfma(b_, y1, a11); \
    b_ = g23_att_vbcast(p2); \
    a20 = g23_att_vfma(b_, y0, a20); \
    a21 = g23_att_vfma(b_, y1, a21); \
    b_ = g23_att_vbcast(p3); \
    a30 = g23_att_vfma(b_, y0, a30); \
    a31 = g23_att_vfma(b_, y1, a31); \
  } while (0)
/* Row i's two registers to (or from) p + i * ld. */
#define G23_ATT_VSTORE8(p, ld) \
  do { \
    g23_att_vstore((p), a00), g23_att_vstore((p) + G23_ATT_SIMD, a01); \
    g23_att_vstore((p) + (ld), a10), g23_att_vstore((p) + (ld) + G23_ATT_SIMD, a11); \
    g23_att_vstore((p) + 2 * (ld), a20), g23_att_vstore((p) + 2 * (ld) + G23_ATT_SIMD, a21); \
    g23_att_vstore((p) + 3 * (ld), a30), g23_att_vstore((p) + 3 * (ld) + G23_ATT_SIMD, a31); \
  } while (0)
#endif
#ifdef __AVX__
/* dst[d][c] = src[c][d] for c, d < 8 (src rows at stride D, dst rows at
 * stride CB): eight rows in registers, transposed by unpacks and shuffles. */
G23_ATT_INLINE void g23_att_transpose8(float *restrict dst, const float *restrict src, int64_t D) {
  const __m256 r0 = _mm256_loadu_ps(src), r1 = _mm256_loadu_ps(src + D), r2 = _mm256_loadu_ps(src + 2 * D),
               r3 = _mm256_loadu_ps(src + 3 * D), r4 = _mm256_loadu_ps(src + 4 * D), r5 = _mm256_loadu_ps(src + 5 * D),
               r6 = _mm256_loadu_ps(src + 6 * D), r7 = _mm256_loadu_ps(src + 7 * D);
  /* pairs of rows interleaved, then pairs of pairs, then the halves */
  const __m256 t0 = _mm256_unpacklo_ps(r0, r1), t1 = _mm256_unpackhi_ps(r0, r1), t2 = _mm256_unpacklo_ps(r2, r3),
               t3 = _mm256_unpackhi_ps(r2, r3), t4 = _mm256_unpacklo_ps(r4, r5), t5 = _mm256_unpackhi_ps(r4, r5),
               t6 = _mm256_unpacklo_ps(r6, r7), t7 = _mm256_unpackhi_ps(r6, r7);
  const __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44), u1 = _mm256_shuffle_ps(t0, t2, 0xEE),
               u2 = _mm256_shuffle_ps(t1, t3, 0x44), u3 = _mm256_shuffle_ps(t1, t3, 0xEE),
               u4 = _mm256_shuffle_ps(t4, t6, 0x44), u5 = _mm256_shuffle_ps(t4, t6, 0xEE),
               u6 = _mm256_shuffle_ps(t5, t7, 0x44), u7 = _mm256_shuffle_ps(t5, t7, 0xEE);
  _mm256_storeu_ps(dst, _mm256_permute2f128_ps(u0, u4, 0x20));
  _mm256_storeu_ps(dst + G23_ATT_CB, _mm256_permute2f128_ps(u1, u5, 0x20));
  _mm256_storeu_ps(dst + 2 * G23_ATT_CB, _mm256_permute2f128_ps(u2, u6, 0x20));
  _mm256_storeu_ps(dst + 3 * G23_ATT_CB, _mm256_permute2f128_ps(u3, u7, 0x20));
  _mm256_storeu_ps(dst + 4 * G23_ATT_CB, _mm256_permute2f128_ps(u0, u4, 0x31));
  _mm256_storeu_ps(dst + 5 * G23_ATT_CB, _mm256_permute2f128_ps(u1, u5, 0x31));
  _mm256_storeu_ps(dst + 6 * G23_ATT_CB, _mm256_permute2f128_ps(u2, u6, 0x31));
  _mm256_storeu_ps(dst + 7 * G23_ATT_CB, _mm256_permute2f128_ps(u3, u7, 0x31));
}
#endif
/* dst[d][c] = src row c, element d (rows at stride D), c < n; 0 for n <= c < CB.
 * With AVX, squares of 8 x 8 in registers where they lie wholly in the n
 * rows and the D columns (element by element, the transposes took a fifth
 * of gpt23.net's attention kernels; these, 8 % less of them, on AVX2 and
 * on AVX-512 alike); the rest element by element. */
G23_ATT_INLINE void g23_att_transpose(float *restrict dst, const float *restrict src, int n, int64_t D) {
#ifdef __AVX__
  const int64_t D8 = D & ~(int64_t)7;
  for (int c0 = 0; c0 + 8 <= n; c0 += 8)
    for (int64_t d0 = 0; d0 < D8; d0 += 8) g23_att_transpose8(dst + d0 * G23_ATT_CB + c0, src + c0 * D + d0, D);
  for (int c = 0; c < n; c++)
    for (int64_t d = c < (n & ~7) ? D8 : 0; d < D; d++) dst[d * G23_ATT_CB + c] = src[c * D + d];
#else
  for (int c = 0; c < n; c++)
    for (int64_t d = 0; d < D; d++) dst[d * G23_ATT_CB + c] = src[c * D + d];
#endif
  /* The columns past n: a run of zeros along each row of dst (filled
   * column by column, they took a tenth of the backward's time). */
  if (n < G23_ATT_CB)
    for (int64_t d = 0; d < D; d++)
      for (int c = n; c < G23_ATT_CB; c++) dst[d * G23_ATT_CB + c] = 0.0f;
}
/* S[r][c] = sum_d X[r][d] Yt[d][c], r < nr (rows of X at stride D), c < CB. */
G23_ATT_INLINE void g23_att_dots(float *restrict S, const float *restrict X, int nr, const float *restrict Yt,
                                int64_t D) {
  if (nr > G23_ATT_CT) nr = G23_ATT_CT;
  int64_t r = 0;
#ifdef G23_ATT_SIMD
  for (; r + 4 <= nr; r += 4) {
    const float *x0 = X + r * D, *x1 = x0 + D, *x2 = x1 + D, *x3 = x2 + D;
    for (int c0 = 0; c0 < G23_ATT_CB; c0 += 2 * G23_ATT_SIMD) {
      g23_att_v a00 = g23_att_vzero(), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00, a31 = a00;
      for (int64_t d = 0; d < D; d++) {
        const float *y = Yt + d * G23_ATT_CB + c0;
        const g23_att_v y0 = g23_att_vload(y), y1 = g23_att_vload(y + G23_ATT_SIMD);
        G23_ATT_VFMA8(x0 + d, x1 + d, x2 + d, x3 + d);
      }
      G23_ATT_VSTORE8(S + r * G23_ATT_CB + c0, G23_ATT_CB);
    }
  }
#endif
  for (; r + 4 <= nr; r += 4) {
    const float *x0 = X + r * D, *x1 = x0 + D, *x2 = x1 + D, *x3 = x2 + D;
    for (int c0 = 0; c0 < G23_ATT_CB; c0 += G23_ATT_VW) {
      float a0[G23_ATT_VW] = {0}, a1[G23_ATT_VW] = {0}, a2[G23_ATT_VW] = {0}, a3[G23_ATT_VW] = {0};
      for (int64_t d = 0; d < D; d++) {
        const float *y = Yt + d * G23_ATT_CB + c0;
        const float v0 = x0[d], v1 = x1[d], v2 = x2[d], v3 = x3[d];
        G23_ATT_FMA4(y);
      }
      for (int k = 0; k < G23_ATT_VW; k++) {
        S[r * G23_ATT_CB + c0 + k] = a0[k];
        S[(r + 1) * G23_ATT_CB + c0 + k] = a1[k];
        S[(r + 2) * G23_ATT_CB + c0 + k] = a2[k];
        S[(r + 3) * G23_ATT_CB + c0 + k] = a3[k];
      }
    }
  }
  for (int64_t q = 0; q < 3 && r < nr; q++, r++) { /* the last rows, fewer than 4 */
    const float *x0 = X + r * D;
    for (int c0 = 0; c0 < G23_ATT_CB; c0 += G23_ATT_VW) {
      float a0[G23_ATT_VW] = {0};
      for (int64_t d = 0; d < D; d++) {
        const float *y = Yt + d * G23_ATT_CB + c0;
        const float v0 = x0[d];
        _Pragma("omp simd")
        for (int k = 0; k < G23_ATT_VW; k++) a0[k] = fmaf(v0, y[k], a0[k]);
      }
      for (int k = 0; k < G23_ATT_VW; k++) S[r * G23_ATT_CB + c0 + k] = a0[k];
    }
  }
}
/* S[r][c] = X[r] . Y[c] for c < n (rows of Y at stride D), 0 for n <= c < CB:
 * for tiles of a row or two (decoding), where transposing the block costs
 * as much as the products. */
G23_ATT_INLINE void g23_att_dots_rows(float *restrict S, const float *restrict X, int nr,
                                     const float *restrict Y, int n, int64_t D) {
  if (nr > G23_ATT_CT) nr = G23_ATT_CT;
  for (int64_t r = 0; r < nr; r++)
    for (int c = 0; c < G23_ATT_CB; c++) {
      float x = 0.0f;
      if (c < n) {
        const float *xr = X + r * D, *y = Y + c * D;
        _Pragma("omp simd reduction(+:x)")
        for (int64_t d = 0; d < D; d++) x += xr[d] * y[d];
      }
      S[r * G23_ATT_CB + c] = x;
    }
}
/* A[r][d] += sum_{c < n} W[r][c] Y[c][d], r < nr; A rows at stride D, W rows at
 * stride CB, Y rows at stride D. */
G23_ATT_INLINE void g23_att_axpy(float *restrict A, int nr, const float *restrict W, int n,
                                const float *restrict Y, int64_t D) {
  const int64_t Dv = D & ~(int64_t)(G23_ATT_VW - 1);
  if (nr > G23_ATT_CT) nr = G23_ATT_CT;
  int64_t r = 0;
  for (; r + 4 <= nr; r += 4) {
    const float *w0 = W + r * G23_ATT_CB, *w1 = w0 + G23_ATT_CB, *w2 = w1 + G23_ATT_CB, *w3 = w2 + G23_ATT_CB;
    float *A0 = A + r * D, *A1 = A0 + D, *A2 = A1 + D, *A3 = A2 + D;
    int64_t d0 = 0;
#ifdef G23_ATT_SIMD
    for (; d0 + 2 * G23_ATT_SIMD <= D; d0 += 2 * G23_ATT_SIMD) {
      g23_att_v a00 = g23_att_vload(A0 + d0), a01 = g23_att_vload(A0 + d0 + G23_ATT_SIMD);
      g23_att_v a10 = g23_att_vload(A1 + d0), a11 = g23_att_vload(A1 + d0 + G23_ATT_SIMD);
      g23_att_v a20 = g23_att_vload(A2 + d0), a21 = g23_att_vload(A2 + d0 + G23_ATT_SIMD);
      g23_att_v a30 = g23_att_vload(A3 + d0), a31 = g23_att_vload(A3 + d0 + G23_ATT_SIMD);
      for (int c = 0; c < n; c++) {
        const float *y = Y + c * D + d0;
        const g23_att_v y0 = g23_att_vload(y), y1 = g23_att_vload(y + G23_ATT_SIMD);
        G23_ATT_VFMA8(w0 + c, w1 + c, w2 + c, w3 + c);
      }
      G23_ATT_VSTORE8(A0 + d0, D);
    }
#endif
    for (; d0 < Dv; d0 += G23_ATT_VW) {
      float a0[G23_ATT_VW], a1[G23_ATT_VW], a2[G23_ATT_VW], a3[G23_ATT_VW];
      for (int k = 0; k < G23_ATT_VW; k++) {
        a0[k] = A0[d0 + k];
        a1[k] = A1[d0 + k];
        a2[k] = A2[d0 + k];
        a3[k] = A3[d0 + k];
      }
      for (int c = 0; c < n; c++) {
        const float *y = Y + c * D + d0;
        const float v0 = w0[c], v1 = w1[c], v2 = w2[c], v3 = w3[c];
        G23_ATT_FMA4(y);
      }
      for (int k = 0; k < G23_ATT_VW; k++) {
        A0[d0 + k] = a0[k];
        A1[d0 + k] = a1[k];
        A2[d0 + k] = a2[k];
        A3[d0 + k] = a3[k];
      }
    }
  }
  for (int64_t q = 0; q < nr; q++) {
    /* The rows left over, and every row's columns past the last 16. */
    const float *w = W + q * G23_ATT_CB;
    float *Aq = A + q * D;
    for (int64_t d = q < r ? Dv : 0; d < D; d++) {
      float acc = Aq[d];
      for (int c = 0; c < n; c++) acc += w[c] * Y[c * D + d];
      Aq[d] = acc;
    }
  }
}

/* ---- the kernels ------------------------------------------------------------
 *
 * One OpenMP iteration `it` of a C attention kernel: a tile of at most CT
 * query rows of one (batch, head) (forward, and the backward's extra
 * gradient), walking the keys in blocks of CB rows; or, for the backward,
 * one (batch, key/value head), walking its key rows in tiles of CT and
 * the queries of its group in blocks of CB.  The generated kernel
 * (codegen/attention.c) is the loop over `it` around one call: it
 * declares, per iteration, the constants of the model (g23_att_c_t) and
 * the scratch arrays whose size is the head size D, and passes their
 * addresses.  The functions are always inlined into it, so that the
 * compiler sees every constant and the score hooks, and the loops
 * vectorise as they would written out.
 *
 * Visibility: key j is visible to query t (absolute i = pos + t) when
 * j < S, and (not cross) j < pos + T, and (causal) j <= i, and (window w)
 * i - j < w.  Query head h reads key/value head h / G, G = H / Hkv. */

/* The score of raw dot product s of query i (absolute) and key j at head h,
 * or one of its derivatives; base is the kernel's (the score's extra
 * tensors are read from it). */
typedef float (*g23_att_score_fn)(const char *base, float s, int64_t i, int64_t j, int64_t h);

typedef struct {
  int64_t B, H, Hkv, T, S, D, rows, window; /* sizes (rows = B*H*T); window 0: none */
  int causal, cross, drop;
  float drop_p, drop_scale; /* dropout: probability, 1 / (1 - p) */
  uint32_t stream, seed;
  int64_t q, k, v, pos, o, dout, out, tmp; /* byte offsets in base (o, dout, tmp: backward) */
  int64_t lse; /* the rows' log-sum-exp past the forward's output, or -1: none */
  g23_att_score_fn score, dscore;          /* dscore: d score / d s, or / d the extra (backward) */
} g23_att_c_t;

/* The tile of iteration it: its (batch, head) bh (or key/value block), the
 * first row r0 and n rows, pos, each row's visible range [lo, hi) of the
 * other side and their union [u0, u1). */
typedef struct {
  int64_t blk, r0, u0, u1, *lo, *hi;
  int n;
  int32_t pos;
} g23_att_tile_t;

/* Key range [j0, j1) visible to query i. */
G23_ATT_INLINE void g23_att_key_range(const g23_att_c_t *c, int64_t i, int32_t pos, int64_t *j0, int64_t *j1) {
  *j0 = 0;
  if (c->cross) {
    *j1 = c->S;
  } else {
    *j1 = (int64_t)pos + c->T;
    if (*j1 > c->S) *j1 = c->S;
  }
  if (c->causal && *j1 > i + 1) *j1 = i + 1;
  if (c->window > 0 && i - c->window + 1 > *j0) *j0 = i - c->window + 1;
}

/* Query range [t0, t1) (rows, relative to pos) that sees key j. */
G23_ATT_INLINE void g23_att_query_range(const g23_att_c_t *c, int64_t j, int32_t pos, int64_t *t0, int64_t *t1) {
  *t0 = 0;
  *t1 = c->T;
  if (c->causal && j - (int64_t)pos > *t0) *t0 = j - (int64_t)pos;
  if (c->window > 0 && j + c->window - (int64_t)pos < *t1) *t1 = j + c->window - (int64_t)pos;
  if (!c->cross && j >= (int64_t)pos + c->T) *t1 = *t0;
}

/* The dropout factor of probability (bh, t, j), 0 or 1 / (1 - p): the draw
 * of ops.def, from the prelude's counter-based RNG as DROPOUT's. */
G23_ATT_INLINE float g23_att_keep(const g23_att_c_t *c, int64_t bh, int64_t t, int64_t j) {
  return g23_uniform(c->seed, c->stream, (uint64_t)((bh * c->T + t) * c->S + j)) >= c->drop_p ? c->drop_scale : 0.0f;
}

/* Tile `it`: T query rows per (b, h), or with keys S key rows per (b, kv head). */
G23_ATT_INLINE void g23_att_tile(const g23_att_c_t *c, const char *base, int64_t it, int keys, g23_att_tile_t *tl) {
  const int64_t R = keys ? c->S : c->T, nt = (R + G23_ATT_CT - 1) / G23_ATT_CT;
  tl->blk = it / nt;
  tl->r0 = it % nt * G23_ATT_CT;
  tl->n = tl->r0 + G23_ATT_CT <= R ? G23_ATT_CT : (int)(R - tl->r0);
  tl->pos = *(const int32_t *)(base + c->pos);
  tl->u0 = keys ? c->T : c->S;
  tl->u1 = 0;
  for (int r = 0; r < tl->n; r++) {
    int64_t a0, a1;
    if (keys) g23_att_query_range(c, tl->r0 + r, tl->pos, &a0, &a1);
    else g23_att_key_range(c, (int64_t)tl->pos + tl->r0 + r, tl->pos, &a0, &a1);
    if (a0 > a1) a1 = a0;
    tl->lo[r] = a0;
    tl->hi[r] = a1;
    if (a0 < a1) {
      if (a0 < tl->u0) tl->u0 = a0;
      if (a1 > tl->u1) tl->u1 = a1;
    }
  }
}

/* The block's scores of the tile's query rows: sc[r][c] = the score of the
 * raw dot product sr[r][c], or -inf where key jb + c is hidden from row r. */
G23_ATT_INLINE void g23_att_block_scores(const g23_att_c_t *c, const char *base, const g23_att_tile_t *tl, int64_t h,
                                         int64_t jb, float (*restrict sr)[G23_ATT_CB], float (*restrict sc)[G23_ATT_CB]) {
  for (int r = 0; r < tl->n; r++) {
    const int64_t i = (int64_t)tl->pos + tl->r0 + r, lo = tl->lo[r], hi = tl->hi[r];
    _Pragma("omp simd")
    for (int k = 0; k < G23_ATT_CB; k++) {
      const int64_t j = jb + k;
      const float s = sr[r][k];
      sc[r][k] = j >= lo && j < hi ? c->score(base, s, i, j, h) : -G23_INF;
    }
  }
}

/* Online softmax step of row r over the block: m, l, and the rescale of the
 * row's accumulator (acc[0, D), or the scalar *part); leaves the row's exps
 * in sc[r].  0 where the row sees no key of the block (sc[r] all 0). */
G23_ATT_INLINE int g23_att_block_softmax(const g23_att_c_t *c, int r, float (*restrict sc)[G23_ATT_CB], float *m,
                                         float *l, float *restrict acc, float *part) {
  /* A NaN score makes the block's max NaN, so that NaN reaches the output
   * (and the loss, where training stops on it) instead of being skipped;
   * both reductions run in SIMD lanes. */
  float mb = -G23_INF;
  int nan = 0;
  _Pragma("omp simd reduction(max:mb) reduction(|:nan)")
  for (int k = 0; k < G23_ATT_CB; k++) {
    const float x = sc[r][k];
    mb = x > mb ? x : mb;
    nan |= x != x;
  }
  if (nan) mb = NAN;
  if (mb == -G23_INF) {
    for (int k = 0; k < G23_ATT_CB; k++) sc[r][k] = 0.0f;
    return 0;
  }
  const float mn = m[r] > mb ? m[r] : mb, cr = G23_EXPF(m[r] - mn);
  m[r] = mn;
  if (part) *part *= cr;
  else
    for (int64_t d = 0; d < c->D; d++) acc[d] *= cr;
  /* In SIMD lanes (the exps are most of the work: G23_EXPF vectorises). */
  float ls = 0.0f;
  _Pragma("omp simd reduction(+:ls)")
  for (int k = 0; k < G23_ATT_CB; k++) {
    const float e = G23_EXPF(sc[r][k] - mn);
    sc[r][k] = e;
    ls += e;
  }
  l[r] = l[r] * cr + ls;
  return 1;
}

/* Forward, tile it: out = softmax(score) v per query row, online softmax
 * over the key blocks.  acc: [CT][D]; kt: [D][CB], or NULL where T is under
 * G23_ATT_FEW_ROWS (each block scored row by row, not transposed). */
G23_ATT_INLINE void g23_att_fwd_c(const g23_att_c_t *c, char *base, int64_t it, float *restrict acc,
                                  float *restrict kt) {
  const int64_t D = c->D, S = c->S, T = c->T, G = c->H / c->Hkv;
  const float *Q = (const float *)(base + c->q), *K = (const float *)(base + c->k);
  const float *V = (const float *)(base + c->v);
  float *out = (float *)(base + c->out);
  int64_t lo[G23_ATT_CT], hi[G23_ATT_CT];
  g23_att_tile_t tl = {.lo = lo, .hi = hi};
  g23_att_tile(c, base, it, 0, &tl);
  const int64_t bh = tl.blk, h = bh % c->H, kbh = bh / c->H * c->Hkv + bh % c->H / G, r0 = tl.r0;
  const int n = tl.n;
  const float *q = Q + (bh * T + r0) * D;
  float m[G23_ATT_CT], l[G23_ATT_CT], sr[G23_ATT_CT][G23_ATT_CB], sc[G23_ATT_CT][G23_ATT_CB];
  for (int r = 0; r < G23_ATT_CT; r++) {
    m[r] = -G23_INF;
    l[r] = 0.0f;
    for (int64_t d = 0; d < D; d++) acc[r * D + d] = 0.0f;
  }
  for (int64_t jb = tl.u0; jb < tl.u1; jb += G23_ATT_CB) {
    const int nb = tl.u1 - jb < G23_ATT_CB ? (int)(tl.u1 - jb) : G23_ATT_CB;
    if (!kt) {
      g23_att_dots_rows(&sr[0][0], q, n, K + (kbh * S + jb) * D, nb, D);
    } else {
      g23_att_transpose(kt, K + (kbh * S + jb) * D, nb, D);
      g23_att_dots(&sr[0][0], q, n, kt, D);
    }
    g23_att_block_scores(c, base, &tl, h, jb, sr, sc);
    for (int r = 0; r < n; r++) {
      if (!g23_att_block_softmax(c, r, sc, m, l, acc + r * D, NULL)) continue;
      if (c->drop) /* after the row's sum: dropout scales what the values get */
        for (int k = 0; k < G23_ATT_CB; k++) sc[r][k] *= g23_att_keep(c, bh, r0 + r, jb + k);
    }
    g23_att_axpy(acc, n, &sc[0][0], nb, V + (kbh * S + jb) * D, D);
  }
  for (int r = 0; r < n; r++) {
    const float inv = l[r] > 0.0f ? 1.0f / l[r] : 0.0f;
    for (int64_t d = 0; d < D; d++) out[(bh * T + r0 + r) * D + d] = acc[r * D + d] * inv;
  }
  if (c->lse >= 0) /* for the backward (g23_att_bwd_fused_c); +inf: the row sees no key */
    for (int r = 0; r < n; r++)
      ((float *)(base + c->lse))[bh * T + r0 + r] = l[r] > 0.0f ? m[r] + logf(l[r]) : G23_INF;
}

/* The partial gradient of an extra of the score per query row (tmp[row]),
 * tile it, in one pass: the online softmax of the forward, the row's sum
 * of p (dp - D) d score / d extra rescaled alongside.  kt, vt: [D][CB]. */
G23_ATT_INLINE void g23_att_bwd_extra_c(const g23_att_c_t *c, char *base, int64_t it, float *restrict kt,
                                        float *restrict vt) {
  const int64_t D = c->D, S = c->S, T = c->T, G = c->H / c->Hkv;
  const float *Q = (const float *)(base + c->q), *K = (const float *)(base + c->k);
  const float *V = (const float *)(base + c->v), *O = (const float *)(base + c->o);
  const float *dO = (const float *)(base + c->dout);
  float *tmp = (float *)(base + c->tmp);
  int64_t lo[G23_ATT_CT], hi[G23_ATT_CT];
  g23_att_tile_t tl = {.lo = lo, .hi = hi};
  g23_att_tile(c, base, it, 0, &tl);
  const int64_t bh = tl.blk, h = bh % c->H, kbh = bh / c->H * c->Hkv + bh % c->H / G, r0 = tl.r0;
  const int n = tl.n;
  const float *q = Q + (bh * T + r0) * D, *g = dO + (bh * T + r0) * D;
  float Di[G23_ATT_CT];
  for (int r = 0; r < n; r++) {
    const float *gr = g + r * D, *orow = O + (bh * T + r0 + r) * D;
    float x = 0.0f;
    _Pragma("omp simd reduction(+:x)")
    for (int64_t d = 0; d < D; d++) x += gr[d] * orow[d];
    Di[r] = x;
  }
  float m[G23_ATT_CT], l[G23_ATT_CT], part[G23_ATT_CT], sr[G23_ATT_CT][G23_ATT_CB], sc[G23_ATT_CT][G23_ATT_CB],
      dp[G23_ATT_CT][G23_ATT_CB];
  for (int r = 0; r < G23_ATT_CT; r++) {
    m[r] = -G23_INF;
    l[r] = 0.0f;
    part[r] = 0.0f;
  }
  for (int64_t jb = tl.u0; jb < tl.u1; jb += G23_ATT_CB) {
    const int nb = tl.u1 - jb < G23_ATT_CB ? (int)(tl.u1 - jb) : G23_ATT_CB;
    g23_att_transpose(kt, K + (kbh * S + jb) * D, nb, D);
    g23_att_transpose(vt, V + (kbh * S + jb) * D, nb, D);
    g23_att_dots(&sr[0][0], q, n, kt, D);
    g23_att_dots(&dp[0][0], g, n, vt, D);
    g23_att_block_scores(c, base, &tl, h, jb, sr, sc);
    for (int r = 0; r < n; r++) {
      if (!g23_att_block_softmax(c, r, sc, m, l, NULL, &part[r])) continue;
      const int64_t i = (int64_t)tl.pos + r0 + r, lor = lo[r], hir = hi[r];
      const float di = Di[r];
      float ps = 0.0f;
      _Pragma("omp simd reduction(+:ps)")
      for (int k = 0; k < G23_ATT_CB; k++) {
        const int64_t j = jb + k;
        const float s = sr[r][k], dpk = c->drop ? dp[r][k] * g23_att_keep(c, bh, r0 + r, j) : dp[r][k];
        ps += j >= lor && j < hir ? sc[r][k] * (dpk - di) * c->dscore(base, s, i, j, h) : 0.0f;
      }
      part[r] += ps;
    }
  }
  for (int r = 0; r < n; r++) tmp[bh * T + r0 + r] = part[r] * (l[r] > 0.0f ? 1.0f / l[r] : 0.0f);
}

/* The whole backward of (batch, key/value head) it in one pass, with the
 * rows' log-sum-exp that the forward stored (c->lse): per tile of CT key
 * rows, against blocks of CB query rows of each query head of the group,
 * the scores and dp = do . v (two products), the probabilities and
 * ds = p (dp - D) d score / d s, then dv += p do, dk += ds q and
 * dq += ds k (three more).  dq of the group's heads accumulates in the
 * output over the key tiles, in their order, so one iteration owns every
 * element it writes; the lse and D = do . o go to tmp[0, rows) and
 * tmp[rows, 2 rows), as the CUDA kernels leave them.  dk, dv:
 * [CT][D]; qt, gt: [D][CB]; dst: [CB][CB], ds transposed. */
G23_ATT_INLINE void g23_att_bwd_fused_c(const g23_att_c_t *c, char *base, int64_t it, float *restrict dk,
                                        float *restrict dv, float *restrict qt, float *restrict gt,
                                        float *restrict dst) {
  const int64_t D = c->D, S = c->S, T = c->T, G = c->H / c->Hkv, nt = (S + G23_ATT_CT - 1) / G23_ATT_CT;
  const float *Q = (const float *)(base + c->q), *K = (const float *)(base + c->k);
  const float *V = (const float *)(base + c->v), *O = (const float *)(base + c->o);
  const float *dO = (const float *)(base + c->dout), *lse = (const float *)(base + c->lse);
  float *out = (float *)(base + c->out), *tmp = (float *)(base + c->tmp);
  for (int64_t g = 0; g < G; g++) {
    const int64_t bh = it / c->Hkv * c->H + it % c->Hkv * G + g;
    for (int64_t t = 0; t < T; t++) {
      const float *gr = dO + (bh * T + t) * D, *orow = O + (bh * T + t) * D;
      float x = 0.0f;
      _Pragma("omp simd reduction(+:x)")
      for (int64_t d = 0; d < D; d++) x += gr[d] * orow[d];
      tmp[bh * T + t] = lse[bh * T + t]; /* the scratch of the CUDA kernels' split */
      tmp[c->rows + bh * T + t] = x;
      for (int64_t d = 0; d < D; d++) out[(bh * T + t) * D + d] = 0.0f;
    }
  }
  int64_t lo[G23_ATT_CT], hi[G23_ATT_CT];
  float st[G23_ATT_CT][G23_ATT_CB], pt[G23_ATT_CT][G23_ATT_CB];
  for (int64_t kt = 0; kt < nt; kt++) {
    g23_att_tile_t tl = {.lo = lo, .hi = hi};
    g23_att_tile(c, base, it * nt + kt, 1, &tl);
    const int64_t r0 = tl.r0;
    const int n = tl.n;
    const float *kr = K + (it * S + r0) * D, *vr = V + (it * S + r0) * D;
    for (int r = 0; r < G23_ATT_CT; r++)
      for (int64_t d = 0; d < D; d++) dk[r * D + d] = dv[r * D + d] = 0.0f;
    for (int64_t g = 0; g < G; g++) {
      const int64_t bh = it / c->Hkv * c->H + it % c->Hkv * G + g, h = bh % c->H;
      for (int64_t tb = tl.u0; tb < tl.u1; tb += G23_ATT_CB) {
        const int nb = tl.u1 - tb < G23_ATT_CB ? (int)(tl.u1 - tb) : G23_ATT_CB;
        const int64_t rb = bh * T + tb;
        g23_att_transpose(qt, Q + rb * D, nb, D);
        g23_att_transpose(gt, dO + rb * D, nb, D);
        g23_att_dots(&st[0][0], kr, n, qt, D);
        g23_att_dots(&pt[0][0], vr, n, gt, D);
        const float *ls = lse + rb, *Dt = tmp + c->rows + rb;
        for (int r = 0; r < n; r++) {
          const int64_t j = r0 + r, lor = lo[r], hir = hi[r];
          _Pragma("omp simd")
          for (int k = 0; k < nb; k++) {
            const int64_t t = tb + k, i = (int64_t)tl.pos + t;
            const float s = st[r][k], dpv = pt[r][k];
            const int vis = t >= lor && t < hir;
            const float p = vis ? G23_EXPF(c->score(base, s, i, j, h) - ls[k]) : 0.0f;
            const float mk = c->drop ? g23_att_keep(c, bh, t, j) : 1.0f;
            pt[r][k] = p * mk;
            st[r][k] = vis ? p * (dpv * mk - Dt[k]) * c->dscore(base, s, i, j, h) : 0.0f;
          }
        }
        g23_att_axpy(dv, n, &pt[0][0], nb, dO + rb * D, D);
        g23_att_axpy(dk, n, &st[0][0], nb, Q + rb * D, D);
        /* dq of the block's query rows: ds transposed, times the tile's keys */
        g23_att_transpose(dst, &st[0][0], n, G23_ATT_CB);
        for (int q0 = 0; q0 < nb; q0 += G23_ATT_CT)
          g23_att_axpy(out + (rb + q0) * D, nb - q0 < G23_ATT_CT ? nb - q0 : G23_ATT_CT, dst + q0 * G23_ATT_CB, n, kr, D);
      }
    }
    for (int r = 0; r < n; r++) {
      const int64_t idx = it * S + r0 + r;
      for (int64_t d = 0; d < D; d++) {
        out[c->B * c->H * T * D + idx * D + d] = dk[r * D + d];
        out[c->B * c->H * T * D + c->B * c->Hkv * S * D + idx * D + d] = dv[r * D + d];
      }
    }
  }
}
