/* data.c: training data, the train/validation split and the batch sampler.
 *
 * Byte-level text: every byte of the UTF-8 text is one token (0..255), so a
 * model needs vocab >= 256.  A model with one input reads a text stream (or,
 * a classifier, label<TAB>text lines); one with several reads examples, a
 * TAB-separated column per input (cli.h, g23_ex_load).  Batches are windows at random starts drawn from
 * the caller's generator; the generator's state is the whole sampler state,
 * which a checkpoint saves.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"


/* ---- text ------------------------------------------------------------------ */

int g23_text_load(g23_text_data_t *d, const char *const *paths, int npaths, double val_fraction,
                  int64_t seq, char *err, size_t errn) {
  memset(d, 0, sizeof *d);
  if (npaths <= 0) {
    g23_seterr(err, errn, "no training data: give --data FILE");
    return -1;
  }
  g23_buf_t all = {0};
  for (int i = 0; i < npaths; i++) {
    size_t len = 0;
    char *text = g23_read_file(paths[i], &len);
    if (!text) {
      g23_seterr(err, errn, "%s: cannot read data file: %s", paths[i], strerror(errno));
      g23_buf_free(&all);
      return -1;
    }
    if (len == 0) {
      g23_seterr(err, errn, "%s: the data file is empty", paths[i]);
      free(text);
      g23_buf_free(&all);
      return -1;
    }
    if (memchr(text, 0, len))
      fprintf(stderr, "gpt23run: warning: %s: contains NUL bytes; is it really text?\n", paths[i]);
    g23_buf_append(&all, text, len);
    free(text);
  }
  int64_t need = seq + 1;
  if ((int64_t)all.len < need) {
    g23_seterr(err, errn, "the training data has %zu bytes, fewer than one window of seq + 1 = %lld tokens",
           all.len, (long long)need);
    g23_buf_free(&all);
    return -1;
  }
  d->bytes = (uint8_t *)all.s;
  d->n = (int64_t)all.len;
  d->crc = g23_crc32(d->bytes, (size_t)d->n, 0);
  int64_t nval = (int64_t)((double)d->n * val_fraction);
  if (nval > 0 && nval < need) {
    fprintf(stderr,
            "gpt23run: warning: the validation split (%lld bytes) is shorter than one window of %lld "
            "tokens; training without validation\n",
            (long long)nval, (long long)need);
    nval = 0;
  }
  if (d->n - nval < need) {
    fprintf(stderr, "gpt23run: warning: the data is too short to hold out a validation split; "
                    "training without validation\n");
    nval = 0;
  }
  d->ntrain = d->n - nval;
  return 0;
}

void g23_text_free(g23_text_data_t *d) {
  free(d->bytes);
  memset(d, 0, sizeof *d);
}

bool g23_text_has_val(const g23_text_data_t *d) { return d->ntrain < d->n; }

void g23_text_batch(const g23_text_data_t *d, bool val, g23_rng_t *rng, int64_t batch, int64_t seq,
                    int32_t *inputs, int32_t *targets) {
  int64_t lo = val ? d->ntrain : 0, hi = val ? d->n : d->ntrain;
  int64_t starts = hi - lo - seq; /* windows of seq + 1 bytes */
  G23_ASSERT(starts >= 1);
  for (int64_t b = 0; b < batch; b++) {
    int64_t s = lo + (int64_t)g23_rng_below(rng, (uint64_t)starts);
    for (int64_t t = 0; t < seq; t++) {
      inputs[b * seq + t] = d->bytes[s + t];
      targets[b * seq + t] = d->bytes[s + t + 1];
    }
  }
}

/* ---- classification ------------------------------------------------------- */

void g23_cls_encode(const char *text, size_t len, int64_t seq, int32_t *out) {
  for (int64_t t = 0; t < seq; t++)
    out[t] = (size_t)t < len ? (unsigned char)text[t] : G23_PAD_TOKEN;
}

static bool parse_int_label(const char *s, size_t n, int64_t *v) {
  if (n == 0 || n > 18) return false;
  int64_t x = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return false;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return true;
}

/* Reads a file of examples, one per line: the text (its length in *len),
 * a diagnostics engine holding it as *src so that errors show the line, and
 * its CRC.  NULL with err when it cannot be read or is empty. */
static char *open_examples(const char *path, size_t *len, g23_diag_t *diag, g23_srcfile_t **src, uint32_t *crc,
                           char *err, size_t errn) {
  *len = 0;
  char *text = g23_read_file(path, len);
  if (!text) {
    g23_seterr(err, errn, "%s: cannot read data file: %s", path, strerror(errno));
    return NULL;
  }
  if (*len == 0) {
    free(text);
    g23_seterr(err, errn, "%s: the data file is empty", path);
    return NULL;
  }
  g23_diag_init(diag, stderr);
  char *copy = g23_xmalloc(*len + 1);
  memcpy(copy, text, *len);
  copy[*len] = 0;
  *src = g23_diag_add_file(diag, path, copy, *len);
  *crc = g23_crc32(text, *len, 0);
  return text;
}

/* The order of n examples, shuffled (Fisher-Yates) by seed and a salt of
 * the kind of data, before the train/validation split. */
static int64_t *shuffled(int64_t n, uint64_t seed, uint64_t salt) {
  int64_t *order = g23_xmalloc((size_t)(n ? n : 1) * sizeof *order);
  for (int64_t i = 0; i < n; i++) order[i] = i;
  g23_rng_t r;
  g23_rng_seed(&r, g23_mix64(seed, salt));
  for (int64_t i = n - 1; i > 0; i--) {
    int64_t j = (int64_t)g23_rng_below(&r, (uint64_t)i + 1);
    int64_t t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/* Examples left for training when val_fraction of n are held out (at
 * least one). */
static int64_t train_count(int64_t n, double val_fraction) {
  int64_t nval = (int64_t)((double)n * val_fraction);
  if (nval >= n) nval = n - 1;
  return n - nval;
}

typedef struct {
  const char *label;
  size_t llen;
  const char *text;
  size_t tlen;
  int line;
} cls_line_t;

int g23_cls_load(g23_cls_data_t *d, const char *path, int64_t seq, int64_t nclasses,
                 char *const *names, int nnames, double val_fraction, uint64_t seed, char *err,
                 size_t errn) {
  memset(d, 0, sizeof *d);
  size_t len;
  g23_diag_t diag;
  g23_srcfile_t *src;
  char *text = open_examples(path, &len, &diag, &src, &d->crc, err, errn);
  if (!text) return -1;

  G23_VEC(cls_line_t) lines = {0};
  const char *p = text, *end = text + len;
  int lineno = 0;
  while (p < end) {
    lineno++;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    const char *e = eol;
    if (e > p && e[-1] == '\r') e--;
    if (e > p) { /* blank lines are skipped */
      const char *tab = memchr(p, '\t', (size_t)(e - p));
      if (!tab) {
        g23_error(&diag, (g23_loc_t){src, lineno, 1, (int)(e - p > 0 ? e - p : 1)},
                  "expected 'label<TAB>text', found no TAB on this line");
      } else if (tab == p) {
        g23_error(&diag, (g23_loc_t){src, lineno, 1, 1}, "empty label before the TAB");
      } else {
        cls_line_t l = {p, (size_t)(tab - p), tab + 1, (size_t)(e - tab - 1), lineno};
        G23_VEC_PUSH(lines, l);
      }
    }
    p = eol + 1;
  }
  if (!diag.errors && lines.n == 0)
    g23_error(&diag, g23_noloc, "%s: no examples (expected lines 'label<TAB>text')", path);

  /* Integer labels when every label is an integer and no names are known. */
  bool named = nnames > 0;
  for (int i = 0; i < lines.n && !named; i++) {
    int64_t v;
    if (!parse_int_label(lines.v[i].label, lines.v[i].llen, &v)) named = true;
  }
  G23_VEC(char *) nm = {0};
  for (int i = 0; i < nnames; i++) G23_VEC_PUSH(nm, g23_xstrdup(names[i]));
  int32_t *labels = g23_xcalloc((size_t)lines.n + 1, sizeof *labels);
  for (int i = 0; i < lines.n && !diag.errors; i++) {
    cls_line_t *l = &lines.v[i];
    g23_loc_t loc = {src, l->line, 1, (int)l->llen};
    if (!named) {
      int64_t v = 0;
      parse_int_label(l->label, l->llen, &v);
      if (v >= nclasses) {
        g23_error(&diag, loc, "label %lld is out of range: the model has %lld classes (0..%lld)",
                  (long long)v, (long long)nclasses, (long long)nclasses - 1);
        break;
      }
      labels[i] = (int32_t)v;
      continue;
    }
    int k = 0;
    while (k < nm.n && !(strlen(nm.v[k]) == l->llen && memcmp(nm.v[k], l->label, l->llen) == 0)) k++;
    if (k == nm.n) {
      if (nm.n >= nclasses) {
        g23_error(&diag, loc, "label '%.*s' is class number %d, but the model has only %lld classes",
                  (int)l->llen, l->label, nm.n + 1, (long long)nclasses);
        break;
      }
      G23_VEC_PUSH(nm, g23_xstrndup(l->label, l->llen));
    }
    labels[i] = k;
  }
  if (diag.errors) {
    g23_seterr(err, errn, "%s: invalid classification data (%d error%s above)", path, diag.errors,
           diag.errors == 1 ? "" : "s");
    for (int i = 0; i < nm.n; i++) free(nm.v[i]);
    G23_VEC_FREE(nm);
    free(labels);
    G23_VEC_FREE(lines);
    g23_diag_free(&diag);
    free(text);
    return -1;
  }

  int64_t n = lines.n;
  int64_t *order = shuffled(n, seed, 0x636c73);
  d->n = n;
  d->seq = seq;
  d->tokens = g23_xmalloc((size_t)n * (size_t)seq * sizeof *d->tokens);
  d->labels = g23_xmalloc((size_t)n * sizeof *d->labels);
  for (int64_t i = 0; i < n; i++) {
    cls_line_t *l = &lines.v[order[i]];
    g23_cls_encode(l->text, l->tlen, seq, d->tokens + i * seq);
    d->labels[i] = labels[order[i]];
  }
  d->ntrain = train_count(n, val_fraction);
  d->named = named;
  d->names = nm.v;
  d->nnames = nm.n;
  free(order);
  free(labels);
  G23_VEC_FREE(lines);
  g23_diag_free(&diag);
  free(text);
  return 0;
}

void g23_cls_free(g23_cls_data_t *d) {
  for (int i = 0; i < d->nnames; i++) free(d->names[i]);
  free(d->names);
  free(d->tokens);
  free(d->labels);
  memset(d, 0, sizeof *d);
}

void g23_cls_batch(const g23_cls_data_t *d, bool val, g23_rng_t *rng, int64_t batch,
                   int32_t *inputs, int32_t *labels) {
  int64_t lo = val ? d->ntrain : 0, hi = val ? d->n : d->ntrain;
  G23_ASSERT(hi > lo);
  for (int64_t b = 0; b < batch; b++) {
    int64_t i = lo + (int64_t)g23_rng_below(rng, (uint64_t)(hi - lo));
    memcpy(inputs + b * d->seq, d->tokens + i * d->seq, (size_t)d->seq * sizeof *inputs);
    labels[b] = d->labels[i];
  }
}

/* ---- examples for several inputs ------------------------------------------ */

void g23_ex_encode_stream(const char *text, size_t len, int64_t seq, int32_t *in, int32_t *tgt) {
  G23_ASSERT((int64_t)len + 1 <= seq);
  /* framed: MARK text MARK; in = all but the last, tgt = all but the first */
  for (int64_t t = 0; t < seq; t++) {
    int64_t n = (int64_t)len;
    in[t] = t == 0 ? G23_EX_MARK : t <= n ? (unsigned char)text[t - 1] : G23_PAD_TOKEN;
    if (tgt) tgt[t] = t < n ? (unsigned char)text[t] : t == n ? G23_EX_MARK : G23_TARGET_PAD;
  }
}

/* A target column: integers separated by spaces, at most f->tlen[k] of
 * them, each in [0, f->tlimit[k]) or -1, into out (the rest
 * G23_TARGET_PAD).  Errors at the integer, or the column. */
static bool parse_target(g23_diag_t *diag, g23_srcfile_t *src, int lineno, const char *line, const char *c, size_t n,
                         int colno, const g23_inputs_t *f, int k, int32_t *out) {
  const char *name = f->tgt[k]->name, *e = c + n;
  int64_t count = 0, want = f->tlen[k], lim = f->tlimit[k];
  bool scalar = f->tgt[k]->rank == 1;
  for (int64_t i = 0; i < want; i++) out[i] = G23_TARGET_PAD;
  for (const char *q = c;;) {
    while (q < e && *q == ' ') q++;
    if (q == e) break;
    const char *w = q;
    while (q < e && *q != ' ') q++;
    g23_loc_t loc = {src, lineno, (int)(w - line) + 1, (int)(q - w)};
    int64_t v;
    bool neg = *w == '-';
    if (!parse_int_label(w + neg, (size_t)(q - w - neg), &v)) {
      g23_error(diag, loc, "column %d (target '%s'): '%.*s' is not an integer", colno, name, (int)(q - w), w);
      return false;
    }
    if (neg) v = -v;
    if (v != G23_TARGET_PAD && (v < 0 || v >= lim)) {
      g23_error(diag, loc, "column %d (target '%s'): %lld is out of range: the values are 0 to %lld, or -1 (not "
                "counted)", colno, name, (long long)v, (long long)lim - 1);
      return false;
    }
    if (count == want) {
      g23_error(diag, loc, "column %d (target '%s'): more than the %lld integer%s of target '%s'", colno, name,
                (long long)want, want == 1 ? "" : "s", name);
      return false;
    }
    out[count++] = (int32_t)v;
  }
  if (scalar && count == 0) {
    g23_error(diag, (g23_loc_t){src, lineno, (int)(c - line) + 1, 1},
              "column %d (target '%s'): empty; expected one integer", colno, name);
    return false;
  }
  return true;
}

int g23_ex_load(g23_ex_data_t *d, const char *path, const g23_inputs_t *f, double val_fraction, uint64_t seed,
                char *err, size_t errn) {
  memset(d, 0, sizeof *d);
  size_t len;
  g23_diag_t diag;
  g23_srcfile_t *src;
  char *text = open_examples(path, &len, &diag, &src, &d->crc, err, errn);
  if (!text) return -1;
  /* the columns: the inputs, then the targets that are not derived */
  enum { NCOL = G23_MAX_INPUTS + G23_MAX_TARGETS };
  int tcol[G23_MAX_TARGETS], ncols = f->n;
  char names[1024];
  g23_inputs_names(f, names, sizeof names);
  for (int k = 0; k < f->ntargets; k++) {
    tcol[k] = k == f->next ? -1 : ncols++;
    if (k != f->next && strlen(names) + strlen(f->tgt[k]->name) + 3 < sizeof names)
      strcat(strcat(names, ", "), f->tgt[k]->name);
  }

  /* row layout: each input's tokens, then each target's values */
  int64_t off[G23_MAX_INPUTS], toff[G23_MAX_TARGETS];
  d->width = 0;
  for (int k = 0; k < f->n; k++) off[k] = d->width, d->width += f->len[k];
  for (int k = 0; k < f->ntargets; k++) toff[k] = d->width, d->width += f->tlen[k];
  g23_buf_t rows = {0};
  int32_t *row = g23_xmalloc((size_t)d->width * sizeof *row);
  const char *p = text, *end = text + len;
  int lineno = 0;
  int64_t n = 0;
  while (p < end) {
    lineno++;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol) eol = end;
    const char *e = eol;
    if (e > p && e[-1] == '\r') e--;
    const char *line = p;
    p = eol + 1;
    if (e == line) continue; /* blank lines are skipped */
    const char *col[NCOL + 1];
    size_t clen[NCOL + 1];
    int ncol = 0;
    for (const char *c = line;;) {
      const char *tab = memchr(c, '\t', (size_t)(e - c));
      const char *ce = tab ? tab : e;
      if (ncol <= ncols) col[ncol] = c, clen[ncol] = (size_t)(ce - c);
      ncol++;
      if (!tab) break;
      c = tab + 1;
    }
    if (ncol != ncols) {
      int at = ncol > ncols ? (int)(col[ncols] - line) + 1 : 1;
      g23_error(&diag, (g23_loc_t){src, lineno, at, ncol > ncols ? (int)(e - col[ncols]) : (int)(e - line)},
                "expected %d columns (%s) separated by TABs, found %d", ncols, names, ncol);
      continue;
    }
    bool ok = true;
    for (int k = 0; k < f->n && ok; k++) {
      g23_loc_t loc = {src, lineno, (int)(col[k] - line) + 1, clen[k] ? (int)clen[k] : 1};
      if (k == f->stream && f->framed && (int64_t)clen[k] + 1 > f->seq) {
        g23_error(&diag, loc, "column %d (%s) has %zu bytes; the stream holds %lld (seq %lld with the framing newline)",
                  k + 1, f->in[k]->name, clen[k], (long long)f->seq - 1, (long long)f->seq);
        ok = false;
      } else if ((k != f->stream || !f->framed) && (int64_t)clen[k] > f->len[k]) {
        g23_error(&diag, loc, "column %d (%s) has %zu bytes, more than the %lld of input '%s'", k + 1,
                  f->in[k]->name, clen[k], (long long)f->len[k], f->in[k]->name);
        ok = false;
      }
    }
    for (int k = 0; k < f->ntargets && ok; k++)
      if (tcol[k] >= 0)
        ok = parse_target(&diag, src, lineno, line, col[tcol[k]], clen[tcol[k]], tcol[k] + 1, f, k, row + toff[k]);
    if (!ok) continue;
    for (int k = 0; k < f->n; k++) {
      if (k == f->stream && f->framed)
        g23_ex_encode_stream(col[k], clen[k], f->seq, row + off[k], row + toff[f->next]);
      else
        g23_cls_encode(col[k], clen[k], f->len[k], row + off[k]);
    }
    g23_buf_append(&rows, row, (size_t)d->width * sizeof *row);
    n++;
  }
  free(row);
  if (!diag.errors && n == 0)
    g23_error(&diag, g23_noloc, "%s: no examples (expected lines of %d TAB-separated columns: %s)", path, ncols,
              names);
  if (diag.errors) {
    g23_seterr(err, errn, "%s: invalid examples (%d error%s above)", path, diag.errors, diag.errors == 1 ? "" : "s");
    g23_buf_free(&rows);
    g23_diag_free(&diag);
    free(text);
    return -1;
  }
  d->rows = g23_xmalloc((size_t)n * (size_t)d->width * sizeof *d->rows);
  int64_t *order = shuffled(n, seed, 0x657873);
  for (int64_t i = 0; i < n; i++)
    memcpy(d->rows + i * d->width, (const int32_t *)(const void *)rows.s + order[i] * d->width,
           (size_t)d->width * sizeof *d->rows);
  d->n = n;
  d->ntrain = train_count(n, val_fraction);
  free(order);
  g23_buf_free(&rows);
  g23_diag_free(&diag);
  free(text);
  return 0;
}

void g23_ex_free(g23_ex_data_t *d) {
  free(d->rows);
  memset(d, 0, sizeof *d);
}

void g23_ex_batch(const g23_ex_data_t *d, const g23_inputs_t *f, bool val, g23_rng_t *rng, int32_t *const *inputs,
                  int32_t *const *targets) {
  int64_t lo = val ? d->ntrain : 0, hi = val ? d->n : d->ntrain;
  G23_ASSERT(hi > lo);
  for (int64_t b = 0; b < f->batch; b++) {
    const int32_t *row = d->rows + (lo + (int64_t)g23_rng_below(rng, (uint64_t)(hi - lo))) * d->width;
    for (int k = 0; k < f->n; k++) {
      memcpy(inputs[k] + b * f->len[k], row, (size_t)f->len[k] * sizeof *row);
      row += f->len[k];
    }
    for (int k = 0; k < f->ntargets; k++) {
      memcpy(targets[k] + b * f->tlen[k], row, (size_t)f->tlen[k] * sizeof *row);
      row += f->tlen[k];
    }
  }
}
