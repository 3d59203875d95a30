/* backend_cuda.h: the CUDA device.
 *
 *   backend_cuda.c  the vtable: primary context, one stream, one device
 *                   arena, NVRTC kernels (cuda_nvrtc.c), cuBLASLt matmuls,
 *                   optional CUDA-graph replay
 *   cuda_api.h/.c   the driver, NVRTC and cuBLASLt loaded with dlopen
 *
 * Precision (g23_runtime_opts_t.precision): "bf16" (NULL, the default)
 * runs every matmul on bf16 copies of its operands with fp32 accumulation,
 * all else in fp32; "fp32" runs everything in fp32 (backend_cuda.c).
 *
 * The backend is always built; available() is true only where libcuda.so.1
 * loads, cuInit succeeds and there is at least one device.  Environment:
 *
 *   G23_CUDA_DEVICE=N      device ordinal (default: g23_runtime_opts_t.local_rank
 *                          modulo the device count, 0 outside a job)
 *   G23_CUDA_GRAPHS=0      issue every launch directly; by default each
 *                          graph's launch list is captured once (its second
 *                          run) as a CUDA graph and replayed afterwards
 *   G23_CUDA_TF32=1        with precision fp32: cuBLASLt matmuls with TF32
 *                          tensor cores (CUBLAS_COMPUTE_32F_FAST_TF32);
 *                          default exact fp32
 *   G23_CUDA_MATMUL=builtin  every matmul through gpt23's own tiled kernel
 *                          instead of cuBLASLt (what a matmul falls back to
 *                          when cuBLASLt offers no algorithm)
 *   G23_NVRTC_PARTS=N      compile the kernels as N NVRTC programs at once
 *                          (default: one per core, at most 64)
 */
#ifndef G23_BACKEND_CUDA_H
#define G23_BACKEND_CUDA_H

#include "runtime/backend.h"

extern const g23_backend_t g23_backend_cuda;

/* The CUDA C the backend compiles for plan p (malloc'd): the plan's kernels,
 * g23_builtin_matmul, the matmul kernel used where cuBLASLt has no
 * algorithm for a shape, and g23_f32_to_bf16(const float *src, unsigned
 * short *dst, long long n), the conversion of bf16 matmul operands. */
char *g23_cuda_module_source(const g23_plan_t *p);

/* The kernel files (codegen/kernels.h) of the backend's own kernels,
 * NULL-terminated: g23_builtin_matmul, g23_builtin_colsum, g23_f32_to_bf16
 * (codegen/kernels/matmul.cuh) and what they need before them. */
extern const char *const g23_cuda_own_files[];

/* The same source as the parts the backend compiles in parallel: the
 * plan's kernels split by g23_cuda_split into nparts (0: the default,
 * g23_cuda_default_parts), then the backend's own kernels as the last part.
 * part_of[i] is the part of the plan's kernel i. */
struct g23_cuda_parts;
void g23_cuda_module_parts(const g23_plan_t *p, int nparts, struct g23_cuda_parts *out);

/* Name, compute capability (major*10+minor), SMs and memory of the device
 * the backend would use; -1 with the reason in err where there is none. */
typedef struct {
  char name[128];
  int arch;
  int sms;
  size_t mem_free, mem_total;
} g23_cuda_device_info_t;
int g23_cuda_device_info(g23_cuda_device_info_t *info, char *err, size_t errn);

#endif
