/* stats.c: what a plan costs (`gpt23c --emit stats`). */
#include "passes.h"

static void bytes(FILE *f, const char *what, int64_t n) {
  fprintf(f, "  %-16s %14lld bytes (%.2f MiB)\n", what, (long long)n, n / 1048576.0);
}

void g23_stats_print(FILE *f, const g23_plan_t *p) {
  fprintf(f, "model %s: %d kernels in the plan\n", p->model_name ? p->model_name : "?", p->nkernels);
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!p->has_graph[k]) continue;
    const g23_plan_graph_t *g = &p->graphs[k];
    fprintf(f, "graph %-8s %5d kernels %5d matmuls %5d launches, scratch %lld bytes (%.2f MiB)\n",
            g23_graph_kind_name((g23_graph_kind_t)k), g->nkernels, g->nmatmuls, g->nlaunch, (long long)g->scratch_bytes,
            g->scratch_bytes / 1048576.0);
  }
  fprintf(f, "peak memory:\n");
  bytes(f, "params", p->bytes_params);
  bytes(f, "grads", p->bytes_grads);
  bytes(f, "optimizer state", p->bytes_optstate);
  bytes(f, "KV cache", p->bytes_kvcache);
  bytes(f, "activations", p->bytes_activations);
  bytes(f, "arena", p->arena_bytes);
}
