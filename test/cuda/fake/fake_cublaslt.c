/* fake_cublaslt.c: libcublasLt.so.13 of the emulated CUDA device stack
 * (fake.h).
 *
 * Handles, matmul descriptors, matrix layouts and preferences hold the
 * attributes gpt23 uses (runtime/cuda/cuda_api.h); an attribute set with the
 * wrong size is CUBLAS_STATUS_INVALID_VALUE, as in cuBLASLt, and one this
 * fake does not implement is CUBLAS_STATUS_NOT_SUPPORTED.
 *
 * cublasLtMatmulAlgoGetHeuristic offers one algorithm for a problem the
 * fake can compute (column-major layouts; A and B both fp32, bf16 or fp16;
 * C = D fp32 or of A's type; fp32 compute and scale; epilogues DEFAULT,
 * BIAS, GELU_BIAS with a bias of D's type shared by the batch; the training
 * epilogues GELU_AUX_BIAS, DGELU, DGELU_BGRAD and BGRADA unbatched, with an
 * fp32 aux (EPILOGUE_AUX_POINTER, _AUX_LD a multiple of 8, _AUX_DATA_TYPE)
 * and the bias gradient written through BIAS_POINTER).  The
 * algorithm remembers the problem, the operand alignments the preference
 * promised (MIN_ALIGNMENT_*_BYTES, 256 unless set) and needs 1 MiB of
 * workspace when the preference allows that much.  G23_FAKE_LT_NOALGO=1
 * makes it offer none (0 results), as for a shape cuBLASLt cannot do.
 *
 * cublasLtMatmul holds the caller to that: an algorithm of another problem,
 * a pointer less aligned than promised (or than its element), less
 * workspace than the algorithm needs, NULL operands, dimensions that do not
 * agree are CUBLAS_STATUS_INVALID_VALUE; C and D at different addresses are
 * CUBLAS_STATUS_NOT_SUPPORTED here (cuBLASLt allows it; gpt23 multiplies in
 * place).  Every descriptor and layout attribute, alpha and beta (host
 * pointers) and the operand addresses are copied at the call, and the
 * matmul is queued on the stream through g23_fake_cuda_enqueue (so it is
 * captured into a CUDA graph like a kernel).  When it runs, each operand's
 * span must lie in device memory (else CUDA_ERROR_ILLEGAL_ADDRESS, sticky);
 * the spans are copied into one scratch buffer and multiplied there by
 * g23_lt_emu_matmul (test/cuda/lt_emu.c: float64 accumulation, rounded once)
 * and D's span is copied back (with the bias gradient or the aux the
 * epilogue writes).  CUBLAS_COMPUTE_32F_FAST_TF32 (and _FAST_16BF)
 * round fp32 A and B to TF32 (bf16) first, as the tensor cores would.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu.h"
#include "fake.h"
#include "lt_emu.h"
#include "runtime/cuda/cuda_api.h"

#define EXPORT __attribute__((visibility("default")))

enum {
  CUBLAS_STATUS_SUCCESS = 0,
  CUBLAS_STATUS_NOT_INITIALIZED = 1,
  CUBLAS_STATUS_ALLOC_FAILED = 3,
  CUBLAS_STATUS_INVALID_VALUE = 7,
  CUBLAS_STATUS_ARCH_MISMATCH = 8,
  CUBLAS_STATUS_MAPPING_ERROR = 11,
  CUBLAS_STATUS_EXECUTION_FAILED = 13,
  CUBLAS_STATUS_INTERNAL_ERROR = 14,
  CUBLAS_STATUS_NOT_SUPPORTED = 15,
  CUBLAS_STATUS_LICENSE_ERROR = 16,
};

/* cublasLt.h, cublas_api.h */
enum { DESC_COMPUTE_TYPE = 0, DESC_SCALE_TYPE = 1, DESC_POINTER_MODE = 2, DESC_TRANSA = 3, DESC_TRANSB = 4,
       DESC_EPILOGUE = 7, DESC_BIAS_POINTER = 8, DESC_BIAS_BATCH_STRIDE = 10, DESC_EPILOGUE_AUX_POINTER = 11,
       DESC_EPILOGUE_AUX_LD = 12, DESC_EPILOGUE_AUX_DATA_TYPE = 22, DESC_BIAS_DATA_TYPE = 26 };
enum { LAYOUT_TYPE = 0, LAYOUT_ORDER = 1, LAYOUT_ROWS = 2, LAYOUT_COLS = 3, LAYOUT_LD = 4, LAYOUT_BATCH_COUNT = 5,
       LAYOUT_STRIDED_BATCH_OFFSET = 6 };
enum { PREF_SEARCH_MODE = 0, PREF_MAX_WORKSPACE_BYTES = 1, PREF_MIN_ALIGNMENT_A = 5, PREF_MIN_ALIGNMENT_D = 8 };
enum { COMPUTE_32F = 68, COMPUTE_32F_PEDANTIC = 69, COMPUTE_32F_FAST_16F = 74, COMPUTE_32F_FAST_16BF = 75,
       COMPUTE_32F_FAST_TF32 = 77 };

#define ALGO_MAGIC 0x67323366616c676full /* "g23falgo" */
#define ALGO_WORKSPACE ((size_t)1 << 20)

typedef struct {
  int32_t compute, scale, pointer_mode, transa, transb;
  uint32_t epilogue;
  const void *bias; /* the bias read, or the bias gradient written (DGELU_BGRAD, BGRADA) */
  int64_t bias_stride;
  int32_t bias_type; /* -1: D's type */
  void *aux;         /* GELU_AUX_BIAS writes it, DGELU(_BGRAD) read it */
  int64_t aux_ld;
  int32_t aux_type;  /* -1: D's type */
} desc_t;

typedef struct {
  uint32_t type;
  int32_t order;
  uint64_t rows, cols;
  int64_t ld;
  int32_t batch;
  int64_t stride;
} lay_t;

typedef struct {
  uint64_t max_ws;
  uint32_t align[4]; /* A, B, C, D */
  uint32_t search;
} pref_t;

/* The live objects, by kind. */
typedef enum { K_HANDLE, K_DESC, K_LAYOUT, K_PREF } kind_t;
typedef struct obj {
  struct obj *next;
  kind_t kind;
  union {
    desc_t d;
    lay_t l;
    pref_t p;
  } u;
} obj_t;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static obj_t *objs;

static obj_t *obj_new(kind_t kind) {
  obj_t *o = calloc(1, sizeof *o);
  if (!o) return NULL;
  o->kind = kind;
  pthread_mutex_lock(&lock);
  o->next = objs;
  objs = o;
  pthread_mutex_unlock(&lock);
  return o;
}

/* The object h of that kind, or NULL; a copy is taken under the lock so a
 * call sees one consistent state. */
static bool obj_get(const void *h, kind_t kind, obj_t *copy) {
  bool found = false;
  pthread_mutex_lock(&lock);
  for (obj_t *o = objs; o; o = o->next)
    if (o == h && o->kind == kind) {
      if (copy) *copy = *o;
      found = true;
      break;
    }
  pthread_mutex_unlock(&lock);
  return found;
}

static int obj_free(void *h, kind_t kind) {
  pthread_mutex_lock(&lock);
  obj_t **link = &objs;
  while (*link && !(*link == h && (*link)->kind == kind)) link = &(*link)->next;
  obj_t *o = *link;
  if (o) *link = o->next;
  pthread_mutex_unlock(&lock);
  if (!o) return kind == K_HANDLE ? CUBLAS_STATUS_NOT_INITIALIZED : CUBLAS_STATUS_INVALID_VALUE;
  free(o);
  return CUBLAS_STATUS_SUCCESS;
}

/* Sets attribute value buf (n bytes) into field f (fn bytes) of object h
 * under the lock. */
static int obj_set(void *h, kind_t kind, void *(*field)(obj_t *, int, size_t *), int attr, const void *buf,
                   size_t n) {
  if (!buf) return CUBLAS_STATUS_INVALID_VALUE;
  int st = CUBLAS_STATUS_INVALID_VALUE;
  pthread_mutex_lock(&lock);
  for (obj_t *o = objs; o; o = o->next)
    if (o == h && o->kind == kind) {
      size_t fn = 0;
      void *f = field(o, attr, &fn);
      if (!f) st = CUBLAS_STATUS_NOT_SUPPORTED;
      else if (fn != n) st = CUBLAS_STATUS_INVALID_VALUE;
      else {
        memcpy(f, buf, n);
        st = CUBLAS_STATUS_SUCCESS;
      }
      break;
    }
  pthread_mutex_unlock(&lock);
  return st;
}

/* ---- the simple entry points ----------------------------------------------------- */

EXPORT size_t cublasLtGetVersion(void) { return 130100; }

EXPORT const char *cublasLtGetStatusName(int s) {
  switch (s) {
  case CUBLAS_STATUS_SUCCESS: return "CUBLAS_STATUS_SUCCESS";
  case CUBLAS_STATUS_NOT_INITIALIZED: return "CUBLAS_STATUS_NOT_INITIALIZED";
  case CUBLAS_STATUS_ALLOC_FAILED: return "CUBLAS_STATUS_ALLOC_FAILED";
  case CUBLAS_STATUS_INVALID_VALUE: return "CUBLAS_STATUS_INVALID_VALUE";
  case CUBLAS_STATUS_ARCH_MISMATCH: return "CUBLAS_STATUS_ARCH_MISMATCH";
  case CUBLAS_STATUS_MAPPING_ERROR: return "CUBLAS_STATUS_MAPPING_ERROR";
  case CUBLAS_STATUS_EXECUTION_FAILED: return "CUBLAS_STATUS_EXECUTION_FAILED";
  case CUBLAS_STATUS_INTERNAL_ERROR: return "CUBLAS_STATUS_INTERNAL_ERROR";
  case CUBLAS_STATUS_NOT_SUPPORTED: return "CUBLAS_STATUS_NOT_SUPPORTED";
  case CUBLAS_STATUS_LICENSE_ERROR: return "CUBLAS_STATUS_LICENSE_ERROR";
  default: return "CUBLAS_STATUS_UNKNOWN";
  }
}

EXPORT int cublasLtCreate(void **h) {
  if (!h) return CUBLAS_STATUS_INVALID_VALUE;
  obj_t *o = obj_new(K_HANDLE);
  if (!o) return CUBLAS_STATUS_ALLOC_FAILED;
  *h = o;
  return CUBLAS_STATUS_SUCCESS;
}
EXPORT int cublasLtDestroy(void *h) { return obj_free(h, K_HANDLE); }

EXPORT int cublasLtMatmulDescCreate(void **d, int compute, int scale) {
  if (!d) return CUBLAS_STATUS_INVALID_VALUE;
  obj_t *o = obj_new(K_DESC);
  if (!o) return CUBLAS_STATUS_ALLOC_FAILED;
  o->u.d = (desc_t){.compute = compute, .scale = scale, .epilogue = G23_CUBLASLT_EPILOGUE_DEFAULT, .bias_type = -1,
                    .aux_type = -1};
  *d = o;
  return CUBLAS_STATUS_SUCCESS;
}
EXPORT int cublasLtMatmulDescDestroy(void *d) { return obj_free(d, K_DESC); }

static void *desc_field(obj_t *o, int attr, size_t *n) {
  desc_t *d = &o->u.d;
  switch (attr) {
  case DESC_COMPUTE_TYPE: *n = 4; return &d->compute;
  case DESC_SCALE_TYPE: *n = 4; return &d->scale;
  case DESC_POINTER_MODE: *n = 4; return &d->pointer_mode;
  case DESC_TRANSA: *n = 4; return &d->transa;
  case DESC_TRANSB: *n = 4; return &d->transb;
  case DESC_EPILOGUE: *n = 4; return &d->epilogue;
  case DESC_BIAS_POINTER: *n = sizeof d->bias; return &d->bias;
  case DESC_BIAS_BATCH_STRIDE: *n = 8; return &d->bias_stride;
  case DESC_BIAS_DATA_TYPE: *n = 4; return &d->bias_type;
  case DESC_EPILOGUE_AUX_POINTER: *n = sizeof d->aux; return &d->aux;
  case DESC_EPILOGUE_AUX_LD: *n = 8; return &d->aux_ld;
  case DESC_EPILOGUE_AUX_DATA_TYPE: *n = 4; return &d->aux_type;
  default: return NULL;
  }
}
EXPORT int cublasLtMatmulDescSetAttribute(void *d, int attr, const void *buf, size_t n) {
  return obj_set(d, K_DESC, desc_field, attr, buf, n);
}

EXPORT int cublasLtMatrixLayoutCreate(void **l, int type, uint64_t rows, uint64_t cols, int64_t ld) {
  if (!l) return CUBLAS_STATUS_INVALID_VALUE;
  obj_t *o = obj_new(K_LAYOUT);
  if (!o) return CUBLAS_STATUS_ALLOC_FAILED;
  o->u.l = (lay_t){.type = (uint32_t)type, .rows = rows, .cols = cols, .ld = ld, .batch = 1};
  *l = o;
  return CUBLAS_STATUS_SUCCESS;
}
EXPORT int cublasLtMatrixLayoutDestroy(void *l) { return obj_free(l, K_LAYOUT); }

static void *layout_field(obj_t *o, int attr, size_t *n) {
  lay_t *l = &o->u.l;
  switch (attr) {
  case LAYOUT_TYPE: *n = 4; return &l->type;
  case LAYOUT_ORDER: *n = 4; return &l->order;
  case LAYOUT_ROWS: *n = 8; return &l->rows;
  case LAYOUT_COLS: *n = 8; return &l->cols;
  case LAYOUT_LD: *n = 8; return &l->ld;
  case LAYOUT_BATCH_COUNT: *n = 4; return &l->batch;
  case LAYOUT_STRIDED_BATCH_OFFSET: *n = 8; return &l->stride;
  default: return NULL;
  }
}
EXPORT int cublasLtMatrixLayoutSetAttribute(void *l, int attr, const void *buf, size_t n) {
  return obj_set(l, K_LAYOUT, layout_field, attr, buf, n);
}

EXPORT int cublasLtMatmulPreferenceCreate(void **p) {
  if (!p) return CUBLAS_STATUS_INVALID_VALUE;
  obj_t *o = obj_new(K_PREF);
  if (!o) return CUBLAS_STATUS_ALLOC_FAILED;
  o->u.p = (pref_t){.max_ws = 0, .align = {256, 256, 256, 256}};
  *p = o;
  return CUBLAS_STATUS_SUCCESS;
}
EXPORT int cublasLtMatmulPreferenceDestroy(void *p) { return obj_free(p, K_PREF); }

static void *pref_field(obj_t *o, int attr, size_t *n) {
  pref_t *p = &o->u.p;
  if (attr >= PREF_MIN_ALIGNMENT_A && attr <= PREF_MIN_ALIGNMENT_D) {
    *n = 4;
    return &p->align[attr - PREF_MIN_ALIGNMENT_A];
  }
  switch (attr) {
  case PREF_SEARCH_MODE: *n = 4; return &p->search;
  case PREF_MAX_WORKSPACE_BYTES: *n = 8; return &p->max_ws;
  default: return NULL;
  }
}
EXPORT int cublasLtMatmulPreferenceSetAttribute(void *p, int attr, const void *buf, size_t n) {
  return obj_set(p, K_PREF, pref_field, attr, buf, n);
}

/* ---- the problem ------------------------------------------------------------------ */

static int elem_bytes(uint32_t type) {
  switch (type) {
  case G23_CUDA_R_32F: return 4;
  case G23_CUDA_R_16F: case G23_CUDA_R_16BF: return 2;
  default: return 0;
  }
}

static g23_lt_layout_t layout_of(const lay_t *l) {
  return (g23_lt_layout_t){(int32_t)l->type, l->rows, l->cols, l->ld, l->batch, l->stride};
}

/* Bytes from a matrix's first element to past its last. */
static size_t span_bytes(const lay_t *l) {
  return (size_t)elem_bytes(l->type) *
         (size_t)((int64_t)(l->batch - 1) * l->stride + (int64_t)(l->cols - 1) * l->ld + (int64_t)l->rows);
}

/* What the operation is, as lt_emu.h takes it (offsets and alpha/beta left
 * for the caller), or the status cuBLASLt would give, with why. */
/* What an epilogue reads and writes: the bias vector (read; written as the
 * bias gradient by DGELU_BGRAD and BGRADA, of D's rows: a sum over D's
 * columns, or over A's k columns), and the aux matrix (shaped like D). */
static bool epi_writes_bgrad(uint32_t e) {
  return e == G23_CUBLASLT_EPILOGUE_DGELU_BGRAD || e == G23_CUBLASLT_EPILOGUE_BGRADA;
}
static bool epi_has_bias(uint32_t e) {
  return e == G23_CUBLASLT_EPILOGUE_BIAS || e == G23_CUBLASLT_EPILOGUE_GELU_BIAS ||
         e == G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS || epi_writes_bgrad(e);
}
static bool epi_has_aux(uint32_t e) {
  return e == G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS || e == G23_CUBLASLT_EPILOGUE_DGELU ||
         e == G23_CUBLASLT_EPILOGUE_DGELU_BGRAD;
}

static int problem(const desc_t *d, const lay_t *a, const lay_t *b, const lay_t *c, const lay_t *dl,
                   g23_lt_matmul_t *lt, char *why, size_t whyn) {
  memset(lt, 0, sizeof *lt);
  if (d->transa < 0 || d->transa > 1 || d->transb < 0 || d->transb > 1) {
    snprintf(why, whyn, "operation %d/%d", d->transa, d->transb);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  if (a->order || b->order || c->order || dl->order) {
    snprintf(why, whyn, "a matrix order other than column-major");
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  if (c->type != dl->type || c->rows != dl->rows || c->cols != dl->cols || c->ld != dl->ld ||
      c->batch != dl->batch || c->stride != dl->stride) {
    snprintf(why, whyn, "C and D of different layouts");
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  int64_t m = (int64_t)dl->rows, n = (int64_t)dl->cols, k = (int64_t)(d->transa ? a->rows : a->cols);
  if (m < 1 || n < 1 || k < 1) {
    snprintf(why, whyn, "an empty matrix");
    return CUBLAS_STATUS_INVALID_VALUE;
  }
  if ((int64_t)(d->transa ? a->cols : a->rows) != m || (int64_t)(d->transb ? b->cols : b->rows) != k ||
      (int64_t)(d->transb ? b->rows : b->cols) != n) {
    snprintf(why, whyn, "op(A) %llu x %llu, op(B) %llu x %llu and D %lld x %lld do not agree",
             (unsigned long long)(d->transa ? a->cols : a->rows), (unsigned long long)(d->transa ? a->rows : a->cols),
             (unsigned long long)(d->transb ? b->cols : b->rows), (unsigned long long)(d->transb ? b->rows : b->cols),
             (long long)m, (long long)n);
    return CUBLAS_STATUS_INVALID_VALUE;
  }
  const lay_t *all[3] = {a, b, dl};
  for (int i = 0; i < 3; i++) {
    if (all[i]->ld < (int64_t)all[i]->rows || all[i]->batch < 1 || all[i]->stride < 0) {
      snprintf(why, whyn, "matrix %c: ld %lld < rows %llu, or batch %d, stride %lld", "ABD"[i],
               (long long)all[i]->ld, (unsigned long long)all[i]->rows, all[i]->batch, (long long)all[i]->stride);
      return CUBLAS_STATUS_INVALID_VALUE;
    }
  }
  if (a->batch != dl->batch || b->batch != dl->batch) {
    snprintf(why, whyn, "batch counts %d, %d, %d", a->batch, b->batch, dl->batch);
    return CUBLAS_STATUS_INVALID_VALUE;
  }
  if (a->type != b->type || !elem_bytes(a->type) || (dl->type != G23_CUDA_R_32F && dl->type != a->type)) {
    snprintf(why, whyn, "types A %u, B %u, D %u", a->type, b->type, dl->type);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  bool fast = d->compute == COMPUTE_32F_FAST_TF32 || d->compute == COMPUTE_32F_FAST_16BF ||
              d->compute == COMPUTE_32F_FAST_16F;
  if ((d->compute != COMPUTE_32F && d->compute != COMPUTE_32F_PEDANTIC && !fast) || d->scale != G23_CUDA_R_32F ||
      (fast && a->type != G23_CUDA_R_32F)) {
    snprintf(why, whyn, "compute type %d with scale type %d and A/B type %u", d->compute, d->scale, a->type);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  if (d->pointer_mode != 0) {
    snprintf(why, whyn, "alpha and beta in device memory (pointer mode %d)", d->pointer_mode);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  switch (d->epilogue) {
  case G23_CUBLASLT_EPILOGUE_DEFAULT: case G23_CUBLASLT_EPILOGUE_BIAS: case G23_CUBLASLT_EPILOGUE_GELU_BIAS:
  case G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS: case G23_CUBLASLT_EPILOGUE_DGELU:
  case G23_CUBLASLT_EPILOGUE_DGELU_BGRAD: case G23_CUBLASLT_EPILOGUE_BGRADA: break;
  default:
    snprintf(why, whyn, "epilogue %u", d->epilogue);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  int32_t bias_type = d->bias_type < 0 ? (int32_t)dl->type : d->bias_type;
  int32_t aux_type = d->aux_type < 0 ? (int32_t)dl->type : d->aux_type;
  if (epi_has_aux(d->epilogue) && (aux_type != G23_CUDA_R_32F || d->aux_ld % 8 != 0 || d->aux_ld < (int64_t)m ||
                                   dl->batch != 1)) {
    snprintf(why, whyn, "an aux of type %d with ld %lld for %lld rows of D, batch %d (an fp32 aux, ld a multiple "
             "of 8, no batch)", aux_type, (long long)d->aux_ld, (long long)m, dl->batch);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  if (epi_writes_bgrad(d->epilogue) && dl->batch != 1) {
    snprintf(why, whyn, "a bias gradient with batch %d", dl->batch);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  if (epi_has_bias(d->epilogue) &&
      (bias_type != (int32_t)dl->type || (dl->batch > 1 && d->bias_stride != 0))) {
    snprintf(why, whyn, "a bias of type %d (D: %u) or one per batch item (stride %lld)", bias_type, dl->type,
             (long long)d->bias_stride);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  lt->transa = d->transa;
  lt->transb = d->transb;
  lt->m = m;
  lt->n = n;
  lt->k = k;
  lt->a = layout_of(a);
  lt->b = layout_of(b);
  lt->c = layout_of(dl);
  lt->epilogue = (int32_t)d->epilogue;
  lt->bias_type = bias_type;
  lt->aux_ld = d->aux_ld;
  lt->aux_type = aux_type;
  lt->compute = G23_CUBLAS_COMPUTE_32F;
  return CUBLAS_STATUS_SUCCESS;
}

static uint64_t mix(uint64_t h, int64_t v) {
  for (int i = 0; i < 8; i++) h = (h ^ (uint8_t)((uint64_t)v >> (8 * i))) * 0x100000001b3ull;
  return h;
}

/* One number for everything an algorithm was chosen for (all but the bias
 * pointer, which changes from call to call). */
static uint64_t fingerprint(const desc_t *d, const lay_t *l[4]) {
  int64_t v[] = {d->compute, d->scale, d->pointer_mode, d->transa, d->transb, d->epilogue, d->bias_stride,
                 d->bias_type, d->aux_ld, d->aux_type};
  uint64_t h = 0xcbf29ce484222325ull;
  for (size_t i = 0; i < sizeof v / sizeof *v; i++) h = mix(h, v[i]);
  for (int i = 0; i < 4; i++) {
    int64_t w[] = {l[i]->type, l[i]->order, (int64_t)l[i]->rows, (int64_t)l[i]->cols, l[i]->ld, l[i]->batch,
                   l[i]->stride};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++) h = mix(h, w[k]);
  }
  return h;
}

static bool env_on(const char *name) {
  const char *v = getenv(name);
  return v && v[0] && strcmp(v, "0") != 0;
}

EXPORT int cublasLtMatmulAlgoGetHeuristic(void *h, void *hd, void *ha, void *hb, void *hc, void *hdl, void *hp,
                                          int requested, g23_lt_heuristic_t *results, int *nresults) {
  obj_t od, oa, ob, oc, odl, op;
  if (!obj_get(h, K_HANDLE, NULL)) return CUBLAS_STATUS_NOT_INITIALIZED;
  if (!obj_get(hd, K_DESC, &od) || !obj_get(ha, K_LAYOUT, &oa) || !obj_get(hb, K_LAYOUT, &ob) ||
      !obj_get(hc, K_LAYOUT, &oc) || !obj_get(hdl, K_LAYOUT, &odl) || !obj_get(hp, K_PREF, &op) ||
      requested < 1 || !results || !nresults)
    return CUBLAS_STATUS_INVALID_VALUE;
  *nresults = 0;
  for (int i = 0; i < 4; i++)
    if (op.u.p.align[i] == 0 || (op.u.p.align[i] & (op.u.p.align[i] - 1))) return CUBLAS_STATUS_INVALID_VALUE;
  g23_lt_matmul_t lt;
  char why[256];
  int st = problem(&od.u.d, &oa.u.l, &ob.u.l, &oc.u.l, &odl.u.l, &lt, why, sizeof why);
  if (st == CUBLAS_STATUS_NOT_SUPPORTED) return st; /* no algorithm for it */
  if (st != CUBLAS_STATUS_SUCCESS) return st;
  if (env_on("G23_FAKE_LT_NOALGO")) return CUBLAS_STATUS_SUCCESS;
  const lay_t *ls[4] = {&oa.u.l, &ob.u.l, &oc.u.l, &odl.u.l};
  memset(&results[0], 0, sizeof results[0]);
  g23_lt_algo_t *algo = &results[0].algo;
  size_t ws = op.u.p.max_ws >= ALGO_WORKSPACE ? ALGO_WORKSPACE : 0;
  algo->data[0] = ALGO_MAGIC;
  algo->data[1] = fingerprint(&od.u.d, ls);
  for (int i = 0; i < 4; i++) algo->data[2 + i] = op.u.p.align[i];
  algo->data[6] = ws;
  results[0].workspace_size = ws;
  results[0].state = CUBLAS_STATUS_SUCCESS;
  results[0].waves_count = 1.0f;
  *nresults = 1;
  return CUBLAS_STATUS_SUCCESS;
}

/* ---- the queued matmul ---------------------------------------------------------------- */

typedef struct {
  g23_lt_matmul_t lt; /* offsets into the scratch buffer */
  const char *a, *b;
  char *c, *bias, *aux; /* bias: written back when a gradient; aux: when GELU_AUX_BIAS */
  size_t a_bytes, b_bytes, c_bytes, bias_bytes, aux_bytes, scratch_bytes;
  int round; /* fp32 A and B rounded to 1: TF32, 2: bf16 first */
  const void *ws;
  size_t ws_need;
} job_t;

static size_t up256(size_t n) { return (n + 255) & ~(size_t)255; }

/* fp32 to TF32 (10 mantissa bits) or bf16 (7), round to nearest even, in
 * place; NaN and infinity kept. */
static void round_f32(char *p, size_t bytes, int mode) {
  unsigned drop = mode == 1 ? 13 : 16;
  for (size_t i = 0; i + 4 <= bytes; i += 4) {
    uint32_t u;
    memcpy(&u, p + i, 4);
    if ((u & 0x7f800000u) != 0x7f800000u) {
      u += ((1u << (drop - 1)) - 1) + ((u >> drop) & 1u);
      u &= ~((1u << drop) - 1);
    }
    memcpy(p + i, &u, 4);
  }
}

static int job_run(void *payload, char *err, size_t errn) {
  job_t *j = payload;
  const struct {
    const char *what;
    const void *p;
    size_t n;
  } ops[] = {{"A", j->a, j->a_bytes}, {"B", j->b, j->b_bytes}, {"C/D", j->c, j->c_bytes},
             {"bias", j->bias, j->bias_bytes}, {"aux", j->aux, j->aux_bytes}, {"workspace", j->ws, j->ws_need}};
  for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
    if (ops[i].n && !g23_fake_cuda_valid_range(ops[i].p, ops[i].n)) {
      snprintf(err, errn, "cublasLtMatmul: %s (%zu bytes at %p) is not in device memory", ops[i].what, ops[i].n,
               ops[i].p);
      return G23_CUDA_ERROR_ILLEGAL_ADDRESS;
    }
  char *s = aligned_alloc(256, j->scratch_bytes);
  if (!s) {
    snprintf(err, errn, "cublasLtMatmul: no host memory for %zu bytes of scratch", j->scratch_bytes);
    return G23_CUDA_ERROR_LAUNCH_FAILED;
  }
  memcpy(s + j->lt.off_a, j->a, j->a_bytes);
  memcpy(s + j->lt.off_b, j->b, j->b_bytes);
  memcpy(s + j->lt.off_c, j->c, j->c_bytes);
  if (j->bias_bytes) memcpy(s + j->lt.off_bias, j->bias, j->bias_bytes);
  if (j->aux_bytes) memcpy(s + j->lt.off_aux, j->aux, j->aux_bytes);
  if (j->round) {
    round_f32(s + j->lt.off_a, j->a_bytes, j->round);
    round_f32(s + j->lt.off_b, j->b_bytes, j->round);
  }
  char why[512];
  int rc = 0;
  if (g23_lt_emu_matmul(&j->lt, s, why, sizeof why) != 0) {
    snprintf(err, errn, "cublasLtMatmul: %s", why);
    rc = G23_CUDA_ERROR_LAUNCH_FAILED;
  } else {
    memcpy(j->c, s + j->lt.off_c, j->c_bytes);
    if (epi_writes_bgrad((uint32_t)j->lt.epilogue)) memcpy(j->bias, s + j->lt.off_bias, j->bias_bytes);
    if (j->lt.epilogue == G23_CUBLASLT_EPILOGUE_GELU_AUX_BIAS) memcpy(j->aux, s + j->lt.off_aux, j->aux_bytes);
  }
  free(s);
  return rc;
}

static void report(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void report(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("libcublasLt (gpt23 fake): cublasLtMatmul: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
}

static bool aligned(const void *p, size_t a) { return a <= 1 || (uintptr_t)p % a == 0; }

EXPORT int cublasLtMatmul(void *h, void *hd, const void *alpha, const void *A, void *ha, const void *B, void *hb,
                          const void *beta, const void *C, void *hc, void *D, void *hdl, const g23_lt_algo_t *algo,
                          void *ws, size_t wsbytes, void *stream) {
  obj_t od, oa, ob, oc, odl;
  if (!obj_get(h, K_HANDLE, NULL)) return CUBLAS_STATUS_NOT_INITIALIZED;
  if (!obj_get(hd, K_DESC, &od) || !obj_get(ha, K_LAYOUT, &oa) || !obj_get(hb, K_LAYOUT, &ob) ||
      !obj_get(hc, K_LAYOUT, &oc) || !obj_get(hdl, K_LAYOUT, &odl) || !alpha || !beta || !A || !B || !C || !D)
    return CUBLAS_STATUS_INVALID_VALUE;
  const desc_t *d = &od.u.d;
  job_t *j = calloc(1, sizeof *j);
  if (!j) return CUBLAS_STATUS_ALLOC_FAILED;
  char why[256];
  int st = problem(d, &oa.u.l, &ob.u.l, &oc.u.l, &odl.u.l, &j->lt, why, sizeof why);
  if (st != CUBLAS_STATUS_SUCCESS) {
    report("%s", why);
    free(j);
    return st;
  }
  if (C != D) {
    report("C and D at different addresses are not emulated");
    free(j);
    return CUBLAS_STATUS_NOT_SUPPORTED;
  }
  /* The algorithm: of this problem, with the alignments it may assume. */
  uint32_t al[4] = {256, 256, 256, 256};
  size_t need = 0;
  if (algo) {
    const lay_t *ls[4] = {&oa.u.l, &ob.u.l, &oc.u.l, &odl.u.l};
    if (algo->data[0] != ALGO_MAGIC || algo->data[1] != fingerprint(d, ls)) {
      report("the algorithm was not chosen for this problem (descriptor or layouts changed since the heuristic)");
      free(j);
      return CUBLAS_STATUS_INVALID_VALUE;
    }
    for (int i = 0; i < 4; i++) al[i] = (uint32_t)algo->data[2 + i];
    need = (size_t)algo->data[6];
  } else {
    al[0] = al[1] = al[2] = al[3] = 1; /* cuBLASLt chooses for the pointers it gets */
  }
  int ea = elem_bytes(oa.u.l.type), ec = elem_bytes(odl.u.l.type);
  const void *bias = epi_has_bias(d->epilogue) ? d->bias : NULL;
  void *aux = epi_has_aux(d->epilogue) ? d->aux : NULL;
  if (!aligned(A, al[0]) || !aligned(B, al[1]) || !aligned(C, al[2]) || !aligned(D, al[3]) || !aligned(A, ea) ||
      !aligned(B, ea) || !aligned(D, ec) || (bias && !aligned(bias, ec)) || (aux && !aligned(aux, 16))) {
    report("an operand is less aligned than the algorithm assumes (A %p, B %p, C %p, D %p, bias %p; promised "
           "%u, %u, %u, %u bytes)", A, B, C, D, bias, al[0], al[1], al[2], al[3]);
    free(j);
    return CUBLAS_STATUS_INVALID_VALUE;
  }
  if (epi_has_bias(d->epilogue) && !bias) {
    report("a bias epilogue without CUBLASLT_MATMUL_DESC_BIAS_POINTER");
    free(j);
    return CUBLAS_STATUS_INVALID_VALUE;
  }
  if (epi_has_aux(d->epilogue) && !aux) {
    report("an aux epilogue without CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER");
    free(j);
    return CUBLAS_STATUS_INVALID_VALUE;
  }
  if (wsbytes < need || (need && !ws)) {
    report("%zu bytes of workspace at %p; the algorithm needs %zu", wsbytes, ws, need);
    free(j);
    return CUBLAS_STATUS_INVALID_VALUE;
  }
  /* Everything as it is now: the caller changes the bias pointer, alpha
   * and beta before its next call; a graph replays these. */
  memcpy(&j->lt.alpha, alpha, sizeof(float));
  memcpy(&j->lt.beta, beta, sizeof(float));
  j->a = A;
  j->b = B;
  j->c = D;
  j->bias = (char *)bias;
  j->aux = aux;
  j->a_bytes = span_bytes(&oa.u.l);
  j->b_bytes = span_bytes(&ob.u.l);
  j->c_bytes = span_bytes(&odl.u.l);
  j->bias_bytes = bias ? (size_t)j->lt.m * (size_t)elem_bytes((uint32_t)j->lt.bias_type) : 0;
  /* The aux is shaped like D (m x n, column-major, ld aux_ld), unbatched. */
  j->aux_bytes = aux ? ((size_t)(j->lt.n - 1) * (size_t)j->lt.aux_ld + (size_t)j->lt.m) *
                           (size_t)elem_bytes((uint32_t)j->lt.aux_type) : 0;
  j->lt.off_a = 0;
  j->lt.off_b = (int64_t)up256(j->a_bytes);
  j->lt.off_c = j->lt.off_b + (int64_t)up256(j->b_bytes);
  j->lt.off_bias = j->lt.off_c + (int64_t)up256(j->c_bytes);
  j->lt.off_aux = j->lt.off_bias + (int64_t)up256(j->bias_bytes);
  j->scratch_bytes = (size_t)j->lt.off_aux + up256(j->aux_bytes) + 256;
  j->round = d->compute == COMPUTE_32F_FAST_TF32 ? 1 : d->compute == COMPUTE_32F_FAST_16BF ? 2 : 0;
  j->ws = ws;
  j->ws_need = need;
  int r = g23_fake_cuda_enqueue(stream, job_run, j, free);
  if (r != 0) {
    report("the stream did not take the matmul: CUDA error %d", r);
    free(j);
    return CUBLAS_STATUS_EXECUTION_FAILED;
  }
  return CUBLAS_STATUS_SUCCESS;
}
