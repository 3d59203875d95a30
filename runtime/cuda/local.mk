### the CUDA backend: driver, NVRTC and cuBLASLt loaded with dlopen, so
### the same binary runs with and without a GPU (runtime/cuda/cuda_api.h)
libgpt23_a_SOURCES += runtime/cuda/backend_cuda.h runtime/cuda/cuda_ctx.h runtime/cuda/backend_cuda.c \
	runtime/cuda/matmul.c runtime/cuda/nccl.c runtime/cuda/cuda_api.h \
	runtime/cuda/cuda_api.c runtime/cuda/cuda_nvrtc.c runtime/cuda/cublaslt_desc.h

## every model's CUDA kernels compiled by NVRTC for sm_80 and sm_90, with
## ptxas's resource report: no spills; the CUBIN cache (skipped without NVRTC)
check_PROGRAMS += test/nvrtc/test-nvrtc
test_nvrtc_test_nvrtc_SOURCES = test/nvrtc/test_nvrtc.c $(TEST_CHECK) test/plan_build.h test/plan_build.c
TESTS += test/nvrtc/nvrtc_compile.sh
EXTRA_DIST += test/nvrtc/nvrtc_compile.sh

## the built-in matmul kernel (cuBLASLt's fallback) under the CUDA emulator
## of test/cuda, against the float64 reference
check_PROGRAMS += test/nvrtc/test-builtin-mm
test_nvrtc_test_builtin_mm_SOURCES = test/nvrtc/test_builtin_mm.c $(EMU_SUPPORT)
test_nvrtc_test_builtin_mm_LDFLAGS = -rdynamic
TESTS += test/nvrtc/test-builtin-mm

## --device cuda on a machine without a GPU: a clear error, non-zero exit
TESTS += test/nvrtc/no_device.sh
EXTRA_DIST += test/nvrtc/no_device.sh

## the declarations of runtime/cuda/cuda_api.h against the toolkit's headers
if HAVE_CUDA
check_PROGRAMS += test/nvrtc/test-cuda-abi
test_nvrtc_test_cuda_abi_SOURCES = test/nvrtc/test_cuda_abi.c
test_nvrtc_test_cuda_abi_CPPFLAGS = $(AM_CPPFLAGS) -I$(CUDA_HOME)/include
test_nvrtc_test_cuda_abi_LDADD =
TESTS += test/nvrtc/test-cuda-abi
endif

## for a machine with a GPU (test/gpu/check.sh): each kernel and matmul of a
## plan on CUDA against the CPU in lockstep, and a whole training step.
## Built by make check; here it runs CPU against CPU (the harness's own test).
check_PROGRAMS += test/gpu/compare
test_gpu_compare_SOURCES = test/gpu/compare.c test/plan_build.h test/plan_build.c
TESTS += test/gpu/compare_cpu.sh
EXTRA_DIST += test/gpu/check.sh test/gpu/compare_cpu.sh
CLEANFILES += test/nvrtc/nvrtc_compile.out test/nvrtc/failed-sm_80.cu test/nvrtc/failed-sm_90.cu \
	test/gpu/compare_cpu.out test/gpu/compare_cpu.out.plant test/gpu/compare_cpu_bf16.out \
	test/gpu/compare_cpu_bf16c.out
