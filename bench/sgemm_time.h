/* sgemm_time.h: the OpenBLAS sgemm ceiling, shared by bench/sgemm and
 * bench/bench_train: row-major M x K times K x N, repeated for `seconds`
 * after one warm-up call, through the runtime's BLAS (runtime/cpu/blas.h, with
 * its settings).  Returns GFLOP/s, or -1 with the reason in err. */
#ifndef G23_BENCH_SGEMM_TIME_H
#define G23_BENCH_SGEMM_TIME_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "runtime/cpu/blas.h"

static inline double g23_bench_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

static inline int g23_bench_cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Also the median and best GFLOP/s of single calls (med, best: NULL or
 * where to store them), steadier than the mean on a shared machine. */
static inline double g23_bench_sgemm_stats(long m, long n, long k, double seconds, double *med, double *best, char *err,
                                    size_t errn) {
  const g23_blas_t *blas = g23_blas(err, errn);
  if (!blas) return -1;
  float *a = malloc(sizeof(float) * m * k), *b = malloc(sizeof(float) * k * n), *c = malloc(sizeof(float) * m * n);
  size_t cap = 1 << 16;
  double *calls = malloc(sizeof(double) * cap);
  if (!a || !b || !c || !calls) {
    free(a), free(b), free(c), free(calls);
    snprintf(err, errn, "out of memory for a %ldx%ldx%ld sgemm", m, n, k);
    return -1;
  }
  for (long i = 0; i < m * k; i++) a[i] = (float)((i * 7 % 13) - 6) / 13;
  for (long i = 0; i < k * n; i++) b[i] = (float)((i * 5 % 11) - 5) / 11;
  long reps = 0;
  double t0 = 0, t = 0;
  int rc = blas->sgemm(blas, false, false, m, n, k, 1, a, k, b, n, 0, c, n, err, errn);
  for (t0 = g23_bench_now(); rc == 0 && (t = g23_bench_now() - t0) < seconds; reps++) {
    double c0 = g23_bench_now();
    rc = blas->sgemm(blas, false, false, m, n, k, 1, a, k, b, n, 0, c, n, err, errn);
    if ((size_t)reps < cap) calls[reps] = g23_bench_now() - c0;
  }
  free(a), free(b), free(c);
  if (rc || reps == 0) {
    free(calls);
    return -1;
  }
  long nc = reps < (long)cap ? reps : (long)cap;
  qsort(calls, (size_t)nc, sizeof *calls, g23_bench_cmp_double);
  double flop = 2.0 * m * n * k;
  if (med) *med = flop / calls[nc / 2] / 1e9;
  if (best) *best = flop / calls[0] / 1e9;
  free(calls);
  return flop * reps / t / 1e9;
}

static inline double g23_bench_sgemm(long m, long n, long k, double seconds, char *err, size_t errn) {
  return g23_bench_sgemm_stats(m, n, k, seconds, NULL, NULL, err, errn);
}

#endif
