/* attention.cuh: the CUDA attention kernels (codegen/attention.c), flash
 * attention style.  A block of G23_CUDA_ATT_WARPS warps owns PER = WARPS *
 * RPW consecutive rows of one (batch, head): query rows (forward, and the
 * backward's dq or extra gradient), or key rows of a key/value head (dk,
 * dv).  Tiles of TILE rows of the other side (keys, or queries) are staged
 * in shared memory; each lane scores one row of the tile against the
 * warp's current row, and the warp combines the tile with shuffles.  A
 * lane holds the elements d = lane + 32 k, k < NK, of its warp's rows.
 *
 * What varies per model comes in Hk, a struct the generator writes per
 * kernel (codegen/attention.c):
 *   constants   B H Hkv T S (sizes), rows = B*H*T; causal, cross, window;
 *               drop (with drop_p, drop_scale, stream); byte offsets in
 *               base of q k v pos o dout out tmp (o, dout, tmp: backward)
 *   head(base, h)       loads what the score reads at head h (its extra
 *                       tensors) and the dropout seed into the struct
 *   score(s, i, j, h)   the score of raw dot product s, query i
 *                       (absolute), key j, head h
 *   dscore(s, i, j, h)  d score / d s, or d score / d extra (the extra
 *                       gradient's kernel)
 * Shared memory: A[TILE][D+1] (padded: lanes read rows), Bt[TILE][D], the
 * warps' rows R (and R2), the tile's weights Pp (and Pd) per warp: under
 * the 48 KiB of static shared memory for D <= G23_CUDA_ATT_MAX_HEAD. */

/* Key range [j0, j1) visible to query i: j < S, (not cross) j < pos + T,
 * (causal) j <= i, (window w) i - j < w. */
template <class Hk>
static __device__ __forceinline__ void g23_att_key_range(int64_t i, int32_t pos, int64_t &j0, int64_t &j1) {
  j0 = 0;
  if (Hk::cross) {
    j1 = Hk::S;
  } else {
    j1 = (int64_t)pos + Hk::T;
    if (j1 > Hk::S) j1 = Hk::S;
  }
  if (Hk::causal && j1 > i + 1) j1 = i + 1;
  if (Hk::window > 0 && i - Hk::window + 1 > j0) j0 = i - Hk::window + 1;
}

/* Query range [t0, t1) (rows, relative to pos) that sees key j. */
template <class Hk>
static __device__ __forceinline__ void g23_att_query_range(int64_t j, int32_t pos, int64_t &t0, int64_t &t1) {
  t0 = 0;
  t1 = Hk::T;
  if (Hk::causal && j - (int64_t)pos > t0) t0 = j - (int64_t)pos;
  if (Hk::window > 0 && j + Hk::window - (int64_t)pos < t1) t1 = j + Hk::window - (int64_t)pos;
  if (!Hk::cross && j >= (int64_t)pos + Hk::T) t1 = t0;
}

/* The dropout factor of probability (bh, t, j), 0 or 1 / (1 - p): the draw
 * of ops.def, from the prelude's counter-based RNG as DROPOUT's. */
template <class Hk>
static __device__ __forceinline__ float g23_att_keep(const Hk &hk, int64_t bh, int64_t t, int64_t j) {
  if (!Hk::drop) return 1.0f;
  return g23_uniform(hk.seed, Hk::stream, (uint64_t)((bh * Hk::T + t) * Hk::S + j)) >= Hk::drop_p ? Hk::drop_scale
                                                                                                   : 0.0f;
}

/* [jb0, jb1): the union of the key ranges of query rows tb .. tb + per - 1. */
template <class Hk, int PER>
static __device__ __forceinline__ void g23_att_block_keys(int64_t tb, int32_t pos, int64_t &jb0, int64_t &jb1) {
  int64_t j0, j1, i = (int64_t)pos + tb + (PER - 1);
  if (i > (int64_t)pos + Hk::T - 1) i = (int64_t)pos + Hk::T - 1;
  g23_att_key_range<Hk>(i, pos, j0, j1);
  jb1 = j1;
  g23_att_key_range<Hk>((int64_t)pos + tb, pos, j0, j1);
  jb0 = j0;
}

/* Stages rows r0 .. r0 + N - 1 of X and of Y (D floats a row, row r at
 * (g0 + r) * D) into A and Bt, zeros for rows r >= r1.  Every thread of the
 * block takes part; the barriers around it are the caller's. */
template <int N, int DA, int D>
static __device__ __forceinline__ void g23_att_stage(float (&A)[N][DA], float (&Bt)[N][D], const float *X,
                                                     const float *Y, int64_t g0, int64_t r0, int64_t r1) {
  for (int x = threadIdx.x; x < N * D; x += blockDim.x) {
    const int64_t r = r0 + x / D, o = (g0 + r) * D + x % D;
    A[x / D][x % D] = r < r1 ? X[o] : 0.0f;
    Bt[x / D][x % D] = r < r1 ? Y[o] : 0.0f;
  }
}

/* Forward: out[bh, t] = softmax over visible j of score(q . k_j) times v_j
 * (with dropout's factors on the weights), online softmax per row. */
template <int D, int RPW, int TILE, class Hk>
static __device__ __forceinline__ void g23_att_fwd_cuda(char *base) {
  constexpr int W = G23_CUDA_ATT_WARPS, PER = W * RPW, NK = (D + 31) / 32;
  constexpr int64_t T = Hk::T, S = Hk::S, G = Hk::H / Hk::Hkv, TILES = (T + PER - 1) / PER;
  __shared__ float A[TILE][D + 1];
  __shared__ float Bt[TILE][D];
  __shared__ float R[PER][D];
  __shared__ float Pp[W][TILE];
  const float *Q = (const float *)(base + Hk::q), *K = (const float *)(base + Hk::k);
  const float *V = (const float *)(base + Hk::v);
  float *out = (float *)(base + Hk::out);
  const int lane = threadIdx.x & 31, w = threadIdx.x >> 5;
  const int64_t bh = blockIdx.x / TILES, tb = blockIdx.x % TILES * PER, h = bh % Hk::H;
  const int32_t pos = *(const int32_t *)(base + Hk::pos);
  const int64_t kbh = bh / Hk::H * Hk::Hkv + bh % Hk::H / G;
  Hk hk;
  hk.head(base, h);
  /* Stage the block's query rows. */
  for (int x = threadIdx.x; x < PER * D; x += blockDim.x) {
    const int64_t t = tb + x / D;
    R[x / D][x % D] = t < T ? Q[(bh * T + t) * D + x % D] : 0.0f;
  }
  float m[RPW], l[RPW], acc[RPW][NK];
  for (int r = 0; r < RPW; r++) {
    m[r] = -G23_INF;
    l[r] = 0.0f;
    for (int k = 0; k < NK; k++) acc[r][k] = 0.0f;
  }
  int64_t jb0, jb1;
  g23_att_block_keys<Hk, PER>(tb, pos, jb0, jb1);
  for (int64_t jt = jb0; jt < jb1; jt += TILE) {
    __syncthreads();
    g23_att_stage(A, Bt, K, V, kbh * S, jt, jb1);
    __syncthreads();
    for (int r = 0; r < RPW; r++) {
      const int rr = w * RPW + r;
      const int64_t t = tb + rr;
      if (t >= T) break;
      const int64_t i = (int64_t)pos + t;
      int64_t j0, j1;
      g23_att_key_range<Hk>(i, pos, j0, j1);
      const int64_t j = jt + lane;
      float sc = -G23_INF;
      if (lane < TILE && j >= j0 && j < j1) {
        float s = 0.0f;
        for (int d = 0; d < D; d++) s += R[rr][d] * A[lane][d];
        sc = hk.score(s, i, j, h);
      }
      const float mt = g23_warp_max(sc);
      if (mt == -G23_INF) continue;
      const float mn = fmaxf(m[r], mt), cr = G23_EXPF(m[r] - mn);
      const float p = sc == -G23_INF ? 0.0f : G23_EXPF(sc - mn);
      l[r] = l[r] * cr + g23_warp_sum(p);
      m[r] = mn;
      if (lane < TILE) Pp[w][lane] = Hk::drop ? p * g23_att_keep(hk, bh, t, j) : p;
      __syncwarp();
      for (int k = 0; k < NK; k++) {
        const int d = lane + 32 * k;
        float o = acc[r][k] * cr;
        if (d < D)
          for (int x = 0; x < TILE; x++) o += Pp[w][x] * Bt[x][d];
        acc[r][k] = o;
      }
      __syncwarp();
    }
  }
  for (int r = 0; r < RPW; r++) {
    const int64_t t = tb + w * RPW + r;
    if (t >= T) break;
    const float inv = l[r] > 0.0f ? 1.0f / l[r] : 0.0f;
    for (int k = 0; k < NK; k++) {
      const int d = lane + 32 * k;
      if (d < D) out[(bh * T + t) * D + d] = acc[r][k] * inv;
    }
    /* The rows' log-sum-exp past the output, where the plan keeps it for the
     * backward (Hk::lse >= 0; +inf: the row sees no key), as in C. */
    if (Hk::lse >= 0 && lane == 0) ((float *)(base + Hk::lse))[bh * T + t] = l[r] > 0.0f ? m[r] + logf(l[r]) : G23_INF;
  }
}

/* Backward per query row (a warp per row, lanes over a tile of keys): pass
 * one for the row's lse, pass two for dq (EXTRA false: out, with the rows'
 * lse and D = do . o into tmp[0, rows) and tmp[rows, 2 rows)) or the row's
 * partial gradient of an extra (EXTRA: tmp[row]). */
template <int D, int RPW, int TILE, bool EXTRA, class Hk>
static __device__ __forceinline__ void g23_att_bwd_rows_cuda(char *base) {
  constexpr int W = G23_CUDA_ATT_WARPS, PER = W * RPW, NK = (D + 31) / 32;
  constexpr int64_t T = Hk::T, S = Hk::S, G = Hk::H / Hk::Hkv, TILES = (T + PER - 1) / PER;
  __shared__ float A[TILE][D + 1];
  __shared__ float Bt[TILE][D];
  __shared__ float R[PER][D];
  __shared__ float R2[PER][D];
  __shared__ float Pp[W][TILE];
  const float *Q = (const float *)(base + Hk::q), *K = (const float *)(base + Hk::k);
  const float *V = (const float *)(base + Hk::v), *O = (const float *)(base + Hk::o);
  const float *dO = (const float *)(base + Hk::dout);
  float *out = (float *)(base + Hk::out), *tmp = (float *)(base + Hk::tmp);
  const int lane = threadIdx.x & 31, w = threadIdx.x >> 5;
  const int64_t bh = blockIdx.x / TILES, tb = blockIdx.x % TILES * PER, h = bh % Hk::H;
  const int32_t pos = *(const int32_t *)(base + Hk::pos);
  const int64_t kbh = bh / Hk::H * Hk::Hkv + bh % Hk::H / G;
  Hk hk;
  hk.head(base, h);
  g23_att_stage(R, R2, Q, dO, bh * T, tb, T);
  __syncthreads();
  float m[RPW], l[RPW], Di[RPW], gq[RPW][NK];
  for (int r = 0; r < RPW; r++) {
    m[r] = -G23_INF;
    l[r] = 0.0f;
    Di[r] = 0.0f;
    for (int k = 0; k < NK; k++) gq[r][k] = 0.0f;
    const int64_t t = tb + w * RPW + r;
    if (t < T) {
      float x = 0.0f;
      for (int k = 0; k < NK; k++) {
        const int d = lane + 32 * k;
        if (d < D) x += R2[w * RPW + r][d] * O[(bh * T + t) * D + d];
      }
      Di[r] = g23_warp_sum(x);
    }
  }
  int64_t jb0, jb1;
  g23_att_block_keys<Hk, PER>(tb, pos, jb0, jb1);
  for (int pass = 0; pass < 2; pass++) {
    float lse[RPW];
    for (int r = 0; r < RPW; r++) lse[r] = l[r] > 0.0f ? m[r] + logf(l[r]) : G23_INF;
    for (int64_t jt = jb0; jt < jb1; jt += TILE) {
      __syncthreads();
      g23_att_stage(A, Bt, K, V, kbh * S, jt, jb1);
      __syncthreads();
      for (int r = 0; r < RPW; r++) {
        const int rr = w * RPW + r;
        const int64_t t = tb + rr;
        if (t >= T) break;
        const int64_t i = (int64_t)pos + t;
        int64_t j0, j1;
        g23_att_key_range<Hk>(i, pos, j0, j1);
        const int64_t j = jt + lane;
        const bool vis = lane < TILE && j >= j0 && j < j1;
        float s = 0.0f, sc = -G23_INF;
        if (vis) {
          for (int d = 0; d < D; d++) s += R[rr][d] * A[lane][d];
          sc = hk.score(s, i, j, h);
        }
        if (pass == 0) {
          const float mt = g23_warp_max(sc);
          if (mt == -G23_INF) continue;
          const float mn = fmaxf(m[r], mt);
          l[r] = l[r] * G23_EXPF(m[r] - mn) + g23_warp_sum(sc == -G23_INF ? 0.0f : G23_EXPF(sc - mn));
          m[r] = mn;
          continue;
        }
        float ds = 0.0f;
        if (vis) {
          const float p = G23_EXPF(sc - lse[r]);
          float dp = 0.0f;
          for (int d = 0; d < D; d++) dp += R2[rr][d] * Bt[lane][d];
          ds = p * ((Hk::drop ? dp * g23_att_keep(hk, bh, t, j) : dp) - Di[r]) * hk.dscore(s, i, j, h);
        }
        if (!EXTRA) {
          if (lane < TILE) Pp[w][lane] = ds;
          __syncwarp();
          for (int k = 0; k < NK; k++) {
            const int d = lane + 32 * k;
            if (d < D)
              for (int x = 0; x < TILE; x++) gq[r][k] += Pp[w][x] * A[x][d];
          }
          __syncwarp();
        } else {
          gq[r][0] += g23_warp_sum(ds);
        }
      }
    }
  }
  for (int r = 0; r < RPW; r++) {
    const int64_t t = tb + w * RPW + r;
    if (t >= T) break;
    const int64_t row = bh * T + t;
    if (!EXTRA) {
      for (int k = 0; k < NK; k++) {
        const int d = lane + 32 * k;
        if (d < D) out[row * D + d] = gq[r][k];
      }
      if (lane == 0) {
        tmp[row] = l[r] > 0.0f ? m[r] + logf(l[r]) : G23_INF;
        tmp[Hk::rows + row] = Di[r];
      }
    } else if (lane == 0) {
      tmp[row] = gq[r][0];
    }
  }
}

/* Backward per key row (a warp per key, lanes over a tile of queries): dk
 * and dv of the PER key rows of one (batch, key/value head) kb, walking the
 * query heads of its group in turn (their sum needs no atomics), with the
 * probabilities from the rows' lse and D in tmp (g23_att_bwd_rows_cuda).
 * dk and dv are ATTN_BWD's flat output after dq (ops.def). */
template <int D, int RPW, int TILE, class Hk>
static __device__ __forceinline__ void g23_att_bwd_keys_cuda(char *base) {
  constexpr int W = G23_CUDA_ATT_WARPS, PER = W * RPW, NK = (D + 31) / 32;
  constexpr int64_t T = Hk::T, S = Hk::S, G = Hk::H / Hk::Hkv, TILES = (S + PER - 1) / PER;
  constexpr int64_t DK = Hk::B * Hk::H * T * D, DV = DK + Hk::B * Hk::Hkv * S * D;
  __shared__ float A[TILE][D + 1];
  __shared__ float Bt[TILE][D];
  __shared__ float R[PER][D];
  __shared__ float R2[PER][D];
  __shared__ float Pp[W][TILE];
  __shared__ float Pd[W][TILE];
  __shared__ float Ls[TILE], Ds[TILE];
  const float *Q = (const float *)(base + Hk::q), *K = (const float *)(base + Hk::k);
  const float *V = (const float *)(base + Hk::v), *dO = (const float *)(base + Hk::dout);
  float *out = (float *)(base + Hk::out), *tmp = (float *)(base + Hk::tmp);
  const int lane = threadIdx.x & 31, w = threadIdx.x >> 5;
  const int64_t kb = blockIdx.x / TILES, jb = blockIdx.x % TILES * PER;
  const int32_t pos = *(const int32_t *)(base + Hk::pos);
  /* R: the block's keys, R2: their values. */
  g23_att_stage(R, R2, K, V, kb * S, jb, S);
  float gk[RPW][NK], gv[RPW][NK];
  for (int r = 0; r < RPW; r++)
    for (int k = 0; k < NK; k++) gk[r][k] = gv[r][k] = 0.0f;
  /* The block's query range: the union over its keys. */
  int64_t tq0, tq1, t0, t1;
  g23_att_query_range<Hk>(jb, pos, tq0, t1);
  g23_att_query_range<Hk>(jb + PER - 1 < S - 1 ? jb + PER - 1 : S - 1, pos, t0, tq1);
  if (!Hk::causal) tq0 = 0;
  if (Hk::window <= 0) tq1 = T;
  for (int64_t g = 0; g < G; g++) {
    const int64_t bh = kb / Hk::Hkv * Hk::H + kb % Hk::Hkv * G + g, h = bh % Hk::H;
    Hk hk;
    hk.head(base, h);
    for (int64_t tt = tq0; tt < tq1; tt += TILE) {
      __syncthreads();
      g23_att_stage(A, Bt, Q, dO, bh * T, tt, tq1);
      if (threadIdx.x < TILE) {
        const int64_t t = tt + threadIdx.x;
        Ls[threadIdx.x] = t < tq1 ? tmp[bh * T + t] : 0.0f;
        Ds[threadIdx.x] = t < tq1 ? tmp[Hk::rows + bh * T + t] : 0.0f;
      }
      __syncthreads();
      for (int r = 0; r < RPW; r++) {
        const int rr = w * RPW + r;
        const int64_t j = jb + rr;
        if (j >= S) break;
        g23_att_query_range<Hk>(j, pos, t0, t1);
        const int64_t t = tt + lane, i = (int64_t)pos + t;
        float p = 0.0f, ds = 0.0f;
        if (lane < TILE && t >= t0 && t < t1) {
          float s = 0.0f, dp = 0.0f;
          for (int d = 0; d < D; d++) {
            s += A[lane][d] * R[rr][d];
            dp += Bt[lane][d] * R2[rr][d];
          }
          const float sc = hk.score(s, i, j, h);
          p = G23_EXPF(sc - Ls[lane]);
          const float mk = g23_att_keep(hk, bh, t, j);
          ds = p * (dp * mk - Ds[lane]) * hk.dscore(s, i, j, h);
          p *= mk;
        }
        if (lane < TILE) {
          Pp[w][lane] = p;
          Pd[w][lane] = ds;
        }
        __syncwarp();
        for (int k = 0; k < NK; k++) {
          const int d = lane + 32 * k;
          if (d < D)
            for (int x = 0; x < TILE; x++) {
              gv[r][k] += Pp[w][x] * Bt[x][d];
              gk[r][k] += Pd[w][x] * A[x][d];
            }
        }
        __syncwarp();
      }
    }
  }
  for (int r = 0; r < RPW; r++) {
    const int64_t j = jb + w * RPW + r;
    if (j >= S) break;
    for (int k = 0; k < NK; k++) {
      const int d = lane + 32 * k;
      if (d < D) {
        out[DK + (kb * S + j) * D + d] = gk[r][k];
        out[DV + (kb * S + j) * D + d] = gv[r][k];
      }
    }
  }
}
