### check: gpt23c --gradcheck (above frontend, passes and runtime)
libgpt23_a_SOURCES += check/check.h check/leaves.c check/sizes.c check/gradcheck.c check/kernelcheck.c
