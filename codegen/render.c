/* render.c: kernels from fused groups, in every dialect.
 *
 * Elementwise groups are one flat loop: load the external inputs (with
 * broadcasting folded into literal index arithmetic), compute every node in
 * a local, store what is read outside.  Row groups own whole rows: each
 * reduction phase is a loop over the row's columns that recomputes the
 * elementwise values it needs, then the row values of that phase; a last
 * loop stores the full-width values that are read outside.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "codegen.h"

#define FLAT_BLOCK 256

const char *g23_ctype(g23_dtype_t t) { return t == G23_I32 ? "int32_t" : "float"; }

void g23_flit(g23_buf_t *b, double v) {
  if (v != v) {
    g23_buf_printf(b, "(0.0f / 0.0f)");
    return;
  }
  if (v > 3.4e38 || v < -3.4e38) {
    g23_buf_printf(b, v > 0 ? "G23_INF" : "(-G23_INF)");
    return;
  }
  char t[64];
  snprintf(t, sizeof t, "%.9g", v);
  if (!strpbrk(t, ".eE")) strcat(t, ".0");
  g23_buf_printf(b, v < 0 ? "(%sf)" : "%sf", t);
}

void g23_ptr(g23_buf_t *b, const g23_cg_t *cg, int id) {
  const g23_node_t *n = &cg->g->nodes[id];
  G23_ASSERT(cg->s->offset[id] >= 0);
  g23_buf_printf(b, "((%s *)(base + %" PRId64 "))", g23_ctype(n->dtype), cg->s->offset[id]);
}

char *g23_describe_nodes(const g23_graph_t *g, const int *ids, int n) {
  g23_buf_t b = {0};
  char sh[96];
  for (int k = 0; k < n; k++) {
    const g23_node_t *nd = &g->nodes[ids[k]];
    g23_buf_printf(&b, "%s%s %s%s", k ? ", " : "", g23_ops[nd->op].name, g23_dtype_name(nd->dtype),
                   g23_shape_str(nd->rank, nd->shape, sh, sizeof sh));
  }
  if (!b.s) g23_buf_printf(&b, "(nothing)");
  return b.s;
}

const char *g23_cg_kernel(g23_cg_t *cg, const char *what, const char *comment, int64_t grid, int block, int shmem) {
  char *name = g23_xasprintf("%s_k%d_%s", cg->graph_name, cg->kernels.n, what);
  g23_kernel_t k = {name, g23_xstrdup(comment), 0};
  G23_VEC_PUSH(cg->kernels, k);
  g23_launch_t l = {.kind = G23_LAUNCH_KERNEL, .kernel = cg->kernels.n - 1};
  l.grid[0] = grid > 0 ? grid : 1;
  l.grid[1] = l.grid[2] = 1;
  l.block[0] = block;
  l.block[1] = l.block[2] = 1;
  l.shmem = shmem;
  G23_VEC_PUSH(cg->launches, l);
  cg->nkernel_launches++;
  for (int i = 0; i < G23_NDIALECTS; i++) {
    g23_buf_printf(&cg->src[i], "/* %s: %s */\n", name, comment);
    g23_buf_printf(&cg->src[i], g23_dialects[i]->kernel_head, name);
    g23_buf_printf(&cg->src[i], " {\n");
  }
  return name;
}

static void kernel_end(g23_cg_t *cg) {
  for (int i = 0; i < G23_NDIALECTS; i++) g23_buf_printf(&cg->src[i], "}\n\n");
}

/* The C string literal naming node v for an index check (G23_IN_RANGE,
 * codegen/dialect.c): "gather at model.net:12:5 in the train graph". */
static void check_site(g23_buf_t *b, const g23_cg_t *cg, int v) {
  const g23_node_t *n = &cg->g->nodes[v];
  char what[600];
  if (n->loc.file)
    snprintf(what, sizeof what, "%s at %s:%d:%d in the %s graph", g23_ops[n->op].name, n->loc.file->name, n->loc.line,
             n->loc.col, cg->graph_name);
  else
    snprintf(what, sizeof what, "%s (node %d) in the %s graph", g23_ops[n->op].name, v, cg->graph_name);
  g23_buf_append(b, "\"", 1);
  for (const char *p = what; *p; p++) {
    unsigned char c = (unsigned char)*p;
    if (c == '"' || c == '\\') g23_buf_printf(b, "\\%c", c);
    else if (c < 0x20 || c >= 0x7f) g23_buf_printf(b, "\\%03o", c);
    else g23_buf_append(b, p, 1);
  }
  g23_buf_append(b, "\"", 1);
}


static int64_t cdiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

/* One term of a broadcast index: (ix / place % extent), the mod left out
 * when mod is false.  In a row kernel's column loop (cols > 0) the flat
 * index is r * cols + col: a term that lies wholly in r or in col is
 * written with it, so that a value of the row (a label) is visibly the same
 * for every column and no column divides a 64-bit index. */
static void index_term(g23_buf_t *b, const char *ix, int64_t place, int64_t extent, bool mod, int64_t cols) {
  if (cols > 0 && place % cols == 0) {
    int64_t q = place / cols;
    if (q == 1 && !mod) g23_buf_printf(b, "r");
    else if (q == 1) g23_buf_printf(b, "(r %% %" PRId64 "LL)", extent);
    else if (!mod) g23_buf_printf(b, "(r / %" PRId64 "LL)", q);
    else g23_buf_printf(b, "(r / %" PRId64 "LL %% %" PRId64 "LL)", q, extent);
    return;
  }
  if (cols > 0 && mod && cols % (place * extent) == 0) {
    if (place == 1 && extent == cols) g23_buf_printf(b, "col");
    else if (place == 1) g23_buf_printf(b, "(col %% %" PRId64 "LL)", extent);
    else g23_buf_printf(b, "(col / %" PRId64 "LL %% %" PRId64 "LL)", place, extent);
    return;
  }
  /* A term spanning several rows of columns (a kernel whose column loop
   * is narrower than the last dim): ix / place % extent is
   * (r % e) * k + col / place with k = cols / place, e = extent / k, so it
   * stays affine in col. */
  if (cols > 0 && mod && place < cols && cols % place == 0 && (place * extent) % cols == 0) {
    int64_t k = cols / place, e = extent / k;
    g23_buf_printf(b, "((r %% %" PRId64 "LL) * %" PRId64 "LL + ", e, k);
    if (place == 1) g23_buf_printf(b, "col)");
    else g23_buf_printf(b, "col / %" PRId64 "LL)", place);
    return;
  }
  if (place == 1 && !mod) g23_buf_printf(b, "%s", ix);
  else if (place == 1) g23_buf_printf(b, "(%s %% %" PRId64 "LL)", ix, extent);
  else if (!mod) g23_buf_printf(b, "(%s / %" PRId64 "LL)", ix, place);
  else g23_buf_printf(b, "(%s / %" PRId64 "LL %% %" PRId64 "LL)", ix, place, extent);
}

/* Flat index into a tensor of shape ws broadcast (numpy rules) to the
 * context shape cs, for the context's flat index `ix` (in a row kernel's
 * column loop, cols > 0: see index_term). */
static void bcast_index(g23_buf_t *b, int wr, const int64_t *ws, int cr, const int64_t *cs, const char *ix,
                        int64_t cols) {
  int64_t place[G23_MAX_RANK + 1], wst[G23_MAX_RANK + 1];
  if (cr > 0) place[cr - 1] = 1;
  for (int d = cr - 2; d >= 0; d--) place[d] = place[d + 1] * cs[d + 1];
  int64_t acc = 1;
  for (int d = wr - 1; d >= 0; d--) wst[d] = acc, acc *= ws[d];
  int off = cr - wr;
  bool any = false, first_dim = true;
  int d = 0;
  while (d < cr) {
    if (cs[d] == 1) {
      d++;
      continue;
    }
    int wd = d - off;
    bool kept = wd >= 0 && ws[wd] == cs[d];
    if (!kept) {
      first_dim = false;
      d++;
      continue;
    }
    /* A run of kept dims d..e (skipping size-1 dims of the context). */
    int e = d, start = d;
    int64_t extent = cs[d];
    for (int x = d + 1; x < cr; x++) {
      if (cs[x] == 1) continue;
      int wx = x - off;
      if (!(wx >= 0 && ws[wx] == cs[x])) break;
      e = x;
      extent *= cs[x];
    }
    (void)start;
    int we = e - off;
    g23_buf_printf(b, "%s", any ? " + " : "");
    index_term(b, ix, place[e], extent, !first_dim, cols);
    if (wst[we] != 1) g23_buf_printf(b, " * %" PRId64 "LL", wst[we]);
    any = true;
    first_dim = false;
    d = e + 1;
  }
  if (!any) g23_buf_printf(b, "0");
}

/* ---- elementwise and row groups ------------------------------------------ */

typedef struct {
  g23_cg_t *cg;
  const g23_dialect_t *dl;
  int gi;
  int drank, rrank;
  int64_t dshape[G23_MAX_RANK], rshape[G23_MAX_RANK];
  int64_t cols;   /* a row kernel's columns (its loops have r and col); 0 */
  int stamp;     /* loads declared in the current column loop: cg->col_stamp[w] == stamp */
  int row_stamp; /* loads declared at row level in this kernel: cg->row_stamp[w] == row_stamp */
  g23_buf_t *loads;
} rctx_t;

static bool internal(const rctx_t *x, int w) {
  const g23_sched_t *s = x->cg->s;
  return s->group_of[w] == x->gi && g23_ops[x->cg->g->nodes[w].op].cls != G23_CLASS_VIEW;
}

/* The C expression for input w, in row context (index r over the row
 * shape) or full context (index idx over the domain). */
static void operand(rctx_t *x, int w, bool rowctx, g23_buf_t *out) {
  const g23_node_t *n = &x->cg->g->nodes[w];
  if (internal(x, w)) {
    g23_buf_printf(out, "v%d", w);
    return;
  }
  if (n->op == G23_OP_CONST) {
    if (n->dtype == G23_I32) g23_buf_printf(out, "((int32_t)%lld)", (long long)n->fattr[0]);
    else g23_flit(out, n->fattr[0]);
    return;
  }
  const char *pre = rowctx ? "b" : "a";
  bool done = rowctx ? x->cg->row_stamp[w] == x->row_stamp : x->cg->col_stamp[w] == x->stamp;
  if (!done) {
    g23_buf_printf(x->loads, "      const %s %s%d = ", g23_ctype(n->dtype), pre, w);
    g23_ptr(x->loads, x->cg, w);
    g23_buf_printf(x->loads, "[");
    if (rowctx) bcast_index(x->loads, n->rank, n->shape, x->rrank, x->rshape, "r", 0);
    else bcast_index(x->loads, n->rank, n->shape, x->drank, x->dshape, "idx", x->cols);
    g23_buf_printf(x->loads, "];\n");
    if (rowctx) x->cg->row_stamp[w] = x->row_stamp;
    else x->cg->col_stamp[w] = x->stamp;
  }
  g23_buf_printf(out, "%s%d", pre, w);
}

static void strides(const g23_node_t *n, int64_t *st) {
  int64_t a = 1;
  for (int d = n->rank - 1; d >= 0; d--) st[d] = a, a *= n->shape[d];
}

/* Coordinate d of flat index ix in shape n (in a column loop, cols > 0,
 * written with r or col where it lies wholly in one: see index_term). */
static void coord(g23_buf_t *b, const g23_node_t *n, const int64_t *st, int d, const char *ix, int64_t cols) {
  index_term(b, ix, st[d], n->shape[d], d > 0, cols);
}

/* Element of input k of move node n at the position that n's element ix
 * comes from; `delta` is subtracted from coordinate ax (PAD, CONCAT) or
 * added (SLICE).  The input is read where its layout puts it: in the
 * buffer of the stored value under its views and folded moves
 * (g23_layout_of).  A coordinate of a dimension made of several atoms is
 * split into its digits, each from ix directly where no delta moves it (so
 * that a digit within a row's columns is written with col), else from the
 * coordinate. */
static void move_elem(g23_buf_t *b, const g23_cg_t *cg, const g23_node_t *n, int k, const int64_t *ost, const char *ix,
                      int64_t cols, int ax, int64_t delta) {
  g23_layout_t l;
  bool ok = g23_layout_of(cg->g, cg->s->folded, n->in[k], &l);
  G23_ASSERT(ok);
  g23_ptr(b, cg, l.root);
  g23_buf_printf(b, "[%" PRId64 "LL", l.offset);
  for (int d = 0; d < n->rank; d++) {
    int id = n->op == G23_OP_PERMUTE ? (int)n->iattr[d] : d;
    int64_t dd = d == ax ? delta : 0;
    if (n->shape[d] == 1 && !dd) continue;
    int64_t place = 1;
    for (int i = l.first[id + 1] - 1; i >= l.first[id]; i--) {
      bool outer = i == l.first[id];
      g23_buf_printf(b, " + (");
      if (outer && place == 1) {
        coord(b, n, ost, d, ix, cols);
        if (dd) g23_buf_printf(b, " + %" PRId64 "LL", dd);
      } else if (outer && dd % place == 0 && n->shape[d] % place == 0) {
        /* (c + dd) / place is c / place + dd / place */
        index_term(b, ix, ost[d] * place, n->shape[d] / place, d > 0, cols);
        if (dd) g23_buf_printf(b, " + %" PRId64 "LL", dd / place);
      } else if (!outer && dd % (place * l.ext[i]) == 0 && n->shape[d] % (place * l.ext[i]) == 0) {
        /* (c + dd) / place % ext is c / place % ext, a digit of ix */
        index_term(b, ix, ost[d] * place, l.ext[i], true, cols);
      } else {
        g23_buf_printf(b, "(");
        coord(b, n, ost, d, ix, cols);
        if (dd) g23_buf_printf(b, " + %" PRId64 "LL", dd);
        g23_buf_printf(b, ") / %" PRId64 "LL", place);
        if (!outer) g23_buf_printf(b, " %% %" PRId64 "LL", l.ext[i]);
      }
      g23_buf_printf(b, ") * %" PRId64 "LL", l.stride[i]);
      place *= l.ext[i];
    }
  }
  g23_buf_printf(b, "]");
}

/* The unit in which a PAD's or CONCAT's bounds along the last axis ax are
 * compared: the column loop's width where the loop is narrower than the
 * axis and every bound is a multiple of it, so that the test is one of the
 * row (the same for the whole column loop); else 1. */
static int64_t bound_unit(const g23_cg_t *cg, const g23_node_t *n, int ax, int64_t cols) {
  if (cols <= 0 || ax != n->rank - 1 || n->shape[ax] <= cols || n->shape[ax] % cols) return 1;
  int64_t b = n->op == G23_OP_PAD ? n->iattr[1] : 0;
  if (b % cols) return 1;
  for (int k = 0; k < n->nin; k++) {
    b += cg->g->nodes[n->in[k]].shape[ax];
    if (b % cols) return 1;
  }
  return cols;
}

/* Coordinate ax of n's element ix, divided by unit (bound_unit). */
static void bound_coord(g23_buf_t *b, const g23_node_t *n, const int64_t *ost, int ax, const char *ix, int64_t cols,
                        int64_t unit) {
  if (unit == 1) coord(b, n, ost, ax, ix, cols);
  else index_term(b, ix, unit, n->shape[ax] / unit, ax > 0, cols);
}

/* A move (PERMUTE, SLICE, PAD, CONCAT) as a load from its stored input. */
static void move_load(rctx_t *x, int v, const char *ix, int64_t cols, g23_buf_t *out) {
  const g23_node_t *n = &x->cg->g->nodes[v];
  int64_t ost[G23_MAX_RANK];
  strides(n, ost);
  int ax = n->op == G23_OP_PERMUTE ? -1 : (int)n->iattr[0];
  switch (n->op) {
  case G23_OP_PERMUTE: move_elem(out, x->cg, n, 0, ost, ix, cols, -1, 0); break;
  case G23_OP_SLICE: move_elem(out, x->cg, n, 0, ost, ix, cols, ax, n->iattr[1]); break;
  case G23_OP_PAD: {
    int64_t at = n->iattr[1], len = x->cg->g->nodes[n->in[0]].shape[ax], u = bound_unit(x->cg, n, ax, cols);
    g23_buf_printf(out, "((uint64_t)(");
    bound_coord(out, n, ost, ax, ix, cols, u);
    g23_buf_printf(out, " - %" PRId64 "LL) < %" PRId64 "ULL ? ", at / u, len / u);
    /* unsigned compare: below `at` wraps around */
    move_elem(out, x->cg, n, 0, ost, ix, cols, ax, -at);
    g23_buf_printf(out, " : (%s)0)", g23_ctype(n->dtype));
    break;
  }
  case G23_OP_CONCAT: {
    int64_t start = 0, u = bound_unit(x->cg, n, ax, cols);
    g23_buf_printf(out, "(");
    for (int k = 0; k < n->nin; k++) {
      int64_t len = x->cg->g->nodes[n->in[k]].shape[ax];
      if (k < n->nin - 1) {
        bound_coord(out, n, ost, ax, ix, cols, u);
        g23_buf_printf(out, " < %" PRId64 "LL ? ", (start + len) / u);
      }
      move_elem(out, x->cg, n, k, ost, ix, cols, ax, -start);
      g23_buf_printf(out, k < n->nin - 1 ? " : " : "");
      start += len;
    }
    g23_buf_printf(out, ")");
    break;
  }
  case G23_OP_GATHER: {
    /* table [V, C] at the row named by the index; 0 for an index out of range */
    const g23_node_t *tab = &x->cg->g->nodes[n->in[0]];
    int64_t C = n->shape[n->rank - 1], V = tab->shape[0];
    g23_buf_printf(out, "(G23_IN_RANGE(");
    check_site(out, x->cg, v);
    g23_buf_printf(out, ", ");
    g23_ptr(out, x->cg, n->in[1]);
    g23_buf_printf(out, "[");
    index_term(out, ix, C, 0, false, cols);
    g23_buf_printf(out, "], %" PRId64 "LL) ? ", V);
    g23_ptr(out, x->cg, n->in[0]);
    g23_buf_printf(out, "[(int64_t)");
    g23_ptr(out, x->cg, n->in[1]);
    g23_buf_printf(out, "[");
    index_term(out, ix, C, 0, false, cols);
    g23_buf_printf(out, "] * %" PRId64 "LL + ", C);
    index_term(out, ix, 1, C, true, cols);
    g23_buf_printf(out, "] : (%s)0)", g23_ctype(n->dtype));
    break;
  }
  default: G23_ASSERT(!"not a move");
  }
}

/* `const T vID = expr;` for an elementwise node (or EXPAND, or CONST). */
static void compute(rctx_t *x, int v, bool rowctx, g23_buf_t *out) {
  const g23_node_t *n = &x->cg->g->nodes[v];
  g23_buf_printf(out, "      const %s v%d = ", g23_ctype(n->dtype), v);
  if (n->op == G23_OP_CONST) {
    if (n->dtype == G23_I32) g23_buf_printf(out, "%lld", (long long)n->fattr[0]);
    else g23_flit(out, n->fattr[0]);
  } else if (n->op == G23_OP_EXPAND) {
    operand(x, n->in[0], rowctx, out);
  } else if (g23_ops[n->op].cls == G23_CLASS_MOVE || n->op == G23_OP_GATHER) {
    move_load(x, v, rowctx ? "r" : "idx", rowctx ? 0 : x->cols, out);
  } else {
    const char *t = g23_ops[n->op].c_template;
    if (n->op == G23_OP_ONEHOT) {
      /* the class index, checked in a checked build (nothing otherwise) */
      g23_buf_printf(out, "(G23_CHECK(");
      check_site(out, x->cg, v);
      g23_buf_printf(out, ", ");
      operand(x, n->in[0], rowctx, out);
      g23_buf_printf(out, ", %" PRId64 "LL), ", n->iattr[0]);
    }
    /* i32 / i32 is a float in the IR (and the evaluator), not C's integer
     * division. */
    bool fdiv = n->op == G23_OP_DIV && n->dtype != G23_I32;
    for (; *t; t++) {
      if (t[0] == '%' && t[1] >= '0' && t[1] <= '9') {
        bool cast = fdiv && x->cg->g->nodes[n->in[t[1] - '0']].dtype == G23_I32;
        if (cast) g23_buf_printf(out, "((float)");
        operand(x, n->in[t[1] - '0'], rowctx, out);
        if (cast) g23_buf_printf(out, ")");
        t++;
      } else if (t[0] == '%' && t[1] == 'f' && (t[2] == '0' || t[2] == '1')) {
        g23_flit(out, n->fattr[t[2] - '0']);
        t += 2;
      } else if (t[0] == '%' && t[1] == 'i' && (t[2] == '0' || t[2] == '1')) {
        g23_buf_printf(out, "%lldLL", (long long)n->iattr[t[2] - '0']);
        t += 2;
      } else {
        g23_buf_append(out, t, 1);
      }
    }
    if (n->op == G23_OP_ONEHOT) g23_buf_printf(out, ")");
  }
  g23_buf_printf(out, ";\n");
}

static void store(rctx_t *x, int v, const char *ix, g23_buf_t *out) {
  g23_buf_printf(out, "      ");
  g23_ptr(out, x->cg, v);
  g23_buf_printf(out, "[%s] = v%d;\n", ix, v);
}

static void flush(g23_buf_t *dst, g23_buf_t *loads, g23_buf_t *body) {
  if (loads->s) g23_buf_append(dst, loads->s, loads->len);
  if (body->s) g23_buf_append(dst, body->s, body->len);
  g23_buf_free(loads);
  g23_buf_free(body);
}

static void init_ctx(rctx_t *x, g23_cg_t *cg, int gi) {
  memset(x, 0, sizeof *x);
  x->cg = cg;
  x->gi = gi;
  const g23_graph_t *g = cg->g;
  const g23_group_t *gr = &cg->s->groups[gi];
  const g23_node_t *dn = NULL;
  for (int k = 0; k < gr->nnodes; k++) {
    const g23_node_t *n = &g->nodes[gr->nodes[k]];
    if (g23_ops[n->op].cls == G23_CLASS_REDUCE) {
      dn = &g->nodes[n->in[0]];
      x->rrank = n->rank;
      memcpy(x->rshape, n->shape, sizeof x->rshape);
      break;
    }
  }
  if (!dn) dn = &g->nodes[gr->nodes[0]];
  x->drank = dn->rank;
  memcpy(x->dshape, dn->shape, sizeof x->dshape);
  x->row_stamp = ++cg->stamp;
}

static int64_t gcd64(int64_t a, int64_t b) {
  while (b) {
    int64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

/* The column loop of an elementwise kernel over a last dim of C: as wide as
 * the innermost contiguous run of every load through a move (the last dim
 * of a value reshaped from permuted heads is made of runs of one head's
 * width), so that each load of the loop reads consecutive elements. */
static int64_t elem_cols(const g23_cg_t *cg, const g23_group_t *gr, int64_t C) {
  const g23_graph_t *g = cg->g;
  for (int q = 0; q < gr->nnodes; q++) {
    const g23_node_t *n = &g->nodes[gr->nodes[q]];
    if (n->rank == 0 || !g23_is_layout_move(n->op)) continue;
    int d = n->rank - 1, id = n->op == G23_OP_PERMUTE ? (int)n->iattr[d] : d;
    for (int k = 0; k < n->nin; k++) {
      g23_layout_t l;
      if (!g23_layout_of(g, cg->s->folded, n->in[k], &l) || l.first[id + 1] - l.first[id] < 2) continue;
      C = gcd64(C, l.ext[l.first[id + 1] - 1]);
    }
  }
  return C;
}

static void render_elem(g23_cg_t *cg, int gi) {
  const g23_group_t *gr = &cg->s->groups[gi];
  const g23_graph_t *g = cg->g;
  int64_t N = gr->rows;
  char *desc = g23_describe_nodes(g, gr->nodes, gr->nnodes);
  const g23_node_t *last = &g->nodes[gr->nodes[gr->nnodes - 1]];
  g23_cg_kernel(cg, g23_ops[last->op].name, desc, cdiv(N, FLAT_BLOCK), FLAT_BLOCK, 0);
  free(desc);
  for (int i = 0; i < G23_NDIALECTS; i++) {
    rctx_t x;
    init_ctx(&x, cg, gi);
    x.dl = g23_dialects[i];
    x.stamp = ++cg->stamp;
    g23_buf_t *src = &cg->src[i], loads = {0}, body = {0};
    x.loads = &loads;
    g23_buf_printf(src, "  ");
    int64_t C = x.drank ? x.dshape[x.drank - 1] : 1, whole = 1;
    for (int d = 0; d < x.drank; d++) whole *= x.dshape[d];
    /* On the CPU in SIMD lanes too: each element is stored at its own
     * index and nothing the loop reads shares its memory but the same
     * element (memplan), so iterations are independent.  Rows of at least
     * G23_SIMD_ROW_MIN elements run as a row loop around a column loop in
     * lanes, where every index that keeps the last dim is written with
     * col (index_term): moves that keep it (permutes of the leading dims,
     * slices and pads) load and store whole vectors instead of gathering
     * element by element. */
    bool rows = x.dl->simd && C >= G23_SIMD_ROW_MIN && whole == N;
    const int64_t run = rows ? elem_cols(cg, gr, C) : C;
    if (run >= G23_SIMD_ROW_MIN) C = run;
    if (rows) {
      x.cols = C;
      g23_par(src, x.dl, N * gr->nnodes);
      g23_buf_printf(src, x.dl->row_begin, (long long)(N / C));
      g23_buf_printf(src, "    _Pragma(\"omp simd\")\n    ");
      g23_buf_printf(src, x.dl->col_begin, (long long)C);
      g23_buf_printf(src, "      const int64_t idx = r * %" PRId64 "LL + col; (void)idx;\n", C);
    } else {
      if (x.dl->simd)
        g23_buf_printf(src, N * gr->nnodes >= G23_PAR_MIN_WORK ? "#pragma omp parallel for simd\n  " : "_Pragma(\"omp simd\")\n  ");
      else
        g23_par(src, x.dl, N * gr->nnodes);
      g23_buf_printf(src, x.dl->flat_begin, (long long)N);
      g23_buf_printf(src, "      const int64_t col = idx %% %" PRId64 "LL; (void)col;\n", C);
    }
    for (int k = 0; k < gr->nnodes; k++) compute(&x, gr->nodes[k], false, &body);
    for (int k = 0; k < gr->nnodes; k++)
      if (cg->s->stored[gr->nodes[k]]) store(&x, gr->nodes[k], "idx", &body);
    flush(src, &loads, &body);
    g23_buf_printf(src, rows ? "    }\n  }\n" : "  }\n");
  }
  kernel_end(cg);
}

/* Marks the full-width nodes of the group that targets need. */
static void need_full(rctx_t *x, int v, bool *need) {
  const g23_graph_t *g = x->cg->g;
  if (!internal(x, v) || x->cg->s->rowlevel[v] || need[v]) return;
  need[v] = true;
  const g23_node_t *n = &g->nodes[v];
  for (int k = 0; k < n->nin; k++) need_full(x, n->in[k], need);
}

static void render_row(g23_cg_t *cg, int gi) {
  const g23_group_t *gr = &cg->s->groups[gi];
  const g23_graph_t *g = cg->g;
  const g23_sched_t *s = cg->s;
  int64_t R = gr->rows, N = gr->cols;
  int block = N >= 256 ? 256 : (int)cdiv(N, 32) * 32;
  char *desc = g23_describe_nodes(g, gr->nodes, gr->nnodes);
  const char *what = "rows";
  for (int k = 0; k < gr->nnodes; k++)
    if (g23_ops[g->nodes[gr->nodes[k]].op].cls == G23_CLASS_REDUCE) {
      what = g->nodes[gr->nodes[k]].op == G23_OP_RMAX ? "rowmax" : "rowsum";
      break;
    }
  g23_cg_kernel(cg, what, desc, R, block, 0);
  free(desc);
  /* Phases: a reduction's value is available after loop phase-1. */
  int *phase = cg->phase, P = 0;
  for (int k = 0; k < gr->nnodes; k++) phase[gr->nodes[k]] = 0;
  for (int k = 0; k < gr->nnodes; k++) {
    int v = gr->nodes[k];
    const g23_node_t *n = &g->nodes[v];
    int p = 0;
    for (int j = 0; j < n->nin; j++)
      if (s->group_of[n->in[j]] == gi && phase[n->in[j]] > p) p = phase[n->in[j]];
    if (g23_ops[n->op].cls == G23_CLASS_REDUCE) p++;
    phase[v] = p;
    if (p > P) P = p;
  }
  bool *need = cg->need; /* need_full marks only the group's own nodes */
  for (int i = 0; i < G23_NDIALECTS; i++) {
    rctx_t x;
    init_ctx(&x, cg, gi);
    x.dl = g23_dialects[i];
    x.cols = N;
    g23_buf_t *src = &cg->src[i];
    /* One long row on the CPU: the threads share each column loop. */
    bool split = x.dl->split_long_row && R == 1 && N >= 4096;
    g23_buf_printf(src, "  ");
    if (split) g23_buf_printf(src, "{\n    const int64_t r = 0;\n");
    else {
      g23_par(src, x.dl, R * N);
      g23_buf_printf(src, x.dl->row_begin, (long long)R);
    }
    g23_buf_printf(src, "    int64_t idx = r, col = 0; (void)idx; (void)col;\n");
    for (int p = 0; p <= P; p++) {
      /* Row values of phase p (reductions were finished by loop p-1). */
      g23_buf_t loads = {0}, body = {0};
      x.loads = &loads;
      for (int k = 0; k < gr->nnodes; k++) {
        int v = gr->nodes[k];
        if (!s->rowlevel[v] || phase[v] != p) continue;
        if (g23_ops[g->nodes[v].op].cls == G23_CLASS_REDUCE) g23_buf_printf(&body, "      const float v%d = (float)acc%d;\n", v, v);
        else compute(&x, v, true, &body);
      }
      flush(src, &loads, &body);
      /* Loop p: the reductions of phase p+1, or the stores after the last. */
      for (int k = 0; k < gr->nnodes; k++) need[gr->nodes[k]] = false;
      bool any = false;
      for (int k = 0; k < gr->nnodes; k++) {
        int v = gr->nodes[k];
        const g23_node_t *n = &g->nodes[v];
        if (p < P && g23_ops[n->op].cls == G23_CLASS_REDUCE && phase[v] == p + 1) {
          need_full(&x, n->in[0], need);
          g23_buf_printf(src, "    %s acc%d = %s;\n", x.dl->acc_type, v, n->op == G23_OP_RMAX ? "-G23_INF" : "0.0f");
          any = true;
        }
        if (p == P && !s->rowlevel[v] && s->stored[v]) {
          need_full(&x, v, need);
          any = true;
        }
      }
      if (!any) continue;
      x.stamp = ++cg->stamp;
      /* On the CPU the column loops run in SIMD lanes.  A loop of
       * reductions stores nothing: each lane sums (or takes the maximum of)
       * its own elements and the lanes are combined at the end, in an order
       * fixed by the build, so results stay deterministic.  The last loop
       * stores each column's elements at its own index, and nothing else
       * it reads lives there (memplan: a kernel's output shares no memory
       * with its inputs, but for an in-place update of the same element),
       * so its iterations are independent; the pragma says so where the
       * compiler cannot see it (a row's label, read through idx / N, is the
       * same for the whole row). */
      bool lanes = x.dl->simd;
      if (split || lanes) {
        g23_buf_printf(src, split ? "#pragma omp parallel for%s" : "    _Pragma(\"omp simd", lanes ? " simd" : "");
        for (int k = 0; k < gr->nnodes && p < P; k++) {
          const g23_node_t *n = &g->nodes[gr->nodes[k]];
          if (g23_ops[n->op].cls == G23_CLASS_REDUCE && phase[gr->nodes[k]] == p + 1)
            g23_buf_printf(src, " reduction(%s:acc%d)", n->op == G23_OP_RMAX ? "max" : "+", gr->nodes[k]);
        }
        g23_buf_printf(src, split ? "\n" : "\")\n");
      }
      g23_buf_printf(src, "    ");
      g23_buf_printf(src, x.dl->col_begin, (long long)N);
      g23_buf_printf(src, "      const int64_t idx = r * %" PRId64 "LL + col; (void)idx;\n", N);
      for (int k = 0; k < gr->nnodes; k++)
        if (need[gr->nodes[k]]) compute(&x, gr->nodes[k], false, &body);
      for (int k = 0; k < gr->nnodes; k++) {
        int v = gr->nodes[k];
        const g23_node_t *n = &g->nodes[v];
        if (p < P && g23_ops[n->op].cls == G23_CLASS_REDUCE && phase[v] == p + 1) {
          g23_buf_printf(&body, "      acc%d = ", v);
          if (n->op == G23_OP_RMAX) {
            g23_buf_printf(&body, "%s(acc%d, ", x.dl->max_fn, v);
            operand(&x, n->in[0], false, &body);
            g23_buf_printf(&body, ");\n");
          } else {
            g23_buf_printf(&body, "acc%d + ", v);
            operand(&x, n->in[0], false, &body);
            g23_buf_printf(&body, ";\n");
          }
        }
        if (p == P && !s->rowlevel[v] && s->stored[v]) store(&x, v, "idx", &body);
      }
      flush(src, &loads, &body);
      g23_buf_printf(src, "    }\n");
      for (int k = 0; k < gr->nnodes && p < P; k++) {
        int v = gr->nodes[k];
        const g23_node_t *n = &g->nodes[v];
        if (g23_ops[n->op].cls == G23_CLASS_REDUCE && phase[v] == p + 1 && *x.dl->row_sum) {
          char a[32];
          snprintf(a, sizeof a, "acc%d", v);
          g23_buf_printf(src, "    ");
          g23_buf_printf(src, n->op == G23_OP_RMAX ? x.dl->row_max : x.dl->row_sum, a, a);
        }
      }
    }
    bool rowstores = false;
    for (int k = 0; k < gr->nnodes; k++)
      if (s->rowlevel[gr->nodes[k]] && s->stored[gr->nodes[k]]) rowstores = true;
    if (rowstores) {
      /* Every thread of a CUDA row has read its row values (an in-place
       * update's target among them) before one thread stores them. */
      if (*x.dl->row_barrier) g23_buf_printf(src, "    %s\n", x.dl->row_barrier);
      g23_buf_printf(src, "    %s", x.dl->one_begin);
      for (int k = 0; k < gr->nnodes; k++) {
        int v = gr->nodes[k];
        if (s->rowlevel[v] && s->stored[v]) store(&x, v, "r", src);
      }
      g23_buf_printf(src, "    }\n");
    }
    g23_buf_printf(src, "  }\n");
  }
  kernel_end(cg);
}

/* ---- moves, indexing, cache writes ---------------------------------------- */

/* const int64_t c0 = ..., c1 = ...: coordinates of idx in n's shape. */
static void unravel(g23_buf_t *b, const g23_node_t *n, const char *ix, const char *pre) {
  int64_t st[G23_MAX_RANK];
  strides(n, st);
  for (int d = 0; d < n->rank; d++) {
    g23_buf_printf(b, "      const int64_t %s%d = %s / %" PRId64 "LL", pre, d, ix, st[d]);
    if (d) g23_buf_printf(b, " %% %" PRId64 "LL", n->shape[d]);
    g23_buf_printf(b, "; (void)%s%d;\n", pre, d);
  }
}

/* Below this many elements of work a loop runs on one thread: waking the
 * team costs more than the loop. */

void g23_par(g23_buf_t *b, const g23_dialect_t *dl, int64_t work) {
  if (work >= G23_PAR_MIN_WORK) g23_buf_printf(b, "%s", dl->par);
}

static void flat_open(g23_buf_t *b, const g23_dialect_t *dl, int64_t n, int64_t work) {
  g23_buf_printf(b, "  ");
  g23_par(b, dl, work);
  g23_buf_printf(b, dl->flat_begin, (long long)n);
}

/* SCATTER_ADD on the CPU: a thread that owned one column would touch one
 * float per cache line of the whole [V, C] output, once per column.  So the
 * output is zeroed row by row, then each thread adds every row of the input,
 * in order, into its own block of columns: deterministic, no atomics, and
 * each cache line written by one thread. */
static void render_scatter_c(g23_buf_t *b, g23_cg_t *cg, int v) {
  const g23_graph_t *g = cg->g;
  const g23_node_t *n = &g->nodes[v];
  int64_t N = g23_numel(n), C = n->shape[n->rank - 1], V = N / C, rows = g23_numel(&g->nodes[n->in[0]]) / C;
  g23_buf_printf(b, "  float *out = ");
  g23_ptr(b, cg, v);
  g23_buf_printf(b, ";\n  const float *dy = ");
  g23_ptr(b, cg, n->in[0]);
  g23_buf_printf(b, ";\n  const int32_t *ix = ");
  g23_ptr(b, cg, n->in[1]);
  g23_buf_printf(b, ";\n  #pragma omp parallel if (%" PRId64 "LL >= %d)\n  {\n"
                    "    #pragma omp for schedule(static)\n"
                    "    for (int64_t u = 0; u < %" PRId64 "LL; u++)\n"
                    "      for (int64_t c = 0; c < %" PRId64 "LL; c++) out[u * %" PRId64 "LL + c] = 0.0f;\n"
                    "    #pragma omp for schedule(static)\n"
                    "    for (int64_t c0 = 0; c0 < %" PRId64 "LL; c0 += 16) {\n"
                    "      const int64_t c1 = c0 + 16 < %" PRId64 "LL ? c0 + 16 : %" PRId64 "LL;\n"
                    "      for (int64_t k = 0; k < %" PRId64 "LL; k++) {\n"
                    "        const int32_t t = ix[k];\n"
                    "        if (!G23_IN_RANGE(",
                 N + rows * C, G23_PAR_MIN_WORK, V, C, C, C, C, C, rows);
  /* a checked build reports each bad index once per block of columns; the
   * first report wins */
  check_site(b, cg, v);
  g23_buf_printf(b, ", t, %" PRId64 "LL)) continue;\n"
                    "        for (int64_t c = c0; c < c1; c++) out[(int64_t)t * %" PRId64 "LL + c] += dy[k * %" PRId64 "LL + c];\n"
                    "      }\n    }\n  }\n",
                 V, C, C);
}

/* REDUCE_TO over leading dims on the CPU: the input is [J, N] with the
 * output's N elements its rows, summed by the C preamble's g23_rt_colsum
 * (codegen/dialect.c: blocks of 16 columns, every column summed in row
 * order as the generic loop does, but reading along the rows).  False where
 * the reduction is not of that form. */
static bool render_colsum_c(g23_buf_t *b, g23_cg_t *cg, int v) {
  const g23_graph_t *g = cg->g;
  const g23_node_t *n = &g->nodes[v], *in0 = &g->nodes[n->in[0]];
  int off = in0->rank - n->rank;
  if (off < 0 || in0->dtype != G23_F32 || n->dtype != G23_F32) return false;
  for (int d = 0; d < n->rank; d++)
    if (n->shape[d] != in0->shape[off + d]) return false;
  int64_t N = g23_numel(n), J = g23_numel(in0) / (N ? N : 1);
  if (N < 1 || J < 1) return false;
  g23_buf_printf(b, "  g23_rt_colsum(");
  g23_ptr(b, cg, v);
  g23_buf_printf(b, ", ");
  g23_ptr(b, cg, n->in[0]);
  g23_buf_printf(b, ", %" PRId64 "LL, %" PRId64 "LL, %" PRId64 "LL);\n", N, J, N);
  return true;
}

static void render_single(g23_cg_t *cg, int gi, int v) {
  const g23_graph_t *g = cg->g;
  const g23_node_t *n = &g->nodes[v];
  int64_t N = g23_numel(n);
  char *desc = g23_describe_nodes(g, &v, 1);
  int64_t ost[G23_MAX_RANK], ist[G23_MAX_RANK];
  strides(n, ost);
  const g23_node_t *in0 = &g->nodes[n->in[0]];
  strides(in0, ist);
  int64_t count = N;
  if (n->op == G23_OP_SCATTER_ADD) count = n->shape[n->rank - 1];
  if (n->op == G23_OP_CACHE_WRITE) count = g23_numel(&g->nodes[n->in[1]]);
  g23_cg_kernel(cg, g23_ops[n->op].name, desc, cdiv(count, FLAT_BLOCK), FLAT_BLOCK, 0);
  free(desc);
  for (int i = 0; i < G23_NDIALECTS; i++) {
    const g23_dialect_t *dl = g23_dialects[i];
    g23_buf_t *b = &cg->src[i];
    int64_t work = n->op == G23_OP_REDUCE_TO ? g23_numel(in0) : n->op == G23_OP_SCATTER_ADD ? g23_numel(in0) + N : count;
    if (n->op == G23_OP_SCATTER_ADD && dl->scatter == G23_SCATTER_COLUMN_BLOCKS) {
      render_scatter_c(b, cg, v);
      continue;
    }
    if (n->op == G23_OP_REDUCE_TO && dl->colsum_call && render_colsum_c(b, cg, v)) continue;
    flat_open(b, dl, count, work);
    switch (n->op) {
    case G23_OP_REDUCE_TO: {
      /* Dims of in0 that the output keeps (aligned right) or sums over. */
      unravel(b, n, "idx", "c");
      int off = in0->rank - n->rank;
      int red[G23_MAX_RANK], nred = 0;
      int64_t J = 1;
      g23_buf_printf(b, "      const int64_t ib = 0");
      for (int d = 0; d < in0->rank; d++) {
        int od = d - off;
        bool kept = od >= 0 && n->shape[od] == in0->shape[d];
        if (kept && in0->shape[d] > 1) g23_buf_printf(b, " + c%d * %" PRId64 "LL", od, ist[d]);
        if (!kept) red[nred++] = d, J *= in0->shape[d];
      }
      g23_buf_printf(b, ";\n      float acc = 0.0f;\n");
      g23_buf_printf(b, "      for (int64_t j = 0; j < %" PRId64 "LL; j++) {\n        int64_t ii = ib", J);
      int64_t place = J;
      for (int k = 0; k < nred; k++) {
        place /= in0->shape[red[k]];
        g23_buf_printf(b, " + (j / %" PRId64 "LL %% %" PRId64 "LL) * %" PRId64 "LL", place, in0->shape[red[k]], ist[red[k]]);
      }
      g23_buf_printf(b, ";\n        acc += ");
      g23_ptr(b, cg, n->in[0]);
      g23_buf_printf(b, "[ii];\n      }\n      ");
      g23_ptr(b, cg, v);
      g23_buf_printf(b, "[idx] = acc;\n");
      break;
    }
    case G23_OP_SCATTER_ADD: {
      /* One column per thread: deterministic, no atomics. */
      int64_t C = n->shape[n->rank - 1], V = N / C, rows = g23_numel(in0) / C;
      g23_buf_printf(b, "      for (int64_t u = 0; u < %" PRId64 "LL; u++) ", V);
      g23_ptr(b, cg, v);
      g23_buf_printf(b, "[u * %" PRId64 "LL + idx] = 0.0f;\n", C);
      g23_buf_printf(b, "      for (int64_t k = 0; k < %" PRId64 "LL; k++) {\n        const int32_t t = ", rows);
      g23_ptr(b, cg, n->in[1]);
      g23_buf_printf(b, "[k];\n        if (G23_IN_RANGE(");
      check_site(b, cg, v);
      g23_buf_printf(b, ", t, %" PRId64 "LL)) ", V);
      g23_ptr(b, cg, v);
      g23_buf_printf(b, "[(int64_t)t * %" PRId64 "LL + idx] += ", C);
      g23_ptr(b, cg, n->in[0]);
      g23_buf_printf(b, "[k * %" PRId64 "LL + idx];\n      }\n", C);
      break;
    }
    case G23_OP_CACHE_WRITE: {
      const g23_node_t *nw = &g->nodes[n->in[1]];
      int64_t S = n->shape[2], T = nw->shape[2], D = nw->shape[3], H = nw->shape[1];
      g23_buf_printf(b, "      const int64_t d = idx %% %" PRId64 "LL, t = idx / %" PRId64 "LL %% %" PRId64 "LL, bh = idx / %" PRId64 "LL;\n",
                     D, D, T, D * T);
      g23_buf_printf(b, "      const int64_t p = (int64_t)");
      g23_ptr(b, cg, n->in[2]);
      g23_buf_printf(b, "[0] + t;\n      G23_CHECK(");
      check_site(b, cg, v);
      g23_buf_printf(b, ", p, %" PRId64 "LL);\n      if (p >= 0 && p < %" PRId64 "LL) ", S, S);
      g23_ptr(b, cg, v);
      g23_buf_printf(b, "[(bh * %" PRId64 "LL + p) * %" PRId64 "LL + d] = ", S, D);
      g23_ptr(b, cg, n->in[1]);
      g23_buf_printf(b, "[idx];\n");
      (void)H;
      break;
    }
    default: G23_ASSERT(!"unhandled single op");
    }
    g23_buf_printf(b, "  }\n");
  }
  kernel_end(cg);
  (void)gi;
}

/* ---- matmuls ----------------------------------------------------------------- */

static void render_matmul(g23_cg_t *cg, int gi) {
  const g23_group_t *gr = &cg->s->groups[gi];
  const g23_graph_t *g = cg->g;
  const g23_node_t *n = &g->nodes[gr->mm];
  const g23_node_t *a = &g->nodes[n->in[0]], *b = &g->nodes[n->in[1]];
  bool ta = n->iattr[0], tb = n->iattr[1];
  g23_matmul_t mm = {0};
  mm.m = n->shape[n->rank - 2];
  mm.n = n->shape[n->rank - 1];
  mm.k = ta ? a->shape[a->rank - 2] : a->shape[a->rank - 1];
  mm.batch = g23_numel(n) / (mm.m * mm.n);
  /* A batch sharing one weight is one tall product: one sgemm or cuBLASLt
   * call keeps every core busy where a loop of small ones would not, and a
   * bias gradient in the epilogue covers every row. */
  if (g23_matmul_is_tall(g, gr->mm)) {
    mm.m *= mm.batch;
    mm.batch = 1;
  }
  mm.transa = ta;
  mm.transb = tb;
  mm.off_a = cg->s->offset[n->in[0]];
  mm.off_b = cg->s->offset[n->in[1]];
  mm.off_c = cg->s->offset[gr->mm_out];
  mm.off_bias = gr->mm_bias >= 0 ? cg->s->offset[gr->mm_bias] : 0;
  mm.lda = ta ? mm.m : mm.k;
  mm.ldb = tb ? mm.k : mm.n;
  mm.ldc = mm.n;
  mm.stride_a = a->rank > 2 ? mm.m * mm.k : 0;
  mm.stride_b = b->rank > 2 ? mm.k * mm.n : 0;
  mm.stride_c = mm.m * mm.n;
  mm.alpha = 1;
  mm.beta = 0;
  mm.epilogue = gr->epilogue;
  if (gr->mm_aux >= 0) {
    mm.off_aux = cg->s->offset[gr->mm_aux];
    mm.ldaux = mm.n;
  }
  if (gr->mm_bgrad >= 0) mm.off_bgrad = cg->s->offset[gr->mm_bgrad];
  g23_launch_t l = {.kind = G23_LAUNCH_MATMUL, .kernel = -1, .mm = mm};
  G23_VEC_PUSH(cg->launches, l);
}

int g23_group_launches(const g23_graph_t *g, const g23_sched_t *s, int gi) {
  const g23_group_t *gr = &s->groups[gi];
  if (gr->kind != G23_GROUP_SINGLE) return 1;
  g23_op_t op = g->nodes[gr->nodes[0]].op;
  return op == G23_OP_ATTN_BWD || op == G23_OP_ATTN_BWD_EXTRA ? 2 : 1;
}

/* ---- driver ---------------------------------------------------------------------- */

static const char *basename_of(const char *p) {
  const char *s = p ? strrchr(p, '/') : NULL;
  return s ? s + 1 : p;
}

int g23_codegen(const g23_module_t *m, const g23_sched_t *scheds, g23_plan_t *plan, g23_diag_t *d) {
  g23_cg_t cg = {0};
  char model[128];
  snprintf(model, sizeof model, "%s", m->model_path ? basename_of(m->model_path) : "a model");
  for (char *p = model; *p; p++)
    if (*p == '*') *p = '_';
  for (int i = 0; i < G23_NDIALECTS; i++) g23_codegen_preamble(&cg.src[i], g23_dialects[i], model);
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!m->has_graph[k]) continue;
    cg.g = &m->graphs[k];
    cg.s = &scheds[k];
    cg.graph_name = g23_graph_kind_name((g23_graph_kind_t)k);
    cg.launches.n = cg.launches.cap = 0;
    cg.launches.v = NULL;
    cg.nkernel_launches = 0;
    int nn = cg.g->n ? cg.g->n : 1;
    cg.col_stamp = g23_xcalloc(nn, sizeof *cg.col_stamp);
    cg.row_stamp = g23_xcalloc(nn, sizeof *cg.row_stamp);
    cg.phase = g23_xcalloc(nn, sizeof *cg.phase);
    cg.need = g23_xcalloc(nn, sizeof *cg.need);
    cg.stamp = 0;
    int nmm = 0;
    for (int gi = 0; gi < cg.s->ngroups; gi++) {
      const g23_group_t *gr = &cg.s->groups[gi];
      int before = cg.launches.n;
      switch (gr->kind) {
      case G23_GROUP_ELEM: render_elem(&cg, gi); break;
      case G23_GROUP_ROW: render_row(&cg, gi); break;
      case G23_GROUP_MATMUL:
        render_matmul(&cg, gi);
        nmm++;
        break;
      case G23_GROUP_SINGLE: {
        int v = gr->nodes[0];
        g23_op_t op = cg.g->nodes[v].op;
        if (op == G23_OP_ATTENTION) g23_cg_attention(&cg, v);
        else if (op == G23_OP_ATTN_BWD || op == G23_OP_ATTN_BWD_EXTRA) g23_cg_attention_bwd(&cg, v, gi);
        else render_single(&cg, gi, v);
        break;
      }
      }
      G23_ASSERT(cg.launches.n - before == g23_group_launches(cg.g, cg.s, gi));
    }
    free(cg.col_stamp);
    free(cg.row_stamp);
    free(cg.phase);
    free(cg.need);
    g23_plan_graph_t *pg = &plan->graphs[k];
    pg->launches = cg.launches.v;
    pg->nlaunch = cg.launches.n;
    pg->nkernels = cg.nkernel_launches;
    pg->nmatmuls = nmm;
    pg->scratch_bytes = cg.s->scratch_bytes;
    pg->grad_cut = 0; /* passes/distcut.c finds it for TRAIN */
    plan->has_graph[k] = true;
  }
  plan->kernels = cg.kernels.v;
  plan->nkernels = cg.kernels.n;
  for (int i = 0; i < G23_NDIALECTS; i++) g23_plan_set_source(plan, g23_dialects[i]->name, cg.src[i].s);
  (void)d;
  return 0;
}
