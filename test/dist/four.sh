#!/bin/sh
# four.sh: four processes (on however few cores: --oversubscribe), with
# --deterministic (docs/distributed.md).  One process of batch 4B trained
# to step 5 is resumed by four of batch B with ZeRO-1 and continues as one
# process does (losses of steps 6-10 and final weights and moments to 1e-5
# relative); the checkpoint the four write holds every shard's moments.
# Four processes add their gradients in rank order with --deterministic,
# whatever MPI chooses: a run repeated gives the same floats bit for bit,
# and ZeRO-1 with --deterministic gives the floats of the all-reduce path
# with --deterministic.  Skipped (77) without mpirun or without the MPI
# module.
. "${top_srcdir:-.}/test/cli/lib.sh"
. "${top_srcdir:-.}/test/dist/lib.sh"
COMPARE="$top_builddir/test/dist/ckpt-compare"

small="-D d_model=32 -D n_layer=1 -D n_head=2 -D max_seq_length=16"
# without the attention's biases: see equiv.sh
biasless_gpt23 "$T/gpt23.net"
compile "$T/gpt23.net" "$T/b2.bin" $small -D batch=2
compile "$T/gpt23.net" "$T/b8.bin" $small -D batch=8
cp "$top_srcdir/test/tok/fixtures/train.txt" "$T/data.txt" # a fixed text: the docs change
common="--train --data $T/data.txt --steps 10 --seed 5 --eval-every 0 --threads 1 --quiet"
MPI4() { mpirun -np 4 --oversubscribe --bind-to none "$GPT23RUN" "$@"; }

"$GPT23RUN" "$T/b8.bin" $common --log "$T/one.jsonl" --ckpt "$T/one" 2>"$T/err" || { cat "$T/err"; fail "one process"; }
"$GPT23RUN" "$T/b8.bin" $common --stop-at 5 --log "$T/half.jsonl" --ckpt "$T/half" 2>"$T/err" ||
  { cat "$T/err"; fail "one process to step 5"; }
MPI4 "$T/b2.bin" --train --data "$T/data.txt" --resume --ckpt "$T/half" --zero --deterministic --eval-every 0 \
  --threads 1 --quiet --log "$T/half.jsonl" 2>"$T/err" || { cat "$T/err"; fail "four processes resuming"; }
grep -q "AdamW moments .* per process (ZeRO-1 over 4, of " "$T/err" || { cat "$T/err"; fail "no moments in the header"; }
pick='s/.*"step":\([0-9]*\),"loss":\([^,]*\),"lr":[^,]*,"grad_norm":\([^,]*\),.*/\1 \2 \3/p'
sed -n "$pick" "$T/one.jsonl" >"$T/a"
sed -n "$pick" "$T/half.jsonl" >"$T/b"
awk '
  function off(x, y) { d = x - y; if (d < 0) d = -d; if (y < 0) y = -y; return d > 1e-5 * y }
  NR == FNR { loss[$1] = $2; norm[$1] = $3; next }
  $1 > 5 { n++
           if (!($1 in loss) || off($2, loss[$1]) || off($3, norm[$1])) {
             print "step " $1 ": loss " $2 " norm " $3 " against " loss[$1] " " norm[$1]; bad = 1 } }
  END { if (n != 5) { print n + 0 " steps compared, expected 5"; bad = 1 }; exit bad }' "$T/a" "$T/b" ||
  fail "four processes resuming one differ from it"
"$COMPARE" "$T/half/checkpoint.g23" "$T/one/checkpoint.g23" 1e-5 || fail "weights after resuming in four differ"

# --deterministic: repeated, and with and without ZeRO-1, the same floats
MPI4 "$T/b2.bin" $common --deterministic --log "$T/d1.jsonl" --ckpt "$T/d1" 2>"$T/err" ||
  { cat "$T/err"; fail "four processes, --deterministic"; }
MPI4 "$T/b2.bin" $common --deterministic --log "$T/d2.jsonl" --ckpt "$T/d2" 2>"$T/err" ||
  { cat "$T/err"; fail "four processes, --deterministic again"; }
MPI4 "$T/b2.bin" $common --deterministic --zero --log "$T/dz.jsonl" --ckpt "$T/dz" 2>"$T/err" ||
  { cat "$T/err"; fail "four processes, --deterministic --zero"; }
strip() { sed 's/,"ms":.*//' "$1"; }
strip "$T/d1.jsonl" >"$T/a"
for r in d2 dz; do
  strip "$T/$r.jsonl" >"$T/b"
  cmp "$T/a" "$T/b" || { diff "$T/a" "$T/b" | head; fail "--deterministic: losses of d1 and $r differ"; }
  "$COMPARE" "$T/$r/checkpoint.g23" "$T/d1/checkpoint.g23" 0 || fail "--deterministic: weights of d1 and $r differ"
done
echo "four: 1 -> 4 processes with ZeRO-1 resumes; --deterministic repeats bit for bit, with ZeRO-1 too"
