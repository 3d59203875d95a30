/* fuzz_plan.c: libFuzzer entry point for the plan loader.
 *
 * Every input is parsed twice: as given (the header, the size and checksum
 * checks) and with the header's payload size and CRC made to agree with the
 * bytes, so that mutations reach the section and field validators instead of
 * stopping at the checksum.  A plan that loads must be canonical: serialising
 * it gives back exactly the bytes that were parsed.
 *
 *   seed corpus: test-plan --corpus DIR   (see test/fuzz/fuzz_plan.sh)
 */
#include <stdlib.h>
#include <string.h>

#include "util/le.h"
#include "runtime/plan/plan.h"

#define HEADER 56

static void parse_one(const char *data, size_t len) {
  g23_plan_t p;
  char err[512];
  if (g23_plan_parse(data, len, &p, err, sizeof err) != 0) {
    if (!err[0]) abort(); /* every refusal says why */
    return;
  }
  char *again;
  size_t n;
  g23_plan_serialize(&p, &again, &n);
  if (n != len || memcmp(again, data, len) != 0) abort();
  /* --dump and lookups over whatever loaded */
  static FILE *null;
  if (!null) null = fopen("/dev/null", "w");
  if (null) g23_plan_describe(null, &p);
  for (int i = 0; i < p.ntensors; i++)
    if (!g23_plan_find(&p, p.tensors[i].name, p.tensors[i].graph)) abort();
  free(again);
  g23_plan_free(&p);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t len) {
  parse_one((const char *)data, len);
  if (len < HEADER) return 0;
  char *c = malloc(len);
  memcpy(c, data, len);
  uint64_t payload = len - HEADER;
  g23_le_put64((unsigned char *)c + 16, payload);
  uint32_t crc = g23_crc32(c + HEADER, payload, 0);
  g23_le_put32((unsigned char *)c + 24, crc);
  parse_one(c, len);
  free(c);
  return 0;
}
