/* test_models: every model of models/ and models/variants/, and the
 * attention test models cross.net and gqa.net, at a small size,
 * through the front end and the whole pipeline:
 *
 *   - the memory plan of every graph passes the overlap checker, and the
 *     persistent tensors are disjoint and inside the arena;
 *   - the C source compiles on its own with -O2 -Wall -Werror, and every
 *     graph's kernels agree with the float64 evaluator on every stored value;
 *   - kernel counts match test/passes/kernel_counts.txt;
 *   - with --nvrtc: the CUDA source compiles with NVRTC for sm_80 and sm_90
 *     without register spills (exit 77 without CUDA).
 */
#include <config.h>

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"
#include "harness.h"

static const char *small[][2] = {
    {"n_layer", "2"}, {"max_seq_length", "16"}, {"d_model", "32"}, {"n_head", "2"}, {"batch", "2"},
};

typedef struct {
  char *path, *name;
  g23_module_t m;
  g23_plan_t plan;
  g23_sched_t s[G23_GRAPH_COUNT];
  bool ok;
} model_t;

static int build(model_t *md) {
  g23_define_t defs[sizeof small / sizeof *small];
  for (size_t i = 0; i < sizeof small / sizeof *small; i++) defs[i] = (g23_define_t){(char *)small[i][0], (char *)small[i][1]};
  const char *inc[] = {G23_SRCDIR "/models"};
  g23_frontend_opts_t fo = {.path = md->path, .include_dirs = inc, .ninclude = 1, .defines = defs,
                            .ndefines = sizeof small / sizeof *small};
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  int rc = g23_frontend(&fo, &d, &md->m);
  if (rc == 0 && !d.errors) {
    g23_pipeline_opts_t o = {.adamw = G23_ADAMW_DEFAULTS, .dump_graph = -1, .verify_each = true};
    rc = g23_pipeline_run_sched(&md->m, &o, &d, &md->plan, md->s);
  }
  if (d.errors) rc = -1;
  g23_diag_free(&d);
  return rc;
}

static void check_memory(model_t *md) {
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!md->m.has_graph[k]) continue;
    char err[256];
    CHECK(g23_memplan_check(&md->m.graphs[k], &md->s[k], md->plan.persistent_bytes, md->plan.arena_bytes, err,
                              sizeof err) == 0,
            "%s %s: %s", md->name, g23_graph_kind_name((g23_graph_kind_t)k), err);
  }
  const g23_plan_t *p = &md->plan;
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *a = &p->tensors[i];
    CHECK(a->offset >= 0 && a->offset + a->nbytes <= p->arena_bytes && a->offset % 64 == 0, "%s: %s outside the arena",
            md->name, a->name);
    if (a->graph >= 0) continue;
    CHECK(a->offset + a->nbytes <= p->persistent_bytes, "%s: %s outside the persistent region", md->name, a->name);
    for (int j = i + 1; j < p->ntensors; j++) {
      const g23_plan_tensor_t *b = &p->tensors[j];
      if (b->graph >= 0) continue;
      CHECK(a->offset + a->nbytes <= b->offset || b->offset + b->nbytes <= a->offset, "%s: %s overlaps %s", md->name,
              a->name, b->name);
    }
  }
}

/* kernel_counts.txt: MODEL GRAPH WHAT OP CMP N, WHAT one of kernels,
 * matmuls, with (kernels whose fused ops include OP); CMP = or <=. */
static void check_counts(model_t *mods, int nmod, const char *file) {
  FILE *f = fopen(file, "r");
  CHECK(f != NULL, "cannot open %s", file);
  if (!f) return;
  char line[512];
  int lineno = 0, rows = 0;
  while (fgets(line, sizeof line, f)) {
    lineno++;
    char *hash = strchr(line, '#');
    if (hash) *hash = 0;
    char model[128], graph[32], what[32], op[64], cmp[8];
    long want;
    int nf = sscanf(line, "%127s %31s %31s %63s %7s %ld", model, graph, what, op, cmp, &want);
    if (nf <= 0) continue;
    CHECK(nf == 6, "%s:%d: expected MODEL GRAPH WHAT OP CMP N", file, lineno);
    if (nf != 6) continue;
    rows++;
    model_t *md = NULL;
    for (int i = 0; i < nmod; i++)
      if (!strcmp(mods[i].name, model)) md = &mods[i];
    CHECK(md && md->ok, "%s:%d: model %s not built", file, lineno, model);
    if (!md || !md->ok) continue;
    int k = -1;
    for (int g = 0; g < G23_GRAPH_COUNT; g++)
      if (!strcmp(graph, g23_graph_kind_name((g23_graph_kind_t)g))) k = g;
    CHECK(k >= 0 && md->plan.has_graph[k], "%s:%d: no graph %s", file, lineno, graph);
    if (k < 0 || !md->plan.has_graph[k]) continue;
    long got = !strcmp(what, "kernels")   ? md->plan.graphs[k].nkernels
               : !strcmp(what, "matmuls") ? md->plan.graphs[k].nmatmuls
                                          : h_count_kernels_with(&md->plan, k, op);
    bool ok = !strcmp(cmp, "<=") ? got <= want : got == want;
    CHECK(ok, "%s:%d: %s %s %s %s: %ld, want %s %ld", file, lineno, model, graph, what, op, got, cmp, want);
  }
  fclose(f);
  CHECK(rows > 0, "%s: no rows", file);
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
  bool nvrtc = argc > 1 && !strcmp(argv[1], "--nvrtc");
  if (nvrtc && h_nvrtc_open() != 0) {
    fprintf(stderr, "no NVRTC: skipped\n");
    return 77;
  }
  if (nvrtc) small[0][1] = "1"; /* every layer's kernels are alike */
  G23_VEC(char *) paths = {0};
  G23_VEC_PUSH(paths, g23_xstrdup(G23_SRCDIR "/models/gpt23.net"));
  DIR *dir = opendir(G23_SRCDIR "/models/variants");
  CHECK(dir != NULL, "no models/variants");
  for (struct dirent *e; dir && (e = readdir(dir));) {
    size_t n = strlen(e->d_name);
    if (n > 4 && !strcmp(e->d_name + n - 4, ".net")) G23_VEC_PUSH(paths, g23_xasprintf(G23_SRCDIR "/models/variants/%s", e->d_name));
  }
  if (dir) closedir(dir);
  /* attention beyond self-attention over equal lengths (test/models) */
  G23_VEC_PUSH(paths, g23_xstrdup(G23_SRCDIR "/test/models/cross.net"));
  G23_VEC_PUSH(paths, g23_xstrdup(G23_SRCDIR "/test/models/gqa.net"));
  qsort(paths.v + 1, paths.n - 1, sizeof *paths.v, cmp_str);
  model_t *mods = g23_xcalloc(paths.n, sizeof *mods);
  for (int i = 0; i < paths.n; i++) {
    model_t *md = &mods[i];
    md->path = paths.v[i];
    md->name = strrchr(md->path, '/') + 1;
    md->ok = build(md) == 0;
    CHECK(md->ok, "%s: front end or pipeline failed", md->name);
    if (!md->ok) continue;
    if (nvrtc) {
      CHECK(h_nvrtc_check(g23_plan_source(&md->plan, "cuda"), md->name) == 0, "%s: CUDA source", md->name);
      continue;
    }
    check_memory(md);
    void *so = h_compile(g23_plan_source(&md->plan, "c"), "-O2 -Wall -Werror", md->name);
    CHECK(so != NULL, "%s: C source does not compile", md->name);
    for (int k = 0; k < G23_GRAPH_COUNT && so; k++) {
      if (!md->m.has_graph[k]) continue;
      char label[160];
      snprintf(label, sizeof label, "%s %s", md->name, g23_graph_kind_name((g23_graph_kind_t)k));
      CHECK(h_check_graph(&md->m, k, &md->plan, &md->s[k], so, k == G23_GRAPH_DECODE ? 3 : 0, label) == 0, "%s: values differ", label);
    }
  }
  if (!nvrtc) check_counts(mods, paths.n, G23_SRCDIR "/test/passes/kernel_counts.txt");
  for (int i = 0; i < paths.n; i++) {
    for (int k = 0; k < G23_GRAPH_COUNT; k++) g23_sched_free(&mods[i].s[k]);
    g23_plan_free(&mods[i].plan);
    g23_module_free(&mods[i].m);
    free(paths.v[i]);
  }
  free(mods);
  G23_VEC_FREE(paths);
  return g23_check_summary("test_models");
}
