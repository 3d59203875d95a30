/* harness.c: see harness.h. */
#define _GNU_SOURCE
#include "harness.h"

#include <dlfcn.h>
#include <errno.h>
#include <sys/wait.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "config.h"
#include "emu.h"

char *g23_h_tmpdir(void) {
  const char *t = getenv("TMPDIR");
  char *d = malloc(4096);
  snprintf(d, 4096, "%s/g23emu.XXXXXX", t && *t ? t : "/tmp");
  if (!mkdtemp(d)) {
    perror("mkdtemp");
    exit(99);
  }
  return d;
}

void g23_h_tmpdir_free(char *dir) {
  if (!getenv("G23_EMU_KEEP")) {
    char cmd[4200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0) fprintf(stderr, "warning: cannot remove %s\n", dir);
  } else {
    fprintf(stderr, "kept %s\n", dir);
  }
  free(dir);
}

static int write_text(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f) return -1;
  fputs(text, f);
  return fclose(f);
}

int g23_h_build_start(const char *src, bool cuda, const char *dir, const char *stem, char *err, size_t errn) {
  char path[4200], so[4200], log[4200], cmd[16384];
  snprintf(path, sizeof path, "%s/%s.%s", dir, stem, cuda ? "cu" : "c");
  snprintf(so, sizeof so, "%s/%s.so", dir, stem);
  snprintf(log, sizeof log, "%s/%s.log", dir, stem);
  char *text = cuda ? g23_emu_source_prepare(src) : strdup(src);
  if (write_text(path, text) != 0) {
    snprintf(err, errn, "cannot write %s", path);
    free(text);
    return -1;
  }
  free(text);
  if (cuda)
    snprintf(cmd, sizeof cmd,
             "exec g++ -std=c++17 -O0 -fPIC -shared -fno-exceptions -include '%s/test/cuda/emu.h' "
             "-I'%s/test/cuda/include' -x c++ '%s' -o '%s' -lm >'%s' 2>&1",
             G23_SRCDIR, G23_SRCDIR, path, so, log);
  else
    /* without OpenMP: its idle workers would spin on the cores the
     * emulator needs, and the kernels are tiny */
    snprintf(cmd, sizeof cmd, "exec %s -std=gnu11 -O0 -fPIC -shared -Wno-unknown-pragmas '%s' -o '%s' -lm >'%s' 2>&1",
             G23_KERNEL_CC, path, so, log);
  fflush(NULL);
  pid_t pid = fork();
  if (pid < 0) {
    snprintf(err, errn, "fork: %s", strerror(errno));
    return -1;
  }
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
    _exit(127);
  }
  return (int)pid;
}

void *g23_h_build_finish(int pid, const char *dir, const char *stem, char *err, size_t errn) {
  char so[4200], log[4200];
  snprintf(so, sizeof so, "%s/%s.so", dir, stem);
  snprintf(log, sizeof log, "%s/%s.log", dir, stem);
  int status = 0;
  if (pid < 0) return NULL;
  if (waitpid((pid_t)pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    FILE *f = fopen(log, "r");
    size_t n = (size_t)snprintf(err, errn, "compiling %s/%s failed:\n", dir, stem);
    if (f && n < errn) {
      size_t got = fread(err + n, 1, errn - n - 1, f);
      err[n + got] = 0;
    }
    if (f) fclose(f);
    return NULL;
  }
  void *h = dlopen(so, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
  if (!h) snprintf(err, errn, "dlopen %s: %s", so, dlerror());
  return h;
}

void *g23_h_build(const char *src, bool cuda, const char *dir, const char *stem, char *err, size_t errn) {
  return g23_h_build_finish(g23_h_build_start(src, cuda, dir, stem, err, errn), dir, stem, err, errn);
}

int g23_h_nvrtc_check(const char *src, char *err, size_t errn) {
#ifdef G23_CUDA_HOME
  static void *h;
  if (!h) h = dlopen(G23_CUDA_HOME "/lib64/libnvrtc.so", RTLD_NOW | RTLD_LOCAL);
  if (!h) h = dlopen("libnvrtc.so", RTLD_NOW | RTLD_LOCAL);
  if (!h) return 1;
  typedef int (*create_t)(void **, const char *, const char *, int, const char *const *, const char *const *);
  typedef int (*compile_t)(void *, int, const char *const *);
  typedef int (*logsize_t)(void *, size_t *);
  typedef int (*log_t)(void *, char *);
  typedef int (*destroy_t)(void **);
  create_t create = (create_t)dlsym(h, "nvrtcCreateProgram");
  compile_t compile = (compile_t)dlsym(h, "nvrtcCompileProgram");
  logsize_t logsize = (logsize_t)dlsym(h, "nvrtcGetProgramLogSize");
  log_t getlog = (log_t)dlsym(h, "nvrtcGetProgramLog");
  destroy_t destroy = (destroy_t)dlsym(h, "nvrtcDestroyProgram");
  if (!create || !compile || !logsize || !getlog || !destroy) return 1;
  void *prog = NULL;
  if (create(&prog, src, "kernels.cu", 0, NULL, NULL) != 0) {
    snprintf(err, errn, "nvrtcCreateProgram failed");
    return -1;
  }
  /* the front end only: what CUDA accepts is the question here; code
   * generation is the CUDA backend's, on a machine with a GPU */
  const char *opts[] = {"--gpu-architecture=compute_90", "-fdevice-syntax-only", "-I" G23_CUDA_HOME "/include"};
  int rc = compile(prog, 3, opts);
  if (rc != 0) {
    size_t n = 0;
    logsize(prog, &n);
    char *log = malloc(n + 1);
    log[0] = 0;
    getlog(prog, log);
    snprintf(err, errn, "NVRTC rejects the CUDA source:\n%s", log);
    free(log);
  }
  destroy(&prog);
  return rc == 0 ? 0 : -1;
#else
  (void)src, (void)err, (void)errn;
  return 1;
#endif
}

double g23_h_now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

uint64_t g23_h_next(g23_h_rng_t *r) {
  uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

double g23_h_uniform(g23_h_rng_t *r, double lo, double hi) {
  return lo + (hi - lo) * (double)(g23_h_next(r) >> 11) * 0x1p-53;
}

