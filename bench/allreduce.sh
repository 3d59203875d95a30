#!/bin/sh
# The all-reduce of data-parallel training (docs/distributed.md), measured:
#
#   bench/allreduce.sh [NP]        (from a build tree; make bench/allreduce first)
#
# 1. bench/allreduce under mpirun -np NP (default 2): MPI_Allreduce of the
#    gradients of gpt23.net (842,496 floats) and GPT-2 124M (124,439,808
#    floats), whole and in the runtime's 1 MiB buckets: median ms and bus
#    GB/s (2 (NP - 1) / NP x bytes / time).
# 2. The overlap in training: gpt23.net at a global batch of 16 x 128, one
#    process with NP threads, then NP processes of batch 16 / NP with one
#    thread each and G23_DIST_TIMING=1, which makes each rank print the time
#    per step spent starting the buckets' all-reduces, in MPI_Test between
#    launches and waiting at the cut: the communication the step exposes.
#    Median step times from the --log files (the first step left out).
#
# OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE are unset; Open MPI is allowed to
# run as root (as in make check) and to oversubscribe the cores.
set -eu
: "${top_srcdir:=$(cd "$(dirname "$0")/.." && pwd)}" "${top_builddir:=.}"
unset OPENBLAS_CORETYPE OPENBLAS_L2_SIZE
OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
export OMPI_ALLOW_RUN_AS_ROOT OMPI_ALLOW_RUN_AS_ROOT_CONFIRM
np=${1:-2}
steps=${STEPS:-40}
command -v mpirun >/dev/null 2>&1 || { echo "allreduce.sh: no mpirun (on Debian: apt-get install openmpi-bin)" >&2; exit 1; }
[ -x "$top_builddir/bench/allreduce" ] || {
  echo "allreduce.sh: no $top_builddir/bench/allreduce: run 'make bench/allreduce' (gpt23 configured with Open MPI)" >&2
  exit 1
}
work=$(mktemp -d "${TMPDIR:-/tmp}/g23-allreduce.XXXXXX")
trap 'rm -rf "$work"' EXIT
mpi="mpirun -np $np --oversubscribe --bind-to none"

echo "== MPI_Allreduce at the gradient sizes ($np ranks; load: $(cut -d' ' -f1-3 /proc/loadavg))"
$mpi "$top_builddir/bench/allreduce"

echo "== overlap: gpt23.net, global batch 16 x 128, $steps steps (load: $(cut -d' ' -f1-3 /proc/loadavg))"
# the training text: the repository's documentation (byte-level tokens)
cat "$top_srcdir"/README.md "$top_srcdir"/docs/*.md "$top_srcdir"/man/*.1 > "$work/data.txt"
"$top_builddir/gpt23c" "$top_srcdir/models/gpt23.net" -D batch=16 -o "$work/one.bin"
"$top_builddir/gpt23c" "$top_srcdir/models/gpt23.net" -D batch=$((16 / np)) -o "$work/dp.bin"
train="--train --data $work/data.txt --steps $steps --eval-every 0 --quiet --overwrite"
median_ms() { # log: the median step time, first step left out
  sed -n 's/.*"step":\([0-9]*\),.*"ms":\([0-9.]*\).*/\1 \2/p' "$1" | awk '$1 > 1 {print $2}' | sort -g |
    awk '{v[NR] = $1} END {print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2)}'
}
"$top_builddir/gpt23run" "$work/one.bin" $train --threads "$np" --log "$work/one.jsonl"
G23_DIST_TIMING=1 $mpi "$top_builddir/gpt23run" "$work/dp.bin" $train --threads 1 --log "$work/dp.jsonl"
echo "step, median: one process of batch 16 with $np threads $(median_ms "$work/one.jsonl") ms;" \
  "$np processes of batch $((16 / np)) with 1 thread $(median_ms "$work/dp.jsonl") ms"
echo "(load: $(cut -d' ' -f1-3 /proc/loadavg))"
