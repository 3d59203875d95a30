/* matmul.c: the CUDA backend's matmuls.
 *
 * Matmuls go to cuBLASLt.  The plan's matmuls are row-major; cuBLASLt's are
 * column-major: cublaslt_desc.h holds the translation (exchange the
 * operands and m with n, keep the transposes) and test/cuda checks it on the
 * CPU.  Descriptors, layouts and the heuristic's algorithm (32 MiB workspace)
 * are made once per matmul shape and kept.  When the heuristic offers no
 * algorithm, gpt23 says so once for that shape and runs its own tiled kernel
 * (g23_builtin_matmul, compiled with the plan's source); so it does for a
 * matmul whose epilogue cuBLASLt's rules exclude (an aux leading dimension
 * that is not a multiple of 8).  G23_CUDA_MATMUL=builtin forces that kernel
 * everywhere.  Epilogues: plan.h's map to cuBLASLt's (cublaslt_desc.h); the
 * aux (GELU's pre-activation) and the bias gradients are fp32 arena
 * tensors in either precision.
 *
 * Precision (g23_runtime_opts_t.precision, gpt23run --precision): bf16 by
 * default, or fp32.  The arena is fp32 either way: parameters (the master
 * weights), gradients, AdamW's moments, activations; every generated kernel
 * (elementwise, softmax, layernorm, cross-entropy, AdamW) computes in fp32.
 * What bf16 changes is the matmuls, where nearly all of a step's work is:
 * before each one the elements of A and B it reads are converted to bf16
 * (round to nearest even, exactly as __float2bfloat16; g23_f32_to_bf16, a
 * kernel of the backend's own source) into a conversion workspace sized at
 * init for the plan's largest matmul, and cuBLASLt multiplies them with A/B
 * CUDA_R_16BF, C/D CUDA_R_32F, CUBLAS_COMPUTE_32F and an fp32 scale: fp32
 * accumulation, fp32 output into the arena, fp32 bias in the epilogue
 * (cublaslt_desc.h, g23_lt_from_matmul_prec).  The built-in matmul rounds
 * its operand tiles the same way.  So a bf16 step differs from an fp32 one
 * only by the rounding of matmul inputs (relative 2^-9 each), which
 * test/gpu/check.sh bounds against the CPU.  Weights are converted again at
 * every matmul that reads them (a few per step); the conversion is a
 * memory-bound pass next to a tensor-core matmul.  fp32 precision is the
 * exact mode: fp32 operands, CUBLAS_COMPUTE_32F (G23_CUDA_TF32=1: TF32
 * tensor cores, fp32 accumulation), for comparing with the CPU.  Plans with
 * bf16 or f16 tensors (reduced-precision storage) are refused at init.
 */
#include "config.h"

#include <inttypes.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cuda_ctx.h"

/* The CUDA data type of the matmul operands (see the file comment). */
static int32_t matmul_data_type(const g23_backend_ctx_t *c) { return c->bf16 ? G23_CUDA_R_16BF : G23_CUDA_R_32F; }

/* ---- the backend's own kernels -------------------------------------------------
 * codegen/kernels/matmul.cuh: g23_f32_to_bf16 (the conversion of bf16 matmul
 * operands), g23_builtin_matmul (the matmul where cuBLASLt has none) and
 * g23_builtin_colsum (its bias gradients).  Their arguments: */
typedef struct {
  int64_t m, n, k, lda, ldb, ldc, sa, sb, sc, off_a, off_b, off_c, off_bias, off_aux, ldaux;
  int32_t transa, transb, epilogue, bf16;
  float alpha, beta;
} builtin_args_t;

typedef struct {
  int64_t rows, cols, ld, off_x, off_out;
  int32_t trans, bf16;
} colsum_args_t;

_Static_assert(sizeof(builtin_args_t) == 15 * 8 + 4 * 4 + 2 * 4, "builtin args layout");
_Static_assert(sizeof(colsum_args_t) == 5 * 8 + 2 * 4, "builtin colsum args layout");

/* The conversion workspace the plan's largest matmul needs in bf16. */
static size_t plan_convws_bytes(const g23_plan_t *p) {
  int64_t most = 0;
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (!p->has_graph[g]) continue;
    for (int i = 0; i < p->graphs[g].nlaunch; i++) {
      const g23_launch_t *l = &p->graphs[g].launches[i];
      if (l->kind == G23_LAUNCH_MATMUL && l->mm.m > 0 && l->mm.n > 0 && l->mm.k > 0 && l->mm.batch > 0 &&
          g23_mm_ws_bytes(&l->mm) > most)
        most = g23_mm_ws_bytes(&l->mm);
    }
  }
  return (size_t)most;
}

/* At least n bytes of conversion workspace.  Sized at init for the plan;
 * growing it (a matmul from outside the plan) waits for the stream. */
static int convws_reserve(g23_backend_ctx_t *c, size_t n, char *err, size_t errn) {
  if (n <= c->convws_bytes) return 0;
  n = (n + 0xfffff) & ~(size_t)0xfffff;
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (c->cap[g].capturing) {
      snprintf(err, errn, "a matmul needs %zu bytes of bf16 conversion workspace while a CUDA graph is being "
               "captured; hint: G23_CUDA_GRAPHS=0 runs without CUDA graphs", n);
      return -1;
    }
  }
  if (c->convws) {
    if (g23_cuda_sync(c, c->stream, err, errn)) return -1;
    c->cu->MemFree(c->convws);
    c->convws = 0;
    c->convws_bytes = 0;
  }
  g23_cu_result_t r = c->cu->MemAlloc(&c->convws, n);
  if (r != G23_CUDA_SUCCESS) {
    c->convws = 0;
    snprintf(err, errn, "cuMemAlloc of the %zu-byte bf16 matmul workspace on %s failed: %s%s; hint: "
             "--precision fp32 needs none", n, c->devname, g23_cu_errname(c->cu, r), g23_cu_hint(r));
    return -1;
  }
  c->convws_bytes = n;
  return 0;
}

int g23_cuda_mm_init(g23_backend_ctx_t *c, char *err, size_t errn) {
  const g23_cu_api_t *cu = c->cu;
  c->lt = g23_lt_api(err, errn);
  if (!c->lt) return -1;
  G23_LT(c->lt, Create(&c->lth));
  G23_LT(c->lt, MatmulPreferenceCreate(&c->pref));
  size_t ws = WORKSPACE_BYTES;
  G23_LT(c->lt, MatmulPreferenceSetAttribute(c->pref, G23_CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &ws,
                                              sizeof ws));
  g23_cu_result_t r = cu->MemAlloc(&c->workspace, WORKSPACE_BYTES);
  if (r != G23_CUDA_SUCCESS) {
    snprintf(err, errn, "cuMemAlloc of the %zu-byte cuBLASLt workspace on %s failed: %s%s", (size_t)WORKSPACE_BYTES,
             c->devname, g23_cu_errname(cu, r), g23_cu_hint(r));
    return -1;
  }
  if (c->bf16 && convws_reserve(c, plan_convws_bytes(c->plan), err, errn)) return -1;
  return 0;
}

void g23_cuda_mm_close(g23_backend_ctx_t *c) {
  if (c->lt) {
    for (int i = 0; i < c->shapes.n; i++) {
      mm_shape_t *s = &c->shapes.v[i];
      if (s->desc) c->lt->MatmulDescDestroy(s->desc);
      if (s->la) c->lt->MatrixLayoutDestroy(s->la);
      if (s->lb) c->lt->MatrixLayoutDestroy(s->lb);
      if (s->lc) c->lt->MatrixLayoutDestroy(s->lc);
    }
    if (c->pref) c->lt->MatmulPreferenceDestroy(c->pref);
    if (c->lth) c->lt->Destroy(c->lth);
  }
  G23_VEC_FREE(c->shapes);
  if (c->cu) {
    if (c->workspace) c->cu->MemFree(c->workspace);
    if (c->convws) c->cu->MemFree(c->convws);
  }
}

/* ---- matmuls ------------------------------------------------------------------ */

/* The largest power of two <= 256 dividing off (the arena base is 256-byte
 * aligned by cuMemAlloc). */
static uint32_t alignment(int64_t off) {
  uint32_t a = 256;
  while (a > 1 && off % a) a >>= 1;
  return a;
}

/* Of the operands cuBLASLt reads: in bf16 A and B are the copies at the
 * workspace's 256-byte aligned offsets. */
static void alignments(const g23_matmul_t *m, int32_t ab_type, uint32_t al[5]) {
  bool ws = ab_type != G23_CUDA_R_32F;
  al[0] = ws ? 256 : alignment(m->off_a);
  al[1] = ws ? 256 : alignment(m->off_b);
  al[2] = alignment(m->off_c);
  al[3] = g23_epi_reads_bias(m->epilogue)     ? alignment(m->off_bias)
          : g23_epi_writes_bgrad(m->epilogue) ? alignment(m->off_bgrad)
                                              : 256;
  al[4] = g23_epi_has_aux(m->epilogue) ? alignment(m->off_aux) : 256;
}

/* A pointer with alignment al (a power of two <= 256) for the heuristic,
 * which reads the alignment of the bias and aux pointers off their values;
 * the real ones are set before each call. */
static void *align_probe(const g23_backend_ctx_t *c, uint32_t al) {
  return (void *)(uintptr_t)(c->workspace + (al < 256 ? al : 0));
}

static bool same_shape(const mm_shape_t *s, const g23_matmul_t *b, int32_t ab_type, const uint32_t al[4]) {
  const g23_matmul_t *a = &s->key;
  return s->ab_type == ab_type && memcmp(s->align, al, sizeof s->align) == 0 && a->m == b->m && a->n == b->n && a->k == b->k && a->batch == b->batch && a->transa == b->transa &&
         a->transb == b->transb && a->lda == b->lda && a->ldb == b->ldb && a->ldc == b->ldc &&
         a->stride_a == b->stride_a && a->stride_b == b->stride_b && a->stride_c == b->stride_c &&
         a->epilogue == b->epilogue && a->ldaux == b->ldaux;
}

static void describe_mm(char *buf, size_t n, const g23_matmul_t *m) {
  snprintf(buf, n, "%" PRId64 "x%" PRId64 "x%" PRId64 " (m x n x k), batch %" PRId64 ", %s%s, epilogue %s",
           m->m, m->n, m->k, m->batch, m->transa ? "A^T" : "A", m->transb ? " B^T" : " B",
           g23_epilogue_name(m->epilogue));
}

static int layout(const g23_lt_api_t *lt, g23_lt_lay_t *out, const g23_lt_layout_t *d, char *err, size_t errn) {
  G23_LT(lt, MatrixLayoutCreate(out, d->type, d->rows, d->cols, d->ld));
  if (d->batch > 1) {
    int32_t b = d->batch;
    int64_t s = d->stride;
    G23_LT(lt, MatrixLayoutSetAttribute(*out, G23_CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT, &b, sizeof b));
    G23_LT(lt, MatrixLayoutSetAttribute(*out, G23_CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET, &s, sizeof s));
  }
  return 0;
}

/* Descriptor, layouts and algorithm for a new shape. */
static int shape_make(g23_backend_ctx_t *c, mm_shape_t *s, const g23_matmul_t *m, char *err, size_t errn) {
  char what[192];
  describe_mm(what, sizeof what, m);
  memset(s, 0, sizeof *s);
  s->key = *m;
  s->ab_type = matmul_data_type(c);
  alignments(m, s->ab_type, s->align);
  if (g23_lt_from_matmul_prec(m, s->ab_type, &s->lt) != 0) {
    snprintf(err, errn, "the plan's matmul %s has leading dimensions (%" PRId64 ", %" PRId64 ", %" PRId64
             ") that cuBLASLt cannot express", what, m->lda, m->ldb, m->ldc);
    return -1;
  }
  if (c->force_builtin) {
    s->builtin = true;
    return 0;
  }
  if (!g23_lt_epilogue_ok(&s->lt)) {
    fprintf(stderr, "%s: warning: cuBLASLt's rules exclude the epilogue of the matmul %s (aux leading dimension "
            "%" PRId64 " not a multiple of 8, or a batch); using gpt23's built-in matmul kernel for it, which is "
            "slower\n", g23_progname, what, m->ldaux);
    s->builtin = true;
    return 0;
  }
  const g23_lt_api_t *lt = c->lt;
  const g23_lt_matmul_t *d = &s->lt;
  int compute = c->tf32 ? G23_CUBLAS_COMPUTE_32F_FAST_TF32 : d->compute;
  G23_LT(lt, MatmulDescCreate(&s->desc, compute, G23_CUDA_R_32F));
  G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_TRANSA, &d->transa, sizeof d->transa));
  G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_TRANSB, &d->transb, sizeof d->transb));
  uint32_t epi = (uint32_t)d->epilogue;
  G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE, &epi, sizeof epi));
  if (g23_epi_reads_bias(m->epilogue) || g23_epi_writes_bgrad(m->epilogue)) {
    int32_t bt = d->bias_type;
    int64_t bstride = 0; /* one bias vector for every batch item */
    /* The heuristic needs a bias (or bias gradient) pointer to be set. */
    void *bias = align_probe(c, s->align[3]);
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &bt, sizeof bt));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_BATCH_STRIDE, &bstride, sizeof bstride));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias, sizeof bias));
  }
  if (g23_epi_has_aux(m->epilogue)) {
    int64_t ld = d->aux_ld;
    int32_t at = d->aux_type;
    void *aux = align_probe(c, s->align[4]);
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_DATA_TYPE, &at, sizeof at));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_LD, &ld, sizeof ld));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER, &aux, sizeof aux));
  }
  if (layout(lt, &s->la, &d->a, err, errn) || layout(lt, &s->lb, &d->b, err, errn) ||
      layout(lt, &s->lc, &d->c, err, errn))
    return -1;
  /* cuBLASLt's A is the plan's B, its B the plan's A; D is C. */
  uint32_t al[4] = {s->align[1], s->align[0], s->align[2], s->align[2]};
  static const int attr[4] = {G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES,
                              G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES, G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES};
  for (int i = 0; i < 4; i++) G23_LT(lt, MatmulPreferenceSetAttribute(c->pref, attr[i], &al[i], sizeof al[i]));
  g23_lt_heuristic_t res;
  int nres = 0;
  g23_lt_status_t st = lt->MatmulAlgoGetHeuristic(c->lth, s->desc, s->la, s->lb, s->lc, s->lc, c->pref, 1, &res, &nres);
  if (st != G23_CUBLAS_STATUS_SUCCESS || nres == 0) {
    /* Not fatal: the built-in kernel computes every shape. */
    fprintf(stderr, "%s: warning: cuBLASLt has no algorithm for the matmul %s (%s, status %d); using gpt23's "
            "built-in matmul kernel for it, which is slower\n", g23_progname, what,
            st == G23_CUBLAS_STATUS_SUCCESS ? "the heuristic returned 0 results" : lt->GetStatusName(st), st);
    s->builtin = true;
    return 0;
  }
  s->algo = res.algo;
  if (c->verbose)
    fprintf(stderr, "%s: cuBLASLt algorithm for %s, %s: workspace %zu bytes, %.2f waves\n", g23_progname, what,
            s->ab_type == G23_CUDA_R_16BF ? "bf16" : "fp32", res.workspace_size, res.waves_count);
  return 0;
}

static mm_shape_t *shape_get(g23_backend_ctx_t *c, const g23_matmul_t *m, char *err, size_t errn) {
  uint32_t al[5];
  int32_t ab_type = matmul_data_type(c);
  alignments(m, ab_type, al);
  for (int i = 0; i < c->shapes.n; i++)
    if (same_shape(&c->shapes.v[i], m, ab_type, al)) return &c->shapes.v[i];
  mm_shape_t s;
  if (shape_make(c, &s, m, err, errn)) {
    const g23_lt_api_t *lt = c->lt;
    if (s.desc) lt->MatmulDescDestroy(s.desc);
    if (s.la) lt->MatrixLayoutDestroy(s.la);
    if (s.lb) lt->MatrixLayoutDestroy(s.lb);
    if (s.lc) lt->MatrixLayoutDestroy(s.lc);
    return NULL;
  }
  G23_VEC_PUSH(c->shapes, s);
  return &c->shapes.v[c->shapes.n - 1];
}

/* The bias gradient of m's epilogue: of the result (DGELU_BGRAD), or of B
 * as the matmul read it (BGRAD). */
static int builtin_bgrad(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  colsum_args_t a = m->epilogue == G23_EPI_DGELU_BGRAD
                        ? (colsum_args_t){m->m, m->n, m->ldc, m->off_c, m->off_bgrad, 0, 0}
                        : (colsum_args_t){m->k, m->n, m->ldb, m->off_b, m->off_bgrad, m->transb, c->bf16};
  g23_cu_ptr_t base = dptr(mem);
  void *args[] = {&base, &a};
  G23_CU(c->cu, LaunchKernel(c->builtin_colsum, (unsigned)((m->n + 255) / 256), 1, 1, 256, 1, 1, 0, c->stream,
                             args, NULL));
  return 0;
}

static int builtin_matmul(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  builtin_args_t a = {m->m, m->n, m->k, m->lda, m->ldb, m->ldc, m->stride_a, m->stride_b, m->stride_c,
                      m->off_a, m->off_b, m->off_c, m->off_bias, m->off_aux, m->ldaux, m->transa, m->transb,
                      m->epilogue, c->bf16, m->alpha, m->beta};
  int64_t gx = (m->n + 15) / 16, gy = (m->m + 15) / 16;
  if (gx > INT32_MAX || gy > 65535 || m->batch > 65535) {
    char what[192];
    describe_mm(what, sizeof what, m);
    snprintf(err, errn, "the matmul %s is too large for the built-in matmul kernel", what);
    return -1;
  }
  g23_cu_ptr_t base = dptr(mem);
  void *args[] = {&base, &a};
  G23_CU(c->cu, LaunchKernel(c->builtin_mm, (unsigned)gx, (unsigned)gy, (unsigned)m->batch, 16, 16, 1, 0,
                             c->stream, args, NULL));
  return g23_epi_writes_bgrad(m->epilogue) ? builtin_bgrad(c, mem, m, err, errn) : 0;
}

/* dst[0, n) = bf16(src[0, n)) on the stream. */
static int to_bf16(g23_backend_ctx_t *c, g23_cu_ptr_t src, g23_cu_ptr_t dst, int64_t n, char *err, size_t errn) {
  long long cnt = n;
  int64_t blocks = (n + 255) / 256, most = (int64_t)(c->sms > 0 ? c->sms : 1) * 16;
  if (blocks > most) blocks = most;
  void *args[] = {&src, &dst, &cnt};
  G23_CU(c->cu, LaunchKernel(c->to_bf16, (unsigned)blocks, 1, 1, 256, 1, 1, 0, c->stream, args, NULL));
  return 0;
}

int g23_cuda_mm_run(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  mm_shape_t *s = shape_get(c, m, err, errn);
  if (!s) return -1;
  if (s->builtin) return builtin_matmul(c, mem, m, err, errn);
  const g23_lt_api_t *lt = c->lt;
  char *base = (char *)(uintptr_t)dptr(mem);
  if (g23_epi_reads_bias(m->epilogue) || g23_epi_writes_bgrad(m->epilogue)) {
    void *bias = base + (g23_epi_writes_bgrad(m->epilogue) ? m->off_bgrad : m->off_bias);
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias, sizeof bias));
  }
  if (g23_epi_has_aux(m->epilogue)) {
    void *aux = base + m->off_aux;
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER, &aux, sizeof aux));
  }
  /* cuBLASLt's A is the plan's B and its B the plan's A (cublaslt_desc.h);
   * in bf16 both are their copies in the conversion workspace.  The shape
   * is shared by matmuls at other offsets: every address comes from m. */
  const char *la = base + m->off_b, *lb = base + m->off_a;
  if (s->ab_type == G23_CUDA_R_16BF) {
    if (convws_reserve(c, (size_t)g23_mm_ws_bytes(m), err, errn) ||
        to_bf16(c, dptr(base + m->off_a), c->convws, g23_mm_span_a(m), err, errn) ||
        to_bf16(c, dptr(base + m->off_b), c->convws + (g23_cu_ptr_t)g23_mm_ws_b(m), g23_mm_span_b(m), err, errn))
      return -1;
    char *ws = (char *)(uintptr_t)c->convws;
    la = ws + s->lt.off_a;
    lb = ws + s->lt.off_b;
  }
  float alpha = m->alpha, beta = m->beta;
  char *C = base + m->off_c;
  G23_LT(lt, Matmul(c->lth, s->desc, &alpha, la, s->la, lb, s->lb, &beta, C, s->lc, C, s->lc, &s->algo,
                    (void *)(uintptr_t)c->workspace, WORKSPACE_BYTES, c->stream));
  return 0;
}
