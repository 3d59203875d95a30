### CUDA kernels on the CPU: emulation of the CUDA execution model
