#!/bin/sh
# The command line: -h and -V; every option that does not apply to the mode
# is an error naming the option and the mode (never ignored); the PLAN may
# come before or after the options, and --data takes one FILE before it;
# messages begin with the program's name; a plan or checkpoint of another
# format version is named, and said to be older or newer.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin" -D n_layer=1
copy_data "$T/data.txt" 200 1
copy_data "$T/more.txt" 200 2
RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 1 --quiet --ckpt "$T/ck" >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "training"; }

# -h and -V are --help and --version
"$GPT23RUN" -h >"$T/h" && "$GPT23RUN" --help >"$T/help" && cmp -s "$T/h" "$T/help" || fail "-h is not --help"
"$GPT23RUN" -V >"$T/v" && "$GPT23RUN" --version >"$T/version" && cmp -s "$T/v" "$T/version" || fail "-V"
grep -q '^gpt23run ' "$T/v" || fail "-V: $(cat "$T/v")"
# every option of the table is in --help and in the manual page
sed 's/\\-/-/g' "$top_srcdir/man/gpt23run.1" >"$T/man"
n=0
for opt in $(grep -o '^    {"[a-z-]*", [a-z_]*, O_' "$top_srcdir/runtime/cli/gpt23run.c" | sed 's/^ *{"\([a-z-]*\)".*/\1/'); do
  n=$((n + 1))
  grep -q -- "^ *\\(-[hV], \\)\\{0,1\\}--$opt\\([ ,]\\|$\\)" "$T/help" || fail "--$opt is not in --help"
  grep -q -- "^\\.B[IR]* \\(-[hV] \", \" \\)\\{0,1\\}--$opt\\([ \"]\\|$\\)" "$T/man" ||
    fail "--$opt is not an entry of man/gpt23run.1"
done
[ $n -gt 45 ] || fail "only $n options found in the table"

# options of another mode: status 2, naming the option and the mode
G="--generate --ckpt $T/ck --prompt a"
C="--classify text --ckpt $T/ck"
expect_fail 2 "^gpt23run: error: --steps does not apply to --generate" RUN "$T/lm.bin" $G --steps 3
expect_fail 2 "--lr does not apply to --generate" RUN "$T/lm.bin" $G --lr 0.1
expect_fail 2 "--data does not apply to --generate" RUN "$T/lm.bin" $G --data "$T/data.txt"
expect_fail 2 "--log does not apply to --generate" RUN "$T/lm.bin" $G --log "$T/x.jsonl"
expect_fail 2 "--keep does not apply to --generate \\(it is used with --train\\)" RUN "$T/lm.bin" $G --keep 2
expect_fail 2 "--prompt does not apply to --classify" RUN "$T/lm.bin" $C --prompt a
expect_fail 2 "--temperature does not apply to --classify \\(it is used with --train or --generate\\)" \
  RUN "$T/lm.bin" $C --temperature 1
expect_fail 2 "--seed does not apply to --classify" RUN "$T/lm.bin" $C --seed 3
expect_fail 2 "--max-tokens does not apply to --train" RUN "$T/lm.bin" --train --data "$T/data.txt" --max-tokens 5
expect_fail 2 "--stop does not apply to --train" RUN "$T/lm.bin" --train --data "$T/data.txt" --stop x
expect_fail 2 "--num-samples does not apply to --classify" RUN "$T/lm.bin" $C --num-samples 2
expect_fail 2 "--quiet does not apply to --export" RUN "$T/lm.bin" --ckpt "$T/ck" --export "$T/w.st" --quiet
expect_fail 2 "--resume does not apply to --generate" RUN "$T/lm.bin" $G --resume
# sampling options in training need the samples of --sample-every
expect_fail 2 "--temperature is used by the samples of --sample-every" \
  RUN "$T/lm.bin" --train --data "$T/data.txt" --temperature 1
expect_fail 2 "--prompt is used by the samples of --sample-every" RUN "$T/lm.bin" --train --data "$T/data.txt" --prompt a
expect_fail 2 "choose one of --train, --generate, --classify" RUN "$T/lm.bin" --train --generate
expect_fail 2 "give --classify TEXT or --classify-file FILE, not both" \
  RUN "$T/lm.bin" --classify a --classify-file "$T/data.txt" --ckpt "$T/ck"
expect_fail 2 "--stop: the text is empty" RUN "$T/lm.bin" $G --stop ""
expect_fail 2 "--num-samples: 0 is out of range" RUN "$T/lm.bin" $G --num-samples 0
[ ! -e "$T/x.jsonl" ] || fail "a refused command wrote its --log"

# the PLAN before, between or after the options; --data FILE before the PLAN
# takes that one file, after it every file that follows
train() { RUN "$@" --steps 1 --quiet --eval-every 0 --log "$T/log" --overwrite >/dev/null 2>"$T/err" || { cat "$T/err"; fail "$*"; }; }
train --train --data "$T/data.txt" "$T/lm.bin"
train --train "$T/lm.bin" --data "$T/data.txt"
train "$T/lm.bin" --train --data "$T/data.txt" "$T/more.txt"
train --train --data "$T/data.txt" --data "$T/more.txt" "$T/lm.bin"
RUN --generate --ckpt "$T/ck" --prompt ab --max-tokens 3 "$T/lm.bin" >/dev/null 2>&1 || fail "the PLAN last"
"$GPT23RUN" --generate --ckpt "$T/ck" --prompt ab --max-tokens 3 --threads 2 -- "$T/lm.bin" >/dev/null 2>&1 ||
  fail "the PLAN after --"
# the data files both count: more.txt's bytes make the epoch longer
RUN --train --data "$T/data.txt" "$T/lm.bin" --eval-every 0 --stop-at 1 >"$T/o1" 2>&1 || fail "one file"
RUN "$T/lm.bin" --train --data "$T/data.txt" "$T/more.txt" --eval-every 0 --stop-at 1 >"$T/o2" 2>&1 || fail "two files"
RUN --train --data "$T/data.txt" --data "$T/more.txt" "$T/lm.bin" --eval-every 0 --stop-at 1 >"$T/o3" 2>&1 ||
  fail "two --data"
e1=$(grep -o '[0-9]* per epoch' "$T/o1") e2=$(grep -o '[0-9]* per epoch' "$T/o2") e3=$(grep -o '[0-9]* per epoch' "$T/o3")
[ "$e1" != "$e2" ] && [ "$e2" = "$e3" ] || fail "data files: $e1 / $e2 / $e3"
expect_fail 2 "unexpected argument '.*lm.bin': the PLAN is '.*more.txt' \\(before the PLAN, --data takes one FILE" \
  RUN --train --data "$T/data.txt" "$T/more.txt" "$T/lm.bin"
expect_fail 2 "unexpected argument 'extra'" RUN "$T/lm.bin" --train --data "$T/data.txt" --steps 1 --eval-every 0 extra

# messages begin with the program's name (a run-time error in the data
# loader, reported through the shared diagnostics)
printf 'x\ty\n' >"$T/ex.tsv"
compile "$top_srcdir/test/models/cross.net" "$T/cross.bin"
printf '\n\n' >"$T/blank.tsv"
RUN "$T/cross.bin" --train --data "$T/blank.tsv" >/dev/null 2>"$T/err" && fail "training on blank examples succeeded"
grep -q . "$T/err" || fail "no message for blank examples"
grep -v '^gpt23run: \|^  ' "$T/err" | grep -q . && fail "a message without the program's name: $(cat "$T/err")"

# a plan or checkpoint of another format version: the file, older or newer
cp "$T/lm.bin" "$T/new.bin"
printf '\011' | dd of="$T/new.bin" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_fail 1 "^gpt23run: error: .*new.bin: the plan is of format version 9, newer than this gpt23run" \
  RUN "$T/new.bin" --generate --ckpt "$T/ck" --prompt a
cp "$T/lm.bin" "$T/old.bin"
printf '\001' | dd of="$T/old.bin" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_fail 1 "old.bin: the plan is of format version 1, older than this gpt23run" \
  RUN "$T/old.bin" --generate --ckpt "$T/ck" --prompt a
cp "$T/ck/checkpoint.g23" "$T/new.g23"
printf '\007' | dd of="$T/new.g23" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_fail 1 "new.g23: checkpoint format version 7, newer than this gpt23run" \
  RUN "$T/lm.bin" --generate --ckpt "$T/new.g23" --prompt a
cp "$T/ck/checkpoint.g23" "$T/old.g23"
printf '\000' | dd of="$T/old.g23" bs=1 seek=8 conv=notrunc 2>/dev/null
expect_fail 1 "old.g23: checkpoint format version 0, older than this gpt23run" \
  RUN "$T/lm.bin" --generate --ckpt "$T/old.g23" --prompt a
exit 0
