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
 * each column in row order inside one thread, over strips of
 * G23_BGRAD_STRIP columns: the same bits on any number of threads or any
 * strip width, and the order of the generated row sum (reduce_to).  Strips
 * of 64 columns (256 bytes of accumulators) cost a third less than strips
 * of 16 at a training step's shapes (bench: 2048 x 512, one thread);
 * 32 to 128 are as good. */
#define G23_BGRAD_STRIP 64
void g23_rt_epilogue(int epi, float *c, int64_t ldc, int64_t rows, int64_t cols, const float *bias, float *aux,
                     int64_t ldaux, float *bgrad) {
  if (epi == G23_EPI_DGELU_BGRAD) {
#pragma omp parallel for if (rows * cols > G23_PAR_MIN_WORK) schedule(static)
    for (int64_t j0 = 0; j0 < cols; j0 += G23_BGRAD_STRIP) {
      int64_t w = cols - j0 < G23_BGRAD_STRIP ? cols - j0 : G23_BGRAD_STRIP;
      if (w == G23_BGRAD_STRIP) {
        /* A whole strip: the loop's width a constant, so that the
         * accumulators stay in vector registers. */
        float acc[G23_BGRAD_STRIP] = {0};
        for (int64_t i = 0; i < rows; i++) {
          float *row = c + i * ldc + j0;
          float *pre = aux + i * ldaux + j0;
#pragma omp simd
          for (int64_t j = 0; j < G23_BGRAD_STRIP; j++) {
            float v = g23_epilogue(G23_EPI_DGELU_BGRAD, row[j], bias, pre, j);
            row[j] = v;
            acc[j] += v;
          }
        }
        for (int64_t j = 0; j < G23_BGRAD_STRIP; j++) bgrad[j0 + j] = acc[j];
      } else {
        float acc[G23_BGRAD_STRIP] = {0};
        for (int64_t i = 0; i < rows; i++) {
          float *row = c + i * ldc + j0;
          float *pre = aux + i * ldaux + j0;
          for (int64_t j = 0; j < w; j++) {
            float v = g23_epilogue(G23_EPI_DGELU_BGRAD, row[j], bias, pre, j);
            row[j] = v;
            acc[j] += v;
          }
        }
        for (int64_t j = 0; j < w; j++) bgrad[j0 + j] = acc[j];
      }
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
