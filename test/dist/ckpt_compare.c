/* ckpt_compare A B TOL: whether checkpoints A and B hold the same training
 * state: the same steps, sampler state and tokens seen, and every tensor
 * (parameters and AdamW moments) of A within TOL of B's, relative to the
 * largest magnitude of B's tensor: max |a - b| <= TOL * max |b|.  Prints the
 * worst tensor (every tensor, with the element of its largest difference,
 * when CKPT_COMPARE_ALL is set); exit 0 when they agree, 1 when not, 2 on
 * a bad file. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ir/ir.h"
#include "runtime/cli/checkpoint.h"

static int load(const char *path, g23_ckpt_t *c) {
  size_t len;
  char err[512], *data = g23_read_file(path, &len);
  if (!data) {
    fprintf(stderr, "ckpt_compare: cannot read %s\n", path);
    return -1;
  }
  int rc = g23_ckpt_parse(data, len, c, err, sizeof err);
  free(data);
  if (rc) fprintf(stderr, "ckpt_compare: %s: %s\n", path, err);
  return rc;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: ckpt_compare A B TOL\n");
    return 2;
  }
  double tol = atof(argv[3]);
  g23_ckpt_t a = {0}, b = {0};
  if (load(argv[1], &a) || load(argv[2], &b)) return 2;
  int bad = 0;
  if (a.meta.step != b.meta.step || a.meta.tokens_seen != b.meta.tokens_seen ||
      memcmp(&a.meta.rng, &b.meta.rng, sizeof a.meta.rng) != 0) {
    fprintf(stderr, "ckpt_compare: step %lld / %lld, tokens %lld / %lld, or the sampler state differ\n",
            (long long)a.meta.step, (long long)b.meta.step, (long long)a.meta.tokens_seen,
            (long long)b.meta.tokens_seen);
    bad = 1;
  }
  if (a.ntensors != b.ntensors) {
    fprintf(stderr, "ckpt_compare: %d tensors against %d\n", a.ntensors, b.ntensors);
    return 1;
  }
  double worst = 0;
  const char *wname = "";
  for (int i = 0; i < a.ntensors; i++) {
    const g23_ckpt_tensor_t *x = &a.tensors[i], *y = &b.tensors[i];
    if (strcmp(x->name, y->name) || x->nbytes != y->nbytes || x->dtype != G23_F32 || y->dtype != G23_F32) {
      fprintf(stderr, "ckpt_compare: tensor %d: %s against %s\n", i, x->name, y->name);
      return 1;
    }
    const float *p = x->data, *q = y->data;
    int64_t n = x->nbytes / 4;
    double diff = 0, mag = 0;
    int64_t at = 0;
    for (int64_t j = 0; j < n; j++) {
      double d = fabs((double)p[j] - (double)q[j]);
      if (!(d <= diff)) diff = d, at = j; /* NaN counts */
      if (fabs(q[j]) > mag) mag = fabs(q[j]);
    }
    double rel = mag > 0 ? diff / mag : diff;
    if (getenv("CKPT_COMPARE_ALL")) printf("  %-40s %.3g at element %lld of %lld\n", x->name, rel, (long long)at, (long long)n);
    if (!(rel <= worst)) worst = rel, wname = x->name;
  }
  printf("ckpt_compare: %d tensors, largest relative difference %.3g (%s)\n", a.ntensors, worst, wname);
  if (!(worst <= tol)) {
    fprintf(stderr, "ckpt_compare: %s differs by %.3g relative, more than %g\n", wname, worst, tol);
    bad = 1;
  }
  g23_ckpt_free(&a);
  g23_ckpt_free(&b);
  return bad;
}
