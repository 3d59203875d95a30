### runtime: plan files, backends, the executor
libgpt23_a_SOURCES += runtime/plan.h runtime/plan.c runtime/planio.c \
	runtime/runtime.h runtime/backend.h runtime/backend_cpu.c runtime/exec.c \
	runtime/blas.h runtime/blas.c

## plan.bin: round trip, and rejection of every corruption
check_PROGRAMS += test/runtime/test-plan
test_runtime_test_plan_SOURCES = test/runtime/test_plan.c $(TEST_CHECK) test/runtime/plan_fixture.c \
	test/runtime/plan_fixture.h
TESTS += test/runtime/test-plan

## the CPU backend and executor against float64 references; the kernel cache
check_PROGRAMS += test/runtime/test-exec
test_runtime_test_exec_SOURCES = test/runtime/test_exec.c $(TEST_CHECK) test/runtime/plan_fixture.c \
	test/runtime/plan_fixture.h
TESTS += test/runtime/test-exec

## every model, front end to runtime, against the float64 evaluator, through
## gpt23c --gradcheck=kernels
TESTS += test/runtime/check_model.sh
EXTRA_DIST += test/runtime/check_model.sh test/models/cross.net test/models/gqa.net \
	test/models/noncausal_stream.net test/models/multitask.net

## libFuzzer: bytes -> g23_plan_parse, with a seed corpus written by test-plan.
## Built with clang (sanitizers need it); the test script skips without it.
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
test/fuzz/fuzz-plan$(EXEEXT): $(srcdir)/test/fuzz/fuzz_plan.c $(srcdir)/runtime/planio.c \
		$(srcdir)/runtime/plan.c $(srcdir)/runtime/plan.h libgpt23.a
	@$(MKDIR_P) test/fuzz
	$(AM_V_CCLD)$(CLANG) $(FUZZ_CFLAGS) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) \
		-o $@ $(srcdir)/test/fuzz/fuzz_plan.c $(srcdir)/runtime/planio.c $(srcdir)/runtime/plan.c \
		libgpt23.a $(LIBS)
if HAVE_CLANG
test/fuzz/fuzz_plan.sh.log test/fuzz/fuzz_plan.log: test/fuzz/fuzz-plan$(EXEEXT) \
		test/runtime/test-plan$(EXEEXT)
endif
TESTS += test/fuzz/fuzz_plan.sh
EXTRA_DIST += test/fuzz/fuzz_plan.sh test/fuzz/fuzz_plan.c
CLEANFILES += test/fuzz/fuzz-plan$(EXEEXT)
