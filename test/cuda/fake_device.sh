#!/bin/sh
# The real CUDA backend, unmodified, end to end on the emulated CUDA device
# (test/cuda/fake: libcuda.so.1, libnvrtc.so.13 and libcublasLt.so.13 on
# the CPU, first in LD_LIBRARY_PATH).  On a tiny gpt23.net:
#
#   fp32 training on cuda prints the CPU's losses and gradient norms, and
#   so do CUDA graphs (captured on the second run, replayed after: the same
#   numbers bit for bit), the built-in matmul forced (G23_CUDA_MATMUL) and
#   the built-in matmul as the fallback when cuBLASLt offers no algorithm;
#   bf16 training stays near fp32 and visibly differs from it; greedy
#   generation on cuda writes the CPU's text, with and without graphs; the
#   second process finds the kernels in the CUBIN cache; a device too small
#   for the plan is a clean "out of device memory" error.
#
# The fake driver queues work until a synchronisation point, runs kernels
# under the CUDA execution-model emulator with a thread order that changes
# per launch, and enforces the capture rules and launch limits, so a
# backend that reads results it did not wait for, breaks a capture or
# launches beyond a limit fails here.
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
GPT23C="$top_builddir/gpt23c"
GPT23RUN="$top_builddir/gpt23run"
[ -x "$GPT23C" ] && [ -x "$GPT23RUN" ] || { echo "gpt23c/gpt23run not built"; exit 99; }
for lib in libcuda.so.1 libnvrtc.so.13 libcublasLt.so.13; do
  [ -f "$top_builddir/test/cuda/fake/$lib" ] || { echo "test/cuda/fake/$lib not built (make check builds it)"; exit 99; }
done
fake=$(cd "$top_builddir/test/cuda/fake" && pwd) || exit 99
T=$(mktemp -d "${TMPDIR:-/tmp}/g23-fake.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
# A fresh kernel cache: the first CUDA run must compile.
XDG_CACHE_HOME="$T/cache"
OMP_WAIT_POLICY=passive
export XDG_CACHE_HOME OMP_WAIT_POLICY
unset G23_CUDA_GRAPHS G23_CUDA_MATMUL G23_CUDA_TF32 G23_CUDA_DEVICE G23_FAKE_LT_NOALGO G23_FAKE_CUDA_MEM \
  G23_FAKE_CUDA_SEED 2>/dev/null
status=0
fail() {
  echo "FAIL: $*"
  status=1
}
start=$(date +%s)

"$GPT23C" -D batch=2 -D d_model=16 -D n_layer=2 -D n_head=2 -D max_seq_length=16 \
  "$top_srcdir/models/gpt23.net" -o "$T/plan.bin" || { echo "FAIL: gpt23c"; exit 1; }
nkernels=$("$GPT23C" -D batch=2 -D d_model=16 -D n_layer=2 -D n_head=2 -D max_seq_length=16 \
  "$top_srcdir/models/gpt23.net" --emit stats | sed -n 's/^model .*: \([0-9]*\) kernels in the plan$/\1/p')
printf 'hello world, hello gpt23. ' > "$T/data.txt"
for i in 1 2 3 4 5 6; do cat "$T/data.txt" "$T/data.txt" > "$T/d2" && mv "$T/d2" "$T/data.txt"; done

STEPS=6
# train NAME DEVICE ENV [ARGS...]: $STEPS steps with the environment
# assignments ENV ("" for none); log in $T/NAME.jsonl, stdout and stderr in
# $T/NAME.out.  Every run sees the fake libraries first.
train() {
  name=$1 dev=$2 vars=$3
  shift 3
  # shellcheck disable=SC2086
  env LD_LIBRARY_PATH="$fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" $vars "$GPT23RUN" "$T/plan.bin" --train \
    --device "$dev" --steps $STEPS --data "$T/data.txt" --eval-every 0 --threads 2 --log "$T/$name.jsonl" "$@" \
    > "$T/$name.out" 2>&1
  rc=$?
  if [ $rc != 0 ]; then
    tail -20 "$T/$name.out"
    fail "$name: gpt23run exited with $rc"
    return 1
  fi
  [ "$(grep -c '"loss"' "$T/$name.jsonl")" = $STEPS ] || { fail "$name: not $STEPS steps in the log"; return 1; }
}

# close NAME_A NAME_B TOL_LOSS TOL_NORM: every step's loss and grad_norm of
# run B within the relative tolerances of run A's; prints the largest
# differences.
close() {
  awk -v tl="$3" -v tn="$4" -v what="$2 against $1" '
    function val(line, key) {
      if (match(line, "\"" key "\":[-0-9.e+]*")) return substr(line, RSTART + length(key) + 3, RLENGTH - length(key) - 3) + 0
      return "none"
    }
    function rel(a, b, d) { d = a - b; if (d < 0) d = -d; return a == 0 ? d : d / (a < 0 ? -a : a) }
    NR == FNR { if (index($0, "\"loss\"")) { n++; la[n] = val($0, "loss"); ga[n] = val($0, "grad_norm") } next }
    index($0, "\"loss\"") {
      m++
      l = val($0, "loss"); g = val($0, "grad_norm")
      if (l == "none" || g == "none" || l != l || g != g) bad = 1
      r = rel(la[m], l); if (r > ml) ml = r
      r = rel(ga[m], g); if (r > mg) mg = r
    }
    END {
      printf "%s: losses within %.2g, gradient norms within %.2g (relative)\n", what, ml, mg
      exit !(m == n && m > 0 && !bad && ml <= tl && mg <= tn)
    }' "$T/$1.jsonl" "$T/$2.jsonl"
}

# ---- a: fp32 on cuda against the CPU ---------------------------------------------
# Both compute in fp32, in different orders: the CPU's kernels accumulate
# rows in double and multiply with OpenBLAS; the CUDA kernels keep float
# partials per thread and reduce them as trees, and the fake cuBLASLt sums
# in float64.  Measured over 8 steps, in every fp32 configuration below:
# losses and gradient norms within 1.1e-7 relative (one ulp of the loss is
# 8.7e-8 of it).  1e-6 leaves a factor of 9 for another CPU's BLAS; a
# wrong kernel, a stale read or a lost bias moves them far more.
FP32=1e-6
train cpu cpu ""
train fp32 cuda G23_CUDA_GRAPHS=0 --precision fp32 --verbose &&
  {
    grep -q 'CUDA device 0: gpt23 emulated CUDA device, sm_90' "$T/fp32.out" || fail "fp32: not on the emulated device"
    grep -Eq 'compiling ([0-9]+) of \1 parts? of the CUDA kernels with NVRTC 13.0 for sm_90' "$T/fp32.out" ||
      fail "fp32: the first run did not compile the kernels"
    grep -Eq "^gpt23run: compiling $nkernels kernels( \(.*\))?\.\.\.$" "$T/fp32.out" &&
      grep -Eq '^gpt23run: compiled in [0-9]+\.[0-9] s$' "$T/fp32.out" ||
      fail "fp32: the NVRTC compilation of $nkernels kernels was not reported"
    close cpu fp32 $FP32 $FP32 || fail "fp32 on cuda differs from the CPU"
  }

# ---- b, f: CUDA graphs (the default); the CUBIN cache ------------------------------
# The run above launched directly (G23_CUDA_GRAPHS=0).  The graph run is the
# second CUDA process: its kernels come from the cache.
# The train graph runs directly once, is captured on its second run and
# replayed after.  The emulator is deterministic (the same launches in the
# same order run in the same thread orders), so graphs must give the very
# same numbers.
if train graphs cuda "" --precision fp32 --verbose; then
  grep -q 'CUDA kernels from the cache' "$T/graphs.out" || fail "graphs: the second run was not a CUBIN cache hit"
  grep -q "^gpt23run: $nkernels kernels found in the cache ($T/cache/gpt23)$" "$T/graphs.out" ||
    fail "graphs: the cache hit was not reported with --verbose"
  grep -q 'of the CUDA kernels with NVRTC' "$T/graphs.out" && fail "graphs: the second run compiled again"
  [ "$(grep -c 'captured the train graph' "$T/graphs.out")" = 1 ] || fail "graphs: the train graph was not captured once"
  awk '/^step 1\//{s1=NR} /captured the train graph/{c=NR} /^step 3\//{s3=NR} END{exit !(s1 && c > s1 && c < s3)}' \
    "$T/graphs.out" || fail "graphs: not captured on the second step"
  sed 's/,"ms".*//' "$T/fp32.jsonl" > "$T/fp32.steps"
  sed 's/,"ms".*//' "$T/graphs.jsonl" > "$T/graphs.steps"
  cmp -s "$T/fp32.steps" "$T/graphs.steps" || { diff "$T/fp32.steps" "$T/graphs.steps"; fail "graphs change the numbers"; }
fi

# ---- c: bf16 -------------------------------------------------------------------------
# bf16 rounds each matmul's A and B to 8 significant bits (2^-9 relative).
# At this size that moves the losses by 1.8e-5 and the gradient norms by
# 8.9e-4 relative (measured over 8 steps; the gradients pass through twice
# as many matmuls, and the loss of a young model depends little on its
# logits).  Tolerances ten times that: 2e-4 and 1e-2 (test/gpu/compare.c
# allows 2e-3 for a loss and 3e-2 for each gradient at full size).  And
# bf16 must differ from fp32 by more than fp32's tolerance: operands that
# were never rounded would pass the first check alone.
if train bf16 cuda "" --precision bf16 --verbose; then
  grep -q 'bf16 matmuls' "$T/bf16.out" || fail "bf16: not in bf16"
  close cpu bf16 2e-4 1e-2 || fail "bf16 is not near fp32"
  close cpu bf16 $FP32 $FP32 > /dev/null && fail "bf16 agrees with fp32 to fp32's tolerance: no bf16 rounding"
fi

# ---- d: the built-in matmul kernel ---------------------------------------------------
if train noalgo cuda G23_FAKE_LT_NOALGO=1 --precision fp32; then
  grep -q 'cuBLASLt has no algorithm for the matmul' "$T/noalgo.out" || fail "noalgo: no fallback to the built-in matmul"
  close cpu noalgo $FP32 $FP32 || fail "the built-in matmul (fallback) differs from the CPU"
fi
if train builtin cuda G23_CUDA_MATMUL=builtin --precision fp32 --verbose; then
  grep -Eq 'fp32 matmuls(, CUDA graphs)?, built-in matmul' "$T/builtin.out" ||
    fail "builtin: G23_CUDA_MATMUL=builtin not in effect"
  close cpu builtin $FP32 $FP32 || fail "the built-in matmul (forced) differs from the CPU"
fi

# ---- e: generation -----------------------------------------------------------------
# Greedy decoding picks the largest logit; where two are within rounding of
# each other, fp32 summed in another order may pick the other one, so the
# texts of a barely trained model need not agree.  A model trained until it
# reproduces its data has a clear winner at every step (its loss is 0.04:
# the chosen byte has probability near 0.96), so the CPU, CUDA and CUDA
# with graphs (prefill and decode replayed) must write the same, expected,
# text.  Trained on the CPU, which takes a fraction of a second.
"$GPT23RUN" "$T/plan.bin" --train --device cpu --steps 200 --lr 1e-2 --warmup 10 --weight-decay 0 \
  --data "$T/data.txt" --eval-every 0 --quiet --threads 2 --ckpt "$T/ck" > "$T/gtrain.out" 2>&1 ||
  { cat "$T/gtrain.out"; fail "training the generation model"; }
want="hello world, hello gpt23. hello world, hello gpt23. he"
for run in cpu cuda graphs; do
  dev=$run vars=""
  [ $run = cuda ] && vars=G23_CUDA_GRAPHS=0
  [ $run = graphs ] && dev=cuda
  # shellcheck disable=SC2086
  env LD_LIBRARY_PATH="$fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" $vars "$GPT23RUN" "$T/plan.bin" --generate \
    --device $dev --ckpt "$T/ck" --prompt "hello w" --top-k 1 --seed 7 --max-tokens 47 --threads 2 \
    > "$T/gen-$run.txt" 2> "$T/gen-$run.err" || { cat "$T/gen-$run.err"; fail "generation on $run"; }
  got=$(cat "$T/gen-$run.txt")
  [ "$got" = "$want" ] || fail "generation on $run: '$got', expected '$want'"
done
grep -q 'tokens in .* on cuda' "$T/gen-cuda.err" || fail "generation did not run on cuda"

# ---- f: a device too small for the plan -------------------------------------------------
# 32 MiB for cuBLASLt's workspace and 64 KiB more: the arena (330 KB) does
# not fit.
env LD_LIBRARY_PATH="$fake" G23_FAKE_CUDA_MEM=$((32 * 1048576 + 65536)) "$GPT23RUN" "$T/plan.bin" --train \
  --device cuda --precision fp32 --steps 1 --data "$T/data.txt" --eval-every 0 > "$T/oom.out" 2>&1
rc=$?
[ $rc = 1 ] || { cat "$T/oom.out"; fail "out of device memory: exit status $rc, expected 1"; }
grep -Eq 'out of device memory: the plan needs [0-9]+ bytes .* for its arena; gpt23 emulated CUDA device has 65536 bytes' \
  "$T/oom.out" || { cat "$T/oom.out"; fail "out of device memory: not the arena's error"; }

# ---- g: --check-bounds -------------------------------------------------------------------
# Token ids shifted past the embedding table: the checked CUDA kernel prints
# the node, the index and the bound and traps, and the run fails; unchecked,
# the same plan trains (the index reads zeros).
cat > "$T/shift.net" <<'NET'
include "std.net"
hparams {
  vocab = 256
  max_seq_length = 8
  batch = 2
  seq = 8
}
input  tokens : i32[batch, seq]
target next   : i32[batch, seq]
logits = dense(embedding(tokens + 128, vocab, 8), vocab)
loss cross_entropy(logits, next)
NET
"$GPT23C" "$T/shift.net" -I "$top_srcdir/models" -o "$T/shift.bin" || fail "gpt23c shift.net"
awk 'BEGIN { for (i = 0; i < 400; i++) printf "\303" }' > "$T/shift.txt"
env LD_LIBRARY_PATH="$fake" "$GPT23RUN" "$T/shift.bin" --train --device cuda --precision fp32 --steps 1 \
  --data "$T/shift.txt" --eval-every 0 --quiet > "$T/shift.out" 2>&1 || { cat "$T/shift.out"; fail "unchecked shift"; }
env LD_LIBRARY_PATH="$fake" "$GPT23RUN" "$T/shift.bin" --train --device cuda --precision fp32 --steps 1 \
  --data "$T/shift.txt" --eval-every 0 --quiet --check-bounds > "$T/checked.out" 2>&1
rc=$?
[ $rc = 1 ] || { cat "$T/checked.out"; fail "--check-bounds on cuda: exit status $rc, expected 1"; }
grep -Eq 'index out of range: gather at [^ ]*std.net:[0-9]+:[0-9]+ in the train graph: index 323 is outside 0 \.\. 255' \
  "$T/checked.out" || { cat "$T/checked.out"; fail "--check-bounds on cuda: no report of the gather"; }

# ---- h: gpt23c --gradcheck on the device --------------------------------------------------
# Every graph's CUDA kernels against the float64 evaluator, and decode with
# its cache against prefill, through the user's command.  Under the
# sanitizers (make distcheck), without LeakSanitizer's check at exit: with
# the C kernels' OpenMP threads and the emulated device's loaded, its
# tracer has been seen to crash ("Tracer caught signal 11", a fatal
# LeakSanitizer error that loses the buffered report) after the checks had
# run, as test/nvrtc/nvrtc_compile.sh describes.  AddressSanitizer and UBSan
# still check these runs; gpt23c's gradcheck on the CPU keeps the leak check
# (test/runtime/check_model.sh).
nolsan="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
env ASAN_OPTIONS="$nolsan" LD_LIBRARY_PATH="$fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$GPT23C" "$top_srcdir/models/gpt23.net" \
  --gradcheck=kernels --device cuda -D n_layer=1 > "$T/gradcheck.out" 2>&1 ||
  { cat "$T/gradcheck.out"; fail "gpt23c --gradcheck=kernels --device cuda"; }
grep -q '^kernels   on cuda:' "$T/gradcheck.out" || { cat "$T/gradcheck.out"; fail "--gradcheck did not run on cuda"; }
[ "$(grep -c '^kernels .*  PASS$' "$T/gradcheck.out")" = 5 ] ||
  { cat "$T/gradcheck.out"; fail "--gradcheck on cuda: not 5 graphs passed"; }
# Every shipped model, one layer deep: its CUDA kernels against the
# float64 evaluator, decode against prefill.
for model in "$top_srcdir"/models/variants/*.net; do
  extra=
  case $model in */translate.net) extra="-D n_enc_layer=1" ;; esac
  # shellcheck disable=SC2086
  env ASAN_OPTIONS="$nolsan" LD_LIBRARY_PATH="$fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$GPT23C" -I "$top_srcdir/models" "$model" \
    --gradcheck=kernels --device cuda -D n_layer=1 $extra > "$T/gradcheck.out" 2>&1 ||
    { cat "$T/gradcheck.out"; fail "gpt23c --gradcheck=kernels --device cuda $model"; }
  grep -q '^kernels   on cuda:' "$T/gradcheck.out" || { cat "$T/gradcheck.out"; fail "$model: not run on cuda"; }
done

echo "fake_device: $(($(date +%s) - start)) s"
exit $status
