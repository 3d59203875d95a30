#!/usr/bin/env bash
# Translation with an encoder-decoder model: set up, build, write a dates
# task (a date in one of eight formats -> the same date in ISO 8601, made by
# examples/dates.sh with GNU date), compile models/variants/translate.net,
# train it, then translate held-out dates with --input and print the
# exact-match accuracy.
#   STEPS=N (default 1500)  HELDOUT=N (default 200)
set -euo pipefail
cd "$(dirname "$0")"
bash deps.sh
[ -f configure ] || autoreconf -fi
[ -f Makefile ] || ./configure
make -j"$(nproc)"
steps=${STEPS:-1500} heldout=${HELDOUT:-200}
dir=translate-run
mkdir -p "$dir"
# Training and held-out examples from different seeds; a held-out source
# that also occurs in the training data is dropped.
sh examples/dates.sh 60000 1 >"$dir/train.tsv"
sh examples/dates.sh $((heldout * 2)) 2 >"$dir/candidates.tsv"
awk -F '\t' -v n="$heldout" 'NR == FNR { seen[$1] = 1; next } !($1 in seen) && kept < n { print; kept++ }' \
  "$dir/train.tsv" "$dir/candidates.tsv" >"$dir/heldout.tsv"
./gpt23c models/variants/translate.net -o "$dir/plan.bin"
start=$(date +%s)
./gpt23run "$dir/plan.bin" --train --data "$dir/train.tsv" --steps "$steps" --lr 2e-3 --warmup 100 \
  --ckpt "$dir/ckpt" --overwrite --eval-every 500 --log "$dir/train.jsonl" --quiet
trained=$(( $(date +%s) - start ))
# Greedy translation of each held-out source; the target is the first line
# the decoder writes (it stops at the end of the example).
right=0 total=0
while IFS=$'\t' read -r src want; do
  got=$(./gpt23run "$dir/plan.bin" --generate --ckpt "$dir/ckpt" --input "src=$src" --prompt "" \
    --temperature 0 --max-tokens 16 2>/dev/null | sed -n 1p)
  total=$((total + 1))
  if [ "$got" = "$want" ]; then right=$((right + 1)); elif [ $((total - right)) -le 5 ]; then
    printf '  %-32s -> %-12s (want %s)\n' "$src" "$got" "$want"
  fi
done <"$dir/heldout.tsv"
echo "trained $steps steps in ${trained} s; exact match on $total held-out dates: $right/$total" \
  "($(awk -v r=$right -v t=$total 'BEGIN { printf "%.1f", 100 * r / t }') %)"
