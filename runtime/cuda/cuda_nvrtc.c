/* cuda_nvrtc.c: the plan's CUDA C to CUBINs with NVRTC, and the CUBIN cache.
 *
 * The CUDA source is compiled straight to SASS for the device's
 * architecture (a CUBIN, so the driver never JIT-compiles PTX at load
 * time).  A program of NVRTC's runs on one thread but for the parts that
 * --split-compile spreads, so a plan's source is cut into parts (the
 * prelude and a run of whole kernels each; g23_cuda_split) compiled by as
 * many threads as there are cores.  Each part's CUBIN is cached like the
 * CPU backend's shared object: its name hashes everything that determines
 * it (source, options, NVRTC version, architecture), and it is written
 * atomically, so concurrent runs never see half a file.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/backend.h"
#include "cuda_api.h"
#include "util/util.h"

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

/* The cache file of src compiled with the base options and opts (the run's
 * options) for sm_<arch> under NVRTC major.minor: everything that determines
 * the CUBIN goes into its name.  *failed: where a source that fails is kept. */
static char *cache_path(const char *src, const char *const *opts, int nopts, int major, int minor, int arch,
                        const char *cache_dir, char **failed) {
  uint64_t key = g23_fnv1a(src, strlen(src), G23_FNV_SEED);
  for (int i = 0; i < NBASE; i++) key = g23_fnv1a(base_opts[i], strlen(base_opts[i]) + 1, key);
  for (int i = 0; i < nopts; i++) key = g23_fnv1a(opts[i], strlen(opts[i]) + 1, key);
  const char *home = g23_cuda_home();
  key = g23_fnv1a(home, strlen(home) + 1, key);
  int ver[3] = {major, minor, arch};
  key = g23_fnv1a(ver, sizeof ver, key);
  *failed = g23_xasprintf("%s/cuda-%016" PRIx64 "-failed.cu", cache_dir, key);
  return g23_xasprintf("%s/cuda-%016" PRIx64 "-sm_%d.cubin", cache_dir, key, arch);
}

/* The cached CUBIN at path, or NULL (missing, or not a CUBIN). */
static char *cache_read(const char *path, size_t *len) {
  size_t n = 0;
  char *data = g23_read_file(path, &n);
  if (data && n > 4 && memcmp(data, "\177ELF", 4) == 0) {
    *len = n;
    return data;
  }
  free(data);
  return NULL;
}

static void cache_write(const char *path, const char *cubin, size_t len, bool verbose) {
  if (g23_write_file_atomic(path, cubin, len) != 0 && verbose)
    /* A cache that cannot be written costs time, not correctness. */
    fprintf(stderr, "%s: cannot write the CUBIN cache %s: %s\n", g23_progname, path, strerror(errno));
}

int g23_nvrtc_compile_cached(const char *src, const char *name, int arch, const char *cache_dir, bool verbose,
                             char **cubin, size_t *len, bool *hit, char *err, size_t errn) {
  int hits = 0;
  int rc = g23_nvrtc_compile_parts(&src, 1, name, arch, cache_dir, verbose, cubin, len, &hits, err, errn);
  *hit = hits == 1;
  return rc;
}

/* ---- a module in parts --------------------------------------------------------- */

/* Offset of the line starting with the comment that introduces kernel name,
 * searched from from; -1 if none. */
static int64_t kernel_start(const char *src, int64_t from, const char *name) {
  size_t nl = strlen(name);
  for (const char *p = src + from; (p = strstr(p, "/* ")) != NULL; p += 3) {
    if ((p == src || p[-1] == '\n') && strncmp(p + 3, name, nl) == 0 && p[3 + nl] == ':') return p - src;
  }
  return -1;
}

void g23_cuda_split(const char *src, const char *const *names, int nnames, int max_parts, g23_cuda_parts_t *out) {
  memset(out, 0, sizeof *out);
  out->part_of = g23_xcalloc((size_t)(nnames > 0 ? nnames : 1), sizeof *out->part_of);
  int64_t len = (int64_t)strlen(src);
  int64_t *at = g23_xcalloc((size_t)nnames + 1, sizeof *at);
  bool ok = nnames > 0 && max_parts > 1;
  for (int i = 0; ok && i < nnames; i++) {
    at[i] = kernel_start(src, i ? at[i - 1] + 1 : 0, names[i]);
    ok = at[i] >= 0;
  }
  if (!ok) {
    out->nparts = 1;
    out->src = g23_xcalloc(1, sizeof *out->src);
    out->src[0] = g23_xstrdup(src);
    free(at);
    return;
  }
  at[nnames] = len;
  int parts = max_parts < nnames ? max_parts : nnames;
  out->src = g23_xcalloc((size_t)parts, sizeof *out->src);
  /* Cut where the kernels' text passes each 1/parts of the whole. */
  int64_t body = len - at[0];
  int first = 0;
  for (int k = 0; k < parts && first < nnames; k++) {
    int last = first + 1; /* one past the part's last kernel */
    int64_t goal = at[0] + body * (k + 1) / parts;
    while (last < nnames && at[last] < goal && nnames - last > parts - k - 1) last++;
    if (k == parts - 1) last = nnames;
    for (int i = first; i < last; i++) out->part_of[i] = out->nparts;
    out->src[out->nparts++] = g23_xasprintf("%.*s%.*s", (int)at[0], src, (int)(at[last] - at[first]), src + at[first]);
    first = last;
  }
  free(at);
}

void g23_cuda_parts_free(g23_cuda_parts_t *p) {
  for (int i = 0; i < p->nparts; i++) free(p->src[i]);
  free(p->src);
  free(p->part_of);
  memset(p, 0, sizeof *p);
}

int g23_cuda_default_parts(int nkernels) {
  const char *e = getenv("G23_NVRTC_PARTS");
  long n = e && e[0] ? strtol(e, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
  long most = (nkernels + 7) / 8;
  if (n > most) n = most;
  if (n > 64) n = 64;
  return n < 1 ? 1 : (int)n;
}

typedef struct {
  const g23_nvrtc_api_t *nv;
  const char *const *srcs;
  const char *name;
  int arch;
  const char *const *opts;
  int nopts;
  int *todo, ntodo;   /* the parts to compile */
  int next;           /* index into todo, taken atomically */
  char **failed;      /* [n] where a failing part's source is kept */
  char **cubins;
  size_t *lens;
  char (*errs)[1024]; /* [n] */
  int *rcs;
} job_t;

static void *compile_worker(void *arg) {
  job_t *j = arg;
  for (;;) {
    int t = __atomic_fetch_add(&j->next, 1, __ATOMIC_RELAXED);
    if (t >= j->ntodo) return NULL;
    int i = j->todo[t];
    g23_nvrtc_program_t prog = NULL;
    g23_nvrtc_result_t r = j->nv->CreateProgram(&prog, j->srcs[i], j->name, 0, NULL, NULL);
    if (r != G23_NVRTC_SUCCESS) {
      snprintf(j->errs[i], sizeof j->errs[i], "nvrtcCreateProgram failed: %s", j->nv->GetErrorString(r));
      j->rcs[i] = -1;
      continue;
    }
    j->rcs[i] = compile_program(j->nv, prog, j->srcs[i], j->arch, j->opts, j->nopts, j->failed[i], &j->cubins[i],
                                &j->lens[i], NULL, j->errs[i], sizeof j->errs[i]);
    j->nv->DestroyProgram(&prog);
    g23_progress_part_done();
  }
}

int g23_nvrtc_compile_parts(const char *const *srcs, int n, const char *name, int arch, const char *cache_dir,
                            bool verbose, char **cubins, size_t *lens, int *hits, char *err, size_t errn) {
  *hits = 0;
  for (int i = 0; i < n; i++) {
    cubins[i] = NULL;
    lens[i] = 0;
  }
  const g23_nvrtc_api_t *nv = g23_nvrtc_api(err, errn);
  if (!nv) return -1;
  int major = 0, minor = 0;
  G23_NVRTC(nv, Version(&major, &minor));
  /* One program uses NVRTC's own threads; several use one thread each. */
  const char *const *opts = n == 1 ? run_opts : NULL;
  int nopts = n == 1 ? NRUN : 0;
  job_t j = {.nv = nv, .srcs = srcs, .name = name, .arch = arch, .opts = opts, .nopts = nopts};
  char **paths = g23_xcalloc((size_t)n, sizeof *paths);
  j.failed = g23_xcalloc((size_t)n, sizeof *j.failed);
  j.todo = g23_xcalloc((size_t)n, sizeof *j.todo);
  j.errs = g23_xcalloc((size_t)n, sizeof *j.errs);
  j.rcs = g23_xcalloc((size_t)n, sizeof *j.rcs);
  j.cubins = cubins;
  j.lens = lens;
  for (int i = 0; i < n; i++) {
    paths[i] = cache_path(srcs[i], opts, nopts, major, minor, arch, cache_dir, &j.failed[i]);
    if ((cubins[i] = cache_read(paths[i], &lens[i])) != NULL)
      ++*hits;
    else
      j.todo[j.ntodo++] = i;
  }
  int threads = j.ntodo;
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  if (cpus >= 1 && threads > cpus) threads = (int)cpus;
  if (verbose) {
    if (j.ntodo == 0)
      fprintf(stderr, "%s: CUDA kernels from the cache (%d part%s): %s\n", g23_progname, n, n == 1 ? "" : "s", paths[0]);
    else
      fprintf(stderr, "%s: compiling %d of %d part%s of the CUDA kernels with NVRTC %d.%d for sm_%d on %d "
              "thread%s into %s\n", g23_progname, j.ntodo, n, n == 1 ? "" : "s", major, minor, arch, threads,
              threads == 1 ? "" : "s", cache_dir);
  }
  if (j.ntodo == 0) g23_progress_cached(cache_dir);
  else g23_progress_begin(j.ntodo, *hits);
  pthread_t *tids = g23_xcalloc((size_t)(threads > 0 ? threads : 1), sizeof *tids);
  int started = 0;
  for (int t = 1; t < threads; t++) {
    if (pthread_create(&tids[t], NULL, compile_worker, &j) != 0) break;
    started++;
  }
  if (j.ntodo) compile_worker(&j); /* this thread works too */
  for (int t = 1; t <= started; t++) pthread_join(tids[t], NULL);
  free(tids);
  int rc = 0;
  for (int t = 0; t < j.ntodo; t++)
    if (j.rcs[j.todo[t]] != 0) rc = -1;
  if (j.ntodo) g23_progress_end(rc == 0);
  rc = 0;
  for (int t = 0; t < j.ntodo; t++) {
    int i = j.todo[t];
    if (j.rcs[i] != 0) {
      if (rc == 0) snprintf(err, errn, "%s", j.errs[i]);
      rc = -1;
    } else {
      cache_write(paths[i], cubins[i], lens[i], verbose);
    }
  }
  if (rc != 0) {
    for (int i = 0; i < n; i++) {
      free(cubins[i]);
      cubins[i] = NULL;
      lens[i] = 0;
    }
    *hits = 0;
  }
  for (int i = 0; i < n; i++) {
    free(paths[i]);
    free(j.failed[i]);
  }
  free(paths);
  free(j.failed);
  free(j.todo);
  free(j.errs);
  free(j.rcs);
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
