/* test_builtin_mm.c: the CUDA backend's own kernels, run on the CPU under
 * the CUDA emulator (test/cuda/emu.h): the built-in matmul (what runs where
 * cuBLASLt has no algorithm, or with G23_CUDA_MATMUL=builtin) against the
 * float64 reference of the plan's matmul (test/cuda/lt_emu.h), in fp32 and
 * in bf16, and the bf16 conversion kernel g23_f32_to_bf16 against the
 * reference rounding g23_lt_ref_bf16, bit for bit.
 *
 * The kernel takes its description by value; each case wraps it in a
 * kernel of the plan ABI (char *base only) with the arguments as literals,
 * launched with the geometry backend_cuda.c uses.  Cases: every transpose
 * pair, sizes that are not multiples of the 16 x 16 tile, padded leading
 * dimensions, strided batches including a shared (stride 0) operand,
 * alpha/beta, and every epilogue: BIAS, GELU_BIAS, GELU_AUX_BIAS (the aux
 * with a padded leading dimension), DGELU, DGELU_BGRAD and BGRAD (the bias
 * gradient by the second kernel, g23_builtin_colsum, launched after the
 * matmul as backend_cuda.c does).  fp32 tolerance: the kernel sums k
 * products of values in [-1, 1] in fp32, the reference in float64 and
 * rounds once: |got - ref| <= 8 k eps (|ref| + 1), the classical bound of a
 * k-term sum with room for alpha, beta and GELU; a bias gradient, an fp32
 * sum of r terms (rows of C, or of B) each within that bound, within
 * 8 (k + r) eps (sum of |terms| + r).  Bytes outside the outputs (padding,
 * A, B, bias, a read aux) must not change.
 *
 * bf16 (the args' bf16 flag): every case again, against the reference run
 * on A and B rounded to bf16 (g23_lt_ref_round_operands) with the same
 * tolerance: the products of bf16 values are exact in fp32, so only the
 * sum's rounding remains.  As a control the bf16 results must leave the
 * fp32 reference's tolerance in most cases: the operands were rounded.
 *
 * The conversion: every float whose low half is one that decides rounding
 * (0000, 0001, 7fff, 8000 (the tie), 8001, ffff) under each of the 65536
 * upper halves, so every sign, exponent, subnormal, infinity and NaN, then
 * random words; launched with the geometry of backend_cuda.c's to_bf16 for
 * a 132-SM device and with a small grid that strides; n is not a multiple
 * of the block.  The halfword after dst[n - 1] must stay untouched. */
#include "config.h"

#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cuda/backend_cuda.h"
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
    /* m, n, k, batch, transa, transb, pad, share, alpha, beta, epilogue */
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
    {33, 50, 19, 1, 0, 0, 0, 0, 1, 0, G23_EPI_GELU_AUX_BIAS},
    {17, 40, 24, 1, 1, 1, 3, 0, 1, 0, G23_EPI_GELU_AUX_BIAS},
    {40, 24, 70, 1, 1, 0, 2, 0, 1, 0, G23_EPI_DGELU},
    {17, 33, 20, 1, 0, 1, 0, 0, 1, 0, G23_EPI_DGELU_BGRAD},
    {70, 300, 16, 1, 0, 0, 1, 0, 1, 0, G23_EPI_DGELU_BGRAD},
    {48, 40, 64, 1, 1, 0, 0, 0, 1, 0, G23_EPI_BGRAD},
    {20, 9, 30, 1, 0, 1, 1, 0, 1, 0, G23_EPI_BGRAD},
};
#define NFP32 (int)(sizeof cases / sizeof *cases)
#define NCASES (2 * NFP32) /* then each again in bf16 */

/* Lays the case out in an arena: A, B, C, aux (3 columns of padding),
 * bias gradient, bias.  Returns its size. */
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
  mm->ldaux = g23_epi_has_aux(c->epilogue) ? c->n + 3 : 0;
  mm->off_aux = off, off += 4 * c->m * mm->ldaux;
  mm->off_bgrad = off, off += g23_epi_writes_bgrad(c->epilogue) ? 4 * c->n : 0;
  mm->off_bias = off, off += 4 * c->n;
  mm->alpha = c->alpha, mm->beta = c->beta, mm->epilogue = c->epilogue;
  return (size_t)off;
}

/* The conversion kernel's input: floats at 0, bf16 out at CONV_DST. */
#define CONV_LOWS 6
#define CONV_N ((int64_t)65536 * CONV_LOWS + 65536 + 37)
#define CONV_DST (((int64_t)4 * CONV_N + 255) / 256 * 256)

static void test_convert(void *so) {
  static const uint16_t lows[CONV_LOWS] = {0x0000, 0x0001, 0x7fff, 0x8000, 0x8001, 0xffff};
  size_t bytes = (size_t)(CONV_DST + 2 * CONV_N + 2);
  char *base = g23_xmalloc(bytes), err[4096];
  uint32_t *in = (uint32_t *)base;
  g23_h_rng_t rng = {7};
  int64_t n = 0;
  for (uint32_t hi = 0; hi < 0x10000u; hi++)
    for (int j = 0; j < CONV_LOWS; j++) in[n++] = hi << 16 | lows[j];
  while (n < CONV_N) in[n++] = (uint32_t)g23_h_next(&rng);
  g23_emu_kernel_fn fn = (g23_emu_kernel_fn)dlsym(so, "convert");
  /* to_bf16's geometry on a 132-SM device, then 5 blocks that stride. */
  g23_emu_i64 blocks = (CONV_N + 255) / 256 < 132 * 16 ? (CONV_N + 255) / 256 : 132 * 16;
  const g23_emu_i64 grids[2] = {blocks, 5};
  for (int t = 0; t < 2; t++) {
    memset(base + CONV_DST, 0xab, (size_t)(2 * CONV_N + 2));
    g23_emu_i64 grid[3] = {grids[t], 1, 1};
    g23_emu_i32 block[3] = {256, 1, 1};
    int rc = fn ? g23_emu_launch(fn, grid, block, 0, base, 3, err, sizeof err) : -1;
    g23_check_report(rc == 0, "the conversion launches (%lld blocks): %s", (long long)grids[t], rc ? err : "");
    int64_t bad = 0, first = -1;
    for (int64_t i = 0; i < CONV_N; i++) {
      float f;
      uint16_t got;
      memcpy(&f, &in[i], 4);
      memcpy(&got, base + CONV_DST + 2 * i, 2);
      if (got != g23_lt_ref_bf16(f) && !bad++) first = i;
    }
    uint16_t after;
    memcpy(&after, base + CONV_DST + 2 * CONV_N, 2);
    g23_check_report(bad == 0, "g23_f32_to_bf16 = round to nearest even bit for bit on %lld floats (NaN, inf, "
                "subnormals, ties), %lld blocks of 256: %lld differ", (long long)CONV_N, (long long)grids[t],
                (long long)bad);
    if (bad) {
      uint16_t got;
      memcpy(&got, base + CONV_DST + 2 * first, 2);
      printf("      first: %08x -> %04x, want %04x\n", in[first], got, g23_lt_ref_bf16(((float *)base)[first]));
    }
    g23_check_report(after == 0xabab, "nothing written after dst[n - 1]");
  }
  free(base);
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
    sizes[i] = layout(&cases[i % NFP32], m);
    g23_buf_printf(&src,
                   "extern \"C\" __global__ void case%d(char *base) {\n"
                   "  g23_mm_args a = {%lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL,\n"
                   "                   %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %d, %d, %d, %d, (float)%.9g,\n"
                   "                   (float)%.9g};\n"
                   "  g23_builtin_matmul(base, a);\n}\n",
                   i, (long long)m->m, (long long)m->n, (long long)m->k, (long long)m->lda, (long long)m->ldb,
                   (long long)m->ldc, (long long)m->stride_a, (long long)m->stride_b, (long long)m->stride_c,
                   (long long)m->off_a, (long long)m->off_b, (long long)m->off_c, (long long)m->off_bias,
                   (long long)m->off_aux, (long long)m->ldaux, m->transa, m->transb, m->epilogue, i >= NFP32,
                   m->alpha, m->beta);
    /* The bias gradient: of C, or of B as the matmul read it (bf16). */
    bool dg = m->epilogue == G23_EPI_DGELU_BGRAD;
    if (g23_epi_writes_bgrad(m->epilogue))
      g23_buf_printf(&src,
                     "extern \"C\" __global__ void case%d_bgrad(char *base) {\n"
                     "  g23_colsum_args a = {%lldLL, %lldLL, %lldLL, %lldLL, %lldLL, %d, %d};\n"
                     "  g23_builtin_colsum(base, a);\n}\n",
                     i, (long long)(dg ? m->m : m->k), (long long)m->n, (long long)(dg ? m->ldc : m->ldb),
                     (long long)(dg ? m->off_c : m->off_b), (long long)m->off_bgrad, dg ? 0 : m->transb,
                     !dg && i >= NFP32);
  }
  g23_buf_printf(&src, "extern \"C\" __global__ void convert(char *base) {\n"
                 "  g23_f32_to_bf16((const float *)base, (unsigned short *)(base + %lldLL), %lldLL);\n}\n",
                 (long long)CONV_DST, (long long)CONV_N);
  char err[4096];
  void *so = g23_h_build(src.s, true, dir, "builtin_mm", err, sizeof err);
  g23_check_report(so != NULL, "the built-in matmul builds under the emulator: %s", so ? "" : err);
  if (!so) return 1;
  g23_h_rng_t rng = {42};
  int control = 0;
  for (int i = 0; i < NCASES; i++) {
    bool bf16 = i >= NFP32;
    const g23_matmul_t *m = &mms[i];
    char name[32];
    snprintf(name, sizeof name, "case%d", i);
    g23_emu_kernel_fn fn = (g23_emu_kernel_fn)dlsym(so, name);
    char *base = g23_xcalloc(1, sizes[i]), *ref = g23_xcalloc(1, sizes[i]);
    float *f = (float *)base;
    for (size_t j = 0; j < sizes[i] / 4; j++) f[j] = (float)g23_h_uniform(&rng, -1, 1);
    memcpy(ref, base, sizes[i]);
    char *ref32 = g23_xmalloc(sizes[i]);
    memcpy(ref32, base, sizes[i]);
    g23_lt_ref_matmul(m, ref32);
    if (bf16) {
      /* the reference on rounded operands; only its C matrices are kept */
      char *r = g23_xmalloc(sizes[i]);
      memcpy(r, base, sizes[i]);
      g23_lt_ref_round_operands(m, r);
      g23_lt_ref_matmul(m, r);
      memcpy(ref + m->off_c, r + m->off_c, (size_t)(m->off_bias - m->off_c));
      free(r);
    } else {
      memcpy(ref, ref32, sizes[i]);
    }
    /* The geometry of backend_cuda.c's builtin_matmul. */
    g23_emu_i64 grid[3] = {(m->n + 15) / 16, (m->m + 15) / 16, m->batch};
    g23_emu_i32 block[3] = {16, 16, 1};
    int rc = fn ? g23_emu_launch(fn, grid, block, 0, base, (g23_emu_u64)i + 2, err, sizeof err) : -1;
    g23_check_report(rc == 0, "case %d launches: %s", i, rc ? err : "");
    if (rc == 0 && g23_epi_writes_bgrad(m->epilogue)) {
      /* backend_cuda.c's builtin_bgrad geometry */
      snprintf(name, sizeof name, "case%d_bgrad", i);
      g23_emu_kernel_fn fb = (g23_emu_kernel_fn)dlsym(so, name);
      g23_emu_i64 gb[3] = {(m->n + 255) / 256, 1, 1};
      g23_emu_i32 bb[3] = {256, 1, 1};
      rc = fb ? g23_emu_launch(fb, gb, bb, 0, base, (g23_emu_u64)i + 3, err, sizeof err) : -1;
      g23_check_report(rc == 0, "case %d: the bias gradient launches: %s", i, rc ? err : "");
    }
    /* Every element of every C, and the padding between rows, which the
     * kernel must leave alone. */
    double worst = 0;
    int bad = 0, off32 = 0;
    for (size_t j = 0; j < sizes[i] / 4; j++) {
      float got = ((float *)base)[j], want = ((float *)ref)[j], want32 = ((float *)ref32)[j];
      double tol = 8.0 * (double)m->k * 0x1p-24 * (fabs(want) + 1.0);
      int64_t col = (int64_t)j - m->off_bgrad / 4;
      if (g23_epi_writes_bgrad(m->epilogue) && col >= 0 && col < m->n) {
        bool dg = m->epilogue == G23_EPI_DGELU_BGRAD;
        int64_t r = dg ? m->m : m->k;
        const float *x = (const float *)(ref + (dg ? m->off_c : m->off_b));
        double sum = 0;
        for (int64_t q = 0; q < r; q++)
          sum += fabs(dg ? x[q * m->ldc + col] : m->transb ? x[col * m->ldb + q] : x[q * m->ldb + col]);
        tol = 8.0 * (double)(m->k + r) * 0x1p-24 * (sum + (double)r);
      }
      double e = fabs((double)got - want);
      if (e / tol > worst) worst = e / tol;
      if (!(e <= tol)) bad++;
      if (!(fabs((double)got - want32) <= 8.0 * (double)m->k * 0x1p-24 * (fabs(want32) + 1.0))) off32++;
    }
    if (bf16 && off32 > 0) control++;
    g23_check_report(bad == 0, "case %d, %s (%lldx%lldx%lld batch %lld%s%s, epilogue %d): %d elements off, worst %.3g "
                "of tolerance", i, bf16 ? "bf16" : "fp32", (long long)m->m, (long long)m->n, (long long)m->k,
                (long long)m->batch, m->transa ? " A^T" : "", m->transb ? " B^T" : "", m->epilogue, bad, worst);
    free(base);
    free(ref);
    free(ref32);
  }
  g23_check_report(control > NFP32 / 2, "bf16 results leave the fp32 reference's tolerance in %d of %d cases (the "
              "operands were rounded)", control, NFP32);
  test_convert(so);
  dlclose(so);
  g23_buf_free(&src);
  g23_h_tmpdir_free(dir);
  printf("%d cases\n", NCASES);
  return g23_check_summary("test_builtin_mm");
}
