/* checkpoint.c: the training checkpoint, one versioned binary file.
 *
 * The file holds the PARAM and OPTSTATE tensors, the step, the sampler's
 * generator and every setting that shapes the rest of the run, so that a
 * resumed run takes the same batches, dropout seeds and learning rates as one
 * never stopped.  The header carries a fingerprint of the plan's parameter
 * names and shapes: a checkpoint of another model is refused before any
 * tensor is touched.  This file is the format alone; weights.c moves the
 * tensors between a checkpoint and a runtime.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/cli/checkpoint.h"
#include "util/le.h"


/* "META" "MODL" "LABL" "TENS" "TOKZ" */
enum { TAG_META = 0x4154454d, TAG_MODL = 0x4c444f4d, TAG_LABL = 0x4c42414c, TAG_TENS = 0x534e4554,
       TAG_TOKZ = 0x5a4b4f54 };

uint64_t g23_plan_fingerprint(const g23_plan_t *p) {
  uint64_t h = G23_FNV_SEED;
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->role != G23_ROLE_PARAM || t->graph != -1) continue;
    h = g23_fnv1a(t->name, strlen(t->name) + 1, h);
    int32_t dt = t->dtype, rank = t->rank;
    h = g23_fnv1a(&dt, sizeof dt, h);
    h = g23_fnv1a(&rank, sizeof rank, h);
    h = g23_fnv1a(t->shape, (size_t)t->rank * sizeof t->shape[0], h);
  }
  return h;
}

/* ---- strings (util/le.h reads and writes the rest) ---------------------------- */

static void put_str(g23_buf_t *b, const char *s) {
  g23_le_append32(b, (uint32_t)strlen(s));
  g23_buf_append(b, s, strlen(s));
}

/* A string: u32 length, then its bytes, no NUL among them. */
static char *get_str(g23_le_reader_t *r) {
  uint32_t n = g23_le_read32(r);
  const unsigned char *b = g23_le_take(r, n);
  if (!b || memchr(b, 0, n)) {
    r->failed = true;
    return NULL;
  }
  return g23_xstrndup((const char *)b, n);
}

/* ---- serialise --------------------------------------------------------------- */

static void put_meta(g23_buf_t *b, const g23_ckpt_meta_t *m) {
  g23_le_append64(b, (uint64_t)m->step);
  g23_le_append64(b, (uint64_t)m->total_steps);
  g23_le_append64(b, m->seed);
  for (int i = 0; i < 4; i++) g23_le_append64(b, m->rng.s[i]);
  g23_le_appendf64(b, m->lr);
  g23_le_appendf64(b, m->min_lr);
  g23_le_appendf64(b, m->weight_decay);
  g23_le_appendf64(b, m->grad_clip);
  g23_le_append64(b, (uint64_t)m->warmup);
  g23_le_appendf64(b, m->val_fraction);
  g23_le_append64(b, (uint64_t)m->epoch);
  g23_le_append64(b, (uint64_t)m->steps_per_epoch);
  g23_le_appendf64(b, m->epoch_loss_sum);
  g23_le_append64(b, (uint64_t)m->epoch_loss_count);
  g23_le_append64(b, (uint64_t)m->tokens_seen);
  g23_le_append32(b, m->data_crc);
  g23_le_append64(b, (uint64_t)m->data_len);
  g23_le_append64(b, (uint64_t)m->batch);
  g23_le_append64(b, (uint64_t)m->seq);
}

static void get_meta(g23_le_reader_t *r, g23_ckpt_meta_t *m) {
  m->step = (int64_t)g23_le_read64(r);
  m->total_steps = (int64_t)g23_le_read64(r);
  m->seed = g23_le_read64(r);
  for (int i = 0; i < 4; i++) m->rng.s[i] = g23_le_read64(r);
  m->lr = g23_le_readf64(r);
  m->min_lr = g23_le_readf64(r);
  m->weight_decay = g23_le_readf64(r);
  m->grad_clip = g23_le_readf64(r);
  m->warmup = (int64_t)g23_le_read64(r);
  m->val_fraction = g23_le_readf64(r);
  m->epoch = (int64_t)g23_le_read64(r);
  m->steps_per_epoch = (int64_t)g23_le_read64(r);
  m->epoch_loss_sum = g23_le_readf64(r);
  m->epoch_loss_count = (int64_t)g23_le_read64(r);
  m->tokens_seen = (int64_t)g23_le_read64(r);
  m->data_crc = g23_le_read32(r);
  m->data_len = (int64_t)g23_le_read64(r);
  m->batch = (int64_t)g23_le_read64(r);
  m->seq = (int64_t)g23_le_read64(r);
}

int g23_ckpt_meta_parse(const char *payload, size_t len, g23_ckpt_meta_t *m, char *err, size_t errn) {
  g23_le_reader_t r = {(const unsigned char *)payload, len, 0, false};
  uint32_t tag = g23_le_read32(&r);
  uint64_t slen = g23_le_read64(&r);
  if (r.failed || tag != TAG_META || slen > g23_le_left(&r)) {
    g23_seterr(err, errn, "corrupt checkpoint: no training state at the start");
    return -1;
  }
  g23_le_reader_t s = {r.p + r.pos, (size_t)slen, 0, false};
  memset(m, 0, sizeof *m);
  get_meta(&s, m);
  if (s.failed) {
    g23_seterr(err, errn, "corrupt checkpoint: the training state is short");
    return -1;
  }
  return 0;
}

int g23_ckpt_serialize(const g23_ckpt_t *c, char **data, size_t *len) {
  g23_buf_t pay = {0}, sec = {0};
  put_meta(&sec, &c->meta);
  g23_le_append_section(&pay, TAG_META, &sec);
  if (c->model_name) {
    sec.len = 0;
    put_str(&sec, c->model_name);
    g23_le_append_section(&pay, TAG_MODL, &sec);
  }
  sec.len = 0;
  g23_le_append32(&sec, (uint32_t)c->nlabels);
  for (int i = 0; i < c->nlabels; i++) put_str(&sec, c->labels[i]);
  g23_le_append_section(&pay, TAG_LABL, &sec);
  const g23_ckpt_tok_t *tk = c->tok ? c->tok : c->meta.tok;
  if (tk) {
    sec.len = 0;
    put_str(&sec, tk->kind);
    put_str(&sec, tk->digest);
    put_str(&sec, tk->dir ? tk->dir : "");
    g23_le_append64(&sec, (uint64_t)tk->vocab);
    g23_le_append32(&sec, (uint32_t)tk->nfiles);
    for (int i = 0; i < tk->nfiles; i++) {
      put_str(&sec, tk->name[i]);
      g23_le_append64(&sec, tk->len[i]);
      g23_buf_append(&sec, tk->data[i], tk->len[i]);
    }
    g23_le_append_section(&pay, TAG_TOKZ, &sec);
  }
  sec.len = 0;
  g23_le_append32(&sec, (uint32_t)c->ntensors);
  for (int i = 0; i < c->ntensors; i++) {
    const g23_ckpt_tensor_t *t = &c->tensors[i];
    put_str(&sec, t->name);
    g23_le_append32(&sec, (uint32_t)t->role);
    g23_le_append32(&sec, (uint32_t)t->dtype);
    g23_le_append32(&sec, (uint32_t)t->rank);
    for (int k = 0; k < t->rank; k++) g23_le_append64(&sec, (uint64_t)t->shape[k]);
    g23_le_append64(&sec, (uint64_t)t->nbytes);
    g23_buf_append(&sec, t->data, (size_t)t->nbytes);
  }
  g23_le_append_section(&pay, TAG_TENS, &sec);
  g23_buf_free(&sec);

  g23_buf_t f = {0};
  g23_buf_append(&f, G23_CKPT_MAGIC, 8);
  g23_le_append32(&f, G23_CKPT_VERSION);
  g23_le_append32(&f, 0);
  g23_le_append64(&f, pay.len);
  g23_le_append32(&f, g23_crc32(pay.s, pay.len, 0));
  g23_le_append64(&f, c->fingerprint);
  static const char zero[64];
  g23_buf_append(&f, zero, G23_CKPT_HEADER - f.len);
  g23_buf_append(&f, pay.s, pay.len);
  g23_buf_free(&pay);
  *data = f.s;
  *len = f.len;
  return 0;
}

/* ---- parse -------------------------------------------------------------------- */

void g23_ckpt_tok_free(g23_ckpt_tok_t *r) {
  if (!r) return;
  free(r->kind);
  free(r->digest);
  free(r->dir);
  for (int i = 0; i < r->nfiles; i++) {
    free(r->name[i]);
    free(r->data[i]);
  }
  memset(r, 0, sizeof *r);
}

static int parse_tok(g23_le_reader_t *r, g23_ckpt_tok_t *t) {
  t->kind = get_str(r);
  t->digest = get_str(r);
  t->dir = get_str(r);
  t->vocab = (int64_t)g23_le_read64(r);
  uint32_t n = g23_le_read32(r);
  if (r->failed || n > G23_CKPT_TOK_FILES || !t->kind || !t->digest || t->vocab < 1) return -1;
  for (uint32_t i = 0; i < n; i++) {
    t->name[i] = get_str(r);
    t->nfiles = (int)i + 1;
    uint64_t len = g23_le_read64(r);
    if (r->failed || len > g23_le_left(r) || !t->name[i] || strchr(t->name[i], '/') || !t->name[i][0] ||
        t->name[i][0] == '.')
      return -1;
    t->data[i] = g23_xmalloc(len ? (size_t)len : 1);
    memcpy(t->data[i], g23_le_take(r, (size_t)len), (size_t)len);
    t->len[i] = (size_t)len;
  }
  return 0;
}

void g23_ckpt_free(g23_ckpt_t *c) {
  g23_ckpt_tok_free(c->tok);
  free(c->tok);
  free(c->model_name);
  for (int i = 0; i < c->nlabels; i++) free(c->labels[i]);
  free(c->labels);
  for (int i = 0; i < c->ntensors; i++) {
    free(c->tensors[i].name);
    free(c->tensors[i].data);
  }
  free(c->tensors);
  memset(c, 0, sizeof *c);
}

static int parse_tensors(g23_le_reader_t *r, g23_ckpt_t *c, char *err, size_t errn) {
  uint32_t n = g23_le_read32(r);
  /* each entry takes at least 24 bytes: a bound before allocating */
  if (r->failed || n > g23_le_left(r) / 24 + 1) {
    g23_seterr(err, errn, "corrupt checkpoint: bad tensor count");
    return -1;
  }
  c->tensors = g23_xcalloc(n + 1, sizeof *c->tensors);
  for (uint32_t i = 0; i < n; i++) {
    g23_ckpt_tensor_t *t = &c->tensors[i];
    c->ntensors = (int)i + 1;
    t->name = get_str(r);
    t->role = (int32_t)g23_le_read32(r);
    t->dtype = (int32_t)g23_le_read32(r);
    t->rank = (int)g23_le_read32(r);
    if (r->failed || t->rank < 0 || t->rank > G23_MAX_RANK || t->dtype < 0 || t->dtype >= G23_DTYPE_COUNT ||
        t->role < 0 || t->role >= G23_ROLE_COUNT) {
      g23_seterr(err, errn, "corrupt checkpoint: bad entry for tensor %u", i);
      return -1;
    }
    int64_t numel = 1;
    for (int k = 0; k < t->rank; k++) {
      t->shape[k] = (int64_t)g23_le_read64(r);
      if (!g23_mul_ok(numel, t->shape[k], &numel)) r->failed = true;
    }
    t->nbytes = (int64_t)g23_le_read64(r);
    int64_t want;
    if (r->failed || !g23_mul_ok(numel, g23_dtype_size(t->dtype), &want) || want != t->nbytes ||
        (uint64_t)t->nbytes > g23_le_left(r)) {
      g23_seterr(err, errn, "corrupt checkpoint: tensor '%s' has an inconsistent size",
             t->name ? t->name : "?");
      return -1;
    }
    t->data = g23_xmalloc(t->nbytes ? (size_t)t->nbytes : 1);
    memcpy(t->data, g23_le_take(r, (size_t)t->nbytes), (size_t)t->nbytes);
  }
  return 0;
}

int g23_ckpt_parse(const char *data, size_t len, g23_ckpt_t *c, char *err, size_t errn) {
  memset(c, 0, sizeof *c);
  if (len < G23_CKPT_HEADER) {
    g23_seterr(err, errn, "not a gpt23 checkpoint: %zu bytes, shorter than the %d-byte header (truncated?)",
           len, G23_CKPT_HEADER);
    return -1;
  }
  if (memcmp(data, G23_CKPT_MAGIC, 8) != 0) {
    g23_seterr(err, errn, "not a gpt23 checkpoint (no \"%s\" magic)", G23_CKPT_MAGIC);
    return -1;
  }
  g23_le_reader_t h = {(const unsigned char *)data + 8, G23_CKPT_HEADER - 8, 0, false};
  uint32_t version = g23_le_read32(&h);
  (void)g23_le_read32(&h); /* flags */
  uint64_t plen = g23_le_read64(&h);
  uint32_t crc = g23_le_read32(&h);
  c->fingerprint = g23_le_read64(&h);
  if (version != G23_CKPT_VERSION) {
    g23_seterr(err, errn,
           "checkpoint format version %u, %s than this gpt23run, which reads version %u\n"
           "  hint: use the %s gpt23run that wrote it, or export the weights with it (--export) and load "
           "them with --init-from",
           version, version < G23_CKPT_VERSION ? "older" : "newer", G23_CKPT_VERSION,
           version < G23_CKPT_VERSION ? "older" : "newer");
    return -1;
  }
  if (plen != len - G23_CKPT_HEADER) {
    g23_seterr(err, errn, "checkpoint size mismatch: the header says %llu payload bytes, the file has %zu%s",
           (unsigned long long)plen, len - G23_CKPT_HEADER,
           plen > len - G23_CKPT_HEADER ? " (truncated file)" : "");
    return -1;
  }
  if (g23_crc32(data + G23_CKPT_HEADER, plen, 0) != crc) {
    g23_seterr(err, errn, "checkpoint checksum mismatch: the file is corrupt");
    return -1;
  }
  g23_le_reader_t r = {(const unsigned char *)data + G23_CKPT_HEADER, len - G23_CKPT_HEADER, 0, false};
  bool seen_meta = false, seen_tens = false, seen_labl = false, seen_modl = false, seen_tokz = false;
  while (g23_le_left(&r) > 0) {
    uint32_t tag = g23_le_read32(&r);
    uint64_t slen = g23_le_read64(&r);
    if (r.failed || slen > g23_le_left(&r)) {
      g23_seterr(err, errn, "corrupt checkpoint: bad section length");
      goto fail;
    }
    bool *seen = tag == TAG_META   ? &seen_meta
                 : tag == TAG_TENS ? &seen_tens
                 : tag == TAG_LABL ? &seen_labl
                 : tag == TAG_MODL ? &seen_modl
                 : tag == TAG_TOKZ ? &seen_tokz
                                   : NULL;
    if (seen && *seen) {
      g23_seterr(err, errn, "corrupt checkpoint: a section appears twice");
      goto fail;
    }
    if (seen) *seen = true;
    g23_le_reader_t s = {g23_le_take(&r, (size_t)slen), (size_t)slen, 0, false};
    if (tag == TAG_META) {
      get_meta(&s, &c->meta);
    } else if (tag == TAG_MODL) {
      c->model_name = get_str(&s);
    } else if (tag == TAG_LABL) {
      uint32_t n = g23_le_read32(&s);
      if (s.failed || n > g23_le_left(&s) / 4) {
        g23_seterr(err, errn, "corrupt checkpoint: bad label count");
        goto fail;
      }
      c->labels = g23_xcalloc(n + 1, sizeof *c->labels);
      for (uint32_t i = 0; i < n && !s.failed; i++) {
        c->labels[i] = get_str(&s);
        c->nlabels = (int)i + 1;
      }
    } else if (tag == TAG_TENS) {
      if (parse_tensors(&s, c, err, errn) != 0) goto fail;
    } else if (tag == TAG_TOKZ) {
      c->tok = g23_xcalloc(1, sizeof *c->tok);
      if (parse_tok(&s, c->tok) != 0) {
        g23_seterr(err, errn, "corrupt checkpoint: bad tokenizer section");
        goto fail;
      }
    } /* unknown sections are skipped: room for additions */
    if (s.failed) {
      g23_seterr(err, errn, "corrupt checkpoint: a section is shorter than its contents");
      goto fail;
    }
  }
  if (!seen_meta || !seen_tens) {
    g23_seterr(err, errn, "corrupt checkpoint: the %s section is missing", seen_meta ? "TENS" : "META");
    goto fail;
  }
  return 0;
fail:
  g23_ckpt_free(c);
  return -1;
}

/* ---- describe ------------------------------------------------------------------ */

static void human(FILE *f, int64_t n) {
  if (n >= 1 << 20) fprintf(f, "%.2f MiB", n / 1048576.0);
  else if (n >= 1 << 10) fprintf(f, "%.1f KiB", n / 1024.0);
  else fprintf(f, "%lld B", (long long)n);
}

void g23_ckpt_describe(FILE *f, const g23_ckpt_t *c) {
  const g23_ckpt_meta_t *m = &c->meta;
  fprintf(f, "checkpoint (format version %u) of model %s\n", G23_CKPT_VERSION,
          c->model_name ? c->model_name : "? (not recorded: an older file)");
  fprintf(f, "  parameter fingerprint %016llx (gpt23c --dump PLAN shows a plan's)\n", (unsigned long long)c->fingerprint);
  fprintf(f, "step %lld of %lld", (long long)m->step, (long long)m->total_steps);
  if (m->steps_per_epoch > 0)
    fprintf(f, ", %lld epoch%s completed (%lld steps each)", (long long)m->epoch, m->epoch == 1 ? "" : "s",
            (long long)m->steps_per_epoch);
  fprintf(f, ", %lld tokens seen\n", (long long)m->tokens_seen);
  fprintf(f, "settings:\n");
  fprintf(f, "  lr %g, min lr %g, warmup %lld steps\n", m->lr, m->min_lr, (long long)m->warmup);
  fprintf(f, "  weight decay %g, grad clip %g\n", m->weight_decay, m->grad_clip);
  fprintf(f, "  seed %llu, batch %lld, seq %lld, val fraction %g\n", (unsigned long long)m->seed, (long long)m->batch,
          (long long)m->seq, m->val_fraction);
  fprintf(f, "  data: %lld tokens, CRC-32 %08x\n", (long long)m->data_len, m->data_crc);
  if (!c->tok)
    fprintf(f, "tokenizer: byte-level (not recorded: an older file)\n");
  else if (!strcmp(c->tok->kind, "bytes"))
    fprintf(f, "tokenizer: byte-level\n");
  else
    fprintf(f, "tokenizer: %s, %lld ids, digest %s, from %s (%d files kept in the checkpoint)\n", c->tok->kind,
            (long long)c->tok->vocab, c->tok->digest, c->tok->dir, c->tok->nfiles);
  if (m->epoch_loss_count > 0)
    fprintf(f, "running loss %.4f (the mean of the %lld steps of epoch %lld so far)\n",
            m->epoch_loss_sum / (double)m->epoch_loss_count, (long long)m->epoch_loss_count, (long long)m->epoch + 1);
  else
    fprintf(f, "running loss: none (the checkpoint is at the end of epoch %lld)\n", (long long)m->epoch);
  if (c->nlabels) {
    fprintf(f, "labels: %d\n", c->nlabels);
    for (int i = 0; i < c->nlabels; i++) fprintf(f, "  %d %s\n", i, c->labels[i] ? c->labels[i] : "?");
  }
  int64_t total = 0, nparam = 0;
  for (int i = 0; i < c->ntensors; i++) {
    total += c->tensors[i].nbytes;
    if (c->tensors[i].role == G23_ROLE_PARAM) nparam += c->tensors[i].nbytes / g23_dtype_size(c->tensors[i].dtype);
  }
  fprintf(f, "tensors: %d (%lld parameters), ", c->ntensors, (long long)nparam);
  human(f, total);
  fprintf(f, "\n");
  for (int i = 0; i < c->ntensors; i++) {
    const g23_ckpt_tensor_t *t = &c->tensors[i];
    char shape[128];
    g23_shape_str(t->rank, t->shape, shape, sizeof shape);
    fprintf(f, "  %-44s %-8s %-4s %-18s %10lld B\n", t->name ? t->name : "?", g23_role_name((g23_role_t)t->role),
            g23_dtype_name((g23_dtype_t)t->dtype), shape, (long long)t->nbytes);
  }
}
