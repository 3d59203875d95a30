### passes: the pipeline, simplification, fusion, memory planning
libgpt23_a_SOURCES += passes/passes.h passes/pipeline.c passes/simplify.c passes/hoist.c passes/fusion.c \
	passes/memplan.c passes/stats.c passes/dot.c passes/distcut.c

## generated C kernels of hand-built graphs against the float64 evaluator,
## kernel counts of fused row kernels, the memory plan checker
check_PROGRAMS += test/passes/test-kernels
test_passes_test_kernels_SOURCES = test/passes/test_kernels.c $(TEST_CHECK) test/passes/harness.c test/passes/harness.h
TESTS += test/passes/test-kernels
TESTS += test/passes/nvrtc.sh test/passes/hoist.sh
EXTRA_DIST += test/passes/nvrtc.sh test/passes/hoist.sh test/models/static_context.net

## every model: memory plans, C sources compiled and run against the float64
## evaluator, kernel counts (kernel_counts.txt); their CUDA with NVRTC
check_PROGRAMS += test/passes/test-models
test_passes_test_models_SOURCES = test/passes/test_models.c $(TEST_CHECK) test/passes/harness.c test/passes/harness.h
TESTS += test/passes/test-models test/passes/nvrtc-models.sh
EXTRA_DIST += test/passes/kernel_counts.txt test/passes/nvrtc-models.sh

## KV cache bytes in --emit stats of grouped-query attention
TESTS += test/passes/kv_cache_stats.sh
EXTRA_DIST += test/passes/kv_cache_stats.sh
## a 1000-layer model compiles (the passes are linear in depth)
TESTS += test/passes/deep_model.sh
EXTRA_DIST += test/passes/deep_model.sh
## --emit dot: kernel and matmul nodes as --emit stats counts, clusters per layer
TESTS += test/passes/dot.sh
EXTRA_DIST += test/passes/dot.sh
