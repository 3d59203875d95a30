/* optim.c: global gradient-norm clipping and AdamW, as ordinary graph ops.
 *
 *   norm  = sqrt(sum over every parameter of sum(g^2))          "grad_norm"
 *   scale = grad_clip > 0 ? min(1, grad_clip / (norm + 1e-6)) : 1
 *   g'    = g * scale
 *   m     = beta1 m + (1 - beta1) g'
 *   v     = beta2 v + (1 - beta2) g'^2
 *   p     = p - lr (m / bias1 / (sqrt(v / bias2) + eps) + wd p)   (wd: 0 if no_decay)
 *
 * bias1 = 1 - beta1^t and bias2 = 1 - beta2^t are run-time scalars, so the
 * step count never enters the graph.  Every update is computed before the
 * first ASSIGN, so no update reads a parameter that was already written.
 */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

typedef struct {
  g23_graph_t *g;
  g23_diag_t *d;
  g23_loc_t loc;
  bool failed;
} ob_t;

static int add(ob_t *b, g23_op_t op, const int *in, int nin, int rank, const int64_t *shape) {
  int id = g23_add(b->g, b->d, b->loc, op, in, nin, NULL, 0, NULL, rank, shape);
  if (id < 0) b->failed = true;
  return id;
}
static int bin(ob_t *b, g23_op_t op, int x, int y) {
  int in[2] = {x, y};
  return add(b, op, in, 2, 0, NULL);
}
static int num(ob_t *b, double v) { return g23_const(b->g, b->loc, v, 0, NULL); }

/* The run-time scalar `name` (f32 [1]), created if the graph has none. */
static int scalar(g23_graph_t *g, const char *name) {
  for (int i = 0; i < g->n; i++) {
    const g23_node_t *n = &g->nodes[i];
    if (n->op == G23_OP_INPUT && n->role == G23_ROLE_SCALAR && n->name && strcmp(n->name, name) == 0) return i;
  }
  int64_t one = 1;
  return g23_leaf(g, g23_noloc, G23_OP_INPUT, G23_ROLE_SCALAR, name, G23_F32, 1, &one);
}

static int state(g23_graph_t *g, const g23_node_t *p, const char *prefix) {
  char *name = g23_xasprintf("%s:%s", prefix, p->name ? p->name : "?");
  int64_t shape[G23_MAX_RANK];
  int rank = p->rank;
  g23_loc_t loc = p->loc;
  memcpy(shape, p->shape, sizeof shape);
  int id = g23_leaf(g, loc, G23_OP_STATE, G23_ROLE_OPTSTATE, name, G23_F32, rank, shape);
  free(name);
  if (id >= 0) g->nodes[id].init = G23_INIT_ZEROS;
  return id;
}

int g23_adamw_build(g23_graph_t *g, g23_diag_t *d, const g23_adamw_t *opt, const int *params, const int *grads,
                    int nparams) {
  ob_t b = {.g = g, .d = d, .loc = g23_noloc};
  if (nparams == 0) return 0;
  int lr = scalar(g, "lr"), wd = scalar(g, "weight_decay"), clip = scalar(g, "grad_clip");
  int bias1 = scalar(g, "bias1"), bias2 = scalar(g, "bias2");
  int *gr = g23_xmalloc(nparams * sizeof *gr);
  /* The nodes already chosen as some parameter's gradient (copies are new
   * nodes, which no later gradient can be). */
  int n0 = g->n;
  bool *taken = g23_xcalloc(n0 ? n0 : 1, sizeof *taken);

  /* Name each gradient "grad:<param>" (role GRAD).  A gradient already so
   * named is kept; a node that is something else too (a leaf, a view of
   * another buffer, another parameter's gradient, a named tensor) gets its
   * own copy, an identity CAST. */
  for (int i = 0; i < nparams && !b.failed; i++) {
    int id = grads[i];
    if (id < 0) {
      free(gr);
      free(taken);
      return -1;
    }
    const char *pname = g->nodes[params[i]].name ? g->nodes[params[i]].name : "?";
    char *want = g23_xasprintf("grad:%s", pname);
    const g23_node_t *n = &g->nodes[id];
    bool dup = id < n0 && taken[id];
    bool named = n->role == G23_ROLE_GRAD && n->name && strcmp(n->name, want) == 0;
    bool copy = dup || (!named && (g23_ops[n->op].cls == G23_CLASS_LEAF || g23_ops[n->op].cls == G23_CLASS_VIEW ||
                                   (g23_ops[n->op].flags & G23_F_INPLACE) || n->role != G23_ROLE_ACT || n->name));
    if (copy) {
      int64_t dt = n->dtype;
      b.loc = g->nodes[params[i]].loc;
      id = g23_add(g, d, b.loc, G23_OP_CAST, &id, 1, &dt, 1, NULL, 0, NULL);
      if (id < 0) b.failed = true;
    }
    if (id >= 0) {
      g23_node_t *m = &g->nodes[id];
      m->role = G23_ROLE_GRAD;
      free(m->name);
      m->name = want;
    } else {
      free(want);
    }
    gr[i] = id;
    if (id >= 0 && id < n0) taken[id] = true;
  }
  free(taken);
  if (b.failed) {
    free(gr);
    return -1;
  }

  /* Global norm over every gradient. */
  b.loc = g23_noloc;
  int total = -1;
  for (int i = 0; i < nparams; i++) {
    int64_t flat = g23_numel(&g->nodes[gr[i]]);
    b.loc = g->nodes[params[i]].loc;
    int f = add(&b, G23_OP_RESHAPE, &gr[i], 1, 1, &flat);
    int ss = add(&b, G23_OP_RSUM, (int[]){bin(&b, G23_OP_MUL, f, f)}, 1, 0, NULL);
    total = total < 0 ? ss : bin(&b, G23_OP_ADD, total, ss);
  }
  b.loc = g23_noloc;
  int norm = add(&b, G23_OP_SQRT, &total, 1, 0, NULL);
  if (norm >= 0) g23_graph_output(g, norm, "grad_norm");
  int ratio = bin(&b, G23_OP_DIV, clip, bin(&b, G23_OP_ADD, norm, num(&b, 1e-6)));
  int capped = bin(&b, G23_OP_MIN, num(&b, 1), ratio);
  int cond = bin(&b, G23_OP_LT, num(&b, 0), clip);
  int scale = add(&b, G23_OP_WHERE, (int[]){cond, capped, num(&b, 1)}, 3, 0, NULL);

  int *nm = g23_xmalloc(3 * nparams * sizeof *nm); /* per param: new m, v, p */
  int *st = g23_xmalloc(2 * nparams * sizeof *st); /* per param: m, v */
  for (int i = 0; i < nparams && !b.failed; i++) {
    int p = params[i];
    b.loc = g->nodes[p].loc;
    int m = state(g, &g->nodes[p], "adam_m"), v = state(g, &g->nodes[p], "adam_v");
    st[2 * i] = m, st[2 * i + 1] = v;
    int gc = bin(&b, G23_OP_MUL, gr[i], scale);
    int m2 = bin(&b, G23_OP_ADD, bin(&b, G23_OP_MUL, m, num(&b, opt->beta1)),
                 bin(&b, G23_OP_MUL, gc, num(&b, 1 - opt->beta1)));
    int v2 = bin(&b, G23_OP_ADD, bin(&b, G23_OP_MUL, v, num(&b, opt->beta2)),
                 bin(&b, G23_OP_MUL, bin(&b, G23_OP_MUL, gc, gc), num(&b, 1 - opt->beta2)));
    int mhat = bin(&b, G23_OP_DIV, m2, bias1), vhat = bin(&b, G23_OP_DIV, v2, bias2);
    int upd = bin(&b, G23_OP_DIV, mhat, bin(&b, G23_OP_ADD, add(&b, G23_OP_SQRT, &vhat, 1, 0, NULL), num(&b, opt->eps)));
    if (!g->nodes[p].no_decay) upd = bin(&b, G23_OP_ADD, upd, bin(&b, G23_OP_MUL, wd, p));
    int p2 = bin(&b, G23_OP_SUB, p, bin(&b, G23_OP_MUL, lr, upd));
    nm[3 * i] = m2, nm[3 * i + 1] = v2, nm[3 * i + 2] = p2;
  }
  for (int i = 0; i < nparams && !b.failed; i++) {
    b.loc = g->nodes[params[i]].loc;
    bin(&b, G23_OP_ASSIGN, st[2 * i], nm[3 * i]);
    bin(&b, G23_OP_ASSIGN, st[2 * i + 1], nm[3 * i + 1]);
    bin(&b, G23_OP_ASSIGN, params[i], nm[3 * i + 2]);
  }
  free(nm);
  free(st);
  free(gr);
  return b.failed ? -1 : 0;
}
