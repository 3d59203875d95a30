/* attention.h: the tile products of the C attention kernels
 * (codegen/attention.c).  A tile of at most G23_ATT_CT query (or key) rows
 * meets a block of G23_ATT_CB keys (queries) copied transposed onto the
 * stack (g23_att_transpose), so that the scores (g23_att_dots) run across
 * SIMD lanes, four rows and sixteen columns of results in registers; the
 * weighted rows are then added to the tile's accumulators (g23_att_axpy,
 * vectors along the head dimension).  The sizes are limits.h's. */
/* a0..a3[k] += v0..v3 * y[k], k < 16: four rows of results, one vector each. */
#define G23_ATT_FMA4(y) \
  _Pragma("omp simd") \
  for (int k = 0; k < 16; k++) { \
    a0[k] += v0 * (y)[k]; \
    a1[k] += v1 * (y)[k]; \
    a2[k] += v2 * (y)[k]; \
    a3[k] += v3 * (y)[k]; \
  }
/* dst[d][c] = src row c, element d (rows at stride D), c < n; 0 for n <= c < CB. */
static inline void g23_att_transpose(float *restrict dst, const float *restrict src, int n, int64_t D) {
  for (int c = 0; c < G23_ATT_CB; c++) {
    const float *row = src + (c < n ? c : 0) * D;
    for (int64_t d = 0; d < D; d++) dst[d * G23_ATT_CB + c] = c < n ? row[d] : 0.0f;
  }
}
/* S[r][c] = sum_d X[r][d] Yt[d][c], r < nr (rows of X at stride D), c < CB. */
static inline void g23_att_dots(float *restrict S, const float *restrict X, int nr, const float *restrict Yt,
                                int64_t D) {
  if (nr > G23_ATT_CT) nr = G23_ATT_CT;
  int64_t r = 0;
  for (; r + 4 <= nr; r += 4) {
    const float *x0 = X + r * D, *x1 = x0 + D, *x2 = x1 + D, *x3 = x2 + D;
    for (int c0 = 0; c0 < G23_ATT_CB; c0 += 16) {
      float a0[16] = {0}, a1[16] = {0}, a2[16] = {0}, a3[16] = {0};
      for (int64_t d = 0; d < D; d++) {
        const float *y = Yt + d * G23_ATT_CB + c0;
        const float v0 = x0[d], v1 = x1[d], v2 = x2[d], v3 = x3[d];
        G23_ATT_FMA4(y);
      }
      for (int k = 0; k < 16; k++) {
        S[r * G23_ATT_CB + c0 + k] = a0[k];
        S[(r + 1) * G23_ATT_CB + c0 + k] = a1[k];
        S[(r + 2) * G23_ATT_CB + c0 + k] = a2[k];
        S[(r + 3) * G23_ATT_CB + c0 + k] = a3[k];
      }
    }
  }
  for (int64_t q = 0; q < 3 && r < nr; q++, r++) { /* the last rows, fewer than 4 */
    const float *x0 = X + r * D;
    for (int c0 = 0; c0 < G23_ATT_CB; c0 += 16) {
      float a0[16] = {0};
      for (int64_t d = 0; d < D; d++) {
        const float *y = Yt + d * G23_ATT_CB + c0;
        const float v0 = x0[d];
        _Pragma("omp simd")
        for (int k = 0; k < 16; k++) a0[k] += v0 * y[k];
      }
      for (int k = 0; k < 16; k++) S[r * G23_ATT_CB + c0 + k] = a0[k];
    }
  }
}
/* S[r][c] = X[r] . Y[c] for c < n (rows of Y at stride D), 0 for n <= c < CB:
 * for tiles of a row or two (decoding), where transposing the block costs
 * as much as the products. */
static inline void g23_att_dots_rows(float *restrict S, const float *restrict X, int nr,
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
static inline void g23_att_axpy(float *restrict A, int nr, const float *restrict W, int n,
                                const float *restrict Y, int64_t D) {
  const int64_t Dv = D & ~(int64_t)15;
  if (nr > G23_ATT_CT) nr = G23_ATT_CT;
  int64_t r = 0;
  for (; r + 4 <= nr; r += 4) {
    const float *w0 = W + r * G23_ATT_CB, *w1 = w0 + G23_ATT_CB, *w2 = w1 + G23_ATT_CB, *w3 = w2 + G23_ATT_CB;
    float *A0 = A + r * D, *A1 = A0 + D, *A2 = A1 + D, *A3 = A2 + D;
    for (int64_t d0 = 0; d0 < Dv; d0 += 16) {
      float a0[16], a1[16], a2[16], a3[16];
      for (int k = 0; k < 16; k++) {
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
      for (int k = 0; k < 16; k++) {
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
