#!/bin/sh
# The KV caches that gpt23c --emit stats reports for grouped-query attention
# hold its key/value heads only: the bytes shrink by n_head / n_kv_head.
# (That a cross-attention has no KV cache is in test/lang/attention.test.)
: "${top_srcdir:=.}" "${top_builddir:=.}"
gpt23c=$top_builddir/gpt23c
models=$top_srcdir/test/models
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
exit $status
