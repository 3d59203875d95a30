/* ir.h: the dataflow-graph IR of gpt23, and the API of every file in ir/.
 *
 * A graph is an array of nodes in topological order (a node's inputs always
 * have smaller ids).  Shapes are static and row-major; every node carries the
 * source location it came from, so any pass can report an error at the line
 * of the model file that caused it.
 *
 *   ir.c        building nodes, shape and dtype inference, the verifier
 *   dump.c      text (--emit ir) and Graphviz (--emit dot) dumps
 *   eval.c      the float64 reference evaluator (the oracle of every test)
 *   autodiff.c  reverse mode: one gradient rule per op, IR -> IR
 *   optim.c     AdamW and global gradient-norm clipping as graph ops
 *   sexpr.c     attention score expressions: evaluate, differentiate, print
 *   sched.h     a graph's schedule: what the passes decide, codegen renders
 *
 * The helpers and diagnostics every layer uses are util/util.h and
 * util/diag.h.
 */
#ifndef G23_IR_H
#define G23_IR_H

#include "util/diag.h"
#include "util/util.h"

#define G23_MAX_RANK 6

typedef enum { G23_F32, G23_BF16, G23_F16, G23_I32, G23_DTYPE_COUNT } g23_dtype_t;
const char *g23_dtype_name(g23_dtype_t t); /* "f32" ... */
int g23_dtype_size(g23_dtype_t t);         /* bytes */

typedef enum {
  G23_CLASS_LEAF,     /* no inputs: INPUT PARAM STATE CONST */
  G23_CLASS_ELEMWISE, /* out[idx] = f(inputs broadcast to out's shape at idx) */
  G23_CLASS_REDUCE,   /* reduce the last axis to size 1 */
  G23_CLASS_VIEW,     /* shares its input's buffer (RESHAPE) */
  G23_CLASS_MOVE,     /* copies elements to new positions */
  G23_CLASS_MATMUL,
  G23_CLASS_SPECIAL,  /* its own kernel: gather, scatter, attention ... */
} g23_opclass_t;

enum {
  G23_F_NOGRAD = 1 << 0,  /* no gradient flows through it */
  G23_F_INPLACE = 1 << 1, /* the output is in0's buffer, updated in place */
  G23_F_FUNC = 1 << 2,    /* unary elementwise: the language's builtin name(x) */
  G23_F_INT = 1 << 3,     /* elementwise: i32 inputs alone give an i32 result
                             (else f32) */
  G23_F_NOFOLD = 1 << 4,  /* elementwise: simplify does not fold it on constants */
};

typedef enum {
#define X(e, ...) G23_OP_##e,
#define E(e, ...) G23_OP_##e,
#include "ops.def"
#undef X
#undef E
  G23_OP_COUNT
} g23_op_t;

typedef struct {
  const char *name;
  g23_opclass_t cls;
  int nin;
  unsigned flags;
  const char *c_template;
} g23_opinfo_t;
extern const g23_opinfo_t g23_ops[G23_OP_COUNT];

/* What a tensor is to the runtime. */
typedef enum {
  G23_ROLE_ACT,    /* intermediate value */
  G23_ROLE_INPUT,  /* token ids and other data fed each step */
  G23_ROLE_TARGET, /* training targets */
  G23_ROLE_SCALAR, /* run-time scalar: "lr", "step", "seed", "pos", ... */
  G23_ROLE_PARAM,
  G23_ROLE_GRAD,   /* gradient of a parameter (name "grad:" + param name) */
  G23_ROLE_OPTSTATE, /* AdamW moments ("adam_m:" / "adam_v:" + name) */
  G23_ROLE_KVCACHE,
  G23_ROLE_OUTPUT, /* a graph output: "loss", "logits", "grad_norm" */
  G23_ROLE_HOISTED, /* generation state PREFILL computes for DECODE from values
                       fixed for a whole generation ("hoisted.<k>", hoist.c) */
  G23_ROLE_COUNT
} g23_role_t;
const char *g23_role_name(g23_role_t r);

/* Parameter initialisers. */
typedef enum {
  G23_INIT_NONE,   /* not a parameter, or filled by the runtime */
  G23_INIT_ZEROS,
  G23_INIT_ONES,
  G23_INIT_NORMAL, /* mean 0, std = init_arg */
  G23_INIT_CONST,  /* every element = init_arg */
  G23_INIT_ALIBI,  /* ALiBi slopes for a [n_head] tensor: 2^(-8 (h+1) / n_head) */
} g23_init_t;

/* An attention score modification: a scalar expression of the raw score s,
 * the absolute query and key positions i and j, the head h, numbers (hyper-
 * parameters are folded to numbers by the front end) and extra tensors read
 * at [h] (shape [H]) or [0] (shape [1]). */
typedef enum {
  G23_SX_NUM, G23_SX_S, G23_SX_I, G23_SX_J, G23_SX_H,
  G23_SX_EXTRA, /* extra tensor `extra` (index into the node's extras) */
  G23_SX_OP,    /* an ELEMWISE op from ops.def applied to a, b, c */
} g23_sxkind_t;
typedef struct g23_sexpr {
  g23_sxkind_t kind;
  g23_op_t op;       /* SX_OP */
  double num;        /* SX_NUM */
  int extra;         /* SX_EXTRA */
  bool per_head;     /* SX_EXTRA: read extra[h] (else extra[0]) */
  struct g23_sexpr *a, *b, *c;
} g23_sexpr_t;

typedef struct g23_node {
  g23_op_t op;
  g23_dtype_t dtype;
  int rank;
  int64_t shape[G23_MAX_RANK];
  int nin;
  int *in;            /* input node ids, all < this node's id */
  int64_t iattr[G23_MAX_RANK + 2]; /* per op, see ops.def */
  double fattr[2];
  g23_sexpr_t *score; /* ATTENTION*: NULL = the raw score */
  g23_role_t role;
  char *name;         /* tensor name; required for leaves and outputs */
  g23_init_t init;
  double init_arg;
  bool no_decay;      /* PARAM: no weight decay (norms, biases) */
  int seq_axis;       /* INPUT leaves: the axis of the dim written `seq`, -1 none */
  g23_loc_t loc;
  int frame;          /* the layer call it was built in (g23_diag_frame of the
                         diagnostics engine that lowered it; 0: top level) */
} g23_node_t;

typedef enum { G23_GRAPH_TRAIN, G23_GRAPH_EVAL, G23_GRAPH_PREFILL, G23_GRAPH_DECODE, G23_GRAPH_COUNT } g23_graph_kind_t;
const char *g23_graph_kind_name(g23_graph_kind_t k); /* "train" "eval" "prefill" "decode" */

typedef struct g23_graph {
  g23_graph_kind_t kind;
  g23_node_t *nodes;
  int n, cap;
  int *outputs;  /* node ids of role OUTPUT (plus INPLACE updates are kept alive) */
  int nout;
  int frame;     /* stamped on every node added (g23_node_t.frame) */
} g23_graph_t;

/* A hyperparameter after -D overrides and evaluation. */
typedef struct {
  char *name;
  bool is_float;
  double value;
} g23_hparam_t;

/* A names table of the model (`names hf { ... }`, docs/language.md): the
 * names another framework gives the parameters, expanded for this model's
 * parameters by the front end.  PARAM: the one name of `param` in the table
 * (every parameter has exactly one); TIED: a second name of `param`, which
 * a file may hold as a copy (loaded: checked equal to the first; exported:
 * left out); SKIP: a pattern of that framework's tensors that are not
 * parameters (`{i}` matches one or more digits), skipped on load. */
typedef enum { G23_XNAME_PARAM, G23_XNAME_TIED, G23_XNAME_SKIP, G23_XNAME_KIND_COUNT } g23_xname_kind_t;
typedef struct {
  int32_t kind; /* g23_xname_kind_t */
  char *name;   /* theirs: "h.0.attn.c_attn.weight"; SKIP: a pattern */
  char *param;  /* ours: "h.0.attn.qkv.w"; NULL for SKIP */
} g23_xname_t;
typedef struct {
  char *name;   /* the table's name: "hf" */
  char *prefix; /* a prefix their files may put before every name ("transformer."), or NULL */
  g23_xname_t *v;
  int n;
} g23_names_t;

void g23_names_free(g23_names_t *t, int n);

/* Everything compiled from one model file. */
typedef struct g23_module {
  char *model_path;
  g23_hparam_t *hparams;
  int nhparams;
  g23_graph_t graphs[G23_GRAPH_COUNT];
  bool has_graph[G23_GRAPH_COUNT];
  /* DECODE is incremental (KV cache) only when every sequence-mixing op is
   * an attention; otherwise generation re-runs PREFILL on the window. */
  bool incremental_decode;
  int64_t max_seq;    /* context length of the generation graphs */
  int64_t vocab;      /* size of the logits' last axis (classes for a classifier) */
  int64_t batch, seq; /* the training graph's batch and seq dims */
  bool classifier;    /* target is a class label per sequence ("classify from") */
  g23_names_t *names; /* the model's names tables, in order of declaration */
  int nnames;
} g23_module_t;

/* ---- ir.c: building and checking ---------------------------------------- */
void g23_graph_init(g23_graph_t *g, g23_graph_kind_t kind);
void g23_graph_free(g23_graph_t *g);
void g23_module_free(g23_module_t *m);

/* Add a node; inputs are copied.  Infers shape and dtype from the inputs and
 * attributes for every op except leaves, RESHAPE, EXPAND, PAD, REDUCE_TO,
 * SCATTER_ADD and CONST, whose shape the caller passes (rank/shape; ignored
 * otherwise).  On a shape or dtype error reports it at loc through d and
 * returns -1 (callers propagate -1; a -1 input yields -1 silently). */
int g23_add(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, g23_op_t op,
            const int *in, int nin, const int64_t *iattr, int niattr,
            const double *fattr, int rank, const int64_t *shape);
/* Convenience wrappers over g23_add. */
int g23_leaf(g23_graph_t *g, g23_loc_t loc, g23_op_t op, g23_role_t role, const char *name,
             g23_dtype_t dt, int rank, const int64_t *shape);
int g23_const(g23_graph_t *g, g23_loc_t loc, double value, int rank, const int64_t *shape);
int g23_unary(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, g23_op_t op, int a);
int g23_binary(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, g23_op_t op, int a, int b);
int g23_reshape(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, int a, int rank, const int64_t *shape);
int g23_permute(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, int a, const int *perm);
int g23_matmul(g23_graph_t *g, g23_diag_t *d, g23_loc_t loc, int a, int b, bool ta, bool tb);
/* Mark node id as a graph output named name (sets role OUTPUT). */
void g23_graph_output(g23_graph_t *g, int id, const char *name);

int64_t g23_numel(const g23_node_t *n);
/* The bound below which the values of the i32 node id must lie for the uses
 * that index with them: the rows of a table it gathers from or scatters
 * into, the width of a one_hot; followed through the views and moves that
 * pass values on unchanged.  The least over those uses; 0 if none indexes. */
int64_t g23_index_bound(const g23_graph_t *g, int id);
/* ATTENTION, ATTN_BWD, ATTN_BWD_EXTRA: the input index of the first score
 * extra (after q k v pos, the backward's o and do, and the dropout seed
 * when the node has attention dropout, fattr[0] > 0; ops.def). */
int g23_attn_first_extra(const g23_node_t *n);
/* Broadcast shapes a and b (numpy rules) into out; false if incompatible. */
bool g23_broadcast_shape(int ra, const int64_t *a, int rb, const int64_t *b, int *rout, int64_t *out);
/* "[2, 3, 4]" into buf. */
const char *g23_shape_str(int rank, const int64_t *shape, char *buf, size_t n);

/* Structural checks of invariants (topological order, arities, shapes agree
 * with the rules, roles).  Returns 0 or reports through d and returns -1.
 * Run after every pass in debug builds. */
int g23_verify(const g23_graph_t *g, g23_diag_t *d);

/* Copy of a graph (deep). */
void g23_graph_copy(g23_graph_t *dst, const g23_graph_t *src);

/* ---- dump.c ------------------------------------------------------------- */
void g23_dump_ir(FILE *f, const g23_graph_t *g);
void g23_dump_dot(FILE *f, const g23_graph_t *g);

/* ---- eval.c: float64 reference evaluator --------------------------------- */
/* Values of every node as float64 (i32 values stored as doubles).  Leaves are
 * read from `leaves` by node id (values[id] must be preset for INPUT, PARAM and
 * STATE nodes, numel(node) doubles each); every other node is computed.  In-
 * place ops (ASSIGN, CACHE_WRITE) write into the leaf's array too.
 * Returns 0, or -1 on an internal error. */
typedef struct {
  double **values; /* [g->n], owned */
  int n;
} g23_eval_t;
int g23_eval(const g23_graph_t *g, g23_eval_t *ev);
void g23_eval_free(g23_eval_t *ev);
/* The same counter-based generator the kernels use: uniform in [0, 1). */
double g23_rng_uniform(uint32_t seed, uint32_t stream, uint64_t idx);

/* ---- autodiff.c ---------------------------------------------------------- */
/* Appends to g the gradient of the scalar node `loss` (numel 1) with respect
 * to every PARAM node; grads[i] receives the gradient node id for params[i]
 * (a CONST 0 node when the loss does not depend on it).  Gradients of a value
 * used several times are summed; tied weights are one PARAM node and so get
 * one summed gradient.  Returns 0 or -1 (reported through d). */
int g23_autodiff(g23_graph_t *g, g23_diag_t *d, int loss, const int *params, int nparams, int *grads);

/* ---- optim.c ------------------------------------------------------------- */
typedef struct {
  double beta1, beta2, eps; /* defaults: G23_ADAMW_DEFAULTS */
} g23_adamw_t;
#define G23_ADAMW_DEFAULTS {0.9, 0.95, 1e-8}
/* Appends global-norm clipping and the AdamW update of every PARAM node of g,
 * given their gradients.  Reads run-time scalars (role SCALAR, f32 [1]) "lr",
 * "weight_decay", "grad_clip" (<= 0: no clipping), "bias1" (1 - beta1^t) and
 * "bias2" (1 - beta2^t); weight decay is skipped for no_decay params;
 * outputs "grad_norm" (the norm before clipping).  Adds STATE nodes "adam_m:<name>" / "adam_v:<name>" and
 * ASSIGN updates for them and the params.  Returns 0 or -1. */
int g23_adamw_build(g23_graph_t *g, g23_diag_t *d, const g23_adamw_t *opt,
                    const int *params, const int *grads, int nparams);

/* ---- sexpr.c ------------------------------------------------------------- */
g23_sexpr_t *g23_sx_new(g23_sxkind_t kind);
g23_sexpr_t *g23_sx_op(g23_op_t op, g23_sexpr_t *a, g23_sexpr_t *b, g23_sexpr_t *c);
g23_sexpr_t *g23_sx_num(double v);
g23_sexpr_t *g23_sx_copy(const g23_sexpr_t *e);
void g23_sx_free(g23_sexpr_t *e);
double g23_sx_eval(const g23_sexpr_t *e, double s, double i, double j, double h,
                   const double *const *extras);
/* d e / d s, or d e / d extra[k] (wrt = -1 for s); simplified. */
g23_sexpr_t *g23_sx_diff(const g23_sexpr_t *e, int wrt);
/* C expression text; names of s, i, j, h and extras given by the caller:
 * extra_fmt is a printf format with %d for the extra index, e.g. "x%d". */
void g23_sx_render(g23_buf_t *b, const g23_sexpr_t *e, const char *s, const char *i,
                   const char *j, const char *h, const char *extra_fmt);
/* Largest extra index e reads, -1 if none. */
int g23_sx_max_extra(const g23_sexpr_t *e);
/* True when e reads extra k per head (extra[h]); false when at [0] or not at all. */
bool g23_sx_extra_per_head(const g23_sexpr_t *e, int k);

/* ---- eval.c: scalar semantics shared with sexpr.c ------------------------ */
/* The float64 value of an ELEMWISE op on scalars (unused inputs ignored);
 * the ops that need more than their inputs (POSITIONS, ONEHOT, DROPOUT) are
 * not scalar and assert. */
double g23_op_eval_f64(g23_op_t op, double a, double b, double c);

#endif
