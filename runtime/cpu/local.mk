### runtime/cpu: the CPU backend: kernels compiled by the system compiler,
### matmuls through OpenBLAS loaded at run time
libgpt23_a_SOURCES += runtime/cpu/backend_cpu.c runtime/cpu/blas.h runtime/cpu/blas.c
