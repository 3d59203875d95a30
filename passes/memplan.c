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

/* Bytes of node v's buffer: its value and what its group stores past it. */
static int64_t buffer_bytes(const g23_graph_t *g, const g23_sched_t *s, int v) {
  int gi = s->group_of[v];
  return node_bytes(&g->nodes[v]) + (gi >= 0 && s->groups[gi].kind == G23_GROUP_SINGLE ? s->groups[gi].tail_bytes : 0);
}

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
    it[cnt++] = (item_t){v, -1, align_up(buffer_bytes(g, s, v)), s->offset[v], first[v], last[v]};
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

/* ---- placement ---------------------------------------------------------------
 *
 * Each buffer goes to the lowest offset at which it overlaps, in bytes, no
 * placed buffer whose lifetime overlaps its own.  A training step keeps every
 * layer's saved activations live from the forward to the backward pass, so
 * a buffer may overlap thousands of others in time: the placed buffers are
 * kept in a segment tree over launches, each node with two sets of occupied
 * byte ranges merged into disjoint runs: `cover`, of the buffers whose
 * lifetime covers the node's launches (and not its parent's), and `sub`, of
 * every buffer stored at the node or below it.  The buffers that overlap
 * launches [f, l] are those in `sub` of the nodes that decompose [f, l] and
 * in `cover` of their ancestors, so a placement reads O(log launches) run
 * sets, each by binary search, instead of every buffer placed so far. */

typedef struct {
  int64_t lo, hi;
} run_t;
typedef G23_VEC(run_t) runs_t;

/* The first run of r that ends after x (touching at x: hi >= x if touch). */
static int runs_find(const runs_t *r, int64_t x, bool touch) {
  int a = 0, b = r->n;
  while (a < b) {
    int m = (a + b) / 2;
    if (r->v[m].hi > x || (touch && r->v[m].hi == x)) b = m;
    else a = m + 1;
  }
  return a;
}

static void runs_add(runs_t *r, int64_t lo, int64_t hi) {
  int i = runs_find(r, lo, true), j = i;
  while (j < r->n && r->v[j].lo <= hi) {
    if (r->v[j].lo < lo) lo = r->v[j].lo;
    if (r->v[j].hi > hi) hi = r->v[j].hi;
    j++;
  }
  if (j == i) {
    G23_VEC_PUSH(*r, ((run_t){0, 0}));
    memmove(&r->v[i + 1], &r->v[i], (size_t)(r->n - 1 - i) * sizeof *r->v);
  } else {
    memmove(&r->v[i + 1], &r->v[j], (size_t)(r->n - j) * sizeof *r->v);
    r->n -= j - i - 1;
  }
  r->v[i] = (run_t){lo, hi};
}

typedef struct {
  int size; /* leaves: launches */
  runs_t *cover, *sub;
  G23_VEC(const runs_t *) sets; /* a query's run sets */
} segtree_t;

static void seg_insert(segtree_t *t, int node, int a, int b, int f, int l, int64_t lo, int64_t hi) {
  runs_add(&t->sub[node], lo, hi);
  if (f <= a && b <= l) {
    runs_add(&t->cover[node], lo, hi);
    return;
  }
  int mid = (a + b) / 2;
  if (f <= mid) seg_insert(t, 2 * node, a, mid, f, l, lo, hi);
  if (l > mid) seg_insert(t, 2 * node + 1, mid + 1, b, f, l, lo, hi);
}

static void seg_query(segtree_t *t, int node, int a, int b, int f, int l) {
  if (f <= a && b <= l) {
    if (t->sub[node].n) G23_VEC_PUSH(t->sets, &t->sub[node]);
    return;
  }
  if (t->cover[node].n) G23_VEC_PUSH(t->sets, &t->cover[node]);
  int mid = (a + b) / 2;
  if (f <= mid) seg_query(t, 2 * node, a, mid, f, l);
  if (l > mid) seg_query(t, 2 * node + 1, mid + 1, b, f, l);
}

/* Places items from base on; returns the end of the highest. */
static int64_t place(item_t *it, int cnt, int64_t base) {
  qsort(it, cnt, sizeof *it, cmp_size);
  int launches = 1;
  for (int i = 0; i < cnt; i++)
    if (it[i].last + 1 > launches) launches = it[i].last + 1;
  segtree_t t = {.size = launches};
  t.cover = g23_xcalloc(4 * (size_t)launches, sizeof *t.cover);
  t.sub = g23_xcalloc(4 * (size_t)launches, sizeof *t.sub);
  int64_t top = base;
  for (int i = 0; i < cnt; i++) {
    t.sets.n = 0;
    seg_query(&t, 1, 0, launches - 1, it[i].first, it[i].last);
    /* The lowest offset whose [off, off + size) meets no run of any set:
     * a run that meets it rules out every offset below its end. */
    int64_t off = base, size = it[i].size;
    for (bool moved = true; moved;) {
      moved = false;
      for (int k = 0; k < t.sets.n; k++) {
        const runs_t *r = t.sets.v[k];
        int j = runs_find(r, off, false);
        if (j < r->n && r->v[j].lo < off + size) {
          off = r->v[j].hi;
          moved = true;
        }
      }
    }
    it[i].off = off;
    if (off + size > top) top = off + size;
    seg_insert(&t, 1, 0, launches - 1, it[i].first, it[i].last, off, off + size);
  }
  for (int k = 0; k < 4 * launches; k++) {
    G23_VEC_FREE(t.cover[k]);
    G23_VEC_FREE(t.sub[k]);
  }
  free(t.cover);
  free(t.sub);
  G23_VEC_FREE(t.sets);
  return top;
}

/* ---- the checker -------------------------------------------------------------
 *
 * Independent of placement: a sweep over launches keeps the live buffers in a
 * treap ordered by offset.  While the live buffers are pairwise disjoint, a
 * buffer that starts overlaps one of them if and only if it overlaps its
 * neighbour below or above in offset order, so each is checked against two. */

typedef struct {
  int *left, *right;
  uint32_t *prio;
  const item_t *it;
} treap_t;

static bool key_less(const item_t *it, int a, int b) {
  return it[a].off != it[b].off ? it[a].off < it[b].off : a < b;
}

static int treap_insert(treap_t *t, int root, int x) {
  if (root < 0) return x;
  if (key_less(t->it, x, root)) {
    t->left[root] = treap_insert(t, t->left[root], x);
    if (t->prio[t->left[root]] > t->prio[root]) { /* rotate right */
      int l = t->left[root];
      t->left[root] = t->right[l];
      t->right[l] = root;
      return l;
    }
  } else {
    t->right[root] = treap_insert(t, t->right[root], x);
    if (t->prio[t->right[root]] > t->prio[root]) { /* rotate left */
      int r = t->right[root];
      t->right[root] = t->left[r];
      t->left[r] = root;
      return r;
    }
  }
  return root;
}

static int treap_merge(treap_t *t, int a, int b) {
  if (a < 0) return b;
  if (b < 0) return a;
  if (t->prio[a] > t->prio[b]) {
    t->right[a] = treap_merge(t, t->right[a], b);
    return a;
  }
  t->left[b] = treap_merge(t, a, t->left[b]);
  return b;
}

static int treap_erase(treap_t *t, int root, int x) {
  if (root == x) return treap_merge(t, t->left[x], t->right[x]);
  if (key_less(t->it, x, root)) t->left[root] = treap_erase(t, t->left[root], x);
  else t->right[root] = treap_erase(t, t->right[root], x);
  return root;
}

static int cmp_i64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return x < y ? -1 : x > y;
}

/* Item indices ordered by launch (first or last), then index. */
static void order_by(const item_t *it, int cnt, bool by_last, int *out) {
  int64_t *key = g23_xmalloc((size_t)(cnt ? cnt : 1) * sizeof *key);
  for (int i = 0; i < cnt; i++) key[i] = (int64_t)(by_last ? it[i].last : it[i].first) << 32 | i;
  qsort(key, cnt, sizeof *key, cmp_i64);
  for (int i = 0; i < cnt; i++) out[i] = (int)(key[i] & 0xffffffff);
  free(key);
}

static int64_t item_bytes(const g23_graph_t *g, const g23_sched_t *s, const item_t *it) {
  return it->node >= 0 ? buffer_bytes(g, s, it->node) : s->groups[it->group].temp_bytes;
}

int g23_memplan_check(const g23_graph_t *g, const g23_sched_t *s, int64_t lo, int64_t hi, char *err, size_t errn) {
  item_t *it;
  int cnt = build_items(g, s, &it);
  int rc = 0;
  for (int i = 0; i < cnt && !rc; i++) {
    int64_t bytes = item_bytes(g, s, &it[i]);
    if (it[i].off < lo || it[i].off + bytes > hi || it[i].off % ALIGN) {
      snprintf(err, errn, "buffer of node %d (group %d) at [%" PRId64 ", +%" PRId64 ") lies outside [%" PRId64 ", %" PRId64 ") or is unaligned",
               it[i].node, it[i].group, it[i].off, bytes, lo, hi);
      rc = -1;
    }
  }
  int m = cnt ? cnt : 1;
  int *by_first = g23_xmalloc(m * sizeof *by_first), *by_last = g23_xmalloc(m * sizeof *by_last);
  treap_t t = {g23_xmalloc(m * sizeof *t.left), g23_xmalloc(m * sizeof *t.right), g23_xmalloc(m * sizeof *t.prio), it};
  uint32_t x = 2463534242u;
  for (int i = 0; i < cnt; i++) {
    t.left[i] = t.right[i] = -1;
    x ^= x << 13, x ^= x >> 17, x ^= x << 5; /* xorshift32 */
    t.prio[i] = x;
  }
  order_by(it, cnt, false, by_first);
  order_by(it, cnt, true, by_last);
  int root = -1, gone = 0;
  for (int k = 0; k < cnt && !rc; k++) {
    int i = by_first[k];
    while (gone < cnt && it[by_last[gone]].last < it[i].first) root = treap_erase(&t, root, by_last[gone++]);
    /* Neighbours of i in offset order among the live buffers. */
    int below = -1, above = -1;
    for (int n = root; n >= 0;) {
      if (key_less(it, n, i)) below = n, n = t.right[n];
      else above = n, n = t.left[n];
    }
    int64_t bytes = item_bytes(g, s, &it[i]);
    int nb[2] = {below, above};
    for (int q = 0; q < 2 && !rc; q++) {
      int j = nb[q];
      if (j < 0) continue;
      int64_t bj = item_bytes(g, s, &it[j]);
      if (it[i].off < it[j].off + bj && it[j].off < it[i].off + bytes) {
        snprintf(err, errn,
                 "buffers of node %d (launches %d..%d, [%" PRId64 ", +%" PRId64 ")) and node %d (launches %d..%d, [%" PRId64
                 ", +%" PRId64 ")) overlap",
                 it[i].node, it[i].first, it[i].last, it[i].off, bytes, it[j].node, it[j].first, it[j].last, it[j].off, bj);
        rc = -1;
      }
    }
    root = treap_insert(&t, root, i);
  }
  free(by_first);
  free(by_last);
  free(t.left);
  free(t.right);
  free(t.prio);
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
  t->seq_axis = nd->role == G23_ROLE_INPUT || nd->role == G23_ROLE_TARGET ? nd->seq_axis : -1;
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
  g23_strmap_t pers_index = {0}; /* name -> index in pers */
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
      int found = g23_strmap_get(&pers_index, nd->name);
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
      g23_strmap_put(&pers_index, nd->name, pers.n);
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
      if ((nd->role == G23_ROLE_INPUT || nd->role == G23_ROLE_TARGET) && nd->dtype == G23_I32)
        plan->tensors[plan->ntensors - 1].index_bound = g23_index_bound(g, v);
    }
  }
  plan->arena_bytes = arena > 0 ? arena : ALIGN;
  G23_VEC_FREE(pers);
  g23_strmap_free(&pers_index);
  return 0;
fail:
  G23_VEC_FREE(pers);
  g23_strmap_free(&pers_index);
  return -1;
}
