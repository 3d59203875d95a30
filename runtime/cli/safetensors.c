/* safetensors.c: the safetensors format, written and strictly read.
 *
 * Layout: u64 little-endian header length N, N bytes of JSON (padded with
 * spaces), then the data buffer.  The header maps each tensor name to
 * {"dtype", "shape", "data_offsets": [begin, end)} relative to the buffer,
 * plus an optional "__metadata__" map of strings.  The reader checks what the
 * reference implementation checks: the header size limit, JSON syntax, known
 * dtypes, end - begin == numel * dtype size (overflow-checked), entries that
 * tile the buffer from 0 without gaps or overlaps, and a buffer that ends
 * exactly at the end of the file.  The JSON parser is small and bounded: it
 * accepts exactly the structure above.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cli/safetensors.h"
#include "util/le.h"


static const struct {
  const char *name;
  int size;
} dtypes[] = {
    {"BOOL", 1}, {"U8", 1},  {"I8", 1},  {"F8_E5M2", 1}, {"F8_E4M3", 1}, {"I16", 2},
    {"U16", 2},  {"F16", 2}, {"BF16", 2}, {"I32", 4},    {"U32", 4},     {"F32", 4},
    {"I64", 8},  {"U64", 8}, {"F64", 8},
};

static int dtype_size(const char *name) {
  for (size_t i = 0; i < sizeof dtypes / sizeof *dtypes; i++)
    if (strcmp(dtypes[i].name, name) == 0) return dtypes[i].size;
  return 0;
}

/* ---- conversion to f32 ---------------------------------------------------------- */

/* IEEE binary16: 1 sign, 5 exponent (bias 15), 10 mantissa bits.  Every
 * value is exact in binary32: subnormals (exponent 0) are m * 2^-24,
 * infinities stay infinite, a NaN keeps its payload (quiet bit included). */
float g23_f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h >> 15) << 31, e = (h >> 10) & 0x1f, m = h & 0x3ff, bits;
  if (e == 0) {
    float v = (float)m * 0x1p-24f; /* zero or subnormal: exact */
    memcpy(&bits, &v, 4);
    bits |= sign;
  } else if (e == 31) {
    bits = sign | 0x7f800000u | m << 13; /* inf (m = 0) or NaN */
  } else {
    bits = sign | (e + 112) << 23 | m << 13; /* rebias 15 -> 127 */
  }
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

/* bfloat16 is the top half of a binary32: exact, NaN and inf included. */
float g23_bf16_to_f32(uint16_t h) {
  uint32_t bits = (uint32_t)h << 16;
  float f;
  memcpy(&f, &bits, 4);
  return f;
}

bool g23_st_f32_convertible(const char *dtype) {
  return !strcmp(dtype, "F32") || !strcmp(dtype, "F16") || !strcmp(dtype, "BF16");
}

int g23_st_to_f32(const g23_st_tensor_t *t, float *out) {
  const unsigned char *d = t->data;
  if (!strcmp(t->dtype, "F32")) {
    if (t->nbytes) memcpy(out, d, (size_t)t->nbytes);
    return 0;
  }
  bool half = !strcmp(t->dtype, "F16");
  if (!half && strcmp(t->dtype, "BF16")) return -1;
  for (int64_t i = 0; i < t->nbytes / 2; i++) {
    uint16_t h = g23_le_get16(d + 2 * i); /* little endian, as the file */
    out[i] = half ? g23_f16_to_f32(h) : g23_bf16_to_f32(h);
  }
  return 0;
}

/* ---- writer ---------------------------------------------------------------- */

static void put_json_string(g23_buf_t *b, const char *s) {
  g23_buf_append(b, "\"", 1);
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\')
      g23_buf_printf(b, "\\%c", *p);
    else if (*p < 0x20)
      g23_buf_printf(b, "\\u%04x", *p);
    else
      g23_buf_append(b, p, 1);
  }
  g23_buf_append(b, "\"", 1);
}

int g23_st_serialize(const g23_st_tensor_t *t, int n, char **data, size_t *len) {
  g23_buf_t h = {0};
  g23_buf_printf(&h, "{\"__metadata__\":{\"format\":\"pt\",\"producer\":\"gpt23\"}");
  int64_t off = 0;
  for (int i = 0; i < n; i++) {
    g23_buf_append(&h, ",", 1);
    put_json_string(&h, t[i].name);
    g23_buf_printf(&h, ":{\"dtype\":\"%s\",\"shape\":[", t[i].dtype[0] ? t[i].dtype : "F32");
    for (int k = 0; k < t[i].rank; k++)
      g23_buf_printf(&h, "%s%lld", k ? "," : "", (long long)t[i].shape[k]);
    g23_buf_printf(&h, "],\"data_offsets\":[%lld,%lld]}", (long long)off,
                   (long long)(off + t[i].nbytes));
    off += t[i].nbytes;
  }
  g23_buf_append(&h, "}", 1);
  while (h.len % 8) g23_buf_append(&h, " ", 1);
  size_t total = 8 + h.len + (size_t)off;
  char *out = g23_xmalloc(total ? total : 1);
  g23_le_put64((unsigned char *)out, h.len);
  memcpy(out + 8, h.s, h.len);
  char *q = out + 8 + h.len;
  for (int i = 0; i < n; i++) {
    if (t[i].nbytes) memcpy(q, t[i].data, (size_t)t[i].nbytes);
    q += t[i].nbytes;
  }
  g23_buf_free(&h);
  *data = out;
  *len = total;
  return 0;
}

int g23_st_write(const char *path, const g23_st_tensor_t *t, int n, char *err, size_t errn) {
  char *data;
  size_t len;
  g23_st_serialize(t, n, &data, &len);
  int rc = g23_write_file_atomic(path, data, len);
  if (rc != 0) g23_seterr(err, errn, "%s: cannot write: %s", path, strerror(errno));
  free(data);
  return rc;
}

/* ---- JSON header parser ------------------------------------------------------ */

typedef struct {
  const char *p, *end, *start;
  char *err;
  size_t errn;
  bool failed;
} json_t;

static void jfail(json_t *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void jfail(json_t *j, const char *fmt, ...) {
  if (j->failed) return;
  j->failed = true;
  char prefix[80];
  snprintf(prefix, sizeof prefix, "invalid safetensors header at byte %lld of the JSON", (long long)(j->p - j->start));
  va_list ap;
  va_start(ap, fmt);
  g23_vseterr(j->err, j->errn, prefix, fmt, ap);
  va_end(ap);
}

static void jws(json_t *j) {
  while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r')) j->p++;
}

static bool jchar(json_t *j, char c) {
  jws(j);
  if (j->p < j->end && *j->p == c) {
    j->p++;
    return true;
  }
  return false;
}

static void jexpect(json_t *j, char c) {
  if (!jchar(j, c)) {
    if (j->p < j->end)
      jfail(j, "expected '%c', found '%c'", c, *j->p);
    else
      jfail(j, "expected '%c', found the end of the header", c);
  }
}

static void put_utf8(g23_buf_t *b, uint32_t cp) {
  unsigned char o[4];
  int n;
  if (cp < 0x80) o[0] = (unsigned char)cp, n = 1;
  else if (cp < 0x800) o[0] = 0xc0 | (cp >> 6), o[1] = 0x80 | (cp & 0x3f), n = 2;
  else if (cp < 0x10000)
    o[0] = 0xe0 | (cp >> 12), o[1] = 0x80 | ((cp >> 6) & 0x3f), o[2] = 0x80 | (cp & 0x3f), n = 3;
  else
    o[0] = 0xf0 | (cp >> 18), o[1] = 0x80 | ((cp >> 12) & 0x3f), o[2] = 0x80 | ((cp >> 6) & 0x3f),
    o[3] = 0x80 | (cp & 0x3f), n = 4;
  g23_buf_append(b, o, (size_t)n);
}

static int hex4(json_t *j, uint32_t *v) {
  if (j->end - j->p < 4) return -1;
  *v = 0;
  for (int i = 0; i < 4; i++) {
    char c = j->p[i];
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    *v = *v << 4 | (uint32_t)d;
  }
  j->p += 4;
  return 0;
}

/* A string into a fresh heap copy (NUL-terminated; embedded NULs refused). */
static char *jstring(json_t *j) {
  jws(j);
  if (j->p >= j->end || *j->p != '"') {
    jfail(j, "expected a string");
    return NULL;
  }
  j->p++;
  g23_buf_t b = {0};
  while (j->p < j->end && *j->p != '"') {
    unsigned char c = (unsigned char)*j->p++;
    if (c < 0x20) {
      jfail(j, "control character in a string");
      break;
    }
    if (c != '\\') {
      g23_buf_append(&b, &c, 1);
      continue;
    }
    if (j->p >= j->end) break;
    char e = *j->p++;
    uint32_t cp;
    switch (e) {
    case '"': case '\\': case '/': g23_buf_append(&b, &e, 1); break;
    case 'b': g23_buf_append(&b, "\b", 1); break;
    case 'f': g23_buf_append(&b, "\f", 1); break;
    case 'n': g23_buf_append(&b, "\n", 1); break;
    case 'r': g23_buf_append(&b, "\r", 1); break;
    case 't': g23_buf_append(&b, "\t", 1); break;
    case 'u':
      if (hex4(j, &cp) != 0) {
        jfail(j, "bad \\u escape");
        break;
      }
      if (cp >= 0xd800 && cp < 0xdc00) {
        uint32_t lo;
        if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u' || (j->p += 2, hex4(j, &lo) != 0) ||
            lo < 0xdc00 || lo >= 0xe000) {
          jfail(j, "unpaired surrogate in a \\u escape");
          break;
        }
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
      } else if (cp >= 0xdc00 && cp < 0xe000) {
        jfail(j, "unpaired surrogate in a \\u escape");
        break;
      }
      if (cp == 0) {
        jfail(j, "NUL character in a string");
        break;
      }
      put_utf8(&b, cp);
      break;
    default: jfail(j, "unknown escape '\\%c'", e);
    }
    if (j->failed) break;
  }
  if (!j->failed && j->p >= j->end) jfail(j, "unterminated string");
  if (j->failed) {
    g23_buf_free(&b);
    return NULL;
  }
  j->p++; /* closing quote */
  g23_buf_append(&b, "", 1);
  return b.s;
}

/* A non-negative integer (no sign, fraction or exponent), below 2^53. */
static int64_t juint(json_t *j) {
  jws(j);
  const char *s = j->p;
  int64_t v = 0;
  while (j->p < j->end && *j->p >= '0' && *j->p <= '9') {
    if (v > (((int64_t)1 << 53) - 1 - (*j->p - '0')) / 10) {
      jfail(j, "integer too large");
      return -1;
    }
    v = v * 10 + (*j->p++ - '0');
  }
  if (j->p == s) {
    jfail(j, "expected a non-negative integer");
    return -1;
  }
  if (j->p - s > 1 && *s == '0') {
    jfail(j, "leading zero in an integer");
    return -1;
  }
  if (j->p < j->end && (*j->p == '.' || *j->p == 'e' || *j->p == 'E')) {
    jfail(j, "expected an integer, found a fraction or exponent");
    return -1;
  }
  return v;
}

static bool key_seen(char **keys, int n, const char *k) {
  for (int i = 0; i < n; i++)
    if (strcmp(keys[i], k) == 0) return true;
  return false;
}

/* "__metadata__": {"k": "v", ...} */
static void jmetadata(json_t *j) {
  jexpect(j, '{');
  if (jchar(j, '}')) return;
  do {
    free(jstring(j));
    jexpect(j, ':');
    free(jstring(j));
    if (j->failed) return;
  } while (jchar(j, ','));
  jexpect(j, '}');
}

typedef struct {
  int64_t begin, end;
} span_t;

/* One entry: {"dtype": "F32", "shape": [...], "data_offsets": [b, e]} */
static void jentry(json_t *j, g23_st_tensor_t *t, span_t *off) {
  bool has_dtype = false, has_shape = false, has_off = false;
  jexpect(j, '{');
  if (!jchar(j, '}')) {
    do {
      char *k = jstring(j);
      if (!k) return;
      jexpect(j, ':');
      if (j->failed) {
        free(k);
        return;
      }
      if (strcmp(k, "dtype") == 0 && !has_dtype) {
        char *v = jstring(j);
        if (v) {
          if (!dtype_size(v))
            jfail(j, "tensor '%s': unknown dtype \"%.20s\"", t->name, v);
          else
            snprintf(t->dtype, sizeof t->dtype, "%s", v);
        }
        free(v);
        has_dtype = true;
      } else if (strcmp(k, "shape") == 0 && !has_shape) {
        jexpect(j, '[');
        if (!jchar(j, ']')) {
          do {
            if (t->rank == G23_MAX_RANK) {
              jfail(j, "tensor '%s': more than %d dimensions", t->name, G23_MAX_RANK);
              break;
            }
            t->shape[t->rank++] = juint(j);
          } while (!j->failed && jchar(j, ','));
          jexpect(j, ']');
        }
        has_shape = true;
      } else if (strcmp(k, "data_offsets") == 0 && !has_off) {
        jexpect(j, '[');
        off->begin = juint(j);
        jexpect(j, ',');
        off->end = juint(j);
        jexpect(j, ']');
        has_off = true;
      } else {
        jfail(j, "tensor '%s': unexpected or repeated key \"%.40s\"", t->name, k);
      }
      free(k);
      if (j->failed) return;
    } while (jchar(j, ','));
    jexpect(j, '}');
  }
  if (j->failed) return;
  if (!has_dtype || !has_shape || !has_off)
    jfail(j, "tensor '%s': missing \"%s\"", t->name,
          !has_dtype ? "dtype" : !has_shape ? "shape" : "data_offsets");
}

typedef struct {
  int64_t begin, end;
  int idx;
} order_t;

static int cmp_order(const void *a, const void *b) {
  const order_t *x = a, *y = b;
  return (x->begin > y->begin) - (x->begin < y->begin);
}

int g23_st_parse(char *data, size_t len, g23_st_file_t *f, char *err, size_t errn) {
  memset(f, 0, sizeof *f);
  f->buf = data;
  f->len = len;
  if (len < 8) {
    g23_seterr(err, errn, "not a safetensors file: %zu bytes, shorter than the 8-byte header length", len);
    goto fail;
  }
  uint64_t hl = g23_le_get64((const unsigned char *)data);
  if (hl > G23_ST_MAX_HEADER) {
    g23_seterr(err, errn, "safetensors header of %llu bytes exceeds the limit of %llu bytes",
           (unsigned long long)hl, (unsigned long long)G23_ST_MAX_HEADER);
    goto fail;
  }
  if (hl > len - 8) {
    g23_seterr(err, errn, "truncated safetensors file: the header claims %llu bytes but the file has %zu after the length",
           (unsigned long long)hl, len - 8);
    goto fail;
  }
  json_t j = {data + 8, data + 8 + hl, data + 8, err, errn, false};
  jws(&j);
  if (j.p >= j.end || *j.p != '{') {
    jfail(&j, "the header must be a JSON object starting with '{'");
    goto fail;
  }
  G23_VEC(g23_st_tensor_t) ts = {0};
  G23_VEC(span_t) spans = {0};
  G23_VEC(char *) keys = {0};
  jexpect(&j, '{');
  if (!jchar(&j, '}')) {
    do {
      char *name = jstring(&j);
      if (!name) break;
      jexpect(&j, ':');
      if (key_seen(keys.v, keys.n, name)) jfail(&j, "duplicate tensor name '%s'", name);
      G23_VEC_PUSH(keys, name);
      if (j.failed) break;
      if (strcmp(name, "__metadata__") == 0) {
        jmetadata(&j);
        continue;
      }
      g23_st_tensor_t t = {0};
      span_t s = {0, 0};
      t.name = name;
      jentry(&j, &t, &s);
      if (j.failed) break;
      G23_VEC_PUSH(ts, t);
      G23_VEC_PUSH(spans, s);
    } while (jchar(&j, ','));
    jexpect(&j, '}');
  }
  jws(&j);
  if (!j.failed && j.p != j.end) jfail(&j, "unexpected data after the JSON object");

  /* Sizes and coverage. */
  int64_t buflen = (int64_t)(len - 8 - hl);
  for (int i = 0; i < ts.n && !j.failed; i++) {
    g23_st_tensor_t *t = &ts.v[i];
    int64_t numel = 1;
    for (int k = 0; k < t->rank; k++)
      if (!g23_mul_ok(numel, t->shape[k], &numel)) {
        g23_seterr(err, errn, "tensor '%s': shape too large", t->name);
        j.failed = true;
      }
    int64_t nbytes;
    if (j.failed) break;
    if (!g23_mul_ok(numel, dtype_size(t->dtype), &nbytes) || spans.v[i].end < spans.v[i].begin ||
        spans.v[i].end - spans.v[i].begin != nbytes) {
      g23_seterr(err, errn, "tensor '%s': data_offsets [%lld, %lld] hold %lld bytes, but %s%s needs %lld",
             t->name, (long long)spans.v[i].begin, (long long)spans.v[i].end,
             (long long)(spans.v[i].end - spans.v[i].begin), t->dtype,
             g23_shape_str(t->rank, t->shape, (char[128]){0}, 128), (long long)nbytes);
      j.failed = true;
      break;
    }
    t->nbytes = nbytes;
  }
  if (!j.failed) {
    order_t *ord = g23_xmalloc(((size_t)ts.n + 1) * sizeof *ord);
    for (int i = 0; i < ts.n; i++) ord[i] = (order_t){spans.v[i].begin, spans.v[i].end, i};
    qsort(ord, (size_t)ts.n, sizeof *ord, cmp_order);
    int64_t at = 0;
    for (int k = 0; k < ts.n && !j.failed; k++) {
      order_t s = ord[k];
      if (s.begin != at) {
        g23_seterr(err, errn, "tensor '%s': data_offsets start at %lld, expected %lld (entries must be contiguous, without gaps or overlaps)",
               ts.v[s.idx].name, (long long)s.begin, (long long)at);
        j.failed = true;
      }
      at = s.end;
    }
    if (!j.failed && at != buflen) {
      g23_seterr(err, errn, "the tensors cover %lld bytes of data but the file holds %lld after the header%s",
             (long long)at, (long long)buflen, at > buflen ? " (truncated file?)" : "");
      j.failed = true;
    }
    free(ord);
  }
  for (int i = 0; i < ts.n && !j.failed; i++) ts.v[i].data = data + 8 + hl + spans.v[i].begin;
  /* Names are owned by keys; hand them to the tensors. */
  for (int i = 0; i < keys.n; i++) {
    bool used = false;
    for (int k = 0; k < ts.n; k++) used |= ts.v[k].name == keys.v[i];
    if (!used) free(keys.v[i]);
  }
  G23_VEC_FREE(keys);
  G23_VEC_FREE(spans);
  f->t = ts.v;
  f->n = ts.n;
  if (j.failed) {
    g23_st_free(f);
    return -1;
  }
  return 0;
fail:
  free(data);
  memset(f, 0, sizeof *f);
  return -1;
}

int g23_st_read(const char *path, g23_st_file_t *f, char *err, size_t errn) {
  size_t len = 0;
  char *data = g23_read_file(path, &len);
  if (!data) {
    memset(f, 0, sizeof *f);
    g23_seterr(err, errn, "%s: cannot read: %s", path, strerror(errno));
    return -1;
  }
  if (g23_st_parse(data, len, f, err, errn) != 0) return g23_err_prefix(err, errn, path);
  return 0;
}

void g23_st_free(g23_st_file_t *f) {
  for (int i = 0; i < f->n; i++) free(f->t[i].name);
  free(f->t);
  free(f->buf);
  memset(f, 0, sizeof *f);
}

const g23_st_tensor_t *g23_st_find(const g23_st_file_t *f, const char *name) {
  for (int i = 0; i < f->n; i++)
    if (strcmp(f->t[i].name, name) == 0) return &f->t[i];
  return NULL;
}
