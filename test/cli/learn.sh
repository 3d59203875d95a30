#!/bin/sh
# The learning test: a tiny transformer learns a task that needs attention.
# Each line of the data uses its own random pair of the letters a-h; from
# the current letter alone the next is open among 8 letters (a loss of at
# least 1.8 per token), while attending to the earlier letters of the line
# narrows it to the pair (an optimum near 0.85).  The validation loss must
# fall below 1.3.  Then greedy generation through prefill + KV-cache decode
# must stay within the pair of its prompt.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin"
theme_data "$T/theme.txt" 3000 11

start=$(date +%s)
RUN "$T/lm.bin" --train --data "$T/theme.txt" --steps 400 --lr 1e-2 --min-lr 1e-3 --warmup 10 \
  --weight-decay 0 --eval-every 100 --eval-batches 16 --log "$T/log.jsonl" --ckpt "$T/ck" \
  >"$T/train.out" 2>"$T/train.err" || { cat "$T/train.err"; fail "training failed"; }
end=$(date +%s)
echo "trained in $((end - start)) s"

# step lines in the documented format, one per step
grep -Eq '^step 400/400 \| loss [0-9]+\.[0-9]{4} \| lr [0-9.]+e[-+][0-9]+ \| norm [0-9.]+ \| [0-9.]+ ms \| [0-9]+ tok/s$' \
  "$T/train.out" || { tail -5 "$T/train.out"; fail "step line format"; }
[ "$(grep -c '^step [0-9]*/400 | loss' "$T/train.out")" = 400 ] || fail "not one line per step"
[ "$(grep -c '"step":[0-9]*,"loss"' "$T/log.jsonl")" = 400 ] || fail "not one log line per step"
[ "$(grep -c '"val_loss"' "$T/log.jsonl")" = 4 ] || fail "not 4 evaluations in 400 steps"

first=$(grep '"loss"' "$T/log.jsonl" | head -1 | sed 's/.*"loss":\([0-9.e+-]*\).*/\1/')
last=$(grep '"val_loss"' "$T/log.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
echo "loss $first at step 1, validation loss $last at step 400"
awk -v l="$last" 'BEGIN { exit !(l < 1.3) }' || fail "validation loss $last is not below 1.3: no attention learned"

# an epoch is tokens / (batch * seq) = 48000 * 0.95 / 512 = 89 steps
grep -Eq '^Epoch 1 \| Running Loss: [0-9]+\.[0-9]{4}$' "$T/train.out" || fail "no epoch line"
[ "$(grep -c '^Epoch' "$T/train.out")" = 4 ] || fail "expected 4 epoch lines in 400 steps of 89"

# greedy generation continues the line with the prompt's pair
RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "
cffcfccf" --temperature 0 --max-tokens 6 >"$T/gen.out" 2>"$T/gen.err" ||
  { cat "$T/gen.err"; fail "generation failed"; }
gen=$(tail -c 7 "$T/gen.out" | head -c 6)
case "$gen" in
  *[!cf]*) fail "generation left the pair c, f: '$gen'" ;;
esac
grep -Eq 'tok/s' "$T/gen.err" || fail "no tokens/s report"
exit 0
