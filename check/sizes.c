/* sizes.c: the tiny sizes --gradcheck gives a model.
 *
 * The float64 evaluator runs the whole training graph twice per checked
 * gradient element, so the check runs at a size where that takes
 * milliseconds: two layers of width 8 with two heads, a batch of two
 * sequences of eight tokens, dropout on (its masks are checked too).  The
 * vocabulary is the model's own (token ids are drawn over all of it).
 */
#include <string.h>

#include "check.h"

const g23_define_t g23_check_tiny[] = {
    {"batch", "2"},   {"max_seq_length", "8"}, {"seq", "8"}, {"d_model", "8"},
    {"n_head", "2"},  {"n_layer", "2"},        {"dropout", "0.1"}, {NULL, NULL},
};

static bool defined(const g23_define_t *user, int nuser, const char *name) {
  for (int i = 0; i < nuser; i++)
    if (!strcmp(user[i].name, name)) return true;
  return false;
}

g23_define_t *g23_check_sizes(const g23_module_t *m, const g23_define_t *user, int nuser, int *n) {
  g23_define_t *add = g23_xcalloc(sizeof g23_check_tiny / sizeof *g23_check_tiny, sizeof *add);
  *n = 0;
  for (const g23_define_t *t = g23_check_tiny; t->name; t++) {
    bool declared = false;
    for (int i = 0; i < m->nhparams; i++)
      if (!strcmp(m->hparams[i].name, t->name)) declared = true;
    if (!declared || defined(user, nuser, t->name)) continue;
    /* seq follows a max_seq_length the user chose, as the model defines it */
    if (!strcmp(t->name, "seq") && defined(user, nuser, "max_seq_length")) continue;
    add[(*n)++] = *t;
  }
  return add;
}
