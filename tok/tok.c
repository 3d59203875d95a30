/* tok.c: the tokenizer interface, the byte-level tokenizer and GPT-2's
 * byte-level BPE.
 *
 * vocab.json is parsed with Jansson: gpt23run and gpt23plot already link it,
 * Debian maintains it, and it reports the line and column of a JSON error.
 *
 * Which vocabulary entries are special: those that BPE cannot produce, that
 * is every entry that is neither one of the 256 one-byte tokens nor the
 * result of a merge (GPT-2's <|endoftext|>, and the special tokens a trainer
 * adds before or after the merges).  A special token stands for its text as
 * written in vocab.json (UTF-8), is read in text only when the caller asks,
 * and decodes to that text.
 */
#include <errno.h>
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "tok/bpe.h"
#include "tok/tok.h"

/* The encoding cache: pieces already merged, so that the common words of a
 * text are merged once.  Open addressing over FNV-1a hashes; keys and ids in
 * two arenas.  When it holds CACHE_MAX pieces it is emptied and refilled. */
#define CACHE_MAX (1 << 18)
#define CACHE_PIECE_MAX 256 /* longer pieces are merged every time */
typedef struct {
  uint64_t hash;
  uint32_t key, klen, ids, nids; /* offsets into the arenas; klen 0: empty */
} cache_slot_t;

struct g23_tok {
  const char *kind;
  int64_t vocab;
  char *dir;
  char digest[65];
  /* BPE */
  g23_pretok_t *pre;
  char *bytes;      /* the bytes of token i: bytes[off[i], off[i + 1]) */
  int64_t *off;
  char **name;      /* token i as written in vocab.json */
  bool *special;
  int32_t byte_id[256];
  /* the merges: (a, b) -> rank, result; open addressing on a key never 0 */
  uint64_t *mkey;
  int32_t *mrank, *mres;
  size_t mcap;
  int nspecial;
  int32_t *specials; /* their ids, longest text first */
  bool special_first[256];
  g23_strmap_t special_ids;
  /* the cache, behind a lock: encode takes a const tokenizer and may be
   * called from several threads */
  pthread_mutex_t lock;
  bool lock_made;
  cache_slot_t *cache;
  size_t ccap, cn;
  g23_buf_t ckeys;
  g23_ids_t cids;
};

g23_tok_t *g23_tok_bytes(void) {
  g23_tok_t *t = g23_xcalloc(1, sizeof *t);
  t->kind = "bytes";
  t->vocab = 256;
  strcpy(t->digest, "bytes");
  return t;
}

/* ---- the merge table ---- */

static uint64_t pair_key(int32_t a, int32_t b) { return ((uint64_t)(uint32_t)a + 1) << 32 | (uint32_t)(b + 1); }

static size_t pair_slot(const g23_tok_t *t, uint64_t key) {
  size_t mask = t->mcap - 1, i = (size_t)(key * 0x9e3779b97f4a7c15ull >> 20) & mask;
  while (t->mkey[i] && t->mkey[i] != key) i = (i + 1) & mask;
  return i;
}

/* The rank of merging a then b, or -1 when no merge joins them. */
static inline int32_t merge_rank(const g23_tok_t *t, int32_t a, int32_t b, int32_t *res) {
  size_t i = pair_slot(t, pair_key(a, b));
  if (!t->mkey[i]) return -1;
  *res = t->mres[i];
  return t->mrank[i];
}

/* ---- loading ---- */

static char *path_in(const char *dir, const char *file) { return g23_xasprintf("%s/%s", dir, file); }

/* The bytes a token's GPT-2 characters stand for; -1 when a character is not
 * one of them. */
static int token_bytes(const char *name, g23_buf_t *out) {
  const unsigned char *s = (const unsigned char *)name;
  size_t n = strlen(name);
  for (size_t i = 0; i < n;) {
    int l;
    int32_t c = g23_utf8_decode(s + i, n - i, &l);
    int b = c < 0 ? -1 : g23_bpe_byte((uint32_t)c);
    if (b < 0) return -1;
    char ch = (char)b;
    g23_buf_append(out, &ch, 1);
    i += (size_t)l;
  }
  return 0;
}

static int load_vocab(g23_tok_t *t, const char *path, const char *text, size_t len, g23_strmap_t *ids, char *err,
                      size_t errn) {
  json_error_t je;
  json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
  if (!root) {
    g23_seterr(err, errn, "%s:%d:%d: %s", path, je.line, je.column, je.text);
    return -1;
  }
  int rc = -1;
  if (!json_is_object(root)) {
    g23_seterr(err, errn, "%s: not a JSON object (token -> id)", path);
    goto out;
  }
  size_t n = json_object_size(root);
  if (n == 0 || n > INT32_MAX) {
    g23_seterr(err, errn, "%s: %zu tokens", path, n);
    goto out;
  }
  t->vocab = (int64_t)n;
  t->name = g23_xcalloc(n, sizeof *t->name);
  const char *key;
  json_t *val;
  json_object_foreach(root, key, val) {
    json_int_t id = json_is_integer(val) ? json_integer_value(val) : -1;
    if (!json_is_integer(val) || id < 0 || (size_t)id >= n) {
      g23_seterr(err, errn, "%s: token '%s': the id must be an integer in [0, %zu) (ids are 0..N-1 for N tokens)",
                 path, key, n);
      goto out;
    }
    if (!*key) {
      g23_seterr(err, errn, "%s: the empty string is not a token (id %lld)", path, (long long)id);
      goto out;
    }
    if (t->name[id]) {
      g23_seterr(err, errn, "%s: id %lld is given to both '%s' and '%s'", path, (long long)id, t->name[id], key);
      goto out;
    }
    t->name[id] = g23_xstrdup(key);
  }
  /* n distinct ids in [0, n): every id has its token */
  for (size_t i = 0; i < n; i++) g23_strmap_put(ids, t->name[i], (int)i);
  rc = 0;
out:
  json_decref(root);
  return rc;
}

static void merge_put(g23_tok_t *t, size_t slot, uint64_t key, int32_t rank, int32_t res) {
  t->mkey[slot] = key;
  t->mrank[slot] = rank;
  t->mres[slot] = res;
}

static int load_merges(g23_tok_t *t, const char *path, char *text, size_t len, const g23_strmap_t *ids,
                       bool *merged, char *err, size_t errn) {
  size_t lines = 1;
  for (size_t i = 0; i < len; i++) lines += text[i] == '\n';
  t->mcap = 64;
  while (t->mcap < 2 * lines) t->mcap *= 2;
  t->mkey = g23_xcalloc(t->mcap, sizeof *t->mkey);
  t->mrank = g23_xmalloc(t->mcap * sizeof *t->mrank);
  t->mres = g23_xmalloc(t->mcap * sizeof *t->mres);
  int32_t rank = 0;
  int line = 0;
  g23_buf_t both = {0};
  int rc = -1;
  for (char *p = text, *end = text + len; p < end;) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    char *e = nl ? nl : end;
    line++;
    char *next = nl ? nl + 1 : end;
    if (e > p && e[-1] == '\r') e--;
    *e = 0;
    if ((line == 1 && strncmp(p, "#version", 8) == 0) || e == p) { /* the header; blank lines */
      p = next;
      continue;
    }
    char *sp = strchr(p, ' ');
    if (!sp || sp == p || !sp[1] || strchr(sp + 1, ' ')) {
      g23_seterr(err, errn, "%s:%d: '%s' is not two tokens separated by one space", path, line, p);
      goto out;
    }
    *sp = 0;
    const char *a = p, *b = sp + 1;
    both.len = 0;
    g23_buf_printf(&both, "%s%s", a, b);
    int ia = g23_strmap_get(ids, a), ib = g23_strmap_get(ids, b), ir = g23_strmap_get(ids, both.s);
    if (ia < 0 || ib < 0 || ir < 0) {
      g23_seterr(err, errn, "%s:%d: '%s %s': '%s' is not in the vocabulary", path, line, a, b,
                 ia < 0 ? a : ib < 0 ? b : both.s);
      goto out;
    }
    uint64_t key = pair_key(ia, ib);
    size_t slot = pair_slot(t, key);
    if (t->mkey[slot]) {
      g23_seterr(err, errn, "%s:%d: '%s %s' is merged already (rank %d)", path, line, a, b, t->mrank[slot]);
      goto out;
    }
    merge_put(t, slot, key, rank++, ir);
    merged[ir] = true;
    p = next;
  }
  rc = 0;
out:
  g23_buf_free(&both);
  return rc;
}

/* Orders the special tokens longest text first, so that the longest one
 * written at a place is read there (insertion sort: there are few). */
static void sort_specials(g23_tok_t *t) {
  for (int i = 1; i < t->nspecial; i++) {
    int32_t x = t->specials[i];
    int64_t lx = t->off[x + 1] - t->off[x];
    int j = i;
    for (; j > 0 && t->off[t->specials[j - 1] + 1] - t->off[t->specials[j - 1]] < lx; j--)
      t->specials[j] = t->specials[j - 1];
    t->specials[j] = x;
  }
}

static void digest(g23_tok_t *t, const char *v, size_t vn, const char *m, size_t mn) {
  /* FNV-1a 64 over both files, each preceded by its length in decimal (the
   * same digest on every machine): no library gpt23 links offers a
   * cryptographic hash, and the digest only has to tell tokenizers apart,
   * not resist forgery. */
  char len[32];
  int l = snprintf(len, sizeof len, "%zu:", vn);
  uint64_t h = g23_fnv1a(len, (size_t)l, G23_FNV_SEED);
  h = g23_fnv1a(v, vn, h);
  l = snprintf(len, sizeof len, "%zu:", mn);
  h = g23_fnv1a(len, (size_t)l, h);
  h = g23_fnv1a(m, mn, h);
  snprintf(t->digest, sizeof t->digest, "%016llx", (unsigned long long)h);
}

g23_tok_t *g23_tok_load(const char *dir, char *err, size_t errn) {
  char *vpath = path_in(dir, "vocab.json"), *mpath = path_in(dir, "merges.txt");
  size_t vn = 0, mn = 0;
  char *vtext = NULL, *mtext = NULL;
  g23_strmap_t ids = {0};
  bool *merged = NULL;
  g23_buf_t tb = {0};
  g23_tok_t *t = g23_xcalloc(1, sizeof *t);
  t->kind = "bpe";
  pthread_mutex_init(&t->lock, NULL);
  t->lock_made = true;
  bool ok = false;
  if (!(vtext = g23_read_file(vpath, &vn))) {
    g23_seterr(err, errn, "%s: %s", vpath, strerror(errno));
    goto out;
  }
  if (!(mtext = g23_read_file(mpath, &mn))) {
    g23_seterr(err, errn, "%s: %s", mpath, strerror(errno));
    goto out;
  }
  digest(t, vtext, vn, mtext, mn);
  if (load_vocab(t, vpath, vtext, vn, &ids, err, errn) != 0) goto out;
  int64_t n = t->vocab;
  merged = g23_xcalloc((size_t)n, sizeof *merged);
  if (load_merges(t, mpath, mtext, mn, &ids, merged, err, errn) != 0) goto out;
  /* The bytes of every token, and which are special. */
  t->off = g23_xmalloc((size_t)(n + 1) * sizeof *t->off);
  t->special = g23_xcalloc((size_t)n, sizeof *t->special);
  for (int b = 0; b < 256; b++) t->byte_id[b] = -1;
  for (int64_t i = 0; i < n; i++) {
    t->off[i] = (int64_t)tb.len;
    size_t before = tb.len;
    int one_char = 0;
    {
      int l;
      size_t nl = strlen(t->name[i]);
      one_char = nl > 0 && g23_utf8_decode((const unsigned char *)t->name[i], nl, &l) >= 0 && (size_t)l == nl;
    }
    if (one_char && token_bytes(t->name[i], &tb) == 0) {
      t->byte_id[(unsigned char)tb.s[before]] = (int32_t)i;
    } else if (merged[i]) {
      if (token_bytes(t->name[i], &tb) != 0) {
        g23_seterr(err, errn, "%s: token '%s' (id %lld), made by a merge, has a character that stands for no byte",
                   vpath, t->name[i], (long long)i);
        goto out;
      }
    } else {
      tb.len = before;
      g23_buf_append(&tb, t->name[i], strlen(t->name[i]));
      t->special[i] = true;
      t->nspecial++;
    }
  }
  t->off[n] = (int64_t)tb.len;
  t->bytes = tb.s;
  tb.s = NULL;
  for (int b = 0; b < 256; b++)
    if (t->byte_id[b] < 0) {
      char c[5] = {0};
      g23_utf8_encode(g23_bpe_char(b), c);
      g23_seterr(err, errn, "%s: no token for byte 0x%02x ('%s'): every byte needs one", vpath, b, c);
      goto out;
    }
  t->specials = g23_xmalloc((size_t)(t->nspecial ? t->nspecial : 1) * sizeof *t->specials);
  int k = 0;
  for (int64_t i = 0; i < n; i++)
    if (t->special[i]) {
      t->specials[k++] = (int32_t)i;
      t->special_first[(unsigned char)t->bytes[t->off[i]]] = true;
      g23_strmap_put(&t->special_ids, t->name[i], (int)i);
    }
  sort_specials(t);
  if (!(t->pre = g23_pretok_new(err, errn))) goto out;
  t->dir = g23_xstrdup(dir);
  ok = true;
out:
  free(vpath), free(mpath), free(vtext), free(mtext), free(merged);
  g23_buf_free(&tb);
  g23_strmap_free(&ids);
  if (!ok) {
    g23_tok_free(t);
    return NULL;
  }
  return t;
}

void g23_tok_free(g23_tok_t *t) {
  if (!t) return;
  if (t->name)
    for (int64_t i = 0; i < t->vocab; i++) free(t->name[i]);
  free(t->name);
  free(t->bytes), free(t->off), free(t->special), free(t->specials);
  free(t->mkey), free(t->mrank), free(t->mres);
  g23_strmap_free(&t->special_ids);
  g23_pretok_free(t->pre);
  if (t->lock_made) pthread_mutex_destroy(&t->lock);
  free(t->cache);
  g23_buf_free(&t->ckeys);
  G23_VEC_FREE(t->cids);
  free(t->dir);
  free(t);
}

int64_t g23_tok_vocab_size(const g23_tok_t *t) { return t->vocab; }
const char *g23_tok_kind(const g23_tok_t *t) { return t->kind; }
const char *g23_tok_digest(const g23_tok_t *t) { return t->digest; }
const char *g23_tok_dir(const g23_tok_t *t) { return t->dir; }

/* ---- encoding ---- */

/* BPE on one piece: its bytes' tokens, then, while two neighbours can be
 * merged, the merge of lowest rank, at every place it applies (left to
 * right), as GPT-2's bpe() does: a round per rank. */
static void bpe_short(const g23_tok_t *t, int32_t *s, size_t m, g23_ids_t *out) {
  while (m > 1) {
    int32_t best = INT32_MAX, ba = 0, bb = 0, bres = 0, res;
    for (size_t i = 0; i + 1 < m; i++) {
      int32_t r = merge_rank(t, s[i], s[i + 1], &res);
      if (r >= 0 && r < best) best = r, ba = s[i], bb = s[i + 1], bres = res;
    }
    if (best == INT32_MAX) break;
    size_t o = 0;
    for (size_t i = 0; i < m;) {
      if (i + 1 < m && s[i] == ba && s[i + 1] == bb) s[o++] = bres, i += 2;
      else s[o++] = s[i++];
    }
    m = o;
  }
  for (size_t i = 0; i < m; i++) G23_VEC_PUSH(*out, s[i]);
}

/* The same rounds for a long piece (a long run of letters or digits), in
 * O(n log n) rather than O(n) per round: the tokens in a linked list, the
 * places where a merge applies in a min-heap by (rank, place).  A round
 * pops every entry of the lowest rank, in place order, merging those still
 * valid; the pairs the round forms join the heap only when it ends, so that
 * a lower rank they bring waits for the next round, as above. */
typedef struct {
  int32_t rank, at;
} place_t;

static bool place_before(place_t x, place_t y) { return x.rank != y.rank ? x.rank < y.rank : x.at < y.at; }

static void place_push(place_t *h, size_t *n, place_t x) {
  size_t i = (*n)++;
  while (i > 0 && place_before(x, h[(i - 1) / 2])) {
    h[i] = h[(i - 1) / 2];
    i = (i - 1) / 2;
  }
  h[i] = x;
}

static place_t place_pop(place_t *h, size_t *n) {
  place_t top = h[0], x = h[--*n];
  size_t i = 0;
  for (;;) {
    size_t c = 2 * i + 1;
    if (c >= *n) break;
    if (c + 1 < *n && place_before(h[c + 1], h[c])) c++;
    if (!place_before(h[c], x)) break;
    h[i] = h[c];
    i = c;
  }
  if (*n) h[i] = x;
  return top;
}

static void bpe_long(const g23_tok_t *t, int32_t *s, size_t n, g23_ids_t *out) {
  G23_ASSERT(n < INT32_MAX / 3);
  int32_t *prev = g23_xmalloc(n * sizeof *prev), *next = g23_xmalloc(n * sizeof *next);
  /* every merge removes a token and forms two pairs at most: 3n entries */
  place_t *heap = g23_xmalloc(3 * n * sizeof *heap), *pending = g23_xmalloc(2 * n * sizeof *pending);
  size_t hn = 0, pn = 0;
  int32_t res = 0;
  for (size_t i = 0; i < n; i++) {
    prev[i] = (int32_t)i - 1;
    next[i] = i + 1 < n ? (int32_t)i + 1 : -1;
    int32_t r = i + 1 < n ? merge_rank(t, s[i], s[i + 1], &res) : -1;
    if (r >= 0) place_push(heap, &hn, (place_t){r, (int32_t)i});
  }
  while (hn > 0) {
    int32_t round = heap[0].rank;
    while (hn > 0 && heap[0].rank == round) {
      int32_t i = place_pop(heap, &hn).at, j = next[i];
      if (s[i] < 0 || j < 0 || merge_rank(t, s[i], s[j], &res) != round) continue; /* stale */
      s[i] = res;
      s[j] = -1;
      next[i] = next[j];
      if (next[j] >= 0) prev[next[j]] = i;
      int32_t r;
      if (prev[i] >= 0 && (r = merge_rank(t, s[prev[i]], s[i], &res)) >= 0) pending[pn++] = (place_t){r, prev[i]};
      if (next[i] >= 0 && (r = merge_rank(t, s[i], s[next[i]], &res)) >= 0) pending[pn++] = (place_t){r, i};
    }
    for (size_t k = 0; k < pn; k++) place_push(heap, &hn, pending[k]);
    pn = 0;
  }
  for (int32_t i = 0; i >= 0; i = next[i]) G23_VEC_PUSH(*out, s[i]);
  free(prev), free(next), free(heap), free(pending);
}

#define BPE_SHORT_MAX 64 /* longer pieces take the heap */

static void bpe_piece(const g23_tok_t *t, const char *piece, size_t n, g23_ids_t *out) {
  int32_t stack[BPE_SHORT_MAX], *s = n <= BPE_SHORT_MAX ? stack : g23_xmalloc(n * sizeof *s);
  for (size_t i = 0; i < n; i++) s[i] = t->byte_id[(unsigned char)piece[i]];
  if (n <= BPE_SHORT_MAX) bpe_short(t, s, n, out);
  else bpe_long(t, s, n, out);
  if (s != stack) free(s);
}

static void cache_clear(g23_tok_t *t) {
  memset(t->cache, 0, t->ccap * sizeof *t->cache);
  t->cn = 0;
  t->ckeys.len = 0;
  t->cids.n = 0;
}

typedef struct {
  g23_tok_t *t;
  g23_ids_t *out;
} enc_ctx_t;

static int encode_piece(void *ctx, const char *piece, size_t n) {
  enc_ctx_t *c = ctx;
  g23_tok_t *t = c->t;
  if (n == 1) {
    G23_VEC_PUSH(*c->out, t->byte_id[(unsigned char)piece[0]]);
    return 0;
  }
  if (n > CACHE_PIECE_MAX) {
    bpe_piece(t, piece, n, c->out);
    return 0;
  }
  if (!t->cache) {
    t->ccap = 2 * CACHE_MAX;
    t->cache = g23_xcalloc(t->ccap, sizeof *t->cache);
  }
  uint64_t h = g23_fnv1a(piece, n, G23_FNV_SEED);
  size_t mask = t->ccap - 1, i = (size_t)h & mask;
  for (cache_slot_t *e; (e = &t->cache[i])->klen; i = (i + 1) & mask)
    if (e->hash == h && e->klen == n && memcmp(t->ckeys.s + e->key, piece, n) == 0) {
      for (uint32_t k = 0; k < e->nids; k++) G23_VEC_PUSH(*c->out, t->cids.v[e->ids + k]);
      return 0;
    }
  int first = c->out->n;
  bpe_piece(t, piece, n, c->out);
  if (t->cn >= CACHE_MAX || t->ckeys.len + n > UINT32_MAX / 2 || t->cids.n > INT32_MAX / 2) {
    cache_clear(t);
    for (i = (size_t)h & mask; t->cache[i].klen; i = (i + 1) & mask) {}
  }
  cache_slot_t *e = &t->cache[i];
  e->hash = h;
  e->key = (uint32_t)t->ckeys.len;
  e->klen = (uint32_t)n;
  e->ids = (uint32_t)t->cids.n;
  e->nids = (uint32_t)(c->out->n - first);
  g23_buf_append(&t->ckeys, piece, n);
  for (int k = first; k < c->out->n; k++) G23_VEC_PUSH(t->cids, c->out->v[k]);
  t->cn++;
  return 0;
}

static int encode_text(g23_tok_t *t, const char *text, size_t len, g23_ids_t *out, char *err, size_t errn) {
  enc_ctx_t c = {t, out};
  return g23_pretok_split(t->pre, text, len, encode_piece, &c, err, errn);
}

int g23_tok_encode(const g23_tok_t *ct, const char *text, size_t len, bool specials, g23_ids_t *out, char *err,
                   size_t errn) {
  if (!ct->pre) {
    for (size_t i = 0; i < len; i++) G23_VEC_PUSH(*out, (int32_t)(unsigned char)text[i]);
    return 0;
  }
  if (len == 0) return 0;
  g23_tok_t *t = (g23_tok_t *)ct; /* the cache, under its lock */
  pthread_mutex_lock(&t->lock);
  int rc = 0;
  size_t from = 0;
  if (specials && t->nspecial)
    for (size_t i = 0; i < len && rc == 0;) {
      int32_t hit = -1;
      if (t->special_first[(unsigned char)text[i]])
        for (int k = 0; k < t->nspecial && hit < 0; k++) {
          int32_t id = t->specials[k];
          size_t n = (size_t)(t->off[id + 1] - t->off[id]);
          if (n <= len - i && memcmp(text + i, t->bytes + t->off[id], n) == 0) hit = id;
        }
      if (hit < 0) {
        i++;
        continue;
      }
      /* the text before it is cut as a whole text, as Hugging Face does */
      rc = encode_text(t, text + from, i - from, out, err, errn);
      G23_VEC_PUSH(*out, hit);
      i += (size_t)(t->off[hit + 1] - t->off[hit]);
      from = i;
    }
  if (rc == 0) rc = encode_text(t, text + from, len - from, out, err, errn);
  pthread_mutex_unlock(&t->lock);
  return rc;
}

static bool graphic(unsigned char c) { return c > ' ' && c < 0x7f; }

size_t g23_tok_cut(const g23_tok_t *t, const char *text, size_t len) {
  for (int k = 0; k < t->nspecial; k++) {
    int32_t id = t->specials[k];
    if (memchr(t->bytes + t->off[id], '\n', (size_t)(t->off[id + 1] - t->off[id]))) return 0;
  }
  for (size_t i = len; i-- > 2;)
    if (text[i - 1] == '\n' && graphic((unsigned char)text[i]) && graphic((unsigned char)text[i - 2])) return i;
  return 0;
}

int g23_tok_encode_file(const g23_tok_t *t, FILE *f, bool specials, size_t part,
                        int (*put)(void *ctx, const g23_ids_t *ids, bool first, bool last), void *ctx, char *err,
                        size_t errn) {
  size_t cap = part ? part : G23_TOK_PART, n = 0;
  char *buf = g23_xmalloc(cap);
  bool first = true, eof = false;
  int rc = 0;
  while (rc == 0) {
    while (!eof && n < cap) {
      size_t got = fread(buf + n, 1, cap - n, f);
      n += got;
      if (got == 0) eof = true;
    }
    if (ferror(f)) {
      g23_seterr(err, errn, "%s", strerror(errno));
      rc = -1;
      break;
    }
    size_t cut = eof ? n : g23_tok_cut(t, buf, n);
    if (!eof && cut == 0) { /* no place to cut yet: read on */
      buf = g23_xrealloc(buf, cap *= 2);
      continue;
    }
    g23_ids_t ids = {0};
    rc = g23_tok_encode(t, buf, cut, specials, &ids, err, errn);
    if (rc == 0) rc = put(ctx, &ids, first, eof);
    G23_VEC_FREE(ids);
    first = false;
    if (eof) break;
    memmove(buf, buf + cut, n - cut);
    n -= cut;
  }
  free(buf);
  return rc;
}

/* ---- decoding ---- */

int g23_tok_decode(const g23_tok_t *t, int32_t id, g23_buf_t *out) {
  if (id < 0 || id >= t->vocab) return -1;
  if (!t->pre) {
    char c = (char)id;
    g23_buf_append(out, &c, 1);
    return 0;
  }
  g23_buf_append(out, t->bytes + t->off[id], (size_t)(t->off[id + 1] - t->off[id]));
  return 0;
}

int32_t g23_tok_special(const g23_tok_t *t, const char *name) {
  return t->pre ? g23_strmap_get(&t->special_ids, name) : -1;
}

bool g23_tok_is_special(const g23_tok_t *t, int32_t id) { return t->pre && id >= 0 && id < t->vocab && t->special[id]; }

const char *g23_tok_name(const g23_tok_t *t, int32_t id) {
  return t->pre && id >= 0 && id < t->vocab ? t->name[id] : NULL;
}
