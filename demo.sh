#!/usr/bin/env bash
# The main job: set up, build, compile models/gpt23.net, train it for a few
# minutes on Debian's fortunes corpus, and generate text from it.  A rerun
# replaces run/ (its checkpoint and log); `make demo-plot` draws the log.
set -euo pipefail
cd "$(dirname "$0")"
bash deps.sh
[ -f configure ] || autoreconf -fi
[ -f Makefile ] || ./configure
make -j"$(nproc)"
./gpt23c models/gpt23.net -o plan.bin
corpus=$(find /usr/share/games/fortunes -maxdepth 1 -type f ! -name '*.dat' ! -name '*.u8' | sort)
./gpt23run plan.bin --train --data $corpus --steps "${STEPS:-2400}" --lr 2e-3 --warmup 50 \
  --ckpt run --overwrite --log run/train.jsonl --eval-every 200 --sample-every 400
./gpt23run plan.bin --generate --ckpt run --prompt "${PROMPT:-The }" --max-tokens 400 --temperature 0.8
