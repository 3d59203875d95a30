#!/bin/sh
# gpt23tok end to end: encode and decode the fixture text as Hugging Face
# does, train and reload, and the errors: ids out of range, broken files,
# existing output (left unchanged).
set -u
: "${top_srcdir:=.}" "${top_builddir:=.}"
TOK="$top_builddir/gpt23tok"
FIX="$top_srcdir/test/tok/fixtures"
[ -x "$TOK" ] || { echo "gpt23tok not built" >&2; exit 99; }
T=$(mktemp -d "${TMPDIR:-/tmp}/g23-tok.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# expect_fail STATUS PATTERN CMD...: CMD, reading the file $IN (default
# none), exits with STATUS, PATTERN (grep -E) in its stderr
expect_fail() {
  want=$1 pat=$2
  shift 2
  "$@" >"$T/out" 2>"$T/err" <"${IN:-/dev/null}"
  got=$?
  [ "$got" = "$want" ] || { cat "$T/err" >&2; fail "exit status $got, expected $want: $*"; }
  grep -Eq -- "$pat" "$T/err" || { cat "$T/err" >&2; fail "no '$pat' in the error of: $*"; }
}

# encode: Hugging Face's ids, from a file and from stdin; decode: the text
"$TOK" encode "$FIX" "$FIX/sample.txt" >"$T/ids" || fail "encode"
cmp -s "$T/ids" "$FIX/sample.ids" || fail "encode differs from Hugging Face's ids (sample.ids)"
"$TOK" encode "$FIX" --specials <"$FIX/sample.txt" >"$T/sids" || fail "encode --specials"
cmp -s "$T/sids" "$FIX/sample.specials.ids" || fail "encode --specials differs from sample.specials.ids"
"$TOK" decode "$FIX" <"$T/ids" >"$T/back" && cmp -s "$T/back" "$FIX/sample.txt" || fail "decode(encode(sample))"
"$TOK" decode "$FIX" <"$T/sids" >"$T/back" && cmp -s "$T/back" "$FIX/sample.txt" || fail "decode with specials"
# a text encoded a part at a time (as one larger than memory is) gives the
# ids of the whole: the fixture text in parts of 64 bytes, the training text
# in parts of 1000, with and without special tokens
GPT23TOK_PART_BYTES=64 "$TOK" encode "$FIX" "$FIX/sample.txt" >"$T/ids" &&
  cmp -s "$T/ids" "$FIX/sample.ids" || fail "encode in parts of 64 bytes differs from sample.ids"
GPT23TOK_PART_BYTES=64 "$TOK" encode "$FIX" --specials <"$FIX/sample.txt" >"$T/sids" &&
  cmp -s "$T/sids" "$FIX/sample.specials.ids" || fail "encode --specials in parts differs"
"$TOK" encode "$FIX" "$FIX/train.txt" >"$T/whole" || fail "encode train.txt"
GPT23TOK_PART_BYTES=1000 "$TOK" encode "$FIX" "$FIX/train.txt" >"$T/parts" &&
  cmp -s "$T/whole" "$T/parts" || fail "train.txt in parts of 1000 bytes: other ids"
GPT23TOK_PART_BYTES=1000 "$TOK" encode "$FIX" --shard "$T/parts.tok" "$FIX/train.txt" || fail "shard in parts"
"$TOK" encode "$FIX" --shard "$T/whole.tok" "$FIX/train.txt" && cmp -s "$T/whole.tok" "$T/parts.tok" ||
  fail "a shard written in parts differs"
# one line per file; an empty text is an empty line
: >"$T/empty"
"$TOK" encode "$FIX" "$FIX/sample.txt" "$T/empty" "$FIX/sample.txt" >"$T/three" || fail "encode three files"
[ "$(wc -l <"$T/three")" = 3 ] && [ "$(sed -n 2p "$T/three")" = "" ] &&
  [ "$(sed -n 3p "$T/three")" = "$(cat "$FIX/sample.ids")" ] || fail "three files: three lines"
# bytes that are not UTF-8 come back
printf 'a\377\376 b\344\270 \300\n' >"$T/bad"
"$TOK" encode "$FIX" "$T/bad" | "$TOK" decode "$FIX" | cmp -s - "$T/bad" || fail "invalid UTF-8 round trip"

# decode errors: the id, its position
echo "40 69 1001 5" >"$T/in"
IN="$T/in" expect_fail 1 "id 1001 \(the 3rd id, at byte 6\) is not in \[0, 1001\)" "$TOK" decode "$FIX"
printf '40\n-1\n' >"$T/in"
IN="$T/in" expect_fail 1 "id -1 \(the 2nd id" "$TOK" decode "$FIX"
echo "40 4x" >"$T/in"
IN="$T/in" expect_fail 1 "id 2 \('4x'" "$TOK" decode "$FIX"
IN=

# broken tokenizer files: file and line (and column)
mkdir "$T/broken"
printf '{"a": 0,\n  "b" 1}\n' >"$T/broken/vocab.json"
cp "$FIX/merges.txt" "$T/broken/"
expect_fail 1 "broken/vocab.json:2:[0-9]+: " "$TOK" encode "$T/broken"
cp "$FIX/vocab.json" "$T/broken/"
printf '#version: 0.2\n\304\240 t\nzz qq\n' >"$T/broken/merges.txt"
expect_fail 1 "broken/merges.txt:3: 'zz qq': 'zz' is not in the vocabulary" "$TOK" decode "$T/broken"
rm "$T/broken/merges.txt"
expect_fail 1 "broken/merges.txt: No such file" "$TOK" encode "$T/broken"

# train, reload, round trip; the files Hugging Face would read
"$TOK" train --vocab-size 400 --data "$FIX/train.txt" "$FIX/sample.txt" -o "$T/new" -q || fail "train"
head -1 "$T/new/merges.txt" | grep -qx '#version: 0.2' || fail "no #version line"
[ "$(($(wc -l <"$T/new/merges.txt") - 1))" = $((400 - 256 - 1)) ] || fail "not 143 merges"
grep -q '"<|endoftext|>":399}' "$T/new/vocab.json" || fail "<|endoftext|> is not last, id 399"
"$TOK" encode "$T/new" --specials "$FIX/sample.txt" | "$TOK" decode "$T/new" | cmp -s - "$FIX/sample.txt" ||
  fail "trained tokenizer: round trip"
# the output already there: refused, the files unchanged; --overwrite
cp "$T/new/vocab.json" "$T/vocab.before"
cp "$T/new/merges.txt" "$T/merges.before"
expect_fail 1 "new/(vocab.json|merges.txt) already exists \(--overwrite" \
  "$TOK" train --vocab-size 300 --data "$FIX/train.txt" -o "$T/new"
cmp -s "$T/new/vocab.json" "$T/vocab.before" && cmp -s "$T/new/merges.txt" "$T/merges.before" ||
  fail "a refused train changed the files"
rm "$T/new/vocab.json"
expect_fail 1 "new/merges.txt already exists" "$TOK" train --vocab-size 300 --data "$FIX/train.txt" -o "$T/new"
cmp -s "$T/new/merges.txt" "$T/merges.before" || fail "merges.txt changed"
"$TOK" train --vocab-size 300 --data "$FIX/train.txt" -o "$T/new" --overwrite -q || fail "--overwrite"
[ "$(($(wc -l <"$T/new/merges.txt") - 1))" = 43 ] || fail "--overwrite did not replace merges.txt"
ls "$T/new" | grep -q tmp && fail "a temporary file left behind"
# special tokens: several, or none
"$TOK" train --vocab-size 300 --data "$FIX/train.txt" -o "$T/sp" --special '<|a|>' --special '<|b|>' -q ||
  fail "train --special"
grep -q '"<|a|>":298,"<|b|>":299}' "$T/sp/vocab.json" || fail "the special tokens, in order, last"
"$TOK" train --vocab-size 300 --data "$FIX/train.txt" -o "$T/none" --no-special -q || fail "--no-special"
grep -q 'endoftext' "$T/none/vocab.json" && fail "--no-special wrote <|endoftext|>"

# command-line errors: status 2
expect_fail 2 "no --vocab-size" "$TOK" train --data "$FIX/train.txt" -o "$T/x"
expect_fail 2 "no --data" "$TOK" train --vocab-size 300 -o "$T/x"
expect_fail 2 "no output directory" "$TOK" train --vocab-size 300 --data "$FIX/train.txt"
expect_fail 2 "'abc' is not an integer" "$TOK" train --vocab-size abc --data "$FIX/train.txt" -o "$T/x"
expect_fail 2 "needs the 256 bytes and the 2 special tokens" \
  "$TOK" train --vocab-size 257 --special x --special y --data "$FIX/train.txt" -o "$T/x"
expect_fail 2 "given twice" "$TOK" train --vocab-size 300 --special x --special x --data "$FIX/train.txt" -o "$T/x"
# a special token written as a token of the vocabulary is ("Ġt", " t")
expect_fail 1 "special token '.t' is also token [0-9]+ of the vocabulary" \
  "$TOK" train --vocab-size 300 --special "$(printf '\304\240t')" --data "$FIX/train.txt" -o "$T/x"
expect_fail 2 "unexpected argument 'stray'" "$TOK" train stray --vocab-size 300 --data "$FIX/train.txt" -o "$T/x"
expect_fail 1 "nothere.txt: No such file" "$TOK" train --vocab-size 300 --data "$T/nothere.txt" -o "$T/x"
[ -e "$T/x" ] && fail "a failed train made its output directory"
expect_fail 2 "unknown command 'frob'" "$TOK" frob
expect_fail 2 "no tokenizer directory" "$TOK" encode
expect_fail 2 "decode takes one argument" "$TOK" decode "$FIX" extra
"$TOK" --help | grep -q -- '--vocab-size N' || fail "--help"
"$TOK" -V | grep -q '^gpt23tok (gpt23) ' || fail "-V"
exit 0
