/* leaves.c: the values a checked graph's leaves get. */
#include <math.h>
#include <string.h>

#include "check.h"

double g23_check_uniform(g23_check_rng_t *r) {
  uint64_t z = (r->s += 0x9e3779b97f4a7c15ull); /* splitmix64 */
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return (double)((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
}

int64_t g23_check_below(g23_check_rng_t *r, int64_t n) {
  return n > 0 ? (int64_t)(g23_check_uniform(r) * (double)n) : 0;
}

double g23_check_scalar(const char *name, g23_dtype_t dt, int64_t pos) {
  if (!strcmp(name, "lr")) return 0.01;
  if (!strcmp(name, "weight_decay")) return 0.1;
  if (!strcmp(name, "grad_clip")) return 1.0;
  if (!strcmp(name, "bias1")) return 1 - 0.9;
  if (!strcmp(name, "bias2")) return 1 - 0.95;
  if (!strcmp(name, "seed")) return 12345;
  if (!strcmp(name, "step")) return 1;
  if (!strcmp(name, "pos")) return (double)pos;
  return dt == G23_I32 ? 1 : 0.5;
}

static int64_t bound_of(const g23_graph_t *g, int id, bool *gathered, bool *onehot) {
  int64_t bound = -1;
  for (int i = 0; i < g->n; i++) {
    const g23_node_t *n = &g->nodes[i];
    for (int k = 0; k < n->nin; k++) {
      if (n->in[k] != id) continue;
      int64_t b = -1;
      if (n->op == G23_OP_GATHER && k == 1) {
        b = g->nodes[n->in[0]].shape[0];
        *gathered = true;
      } else if (n->op == G23_OP_ONEHOT) {
        b = n->shape[n->rank - 1];
        *onehot = true;
      } else if (n->op == G23_OP_RESHAPE) {
        b = bound_of(g, i, gathered, onehot);
      } else {
        *gathered = true; /* any other use: no padding */
      }
      if (b > 0 && (bound < 0 || b < bound)) bound = b;
    }
  }
  return bound;
}

int64_t g23_check_index_bound(const g23_graph_t *g, int id, int64_t dflt, bool *pad_ok) {
  bool gathered = false, onehot = false;
  int64_t b = bound_of(g, id, &gathered, &onehot);
  if (pad_ok) *pad_ok = onehot && !gathered;
  return b > 0 ? b : dflt;
}

static bool starts(const char *s, const char *prefix) { return s && strncmp(s, prefix, strlen(prefix)) == 0; }

void g23_check_leaf(const g23_graph_t *g, int id, const g23_node_t *nd, int64_t vocab, int64_t pos,
                    g23_check_rng_t *r, double *v, int64_t n) {
  if (nd->op == G23_OP_INPUT && nd->role == G23_ROLE_SCALAR) {
    for (int64_t i = 0; i < n; i++) v[i] = g23_check_scalar(nd->name ? nd->name : "", nd->dtype, pos);
    return;
  }
  if (nd->op == G23_OP_INPUT && nd->dtype == G23_I32) { /* token ids, targets, class labels */
    bool pad = false;
    int64_t bound = g ? g23_check_index_bound(g, id, vocab, &pad) : vocab;
    pad = pad && nd->role == G23_ROLE_TARGET;
    for (int64_t i = 0; i < n; i++) {
      v[i] = (double)g23_check_below(r, bound);
      if (pad && i > 0 && g23_check_uniform(r) < 0.25) v[i] = -1; /* the first stays in range */
    }
    return;
  }
  for (int64_t i = 0; i < n; i++) {
    double u = 2 * g23_check_uniform(r) - 1; /* [-1, 1) */
    double x;
    if (starts(nd->name, "adam_v:"))
      x = 1e-4 * (u + 1.5); /* a second moment: positive */
    else if (starts(nd->name, "adam_m:"))
      x = 1e-2 * u;
    else if (nd->op == G23_OP_PARAM && nd->init == G23_INIT_ONES)
      x = 1 + 0.1 * u;
    else if (nd->op == G23_OP_PARAM && nd->init == G23_INIT_ALIBI)
      x = exp2(-8.0 * (double)(i + 1) / (double)n);
    else if (nd->op == G23_OP_PARAM && nd->init == G23_INIT_CONST)
      x = nd->init_arg;
    else if (nd->op == G23_OP_PARAM)
      x = 0.3 * u;
    else
      x = 0.5 * u;
    v[i] = x;
  }
}
