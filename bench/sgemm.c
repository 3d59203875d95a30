/* sgemm: the ceiling every gpt23 CPU figure is reported against.
 *
 *   sgemm [M N K] [seconds]
 *
 * Times the runtime's sgemm on row-major M x K times K x N (default
 * 3072 x 3072 x 768, GPT-2's MLP at 4 x 768 tokens) and prints GFLOP/s, the
 * median and best of single calls, the library and the kernel core
 * OpenBLAS chose.  The library is loaded as the
 * runtime loads it (runtime/cpu/blas.h: $G23_BLAS), with the same settings. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "bench/sgemm_time.h"

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
  /* Threads as the runtime sets them (one per core); BLIS's default is 1. */
  char err0[512];
  const g23_blas_t *blas = g23_blas(err0, sizeof err0);
  long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
  if (blas) blas->set_threads(blas, ncpu > 0 ? (int)ncpu : 1);
  double med = 0, best = 0;
  double gflops = g23_bench_sgemm_stats(m, n, k, seconds, &med, &best, err, sizeof err);
  if (gflops < 0) {
    fprintf(stderr, "sgemm: %s\n", err);
    return 1;
  }
  printf("sgemm %ldx%ldx%ld: %.1f GFLOP/s (calls: median %.1f, best %.1f; %s)\n", m, n, k, gflops, med, best,
         g23_blas_describe());
  return 0;
}
