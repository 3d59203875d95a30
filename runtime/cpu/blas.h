/* blas.h: OpenBLAS (or another CBLAS), loaded at run time.
 *
 * gpt23 does not link its BLAS: the CPU backend loads it with dlopen on
 * first use, after setting what OpenBLAS only reads when it starts.
 * OpenBLAS's worker threads spin for a while (2^28 cycles by default) after
 * each call, waiting for the next; between two matmuls the CPU backend
 * runs its own kernels on every core, and spinning workers would take the
 * cores from them.  So unless the environment says otherwise,
 * OPENBLAS_THREAD_TIMEOUT=16: they wait 2^16 cycles (some 20 us), enough
 * for back-to-back matmuls, then sleep.  (gpt23.net's training step on 2
 * cores: 107-120 ms with the default, 69-71 ms with 12 to 20.)
 *
 * Libraries tried: libopenblas.so.0, libopenblas.so, then the system's
 * libcblas.so.3 and libblas.so.3 (Debian's reference BLAS, or whatever its
 * alternatives select).  The OpenBLAS extensions are NULL elsewhere. */
#ifndef G23_BLAS_H
#define G23_BLAS_H

#include <cblas.h>
#include <stddef.h>

typedef struct {
  void (*sgemm)(enum CBLAS_ORDER, enum CBLAS_TRANSPOSE, enum CBLAS_TRANSPOSE, blasint m, blasint n, blasint k,
                float alpha, const float *a, blasint lda, const float *b, blasint ldb, float beta, float *c,
                blasint ldc);
  void (*set_num_threads)(int); /* OpenBLAS only, else NULL */
  int (*get_num_threads)(void);
  char *(*get_corename)(void);
  const char *path;             /* the library's name as loaded */
} g23_blas_t;

/* The table, loaded once per process; NULL with what was tried in err. */
const g23_blas_t *g23_blas(char *err, size_t errn);

/* OpenBLAS's kernel core ("Cooperlake"), or "unknown". */
const char *g23_blas_corename(void);

#endif
