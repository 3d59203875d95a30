/* lower.h: the front end's internal interfaces (not used outside frontend/).
 *
 *   load.c      reading files, include resolution, the parsed program
 *   lower.c     the evaluator: statements, environments, naming, entry points
 *   expr.c      the evaluator: expressions, layer and lambda calls
 *   values.c    arithmetic and indexing on values, node building, seq axes
 *   builtins.c  the builtin functions -> IR nodes (attention among them)
 *   bounds.c    indices known when compiling, against their tables
 *   names.c     names tables: other frameworks' names of the parameters
 *   frontend.c  hparams, -D overrides, the four graphs, the module
 *
 * Lowering is evaluation: the program runs once per graph with values that
 * are numbers (hyperparameter arithmetic, folded), tensors (IR node ids),
 * tuples, lists, lambdas and initialisers.  Loops unroll and layers inline
 * because they are simply executed.
 */
#ifndef G23_LOWER_H
#define G23_LOWER_H

#include "ir/ir.h"
#include "ast.h"
#include "frontend.h"

/* Limits that keep any input, however hostile, cheap to reject. */
#define G23_MAX_INLINE_DEPTH 64      /* nested layer / lambda calls */
#define G23_MAX_EVAL_DEPTH 2000      /* evaluator recursion */
#define G23_MAX_STACK ((size_t)3 << 20) /* bytes of C stack the evaluator may use */
#define G23_MAX_STEPS 1000000        /* statements + expressions evaluated per graph */
#define G23_MAX_NODES 1000000        /* nodes per graph (compile time is linear in it) */
#define G23_MAX_TENSOR_ELEMS ((int64_t)1 << 34)
#define G23_MAX_FILE_SIZE ((size_t)16 << 20)
#define G23_MAX_INCLUDE_DEPTH 32

/* ---- load.c --------------------------------------------------------------- */
typedef struct {
  g23_ast_arena_t arena;
  g23_ast_list_t stmts;  /* top level of the main file; INCLUDE nodes hold their file's */
  g23_ast_list_t layers; /* every layer definition, from every file */
  char **loaded;         /* real paths of the files read (each read once) */
  int nloaded;
} g23_program_t;

/* Parses text (registered with d as `name`) and every file it includes.
 * Returns 0 or -1 (errors reported). */
int g23_program_load(g23_program_t *prog, const g23_frontend_opts_t *o, const char *name, char *text,
                     size_t len, g23_diag_t *d);
void g23_program_free(g23_program_t *prog);

/* ---- values ---------------------------------------------------------------- */
typedef enum {
  G23_V_ERR,     /* an error was reported; propagates silently */
  G23_V_NONE,
  G23_V_BOOL,    /* i */
  G23_V_INT,     /* i */
  G23_V_FLOAT,   /* f */
  G23_V_STR,     /* str */
  G23_V_TENSOR,  /* id, seq_axis, scope */
  G23_V_TUPLE,   /* items, n */
  G23_V_LIST,    /* items, n */
  G23_V_LAMBDA,  /* ast, env */
  G23_V_INIT,    /* init, f */
  G23_V_COLLECT, /* col: a tensor being built by slice assignments */
  G23_V_SX,      /* sx: a symbolic score expression (inside attention lambdas) */
  G23_V_UNAVAIL, /* str: a target in a generation graph */
} g23_vkind_t;

typedef struct g23_env g23_env_t;
typedef struct g23_collect g23_collect_t;
typedef struct g23_value g23_value_t;

struct g23_value {
  g23_vkind_t kind;
  int64_t i;
  double f;
  int id;
  int seq_axis;      /* TENSOR: the axis holding sequence positions, -1 none */
  const char *scope; /* TENSOR: path of the layer instance that returned it */
  const char *str;
  g23_value_t *items;
  int n;
  const g23_ast_t *ast;
  g23_env_t *env;
  g23_init_t init;
  g23_collect_t *col;
  g23_sexpr_t *sx;
};

/* A naming scope: the path of a layer instance or repeat iteration, and the
 * names already claimed in it (params and instances). */
typedef struct {
  const char *path; /* "" at the top level */
  const char **used;
  int nused, cap;
} g23_scope_t;

typedef struct {
  const char *layer;
  g23_loc_t loc;
} g23_frame_t;

typedef struct {
  const char *name;
  int id;
} g23_named_id_t;

typedef struct {
  g23_diag_t *d;
  g23_graph_t *g; /* NULL while evaluating hparams */
  g23_graph_kind_t kind;
  const g23_program_t *prog;
  g23_ast_arena_t ar; /* values, environments and strings of this run */
  g23_env_t *consts;  /* hyperparameters */
  g23_env_t *top;     /* top-level variables */
  g23_env_t *env;     /* the environment being evaluated in */
  bool dropout_on;    /* TRAIN only */
  bool caches;        /* attention reads and writes KV caches */
  bool gen;           /* PREFILL or DECODE */
  int64_t gen_batch, gen_seq, max_seq;
  g23_loc_t gen_loc;  /* the generate / classify statement */
  int pos_id, seed_id;
  int dropout_streams;
  int64_t steps;
  int depth;
  uintptr_t stack_base; /* address of a frame above every evaluation */
  const g23_ast_t *call; /* the innermost call being evaluated, or NULL: where
                            a nesting limit is reported, whichever limit (depth
                            or C stack, whose frames differ between builds)
                            is hit first and at whichever node */
  bool aborted;      /* a limit was hit: stop evaluating */
  g23_frame_t frames[G23_MAX_INLINE_DEPTH];
  int nframes;
  int frame;         /* the innermost call as a g23_diag_frame (0: top level) */
  g23_scope_t *scope;
  g23_named_id_t *params;
  int nparams, capparams;
  g23_strmap_t param_index; /* name -> index in params */
  g23_strmap_t state_names; /* STATE nodes of g[0, states_indexed) by name */
  int states_indexed;
  g23_value_t ret;
  bool returned;
  /* Sequence mixing outside attention (see incremental_decode): the first
   * place, why (a phrase: "a sum along the sequence axis") and its layer
   * calls, for the note that decoding is not incremental. */
  bool seq_mixed;
  g23_loc_t mix_loc;
  const char *mix_why;
  int mix_frame;
  g23_loc_t call_loc; /* the builtin being called */
  /* Extras of the attention score being built (node ids). */
  int *sx_extras;
  int nsx_extras, sx_heads;
  g23_sexpr_t **sx_keep;
  int nsx_keep, capsx_keep;
  int loss_id, logits_id;
  bool have_loss, have_logits, have_gen_stmt, have_classify;
  int64_t logits_last;
} g23_lower_t;

/* ---- lower.c ------------------------------------------------------------ */
void g23_lower_init(g23_lower_t *L, g23_diag_t *d, const g23_program_t *prog, g23_graph_t *g,
                    g23_graph_kind_t kind);
void g23_lower_free(g23_lower_t *L);
/* Runs the program's top level into L->g. */
void g23_lower_run(g23_lower_t *L);

void g23_lerror(g23_lower_t *L, g23_loc_t loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Notes "in layer X called from here" for every active call, then, in a
 * generation graph, which one (g23_lower_graph_note). */
void g23_lower_notes(g23_lower_t *L);
/* In PREFILL and DECODE: a note at the generate / classify statement naming
 * the graph and its batch and seq, since an error found only there arises
 * from those sizes.  Nothing in TRAIN and EVAL. */
void g23_lower_graph_note(g23_lower_t *L);
g23_value_t g23_verr(void);
g23_value_t g23_vint(int64_t i);
g23_value_t g23_vfloat(double f);
g23_value_t g23_vtensor(int id, int seq_axis);
bool g23_is_num(const g23_value_t *v);
double g23_num(const g23_value_t *v);
const char *g23_vkind_name(g23_vkind_t k);
/* Binds (or rebinds) name in env. */
void g23_env_set(g23_lower_t *L, g23_env_t *env, const char *name, g23_value_t v);
g23_env_t *g23_env_new(g23_lower_t *L, g23_env_t *parent);
const g23_value_t *g23_env_get(const g23_env_t *env, const char *name);
/* A dimension: an integer in [1, 2^34]; reports at loc otherwise. */
bool g23_to_dim(g23_lower_t *L, const g23_value_t *v, g23_loc_t loc, const char *what, int64_t *out);
/* Materialises a value built by slice assignments. */
g23_value_t g23_collect_value(g23_lower_t *L, g23_value_t v, g23_loc_t loc);
char *g23_lower_strdup(g23_lower_t *L, const char *s);
/* The PARAM node named name in this graph, or -1. */
int g23_param_find(g23_lower_t *L, const char *name);
/* A string of the run's arena, printf-formatted. */
char *g23_lower_printf(g23_lower_t *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Counts work and nesting; false (after one report) once a limit is hit.
 * Each true return is paired with L->depth-- by the caller. */
bool g23_lower_enter(g23_lower_t *L, g23_loc_t loc);
/* The index of name in env itself (not its parents), or -1. */
int g23_env_find_local(const g23_env_t *env, const char *name);
/* A value as a condition (none, a boolean or a number); reports at loc
 * otherwise. */
bool g23_truthy(g23_lower_t *L, g23_value_t v, g23_loc_t loc, bool *out);
/* Naming (docs/language.md, "Tensor names"): a new scope at path; the name
 * base, or base_1, base_2 ..., claimed in the current scope; path.name. */
g23_scope_t *g23_scope_new(g23_lower_t *L, const char *path);
const char *g23_scope_claim(g23_lower_t *L, const char *base);
const char *g23_scope_join(g23_lower_t *L, const char *path, const char *name);
/* Runs a block of statements in the current environment. */
void g23_exec_block(g23_lower_t *L, const g23_ast_list_t *body);

/* ---- expr.c ---------------------------------------------------------------- */
g23_value_t g23_lower_eval(g23_lower_t *L, const g23_ast_t *e);
/* The same, with hint the name a layer instance called in e takes (the
 * variable it is assigned to), or NULL. */
g23_value_t g23_lower_eval_hint(g23_lower_t *L, const g23_ast_t *e, const char *hint);
/* Calls a lambda value with arguments. */
g23_value_t g23_call_lambda(g23_lower_t *L, const g23_value_t *fn, const g23_value_t *args, int nargs,
                            g23_loc_t loc);


/* ---- values.c ------------------------------------------------------------- */
/* Adds a node; -1 inputs give -1 silently; a failure found by ir.c gets the
 * call-stack notes.  Enforces the graph size and tensor size limits. */
int g23_node(g23_lower_t *L, g23_loc_t loc, g23_op_t op, const int *in, int nin, const int64_t *iattr,
             int niattr, const double *fattr, int rank, const int64_t *shape);
const g23_node_t *g23_nd(g23_lower_t *L, int id);
/* g23_node for an op of one or two inputs, a reshape, a constant. */
int g23_unary_node(g23_lower_t *L, g23_loc_t loc, g23_op_t op, int a);
int g23_binary_node(g23_lower_t *L, g23_loc_t loc, g23_op_t op, int a, int b);
int g23_reshape_node(g23_lower_t *L, g23_loc_t loc, int a, int rank, const int64_t *shape);
int g23_const_node(g23_lower_t *L, g23_loc_t loc, double v, int rank, const int64_t *shape);
/* The shared scalars of a graph ("pos", "seed"), created on first use. */
int g23_scalar_input(g23_lower_t *L, const char *name, g23_loc_t loc);
/* Records that positions of the sequence are combined outside attention
 * (why: a phrase, "a sum along the sequence axis"); the first such place is
 * where gpt23c's note points. */
void g23_seq_mixed(g23_lower_t *L, g23_loc_t loc, const char *why);
/* The seq axis of a broadcast result of rank r from an input of rank ra. */
int g23_bcast_axis(int seq, int ra, int r);
int g23_rank_of(g23_lower_t *L, const g23_value_t *v);
/* A score value holding e (kept until the lowering ends). */
g23_value_t g23_score_value(g23_lower_t *L, g23_sexpr_t *e);
/* A fresh (unshared) score expression for v, or NULL after an error. */
g23_sexpr_t *g23_to_score(g23_lower_t *L, const g23_value_t *v, g23_loc_t loc);
/* The score expression op(a, b, c) (b, c NULL for fewer inputs). */
g23_value_t g23_score_op(g23_lower_t *L, g23_op_t op, const g23_value_t *a, const g23_value_t *b,
                         const g23_value_t *c, g23_loc_t loc);
/* Elementwise op on tensors (or numbers promoted to [1]), with seq tracking. */
g23_value_t g23_elemwise(g23_lower_t *L, g23_op_t op, const g23_value_t *args, int n, g23_loc_t loc);
/* Arithmetic on any two values (numbers fold, tensors become nodes, symbolic
 * score values become score expressions).  op is a parser token. */
g23_value_t g23_binop(g23_lower_t *L, int op, g23_value_t a, g23_value_t b, g23_loc_t loc);
g23_value_t g23_negate(g23_lower_t *L, g23_value_t a, g23_loc_t loc);
/* Indexing x[items] (tensors, lists, tuples, per-head score reads). */
g23_value_t g23_index(g23_lower_t *L, g23_value_t base, const g23_ast_t *idx);

/* ---- builtins.c --------------------------------------------------------- */
/* Is name a builtin function? */
bool g23_builtin_exists(const char *name);
/* Calls builtin `name` with evaluated arguments (named ones have names[i] != NULL). */
g23_value_t g23_builtin_call(g23_lower_t *L, const char *name, const g23_ast_t *call, g23_value_t *args,
                             const char **names, int nargs);

/* ---- bounds.c ------------------------------------------------------------ */
/* Reports (located, with the layer calls and the graph) a gather or one_hot
 * in L->g whose indices are known when compiling and reach outside the
 * table's rows (the classes); m gives the hparams named in the hint.
 * Returns 0 or -1. */
int g23_check_bounds(g23_lower_t *L, const g23_module_t *m);

/* ---- names.c ---------------------------------------------------------------- */
/* Expands every `names` block of prog against the parameters of the module's
 * training graph into m->names; reports a rule that names no parameter, a
 * parameter with two names or none, and a name given to two parameters, at
 * the rule.  Returns 0 or -1. */
int g23_names_build(const g23_program_t *prog, g23_diag_t *d, g23_module_t *m);

#endif
