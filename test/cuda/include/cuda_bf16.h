/* cuda_bf16.h: provided by emu.h when CUDA kernels run under emulation. */
