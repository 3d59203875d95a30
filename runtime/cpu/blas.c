/* blas.c: loading OpenBLAS at run time (see blas.h). */
#include "config.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "blas.h"

static pthread_once_t once = PTHREAD_ONCE_INIT;
static g23_blas_t table;
static bool loaded;
static char load_err[512];

static void load(void) {
  /* Read by OpenBLAS when it starts, that is when dlopen loads it. */
  setenv("OPENBLAS_THREAD_TIMEOUT", "16", 0);
  static const char *const names[] = {"libopenblas.so.0", "libopenblas.so", "libcblas.so.3", "libblas.so.3"};
  void *h = NULL;
  const char *first = NULL;
  size_t i;
  for (i = 0; i < sizeof names / sizeof *names && !h; i++) {
    h = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!h && !first) first = dlerror();
  }
  if (!h) {
    snprintf(load_err, sizeof load_err, "cannot load a BLAS library (libopenblas.so.0: %s); hint: on Debian, "
             "apt-get install libopenblas0", first ? first : "not found");
    return;
  }
  *(void **)&table.sgemm = dlsym(h, "cblas_sgemm");
  if (!table.sgemm) {
    snprintf(load_err, sizeof load_err, "%s has no cblas_sgemm; hint: install OpenBLAS (libopenblas0)", names[i - 1]);
    dlclose(h);
    return;
  }
  *(void **)&table.set_num_threads = dlsym(h, "openblas_set_num_threads");
  *(void **)&table.get_num_threads = dlsym(h, "openblas_get_num_threads");
  *(void **)&table.get_corename = dlsym(h, "openblas_get_corename");
  table.path = names[i - 1];
  loaded = true;
}

const g23_blas_t *g23_blas(char *err, size_t errn) {
  pthread_once(&once, load);
  if (!loaded) {
    snprintf(err, errn, "%s", load_err);
    return NULL;
  }
  return &table;
}

const char *g23_blas_corename(void) {
  char err[sizeof load_err];
  const g23_blas_t *b = g23_blas(err, sizeof err);
  char *name = b && b->get_corename ? b->get_corename() : NULL;
  return name ? name : "unknown";
}
