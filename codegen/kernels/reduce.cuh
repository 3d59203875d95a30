/* reduce.cuh: warp- and block-wide reductions of the CUDA row kernels and
 * attention kernels.  blockDim.x is a multiple of 32 and at most 1024;
 * every thread receives the result.  The leading barrier of the block
 * reductions lets one kernel call them repeatedly with the same shared
 * array. */
G23_FN float g23_warp_sum(float v) {
  for (int o = 16; o > 0; o >>= 1) v += __shfl_xor_sync(0xffffffffu, v, o);
  return v;
}
G23_FN float g23_warp_max(float v) {
  for (int o = 16; o > 0; o >>= 1) v = fmaxf(v, __shfl_xor_sync(0xffffffffu, v, o));
  return v;
}
static __device__ float g23_block_sum(float v) {
  __shared__ float sh[32];
  int lane = threadIdx.x & 31, w = threadIdx.x >> 5, nw = blockDim.x >> 5;
  v = g23_warp_sum(v);
  __syncthreads();
  if (lane == 0) sh[w] = v;
  __syncthreads();
  return g23_warp_sum(lane < nw ? sh[lane] : 0.0f);
}
static __device__ float g23_block_max(float v) {
  __shared__ float sh[32];
  int lane = threadIdx.x & 31, w = threadIdx.x >> 5, nw = blockDim.x >> 5;
  v = g23_warp_max(v);
  __syncthreads();
  if (lane == 0) sh[w] = v;
  __syncthreads();
  return g23_warp_max(lane < nw ? sh[lane] : -G23_INF);
}
