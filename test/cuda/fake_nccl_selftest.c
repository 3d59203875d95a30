/* fake_nccl_selftest.c: the fake libnccl.so.2 (test/cuda/fake/fake_nccl.c)
 * held to what NCCL does and refuses, with real processes: each case forks
 * its ranks, every rank on its own emulated device (the fake libcuda.so.1
 * loaded after the fork), through the entry points the backend resolves
 * (runtime/cuda/cuda_api.h).  test/dist/nccl.sh shows training runs on it;
 * this shows the fake would catch the mistakes it is there to catch:
 *
 *   - three ranks: in-place sums of float32 over several chunks of the
 *     segment, a group of two calls, ncclAvg, float64: every rank gets the
 *     exact sums; G23_FAKE_NCCL_LOG counts what ran;
 *   - ranks whose calls disagree (count, type, operation, how many calls
 *     a group has) fail at the synchronisation on every rank;
 *   - ranks told different rank counts, a rank outside [0, nranks), the
 *     same rank twice fail ncclCommInitRank;
 *   - a NULL, never initialised or destroyed communicator, a host pointer,
 *     an unsupported type or operation are refused at the call;
 *   - a rank whose peer has exited fails instead of waiting for ever;
 *   - an all-reduce whose peer has not arrived leaves the stream unfinished,
 *     as on a GPU: cuStreamQuery and cuEventQuery say CUDA_ERROR_NOT_READY
 *     and return, and the all-reduce finishes under polling alone once the
 *     peer comes; ncclCommAbort ends it with an error instead, and the peer
 *     that comes later fails.
 */
#include "config.h"

#include <dlfcn.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runtime/cuda/cuda_api.h"
#include "test/check.h"

static g23_cu_api_t cu;
static g23_nccl_api_t nc;

/* One fake, opened by path, its table filled by name. */
static void load_one(const char *lib, const char *const *syms, size_t n, void **table) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", G23_FAKE_DIR, lib);
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (!h) {
    fprintf(stderr, "fake_nccl_selftest: %s\n", dlerror());
    exit(99);
  }
  for (size_t k = 0; k < n; k++)
    if (!(table[k] = dlsym(h, syms[k]))) {
      fprintf(stderr, "fake_nccl_selftest: %s lacks %s\n", path, syms[k]);
      exit(99);
    }
}

static void load(void) {
#define SYM(field, sym, ret, params) sym,
  static const char *const cu_syms[] = {G23_CU_FUNCS(SYM)}, *const nc_syms[] = {G23_NCCL_FUNCS(SYM)};
#undef SYM
  load_one("libcuda.so.1", cu_syms, sizeof cu_syms / sizeof *cu_syms, (void **)&cu);
  load_one("libnccl.so.2", nc_syms, sizeof nc_syms / sizeof *nc_syms, (void **)&nc);
}

static g23_cu_stream_t stream;

/* A rank's device: context and stream (after the fork). */
static void open_device(void) {
  load();
  g23_cu_device_t d;
  g23_cu_ctx_t ctx;
  if (cu.Init(0) || cu.DeviceGet(&d, 0) || cu.DevicePrimaryCtxRetain(&ctx, d) || cu.CtxSetCurrent(ctx) ||
      cu.StreamCreate(&stream, 0)) {
    fprintf(stderr, "fake_nccl_selftest: the fake device does not open\n");
    exit(99);
  }
}

static g23_cu_ptr_t alloc_floats(const float *v, size_t n) {
  g23_cu_ptr_t p = 0;
  if (cu.MemAlloc(&p, n * sizeof *v) || cu.MemcpyHtoD(p, v, n * sizeof *v)) exit(99);
  return p;
}

typedef int (*rank_fn)(int rank, g23_nccl_id_t id);

/* Runs fn in n processes, rank r in the r-th; whether every one exited 0
 * (a rank's CHECK failures make it exit 1). */
static bool ranks(int n, rank_fn fn) {
  g23_nccl_id_t id;
  if (nc.GetUniqueId(&id) != G23_NCCL_SUCCESS) return false;
  pid_t pid[8];
  fflush(stdout);
  fflush(stderr);
  for (int r = 0; r < n; r++) {
    pid[r] = fork();
    if (pid[r] == 0) {
      open_device();
      int rc = fn(r, id);
      fflush(stdout);
      _exit(rc || g23_check_failures ? 1 : 0);
    }
  }
  /* reaped as they end: a rank that has exited must not stay a zombie,
   * which its peers would take for alive */
  bool ok = true;
  for (int k = 0; k < n; k++) {
    int st = 0, r = 0;
    pid_t p = waitpid(-1, &st, 0);
    while (r < n && pid[r] != p) r++;
    if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
      fprintf(stderr, "rank %d of %d: exit status %d\n", r, n, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
      ok = false;
    }
  }
  return ok;
}

/* ---- three ranks that agree ---------------------------------------------------- */

#define BIG 40000 /* floats: three chunks of the segment */

static int sums(int rank, g23_nccl_id_t id) {
  g23_nccl_comm_t c = NULL;
  CHECK(nc.CommInitRank(&c, 3, id, rank) == G23_NCCL_SUCCESS, "rank %d: init", rank);
  if (!c) return 1;
  float *v = malloc(BIG * sizeof *v), w[5];
  for (int i = 0; i < BIG; i++) v[i] = (float)((rank + 1) * (i % 7));
  for (int i = 0; i < 5; i++) w[i] = (float)(rank + 1);
  g23_cu_ptr_t a = alloc_floats(v, BIG), b = alloc_floats(w, 5);
  double x[3] = {rank, 0.5 * rank, 1e10 * rank};
  g23_cu_ptr_t d = 0;
  if (cu.MemAlloc(&d, sizeof x) || cu.MemcpyHtoD(d, x, sizeof x)) return 1;
  CHECK(nc.GroupStart() == 0 && nc.AllReduce((void *)a, (void *)a, BIG, G23_NCCL_FLOAT32, 0, c, stream) == 0 &&
            nc.AllReduce((void *)b, (void *)b, 5, G23_NCCL_FLOAT32, G23_NCCL_AVG, c, stream) == 0 &&
            nc.GroupEnd() == 0,
        "rank %d: a group of two all-reduces", rank);
  CHECK(nc.AllReduce((void *)d, (void *)d, 3, 8 /* ncclFloat64 */, 0, c, stream) == 0, "rank %d: float64", rank);
  CHECK(cu.StreamSynchronize(stream) == G23_CUDA_SUCCESS, "rank %d: the reductions ran", rank);
  cu.MemcpyDtoH(v, a, BIG * sizeof *v);
  cu.MemcpyDtoH(w, b, sizeof w);
  cu.MemcpyDtoH(x, d, sizeof x);
  int bad = 0;
  for (int i = 0; i < BIG; i++) bad += v[i] != (float)(6 * (i % 7));
  CHECK(bad == 0, "rank %d: %d of %d sums wrong", rank, bad, BIG);
  for (int i = 0; i < 5; i++) CHECK(w[i] > 2 - 1e-6f && w[i] < 2 + 1e-6f, "rank %d: avg %g, not 2", rank, w[i]);
  CHECK(x[0] == 3 && x[1] == 1.5 && x[2] == 3e10, "rank %d: float64 sums %g %g %g", rank, x[0], x[1], x[2]);
  CHECK(nc.CommDestroy(c) == G23_NCCL_SUCCESS, "rank %d: destroy", rank);
  free(v);
  return 0;
}

/* ---- ranks whose calls disagree ----------------------------------------------------- */

static int mismatch_kind;

static int mismatched(int rank, g23_nccl_id_t id) {
  g23_nccl_comm_t c = NULL;
  if (nc.CommInitRank(&c, 2, id, rank) != G23_NCCL_SUCCESS) return 1;
  float v[64] = {0};
  g23_cu_ptr_t a = alloc_floats(v, 64);
  size_t count = mismatch_kind == 0 && rank == 1 ? 60 : mismatch_kind == 1 ? 32 : 64;
  int type = mismatch_kind == 1 && rank == 1 ? 8 /* float64 */ : G23_NCCL_FLOAT32;
  int op = mismatch_kind == 2 && rank == 1 ? G23_NCCL_AVG : 0;
  nc.GroupStart();
  CHECK(nc.AllReduce((void *)a, (void *)a, count, type, op, c, stream) == 0, "rank %d: the call is taken", rank);
  if (mismatch_kind == 3 && rank == 0) nc.AllReduce((void *)a, (void *)a, count, type, op, c, stream);
  nc.GroupEnd();
  CHECK(cu.StreamSynchronize(stream) != G23_CUDA_SUCCESS, "rank %d: mismatch %d not detected", rank, mismatch_kind);
  const char *e = nc.GetLastError(c);
  CHECK(strstr(e, "does not match across ranks"), "rank %d: the error: %s", rank, e);
  nc.CommAbort(c);
  return 0;
}

/* ---- communicators that must not form ------------------------------------------------ */

static int wrong_nranks(int rank, g23_nccl_id_t id) {
  g23_nccl_comm_t c = NULL;
  g23_nccl_result_t r = nc.CommInitRank(&c, rank == 0 ? 2 : 3, id, rank);
  CHECK(r != G23_NCCL_SUCCESS && !c, "rank %d: ranks that disagree on the rank count joined", rank);
  return 0;
}

static int twice(int rank, g23_nccl_id_t id) {
  g23_nccl_comm_t c = NULL;
  /* both claim rank 0 of 2: the second fails at once, the first once the
   * second has given up */
  g23_nccl_result_t r = nc.CommInitRank(&c, 2, id, 0);
  (void)rank;
  CHECK(r != G23_NCCL_SUCCESS && !c, "rank 0 joined twice");
  return 0;
}

/* ---- refused at the call ---------------------------------------------------------------- */

static int refusals(int rank, g23_nccl_id_t id) {
  g23_nccl_comm_t c = NULL;
  CHECK(nc.CommInitRank(&c, 1, id, 1) == 4, "rank 1 of 1: not ncclInvalidArgument");
  CHECK(nc.CommInitRank(&c, 1, id, rank) == G23_NCCL_SUCCESS, "one rank alone");
  float v[4] = {1, 2, 3, 4}, host[4];
  g23_cu_ptr_t a = alloc_floats(v, 4);
  struct { char junk[64]; } never = {{0}};
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, G23_NCCL_FLOAT32, 0, NULL, stream) == 4, "a NULL communicator");
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, G23_NCCL_FLOAT32, 0, (g23_nccl_comm_t)&never, stream) == 4,
        "a communicator never initialised");
  CHECK(nc.AllReduce(host, host, 4, G23_NCCL_FLOAT32, 0, c, stream) == 4, "host memory");
  CHECK(nc.AllReduce((void *)a, (void *)a, 5, G23_NCCL_FLOAT32, 0, c, stream) == 4, "past the allocation");
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, 2 /* int32 */, 0, c, stream) == 4, "int32 is not supported here");
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, G23_NCCL_FLOAT32, 1 /* prod */, c, stream) == 4, "prod");
  CHECK(nc.GroupEnd() == 5, "ncclGroupEnd without a start: not ncclInvalidUsage");
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, G23_NCCL_FLOAT32, 0, c, stream) == 0, "one rank's sum");
  CHECK(cu.StreamSynchronize(stream) == 0 && cu.MemcpyDtoH(host, a, sizeof host) == 0 && host[3] == 4,
        "one rank's sum is its own data");
  CHECK(nc.CommDestroy(c) == 0, "destroy");
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, G23_NCCL_FLOAT32, 0, c, stream) == 4, "a destroyed communicator");
  CHECK(nc.CommDestroy(c) == 4, "destroyed twice");
  return 0;
}

/* ---- a peer that is gone ---------------------------------------------------------------- */

static int deserted(int rank, g23_nccl_id_t id) {
  g23_nccl_comm_t c = NULL;
  if (nc.CommInitRank(&c, 2, id, rank) != G23_NCCL_SUCCESS) return 1;
  if (rank == 1) _exit(0); /* leaves without its all-reduce */
  float v[4] = {0};
  g23_cu_ptr_t a = alloc_floats(v, 4);
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, G23_NCCL_FLOAT32, 0, c, stream) == 0, "the call is taken");
  CHECK(cu.StreamSynchronize(stream) != G23_CUDA_SUCCESS, "an all-reduce without its peer finished");
  CHECK(strstr(nc.GetLastError(c), "has exited") != NULL, "the error: %s", nc.GetLastError(c));
  nc.CommAbort(c);
  return 0;
}

/* ---- a peer that has not arrived ------------------------------------------------------ */

static int gate[2];   /* a pipe: rank 0 lets rank 1 queue its all-reduce */
static bool late_abort; /* rank 0 aborts instead of waiting */

static void open_gate(void) {
  if (write(gate[1], "g", 1) != 1) _exit(99);
}

static int late(int rank, g23_nccl_id_t id) {
  g23_cu_result_t (*event_query)(g23_cu_event_t) = NULL;
  char path[4096];
  snprintf(path, sizeof path, "%s/libcuda.so.1", G23_FAKE_DIR);
  void *h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (h) *(void **)&event_query = dlsym(h, "cuEventQuery");
  CHECK(event_query != NULL, "rank %d: the fake libcuda has cuEventQuery", rank);
  g23_nccl_comm_t c = NULL;
  if (!event_query || nc.CommInitRank(&c, 2, id, rank) != G23_NCCL_SUCCESS) {
    if (rank == 0) open_gate();
    return 1;
  }
  float v[4] = {(float)(rank + 1), 2, 3, 4};
  g23_cu_ptr_t a = alloc_floats(v, 4);
  if (rank == 1) {
    struct pollfd p = {.fd = gate[0], .events = POLLIN};
    char b;
    if (poll(&p, 1, 120000) != 1 || read(gate[0], &b, 1) != 1) return 1;
  }
  g23_cu_event_t e = NULL;
  cu.EventCreate(&e, G23_CU_EVENT_DISABLE_TIMING);
  CHECK(nc.AllReduce((void *)a, (void *)a, 4, G23_NCCL_FLOAT32, 0, c, stream) == 0, "rank %d: the call is taken", rank);
  cu.EventRecord(e, stream);
  if (rank == 0) {
    g23_cu_result_t q = cu.StreamQuery(stream), qe = event_query(e);
    CHECK(q == G23_CUDA_ERROR_NOT_READY, "cuStreamQuery while the peer has not arrived: %d", q);
    CHECK(qe == G23_CUDA_ERROR_NOT_READY, "cuEventQuery while the peer has not arrived: %d", qe);
    if (late_abort) {
      CHECK(nc.CommAbort(c) == G23_NCCL_SUCCESS, "abort");
      CHECK(cu.StreamSynchronize(stream) != G23_CUDA_SUCCESS, "an aborted all-reduce finished");
      open_gate();
      return 0;
    }
    open_gate();
    /* polling alone finishes it (the limit stops a broken fake) */
    int polls = 0;
    while ((q = cu.StreamQuery(stream)) == G23_CUDA_ERROR_NOT_READY && polls++ < 1200000) {
      struct timespec ts = {0, 100000};
      nanosleep(&ts, NULL);
    }
    CHECK(q == G23_CUDA_SUCCESS, "cuStreamQuery once the peer has come: %d", q);
    CHECK(event_query(e) == G23_CUDA_SUCCESS, "cuEventQuery once the peer has come");
  } else if (late_abort) {
    CHECK(cu.StreamSynchronize(stream) != G23_CUDA_SUCCESS, "an all-reduce with an aborted peer finished");
    CHECK(strstr(nc.GetLastError(c), "another rank failed") != NULL, "the error: %s", nc.GetLastError(c));
    nc.CommAbort(c);
    return 0;
  } else {
    CHECK(cu.StreamSynchronize(stream) == G23_CUDA_SUCCESS, "rank 1: the all-reduce ran");
  }
  cu.MemcpyDtoH(v, a, sizeof v);
  CHECK(v[0] == 3 && v[1] == 4 && v[3] == 8, "rank %d: sums %g %g %g %g", rank, v[0], v[1], v[2], v[3]);
  CHECK(nc.CommDestroy(c) == G23_NCCL_SUCCESS, "rank %d: destroy", rank);
  return 0;
}

int main(void) {
  load();
  /* a broken fake fails here instead of stalling make check */
  setenv("G23_FAKE_NCCL_TIMEOUT", "120", 1);
  char log[] = "/tmp/g23-fake-nccl-log.XXXXXX";
  int fd = mkstemp(log);
  if (fd < 0) return 99;
  close(fd);
  setenv("G23_FAKE_NCCL_LOG", log, 1);
  CHECK(ranks(3, sums), "three ranks summing");
  unsetenv("G23_FAKE_NCCL_LOG");
  FILE *f = fopen(log, "r");
  char line[256];
  int lines = 0, mask = 0;
  while (f && fgets(line, sizeof line, f)) {
    int r = -1;
    lines++;
    if (sscanf(line, "rank %d of 3: 3 allreduce, 40008 elements, 2 groups", &r) == 1 &&
        strstr(line, "3 allreduce, 40008 elements, 2 groups\n") && r >= 0 && r < 3)
      mask |= 1 << r;
  }
  if (f) fclose(f);
  unlink(log);
  CHECK(lines == 3 && mask == 7, "G23_FAKE_NCCL_LOG: %d lines, ranks %x", lines, mask);

  const char *const kinds[] = {"count", "type", "operation", "calls of a group"};
  for (mismatch_kind = 0; mismatch_kind < 4; mismatch_kind++)
    CHECK(ranks(2, mismatched), "mismatched %s", kinds[mismatch_kind]);
  CHECK(ranks(2, wrong_nranks), "rank counts that disagree");
  CHECK(ranks(2, twice), "one rank twice");
  CHECK(ranks(1, refusals), "refusals");
  CHECK(ranks(2, deserted), "a peer that exits");
  for (int k = 0; k < 2; k++) {
    late_abort = k == 1;
    if (pipe(gate) != 0) return 99;
    CHECK(ranks(2, late), late_abort ? "a peer late for an aborted all-reduce" : "a peer late for the all-reduce");
    close(gate[0]);
    close(gate[1]);
  }
  return g23_check_summary("fake_nccl_selftest");
}
