#!/bin/sh
# includes.sh [TOP]: every #include "..." of the sources outside test/ (.c,
# .h, .y, .l, .cuh, .def) runs one way, along an edge of the table below.
# Fails naming file:line, the forbidden edge and the include.  TOP defaults
# to $top_srcdir, else ".".
#
# A file's folder is its layer (runtime/cli, not runtime).  An include is
# looked up beside the including file, then from TOP; it must name its file
# from the top of the tree ("util/util.h"), or bare in its own folder
# ("cli.h"), never climb with "..".  Every folder may include util/ and
# config.h.  A folder of sources that the table does not name is an error,
# so a new folder comes with its row.  Build trees inside TOP (a directory
# holding config.status, as make distcheck makes) are not read.

top=${1:-${top_srcdir:-.}}
top=${top%/}
[ -d "$top" ] || { echo "includes.sh: no directory $top" >&2; exit 2; }

# from           to             why
table='
ir             -              the IR, the evaluator, autodiff: util only
frontend       ir             builds forward graphs with the IR builder
passes         ir             rewrites and schedules graphs
passes         codegen        renders the schedules into kernel sources
passes         runtime/plan   fills the plan the compiler writes
codegen        ir             reads the nodes of the schedule it renders
codegen        runtime/plan   writes kernels and launches into the plan
codegen        codegen/kernels  the limits and tile sizes the kernel files define once
codegen/kernels -             hand-written kernel text, embedded: util only
runtime/plan   ir             the plan keeps op, dtype and role numbers of the IR
runtime        runtime/plan   the engine runs a plan
runtime        ir             dtypes and roles of the IR; the scalar prelude of the kernels
runtime/cpu    runtime        implements the backend vtable (backend.h)
runtime/cpu    runtime/plan   launches and matmuls of the plan
runtime/cpu    ir             the scalar prelude
runtime/cuda   runtime        implements the backend vtable (backend.h)
runtime/cuda   runtime/plan   launches and matmuls of the plan
runtime/cuda   ir             the scalar prelude the CUDA kernels share
runtime/cuda   codegen        its own module (built-in matmul, bf16 conversion) joins kernel files (codegen/kernels.h only)
runtime/cli    runtime        gpt23run opens a runtime and runs its graphs
runtime/cli    runtime/plan   loads the plan, names its tensors
runtime/cli    tok            tokenizers and token shards of the training data
runtime/cli    ir             dtypes, roles and graph kinds of the plan
tok            -              tokenizers and shards: util only
check          frontend       gpt23c --gradcheck compiles the model text
check          passes         runs the pipeline over the graphs it checks
check          codegen        the kernels it compares come from codegen
check          runtime        runs the plan on a device
check          runtime/plan   serialises and parses the plan it runs
check          ir             the float64 evaluator and autodiff are its references
driver         frontend       gpt23c reads model files
driver         passes         runs the pipeline
driver         codegen        --emit takes the name of a dialect of the table
driver         check          gpt23c --gradcheck
driver         runtime/plan   writes and dumps plans
driver         runtime/cli    gpt23c --dump reads checkpoints (checkpoint.h)
driver         ir             dumps graphs, the AdamW settings
bench          runtime        times training steps on the engine
bench          runtime/cpu    times the OpenBLAS sgemm the CPU backend loads
bench          runtime/cli    writes the weights it times as safetensors
bench          runtime/plan   loads the plan it times
plot           -              gpt23plot reads logs: util only
util           -              the helpers below every layer
'

# Build trees inside top, by their config.status (not top's own).
skip=$(find "$top" -mindepth 2 -name config.status -type f 2>/dev/null | sed 's|/config.status$||')

find "$top" \( -name .git -o -name autom4te.cache \) -prune -o -type f \
     \( -name '*.c' -o -name '*.h' -o -name '*.y' -o -name '*.l' -o -name '*.cuh' -o -name '*.def' \) -print |
  LC_ALL=C sort |
  awk -v top="$top" -v table="$table" -v skip="$skip" '
function exists(p,   line, r) {
  if (p in known) return known[p]
  r = (getline line < p) >= 0
  close(p)
  return known[p] = r
}
function dir(p) { return sub(/\/[^\/]*$/, "", p) ? p : "." }
function fail(msg) { print "includes.sh: " msg; bad++ }
BEGIN {
  n = split(table, rows, "\n")
  for (i = 1; i <= n; i++) {
    if (split(rows[i], f, " ") < 2) continue
    layer[f[1]] = 1
    if (f[2] != "-") allowed[f[1] " " f[2]] = 1
  }
  nskip = split(skip, skips, "\n")
  for (i = 1; i <= nskip; i++) skips[i] = substr(skips[i], length(top) + 2)
}
{
  file = substr($0, length(top) + 2)
  if (file ~ /^test\// || file == "config.h") next
  for (i = 1; i <= nskip; i++)
    if (skips[i] != "" && index(file, skips[i] "/") == 1) next
  from = dir(file)
  if (!(from in layer)) {
    if (!(from in unknown)) fail(file ": folder " from " is not in the table of includes.sh")
    unknown[from] = 1
    next
  }
  lineno = 0
  while ((getline line < (top "/" file)) > 0) {
    lineno++
    if (line !~ /^[ \t]*#[ \t]*include[ \t]*"/) continue
    inc = line
    sub(/^[ \t]*#[ \t]*include[ \t]*"/, "", inc)
    sub(/".*/, "", inc)
    where = file ":" lineno ": "
    if (inc == "config.h") continue
    if (inc ~ /(^|\/)\.\.(\/|$)/) {
      fail(where "#include \"" inc "\" climbs out of its folder: name it from the top")
      continue
    }
    if (from != "." && exists(top "/" from "/" inc)) target = from "/" inc
    else if (exists(top "/" inc) || inc ~ /\//) target = inc
    else {
      fail(where "#include \"" inc "\" names no file beside it or from the top")
      continue
    }
    to = dir(target)
    if (to == from || to == "util") continue
    if (!((from " " to) in allowed))
      fail(where from " -> " to " is not an allowed edge (#include \"" inc "\")")
  }
  close(top "/" file)
  files++
}
END {
  if (bad) { print "includes.sh: " bad " forbidden include(s) in " files + 0 " files"; exit 1 }
  if (!files) { print "includes.sh: no sources under " top; exit 1 }
  print "includes.sh: " files " files, every include along the table"
}'
