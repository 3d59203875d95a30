#!/bin/sh
# Runs the plan.bin fuzzer for a few seconds from a seed corpus of serialised
# plans.  Skips (77) where gpt23 was configured without clang.
: "${top_builddir:=.}"
top_builddir=$(cd "$top_builddir" && pwd) || exit 1
fuzzer=$top_builddir/test/fuzz/fuzz-plan
[ -x "$fuzzer" ] || { echo "fuzz_plan: no clang, skipped"; exit 77; }
seconds=${G23_FUZZ_SECONDS:-15}
work=$(mktemp -d "${TMPDIR:-/tmp}/g23-fuzz-plan.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mkdir "$work/seeds" "$work/corpus" || exit 1
"$top_builddir/test/runtime/test-plan" --corpus "$work/seeds" || exit 1
# a text file and an empty one as well
echo "not a plan" > "$work/seeds/text"
: > "$work/seeds/empty"
cd "$work" || exit 1
"$fuzzer" -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/" corpus seeds 2>fuzz.log
rc=$?
tail -n 15 fuzz.log
if [ $rc -ne 0 ]; then
  echo "fuzz_plan: the fuzzer found a failure:"
  cat fuzz.log | tail -n 60
  for f in "$work"/crash-* "$work"/leak-* "$work"/timeout-*; do
    [ -f "$f" ] && { echo "input $f:"; od -A d -t x1 "$f" | head -n 40; }
  done
  exit 1
fi
exit 0
