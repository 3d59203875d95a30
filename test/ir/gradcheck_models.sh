#!/bin/sh
# Whole-model gradient check of models/gpt23.net and every model variant at a
# tiny size, then of the attention test models (cross-attention with keys of
# another length, grouped-query and multi-query heads, attention dropout) at
# their own sizes (see gradcheck_models.c).
: "${top_srcdir:=.}" "${top_builddir:=.}"
check=$top_builddir/test/ir/gradcheck-models
"$check" -I "$top_srcdir/models" \
  -D batch=2 -D d_model=8 -D n_layer=2 -D n_head=2 -D max_seq_length=6 -D dropout=0.1 \
  "$top_srcdir/models/gpt23.net" "$top_srcdir"/models/variants/*.net || exit 1
"$check" -I "$top_srcdir/models" "$top_srcdir"/test/models/cross.net "$top_srcdir"/test/models/gqa.net \
  "$top_srcdir"/test/models/noncausal_stream.net || exit 1
exec "$check" -I "$top_srcdir/models" -D n_kv_head=1 "$top_srcdir/test/models/gqa.net"
