#!/bin/sh
# gpt23run --check-bounds: an index out of range at run time (here token
# ids shifted past the table by the model) stops the run with the node, the
# index and the bound, and a non-zero exit; the same plan runs unchecked
# without it (an index out of range then reads zeros).
. "${top_srcdir:-.}/test/cli/lib.sh"

# tokens + 128 indexes a table of 256 rows: bytes from 128 up fall outside
cat >"$T/shift.net" <<'NET'
include "std.net"
hparams {
  vocab = 256
  max_seq_length = 8
  batch = 2
  seq = 8
}
input  tokens : i32[batch, seq]
target next   : i32[batch, seq]
x = embedding(tokens + 128, vocab, 8)
logits = dense(x, vocab)
loss cross_entropy(logits, next)
NET
# targets + 128 as one_hot classes
cat >"$T/classes.net" <<'NET'
include "std.net"
hparams {
  vocab = 256
  max_seq_length = 8
  batch = 2
  seq = 8
}
input  tokens : i32[batch, seq]
target next   : i32[batch, seq]
logits = dense(embedding(tokens, vocab, 8), vocab)
loss cross_entropy(logits, next + 128)
NET
compile "$T/shift.net" "$T/shift.bin"
compile "$T/classes.net" "$T/classes.bin"
# every byte 0xC3 (195): index 195 + 128 = 323
awk 'BEGIN { for (i = 0; i < 400; i++) printf "\303" }' >"$T/data.txt"

RUN "$T/shift.bin" --train --data "$T/data.txt" --steps 2 --quiet 2>"$T/err" || { cat "$T/err"; fail "unchecked run"; }
expect_fail 1 "index out of range: gather at [^ ]*std.net:[0-9]+:[0-9]+ in the train graph: index 323 is outside 0 \.\. 255" \
  RUN "$T/shift.bin" --train --data "$T/data.txt" --steps 2 --quiet --check-bounds
expect_fail 1 "index out of range: one_hot at [^ ]*std.net:[0-9]+:[0-9]+ in the train graph: index 323 is outside 0 \.\. 255" \
  RUN "$T/classes.bin" --train --data "$T/data.txt" --steps 2 --quiet --check-bounds
# in range: the checked run trains
awk 'BEGIN { for (i = 0; i < 400; i++) printf "a" }' >"$T/ascii.txt"
RUN "$T/shift.bin" --train --data "$T/ascii.txt" --steps 2 --quiet --check-bounds 2>"$T/err" ||
  { cat "$T/err"; fail "a checked run with indices in range"; }
# no false alarm in any graph: training, evaluation, prefill and the decode
# steps' cache writes of a generating model
write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
copy_data "$T/copy.txt" 200 1
RUN "$T/lm.bin" --train --data "$T/copy.txt" --steps 3 --eval-every 2 --quiet --check-bounds --ckpt "$T/ck" \
  2>"$T/err" || { cat "$T/err"; fail "checked training of a generating model"; }
RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "ab" --max-tokens 40 --check-bounds >"$T/gen" 2>"$T/err" ||
  { cat "$T/err"; fail "checked generation"; }
[ "$(wc -c <"$T/gen")" -ge 40 ] || fail "checked generation wrote $(wc -c <"$T/gen") bytes"
exit 0
