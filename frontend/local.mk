### frontend: the model language
libgpt23_a_SOURCES += frontend/frontend.h frontend/ast.h frontend/ast.c frontend/parser.y frontend/lexer.l \
	frontend/load.c frontend/lower.h frontend/lower.c frontend/expr.c frontend/values.c frontend/builtins.c frontend/bounds.c frontend/names.c \
	frontend/frontend.c
BUILT_SOURCES += frontend/parser.h
dist_pkgdata_DATA += models/std.net
## the shipped models, installed beside the standard library they include
modelsdir = $(pkgdatadir)/models
dist_models_DATA = models/gpt23.net
variantsdir = $(pkgdatadir)/models/variants
dist_variants_DATA = models/variants/lstm_positions.net models/variants/sinusoidal.net \
	models/variants/rope.net models/variants/alibi.net models/variants/pi_scale.net \
	models/variants/gpt2_124m.net models/variants/classifier.net models/variants/llama.net \
	models/variants/llama_gqa.net models/variants/translate.net

## Data-driven language tests (test/lang/*.test) and every shipped model.
check_PROGRAMS += test/lang/lang_test
test_lang_lang_test_SOURCES = test/lang/lang_test.c $(TEST_CHECK)
TESTS += test/lang/lang_test
EXTRA_DIST += test/lang/basics.test test/lang/errors.test test/lang/names.test test/lang/attention.test test/lang/inc/cycle_a.net \
	test/lang/inc/cycle_b.net

## libFuzzer: bytes -> parse + lower, built with clang and sanitizers over
## the front end's own sources (so coverage guides the fuzzer).
FUZZ_PARSE_CFLAGS = -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
FUZZ_PARSE_SRCS = $(srcdir)/test/fuzz/fuzz_parse.c $(srcdir)/frontend/ast.c $(srcdir)/frontend/load.c \
	$(srcdir)/frontend/lower.c $(srcdir)/frontend/expr.c $(srcdir)/frontend/values.c $(srcdir)/frontend/builtins.c $(srcdir)/frontend/bounds.c \
	$(srcdir)/frontend/names.c $(srcdir)/frontend/frontend.c $(srcdir)/util/util.c $(srcdir)/util/diag.c $(srcdir)/ir/ir.c $(srcdir)/ir/sexpr.c \
	$(srcdir)/ir/eval.c
test/fuzz/fuzz-parse$(EXEEXT): $(FUZZ_PARSE_SRCS) frontend/parser.c frontend/lexer.c frontend/parser.h \
		frontend/lower.h frontend/ast.h frontend/frontend.h libgpt23.a
	@$(MKDIR_P) test/fuzz
	$(AM_V_CCLD)$(CLANG) $(FUZZ_PARSE_CFLAGS) $(DEFS) $(DEFAULT_INCLUDES) $(AM_CPPFLAGS) $(CPPFLAGS) \
		-I$(srcdir)/frontend -Ifrontend -o $@ $(FUZZ_PARSE_SRCS) \
		`test -f frontend/parser.c || echo $(srcdir)/`frontend/parser.c \
		`test -f frontend/lexer.c || echo $(srcdir)/`frontend/lexer.c libgpt23.a $(LIBS)
if HAVE_CLANG
test/fuzz/fuzz_parse.sh.log test/fuzz/fuzz_parse.log: test/fuzz/fuzz-parse$(EXEEXT)
endif
TESTS += test/fuzz/fuzz_parse.sh
EXTRA_DIST += test/fuzz/fuzz_parse.sh test/fuzz/fuzz_parse.c test/fuzz/parse.dict \
	test/fuzz/corpus_parse/gpt23.net test/fuzz/corpus_parse/alibi.net \
	test/fuzz/corpus_parse/classifier.net test/fuzz/corpus_parse/lstm_positions.net \
	test/fuzz/corpus_parse/rope.net test/fuzz/corpus_parse/llama.net test/fuzz/corpus_parse/snippet_loops.net \
	test/fuzz/corpus_parse/snippet_broken.net test/fuzz/corpus_parse/snippet_names.net test/fuzz/corpus_parse/snippet_garbage.net
CLEANFILES += test/fuzz/fuzz-parse$(EXEEXT)
