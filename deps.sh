#!/usr/bin/env bash
# Install what gpt23 needs to build, test and run its demo (Debian, as root).
# oneDNN (libdnnl3, or libdnnl2 before Debian 13) and libopenblas0-openmp: the
# CPU matmul libraries gpt23 takes first (runtime/cpu/blas.h); the pthreads build
# of OpenBLAS stays the system's default libopenblas.so.0.
set -euo pipefail
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
dnnl=libdnnl3; apt-cache show libdnnl3 >/dev/null 2>&1 || dnnl=libdnnl2
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential autoconf automake pkg-config flex bison \
  libopenblas-dev libopenblas0-openmp "$dnnl" libjansson-dev libpcre2-dev libxml2-utils libomp-dev clang libclang-rt-14-dev fortunes \
  libopenmpi-dev openmpi-bin >/dev/null
