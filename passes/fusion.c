/* fusion.c: grouping a graph's nodes into kernels and matmul launches.
 *
 * Nodes are visited in topological order and each joins the most recent
 * group among its inputs' groups when that is legal, else starts a group:
 *
 *   ELEM   elementwise ops (and EXPAND, a broadcast read) over one shape
 *   ROW    a domain [rows, cols]: "full" values of that shape, last-axis
 *          reductions of them, and "row" values of shape [..., 1]; one
 *          kernel owns whole rows (softmax, layernorm, cross-entropy)
 *   MATMUL one launch, with an epilogue (runtime/plan/plan.h) where the ops
 *          around it match one: a following bias add, and GELU (keeping
 *          the pre-activation as aux when the backward reads it); the GELU
 *          gradient product dpre = dh * gelu'(pre) when dh is the matmul,
 *          with the bias gradient (a sum of dpre over rows); the bias
 *          gradient beside a weight gradient X^T . dY (a sum of dY over
 *          rows, dY being the matmul's B).  The patterns are shapes of IR,
 *          not names: any model whose graph has them gets them.
 *   SINGLE any other op: moves, indexing, cache writes, attention
 *
 * A PERMUTE or SLICE whose every reader (through reshapes) is a move that
 * loads its input (PERMUTE, SLICE, PAD, CONCAT) is folded: no kernel
 * computes it, and each reader loads through the whole chain of views and
 * folded moves from the stored value under it (g23_layout_of, ir/sched.h),
 * so a slice of a matmul's output that a reshape and a permute turn into
 * attention heads costs one copy, not two.
 *
 * Groups launch in creation order and a node only joins group G when each
 * of its inputs is computed in G or in an earlier group, so the order is a
 * valid schedule.  A value is stored when something outside its group (or a
 * view, or the runtime) reads it.
 */
#include <stdlib.h>
#include <string.h>

#include "passes.h"

enum { LVL_NONE, LVL_FULL, LVL_ROW };

/* How many recent groups a node without a fusible producer may join. */
#define SEARCH 8

typedef struct {
  const g23_graph_t *g;
  g23_sched_t *s;
  int *ustart, *uses; /* consumers, CSR */
  int *lvl;
  int *shape_node;    /* per group: a node whose shape is the domain */
  int *bgrad_wait;    /* [n] MATMUL node -> the bias gradient (REDUCE_TO)
                         deferred to its group, or -1 */
  bool no_fusion;
  int gcap;
} fctx_t;

static bool same_shape(const g23_node_t *a, const g23_node_t *b) {
  return a->rank == b->rank && memcmp(a->shape, b->shape, a->rank * sizeof *a->shape) == 0;
}

/* b has a's shape with the last axis 1. */
static bool is_row_shape(const g23_node_t *full, const g23_node_t *b) {
  if (full->rank == 0 || b->rank != full->rank) return false;
  for (int i = 0; i < full->rank - 1; i++)
    if (b->shape[i] != full->shape[i]) return false;
  return b->shape[full->rank - 1] == 1;
}

static int view_root(const g23_graph_t *g, int id) {
  while (g23_ops[g->nodes[id].op].cls == G23_CLASS_VIEW) id = g->nodes[id].in[0];
  return id;
}

/* The stored value that id is read from: through views and folded moves. */
static int load_root(const fctx_t *c, int id) {
  while (g23_ops[c->g->nodes[id].op].cls == G23_CLASS_VIEW || c->s->folded[id]) id = c->g->nodes[id].in[0];
  return id;
}

/* Group whose launch produces id's value; -1 for leaves not materialised. */
static int avail(fctx_t *c, int id) { return c->s->group_of[load_root(c, id)]; }

static int new_group(fctx_t *c, g23_group_kind_t kind, int shape_node) {
  g23_sched_t *s = c->s;
  if (s->ngroups == c->gcap) {
    c->gcap = c->gcap ? 2 * c->gcap : 64;
    s->groups = g23_xrealloc(s->groups, c->gcap * sizeof *s->groups);
    c->shape_node = g23_xrealloc(c->shape_node, c->gcap * sizeof *c->shape_node);
  }
  g23_group_t *gr = &s->groups[s->ngroups];
  memset(gr, 0, sizeof *gr);
  gr->kind = kind;
  gr->mm = gr->mm_out = gr->mm_bias = gr->mm_aux = gr->mm_bgrad = -1;
  const g23_node_t *sn = &c->g->nodes[shape_node];
  gr->rows = g23_numel(sn);
  gr->cols = 1;
  c->shape_node[s->ngroups] = shape_node;
  return s->ngroups++;
}

static void add_node(fctx_t *c, int gi, int id, int lvl) {
  g23_group_t *gr = &c->s->groups[gi];
  gr->nodes = g23_xrealloc(gr->nodes, (gr->nnodes + 1) * sizeof *gr->nodes);
  gr->nodes[gr->nnodes++] = id;
  c->s->group_of[id] = gi;
  c->lvl[id] = lvl;
}

/* Moves that a kernel does as a remapped load of a stored input. */
static bool is_load_move(const g23_node_t *n) {
  return g23_is_layout_move(n->op) || n->op == G23_OP_GATHER;
}

static bool is_elem_like(const g23_node_t *n) {
  return g23_ops[n->op].cls == G23_CLASS_ELEMWISE || n->op == G23_OP_EXPAND || is_load_move(n);
}

/* May elementwise node v (or EXPAND) join group gi?  Sets *lvl. */
static bool can_join_elem(fctx_t *c, int v, int gi, int *lvl) {
  const g23_graph_t *g = c->g;
  const g23_node_t *n = &g->nodes[v];
  g23_group_t *gr = &c->s->groups[gi];
  if (gr->kind != G23_GROUP_ELEM && gr->kind != G23_GROUP_ROW) return false;
  const g23_node_t *dom = &g->nodes[c->shape_node[gi]];
  if (same_shape(n, dom)) *lvl = LVL_FULL;
  else if (gr->kind == G23_GROUP_ROW && is_row_shape(dom, n)) *lvl = LVL_ROW;
  else return false;
  if (n->dtype == G23_BF16 || n->dtype == G23_F16) return false;
  for (int k = 0; k < n->nin; k++) {
    int w = n->in[k];
    int ag = avail(c, w);
    if (ag < gi) continue;
    if (ag > gi) return false;
    if (load_root(c, w) != w) return false; /* a view of a value of this very kernel */
    if (is_load_move(n)) return false;       /* reads other elements than its own */
    if (n->op == G23_OP_EXPAND && !same_shape(&g->nodes[w], n) && c->lvl[w] != LVL_ROW) return false;
    if (*lvl == LVL_ROW && c->lvl[w] != LVL_ROW) return false;
  }
  return true;
}

static int nuses(const fctx_t *c, int v) { return c->ustart[v + 1] - c->ustart[v]; }

/* Can every reader of v (v folded, or a reshape of a folded move) load
 * through it: a move that loads its input, or a reshape whose layout is
 * written so and whose readers can? */
static bool readers_load_through(fctx_t *c, int v, int depth) {
  const g23_graph_t *g = c->g;
  if (nuses(c, v) == 0 || depth > 16) return false;
  for (int k = c->ustart[v]; k < c->ustart[v + 1]; k++) {
    int u = c->uses[k];
    const g23_node_t *un = &g->nodes[u];
    g23_layout_t l;
    if (un->op == G23_OP_RESHAPE) {
      if (un->role != G23_ROLE_ACT || !g23_layout_of(g, c->s->folded, u, &l) || !readers_load_through(c, u, depth + 1))
        return false;
      continue;
    }
    if (!g23_is_layout_move(un->op)) return false;
  }
  return true;
}

/* Folds PERMUTE or SLICE node v when its readers can load through it. */
static bool try_fold(fctx_t *c, int v) {
  const g23_node_t *n = &c->g->nodes[v];
  if (c->no_fusion || (n->op != G23_OP_PERMUTE && n->op != G23_OP_SLICE) || n->role != G23_ROLE_ACT ||
      n->dtype == G23_BF16 || n->dtype == G23_F16)
    return false;
  g23_layout_t l;
  c->s->folded[v] = true;
  if (g23_layout_of(c->g, c->s->folded, v, &l) && readers_load_through(c, v, 0)) return true;
  c->s->folded[v] = false;
  return false;
}

/* A MATMUL's bias add (and GELU) epilogue. */
static void try_epilogue(fctx_t *c, int v, int gi) {
  const g23_graph_t *g = c->g;
  g23_group_t *gr = &c->s->groups[gi];
  const g23_node_t *mm = &g->nodes[v];
  if (nuses(c, v) != 1 || mm->role != G23_ROLE_ACT) return;
  int a = c->uses[c->ustart[v]];
  const g23_node_t *add = &g->nodes[a];
  if (add->op != G23_OP_ADD || !same_shape(add, mm) || add->dtype != G23_F32) return;
  int b = add->in[0] == v ? add->in[1] : add->in[0];
  if (add->in[0] == add->in[1]) return;
  const g23_node_t *bn = &g->nodes[b];
  int64_t ncols = mm->shape[mm->rank - 1];
  if (bn->dtype != G23_F32 || bn->rank < 1 || bn->shape[bn->rank - 1] != ncols || g23_numel(bn) != ncols) return;
  if (b > v && g23_ops[bn->op].cls != G23_CLASS_LEAF) return;
  if (bn->op == G23_OP_CONST) return;
  gr->mm_bias = b;
  gr->epilogue = G23_EPI_BIAS;
  gr->mm_out = a;
  add_node(c, gi, a, LVL_FULL);
  if (nuses(c, a) == 1 && add->role == G23_ROLE_ACT) {
    int ge = c->uses[c->ustart[a]];
    if (g->nodes[ge].op == G23_OP_GELU && same_shape(&g->nodes[ge], add)) {
      gr->epilogue = G23_EPI_GELU_BIAS;
      gr->mm_out = ge;
      add_node(c, gi, ge, LVL_FULL);
    }
    return;
  }
  /* The sum is read elsewhere too (in training, by the GELU's gradient):
   * a GELU of it is the result, and the sum, stored beside it, the aux. */
  if (!g23_matmul_is_tall(g, v)) return;
  for (int k = c->ustart[a]; k < c->ustart[a + 1]; k++) {
    int ge = c->uses[k];
    const g23_node_t *gn = &g->nodes[ge];
    if (gn->op == G23_OP_GELU && gn->dtype == G23_F32 && same_shape(gn, add) && c->s->group_of[ge] < 0) {
      gr->epilogue = G23_EPI_GELU_AUX_BIAS;
      gr->mm_out = ge;
      gr->mm_aux = a;
      add_node(c, gi, ge, LVL_FULL);
      return;
    }
  }
}

/* REDUCE_TO node r sums a tensor [..., n] over every axis but the last into
 * n values: the gradient of a bias that was broadcast over rows. */
static bool is_row_sum(const g23_graph_t *g, int r) {
  const g23_node_t *rn = &g->nodes[r], *y = &g->nodes[rn->in[0]];
  if (rn->op != G23_OP_REDUCE_TO || rn->dtype != G23_F32 || y->dtype != G23_F32 || rn->rank < 1 || y->rank < 1)
    return false;
  int64_t n = rn->shape[rn->rank - 1];
  return g23_numel(rn) == n && y->shape[y->rank - 1] == n;
}

/* dpre = dh * gelu'(pre) with dh = matmul v (its only reader): the DGELU
 * epilogue reading pre as aux; with the bias gradient, a row sum of dpre,
 * DGELU_BGRAD.  The GELU gradient must be read by that product alone and
 * not be computed yet (it is computed in the epilogue instead). */
static bool try_dgelu(fctx_t *c, int v, int gi) {
  const g23_graph_t *g = c->g;
  g23_group_t *gr = &c->s->groups[gi];
  const g23_node_t *mm = &g->nodes[v];
  if (nuses(c, v) != 1 || mm->role != G23_ROLE_ACT || mm->dtype != G23_F32 || !g23_matmul_is_tall(g, v))
    return false;
  int u = c->uses[c->ustart[v]];
  const g23_node_t *mul = &g->nodes[u];
  if (mul->op != G23_OP_MUL || mul->dtype != G23_F32 || !same_shape(mul, mm) || mul->in[0] == mul->in[1])
    return false;
  int gg = mul->in[0] == v ? mul->in[1] : mul->in[0];
  const g23_node_t *ggn = &g->nodes[gg];
  if (ggn->op != G23_OP_GELU_GRAD || ggn->role != G23_ROLE_ACT || !same_shape(ggn, mm) || nuses(c, gg) != 1 ||
      c->s->group_of[gg] >= 0)
    return false;
  /* pre is ready when the matmul runs: computed before it in node order. */
  int pre = ggn->in[0];
  const g23_node_t *pn = &g->nodes[pre];
  if (pre > v || pn->dtype != G23_F32 || !same_shape(pn, mm) || g->nodes[view_root(g, pre)].op == G23_OP_CONST)
    return false;
  add_node(c, gi, gg, LVL_FULL);
  add_node(c, gi, u, LVL_FULL);
  gr->mm_out = u;
  gr->mm_aux = pre;
  gr->epilogue = G23_EPI_DGELU;
  for (int k = c->ustart[u]; k < c->ustart[u + 1]; k++) {
    int r = c->uses[k];
    if (is_row_sum(g, r) && c->s->group_of[r] < 0) {
      add_node(c, gi, r, LVL_FULL);
      gr->mm_bgrad = r;
      gr->epilogue = G23_EPI_DGELU_BGRAD;
      break;
    }
  }
  return true;
}

/* Bias gradient r = a row sum of dY, where dY (or a reshape of it) is also
 * the untransposed B of a 2-D matmul that sums over all of dY's rows (a
 * weight gradient X^T . dY): the matmul's BGRAD epilogue computes r.  When
 * the matmul comes later, r waits for it (nothing reads r before).  True
 * when r is taken care of. */
static bool try_bgrad(fctx_t *c, int r) {
  const g23_graph_t *g = c->g;
  if (!is_row_sum(g, r)) return false;
  int y = g->nodes[r].in[0];
  int64_t n = g->nodes[r].shape[g->nodes[r].rank - 1];
  /* Readers of y and of its reshapes. */
  int cand[64], nc = 0;
  for (int k = c->ustart[y]; k < c->ustart[y + 1] && nc < 64; k++) {
    int w = c->uses[k];
    cand[nc++] = w;
    if (g->nodes[w].op == G23_OP_RESHAPE)
      for (int q = c->ustart[w]; q < c->ustart[w + 1] && nc < 64; q++) cand[nc++] = c->uses[q];
  }
  for (int i = 0; i < nc; i++) {
    int mmi = cand[i];
    const g23_node_t *mm = &g->nodes[mmi];
    if (mm->op != G23_OP_MATMUL || mm->rank != 2 || mm->iattr[1] || mm->shape[1] != n || mm->dtype != G23_F32)
      continue;
    int b = mm->in[1];
    if (view_root(g, b) != view_root(g, y) || g23_numel(&g->nodes[b]) != g23_numel(&g->nodes[y]) ||
        (b != y && g->nodes[b].op != G23_OP_RESHAPE))
      continue;
    if (mmi < r) {
      int gm = c->s->group_of[mmi];
      g23_group_t *gr = gm >= 0 ? &c->s->groups[gm] : NULL;
      if (!gr || gr->kind != G23_GROUP_MATMUL || gr->epilogue != G23_EPI_NONE || gr->mm != mmi) continue;
      add_node(c, gm, r, LVL_FULL);
      gr->epilogue = G23_EPI_BGRAD;
      gr->mm_bgrad = r;
      return true;
    }
    if (c->bgrad_wait[mmi] >= 0) continue;
    bool later = true;
    for (int k = c->ustart[r]; k < c->ustart[r + 1]; k++) later &= c->uses[k] > mmi;
    if (!later) continue;
    c->bgrad_wait[mmi] = r;
    return true;
  }
  return false;
}

/* Does any consumer of CONST node id need it in memory? */
static bool const_needs_buffer(fctx_t *c, int id) {
  const g23_node_t *n = &c->g->nodes[id];
  if (n->role != G23_ROLE_ACT) return true;
  for (int k = c->ustart[id]; k < c->ustart[id + 1]; k++) {
    const g23_node_t *u = &c->g->nodes[c->uses[k]];
    g23_opclass_t cls = g23_ops[u->op].cls;
    if (cls != G23_CLASS_ELEMWISE && cls != G23_CLASS_REDUCE && u->op != G23_OP_EXPAND) return true;
    if (g23_ops[u->op].flags & G23_F_INPLACE && u->in[0] == id) return true;
  }
  return false;
}

static int64_t attn_rows(const g23_node_t *q) { return q->shape[0] * q->shape[1] * q->shape[2]; }

/* Whether attention backward b reads as o (in4) the output of the forward
 * attention of its own operands: the same q, k, v, pos, seed and extras,
 * attributes and score. */
static bool same_forward(const g23_graph_t *g, const g23_node_t *b) {
  const g23_node_t *f = &g->nodes[b->in[4]];
  if (f->op != G23_OP_ATTENTION || f->nin + 2 != b->nin) return false;
  for (int k = 0; k < f->nin; k++)
    if (f->in[k] != b->in[k < 4 ? k : k + 2]) return false;
  for (int k = 0; k < 5; k++)
    if (k != 3 && f->iattr[k] != b->iattr[k]) return false;
  if (f->fattr[0] != b->fattr[0] || !f->score != !b->score) return false;
  if (!f->score) return true;
  g23_buf_t x = {0}, y = {0};
  g23_sx_render(&x, f->score, "s", "i", "j", "h", "x%d");
  g23_sx_render(&y, b->score, "s", "i", "j", "h", "x%d");
  bool same = !strcmp(x.s, y.s);
  g23_buf_free(&x);
  g23_buf_free(&y);
  return same;
}

void g23_sched_free(g23_sched_t *s) {
  for (int i = 0; i < s->ngroups; i++) free(s->groups[i].nodes);
  free(s->groups);
  free(s->group_of);
  free(s->stored);
  free(s->folded);
  free(s->rowlevel);
  free(s->alias);
  free(s->offset);
  free(s->temp_off);
  memset(s, 0, sizeof *s);
}

int g23_fuse(const g23_graph_t *g, g23_sched_t *s, bool no_fusion, bool no_epilogue, g23_diag_t *d) {
  memset(s, 0, sizeof *s);
  int n = g->n;
  s->n = n;
  size_t nn = n ? n : 1;
  s->group_of = g23_xmalloc(nn * sizeof *s->group_of);
  s->stored = g23_xcalloc(nn, sizeof *s->stored);
  s->folded = g23_xcalloc(nn, sizeof *s->folded);
  s->alias = g23_xmalloc(nn * sizeof *s->alias);
  s->offset = g23_xmalloc(nn * sizeof *s->offset);
  for (int i = 0; i < n; i++) s->group_of[i] = -1, s->offset[i] = -1;
  fctx_t c = {.g = g, .s = s, .no_fusion = no_fusion};
  c.lvl = g23_xcalloc(nn, sizeof *c.lvl);
  c.ustart = g23_xcalloc(nn + 1, sizeof *c.ustart);
  for (int i = 0; i < n; i++)
    for (int k = 0; k < g->nodes[i].nin; k++) c.ustart[g->nodes[i].in[k] + 1]++;
  for (int i = 0; i < n; i++) c.ustart[i + 1] += c.ustart[i];
  c.uses = g23_xmalloc((c.ustart[n] ? c.ustart[n] : 1) * sizeof *c.uses);
  int *fill = g23_xcalloc(nn, sizeof *fill);
  for (int i = 0; i < n; i++)
    for (int k = 0; k < g->nodes[i].nin; k++) {
      int w = g->nodes[i].in[k];
      c.uses[c.ustart[w] + fill[w]++] = i;
    }
  free(fill);
  c.bgrad_wait = g23_xmalloc(nn * sizeof *c.bgrad_wait);
  for (int i = 0; i < n; i++) c.bgrad_wait[i] = -1;

  for (int v = 0; v < n; v++) {
    const g23_node_t *nd = &g->nodes[v];
    const g23_opinfo_t *info = &g23_ops[nd->op];
    if (s->group_of[v] >= 0) continue; /* claimed by an epilogue */
    if (info->cls == G23_CLASS_LEAF) {
      if (nd->op == G23_OP_CONST && const_needs_buffer(&c, v)) add_node(&c, new_group(&c, G23_GROUP_ELEM, v), v, LVL_FULL);
      continue;
    }
    if (info->cls == G23_CLASS_VIEW || try_fold(&c, v)) continue;
    if (nd->dtype == G23_BF16 || nd->dtype == G23_F16) {
      g23_error(d, nd->loc, "%s: 16-bit tensors are not supported by code generation yet", info->name);
      goto fail;
    }
    if (info->cls == G23_CLASS_MATMUL) {
      int gi = new_group(&c, G23_GROUP_MATMUL, v), r = c.bgrad_wait[v];
      if (r >= 0) add_node(&c, gi, r, LVL_FULL); /* r < v: node order */
      add_node(&c, gi, v, LVL_FULL);
      s->groups[gi].mm = s->groups[gi].mm_out = v;
      if (r >= 0) {
        s->groups[gi].epilogue = G23_EPI_BGRAD;
        s->groups[gi].mm_bgrad = r;
      } else if (!no_epilogue && !try_dgelu(&c, v, gi)) {
        try_epilogue(&c, v, gi);
      }
      continue;
    }
    if (is_elem_like(nd)) {
      int best = -1;
      for (int k = 0; k < nd->nin; k++) {
        int ag = avail(&c, nd->in[k]);
        if (ag > best) best = ag;
      }
      int lvl, gi = -1;
      if (!no_fusion && best >= 0 && can_join_elem(&c, v, best, &lvl)) gi = best;
      /* Otherwise a recent kernel over the same shape that runs after every
       * input is ready (siblings: the two halves of a cross-entropy). */
      if (!no_fusion && gi < 0 && !(info->flags & G23_F_INPLACE))
        for (int h = s->ngroups - 1; h > best && h >= s->ngroups - SEARCH; h--)
          if (can_join_elem(&c, v, h, &lvl)) {
            gi = h;
            break;
          }
      if (gi >= 0) add_node(&c, gi, v, lvl);
      else add_node(&c, new_group(&c, G23_GROUP_ELEM, v), v, LVL_FULL);
      continue;
    }
    if (info->cls == G23_CLASS_REDUCE) {
      int u = nd->in[0];
      const g23_node_t *un = &g->nodes[u];
      int ag = avail(&c, u);
      int64_t cols = un->rank ? un->shape[un->rank - 1] : 1;
      int into = -1;
      if (!no_fusion && ag >= 0 && view_root(g, u) == u && c.lvl[u] == LVL_FULL &&
          same_shape(&g->nodes[c.shape_node[ag]], un) &&
          (s->groups[ag].kind == G23_GROUP_ROW || s->groups[ag].kind == G23_GROUP_ELEM))
        into = ag;
      for (int h = s->ngroups - 1; !no_fusion && into < 0 && h > ag && h >= s->ngroups - SEARCH; h--)
        if ((s->groups[h].kind == G23_GROUP_ROW || s->groups[h].kind == G23_GROUP_ELEM) &&
            same_shape(&g->nodes[c.shape_node[h]], un))
          into = h;
      if (into >= 0) {
        g23_group_t *gr = &s->groups[into];
        if (gr->kind == G23_GROUP_ELEM) {
          gr->kind = G23_GROUP_ROW;
          gr->rows = g23_numel(un) / cols;
          gr->cols = cols;
        }
        add_node(&c, into, v, LVL_ROW);
        continue;
      }
      int gi = new_group(&c, G23_GROUP_ROW, u);
      s->groups[gi].rows = g23_numel(un) / cols;
      s->groups[gi].cols = cols;
      add_node(&c, gi, v, LVL_ROW);
      continue;
    }
    if (!no_epilogue && nd->op == G23_OP_REDUCE_TO && try_bgrad(&c, v)) continue;
    int gi = new_group(&c, G23_GROUP_SINGLE, v);
    add_node(&c, gi, v, LVL_FULL);
    if (nd->op == G23_OP_ATTN_BWD) s->groups[gi].temp_bytes = 2 * 4 * attn_rows(&g->nodes[nd->in[0]]);
    if (nd->op == G23_OP_ATTN_BWD_EXTRA) s->groups[gi].temp_bytes = 4 * attn_rows(&g->nodes[nd->in[0]]);
  }

  /* The forward attention that an attention backward reads as o (autodiff
   * passes it, ops.def) keeps its rows' log-sum-exp past its value: the
   * backward's C kernel takes the probabilities from them instead of
   * recomputing the softmax (codegen/attention.c), so it must be there. */
  for (int v = 0; v < n; v++) {
    const g23_node_t *b = &g->nodes[v];
    if (b->op != G23_OP_ATTN_BWD) continue;
    int f = b->in[4];
    if (!same_forward(g, b) || s->group_of[f] < 0 || s->groups[s->group_of[f]].kind != G23_GROUP_SINGLE) {
      g23_error(d, b->loc, "internal: attention backward (node %d) does not read its own forward's output", v);
      goto fail;
    }
    s->groups[s->group_of[f]].tail_bytes = 4 * attn_rows(&g->nodes[f]);
  }
  /* Stored values and buffer aliases. */
  for (int v = 0; v < n; v++) {
    const g23_node_t *nd = &g->nodes[v];
    const g23_opinfo_t *info = &g23_ops[nd->op];
    s->alias[v] = v;
    if (info->cls == G23_CLASS_VIEW || s->folded[v]) {
      s->alias[v] = s->alias[nd->in[0]];
      continue;
    }
    if (info->flags & G23_F_INPLACE) s->alias[v] = s->alias[nd->in[0]];
    if (info->cls == G23_CLASS_LEAF) {
      s->stored[v] = nd->op != G23_OP_CONST || s->group_of[v] >= 0;
      continue;
    }
    int gi = s->group_of[v];
    G23_ASSERT(gi >= 0);
    g23_group_t *gr = &s->groups[gi];
    bool st = nd->role != G23_ROLE_ACT || (info->flags & G23_F_INPLACE) || gr->kind == G23_GROUP_SINGLE;
    if (gr->kind == G23_GROUP_MATMUL) st = v == gr->mm_out || v == gr->mm_aux || v == gr->mm_bgrad;
    else
      for (int k = c.ustart[v]; k < c.ustart[v + 1] && !st; k++) {
        int u = c.uses[k];
        if (s->group_of[u] != gi) st = true;
      }
    s->stored[v] = st;
  }

  /* In-place updates: every other reader of the target must run first (or
   * read it at the same element within the same kernel, before the store). */
  for (int v = 0; v < n; v++) {
    const g23_node_t *nd = &g->nodes[v];
    if (!(g23_ops[nd->op].flags & G23_F_INPLACE)) continue;
    int tgt = view_root(g, nd->in[0]);
    int gv = s->group_of[v];
    /* Readers of tgt directly or through views. */
    int stack[64], sp = 0;
    stack[sp++] = tgt;
    while (sp) {
      int x = stack[--sp];
      for (int k = c.ustart[x]; k < c.ustart[x + 1]; k++) {
        int u = c.uses[k];
        if (u == v) continue;
        if (g23_ops[g->nodes[u].op].cls == G23_CLASS_VIEW || s->folded[u]) {
          if (sp < 64) stack[sp++] = u;
          continue;
        }
        int gu = s->group_of[u];
        /* A row kernel stores its row-level values after its last loop,
         * and reads them before (the CUDA kernel with a barrier between:
         * codegen/render.c): an in-place update of a row-shaped tensor
         * there (AdamW of a one-element parameter beside the gradient
         * norm) may read it at row level too. */
        bool ok = gu < gv ||
                  (gu == gv && s->groups[gv].kind != G23_GROUP_SINGLE &&
                   same_shape(&g->nodes[x], &g->nodes[c.shape_node[gv]]) && c.lvl[u] == LVL_FULL) ||
                  (gu == gv && s->groups[gv].kind == G23_GROUP_ROW && c.lvl[u] == LVL_ROW && c.lvl[v] == LVL_ROW);
        if (!ok) {
          g23_error(d, nd->loc, "internal: %s of '%s' is read by %s (node %d) after it is written",
                    g23_ops[nd->op].name, g->nodes[tgt].name ? g->nodes[tgt].name : "?", g23_ops[g->nodes[u].op].name, u);
          goto fail;
        }
      }
    }
  }
  s->rowlevel = g23_xcalloc(nn, sizeof *s->rowlevel);
  for (int v = 0; v < n; v++) s->rowlevel[v] = c.lvl[v] == LVL_ROW;
  free(c.lvl);
  free(c.ustart);
  free(c.uses);
  free(c.shape_node);
  free(c.bgrad_wait);
  s->temp_off = g23_xmalloc((s->ngroups ? s->ngroups : 1) * sizeof *s->temp_off);
  for (int i = 0; i < s->ngroups; i++) s->temp_off[i] = -1;
  return 0;
fail:
  free(c.bgrad_wait);
  free(c.lvl);
  free(c.ustart);
  free(c.uses);
  free(c.shape_node);
  g23_sched_free(s);
  return -1;
}

void g23_sched_dump(FILE *f, const g23_graph_t *g, const g23_sched_t *s) {
  static const char *const kinds[] = {"elem", "row", "single", "matmul"};
  char buf[96];
  for (int i = 0; i < s->ngroups; i++) {
    const g23_group_t *gr = &s->groups[i];
    fprintf(f, "  group %d %s", i, kinds[gr->kind]);
    if (gr->kind == G23_GROUP_ROW) fprintf(f, " [%lld x %lld]", (long long)gr->rows, (long long)gr->cols);
    if (gr->kind == G23_GROUP_MATMUL && gr->epilogue) fprintf(f, " epilogue %s", g23_epilogue_name(gr->epilogue));
    fprintf(f, ":");
    for (int k = 0; k < gr->nnodes; k++) {
      const g23_node_t *nd = &g->nodes[gr->nodes[k]];
      fprintf(f, " %%%d=%s%s%s", gr->nodes[k], g23_ops[nd->op].name, g23_shape_str(nd->rank, nd->shape, buf, sizeof buf),
              s->stored[gr->nodes[k]] ? "*" : "");
    }
    fprintf(f, "\n");
  }
}
