/* cuda_fp16.h: provided by emu.h when CUDA kernels run under emulation. */
