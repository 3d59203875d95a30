#!/bin/sh
# gpt23c --dump reads a checkpoint as well as a plan, told apart by the
# magic: the step, the model (name and the fingerprint the plan shows), the
# settings the run was given, the running loss, the labels of a classifier
# and the tensor table.  A file that is neither is refused with the magics
# it lacks; a damaged checkpoint with the reader's error.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin"
theme_data "$T/theme.txt" 400 3
RUN "$T/lm.bin" --train --data "$T/theme.txt" --steps 3 --lr 5e-3 --min-lr 1e-4 --warmup 2 --weight-decay 0.05 \
  --grad-clip 0.5 --seed 7 --ckpt "$T/ck" >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "training"; }
"$GPT23C" --dump "$T/ck/checkpoint.g23" >"$T/dump" 2>"$T/err" || { cat "$T/err"; fail "--dump checkpoint"; }

has() {
  grep -Eq -- "$1" "$T/dump" || { cat "$T/dump"; fail "no '$1' in the dump of the checkpoint"; }
}
has '^checkpoint \(format version 1\) of model lm$'
has '^step 3 of 3,'
has '^  lr 0.005, min lr 0.0001, warmup 2 steps$'
has '^  weight decay 0.05, grad clip 0.5$'
has '^  seed 7, batch 16, seq 32, val fraction 0.05$'
has '^running loss [0-9]+\.[0-9]{4} \(the mean of the 3 steps of epoch 1 so far\)$'
has '^  embed\.w +param +f32 +\[256, 32\] +32768 B$'
has '^  adam_v:block\.1\.causal_self_attention\.qkv\.w +optstate +f32 +\[32, 96\] +12288 B$'
grep -q '^labels' "$T/dump" && fail "labels listed for a language model"
# the fingerprint is the plan's
fp=$(sed -n 's/^  parameter fingerprint \([0-9a-f]*\) .*/\1/p' "$T/dump")
"$GPT23C" --dump "$T/lm.bin" >"$T/plandump" || fail "--dump plan"
grep -q "^parameter fingerprint $fp " "$T/plandump" || fail "plan fingerprint is not the checkpoint's $fp"
grep -q '^plan (format version' "$T/plandump" || fail "the plan dump"

# a classifier's labels
cat >"$T/cls.net" <<'NET'
include "std.net"
hparams {
  vocab = 256
  max_seq_length = 16
  d_model = 16
  batch = 4
  seq = max_seq_length
  classes = 2
}
input  tokens : i32[batch, seq]
target label  : i32[batch]
embed = embedding(tokens, vocab, d_model)
logits = project(mean_pool(layernorm(embed + learned_positions(embed))), classes, bias = true)
loss cross_entropy(logits, label)
classify from logits
NET
compile "$T/cls.net" "$T/cls.bin"
awk 'BEGIN { for (i = 0; i < 200; i++) printf "%s\t%s\n", i % 2 ? "odd" : "even", i % 2 ? "xyzzy" : "abc" }' >"$T/cls.tsv"
RUN "$T/cls.bin" --train --data "$T/cls.tsv" --steps 2 --ckpt "$T/cc" >"$T/out" 2>"$T/err" ||
  { cat "$T/err"; fail "training the classifier"; }
"$GPT23C" --dump "$T/cc/checkpoint.g23" >"$T/dump" || fail "--dump classifier checkpoint"
has '^labels: 2$'
has '^  [01] even$'
has '^  [01] odd$'

# neither a plan nor a checkpoint; a damaged checkpoint
expect_fail 1 'theme\.txt: neither a plan .* nor a checkpoint' "$GPT23C" --dump "$T/theme.txt"
head -c 200 "$T/ck/checkpoint.g23" >"$T/short.g23"
expect_fail 1 'short\.g23: checkpoint size mismatch.*truncated' "$GPT23C" --dump "$T/short.g23"
expect_fail 1 'nosuch\.g23: No such file' "$GPT23C" --dump "$T/nosuch.g23"
exit 0
