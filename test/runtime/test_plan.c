/* test_plan.c: plan.bin round trip and the loader's refusal of every kind of
 * damage.  Also writes the fuzzer's seed corpus: test-plan --corpus DIR. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/le.h"
#include "plan_fixture.h"
#include "test/check.h"


#define HEADER 56

static void put32(char *d, size_t at, uint32_t v) { g23_le_put32((unsigned char *)d + at, v); }
static void put64(char *d, size_t at, uint64_t v) { g23_le_put64((unsigned char *)d + at, v); }
static uint32_t get32(const char *d, size_t at) { return g23_le_get32((const unsigned char *)d + at); }

/* Makes the header agree with a payload of len - HEADER bytes (size, CRC),
 * so that damage inside the payload reaches the structural checks. */
static void fix_header(char *d, size_t len) {
  put64(d, 16, len - HEADER);
  put32(d, 24, g23_crc32(d + HEADER, len - HEADER, 0));
}

/* parse must fail with a message; if it succeeds instead, report. */
static void expect_reject(const char *d, size_t len, const char *want, const char *what) {
  g23_plan_t p;
  char err[512] = "";
  int rc = g23_plan_parse(d, len, &p, err, sizeof err);
  CHECK(rc == -1, "%s: accepted", what);
  if (rc == 0) {
    g23_plan_free(&p);
    return;
  }
  CHECK(err[0] != 0, "%s: no message", what);
  if (want) CHECK(strstr(err, want) != NULL, "%s: message \"%s\" lacks \"%s\"", what, err, want);
}

/* A parse that succeeds must be canonical: serialising it gives the bytes. */
static void expect_canonical_or_reject(const char *d, size_t len, const char *what) {
  g23_plan_t p;
  char err[512] = "";
  if (g23_plan_parse(d, len, &p, err, sizeof err) != 0) {
    CHECK(err[0] != 0, "%s: rejected without a message", what);
    return;
  }
  char *again;
  size_t n2;
  g23_plan_serialize(&p, &again, &n2);
  CHECK(n2 == len && memcmp(again, d, len) == 0, "%s: accepted but not canonical", what);
  free(again);
  g23_plan_free(&p);
}

static void test_round_trip(int variant) {
  g23_plan_t p, q;
  g23_fixture_plan(&p, variant);
  char *d, *d2;
  size_t n, n2;
  CHECK(g23_plan_serialize(&p, &d, &n) == 0, "serialize");
  char err[512] = "";
  CHECK(g23_plan_parse(d, n, &q, err, sizeof err) == 0, "variant %d: parse: %s", variant, err);
  CHECK(g23_fixture_plan_equal(&p, &q), "variant %d: fields differ after the round trip", variant);
  CHECK(q.version == G23_PLAN_VERSION, "version %u", q.version);
  g23_plan_serialize(&q, &d2, &n2);
  CHECK(n == n2 && memcmp(d, d2, n) == 0, "variant %d: second serialisation differs", variant);
  /* find / hparam */
  if (variant == 0) {
    const g23_plan_tensor_t *t = g23_plan_find(&q, "scale", G23_GRAPH_EVAL);
    CHECK(t && t->graph == G23_GRAPH_EVAL, "find scale in eval");
    CHECK(g23_plan_find(&q, "scale", G23_GRAPH_TRAIN) != t, "find distinguishes graphs");
    CHECK(g23_plan_find(&q, "w", -1) != NULL, "find persistent w");
    CHECK(g23_plan_find(&q, "w", G23_GRAPH_TRAIN) == NULL, "w is not a train tensor");
    CHECK(g23_plan_find(&q, "nope", -1) == NULL, "absent");
    CHECK(g23_plan_hparam(&q, "dropout", 9) == 0.125, "hparam dropout");
    CHECK(g23_plan_hparam(&q, "nope", 9) == 9, "hparam default");
  }
  free(d);
  free(d2);
  g23_plan_free(&p);
  g23_plan_free(&q);
}

static void test_save_load(void) {
  g23_plan_t p, q;
  g23_fixture_plan(&p, 0);
  char dir[] = "/tmp/g23-plan-XXXXXX";
  CHECK(mkdtemp(dir) != NULL, "mkdtemp");
  char *path = g23_xasprintf("%s/plan.bin", dir);
  char err[512] = "";
  CHECK(g23_plan_save(&p, path, err, sizeof err) == 0, "save: %s", err);
  CHECK(g23_plan_load(path, &q, err, sizeof err) == 0, "load: %s", err);
  CHECK(g23_fixture_plan_equal(&p, &q), "loaded plan differs");
  g23_plan_free(&q);
  /* --dump names the model, tensors, graphs and kernels */
  char *dump = NULL;
  size_t dlen = 0;
  FILE *f = open_memstream(&dump, &dlen);
  g23_plan_describe(f, &p);
  fclose(f);
  const char *want[] = {"fixture.net", "dropout", "adam_m:w", "k_fill", "k_post", "train", "eval", "arena"};
  for (size_t i = 0; i < sizeof want / sizeof *want; i++)
    CHECK(strstr(dump, want[i]) != NULL, "--dump lacks %s", want[i]);
  free(dump);
  char *missing = g23_xasprintf("%s/none.bin", dir);
  CHECK(g23_plan_load(missing, &q, err, sizeof err) == -1 && strstr(err, "none.bin"), "missing file: %s", err);
  unlink(path);
  rmdir(dir);
  free(path);
  free(missing);
  g23_plan_free(&p);
}

static void test_damage(void) {
  g23_plan_t p;
  g23_fixture_plan(&p, 0);
  char *d;
  size_t n;
  g23_plan_serialize(&p, &d, &n);
  g23_plan_free(&p);
  char *c = g23_xmalloc(n);

  /* Truncation at every length: the header's size catches it ... */
  for (size_t len = 0; len < n; len++) expect_reject(d, len, NULL, "truncated");
  /* ... and with the header made consistent, the section reader does. */
  for (size_t len = HEADER; len < n; len++) {
    memcpy(c, d, len);
    fix_header(c, len);
    expect_reject(c, len, NULL, "truncated, consistent header");
  }
  /* Every single bit flip is caught (header fields, reserved bytes, CRC). */
  int flips = 0;
  for (size_t at = 0; at < n; at++)
    for (int bit = 0; bit < 8; bit++) {
      memcpy(c, d, n);
      c[at] ^= (char)(1 << bit);
      expect_reject(c, n, NULL, "bit flip");
      flips++;
    }
  CHECK(flips == (int)n * 8, "flips");
  /* Past the checksum, a flip either is caught by a structural check or
   * leaves a valid plan that serialises back to the same bytes. */
  for (size_t at = HEADER; at < n; at++)
    for (int bit = 0; bit < 8; bit++) {
      memcpy(c, d, n);
      c[at] ^= (char)(1 << bit);
      fix_header(c, n);
      expect_canonical_or_reject(c, n, "bit flip under a fixed checksum");
    }
  memcpy(c, d, n);
  c[HEADER + 20] ^= 4;
  expect_reject(c, n, "checksum", "payload flip");

  memcpy(c, d, n);
  memcpy(c, "G23PLAM", 8);
  expect_reject(c, n, "not a gpt23 plan", "wrong magic");
  expect_reject("hello", 5, "not a gpt23 plan", "text file");

  memcpy(c, d, n);
  put32(c, 8, 1);
  expect_reject(c, n, "format version 1, older than this gpt23run, which reads version 7; recompile", "version");
  memcpy(c, d, n);
  put32(c, 8, 2);
  expect_reject(c, n, "format version 2, older than this gpt23run, which reads version 7; recompile",
                "version 2 (no AdamW constants, no seq axes)");
  memcpy(c, d, n);
  put32(c, 8, 3);
  expect_reject(c, n, "format version 3, older than this gpt23run, which reads version 7; recompile",
                "version 3 (no names tables)");
  memcpy(c, d, n);
  put32(c, 8, 4);
  expect_reject(c, n, "format version 4, older than this gpt23run, which reads version 7; recompile the model",
                "version 4 (a C and a CUDA source, not sources by dialect)");
  memcpy(c, d, n);
  put32(c, 8, 5);
  expect_reject(c, n, "format version 5, older than this gpt23run, which reads version 7; recompile the model",
                "version 5 (no gradient cut for data-parallel training)");
  memcpy(c, d, n);
  put32(c, 8, 6);
  expect_reject(c, n, "format version 6, older than this gpt23run, which reads version 7; recompile the model",
                "version 6 (no kernel joins the launch before it)");
  memcpy(c, d, n);
  put32(c, 8, 8);
  expect_reject(c, n, "format version 8, newer than this gpt23run, which reads version 7; run it with a newer gpt23run", "newer version");
  memcpy(c, d, n);
  put32(c, 12, 1);
  expect_reject(c, n, "flags", "flags");
  memcpy(c, d, n);
  c[40] = 1;
  expect_reject(c, n, "reserved", "reserved byte");

  /* A count that cannot fit: the hparam count follows the model name etc. */
  size_t at_hcount = HEADER + 12 + 4 + strlen("fixture.net") + 1 + 8 + 11 * 8;
  CHECK(get32(d, at_hcount) == 3, "layout assumption: hparam count at %zu", at_hcount);
  memcpy(c, d, n);
  put32(c, at_hcount, 0xffffffffu);
  fix_header(c, n);
  expect_reject(c, n, "cannot fit", "absurd hparam count");
  memcpy(c, d, n);
  put32(c, at_hcount, 1u << 28);
  fix_header(c, n);
  expect_reject(c, n, "cannot fit", "large hparam count");
  /* A rank above G23_MAX_RANK (tensor 0 is "w", right after HPAR). */
  size_t hpar_len = get32(d, HEADER + 4);
  size_t at_rank = HEADER + 12 + hpar_len + 12 + 4 + (4 + 2) + 4;
  CHECK(get32(d, at_rank) == 2, "layout assumption: rank of w at %zu", at_rank);
  memcpy(c, d, n);
  put32(c, at_rank, G23_MAX_RANK + 1);
  fix_header(c, n);
  expect_reject(c, n, "rank 7 exceeds 6", "rank");
  memcpy(c, d, n);
  put32(c, at_rank, 0xfffffff0u);
  fix_header(c, n);
  expect_reject(c, n, "exceeds", "absurd rank");
  /* An absurd section length. */
  memcpy(c, d, n);
  put64(c, HEADER + 4, UINT64_MAX);
  fix_header(c, n);
  expect_reject(c, n, "claims", "absurd section length");
  /* A wrong section tag. */
  memcpy(c, d, n);
  memcpy(c + HEADER, "XXXX", 4);
  fix_header(c, n);
  expect_reject(c, n, "expected section HPAR", "section tag");
  /* Trailing garbage. */
  char *longer = g23_xmalloc(n + 3);
  memcpy(longer, d, n);
  memset(longer + n, 0, 3);
  expect_reject(longer, n + 3, NULL, "trailing bytes");
  fix_header(longer, n + 3);
  expect_reject(longer, n + 3, "after the last section", "trailing bytes, consistent header");
  free(longer);
  free(c);
  free(d);
}

/* Semantic damage: a plan struct with one bad field, serialised (the writer
 * does not validate) and parsed. */
typedef void (*spoil_fn)(g23_plan_t *p);
static void spoil_kernel_index(g23_plan_t *p) { p->graphs[G23_GRAPH_TRAIN].launches[0].kernel = 2; }
static void spoil_kernel_neg(g23_plan_t *p) { p->graphs[G23_GRAPH_TRAIN].launches[2].kernel = -1; }
static void spoil_offset(g23_plan_t *p) { p->tensors[3].offset = p->arena_bytes - 4; }
static void spoil_offset_neg(g23_plan_t *p) { p->tensors[3].offset = -64; }
static void spoil_nbytes(g23_plan_t *p) { p->tensors[0].nbytes += 4; }
static void spoil_dim(g23_plan_t *p) { p->tensors[1].shape[0] = 0; }
static void spoil_huge_dims(g23_plan_t *p) {
  g23_plan_tensor_t *t = &p->tensors[0];
  t->rank = 4;
  for (int i = 0; i < 4; i++) t->shape[i] = INT64_C(1) << 20;
}
static void spoil_dtype(g23_plan_t *p) { p->tensors[0].dtype = G23_DTYPE_COUNT; }
static void spoil_role(g23_plan_t *p) { p->tensors[0].role = G23_ROLE_COUNT; }
static void spoil_init(g23_plan_t *p) { p->tensors[0].init = (g23_init_t)17; }
static void spoil_graph(g23_plan_t *p) { p->tensors[0].graph = G23_GRAPH_COUNT; }
static void spoil_mm_extent(g23_plan_t *p) { p->graphs[G23_GRAPH_TRAIN].launches[1].mm.stride_a = 1 << 20; }
static void spoil_mm_ld(g23_plan_t *p) { p->graphs[G23_GRAPH_TRAIN].launches[1].mm.lda = 1; }
static void spoil_mm_bias(g23_plan_t *p) { p->graphs[G23_GRAPH_EVAL].launches[0].mm.off_bias = p->arena_bytes; }
static void spoil_mm_out(g23_plan_t *p) { p->graphs[G23_GRAPH_EVAL].launches[0].mm.off_c = p->arena_bytes - 32; }
static void spoil_mm_epi(g23_plan_t *p) { p->graphs[G23_GRAPH_EVAL].launches[0].mm.epilogue = G23_EPI_COUNT; }
static void spoil_mm_aux(g23_plan_t *p) {
  g23_matmul_t *m = &p->graphs[G23_GRAPH_EVAL].launches[0].mm;
  m->epilogue = G23_EPI_DGELU;
  m->off_aux = p->arena_bytes - 16;
  m->ldaux = m->n;
}
static void spoil_mm_ldaux(g23_plan_t *p) {
  g23_matmul_t *m = &p->graphs[G23_GRAPH_EVAL].launches[0].mm;
  m->epilogue = G23_EPI_GELU_AUX_BIAS;
  m->off_aux = m->off_c;
  m->ldaux = m->n - 1;
}
static void spoil_mm_bgrad(g23_plan_t *p) {
  g23_matmul_t *m = &p->graphs[G23_GRAPH_EVAL].launches[0].mm;
  m->epilogue = G23_EPI_BGRAD;
  m->off_bgrad = p->arena_bytes - 8;
}
static void spoil_mm_bgrad_trans(g23_plan_t *p) {
  g23_matmul_t *m = &p->graphs[G23_GRAPH_EVAL].launches[0].mm;
  m->epilogue = G23_EPI_BGRAD;
  m->off_bgrad = m->off_bias;
  m->transb = 1;
  m->ldb = m->k;
}
static void spoil_mm_bgrad_batch(g23_plan_t *p) {
  g23_matmul_t *m = &p->graphs[G23_GRAPH_TRAIN].launches[1].mm;
  m->epilogue = G23_EPI_DGELU_BGRAD;
  m->off_aux = m->off_c;
  m->ldaux = m->ldc;
  m->off_bgrad = m->off_bias;
}
static void spoil_mm_trans(g23_plan_t *p) { p->graphs[G23_GRAPH_EVAL].launches[0].mm.transa = 2; }
static void spoil_mm_k(g23_plan_t *p) { p->graphs[G23_GRAPH_EVAL].launches[0].mm.k = 0; }
static void spoil_mm_race(g23_plan_t *p) { p->graphs[G23_GRAPH_TRAIN].launches[1].mm.stride_c = 0; }
static void spoil_mm_overflow(g23_plan_t *p) {
  g23_matmul_t *m = &p->graphs[G23_GRAPH_TRAIN].launches[1].mm;
  m->stride_a = INT64_MAX / 2;
}
static void spoil_kind(g23_plan_t *p) { p->graphs[G23_GRAPH_TRAIN].launches[0].kind = (g23_launch_kind_t)5; }
static void spoil_kernel_name(g23_plan_t *p) { p->kernels[0].name[1] = '-'; }
static void spoil_joins_first(g23_plan_t *p) { p->kernels[0].joins = 1; }
static void spoil_joins_value(g23_plan_t *p) { p->kernels[1].joins = 2; }
static void spoil_persistent(g23_plan_t *p) { p->persistent_bytes = p->arena_bytes + 1; }
static void spoil_no_graph(g23_plan_t *p) {
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    free(p->graphs[g].launches);
    memset(&p->graphs[g], 0, sizeof p->graphs[g]);
    p->has_graph[g] = false;
  }
}
static void spoil_empty_name(g23_plan_t *p) {
  free(p->tensors[2].name);
  p->tensors[2].name = NULL;
}

/* names tables: a name for a tensor that is not a parameter, a name given
 * twice, an unknown kind, a SKIP with a parameter */
static void spoil_names_param(g23_plan_t *p) {
  free(p->names[0].v[0].param);
  p->names[0].v[0].param = g23_xstrdup("adam_m:w");
}
static void spoil_names_dup(g23_plan_t *p) {
  free(p->names[0].v[1].name);
  p->names[0].v[1].name = g23_xstrdup("w.weight");
}
static void spoil_names_kind(g23_plan_t *p) { p->names[0].v[2].kind = 9; }
static void spoil_names_skip(g23_plan_t *p) { p->names[0].v[4].param = g23_xstrdup("w"); }

/* sources: a dialect given twice, an empty dialect name */
static void spoil_source_dup(g23_plan_t *p) {
  p->sources = g23_xrealloc(p->sources, ((size_t)p->nsources + 1) * sizeof *p->sources);
  p->sources[p->nsources++] = (g23_plan_source_t){g23_xstrdup("c"), g23_xstrdup("void k(char *base) {}\n")};
}
static void spoil_source_empty(g23_plan_t *p) { p->sources[1].dialect[0] = 0; }

static void test_spoiled(void) {
  struct {
    spoil_fn f;
    const char *want;
  } cases[] = {
      {spoil_kernel_index, "kernel index 2 is outside the 2 kernels"},
      {spoil_kernel_neg, "kernel index -1"},
      {spoil_offset, "outside the"},
      {spoil_offset_neg, "outside the"},
      {spoil_nbytes, "does not match its shape"},
      {spoil_dim, "must be positive"},
      {spoil_huge_dims, "overflows"},
      {spoil_dtype, "dtype"},
      {spoil_role, "role"},
      {spoil_init, "initialiser"},
      {spoil_graph, "graph 4"},
      {spoil_mm_extent, "operand A"},
      {spoil_mm_ld, "leading dimensions"},
      {spoil_mm_bias, "operand bias"},
      {spoil_mm_out, "operand C"},
      {spoil_mm_epi, "epilogue 7 is unknown"},
      {spoil_mm_aux, "operand aux"},
      {spoil_mm_ldaux, "leading dimensions"},
      {spoil_mm_bgrad, "operand bias gradient"},
      {spoil_mm_bgrad_batch, "epilogue dgelu_bgrad needs batch 1, not 2"},
      {spoil_mm_bgrad_trans, "bgrad needs an untransposed B"},
      {spoil_mm_trans, "transpose"},
      {spoil_mm_k, "sizes"},
      {spoil_mm_race, "batch stride 0"},
      {spoil_mm_overflow, "operand A"},
      {spoil_kind, "kind 5"},
      {spoil_kernel_name, "not a C identifier"},
      {spoil_joins_first, "kernel 0: joins is 1 (0, or 1 after another kernel)"},
      {spoil_joins_value, "kernel 1: joins is 2"},
      {spoil_persistent, "persistent bytes"},
      {spoil_no_graph, "no graph"},
      {spoil_empty_name, "tensor name is missing"},
      {spoil_names_param, "is given to adam_m:w, which is not a parameter"},
      {spoil_names_dup, "gives the name w.weight twice"},
      {spoil_names_kind, "has kind 9"},
      {spoil_names_skip, "has a parameter"},
      {spoil_source_dup, "the c source is given twice (sources 0 and 2)"},
      {spoil_source_empty, "source 1 has an empty dialect name"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    g23_plan_t p;
    g23_fixture_plan(&p, 0);
    cases[i].f(&p);
    char *d;
    size_t n;
    g23_plan_serialize(&p, &d, &n);
    char what[64];
    snprintf(what, sizeof what, "spoiled case %zu", i);
    expect_reject(d, n, cases[i].want, what);
    free(d);
    g23_plan_free(&p);
  }
}

/* Sources by dialect: each found by its name, one of a dialect this
 * runtime has no backend for carried through a round trip, a source
 * replaced and removed. */
static void test_sources(void) {
  g23_plan_t p, q;
  g23_fixture_plan(&p, 0);
  CHECK(p.nsources == 2 && g23_plan_source(&p, "c") && g23_plan_source(&p, "cuda"), "the fixture's sources");
  CHECK(g23_plan_source(&p, "metal") == NULL, "no source of an absent dialect");
  g23_plan_set_source(&p, "metal", g23_xstrdup("kernel void k_fill() {}\n"));
  g23_plan_set_source(&p, "cuda", g23_xstrdup("/* replaced */\n"));
  char *d;
  size_t n;
  g23_plan_serialize(&p, &d, &n);
  char err[512] = "";
  CHECK(g23_plan_parse(d, n, &q, err, sizeof err) == 0, "a plan with an unknown dialect's source: %s", err);
  CHECK(g23_fixture_plan_equal(&p, &q), "sources differ after the round trip");
  const char *m = g23_plan_source(&q, "metal"), *cu = g23_plan_source(&q, "cuda");
  CHECK(m && strcmp(m, "kernel void k_fill() {}\n") == 0, "the unknown dialect's source is carried");
  CHECK(cu && strcmp(cu, "/* replaced */\n") == 0, "the replaced source");
  g23_plan_set_source(&q, "c", NULL);
  CHECK(q.nsources == 2 && !g23_plan_source(&q, "c") && g23_plan_source(&q, "metal"), "a source removed");
  free(d);
  g23_plan_free(&p);
  g23_plan_free(&q);
}

static int write_corpus(const char *dir) {
  mkdir(dir, 0755);
  for (int v = 0; v < 4; v++) {
    g23_plan_t p;
    g23_fixture_plan(&p, v);
    char *path = g23_xasprintf("%s/plan-%d.bin", dir, v), err[256];
    if (g23_plan_save(&p, path, err, sizeof err) != 0) {
      fprintf(stderr, "%s\n", err);
      return 1;
    }
    free(path);
    g23_plan_free(&p);
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--corpus") == 0) return write_corpus(argv[2]);
  for (int v = 0; v < 4; v++) test_round_trip(v);
  test_save_load();
  test_damage();
  test_spoiled();
  test_sources();
  return g23_check_summary("test-plan");
}
