#!/bin/sh
# std.net's cross_entropy leaves out padding targets (outside [0, vocab)),
# so a plain single-input language model, whose targets are all counted,
# must train as it did with the plain mean over every position.  The same
# model is trained twice from the same seed on the same data: with std.net's
# cross_entropy, and with the plain mean written out in the model file.
# The first step's loss (forward only) is the same number; later losses may
# differ by float rounding only (the C compiler contracts the gradient's
# products into FMAs differently in the differently fused kernels), far
# below what a change of the loss would make.
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
    --log "$T/$ce.jsonl" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "training with $ce cross entropy"; }
  grep -o '"loss":[0-9.e+-]*\|"val_loss":[0-9.e+-]*' "$T/$ce.jsonl" | sed 's/.*://' >"$T/$ce.losses"
done
[ "$(wc -l <"$T/lib.losses")" = 44 ] || fail "expected 40 losses and 4 validation losses"
[ "$(head -1 "$T/lib.losses")" = "$(head -1 "$T/plain.losses")" ] ||
  fail "step 1: loss $(head -1 "$T/lib.losses") with std.net's cross_entropy, $(head -1 "$T/plain.losses") plain"
paste "$T/lib.losses" "$T/plain.losses" | awk '
  { d = ($1 - $2) / $2; if (d < 0) d = -d; if (d > max) max = d }
  END { printf "largest relative difference of 44 losses: %.3g\n", max; exit !(max <= 1e-6) }' ||
  fail "the losses of a single-input model changed with cross_entropy's padding"
exit 0
