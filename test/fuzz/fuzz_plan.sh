#!/bin/sh
# Runs the plan.bin fuzzer for a few seconds from a seed corpus of serialised
# plans (test-plan --corpus), a text file and an empty one.  Skips (77)
# where gpt23 was configured without clang.
: "${top_builddir:=.}"
seed() {
  "$top_builddir/test/runtime/test-plan" --corpus "$1" || return 1
  echo "not a plan" > "$1/text"
  : > "$1/empty"
}
FUZZ_DIR=test/fuzz
: "${G23_FUZZ_SECONDS:=15}"
. "${top_srcdir:-.}/test/cli/fuzz_run.sh"
fuzz_run plan seed -max_len=8192
