### gpt23run: training, generation, checkpoints, safetensors
libgpt23_a_SOURCES += runtime/cli.h runtime/rng.c runtime/data.c runtime/safetensors.c \
	runtime/checkpoint.c runtime/sample.c runtime/weights.c runtime/train.c runtime/generate.c

bin_PROGRAMS += gpt23run
gpt23run_SOURCES = runtime/gpt23run.c
dist_man_MANS += man/gpt23run.1

## unit tests of the parts that need no plan: sampler, schedule, data,
## safetensors, checkpoint format, UTF-8 holding
check_PROGRAMS += test/cli/test-cli
test_cli_test_cli_SOURCES = test/cli/test_cli.c
TESTS += test/cli/test-cli

## end to end: gpt23c + gpt23run on tiny models written by the tests
CLI_TESTS = test/cli/learn.sh test/cli/resume.sh test/cli/errors.sh \
	test/cli/generate.sh test/cli/safetensors.sh test/cli/classify.sh
TESTS += $(CLI_TESTS)
EXTRA_DIST += $(CLI_TESTS) test/cli/lib.sh
