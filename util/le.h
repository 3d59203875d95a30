/* le.h: little-endian integers, the byte order of every binary file gpt23
 * reads or writes (plan, checkpoint, token shard, safetensors).
 *
 * The get/put pair works on raw bytes and does no bounds checking: each
 * reader checks the room left in its own terms (and reports it in its own
 * words) before it decodes.  The append functions grow a g23_buf_t.
 * Decoding by shifts makes the files the same on every host.
 */
#ifndef G23_LE_H
#define G23_LE_H

#include <stdint.h>
#include <string.h>

#include "util.h"

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

#endif
