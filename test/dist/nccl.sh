#!/bin/sh
# nccl.sh: data-parallel training on CUDA (docs/distributed.md), each
# process on its own emulated device (test/cuda/fake, first in
# LD_LIBRARY_PATH), the gradients averaged by NCCL in device memory: the
# fake libnccl.so.2 sums the ranks' buffers through shared memory.  Two
# processes of batch 2 against one of batch 4, same seed, 4 steps of a tiny
# gpt23.net in fp32 (the first step launched directly, the second captured
# as a CUDA graph with its NCCL calls, the others replayed): the loss and
# gradient norm of every step and the final weights and AdamW moments agree
# to 1e-5 relative, and every rank's NCCL ran one all-reduce per gradient
# per step, over every parameter (the fake's G23_FAKE_NCCL_LOG).  Where no
# libnccl is installed, two processes without the fake NCCL stop with an
# error naming NCCL.  --accumulate is refused on the device.  Skipped (77) without mpirun or the MPI module.
#
# The model is gpt23.net without the attention's biases, for the reason
# test/dist/equiv.sh gives.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
COMPARE="$top_builddir/test/dist/ckpt-compare"
for lib in libcuda.so.1 libnvrtc.so.13 libcublasLt.so.13 libnccl.so.2; do
  [ -f "$top_builddir/test/cuda/fake/$lib" ] || fail "test/cuda/fake/$lib not built (make check builds it)"
done
fake=$(cd "$top_builddir/test/cuda/fake" && pwd) || exit 99
XDG_CACHE_HOME="$T/cache"
export XDG_CACHE_HOME
unset G23_CUDA_GRAPHS G23_CUDA_MATMUL G23_CUDA_TF32 G23_CUDA_DEVICE G23_FAKE_LT_NOALGO G23_FAKE_CUDA_MEM \
  G23_FAKE_CUDA_SEED G23_FAKE_NCCL_LOG 2>/dev/null

small="-D d_model=16 -D n_layer=2 -D n_head=2 -D max_seq_length=16"
biasless_gpt23 "$T/gpt23.net"
compile "$T/gpt23.net" "$T/b2.bin" $small -D batch=2
compile "$T/gpt23.net" "$T/b4.bin" $small -D batch=4
cp "$top_srcdir/test/tok/fixtures/train.txt" "$T/data.txt" # a fixed text: the docs change
STEPS=4
common="--train --device cuda --precision fp32 --data $T/data.txt --steps $STEPS --seed 7 --eval-every 0 --threads 1"
# MPI LIBS ARGS...: two processes with the libraries of LIBS first (mpirun's
# processes on this machine inherit its environment)
MPI() {
  libs=$1
  shift
  LD_LIBRARY_PATH="$libs${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" mpirun -np 2 --oversubscribe --bind-to none \
    "$GPT23RUN" "$@"
}

LD_LIBRARY_PATH="$fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$GPT23RUN" "$T/b4.bin" $common \
  --log "$T/one.jsonl" --ckpt "$T/one" 2>"$T/err" || { cat "$T/err"; fail "one process on the emulated device"; }
grep -q "on cuda: .* batch 4 x 16" "$T/err" || { cat "$T/err"; fail "one process: not on cuda"; }
G23_FAKE_NCCL_LOG="$T/nccl.log"
export G23_FAKE_NCCL_LOG
MPI "$fake" "$T/b2.bin" $common --verbose --log "$T/two.jsonl" --ckpt "$T/two" >"$T/out" 2>"$T/err" ||
  { tail -30 "$T/err"; fail "two processes on the emulated devices"; }
unset G23_FAKE_NCCL_LOG
grep -q "on cuda: .* batch 4 (2 processes x 2) x 16" "$T/err" || { cat "$T/err"; fail "two processes: the header"; }
for r in 0 1; do
  grep -q "^gpt23run: rank $r of 2 on CUDA device gpt23 emulated CUDA device, NCCL 2\.28\.9$" "$T/err" ||
    { cat "$T/err"; fail "rank $r did not join the NCCL communicator"; }
done
[ "$(grep -c 'captured the train graph' "$T/err")" = 2 ] ||
  { cat "$T/err"; fail "the train graph of each process was not captured as a CUDA graph"; }
[ "$(grep -c '"loss"' "$T/two.jsonl")" = $STEPS ] || fail "the log of two processes has not one line a step"

# gradient accumulation keeps its sum at the host: refused on the device
LD_LIBRARY_PATH="$fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" "$GPT23RUN" "$T/b2.bin" $common --accumulate 2 \
  --ckpt "$T/acc" 2>"$T/acc.err" && fail "--accumulate on the emulated device exited 0"
grep -q "error: .*--accumulate is for training on the CPU; on cuda" "$T/acc.err" ||
  { cat "$T/acc.err"; fail "no error naming --accumulate on cuda"; }
[ ! -e "$T/acc/checkpoint.g23" ] || fail "the refused run wrote a checkpoint"

# the loss and gradient norm of every step, to 1e-5 relative
pick='s/.*"step":\([0-9]*\),"loss":\([^,]*\),"lr":[^,]*,"grad_norm":\([^,]*\),.*/\1 \2 \3/p'
sed -n "$pick" "$T/one.jsonl" >"$T/a"
sed -n "$pick" "$T/two.jsonl" >"$T/b"
awk -v steps=$STEPS '
  function off(x, y) { d = x - y; if (d < 0) d = -d; if (y < 0) y = -y; return d > 1e-5 * y }
  NR == FNR { loss[$1] = $2; norm[$1] = $3; next }
  { n++
    if (!($1 in loss) || off($2, loss[$1]) || off($3, norm[$1])) {
      print "step " $1 ": loss " $2 " norm " $3 " against " loss[$1] " " norm[$1]; bad = 1 } }
  END { if (n != steps) { print n + 0 " steps compared, expected " steps; bad = 1 }; exit bad }' \
  "$T/a" "$T/b" || fail "losses or gradient norms of two processes and of one differ"
"$COMPARE" "$T/two/checkpoint.g23" "$T/one/checkpoint.g23" 1e-5 || fail "weights of two processes and of one differ"

# what the fake NCCL ran: per rank, one all-reduce per gradient a step, every
# parameter once a step, in one group per bucket
params=$(sed -n 's/^gpt23run: .* on cuda: \([0-9]*\) parameters.*/\1/p' "$T/err")
grads=$("$GPT23C" --dump "$T/b2.bin" | grep -c '^  grad:')
[ -n "$params" ] && [ "$grads" -gt 0 ] || fail "no parameter or gradient count"
for r in 0 1; do
  grep -Eq "^rank $r of 2: $((grads * STEPS)) allreduce, $((params * STEPS)) elements, [1-9][0-9]* groups$" \
    "$T/nccl.log" || { cat "$T/nccl.log"; fail "rank $r: not $grads all-reduces of $params elements a step"; }
done

# no libnccl: a clear error (where the system has none the fakes could hide)
if ldconfig -p 2>/dev/null | grep -q 'libnccl\.so'; then
  echo "nccl: a libnccl is installed here: the error of a missing one is not checked"
else
  mkdir "$T/nonccl"
  for lib in libcuda.so.1 libnvrtc.so.13 libcublasLt.so.13; do ln -s "$fake/$lib" "$T/nonccl/$lib"; done
  CUDA_HOME=$T/none
  export CUDA_HOME
  MPI "$T/nonccl" "$T/b2.bin" $common --quiet >"$T/out" 2>"$T/err" && fail "two processes without NCCL exited 0"
  grep -Eq '^gpt23run\[rank [01]\]: error: .*training in 2 processes on CUDA reduces the gradients with NCCL: cannot load NCCL' \
    "$T/err" || { cat "$T/err"; fail "no error naming the missing NCCL"; }
  unset CUDA_HOME
fi
echo "nccl: 2 x 2 on two emulated devices through NCCL matches 1 x 4 for $STEPS steps; $grads all-reduces a step"
