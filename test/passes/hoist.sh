#!/bin/sh
# The hoist pass: DECODE of a model with an input that does not carry the
# sequence reads the value PREFILL computed from it, and no longer computes
# it; decode still matches prefill (test/runtime/check_model.sh runs the
# same model against the float64 evaluator and decode against prefill).
: "${top_srcdir:=.}" "${top_builddir:=.}"
gpt23c=$top_builddir/gpt23c
model=$top_srcdir/test/models/static_context.net
tmp=${TMPDIR:-/tmp}/hoist.$$
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp"
fail() { echo "FAIL: $*"; exit 1; }

"$gpt23c" -I "$top_srcdir/models" "$model" --dump-after hoist --graph decode >"$tmp/decode" || fail "gpt23c"
"$gpt23c" -I "$top_srcdir/models" "$model" --dump-after hoist --graph prefill >"$tmp/prefill" || fail "gpt23c"
# DECODE: one hoisted state, and nothing reads the input ctx any more.
grep -q 'state "hoisted.0" : f32\[1, 1, 16\] role=hoisted' "$tmp/decode" || fail "decode reads no hoisted state"
grep -q 'hoisted.1' "$tmp/decode" && fail "more than one value hoisted"
ctx=$(sed -n 's/^ *%\([0-9]*\) = input "ctx".*/\1/p' "$tmp/decode")
[ -n "$ctx" ] || fail "no input ctx in decode"
grep -E "\(([^)]*, )?%$ctx[,)]" "$tmp/decode" && fail "decode still computes from ctx"
# The decoder's own work stays: the token embedding's gather.
grep -q 'gather(' "$tmp/decode" || fail "decode lost its token gather"
# PREFILL: the same state, assigned the summary.
grep -q 'state "hoisted.0"' "$tmp/prefill" || fail "prefill has no hoisted state"
grep -q 'assign(' "$tmp/prefill" || fail "prefill does not assign the hoisted state"
# gpt23.net has nothing to hoist: its plan has no hoisted state.
"$gpt23c" "$top_srcdir/models/gpt23.net" -D n_layer=1 --dump-after hoist --graph decode >"$tmp/gpt23" || fail "gpt23c gpt23.net"
grep -q hoisted "$tmp/gpt23" && fail "gpt23.net: something was hoisted"
echo "hoist: ok"
