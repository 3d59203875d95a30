### CUDA kernels on the CPU: emulation of the CUDA execution model
## emu.c runs CUDA threads as fibers; kernels compiled at test time against
## emu.h find its symbols in the test program, hence -rdynamic.
EMU_SUPPORT = test/cuda/emu.h test/cuda/emu.c test/cuda/harness.h test/cuda/harness.c \
	test/cuda/lt_emu.h test/cuda/lt_emu.c runtime/cublaslt_desc.h

## the emulator and the cuBLASLt layer on their own: hand-written kernels,
## missing-barrier and early-exit detection, conversions, matmul descriptors
check_PROGRAMS += test/cuda/emu_selftest
test_cuda_emu_selftest_SOURCES = test/cuda/emu_selftest.c $(EMU_SUPPORT)
test_cuda_emu_selftest_LDFLAGS = -rdynamic
TESTS += test/cuda/emu_selftest

## every generated CUDA kernel of every model against its C twin, in lockstep
check_PROGRAMS += test/cuda/emu_test
test_cuda_emu_test_SOURCES = test/cuda/emu_test.c $(EMU_SUPPORT)
test_cuda_emu_test_LDFLAGS = -rdynamic
TESTS += test/cuda/emu_test

EXTRA_DIST += test/cuda/selftest.cu test/cuda/include/cuda_bf16.h test/cuda/include/cuda_fp16.h \
	test/cuda/include/cuda_runtime.h test/cuda/include/math_constants.h

## the bf16 matmul path: bf16 rounding against hand-worked values and the
## emulator, the bf16 cuBLASLt descriptor against the bf16-rounded reference
check_PROGRAMS += test/cuda/bf16_test
test_cuda_bf16_test_SOURCES = test/cuda/bf16_test.c $(EMU_SUPPORT)
test_cuda_bf16_test_LDFLAGS = -rdynamic
TESTS += test/cuda/bf16_test
