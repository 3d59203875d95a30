/* test_cli.c: unit tests of gpt23run's parts that need no plan: the
 * generator and LR schedule, the data loaders and sampler, the safetensors
 * reader and writer, the checkpoint format, token sampling and the UTF-8
 * holder. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/cli/checkpoint.h"
#include "runtime/cli/data.h"
#include "runtime/cli/inputs.h"
#include "runtime/cli/rng.h"
#include "runtime/cli/safetensors.h"
#include "runtime/cli/sample.h"
#include "test/check.h"
#include "util/le.h"


static char tmpdir[256];

static char *tmpfile_with(const char *name, const void *data, size_t len) {
  char *path = g23_xasprintf("%s/%s", tmpdir, name);
  FILE *f = fopen(path, "wb");
  if (len) fwrite(data, 1, len, f);
  fclose(f);
  return path;
}

/* ---- generator and schedule ---------------------------------------------------- */

static void test_rng(void) {
  g23_rng_t a, b;
  g23_rng_seed(&a, 42);
  g23_rng_seed(&b, 42);
  bool same = true;
  for (int i = 0; i < 1000; i++) same &= g23_rng_next(&a) == g23_rng_next(&b);
  CHECK(same, "same seed, same stream");
  g23_rng_seed(&b, 43);
  CHECK(g23_rng_next(&a) != g23_rng_next(&b), "different seeds differ");
  /* below(n): in range, and every value about equally frequent */
  int count[7] = {0};
  bool inrange = true;
  for (int i = 0; i < 70000; i++) {
    uint64_t v = g23_rng_below(&a, 7);
    inrange &= v < 7;
    if (v < 7) count[v]++;
  }
  CHECK(inrange, "below(7) < 7");
  for (int k = 0; k < 7; k++) CHECK(abs(count[k] - 10000) < 500, "value %d drawn %d times of 70000", k, count[k]);
  double lo = 1, hi = 0, sum = 0;
  for (int i = 0; i < 100000; i++) {
    double u = g23_rng_double(&a);
    lo = fmin(lo, u), hi = fmax(hi, u), sum += u;
  }
  CHECK(lo >= 0 && hi < 1 && fabs(sum / 100000 - 0.5) < 0.01, "uniform [0,1): %g %g mean %g", lo, hi, sum / 1e5);
  /* restoring the saved state continues the same stream (resume) */
  g23_rng_t saved = a;
  uint64_t x1 = g23_rng_next(&a);
  CHECK(g23_rng_next(&saved) == x1, "state copy continues the stream");
  CHECK(g23_mix64(1, 2) != g23_mix64(2, 1) && g23_mix64(1, 2) == g23_mix64(1, 2), "mix64");
}

static void test_schedule(void) {
  g23_schedule_t s = {1e-3, 1e-4, 10, 110};
  /* warmup: lr * (step + 1) / warmup */
  CHECK(fabs(g23_lr_at(&s, 0) - 1e-4) < 1e-15, "first warmup step %g", g23_lr_at(&s, 0));
  CHECK(fabs(g23_lr_at(&s, 4) - 5e-4) < 1e-15, "mid warmup %g", g23_lr_at(&s, 4));
  CHECK(fabs(g23_lr_at(&s, 9) - 1e-3) < 1e-15, "end of warmup %g", g23_lr_at(&s, 9));
  CHECK(fabs(g23_lr_at(&s, 10) - 1e-3) < 1e-15, "peak after warmup %g", g23_lr_at(&s, 10));
  CHECK(fabs(g23_lr_at(&s, 109) - 1e-4) < 1e-15, "last step reaches min_lr %g", g23_lr_at(&s, 109));
  /* cosine midpoint: (lr + min_lr) / 2 at step warmup + (total - 1 - warmup) / 2 */
  g23_schedule_t s2 = {1.0, 0.0, 0, 101};
  CHECK(fabs(g23_lr_at(&s2, 50) - 0.5) < 1e-12, "cosine midpoint %g", g23_lr_at(&s2, 50));
  CHECK(fabs(g23_lr_at(&s2, 25) - 0.5 * (1 + cos(M_PI * 0.25))) < 1e-12, "cosine quarter");
  bool mono = true;
  for (int i = 10; i < 109; i++) mono &= g23_lr_at(&s, i + 1) <= g23_lr_at(&s, i);
  CHECK(mono, "decay is monotone");
  g23_schedule_t one = {0.5, 0.1, 0, 1};
  CHECK(g23_lr_at(&one, 0) == 0.5, "one-step run uses the peak");
}

/* ---- data ---------------------------------------------------------------------- */

static void test_text(void) {
  char err[512];
  char text[1000];
  for (int i = 0; i < 1000; i++) text[i] = (char)('a' + (i * 7) % 26);
  char *p1 = tmpfile_with("a.txt", text, 600);
  char *p2 = tmpfile_with("b.txt", text + 600, 400);
  const char *paths[] = {p1, p2};
  g23_text_data_t d;
  CHECK(g23_text_load(&d, paths, 2, NULL, NULL, 0.1, 16, err, sizeof err) == 0, "load: %s", err);
  bool same = d.n == 1000;
  for (int i = 0; i < 1000 && same; i++) same = g23_text_token(&d, i) == (unsigned char)text[i];
  CHECK(same && d.ntrain == 900 && d.val_bytes == 100, "concatenated %lld/%lld", (long long)d.n,
        (long long)d.ntrain);
  CHECK(g23_text_has_val(&d), "has a validation split");
  int32_t in[4 * 16], tg[4 * 16];
  g23_rng_t r, r2;
  g23_rng_seed(&r, 7);
  r2 = r;
  bool ok = true, inval = true, intrain = true;
  for (int it = 0; it < 200; it++) {
    g23_text_batch(&d, false, &r, 4, 16, in, tg);
    for (int b = 0; b < 4; b++) {
      /* the window is somewhere in the train split and targets are shifted inputs */
      int64_t s = -1;
      for (int64_t c = 0; c + 16 < 900 && s < 0; c++)
        if ((unsigned char)text[c] == in[b * 16]) {
          bool m = true;
          for (int t = 0; t < 16; t++) m &= in[b * 16 + t] == (unsigned char)text[c + t] && tg[b * 16 + t] == (unsigned char)text[c + t + 1];
          if (m) s = c;
        }
      intrain &= s >= 0;
    }
    g23_text_batch(&d, true, &r, 4, 16, in, tg);
    for (int b = 0; b < 4; b++)
      for (int t = 0; t + 1 < 16; t++) ok &= tg[b * 16 + t] == in[b * 16 + t + 1];
    (void)inval;
  }
  CHECK(intrain, "train windows come from the train split with shifted targets");
  CHECK(ok, "validation targets are shifted inputs");
  /* the validation split holds only tokens 900..999: windows start at >= 900;
   * two files, so windows cross from one shard into the next */
  {
    g23_text_data_t v;
    char marks[1000];
    for (int i = 0; i < 1000; i++) marks[i] = (char)(i < 900 ? 1 : 2);
    char *m1 = tmpfile_with("m1.txt", marks, 500), *m2 = tmpfile_with("m2.txt", marks + 500, 500);
    const char *mp[] = {m1, m2};
    CHECK(g23_text_load(&v, mp, 2, NULL, NULL, 0.1, 16, err, sizeof err) == 0, "load: %s", err);
    free(m1), free(m2);
    bool all2 = true;
    for (int it = 0; it < 100; it++) {
      g23_text_batch(&v, true, &r, 4, 16, in, tg);
      for (int k = 0; k < 64; k++) all2 &= in[k] == 2 && tg[k] == 2;
    }
    CHECK(all2, "validation windows lie in the validation split");
    bool all1 = true;
    for (int it = 0; it < 100; it++) {
      g23_text_batch(&v, false, &r, 4, 16, in, tg);
      for (int k = 0; k < 64; k++) all1 &= in[k] == 1 && tg[k] == 1;
    }
    CHECK(all1, "train windows lie in the train split");
    g23_text_free(&v);
  }
  /* same generator state, same batch */
  int32_t in2[64], tg2[64];
  g23_text_batch(&d, false, &r2, 4, 16, in, tg);
  g23_rng_seed(&r, 7);
  g23_text_batch(&d, false, &r, 4, 16, in2, tg2);
  CHECK(memcmp(in, in2, sizeof in2) == 0 && memcmp(tg, tg2, sizeof tg2) == 0, "batches are reproducible");
  g23_text_free(&d);

  /* errors */
  char *empty = tmpfile_with("empty.txt", "", 0);
  const char *pe[] = {empty};
  CHECK(g23_text_load(&d, pe, 1, NULL, NULL, 0.05, 16, err, sizeof err) != 0 && strstr(err, "empty"), "empty: %s", err);
  char *missing = g23_xasprintf("%s/no-such-file.txt", tmpdir);
  const char *pm[] = {missing};
  CHECK(g23_text_load(&d, pm, 1, NULL, NULL, 0.05, 16, err, sizeof err) != 0 && strstr(err, "cannot read") &&
            strstr(err, "no-such-file"),
        "missing: %s", err);
  char *shortf = tmpfile_with("short.txt", "hello", 5);
  const char *ps[] = {shortf};
  CHECK(g23_text_load(&d, ps, 1, NULL, NULL, 0.05, 16, err, sizeof err) != 0 && strstr(err, "fewer than one window"), "short: %s", err);
  /* a validation split too small for a window is dropped */
  const char *pa[] = {p1};
  CHECK(g23_text_load(&d, pa, 1, NULL, NULL, 0.01, 16, err, sizeof err) == 0 && !g23_text_has_val(&d), "tiny val split dropped");
  g23_text_free(&d);
  free(p1), free(p2), free(empty), free(missing), free(shortf);
}

static void test_cls(void) {
  char err[512];
  const char *tsv = "1\tgood movie\n0\tbad\r\n\n1\tgreat fun here, longer than seq\n0\tawful\n";
  char *p = tmpfile_with("c.tsv", tsv, strlen(tsv));
  g23_cls_data_t d;
  CHECK(g23_cls_load(&d, p, NULL, 8, 2, NULL, 0, 0.0, 1, err, sizeof err) == 0, "load: %s", err);
  CHECK(d.n == 4 && d.ntrain == 4 && !d.named, "4 integer-labelled examples");
  int ones = 0;
  for (int i = 0; i < 4; i++) ones += d.labels[i];
  CHECK(ones == 2, "labels kept");
  /* every row is one of the encoded texts, padded or truncated to 8 */
  bool found_pad = false, found_trunc = false;
  for (int i = 0; i < 4; i++) {
    const int32_t *t = d.tokens + i * 8;
    if (t[0] == 'b') found_pad = t[1] == 'a' && t[2] == 'd' && t[3] == G23_PAD_TOKEN && t[7] == G23_PAD_TOKEN && d.labels[i] == 0;
    if (t[0] == 'g' && t[1] == 'r') found_trunc = t[5] == ' ' && t[7] == 'u' && d.labels[i] == 1; /* "great fu" */
  }
  CHECK(found_pad, "short text padded (and CR stripped)");
  CHECK(found_trunc, "long text truncated");
  g23_cls_free(&d);

  const char *named = "pos\tx\nneg\ty\npos\tz\nneutral\tw\n";
  char *pn = tmpfile_with("n.tsv", named, strlen(named));
  CHECK(g23_cls_load(&d, pn, NULL, 4, 3, NULL, 0, 0.25, 1, err, sizeof err) == 0, "named: %s", err);
  CHECK(d.named && d.nnames == 3 && !strcmp(d.names[0], "pos") && !strcmp(d.names[1], "neg") &&
            !strcmp(d.names[2], "neutral"),
        "names in first-seen order");
  CHECK(d.ntrain == 3, "one validation example of four");
  for (int i = 0; i < 4; i++) {
    int want = d.tokens[i * 4] == 'x' || d.tokens[i * 4] == 'z' ? 0 : d.tokens[i * 4] == 'y' ? 1 : 2;
    CHECK(d.labels[i] == want, "label of example %d", i);
  }
  g23_cls_free(&d);
  /* a known list (from a checkpoint) fixes the numbering */
  char *known[] = {"neutral", "neg", "pos"};
  CHECK(g23_cls_load(&d, pn, NULL, 4, 3, known, 3, 0, 1, err, sizeof err) == 0, "known: %s", err);
  for (int i = 0; i < 4; i++)
    CHECK(d.labels[i] == (d.tokens[i * 4] == 'w' ? 0 : d.tokens[i * 4] == 'y' ? 1 : 2), "known numbering");
  g23_cls_free(&d);
  /* too many names for the classes */
  fprintf(stderr, "(expected diagnostics follow)\n");
  CHECK(g23_cls_load(&d, pn, NULL, 4, 2, NULL, 0, 0, 1, err, sizeof err) != 0, "3 names, 2 classes");
  const char *bad = "0\tok\nno tab here\n";
  char *pb = tmpfile_with("bad.tsv", bad, strlen(bad));
  CHECK(g23_cls_load(&d, pb, NULL, 4, 2, NULL, 0, 0, 1, err, sizeof err) != 0 && strstr(err, "invalid"), "no tab: %s", err);
  const char *range = "0\tok\n5\tbad\n";
  char *pr = tmpfile_with("range.tsv", range, strlen(range));
  CHECK(g23_cls_load(&d, pr, NULL, 4, 2, NULL, 0, 0, 1, err, sizeof err) != 0, "label out of range");
  free(p), free(pn), free(pb), free(pr);
}

/* ---- safetensors ---------------------------------------------------------------- */

static int st_parse_copy(const char *data, size_t len, g23_st_file_t *f, char *err, size_t errn) {
  char *c = g23_xmalloc(len ? len : 1);
  memcpy(c, data, len);
  return g23_st_parse(c, len, f, err, errn);
}

/* A file from a header text and n data bytes. */
static char *st_make(const char *json, size_t ndata, size_t *len) {
  size_t hl = strlen(json);
  *len = 8 + hl + ndata;
  char *b = g23_xcalloc(*len, 1);
  g23_le_put64((unsigned char *)b, hl);
  memcpy(b + 8, json, hl);
  return b;
}

static void expect_reject(const char *json, size_t ndata, const char *what) {
  size_t len;
  char *b = st_make(json, ndata, &len);
  g23_st_file_t f;
  char err[512] = "";
  int rc = st_parse_copy(b, len, &f, err, sizeof err);
  CHECK(rc != 0 && strstr(err, what), "header %s: expected an error containing '%s', got '%s'", json, what, err);
  if (rc == 0) g23_st_free(&f);
  free(b);
}

/* Examples for two inputs: the stream (seq 6) first, then a side input of 4
 * tokens, and the stream's next tokens as the target; a plan-free
 * g23_inputs_t stands in for the plan's. */
/* The BPE tokenizer of test/tok/fixtures ($top_srcdir or the build's source
 * directory): the mark is one token, encoded apart from the text. */
static void test_bpe_framing(void) {
  const char *top = getenv("top_srcdir");
  char *dir = g23_xasprintf("%s/test/tok/fixtures", top ? top : G23_SRCDIR);
  char err[512];
  g23_tok_t *t = g23_tok_load(dir, err, sizeof err);
  CHECK(t != NULL, "%s", err);
  free(dir);
  if (!t) return;
  int32_t mark;
  CHECK(g23_mark_id(t, &mark, err, sizeof err) == 0, "%s", err);
  g23_ids_t nl = {0}, text = {0};
  g23_tok_encode(t, "\n", 1, false, &nl, err, sizeof err);
  CHECK(nl.n == 1 && nl.v[0] == mark, "the mark is the newline's one token");
  /* text that begins and ends with newlines: a merge of the whole would join
   * them to the marks; framed apart, the marks stay */
  const char *s = "\n\nhello world\n\n";
  g23_tok_encode(t, s, strlen(s), false, &text, err, sizeof err);
  int32_t in[64], tgt[64];
  int64_t n = g23_ex_encode_stream(t, s, strlen(s), 64, in, tgt, err, sizeof err);
  CHECK(n == text.n, "the stream's tokens are the text's: %lld, %d", (long long)n, text.n);
  bool ok = in[0] == mark && tgt[n] == mark && in[n + 1] == G23_PAD_TOKEN && tgt[n + 1] == G23_TARGET_PAD;
  for (int64_t i = 0; i < n; i++) ok &= in[i + 1] == text.v[i] && tgt[i] == text.v[i];
  CHECK(ok, "framed: mark, the text's tokens, mark");
  /* the byte-level framing is the bytes themselves */
  CHECK(g23_ex_encode_stream(NULL, "ab", 2, 4, in, tgt, err, sizeof err) == 2 && in[0] == '\n' && in[1] == 'a' &&
            tgt[2] == '\n',
        "byte-level framing");
  G23_VEC_FREE(nl);
  G23_VEC_FREE(text);
  g23_tok_free(t);
}

static void test_examples(void) {
  char err[512];
  g23_plan_tensor_t ts = {.name = "tokens", .seq_axis = 1}, tx = {.name = "src", .seq_axis = -1};
  g23_plan_tensor_t tn = {.name = "next", .rank = 2, .seq_axis = 1};
  g23_inputs_t f = {.n = 2, .in = {&ts, &tx}, .len = {6, 4}, .stream = 0, .batch = 3, .seq = 6, .examples = true,
                    .framed = true, .limit = {256, 256}, .ntargets = 1, .tgt = {&tn}, .tlen = {6},
                    .tlimit = {256}, .next = 0};
  /* the framing: in = MARK text pad..., tgt = text MARK -1... */
  int32_t in[6], tgt[6];
  g23_ex_encode_stream(NULL, "abc", 3, 6, in, tgt, err, sizeof err);
  const int32_t want_in[6] = {'\n', 'a', 'b', 'c', G23_PAD_TOKEN, G23_PAD_TOKEN};
  const int32_t want_tgt[6] = {'a', 'b', 'c', '\n', G23_TARGET_PAD, G23_TARGET_PAD};
  CHECK(!memcmp(in, want_in, sizeof in) && !memcmp(tgt, want_tgt, sizeof tgt), "stream framing of abc");
  g23_ex_encode_stream(NULL, "", 0, 6, in, tgt, err, sizeof err);
  CHECK(in[0] == '\n' && tgt[0] == '\n' && in[1] == G23_PAD_TOKEN && tgt[1] == G23_TARGET_PAD, "empty stream");

  const char *tsv = "hello\tHI\n\nx\t\r\nabcde\twxyz\n";
  char *p = tmpfile_with("ex.tsv", tsv, strlen(tsv));
  g23_ex_data_t d;
  CHECK(g23_ex_load(&d, p, NULL, &f, 0.0, 1, err, sizeof err) == 0, "load: %s", err);
  CHECK(d.n == 3 && d.ntrain == 3 && d.width == 6 + 4 + 6, "3 examples of 16 tokens, got %lld of %lld",
        (long long)d.n, (long long)d.width);
  int32_t s0[18], s1[12], tg[18];
  int32_t *bufs[2] = {s0, s1}, *tbufs[1] = {tg};
  g23_rng_t r;
  g23_rng_seed(&r, 9);
  g23_ex_batch(&d, &f, false, &r, bufs, tbufs);
  for (int b = 0; b < 3; b++) {
    /* each row keeps its columns together: the side input tells which */
    const int32_t *x = s1 + 4 * b, *s = s0 + 6 * b, *t = tg + 6 * b;
    const char *text = x[0] == 'H' ? "hello" : x[0] == 'w' ? "abcde" : "x";
    g23_ex_encode_stream(NULL, text, strlen(text), 6, in, tgt, err, sizeof err);
    CHECK(!memcmp(s, in, sizeof in) && !memcmp(t, tgt, sizeof tgt), "batch row %d: the stream of %s", b, text);
    CHECK(x[0] == 'H' ? x[1] == 'I' && x[2] == G23_PAD_TOKEN : x[0] == 'w' ? x[3] == 'z' : x[0] == G23_PAD_TOKEN,
          "batch row %d: the side input", b);
  }
  g23_ex_free(&d);
  const char *bad[] = {"abc\tx\nabc\n", "abc\tx\ty\n", "abcdef\tx\n", "abc\twxyz1\n"};
  const char *why[] = {"2 columns", "2 columns", "stream holds 5", "more than the 4"};
  for (int i = 0; i < 4; i++) {
    char *pb = tmpfile_with("bad.tsv", bad[i], strlen(bad[i]));
    CHECK(g23_ex_load(&d, pb, NULL, &f, 0, 1, err, sizeof err) != 0 && strstr(err, "invalid examples"),
          "bad example %d (%s) accepted", i, why[i]);
    free(pb);
  }

  /* One input, its next tokens, a label [batch] below 3 and tags [batch, 4]
   * below 5: the columns are the input, the label, the tags; the tags not
   * given are padding. */
  g23_plan_tensor_t tl = {.name = "label", .rank = 1, .seq_axis = -1}, tt = {.name = "tags", .rank = 2, .seq_axis = -1};
  g23_inputs_t g = {.n = 1, .in = {&ts}, .len = {6}, .stream = 0, .batch = 2, .seq = 6, .examples = true,
                    .framed = true, .limit = {256}, .ntargets = 3, .tgt = {&tn, &tl, &tt}, .tlen = {6, 1, 4},
                    .tlimit = {256, 3, 5}, .next = 0};
  const char *tsv2 = "ab\t2\t4 0 -1\nc\t0\t 1  2 \n";
  char *p2 = tmpfile_with("ex2.tsv", tsv2, strlen(tsv2));
  CHECK(g23_ex_load(&d, p2, NULL, &g, 0.0, 1, err, sizeof err) == 0, "load with targets: %s", err);
  CHECK(d.n == 2 && d.width == 6 + 6 + 1 + 4, "2 examples of 17 values, got %lld of %lld", (long long)d.n,
        (long long)d.width);
  int32_t u0[12], n0[12], l0[2], g0[8];
  int32_t *ubufs[1] = {u0}, *gbufs[3] = {n0, l0, g0};
  g23_ex_batch(&d, &g, false, &r, ubufs, gbufs);
  for (int b = 0; b < 2; b++) {
    bool ab = u0[6 * b + 1] == 'a';
    g23_ex_encode_stream(NULL, ab ? "ab" : "c", ab ? 2 : 1, 6, in, tgt, err, sizeof err);
    const int32_t want_ab[4] = {4, 0, -1, -1}, want_c[4] = {1, 2, -1, -1};
    CHECK(!memcmp(u0 + 6 * b, in, sizeof in) && !memcmp(n0 + 6 * b, tgt, sizeof tgt), "row %d: the stream", b);
    CHECK(l0[b] == (ab ? 2 : 0) && !memcmp(g0 + 4 * b, ab ? want_ab : want_c, sizeof want_ab),
          "row %d: label %d, tags %d %d %d %d", b, l0[b], g0[4 * b], g0[4 * b + 1], g0[4 * b + 2], g0[4 * b + 3]);
  }
  g23_ex_free(&d);
  free(p2);
  const char *bad2[] = {"ab\t3\t1\n", "ab\t1\t1 2 3 4 0\n", "ab\t1\t5\n", "ab\t1 1\t0\n", "ab\t-2\t0\n",
                        "ab\t\t0\n", "ab\t1\n", "ab\t1\t0x\n"};
  const char *why2[] = {"3 is out of range", "more than the 4 integers", "5 is out of range", "more than the 1 integer",
                        "-2 is out of range", "empty", "expected 3 columns", "is not an integer"};
  for (int i = 0; i < 8; i++) {
    char *pb = tmpfile_with("bad.tsv", bad2[i], strlen(bad2[i]));
    CHECK(g23_ex_load(&d, pb, NULL, &g, 0, 1, err, sizeof err) != 0 && strstr(err, "invalid examples"),
          "bad targets %d (%s) accepted", i, why2[i]);
    free(pb);
  }
  free(p);

  /* --input: every side input once, fitting; never the stream */
  const char *text[2];
  g23_named_text_t ok[] = {{"src", "abcd"}}, none[] = {{"nope", "x"}}, stream[] = {{"tokens", "x"}},
                   twice[] = {{"src", "a"}, {"src", "b"}}, longer[] = {{"src", "abcde"}};
  CHECK(g23_inputs_match(&f, g23_run_tok(NULL), ok, 1, text, err, sizeof err) == 0 && text[0] == NULL && !strcmp(text[1], "abcd"),
        "match: %s", err);
  CHECK(g23_inputs_match(&f, g23_run_tok(NULL), NULL, 0, text, err, sizeof err) != 0 && strstr(err, "'src' is not given"), "missing");
  CHECK(g23_inputs_match(&f, g23_run_tok(NULL), none, 1, text, err, sizeof err) != 0 && strstr(err, "no input 'nope'"), "unknown");
  CHECK(g23_inputs_match(&f, g23_run_tok(NULL), stream, 1, text, err, sizeof err) != 0 && strstr(err, "token stream"), "stream");
  CHECK(g23_inputs_match(&f, g23_run_tok(NULL), twice, 2, text, err, sizeof err) != 0 && strstr(err, "twice"), "twice");
  CHECK(g23_inputs_match(&f, g23_run_tok(NULL), longer, 1, text, err, sizeof err) != 0 && strstr(err, "more than the 4"), "too long");
}

static void test_safetensors(void) {
  float a[6] = {1, 2, 3, 4, 5, 6}, b[3] = {-1, 0.5f, 1e-30f};
  g23_st_tensor_t t[2] = {{.name = "block.0.w", .dtype = "F32", .rank = 2, .shape = {2, 3}, .data = a, .nbytes = 24},
                          {.name = "we\"ird\\name", .dtype = "F32", .rank = 1, .shape = {3}, .data = b, .nbytes = 12}};
  char *data;
  size_t len;
  g23_st_serialize(t, 2, &data, &len);
  uint64_t hl = g23_le_get64((const unsigned char *)data);
  CHECK((8 + hl) % 8 == 0 && len == 8 + hl + 36, "header padded to 8, data follows");
  g23_st_file_t f;
  char err[512];
  CHECK(st_parse_copy(data, len, &f, err, sizeof err) == 0, "round trip: %s", err);
  const g23_st_tensor_t *x = g23_st_find(&f, "block.0.w"), *y = g23_st_find(&f, "we\"ird\\name");
  CHECK(f.n == 2 && x && y, "both tensors");
  if (x && y) {
    CHECK(x->rank == 2 && x->shape[0] == 2 && x->shape[1] == 3 && !memcmp(x->data, a, 24), "first tensor");
    CHECK(y->rank == 1 && y->shape[0] == 3 && !memcmp(y->data, b, 12) && !strcmp(y->dtype, "F32"), "second tensor");
  }
  g23_st_free(&f);
  /* write + read through a file, byte-identical re-serialisation */
  char *path = g23_xasprintf("%s/w.safetensors", tmpdir);
  CHECK(g23_st_write(path, t, 2, err, sizeof err) == 0, "write");
  CHECK(g23_st_read(path, &f, err, sizeof err) == 0, "read: %s", err);
  char *data2;
  size_t len2;
  g23_st_serialize(f.t, f.n, &data2, &len2);
  CHECK(len2 == len && !memcmp(data, data2, len), "re-serialised bytes identical");
  g23_st_free(&f);
  free(data2);
  /* a truncated file */
  CHECK(st_parse_copy(data, len - 4, &f, err, sizeof err) != 0 && strstr(err, "truncated"), "truncated: %s", err);
  CHECK(st_parse_copy(data, 5, &f, err, sizeof err) != 0 && strstr(err, "shorter than"), "tiny: %s", err);
  /* header length beyond the limit, and beyond the file */
  char big[16] = {0};
  uint64_t huge = G23_ST_MAX_HEADER + 1;
  g23_le_put64((unsigned char *)big, huge);
  CHECK(st_parse_copy(big, 16, &f, err, sizeof err) != 0 && strstr(err, "exceeds the limit"), "huge: %s", err);
  free(data);
  free(path);

  /* accepted: spaces after the object, metadata, escapes, empty object, zero-size tensor */
  size_t l;
  char *ok = st_make("{\"__metadata__\":{\"k\":\"v\"},\"a\\u00e9\\ud83d\\ude00\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0]}}   ", 0, &l);
  CHECK(st_parse_copy(ok, l, &f, err, sizeof err) == 0 && f.n == 1 && !strcmp(f.t[0].name, "a\xc3\xa9\xf0\x9f\x98\x80"),
        "escapes and zero-size: %s", err);
  g23_st_free(&f);
  free(ok);
  ok = st_make("{}", 0, &l);
  CHECK(st_parse_copy(ok, l, &f, err, sizeof err) == 0 && f.n == 0, "empty header: %s", err);
  g23_st_free(&f);
  free(ok);

  /* rejected */
  expect_reject("[1]", 0, "must be a JSON object");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}", 8, "expected '}'");
  expect_reject("{\"a\":{\"dtype\":\"Q4\",\"shape\":[2],\"data_offsets\":[0,8]}}", 8, "unknown dtype");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,8]}}", 8, "needs 12");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12, "contiguous");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                "\"b\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[4,12]}}", 12, "contiguous");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}}", 12, "holds 12");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]},"
                "\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[8,16]}}", 16, "duplicate");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2]}}", 8, "missing \"data_offsets\"");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[-2],\"data_offsets\":[0,8]}}", 8, "non-negative integer");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2.5],\"data_offsets\":[0,8]}}", 8, "fraction");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8],\"x\":1}}", 8, "unexpected");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[2],\"data_offsets\":[0,8]}} x", 8, "after the JSON");
  expect_reject("{\"a\\q\":{}}", 0, "unknown escape");
  expect_reject("{\"a\\ud800\":{}}", 0, "surrogate");
  expect_reject("{\"a", 0, "unterminated");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[99999999999,99999999999,99999999],\"data_offsets\":[0,8]}}", 8, "too large");
  expect_reject("{\"a\":{\"dtype\":\"F32\",\"shape\":[1,1,1,1,1,1,1],\"data_offsets\":[0,4]}}", 4, "dimensions");
  expect_reject("{\"__metadata__\":{\"k\":3}}", 0, "expected a string");
}

/* F16 against its definition in doubles: (-1)^s 2^(e-15) (1 + m/1024), or
 * 2^-14 m/1024 for e = 0; every one of the 65536 values.  BF16 against
 * the f32 of the same top 16 bits. */
static void test_half(void) {
  int bad = 0;
  for (uint32_t h = 0; h < 65536; h++) {
    int s = h >> 15, e = (h >> 10) & 0x1f, m = h & 0x3ff;
    float got = g23_f16_to_f32((uint16_t)h);
    if (e == 31) {
      uint32_t bits;
      memcpy(&bits, &got, 4);
      bool ok = m ? isnan(got) && (bits & 0x7fffff) == (uint32_t)m << 13 && (bits >> 31) == (uint32_t)s
                  : isinf(got) && (got < 0) == s;
      bad += !ok;
      continue;
    }
    double want = (e ? ldexp(1.0 + m / 1024.0, e - 15) : ldexp(m / 1024.0, -14)) * (s ? -1 : 1);
    bad += (double)got != want || (signbit(got) != 0) != (s != 0);
  }
  CHECK(bad == 0, "%d of 65536 F16 values converted wrong", bad);
  CHECK(g23_f16_to_f32(0x0001) == 0x1p-24f && g23_f16_to_f32(0x03ff) == 1023 * 0x1p-24f &&
            g23_f16_to_f32(0x0400) == 0x1p-14f && g23_f16_to_f32(0x7bff) == 65504.0f &&
            g23_f16_to_f32(0x3c00) == 1.0f && g23_f16_to_f32(0xc000) == -2.0f,
        "F16 subnormals, normals, the largest");
  bad = 0;
  for (uint32_t h = 0; h < 65536; h++) {
    uint32_t bits = h << 16, gb;
    float got = g23_bf16_to_f32((uint16_t)h);
    memcpy(&gb, &got, 4);
    bad += gb != bits;
  }
  CHECK(bad == 0, "%d of 65536 BF16 values converted wrong", bad);
  CHECK(g23_bf16_to_f32(0x3f80) == 1.0f && g23_bf16_to_f32(0x0001) == 0x1p-133f &&
            isinf(g23_bf16_to_f32(0xff80)) && g23_bf16_to_f32(0xff80) < 0 && isnan(g23_bf16_to_f32(0x7fc1)),
        "BF16 one, subnormal, -inf, NaN");
  /* through a tensor: little-endian elements, unaligned data */
  uint8_t raw[9] = {0, 0x00, 0x3c, 0x01, 0x80, 0x00, 0xfc, 0xff, 0x7f};
  g23_st_tensor_t t = {.name = "x", .dtype = "F16", .rank = 1, .shape = {4}, .data = raw + 1, .nbytes = 8};
  float out[4];
  CHECK(g23_st_to_f32(&t, out) == 0 && out[0] == 1.0f && out[1] == -0x1p-24f && isinf(out[2]) && out[2] < 0 &&
            isnan(out[3]),
        "F16 tensor: %g %g %g %g", out[0], out[1], out[2], out[3]);
  snprintf(t.dtype, sizeof t.dtype, "I32");
  CHECK(g23_st_to_f32(&t, out) != 0 && !g23_st_f32_convertible("I32") && g23_st_f32_convertible("BF16"),
        "other dtypes are not converted");
}

/* ---- checkpoint format ------------------------------------------------------------ */

static void test_checkpoint(void) {
  float w[4] = {1, 2, 3, 4}, m[4] = {0.1f, 0.2f, 0.3f, 0.4f};
  char *labels[] = {"pos", "neg"};
  g23_ckpt_t c = {0};
  c.fingerprint = 0x1234567890abcdefull;
  c.meta.step = 17;
  c.meta.total_steps = 40;
  c.meta.seed = 99;
  g23_rng_seed(&c.meta.rng, 5);
  c.meta.lr = 3e-4;
  c.meta.min_lr = 3e-5;
  c.meta.epoch_loss_sum = 12.345678901234;
  c.meta.data_crc = 0xdeadbeef;
  c.labels = labels;
  c.nlabels = 2;
  g23_ckpt_tensor_t ts[2] = {{"w", G23_ROLE_PARAM, G23_F32, 2, {2, 2}, w, 16},
                             {"adam_m:w", G23_ROLE_OPTSTATE, G23_F32, 2, {2, 2}, m, 16}};
  c.tensors = ts;
  c.ntensors = 2;
  char *data;
  size_t len;
  g23_ckpt_serialize(&c, &data, &len);
  CHECK(!memcmp(data, "G23CKPT", 8), "magic");
  g23_ckpt_t r;
  char err[512];
  CHECK(g23_ckpt_parse(data, len, &r, err, sizeof err) == 0, "parse: %s", err);
  CHECK(r.fingerprint == c.fingerprint && r.meta.step == 17 && r.meta.total_steps == 40 && r.meta.seed == 99 &&
            !memcmp(&r.meta.rng, &c.meta.rng, sizeof r.meta.rng) && r.meta.lr == 3e-4 &&
            r.meta.epoch_loss_sum == c.meta.epoch_loss_sum && r.meta.data_crc == 0xdeadbeef,
        "metadata round trip");
  CHECK(r.nlabels == 2 && !strcmp(r.labels[1], "neg"), "labels");
  CHECK(r.model_name == NULL, "no model name in a file written without one (as before MODL)");
  CHECK(r.tok == NULL, "no tokenizer in a file written without one (as before TOKZ: byte-level)");
  CHECK(r.ntensors == 2 && !strcmp(r.tensors[1].name, "adam_m:w") && r.tensors[1].role == G23_ROLE_OPTSTATE &&
            !memcmp(r.tensors[0].data, w, 16) && !memcmp(r.tensors[1].data, m, 16),
        "tensors");
  g23_ckpt_free(&r);
  /* the model name travels in its own section, read back */
  {
    char *d2;
    size_t l2;
    c.model_name = "gpt23";
    g23_ckpt_serialize(&c, &d2, &l2);
    c.model_name = NULL;
    CHECK(g23_ckpt_parse(d2, l2, &r, err, sizeof err) == 0, "parse with a model name: %s", err);
    CHECK(r.model_name && !strcmp(r.model_name, "gpt23") && r.meta.step == 17 && r.ntensors == 2, "model name");
    g23_ckpt_free(&r);
    free(d2);
  }
  /* the tokenizer travels in its own section, files and all */
  {
    char *d2;
    size_t l2;
    g23_ckpt_tok_t tk = {.kind = "bpe", .digest = "0123abcd", .dir = "/somewhere/tok", .vocab = 1001, .nfiles = 2,
                         .name = {"vocab.json", "merges.txt"}, .data = {"{\"a\":0}", "#version\0x"},
                         .len = {7, 11}};
    c.meta.tok = &tk;
    g23_ckpt_serialize(&c, &d2, &l2);
    c.meta.tok = NULL;
    CHECK(g23_ckpt_parse(d2, l2, &r, err, sizeof err) == 0, "parse with a tokenizer: %s", err);
    CHECK(r.tok && !strcmp(r.tok->kind, "bpe") && !strcmp(r.tok->digest, "0123abcd") &&
              !strcmp(r.tok->dir, "/somewhere/tok") && r.tok->vocab == 1001 && r.tok->nfiles == 2 &&
              !strcmp(r.tok->name[1], "merges.txt") && r.tok->len[1] == 11 && !memcmp(r.tok->data[1], "#version\0x", 11),
          "tokenizer round trip");
    CHECK(r.meta.step == 17 && r.ntensors == 2 && r.nlabels == 2, "the rest read with a tokenizer section");
    g23_ckpt_free(&r);
    free(d2);
  }
  /* every truncation is refused */
  bool all = true;
  for (size_t cut = 0; cut < len; cut += 7) {
    if (g23_ckpt_parse(data, cut, &r, err, sizeof err) == 0) {
      all = false;
      g23_ckpt_free(&r);
    }
  }
  CHECK(all, "every truncated file refused");
  CHECK(g23_ckpt_parse(data, len - 1, &r, err, sizeof err) != 0 && strstr(err, "truncated"), "truncated: %s", err);
  /* every flipped byte of the payload is caught by the checksum */
  bool caught = true;
  for (size_t i = G23_CKPT_HEADER; i < len; i++) {
    data[i] ^= 0x40;
    if (g23_ckpt_parse(data, len, &r, err, sizeof err) == 0) {
      caught = false;
      g23_ckpt_free(&r);
    } else if (!strstr(err, "checksum")) {
      caught = false;
    }
    data[i] ^= 0x40;
  }
  CHECK(caught, "every corrupted payload byte detected");
  /* another version: says what it found and what to do */
  data[8] = 7;
  CHECK(g23_ckpt_parse(data, len, &r, err, sizeof err) != 0 && strstr(err, "version 7") && strstr(err, "hint"),
        "version: %s", err);
  data[8] = 1;
  data[0] = 'X';
  CHECK(g23_ckpt_parse(data, len, &r, err, sizeof err) != 0 && strstr(err, "not a gpt23 checkpoint"), "magic: %s", err);
  free(data);
}

/* ---- sampling and UTF-8 ------------------------------------------------------------- */

static void test_sample(void) {
  float l[5] = {0.1f, 2.0f, -1.0f, 1.0f, 0.5f};
  g23_rng_t r;
  g23_rng_seed(&r, 3);
  CHECK(g23_sample_token(l, 5, 0, 0, 1, &r) == 1, "greedy");
  CHECK(g23_sample_token(l, 5, 1.0, 1, 1, &r) == 1, "top-k 1");
  CHECK(g23_sample_token(l, 5, 1.0, 0, 1e-6, &r) == 1, "tiny top-p");
  double prob;
  int64_t k = g23_argmax_prob(l, 5, &prob);
  double z = 0;
  for (int i = 0; i < 5; i++) z += exp(l[i] - 2.0);
  CHECK(k == 1 && fabs(prob - 1 / z) < 1e-12, "argmax probability %g", prob);
  /* frequencies at temperature 1 follow the softmax */
  int count[5] = {0};
  int N = 200000;
  for (int i = 0; i < N; i++) count[g23_sample_token(l, 5, 1.0, 0, 1, &r)]++;
  for (int i = 0; i < 5; i++) {
    double p = exp(l[i] - 2.0) / z, sd = sqrt(N * p * (1 - p));
    CHECK(fabs(count[i] - N * p) < 5 * sd, "token %d: %d draws, expected %.0f", i, count[i], N * p);
  }
  /* top-k 2: only the two best; top-p 0.6 of {p1, p3, ...}: p1 = 0.50, p1 + p3 = 0.68 */
  bool only = true;
  for (int i = 0; i < 5000; i++) {
    int64_t t = g23_sample_token(l, 5, 1.0, 2, 1, &r);
    only &= t == 1 || t == 3;
  }
  CHECK(only, "top-k 2 samples the two best");
  only = true;
  for (int i = 0; i < 5000; i++) {
    int64_t t = g23_sample_token(l, 5, 1.0, 0, 0.6, &r);
    only &= t == 1 || t == 3;
  }
  CHECK(only, "top-p 0.6 samples the nucleus");
  /* temperature sharpens */
  int best = 0;
  for (int i = 0; i < 1000; i++) best += g23_sample_token(l, 5, 0.05, 0, 1, &r) == 1;
  CHECK(best > 990, "low temperature is nearly greedy (%d)", best);
}

static void test_utf8(void) {
  const char *s = "h\xc3\xa9llo \xe6\x97\xa5\xe6\x9c\xac \xf0\x9f\x98\x80!";
  g23_utf8_t u = {0};
  unsigned char out[8];
  g23_buf_t got = {0};
  bool boundaries = true;
  size_t i = 0, n = strlen(s);
  for (; i < n; i++) {
    int m = g23_utf8_push(&u, (unsigned char)s[i], out);
    /* output appears exactly when a character completes */
    size_t next = i + 1;
    bool at_boundary = next == n || ((unsigned char)s[next] & 0xc0) != 0x80;
    boundaries &= (m > 0) == at_boundary;
    g23_buf_append(&got, out, (size_t)m);
  }
  CHECK(boundaries, "bytes held until the character completes");
  CHECK(got.len == n && !memcmp(got.s, s, n), "output equals input");
  /* invalid: a stray continuation byte and a lead byte cut short pass through */
  got.len = 0;
  const unsigned char bad[] = {0x80, 'a', 0xe6, 0x97, 'b', 0xc0, 0xf0, 0x9f};
  for (size_t k = 0; k < sizeof bad; k++) {
    int m = g23_utf8_push(&u, bad[k], out);
    g23_buf_append(&got, out, (size_t)m);
  }
  size_t before = got.len;
  int m = g23_utf8_flush(&u, out);
  g23_buf_append(&got, out, (size_t)m);
  CHECK(before == 6 && m == 2, "held bytes at the end (%zu, %d)", before, m);
  CHECK(got.len == sizeof bad && !memcmp(got.s, bad, sizeof bad), "invalid bytes passed through unchanged");
  /* an overlong lead (0xe0 0x80) is not held */
  g23_utf8_t v = {0};
  g23_utf8_push(&v, 0xe0, out);
  CHECK(g23_utf8_push(&v, 0x80, out) == 2, "overlong sequence released");
  g23_buf_free(&got);
}

/* ---- the UTF-8 mask, against every encoding ---------------------------------- */

/* The reference: each code point encoded by its bit layout; the prefixes of
 * up to 3 bytes of all encodings, marked in a bitmap. */
static int encode_cp(uint32_t cp, unsigned char *b) {
  if (cp < 0x80) return b[0] = (unsigned char)cp, 1;
  if (cp < 0x800) return b[0] = (unsigned char)(0xc0 | cp >> 6), b[1] = (unsigned char)(0x80 | (cp & 63)), 2;
  if (cp < 0x10000) {
    b[0] = (unsigned char)(0xe0 | cp >> 12), b[1] = (unsigned char)(0x80 | (cp >> 6 & 63));
    b[2] = (unsigned char)(0x80 | (cp & 63));
    return 3;
  }
  b[0] = (unsigned char)(0xf0 | cp >> 18), b[1] = (unsigned char)(0x80 | (cp >> 12 & 63));
  b[2] = (unsigned char)(0x80 | (cp >> 6 & 63)), b[3] = (unsigned char)(0x80 | (cp & 63));
  return 4;
}

static uint8_t *prefix_bits; /* bit (n << 24 | bytes) for prefixes of n = 1..3 bytes, as 2^26 bits */
static uint32_t pkey(const unsigned char *b, int n) {
  uint32_t k = 0;
  for (int i = 0; i < n; i++) k = k << 8 | b[i];
  return (uint32_t)(n - 1) << 24 | k;
}
static bool is_prefix(const unsigned char *b, int n) {
  uint32_t k = pkey(b, n);
  return prefix_bits[k >> 3] >> (k & 7) & 1;
}
/* a whole 4-byte encoding: decoded by bit layout, encoded back the same */
static bool is_char4(const unsigned char *b) {
  uint32_t cp = (uint32_t)(b[0] & 7) << 18 | (uint32_t)(b[1] & 63) << 12 | (uint32_t)(b[2] & 63) << 6 | (b[3] & 63);
  unsigned char e[4];
  return cp <= 0x10ffff && encode_cp(cp, e) == 4 && !memcmp(e, b, 4);
}

static void test_utf8_mask(void) {
  prefix_bits = g23_xcalloc((size_t)1 << 23, 1);
  for (uint32_t cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue; /* surrogates are not characters */
    unsigned char b[4];
    int n = encode_cp(cp, b);
    for (int k = 1; k <= n && k <= 3; k++) {
      uint32_t key = pkey(b, k);
      prefix_bits[key >> 3] |= (uint8_t)(1u << (key & 7));
    }
  }
  /* every proper prefix p of an encoding (0 to 3 bytes), after any valid
   * text: the mask allows exactly the bytes c with p + c still a prefix of
   * an encoding (or a whole one) */
  long wrong = 0, cases = 0;
  unsigned char p[4], out[8];
  for (int len = 0; len <= 3; len++) {
    uint32_t lim = len ? 1u << (8 * len) : 1;
    for (uint32_t v = 0; v < lim; v++) {
      for (int i = 0; i < len; i++) p[i] = (unsigned char)(v >> (8 * (len - 1 - i)));
      if (len && !is_prefix(p, len)) continue;
      /* a whole character is no proper prefix */
      if ((len == 1 && p[0] < 0x80) || (len == 2 && p[0] < 0xe0) || (len == 3 && p[0] < 0xf0)) continue;
      g23_utf8_t u = {0};
      const char *before = "x\xc3\xa9"; /* some text first: the state is the boundary again */
      for (const char *c = before; *c; c++) g23_utf8_push(&u, (unsigned char)*c, out);
      for (int i = 0; i < len; i++) g23_utf8_push(&u, p[i], out);
      float logits[300];
      for (int i = 0; i < 300; i++) logits[i] = 0;
      g23_utf8_mask(&u, logits, 300, 4);
      for (int c = 0; c < 300; c++) {
        bool want = false;
        if (c < 256) {
          p[len] = (unsigned char)c;
          want = len == 3 ? is_char4(p) : is_prefix(p, len + 1);
        }
        bool got = g23_utf8_allows(&u, (unsigned char)c) && c < 256;
        bool masked = isinf(logits[c]) && logits[c] < 0;
        cases++;
        if (got != want || masked == want) {
          if (wrong++ < 5)
            fprintf(stderr, "prefix of %d bytes %02x %02x %02x, next %02x: allowed %d, expected %d\n", len, p[0],
                    p[1], p[2], c, got, want);
        }
      }
    }
  }
  CHECK(wrong == 0 && cases > 5000000, "the mask follows RFC 3629 (%ld of %ld wrong)", wrong, cases);
  /* with room for fewer bytes than a character needs, its lead is masked */
  for (int room = 1; room <= 4; room++) {
    g23_utf8_t u = {0};
    float logits[256] = {0};
    g23_utf8_mask(&u, logits, 256, room);
    bool ok = true;
    for (int c = 0; c < 256; c++) {
      int need = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 9;
      ok &= (isinf(logits[c]) != 0) == (need > room);
    }
    CHECK(ok, "room for %d bytes", room);
  }
  free(prefix_bits);

  /* sampling renormalises over the allowed tokens: the masked best is never
   * drawn, greedy takes the best allowed */
  float l[5] = {3.0f, -INFINITY, 1.0f, -INFINITY, 0.0f};
  g23_rng_t r;
  g23_rng_seed(&r, 9);
  int count[5] = {0}, N = 100000;
  for (int i = 0; i < N; i++) count[g23_sample_token(l, 5, 1.0, 0, 1, &r)]++;
  double z = exp(3.0) + exp(1.0) + 1;
  CHECK(count[1] == 0 && count[3] == 0, "masked tokens drawn %d, %d times", count[1], count[3]);
  for (int i = 0; i < 5; i += 2) {
    double q = exp((double)l[i]) / z, sd = sqrt(N * q * (1 - q));
    CHECK(fabs(count[i] - N * q) < 5 * sd, "token %d: %d draws, expected %.0f", i, count[i], N * q);
  }
  float g[3] = {-INFINITY, 0.5f, 0.25f};
  CHECK(g23_sample_token(g, 3, 0, 0, 1, &r) == 1, "greedy takes the best allowed token");
}

static void test_escape(void) {
  static const struct {
    const char *in;
    size_t len;
    const char *want;
  } cases[] = {
      {"plain text\tand\nlines", 0, "plain text\tand\nlines"},
      {"\x1b[31mred", 0, "\\x1b[31mred"},
      {"a\0b\a", 4, "a\\x00b\\x07"},
      {"del\x7f\r", 0, "del\\x7f\\x0d"},
      {"caf\xc3\xa9 \xe6\x97\xa5 \xf0\x9f\x98\x80", 0, "caf\xc3\xa9 \xe6\x97\xa5 \xf0\x9f\x98\x80"},
      {"c1 \xc2\x9b csi, nbsp \xc2\xa0", 0, "c1 \\xc2\\x9b csi, nbsp \xc2\xa0"},
      {"bad \xff \x80 \xc0\xaf", 0, "bad \\xff \\x80 \\xc0\\xaf"},
      {"cut \xe6\x97", 0, "cut \\xe6\\x97"},
      {"surrogate \xed\xa0\x80", 0, "surrogate \\xed\\xa0\\x80"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    size_t n = cases[i].len ? cases[i].len : strlen(cases[i].in);
    char out[256];
    size_t m = g23_escape_controls((const unsigned char *)cases[i].in, n, out);
    out[m] = 0;
    CHECK(m == strlen(cases[i].want) && !memcmp(out, cases[i].want, m), "escape case %zu: '%s'", i, out);
  }
}

/* The fuzzer's seed corpus: safetensors files and checkpoints. */
static int write_corpus(const char *dir) {
  float a[6] = {1, 2, 3, 4, 5, 6};
  g23_st_tensor_t t[2] = {{.name = "w", .dtype = "F32", .rank = 2, .shape = {2, 3}, .data = a, .nbytes = 24},
                          {.name = "b", .dtype = "F32", .rank = 1, .shape = {0}, .data = a, .nbytes = 0}};
  char *data, *path;
  size_t len;
  for (int n = 0; n <= 2; n++) {
    g23_st_serialize(t, n, &data, &len);
    path = g23_xasprintf("%s/st%d", dir, n);
    if (g23_write_file_atomic(path, data, len) != 0) return 1;
    free(path);
    free(data);
  }
  /* half-precision tensors, as --init-from converts them (subnormal, inf, NaN) */
  static const uint8_t h[8] = {0x01, 0x00, 0x00, 0x7c, 0x00, 0x7e, 0x00, 0x3c};
  const char *halves[] = {"F16", "BF16"};
  for (int k = 0; k < 2; k++) {
    g23_st_tensor_t ht = {.name = "h", .rank = 2, .shape = {2, 2}, .data = h, .nbytes = 8};
    snprintf(ht.dtype, sizeof ht.dtype, "%s", halves[k]);
    g23_st_serialize(&ht, 1, &data, &len);
    path = g23_xasprintf("%s/st_%s", dir, halves[k]);
    if (g23_write_file_atomic(path, data, len) != 0) return 1;
    free(path);
    free(data);
  }
  char *labels[] = {"x", "y"};
  g23_ckpt_tensor_t ts[2] = {{"w", G23_ROLE_PARAM, G23_F32, 2, {2, 3}, a, 24},
                             {"adam_m:w", G23_ROLE_OPTSTATE, G23_F32, 1, {1}, a, 4}};
  g23_ckpt_t c = {.fingerprint = 7, .labels = labels, .nlabels = 2, .tensors = ts, .ntensors = 2};
  c.meta.step = 3;
  g23_ckpt_serialize(&c, &data, &len);
  path = g23_xasprintf("%s/ckpt", dir);
  int rc = g23_write_file_atomic(path, data, len);
  free(path);
  free(data);
  return rc != 0;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--corpus") == 0) return write_corpus(argv[2]);
  snprintf(tmpdir, sizeof tmpdir, "/tmp/g23-test-cli-XXXXXX");
  if (!mkdtemp(tmpdir)) {
    perror("mkdtemp");
    return 99;
  }
  test_rng();
  test_schedule();
  test_text();
  test_cls();
  test_examples();
  test_bpe_framing();
  test_safetensors();
  test_half();
  test_checkpoint();
  test_sample();
  test_utf8();
  test_utf8_mask();
  test_escape();
  char *cmd = g23_xasprintf("rm -rf '%s'", tmpdir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
  free(cmd);
  return g23_check_summary("test_cli");
}
