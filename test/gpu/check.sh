#!/bin/sh
# test/gpu/check.sh: gpt23 on a machine with an NVIDIA GPU (written for an
# H200; runs on any sm_80+ device).  Run from the top of the source tree:
#
#     sh test/gpu/check.sh [--out DIR] [--kit DIR] [--emulate]
#
# Prints an inventory of the machine (GPU and driver, nvcc, gcc, make,
# Python with PyTorch and whether it sees CUDA, the tools and libraries the
# build needs and where each was found), builds gpt23 (configure + make,
# installing nothing), runs the CUDA tests of make check, compares CUDA
# against the CPU on every launch of gpt23.net and on a whole training step
# (test/gpu/compare), in fp32 (fp32 tolerances) and in bf16 (bf16
# tolerances, see compare.c: each bf16 matmul launch within 1e-2 relative
# L2 of the CPU's fp32 result, a step's loss within 2e-3 relative, each
# gradient within 3e-2), trains gpt23.net for 200 steps in bf16 (the
# default; with and without CUDA graphs) and in fp32, the GPT-2-124M-shaped
# variant for 20 steps in bf16, fp32 and TF32, measures decoding, puts
# both models side by side with PyTorch on the same device (training in bf16
# and fp32, greedy decoding at batch 1; bench/torch_baseline.py and
# bench/torch_decode.py, where python3 has torch with CUDA), and prints one
# table with each row's precision.  Needs no network; finishes in about 5
# minutes, and the PyTorch rows take at most TORCH_BUDGET (300 s) more.  Exit status 0 when every check passes, 1 when one
# fails, 2 when the machine lacks what the checks need (the message names
# it).
#
# A bare machine (no flex, bison, autotools, pkg-config or the OpenBLAS,
# Jansson and PCRE2 development files) builds from the kit that `make
# gpu-kit` makes on a Debian or Ubuntu machine (test/gpu/make_kit.sh): the
# folder gpu-kit/ holds the distribution tarball (configure and the
# generated parser and lexer, so cc and make suffice) and prefix.tar.gz
# (Debian's OpenBLAS, Jansson and PCRE2 with headers).  When the tree has no
# configure and no autoreconf, flex or bison, or a library or pkg-config is
# missing, check.sh unpacks both into its work folder, configures the
# distribution there with CPPFLAGS, LDFLAGS, PKG_CONFIG_PATH and
# LD_LIBRARY_PATH pointing at the kit's prefix, builds it with make
# -j$JOBS, and runs every check in that build.  The kit is about 14 MB and
# travels with the tree.
#
# Options:
#   --out DIR   also write check.log (everything printed), table.txt (the
#               table), inventory.txt and logs.tar.gz (every log) into DIR;
#               the environment variable OUT does the same
#   --kit DIR   the kit (default: gpu-kit in the tree; $G23_GPU_KIT)
#   --emulate   run the CUDA rows on the emulated CUDA device of make check
#               (test/cuda/fake: libcuda, libnvrtc and libcublasLt on the
#               CPU), a rehearsal of this script on a machine without a GPU:
#               each row then reads "emulated", speeds are not shown, and no
#               row stands for a GPU result
#
# Environment: JOBS (make -j, default: all cores), PEAK_TFLOPS (the MFU
# reference, default 989: H100/H200 dense bf16), G23_CUDA_* (see
# runtime/cuda/backend_cuda.h) pass through to every run.  Smaller runs:
# STEPS (gpt23.net, 200), STEPS_124M (20), GPT23_DEFS (gpt23c -D options for
# gpt23.net's training plan), GPT2_DEFS, COMPARE_DEFS.  The PyTorch rows
# (see test/gpu/README): PYTHON (python3), TORCH_ROWS (0: none),
# TORCH_DTYPES ("bf16 fp32"), TORCH_STEPS (10), TORCH_STEPS_124M (5),
# TORCH_TOKENS (100), TORCH_TOKENS_124M (32), TORCH_TIMEOUT (240 s a
# script), TORCH_BUDGET (300 s for all).  For a dry run of
# this script without a GPU: DEVICE=cpu STEPS=4 STEPS_124M=1
# GPT2_DEFS="-D batch=1 -D max_seq_length=32 -D n_layer=1" COMPARE_DEFS="-D batch=2"
# TORCH_STEPS=2 TORCH_STEPS_124M=1 TORCH_TOKENS=20 TORCH_TOKENS_124M=8 (with
# PYTHON naming a python with torch, the PyTorch rows then run on the CPU);
# with --emulate and DEVICE=cuda, the same and
# GPT23_DEFS="-D batch=2 -D d_model=16 -D n_layer=1 -D n_head=2 -D max_seq_length=16",
# COMPARE_DEFS="-D batch=2 -D d_model=16 -D n_layer=1 -D n_head=2 -D max_seq_length=8"
# (the emulator runs each CUDA thread on the CPU).
set -u
out=${OUT:-}
kit=${G23_GPU_KIT:-}
emulate=0
while [ $# -gt 0 ]; do
  case $1 in
  --out) out=${2:?--out needs a folder}; shift 2 ;;
  --out=*) out=${1#--out=}; shift ;;
  --kit) kit=${2:?--kit needs a folder}; shift 2 ;;
  --kit=*) kit=${1#--kit=}; shift ;;
  --emulate) emulate=1; shift ;;
  -h | --help) sed -n '2,/^set -u/p' "$0" | sed '$d'; exit 0 ;;
  *) echo "check.sh: unknown argument '$1' (see --help)"; exit 2 ;;
  esac
done
top=$(pwd)
[ -f "$top/runtime/cuda/backend_cuda.c" ] || { echo "check.sh: run me from the top of the gpt23 tree"; exit 2; }
[ -n "$kit" ] || kit=$top/gpu-kit
case $kit in /*) ;; *) kit=$top/$kit ;; esac
# With --out, run again with everything printed copied into DIR/check.log.
if [ -n "$out" ] && [ -z "${G23_CHECK_LOGGING:-}" ]; then
  mkdir -p "$out" && out=$(cd "$out" && pwd) || { echo "check.sh: cannot make $out"; exit 2; }
  set -- --out "$out" --kit "$kit"
  [ $emulate = 1 ] && set -- "$@" --emulate
  { G23_CHECK_LOGGING=1 sh "$0" "$@" 2>&1; echo $? > "$out/status"; } | tee "$out/check.log"
  exit "$(cat "$out/status" 2>/dev/null || echo 2)"
fi
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 4)}
PEAK=${PEAK_TFLOPS:-989}
DEVICE=${DEVICE:-cuda}
STEPS=${STEPS:-200}
STEPS_124M=${STEPS_124M:-20}
GPT2_DEFS=${GPT2_DEFS:--D batch=8 -D max_seq_length=512}
GPT23_DEFS=${GPT23_DEFS:-}
COMPARE_DEFS=${COMPARE_DEFS:-}
work=$(mktemp -d /tmp/gpt23-gpu.XXXXXX) || exit 2
export XDG_CACHE_HOME="$work/cache"
t_start=$(date +%s)
rows=""
fails=0

# row CHECK RESULT MS_PER_STEP TOK_PER_S MFU DECODE_TOK_PER_S [PRECISION]
# On the emulated device a passing row reads "emulated" and shows no speeds.
emu_now=0
row() {
  res=$2
  if [ $emu_now = 1 ]; then
    [ "$res" = pass ] && res=emulated
    set -- "$1" "$res" "$([ "$3" = - ] || echo emu)" "$([ "$4" = - ] || echo emu)" "$([ "$5" = - ] || echo emu)" \
      "$([ "$6" = - ] || echo emu)" "${7:--}"
  fi
  rows="$rows$(printf '%-52s %-8s %-5s %10s %12s %7s %12s' "$1" "$res" "${7:--}" "${3:--}" "${4:--}" "${5:--}" "${6:--}")
"
  case $res in pass | emulated) ;; *) fails=$((fails + 1)) ;; esac
  echo ">>> $1: $res"
}
elapsed() { echo $(($(date +%s) - t_start)); }
# finish STATUS: the table and logs into --out's folder, then exit.
finish() {
  if [ -n "$out" ]; then
    { printf '%-52s %-8s %-5s %10s %12s %7s %12s\n' "check" "result" "prec" "ms/step" "tokens/s" "MFU" "decode tok/s"
      printf '%s' "$rows"; } > "$out/table.txt"
    (cd "$work" && find . -maxdepth 1 \( -name '*.log' -o -name '*.steps' -o -name '*.json' \) | sed 's|^\./||' | sort |
      tar czf "$out/logs.tar.gz" -T - 2>/dev/null)
  fi
  exit "$1"
}

# ---- inventory ----------------------------------------------------------------------
# findlib NAME...: the first file of these names in LD_LIBRARY_PATH, the
# loader's cache or the CUDA toolkit's library folders.
findlib() {
  for n in "$@"; do
    for d in $(echo "${LD_LIBRARY_PATH:-}" | tr ':' ' '); do
      [ -e "$d/$n" ] && { echo "$d/$n"; return 0; }
    done
    p=$(ldconfig -p 2>/dev/null | awk -v n="$n" '$1 == n { print $NF; exit }')
    [ -n "$p" ] && { echo "$p"; return 0; }
    for d in "${CUDA_HOME:-/usr/local/cuda}/lib64" /usr/local/cuda/lib64 /usr/local/cuda/targets/*/lib \
      /usr/local/nvidia/lib64 /usr/lib/x86_64-linux-gnu /usr/lib64 /usr/lib; do
      [ -e "$d/$n" ] && { echo "$d/$n"; return 0; }
    done
  done
  return 1
}
# probe NAME HEADER LIB [FLAGS...]: whether a program including HEADER (none:
# "-") links against LIB with FLAGS
probe() {
  name=$1 hdr=$2 lib=$3
  shift 3
  {
    [ "$hdr" = - ] || printf '#define PCRE2_CODE_UNIT_WIDTH 8\n#include <%s>\n' "$hdr"
    printf 'int main(void) { return 0; }\n'
  } > "$work/probe-$name.c"
  cc "$@" "$work/probe-$name.c" -o "$work/probe-$name" -l"$lib" >> "$work/probe.log" 2>&1
}
inventory() {
  echo "== inventory of $(uname -n) ($(uname -m))"
  if command -v nvidia-smi >/dev/null 2>&1; then
    nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader 2>&1 | sed 's/^/GPU:        /'
  else
    echo "GPU:        no nvidia-smi"
  fi
  nvcc=$(command -v nvcc || { [ -x "${CUDA_HOME:-/usr/local/cuda}/bin/nvcc" ] && echo "${CUDA_HOME:-/usr/local/cuda}/bin/nvcc"; })
  if [ -n "$nvcc" ]; then
    echo "nvcc:       $("$nvcc" --version 2>&1 | grep -i release | head -1) ($nvcc)"
  else
    echo "nvcc:       not found"
  fi
  echo "cc:         $(cc --version 2>/dev/null | head -1 || echo 'not found')"
  echo "make:       $(make --version 2>/dev/null | head -1 || echo 'not found')"
  if command -v python3 >/dev/null 2>&1; then
    echo "python3:    $(python3 --version 2>&1); torch: $(timeout 120 python3 -c \
      'import torch; print(torch.__version__, "cuda available:", torch.cuda.is_available())' 2>&1 | tail -1)"
  else
    echo "python3:    not found"
  fi
  for tool in flex bison autoreconf pkg-config; do
    printf '%-13s%s\n' "$tool:" "$(command -v $tool || echo 'not found')"
  done
  for l in "libcuda libcuda.so.1" "libnvrtc libnvrtc.so.13 libnvrtc.so.12" "libcublasLt libcublasLt.so.13 libcublasLt.so.12" \
    "openblas libopenblas.so.0" "libgomp libgomp.so.1" "jansson libjansson.so.4" "pcre2 libpcre2-8.so.0"; do
    set -- $l
    n=$1
    shift
    printf '%-13s%s\n' "$n:" "$(findlib "$@" || echo 'not found')"
  done
  [ -f "$kit/prefix.tar.gz" ] && echo "kit:        $kit ($(ls "$kit"/gpt23-*.tar.gz 2>/dev/null | sed 's|.*/||'))" ||
    echo "kit:        none at $kit"
}
if [ -n "$out" ]; then inventory | tee "$out/inventory.txt"; else inventory; fi

# ---- what the build needs ------------------------------------------------------
# From the tree when it can be configured and every library is there; else
# from the kit.
missing=""
for tool in cc make; do
  command -v $tool >/dev/null 2>&1 || missing="$missing $tool"
done
[ -z "$missing" ] || { echo "check.sh: missing:$missing (no build is possible without them)"; finish 2; }
why_kit=""
if [ ! -x configure ] && { [ ! -x ./gpt23c ] || [ ! -x ./gpt23run ]; }; then
  for tool in autoreconf flex bison; do
    command -v $tool >/dev/null 2>&1 || why_kit="$why_kit $tool"
  done
fi
command -v pkg-config >/dev/null 2>&1 || why_kit="$why_kit pkg-config"
probe openblas - openblas || why_kit="$why_kit OpenBLAS(libopenblas.so)"
probe jansson jansson.h jansson || why_kit="$why_kit Jansson(jansson.h,libjansson.so)"
probe pcre2 pcre2.h pcre2-8 || why_kit="$why_kit PCRE2(pcre2.h,libpcre2-8.so)"
if [ -n "$why_kit" ]; then
  echo "check.sh: not here:$why_kit; building from the kit"
  if [ ! -f "$kit/prefix.tar.gz" ] || ! ls "$kit"/gpt23-*.tar.gz >/dev/null 2>&1; then
    echo "check.sh: missing:$why_kit, and no kit in $kit (gpt23-VERSION.tar.gz, prefix.tar.gz)"
    echo "  make one with 'make gpu-kit' on a Debian or Ubuntu machine with network, and bring gpu-kit/ along;"
    echo "  or install: apt-get install build-essential flex bison autoconf automake pkg-config \\"
    echo "              libopenblas-dev libjansson-dev libpcre2-dev"
    finish 2
  fi
  mkdir -p "$work/kit" &&
    tar xzf "$kit/prefix.tar.gz" -C "$work/kit" &&
    tar xzf "$(ls "$kit"/gpt23-*.tar.gz | tail -1)" -C "$work/kit" || { echo "check.sh: cannot unpack the kit"; finish 2; }
  P=$work/kit/prefix
  CPPFLAGS="-I$P/include${CPPFLAGS:+ $CPPFLAGS}"
  LDFLAGS="-L$P/lib -Wl,-rpath,$P/lib${LDFLAGS:+ $LDFLAGS}"
  PKG_CONFIG_PATH="$P/lib/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
  LD_LIBRARY_PATH="$P/lib${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  # configure asks pkg-config, or takes these as they are where it is absent.
  JANSSON_CFLAGS=${JANSSON_CFLAGS:-"-I$P/include"} JANSSON_LIBS=${JANSSON_LIBS:-"-L$P/lib -ljansson"}
  PCRE2_CFLAGS=${PCRE2_CFLAGS:-"-I$P/include"} PCRE2_LIBS=${PCRE2_LIBS:-"-L$P/lib -lpcre2-8"}
  export CPPFLAGS LDFLAGS PKG_CONFIG_PATH LD_LIBRARY_PATH JANSSON_CFLAGS JANSSON_LIBS PCRE2_CFLAGS PCRE2_LIBS
  still=""
  # shellcheck disable=SC2086
  probe openblas - openblas $CPPFLAGS $LDFLAGS || still="$still OpenBLAS"
  # shellcheck disable=SC2086
  probe jansson jansson.h jansson $CPPFLAGS $LDFLAGS || still="$still Jansson"
  # shellcheck disable=SC2086
  probe pcre2 pcre2.h pcre2-8 $CPPFLAGS $LDFLAGS || still="$still PCRE2"
  if [ -n "$still" ]; then
    tail -20 "$work/probe.log"
    echo "check.sh: still missing with the kit's prefix:$still (see above)"
    finish 2
  fi
  cd "$work/kit"/gpt23-* || finish 2
  top=$(pwd)
  echo "check.sh: building the distribution in $top against $P"
  echo "  (LD_LIBRARY_PATH starts with $P/lib: the kit's OpenBLAS, Jansson and PCRE2 for every run)"
fi

# ---- the CUDA device ------------------------------------------------------------
if [ $emulate = 1 ]; then
  echo "check.sh: --emulate: the CUDA rows run on the emulated CUDA device (test/cuda/fake), not on a GPU"
elif [ "$DEVICE" = cuda ]; then
  still=""
  # reach PATH: a library found outside the loader's cache and
  # LD_LIBRARY_PATH (the driver's folder, say) joins LD_LIBRARY_PATH.
  reach() {
    d=$(dirname "$1")
    case ":${LD_LIBRARY_PATH:-}:" in *":$d:"*) return ;; esac
    ldconfig -p 2>/dev/null | grep -q "=> $1\$" && return
    LD_LIBRARY_PATH="${LD_LIBRARY_PATH:+$LD_LIBRARY_PATH:}$d"
    export LD_LIBRARY_PATH
    echo "check.sh: $d joins LD_LIBRARY_PATH"
  }
  if p=$(findlib libcuda.so.1); then reach "$p"; else still="$still libcuda.so.1(the NVIDIA driver)"; fi
  if p=$(findlib libnvrtc.so.13 libnvrtc.so.12); then reach "$p"; else still="$still libnvrtc(CUDA toolkit)"; fi
  if p=$(findlib libcublasLt.so.13 libcublasLt.so.12); then reach "$p"; else still="$still libcublasLt(CUDA toolkit)"; fi
  if [ -n "$still" ]; then
    echo "check.sh: missing:$still: the CUDA rows cannot run here"
    echo "  (--emulate rehearses them on the emulated CUDA device; DEVICE=cpu runs the CPU rows alone)"
    finish 2
  fi
fi
# ---- build ------------------------------------------------------------------------
build_ok=pass
{
  # A tree configured on another machine names that machine's paths: configure again.
  if [ ! -f Makefile ] || ! grep -q "^abs_top_srcdir = $top\$" Makefile; then
    { [ -x configure ] || autoreconf -fi; } && ./configure --quiet
  fi &&
  make -j"$JOBS" >/dev/null &&
  make -j"$JOBS" test/nvrtc/test-nvrtc test/nvrtc/test-builtin-mm test/gpu/compare >/dev/null &&
  { [ ! -f Makefile ] || ! grep -q 'test-cuda-abi' Makefile || make test/nvrtc/test-cuda-abi >/dev/null; } &&
  { [ $emulate = 0 ] ||
    make test/cuda/fake/libcuda.so.1 test/cuda/fake/libnvrtc.so.13 test/cuda/fake/libcublasLt.so.13 >/dev/null; }
} > "$work/build.log" 2>&1 || build_ok=fail
row "build (configure, make)" $build_ok - - - -
if [ $build_ok = fail ]; then
  tail -30 "$work/build.log"
  printf '%s' "$rows"
  finish 1
fi

# ---- make check's CUDA parts --------------------------------------------------------
export top_srcdir="$top" top_builddir="$top"
r=pass
[ -x test/nvrtc/test-cuda-abi ] && { ./test/nvrtc/test-cuda-abi > "$work/abi.log" 2>&1 || r=fail; }
row "cuda_api.h against the toolkit headers" $r - - - -
r=pass
{ ./test/nvrtc/test-nvrtc --selftest && ./test/nvrtc/test-nvrtc --cache -D batch=2 -D d_model=16 \
  -D n_layer=2 -D n_head=2 -D max_seq_length=8 models/gpt23.net; } > "$work/nvrtc.log" 2>&1 || r=fail
[ $r = fail ] && tail -20 "$work/nvrtc.log"
row "NVRTC sm_80/sm_90, no spills (tiny)" $r - - - -
r=pass
./test/nvrtc/test-builtin-mm > "$work/builtin.log" 2>&1 || r=fail
row "built-in matmul under the CUDA emulator" $r - - - -
r=pass
sh test/gpu/compare_cpu.sh > "$work/compare_cpu.log" 2>&1 || r=fail
row "lockstep harness, cpu against cpu" $r - - - -

# ---- CUDA against the CPU ----------------------------------------------------------------
# From here on --emulate puts the emulated libcuda, libnvrtc and libcublasLt
# first in the library path, and marks the rows.
if [ $emulate = 1 ]; then
  LD_LIBRARY_PATH="$top/test/cuda/fake${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  export LD_LIBRARY_PATH
  emu_now=1
fi
for prec in fp32 bf16; do
  r=pass
  timeout 150 ./test/gpu/compare --device "$DEVICE" --precision $prec $COMPARE_DEFS models/gpt23.net \
    > "$work/compare-$prec.log" 2>&1 || r=fail
  grep -E 'graph:|whole step|compare:' "$work/compare-$prec.log"
  [ $r = fail ] && grep -E '^FAIL|compare:' "$work/compare-$prec.log" | head -20
  row "gpt23.net: every launch + a step, $DEVICE=cpu" $r - - - - $prec
done

# ---- a GPT-2 checkpoint from transformers, on the device -------------------------------------
# test/hf's fixture: logits within 1e-4 relative of transformers' and the same
# greedy tokens, computed by the device's kernels (make check does it on the CPU)
r=pass
V=$(sed -n '1s/.* vocab \([0-9]*\).*/\1/p' test/hf/fixtures/expected.txt)
{ make test/hf/hf-check >/dev/null &&
  ./gpt23c models/variants/gpt2_124m.net -o "$work/hf.bin" -D vocab="$V" -D max_seq_length=64 -D d_model=64 \
    -D n_head=4 -D n_layer=2 -D batch=2 &&
  ./test/hf/hf-check "$work/hf.bin" test/hf/fixtures/gpt2_tiny/model.safetensors test/hf/fixtures/expected.txt \
    "$DEVICE"; } > "$work/hf.log" 2>&1 || r=fail
grep '^ok\|^FAIL' "$work/hf.log"
[ $r = fail ] && tail -20 "$work/hf.log"
row "GPT-2 from transformers: logits, greedy ids" $r - - - - fp32

# ---- training ------------------------------------------------------------------------------
data="$work/data.txt"
if command -v fortune >/dev/null 2>&1 && [ -d /usr/share/games/fortunes ]; then
  cat /usr/share/games/fortunes/* > "$data" 2>/dev/null
fi
if [ ! -s "$data" ] || [ "$(wc -c < "$data")" -lt 1000000 ]; then
  # The tree's own prose and code, repeated to about 2 MB.
  cat README.md docs/* man/*.1 models/*.net models/variants/*.net runtime/*.c > "$work/text" 2>/dev/null
  : > "$data"
  while [ "$(wc -c < "$data")" -lt 2000000 ]; do cat "$work/text" >> "$data"; done
fi

# train LABEL PLAN STEPS CKPT PRECISION [env...]: one row; ms/step,
# tokens/s and MFU are means over the second half of the steps (the first
# ones compile, choose matmul algorithms and capture graphs).  PRECISION
# "default" passes no --precision (bf16 on CUDA, fp32 on the CPU).
train() {
  label=$1 plan=$2 steps=$3 ckpt=$4 prec=$5
  shift 5
  log="$work/train-$(echo "$label" | tr -c 'a-zA-Z0-9' '_').log"
  r=pass
  set -- "$@" ./gpt23run "$plan" --train --device "$DEVICE" --steps "$steps" --data "$data" --eval-every 0 \
    --peak-tflops "$PEAK"
  [ "$ckpt" = - ] || set -- "$@" --ckpt "$ckpt"
  [ "$prec" = default ] || set -- "$@" --precision "$prec"
  shown=$prec
  [ "$prec" = default ] && { [ "$DEVICE" = cpu ] && shown=fp32 || shown=bf16; }
  case "$*" in *G23_CUDA_TF32=1*) [ "$shown" = fp32 ] && shown=tf32 ;; esac
  timeout 240 env "$@" > "$log" 2>&1 || r=fail
  grep '^step [0-9]*/[0-9]* | loss' "$log" > "$log.steps"
  last=$(tail -1 "$log.steps")
  [ -n "$last" ] || r=fail
  if [ $r = fail ]; then tail -15 "$log"; fi
  loss=$(echo "$last" | sed -n 's/.*| loss \([0-9.naif-]*\) .*/\1/p')
  case $loss in ''|*nan*|*inf*) r=fail ;; esac
  means=$(awk -F' [|] ' -v n="$(wc -l < "$log.steps")" 'NR > n / 2 {
      for (i = 1; i <= NF; i++) {
        if ($i ~ / ms$/) ms += $i + 0
        if ($i ~ / tok\/s$/) tps += $i + 0
        if ($i ~ /^MFU /) { v = $i; sub(/^MFU /, "", v); mfu += v + 0 }
      }
      k++
    } END { if (k) printf "%.1f %.0f %.1f%%", ms / k, tps / k, mfu / k; else print "- - -" }' "$log.steps")
  set -- $means
  echo "$label: $last"
  LAST_LOSS=$loss
  row "$label (loss ${loss:-?})" $r "$1" "$2" "$3" - "$shown"
}

# decode LABEL PLAN: generation tokens/s from the trained checkpoint
decode() {
  label=$1 plan=$2
  log="$work/decode-$(basename "$plan" .bin).log"
  r=pass
  timeout 60 ./gpt23run "$plan" --generate --device "$DEVICE" --ckpt "$work/ckpt-$(basename "$plan" .bin)" \
    --prompt "The model " --max-tokens 100 --temperature 0 > "$log" 2>&1 || r=fail
  tps=$(sed -n 's/.*(\([0-9.]*\) tok\/s) on '"$DEVICE"'.*/\1/p' "$log" | tail -1)
  [ -n "$tps" ] || r=fail
  [ $r = fail ] && tail -5 "$log"
  row "$label" $r - - - "${tps:--}" "$([ "$DEVICE" = cpu ] && echo fp32 || echo bf16)"
}

r=pass
# shellcheck disable=SC2086
./gpt23c $GPT23_DEFS models/gpt23.net -o "$work/gpt23.bin" > "$work/gpt23c.log" 2>&1 || r=fail
[ $r = pass ] || { cat "$work/gpt23c.log"; row "gpt23c models/gpt23.net" fail - - - -; }
if [ $r = pass ]; then
  train "gpt23.net, $STEPS steps" "$work/gpt23.bin" "$STEPS" "$work/ckpt-gpt23" default
  plain=$LAST_LOSS
  decode "gpt23.net decode, 100 tokens" "$work/gpt23.bin"
  # Without CUDA graphs (the default captures and replays them): the same
  # run (same seed) must reach the same loss.
  train "gpt23.net, $STEPS steps, no CUDA graphs" "$work/gpt23.bin" "$STEPS" - default G23_CUDA_GRAPHS=0
  if [ -n "$plain" ] && [ -n "$LAST_LOSS" ] &&
     ! awk -v a="$plain" -v b="$LAST_LOSS" 'BEGIN { d = a - b; if (d < 0) d = -d; exit !(d <= 1e-3 * (a < 0 ? -a : a) + 1e-4) }'; then
    row "  no graphs: final loss $LAST_LOSS vs graphs $plain" fail - - - -
  fi
  # fp32: bf16 training must learn as well: its final loss within 3% of
  # fp32's (bf16 rounding perturbs each step by about 2^-9 relative; a
  # broken bf16 path leaves the loss far higher or not a number).
  if [ "$DEVICE" != cpu ]; then
    train "gpt23.net, $STEPS steps, fp32" "$work/gpt23.bin" "$STEPS" - fp32
    if [ -n "$plain" ] && [ -n "$LAST_LOSS" ] &&
       ! awk -v b="$plain" -v f="$LAST_LOSS" 'BEGIN { exit !(b <= 1.03 * f && b >= f / 1.03) }'; then
      row "  bf16 final loss $plain vs fp32 $LAST_LOSS: not within 3%" fail - - - -
    fi
  fi
fi
echo "elapsed: $(elapsed) s"

# GPT-2 124M: real widths and depth, a shorter context so 20 steps fit.
r=pass
./gpt23c $GPT2_DEFS models/variants/gpt2_124m.net -o "$work/gpt2_124m.bin" \
  > "$work/gpt23c-124m.log" 2>&1 || r=fail
if [ $r = pass ]; then
  train "gpt2_124m, $STEPS_124M steps" "$work/gpt2_124m.bin" "$STEPS_124M" - default
  train "gpt2_124m, 3 steps, built-in matmul" "$work/gpt2_124m.bin" 3 - default G23_CUDA_MATMUL=builtin
  if [ "$DEVICE" != cpu ]; then
    train "gpt2_124m, $STEPS_124M steps, fp32" "$work/gpt2_124m.bin" "$STEPS_124M" - fp32
    train "gpt2_124m, $(((STEPS_124M + 1) / 2)) steps, TF32 matmuls" "$work/gpt2_124m.bin" $(((STEPS_124M + 1) / 2)) - fp32 \
      G23_CUDA_TF32=1
  fi
else
  tail -5 "$work/gpt23c-124m.log"
  row "gpt23c gpt2_124m.net" fail - - - -
fi

# ---- side by side with PyTorch -----------------------------------------------------------
# bench/torch_baseline.py and bench/torch_decode.py with --device $DEVICE:
# the same model in PyTorch (its first-batch loss, or its greedy tokens and
# logits, checked against gpt23's before anything is timed), eager and
# torch.compile, interleaved with gpt23 on $DEVICE.  Each run's JSON becomes
# rows (torch_train_rows, torch_decode_rows); gpt23's speed-up over each
# PyTorch mode is in its label, "xN" (PyTorch's ms / gpt23's ms; gpt23's
# tokens/s / PyTorch's for decoding).  Needs $PYTHON (default python3) with
# torch, and with DEVICE=cuda torch.cuda.is_available(); otherwise, with
# --emulate or TORCH_ROWS=0, one line under the table says why the rows are
# absent.  Training runs in each precision of TORCH_DTYPES, decoding in fp32
# (the precision its token check holds in); in the order below, so that
# TORCH_BUDGET drops the least needed last.
PYTHON=${PYTHON:-python3}
TORCH_ROWS=${TORCH_ROWS:-1}
TORCH_DTYPES=${TORCH_DTYPES:-bf16 fp32}
TORCH_STEPS=${TORCH_STEPS:-10}
TORCH_STEPS_124M=${TORCH_STEPS_124M:-5}
TORCH_TOKENS=${TORCH_TOKENS:-100}
TORCH_TOKENS_124M=${TORCH_TOKENS_124M:-32}
TORCH_TIMEOUT=${TORCH_TIMEOUT:-240}
TORCH_BUDGET=${TORCH_BUDGET:-300}
[ "$DEVICE" = cpu ] && TORCH_DTYPES=fp32
torch_note=""
torch_ran=""

# torch_train_rows LABEL JSON: rows from torch_baseline.py --json's file.
torch_train_rows() {
  # shellcheck disable=SC2046
  set -- "$1" $("$PYTHON" -c 'import json, sys
r = json.load(open(sys.argv[1]))
g, e, c, t = r["gpt23_ms_best"], r["eager_ms"], r["compile_ms"], r["tokens"]
print(r["dtype"], "%.1f" % g, "%.0f" % (t / g * 1e3), "%.1f" % e, "%.0f" % (t / e * 1e3), "%.2f" % (e / g),
      "%.1f" % c if c else "-", "%.0f" % (t / c * 1e3) if c else "-", "%.2f" % (c / g) if c else "-")' "$2")
  [ $# = 10 ] || { row "$1: reading $2" fail - - - -; return; }
  row "$1: gpt23 (vs PyTorch)" pass "$3" "$4" - - "$2"
  row "$1: torch eager x$7" pass "$5" "$6" - - "$2"
  if [ "$8" = - ]; then
    row "$1: torch.compile (none)" fail - - - - "$2"
  else
    row "$1: torch.compile x${10}" pass "$8" "$9" - - "$2"
  fi
}
# torch_decode_rows LABEL JSON: rows from torch_decode.py --json's file.
torch_decode_rows() {
  # shellcheck disable=SC2046
  set -- "$1" $("$PYTHON" -c 'import json, sys
r = json.load(open(sys.argv[1]))
m = r["median"]
print(r["dtype"], "%.0f" % m["gpt23"], "%.0f" % m["eager"], "%.2f" % (m["gpt23"] / m["eager"]),
      "%.0f" % m["compile"] if m["compile"] else "-", "%.2f" % (m["gpt23"] / m["compile"]) if m["compile"] else "-")' "$2")
  [ $# = 7 ] || { row "$1: reading $2" fail - - - -; return; }
  row "$1: gpt23 (vs PyTorch)" pass - - - "$3" "$2"
  row "$1: torch eager x$5" pass - - - "$4" "$2"
  if [ "$6" = - ]; then
    echo "$1: torch.compile: $("$PYTHON" -c 'import json, sys; print(json.load(open(sys.argv[1]))["compile_note"])' "$2")"
    row "$1: torch.compile (none)" fail - - - - "$2"
  else
    row "$1: torch.compile x$7" pass - - - "$6" "$2"
  fi
}
# torch_run KIND LABEL PLAN ARGS...: one script under timeout (TORCH_TIMEOUT
# or what is left of TORCH_BUDGET, the less); KIND train or decode.
torch_run() {
  kind=$1 label=$2 plan=$3
  shift 3
  left=$((TORCH_BUDGET - ($(date +%s) - torch_t0)))
  limit=$TORCH_TIMEOUT
  [ "$left" -lt "$limit" ] && limit=$left
  if [ "$limit" -lt 10 ]; then
    torch_note="${torch_note:+$torch_note
}PyTorch: '$label' not run: the PyTorch rows had used TORCH_BUDGET=$TORCH_BUDGET s"
    return
  fi
  torch_ran=$((${torch_ran:-0} + 1))
  log="$work/torch-$torch_ran-$(echo "$label" | tr -c 'a-zA-Z0-9' '_').log"
  script=torch_baseline.py
  [ "$kind" = decode ] && script=torch_decode.py
  if timeout "$limit" "$PYTHON" bench/$script "$plan" --device "$DEVICE" --bench-train bench/bench_train \
    --gpt23run ./gpt23run --json "$log.json" "$@" > "$log" 2>&1; then
    cat "$log"
    if [ "$kind" = decode ]; then torch_decode_rows "$label" "$log.json"; else torch_train_rows "$label" "$log.json"; fi
  else
    st=$?
    tail -15 "$log"
    if [ $st = 124 ]; then
      row "$label: PyTorch: stopped after $limit s" fail - - - -
    else
      row "$label: PyTorch side by side (see $(basename "$log"))" fail - - - -
    fi
  fi
}
# torch_rows: every PyTorch row, or the line saying why there are none.
torch_rows() {
  torch_t0=$(date +%s)
  if [ "$TORCH_ROWS" = 0 ]; then
    torch_note="PyTorch rows skipped: TORCH_ROWS=0"
    return
  fi
  if [ $emulate = 1 ]; then
    torch_note="PyTorch rows skipped: --emulate (PyTorch cannot run on the emulated CUDA device)"
    return
  fi
  why=$(timeout 120 "$PYTHON" -c 'import sys, torch
if sys.argv[1] == "cuda" and not torch.cuda.is_available():
    print("torch %s (CUDA %s) sees no CUDA device: torch.cuda.is_available() is False" % (torch.__version__, torch.version.cuda))' \
    "$DEVICE" 2>&1) || why="$PYTHON cannot import torch: $(echo "$why" | tail -1)"
  if [ -n "$why" ]; then
    torch_note="PyTorch rows skipped: $why"
    return
  fi
  if ! make bench/bench_train > "$work/bench_train.log" 2>&1; then
    tail -10 "$work/bench_train.log"
    row "make bench/bench_train (the PyTorch rows' reference)" fail - - - -
    return
  fi
  # shellcheck disable=SC2086
  set -- $TORCH_DTYPES
  torch_pair "$1"
  torch_run decode "gpt23.net decode $TORCH_TOKENS" "$work/gpt23.bin" --tokens "$TORCH_TOKENS"
  shift
  for dt; do torch_pair "$dt"; done
  torch_run decode "gpt2_124m decode $TORCH_TOKENS_124M" "$work/gpt2_124m.bin" --tokens "$TORCH_TOKENS_124M"
}
# torch_pair PRECISION: the two models' training rows in PRECISION.
torch_pair() {
  torch_run train "gpt23.net $TORCH_STEPS steps" "$work/gpt23.bin" --steps "$TORCH_STEPS" --dtype "$1" --data "$data"
  torch_run train "gpt2_124m $TORCH_STEPS_124M steps" "$work/gpt2_124m.bin" --steps "$TORCH_STEPS_124M" \
    --dtype "$1" --data "$data"
}
torch_rows
echo "elapsed: $(elapsed) s"

# ---- the table -----------------------------------------------------------------------
echo
printf '%-52s %-8s %-5s %10s %12s %7s %12s\n' "check" "result" "prec" "ms/step" "tokens/s" "MFU" "decode tok/s"
printf '%s' "$rows"
echo "(MFU against $PEAK TFLOP/s, the dense bf16 peak; bf16: matmuls on bf16 operands with fp32 accumulation,"
echo " fp32 weights and kernels; fp32 runs cannot approach that peak)"
[ $emulate = 1 ] && echo "EMULATED: the rows marked so ran on the emulated CUDA device (test/cuda/fake), not on a GPU:
 they rehearse this script and check the CUDA kernels' numbers under emulation; a GPU's results and speeds need a GPU"
[ -n "$torch_note" ] && echo "$torch_note"
[ -n "$torch_note" ] && [ -n "$out" ] && echo "$torch_note" >> "$out/table.txt"
[ -z "$torch_note" ] || [ -n "$torch_ran" ] &&
  echo "(vs PyTorch: gpt23 and PyTorch both on $DEVICE, the same model and batch; \"xN\": gpt23's speed-up over that"
[ -z "$torch_note" ] || [ -n "$torch_ran" ] &&
  echo " PyTorch row; training over the timed steps, gpt23's the better of two runs; decode: medians at batch 1)"
echo "total $(elapsed) s; logs in $work"
[ $fails = 0 ] && finish 0
finish 1
