#!/bin/sh
# safetensors: export -> --init-from -> export gives the same bytes; the
# header is the documented layout; malformed files are refused with a clear
# message; --init-from accepts a subset of the parameters with a warning
# naming the missing ones, and warns once, listing them, of tensors the
# model does not have.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/one.bin" -D n_layer=1
compile "$T/lm.net" "$T/two.bin" -D n_layer=2
compile "$T/lm.net" "$T/narrow.bin" -D n_layer=1 -D d_model=16
copy_data "$T/data.txt" 200 5

RUN "$T/one.bin" --train --data "$T/data.txt" --steps 2 --quiet --export "$T/a.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "train + export"; }
RUN "$T/one.bin" --init-from "$T/a.safetensors" --export "$T/b.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "init-from + export"; }
cmp -s "$T/a.safetensors" "$T/b.safetensors" || fail "round trip changed the file"

# layout: u64 LE header length, multiple of 8 with the data, JSON object, F32
hl=$(od -An -tu8 -N8 "$T/a.safetensors" | tr -d ' ')
[ $(((8 + hl) % 8)) = 0 ] || fail "data not 8-aligned"
head -c $((8 + hl)) "$T/a.safetensors" | tail -c "$hl" >"$T/header.json"
grep -q '^{' "$T/header.json" || fail "header is not a JSON object"
grep -q '"dtype":"F32"' "$T/header.json" || fail "no F32 dtype"
grep -q '"block\.0\.' "$T/header.json" || fail "names not from the model file"
grep -q '"data_offsets":\[0,' "$T/header.json" || fail "offsets do not start at 0"

# malformed
size=$(wc -c <"$T/a.safetensors")
head -c $((size - 10)) "$T/a.safetensors" >"$T/trunc.safetensors"
expect_fail 1 "truncated" RUN "$T/one.bin" --init-from "$T/trunc.safetensors" --export "$T/x.safetensors"
cp "$T/a.safetensors" "$T/huge.safetensors"
printf '\377\377\377\377\377\377\377\000' | dd of="$T/huge.safetensors" bs=1 conv=notrunc 2>/dev/null
expect_fail 1 "exceeds the limit" RUN "$T/one.bin" --init-from "$T/huge.safetensors" --export "$T/x.safetensors"
cp "$T/a.safetensors" "$T/json.safetensors"
printf '[' | dd of="$T/json.safetensors" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_fail 1 "JSON object" RUN "$T/one.bin" --init-from "$T/json.safetensors" --export "$T/x.safetensors"
sed 's/"F32"/"Q4K"/' "$T/a.safetensors" >"$T/dtype.safetensors"
expect_fail 1 "unknown dtype" RUN "$T/one.bin" --init-from "$T/dtype.safetensors" --export "$T/x.safetensors"
sed 's/"F32"/"F16"/' "$T/a.safetensors" >"$T/f16.safetensors"
expect_fail 1 "data_offsets" RUN "$T/one.bin" --init-from "$T/f16.safetensors" --export "$T/x.safetensors"
[ ! -e "$T/x.safetensors" ] || fail "a refused import wrote an export"

# subsets and mismatches
RUN "$T/two.bin" --train --data "$T/data.txt" --steps 1 --quiet --init-from "$T/a.safetensors" \
  --export "$T/two.safetensors" 2>"$T/err" || { cat "$T/err"; fail "training from a subset"; }
grep -q "warning: .*not in the file keep their initial values: block\.1\." "$T/err" ||
  { cat "$T/err"; fail "no warning naming the missing parameters"; }
expect_fail 1 "missing: block\.1\." RUN "$T/two.bin" --generate --init-from "$T/a.safetensors" --prompt hi
RUN "$T/one.bin" --train --data "$T/data.txt" --steps 1 --quiet --init-from "$T/two.safetensors" 2>"$T/err" ||
  { cat "$T/err"; fail "training from a superset"; }
grep -q "warning: .*two.safetensors: [0-9]* tensors name nothing of model 'lm' and are not loaded: block\.1\." "$T/err" ||
  { cat "$T/err"; fail "no warning naming the tensors not loaded"; }
expect_fail 1 "has shape \[[0-9, ]*32[0-9, ]*\], the model's [^ ]* has \[[0-9, ]*16" RUN "$T/narrow.bin" --train \
  --data "$T/data.txt" --steps 1 --init-from "$T/a.safetensors"
expect_fail 1 "no-such.safetensors: cannot read" RUN "$T/one.bin" --init-from "$T/no-such.safetensors" \
  --export "$T/x.safetensors"
exit 0
