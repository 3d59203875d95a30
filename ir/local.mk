### ir: the IR, its evaluator, autodiff and optimizer
libgpt23_a_SOURCES += ir/ops.def ir/deriv_end.h ir/ir.h ir/sched.h \
	ir/ir.c ir/prelude.h ir/sexpr.c ir/eval.c ir/autodiff.c ir/optim.c ir/dump.c ir/layout.c

# Every op: shape inference and gradients against finite differences.
check_PROGRAMS += test/ir/test_ops
test_ir_test_ops_SOURCES = test/ir/test_ops.c $(TEST_CHECK)
TESTS += test/ir/test_ops
# Attention masks, dropout, GELU, diagnostics, AdamW, score expressions, dumps.
## the C kernels' exp (ir/prelude.h) within 1 ulp of exp
check_PROGRAMS += test/ir/test_expf
test_ir_test_expf_SOURCES = test/ir/test_expf.c $(TEST_CHECK)
TESTS += test/ir/test_expf

check_PROGRAMS += test/ir/test_ir
test_ir_test_ir_SOURCES = test/ir/test_ir.c $(TEST_CHECK)
TESTS += test/ir/test_ir
# A small GPT built by hand: every gradient element against finite differences.
check_PROGRAMS += test/ir/test_model
test_ir_test_model_SOURCES = test/ir/test_model.c $(TEST_CHECK)
TESTS += test/ir/test_model

## every shipped model file: autodiff against finite differences (float64),
## through gpt23c --gradcheck=gradients; a planted wrong gradient fails
TESTS += test/ir/gradcheck_models.sh
EXTRA_DIST += test/ir/gradcheck_models.sh test/models/softplus.net
