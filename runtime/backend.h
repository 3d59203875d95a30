/* backend.h: the vtable every device implements.
 *
 * The executor (exec.c) knows only this interface.  A backend owns a device
 * context; device memory is an opaque handle, addressed by byte offsets from
 * the arena base (the plan is static: every tensor, every kernel argument is
 * an offset).  Every entry returns 0, or -1 with a message in err; entries
 * marked optional may be NULL and the executor falls back.
 *
 *   cpu/backend_cpu.c    C kernels compiled by the system compiler into a
 *                        shared object cached on disk and loaded with
 *                        dlopen; OpenMP threads; OpenBLAS sgemm for MATMUL
 *                        launches
 *   cuda/                NVRTC kernels, cuBLASLt matmuls (cuda/backend_cuda.h)
 *
 * A new device adds a folder runtime/DEVICE/ with a g23_backend_t, its name
 * below and one row in the table of exec.c (in order of preference for
 * --device auto).
 */
#ifndef G23_BACKEND_H
#define G23_BACKEND_H

#include "runtime/runtime.h"

typedef struct g23_backend_ctx g23_backend_ctx_t;

typedef struct g23_backend {
  const char *name; /* "cpu", "cuda" */
  /* Whether the device exists on this machine (for --device auto); NULL =
   * always. */
  bool (*available)(void);
  /* Create a context for plan: thread counts, device selection.  On failure
   * nothing is left to close, and err says why the device cannot run. */
  int (*init)(g23_backend_ctx_t **ctx, const g23_plan_t *plan, const g23_runtime_opts_t *o, char *err,
              size_t errn);
  /* Compile (or fetch from the cache) and load every kernel of the plan. */
  int (*compile)(g23_backend_ctx_t *ctx, char *err, size_t errn);
  /* Device memory of nbytes, aligned to 64, zero-filled. */
  int (*alloc)(g23_backend_ctx_t *ctx, size_t nbytes, void **mem, char *err, size_t errn);
  void (*free)(g23_backend_ctx_t *ctx, void *mem);
  /* Host <-> device copies at byte offset off of mem. */
  int (*copy_in)(g23_backend_ctx_t *ctx, void *mem, size_t off, const void *src, size_t n, char *err, size_t errn);
  int (*copy_out)(g23_backend_ctx_t *ctx, const void *mem, size_t off, void *dst, size_t n, char *err,
                  size_t errn);
  /* Optional: set n bytes at off to zero (fallback: copy_in of zeros). */
  int (*zero)(g23_backend_ctx_t *ctx, void *mem, size_t off, size_t n, char *err, size_t errn);
  /* Queue launch l (kind KERNEL) or a matmul on arena base mem. */
  int (*launch)(g23_backend_ctx_t *ctx, void *mem, const g23_launch_t *l, char *err, size_t errn);
  int (*matmul)(g23_backend_ctx_t *ctx, void *mem, const g23_matmul_t *m, char *err, size_t errn);
  /* Wait for everything queued; optional for synchronous devices. */
  int (*synchronize)(g23_backend_ctx_t *ctx, char *err, size_t errn);
  /* Optional, for --profile: the seconds the last matmul spent in its
   * epilogue (bias, GELU, bias gradient) after the library's product. */
  double (*matmul_epilogue_s)(const g23_backend_ctx_t *ctx);
  /* Optional: collectives among the processes of a job (runtime.h).
   * comm_init joins the communicator; from then on every wait of the
   * backend for device work (synchronize, copies) that may wait for the
   * other ranks' collectives lasts at most timeout_s seconds (0: no limit),
   * after which the communicator is aborted and the wait fails; comm_mean
   * queues the mean over the ranks of n f32 ranges (byte offset off[i],
   * count[i] floats) of arena mem, in place, as one group, after the
   * launches queued so far (it may run beside later launches); comm_join
   * makes the launches queued after it wait for every mean queued before
   * it. */
  int (*comm_init)(g23_backend_ctx_t *ctx, int rank, int nranks, g23_bcast_fn_t bcast, void *bctx,
                   double timeout_s, char *err, size_t errn);
  int (*comm_mean)(g23_backend_ctx_t *ctx, void *mem, const size_t *off, const size_t *count, int n, char *err,
                   size_t errn);
  int (*comm_join)(g23_backend_ctx_t *ctx, char *err, size_t errn);
  /* Optional: whether compile found every kernel in the on-disk cache. */
  bool (*cache_hit)(const g23_backend_ctx_t *ctx);
  void (*close)(g23_backend_ctx_t *ctx);
  /* Optional: the n bytes at off are not needed until written again; the
   * device may give back the memory it can of them (reading them before then
   * gives unspecified bytes).  NULL: the memory is kept. */
  int (*release)(g23_backend_ctx_t *ctx, void *mem, size_t off, size_t n, char *err, size_t errn);
} g23_backend_t;

/* The backends, each in its folder (runtime/cpu/, runtime/cuda/), named
 * here so that the executor's table (exec.c) and the programs that ask
 * whether a device exists need not include a backend's own header. */
extern const g23_backend_t g23_backend_cpu, g23_backend_cuda;

/* The kernel cache directory: o->cache_dir, else $XDG_CACHE_HOME/gpt23,
 * else $HOME/.cache/gpt23.  Created (with parents) if missing.  Returns a
 * heap string or NULL with a message in err. */
char *g23_cache_dir(const g23_runtime_opts_t *o, char *err, size_t errn);

/* exec.c: reports of a backend's compile entry on stderr, for the program
 * named by g23_runtime_opts_t.progress (no-ops without it, and outside
 * g23_runtime_open's call of compile on this thread).  The plan's kernel
 * count comes from the plan being opened.
 *   cached: every kernel came from the cache at where
 *   begin:  nparts sources to compile (ncached more came from the cache);
 *           on a terminal a line ticks with the time and the parts done
 *   part_done: one part compiled (any thread)
 *   end:    the compilation finished (ok) or failed (an error follows) */
void g23_progress_cached(const char *where);
void g23_progress_begin(int nparts, int ncached);
void g23_progress_part_done(void);
void g23_progress_end(bool ok);

#endif
