/* blas.h: the CPU matmul library, loaded at run time.
 *
 * gpt23 does not link a BLAS: the CPU backend loads one with dlopen on
 * first use, after setting what it reads only when it starts.  Four kinds
 * are known, each by its own entry points:
 *
 *   openblas  cblas_sgemm, openblas_set_num_threads, openblas_get_corename;
 *             Debian's pthreads build (libopenblas0-pthread) or its OpenMP
 *             build (libopenblas0-openmp), which runs on the kernels'
 *             OpenMP threads instead of a pool of its own
 *   blis      cblas_sgemm, bli_thread_set_num_threads (libblis4-*)
 *   onednn    dnnl_sgemm, row-major (libdnnl2, libdnnl3), on OpenMP threads
 *   cblas     cblas_sgemm of any other library (libcblas.so.3 or Debian's
 *             libblas.so.3, whatever its alternatives select)
 *
 * $G23_BLAS chooses one: a name of the table in blas.c ("openblas",
 * "openblas-pthread", "openblas-openmp", "blis", "blis-openmp", "onednn",
 * "cblas") or the path of a library, whose kind is told by the symbols it
 * defines.  A library asked for by name or path and not loadable is an
 * error, not a fallback.  Unset, the first of G23_BLAS_AUTO that loads is
 * used: onednn, openblas-openmp, openblas, blis, cblas (the fastest
 * first, as measured in bench/README.md).
 *
 * OpenBLAS's worker threads spin for a while (2^28 cycles by default) after
 * each call, waiting for the next; between two matmuls the CPU backend runs
 * its own kernels on every core, and spinning workers would take the cores
 * from them.  So unless the environment says otherwise,
 * OPENBLAS_THREAD_TIMEOUT=16: they wait 2^16 cycles (some 20 us), enough for
 * back-to-back matmuls, then sleep. */
#ifndef G23_BLAS_H
#define G23_BLAS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { G23_BLAS_OPENBLAS, G23_BLAS_BLIS, G23_BLAS_ONEDNN, G23_BLAS_CBLAS } g23_blas_kind_t;

typedef struct g23_blas g23_blas_t;
struct g23_blas {
  g23_blas_kind_t kind;
  const char *name; /* the table's name of what was loaded: "openblas-pthread", ... */
  const char *path; /* the library as loaded (a soname or a path) */
  /* Row-major C = alpha op(A) op(B) + beta C, op transposing where ta / tb;
   * A is m x k after op, B k x n.  Returns 0, or -1 with the library's
   * status in err (oneDNN reports one; the CBLAS libraries never fail on
   * arguments the caller has checked). */
  int (*sgemm)(const g23_blas_t *b, bool ta, bool tb, int64_t m, int64_t n, int64_t k, float alpha,
               const float *a, int64_t lda, const float *bm, int64_t ldb, float beta, float *c, int64_t ldc,
               char *err, size_t errn);
  /* Threads for the calls that follow (each library's own setting; the
   * OpenMP ones also follow omp_set_num_threads of the calling thread). */
  void (*set_threads)(const g23_blas_t *b, int n);
  void *h;     /* the dlopen handle */
  void *fn[4]; /* the kind's entry points, in the order blas.c loads them */
};

/* The library, loaded once per process: $G23_BLAS's, else the first of
 * the automatic order; NULL with what was tried in err. */
const g23_blas_t *g23_blas(char *err, size_t errn);

/* What computes the products, for reports: "openblas-pthread (core
 * Cooperlake)", "blis-openmp", "onednn"; "none" when nothing loads. */
const char *g23_blas_describe(void);

/* OpenBLAS's kernel core ("Cooperlake"), or "unknown" for another library. */
const char *g23_blas_corename(void);

#endif
