/* planio.c: the plan.bin writer, its validating loader, and --dump.
 *
 * Layout (all little endian, see plan.h):
 *
 *   header   "G23PLAN\0" u32 version  u32 flags  u64 payload  u32 crc32
 *            28 reserved zero bytes                           (56 bytes)
 *   payload  six sections, in this order, each u32 tag u64 length bytes:
 *     HPAR   str model, u32 incremental_decode, u32 classifier,
 *            i64 max_seq vocab batch seq arena persistent
 *            i64 bytes_params grads optstate kvcache activations,
 *            u32 n, n x (str name, u32 is_float, f64 value),
 *            f64 AdamW beta1 beta2 eps
 *     TENS   u32 n, n x (str name, u32 dtype, u32 rank, i64 shape[rank],
 *            u32 role, u32 init, f64 init_arg, u32 no_decay, i32 seq_axis,
 *            i64 index_bound, i32 graph, i64 offset, i64 nbytes,
 *            i32 grad_final (version 6))
 *     NAMS   u32 n, n x (str table, str prefix (absent: none), u32 count,
            count x (u32 kind, str name, str param (absent for SKIP)))
            (version 4)
     KERN   u32 n, n x (str name, str comment, u32 joins (version 7))
 *     GRPH   u32 G23_GRAPH_COUNT, per graph: u32 present, i32 nkernels,
 *            i32 nmatmuls, i64 scratch_bytes, i32 grad_cut (version 6),
 *            u32 nlaunch, nlaunch x launch
 *     SRCS   u32 n, n x (str dialect, str text): the kernel sources by
 *            dialect ("c", "cuda"), names distinct and not empty (version 5;
 *            before: str c_source, str cuda_source)
 *   str: u32 n; 0 = absent, else n bytes whose last is the only NUL.
 *
 * The loader trusts nothing: every count is checked against the bytes left
 * before anything is allocated, every enum against its range, every tensor
 * and matmul operand against the arena, every kernel index against the
 * kernel table.  A plan that loads can be run without further checks.
 */
#include <inttypes.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>

#include "util/le.h"
#include "plan.h"

#define HEADER_BYTES 56
#define RESERVED_BYTES 28
#define TAG(a, b, c, d) ((uint32_t)(a) | (uint32_t)(b) << 8 | (uint32_t)(c) << 16 | (uint32_t)(d) << 24)
#define TAG_HPAR TAG('H', 'P', 'A', 'R')
#define TAG_TENS TAG('T', 'E', 'N', 'S')
#define TAG_NAMS TAG('N', 'A', 'M', 'S')
#define TAG_KERN TAG('K', 'E', 'R', 'N')
#define TAG_GRPH TAG('G', 'R', 'P', 'H')
#define TAG_SRCS TAG('S', 'R', 'C', 'S')

/* Header flags: none defined in version 1 (the model's own booleans live in
 * HPAR, under the checksum, so that no single bit flip goes unnoticed). */
#define FLAG_KNOWN 0u

/* Bounds no sane plan comes near; they keep arithmetic far from overflow. */
#define MAX_ARENA ((int64_t)1 << 48)
#define MAX_STRING ((uint32_t)1 << 30)

/* ---- writer ---------------------------------------------------------------- */

static void put_i32(g23_buf_t *b, int32_t v) { g23_le_append32(b, (uint32_t)v); }
static void put_i64(g23_buf_t *b, int64_t v) { g23_le_append64(b, (uint64_t)v); }
static void put_f32(g23_buf_t *b, float v) {
  uint32_t u;
  memcpy(&u, &v, 4);
  g23_le_append32(b, u);
}
static void put_str(g23_buf_t *b, const char *s) {
  if (!s) {
    g23_le_append32(b, 0);
    return;
  }
  size_t n = strlen(s) + 1;
  G23_ASSERT(n <= MAX_STRING);
  g23_le_append32(b, (uint32_t)n);
  g23_buf_append(b, s, n);
}

static void put_section(g23_buf_t *out, uint32_t tag, g23_buf_t *sec) {
  g23_le_append_section(out, tag, sec);
  g23_buf_free(sec);
}

static void put_launch(g23_buf_t *b, const g23_launch_t *l) {
  g23_le_append32(b, (uint32_t)l->kind);
  put_i32(b, l->kernel);
  for (int i = 0; i < 3; i++) put_i64(b, l->grid[i]);
  for (int i = 0; i < 3; i++) put_i32(b, l->block[i]);
  put_i32(b, l->shmem);
  const g23_matmul_t *m = &l->mm;
  put_i64(b, m->m);
  put_i64(b, m->n);
  put_i64(b, m->k);
  put_i64(b, m->batch);
  put_i32(b, m->transa);
  put_i32(b, m->transb);
  put_i64(b, m->off_a);
  put_i64(b, m->off_b);
  put_i64(b, m->off_c);
  put_i64(b, m->off_bias);
  put_i64(b, m->lda);
  put_i64(b, m->ldb);
  put_i64(b, m->ldc);
  put_i64(b, m->stride_a);
  put_i64(b, m->stride_b);
  put_i64(b, m->stride_c);
  put_f32(b, m->alpha);
  put_f32(b, m->beta);
  put_i32(b, m->epilogue);
  put_i64(b, m->off_aux);
  put_i64(b, m->ldaux);
  put_i64(b, m->off_bgrad);
}
/* Bytes of one serialised launch. */
#define LAUNCH_BYTES (4 + 4 + 24 + 12 + 4 + 4 * 8 + 4 + 4 + 10 * 8 + 4 + 4 + 4 + 3 * 8)

int g23_plan_serialize(const g23_plan_t *p, char **data, size_t *len) {
  g23_buf_t payload = {0}, sec = {0};

  put_str(&sec, p->model_name);
  g23_le_append32(&sec, p->incremental_decode);
  g23_le_append32(&sec, p->classifier);
  put_i64(&sec, p->max_seq);
  put_i64(&sec, p->vocab);
  put_i64(&sec, p->batch);
  put_i64(&sec, p->seq);
  put_i64(&sec, p->arena_bytes);
  put_i64(&sec, p->persistent_bytes);
  put_i64(&sec, p->bytes_params);
  put_i64(&sec, p->bytes_grads);
  put_i64(&sec, p->bytes_optstate);
  put_i64(&sec, p->bytes_kvcache);
  put_i64(&sec, p->bytes_activations);
  g23_le_append32(&sec, (uint32_t)p->nhparams);
  for (int i = 0; i < p->nhparams; i++) {
    put_str(&sec, p->hparams[i].name);
    g23_le_append32(&sec, p->hparams[i].is_float);
    g23_le_appendf64(&sec, p->hparams[i].value);
  }
  g23_le_appendf64(&sec, p->adamw.beta1);
  g23_le_appendf64(&sec, p->adamw.beta2);
  g23_le_appendf64(&sec, p->adamw.eps);
  put_section(&payload, TAG_HPAR, &sec);

  g23_le_append32(&sec, (uint32_t)p->ntensors);
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    put_str(&sec, t->name);
    g23_le_append32(&sec, (uint32_t)t->dtype);
    g23_le_append32(&sec, (uint32_t)t->rank);
    for (int d = 0; d < t->rank; d++) put_i64(&sec, t->shape[d]);
    g23_le_append32(&sec, (uint32_t)t->role);
    g23_le_append32(&sec, (uint32_t)t->init);
    g23_le_appendf64(&sec, t->init_arg);
    g23_le_append32(&sec, t->no_decay);
    put_i32(&sec, t->seq_axis);
    put_i64(&sec, t->index_bound);
    put_i32(&sec, t->graph);
    put_i64(&sec, t->offset);
    put_i64(&sec, t->nbytes);
    put_i32(&sec, t->grad_final);
  }
  put_section(&payload, TAG_TENS, &sec);

  g23_le_append32(&sec, (uint32_t)p->nnames);
  for (int i = 0; i < p->nnames; i++) {
    const g23_names_t *t = &p->names[i];
    put_str(&sec, t->name);
    put_str(&sec, t->prefix);
    g23_le_append32(&sec, (uint32_t)t->n);
    for (int k = 0; k < t->n; k++) {
      g23_le_append32(&sec, (uint32_t)t->v[k].kind);
      put_str(&sec, t->v[k].name);
      put_str(&sec, t->v[k].param);
    }
  }
  put_section(&payload, TAG_NAMS, &sec);

  g23_le_append32(&sec, (uint32_t)p->nkernels);
  for (int i = 0; i < p->nkernels; i++) {
    put_str(&sec, p->kernels[i].name);
    put_str(&sec, p->kernels[i].comment);
    g23_le_append32(&sec, (uint32_t)p->kernels[i].joins);
  }
  put_section(&payload, TAG_KERN, &sec);

  g23_le_append32(&sec, G23_GRAPH_COUNT);
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    const g23_plan_graph_t *gr = &p->graphs[g];
    bool has = p->has_graph[g];
    g23_le_append32(&sec, has);
    put_i32(&sec, has ? gr->nkernels : 0);
    put_i32(&sec, has ? gr->nmatmuls : 0);
    put_i64(&sec, has ? gr->scratch_bytes : 0);
    put_i32(&sec, has ? gr->grad_cut : 0);
    g23_le_append32(&sec, has ? (uint32_t)gr->nlaunch : 0);
    for (int i = 0; has && i < gr->nlaunch; i++) put_launch(&sec, &gr->launches[i]);
  }
  put_section(&payload, TAG_GRPH, &sec);

  g23_le_append32(&sec, (uint32_t)p->nsources);
  for (int i = 0; i < p->nsources; i++) {
    put_str(&sec, p->sources[i].dialect);
    put_str(&sec, p->sources[i].text);
  }
  put_section(&payload, TAG_SRCS, &sec);

  g23_buf_t out = {0};
  g23_buf_append(&out, G23_PLAN_MAGIC, 8);
  g23_le_append32(&out, G23_PLAN_VERSION);
  g23_le_append32(&out, 0);
  g23_le_append64(&out, payload.len);
  g23_le_append32(&out, g23_crc32(payload.s, payload.len, 0));
  static const char zeros[RESERVED_BYTES];
  g23_buf_append(&out, zeros, RESERVED_BYTES);
  G23_ASSERT(out.len == HEADER_BYTES);
  g23_buf_append(&out, payload.s, payload.len);
  g23_buf_free(&payload);
  *data = out.s;
  *len = out.len;
  return 0;
}

int g23_plan_save(const g23_plan_t *p, const char *path, char *err, size_t errn) {
  char *data;
  size_t len;
  if (g23_plan_serialize(p, &data, &len) != 0) {
    return g23_seterr(err, errn, "%s: cannot serialise the plan", path);
  }
  int rc = g23_write_file_atomic(path, data, len);
  int e = errno;
  free(data);
  if (rc != 0) {
    return g23_seterr(err, errn, "%s: cannot write: %s", path, strerror(e));
  }
  return 0;
}

/* ---- reader ---------------------------------------------------------------- */

typedef struct {
  g23_le_reader_t in;
  char *err;
  size_t errn;
  const char *sec; /* section being read, for messages */
} rd_t;

__attribute__((format(printf, 2, 3))) static int fail(rd_t *r, const char *fmt, ...) {
  if (r->in.failed) return -1;
  r->in.failed = true;
  char prefix[64];
  if (r->sec)
    snprintf(prefix, sizeof prefix, "corrupt plan: section %s", r->sec);
  else
    snprintf(prefix, sizeof prefix, "corrupt plan");
  va_list ap;
  va_start(ap, fmt);
  g23_vseterr(r->err, r->errn, prefix, fmt, ap);
  va_end(ap);
  return -1;
}

static bool need(rd_t *r, size_t k, const char *what) {
  if (r->in.failed) return false;
  if (g23_le_left(&r->in) < k) {
    fail(r, "truncated: %s needs %zu bytes at offset %zu, %zu left", what, k, r->in.pos, g23_le_left(&r->in));
    return false;
  }
  return true;
}
static uint32_t get_u32(rd_t *r, const char *what) { return need(r, 4, what) ? g23_le_read32(&r->in) : 0; }
static int32_t get_i32(rd_t *r, const char *what) { return (int32_t)get_u32(r, what); }
static uint64_t get_u64(rd_t *r, const char *what) { return need(r, 8, what) ? g23_le_read64(&r->in) : 0; }
static int64_t get_i64(rd_t *r, const char *what) { return (int64_t)get_u64(r, what); }
static double get_f64(rd_t *r, const char *what) { return need(r, 8, what) ? g23_le_readf64(&r->in) : 0; }
static float get_f32(rd_t *r, const char *what) { return need(r, 4, what) ? g23_le_readf32(&r->in) : 0; }
/* A string: NULL when absent (and not allowed unless optional). */
static char *get_str(rd_t *r, const char *what, bool optional) {
  uint32_t n = get_u32(r, what);
  if (r->in.failed) return NULL;
  if (n == 0) {
    if (!optional) fail(r, "%s is missing", what);
    return NULL;
  }
  if (n > MAX_STRING) {
    fail(r, "%s has an absurd length %" PRIu32, what, n);
    return NULL;
  }
  if (!need(r, n, what)) return NULL;
  const char *s = (const char *)g23_le_take(&r->in, n);
  if (s[n - 1] != '\0' || memchr(s, '\0', n - 1)) {
    fail(r, "%s is not a NUL-terminated string of %" PRIu32 " bytes", what, n);
    return NULL;
  }
  return g23_xstrndup(s, n - 1);
}
/* A count of records of at least min_bytes each: must fit in what is left. */
static int get_count(rd_t *r, const char *what, size_t min_bytes) {
  uint32_t n = get_u32(r, what);
  if (r->in.failed) return -1;
  if (n > INT_MAX || (size_t)n > g23_le_left(&r->in) / min_bytes) {
    fail(r, "%s %" PRIu32 " cannot fit in the %zu bytes left", what, n, g23_le_left(&r->in));
    return -1;
  }
  return (int)n;
}

static bool is_identifier(const char *s) {
  if (!s[0] || (s[0] >= '0' && s[0] <= '9')) return false;
  for (; *s; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') || *s == '_'))
      return false;
  return true;
}

/* Reads a section header; the section's bytes become r's whole view until
 * end_section. */
static size_t begin_section(rd_t *r, uint32_t tag, const char *name) {
  r->sec = NULL;
  uint32_t t = get_u32(r, "section tag");
  uint64_t len = get_u64(r, "section length");
  if (r->in.failed) return 0;
  if (t != tag) {
    char got[5];
    for (int i = 0; i < 4; i++) {
      char c = (char)(t >> (8 * i));
      got[i] = (c >= 0x20 && c < 0x7f) ? c : '?';
    }
    got[4] = 0;
    fail(r, "expected section %s at offset %zu, found tag \"%s\"", name, r->in.pos - 12, got);
    return 0;
  }
  if (len > g23_le_left(&r->in)) {
    fail(r, "section %s claims %" PRIu64 " bytes, only %zu left", name, len, g23_le_left(&r->in));
    return 0;
  }
  r->sec = name;
  size_t outer = r->in.n;
  r->in.n = r->in.pos + (size_t)len;
  return outer;
}
static void end_section(rd_t *r, size_t outer) {
  if (r->in.failed) return;
  if (r->in.pos != r->in.n) fail(r, "%zu unread bytes at its end", g23_le_left(&r->in));
  r->in.n = outer;
  r->sec = NULL;
}

static int check_dims(rd_t *r, const char *what, int64_t v, int64_t lo, int64_t hi) {
  if (v < lo || v > hi) return fail(r, "%s = %" PRId64 " is outside [%" PRId64 ", %" PRId64 "]", what, v, lo, hi);
  return 0;
}

static void read_hparams(rd_t *r, g23_plan_t *p) {
  size_t outer = begin_section(r, TAG_HPAR, "HPAR");
  p->model_name = get_str(r, "model name", false);
  uint32_t inc = get_u32(r, "incremental decode flag"), cls = get_u32(r, "classifier flag");
  if (!r->in.failed && (inc > 1 || cls > 1)) {
    fail(r, "model flags %" PRIu32 " %" PRIu32 " are not 0 or 1", inc, cls);
    return;
  }
  p->incremental_decode = inc;
  p->classifier = cls;
  p->max_seq = get_i64(r, "max_seq");
  p->vocab = get_i64(r, "vocab");
  p->batch = get_i64(r, "batch");
  p->seq = get_i64(r, "seq");
  p->arena_bytes = get_i64(r, "arena bytes");
  p->persistent_bytes = get_i64(r, "persistent bytes");
  p->bytes_params = get_i64(r, "parameter bytes");
  p->bytes_grads = get_i64(r, "gradient bytes");
  p->bytes_optstate = get_i64(r, "optimizer state bytes");
  p->bytes_kvcache = get_i64(r, "KV cache bytes");
  p->bytes_activations = get_i64(r, "activation bytes");
  if (r->in.failed) return;
  const int64_t big = INT64_C(1) << 40;
  if (check_dims(r, "max_seq", p->max_seq, 0, big) || check_dims(r, "vocab", p->vocab, 0, big) ||
      check_dims(r, "batch", p->batch, 0, big) || check_dims(r, "seq", p->seq, 0, big) ||
      check_dims(r, "arena bytes", p->arena_bytes, 0, MAX_ARENA) ||
      check_dims(r, "persistent bytes", p->persistent_bytes, 0, p->arena_bytes) ||
      check_dims(r, "parameter bytes", p->bytes_params, 0, MAX_ARENA) ||
      check_dims(r, "gradient bytes", p->bytes_grads, 0, MAX_ARENA) ||
      check_dims(r, "optimizer state bytes", p->bytes_optstate, 0, MAX_ARENA) ||
      check_dims(r, "KV cache bytes", p->bytes_kvcache, 0, MAX_ARENA) ||
      check_dims(r, "activation bytes", p->bytes_activations, 0, MAX_ARENA))
    return;
  int n = get_count(r, "hyperparameter count", 4 + 4 + 8);
  if (n < 0) return;
  p->hparams = g23_xcalloc((size_t)n ? (size_t)n : 1, sizeof *p->hparams);
  for (int i = 0; i < n && !r->in.failed; i++) {
    g23_hparam_t *h = &p->hparams[i];
    p->nhparams = i + 1;
    h->name = get_str(r, "hyperparameter name", false);
    uint32_t f = get_u32(r, "hyperparameter kind");
    h->value = get_f64(r, "hyperparameter value");
    if (r->in.failed) return;
    if (f > 1) fail(r, "hyperparameter %s: kind %" PRIu32 " is neither 0 (int) nor 1 (float)", h->name, f);
    h->is_float = f;
  }
  p->adamw.beta1 = get_f64(r, "AdamW beta1");
  p->adamw.beta2 = get_f64(r, "AdamW beta2");
  p->adamw.eps = get_f64(r, "AdamW eps");
  if (r->in.failed) return;
  /* the compiler takes them in [0, 1); NaN fails every comparison */
  if (!(p->adamw.beta1 >= 0 && p->adamw.beta1 < 1) || !(p->adamw.beta2 >= 0 && p->adamw.beta2 < 1) ||
      !(p->adamw.eps >= 0 && p->adamw.eps < 1)) {
    fail(r, "AdamW constants beta1 %g, beta2 %g, eps %g are not in [0, 1)", p->adamw.beta1, p->adamw.beta2,
         p->adamw.eps);
    return;
  }
  end_section(r, outer);
}

/* After read_tensors: every name a table gives belongs to a persistent
 * parameter, and no table gives one name twice. */
static void read_names(rd_t *r, g23_plan_t *p) {
  size_t outer = begin_section(r, TAG_NAMS, "NAMS");
  int n = get_count(r, "table count", 4 + 4 + 4);
  if (n < 0) return;
  p->names = g23_xcalloc((size_t)n + 1, sizeof *p->names);
  for (int i = 0; i < n && !r->in.failed; i++) {
    g23_names_t *t = &p->names[i];
    p->nnames = i + 1;
    t->name = get_str(r, "table name", false);
    t->prefix = get_str(r, "table prefix", true);
    int m = get_count(r, "name count", 4 + 4 + 4);
    if (m < 0) return;
    t->v = g23_xcalloc((size_t)m + 1, sizeof *t->v);
    g23_strmap_t seen = {0}; /* keys point into t->v, which outlives it */
    for (int k = 0; k < m && !r->in.failed; k++) {
      g23_xname_t *x = &t->v[k];
      t->n = k + 1;
      uint32_t kind = get_u32(r, "name kind");
      x->name = get_str(r, "name", false);
      x->param = get_str(r, "parameter name", true);
      if (r->in.failed) break;
      x->kind = (int32_t)kind;
      const g23_plan_tensor_t *pt = x->param ? g23_plan_find(p, x->param, -1) : NULL;
      if (kind >= G23_XNAME_KIND_COUNT)
        fail(r, "table %s: name %s has kind %" PRIu32 ", not one of the %d known", t->name, x->name, kind,
             G23_XNAME_KIND_COUNT);
      else if ((kind == G23_XNAME_SKIP) != (x->param == NULL))
        fail(r, "table %s: name %s %s a parameter", t->name, x->name, x->param ? "has" : "lacks");
      else if (x->param && (!pt || pt->role != G23_ROLE_PARAM))
        fail(r, "table %s: name %s is given to %s, which is not a parameter", t->name, x->name, x->param);
      else if (g23_strmap_get(&seen, x->name) >= 0)
        fail(r, "table %s gives the name %s twice", t->name, x->name);
      else
        g23_strmap_put(&seen, x->name, k);
    }
    g23_strmap_free(&seen);
  }
  end_section(r, outer);
}

static void read_tensors(rd_t *r, g23_plan_t *p) {
  size_t outer = begin_section(r, TAG_TENS, "TENS");
  int n = get_count(r, "tensor count", 4 + 4 + 4 + 4 + 8 + 4 + 4 + 8 + 4 + 8 + 8 + 4);
  if (n < 0) return;
  p->tensors = g23_xcalloc((size_t)n ? (size_t)n : 1, sizeof *p->tensors);
  for (int i = 0; i < n && !r->in.failed; i++) {
    g23_plan_tensor_t *t = &p->tensors[i];
    p->ntensors = i + 1;
    t->name = get_str(r, "tensor name", false);
    if (r->in.failed) return;
    const char *nm = t->name;
    uint32_t dt = get_u32(r, "dtype"), rank = get_u32(r, "rank");
    if (r->in.failed) return;
    if (dt >= G23_DTYPE_COUNT) {
      fail(r, "tensor %d (%s): dtype %" PRIu32 " is not one of the %d known", i, nm, dt, G23_DTYPE_COUNT);
      return;
    }
    if (rank > G23_MAX_RANK) {
      fail(r, "tensor %d (%s): rank %" PRIu32 " exceeds %d", i, nm, rank, G23_MAX_RANK);
      return;
    }
    t->dtype = (g23_dtype_t)dt;
    t->rank = (int)rank;
    int64_t numel = 1;
    for (int d = 0; d < t->rank; d++) {
      t->shape[d] = get_i64(r, "dimension");
      if (r->in.failed) return;
      if (t->shape[d] <= 0) {
        fail(r, "tensor %d (%s): dimension %d is %" PRId64 ", must be positive", i, nm, d, t->shape[d]);
        return;
      }
      if (!g23_mul_ok(numel, t->shape[d], &numel)) {
        fail(r, "tensor %d (%s): element count overflows", i, nm);
        return;
      }
    }
    uint32_t role = get_u32(r, "role"), init = get_u32(r, "init");
    t->init_arg = get_f64(r, "init argument");
    uint32_t nd = get_u32(r, "no_decay");
    t->seq_axis = get_i32(r, "seq axis");
    t->index_bound = get_i64(r, "index bound");
    t->graph = get_i32(r, "graph");
    t->offset = get_i64(r, "offset");
    t->nbytes = get_i64(r, "byte size");
    t->grad_final = get_i32(r, "gradient final");
    if (r->in.failed) return;
    if (role >= G23_ROLE_COUNT) {
      fail(r, "tensor %d (%s): role %" PRIu32 " is not one of the %d known", i, nm, role, G23_ROLE_COUNT);
      return;
    }
    if (init > G23_INIT_ALIBI) {
      fail(r, "tensor %d (%s): initialiser %" PRIu32 " is unknown", i, nm, init);
      return;
    }
    if (!isfinite(t->init_arg)) {
      fail(r, "tensor %d (%s): initialiser argument is not finite", i, nm);
      return;
    }
    if (nd > 1) {
      fail(r, "tensor %d (%s): no_decay flag %" PRIu32 " is not 0 or 1", i, nm, nd);
      return;
    }
    t->role = (g23_role_t)role;
    t->init = (g23_init_t)init;
    t->no_decay = nd;
    if (t->seq_axis < -1 || t->seq_axis >= t->rank ||
        (t->seq_axis >= 0 && t->role != G23_ROLE_INPUT && t->role != G23_ROLE_TARGET)) {
      fail(r, "tensor %d (%s): seq axis %d is not -1 or an axis of an input or target", i, nm, t->seq_axis);
      return;
    }
    if (t->index_bound < 0 || t->index_bound > (INT64_C(1) << 40) ||
        (t->index_bound > 0 && ((t->role != G23_ROLE_INPUT && t->role != G23_ROLE_TARGET) || t->dtype != G23_I32))) {
      fail(r, "tensor %d (%s): index bound %" PRId64 " is not 0 or a bound of an i32 input or target", i, nm,
           t->index_bound);
      return;
    }
    if (t->graph < -1 || t->graph >= G23_GRAPH_COUNT) {
      fail(r, "tensor %d (%s): graph %d is not -1 (persistent) or a graph kind", i, nm, t->graph);
      return;
    }
    int64_t want, end;
    if (!g23_mul_ok(numel, g23_dtype_size(t->dtype), &want) || t->nbytes != want) {
      fail(r, "tensor %d (%s): byte size %" PRId64 " does not match its shape and dtype", i, nm, t->nbytes);
      return;
    }
    if (t->offset < 0 || !g23_add_ok(t->offset, t->nbytes, &end) || end > p->arena_bytes) {
      fail(r, "tensor %d (%s): bytes [%" PRId64 ", +%" PRId64 ") lie outside the %" PRId64 "-byte arena", i, nm,
           t->offset, t->nbytes, p->arena_bytes);
      return;
    }
    if (t->offset % g23_dtype_size(t->dtype) != 0) {
      fail(r, "tensor %d (%s): offset %" PRId64 " is not aligned to its element size", i, nm, t->offset);
      return;
    }
  }
  end_section(r, outer);
}

/* The kernel sources: a dialect's name and its text, each dialect once.  A
 * dialect this runtime has no backend for is kept: a backend looks up its
 * own by name. */
static void read_sources(rd_t *r, g23_plan_t *p) {
  int n = get_count(r, "source count", 8);
  if (n < 0) return;
  p->sources = g23_xcalloc((size_t)(n ? n : 1), sizeof *p->sources);
  for (int i = 0; i < n && !r->in.failed; i++) {
    g23_plan_source_t *s = &p->sources[i];
    s->dialect = get_str(r, "source dialect", false);
    if (r->in.failed) return;
    p->nsources = i + 1;
    s->text = get_str(r, "source text", false);
    if (r->in.failed) return;
    if (!s->dialect[0]) {
      fail(r, "source %d has an empty dialect name", i);
      return;
    }
    for (int j = 0; j < i; j++)
      if (strcmp(p->sources[j].dialect, s->dialect) == 0) {
        fail(r, "the %s source is given twice (sources %d and %d)", s->dialect, j, i);
        return;
      }
  }
}

static void read_kernels(rd_t *r, g23_plan_t *p) {
  size_t outer = begin_section(r, TAG_KERN, "KERN");
  int n = get_count(r, "kernel count", 4 + 4 + 2 + 4);
  if (n < 0) return;
  p->kernels = g23_xcalloc((size_t)n ? (size_t)n : 1, sizeof *p->kernels);
  for (int i = 0; i < n && !r->in.failed; i++) {
    g23_kernel_t *k = &p->kernels[i];
    p->nkernels = i + 1;
    k->name = get_str(r, "kernel name", false);
    k->comment = get_str(r, "kernel comment", true);
    uint32_t joins = get_u32(r, "kernel joins");
    if (r->in.failed) return;
    if (joins > 1 || (joins && i == 0)) {
      fail(r, "kernel %d: joins is %" PRIu32 " (0, or 1 after another kernel)", i, joins);
      return;
    }
    k->joins = (int32_t)joins;
    if (!is_identifier(k->name)) {
      fail(r, "kernel %d: name \"%.60s\" is not a C identifier", i, k->name);
      return;
    }
  }
  end_section(r, outer);
}

/* The last byte + 1 that operand X (rows x cols, leading dim ld, batch
 * stride st, batch items) of a matmul touches, or -1 on overflow. */
static int64_t operand_end(int64_t off, int64_t batch, int64_t st, int64_t rows, int64_t cols, int64_t ld) {
  int64_t a, b, e;
  if (!g23_mul_ok(batch - 1, st, &a) || !g23_mul_ok(rows - 1, ld, &b) || !g23_add_ok(a, b, &e) ||
      !g23_add_ok(e, cols, &e) || !g23_mul_ok(e, 4, &e) || !g23_add_ok(e, off, &e))
    return -1;
  return e;
}

static int check_matmul(rd_t *r, const g23_plan_t *p, const char *g, int li, const g23_matmul_t *m) {
  char w[64];
  snprintf(w, sizeof w, "graph %s launch %d", g, li);
  if (m->m < 1 || m->n < 1 || m->k < 1 || m->batch < 1 || m->m > INT32_MAX || m->n > INT32_MAX ||
      m->k > INT32_MAX || m->batch > INT32_MAX)
    return fail(r, "%s: matmul sizes m=%" PRId64 " n=%" PRId64 " k=%" PRId64 " batch=%" PRId64 " are not valid", w,
                m->m, m->n, m->k, m->batch);
  if ((m->transa != 0 && m->transa != 1) || (m->transb != 0 && m->transb != 1))
    return fail(r, "%s: matmul transpose flags %d %d are not 0 or 1", w, m->transa, m->transb);
  if (m->epilogue < G23_EPI_NONE || m->epilogue >= G23_EPI_COUNT)
    return fail(r, "%s: matmul epilogue %d is unknown", w, m->epilogue);
  bool aux = g23_epi_has_aux(m->epilogue), bgrad = g23_epi_writes_bgrad(m->epilogue);
  if ((aux || bgrad) && m->batch != 1)
    return fail(r, "%s: matmul epilogue %s needs batch 1, not %" PRId64, w, g23_epilogue_name(m->epilogue),
                m->batch);
  if (m->epilogue == G23_EPI_BGRAD && m->transb)
    return fail(r, "%s: matmul epilogue bgrad needs an untransposed B", w);
  if (!isfinite(m->alpha) || !isfinite(m->beta)) return fail(r, "%s: matmul alpha or beta is not finite", w);
  /* Stored shapes (rows x cols) of A, B, C, row-major. */
  int64_t ar = m->transa ? m->k : m->m, ac = m->transa ? m->m : m->k;
  int64_t br = m->transb ? m->n : m->k, bc = m->transb ? m->k : m->n;
  if (m->lda < ac || m->ldb < bc || m->ldc < m->n || m->lda > INT32_MAX || m->ldb > INT32_MAX ||
      m->ldc > INT32_MAX || (aux && (m->ldaux < m->n || m->ldaux > INT32_MAX)))
    return fail(r, "%s: matmul leading dimensions %" PRId64 " %" PRId64 " %" PRId64 " (aux %" PRId64
                ") are too small or too large", w, m->lda, m->ldb, m->ldc, m->ldaux);
  if (m->stride_a < 0 || m->stride_b < 0 || m->stride_c < 0)
    return fail(r, "%s: matmul batch strides must not be negative", w);
  struct {
    const char *name;
    bool used;
    int64_t off, st, rows, cols, ld;
  } ops[6] = {{"A", true, m->off_a, m->stride_a, ar, ac, m->lda},
              {"B", true, m->off_b, m->stride_b, br, bc, m->ldb},
              {"C", true, m->off_c, m->stride_c, m->m, m->n, m->ldc},
              {"bias", g23_epi_reads_bias(m->epilogue), m->off_bias, 0, 1, m->n, m->n},
              {"aux", aux, m->off_aux, 0, m->m, m->n, m->ldaux},
              {"bias gradient", bgrad, m->off_bgrad, 0, 1, m->n, m->n}};
  for (int i = 0; i < 6; i++) {
    if (!ops[i].used) continue;
    int64_t e = ops[i].off < 0 || ops[i].off % 4 ? -1
                                                 : operand_end(ops[i].off, i >= 3 ? 1 : m->batch, ops[i].st,
                                                               ops[i].rows, ops[i].cols, ops[i].ld);
    if (e < 0 || e > p->arena_bytes)
      return fail(r, "%s: matmul operand %s at offset %" PRId64 " lies outside the %" PRId64 "-byte arena", w,
                  ops[i].name, ops[i].off, p->arena_bytes);
  }
  /* C written with stride 0 over several batch items would race. */
  if (m->batch > 1 && m->stride_c < m->m * m->ldc && m->stride_c != 0)
    return fail(r, "%s: matmul output batch items overlap", w);
  if (m->batch > 1 && m->stride_c == 0) return fail(r, "%s: matmul output has batch stride 0", w);
  return 0;
}

static void read_graphs(rd_t *r, g23_plan_t *p) {
  size_t outer = begin_section(r, TAG_GRPH, "GRPH");
  uint32_t ng = get_u32(r, "graph count");
  if (r->in.failed) return;
  if (ng != G23_GRAPH_COUNT) {
    fail(r, "graph count %" PRIu32 ", expected %d", ng, G23_GRAPH_COUNT);
    return;
  }
  for (int g = 0; g < G23_GRAPH_COUNT && !r->in.failed; g++) {
    const char *gn = g23_graph_kind_name((g23_graph_kind_t)g);
    g23_plan_graph_t *gr = &p->graphs[g];
    uint32_t has = get_u32(r, "graph present flag");
    gr->nkernels = get_i32(r, "graph kernel count");
    gr->nmatmuls = get_i32(r, "graph matmul count");
    gr->scratch_bytes = get_i64(r, "graph scratch bytes");
    gr->grad_cut = get_i32(r, "graph gradient cut");
    if (r->in.failed) return;
    if (has > 1) {
      fail(r, "graph %s: present flag %" PRIu32 " is not 0 or 1", gn, has);
      return;
    }
    p->has_graph[g] = has;
    if (gr->nkernels < 0 || gr->nmatmuls < 0 || gr->scratch_bytes < 0 || gr->scratch_bytes > p->arena_bytes) {
      fail(r, "graph %s: statistics are negative or exceed the arena", gn);
      return;
    }
    int n = get_count(r, "launch count", LAUNCH_BYTES);
    if (n < 0) return;
    if (!has && (n > 0 || gr->nkernels || gr->nmatmuls || gr->scratch_bytes)) {
      fail(r, "graph %s is absent but has launches or statistics", gn);
      return;
    }
    if (gr->grad_cut < 0 || gr->grad_cut > n || (gr->grad_cut > 0 && g != G23_GRAPH_TRAIN)) {
      fail(r, "graph %s: gradient cut %d is not 0 or a launch boundary of the training graph", gn, gr->grad_cut);
      return;
    }
    gr->launches = g23_xcalloc((size_t)n ? (size_t)n : 1, sizeof *gr->launches);
    gr->nlaunch = n;
    for (int i = 0; i < n && !r->in.failed; i++) {
      g23_launch_t *l = &gr->launches[i];
      uint32_t kind = get_u32(r, "launch kind");
      l->kernel = get_i32(r, "launch kernel");
      for (int d = 0; d < 3; d++) l->grid[d] = get_i64(r, "launch grid");
      for (int d = 0; d < 3; d++) l->block[d] = get_i32(r, "launch block");
      l->shmem = get_i32(r, "launch shared memory");
      g23_matmul_t *m = &l->mm;
      m->m = get_i64(r, "m");
      m->n = get_i64(r, "n");
      m->k = get_i64(r, "k");
      m->batch = get_i64(r, "batch");
      m->transa = get_i32(r, "transa");
      m->transb = get_i32(r, "transb");
      m->off_a = get_i64(r, "off_a");
      m->off_b = get_i64(r, "off_b");
      m->off_c = get_i64(r, "off_c");
      m->off_bias = get_i64(r, "off_bias");
      m->lda = get_i64(r, "lda");
      m->ldb = get_i64(r, "ldb");
      m->ldc = get_i64(r, "ldc");
      m->stride_a = get_i64(r, "stride_a");
      m->stride_b = get_i64(r, "stride_b");
      m->stride_c = get_i64(r, "stride_c");
      m->alpha = get_f32(r, "alpha");
      m->beta = get_f32(r, "beta");
      m->epilogue = get_i32(r, "epilogue");
      m->off_aux = get_i64(r, "off_aux");
      m->ldaux = get_i64(r, "ldaux");
      m->off_bgrad = get_i64(r, "off_bgrad");
      if (r->in.failed) return;
      if (kind > G23_LAUNCH_MATMUL) {
        fail(r, "graph %s launch %d: kind %" PRIu32 " is unknown", gn, i, kind);
        return;
      }
      l->kind = (g23_launch_kind_t)kind;
      for (int d = 0; d < 3; d++)
        if (l->grid[d] < 0 || l->grid[d] > INT32_MAX || l->block[d] < 0 || l->block[d] > 1024) {
          fail(r, "graph %s launch %d: launch geometry out of range", gn, i);
          return;
        }
      if (l->shmem < 0) {
        fail(r, "graph %s launch %d: negative shared memory", gn, i);
        return;
      }
      if (l->kind == G23_LAUNCH_KERNEL) {
        if (l->kernel < 0 || l->kernel >= p->nkernels) {
          fail(r, "graph %s launch %d: kernel index %d is outside the %d kernels", gn, i, l->kernel, p->nkernels);
          return;
        }
      } else if (check_matmul(r, p, gn, i, m)) {
        return;
      }
    }
  }
  /* a gradient is final at a launch boundary of the training graph, no
   * later than its cut */
  const g23_plan_graph_t *tr = &p->graphs[G23_GRAPH_TRAIN];
  for (int i = 0; i < p->ntensors && !r->in.failed; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->grad_final == 0) continue;
    if (t->role != G23_ROLE_GRAD || t->grad_final < 0 || t->grad_final > tr->nlaunch ||
        (tr->grad_cut > 0 && t->grad_final > tr->grad_cut)) {
      fail(r, "tensor %d (%s): gradient final after launch %d is not 0 or a launch boundary of the training graph "
           "no later than its gradient cut", i, t->name, t->grad_final);
      return;
    }
  }
  end_section(r, outer);
}

int g23_plan_parse(const char *data, size_t len, g23_plan_t *p, char *err, size_t errn) {
  static char dummy[1];
  if (!err || errn == 0) err = dummy, errn = 1;
  memset(p, 0, sizeof *p);
  rd_t r = {.in = {.p = (const unsigned char *)data, .n = len}, .err = err, .errn = errn};
  if (len < 8 || memcmp(data, G23_PLAN_MAGIC, 8) != 0) {
    g23_seterr(err, errn, "not a gpt23 plan (bad magic; expected \"G23PLAN\"); compile a model with gpt23c");
    return -1;
  }
  r.in.pos = 8;
  uint32_t version = get_u32(&r, "version");
  if (r.in.failed) return -1;
  if (version != G23_PLAN_VERSION) {
    if (version < G23_PLAN_VERSION)
      g23_seterr(err, errn,
               "the plan is of format version %" PRIu32 ", older than this gpt23run, which reads version %u; "
               "recompile the model with the gpt23c of this gpt23run",
               version, G23_PLAN_VERSION);
    else
      g23_seterr(err, errn,
               "the plan is of format version %" PRIu32 ", newer than this gpt23run, which reads version %u; "
               "run it with a newer gpt23run, or recompile the model with the gpt23c of this one",
               version, G23_PLAN_VERSION);
    return -1;
  }
  uint32_t flags = get_u32(&r, "flags");
  uint64_t payload = get_u64(&r, "payload size");
  uint32_t crc = get_u32(&r, "checksum");
  if (!need(&r, RESERVED_BYTES, "reserved header bytes")) return -1;
  for (int i = 0; i < RESERVED_BYTES; i++)
    if (r.in.p[r.in.pos + i]) return fail(&r, "reserved header byte %d is not zero", 36 + i);
  r.in.pos += RESERVED_BYTES;
  if (flags & ~FLAG_KNOWN) return fail(&r, "unknown header flags 0x%" PRIx32, flags & ~FLAG_KNOWN);
  if (payload != len - HEADER_BYTES)
    return fail(&r, "header says %" PRIu64 " payload bytes but the file has %zu (truncated or padded)", payload,
                len - HEADER_BYTES);
  uint32_t got = g23_crc32(data + HEADER_BYTES, len - HEADER_BYTES, 0);
  if (got != crc) return fail(&r, "checksum mismatch (stored %08" PRIx32 ", computed %08" PRIx32 ")", crc, got);
  p->version = version;

  read_hparams(&r, p);
  if (!r.in.failed) read_tensors(&r, p);
  if (!r.in.failed) read_names(&r, p);
  if (!r.in.failed) read_kernels(&r, p);
  if (!r.in.failed) read_graphs(&r, p);
  if (!r.in.failed) {
    size_t outer = begin_section(&r, TAG_SRCS, "SRCS");
    read_sources(&r, p);
    end_section(&r, outer);
  }
  if (!r.in.failed && r.in.pos != r.in.n) fail(&r, "%zu bytes after the last section", g23_le_left(&r.in));
  if (!r.in.failed) {
    bool any = false;
    for (int g = 0; g < G23_GRAPH_COUNT; g++) any |= p->has_graph[g];
    if (!any) fail(&r, "the plan has no graph");
  }
  if (r.in.failed) {
    g23_plan_free(p);
    return -1;
  }
  return 0;
}

int g23_plan_load(const char *path, g23_plan_t *p, char *err, size_t errn) {
  memset(p, 0, sizeof *p);
  size_t len;
  char *data = g23_read_file(path, &len);
  if (!data) return g23_seterr(err, errn, "%s: cannot read: %s", path, strerror(errno));
  int rc = g23_plan_parse(data, len, p, err, errn);
  free(data);
  if (rc) g23_err_prefix(err, errn, path);
  return rc;
}

/* ---- --dump ---------------------------------------------------------------- */

static void human_bytes(char *buf, size_t n, int64_t b) {
  if (b >= (1 << 20))
    snprintf(buf, n, "%.2f MiB", b / 1048576.0);
  else if (b >= 1024)
    snprintf(buf, n, "%.1f KiB", b / 1024.0);
  else
    snprintf(buf, n, "%" PRId64 " B", b);
}

static const char *init_name(g23_init_t i) {
  static const char *names[] = {"-", "zeros", "ones", "normal", "const", "alibi"};
  return (unsigned)i < sizeof names / sizeof *names ? names[i] : "?";
}

void g23_plan_describe(FILE *f, const g23_plan_t *p) {
  char b1[32], b2[32];
  fprintf(f, "plan (format version %u) of model %s\n", p->version, p->model_name ? p->model_name : "?");
  fprintf(f, "  vocab %" PRId64 ", max_seq %" PRId64 ", batch %" PRId64 ", seq %" PRId64 "%s%s\n", p->vocab,
          p->max_seq, p->batch, p->seq, p->classifier ? ", classifier" : "",
          p->incremental_decode ? ", incremental decode (KV cache)" : "");
  fprintf(f, "AdamW: beta1 %g, beta2 %g, eps %g\n", p->adamw.beta1, p->adamw.beta2, p->adamw.eps);
  fprintf(f, "hparams:\n");
  for (int i = 0; i < p->nhparams; i++) {
    if (p->hparams[i].is_float)
      fprintf(f, "  %-24s %g\n", p->hparams[i].name, p->hparams[i].value);
    else
      fprintf(f, "  %-24s %.0f\n", p->hparams[i].name, p->hparams[i].value);
  }
  human_bytes(b1, sizeof b1, p->arena_bytes);
  human_bytes(b2, sizeof b2, p->persistent_bytes);
  fprintf(f, "arena: %s (%" PRId64 " bytes), persistent %s\n", b1, p->arena_bytes, b2);
  struct {
    const char *n;
    int64_t v;
  } kinds[] = {{"params", p->bytes_params},
               {"grads", p->bytes_grads},
               {"optimizer state", p->bytes_optstate},
               {"kv cache", p->bytes_kvcache},
               {"activations", p->bytes_activations}};
  for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
    human_bytes(b1, sizeof b1, kinds[i].v);
    fprintf(f, "  %-16s %s\n", kinds[i].n, b1);
  }
  int64_t nparam = 0;
  for (int i = 0; i < p->ntensors; i++)
    if (p->tensors[i].role == G23_ROLE_PARAM) nparam += p->tensors[i].nbytes / g23_dtype_size(p->tensors[i].dtype);
  fprintf(f, "tensors: %d (%" PRId64 " parameters)\n", p->ntensors, nparam);
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    char shape[128];
    g23_shape_str(t->rank, t->shape, shape, sizeof shape);
    fprintf(f, "  %-40s %-8s %-4s %-18s %-8s @%-10" PRId64 " %10" PRId64 " B", t->name, g23_role_name(t->role),
            g23_dtype_name(t->dtype), shape, t->graph < 0 ? "persist" : g23_graph_kind_name((g23_graph_kind_t)t->graph),
            t->offset, t->nbytes);
    if (t->init == G23_INIT_NORMAL || t->init == G23_INIT_CONST)
      fprintf(f, "  init %s(%g)", init_name(t->init), t->init_arg);
    else if (t->init != G23_INIT_NONE)
      fprintf(f, "  init %s", init_name(t->init));
    if (t->no_decay) fprintf(f, " no_decay");
    if (t->seq_axis >= 0) fprintf(f, " seq axis %d", t->seq_axis);
    if (t->index_bound > 0) fprintf(f, " below %" PRId64, t->index_bound);
    if (t->grad_final > 0) fprintf(f, " final after launch %d", t->grad_final);
    fputc('\n', f);
  }
  for (int i = 0; i < p->nnames; i++) {
    const g23_names_t *t = &p->names[i];
    fprintf(f, "names %s: %d", t->name, t->n);
    if (t->prefix) fprintf(f, ", prefix \"%s\"", t->prefix);
    fputc('\n', f);
    for (int k = 0; k < t->n; k++) {
      const g23_xname_t *x = &t->v[k];
      if (x->kind == G23_XNAME_SKIP) fprintf(f, "  %-40s skip\n", x->name);
      else fprintf(f, "  %-40s %s%s\n", x->name, x->param, x->kind == G23_XNAME_TIED ? " (tied)" : "");
    }
  }
  fprintf(f, "graphs:\n");
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (!p->has_graph[g]) continue;
    const g23_plan_graph_t *gr = &p->graphs[g];
    human_bytes(b1, sizeof b1, gr->scratch_bytes);
    fprintf(f, "  %-8s %d launches (%d kernels, %d matmuls), scratch %s",
            g23_graph_kind_name((g23_graph_kind_t)g), gr->nlaunch, gr->nkernels, gr->nmatmuls, b1);
    if (gr->grad_cut) fprintf(f, ", gradients final after launch %d", gr->grad_cut);
    fputc('\n', f);
  }
  fprintf(f, "kernels: %d\n", p->nkernels);
  for (int i = 0; i < p->nkernels; i++)
    fprintf(f, "  %-32s %s%s\n", p->kernels[i].name, p->kernels[i].comment ? p->kernels[i].comment : "",
            p->kernels[i].joins ? " (ends the launch before's work)" : "");
  fprintf(f, "sources:");
  for (int i = 0; i < p->nsources; i++)
    fprintf(f, "%s %s %zu bytes", i ? "," : "", p->sources[i].dialect, strlen(p->sources[i].text));
  fprintf(f, "%s\n", p->nsources ? "" : " none");
}
