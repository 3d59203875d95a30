/* data.c: training data, the train/validation split and the batch sampler.
 *
 * Text becomes token ids by the run's tokenizer (tok/tok.h): byte-level by
 * default, every byte one token, or BPE (--tokenizer DIR).  A model with one
 * input reads a token stream: text files, encoded once and cached as token
 * shards (tok/shard.h) keyed by the text and the tokenizer, and shards made
 * by gpt23tok, all mapped and read as one concatenated stream.  A
 * classifier reads label<TAB>text lines; a model with several inputs
 * examples, a TAB-separated column per input (data.h, g23_ex_load), each
 * column encoded on its own.  Batches are windows at random starts drawn
 * from the caller's generator; the generator's state is the whole sampler
 * state, which a checkpoint saves.
 */
#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/backend.h"
#include "runtime/cli/checkpoint.h"
#include "runtime/cli/cli.h"
#include "runtime/cli/data.h"
#include "runtime/cli/inputs.h"
#include "runtime/cli/outputs.h"
#include "runtime/cli/rng.h"


/* ---- the run's tokenizer ------------------------------------------------------- */

static const g23_tok_t *bytes_tok(void) {
  static g23_tok_t *b;
  if (!b) b = g23_tok_bytes();
  return b;
}

const g23_tok_t *g23_run_tok(const g23_tok_t *tok) { return tok ? tok : bytes_tok(); }

int g23_encode_text(const g23_tok_t *tok, const char *text, size_t len, g23_ids_t *out, char *err, size_t errn) {
  out->n = 0;
  return g23_tok_encode(g23_run_tok(tok), text, len, false, out, err, errn);
}

int g23_mark_id(const g23_tok_t *tok, int32_t *id, char *err, size_t errn) {
  g23_ids_t ids = {0};
  char mark = G23_EX_MARK;
  int rc = g23_encode_text(tok, &mark, 1, &ids, err, errn);
  if (rc == 0 && ids.n != 1) {
    g23_seterr(err, errn, "the tokenizer encodes the framing newline of examples as %d tokens, not one", ids.n);
    rc = -1;
  }
  if (rc == 0) *id = ids.v[0];
  G23_VEC_FREE(ids);
  return rc;
}

const char *g23_tok_describe(const g23_tok_t *t, char *buf, size_t n) {
  t = g23_run_tok(t);
  if (!g23_tok_dir(t)) snprintf(buf, n, "byte-level");
  else snprintf(buf, n, "%s tokenizer %s", strcmp(g23_tok_kind(t), "bpe") ? g23_tok_kind(t) : "BPE", g23_tok_dir(t));
  return buf;
}

/* The files of a BPE tokenizer directory (tok.h). */
static const char *const tok_files[] = {"vocab.json", "merges.txt"};

int g23_ckpt_tok_init(g23_ckpt_tok_t *r, const g23_tok_t *t, char *err, size_t errn) {
  memset(r, 0, sizeof *r);
  t = g23_run_tok(t);
  r->kind = g23_xstrdup(g23_tok_kind(t));
  r->digest = g23_xstrdup(g23_tok_digest(t));
  char *abs = g23_tok_dir(t) ? realpath(g23_tok_dir(t), NULL) : NULL;
  r->dir = g23_xstrdup(abs ? abs : g23_tok_dir(t) ? g23_tok_dir(t) : "");
  free(abs);
  r->vocab = g23_tok_vocab_size(t);
  if (!g23_tok_dir(t)) return 0;
  for (size_t i = 0; i < sizeof tok_files / sizeof *tok_files; i++) {
    char *path = g23_xasprintf("%s/%s", g23_tok_dir(t), tok_files[i]);
    size_t len;
    char *data = g23_read_file(path, &len);
    if (!data) {
      g23_seterr(err, errn, "%s: cannot read the tokenizer file to keep it in the checkpoint: %s", path,
                 strerror(errno));
      free(path);
      g23_ckpt_tok_free(r);
      return -1;
    }
    free(path);
    r->name[r->nfiles] = g23_xstrdup(tok_files[i]);
    r->data[r->nfiles] = data;
    r->len[r->nfiles++] = len;
  }
  return 0;
}

static int write_tok_files(const g23_ckpt_tok_t *r, const char *dir, char *err, size_t errn) {
  for (int i = 0; i < r->nfiles; i++) {
    char *path = g23_xasprintf("%s/%s", dir, r->name[i]);
    int rc = g23_write_file_atomic(path, r->data[i], r->len[i]);
    if (rc != 0) g23_seterr(err, errn, "%s: %s", path, strerror(errno));
    free(path);
    if (rc != 0) return -1;
  }
  return 0;
}

int g23_ckpt_tok_open(const g23_ckpt_tok_t *r, const char *cache_dir, g23_tok_t **t, char *err, size_t errn) {
  *t = NULL;
  if (!r || !strcmp(r->kind, "bytes")) {
    *t = g23_tok_bytes();
    return 0;
  }
  if (!cache_dir) {
    g23_seterr(err, errn, "no cache directory to unpack the checkpoint's tokenizer into");
    return -1;
  }
  for (const char *c = r->digest; *c; c++)
    if (!(*c >= '0' && *c <= '9') && !(*c >= 'a' && *c <= 'f') && !(*c >= 'A' && *c <= 'F')) {
      g23_seterr(err, errn, "the checkpoint's tokenizer digest '%s' is not hexadecimal", r->digest);
      return -1;
    }
  char *top = g23_xasprintf("%s/tokenizers", cache_dir);
  char *dir = g23_xasprintf("%s/%s", top, r->digest);
  char e[1024] = "";
  int rc = -1;
  if (mkdir(top, 0755) != 0 && errno != EEXIST) {
    g23_seterr(err, errn, "%s: cannot create the tokenizer cache: %s", top, strerror(errno));
  } else if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
    g23_seterr(err, errn, "%s: cannot create the tokenizer cache: %s", dir, strerror(errno));
  } else {
    /* the files are written on every open (atomically, so a reader never
     * sees half of one): the directory holds exactly what was recorded */
    if (write_tok_files(r, dir, e, sizeof e) != 0) {
      g23_seterr(err, errn, "cannot unpack the checkpoint's tokenizer: %s", e);
    } else if (!(*t = g23_tok_load(dir, e, sizeof e))) {
      g23_seterr(err, errn, "the checkpoint's tokenizer does not load: %s", e);
    } else if (strcmp(g23_tok_digest(*t), r->digest) != 0 || g23_tok_vocab_size(*t) != r->vocab) {
      g23_seterr(err, errn, "the checkpoint's tokenizer, unpacked into %s, has digest %s and %lld ids; the checkpoint "
                 "recorded %s and %lld", dir, g23_tok_digest(*t), (long long)g23_tok_vocab_size(*t), r->digest,
                 (long long)r->vocab);
      g23_tok_free(*t);
      *t = NULL;
    } else {
      rc = 0;
    }
  }
  free(top);
  free(dir);
  return rc;
}

int g23_tok_select(const char *dir, const g23_ckpt_t *ck, const char *cache_dir, g23_tok_t **tok, char *err,
                   size_t errn) {
  *tok = NULL;
  char e[1024];
  if (dir) {
    if (!(*tok = g23_tok_load(dir, e, sizeof e))) {
      g23_seterr(err, errn, "--tokenizer %s: %s", dir, e);
      return -1;
    }
    if (ck) {
      const char *want = ck->tok ? ck->tok->digest : "bytes";
      if (strcmp(want, g23_tok_digest(*tok)) != 0) {
        char a[512];
        if (ck->tok && ck->tok->dir[0]) snprintf(a, sizeof a, "the BPE tokenizer of %s", ck->tok->dir);
        else snprintf(a, sizeof a, "byte-level");
        g23_seterr(err, errn, "--tokenizer %s is not the tokenizer the checkpoint was trained with (%s; digest %s, "
                   "this one %s)\n  hint: leave --tokenizer out: the checkpoint keeps its tokenizer", dir, a, want,
                   g23_tok_digest(*tok));
        g23_tok_free(*tok);
        *tok = NULL;
        return -1;
      }
    }
    return 0;
  }
  if (ck && ck->tok) return g23_ckpt_tok_open(ck->tok, cache_dir, tok, err, errn);
  *tok = g23_tok_bytes();
  return 0;
}

int g23_tok_check_model(const g23_tok_t *tok, const g23_plan_t *p, const char *plan_path, char *err, size_t errn) {
  tok = g23_run_tok(tok);
  int64_t vocab = p->classifier ? (int64_t)g23_plan_hparam(p, "vocab", 256) : p->vocab;
  int64_t tv = g23_tok_vocab_size(tok);
  if (!g23_tok_dir(tok)) {
    if (vocab < 256) {
      g23_seterr(err, errn, "%s: the model's vocabulary has %lld tokens, but byte-level text needs 256\n"
                 "  hint: compile the model with a vocab of at least 256 (e.g. gpt23c -D vocab=256)",
                 plan_path, (long long)vocab);
      return -1;
    }
    return 0;
  }
  if (vocab != tv) {
    g23_seterr(err, errn, "%s: the model's vocab is %lld (%s), but the tokenizer %s has %lld tokens\n"
               "  hint: compile the model with gpt23c -D vocab=%lld", plan_path, (long long)vocab,
               p->classifier ? "its hparam vocab" : "the width of its logits", g23_tok_dir(tok), (long long)tv,
               (long long)tv);
    return -1;
  }
  return 0;
}

/* ---- text ------------------------------------------------------------------ */

/* The cached shard of a text file: CACHE/tokens/KEY.tok, KEY a hash of the
 * tokenizer's digest and the text, and the text's length.  The hash is
 * FNV-1a, which a text read in parts feeds part after part (key_start, then
 * g23_fnv1a over each part with the hash so far as the seed). */
static uint64_t key_start(const g23_tok_t *tok) {
  const char *dg = g23_tok_digest(tok);
  return g23_fnv1a(dg, strlen(dg) + 1, G23_FNV_SEED);
}

static char *key_path(const char *cache_dir, uint64_t h, size_t len) {
  return g23_xasprintf("%s/tokens/%016llx-%zu.tok", cache_dir, (unsigned long long)h, len);
}

static char *cache_path(const char *cache_dir, const g23_tok_t *tok, const char *text, size_t len) {
  return key_path(cache_dir, g23_fnv1a(text, len, key_start(tok)), len);
}

/* Opens the cached shard cpath into s when it is there, whole and of tok;
 * warns of one that is damaged (it is then made again). */
static bool open_cached(g23_shard_t *s, const char *cpath, const char *path, const g23_tok_t *tok) {
  if (access(cpath, F_OK) != 0) return false;
  char e[1024];
  if (g23_shard_open(s, cpath, e, sizeof e) == 0) {
    if (s->tokenizer == g23_shard_tokenizer_id(g23_tok_digest(tok)) && s->vocab == g23_tok_vocab_size(tok))
      return true;
    snprintf(e, sizeof e, "made by another tokenizer");
    g23_shard_close(s);
  }
  g23_cli_warning("%s: the cached tokens of %s are damaged (%s); encoding the text again", cpath, path, e);
  return false;
}

/* Adds the shard of one text file to d: the cached one when it is there and
 * whole, else encodes the text and caches it (or, where the cache cannot be
 * written, keeps the ids in memory with a warning). */
static int add_text(g23_text_data_t *d, const char *path, const char *text, size_t len, const g23_tok_t *tok,
                    const char *cache_dir, bool *encoded, char *err, size_t errn) {
  g23_shard_t *s = &d->shards[d->nshards];
  char *cpath = cache_dir ? cache_path(cache_dir, tok, text, len) : NULL;
  uint64_t tid = g23_shard_tokenizer_id(g23_tok_digest(tok));
  *encoded = false;
  if (cpath && open_cached(s, cpath, path, tok)) {
    free(cpath);
    return 0;
  }
  g23_ids_t ids = {0};
  if (g23_encode_text(tok, text, len, &ids, err, errn) != 0) {
    char e[1024];
    snprintf(e, sizeof e, "%s", err);
    g23_seterr(err, errn, "%s: cannot encode the text: %s", path, e);
    free(cpath);
    return -1;
  }
  *encoded = true;
  int rc = -1;
  char e[1024] = "";
  if (cpath) {
    char *dir = g23_xasprintf("%s/tokens", cache_dir);
    if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
      snprintf(e, sizeof e, "%s: %s", dir, strerror(errno));
    } else {
      g23_clean_stale_temps(dir); /* what killed writers left */
      if (g23_shard_write(cpath, g23_tok_vocab_size(tok), tid, ids.v, (size_t)ids.n, e, sizeof e) == 0)
        rc = g23_shard_open(s, cpath, e, sizeof e);
    }
    free(dir);
    if (rc != 0) g23_cli_warning("cannot cache the tokens of %s (%s): keeping them in memory", path, e);
  }
  if (rc != 0) {
    /* the same bytes a cached shard holds, parsed from memory */
    size_t nb = g23_shard_size(g23_tok_vocab_size(tok), (int64_t)ids.n);
    unsigned char *buf = g23_xmalloc(nb);
    g23_shard_build(buf, g23_tok_vocab_size(tok), tid, ids.v, (size_t)ids.n);
    rc = g23_shard_parse(s, path, buf, nb, err, errn);
    if (rc == 0) {
      d->owned[d->nshards] = buf;
    } else {
      free(buf);
    }
  }
  G23_VEC_FREE(ids);
  free(cpath);
  return rc;
}

static int put_ids(void *ctx, const g23_ids_t *ids, bool first, bool last) {
  return g23_shard_writer_put(ctx, ids->v, (size_t)ids->n, NULL, 0) != 0;
}

/* A regular text file with a cache: read in parts, never whole, so that a
 * text larger than memory trains.  A first pass takes its CRC (into d->crc),
 * its cache key and its length; a cached shard of it is mapped, else a
 * second pass encodes it a part at a time (g23_tok_encode_file) into the
 * cache.  Returns 1, with nothing added, where the cache cannot be written
 * (the caller then keeps the ids in memory), 0 when the shard is added, -1
 * with err. */
static int add_text_file(g23_text_data_t *d, const char *path, FILE *f, const g23_tok_t *tok, const char *cache_dir,
                         bool *encoded, size_t *len_out, char *err, size_t errn) {
  enum { PART = 8 << 20 };
  char *buf = g23_xmalloc(PART);
  uint64_t h = key_start(tok);
  uint32_t crc = d->crc; /* chained over the files, as the whole texts were */
  size_t len = 0, got;
  bool nul = false;
  while ((got = fread(buf, 1, PART, f)) > 0) {
    h = g23_fnv1a(buf, got, h);
    crc = g23_crc32(buf, got, crc);
    nul |= memchr(buf, 0, got) != NULL;
    len += got;
  }
  free(buf);
  *encoded = false;
  *len_out = len;
  if (ferror(f)) {
    g23_seterr(err, errn, "%s: cannot read data file: %s", path, strerror(errno));
    return -1;
  }
  if (len == 0) {
    g23_seterr(err, errn, "%s: the data file is empty", path);
    return -1;
  }
  if (nul) g23_cli_warning("%s: contains NUL bytes; is it really text?", path);
  g23_shard_t *s = &d->shards[d->nshards];
  char *cpath = key_path(cache_dir, h, len), *dir = g23_xasprintf("%s/tokens", cache_dir);
  int rc = 1;
  if (open_cached(s, cpath, path, tok)) {
    rc = 0;
  } else if (mkdir(dir, 0755) != 0 && errno != EEXIST) {
    g23_cli_warning("cannot cache the tokens of %s (%s: %s): keeping them in memory", path, dir, strerror(errno));
  } else {
    g23_clean_stale_temps(dir); /* what killed writers left */
    g23_shard_writer_t w;
    char e[1024];
    if (g23_shard_writer_open(&w, cpath, g23_tok_vocab_size(tok), g23_shard_tokenizer_id(g23_tok_digest(tok)), e,
                              sizeof e) != 0) {
      g23_cli_warning("cannot cache the tokens of %s (%s): keeping them in memory", path, e);
    } else {
      rewind(f);
      int r = g23_tok_encode_file(tok, f, false, 0, put_ids, &w, e, sizeof e);
      if (r < 0) {
        g23_shard_writer_abort(&w);
        g23_seterr(err, errn, "%s: cannot encode the text: %s", path, e);
        rc = -1;
      } else if (r > 0 || g23_shard_writer_close(&w, e, sizeof e) != 0) {
        if (r > 0) g23_shard_writer_abort(&w), snprintf(e, sizeof e, "writing %s failed", cpath);
        g23_cli_warning("cannot cache the tokens of %s (%s): keeping them in memory", path, e);
      } else if (g23_shard_open(s, cpath, err, errn) != 0) {
        rc = -1;
      } else {
        rc = 0;
        *encoded = true;
      }
    }
  }
  if (rc == 0) d->crc = crc;
  free(dir);
  free(cpath);
  return rc;
}

/* A shard given as data must hold ids of tok. */
static int check_shard(const g23_shard_t *s, const char *path, const g23_tok_t *tok, char *err, size_t errn) {
  int64_t vocab = g23_tok_vocab_size(tok);
  uint64_t tid = g23_shard_tokenizer_id(g23_tok_digest(tok));
  if (s->vocab == vocab && (!s->tokenizer || s->tokenizer == tid)) return 0;
  char desc[512];
  g23_tok_describe(tok, desc, sizeof desc);
  if (s->vocab != vocab)
    g23_seterr(err, errn, "%s: a token shard of a vocabulary of %lld ids, but the run's tokenizer (%s) has %lld", path,
               (long long)s->vocab, desc, (long long)vocab);
  else
    g23_seterr(err, errn, "%s: a token shard made by another tokenizer than the run's (%s), of the same vocabulary "
               "size", path, desc);
  return -1;
}

int g23_text_load(g23_text_data_t *d, const char *const *paths, int npaths, const g23_tok_t *tok,
                  const char *cache_dir, double val_fraction, int64_t seq, char *err, size_t errn) {
  memset(d, 0, sizeof *d);
  tok = g23_run_tok(tok);
  if (npaths <= 0) {
    g23_seterr(err, errn, "no training data: give --data FILE");
    return -1;
  }
  d->shards = g23_xcalloc((size_t)npaths, sizeof *d->shards);
  d->owned = g23_xcalloc((size_t)npaths, sizeof *d->owned);
  d->start = g23_xcalloc((size_t)npaths + 1, sizeof *d->start);
  int64_t vocab = g23_tok_vocab_size(tok);
  int nencoded = 0, last_encoded = 0;
  int64_t encoded_bytes = 0, encoded_tokens = 0;
  for (int i = 0; i < npaths; i++) {
    /* the magic first: a shard is mapped, never read whole (a pipe is
     * read whole as text: its first bytes cannot be read twice) */
    char head[8];
    size_t nhead = 0;
    struct stat st;
    FILE *f = stat(paths[i], &st) == 0 && S_ISREG(st.st_mode) ? fopen(paths[i], "rb") : NULL;
    if (f) {
      nhead = fread(head, 1, sizeof head, f);
      fclose(f);
    }
    g23_shard_t *s = &d->shards[i];
    if (f && g23_shard_is(head, nhead)) {
      if (g23_shard_open(s, paths[i], err, errn) != 0) goto fail;
      d->nshards++;
      if (check_shard(s, paths[i], tok, err, errn) != 0) goto fail;
      /* the ids' CRC stands for the data */
      d->crc = g23_crc32(s->ids, (size_t)s->count * (size_t)s->width, d->crc);
      d->start[i + 1] = d->start[i] + s->count;
      continue;
    }
    bool streamed = false;
    if (f && cache_dir) {
      /* a regular file with a cache: read in parts, never whole */
      FILE *tf = fopen(paths[i], "rb");
      if (!tf) {
        g23_seterr(err, errn, "%s: cannot read data file: %s", paths[i], strerror(errno));
        goto fail;
      }
      bool encoded;
      size_t tlen;
      int rc = add_text_file(d, paths[i], tf, tok, cache_dir, &encoded, &tlen, err, errn);
      fclose(tf);
      if (rc < 0) goto fail;
      if (rc == 0) {
        d->nshards++;
        if (encoded) {
          nencoded++, encoded_bytes += (int64_t)tlen, encoded_tokens += s->count;
          last_encoded = i;
        }
        d->start[i + 1] = d->start[i] + s->count;
        continue;
      }
      /* the cache cannot be written (said): the ids are kept in memory */
      streamed = true;
    }
    size_t len = 0;
    char *text = g23_read_file(paths[i], &len);
    if (!text) {
      g23_seterr(err, errn, "%s: cannot read data file: %s", paths[i], strerror(errno));
      goto fail;
    }
    if (len == 0) {
      g23_seterr(err, errn, "%s: the data file is empty", paths[i]);
      free(text);
      goto fail;
    }
    if (!streamed && memchr(text, 0, len)) g23_cli_warning("%s: contains NUL bytes; is it really text?", paths[i]);
    d->crc = g23_crc32(text, len, d->crc);
    bool encoded;
    int rc = add_text(d, paths[i], text, len, tok, streamed ? NULL : cache_dir, &encoded, err, errn);
    free(text);
    if (rc != 0) goto fail;
    d->nshards++;
    if (encoded) {
      nencoded++, encoded_bytes += (int64_t)len, encoded_tokens += s->count;
      last_encoded = i;
    }
    d->start[i + 1] = d->start[i] + s->count;
  }
  /* what encoding made, said once (byte-level encoding is no news) */
  if (nencoded && strcmp(g23_tok_kind(tok), "bytes") != 0) {
    const g23_shard_t *s = &d->shards[last_encoded];
    if (nencoded == 1)
      fprintf(stderr, "gpt23run: %s: %lld bytes encoded into %lld tokens%s%s\n", paths[last_encoded],
              (long long)encoded_bytes, (long long)encoded_tokens, s->map ? ", cached in " : "", s->map ? s->path : "");
    else
      fprintf(stderr, "gpt23run: %d text files (%lld bytes) encoded into %lld tokens%s%s%s\n", nencoded,
              (long long)encoded_bytes, (long long)encoded_tokens, s->map ? ", cached in " : "",
              s->map ? cache_dir : "", s->map ? "/tokens" : "");
  }
  d->n = d->start[npaths];
  int64_t need = seq + 1;
  if (d->n < need) {
    g23_seterr(err, errn, "the training data has %lld tokens, fewer than one window of seq + 1 = %lld tokens",
               (long long)d->n, (long long)need);
    goto fail;
  }
  int64_t nval = (int64_t)((double)d->n * val_fraction);
  if (nval > 0 && nval < need) {
    g23_cli_warning("the validation split (%lld tokens) is shorter than one window of %lld tokens; training "
                    "without validation", (long long)nval, (long long)need);
    nval = 0;
  }
  if (d->n - nval < need) {
    g23_cli_warning("the data is too short to hold out a validation split; training without validation");
    nval = 0;
  }
  d->ntrain = d->n - nval;
  /* the bytes of text the validation ids stand for: loss per byte */
  if (nval > 0) {
    int32_t *bytes_of = NULL;
    if (vocab <= (1 << 22)) {
      bytes_of = g23_xmalloc((size_t)vocab * sizeof *bytes_of);
      g23_buf_t b = {0};
      for (int64_t id = 0; id < vocab; id++) {
        b.len = 0;
        g23_tok_decode(tok, (int32_t)id, &b);
        bytes_of[id] = (int32_t)b.len;
      }
      g23_buf_free(&b);
    }
    g23_buf_t b = {0};
    for (int64_t i = d->ntrain; i < d->n; i++) {
      int32_t id = g23_text_token(d, i);
      if (bytes_of) {
        d->val_bytes += bytes_of[id];
      } else {
        b.len = 0;
        g23_tok_decode(tok, id, &b);
        d->val_bytes += (int64_t)b.len;
      }
    }
    g23_buf_free(&b);
    free(bytes_of);
  }
  return 0;
fail:
  g23_text_free(d);
  return -1;
}

void g23_text_free(g23_text_data_t *d) {
  for (int i = 0; i < d->nshards; i++) g23_shard_close(&d->shards[i]);
  for (int i = 0; d->owned && i < d->nshards; i++) free(d->owned[i]);
  free(d->owned);
  free(d->shards);
  free(d->start);
  memset(d, 0, sizeof *d);
}

bool g23_text_has_val(const g23_text_data_t *d) { return d->ntrain < d->n; }

/* The shard that holds token i of the stream. */
static int shard_of(const g23_text_data_t *d, int64_t i) {
  int lo = 0, hi = d->nshards - 1;
  while (lo < hi) {
    int mid = (lo + hi + 1) / 2;
    if (d->start[mid] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

int32_t g23_text_token(const g23_text_data_t *d, int64_t i) {
  int k = shard_of(d, i);
  return g23_shard_get(&d->shards[k], i - d->start[k]);
}

void g23_text_batch(const g23_text_data_t *d, bool val, g23_rng_t *rng, int64_t batch, int64_t seq,
                    int32_t *inputs, int32_t *targets) {
  int64_t lo = val ? d->ntrain : 0, hi = val ? d->n : d->ntrain;
  int64_t starts = hi - lo - seq; /* windows of seq + 1 tokens */
  G23_ASSERT(starts >= 1);
  for (int64_t b = 0; b < batch; b++) {
    int64_t s = lo + (int64_t)g23_rng_below(rng, (uint64_t)starts);
    /* walk the shards from the one holding s: a window may span files */
    int k = shard_of(d, s);
    for (int64_t t = 0; t <= seq; t++) {
      int64_t i = s + t;
      while (i >= d->start[k + 1]) k++;
      int32_t id = g23_shard_get(&d->shards[k], i - d->start[k]);
      if (t < seq) inputs[b * seq + t] = id;
      if (t > 0) targets[b * seq + t - 1] = id;
    }
  }
}

/* ---- classification ------------------------------------------------------- */

int64_t g23_cls_encode(const g23_tok_t *tok, const char *text, size_t len, int64_t seq, int32_t *out, char *err,
                       size_t errn) {
  g23_ids_t ids = {0};
  if (g23_encode_text(tok, text, len, &ids, err, errn) != 0) {
    G23_VEC_FREE(ids);
    return -1;
  }
  for (int64_t t = 0; t < seq; t++) out[t] = t < ids.n ? ids.v[t] : G23_PAD_TOKEN;
  int64_t n = ids.n;
  G23_VEC_FREE(ids);
  return n;
}

static bool parse_int_label(const char *s, size_t n, int64_t *v) {
  if (n == 0 || n > 18) return false;
  int64_t x = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return true;
}

/* Reads a file of examples, one per line: the text (its length in *len),
 * a diagnostics engine holding it as *src so that errors show the line, and
 * its CRC.  NULL with err when it cannot be read or is empty. */
static char *open_examples(const char *path, size_t *len, g23_diag_t *diag, g23_srcfile_t **src, uint32_t *crc,
                           char *err, size_t errn) {
  *len = 0;
  char *text = g23_read_file(path, len);
  if (!text) {
    g23_seterr(err, errn, "%s: cannot read data file: %s", path, strerror(errno));
    return NULL;
  }
  if (*len == 0) {
    free(text);
    g23_seterr(err, errn, "%s: the data file is empty", path);
    return NULL;
  }
  g23_diag_init(diag, stderr);
  char *copy = g23_xmalloc(*len + 1);
  memcpy(copy, text, *len);
  copy[*len] = 0;
  *src = g23_diag_add_file(diag, path, copy, *len);
  *crc = g23_crc32(text, *len, 0);
  return text;
}

/* The order of n examples, shuffled (Fisher-Yates) by seed and a salt of
 * the kind of data, before the train/validation split. */
static int64_t *shuffled(int64_t n, uint64_t seed, uint64_t salt) {
  int64_t *order = g23_xmalloc((size_t)(n ? n : 1) * sizeof *order);
  for (int64_t i = 0; i < n; i++) order[i] = i;
  g23_rng_t r;
  g23_rng_seed(&r, g23_mix64(seed, salt));
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)g23_rng_below(&r, (uint64_t)i + 1);
    int64_t t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/* Examples left for training when val_fraction of n are held out (at
 * least one). */
static int64_t train_count(int64_t n, double val_fraction) {
  int64_t nval = (int64_t)((double)n * val_fraction);
  if (nval >= n) nval = n - 1;
  return n - nval;
}

/* The lines of a file of examples, walked one after another: next_line
 * gives each line that is not blank, [*line, *e) without its newline and a
 * carriage return before it, and its number in w->lineno (1 for the first,
 * blank lines counted); false at the end of the text. */
typedef struct {
  const char *p, *end;
  int lineno;
} line_walk_t;

static bool next_line(line_walk_t *w, const char **line, const char **e) {
  while (w->p < w->end) {
    w->lineno++;
    const char *eol = memchr(w->p, '\n', (size_t)(w->end - w->p));
    if (!eol) eol = w->end;
    *line = w->p;
    *e = eol;
    if (*e > *line && (*e)[-1] == '\r') --*e;
    w->p = eol + 1;
    if (*e > *line) return true; /* blank lines are skipped */
  }
  return false;
}

typedef struct {
  const char *label;
  size_t llen;
  const char *text;
  size_t tlen;
  int line;
} cls_line_t;

int g23_cls_load(g23_cls_data_t *d, const char *path, const g23_tok_t *tok, int64_t seq, int64_t nclasses,
                 char *const *names, int nnames, double val_fraction, uint64_t seed, char *err,
                 size_t errn) {
  memset(d, 0, sizeof *d);
  size_t len;
  g23_diag_t diag;
  g23_srcfile_t *src;
  char *text = open_examples(path, &len, &diag, &src, &d->crc, err, errn);
  if (!text) return -1;

  G23_VEC(cls_line_t) lines = {0};
  line_walk_t w = {text, text + len, 0};
  const char *p, *e;
  while (next_line(&w, &p, &e)) {
    const char *tab = memchr(p, '\t', (size_t)(e - p));
    if (!tab) {
      g23_error(&diag, (g23_loc_t){src, w.lineno, 1, (int)(e - p)},
                "expected 'label<TAB>text', found no TAB on this line");
    } else if (tab == p) {
      g23_error(&diag, (g23_loc_t){src, w.lineno, 1, 1}, "empty label before the TAB");
    } else {
      cls_line_t l = {p, (size_t)(tab - p), tab + 1, (size_t)(e - tab - 1), w.lineno};
      G23_VEC_PUSH(lines, l);
    }
  }
  if (!diag.errors && lines.n == 0)
    g23_error(&diag, g23_noloc, "%s: no examples (expected lines 'label<TAB>text')", path);

  /* Integer labels when every label is an integer and no names are known. */
  bool named = nnames > 0;
  for (int i = 0; i < lines.n && !named; i++) {
    int64_t v;
    if (!parse_int_label(lines.v[i].label, lines.v[i].llen, &v)) named = true;
  }
  G23_VEC(char *) nm = {0};
  for (int i = 0; i < nnames; i++) G23_VEC_PUSH(nm, g23_xstrdup(names[i]));
  int32_t *labels = g23_xcalloc((size_t)lines.n + 1, sizeof *labels);
  for (int i = 0; i < lines.n && !diag.errors; i++) {
    cls_line_t *l = &lines.v[i];
    g23_loc_t loc = {src, l->line, 1, (int)l->llen};
    if (!named) {
      int64_t v = 0;
      parse_int_label(l->label, l->llen, &v);
      if (v >= nclasses) {
        g23_error(&diag, loc, "label %lld is out of range: the model has %lld classes (0..%lld)",
                  (long long)v, (long long)nclasses, (long long)nclasses - 1);
        break;
      }
      labels[i] = (int32_t)v;
      continue;
    }
    int k = 0;
    while (k < nm.n && !(strlen(nm.v[k]) == l->llen && memcmp(nm.v[k], l->label, l->llen) == 0)) k++;
    if (k == nm.n) {
      if (nm.n >= nclasses) {
        g23_error(&diag, loc, "label '%.*s' is class number %d, but the model has only %lld classes",
                  (int)l->llen, l->label, nm.n + 1, (long long)nclasses);
        break;
      }
      G23_VEC_PUSH(nm, g23_xstrndup(l->label, l->llen));
    }
    labels[i] = k;
  }
  if (diag.errors) {
    g23_seterr(err, errn, "%s: invalid classification data (%d error%s above)", path, diag.errors,
           diag.errors == 1 ? "" : "s");
    for (int i = 0; i < nm.n; i++) free(nm.v[i]);
    G23_VEC_FREE(nm);
    free(labels);
    G23_VEC_FREE(lines);
    g23_diag_free(&diag);
    free(text);
    return -1;
  }

  int64_t n = lines.n;
  int64_t *order = shuffled(n, seed, 0x636c73);
  d->n = n;
  d->seq = seq;
  d->tokens = g23_xmalloc((size_t)n * (size_t)seq * sizeof *d->tokens);
  d->labels = g23_xmalloc((size_t)n * sizeof *d->labels);
  for (int64_t i = 0; i < n; i++) {
    cls_line_t *l = &lines.v[order[i]];
    char e[512];
    if (g23_cls_encode(tok, l->text, l->tlen, seq, d->tokens + i * seq, e, sizeof e) < 0) {
      g23_error(&diag, (g23_loc_t){src, l->line, (int)l->llen + 2, l->tlen ? (int)l->tlen : 1}, "%s", e);
      g23_seterr(err, errn, "%s: invalid classification data (1 error above)", path);
      d->n = i;
      free(order);
      free(labels);
      G23_VEC_FREE(lines);
      g23_diag_free(&diag);
      free(text);
      d->names = nm.v;
      d->nnames = nm.n;
      g23_cls_free(d);
      return -1;
    }
    d->labels[i] = labels[order[i]];
  }
  d->ntrain = train_count(n, val_fraction);
  d->named = named;
  d->names = nm.v;
  d->nnames = nm.n;
  free(order);
  free(labels);
  G23_VEC_FREE(lines);
  g23_diag_free(&diag);
  free(text);
  return 0;
}

void g23_cls_free(g23_cls_data_t *d) {
  for (int i = 0; i < d->nnames; i++) free(d->names[i]);
  free(d->names);
  free(d->tokens);
  free(d->labels);
  memset(d, 0, sizeof *d);
}

void g23_cls_batch(const g23_cls_data_t *d, bool val, g23_rng_t *rng, int64_t batch,
                   int32_t *inputs, int32_t *labels) {
  int64_t lo = val ? d->ntrain : 0, hi = val ? d->n : d->ntrain;
  G23_ASSERT(hi > lo);
  for (int64_t b = 0; b < batch; b++) {
    int64_t i = lo + (int64_t)g23_rng_below(rng, (uint64_t)(hi - lo));
    memcpy(inputs + b * d->seq, d->tokens + i * d->seq, (size_t)d->seq * sizeof *inputs);
    labels[b] = d->labels[i];
  }
}

/* ---- examples for several inputs ------------------------------------------ */

int64_t g23_ex_encode_stream(const g23_tok_t *tok, const char *text, size_t len, int64_t seq, int32_t *in,
                             int32_t *tgt, char *err, size_t errn) {
  /* the mark and the text are encoded apart, so that no merge can join the
   * mark to the text's first or last characters */
  int32_t mark;
  g23_ids_t ids = {0};
  if (g23_mark_id(tok, &mark, err, errn) != 0 || g23_encode_text(tok, text, len, &ids, err, errn) != 0) {
    G23_VEC_FREE(ids);
    return -1;
  }
  int64_t n = ids.n;
  if (n + 1 <= seq) {
    /* framed: MARK text MARK; in = all but the last, tgt = all but the first */
    for (int64_t t = 0; t < seq; t++) {
      in[t] = t == 0 ? mark : t <= n ? ids.v[t - 1] : G23_PAD_TOKEN;
      if (tgt) tgt[t] = t < n ? ids.v[t] : t == n ? mark : G23_TARGET_PAD;
    }
  }
  G23_VEC_FREE(ids);
  return n;
}

/* A target column: integers separated by spaces, at most f->tlen[k] of
 * them, each in [0, f->tlimit[k]) or -1, into out (the rest
 * G23_TARGET_PAD).  Errors at the integer, or the column. */
static bool parse_target(g23_diag_t *diag, g23_srcfile_t *src, int lineno, const char *line, const char *c, size_t n,
                         int colno, const g23_inputs_t *f, int k, int32_t *out) {
  const char *name = f->tgt[k]->name, *e = c + n;
  int64_t count = 0, want = f->tlen[k], lim = f->tlimit[k];
  bool scalar = f->tgt[k]->rank == 1;
  for (int64_t i = 0; i < want; i++) out[i] = G23_TARGET_PAD;
  for (const char *q = c;;) {
    while (q < e && *q == ' ') q++;
    if (q == e) break;
    const char *w = q;
    while (q < e && *q != ' ') q++;
    g23_loc_t loc = {src, lineno, (int)(w - line) + 1, (int)(q - w)};
    int64_t v;
    bool neg = *w == '-';
    if (!parse_int_label(w + neg, (size_t)(q - w - neg), &v)) {
      g23_error(diag, loc, "column %d (target '%s'): '%.*s' is not an integer", colno, name, (int)(q - w), w);
      return false;
    }
    if (neg) v = -v;
    if (v != G23_TARGET_PAD && (v < 0 || v >= lim)) {
      g23_error(diag, loc, "column %d (target '%s'): %lld is out of range: the values are 0 to %lld, or -1 (not "
                "counted)", colno, name, (long long)v, (long long)lim - 1);
      return false;
    }
    if (count == want) {
      g23_error(diag, loc, "column %d (target '%s'): more than the %lld integer%s of target '%s'", colno, name,
                (long long)want, want == 1 ? "" : "s", name);
      return false;
    }
    out[count++] = (int32_t)v;
  }
  if (scalar && count == 0) {
    g23_error(diag, (g23_loc_t){src, lineno, (int)(c - line) + 1, 1},
              "column %d (target '%s'): empty; expected one integer", colno, name);
    return false;
  }
  return true;
}

int g23_ex_load(g23_ex_data_t *d, const char *path, const g23_tok_t *tok, const g23_inputs_t *f, double val_fraction, uint64_t seed,
                char *err, size_t errn) {
  memset(d, 0, sizeof *d);
  size_t len;
  g23_diag_t diag;
  g23_srcfile_t *src;
  char *text = open_examples(path, &len, &diag, &src, &d->crc, err, errn);
  if (!text) return -1;
  /* the columns: the inputs, then the targets that are not derived */
  enum { NCOL = G23_MAX_INPUTS + G23_MAX_TARGETS };
  int tcol[G23_MAX_TARGETS], ncols = f->n;
  char names[1024];
  g23_inputs_names(f, names, sizeof names);
  for (int k = 0; k < f->ntargets; k++) {
    tcol[k] = k == f->next ? -1 : ncols++;
    if (k != f->next && strlen(names) + strlen(f->tgt[k]->name) + 3 < sizeof names)
      strcat(strcat(names, ", "), f->tgt[k]->name);
  }

  /* row layout: each input's tokens, then each target's values */
  int64_t off[G23_MAX_INPUTS], toff[G23_MAX_TARGETS];
  d->width = 0;
  for (int k = 0; k < f->n; k++) off[k] = d->width, d->width += f->len[k];
  for (int k = 0; k < f->ntargets; k++) toff[k] = d->width, d->width += f->tlen[k];
  g23_buf_t rows = {0};
  int32_t *row = g23_xmalloc((size_t)d->width * sizeof *row);
  line_walk_t w = {text, text + len, 0};
  const char *line, *e;
  int64_t n = 0;
  while (next_line(&w, &line, &e)) {
    const int lineno = w.lineno;
    const char *col[NCOL + 1];
    size_t clen[NCOL + 1];
    int ncol = 0;
    for (const char *c = line;;) {
      const char *tab = memchr(c, '\t', (size_t)(e - c));
      const char *ce = tab ? tab : e;
      if (ncol <= ncols) col[ncol] = c, clen[ncol] = (size_t)(ce - c);
      ncol++;
      if (!tab) break;
      c = tab + 1;
    }
    if (ncol != ncols) {
      int at = ncol > ncols ? (int)(col[ncols] - line) + 1 : 1;
      g23_error(&diag, (g23_loc_t){src, lineno, at, ncol > ncols ? (int)(e - col[ncols]) : (int)(e - line)},
                "expected %d columns (%s) separated by TABs, found %d", ncols, names, ncol);
      continue;
    }
    bool ok = true;
    for (int k = 0; k < f->n && ok; k++) {
      g23_loc_t loc = {src, lineno, (int)(col[k] - line) + 1, clen[k] ? (int)clen[k] : 1};
      char e[512];
      bool framed = k == f->stream && f->framed;
      int64_t nt = framed ? g23_ex_encode_stream(tok, col[k], clen[k], f->seq, row + off[k], row + toff[f->next], e,
                                                 sizeof e)
                          : g23_cls_encode(tok, col[k], clen[k], f->len[k], row + off[k], e, sizeof e);
      if (nt < 0) {
        g23_error(&diag, loc, "column %d (%s): %s", k + 1, f->in[k]->name, e);
        ok = false;
      } else if (framed && nt + 1 > f->seq) {
        g23_error(&diag, loc, "column %d (%s) has %lld tokens; the stream holds %lld (seq %lld with the framing newline)",
                  k + 1, f->in[k]->name, (long long)nt, (long long)f->seq - 1, (long long)f->seq);
        ok = false;
      } else if (!framed && nt > f->len[k]) {
        g23_error(&diag, loc, "column %d (%s) has %lld tokens, more than the %lld of input '%s'", k + 1,
                  f->in[k]->name, (long long)nt, (long long)f->len[k], f->in[k]->name);
        ok = false;
      }
    }
    for (int k = 0; k < f->ntargets && ok; k++)
      if (tcol[k] >= 0)
        ok = parse_target(&diag, src, lineno, line, col[tcol[k]], clen[tcol[k]], tcol[k] + 1, f, k, row + toff[k]);
    if (!ok) continue;
    g23_buf_append(&rows, row, (size_t)d->width * sizeof *row);
    n++;
  }
  free(row);
  if (!diag.errors && n == 0)
    g23_error(&diag, g23_noloc, "%s: no examples (expected lines of %d TAB-separated columns: %s)", path, ncols,
              names);
  if (diag.errors) {
    g23_seterr(err, errn, "%s: invalid examples (%d error%s above)", path, diag.errors, diag.errors == 1 ? "" : "s");
    g23_buf_free(&rows);
    g23_diag_free(&diag);
    free(text);
    return -1;
  }
  d->rows = g23_xmalloc((size_t)n * (size_t)d->width * sizeof *d->rows);
  int64_t *order = shuffled(n, seed, 0x657873);
  for (int64_t i = 0; i < n; i++)
    memcpy(d->rows + i * d->width, (const int32_t *)(const void *)rows.s + order[i] * d->width,
           (size_t)d->width * sizeof *d->rows);
  d->n = n;
  d->ntrain = train_count(n, val_fraction);
  free(order);
  g23_buf_free(&rows);
  g23_diag_free(&diag);
  free(text);
  return 0;
}

void g23_ex_free(g23_ex_data_t *d) {
  free(d->rows);
  memset(d, 0, sizeof *d);
}

void g23_ex_batch(const g23_ex_data_t *d, const g23_inputs_t *f, bool val, g23_rng_t *rng, int32_t *const *inputs,
                  int32_t *const *targets) {
  int64_t lo = val ? d->ntrain : 0, hi = val ? d->n : d->ntrain;
  G23_ASSERT(hi > lo);
  for (int64_t b = 0; b < f->batch; b++) {
    const int32_t *row = d->rows + (lo + (int64_t)g23_rng_below(rng, (uint64_t)(hi - lo))) * d->width;
    for (int k = 0; k < f->n; k++) {
      memcpy(inputs[k] + b * f->len[k], row, (size_t)f->len[k] * sizeof *row);
      row += f->len[k];
    }
    for (int k = 0; k < f->ntargets; k++) {
      memcpy(targets[k] + b * f->tlen[k], row, (size_t)f->tlen[k] * sizeof *row);
      row += f->tlen[k];
    }
  }
}
