/* plan.c: the in-memory plan: freeing and lookups. */
#include <stdlib.h>
#include <string.h>

#include "plan.h"

void g23_plan_free(g23_plan_t *p) {
  if (!p) return;
  free(p->model_name);
  for (int i = 0; i < p->nhparams; i++) free(p->hparams[i].name);
  free(p->hparams);
  for (int i = 0; i < p->ntensors; i++) free(p->tensors[i].name);
  free(p->tensors);
  for (int g = 0; g < G23_GRAPH_COUNT; g++) free(p->graphs[g].launches);
  for (int i = 0; i < p->nkernels; i++) {
    free(p->kernels[i].name);
    free(p->kernels[i].comment);
  }
  free(p->kernels);
  for (int i = 0; i < p->nsources; i++) {
    free(p->sources[i].dialect);
    free(p->sources[i].text);
  }
  free(p->sources);
  g23_names_free(p->names, p->nnames);
  memset(p, 0, sizeof *p);
}

const char *g23_plan_source(const g23_plan_t *p, const char *dialect) {
  for (int i = 0; i < p->nsources; i++)
    if (strcmp(p->sources[i].dialect, dialect) == 0) return p->sources[i].text;
  return NULL;
}

void g23_plan_set_source(g23_plan_t *p, const char *dialect, char *text) {
  for (int i = 0; i < p->nsources; i++) {
    if (strcmp(p->sources[i].dialect, dialect) != 0) continue;
    free(p->sources[i].text);
    if (text) {
      p->sources[i].text = text;
    } else {
      free(p->sources[i].dialect);
      p->sources[i] = p->sources[--p->nsources];
    }
    return;
  }
  if (!text) return;
  p->sources = g23_xrealloc(p->sources, ((size_t)p->nsources + 1) * sizeof *p->sources);
  p->sources[p->nsources++] = (g23_plan_source_t){g23_xstrdup(dialect), text};
}

const g23_names_t *g23_plan_names(const g23_plan_t *p, const char *name) {
  for (int i = 0; i < p->nnames; i++)
    if (strcmp(p->names[i].name, name) == 0) return &p->names[i];
  return NULL;
}

const g23_plan_tensor_t *g23_plan_find(const g23_plan_t *p, const char *name, int graph) {
  if (!p || !name) return NULL;
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph == graph && t->name && strcmp(t->name, name) == 0) return t;
  }
  return NULL;
}

double g23_plan_hparam(const g23_plan_t *p, const char *name, double dflt) {
  if (!p || !name) return dflt;
  for (int i = 0; i < p->nhparams; i++)
    if (p->hparams[i].name && strcmp(p->hparams[i].name, name) == 0) return p->hparams[i].value;
  return dflt;
}

const g23_plan_tensor_t *g23_plan_find_role(const g23_plan_t *p, int graph, g23_role_t role) {
  for (int i = 0; i < p->ntensors; i++)
    if (p->tensors[i].graph == graph && p->tensors[i].role == role) return &p->tensors[i];
  return NULL;
}

const char *g23_epilogue_name(int e) {
  static const char *const names[G23_EPI_COUNT] = {"none",  "bias",        "gelu_bias", "gelu_aux_bias",
                                                   "dgelu", "dgelu_bgrad", "bgrad"};
  return e >= 0 && e < G23_EPI_COUNT ? names[e] : "?";
}
