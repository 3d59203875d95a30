#!/bin/sh
# A 1000-layer model compiles: every pass is linear (or n log n) in the
# number of nodes, so this takes seconds; a pass that scanned every node or
# every buffer per node would take minutes here.  The plan must hold the
# last layer's parameters.
: "${top_srcdir:=.}" "${top_builddir:=.}"
out=${TMPDIR:-/tmp}/gpt23-deep-$$.bin
trap 'rm -f "$out"' EXIT
"$top_builddir/gpt23c" -I "$top_srcdir/models" "$top_srcdir/models/gpt23.net" \
  -D n_layer=1000 -D d_model=8 -o "$out" || { echo "FAIL: the 1000-layer model does not compile"; exit 1; }
dump=$("$top_builddir/gpt23c" --dump "$out") || { echo "FAIL: --dump of the 1000-layer plan"; exit 1; }
for want in "n_layer                  1000" "block.999.feed_forward.proj.b "; do
  case $dump in
  *"$want"*) ;;
  *) echo "FAIL: the 1000-layer plan has no '$want'"; exit 1 ;;
  esac
done
case $dump in
*"block.1000."*) echo "FAIL: the 1000-layer plan has a layer 1000"; exit 1 ;;
esac
echo "PASS: 1000 layers"
