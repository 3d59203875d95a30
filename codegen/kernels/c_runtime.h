/* c_runtime.h: entry points of the C kernel source that the CPU runtime
 * calls besides the kernels (runtime/cpu/backend_cpu.c), so that every use of
 * OpenMP lives in the compiled kernels: the runtime itself does not link the
 * OpenMP library, and can therefore choose its settings (a passive wait
 * policy, so that idle kernel threads do not spin against OpenBLAS's) before
 * the library starts. */
void g23_rt_set_threads(int n) {
#ifdef _OPENMP
  omp_set_num_threads(n);
#endif
  (void)n;
}

/* One row of g23_rt_epilogue with the epilogue a constant, so that each
 * loop is compiled (and vectorised) for its own epilogue. */
#define G23_EPI_ROW(e)                                                                                 \
  for (int64_t j = 0; j < cols; j++) row[j] = g23_epilogue((e), row[j], bias, pre, j)

/* The epilogue of a plan matmul (epilogue.h) on its result c, rows x cols
 * with leading dim ldc, after sgemm.  A bias gradient (DGELU_BGRAD) sums
 * each column in row order inside one thread: the same bits on any number
 * of threads or any split of the columns, and the order of the generated
 * row sum (reduce_to).  Each thread takes one run of whole vectors of
 * columns (at most G23_BGRAD_RUN, its sums in an array in L1) and walks it
 * down the rows: one contiguous stretch of c and of the pre-activation per
 * row.  Walking strips of 64 columns instead, every row a page stride
 * apart, read the pre-activation (cold: written in the forward pass) at a
 * third of the speed, its prefetches stopped at each page (bench: 2048 x
 * 512 in a training step). */
#define G23_BGRAD_RUN 1024
void g23_rt_epilogue(int epi, float *c, int64_t ldc, int64_t rows, int64_t cols, const float *bias, float *aux,
                     int64_t ldaux, float *bgrad) {
  if (epi == G23_EPI_DGELU_BGRAD) {
    int nt = 1;
#ifdef _OPENMP
    if (rows * cols > G23_PAR_MIN_WORK) nt = omp_get_max_threads();
#endif
    int64_t run = (cols + nt - 1) / nt;
    run = (run + 15) / 16 * 16;
    if (run > G23_BGRAD_RUN) run = G23_BGRAD_RUN;
    const int64_t nrun = (cols + run - 1) / run;
#pragma omp parallel for if (nt > 1) schedule(static)
    for (int64_t q = 0; q < nrun; q++) {
      const int64_t j0 = q * run, w = cols - j0 < run ? cols - j0 : run;
      float acc[G23_BGRAD_RUN];
      for (int64_t j = 0; j < w; j++) acc[j] = 0.0f;
      for (int64_t i = 0; i < rows; i++) {
        float *row = c + i * ldc + j0;
        float *pre = aux + i * ldaux + j0;
#pragma omp simd
        for (int64_t j = 0; j < w; j++) {
          float v = g23_epilogue(G23_EPI_DGELU_BGRAD, row[j], bias, pre, j);
          row[j] = v;
          acc[j] += v;
        }
      }
      for (int64_t j = 0; j < w; j++) bgrad[j0 + j] = acc[j];
    }
    return;
  }
#pragma omp parallel for if (rows * cols > G23_PAR_MIN_WORK) schedule(static)
  for (int64_t i = 0; i < rows; i++) {
    float *row = c + i * ldc, *pre = aux ? aux + i * ldaux : 0;
    switch (epi) {
    case G23_EPI_BIAS: G23_EPI_ROW(G23_EPI_BIAS); break;
    case G23_EPI_GELU_BIAS: G23_EPI_ROW(G23_EPI_GELU_BIAS); break;
    case G23_EPI_GELU_AUX_BIAS: G23_EPI_ROW(G23_EPI_GELU_AUX_BIAS); break;
    case G23_EPI_DGELU: G23_EPI_ROW(G23_EPI_DGELU); break;
    }
  }
}

/* out[j] = sum over i < rows of x[i * ld + j], in row order: the BGRAD
 * epilogue's bias gradient of a matmul's B, and the kernels of sums over
 * leading dims (reduce_to), deterministic as above.  A whole strip of
 * G23_COLSUM_STRIP columns keeps its sums in vector registers (an array
 * shared with the partial strip's variable-width loop lived in memory, and
 * every row waited for the previous row's store): four independent
 * vectors of 16 per row. */
#define G23_COLSUM_STRIP 64
void g23_rt_colsum(float *out, const float *x, int64_t ld, int64_t rows, int64_t cols) {
#pragma omp parallel for if (rows * cols > G23_PAR_MIN_WORK) schedule(static)
  for (int64_t j0 = 0; j0 < cols; j0 += G23_COLSUM_STRIP) {
    int64_t w = cols - j0 < G23_COLSUM_STRIP ? cols - j0 : G23_COLSUM_STRIP;
    if (w == G23_COLSUM_STRIP) {
      float acc[G23_COLSUM_STRIP] = {0};
      for (int64_t i = 0; i < rows; i++) {
        const float *xi = x + i * ld + j0;
#pragma omp simd
        for (int64_t j = 0; j < G23_COLSUM_STRIP; j++) acc[j] += xi[j];
      }
      for (int64_t j = 0; j < G23_COLSUM_STRIP; j++) out[j0 + j] = acc[j];
    } else {
      float acc[G23_COLSUM_STRIP] = {0};
      for (int64_t i = 0; i < rows; i++) {
        const float *xi = x + i * ld + j0;
        for (int64_t j = 0; j < w; j++) acc[j] += xi[j];
      }
      for (int64_t j = 0; j < w; j++) out[j0 + j] = acc[j];
    }
  }
}

/* y = alpha x op(B) + beta y for one row x of k floats (a matmul of M = 1:
 * decoding at batch 1), op(B) k x n; beta 0 writes y without reading it.
 * A product of one row reads each weight once and does one multiply-add
 * with it, so its speed is that of reading B from memory; sgemm's packing
 * and blocking, made for reuse, cost more than they save here, and read B
 * at two thirds of the rate this does (GPT-2-124M decoding, one thread).
 *
 * B not transposed (rows of n at stride ldb): blocks of at most
 * G23_GEMV_BLOCK columns, one per thread at least, each walking the rows of
 * B eight at a time (eight streams of contiguous memory: a quarter faster
 * than four, half again as fast as strips of one row) into sums kept in L1,
 * ((s + x0 b0) + x1 b1) + ... in row order.  B transposed (op(B)[i][j] =
 * B[j][i]: rows of k at stride ldb, the tied embedding's output projection):
 * each row's dot product with x, read straight through.  Each y[j] is
 * summed by one thread in an order fixed by the code (and the machine's
 * vector width): the same bits on any number of threads.  Threads only when
 * B is larger than G23_GEMV_PAR_FLOATS (waking them costs more than reading
 * less). */
#define G23_GEMV_BLOCK 1024
#define G23_GEMV_PAR_FLOATS ((int64_t)1 << 17)
static inline void g23_gemv_store(float *y, int64_t j, float s, float alpha, float beta) {
  y[j] = beta == 0.0f ? alpha * s : alpha * s + beta * y[j];
}
void g23_rt_gemv(int transb, int64_t n, int64_t k, float alpha, const float *restrict x, const float *restrict b,
                 int64_t ldb, float beta, float *restrict y) {
  const int par = k * n > G23_GEMV_PAR_FLOATS;
  if (!transb) {
    int64_t threads = 1;
#ifdef _OPENMP
    if (par) threads = omp_get_max_threads();
#endif
    int64_t nb = (n + G23_GEMV_BLOCK - 1) / G23_GEMV_BLOCK;
    if (nb < threads) nb = threads;
    int64_t width = ((n + nb - 1) / nb + 15) / 16 * 16; /* <= G23_GEMV_BLOCK */
    nb = (n + width - 1) / width;
#pragma omp parallel for if (par) schedule(static)
    for (int64_t blk = 0; blk < nb; blk++) {
      const int64_t j0 = blk * width, w = n - j0 < width ? n - j0 : width;
      float acc[G23_GEMV_BLOCK];
      for (int64_t j = 0; j < w; j++) acc[j] = 0.0f;
      int64_t i = 0;
      for (; i + 8 <= k; i += 8) {
        const float *xi = x + i, *b0 = b + i * ldb + j0, *b1 = b0 + ldb, *b2 = b1 + ldb, *b3 = b2 + ldb,
                    *b4 = b3 + ldb, *b5 = b4 + ldb, *b6 = b5 + ldb, *b7 = b6 + ldb;
#pragma omp simd
        for (int64_t j = 0; j < w; j++) {
          float a = acc[j];
          a += xi[0] * b0[j];
          a += xi[1] * b1[j];
          a += xi[2] * b2[j];
          a += xi[3] * b3[j];
          a += xi[4] * b4[j];
          a += xi[5] * b5[j];
          a += xi[6] * b6[j];
          acc[j] = a + xi[7] * b7[j];
        }
      }
      for (; i < k; i++) {
        const float xi = x[i], *bi = b + i * ldb + j0;
#pragma omp simd
        for (int64_t j = 0; j < w; j++) acc[j] += xi * bi[j];
      }
      for (int64_t j = 0; j < w; j++) g23_gemv_store(y, j0 + j, acc[j], alpha, beta);
    }
    return;
  }
#pragma omp parallel for if (par) schedule(static)
  for (int64_t j = 0; j < n; j++) {
    const float *bj = b + j * ldb;
    float s = 0.0f;
#pragma omp simd reduction(+ : s)
    for (int64_t i = 0; i < k; i++) s += x[i] * bj[i];
    g23_gemv_store(y, j, s, alpha, beta);
  }
}
