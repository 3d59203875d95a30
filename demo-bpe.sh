#!/usr/bin/env bash
# BPE next to bytes: learn a BPE vocabulary on Debian's fortunes corpus with
# gpt23tok, train models/gpt23.net on it (-D vocab=N) and generate; then train
# the same model byte-level for as many steps, and print both runs'
# validation losses in nats per byte of text, the measure they share.
# STEPS (default 2400) and VOCAB (default 2048) change the runs; a rerun
# replaces run-bpe/ and run-bytes/.
set -euo pipefail
cd "$(dirname "$0")"
bash deps.sh
[ -f configure ] || autoreconf -fi
[ -f Makefile ] || ./configure
make -j"$(nproc)"
steps=${STEPS:-2400} vocab=${VOCAB:-2048}
corpus=$(find /usr/share/games/fortunes -maxdepth 1 -type f ! -name '*.dat' ! -name '*.u8' | sort)
train="--train --data $corpus --steps $steps --lr 2e-3 --warmup 50 --overwrite --eval-every 200"

mkdir -p run-bpe
./gpt23tok train --vocab-size "$vocab" --data $corpus -o run-bpe/tok --overwrite
./gpt23c models/gpt23.net -D vocab="$vocab" -o plan-bpe.bin
./gpt23run plan-bpe.bin $train --tokenizer run-bpe/tok --ckpt run-bpe --log run-bpe/train.jsonl --sample-every 400
# the checkpoint keeps its tokenizer: no --tokenizer needed
./gpt23run plan-bpe.bin --generate --ckpt run-bpe --prompt "${PROMPT:-The }" --max-tokens 200 --temperature 0.8

./gpt23c models/gpt23.net -o plan.bin
./gpt23run plan.bin $train --ckpt run-bytes --log run-bytes/train.jsonl
./gpt23run plan.bin --generate --ckpt run-bytes --prompt "${PROMPT:-The }" --max-tokens 400 --temperature 0.8

last() { grep '"val_loss_per_byte"' "$1" | tail -n 1 | sed 's/.*"val_loss":\([^,]*\),"val_loss_per_byte":\([^,}]*\).*/\1 \2/'; }
read -r bl bb <<<"$(last run-bpe/train.jsonl)"
read -r yl yb <<<"$(last run-bytes/train.jsonl)"
echo
echo "validation loss after $steps steps:"
printf '  BPE (%s tokens)  %.4f nats/token  %.4f nats/byte\n' "$vocab" "$bl" "$bb"
printf '  byte-level        %.4f nats/token  %.4f nats/byte\n' "$yl" "$yb"
