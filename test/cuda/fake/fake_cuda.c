/* fake_cuda.c: libcuda.so.1 of the emulated CUDA device stack (fake.h).
 *
 * One device, "gpt23 emulated CUDA device": compute capability 9.0, 4 SMs,
 * 48 KiB of dynamic shared memory per block by default and 227 KiB opt-in,
 * G23_FAKE_CUDA_MEM bytes of memory (default 4 GiB).  Its memory is host
 * memory (kernels run on the CPU and dereference it), 256-byte aligned,
 * accounted against that size so that a plan too large for the device
 * fails with CUDA_ERROR_OUT_OF_MEMORY; a new allocation holds 0xff bytes
 * (NaN as floats), not zeros, as device memory holds whatever was there.
 *
 * Work is queued, as on a GPU: cuLaunchKernel, cuMemsetD8Async and the fake
 * cuBLASLt's matmuls (g23_fake_cuda_enqueue) only record what to do, with
 * kernel parameter values copied at the call.  Queued work runs at a
 * synchronisation point, each stream's in order, and only what that point
 * waits for: cuStreamSynchronize (the stream's work), cuStreamQuery and
 * cuEventQuery (the stream's work, up to the event's record), the synchronous
 * cuMemcpyHtoD/DtoH (which, as the legacy stream does, first wait for the
 * work of every blocking stream; a CU_STREAM_NON_BLOCKING stream's work is
 * not waited for), cuMemFree, a stream's destruction, context teardown.
 * Work that waits for something outside the process (a fake NCCL
 * collective whose peers have not all arrived: G23_FAKE_JOB_PENDING, fake.h)
 * stays unfinished, and so does the later work of its stream and whatever
 * waits on it: a query then returns CUDA_ERROR_NOT_READY, having run what
 * it could, and a synchronisation keeps trying (yielding, then napping
 * 0.2 ms between tries) until it finishes or fails.
 * Streams are ordered only by events: cuStreamWaitEvent makes a stream's
 * later work run after the work the event's stream had queued at its
 * cuEventRecord.  So a result read without the synchronisation CUDA
 * requires is not there yet, and work of one stream that reads what another
 * writes without an event runs before it.
 * Kernels run under test/cuda/emu.c with a thread order that changes from
 * launch to launch (seed G23_FAKE_CUDA_SEED, default 2, plus the number of
 * launches run before; 0 or 1 fix every launch to ascending or descending
 * order).  A kernel the emulator faults (a barrier not every thread
 * reaches, a bad warp mask ...) or a memset or matmul outside device memory
 * prints why on stderr and makes the context's error sticky
 * (CUDA_ERROR_LAUNCH_FAILED, CUDA_ERROR_ILLEGAL_ADDRESS): that call and all
 * later ones return it, and the queued work is dropped, as on a GPU.
 *
 * Strict where a real driver is: every call but cuDriverGetVersion and the
 * error-name ones needs cuInit; context calls need a current context
 * (CUDA_ERROR_INVALID_CONTEXT); unknown handles are CUDA_ERROR_INVALID_HANDLE,
 * unknown device pointers or ranges CUDA_ERROR_INVALID_VALUE; an image that
 * is not the fake NVRTC's is CUDA_ERROR_INVALID_IMAGE, one for another
 * architecture CUDA_ERROR_NO_BINARY_FOR_GPU; a launch with a block, grid or
 * dynamic shared memory beyond the device's limits is CUDA_ERROR_INVALID_VALUE,
 * including more than 48 KiB of dynamic shared memory unless
 * cuFuncSetAttribute(CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES) raised
 * the function's limit first (at most to the opt-in maximum).
 *
 * CUDA graphs: cuStreamBeginCapture makes the work later issued to that
 * stream recorded instead of queued; cuStreamEndCapture returns it as a
 * graph; cuGraphInstantiate copies it; cuGraphLaunch queues it again, with
 * the parameter values and cuBLASLt descriptors captured at record time.
 * The capture rules hold: while a capture in global or thread-local mode is
 * under way on the calling thread, cuMemAlloc, cuMemFree and the synchronous
 * copies are CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED, as is synchronising the
 * capturing stream; each invalidates the capture, whose cuStreamEndCapture
 * then returns CUDA_ERROR_STREAM_CAPTURE_INVALIDATED (as does any work issued
 * to it meanwhile).  Legacy-stream work while a blocking stream captures is
 * CUDA_ERROR_STREAM_CAPTURE_IMPLICIT.  A stream that waits on an event
 * recorded in a capture joins it (its work goes into the same graph, in
 * issue order); the capture's end needs every such fork joined back (a wait
 * of the capture on an event recorded after the fork's last work), else
 * CUDA_ERROR_STREAM_CAPTURE_UNJOINED; a capturing stream that waits on an
 * event of work outside the capture is CUDA_ERROR_STREAM_CAPTURE_ISOLATION.
 *
 * What it does not imitate: memory accesses of kernels are not checked (they
 * run as host code), extra launch parameters (the `extra` argument) are
 * refused, one primary context only, and timing.  Everything runs on the
 * calling thread under one lock.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "emu.h"
#include "fake.h"

#define EXPORT __attribute__((visibility("default")))

typedef int CUresult;
enum {
  CUDA_SUCCESS = 0,
  CUDA_ERROR_INVALID_VALUE = 1,
  CUDA_ERROR_OUT_OF_MEMORY = 2,
  CUDA_ERROR_NOT_INITIALIZED = 3,
  CUDA_ERROR_DEINITIALIZED = 4,
  CUDA_ERROR_STUB_LIBRARY = 34,
  CUDA_ERROR_NO_DEVICE = 100,
  CUDA_ERROR_INVALID_DEVICE = 101,
  CUDA_ERROR_INVALID_IMAGE = 200,
  CUDA_ERROR_INVALID_CONTEXT = 201,
  CUDA_ERROR_NO_BINARY_FOR_GPU = 209,
  CUDA_ERROR_UNSUPPORTED_PTX_VERSION = 222,
  CUDA_ERROR_SHARED_OBJECT_INIT_FAILED = 303,
  CUDA_ERROR_INVALID_HANDLE = 400,
  CUDA_ERROR_ILLEGAL_STATE = 401,
  CUDA_ERROR_NOT_FOUND = 500,
  CUDA_ERROR_NOT_READY = 600,
  CUDA_ERROR_ILLEGAL_ADDRESS = 700,
  CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES = 701,
  CUDA_ERROR_CONTEXT_IS_DESTROYED = 709,
  CUDA_ERROR_MISALIGNED_ADDRESS = 716,
  CUDA_ERROR_LAUNCH_FAILED = 719,
  CUDA_ERROR_NOT_SUPPORTED = 801,
  CUDA_ERROR_SYSTEM_DRIVER_MISMATCH = 803,
  CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED = 900,
  CUDA_ERROR_STREAM_CAPTURE_INVALIDATED = 901,
  CUDA_ERROR_STREAM_CAPTURE_UNJOINED = 904,
  CUDA_ERROR_STREAM_CAPTURE_ISOLATION = 905,
  CUDA_ERROR_STREAM_CAPTURE_IMPLICIT = 906,
  CUDA_ERROR_STREAM_CAPTURE_WRONG_THREAD = 908,
  CUDA_ERROR_UNKNOWN = 999,
};

/* cuGetErrorName / cuGetErrorString: every code this driver returns, and
 * the ones gpt23 gives hints for. */
static const struct {
  CUresult code;
  const char *name, *text;
} errors[] = {
    {CUDA_SUCCESS, "CUDA_SUCCESS", "no error"},
    {CUDA_ERROR_INVALID_VALUE, "CUDA_ERROR_INVALID_VALUE", "invalid argument"},
    {CUDA_ERROR_OUT_OF_MEMORY, "CUDA_ERROR_OUT_OF_MEMORY", "out of memory"},
    {CUDA_ERROR_NOT_INITIALIZED, "CUDA_ERROR_NOT_INITIALIZED", "initialization error"},
    {CUDA_ERROR_DEINITIALIZED, "CUDA_ERROR_DEINITIALIZED", "driver shutting down"},
    {CUDA_ERROR_STUB_LIBRARY, "CUDA_ERROR_STUB_LIBRARY", "CUDA driver is a stub library"},
    {CUDA_ERROR_NO_DEVICE, "CUDA_ERROR_NO_DEVICE", "no CUDA-capable device is detected"},
    {CUDA_ERROR_INVALID_DEVICE, "CUDA_ERROR_INVALID_DEVICE", "invalid device ordinal"},
    {CUDA_ERROR_INVALID_IMAGE, "CUDA_ERROR_INVALID_IMAGE", "device kernel image is invalid"},
    {CUDA_ERROR_INVALID_CONTEXT, "CUDA_ERROR_INVALID_CONTEXT", "invalid device context"},
    {CUDA_ERROR_NO_BINARY_FOR_GPU, "CUDA_ERROR_NO_BINARY_FOR_GPU",
     "no kernel image is available for execution on the device"},
    {CUDA_ERROR_UNSUPPORTED_PTX_VERSION, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION",
     "the provided PTX was compiled with an unsupported toolchain."},
    {CUDA_ERROR_SHARED_OBJECT_INIT_FAILED, "CUDA_ERROR_SHARED_OBJECT_INIT_FAILED",
     "shared object initialization failed"},
    {CUDA_ERROR_INVALID_HANDLE, "CUDA_ERROR_INVALID_HANDLE", "invalid resource handle"},
    {CUDA_ERROR_ILLEGAL_STATE, "CUDA_ERROR_ILLEGAL_STATE", "the operation cannot be performed in the present state"},
    {CUDA_ERROR_NOT_FOUND, "CUDA_ERROR_NOT_FOUND", "named symbol not found"},
    {CUDA_ERROR_NOT_READY, "CUDA_ERROR_NOT_READY", "device not ready"},
    {CUDA_ERROR_ILLEGAL_ADDRESS, "CUDA_ERROR_ILLEGAL_ADDRESS", "an illegal memory access was encountered"},
    {CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES, "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES",
     "too many resources requested for launch"},
    {CUDA_ERROR_CONTEXT_IS_DESTROYED, "CUDA_ERROR_CONTEXT_IS_DESTROYED", "context is destroyed"},
    {CUDA_ERROR_MISALIGNED_ADDRESS, "CUDA_ERROR_MISALIGNED_ADDRESS", "misaligned address"},
    {CUDA_ERROR_LAUNCH_FAILED, "CUDA_ERROR_LAUNCH_FAILED", "unspecified launch failure"},
    {CUDA_ERROR_NOT_SUPPORTED, "CUDA_ERROR_NOT_SUPPORTED", "operation not supported"},
    {CUDA_ERROR_SYSTEM_DRIVER_MISMATCH, "CUDA_ERROR_SYSTEM_DRIVER_MISMATCH",
     "system has unsupported display driver / cuda driver combination"},
    {CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED, "CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED",
     "operation not permitted when stream is capturing"},
    {CUDA_ERROR_STREAM_CAPTURE_INVALIDATED, "CUDA_ERROR_STREAM_CAPTURE_INVALIDATED",
     "operation failed due to a previous error during capture"},
    {CUDA_ERROR_STREAM_CAPTURE_UNJOINED, "CUDA_ERROR_STREAM_CAPTURE_UNJOINED",
     "capture sequence contains a fork that was not joined to the primary stream"},
    {CUDA_ERROR_STREAM_CAPTURE_ISOLATION, "CUDA_ERROR_STREAM_CAPTURE_ISOLATION",
     "dependency created on uncaptured work in another stream"},
    {CUDA_ERROR_STREAM_CAPTURE_IMPLICIT, "CUDA_ERROR_STREAM_CAPTURE_IMPLICIT",
     "operation would make the legacy stream depend on a capturing blocking stream"},
    {CUDA_ERROR_STREAM_CAPTURE_WRONG_THREAD, "CUDA_ERROR_STREAM_CAPTURE_WRONG_THREAD",
     "attempt to terminate a thread-local capture sequence from another thread"},
    {CUDA_ERROR_UNKNOWN, "CUDA_ERROR_UNKNOWN", "unknown error"},
};

/* The device. */
#define DEVICE_NAME "gpt23 emulated CUDA device"
#define CC_MAJOR 9
#define CC_MINOR 0
#define SM_COUNT 4
#define SHARED_DEFAULT (48 * 1024)
#define SHARED_OPTIN (227 * 1024)
#define SHARED_PER_SM (228 * 1024)
#define DEFAULT_MEM ((size_t)4 << 30)

enum { ATTR_MAX_THREADS = 0, ATTR_SHARED_SIZE = 1, ATTR_CONST_SIZE = 2, ATTR_LOCAL_SIZE = 3, ATTR_NUM_REGS = 4,
       ATTR_PTX_VERSION = 5, ATTR_BINARY_VERSION = 6, ATTR_MAX_DYN_SHARED = 8, ATTR_CARVEOUT = 9 };
enum { CAPTURE_GLOBAL = 0, CAPTURE_THREAD_LOCAL = 1, CAPTURE_RELAXED = 2 };
enum { STREAM_NON_BLOCKING = 1 };

/* ---- objects -------------------------------------------------------------------- */

typedef struct module module_t;

typedef struct func {
  struct func *next;
  module_t *mod;
  char *name;
  const g23_fake_kernel_t *info;
  int max_dyn_shared;
} func_t;

struct module {
  module_t *next;
  int refs;     /* the handle (until cuModuleUnload) and each op that launches one of its kernels */
  bool loaded;  /* the handle is valid */
  void *dl;
  func_t *funcs;
  size_t static_shared;
};

typedef enum { OP_KERNEL, OP_MEMSET, OP_JOB, OP_WAIT } op_kind_t;

/* One piece of device work; shared (refs) by the queue, graphs and
 * instantiated graphs, and immutable once made. */
typedef struct {
  int refs;
  op_kind_t kind;
  func_t *fn;
  int64_t grid[3];
  int32_t block[3];
  int32_t shmem;
  char *params;
  uintptr_t dst;
  unsigned char val;
  size_t n;
  g23_fake_job_fn job;
  void *payload;
  void (*free_fn)(void *);
  struct stream *src; /* OP_WAIT: the stream whose work up to src_seq comes first */
  uint64_t src_id, src_seq;
} op_t;

typedef struct {
  op_t **v;
  int n, cap;
} ops_t;

typedef enum { CAP_NONE, CAP_ACTIVE, CAP_INVALID } cap_state_t;

typedef struct stream {
  struct stream *next;
  unsigned flags;
  uint64_t id;     /* unique: a wait tells a destroyed stream from a new one at its address */
  uint64_t issued; /* work queued on it so far (the last one's number) */
  cap_state_t cap;
  int cap_mode;
  pthread_t cap_thread;
  ops_t recorded;
  /* a stream that joined another's capture by waiting on an event recorded
   * there: its work is recorded into the origin's graph, in issue order */
  struct stream *cap_origin;
  uint64_t cap_ops; /* work it issued in the capture */
  bool unjoined;    /* work no stream of the capture has waited for yet */
} stream_t;

/* An event: the point of a stream's queue it was last recorded at, or of a
 * capture. */
typedef struct event {
  struct event *next;
  bool recorded;
  stream_t *s; /* live while recorded (stream_destroy clears recorded) */
  uint64_t s_id, seq;
  bool in_capture; /* recorded in a capture: s is the capturing stream */
  stream_t *cap_root;
  uint64_t cap_ops;
} event_t;

typedef struct graph {
  struct graph *next;
  ops_t ops;
  bool exec; /* an instantiated graph (CUgraphExec) */
} graph_t;

typedef struct alloc {
  struct alloc *next;
  char *p;
  size_t n, charged;
} alloc_t;

typedef struct {
  op_t *op;
  stream_t *s;
  uint64_t seq;  /* its number on s */
  uint64_t pass; /* the last pass that tried it (run_entry) */
  bool done;
} queued_t;

static pthread_mutex_t lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static bool initialised;
static int ctx_refs;          /* the primary context's retain count */
static char ctx_token;        /* its handle is &ctx_token */
static __thread void *current; /* the calling thread's current context */
static CUresult sticky;       /* the context's fatal error */
static size_t mem_total, mem_used;
static uint64_t seed_base, nlaunched;
static alloc_t *allocs;
static stream_t *streams;
static stream_t legacy = {.flags = 0};
static module_t *modules;
static graph_t *graphs;
static event_t *events;
static queued_t *queue;
static int qhead, qn, qcap;
static uint64_t pass; /* tries of the queue so far (run_entry) */

static void op_unref(op_t *o);

static void ops_push(ops_t *v, op_t *o) {
  if (v->n == v->cap) {
    v->cap = v->cap ? 2 * v->cap : 64;
    v->v = realloc(v->v, (size_t)v->cap * sizeof *v->v);
    if (!v->v) abort();
  }
  o->refs++;
  v->v[v->n++] = o;
}

static void ops_clear(ops_t *v) {
  for (int i = 0; i < v->n; i++) op_unref(v->v[i]);
  free(v->v);
  memset(v, 0, sizeof *v);
}

static void module_unref(module_t *m) {
  if (--m->refs > 0) return;
  module_t **link = &modules;
  while (*link != m) link = &(*link)->next;
  *link = m->next;
  while (m->funcs) {
    func_t *f = m->funcs;
    m->funcs = f->next;
    free(f->name);
    free(f);
  }
  dlclose(m->dl);
  free(m);
}

static void op_unref(op_t *o) {
  if (--o->refs > 0) return;
  if (o->kind == OP_KERNEL) {
    free(o->params);
    module_unref(o->fn->mod);
  }
  if (o->kind == OP_JOB && o->free_fn) o->free_fn(o->payload);
  free(o);
}

/* ---- checks every entry point makes ---------------------------------------------- */

static CUresult need_init(void) { return initialised ? CUDA_SUCCESS : CUDA_ERROR_NOT_INITIALIZED; }

/* A current, live context, and no sticky error. */
static CUresult need_ctx(void) {
  if (!initialised) return CUDA_ERROR_NOT_INITIALIZED;
  if (!current || ctx_refs == 0) return CUDA_ERROR_INVALID_CONTEXT;
  return sticky;
}

static stream_t *find_stream(void *h, bool *ok) {
  *ok = true;
  if (h == NULL || h == (void *)1) return &legacy; /* 0 and CU_STREAM_LEGACY */
  for (stream_t *s = streams; s; s = s->next)
    if (s == h) return s;
  *ok = false;
  return NULL;
}

static module_t *find_module(void *h) {
  for (module_t *m = modules; m; m = m->next)
    if (m == h && m->loaded) return m;
  return NULL;
}

static func_t *find_func(void *h) {
  for (module_t *m = modules; m; m = m->next)
    if (m->loaded)
      for (func_t *f = m->funcs; f; f = f->next)
        if (f == h) return f;
  return NULL;
}

static graph_t *find_graph(void *h, bool exec) {
  for (graph_t *g = graphs; g; g = g->next)
    if (g == h && g->exec == exec) return g;
  return NULL;
}

/* The allocation holding [p, p + n), or NULL. */
static alloc_t *find_range(uintptr_t p, size_t n) {
  for (alloc_t *a = allocs; a; a = a->next) {
    uintptr_t lo = (uintptr_t)a->p;
    if (p >= lo && p - lo <= a->n && n <= a->n - (p - lo)) return a;
  }
  return NULL;
}

/* Whether the calling thread may make a "potentially unsafe" call (cuMemAlloc,
 * cuMemFree, synchronous copies): not while it has a global or thread-local
 * capture under way, nor while another thread has a global one.  When it
 * may not, those captures are invalidated. */
static bool unsafe_forbidden(void) {
  bool forbidden = false;
  for (stream_t *s = streams; s; s = s->next) {
    if (s->cap != CAP_ACTIVE || s->cap_mode == CAPTURE_RELAXED) continue;
    if (s->cap_mode == CAPTURE_GLOBAL || pthread_equal(s->cap_thread, pthread_self())) forbidden = true;
  }
  if (forbidden)
    for (stream_t *s = streams; s; s = s->next)
      if (s->cap == CAP_ACTIVE && s->cap_mode != CAPTURE_RELAXED &&
          (s->cap_mode == CAPTURE_GLOBAL || pthread_equal(s->cap_thread, pthread_self()))) {
        s->cap = CAP_INVALID;
        ops_clear(&s->recorded);
      }
  return forbidden;
}

/* Legacy-stream work waits for every blocking stream: not allowed while one
 * of them is capturing (the capture is invalidated). */
static bool legacy_implicit_capture(void) {
  bool hit = false;
  for (stream_t *s = streams; s; s = s->next)
    if (s->cap == CAP_ACTIVE && !(s->flags & STREAM_NON_BLOCKING)) {
      s->cap = CAP_INVALID;
      ops_clear(&s->recorded);
      hit = true;
    }
  return hit;
}

/* ---- running the queue -------------------------------------------------------------- */

static void fault(CUresult r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void fault(CUresult r, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("libcuda (gpt23 fake): device fault: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  sticky = r;
}

static uint64_t next_seed(void) {
  uint64_t n = nlaunched++;
  if (seed_base == 0 || seed_base == 1) return seed_base;
  uint64_t s = seed_base + n;
  return s < 2 ? s + 2 : s;
}

/* Runs o; false when it is a job that is not finished yet
 * (G23_FAKE_JOB_PENDING). */
static bool run_op(const op_t *o) {
  char err[1200];
  switch (o->kind) {
  case OP_KERNEL: {
    uint64_t seed = next_seed();
    err[0] = 0;
    if (g23_emu_launch(o->fn->info->thunk, o->grid, o->block, o->shmem, o->params, seed, err, sizeof err) != 0)
      fault(CUDA_ERROR_LAUNCH_FAILED,
            "kernel %s (grid %lld x %lld x %lld, block %d x %d x %d, %d bytes dynamic shared memory, "
            "emulator seed %llu): %s",
            o->fn->name, (long long)o->grid[0], (long long)o->grid[1], (long long)o->grid[2], o->block[0],
            o->block[1], o->block[2], o->shmem, (unsigned long long)seed, err);
    break;
  }
  case OP_MEMSET:
    if (!find_range(o->dst, o->n))
      fault(CUDA_ERROR_ILLEGAL_ADDRESS, "cuMemsetD8Async of %zu bytes at 0x%llx: not in device memory (freed?)",
            o->n, (unsigned long long)o->dst);
    else
      memset((void *)o->dst, o->val, o->n);
    break;
  case OP_JOB: {
    err[0] = 0;
    int r = o->job(o->payload, err, sizeof err);
    if (r == G23_FAKE_JOB_PENDING) return false;
    if (r != CUDA_SUCCESS) fault(r, "%s", err[0] ? err : "a queued job failed");
    break;
  }
  case OP_WAIT: break; /* run_entry runs what it waits for */
  }
  return true;
}

/* Streams run independently, as on a GPU: work runs when something waits
 * for it (a synchronisation, or an event wait of work that runs), after
 * what it depends on: the earlier work of its stream, of the legacy stream
 * for a blocking stream, of every blocking stream for the legacy stream,
 * and for an event wait the work of the event's stream up to the record.
 * So work on a stream that nothing waits for has not run, and a result read
 * through another stream without an event is not there yet.
 *
 * The queue is run in passes (pass counts them): a pass runs what it can
 * and tries each entry at most once, so that an entry that cannot finish
 * (a pending job, or work behind one) is not tried again in that pass and
 * is left for the next. */
static bool depends(const stream_t *later, const stream_t *earlier) {
  if (later == earlier) return true;
  if (later == &legacy) return earlier == &legacy || !(earlier->flags & STREAM_NON_BLOCKING);
  return !(later->flags & STREAM_NON_BLOCKING) && earlier == &legacy;
}

static bool stream_live(const stream_t *s, uint64_t id) {
  if (s == &legacy) return true;
  for (const stream_t *t = streams; t; t = t->next)
    if (t == s && t->id == id) return true;
  return false;
}

static bool run_stream(stream_t *s, uint64_t upto);

/* Runs queue entry i (an absolute index) after what it depends on, in this
 * pass; whether it is done. */
static bool run_entry(int i) {
  if (queue[i].done) return true;
  if (queue[i].pass == pass) return false; /* tried in this pass, and not finished */
  queue[i].pass = pass;
  const op_t *o = queue[i].op;
  /* a destroyed stream ran its work before it went */
  if (o->kind == OP_WAIT && stream_live(o->src, o->src_id) && !run_stream(o->src, o->src_seq)) return false;
  for (int j = qhead; j < i; j++)
    if (!queue[j].done && depends(queue[i].s, queue[j].s) && !run_entry(j)) return false;
  if (o->kind != OP_WAIT && !sticky && !run_op(o)) return false;
  queue[i].done = true;
  return true;
}

/* Runs s's work up to number upto; whether all of it is done.  The streams
 * its waits name go first, as early as their own order and events allow (a
 * GPU may run them before s's earlier work): so work there that reads s's
 * results without waiting on an event for them reads them before they are
 * written. */
static bool run_stream(stream_t *s, uint64_t upto) {
  for (int j = qhead; j < qn; j++)
    if (!queue[j].done && queue[j].s == s && queue[j].seq <= upto && queue[j].op->kind == OP_WAIT &&
        stream_live(queue[j].op->src, queue[j].op->src_id))
      run_stream(queue[j].op->src, queue[j].op->src_seq);
  bool all = true;
  for (int j = qhead; j < qn; j++)
    if (!queue[j].done && queue[j].s == s && queue[j].seq <= upto && !run_entry(j)) all = false;
  return all;
}

/* Drops the finished work at the head of the queue; after a fault, all of
 * it (the context is lost). */
static void settle(void) {
  if (sticky)
    for (int j = qhead; j < qn; j++) queue[j].done = true;
  while (qhead < qn && queue[qhead].done) op_unref(queue[qhead++].op);
  if (qhead == qn) qhead = qn = 0;
}

/* One pass over stream s's work so far and what it depends on; whether it
 * is all done (or dropped by a fault). */
static bool try_queued(stream_t *s) {
  pass++;
  bool done = run_stream(s, s->issued);
  settle();
  return done || sticky;
}

/* One pass over what the legacy stream waits for: its own work and every
 * blocking stream's. */
static bool try_blocking(void) {
  pass++;
  bool done = true;
  for (int j = qhead; j < qn; j++)
    if (!queue[j].done && depends(&legacy, queue[j].s) && !run_entry(j)) done = false;
  settle();
  return done || sticky;
}

static bool try_all(void) {
  pass++;
  bool done = true;
  for (int j = qhead; j < qn; j++)
    if (!run_entry(j)) done = false;
  settle();
  return done || sticky;
}

/* Between two passes of a synchronisation that waits for a pending job:
 * the other processes get the CPU (the lock stays held: a job only waits
 * for other processes). */
static void nap(unsigned *naps) {
  if (++*naps < 1000) {
    sched_yield();
    return;
  }
  struct timespec ts = {0, 200000};
  nanosleep(&ts, NULL);
}

/* The synchronisations: each pass until everything it waits for is done. */
static void run_queued(stream_t *s) {
  for (unsigned naps = 0; !try_queued(s);) nap(&naps);
}
static void run_blocking(void) {
  for (unsigned naps = 0; !try_blocking();) nap(&naps);
}
static void run_all(void) {
  for (unsigned naps = 0; !try_all();) nap(&naps);
}

/* The stream whose graph a capturing stream records into. */
static stream_t *cap_root(stream_t *s) { return s->cap_origin ? s->cap_origin : s; }

/* Issues o to stream s: recorded if s captures, else queued.  Takes a
 * reference of its own. */
static CUresult submit(stream_t *s, op_t *o) {
  if (s->cap == CAP_INVALID) return CUDA_ERROR_STREAM_CAPTURE_INVALIDATED;
  if (s->cap == CAP_ACTIVE) {
    ops_push(&cap_root(s)->recorded, o);
    if (s->cap_origin) {
      s->cap_ops++;
      s->unjoined = true;
    }
    return CUDA_SUCCESS;
  }
  if (s == &legacy && legacy_implicit_capture()) return CUDA_ERROR_STREAM_CAPTURE_IMPLICIT;
  if (qn == qcap) {
    qcap = qcap ? 2 * qcap : 256;
    queue = realloc(queue, (size_t)qcap * sizeof *queue);
    if (!queue) abort();
  }
  o->refs++;
  queue[qn++] = (queued_t){o, s, ++s->issued, 0, false};
  return CUDA_SUCCESS;
}

/* The primary context's end: its memory, modules, streams, graphs and
 * queued work go. */
static void ctx_destroy(void) {
  run_all();
  while (streams) {
    stream_t *s = streams;
    streams = s->next;
    ops_clear(&s->recorded);
    free(s);
  }
  while (graphs) {
    graph_t *g = graphs;
    graphs = g->next;
    ops_clear(&g->ops);
    free(g);
  }
  while (events) {
    event_t *e = events;
    events = e->next;
    free(e);
  }
  for (module_t *m = modules, *next; m; m = next) {
    next = m->next;
    if (m->loaded) {
      m->loaded = false;
      module_unref(m);
    }
  }
  while (allocs) {
    alloc_t *a = allocs;
    allocs = a->next;
    free(a->p);
    free(a);
  }
  mem_used = 0;
  sticky = CUDA_SUCCESS;
  legacy.cap = CAP_NONE;
  legacy.issued = 0;
  ops_clear(&legacy.recorded);
}

/* ---- entry points --------------------------------------------------------------------- */

#define LOCKED(expr)                                                                                   \
  do {                                                                                             \
    pthread_mutex_lock(&lock);                                                                     \
    CUresult r_ = (expr);                                                                          \
    pthread_mutex_unlock(&lock);                                                                   \
    return r_;                                                                                     \
  } while (0)

EXPORT CUresult cuGetErrorName(CUresult r, const char **s) {
  if (!s) return CUDA_ERROR_INVALID_VALUE;
  for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
    if (errors[i].code == r) {
      *s = errors[i].name;
      return CUDA_SUCCESS;
    }
  *s = NULL;
  return CUDA_ERROR_INVALID_VALUE;
}

EXPORT CUresult cuGetErrorString(CUresult r, const char **s) {
  if (!s) return CUDA_ERROR_INVALID_VALUE;
  for (size_t i = 0; i < sizeof errors / sizeof *errors; i++)
    if (errors[i].code == r) {
      *s = errors[i].text;
      return CUDA_SUCCESS;
    }
  *s = NULL;
  return CUDA_ERROR_INVALID_VALUE;
}

EXPORT CUresult cuDriverGetVersion(int *v) {
  if (!v) return CUDA_ERROR_INVALID_VALUE;
  *v = 13000;
  return CUDA_SUCCESS;
}

/* A byte count with an optional k/M/G suffix (powers of 1024). */
static size_t parse_size(const char *s, size_t dflt) {
  if (!s || !s[0]) return dflt;
  char *end;
  unsigned long long v = strtoull(s, &end, 10);
  switch (*end) {
  case 'k': case 'K': v <<= 10; break;
  case 'm': case 'M': v <<= 20; break;
  case 'g': case 'G': v <<= 30; break;
  case 0: break;
  default: return dflt;
  }
  return (size_t)v;
}

static CUresult init(unsigned flags) {
  if (flags != 0) return CUDA_ERROR_INVALID_VALUE;
  if (!initialised) {
    mem_total = parse_size(getenv("G23_FAKE_CUDA_MEM"), DEFAULT_MEM);
    const char *seed = getenv("G23_FAKE_CUDA_SEED");
    seed_base = seed && seed[0] ? strtoull(seed, NULL, 10) : 2;
    initialised = true;
  }
  return CUDA_SUCCESS;
}
EXPORT CUresult cuInit(unsigned flags) { LOCKED(init(flags)); }

static CUresult device_get_count(int *n) {
  CUresult r = need_init();
  if (r) return r;
  if (!n) return CUDA_ERROR_INVALID_VALUE;
  *n = 1;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuDeviceGetCount(int *n) { LOCKED(device_get_count(n)); }

static CUresult device_get(int *d, int ordinal) {
  CUresult r = need_init();
  if (r) return r;
  if (!d) return CUDA_ERROR_INVALID_VALUE;
  if (ordinal != 0) return CUDA_ERROR_INVALID_DEVICE;
  *d = 0;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuDeviceGet(int *d, int ordinal) { LOCKED(device_get(d, ordinal)); }

static CUresult device_get_name(char *name, int len, int d) {
  CUresult r = need_init();
  if (r) return r;
  if (!name || len <= 0) return CUDA_ERROR_INVALID_VALUE;
  if (d != 0) return CUDA_ERROR_INVALID_DEVICE;
  snprintf(name, (size_t)len, "%s", DEVICE_NAME);
  return CUDA_SUCCESS;
}
EXPORT CUresult cuDeviceGetName(char *name, int len, int d) { LOCKED(device_get_name(name, len, d)); }

static CUresult device_get_attribute(int *v, int attr, int d) {
  CUresult r = need_init();
  if (r) return r;
  if (!v) return CUDA_ERROR_INVALID_VALUE;
  if (d != 0) return CUDA_ERROR_INVALID_DEVICE;
  switch (attr) {
  case 1: *v = 1024; break;              /* MAX_THREADS_PER_BLOCK */
  case 2: case 3: *v = 1024; break;      /* MAX_BLOCK_DIM_X, Y */
  case 4: *v = 64; break;                /* MAX_BLOCK_DIM_Z */
  case 5: *v = 2147483647; break;        /* MAX_GRID_DIM_X */
  case 6: case 7: *v = 65535; break;     /* MAX_GRID_DIM_Y, Z */
  case 8: *v = SHARED_DEFAULT; break;    /* MAX_SHARED_MEMORY_PER_BLOCK */
  case 9: *v = 65536; break;             /* TOTAL_CONSTANT_MEMORY */
  case 10: *v = 32; break;               /* WARP_SIZE */
  case 12: *v = 65536; break;            /* MAX_REGISTERS_PER_BLOCK */
  case 13: *v = 1980000; break;          /* CLOCK_RATE, kHz */
  case 16: *v = SM_COUNT; break;         /* MULTIPROCESSOR_COUNT */
  case 18: *v = 0; break;                /* INTEGRATED */
  case 20: *v = 0; break;                /* COMPUTE_MODE: default */
  case 31: *v = 1; break;                /* CONCURRENT_KERNELS */
  case 38: *v = 50 << 20; break;         /* L2_CACHE_SIZE */
  case 39: *v = 2048; break;             /* MAX_THREADS_PER_MULTIPROCESSOR */
  case 41: *v = 1; break;                /* UNIFIED_ADDRESSING */
  case 75: *v = CC_MAJOR; break;         /* COMPUTE_CAPABILITY_MAJOR */
  case 76: *v = CC_MINOR; break;         /* COMPUTE_CAPABILITY_MINOR */
  case 81: *v = SHARED_PER_SM; break;    /* MAX_SHARED_MEMORY_PER_MULTIPROCESSOR */
  case 97: *v = SHARED_OPTIN; break;     /* MAX_SHARED_MEMORY_PER_BLOCK_OPTIN */
  default: return CUDA_ERROR_INVALID_VALUE;
  }
  return CUDA_SUCCESS;
}
EXPORT CUresult cuDeviceGetAttribute(int *v, int attr, int d) { LOCKED(device_get_attribute(v, attr, d)); }

static CUresult primary_retain(void **c, int d) {
  CUresult r = need_init();
  if (r) return r;
  if (!c) return CUDA_ERROR_INVALID_VALUE;
  if (d != 0) return CUDA_ERROR_INVALID_DEVICE;
  ctx_refs++;
  *c = &ctx_token;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuDevicePrimaryCtxRetain(void **c, int d) { LOCKED(primary_retain(c, d)); }

static CUresult primary_release(int d) {
  CUresult r = need_init();
  if (r) return r;
  if (d != 0) return CUDA_ERROR_INVALID_DEVICE;
  if (ctx_refs == 0) return CUDA_ERROR_INVALID_CONTEXT;
  if (--ctx_refs == 0) ctx_destroy();
  return CUDA_SUCCESS;
}
EXPORT CUresult cuDevicePrimaryCtxRelease_v2(int d) { LOCKED(primary_release(d)); }

static CUresult ctx_set_current(void *c) {
  CUresult r = need_init();
  if (r) return r;
  if (c && (c != &ctx_token || ctx_refs == 0)) return CUDA_ERROR_INVALID_CONTEXT;
  current = c;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuCtxSetCurrent(void *c) { LOCKED(ctx_set_current(c)); }

/* ---- memory -------------------------------------------------------------------------- */

static CUresult mem_get_info(size_t *free_b, size_t *total_b) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!free_b || !total_b) return CUDA_ERROR_INVALID_VALUE;
  *free_b = mem_total - mem_used;
  *total_b = mem_total;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuMemGetInfo_v2(size_t *free_b, size_t *total_b) { LOCKED(mem_get_info(free_b, total_b)); }

static CUresult mem_alloc(unsigned long long *p, size_t n) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!p || n == 0) return CUDA_ERROR_INVALID_VALUE;
  if (unsafe_forbidden()) return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  size_t charged = (n + 255) & ~(size_t)255;
  if (charged < n || charged > mem_total - mem_used) return CUDA_ERROR_OUT_OF_MEMORY;
  alloc_t *a = calloc(1, sizeof *a);
  char *mem = aligned_alloc(256, charged);
  if (!a || !mem) {
    free(a);
    free(mem);
    return CUDA_ERROR_OUT_OF_MEMORY;
  }
  /* Fresh device memory holds old bytes, not zeros: NaN as floats. */
  memset(mem, 0xff, charged);
  a->p = mem;
  a->n = n;
  a->charged = charged;
  a->next = allocs;
  allocs = a;
  mem_used += charged;
  *p = (unsigned long long)(uintptr_t)mem;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuMemAlloc_v2(unsigned long long *p, size_t n) { LOCKED(mem_alloc(p, n)); }

static CUresult mem_free(unsigned long long p) {
  CUresult r = need_ctx();
  if (r) return r;
  if (p == 0) return CUDA_SUCCESS;
  alloc_t **link = &allocs;
  while (*link && (uintptr_t)(*link)->p != (uintptr_t)p) link = &(*link)->next;
  if (!*link) return CUDA_ERROR_INVALID_VALUE;
  if (unsafe_forbidden()) return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  /* cuMemFree waits for the device to finish with the memory. */
  run_all();
  alloc_t *a = *link;
  *link = a->next;
  mem_used -= a->charged;
  free(a->p);
  free(a);
  return sticky;
}
EXPORT CUresult cuMemFree_v2(unsigned long long p) { LOCKED(mem_free(p)); }

/* The legacy stream's synchronous copy: waits for the blocking streams. */
static CUresult sync_copy_prologue(void) {
  if (unsafe_forbidden()) return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  if (legacy_implicit_capture()) return CUDA_ERROR_STREAM_CAPTURE_IMPLICIT;
  run_blocking();
  return sticky;
}

static CUresult memcpy_htod(unsigned long long dst, const void *src, size_t n) {
  CUresult r = need_ctx();
  if (r) return r;
  if (n == 0) return CUDA_SUCCESS;
  if (!src || !find_range((uintptr_t)dst, n)) return CUDA_ERROR_INVALID_VALUE;
  if ((r = sync_copy_prologue())) return r;
  memcpy((void *)(uintptr_t)dst, src, n);
  return CUDA_SUCCESS;
}
EXPORT CUresult cuMemcpyHtoD_v2(unsigned long long dst, const void *src, size_t n) { LOCKED(memcpy_htod(dst, src, n)); }

static CUresult memcpy_dtoh(void *dst, unsigned long long src, size_t n) {
  CUresult r = need_ctx();
  if (r) return r;
  if (n == 0) return CUDA_SUCCESS;
  if (!dst || !find_range((uintptr_t)src, n)) return CUDA_ERROR_INVALID_VALUE;
  if ((r = sync_copy_prologue())) return r;
  memcpy(dst, (const void *)(uintptr_t)src, n);
  return CUDA_SUCCESS;
}
EXPORT CUresult cuMemcpyDtoH_v2(void *dst, unsigned long long src, size_t n) { LOCKED(memcpy_dtoh(dst, src, n)); }

static CUresult memset_d8_async(unsigned long long dst, unsigned char v, size_t n, void *hs) {
  CUresult r = need_ctx();
  if (r) return r;
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!ok) return CUDA_ERROR_INVALID_HANDLE;
  if (n == 0) return CUDA_SUCCESS;
  if (!find_range((uintptr_t)dst, n)) return CUDA_ERROR_INVALID_VALUE;
  op_t *o = calloc(1, sizeof *o);
  if (!o) return CUDA_ERROR_OUT_OF_MEMORY;
  o->kind = OP_MEMSET;
  o->dst = (uintptr_t)dst;
  o->val = v;
  o->n = n;
  o->refs = 1;
  r = submit(s, o);
  op_unref(o);
  return r;
}
EXPORT CUresult cuMemsetD8Async(unsigned long long dst, unsigned char v, size_t n, void *s) {
  LOCKED(memset_d8_async(dst, v, n, s));
}

/* ---- streams ---------------------------------------------------------------------- */

static CUresult stream_create(void **ps, unsigned flags) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!ps || (flags & ~(unsigned)STREAM_NON_BLOCKING)) return CUDA_ERROR_INVALID_VALUE;
  stream_t *s = calloc(1, sizeof *s);
  if (!s) return CUDA_ERROR_OUT_OF_MEMORY;
  static uint64_t ids;
  s->flags = flags;
  s->id = ++ids;
  s->next = streams;
  streams = s;
  *ps = s;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuStreamCreate(void **ps, unsigned flags) { LOCKED(stream_create(ps, flags)); }

static CUresult stream_destroy(void *hs) {
  CUresult r = need_ctx();
  if (r) return r;
  stream_t **link = &streams;
  while (*link && *link != hs) link = &(*link)->next;
  if (!hs || !*link) return CUDA_ERROR_INVALID_HANDLE;
  stream_t *s = *link;
  /* Its queued work still completes, and events recorded on it stand for
   * finished work. */
  run_queued(s);
  for (event_t *e = events; e; e = e->next)
    if (e->s == s || e->cap_root == s) e->recorded = false;
  *link = s->next;
  ops_clear(&s->recorded);
  free(s);
  return sticky;
}
EXPORT CUresult cuStreamDestroy_v2(void *s) { LOCKED(stream_destroy(s)); }

/* The stream of handle hs, for a synchronisation or a query: waiting for a
 * capturing stream invalidates its capture. */
static CUresult stream_to_wait(void *hs, stream_t **out) {
  CUresult r = need_ctx();
  if (r) return r;
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!ok) return CUDA_ERROR_INVALID_HANDLE;
  if (s->cap != CAP_NONE) {
    if (s->cap == CAP_ACTIVE) {
      s->cap = CAP_INVALID;
      ops_clear(&s->recorded);
    }
    return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  }
  *out = s;
  return CUDA_SUCCESS;
}

static CUresult stream_synchronize(void *hs) {
  stream_t *s;
  CUresult r = stream_to_wait(hs, &s);
  if (r) return r;
  if (s == &legacy) {
    if (legacy_implicit_capture()) return CUDA_ERROR_STREAM_CAPTURE_IMPLICIT;
    run_blocking();
  } else {
    run_queued(s);
  }
  return sticky;
}
EXPORT CUresult cuStreamSynchronize(void *s) { LOCKED(stream_synchronize(s)); }

/* Runs what of the stream's work it can, without waiting: CUDA_SUCCESS
 * when all of it is done, CUDA_ERROR_NOT_READY while some waits (a pending
 * job, fake.h).  Querying a capturing stream invalidates its capture, as
 * synchronising it does; so does any query while the calling thread has a
 * global or thread-local capture under way. */
static CUresult stream_query(void *hs) {
  stream_t *s;
  CUresult r = stream_to_wait(hs, &s);
  if (r) return r;
  if (unsafe_forbidden()) return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  bool done;
  if (s == &legacy) {
    if (legacy_implicit_capture()) return CUDA_ERROR_STREAM_CAPTURE_IMPLICIT;
    done = try_blocking();
  } else {
    done = try_queued(s);
  }
  return sticky ? sticky : done ? CUDA_SUCCESS : CUDA_ERROR_NOT_READY;
}
EXPORT CUresult cuStreamQuery(void *s) { LOCKED(stream_query(s)); }

/* ---- events ------------------------------------------------------------------------ */

enum { EVENT_FLAGS = 1 | 2 | 4 }; /* BLOCKING_SYNC, DISABLE_TIMING, INTERPROCESS */

static event_t *find_event(void *h) {
  for (event_t *e = events; e; e = e->next)
    if (e == h) return e;
  return NULL;
}

static CUresult event_create(void **pe, unsigned flags) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!pe || (flags & ~(unsigned)EVENT_FLAGS)) return CUDA_ERROR_INVALID_VALUE;
  event_t *e = calloc(1, sizeof *e);
  if (!e) return CUDA_ERROR_OUT_OF_MEMORY;
  e->next = events;
  events = e;
  *pe = e;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuEventCreate(void **pe, unsigned flags) { LOCKED(event_create(pe, flags)); }

static CUresult event_destroy(void *he) {
  CUresult r = need_ctx();
  if (r) return r;
  event_t **link = &events;
  while (*link && *link != he) link = &(*link)->next;
  if (!he || !*link) return CUDA_ERROR_INVALID_HANDLE;
  event_t *e = *link;
  *link = e->next;
  free(e); /* queued waits hold the point, not the event */
  return CUDA_SUCCESS;
}
EXPORT CUresult cuEventDestroy_v2(void *e) { LOCKED(event_destroy(e)); }

/* Records the point of s's work so far; in a capture, of the capture. */
static CUresult event_record(void *he, void *hs) {
  CUresult r = need_ctx();
  if (r) return r;
  event_t *e = find_event(he);
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!e || !ok) return CUDA_ERROR_INVALID_HANDLE;
  if (s->cap == CAP_INVALID) return CUDA_ERROR_STREAM_CAPTURE_INVALIDATED;
  if (s == &legacy && s->cap == CAP_NONE && legacy_implicit_capture()) return CUDA_ERROR_STREAM_CAPTURE_IMPLICIT;
  e->recorded = true;
  e->s = s;
  e->s_id = s->id;
  e->in_capture = s->cap == CAP_ACTIVE;
  e->cap_root = e->in_capture ? cap_root(s) : NULL;
  e->cap_ops = s->cap_ops;
  e->seq = s->issued;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuEventRecord(void *e, void *s) { LOCKED(event_record(e, s)); }

/* Runs what it can of the work before the event's record, without
 * waiting: CUDA_SUCCESS when it is all done (or the event was never
 * recorded), CUDA_ERROR_NOT_READY while some waits.  An event recorded in a
 * capture under way has no work to wait for yet:
 * CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED. */
static CUresult event_query(void *he) {
  CUresult r = need_ctx();
  if (r) return r;
  event_t *e = find_event(he);
  if (!e) return CUDA_ERROR_INVALID_HANDLE;
  if (unsafe_forbidden()) return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  if (!e->recorded) return CUDA_SUCCESS;
  if (e->in_capture) return e->cap_root->cap == CAP_ACTIVE ? CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED : CUDA_SUCCESS;
  if (!stream_live(e->s, e->s_id)) return CUDA_SUCCESS; /* a destroyed stream ran its work */
  pass++;
  bool done = run_stream(e->s, e->seq);
  settle();
  return sticky ? sticky : done ? CUDA_SUCCESS : CUDA_ERROR_NOT_READY;
}
EXPORT CUresult cuEventQuery(void *e) { LOCKED(event_query(e)); }

/* Makes s's later work wait for the event's point.  In a capture: a stream
 * waiting on an event recorded in a capture joins that capture (its work is
 * recorded into the same graph); a fork is joined when a stream of the
 * capture waits on an event recorded after the forked stream's last work.
 * A capturing stream may not wait on work outside its capture. */
static CUresult stream_wait_event(void *hs, void *he, unsigned flags) {
  CUresult r = need_ctx();
  if (r) return r;
  event_t *e = find_event(he);
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!e || !ok) return CUDA_ERROR_INVALID_HANDLE;
  if (flags) return CUDA_ERROR_INVALID_VALUE;
  if (s->cap == CAP_INVALID) return CUDA_ERROR_STREAM_CAPTURE_INVALIDATED;
  if (e->recorded && e->in_capture) {
    stream_t *root = e->cap_root;
    if (root->cap != CAP_ACTIVE) return CUDA_ERROR_STREAM_CAPTURE_ISOLATION; /* that capture has ended */
    if (s->cap == CAP_NONE) {
      if (s == &legacy) return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
      s->cap = CAP_ACTIVE;
      s->cap_mode = root->cap_mode;
      s->cap_thread = root->cap_thread;
      s->cap_origin = root;
      s->cap_ops = 0;
      s->unjoined = false;
    } else if (cap_root(s) != root) {
      s->cap = CAP_INVALID;
      ops_clear(&s->recorded);
      return CUDA_ERROR_STREAM_CAPTURE_ISOLATION;
    }
    if (e->s != s && e->s->cap_origin == root && e->cap_ops == e->s->cap_ops) e->s->unjoined = false;
    return CUDA_SUCCESS;
  }
  if (s->cap == CAP_ACTIVE) {
    if (!e->recorded) return CUDA_SUCCESS;
    s->cap = CAP_INVALID; /* the graph cannot wait for work outside it */
    ops_clear(&s->recorded);
    return CUDA_ERROR_STREAM_CAPTURE_ISOLATION;
  }
  if (!e->recorded || e->s == s) return CUDA_SUCCESS;
  op_t *o = calloc(1, sizeof *o);
  if (!o) return CUDA_ERROR_OUT_OF_MEMORY;
  o->kind = OP_WAIT;
  o->src = e->s;
  o->src_id = e->s_id;
  o->src_seq = e->seq;
  o->refs = 1;
  r = submit(s, o);
  op_unref(o);
  return r;
}
EXPORT CUresult cuStreamWaitEvent(void *s, void *e, unsigned flags) { LOCKED(stream_wait_event(s, e, flags)); }

/* ---- modules and kernels ------------------------------------------------------------- */

/* The bytes of an ELF image, from its headers (the section header table
 * and every section and segment lie inside); 0 if it is not a sane ELF64. */
static size_t elf_size(const unsigned char *img) {
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *)img;
  if (eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shnum == 0 || eh->e_shoff == 0 ||
      eh->e_shoff > (1ull << 30) || eh->e_shnum > 65000)
    return 0;
  size_t end = eh->e_shoff + (size_t)eh->e_shnum * sizeof(Elf64_Shdr);
  const Elf64_Shdr *sh = (const Elf64_Shdr *)(img + eh->e_shoff);
  for (int i = 0; i < eh->e_shnum; i++) {
    if (sh[i].sh_type == SHT_NOBITS) continue;
    if (sh[i].sh_offset > (1ull << 30) || sh[i].sh_size > (1ull << 30)) return 0;
    if (sh[i].sh_offset + sh[i].sh_size > end) end = sh[i].sh_offset + sh[i].sh_size;
  }
  if (eh->e_phentsize == sizeof(Elf64_Phdr) && eh->e_phoff && eh->e_phoff < end) {
    const Elf64_Phdr *ph = (const Elf64_Phdr *)(img + eh->e_phoff);
    for (int i = 0; i < eh->e_phnum; i++)
      if (ph[i].p_offset + ph[i].p_filesz > end) return 0;
  }
  return end;
}

/* Section `name` of the image, or NULL. */
static const Elf64_Shdr *elf_section(const unsigned char *img, const char *name) {
  const Elf64_Ehdr *eh = (const Elf64_Ehdr *)img;
  const Elf64_Shdr *sh = (const Elf64_Shdr *)(img + eh->e_shoff);
  if (eh->e_shstrndx >= eh->e_shnum) return NULL;
  const char *strtab = (const char *)img + sh[eh->e_shstrndx].sh_offset;
  size_t strsize = sh[eh->e_shstrndx].sh_size;
  for (int i = 0; i < eh->e_shnum; i++)
    if (sh[i].sh_name < strsize && !strncmp(strtab + sh[i].sh_name, name, strsize - sh[i].sh_name))
      return &sh[i];
  return NULL;
}

#if defined(__x86_64__)
#define HOST_MACHINE EM_X86_64
#elif defined(__aarch64__)
#define HOST_MACHINE EM_AARCH64
#else
#define HOST_MACHINE EM_NONE
#endif

static void image_error(const char *why) { fprintf(stderr, "libcuda (gpt23 fake): cuModuleLoadData: %s\n", why); }

static CUresult module_load_data(void **pm, const void *image) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!pm || !image) return CUDA_ERROR_INVALID_VALUE;
  const unsigned char *img = image;
  if (memcmp(img, ELFMAG, SELFMAG) != 0) {
    image_error("the image is not an ELF file (PTX and fatbinaries need a real driver)");
    return CUDA_ERROR_INVALID_IMAGE;
  }
  const Elf64_Ehdr *eh = image;
  if (img[EI_CLASS] != ELFCLASS64 || eh->e_machine != HOST_MACHINE || eh->e_type != ET_DYN) {
    image_error(eh->e_machine == EM_CUDA ? "a real CUBIN: this driver runs only the images of its own NVRTC"
                                         : "an ELF file of another kind than the fake NVRTC's kernel objects");
    return CUDA_ERROR_INVALID_IMAGE;
  }
  size_t len = elf_size(img);
  const Elf64_Shdr *tag = len ? elf_section(img, G23_FAKE_CUBIN_SECTION) : NULL;
  size_t taglen = strlen(G23_FAKE_CUBIN_TAG);
  if (!tag || tag->sh_size < taglen + 4 || memcmp(img + tag->sh_offset, G23_FAKE_CUBIN_TAG, taglen) != 0) {
    image_error("a shared object without the fake NVRTC's " G23_FAKE_CUBIN_SECTION " section");
    return CUDA_ERROR_INVALID_IMAGE;
  }
  /* "sm_XY[a]": same major and at most the device's minor, as SASS runs. */
  char arch[32];
  snprintf(arch, sizeof arch, "%.*s", (int)(tag->sh_size - taglen), (const char *)img + tag->sh_offset + taglen);
  int sm = strncmp(arch, "sm_", 3) == 0 ? atoi(arch + 3) : -1;
  if (sm / 10 != CC_MAJOR || sm % 10 > CC_MINOR) {
    fprintf(stderr, "libcuda (gpt23 fake): cuModuleLoadData: the image is for %s, the device is sm_%d%d\n", arch,
            CC_MAJOR, CC_MINOR);
    return CUDA_ERROR_NO_BINARY_FOR_GPU;
  }
  const Elf64_Shdr *shared = elf_section(img, "g23emu_shared");
  const char *tmp = getenv("TMPDIR");
  char path[4096];
  snprintf(path, sizeof path, "%s/g23-fake-module.XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
  int fd = mkstemp(path);
  if (fd < 0) {
    image_error(strerror(errno));
    return CUDA_ERROR_OUT_OF_MEMORY;
  }
  bool written = write(fd, img, len) == (ssize_t)len;
  close(fd);
  void *dl = written ? dlopen(path, RTLD_NOW | RTLD_LOCAL) : NULL;
  if (!dl) {
    char why[1200];
    snprintf(why, sizeof why, "cannot load the kernel object: %s", written ? dlerror() : strerror(errno));
    image_error(why);
  }
  unlink(path);
  if (!dl) return CUDA_ERROR_SHARED_OBJECT_INIT_FAILED;
  module_t *m = calloc(1, sizeof *m);
  if (!m) {
    dlclose(dl);
    return CUDA_ERROR_OUT_OF_MEMORY;
  }
  m->dl = dl;
  m->refs = 1;
  m->loaded = true;
  m->static_shared = shared ? shared->sh_size : 0;
  m->next = modules;
  modules = m;
  *pm = m;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuModuleLoadData(void **m, const void *image) { LOCKED(module_load_data(m, image)); }

static CUresult module_unload(void *hm) {
  CUresult r = need_ctx();
  if (r) return r;
  module_t *m = find_module(hm);
  if (!m) return CUDA_ERROR_INVALID_HANDLE;
  m->loaded = false; /* queued launches keep the code until they ran */
  module_unref(m);
  return CUDA_SUCCESS;
}
EXPORT CUresult cuModuleUnload(void *m) { LOCKED(module_unload(m)); }

static CUresult module_get_function(void **pf, void *hm, const char *name) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!pf || !name) return CUDA_ERROR_INVALID_VALUE;
  module_t *m = find_module(hm);
  if (!m) return CUDA_ERROR_INVALID_HANDLE;
  for (func_t *f = m->funcs; f; f = f->next)
    if (!strcmp(f->name, name)) {
      *pf = f;
      return CUDA_SUCCESS;
    }
  char sym[512];
  if (snprintf(sym, sizeof sym, "%s__g23emu_info", name) >= (int)sizeof sym) return CUDA_ERROR_NOT_FOUND;
  const g23_fake_kernel_t *info = dlsym(m->dl, sym);
  if (!info) return CUDA_ERROR_NOT_FOUND;
  if (info->magic != G23_FAKE_KERNEL_MAGIC || info->nparams < 0 || info->nparams > G23_FAKE_MAX_PARAMS ||
      !info->thunk)
    return CUDA_ERROR_INVALID_IMAGE;
  func_t *f = calloc(1, sizeof *f);
  if (!f) return CUDA_ERROR_OUT_OF_MEMORY;
  f->mod = m;
  f->name = strdup(name);
  f->info = info;
  f->max_dyn_shared = SHARED_DEFAULT;
  f->next = m->funcs;
  m->funcs = f;
  *pf = f;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuModuleGetFunction(void **f, void *m, const char *name) { LOCKED(module_get_function(f, m, name)); }

static CUresult func_get_attribute(int *v, int attr, void *hf) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!v) return CUDA_ERROR_INVALID_VALUE;
  func_t *f = find_func(hf);
  if (!f) return CUDA_ERROR_INVALID_HANDLE;
  switch (attr) {
  case ATTR_MAX_THREADS: *v = 1024; break;
  case ATTR_SHARED_SIZE: *v = (int)f->mod->static_shared; break; /* of the whole module: an upper bound */
  case ATTR_CONST_SIZE: case ATTR_LOCAL_SIZE: *v = 0; break;
  case ATTR_NUM_REGS: *v = 32; break;
  case ATTR_PTX_VERSION: case ATTR_BINARY_VERSION: *v = CC_MAJOR * 10 + CC_MINOR; break;
  case ATTR_MAX_DYN_SHARED: *v = f->max_dyn_shared; break;
  case ATTR_CARVEOUT: *v = -1; break;
  default: return CUDA_ERROR_INVALID_VALUE;
  }
  return CUDA_SUCCESS;
}
EXPORT CUresult cuFuncGetAttribute(int *v, int attr, void *f) { LOCKED(func_get_attribute(v, attr, f)); }

static CUresult func_set_attribute(void *hf, int attr, int v) {
  CUresult r = need_ctx();
  if (r) return r;
  func_t *f = find_func(hf);
  if (!f) return CUDA_ERROR_INVALID_HANDLE;
  switch (attr) {
  case ATTR_MAX_DYN_SHARED:
    if (v < 0 || v > SHARED_OPTIN) return CUDA_ERROR_INVALID_VALUE;
    f->max_dyn_shared = v;
    return CUDA_SUCCESS;
  case ATTR_CARVEOUT:
    return v >= -1 && v <= 100 ? CUDA_SUCCESS : CUDA_ERROR_INVALID_VALUE;
  default: return CUDA_ERROR_INVALID_VALUE;
  }
}
EXPORT CUresult cuFuncSetAttribute(void *f, int attr, int v) { LOCKED(func_set_attribute(f, attr, v)); }

static CUresult launch_kernel(void *hf, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                              unsigned shmem, void *hs, void **params, void **extra) {
  CUresult r = need_ctx();
  if (r) return r;
  func_t *f = find_func(hf);
  if (!f) return CUDA_ERROR_INVALID_HANDLE;
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!ok) return CUDA_ERROR_INVALID_HANDLE;
  if (gx == 0 || gy == 0 || gz == 0 || bx == 0 || by == 0 || bz == 0 || gx > 2147483647u || gy > 65535 ||
      gz > 65535 || bx > 1024 || by > 1024 || bz > 64 || (uint64_t)bx * by * bz > 1024)
    return CUDA_ERROR_INVALID_VALUE;
  /* More dynamic shared memory than the function was granted fails the
   * launch (48 KiB unless cuFuncSetAttribute raised it). */
  if (shmem > (unsigned)f->max_dyn_shared) return CUDA_ERROR_INVALID_VALUE;
  if (extra) {
    fprintf(stderr, "libcuda (gpt23 fake): cuLaunchKernel: the `extra` launch parameters are not emulated\n");
    return CUDA_ERROR_INVALID_VALUE;
  }
  const g23_fake_kernel_t *k = f->info;
  if (k->nparams > 0 && !params) return CUDA_ERROR_INVALID_VALUE;
  for (int i = 0; i < k->nparams; i++)
    if (!params[i]) return CUDA_ERROR_INVALID_VALUE;
  op_t *o = calloc(1, sizeof *o);
  char *buf = aligned_alloc(64, (size_t)(k->bytes + 63) / 64 * 64 + 64);
  if (!o || !buf) {
    free(o);
    free(buf);
    return CUDA_ERROR_OUT_OF_MEMORY;
  }
  /* The values now: the caller's variables are gone when the launch runs. */
  for (int i = 0; i < k->nparams; i++) memcpy(buf + k->offset[i], params[i], (size_t)k->size[i]);
  o->kind = OP_KERNEL;
  o->fn = f;
  f->mod->refs++;
  o->grid[0] = gx, o->grid[1] = gy, o->grid[2] = gz;
  o->block[0] = (int32_t)bx, o->block[1] = (int32_t)by, o->block[2] = (int32_t)bz;
  o->shmem = (int32_t)shmem;
  o->params = buf;
  o->refs = 1;
  r = submit(s, o);
  op_unref(o);
  return r;
}
EXPORT CUresult cuLaunchKernel(void *f, unsigned gx, unsigned gy, unsigned gz, unsigned bx, unsigned by, unsigned bz,
                               unsigned shmem, void *s, void **params, void **extra) {
  LOCKED(launch_kernel(f, gx, gy, gz, bx, by, bz, shmem, s, params, extra));
}

/* ---- jobs of the fake cuBLASLt --------------------------------------------------- */

static CUresult enqueue(void *hs, g23_fake_job_fn fn, void *payload, void (*free_fn)(void *)) {
  CUresult r = need_ctx();
  if (r) return r;
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!ok) return CUDA_ERROR_INVALID_HANDLE;
  if (!fn) return CUDA_ERROR_INVALID_VALUE;
  op_t *o = calloc(1, sizeof *o);
  if (!o) return CUDA_ERROR_OUT_OF_MEMORY;
  o->kind = OP_JOB;
  o->job = fn;
  o->payload = payload;
  o->free_fn = free_fn;
  o->refs = 1;
  r = submit(s, o);
  if (r != CUDA_SUCCESS) o->free_fn = NULL; /* not taken: the caller keeps the payload */
  op_unref(o);
  return r;
}
EXPORT int g23_fake_cuda_enqueue(void *s, g23_fake_job_fn fn, void *payload, void (*free_fn)(void *)) {
  LOCKED(enqueue(s, fn, payload, free_fn));
}

EXPORT int g23_fake_cuda_valid_range(const void *p, size_t n) {
  pthread_mutex_lock(&lock);
  bool ok = find_range((uintptr_t)p, n) != NULL;
  pthread_mutex_unlock(&lock);
  return ok;
}

/* ---- graphs ------------------------------------------------------------------------ */

static CUresult begin_capture(void *hs, int mode) {
  CUresult r = need_ctx();
  if (r) return r;
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!ok) return CUDA_ERROR_INVALID_HANDLE;
  if (s == &legacy) return CUDA_ERROR_STREAM_CAPTURE_UNSUPPORTED;
  if (mode < CAPTURE_GLOBAL || mode > CAPTURE_RELAXED) return CUDA_ERROR_INVALID_VALUE;
  if (s->cap != CAP_NONE) return CUDA_ERROR_ILLEGAL_STATE;
  s->cap = CAP_ACTIVE;
  s->cap_mode = mode;
  s->cap_thread = pthread_self();
  return CUDA_SUCCESS;
}
EXPORT CUresult cuStreamBeginCapture_v2(void *s, int mode) { LOCKED(begin_capture(s, mode)); }

static CUresult end_capture(void *hs, void **pg) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!pg) return CUDA_ERROR_INVALID_VALUE;
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!ok) return CUDA_ERROR_INVALID_HANDLE;
  if (s->cap == CAP_NONE) return CUDA_ERROR_ILLEGAL_STATE;
  if (s->cap_mode != CAPTURE_RELAXED && !pthread_equal(s->cap_thread, pthread_self()))
    return CUDA_ERROR_STREAM_CAPTURE_WRONG_THREAD;
  if (s->cap_origin) return CUDA_ERROR_ILLEGAL_STATE; /* a fork ends with its origin's capture */
  *pg = NULL;
  /* the streams that joined: each must be joined back, and valid */
  CUresult fork = CUDA_SUCCESS;
  for (stream_t *t = streams; t; t = t->next) {
    if (t->cap_origin != s) continue;
    if (t->cap == CAP_INVALID) fork = CUDA_ERROR_STREAM_CAPTURE_INVALIDATED;
    else if (t->unjoined && !fork) fork = CUDA_ERROR_STREAM_CAPTURE_UNJOINED;
    t->cap = CAP_NONE;
    t->cap_origin = NULL;
    t->unjoined = false;
    t->cap_ops = 0;
  }
  if (s->cap == CAP_INVALID || fork) {
    s->cap = CAP_NONE;
    ops_clear(&s->recorded);
    return fork ? fork : CUDA_ERROR_STREAM_CAPTURE_INVALIDATED;
  }
  graph_t *g = calloc(1, sizeof *g);
  if (!g) return CUDA_ERROR_OUT_OF_MEMORY;
  g->ops = s->recorded; /* the recording's references move to the graph */
  memset(&s->recorded, 0, sizeof s->recorded);
  s->cap = CAP_NONE;
  g->next = graphs;
  graphs = g;
  *pg = g;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuStreamEndCapture(void *s, void **g) { LOCKED(end_capture(s, g)); }

static CUresult graph_instantiate(void **pe, void *hg, unsigned long long flags) {
  CUresult r = need_ctx();
  if (r) return r;
  if (!pe) return CUDA_ERROR_INVALID_VALUE;
  graph_t *g = find_graph(hg, false);
  if (!g) return CUDA_ERROR_INVALID_VALUE;
  if (flags & ~(unsigned long long)(1 | 8)) return CUDA_ERROR_INVALID_VALUE; /* AUTO_FREE_ON_LAUNCH, USE_NODE_PRIORITY */
  graph_t *e = calloc(1, sizeof *e);
  if (!e) return CUDA_ERROR_OUT_OF_MEMORY;
  e->exec = true;
  for (int i = 0; i < g->ops.n; i++) ops_push(&e->ops, g->ops.v[i]);
  e->next = graphs;
  graphs = e;
  *pe = e;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuGraphInstantiateWithFlags(void **e, void *g, unsigned long long flags) {
  LOCKED(graph_instantiate(e, g, flags));
}

static CUresult graph_launch(void *he, void *hs) {
  CUresult r = need_ctx();
  if (r) return r;
  graph_t *e = find_graph(he, true);
  if (!e) return CUDA_ERROR_INVALID_HANDLE;
  bool ok;
  stream_t *s = find_stream(hs, &ok);
  if (!ok) return CUDA_ERROR_INVALID_HANDLE;
  for (int i = 0; i < e->ops.n; i++)
    if ((r = submit(s, e->ops.v[i])) != CUDA_SUCCESS) return r;
  return CUDA_SUCCESS;
}
EXPORT CUresult cuGraphLaunch(void *e, void *s) { LOCKED(graph_launch(e, s)); }

static CUresult graph_destroy(void *h, bool exec) {
  CUresult r = need_init();
  if (r) return r;
  graph_t **link = &graphs;
  while (*link && !(*link == h && (*link)->exec == exec)) link = &(*link)->next;
  if (!h || !*link) return CUDA_ERROR_INVALID_VALUE;
  graph_t *g = *link;
  *link = g->next;
  ops_clear(&g->ops);
  free(g);
  return CUDA_SUCCESS;
}
EXPORT CUresult cuGraphExecDestroy(void *e) { LOCKED(graph_destroy(e, true)); }
EXPORT CUresult cuGraphDestroy(void *g) { LOCKED(graph_destroy(g, false)); }
