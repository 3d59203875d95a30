# fuzz_run.sh: sourced by every libFuzzer test script (test/cli, test/fuzz).
#   fuzz_run NAME SEEDER [OPTION]...: runs $FUZZ_DIR/fuzz-NAME (FUZZ_DIR
#   relative to top_builddir, default test/cli) for G23_FUZZ_SECONDS
#   (default 10) from a seed corpus: SEEDER is a shell function of the
#   caller, called with the seed directory to fill, or else a program of
#   FUZZ_DIR run as `SEEDER --corpus DIR`.  The OPTIONs follow the runner's
#   own libFuzzer options (-max_len=4096 -rss_limit_mb=2048), so they can
#   override them.  Exits 77 where gpt23 was configured without clang, 1
#   with the failing inputs shown when the fuzzer finds a failure, else 0.
fuzz_run() {
  name=$1 seeder=$2
  shift 2
  : "${top_builddir:=.}" "${FUZZ_DIR:=test/cli}"
  top_builddir=$(cd "$top_builddir" && pwd) || exit 1
  fuzzer=$top_builddir/$FUZZ_DIR/fuzz-$name
  [ -x "$fuzzer" ] || { echo "fuzz_$name: no clang, skipped"; exit 77; }
  seconds=${G23_FUZZ_SECONDS:-10}
  work=$(mktemp -d "${TMPDIR:-/tmp}/g23-fuzz-$name.XXXXXX") || exit 1
  trap 'rm -rf "$work"' EXIT
  mkdir "$work/seeds" "$work/corpus" || exit 1
  if command -v "$seeder" | grep -qv /; then
    "$seeder" "$work/seeds" || exit 1
  else
    "$top_builddir/$FUZZ_DIR/$seeder" --corpus "$work/seeds" >/dev/null 2>&1 || exit 1
  fi
  cd "$work" || exit 1
  "$fuzzer" -max_total_time="$seconds" -max_len=4096 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/" "$@" corpus seeds 2>fuzz.log
  rc=$?
  tail -n 5 fuzz.log
  if [ $rc -ne 0 ]; then
    echo "fuzz_$name: the fuzzer found a failure:"
    tail -n 60 fuzz.log
    for f in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
      [ -f "$f" ] && { echo "input $f:"; od -A d -t x1z "$f" | head -n 40; }
    done
    exit 1
  fi
  exit 0
}
