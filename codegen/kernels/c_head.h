/* c_head.h: the start of every C kernel source (the C dialect's first
 * kernel file after limits.h): the includes, the infinity and exp of the
 * generated kernels, and the recording of an index out of range.
 *
 * Compiled with G23_CHECK_BOUNDS (gpt23run --check-bounds), an index out of
 * range (bounds.h) records the first bad one in g23_rt_fault_*, which the
 * CPU runtime reads and reports after the launch; the kernel goes on as an
 * unchecked build does (the element reads zeros). */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#ifdef _OPENMP
#include <omp.h>
#endif
#define G23_INF INFINITY
#define G23_EXPF g23_expf /* prelude.h: an exp that loops vectorise */
/* The C dialect's running maximum of a row (max_fn): fmax(acc, x) for an
 * acc that starts at -inf and so is never NaN (a NaN x leaves it as it
 * is, as fmax does), written as a comparison because fmax is a library
 * call that keeps the row's loop out of SIMD lanes. */
static inline double g23_row_max(double acc, double x) { return x > acc ? x : acc; }
#ifdef G23_CHECK_BOUNDS
const char *g23_rt_fault_what;
int64_t g23_rt_fault_index, g23_rt_fault_bound;
static int g23_fault_claimed;
__attribute__((unused, noinline)) static int g23_bound_fail(const char *what, int64_t i, int64_t n) {
  if (!__atomic_exchange_n(&g23_fault_claimed, 1, __ATOMIC_SEQ_CST)) {
    g23_rt_fault_index = i;
    g23_rt_fault_bound = n;
    g23_rt_fault_what = what;
  }
  return 0;
}
#endif
