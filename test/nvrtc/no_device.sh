#!/bin/sh
# On a machine without a usable GPU, --device cuda is a clear error with a
# non-zero exit, and --device auto runs on the CPU.  Skipped where a CUDA
# device is present.
: "${top_srcdir:=.}" "${top_builddir:=.}"
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
if command -v nvidia-smi >/dev/null 2>&1 && nvidia-smi -L >/dev/null 2>&1; then
  echo "SKIP: this machine has a GPU"
  exit 77
fi
"$top_builddir/gpt23c" -D batch=2 -D d_model=16 -D n_layer=1 -D n_head=2 -D max_seq_length=8 \
  "$top_srcdir/models/gpt23.net" -o "$dir/plan.bin" || { echo "FAIL: gpt23c"; exit 1; }
printf 'hello world, hello gpt23. ' > "$dir/data.txt"
for i in 1 2 3 4 5 6; do cat "$dir/data.txt" "$dir/data.txt" > "$dir/d2" && mv "$dir/d2" "$dir/data.txt"; done
status=0
"$top_builddir/gpt23run" "$dir/plan.bin" --train --device cuda --steps 1 --data "$dir/data.txt" \
  > "$dir/out" 2>&1
rc=$?
cat "$dir/out"
if [ $rc = 0 ]; then
  echo "FAIL: --device cuda succeeded without a GPU"
  status=1
fi
if [ $rc -ge 128 ]; then
  echo "FAIL: gpt23run crashed (status $rc)"
  status=1
fi
# The message says which device and why, and what to do.
if ! grep -qi 'cuda' "$dir/out" || ! grep -Eqi 'not available|no CUDA device|cannot load' "$dir/out"; then
  echo "FAIL: the error does not say that CUDA is unavailable"
  status=1
fi
if [ "$(wc -l < "$dir/out")" -gt 5 ]; then
  echo "FAIL: more than a short message"
  status=1
fi
exit $status
