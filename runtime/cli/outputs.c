/* outputs.c: what a run writes, checked before it starts, and checkpoints
 * that are never lost.
 *
 * - Every output path a training run names (--ckpt DIR, --log FILE,
 *   --export FILE) is validated before the first step: the directory exists
 *   or can be made, it is writable (a probe file is created and removed),
 *   it has room for a checkpoint, and nothing the user did not ask to
 *   replace is in the way (a checkpoint without --resume or --overwrite, a
 *   log without --resume or --overwrite, an export without --overwrite).
 * - Temporary files of atomic writes ("NAME.tmp.PID") left by writers that
 *   were killed are removed when a run starts writing into the directory;
 *   those of live processes are left alone.
 * - With --keep N and --keep-best, each checkpoint is a file of its own,
 *   "step-NNNNNNNN.g23", written atomically; checkpoint.g23 (the newest)
 *   and best.g23 (the lowest validation loss) are hard links to them,
 *   replaced atomically, so at every moment checkpoint.g23 is a complete
 *   checkpoint.  checkpoints.json (the index: file, step, validation loss of
 *   each kept checkpoint, the newest, the best) is rewritten atomically
 *   after every save.  Older step files beyond N are removed (the best one's
 *   data lives on in best.g23).
 * - Loading from a directory reads checkpoint.g23; should it be unreadable
 *   or corrupt, the newest kept checkpoint that reads is used instead, with
 *   a warning.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "runtime/cli/checkpoint.h"
#include "runtime/cli/cli.h"
#include "runtime/cli/outputs.h"
#include "runtime/cli/weights.h"

#define INDEX_FILE "checkpoints.json"
#define BEST_FILE "best.g23"

/* ---- checks before work -------------------------------------------------------- */

/* Can a file be created in dir?  (A probe, because permission bits say
 * nothing of read-only file systems, and root passes every access check.) */
static int dir_writable(const char *dir, char *err, size_t errn) {
  char *probe = g23_xasprintf("%s/.gpt23-probe.%ld", dir, (long)getpid());
  int fd = open(probe, O_WRONLY | O_CREAT | O_EXCL, 0644);
  if (fd < 0) {
    g23_seterr(err, errn, "%s: cannot write in this directory: %s", dir, strerror(errno));
    free(probe);
    return -1;
  }
  close(fd);
  unlink(probe);
  free(probe);
  return 0;
}

static char *parent_dir(const char *path) {
  const char *s = strrchr(path, '/');
  if (!s) return g23_xstrdup(".");
  if (s == path) return g23_xstrdup("/");
  return g23_xstrndup(path, (size_t)(s - path));
}

/* A file output: its directory exists and is writable, the path is not a
 * directory, and an existing file is replaced only when allowed. */
static int check_file_output(const char *opt, const char *path, bool may_exist, const char *hint) {
  char err[1024];
  struct stat st;
  if (stat(path, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      g23_cli_error("%s %s: is a directory", opt, path);
      return -1;
    }
    if (!may_exist && st.st_size > 0) {
      g23_cli_error("%s %s: the file exists and would be replaced\n  hint: %s", opt, path, hint);
      return -1;
    }
  }
  char *dir = parent_dir(path);
  if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    g23_cli_error("%s %s: the directory %s does not exist", opt, path, dir);
    free(dir);
    return -1;
  }
  int rc = dir_writable(dir, err, sizeof err);
  if (rc) g23_cli_error("%s %s: %s", opt, path, err);
  free(dir);
  return rc;
}

int64_t g23_disk_free(const char *dir) {
  struct statvfs s;
  if (statvfs(dir, &s) != 0) return -1;
  return (int64_t)s.f_bavail * (int64_t)s.f_frsize;
}

int g23_ckpt_peek(const char *path, g23_ckpt_meta_t *m, char *err, size_t errn) {
  /* The header and the META section, which comes first. */
  char buf[4096];
  FILE *f = fopen(path, "rb");
  if (!f) {
    g23_seterr(err, errn, "%s: %s", path, strerror(errno));
    return -1;
  }
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  if (n < G23_CKPT_HEADER + 12 || memcmp(buf, G23_CKPT_MAGIC, 8) != 0) {
    g23_seterr(err, errn, "%s: not a gpt23 checkpoint", path);
    return -1;
  }
  return g23_ckpt_meta_parse(buf + G23_CKPT_HEADER, n - G23_CKPT_HEADER, m, err, errn);
}

int g23_outputs_check_train(const g23_cli_opts_t *o, const g23_plan_t *p) {
  char err[1024];
  if (o->ckpt_dir) {
    struct stat st;
    if (stat(o->ckpt_dir, &st) == 0 && !S_ISDIR(st.st_mode)) {
      g23_cli_error("--ckpt %s: exists and is not a directory (--ckpt names the directory that holds "
                    "the checkpoints)", o->ckpt_dir);
      return -1;
    }
    if (mkdir(o->ckpt_dir, 0777) != 0 && errno != EEXIST) {
      g23_cli_error("--ckpt %s: cannot create the checkpoint directory: %s", o->ckpt_dir, strerror(errno));
      return -1;
    }
    if (dir_writable(o->ckpt_dir, err, sizeof err) != 0) {
      g23_cli_error("--ckpt %s", err);
      return -1;
    }
    int stale = g23_clean_stale_temps(o->ckpt_dir);
    if (stale > 0)
      g23_cli_warning("%s: removed %d temporary file%s left by killed runs", o->ckpt_dir, stale,
                      stale == 1 ? "" : "s");
    char *path = g23_ckpt_path(o->ckpt_dir);
    if (!o->resume && !o->overwrite && access(path, F_OK) == 0) {
      g23_ckpt_meta_t m;
      if (g23_ckpt_peek(path, &m, err, sizeof err) == 0)
        g23_cli_error("--ckpt %s holds a checkpoint at step %lld of %lld; training would replace it\n"
                      "  hint: --resume continues it, --overwrite replaces it, or give another --ckpt",
                      o->ckpt_dir, (long long)m.step, (long long)m.total_steps);
      else
        g23_cli_error("--ckpt %s holds a checkpoint file (%s); training would replace it\n"
                      "  hint: --overwrite replaces it, or give another --ckpt", o->ckpt_dir, err);
      free(path);
      return -1;
    }
    free(path);
    /* Room for one more checkpoint (the atomic write needs the new one
     * beside the old). */
    int64_t need = g23_ckpt_bytes(p), have = g23_disk_free(o->ckpt_dir);
    if (have >= 0 && have < need) {
      g23_cli_error("--ckpt %s: %lld bytes free, a checkpoint of this model needs %lld", o->ckpt_dir,
                    (long long)have, (long long)need);
      return -1;
    }
  }
  if (o->log_path &&
      check_file_output("--log", o->log_path, o->resume || o->overwrite,
                        "--resume appends to it, --overwrite replaces it, or give another --log") != 0)
    return -1;
  if (o->export_path &&
      check_file_output("--export", o->export_path, o->overwrite, "--overwrite replaces it, or give another path") != 0)
    return -1;
  if (!o->ckpt_dir && !o->export_path)
    g23_cli_warning("no --ckpt DIR: the trained weights will be discarded at the end (give --ckpt DIR to keep "
                    "them)");
  return 0;
}

int g23_outputs_check_export(const g23_cli_opts_t *o) {
  return check_file_output("--export", o->export_path, o->overwrite,
                           "--overwrite replaces it, or give another path");
}

/* ---- stale temporaries ---------------------------------------------------------- */

/* "NAME.tmp.PID" with PID a number: the pid, else 0. */
static long temp_pid(const char *name) {
  const char *t = strstr(name, ".tmp.");
  if (!t) return 0;
  const char *d = t + 5;
  if (!*d) return 0;
  char *end;
  long pid = strtol(d, &end, 10);
  return *end == 0 && pid > 0 ? pid : 0;
}

int g23_clean_stale_temps(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return 0;
  int removed = 0;
  struct dirent *e;
  while ((e = readdir(d))) {
    long pid = temp_pid(e->d_name);
    if (!pid || pid == (long)getpid()) continue;
    if (kill((pid_t)pid, 0) == 0 || errno != ESRCH) continue; /* its writer is alive */
    char *path = g23_xasprintf("%s/%s", dir, e->d_name);
    if (unlink(path) == 0) removed++;
    free(path);
  }
  closedir(d);
  return removed;
}

/* ---- kept checkpoints and the index ---------------------------------------------- */

/* Makes dst a hard link to src, replacing dst atomically. */
static int link_atomic(const char *src, const char *dst) {
  char *tmp = g23_xasprintf("%s.tmp.%ld", dst, (long)getpid());
  unlink(tmp);
  int rc = link(src, tmp);
  if (rc == 0 && rename(tmp, dst) != 0) rc = -1;
  if (rc != 0) {
    int e = errno;
    unlink(tmp);
    errno = e;
  }
  free(tmp);
  return rc;
}

static json_t *entry(const char *file, int64_t step, double val) {
  json_t *o = json_object();
  json_object_set_new(o, "file", json_string(file));
  json_object_set_new(o, "step", json_integer(step));
  json_object_set_new(o, "val_loss", isfinite(val) ? json_real(val) : json_null());
  return o;
}

typedef struct {
  char *file;
  int64_t step;
  double val; /* NAN: not evaluated at that step */
} kept_t;

/* The index's checkpoints (malloc'd array), newest last; 0 when absent. */
static int read_index(const char *dir, kept_t **out, kept_t *best) {
  *out = NULL;
  best->file = NULL;
  char *path = g23_xasprintf("%s/%s", dir, INDEX_FILE);
  json_error_t e;
  json_t *root = json_load_file(path, 0, &e);
  free(path);
  if (!root) return 0;
  json_t *arr = json_object_get(root, "checkpoints");
  int n = 0;
  if (json_is_array(arr)) {
    *out = g23_xcalloc(json_array_size(arr) + 1, sizeof **out);
    size_t i;
    json_t *v;
    json_array_foreach(arr, i, v) {
      json_t *f = json_object_get(v, "file"), *s = json_object_get(v, "step"), *l = json_object_get(v, "val_loss");
      if (!json_is_string(f) || !json_is_integer(s) || strchr(json_string_value(f), '/')) continue;
      (*out)[n++] = (kept_t){g23_xstrdup(json_string_value(f)), (int64_t)json_integer_value(s),
                             json_is_number(l) ? json_number_value(l) : NAN};
    }
  }
  json_t *b = json_object_get(root, "best");
  if (json_is_object(b)) {
    json_t *s = json_object_get(b, "step"), *l = json_object_get(b, "val_loss");
    if (json_is_integer(s) && json_is_number(l))
      *best = (kept_t){g23_xstrdup(BEST_FILE), json_integer_value(s), json_number_value(l)};
  }
  json_decref(root);
  return n;
}

static int write_index(const char *dir, const kept_t *k, int n, const kept_t *best, char *err, size_t errn) {
  json_t *root = json_object(), *arr = json_array();
  for (int i = 0; i < n; i++) json_array_append_new(arr, entry(k[i].file, k[i].step, k[i].val));
  json_object_set_new(root, "checkpoints", arr);
  if (n) json_object_set_new(root, "newest", entry(G23_CKPT_FILE, k[n - 1].step, k[n - 1].val));
  if (best->file) json_object_set_new(root, "best", entry(BEST_FILE, best->step, best->val));
  char *text = json_dumps(root, JSON_INDENT(2));
  json_decref(root);
  char *path = g23_xasprintf("%s/%s", dir, INDEX_FILE);
  size_t len = strlen(text);
  text = realloc(text, len + 2);
  text[len++] = '\n';
  int rc = g23_write_file_atomic(path, text, len);
  if (rc) g23_seterr(err, errn, "%s: cannot write the checkpoint index: %s", path, strerror(errno));
  free(path);
  free(text);
  return rc;
}

static void free_kept(kept_t *k, int n, kept_t *best) {
  for (int i = 0; i < n; i++) free(k[i].file);
  free(k);
  free(best->file);
}

int g23_ckpt_store(const char *dir, const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m,
                   char *const *labels, int nlabels, int keep, bool keep_best, double val_loss, char *err,
                   size_t errn) {
  char *newest = g23_ckpt_path(dir);
  if (keep <= 0 && !keep_best) {
    int rc = g23_ckpt_save(newest, p, rt, m, labels, nlabels, err, errn);
    free(newest);
    return rc;
  }
  if (keep < 1) keep = 1;
  char name[64];
  snprintf(name, sizeof name, "step-%08lld.g23", (long long)m->step);
  char *path = g23_xasprintf("%s/%s", dir, name);
  int rc = g23_ckpt_save(path, p, rt, m, labels, nlabels, err, errn);
  if (rc == 0 && link_atomic(path, newest) != 0) {
    g23_seterr(err, errn, "%s: cannot link the newest checkpoint: %s", newest, strerror(errno));
    rc = -1;
  }
  kept_t *k = NULL, best = {0};
  int n = rc == 0 ? read_index(dir, &k, &best) : 0;
  if (rc == 0) {
    /* This step replaces an entry of the same step (a resumed run). */
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (k[i].step == m->step) free(k[i].file);
      else k[j++] = k[i];
    }
    n = j;
    k = g23_xrealloc(k, (size_t)(n + 1) * sizeof *k);
    k[n++] = (kept_t){g23_xstrdup(name), m->step, val_loss};
    if (keep_best && isfinite(val_loss) && (!best.file || val_loss < best.val)) {
      char *bpath = g23_xasprintf("%s/%s", dir, BEST_FILE);
      if (link_atomic(path, bpath) != 0) {
        g23_seterr(err, errn, "%s: cannot link the best checkpoint: %s", bpath, strerror(errno));
        rc = -1;
      } else {
        free(best.file);
        best = (kept_t){g23_xstrdup(BEST_FILE), m->step, val_loss};
      }
      free(bpath);
    }
  }
  if (rc == 0) {
    /* The newest `keep` stay; the others go (best.g23 keeps its data). */
    int drop = n > keep ? n - keep : 0;
    for (int i = 0; i < drop; i++) {
      char *old = g23_xasprintf("%s/%s", dir, k[i].file);
      unlink(old);
      free(old);
      free(k[i].file);
    }
    memmove(k, k + drop, (size_t)(n - drop) * sizeof *k);
    n -= drop;
    rc = write_index(dir, k, n, keep_best ? &best : &(kept_t){0}, err, errn);
  }
  free_kept(k, n, &best);
  free(path);
  free(newest);
  return rc;
}

int g23_ckpt_read_dir(const char *dir, const g23_plan_t *p, g23_ckpt_t *c, char *err, size_t errn) {
  struct stat st;
  if (stat(dir, &st) == 0 && S_ISREG(st.st_mode)) return g23_ckpt_read(dir, p, c, err, errn);
  char *path = g23_ckpt_path(dir);
  int rc = g23_ckpt_read(path, p, c, err, errn);
  if (rc == 0) {
    free(path);
    return 0;
  }
  /* checkpoint.g23 is unreadable: the newest kept one that reads. */
  kept_t *k = NULL, best = {0};
  int n = read_index(dir, &k, &best);
  char first[1024];
  snprintf(first, sizeof first, "%s", err);
  for (int i = n - 1; i >= 0 && rc != 0; i--) {
    char *alt = g23_xasprintf("%s/%s", dir, k[i].file);
    char e2[512];
    if (g23_ckpt_read(alt, p, c, e2, sizeof e2) == 0) {
      g23_cli_warning("%s\n  using the newest kept checkpoint that reads instead: %s (step %lld)", first, alt,
                      (long long)k[i].step);
      rc = 0;
    }
    free(alt);
  }
  if (rc != 0) g23_seterr(err, errn, "%s", first);
  free_kept(k, n, &best);
  free(path);
  return rc;
}

/* ---- the rescue path -------------------------------------------------------------- */

int g23_ckpt_rescue(const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m, char *const *labels,
                    int nlabels, char **where) {
  const char *home = getenv("HOME"), *tmpdir = getenv("TMPDIR");
  const char *dirs[] = {".", home && *home ? home : NULL, tmpdir && *tmpdir ? tmpdir : "/tmp"};
  for (int i = 0; i < 3; i++) {
    if (!dirs[i]) continue;
    char *path = g23_xasprintf("%s/gpt23-rescue-%ld-step%lld.g23", dirs[i], (long)getpid(), (long long)m->step);
    char err[1024];
    if (g23_ckpt_save(path, p, rt, m, labels, nlabels, err, sizeof err) == 0) {
      *where = path;
      return 0;
    }
    free(path);
  }
  *where = NULL;
  return -1;
}
