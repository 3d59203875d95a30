#!/bin/sh
# AdamW's constants have one source, the plan: gpt23c compiles beta1, beta2
# and eps into the update (from --beta1/--beta2/--eps, else the model's
# hparams beta1/beta2/adam_eps, else 0.9, 0.95, 1e-8) and stores them; gpt23run
# takes the bias corrections 1 - beta^t from the plan.
#
# The check is independent of the gradient: from zero moments, the first
# AdamW step with matching bias corrections is m/bias1 = g, v/bias2 = g^2,
# so without weight decay and clipping every parameter moves by
# lr |g| / (|g| + eps), at most lr and almost exactly lr wherever the
# gradient is not tiny.  A bias correction from other betas scales that move
# (beta1 0.5 in the graph, 0.9 in the correction: 5 lr; beta2 0.5 against
# 0.95: 0.32 lr).
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
copy_data "$T/data.txt" 300 3
LR=0.01

# weights FILE: the safetensors data as one float per line (the header is
# the same in every file here: same names and shapes).
weights() {
  hl=$(od -An -tu4 -N4 "$1" | tr -d ' ')
  od -An -v -tf4 -j $((8 + hl)) "$1" | tr -s ' ' '\n' | sed '/^$/d'
}

# one_step NAME PLAN: the weights before (lr 0) and after one step of lr LR
# from the same initialisation and batch; every move is at most LR and 90%
# of them are within 1% of LR.
one_step() {
  for lr in 0 $LR; do
    RUN "$2" --train --data "$T/data.txt" --steps 1 --lr $lr --min-lr 0 --weight-decay 0 --grad-clip 0 \
      --eval-every 0 --quiet --export "$T/w$lr.safetensors" --overwrite 2>"$T/err" || { cat "$T/err"; fail "$1: training"; }
  done
  weights "$T/w0.safetensors" >"$T/before"
  weights "$T/w$LR.safetensors" >"$T/after"
  paste "$T/before" "$T/after" | awk -v lr=$LR -v what="$1" '
    { d = $2 - $1; if (d < 0) d = -d; n++; if (d > max) max = d; if (d >= 0.99 * lr) near++ }
    END {
      printf "%s: %d parameters, largest move %.6g (lr %g), %d within 1%% of lr\n", what, n, max, lr, near
      exit !(n > 1000 && max <= 1.0001 * lr && near >= 0.9 * n)
    }' || fail "$1: the first AdamW step is not lr * sign(gradient): the bias corrections use other betas"
}

compile "$T/lm.net" "$T/b1.bin" -D n_layer=1 --beta1 0.5
one_step "--beta1 0.5" "$T/b1.bin"
compile "$T/lm.net" "$T/b2.bin" -D n_layer=1 --beta2 0.5
one_step "--beta2 0.5" "$T/b2.bin"
compile "$T/lm.net" "$T/dflt.bin" -D n_layer=1
one_step "defaults" "$T/dflt.bin"

# the model's hparams, when no flag is given
sed 's/^  dropout = 0.0$/  dropout = 0.0\n  beta1 = 0.5\n  beta2 = 0.6/' "$T/lm.net" >"$T/hp.net"
grep -q 'beta2 = 0.6' "$T/hp.net" || fail "test setup: no hparams beta1/beta2 in hp.net"
compile "$T/hp.net" "$T/hp.bin" -D n_layer=1
one_step "hparams beta1 0.5, beta2 0.6" "$T/hp.bin"
"$GPT23C" --dump "$T/hp.bin" | grep -Eq 'AdamW: beta1 0\.5, beta2 0\.6, eps 1e-08' ||
  { "$GPT23C" --dump "$T/hp.bin" | head; fail "--dump does not show the plan's AdamW constants"; }
# a flag agreeing with the hparam is accepted; one contradicting it is refused
compile "$T/hp.net" "$T/hp2.bin" -D n_layer=1 --beta1 0.5
expect_fail 1 "--beta1 0.7 contradicts the model's hparam beta1 = 0.5" \
  "$GPT23C" "$T/hp.net" -o "$T/no.bin" -I "$top_srcdir/models" --beta1 0.7
[ ! -e "$T/no.bin" ] || fail "a plan was written despite the conflict"
# -D changes the hparam, and the flag must then agree with the new value
compile "$T/hp.net" "$T/hp3.bin" -D n_layer=1 -D beta1=0.7 --beta1 0.7
one_step "-D beta1=0.7 --beta1 0.7" "$T/hp3.bin"
exit 0
