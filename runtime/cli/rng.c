/* rng.c: the host generator of batches and sampling, and the LR schedule. */
#include <math.h>

#include "runtime/cli/rng.h"

static uint64_t splitmix64(uint64_t *x) {
  uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

void g23_rng_seed(g23_rng_t *r, uint64_t seed) {
  uint64_t x = seed;
  for (int i = 0; i < 4; i++) r->s[i] = splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

uint64_t g23_rng_next(g23_rng_t *r) {
  uint64_t *s = r->s;
  uint64_t result = rotl(s[1] * 5, 7) * 9;
  uint64_t t = s[1] << 17;
  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl(s[3], 45);
  return result;
}

uint64_t g23_rng_below(g23_rng_t *r, uint64_t n) {
  /* Rejection from the top of the range keeps every residue equally likely. */
  uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  uint64_t x;
  do x = g23_rng_next(r);
  while (x >= limit);
  return x % n;
}

double g23_rng_double(g23_rng_t *r) { return (double)(g23_rng_next(r) >> 11) * 0x1.0p-53; }

uint64_t g23_mix64(uint64_t a, uint64_t b) {
  uint64_t x = a ^ rotl(b, 32) ^ 0x2545f4914f6cdd1dull;
  return splitmix64(&x) ^ splitmix64(&b);
}

double g23_lr_at(const g23_schedule_t *s, int64_t step) {
  if (s->warmup > 0 && step < s->warmup) return s->lr * (double)(step + 1) / (double)s->warmup;
  int64_t span = s->total - 1 - s->warmup;
  if (span <= 0) return s->lr;
  double t = (double)(step - s->warmup) / (double)span;
  if (t > 1) t = 1;
  return s->min_lr + 0.5 * (s->lr - s->min_lr) * (1 + cos(M_PI * t));
}
