#!/bin/sh
# Writes N examples of a translation task to standard output, one per line:
# a date written in one of several formats, a TAB, the same date in ISO 8601.
#   sh examples/dates.sh N SEED
# Dates are drawn uniformly from 1900-01-01 to 2099-12-31 (awk's rand,
# seeded), and written by GNU date in the C locale, so the task needs
# nothing beyond coreutils and awk.  Formats, for 2021-03-05:
#   March 5, 2021 | 5 March 2021 | 03/05/2021 (month first) | 5.3.2021 (day
#   first) | Mar 5 2021 | Friday, March 5, 2021 | 2021/03/05 | 05-Mar-2021
set -eu
n=${1:?usage: dates.sh N SEED}
seed=${2:?usage: dates.sh N SEED}
export LC_ALL=C TZ=UTC
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Day numbers since 1900-01-01 (73049 days to 2099-12-31) and a format each.
awk -v n="$n" -v seed="$seed" 'BEGIN {
  srand(seed)
  for (i = 0; i < n; i++) printf "%d %d\n", int(rand() * 73049), int(rand() * 8)
}' >"$tmp/draw"
awk '{ printf "1900-01-01 + %d days\n", $1 }' "$tmp/draw" >"$tmp/rel"
date -f "$tmp/rel" +%Y-%m-%d >"$tmp/iso"
i=0
for fmt in '%B %-d, %Y' '%-d %B %Y' '%m/%d/%Y' '%-d.%-m.%Y' '%b %-d %Y' '%A, %B %-d, %Y' '%Y/%m/%d' '%d-%b-%Y'; do
  date -f "$tmp/rel" +"$fmt" >"$tmp/f$i"
  i=$((i + 1))
done
paste "$tmp/draw" "$tmp/f0" "$tmp/f1" "$tmp/f2" "$tmp/f3" "$tmp/f4" "$tmp/f5" "$tmp/f6" "$tmp/f7" "$tmp/iso" -d '\t' |
  awk -F '\t' '{ split($1, d, " "); print $(d[2] + 2) "\t" $10 }'
