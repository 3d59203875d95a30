/* plan_build.c: see plan_build.h. */
#include "config.h"

#include <stdio.h>

#include "plan_build.h"

int g23_test_plan_build(const char *path, const g23_define_t *defs, int ndefs, g23_plan_t *plan) {
  const char *inc[] = {G23_SRCDIR "/models"};
  g23_frontend_opts_t fo = {.path = path, .include_dirs = inc, .ninclude = 1, .defines = defs, .ndefines = ndefs};
  g23_diag_t d;
  g23_diag_init(&d, stderr);
  g23_module_t m = {0};
  g23_pipeline_opts_t po = {.adamw = G23_ADAMW_DEFAULTS, .dump_graph = -1};
  int rc = g23_frontend(&fo, &d, &m) != 0 || d.errors || g23_pipeline_run(&m, &po, &d, plan) != 0 || d.errors;
  g23_module_free(&m);
  g23_diag_free(&d);
  return rc ? -1 : 0;
}
