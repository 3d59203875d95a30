/* nccl.c: the CUDA backend's collectives (runtime.h, docs/distributed.md):
 * one NCCL communicator over the processes of a data-parallel job, one GPU
 * each.
 *
 * libnccl is loaded with dlopen (cuda_api.c) only when a job of several
 * processes joins, so a single process never needs it.  Rank 0 makes the
 * unique id; the caller's bcast (MPI) carries it to every rank, and each
 * joins with ncclCommInitRank on its own device (the context is current).
 *
 * A mean is one group of ncclAllReduce(ncclAvg, f32), in place, one per
 * range, on a stream of its own (comm_stream), which first waits for an
 * event recorded on the compute stream after the launch that finished the
 * bucket: the reduction runs beside the launches queued after it.  The join
 * (at the gradient cut) records an event on comm_stream that the compute
 * stream waits for, so the norm and AdamW read the means.  No host
 * synchronisation, nothing through the host.  A graph captured as a CUDA
 * graph (backend_cuda.c) captures the fork, the groups and the join with its
 * launches; on a replay none of them is issued again.
 *
 * A rank that stops (a debugger, SIGSTOP, a hung host thread) leaves the
 * others' all-reduce waiting for ever, and their streams with it: while
 * there is a communicator, every host wait for a stream (g23_cuda_sync)
 * polls it for at most the job's limit, then aborts the communicator and
 * fails, as the host's collectives of the CPU path do (runtime/cli/dist.c).
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cuda_ctx.h"

/* Call an NCCL function; on failure write "ncclNAME failed on rank R: error
 * string (code): NCCL's last message" into err/errn and return -1. */
#define G23_NCCL(c, call)                                                                                       \
  do {                                                                                                          \
    g23_nccl_result_t g23_n_ = (c)->nccl->call;                                                                 \
    if (g23_n_ != G23_NCCL_SUCCESS) return nccl_fail(c, g23_n_, #call, err, errn);                             \
  } while (0)

static int nccl_fail(g23_backend_ctx_t *c, g23_nccl_result_t r, const char *call, char *err, size_t errn) {
  const char *last = c->nccl->GetLastError ? c->nccl->GetLastError(c->comm) : NULL;
  snprintf(err, errn, "nccl%.*s failed on rank %d: %s (%d)%s%s", g23_call_len(call), call, c->comm_rank,
           c->nccl->GetErrorString(r), r, last && *last ? ": " : "", last ? last : "");
  return -1;
}

int g23_cuda_comm_init(g23_backend_ctx_t *c, int rank, int nranks, g23_bcast_fn_t bcast, void *bctx,
                       double timeout_s, char *err, size_t errn) {
  G23_ASSERT(!c->comm && !c->comm_aborted && nranks > 1 && rank >= 0 && rank < nranks);
  c->comm_timeout = timeout_s > 0 ? timeout_s : 0;
  char why[1024];
  const g23_nccl_api_t *nc = g23_nccl_api(why, sizeof why);
  if (!nc) {
    snprintf(err, errn, "training in %d processes on CUDA reduces the gradients with NCCL: %s", nranks, why);
    return -1;
  }
  int v = 0;
  if (nc->GetVersion(&v) != G23_NCCL_SUCCESS || v < G23_NCCL_MIN_VERSION) {
    snprintf(err, errn, "NCCL %d.%d.%d is older than gpt23 needs (2.10, for ncclAvg); hint: install a "
             "newer NCCL", v / 10000, v / 100 % 100, v % 100);
    return -1;
  }
  c->nccl = nc;
  c->comm_rank = rank;
  G23_CU(c->cu, CtxSetCurrent(c->cuctx));
  g23_nccl_id_t id;
  memset(&id, 0, sizeof id);
  if (rank == 0) G23_NCCL(c, GetUniqueId(&id));
  if (bcast(bctx, &id, sizeof id, err, errn)) return -1;
  G23_NCCL(c, CommInitRank(&c->comm, nranks, id, rank));
  c->comm_size = nranks;
  G23_CU(c->cu, StreamCreate(&c->comm_stream, G23_CU_STREAM_NON_BLOCKING));
  G23_CU(c->cu, EventCreate(&c->ready, G23_CU_EVENT_DISABLE_TIMING));
  G23_CU(c->cu, EventCreate(&c->done, G23_CU_EVENT_DISABLE_TIMING));
  if (c->verbose)
    fprintf(stderr, "%s: rank %d of %d on CUDA device %s, NCCL %d.%d.%d\n", g23_progname, rank, nranks, c->devname,
            v / 10000, v / 100 % 100, v % 100);
  return 0;
}

/* Whether the group belongs to a graph being replayed as a CUDA graph,
 * which holds it already. */
static bool replayed(const g23_backend_ctx_t *c) {
  for (int g = 0; g < G23_GRAPH_COUNT; g++)
    if (c->cap[g].replaying) return true;
  return false;
}

/* A mean or join after the communicator was given up. */
static int aborted(g23_backend_ctx_t *c, char *err, size_t errn) {
  snprintf(err, errn, "rank %d's NCCL communicator was aborted after the other processes did not all reach the "
           "gradient reduction in time; the job cannot go on", c->comm_rank);
  return -1;
}

int g23_cuda_comm_mean(g23_backend_ctx_t *c, void *mem, const size_t *off, const size_t *count, int n, char *err,
                       size_t errn) {
  if (c->comm_aborted) return aborted(c, err, errn);
  G23_ASSERT(c->comm);
  if (replayed(c)) return 0;
  G23_CU(c->cu, CtxSetCurrent(c->cuctx));
  G23_CU(c->cu, EventRecord(c->ready, c->stream));
  G23_CU(c->cu, StreamWaitEvent(c->comm_stream, c->ready, 0));
  G23_NCCL(c, GroupStart());
  for (int i = 0; i < n; i++) {
    float *p = (float *)((char *)mem + off[i]);
    g23_nccl_result_t r =
        c->nccl->AllReduce(p, p, count[i], G23_NCCL_FLOAT32, G23_NCCL_AVG, c->comm, c->comm_stream);
    if (r != G23_NCCL_SUCCESS) {
      nccl_fail(c, r, "AllReduce", err, errn);
      c->nccl->GroupEnd();
      return -1;
    }
  }
  G23_NCCL(c, GroupEnd());
  return 0;
}

int g23_cuda_comm_join(g23_backend_ctx_t *c, char *err, size_t errn) {
  if (c->comm_aborted) return aborted(c, err, errn);
  G23_ASSERT(c->comm);
  if (replayed(c)) return 0;
  G23_CU(c->cu, CtxSetCurrent(c->cuctx));
  G23_CU(c->cu, EventRecord(c->done, c->comm_stream));
  G23_CU(c->cu, StreamWaitEvent(c->stream, c->done, 0));
  return 0;
}

/* Ends the communicator without waiting for its ranks: NCCL aborts the
 * collectives under way, so the streams that wait for them finish. */
static void comm_abort(g23_backend_ctx_t *c) {
  c->nccl->CommAbort(c->comm);
  c->comm = NULL;
  c->comm_aborted = true;
}

int g23_cuda_sync(g23_backend_ctx_t *c, g23_cu_stream_t s, char *err, size_t errn) {
  const g23_cu_api_t *cu = c->cu;
  g23_cu_result_t r;
  const char *at = "cuStreamSynchronize";
  if (!c->comm || c->comm_timeout <= 0) {
    r = cu->StreamSynchronize(s);
  } else {
    at = "cuStreamQuery";
    double t0 = g23_now();
    while ((r = cu->StreamQuery(s)) == G23_CUDA_ERROR_NOT_READY) {
      if (g23_now() - t0 > c->comm_timeout) {
        snprintf(err, errn,
                 "the other processes have not all reached the gradient reduction in %g s: one of them is stuck "
                 "(rank %d's NCCL all-reduce has not completed; its communicator is aborted)\n"
                 "  hint: for longer pauses raise --dist-timeout",
                 c->comm_timeout, c->comm_rank);
        comm_abort(c);
        return -1;
      }
      struct timespec ts = {0, 100000}; /* 0.1 ms: short beside a step, and the host idles */
      nanosleep(&ts, NULL);
    }
  }
  if (r == G23_CUDA_SUCCESS) return 0;
  snprintf(err, errn, "a CUDA kernel%s or matmul failed (reported at %s): %s%s", c->comm ? ", collective" : "", at,
           g23_cu_errname(cu, r), g23_cu_hint(r));
  return -1;
}

void g23_cuda_comm_close(g23_backend_ctx_t *c, bool failed) {
  char err[512];
  /* the collectives queued last finish, or the limit gives the communicator
   * up (aborted then) */
  if (c->comm && !failed && c->comm_stream) failed = g23_cuda_sync(c, c->comm_stream, err, sizeof err) != 0;
  /* a communicator whose ranks may not all arrive is aborted, not
   * destroyed (ncclCommDestroy could wait for them) */
  if (c->comm) {
    if (failed)
      comm_abort(c);
    else
      c->nccl->CommDestroy(c->comm);
    c->comm = NULL;
  }
  if (c->comm_stream) {
    c->cu->StreamSynchronize(c->comm_stream); /* nothing waits for another rank now */
    c->cu->StreamDestroy(c->comm_stream);
  }
  c->comm_stream = NULL;
  if (c->ready) c->cu->EventDestroy(c->ready);
  if (c->done) c->cu->EventDestroy(c->done);
  c->ready = c->done = NULL;
}
