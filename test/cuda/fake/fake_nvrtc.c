/* fake_nvrtc.c: libnvrtc.so.13 of the emulated CUDA device stack (fake.h).
 *
 * nvrtcCompileProgram compiles the CUDA C source for the CPU: the source
 * goes through g23_emu_source_prepare (test/cuda/emu.c: dynamic shared
 * memory), gets one G23_FAKE_KERNEL line per `extern "C" __global__ void
 * NAME(` and the G23_FAKE_CUBIN tag, and g++ ($CXX) builds it against
 * test/cuda/emu.h and fake.h into a shared object that is linked to the
 * fake libcuda.so.1 beside this library (the emulator's symbols live there,
 * and the driver loads kernel objects RTLD_LOCAL).  That object is the
 * "CUBIN" (fake.h says why it must be an ELF file).
 *
 * What it holds the caller to, as NVRTC does: options must be known ones
 * (an unknown option is NVRTC_ERROR_INVALID_OPTION, with the log naming
 * it), exactly one --gpu-architecture (-arch) must be given; sm_XX yields a
 * CUBIN, compute_XX only checks the source (no CUBIN, as for a virtual
 * architecture), -fdevice-syntax-only likewise.  A source that does not
 * compile is NVRTC_ERROR_COMPILATION with the compiler's diagnostics as the
 * program log.  -D and -U reach the compiler; -I directories are searched
 * after test/cuda/include (the stand-ins for cuda_bf16.h & co.: the
 * toolkit's own headers are for nvcc, not g++); in-memory headers are
 * written out and found by their include names; other options (--std,
 * --ptxas-options, --split-compile, fast-math flags ...) are accepted and
 * have no effect, except --std which picks g++'s -std.
 *
 * Environment: CXX (default g++), G23_FAKE_NVRTC_OPT (default -O1: the
 * kernels run under the emulator, which dominates either way),
 * G23_FAKE_KEEP=1 keeps the build directory and prints where it is.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emu.h"
#include "fake.h"

#define EXPORT __attribute__((visibility("default")))

enum {
  NVRTC_SUCCESS = 0,
  NVRTC_ERROR_OUT_OF_MEMORY = 1,
  NVRTC_ERROR_PROGRAM_CREATION_FAILURE = 2,
  NVRTC_ERROR_INVALID_INPUT = 3,
  NVRTC_ERROR_INVALID_PROGRAM = 4,
  NVRTC_ERROR_INVALID_OPTION = 5,
  NVRTC_ERROR_COMPILATION = 6,
  NVRTC_ERROR_INTERNAL_ERROR = 11,
};

static const char *const result_names[] = {
    "NVRTC_SUCCESS",
    "NVRTC_ERROR_OUT_OF_MEMORY",
    "NVRTC_ERROR_PROGRAM_CREATION_FAILURE",
    "NVRTC_ERROR_INVALID_INPUT",
    "NVRTC_ERROR_INVALID_PROGRAM",
    "NVRTC_ERROR_INVALID_OPTION",
    "NVRTC_ERROR_COMPILATION",
    "NVRTC_ERROR_BUILTIN_OPERATION_FAILURE",
    "NVRTC_ERROR_NO_NAME_EXPRESSIONS_AFTER_COMPILATION",
    "NVRTC_ERROR_NO_LOWERED_NAMES_BEFORE_COMPILATION",
    "NVRTC_ERROR_NAME_EXPRESSION_NOT_VALID",
    "NVRTC_ERROR_INTERNAL_ERROR",
    "NVRTC_ERROR_TIME_FILE_WRITE_FAILED",
    "NVRTC_ERROR_NO_PCH_CREATE_ATTEMPTED",
    "NVRTC_ERROR_PCH_CREATE_HEAP_EXHAUSTED",
    "NVRTC_ERROR_PCH_CREATE",
    "NVRTC_ERROR_CANCELLED",
    "NVRTC_ERROR_TIME_TRACE_FILE_WRITE_FAILED",
};

typedef struct prog {
  struct prog *next; /* the live programs */
  char *src, *name;
  int nheaders;
  char **headers, **include_names;
  char *log;
  char *cubin; /* NULL until a compilation for an sm_ architecture */
  size_t cubin_len;
} prog_t;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static prog_t *progs;

static bool live(const prog_t *p) {
  for (const prog_t *q = progs; q; q = q->next)
    if (q == p) return true;
  return false;
}

static char *xstrdup(const char *s) {
  char *d = strdup(s ? s : "");
  if (!d) abort();
  return d;
}

EXPORT const char *nvrtcGetErrorString(int r) {
  if (r < 0 || r >= (int)(sizeof result_names / sizeof *result_names)) return "NVRTC_ERROR unknown";
  return result_names[r];
}

EXPORT int nvrtcVersion(int *major, int *minor) {
  if (!major || !minor) return NVRTC_ERROR_INVALID_INPUT;
  *major = 13;
  *minor = 0;
  return NVRTC_SUCCESS;
}

EXPORT int nvrtcCreateProgram(prog_t **out, const char *src, const char *name, int nheaders,
                              const char *const *headers, const char *const *include_names) {
  if (!out) return NVRTC_ERROR_INVALID_PROGRAM;
  if (!src || nheaders < 0 || (nheaders > 0 && (!headers || !include_names))) return NVRTC_ERROR_INVALID_INPUT;
  for (int i = 0; i < nheaders; i++)
    if (!headers[i] || !include_names[i] || !include_names[i][0] || strstr(include_names[i], ".."))
      return NVRTC_ERROR_INVALID_INPUT;
  prog_t *p = calloc(1, sizeof *p);
  if (!p) return NVRTC_ERROR_OUT_OF_MEMORY;
  p->src = xstrdup(src);
  p->name = xstrdup(name && name[0] ? name : "default_program");
  p->nheaders = nheaders;
  p->headers = calloc((size_t)nheaders + 1, sizeof *p->headers);
  p->include_names = calloc((size_t)nheaders + 1, sizeof *p->include_names);
  for (int i = 0; i < nheaders; i++) {
    p->headers[i] = xstrdup(headers[i]);
    p->include_names[i] = xstrdup(include_names[i]);
  }
  p->log = xstrdup("");
  pthread_mutex_lock(&lock);
  p->next = progs;
  progs = p;
  pthread_mutex_unlock(&lock);
  *out = p;
  return NVRTC_SUCCESS;
}

EXPORT int nvrtcDestroyProgram(prog_t **pp) {
  if (!pp) return NVRTC_ERROR_INVALID_PROGRAM;
  pthread_mutex_lock(&lock);
  prog_t *p = *pp, **link = &progs;
  while (*link && *link != p) link = &(*link)->next;
  if (!p || !*link) {
    pthread_mutex_unlock(&lock);
    return NVRTC_ERROR_INVALID_PROGRAM;
  }
  *link = p->next;
  pthread_mutex_unlock(&lock);
  for (int i = 0; i < p->nheaders; i++) {
    free(p->headers[i]);
    free(p->include_names[i]);
  }
  free(p->headers);
  free(p->include_names);
  free(p->src);
  free(p->name);
  free(p->log);
  free(p->cubin);
  free(p);
  *pp = NULL;
  return NVRTC_SUCCESS;
}

/* ---- the source the host compiler sees ------------------------------------------ */

static bool is_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Past a comment, string or character literal at p, or p itself. */
static const char *skip_lexical(const char *p) {
  if (p[0] == '/' && p[1] == '/') {
    while (*p && *p != '\n') p++;
  } else if (p[0] == '/' && p[1] == '*') {
    const char *e = strstr(p + 2, "*/");
    p = e ? e + 2 : p + strlen(p);
  } else if (*p == '"' || *p == '\'') {
    char q = *p++;
    while (*p && *p != q) p += p[0] == '\\' && p[1] ? 2 : 1;
    if (*p) p++;
  }
  return p;
}

/* After `extern "C"` at p: if the declaration is `__global__ ... void NAME(`
 * (any __launch_bounds__(...) skipped), NAME's start and length. */
static bool kernel_name(const char *p, const char **name, size_t *len) {
  bool global = false, is_void = false;
  const char *last = NULL;
  size_t lastlen = 0;
  for (;;) {
    while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
    if (!is_ident(*p)) break;
    const char *w = p;
    while (is_ident(*p)) p++;
    size_t n = (size_t)(p - w);
    if (n == 10 && !strncmp(w, "__global__", n)) {
      global = true;
    } else if (n == 17 && !strncmp(w, "__launch_bounds__", n)) {
      while (*p == ' ') p++;
      if (*p != '(') return false;
      int depth = 0;
      do {
        if (*p == '(') depth++;
        if (*p == ')') depth--;
        p++;
      } while (*p && depth > 0);
    } else {
      if (n == 4 && !strncmp(w, "void", n)) is_void = true;
      last = w;
      lastlen = n;
    }
  }
  if (*p != '(' || !global || !is_void || !last || (lastlen == 4 && !strncmp(last, "void", 4))) return false;
  *name = last;
  *len = lastlen;
  return true;
}

/* The registration lines for every kernel of src (malloc'd). */
static char *footer(const char *src, const char *arch) {
  char *buf = NULL;
  size_t n = 0;
  FILE *f = open_memstream(&buf, &n);
  fprintf(f, "\n#line 1 \"<gpt23 fake NVRTC registration>\"\nG23_FAKE_CUBIN(\"%s\")\n", arch);
  for (const char *p = src; *p;) {
    const char *q = skip_lexical(p);
    if (q != p) {
      p = q;
      continue;
    }
    if (!strncmp(p, "extern", 6) && (p == src || !is_ident(p[-1])) && !is_ident(p[6])) {
      const char *r = p + 6;
      while (*r == ' ' || *r == '\t') r++;
      const char *name;
      size_t len;
      if (!strncmp(r, "\"C\"", 3) && kernel_name(r + 3, &name, &len)) fprintf(f, "G23_FAKE_KERNEL(%.*s)\n", (int)len, name);
      p += 6;
      continue;
    }
    p++;
  }
  fclose(f);
  return buf;
}

/* ---- compiling ---------------------------------------------------------------------- */

/* `s` in single quotes for sh. */
static void shell_quote(FILE *f, const char *s) {
  fputc('\'', f);
  for (; *s; s++) {
    if (*s == '\'') fputs("'\\''", f);
    else fputc(*s, f);
  }
  fputc('\'', f);
}

static int write_file(const char *path, const char *text) {
  FILE *f = fopen(path, "w");
  if (!f) return -1;
  fputs(text, f);
  return fclose(f);
}

static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  char *buf = NULL;
  size_t n = 0, cap = 0;
  for (;;) {
    if (n + 65536 > cap) {
      cap = cap ? 2 * cap : 1 << 20;
      char *b = realloc(buf, cap + 1);
      if (!b) {
        free(buf);
        fclose(f);
        return NULL;
      }
      buf = b;
    }
    size_t got = fread(buf + n, 1, cap - n, f);
    n += got;
    if (got == 0) break;
  }
  fclose(f);
  buf[n] = 0;
  *len = n;
  return buf;
}

/* The directory of this library: the fake libcuda.so.1 is beside it. */
static int fake_dir(char *out, size_t n) {
  Dl_info info;
  if (!dladdr((void *)nvrtcVersion, &info) || !info.dli_fname) return -1;
  char path[PATH_MAX];
  if (!realpath(info.dli_fname, path)) return -1;
  char *slash = strrchr(path, '/');
  if (!slash) return -1;
  *slash = 0;
  return snprintf(out, n, "%s", path) < (int)n ? 0 : -1;
}

static void set_log(prog_t *p, char *log) {
  free(p->log);
  p->log = log;
}

static char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xasprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = NULL;
  if (vasprintf(&s, fmt, ap) < 0) abort();
  va_end(ap);
  return s;
}

/* The options NVRTC knows that change nothing here: a name ending in '='
 * takes its value glued on, the others are whole options. */
static bool known_option(const char *o) {
  static const char *const known[] = {
      "--ptxas-options=", "-Xptxas=", "--split-compile=", "-split-compile=", "--device-debug", "-G",
      "--generate-line-info", "-lineinfo", "--use_fast_math", "-use_fast_math", "--ftz=", "-ftz=",
      "--prec-sqrt=", "-prec-sqrt=", "--prec-div=", "-prec-div=", "--fmad=", "-fmad=",
      "--extra-device-vectorization", "-extra-device-vectorization", "--maxrregcount=", "-maxrregcount=",
      "--relocatable-device-code=", "-rdc=", "--extensible-whole-program", "-ewp",
      "--device-as-default-execution-space", "-default-device", "--dopt=", "-dopt=", "--disable-warnings", "-w",
      "--restrict", "-restrict", "--builtin-move-forward=", "--builtin-initializer-list=", "--minimal", "-minimal",
      "--time=", "-time=", "--dlink-time-opt", "-dlto", "--optimization-info=", "--display-error-number",
      "--no-display-error-number", "--diag-suppress=", "--diag-error=", "--diag-warn=", "--pch", "-pch",
      "--no-pch", "-no-pch",
  };
  for (size_t i = 0; i < sizeof known / sizeof *known; i++) {
    size_t n = strlen(known[i]);
    if (known[i][n - 1] == '=' ? !strncmp(o, known[i], n) : !strcmp(o, known[i])) return true;
  }
  return false;
}

EXPORT int nvrtcCompileProgram(prog_t *p, int nopts, const char *const *opts) {
  pthread_mutex_lock(&lock);
  bool ok = live(p);
  pthread_mutex_unlock(&lock);
  if (!ok) return NVRTC_ERROR_INVALID_PROGRAM;
  if (nopts < 0 || (nopts > 0 && !opts)) return NVRTC_ERROR_INVALID_INPUT;
  free(p->cubin);
  p->cubin = NULL;
  p->cubin_len = 0;

  /* Options. */
  char arch[32] = "";
  bool is_virtual = false, syntax_only = false;
  const char *std = "c++17";
  char *defs = NULL, *incs = NULL;
  size_t defs_n = 0, incs_n = 0;
  FILE *fdefs = open_memstream(&defs, &defs_n), *fincs = open_memstream(&incs, &incs_n);
  int narch = 0, rc = NVRTC_SUCCESS;
  for (int i = 0; i < nopts && rc == NVRTC_SUCCESS; i++) {
    const char *o = opts[i];
    if (!o) {
      rc = NVRTC_ERROR_INVALID_INPUT;
      break;
    }
    const char *v = NULL;
    if (!strncmp(o, "--gpu-architecture=", 19)) v = o + 19;
    else if (!strncmp(o, "-arch=", 6)) v = o + 6;
    else if ((!strcmp(o, "--gpu-architecture") || !strcmp(o, "-arch")) && i + 1 < nopts) v = opts[++i];
    if (v) {
      narch++;
      size_t digits = 0;
      const char *d = !strncmp(v, "sm_", 3) ? v + 3 : !strncmp(v, "compute_", 8) ? v + 8 : NULL;
      if (d)
        while (d[digits] >= '0' && d[digits] <= '9') digits++;
      if (!d || digits < 2 || (d[digits] && strcmp(d + digits, "a") && strcmp(d + digits, "f")) ||
          strlen(v) >= sizeof arch) {
        set_log(p, xasprintf("nvrtc: error: invalid value for --gpu-architecture (-arch): %s\n", v));
        rc = NVRTC_ERROR_INVALID_OPTION;
        break;
      }
      is_virtual = v[0] == 'c';
      snprintf(arch, sizeof arch, "%s", v);
      continue;
    }
    if (!strncmp(o, "--std=", 6) || !strncmp(o, "-std=", 5)) {
      std = strchr(o, '=') + 1;
      if (strcmp(std, "c++03") && strcmp(std, "c++11") && strcmp(std, "c++14") && strcmp(std, "c++17") &&
          strcmp(std, "c++20")) {
        set_log(p, xasprintf("nvrtc: error: invalid value for --std: %s\n", std));
        rc = NVRTC_ERROR_INVALID_OPTION;
      }
      continue;
    }
    if (!strcmp(o, "-fdevice-syntax-only")) {
      syntax_only = true;
      continue;
    }
    const char *arg = NULL;
    char flag = 0;
    if (!strncmp(o, "--define-macro=", 15)) flag = 'D', arg = o + 15;
    else if (!strncmp(o, "--undefine-macro=", 17)) flag = 'U', arg = o + 17;
    else if (!strncmp(o, "--include-path=", 15)) flag = 'I', arg = o + 15;
    else if (!strncmp(o, "--pre-include=", 14)) flag = 'i', arg = o + 14;
    else if (o[0] == '-' && (o[1] == 'D' || o[1] == 'U' || o[1] == 'I') && o[2]) flag = o[1], arg = o + 2;
    else if (!strncmp(o, "-include=", 9)) flag = 'i', arg = o + 9;
    if (flag) {
      FILE *f = flag == 'I' ? fincs : fdefs;
      fputs(flag == 'i' ? " -include " : flag == 'D' ? " -D" : flag == 'U' ? " -U" : " -I", f);
      shell_quote(f, arg);
      continue;
    }
    if (!known_option(o)) {
      set_log(p, xasprintf("nvrtc: error: unrecognized option %s\n", o));
      rc = NVRTC_ERROR_INVALID_OPTION;
    }
  }
  fclose(fdefs);
  fclose(fincs);
  if (rc == NVRTC_SUCCESS && narch != 1) {
    set_log(p, xasprintf("nvrtc (gpt23 fake): error: %s --gpu-architecture=sm_XX or compute_XX\n",
                         narch ? "more than one" : "give"));
    rc = NVRTC_ERROR_INVALID_OPTION;
  }
  if (rc != NVRTC_SUCCESS) {
    free(defs);
    free(incs);
    return rc;
  }

  /* The build directory: source, headers, object, compiler output. */
  const char *tmp = getenv("TMPDIR");
  char *dir = xasprintf("%s/g23-fake-nvrtc.XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
  char fdir[PATH_MAX];
  if (!mkdtemp(dir) || fake_dir(fdir, sizeof fdir) != 0) {
    set_log(p, xasprintf("nvrtc (gpt23 fake): cannot make a build directory %s or find libcuda.so.1: %s\n", dir,
                         strerror(errno)));
    free(dir);
    free(defs);
    free(incs);
    return NVRTC_ERROR_INTERNAL_ERROR;
  }
  char *src_path = xasprintf("%s/program.cu", dir), *so_path = xasprintf("%s/program.so", dir),
       *log_path = xasprintf("%s/compiler.log", dir), *hdir = xasprintf("%s/include", dir);
  mkdir(hdir, 0700);
  for (int i = 0; i < p->nheaders; i++) {
    char *h = xasprintf("%s/%s", hdir, p->include_names[i]);
    for (char *s = strchr(h + strlen(hdir) + 1, '/'); s; s = strchr(s + 1, '/')) {
      *s = 0;
      mkdir(h, 0700);
      *s = '/';
    }
    write_file(h, p->headers[i]);
    free(h);
  }
  /* The program's name in diagnostics, as NVRTC reports them. */
  char *prepared = g23_emu_source_prepare(p->src);
  char *foot = footer(p->src, arch);
  char *text = xasprintf("#line 1 \"%s\"\n%s\n%s", p->name, prepared, foot);
  free(prepared);
  free(foot);
  write_file(src_path, text);
  free(text);

  const char *cxx = getenv("CXX");
  const char *opt = getenv("G23_FAKE_NVRTC_OPT");
  char *cmd = NULL;
  size_t cmd_n = 0;
  FILE *f = open_memstream(&cmd, &cmd_n);
  fprintf(f, "exec %s -std=%s %s -fPIC -shared -fno-exceptions -w -include ", cxx && cxx[0] ? cxx : "g++", std,
          opt && opt[0] ? opt : "-O1");
  shell_quote(f, G23_FAKE_SRCDIR "/test/cuda/emu.h");
  fputs(" -include ", f);
  shell_quote(f, G23_FAKE_SRCDIR "/test/cuda/fake/fake.h");
  fputs(" -I", f);
  shell_quote(f, hdir);
  fputs(" -I", f);
  shell_quote(f, G23_FAKE_SRCDIR "/test/cuda/include");
  fprintf(f, "%s%s", incs, defs);
  if (is_virtual || syntax_only) {
    fputs(" -fsyntax-only -x c++ ", f);
    shell_quote(f, src_path);
  } else {
    fputs(" -x c++ ", f);
    shell_quote(f, src_path);
    fputs(" -x none -o ", f);
    shell_quote(f, so_path);
    /* The emulator's symbols: the kernels find them in the fake driver. */
    char *cuda = xasprintf("%s/libcuda.so.1", fdir), *rpath = xasprintf("-Wl,-rpath,%s", fdir);
    fputc(' ', f);
    shell_quote(f, cuda);
    fputc(' ', f);
    shell_quote(f, rpath);
    free(cuda);
    free(rpath);
    fputs(" -lm", f);
  }
  fputs(" >", f);
  shell_quote(f, log_path);
  fputs(" 2>&1", f);
  fclose(f);
  free(defs);
  free(incs);

  fflush(NULL);
  int status = -1;
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
    _exit(127);
  }
  if (pid > 0)
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
  size_t loglen = 0;
  char *log = read_file(log_path, &loglen);
  set_log(p, log ? log : xstrdup(""));
  if (pid < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    if (pid < 0 || (WIFEXITED(status) && WEXITSTATUS(status) == 127))
      set_log(p, xasprintf("%snvrtc (gpt23 fake): could not run the host compiler: %s\n", p->log, cmd));
    rc = NVRTC_ERROR_COMPILATION;
  } else if (!is_virtual && !syntax_only) {
    p->cubin = read_file(so_path, &p->cubin_len);
    if (!p->cubin) rc = NVRTC_ERROR_INTERNAL_ERROR;
  }
  free(cmd);
  if (getenv("G23_FAKE_KEEP")) {
    fprintf(stderr, "nvrtc (gpt23 fake): kept %s\n", dir);
  } else {
    char *rm = NULL;
    size_t rm_n = 0;
    FILE *r = open_memstream(&rm, &rm_n);
    fputs("rm -rf ", r);
    shell_quote(r, dir);
    fclose(r);
    if (system(rm) != 0) fprintf(stderr, "nvrtc (gpt23 fake): cannot remove %s\n", dir);
    free(rm);
  }
  free(src_path);
  free(so_path);
  free(log_path);
  free(hdir);
  free(dir);
  return rc;
}

/* NVRTC's checks of a query: a live program and somewhere to answer. */
static int query(prog_t *p, const void *out) {
  pthread_mutex_lock(&lock);
  bool ok = live(p);
  pthread_mutex_unlock(&lock);
  if (!ok) return NVRTC_ERROR_INVALID_PROGRAM;
  return out ? NVRTC_SUCCESS : NVRTC_ERROR_INVALID_INPUT;
}

EXPORT int nvrtcGetProgramLogSize(prog_t *p, size_t *n) {
  int st = query(p, n);
  if (st != NVRTC_SUCCESS) return st;
  *n = strlen(p->log) + 1;
  return NVRTC_SUCCESS;
}

EXPORT int nvrtcGetProgramLog(prog_t *p, char *log) {
  int st = query(p, log);
  if (st != NVRTC_SUCCESS) return st;
  memcpy(log, p->log, strlen(p->log) + 1);
  return NVRTC_SUCCESS;
}

/* A program compiled for a virtual architecture (or not compiled) has no
 * CUBIN: size 0. */
EXPORT int nvrtcGetCUBINSize(prog_t *p, size_t *n) {
  int st = query(p, n);
  if (st != NVRTC_SUCCESS) return st;
  *n = p->cubin ? p->cubin_len : 0;
  return NVRTC_SUCCESS;
}

EXPORT int nvrtcGetCUBIN(prog_t *p, char *cubin) {
  int st = query(p, cubin);
  if (st != NVRTC_SUCCESS) return st;
  if (!p->cubin) return NVRTC_ERROR_INVALID_INPUT;
  memcpy(cubin, p->cubin, p->cubin_len);
  return NVRTC_SUCCESS;
}
