/* test_tok.c: the BPE tokenizer against Hugging Face's ids of the fixture
 * text, round trips on text and on random bytes (invalid UTF-8 included),
 * the trainer against a plain reference trainer, and the loader's errors.
 *
 * The fixtures (test/tok/fixtures/) were written by make_fixtures.py with
 * Hugging Face tokenizers: vocab.json and merges.txt, sample.txt, and its ids
 * without (sample.ids) and with special tokens (sample.specials.ids).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tok/bpe.h"
#include "test/check.h"
#include "tok/tok.h"
#include "tok/train.h"


static char fix[1024], tmpdir[256];

static char *slurp(const char *dir, const char *name, size_t *len) {
  char *path = g23_xasprintf("%s/%s", dir, name);
  char *s = g23_read_file(path, len);
  if (!s) {
    fprintf(stderr, "cannot read %s\n", path);
    exit(99);
  }
  free(path);
  return s;
}

static void put_file(const char *dir, const char *name, const char *text) {
  char *path = g23_xasprintf("%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  fputs(text, f);
  fclose(f);
  free(path);
}

/* xorshift64*: a fixed seed gives the same strings on every machine */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint32_t rnd(uint32_t n) {
  rng_state ^= rng_state >> 12, rng_state ^= rng_state << 25, rng_state ^= rng_state >> 27;
  return (uint32_t)((rng_state * 0x2545f4914f6cdd1dull) >> 33) % n;
}

static bool same_ids(const g23_ids_t *a, const g23_ids_t *b) {
  return a->n == b->n && (a->n == 0 || memcmp(a->v, b->v, (size_t)a->n * sizeof *a->v) == 0);
}

static g23_ids_t parse_ids(const char *s) {
  g23_ids_t v = {0};
  for (char *end;; s = end) {
    long x = strtol(s, &end, 10);
    if (end == s) break;
    G23_VEC_PUSH(v, (int32_t)x);
  }
  return v;
}

static g23_ids_t enc(const g23_tok_t *t, const char *s, size_t n, bool specials) {
  g23_ids_t v = {0};
  char err[256];
  int rc = g23_tok_encode(t, s, n, specials, &v, err, sizeof err);
  CHECK(rc == 0, "encode: %s", err);
  return v;
}

static bool round_trip(const g23_tok_t *t, const char *s, size_t n, bool specials) {
  g23_ids_t v = enc(t, s, n, specials);
  g23_buf_t b = {0};
  bool ok = true;
  for (int i = 0; i < v.n; i++) ok &= g23_tok_decode(t, v.v[i], &b) == 0;
  ok &= b.len == n && (n == 0 || memcmp(b.s, s, n) == 0);
  g23_buf_free(&b);
  G23_VEC_FREE(v);
  return ok;
}

/* ---- GPT-2's byte map ---- */

static void test_byte_map(void) {
  /* a bijection onto printable characters; GPT-2's own examples */
  bool ok = true;
  for (int b = 0; b < 256; b++) ok &= g23_bpe_byte(g23_bpe_char(b)) == b;
  CHECK(ok, "byte -> character -> byte");
  CHECK(g23_bpe_char(' ') == 0x120, "space is U+0120 'Ġ', got U+%04X", g23_bpe_char(' '));
  CHECK(g23_bpe_char('\n') == 0x10a, "newline is U+010A 'Ċ', got U+%04X", g23_bpe_char('\n'));
  CHECK(g23_bpe_char('A') == 'A' && g23_bpe_char(0xe9) == 0xe9, "printable Latin-1 stands for itself");
  CHECK(g23_bpe_char(0xad) == 0x143, "soft hyphen is U+0143, got U+%04X", g23_bpe_char(0xad));
  CHECK(g23_bpe_byte_rank('!') == 0 && g23_bpe_byte_rank(0) == 188 && g23_bpe_byte_rank(0xad) == 255,
        "GPT-2's ids of '!', byte 0, byte 0xad");
  CHECK(g23_bpe_byte('a' + 0x100) == -1 || g23_bpe_byte(0x144) == -1, "outside the map");
}

/* ---- against Hugging Face ---- */

static void test_fixture_ids(const g23_tok_t *t) {
  size_t n, m;
  char *text = slurp(fix, "sample.txt", &n);
  for (int sp = 0; sp < 2; sp++) {
    char *want_s = slurp(fix, sp ? "sample.specials.ids" : "sample.ids", &m);
    g23_ids_t want = parse_ids(want_s), got = enc(t, text, n, sp);
    int k = 0;
    while (k < got.n && k < want.n && got.v[k] == want.v[k]) k++;
    CHECK(same_ids(&got, &want), "%s: %d ids, Hugging Face %d; first difference at %d: %d, expected %d",
          sp ? "with specials" : "without specials", got.n, want.n, k, k < got.n ? got.v[k] : -1,
          k < want.n ? want.v[k] : -1);
    CHECK(round_trip(t, text, n, sp), "sample.txt round trip (specials %d)", sp);
    G23_VEC_FREE(want), G23_VEC_FREE(got);
    free(want_s);
  }
  /* the special token: its id, its text, read only when asked */
  int32_t eot = g23_tok_special(t, "<|endoftext|>");
  CHECK(eot == 0 && g23_tok_is_special(t, eot), "<|endoftext|> is special id 0 (Hugging Face puts it first): %d", eot);
  CHECK(g23_tok_special(t, "Ġthe") == -1 && !g23_tok_is_special(t, 300), "ordinary tokens are not special");
  g23_ids_t a = enc(t, "<|endoftext|>", 13, true), b = enc(t, "<|endoftext|>", 13, false);
  CHECK(a.n == 1 && a.v[0] == eot, "specials: one id");
  CHECK(b.n > 1, "without specials: ordinary text (%d ids)", b.n);
  G23_VEC_FREE(a), G23_VEC_FREE(b);
  CHECK(g23_tok_vocab_size(t) == 1001 && strcmp(g23_tok_kind(t), "bpe") == 0, "vocab 1001, kind bpe");
  CHECK(strlen(g23_tok_digest(t)) == 16, "digest '%s'", g23_tok_digest(t));
  g23_buf_t d = {0};
  CHECK(g23_tok_decode(t, -1, &d) == -1 && g23_tok_decode(t, 1001, &d) == -1 && d.len == 0, "decode out of range");
  g23_buf_free(&d);
  /* encoding again, from the cache, gives the same ids */
  g23_ids_t c1 = enc(t, text, n, false), c2 = enc(t, text, n, false);
  CHECK(same_ids(&c1, &c2), "cached encoding");
  G23_VEC_FREE(c1), G23_VEC_FREE(c2);
  free(text);
}

/* ---- against a plain BPE on strings ---- */

/* GPT-2's bpe() written plainly: the piece as GPT-2 characters, one string
 * per token; while some neighbours are a merge of merges.txt, the one of
 * lowest rank joins at every place, left to right. */
typedef G23_VEC(char *) strs_t;

static void ref_bpe(const g23_strmap_t *ranks, const char *piece, size_t n, strs_t *out) {
  for (size_t i = 0; i < n; i++) {
    char u[5] = {0};
    g23_utf8_encode(g23_bpe_char((unsigned char)piece[i]), u);
    G23_VEC_PUSH(*out, g23_xstrdup(u));
  }
  for (;;) {
    int best = -1, at = -1;
    for (int i = 0; i + 1 < out->n; i++) {
      char *k = g23_xasprintf("%s %s", out->v[i], out->v[i + 1]);
      int r = g23_strmap_get(ranks, k);
      free(k);
      if (r >= 0 && (best < 0 || r < best)) best = r, at = i;
    }
    if (best < 0) break;
    char *a = g23_xstrdup(out->v[at]), *b = g23_xstrdup(out->v[at + 1]);
    int o = 0;
    for (int i = 0; i < out->n;) {
      if (i + 1 < out->n && !strcmp(out->v[i], a) && !strcmp(out->v[i + 1], b)) {
        char *z = g23_xasprintf("%s%s", a, b);
        free(out->v[i]), free(out->v[i + 1]);
        out->v[o++] = z;
        i += 2;
      } else out->v[o++] = out->v[i++];
    }
    out->n = o;
    free(a), free(b);
  }
}

static void test_against_plain_bpe(const g23_tok_t *t) {
  size_t mn, tn;
  char *merges = slurp(fix, "merges.txt", &mn), *train = slurp(fix, "train.txt", &tn);
  g23_strmap_t ranks = {0}, ids = {0};
  int rank = 0;
  for (char *line = strtok(merges, "\n"); line; line = strtok(NULL, "\n"))
    if (strncmp(line, "#version", 8) != 0) g23_strmap_put(&ranks, line, rank++);
  for (int32_t i = 0; i < g23_tok_vocab_size(t); i++) g23_strmap_put(&ids, g23_tok_name(t, i), i);
  /* the training text's words run together: letter runs of 1 to 2000
   * bytes, as one piece each, where many merges apply; and digit runs */
  G23_VEC(const char *) words = {0};
  for (char *w = strtok(train, " \t\n.,;:()\"'-/<>"); w; w = strtok(NULL, " \t\n.,;:()\"'-/<>")) {
    bool letters = true;
    for (char *p = w; *p; p++) letters &= isalpha((unsigned char)*p) != 0;
    if (letters) G23_VEC_PUSH(words, w);
  }
  int bad = 0, longest = 0;
  g23_buf_t piece = {0};
  for (int it = 0; it < 300; it++) {
    piece.len = 0;
    if (rnd(2)) g23_buf_append(&piece, " ", 1);
    size_t want = it < 100 ? 1 + rnd(40) : it < 250 ? 1 + rnd(300) : 1 + rnd(2000);
    if (it % 10 == 9) /* digits */
      while (piece.len < want) g23_buf_printf(&piece, "%u", rnd(1000));
    else
      while (piece.len < want) g23_buf_printf(&piece, "%s", words.v[rnd((uint32_t)words.n)]);
    longest = piece.len > (size_t)longest ? (int)piece.len : longest;
    strs_t ref = {0};
    ref_bpe(&ranks, piece.s, piece.len, &ref);
    g23_ids_t got = enc(t, piece.s, piece.len, false);
    bool same = got.n == ref.n;
    for (int i = 0; same && i < ref.n; i++) same = got.v[i] == g23_strmap_get(&ids, ref.v[i]);
    if (!same && bad++ < 3) CHECK(false, "piece of %zu bytes '%.40s...': %d ids, the plain BPE %d", piece.len, piece.s, got.n, ref.n);
    for (int i = 0; i < ref.n; i++) free(ref.v[i]);
    G23_VEC_FREE(ref), G23_VEC_FREE(got);
  }
  CHECK(bad == 0, "%d pieces differ from the plain BPE", bad);
  CHECK(longest > 1000, "the longest piece has %d bytes", longest);
  g23_buf_free(&piece);
  G23_VEC_FREE(words);
  g23_strmap_free(&ranks), g23_strmap_free(&ids);
  free(merges), free(train);
}

/* ---- round trips on random bytes ---- */

static void test_random_round_trips(const g23_tok_t *t) {
  static const char *const bits[] = {"the", " ", "  ", "\n", "\t", "'s", "'T", "é", "中", "😀", "<|endoftext|>",
                                     "<|", "\xff", "\xc0", "\x80", "\xe4\xb8", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                     "1", "23", "\r\n", "\xc2\xa0", "A"};
  int bad = 0;
  char buf[512];
  for (int it = 0; it < 3000; it++) {
    size_t n = 0, want = rnd(200);
    while (n < want) {
      if (rnd(3) == 0) buf[n++] = (char)rnd(256); /* any byte */
      else {
        const char *p = bits[rnd(sizeof bits / sizeof *bits)];
        size_t l = strlen(p);
        if (n + l > sizeof buf) break;
        memcpy(buf + n, p, l);
        n += l;
      }
    }
    for (int sp = 0; sp < 2; sp++)
      if (!round_trip(t, buf, n, sp) && bad++ < 3) CHECK(false, "random string %d (%zu bytes, specials %d)", it, n, sp);
  }
  CHECK(bad == 0, "%d random strings did not round trip", bad);
}

/* Random text made of the pieces most likely to span a newline: runs of
 * spaces and newlines, contractions, letters, invalid bytes. */
static const char *const cut_bits[] = {"the", " ", "  ", "\n", "\n\n", "\t", "'s", "'T", "'", "x", "é", "中",
                                       "😀", "<|endoftext|>", "\xff", "1", "23", "\r\n", "\xc2\xa0", "A", ".",
                                       "-", " \n", "  \n", "\n "};
static size_t cut_text(char *buf, size_t cap) {
  size_t n = 0, want = 20 + rnd(200);
  while (n < want) {
    const char *p = cut_bits[rnd(sizeof cut_bits / sizeof *cut_bits)];
    size_t l = strlen(p);
    if (n + l > cap) break;
    memcpy(buf + n, p, l);
    n += l;
  }
  return n;
}

/* g23_tok_cut: the two parts encoded apart give the whole's ids, for every
 * cut it offers; and it offers one in most texts, so the check is not
 * vacuous.  Run with a tokenizer trained on such text, whose merges join
 * spaces and newlines (the fixture's vocabulary has few), so that a cut
 * inside a run of whitespace would change the ids. */
static void test_cut(const g23_tok_t *t, const char *what) {
  int bad = 0, cuts = 0;
  char buf[400];
  for (int it = 0; it < 3000; it++) {
    size_t n = cut_text(buf, sizeof buf);
    for (size_t upto = n; upto > 0; upto = upto / 2) {
      size_t cut = g23_tok_cut(t, buf, upto);
      if (cut == 0) continue;
      cuts++;
      for (int sp = 0; sp < 2; sp++) {
        g23_ids_t whole = {0}, parts = {0};
        char err[256];
        g23_tok_encode(t, buf, n, sp, &whole, err, sizeof err);
        g23_tok_encode(t, buf, cut, sp, &parts, err, sizeof err);
        g23_tok_encode(t, buf + cut, n - cut, sp, &parts, err, sizeof err);
        if (!same_ids(&whole, &parts) && bad++ < 3)
          CHECK(false, "%s: text %d (%zu bytes) cut at %zu: other ids than the whole's", what, it, n, cut);
        G23_VEC_FREE(whole);
        G23_VEC_FREE(parts);
      }
    }
  }
  CHECK(bad == 0, "%s: %d cuts changed the ids", what, bad);
  CHECK(cuts > 1000, "%s: only %d cuts offered", what, cuts);
  CHECK(g23_tok_cut(t, "a \nb", 4) == 0 && g23_tok_cut(t, "ab", 2) == 0 && g23_tok_cut(t, "a\nb", 3) == 2,
        "%s: a cut only between graphic characters around a newline", what);
}

static void test_cuts(const g23_tok_t *fixture) {
  test_cut(fixture, "the fixture's vocabulary");
  const char *specials[] = {"<|endoftext|>"};
  g23_bpe_train_opts_t o = {256 + 300 + 1, specials, 1, 2};
  char err[512], buf[400];
  g23_bpe_trainer_t *tr = g23_bpe_trainer_new(&o, err, sizeof err);
  for (int i = 0; i < 500; i++) {
    size_t n = cut_text(buf, sizeof buf);
    g23_bpe_trainer_feed(tr, buf, n, err, sizeof err);
  }
  g23_buf_t vj = {0}, mt = {0};
  int64_t npieces = 0, nvocab = 0;
  CHECK(g23_bpe_trainer_finish(tr, &vj, &mt, &npieces, &nvocab, err, sizeof err) == 0, "%s", err);
  g23_bpe_trainer_free(tr);
  put_file(tmpdir, "vocab.json", vj.s);
  put_file(tmpdir, "merges.txt", mt.s);
  g23_tok_t *t = g23_tok_load(tmpdir, err, sizeof err);
  CHECK(t != NULL, "loading the whitespace vocabulary: %s", err);
  /* its merges join a newline to the spaces before it */
  g23_ids_t ids = {0};
  if (t) g23_tok_encode(t, "  \n", 3, false, &ids, err, sizeof err);
  CHECK(ids.n == 1, "'  \\n' is one token of the whitespace vocabulary (%d)", ids.n);
  G23_VEC_FREE(ids);
  if (t) test_cut(t, "a whitespace vocabulary");
  g23_tok_free(t);
  g23_buf_free(&vj), g23_buf_free(&mt);
}

/* Bytes that are not UTF-8 split the text: encode(A R B) is encode(A),
 * then the run R as one piece, then encode(B). */
static void test_invalid_utf8(const g23_tok_t *t) {
  static const char *const valid[] = {"hello  ", "a b", "DON'T", " 42", "  \n", "中文", "x", "'s", " "};
  static const char invalid[] = "\xff\xfe\xc0\xc1\xf5\xf8";
  int bad = 0;
  for (int it = 0; it < 500; it++) {
    char a[64], r[8], b[64], all[160];
    snprintf(a, sizeof a, "%s%s", valid[rnd(9)], valid[rnd(9)]);
    snprintf(b, sizeof b, "%s%s", valid[rnd(9)], valid[rnd(9)]);
    size_t rn = 1 + rnd(4);
    for (size_t i = 0; i < rn; i++) r[i] = invalid[rnd(6)];
    size_t an = strlen(a), bn = strlen(b);
    memcpy(all, a, an), memcpy(all + an, r, rn), memcpy(all + an + rn, b, bn);
    g23_ids_t whole = enc(t, all, an + rn + bn, false), parts = enc(t, a, an, false);
    g23_ids_t pr = enc(t, r, rn, false), pb = enc(t, b, bn, false);
    for (int i = 0; i < pr.n; i++) G23_VEC_PUSH(parts, pr.v[i]);
    for (int i = 0; i < pb.n; i++) G23_VEC_PUSH(parts, pb.v[i]);
    if (!same_ids(&whole, &parts) && bad++ < 3) CHECK(false, "'%s' + %zu invalid bytes + '%s'", a, rn, b);
    G23_VEC_FREE(whole), G23_VEC_FREE(parts), G23_VEC_FREE(pr), G23_VEC_FREE(pb);
  }
  CHECK(bad == 0, "%d texts split differently at invalid bytes", bad);
}

/* ---- the trainer against a plain one ---- */

/* The reference: every occurrence of every piece kept as its own token
 * list, all pairs recounted from scratch before each merge. */
typedef struct {
  G23_VEC(int32_t) syms;
} ref_piece_t;
typedef struct {
  G23_VEC(ref_piece_t) pieces;
} ref_t;
typedef G23_VEC(int32_t) ids32_t;
typedef G23_VEC(g23_buf_t) bufs_t;

static int ref_collect(void *ctx, const char *p, size_t n) {
  ref_t *r = ctx;
  ref_piece_t pc = {0};
  for (size_t i = 0; i < n; i++) G23_VEC_PUSH(pc.syms, g23_bpe_byte_rank((unsigned char)p[i]));
  G23_VEC_PUSH(r->pieces, pc);
  return 0;
}

/* Trains on text (special token <|endoftext|> taken out) and returns the
 * tokens' bytes and the merges as pairs of ids. */
static void ref_train(const char *text, int64_t vocab, int64_t minf, bufs_t *toks_out, ids32_t *merges) {
  char err[256];
  g23_pretok_t *pre = g23_pretok_new(err, sizeof err);
  ref_t r = {0};
  const char *eot = "<|endoftext|>";
  for (const char *p = text;;) {
    const char *q = strstr(p, eot);
    size_t n = q ? (size_t)(q - p) : strlen(p);
    g23_pretok_split(pre, p, n, ref_collect, &r, err, sizeof err);
    if (!q) break;
    p = q + strlen(eot);
  }
  bufs_t toks = {0};
  for (int rank = 0; rank < 256; rank++) {
    int b = 0;
    while (g23_bpe_byte_rank(b) != rank) b++;
    g23_buf_t t = {0};
    char c = (char)b;
    g23_buf_append(&t, &c, 1);
    G23_VEC_PUSH(toks, t);
  }
  G23_VEC(int64_t) done = {0}; /* merged pairs, a * 2^32 + b */
  while (toks.n < vocab - 1) {
    /* all pairs counted again: a plain list, searched linearly */
    G23_VEC(int64_t) keys = {0};
    G23_VEC(int64_t) counts = {0};
    for (int i = 0; i < r.pieces.n; i++)
      for (int k = 0; k + 1 < r.pieces.v[i].syms.n; k++) {
        int64_t key = (int64_t)r.pieces.v[i].syms.v[k] << 32 | r.pieces.v[i].syms.v[k + 1];
        int j = 0;
        while (j < keys.n && keys.v[j] != key) j++;
        if (j == keys.n) {
          G23_VEC_PUSH(keys, key);
          G23_VEC_PUSH(counts, 0);
        }
        counts.v[j]++;
      }
    int best = -1;
    for (int j = 0; j < keys.n; j++) {
      bool was = false;
      for (int d = 0; d < done.n; d++) was |= done.v[d] == keys.v[j];
      if (was) continue;
      if (best < 0 || counts.v[j] > counts.v[best] || (counts.v[j] == counts.v[best] && keys.v[j] < keys.v[best]))
        best = j;
    }
    if (best < 0 || counts.v[best] < minf) {
      G23_VEC_FREE(keys), G23_VEC_FREE(counts);
      break;
    }
    int32_t a = (int32_t)(keys.v[best] >> 32), b = (int32_t)(keys.v[best] & 0xffffffff);
    G23_VEC_PUSH(done, keys.v[best]);
    G23_VEC_PUSH(*merges, a);
    G23_VEC_PUSH(*merges, b);
    g23_buf_t nt = {0};
    g23_buf_append(&nt, toks.v[a].s, toks.v[a].len);
    g23_buf_append(&nt, toks.v[b].s, toks.v[b].len);
    int z = 0;
    while (z < toks.n && !(toks.v[z].len == nt.len && memcmp(toks.v[z].s, nt.s, nt.len) == 0)) z++;
    if (z == toks.n) G23_VEC_PUSH(toks, nt);
    else g23_buf_free(&nt);
    for (int i = 0; i < r.pieces.n; i++) {
      int32_t *s = r.pieces.v[i].syms.v;
      int n = r.pieces.v[i].syms.n, o = 0;
      for (int k = 0; k < n;) {
        if (k + 1 < n && s[k] == a && s[k + 1] == b) s[o++] = z, k += 2;
        else s[o++] = s[k++];
      }
      r.pieces.v[i].syms.n = o;
    }
    G23_VEC_FREE(keys), G23_VEC_FREE(counts);
  }
  *toks_out = toks;
  for (int i = 0; i < r.pieces.n; i++) G23_VEC_FREE(r.pieces.v[i].syms);
  G23_VEC_FREE(r.pieces), G23_VEC_FREE(done);
  g23_pretok_free(pre);
}

static void test_trainer(const char *text, int64_t vocab, int64_t minf, const char *what) {
  const char *specials[] = {"<|endoftext|>"};
  g23_bpe_train_opts_t o = {vocab, specials, 1, minf};
  char err[512];
  g23_bpe_trainer_t *tr = g23_bpe_trainer_new(&o, err, sizeof err);
  CHECK(tr != NULL, "%s", err);
  if (!tr) return;
  /* fed in two documents: the cut falls between pieces (a newline alone,
   * then a letter) */
  size_t n = strlen(text), half = n / 2;
  while (half < n && !(text[half - 1] == '\n' && !strchr(" \t\n", text[half - 2]) && isalpha((unsigned char)text[half])))
    half++;
  CHECK(g23_bpe_trainer_feed(tr, text, half, err, sizeof err) == 0, "%s", err);
  CHECK(g23_bpe_trainer_feed(tr, text + half, n - half, err, sizeof err) == 0, "%s", err);
  g23_buf_t vj = {0}, mt = {0};
  int64_t npieces = 0, nvocab = 0;
  CHECK(g23_bpe_trainer_finish(tr, &vj, &mt, &npieces, &nvocab, err, sizeof err) == 0, "%s", err);
  g23_bpe_trainer_free(tr);
  /* the reference's merges, written as merges.txt is */
  g23_buf_t want = {0};
  bufs_t names = {0};
  ids32_t rm = {0};
  ref_train(text, vocab, minf, &names, &rm);
  g23_buf_printf(&want, "#version: 0.2\n");
  for (int i = 0; i < rm.n; i++) {
    const g23_buf_t *tk = &names.v[rm.v[i]];
    for (size_t k = 0; k < tk->len; k++) {
      char u[4];
      g23_buf_append(&want, u, (size_t)g23_utf8_encode(g23_bpe_char((unsigned char)tk->s[k]), u));
    }
    g23_buf_append(&want, i % 2 ? "\n" : " ", 1);
  }
  CHECK(nvocab == names.n + 1, "%s: %lld tokens, the reference %d + 1", what, (long long)nvocab, names.n);
  CHECK(rm.n / 2 > 50, "%s: %d merges: too few for a test", what, rm.n / 2);
  size_t k = 0;
  while (k < mt.len && k < want.len && mt.s[k] == want.s[k]) k++;
  CHECK(mt.len == want.len && k == mt.len, "%s: merges differ from the reference's at byte %zu: '%.30s' vs '%.30s'",
        what, k, mt.s + k, want.s + k);
  /* written out, loaded, round trip and the vocabulary's order */
  put_file(tmpdir, "vocab.json", vj.s);
  put_file(tmpdir, "merges.txt", mt.s);
  g23_tok_t *t = g23_tok_load(tmpdir, err, sizeof err);
  CHECK(t != NULL, "%s: loading the trained files: %s", what, err);
  if (t) {
    CHECK(g23_tok_vocab_size(t) == nvocab, "%s: vocab size", what);
    CHECK(g23_tok_special(t, "<|endoftext|>") == nvocab - 1, "%s: the special token comes last", what);
    bool same = true;
    for (int i = 0; i < names.n; i++) {
      g23_buf_t b = {0};
      g23_tok_decode(t, i, &b);
      same &= b.len == names.v[i].len && memcmp(b.s, names.v[i].s, b.len) == 0;
      g23_buf_free(&b);
    }
    CHECK(same, "%s: token ids as the reference's", what);
    CHECK(round_trip(t, text, strlen(text), true) && round_trip(t, text, strlen(text), false), "%s: round trip",
          what);
    g23_tok_free(t);
  }
  for (int i = 0; i < names.n; i++) g23_buf_free(&names.v[i]);
  G23_VEC_FREE(names), G23_VEC_FREE(rm);
  g23_buf_free(&want), g23_buf_free(&vj), g23_buf_free(&mt);
}

/* ---- the loader's errors ---- */

static void expect_load_error(const char *vocab, const char *merges, const char *pattern, const char *what) {
  char err[512] = "";
  if (vocab) put_file(tmpdir, "vocab.json", vocab);
  else {
    char *p = g23_xasprintf("%s/vocab.json", tmpdir);
    unlink(p);
    free(p);
  }
  if (merges) put_file(tmpdir, "merges.txt", merges);
  else {
    char *p = g23_xasprintf("%s/merges.txt", tmpdir);
    unlink(p);
    free(p);
  }
  g23_tok_t *t = g23_tok_load(tmpdir, err, sizeof err);
  CHECK(!t && strstr(err, pattern), "%s: expected an error with '%s', got '%s'", what, pattern, t ? "none" : err);
  g23_tok_free(t);
}

/* A vocabulary of the 256 bytes (GPT-2's order) and extra entries. */
static char *vocab_with(const char *extra) {
  g23_buf_t b = {0};
  g23_buf_printf(&b, "{");
  for (int r = 0; r < 256; r++) {
    int byte = 0;
    while (g23_bpe_byte_rank(byte) != r) byte++;
    char u[5] = {0};
    g23_utf8_encode(g23_bpe_char(byte), u);
    g23_buf_printf(&b, "%s\"%s%s\": %d", r ? ", " : "", byte == '"' || byte == '\\' ? "\\" : "", u, r);
  }
  g23_buf_printf(&b, "%s}", extra);
  return b.s;
}

static void test_load_errors(void) {
  char *ok = vocab_with(", \"he\": 256, \"<|endoftext|>\": 257");
  char err[512];
  put_file(tmpdir, "vocab.json", ok);
  put_file(tmpdir, "merges.txt", "#version: 0.2\nh e\n");
  g23_tok_t *t = g23_tok_load(tmpdir, err, sizeof err);
  CHECK(t != NULL, "a small valid tokenizer: %s", err);
  if (t) {
    g23_ids_t v = enc(t, "the<|endoftext|>", 16, true);
    CHECK(v.n == 3 && v.v[0] == g23_bpe_byte_rank('t') && v.v[1] == 256 && v.v[2] == 257, "t he <|endoftext|>");
    G23_VEC_FREE(v);
    /* the digest: the same for the same files, another when a byte changes */
    char d1[65];
    snprintf(d1, sizeof d1, "%s", g23_tok_digest(t));
    g23_tok_free(t);
    t = g23_tok_load(tmpdir, err, sizeof err);
    CHECK(t && strcmp(d1, g23_tok_digest(t)) == 0, "the same files, the same digest");
    g23_tok_free(t);
    put_file(tmpdir, "merges.txt", "#version: 0.2\nh e\n\n");
    t = g23_tok_load(tmpdir, err, sizeof err);
    CHECK(t && strcmp(d1, g23_tok_digest(t)) != 0, "merges.txt changed, the digest too");
    g23_tok_free(t);
  }
  expect_load_error("{\"a\": 0,\n \"b\" 1}", "", "vocab.json:2:", "invalid JSON: line");
  expect_load_error("{\"a\": 0,\n \"b\" 1}", "", "vocab.json:2:6:", "invalid JSON: line and column");
  expect_load_error("[1, 2]", "", "vocab.json: not a JSON object", "not an object");
  char *dup = vocab_with(", \"he\": 256, \"xy\": 256");
  expect_load_error(dup, "", "id 256 is given to both", "duplicate id");
  char *sparse = vocab_with(", \"he\": 300");
  expect_load_error(sparse, "", "the id must be an integer in [0, 257)", "ids not dense");
  char *dupkey = vocab_with(", \"he\": 256, \"he\": 257");
  expect_load_error(dupkey, "", "vocab.json:1:", "duplicate key");
  expect_load_error(ok, "#version: 0.2\nh e\nt x\n", "merges.txt:3: 't x': 'tx' is not in the vocabulary",
                    "merge result not in vocab");
  expect_load_error(ok, "#version: 0.2\nh e\nq Q\n", "merges.txt:3: 'q Q': 'qQ'", "merge not in vocab");
  expect_load_error(ok, "#version: 0.2\nh e\nh  e\n", "merges.txt:3: 'h  e' is not two tokens", "bad merge line");
  expect_load_error(ok, "h e\nh e\n", "merges.txt:2: 'h e' is merged already", "duplicate merge");
  expect_load_error(NULL, "h e\n", "vocab.json: No such file", "missing vocab.json");
  expect_load_error(ok, NULL, "merges.txt: No such file", "missing merges.txt");
  expect_load_error("{\"a\": 0}", "", "no token for byte", "a byte without token");
  free(ok), free(dup), free(sparse), free(dupkey);
}

int main(int argc, char **argv) {
  const char *src = getenv("top_srcdir");
  snprintf(fix, sizeof fix, "%s/test/tok/fixtures", src ? src : ".");
  snprintf(tmpdir, sizeof tmpdir, "%s/g23-tok.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(tmpdir)) return 99;
  char err[512];
  g23_tok_t *t = g23_tok_load(fix, err, sizeof err);
  if (!t) {
    fprintf(stderr, "%s\n", err);
    return 1;
  }
  test_byte_map();
  test_fixture_ids(t);
  test_against_plain_bpe(t);
  test_random_round_trips(t);
  test_invalid_utf8(t);
  test_cuts(t);
  g23_tok_free(t);
  /* the trainer on the first part of the fixture's training text, with
   * special tokens and the sample's many scripts in it */
  size_t n, m;
  char *train = slurp(fix, "train.txt", &n), *sample = slurp(fix, "sample.txt", &m);
  g23_buf_t corpus = {0};
  g23_buf_append(&corpus, train, 6000);
  g23_buf_append(&corpus, "<|endoftext|>", 13);
  g23_buf_append(&corpus, sample, m);
  test_trainer(corpus.s, 256 + 200 + 1, 2, "6 KB, 200 merges, min frequency 2");
  test_trainer(corpus.s, 256 + 400 + 1, 1, "min frequency 1: until no pair is left");
  g23_buf_free(&corpus);
  free(train), free(sample);
  test_load_errors();
  char *p;
  p = g23_xasprintf("%s/vocab.json", tmpdir), unlink(p), free(p);
  p = g23_xasprintf("%s/merges.txt", tmpdir), unlink(p), free(p);
  rmdir(tmpdir);
  return g23_check_summary("test_tok");
}
