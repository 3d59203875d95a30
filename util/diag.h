/* diag.h: source files, locations and user-facing diagnostics.
 *
 * Every AST and IR node carries a g23_loc_t, so that an error found in any
 * pass points at the model file:  file:line:col: error: message, then the
 * source line and a caret underline of loc.len characters.  Diagnostics are
 * collected (several per run) and counted; library code returns a status and
 * only main() decides the exit code.
 */
#ifndef G23_DIAG_H
#define G23_DIAG_H

#include <stdarg.h>
#include <stdio.h>

/* A loaded source file; lives as long as the diagnostics engine. */
typedef struct g23_srcfile {
  char *name; /* as given (include path resolved) */
  char *text; /* NUL-terminated contents */
  size_t len;
} g23_srcfile_t;

typedef struct {
  const g23_srcfile_t *file; /* NULL: no location (command line, internal) */
  int line, col;             /* 1-based */
  int len;                   /* characters to underline, >= 1 */
} g23_loc_t;

/* One layer call of the front end, kept for diagnostics after lowering: an
 * IR node records the innermost call active where it was built (its
 * `frame`), so that an error found by any later pass gets the same "in layer
 * X called from here" notes as one found while lowering. */
typedef struct {
  char *layer;   /* the layer's name */
  g23_loc_t loc; /* the call */
  int parent;    /* the enclosing call's frame, 0 = called from the top level */
} g23_callframe_t;

typedef struct g23_diag {
  FILE *out;        /* where messages go (stderr by default) */
  int errors;       /* number of errors reported */
  int warnings;
  int max_errors;   /* stop reporting (but keep counting) after this many; 0 = 20 */
  g23_srcfile_t **files;
  int nfiles;
  g23_callframe_t *frames; /* frames[k - 1] is frame k */
  int nframes, capframes;
} g23_diag_t;

void g23_diag_init(g23_diag_t *d, FILE *out);
void g23_diag_free(g23_diag_t *d);
/* Register a file's text (takes ownership of text). */
g23_srcfile_t *g23_diag_add_file(g23_diag_t *d, const char *name, char *text, size_t len);
/* Report at loc (may have file == NULL).  Prints the source line and carets. */
void g23_error(g23_diag_t *d, g23_loc_t loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void g23_verror(g23_diag_t *d, g23_loc_t loc, const char *fmt, va_list ap);
void g23_warning(g23_diag_t *d, g23_loc_t loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A "note:" attached to the previous error (e.g. "called from here"). */
void g23_note(g23_diag_t *d, g23_loc_t loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Registers a layer call made from frame `parent` (0: the top level) and
 * returns its frame, >= 1.  Frames live as long as d. */
int g23_diag_frame(g23_diag_t *d, int parent, const char *layer, g23_loc_t call);
/* Notes "in layer X called from here" for frame and its callers, innermost
 * first; deep stacks show the two innermost and three outermost calls. */
void g23_diag_frame_notes(g23_diag_t *d, int frame);

extern const g23_loc_t g23_noloc;

#endif
