#!/bin/sh
# Runs the safetensors + checkpoint fuzzer for a few seconds from a seed
# corpus written by test-cli.  Skips (77) where gpt23 was configured without
# clang.
. "${top_srcdir:-.}/test/cli/fuzz_run.sh"
fuzz_run weights test-cli
