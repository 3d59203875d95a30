#!/bin/sh
# test/layout/includes.sh on the tree, where every include must run along
# its table, then on copies of the tree's sources with one wrong include
# planted in each, where it must fail naming the file, the line and the
# edge; a build tree inside the copy (as make distcheck makes) is not read.
: "${top_srcdir:=.}"
check=$top_srcdir/test/layout/includes.sh
T=$(mktemp -d "${TMPDIR:-/tmp}/g23-includes.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
status=0
fail() { echo "FAIL: $*"; status=1; }

echo "== the tree"
sh "$check" "$top_srcdir" || fail "the tree's includes"

# The sources includes.sh reads, copied to $T/clean.
mkdir "$T/clean"
(cd "$top_srcdir" && find . \( -name .git -o -name autom4te.cache -o -path ./test \) -prune -o -type f \
   \( -name '*.c' -o -name '*.h' -o -name '*.y' -o -name '*.l' -o -name '*.cuh' -o -name '*.def' \) -print) |
  while read -r f; do
    mkdir -p "$T/clean/$(dirname "$f")" && cp "$top_srcdir/$f" "$T/clean/$f" || exit 1
  done || exit 99
chmod -R u+w "$T/clean" # a distribution's sources are read-only
[ -f "$T/clean/codegen/codegen.h" ] || { echo "no sources copied"; exit 99; }

# plant FILE LINE MESSAGE: FILE of a fresh copy gets LINE at its end;
# includes.sh must fail with MESSAGE, in which @ stands for FILE:LINENO.
plant() {
  rm -rf "$T/tree" && cp -R "$T/clean" "$T/tree" || exit 99
  mkdir -p "$T/tree/$(dirname "$1")"
  printf '%s\n' "$2" >> "$T/tree/$1"
  n=$(wc -l < "$T/tree/$1" | tr -d ' ')
  want=$(printf '%s\n' "$3" | sed "s|@|$1:$n|")
  echo "== $1: $2"
  if sh "$check" "$T/tree" > "$T/out" 2>&1; then
    fail "$1: a planted '$2' passed"
  elif ! grep -qF "includes.sh: $want" "$T/out"; then
    fail "$1: expected 'includes.sh: $want'"
  fi
  cat "$T/out"
}
plant codegen/codegen.h '#include "passes/passes.h"' \
  '@: codegen -> passes is not an allowed edge (#include "passes/passes.h")'
plant runtime/plan/plan.h '#include "runtime/runtime.h"' \
  '@: runtime/plan -> runtime is not an allowed edge (#include "runtime/runtime.h")'
plant runtime/exec.c '#include "runtime/cli/cli.h"' \
  '@: runtime -> runtime/cli is not an allowed edge (#include "runtime/cli/cli.h")'
plant util/util.h '#include "ir/ir.h"' \
  '@: util -> ir is not an allowed edge (#include "ir/ir.h")'
plant ir/ir.h '  #  include "../frontend/frontend.h"' \
  '@: #include "../frontend/frontend.h" climbs out of its folder: name it from the top'
plant tok/tok.h '#include "shard_typo.h"' \
  '@: #include "shard_typo.h" names no file beside it or from the top'
plant newlayer/thing.c '#include "ir/ir.h"' \
  'newlayer/thing.c: folder newlayer is not in the table of includes.sh'

# A build tree inside the sources (config.status marks it) is left alone.
rm -rf "$T/tree" && cp -R "$T/clean" "$T/tree" || exit 99
mkdir -p "$T/tree/_build/sub/codegen"
: > "$T/tree/_build/sub/config.status"
echo '#include "passes/passes.h"' > "$T/tree/_build/sub/codegen/prelude_text.c"
echo "== a build tree inside the sources"
sh "$check" "$T/tree" || fail "a build tree inside the sources was read"

[ $status = 0 ] && echo "PASS: includes run one way"
exit $status
