/* bf16_test.c: the bf16 matmul path of the CUDA backend, on the CPU.
 *
 *   - g23_lt_ref_bf16 (round to nearest even computed from the two
 *     neighbouring bf16 values) against hand-worked values: ties to even
 *     both ways, the last finite value and overflow to infinity, subnormals
 *     and the subnormal/normal boundary, signed zeros, infinities, NaNs of
 *     either sign and payload (0x7fff, as __float2bfloat16); then against
 *     the emulator's __nv_bfloat16 conversion (emu.c, the bit trick the
 *     backend's kernel also uses) on every upper half with the low halves
 *     that decide rounding, and on random words;
 *   - g23_lt_from_matmul_prec at fp32 is g23_lt_from_matmul, field for
 *     field, so the fp32 path is what it was;
 *   - at bf16, for random plan matmuls (every transpose pair, padded leading
 *     dimensions, strided and shared (stride 0) batches, alpha, beta, every
 *     epilogue): the descriptor says A/B CUDA_R_16BF, C/D, bias, bias
 *     gradient and aux CUDA_R_32F, fp32 compute; the cuBLASLt layer
 *     (lt_emu.c), reading the operands converted into the workspace as the
 *     backend converts them, gives bit for bit the row-major reference run
 *     on operands rounded to bf16 (C, the aux it writes, the bias gradient:
 *     BGRADA's sums the rounded B), leaves everything else alone, and (a
 *     control) differs from the fp32 result somewhere: the rounding did
 *     happen.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu.h"
#include "harness.h"
#include "lt_emu.h"

static uint32_t f2u(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  return u;
}

static float u2f(uint32_t u) {
  float f;
  memcpy(&f, &u, 4);
  return f;
}

static void test_rounding(void) {
  static const struct { uint32_t in; uint16_t out; const char *what; } known[] = {
      {0x3f800000u, 0x3f80, "1.0 exact"},
      {0x3f808000u, 0x3f80, "1 + half ulp: tie to even (down)"},
      {0x3f818000u, 0x3f82, "tie to even (up)"},
      {0x3f808001u, 0x3f81, "just above the tie"},
      {0x3f807fffu, 0x3f80, "just below the tie"},
      {0xbf808000u, 0xbf80, "negative tie to even (down)"},
      {0xbf818000u, 0xbf82, "negative tie to even (up)"},
      {0x7f7f0000u, 0x7f7f, "largest finite bf16"},
      {0x7f7f7fffu, 0x7f7f, "below the overflow threshold"},
      {0x7f7f8000u, 0x7f80, "overflow tie rounds to infinity"},
      {0x7f7fffffu, 0x7f80, "FLT_MAX rounds to infinity"},
      {0xff7fffffu, 0xff80, "-FLT_MAX rounds to -infinity"},
      {0x7f800000u, 0x7f80, "+inf"},
      {0xff800000u, 0xff80, "-inf"},
      {0x00000000u, 0x0000, "+0"},
      {0x80000000u, 0x8000, "-0"},
      {0x00000001u, 0x0000, "smallest subnormal rounds to +0"},
      {0x80000001u, 0x8000, "smallest negative subnormal rounds to -0"},
      {0x00008000u, 0x0000, "subnormal tie to even (0)"},
      {0x00018000u, 0x0002, "subnormal tie to even (up)"},
      {0x00010000u, 0x0001, "smallest bf16 subnormal"},
      {0x007fffffu, 0x0080, "largest subnormal rounds to the smallest normal"},
      {0x007f7fffu, 0x007f, "largest bf16 subnormal"},
      {0x7fc00000u, 0x7fff, "quiet NaN"},
      {0x7f800001u, 0x7fff, "signalling NaN, low payload"},
      {0xffc00001u, 0x7fff, "negative NaN"},
      {0x7fffffffu, 0x7fff, "all-ones NaN"},
  };
  int bad = 0;
  for (size_t i = 0; i < sizeof known / sizeof *known; i++) {
    uint16_t got = g23_lt_ref_bf16(u2f(known[i].in));
    if (got != known[i].out) {
      printf("      %08x (%s): %04x, want %04x\n", known[i].in, known[i].what, got, known[i].out);
      bad++;
    }
  }
  g23_check_report(bad == 0, "reference bf16 rounding: %d hand-worked values (ties, overflow, subnormals, zeros, "
              "inf, NaN), %d wrong", (int)(sizeof known / sizeof *known), bad);
  /* Every upper half with the low halves around the rounding decision,
   * then random words: the reference against the emulator's conversion. */
  static const uint16_t lows[] = {0x0000, 0x0001, 0x7fff, 0x8000, 0x8001, 0xffff};
  g23_h_rng_t r = {99};
  int64_t n = 0;
  bad = 0;
  for (uint32_t hi = 0; hi < 0x10000u; hi++)
    for (size_t j = 0; j < sizeof lows / sizeof *lows + 2; j++) {
      uint32_t lo = j < sizeof lows / sizeof *lows ? lows[j] : (uint32_t)(g23_h_next(&r) & 0xffffu);
      float f = u2f(hi << 16 | lo);
      n++;
      if (g23_lt_ref_bf16(f) != g23_emu_f32_to_bf16(f) && bad++ < 5)
        printf("      %08x: reference %04x, emulator %04x\n", f2u(f), g23_lt_ref_bf16(f), g23_emu_f32_to_bf16(f));
    }
  g23_check_report(bad == 0, "reference bf16 rounding = the emulator's __float2bfloat16 on %lld words: %d differ",
              (long long)n, bad);
}

static bool same_layout(const g23_lt_layout_t *a, const g23_lt_layout_t *b) {
  return a->type == b->type && a->rows == b->rows && a->cols == b->cols && a->ld == b->ld && a->batch == b->batch &&
         a->stride == b->stride;
}

/* Field for field (the padding is not part of the descriptor). */
static bool same_lt(const g23_lt_matmul_t *a, const g23_lt_matmul_t *b) {
  return a->transa == b->transa && a->transb == b->transb && a->m == b->m && a->n == b->n && a->k == b->k &&
         same_layout(&a->a, &b->a) && same_layout(&a->b, &b->b) && same_layout(&a->c, &b->c) &&
         a->off_a == b->off_a && a->off_b == b->off_b && a->off_c == b->off_c && a->off_bias == b->off_bias &&
         a->epilogue == b->epilogue && a->bias_type == b->bias_type && a->compute == b->compute &&
         a->alpha == b->alpha && a->beta == b->beta && a->ab_in_ws == b->ab_in_ws && a->off_aux == b->off_aux &&
         a->aux_ld == b->aux_ld && a->aux_type == b->aux_type;
}

/* A random plan matmul laid out as A, B, C, aux, bias gradient, bias
 * (64-byte aligned), every epilogue. */
static size_t random_matmul(g23_h_rng_t *r, int it, g23_matmul_t *mm) {
  memset(mm, 0, sizeof *mm);
  mm->m = 1 + (int64_t)(g23_h_next(r) % 13);
  mm->n = 1 + (int64_t)(g23_h_next(r) % 11);
  mm->k = 1 + (int64_t)(g23_h_next(r) % 40);
  mm->batch = 1 + (int64_t)(g23_h_next(r) % 3);
  mm->transa = (int32_t)(it & 1);
  mm->transb = (int32_t)((it >> 1) & 1);
  mm->epilogue = (int32_t)((it >> 2) % G23_EPI_COUNT);
  bool aux = g23_epi_has_aux(mm->epilogue);
  if (aux || g23_epi_writes_bgrad(mm->epilogue)) mm->batch = 1;
  int pad = (int)((it >> 3) & 1) * 3;
  int64_t ra = mm->transa ? mm->k : mm->m, ca = mm->transa ? mm->m : mm->k;
  int64_t rb = mm->transb ? mm->n : mm->k, cb = mm->transb ? mm->k : mm->n;
  mm->lda = ca + pad;
  mm->ldb = cb + pad;
  mm->ldc = mm->n + pad;
  mm->stride_a = (it % 7 == 3) ? 0 : ra * mm->lda; /* shared input */
  mm->stride_b = (it % 5 == 0) ? 0 : rb * mm->ldb; /* shared weight */
  mm->stride_c = mm->m * mm->ldc;
  mm->alpha = (it % 3 == 0) ? 0.5f : 1.0f;
  mm->beta = (it % 4 == 1) ? 1.0f : (it % 7 == 2 ? -0.25f : 0.0f);
  mm->off_a = 0;
  mm->off_b = (4 * g23_mm_span_a(mm) + 63) / 64 * 64;
  mm->off_c = (mm->off_b + 4 * g23_mm_span_b(mm) + 63) / 64 * 64;
  mm->ldaux = aux ? (mm->n + 7) / 8 * 8 : 0;
  mm->off_aux = (mm->off_c + 4 * mm->batch * mm->stride_c + 63) / 64 * 64;
  mm->off_bgrad = (mm->off_aux + 4 * mm->m * mm->ldaux + 63) / 64 * 64;
  mm->off_bias = (mm->off_bgrad + 4 * mm->n + 63) / 64 * 64;
  return (size_t)mm->off_bias + 4 * (size_t)mm->n;
}

static void test_descriptors(void) {
  g23_h_rng_t r = {11};
  int cases = 0, bad = 0, same32 = 0, types = 0, changed = 0;
  for (int it = 0; it < 224; it++) {
    g23_matmul_t mm;
    size_t total = random_matmul(&r, it, &mm);
    cases++;
    /* fp32: unchanged */
    g23_lt_matmul_t l32 = {0}, lp32 = {0}, lbf = {0};
    int rc = g23_lt_from_matmul(&mm, G23_CUDA_R_32F, &l32) | g23_lt_from_matmul_prec(&mm, G23_CUDA_R_32F, &lp32);
    if (rc == 0 && same_lt(&l32, &lp32) && !lp32.ab_in_ws) same32++;
    /* bf16: the descriptor's types */
    rc |= g23_lt_from_matmul_prec(&mm, G23_CUDA_R_16BF, &lbf);
    if (rc == 0 && lbf.a.type == G23_CUDA_R_16BF && lbf.b.type == G23_CUDA_R_16BF && lbf.c.type == G23_CUDA_R_32F &&
        lbf.bias_type == G23_CUDA_R_32F && lbf.compute == G23_CUBLAS_COMPUTE_32F && lbf.ab_in_ws &&
        lbf.off_b == 0 && lbf.off_a == g23_mm_ws_b(&mm) && lbf.off_a % 256 == 0 && lbf.off_c == mm.off_c &&
        lbf.aux_type == G23_CUDA_R_32F)
      types++;
    /* bf16: the numbers */
    char *orig = malloc(total), *x = malloc(total), *y = malloc(total), *z = malloc(total);
    char *ws = malloc((size_t)g23_mm_ws_bytes(&mm));
    for (size_t i = 0; i < total / 4; i++) ((float *)orig)[i] = (float)g23_h_uniform(&r, -1, 1);
    memcpy(x, orig, total);
    memcpy(y, orig, total);
    memcpy(z, orig, total);
    char err[512] = "";
    g23_lt_emu_convert(&mm, y, ws);
    if (rc == 0) rc = g23_lt_emu_matmul_ws(&lbf, y, ws, err, sizeof err);
    g23_lt_ref_round_operands(&mm, x);
    g23_lt_ref_matmul(&mm, x);
    /* the operands of the reference go back to fp32: only C may differ */
    memcpy(x, orig, (size_t)mm.off_c);
    memcpy(x + mm.off_bias, orig + mm.off_bias, total - (size_t)mm.off_bias);
    g23_lt_ref_matmul(&mm, z);
    if (rc != 0 || memcmp(x, y, total) != 0) {
      bad++;
      printf("      bf16 matmul m=%lld n=%lld k=%lld batch=%lld ta=%d tb=%d epi=%d: %s\n", (long long)mm.m,
             (long long)mm.n, (long long)mm.k, (long long)mm.batch, mm.transa, mm.transb, mm.epilogue,
             rc ? err : "differs from the reference on bf16-rounded operands");
    }
    if (memcmp(y, z, total) != 0) changed++;
    free(orig);
    free(x);
    free(y);
    free(z);
    free(ws);
  }
  g23_check_report(same32 == cases, "fp32 precision: the descriptor is g23_lt_from_matmul's, %d of %d", same32, cases);
  g23_check_report(types == cases, "bf16 precision: A/B CUDA_R_16BF in the workspace (256-byte aligned), C/D, bias and aux "
              "CUDA_R_32F, COMPUTE_32F: %d of %d", types, cases);
  g23_check_report(bad == 0, "bf16 matmuls through the descriptor = reference on bf16-rounded operands, bit for bit, "
              "%d cases (trans, ld, batch, stride 0, alpha, beta, every epilogue): %d differ", cases, bad);
  g23_check_report(changed > cases / 2, "bf16 results differ from fp32 ones (the operands were rounded): %d of %d",
              changed, cases);

  /* The layer refuses bf16 operands without a workspace, and a C type
   * cuBLASLt does not pair with them. */
  g23_matmul_t mm;
  size_t total = random_matmul(&r, 0, &mm);
  char *buf = calloc(1, total), err[256];
  g23_lt_matmul_t lt;
  g23_lt_from_matmul_prec(&mm, G23_CUDA_R_16BF, &lt);
  g23_check_report(g23_lt_emu_matmul(&lt, buf, err, sizeof err) != 0, "bf16 operands without a workspace refused: %s",
              err);
  lt.c.type = G23_CUDA_R_16F;
  g23_check_report(g23_lt_emu_matmul_ws(&lt, buf, buf, err, sizeof err) != 0, "bf16 A/B with f16 C refused: %s", err);
  g23_check_report(g23_lt_from_matmul_prec(&mm, G23_CUDA_R_16F, &lt) != 0, "an operand type other than fp32/bf16 refused");
  free(buf);
}

int main(void) {
  test_rounding();
  test_descriptors();
  return g23_check_summary("bf16_test");
}
