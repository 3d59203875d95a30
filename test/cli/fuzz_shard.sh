#!/bin/sh
# Runs the token shard fuzzer for a few seconds from a seed corpus written by
# test-shard.  Skips (77) where gpt23 was configured without clang.
. "${top_srcdir:-.}/test/cli/fuzz_run.sh"
fuzz_run shard test-shard
