/* matmul.cuh: the CUDA backend's own kernels (runtime/cuda/), compiled as
 * the last part of the plan's module after cuda_head.cuh, the prelude and
 * epilogue.h.  Their argument structs are mirrored by the backend's
 * (builtin_args_t, colsum_args_t; their layout is asserted there).
 *
 * g23_f32_to_bf16: dst[i] = bf16(src[i]), i < n, round to nearest even with
 * every NaN to 0x7fff: bit for bit __float2bfloat16 (cvt.rn.bf16.f32), in
 * integer arithmetic, so that no compiler flag can flush a subnormal.
 *
 * g23_builtin_matmul: C[b] = epilogue(alpha op(A[b]) op(B[b]) + beta C[b]),
 * row-major, 16 x 16 output tiles, fp32 accumulation in k order; with bf16
 * set, each element of A and B is rounded to bf16 as it is loaded.  Slow
 * next to cuBLASLt; it is there so that no shape is left without a matmul.
 * Its epilogue is epilogue.h's, as the CPU's; a bias gradient is a second
 * launch:
 *
 * g23_builtin_colsum: out[j] = sum over i < rows of X[i, j] (X[i, j] =
 * x[i * ld + j], or x[j * ld + i] with trans; each element rounded to bf16
 * first with bf16 set), one thread per column summing in row order in fp32:
 * deterministic, and the order of the generated row sum (reduce_to). */
__device__ __forceinline__ unsigned short g23_bf16_bits(float f) {
  unsigned u = __float_as_uint(f);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (unsigned short)0x7fffu;
  return (unsigned short)((u + 0x7fffu + ((u >> 16) & 1u)) >> 16);
}
__device__ __forceinline__ float g23_bf16_round(float f) {
  return __uint_as_float((unsigned)g23_bf16_bits(f) << 16);
}
extern "C" __global__ void g23_f32_to_bf16(const float *src, unsigned short *dst, long long n) {
  long long step = (long long)gridDim.x * blockDim.x;
  for (long long i = (long long)blockIdx.x * blockDim.x + threadIdx.x; i < n; i += step)
    dst[i] = g23_bf16_bits(src[i]);
}
struct g23_mm_args {
  long long m, n, k, lda, ldb, ldc, sa, sb, sc, off_a, off_b, off_c, off_bias, off_aux, ldaux;
  int transa, transb, epilogue, bf16;
  float alpha, beta;
};
extern "C" __global__ void g23_builtin_matmul(char *base, g23_mm_args a) {
  __shared__ float ta[16][17], tb[16][17];
  long long b = blockIdx.z, i = (long long)blockIdx.y * 16 + threadIdx.y,
            j = (long long)blockIdx.x * 16 + threadIdx.x;
  const float *A = (const float *)(base + a.off_a) + b * a.sa;
  const float *B = (const float *)(base + a.off_b) + b * a.sb;
  float *C = (float *)(base + a.off_c) + b * a.sc;
  float acc = 0.0f;
  for (long long p0 = 0; p0 < a.k; p0 += 16) {
    long long ai = (long long)blockIdx.y * 16 + threadIdx.y, ap = p0 + threadIdx.x;
    float va = ai < a.m && ap < a.k ? (a.transa ? A[ap * a.lda + ai] : A[ai * a.lda + ap]) : 0.0f;
    ta[threadIdx.y][threadIdx.x] = a.bf16 ? g23_bf16_round(va) : va;
    long long bp = p0 + threadIdx.y, bj = (long long)blockIdx.x * 16 + threadIdx.x;
    float vb = bp < a.k && bj < a.n ? (a.transb ? B[bj * a.ldb + bp] : B[bp * a.ldb + bj]) : 0.0f;
    tb[threadIdx.y][threadIdx.x] = a.bf16 ? g23_bf16_round(vb) : vb;
    __syncthreads();
    for (int q = 0; q < 16; q++) acc += ta[threadIdx.y][q] * tb[q][threadIdx.x];
    __syncthreads();
  }
  if (i >= a.m || j >= a.n) return;
  float v = a.alpha * acc;
  if (a.beta != 0.0f) v += a.beta * C[i * a.ldc + j];
  v = g23_epilogue(a.epilogue, v, (const float *)(base + a.off_bias), (float *)(base + a.off_aux) + i * a.ldaux, j);
  C[i * a.ldc + j] = v;
}
struct g23_colsum_args {
  long long rows, cols, ld, off_x, off_out;
  int trans, bf16;
};
extern "C" __global__ void g23_builtin_colsum(char *base, g23_colsum_args a) {
  long long j = (long long)blockIdx.x * blockDim.x + threadIdx.x;
  if (j >= a.cols) return;
  const float *x = (const float *)(base + a.off_x);
  float acc = 0.0f;
  for (long long i = 0; i < a.rows; i++) {
    float v = a.trans ? x[j * a.ld + i] : x[i * a.ld + j];
    acc += a.bf16 ? g23_bf16_round(v) : v;
  }
  ((float *)(base + a.off_out))[j] = acc;
}
