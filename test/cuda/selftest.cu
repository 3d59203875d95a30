// selftest.cu: hand-written CUDA kernels that exercise the emulator (emu.h).
// Every kernel has the generated-kernel ABI, a function of the arena base;
// emu_test.c lays out the arena (offsets below, in floats) and checks.
// Like generated sources, it brings its own integer types (NVRTC has no libc).
typedef int int32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
#include <cuda_bf16.h>
#include <cuda_fp16.h>

#define G23_INF __int_as_float(0x7f800000) // NVRTC has no INFINITY
#define IN(i) (((float *)base)[(i)])
#define OUTF ((float *)(base + (1 << 22)))
#define OUTI ((int *)(base + (1 << 22)))

// Block tree reduction of 256 floats per block: in[b*256 + t] -> out[b].
extern "C" __global__ void reduce_ok(char *base) {
  __shared__ float sh[256];
  int t = threadIdx.x, b = blockIdx.x;
  sh[t] = IN(b * 256 + t);
  __syncthreads();
  for (int s = 128; s > 0; s >>= 1) {
    if (t < s) sh[t] += sh[t + s];
    __syncthreads();
  }
  if (t == 0) OUTF[b] = sh[0];
}

// The same with the barrier inside the loop forgotten: a race.
extern "C" __global__ void reduce_racy(char *base) {
  __shared__ float sh[256];
  int t = threadIdx.x, b = blockIdx.x;
  sh[t] = IN(b * 256 + t);
  __syncthreads();
  for (int s = 128; s > 0; s >>= 1) {
    if (t < s) sh[t] += sh[t + s];
  }
  __syncthreads();
  if (t == 0) OUTF[b] = sh[0];
}

// Reduction of a 1024-thread block: warp shuffles, then shared memory.
extern "C" __global__ void reduce_1024(char *base) {
  __shared__ float part[32];
  int t = threadIdx.x;
  float v = IN(blockIdx.x * 1024 + t);
  for (int o = 16; o > 0; o >>= 1) v += __shfl_down_sync(0xffffffffu, v, o);
  if ((t & 31) == 0) part[t >> 5] = v;
  __syncthreads();
  if (t < 32) {
    v = part[t];
    for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
    if (t == 0) OUTF[blockIdx.x] = v;
  }
}

// Warp collectives on one block of 64 threads; per thread 8 results.
extern "C" __global__ void warp_ops(char *base) {
  int t = threadIdx.x, lane = t & 31;
  float x = IN(t);
  int *o = OUTI + t * 8;
  float s = x;
  for (int k = 16; k > 0; k >>= 1) s += __shfl_xor_sync(0xffffffffu, s, k);
  ((float *)o)[0] = s;                                            // warp sum at every lane
  int scan = t;                                                   // inclusive prefix sum of t
  for (int k = 1; k < 32; k <<= 1) {
    int y = __shfl_up_sync(0xffffffffu, scan, k);
    if (lane >= k) scan += y;
  }
  o[1] = scan;
  o[2] = (int)__ballot_sync(0xffffffffu, x > 0.0f);
  o[3] = __any_sync(0xffffffffu, t == 40);
  o[4] = __all_sync(0xffffffffu, t < 48);
  o[5] = __shfl_sync(0xffffffffu, t * 3, 7);                      // broadcast from lane 7
  o[6] = __shfl_xor_sync(0xffffffffu, t, 1, 8);                   // width 8: swap pairs
  double d = __shfl_down_sync(0xffffffffu, (double)t + 0.5, 4, 16);
  o[7] = (int)(d * 2.0);                                          // beyond a 16-segment: own
}

// A thread leaves before a barrier the others wait at.
extern "C" __global__ void early_exit(char *base) {
  if (threadIdx.x == 5) return;
  __syncthreads();
  OUTF[threadIdx.x] = 1.0f;
}

// A lane leaves while its warp shuffles.
extern "C" __global__ void exit_in_shuffle(char *base) {
  if (threadIdx.x == 3) return;
  float v = __shfl_xor_sync(0xffffffffu, 1.0f, 1);
  OUTF[threadIdx.x] = v;
}

// Row softmax: one block of 128 threads per row of 300; the cross-warp
// reduction goes through dynamic shared memory.
#define SM_N 300
extern "C" __global__ void softmax_rows(char *base) {
  extern __shared__ __align__(16) float red[];
  const float *x = &IN(blockIdx.x * SM_N);
  float *y = OUTF + blockIdx.x * SM_N;
  int t = threadIdx.x, lane = t & 31, w = t >> 5, nw = blockDim.x >> 5;
  float m = -G23_INF;
  for (int i = t; i < SM_N; i += blockDim.x) m = fmaxf(m, x[i]);
  for (int k = 16; k > 0; k >>= 1) m = fmaxf(m, __shfl_xor_sync(0xffffffffu, m, k));
  if (lane == 0) red[w] = m;
  __syncthreads();
  m = red[0];
  for (int i = 1; i < nw; i++) m = fmaxf(m, red[i]);
  float s = 0.0f;
  for (int i = t; i < SM_N; i += blockDim.x) s += __expf(x[i] - m);
  for (int k = 16; k > 0; k >>= 1) s += __shfl_xor_sync(0xffffffffu, s, k);
  __syncthreads(); // everyone has read red[] before it is reused
  if (lane == 0) red[w] = s;
  __syncthreads();
  s = 0.0f;
  for (int i = 0; i < nw; i++) s += red[i];
  float inv = __fdividef(1.0f, s);
  for (int i = t; i < SM_N; i += blockDim.x) y[i] = __expf(x[i] - m) * inv;
}

// Tiled causal attention, H heads, T tokens, D = 16: block (16, 16) per
// (query tile, head); thread (d, r) owns o[r][d].  Keys and values come
// through shared tiles of 16; the softmax is online.
#define FA_T 40
#define FA_D 16
#define FA_TILE 16
extern "C" __global__ void flash_attn(char *base) {
  __shared__ float qs[FA_TILE][FA_D], ks[FA_TILE][FA_D + 1], vs[FA_TILE][FA_D], sc[FA_TILE][FA_TILE + 1];
  int d = threadIdx.x, r = threadIdx.y, h = blockIdx.y;
  int qi = blockIdx.x * FA_TILE + r;
  const float *q = &IN(0) + h * FA_T * FA_D, *k = &IN(4096) + h * FA_T * FA_D,
              *v = &IN(8192) + h * FA_T * FA_D;
  qs[r][d] = qi < FA_T ? q[qi * FA_D + d] : 0.0f;
  float m = -G23_INF, l = 0.0f, acc = 0.0f;
  const float scale = rsqrtf((float)FA_D);
  for (int j0 = 0; j0 <= blockIdx.x * FA_TILE + FA_TILE - 1 && j0 < FA_T; j0 += FA_TILE) {
    __syncthreads(); // the previous tile is no longer read
    int kj = j0 + r;
    ks[r][d] = kj < FA_T ? k[kj * FA_D + d] : 0.0f;
    vs[r][d] = kj < FA_T ? v[kj * FA_D + d] : 0.0f;
    __syncthreads();
    // thread (d, r) scores query r against key j0 + d
    float s = 0.0f;
    for (int e = 0; e < FA_D; e++) s += qs[r][e] * ks[d][e];
    int j = j0 + d;
    sc[r][d] = (j < FA_T && j <= qi) ? s * scale : -G23_INF;
    __syncthreads();
    float mt = m;
    for (int jj = 0; jj < FA_TILE; jj++) mt = fmaxf(mt, sc[r][jj]);
    if (mt == -G23_INF) continue; // a row past T: nothing visible yet
    float corr = __expf(m - mt);
    l *= corr;
    acc *= corr;
    for (int jj = 0; jj < FA_TILE; jj++) {
      float p = __expf(sc[r][jj] - mt);
      l += p;
      acc += p * vs[jj][d];
    }
    m = mt;
  }
  if (qi < FA_T) OUTF[(h * FA_T + qi) * FA_D + d] = acc / l;
}

// Atomics: histogram (int), sum (float), max (int), a CAS loop (float max).
extern "C" __global__ void atomics(char *base) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  float x = IN(i);
  int bin = min(max((int)((x + 1.0f) * 4.0f), 0), 7);
  atomicAdd(&OUTI[bin], 1);
  atomicAdd(&OUTF[8], x);
  atomicMax(&OUTI[9], (int)(x * 1000.0f));
  int *mx = &OUTI[10];
  int old = *mx, assumed;
  do {
    assumed = old;
    old = atomicCAS(mx, assumed, __float_as_int(fmaxf(__int_as_float(assumed), x)));
  } while (old != assumed);
}

// Index variables of 3-D blocks and grids.
extern "C" __global__ void index3d(char *base) {
  int lin = threadIdx.x + blockDim.x * (threadIdx.y + blockDim.y * threadIdx.z);
  int blk = blockIdx.x + gridDim.x * (blockIdx.y + gridDim.y * blockIdx.z);
  int n = blockDim.x * blockDim.y * blockDim.z;
  OUTI[blk * n + lin] = threadIdx.x + 10 * threadIdx.y + 100 * threadIdx.z + 1000 * blockIdx.x +
                        10000 * blockIdx.y + 100000 * blockIdx.z;
}

// Conversions through the device types.
extern "C" __global__ void convert(char *base) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  __nv_bfloat16 b = __float2bfloat16(IN(i));
  __half hh = __float2half(IN(i));
  OUTF[2 * i] = __bfloat162float(b);
  OUTF[2 * i + 1] = __half2float(hh);
}

// Lanes of warp 0 split between __syncwarp and __syncthreads: a deadlock.
extern "C" __global__ void split_barrier(char *base) {
  if (threadIdx.x < 16) __syncwarp();
  else __syncthreads();
}

// Block 1 reads static shared memory that only block 0 wrote.
extern "C" __global__ void stale_shared(char *base) {
  __shared__ float s[64];
  if (blockIdx.x == 0) s[threadIdx.x] = 1.0f;
  __syncthreads();
  OUTF[blockIdx.x * 64 + threadIdx.x] = s[threadIdx.x];
}

// Each block reads what the previous block wrote in the same launch: a race
// between blocks that only ascending block order hides.
extern "C" __global__ void block_chain(char *base) {
  if (threadIdx.x == 0) OUTF[blockIdx.x + 1] = OUTF[blockIdx.x] + 1.0f;
}

// Barriers that count: two in a row, so that a fast thread's second
// predicate cannot leak into a slow thread's first count.
extern "C" __global__ void barrier_count(char *base) {
  int t = threadIdx.x;
  int a = __syncthreads_count(t % 3 == 0);
  int b = __syncthreads_count(t < 10);
  int c = __syncthreads_or(t == 77);
  int d = __syncthreads_and(t < 99);
  OUTI[4 * t] = a;
  OUTI[4 * t + 1] = b;
  OUTI[4 * t + 2] = c;
  OUTI[4 * t + 3] = d;
}
