/* test_kernel_files.c: every hand-written kernel file (codegen/kernels/,
 * ir/prelude.h) compiles on its own, in every source that embeds it.
 *
 * For each list of kernel files that makes a source (each dialect's
 * preamble, the CUDA backend's own module) and each file of the list: the
 * epilogue codes and the files before it, as the source has them, then the
 * file as it is in the tree.  A file of the C dialect is compiled by the
 * kernel compiler with -std=gnu11 -Wall -Wextra -Werror -fsyntax-only (and
 * OpenMP), a file of the CUDA dialect or module by NVRTC for sm_80 and sm_90
 * (skipped without NVRTC), both with and without G23_CHECK_BOUNDS.  The
 * embedded text of each file must be the file.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codegen/codegen.h"
#include "codegen/kernels.h"
#include "runtime/cuda/backend_cuda.h"
#include "test/check.h"
#include "test/passes/harness.h"

static char *read_kernel_file(const char *name) {
  static const char *const dirs[] = {"codegen/kernels", "ir"};
  for (int i = 0; i < 2; i++) {
    char *path = g23_xasprintf("%s/%s/%s", G23_SRCDIR, dirs[i], name);
    FILE *f = fopen(path, "rb");
    free(path);
    if (!f) continue;
    g23_buf_t b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) g23_buf_append(&b, chunk, n);
    fclose(f);
    g23_buf_append(&b, "", 1);
    return b.s;
  }
  return NULL;
}

/* The text of names[0..k) as a source has it, then the file names[k]. */
static char *source_upto(const char *const *names, int k, const char *file, bool checked) {
  const char **before = g23_xcalloc((size_t)k + 1, sizeof *before);
  for (int i = 0; i < k; i++) before[i] = names[i];
  g23_buf_t b = {0};
  if (checked) g23_buf_printf(&b, "#define G23_CHECK_BOUNDS 1\n");
  g23_kernel_join(&b, before);
  g23_buf_printf(&b, "%s", file);
  free(before);
  return b.s;
}

static int cc_check(const char *src, const char *label) {
  char path[] = "/tmp/g23-kernel-lint-XXXXXX.c";
  int fd = mkstemps(path, 2);
  if (fd < 0) return 1;
  FILE *f = fdopen(fd, "w");
  fputs(src, f);
  fclose(f);
  char *cmd = g23_xasprintf("%s %s -std=gnu11 -Wall -Wextra -Werror -fsyntax-only %s", G23_KERNEL_CC,
                            G23_KERNEL_OPENMP, path);
  int rc = system(cmd);
  if (rc != 0) fprintf(stderr, "%s: does not compile: %s\n", label, cmd);
  else unlink(path);
  free(cmd);
  return rc != 0;
}

static void lint(const char *what, const char *const *names, bool cuda, bool have_nvrtc) {
  for (int k = 0; names[k]; k++) {
    char *file = read_kernel_file(names[k]);
    CHECK(file != NULL, "%s: kernel file %s is not in codegen/kernels or ir", what, names[k]);
    if (!file) continue;
    const char *text = g23_kernel_text(names[k]);
    CHECK(text && strcmp(text, file) == 0, "%s: the embedded text of %s is not the file", what, names[k]);
    for (int checked = 0; checked < 2; checked++) {
      char *src = source_upto(names, k, file, checked);
      char label[256];
      snprintf(label, sizeof label, "%s: %s%s", what, names[k], checked ? " (G23_CHECK_BOUNDS)" : "");
      if (!cuda) CHECK(cc_check(src, label) == 0, "%s compiles with -Wall -Wextra -Werror", label);
      else if (have_nvrtc) CHECK(h_nvrtc_check(src, label) == 0, "%s compiles with NVRTC", label);
      free(src);
    }
    free(file);
  }
}

int main(void) {
  bool have_nvrtc = h_nvrtc_open() == 0;
  if (!have_nvrtc) printf("NVRTC not found: the CUDA kernel files are not compiled\n");
  for (int i = 0; i < G23_NDIALECTS; i++) {
    const g23_dialect_t *dl = g23_dialects[i];
    char what[64];
    snprintf(what, sizeof what, "%s preamble", dl->name);
    /* A new dialect brings its compiler here. */
    bool cuda = strcmp(dl->name, "cuda") == 0;
    CHECK(cuda || strcmp(dl->name, "c") == 0, "no compiler for the kernel files of the %s dialect", dl->name);
    lint(what, dl->kernels, cuda, have_nvrtc);
  }
  lint("CUDA backend module", g23_cuda_own_files, true, have_nvrtc);
  return g23_check_summary("test-kernel-files");
}
