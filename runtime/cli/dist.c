/* dist.c: the process group of data-parallel training and the gradient
 * all-reduce (dist.h, docs/distributed.md). */
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime/cli/dist.h"

g23_dist_t g23_dist = {.rank = 0, .size = 1};

bool g23_dist_launched(void) {
  const char *s = getenv("OMPI_COMM_WORLD_SIZE");
  return (s && *s) || getenv("PMIX_RANK");
}

/* The module's path: $GPT23_MPI_MODULE, else beside the executable (the
 * build tree), else the installed library directory. */
static void *open_module(char *err, size_t errn) {
  const char *env = getenv("GPT23_MPI_MODULE");
  char self[4096], tried[3 * 4096 + 64] = "";
  void *dl = NULL;
  if (env && *env) {
    dl = dlopen(env, RTLD_NOW | RTLD_GLOBAL);
    if (!dl) g23_seterr(err, errn, "GPT23_MPI_MODULE=%s: %s", env, dlerror());
    return dl;
  }
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 32);
  if (n > 0) {
    self[n] = 0;
    char *slash = strrchr(self, '/');
    if (slash) {
      strcpy(slash + 1, "gpt23-mpi.so");
      dl = dlopen(self, RTLD_NOW | RTLD_GLOBAL);
      if (dl) return dl;
      snprintf(tried, sizeof tried, "%s (%s)", self, dlerror());
    }
  }
  dl = dlopen(G23_PKGLIBDIR "/gpt23-mpi.so", RTLD_NOW | RTLD_GLOBAL);
  if (dl) return dl;
  g23_seterr(err, errn,
             "started by mpirun, but the MPI module could not be loaded: %s; %s/gpt23-mpi.so (%s)\n"
             "  hint: build gpt23 with Open MPI installed (on Debian: apt-get install libopenmpi-dev "
             "openmpi-bin), or set GPT23_MPI_MODULE",
             tried[0] ? tried : "no executable path", G23_PKGLIBDIR, dlerror());
  return NULL;
}

int g23_dist_init(char *err, size_t errn) {
  if (!g23_dist_launched()) return 0;
  void *dl = open_module(err, errn);
  if (!dl) return -1;
  const g23_dist_ops_t *(*get)(void) = (const g23_dist_ops_t *(*)(void))dlsym(dl, "g23_dist_mpi_ops");
  const g23_dist_ops_t *ops = get ? get() : NULL;
  if (!ops || ops->abi != G23_DIST_ABI) {
    g23_seterr(err, errn, "the MPI module is of another gpt23 (interface %d, this gpt23run speaks %d)",
               ops ? ops->abi : -1, G23_DIST_ABI);
    dlclose(dl);
    return -1;
  }
  int rank, size;
  if (ops->init(&rank, &size, err, errn)) return -1;
  g23_dist = (g23_dist_t){.rank = rank, .size = size, .ops = ops, .dl = dl};
  return 0;
}

void g23_dist_abort(int code) {
  if (g23_dist.ops && g23_dist.size > 1) {
    fflush(stdout);
    fflush(stderr);
    g23_dist.ops->abort(code);
  }
}

void g23_dist_finalize(void) {
  if (g23_dist.ops) g23_dist.ops->finalize();
  g23_dist.ops = NULL;
}

int g23_dist_sum(double *v, int n, char *err, size_t errn) {
  if (!g23_dist.ops || g23_dist.size == 1) return 0;
  return g23_dist.ops->allreduce_f64(v, n, err, errn);
}

/* ---- the gradient all-reduce ------------------------------------------------ */

typedef struct {
  int first, end;   /* gradients [first, end) of the order */
  int ready;        /* launches after which all of them are final */
  int64_t off, n;   /* floats of the host buffer */
  void *req;
  bool started, finished;
} bucket_t;

struct g23_gradsync {
  const g23_plan_t *p;
  g23_runtime_t *rt;
  const g23_plan_tensor_t **grads; /* in the order they become final */
  int ngrads;
  int64_t *off; /* [ngrads] first float in host */
  float *host;
  bucket_t *buckets;
  int nbuckets, cut;
};

static void timing_start(void);
static void timing_report(const g23_gradsync_t *gs);

static int final_of(const g23_plan_t *p, const g23_plan_tensor_t *t) {
  return t->grad_final ? t->grad_final : p->graphs[G23_GRAPH_TRAIN].grad_cut;
}

static const g23_plan_t *sort_plan;
static int by_final(const void *a, const void *b) {
  const g23_plan_tensor_t *x = *(const g23_plan_tensor_t *const *)a, *y = *(const g23_plan_tensor_t *const *)b;
  int fx = final_of(sort_plan, x), fy = final_of(sort_plan, y);
  if (fx != fy) return fx < fy ? -1 : 1;
  return x < y ? -1 : x > y;
}

int g23_gradsync_init(g23_gradsync_t **out, const g23_plan_t *p, g23_runtime_t *rt, char *err, size_t errn) {
  *out = NULL;
  int cut = p->graphs[G23_GRAPH_TRAIN].grad_cut;
  if (cut <= 0) {
    g23_seterr(err, errn,
               "the training graph has no point where every gradient is final and none is read yet, so "
               "its gradients cannot be reduced across processes\n"
               "  hint: train this model in one process");
    return -1;
  }
  g23_gradsync_t *gs = g23_xcalloc(1, sizeof *gs);
  gs->p = p;
  gs->rt = rt;
  gs->cut = cut;
  gs->grads = g23_xcalloc((size_t)p->ntensors + 1, sizeof *gs->grads);
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->role != G23_ROLE_GRAD || t->graph != -1) continue;
    if (t->dtype != G23_F32) {
      g23_seterr(err, errn, "gradient %s is not f32", t->name);
      g23_gradsync_free(gs);
      return -1;
    }
    gs->grads[gs->ngrads++] = t;
  }
  sort_plan = p;
  qsort(gs->grads, (size_t)gs->ngrads, sizeof *gs->grads, by_final);
  gs->off = g23_xcalloc((size_t)gs->ngrads + 1, sizeof *gs->off);
  gs->buckets = g23_xcalloc((size_t)gs->ngrads + 1, sizeof *gs->buckets);
  int64_t total = 0;
  for (int i = 0; i < gs->ngrads; i++) {
    int64_t n = gs->grads[i]->nbytes / 4;
    bucket_t *b = gs->nbuckets ? &gs->buckets[gs->nbuckets - 1] : NULL;
    if (!b || b->n * 4 >= G23_DIST_BUCKET_BYTES) {
      b = &gs->buckets[gs->nbuckets++];
      b->first = i;
      b->off = total;
    }
    gs->off[i] = total;
    b->end = i + 1;
    b->n += n;
    b->ready = final_of(p, gs->grads[i]);
    total += n;
  }
  gs->host = g23_xmalloc((size_t)(total ? total : 1) * sizeof *gs->host);
  timing_start();
  *out = gs;
  return 0;
}

void g23_gradsync_free(g23_gradsync_t *gs) {
  if (!gs) return;
  timing_report(gs);
  free(gs->grads);
  free(gs->off);
  free(gs->buckets);
  free(gs->host);
  free(gs);
}

static int start_bucket(g23_gradsync_t *gs, bucket_t *b, char *err, size_t errn) {
  for (int i = b->first; i < b->end; i++) {
    const g23_plan_tensor_t *t = gs->grads[i];
    if (g23_runtime_read(gs->rt, t->name, -1, gs->host + gs->off[i], (size_t)t->nbytes)) {
      g23_seterr(err, errn, "%s", g23_runtime_error(gs->rt));
      return -1;
    }
  }
  b->started = true;
  b->finished = false;
  return g23_dist.ops->iallreduce_f32(gs->host + b->off, b->n, &b->req, err, errn);
}

int g23_gradsync_hook(void *ctx, int done, char *err, size_t errn) {
  g23_gradsync_t *gs = ctx;
  if (done > gs->cut) return 0;
  for (int k = 0; k < gs->nbuckets; k++) {
    bucket_t *b = &gs->buckets[k];
    if (!b->started && b->ready <= done && start_bucket(gs, b, err, errn)) return -1;
    else if (b->started && !b->finished && gs->buckets[k].req && g23_dist.ops->test(&b->req, &b->finished, err, errn))
      return -1;
  }
  if (done < gs->cut) return 0;
  /* the cut: every sum, divided by the world size, back into the arena */
  float scale = 1.0f / (float)g23_dist.size;
  for (int k = 0; k < gs->nbuckets; k++) {
    bucket_t *b = &gs->buckets[k];
    G23_ASSERT(b->started);
    if (!b->finished && g23_dist.ops->wait(&b->req, err, errn)) return -1;
    b->started = b->finished = false;
    for (int64_t j = 0; j < b->n; j++) gs->host[b->off + j] *= scale;
    for (int i = b->first; i < b->end; i++) {
      const g23_plan_tensor_t *t = gs->grads[i];
      if (g23_runtime_write(gs->rt, t->name, -1, gs->host + gs->off[i], (size_t)t->nbytes)) {
        g23_seterr(err, errn, "%s", g23_runtime_error(gs->rt));
        return -1;
      }
    }
  }
  return 0;
}

/* ---- G23_DIST_TIMING: where the gradient all-reduce's time goes ------------
 *
 * With G23_DIST_TIMING set (to anything but 0), the collectives the hook
 * calls are timed through a copy of the module's table: the seconds spent in
 * starting the buckets' all-reduces, in MPI_Test between launches, and in
 * waiting at the cut.  The thread that runs the launches spends them all, so
 * they are the communication the step exposes; what the library moved while
 * the launches ran is hidden.  Each rank prints its totals per step when
 * training ends (docs/distributed.md, bench/README.md). */

static struct {
  const g23_dist_ops_t *inner;
  g23_dist_ops_t ops;
  double start_s, test_s, wait_s;
  long starts;
} timing;

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int timed_iallreduce(float *buf, int64_t n, void **req, char *err, size_t errn) {
  double t0 = now_s();
  int rc = timing.inner->iallreduce_f32(buf, n, req, err, errn);
  timing.start_s += now_s() - t0;
  timing.starts++;
  return rc;
}

static int timed_test(void **req, bool *done, char *err, size_t errn) {
  double t0 = now_s();
  int rc = timing.inner->test(req, done, err, errn);
  timing.test_s += now_s() - t0;
  return rc;
}

static int timed_wait(void **req, char *err, size_t errn) {
  double t0 = now_s();
  int rc = timing.inner->wait(req, err, errn);
  timing.wait_s += now_s() - t0;
  return rc;
}

static void timing_start(void) {
  const char *e = getenv("G23_DIST_TIMING");
  if (!e || !*e || !strcmp(e, "0") || !g23_dist.ops || timing.inner) return;
  timing.inner = g23_dist.ops;
  timing.ops = *g23_dist.ops;
  timing.ops.iallreduce_f32 = timed_iallreduce;
  timing.ops.test = timed_test;
  timing.ops.wait = timed_wait;
  g23_dist.ops = &timing.ops;
}

static void timing_report(const g23_gradsync_t *gs) {
  if (!timing.inner || gs->nbuckets == 0) return;
  double steps = (double)timing.starts / gs->nbuckets;
  if (steps > 0)
    fprintf(stderr,
            "gpt23run[rank %d]: gradient all-reduce: %.0f steps, %d buckets of %.2f MB in all; per step %.3f ms "
            "starting, %.3f ms in MPI_Test, %.3f ms waiting at the cut\n",
            g23_dist.rank, steps, gs->nbuckets, 4e-6 * (double)(gs->buckets[gs->nbuckets - 1].off + gs->buckets[gs->nbuckets - 1].n),
            1e3 * timing.start_s / steps, 1e3 * timing.test_s / steps, 1e3 * timing.wait_s / steps);
  g23_dist.ops = timing.inner;
  timing.inner = NULL;
}
