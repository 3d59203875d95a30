# lib.sh: sourced by the tests that start processes with mpirun, after
# test/cli/lib.sh.  Skips (77) without mpirun or without the MPI module,
# and sets the environment every mpirun of the tests needs.
command -v mpirun >/dev/null 2>&1 || { echo "no mpirun: skipped"; exit 77; }
[ -f "$top_builddir/gpt23-mpi.so" ] || { echo "gpt23 was built without MPI: skipped"; exit 77; }
# make check runs as root in CI; Open MPI refuses that unless told
OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_ALLOW_RUN_AS_ROOT OMPI_ALLOW_RUN_AS_ROOT_CONFIRM
# Open MPI's own allocations outlive MPI_Finalize: under AddressSanitizer
# (make distcheck) these runs check memory errors, not leaks.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS

# biasless_gpt23 FILE: models/gpt23.net without the attention's biases (and
# so without its names table for GPT-2 checkpoints, which names them): the
# gradient of the key bias is zero in exact arithmetic, so what is computed
# for it is rounding noise that AdamW turns into steps of the learning rate,
# and no two orders of summation agree on it.
biasless_gpt23() {
  sed -e '/causal_self_attention(/s/dropout = dropout)/dropout = dropout, bias = false)/' -e '/^names hf {/,/^}/d' \
    "$top_srcdir/models/gpt23.net" >"$1"
  grep -q 'bias = false' "$1" || fail "the attention of gpt23.net was not found"
}

# same_losses A B [FIRST]: the loss and the gradient norm of steps FIRST..20
# of logs A and B, to 1e-5 (the norm is of the averaged gradient: AdamW
# with clipping would not see a sum in place of the mean, the norm does)
same_losses() {
  pick='s/.*"step":\([0-9]*\),"loss":\([^,]*\),"lr":[^,]*,"grad_norm":\([^,]*\),.*/\1 \2 \3/p'
  sed -n "$pick" "$1" >"$T/a"
  sed -n "$pick" "$2" >"$T/b"
  awk -v first="${3:-1}" '
    function off(x, y) { d = x - y; if (d < 0) d = -d; if (y < 0) y = -y; return d > 1e-5 * y }
    NR == FNR { loss[$1] = $2; norm[$1] = $3; next }
    $1 >= first { n++
                  if (!($1 in loss) || off($2, loss[$1]) || off($3, norm[$1])) {
                    print "step " $1 ": loss " $2 " norm " $3 " against " loss[$1] " " norm[$1]; bad = 1 } }
    END { if (n != 21 - first) { print n + 0 " steps compared, expected " 21 - first; bad = 1 }; exit bad }' \
    "$T/b" "$T/a" || fail "losses or gradient norms of $1 and $2 differ"
}

# start_job LIMIT ARGS...: mpirun -np 2 of gpt23run ARGS in the background,
# under timeout LIMIT (so that a hang fails the test instead of stalling
# make check), its output in $T/out and $T/err, its pid in mp; end_job is
# called on exit.  job_rank then sets rank to the pid of the job's last process.
start_job() {
  limit=$1
  shift
  timeout "$limit" mpirun -np 2 --oversubscribe --bind-to none "$GPT23RUN" "$@" >"$T/out" 2>"$T/err" &
  mp=$!
  trap 'end_job; rm -rf "$T"' EXIT
}
# end_job: timeout, its mpirun and the processes of the job (mpirun puts
# each in a process group of its own; a stopped one is continued to die),
# whatever happens to the test
end_job() {
  for m in $(ps -o pid= --ppid $mp 2>/dev/null); do
    for r in $(ps -o pid= --ppid $m 2>/dev/null); do kill -9 $r; kill -CONT $r; done 2>/dev/null
    kill -9 $m 2>/dev/null
  done
  kill -9 $mp 2>/dev/null
}
job_rank() {
  run=$(ps -o pid= --ppid $mp | tr -d ' ' | head -n 1)
  [ -n "$run" ] || fail "no mpirun found under timeout $mp"
  rank=$(ps -o pid= --ppid $run | tr -d ' ' | tail -n 1)
  [ -n "$rank" ] || fail "no process of the job found under mpirun $run"
}
# wait_checkpoint DIR: until the job has written its first checkpoint there
wait_checkpoint() {
  while [ ! -f "$1/checkpoint.g23" ]; do
    kill -0 $mp 2>/dev/null || { cat "$T/err"; fail "the job ended before its first checkpoint"; }
    sleep 0.2
  done
}
