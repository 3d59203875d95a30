/* emu.h: the CUDA execution model on the CPU, for testing generated CUDA
 * kernels on machines without a GPU.
 *
 * Two halves:
 *
 *   C API (C and C++): g23_emu_launch runs a kernel `void NAME(char *base)`
 *   over a grid of blocks.  Blocks run one after another; inside a block
 *   every CUDA thread is a cooperative fiber with its own stack, so
 *   __syncthreads is a real barrier and warp operations exchange values
 *   among the lanes of a warp.  The order in which blocks run, and threads
 *   between two synchronisation points, is chosen by a seed (0: ascending
 *   index, 1: descending, else a seeded random order), so a missing barrier
 *   or a block that reads another block's output shows up as a result that
 *   depends on the seed.  Misuse that a GPU turns into
 *   a hang or undefined behaviour is reported as an error of the launch:
 *   a barrier that not every thread reaches, a thread that exits while
 *   others wait for it, a warp operation whose mask names an exited or
 *   nonexistent lane, lanes of one warp waiting in different collectives.
 *
 *   CUDA dialect (C++ only): compiled with g++ -include emu.h, a CUDA
 *   translation unit builds unchanged into a host shared object: qualifiers,
 *   built-in index variables, barriers, warp shuffles and votes, atomics,
 *   the fast-math intrinsics (computed exactly: the device's approximations
 *   are not imitated), __nv_bfloat16 and __half (bit-exact
 *   round-to-nearest-even conversions).  One construct needs help that a
 *   header cannot give: `extern __shared__ T name[];` (dynamic shared
 *   memory).  g23_emu_source_prepare rewrites exactly that declaration into
 *   a pointer to the launch's dynamic shared memory; nothing else in the
 *   source is touched.  Static `__shared__` variables become statics in a
 *   section of their own, which is per-block storage because blocks run one
 *   at a time; the object registers the section when it is loaded, and the
 *   launcher fills it with NaN bytes before every block, as it does the
 *   dynamic shared memory, so that no block sees what another left.
 *
 * Symbols used by the kernels (g23_emu, g23_emu_dyn_shared and the
 * g23_emu_* functions) live in the program that links emu.c; it must export
 * them to shared objects it loads (link with -rdynamic).
 */
#ifndef G23_EMU_H
#define G23_EMU_H

/* No system header here: a CUDA source brings its own int64_t & co. (NVRTC
 * has no libc), which would clash with <stdint.h>'s.  The types below are
 * the compiler's own, identical to int64_t, uint64_t ... */
typedef __INT64_TYPE__ g23_emu_i64;
typedef __INT32_TYPE__ g23_emu_i32;
typedef __UINT64_TYPE__ g23_emu_u64;
typedef __UINT16_TYPE__ g23_emu_u16;
typedef __SIZE_TYPE__ g23_emu_size;

#ifdef __cplusplus
extern "C" {
#endif

/* ---- C API --------------------------------------------------------------- */

typedef void (*g23_emu_kernel_fn)(char *base);

/* Largest dynamic shared memory per block (an H100's opt-in maximum). */
#define G23_EMU_MAX_DYN_SHARED (227 * 1024)
#define G23_EMU_MAX_THREADS 1024
/* Bytes of stack each CUDA thread gets. */
#define G23_EMU_STACK_BYTES (64 * 1024)

/* Run fn over grid x block threads with shmem bytes of dynamic shared memory
 * (filled with a NaN byte pattern at the start of every block, so a read
 * before a write is visible).  seed chooses the thread order (see above).
 * Returns 0, or -1 with a message naming the block and thread in err. */
int g23_emu_launch(g23_emu_kernel_fn fn, const g23_emu_i64 grid[3], const g23_emu_i32 block[3],
                   g23_emu_i32 shmem, char *base, g23_emu_u64 seed, char *err, g23_emu_size errn);

/* Static shared memory of a loaded kernel object (emu.h does this). */
void g23_emu_shared_register(char *lo, char *hi);
void g23_emu_shared_unregister(char *lo);

/* The source with every `extern __shared__ T name[];` rewritten to
 * `T *const name = (T *)g23_emu_dyn_shared;` (malloc'd). */
char *g23_emu_source_prepare(const char *src);

/* Bit-exact float <-> bfloat16 / half conversions, round to nearest even
 * (NaN stays NaN, overflow goes to infinity, half keeps subnormals). */
g23_emu_u16 g23_emu_f32_to_bf16(float f);
float g23_emu_bf16_to_f32(g23_emu_u16 h);
g23_emu_u16 g23_emu_f32_to_f16(float f);
float g23_emu_f16_to_f32(g23_emu_u16 h);

/* ---- what kernels see ---------------------------------------------------- */

typedef struct { unsigned x, y, z; } g23_emu_uint3;

/* The public head of a CUDA thread (the rest is private to emu.c). */
typedef struct g23_emu_thread {
  g23_emu_uint3 tid;
  int lane, warp;
  g23_emu_u64 xval; /* value a warp collective hands back to this lane */
} g23_emu_thread_t;

typedef struct {
  g23_emu_thread_t *cur; /* the thread that runs now */
  g23_emu_uint3 block_idx, block_dim, grid_dim;
} g23_emu_state_t;
extern g23_emu_state_t g23_emu;
extern char g23_emu_dyn_shared[];

/* Collective entry points; kinds for g23_emu_warp_op. */
enum { G23_EMU_SHFL_IDX, G23_EMU_SHFL_XOR, G23_EMU_SHFL_UP, G23_EMU_SHFL_DOWN,
       G23_EMU_VOTE_BALLOT, G23_EMU_VOTE_ANY, G23_EMU_VOTE_ALL, G23_EMU_SYNCWARP };
void g23_emu_syncthreads(void);
/* __syncthreads_count/_and/_or: the barrier, then how many threads of the
 * block passed a non-zero pred. */
int g23_emu_syncthreads_count(int pred);
/* Waits until every lane in mask arrived with the same kind; returns the
 * lane's result in g23_emu.cur->xval. */
void g23_emu_warp_op(int kind, unsigned mask, g23_emu_u64 value, int arg, int width);
unsigned g23_emu_activemask(void);
/* Report a misuse from inside a kernel and abandon the launch. */
void g23_emu_fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#ifdef __cplusplus
}
#endif

/* ---- the CUDA dialect (C++) ------------------------------------------------ */
#ifdef __cplusplus
extern "C" int printf(const char *fmt, ...);

#define __global__
#define __device__
#define __host__
#define __forceinline__ inline __attribute__((always_inline))
#define __noinline__ __attribute__((noinline))
/* A trap ends the launch with an error, as on a device. */
#define __trap() g23_emu_fail("__trap()")
#define __launch_bounds__(...)
#define __shared__ static __attribute__((section("g23emu_shared"), aligned(16)))
#define __constant__ static
#define __align__(n) __attribute__((aligned(n)))
#define __grid_constant__

/* The linker's bounds of this object's static shared memory. */
extern "C" char __start_g23emu_shared[] __attribute__((weak, visibility("hidden")));
extern "C" char __stop_g23emu_shared[] __attribute__((weak, visibility("hidden")));
__attribute__((constructor)) static void g23_emu_shared_load(void) {
  if (__start_g23emu_shared) g23_emu_shared_register(__start_g23emu_shared, __stop_g23emu_shared);
}
__attribute__((destructor)) static void g23_emu_shared_unload(void) {
  if (__start_g23emu_shared) g23_emu_shared_unregister(__start_g23emu_shared);
}

struct uint3 { unsigned x, y, z; };
struct dim3 {
  unsigned x, y, z;
  dim3(unsigned x_ = 1, unsigned y_ = 1, unsigned z_ = 1) : x(x_), y(y_), z(z_) {}
};
#define threadIdx (*(const uint3 *)&g23_emu.cur->tid)
#define blockIdx (*(const uint3 *)&g23_emu.block_idx)
#define blockDim (*(const uint3 *)&g23_emu.block_dim)
#define gridDim (*(const uint3 *)&g23_emu.grid_dim)
#define warpSize 32

struct __align__(8) float2 { float x, y; };
struct __align__(16) float4 { float x, y, z, w; };
struct __align__(8) int2 { int x, y; };
struct __align__(16) int4 { int x, y, z, w; };
struct __align__(16) uint4 { unsigned x, y, z, w; };
static inline float2 make_float2(float x, float y) { return float2{x, y}; }
static inline float4 make_float4(float x, float y, float z, float w) { return float4{x, y, z, w}; }
static inline int2 make_int2(int x, int y) { return int2{x, y}; }
static inline int4 make_int4(int x, int y, int z, int w) { return int4{x, y, z, w}; }
struct float3 { float x, y, z; };
struct __align__(8) uint2 { unsigned x, y; };
static inline float3 make_float3(float x, float y, float z) { return float3{x, y, z}; }
static inline uint2 make_uint2(unsigned x, unsigned y) { return uint2{x, y}; }
static inline uint4 make_uint4(unsigned x, unsigned y, unsigned z, unsigned w) { return uint4{x, y, z, w}; }

/* barriers and fences */
static inline void __syncthreads(void) { g23_emu_syncthreads(); }
static inline int __syncthreads_count(int pred) { return g23_emu_syncthreads_count(pred); }
static inline int __syncthreads_and(int pred) {
  return g23_emu_syncthreads_count(pred) == (int)(blockDim.x * blockDim.y * blockDim.z);
}
static inline int __syncthreads_or(int pred) { return g23_emu_syncthreads_count(pred) != 0; }
static inline void __syncwarp(unsigned mask = 0xffffffffu) {
  g23_emu_warp_op(G23_EMU_SYNCWARP, mask, 0, 0, 32);
}
static inline void __threadfence(void) {}
static inline void __threadfence_block(void) {}
static inline unsigned __activemask(void) { return g23_emu_activemask(); }

/* warp shuffles: any type of at most 8 bytes */
template <class T> static inline T g23_emu_shfl(int kind, unsigned mask, T v, int arg, int width) {
  static_assert(sizeof(T) <= 8, "warp shuffle of a type wider than 8 bytes");
  g23_emu_u64 u = 0;
  __builtin_memcpy(&u, &v, sizeof v);
  g23_emu_warp_op(kind, mask, u, arg, width);
  T r;
  __builtin_memcpy(&r, &g23_emu.cur->xval, sizeof r);
  return r;
}
template <class T> static inline T __shfl_sync(unsigned mask, T v, int src, int width = 32) {
  return g23_emu_shfl(G23_EMU_SHFL_IDX, mask, v, src, width);
}
template <class T> static inline T __shfl_xor_sync(unsigned mask, T v, int lm, int width = 32) {
  return g23_emu_shfl(G23_EMU_SHFL_XOR, mask, v, lm, width);
}
template <class T> static inline T __shfl_up_sync(unsigned mask, T v, unsigned d, int width = 32) {
  return g23_emu_shfl(G23_EMU_SHFL_UP, mask, v, (int)d, width);
}
template <class T> static inline T __shfl_down_sync(unsigned mask, T v, unsigned d, int width = 32) {
  return g23_emu_shfl(G23_EMU_SHFL_DOWN, mask, v, (int)d, width);
}
static inline unsigned __ballot_sync(unsigned mask, int pred) {
  g23_emu_warp_op(G23_EMU_VOTE_BALLOT, mask, pred != 0, 0, 32);
  return (unsigned)g23_emu.cur->xval;
}
static inline int __any_sync(unsigned mask, int pred) {
  g23_emu_warp_op(G23_EMU_VOTE_ANY, mask, pred != 0, 0, 32);
  return (int)g23_emu.cur->xval;
}
static inline int __all_sync(unsigned mask, int pred) {
  g23_emu_warp_op(G23_EMU_VOTE_ALL, mask, pred != 0, 0, 32);
  return (int)g23_emu.cur->xval;
}

/* atomics: threads of a launch run on one OS thread and switch only at
 * synchronisation points, so a read-modify-write is atomic as written. */
template <class T> struct g23_emu_same { typedef T type; };
#define G23_EMU_ARG(T) typename g23_emu_same<T>::type
template <class T> static inline T atomicAdd(T *p, G23_EMU_ARG(T) v) { T o = *p; *p = o + v; return o; }
template <class T> static inline T atomicSub(T *p, G23_EMU_ARG(T) v) { T o = *p; *p = o - v; return o; }
template <class T> static inline T atomicExch(T *p, G23_EMU_ARG(T) v) { T o = *p; *p = v; return o; }
template <class T> static inline T atomicMax(T *p, G23_EMU_ARG(T) v) { T o = *p; if (v > o) *p = v; return o; }
template <class T> static inline T atomicMin(T *p, G23_EMU_ARG(T) v) { T o = *p; if (v < o) *p = v; return o; }
template <class T> static inline T atomicAnd(T *p, G23_EMU_ARG(T) v) { T o = *p; *p = o & v; return o; }
template <class T> static inline T atomicOr(T *p, G23_EMU_ARG(T) v) { T o = *p; *p = o | v; return o; }
template <class T> static inline T atomicCAS(T *p, G23_EMU_ARG(T) cmp, G23_EMU_ARG(T) v) {
  T o = *p;
  if (o == cmp) *p = v;
  return o;
}
#undef G23_EMU_ARG

/* math: the C library's functions through the compiler's builtins, with
 * the float and double overloads CUDA C++ has. */
#define G23_EMU_MATH1(N)                                                  \
  static inline float N##f(float x) { return __builtin_##N##f(x); }      \
  static inline double N(double x) { return __builtin_##N(x); }          \
  static inline float N(float x) { return __builtin_##N##f(x); }
#define G23_EMU_MATH2(N)                                                          \
  static inline float N##f(float x, float y) { return __builtin_##N##f(x, y); }  \
  static inline double N(double x, double y) { return __builtin_##N(x, y); }     \
  static inline float N(float x, float y) { return __builtin_##N##f(x, y); }
G23_EMU_MATH1(exp) G23_EMU_MATH1(exp2) G23_EMU_MATH1(expm1) G23_EMU_MATH1(log)
G23_EMU_MATH1(log2) G23_EMU_MATH1(log10) G23_EMU_MATH1(log1p) G23_EMU_MATH1(sqrt)
G23_EMU_MATH1(cbrt) G23_EMU_MATH1(sin) G23_EMU_MATH1(cos) G23_EMU_MATH1(tan)
G23_EMU_MATH1(asin) G23_EMU_MATH1(acos) G23_EMU_MATH1(atan) G23_EMU_MATH1(sinh)
G23_EMU_MATH1(cosh) G23_EMU_MATH1(tanh) G23_EMU_MATH1(asinh) G23_EMU_MATH1(acosh)
G23_EMU_MATH1(atanh) G23_EMU_MATH1(erf) G23_EMU_MATH1(erfc) G23_EMU_MATH1(fabs)
G23_EMU_MATH1(floor) G23_EMU_MATH1(ceil) G23_EMU_MATH1(round) G23_EMU_MATH1(trunc)
G23_EMU_MATH1(rint) G23_EMU_MATH1(lgamma) G23_EMU_MATH1(tgamma)
G23_EMU_MATH2(pow) G23_EMU_MATH2(fmax) G23_EMU_MATH2(fmin) G23_EMU_MATH2(fmod)
G23_EMU_MATH2(atan2) G23_EMU_MATH2(copysign) G23_EMU_MATH2(hypot) G23_EMU_MATH2(remainder)
#undef G23_EMU_MATH1
#undef G23_EMU_MATH2
static inline float fmaf(float a, float b, float c) { return __builtin_fmaf(a, b, c); }
static inline double fma(double a, double b, double c) { return __builtin_fma(a, b, c); }
static inline float fma(float a, float b, float c) { return __builtin_fmaf(a, b, c); }
static inline void sincosf(float x, float *s, float *c) { *s = sinf(x); *c = cosf(x); }
static inline int abs(int x) { return x < 0 ? -x : x; }
static inline long long llabs(long long x) { return x < 0 ? -x : x; }
template <class T> static inline bool isnan(T x) { return __builtin_isnan(x); }
template <class T> static inline bool isinf(T x) { return __builtin_isinf(x); }
template <class T> static inline bool isfinite(T x) { return __builtin_isfinite(x); }
template <class T> static inline bool signbit(T x) { return __builtin_signbit(x); }
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#define HUGE_VALF __builtin_huge_valf()
#define FLT_MAX 3.40282347e+38f
#define FLT_MIN 1.17549435e-38f
#define M_PI 3.14159265358979323846
/* glibc's internal names __expf & co. are CUDA's fast intrinsics here. */
#define __expf(x) expf(x)
#define __logf(x) logf(x)
#define __log2f(x) log2f(x)
#define __powf(x, y) powf(x, y)
#define __sinf(x) sinf(x)
#define __cosf(x) cosf(x)
#define __tanf(x) tanf(x)
static inline float __fdividef(float a, float b) { return a / b; }
static inline float __frcp_rn(float x) { return 1.0f / x; }
static inline float __fsqrt_rn(float x) { return sqrtf(x); }
static inline float __fmaf_rn(float a, float b, float c) { return fmaf(a, b, c); }
static inline float __fadd_rn(float a, float b) { return a + b; }
static inline float __fmul_rn(float a, float b) { return a * b; }
static inline float __saturatef(float x) { return x < 0.0f ? 0.0f : x > 1.0f ? 1.0f : x; }
static inline float rsqrtf(float x) { return 1.0f / sqrtf(x); }
static inline double rsqrt(double x) { return 1.0 / sqrt(x); }
static inline float __int_as_float(int i) { float f; __builtin_memcpy(&f, &i, 4); return f; }
static inline int __float_as_int(float f) { int i; __builtin_memcpy(&i, &f, 4); return i; }
static inline float __uint_as_float(unsigned i) { float f; __builtin_memcpy(&f, &i, 4); return f; }
static inline unsigned __float_as_uint(float f) { unsigned i; __builtin_memcpy(&i, &f, 4); return i; }
static inline int __popc(unsigned x) { return __builtin_popcount(x); }
static inline int __popcll(unsigned long long x) { return __builtin_popcountll(x); }
static inline int __ffs(int x) { return __builtin_ffs(x); }
static inline int __clz(int x) { return x ? __builtin_clz((unsigned)x) : 32; }
/* min/max of any two arithmetic types, in their usual common type. */
template <class A, class B> static inline auto min(A a, B b) -> decltype(a + b) {
  return (decltype(a + b))a < (decltype(a + b))b ? (decltype(a + b))a : (decltype(a + b))b;
}
template <class A, class B> static inline auto max(A a, B b) -> decltype(a + b) {
  return (decltype(a + b))a > (decltype(a + b))b ? (decltype(a + b))a : (decltype(a + b))b;
}
template <class T> static inline T __ldg(const T *p) { return *p; }
template <class T> static inline T __ldcg(const T *p) { return *p; }
template <class T> static inline T __ldcs(const T *p) { return *p; }
template <class T> static inline void __stcg(T *p, T v) { *p = v; }
template <class T> static inline void __stcs(T *p, T v) { *p = v; }
static inline int __float2int_rn(float x) { return (int)__builtin_rintf(x); }
static inline int __float2int_rz(float x) { return (int)x; }
static inline int __float2int_rd(float x) { return (int)__builtin_floorf(x); }
static inline int __float2int_ru(float x) { return (int)__builtin_ceilf(x); }
static inline float __int2float_rn(int i) { return (float)i; }
static inline float __double2float_rn(double x) { return (float)x; }

/* bfloat16 and half, stored as their bits; arithmetic goes through float
 * and rounds back, as the device's bf16/half operators do. */
struct __nv_bfloat16 {
  g23_emu_u16 x;
  __nv_bfloat16() = default;
  __nv_bfloat16(float f) : x(g23_emu_f32_to_bf16(f)) {}
  __nv_bfloat16(double f) : x(g23_emu_f32_to_bf16((float)f)) {}
  __nv_bfloat16(int i) : x(g23_emu_f32_to_bf16((float)i)) {}
  operator float() const { return g23_emu_bf16_to_f32(x); }
};
struct __half {
  g23_emu_u16 x;
  __half() = default;
  __half(float f) : x(g23_emu_f32_to_f16(f)) {}
  __half(double f) : x(g23_emu_f32_to_f16((float)f)) {}
  __half(int i) : x(g23_emu_f32_to_f16((float)i)) {}
  operator float() const { return g23_emu_f16_to_f32(x); }
};
typedef __nv_bfloat16 nv_bfloat16;
typedef __half half;
struct __nv_bfloat162 { __nv_bfloat16 x, y; };
struct __half2 { __half x, y; };
#define G23_EMU_HALF_OPS(T)                                                                  \
  static inline T operator+(T a, T b) { return T((float)a + (float)b); }                    \
  static inline T operator-(T a, T b) { return T((float)a - (float)b); }                    \
  static inline T operator*(T a, T b) { return T((float)a * (float)b); }                    \
  static inline T operator/(T a, T b) { return T((float)a / (float)b); }                    \
  static inline T operator-(T a) { T r; r.x = (g23_emu_u16)(a.x ^ 0x8000u); return r; }        \
  static inline T &operator+=(T &a, T b) { return a = a + b; }                              \
  static inline T &operator-=(T &a, T b) { return a = a - b; }                              \
  static inline T &operator*=(T &a, T b) { return a = a * b; }                              \
  static inline T &operator/=(T &a, T b) { return a = a / b; }                              \
  static inline bool operator==(T a, T b) { return (float)a == (float)b; }                  \
  static inline bool operator!=(T a, T b) { return (float)a != (float)b; }                  \
  static inline bool operator<(T a, T b) { return (float)a < (float)b; }                    \
  static inline bool operator>(T a, T b) { return (float)a > (float)b; }                    \
  static inline bool operator<=(T a, T b) { return (float)a <= (float)b; }                  \
  static inline bool operator>=(T a, T b) { return (float)a >= (float)b; }
G23_EMU_HALF_OPS(__nv_bfloat16)
G23_EMU_HALF_OPS(__half)
#undef G23_EMU_HALF_OPS
static inline __nv_bfloat16 __float2bfloat16(float f) { return __nv_bfloat16(f); }
static inline __nv_bfloat16 __float2bfloat16_rn(float f) { return __nv_bfloat16(f); }
static inline float __bfloat162float(__nv_bfloat16 h) { return (float)h; }
static inline __nv_bfloat16 __ushort_as_bfloat16(unsigned short u) { __nv_bfloat16 h; h.x = u; return h; }
static inline unsigned short __bfloat16_as_ushort(__nv_bfloat16 h) { return h.x; }
static inline __half __float2half(float f) { return __half(f); }
static inline __half __float2half_rn(float f) { return __half(f); }
static inline float __half2float(__half h) { return (float)h; }
static inline __half __ushort_as_half(unsigned short u) { __half h; h.x = u; return h; }
static inline unsigned short __half_as_ushort(__half h) { return h.x; }
#define CUDART_INF_F __builtin_inff()
#define CUDART_NAN_F __builtin_nanf("")

#endif /* __cplusplus */
#endif
