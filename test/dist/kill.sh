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

start_job 300 "$T/b2.bin" --train --data "$T/data.txt" --steps 1000000 --ckpt-every 2 --ckpt "$T/k" \
  --eval-every 0 --threads 1 --quiet
wait_checkpoint "$T/k"
job_rank
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
