#!/bin/sh
# bench/tok.sh: gpt23tok's speed on real text (make bench-tok; not part of
# make check).
#
# Assembles about $SIZE_MB MB (default 100) of text a Debian machine has
# without a network, in this order, each file list sorted so that the corpus
# is the same on the same machine:
#   1. the fortunes corpus (/usr/share/games/fortunes, package fortunes);
#   2. the man pages (/usr/share/man, roff source, decompressed, all
#      languages), up to half the corpus;
#   3. plain-text documentation: /usr/share/doc/*/*, decompressed where
#      gzipped (changelogs, NEWS, READMEs, copyright files, *.txt);
# then trains a vocabulary of $VOCAB tokens (default 32000) on it and
# encodes it all once, reporting wall-clock and user CPU time and MB/s.
# With KEEP=DIR, the corpus and the trained tokenizer are left in DIR
# (corpus.txt, tok/) for other checks.  Encoding and training run on one core; the machine may be shared, so the
# user CPU time is the figure to compare.
set -eu
GPT23TOK=${GPT23TOK:-./gpt23tok}
SIZE_MB=${SIZE_MB:-100}
VOCAB=${VOCAB:-32000}
[ -x "$GPT23TOK" ] || { echo "bench/tok.sh: $GPT23TOK not built (make gpt23tok)" >&2; exit 1; }
W=$(mktemp -d "${TMPDIR:-/tmp}/g23-bench-tok.XXXXXX")
trap 'rm -rf "$W"' EXIT
corpus=$W/corpus.txt
want=$((SIZE_MB * 1000 * 1000))

# add LIMIT FILE...: appends each file's text (decompressed) until the
# corpus has LIMIT bytes
add() {
  limit=$1
  shift
  for f in "$@"; do
    [ "$(wc -c <"$corpus")" -ge "$limit" ] && return 0
    case $f in
    *.gz) gzip -dc "$f" 2>/dev/null >>"$corpus" || true ;;
    *) cat "$f" >>"$corpus" 2>/dev/null || true ;;
    esac
  done
}
: >"$corpus"
list() { find "$@" -type f 2>/dev/null | LC_ALL=C sort; }
# fortunes: the text files, not their .dat indexes or .u8 links
add "$want" $(list /usr/share/games/fortunes | grep -v '\.dat$' | grep -v '\.u8$')
n1=$(wc -c <"$corpus")
add $((want / 2)) $(list /usr/share/man -name '*.gz')
n2=$(wc -c <"$corpus")
# documentation: text, and gzipped text; no pictures, HTML or PDF
add "$want" $(list /usr/share/doc | grep -E '/(changelog[^/]*|NEWS[^/]*|README[^/]*|copyright|[^/]*\.txt)(\.gz)?$')
head -c "$want" "$corpus" >"$W/c" && mv "$W/c" "$corpus"
bytes=$(wc -c <"$corpus")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
awk -v a="$n1" -v b="$n2" -v c="$bytes" 'BEGIN {
  printf "corpus: %.1f MB: fortunes %.1f MB, man pages %.1f MB, /usr/share/doc text %.1f MB\n",
    c / 1e6, a / 1e6, (b - a) / 1e6, (c - b) / 1e6 }' 

/usr/bin/time -f "%e %U %M" -o "$W/time.train" "$GPT23TOK" train --vocab-size "$VOCAB" --data "$corpus" -o "$W/tok"
read -r wall user rss <"$W/time.train"
echo "train: vocab $VOCAB on $mb MB: ${wall} s wall, ${user} s user CPU, $((rss / 1024)) MB peak memory"

/usr/bin/time -f "%e %U %M" -o "$W/time.enc" "$GPT23TOK" encode "$W/tok" "$corpus" >"$W/ids"
read -r wall user rss <"$W/time.enc"
ntok=$(wc -w <"$W/ids")
awk -v b="$bytes" -v w="$wall" -v u="$user" -v n="$ntok" 'BEGIN {
  printf "encode: %d tokens (%.2f bytes per token): %.2f s wall, %.2f s user CPU: %.1f MB/s wall, %.1f MB/s per core (user)\n",
    n, b / n, w, u, b / 1e6 / w, b / 1e6 / u }'
"$GPT23TOK" decode "$W/tok" <"$W/ids" | cmp -s - "$corpus" && echo "decode: the corpus again, byte for byte" ||
  { echo "decode: NOT the corpus" >&2; exit 1; }
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP" && cp "$corpus" "$KEEP/corpus.txt" && rm -rf "$KEEP/tok" && cp -r "$W/tok" "$KEEP/tok"
  echo "kept: $KEEP/corpus.txt, $KEEP/tok"
fi
