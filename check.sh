#!/usr/bin/env bash
# The whole test suite: set up, build from scratch, make check, then make
# distcheck (the suite again under AddressSanitizer and UBSan).
set -euo pipefail
cd "$(dirname "$0")"
bash deps.sh
autoreconf -fi
./configure
make -j"$(nproc)"
make -j"$(nproc)" check || { cat test-suite.log; exit 1; }
# The distribution tarball, built and tested in a fresh directory with a
# read-only source tree, the whole suite again under ASan and UBSan.
make -j"$(nproc)" distcheck || {
  find gpt23-*/_build -name test-suite.log -exec cat {} + 2>/dev/null
  exit 1
}
