#!/bin/sh
# kill.sh: one process of a data-parallel run killed (SIGKILL, after the
# first checkpoint) ends the whole job with a non-zero status instead of
# leaving the others waiting in a collective, mpirun names it, and the last checkpoint is
# intact: it loads, and one process resumes from it.  The job gets five
# minutes to end, far beyond the seconds it takes, so that a hang fails
# the test instead of stalling make check.  Skipped (77) without mpirun or
# without the MPI module.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
command -v timeout >/dev/null 2>&1 || { echo "no timeout: skipped"; exit 77; }

small="-D d_model=32 -D n_layer=1 -D n_head=2 -D max_seq_length=16"
compile "$top_srcdir/models/gpt23.net" "$T/b2.bin" $small -D batch=2
compile "$top_srcdir/models/gpt23.net" "$T/b4.bin" $small -D batch=4
cat "$top_srcdir/README.md" >"$T/data.txt"

# end_job: timeout, its mpirun and the processes of the job (mpirun puts
# each in a process group of its own), whatever happens to the test
end_job() {
  for m in $(ps -o pid= --ppid $mp 2>/dev/null); do
    kill -9 $(ps -o pid= --ppid $m 2>/dev/null) $m 2>/dev/null
  done
  kill -9 $mp 2>/dev/null
}
timeout 300 mpirun -np 2 --oversubscribe --bind-to none "$GPT23RUN" "$T/b2.bin" --train \
  --data "$T/data.txt" --steps 1000000 --ckpt-every 2 --ckpt "$T/k" --eval-every 0 --threads 1 --quiet \
  >"$T/out" 2>"$T/err" &
mp=$!
trap 'end_job; rm -rf "$T"' EXIT
# the mpirun below timeout: the one whose children are the ranks
while [ ! -f "$T/k/checkpoint.g23" ]; do
  kill -0 $mp 2>/dev/null || { cat "$T/err"; fail "the job ended before its first checkpoint"; }
  sleep 0.2
done
run=$(ps -o pid= --ppid $mp | tr -d ' ' | head -n 1)
[ -n "$run" ] || fail "no mpirun found under timeout $mp"
rank=$(ps -o pid= --ppid $run | tr -d ' ' | tail -n 1)
[ -n "$rank" ] || fail "no process of the job found under mpirun $run"
kill -9 $rank
wait $mp
rc=$?
[ $rc != 124 ] || fail "the job did not end within 300 s after one process was killed"
[ $rc != 0 ] || fail "the job exited 0 after one process was killed"
# mpirun names the process that died
grep -Eq 'noticed that process rank [01] .*signal 9' "$T/err" || { cat "$T/err"; fail "the killed process is not named"; }
"$GPT23C" --dump "$T/k/checkpoint.g23" >"$T/dump" || fail "the checkpoint does not load"
step=$(sed -n 's/^step \([0-9]*\) of.*/\1/p' "$T/dump")
[ -n "$step" ] && [ "$step" -ge 2 ] || { cat "$T/dump"; fail "no step in the checkpoint"; }
RUN "$T/b4.bin" --train --data "$T/data.txt" --resume --ckpt "$T/k" --stop-at $((step + 1)) --eval-every 0 \
  --quiet 2>"$T/err" || { cat "$T/err"; fail "one process does not resume from the checkpoint"; }
echo "kill: the job ended with status $rc; its checkpoint of step $step resumes"
