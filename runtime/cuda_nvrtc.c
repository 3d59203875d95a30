/* cuda_nvrtc.c: the plan's CUDA C to a CUBIN with NVRTC, and the CUBIN cache.
 *
 * The whole CUDA source is one translation unit compiled straight to SASS
 * for the device's architecture (a CUBIN, so the driver never JIT-compiles
 * PTX at load time).  NVRTC splits the work over threads itself
 * (--split-compile=0).  The CUBIN is cached like the CPU backend's shared
 * object: its name hashes everything that determines it (source, options,
 * NVRTC version, architecture), and it is written atomically, so concurrent
 * runs never see half a file.
 */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cuda_api.h"
#include "../ir/util.h"

/* Options every compilation gets, after --gpu-architecture. */
static const char *const base_opts[] = {"--std=c++17"};
/* And those of the runtime's compilations: NVRTC spreads the optimizer and
 * ptxas over every core (its reports would interleave, so the resource
 * report of the tests compiles without it). */
static const char *const run_opts[] = {"--split-compile=0"};
#define NRUN (int)(sizeof run_opts / sizeof *run_opts)
#define NBASE (int)(sizeof base_opts / sizeof *base_opts)

static char *program_log(const g23_nvrtc_api_t *nv, g23_nvrtc_program_t prog) {
  size_t n = 0;
  if (nv->GetProgramLogSize(prog, &n) != G23_NVRTC_SUCCESS || n == 0) return g23_xstrdup("");
  char *log = g23_xcalloc(1, n + 1);
  if (nv->GetProgramLog(prog, log) != G23_NVRTC_SUCCESS) log[0] = 0;
  return log;
}

/* Compiles with prog created; the caller destroys it. */
static int compile_program(const g23_nvrtc_api_t *nv, g23_nvrtc_program_t prog, const char *src, int arch,
                           const char *const *extra, int nextra, const char *failed_src, char **cubin,
                           size_t *len, char **logp, char *err, size_t errn) {
  char archopt[64];
  snprintf(archopt, sizeof archopt, "--gpu-architecture=sm_%d", arch);
  char *incopt = g23_xasprintf("-I%s/include", g23_cuda_home());
  int nopts = 0;
  const char **opts = g23_xcalloc((size_t)(2 + NBASE + nextra), sizeof *opts);
  opts[nopts++] = archopt;
  for (int i = 0; i < NBASE; i++) opts[nopts++] = base_opts[i];
  opts[nopts++] = incopt;
  for (int i = 0; i < nextra; i++) opts[nopts++] = extra[i];
  g23_nvrtc_result_t r = nv->CompileProgram(prog, nopts, opts);
  char *log = program_log(nv, prog);
  int rc = -1;
  if (r != G23_NVRTC_SUCCESS) {
    /* The log is the compiler's diagnostics: print it whole, like a C
     * compiler's output, and keep the source it refers to. */
    if (log[0]) fprintf(stderr, "%s%s", log, log[strlen(log) - 1] == '\n' ? "" : "\n");
    const char *saved = "";
    if (failed_src && g23_write_file_atomic(failed_src, src, strlen(src)) == 0) saved = failed_src;
    snprintf(err, errn,
             "nvrtcCompileProgram failed for sm_%d: %s%s%s%s; hint: the CUDA kernels of this plan do not "
             "compile; report it with the plan and the saved source",
             arch, nv->GetErrorString(r), log[0] ? " (the NVRTC log is above)" : "",
             saved[0] ? "; the source is saved in " : "", saved);
    goto out;
  }
  size_t n = 0;
  if (nv->GetCUBINSize(prog, &n) != G23_NVRTC_SUCCESS || n == 0) {
    snprintf(err, errn, "nvrtcGetCUBINSize failed or returned 0 bytes for sm_%d; hint: this NVRTC cannot "
             "produce SASS for sm_%d", arch, arch);
    goto out;
  }
  char *bin = g23_xmalloc(n);
  r = nv->GetCUBIN(prog, bin);
  if (r != G23_NVRTC_SUCCESS) {
    free(bin);
    snprintf(err, errn, "nvrtcGetCUBIN failed: %s", nv->GetErrorString(r));
    goto out;
  }
  *cubin = bin;
  *len = n;
  rc = 0;
out:
  if (rc == 0 && logp) {
    *logp = log;
    log = NULL;
  }
  free(log);
  free(opts);
  free(incopt);
  return rc;
}

int g23_nvrtc_compile(const char *src, const char *name, int arch, const char *const *extra, int nextra,
                      const char *failed_src, char **cubin, size_t *len, char **log, char *err, size_t errn) {
  *cubin = NULL;
  *len = 0;
  if (log) *log = NULL;
  const g23_nvrtc_api_t *nv = g23_nvrtc_api(err, errn);
  if (!nv) return -1;
  g23_nvrtc_program_t prog = NULL;
  G23_NVRTC(nv, CreateProgram(&prog, src, name, 0, NULL, NULL));
  int rc = compile_program(nv, prog, src, arch, extra, nextra, failed_src, cubin, len, log, err, errn);
  nv->DestroyProgram(&prog);
  return rc;
}

int g23_nvrtc_compile_cached(const char *src, const char *name, int arch, const char *cache_dir, bool verbose,
                             char **cubin, size_t *len, bool *hit, char *err, size_t errn) {
  *hit = false;
  const g23_nvrtc_api_t *nv = g23_nvrtc_api(err, errn);
  if (!nv) return -1;
  int major = 0, minor = 0;
  G23_NVRTC(nv, Version(&major, &minor));
  /* Everything that determines the CUBIN goes into its name. */
  uint64_t key = g23_fnv1a(src, strlen(src), G23_FNV_SEED);
  for (int i = 0; i < NBASE; i++) key = g23_fnv1a(base_opts[i], strlen(base_opts[i]) + 1, key);
  for (int i = 0; i < NRUN; i++) key = g23_fnv1a(run_opts[i], strlen(run_opts[i]) + 1, key);
  const char *home = g23_cuda_home();
  key = g23_fnv1a(home, strlen(home) + 1, key);
  int ver[3] = {major, minor, arch};
  key = g23_fnv1a(ver, sizeof ver, key);
  char *path = g23_xasprintf("%s/cuda-%016" PRIx64 "-sm_%d.cubin", cache_dir, key, arch);
  char *failed = g23_xasprintf("%s/cuda-%016" PRIx64 "-failed.cu", cache_dir, key);
  int rc = 0;
  size_t n = 0;
  char *data = g23_read_file(path, &n);
  if (data && n > 4 && memcmp(data, "\177ELF", 4) == 0) {
    if (verbose) fprintf(stderr, "gpt23: CUDA kernels from the cache: %s\n", path);
    *cubin = data;
    *len = n;
    *hit = true;
    goto out;
  }
  free(data); /* missing, or not a CUBIN: compile afresh */
  if (verbose)
    fprintf(stderr, "gpt23: compiling CUDA kernels with NVRTC %d.%d for sm_%d into %s\n", major, minor, arch, path);
  rc = g23_nvrtc_compile(src, name, arch, run_opts, NRUN, failed, cubin, len, NULL, err, errn);
  if (rc == 0 && g23_write_file_atomic(path, *cubin, *len) != 0 && verbose)
    /* A cache that cannot be written costs time, not correctness. */
    fprintf(stderr, "gpt23: cannot write the CUBIN cache %s: %s\n", path, strerror(errno));
out:
  free(path);
  free(failed);
  return rc;
}

/* ---- ptxas -v ------------------------------------------------------------ */

static g23_ptxas_entry_t *find_entry(g23_ptxas_entry_t *v, int n, const char *name, size_t len) {
  for (int i = n - 1; i >= 0; i--)
    if (strlen(v[i].name) == len && strncmp(v[i].name, name, len) == 0) return &v[i];
  return NULL;
}

/* The number before `what` on line (e.g. "12 bytes spill stores"), or -1. */
static int64_t number_before(const char *line, const char *eol, const char *what) {
  const char *p = strstr(line, what);
  if (!p || p > eol) return -1;
  while (p > line && p[-1] == ' ') p--;
  const char *q = p;
  while (q > line && q[-1] >= '0' && q[-1] <= '9') q--;
  if (q == p) return -1;
  return strtoll(q, NULL, 10);
}

int g23_ptxas_parse(const char *log, g23_ptxas_entry_t **out) {
  G23_VEC(g23_ptxas_entry_t) v = {0};
  g23_ptxas_entry_t *props = NULL; /* "Function properties for NAME" target */
  int cur = -1;                    /* the entry being compiled */
  bool any = false;
  for (const char *line = log; line && *line;) {
    const char *eol = strchr(line, '\n');
    if (!eol) eol = line + strlen(line);
    const char *p;
    if ((p = strstr(line, "Compiling entry function '")) && p < eol) {
      p += strlen("Compiling entry function '");
      const char *e = memchr(p, '\'', (size_t)(eol - p));
      if (e) {
        g23_ptxas_entry_t ent = {0};
        snprintf(ent.name, sizeof ent.name, "%.*s", (int)(e - p), p);
        G23_VEC_PUSH(v, ent);
        cur = v.n - 1;
        props = NULL;
        any = true;
      }
    } else if ((p = strstr(line, "Function properties for ")) && p < eol) {
      p += strlen("Function properties for ");
      size_t len = (size_t)(eol - p);
      while (len && (p[len - 1] == ' ' || p[len - 1] == '\r' || p[len - 1] == ':')) len--;
      props = find_entry(v.v, v.n, p, len);
    } else if (strstr(line, "bytes stack frame") && strstr(line, "bytes stack frame") < eol) {
      g23_ptxas_entry_t *e = props ? props : cur >= 0 ? &v.v[cur] : NULL;
      if (e) {
        e->stack_bytes = number_before(line, eol, "bytes stack frame");
        e->spill_stores = number_before(line, eol, "bytes spill stores");
        e->spill_loads = number_before(line, eol, "bytes spill loads");
      }
      props = NULL;
    } else if ((p = strstr(line, "Used ")) && p < eol && strstr(p, "registers") && cur >= 0) {
      v.v[cur].registers = (int)number_before(line, eol, "registers");
      int64_t smem = number_before(line, eol, "bytes smem");
      v.v[cur].smem_bytes = smem < 0 ? 0 : smem;
      any = true;
    }
    line = *eol ? eol + 1 : eol;
  }
  if (!any) {
    free(v.v);
    *out = NULL;
    return -1;
  }
  *out = v.v;
  return v.n;
}
