#!/bin/sh
# Runs the model-language fuzzer for ~20 seconds from the seed corpus
# test/fuzz/corpus_parse/ (model files and snippets), with the language's
# dictionary.  Skips (77) where gpt23 was configured without clang.
: "${top_srcdir:=.}"
top_srcdir=$(cd "$top_srcdir" && pwd) || exit 1
seed() { cp "$top_srcdir"/test/fuzz/corpus_parse/* "$1"/; }
FUZZ_DIR=test/fuzz
: "${G23_FUZZ_SECONDS:=20}"
. "$top_srcdir/test/cli/fuzz_run.sh"
fuzz_run parse seed -timeout=10 -max_len=16384 -dict="$top_srcdir/test/fuzz/parse.dict"
