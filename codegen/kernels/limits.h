/* limits.h: the sizes and thresholds that kernel code and the host code
 * around it must agree on, each defined here once.  Host code includes it
 * (codegen/codegen.h: what the generator unrolls and launches), and every
 * kernel source embeds it (codegen/kernels.c), so the hand-written kernels
 * of this folder use the same values.
 */
#ifndef G23_KERNEL_LIMITS_H
#define G23_KERNEL_LIMITS_H

/* Loops with less work than this (elements touched) stay on one thread in
 * the C kernels and the C runtime's epilogues: waking an OpenMP team costs
 * more than the loop. */
#define G23_PAR_MIN_WORK 32768

/* Elementwise C kernels whose last dim has at least this many elements
 * loop over rows around a column loop in SIMD lanes (codegen/render.c),
 * so that moves keeping the last dim load whole vectors; narrower ones
 * run one flat loop. */
#define G23_SIMD_ROW_MIN 16

/* The C attention kernels' tiles (attention.h): a tile of at most
 * G23_ATT_CT query (or key) rows, the bound of their stack arrays, against
 * blocks of G23_ATT_CB keys (queries). */
#define G23_ATT_CT 32
#define G23_ATT_CB 64
/* Queries per (batch, head) below which the C forward scores a block row
 * by row instead of transposing it (decoding: one query). */
#define G23_ATT_FEW_ROWS 4

/* The widest head the CUDA attention kernels take: a wider one's tiles do
 * not fit the 48 KiB of static shared memory, and its kernel source is an
 * #error. */
#define G23_CUDA_ATT_MAX_HEAD 256

/* Warps per block of the CUDA attention kernels (attention.cuh). */
#define G23_CUDA_ATT_WARPS 4

#endif
