#!/bin/sh
# A model with several targets trains on all of them.  The model below is a
# language model over a stream of letters with a second head, a class label
# per example: examples are lines "text<TAB>label", the stream's next tokens
# (the target declared with the dim seq) come from the text, the label from
# its own column.  Each text runs through the alphabet a-h from a random
# letter (every letter has one successor), and its label is 1 when it holds
# the letter h.  After training, generation continues the alphabet (the
# language-model head learned), and the same weights in a classifier that
# shares the model's body (the same parameter names) tell texts with h from
# texts without (the class head learned); a resumed run continues bit for
# bit.  Then the errors: a column that is
# not an integer, out of range, too many integers, a missing column, the
# classifier with two targets; the columns of a model with two inputs and a
# second target (inputs first, then targets); and a tagger, whose
# per-position tags line up with the bytes of its text.
. "${top_srcdir:-.}/test/cli/lib.sh"

cat >"$T/body.net" <<'NET'
include "std.net"
hparams {
  vocab = 256
  max_seq_length = 12
  d_model = 32
  n_head = 2
  n_layer = 1
  n_classes = 2
  batch = 16
  seq = max_seq_length
}
input  tokens : i32[batch, seq]
embed = embedding(tokens, vocab, d_model)
x = embed + learned_positions(embed)
x = x + causal_self_attention(layernorm(x), heads = n_head)
x = x + feed_forward(layernorm(x), hidden = 4 * d_model)
h = layernorm(x)
logits = project(h, vocab, tied = embed)                  # [batch, seq, vocab]
classes = dense(mean_pool(h), n_classes)                  # [batch, n_classes]
NET
cat >"$T/multi.net" <<'NET'
include "body.net"
target next  : i32[batch, seq]
target label : i32[batch]
loss cross_entropy(logits, next) + cross_entropy(classes, label)
generate from logits
NET
cat >"$T/cls.net" <<'NET'
include "body.net"
target label : i32[batch]
loss cross_entropy(classes, label)
classify from classes
NET
compile "$T/multi.net" "$T/multi.bin" 2>"$T/notes"
compile "$T/cls.net" "$T/cls.bin"
"$GPT23C" --dump "$T/multi.bin" >"$T/dump"
grep -Eq '^  label .*target .*\[16\] .*train .*below 2$' "$T/dump" || fail "--dump: the label's bound is not 2"

# 2000 lines "text<TAB>label"
awk 'BEGIN {
  srand(23)
  for (i = 0; i < 2000; i++) {
    s = int(rand() * 8); n = 1 + int(rand() * 8); w = ""
    for (k = 0; k < n; k++) w = w substr("abcdefgh", (s + k) % 8 + 1, 1)
    printf "%s\t%d\n", w, (index(w, "h") > 0)
  }
}' >"$T/data.tsv"
RUN "$T/multi.bin" --train --data "$T/data.tsv" --steps 300 --lr 1e-2 --eval-every 100 --ckpt "$T/ck" \
  --export "$T/w.safetensors" --log "$T/log.jsonl" >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "training"; }
first=$(grep '"val_loss"' "$T/log.jsonl" | head -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
last=$(grep '"val_loss"' "$T/log.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
echo "validation loss $first at step 100, $last at step 300"
# the first letter is a guess (ln 8) and so is the end of a text; the rest
# and the label are learnable: well below ln 256 + ln 2 = 6.2 at the start
awk -v l="$last" 'BEGIN { exit !(l < 1.2) }' || fail "validation loss $last"
grep -q 'accuracy' "$T/out" && fail "an accuracy printed for a model that is not a classifier"

# the language-model head: the alphabet continues after the prompt
RUN "$T/multi.bin" --generate --ckpt "$T/ck" --temperature 0 --max-tokens 3 --prompt cd >"$T/gen" 2>"$T/gen.err" ||
  { cat "$T/gen.err"; fail "--generate"; }
[ "$(cat "$T/gen")" = cdefg ] || fail "generation after cd gave '$(cat "$T/gen")'"

# the class head: the classifier of the same body with the trained weights,
# given each text as training framed it (a newline, the text)
hits=0
for w in abc bcdef gh fgha habc efg cdef h; do
  want=0
  case $w in *h*) want=1 ;; esac
  RUN "$T/cls.bin" --classify "$(printf '\n%s' "$w")" --init-from "$T/w.safetensors" >"$T/cls" 2>"$T/cls.err" ||
    { cat "$T/cls.err"; fail "--classify $w"; }
  got=$(awk '{ print $1; exit }' "$T/cls")
  [ "$got" = "$want" ] && hits=$((hits + 1))
  echo "$w: class $got (expected $want)"
done
[ "$hits" -ge 7 ] || fail "the class head is right on $hits of 8 texts"

# a resumed run draws the same examples, targets and all: bit for bit
RUN "$T/multi.bin" --train --data "$T/data.tsv" --steps 20 --ckpt "$T/r1" --quiet >/dev/null 2>&1 || fail "20 steps"
RUN "$T/multi.bin" --train --data "$T/data.tsv" --steps 20 --stop-at 10 --ckpt "$T/r2" --quiet >/dev/null 2>&1 ||
  fail "10 steps"
RUN "$T/multi.bin" --train --data "$T/data.tsv" --steps 20 --resume --ckpt "$T/r2" --quiet >/dev/null 2>&1 ||
  fail "resuming"
cmp -s "$T/r1/checkpoint.g23" "$T/r2/checkpoint.g23" || fail "10 + 10 resumed steps differ from 20 steps"

# errors name the line, the column and the target
printf 'abc\t1\nabd\tx\n' >"$T/bad.tsv"
expect_fail 1 'bad.tsv:2:5: error: column 2 \(target .label.\): .x. is not an integer' \
  RUN "$T/multi.bin" --train --data "$T/bad.tsv" --steps 1
printf 'abc\t2\n' >"$T/bad.tsv"
expect_fail 1 'bad.tsv:1:5: error: column 2 \(target .label.\): 2 is out of range: the values are 0 to 1, or -1' \
  RUN "$T/multi.bin" --train --data "$T/bad.tsv" --steps 1
printf 'abc\t1 0\n' >"$T/bad.tsv"
expect_fail 1 'bad.tsv:1:7: error: column 2 \(target .label.\): more than the 1 integer of target .label.' \
  RUN "$T/multi.bin" --train --data "$T/bad.tsv" --steps 1
printf 'abc\n' >"$T/bad.tsv"
expect_fail 1 'bad.tsv:1:1: error: expected 2 columns \(tokens, label\) separated by TABs, found 1' \
  RUN "$T/multi.bin" --train --data "$T/bad.tsv" --steps 1
printf 'abc\t\n' >"$T/bad.tsv"
expect_fail 1 "bad.tsv:1:5: error: column 2 \\(target .label.\\): empty; expected one integer" \
  RUN "$T/multi.bin" --train --data "$T/bad.tsv" --steps 1

# a classifier feeds one target, its label
sed 's/^target label : i32\[batch\]$/&\ntarget other : i32[batch]/' "$T/cls.net" >"$T/cls2.net"
compile "$T/cls2.net" "$T/cls2.bin"
expect_fail 1 "the classifier \\(classify from\\) declares the targets label, other" \
  RUN "$T/cls2.bin" --train --data "$T/data.tsv" --steps 1
expect_fail 1 "the classifier \\(classify from\\) declares the targets label, other" \
  RUN "$T/cls2.bin" --classify abc --init-from "$T/w.safetensors"

# two inputs and a second target: the columns are the inputs, then the
# targets but the next tokens; generation needs only the inputs
cat >"$T/ed.net" <<'NET'
include "std.net"
hparams { vocab = 256  max_seq_length = 8  src_len = 6  d_model = 16  batch = 4  seq = max_seq_length }
input  tokens   : i32[batch, seq]
input  src      : i32[batch, src_len]
target next     : i32[batch, seq]
target src_tags : i32[batch, src_len]
embed = embedding(tokens, vocab, d_model)
memory = embedding(src, vocab, d_model)
logits = project(embed + reshape(mean_pool(memory), [-1, 1, d_model]), vocab, tied = embed)
loss cross_entropy(logits, next) + cross_entropy(dense(memory, 3), src_tags)
generate from logits
NET
compile "$T/ed.net" "$T/ed.bin" 2>"$T/notes"
printf 'ab\tabc\t0 1 2\nba\tcab\t2 0 1\nbb\tcc\t2 2\n' >"$T/ed.tsv"
RUN "$T/ed.bin" --train --data "$T/ed.tsv" --steps 2 --ckpt "$T/edck" >"$T/out" 2>"$T/err" ||
  { cat "$T/err"; fail "training the model of two inputs and two targets"; }
RUN "$T/ed.bin" --generate --ckpt "$T/edck" --input src=abc --prompt a --max-tokens 2 >"$T/out" 2>"$T/err" ||
  { cat "$T/err"; fail "generation of the model of two inputs and two targets"; }
printf 'ab\tabc\n' >"$T/bad.tsv"
expect_fail 1 'bad.tsv:1:1: error: expected 3 columns \(tokens, src, src_tags\) separated by TABs, found 2' \
  RUN "$T/ed.bin" --train --data "$T/bad.tsv" --steps 1
printf 'ab\tabc\t0 1 3\n' >"$T/bad.tsv"
expect_fail 1 'bad.tsv:1:12: error: column 3 \(target .src_tags.\): 3 is out of range: the values are 0 to 2' \
  RUN "$T/ed.bin" --train --data "$T/bad.tsv" --steps 1

# a tag per position (a target without the dim seq: a column of integers,
# the positions after them padding), with no next tokens: the stream is not
# framed, so tag t is the tag of byte t.  The tag of a letter is its index
# in the alphabet, which a model that reads the tokens learns at once.
cat >"$T/tagger.net" <<'NET'
include "std.net"
hparams { vocab = 256  n = 8  d_model = 16  batch = 16  seq = n }
input  tokens : i32[batch, seq]
target tags   : i32[batch, n]
logits = dense(embedding(tokens, vocab, d_model), 8)
loss cross_entropy(logits, tags)
NET
compile "$T/tagger.net" "$T/tagger.bin"
awk 'BEGIN {
  srand(5)
  for (i = 0; i < 500; i++) {
    n = 1 + int(rand() * 8); w = ""; t = ""
    for (k = 0; k < n; k++) { c = int(rand() * 8); w = w substr("abcdefgh", c + 1, 1); t = t (k ? " " : "") c }
    printf "%s\t%s\n", w, t
  }
}' >"$T/tags.tsv"
RUN "$T/tagger.bin" --train --data "$T/tags.tsv" --steps 200 --lr 3e-2 --eval-every 200 --log "$T/tlog.jsonl" \
  >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "training the tagger"; }
tl=$(grep '"val_loss"' "$T/tlog.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
echo "tagger validation loss $tl (ln 8 = 2.08 without the tokens, or with tags shifted by one)"
awk -v l="$tl" 'BEGIN { exit !(l < 0.1) }' || fail "tagger validation loss $tl"
printf 'abc\t0 1 2 3 4 5 6 7 0\n' >"$T/bad.tsv"
expect_fail 1 'bad.tsv:1:21: error: column 2 \(target .tags.\): more than the 8 integers of target .tags.' \
  RUN "$T/tagger.bin" --train --data "$T/bad.tsv" --steps 1
exit 0
