/* pretok.c: GPT-2's byte map, UTF-8, and the PCRE2 pre-tokeniser. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "tok/bpe.h"
#include "util/util.h"

/* The bytes GPT-2 writes as themselves: the printable characters of
 * Latin-1 except the space, and the soft hyphen U+00AD. */
static bool self_printing(int b) { return (b >= '!' && b <= '~') || (b >= 0xa1 && b <= 0xac) || (b >= 0xae); }

/* The tables, built on first use (a benign race: every thread computes the
 * same values). */
static uint16_t char_of[256];
static int16_t byte_of[0x144];
static uint8_t rank_of[256];
static volatile int tables_ready;

static void build_tables(void) {
  if (tables_ready) return;
  int k = 0; /* the other bytes, in order, take U+0100 onwards */
  for (int b = 0; b < 256; b++) char_of[b] = self_printing(b) ? (uint16_t)b : (uint16_t)(0x100 + k++);
  for (int c = 0; c < 0x144; c++) byte_of[c] = -1;
  for (int b = 0; b < 256; b++) byte_of[char_of[b]] = (int16_t)b;
  int r = 0;
  for (int c = 0; c < 0x144; c++)
    if (byte_of[c] >= 0) rank_of[byte_of[c]] = (uint8_t)r++;
  tables_ready = 1;
}

uint32_t g23_bpe_char(int b) {
  build_tables();
  return char_of[b & 0xff];
}

int g23_bpe_byte(uint32_t c) {
  build_tables();
  return c < 0x144 ? byte_of[c] : -1;
}

int g23_bpe_byte_rank(int b) {
  build_tables();
  return rank_of[b & 0xff];
}

int32_t g23_utf8_decode(const unsigned char *s, size_t n, int *len) {
  unsigned c = s[0];
  int need;
  uint32_t cp, min;
  if (c < 0x80) return *len = 1, (int32_t)c;
  if (c >= 0xc2 && c < 0xe0) need = 1, cp = c & 0x1f, min = 0x80;
  else if (c >= 0xe0 && c < 0xf0) need = 2, cp = c & 0x0f, min = 0x800;
  else if (c >= 0xf0 && c < 0xf5) need = 3, cp = c & 0x07, min = 0x10000;
  else return -1;
  if ((size_t)need >= n) return -1;
  for (int i = 1; i <= need; i++) {
    if ((s[i] & 0xc0) != 0x80) return -1;
    cp = cp << 6 | (s[i] & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000)) return -1;
  *len = need + 1;
  return (int32_t)cp;
}

int g23_utf8_encode(uint32_t c, char *out) {
  unsigned char *o = (unsigned char *)out;
  if (c < 0x80) return o[0] = (unsigned char)c, 1;
  if (c < 0x800) return o[0] = (unsigned char)(0xc0 | c >> 6), o[1] = (unsigned char)(0x80 | (c & 0x3f)), 2;
  if (c < 0x10000) {
    o[0] = (unsigned char)(0xe0 | c >> 12), o[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
    o[2] = (unsigned char)(0x80 | (c & 0x3f));
    return 3;
  }
  o[0] = (unsigned char)(0xf0 | c >> 18), o[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
  o[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f)), o[3] = (unsigned char)(0x80 | (c & 0x3f));
  return 4;
}

struct g23_pretok {
  pcre2_code *re;
};

static const char gpt2_pattern[] =
    "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

g23_pretok_t *g23_pretok_new(char *err, size_t errn) {
  int code;
  PCRE2_SIZE off;
  pcre2_code *re = pcre2_compile((PCRE2_SPTR)gpt2_pattern, PCRE2_ZERO_TERMINATED,
                                 PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &code, &off, NULL);
  if (!re) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(code, msg, sizeof msg);
    g23_seterr(err, errn, "pcre2_compile of GPT-2's pattern: %s (PCRE2 10.34 or later is needed)", (char *)msg);
    return NULL;
  }
  /* The JIT is an optimisation: without it (a platform it does not support)
   * the interpreter gives the same matches. */
  (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
  g23_pretok_t *p = g23_xcalloc(1, sizeof *p);
  p->re = re;
  return p;
}

void g23_pretok_free(g23_pretok_t *p) {
  if (!p) return;
  pcre2_code_free(p->re);
  free(p);
}

int g23_pretok_split(const g23_pretok_t *p, const char *text, size_t len, g23_piece_fn *fn, void *ctx, char *err,
                     size_t errn) {
  if (len == 0) return 0;
  pcre2_match_data *md = pcre2_match_data_create_from_pattern(p->re, NULL);
  if (!md) G23_ASSERT(!"pcre2_match_data_create_from_pattern: out of memory");
  const PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
  size_t at = 0;
  int rc = 0;
  while (at < len) {
    int m = pcre2_match(p->re, (PCRE2_SPTR)text, len, at, 0, md, NULL);
    size_t start, end;
    if (m == PCRE2_ERROR_NOMATCH) start = end = len; /* only invalid bytes are left */
    else if (m < 0) {
      PCRE2_UCHAR msg[256];
      pcre2_get_error_message(m, msg, sizeof msg);
      g23_seterr(err, errn, "pre-tokenising at byte %zu: %s", at, (char *)msg);
      rc = -1;
      break;
    } else {
      start = ov[0], end = ov[1];
      G23_ASSERT(end > start && start >= at);
    }
    /* What the match skipped is invalid UTF-8: one piece. */
    if (start > at && (rc = fn(ctx, text + at, start - at)) != 0) break;
    if (end > start && (rc = fn(ctx, text + start, end - start)) != 0) break;
    at = end;
  }
  pcre2_match_data_free(md);
  return rc;
}
