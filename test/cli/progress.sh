#!/bin/sh
# gpt23run reports the kernel compilation on stderr: the count before the
# compiler runs and the time after, one line each in a log; a cache hit is
# silent there unless --verbose.  On a terminal a line ticks while the
# compiler runs and a cache hit is reported too.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
"$GPT23C" -I "$top_srcdir/models" "$T/lm.net" -D d_model=24 -o "$T/lm.bin" || fail "gpt23c"
n=$("$GPT23C" -I "$top_srcdir/models" "$T/lm.net" -D d_model=24 --emit stats | sed -n 's/^model .*: \([0-9]*\) kernels in the plan$/\1/p')
[ -n "$n" ] && [ "$n" -gt 0 ] || fail "no kernel count from --emit stats"
printf 'hello world, hello gpt23. %.0s' $(seq 100) >"$T/data.txt"
XDG_CACHE_HOME="$T/cache"
export XDG_CACHE_HOME
train() { RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 1 --eval-every 0 --quiet "$@"; }

# a fresh cache: the compiler runs
train >/dev/null 2>"$T/err1" || { cat "$T/err1"; fail "first run"; }
grep -qx "gpt23run: compiling $n kernels\.\.\." "$T/err1" || { cat "$T/err1"; fail "no 'compiling $n kernels...' line"; }
grep -Eqx 'gpt23run: compiled in [0-9]+\.[0-9] s' "$T/err1" || { cat "$T/err1"; fail "no 'compiled in' line"; }
grep -q 'found in the cache' "$T/err1" && fail "a cache hit reported on a cache miss"
awk '/compiling/ { c = NR } /compiled in/ { d = NR } END { exit !(c && d == c + 1) }' "$T/err1" ||
  fail "'compiled in' does not follow 'compiling'"

# the same plan again: a cache hit, silent in a log, reported with --verbose
train >/dev/null 2>"$T/err2" || { cat "$T/err2"; fail "second run"; }
grep -q 'compil\|found in the cache' "$T/err2" && { cat "$T/err2"; fail "a cache hit reported in a log without --verbose"; }
train --verbose >/dev/null 2>"$T/err3" || { cat "$T/err3"; fail "--verbose run"; }
grep -Eq "^gpt23run: $n kernels found in the cache \($T/cache/gpt23/kernels-[0-9a-f]+\.so\)$" "$T/err3" ||
  { cat "$T/err3"; fail "no cache hit line with --verbose"; }
grep -q 'gpt23run: compiling' "$T/err3" && fail "a cache hit compiled"

# on a terminal (script gives the run one): the ticking line ends in the
# time, and a cache hit is reported
rm -rf "$T/cache"
script -qec "'$GPT23RUN' '$T/lm.bin' --train --data '$T/data.txt' --steps 1 --eval-every 0 --quiet --threads 2" \
  "$T/tty1" >/dev/null 2>&1 </dev/null || { cat "$T/tty1"; fail "run on a terminal"; }
grep -Eq "gpt23run: compiling $n kernels\.\.\. compiled in [0-9]+\.[0-9] s" "$T/tty1" ||
  { cat "$T/tty1"; fail "no final compile line on a terminal"; }
script -qec "'$GPT23RUN' '$T/lm.bin' --train --data '$T/data.txt' --steps 1 --eval-every 0 --quiet --threads 2" \
  "$T/tty2" >/dev/null 2>&1 </dev/null || { cat "$T/tty2"; fail "second run on a terminal"; }
grep -q "gpt23run: $n kernels found in the cache (" "$T/tty2" || { cat "$T/tty2"; fail "no cache hit line on a terminal"; }
exit 0
