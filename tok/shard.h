/* shard.h: token shards, files of token ids made once and read many times.
 *
 * A shard holds the ids of a text encoded by one tokenizer, so that training
 * does not encode its data again on every run (gpt23tok encode --shard, and
 * gpt23run's cache of encoded text files).  It is read through a mapping,
 * never into memory whole.
 *
 * File layout, little-endian, a 64-byte header then the ids:
 *
 *   offset  size  field
 *        0     8  magic "G23TOKS\0"
 *        8     4  version (G23_SHARD_VERSION)
 *       12     4  id width in bytes: 2 (u16) when vocab <= 65536, else 4 (u32)
 *       16     8  vocab: the tokenizer's number of ids; every id is below it
 *       24     8  count: the number of ids
 *       32     4  CRC-32 (IEEE, util/util.h) of the id bytes [64, 64 + count * width)
 *       36     8  tokenizer: FNV-1a 64 of the digest of the tokenizer that made
 *                  the ids (tok.h, g23_tok_digest), 0 when not known
 *       44    16  reserved, zero
 *       60     4  CRC-32 of the header bytes [0, 60)
 *       64        count ids of `width` bytes each
 *
 * The file is exactly 64 + count * width bytes.  Opening checks every field,
 * then streams once over the mapped ids to check their CRC and that each
 * lies below vocab, every time a shard is opened (a pass at memory speed,
 * small next to training on it): a truncated or damaged shard is refused
 * with the file and the offset or field at fault, never trained on.
 *
 * The writer streams ids into PATH.tmp.PID and renames it over PATH once
 * the header is final and the data are on disk (fsync), so a shard that
 * exists is whole.
 */
#ifndef G23_SHARD_H
#define G23_SHARD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util/le.h"

#define G23_SHARD_MAGIC "G23TOKS"
#define G23_SHARD_VERSION 1u
#define G23_SHARD_HEADER 64
/* The largest vocab whose ids fit in 16 bits. */
#define G23_SHARD_U16_MAX_VOCAB 65536

/* An open shard: the ids of a mapped file (or of a buffer the caller owns,
 * for g23_shard_parse). */
typedef struct {
  char *path;               /* for messages */
  void *map;                /* the mapping (NULL when parsed from a buffer) */
  size_t maplen;
  const unsigned char *ids; /* count ids of width bytes, little-endian */
  int width;                /* 2 or 4 */
  int64_t vocab, count;
  uint64_t tokenizer;       /* g23_shard_tokenizer_id of the maker, or 0 */
} g23_shard_t;

/* What a shard records of the tokenizer with digest d (tok.h): FNV-1a 64 of
 * the digest string, never 0. */
uint64_t g23_shard_tokenizer_id(const char *digest);

/* Whether the first n bytes of a file start with the shard magic: what tells
 * a shard from a text file. */
bool g23_shard_is(const void *head, size_t n);

/* Maps and checks path (the layout above).  -1 with err naming the file and
 * the offset or field at fault. */
int g23_shard_open(g23_shard_t *s, const char *path, char *err, size_t errn);
/* The same checks on data[0, len) (which must outlive s); name is used in
 * messages. */
int g23_shard_parse(g23_shard_t *s, const char *name, const void *data, size_t len, char *err, size_t errn);
void g23_shard_close(g23_shard_t *s);

/* The id at i (0 <= i < count). */
static inline int32_t g23_shard_get(const g23_shard_t *s, int64_t i) {
  const unsigned char *p = s->ids + (size_t)i * (size_t)s->width;
  return s->width == 2 ? (int32_t)g23_le_get16(p) : (int32_t)g23_le_get32(p);
}

/* A shard being written. */
typedef struct {
  char *path, *tmp;
  FILE *f;
  int64_t vocab, count;
  uint64_t tokenizer;
  int width;
  uint32_t crc;
  bool failed;
} g23_shard_writer_t;

/* Creates PATH.tmp.PID for a shard of ids below vocab (1 <= vocab <= 2^31)
 * made by the tokenizer tokenizer (g23_shard_tokenizer_id, or 0). */
int g23_shard_writer_open(g23_shard_writer_t *w, const char *path, int64_t vocab, uint64_t tokenizer, char *err,
                          size_t errn);
/* Appends n ids; an id outside [0, vocab) is an error (nothing is written
 * when the writer is then closed). */
int g23_shard_writer_put(g23_shard_writer_t *w, const int32_t *ids, size_t n, char *err, size_t errn);
/* Writes the header, syncs and renames the file into place; on any earlier
 * failure removes the temporary file instead and returns -1. */
int g23_shard_writer_close(g23_shard_writer_t *w, char *err, size_t errn);
/* Removes the temporary file. */
void g23_shard_writer_abort(g23_shard_writer_t *w);

/* The bytes of a shard of n ids of vocab, and the shard itself written into
 * buf (that many bytes; every id in [0, vocab)). */
size_t g23_shard_size(int64_t vocab, int64_t n);
void g23_shard_build(void *buf, int64_t vocab, uint64_t tokenizer, const int32_t *ids, size_t n);

/* All of ids[0, n) as one shard at path. */
int g23_shard_write(const char *path, int64_t vocab, uint64_t tokenizer, const int32_t *ids, size_t n, char *err,
                    size_t errn);

#endif
