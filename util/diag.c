/* diag.c: located diagnostics with the source line and a caret underline. */
#include "diag.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

const g23_loc_t g23_noloc = {NULL, 0, 0, 0};

void g23_diag_init(g23_diag_t *d, FILE *out) {
  memset(d, 0, sizeof *d);
  d->out = out ? out : stderr;
  d->max_errors = 20;
}

void g23_diag_free(g23_diag_t *d) {
  for (int i = 0; i < d->nfiles; i++) {
    free(d->files[i]->name);
    free(d->files[i]->text);
    free(d->files[i]);
  }
  free(d->files);
  d->files = NULL;
  d->nfiles = 0;
  for (int i = 0; i < d->nframes; i++) free(d->frames[i].layer);
  free(d->frames);
  d->frames = NULL;
  d->nframes = d->capframes = 0;
}

int g23_diag_frame(g23_diag_t *d, int parent, const char *layer, g23_loc_t call) {
  G23_ASSERT(parent >= 0 && parent <= d->nframes);
  if (d->nframes == d->capframes) {
    d->capframes = d->capframes ? 2 * d->capframes : 64;
    d->frames = g23_xrealloc(d->frames, (size_t)d->capframes * sizeof *d->frames);
  }
  d->frames[d->nframes++] = (g23_callframe_t){g23_xstrdup(layer), call, parent};
  return d->nframes;
}

void g23_diag_frame_notes(g23_diag_t *d, int frame) {
  int n = 0;
  for (int f = frame; f > 0 && f <= d->nframes; f = d->frames[f - 1].parent) n++;
  if (n == 0) return;
  /* chain[0] the innermost call */
  const g23_callframe_t **chain = g23_xmalloc((size_t)n * sizeof *chain);
  n = 0;
  for (int f = frame; f > 0 && f <= d->nframes; f = d->frames[f - 1].parent) chain[n++] = &d->frames[f - 1];
  for (int i = 0; i < n; i++) {
    if (n > 5 && i == 2) {
      g23_note(d, chain[i]->loc, "... %d more nested layer calls", n - 5);
      i = n - 4;
      continue;
    }
    g23_note(d, chain[i]->loc, "in layer %s called from here", chain[i]->layer);
  }
  free(chain);
}

g23_srcfile_t *g23_diag_add_file(g23_diag_t *d, const char *name, char *text, size_t len) {
  g23_srcfile_t *f = g23_xmalloc(sizeof *f);
  f->name = g23_xstrdup(name);
  f->text = text;
  f->len = len;
  d->files = g23_xrealloc(d->files, (size_t)(d->nfiles + 1) * sizeof *d->files);
  d->files[d->nfiles++] = f;
  return f;
}

/* Print line `line` of f, with tabs kept so the caret lines up, then the
 * underline.  Non-printable bytes are shown as '?' so garbage input cannot
 * corrupt the terminal; the CR of a CRLF line end is not part of the line. */
static void show_line(FILE *out, const g23_srcfile_t *f, int line, int col, int len) {
  const char *p = f->text, *end = f->text + f->len;
  for (int l = 1; l < line && p < end; p++)
    if (*p == '\n') l++;
  if (p > end) return;
  const char *eol = p;
  while (eol < end && *eol != '\n') eol++;
  if (eol > p && eol[-1] == '\r') eol--; /* a CRLF line ends before its CR */
  if (eol - p > 400) eol = p + 400; /* keep a pathological line readable */
  fputs("  ", out);
  for (const char *q = p; q < eol; q++) {
    unsigned char c = (unsigned char)*q;
    fputc(c == '\t' || c >= 0x80 || (c >= 0x20 && c != 0x7f) ? c : '?', out);
  }
  fputs("\n  ", out);
  int width = (int)(eol - p);
  for (int i = 1; i < col && i <= width; i++) fputc(p[i - 1] == '\t' ? '\t' : ' ', out);
  if (len < 1) len = 1;
  if (col - 1 + len > width && width >= col) len = width - col + 1;
  for (int i = 0; i < len; i++) fputc('^', out);
  fputc('\n', out);
}

static void report(g23_diag_t *d, const char *kind, g23_loc_t loc, const char *fmt, va_list ap) {
  FILE *out = d->out ? d->out : stderr;
  if (loc.file)
    fprintf(out, "%s:%d:%d: %s: ", loc.file->name, loc.line, loc.col, kind);
  else
    fprintf(out, "%s: %s: ", g23_progname, kind);
  vfprintf(out, fmt, ap);
  fputc('\n', out);
  if (loc.file && loc.line > 0) show_line(out, loc.file, loc.line, loc.col, loc.len);
}

void g23_verror(g23_diag_t *d, g23_loc_t loc, const char *fmt, va_list ap) {
  d->errors++;
  if (d->max_errors <= 0) d->max_errors = 20;
  if (d->errors > d->max_errors) {
    if (d->errors == d->max_errors + 1)
      fprintf(d->out ? d->out : stderr, "%s: too many errors, stopping the report here\n", g23_progname);
    return;
  }
  report(d, "error", loc, fmt, ap);
}

void g23_error(g23_diag_t *d, g23_loc_t loc, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_verror(d, loc, fmt, ap);
  va_end(ap);
}

void g23_warning(g23_diag_t *d, g23_loc_t loc, const char *fmt, ...) {
  va_list ap;
  d->warnings++;
  va_start(ap, fmt);
  report(d, "warning", loc, fmt, ap);
  va_end(ap);
}

void g23_note(g23_diag_t *d, g23_loc_t loc, const char *fmt, ...) {
  if (d->errors > d->max_errors && d->max_errors > 0) return;
  va_list ap;
  va_start(ap, fmt);
  report(d, "note", loc, fmt, ap);
  va_end(ap);
}
