/* test_builtin_mm.c: the CUDA backend's built-in matmul kernel (what runs
 * where cuBLASLt has no algorithm, or with G23_CUDA_MATMUL=builtin), run on
 * the CPU under the CUDA emulator (test/cuda/emu.h) against the float64
 * reference of the plan's matmul (test/cuda/lt_emu.h).
 *
 * The kernel takes its description by value; each case wraps it in a
 * kernel of the plan ABI (char *base only) with the arguments as literals,
 * launched with the geometry backend_cuda.c uses.  Cases: every transpose
 * pair, sizes that are not multiples of the 16 x 16 tile, padded leading
 * dimensions, strided batches including a shared (stride 0) operand,
 * alpha/beta, and the BIAS and GELU_BIAS epilogues.  fp32 tolerance: the
 * kernel sums k products of values in [-1, 1] in fp32, the reference in
 * float64 and rounds once: |got - ref| <= 8 k eps (|ref| + 1), the
 * classical bound of a k-term sum with room for alpha, beta and GELU.
 * Bytes outside the C matrices (padding, A, B, bias) must not change. */
#include "config.h"

#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/backend_cuda.h"
#include "test/cuda/emu.h"
#include "test/cuda/harness.h"
#include "test/cuda/lt_emu.h"

typedef struct {
  int64_t m, n, k, batch;
  int transa, transb;
  int64_t pad; /* extra leading-dimension elements */
  int share;   /* 1: A shared by the batch (stride 0), 2: B */
  float alpha, beta;
  int epilogue;
} mmcase_t;

static const mmcase_t cases[] = {
    {1, 1, 1, 1, 0, 0, 0, 0, 1, 0, G23_EPI_NONE},
    {16, 16, 16, 1, 0, 0, 0, 0, 1, 0, G23_EPI_NONE},
    {17, 33, 20, 1, 0, 0, 0, 0, 1, 0, G23_EPI_NONE},
    {17, 33, 20, 1, 1, 0, 0, 0, 1, 0, G23_EPI_NONE},
    {17, 33, 20, 1, 0, 1, 0, 0, 1, 0, G23_EPI_NONE},
    {17, 33, 20, 1, 1, 1, 3, 0, 1, 0, G23_EPI_NONE},
    {40, 24, 70, 3, 0, 1, 0, 0, 0.125f, 0, G23_EPI_NONE},
    {40, 24, 70, 3, 1, 0, 5, 1, 1, 1, G23_EPI_NONE},
    {9, 31, 18, 4, 0, 0, 2, 2, 1, 0.5f, G23_EPI_NONE},
    {33, 48, 64, 1, 0, 0, 0, 0, 1, 0, G23_EPI_BIAS},
    {33, 48, 64, 2, 0, 1, 1, 0, 1, 1, G23_EPI_BIAS},
    {33, 50, 19, 1, 0, 0, 0, 0, 1, 0, G23_EPI_GELU_BIAS},
    {33, 50, 19, 2, 1, 1, 4, 2, 1, 0, G23_EPI_GELU_BIAS},
};
#define NCASES (int)(sizeof cases / sizeof *cases)

/* Lays the case out in an arena: A, B, C, bias.  Returns its size. */
static size_t layout(const mmcase_t *c, g23_matmul_t *mm) {
  memset(mm, 0, sizeof *mm);
  mm->m = c->m, mm->n = c->n, mm->k = c->k, mm->batch = c->batch;
  mm->transa = c->transa, mm->transb = c->transb;
  int64_t ar = c->transa ? c->k : c->m, ac = c->transa ? c->m : c->k;
  int64_t br = c->transb ? c->n : c->k, bc = c->transb ? c->k : c->n;
  mm->lda = ac + c->pad, mm->ldb = bc + c->pad, mm->ldc = c->n + c->pad;
  mm->stride_a = c->share == 1 ? 0 : ar * mm->lda;
  mm->stride_b = c->share == 2 ? 0 : br * mm->ldb;
  mm->stride_c = c->m * mm->ldc;
  int64_t off = 0;
  mm->off_a = off, off += 4 * ar * mm->lda * (c->share == 1 ? 1 : c->batch);
  mm->off_b = off, off += 4 * br * mm->ldb * (c->share == 2 ? 1 : c->batch);
  mm->off_c = off, off += 4 * c->m * mm->ldc * c->batch;
  mm->off_bias = off, off += 4 * c->n;
  mm->alpha = c->alpha, mm->beta = c->beta, mm->epilogue = c->epilogue;
  return (size_t)off;
}

int main(void) {
  char *dir = g23_h_tmpdir();
  g23_buf_t src = {0};
  g23_plan_t empty = {0};
  char *lib = g23_cuda_module_source(&empty);
  /* The module source starts with an empty plan's kernels; what follows is
   * the built-in matmul, self-contained. */
  g23_buf_printf(&src, "%s\n", lib);
  free(lib);
  g23_matmul_t mms[NCASES];
  size_t sizes[NCASES];
  for (int i = 0; i < NCASES; i++) {
    g23_matmul_t *m = &mms[i];
    sizes[i] = layout(&cases[i], m);
    g23_buf_printf(&src,
                   "extern \"C\" __global__ void case%d(char *base) {\n"
                   "  g23_mm_args a = {%lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL,\n"
                   "                   %lldLL, %lldLL, %lldLL, %lldLL, %d, %d, %d, (float)%.9g, (float)%.9g};\n"
                   "  g23_builtin_matmul(base, a);\n}\n",
                   i, (long long)m->m, (long long)m->n, (long long)m->k, (long long)m->lda, (long long)m->ldb,
                   (long long)m->ldc, (long long)m->stride_a, (long long)m->stride_b, (long long)m->stride_c,
                   (long long)m->off_a, (long long)m->off_b, (long long)m->off_c, (long long)m->off_bias, m->transa,
                   m->transb, m->epilogue, m->alpha, m->beta);
  }
  char err[4096];
  void *so = g23_h_build(src.s, true, dir, "builtin_mm", err, sizeof err);
  g23_h_check(so != NULL, "the built-in matmul builds under the emulator: %s", so ? "" : err);
  if (!so) return 1;
  g23_h_rng_t rng = {42};
  for (int i = 0; i < NCASES; i++) {
    const g23_matmul_t *m = &mms[i];
    char name[32];
    snprintf(name, sizeof name, "case%d", i);
    g23_emu_kernel_fn fn = (g23_emu_kernel_fn)dlsym(so, name);
    char *base = g23_xcalloc(1, sizes[i]), *ref = g23_xcalloc(1, sizes[i]);
    float *f = (float *)base;
    for (size_t j = 0; j < sizes[i] / 4; j++) f[j] = (float)g23_h_uniform(&rng, -1, 1);
    memcpy(ref, base, sizes[i]);
    g23_lt_ref_matmul(m, ref);
    /* The geometry of backend_cuda.c's builtin_matmul. */
    g23_emu_i64 grid[3] = {(m->n + 15) / 16, (m->m + 15) / 16, m->batch};
    g23_emu_i32 block[3] = {16, 16, 1};
    int rc = fn ? g23_emu_launch(fn, grid, block, 0, base, (g23_emu_u64)i + 2, err, sizeof err) : -1;
    g23_h_check(rc == 0, "case %d launches: %s", i, rc ? err : "");
    /* Every element of every C, and the padding between rows, which the
     * kernel must leave alone. */
    double worst = 0;
    int bad = 0;
    for (size_t j = 0; j < sizes[i] / 4; j++) {
      float got = ((float *)base)[j], want = ((float *)ref)[j];
      double tol = 8.0 * (double)m->k * 0x1p-24 * (fabs(want) + 1.0);
      double e = fabs((double)got - want);
      if (e / tol > worst) worst = e / tol;
      if (!(e <= tol)) bad++;
    }
    g23_h_check(bad == 0, "case %d (%lldx%lldx%lld batch %lld%s%s, epilogue %d): %d elements off, worst %.3g of "
                "tolerance", i, (long long)m->m, (long long)m->n, (long long)m->k, (long long)m->batch,
                m->transa ? " A^T" : "", m->transb ? " B^T" : "", m->epilogue, bad, worst);
    free(base);
    free(ref);
  }
  dlclose(so);
  g23_buf_free(&src);
  g23_h_tmpdir_free(dir);
  printf("%d cases, %d failures\n", NCASES, g23_h_failures);
  return g23_h_failures ? 1 : 0;
}
