#!/bin/sh
# The CUDA source of every model compiles with NVRTC for sm_80 and sm_90
# without register spills (77: no CUDA toolkit).
exec "${top_builddir:-.}/test/passes/test-models" --nvrtc
