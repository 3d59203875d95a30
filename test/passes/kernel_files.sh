#!/bin/sh
# Every hand-written kernel file compiles on its own where it is embedded:
# C files with the kernel compiler and -Wall -Wextra -Werror, CUDA files
# with NVRTC for sm_80 and sm_90 (test_kernel_files.c).
# Under the sanitizers (make distcheck), no leak check of this program: with
# NVRTC's worker threads loaded LeakSanitizer's tracer has been seen to crash
# at exit after every check had passed (test/nvrtc/nvrtc_compile.sh).
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
export ASAN_OPTIONS
exec "${top_builddir:-.}/test/passes/test-kernel-files"
