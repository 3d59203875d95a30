#!/bin/sh
# Runs check-model (front end -> passes -> plan.bin -> CPU runtime, against
# the float64 evaluator) on models/gpt23.net and on every model variant, at
# a tiny size so that the whole check takes seconds.
: "${top_srcdir:=.}" "${top_builddir:=.}"
check=$top_builddir/test/runtime/check-model
tiny="-D batch=2 -D d_model=16 -D n_layer=2 -D n_head=2 -D max_seq_length=8 -D dropout=0.1"
status=0
for model in "$top_srcdir/models/gpt23.net" "$top_srcdir"/models/variants/*.net; do
  [ -f "$model" ] || continue
  echo "== $model"
  # shellcheck disable=SC2086
  if ! "$check" -I "$top_srcdir/models" $tiny "$model"; then
    echo "FAILED: $model"
    status=1
  fi
done
# A second input that does not carry the sequence: decode reads what
# prefill computed from it (passes/hoist.c).
echo "== static_context.net"
if ! "$check" -I "$top_srcdir/models" "$top_srcdir/test/models/static_context.net"; then
  echo "FAILED: static_context.net"
  status=1
fi
# One head: ALiBi's learnable slope is a one-element parameter, whose AdamW
# update joins the gradient norm's row kernel and reads and writes its state
# in place at row level.
echo "== alibi.net, one head"
if ! "$check" -I "$top_srcdir/models" $tiny -D n_head=1 "$top_srcdir/models/variants/alibi.net"; then
  echo "FAILED: alibi.net with one head"
  status=1
fi
# Attention beyond self-attention over equal lengths: cross-attention (keys
# off the stream: no KV cache, all keys visible in decode), grouped-query
# heads (smaller caches), and non-causal attention over keys on the stream,
# which cannot decode incrementally: no DECODE graph, never a decode that
# differs from the full pass (also for gpt23.net made non-causal).
for name in cross gqa noncausal_stream; do
  model=$top_srcdir/test/models/$name.net
  echo "== $model"
  if ! "$check" -I "$top_srcdir/models" "$model"; then
    echo "FAILED: $model"
    status=1
  fi
done
echo "== gpt23.net, causal = false"
noncausal=$(mktemp) || exit 1
sed 's/heads = n_head,/heads = n_head, causal = false,/' "$top_srcdir/models/gpt23.net" > "$noncausal"
if ! grep -q 'causal = false' "$noncausal"; then
  echo "FAILED: gpt23.net has no attention call to make non-causal"
  status=1
fi
# shellcheck disable=SC2086
if ! "$check" -I "$top_srcdir/models" $tiny "$noncausal"; then
  echo "FAILED: gpt23.net with causal = false"
  status=1
fi
rm -f "$noncausal"
# GQA at one key/value head (multi-query attention).
echo "== gqa.net, one key/value head"
if ! "$check" -I "$top_srcdir/models" -D n_kv_head=1 "$top_srcdir/test/models/gqa.net"; then
  echo "FAILED: gqa.net with one key/value head"
  status=1
fi
exit $status
