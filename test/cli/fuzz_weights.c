/* fuzz_weights.c: libFuzzer entry point for the safetensors reader and the
 * checkpoint loader, the two parsers gpt23run runs on files it is given.
 *
 * Each input is parsed as a safetensors file and as a checkpoint; the
 * checkpoint is parsed a second time with its header's payload size and CRC
 * made to agree with the bytes, so that mutations reach the section and
 * tensor validators instead of stopping at the checksum.  What loads must be
 * self-consistent: a loaded safetensors file serialises and parses back to
 * the same tensors; a loaded checkpoint serialises, parses and serialises
 * again to the same bytes.
 *
 *   seed corpus: test-cli --corpus DIR   (see test/cli/fuzz_weights.sh)
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/cli/checkpoint.h"
#include "runtime/cli/safetensors.h"
#include "util/le.h"

static void check_st(const uint8_t *data, size_t len) {
  char *copy = malloc(len ? len : 1);
  memcpy(copy, data, len);
  g23_st_file_t f;
  char err[512] = "";
  if (g23_st_parse(copy, len, &f, err, sizeof err) != 0) {
    if (!err[0]) abort(); /* every refusal says why */
    return;
  }
  for (int i = 0; i < f.n; i++) {
    const char *p = f.t[i].data;
    if (f.t[i].nbytes && (p < f.buf || p + f.t[i].nbytes > f.buf + f.len)) abort();
    /* what --init-from converts: F32, F16, BF16 into numel floats */
    if (g23_st_f32_convertible(f.t[i].dtype)) {
      int64_t esz = strcmp(f.t[i].dtype, "F32") ? 2 : 4;
      float *out = malloc((size_t)(f.t[i].nbytes / esz) * 4 + 4);
      if (g23_st_to_f32(&f.t[i], out) != 0) abort();
      free(out);
    } else if (g23_st_to_f32(&f.t[i], NULL) == 0) {
      abort();
    }
  }
  char *again;
  size_t n;
  g23_st_serialize(f.t, f.n, &again, &n);
  g23_st_file_t g;
  if (g23_st_parse(again, n, &g, err, sizeof err) != 0 || g.n != f.n) abort();
  for (int i = 0; i < f.n; i++)
    if (strcmp(f.t[i].name, g.t[i].name) || f.t[i].nbytes != g.t[i].nbytes || f.t[i].rank != g.t[i].rank ||
        (f.t[i].nbytes && memcmp(f.t[i].data, g.t[i].data, (size_t)f.t[i].nbytes)))
      abort();
  g23_st_free(&g);
  g23_st_free(&f);
}

static void check_ckpt(const char *data, size_t len) {
  g23_ckpt_t c;
  char err[512] = "";
  if (g23_ckpt_parse(data, len, &c, err, sizeof err) != 0) {
    if (!err[0]) abort();
    return;
  }
  /* serialise, parse, serialise: the same bytes (the input itself need not
   * be canonical: sections may come in another order, reserved bytes vary) */
  char *a, *b;
  size_t na, nb;
  g23_ckpt_serialize(&c, &a, &na);
  g23_ckpt_t d;
  if (g23_ckpt_parse(a, na, &d, err, sizeof err) != 0) abort();
  g23_ckpt_serialize(&d, &b, &nb);
  if (na != nb || memcmp(a, b, na) != 0) abort();
  free(a);
  free(b);
  g23_ckpt_free(&d);
  g23_ckpt_free(&c);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t len) {
  check_st(data, len);
  check_ckpt((const char *)data, len);
  if (len >= G23_CKPT_HEADER) {
    char *fixed = malloc(len);
    memcpy(fixed, data, len);
    uint64_t plen = len - G23_CKPT_HEADER;
    uint32_t crc = g23_crc32(fixed + G23_CKPT_HEADER, plen, 0);
    g23_le_put64((unsigned char *)fixed + 16, plen);
    g23_le_put32((unsigned char *)fixed + 24, crc);
    check_ckpt(fixed, len);
    free(fixed);
  }
  return 0;
}
