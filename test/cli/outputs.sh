#!/bin/sh
# Never lose a model: every output path is checked before the first step; a
# checkpoint, log or export is replaced only when asked (--overwrite, or
# --resume for the log); temporaries of killed writers are cleaned up;
# --keep N and --keep-best keep several checkpoints with an index, and a
# corrupt newest checkpoint falls back to the newest good one; a checkpoint
# that cannot be written where asked goes to a rescue file.
. "${top_srcdir:-.}/test/cli/lib.sh"

write_lm "$T/lm.net"
compile "$T/lm.net" "$T/lm.bin"
theme_data "$T/data.txt" 400 5
TRAIN() { RUN "$T/lm.bin" --train --data "$T/data.txt" --eval-batches 2 --quiet "$@"; }
# no_step FILE: the run stopped before its first training step
no_step() { ! grep -q 'step 1' "$1" || fail "training started before the error"; }

# 1. An existing checkpoint is not replaced without --resume or --overwrite.
TRAIN --steps 3 --ckpt "$T/ck" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "first run"; }
cp "$T/ck/checkpoint.g23" "$T/good.g23"
expect_fail 1 "holds a checkpoint at step 3 of 3.*" TRAIN --steps 5 --ckpt "$T/ck"
grep -q -- "--resume continues it, --overwrite replaces it" "$T/err" || fail "no --resume/--overwrite hint"
no_step "$T/out"
cmp -s "$T/ck/checkpoint.g23" "$T/good.g23" || fail "the refused run changed the checkpoint"
TRAIN --steps 2 --ckpt "$T/ck" --overwrite >/dev/null 2>"$T/err" || { cat "$T/err"; fail "--overwrite"; }
cmp -s "$T/ck/checkpoint.g23" "$T/good.g23" && fail "--overwrite did not replace the checkpoint"
expect_fail 2 "choose one" TRAIN --steps 5 --ckpt "$T/ck" --resume --overwrite

# 2. A log is appended to on --resume, refused otherwise.
TRAIN --steps 2 --ckpt "$T/lg" --log "$T/run.jsonl" >/dev/null 2>&1 || fail "log run"
cp "$T/run.jsonl" "$T/run0.jsonl"
expect_fail 1 "--log .*run.jsonl: the file exists" TRAIN --steps 4 --ckpt "$T/lg2" --log "$T/run.jsonl"
cmp -s "$T/run.jsonl" "$T/run0.jsonl" || fail "a refused run changed the log"
TRAIN --steps 4 --ckpt "$T/lg" --resume --log "$T/run.jsonl" >/dev/null 2>&1 || fail "resume with log"
head -c "$(wc -c <"$T/run0.jsonl")" "$T/run.jsonl" | cmp -s - "$T/run0.jsonl" || fail "--resume did not append"
[ "$(grep -c '"loss"' "$T/run.jsonl")" = 4 ] || fail "the resumed log does not hold steps 1-4"

# 3. Output paths are checked before the first step.
echo "not a directory" >"$T/file.txt"
expect_fail 1 "--ckpt .*file.txt: exists and is not a directory" TRAIN --steps 50 --ckpt "$T/file.txt"
no_step "$T/out"
expect_fail 1 "--export .*missing_dir/m.safetensors: the directory .*missing_dir does not exist" \
  TRAIN --steps 50 --export "$T/missing_dir/m.safetensors"
no_step "$T/out"
expect_fail 1 "--log .*nodir/log.jsonl: the directory .* does not exist" TRAIN --steps 50 --log "$T/nodir/log.jsonl"
RUN "$T/lm.bin" --ckpt "$T/ck" --export "$T/w.safetensors" 2>/dev/null || fail "export"
cp "$T/w.safetensors" "$T/w0.safetensors"
expect_fail 1 "--export .*w.safetensors: the file exists" TRAIN --steps 50 --export "$T/w.safetensors"
expect_fail 1 "--export .*w.safetensors: the file exists" RUN "$T/lm.bin" --ckpt "$T/lg" --export "$T/w.safetensors"
cmp -s "$T/w.safetensors" "$T/w0.safetensors" || fail "a refused export changed the file"
RUN "$T/lm.bin" --ckpt "$T/lg" --export "$T/w.safetensors" --overwrite 2>/dev/null || fail "export --overwrite"

# 4. Training that keeps nothing says so at the start.
TRAIN --steps 1 >/dev/null 2>"$T/err" || fail "run without --ckpt"
grep -q "no --ckpt DIR: the trained weights will be discarded" "$T/err" || fail "no warning without --ckpt"

# 5. Temporaries of dead writers are removed; a live writer's stays.
mkdir "$T/st"
sh -c 'echo $$' >"$T/deadpid"
dead=$(cat "$T/deadpid")
echo partial >"$T/st/checkpoint.g23.tmp.$dead"
echo partial >"$T/st/step-00000004.g23.tmp.$dead"
echo live >"$T/st/checkpoint.g23.tmp.$$"
TRAIN --steps 1 --ckpt "$T/st" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "stale run"; }
grep -q "removed 2 temporary files left by killed runs" "$T/err" || { cat "$T/err"; fail "no cleanup message"; }
[ -e "$T/st/checkpoint.g23.tmp.$dead" ] && fail "a dead writer's temporary stayed"
[ -e "$T/st/checkpoint.g23.tmp.$$" ] || fail "a live writer's temporary was removed"
[ "$(ls "$T/st" | grep -c 'tmp')" = 1 ] || fail "the run left a temporary of its own"

# 6. --keep 2 --keep-best: two step files, the newest linked as
#    checkpoint.g23, the lowest validation loss as best.g23, and the index.
TRAIN --steps 8 --ckpt "$T/kp" --ckpt-every 2 --eval-every 2 --keep 2 --keep-best --lr 3e-2 \
  --log "$T/kp.jsonl" >/dev/null 2>"$T/err" || { cat "$T/err"; fail "--keep run"; }
[ "$(ls "$T/kp" | grep -c '^step-')" = 2 ] || { ls "$T/kp"; fail "not two step files"; }
[ -f "$T/kp/step-00000006.g23" ] && [ -f "$T/kp/step-00000008.g23" ] || { ls "$T/kp"; fail "not the last two"; }
[ "$(stat -c %i "$T/kp/checkpoint.g23")" = "$(stat -c %i "$T/kp/step-00000008.g23")" ] ||
  fail "checkpoint.g23 is not the newest"
best=$(grep '"val_loss"' "$T/kp.jsonl" | sed 's/.*"step":\([0-9]*\),"val_loss":\([0-9.e+-]*\).*/\2 \1/' |
  sort -g | head -1 | cut -d' ' -f2)
index_best=$(sed -n '/"best"/,/}/s/.*"step": \([0-9]*\).*/\1/p' "$T/kp/checkpoints.json")
[ "$index_best" = "$best" ] || { cat "$T/kp/checkpoints.json"; fail "best is step $index_best, the log says $best"; }
[ -f "$T/kp/best.g23" ] || fail "no best.g23"
[ "$(grep -c '"file": "step-' "$T/kp/checkpoints.json")" = 2 ] || fail "the index does not list two checkpoints"
RUN "$T/lm.bin" --generate --ckpt "$T/kp/best.g23" --prompt ab --max-tokens 4 >/dev/null 2>&1 ||
  fail "--ckpt FILE does not load best.g23"
expect_fail 1 "--keep-best .* does not evaluate" TRAIN --steps 2 --ckpt "$T/kb" --keep-best --eval-every 0

# 7. A corrupt newest checkpoint: the newest kept one that reads.
rm "$T/kp/checkpoint.g23"
head -c 1000 "$T/kp/step-00000008.g23" >"$T/kp/checkpoint.g23"
RUN "$T/lm.bin" --generate --ckpt "$T/kp" --prompt ab --max-tokens 4 >/dev/null 2>"$T/err" ||
  { cat "$T/err"; fail "no fallback to a kept checkpoint"; }
grep -q "using the newest kept checkpoint that reads instead: .*step-00000008.g23 (step 8)" "$T/err" ||
  { cat "$T/err"; fail "no fallback warning"; }

# 8. The checkpoint directory vanishes during training: the final
#    checkpoint goes to a rescue file in the working directory.
(cd "$T" && exec "$GPT23RUN" "$T/lm.bin" --train --data "$T/data.txt" --steps 100000 --ckpt "$T/gone" \
  --threads 2 --eval-every 0 >"$T/bg.out" 2>"$T/bg.err") &
bg=$!
i=0
until grep -q '^step 2/' "$T/bg.out" 2>/dev/null; do
  i=$((i + 1))
  [ $i -lt 600 ] || fail "the background run did not start"
  sleep 0.1
done
rm -rf "$T/gone"
echo "a file now" >"$T/gone"
kill -INT $bg
wait $bg
st=$?
bg=
[ "$st" = 1 ] || { cat "$T/bg.err"; fail "exit status $st, expected 1"; }
grep -q "the checkpoint of step [0-9]* was saved to ./gpt23-rescue-" "$T/bg.err" || { cat "$T/bg.err"; fail "no rescue"; }
rescue=$(ls "$T"/gpt23-rescue-*.g23 2>/dev/null | head -1)
[ -n "$rescue" ] || fail "no rescue file"
RUN "$T/lm.bin" --generate --ckpt "$rescue" --prompt ab --max-tokens 4 >/dev/null 2>&1 || fail "the rescue file does not load"
echo "outputs: ok"
