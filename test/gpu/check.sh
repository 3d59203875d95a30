#!/bin/sh
# test/gpu/check.sh: gpt23 on a machine with an NVIDIA GPU (written for an
# H200; runs on any sm_80+ device).  Run from the top of the source tree:
#
#     sh test/gpu/check.sh
#
# Builds gpt23 (configure + make, installing nothing), runs the CUDA tests of
# make check, compares CUDA against the CPU on every launch of gpt23.net and
# on a whole training step (test/gpu/compare), in fp32 (fp32 tolerances) and
# in bf16 (bf16 tolerances, see compare.c: each bf16 matmul launch within
# 1e-2 relative L2 of the CPU's fp32 result, a step's loss within 2e-3
# relative, each gradient within 3e-2), trains gpt23.net for 200 steps in
# bf16 (the default; with and without CUDA graphs) and in fp32, the
# GPT-2-124M-shaped variant for 20 steps in bf16, fp32 and TF32, measures
# decoding, and prints one table with each row's precision.  Needs no
# network; finishes in about 5 minutes.  Exit status 0 when every check
# passes.
#
# Environment: JOBS (make -j, default: all cores), PEAK_TFLOPS (the MFU
# reference, default 989: H100/H200 dense bf16), G23_CUDA_* (see
# runtime/cuda/backend_cuda.h) pass through to every run.  For a dry run of this
# script without a GPU: DEVICE=cpu STEPS=4 STEPS_124M=1
# GPT2_DEFS="-D batch=1 -D max_seq_length=32 -D n_layer=1" COMPARE_DEFS="-D batch=2".
set -u
top=$(pwd)
[ -f "$top/runtime/cuda/backend_cuda.c" ] || { echo "check.sh: run me from the top of the gpt23 tree"; exit 2; }
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
PEAK=${PEAK_TFLOPS:-989}
DEVICE=${DEVICE:-cuda}
STEPS=${STEPS:-200}
STEPS_124M=${STEPS_124M:-20}
GPT2_DEFS=${GPT2_DEFS:--D batch=8 -D max_seq_length=512}
COMPARE_DEFS=${COMPARE_DEFS:-}
work=$(mktemp -d /tmp/gpt23-gpu.XXXXXX) || exit 2
export XDG_CACHE_HOME="$work/cache"
t_start=$(date +%s)
rows=""
fails=0

# row CHECK RESULT MS_PER_STEP TOK_PER_S MFU DECODE_TOK_PER_S [PRECISION]
row() {
  rows="$rows$(printf '%-52s %-6s %-5s %10s %12s %7s %12s' "$1" "$2" "${7:--}" "$3" "$4" "$5" "$6")
"
  [ "$2" = pass ] || fails=$((fails + 1))
  echo ">>> $1: $2"
}
elapsed() { echo $(($(date +%s) - t_start)); }

# ---- what the build needs ------------------------------------------------------
missing=""
for tool in cc make flex bison autoreconf automake autoconf; do
  command -v $tool >/dev/null 2>&1 || missing="$missing $tool"
done
if ! printf '#include <cblas.h>\nint main(void){return 0;}\n' | cc -x c - -o "$work/cblas" -lopenblas 2>/dev/null; then
  missing="$missing OpenBLAS(cblas.h,libopenblas)"
fi
if [ -n "$missing" ]; then
  echo "check.sh: missing:$missing"
  echo "  on Debian/Ubuntu: apt-get install build-essential flex bison autoconf automake libopenblas-dev"
  echo "  (gpt23 needs flex and bison for its model-language parser, autotools to build, OpenBLAS for"
  echo "   the CPU backend that CUDA is compared against; this script installs nothing)"
  # A tree built elsewhere can still be tested: go on if the programs exist.
  [ -x ./gpt23c ] && [ -x ./gpt23run ] || exit 2
fi
if command -v nvidia-smi >/dev/null 2>&1; then
  nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader
else
  echo "check.sh: nvidia-smi not found; the CUDA checks will say whether a device is usable"
fi

# ---- build ------------------------------------------------------------------------
build_ok=pass
{
  # A tree configured on another machine names that machine's paths: configure again.
  if [ ! -f Makefile ] || ! grep -q "^abs_top_srcdir = $top\$" Makefile; then
    { [ -x configure ] || autoreconf -fi; } && ./configure --quiet
  fi &&
  make -j"$JOBS" >/dev/null &&
  make -j"$JOBS" test/nvrtc/test-nvrtc test/nvrtc/test-builtin-mm test/gpu/compare >/dev/null &&
  { [ ! -f Makefile ] || ! grep -q 'test-cuda-abi' Makefile || make test/nvrtc/test-cuda-abi >/dev/null; }
} > "$work/build.log" 2>&1 || build_ok=fail
row "build (configure, make)" $build_ok - - - -
if [ $build_ok = fail ]; then
  tail -30 "$work/build.log"
  printf '%s' "$rows"
  exit 1
fi

# ---- make check's CUDA parts --------------------------------------------------------
export top_srcdir="$top" top_builddir="$top"
r=pass
[ -x test/nvrtc/test-cuda-abi ] && { ./test/nvrtc/test-cuda-abi > "$work/abi.log" 2>&1 || r=fail; }
row "cuda_api.h against the toolkit headers" $r - - - -
r=pass
{ ./test/nvrtc/test-nvrtc --selftest && ./test/nvrtc/test-nvrtc --cache -D batch=2 -D d_model=16 \
  -D n_layer=2 -D n_head=2 -D max_seq_length=8 models/gpt23.net; } > "$work/nvrtc.log" 2>&1 || r=fail
[ $r = fail ] && tail -20 "$work/nvrtc.log"
row "NVRTC sm_80/sm_90, no spills (tiny)" $r - - - -
r=pass
./test/nvrtc/test-builtin-mm > "$work/builtin.log" 2>&1 || r=fail
row "built-in matmul under the CUDA emulator" $r - - - -
r=pass
sh test/gpu/compare_cpu.sh > "$work/compare_cpu.log" 2>&1 || r=fail
row "lockstep harness, cpu against cpu" $r - - - -

# ---- CUDA against the CPU ----------------------------------------------------------------
for prec in fp32 bf16; do
  r=pass
  timeout 150 ./test/gpu/compare --device "$DEVICE" --precision $prec $COMPARE_DEFS models/gpt23.net \
    > "$work/compare-$prec.log" 2>&1 || r=fail
  grep -E 'graph:|whole step|compare:' "$work/compare-$prec.log"
  [ $r = fail ] && grep -E '^FAIL|compare:' "$work/compare-$prec.log" | head -20
  row "gpt23.net: every launch + a step, $DEVICE=cpu" $r - - - - $prec
done

# ---- a GPT-2 checkpoint from transformers, on the device -------------------------------------
# test/hf's fixture: logits within 1e-4 relative of transformers' and the same
# greedy tokens, computed by the device's kernels (make check does it on the CPU)
r=pass
V=$(sed -n '1s/.* vocab \([0-9]*\).*/\1/p' test/hf/fixtures/expected.txt)
{ make test/hf/hf-check >/dev/null &&
  ./gpt23c models/variants/gpt2_124m.net -o "$work/hf.bin" -D vocab="$V" -D max_seq_length=64 -D d_model=64 \
    -D n_head=4 -D n_layer=2 -D batch=2 &&
  ./test/hf/hf-check "$work/hf.bin" test/hf/fixtures/gpt2_tiny/model.safetensors test/hf/fixtures/expected.txt \
    "$DEVICE"; } > "$work/hf.log" 2>&1 || r=fail
grep '^ok\|^FAIL' "$work/hf.log"
[ $r = fail ] && tail -20 "$work/hf.log"
row "GPT-2 from transformers: logits, greedy ids" $r - - - - fp32

# ---- training ------------------------------------------------------------------------------
data="$work/data.txt"
if command -v fortune >/dev/null 2>&1 && [ -d /usr/share/games/fortunes ]; then
  cat /usr/share/games/fortunes/* > "$data" 2>/dev/null
fi
if [ ! -s "$data" ] || [ "$(wc -c < "$data")" -lt 1000000 ]; then
  # The tree's own prose and code, repeated to about 2 MB.
  cat README.md docs/* man/*.1 models/*.net models/variants/*.net runtime/*.c > "$work/text" 2>/dev/null
  : > "$data"
  while [ "$(wc -c < "$data")" -lt 2000000 ]; do cat "$work/text" >> "$data"; done
fi

# train LABEL PLAN STEPS CKPT PRECISION [env...]: one row; ms/step,
# tokens/s and MFU are means over the second half of the steps (the first
# ones compile, choose matmul algorithms and capture graphs).  PRECISION
# "default" passes no --precision (bf16 on CUDA, fp32 on the CPU).
train() {
  label=$1 plan=$2 steps=$3 ckpt=$4 prec=$5
  shift 5
  log="$work/train-$(echo "$label" | tr -c 'a-zA-Z0-9' '_').log"
  r=pass
  set -- "$@" ./gpt23run "$plan" --train --device "$DEVICE" --steps "$steps" --data "$data" --eval-every 0 \
    --peak-tflops "$PEAK"
  [ "$ckpt" = - ] || set -- "$@" --ckpt "$ckpt"
  [ "$prec" = default ] || set -- "$@" --precision "$prec"
  shown=$prec
  [ "$prec" = default ] && { [ "$DEVICE" = cpu ] && shown=fp32 || shown=bf16; }
  case "$*" in *G23_CUDA_TF32=1*) [ "$shown" = fp32 ] && shown=tf32 ;; esac
  timeout 240 env "$@" > "$log" 2>&1 || r=fail
  grep '^step [0-9]*/[0-9]* | loss' "$log" > "$log.steps"
  last=$(tail -1 "$log.steps")
  [ -n "$last" ] || r=fail
  if [ $r = fail ]; then tail -15 "$log"; fi
  loss=$(echo "$last" | sed -n 's/.*| loss \([0-9.naif-]*\) .*/\1/p')
  case $loss in ''|*nan*|*inf*) r=fail ;; esac
  means=$(awk -F' [|] ' -v n="$(wc -l < "$log.steps")" 'NR > n / 2 {
      for (i = 1; i <= NF; i++) {
        if ($i ~ / ms$/) ms += $i + 0
        if ($i ~ / tok\/s$/) tps += $i + 0
        if ($i ~ /^MFU /) { v = $i; sub(/^MFU /, "", v); mfu += v + 0 }
      }
      k++
    } END { if (k) printf "%.1f %.0f %.1f%%", ms / k, tps / k, mfu / k; else print "- - -" }' "$log.steps")
  set -- $means
  echo "$label: $last"
  LAST_LOSS=$loss
  row "$label (loss ${loss:-?})" $r "$1" "$2" "$3" - "$shown"
}

# decode LABEL PLAN: generation tokens/s from the trained checkpoint
decode() {
  label=$1 plan=$2
  log="$work/decode-$(basename "$plan" .bin).log"
  r=pass
  timeout 60 ./gpt23run "$plan" --generate --device "$DEVICE" --ckpt "$work/ckpt-$(basename "$plan" .bin)" \
    --prompt "The model " --max-tokens 100 --temperature 0 > "$log" 2>&1 || r=fail
  tps=$(sed -n 's/.*(\([0-9.]*\) tok\/s) on '"$DEVICE"'.*/\1/p' "$log" | tail -1)
  [ -n "$tps" ] || r=fail
  [ $r = fail ] && tail -5 "$log"
  row "$label" $r - - - "${tps:--}" "$([ "$DEVICE" = cpu ] && echo fp32 || echo bf16)"
}

r=pass
./gpt23c models/gpt23.net -o "$work/gpt23.bin" > "$work/gpt23c.log" 2>&1 || r=fail
[ $r = pass ] || { cat "$work/gpt23c.log"; row "gpt23c models/gpt23.net" fail - - - -; }
if [ $r = pass ]; then
  train "gpt23.net, $STEPS steps" "$work/gpt23.bin" "$STEPS" "$work/ckpt-gpt23" default
  plain=$LAST_LOSS
  decode "gpt23.net decode, 100 tokens" "$work/gpt23.bin"
  # Without CUDA graphs (the default captures and replays them): the same
  # run (same seed) must reach the same loss.
  train "gpt23.net, $STEPS steps, no CUDA graphs" "$work/gpt23.bin" "$STEPS" - default G23_CUDA_GRAPHS=0
  if [ -n "$plain" ] && [ -n "$LAST_LOSS" ] &&
     ! awk -v a="$plain" -v b="$LAST_LOSS" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 1e-3 * (a < 0 ? -a : a) + 1e-4) }'; then
    row "  no graphs: final loss $LAST_LOSS vs graphs $plain" fail - - - -
  fi
  # fp32: bf16 training must learn as well: its final loss within 3% of
  # fp32's (bf16 rounding perturbs each step by about 2^-9 relative; a
  # broken bf16 path leaves the loss far higher or not a number).
  if [ "$DEVICE" != cpu ]; then
    train "gpt23.net, $STEPS steps, fp32" "$work/gpt23.bin" "$STEPS" - fp32
    if [ -n "$plain" ] && [ -n "$LAST_LOSS" ] &&
       ! awk -v b="$plain" -v f="$LAST_LOSS" 'BEGIN { exit !(b <= 1.03 * f && b >= f / 1.03) }'; then
      row "  bf16 final loss $plain vs fp32 $LAST_LOSS: not within 3%" fail - - - -
    fi
  fi
fi
echo "elapsed: $(elapsed) s"

# GPT-2 124M: real widths and depth, a shorter context so 20 steps fit.
r=pass
./gpt23c $GPT2_DEFS models/variants/gpt2_124m.net -o "$work/gpt2_124m.bin" \
  > "$work/gpt23c-124m.log" 2>&1 || r=fail
if [ $r = pass ]; then
  train "gpt2_124m, $STEPS_124M steps" "$work/gpt2_124m.bin" "$STEPS_124M" - default
  train "gpt2_124m, 3 steps, built-in matmul" "$work/gpt2_124m.bin" 3 - default G23_CUDA_MATMUL=builtin
  if [ "$DEVICE" != cpu ]; then
    train "gpt2_124m, $STEPS_124M steps, fp32" "$work/gpt2_124m.bin" "$STEPS_124M" - fp32
    train "gpt2_124m, $(((STEPS_124M + 1) / 2)) steps, TF32 matmuls" "$work/gpt2_124m.bin" $(((STEPS_124M + 1) / 2)) - fp32 \
      G23_CUDA_TF32=1
  fi
else
  tail -5 "$work/gpt23c-124m.log"
  row "gpt23c gpt2_124m.net" fail - - - -
fi

# ---- the table -----------------------------------------------------------------------
echo
printf '%-52s %-6s %-5s %10s %12s %7s %12s\n' "check" "result" "prec" "ms/step" "tokens/s" "MFU" "decode tok/s"
printf '%s' "$rows"
echo "(MFU against $PEAK TFLOP/s, the dense bf16 peak; bf16: matmuls on bf16 operands with fp32 accumulation,"
echo " fp32 weights and kernels; fp32 runs cannot approach that peak)"
echo "total $(elapsed) s; logs in $work"
[ $fails = 0 ]
