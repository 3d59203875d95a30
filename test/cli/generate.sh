#!/bin/sh
# Generation streams whole UTF-8 characters: a model trained on Japanese text
# (3-byte characters) generates it back greedily, far past the context, so
# the window slides (prefill re-runs) many times.  While it runs, the text
# reaches the file and every prefix seen there ends on a character
# boundary; a process killed midway keeps a valid prefix.  Sampling is
# reproducible from --seed.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
line='日本語のテキストです。'   # 11 characters, 33 bytes
awk -v l="$line" 'BEGIN { for (i = 0; i < 600; i++) print l }' >"$T/ja.txt"
RUN "$T/lm.bin" --train --data "$T/ja.txt" --steps 300 --lr 3e-3 --min-lr 3e-4 --warmup 20 --weight-decay 0 \
  --eval-every 0 --quiet --ckpt "$T/ck" 2>"$T/err" || { cat "$T/err"; fail "training"; }

# greedy: the exact continuation, over many context windows
RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "日本語の" --temperature 0 --max-tokens 3400 \
  >"$T/gen.out" 2>"$T/gen.err" || { cat "$T/gen.err"; fail "generation failed"; }
# expected: the prompt, then 3400 bytes continuing the text, then a newline
awk -v l="$line" 'BEGIN { for (i = 0; i < 20000; i++) print l }' >"$T/lines"
{ printf '%s' "日本語の"; tail -c +13 "$T/lines"; } >"$T/stream"
{ head -c $((12 + 3400)) "$T/stream"; echo; } >"$T/want"
cmp -s "$T/want" "$T/gen.out" || { head -c 300 "$T/gen.out"; fail "greedy generation did not reproduce the text"; }
grep -Eq '3400 tokens in [0-9.]+ s \([0-9.]+ tok/s\)' "$T/gen.err" || fail "no tokens/s report"

# streaming: the text reaches the file while generation runs (a process
# killed midway keeps what it wrote), and every prefix seen on disk ends on
# a character boundary
"$GPT23RUN" "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "日本語の" --temperature 0 \
  --max-tokens 100000000 --threads 2 >"$T/live.out" 2>"$T/live.err" &
bg=$!
seen=0 i=0
while [ $seen -lt 3 ]; do
  i=$((i + 1))
  [ $i -lt 600 ] || fail "no streamed output after 60 s"
  sleep 0.05
  n=$(wc -c <"$T/live.out")
  [ "$n" -gt 100 ] || continue
  head -c "$n" "$T/live.out" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 ||
    fail "the output had $n bytes, ending inside a character"
  seen=$((seen + 1))
done
kill -TERM $bg
wait $bg
bg=
n=$(wc -c <"$T/live.out")
[ "$n" -lt $(wc -c <"$T/stream") ] || fail "streamed output too long to check ($n bytes)"
head -c "$n" "$T/stream" | cmp -s - "$T/live.out" || fail "the streamed text is not the greedy continuation"
iconv -f UTF-8 -t UTF-8 <"$T/live.out" >/dev/null 2>&1 || fail "killed midway, the output ends inside a character"

# sampling: same seed, same text; another seed, (almost surely) another text
sample() {
  RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "日" --temperature 1.5 --top-k 50 --top-p 0.95 \
    --seed "$1" --max-tokens 200 >"$2" 2>/dev/null || fail "sampling"
}
sample 1 "$T/s1a"
sample 1 "$T/s1b"
sample 2 "$T/s2"
cmp -s "$T/s1a" "$T/s1b" || fail "sampling with the same seed differs"
! cmp -s "$T/s1a" "$T/s2" || fail "sampling ignores the seed"
exit 0
