#!/bin/sh
# Compiles the CUDA kernels of models/gpt23.net (tiny and default sizes) and
# of every model variant (tiny, one layer) with NVRTC for sm_80 and sm_90 and
# checks ptxas's report (no spills, every kernel present), then the CUBIN
# cache.  GPT-2 124M also at its real widths and context, with one layer
# (its twelve layers are the same kernels twelve times).  No GPU needed;
# skipped (77) where NVRTC cannot be loaded.
: "${top_srcdir:=.}" "${top_builddir:=.}"
prog=$top_builddir/test/nvrtc/test-nvrtc
tiny="-D batch=2 -D d_model=16 -D n_layer=2 -D n_head=2 -D max_seq_length=8"
tiny1="-D batch=2 -D d_model=16 -D n_layer=1 -D n_head=2 -D max_seq_length=8"
out=$top_builddir/test/nvrtc/nvrtc_compile.out
# Under the sanitizers (make distcheck), no leak check of this program: at
# exit LeakSanitizer stops every thread to scan memory, and with NVRTC's
# worker threads loaded its tracer has been seen to crash ("Tracer caught
# signal 11", a fatal LeakSanitizer error) after every check had passed.
# AddressSanitizer and UBSan still check it; the leak checks of gpt23's own
# code run in the tests that do not load NVRTC.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
: > "$out"
"$prog" --selftest
rc=$?
[ $rc = 77 ] && exit 77
status=$rc
run() {
  echo "== $*"
  # shellcheck disable=SC2068
  if "$prog" $@ >> "$out" 2>&1; then
    grep -E '^(sm_[0-9]+: [0-9]+ kernels, at most|.*: ok$)' "$out" | tail -3
  else
    tail -40 "$out"
    echo "FAILED: $*"
    status=1
  fi
}
run --cache $tiny "$top_srcdir/models/gpt23.net"
run "$top_srcdir/models/gpt23.net"
for model in "$top_srcdir"/models/variants/*.net; do
  [ -f "$model" ] || continue
  run $tiny1 "$model"
done
if [ -f "$top_srcdir/models/variants/gpt2_124m.net" ]; then
  run -D batch=1 -D n_layer=1 "$top_srcdir/models/variants/gpt2_124m.net"
fi
echo "(each kernel's registers, shared memory and spills: $out)"
exit $status
