#!/bin/sh
# Classification: a classifier trained on label<TAB>text lines with named
# labels predicts the class of new text with --classify, printing the name
# stored in the checkpoint and a probability; it can start from a language
# model's weights (--init-from with a warning naming the head it lacks);
# invalid data are reported at their line.
. "${top_srcdir:-.}/test/cli/lib.sh"

cat >"$T/cls.net" <<'NET'
include "std.net"

hparams {
  vocab = 256
  max_seq_length = 32
  d_model = 32
  n_head = 2
  n_layer = 1
  dropout = 0.0
  batch = 16
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
compile "$T/cls.net" "$T/cls.bin"

# letters, digits or punctuation, 3 to 40 characters (longer ones truncated)
awk 'BEGIN {
  srand(5)
  split("letters digits punct", name, " ")
  set[1] = "abcdefghijklmnopqrstuvwxyz"; set[2] = "0123456789"; set[3] = "!?.,;:-+*/()"
  for (i = 0; i < 1500; i++) {
    c = int(rand() * 3) + 1; n = 3 + int(rand() * 38); s = ""
    for (k = 0; k < n; k++) s = s substr(set[c], int(rand() * length(set[c])) + 1, 1)
    printf "%s\t%s\n", name[c], s
  }
}' >"$T/train.tsv"

RUN "$T/cls.bin" --train --data "$T/train.tsv" --steps 150 --lr 3e-3 --eval-every 50 --ckpt "$T/ck" \
  --log "$T/log.jsonl" >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "training the classifier"; }
last=$(grep '"val_loss"' "$T/log.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
awk -v l="$last" 'BEGIN { exit !(l < 0.3) }' || fail "classifier validation loss $last (chance: 1.10)"

check() {
  RUN "$T/cls.bin" --classify "$1" --ckpt "$T/ck" >"$T/pred" 2>"$T/err" || { cat "$T/err"; fail "--classify $1"; }
  grep -Eq "^$2	0\.[5-9][0-9]{3}$|^$2	1\.0000$" "$T/pred" || fail "--classify '$1': $(cat "$T/pred"), expected $2"
}
check "hello world" letters
check "31415926" digits
check "?!?!...;" punct

# a classifier can start from a language model of the same width
sed -e 's/^target label  : i32\[batch\]/target next : i32[batch, seq]/' \
    -e 's/^logits = .*/logits = project(layernorm(x), vocab, tied = embed)/' \
    -e 's/^loss .*/loss cross_entropy(logits, next)/' -e 's/^classify from logits/generate from logits/' \
    "$T/cls.net" >"$T/lm.net"
compile "$T/lm.net" "$T/lm.bin"
cut -f2 "$T/train.tsv" >"$T/text.txt"
RUN "$T/lm.bin" --train --data "$T/text.txt" --steps 2 --quiet --export "$T/lm.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "language model"; }
RUN "$T/cls.bin" --train --data "$T/train.tsv" --steps 2 --quiet --init-from "$T/lm.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "classifier from a language model"; }
grep -q "warning: .*2 parameters not in the file keep their initial values: logits.w, logits.b" "$T/err" || { cat "$T/err"; fail "no warning naming the head"; }

# bad data, reported at the line
printf 'letters\tabc\nno tab on this line\n' >"$T/bad.tsv"
expect_fail 1 "bad.tsv:2:1: error: expected 'label<TAB>text'" RUN "$T/cls.bin" --train --data "$T/bad.tsv"
printf '0\tabc\n7\tdef\n' >"$T/range.tsv"
expect_fail 1 "range.tsv:2:1: error: label 7 is out of range" RUN "$T/cls.bin" --train --data "$T/range.tsv"
printf 'a\tx\nb\ty\nc\tz\nd\tw\n' >"$T/four.tsv"
expect_fail 1 "four.tsv:4:1: error: label 'd' is class number 4" RUN "$T/cls.bin" --train --data "$T/four.tsv"
exit 0
