/* emu_selftest.c: the CUDA emulator (emu.h) and the cuBLASLt layer
 * (lt_emu.h) checked on their own.
 *
 *   - hand-written kernels (selftest.cu) against float64 references under
 *     several thread orders: block and warp reductions, warp collectives,
 *     a row softmax with dynamic shared memory, tiled causal attention with
 *     shared tiles, atomics, 3-D indexing;
 *   - a reduction missing a barrier, and blocks that read each other's
 *     output, must give wrong answers under the varied orders;
 *     early exits at a barrier or a shuffle, a full mask in a partial warp,
 *     lanes split between __syncwarp and __syncthreads must be reported;
 *     shared memory must not carry over from one block to the next;
 *   - selftest.cu must also be CUDA: NVRTC's front end accepts it;
 *   - bfloat16 / half conversions bit for bit against independent rules;
 *   - plan matmuls through cuBLASLt descriptors against row-major float64.
 */
#include <dlfcn.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emu.h"
#include "harness.h"
#include "lt_emu.h"

#define ARENA (8 << 20)
#define OUT_OFF (1 << 22)
static char *arena;
static void *so;
static g23_h_rng_t rng = {42};

static float *in_f(void) { return (float *)arena; }
static float *out_f(void) { return (float *)(arena + OUT_OFF); }
static int *out_i(void) { return (int *)(arena + OUT_OFF); }

static g23_emu_kernel_fn kernel(const char *name) {
  g23_emu_kernel_fn f = (g23_emu_kernel_fn)dlsym(so, name);
  if (!f) {
    fprintf(stderr, "kernel %s missing\n", name);
    exit(99);
  }
  return f;
}

static int launch(const char *name, int64_t gx, int64_t gy, int64_t gz, int bx, int by, int bz,
                  int shmem, uint64_t seed, char *err, size_t errn) {
  int64_t grid[3] = {gx, gy, gz};
  int32_t block[3] = {bx, by, bz};
  return g23_emu_launch(kernel(name), grid, block, shmem, arena, seed, err, errn);
}

static void fill_inputs(int n, double lo, double hi) {
  for (int i = 0; i < n; i++) in_f()[i] = (float)g23_h_uniform(&rng, lo, hi);
}

static const uint64_t seeds[] = {0, 1, 2, 3, 12345};
#define NSEEDS (int)(sizeof seeds / sizeof seeds[0])

static void test_reductions(void) {
  char err[1024];
  int nb = 4096;
  fill_inputs(nb * 256, -1, 1);
  int caught = 0;
  for (int s = 0; s < NSEEDS; s++) {
    memset(out_f(), 0, (size_t)nb * 4);
    double t0 = g23_h_now();
    int rc = launch("reduce_ok", nb, 1, 1, 256, 1, 1, 0, seeds[s], err, sizeof err);
    double dt = g23_h_now() - t0;
    double maxe = 0;
    for (int b = 0; b < nb; b++) {
      double ref = 0;
      for (int t = 0; t < 256; t++) ref += in_f()[b * 256 + t];
      maxe = fmax(maxe, fabs(out_f()[b] - ref));
    }
    g23_check_report(rc == 0 && maxe < 1e-4, "reduce_ok 4096x256 seed %llu: max error %.2g (%.2f s)",
                (unsigned long long)seeds[s], maxe, dt);
    memset(out_f(), 0, (size_t)nb * 4);
    rc = launch("reduce_racy", 64, 1, 1, 256, 1, 1, 0, seeds[s], err, sizeof err);
    maxe = 0;
    for (int b = 0; b < 64; b++) {
      double ref = 0;
      for (int t = 0; t < 256; t++) ref += in_f()[b * 256 + t];
      maxe = fmax(maxe, fabs(out_f()[b] - ref));
    }
    if (rc == 0 && maxe > 1e-3) caught++;
    printf("      reduce_racy seed %llu: max error %.2g\n", (unsigned long long)seeds[s], maxe);
  }
  /* Descending order happens to be a valid order for this race; ascending
   * and every random order must expose it. */
  g23_check_report(caught >= NSEEDS - 1, "missing barrier exposed under %d of %d thread orders", caught, NSEEDS);

  nb = 1024;
  fill_inputs(nb * 1024, -1, 1);
  for (int s = 1; s < 3; s++) {
    double t0 = g23_h_now();
    int rc = launch("reduce_1024", nb, 1, 1, 1024, 1, 1, 0, seeds[s], err, sizeof err);
    double dt = g23_h_now() - t0, maxe = 0;
    for (int b = 0; b < nb; b++) {
      double ref = 0;
      for (int t = 0; t < 1024; t++) ref += in_f()[b * 1024 + t];
      maxe = fmax(maxe, fabs(out_f()[b] - ref));
    }
    g23_check_report(rc == 0 && maxe < 1e-3, "reduce_1024 1024x1024 (shuffles) seed %llu: max error %.2g (%.2f s)%s%s",
                (unsigned long long)seeds[s], maxe, dt, rc ? ": " : "", rc ? err : "");
  }
}

static void test_warp_ops(void) {
  char err[1024];
  fill_inputs(64, -1, 1);
  for (int s = 0; s < NSEEDS; s++) {
    memset(out_i(), 0, 64 * 8 * 4);
    int rc = launch("warp_ops", 1, 1, 1, 64, 1, 1, 0, seeds[s], err, sizeof err);
    int bad = rc != 0;
    for (int t = 0; t < 64 && !bad; t++) {
      int *o = out_i() + t * 8, lane = t & 31, w0 = t & ~31;
      double sum = 0;
      unsigned ballot = 0;
      for (int l = 0; l < 32; l++) {
        sum += in_f()[w0 + l];
        ballot |= (unsigned)(in_f()[w0 + l] > 0) << l;
      }
      int scan = 0;
      for (int l = 0; l <= lane; l++) scan += w0 + l;
      int down = (lane & 15) + 4 < 16 ? t + 4 : t;
      bad |= fabs(((float *)o)[0] - sum) > 1e-5;
      bad |= o[1] != scan;
      bad |= (unsigned)o[2] != ballot;
      bad |= o[3] != (w0 == 32);
      bad |= o[4] != (w0 == 0);
      bad |= o[5] != (w0 + 7) * 3;
      bad |= o[6] != (t ^ 1);
      bad |= o[7] != 2 * down + 1;
      if (bad) printf("      thread %d: %g %d %x %d %d %d %d %d\n", t, ((float *)o)[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7]);
    }
    g23_check_report(!bad, "warp shuffles, votes, widths seed %llu%s%s", (unsigned long long)seeds[s],
                rc ? ": " : "", rc ? err : "");
  }
}

static void test_barrier_count(void) {
  char err[1024];
  for (int s = 0; s < NSEEDS; s++) {
    memset(out_i(), 0, 100 * 16);
    int rc = launch("barrier_count", 1, 1, 1, 100, 1, 1, 0, seeds[s], err, sizeof err), bad = rc != 0;
    for (int t = 0; t < 100; t++)
      bad |= out_i()[4 * t] != 34 || out_i()[4 * t + 1] != 10 || out_i()[4 * t + 2] != 1 || out_i()[4 * t + 3] != 0;
    g23_check_report(!bad, "__syncthreads_count/_or/_and, 100 threads, seed %llu%s%s", (unsigned long long)seeds[s],
                rc ? ": " : "", rc ? err : "");
  }
}

static void test_misuse(void) {
  char err[1024];
  int rc = launch("early_exit", 1, 1, 1, 64, 1, 1, 0, 0, err, sizeof err);
  g23_check_report(rc != 0 && strstr(err, "__syncthreads"), "early exit at a barrier reported: %s", rc ? err : "(not reported)");
  rc = launch("early_exit", 1, 1, 1, 64, 1, 1, 0, 1, err, sizeof err);
  g23_check_report(rc != 0 && strstr(err, "__syncthreads"), "early exit at a barrier reported in reverse order: %s",
              rc ? err : "(not reported)");
  rc = launch("exit_in_shuffle", 1, 1, 1, 32, 1, 1, 0, 2, err, sizeof err);
  g23_check_report(rc != 0 && strstr(err, "__shfl_xor_sync"), "exit during a warp shuffle reported: %s",
              rc ? err : "(not reported)");
  rc = launch("warp_ops", 1, 1, 1, 48, 1, 1, 0, 2, err, sizeof err);
  g23_check_report(rc != 0 && strstr(err, "do not exist"), "full-warp mask in a 16-lane warp reported: %s",
              rc ? err : "(not reported)");
  rc = launch("split_barrier", 1, 1, 1, 64, 1, 1, 0, 2, err, sizeof err);
  g23_check_report(rc != 0 && strstr(err, "deadlock"), "lanes split between __syncwarp and __syncthreads reported: %s",
              rc ? err : "(not reported)");
  rc = launch("stale_shared", 2, 1, 1, 64, 1, 1, 0, 2, err, sizeof err);
  int stale = 0;
  for (int i = 0; i < 64; i++) stale += out_f()[i] == 1.0f && isnan(out_f()[64 + i]);
  g23_check_report(rc == 0 && stale == 64, "static shared memory starts as NaN in every block (%d of 64)", stale);
  int chain_caught = 0;
  for (int sd = 1; sd < NSEEDS; sd++) {
    memset(out_f(), 0, 65 * 4);
    rc = launch("block_chain", 64, 1, 1, 32, 1, 1, 0, seeds[sd], err, sizeof err);
    chain_caught += rc == 0 && out_f()[64] != 64.0f;
  }
  g23_check_report(chain_caught == NSEEDS - 1, "a block reading another block's output exposed under %d of %d "
              "non-ascending block orders", chain_caught, NSEEDS - 1);
  rc = launch("reduce_ok", 1, 1, 1, 2048, 1, 1, 0, 2, err, sizeof err);
  g23_check_report(rc != 0, "a block of 2048 threads refused: %s", rc ? err : "(accepted)");
}

static void test_softmax(void) {
  char err[1024];
  int rows = 50, n = 300;
  fill_inputs(rows * n, -4, 4);
  for (int s = 1; s < 4; s++) {
    memset(out_f(), 0, (size_t)rows * n * 4);
    int rc = launch("softmax_rows", rows, 1, 1, 128, 1, 1, 4 * 4, seeds[s], err, sizeof err);
    double maxe = 0;
    for (int r = 0; r < rows; r++) {
      const float *x = in_f() + r * n;
      double m = -INFINITY, z = 0;
      for (int i = 0; i < n; i++) m = fmax(m, x[i]);
      for (int i = 0; i < n; i++) z += exp(x[i] - m);
      for (int i = 0; i < n; i++) maxe = fmax(maxe, fabs(out_f()[r * n + i] - exp(x[i] - m) / z));
    }
    g23_check_report(rc == 0 && maxe < 1e-6, "softmax rows (dynamic shared memory) seed %llu: max error %.2g%s%s",
                (unsigned long long)seeds[s], maxe, rc ? ": " : "", rc ? err : "");
  }
}

static void test_flash(void) {
  enum { H = 2, T = 40, D = 16 };
  char err[1024];
  fill_inputs(3 * 4096, -1, 1);
  for (int s = 1; s < 4; s++) {
    memset(out_f(), 0, H * T * D * 4);
    int rc = launch("flash_attn", 3, H, 1, 16, 16, 1, 0, seeds[s], err, sizeof err);
    double maxe = 0;
    for (int h = 0; h < H; h++)
      for (int i = 0; i < T; i++) {
        const float *q = in_f() + (h * T + i) * D;
        double sc[T], m = -INFINITY, z = 0;
        for (int j = 0; j <= i; j++) {
          const float *k = in_f() + 4096 + (h * T + j) * D;
          double dot = 0;
          for (int e = 0; e < D; e++) dot += (double)q[e] * k[e];
          sc[j] = dot / sqrt((double)D);
          m = fmax(m, sc[j]);
        }
        for (int j = 0; j <= i; j++) z += exp(sc[j] - m);
        for (int d = 0; d < D; d++) {
          double o = 0;
          for (int j = 0; j <= i; j++) o += exp(sc[j] - m) / z * in_f()[8192 + (h * T + j) * D + d];
          maxe = fmax(maxe, fabs(out_f()[(h * T + i) * D + d] - o));
        }
      }
    g23_check_report(rc == 0 && maxe < 1e-5, "tiled causal attention (shared tiles) seed %llu: max error %.2g%s%s",
                (unsigned long long)seeds[s], maxe, rc ? ": " : "", rc ? err : "");
  }
}

static void test_atomics_index(void) {
  char err[1024];
  int n = 4 * 256;
  fill_inputs(n, -1, 1);
  for (int s = 0; s < 3; s++) {
    memset(out_i(), 0, 64);
    out_i()[9] = -100000;
    out_f()[10] = -INFINITY;
    int rc = launch("atomics", 4, 1, 1, 256, 1, 1, 0, seeds[s], err, sizeof err);
    int hist[8] = {0}, mx = -100000;
    double sum = 0, fmx = -INFINITY;
    for (int i = 0; i < n; i++) {
      float x = in_f()[i];
      int b = (int)((x + 1.0f) * 4.0f);
      hist[b < 0 ? 0 : b > 7 ? 7 : b]++;
      sum += x;
      if ((int)(x * 1000.0f) > mx) mx = (int)(x * 1000.0f);
      fmx = fmax(fmx, x);
    }
    int bad = rc != 0 || memcmp(hist, out_i(), sizeof hist) != 0 || fabs(out_f()[8] - sum) > 1e-3 ||
              out_i()[9] != mx || out_f()[10] != (float)fmx;
    g23_check_report(!bad, "atomicAdd/atomicMax/atomicCAS seed %llu", (unsigned long long)seeds[s]);
  }
  memset(out_i(), 0xff, 4 * 2 * 3 * 2 * 24 * 4);
  int rc = launch("index3d", 2, 3, 2, 4, 3, 2, 0, 2, err, sizeof err);
  int bad = rc != 0;
  for (int bz = 0; bz < 2; bz++)
    for (int by = 0; by < 3; by++)
      for (int bx = 0; bx < 2; bx++)
        for (int tz = 0; tz < 2; tz++)
          for (int ty = 0; ty < 3; ty++)
            for (int tx = 0; tx < 4; tx++) {
              int blk = bx + 2 * (by + 3 * bz), lin = tx + 4 * (ty + 3 * tz);
              bad |= out_i()[blk * 24 + lin] != tx + 10 * ty + 100 * tz + 1000 * bx + 10000 * by + 100000 * bz;
            }
  g23_check_report(!bad, "3-D threadIdx/blockIdx/blockDim/gridDim");
}

/* bfloat16: the nearer of the two neighbours, ties to the even one. */
static uint16_t bf16_ref(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  if (isnan(f)) return 0x7fff;
  uint32_t lo = u >> 16, hi = lo + 1;
  double dl = fabs((double)g23_emu_bf16_to_f32((uint16_t)lo) - f);
  float fh = g23_emu_bf16_to_f32((uint16_t)hi);
  double dh = isinf(fh) && !isinf(f) ? fabs(0x1p128 * (f < 0 ? -1 : 1) - f) : fabs((double)fh - f);
  if ((u & 0xffff) == 0) return (uint16_t)lo;
  if (dl < dh) return (uint16_t)lo;
  if (dh < dl) return (uint16_t)hi;
  return (uint16_t)((lo & 1) ? hi : lo);
}

static void test_conversions(void) {
  long bad_b = 0, bad_h = 0, n = 0;
  for (uint64_t u = 0; u < (1ull << 32); u += 4093) {
    uint32_t x = (uint32_t)u;
    float f;
    memcpy(&f, &x, 4);
    n++;
    if (g23_emu_f32_to_bf16(f) != bf16_ref(f)) bad_b++;
    if (!isnan(f)) {
      _Float16 h = (_Float16)f;
      uint16_t hb;
      memcpy(&hb, &h, 2);
      if (g23_emu_f32_to_f16(f) != hb) bad_h++;
    } else if (g23_emu_f32_to_f16(f) != 0x7fff) {
      bad_h++;
    }
  }
  /* every half and bfloat16 value survives the round trip */
  for (uint32_t h = 0; h < 65536; h++) {
    float f = g23_emu_f16_to_f32((uint16_t)h);
    _Float16 r;
    uint16_t rb = (uint16_t)h;
    memcpy(&r, &rb, 2);
    if (!isnan(f) && (g23_emu_f32_to_f16(f) != h || f != (float)r)) bad_h++;
    f = g23_emu_bf16_to_f32((uint16_t)h);
    if (!isnan(f) && g23_emu_f32_to_bf16(f) != h) bad_b++;
  }
  /* ties: 1 + 2^-8 lies halfway between bf16 1 and 1 + 2^-7 */
  bad_b += g23_emu_f32_to_bf16(1.0f + 0x1p-8f) != 0x3f80;
  bad_b += g23_emu_f32_to_bf16(1.0f + 3 * 0x1p-8f) != 0x3f82;
  bad_h += g23_emu_f32_to_f16(65520.0f) != 0x7c00 || g23_emu_f32_to_f16(65519.0f) != 0x7bff;
  bad_h += g23_emu_f32_to_f16(0x1p-25f) != 0 || g23_emu_f32_to_f16(0x1.000002p-25f) != 1;
  g23_check_report(bad_b == 0, "float -> bfloat16 round to nearest even, %ld values: %ld wrong", n, bad_b);
  g23_check_report(bad_h == 0, "float -> half round to nearest even, %ld values: %ld wrong", n, bad_h);

  char err[1024];
  int cnt = 256;
  fill_inputs(cnt, -70000, 70000);
  in_f()[0] = 1.0f + 0x1p-8f;
  in_f()[1] = 1e-7f;
  int rc = launch("convert", 1, 1, 1, cnt, 1, 1, 0, 2, err, sizeof err);
  int bad = rc != 0;
  for (int i = 0; i < cnt; i++) {
    float f = in_f()[i];
    bad |= out_f()[2 * i] != g23_emu_bf16_to_f32(g23_emu_f32_to_bf16(f));
    float h = out_f()[2 * i + 1], hr = g23_emu_f16_to_f32(g23_emu_f32_to_f16(f));
    bad |= !(h == hr || (isinf(h) && isinf(hr)));
  }
  g23_check_report(!bad, "__float2bfloat16 / __float2half in a kernel");
}

/* ---- cuBLASLt layer ------------------------------------------------------- */

static void test_lt(void) {
  g23_h_rng_t r = {7};
  int cases = 0, bad = 0;
  const int nepi = G23_EPI_COUNT;
  int per_epi[G23_EPI_COUNT] = {0};
  for (int it = 0; it < 224; it++) {
    g23_matmul_t mm = {0};
    mm.m = 1 + (int64_t)(g23_h_next(&r) % 13);
    mm.n = 1 + (int64_t)(g23_h_next(&r) % 11);
    mm.k = 1 + (int64_t)(g23_h_next(&r) % 9);
    mm.batch = 1 + (int64_t)(g23_h_next(&r) % 3);
    mm.transa = (int32_t)(it & 1);
    mm.transb = (int32_t)((it >> 1) & 1);
    mm.epilogue = (int32_t)((it >> 2) % nepi);
    bool aux = g23_epi_has_aux(mm.epilogue), bgrad = g23_epi_writes_bgrad(mm.epilogue);
    if (aux || bgrad) mm.batch = 1; /* plan.h: batch 1 only */
    int pad = (int)((it >> 3) & 1) * 3;
    int64_t ra = mm.transa ? mm.k : mm.m, ca = mm.transa ? mm.m : mm.k;
    int64_t rb = mm.transb ? mm.n : mm.k, cb = mm.transb ? mm.k : mm.n;
    mm.lda = ca + pad;
    mm.ldb = cb + pad;
    mm.ldc = mm.n + pad;
    mm.stride_a = ra * mm.lda;
    mm.stride_b = (it % 5 == 0) ? 0 : rb * mm.ldb; /* shared weight */
    mm.stride_c = mm.m * mm.ldc;
    mm.alpha = (it % 3 == 0) ? 0.5f : 1.0f;
    mm.beta = (it % 4 == 1) ? 1.0f : (it % 7 == 2 ? -0.25f : 0.0f);
    mm.off_a = 0;
    mm.off_b = (mm.off_a + 4 * mm.batch * mm.stride_a + 63) / 64 * 64;
    mm.off_c = (mm.off_b + 4 * mm.batch * (rb * mm.ldb) + 63) / 64 * 64;
    /* aux: a multiple of 8 wide (cuBLASLt's rule), so some columns pad */
    mm.ldaux = aux ? (mm.n + 7) / 8 * 8 : 0;
    mm.off_aux = (mm.off_c + 4 * mm.batch * mm.stride_c + 63) / 64 * 64;
    mm.off_bgrad = (mm.off_aux + 4 * mm.m * mm.ldaux + 63) / 64 * 64;
    mm.off_bias = (mm.off_bgrad + 4 * mm.n + 63) / 64 * 64;
    size_t total = (size_t)mm.off_bias + 4 * (size_t)mm.n;
    per_epi[mm.epilogue]++;
    char *x = malloc(total), *y = malloc(total);
    for (size_t i = 0; i < total / 4; i++) ((float *)x)[i] = (float)g23_h_uniform(&r, -1, 1);
    memcpy(y, x, total);
    g23_lt_matmul_t lt;
    char err[512] = "";
    int rc = g23_lt_from_matmul(&mm, G23_CUDA_R_32F, &lt);
    if (rc == 0) rc = g23_lt_emu_matmul(&lt, y, err, sizeof err);
    g23_lt_ref_matmul(&mm, x);
    cases++;
    if (rc != 0 || memcmp(x, y, total) != 0) {
      bad++;
      printf("      matmul m=%lld n=%lld k=%lld batch=%lld ta=%d tb=%d epi=%d: %s\n", (long long)mm.m,
             (long long)mm.n, (long long)mm.k, (long long)mm.batch, mm.transa, mm.transb, mm.epilogue,
             rc ? err : "results differ");
    }
    free(x);
    free(y);
  }
  g23_check_report(bad == 0, "plan matmul via cuBLASLt descriptors = row-major float64 bit for bit, C, aux and bias "
              "gradient, %d cases (trans, ld, batch, stride 0, alpha, beta, every epilogue): %d differ", cases, bad);
  bool all = true;
  for (int e = 0; e < nepi; e++) all &= per_epi[e] >= 8;
  g23_check_report(all, "every epilogue has cases");

  /* the translation's numbers for one known case: y[4,6] = x[4,3] . w[6,3]^T + b */
  g23_matmul_t mm = {.m = 4, .n = 6, .k = 3, .batch = 1, .transa = 0, .transb = 1, .lda = 3, .ldb = 3,
                     .ldc = 6, .alpha = 1, .epilogue = G23_EPI_GELU_BIAS};
  g23_lt_matmul_t lt;
  int rc = g23_lt_from_matmul(&mm, G23_CUDA_R_32F, &lt);
  g23_check_report(rc == 0 && lt.m == 6 && lt.n == 4 && lt.k == 3 && lt.transa == G23_CUBLAS_OP_T &&
              lt.transb == G23_CUBLAS_OP_N && lt.a.rows == 3 && lt.a.cols == 6 && lt.a.ld == 3 &&
              lt.b.rows == 3 && lt.b.cols == 4 && lt.b.ld == 3 && lt.c.rows == 6 && lt.c.ld == 6 &&
              lt.epilogue == 36,
              "x.w^T + b as cuBLASLt: m=6 n=4 k=3 opA=T (w: 3x6, ld 3) opB=N (x: 3x4, ld 3), GELU_BIAS=36");
  /* dW[3, 5] = X[4, 3]^T . dY[4, 5] with db = column sums of dY: cuBLASLt's
   * A is dY (5 x 4, ld 5, op N), reduced over k = 4 by BGRADA into the bias
   * pointer; DGELU_BGRAD's aux is D-shaped (5 x 3) with the plan's ldaux. */
  g23_matmul_t wg = {.m = 3, .n = 5, .k = 4, .batch = 1, .transa = 1, .transb = 0, .lda = 3, .ldb = 5, .ldc = 5,
                     .alpha = 1, .epilogue = G23_EPI_BGRAD, .off_bias = 64, .off_bgrad = 128};
  rc = g23_lt_from_matmul(&wg, G23_CUDA_R_32F, &lt);
  g23_check_report(rc == 0 && lt.m == 5 && lt.n == 3 && lt.k == 4 && lt.transa == G23_CUBLAS_OP_N && lt.a.rows == 5 &&
              lt.a.cols == 4 && lt.epilogue == 256 && lt.off_bias == 128 && g23_lt_epilogue_ok(&lt),
              "X^T.dY with its bias gradient as cuBLASLt: BGRADA=256 of A = dY (5x4), into the bias gradient");
  wg.epilogue = G23_EPI_DGELU_BGRAD;
  wg.off_aux = 192;
  wg.ldaux = 8;
  rc = g23_lt_from_matmul(&wg, G23_CUDA_R_32F, &lt);
  g23_check_report(rc == 0 && lt.epilogue == 208 && lt.off_aux == 192 && lt.aux_ld == 8 && lt.aux_type == G23_CUDA_R_32F &&
              lt.off_bias == 128 && g23_lt_epilogue_ok(&lt), "DGELU_BGRAD=208: aux ld 8, fp32, gradient to the bias "
              "pointer");
  wg.ldaux = 6;
  rc = g23_lt_from_matmul(&wg, G23_CUDA_R_32F, &lt);
  g23_check_report(rc == 0 && !g23_lt_epilogue_ok(&lt), "an aux ld that is not a multiple of 8 is not for cuBLASLt");
  wg.ldaux = 4;
  g23_check_report(g23_lt_from_matmul(&wg, G23_CUDA_R_32F, &lt) != 0, "an aux ld below n refused");
  wg.ldaux = 8;
  wg.batch = 2;
  wg.stride_a = 12, wg.stride_b = 20, wg.stride_c = 15;
  rc = g23_lt_from_matmul(&wg, G23_CUDA_R_32F, &lt);
  g23_check_report(rc == 0 && !g23_lt_epilogue_ok(&lt), "a batch with a bias gradient is not for cuBLASLt");
  mm.ldb = 2;
  g23_check_report(g23_lt_from_matmul(&mm, G23_CUDA_R_32F, &lt) != 0, "leading dimension below rows refused");
  /* the layer refuses what cuBLASLt refuses: mismatched dimensions */
  mm.ldb = 3;
  g23_lt_from_matmul(&mm, G23_CUDA_R_32F, &lt);
  lt.k = 4;
  char err[256];
  char *buf = calloc(1, 4096);
  g23_check_report(g23_lt_emu_matmul(&lt, buf, err, sizeof err) != 0, "inconsistent layouts refused: %s", err);
  free(buf);
}

int main(void) {
  char err[8192];
  arena = aligned_alloc(4096, ARENA);
  memset(arena, 0, ARENA);
  char *dir = g23_h_tmpdir();
  char path[4096];
  snprintf(path, sizeof path, "%s/test/cuda/selftest.cu", G23_SRCDIR);
  FILE *f = fopen(path, "r");
  if (!f) {
    perror(path);
    return 99;
  }
  static char src[1 << 16];
  src[fread(src, 1, sizeof src - 1, f)] = 0;
  fclose(f);
  double t0 = g23_h_now();
  so = g23_h_build(src, true, dir, "selftest", err, sizeof err);
  if (!so) {
    fprintf(stderr, "%s\n", err);
    return 99;
  }
  printf("      selftest.cu compiled against emu.h in %.2f s\n", g23_h_now() - t0);
  int nv = g23_h_nvrtc_check(src, err, sizeof err);
  if (nv != 1) g23_check_report(nv == 0, "selftest.cu is CUDA: NVRTC accepts it%s%s", nv ? "\n" : "", nv ? err : "");
  test_reductions();
  test_warp_ops();
  test_barrier_count();
  test_misuse();
  test_softmax();
  test_flash();
  test_atomics_index();
  test_conversions();
  test_lt();
  g23_h_tmpdir_free(dir);
  printf("%.1f s\n", g23_h_now() - t0);
  return g23_check_summary("emu_selftest");
}
