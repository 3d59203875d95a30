/* cuda_ctx.h: the state of the CUDA backend shared by its two files
 * (internal to runtime/cuda/).
 *
 *   backend_cuda.c  device, context and stream, modules (NVRTC), arena and
 *                   copies, kernel launches, CUDA-graph capture and replay
 *   matmul.c        matmuls: cuBLASLt descriptors, layouts and algorithms
 *                   per shape, the built-in matmul where cuBLASLt has none,
 *                   the bf16 conversion of operands and its workspace
 *   nccl.c          the collectives of a data-parallel job: NCCL
 */
#ifndef G23_CUDA_CTX_H
#define G23_CUDA_CTX_H

#include <stdint.h>

#include "backend_cuda.h"
#include "cublaslt_desc.h"
#include "cuda_api.h"

#define WORKSPACE_BYTES ((size_t)32 << 20)

/* One matmul shape: everything but the operands' offsets and alpha/beta,
 * and the alignment of each operand (the heuristic's algorithms may assume
 * it: cuBLASLt otherwise takes every pointer to be 256-byte aligned). */
typedef struct {
  g23_matmul_t key;
  int32_t ab_type;   /* operand type: G23_CUDA_R_32F or G23_CUDA_R_16BF */
  uint32_t align[5]; /* plan A, B, C, bias (or its gradient), aux: bytes, a
                        power of two <= 256 */
  g23_lt_matmul_t lt;
  g23_lt_desc_t desc;
  g23_lt_lay_t la, lb, lc;
  g23_lt_algo_t algo;
  bool builtin; /* no cuBLASLt algorithm: g23_builtin_matmul */
} mm_shape_t;

typedef enum { CAP_DIRECT, CAP_WARM, CAP_READY } cap_state_t;

typedef struct {
  cap_state_t state;
  int next;     /* index of the launch expected next; -1: not in a run */
  bool capturing, replaying;
  g23_cu_graph_t graph;
  g23_cu_graph_exec_t exec;
} cap_t;

struct g23_backend_ctx {
  const g23_plan_t *plan;
  const g23_cu_api_t *cu;
  const g23_lt_api_t *lt;
  bool verbose;
  int local_rank; /* g23_runtime_opts_t.local_rank: the device is this modulo the count */
  bool check_bounds; /* kernels compiled with G23_CHECK_BOUNDS: a bad index traps */
  char *cache_dir_opt;
  g23_cu_device_t dev;
  g23_cu_ctx_t cuctx;
  bool retained;
  g23_cu_stream_t stream;
  char devname[128];
  int arch, sms;
  g23_cu_module_t *mods; /* [nmods]: the parts of g23_cuda_module_parts */
  int nmods;
  g23_cu_function_t *fns; /* [nkernels], then g23_builtin_matmul */
  int *dyn_smem_set;      /* [nkernels] dynamic shared memory granted */
  g23_cu_function_t builtin_mm, builtin_colsum, to_bf16;
  bool hit;
  g23_lt_handle_t lth;
  g23_lt_pref_t pref;
  g23_cu_ptr_t workspace;
  g23_cu_ptr_t convws;   /* bf16 copies of a matmul's A and B */
  size_t convws_bytes;
  G23_VEC(mm_shape_t) shapes;
  bool bf16, tf32, force_builtin, graphs;
  cap_t cap[G23_GRAPH_COUNT];
  /* nccl.c: NULL comm outside a job of several processes.  The
   * reductions run on comm_stream: it waits for stream at ready (recorded
   * after the launch that finishes a bucket), and stream waits for it at
   * done (the join, at the gradient cut).  comm_timeout: the longest wait
   * for work of a stream while there is a communicator (0: none; see
   * g23_cuda_sync); comm_aborted: it was given up and aborted. */
  const g23_nccl_api_t *nccl;
  g23_nccl_comm_t comm;
  double comm_timeout;
  bool comm_aborted;
  int comm_rank, comm_size;
  g23_cu_stream_t comm_stream;
  g23_cu_event_t ready, done;
};

static inline g23_cu_ptr_t dptr(const void *mem) { return (g23_cu_ptr_t)(uintptr_t)mem; }

/* matmul.c.  At init, after the context and stream: the cuBLASLt handle,
 * preference and workspace, and in bf16 the conversion workspace for the
 * plan's largest matmul; 0 or -1 with err. */
int g23_cuda_mm_init(g23_backend_ctx_t *c, char *err, size_t errn);
/* Frees what g23_cuda_mm_init and the matmuls made (the context current). */
void g23_cuda_mm_close(g23_backend_ctx_t *c);
/* Queues plan matmul m on the arena mem: cuBLASLt, or the built-in kernel
 * (c->builtin_mm and the rest, looked up at compile). */
int g23_cuda_mm_run(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn);

/* nccl.c: the backend vtable's comm_init, comm_mean and comm_join (backend.h), and
 * the communicator's end at close (its stream waited for; failed: a fault
 * happened, so ranks may be missing and the communicator is aborted, before
 * its stream is waited for: NCCL's abort ends the collectives under way). */
int g23_cuda_comm_init(g23_backend_ctx_t *c, int rank, int nranks, g23_bcast_fn_t bcast, void *bctx,
                       double timeout_s, char *err, size_t errn);
int g23_cuda_comm_mean(g23_backend_ctx_t *c, void *mem, const size_t *off, const size_t *count, int n, char *err,
                       size_t errn);
int g23_cuda_comm_join(g23_backend_ctx_t *c, char *err, size_t errn);
void g23_cuda_comm_close(g23_backend_ctx_t *c, bool failed);
/* nccl.c: waits for the work queued on stream s (the context current); 0,
 * or -1 with err.  Every host wait of the backend for device work that may
 * come after a collective goes through it (not the arena's zeroing, which
 * comes before the communicator, nor close's wait for an aborted one).
 * Without a communicator: cuStreamSynchronize, nothing else.
 * With one, the work may wait for the other ranks (an NCCL collective runs
 * only once every rank has queued it, and a rank that stopped never does):
 * cuStreamQuery is polled for at most comm_timeout seconds (the work of
 * this rank's own launches included); past it err says that the other
 * processes have not all reached the gradient reduction, and the
 * communicator is aborted (which ends its collectives, so the streams can
 * finish; later means and joins fail). */
int g23_cuda_sync(g23_backend_ctx_t *c, g23_cu_stream_t s, char *err, size_t errn);

#endif
