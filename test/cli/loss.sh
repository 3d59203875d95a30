#!/bin/sh
# std.net's cross_entropy leaves out padding targets (outside [0, vocab)),
# so a plain single-input language model, whose targets are all counted,
# must train as it did with the plain mean over every position.  The same
# model is trained twice from the same seed on the same data: with std.net's
# cross_entropy, and with the plain mean written out in the model file:
# every loss, validation loss and final weight must be the same, bit for bit
# (with every target counted, the mask is all ones and the scale exactly 1).
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lib.net"
sed 's/^loss cross_entropy(logits, next)$/loss plain_cross_entropy(logits, next)/' "$T/lib.net" >"$T/plain.net"
cat >>"$T/plain.net" <<'NET'

layer plain_cross_entropy(logits : [..., V], targets) {
  m = stop_gradient(max(logits))
  lse = log(sum(exp(logits - m))) + m
  picked = sum(logits * one_hot(targets, V))
  return mean(flatten(lse - picked))
}
NET
grep -q '^loss plain_cross_entropy' "$T/plain.net" || fail "test setup: plain.net still uses cross_entropy"
copy_data "$T/data.txt" 400 5
for ce in lib plain; do
  compile "$T/$ce.net" "$T/$ce.bin" -D n_layer=1
  RUN "$T/$ce.bin" --train --data "$T/data.txt" --steps 40 --lr 3e-3 --eval-every 10 --quiet \
    --log "$T/$ce.jsonl" --export "$T/$ce.safetensors" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "training with $ce cross entropy"; }
  grep -o '"loss":[0-9.e+-]*\|"val_loss":[0-9.e+-]*' "$T/$ce.jsonl" | sed 's/.*://' >"$T/$ce.losses"
done
[ "$(wc -l <"$T/lib.losses")" = 44 ] || fail "expected 40 losses and 4 validation losses"
cmp -s "$T/lib.losses" "$T/plain.losses" ||
  { paste "$T/lib.losses" "$T/plain.losses" | head; fail "the losses of a single-input model changed"; }
cmp -s "$T/lib.safetensors" "$T/plain.safetensors" || fail "the trained weights of a single-input model changed"
exit 0
