### runtime: the engine: the backend vtable, the executor
libgpt23_a_SOURCES += runtime/runtime.h runtime/backend.h runtime/exec.c

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
