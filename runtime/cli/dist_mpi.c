/* dist_mpi.c: the MPI module gpt23-mpi.so, the vtable of dist.h over Open
 * MPI.  Built only when configure finds MPI; gpt23run loads it with dlopen
 * when mpirun started it, so gpt23run itself never links libmpi. */
#include <mpi.h>
#include <stdio.h>
#include <stdlib.h>

#include "runtime/cli/dist.h"

static int mpi_fail(int rc, const char *call, char *err, size_t errn) {
  char s[MPI_MAX_ERROR_STRING];
  int n = 0;
  if (MPI_Error_string(rc, s, &n) != MPI_SUCCESS) snprintf(s, sizeof s, "error %d", rc);
  snprintf(err, errn, "%s: %s", call, s);
  return -1;
}
#define MPI_CHECK(call)                                                                                               \
  do {                                                                                                                \
    int rc_ = (call);                                                                                                 \
    if (rc_ != MPI_SUCCESS) return mpi_fail(rc_, #call, err, errn);                                                   \
  } while (0)

static int init(int *rank, int *size, char *err, size_t errn) {
  int flag = 0;
  MPI_Initialized(&flag);
  if (!flag) MPI_CHECK(MPI_Init(NULL, NULL));
  /* errors come back as codes, reported with the rank by the caller */
  MPI_CHECK(MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN));
  MPI_CHECK(MPI_Comm_rank(MPI_COMM_WORLD, rank));
  MPI_CHECK(MPI_Comm_size(MPI_COMM_WORLD, size));
  return 0;
}

static int iallreduce_f32(float *buf, int64_t n, void **req, char *err, size_t errn) {
  if (n > 0x7fffffff) {
    snprintf(err, errn, "a bucket of %lld floats is too large for one MPI call", (long long)n);
    return -1;
  }
  MPI_Request *r = malloc(sizeof *r);
  if (!r) {
    snprintf(err, errn, "out of memory");
    return -1;
  }
  int rc = MPI_Iallreduce(MPI_IN_PLACE, buf, (int)n, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD, r);
  if (rc != MPI_SUCCESS) {
    free(r);
    return mpi_fail(rc, "MPI_Iallreduce", err, errn);
  }
  *req = r;
  return 0;
}

/* A request of its own for a nonblocking call (freed by test or wait). */
static MPI_Request *new_req(char *err, size_t errn) {
  MPI_Request *r = malloc(sizeof *r);
  if (!r) snprintf(err, errn, "out of memory");
  return r;
}

static int ireduce_scatter_f32(const float *send, float *recv, const int *counts, void **req, char *err,
                               size_t errn) {
  MPI_Request *r = new_req(err, errn);
  if (!r) return -1;
  int rc = MPI_Ireduce_scatter(send, recv, counts, MPI_FLOAT, MPI_SUM, MPI_COMM_WORLD, r);
  if (rc != MPI_SUCCESS) {
    free(r);
    return mpi_fail(rc, "MPI_Ireduce_scatter", err, errn);
  }
  *req = r;
  return 0;
}

static int ialltoallv_f32(const float *send, const int *scounts, const int *sdispls, float *recv, const int *rcounts,
                          const int *rdispls, void **req, char *err, size_t errn) {
  MPI_Request *r = new_req(err, errn);
  if (!r) return -1;
  int rc = MPI_Ialltoallv(send, scounts, sdispls, MPI_FLOAT, recv, rcounts, rdispls, MPI_FLOAT, MPI_COMM_WORLD, r);
  if (rc != MPI_SUCCESS) {
    free(r);
    return mpi_fail(rc, "MPI_Ialltoallv", err, errn);
  }
  *req = r;
  return 0;
}

static int iallgatherv_f32(float *buf, const int *counts, const int *displs, void **req, char *err, size_t errn) {
  MPI_Request *r = new_req(err, errn);
  if (!r) return -1;
  int rc = MPI_Iallgatherv(MPI_IN_PLACE, 0, MPI_DATATYPE_NULL, buf, counts, displs, MPI_FLOAT, MPI_COMM_WORLD, r);
  if (rc != MPI_SUCCESS) {
    free(r);
    return mpi_fail(rc, "MPI_Iallgatherv", err, errn);
  }
  *req = r;
  return 0;
}

static int allgather_f64(const double *send, int n, double *recv, char *err, size_t errn) {
  MPI_CHECK(MPI_Allgather(send, n, MPI_DOUBLE, recv, n, MPI_DOUBLE, MPI_COMM_WORLD));
  return 0;
}

static int iallreduce_f64(double *buf, int n, void **req, char *err, size_t errn) {
  MPI_Request *r = new_req(err, errn);
  if (!r) return -1;
  int rc = MPI_Iallreduce(MPI_IN_PLACE, buf, n, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD, r);
  if (rc != MPI_SUCCESS) {
    free(r);
    return mpi_fail(rc, "MPI_Iallreduce", err, errn);
  }
  *req = r;
  return 0;
}

static int iallgather_f64(const double *send, int n, double *recv, void **req, char *err, size_t errn) {
  MPI_Request *r = new_req(err, errn);
  if (!r) return -1;
  int rc = MPI_Iallgather(send, n, MPI_DOUBLE, recv, n, MPI_DOUBLE, MPI_COMM_WORLD, r);
  if (rc != MPI_SUCCESS) {
    free(r);
    return mpi_fail(rc, "MPI_Iallgather", err, errn);
  }
  *req = r;
  return 0;
}

static int test(void **req, bool *done, char *err, size_t errn) {
  int flag = 0;
  MPI_CHECK(MPI_Test((MPI_Request *)*req, &flag, MPI_STATUS_IGNORE));
  *done = flag;
  if (flag) {
    free(*req);
    *req = NULL;
  }
  return 0;
}

static int wait_req(void **req, char *err, size_t errn) {
  MPI_CHECK(MPI_Wait((MPI_Request *)*req, MPI_STATUS_IGNORE));
  free(*req);
  *req = NULL;
  return 0;
}

static int allreduce_f64(double *buf, int n, char *err, size_t errn) {
  MPI_CHECK(MPI_Allreduce(MPI_IN_PLACE, buf, n, MPI_DOUBLE, MPI_SUM, MPI_COMM_WORLD));
  return 0;
}

static int barrier(char *err, size_t errn) {
  MPI_CHECK(MPI_Barrier(MPI_COMM_WORLD));
  return 0;
}

static int bcast(void *buf, size_t n, int root, char *err, size_t errn) {
  if (n > 0x7fffffff) {
    snprintf(err, errn, "a broadcast of %zu bytes is too large for one MPI call", n);
    return -1;
  }
  MPI_CHECK(MPI_Bcast(buf, (int)n, MPI_BYTE, root, MPI_COMM_WORLD));
  return 0;
}

static void abort_job(int code) { MPI_Abort(MPI_COMM_WORLD, code); }

static void finalize(void) {
  int flag = 0;
  MPI_Finalized(&flag);
  if (!flag) MPI_Finalize();
}

static const g23_dist_ops_t ops = {
    .abi = G23_DIST_ABI,
    .init = init,
    .iallreduce_f32 = iallreduce_f32,
    .test = test,
    .wait = wait_req,
    .allreduce_f64 = allreduce_f64,
    .barrier = barrier,
    .abort = abort_job,
    .finalize = finalize,
    .ireduce_scatter_f32 = ireduce_scatter_f32,
    .ialltoallv_f32 = ialltoallv_f32,
    .iallgatherv_f32 = iallgatherv_f32,
    .allgather_f64 = allgather_f64,
    .bcast = bcast,
    .iallreduce_f64 = iallreduce_f64,
    .iallgather_f64 = iallgather_f64,
};

const g23_dist_ops_t *g23_dist_mpi_ops(void) { return &ops; }
