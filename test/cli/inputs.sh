#!/bin/sh
# A model with two inputs gets both.  The copy model (test/models/copy.net)
# reads a token stream and a second input, src, and must emit src's bytes:
# position t of the stream sees src's byte t and nothing else of src (no
# attention), so it trains to a low loss only if src is fed.  The data are
# examples, one a line, a column per input in declaration order (tokens,
# then src); the stream is framed "\n" + text + "\n" and generation, given
# src with --input, reproduces src and stops at the closing newline.
# Missing, unknown and misplaced --input are errors, as are columns that do
# not fit.
. "${top_srcdir:-.}/test/cli/lib.sh"

cp "$top_srcdir/test/models/copy.net" "$T/copy.net"
compile "$T/copy.net" "$T/copy.bin"

# the plan says which input is the stream (the one with the dim seq)
"$GPT23C" --dump "$T/copy.bin" >"$T/dump"
grep -Eq '^  tokens .* train .* seq axis 1 below 256$' "$T/dump" || fail "--dump: tokens is not marked as the stream"
grep -Eq '^  src .* train ' "$T/dump" && ! grep -Eq '^  src .*seq axis' "$T/dump" ||
  fail "--dump: src is marked as a stream"

copy_examples 2000 >"$T/copy.tsv"
RUN "$T/copy.bin" --train --data "$T/copy.tsv" --steps 150 --lr 1e-2 --eval-every 50 --ckpt "$T/ck" \
  --log "$T/log.jsonl" >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "training the copy model"; }
grep -q 'Epoch 1 ' "$T/out" || fail "no epoch line (an epoch is examples / batch = 118 steps)"
last=$(grep '"val_loss"' "$T/log.jsonl" | tail -1 | sed 's/.*"val_loss":\([0-9.e+-]*\).*/\1/')
echo "validation loss $last after 150 steps (without src: at least ln 8 = 2.08 per letter)"
awk -v l="$last" 'BEGIN { exit !(l < 0.1) }' || fail "validation loss $last: the second input is not fed"

# generation: src given by --input, an empty prompt, stops at the newline
gen() {
  RUN "$T/copy.bin" --generate --ckpt "$T/ck" --temperature 0 --max-tokens 50 "$@" >"$T/gen" 2>"$T/gen.err" ||
    { cat "$T/gen.err"; fail "--generate $*"; }
}
gen --input src=hgfedcbaabc --prompt ""
[ "$(cat "$T/gen")" = hgfedcbaabc ] || fail "generation from src=hgfedcbaabc gave '$(cat "$T/gen")'"
grep -Eq '^gpt23run: 12 tokens in' "$T/gen.err" || fail "generation did not stop at the newline: $(cat "$T/gen.err")"
# a prompt starts the stream: the rest follows src
gen --input src=abcdefgh --prompt abc
[ "$(cat "$T/gen")" = abcdefgh ] || fail "generation after the prompt abc gave '$(cat "$T/gen")'"

# --input errors
expect_fail 1 "input 'src' is not given: --input src=TEXT" RUN "$T/copy.bin" --generate --ckpt "$T/ck" --prompt ""
expect_fail 1 "--input nope=x: the model has no input 'nope' \(its inputs: tokens, src\)" \
  RUN "$T/copy.bin" --generate --ckpt "$T/ck" --prompt "" --input src=abc --input nope=x
expect_fail 1 "--input tokens=x: 'tokens' is the token stream: give it with --prompt" \
  RUN "$T/copy.bin" --generate --ckpt "$T/ck" --prompt "" --input src=abc --input tokens=x
expect_fail 1 "--input src is given twice" \
  RUN "$T/copy.bin" --generate --ckpt "$T/ck" --prompt "" --input src=abc --input src=abd
expect_fail 2 "--input: 'src' is not NAME=TEXT" RUN "$T/copy.bin" --generate --ckpt "$T/ck" --prompt "" --input src
expect_fail 1 "--input src=.*: 25 tokens, more than the 24 of input 'src'" \
  RUN "$T/copy.bin" --generate --ckpt "$T/ck" --prompt "" --input src=abcdefghabcdefghabcdefgha
write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
expect_fail 1 "--input src=abc: the model has no input 'src' \(its inputs: tokens\)" \
  RUN "$T/lm.bin" --generate --init-from "$T/none.safetensors" --prompt "" --input src=abc

# data errors, at their line and column
printf 'abc\tabc\nabc\n' >"$T/cols.tsv"
expect_fail 1 "cols.tsv:2:1: error: expected 2 columns \(tokens, src\) separated by TABs, found 1" \
  RUN "$T/copy.bin" --train --data "$T/cols.tsv"
printf 'abc\tabc\nabc\tabc\tabc\n' >"$T/cols3.tsv"
expect_fail 1 "cols3.tsv:2:9: error: expected 2 columns \(tokens, src\) separated by TABs, found 3" \
  RUN "$T/copy.bin" --train --data "$T/cols3.tsv"
# CRLF line ends: the lines are counted across blank ones (CR LF alone),
# and the carriage return is no part of the line (the underline stops before it)
printf 'abc\tabc\r\n\r\n\r\nabc\tabc\tabcd\r\n' >"$T/crlf.tsv"
expect_fail 1 "crlf.tsv:4:9: error: expected 2 columns \(tokens, src\) separated by TABs, found 3" \
  RUN "$T/copy.bin" --train --data "$T/crlf.tsv"
grep -Eq '^[[:space:]]+\^{4}$' "$T/err" || { cat "$T/err"; fail "crlf.tsv: the underline is not the 4 bytes of the third column"; }
printf 'abc\tabc\nabcdefghabcdefghabcdefgh\tabc\n' >"$T/long.tsv"
expect_fail 1 "long.tsv:2:1: error: column 1 \(tokens\) has 24 tokens; the stream holds 23 \(seq 24 with the framing newline\)" \
  RUN "$T/copy.bin" --train --data "$T/long.tsv"
printf 'abc\tabc\nab\tabcdefghabcdefghabcdefgha\n' >"$T/long2.tsv"
expect_fail 1 "long2.tsv:2:4: error: column 2 \(src\) has 25 tokens, more than the 24 of input 'src'" \
  RUN "$T/copy.bin" --train --data "$T/long2.tsv"

# samples during training take the other inputs from --input too
RUN "$T/copy.bin" --train --data "$T/copy.tsv" --ckpt "$T/ck" --resume --steps 151 --sample-every 151 \
  --input src=cab --temperature 0 --quiet >"$T/out" 2>"$T/err" || { cat "$T/err"; fail "--sample-every"; }
grep -A1 -- '--- sample at step 151 ---' "$T/out" | tail -1 | grep -qx cab || { cat "$T/out"; fail "the sample is not cab"; }
expect_fail 1 "--sample-every: input 'src' is not given" \
  RUN "$T/copy.bin" --train --data "$T/copy.tsv" --steps 1 --sample-every 1
expect_fail 2 "--input is used by the samples of --sample-every N, which this training run does not print" \
  RUN "$T/copy.bin" --train --data "$T/copy.tsv" --steps 1 --input src=abc

# a vocabulary, or a second input's table, that cannot hold every byte is
# refused before any token is fed (the plan records the rows each input indexes)
compile "$T/copy.net" "$T/small.bin" -D vocab=100
expect_fail 1 "vocabulary has 100 tokens, but byte-level text needs 256" \
  RUN "$T/small.bin" --train --data "$T/copy.tsv"
sed 's/^source = embedding(src, vocab, d_model)$/source = embedding(src, 64, d_model)/' "$T/copy.net" >"$T/narrow.net"
grep -q 'embedding(src, 64' "$T/narrow.net" || fail "test setup: narrow.net"
compile "$T/narrow.net" "$T/narrow.bin"
"$GPT23C" --dump "$T/narrow.bin" | grep -Eq '^  src .* train .* below 64$' || fail "--dump: src is not marked 'below 64'"
expect_fail 1 "input 'src' indexes a table of 64 rows, but byte-level text needs 256" \
  RUN "$T/narrow.bin" --train --data "$T/copy.tsv"
expect_fail 1 "input 'src' indexes a table of 64 rows, but byte-level text needs 256" \
  RUN "$T/narrow.bin" --generate --init-from "$T/none.safetensors" --input src=abc --prompt ""
exit 0
