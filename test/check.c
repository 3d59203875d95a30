/* check.c: the counters and messages behind test/check.h. */
#include "test/check.h"

#include <stdarg.h>

int g23_check_count;
int g23_check_failures;

void g23_check_fail(const char *file, int line, const char *cond,
                    const char *fmt, ...) {
  va_list ap;
  g23_check_failures++;
  fflush(stdout); /* keep the failure next to the progress lines before it */
  if (cond)
    fprintf(stderr, "%s:%d: FAIL: %s: ", file, line, cond);
  else
    fprintf(stderr, "%s:%d: FAIL: ", file, line);
  va_start(ap, fmt);
  vfprintf(stderr, fmt, ap);
  va_end(ap);
  fputc('\n', stderr);
}

void g23_check_report(bool ok, const char *fmt, ...) {
  va_list ap;
  g23_check_count++;
  if (!ok)
    g23_check_failures++;
  fputs(ok ? "ok    " : "FAIL  ", stdout);
  va_start(ap, fmt);
  vprintf(fmt, ap);
  va_end(ap);
  putchar('\n');
  fflush(stdout);
}

int g23_check_summary(const char *name) {
  if (g23_check_count)
    printf("%s: %d checks, %d failures\n", name, g23_check_count, g23_check_failures);
  else
    printf("%s: %d failures\n", name, g23_check_failures);
  return g23_check_failures ? 1 : 0;
}
