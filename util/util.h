/* util.h: allocation, growable arrays, strings, hashing.
 *
 * Allocation failure is not a user error: g23_xmalloc and friends print the
 * size that failed and abort, since no caller can do better.  Every size that
 * comes from user input (shapes, lengths) must be checked with the overflow
 * helpers below *before* it reaches an allocator.
 */
#ifndef G23_UTIL_H
#define G23_UTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>

/* The program's name, first in every message that names no file
 * ("gpt23run: error: ..."); "gpt23" unless the program sets it. */
extern const char *g23_progname;

void *g23_xmalloc(size_t n);
void *g23_xcalloc(size_t n, size_t size);
void *g23_xrealloc(void *p, size_t n);
char *g23_xstrdup(const char *s);
char *g23_xstrndup(const char *s, size_t n);
/* printf into a fresh heap string. */
char *g23_xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Growable array of any element type: struct { T *v; int n, cap; }.
 * G23_VEC_PUSH(vec, value) appends, growing geometrically. */
#define G23_VEC(T) struct { T *v; int n, cap; }
#define G23_VEC_PUSH(vec, value)                                               \
  do {                                                                         \
    if ((vec).n == (vec).cap) {                                                \
      (vec).cap = (vec).cap ? 2 * (vec).cap : 8;                               \
      (vec).v = g23_xrealloc((vec).v, (size_t)(vec).cap * sizeof *(vec).v);    \
    }                                                                          \
    (vec).v[(vec).n++] = (value);                                              \
  } while (0)
#define G23_VEC_FREE(vec) (free((vec).v), (vec).v = NULL, (vec).n = (vec).cap = 0)

/* String builder. */
typedef struct {
  char *s;
  size_t len, cap;
} g23_buf_t;
void g23_buf_printf(g23_buf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void g23_buf_append(g23_buf_t *b, const void *data, size_t n);
void g23_buf_free(g23_buf_t *b);

/* Checked arithmetic on sizes: return false on overflow or negative input. */
bool g23_mul_ok(int64_t a, int64_t b, int64_t *out);
bool g23_add_ok(int64_t a, int64_t b, int64_t *out);

/* Hashes: FNV-1a 64 for cache keys and CSE, CRC-32 (IEEE) for file checksums. */
uint64_t g23_fnv1a(const void *data, size_t n, uint64_t seed);
#define G23_FNV_SEED 0xcbf29ce484222325ull
uint32_t g23_crc32(const void *data, size_t n, uint32_t crc);

/* A map from strings to ints (open addressing, FNV-1a), so that a lookup by
 * name costs the same in a 10-layer and a 3000-layer model.  Keys are not
 * copied: each must outlive the map.  g23_strmap_get returns -1 for a key
 * that is absent; g23_strmap_put replaces the value of a key already there. */
typedef struct {
  const char **keys;
  int *vals;
  int n, cap;
} g23_strmap_t;
int g23_strmap_get(const g23_strmap_t *m, const char *key);
void g23_strmap_put(g23_strmap_t *m, const char *key, int val);
void g23_strmap_free(g23_strmap_t *m);

/* Name patterns (the names tables of docs/language.md): text in which
 * "{v}" (v a name) stands for one or more decimal digits, the same digits
 * wherever the same v appears.  g23_pattern_check says what is wrong with a
 * pattern (NULL: nothing); a well-formed one has no "{v}" directly before
 * another or before a digit, so matching is greedy without backtracking.
 * g23_pattern_match returns the number of bindings made (<= maxb), or -1
 * when name does not match; g23_pattern_subst writes pat with each "{v}"
 * replaced by v's binding, or returns NULL if one is unbound. */
#define G23_PATTERN_MAX_VARS 8
typedef struct {
  const char *var, *val; /* into the pattern and the name, not terminated */
  int varlen, vallen;
} g23_pat_bind_t;
const char *g23_pattern_check(const char *pat);
int g23_pattern_match(const char *pat, const char *name, g23_pat_bind_t *b, int maxb);
char *g23_pattern_subst(const char *pat, const g23_pat_bind_t *b, int nb);

/* Seconds on a monotonic clock. */
double g23_now(void);
/* The one error formatter of functions that fail with a message in err
 * (errn bytes, truncated to fit; errn 0 writes nothing).  Each returns -1,
 * so that a loader can `return g23_seterr(...)`.
 *   g23_seterr     the message alone
 *   g23_vseterr    "prefix: message" (prefix NULL: the message alone), for a
 *                  loader's own fail() that names what it was reading
 *                  ("corrupt plan: section TENS", "invalid safetensors
 *                  header at byte 40 of the JSON")
 *   g23_err_prefix puts "prefix: " before the message err already holds:
 *                  a parser says what is wrong, the loader names the file */
int g23_seterr(char *err, size_t errn, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int g23_vseterr(char *err, size_t errn, const char *prefix, const char *fmt, va_list ap)
    __attribute__((format(printf, 4, 0)));
int g23_err_prefix(char *err, size_t errn, const char *prefix);

/* Read a whole file; NULL with errno set on failure.  *len gets the size.
 * g23_read_stream reads the rest of an open stream (stdin) the same way
 * and leaves it open.  Either text has a 0 byte after its end. */
char *g23_read_file(const char *path, size_t *len);
char *g23_read_stream(FILE *f, size_t *len);
/* Write a whole file atomically: temp file in the same directory, fsync,
 * rename, fsync of the directory.  Returns 0 or -1 with errno set. */
int g23_write_file_atomic(const char *path, const void *data, size_t len);
/* After a rename into place: fsync the directory of path, so that the new
 * name survives a crash.  Best effort: some file systems refuse it. */
void g23_fsync_dir(const char *path);

/* The digits of a macro's value as a string literal: a constant defined
 * once in C and also written into generated kernel text. */
#define G23_STR_(x) #x
#define G23_STR(x) G23_STR_(x)

/* Broken invariant: print file and line and abort.  Not for user errors. */
#define G23_ASSERT(cond)                                                       \
  do {                                                                         \
    if (!(cond)) g23_assert_fail(#cond, __FILE__, __LINE__);                   \
  } while (0)
_Noreturn void g23_assert_fail(const char *expr, const char *file, int line);

#endif
