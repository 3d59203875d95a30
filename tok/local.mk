### tok: tokenizers (byte-level, GPT-2 byte-level BPE) and gpt23tok
libgpt23_a_SOURCES += tok/tok.h tok/tok.c tok/bpe.h tok/pretok.c tok/train.h tok/train.c
libgpt23_a_SOURCES += tok/shard.h tok/shard.c

bin_PROGRAMS += gpt23tok
gpt23tok_SOURCES = tok/gpt23tok.c
dist_man_MANS += man/gpt23tok.1

## the tokenizer against Hugging Face's ids of test/tok/fixtures (written by
## test/tok/make_fixtures.py, run on demand), round trips, the trainer
## against a plain reference, the loader's errors; gpt23tok end to end
check_PROGRAMS += test/tok/test-tok
test_tok_test_tok_SOURCES = test/tok/test_tok.c $(TEST_CHECK)
TESTS += test/tok/test-tok
EXTRA_DIST += test/tok/make_fixtures.py test/tok/fixtures/README test/tok/fixtures/train.txt \
	test/tok/fixtures/sample.txt test/tok/fixtures/sample.ids test/tok/fixtures/sample.specials.ids \
	test/tok/fixtures/vocab.json test/tok/fixtures/merges.txt
TESTS += test/tok/cli.sh
EXTRA_DIST += test/tok/cli.sh

## gpt23tok on ~100 MB of the machine's own text (fortunes, documentation,
## man pages): training time and encoding speed; on demand, not in make check
EXTRA_DIST += bench/tok.sh
bench-tok: gpt23tok$(EXEEXT)
	GPT23TOK=./gpt23tok$(EXEEXT) $(SHELL) $(srcdir)/bench/tok.sh
.PHONY: bench-tok
