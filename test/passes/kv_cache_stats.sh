#!/bin/sh
# The KV caches that gpt23c --emit stats reports hold what attention needs:
# grouped-query attention caches only its key/value heads (the bytes shrink
# by n_head / n_kv_head), and cross-attention caches nothing (its keys are
# recomputed from the source, not the stream).
: "${top_srcdir:=.}" "${top_builddir:=.}"
gpt23c=$top_builddir/gpt23c
models=$top_srcdir/test/runtime/models
status=0
kv_bytes() { # model, defines...
  m=$1
  shift
  "$gpt23c" -I "$top_srcdir/models" "$@" --emit stats "$m" | awk '/KV cache/ { print $3 }'
}
# gqa.net: n_layer 2, max_seq_length 8, d_model 32, n_head 4 (head size 8):
# 2 layers x (k, v) x 8 positions x n_kv_head x 8 x 4 bytes.
for kv in 4 2 1; do
  got=$(kv_bytes "$models/gqa.net" -D n_kv_head=$kv)
  want=$((2 * 2 * 8 * kv * 8 * 4))
  if [ "$got" != "$want" ]; then
    echo "FAIL: gqa.net with n_kv_head=$kv: KV cache '$got' bytes, want $want"
    status=1
  else
    echo "ok    gqa.net with n_kv_head=$kv: KV cache $got bytes"
  fi
done
# cross.net: only the decoder's causal self-attention is cached (one layer,
# 2 heads of 8, 8 positions); the cross-attention over src is not.
got=$(kv_bytes "$models/cross.net")
want=$((2 * 8 * 2 * 8 * 4))
if [ "$got" != "$want" ]; then
  echo "FAIL: cross.net: KV cache '$got' bytes, want $want (the decoder self-attention only)"
  status=1
else
  echo "ok    cross.net: KV cache $got bytes"
fi
exit $status
