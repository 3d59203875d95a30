/* weights.c: opening a plan and a runtime, and moving weights between the
 * runtime and safetensors files (--init-from, --export). */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"


void g23_cli_vmessage(const char *kind, const char *fmt, va_list ap) {
  fprintf(stderr, "gpt23run: %s: ", kind);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
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
  return 0;
}

int g23_cli_open_runtime(const g23_cli_opts_t *o, const g23_plan_t *plan, g23_runtime_t **rt) {
  char err[2048];
  g23_runtime_opts_t ro = o->rt;
  ro.progress = "gpt23run"; /* the kernel compilation is reported */
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

int g23_init_from_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, bool strict,
                              char *err, size_t errn) {
  g23_st_file_t f;
  if (g23_st_read(path, &f, err, errn) != 0) return -1;
  int rc = 0;
  /* Check everything before writing anything. */
  for (int i = 0; i < f.n && rc == 0; i++) {
    const g23_st_tensor_t *s = &f.t[i];
    const g23_plan_tensor_t *t = g23_plan_find(p, s->name, -1);
    char a[128], b[128];
    if (!t || !is_param(t)) {
      g23_seterr(err, errn, "%s: tensor '%s' is not a parameter of model '%s'", path, s->name,
             p->model_name ? p->model_name : "?");
      rc = -1;
    } else if (strcmp(s->dtype, "F32") != 0 || t->dtype != G23_F32) {
      g23_seterr(err, errn, "%s: tensor '%s' is %s; only F32 is supported", path, s->name, s->dtype);
      rc = -1;
    } else if (s->rank != t->rank || memcmp(s->shape, t->shape, (size_t)t->rank * sizeof t->shape[0])) {
      g23_seterr(err, errn, "%s: tensor '%s' has shape %s, the model's has %s", path, s->name,
             g23_shape_str(s->rank, s->shape, a, sizeof a), g23_shape_str(t->rank, t->shape, b, sizeof b));
      rc = -1;
    }
  }
  g23_buf_t missing = {0};
  int nmissing = 0;
  for (int i = 0; i < p->ntensors && rc == 0; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (!is_param(t) || g23_st_find(&f, t->name)) continue;
    g23_buf_printf(&missing, "%s%s", nmissing++ ? ", " : "", t->name);
  }
  if (rc == 0 && nmissing) {
    if (strict) {
      g23_seterr(err, errn, "%s: %d parameter%s of the model %s missing: %s", path, nmissing,
             nmissing == 1 ? "" : "s", nmissing == 1 ? "is" : "are", missing.s);
      rc = -1;
    } else {
      g23_cli_warning("%s: %d parameter%s not in the file keep their initial values: %s", path,
                      nmissing, nmissing == 1 ? "" : "s", missing.s);
    }
  }
  g23_buf_free(&missing);
  for (int i = 0; i < f.n && rc == 0; i++)
    if (g23_runtime_write(rt, f.t[i].name, -1, f.t[i].data, (size_t)f.t[i].nbytes) != 0) {
      g23_seterr(err, errn, "cannot write tensor '%s' to the device: %s", f.t[i].name, g23_runtime_error(rt));
      rc = -1;
    }
  g23_st_free(&f);
  return rc;
}

int g23_export_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, char *err,
                           size_t errn) {
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
  char msg[512];
  int rc = g23_ckpt_parse(data, len, c, msg, sizeof msg);
  free(data);
  if (rc != 0) {
    g23_seterr(err, errn, "%s: %s", path, msg);
    return -1;
  }
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
    if (g23_export_safetensors(&plan, rt, o->export_path, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      rc = G23_EXIT_FAIL;
    }
    g23_ckpt_free(&ck);
  }
  if (rt) g23_runtime_close(rt);
  g23_plan_free(&plan);
  return rc;
}
