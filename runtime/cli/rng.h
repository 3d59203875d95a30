/* rng.h: the host-side generator of gpt23run (rng.c), which draws batches,
 * samples and dropout seeds, and the learning-rate schedule.
 */
#ifndef G23_CLI_RNG_H
#define G23_CLI_RNG_H

#include <stdint.h>

/* xoshiro256** seeded through splitmix64: the host generator of batches and
 * sampling.  Its whole state is the four words, saved in checkpoints. */
typedef struct {
  uint64_t s[4];
} g23_rng_t;
void g23_rng_seed(g23_rng_t *r, uint64_t seed);
uint64_t g23_rng_next(g23_rng_t *r);
/* Uniform in [0, n), unbiased (n >= 1). */
uint64_t g23_rng_below(g23_rng_t *r, uint64_t n);
/* Uniform in [0, 1) with 53 random bits. */
double g23_rng_double(g23_rng_t *r);
/* A well-mixed 64-bit hash of (a, b): per-step dropout seeds. */
uint64_t g23_mix64(uint64_t a, uint64_t b);

/* Learning rate at 0-based step: linear warmup from lr/warmup to lr over
 * `warmup` steps, then cosine decay from lr to min_lr at step total - 1. */
typedef struct {
  double lr, min_lr;
  int64_t warmup, total;
} g23_schedule_t;
double g23_lr_at(const g23_schedule_t *s, int64_t step);

#endif
