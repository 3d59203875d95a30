/* memplan.c: one arena per plan.
 *
 * Layout: the persistent region first (parameters, their gradients, AdamW
 * moments, KV caches: one tensor per name across every graph), then each
 * graph's scratch, which all graphs share from persistent_bytes on since
 * graphs run one at a time.  Within a graph, buffers live from the launch
 * that writes them (graph inputs: from the start) to their last reader
 * (graph outputs: to the end); views share their base's buffer and in-place
 * updates write their target's, so their readers extend that buffer's life.
 * Graph inputs live for the whole run.
 * Buffers are placed largest first at the lowest 64-byte-aligned offset
 * that no buffer with an overlapping lifetime occupies.
 */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "passes.h"

#define ALIGN 64

static int64_t align_up(int64_t x) { return (x + ALIGN - 1) / ALIGN * ALIGN; }

bool g23_node_persistent(const g23_node_t *n) {
  return n->op == G23_OP_PARAM || n->op == G23_OP_STATE || n->role == G23_ROLE_GRAD;
}

static int64_t node_bytes(const g23_node_t *n) { return g23_numel(n) * g23_dtype_size(n->dtype); }

typedef struct {
  int node;  /* buffer root, or -1 for a group's temp */
  int group; /* temp: its group */
  int64_t size, off;
  int first, last;
} item_t;

/* Scratch buffers of g with their lifetimes (offsets from s). */
static int build_items(const g23_graph_t *g, const g23_sched_t *s, item_t **out) {
  int n = g->n, last_launch = s->ngroups ? s->ngroups - 1 : 0;
  int *first = g23_xmalloc((n ? n : 1) * sizeof *first), *last = g23_xmalloc((n ? n : 1) * sizeof *last);
  g23_liveness(g, s, first, last);
  (void)last_launch;
  int cnt = 0;
  item_t *it = g23_xmalloc((n + s->ngroups + 1) * sizeof *it);
  for (int v = 0; v < n; v++) {
    if (first[v] < 0) continue;
    it[cnt++] = (item_t){v, -1, align_up(node_bytes(&g->nodes[v])), s->offset[v], first[v], last[v]};
  }
  for (int i = 0; i < s->ngroups; i++)
    if (s->groups[i].temp_bytes > 0)
      it[cnt++] = (item_t){-1, i, align_up(s->groups[i].temp_bytes), s->temp_off ? s->temp_off[i] : -1, i, i};
  free(first);
  free(last);
  *out = it;
  return cnt;
}

void g23_liveness(const g23_graph_t *g, const g23_sched_t *s, int *first, int *last) {
  int n = g->n, end = s->ngroups ? s->ngroups - 1 : 0;
  for (int v = 0; v < n; v++) first[v] = last[v] = -1;
  for (int v = 0; v < n; v++) {
    const g23_node_t *nd = &g->nodes[v];
    if (s->alias[v] != v || !s->stored[v] || g23_node_persistent(nd)) continue;
    int gi = s->group_of[v];
    first[v] = nd->op == G23_OP_INPUT || gi < 0 ? 0 : gi;
    /* Graph inputs stay intact for the whole run (a runtime may run a graph
     * twice on one batch, or read an input back). */
    last[v] = nd->op == G23_OP_INPUT ? end : first[v];
  }
  for (int u = 0; u < n; u++) {
    const g23_node_t *nd = &g->nodes[u];
    int gu = s->group_of[u];
    int r = s->alias[u];
    if (first[r] >= 0 && nd->role == G23_ROLE_OUTPUT) last[r] = end;
    if (first[r] >= 0 && gu > last[r]) last[r] = gu; /* an in-place write into r */
    if (gu < 0) continue;
    for (int k = 0; k < nd->nin; k++) {
      int w = s->alias[nd->in[k]];
      if (first[w] >= 0 && gu > last[w]) last[w] = gu;
    }
  }
  /* A matmul with an epilogue reads its bias (and a pre-activation aux) at
   * its own launch. */
  for (int i = 0; i < s->ngroups; i++) {
    const g23_group_t *gr = &s->groups[i];
    if (gr->kind != G23_GROUP_MATMUL) continue;
    int rd[2] = {gr->mm_bias, gr->mm_aux};
    for (int k = 0; k < 2; k++) {
      if (rd[k] < 0) continue;
      int w = s->alias[rd[k]];
      if (first[w] >= 0 && i > last[w]) last[w] = i;
    }
  }
}

static int cmp_size(const void *a, const void *b) {
  const item_t *x = a, *y = b;
  if (x->size != y->size) return x->size > y->size ? -1 : 1;
  if (x->first != y->first) return x->first - y->first;
  return x->node - y->node;
}

static int cmp_off(const void *a, const void *b) {
  const item_t *const *x = a, *const *y = b;
  return (*x)->off < (*y)->off ? -1 : (*x)->off > (*y)->off;
}

/* Places items from base on; returns the end of the highest. */
static int64_t place(item_t *it, int cnt, int64_t base) {
  qsort(it, cnt, sizeof *it, cmp_size);
  item_t **act = g23_xmalloc((cnt ? cnt : 1) * sizeof *act);
  int64_t top = base;
  for (int i = 0; i < cnt; i++) {
    int na = 0;
    for (int j = 0; j < i; j++)
      if (it[j].first <= it[i].last && it[i].first <= it[j].last) act[na++] = &it[j];
    qsort(act, na, sizeof *act, cmp_off);
    int64_t off = base;
    for (int j = 0; j < na; j++) {
      if (act[j]->off >= off + it[i].size) break;
      if (act[j]->off + act[j]->size > off) off = act[j]->off + act[j]->size;
    }
    it[i].off = off;
    if (off + it[i].size > top) top = off + it[i].size;
  }
  free(act);
  return top;
}

int g23_memplan_check(const g23_graph_t *g, const g23_sched_t *s, int64_t lo, int64_t hi, char *err, size_t errn) {
  item_t *it;
  int cnt = build_items(g, s, &it);
  int rc = 0;
  for (int i = 0; i < cnt && !rc; i++) {
    int64_t bytes = it[i].node >= 0 ? node_bytes(&g->nodes[it[i].node]) : s->groups[it[i].group].temp_bytes;
    if (it[i].off < lo || it[i].off + bytes > hi || it[i].off % ALIGN) {
      snprintf(err, errn, "buffer of node %d (group %d) at [%" PRId64 ", +%" PRId64 ") lies outside [%" PRId64 ", %" PRId64 ") or is unaligned",
               it[i].node, it[i].group, it[i].off, bytes, lo, hi);
      rc = -1;
    }
    for (int j = i + 1; j < cnt && !rc; j++) {
      if (!(it[j].first <= it[i].last && it[i].first <= it[j].last)) continue;
      int64_t bj = it[j].node >= 0 ? node_bytes(&g->nodes[it[j].node]) : s->groups[it[j].group].temp_bytes;
      if (it[i].off < it[j].off + bj && it[j].off < it[i].off + bytes) {
        snprintf(err, errn,
                 "buffers of node %d (launches %d..%d, [%" PRId64 ", +%" PRId64 ")) and node %d (launches %d..%d, [%" PRId64
                 ", +%" PRId64 ")) overlap",
                 it[i].node, it[i].first, it[i].last, it[i].off, bytes, it[j].node, it[j].first, it[j].last, it[j].off, bj);
        rc = -1;
      }
    }
  }
  /* Every stored value must have a buffer. */
  for (int v = 0; v < g->n && !rc; v++)
    if ((s->stored[v] || g23_ops[g->nodes[v].op].cls == G23_CLASS_VIEW) && s->offset[v] < 0) {
      snprintf(err, errn, "node %d has no buffer", v);
      rc = -1;
    }
  free(it);
  return rc;
}

typedef struct {
  const char *name;
  const g23_node_t *node;
  int64_t off;
} ptensor_t;

static void push_tensor(g23_plan_t *p, int *cap, const g23_node_t *nd, int graph, int64_t off) {
  if (p->ntensors == *cap) {
    *cap = *cap ? 2 * *cap : 64;
    p->tensors = g23_xrealloc(p->tensors, *cap * sizeof *p->tensors);
  }
  g23_plan_tensor_t *t = &p->tensors[p->ntensors++];
  memset(t, 0, sizeof *t);
  t->name = g23_xstrdup(nd->name);
  t->dtype = nd->dtype;
  t->rank = nd->rank;
  memcpy(t->shape, nd->shape, sizeof t->shape);
  t->role = nd->role;
  t->init = nd->init;
  t->init_arg = nd->init_arg;
  t->no_decay = nd->no_decay;
  t->graph = graph;
  t->offset = off;
  t->nbytes = node_bytes(nd);
  if (t->rank == 0) {
    t->rank = 1;
    t->shape[0] = 1;
  }
}

int g23_memplan(const g23_module_t *m, g23_sched_t *scheds, g23_plan_t *plan, g23_diag_t *d) {
  G23_VEC(ptensor_t) pers = {0};
  int tcap = plan->ntensors;
  int64_t top = 0;
  /* Persistent tensors, by name. */
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!m->has_graph[k]) continue;
    const g23_graph_t *g = &m->graphs[k];
    g23_sched_t *s = &scheds[k];
    for (int v = 0; v < g->n; v++) {
      const g23_node_t *nd = &g->nodes[v];
      if (!g23_node_persistent(nd) || s->alias[v] != v) continue;
      if (!nd->name) {
        g23_error(d, nd->loc, "internal: persistent tensor without a name");
        goto fail;
      }
      int found = -1;
      for (int i = 0; i < pers.n; i++)
        if (strcmp(pers.v[i].name, nd->name) == 0) found = i;
      if (found >= 0) {
        const g23_node_t *o = pers.v[found].node;
        if (o->rank != nd->rank || memcmp(o->shape, nd->shape, nd->rank * sizeof *nd->shape) || o->dtype != nd->dtype) {
          char a[96], b[96];
          g23_error(d, nd->loc, "tensor '%s' is %s%s in the %s graph but %s%s in another", nd->name,
                    g23_dtype_name(nd->dtype), g23_shape_str(nd->rank, nd->shape, a, sizeof a),
                    g23_graph_kind_name((g23_graph_kind_t)k), g23_dtype_name(o->dtype),
                    g23_shape_str(o->rank, o->shape, b, sizeof b));
          goto fail;
        }
        s->offset[v] = pers.v[found].off;
        continue;
      }
      ptensor_t pt = {nd->name, nd, top};
      G23_VEC_PUSH(pers, pt);
      s->offset[v] = top;
      top += align_up(node_bytes(nd));
      push_tensor(plan, &tcap, nd, -1, pt.off);
      switch (nd->role) {
      case G23_ROLE_PARAM: plan->bytes_params += node_bytes(nd); break;
      case G23_ROLE_GRAD: plan->bytes_grads += node_bytes(nd); break;
      case G23_ROLE_KVCACHE:
      case G23_ROLE_HOISTED: plan->bytes_kvcache += node_bytes(nd); break;
      default:
        if (nd->op == G23_OP_PARAM) plan->bytes_params += node_bytes(nd);
        else plan->bytes_optstate += node_bytes(nd);
      }
    }
  }
  plan->persistent_bytes = top;
  int64_t arena = top;
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!m->has_graph[k]) continue;
    const g23_graph_t *g = &m->graphs[k];
    g23_sched_t *s = &scheds[k];
    item_t *it;
    int cnt = build_items(g, s, &it);
    int64_t end = place(it, cnt, top);
    for (int i = 0; i < cnt; i++) {
      if (it[i].node >= 0) s->offset[it[i].node] = it[i].off;
      else s->temp_off[it[i].group] = it[i].off;
    }
    free(it);
    for (int v = 0; v < g->n; v++) s->offset[v] = s->offset[s->alias[v]];
    s->scratch_bytes = end - top;
    if (end > arena) arena = end;
    if (s->scratch_bytes > plan->bytes_activations) plan->bytes_activations = s->scratch_bytes;
    char err[256];
    if (g23_memplan_check(g, s, top, end, err, sizeof err)) {
      g23_error(d, g23_noloc, "internal: memory plan of the %s graph: %s", g23_graph_kind_name((g23_graph_kind_t)k), err);
      goto fail;
    }
    /* The runtime's view of this graph: inputs, targets, scalars, outputs. */
    for (int v = 0; v < g->n; v++) {
      const g23_node_t *nd = &g->nodes[v];
      bool io = (nd->op == G23_OP_INPUT) || nd->role == G23_ROLE_OUTPUT;
      if (!io || g23_node_persistent(nd)) continue;
      if (!nd->name) {
        g23_error(d, nd->loc, "internal: graph input or output without a name");
        goto fail;
      }
      if (g23_plan_find(plan, nd->name, k)) {
        g23_error(d, nd->loc, "two tensors of the %s graph are named '%s'", g23_graph_kind_name((g23_graph_kind_t)k), nd->name);
        goto fail;
      }
      if (s->offset[v] < 0) {
        g23_error(d, nd->loc, "internal: '%s' has no buffer", nd->name);
        goto fail;
      }
      push_tensor(plan, &tcap, nd, k, s->offset[v]);
    }
  }
  plan->arena_bytes = arena > 0 ? arena : ALIGN;
  G23_VEC_FREE(pers);
  return 0;
fail:
  G23_VEC_FREE(pers);
  return -1;
}
