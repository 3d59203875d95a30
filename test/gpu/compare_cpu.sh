#!/bin/sh
# The lockstep harness of test/gpu/check.sh, run CPU against CPU on a tiny
# gpt23.net: it must find every launch and the whole step in agreement, and
# must catch a value planted into one launch's output.  Then bf16 (the CPU
# playing CUDA's bf16 matmuls) against fp32 under the bf16 tolerances.
: "${top_srcdir:=.}" "${top_builddir:=.}"
prog=$top_builddir/test/gpu/compare
tiny="-D batch=2 -D d_model=16 -D n_layer=1 -D n_head=2 -D max_seq_length=8"
out=$top_builddir/test/gpu/compare_cpu.out
outb=$top_builddir/test/gpu/compare_cpu_bf16.out
outc=$top_builddir/test/gpu/compare_cpu_bf16c.out
status=0
# shellcheck disable=SC2086
if ! "$prog" --device cpu $tiny "$top_srcdir/models/gpt23.net" > "$out" 2>&1; then
  cat "$out"
  echo "FAIL: cpu against cpu disagrees"
  status=1
fi
grep -E 'graph:|whole step|compare:' "$out"
grep -q 'train graph: [0-9]* of [0-9]* launches agree' "$out" || { echo "FAIL: no train lockstep"; status=1; }
grep -q 'whole step: .* tensors agree' "$out" || { echo "FAIL: no whole-step comparison"; status=1; }
# shellcheck disable=SC2086
if "$prog" --device cpu --plant 3 --graph train $tiny "$top_srcdir/models/gpt23.net" > "$out.plant" 2>&1; then
  cat "$out.plant"
  echo "FAIL: a planted difference went unnoticed"
  status=1
fi
grep -q '^FAIL launch 3 ' "$out.plant" || { cat "$out.plant"; echo "FAIL: the planted launch is not named"; status=1; }
grep -c '^FAIL launch' "$out.plant" | grep -qx 1 || { echo "FAIL: more than the planted launch failed"; status=1; }
# bf16: the CPU rounding matmul operands as CUDA's bf16 does must pass the
# bf16 tolerances, and must not pass the fp32 ones.
# shellcheck disable=SC2086
if ! "$prog" --device cpu --precision bf16 $tiny "$top_srcdir/models/gpt23.net" > "$outb" 2>&1; then
  cat "$outb"
  echo "FAIL: bf16 against fp32 is outside the bf16 tolerances"
  status=1
fi
grep -E 'graph:|whole step' "$outb"
grep -q 'train graph: [0-9]* of [0-9]* launches agree (bf16 matmuls' "$outb" || { echo "FAIL: no bf16 lockstep"; status=1; }
grep -q 'whole step, bf16: loss relative error' "$outb" || { echo "FAIL: no bf16 whole step"; status=1; }
# shellcheck disable=SC2086
if "$prog" --device cpu --precision bf16 --fp32-tolerance $tiny "$top_srcdir/models/gpt23.net" > "$outc" 2>&1; then
  cat "$outc"
  echo "FAIL: bf16 matmuls pass fp32 tolerances: the operands were not rounded"
  status=1
fi
grep -q '^FAIL launch [0-9]* (matmul' "$outc" || { echo "FAIL: the bf16 control names no matmul"; status=1; }
if grep -q '^FAIL launch [0-9]* (kernel' "$outc"; then
  grep '^FAIL launch [0-9]* (kernel' "$outc" | head -3
  echo "FAIL: a kernel launch differs in bf16 (only matmuls change)"
  status=1
fi
exit $status
