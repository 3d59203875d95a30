#!/bin/sh
# Training settings the command line does not give come from the model's
# hparams (lr, min_lr, warmup, weight_decay, grad_clip), else the built-in
# defaults.  The shipped models/gpt23.net, at a tiny size and with no
# setting on the command line, must learn: the validation loss of the
# theme data (see lib.sh) falls below 1.6 in 300 steps (the letters before
# in the line narrow the next to a pair, about 0.85; without them it stays
# above 1.8; a learning rate too small for 300 steps leaves it near 2.8).
. "${top_srcdir:-.}/test/cli/lib.sh"

tiny="-D n_layer=1 -D d_model=32 -D max_seq_length=32 -D batch=16"
# shellcheck disable=SC2086
compile "$top_srcdir/models/gpt23.net" "$T/gpt23.bin" $tiny
theme_data "$T/theme.txt" 3000 11
RUN "$T/gpt23.bin" --train --data "$T/theme.txt" --steps 300 --eval-every 100 --log "$T/log.jsonl" \
  --ckpt "$T/ck" >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "training with the model's defaults"; }
first=$(grep '"loss"' "$T/log.jsonl" | head -1 | sed 's/.*"loss":\([0-9.e+-]*\).*/\1/')
last=$(grep '"val_loss"' "$T/log.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
echo "gpt23.net with its own settings: loss $first at step 1, validation loss $last at step 300"
awk -v l="$last" 'BEGIN { exit !(l < 1.6) }' || fail "validation loss $last is not below 1.6: the defaults do not learn"

# the settings came from the model's hparams (read back from the checkpoint)
settings() {
  "$GPT23C" --dump "$1/checkpoint.g23" | sed -n 's/^  \(lr .*\|weight decay .*\)$/\1/p' | tr '\n' ';'
}
want=$("$GPT23C" --dump "$T/gpt23.bin" | sed -n '/^hparams:/,/^arena/p' | awk '$1 == "lr" { lr = $2 } $1 == "min_lr" { m = $2 }
  $1 == "warmup" { w = $2 } $1 == "weight_decay" { d = $2 }
  END { printf "lr %g, min lr %g, warmup %d steps;weight decay %g, grad clip 1;", lr, m, w, d }')
case "$want" in *"lr 0,"*) fail "models/gpt23.net has no lr hparam" ;; esac
[ "$(settings "$T/ck")" = "$want" ] || fail "settings '$(settings "$T/ck")', want the model's '$want'"

# the command line wins over an hparam; min_lr stays the model's
RUN "$T/gpt23.bin" --train --data "$T/theme.txt" --steps 1 --lr 1e-3 --warmup 3 --grad-clip 0.5 --quiet \
  --ckpt "$T/ck2" 2>"$T/err" || { cat "$T/err"; fail "--lr over the hparam"; }
minlr=$(echo "$want" | sed 's/.*min lr \([^,]*\),.*/\1/')
d=$(echo "$want" | sed 's/.*weight decay \([^,]*\),.*/\1/')
[ "$(settings "$T/ck2")" = "lr 0.001, min lr $minlr, warmup 3 steps;weight decay $d, grad clip 0.5;" ] ||
  fail "with --lr 1e-3 --warmup 3 --grad-clip 0.5: '$(settings "$T/ck2")'"

# a model without the hparams: the built-in defaults (3e-4, lr / 10, 0, 0.1, 1)
write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin"
RUN "$T/lm.bin" --train --data "$T/theme.txt" --steps 1 --quiet --ckpt "$T/ck3" 2>"$T/err" ||
  { cat "$T/err"; fail "built-in defaults"; }
[ "$(settings "$T/ck3")" = "lr 0.0003, min lr 3e-05, warmup 0 steps;weight decay 0.1, grad clip 1;" ] ||
  fail "built-in defaults: '$(settings "$T/ck3")'"

# -D changes an hparam like any other; one out of range is refused
# shellcheck disable=SC2086
compile "$top_srcdir/models/gpt23.net" "$T/g2.bin" $tiny -D lr=5e-3 -D warmup=7
RUN "$T/g2.bin" --train --data "$T/theme.txt" --steps 1 --quiet --ckpt "$T/ck4" 2>"$T/err" ||
  { cat "$T/err"; fail "-D lr=5e-3"; }
settings "$T/ck4" | grep -q "^lr 0.005, min lr $minlr, warmup 7 steps;" || fail "-D lr=5e-3 -D warmup=7: '$(settings "$T/ck4")'"
# shellcheck disable=SC2086
compile "$top_srcdir/models/gpt23.net" "$T/g3.bin" $tiny -D warmup=2.5
expect_fail 1 "the model's hparam warmup = 2.5 is not an integer" RUN "$T/g3.bin" --train --data "$T/theme.txt" --steps 1
# shellcheck disable=SC2086
compile "$top_srcdir/models/gpt23.net" "$T/g4.bin" $tiny -D lr=1e-5
expect_fail 1 "minimum learning rate .* is larger than the learning rate 1e-05" \
  RUN "$T/g4.bin" --train --data "$T/theme.txt" --steps 1
# --min-lr alone is checked against the model's lr, not the built-in one
RUN "$T/gpt23.bin" --train --data "$T/theme.txt" --steps 1 --min-lr 1e-3 --quiet --ckpt "$T/ck5" 2>"$T/err" ||
  { cat "$T/err"; fail "--min-lr 1e-3 under the model's lr"; }
exit 0
