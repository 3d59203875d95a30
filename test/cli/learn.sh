#!/bin/sh
# The learning test: a tiny transformer learns to copy a random word, which
# needs attention (the second copy is predictable only from 7 positions
# back).  A model that cannot attend stays above a loss of 1.19 (the entropy
# of the random halves); copying brings it to about 0.71.  Then greedy
# generation through prefill + KV-cache decode must complete a record.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin"
copy_data "$T/copy.txt" 4000 7

start=$(date +%s)
RUN "$T/lm.bin" --train --data "$T/copy.txt" --steps 600 --lr 3e-3 --min-lr 3e-4 --warmup 30 \
  --weight-decay 0 --eval-every 200 --eval-batches 16 --log "$T/log.jsonl" --ckpt "$T/ck" \
  >"$T/train.out" 2>"$T/train.err" || { cat "$T/train.err"; fail "training failed"; }
end=$(date +%s)
echo "trained in $((end - start)) s"

# step lines in the documented format, one per step
grep -Eq '^step 600/600 \| loss [0-9]+\.[0-9]{4} \| lr [0-9.]+e[-+][0-9]+ \| norm [0-9.]+ \| [0-9.]+ ms \| [0-9]+ tok/s$' \
  "$T/train.out" || { tail -5 "$T/train.out"; fail "step line format"; }
[ "$(grep -c '^step [0-9]*/600 | loss' "$T/train.out")" = 600 ] || fail "not one line per step"
[ "$(grep -c '"step":[0-9]*,"loss"' "$T/log.jsonl")" = 600 ] || fail "not one log line per step"

first=$(grep '"val_loss"' "$T/log.jsonl" | head -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
last=$(grep '"val_loss"' "$T/log.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
echo "validation loss: $first at step 200, $last at step 600"
awk -v l="$last" 'BEGIN { exit !(l < 0.95) }' || fail "validation loss $last did not go below 0.95: the model did not learn to copy"

# an epoch is tokens / (batch * seq) = 56000 * 0.95 / 512 = 103 steps
grep -Eq '^Epoch 1 \| Running Loss: [0-9]+\.[0-9]{4}$' "$T/train.out" || fail "no epoch line"
[ "$(grep -c '^Epoch' "$T/train.out")" = 5 ] || fail "expected 5 epoch lines in 600 steps of 103"

# greedy generation completes a record: w=w\n
RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "cabdda=" --temperature 0 --max-tokens 7 \
  >"$T/gen.out" 2>"$T/gen.err" || { cat "$T/gen.err"; fail "generation failed"; }
printf 'cabdda=cabdda\n\n' | cmp -s - "$T/gen.out" || { od -c "$T/gen.out"; fail "the model did not copy in generation"; }
grep -Eq 'tok/s' "$T/gen.err" || fail "no tokens/s report"
exit 0
