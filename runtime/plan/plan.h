/* plan.h: the compiled plan (plan.bin), what gpt23c writes and gpt23run runs.
 *
 *   plan.c      the in-memory plan: free, lookup
 *   planio.c    plan.bin writer and validating loader, --dump
 *
 * plan.bin layout (little endian):
 *   magic "G23PLAN\0" (8 bytes), u32 version, u32 flags, u64 payload bytes,
 *   u32 CRC-32 of the payload, 28 reserved zero bytes, then the payload:
 *   sections (hparams and AdamW constants, tensors, names tables, kernels,
 *   graphs, sources) each as
 *   u32 tag, u64 length, bytes.  The loader checks every size, offset, index
 *   and string against the file and the arena, and says what is wrong.
 *
 * Kernel ABI: every kernel is a function of the arena base pointer only;
 * buffer offsets are compiled into its source (the plan is static).
 *   C:     void NAME(char *base);          (parallelises itself with OpenMP)
 *   CUDA:  extern "C" __global__ void NAME(char *base);
 *          launched with the launch's grid, block and shmem.
 */
#ifndef G23_PLAN_H
#define G23_PLAN_H

#include "ir/ir.h"

#define G23_PLAN_MAGIC "G23PLAN"  /* 8 bytes with its NUL */
#define G23_PLAN_VERSION 7u

typedef struct {
  char *name;        /* model-file name: "block.3.attention.qkv.w", "lr", "logits" */
  g23_dtype_t dtype;
  int rank;
  int64_t shape[G23_MAX_RANK];
  g23_role_t role;
  g23_init_t init;
  double init_arg;
  bool no_decay;
  int seq_axis;      /* INPUT, TARGET: the axis of the dim written `seq`
                        in the model (the token stream), else -1 */
  int64_t index_bound; /* INPUT, TARGET i32: its values must lie below it (the rows
                          of the tables it indexes, g23_index_bound); 0:
                          nothing indexes with it */
  int graph;         /* -1: persistent (params, optimizer state, KV caches);
                        else the g23_graph_kind_t whose input/output/scalar it is */
  int64_t offset;    /* bytes from the arena base, aligned to 64 */
  int64_t nbytes;
  int32_t grad_final; /* GRAD: the number of launches of TRAIN after which
                         its value is final (its last writer's index + 1);
                         0: not known, or not a gradient
                         (docs/distributed.md) */
} g23_plan_tensor_t;

typedef enum { G23_LAUNCH_KERNEL, G23_LAUNCH_MATMUL } g23_launch_kind_t;

/* What a matmul does to its result P = alpha op(A) op(B) + beta C before
 * (and besides) storing it; row index i < m, column j < n:
 *
 *   NONE           C = P
 *   BIAS           C = P + bias[j]
 *   GELU_BIAS      C = gelu(P + bias[j])
 *   GELU_AUX_BIAS  aux = P + bias[j], C = gelu(aux): the forward of a
 *                  trained GELU layer keeps its pre-activation for the backward
 *   DGELU          C = P * gelu'(aux): aux is that pre-activation, read
 *   DGELU_BGRAD    as DGELU, and bgrad[j] = sum over i of C[i, j]
 *   BGRAD          C = P, and bgrad[j] = sum over p < k of B[p, j], B not
 *                  transposed: the bias gradient beside a weight gradient
 *                  dW = X^T . dY
 *
 * gelu is the tanh form of ir/prelude.h.  aux is an m x n row-major matrix
 * with leading dimension ldaux; bgrad holds n floats.  The last four need
 * batch 1 (a bias gradient sums every row: a batch with a shared weight is
 * planned as one tall matmul). */
typedef enum {
  G23_EPI_NONE,
  G23_EPI_BIAS,
  G23_EPI_GELU_BIAS,
  G23_EPI_GELU_AUX_BIAS,
  G23_EPI_DGELU,
  G23_EPI_DGELU_BGRAD,
  G23_EPI_BGRAD,
  G23_EPI_COUNT
} g23_epilogue_t;

/* What epilogue e reads or writes besides C. */
static inline bool g23_epi_reads_bias(int e) {
  return e == G23_EPI_BIAS || e == G23_EPI_GELU_BIAS || e == G23_EPI_GELU_AUX_BIAS;
}
static inline bool g23_epi_has_aux(int e) {
  return e == G23_EPI_GELU_AUX_BIAS || e == G23_EPI_DGELU || e == G23_EPI_DGELU_BGRAD;
}
static inline bool g23_epi_writes_bgrad(int e) { return e == G23_EPI_DGELU_BGRAD || e == G23_EPI_BGRAD; }
/* "none", "bias", "gelu_bias", "gelu_aux_bias", "dgelu", "dgelu_bgrad",
 * "bgrad"; "?" for others. */
const char *g23_epilogue_name(int e);

/* C[b] (m x n) = alpha * op(A[b]) (m x k) * op(B[b]) (k x n) + beta * C[b],
 * row-major, b in [0, batch); op = transpose when trans*; leading dims and
 * batch strides in elements (stride 0: shared by every batch item); then
 * the epilogue (above). */
typedef struct {
  int64_t m, n, k, batch;
  int32_t transa, transb;
  int64_t off_a, off_b, off_c, off_bias; /* bytes from the arena base */
  int64_t lda, ldb, ldc;
  int64_t stride_a, stride_b, stride_c;
  float alpha, beta;
  int32_t epilogue; /* g23_epilogue_t */
  int64_t off_aux, ldaux; /* the aux matrix (epilogues with aux) */
  int64_t off_bgrad;      /* the bias gradient (epilogues with bgrad) */
} g23_matmul_t;

typedef struct {
  g23_launch_kind_t kind;
  int32_t kernel;   /* KERNEL: index into plan->kernels */
  int64_t grid[3];  /* CUDA launch geometry (the C kernels ignore it) */
  int32_t block[3];
  int32_t shmem;
  g23_matmul_t mm;  /* MATMUL */
} g23_launch_t;

typedef struct {
  char *name;    /* function name in both sources */
  char *comment; /* the ops it fused and their shapes */
  int32_t joins; /* 1: it ends work that the launch before it began, split
                    between the two otherwise in each dialect (the attention
                    backward: all of it in C's first kernel, dq then dk and
                    dv in CUDA's), so that a device's state matches another's
                    after this launch, not between the two */
} g23_kernel_t;

typedef struct {
  g23_launch_t *launches;
  int nlaunch;
  int nkernels;          /* generated-kernel launches (stats) */
  int nmatmuls;
  int64_t scratch_bytes; /* this graph's activations at their peak */
  int32_t grad_cut;      /* TRAIN: the number of launches after which every
                            parameter gradient is final and before which none
                            is read (the all-reduce of data-parallel training
                            goes there); 0: no such point, or not TRAIN */
} g23_plan_graph_t;

/* One kernel source: every kernel of the plan in one translation unit of a
 * dialect, named as the compiler's dialect table names it ("c", "cuda").
 * A backend asks for its own by name (g23_plan_source); a source of a
 * dialect no backend of this runtime knows is carried, not refused. */
typedef struct {
  char *dialect;
  char *text;
} g23_plan_source_t;

typedef struct g23_plan {
  uint32_t version;
  char *model_name;
  g23_hparam_t *hparams;
  int nhparams;
  g23_plan_tensor_t *tensors;
  int ntensors;
  g23_plan_graph_t graphs[G23_GRAPH_COUNT];
  bool has_graph[G23_GRAPH_COUNT];
  g23_kernel_t *kernels;
  int nkernels;
  g23_plan_source_t *sources; /* distinct dialects */
  int nsources;
  int64_t arena_bytes;      /* persistent_bytes + max scratch over graphs */
  int64_t persistent_bytes; /* params, gradients, optimizer state, KV caches */
  /* peak bytes by kind (stats) */
  int64_t bytes_params, bytes_grads, bytes_optstate, bytes_kvcache, bytes_activations;
  /* The AdamW constants compiled into the training graph's update; the
   * runtime's bias corrections 1 - beta^t must use the same betas. */
  g23_adamw_t adamw;
  bool incremental_decode;
  bool classifier;
  int64_t max_seq, vocab, batch, seq;
  /* The model's names tables (ir.h), for --init-from and --export-names;
   * every PARAM and TIED entry names a persistent parameter of the plan. */
  g23_names_t *names;
  int nnames;
} g23_plan_t;

/* Whether launch i of graph g is a kernel that joins the launch before it
 * (g23_kernel_t): a device's state matches another's only after it. */
static inline bool g23_launch_joins(const g23_plan_t *p, const g23_plan_graph_t *g, int i) {
  return i < g->nlaunch && g->launches[i].kind == G23_LAUNCH_KERNEL && p->kernels[g->launches[i].kernel].joins;
}

void g23_plan_free(g23_plan_t *p);
/* Tensor by name in graph (or -1 for persistent); NULL if absent. */
const g23_plan_tensor_t *g23_plan_find(const g23_plan_t *p, const char *name, int graph);
/* The first tensor of graph with role (in plan order), or NULL. */
const g23_plan_tensor_t *g23_plan_find_role(const g23_plan_t *p, int graph, g23_role_t role);
/* The names table called name, or NULL. */
const g23_names_t *g23_plan_names(const g23_plan_t *p, const char *name);
/* The kernel source of dialect ("c", "cuda"), or NULL if the plan has none. */
const char *g23_plan_source(const g23_plan_t *p, const char *dialect);
/* Sets the source of dialect to text (taking it; NULL removes it). */
void g23_plan_set_source(g23_plan_t *p, const char *dialect, char *text);
/* Value of hyperparameter name, or dflt. */
double g23_plan_hparam(const g23_plan_t *p, const char *name, double dflt);

/* Serialise to bytes (malloc'd). */
int g23_plan_serialize(const g23_plan_t *p, char **data, size_t *len);
/* Write atomically to path. 0 or -1 with a message in err. */
int g23_plan_save(const g23_plan_t *p, const char *path, char *err, size_t errn);
/* Validate and load; on failure returns -1 with a message saying what is
 * wrong (and a hint for a version mismatch) in err; never crashes. */
int g23_plan_parse(const char *data, size_t len, g23_plan_t *p, char *err, size_t errn);
int g23_plan_load(const char *path, g23_plan_t *p, char *err, size_t errn);
/* Human-readable description (gpt23c --dump). */
void g23_plan_describe(FILE *f, const g23_plan_t *p);

#endif
