#!/bin/sh
# gpt23c --gradcheck=kernels (check/kernelcheck.c: front end -> passes ->
# plan.bin -> CPU runtime, against the float64 evaluator, every graph, and
# decode with its KV cache against prefill) on models/gpt23.net and on every
# model variant, at a tiny size so that the whole check takes seconds.
: "${top_srcdir:=.}" "${top_builddir:=.}"
gpt23c=$top_builddir/gpt23c
tiny="-D batch=2 -D d_model=16 -D n_layer=2 -D n_head=2 -D max_seq_length=8 -D dropout=0.1"
T=$(mktemp -d "${TMPDIR:-/tmp}/g23-check.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
status=0
check() { # NAME MODEL [ARGS...]
  name=$1 model=$2
  shift 2
  echo "== $name"
  "$gpt23c" -I "$top_srcdir/models" --gradcheck=kernels "$@" "$model" > "$T/out" 2>&1
  rc=$?
  cat "$T/out"
  # The training graph at least was run and compared, and nothing failed.
  if [ $rc != 0 ] || grep -q FAIL "$T/out" || ! grep -q '^kernels   train .*  PASS$' "$T/out"; then
    echo "FAILED: $name (exit status $rc)"
    status=1
  fi
}
for model in "$top_srcdir/models/gpt23.net" "$top_srcdir"/models/variants/*.net; do
  [ -f "$model" ] || continue
  # shellcheck disable=SC2086
  check "$model" "$model" $tiny
done
# A second input that does not carry the sequence: decode reads what
# prefill computed from it (passes/hoist.c).
check "static_context.net" "$top_srcdir/test/models/static_context.net"
# One head: ALiBi's learnable slope is a one-element parameter, whose AdamW
# update joins the gradient norm's row kernel and reads and writes its state
# in place at row level.
# shellcheck disable=SC2086
check "alibi.net, one head" "$top_srcdir/models/variants/alibi.net" $tiny -D n_head=1
# Attention beyond self-attention over equal lengths: cross-attention (keys
# off the stream: no KV cache, all keys visible in decode), grouped-query
# heads (smaller caches), and non-causal attention over keys on the stream,
# which cannot decode incrementally: no DECODE graph, never a decode that
# differs from the full pass (also for gpt23.net made non-causal).  These
# models keep their own sizes where they matter (four query heads).
check "cross.net" "$top_srcdir/test/models/cross.net"
check "noncausal_stream.net" "$top_srcdir/test/models/noncausal_stream.net"
check "gqa.net" "$top_srcdir/test/models/gqa.net" -D n_head=4 -D d_model=16
# Three targets: the next tokens, a class label, a tag per position.
check "multitask.net" "$top_srcdir/test/models/multitask.net"
noncausal=$T/noncausal.net
sed 's/heads = n_head,/heads = n_head, causal = false,/' "$top_srcdir/models/gpt23.net" > "$noncausal"
if ! grep -q 'causal = false' "$noncausal"; then
  echo "FAILED: gpt23.net has no attention call to make non-causal"
  status=1
fi
# shellcheck disable=SC2086
check "gpt23.net, causal = false" "$noncausal" $tiny
# llama_gqa.net at the tiny size has one key/value head for its two query
# heads; with four query heads, two share each key/value head.
# shellcheck disable=SC2086
check "llama_gqa.net, four heads on two key/value heads" "$top_srcdir/models/variants/llama_gqa.net" $tiny -D n_head=4
# GQA at one key/value head (multi-query attention).
check "gqa.net, one key/value head" "$top_srcdir/test/models/gqa.net" -D n_head=4 -D d_model=16 -D n_kv_head=1
# The attention's tile products and transposes at a head of 40 (two registers of 16 and a
# remainder) over 70 positions: two blocks of keys, the second of 6,
# and a last tile of rows not a multiple of four.
# shellcheck disable=SC2086
check "gpt23.net, heads of 40 over 70 positions" "$top_srcdir/models/gpt23.net" $tiny -D d_model=80 \
  -D max_seq_length=70
# The C kernels choose their vector widths and loops by the instruction set
# (attention.h: G23_ATT_VW, and intrinsics on AVX2 without AVX-512): on a
# machine with AVX-512, gpt23.net once more as one without compiles them,
# at a head size with a remainder (20: two registers of 8 and 4), again
# over two blocks of keys.
if grep -qw avx512f /proc/cpuinfo 2>/dev/null; then
  G23_KERNEL_CFLAGS=-mno-avx512f
  export G23_KERNEL_CFLAGS
  # shellcheck disable=SC2086
  check "gpt23.net, kernels without AVX-512" "$top_srcdir/models/gpt23.net" $tiny -D d_model=40 \
    -D max_seq_length=70
  unset G23_KERNEL_CFLAGS
fi
exit $status
