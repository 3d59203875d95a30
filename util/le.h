/* le.h: little-endian integers, the byte order of every binary file gpt23
 * reads or writes (plan, checkpoint, token shard, safetensors).
 *
 * The get/put pair works on raw bytes and does no bounds checking.  The
 * bounded reader (g23_le_reader_t) is the one cursor of the section-based
 * files (plan, checkpoint): every read checks the room left.  A loader that
 * names what is missing checks g23_le_left first, in its own words.  The
 * append functions grow a g23_buf_t.  Decoding by shifts makes the files the
 * same on every host.
 */
#ifndef G23_LE_H
#define G23_LE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "util/util.h"

static inline uint16_t g23_le_get16(const unsigned char *p) { return (uint16_t)(p[0] | (unsigned)p[1] << 8); }
static inline uint32_t g23_le_get32(const unsigned char *p) {
  return p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint64_t g23_le_get64(const unsigned char *p) {
  return g23_le_get32(p) | (uint64_t)g23_le_get32(p + 4) << 32;
}

static inline void g23_le_put32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}
static inline void g23_le_put64(unsigned char *p, uint64_t v) {
  g23_le_put32(p, (uint32_t)v);
  g23_le_put32(p + 4, (uint32_t)(v >> 32));
}

static inline void g23_le_append32(g23_buf_t *b, uint32_t v) {
  unsigned char c[4];
  g23_le_put32(c, v);
  g23_buf_append(b, c, 4);
}
static inline void g23_le_append64(g23_buf_t *b, uint64_t v) {
  unsigned char c[8];
  g23_le_put64(c, v);
  g23_buf_append(b, c, 8);
}
static inline void g23_le_appendf64(g23_buf_t *b, double v) {
  uint64_t u;
  memcpy(&u, &v, 8);
  g23_le_append64(b, u);
}

/* A section of the plan and checkpoint files: u32 tag, u64 length, bytes. */
static inline void g23_le_append_section(g23_buf_t *out, uint32_t tag, const g23_buf_t *body) {
  g23_le_append32(out, tag);
  g23_le_append64(out, body->len);
  if (body->len) g23_buf_append(out, body->s, body->len);
}

/* Bytes [0, n) of p, read from pos on.  A read that does not fit sets failed
 * and returns 0 (g23_le_take NULL), and so does every read after it, so a
 * parser reads a whole record and looks at failed once.  A section is read
 * by narrowing n to its end and restoring it after. */
typedef struct {
  const unsigned char *p;
  size_t n, pos;
  bool failed;
} g23_le_reader_t;

static inline size_t g23_le_left(const g23_le_reader_t *r) { return r->n - r->pos; }
/* The next k bytes, consumed; NULL when fewer are left. */
static inline const unsigned char *g23_le_take(g23_le_reader_t *r, size_t k) {
  if (r->failed || r->n - r->pos < k) {
    r->failed = true;
    return NULL;
  }
  r->pos += k;
  return r->p + r->pos - k;
}
static inline uint32_t g23_le_read32(g23_le_reader_t *r) {
  const unsigned char *q = g23_le_take(r, 4);
  return q ? g23_le_get32(q) : 0;
}
static inline uint64_t g23_le_read64(g23_le_reader_t *r) {
  const unsigned char *q = g23_le_take(r, 8);
  return q ? g23_le_get64(q) : 0;
}
static inline double g23_le_readf64(g23_le_reader_t *r) {
  uint64_t u = g23_le_read64(r);
  double v;
  memcpy(&v, &u, 8);
  return v;
}
static inline float g23_le_readf32(g23_le_reader_t *r) {
  uint32_t u = g23_le_read32(r);
  float v;
  memcpy(&v, &u, 4);
  return v;
}

#endif
