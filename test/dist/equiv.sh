#!/bin/sh
# equiv.sh: data-parallel training (docs/distributed.md) is the training of
# one process with the whole batch.  Two processes of batch B against one of
# batch 2B, same seed, 20 steps of a small gpt23.net: the loss and gradient
# norm of every step and the final weights and AdamW moments agree to 1e-5 relative (only the
# order of the gradient sum differs).  Then a run of two processes stopped at
# step 10 and resumed by one process continues to the same losses and
# weights.  Skipped (77) without mpirun or without the MPI module.
#
# The model is gpt23.net without the attention's biases: the gradient of the
# key bias is zero in exact arithmetic (softmax ignores a shift shared by a
# query's scores), so what is computed for it is rounding noise, and AdamW,
# which divides by the gradient's own size, turns noise into steps of the
# learning rate: no two orders of summation agree on it.  (Its names table
# for GPT-2 checkpoints names those biases, so it goes too.)
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
COMPARE="$top_builddir/test/dist/ckpt-compare"

small="-D d_model=64 -D n_layer=2 -D n_head=2 -D max_seq_length=32"
biasless_gpt23 "$T/gpt23.net"
compile "$T/gpt23.net" "$T/b4.bin" $small -D batch=4
compile "$T/gpt23.net" "$T/b8.bin" $small -D batch=8
# a fixed text (the GPL): the repository's own docs change with every commit
cp "$top_srcdir/test/tok/fixtures/train.txt" "$T/data.txt"
common="--train --data $T/data.txt --steps 20 --seed 7 --eval-every 0 --threads 1 --quiet"
MPI() { mpirun -np 2 --oversubscribe --bind-to none "$GPT23RUN" "$@"; }

"$GPT23RUN" "$T/b8.bin" $common --log "$T/one.jsonl" --ckpt "$T/one" 2>"$T/err" || { cat "$T/err"; fail "one process"; }
MPI "$T/b4.bin" $common --log "$T/two.jsonl" --ckpt "$T/two" 2>"$T/err" || { cat "$T/err"; fail "two processes"; }
grep -q "batch 8 (2 processes x 4) x 32" "$T/err" || { cat "$T/err"; fail "the header does not give the global batch"; }
[ "$(grep -c '"loss"' "$T/two.jsonl")" = 20 ] || fail "the log of two processes has not one line a step"

same_losses "$T/two.jsonl" "$T/one.jsonl"
"$COMPARE" "$T/two/checkpoint.g23" "$T/one/checkpoint.g23" 1e-5 || fail "weights of two processes and of one differ"

# two processes to step 10, one process on from there
MPI "$T/b4.bin" $common --stop-at 10 --log "$T/half.jsonl" --ckpt "$T/half" 2>"$T/err" ||
  { cat "$T/err"; fail "two processes to step 10"; }
"$GPT23RUN" "$T/b8.bin" --train --data "$T/data.txt" --resume --ckpt "$T/half" --threads 1 --quiet \
  --log "$T/half.jsonl" 2>"$T/err" || { cat "$T/err"; fail "one process resuming"; }
same_losses "$T/half.jsonl" "$T/one.jsonl"
"$COMPARE" "$T/half/checkpoint.g23" "$T/one/checkpoint.g23" 1e-5 || fail "weights after resuming differ"
echo "equiv: 2 x 4 matches 1 x 8 for 20 steps, and across a resume with 1 process"
