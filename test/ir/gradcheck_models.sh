#!/bin/sh
# Whole-model gradient check of models/gpt23.net and every model variant at a
# tiny size: gpt23c --gradcheck=gradients (check/gradcheck.c) compares every
# parameter's gradient with central finite differences in float64.  Then a
# wrong gradient planted in one parameter (--gradcheck-plant) must fail that
# parameter, and only it.
: "${top_srcdir:=.}" "${top_builddir:=.}"
gpt23c=$top_builddir/gpt23c
tiny="-D batch=2 -D d_model=8 -D n_layer=2 -D n_head=2 -D max_seq_length=6 -D dropout=0.1"
T=$(mktemp -d "${TMPDIR:-/tmp}/g23-gradcheck.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
status=0
for model in "$top_srcdir/models/gpt23.net" "$top_srcdir"/models/variants/*.net; do
  [ -f "$model" ] || continue
  # shellcheck disable=SC2086
  "$gpt23c" -I "$top_srcdir/models" --gradcheck=gradients $tiny "$model" > "$T/out" 2>&1
  rc=$?
  cat "$T/out"
  # Every parameter has a line, and each passes.
  if [ $rc != 0 ] || grep -q FAIL "$T/out" || ! grep -q '^gradient  .*  PASS$' "$T/out"; then
    echo "FAILED: $model (exit status $rc)"
    status=1
  fi
done

# The attention models of the runtime tests (cross-attention with keys of
# another length, grouped-query and multi-query heads, non-causal over the
# stream), a decoder with a second, fixed input, and a language model with a
# class label and per-position tags as targets besides its next tokens, at
# sizes that keep four query heads.
gqa="-D n_head=4 -D d_model=16"
while read -r name args; do
  model=$top_srcdir/test/$name
  # shellcheck disable=SC2086
  "$gpt23c" -I "$top_srcdir/models" --gradcheck=gradients $args "$model" > "$T/out" 2>&1
  rc=$?
  cat "$T/out"
  if [ $rc != 0 ] || grep -q FAIL "$T/out" || ! grep -q '^gradient  .*  PASS$' "$T/out"; then
    echo "FAILED: $model $args (exit status $rc)"
    status=1
  fi
done <<EOF
models/cross.net
models/noncausal_stream.net
models/gqa.net $gqa
models/gqa.net $gqa -D n_kv_head=1
models/static_context.net
models/multitask.net
EOF

# softplus, the op added by its ops.def row alone, as an activation and in a
# score expression: gradients, and the kernels against the evaluator.
"$gpt23c" -I "$top_srcdir/models" --gradcheck "$top_srcdir/test/models/softplus.net" > "$T/out" 2>&1
rc=$?
cat "$T/out"
if [ $rc != 0 ] || grep -q FAIL "$T/out" || ! grep -q '^gradient  block\.1\.temp .*  PASS$' "$T/out" ||
  ! grep -q '^kernels   train .*  PASS$' "$T/out"; then
  echo "FAILED: test/models/softplus.net (exit status $rc)"
  status=1
fi

echo "== a planted wrong gradient"
# shellcheck disable=SC2086
"$gpt23c" -I "$top_srcdir/models" --gradcheck=gradients --gradcheck-plant block.1.attention.proj.w $tiny \
  "$top_srcdir/models/gpt23.net" > "$T/plant" 2>&1
rc=$?
cat "$T/plant"
[ $rc = 1 ] || { echo "FAILED: a planted wrong gradient: exit status $rc, expected 1"; status=1; }
fails=$(grep -c '^gradient .*  FAIL$' "$T/plant")
[ "$fails" = 1 ] && grep -q '^gradient  block\.1\.attention\.proj\.w .*  FAIL$' "$T/plant" ||
  { echo "FAILED: a planted wrong gradient: $fails failing parameters, expected block.1.attention.proj.w alone"; status=1; }
grep -q '^gradcheck .*: FAIL$' "$T/plant" || { echo "FAILED: a planted wrong gradient: no FAIL summary"; status=1; }
exit $status
