#!/bin/sh
# gpt23plot draws a real training log: the SVG is well-formed XML, holds one
# training-loss point per step, one validation point per evaluation and the
# learning-rate curve, with points inside the plot; a broken log line is
# passed over with a warning; errors leave an existing picture untouched.
. "${top_srcdir:-.}/test/cli/lib.sh"
PLOT="$top_builddir/gpt23plot"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin"
theme_data "$T/theme.txt" 600 3
RUN "$T/lm.bin" --train --data "$T/theme.txt" --steps 60 --lr 1e-2 --warmup 10 --eval-every 20 \
  --eval-batches 2 --log "$T/log.jsonl" --quiet >"$T/train.out" 2>&1 || { cat "$T/train.out"; fail "training"; }

"$PLOT" "$T/log.jsonl" -o "$T/loss.svg" --title "tiny <run> & co" 2>"$T/err" || { cat "$T/err"; fail "gpt23plot"; }
xmllint --noout "$T/loss.svg" || fail "not well-formed XML"
# points of the polyline of class C
points() { sed -n "s/.*class=\"$1\".*points=\"\([^\"]*\)\".*/\1/p; s/.*points=\"\([^\"]*\)\".*class=\"$1\".*/\1/p" "$T/loss.svg" |
  tr ' ' '\n' | grep -c ,; }
[ "$(points loss)" = 60 ] || fail "$(points loss) training-loss points, expected 60"
[ "$(points loss-avg)" = 60 ] || fail "no moving average of 60 points"
[ "$(points lr)" = 60 ] || fail "$(points lr) learning-rate points, expected 60"
[ "$(grep -c 'class="val-point"' "$T/loss.svg")" = 3 ] || fail "expected 3 validation points"
grep -q 'tiny &lt;run&gt; &amp; co' "$T/loss.svg" || fail "title not escaped"
# every training-loss point lies in the plot area (900 x 500, margins)
sed -n 's/.*points="\([^"]*\)" *class="loss".*/\1/p; s/.*class="loss" points="\([^"]*\)".*/\1/p' "$T/loss.svg" |
  tr ' ' '\n' | awk -F, 'NF == 2 && ($1 < 70 || $1 > 820 || $2 < 40 || $2 > 450) { bad++ } END { exit bad > 0 }' ||
  fail "a point outside the plot area"
# the first step's loss is drawn higher (smaller y) than the last's
first_y=$(sed -n 's/.*class="loss" points="\([^"]*\)".*/\1/p' "$T/loss.svg" | tr ' ' '\n' | head -1 | cut -d, -f2)
last_y=$(sed -n 's/.*class="loss" points="\([^"]*\)".*/\1/p' "$T/loss.svg" | tr ' ' '\n' | tail -1 | cut -d, -f2)
awk -v a="$first_y" -v b="$last_y" 'BEGIN { exit !(a < b) }' || fail "loss does not fall in the picture ($first_y, $last_y)"

# a truncated last line: a warning naming it, the rest drawn
cp "$T/log.jsonl" "$T/cut.jsonl"
printf '{"step":61,"lo' >>"$T/cut.jsonl"
"$PLOT" "$T/cut.jsonl" -o "$T/cut.svg" 2>"$T/err" || fail "a truncated log line failed the plot"
grep -q "cut.jsonl:$(($(wc -l <"$T/log.jsonl") + 1)): not a JSON object" "$T/err" || { cat "$T/err"; fail "no warning"; }

# errors: no output named, no log, a log without losses; the old picture stays
cp "$T/loss.svg" "$T/keep.svg"
expect_fail 2 "no output file" "$PLOT" "$T/log.jsonl"
expect_fail 1 "cannot read .*missing.jsonl" "$PLOT" "$T/missing.jsonl" -o "$T/loss.svg"
echo '{"event":"nonfinite","step":3}' >"$T/empty.jsonl"
expect_fail 1 "no loss in the log" "$PLOT" "$T/empty.jsonl" -o "$T/loss.svg"
cmp -s "$T/loss.svg" "$T/keep.svg" || fail "a failed run changed the existing picture"
ls "$T" | grep "svg\.tmp\." && fail "a temporary file was left behind"
echo "plot: ok"
