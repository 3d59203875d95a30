/* weights.h: weights between files and a runtime (weights.c): checkpoints
 * saved, read and applied; --init-from and --export as safetensors.
 */
#ifndef G23_CLI_WEIGHTS_H
#define G23_CLI_WEIGHTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/cli/checkpoint.h"
#include "runtime/plan/plan.h"
#include "runtime/runtime.h"

/* Gather the plan's PARAM and OPTSTATE tensors from rt and
 * write path atomically (temp file, fsync, rename, fsync of the directory). */
int g23_ckpt_save(const char *path, const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m,
                  char *const *labels, int nlabels, char *err, size_t errn);
/* Read path and check it belongs to plan p (fingerprint, and
 * every PARAM and OPTSTATE tensor present with its shape).  c keeps the
 * tensors until g23_ckpt_free. */
int g23_ckpt_read(const char *path, const g23_plan_t *p, g23_ckpt_t *c, char *err, size_t errn);
/* Write c's PARAM (and unless params_only, OPTSTATE) tensors into rt. */
int g23_ckpt_apply(const g23_ckpt_t *c, const g23_plan_t *p, g23_runtime_t *rt, bool params_only,
                   char *err, size_t errn);
/* DIR/checkpoint file name (malloc'd). */
char *g23_ckpt_path(const char *dir);
/* Bytes of a checkpoint of plan p (its PARAM and OPTSTATE tensors, names
 * and headers), for the free-space check before training. */
int64_t g23_ckpt_bytes(const g23_plan_t *p);
/* Fill rt's parameters from a safetensors file.  A tensor is found by the
 * parameter's own name or by its name in any of the plan's names tables
 * (with or without the table's prefix); F16 and BF16 are converted to f32.
 * Errors: another shape, a dtype other than F32/F16/BF16, a parameter given
 * twice, a table's tied copy that differs from the parameter.  A note names
 * the tensors a table skips and the tied copies checked; one warning lists
 * the tensors that name nothing of the model (a classifier can start from a
 * language model).  With strict, parameters the file lacks are an error,
 * otherwise a warning lists them. */
int g23_init_from_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, bool strict,
                              char *err, size_t errn);
/* Writes the parameters as F32 safetensors under their own names, or with
 * table (not NULL) under that names table's names, tied copies left out. */
int g23_export_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, const char *table,
                           char *err, size_t errn);

#endif
