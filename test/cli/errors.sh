#!/bin/sh
# Bad inputs: each gives a clear error and a non-zero exit, and damages no
# file: invalid flags (2), missing, empty or unreadable data, a plan of
# another format version, a truncated or corrupt checkpoint, a checkpoint of
# another model, a NaN loss (1); a prompt longer than the context is handled
# as documented (the last max_seq tokens are kept).
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
compile "$T/lm.net" "$T/other.bin" -D n_layer=1 -D d_model=16
copy_data "$T/data.txt" 200 1

# command line: status 2, a message and a hint
expect_fail 2 "unknown option '--bogus'" RUN "$T/lm.bin" --bogus
expect_fail 2 "--steps: 'ten' is not an integer" RUN "$T/lm.bin" --train --data "$T/data.txt" --steps ten
expect_fail 2 "--lr: '1e400' is not a finite number" RUN "$T/lm.bin" --train --data "$T/data.txt" --lr 1e400
expect_fail 2 "--top-p: 2 is out of range" RUN "$T/lm.bin" --generate --ckpt x --prompt a --top-p 2
expect_fail 2 "needs an argument" "$GPT23RUN" "$T/lm.bin" --train --data
expect_fail 2 "--train needs --data" RUN "$T/lm.bin" --train
expect_fail 2 "not both" RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 3 --epochs 1
expect_fail 2 "--resume needs --ckpt" RUN "$T/lm.bin" --train --data "$T/data.txt" --resume
expect_fail 2 "--device: 'tpu'" RUN "$T/lm.bin" --train --data "$T/data.txt" --device tpu
expect_fail 2 "no PLAN" RUN --train
expect_fail 2 "Try 'gpt23run --help'" RUN "$T/lm.bin" --frobnicate
"$GPT23RUN" --help | grep -q -- '--resume' || fail "--help"
"$GPT23RUN" --version | grep -q 'gpt23run' || fail "--version"

# data
expect_fail 1 "no-such-file.txt: cannot read data file" RUN "$T/lm.bin" --train --data "$T/no-such-file.txt"
: >"$T/empty.txt"
expect_fail 1 "empty.txt: the data file is empty" RUN "$T/lm.bin" --train --data "$T/empty.txt"
mkdir "$T/dir.txt"
expect_fail 1 "dir.txt: cannot read data file" RUN "$T/lm.bin" --train --data "$T/dir.txt"
printf 'tiny' >"$T/tiny.txt"
expect_fail 1 "fewer than one window" RUN "$T/lm.bin" --train --data "$T/tiny.txt"

# a plan of another format version (the u32 after the 8-byte magic)
cp "$T/lm.bin" "$T/v9.bin"
printf '\011' | dd of="$T/v9.bin" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_fail 1 "version" RUN "$T/v9.bin" --train --data "$T/data.txt"
expect_fail 1 "not a gpt23 plan" RUN "$T/data.txt" --train --data "$T/data.txt"

# vocabulary too small for byte text
compile "$T/lm.net" "$T/small.bin" -D n_layer=1 -D vocab=100
expect_fail 1 "needs 256" RUN "$T/small.bin" --train --data "$T/data.txt"

# checkpoints: a good one first
RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 3 --quiet --ckpt "$T/ck" 2>"$T/err" || { cat "$T/err"; fail "training"; }
ck="$T/ck/checkpoint.g23"
cp "$ck" "$T/good.g23"
expect_fail 1 "another model" RUN "$T/other.bin" --train --data "$T/data.txt" --ckpt "$T/ck" --resume --steps 6
expect_fail 1 "another model" RUN "$T/other.bin" --generate --ckpt "$T/ck" --prompt hi
cmp -s "$ck" "$T/good.g23" || fail "a refused resume changed the checkpoint"
expect_fail 1 "nothing left to train" RUN "$T/lm.bin" --train --data "$T/data.txt" --ckpt "$T/ck" --resume

size=$(wc -c <"$T/good.g23")
head -c $((size / 2)) "$T/good.g23" >"$ck"
expect_fail 1 "truncated" RUN "$T/lm.bin" --train --data "$T/data.txt" --ckpt "$T/ck" --resume --steps 6
[ "$(wc -c <"$ck")" = $((size / 2)) ] || fail "a refused resume rewrote the truncated checkpoint"
cp "$T/good.g23" "$ck"
printf 'X' | dd of="$ck" bs=1 seek=$((size - 100)) conv=notrunc 2>/dev/null
expect_fail 1 "checksum" RUN "$T/lm.bin" --train --data "$T/data.txt" --ckpt "$T/ck" --resume --steps 6
expect_fail 1 "checksum" RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt hi
cp "$T/good.g23" "$ck"
printf '\002' | dd of="$ck" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_fail 1 "checkpoint format version 2" RUN "$T/lm.bin" --train --data "$T/data.txt" --ckpt "$T/ck" --resume --steps 6
expect_fail 1 "cannot read the checkpoint" RUN "$T/lm.bin" --generate --ckpt "$T/nowhere" --prompt hi

# a NaN loss: weights with a NaN stop training at step 1, naming it, and
# leave the last good checkpoint as it was
cp "$T/good.g23" "$ck"
RUN "$T/lm.bin" --ckpt "$T/ck" --export "$T/w.safetensors" 2>"$T/err" || { cat "$T/err"; fail "export"; }
hl=$(od -An -tu4 -N4 "$T/w.safetensors" | tr -d ' ')
# the first 16 floats of the first tensor become NaN
awk 'BEGIN { for (i = 0; i < 16; i++) printf "\377\377\377\177" }' |
  dd of="$T/w.safetensors" bs=1 seek=$((8 + hl)) conv=notrunc 2>/dev/null
expect_fail 1 "step 1: the loss is NaN" RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 5 \
  --init-from "$T/w.safetensors" --ckpt "$T/ck" --overwrite
cmp -s "$ck" "$T/good.g23" || fail "a NaN run replaced the last good checkpoint"

# NaN in the attention projection: every score of the first layer is NaN;
# the attention kernels must pass NaN on (not treat the keys as masked), so
# training stops on the NaN loss
name=block.0.causal_self_attention.qkv.w
range=$(head -c $((8 + hl)) "$T/w.safetensors" | tail -c "$hl" |
  grep -o "\"$name\":{[^}]*}" | sed 's/.*data_offsets":\[\([0-9]*\),\([0-9]*\)\].*/\1 \2/')
[ -n "$range" ] || fail "no $name in the exported weights"
set -- $range
RUN "$T/lm.bin" --ckpt "$T/ck" --export "$T/wq.safetensors" 2>"$T/err" || { cat "$T/err"; fail "export"; }
awk -v n=$((($2 - $1) / 4)) 'BEGIN { for (i = 0; i < n; i++) printf "\377\377\377\177" }' |
  dd of="$T/wq.safetensors" bs=1 seek=$((8 + hl + $1)) conv=notrunc 2>/dev/null
expect_fail 1 "step 1: the loss is NaN" RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 3 \
  --init-from "$T/wq.safetensors" --ckpt "$T/ck" --overwrite

# a prompt longer than the context (32): the last 32 bytes are kept
long=$(awk 'BEGIN { for (i = 0; i < 50; i++) printf "ab" }')
RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "$long" --max-tokens 40 >"$T/gen.out" 2>"$T/gen.err" ||
  { cat "$T/gen.err"; fail "long prompt"; }
grep -q "keeping the last 32" "$T/gen.err" || fail "no warning for a long prompt"
# prompt (100 bytes) + 40 generated bytes + newline
[ "$(wc -c <"$T/gen.out")" = 141 ] || fail "long prompt: $(wc -c <"$T/gen.out") bytes of output, expected 141"
# --profile lists the slowest launches of the run: kernels and matmuls by name
RUN "$T/lm.bin" --generate --ckpt "$T/ck" --prompt "ab" --max-tokens 4 --profile >/dev/null 2>"$T/prof.err" ||
  { cat "$T/prof.err"; fail "--profile"; }
grep -q "^profile: ms per run of each launch" "$T/prof.err" || fail "--profile printed no profile"
grep -Eq "(prefill|decode) +#[0-9]+ +(matmul [0-9]+x|prefill_k|decode_k)" "$T/prof.err" ||
  fail "--profile names no launch: $(cat "$T/prof.err")"
exit 0
