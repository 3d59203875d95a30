/* cuda_head.cuh: the start of every CUDA kernel source (after limits.h):
 * NVRTC has no C library headers, so the integer types are defined here;
 * G23_FN makes the prelude's helpers device functions; an index out of
 * range (bounds.h, G23_CHECK_BOUNDS) is printed and traps, which fails the
 * launch and is reported by the runtime at the next synchronisation. */
#ifndef G23_CUDA_HEAD
#define G23_CUDA_HEAD
typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
#define G23_FN static __device__ __forceinline__
#define G23_INF __int_as_float(0x7f800000)
#ifdef G23_CHECK_BOUNDS
static __device__ __noinline__ int g23_bound_fail(const char *what, long long i, long long n) {
  printf("gpt23run: error: index out of range: %s: index %lld is outside 0 .. %lld\n", what, i, n - 1);
  __trap();
  return 0;
}
#endif
#endif
