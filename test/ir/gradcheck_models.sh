#!/bin/sh
# Whole-model gradient check of models/gpt23.net and every model variant at a
# tiny size (see gradcheck_models.c); then of the language model with
# padding targets, which cross_entropy leaves out (-P).
: "${top_srcdir:=.}" "${top_builddir:=.}"
set -e
tiny="-D batch=2 -D d_model=8 -D n_layer=2 -D n_head=2 -D max_seq_length=6 -D dropout=0.1"
"$top_builddir/test/ir/gradcheck-models" -I "$top_srcdir/models" $tiny \
  "$top_srcdir/models/gpt23.net" "$top_srcdir"/models/variants/*.net
"$top_builddir/test/ir/gradcheck-models" -P -I "$top_srcdir/models" $tiny \
  "$top_srcdir/models/gpt23.net"
