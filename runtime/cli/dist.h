/* dist.h: data-parallel training over MPI (docs/distributed.md).
 *
 *   dist.c      the process group: world size 1 and no MPI call unless
 *               mpirun started the process, then the MPI module loaded
 *               with dlopen; the gradient all-reduce in buckets, started
 *               as gradients become final during backward: over MPI on
 *               host copies (the CPU), or queued on the device with its
 *               collectives (CUDA: NCCL, bootstrapped over MPI)
 *   dist_mpi.c  the MPI module, gpt23-mpi.so: the vtable below over
 *               Open MPI, built with mpicc's flags and linked against
 *               libmpi (never part of gpt23run itself)
 *
 * Every rank runs the same training loop; rank 0 alone writes logs,
 * checkpoints and samples.  A rank that fails ends the job (g23_dist_abort)
 * rather than leaving the others waiting in a collective.
 */
#ifndef G23_DIST_H
#define G23_DIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/runtime.h"

/* The module's collectives, all on MPI_COMM_WORLD; each returns 0, or -1
 * with the MPI error string in err.  Requests are opaque; test and wait
 * take those of every nonblocking entry.  Entries are only ever added at
 * the end, with G23_DIST_ABI raised (2 added everything from
 * ireduce_scatter_f32 on, 3 from iallreduce_f64 on). */
#define G23_DIST_ABI 3
typedef struct {
  int abi; /* G23_DIST_ABI */
  int (*init)(int *rank, int *size, char *err, size_t errn);
  /* Sum of n floats over the ranks, in place, started; test says whether
   * it has finished (and lets the library progress), wait waits for it. */
  int (*iallreduce_f32)(float *buf, int64_t n, void **req, char *err, size_t errn);
  int (*test)(void **req, bool *done, char *err, size_t errn);
  int (*wait)(void **req, char *err, size_t errn);
  /* Sum of n doubles over the ranks, in place, blocking. */
  int (*allreduce_f64)(double *buf, int n, char *err, size_t errn);
  int (*barrier)(char *err, size_t errn);
  void (*abort)(int code); /* ends every rank of the job */
  void (*finalize)(void);
  /* ABI 2.  Sum over the ranks of send (the sum of counts[] floats, in
   * rank order of their segments): rank r receives in recv its counts[r]
   * floats of the sum (counts[r] may be 0); started. */
  int (*ireduce_scatter_f32)(const float *send, float *recv, const int *counts, void **req, char *err, size_t errn);
  /* Every rank sends scounts[q] floats from send + sdispls[q] to rank q and
   * receives rcounts[q] floats from rank q at recv + rdispls[q]; started.
   * (The fixed-order reduction of --deterministic gathers each segment
   * at its owner with it.) */
  int (*ialltoallv_f32)(const float *send, const int *scounts, const int *sdispls, float *recv, const int *rcounts,
                        const int *rdispls, void **req, char *err, size_t errn);
  /* In place: rank q's counts[q] floats at buf + displs[q] go to every
   * rank's buf at the same place; started. */
  int (*iallgatherv_f32)(float *buf, const int *counts, const int *displs, void **req, char *err, size_t errn);
  /* recv[q * n + i] = rank q's send[i], on every rank, blocking. */
  int (*allgather_f64)(const double *send, int n, double *recv, char *err, size_t errn);
  /* n bytes at buf from rank root to every rank, blocking . */
  int (*bcast)(void *buf, size_t n, int root, char *err, size_t errn);
  /* ABI 3.  allreduce_f64 and allgather_f64, started: the training loop
   * waits for them with a limit (g23_dist_wait). */
  int (*iallreduce_f64)(double *buf, int n, void **req, char *err, size_t errn);
  int (*iallgather_f64)(const double *send, int n, double *recv, void **req, char *err, size_t errn);
} g23_dist_ops_t;

/* The module's one entry point (dlsym name "g23_dist_mpi_ops"). */
const g23_dist_ops_t *g23_dist_mpi_ops(void);

/* This process's place in the job: rank 0 of 1 unless started by mpirun. */
typedef struct {
  int rank, size;
  int local_rank; /* among the job's processes on this machine
                     (OMPI_COMM_WORLD_LOCAL_RANK, MPI_LOCALRANKID or
                     SLURM_LOCALID); 0 outside a job */
  const g23_dist_ops_t *ops; /* NULL when size is 1 */
  void *dl;
} g23_dist_t;
extern g23_dist_t g23_dist;

/* Whether the environment says mpirun started this process
 * (OMPI_COMM_WORLD_SIZE, PMIX_RANK). */
bool g23_dist_launched(void);
/* Joins the job when launched by mpirun: loads the module ($GPT23_MPI_MODULE,
 * else gpt23-mpi.so beside the executable, else in the installed library
 * directory), initialises MPI.  Does nothing otherwise.  -1 with err. */
int g23_dist_init(char *err, size_t errn);
/* Ends the job on every rank with code when size > 1; returns otherwise. */
void g23_dist_abort(int code);
void g23_dist_finalize(void);
/* Waits for request req of the module, at most timeout seconds (0: no
 * limit): a process that is alive but stuck (stopped, swapping; one that
 * dies ends the job through mpirun) would otherwise hold every other one
 * for ever.  -1 with err naming what the others have not all reached
 * (`what`, e.g. "the gradient reduction") once the time has passed. */
int g23_dist_wait(void **req, double timeout, const char *what, char *err, size_t errn);
/* Sum over the ranks of n doubles, in place (no-op for one process),
 * waited for as g23_dist_wait. */
int g23_dist_sum(double *v, int n, double timeout, const char *what, char *err, size_t errn);
/* G23_DIST_STOP=POINT, for tests of the limit: the job's last process stops
 * itself (SIGSTOP, as a stuck one would) the third time it passes POINT,
 * one of "reduction" (a step's first gradient bucket), "step-end" (the
 * step's agreement on loss and signals), "norm" (--zero's gradient norm). */
void g23_dist_stop_point(const char *point);

/* The gradient reduction of the training graph: gradients in buckets of
 * about G23_DIST_BUCKET_BYTES (at most G23_DIST_BUCKET_GRADS), in the order
 * they become final; a bucket's reduction starts after the launch that
 * finishes its last gradient, and at the plan's gradient cut every sum is
 * divided by the number of micro-batches of the step over every process
 * (world x accumulate).
 *
 * accumulate > 1 (gradient accumulation): each process runs the graph once
 * per micro-batch; before the last, the hook adds each bucket's gradients
 * to a running sum at the host ((g_0 + g_1) + g_2 ...), and at the cut ends
 * the graph; the last micro-batch's buckets are added to the sum and reduced
 * as below.  One process with accumulate A computes what A processes do.
 *
 * Plain: each bucket all-reduced (MPI_Iallreduce), written back; the plan's
 * norm, clipping and AdamW launches run on every rank.
 *
 * zero (ZeRO-1): the flat vector of every gradient is cut into world equal
 * shards; each bucket is reduce-scattered, so rank r holds the mean gradient
 * of shard r only, and AdamW's moments of it only.  At the cut the hook
 * computes the global norm from every rank's sums of squares, clips and
 * updates its shard with the arithmetic of the plan's kernels (bit for bit
 * the same in one process), all-gathers the parameters, writes them back,
 * and ends the graph: the plan's optimizer launches do not run.  Also in
 * one process (nothing to reduce), where it replaces the kernels exactly.
 *
 * deterministic: each bucket's segments of every micro-batch are sent to
 * their owner (MPI_Ialltoallv) and added there in the order of the global
 * micro-batches (rank x accumulate + micro), ((g_0 + g_1) + g_2) ..., then
 * all-gathered (or, with zero, kept): the result does not depend on MPI's
 * choice of algorithm, and is the same on every rank, every run and every
 * split of the micro-batches into processes (2 processes, or 1 with
 * accumulate 2: bit for bit the same step).
 *
 * On a device with collectives (g23_runtime_has_comm; neither zero nor
 * deterministic) the reduction of a bucket is queued on the device after
 * the launch that finishes it instead, as the mean of its gradients in
 * place, and the launches after the cut run after it in the device's
 * order: no host copy, no synchronisation. */
#define G23_DIST_BUCKET_BYTES ((int64_t)1 << 20)
#define G23_DIST_BUCKET_GRADS 1024 /* and at most this many gradients */
typedef struct g23_gradsync g23_gradsync_t;
typedef struct {
  bool zero;          /* --zero */
  bool deterministic; /* --deterministic */
  double timeout_s;   /* --dist-timeout: the longest wait for the other processes; 0: none */
  int accumulate;     /* --accumulate: micro-batches per step (0 or 1: one) */
} g23_gradsync_opts_t;
/* Joins the device's communicator where the runtime's device is not the
 * CPU.  -1 with err when the plan has no gradient cut, (zero) not the AdamW
 * tensors ir/optim.c builds, or the device has no collectives or its
 * library fails.  Collective: every rank calls it. */
int g23_gradsync_init(g23_gradsync_t **gs, const g23_plan_t *p, g23_runtime_t *rt, const g23_gradsync_opts_t *o,
                      char *err, size_t errn);
/* The hook (runtime.h) for g23_runtime_run_hook of the training graph. */
int g23_gradsync_hook(void *gs, int done, char *err, size_t errn);
/* One run of the training graph with the hook, for micro-batch `micro`
 * (0 .. accumulate - 1) of the step: g23_runtime_run_hook, or
 * g23_runtime_run_queued on a device with collectives.  Before the last
 * micro-batch, the gradients go into the step's sum and the launches after
 * the cut (the update) do not run; the last one's reduction is of the sum. */
int g23_gradsync_run(g23_gradsync_t *gs, int micro, char *err, size_t errn);
/* zero: the bytes of AdamW moments this rank keeps; -1 otherwise. */
int64_t g23_gradsync_optstate_bytes(const g23_gradsync_t *gs);
/* zero: the gradient norm of the last step (the plan's grad_norm output is
 * not computed), true; false otherwise. */
bool g23_gradsync_norm(const g23_gradsync_t *gs, float *norm);
/* zero: this rank's shard of the moments from the arena's adam_m:, adam_v:
 * tensors (after the weights and moments are loaded or initialised), whose
 * memory is then released (g23_runtime_release); and back: every rank's
 * shards gathered into rank 0's arena (before it writes a checkpoint),
 * released again after.  Load and store are collective; all are no-ops
 * without zero. */
int g23_gradsync_load_state(g23_gradsync_t *gs, char *err, size_t errn);
int g23_gradsync_store_state(g23_gradsync_t *gs, char *err, size_t errn);
int g23_gradsync_release_state(g23_gradsync_t *gs, char *err, size_t errn);
void g23_gradsync_free(g23_gradsync_t *gs);

#endif
