#!/bin/sh
# Text data are encoded once and cached as token shards: a rerun maps the
# cached shard (the same file, not written again), a changed text makes a new
# one, a damaged cached shard is encoded again.  A shard given as --data
# trains exactly as the text it came from.  Damaged shards, and shards of
# another vocabulary, are refused naming the file; nothing is trained and no
# output is written.  The validation loss per byte equals the loss per token
# for byte-level text.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
copy_data "$T/data.txt" 300 5
XDG_CACHE_HOME=$T/cache
export XDG_CACHE_HOME
tokens=$T/cache/gpt23/tokens
common="--lr 1e-3 --steps 4 --eval-every 2 --eval-batches 2 --quiet"

RUN "$T/lm.bin" --train --data "$T/data.txt" $common --log "$T/a.jsonl" >"$T/a.out" 2>"$T/err" ||
  { cat "$T/err"; fail "training on text"; }
set -- "$tokens"/*.tok
[ $# = 1 ] && [ -f "$1" ] || fail "expected one cached shard in $tokens, found: $*"
shard=$1
before=$(ls -li --time-style=full-iso "$shard")

# the per-byte loss of byte-level text is the per-token loss
grep -Eq '^step 2/4 \| val loss ([0-9.]+) \(\1 nats/byte\)$' "$T/a.out" || { cat "$T/a.out"; fail "val loss per byte"; }

# a rerun maps the cached shard: the file is not written again
RUN "$T/lm.bin" --train --data "$T/data.txt" $common --log "$T/b.jsonl" >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "rerun"; }
[ "$(ls -li --time-style=full-iso "$shard")" = "$before" ] || fail "the cached shard was written again"
[ "$(ls "$tokens" | wc -l)" = 1 ] || fail "a rerun made another shard: $(ls "$tokens")"
step_losses "$T/a.jsonl" | cmp -s - "$(step_losses "$T/b.jsonl" >"$T/b.steps"; echo "$T/b.steps")" ||
  fail "the rerun from the cache trained differently"

# the shard itself as --data trains the same steps
RUN "$T/lm.bin" --train --data "$shard" $common --log "$T/c.jsonl" >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "training on the shard"; }
step_losses "$T/c.jsonl" | cmp -s - "$T/b.steps" || fail "the shard trained differently from its text"

# a changed text makes a new shard
copy_data "$T/data.txt" 300 6
RUN "$T/lm.bin" --train --data "$T/data.txt" $common >/dev/null 2>"$T/err" || { cat "$T/err"; fail "changed text"; }
[ "$(ls "$tokens" | wc -l)" = 2 ] || fail "a changed text did not make a new shard: $(ls "$tokens")"

# a damaged cached shard is encoded again, with a warning
cp "$shard" "$T/good.tok"
copy_data "$T/data.txt" 300 5
printf '\377' | dd of="$shard" bs=1 seek=100 conv=notrunc 2>/dev/null
RUN "$T/lm.bin" --train --data "$T/data.txt" $common --log "$T/d.jsonl" >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "damaged cache"; }
grep -q "cached tokens of .*data.txt are damaged" "$T/err" || { cat "$T/err"; fail "no warning of a damaged cache"; }
cmp -s "$shard" "$T/good.tok" || fail "the damaged cached shard was not replaced by a good one"
step_losses "$T/d.jsonl" | cmp -s - "$T/b.steps" || fail "the re-encoded text trained differently"

# a cache that cannot be written: the ids are kept in memory, with a
# warning; a shard and a text file mixed
mv "$tokens" "$T/tokens.saved" && : >"$tokens" || exit 99
RUN "$T/lm.bin" --train --data "$T/data.txt" $common --log "$T/m.jsonl" >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "training with an unwritable cache"; }
grep -q "cannot cache the tokens of .*data.txt .*keeping them in memory" "$T/err" || { cat "$T/err"; fail "no warning"; }
step_losses "$T/m.jsonl" | cmp -s - "$T/b.steps" || fail "the ids kept in memory trained differently"
RUN "$T/lm.bin" --train --data "$T/good.tok" "$T/data.txt" "$T/good.tok" "$T/data.txt" $common >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "shards and texts kept in memory, mixed"; }
rm "$tokens" && mv "$T/tokens.saved" "$tokens" || exit 99

# damaged shards given as data are refused, naming the file and the offset;
# no checkpoint is written
cp "$T/good.tok" "$T/flip.tok"
printf '\001' | dd of="$T/flip.tok" bs=1 seek=200 conv=notrunc 2>/dev/null
expect_fail 1 "flip.tok: offset 32 \(ids checksum\)" RUN "$T/lm.bin" --train --data "$T/flip.tok" $common --ckpt "$T/ck"
[ ! -e "$T/ck/checkpoint.g23" ] || fail "a checkpoint was written from a damaged shard"
head -c 1000 "$T/good.tok" >"$T/short.tok"
expect_fail 1 "short.tok: offset 24 \(count\): .*truncated" RUN "$T/lm.bin" --train --data "$T/short.tok" $common
head -c 40 "$T/good.tok" >"$T/head.tok"
expect_fail 1 "head.tok: truncated token shard" RUN "$T/lm.bin" --train --data "$T/head.tok" $common
cmp -s "$T/good.tok" "$shard" || fail "reading damaged shards changed the cache"

# a shard of another vocabulary
"$top_builddir/test/cli/test-shard" --make "$T/v300.tok" 300 $(seq 1 200) || fail "test-shard --make"
expect_fail 1 "v300.tok: a token shard of a vocabulary of 300 ids, but the run's tokenizer \(byte-level\) has 256" \
  RUN "$T/lm.bin" --train --data "$T/v300.tok" $common
exit 0
