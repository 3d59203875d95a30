#!/bin/sh
# zero.sh: ZeRO-1 in two processes (--zero, docs/distributed.md).  Two
# processes of batch B with --zero against one of batch 2B, 20 steps of the
# small gpt23.net of equiv.sh: the loss and gradient norm of every step and
# the final weights and AdamW moments agree to 1e-5 relative.  Against two
# processes without --zero they are the same bit for bit (a sum of two
# floats has one value whichever process adds it, and the update is the
# plan's arithmetic), and each process holds half the moments.  Then a
# --zero run of two processes stopped at step 10 and resumed by one process
# continues to the same losses and weights: the checkpoint holds every
# shard's moments.  Skipped (77) without mpirun or without the MPI module.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
COMPARE="$top_builddir/test/dist/ckpt-compare"

small="-D d_model=64 -D n_layer=2 -D n_head=2 -D max_seq_length=32"
# without the attention's biases: see equiv.sh
biasless_gpt23 "$T/gpt23.net"
compile "$T/gpt23.net" "$T/b4.bin" $small -D batch=4
compile "$T/gpt23.net" "$T/b8.bin" $small -D batch=8
cp "$top_srcdir/test/tok/fixtures/train.txt" "$T/data.txt" # a fixed text: the docs change
common="--train --data $T/data.txt --steps 20 --seed 7 --eval-every 0 --threads 1 --quiet"
MPI() { mpirun -np 2 --oversubscribe --bind-to none "$GPT23RUN" "$@"; }

"$GPT23RUN" "$T/b8.bin" $common --log "$T/one.jsonl" --ckpt "$T/one" 2>"$T/err" || { cat "$T/err"; fail "one process"; }
MPI "$T/b4.bin" $common --zero --verbose --log "$T/zero.jsonl" --ckpt "$T/zero" 2>"$T/err" ||
  { cat "$T/err"; fail "two processes with --zero"; }
# the moments: the plan's bytes, and half of them (to a float) in each process
mine=$(sed -n 's/^gpt23run\[rank \([01]\)\]: AdamW moments held by this process: \([0-9]*\) bytes$/\2/p' "$T/err")
[ "$(echo "$mine" | wc -l)" = 2 ] || { cat "$T/err"; fail "--verbose does not give both processes' moments"; }
total=$(echo "$mine" | awk '{ s += $1 } END { print s }')
optstate=$("$GPT23C" --dump "$T/b4.bin" | awk '/^  adam_[mv]:/ { for (i = 1; i <= NF; i++) if ($i == "B") s += $(i - 1) } END { print s }')
[ "$total" = "$optstate" ] || fail "the processes hold $total bytes of moments, the plan has $optstate"
echo "$mine" | awk -v t="$total" '{ if ($1 * 2 - t > 4 || t - $1 * 2 > 4) bad = 1 } END { exit bad }' ||
  fail "the moments are not halved: $mine of $total"
grep -q "AdamW moments .* per process (ZeRO-1 over 2, of " "$T/err" || { cat "$T/err"; fail "no moments in the header"; }

same_losses "$T/zero.jsonl" "$T/one.jsonl"
"$COMPARE" "$T/zero/checkpoint.g23" "$T/one/checkpoint.g23" 1e-5 || fail "weights of two --zero processes and of one differ"

MPI "$T/b4.bin" $common --log "$T/two.jsonl" --ckpt "$T/two" 2>"$T/err" || { cat "$T/err"; fail "two processes"; }
strip() { sed 's/,"ms":.*//' "$1"; }
strip "$T/two.jsonl" >"$T/a"
strip "$T/zero.jsonl" >"$T/b"
cmp "$T/a" "$T/b" || { diff "$T/a" "$T/b" | head; fail "--zero and the all-reduce differ in two processes"; }
"$COMPARE" "$T/zero/checkpoint.g23" "$T/two/checkpoint.g23" 0 || fail "--zero and the all-reduce give other weights"

# two processes with --zero to step 10, one process on from there
MPI "$T/b4.bin" $common --zero --stop-at 10 --log "$T/half.jsonl" --ckpt "$T/half" 2>"$T/err" ||
  { cat "$T/err"; fail "two processes with --zero to step 10"; }
"$GPT23RUN" "$T/b8.bin" --train --data "$T/data.txt" --resume --ckpt "$T/half" --eval-every 0 --threads 1 --quiet \
  --log "$T/half.jsonl" 2>"$T/err" || { cat "$T/err"; fail "one process resuming"; }
same_losses "$T/half.jsonl" "$T/one.jsonl"
"$COMPARE" "$T/half/checkpoint.g23" "$T/one/checkpoint.g23" 1e-5 || fail "weights after resuming differ"
echo "zero: 2 x 4 with ZeRO-1 matches 1 x 8 and is the all-reduce bit for bit; half the moments each; resumes in 1"
