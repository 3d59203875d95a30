/* check.h: the one assertion helper of the C test programs.
 *
 * Every test program links test/check.c and counts its checks and failures
 * here, so that all of them report a failure the same way
 *   file:line: FAIL: condition: message
 * and end with the same summary line and exit status.
 *   CHECK(cond, fmt, ...)   counts a check; on failure prints the location,
 *                           the condition's text and the message.
 *   FAIL(fmt, ...)          records a failure found without one condition
 *                           (a comparison loop, a compiler that failed);
 *                           it counts a failure, not a check.
 *   CHECK_MANY(cond, fmt, ...)
 *                           as CHECK, for a check inside a loop over many
 *                           elements: only the first G23_CHECK_PRINTED
 *                           failures of the program are printed.
 *   g23_check_report(ok, fmt, ...)
 *                           counts a check and prints one "ok"/"FAIL" line
 *                           on stdout whatever the outcome, for tests whose
 *                           log lists every case.
 *   return g23_check_summary("name");
 *                           prints "name: N checks, M failures" (without
 *                           the checks where a test records only failures
 *                           and counts its cases itself) and returns
 *                           main's exit status (1 when anything failed).
 */
#ifndef G23_TEST_CHECK_H
#define G23_TEST_CHECK_H

#include <stdbool.h>
#include <stdio.h>

extern int g23_check_count;    /* checks made */
extern int g23_check_failures; /* checks failed */

void g23_check_fail(const char *file, int line, const char *cond,
                    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void g23_check_report(bool ok, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
int g23_check_summary(const char *name);

#define CHECK(cond, ...)                                                       \
  do {                                                                         \
    g23_check_count++;                                                         \
    if (!(cond))                                                               \
      g23_check_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);                  \
  } while (0)

#define G23_CHECK_PRINTED 10
#define CHECK_MANY(cond, ...)                                                  \
  do {                                                                         \
    g23_check_count++;                                                         \
    if (!(cond)) {                                                             \
      if (g23_check_failures < G23_CHECK_PRINTED)                              \
        g23_check_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);                \
      else                                                                     \
        g23_check_failures++;                                                  \
    }                                                                          \
  } while (0)

#define FAIL(...) g23_check_fail(__FILE__, __LINE__, NULL, __VA_ARGS__)

#endif
