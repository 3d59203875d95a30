/* gpt23plot: loss curves of a training log as an SVG picture.
 *
 *   gpt23plot RUN.jsonl [RUN2.jsonl ...] -o FILE.svg [--title TEXT]
 *             [--width PX] [--height PX] [--log-y]
 *
 * Reads the JSON-lines logs that `gpt23run --train --log FILE` writes (one
 * object per line: {"step", "loss", "lr", ...} per step, {"step",
 * "val_loss"} per evaluation; other lines are ignored) with Jansson, and
 * draws training loss (each step, faint, and its moving average), validation
 * loss (points joined by a line) against step on the left axis, and the
 * learning rate on a right axis.  Several logs are drawn one after the other
 * in the colours of a small palette, named in the legend.  The SVG is
 * written by hand (it is a few lines of text) to a temporary file beside
 * FILE and renamed over it when complete.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PROG "gpt23plot"

typedef struct {
  double *x, *y;
  int n, cap;
} series_t;

typedef struct {
  const char *path;
  series_t loss, val, lr;
} run_t;

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fprintf(stderr, PROG ": error: ");
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  exit(1);
}

static void push(series_t *s, double x, double y) {
  if (!isfinite(x) || !isfinite(y)) return;
  if (s->n == s->cap) {
    s->cap = s->cap ? 2 * s->cap : 256;
    s->x = realloc(s->x, (size_t)s->cap * sizeof *s->x);
    s->y = realloc(s->y, (size_t)s->cap * sizeof *s->y);
    if (!s->x || !s->y) die("out of memory");
  }
  s->x[s->n] = x;
  s->y[s->n] = y;
  s->n++;
}

static bool num(json_t *o, const char *key, double *v) {
  json_t *j = json_object_get(o, key);
  if (!j || !json_is_number(j)) return false;
  *v = json_number_value(j);
  return true;
}

/* Reads one log.  A line that is not a JSON object (a run killed while
 * writing its last line) is passed over with a warning naming it. */
static void read_log(run_t *r) {
  FILE *f = fopen(r->path, "r");
  if (!f) die("cannot read %s: %s", r->path, strerror(errno));
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long lineno = 0;
  while ((len = getline(&line, &cap, f)) >= 0) {
    lineno++;
    if (len == 0 || line[0] == '\n') continue;
    json_error_t e;
    json_t *o = json_loadb(line, (size_t)len, 0, &e);
    if (!o || !json_is_object(o)) {
      fprintf(stderr, PROG ": warning: %s:%ld: not a JSON object (%s); line passed over\n", r->path, lineno,
              o ? "another JSON value" : e.text);
      json_decref(o);
      continue;
    }
    double step, v;
    if (num(o, "step", &step)) {
      if (num(o, "loss", &v)) push(&r->loss, step, v);
      if (num(o, "val_loss", &v)) push(&r->val, step, v);
      if (num(o, "lr", &v)) push(&r->lr, step, v);
    }
    json_decref(o);
  }
  free(line);
  fclose(f);
}

/* A "nice" tick spacing for about n ticks over [lo, hi]. */
static double nice_step(double lo, double hi, int n) {
  double raw = (hi - lo) / n;
  if (!(raw > 0)) return 1;
  double p = pow(10, floor(log10(raw))), f = raw / p;
  return (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * p;
}

typedef struct {
  double x0, x1, y0, y1; /* data range */
  double px, py, pw, ph; /* plot area in pixels */
  bool logy;
} frame_t;

static double fx(const frame_t *f, double x) { return f->px + (x - f->x0) / (f->x1 - f->x0) * f->pw; }
static double fy(const frame_t *f, double y) {
  double a = f->logy ? log10(y) : y, lo = f->logy ? log10(f->y0) : f->y0, hi = f->logy ? log10(f->y1) : f->y1;
  return f->py + f->ph - (a - lo) / (hi - lo) * f->ph;
}

static void polyline(FILE *o, const frame_t *f, const series_t *s, const char *style) {
  if (s->n == 0) return;
  fprintf(o, "<polyline fill=\"none\" %s points=\"", style);
  bool first = true;
  for (int i = 0; i < s->n; i++) {
    double x = fx(f, s->x[i]), y = fy(f, s->y[i]);
    if (!isfinite(x) || !isfinite(y)) continue; /* log axis: y <= 0 */
    fprintf(o, "%s%.1f,%.1f", first ? "" : " ", x, y);
    first = false;
  }
  fprintf(o, "\"/>\n");
}

static void escape(FILE *o, const char *s) {
  for (; *s; s++) switch (*s) {
    case '<': fputs("&lt;", o); break;
    case '>': fputs("&gt;", o); break;
    case '&': fputs("&amp;", o); break;
    case '"': fputs("&quot;", o); break;
    default:
      if ((unsigned char)*s >= 0x20) fputc(*s, o);
    }
}

static void fmt_num(char *buf, size_t n, double v) {
  if (v != 0 && (fabs(v) < 1e-3 || fabs(v) >= 1e5)) snprintf(buf, n, "%.0e", v);
  else snprintf(buf, n, "%g", v);
}

/* Moving average of the last w points. */
static series_t smooth(const series_t *s, int w) {
  series_t m = {0};
  double sum = 0;
  for (int i = 0; i < s->n; i++) {
    sum += s->y[i];
    if (i >= w) sum -= s->y[i - w];
    push(&m, s->x[i], sum / (i + 1 < w ? i + 1 : w));
  }
  return m;
}

static const char *palette[] = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#8c564b", "#e377c2"};

static void plot(FILE *o, run_t *runs, int nruns, const char *title, int W, int H, bool logy) {
  frame_t f = {.x0 = INFINITY, .x1 = -INFINITY, .y0 = INFINITY, .y1 = -INFINITY, .logy = logy};
  double lr_hi = 0;
  for (int r = 0; r < nruns; r++) {
    series_t *ss[2] = {&runs[r].loss, &runs[r].val};
    for (int k = 0; k < 2; k++)
      for (int i = 0; i < ss[k]->n; i++) {
        if (logy && !(ss[k]->y[i] > 0)) continue;
        f.x0 = fmin(f.x0, ss[k]->x[i]);
        f.x1 = fmax(f.x1, ss[k]->x[i]);
        f.y0 = fmin(f.y0, ss[k]->y[i]);
        f.y1 = fmax(f.y1, ss[k]->y[i]);
      }
    for (int i = 0; i < runs[r].lr.n; i++) lr_hi = fmax(lr_hi, runs[r].lr.y[i]);
  }
  if (f.x1 <= f.x0) f.x1 = f.x0 + 1;
  if (logy) {
    f.y0 = pow(10, floor(log10(f.y0)));
    f.y1 = pow(10, ceil(log10(f.y1)));
  } else {
    double st = nice_step(0, f.y1, 6);
    f.y0 = f.y0 > 0 && f.y0 < f.y1 / 3 ? 0 : floor(f.y0 / st) * st;
    f.y1 = ceil(f.y1 / st) * st;
    if (f.y1 <= f.y0) f.y1 = f.y0 + st;
  }
  f.px = 70;
  f.py = 40;
  f.pw = W - 70 - (lr_hi > 0 ? 80 : 30);
  f.ph = H - 40 - 50;
  fprintf(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  fprintf(o, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
             "font-family=\"sans-serif\" font-size=\"12\">\n", W, H, W, H);
  fprintf(o, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", W, H);
  fprintf(o, "<text x=\"%d\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">", W / 2);
  escape(o, title);
  fprintf(o, "</text>\n");
  /* Grid and ticks. */
  char buf[64];
  double xs = nice_step(f.x0, f.x1, 8);
  for (double x = ceil(f.x0 / xs) * xs; x <= f.x1 + 1e-9 * xs; x += xs) {
    fprintf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e6e6e6\"/>\n", fx(&f, x), f.py,
            fx(&f, x), f.py + f.ph);
    fmt_num(buf, sizeof buf, x);
    fprintf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n", fx(&f, x), f.py + f.ph + 16, buf);
  }
  if (logy) {
    for (double y = f.y0; y <= f.y1 * 1.0001; y *= 10) {
      fprintf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e6e6e6\"/>\n", f.px, fy(&f, y),
              f.px + f.pw, fy(&f, y));
      fmt_num(buf, sizeof buf, y);
      fprintf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", f.px - 6, fy(&f, y) + 4, buf);
    }
  } else {
    double ys = nice_step(f.y0, f.y1, 6);
    for (double y = f.y0; y <= f.y1 + 1e-9 * ys; y += ys) {
      fprintf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e6e6e6\"/>\n", f.px, fy(&f, y),
              f.px + f.pw, fy(&f, y));
      fmt_num(buf, sizeof buf, y);
      fprintf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n", f.px - 6, fy(&f, y) + 4, buf);
    }
  }
  fprintf(o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\" stroke=\"#444\"/>\n", f.px,
          f.py, f.pw, f.ph);
  fprintf(o, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">step</text>\n", f.px + f.pw / 2, H - 12);
  fprintf(o, "<text transform=\"translate(16 %.1f) rotate(-90)\" text-anchor=\"middle\">loss%s</text>\n",
          f.py + f.ph / 2, logy ? " (log scale)" : "");
  /* The learning rate on its own axis, from 0 to its peak. */
  frame_t g = f;
  g.logy = false;
  g.y0 = 0;
  g.y1 = lr_hi > 0 ? lr_hi * 1.05 : 1;
  if (lr_hi > 0) {
    double ls = nice_step(0, g.y1, 5);
    for (double y = 0; y <= g.y1 + 1e-9 * ls; y += ls) {
      fmt_num(buf, sizeof buf, y);
      fprintf(o, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#888\">%s</text>\n", f.px + f.pw + 6, fy(&g, y) + 4, buf);
    }
    fprintf(o, "<text transform=\"translate(%d %.1f) rotate(90)\" text-anchor=\"middle\" fill=\"#888\">"
               "learning rate</text>\n", W - 12, f.py + f.ph / 2);
  }
  /* Curves, clipped to the plot area. */
  fprintf(o, "<clipPath id=\"area\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/></clipPath>\n",
          f.px, f.py, f.pw, f.ph);
  fprintf(o, "<g clip-path=\"url(#area)\">\n");
  char style[160];
  for (int r = 0; r < nruns; r++) {
    const char *c = palette[r % (int)(sizeof palette / sizeof *palette)];
    if (runs[r].lr.n) {
      snprintf(style, sizeof style, "stroke=\"#999\" stroke-dasharray=\"4 3\" stroke-width=\"1\" class=\"lr\"");
      polyline(o, &g, &runs[r].lr, style);
    }
    snprintf(style, sizeof style, "stroke=\"%s\" stroke-opacity=\"0.25\" stroke-width=\"1\" class=\"loss\"", c);
    polyline(o, &f, &runs[r].loss, style);
    int w = runs[r].loss.n / 50 > 1 ? runs[r].loss.n / 50 : 1;
    series_t m = smooth(&runs[r].loss, w);
    snprintf(style, sizeof style, "stroke=\"%s\" stroke-width=\"2\" class=\"loss-avg\"", c);
    polyline(o, &f, &m, style);
    free(m.x);
    free(m.y);
    snprintf(style, sizeof style, "stroke=\"%s\" stroke-width=\"2\" stroke-dasharray=\"7 4\" class=\"val\"", c);
    polyline(o, &f, &runs[r].val, style);
    for (int i = 0; i < runs[r].val.n; i++)
      fprintf(o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\" class=\"val-point\"/>\n",
              fx(&f, runs[r].val.x[i]), fy(&f, runs[r].val.y[i]), c);
  }
  fprintf(o, "</g>\n");
  /* Legend: per run, training and validation; the learning rate once. */
  double ly = f.py + 14, lx = f.px + f.pw - 250;
  fprintf(o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"240\" height=\"%d\" fill=\"white\" fill-opacity=\"0.85\" "
             "stroke=\"#ccc\"/>\n", lx - 6, ly - 12, 18 * (2 * nruns + (lr_hi > 0)) + 6);
  for (int r = 0; r < nruns; r++) {
    const char *c = palette[r % (int)(sizeof palette / sizeof *palette)];
    const char *base = strrchr(runs[r].path, '/') ? strrchr(runs[r].path, '/') + 1 : runs[r].path;
    const char *what[2] = {"training loss", "validation loss"};
    for (int k = 0; k < 2; k++, ly += 18) {
      fprintf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"%s/>\n", lx,
              ly - 4, lx + 24, ly - 4, c, k ? " stroke-dasharray=\"7 4\"" : "");
      fprintf(o, "<text x=\"%.1f\" y=\"%.1f\">%s", lx + 30, ly, what[k]);
      if (nruns > 1) {
        fprintf(o, " (");
        escape(o, base);
        fprintf(o, ")");
      }
      fprintf(o, "</text>\n");
    }
  }
  if (lr_hi > 0)
    fprintf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#999\" stroke-dasharray=\"4 3\"/>\n"
               "<text x=\"%.1f\" y=\"%.1f\">learning rate (right axis)</text>\n",
            lx, ly - 4, lx + 24, ly - 4, lx + 30, ly);
  fprintf(o, "</svg>\n");
}

static void usage(FILE *f) {
  fprintf(f, "Usage: " PROG " RUN.jsonl [RUN.jsonl]... -o FILE.svg [OPTION]...\n"
             "Draw the training and validation loss of gpt23run --train --log files, and the\n"
             "learning rate, against step, as an SVG picture.\n\n"
             "  -o, --output FILE   the SVG file to write (replaced atomically)\n"
             "      --title TEXT    the title (default: the first log's name)\n"
             "      --width PX      picture width (default 900)\n"
             "      --height PX     picture height (default 500)\n"
             "      --log-y         loss on a logarithmic axis\n"
             "  -h, --help          this help\n"
             "  -V, --version       the version\n");
}

static int px_arg(const char *s, const char *what) {
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == 0 || *end || v < 200 || v > 10000) die("%s: '%s' is not a size in pixels from 200 to 10000", what, s);
  return (int)v;
}

int main(int argc, char **argv) {
  const char *out = NULL, *title = NULL;
  int W = 900, H = 500;
  bool logy = false;
  static const struct option longs[] = {{"output", required_argument, 0, 'o'}, {"title", required_argument, 0, 't'},
                                        {"width", required_argument, 0, 'w'},  {"height", required_argument, 0, 'H'},
                                        {"log-y", no_argument, 0, 'l'},        {"help", no_argument, 0, 'h'},
                                        {"version", no_argument, 0, 'V'},      {0, 0, 0, 0}};
  int c;
  while ((c = getopt_long(argc, argv, "o:hV", longs, NULL)) != -1) {
    switch (c) {
    case 'o': out = optarg; break;
    case 't': title = optarg; break;
    case 'w': W = px_arg(optarg, "--width"); break;
    case 'H': H = px_arg(optarg, "--height"); break;
    case 'l': logy = true; break;
    case 'h': usage(stdout); return 0;
    case 'V': printf(PROG " (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION); return 0;
    default: usage(stderr); return 2;
    }
  }
  if (optind >= argc || !out) {
    fprintf(stderr, PROG ": error: %s\n", optind >= argc ? "no log file given" : "no output file given (-o FILE.svg)");
    usage(stderr);
    return 2;
  }
  int nruns = argc - optind;
  run_t *runs = calloc((size_t)nruns, sizeof *runs);
  if (!runs) die("out of memory");
  for (int i = 0; i < nruns; i++) {
    runs[i].path = argv[optind + i];
    read_log(&runs[i]);
  }
  bool any = false;
  for (int i = 0; i < nruns; i++)
    for (int k = 0; k < runs[i].loss.n + runs[i].val.n && !any; k++)
      any = !logy || (k < runs[i].loss.n ? runs[i].loss.y[k] : runs[i].val.y[k - runs[i].loss.n]) > 0;
  if (!any) die("no loss in the log%s: was it written by gpt23run --train --log?", nruns > 1 ? "s" : "");
  /* The output is written beside its final name and renamed over it. */
  size_t n = strlen(out) + 32;
  char *tmp = malloc(n);
  if (!tmp) die("out of memory");
  snprintf(tmp, n, "%s.tmp.%ld", out, (long)getpid());
  FILE *o = fopen(tmp, "w");
  if (!o) die("cannot write %s: %s", out, strerror(errno));
  plot(o, runs, nruns, title ? title : runs[0].path, W, H, logy);
  if (fflush(o) != 0 || ferror(o) || fclose(o) != 0) {
    int e = errno;
    unlink(tmp);
    die("cannot write %s: %s", out, strerror(e));
  }
  if (rename(tmp, out) != 0) {
    int e = errno;
    unlink(tmp);
    die("cannot write %s: %s", out, strerror(e));
  }
  fprintf(stderr, PROG ": wrote %s\n", out);
  for (int i = 0; i < nruns; i++) {
    free(runs[i].loss.x), free(runs[i].loss.y), free(runs[i].val.x), free(runs[i].val.y);
    free(runs[i].lr.x), free(runs[i].lr.y);
  }
  free(runs);
  free(tmp);
  return 0;
}
