#!/bin/sh
# Classification: a classifier trained on label<TAB>text lines with named
# labels predicts the class of new text with --classify, printing the name
# stored in the checkpoint and a probability; it can start from a language
# model's weights (--init-from with a warning naming the head it lacks);
# invalid data are reported at their line.  Training reports the accuracy
# (per class) at each evaluation and at the end; --classify-file and
# --classify - classify a text a line.
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

# accuracy at every evaluation, on stdout and in the log: the share of the
# validation examples predicted right, and per class the support and the
# correct predictions, which add up; at the end, over the whole split
# (1500 * 0.05 = 75 examples)
grep -c '"val_loss"' "$T/log.jsonl" | grep -qx 3 || fail "not 3 evaluations in the log"
awk '/"val_loss"|"final_accuracy"/ {
  if (!match($0, /"accuracy":[0-9.e+-]*,"correct":[0-9]*,"examples":[0-9]*/)) { print "no accuracy: " $0; exit 1 }
  split(substr($0, RSTART, RLENGTH), f, /[:,]/); acc = f[2]; cor = f[4]; ex = f[6]
  if (ex != 75) { print "examples " ex ", expected 75: " $0; exit 1 }
  d = acc - cor / ex; if (d < 0) d = -d
  if (d > 1e-6) { print "accuracy " acc " is not " cor "/" ex; exit 1 }
  s = $0; ns = 0; nc = 0; k = 0
  while (match(s, /"support":[0-9]*,"correct":[0-9]*/)) {
    split(substr(s, RSTART, RLENGTH), g, /[:,]/); ns += g[2]; nc += g[4]; k++
    if (g[4] > g[2]) { print "more correct than support: " $0; exit 1 }
    s = substr(s, RSTART + RLENGTH)
  }
  if (k != 3 || ns != ex || nc != cor) { print "classes do not add up: " $0; exit 1 }
  if (/final_accuracy/) { final++; if (acc < 0.9) { print "final accuracy " acc; exit 1 } }
} END { if (final != 1) { print "no final accuracy in the log"; exit 1 } }' "$T/log.jsonl" >"$T/why" ||
  fail "accuracy in the log: $(cat "$T/why")"
grep -q '"label":"letters","support":[0-9]*,"correct":[0-9]*' "$T/log.jsonl" || fail "no class names in the log"
[ "$(grep -c '^step [0-9]*/150 | val loss [0-9.]* | val accuracy [0-9.]* ([0-9]*/75)$' "$T/out")" = 3 ] ||
  fail "no accuracy on the evaluation lines: $(cat "$T/out")"
grep -Eq '^  correct/support: letters [0-9]+/[0-9]+ \| digits [0-9]+/[0-9]+ \| punct [0-9]+/[0-9]+$' "$T/out" ||
  fail "no per-class line: $(cat "$T/out")"
grep -Eq '^validation accuracy (0\.9[0-9]{3}|1\.0000) \([0-9]+/75 examples\)$' "$T/out" || fail "no final accuracy"
grep -Eq '^  letters +[0-9]+ +[0-9]+ +[01]\.[0-9]{4}$' "$T/out" || fail "no per-class table"

# exactly: when every text is the same, the untrained classifier predicts one
# class (the one --classify gives), so that class's predictions are all
# right and the others' all wrong
awk 'BEGIN { for (i = 0; i < 200; i++) printf "%s\tsame text\n", (i % 10 < 6 ? "a" : i % 10 < 9 ? "b" : "c") }' \
  >"$T/same.tsv"
RUN "$T/cls.bin" --train --data "$T/same.tsv" --steps 1 --lr 0 --val-fraction 0.5 --ckpt "$T/same" \
  --log "$T/same.jsonl" >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "training on one text"; }
RUN "$T/cls.bin" --classify "same text" --ckpt "$T/same" >"$T/pred" 2>"$T/err" || { cat "$T/err"; fail "--classify"; }
p=$(cut -f1 "$T/pred")
grep '"final_accuracy"' "$T/same.jsonl" | awk -v p="$p" '{
  match($0, /"correct":[0-9]*,"examples":[0-9]*/); split(substr($0, RSTART, RLENGTH), f, /[:,]/)
  if (f[4] != 100) { print "examples " f[4]; exit 1 }
  s = $0; n = 0
  while (match(s, /"label":"[a-c]","support":[0-9]*,"correct":[0-9]*/)) {
    split(substr(s, RSTART, RLENGTH), g, /[:,]/); gsub(/"/, "", g[2]); n++
    want = g[2] == p ? g[4] : 0
    if (g[6] != want) { print "class " g[2] ": " g[6] " correct, expected " want; exit 1 }
    if (g[2] == p && f[2] != g[4]) { print "correct " f[2] ", expected the support of " p ", " g[4]; exit 1 }
    s = substr(s, RSTART + RLENGTH)
  }
  if (n != 3) { print "classes: " n; exit 1 }
}' >"$T/why" || fail "accuracy of one text predicted as '$p': $(cat "$T/why"): $(grep final "$T/same.jsonl")"

check() {
  RUN "$T/cls.bin" --classify "$1" --ckpt "$T/ck" >"$T/pred" 2>"$T/err" || { cat "$T/err"; fail "--classify $1"; }
  grep -Eq "^$2	0\.[5-9][0-9]{3}$|^$2	1\.0000$" "$T/pred" || fail "--classify '$1': $(cat "$T/pred"), expected $2"
}
check "hello world" letters
check "31415926" digits
check "?!?!...;" punct

# --classify-file and --classify -: one line a text, in order, as --classify
# gives each (a carriage return before the newline dropped, an empty line an
# empty text, a last line without a newline)
printf 'hello world\n31415926\r\n\n?!?!...;\nabc' >"$T/texts"
: >"$T/want"
for x in "hello world" 31415926 "" "?!?!...;" abc; do
  RUN "$T/cls.bin" --classify "$x" --ckpt "$T/ck" >>"$T/want" 2>/dev/null || fail "--classify '$x'"
done
RUN "$T/cls.bin" --classify-file "$T/texts" --ckpt "$T/ck" >"$T/got" 2>"$T/err" || { cat "$T/err"; fail "--classify-file"; }
cmp -s "$T/got" "$T/want" || fail "--classify-file: $(cat "$T/got") / expected $(cat "$T/want")"
RUN "$T/cls.bin" --classify - --ckpt "$T/ck" <"$T/texts" >"$T/got" 2>/dev/null || fail "--classify -"
cmp -s "$T/got" "$T/want" || fail "--classify -: $(cat "$T/got")"
RUN "$T/cls.bin" --classify-file - --ckpt "$T/ck" <"$T/texts" >"$T/got" 2>/dev/null || fail "--classify-file -"
cmp -s "$T/got" "$T/want" || fail "--classify-file -: $(cat "$T/got")"
expect_fail 1 "nowhere.txt: cannot read the texts to classify" RUN "$T/cls.bin" --classify-file "$T/nowhere.txt" --ckpt "$T/ck"

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
# CRLF line ends: the lines are counted across blank ones (CR LF alone),
# and the carriage return is no part of the line (the underline stops before it)
printf 'letters\tabc\r\n\r\n\r\nno tab here\r\n' >"$T/crlf.tsv"
expect_fail 1 "crlf.tsv:4:1: error: expected 'label<TAB>text', found no TAB on this line" \
  RUN "$T/cls.bin" --train --data "$T/crlf.tsv"
grep -Eq '^  \^{11}$' "$T/err" || { cat "$T/err"; fail "crlf.tsv: the underline is not the 11 bytes of the line"; }
grep -q '^  no tab here$' "$T/err" || { cat "$T/err"; fail "crlf.tsv: the line is not shown without its CR"; }
printf '0\tabc\r\n\r\n1\tdef\r\n\r\n2\tghi\r\n7\tjkl\r\n' >"$T/crlf2.tsv"
expect_fail 1 "crlf2.tsv:6:1: error: label 7 is out of range" RUN "$T/cls.bin" --train --data "$T/crlf2.tsv"
printf '0\tabc\n7\tdef\n' >"$T/range.tsv"
expect_fail 1 "range.tsv:2:1: error: label 7 is out of range" RUN "$T/cls.bin" --train --data "$T/range.tsv"
printf 'a\tx\nb\ty\nc\tz\nd\tw\n' >"$T/four.tsv"
expect_fail 1 "four.tsv:4:1: error: label 'd' is class number 4" RUN "$T/cls.bin" --train --data "$T/four.tsv"
exit 0
