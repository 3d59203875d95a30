/* fuzz_shard.c: libFuzzer entry point: bytes -> the token shard checks.
 * Whatever the bytes, the parser either refuses them with a message or
 * accepts a shard every id of which lies below its vocabulary. */
#include <stdlib.h>
#include <string.h>

#include "tok/shard.h"
#include "util/util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  char err[512];
  g23_shard_t s;
  if (g23_shard_parse(&s, "fuzz", data, size, err, sizeof err) != 0) {
    if (!err[0] || !strstr(err, "fuzz")) abort(); /* every refusal names the file */
    return 0;
  }
  if ((size_t)G23_SHARD_HEADER + (size_t)s.count * (size_t)s.width != size) abort();
  for (int64_t i = 0; i < s.count; i++)
    if (g23_shard_get(&s, i) < 0 || g23_shard_get(&s, i) >= s.vocab) abort();
  g23_shard_close(&s);
  return 0;
}
