/* test_expf.c: prelude.h's g23_expf, the exp of the C kernels, against the
 * C library's double exp rounded to float.
 *
 * Every float from -110 to 90 whose bit pattern is a multiple of STRIDE
 * (about 17 million of the 2.2 billion; STRIDE is odd, so every exponent
 * and low mantissa pattern is visited), plus the edges: results that are
 * subnormal or the largest finite floats, the overflow and underflow
 * thresholds, and NaN, infinities and signed zero.  The bound is 1 ulp
 * (measured over all 2.2 billion floats when the function was written: the
 * worst case is 1 ulp; the analysis in prelude.h allows a little under 2).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ir/prelude.h"
#include "test/check.h"

#define STRIDE 131u

/* Distance in representable floats. */
static int64_t ulps(float a, float b) {
  int32_t ia, ib;
  memcpy(&ia, &a, 4);
  memcpy(&ib, &b, 4);
  int64_t oa = ia < 0 ? (int64_t)INT32_MIN - ia : ia, ob = ib < 0 ? (int64_t)INT32_MIN - ib : ib;
  return oa > ob ? oa - ob : ob - oa;
}

static int64_t worst;
static float worst_x;
static long checked;

static void one(float x) {
  float want = (float)exp((double)x), got = g23_expf(x);
  int64_t d = ulps(want, got);
  checked++;
  if (d > worst) {
    worst = d;
    worst_x = x;
  }
  CHECK_MANY(d <= 1, "g23_expf(%a) = %a, exp = %a (%lld ulp)", x, got, want, (long long)d);
}

int main(void) {
  for (uint64_t b = 0; b <= 0xffffffffu; b += STRIDE) {
    uint32_t u = (uint32_t)b;
    float x;
    memcpy(&x, &u, 4);
    if (!isnan(x) && x >= -110.0f && x <= 90.0f) one(x);
  }
  /* Around the subnormal range, the largest finite results, the thresholds. */
  static const float edges[] = {-87.3365f, -87.33655f, -88.0f, -100.0f, -103.27893f, -103.97208f, -104.0f,
                                -110.0f, 88.0f, 88.7228f, 88.72283f, 88.72284f, 89.0f, 90.0f, 0.0f, -0.0f,
                                1e-30f, -1e-30f, 0x1p-149f, 1.0f, -1.0f, 0.34657359f, -0.34657359f};
  for (size_t i = 0; i < sizeof edges / sizeof *edges; i++) {
    float x = edges[i];
    one(x);
    for (int k = 0; k < 64; k++) one(x = nextafterf(x, INFINITY));
    x = edges[i];
    for (int k = 0; k < 64; k++) one(x = nextafterf(x, -INFINITY));
  }
  printf("%ld floats: worst %lld ulp at %a\n", checked, (long long)worst, worst_x);
  CHECK(isnan(g23_expf(NAN)) && isnan(g23_expf(-NAN)), "NaN does not give NaN");
  if (g23_expf(-INFINITY) != 0.0f || g23_expf(INFINITY) != INFINITY || g23_expf(1000.0f) != INFINITY ||
      g23_expf(-1000.0f) != 0.0f || g23_expf(0.0f) != 1.0f || g23_expf(-0.0f) != 1.0f) {
    FAIL("exp(-inf) = %a, exp(inf) = %a, exp(1000) = %a, exp(-1000) = %a, exp(0) = %a",
           g23_expf(-INFINITY), g23_expf(INFINITY), g23_expf(1000.0f), g23_expf(-1000.0f), g23_expf(0.0f));
  }
  return g23_check_summary("test_expf");
}
