/* distcut.c: where data-parallel training reduces the gradients.
 *
 * The training graph's launch list runs forward, backward, the global
 * gradient norm, clipping and AdamW.  Processes that train on slices of one
 * batch must sum their gradients after the last launch that writes one and
 * before the first that reads one (docs/distributed.md).  From the schedule
 * this pass finds that point, plan->graphs[TRAIN].grad_cut (0 when there is
 * none), and for every gradient the launch boundary after which it is final
 * (grad_final), so that a gradient's reduction can start while the rest of
 * backward runs.
 *
 * A group writes gradient R when one of its nodes stores into R's buffer
 * (R itself, or an in-place op whose target is R); it reads R when one of
 * its nodes that writes no gradient takes a value held in R's buffer as an
 * input (a fused norm kernel reads R even if R is computed in the same
 * group).
 */
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"
#include "passes.h"

/* The gradient whose buffer holds node v's value, or -1. */
static int grad_of(const g23_graph_t *g, const g23_sched_t *s, int v) {
  if (v < 0) return -1;
  int a = s->alias[v] >= 0 ? s->alias[v] : v;
  return g->nodes[a].role == G23_ROLE_GRAD ? a : -1;
}

int g23_distcut(const g23_graph_t *g, const g23_sched_t *s, g23_plan_t *plan) {
  g23_plan_graph_t *pg = &plan->graphs[G23_GRAPH_TRAIN];
  pg->grad_cut = 0;
  int *final = g23_xcalloc((size_t)(g->n ? g->n : 1), sizeof *final); /* [node] launch end, 0: none */
  int last_write = 0, first_read = -1, li = 0;
  for (int gi = 0; gi < s->ngroups; gi++) {
    const g23_group_t *gr = &s->groups[gi];
    int nl = g23_group_launches(g, s, gi), end = li + nl;
    int extra[3] = {gr->kind == G23_GROUP_MATMUL ? gr->mm_out : -1, gr->kind == G23_GROUP_MATMUL ? gr->mm_bgrad : -1,
                    gr->kind == G23_GROUP_MATMUL ? gr->mm_aux : -1};
    for (int k = 0; k < gr->nnodes + 3; k++) {
      int v = k < gr->nnodes ? gr->nodes[k] : extra[k - gr->nnodes];
      if (v < 0) continue;
      int r = grad_of(g, s, v);
      if (r >= 0) {
        final[r] = end;
        if (end > last_write) last_write = end;
        continue;
      }
      if (k >= gr->nnodes) continue;
      const g23_node_t *n = &g->nodes[v];
      for (int j = 0; j < n->nin; j++)
        if (grad_of(g, s, n->in[j]) >= 0 && first_read < 0) first_read = li;
    }
    li = end;
  }
  G23_ASSERT(li == pg->nlaunch);
  if (last_write > 0 && (first_read < 0 || first_read >= last_write)) pg->grad_cut = last_write;
  for (int i = 0; i < plan->ntensors; i++) {
    g23_plan_tensor_t *t = &plan->tensors[i];
    t->grad_final = 0;
    if (t->role != G23_ROLE_GRAD || t->graph != -1 || !pg->grad_cut) continue;
    for (int v = 0; v < g->n; v++)
      if (g->nodes[v].role == G23_ROLE_GRAD && g->nodes[v].name && !strcmp(g->nodes[v].name, t->name))
        t->grad_final = final[v];
  }
  free(final);
  return 0;
}
