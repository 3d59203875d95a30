### CUDA kernels on the CPU: emulation of the CUDA execution model
## emu.c runs CUDA threads as fibers; kernels compiled at test time against
## emu.h find its symbols in the test program, hence -rdynamic.
EMU_SUPPORT = test/cuda/emu.h test/cuda/emu.c test/cuda/harness.h test/cuda/harness.c \
	test/cuda/lt_emu.h test/cuda/lt_emu.c runtime/cuda/cublaslt_desc.h $(TEST_CHECK)

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

## the emulated CUDA device stack (test/cuda/fake/fake.h): libcuda.so.1,
## libnvrtc.so.13, libcublasLt.so.13 and libnccl.so.2 on the CPU, under the names the
## backend dlopens, so that the real CUDA backend runs end to end in make
## check (test/cuda/fake_device.sh).  Shared objects without libtool, built
## for the tests only: never installed.
FAKE_CUDA_LIBS = test/cuda/fake/libcuda.so.1 test/cuda/fake/libnvrtc.so.13 test/cuda/fake/libcublasLt.so.13 \
	test/cuda/fake/libnccl.so.2
FAKE_CUDA_CC = $(CC) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) -I$(srcdir)/test/cuda \
	-I$(srcdir)/test/cuda/fake $(AM_CFLAGS) $(CFLAGS) -fPIC -shared $(LDFLAGS)
FAKE_CUDA_DEPS = $(srcdir)/test/cuda/fake/fake.h $(srcdir)/test/cuda/emu.h $(srcdir)/test/cuda/emu.c
test/cuda/fake/libcuda.so.1: $(srcdir)/test/cuda/fake/fake_cuda.c $(FAKE_CUDA_DEPS)
	@$(MKDIR_P) test/cuda/fake
	$(AM_V_CCLD)$(FAKE_CUDA_CC) -Wl,-soname,libcuda.so.1 -o $@ $(srcdir)/test/cuda/fake/fake_cuda.c \
		$(srcdir)/test/cuda/emu.c -lpthread -ldl
test/cuda/fake/libnvrtc.so.13: $(srcdir)/test/cuda/fake/fake_nvrtc.c $(FAKE_CUDA_DEPS)
	@$(MKDIR_P) test/cuda/fake
	$(AM_V_CCLD)$(FAKE_CUDA_CC) -DG23_FAKE_SRCDIR='"$(abs_top_srcdir)"' -Wl,-soname,libnvrtc.so.13 -o $@ \
		$(srcdir)/test/cuda/fake/fake_nvrtc.c $(srcdir)/test/cuda/emu.c -lpthread -ldl
test/cuda/fake/libcublasLt.so.13: $(srcdir)/test/cuda/fake/fake_cublaslt.c $(srcdir)/test/cuda/lt_emu.c \
		$(srcdir)/test/cuda/lt_emu.h $(srcdir)/runtime/cuda/cublaslt_desc.h $(srcdir)/runtime/cuda/cuda_api.h \
		$(FAKE_CUDA_DEPS) test/cuda/fake/libcuda.so.1
	@$(MKDIR_P) test/cuda/fake
	$(AM_V_CCLD)$(FAKE_CUDA_CC) -Wl,-soname,libcublasLt.so.13 -o $@ $(srcdir)/test/cuda/fake/fake_cublaslt.c \
		$(srcdir)/test/cuda/lt_emu.c test/cuda/fake/libcuda.so.1 -Wl,-rpath,'$$ORIGIN' -lpthread -lm
## NCCL among the processes of one machine, over shared memory (fake_nccl.c)
test/cuda/fake/libnccl.so.2: $(srcdir)/test/cuda/fake/fake_nccl.c $(srcdir)/test/cuda/fake/fake.h \
		test/cuda/fake/libcuda.so.1
	@$(MKDIR_P) test/cuda/fake
	$(AM_V_CCLD)$(FAKE_CUDA_CC) -Wl,-soname,libnccl.so.2 -o $@ $(srcdir)/test/cuda/fake/fake_nccl.c \
		test/cuda/fake/libcuda.so.1 -Wl,-rpath,'$$ORIGIN' -lpthread -lrt
check_DATA = $(FAKE_CUDA_LIBS)
CLEANFILES += $(FAKE_CUDA_LIBS)
EXTRA_DIST += test/cuda/fake/fake.h test/cuda/fake/fake_cuda.c test/cuda/fake/fake_nvrtc.c \
	test/cuda/fake/fake_cublaslt.c test/cuda/fake/fake_nccl.c

## the fakes on their own: strict where CUDA is (contexts, limits, queued
## work, capture rules, sticky faults, cuBLASLt's checks)
check_PROGRAMS += test/cuda/fake_selftest
test_cuda_fake_selftest_SOURCES = test/cuda/fake_selftest.c $(TEST_CHECK)
test_cuda_fake_selftest_CPPFLAGS = $(AM_CPPFLAGS) -DG23_FAKE_DIR='"$(abs_top_builddir)/test/cuda/fake"'
TESTS += test/cuda/fake_selftest

## the fake NCCL among forked processes: exact sums, and the mismatches,
## bad communicators and lost peers NCCL would refuse or hang on
check_PROGRAMS += test/cuda/fake_nccl_selftest
test_cuda_fake_nccl_selftest_SOURCES = test/cuda/fake_nccl_selftest.c $(TEST_CHECK)
test_cuda_fake_nccl_selftest_CPPFLAGS = $(AM_CPPFLAGS) -DG23_FAKE_DIR='"$(abs_top_builddir)/test/cuda/fake"'
TESTS += test/cuda/fake_nccl_selftest

## the unmodified CUDA backend on that device: training against the CPU,
## CUDA graphs, bf16, the built-in matmul, generation, the CUBIN cache, OOM
TESTS += test/cuda/fake_device.sh
EXTRA_DIST += test/cuda/fake_device.sh
