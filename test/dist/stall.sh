#!/bin/sh
# stall.sh: one process of a data-parallel run that stops without dying
# would hold the others in a collective for ever; with --dist-timeout 3 the
# others report, naming what they wait for, that the processes have not
# all reached it, and the job ends with a non-zero status.  (A process that
# dies ends the job through mpirun: kill.sh.)  The last process stops:
#   - by SIGSTOP from outside, after the first checkpoint, wherever it is;
#   - by itself (G23_DIST_STOP) at each point where the others can next
#     wait for it: before the step's gradient reduction, before the step's
#     agreement on the loss and signals (after the reduction has finished),
#     and with --zero before the gradient norm's gather.
# Then the same on CUDA, each process on its own emulated device with the
# gradients averaged by NCCL (test/cuda/fake, set up as test/dist/nccl.sh
# does): there the others wait for the stopped one in the host's wait for
# the step's device work (the all-reduce never completes), or at the step's
# end; the fake NCCL's all-reduce leaves its stream unfinished while a peer
# is missing, as NCCL's does, so the wait that gives up is gpt23's own.
# Each job gets two minutes, so that a hang fails the test instead of
# stalling make check.  Skipped (77) without mpirun or the MPI module.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
command -v timeout >/dev/null 2>&1 || { echo "no timeout: skipped"; exit 77; }

compile "$top_srcdir/models/gpt23.net" "$T/b2.bin" -D d_model=32 -D n_layer=1 -D n_head=2 -D max_seq_length=16 \
  -D batch=2
cat "$top_srcdir/README.md" >"$T/data.txt"

# ended HOW WHAT: the job ended within its time, not with 0, and a process
# said that the others had not all reached WHAT in 3 s
ended() {
  wait $mp
  rc=$?
  [ $rc != 124 ] || fail "$1: the job did not end within its two minutes"
  [ $rc != 0 ] || fail "$1: the job exited 0"
  grep -Eq "^gpt23run\[rank [01]\]: error: step [0-9]+: the other processes have not all reached $2 in 3 s" \
    "$T/err" || { cat "$T/err"; fail "$1: no error naming $2"; }
  echo "stall: $1: the job ended after 3 s with status $rc"
}

train="$T/b2.bin --train --data $T/data.txt --steps 1000000 --ckpt-every 2 --eval-every 0 --threads 1 --quiet
  --dist-timeout 3"
rm -rf "$T/k"
start_job 120 $train --ckpt "$T/k"
wait_checkpoint "$T/k"
job_rank
kill -STOP $rank
ended "SIGSTOP after the first checkpoint" "(the gradient reduction|the end of the step|the gradient norm)"

for case in "reduction:the gradient reduction:" "step-end:the end of the step:" \
  "norm:the gradient norm:--zero" "step-end:the end of the step:--zero"; do
  point=${case%%:*}
  rest=${case#*:}
  what=${rest%%:*}
  zero=${rest#*:}
  rm -rf "$T/k"
  export G23_DIST_STOP=$point
  start_job 120 $train --ckpt "$T/k" $zero
  ended "stopped before $what${zero:+ ($zero)}" "$what"
done

# on CUDA: SIGSTOP from outside after the first checkpoint; stopped by itself
# before the reduction, and at the step's end (after its reduction finished)
unset G23_DIST_STOP
for lib in libcuda.so.1 libnvrtc.so.13 libcublasLt.so.13 libnccl.so.2; do
  [ -f "$top_builddir/test/cuda/fake/$lib" ] || fail "test/cuda/fake/$lib not built (make check builds it)"
done
fake=$(cd "$top_builddir/test/cuda/fake" && pwd) || exit 99
LD_LIBRARY_PATH="$fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
XDG_CACHE_HOME="$T/cache"
export LD_LIBRARY_PATH XDG_CACHE_HOME
unset G23_CUDA_GRAPHS G23_CUDA_MATMUL G23_CUDA_TF32 G23_CUDA_DEVICE G23_FAKE_LT_NOALGO G23_FAKE_CUDA_MEM \
  G23_FAKE_CUDA_SEED G23_FAKE_NCCL_LOG 2>/dev/null
cuda="$train --device cuda --precision fp32"
rm -rf "$T/k"
start_job 120 $cuda --ckpt "$T/k"
wait_checkpoint "$T/k"
job_rank
kill -STOP $rank
ended "CUDA: SIGSTOP after the first checkpoint" "(the gradient reduction|the end of the step)"

for case in "reduction:the gradient reduction" "step-end:the end of the step"; do
  point=${case%%:*}
  what=${case#*:}
  rm -rf "$T/k"
  export G23_DIST_STOP=$point
  start_job 120 $cuda --ckpt "$T/k"
  ended "CUDA: stopped before $what" "$what"
done
