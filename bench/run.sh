#!/bin/sh
# The CPU benchmark (make bench): training throughput of models/gpt23.net and
# of the GPT-2-124M-shaped variant at B x T = 4 x 64 and 16 x 256, against
# OpenBLAS sgemm measured in the same process, and decode tokens/s at batch 1.
#
# Where $PYTHON (default python3) can import torch and safetensors, each
# model is then run side by side with PyTorch eager and torch.compile
# (bench/torch_baseline.py), and one table of the ratios ends the output;
# then greedy decoding at batch 1 with the KV cache, the same tokens checked
# on both sides first (bench/torch_decode.py).
#
# OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset here: set, they make
# Debian's OpenBLAS pick a slower kernel than the machine supports.  Each
# result line names the core OpenBLAS chose.
set -eu
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}" "${top_builddir:=.}"
unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
work=$(mktemp -d "${TMPDIR:-/tmp}/g23-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
gpt23c=$top_builddir/gpt23c
bench=$top_builddir/bench/bench_train
run() { # name model steps defines...
  name=$1 model=$2 steps=$3
  shift 3
  echo "== $name"
  "$gpt23c" "$model" -o "$work/$name.bin" "$@"
  "$bench" "$work/$name.bin" --steps "$steps" --profile "${PROFILE:-0}"
}
run gpt23 "$top_srcdir/models/gpt23.net" 20
run gpt2_124m-4x64 "$top_srcdir/models/variants/gpt2_124m.net" 5 -D batch=4 -D seq=64
run gpt2_124m-16x256 "$top_srcdir/models/variants/gpt2_124m.net" 2 -D batch=16 -D seq=256
"$top_builddir/bench/sgemm" 3072 3072 768 3

: "${PYTHON:=python3}"
if "$PYTHON" -c 'import torch, safetensors' 2>/dev/null; then
  echo "== side by side with PyTorch (gpt23's two runs interleaved with eager, then torch.compile)"
  echo "| model | batch x seq | gpt23 (two runs) | PyTorch eager | torch.compile | over eager | over compile |"
  echo "|---|---|---|---|---|---|---|"
  side_by_side() { # name steps
    "$PYTHON" "$top_srcdir/bench/torch_baseline.py" "$work/$1.bin" --name "$1" --steps "$2" \
      --bench-train "$bench"
  }
  side_by_side gpt23 20
  side_by_side gpt2_124m-4x64 5
  side_by_side gpt2_124m-16x256 2
  echo "== greedy decode at batch 1, KV cache, side by side with PyTorch (gpt23 interleaved with eager and torch.compile)"
  echo "| model | threads | gpt23 | PyTorch eager | torch.compile | over eager | over compile |"
  echo "|---|---|---|---|---|---|---|"
  for threads in 1 2; do
    "$PYTHON" "$top_srcdir/bench/torch_decode.py" "$work/gpt23.bin" --name gpt23 --tokens 100 \
      --threads $threads --bench-train "$bench"
    "$PYTHON" "$top_srcdir/bench/torch_decode.py" "$work/gpt2_124m-4x64.bin" --name gpt2_124m --tokens 32 \
      --threads $threads --bench-train "$bench"
  done
else
  echo "== no PyTorch for $PYTHON (import torch, safetensors failed): no side-by-side table"
fi
