#!/bin/sh
# What generation writes: valid UTF-8 from a byte-level model (the mask,
# --raw-bytes to turn it off), control bytes escaped on a terminal (--raw to
# keep them), --stop, --num-samples and --prompt-file.
#
# An untrained model samples bytes nearly uniformly at temperature 1: raw,
# its text is soon invalid UTF-8 and full of control bytes.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
copy_data "$T/data.txt" 200 1
# the initial weights (--lr 0: one step changes nothing)
RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 1 --lr 0 --quiet --ckpt "$T/ck" >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "training"; }
GEN() { RUN "$T/lm.bin" --generate --ckpt "$T/ck" --temperature 1 "$@"; }
# strict UTF-8: iconv refuses invalid sequences, overlongs and surrogates
valid() { iconv -f UTF-8 -t UTF-8 <"$1" >/dev/null 2>&1; }
has_controls() { LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$1"; }

# the mask: 1,000 sampled bytes are valid UTF-8, with and without top-k/top-p,
# and greedily; --raw-bytes samples every byte
for seed in 1 2 3; do
  GEN --prompt "x" --max-tokens 1000 --seed $seed >"$T/m$seed" 2>"$T/err" || { cat "$T/err"; fail "sampling"; }
  valid "$T/m$seed" || fail "seed $seed: the sampled text is not valid UTF-8"
  [ "$(wc -c <"$T/m$seed")" -ge 1002 ] || fail "seed $seed: $(wc -c <"$T/m$seed") bytes"
  LC_ALL=C grep -q "$(printf '[\200-\377]')" "$T/m$seed" || fail "seed $seed: no character beyond ASCII was drawn"
done
GEN --prompt "x" --max-tokens 1000 --top-k 40 --top-p 0.9 >"$T/mk" 2>/dev/null && valid "$T/mk" ||
  fail "top-k/top-p sampling is not valid UTF-8"
GEN --prompt "x" --max-tokens 300 --temperature 0 >"$T/mg" 2>/dev/null && valid "$T/mg" ||
  fail "greedy decoding is not valid UTF-8"
GEN --prompt "x" --max-tokens 1000 --raw-bytes >"$T/raw" 2>/dev/null || fail "--raw-bytes"
! valid "$T/raw" || fail "--raw-bytes: 1,000 bytes of an untrained model were valid UTF-8 (no mask expected)"
# a prompt that ends inside a character (the first two bytes of U+65E5) is
# continued with its third; so is one cut after a 4-byte lead
for p in '\346\227' '\360' '\360\237\230' '\355'; do
  for seed in 1 2 3 4 5; do
    GEN --prompt "$(printf "$p")" --max-tokens 50 --seed $seed >"$T/p" 2>/dev/null || fail "prompt $p"
    valid "$T/p" || fail "prompt $p, seed $seed: not continued validly: $(od -An -tx1 "$T/p" | head -2)"
  done
done
# the samples of --sample-every are masked too
RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 2 --lr 0 --quiet --sample-every 1 --sample-tokens 400 \
  --temperature 1 >"$T/s" 2>"$T/err" || { cat "$T/err"; fail "--sample-every"; }
valid "$T/s" || fail "--sample-every samples are not valid UTF-8"
RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 2 --lr 0 --quiet --sample-every 1 --sample-tokens 400 \
  --temperature 1 --raw-bytes >"$T/s" 2>"$T/err" || { cat "$T/err"; fail "--sample-every --raw-bytes"; }
! valid "$T/s" || fail "--sample-every --raw-bytes: samples of an untrained model were valid UTF-8"

# piped, the output is the bytes themselves, control bytes included
has_controls "$T/m1" || fail "no control byte in 1,000 sampled bytes (piped output must be raw)"
# on a terminal they are escaped as \xHH, tab and newline kept; --raw keeps them
if command -v script >/dev/null 2>&1 && script -qec true /dev/null >/dev/null 2>&1; then
  script -qec "\"$GPT23RUN\" \"$T/lm.bin\" --generate --ckpt \"$T/ck\" --temperature 1 --prompt x \
    --max-tokens 1000 --seed 1 --threads 2 2>/dev/null" /dev/null >"$T/tty" </dev/null
  # the terminal turns "\n" into "\r\n"
  LC_ALL=C tr -d '\r' <"$T/tty" >"$T/tty.n"
  ! has_controls "$T/tty.n" || fail "control bytes reached the terminal: $(od -An -c "$T/tty.n" | head -3)"
  grep -q '\\x[01][0-9a-f]' "$T/tty.n" || fail "no \\xHH escape on the terminal"
  # without the escapes and the control characters, the two texts are the same
  sed 's/\\x[0-9a-f][0-9a-f]//g' "$T/tty.n" >"$T/tty.text"
  LC_ALL=C tr -d '\000-\010\013-\037\177' <"$T/m1" | LC_ALL=C sed 's/\xc2[\x80-\x9f]//g' >"$T/m1.text"
  cmp -s "$T/tty.text" "$T/m1.text" || fail "the terminal shows another text than the pipe gets"
  script -qec "\"$GPT23RUN\" \"$T/lm.bin\" --generate --ckpt \"$T/ck\" --temperature 1 --prompt x \
    --max-tokens 1000 --seed 1 --threads 2 --raw 2>/dev/null" /dev/null >"$T/ttyraw" </dev/null
  LC_ALL=C tr -d '\r' <"$T/ttyraw" >"$T/ttyraw.n"
  has_controls "$T/ttyraw.n" || fail "--raw: no control byte reached the terminal"
else
  echo "script(1) cannot open a terminal here: the terminal escaping is tested as a unit only"
fi

# --stop: generation ends when the generated text ends with a stop text
# (printed); the prompt does not count
GEN --prompt "e" --max-tokens 1000 --seed 1 --stop e --stop q >"$T/st" 2>"$T/err" || { cat "$T/err"; fail "--stop"; }
grep -Eq "^gpt23run: [0-9]+ tokens" "$T/err" || fail "--stop: no token count"
GEN --prompt "e" --max-tokens 1000 --seed 1 >"$T/nost" 2>/dev/null || fail "without --stop"
# stopped: the generated bytes (no prompt, no last newline) end with the
# first stop text, and are those generated without --stop
stopped() {
  tail -c +2 "$T/st" | head -c -1 >"$T/body"
  n=$(wc -c <"$T/body")
  [ "$n" -ge 1 ] || fail "--stop: nothing generated"
  head -c $((n - 1)) "$T/body" >"$T/before"
  LC_ALL=C grep -qF "$@" "$T/before" && fail "--stop: a stop text before the end: $(od -An -c "$T/body" | tail -2)"
  tail -c +2 "$T/nost" | head -c "$n" | cmp -s - "$T/body" || fail "--stop changed the text"
}
stopped -e e -e q
case "$(tail -c 1 "$T/body")" in e | q) ;; *) fail "--stop e --stop q: the text ends with $(tail -c 1 "$T/body")" ;; esac
# stop texts of two bytes
GEN --prompt "e" --max-tokens 100000 --seed 1 --stop ab --stop cd --stop ef --stop gh --stop ij >"$T/st" 2>/dev/null ||
  fail "--stop of two bytes"
GEN --prompt "e" --max-tokens "$(wc -c <"$T/st")" --seed 1 >"$T/nost" 2>/dev/null || fail "without --stop"
stopped -e ab -e cd -e ef -e gh -e ij
case "$(tail -c 2 "$T/body")" in ab | cd | ef | gh | ij) ;; *) fail "--stop ab ...: the text ends with $(tail -c 2 "$T/body")" ;; esac

# --num-samples N: N samples from the prompt, separated by a line of 15
# dashes; sample k is what --seed SEED+k generates alone
GEN --prompt "Q" --max-tokens 40 --seed 7 --num-samples 3 >"$T/ns" 2>/dev/null || fail "--num-samples"
for k in 0 1 2; do
  GEN --prompt "Q" --max-tokens 40 --seed $((7 + k)) >"$T/one$k" 2>/dev/null || fail "--seed $((7 + k))"
done
{ cat "$T/one0"; echo ---------------; cat "$T/one1"; echo ---------------; cat "$T/one2"; } >"$T/ns.want"
cmp -s "$T/ns" "$T/ns.want" || fail "--num-samples 3 is not the samples of seeds 7, 8, 9 separated by the line"
! cmp -s "$T/one0" "$T/one1" || fail "two samples are the same"

# --prompt-file: the file's bytes exactly (a NUL and the last newline
# included), or standard input with -
printf 'ab\000c\n' >"$T/prompt"
GEN --prompt-file "$T/prompt" --max-tokens 5 >"$T/pf" 2>/dev/null || fail "--prompt-file"
head -c 5 "$T/pf" | cmp -s - "$T/prompt" || fail "--prompt-file: the prompt printed is not the file"
[ "$(wc -c <"$T/pf")" = 11 ] || fail "--prompt-file: $(wc -c <"$T/pf") bytes, expected 5 + 5 + newline"
GEN --prompt-file - --max-tokens 5 <"$T/prompt" >"$T/pf2" 2>/dev/null || fail "--prompt-file -"
cmp -s "$T/pf" "$T/pf2" || fail "--prompt-file - differs from the file"
expect_fail 2 "give --prompt TEXT or --prompt-file FILE, not both" GEN --prompt a --prompt-file "$T/prompt"
expect_fail 1 "nowhere.txt: cannot read the prompt" GEN --prompt-file "$T/nowhere.txt"
exit 0
