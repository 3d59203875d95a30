/* hf_check.c: a model loaded from a Hugging Face checkpoint against the
 * logits and greedy tokens that transformers computed for it
 * (test/hf/make_gpt2_fixture.py writes both).
 *
 *   hf-check PLAN WEIGHTS EXPECTED [f16] [DEVICE]
 *
 * Loads WEIGHTS with --init-from's loader (strict: every parameter), then
 * for every prompt of EXPECTED runs the prefill graph on its ids and
 * compares the logits at every prompt position: the error of a prompt is
 * max |ours - theirs| / max |theirs| over all its positions and the whole
 * vocabulary, and must be at most 1e-4.  Greedy decoding (prefill, then the
 * decode graph at positions K, K+1, ...) must give exactly the recorded
 * tokens.  With f16, the `logits f16:NAME` blocks are compared instead (the
 * F16 weights' logits) and greedy decoding is not.  Exit 0 when everything
 * matches, 1 otherwise, 99 on a setup error.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cli/inputs.h"
#include "runtime/cli/weights.h"
#include "test/check.h"

#define TOL 1e-4
#define MAXP 16

typedef struct {
  char name[64];
  int32_t ids[256];
  int nids;
  float *logits; /* [rows, vocab] */
  int rows, vocab;
  int32_t greedy[256];
  int ngreedy;
} prompt_t;

static prompt_t ps[MAXP];
static int nps;

static prompt_t *find(const char *name, bool make) {
  for (int i = 0; i < nps; i++)
    if (!strcmp(ps[i].name, name)) return &ps[i];
  if (!make || nps == MAXP) return NULL;
  snprintf(ps[nps].name, sizeof ps[nps].name, "%s", name);
  return &ps[nps++];
}

/* The fixture's lines (see make_gpt2_fixture.py). */
static int read_expected(const char *path, bool f16) {
  FILE *f = fopen(path, "r");
  if (!f) return perror(path), -1;
  char word[32], name[64];
  int c;
  while (fscanf(f, "%31s", word) == 1) {
    if (word[0] == '#') {
      while ((c = fgetc(f)) != EOF && c != '\n') {}
      continue;
    }
    if (fscanf(f, "%63s", name) != 1) return -1;
    bool is_f16 = !strncmp(name, "f16:", 4);
    prompt_t *p = find(is_f16 ? name + 4 : name, true);
    if (!p) return -1;
    int n, m;
    if (!strcmp(word, "prompt")) {
      if (fscanf(f, "%d", &n) != 1 || n < 1 || n > 256) return -1;
      for (int i = 0; i < n; i++)
        if (fscanf(f, "%d", &p->ids[i]) != 1) return -1;
      p->nids = n;
    } else if (!strcmp(word, "greedy")) {
      if (fscanf(f, "%d", &n) != 1 || n < 0 || n > 256) return -1;
      for (int i = 0; i < n; i++)
        if (fscanf(f, "%d", &p->greedy[i]) != 1) return -1;
      p->ngreedy = n;
    } else if (!strcmp(word, "logits")) {
      if (fscanf(f, "%d %d", &n, &m) != 2 || n < 1 || m < 1) return -1;
      float *l = g23_xmalloc((size_t)n * (size_t)m * sizeof *l);
      for (long i = 0; i < (long)n * m; i++)
        if (fscanf(f, "%f", &l[i]) != 1) return -1;
      if (is_f16 == f16) {
        free(p->logits);
        p->logits = l, p->rows = n, p->vocab = m;
      } else {
        free(l);
      }
    } else {
      fprintf(stderr, "%s: unknown line '%s'\n", path, word);
      return -1;
    }
  }
  fclose(f);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: hf-check PLAN WEIGHTS EXPECTED [f16] [DEVICE]\n");
    return 99;
  }
  bool f16 = argc > 4 && !strcmp(argv[4], "f16");
  const char *device = argc > 4 + f16 ? argv[4 + f16] : "cpu";
  g23_progname = "hf-check";
  char err[4096];
  g23_plan_t plan;
  if (g23_plan_load(argv[1], &plan, err, sizeof err) != 0) return fprintf(stderr, "%s\n", err), 99;
  if (read_expected(argv[3], f16) != 0) return fprintf(stderr, "%s: cannot read\n", argv[3]), 99;
  g23_runtime_opts_t ro = {.device = device, .threads = 2, .precision = "fp32"};
  g23_runtime_t *rt;
  if (g23_runtime_open(&rt, &plan, &ro, err, sizeof err) != 0 || g23_runtime_init_params(rt, 1) != 0)
    return fprintf(stderr, "%s\n", err), 99;
  if (g23_init_from_safetensors(&plan, rt, argv[2], true, err, sizeof err) != 0)
    return fprintf(stderr, "hf-check: %s\n", err), 1;
  const g23_plan_tensor_t *in = g23_plan_find_role(&plan, G23_GRAPH_PREFILL, G23_ROLE_INPUT);
  const g23_plan_tensor_t *out = g23_plan_find(&plan, "logits", G23_GRAPH_PREFILL);
  const g23_plan_tensor_t *din = in ? g23_plan_find(&plan, in->name, G23_GRAPH_DECODE) : NULL;
  if (!in || !out || !din || !plan.incremental_decode) return fprintf(stderr, "not a KV-cache language model\n"), 99;
  int64_t T = in->nbytes / 4, V = out->shape[out->rank - 1];
  int32_t *win = g23_xmalloc((size_t)T * sizeof *win);
  float *logits = g23_xmalloc((size_t)out->nbytes), *row = g23_xmalloc((size_t)V * sizeof *row);
  int compared = 0;
  for (int k = 0; k < nps; k++) {
    prompt_t *p = &ps[k];
    if (!p->logits) continue;
    if (p->vocab != V || p->rows != p->nids || p->nids > T) {
      fprintf(stderr, "prompt %s: %d x %d logits for %d ids; the model has vocab %lld, context %lld\n", p->name,
              p->rows, p->vocab, p->nids, (long long)V, (long long)T);
      return 99;
    }
    /* prefill: the prompt, padded with its last id (the model is causal) */
    for (int64_t t = 0; t < T; t++) win[t] = p->ids[t < p->nids ? t : p->nids - 1];
    if (g23_feed_input(&plan, rt, G23_GRAPH_PREFILL, in->name, win, T, V, err, sizeof err) != 0 ||
        g23_runtime_set_scalar(rt, G23_GRAPH_PREFILL, "pos", 0) != 0 ||
        g23_runtime_run(rt, G23_GRAPH_PREFILL, err, sizeof err) != 0 ||
        g23_runtime_read(rt, "logits", G23_GRAPH_PREFILL, logits, (size_t)out->nbytes) != 0)
      return fprintf(stderr, "prefill: %s\n", err), 99;
    double maxdiff = 0, maxref = 0;
    for (int64_t i = 0; i < (int64_t)p->nids * V; i++) {
      maxdiff = fmax(maxdiff, fabs((double)logits[i] - p->logits[i]));
      maxref = fmax(maxref, fabs((double)p->logits[i]));
    }
    double rel = maxdiff / maxref;
    g23_check_report(rel <= TOL,
                     "prompt %s: max |ours - theirs| / max |theirs| = %.3g over %d positions x %lld logits (max "
                     "|theirs| %.3g)", p->name, rel, p->nids, (long long)V, maxref);
    compared++;
    if (f16) continue;
    /* greedy: the argmax after the prompt, then one decode step a token */
    int32_t got[256];
    memcpy(row, logits + (int64_t)(p->nids - 1) * V, (size_t)V * sizeof *row);
    for (int s = 0; s < p->ngreedy; s++) {
      int64_t best = 0;
      for (int64_t v = 1; v < V; v++)
        if (row[v] > row[best]) best = v;
      got[s] = (int32_t)best;
      if (s + 1 == p->ngreedy) break;
      if (g23_feed_input(&plan, rt, G23_GRAPH_DECODE, din->name, &got[s], 1, V, err, sizeof err) != 0 ||
          g23_runtime_set_scalar(rt, G23_GRAPH_DECODE, "pos", (double)(p->nids + s)) != 0 ||
          g23_runtime_run(rt, G23_GRAPH_DECODE, err, sizeof err) != 0 ||
          g23_runtime_read(rt, "logits", G23_GRAPH_DECODE, row, (size_t)V * sizeof *row) != 0)
        return fprintf(stderr, "decode: %s\n", err), 99;
    }
    bool same = p->ngreedy > 0 && memcmp(got, p->greedy, (size_t)p->ngreedy * sizeof *got) == 0;
    g23_buf_t line = {0};
    for (int s = 0; s < p->ngreedy; s++) g23_buf_printf(&line, " %d", got[s]);
    if (!same) {
      g23_buf_printf(&line, ", expected");
      for (int s = 0; s < p->ngreedy; s++) g23_buf_printf(&line, " %d", p->greedy[s]);
    }
    g23_check_report(same, "prompt %s: greedy%s", p->name, line.len ? line.s : "");
    g23_buf_free(&line);
  }
  if (compared == 0) return fprintf(stderr, "%s: no logits to compare\n", argv[3]), 99;
  for (int k = 0; k < nps; k++) free(ps[k].logits);
  free(win);
  free(logits);
  free(row);
  g23_runtime_close(rt);
  g23_plan_free(&plan);
  return g23_check_summary("hf-check");
}
