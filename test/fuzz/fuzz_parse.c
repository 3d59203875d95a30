/* fuzz_parse: libFuzzer entry point for the model language.
 *
 * The bytes are a model file: parsed alone (g23_parse_only), then parsed,
 * included (std.net resolves to the source tree's models/) and lowered into
 * every graph (g23_frontend_text).  Any crash, sanitizer report, leak or
 * input slower than the evaluation limits allow is a bug.  Each input is
 * bounded by the front end's own limits (steps, nodes, nesting), so one
 * input takes well under a second.
 */
#include <stdint.h>
#include <stdio.h>

#include "frontend/frontend.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *sink;
  if (!sink) sink = fopen("/dev/null", "w");
  if (size > 256 * 1024) return 0;
  g23_diag_t d;
  g23_diag_init(&d, sink);
  g23_parse_only("fuzz.net", (const char *)data, size, &d);
  g23_diag_free(&d);

  g23_diag_init(&d, sink);
  const char *incs[] = {G23_SRCDIR "/models"};
  g23_frontend_opts_t o = {.path = "fuzz.net", .include_dirs = incs, .ninclude = 1};
  g23_module_t m;
  g23_frontend_text(&o, "fuzz.net", (const char *)data, size, &d, &m);
  g23_module_free(&m);
  g23_diag_free(&d);
  return 0;
}
