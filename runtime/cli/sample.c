/* sample.c: choosing the next token, and streaming whole UTF-8 characters. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cli/rng.h"
#include "runtime/cli/sample.h"
#include "util/util.h"

int64_t g23_argmax_prob(const float *logits, int64_t n, double *prob) {
  int64_t best = 0;
  for (int64_t i = 1; i < n; i++)
    if (logits[i] > logits[best] || (isnan(logits[best]) && !isnan(logits[i]))) best = i;
  if (prob) {
    double m = logits[best], z = 0;
    for (int64_t i = 0; i < n; i++) z += isnan(logits[i]) ? 0 : exp((double)logits[i] - m);
    *prob = z > 0 && isfinite(z) ? 1.0 / z : 0;
  }
  return best;
}

typedef struct {
  double p;
  int64_t i;
} cand_t;

static int cmp_cand(const void *a, const void *b) {
  const cand_t *x = a, *y = b;
  if (x->p != y->p) return x->p < y->p ? 1 : -1;
  return (x->i > y->i) - (x->i < y->i); /* ties: lower index first, deterministic */
}

int64_t g23_sample_token(const float *logits, int64_t vocab, double temperature, int64_t top_k,
                         double top_p, g23_rng_t *rng) {
  if (temperature <= 0) return g23_argmax_prob(logits, vocab, NULL);
  cand_t *c = g23_xmalloc((size_t)vocab * sizeof *c);
  double m = -INFINITY;
  for (int64_t i = 0; i < vocab; i++)
    if (isfinite(logits[i]) && logits[i] > m) m = logits[i];
  if (!isfinite(m)) { /* no finite logit: nothing to sample from */
    free(c);
    return g23_argmax_prob(logits, vocab, NULL);
  }
  double z = 0;
  for (int64_t i = 0; i < vocab; i++) {
    c[i].i = i;
    c[i].p = isfinite(logits[i]) ? exp(((double)logits[i] - m) / temperature) : 0;
    z += c[i].p;
  }
  qsort(c, (size_t)vocab, sizeof *c, cmp_cand);
  int64_t n = vocab;
  if (top_k > 0 && top_k < n) n = top_k;
  double kept = 0;
  for (int64_t i = 0; i < n; i++) kept += c[i].p;
  if (top_p < 1) {
    double acc = 0;
    for (int64_t i = 0; i < n; i++) {
      acc += c[i].p;
      if (acc >= top_p * kept) {
        n = i + 1;
        kept = acc;
        break;
      }
    }
  }
  (void)z;
  double u = g23_rng_double(rng) * kept, acc = 0;
  int64_t pick = c[n - 1].i;
  for (int64_t i = 0; i < n; i++) {
    acc += c[i].p;
    if (u < acc) {
      pick = c[i].i;
      break;
    }
  }
  free(c);
  return pick;
}

/* ---- UTF-8 holder ------------------------------------------------------------- */

/* Length of the character a lead byte starts (0: not a lead byte). */
static int lead_len(unsigned char c) {
  if (c < 0x80) return 1;
  if (c >= 0xc2 && c <= 0xdf) return 2;
  if (c >= 0xe0 && c <= 0xef) return 3;
  if (c >= 0xf0 && c <= 0xf4) return 4;
  return 0;
}

/* Whether c may follow the held bytes (overlongs and surrogates excluded). */
static bool continues(const g23_utf8_t *u, unsigned char c) {
  if ((c & 0xc0) != 0x80) return false;
  if (u->n == 1) {
    unsigned char l = u->b[0];
    if (l == 0xe0 && c < 0xa0) return false;
    if (l == 0xed && c > 0x9f) return false;
    if (l == 0xf0 && c < 0x90) return false;
    if (l == 0xf4 && c > 0x8f) return false;
  }
  return true;
}

int g23_utf8_push(g23_utf8_t *u, unsigned char c, unsigned char *out) {
  int n = 0;
  if (u->n > 0) {
    if (continues(u, c)) {
      u->b[u->n++] = c;
      if (u->n < u->need) return 0;
      memcpy(out, u->b, (size_t)u->n);
      n = u->n;
      u->n = 0;
      return n;
    }
    /* the held bytes can never complete: pass them through as they are */
    memcpy(out, u->b, (size_t)u->n);
    n = u->n;
    u->n = 0;
  }
  int len = lead_len(c);
  if (len <= 1) {
    out[n++] = c;
    return n;
  }
  u->b[0] = c;
  u->n = 1;
  u->need = len;
  return n;
}

int g23_utf8_flush(g23_utf8_t *u, unsigned char *out) {
  int n = u->n;
  memcpy(out, u->b, (size_t)n);
  u->n = 0;
  return n;
}

bool g23_utf8_allows(const g23_utf8_t *u, unsigned char c) {
  return u->n > 0 ? continues(u, c) : lead_len(c) > 0;
}

void g23_utf8_mask(const g23_utf8_t *u, float *logits, int64_t vocab, int64_t room) {
  for (int64_t i = 0; i < vocab; i++)
    if (i > 255 || !g23_utf8_allows(u, (unsigned char)i) || (u->n == 0 && lead_len((unsigned char)i) > room))
      logits[i] = -INFINITY;
}

/* ---- text to a terminal ------------------------------------------------------- */

static size_t put_hex(const unsigned char *s, size_t n, char *out) {
  static const char hex[] = "0123456789abcdef";
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    out[k++] = '\\', out[k++] = 'x';
    out[k++] = hex[s[i] >> 4], out[k++] = hex[s[i] & 15];
  }
  return k;
}

size_t g23_escape_controls(const unsigned char *s, size_t n, char *out) {
  size_t k = 0, i = 0;
  while (i < n) {
    unsigned char c = s[i];
    int len = lead_len(c);
    if (len == 1) {
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) k += put_hex(s + i, 1, out + k);
      else out[k++] = (char)c;
      i++;
      continue;
    }
    /* a whole valid character, or the one byte that does not start one */
    g23_utf8_t u = {{c}, 1, len};
    int m = 1;
    while (len > 1 && m < len && i + (size_t)m < n && continues(&u, s[i + m])) u.b[u.n++] = s[i + m], m++;
    if (len <= 1 || m < len) {
      k += put_hex(s + i, 1, out + k);
      i++;
    } else if (c == 0xc2 && s[i + 1] < 0xa0) { /* C1 controls U+0080-U+009F */
      k += put_hex(s + i, 2, out + k);
      i += 2;
    } else {
      memcpy(out + k, s + i, (size_t)len);
      k += (size_t)len;
      i += (size_t)len;
    }
  }
  return k;
}

static void textout_emit(g23_textout_t *o, const unsigned char *s, size_t n) {
  if (!n) return;
  if (o->escape) {
    char buf[64];
    fwrite(buf, 1, g23_escape_controls(s, n, buf), o->f);
  } else {
    fwrite(s, 1, n, o->f);
  }
}

void g23_textout_write(g23_textout_t *o, const unsigned char *s, size_t n) {
  unsigned char buf[8];
  for (size_t i = 0; i < n; i++) textout_emit(o, buf, (size_t)g23_utf8_push(&o->u, s[i], buf));
  fflush(o->f);
}

void g23_textout_end(g23_textout_t *o) {
  unsigned char buf[8];
  textout_emit(o, buf, (size_t)g23_utf8_flush(&o->u, buf));
  fflush(o->f);
}
