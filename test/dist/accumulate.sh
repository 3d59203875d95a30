#!/bin/sh
# accumulate.sh: gradient accumulation (--accumulate N, docs/distributed.md)
# is training with the whole global batch.  One process of batch B with
# --accumulate 2 against one of batch 2B, and two processes of batch B with
# --accumulate 2 against one of batch 4B, same seed, 20 steps of a small
# gpt23.net: the loss and gradient norm of every step and the final weights
# and AdamW moments agree to 1e-5 relative (only the order of the gradient
# sum differs).  With --deterministic the micro-batches are added in one
# order whatever their split into processes: two processes of batch B and
# one with --accumulate 2 train bit for bit alike, with ZeRO-1 too, and so
# do two processes with --accumulate 2 and one with --accumulate 4.
# Examples with two inputs: 2 micro-batches of 4 against 2 processes of 4.
# Skipped (77) without mpirun or without the MPI module.
#
# The model is gpt23.net without the attention's biases, for the reason
# test/dist/equiv.sh gives.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
COMPARE="$top_builddir/test/dist/ckpt-compare"

small="-D d_model=64 -D n_layer=2 -D n_head=2 -D max_seq_length=32"
biasless_gpt23 "$T/gpt23.net"
for b in 4 8 16; do compile "$T/gpt23.net" "$T/b$b.bin" $small -D batch=$b; done
cp "$top_srcdir/test/tok/fixtures/train.txt" "$T/data.txt"
common="--train --data $T/data.txt --steps 20 --seed 7 --eval-every 0 --threads 1 --quiet"
MPI() { mpirun -np 2 --oversubscribe --bind-to none "$GPT23RUN" "$@"; }
# run NAME ARGS...: one training run, its log and checkpoint named NAME
run() {
  name=$1
  shift
  "$@" $common --log "$T/$name.jsonl" --ckpt "$T/$name" 2>"$T/err" || { cat "$T/err"; fail "run $name: $*"; }
}

run b8 "$GPT23RUN" "$T/b8.bin"
run acc2 "$GPT23RUN" "$T/b4.bin" --accumulate 2
grep -q "batch 8 (2 micro-batches x 4) x 32" "$T/err" || { cat "$T/err"; fail "the header does not give the global batch"; }
[ "$(grep -c '"loss"' "$T/acc2.jsonl")" = 20 ] || fail "the log with --accumulate 2 has not one line a step"
same_losses "$T/acc2.jsonl" "$T/b8.jsonl"
"$COMPARE" "$T/acc2/checkpoint.g23" "$T/b8/checkpoint.g23" 1e-5 || fail "weights of --accumulate 2 and of batch 8 differ"

run b16 "$GPT23RUN" "$T/b16.bin"
run two_acc2 MPI "$T/b4.bin" --accumulate 2
grep -q "batch 16 (2 processes x 2 micro-batches x 4) x 32" "$T/err" ||
  { cat "$T/err"; fail "the header does not give the global batch of two processes"; }
same_losses "$T/two_acc2.jsonl" "$T/b16.jsonl"
"$COMPARE" "$T/two_acc2/checkpoint.g23" "$T/b16/checkpoint.g23" 1e-5 ||
  fail "weights of two processes with --accumulate 2 and of batch 16 differ"

# examples with two inputs (each micro-batch keeps a batch of each): the
# copy model of test/cli/inputs.sh, 2 micro-batches of 4 against 2
# processes of 4 (not against one batch of 8: its loss is the mean over the
# batch's own target tokens, and examples differ in length, so that the mean
# of two halves' means weighs them otherwise)
compile "$top_srcdir/test/models/copy.net" "$T/c4.bin" -D batch=4
copy_examples 400 >"$T/copy.tsv"
ex="--train --data $T/copy.tsv --steps 20 --seed 3 --lr 1e-2 --eval-every 0 --threads 1 --quiet"
MPI "$T/c4.bin" $ex --log "$T/c2p.jsonl" --ckpt "$T/c2p" 2>"$T/err" || { cat "$T/err"; fail "copy model, 2 x 4"; }
"$GPT23RUN" "$T/c4.bin" $ex --accumulate 2 --log "$T/c4.jsonl" --ckpt "$T/c4" 2>"$T/err" ||
  { cat "$T/err"; fail "copy model, 2 micro-batches of 4"; }
same_losses "$T/c4.jsonl" "$T/c2p.jsonl"
"$COMPARE" "$T/c4/checkpoint.g23" "$T/c2p/checkpoint.g23" 1e-5 ||
  fail "copy model: weights of 2 micro-batches and of 2 processes differ"

# --deterministic: the same floats for every split of the micro-batches
strip() { sed 's/,"ms":.*//' "$1"; }
# same A B: logs and checkpoints of runs A and B bit for bit alike
same() {
  strip "$T/$1.jsonl" >"$T/a"
  strip "$T/$2.jsonl" >"$T/b"
  cmp "$T/a" "$T/b" >/dev/null || { diff "$T/a" "$T/b" | head; fail "--deterministic: losses of $1 and $2 differ"; }
  "$COMPARE" "$T/$1/checkpoint.g23" "$T/$2/checkpoint.g23" 0 || fail "--deterministic: weights of $1 and $2 differ"
}
run d_two MPI "$T/b4.bin" --deterministic
run d_acc2 "$GPT23RUN" "$T/b4.bin" --deterministic --accumulate 2
same d_two d_acc2
run dz_two MPI "$T/b4.bin" --deterministic --zero
run dz_acc2 "$GPT23RUN" "$T/b4.bin" --deterministic --zero --accumulate 2
same dz_two dz_acc2
run d_two_acc2 MPI "$T/b4.bin" --deterministic --accumulate 2
run d_acc4 "$GPT23RUN" "$T/b4.bin" --deterministic --accumulate 4
same d_two_acc2 d_acc4
echo "accumulate: 1 x 2 x 4 matches 1 x 8, 2 x 2 x 4 matches 1 x 16; --deterministic: 2 x 4 = 1 x 2 x 4 and 2 x 2 x 4 = 1 x 4 x 4 bit for bit, with ZeRO-1 too"
