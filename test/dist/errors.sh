#!/bin/sh
# errors.sh: under mpirun an error names the process it happened in, on a
# line of its own, and the job ends with a non-zero status: --device cuda
# with a device ordinal that no machine has fails on every process (no
# CUDA here, no device, or not that one).  Started by mpirun with a module that is not
# there, gpt23run says so and how to get one.  Skipped (77) without mpirun
# or without the MPI module.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"

compile "$top_srcdir/models/gpt23.net" "$T/p.bin" -D d_model=32 -D n_layer=1 -D n_head=2 -D max_seq_length=16 \
  -D batch=2
cat "$top_srcdir/README.md" >"$T/data.txt"
MPI() { mpirun -np 2 --oversubscribe --bind-to none "$@"; }

G23_CUDA_DEVICE=9999 MPI "$GPT23RUN" "$T/p.bin" --train --data "$T/data.txt" --steps 2 --device cuda --threads 1 \
  >"$T/out" 2>"$T/err" && fail "two processes on --device cuda exited 0"
# the first process to fail ends the job, so the other may not get to say it
grep -Eq '^gpt23run\[rank [01]\]: error: .*(cannot load the CUDA driver|no CUDA device found|G23_CUDA_DEVICE=9999)' \
  "$T/err" || { cat "$T/err"; fail "no error line naming its process"; }

GPT23_MPI_MODULE=$T/none.so MPI "$GPT23RUN" "$T/p.bin" --train --data "$T/data.txt" --steps 2 --threads 1 \
  >"$T/out" 2>"$T/err" && fail "a missing MPI module was not an error"
grep -q "GPT23_MPI_MODULE=$T/none.so" "$T/err" || { cat "$T/err"; fail "the missing module is not named"; }
echo "errors: every process names itself; a missing module is reported"
