/* kernels.c: kernel sources from the embedded kernel files (kernels.h). */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "kernels.h"
#include "runtime/plan/plan.h"

void g23_kernel_join(g23_buf_t *b, const char *const *names) {
  /* The epilogue codes are the plan format's numbers: written from the
   * enum, so that epilogue.h names them and no number is kept in step by
   * hand. */
  for (int e = 0; e < G23_EPI_COUNT; e++) {
    char name[32];
    snprintf(name, sizeof name, "%s", g23_epilogue_name(e));
    for (char *p = name; *p; p++) *p = (char)toupper((unsigned char)*p);
    g23_buf_printf(b, "#define G23_EPI_%s %d\n", name, e);
  }
  for (int i = 0; names[i]; i++) {
    const char *t = g23_kernel_text(names[i]);
    G23_ASSERT(t != NULL);
    g23_buf_append(b, t, strlen(t));
  }
}
