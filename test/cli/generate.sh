#!/bin/sh
# Generation streams whole UTF-8 characters: a model trained on Japanese text
# (3-byte characters) generates it back greedily; while it runs, every
# prefix of its output seen on disk ends on a character boundary, and the
# output grows before the end (streamed, not written at exit).  Generation
# goes far past the context, so the window slides (prefill re-runs) many
# times.  Sampling is reproducible from --seed.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
line='日本語のテキストです。'   # 11 characters, 33 bytes
awk -v l="$line" 'BEGIN { for (i = 0; i < 600; i++) print l }' >"$T/ja.txt"
RUN "$T/lm.bin" --train --data "$T/ja.txt" --steps 300 --lr 3e-3 --min-lr 3e-4 --warmup 20 --weight-decay 0 \
  --eval-every 0 --quiet --ckpt "$T/ck" 2>"$T/err" || { cat "$T/err"; fail "training"; }

# greedy: the exact continuation, over many context windows
RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "日本語の" --temperature 0 --max-tokens 3400 \
  >"$T/gen.out" 2>"$T/gen.err" &
pid=$!
seen=0
while kill -0 $pid 2>/dev/null; do
  n=$(wc -c <"$T/gen.out")
  if [ "$n" -gt 0 ]; then
    head -c "$n" "$T/gen.out" | iconv -f UTF-8 -t UTF-8 >/dev/null 2>&1 ||
      fail "the output had $n bytes, ending inside a character"
    seen=$((seen + 1))
  fi
  sleep 0.05
done
wait $pid || { cat "$T/gen.err"; fail "generation failed"; }
total=$(wc -c <"$T/gen.out")
[ $seen -ge 2 ] || fail "the output was not streamed (seen $seen times before the end)"
# expected: the prompt, then 3400 bytes continuing the text, then a newline
{ printf '%s' "日本語の"; awk -v l="$line" 'BEGIN { for (i = 0; i < 110; i++) print l }' | tail -c +13 | head -c 3400; echo; } >"$T/want"
cmp -s "$T/want" "$T/gen.out" || { head -c 300 "$T/gen.out"; fail "greedy generation did not reproduce the text"; }
[ "$total" = $((12 + 3400 + 1)) ] || fail "output has $total bytes"
grep -Eq '3400 tokens in [0-9.]+ s \([0-9.]+ tok/s\)' "$T/gen.err" || fail "no tokens/s report"

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
