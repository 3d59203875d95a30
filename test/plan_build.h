/* plan_build.h: a model file to a plan, for the test tools that build one
 * themselves: the front end with the source tree's models/ on the include
 * path and the given -D definitions, then the whole pass pipeline with
 * AdamW's default constants (what `gpt23c MODEL -D ...` does).  Diagnostics
 * go to stderr.  Returns 0 or -1. */
#ifndef G23_TEST_PLAN_BUILD_H
#define G23_TEST_PLAN_BUILD_H

#include "frontend/frontend.h"
#include "passes/passes.h"

int g23_test_plan_build(const char *path, const g23_define_t *defs, int ndefs, g23_plan_t *plan);

#endif
