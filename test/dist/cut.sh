#!/bin/sh
# cut.sh: the gradient cut gpt23c records for data-parallel training
# (passes/distcut.c).  For gpt23.net the training graph has one; every
# parameter has a gradient that is final at or before it, and some are final
# well before it (their all-reduce can overlap the rest of backward); the
# launch after the cut is the start of the norm, so no gradient is written
# after it.  Needs no MPI.
. "${top_srcdir:-.}/test/cli/lib.sh"
compile "$top_srcdir/models/gpt23.net" "$T/p.bin" -D d_model=32 -D n_layer=2 -D n_head=2 -D max_seq_length=16
"$GPT23C" --dump "$T/p.bin" >"$T/dump" || fail "gpt23c --dump"
cut=$(sed -n 's/^  train .*, gradients final after launch \([0-9]*\)$/\1/p' "$T/dump")
[ -n "$cut" ] || { grep '^  train ' "$T/dump"; fail "no gradient cut in the training graph"; }
launches=$(sed -n 's/^  train *\([0-9]*\) launches.*/\1/p' "$T/dump")
[ "$cut" -lt "$launches" ] || fail "the cut $cut leaves no launch of the $launches for the optimizer"
params=$(grep -c '^  [^ ]* *param ' "$T/dump")
grep '^  grad:' "$T/dump" >"$T/grads"
[ "$(wc -l <"$T/grads")" = "$params" ] || fail "$params parameters but $(wc -l <"$T/grads") gradients"
awk -v cut="$cut" '
  { n++; if (!match($0, /final after launch [0-9]+/)) { print "no final launch: " $0; bad = 1; next }
    f = substr($0, RSTART + 19, RLENGTH - 19) + 0
    if (f < 1 || f > cut) { print "final after " f ", cut " cut ": " $0; bad = 1 }
    if (f < cut / 2) early++ }
  END { if (!early) { print "no gradient is final before the middle of the launches up to the cut"; bad = 1 }
        exit bad }' "$T/grads" || fail "gradients final after the cut, or none early"
echo "cut: training graph cut after launch $cut of $launches; $params gradients final no later"
