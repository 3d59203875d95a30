#!/usr/bin/env bash
# Install what gpt23 needs to build, test and run its demo (Debian, as root).
set -euo pipefail
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  build-essential autoconf automake pkg-config flex bison \
  libopenblas-dev libjansson-dev libpcre2-dev libxml2-utils libomp-dev clang libclang-rt-14-dev fortunes \
  libopenmpi-dev openmpi-bin >/dev/null
