#!/bin/sh
# std.net's cross_entropy leaves out padding targets (outside [0, vocab)),
# so a plain single-input language model, whose targets are all counted,
# must train as it did with the plain mean over every position.  The same
# model is trained twice from the same seed on the same data: with std.net's
# cross_entropy, and with the plain mean written out in the model file:
# every loss, validation loss and final weight must be the same, bit for bit
# (with every target counted, the mask is all ones and the scale exactly 1).
# Then the masked mean is checked against float64 (below).
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

# The masked mean itself, against an independent float64 computation: a
# model whose logits are a parameter z [2, 6, 256] (the inputs add an exact
# 0), trained on examples "ab<TAB>ab": the stream's targets are a, b, "\n",
# then three padding positions.  The evaluation loss must be the mean of
# logsumexp(z[b, t]) - z[b, t, target] over the 2 x 3 counted positions,
# computed here from the exported z.
cat >"$T/z.net" <<'NET'
include "std.net"

hparams {
  vocab = 256
  batch = 2
  seq = 6
}
input  tokens : i32[batch, seq]
input  src    : i32[batch, 4]
target next   : i32[batch, seq]
param  z      : f32[2, 6, 256] = normal(1.0)
zero = float(lt(tokens, -1)) + float(lt(sum(src), -1))   # [batch, seq], 0
logits = z + reshape(zero, [2, 6, 1])
loss cross_entropy(logits, next)
NET
compile "$T/z.net" "$T/z.bin"
awk 'BEGIN { for (i = 0; i < 10; i++) printf "ab\tab\n" }' >"$T/ab.tsv"
RUN "$T/z.bin" --train --data "$T/ab.tsv" --steps 1 --lr 0 --min-lr 0 --val-fraction 0.5 --eval-every 1 \
  --eval-batches 1 --quiet --log "$T/z.jsonl" --export "$T/z.safetensors" >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "the z model"; }
vl=$(grep '"val_loss"' "$T/z.jsonl" | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
hl=$(od -An -tu4 -N4 "$T/z.safetensors" | tr -d ' ')
od -An -v -tf4 -j $((8 + hl)) "$T/z.safetensors" | tr -s ' ' '\n' | sed '/^$/d' >"$T/z.txt"
[ "$(wc -l <"$T/z.txt")" = 3072 ] || fail "expected 2 x 6 x 256 values of z"
awk -v vl="$vl" '
  { z[NR - 1] = $1 }
  END {
    y[0] = 97; y[1] = 98; y[2] = 10   # a, b, "\n"; positions 3 to 5 are padding
    for (b = 0; b < 2; b++)
      for (t = 0; t < 6; t++) {
        base = (b * 6 + t) * 256; m = z[base]
        for (v = 1; v < 256; v++) if (z[base + v] > m) m = z[base + v]
        s = 0
        for (v = 0; v < 256; v++) s += exp(z[base + v] - m)
        lse = log(s) + m
        if (t < 3) { counted += lse - z[base + y[t]]; n++ }
        all += t < 3 ? lse - z[base + y[t]] : lse
      }
    want = counted / n
    printf "masked loss %.7f, float64 over the %d counted positions %.7f (over all 12: %.7f)\n", vl, n, want, all / 12
    d = (vl - want) / want; if (d < 0) d = -d
    exit !(n == 6 && d < 1e-5)
  }' "$T/z.txt" || fail "the masked cross entropy is not the mean over the counted positions"
exit 0
