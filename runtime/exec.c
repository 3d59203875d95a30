/* exec.c: the executor.  Chooses a backend, compiles the plan's kernels,
 * allocates the one arena every tensor lives in, initialises parameters, and
 * runs a graph's launch list.  It knows devices only through backend.h. */
#include <inttypes.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/backend.h"

struct g23_runtime {
  const g23_plan_t *plan;
  const g23_backend_t *be;
  g23_backend_ctx_t *ctx;
  void *arena;
  char err[512]; /* the last failure of write/read/set_scalar/init */
  bool profile, profile_cpu;
  double *prof_s[G23_GRAPH_COUNT];     /* seconds per launch, summed over runs */
  double *prof_epi_s[G23_GRAPH_COUNT]; /* of them, a matmul's epilogue's */
  long prof_runs[G23_GRAPH_COUNT];
};


/* Devices in order of preference for --device auto. */
static const g23_backend_t *const backends[] = {&g23_backend_cuda, &g23_backend_cpu};
#define NBACKENDS (int)(sizeof backends / sizeof *backends)

__attribute__((format(printf, 2, 3))) static int rt_fail(g23_runtime_t *rt, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_vseterr(rt->err, sizeof rt->err, NULL, fmt, ap);
  va_end(ap);
  return -1;
}

static const g23_backend_t *choose_backend(const char *dev, char *err, size_t errn) {
  if (!dev || !dev[0] || strcmp(dev, "auto") == 0) {
    for (int i = 0; i < NBACKENDS; i++)
      if (!backends[i]->available || backends[i]->available()) return backends[i];
    g23_seterr(err, errn, "no usable device");
    return NULL;
  }
  /* A device asked for by name is not probed: its init says precisely why
   * it cannot run (no driver, no device, ...). */
  for (int i = 0; i < NBACKENDS; i++)
    if (strcmp(dev, backends[i]->name) == 0) return backends[i];
  g23_seterr(err, errn, "unknown device '%s' (expected auto, cpu or cuda)", dev);
  return NULL;
}

/* ---- compile progress ----------------------------------------------------------- */

/* Who reports, set by g23_runtime_open around the backend's compile. */
static _Thread_local struct {
  const char *prog;
  int nkernels;
  bool verbose;
} reporter;

/* The ticking line of the compilation in progress (one at a time). */
static struct {
  pthread_mutex_t mu;
  pthread_cond_t cv;
  pthread_t tid;
  bool ticking, stop, tty;
  double t0;
  int nparts, ncached;
  atomic_int done;
  const char *prog;
  int nkernels;
} prog_line = {.mu = PTHREAD_MUTEX_INITIALIZER, .cv = PTHREAD_COND_INITIALIZER};

static void progress_draw(void) {
  static const char spin[] = "|/-\\";
  double t = g23_now() - prog_line.t0;
  fprintf(stderr, "\r%s: compiling %d kernels ", prog_line.prog, prog_line.nkernels);
  if (prog_line.nparts > 1) {
    enum { WIDTH = 20 };
    int done = atomic_load(&prog_line.done), fill = done * WIDTH / prog_line.nparts;
    fprintf(stderr, "[%.*s%*s] %d/%d parts", fill, "####################", WIDTH - fill, "", done, prog_line.nparts);
  } else {
    fprintf(stderr, "%c", spin[(int)(t * 5) % 4]);
  }
  fprintf(stderr, " %.1f s\033[K", t);
  fflush(stderr);
}

static void *progress_tick(void *arg) {
  (void)arg;
  pthread_mutex_lock(&prog_line.mu);
  while (!prog_line.stop) {
    progress_draw();
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_nsec += 200 * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
      ts.tv_sec++;
      ts.tv_nsec -= 1000000000L;
    }
    pthread_cond_timedwait(&prog_line.cv, &prog_line.mu, &ts);
  }
  pthread_mutex_unlock(&prog_line.mu);
  return NULL;
}

void g23_progress_cached(const char *where) {
  if (!reporter.prog || !(reporter.verbose || isatty(2))) return;
  fprintf(stderr, "%s: %d kernels found in the cache (%s)\n", reporter.prog, reporter.nkernels, where);
}

void g23_progress_begin(int nparts, int ncached) {
  if (!reporter.prog) return;
  prog_line.prog = reporter.prog;
  prog_line.nkernels = reporter.nkernels;
  prog_line.nparts = nparts;
  prog_line.ncached = ncached;
  atomic_store(&prog_line.done, 0);
  prog_line.t0 = g23_now();
  prog_line.tty = isatty(2);
  prog_line.stop = false;
  prog_line.ticking = prog_line.tty && pthread_create(&prog_line.tid, NULL, progress_tick, NULL) == 0;
  if (!prog_line.ticking) {
    fprintf(stderr, "%s: compiling %d kernels", prog_line.prog, prog_line.nkernels);
    if (ncached) fprintf(stderr, " (%d of %d parts, the rest from the cache)", nparts, nparts + ncached);
    fprintf(stderr, "...\n");
  }
}

void g23_progress_part_done(void) { atomic_fetch_add(&prog_line.done, 1); }

void g23_progress_end(bool ok) {
  if (!reporter.prog) return;
  if (prog_line.ticking) {
    pthread_mutex_lock(&prog_line.mu);
    prog_line.stop = true;
    pthread_cond_signal(&prog_line.cv);
    pthread_mutex_unlock(&prog_line.mu);
    pthread_join(prog_line.tid, NULL);
    prog_line.ticking = false;
    if (!ok) {
      fprintf(stderr, "\n");
      return;
    }
    fprintf(stderr, "\r%s: compiling %d kernels... compiled in %.1f s\033[K\n", prog_line.prog, prog_line.nkernels,
            g23_now() - prog_line.t0);
  } else if (ok) {
    fprintf(stderr, "%s: compiled in %.1f s\n", prog_line.prog, g23_now() - prog_line.t0);
  }
}

int g23_runtime_open(g23_runtime_t **out, const g23_plan_t *plan, const g23_runtime_opts_t *o, char *err,
                     size_t errn) {
  *out = NULL;
  g23_runtime_opts_t dflt = {.device = "auto"};
  if (!o) o = &dflt;
  const g23_backend_t *be = choose_backend(o->device, err, errn);
  if (!be) return -1;
  g23_runtime_t *rt = g23_xcalloc(1, sizeof *rt);
  rt->plan = plan;
  rt->profile = o && o->profile;
  rt->profile_cpu = o && o->profile_cpu;
  rt->be = be;
  if (be->init(&rt->ctx, plan, o, err, errn) != 0) {
    free(rt);
    return -1;
  }
  reporter.prog = o->progress;
  reporter.nkernels = plan->nkernels;
  reporter.verbose = o->verbose;
  int crc = be->compile(rt->ctx, err, errn);
  reporter.prog = NULL;
  if (crc != 0 || be->alloc(rt->ctx, (size_t)plan->arena_bytes, &rt->arena, err, errn) != 0) {
    g23_runtime_close(rt);
    return -1;
  }
  *out = rt;
  return 0;
}

void g23_runtime_close(g23_runtime_t *rt) {
  if (!rt) return;
  if (rt->arena) rt->be->free(rt->ctx, rt->arena);
  if (rt->ctx) rt->be->close(rt->ctx);
  for (int k = 0; k < G23_GRAPH_COUNT; k++) free(rt->prof_s[k]), free(rt->prof_epi_s[k]);
  free(rt);
}

typedef struct {
  int graph, launch;
  double s;
} prof_row_t;

static int prof_cmp(const void *a, const void *b) {
  double x = ((const prof_row_t *)a)->s, y = ((const prof_row_t *)b)->s;
  return (x < y) - (x > y);
}

void g23_runtime_profile_print(const g23_runtime_t *rt, FILE *f, int n) {
  const g23_plan_t *p = rt->plan;
  G23_VEC(prof_row_t) rows = {0};
  double total = 0;
  for (int k = 0; k < G23_GRAPH_COUNT; k++) {
    if (!rt->prof_s[k] || !rt->prof_runs[k]) continue;
    for (int i = 0; i < p->graphs[k].nlaunch; i++) {
      prof_row_t r = {k, i, rt->prof_s[k][i] / (double)rt->prof_runs[k]};
      total += r.s;
      G23_VEC_PUSH(rows, r);
    }
  }
  if (!rows.n) return;
  qsort(rows.v, (size_t)rows.n, sizeof *rows.v, prof_cmp);
  fprintf(f, "profile: ms per run of each launch, slowest first (%.2f ms in all)\n", 1e3 * total);
  for (int i = 0; i < rows.n && (n <= 0 || i < n); i++) {
    const g23_launch_t *l = &p->graphs[rows.v[i].graph].launches[rows.v[i].launch];
    char what[200];
    if (l->kind == G23_LAUNCH_MATMUL) {
      int k = rows.v[i].graph;
      double epi = rt->prof_epi_s[k][rows.v[i].launch] / (double)rt->prof_runs[k];
      int n = snprintf(what, sizeof what, "matmul %" PRId64 "x%" PRId64 "x%" PRId64 " batch %" PRId64 "%s%s",
                       l->mm.m, l->mm.n, l->mm.k, l->mm.batch, l->mm.transa ? " A^T" : "",
                       l->mm.transb ? " B^T" : "");
      if (l->mm.epilogue != G23_EPI_NONE && rt->be->matmul_epilogue_s && n > 0 && (size_t)n < sizeof what)
        snprintf(what + n, sizeof what - (size_t)n, ", %s %.3f ms of it", g23_epilogue_name(l->mm.epilogue), 1e3 * epi);
    } else
      snprintf(what, sizeof what, "%s", p->kernels[l->kernel].name);
    fprintf(f, "  %8.3f ms %5.1f%%  %-7s #%-4d %s\n", 1e3 * rows.v[i].s, 100 * rows.v[i].s / total,
            g23_graph_kind_name((g23_graph_kind_t)rows.v[i].graph), rows.v[i].launch, what);
  }
  G23_VEC_FREE(rows);
}

int g23_runtime_profile_get(const g23_runtime_t *rt, int graph, int i, double *total_s, double *epilogue_s,
                            long *runs) {
  if (graph < 0 || graph >= G23_GRAPH_COUNT || !rt->prof_s[graph] || i < 0 || i >= rt->plan->graphs[graph].nlaunch)
    return -1;
  *total_s = rt->prof_s[graph][i];
  *epilogue_s = rt->prof_epi_s[graph][i];
  *runs = rt->prof_runs[graph];
  return 0;
}

const char *g23_runtime_device(const g23_runtime_t *rt) { return rt->be->name; }

const char *g23_runtime_error(const g23_runtime_t *rt) { return rt->err; }

bool g23_runtime_cache_hit(const g23_runtime_t *rt) {
  return rt->be->cache_hit ? rt->be->cache_hit(rt->ctx) : false;
}

/* ---- parameter initialisation ---------------------------------------------- */

/* A counter-based generator: element idx of the stream named by a tensor is
 * a pure function of (seed, stream, idx), so initialisation does not depend
 * on tensor order, thread count or device. */
static uint64_t mix3(uint64_t seed, uint64_t stream, uint64_t idx) {
  uint64_t z = seed ^ (stream * 0x9e3779b97f4a7c15ull) ^ (idx * 0xd1b54a32d192ed03ull);
  z += 0x9e3779b97f4a7c15ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  z ^= z >> 31;
  z = (z ^ (z >> 29)) * 0xbf58476d1ce4e5b9ull;
  return z ^ (z >> 32);
}

/* Standard normal by Box-Muller from two uniforms of the counter. */
static double normal_at(uint64_t seed, uint64_t stream, uint64_t idx) {
  double u1 = ((mix3(seed, stream, 2 * idx) >> 11) + 1) * 0x1.0p-53; /* (0, 1] */
  double u2 = (mix3(seed, stream, 2 * idx + 1) >> 11) * 0x1.0p-53;   /* [0, 1) */
  return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2);
}

static uint16_t f32_to_bf16(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  if ((u & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((u >> 16) | 0x40); /* NaN stays NaN */
  u += 0x7fffu + ((u >> 16) & 1);                                            /* nearest even */
  return (uint16_t)(u >> 16);
}

static uint16_t f32_to_f16(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  uint32_t sign = (u >> 16) & 0x8000u;
  int32_t e = (int32_t)((u >> 23) & 0xff) - 127 + 15;
  uint32_t man = u & 0x7fffffu;
  if (((u >> 23) & 0xff) == 0xff) return (uint16_t)(sign | 0x7c00u | (man ? 0x200u : 0));
  if (e >= 31) return (uint16_t)(sign | 0x7c00u);
  if (e <= 0) {
    if (e < -10) return (uint16_t)sign;
    man |= 0x800000u;
    int shift = 14 - e;
    uint32_t h = man >> shift, rem = man & ((1u << shift) - 1), half = 1u << (shift - 1);
    if (rem > half || (rem == half && (h & 1))) h++;
    return (uint16_t)(sign | h);
  }
  uint32_t h = sign | ((uint32_t)e << 10) | (man >> 13);
  uint32_t rem = man & 0x1fffu;
  if (rem > 0x1000u || (rem == 0x1000u && (h & 1))) h++;
  return (uint16_t)h;
}

/* Stores v as element i of a buffer of dtype dt. */
static void store_elem(void *buf, g23_dtype_t dt, int64_t i, double v) {
  switch (dt) {
  case G23_F32: ((float *)buf)[i] = (float)v; break;
  case G23_I32: ((int32_t *)buf)[i] = (int32_t)v; break;
  case G23_BF16: ((uint16_t *)buf)[i] = f32_to_bf16((float)v); break;
  case G23_F16: ((uint16_t *)buf)[i] = f32_to_f16((float)v); break;
  default: G23_ASSERT(!"unknown dtype");
  }
}

static int zero_range(g23_runtime_t *rt, int64_t off, int64_t n) {
  char err[512];
  int rc;
  if (rt->be->zero) {
    rc = rt->be->zero(rt->ctx, rt->arena, (size_t)off, (size_t)n, err, sizeof err);
  } else {
    void *z = g23_xcalloc(1, (size_t)n);
    rc = rt->be->copy_in(rt->ctx, rt->arena, (size_t)off, z, (size_t)n, err, sizeof err);
    free(z);
  }
  if (rc) rt_fail(rt, "%s", err);
  return rc;
}

int g23_runtime_init_params(g23_runtime_t *rt, uint64_t seed) {
  const g23_plan_t *p = rt->plan;
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != -1) continue;
    if (t->role != G23_ROLE_PARAM || t->init == G23_INIT_NONE || t->init == G23_INIT_ZEROS) {
      if (zero_range(rt, t->offset, t->nbytes)) return -1;
      continue;
    }
    int64_t n = t->nbytes / g23_dtype_size(t->dtype);
    uint64_t stream = g23_fnv1a(t->name, strlen(t->name), G23_FNV_SEED);
    void *buf = g23_xmalloc((size_t)t->nbytes);
    for (int64_t j = 0; j < n; j++) {
      double v = 0;
      switch (t->init) {
      case G23_INIT_ONES: v = 1; break;
      case G23_INIT_CONST: v = t->init_arg; break;
      case G23_INIT_NORMAL: v = t->init_arg * normal_at(seed, stream, (uint64_t)j); break;
      case G23_INIT_ALIBI: v = exp2(-8.0 * (double)(j + 1) / (double)n); break;
      default: break;
      }
      store_elem(buf, t->dtype, j, v);
    }
    char err[512];
    int rc = rt->be->copy_in(rt->ctx, rt->arena, (size_t)t->offset, buf, (size_t)t->nbytes, err, sizeof err);
    free(buf);
    if (rc) return rt_fail(rt, "%s", err);
  }
  return 0;
}

/* ---- named tensors ----------------------------------------------------------- */

static const g23_plan_tensor_t *lookup(g23_runtime_t *rt, const char *name, int graph, size_t nbytes) {
  const g23_plan_tensor_t *t = g23_plan_find(rt->plan, name, graph);
  if (!t) {
    rt_fail(rt, "no tensor '%s' in %s", name,
            graph < 0 ? "the persistent tensors" : g23_graph_kind_name((g23_graph_kind_t)graph));
    return NULL;
  }
  if ((int64_t)nbytes != t->nbytes) {
    rt_fail(rt, "tensor '%s' has %" PRId64 " bytes, not %zu", name, t->nbytes, nbytes);
    return NULL;
  }
  return t;
}

int g23_runtime_write(g23_runtime_t *rt, const char *name, int graph, const void *data, size_t nbytes) {
  const g23_plan_tensor_t *t = lookup(rt, name, graph, nbytes);
  if (!t) return -1;
  char err[512];
  if (rt->be->copy_in(rt->ctx, rt->arena, (size_t)t->offset, data, nbytes, err, sizeof err))
    return rt_fail(rt, "%s", err);
  return 0;
}

int g23_runtime_release(g23_runtime_t *rt, const char *name, int graph) {
  const g23_plan_tensor_t *t = g23_plan_find(rt->plan, name, graph);
  if (!t) return rt_fail(rt, "no tensor '%s'", name);
  char err[512];
  if (rt->be->release && rt->be->release(rt->ctx, rt->arena, (size_t)t->offset, (size_t)t->nbytes, err, sizeof err))
    return rt_fail(rt, "%s", err);
  return 0;
}

int g23_runtime_read(g23_runtime_t *rt, const char *name, int graph, void *data, size_t nbytes) {
  const g23_plan_tensor_t *t = lookup(rt, name, graph, nbytes);
  if (!t) return -1;
  char err[512];
  if (rt->be->copy_out(rt->ctx, rt->arena, (size_t)t->offset, data, nbytes, err, sizeof err))
    return rt_fail(rt, "%s", err);
  return 0;
}

int g23_runtime_set_scalar(g23_runtime_t *rt, int graph, const char *name, double value) {
  const g23_plan_tensor_t *t = g23_plan_find(rt->plan, name, graph);
  if (!t) return rt_fail(rt, "no scalar '%s' in graph %s", name, graph < 0 ? "persistent" : g23_graph_kind_name((g23_graph_kind_t)graph));
  if (t->nbytes != g23_dtype_size(t->dtype))
    return rt_fail(rt, "tensor '%s' is not a scalar (%" PRId64 " bytes)", name, t->nbytes);
  unsigned char buf[8];
  if (t->dtype == G23_I32) {
    if (!(value >= INT32_MIN && value <= INT32_MAX) || value != floor(value))
      return rt_fail(rt, "scalar '%s' is i32 and cannot hold %g", name, value);
  }
  store_elem(buf, t->dtype, 0, value);
  return g23_runtime_write(rt, name, graph, buf, (size_t)t->nbytes);
}

/* ---- running ------------------------------------------------------------------ */

static int run_graph(g23_runtime_t *rt, g23_graph_kind_t graph, g23_launch_hook_t hook, void *ctx, bool wait,
                     char *err, size_t errn);

int g23_runtime_run_hook(g23_runtime_t *rt, g23_graph_kind_t graph, g23_launch_hook_t hook, void *ctx, char *err,
                         size_t errn) {
  return run_graph(rt, graph, hook, ctx, true, err, errn);
}

int g23_runtime_run_queued(g23_runtime_t *rt, g23_graph_kind_t graph, g23_launch_hook_t hook, void *ctx, char *err,
                           size_t errn) {
  return run_graph(rt, graph, hook, ctx, false, err, errn);
}

/* ---- collectives ---------------------------------------------------------------- */

bool g23_runtime_has_comm(const g23_runtime_t *rt) {
  return rt->be->comm_init && rt->be->comm_mean && rt->be->comm_join;
}

int g23_runtime_comm_join(g23_runtime_t *rt, char *err, size_t errn) {
  G23_ASSERT(g23_runtime_has_comm(rt));
  return rt->be->comm_join(rt->ctx, err, errn);
}

int g23_runtime_comm_init(g23_runtime_t *rt, int rank, int nranks, g23_bcast_fn_t bcast, void *bctx,
                          double timeout_s, char *err, size_t errn) {
  if (!g23_runtime_has_comm(rt)) {
    g23_seterr(err, errn, "the %s device has no collectives", rt->be->name);
    return -1;
  }
  return rt->be->comm_init(rt->ctx, rank, nranks, bcast, bctx, timeout_s, err, errn);
}

int g23_runtime_comm_mean(g23_runtime_t *rt, const g23_plan_tensor_t *const *ts, int n, char *err, size_t errn) {
  G23_ASSERT(g23_runtime_has_comm(rt));
  G23_ASSERT(n >= 0 && n <= 4096); /* a bucket's gradients (dist.h: at most 1024), on the stack */
  size_t off[n + 1], count[n + 1];
  for (int i = 0; i < n; i++) {
    G23_ASSERT(ts[i]->graph == -1 && ts[i]->dtype == G23_F32);
    off[i] = (size_t)ts[i]->offset;
    count[i] = (size_t)ts[i]->nbytes / 4;
  }
  return rt->be->comm_mean(rt->ctx, rt->arena, off, count, n, err, errn);
}

static double prof_clock(const g23_runtime_t *rt) {
  if (!rt->profile_cpu) return g23_now();
  struct timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int g23_runtime_run(g23_runtime_t *rt, g23_graph_kind_t graph, char *err, size_t errn) {
  return run_graph(rt, graph, NULL, NULL, true, err, errn);
}

static int run_graph(g23_runtime_t *rt, g23_graph_kind_t graph, g23_launch_hook_t hook, void *ctx, bool wait,
                     char *err, size_t errn) {
  const g23_plan_t *p = rt->plan;
  if ((unsigned)graph >= G23_GRAPH_COUNT || !p->has_graph[graph]) {
    g23_seterr(err, errn, "the plan has no %s graph",
             (unsigned)graph < G23_GRAPH_COUNT ? g23_graph_kind_name(graph) : "such");
    return -1;
  }
  const g23_plan_graph_t *g = &p->graphs[graph];
  if (rt->profile && !rt->prof_s[graph]) {
    rt->prof_s[graph] = g23_xcalloc((size_t)g->nlaunch + 1, sizeof(double));
    rt->prof_epi_s[graph] = g23_xcalloc((size_t)g->nlaunch + 1, sizeof(double));
  }
  for (int i = 0; i < g->nlaunch; i++) {
    const g23_launch_t *l = &g->launches[i];
    double t0 = rt->profile ? prof_clock(rt) : 0;
    int rc = l->kind == G23_LAUNCH_MATMUL ? rt->be->matmul(rt->ctx, rt->arena, &l->mm, err, errn)
                                          : rt->be->launch(rt->ctx, rt->arena, l, err, errn);
    if (rc) return -1;
    if (rt->profile) {
      if (rt->be->synchronize && rt->be->synchronize(rt->ctx, err, errn)) return -1;
      rt->prof_s[graph][i] += prof_clock(rt) - t0;
      if (l->kind == G23_LAUNCH_MATMUL && rt->be->matmul_epilogue_s)
        rt->prof_epi_s[graph][i] += rt->be->matmul_epilogue_s(rt->ctx);
    }
    if (hook) {
      if (wait && !rt->profile && rt->be->synchronize && rt->be->synchronize(rt->ctx, err, errn)) return -1;
      int hrc = hook(ctx, i + 1, err, errn);
      if (hrc < 0) return -1;
      if (hrc > 0) break; /* the hook has done the rest of the graph */
    }
  }
  if (rt->profile) rt->prof_runs[graph]++;
  if (rt->be->synchronize && rt->be->synchronize(rt->ctx, err, errn)) return -1;
  return 0;
}
