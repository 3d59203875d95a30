/* allreduce: the MPI all-reduce of a gradient, as data-parallel training
 * does it (docs/distributed.md), timed.
 *
 *   mpirun -np N bench/allreduce [FLOATS]... [--bucket BYTES] [--seconds S]
 *
 * For each size (floats; default 842496 and 124439808, the gradients of
 * gpt23.net and GPT-2 124M), two ways: one MPI_Allreduce (sum, f32, in
 * place) of the whole buffer, and the runtime's way, MPI_Iallreduce of
 * buckets of --bucket bytes (default 1 MiB, G23_DIST_BUCKET_BYTES) all
 * started, then waited for.  Each is repeated for --seconds (default 2, at
 * least 3 times, after one untimed call); rank 0 prints the median time and
 * the bus bandwidth 2 (N - 1) / N x bytes / time, the bytes each rank sends
 * and receives in a ring all-reduce, so that figures for different N
 * compare (the convention of nccl-tests).  The sums are checked. */
#include <mpi.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* One all-reduce of n floats: whole (bucket 0) or in buckets of bucket floats. */
static void reduce(float *buf, int64_t n, int64_t bucket, MPI_Request *req) {
  if (bucket <= 0 || bucket >= n) {
    MPI_Allreduce(MPI_IN_PLACE, buf, (int)n, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD);
    return;
  }
  int k = 0;
  for (int64_t off = 0; off < n; off += bucket, k++) {
    int64_t m = n - off < bucket ? n - off : bucket;
    MPI_Iallreduce(MPI_IN_PLACE, buf + off, (int)m, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD, &req[k]);
  }
  MPI_Waitall(k, req, MPI_STATUSES_IGNORE);
}

int main(int argc, char **argv) {
  MPI_Init(&argc, &argv);
  int rank, size;
  MPI_Comm_rank(MPI_COMM_WORLD, &rank);
  MPI_Comm_size(MPI_COMM_WORLD, &size);
  int64_t sizes[32], nsizes = 0, bucket_bytes = 1 << 20;
  double seconds = 2;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--bucket") && i + 1 < argc) bucket_bytes = atoll(argv[++i]);
    else if (!strcmp(argv[i], "--seconds") && i + 1 < argc) seconds = atof(argv[++i]);
    else if (argv[i][0] != '-' && nsizes < 32) sizes[nsizes++] = atoll(argv[i]);
    else {
      if (rank == 0) fprintf(stderr, "usage: allreduce [FLOATS]... [--bucket BYTES] [--seconds S]\n");
      MPI_Finalize();
      return 2;
    }
  }
  if (nsizes == 0) sizes[nsizes++] = 842496, sizes[nsizes++] = 124439808;
  if (rank == 0) {
    char lib[MPI_MAX_LIBRARY_VERSION_STRING];
    int len;
    MPI_Get_library_version(lib, &len);
    char *nl = strchr(lib, '\n');
    if (nl) *nl = 0;
    printf("%d ranks; %s\n", size, lib);
    printf("| floats | MB | way | median ms | algorithm GB/s | bus GB/s |\n|---|---|---|---|---|---|\n");
  }
  int rc = 0;
  for (int s = 0; s < nsizes; s++) {
    int64_t n = sizes[s];
    float *buf = malloc((size_t)n * sizeof *buf);
    int64_t bucket = bucket_bytes / 4;
    MPI_Request *req = malloc((size_t)(n / (bucket > 0 ? bucket : n) + 2) * sizeof *req);
    if (!buf || !req) {
      fprintf(stderr, "allreduce: out of memory for %lld floats\n", (long long)n);
      MPI_Abort(MPI_COMM_WORLD, 1);
    }
    for (int way = 0; way < 2; way++) {
      int64_t b = way ? bucket : 0;
      for (int64_t i = 0; i < n; i++) buf[i] = (float)(rank + 1);
      reduce(buf, n, b, req); /* untimed: connections, registration */
      float want = (float)size * (size + 1) / 2;
      for (int64_t i = 0; i < n; i++)
        if (buf[i] != want) {
          fprintf(stderr, "allreduce: rank %d: element %lld is %g, not %g\n", rank, (long long)i, buf[i], want);
          rc = 1;
          break;
        }
      double t[1000];
      int reps = 0;
      double start = MPI_Wtime();
      int go = 1;
      while (go) {
        MPI_Barrier(MPI_COMM_WORLD);
        double t0 = MPI_Wtime();
        reduce(buf, n, b, req);
        double dt = MPI_Wtime() - t0, slowest;
        MPI_Allreduce(&dt, &slowest, 1, MPI_DOUBLE, MPI_MAX, MPI_COMM_WORLD);
        t[reps++] = slowest;
        go = reps < 1000 && (reps < 3 || MPI_Wtime() - start < seconds);
        MPI_Bcast(&go, 1, MPI_INT, 0, MPI_COMM_WORLD);
      }
      qsort(t, (size_t)reps, sizeof *t, cmp_double);
      double med = reps % 2 ? t[reps / 2] : (t[reps / 2 - 1] + t[reps / 2]) / 2;
      double bytes = 4.0 * (double)n;
      char way_s[64];
      if (b) snprintf(way_s, sizeof way_s, "Iallreduce, %lld-byte buckets", (long long)bucket_bytes);
      else snprintf(way_s, sizeof way_s, "Allreduce, whole");
      if (rank == 0)
        printf("| %lld | %.2f | %s | %.3f | %.2f | %.2f |\n", (long long)n, bytes / 1e6, way_s, 1e3 * med,
               bytes / med / 1e9, 2.0 * (size - 1) / size * bytes / med / 1e9);
      fflush(stdout);
    }
    free(buf);
    free(req);
  }
  MPI_Finalize();
  return rc;
}
