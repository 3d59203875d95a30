/* shard.c: reading (mapped, checked) and writing (streamed, atomic) token
 * shards; the layout is in shard.h. */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tok/shard.h"
#include "util/util.h"

/* header offsets */
enum {
  OFF_VERSION = 8,
  OFF_WIDTH = 12,
  OFF_VOCAB = 16,
  OFF_COUNT = 24,
  OFF_CRC = 32,
  OFF_TOKENIZER = 36,
  OFF_RESERVED = 44,
  OFF_HCRC = 60,
};

static int width_for(int64_t vocab) { return vocab <= G23_SHARD_U16_MAX_VOCAB ? 2 : 4; }

uint64_t g23_shard_tokenizer_id(const char *digest) {
  uint64_t h = g23_fnv1a(digest, strlen(digest), G23_FNV_SEED);
  return h ? h : 1;
}

bool g23_shard_is(const void *head, size_t n) {
  return n >= 8 && memcmp(head, G23_SHARD_MAGIC, 8) == 0;
}

int g23_shard_parse(g23_shard_t *s, const char *name, const void *data, size_t len, char *err, size_t errn) {
  const unsigned char *b = data;
  memset(s, 0, sizeof *s);
  if (len < 8 || memcmp(b, G23_SHARD_MAGIC, 8) != 0) {
    g23_seterr(err, errn, "%s: offset 0: not a token shard (no \"%s\" magic)", name, G23_SHARD_MAGIC);
    return -1;
  }
  if (len < G23_SHARD_HEADER) {
    g23_seterr(err, errn, "%s: truncated token shard: %zu bytes, shorter than the %d-byte header", name, len,
               G23_SHARD_HEADER);
    return -1;
  }
  uint32_t version = g23_le_get32(b + OFF_VERSION);
  if (version != G23_SHARD_VERSION) {
    g23_seterr(err, errn, "%s: offset %d (version): token shard format version %u; this program reads version %u\n"
               "  hint: encode the text again with this gpt23tok (gpt23tok encode DIR --shard OUT FILE...)",
               name, OFF_VERSION, version, G23_SHARD_VERSION);
    return -1;
  }
  uint32_t width = g23_le_get32(b + OFF_WIDTH);
  uint64_t vocab = g23_le_get64(b + OFF_VOCAB), count = g23_le_get64(b + OFF_COUNT);
  if (width != 2 && width != 4) {
    g23_seterr(err, errn, "%s: offset %d (id width): %u, where the format has 2 or 4 bytes", name, OFF_WIDTH, width);
    return -1;
  }
  for (int i = OFF_RESERVED; i < OFF_HCRC; i++)
    if (b[i]) {
      g23_seterr(err, errn, "%s: offset %d (reserved): byte 0x%02x where the format has 0", name, i, b[i]);
      return -1;
    }
  /* the size first: a truncated file is the likeliest damage, and says so */
  size_t body = len - G23_SHARD_HEADER;
  if (count > body / width || count * width != body) {
    g23_seterr(err, errn, "%s: offset %d (count): %llu ids of %u bytes, but the file has %zu bytes of ids%s", name,
               OFF_COUNT, (unsigned long long)count, width, body,
               count > body / width ? " (truncated file)" : " (bytes after the last id)");
    return -1;
  }
  uint32_t hcrc = g23_crc32(b, OFF_HCRC, 0);
  if (g23_le_get32(b + OFF_HCRC) != hcrc) {
    g23_seterr(err, errn, "%s: offset %d (header checksum): %08x, but the header bytes [0, %d) sum to %08x: "
               "the header is damaged", name, OFF_HCRC, g23_le_get32(b + OFF_HCRC), OFF_HCRC, hcrc);
    return -1;
  }
  if (vocab < 1 || vocab > (uint64_t)INT32_MAX + 1 || width != (uint32_t)width_for((int64_t)vocab)) {
    g23_seterr(err, errn, "%s: offset %d (vocab): %llu does not go with ids of %u bytes (a vocabulary of 1 to "
               "65536 has 2, one of up to 2^31 4)", name, OFF_VOCAB, (unsigned long long)vocab, width);
    return -1;
  }
  s->ids = b + G23_SHARD_HEADER;
  s->width = (int)width;
  s->vocab = (int64_t)vocab;
  s->count = (int64_t)count;
  s->tokenizer = g23_le_get64(b + OFF_TOKENIZER);
  /* one pass over the ids: their CRC, and the first id outside the vocabulary */
  uint32_t crc = 0;
  int64_t bad = -1;
  const int64_t chunk = 1 << 16;
  for (int64_t at = 0; at < s->count; at += chunk) {
    int64_t n = s->count - at < chunk ? s->count - at : chunk;
    crc = g23_crc32(s->ids + (size_t)at * width, (size_t)n * width, crc);
    for (int64_t i = at; i < at + n && bad < 0; i++)
      if ((uint64_t)(uint32_t)g23_shard_get(s, i) >= vocab) bad = i;
  }
  if (crc != g23_le_get32(b + OFF_CRC)) {
    g23_seterr(err, errn, "%s: offset %d (ids checksum): %08x, but the ids at [%d, %zu) sum to %08x: the ids are "
               "damaged", name, OFF_CRC, g23_le_get32(b + OFF_CRC), G23_SHARD_HEADER, len, crc);
    return -1;
  }
  if (bad >= 0) {
    g23_seterr(err, errn, "%s: offset %lld (id %lld): %u is outside the vocabulary [0, %llu)", name,
               (long long)(G23_SHARD_HEADER + bad * width), (long long)bad, (uint32_t)g23_shard_get(s, bad),
               (unsigned long long)vocab);
    return -1;
  }
  s->path = g23_xstrdup(name);
  return 0;
}

int g23_shard_open(g23_shard_t *s, const char *path, char *err, size_t errn) {
  memset(s, 0, sizeof *s);
  int fd = open(path, O_RDONLY);
  if (fd < 0) {
    g23_seterr(err, errn, "%s: cannot open the token shard: %s", path, strerror(errno));
    return -1;
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    g23_seterr(err, errn, "%s: not a regular file", path);
    close(fd);
    return -1;
  }
  size_t len = (size_t)st.st_size;
  void *map = NULL;
  if (len > 0) {
    map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
      g23_seterr(err, errn, "%s: cannot map the token shard: %s", path, strerror(errno));
      close(fd);
      return -1;
    }
  }
  close(fd);
  static const char empty[1];
  if (g23_shard_parse(s, path, map ? map : empty, len, err, errn) != 0) {
    if (map) munmap(map, len);
    return -1;
  }
  s->map = map;
  s->maplen = len;
#ifdef MADV_RANDOM
  if (map) madvise(map, len, MADV_RANDOM); /* training reads windows at random starts */
#endif
  return 0;
}

void g23_shard_close(g23_shard_t *s) {
  if (s->map) munmap(s->map, s->maplen);
  free(s->path);
  memset(s, 0, sizeof *s);
}

/* ---- writer ------------------------------------------------------------------ */

int g23_shard_writer_open(g23_shard_writer_t *w, const char *path, int64_t vocab, uint64_t tokenizer, char *err,
                          size_t errn) {
  memset(w, 0, sizeof *w);
  if (vocab < 1 || vocab > (int64_t)INT32_MAX + 1) {
    g23_seterr(err, errn, "%s: a token shard holds a vocabulary of 1 to 2^31 ids, not %lld", path, (long long)vocab);
    return -1;
  }
  w->path = g23_xstrdup(path);
  w->tmp = g23_xasprintf("%s.tmp.%ld", path, (long)getpid());
  w->f = fopen(w->tmp, "wb");
  if (!w->f) {
    g23_seterr(err, errn, "%s: cannot create the token shard: %s", w->tmp, strerror(errno));
    free(w->path);
    free(w->tmp);
    memset(w, 0, sizeof *w);
    return -1;
  }
  w->vocab = vocab;
  w->tokenizer = tokenizer;
  w->width = width_for(vocab);
  static const unsigned char zero[G23_SHARD_HEADER];
  if (fwrite(zero, 1, sizeof zero, w->f) != sizeof zero) w->failed = true; /* the header comes last */
  return 0;
}

int g23_shard_writer_put(g23_shard_writer_t *w, const int32_t *ids, size_t n, char *err, size_t errn) {
  unsigned char buf[4096];
  size_t per = sizeof buf / (size_t)w->width;
  for (size_t at = 0; at < n && !w->failed; at += per) {
    size_t k = n - at < per ? n - at : per;
    for (size_t i = 0; i < k; i++) {
      int32_t id = ids[at + i];
      if (id < 0 || id >= w->vocab) {
        g23_seterr(err, errn, "%s: id %d (the %lld-th) is outside the vocabulary [0, %lld)", w->path, id,
                   (long long)(w->count + (int64_t)(at + i)), (long long)w->vocab);
        w->failed = true;
        return -1;
      }
      for (int j = 0; j < w->width; j++) buf[i * w->width + j] = (unsigned char)((uint32_t)id >> (8 * j));
    }
    w->crc = g23_crc32(buf, k * w->width, w->crc);
    if (fwrite(buf, (size_t)w->width, k, w->f) != k) {
      g23_seterr(err, errn, "%s: cannot write the token shard: %s", w->tmp, strerror(errno));
      w->failed = true;
      return -1;
    }
  }
  if (w->failed) {
    g23_seterr(err, errn, "%s: cannot write the token shard", w->tmp);
    return -1;
  }
  w->count += (int64_t)n;
  return 0;
}

static void writer_free(g23_shard_writer_t *w) {
  free(w->path);
  free(w->tmp);
  memset(w, 0, sizeof *w);
}

void g23_shard_writer_abort(g23_shard_writer_t *w) {
  if (w->f) fclose(w->f);
  if (w->tmp) unlink(w->tmp);
  writer_free(w);
}

static void header(unsigned char *h, int width, int64_t vocab, int64_t count, uint32_t crc, uint64_t tokenizer) {
  memset(h, 0, G23_SHARD_HEADER);
  memcpy(h, G23_SHARD_MAGIC, 8);
  g23_le_put32(h + OFF_VERSION, G23_SHARD_VERSION);
  g23_le_put32(h + OFF_WIDTH, (uint32_t)width);
  g23_le_put64(h + OFF_VOCAB, (uint64_t)vocab);
  g23_le_put64(h + OFF_COUNT, (uint64_t)count);
  g23_le_put32(h + OFF_CRC, crc);
  g23_le_put64(h + OFF_TOKENIZER, tokenizer);
  g23_le_put32(h + OFF_HCRC, g23_crc32(h, OFF_HCRC, 0));
}

size_t g23_shard_size(int64_t vocab, int64_t n) { return G23_SHARD_HEADER + (size_t)n * (size_t)width_for(vocab); }

void g23_shard_build(void *buf, int64_t vocab, uint64_t tokenizer, const int32_t *ids, size_t n) {
  unsigned char *b = buf, *p = b + G23_SHARD_HEADER;
  int width = width_for(vocab);
  for (size_t i = 0; i < n; i++)
    for (int j = 0; j < width; j++) *p++ = (unsigned char)((uint32_t)ids[i] >> (8 * j));
  header(b, width, vocab, (int64_t)n, g23_crc32(b + G23_SHARD_HEADER, n * (size_t)width, 0), tokenizer);
}

int g23_shard_writer_close(g23_shard_writer_t *w, char *err, size_t errn) {
  if (w->failed) {
    g23_shard_writer_abort(w);
    return -1;
  }
  unsigned char h[G23_SHARD_HEADER];
  header(h, w->width, w->vocab, w->count, w->crc, w->tokenizer);
  if (fflush(w->f) != 0 || fseek(w->f, 0, SEEK_SET) != 0 || fwrite(h, 1, sizeof h, w->f) != sizeof h ||
      fflush(w->f) != 0 || fsync(fileno(w->f)) != 0) {
    g23_seterr(err, errn, "%s: cannot write the token shard: %s", w->tmp, strerror(errno));
    g23_shard_writer_abort(w);
    return -1;
  }
  int rc = fclose(w->f);
  w->f = NULL;
  if (rc != 0 || rename(w->tmp, w->path) != 0) {
    g23_seterr(err, errn, "%s: cannot write the token shard: %s", w->path, strerror(errno));
    g23_shard_writer_abort(w);
    return -1;
  }
  g23_fsync_dir(w->path);
  writer_free(w);
  return 0;
}

int g23_shard_write(const char *path, int64_t vocab, uint64_t tokenizer, const int32_t *ids, size_t n, char *err,
                    size_t errn) {
  g23_shard_writer_t w;
  if (g23_shard_writer_open(&w, path, vocab, tokenizer, err, errn) != 0) return -1;
  if (g23_shard_writer_put(&w, ids, n, err, errn) != 0) {
    g23_shard_writer_abort(&w);
    return -1;
  }
  return g23_shard_writer_close(&w, err, errn);
}
