#!/bin/sh
# The CPU matmul library is chosen at run time ($G23_BLAS, runtime/cpu/blas.h).
# A name or path that does not load is an error naming it, never a silent
# fallback; every library that loads here is the one reported (--verbose)
# and trains a small language model to the same losses as the default one,
# up to the rounding of fp32 sums (each library orders its sums its own
# way).  Which libraries are installed varies: the default always runs, and
# the others that load are named in the output.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
copy_data "$T/data.txt" 300 3
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
train() { # LOG
  RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 20 --lr 3e-3 --seed 7 --quiet --verbose --log "$1" \
    >/dev/null 2>"$T/err"
}

expect_fail 1 "'bogus' is no library name" env G23_BLAS=bogus "$GPT23RUN" "$T/lm.bin" --train --data "$T/data.txt" --steps 1 --quiet
expect_fail 1 "/no/such/libblas.so.*G23_BLAS=/no/such/libblas.so" \
  env G23_BLAS=/no/such/libblas.so "$GPT23RUN" "$T/lm.bin" --train --data "$T/data.txt" --steps 1 --quiet

unset G23_BLAS
train "$T/default.jsonl" || { cat "$T/err"; fail "training with the default library"; }
grep -q '^gpt23: CPU matmuls by ' "$T/err" || { cat "$T/err"; fail "--verbose does not name the matmul library"; }
step_losses "$T/default.jsonl" | sed 's/.*"loss":\([^,]*\).*/\1/' >"$T/default.losses"
[ "$(wc -l <"$T/default.losses")" = 20 ] || fail "expected 20 losses"

# Under AddressSanitizer (make distcheck), LeakSanitizer's tracer crashes on
# the threads of oneDNN and BLIS at exit (runtime/cpu/blas.c): the runs of
# the loop check memory errors but not leaks (the default run above checks
# both).
ran=
for lib in openblas openblas-pthread openblas-openmp blis blis-pthread blis-openmp onednn cblas; do
  if ! ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" G23_BLAS=$lib train "$T/$lib.jsonl"; then
    # Not installed here: the error names what it tried to load.
    grep -q 'cannot open shared object file' "$T/err" || { cat "$T/err"; fail "G23_BLAS=$lib"; }
    continue
  fi
  # The library reported is the one asked for (openblas, blis and cblas
  # name whichever build the system's soname points at).
  case $lib in
  openblas) want='openblas-(pthread|openmp|serial)' ;;
  blis) want='blis(-openmp)?' ;;
  cblas) want='[a-z-]+' ;;
  blis-pthread) want='blis' ;;
  *) want=$lib ;;
  esac
  grep -Eq "^gpt23: CPU matmuls by $want( |\$)" "$T/err" || { cat "$T/err"; fail "G23_BLAS=$lib loaded another library"; }
  step_losses "$T/$lib.jsonl" | sed 's/.*"loss":\([^,]*\).*/\1/' >"$T/$lib.losses"
  paste "$T/default.losses" "$T/$lib.losses" | awk -v lib="$lib" '
    { d = $1 - $2; if (d < 0) d = -d; if (NF != 2 || d > 1e-5 * $1) { print lib ": step " NR ": loss " $2 ", default " $1; bad = 1 } }
    END { exit bad }' || fail "G23_BLAS=$lib trains to other losses"
  ran="$ran $lib"
done
echo "same losses with:$ran"
