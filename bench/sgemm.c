/* sgemm: the ceiling every gpt23 CPU figure is reported against.
 *
 *   sgemm [M N K] [seconds]
 *
 * Times OpenBLAS cblas_sgemm on row-major M x K times K x N (default
 * 768 x 3072 x 768, the shape of GPT-2's MLP) and prints GFLOP/s and the
 * kernel core OpenBLAS chose.  OpenBLAS is loaded as the runtime loads it
 * (runtime/blas.h), with the same settings. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "runtime/blas.h"

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + 1e-9 * ts.tv_nsec;
}

int main(int argc, char **argv) {
  long m = 768 * 4, n = 3072, k = 768;
  double seconds = 3;
  if (argc >= 4) m = atol(argv[1]), n = atol(argv[2]), k = atol(argv[3]);
  if (argc >= 5) seconds = atof(argv[4]);
  if (m <= 0 || n <= 0 || k <= 0 || seconds <= 0) {
    fprintf(stderr, "usage: sgemm [M N K] [seconds]\n");
    return 2;
  }
  char err[512];
  const g23_blas_t *blas = g23_blas(err, sizeof err);
  if (!blas) {
    fprintf(stderr, "sgemm: %s\n", err);
    return 1;
  }
  float *a = malloc(sizeof(float) * m * k), *b = malloc(sizeof(float) * k * n), *c = malloc(sizeof(float) * m * n);
  if (!a || !b || !c) return 1;
  for (long i = 0; i < m * k; i++) a[i] = (float)((i * 7 % 13) - 6) / 13;
  for (long i = 0; i < k * n; i++) b[i] = (float)((i * 5 % 11) - 5) / 11;
  blas->sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1, a, k, b, n, 0, c, n);
  long reps = 0;
  double t0 = now(), t;
  do {
    blas->sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, m, n, k, 1, a, k, b, n, 0, c, n);
    reps++;
  } while ((t = now() - t0) < seconds);
  double gflops = 2.0 * m * n * k * reps / t / 1e9;
  printf("sgemm %ldx%ldx%ld: %.1f GFLOP/s (OpenBLAS core %s, %d threads)\n", m, n, k, gflops,
         g23_blas_corename(), blas->get_num_threads ? blas->get_num_threads() : 0);
  free(a), free(b), free(c);
  return 0;
}
