/* sched.h: a graph's schedule, what the passes decide and code generation
 * renders.
 *
 * Fusion (passes/fusion.c) groups a graph's nodes into launches, memplan
 * (passes/memplan.c) gives every stored value its offset in the arena, and
 * codegen (codegen/codegen.h) renders each group as a kernel or a matmul
 * launch.  The schedule is IR-level data (node ids of one g23_graph_t), so
 * it sits here, where the passes and codegen both include it: the passes
 * call codegen, never the other way round.  g23_sched_free is the passes'
 * (passes/passes.h), which create schedules.
 */
#ifndef G23_SCHED_H
#define G23_SCHED_H

#include <stdbool.h>
#include <stdint.h>

#include "ir/ir.h"

typedef enum {
  G23_GROUP_ELEM,   /* elementwise ops over one shape: one flat loop */
  G23_GROUP_ROW,    /* elementwise ops and last-axis reductions, one row each */
  G23_GROUP_SINGLE, /* one move, indexing, cache or attention op */
  G23_GROUP_MATMUL, /* a matmul launch (with its epilogue, g23_epilogue_t) */
} g23_group_kind_t;

typedef struct {
  g23_group_kind_t kind;
  int *nodes; /* node ids in topological order */
  int nnodes;
  int64_t rows, cols; /* ROW: the rows and the length of the reduced axis;
                         ELEM: numel, 1 */
  /* MATMUL */
  int mm;        /* the MATMUL node */
  int mm_out;    /* the node whose buffer receives the result */
  int mm_bias;   /* bias node, or -1 */
  int mm_aux;    /* the pre-activation the epilogue writes (GELU_AUX_BIAS) or
                    reads (DGELU*), or -1 */
  int mm_bgrad;  /* the bias gradient (REDUCE_TO node) it writes, or -1 */
  int epilogue;  /* g23_epilogue_t (runtime/plan/plan.h) */
  int64_t temp_bytes; /* scratch that lives for this group's launches only */
  int64_t tail_bytes; /* SINGLE: bytes stored past its node's value, in the
                         same buffer and for as long (an ATTENTION read by
                         its backward: the rows' log-sum-exp, g23_attn_lse) */
} g23_group_t;

typedef struct g23_sched {
  g23_group_t *groups; /* in launch order: a group reads only earlier ones */
  int ngroups;
  int n;               /* nodes in the graph */
  int *group_of;       /* [n] node -> group, -1 for leaves and views */
  bool *stored;        /* [n] the value lives in a buffer */
  bool *folded;        /* [n] a PERMUTE or SLICE that no kernel computes:
                          every reader is a move that loads through it
                          (g23_layout_of); no group, no buffer; alias as a
                          view's */
  bool *rowlevel;      /* [n] a value of shape [..., 1] inside a ROW group */
  int *alias;          /* [n] node whose buffer holds the value (itself, a
                          view's base, an in-place op's target), resolved */
  int64_t *offset;     /* [n] bytes from the arena base of alias's buffer, -1 */
  int64_t *temp_off;   /* [ngroups] offset of the group's scratch, -1 */
  int64_t scratch_bytes;
} g23_sched_t;

/* ---- layouts of move chains (ir/layout.c) ----------------------------------
 *
 * Where the elements of a value lie in the buffer of the stored value it is
 * read from, through views (RESHAPE) and folded moves (PERMUTE, SLICE).
 * The value's flat index, written in mixed radix over `atoms` (row-major,
 * the outermost first; extents > 1), gives the element
 *     root[offset + sum_i digit_i * stride_i];
 * dimension d of the value's shape owns atoms [first[d], first[d + 1]).  A
 * contiguous dimension is one atom; a dimension merged by a RESHAPE from
 * dims that are not contiguous with each other (a permuted head axis
 * flattened back into channels) has several. */
#define G23_LAYOUT_ATOMS 16

typedef struct {
  int root;       /* the value whose buffer is read (not a view, not folded) */
  int64_t offset; /* elements from the root's start */
  int natoms;
  int64_t ext[G23_LAYOUT_ATOMS], stride[G23_LAYOUT_ATOMS];
  int first[G23_MAX_RANK + 1];
} g23_layout_t;

/* The layout of node v of g, going through views and nodes with folded[v]
 * (NULL: none) down to a root, which is read as contiguous row-major.
 * False where a step cannot be written so (a reshape that splits an atom
 * unevenly, a slice across atoms, too many atoms). */
bool g23_layout_of(const g23_graph_t *g, const bool *folded, int v, g23_layout_t *l);

/* The moves that load their input through its layout (render.c's
 * move_elem): fusion folds chains of them, and an elementwise kernel's
 * column loop follows their runs. */
static inline bool g23_is_layout_move(g23_op_t op) {
  return op == G23_OP_PERMUTE || op == G23_OP_SLICE || op == G23_OP_PAD || op == G23_OP_CONCAT;
}

/* Whether MATMUL node mm is planned as one 2-D product (batch 1): its output
 * is a matrix, or it is a batch of products with one shared (rank-2) B and
 * an untransposed A, whose rows then follow each other in memory (every IR
 * value is contiguous row-major): one tall product of batch x m rows.
 * Fusion decides epilogues by it and codegen lays out the launch by it, so
 * both read this one definition. */
static inline bool g23_matmul_is_tall(const g23_graph_t *g, int mm) {
  const g23_node_t *n = &g->nodes[mm];
  return n->rank == 2 || (g->nodes[n->in[1]].rank == 2 && !n->iattr[0]);
}

/* Byte offset from an ATTENTION node's value to the log-sum-exp of its
 * query rows (float [B*H*T], stored past the value when fusion gave its
 * group a tail: its backward reads them), or -1 where there is none. */
static inline int64_t g23_attn_lse(const g23_graph_t *g, const g23_sched_t *s, int att) {
  int gi = s->group_of[att];
  if (g->nodes[att].op != G23_OP_ATTENTION || gi < 0 || s->groups[gi].tail_bytes <= 0) return -1;
  return g23_numel(&g->nodes[att]) * (int64_t)sizeof(float);
}

#endif
