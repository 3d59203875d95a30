# fuzz_run.sh: sourced by the libFuzzer test scripts of test/cli.
#   fuzz_run NAME SEEDER: runs test/cli/fuzz-NAME for G23_FUZZ_SECONDS
#   (default 10) from a seed corpus that test/cli/SEEDER --corpus DIR
#   writes; exits 77 where gpt23 was configured without clang, 1 with the
#   failing inputs shown when the fuzzer finds a failure, else 0.
fuzz_run() {
  name=$1 seeder=$2
  : "${top_builddir:=.}"
  top_builddir=$(cd "$top_builddir" && pwd) || exit 1
  fuzzer=$top_builddir/test/cli/fuzz-$name
  [ -x "$fuzzer" ] || { echo "fuzz_$name: no clang, skipped"; exit 77; }
  seconds=${G23_FUZZ_SECONDS:-10}
  work=$(mktemp -d "${TMPDIR:-/tmp}/g23-fuzz-$name.XXXXXX") || exit 1
  trap 'rm -rf "$work"' EXIT
  mkdir "$work/seeds" "$work/corpus" || exit 1
  "$top_builddir/test/cli/$seeder" --corpus "$work/seeds" >/dev/null 2>&1 || exit 1
  cd "$work" || exit 1
  "$fuzzer" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/" corpus seeds 2>fuzz.log
  rc=$?
  tail -n 5 fuzz.log
  if [ $rc -ne 0 ]; then
    echo "fuzz_$name: the fuzzer found a failure:"
    tail -n 60 fuzz.log
    for f in "$work"/crash-* "$work"/leak-* "$work"/timeout-*; do
      [ -f "$f" ] && { echo "input $f:"; od -A d -t x1 "$f" | head -n 40; }
    done
    exit 1
  fi
  exit 0
}
