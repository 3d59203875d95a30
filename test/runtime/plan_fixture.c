/* plan_fixture.c: see plan_fixture.h. */
#include <stdlib.h>
#include <string.h>

#include "plan_fixture.h"
#include "codegen/codegen.h"

/* A C source as codegen writes it: its preamble (which holds the runtime's
 * entry points), then the given kernels. */
char *g23_fixture_c_source(char *kernels) {
  g23_buf_t b = {0};
  g23_codegen_preamble(&b, &g23_dialect_c, "fixture");
  g23_buf_printf(&b, "%s", kernels);
  free(kernels);
  return b.s;
}

typedef struct {
  g23_plan_t *p;
  int cap;
} builder_t;

static int64_t add_tensor(builder_t *b, const char *name, g23_dtype_t dt, int rank, const int64_t *shape,
                          g23_role_t role, g23_init_t init, double arg, int graph) {
  g23_plan_t *p = b->p;
  if (p->ntensors == b->cap) {
    b->cap = b->cap ? 2 * b->cap : 16;
    p->tensors = g23_xrealloc(p->tensors, (size_t)b->cap * sizeof *p->tensors);
  }
  g23_plan_tensor_t *t = &p->tensors[p->ntensors++];
  memset(t, 0, sizeof *t);
  t->name = g23_xstrdup(name);
  t->dtype = dt;
  t->rank = rank;
  int64_t n = 1;
  for (int i = 0; i < rank; i++) n *= (t->shape[i] = shape[i]);
  t->role = role;
  t->init = init;
  t->init_arg = arg;
  t->no_decay = role == G23_ROLE_PARAM && rank == 1;
  /* a token input or target has its sequence on the last axis */
  t->seq_axis = (role == G23_ROLE_INPUT || role == G23_ROLE_TARGET) && dt == G23_I32 ? rank - 1 : -1;
  t->index_bound = role == G23_ROLE_INPUT && dt == G23_I32 ? 7 : 0;
  t->graph = graph;
  t->offset = p->arena_bytes;
  t->nbytes = n * g23_dtype_size(dt);
  p->arena_bytes += (t->nbytes + 63) / 64 * 64;
  if (graph < 0) p->persistent_bytes = p->arena_bytes;
  return t->offset;
}

static void add_hparam(g23_plan_t *p, const char *name, bool is_float, double v) {
  p->hparams = g23_xrealloc(p->hparams, (size_t)(p->nhparams + 1) * sizeof *p->hparams);
  p->hparams[p->nhparams++] = (g23_hparam_t){g23_xstrdup(name), is_float, v};
}

static void add_kernel(g23_plan_t *p, const char *name, const char *comment) {
  p->kernels = g23_xrealloc(p->kernels, (size_t)(p->nkernels + 1) * sizeof *p->kernels);
  p->kernels[p->nkernels++] = (g23_kernel_t){g23_xstrdup(name), comment ? g23_xstrdup(comment) : NULL, 0};
}

static g23_launch_t *add_launch(g23_plan_t *p, int graph) {
  g23_plan_graph_t *g = &p->graphs[graph];
  p->has_graph[graph] = true;
  g->launches = g23_xrealloc(g->launches, (size_t)(g->nlaunch + 1) * sizeof *g->launches);
  g23_launch_t *l = &g->launches[g->nlaunch++];
  memset(l, 0, sizeof *l);
  return l;
}

static void kernel_launch(g23_plan_t *p, int graph, int k) {
  g23_launch_t *l = add_launch(p, graph);
  l->kind = G23_LAUNCH_KERNEL;
  l->kernel = k;
  l->grid[0] = 3 + k, l->grid[1] = 1, l->grid[2] = 1;
  l->block[0] = 128, l->block[1] = 1, l->block[2] = 1;
  l->shmem = 256 * k;
  p->graphs[graph].nkernels++;
}

static void matmul_launch(g23_plan_t *p, int graph, const g23_matmul_t *m) {
  g23_launch_t *l = add_launch(p, graph);
  l->kind = G23_LAUNCH_MATMUL;
  l->kernel = -1;
  l->mm = *m;
  p->graphs[graph].nmatmuls++;
}

static void fixture_main(g23_plan_t *p) {
  builder_t b = {p, 0};
  p->model_name = g23_xstrdup("fixture.net");
  add_hparam(p, "d_model", false, 4);
  add_hparam(p, "dropout", true, 0.125);
  add_hparam(p, "n_layer", false, 2);
  const int64_t s_w[] = {FIX_N, FIX_K}, s_b[] = {FIX_N}, s_v[] = {FIX_K, FIX_N}, s_a[] = {4}, s_o[] = {3};
  const int64_t s_x[] = {FIX_B, FIX_K, FIX_M}, s_y[] = {FIX_B, FIX_M, FIX_N}, s_u[] = {FIX_M, FIX_K},
                s_g[] = {FIX_M, FIX_LDG}, s_1[] = {1}, s_h[] = {2, 2};
  int64_t o_w = add_tensor(&b, "w", G23_F32, 2, s_w, G23_ROLE_PARAM, G23_INIT_NORMAL, 0.5, -1);
  int64_t o_bias = add_tensor(&b, "bias", G23_F32, 1, s_b, G23_ROLE_PARAM, G23_INIT_CONST, 0.25, -1);
  int64_t o_v = add_tensor(&b, "v", G23_F32, 2, s_v, G23_ROLE_PARAM, G23_INIT_NORMAL, 1.0, -1);
  add_tensor(&b, "slopes", G23_F32, 1, s_a, G23_ROLE_PARAM, G23_INIT_ALIBI, 0, -1);
  add_tensor(&b, "ln.g", G23_F32, 1, s_o, G23_ROLE_PARAM, G23_INIT_ONES, 0, -1);
  add_tensor(&b, "adam_m:w", G23_F32, 2, s_w, G23_ROLE_OPTSTATE, G23_INIT_NONE, 0, -1);
  add_tensor(&b, "grad:w", G23_F32, 2, s_w, G23_ROLE_GRAD, G23_INIT_NONE, 0, -1);
  add_tensor(&b, "half", G23_BF16, 2, s_h, G23_ROLE_PARAM, G23_INIT_CONST, 1.5, -1);
  add_tensor(&b, "h16", G23_F16, 1, s_o, G23_ROLE_KVCACHE, G23_INIT_NONE, 0, -1);
  int64_t o_x = add_tensor(&b, "x", G23_F32, 3, s_x, G23_ROLE_INPUT, G23_INIT_NONE, 0, G23_GRAPH_TRAIN);
  int64_t o_y = add_tensor(&b, "y", G23_F32, 3, s_y, G23_ROLE_OUTPUT, G23_INIT_NONE, 0, G23_GRAPH_TRAIN);
  int64_t o_z = add_tensor(&b, "z", G23_F32, 3, s_y, G23_ROLE_OUTPUT, G23_INIT_NONE, 0, G23_GRAPH_TRAIN);
  int64_t o_scale = add_tensor(&b, "scale", G23_F32, 1, s_1, G23_ROLE_SCALAR, G23_INIT_NONE, 0, G23_GRAPH_TRAIN);
  int64_t o_step = add_tensor(&b, "step", G23_I32, 1, s_1, G23_ROLE_SCALAR, G23_INIT_NONE, 0, G23_GRAPH_TRAIN);
  add_tensor(&b, "tokens", G23_I32, 2, s_h, G23_ROLE_TARGET, G23_INIT_NONE, 0, G23_GRAPH_TRAIN);
  int64_t o_u = add_tensor(&b, "u", G23_F32, 2, s_u, G23_ROLE_INPUT, G23_INIT_NONE, 0, G23_GRAPH_EVAL);
  int64_t o_g = add_tensor(&b, "g", G23_F32, 2, s_g, G23_ROLE_OUTPUT, G23_INIT_NONE, 0, G23_GRAPH_EVAL);
  add_tensor(&b, "scale", G23_F32, 1, s_1, G23_ROLE_SCALAR, G23_INIT_NONE, 0, G23_GRAPH_EVAL);
  p->arena_bytes += 128; /* a little slack after the last tensor */
  p->bytes_params = 4 * (FIX_N * FIX_K * 2 + FIX_N + 4 + 3) + 8;
  p->bytes_grads = 4 * FIX_N * FIX_K;
  p->bytes_optstate = 4 * FIX_N * FIX_K;
  p->bytes_kvcache = 6;
  p->bytes_activations = p->arena_bytes - p->persistent_bytes;
  p->graphs[G23_GRAPH_TRAIN].scratch_bytes = p->bytes_activations;
  p->graphs[G23_GRAPH_EVAL].scratch_bytes = 64;
  p->max_seq = 8;
  p->vocab = 5;
  p->batch = FIX_B;
  p->seq = FIX_M;

  add_kernel(p, "k_fill", "fill: y [2, 3, 5]");
  add_kernel(p, "k_post", "mul add: z [2, 3, 5]");
  p->kernels[p->nkernels - 1].joins = 1; /* a pair split otherwise per dialect */
  g23_plan_set_source(p, "c", g23_fixture_c_source(g23_xasprintf(
      "#include <stdint.h>\n"
      "void k_fill(char *base) {\n"
      "  float *y = (float *)(base + %lld);\n"
      "  float s = *(const float *)(base + %lld);\n"
      "  for (int i = 0; i < %d; i++) y[i] = s * (float)(i %% 7) - 1.0f;\n"
      "}\n"
      "void k_post(char *base) {\n"
      "  const float *y = (const float *)(base + %lld);\n"
      "  float *z = (float *)(base + %lld);\n"
      "  int32_t step = *(const int32_t *)(base + %lld);\n"
      "#pragma omp parallel for\n"
      "  for (int i = 0; i < %d; i++) z[i] = y[i] * y[i] + (float)step;\n"
      "}\n",
      (long long)o_y, (long long)o_scale, FIX_B * FIX_M * FIX_N, (long long)o_y, (long long)o_z,
      (long long)o_step, FIX_B * FIX_M * FIX_N)));
  g23_plan_set_source(p, "cuda", g23_xstrdup("extern \"C\" __global__ void k_fill(char *base) {}\n"
                                             "extern \"C\" __global__ void k_post(char *base) {}\n"));

  kernel_launch(p, G23_GRAPH_TRAIN, 0);
  g23_matmul_t m = {.m = FIX_M, .n = FIX_N, .k = FIX_K, .batch = FIX_B, .transa = 1, .transb = 1,
                    .off_a = o_x, .off_b = o_w, .off_c = o_y, .off_bias = o_bias,
                    .lda = FIX_M, .ldb = FIX_K, .ldc = FIX_N,
                    .stride_a = FIX_K * FIX_M, .stride_b = 0, .stride_c = FIX_M * FIX_N,
                    .alpha = 0.7f, .beta = 1.0f, .epilogue = G23_EPI_BIAS};
  matmul_launch(p, G23_GRAPH_TRAIN, &m);
  kernel_launch(p, G23_GRAPH_TRAIN, 1);
  g23_matmul_t e = {.m = FIX_M, .n = FIX_N, .k = FIX_K, .batch = 1, .transa = 0, .transb = 0,
                    .off_a = o_u, .off_b = o_v, .off_c = o_g, .off_bias = o_bias,
                    .lda = FIX_K, .ldb = FIX_N, .ldc = FIX_LDG,
                    .alpha = 1.5f, .beta = 0.0f, .epilogue = G23_EPI_GELU_BIAS};
  matmul_launch(p, G23_GRAPH_EVAL, &e);
}

static void fixture_matmul_only(g23_plan_t *p) {
  builder_t b = {p, 0};
  p->model_name = g23_xstrdup("mm.net");
  const int64_t s_a[] = {2, 3}, s_b[] = {3, 2}, s_c[] = {2, 2};
  int64_t oa = add_tensor(&b, "a", G23_F32, 2, s_a, G23_ROLE_INPUT, G23_INIT_NONE, 0, G23_GRAPH_EVAL);
  int64_t ob = add_tensor(&b, "b", G23_F32, 2, s_b, G23_ROLE_INPUT, G23_INIT_NONE, 0, G23_GRAPH_EVAL);
  int64_t oc = add_tensor(&b, "c", G23_F32, 2, s_c, G23_ROLE_OUTPUT, G23_INIT_NONE, 0, G23_GRAPH_EVAL);
  g23_matmul_t m = {.m = 2, .n = 2, .k = 3, .batch = 1, .off_a = oa, .off_b = ob, .off_c = oc,
                    .lda = 3, .ldb = 2, .ldc = 2, .alpha = 1, .beta = 0};
  matmul_launch(p, G23_GRAPH_EVAL, &m);
}

static void fixture_generate(g23_plan_t *p) {
  builder_t b = {p, 0};
  p->model_name = g23_xstrdup("gen.net");
  p->incremental_decode = true;
  p->classifier = true;
  add_hparam(p, "max_seq_length", false, 4);
  const int64_t s_c[] = {1, 2, 4, 3}, s_t[] = {1, 4}, s_1[] = {1}, s_l[] = {1, 4, 7};
  add_tensor(&b, "cache.k", G23_F32, 4, s_c, G23_ROLE_KVCACHE, G23_INIT_NONE, 0, -1);
  add_tensor(&b, "tokens", G23_I32, 2, s_t, G23_ROLE_INPUT, G23_INIT_NONE, 0, G23_GRAPH_PREFILL);
  add_tensor(&b, "logits", G23_F32, 3, s_l, G23_ROLE_OUTPUT, G23_INIT_NONE, 0, G23_GRAPH_PREFILL);
  add_tensor(&b, "pos", G23_I32, 1, s_1, G23_ROLE_SCALAR, G23_INIT_NONE, 0, G23_GRAPH_DECODE);
  add_kernel(p, "prefill_0", NULL);
  add_kernel(p, "decode_0", "");
  g23_plan_set_source(p, "c", g23_fixture_c_source(g23_xstrdup("void prefill_0(char *base) {}\nvoid decode_0(char *base) {}\n")));
  kernel_launch(p, G23_GRAPH_PREFILL, 0);
  kernel_launch(p, G23_GRAPH_DECODE, 1);
  kernel_launch(p, G23_GRAPH_DECODE, 1);
  p->max_seq = 4;
  p->vocab = 7;
}

void g23_fixture_plan(g23_plan_t *p, int variant) {
  memset(p, 0, sizeof *p);
  p->version = G23_PLAN_VERSION;
  p->adamw = (g23_adamw_t){0.8, 0.99, 1e-6};
  if (variant == 0) {
    fixture_main(p);
    /* a names table: a name for each parameter, a tied copy, a skip pattern */
    p->nnames = 1;
    p->names = g23_xcalloc(1, sizeof *p->names);
    g23_names_t *t = &p->names[0];
    t->name = g23_xstrdup("hf");
    t->prefix = g23_xstrdup("transformer.");
    t->n = 5;
    t->v = g23_xcalloc(5, sizeof *t->v);
    t->v[0] = (g23_xname_t){G23_XNAME_PARAM, g23_xstrdup("w.weight"), g23_xstrdup("w")};
    t->v[1] = (g23_xname_t){G23_XNAME_PARAM, g23_xstrdup("w.bias"), g23_xstrdup("bias")};
    t->v[2] = (g23_xname_t){G23_XNAME_PARAM, g23_xstrdup("v.weight"), g23_xstrdup("v")};
    t->v[3] = (g23_xname_t){G23_XNAME_TIED, g23_xstrdup("head.weight"), g23_xstrdup("v")};
    t->v[4] = (g23_xname_t){G23_XNAME_SKIP, g23_xstrdup("h.{i}.attn.bias"), NULL};
  }
  if (variant == 1) fixture_matmul_only(p);
  if (variant == 2) fixture_generate(p);
  if (variant == 3) {
    fixture_main(p);
    g23_matmul_t *m = &p->graphs[G23_GRAPH_EVAL].launches[0].mm;
    m->epilogue = G23_EPI_DGELU_BGRAD;
    m->off_aux = m->off_c;
    m->ldaux = FIX_LDG;
    m->off_bgrad = m->off_bias;
  }
}

/* ---- comparison ------------------------------------------------------------ */

#define DIFF(what, ...)                                                                                   \
  do {                                                                                                    \
    fprintf(stderr, "plans differ: " what "\n", __VA_ARGS__);                                             \
    return false;                                                                                         \
  } while (0)

static bool str_eq(const char *a, const char *b) { return (!a && !b) || (a && b && strcmp(a, b) == 0); }

static bool launch_eq(const g23_launch_t *a, const g23_launch_t *b) {
  if (a->kind != b->kind || a->kernel != b->kernel || a->shmem != b->shmem) return false;
  for (int i = 0; i < 3; i++)
    if (a->grid[i] != b->grid[i] || a->block[i] != b->block[i]) return false;
  const g23_matmul_t *x = &a->mm, *y = &b->mm;
  return x->m == y->m && x->n == y->n && x->k == y->k && x->batch == y->batch && x->transa == y->transa &&
         x->transb == y->transb && x->off_a == y->off_a && x->off_b == y->off_b && x->off_c == y->off_c &&
         x->off_bias == y->off_bias && x->lda == y->lda && x->ldb == y->ldb && x->ldc == y->ldc &&
         x->stride_a == y->stride_a && x->stride_b == y->stride_b && x->stride_c == y->stride_c &&
         memcmp(&x->alpha, &y->alpha, 4) == 0 && memcmp(&x->beta, &y->beta, 4) == 0 && x->epilogue == y->epilogue &&
         x->off_aux == y->off_aux && x->ldaux == y->ldaux && x->off_bgrad == y->off_bgrad;
}

bool g23_fixture_plan_equal(const g23_plan_t *a, const g23_plan_t *b) {
  if (a->version != b->version) DIFF("version %u vs %u", a->version, b->version);
  if (!str_eq(a->model_name, b->model_name)) DIFF("model name %s", "");
  if (a->nhparams != b->nhparams) DIFF("nhparams %d vs %d", a->nhparams, b->nhparams);
  for (int i = 0; i < a->nhparams; i++)
    if (!str_eq(a->hparams[i].name, b->hparams[i].name) || a->hparams[i].is_float != b->hparams[i].is_float ||
        memcmp(&a->hparams[i].value, &b->hparams[i].value, sizeof(double)) != 0)
      DIFF("hparam %d", i);
  if (a->ntensors != b->ntensors) DIFF("ntensors %d vs %d", a->ntensors, b->ntensors);
  for (int i = 0; i < a->ntensors; i++) {
    const g23_plan_tensor_t *x = &a->tensors[i], *y = &b->tensors[i];
    bool eq = str_eq(x->name, y->name) && x->dtype == y->dtype && x->rank == y->rank && x->role == y->role &&
              x->init == y->init && memcmp(&x->init_arg, &y->init_arg, sizeof(double)) == 0 &&
              x->no_decay == y->no_decay && x->seq_axis == y->seq_axis && x->index_bound == y->index_bound && x->graph == y->graph && x->offset == y->offset &&
              x->nbytes == y->nbytes;
    for (int d = 0; eq && d < x->rank; d++) eq = x->shape[d] == y->shape[d];
    if (!eq) DIFF("tensor %d (%s)", i, x->name);
  }
  if (a->nkernels != b->nkernels) DIFF("nkernels %d vs %d", a->nkernels, b->nkernels);
  for (int i = 0; i < a->nkernels; i++)
    if (!str_eq(a->kernels[i].name, b->kernels[i].name) || !str_eq(a->kernels[i].comment, b->kernels[i].comment) ||
        a->kernels[i].joins != b->kernels[i].joins)
      DIFF("kernel %d", i);
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (a->has_graph[g] != b->has_graph[g]) DIFF("has_graph[%d]", g);
    if (!a->has_graph[g]) continue;
    const g23_plan_graph_t *x = &a->graphs[g], *y = &b->graphs[g];
    if (x->nlaunch != y->nlaunch || x->nkernels != y->nkernels || x->nmatmuls != y->nmatmuls ||
        x->scratch_bytes != y->scratch_bytes)
      DIFF("graph %d counts", g);
    for (int i = 0; i < x->nlaunch; i++)
      if (!launch_eq(&x->launches[i], &y->launches[i])) DIFF("graph %d launch %d", g, i);
  }
  if (a->nsources != b->nsources) DIFF("source count%s", "");
  for (int i = 0; i < a->nsources && i < b->nsources; i++)
    if (!str_eq(a->sources[i].dialect, b->sources[i].dialect) || !str_eq(a->sources[i].text, b->sources[i].text))
      DIFF("source %d", i);
  if (a->arena_bytes != b->arena_bytes || a->persistent_bytes != b->persistent_bytes ||
      a->bytes_params != b->bytes_params || a->bytes_grads != b->bytes_grads ||
      a->bytes_optstate != b->bytes_optstate || a->bytes_kvcache != b->bytes_kvcache ||
      a->bytes_activations != b->bytes_activations)
    DIFF("sizes%s", "");
  if (a->incremental_decode != b->incremental_decode || a->classifier != b->classifier || a->max_seq != b->max_seq ||
      a->vocab != b->vocab || a->batch != b->batch || a->seq != b->seq)
    DIFF("model fields%s", "");
  if (memcmp(&a->adamw, &b->adamw, sizeof a->adamw) != 0) DIFF("AdamW constants%s", "");
  if (a->nnames != b->nnames) DIFF("nnames %d vs %d", a->nnames, b->nnames);
  for (int i = 0; i < a->nnames; i++) {
    const g23_names_t *x = &a->names[i], *y = &b->names[i];
    if (!str_eq(x->name, y->name) || !str_eq(x->prefix, y->prefix) || x->n != y->n) DIFF("names table %d", i);
    for (int k = 0; k < x->n; k++)
      if (x->v[k].kind != y->v[k].kind || !str_eq(x->v[k].name, y->v[k].name) || !str_eq(x->v[k].param, y->v[k].param))
        DIFF("names table %d entry %d", i, k);
  }
  return true;
}
