### gpt23run: training, generation, checkpoints, safetensors
libgpt23_a_SOURCES += runtime/cli/cli.h runtime/cli/rng.h runtime/cli/rng.c runtime/cli/inputs.h \
	runtime/cli/inputs.c runtime/cli/data.h runtime/cli/data.c runtime/cli/safetensors.h \
	runtime/cli/safetensors.c runtime/cli/checkpoint.h runtime/cli/checkpoint.c runtime/cli/outputs.h \
	runtime/cli/outputs.c runtime/cli/sample.h runtime/cli/sample.c runtime/cli/weights.h \
	runtime/cli/weights.c runtime/cli/train.c runtime/cli/generate.h runtime/cli/generate.c \
	runtime/cli/dist.h runtime/cli/dist.c runtime/cli/signals.h runtime/cli/signals.c

bin_PROGRAMS += gpt23run
gpt23run_SOURCES = runtime/cli/gpt23run.c

## the MPI module of data-parallel training, loaded by gpt23run with dlopen
## (runtime/cli/dist.h); the only object linked against libmpi
if HAVE_MPI
mpimoduledir = $(pkglibdir)
mpimodule_PROGRAMS = gpt23-mpi.so
gpt23_mpi_so_SOURCES = runtime/cli/dist_mpi.c runtime/cli/dist.h
gpt23_mpi_so_CFLAGS = $(AM_CFLAGS) -fPIC $(MPI_CFLAGS)
gpt23_mpi_so_LDFLAGS = -shared
gpt23_mpi_so_LDADD = $(MPI_LIBS)
else
EXTRA_DIST += runtime/cli/dist_mpi.c
endif
dist_man_MANS += man/gpt23run.1

## unit tests of the parts that need no plan: sampler, schedule, data,
## safetensors, checkpoint format, UTF-8 holding
check_PROGRAMS += test/cli/test-cli
test_cli_test_cli_SOURCES = test/cli/test_cli.c $(TEST_CHECK)
TESTS += test/cli/test-cli

## end to end: gpt23c + gpt23run on tiny models written by the tests
CLI_TESTS = test/cli/learn.sh test/cli/resume.sh test/cli/errors.sh test/cli/outputs.sh \
	test/cli/generate.sh test/cli/safetensors.sh test/cli/classify.sh test/cli/adamw.sh \
	test/cli/classify_seq.sh test/cli/inputs.sh test/cli/targets.sh test/cli/loss.sh \
	test/cli/check_bounds.sh test/cli/textout.sh test/cli/options.sh test/cli/dump.sh \
	test/cli/progress.sh test/cli/defaults.sh test/cli/shards.sh test/cli/bpe.sh test/cli/blas.sh \
	test/cli/signals.sh
TESTS += $(CLI_TESTS)
EXTRA_DIST += $(CLI_TESTS) test/cli/lib.sh

## data-parallel training over MPI: two processes against one with their
## whole batch, a resume across the number of processes, one process killed
## or stopped; gradient accumulation against the whole batch;
## the gradient cut of the plan; errors named by process
check_PROGRAMS += test/dist/ckpt-compare
test_dist_ckpt_compare_SOURCES = test/dist/ckpt_compare.c
TESTS += test/dist/cut.sh test/dist/equiv.sh test/dist/kill.sh test/dist/errors.sh test/dist/zero_one.sh \
  test/dist/zero.sh test/dist/four.sh test/dist/stall.sh test/dist/accumulate.sh
EXTRA_DIST += test/models/copy.net test/dist/lib.sh test/dist/cut.sh test/dist/equiv.sh test/dist/kill.sh test/dist/errors.sh \
  test/dist/zero_one.sh test/dist/zero.sh test/dist/four.sh test/dist/stall.sh test/dist/accumulate.sh
## the same on CUDA, each process on an emulated device (test/cuda/fake),
## the gradients averaged by the fake NCCL in device memory
TESTS += test/dist/nccl.sh
EXTRA_DIST += test/dist/nccl.sh

## libFuzzer: bytes -> the safetensors reader and the checkpoint parser, with
## a seed corpus written by test-cli.  Built with clang; skipped without it.
FUZZ_WEIGHTS_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_WEIGHTS_SRC = $(srcdir)/test/cli/fuzz_weights.c $(srcdir)/runtime/cli/safetensors.c \
	$(srcdir)/runtime/cli/checkpoint.c $(srcdir)/runtime/cli/rng.c
test/cli/fuzz-weights$(EXEEXT): $(FUZZ_WEIGHTS_SRC) $(srcdir)/runtime/cli/safetensors.h \
		$(srcdir)/runtime/cli/checkpoint.h $(srcdir)/runtime/cli/rng.h libgpt23.a
	@$(MKDIR_P) test/cli
	$(AM_V_CCLD)$(CLANG) $(FUZZ_WEIGHTS_CFLAGS) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) \
		-o $@ $(FUZZ_WEIGHTS_SRC) libgpt23.a $(LIBS)
if HAVE_CLANG
test/cli/fuzz_weights.sh.log test/cli/fuzz_weights.log: test/cli/fuzz-weights$(EXEEXT) test/cli/test-cli$(EXEEXT)
endif
TESTS += test/cli/fuzz_weights.sh
EXTRA_DIST += test/cli/fuzz_weights.sh test/cli/fuzz_weights.c test/cli/fuzz_run.sh
CLEANFILES += test/cli/fuzz-weights$(EXEEXT)

## token shards (tok/shard.h): round trips, every truncation and bit flip
check_PROGRAMS += test/cli/test-shard
test_cli_test_shard_SOURCES = test/cli/test_shard.c $(TEST_CHECK)
TESTS += test/cli/test-shard

## libFuzzer: bytes -> the token shard checks, seeds written by test-shard
FUZZ_SHARD_SRC = $(srcdir)/test/cli/fuzz_shard.c $(srcdir)/tok/shard.c
test/cli/fuzz-shard$(EXEEXT): $(FUZZ_SHARD_SRC) $(srcdir)/tok/shard.h libgpt23.a
	@$(MKDIR_P) test/cli
	$(AM_V_CCLD)$(CLANG) $(FUZZ_WEIGHTS_CFLAGS) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) \
		-o $@ $(FUZZ_SHARD_SRC) libgpt23.a $(LIBS)
if HAVE_CLANG
test/cli/fuzz_shard.sh.log test/cli/fuzz_shard.log: test/cli/fuzz-shard$(EXEEXT) test/cli/test-shard$(EXEEXT)
endif
TESTS += test/cli/fuzz_shard.sh
EXTRA_DIST += test/cli/fuzz_shard.sh test/cli/fuzz_shard.c
CLEANFILES += test/cli/fuzz-shard$(EXEEXT)
