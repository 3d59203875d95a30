#!/usr/bin/env bash
# The whole test suite: set up, build from scratch, make check.
set -euo pipefail
cd "$(dirname "$0")"
bash deps.sh
autoreconf -fi
./configure
make -j"$(nproc)"
make -j"$(nproc)" check || { cat test-suite.log; exit 1; }
