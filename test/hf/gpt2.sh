#!/bin/sh
# GPT-2 from Hugging Face: models/variants/gpt2_124m.net at the fixture's
# size loads the checkpoint that transformers' save_pretrained wrote
# (names through the model's `names hf` table, `transformer.` prefix) and
# its F16 copy named as the original GPT-2 files (no prefix, mask buffers
# skipped, the tied lm_head.weight checked); logits within 1e-4 relative of
# transformers' and the same greedy tokens (hf-check says how it measures);
# models/gpt23.net, whose table hf names its layers as GPT-2's, as well.
# Then the export under the hf names reads back to the same weights, and
# checkpoints that do not fit are refused naming the tensor and both shapes.
. "${top_srcdir:-.}/test/cli/lib.sh"
FIX="$top_srcdir/test/hf/fixtures"
CHECK="$top_builddir/test/hf/hf-check"
# the fixture's vocabulary, from the first line of expected.txt
V=$(sed -n '1s/.* vocab \([0-9]*\).*/\1/p' "$FIX/expected.txt")
[ -n "$V" ] || fail "no vocabulary size in $FIX/expected.txt"
SHAPE="-D vocab=$V -D max_seq_length=64 -D d_model=64 -D n_head=4 -D n_layer=2 -D batch=2"
# shellcheck disable=SC2086
compile "$top_srcdir/models/variants/gpt2_124m.net" "$T/gpt2.bin" $SHAPE

"$CHECK" "$T/gpt2.bin" "$FIX/gpt2_tiny/model.safetensors" "$FIX/expected.txt" >"$T/out" 2>"$T/err" ||
  { cat "$T/out" "$T/err"; fail "F32 checkpoint against transformers"; }
cat "$T/out"
[ "$(grep -c '^ok' "$T/out")" = 6 ] || fail "expected 3 logit and 3 greedy comparisons"

"$CHECK" "$T/gpt2.bin" "$FIX/gpt2_tiny_f16.safetensors" "$FIX/expected.txt" f16 >"$T/out" 2>"$T/err" ||
  { cat "$T/out" "$T/err"; fail "F16 checkpoint against transformers"; }
cat "$T/out"
grep -q "tied copies checked and skipped: 'lm_head.weight' equals 'wte.weight'" "$T/err" ||
  { cat "$T/err"; fail "no note on the tied head"; }
grep -Eq "4 tensors that are not parameters skipped \(names table hf\): .*h\.0\.attn\.bias(,|$)" "$T/err" &&
  grep -q "skipped .*h\.1\.attn\.masked_bias" "$T/err" ||
  { cat "$T/err"; fail "no note on the skipped buffers"; }

# export under the hf names, read back: the same bytes as exported under ours
RUN "$T/gpt2.bin" --init-from "$FIX/gpt2_tiny/model.safetensors" --export "$T/hf.safetensors" \
  --export-names hf 2>"$T/err" || { cat "$T/err"; fail "export --export-names hf"; }
hl=$(od -An -tu8 -N8 "$T/hf.safetensors" | tr -d ' ')
head -c $((8 + hl)) "$T/hf.safetensors" | tail -c "$hl" >"$T/header.json"
grep -q '"h\.1\.attn\.c_attn\.weight":{"dtype":"F32","shape":\[64,192\]' "$T/header.json" &&
  grep -q "\"wte\.weight\":{\"dtype\":\"F32\",\"shape\":\[$V,64\]" "$T/header.json" ||
  { cat "$T/header.json"; fail "export names"; }
! grep -q 'lm_head\|qkv\|transformer\.' "$T/header.json" || fail "the export holds a tied copy, a prefix or our names"
RUN "$T/gpt2.bin" --init-from "$T/hf.safetensors" --export "$T/ours.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "init from the hf export"; }
RUN "$T/gpt2.bin" --init-from "$FIX/gpt2_tiny/model.safetensors" --export "$T/ours2.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "export under our names"; }
cmp -s "$T/ours.safetensors" "$T/ours2.safetensors" || fail "the hf export does not read back to the same weights"
"$CHECK" "$T/gpt2.bin" "$T/hf.safetensors" "$FIX/expected.txt" >"$T/out" 2>&1 || { cat "$T/out"; fail "hf export"; }
expect_fail 2 "does not apply to --generate" RUN "$T/gpt2.bin" --generate --init-from "$T/hf.safetensors" \
  --prompt x --export-names hf
expect_fail 2 "--export-names needs --export" RUN "$T/gpt2.bin" --train --data "$FIX/expected.txt" \
  --export-names hf
expect_fail 1 "--export-names tf: model 'gpt2_124m' has no names table tf \(its tables: hf\)" RUN "$T/gpt2.bin" \
  --init-from "$T/hf.safetensors" --export "$T/x.safetensors" --export-names tf

# models/gpt23.net at the same shape reads the same checkpoint through its
# own table hf (its layers are GPT-2's under other names)
# shellcheck disable=SC2086
compile "$top_srcdir/models/gpt23.net" "$T/gpt23.bin" $SHAPE
"$CHECK" "$T/gpt23.bin" "$FIX/gpt2_tiny/model.safetensors" "$FIX/expected.txt" >"$T/out" 2>"$T/err" ||
  { cat "$T/out" "$T/err"; fail "gpt23.net from the F32 checkpoint"; }
[ "$(grep -c '^ok' "$T/out")" = 6 ] || { cat "$T/out"; fail "gpt23.net: expected 6 comparisons"; }

# another shape: the tensor, its shape and the model's
# shellcheck disable=SC2086
compile "$top_srcdir/models/variants/gpt2_124m.net" "$T/wide.bin" $SHAPE -D d_model=128
expect_fail 1 "tensor 'transformer\.h\.0\.attn\.c_attn\.bias' has shape \[192\], the model's h\.0\.attn\.qkv\.b has \[384\]" \
  RUN "$T/wide.bin" --init-from "$FIX/gpt2_tiny/model.safetensors" --export "$T/x.safetensors" \
  --cache-dir "$T/empty-cache"
! grep -q compiling "$T/err" || fail "the checkpoint was checked only after compiling the kernels"
# an unknown dtype, a dtype gpt23 does not convert, a truncated file
sed 's/"F16"/"Q4K"/' "$FIX/gpt2_tiny_f16.safetensors" >"$T/dtype.safetensors"
expect_fail 1 "unknown dtype" RUN "$T/gpt2.bin" --init-from "$T/dtype.safetensors" --export "$T/x.safetensors"
sed 's/"wpe.weight":{"dtype":"F16"/"wpe.weight":{"dtype":"I16"/' "$FIX/gpt2_tiny_f16.safetensors" >"$T/i16.safetensors"
expect_fail 1 "tensor 'wpe\.weight' is I16; gpt23 reads F32, F16 and BF16" RUN "$T/gpt2.bin" \
  --init-from "$T/i16.safetensors" --export "$T/x.safetensors"
size=$(wc -c <"$FIX/gpt2_tiny_f16.safetensors")
head -c $((size - 2)) "$FIX/gpt2_tiny_f16.safetensors" >"$T/trunc.safetensors"
expect_fail 1 "truncated" RUN "$T/gpt2.bin" --init-from "$T/trunc.safetensors" --export "$T/x.safetensors"
[ ! -e "$T/x.safetensors" ] || fail "a refused import wrote an export"
exit 0
