/* util.c: allocation, strings, hashing, whole-file I/O. */
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

const char *g23_progname = "gpt23";

static _Noreturn void oom(size_t n) {
  fprintf(stderr, "%s: out of memory allocating %zu bytes\n", g23_progname, n);
  abort();
}

void *g23_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) oom(n);
  return p;
}

void *g23_xcalloc(size_t n, size_t size) {
  void *p = calloc(n ? n : 1, size ? size : 1);
  if (!p) oom(n * size);
  return p;
}

void *g23_xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) oom(n);
  return p;
}

char *g23_xstrdup(const char *s) { return g23_xstrndup(s, strlen(s)); }

char *g23_xstrndup(const char *s, size_t n) {
  char *d = g23_xmalloc(n + 1);
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}

char *g23_xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  char *s = g23_xmalloc((size_t)n + 1);
  va_start(ap, fmt);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  va_end(ap);
  return s;
}

static void buf_reserve(g23_buf_t *b, size_t extra) {
  if (b->len + extra + 1 <= b->cap) return;
  size_t cap = b->cap ? b->cap : 256;
  while (cap < b->len + extra + 1) cap *= 2;
  b->s = g23_xrealloc(b->s, cap);
  b->cap = cap;
}

void g23_buf_printf(g23_buf_t *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  buf_reserve(b, (size_t)n);
  va_start(ap, fmt);
  vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
}

void g23_buf_append(g23_buf_t *b, const void *data, size_t n) {
  buf_reserve(b, n);
  memcpy(b->s + b->len, data, n);
  b->len += n;
  b->s[b->len] = 0;
}

void g23_buf_free(g23_buf_t *b) {
  free(b->s);
  b->s = NULL;
  b->len = b->cap = 0;
}

bool g23_mul_ok(int64_t a, int64_t b, int64_t *out) {
  if (a < 0 || b < 0) return false;
  return !__builtin_mul_overflow(a, b, out);
}

bool g23_add_ok(int64_t a, int64_t b, int64_t *out) {
  if (a < 0 || b < 0) return false;
  return !__builtin_add_overflow(a, b, out);
}

uint64_t g23_fnv1a(const void *data, size_t n, uint64_t seed) {
  const unsigned char *p = data;
  uint64_t h = seed;
  for (size_t i = 0; i < n; i++) {
    h ^= p[i];
    h *= 0x100000001b3ull;
  }
  return h;
}

static size_t strmap_slot(const char *const *keys, int cap, const char *key) {
  size_t mask = (size_t)cap - 1, i = (size_t)g23_fnv1a(key, strlen(key), G23_FNV_SEED) & mask;
  while (keys[i] && strcmp(keys[i], key) != 0) i = (i + 1) & mask;
  return i;
}

int g23_strmap_get(const g23_strmap_t *m, const char *key) {
  if (!m->cap) return -1;
  size_t i = strmap_slot(m->keys, m->cap, key);
  return m->keys[i] ? m->vals[i] : -1;
}

void g23_strmap_put(g23_strmap_t *m, const char *key, int val) {
  if (2 * (m->n + 1) > m->cap) { /* load factor at most 1/2 */
    int cap = m->cap ? 2 * m->cap : 64;
    const char **keys = g23_xcalloc((size_t)cap, sizeof *keys);
    int *vals = g23_xmalloc((size_t)cap * sizeof *vals);
    for (int j = 0; j < m->cap; j++) {
      if (!m->keys[j]) continue;
      size_t i = strmap_slot(keys, cap, m->keys[j]);
      keys[i] = m->keys[j];
      vals[i] = m->vals[j];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
  }
  size_t i = strmap_slot(m->keys, m->cap, key);
  if (!m->keys[i]) m->n++;
  m->keys[i] = key;
  m->vals[i] = val;
}

void g23_strmap_free(g23_strmap_t *m) {
  free(m->keys);
  free(m->vals);
  memset(m, 0, sizeof *m);
}

uint32_t g23_crc32(const void *data, size_t n, uint32_t crc) {
  static uint32_t table[256];
  static int ready;
  if (!ready) { /* benign race: every thread computes the same table */
    for (uint32_t i = 0; i < 256; i++) {
      uint32_t c = i;
      for (int k = 0; k < 8; k++) c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
    ready = 1;
  }
  const unsigned char *p = data;
  crc = ~crc;
  for (size_t i = 0; i < n; i++) crc = table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
  return ~crc;
}

char *g23_read_stream(FILE *f, size_t *len) {
  size_t cap = 4096, n = 0;
  char *buf = g23_xmalloc(cap);
  for (;;) {
    if (n + 1 >= cap) buf = g23_xrealloc(buf, cap *= 2);
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) break;
  }
  if (ferror(f)) {
    free(buf);
    errno = EIO;
    return NULL;
  }
  buf[n] = 0;
  if (len) *len = n;
  return buf;
}

char *g23_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  struct stat st;
  if (fstat(fileno(f), &st) == 0 && S_ISDIR(st.st_mode)) {
    fclose(f);
    errno = EISDIR;
    return NULL;
  }
  char *buf = g23_read_stream(f, len);
  fclose(f);
  if (!buf) errno = EIO; /* the read's error, whatever fclose left in errno */
  return buf;
}

void g23_fsync_dir(const char *path) {
  char *dir = g23_xstrdup(path);
  int dfd = open(dirname(dir), O_RDONLY | O_DIRECTORY);
  if (dfd >= 0) {
    fsync(dfd); /* best effort: some file systems refuse directory fsync */
    close(dfd);
  }
  free(dir);
}

int g23_write_file_atomic(const char *path, const void *data, size_t len) {
  char *tmp = g23_xasprintf("%s.tmp.%ld", path, (long)getpid());
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) goto fail_noclose;
  const char *p = data;
  while (len > 0) {
    ssize_t w = write(fd, p, len);
    if (w < 0) {
      if (errno == EINTR) continue;
      goto fail;
    }
    p += w;
    len -= (size_t)w;
  }
  if (fsync(fd) != 0) goto fail;
  if (close(fd) != 0) {
    fd = -1;
    goto fail;
  }
  fd = -1;
  if (rename(tmp, path) != 0) goto fail;
  g23_fsync_dir(path);
  free(tmp);
  return 0;
fail : {
  int e = errno;
  if (fd >= 0) close(fd);
  unlink(tmp);
  errno = e;
}
fail_noclose:
  free(tmp);
  return -1;
}

double g23_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int g23_vseterr(char *err, size_t errn, const char *prefix, const char *fmt, va_list ap) {
  if (!errn) return -1;
  size_t k = 0;
  if (prefix) {
    int n = snprintf(err, errn, "%s: ", prefix);
    k = n < 0 ? 0 : (size_t)n < errn ? (size_t)n : errn - 1;
  }
  vsnprintf(err + k, errn - k, fmt, ap);
  return -1;
}

int g23_seterr(char *err, size_t errn, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_vseterr(err, errn, NULL, fmt, ap);
  va_end(ap);
  return -1;
}

int g23_err_prefix(char *err, size_t errn, const char *prefix) {
  if (!errn) return -1;
  char *msg = g23_xstrdup(err);
  g23_seterr(err, errn, "%s: %s", prefix, msg);
  free(msg);
  return -1;
}

void g23_assert_fail(const char *expr, const char *file, int line) {
  fprintf(stderr, "%s: internal error: %s:%d: assertion '%s' failed\n", g23_progname, file, line, expr);
  abort();
}

/* ---- name patterns ---------------------------------------------------------- */

static bool pat_ident(char c, bool first) {
  return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (!first && c >= '0' && c <= '9');
}

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

const char *g23_pattern_check(const char *pat) {
  int nvars = 0;
  for (const char *p = pat; *p; p++) {
    if (*p == '}') return "'}' without '{'";
    if (*p != '{') continue;
    const char *q = p + 1;
    if (!pat_ident(*q, true)) return "'{' must be followed by a name and '}', as in {i}";
    while (pat_ident(*q, false)) q++;
    if (*q != '}') return "'{' must be followed by a name and '}', as in {i}";
    if (q[1] == '{' || is_digit(q[1])) return "a {name} must not be followed by another or by a digit";
    if (++nvars > G23_PATTERN_MAX_VARS) return "more than 8 {names} in one pattern";
    p = q;
  }
  return NULL;
}

int g23_pattern_match(const char *pat, const char *name, g23_pat_bind_t *b, int maxb) {
  int nb = 0;
  const char *p = pat, *s = name;
  while (*p) {
    if (*p != '{') {
      if (*p++ != *s++) return -1;
      continue;
    }
    const char *var = p + 1, *end = strchr(var, '}');
    if (!end) return -1;
    const char *val = s;
    while (is_digit(*s)) s++;
    if (s == val) return -1;
    int varlen = (int)(end - var), vallen = (int)(s - val);
    bool seen = false;
    for (int k = 0; k < nb && !seen; k++) {
      if (b[k].varlen != varlen || memcmp(b[k].var, var, (size_t)varlen) != 0) continue;
      seen = true;
      if (b[k].vallen != vallen || memcmp(b[k].val, val, (size_t)vallen) != 0) return -1;
    }
    if (!seen) {
      if (nb == maxb) return -1;
      b[nb++] = (g23_pat_bind_t){var, val, varlen, vallen};
    }
    p = end + 1;
  }
  return *s ? -1 : nb;
}

char *g23_pattern_subst(const char *pat, const g23_pat_bind_t *b, int nb) {
  g23_buf_t out = {0};
  for (const char *p = pat; *p;) {
    if (*p != '{') {
      g23_buf_append(&out, p++, 1);
      continue;
    }
    const char *var = p + 1, *end = strchr(var, '}');
    int k = 0;
    while (end && k < nb && (b[k].varlen != (int)(end - var) || memcmp(b[k].var, var, (size_t)(end - var)) != 0))
      k++;
    if (!end || k == nb) {
      g23_buf_free(&out);
      return NULL;
    }
    g23_buf_append(&out, b[k].val, (size_t)b[k].vallen);
    p = end + 1;
  }
  g23_buf_append(&out, "", 1);
  return out.s;
}
