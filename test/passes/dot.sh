#!/bin/sh
# gpt23c --emit dot shows one graph's schedule: a node per kernel launch
# (k<L>) and per matmul launch (m<L>), as many as --emit stats counts for
# that graph, a node per stored tensor (t<V>), edges only between declared
# nodes, and a cluster per layer instance; --emit dot-ir is the IR-level
# graph.
: "${top_srcdir:=.}" "${top_builddir:=.}"
gpt23c=$top_builddir/gpt23c
model=$top_srcdir/models/gpt23.net
T=$(mktemp -d "${TMPDIR:-/tmp}/g23-dot.XXXXXX") || exit 99
trap 'rm -rf "$T"' EXIT
status=0
fail() {
  echo "FAIL: $*"
  status=1
}
"$gpt23c" "$model" -D n_layer=3 --emit stats >"$T/stats" || exit 1
for graph in default train eval prefill decode; do
  if [ $graph = default ]; then
    "$gpt23c" "$model" -D n_layer=3 --emit dot >"$T/dot" || { fail "--emit dot"; continue; }
    want=train
  else
    "$gpt23c" "$model" -D n_layer=3 --emit dot --graph $graph >"$T/dot" || { fail "--emit dot --graph $graph"; continue; }
    want=$graph
  fi
  # one digraph, named after the graph, braces balanced
  [ "$(sed -n 1p "$T/dot")" = "digraph $want {" ] || fail "$graph: first line '$(sed -n 1p "$T/dot")'"
  [ "$(grep -c '^digraph' "$T/dot")" = 1 ] || fail "$graph: not exactly one digraph"
  [ "$(tail -n 1 "$T/dot")" = "}" ] || fail "$graph: does not end with }"
  open=$(tr -cd '{' <"$T/dot" | wc -c)
  close=$(tr -cd '}' <"$T/dot" | wc -c)
  [ "$open" = "$close" ] || fail "$graph: $open '{' but $close '}'"
  # as many kernel and matmul nodes as --emit stats counts
  kernels=$(awk -v g=$want '$1 == "graph" && $2 == g { print $3 }' "$T/stats")
  matmuls=$(awk -v g=$want '$1 == "graph" && $2 == g { print $5 }' "$T/stats")
  k=$(grep -Ec '^ *k[0-9]+ \[' "$T/dot")
  m=$(grep -Ec '^ *m[0-9]+ \[' "$T/dot")
  [ "$k" = "$kernels" ] || fail "$graph: $k kernel nodes, --emit stats counts $kernels"
  [ "$m" = "$matmuls" ] || fail "$graph: $m matmul nodes, --emit stats counts $matmuls"
  [ "$(grep -Ec '^ *t[0-9]+ \[' "$T/dot")" -gt 0 ] || fail "$graph: no tensor nodes"
  # every edge joins declared nodes, and every launch has an edge
  sed -n 's/^ *\([kmt][0-9]*\) \[.*/\1/p' "$T/dot" | sort >"$T/nodes"
  [ "$(sort -u "$T/nodes" | wc -l)" = "$(wc -l <"$T/nodes")" ] || fail "$graph: a node declared twice"
  sed -n 's/^ *\([kmt][0-9]*\) -> \([kmt][0-9]*\);$/\1\n\2/p' "$T/dot" | sort -u >"$T/ends"
  [ -s "$T/ends" ] || fail "$graph: no edges"
  extra=$(comm -13 "$T/nodes" "$T/ends" | head -n 3)
  [ -z "$extra" ] || fail "$graph: edges to undeclared nodes: $extra"
  lonely=$(grep -E '^[km]' "$T/nodes" | comm -23 - "$T/ends" | head -n 3)
  [ -z "$lonely" ] || fail "$graph: launches without edges: $lonely"
  # a cluster per layer instance, with its sub-instances inside
  for l in 0 1 2; do
    grep -q "^  subgraph \"cluster_block.$l\" {" "$T/dot" || fail "$graph: no cluster for block.$l"
    grep -q "^    subgraph \"cluster_block.$l.attention\" {" "$T/dot" ||
      fail "$graph: no cluster block.$l.attention inside block.$l"
  done
  grep -q 'subgraph "cluster_block.3' "$T/dot" && fail "$graph: a cluster for block.3 of 3 layers"
  # the attention kernel sits in its layer's attention cluster
  awk '/subgraph "cluster_block.1.attention"/ { inside = 1 } inside && /^    }/ { inside = 0 }
       inside && /_attention\\n/ { found = 1 } END { exit !found }' "$T/dot" ||
    fail "$graph: no attention kernel in cluster block.1.attention"
  [ $status = 0 ] && echo "ok    --emit dot ($want): $k kernels, $m matmuls, clusters block.0-2"
done
# the IR-level graph: one node per IR op, every graph unless --graph
"$gpt23c" "$model" -D n_layer=1 --emit dot-ir >"$T/ir" || fail "--emit dot-ir"
[ "$(grep -c '^digraph' "$T/ir")" = 4 ] || fail "--emit dot-ir: not the four graphs"
grep -q 'label="%[0-9]* attention' "$T/ir" || fail "--emit dot-ir: no IR attention node"
"$gpt23c" "$model" -D n_layer=1 --emit dot-ir --graph eval >"$T/ir" || fail "--emit dot-ir --graph eval"
[ "$(grep -c '^digraph' "$T/ir")" = 1 ] && grep -q '^digraph eval' "$T/ir" || fail "--emit dot-ir --graph eval"
exit $status
