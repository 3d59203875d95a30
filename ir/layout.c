/* layout.c: where a value read through views and folded moves lies in the
 * buffer of the stored value under them (ir/sched.h, g23_layout_t).
 *
 * Each step maps the layout of its input to its own:
 *   root       one atom per dimension of extent > 1, row-major strides
 *   RESHAPE    the atoms regrouped into the new dimensions, an atom split
 *              where a new boundary falls inside it (its outer part
 *              strided by the inner part's extent); refused where the
 *              boundary does not divide it
 *   PERMUTE    the dimensions' atom lists reordered
 *   SLICE      start * stride added to the offset (a dimension of several
 *              atoms: only whole steps of its outermost atom)
 * Adjacent atoms of one dimension that are contiguous with each other are
 * merged, so a chain that only moves whole rows keeps one atom per
 * dimension and its loads stay plain strided indices.
 */
#include <string.h>

#include "ir/sched.h"

static void contiguous(const g23_node_t *n, int id, g23_layout_t *l) {
  memset(l, 0, sizeof *l);
  l->root = id;
  int64_t st = 1;
  int na = 0;
  for (int d = n->rank - 1; d >= 0; d--)
    if (n->shape[d] > 1) na++;
  l->natoms = na;
  for (int d = n->rank - 1; d >= 0; d--) {
    l->first[d + 1] = na;
    if (n->shape[d] > 1) {
      na--;
      l->ext[na] = n->shape[d];
      l->stride[na] = st;
      st *= n->shape[d];
    }
  }
  l->first[0] = 0;
}

/* Merges contiguous neighbours within each dimension. */
static void canon(g23_layout_t *l, int rank) {
  int out = 0;
  for (int d = 0; d < rank; d++) {
    int a = l->first[d], b = l->first[d + 1];
    l->first[d] = out;
    for (int i = a; i < b; i++) {
      if (out > l->first[d] && l->stride[out - 1] == l->ext[i] * l->stride[i]) {
        l->ext[out - 1] *= l->ext[i];
        l->stride[out - 1] = l->stride[i];
        continue;
      }
      l->ext[out] = l->ext[i];
      l->stride[out] = l->stride[i];
      out++;
    }
  }
  l->first[rank] = out;
  l->natoms = out;
}

static bool reshape(g23_layout_t *l, const g23_node_t *n) {
  int64_t ext[G23_LAYOUT_ATOMS], st[G23_LAYOUT_ATOMS];
  int na = 0, src = 0;
  int64_t cur_e = 0, cur_s = 0; /* what is left of atom src-1 */
  for (int d = 0; d < n->rank; d++) {
    l->first[d] = na; /* l's atoms are read through src, not first */
    int64_t need = n->shape[d];
    while (need > 1) {
      if (cur_e <= 1) {
        if (src >= l->natoms) return false;
        cur_e = l->ext[src];
        cur_s = l->stride[src];
        src++;
      }
      if (na == G23_LAYOUT_ATOMS) return false;
      if (cur_e <= need) {
        if (need % cur_e) return false;
        ext[na] = cur_e, st[na] = cur_s, na++;
        need /= cur_e;
        cur_e = 1;
      } else {
        if (cur_e % need) return false;
        ext[na] = need, st[na] = cur_s * (cur_e / need), na++;
        cur_e /= need;
        need = 1;
      }
    }
  }
  if (cur_e > 1 || src != l->natoms) return false;
  l->first[n->rank] = na;
  l->natoms = na;
  memcpy(l->ext, ext, na * sizeof *ext);
  memcpy(l->stride, st, na * sizeof *st);
  canon(l, n->rank);
  return true;
}

static void permute(g23_layout_t *l, const g23_node_t *n) {
  g23_layout_t o = *l;
  int na = 0;
  for (int d = 0; d < n->rank; d++) {
    int p = (int)n->iattr[d];
    o.first[d] = na;
    for (int i = l->first[p]; i < l->first[p + 1]; i++) {
      o.ext[na] = l->ext[i];
      o.stride[na] = l->stride[i];
      na++;
    }
  }
  o.first[n->rank] = na;
  o.natoms = na;
  *l = o;
  canon(l, n->rank);
}

static bool slice(g23_layout_t *l, const g23_node_t *n) {
  int ax = (int)n->iattr[0];
  int64_t start = n->iattr[1], len = n->shape[ax];
  int a = l->first[ax], b = l->first[ax + 1];
  if (a == b) return start == 0 && len <= 1; /* an axis of extent 1 */
  int64_t inner = 1;
  for (int i = a + 1; i < b; i++) inner *= l->ext[i];
  if (start % inner || len % inner) return false;
  l->offset += start / inner * l->stride[a];
  l->ext[a] = len / inner;
  if (l->ext[a] == 1) { /* the dimension keeps its inner atoms only */
    memmove(&l->ext[a], &l->ext[a + 1], (l->natoms - a - 1) * sizeof *l->ext);
    memmove(&l->stride[a], &l->stride[a + 1], (l->natoms - a - 1) * sizeof *l->stride);
    l->natoms--;
    for (int d = ax + 1; d <= n->rank; d++) l->first[d]--;
  }
  return true;
}

bool g23_layout_of(const g23_graph_t *g, const bool *folded, int v, g23_layout_t *l) {
  const g23_node_t *n = &g->nodes[v];
  bool view = g23_ops[n->op].cls == G23_CLASS_VIEW;
  if (!view && !(folded && folded[v])) {
    contiguous(n, v, l);
    return true;
  }
  if (!g23_layout_of(g, folded, n->in[0], l)) return false;
  switch (n->op) {
  case G23_OP_RESHAPE: return reshape(l, n);
  case G23_OP_PERMUTE: permute(l, n); return true;
  case G23_OP_SLICE: return slice(l, n);
  default: return false;
  }
}
