/* fake_nccl.c: libnccl.so.2 of the emulated CUDA device stack (fake.h):
 * NCCL's communicators and all-reduce among the processes of one machine,
 * on the fake driver's device memory, so that data-parallel training on
 * the CUDA backend runs end to end in make check (test/dist/nccl.sh).
 *
 * The unique id names a POSIX shared-memory segment that ncclGetUniqueId
 * creates.  ncclCommInitRank maps it, claims its rank's slot and waits for
 * the other ranks (the first to arrive fixes the rank count; every other
 * must agree); once all are there rank 0 unlinks the name.  ncclAllReduce
 * (alone, or every call between ncclGroupStart and ncclGroupEnd as one job)
 * is queued on the stream through g23_fake_cuda_enqueue, so it runs in
 * stream order when something waits for the stream and is captured into a
 * CUDA graph like a kernel.  When it runs, each rank posts what it is
 * calling (count, type, operation) and waits for the others; every rank
 * compares every post, then the data go through the segment in chunks:
 * each rank copies its chunk in, waits, and sums all ranks' chunks in rank
 * order, so every rank computes the same bits; ncclAvg multiplies each
 * value by 1/n first, as NCCL does for floating point.  Its waits do not
 * block: where the other ranks have not arrived the job stops
 * (G23_FAKE_JOB_PENDING, fake.h) and goes on from there when the driver
 * runs it again, so that, as with NCCL's kernels on a GPU, the stream stays
 * unfinished while a peer is missing: cuStreamQuery and cuEventQuery say
 * CUDA_ERROR_NOT_READY, and only a synchronisation waits.
 *
 * Strict where NCCL is, loud where NCCL would hang or corrupt: a NULL or
 * destroyed communicator, an unknown type or operation, a rank outside
 * [0, nranks), nranks outside [1, G23_FAKE_NCCL_MAX_RANKS], device buffers
 * that are not device memory, and a group left open are ncclInvalidArgument
 * or ncclInvalidUsage at the call; ranks that disagree on nranks or join
 * the same rank twice fail ncclCommInitRank on every rank; ranks whose
 * calls do not match (count, type, operation, or how many calls) fail the
 * job on every rank with both ranks' calls named (a device fault of the
 * fake driver: the stream's error becomes sticky).  A wait gives up when a
 * peer process has died, when any rank failed or aborted its communicator
 * (ncclCommAbort, which also ends its own rank's unfinished all-reduce
 * with an error), or after $G23_FAKE_NCCL_TIMEOUT seconds (default 600).
 *
 * $G23_FAKE_NCCL_LOG names a file to which ncclCommDestroy appends one
 * line per communicator: "rank R of N: A allreduce, E elements, G groups"
 * (what ran, graph replays included), so that a test can see the
 * collectives happened.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "fake.h"

#define EXPORT __attribute__((visibility("default")))

/* nccl.h (NCCL 2.x; these are ABI) */
typedef enum {
  ncclSuccess = 0,
  ncclUnhandledCudaError = 1,
  ncclSystemError = 2,
  ncclInternalError = 3,
  ncclInvalidArgument = 4,
  ncclInvalidUsage = 5,
  ncclRemoteError = 6,
  ncclInProgress = 7,
} ncclResult_t;
typedef enum { ncclInt8, ncclUint8, ncclInt32, ncclUint32, ncclInt64, ncclUint64, ncclFloat16, ncclFloat32,
               ncclFloat64, ncclBfloat16 } ncclDataType_t;
typedef enum { ncclSum, ncclProd, ncclMax, ncclMin, ncclAvg } ncclRedOp_t;
#define NCCL_UNIQUE_ID_BYTES 128
typedef struct {
  char internal[NCCL_UNIQUE_ID_BYTES];
} ncclUniqueId;
typedef struct comm *ncclComm_t;

#define FAKE_VERSION 22809 /* reported by ncclGetVersion: NCCL 2.28.9 */
#define G23_FAKE_NCCL_MAX_RANKS 16
#define CHUNK_BYTES (64 * 1024) /* per rank and round */
#define ID_MAGIC "g23 fake nccl id"
#define SEG_MAGIC 0x6e63636cu /* "nccl" */
#define COMM_MAGIC 0x636f6d6du /* "comm" */
#define CUDA_ERROR_LAUNCH_FAILED 719

/* ---- the shared segment ---------------------------------------------------------- */

typedef struct {
  _Atomic int pid;     /* 0: free */
  _Atomic int nranks;  /* what this rank was told */
  /* the call this rank is making, posted before the first wait of a call */
  uint64_t seq;
  int64_t count;
  int dtype, op;
} slot_t;

typedef struct {
  unsigned magic;
  _Atomic int nranks;  /* fixed by the first rank to join; 0 before */
  _Atomic int joined;
  _Atomic int failed;  /* a rank gave up: every wait ends */
  _Atomic unsigned bar_count, bar_gen;
  slot_t slot[G23_FAKE_NCCL_MAX_RANKS];
  char data[G23_FAKE_NCCL_MAX_RANKS][CHUNK_BYTES];
} seg_t;

typedef struct {
  char magic[17];
  char name[64];
} id_t_;
_Static_assert(sizeof(id_t_) <= NCCL_UNIQUE_ID_BYTES, "id");

struct comm {
  unsigned magic;
  int rank, nranks;
  seg_t *seg;
  uint64_t seq; /* calls run so far */
  uint64_t n_allreduce, n_elements, n_groups;
  _Atomic int refs; /* the handle, and each queued job */
  _Atomic int aborted; /* ncclCommAbort: its unfinished jobs fail */
  struct comm *next;
  char last[1024]; /* ncclGetLastError */
};

static pthread_mutex_t lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static struct comm *live; /* communicators not yet destroyed */
static char last_error[1024];

static void report(struct comm *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void report(struct comm *c, const char *fmt, ...) {
  char *dst = c ? c->last : last_error;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(dst, 1024, fmt, ap);
  va_end(ap);
  fprintf(stderr, "libnccl (gpt23 fake): %s\n", dst);
  if (c) snprintf(last_error, sizeof last_error, "%s", dst);
}

static bool is_live(const struct comm *c) {
  for (const struct comm *k = live; k; k = k->next)
    if (k == c && c->magic == COMM_MAGIC) return true;
  return false;
}

static size_t type_size(int t) {
  switch (t) {
  case ncclFloat32: return 4;
  case ncclFloat64: return 8;
  default: return 0;
  }
}
static const char *type_name(int t) {
  static const char *const n[] = {"int8", "uint8", "int32", "uint32", "int64", "uint64", "float16", "float32",
                                  "float64", "bfloat16"};
  return t >= 0 && t < 10 ? n[t] : "unknown type";
}
static const char *op_name(int op) {
  static const char *const n[] = {"sum", "prod", "max", "min", "avg"};
  return op >= 0 && op < 5 ? n[op] : "unknown op";
}

static double timeout_s(void) {
  const char *v = getenv("G23_FAKE_NCCL_TIMEOUT");
  double t = v && *v ? atof(v) : 600;
  return t > 0 ? t : 600;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* Whether process pid runs (a zombie does not: its parent has not reaped
 * it yet). */
static bool alive(int pid) {
  if (kill(pid, 0) != 0) return errno != ESRCH;
  char path[64], buf[256];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  FILE *f = fopen(path, "r");
  if (!f) return true;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  const char *paren = strrchr(buf, ')');
  return !(paren && paren[1] == ' ' && (paren[2] == 'Z' || paren[2] == 'X'));
}

/* One look of a wait (the spins-th): gives up (with the reason in err)
 * when a rank failed, a peer died or the time ran out. */
static int wait_ok(seg_t *s, int rank, double t0, unsigned *spins, const char *what, char *err, size_t errn) {
  if (atomic_load(&s->failed)) {
    snprintf(err, errn, "rank %d: %s: another rank failed", rank, what);
    return -1;
  }
  if ((++*spins & 255) == 0) {
    for (int r = 0; r < G23_FAKE_NCCL_MAX_RANKS; r++) {
      int pid = atomic_load(&s->slot[r].pid);
      if (pid > 0 && !alive(pid)) {
        snprintf(err, errn, "rank %d: %s: rank %d (process %d) has exited", rank, what, r, pid);
        atomic_store(&s->failed, 1);
        return -1;
      }
    }
    if (now() - t0 > timeout_s()) {
      snprintf(err, errn, "rank %d: %s: the other ranks did not arrive within %g s (G23_FAKE_NCCL_TIMEOUT)", rank,
               what, timeout_s());
      atomic_store(&s->failed, 1);
      return -1;
    }
  }
  return 0;
}

/* One step of a blocking wait: wait_ok, then a pause. */
static int still_waiting(seg_t *s, int rank, double t0, unsigned *spins, const char *what, char *err, size_t errn) {
  if (wait_ok(s, rank, t0, spins, what, err, errn)) return -1;
  if (*spins < 1000)
    sched_yield();
  else {
    struct timespec ts = {0, 200000};
    nanosleep(&ts, NULL);
  }
  return 0;
}

/* Arrives at the barrier that every rank of nranks reaches before any
 * leaves: true when this rank was the last (every rank is there), else the
 * barrier is passed once s->bar_gen differs from *gen. */
static bool arrive(seg_t *s, int nranks, unsigned *gen) {
  *gen = atomic_load(&s->bar_gen);
  if (atomic_fetch_add(&s->bar_count, 1) == (unsigned)nranks - 1) {
    atomic_store(&s->bar_count, 0);
    atomic_fetch_add(&s->bar_gen, 1);
    return true;
  }
  return false;
}

/* The barrier, waited for. */
static int barrier(seg_t *s, int rank, int nranks, const char *what, char *err, size_t errn) {
  unsigned gen;
  if (arrive(s, nranks, &gen)) return 0;
  double t0 = now();
  unsigned spins = 0;
  while (atomic_load(&s->bar_gen) == gen)
    if (still_waiting(s, rank, t0, &spins, what, err, errn)) return -1;
  return 0;
}

/* ---- setup ------------------------------------------------------------------------ */

EXPORT ncclResult_t ncclGetVersion(int *v) {
  if (!v) return ncclInvalidArgument;
  *v = FAKE_VERSION;
  return ncclSuccess;
}

EXPORT const char *ncclGetErrorString(ncclResult_t r) {
  switch (r) {
  case ncclSuccess: return "no error";
  case ncclUnhandledCudaError: return "unhandled cuda error (run with NCCL_DEBUG=INFO for details)";
  case ncclSystemError: return "unhandled system error (run with NCCL_DEBUG=INFO for details)";
  case ncclInternalError: return "internal error - please report this issue to the NCCL developers";
  case ncclInvalidArgument: return "invalid argument (run with NCCL_DEBUG=WARN for details)";
  case ncclInvalidUsage: return "invalid usage (run with NCCL_DEBUG=WARN for details)";
  case ncclRemoteError: return "remote process exited or there was a network error";
  case ncclInProgress: return "NCCL operation in progress";
  default: return "unknown result code";
  }
}

EXPORT const char *ncclGetLastError(ncclComm_t c) {
  pthread_mutex_lock(&lock);
  const char *s = c && is_live(c) ? c->last : last_error;
  pthread_mutex_unlock(&lock);
  return s;
}

EXPORT ncclResult_t ncclGetUniqueId(ncclUniqueId *id) {
  if (!id) return ncclInvalidArgument;
  static _Atomic unsigned counter;
  id_t_ u = {0};
  memcpy(u.magic, ID_MAGIC, sizeof u.magic);
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  snprintf(u.name, sizeof u.name, "/g23-fake-nccl-%d-%u-%lx", (int)getpid(), atomic_fetch_add(&counter, 1),
           (unsigned long)ts.tv_nsec);
  int fd = shm_open(u.name, O_RDWR | O_CREAT | O_EXCL, 0600);
  if (fd < 0) {
    report(NULL, "ncclGetUniqueId: shm_open %s: %s", u.name, strerror(errno));
    return ncclSystemError;
  }
  if (ftruncate(fd, sizeof(seg_t)) != 0) {
    report(NULL, "ncclGetUniqueId: ftruncate %s: %s", u.name, strerror(errno));
    close(fd);
    shm_unlink(u.name);
    return ncclSystemError;
  }
  seg_t *s = mmap(NULL, sizeof(seg_t), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  close(fd);
  if (s == MAP_FAILED) {
    report(NULL, "ncclGetUniqueId: mmap %s: %s", u.name, strerror(errno));
    shm_unlink(u.name);
    return ncclSystemError;
  }
  s->magic = SEG_MAGIC;
  munmap(s, sizeof(seg_t));
  memset(id, 0, sizeof *id);
  memcpy(id->internal, &u, sizeof u);
  return ncclSuccess;
}

static ncclResult_t init_rank(ncclComm_t *out, int nranks, ncclUniqueId id, int rank) {
  if (!out) return ncclInvalidArgument;
  *out = NULL;
  id_t_ u;
  memcpy(&u, id.internal, sizeof u);
  if (memcmp(u.magic, ID_MAGIC, sizeof u.magic) != 0 || !memchr(u.name, 0, sizeof u.name)) {
    report(NULL, "ncclCommInitRank: the unique id was not made by ncclGetUniqueId");
    return ncclInvalidArgument;
  }
  if (nranks < 1 || nranks > G23_FAKE_NCCL_MAX_RANKS) {
    report(NULL, "ncclCommInitRank: nranks %d outside [1, %d]", nranks, G23_FAKE_NCCL_MAX_RANKS);
    return ncclInvalidArgument;
  }
  if (rank < 0 || rank >= nranks) {
    report(NULL, "ncclCommInitRank: rank %d outside [0, %d)", rank, nranks);
    return ncclInvalidArgument;
  }
  int fd = shm_open(u.name, O_RDWR, 0);
  if (fd < 0) {
    report(NULL, "ncclCommInitRank: rank %d: the unique id's segment %s: %s (made by another job, or every rank "
           "of its job has joined already)", rank, u.name, strerror(errno));
    return ncclInvalidUsage;
  }
  seg_t *s = mmap(NULL, sizeof(seg_t), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
  close(fd);
  if (s == MAP_FAILED || s->magic != SEG_MAGIC) {
    report(NULL, "ncclCommInitRank: rank %d: cannot map %s", rank, u.name);
    if (s != MAP_FAILED) munmap(s, sizeof(seg_t));
    return ncclSystemError;
  }
  char err[512];
  int expect = 0;
  atomic_store(&s->slot[rank].nranks, nranks);
  if (!atomic_compare_exchange_strong(&s->nranks, &expect, nranks) && expect != nranks) {
    atomic_store(&s->failed, 1);
    report(NULL, "ncclCommInitRank: rank %d was told nranks %d, but another rank of the communicator %d", rank,
           nranks, expect);
    munmap(s, sizeof(seg_t));
    shm_unlink(u.name); /* the communicator will not form */
    return ncclInvalidUsage;
  }
  int free_pid = 0;
  if (!atomic_compare_exchange_strong(&s->slot[rank].pid, &free_pid, (int)getpid())) {
    atomic_store(&s->failed, 1);
    report(NULL, "ncclCommInitRank: rank %d joined twice (processes %d and %d)", rank, free_pid, (int)getpid());
    munmap(s, sizeof(seg_t));
    shm_unlink(u.name);
    return ncclInvalidUsage;
  }
  atomic_fetch_add(&s->joined, 1);
  if (barrier(s, rank, nranks, "ncclCommInitRank", err, sizeof err) != 0) {
    report(NULL, "%s", err);
    munmap(s, sizeof(seg_t));
    shm_unlink(u.name);
    return ncclRemoteError;
  }
  for (int r = 0; r < nranks; r++)
    if (atomic_load(&s->slot[r].nranks) != nranks) {
      report(NULL, "ncclCommInitRank: rank %d was told nranks %d, rank %d nranks %d", rank, nranks, r,
             atomic_load(&s->slot[r].nranks));
      munmap(s, sizeof(seg_t));
      return ncclInvalidUsage;
    }
  if (rank == 0) shm_unlink(u.name); /* every rank has it mapped */
  struct comm *c = calloc(1, sizeof *c);
  if (!c) {
    munmap(s, sizeof(seg_t));
    return ncclSystemError;
  }
  c->magic = COMM_MAGIC;
  c->rank = rank;
  c->nranks = nranks;
  c->seg = s;
  c->refs = 1;
  c->next = live;
  live = c;
  *out = c;
  return ncclSuccess;
}

EXPORT ncclResult_t ncclCommInitRank(ncclComm_t *out, int nranks, ncclUniqueId id, int rank) {
  pthread_mutex_lock(&lock);
  ncclResult_t r = init_rank(out, nranks, id, rank);
  pthread_mutex_unlock(&lock);
  return r;
}

/* Without the lock: a queued job's last reference goes inside the fake
 * driver, which holds its own lock (the order is always this library's
 * lock, then the driver's). */
static void comm_unref(struct comm *c) {
  if (atomic_fetch_sub(&c->refs, 1) > 1) return;
  munmap(c->seg, sizeof(seg_t));
  free(c);
}

static void log_counts(const struct comm *c) {
  const char *path = getenv("G23_FAKE_NCCL_LOG");
  if (!path || !*path) return;
  FILE *f = fopen(path, "a");
  if (!f) {
    fprintf(stderr, "libnccl (gpt23 fake): G23_FAKE_NCCL_LOG=%s: %s\n", path, strerror(errno));
    return;
  }
  fprintf(f, "rank %d of %d: %llu allreduce, %llu elements, %llu groups\n", c->rank, c->nranks,
          (unsigned long long)c->n_allreduce, (unsigned long long)c->n_elements, (unsigned long long)c->n_groups);
  fclose(f);
}

static ncclResult_t comm_end(ncclComm_t c, const char *call) {
  pthread_mutex_lock(&lock);
  if (!c || !is_live(c)) {
    report(NULL, "%s of a communicator that is not live (never initialised, or destroyed)", call);
    pthread_mutex_unlock(&lock);
    return ncclInvalidArgument;
  }
  log_counts(c);
  for (struct comm **p = &live; *p; p = &(*p)->next)
    if (*p == c) {
      *p = c->next;
      break;
    }
  c->magic = 0;
  comm_unref(c);
  pthread_mutex_unlock(&lock);
  return ncclSuccess;
}
EXPORT ncclResult_t ncclCommDestroy(ncclComm_t c) { return comm_end(c, "ncclCommDestroy"); }
EXPORT ncclResult_t ncclCommAbort(ncclComm_t c) {
  if (c) {
    pthread_mutex_lock(&lock);
    if (is_live(c)) {
      atomic_store(&c->aborted, 1);
      atomic_store(&c->seg->failed, 1);
    }
    pthread_mutex_unlock(&lock);
  }
  return comm_end(c, "ncclCommAbort");
}

EXPORT ncclResult_t ncclCommCount(const ncclComm_t c, int *n) {
  if (!c || !n || !is_live(c)) return ncclInvalidArgument;
  *n = c->nranks;
  return ncclSuccess;
}
EXPORT ncclResult_t ncclCommUserRank(const ncclComm_t c, int *r) {
  if (!c || !r || !is_live(c)) return ncclInvalidArgument;
  *r = c->rank;
  return ncclSuccess;
}

/* ---- all-reduce ------------------------------------------------------------------- */

typedef struct {
  const void *send;
  void *recv;
  int64_t count;
  int dtype, op;
} call_t;

/* A group of calls queued as one job, and how far it has got: a job
 * stops where it would wait for the other ranks and goes on from there
 * when the driver runs it again (one run at a time: fake.h). */
typedef enum {
  STAGE_POST,  /* post the call, then wait for every rank's post */
  STAGE_CHECK, /* compare the posts */
  STAGE_COPY,  /* copy chunk `first` in (or end the call), then wait */
  STAGE_SUM,   /* sum the chunk, then wait */
  STAGE_NEXT,  /* on to the next chunk */
} stage_t;

typedef struct {
  struct comm *c;
  int n;
  int call;       /* the call under way */
  stage_t stage;
  int64_t first;  /* its chunk under way (elements) */
  bool waiting;   /* at a barrier, until the segment's bar_gen differs from gen */
  unsigned gen, spins;
  double t0;      /* when that wait began */
  call_t calls[];
} job_t;

static void reduce(call_t *k, int64_t first, int64_t n, const seg_t *s, int nranks) {
  if (k->dtype == ncclFloat32) {
    float *dst = (float *)k->recv + first, scale = 1.0f / (float)nranks;
    for (int64_t i = 0; i < n; i++) {
      float acc = 0;
      for (int r = 0; r < nranks; r++) {
        float x = ((const float *)s->data[r])[i];
        acc += k->op == ncclAvg ? x * scale : x;
      }
      dst[i] = acc;
    }
  } else {
    double *dst = (double *)k->recv + first, scale = 1.0 / (double)nranks;
    for (int64_t i = 0; i < n; i++) {
      double acc = 0;
      for (int r = 0; r < nranks; r++) {
        double x = ((const double *)s->data[r])[i];
        acc += k->op == ncclAvg ? x * scale : x;
      }
      dst[i] = acc;
    }
  }
}

/* Enters the job's next barrier. */
static void job_arrive(job_t *j) {
  j->waiting = !arrive(j->c->seg, j->c->nranks, &j->gen);
  j->t0 = now();
  j->spins = 0;
}

/* The job from where it stopped, as far as it gets without waiting: 0 when
 * every call is done, G23_FAKE_JOB_PENDING while another rank has not
 * arrived at a barrier, else an error (in err and the communicator's last
 * error). */
static int job_step(job_t *j, char *err, size_t errn) {
  struct comm *c = j->c;
  seg_t *s = c->seg;
  for (;;) {
    if (atomic_load(&c->aborted)) {
      snprintf(err, errn, "rank %d: ncclAllReduce: the communicator was aborted (ncclCommAbort)", c->rank);
      return -1;
    }
    if (j->waiting) {
      if (atomic_load(&s->bar_gen) == j->gen) {
        if (wait_ok(s, c->rank, j->t0, &j->spins, "ncclAllReduce", err, errn)) return -1;
        return G23_FAKE_JOB_PENDING;
      }
      j->waiting = false;
    }
    if (j->call == j->n) return 0;
    call_t *k = &j->calls[j->call];
    size_t esz = type_size(k->dtype), bytes = (size_t)k->count * esz;
    int64_t per = CHUNK_BYTES / (int64_t)esz;
    slot_t *me = &s->slot[c->rank];
    switch (j->stage) {
    case STAGE_POST:
      if (bytes && (!g23_fake_cuda_valid_range(k->send, bytes) || !g23_fake_cuda_valid_range(k->recv, bytes))) {
        snprintf(err, errn, "rank %d: ncclAllReduce of %lld %s at %p -> %p: not in device memory (freed?)",
                 c->rank, (long long)k->count, type_name(k->dtype), k->send, k->recv);
        atomic_store(&s->failed, 1);
        return -1;
      }
      me->seq = c->seq;
      me->count = k->count;
      me->dtype = k->dtype;
      me->op = k->op;
      /* the number of calls is part of what must match: a rank at its
       * last call posts it with seq's top bit */
      if (j->call == j->n - 1) me->seq |= (uint64_t)1 << 63;
      j->stage = STAGE_CHECK;
      job_arrive(j);
      break;
    case STAGE_CHECK:
      for (int r = 0; r < c->nranks; r++) {
        const slot_t *o = &s->slot[r];
        if (o->seq != me->seq || o->count != me->count || o->dtype != me->dtype || o->op != me->op) {
          snprintf(err, errn,
                   "rank %d: collective %llu of the communicator does not match across ranks: rank %d calls "
                   "ncclAllReduce(%lld x %s, %s)%s, rank %d ncclAllReduce(%lld x %s, %s)%s",
                   c->rank, (unsigned long long)c->seq, c->rank, (long long)me->count, type_name(me->dtype),
                   op_name(me->op), me->seq >> 63 ? " as its group's last" : "", r, (long long)o->count,
                   type_name(o->dtype), op_name(o->op), o->seq >> 63 ? " as its group's last" : "");
          atomic_store(&s->failed, 1);
          return -1;
        }
      }
      j->first = 0;
      j->stage = STAGE_COPY;
      break;
    case STAGE_COPY:
      if (j->first >= k->count) {
        c->seq++;
        c->n_allreduce++;
        c->n_elements += (uint64_t)k->count;
        j->call++;
        j->stage = STAGE_POST;
        break;
      }
      memcpy(s->data[c->rank], (const char *)k->send + j->first * (int64_t)esz,
             (size_t)(k->count - j->first < per ? k->count - j->first : per) * esz);
      j->stage = STAGE_SUM;
      job_arrive(j);
      break;
    case STAGE_SUM:
      reduce(k, j->first, k->count - j->first < per ? k->count - j->first : per, s, c->nranks);
      j->stage = STAGE_NEXT;
      job_arrive(j);
      break;
    case STAGE_NEXT:
      j->first += per;
      j->stage = STAGE_COPY;
      break;
    }
  }
}

static int job_run(void *payload, char *err, size_t errn) {
  job_t *j = payload; /* run by the driver, under its lock: not this library's */
  int rc = job_step(j, err, errn);
  if (rc == G23_FAKE_JOB_PENDING) return rc;
  /* finished or failed: a graph's replay starts it over */
  j->call = 0;
  j->stage = STAGE_POST;
  j->waiting = false;
  if (rc == 0) j->c->n_groups++;
  else
    snprintf(j->c->last, sizeof j->c->last, "%s", err);
  return rc ? CUDA_ERROR_LAUNCH_FAILED : 0;
}

static void job_free(void *payload) {
  job_t *j = payload;
  comm_unref(j->c);
  free(j);
}

/* the calls of the open group (thread-local, as NCCL's) */
static __thread int group_depth;
static __thread call_t *pending;
static __thread int npending, cap_pending;
static __thread struct comm *pending_comm;
static __thread void *pending_stream;
static __thread bool group_failed;

static ncclResult_t submit(struct comm *c, const call_t *calls, int n, void *stream) {
  job_t *j = calloc(1, sizeof *j + (size_t)n * sizeof *calls);
  if (!j) return ncclSystemError;
  j->c = c;
  j->n = n;
  j->stage = STAGE_POST;
  memcpy(j->calls, calls, (size_t)n * sizeof *calls);
  atomic_fetch_add(&c->refs, 1);
  int r = g23_fake_cuda_enqueue(stream, job_run, j, job_free);
  if (r != 0) {
    atomic_fetch_sub(&c->refs, 1);
    free(j);
    report(c, "rank %d: the stream did not take the all-reduce: CUDA error %d", c->rank, r);
    return ncclUnhandledCudaError;
  }
  return ncclSuccess;
}

static ncclResult_t all_reduce(const void *send, void *recv, size_t count, int dtype, int op, ncclComm_t c,
                               void *stream) {
  if (!c || !is_live(c)) {
    report(NULL, "ncclAllReduce on a communicator that is not live (never initialised, or destroyed)");
    return ncclInvalidArgument;
  }
  if (!type_size(dtype) || (op != ncclSum && op != ncclAvg)) {
    report(c, "rank %d: ncclAllReduce of %s with %s: this fake reduces float32 and float64 by sum or avg only",
           c->rank, type_name(dtype), op_name(op));
    return ncclInvalidArgument;
  }
  if (count > (size_t)INT64_MAX / 8 ||
      (count && (!g23_fake_cuda_valid_range(send, count * type_size(dtype)) ||
                 !g23_fake_cuda_valid_range(recv, count * type_size(dtype))))) {
    report(c, "rank %d: ncclAllReduce of %zu x %s at %p -> %p: not device memory", c->rank, count,
           type_name(dtype), send, recv);
    return ncclInvalidArgument;
  }
  call_t k = {send, recv, (int64_t)count, dtype, op};
  if (group_depth == 0) return submit(c, &k, 1, stream);
  if (npending && (pending_comm != c || pending_stream != stream)) {
    report(c, "rank %d: a group of this fake takes the calls of one communicator on one stream", c->rank);
    group_failed = true;
    return ncclInvalidUsage;
  }
  if (npending == cap_pending) {
    cap_pending = cap_pending ? 2 * cap_pending : 16;
    call_t *p = realloc(pending, (size_t)cap_pending * sizeof *p);
    if (!p) return ncclSystemError;
    pending = p;
  }
  pending[npending++] = k;
  pending_comm = c;
  pending_stream = stream;
  return ncclSuccess;
}

EXPORT ncclResult_t ncclAllReduce(const void *send, void *recv, size_t count, ncclDataType_t dtype, ncclRedOp_t op,
                                  ncclComm_t c, void *stream) {
  pthread_mutex_lock(&lock);
  ncclResult_t r = all_reduce(send, recv, count, (int)dtype, (int)op, c, stream);
  pthread_mutex_unlock(&lock);
  return r;
}

EXPORT ncclResult_t ncclGroupStart(void) {
  group_depth++;
  return ncclSuccess;
}

EXPORT ncclResult_t ncclGroupEnd(void) {
  if (group_depth == 0) {
    report(NULL, "ncclGroupEnd without ncclGroupStart");
    return ncclInvalidUsage;
  }
  if (--group_depth > 0) return ncclSuccess;
  ncclResult_t r = ncclSuccess;
  pthread_mutex_lock(&lock);
  if (group_failed) {
    r = ncclInvalidUsage;
  } else if (npending) {
    if (!is_live(pending_comm)) {
      report(NULL, "ncclGroupEnd: the group's communicator was destroyed inside the group");
      r = ncclInvalidUsage;
    } else {
      r = submit(pending_comm, pending, npending, pending_stream);
    }
  }
  pthread_mutex_unlock(&lock);
  free(pending);
  pending = NULL;
  npending = cap_pending = 0;
  group_failed = false;
  return r;
}
