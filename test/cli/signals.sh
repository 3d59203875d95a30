#!/bin/sh
# SIGINT and SIGTERM are taken by one thread with sigwait, never by a handler
# that interrupts a computing thread (runtime/cli/signals.h): a handler's
# frame pushed onto a thread inside a matmul library's generated code once
# corrupted the heap when training was stopped.
#   1. While training runs, every thread blocks both signals and none has a
#      handler for them.
#   2. SIGTERM at a dozen random points of training: each run exits 143
#      after writing a checkpoint that resumes.
#   3. Outside training (generation), SIGTERM ends the process at once, by
#      the signal.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
copy_data "$T/data.txt" 500 3
const="--data $T/data.txt --lr 1e-3 --eval-every 0 --quiet"
RUN "$T/lm.bin" --train $const --steps 2 2>"$T/err" || { cat "$T/err"; fail "warm-up run"; }

# start_training DIR: gpt23run in the background ($bg) until it logged a step
start_training() {
  rm -rf "$1" "$1.jsonl"
  "$GPT23RUN" "$T/lm.bin" --train $const --steps 1000000 --ckpt "$1" --log "$1.jsonl" --threads 2 \
    >/dev/null 2>"$1.err" &
  bg=$!
  i=0
  until [ -s "$1.jsonl" ]; do
    i=$((i + 1))
    [ $i -lt 600 ] || fail "training did not start"
    sleep 0.1
  done
}

# 1. the signal masks of every thread, from /proc: SigBlk and SigCgt are hex
# masks with bit (n - 1) for signal n (SIGINT 2, SIGTERM 15).
if [ -d /proc/self/task ]; then
  start_training "$T/m"
  watchers=0
  for st in /proc/$bg/task/*/status; do
    blk=$(sed -n 's/^SigBlk:[[:space:]]*//p' "$st") cgt=$(sed -n 's/^SigCgt:[[:space:]]*//p' "$st")
    [ -n "$blk" ] || continue
    [ $((0x$cgt & 0x4002)) = 0 ] || fail "thread ${st%/status} has a handler for SIGINT or SIGTERM (SigCgt $cgt)"
    # the watcher: sigwait unblocks what it waits for while it waits
    if [ "$(cat "${st%status}comm")" = g23-signals ]; then
      watchers=$((watchers + 1))
      continue
    fi
    [ $((0x$blk & 0x4002)) = $((0x4002)) ] || fail "thread ${st%/status} does not block SIGINT and SIGTERM (SigBlk $blk)"
  done
  [ $watchers = 1 ] || fail "$watchers signal watcher threads, expected 1"
  kill -TERM $bg
  wait $bg
  st=$?
  bg=
  [ $st = 143 ] || { cat "$T/m.err"; fail "SIGTERM: exit status $st, expected 143"; }
fi

# 2. SIGTERM anywhere in a step
for k in 1 2 3 4 5 6 7 8 9 10 11 12; do
  start_training "$T/u"
  sleep "0.0$(awk -v k=$k 'BEGIN { srand(k); printf "%d", rand() * 10 }')"
  kill -TERM $bg
  wait $bg
  st=$?
  bg=
  [ $st = 143 ] || { cat "$T/u.err"; fail "SIGTERM $k: exit status $st, expected 143"; }
  s=$(sed -n 's/.*SIGTERM received: stopping after step \([0-9]*\).*/\1/p' "$T/u.err")
  [ -n "$s" ] || { cat "$T/u.err"; fail "SIGTERM $k: no message"; }
  RUN "$T/lm.bin" --train --data "$T/data.txt" --quiet --ckpt "$T/u" --resume --stop-at $((s + 1)) \
    >/dev/null 2>"$T/err" || { cat "$T/err"; fail "SIGTERM $k: resuming"; }
  grep -q "resuming after step $s\$" "$T/err" || { cat "$T/err"; fail "SIGTERM $k: resumed elsewhere"; }
done

# 3. generation: no graceful stop, the signal's own default action
"$GPT23RUN" "$T/lm.bin" --generate --ckpt "$T/u" --prompt "ab" --max-tokens 100000000 --threads 2 >/dev/null 2>&1 &
bg=$!
sleep 1
kill -TERM $bg
wait $bg
st=$?
bg=
[ $st = 143 ] || fail "SIGTERM during generation: exit status $st, expected 143"
exit 0
