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
exit $status
