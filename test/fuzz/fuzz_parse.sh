#!/bin/sh
# Runs the model-language fuzzer for ~20 seconds from the seed corpus
# test/fuzz/corpus_parse/ (model files and snippets).  Skips (77) where
# gpt23 was configured without clang.
: "${top_builddir:=.}"
: "${top_srcdir:=.}"
top_builddir=$(cd "$top_builddir" && pwd) || exit 1
top_srcdir=$(cd "$top_srcdir" && pwd) || exit 1
fuzzer=$top_builddir/test/fuzz/fuzz-parse
[ -x "$fuzzer" ] || { echo "fuzz_parse: no clang, skipped"; exit 77; }
seconds=${G23_FUZZ_SECONDS:-20}
work=$(mktemp -d "${TMPDIR:-/tmp}/g23-fuzz-parse.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mkdir "$work/corpus" || exit 1
cd "$work" || exit 1
"$fuzzer" -max_total_time="$seconds" -timeout=10 -max_len=16384 -rss_limit_mb=2048 \
  -print_final_stats=1 -dict="$top_srcdir/test/fuzz/parse.dict" -artifact_prefix="$work/" \
  corpus "$top_srcdir/test/fuzz/corpus_parse" 2>fuzz.log
rc=$?
tail -n 12 fuzz.log
if [ $rc -ne 0 ]; then
  echo "fuzz_parse: the fuzzer found a failure:"
  tail -n 60 fuzz.log
  for f in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
    [ -f "$f" ] && { echo "input $f:"; od -A d -c "$f" | head -n 40; }
  done
  exit 1
fi
exit 0
