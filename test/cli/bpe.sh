#!/bin/sh
# Training, resuming, generating and classifying with the BPE tokenizer of
# test/tok/fixtures (1001 ids):
#  - a model whose vocab is not the tokenizer's size is refused, naming both;
#  - training on text learns (the validation loss falls) and prints the loss
#    per byte: the loss per token times the validation split's tokens over
#    the bytes they decode to, checked against gpt23tok;
#  - the text is encoded once (cached; a rerun does not encode it again, a
#    changed tokenizer does), and a shard from gpt23tok encode --shard
#    trains the same steps as the text it came from;
#  - resuming is bit for bit, the tokenizer coming from the checkpoint;
#  - generation and classification use the checkpoint's tokenizer after its
#    directory is gone, and a --tokenizer of another digest is refused;
#  - shards of another tokenizer or vocabulary are refused.
. "${top_srcdir:-.}/test/cli/lib.sh"
GPT23TOK="$top_builddir/gpt23tok"
[ -x "$GPT23TOK" ] || { echo "gpt23tok not built" >&2; exit 99; }
XDG_CACHE_HOME=$T/cache
export XDG_CACHE_HOME
tokens=$T/cache/gpt23/tokens
fixtures=$top_srcdir/test/tok/fixtures
mkdir "$T/tok" && cp "$fixtures/vocab.json" "$fixtures/merges.txt" "$T/tok/" || fail "copying the tokenizer"
data=$T/train.txt
cp "$fixtures/train.txt" "$data" || fail "copying the data"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm256.bin" -D n_layer=1
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1 -D vocab=1001

# the model's vocab must be the tokenizer's size
expect_fail 1 "lm256.bin: the model's vocab is 256 \(the width of its logits\), but the tokenizer $T/tok has 1001 tokens" \
  RUN "$T/lm256.bin" --train --data "$data" --tokenizer "$T/tok" --steps 2
grep -q "hint: compile the model with gpt23c -D vocab=1001" "$T/err" || fail "no hint"

# training learns; the text is encoded once
common="--data $data --tokenizer $T/tok --lr 3e-3 --eval-every 10 --eval-batches 4 --quiet"
RUN "$T/lm.bin" --train $common --steps 60 --ckpt "$T/a" --log "$T/a.jsonl" >"$T/a.out" 2>"$T/err" ||
  { cat "$T/err"; fail "training with BPE"; }
grep -q "train.txt: 35149 bytes encoded into [0-9]* tokens, cached in $tokens/" "$T/err" ||
  { cat "$T/err"; fail "no encoding message"; }
first=$(grep '"val_loss"' "$T/a.jsonl" | head -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
last=$(grep '"val_loss"' "$T/a.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
# ln 1001 = 6.91 is the loss of a model that knows nothing
awk -v a="$first" -v b="$last" 'BEGIN { exit !(b < a - 0.2 && b < 6.91 - 0.7) }' ||
  fail "the validation loss did not fall: $first at step 10, $last at step 60"

# the loss per byte: per token x tokens / bytes of the validation split
n=$("$GPT23TOK" encode "$T/tok" "$data" | wc -w)
nval=$((n * 5 / 100))
vbytes=$("$GPT23TOK" encode "$T/tok" "$data" | tr ' ' '\n' | tail -n "$nval" | "$GPT23TOK" decode "$T/tok" | wc -c)
grep '"val_loss"' "$T/a.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\),"val_loss_per_byte":\([0-9.e+-]*\).*/\1 \2/' |
  awk -v t="$nval" -v b="$vbytes" '{ want = $1 * t / b; d = $2 - want; if (d < 0) d = -d; exit !(d <= 1e-6 * want) }' ||
  fail "val_loss_per_byte is not val_loss x $nval tokens / $vbytes bytes"
grep -Eq '^step 60/60 \| val loss [0-9.]+ \([0-9.]+ nats/byte\)$' "$T/a.out" || fail "no loss per byte printed"

# samples during training are decoded with the run's tokenizer
RUN "$T/lm.bin" --train $common --steps 4 --eval-every 0 --sample-every 2 --sample-tokens 12 >"$T/smp.out" 2>"$T/err" ||
  { cat "$T/err"; fail "--sample-every with BPE"; }
[ "$(grep -c '^--- sample at step' "$T/smp.out")" = 2 ] || fail "expected two samples"

# a rerun maps the cached shard; another tokenizer makes another
RUN "$T/lm.bin" --train $common --steps 2 >/dev/null 2>"$T/err" || { cat "$T/err"; fail "rerun"; }
! grep -q "encoded into" "$T/err" || fail "a rerun encoded the text again"
mkdir "$T/tok2" || exit 99
"$GPT23TOK" train --vocab-size 1001 --data "$fixtures/sample.txt" "$data" -o "$T/tok2" -q || fail "gpt23tok train"
RUN "$T/lm.bin" --train --data "$data" --tokenizer "$T/tok2" --steps 2 --eval-every 0 --quiet >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "another tokenizer"; }
grep -q "encoded into" "$T/err" || fail "another tokenizer used the first one's cached shard"
[ "$(ls "$tokens" | wc -l)" = 2 ] || fail "expected two cached shards: $(ls "$tokens")"

# a text larger than a part (8 MiB) is read and encoded in parts, never
# whole: its cached shard holds the ids gpt23tok makes of the whole text
# (one part of 64 MiB)
big=$T/big.txt
cp "$data" "$big" && for i in 1 2 3 4 5 6 7 8; do cat "$big" "$big" >"$T/x" && mv "$T/x" "$big"; done || exit 99
[ "$(wc -c <"$big")" -gt $((8 << 20)) ] || fail "the big text is not larger than a part"
GPT23TOK_PART_BYTES=$((64 << 20)) "$GPT23TOK" encode "$T/tok" --shard "$T/big.whole.tok" "$big" ||
  fail "gpt23tok encode of the big text"
rm -rf "$T/cache.big"
XDG_CACHE_HOME=$T/cache.big RUN "$T/lm.bin" --train --data "$big" --tokenizer "$T/tok" --steps 1 --eval-every 0 \
  --quiet >/dev/null 2>"$T/err" || { cat "$T/err"; fail "training on the big text"; }
set -- "$T/cache.big/gpt23/tokens"/*.tok
[ $# = 1 ] && cmp -s "$1" "$T/big.whole.tok" || fail "the big text's cached shard differs from its whole encoding"
rm -rf "$T/cache.big" "$big" "$T/big.whole.tok"

# a shard made by gpt23tok trains the same steps as its text
"$GPT23TOK" encode "$T/tok" --shard "$T/train.tok" "$data" || fail "gpt23tok encode --shard"
RUN "$T/lm.bin" --train --data "$T/train.tok" --tokenizer "$T/tok" --lr 3e-3 --eval-every 10 --eval-batches 4 \
  --quiet --steps 60 --log "$T/s.jsonl" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "training on a shard"; }
step_losses "$T/a.jsonl" >"$T/a.steps"
step_losses "$T/s.jsonl" | cmp -s - "$T/a.steps" || fail "the shard trained differently from its text"
# ... but not with another tokenizer of the same size, nor byte-level
expect_fail 1 "train.tok: a token shard made by another tokenizer than the run's \(BPE tokenizer $T/tok2\)" \
  RUN "$T/lm.bin" --train --data "$T/train.tok" --tokenizer "$T/tok2" --steps 2
expect_fail 1 "train.tok: a token shard of a vocabulary of 1001 ids, but the run's tokenizer \(byte-level\) has 256" \
  RUN "$T/lm.bin" --train --data "$T/train.tok" --steps 2

# resuming: bit for bit, the tokenizer from the checkpoint
RUN "$T/lm.bin" --train $common --steps 20 --ckpt "$T/r1" --log "$T/r1.jsonl" --export "$T/r1.st" 2>/dev/null ||
  fail "straight run"
RUN "$T/lm.bin" --train $common --steps 20 --stop-at 10 --ckpt "$T/r2" --log "$T/r2.jsonl" 2>/dev/null ||
  fail "first half"
RUN "$T/lm.bin" --train --data "$data" --quiet --ckpt "$T/r2" --resume --log "$T/r2.jsonl" --export "$T/r2.st" \
  2>"$T/err" || { cat "$T/err"; fail "resumed half"; }
step_losses "$T/r1.jsonl" >"$T/r1.steps"
step_losses "$T/r2.jsonl" | cmp -s - "$T/r1.steps" || fail "losses differ after resuming with BPE"
cmp -s "$T/r1.st" "$T/r2.st" || fail "weights differ after resuming with BPE"
expect_fail 1 "--tokenizer $T/tok2 is not the tokenizer the checkpoint was trained with" \
  RUN "$T/lm.bin" --train --data "$data" --ckpt "$T/r2" --resume --steps 30 --tokenizer "$T/tok2"

# a classifier encodes its texts with the tokenizer too
cat >"$T/cls.net" <<'NET'
include "std.net"
hparams {
  vocab = 1001
  max_seq_length = 16
  n_layer = 1
  d_model = 32
  n_head = 2
  batch = 16
  seq = max_seq_length
  classes = 2
}
input  tokens : i32[batch, seq]
target label  : i32[batch]
embed = embedding(tokens, vocab, d_model)
x = embed + learned_positions(embed)
x = x + causal_self_attention(layernorm(x), heads = n_head)
logits = project(mean_pool(layernorm(x)), classes, bias = true)
loss cross_entropy(logits, label)
classify from logits
NET
compile "$T/cls.net" "$T/cls.bin"
awk 'BEGIN { srand(4); for (i = 0; i < 300; i++) { if (rand() < 0.5) print "yes\tthe sun is bright today"; else print "no\tdark night and cold rain" } }' >"$T/cls.tsv"
RUN "$T/cls.bin" --train --data "$T/cls.tsv" --tokenizer "$T/tok" --steps 40 --lr 3e-3 --eval-every 0 --quiet \
  --ckpt "$T/c" 2>"$T/err" >/dev/null || { cat "$T/err"; fail "training a classifier with BPE"; }
compile "$T/cls.net" "$T/cls500.bin" -D vocab=500
expect_fail 1 "cls500.bin: the model's vocab is 500 \(its hparam vocab\), but the tokenizer $T/tok has 1001 tokens" \
  RUN "$T/cls500.bin" --train --data "$T/cls.tsv" --tokenizer "$T/tok" --steps 2 --ckpt "$T/c2"

# a model with two inputs: the copy model (test/models/copy.net), each
# column encoded on its own and the stream framed by the newline's one
# token; generation given src reproduces it and stops at the closing mark
compile "$top_srcdir/test/models/copy.net" "$T/copy.bin" -D vocab=1001
awk 'BEGIN {
  srand(17); split("the sun and of a in is to was it for on", v, " ")
  for (i = 0; i < 2000; i++) {
    n = 1 + int(rand() * 8); w = v[int(rand() * 12) + 1]
    for (k = 1; k < n; k++) w = w " " v[int(rand() * 12) + 1]
    printf "%s\t%s\n", w, w
  }
}' >"$T/copy.tsv"
RUN "$T/copy.bin" --train --data "$T/copy.tsv" --tokenizer "$T/tok" --steps 150 --lr 1e-2 --eval-every 0 --quiet \
  --ckpt "$T/cp" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "training the copy model with BPE"; }
RUN "$T/copy.bin" --generate --ckpt "$T/cp" --prompt "" --input "src=the sun was in the sun" --temperature 0 \
  >"$T/cp.out" 2>"$T/err" || { cat "$T/err"; fail "generating with two inputs and BPE"; }
[ "$(cat "$T/cp.out")" = "the sun was in the sun" ] || fail "the copy model generated '$(cat "$T/cp.out")'"
# the text's tokens and the closing mark
n=$(printf 'the sun was in the sun' | "$GPT23TOK" encode "$T/tok" | wc -w)
grep -q "^gpt23run: $((n + 1)) tokens in" "$T/err" || { cat "$T/err"; fail "generation did not stop at the mark"; }

# generation and classification with the checkpoint's tokenizer, its
# directory gone
rm -r "$T/tok"
RUN "$T/cls.bin" --classify "the sun is bright today" --ckpt "$T/c" >"$T/cl.out" 2>"$T/err" ||
  { cat "$T/err"; fail "classifying with the checkpoint's tokenizer"; }
grep -q "^yes	" "$T/cl.out" || fail "expected yes: $(cat "$T/cl.out")"
RUN "$T/cls.bin" --classify "dark night and cold rain" --ckpt "$T/c" 2>/dev/null | grep -q "^no	" || fail "expected no"
RUN "$T/lm.bin" --generate --ckpt "$T/a" --prompt "The " --max-tokens 30 --seed 3 >"$T/g.out" 2>"$T/err" ||
  { cat "$T/err"; fail "generation with the checkpoint's tokenizer"; }
grep -q "^The " "$T/g.out" || fail "the prompt is not printed"
[ "$(wc -c <"$T/g.out")" -gt 40 ] || fail "too little generated: $(cat "$T/g.out")"
grep -q "30 tokens in" "$T/err" || { cat "$T/err"; fail "expected 30 tokens"; }
expect_fail 1 "--tokenizer $T/tok2 is not the tokenizer the checkpoint was trained with" \
  RUN "$T/lm.bin" --generate --ckpt "$T/a" --prompt "The " --tokenizer "$T/tok2"
# special tokens in a prompt are text unless --specials: 20 of them are 20
# tokens with it, far more than the context of 32 without
eot=$(printf '<|endoftext|>%.0s' $(seq 20))
RUN "$T/lm.bin" --generate --ckpt "$T/a" --prompt "$eot" --max-tokens 2 --specials >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "--specials"; }
! grep -q "more than the context" "$T/err" || fail "--specials: the special tokens were not read as theirs"
RUN "$T/lm.bin" --generate --ckpt "$T/a" --prompt "$eot" --max-tokens 2 >/dev/null 2>"$T/err" || fail "no --specials"
grep -q "the prompt has [0-9]* tokens, more than the context of 32" "$T/err" ||
  { cat "$T/err"; fail "without --specials the special tokens were read as theirs"; }

# --stop on the decoded text: a token that holds the stop text is cut right
# after it (most tokens start with a space)
RUN "$T/lm.bin" --generate --ckpt "$T/a" --prompt "The" --max-tokens 200 --seed 5 --stop " " >"$T/st.out" \
  2>/dev/null || fail "--stop"
gen=$(sed '$d' "$T/st.out"; tail -n 1 "$T/st.out" | tr -d '\n')
gen=${gen#The}
case "$gen" in
  *" ") ;;
  *) fail "--stop ' ': the text does not end at the stop: '$gen'" ;;
esac
[ "$(printf '%s' "$gen" | tr -cd ' ' | wc -c)" = 1 ] || fail "--stop ' ': generation went past the first space: '$gen'"
exit 0
