#!/bin/sh
# A classifier trained on sequences of `seq` tokens predicts on exactly what
# it was trained on: compiled with -D seq below max_seq_length, --classify
# pads the text to seq, as training and evaluation do, not to
# max_seq_length.  The probability --classify prints for a text is compared
# with the evaluation graph's loss on that one example, labelled with the
# predicted class: exp(-loss) is the same probability.
. "${top_srcdir:-.}/test/cli/lib.sh"

cat >"$T/cls.net" <<'NET'
include "std.net"

hparams {
  vocab = 256
  max_seq_length = 32
  d_model = 32
  n_head = 2
  n_layer = 1
  batch = 8
  seq = max_seq_length
  classes = 3
}

input  tokens : i32[batch, seq]
target label  : i32[batch]

embed = embedding(tokens, vocab, d_model)
x = embed + learned_positions(embed)
repeat n_layer {
  x = x + causal_self_attention(layernorm(x), heads = n_head)
  x = x + feed_forward(layernorm(x), hidden = 4 * d_model)
}
logits = project(mean_pool(layernorm(x)), classes, bias = true)   # [batch, classes]
loss cross_entropy(logits, label)
classify from logits
NET
compile "$T/cls.net" "$T/cls.bin" -D seq=12

# 0: letters, 1: digits, 2: punctuation, 2 to 10 characters
awk 'BEGIN {
  srand(7)
  set[0] = "abcdefghijklmnopqrstuvwxyz"; set[1] = "0123456789"; set[2] = "!?.,;:-+*/()"
  for (i = 0; i < 600; i++) {
    c = int(rand() * 3); n = 2 + int(rand() * 9); s = ""
    for (k = 0; k < n; k++) s = s substr(set[c], int(rand() * length(set[c])) + 1, 1)
    printf "%d\t%s\n", c, s
  }
}' >"$T/train.tsv"
RUN "$T/cls.bin" --train --data "$T/train.tsv" --steps 60 --lr 3e-3 --eval-every 0 --quiet \
  --export "$T/w.safetensors" 2>"$T/err" || { cat "$T/err"; fail "training the classifier"; }

checked=0
for text in "ab1" "x?9" "a1b2" "q" "7;k."; do
  RUN "$T/cls.bin" --classify "$text" --init-from "$T/w.safetensors" >"$T/pred" 2>"$T/err" ||
    { cat "$T/err"; fail "--classify '$text'"; }
  k=$(cut -f1 "$T/pred") p=$(cut -f2 "$T/pred")
  # the evaluation graph on this one example (lr 0: the weights stay)
  awk -v k="$k" -v t="$text" 'BEGIN { for (i = 0; i < 40; i++) printf "%s\t%s\n", k, t }' >"$T/one.tsv"
  RUN "$T/cls.bin" --train --data "$T/one.tsv" --init-from "$T/w.safetensors" --steps 1 --lr 0 --min-lr 0 \
    --val-fraction 0.5 --eval-every 1 --quiet --log "$T/one.jsonl" --overwrite >/dev/null 2>"$T/err" ||
    { cat "$T/err"; fail "evaluating '$text'"; }
  vl=$(grep '"val_loss"' "$T/one.jsonl" | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
  echo "'$text': --classify class $k with p $p; evaluation: p $(awk -v l="$vl" 'BEGIN { printf "%.6f", exp(-l) }')"
  awk -v l="$vl" -v p="$p" 'BEGIN { d = exp(-l) - p; exit !(d < 6e-5 && d > -6e-5) }' ||
    fail "'$text': --classify gives p $p, the evaluation graph exp(-$vl): prediction does not see what training sees"
  checked=$((checked + 1))
done
[ $checked = 5 ] || fail "checked $checked texts"
exit 0
