#!/bin/sh
# A classifier starts from a language model: the shipped
# models/variants/classifier.net trains from the export of models/gpt23.net
# (two layers of its four).  The tensors both have are loaded (checked byte
# for byte after a training step at learning rate 0), the LM's extra layers
# get one warning listing them, the classifier's head one warning naming it
# as not loaded; a shape mismatch stays an error.
. "${top_srcdir:-.}/test/cli/lib.sh"

compile "$top_srcdir/models/gpt23.net" "$T/lm.bin" -D batch=2
compile "$top_srcdir/models/variants/classifier.net" "$T/cls.bin" -D batch=2
compile "$top_srcdir/models/variants/classifier.net" "$T/narrow.bin" -D batch=2 -D d_model=64
copy_data "$T/text.txt" 300 3
awk 'BEGIN { for (i = 0; i < 64; i++) printf "%d\tsome text %d\n", i % 4, i }' >"$T/labels.txt"

# the LM's weights: its initialisation under another seed than the classifier's
RUN "$T/lm.bin" --train --data "$T/text.txt" --steps 1 --lr 0 --min-lr 0 --seed 7 --quiet --export "$T/lm.safetensors" \
  2>"$T/err" || { cat "$T/err"; fail "language model export"; }
RUN "$T/cls.bin" --train --data "$T/labels.txt" --steps 1 --lr 0 --quiet --eval-every 0 \
  --init-from "$T/lm.safetensors" --export "$T/cls.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "classifier from the language model"; }
grep -q "warning: .*lm.safetensors: 24 tensors name nothing of model 'classifier' and are not loaded: block\.2\.layernorm\.gamma, .*block\.3\.feed_forward\.proj\.b" "$T/err" ||
  { cat "$T/err"; fail "no one warning listing the LM's extra layers"; }
grep -q "warning: .*lm.safetensors: 2 parameters not in the file keep their initial values: logits\.w, logits\.b" "$T/err" ||
  { cat "$T/err"; fail "no warning naming the classifier's head"; }
[ "$(grep -c warning "$T/err")" = 2 ] || { cat "$T/err"; fail "more warnings than the two"; }

# tensor FILE NAME: the bytes of tensor NAME of a safetensors file
tensor() {
  hl=$(od -An -tu8 -N8 "$1" | tr -d ' ')
  span=$(head -c $((8 + hl)) "$1" | tail -c "$hl" | grep -o "\"$2\":{[^}]*}" |
    sed 's/.*"data_offsets":\[\([0-9]*\),\([0-9]*\)\].*/\1 \2/')
  [ -n "$span" ] || fail "no tensor $2 in $1"
  set -- "$1" $span
  tail -c +$((8 + hl + $2 + 1)) "$1" | head -c $(($3 - $2))
}
for name in embed.w position_encoder.w block.0.attention.qkv.w block.1.feed_forward.proj.b layernorm.gamma; do
  tensor "$T/lm.safetensors" "$name" >"$T/a"
  tensor "$T/cls.safetensors" "$name" >"$T/b"
  [ -s "$T/a" ] && cmp -s "$T/a" "$T/b" || fail "$name was not loaded from the language model"
done
tensor "$T/cls.safetensors" logits.w >"$T/head"
[ -s "$T/head" ] || fail "no classifier head"

expect_fail 1 "tensor 'embed\.w' has shape \[256, 128\], the model's embed\.w has \[256, 64\]" RUN "$T/narrow.bin" \
  --train --data "$T/labels.txt" --steps 1 --quiet --init-from "$T/lm.safetensors"
exit 0
