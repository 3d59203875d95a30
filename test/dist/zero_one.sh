#!/bin/sh
# zero_one.sh: ZeRO-1's AdamW (--zero, docs/distributed.md) is the plan's
# own norm, clipping and AdamW, computed by the runtime instead of the
# plan's kernels: in one process (its shard is everything, nothing to
# reduce) the two give the same floats, bit for bit, in the loss and
# gradient norm of every step and in the final weights and moments.  20
# steps of a small gpt23.net with its attention biases (whose gradient is
# rounding noise: any difference in arithmetic would show there first),
# clipping at 1 (the first steps' norms exceed it), weight decay on the
# matrices and not on the biases and gains, 2 threads.  Then a --zero run
# stopped at step 10 and resumed with --zero (the moments through the
# checkpoint) ends on the same floats.  Needs no MPI.
. "${top_srcdir:-.}/test/cli/lib.sh"
COMPARE="$top_builddir/test/dist/ckpt-compare"

compile "$top_srcdir/models/gpt23.net" "$T/p.bin" -D d_model=64 -D n_layer=2 -D n_head=2 -D max_seq_length=32 \
  -D batch=4
cp "$top_srcdir/test/tok/fixtures/train.txt" "$T/data.txt" # a fixed text: the docs change
common="--train --data $T/data.txt --steps 20 --seed 3 --eval-every 0 --grad-clip 1 --quiet"

RUN "$T/p.bin" $common --log "$T/kernels.jsonl" --ckpt "$T/kernels" 2>"$T/err" || { cat "$T/err"; fail "plain run"; }
RUN "$T/p.bin" $common --zero --log "$T/zero.jsonl" --ckpt "$T/zero" 2>"$T/err" || { cat "$T/err"; fail "--zero"; }
grep -q "AdamW moments .* per process (ZeRO-1 over 1" "$T/err" || { cat "$T/err"; fail "no moments line"; }
# the logs without the step times: the same loss and norm, digit for digit
strip() { sed 's/,"ms":.*//' "$1"; }
strip "$T/kernels.jsonl" >"$T/a"
strip "$T/zero.jsonl" >"$T/b"
[ "$(grep -c '"grad_norm"' "$T/a")" = 20 ] || fail "the log has not 20 steps"
awk -F'"grad_norm":' '$2 + 0 > 1 { c = 1 } END { exit !c }' "$T/a" || fail "no step was clipped: clipping is not tested"
cmp "$T/a" "$T/b" || { diff "$T/a" "$T/b" | head; fail "--zero gives other losses or norms than the plan's kernels"; }
"$COMPARE" "$T/zero/checkpoint.g23" "$T/kernels/checkpoint.g23" 0 || fail "--zero weights differ from the kernels'"

RUN "$T/p.bin" $common --zero --stop-at 10 --ckpt "$T/half" 2>"$T/err" || { cat "$T/err"; fail "--zero to step 10"; }
RUN "$T/p.bin" --train --data "$T/data.txt" --resume --zero --ckpt "$T/half" --eval-every 0 --quiet 2>"$T/err" ||
  { cat "$T/err"; fail "--zero resuming"; }
"$COMPARE" "$T/half/checkpoint.g23" "$T/kernels/checkpoint.g23" 0 || fail "--zero across a resume differs"
echo "zero_one: --zero equals the plan's AdamW kernels bit for bit, also across a resume"
