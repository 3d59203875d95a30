/* train.c: byte-level BPE training (the algorithm is described in train.h). */
#include <stdlib.h>
#include <string.h>

#include "tok/bpe.h"
#include "tok/train.h"

/* A set of byte strings with a value each: open addressing over FNV-1a,
 * keys in one arena.  Used for the distinct pieces (value: count) and for
 * the tokens (value: id). */
typedef struct {
  uint64_t *hash;
  uint32_t *id; /* entry index + 1; 0 for an empty slot */
  size_t cap;
  G23_VEC(int64_t) off; /* entry i: arena[off[i], off[i + 1]) */
  G23_VEC(int64_t) val;
  g23_buf_t arena;
} strset_t;

static void strset_grow(strset_t *s) {
  size_t cap = s->cap ? 2 * s->cap : 1024;
  uint64_t *hash = g23_xmalloc(cap * sizeof *hash);
  uint32_t *id = g23_xcalloc(cap, sizeof *id);
  for (size_t j = 0; j < s->cap; j++) {
    if (!s->id[j]) continue;
    size_t i = (size_t)s->hash[j] & (cap - 1);
    while (id[i]) i = (i + 1) & (cap - 1);
    hash[i] = s->hash[j], id[i] = s->id[j];
  }
  free(s->hash), free(s->id);
  s->hash = hash, s->id = id, s->cap = cap;
}

/* The index of key, added with value 0 when absent (*added set). */
static int64_t strset_get(strset_t *s, const char *key, size_t n, bool add, bool *added) {
  if (added) *added = false;
  if (!s->cap) {
    if (!add) return -1;
    strset_grow(s);
    G23_VEC_PUSH(s->off, 0);
  }
  uint64_t h = g23_fnv1a(key, n, G23_FNV_SEED);
  size_t mask = s->cap - 1, i = (size_t)h & mask;
  for (; s->id[i]; i = (i + 1) & mask) {
    if (s->hash[i] != h) continue;
    int64_t e = s->id[i] - 1;
    if ((size_t)(s->off.v[e + 1] - s->off.v[e]) == n && memcmp(s->arena.s + s->off.v[e], key, n) == 0) return e;
  }
  if (!add) return -1;
  int64_t e = s->val.n;
  G23_ASSERT(e < UINT32_MAX - 1);
  s->hash[i] = h, s->id[i] = (uint32_t)(e + 1);
  g23_buf_append(&s->arena, key, n);
  G23_VEC_PUSH(s->off, (int64_t)s->arena.len);
  G23_VEC_PUSH(s->val, 0);
  if (added) *added = true;
  if (2 * (size_t)s->val.n > s->cap) strset_grow(s);
  return e;
}

static void strset_free(strset_t *s) {
  free(s->hash), free(s->id);
  G23_VEC_FREE(s->off), G23_VEC_FREE(s->val);
  g23_buf_free(&s->arena);
}

struct g23_bpe_trainer {
  g23_bpe_train_opts_t o;
  g23_pretok_t *pre;
  strset_t pieces;
};

g23_bpe_trainer_t *g23_bpe_trainer_new(const g23_bpe_train_opts_t *o, char *err, size_t errn) {
  if (o->vocab_size < 256 + o->nspecials || o->vocab_size > INT32_MAX) {
    g23_seterr(err, errn, "a vocabulary of %lld tokens: it needs the 256 bytes and the %d special token%s at least",
               (long long)o->vocab_size, o->nspecials, o->nspecials == 1 ? "" : "s");
    return NULL;
  }
  if (o->min_frequency < 1) {
    g23_seterr(err, errn, "the minimum frequency %lld is not at least 1", (long long)o->min_frequency);
    return NULL;
  }
  for (int i = 0; i < o->nspecials; i++) {
    const char *s = o->specials[i];
    size_t n = strlen(s);
    for (size_t k = 0; k < n;) {
      int l;
      if (g23_utf8_decode((const unsigned char *)s + k, n - k, &l) < 0) {
        g23_seterr(err, errn, "special token '%s' is not UTF-8", s);
        return NULL;
      }
      k += (size_t)l;
    }
    if (!n) {
      g23_seterr(err, errn, "a special token is empty");
      return NULL;
    }
    for (int j = 0; j < i; j++)
      if (strcmp(o->specials[j], s) == 0) {
        g23_seterr(err, errn, "special token '%s' is given twice", s);
        return NULL;
      }
  }
  g23_bpe_trainer_t *tr = g23_xcalloc(1, sizeof *tr);
  tr->o = *o;
  if (!(tr->pre = g23_pretok_new(err, errn))) {
    free(tr);
    return NULL;
  }
  return tr;
}

void g23_bpe_trainer_free(g23_bpe_trainer_t *tr) {
  if (!tr) return;
  g23_pretok_free(tr->pre);
  strset_free(&tr->pieces);
  free(tr);
}

static int count_piece(void *ctx, const char *piece, size_t n) {
  strset_t *s = ctx;
  int64_t e = strset_get(s, piece, n, true, NULL);
  s->val.v[e]++;
  return 0;
}

int g23_bpe_trainer_feed(g23_bpe_trainer_t *tr, const char *text, size_t len, char *err, size_t errn) {
  /* The special tokens written in the text are taken out: the text between
   * them is cut on its own, and they are not learnt from. */
  if (len == 0) return 0;
  bool first[256] = {false};
  for (int k = 0; k < tr->o.nspecials; k++) first[(unsigned char)tr->o.specials[k][0]] = true;
  size_t from = 0;
  for (size_t i = 0; i < len;) {
    size_t hit = 0;
    if (first[(unsigned char)text[i]])
      for (int k = 0; k < tr->o.nspecials; k++) {
        size_t n = strlen(tr->o.specials[k]);
        if (n > hit && n <= len - i && memcmp(text + i, tr->o.specials[k], n) == 0) hit = n;
      }
    if (!hit) {
      i++;
      continue;
    }
    if (g23_pretok_split(tr->pre, text + from, i - from, count_piece, &tr->pieces, err, errn) != 0) return -1;
    i += hit;
    from = i;
  }
  return g23_pretok_split(tr->pre, text + from, len - from, count_piece, &tr->pieces, err, errn);
}

/* ---- merging ---- */

typedef struct {
  int64_t count;
  int32_t pair;
} heap_t;

typedef struct {
  /* the pieces: symbols sym[start[w], start[w] + len[w]) */
  int32_t *sym;
  int64_t *start;
  int32_t *len;
  int64_t *wcount;
  uint32_t *stamp;
  int64_t nwords;
  /* the pairs: key (a, b) -> index; per pair its count and the pieces
   * where it was seen (a piece may be listed twice, or no longer hold it) */
  uint64_t *pkey;
  int32_t *pidx;
  size_t pcap;
  G23_VEC(int32_t) pa;
  G23_VEC(int32_t) pb;
  G23_VEC(int64_t) pcount;
  G23_VEC(uint8_t) pmerged;
  G23_VEC(int32_t) *ppos;
  int ppos_cap;
  /* pairs whose count rose during this merge */
  G23_VEC(int32_t) touched;
  G23_VEC(uint32_t) touch_stamp;
  uint32_t now;
  /* the max-heap of (count, pair): entries may be stale, checked on pop */
  heap_t *heap;
  size_t hn, hcap;
} state_t;

static uint64_t key_of(int32_t a, int32_t b) { return ((uint64_t)(uint32_t)a + 1) << 32 | (uint32_t)(b + 1); }

static void pairs_grow(state_t *s) {
  size_t cap = s->pcap ? 2 * s->pcap : 1 << 16;
  uint64_t *key = g23_xcalloc(cap, sizeof *key);
  int32_t *idx = g23_xmalloc(cap * sizeof *idx);
  for (size_t j = 0; j < s->pcap; j++) {
    if (!s->pkey[j]) continue;
    size_t i = (size_t)(s->pkey[j] * 0x9e3779b97f4a7c15ull >> 17) & (cap - 1);
    while (key[i]) i = (i + 1) & (cap - 1);
    key[i] = s->pkey[j], idx[i] = s->pidx[j];
  }
  free(s->pkey), free(s->pidx);
  s->pkey = key, s->pidx = idx, s->pcap = cap;
}

static int32_t pair_get(state_t *s, int32_t a, int32_t b) {
  if (2 * ((size_t)s->pa.n + 1) > s->pcap) pairs_grow(s);
  uint64_t k = key_of(a, b);
  size_t mask = s->pcap - 1, i = (size_t)(k * 0x9e3779b97f4a7c15ull >> 17) & mask;
  for (; s->pkey[i]; i = (i + 1) & mask)
    if (s->pkey[i] == k) return s->pidx[i];
  int32_t p = s->pa.n;
  s->pkey[i] = k, s->pidx[i] = p;
  G23_VEC_PUSH(s->pa, a);
  G23_VEC_PUSH(s->pb, b);
  G23_VEC_PUSH(s->pcount, 0);
  G23_VEC_PUSH(s->pmerged, 0);
  G23_VEC_PUSH(s->touch_stamp, 0);
  if (p >= s->ppos_cap) {
    int cap = s->ppos_cap ? 2 * s->ppos_cap : 1 << 16;
    s->ppos = g23_xrealloc(s->ppos, (size_t)cap * sizeof *s->ppos);
    memset(s->ppos + s->ppos_cap, 0, (size_t)(cap - s->ppos_cap) * sizeof *s->ppos);
    s->ppos_cap = cap;
  }
  return p;
}

/* Whether heap entry x comes out before y: more occurrences, then the
 * smaller first id, then the smaller second id. */
static bool before(const state_t *s, heap_t x, heap_t y) {
  if (x.count != y.count) return x.count > y.count;
  if (s->pa.v[x.pair] != s->pa.v[y.pair]) return s->pa.v[x.pair] < s->pa.v[y.pair];
  return s->pb.v[x.pair] < s->pb.v[y.pair];
}

static void heap_push(state_t *s, int64_t count, int32_t pair) {
  if (s->hn == s->hcap) {
    s->hcap = s->hcap ? 2 * s->hcap : 1 << 16;
    s->heap = g23_xrealloc(s->heap, s->hcap * sizeof *s->heap);
  }
  heap_t x = {count, pair};
  size_t i = s->hn++;
  while (i > 0 && before(s, x, s->heap[(i - 1) / 2])) {
    s->heap[i] = s->heap[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  s->heap[i] = x;
}

static heap_t heap_pop(state_t *s) {
  heap_t top = s->heap[0], x = s->heap[--s->hn];
  size_t i = 0;
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= s->hn) break;
    if (c + 1 < s->hn && before(s, s->heap[c + 1], s->heap[c])) c++;
    if (!before(s, s->heap[c], x)) break;
    s->heap[i] = s->heap[c];
    i = c;
  }
  if (s->hn) s->heap[i] = x;
  return top;
}

/* Pair (a, b) occurs delta more times, in piece w. */
static void pair_add(state_t *s, int32_t a, int32_t b, int64_t delta, int32_t w) {
  int32_t p = pair_get(s, a, b);
  s->pcount.v[p] += delta;
  if (delta > 0) {
    G23_VEC_PUSH(s->ppos[p], w);
    if (s->touch_stamp.v[p] != s->now) {
      s->touch_stamp.v[p] = s->now;
      G23_VEC_PUSH(s->touched, p);
    }
  }
}

/* Merges a, b into z throughout piece w, updating the pair counts. */
static void merge_word(state_t *s, int32_t w, int32_t a, int32_t b, int32_t z) {
  int32_t *sym = s->sym + s->start[w];
  int32_t n = s->len[w], o = 0;
  int64_t c = s->wcount[w];
  for (int32_t r = 0; r < n;) {
    if (r + 1 < n && sym[r] == a && sym[r + 1] == b) {
      if (o > 0) {
        pair_add(s, sym[o - 1], a, -c, w);
        pair_add(s, sym[o - 1], z, c, w);
      }
      if (r + 2 < n) {
        pair_add(s, b, sym[r + 2], -c, w);
        pair_add(s, z, sym[r + 2], c, w);
      }
      pair_add(s, a, b, -c, w);
      sym[o++] = z;
      r += 2;
    } else sym[o++] = sym[r++];
  }
  s->len[w] = o;
}

/* Appends s[0, n) to a JSON string (without quotes). */
static void json_escape(g23_buf_t *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') g23_buf_printf(b, "\\%c", c);
    else if (c < 0x20) g23_buf_printf(b, "\\u%04x", c);
    else g23_buf_append(b, &s[i], 1);
  }
}

/* Appends the GPT-2 characters of bytes s[0, n). */
static void gpt2_chars(g23_buf_t *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char u[4];
    int l = g23_utf8_encode(g23_bpe_char((unsigned char)s[i]), u);
    g23_buf_append(b, u, (size_t)l);
  }
}

static void state_free(state_t *s) {
  free(s->sym), free(s->start), free(s->len), free(s->wcount), free(s->stamp);
  free(s->pkey), free(s->pidx);
  for (int i = 0; i < s->pa.n; i++) G23_VEC_FREE(s->ppos[i]);
  free(s->ppos);
  G23_VEC_FREE(s->pa), G23_VEC_FREE(s->pb), G23_VEC_FREE(s->pcount), G23_VEC_FREE(s->pmerged);
  G23_VEC_FREE(s->touched), G23_VEC_FREE(s->touch_stamp);
  free(s->heap);
}

int g23_bpe_trainer_finish(g23_bpe_trainer_t *tr, g23_buf_t *vocab_json, g23_buf_t *merges_txt, int64_t *npieces,
                           int64_t *nvocab, char *err, size_t errn) {
  strset_t *pc = &tr->pieces;
  state_t s = {0};
  strset_t toks = {0}; /* token bytes -> id */
  int64_t nw = pc->val.n;
  *npieces = nw;
  /* the 256 byte tokens, in GPT-2's order */
  int32_t byte_id[256];
  for (int r = 0; r < 256; r++) {
    int b = 0;
    while (g23_bpe_byte_rank(b) != r) b++;
    char c = (char)b;
    int64_t id = strset_get(&toks, &c, 1, true, NULL);
    G23_ASSERT(id == r);
    byte_id[b] = r;
  }
  /* the pieces as bytes */
  int64_t total = nw ? pc->off.v[nw] : 0;
  s.sym = g23_xmalloc((size_t)(total ? total : 1) * sizeof *s.sym);
  s.start = g23_xmalloc((size_t)(nw ? nw : 1) * sizeof *s.start);
  s.len = g23_xmalloc((size_t)(nw ? nw : 1) * sizeof *s.len);
  s.wcount = g23_xmalloc((size_t)(nw ? nw : 1) * sizeof *s.wcount);
  s.stamp = g23_xcalloc((size_t)(nw ? nw : 1), sizeof *s.stamp);
  for (int64_t w = 0; w < nw; w++) {
    s.start[w] = pc->off.v[w];
    G23_ASSERT(pc->off.v[w + 1] - pc->off.v[w] < INT32_MAX);
    s.len[w] = (int32_t)(pc->off.v[w + 1] - pc->off.v[w]);
    s.wcount[w] = pc->val.v[w];
    for (int64_t i = pc->off.v[w]; i < pc->off.v[w + 1]; i++) s.sym[i] = byte_id[(unsigned char)pc->arena.s[i]];
  }
  s.now = 1;
  for (int64_t w = 0; w < nw; w++) {
    const int32_t *sym = s.sym + s.start[w];
    for (int32_t i = 0; i + 1 < s.len[w]; i++) {
      int32_t p = pair_get(&s, sym[i], sym[i + 1]);
      s.pcount.v[p] += s.wcount[w];
      if (!s.ppos[p].n || s.ppos[p].v[s.ppos[p].n - 1] != (int32_t)w) G23_VEC_PUSH(s.ppos[p], (int32_t)w);
    }
  }
  for (int32_t p = 0; p < s.pa.n; p++)
    if (s.pcount.v[p] > 0) heap_push(&s, s.pcount.v[p], p);
  G23_VEC(int32_t) merges = {0}; /* pairs, two ids each */
  int64_t target = tr->o.vocab_size - tr->o.nspecials;
  g23_buf_t tb = {0};
  while (toks.val.n < target && s.hn > 0) {
    heap_t top = heap_pop(&s);
    int32_t p = top.pair;
    if (s.pmerged.v[p]) continue;
    if (top.count != s.pcount.v[p]) {
      if (s.pcount.v[p] > 0) heap_push(&s, s.pcount.v[p], p);
      continue;
    }
    if (top.count < tr->o.min_frequency) break;
    int32_t a = s.pa.v[p], b = s.pb.v[p];
    tb.len = 0;
    g23_buf_append(&tb, toks.arena.s + toks.off.v[a], (size_t)(toks.off.v[a + 1] - toks.off.v[a]));
    g23_buf_append(&tb, toks.arena.s + toks.off.v[b], (size_t)(toks.off.v[b + 1] - toks.off.v[b]));
    int32_t z = (int32_t)strset_get(&toks, tb.s, tb.len, true, NULL);
    G23_VEC_PUSH(merges, a);
    G23_VEC_PUSH(merges, b);
    s.pmerged.v[p] = 1;
    s.now++;
    s.touched.n = 0;
    /* ppos[p] may grow while it is walked (a piece "a b a b" gains no
     * (a, b), but pair_add may reallocate other lists): take it out first */
    G23_VEC(int32_t) pos = {s.ppos[p].v, s.ppos[p].n, s.ppos[p].cap};
    s.ppos[p].v = NULL, s.ppos[p].n = s.ppos[p].cap = 0;
    for (int i = 0; i < pos.n; i++) {
      int32_t w = pos.v[i];
      if (s.stamp[w] == s.now) continue;
      s.stamp[w] = s.now;
      merge_word(&s, w, a, b, z);
    }
    G23_VEC_FREE(pos);
    G23_VEC_FREE(s.ppos[p]); /* the pieces that gained (a, b) again: never merged again */
    for (int i = 0; i < s.touched.n; i++) {
      int32_t q = s.touched.v[i];
      if (!s.pmerged.v[q] && s.pcount.v[q] > 0) heap_push(&s, s.pcount.v[q], q);
    }
  }
  /* the special tokens come last; none may be a token already */
  int rc = -1;
  int64_t nmade = toks.val.n;
  tb.len = 0;
  for (int64_t i = 0; i < nmade; i++) {
    size_t before = tb.len;
    gpt2_chars(&tb, toks.arena.s + toks.off.v[i], (size_t)(toks.off.v[i + 1] - toks.off.v[i]));
    for (int k = 0; k < tr->o.nspecials; k++)
      if (strlen(tr->o.specials[k]) == tb.len - before && memcmp(tr->o.specials[k], tb.s + before, tb.len - before) == 0) {
        g23_seterr(err, errn, "special token '%s' is also token %lld of the vocabulary; choose another",
                   tr->o.specials[k], (long long)i);
        goto out;
      }
    g23_buf_append(&tb, "", 1); /* names separated by NUL */
  }
  g23_buf_append(vocab_json, "{", 1);
  {
    const char *name = tb.s;
    for (int64_t i = 0; i < nmade; i++) {
      size_t n = strlen(name);
      g23_buf_append(vocab_json, "\"", 1);
      json_escape(vocab_json, name, n);
      g23_buf_printf(vocab_json, "\":%lld,", (long long)i);
      name += n + 1;
    }
  }
  for (int k = 0; k < tr->o.nspecials; k++) {
    g23_buf_append(vocab_json, "\"", 1);
    json_escape(vocab_json, tr->o.specials[k], strlen(tr->o.specials[k]));
    g23_buf_printf(vocab_json, "\":%lld,", (long long)(nmade + k));
  }
  vocab_json->s[vocab_json->len - 1] = '}';
  g23_buf_append(vocab_json, "\n", 1);
  g23_buf_printf(merges_txt, "#version: 0.2\n");
  for (int i = 0; i < merges.n; i += 2) {
    for (int k = 0; k < 2; k++) {
      int32_t id = merges.v[i + k];
      gpt2_chars(merges_txt, toks.arena.s + toks.off.v[id], (size_t)(toks.off.v[id + 1] - toks.off.v[id]));
      g23_buf_append(merges_txt, k ? "\n" : " ", 1);
    }
  }
  *nvocab = nmade + tr->o.nspecials;
  rc = 0;
out:
  g23_buf_free(&tb);
  G23_VEC_FREE(merges);
  strset_free(&toks);
  state_free(&s);
  return rc;
}
