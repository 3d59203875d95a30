/* codegen.h: kernel source generation, one renderer with two dialects.
 *
 *   dialect.c    the dialect table (C with OpenMP, CUDA C) and the text
 *                before the first kernel of each source
 *   render.c     elementwise and row kernels, moves, indexing, cache
 *                writes, matmul launches; assembling both sources
 *   attention.c  attention forward and backward kernels
 *   kernels.c    kernel sources from the hand-written kernel files
 *   kernels/     the hand-written kernel files, embedded as text
 *                (kernels.h; kernel_text.c is generated)
 *
 * Every kernel is a function of the arena base only (runtime/plan/plan.h):
 * offsets and sizes are literals.  Each starts with a comment naming the
 * ops it fused and their shapes.  The C dialect parallelises with
 * `#pragma omp parallel for` over elements or rows; the CUDA dialect maps
 * elements to threads and rows to blocks (block reductions with warp
 * shuffles and shared memory), with the geometry in the plan's launches.
 */
#ifndef G23_CODEGEN_H
#define G23_CODEGEN_H

#include "ir/sched.h"
#include "runtime/plan/plan.h"
#include "codegen/kernels/limits.h"

/* A dialect is a table of what a target's kernels are made of: the text
 * of its parallel constructs and the capabilities that choose between the
 * renderer's ways of writing a kernel.  The renderer tests capabilities,
 * never which dialect it writes.  A new backend adds a table here
 * (g23_dialects), a kernels folder for its hand-written files, and a
 * backend file in the runtime that compiles the source named `name`.
 *
 * Text fields are printf formats where noted; a "" text is a construct the
 * dialect does not need. */

/* How a dialect's attention kernels are written (attention.c). */
typedef enum {
  G23_ATT_TILES, /* OpenMP over tiles of rows; tile products in SIMD lanes (kernels/attention.h) */
  G23_ATT_FLASH, /* a block of warps per tile; keys staged in shared memory, warp
                    shuffles, online softmax (flash-attention style) */
} g23_att_family_t;

/* How scatter_add (an embedding's gradient) is written. */
typedef enum {
  G23_SCATTER_COLUMN_BLOCKS, /* the output zeroed, then each thread adds every input row, in
                                order, into its own block of 16 columns: each cache line
                                written by one thread */
  G23_SCATTER_COLUMNS,       /* one column per thread, every input row in order */
} g23_scatter_t;

typedef struct g23_dialect {
  const char *name;           /* the plan's name of the source (g23_plan_source): "c", "cuda" */
  const char *title;          /* "C", "CUDA": the preamble's comment */
  const char *const *kernels; /* the kernel files of the preamble (kernels.h), NULL-terminated */
  /* Parallel constructs. */
  const char *kernel_head;   /* printf format, %s = kernel name */
  const char *par;           /* before a loop worth running on every thread */
  const char *flat_begin;    /* %lld = count: a parallel loop defining int64_t idx, opens a block */
  const char *row_begin;     /* %lld = rows: one row per iteration/block, defines int64_t r */
  const char *col_begin;     /* %lld = cols: this thread's columns of the row, defines int64_t col */
  const char *row_sum;       /* %s twice: combine a float across the row's threads; "": one
                                thread owns the row, its loop has the whole sum */
  const char *row_max;
  const char *row_barrier;   /* statement every thread of a row passes before one of them
                                stores the row's values; "": one thread owns the row */
  const char *one_begin;     /* opens a block that one thread of the row runs */
  const char *serial_begin;  /* opens a block that one thread of the launch runs */
  const char *acc_type;      /* accumulator of row reductions */
  const char *max_fn;        /* max of two accumulators */
  /* Capabilities. */
  bool simd;                 /* loops run in SIMD lanes (`omp simd`): flat loops, and a
                                row's column loops, reductions combined in a fixed order */
  bool split_long_row;       /* a kernel of one row of at least 4096 columns shares each
                                column loop among the threads (`omp parallel for`) */
  bool colsum_call;          /* a sum over leading dims (reduce_to) calls the preamble's
                                g23_rt_colsum (kernels/c_runtime.h) */
  g23_scatter_t scatter;
  g23_att_family_t attention;
  int att_max_head;          /* the widest head its attention kernels take; 0: any.  A
                                wider one's kernel is an #error in the source */
} g23_dialect_t;

extern const g23_dialect_t g23_dialect_c, g23_dialect_cuda;
#define G23_NDIALECTS 2
extern const g23_dialect_t *const g23_dialects[G23_NDIALECTS];

/* Text before the first kernel: the epilogue codes and the dialect's kernel
 * files (kernels.h), e.g. includes or type definitions, G23_FN, the prelude,
 * and the dialect's helpers (block reductions). */
void g23_codegen_preamble(g23_buf_t *b, const g23_dialect_t *dl, const char *model);

/* Renders every group of every graph of m into plan: kernels, launches,
 * both sources, kernel and matmul counts.  scheds must be memory-planned.
 * Returns 0 or -1 (reported through d). */
int g23_codegen(const g23_module_t *m, const g23_sched_t *scheds, g23_plan_t *plan, g23_diag_t *d);

/* Launches that group gi of s renders to (0 for none). */
int g23_group_launches(const g23_graph_t *g, const g23_sched_t *s, int gi);

/* ---- shared by the renderers ---------------------------------------------- */

typedef struct g23_cg {
  g23_buf_t src[G23_NDIALECTS];
  G23_VEC(g23_kernel_t) kernels;
  G23_VEC(g23_launch_t) launches; /* of the graph being rendered */
  const char *graph_name;
  const g23_graph_t *g;
  const g23_sched_t *s;
  int nkernel_launches;
  /* Per-node scratch of the renderers, allocated once per graph (a kernel
   * touches only its own nodes and inputs, so clearing g->n entries per
   * kernel would make code generation quadratic in the model's depth):
   * stamps compared with a counter that never repeats within a graph. */
  int *col_stamp, *row_stamp, *phase, stamp;
  bool *need;
} g23_cg_t;

/* Starts kernel `what` (a short op name) of the current graph: writes the
 * comment and the head in every dialect, records it in cg->kernels and a
 * launch of grid x block threads with shmem bytes.  Returns the kernel's
 * name (owned by cg). */
const char *g23_cg_kernel(g23_cg_t *cg, const char *what, const char *comment, int64_t grid, int block, int shmem);
/* The dialect's parallel-loop prefix when a loop does `work` elements of
 * work: small loops run on one thread, where waking a team costs more. */
void g23_par(g23_buf_t *b, const g23_dialect_t *dl, int64_t work);
/* "float" or "int32_t". */
const char *g23_ctype(g23_dtype_t t);
/* A float literal that C and CUDA parse identically ("1.0f", "G23_INF"). */
void g23_flit(g23_buf_t *b, double v);
/* "((float *)(base + OFF))" for node id's buffer. */
void g23_ptr(g23_buf_t *b, const g23_cg_t *cg, int id);
/* "op [shape]" list of nodes for kernel comments. */
char *g23_describe_nodes(const g23_graph_t *g, const int *ids, int n);

/* attention.c */
void g23_cg_attention(g23_cg_t *cg, int v);
void g23_cg_attention_bwd(g23_cg_t *cg, int v, int gi);

#endif
