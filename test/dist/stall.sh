#!/bin/sh
# stall.sh: one process of a data-parallel run that stops without dying
# (SIGSTOP, after the first checkpoint) would hold the other in the
# gradient reduction for ever; with --dist-timeout 3 the other reports,
# naming itself, that the processes have not all reached the reduction,
# and the job ends with a non-zero status.  (A process that dies ends the
# job through mpirun: kill.sh.)  The job gets five minutes, so that a hang
# fails the test instead of stalling make check.  Skipped (77) without
# mpirun or without the MPI module.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
command -v timeout >/dev/null 2>&1 || { echo "no timeout: skipped"; exit 77; }

compile "$top_srcdir/models/gpt23.net" "$T/b2.bin" -D d_model=32 -D n_layer=1 -D n_head=2 -D max_seq_length=16 \
  -D batch=2
cat "$top_srcdir/README.md" >"$T/data.txt"

# end_job: as in kill.sh (a stopped process is continued to die)
end_job() {
  for m in $(ps -o pid= --ppid $mp 2>/dev/null); do
    for r in $(ps -o pid= --ppid $m 2>/dev/null); do kill -9 $r; kill -CONT $r; done 2>/dev/null
    kill -9 $m 2>/dev/null
  done
  kill -9 $mp 2>/dev/null
}
timeout 300 mpirun -np 2 --oversubscribe --bind-to none "$GPT23RUN" "$T/b2.bin" --train --data "$T/data.txt" \
  --steps 1000000 --ckpt-every 2 --ckpt "$T/k" --eval-every 0 --threads 1 --quiet --dist-timeout 3 \
  >"$T/out" 2>"$T/err" &
mp=$!
trap 'end_job; rm -rf "$T"' EXIT
while [ ! -f "$T/k/checkpoint.g23" ]; do
  kill -0 $mp 2>/dev/null || { cat "$T/err"; fail "the job ended before its first checkpoint"; }
  sleep 0.2
done
run=$(ps -o pid= --ppid $mp | tr -d ' ' | head -n 1)
[ -n "$run" ] || fail "no mpirun found under timeout $mp"
rank=$(ps -o pid= --ppid $run | tr -d ' ' | tail -n 1)
[ -n "$rank" ] || fail "no process of the job found under mpirun $run"
kill -STOP $rank
wait $mp
rc=$?
[ $rc != 124 ] || fail "the job did not end within 300 s after one process stopped"
[ $rc != 0 ] || fail "the job exited 0 after one process stopped"
grep -Eq '^gpt23run\[rank [01]\]: error: step [0-9]+: the other processes have not all reached the gradient reduction in 3 s' \
  "$T/err" || { cat "$T/err"; fail "no error naming the process that waited"; }
echo "stall: a stopped process ended the job after 3 s with status $rc"
