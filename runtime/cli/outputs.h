/* outputs.h: output paths checked before work, and kept checkpoints
 * (outputs.c).
 */
#ifndef G23_CLI_OUTPUTS_H
#define G23_CLI_OUTPUTS_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/cli/checkpoint.h"
#include "runtime/cli/cli.h"

/* check_train validates --ckpt (a writable directory with room for a
 * checkpoint and none in the way unless --resume or --overwrite; stale
 * temporaries of killed writers removed), --log (no existing log unless
 * --resume or --overwrite), --export (no existing file unless --overwrite),
 * and warns when the weights will not be kept; check_export the --export
 * path of the export command.  Each returns 0 or -1 after printing. */
int g23_outputs_check_train(const g23_cli_opts_t *o, const g23_plan_t *p);
int g23_outputs_check_export(const g23_cli_opts_t *o);
/* Removes "NAME.tmp.PID" files in dir whose PID is no running process;
 * returns how many. */
int g23_clean_stale_temps(const char *dir);
/* Free bytes for an unprivileged writer in dir, -1 if unknown. */
int64_t g23_disk_free(const char *dir);
/* The training state of the checkpoint file at path, from its first bytes. */
int g23_ckpt_peek(const char *path, g23_ckpt_meta_t *m, char *err, size_t errn);
/* Writes the checkpoint of step m->step into dir.  keep 0 and !keep_best:
 * DIR/checkpoint.g23, atomically.  Otherwise DIR/step-NNNNNNNN.g23, with
 * checkpoint.g23 (and, for a new lowest val_loss with keep_best, best.g23)
 * hard links to it replaced atomically, the step files beyond the newest
 * keep removed, and the index DIR/checkpoints.json rewritten atomically.
 * val_loss: NAN when not evaluated at this step. */
int g23_ckpt_store(const char *dir, const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m,
                   char *const *labels, int nlabels, int keep, bool keep_best, double val_loss, char *err,
                   size_t errn);
/* Reads the checkpoint of --ckpt dir (a directory: its checkpoint.g23, or
 * when that does not read, the newest kept checkpoint that does, with a
 * warning; a file: that file). */
int g23_ckpt_read_dir(const char *dir, const g23_plan_t *p, g23_ckpt_t *c, char *err, size_t errn);
/* Saves a checkpoint that could not be written where asked: in the working
 * directory, else $HOME, else $TMPDIR or /tmp; *where gets the path. */
int g23_ckpt_rescue(const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m, char *const *labels,
                    int nlabels, char **where);

#endif
