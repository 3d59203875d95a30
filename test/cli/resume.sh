#!/bin/sh
# Resuming is bit for bit: N steps straight and N/2 + checkpoint + --resume
# give identical losses, learning rates and gradient norms at every step, and
# identical final weights (the exported safetensors files are the same
# bytes).  The model has dropout, so the dropout seeds must resume too.  An
# interruption by SIGINT writes a checkpoint and resumes the same way;
# SIGTERM exits with 143.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D dropout=0.1 -D n_layer=1
copy_data "$T/data.txt" 500 3
common="--data $T/data.txt --lr 1e-3 --warmup 4 --eval-every 5 --quiet"

RUN "$T/lm.bin" --train $common --steps 20 --ckpt "$T/a" --log "$T/a.jsonl" --export "$T/a.safetensors" \
  2>"$T/err" || { cat "$T/err"; fail "straight run"; }
RUN "$T/lm.bin" --train $common --steps 20 --stop-at 10 --ckpt "$T/b" --log "$T/b.jsonl" \
  2>"$T/err" || { cat "$T/err"; fail "first half"; }
[ "$(grep -c '"loss"' "$T/b.jsonl")" = 10 ] || fail "--stop-at 10 did not stop after 10 steps"
RUN "$T/lm.bin" --train --data "$T/data.txt" --quiet --ckpt "$T/b" --resume --log "$T/b.jsonl" \
  --export "$T/b.safetensors" 2>"$T/err" || { cat "$T/err"; fail "resumed half"; }
grep -q 'resuming after step 10' "$T/err" || fail "no resume message"

step_losses "$T/a.jsonl" >"$T/a.steps"
step_losses "$T/b.jsonl" >"$T/b.steps"
[ "$(wc -l <"$T/a.steps")" = 20 ] || fail "straight run logged $(wc -l <"$T/a.steps") steps"
cmp -s "$T/a.steps" "$T/b.steps" || { diff "$T/a.steps" "$T/b.steps"; fail "losses differ after resuming"; }
cmp -s "$T/a.safetensors" "$T/b.safetensors" || fail "weights differ after resuming"
cmp -s "$T/a/checkpoint.g23" "$T/b/checkpoint.g23" || fail "final checkpoints differ"

# Evaluating and sampling use their own generators: a run that evaluates
# and samples often takes exactly the same steps.
RUN "$T/lm.bin" --train $common --steps 20 --eval-every 2 --sample-every 3 --sample-tokens 8 \
  --log "$T/e.jsonl" >"$T/e.out" 2>/dev/null || fail "run with samples"
[ "$(grep -c '^--- sample at step' "$T/e.out")" = 6 ] || fail "expected 6 samples in 20 steps"
[ "$(grep -c '"val_loss"' "$T/e.jsonl")" = 10 ] || fail "expected 10 evaluations in 20 steps"
step_losses "$T/e.jsonl" | cmp -s - "$T/a.steps" || fail "evaluating or sampling changed the training run"

# --epochs: (7000 bytes - 5%) / (16 x 32) = 12 steps an epoch
RUN "$T/lm.bin" --train --data "$T/data.txt" --epochs 2 --eval-every 0 --peak-tflops 1 --log "$T/ep.jsonl" \
  >"$T/ep.out" 2>/dev/null || fail "--epochs"
[ "$(grep -c '"loss"' "$T/ep.jsonl")" = 24 ] || fail "--epochs 2 took $(grep -c '"loss"' "$T/ep.jsonl") steps, expected 24"
[ "$(grep -c '^Epoch [12] | Running Loss' "$T/ep.out")" = 2 ] || fail "expected two epoch lines"
grep -Eq '^step 24/24 .* tok/s \| MFU [0-9]+\.[0-9]%$' "$T/ep.out" || fail "no MFU with --peak-tflops"

# The losses really depend on the dropout seed: another seed, other losses.
RUN "$T/lm.bin" --train $common --steps 3 --seed 99 --log "$T/c.jsonl" 2>/dev/null || fail "seed run"
[ "$(step_losses "$T/c.jsonl" | head -1)" != "$(head -1 "$T/a.steps")" ] || fail "the seed changes nothing"

# SIGINT: finish the step, checkpoint, exit 130; resuming matches a straight
# run.  A constant learning rate makes the schedule independent of --steps.
const="--data $T/data.txt --lr 1e-3 --min-lr 1e-3 --eval-every 0 --quiet"
"$GPT23RUN" "$T/lm.bin" --train $const --steps 1000000 --ckpt "$T/s" --log "$T/s.jsonl" --threads 2 2>"$T/s.err" &
bg=$!
i=0
while :; do
  c=$(grep -c '"loss"' "$T/s.jsonl" 2>/dev/null)
  [ "${c:-0}" -ge 3 ] && break
  i=$((i + 1))
  [ $i -lt 600 ] || { kill -9 $bg; fail "training did not start"; }
  sleep 0.1
done
kill -INT $bg
wait $bg
st=$?
bg=
[ $st = 130 ] || { cat "$T/s.err"; fail "SIGINT: exit status $st, expected 130"; }
k=$(sed -n 's/.*stopping after step \([0-9]*\).*/\1/p' "$T/s.err")
[ -n "$k" ] && [ -s "$T/s/checkpoint.g23" ] || { cat "$T/s.err"; fail "SIGINT: no checkpoint"; }
[ "$(grep -c '"loss"' "$T/s.jsonl")" = "$k" ] || fail "SIGINT: $k steps reported, $(grep -c '"loss"' "$T/s.jsonl") logged"
n=$((k + 3))
RUN "$T/lm.bin" --train $const --steps $n --ckpt "$T/s" --resume --log "$T/s.jsonl" 2>"$T/err" ||
  { cat "$T/err"; fail "resume after SIGINT"; }
RUN "$T/lm.bin" --train $const --steps $n --log "$T/t.jsonl" 2>"$T/err" || fail "straight constant-lr run"
step_losses "$T/s.jsonl" >"$T/s.steps"
step_losses "$T/t.jsonl" >"$T/t.steps"
cmp -s "$T/s.steps" "$T/t.steps" || { diff "$T/s.steps" "$T/t.steps"; fail "SIGINT + resume differs from a straight run"; }

# A crash (SIGKILL) keeps the last periodic checkpoint (--ckpt-every 5),
# and resuming from it matches the straight run too.
"$GPT23RUN" "$T/lm.bin" --train $const --steps 1000000 --ckpt "$T/k" --ckpt-every 5 --log "$T/k.jsonl" \
  --threads 2 2>/dev/null &
bg=$!
i=0
while :; do
  c=$(grep -c '"loss"' "$T/k.jsonl" 2>/dev/null)
  [ "${c:-0}" -ge 12 ] && break
  i=$((i + 1))
  [ $i -lt 600 ] || fail "training did not start"
  sleep 0.1
done
kill -9 $bg
wait $bg
bg=
RUN "$T/lm.bin" --train $const --steps 200 --ckpt "$T/k" --resume --log "$T/r.jsonl" 2>"$T/err" ||
  { cat "$T/err"; fail "resume after a crash"; }
k=$(sed -n 's/.*resuming after step \([0-9]*\).*/\1/p' "$T/err")
[ -n "$k" ] && [ $((k % 5)) = 0 ] && [ "$k" -ge 10 ] || { cat "$T/err"; fail "no periodic checkpoint (step '$k')"; }
RUN "$T/lm.bin" --train $const --steps 200 --log "$T/t2.jsonl" 2>/dev/null || fail "straight run"
step_losses "$T/r.jsonl" >"$T/r.steps"
step_losses "$T/t2.jsonl" | tail -n $((200 - k)) >"$T/t2.steps"
[ "$(wc -l <"$T/r.steps")" = $((200 - k)) ] || fail "the resumed run took $(wc -l <"$T/r.steps") steps, expected $((200 - k))"
cmp -s "$T/r.steps" "$T/t2.steps" || { diff "$T/r.steps" "$T/t2.steps" | head; fail "resuming after a crash differs"; }

# SIGTERM: 143
"$GPT23RUN" "$T/lm.bin" --train $const --steps 1000000 --ckpt "$T/u" --log "$T/u.jsonl" --threads 2 2>"$T/u.err" &
bg=$!
i=0
until [ -s "$T/u.jsonl" ]; do
  i=$((i + 1))
  [ $i -lt 600 ] || { kill -9 $bg; fail "training did not start"; }
  sleep 0.1
done
kill -TERM $bg
wait $bg
st=$?
bg=
[ $st = 143 ] || fail "SIGTERM: exit status $st, expected 143"
[ -s "$T/u/checkpoint.g23" ] || fail "SIGTERM: no checkpoint"
exit 0
