### runtime/plan: the plan file (plan.bin), shared by the compiler and the runtime
libgpt23_a_SOURCES += runtime/plan/plan.h runtime/plan/plan.c runtime/plan/planio.c

## plan.bin: round trip, and rejection of every corruption
check_PROGRAMS += test/runtime/test-plan
test_runtime_test_plan_SOURCES = test/runtime/test_plan.c $(TEST_CHECK) test/runtime/plan_fixture.c \
	test/runtime/plan_fixture.h
TESTS += test/runtime/test-plan

## libFuzzer: bytes -> g23_plan_parse, with a seed corpus written by test-plan.
## Built with clang (sanitizers need it); the test script skips without it.
FUZZ_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
test/fuzz/fuzz-plan$(EXEEXT): $(srcdir)/test/fuzz/fuzz_plan.c $(srcdir)/runtime/plan/planio.c \
		$(srcdir)/runtime/plan/plan.c $(srcdir)/runtime/plan/plan.h libgpt23.a
	@$(MKDIR_P) test/fuzz
	$(AM_V_CCLD)$(CLANG) $(FUZZ_CFLAGS) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) \
		-o $@ $(srcdir)/test/fuzz/fuzz_plan.c $(srcdir)/runtime/plan/planio.c $(srcdir)/runtime/plan/plan.c \
		libgpt23.a $(LIBS)
if HAVE_CLANG
test/fuzz/fuzz_plan.sh.log test/fuzz/fuzz_plan.log: test/fuzz/fuzz-plan$(EXEEXT) \
		test/runtime/test-plan$(EXEEXT)
endif
TESTS += test/fuzz/fuzz_plan.sh
EXTRA_DIST += test/fuzz/fuzz_plan.sh test/fuzz/fuzz_plan.c
CLEANFILES += test/fuzz/fuzz-plan$(EXEEXT)
