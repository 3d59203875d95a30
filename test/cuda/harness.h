/* harness.h: building kernel sources into shared objects for the emulator
 * tests, and small helpers they share. */
#ifndef G23_EMU_HARNESS_H
#define G23_EMU_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A fresh scratch directory (malloc'd path), removed by g23_h_tmpdir_free. */
char *g23_h_tmpdir(void);
void g23_h_tmpdir_free(char *dir);

/* Compile src into dir/stem.so and dlopen it.  cuda: as C++ against emu.h
 * (after g23_emu_source_prepare); else as C with the kernel compiler
 * (OpenMP off).
 * Returns the handle, or NULL with the compiler's complaint in err. */
void *g23_h_build(const char *src, bool cuda, const char *dir, const char *stem, char *err, size_t errn);
/* The same in two halves, so that several compilers run at once: start
 * returns the compiler's process id (-1 with err on failure). */
int g23_h_build_start(const char *src, bool cuda, const char *dir, const char *stem, char *err, size_t errn);
void *g23_h_build_finish(int pid, const char *dir, const char *stem, char *err, size_t errn);

/* Checks a CUDA source with the NVRTC front end (sm_90), loaded with
 * dlopen: 0 accepted, 1 NVRTC not available, -1 rejected (log in err). */
int g23_h_nvrtc_check(const char *src, char *err, size_t errn);

/* Seconds on a monotonic clock. */
double g23_h_now(void);

/* Deterministic uniform floats in [lo, hi). */
typedef struct { uint64_t s; } g23_h_rng_t;
double g23_h_uniform(g23_h_rng_t *r, double lo, double hi);
uint64_t g23_h_next(g23_h_rng_t *r);

/* Test bookkeeping: test/check.h (g23_check_report prints every case). */
#include "test/check.h"

#endif
