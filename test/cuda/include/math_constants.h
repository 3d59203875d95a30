/* math_constants.h: provided by emu.h when CUDA kernels run under emulation. */
