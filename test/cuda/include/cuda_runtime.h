/* cuda_runtime.h: provided by emu.h when CUDA kernels run under emulation. */
