/* dot.c: `gpt23c --emit dot`: one graph's schedule, after fusion and the
 * memory plan, as Graphviz: what runs, not the IR.
 *
 *   k<L>   one node per generated-kernel launch (box): its kernel's name, the
 *          group kind and the ops it fused (the first few, "+N more")
 *   m<L>   one node per matmul launch (box): m x n x k, batch, epilogue
 *   t<V>   one node per stored tensor (ellipse): name, dtype, shape, bytes
 *
 * L is the launch index in the plan, V the buffer's root node.  Edges run
 * tensor -> launch for a read and launch -> tensor for a write (an in-place
 * update has both).  Nodes are clustered per layer instance: the instance of
 * a named persistent tensor is its name less the last component
 * ("block.3.attention.qkv.w" -> block.3 > attention), at most two levels
 * deep, "block.3" counting as one; a launch sits in the instance that the
 * persistent tensors it touches share, else in the one its neighbours share
 * (the instance path of a node is not recorded by the front end, so it is
 * derived from the parameter names).  --emit stats's kernels and matmuls
 * for the graph equal the k and m nodes.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "codegen/codegen.h"
#include "passes.h"

enum { MAX_UNITS = 2, MAX_OPS_SHOWN = 6 };

/* The end of the unit of s starting at p: a component, with a numeric
 * component after it ("block.3") taken together. */
static size_t unit_end(const char *s, size_t p) {
  size_t e = p;
  while (s[e] && s[e] != '.') e++;
  if (s[e] == '.' && isdigit((unsigned char)s[e + 1])) {
    size_t q = e + 1;
    while (isdigit((unsigned char)s[q])) q++;
    if (!s[q] || s[q] == '.') e = q;
  }
  return e;
}

/* Length of the first max units of s. */
static size_t units_prefix(const char *s, int max) {
  size_t p = 0, end = 0;
  for (int u = 0; u < max && s[p]; u++) {
    end = unit_end(s, p);
    p = s[end] ? end + 1 : end;
  }
  return end;
}

/* Length of the common prefix of a and b in whole units. */
static size_t units_common(const char *a, const char *b) {
  size_t p = 0, common = 0;
  while (a[p] && b[p]) {
    size_t ea = unit_end(a, p), eb = unit_end(b, p);
    if (ea != eb || strncmp(a + p, b + p, ea - p)) break;
    common = ea;
    if (!a[ea] || !b[ea]) break;
    p = ea + 1;
  }
  return common;
}

/* The instance path of a persistent tensor's name (malloc'd): its role prefix
 * ("grad:", "adam_m:") and last component dropped, at most MAX_UNITS units. */
static char *instance_of(const char *name) {
  const char *colon = strrchr(name, ':');
  if (colon) name = colon + 1;
  const char *dot = strrchr(name, '.');
  if (!dot) return g23_xstrdup("");
  char *inst = g23_xstrndup(name, (size_t)(dot - name));
  inst[units_prefix(inst, MAX_UNITS)] = 0;
  return inst;
}

/* Narrows *path to its common prefix with q (NULL *path: not yet set). */
static void meet(char **path, const char *q) {
  if (!*path) {
    *path = g23_xstrdup(q);
    return;
  }
  (*path)[units_common(*path, q)] = 0;
}

static void escape(FILE *f, const char *s) {
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', f);
    fputc(*s, f);
  }
}

typedef struct {
  int *reads, nreads;   /* buffer roots read from earlier launches */
  int *writes, nwrites; /* buffer roots written */
  char *path;           /* instance path, NULL while unknown */
  int launch0, nlaunch; /* its launches in the plan graph */
} dgroup_t;

static bool has(const int *v, int n, int x) {
  for (int i = 0; i < n; i++)
    if (v[i] == x) return true;
  return false;
}

static bool persistent_named(const g23_node_t *n) {
  return n->name && (n->role == G23_ROLE_PARAM || n->role == G23_ROLE_GRAD || n->role == G23_ROLE_OPTSTATE ||
                     n->role == G23_ROLE_KVCACHE || n->role == G23_ROLE_HOISTED);
}

/* Every cluster path, and every prefix of one, once. */
typedef G23_VEC(char *) paths_t;
static void add_path(paths_t *ps, const char *p) {
  for (size_t q = 0; p[q];) {
    size_t e = unit_end(p, q);
    bool found = false;
    for (int i = 0; i < ps->n && !found; i++) found = strlen(ps->v[i]) == e && !strncmp(ps->v[i], p, e);
    if (!found) G23_VEC_PUSH(*ps, g23_xstrndup(p, e));
    q = p[e] ? e + 1 : e;
  }
}

static bool is_child(const char *parent, const char *p) {
  size_t n = strlen(parent);
  if (!*parent) return units_prefix(p, 1) == strlen(p);
  if (strncmp(p, parent, n) || p[n] != '.') return false;
  return units_prefix(p + n + 1, 1) == strlen(p + n + 1);
}

typedef struct {
  FILE *f;
  const g23_graph_t *g;
  const g23_sched_t *s;
  const g23_plan_t *plan;
  const g23_plan_graph_t *pg;
  dgroup_t *dg;
  char **tpath; /* [n] instance path of buffer root v, NULL: no node */
  paths_t paths;
} dctx_t;

static void emit_launches(dctx_t *c, int gi, int depth) {
  const g23_group_t *gr = &c->s->groups[gi];
  static const char *const kinds[] = {"elem", "row", "single", "matmul"};
  for (int j = 0; j < c->dg[gi].nlaunch; j++) {
    int li = c->dg[gi].launch0 + j;
    const g23_launch_t *l = &c->pg->launches[li];
    fprintf(c->f, "%*s", 2 * depth, "");
    if (l->kind == G23_LAUNCH_MATMUL) {
      fprintf(c->f, "m%d [label=\"matmul %lldx%lldx%lld", li, (long long)l->mm.m, (long long)l->mm.n,
              (long long)l->mm.k);
      if (l->mm.batch > 1) fprintf(c->f, " batch %lld", (long long)l->mm.batch);
      if (l->mm.epilogue) fprintf(c->f, "\\n+ %s", g23_epilogue_name(l->mm.epilogue));
      fprintf(c->f, "\", fillcolor=gold];\n");
      continue;
    }
    fprintf(c->f, "k%d [label=\"", li);
    escape(c->f, c->plan->kernels[l->kernel].name);
    fprintf(c->f, "\\n%s", kinds[gr->kind]);
    if (gr->kind == G23_GROUP_ROW) fprintf(c->f, " %lldx%lld", (long long)gr->rows, (long long)gr->cols);
    if (c->dg[gi].nlaunch > 1) fprintf(c->f, " (%d/%d)", j + 1, c->dg[gi].nlaunch);
    /* the distinct ops, in order */
    fprintf(c->f, "\\n");
    int shown = 0, distinct = 0;
    for (int k = 0; k < gr->nnodes; k++) {
      g23_op_t op = c->g->nodes[gr->nodes[k]].op;
      bool seen = false;
      for (int q = 0; q < k && !seen; q++) seen = c->g->nodes[gr->nodes[q]].op == op;
      if (seen) continue;
      distinct++;
      if (shown < MAX_OPS_SHOWN) fprintf(c->f, "%s%s", shown++ ? " " : "", g23_ops[op].name);
    }
    if (distinct > shown) fprintf(c->f, " +%d more", distinct - shown);
    fprintf(c->f, "\", fillcolor=%s];\n", gr->kind == G23_GROUP_SINGLE ? "lightsalmon" : "palegreen");
  }
}

static void emit_tensor(dctx_t *c, int v, int depth) {
  const g23_node_t *n = &c->g->nodes[v];
  char sh[128];
  int64_t numel = 1;
  for (int i = 0; i < n->rank; i++) numel *= n->shape[i];
  int64_t bytes = numel * g23_dtype_size(n->dtype);
  fprintf(c->f, "%*st%d [label=\"", 2 * depth, "", v);
  if (n->name) escape(c->f, n->name);
  else fprintf(c->f, "%%%d %s", v, g23_ops[n->op].name);
  fprintf(c->f, "\\n%s%s ", g23_dtype_name(n->dtype), g23_shape_str(n->rank, n->shape, sh, sizeof sh));
  if (bytes >= 1 << 20) fprintf(c->f, "%.1f MiB", bytes / 1048576.0);
  else if (bytes >= 1 << 10) fprintf(c->f, "%.1f KiB", bytes / 1024.0);
  else fprintf(c->f, "%lld B", (long long)bytes);
  const char *color = n->role == G23_ROLE_PARAM       ? "lightblue"
                      : n->role == G23_ROLE_GRAD      ? "khaki"
                      : n->role == G23_ROLE_OPTSTATE  ? "lightgrey"
                      : n->role == G23_ROLE_KVCACHE   ? "plum"
                      : n->role == G23_ROLE_INPUT || n->role == G23_ROLE_TARGET || n->role == G23_ROLE_SCALAR
                          ? "lightcyan"
                      : n->role == G23_ROLE_OUTPUT ? "salmon"
                                                   : "white";
  fprintf(c->f, "\", shape=ellipse, fillcolor=%s];\n", color);
}

/* The nodes whose path is exactly p, then p's child clusters. */
static void emit_cluster(dctx_t *c, const char *p, int depth) {
  for (int gi = 0; gi < c->s->ngroups; gi++)
    if (!strcmp(c->dg[gi].path, p)) emit_launches(c, gi, depth);
  for (int v = 0; v < c->g->n; v++)
    if (c->tpath[v] && !strcmp(c->tpath[v], p)) emit_tensor(c, v, depth);
  for (int i = 0; i < c->paths.n; i++) {
    const char *q = c->paths.v[i];
    if (!is_child(p, q)) continue;
    fprintf(c->f, "%*ssubgraph \"cluster_", 2 * depth, "");
    escape(c->f, q);
    fprintf(c->f, "\" {\n%*slabel=\"", 2 * depth + 2, "");
    escape(c->f, q);
    fprintf(c->f, "\";\n");
    emit_cluster(c, q, depth + 1);
    fprintf(c->f, "%*s}\n", 2 * depth, "");
  }
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The first launch of group gi that reads (last: writes). */
static void launch_node(char *buf, size_t n, const dctx_t *c, int gi, bool last) {
  int li = c->dg[gi].launch0 + (last ? c->dg[gi].nlaunch - 1 : 0);
  snprintf(buf, n, "%c%d", c->pg->launches[li].kind == G23_LAUNCH_MATMUL ? 'm' : 'k', li);
}

void g23_dot_schedule(FILE *f, const g23_graph_t *g, const g23_sched_t *s, const g23_plan_t *plan,
                      g23_graph_kind_t kind) {
  dctx_t c = {.f = f, .g = g, .s = s, .plan = plan, .pg = &plan->graphs[kind]};
  c.dg = g23_xcalloc(s->ngroups ? s->ngroups : 1, sizeof *c.dg);
  c.tpath = g23_xcalloc(g->n ? g->n : 1, sizeof *c.tpath);
  int *writer = g23_xcalloc(g->n ? g->n : 1, sizeof *writer); /* first group writing root v, -1 */
  for (int v = 0; v < g->n; v++) writer[v] = -1;

  /* reads, writes and launches of every group */
  int li = 0;
  for (int gi = 0; gi < s->ngroups; gi++) {
    const g23_group_t *gr = &s->groups[gi];
    dgroup_t *d = &c.dg[gi];
    d->launch0 = li;
    d->nlaunch = g23_group_launches(g, s, gi);
    li += d->nlaunch;
    d->reads = g23_xcalloc(1, sizeof(int));
    d->writes = g23_xcalloc(1, sizeof(int));
    int rcap = 1, wcap = 1;
    for (int k = 0; k < gr->nnodes; k++) {
      int v = gr->nodes[k];
      const g23_node_t *n = &g->nodes[v];
      for (int i = 0; i < n->nin; i++) {
        int r = s->alias[n->in[i]];
        if (r < 0 || s->offset[r] < 0 || s->group_of[r] == gi || has(d->reads, d->nreads, r)) continue;
        if (d->nreads == rcap) d->reads = g23_xrealloc(d->reads, (size_t)(rcap *= 2) * sizeof(int));
        d->reads[d->nreads++] = r;
      }
      int w = s->alias[v];
      if (!s->stored[v] || w < 0 || s->offset[w] < 0 || has(d->writes, d->nwrites, w)) continue;
      if (d->nwrites == wcap) d->writes = g23_xrealloc(d->writes, (size_t)(wcap *= 2) * sizeof(int));
      d->writes[d->nwrites++] = w;
      if (writer[w] < 0) writer[w] = gi;
    }
  }
  G23_ASSERT(li == c.pg->nlaunch);

  /* instance paths: from the persistent tensors a launch touches ... */
  for (int gi = 0; gi < s->ngroups; gi++) {
    dgroup_t *d = &c.dg[gi];
    for (int i = 0; i < d->nreads + d->nwrites; i++) {
      int v = i < d->nreads ? d->reads[i] : d->writes[i - d->nreads];
      if (!persistent_named(&g->nodes[v])) continue;
      char *inst = instance_of(g->nodes[v].name);
      meet(&d->path, inst);
      free(inst);
    }
  }
  /* ... else from its neighbours that have one, until nothing changes */
  for (bool changed = true; changed;) {
    changed = false;
    for (int gi = 0; gi < s->ngroups; gi++) {
      dgroup_t *d = &c.dg[gi];
      if (d->path) continue;
      char *p = NULL;
      for (int i = 0; i < d->nreads; i++)
        if (writer[d->reads[i]] >= 0 && c.dg[writer[d->reads[i]]].path) meet(&p, c.dg[writer[d->reads[i]]].path);
      for (int gj = gi + 1; gj < s->ngroups; gj++) {
        if (!c.dg[gj].path) continue;
        for (int i = 0; i < c.dg[gj].nreads; i++)
          if (has(d->writes, d->nwrites, c.dg[gj].reads[i])) {
            meet(&p, c.dg[gj].path);
            break;
          }
      }
      if (p) {
        d->path = p;
        changed = true;
      }
    }
  }
  for (int gi = 0; gi < s->ngroups; gi++)
    if (!c.dg[gi].path) c.dg[gi].path = g23_xstrdup("");

  /* tensors: persistent ones in their own instance, others with their writer */
  for (int gi = 0; gi < s->ngroups; gi++) {
    dgroup_t *d = &c.dg[gi];
    for (int i = 0; i < d->nreads + d->nwrites; i++) {
      int v = i < d->nreads ? d->reads[i] : d->writes[i - d->nreads];
      if (c.tpath[v]) continue;
      if (persistent_named(&g->nodes[v])) c.tpath[v] = instance_of(g->nodes[v].name);
      else c.tpath[v] = g23_xstrdup(writer[v] >= 0 ? c.dg[writer[v]].path : "");
    }
  }
  for (int gi = 0; gi < s->ngroups; gi++) add_path(&c.paths, c.dg[gi].path);
  for (int v = 0; v < g->n; v++)
    if (c.tpath[v]) add_path(&c.paths, c.tpath[v]);
  if (c.paths.n) qsort(c.paths.v, (size_t)c.paths.n, sizeof *c.paths.v, cmp_str);

  fprintf(f, "digraph %s {\n", g23_graph_kind_name(kind));
  fprintf(f, "  label=\"%s: %d kernels, %d matmuls, %d launches\";\n", g23_graph_kind_name(kind), c.pg->nkernels,
          c.pg->nmatmuls, c.pg->nlaunch);
  fprintf(f, "  node [shape=box, style=filled, fontname=\"monospace\", fontsize=10];\n");
  emit_cluster(&c, "", 1);
  char a[32], b[32];
  for (int gi = 0; gi < s->ngroups; gi++) {
    dgroup_t *d = &c.dg[gi];
    launch_node(a, sizeof a, &c, gi, false);
    for (int i = 0; i < d->nreads; i++) fprintf(f, "  t%d -> %s;\n", d->reads[i], a);
    for (int j = 1; j < d->nlaunch; j++)
      fprintf(f, "  k%d -> k%d;\n", d->launch0 + j - 1, d->launch0 + j);
    launch_node(b, sizeof b, &c, gi, true);
    for (int i = 0; i < d->nwrites; i++) fprintf(f, "  %s -> t%d;\n", b, d->writes[i]);
  }
  fprintf(f, "}\n");

  for (int gi = 0; gi < s->ngroups; gi++) {
    free(c.dg[gi].reads);
    free(c.dg[gi].writes);
    free(c.dg[gi].path);
  }
  for (int v = 0; v < g->n; v++) free(c.tpath[v]);
  for (int i = 0; i < c.paths.n; i++) free(c.paths.v[i]);
  G23_VEC_FREE(c.paths);
  free(c.dg);
  free(c.tpath);
  free(writer);
}
