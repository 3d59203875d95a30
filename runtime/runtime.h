/* runtime.h: running a plan on a device, behind a backend vtable.
 *
 *   backend.h       the vtable every device implements
 *   exec.c          the executor: arena, parameter init, run a graph's
 *                   launch list, read and write named tensors
 *   cpu/            the CPU backend: C kernels compiled by the system
 *                   compiler into a cached shared object (dlopen), OpenMP,
 *                   OpenBLAS for matmuls
 *   cuda/           the CUDA backend: NVRTC, the driver API, cuBLASLt
 *
 * The engine reads plans (runtime/plan/) and knows its backends only by
 * their vtables; gpt23run (runtime/cli/) sits above it.
 *
 * Nothing above this API knows which device runs.
 */
#ifndef G23_RUNTIME_H
#define G23_RUNTIME_H

#include "runtime/plan/plan.h"

typedef struct g23_runtime g23_runtime_t;

typedef struct {
  const char *device; /* "auto", "cpu", "cuda" */
  int threads;        /* 0 = all cores */
  const char *cache_dir; /* NULL: $XDG_CACHE_HOME/gpt23 or ~/.cache/gpt23 */
  bool verbose;
  const char *progress; /* non-NULL: report the kernel compilation on stderr
                         as "PROGRESS: compiling 201 kernels..." (with a
                         ticking line on a terminal), "PROGRESS: compiled in
                         12.8 s", and on a terminal or with verbose a cache
                         hit as "PROGRESS: 201 kernels found in the cache
                         (PATH)"; gpt23run sets "gpt23run" */
  bool profile;       /* time every launch (synchronising after each); see
                         g23_runtime_profile_print */
  bool profile_cpu;   /* the profile counts the process's CPU time (all its
                         threads) instead of wall-clock time: steadier on a
                         machine shared with other work */
  bool check_bounds;  /* kernels compiled with G23_CHECK_BOUNDS (codegen/
                         dialect.c): an index out of range of a gather,
                         scatter, one_hot or cache write fails the launch
                         with the node, the index and the bound */
  const char *precision; /* "bf16", "fp32"; NULL: the device's default.
                         CUDA: bf16 matmul operands with fp32 master
                         weights, accumulation and kernels (default), or
                         fp32 throughout.  The CPU computes in fp32 only and
                         ignores it (gpt23run refuses --precision bf16
                         there). */
  int local_rank;     /* the process's rank among the processes of its job
                         on this machine (0 outside a job): CUDA opens device
                         local_rank modulo the device count, one GPU per
                         process, unless G23_CUDA_DEVICE names one */
} g23_runtime_opts_t;

/* Open a runtime for plan (which must outlive it): choose the device, compile
 * and load the kernels, allocate the arena.  -1 with a message in err. */
int g23_runtime_open(g23_runtime_t **rt, const g23_plan_t *plan, const g23_runtime_opts_t *o,
                     char *err, size_t errn);
void g23_runtime_close(g23_runtime_t *rt);
const char *g23_runtime_device(const g23_runtime_t *rt);

/* Fill every PARAM with its initialiser from seed, zero optimizer state and
 * caches. */
int g23_runtime_init_params(g23_runtime_t *rt, uint64_t seed);

/* Copy host data to/from a named tensor (see g23_plan_find; graph -1 for
 * persistent tensors).  nbytes must equal the tensor's size.  -1 if absent. */
int g23_runtime_write(g23_runtime_t *rt, const char *name, int graph, const void *data, size_t nbytes);
int g23_runtime_read(g23_runtime_t *rt, const char *name, int graph, void *data, size_t nbytes);
/* The tensor's contents are not needed until it is written again: the
 * device gives back what memory of it it can (the CPU: its whole pages);
 * until then it reads as unspecified bytes.  ZeRO-1 releases the plan's
 * AdamW moments, which it keeps sharded elsewhere (docs/distributed.md). */
int g23_runtime_release(g23_runtime_t *rt, const char *name, int graph);
/* Convenience for run-time scalars (f32 or i32 [1]). */
int g23_runtime_set_scalar(g23_runtime_t *rt, int graph, const char *name, double value);

/* Run every launch of graph in order and wait for it.  -1 with err. */
int g23_runtime_run(g23_runtime_t *rt, g23_graph_kind_t graph, char *err, size_t errn);

/* Called by g23_runtime_run_hook after the first `done` launches of a graph
 * have finished (the device synchronised), before the next starts; it may
 * read and write tensors.  -1 stops the run with an error (the hook fills
 * err); 1 ends it without error, the launches after done not run (the hook
 * has done their work: ZeRO-1's sharded AdamW, docs/distributed.md). */
typedef int (*g23_launch_hook_t)(void *ctx, int done, char *err, size_t errn);
/* g23_runtime_run with hook called after every launch (data-parallel
 * training reduces gradients there, docs/distributed.md). */
int g23_runtime_run_hook(g23_runtime_t *rt, g23_graph_kind_t graph, g23_launch_hook_t hook, void *ctx, char *err,
                         size_t errn);

/* As g23_runtime_run_hook, but the hook is called after each launch is
 * queued, without waiting for it: it may only queue more device work (the
 * collectives below), which the device runs in order with the launches. */
int g23_runtime_run_queued(g23_runtime_t *rt, g23_graph_kind_t graph, g23_launch_hook_t hook, void *ctx, char *err,
                           size_t errn);

/* ---- collectives of a data-parallel job on the device --------------------------
 * A device with a collective library (CUDA: NCCL, runtime/cuda/nccl.c)
 * averages tensors over the processes of a job in device memory, queued
 * in order with the launches, so the gradients never pass through the
 * host (docs/distributed.md).  The CPU has none: its caller reduces host
 * copies over MPI. */

/* Sends n bytes at buf from rank 0 to every rank (the caller's transport,
 * MPI): how the device's communicator is bootstrapped. */
typedef int (*g23_bcast_fn_t)(void *ctx, void *buf, size_t n, char *err, size_t errn);
/* Whether the device has collectives. */
bool g23_runtime_has_comm(const g23_runtime_t *rt);
/* Joins the communicator of nranks processes as rank: every process calls
 * it, with a bcast that carries the library's id from rank 0.  -1 with err
 * (naming the rank) where the library is missing or fails.  From then on a
 * wait for the device's work that may wait for the other ranks'
 * collectives (g23_runtime_run, _read, _write ...) waits at most timeout_s
 * seconds (0: no limit): past it the other processes have not all reached
 * the reduction, the communicator is aborted and the call fails, saying
 * so. */
int g23_runtime_comm_init(g23_runtime_t *rt, int rank, int nranks, g23_bcast_fn_t bcast, void *bctx,
                          double timeout_s, char *err, size_t errn);
/* Queues, after the launches queued so far, the replacement of each of the
 * n persistent f32 tensors ts by its mean over the ranks (one group: every
 * rank queues the same tensors in the same order).  It may run beside the
 * launches queued after it, which must not touch those tensors until
 * g23_runtime_comm_join. */
int g23_runtime_comm_mean(g23_runtime_t *rt, const g23_plan_tensor_t *const *ts, int n, char *err, size_t errn);
/* Makes the launches queued after it run after every mean queued before. */
int g23_runtime_comm_join(g23_runtime_t *rt, char *err, size_t errn);

/* With opts.profile: the launches of every graph run so far, slowest first,
 * with their share of the time (to f; top n, 0 = all). */
void g23_runtime_profile_print(const g23_runtime_t *rt, FILE *f, int n);
/* With opts.profile: the seconds launch i of graph took over all runs so
 * far, and of them those of a matmul's epilogue where the device reports
 * it (else 0); the number of runs.  -1 for a graph or launch not run. */
int g23_runtime_profile_get(const g23_runtime_t *rt, int graph, int i, double *total_s, double *epilogue_s,
                            long *runs);

/* The message of the last failed write, read, set_scalar or init_params. */
const char *g23_runtime_error(const g23_runtime_t *rt);
/* Whether open found the compiled kernels in the on-disk cache (no compiler
 * run). */
bool g23_runtime_cache_hit(const g23_runtime_t *rt);

#endif
