/* weights.c: opening a plan and a runtime, and moving weights between the
 * runtime and safetensors files (--init-from, --export). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cli/checkpoint.h"
#include "runtime/cli/cli.h"
#include "runtime/cli/dist.h"
#include "runtime/cli/outputs.h"
#include "runtime/cli/safetensors.h"
#include "runtime/cli/weights.h"


void g23_cli_vmessage(const char *kind, const char *fmt, va_list ap) {
  /* One of several processes (dist.h) says which, and writes the message
   * at once, so that the lines of processes sharing a stderr do not mix. */
  char buf[8192], *line;
  va_list aq;
  va_copy(aq, ap);
  int n = vsnprintf(buf, sizeof buf, fmt, aq);
  va_end(aq);
  char *msg = n >= 0 && (size_t)n < sizeof buf ? buf : g23_xmalloc((size_t)(n > 0 ? n : 0) + 1);
  if (msg != buf) vsnprintf(msg, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
  if (g23_dist.size > 1) line = g23_xasprintf("gpt23run[rank %d]: %s: %s\n", g23_dist.rank, kind, msg);
  else line = g23_xasprintf("gpt23run: %s: %s\n", kind, msg);
  fputs(line, stderr);
  free(line);
  if (msg != buf) free(msg);
}

void g23_cli_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_cli_vmessage("error", fmt, ap);
  va_end(ap);
}

void g23_cli_warning(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_cli_vmessage("warning", fmt, ap);
  va_end(ap);
}

int g23_cli_load_plan(const g23_cli_opts_t *o, g23_plan_t *plan) {
  char err[1024];
  memset(plan, 0, sizeof *plan);
  if (g23_plan_load(o->plan_path, plan, err, sizeof err) != 0) {
    g23_cli_error("%s", err); /* the loader names the file */
    return G23_EXIT_FAIL;
  }
  /* --export-names is checked before any work (training) */
  if (o->export_names && !g23_plan_names(plan, o->export_names)) {
    g23_buf_t have = {0};
    for (int i = 0; i < plan->nnames; i++) g23_buf_printf(&have, "%s%s", i ? ", " : "", plan->names[i].name);
    g23_cli_error("--export-names %s: model '%s' has no names table %s (%s%s)", o->export_names,
                  plan->model_name ? plan->model_name : "?", o->export_names,
                  plan->nnames ? "its tables: " : "it declares none", have.s ? have.s : "");
    g23_buf_free(&have);
    g23_plan_free(plan);
    return G23_EXIT_FAIL;
  }
  return 0;
}

static int load_st(const g23_plan_t *p, g23_runtime_t *rt, const char *path, bool strict, char *err,
                   size_t errn);

int g23_cli_open_runtime(const g23_cli_opts_t *o, const g23_plan_t *plan, g23_runtime_t **rt) {
  char err[2048];
  /* --init-from is checked against the plan before the kernels are
   * compiled (minutes for a large model on a GPU); the load itself, with
   * its notes and warnings, comes after.  Training may start from a
   * subset; every other mode needs every parameter. */
  if (o->init_from && !o->resume) {
    *rt = NULL;
    if (load_st(plan, NULL, o->init_from, o->mode != G23_MODE_TRAIN, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      return G23_EXIT_FAIL;
    }
  }
  g23_runtime_opts_t ro = o->rt;
  ro.progress = "gpt23run"; /* the kernel compilation is reported */
  ro.local_rank = g23_dist.local_rank; /* one device per process of a job */
  if (g23_runtime_open(rt, plan, &ro, err, sizeof err) != 0) {
    g23_cli_error("%s", err);
    *rt = NULL;
    return G23_EXIT_FAIL;
  }
  if (g23_runtime_init_params(*rt, o->seed) != 0) {
    g23_cli_error("cannot initialise the parameters");
    g23_runtime_close(*rt);
    *rt = NULL;
    return G23_EXIT_FAIL;
  }
  return 0;
}

static bool is_param(const g23_plan_tensor_t *t) { return t->graph == -1 && t->role == G23_ROLE_PARAM; }

static void note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void note(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_cli_vmessage("note", fmt, ap);
  va_end(ap);
}

/* What one tensor of the file is to the model. */
typedef enum { W_UNKNOWN, W_PARAM, W_TIED, W_SKIP } wkind_t;
typedef struct {
  wkind_t kind;
  const g23_plan_tensor_t *t; /* PARAM, TIED: the parameter */
  const char *table;          /* the names table that named it, or NULL */
} wmatch_t;

/* name in table tb, with or without its prefix. */
static bool table_lookup(const g23_names_t *tb, const char *name, const g23_plan_t *p, wmatch_t *m) {
  const char *bare = name;
  if (tb->prefix && strncmp(name, tb->prefix, strlen(tb->prefix)) == 0) bare = name + strlen(tb->prefix);
  for (int pass = 0; pass < 2; pass++) {
    const char *n = pass == 0 ? name : bare;
    if (pass == 1 && bare == name) break;
    for (int k = 0; k < tb->n; k++) {
      const g23_xname_t *x = &tb->v[k];
      g23_pat_bind_t b[G23_PATTERN_MAX_VARS];
      if (x->kind == G23_XNAME_SKIP ? g23_pattern_match(x->name, n, b, G23_PATTERN_MAX_VARS) < 0
                                    : strcmp(x->name, n) != 0)
        continue;
      m->table = tb->name;
      m->kind = x->kind == G23_XNAME_SKIP ? W_SKIP : x->kind == G23_XNAME_TIED ? W_TIED : W_PARAM;
      m->t = x->param ? g23_plan_find(p, x->param, -1) : NULL;
      return true;
    }
  }
  return false;
}

/* A tensor is the parameter of its own name, else what the first table
 * that names it says. */
static wmatch_t match(const g23_plan_t *p, const char *name) {
  wmatch_t m = {W_UNKNOWN, NULL, NULL};
  const g23_plan_tensor_t *t = g23_plan_find(p, name, -1);
  if (t && is_param(t)) {
    m.kind = W_PARAM;
    m.t = t;
    return m;
  }
  for (int i = 0; i < p->nnames; i++)
    if (table_lookup(&p->names[i], name, p, &m)) break;
  return m;
}

static void list_add(g23_buf_t *b, int *n, const char *name) {
  g23_buf_printf(b, "%s%s", (*n)++ ? ", " : "", name);
}

/* With rt NULL: only check, silently (no notes or warnings). */
static int load_st(const g23_plan_t *p, g23_runtime_t *rt, const char *path, bool strict, char *err,
                   size_t errn) {
  g23_st_file_t f;
  if (g23_st_read(path, &f, err, errn) != 0) return -1;
  int rc = 0;
  wmatch_t *ms = g23_xcalloc((size_t)f.n + 1, sizeof *ms);
  /* from: the file's tensor each parameter is loaded from (index + 1) */
  int *from = g23_xcalloc((size_t)p->ntensors + 1, sizeof *from);
  g23_buf_t unknown = {0}, skipped = {0}, missing = {0};
  int nunknown = 0, nskipped = 0, nmissing = 0;
  const char *skip_table = NULL; /* the table of the skipped tensors */
  /* Check everything before writing anything. */
  for (int i = 0; i < f.n && rc == 0; i++) {
    const g23_st_tensor_t *s = &f.t[i];
    wmatch_t m = ms[i] = match(p, s->name);
    if (m.kind == W_UNKNOWN) {
      list_add(&unknown, &nunknown, s->name);
      continue;
    }
    if (m.kind == W_SKIP) {
      list_add(&skipped, &nskipped, s->name);
      skip_table = m.table;
      continue;
    }
    const g23_plan_tensor_t *t = m.t;
    char a[128], b[128];
    if (!g23_st_f32_convertible(s->dtype) || t->dtype != G23_F32) {
      g23_seterr(err, errn, "%s: tensor '%s' is %s; gpt23 reads F32, F16 and BF16 into f32 parameters", path,
                 s->name, s->dtype);
      rc = -1;
    } else if (s->rank != t->rank || memcmp(s->shape, t->shape, (size_t)t->rank * sizeof t->shape[0])) {
      g23_seterr(err, errn, "%s: tensor '%s' has shape %s, the model's %s has %s", path, s->name,
                 g23_shape_str(s->rank, s->shape, a, sizeof a), t->name,
                 g23_shape_str(t->rank, t->shape, b, sizeof b));
      rc = -1;
    } else if (m.kind == W_PARAM) {
      int k = (int)(t - p->tensors);
      if (from[k]) {
        g23_seterr(err, errn, "%s: the parameter %s is in the file twice, as '%s' and as '%s'", path, t->name,
                   f.t[from[k] - 1].name, s->name);
        rc = -1;
      }
      from[k] = i + 1;
    }
  }
  /* A tied copy must equal its parameter; alone, it is the parameter. */
  g23_buf_t tied = {0};
  int ntied = 0;
  for (int i = 0; i < f.n && rc == 0; i++) {
    if (ms[i].kind != W_TIED) continue;
    int k = (int)(ms[i].t - p->tensors);
    if (!from[k]) {
      from[k] = i + 1;
      if (rt) note("%s: %s is read from '%s' (table %s ties them)", path, ms[i].t->name, f.t[i].name, ms[i].table);
      continue;
    }
    int64_t n = ms[i].t->nbytes / 4;
    float *x = g23_xmalloc((size_t)n * 4 + 4), *y = g23_xmalloc((size_t)n * 4 + 4);
    g23_st_to_f32(&f.t[i], x);
    g23_st_to_f32(&f.t[from[k] - 1], y);
    int64_t bad = -1;
    for (int64_t e = 0; e < n && bad < 0; e++)
      if (memcmp(&x[e], &y[e], 4) != 0 && !(x[e] != x[e] && y[e] != y[e])) bad = e;
    if (bad >= 0) {
      g23_seterr(err, errn, "%s: '%s' differs from '%s' (element %lld: %g and %g), but the model ties them: both "
                 "are its parameter %s", path, f.t[i].name, f.t[from[k] - 1].name, (long long)bad, x[bad], y[bad],
                 ms[i].t->name);
      rc = -1;
    } else {
      g23_buf_printf(&tied, "%s'%s' equals '%s'", ntied++ ? "; " : "", f.t[i].name, f.t[from[k] - 1].name);
    }
    free(x);
    free(y);
  }
  if (rc == 0 && ntied && rt) note("%s: tied copies checked and skipped: %s", path, tied.s);
  if (rc == 0 && nskipped && rt)
    note("%s: %d tensor%s that %s not parameters skipped (names table %s): %s", path, nskipped,
         nskipped == 1 ? "" : "s", nskipped == 1 ? "is" : "are", skip_table, skipped.s);
  if (rc == 0 && nunknown && rt)
    g23_cli_warning("%s: %d tensor%s name%s nothing of model '%s' and %s not loaded: %s", path, nunknown,
                    nunknown == 1 ? "" : "s", nunknown == 1 ? "s" : "", p->model_name ? p->model_name : "?",
                    nunknown == 1 ? "is" : "are", unknown.s);
  for (int k = 0; k < p->ntensors && rc == 0; k++)
    if (is_param(&p->tensors[k]) && !from[k]) list_add(&missing, &nmissing, p->tensors[k].name);
  if (rc == 0 && nmissing) {
    if (strict) {
      g23_seterr(err, errn, "%s: %d parameter%s of the model %s missing: %s", path, nmissing,
                 nmissing == 1 ? "" : "s", nmissing == 1 ? "is" : "are", missing.s);
      rc = -1;
    } else if (rt) {
      g23_cli_warning("%s: %d parameter%s not in the file keep their initial values: %s", path, nmissing,
                      nmissing == 1 ? "" : "s", missing.s);
    }
  }
  for (int k = 0; k < p->ntensors && rc == 0 && rt; k++) {
    if (!from[k]) continue;
    const g23_plan_tensor_t *t = &p->tensors[k];
    float *buf = g23_xmalloc((size_t)t->nbytes + 4);
    g23_st_to_f32(&f.t[from[k] - 1], buf);
    if (g23_runtime_write(rt, t->name, -1, buf, (size_t)t->nbytes) != 0) {
      g23_seterr(err, errn, "cannot write tensor '%s' to the device: %s", t->name, g23_runtime_error(rt));
      rc = -1;
    }
    free(buf);
  }
  g23_buf_free(&tied);
  g23_buf_free(&unknown);
  g23_buf_free(&skipped);
  g23_buf_free(&missing);
  free(ms);
  free(from);
  g23_st_free(&f);
  return rc;
}

int g23_init_from_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, bool strict,
                              char *err, size_t errn) {
  return load_st(p, rt, path, strict, err, errn);
}

int g23_export_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, const char *table,
                           char *err, size_t errn) {
  const g23_names_t *tb = NULL;
  if (table && !(tb = g23_plan_names(p, table))) {
    g23_seterr(err, errn, "model '%s' has no names table %s", p->model_name ? p->model_name : "?", table);
    return -1;
  }
  G23_VEC(g23_st_tensor_t) ts = {0};
  int rc = 0;
  for (int i = 0; i < p->ntensors && rc == 0; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (!is_param(t)) continue;
    if (t->dtype != G23_F32) {
      g23_seterr(err, errn, "parameter '%s' is %s; safetensors export supports f32 only", t->name,
             g23_dtype_name(t->dtype));
      rc = -1;
      break;
    }
    g23_st_tensor_t s = {0};
    s.name = t->name;
    for (int k = 0; tb && k < tb->n; k++) /* the compiler gave every parameter one name */
      if (tb->v[k].kind == G23_XNAME_PARAM && strcmp(tb->v[k].param, t->name) == 0) s.name = tb->v[k].name;
    strcpy(s.dtype, "F32");
    s.rank = t->rank;
    memcpy(s.shape, t->shape, sizeof s.shape);
    s.nbytes = t->nbytes;
    void *buf = g23_xmalloc(t->nbytes ? (size_t)t->nbytes : 1);
    s.data = buf;
    G23_VEC_PUSH(ts, s);
    if (g23_runtime_read(rt, t->name, -1, buf, (size_t)t->nbytes) != 0) {
      g23_seterr(err, errn, "cannot read tensor '%s' from the device: %s", t->name, g23_runtime_error(rt));
      rc = -1;
    }
  }
  if (rc == 0) rc = g23_st_write(path, ts.v, ts.n, err, errn);
  for (int i = 0; i < ts.n; i++) free((void *)ts.v[i].data);
  G23_VEC_FREE(ts);
  return rc;
}

/* ---- checkpoints: tensors to and from the runtime ------------------------------------ */

static bool saved_role(const g23_plan_tensor_t *t) {
  return t->graph == -1 && (t->role == G23_ROLE_PARAM || t->role == G23_ROLE_OPTSTATE);
}

int g23_ckpt_save(const char *path, const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m,
                  char *const *labels, int nlabels, char *err, size_t errn) {
  g23_ckpt_t c = {0};
  c.fingerprint = g23_plan_fingerprint(p);
  c.model_name = p->model_name;
  c.meta = *m;
  c.labels = (char **)labels;
  c.nlabels = nlabels;
  c.tensors = g23_xcalloc((size_t)p->ntensors + 1, sizeof *c.tensors);
  int rc = 0;
  for (int i = 0; i < p->ntensors && rc == 0; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (!saved_role(t)) continue;
    g23_ckpt_tensor_t *o = &c.tensors[c.ntensors++];
    o->name = t->name;
    o->role = t->role;
    o->dtype = t->dtype;
    o->rank = t->rank;
    memcpy(o->shape, t->shape, sizeof o->shape);
    o->nbytes = t->nbytes;
    o->data = g23_xmalloc(t->nbytes ? (size_t)t->nbytes : 1);
    if (g23_runtime_read(rt, t->name, -1, o->data, (size_t)t->nbytes) != 0) {
      g23_seterr(err, errn, "cannot read tensor '%s' from the device: %s", t->name, g23_runtime_error(rt));
      rc = -1;
    }
  }
  char *data = NULL;
  size_t len = 0;
  if (rc == 0) {
    g23_ckpt_serialize(&c, &data, &len);
    if (g23_write_file_atomic(path, data, len) != 0) {
      g23_seterr(err, errn, "%s: cannot write the checkpoint: %s", path, strerror(errno));
      rc = -1;
    }
  }
  free(data);
  for (int i = 0; i < c.ntensors; i++) free(c.tensors[i].data);
  free(c.tensors);
  return rc;
}

int g23_ckpt_read(const char *path, const g23_plan_t *p, g23_ckpt_t *c, char *err, size_t errn) {
  memset(c, 0, sizeof *c);
  size_t len = 0;
  char *data = g23_read_file(path, &len);
  if (!data) {
    g23_seterr(err, errn, "%s: cannot read the checkpoint: %s", path, strerror(errno));
    return -1;
  }
  int rc = g23_ckpt_parse(data, len, c, err, errn);
  free(data);
  if (rc != 0) return g23_err_prefix(err, errn, path);
  if (c->fingerprint != g23_plan_fingerprint(p)) {
    g23_seterr(err, errn,
           "%s: this checkpoint belongs to another model: its parameter names and shapes differ "
           "from those of plan '%s'\n"
           "  hint: use the plan compiled from the same model file and -D settings",
           path, p->model_name ? p->model_name : "?");
    g23_ckpt_free(c);
    return -1;
  }
  /* Every saved tensor of the plan must be there with its shape. */
  for (int i = 0; i < p->ntensors && rc == 0; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (!saved_role(t)) continue;
    const g23_ckpt_tensor_t *s = NULL;
    for (int k = 0; k < c->ntensors && !s; k++)
      if (strcmp(c->tensors[k].name, t->name) == 0) s = &c->tensors[k];
    if (!s) {
      g23_seterr(err, errn, "%s: the checkpoint has no tensor '%s'", path, t->name);
      rc = -1;
    } else if (s->nbytes != t->nbytes || s->dtype != (int32_t)t->dtype || s->rank != t->rank ||
               memcmp(s->shape, t->shape, (size_t)t->rank * sizeof t->shape[0]) != 0) {
      char a[128], b[128];
      g23_seterr(err, errn, "%s: tensor '%s' is %s in the checkpoint but %s in the plan", path, t->name,
             g23_shape_str(s->rank, s->shape, a, sizeof a), g23_shape_str(t->rank, t->shape, b, sizeof b));
      rc = -1;
    }
  }
  if (rc != 0) g23_ckpt_free(c);
  return rc;
}

int g23_ckpt_apply(const g23_ckpt_t *c, const g23_plan_t *p, g23_runtime_t *rt, bool params_only,
                   char *err, size_t errn) {
  for (int k = 0; k < c->ntensors; k++) {
    const g23_ckpt_tensor_t *s = &c->tensors[k];
    const g23_plan_tensor_t *t = g23_plan_find(p, s->name, -1);
    if (!t || !saved_role(t) || (params_only && t->role != G23_ROLE_PARAM)) continue;
    if (g23_runtime_write(rt, s->name, -1, s->data, (size_t)s->nbytes) != 0) {
      g23_seterr(err, errn, "cannot write tensor '%s' to the device: %s", s->name, g23_runtime_error(rt));
      return -1;
    }
  }
  return 0;
}

char *g23_ckpt_path(const char *dir) { return g23_xasprintf("%s/%s", dir, G23_CKPT_FILE); }

int64_t g23_ckpt_bytes(const g23_plan_t *p) {
  int64_t n = G23_CKPT_HEADER + 4096;
  for (int i = 0; i < p->ntensors; i++)
    if (saved_role(&p->tensors[i])) n += p->tensors[i].nbytes + (int64_t)strlen(p->tensors[i].name) + 80;
  return n;
}

int g23_cli_load_weights(const g23_cli_opts_t *o, const g23_plan_t *p, g23_runtime_t *rt,
                         g23_ckpt_t *ck) {
  char err[2048];
  memset(ck, 0, sizeof *ck);
  if (o->ckpt_dir) {
    int rc = g23_ckpt_read_dir(o->ckpt_dir, p, ck, err, sizeof err);
    if (rc == 0 && (rc = g23_ckpt_apply(ck, p, rt, true, err, sizeof err)) != 0) g23_ckpt_free(ck);
    if (rc != 0) {
      g23_cli_error("%s", err);
      return G23_EXIT_FAIL;
    }
  } else if (o->init_from) {
    if (g23_init_from_safetensors(p, rt, o->init_from, true, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      return G23_EXIT_FAIL;
    }
  }
  return 0;
}

int g23_cmd_export(const g23_cli_opts_t *o) {
  g23_plan_t plan;
  g23_runtime_t *rt = NULL;
  g23_ckpt_t ck;
  int rc = g23_cli_load_plan(o, &plan);
  if (rc) return rc;
  if (g23_outputs_check_export(o) != 0) {
    g23_plan_free(&plan);
    return G23_EXIT_FAIL;
  }
  rc = g23_cli_open_runtime(o, &plan, &rt);
  if (!rc) rc = g23_cli_load_weights(o, &plan, rt, &ck);
  if (!rc) {
    char err[1024];
    if (g23_export_safetensors(&plan, rt, o->export_path, o->export_names, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      rc = G23_EXIT_FAIL;
    }
    g23_ckpt_free(&ck);
  }
  if (rt) g23_runtime_close(rt);
  g23_plan_free(&plan);
  return rc;
}
