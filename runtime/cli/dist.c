/* dist.c: the process group of data-parallel training, the gradient
 * reduction, and ZeRO-1's sharded AdamW (dist.h, docs/distributed.md). */

/* The sharded AdamW below must compute exactly what the plan's C kernels
 * compute (compiled with -ffp-contract=off): no a * b + c fused here either. */
#if defined(__clang__)
#pragma STDC FP_CONTRACT OFF
#elif defined(__GNUC__)
#pragma GCC optimize("fp-contract=off")
#endif

#include <dlfcn.h>
#include <math.h>
#include <signal.h>
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
  int local = 0;
  const char *const local_vars[] = {"OMPI_COMM_WORLD_LOCAL_RANK", "MPI_LOCALRANKID", "SLURM_LOCALID"};
  for (int i = 0; i < 3; i++) {
    const char *v = getenv(local_vars[i]);
    if (v && *v) {
      local = atoi(v);
      break;
    }
  }
  g23_dist = (g23_dist_t){.rank = rank, .size = size, .local_rank = local > 0 ? local : 0, .ops = ops, .dl = dl};
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

int g23_dist_wait(void **req, double timeout, const char *what, char *err, size_t errn) {
  if (timeout <= 0) return g23_dist.ops->wait(req, err, errn);
  double t0 = g23_now();
  for (;;) {
    bool done = false;
    if (g23_dist.ops->test(req, &done, err, errn)) return -1;
    if (done) return 0;
    if (g23_now() - t0 > timeout) {
      g23_seterr(err, errn,
                 "the other processes have not all reached %s in %g s: one of them is stuck\n"
                 "  hint: rank 0 evaluates, samples and writes checkpoints alone; for longer pauses raise "
                 "--dist-timeout",
                 what, timeout);
      return -1;
    }
    struct timespec ts = {0, 100000}; /* 0.1 ms: MPI_Test lets the library progress */
    nanosleep(&ts, NULL);
  }
}

int g23_dist_sum(double *v, int n, double timeout, const char *what, char *err, size_t errn) {
  if (!g23_dist.ops || g23_dist.size == 1) return 0;
  void *req = NULL;
  if (g23_dist.ops->iallreduce_f64(v, n, &req, err, errn)) return -1;
  return g23_dist_wait(&req, timeout, what, err, errn);
}

void g23_dist_stop_point(const char *point) {
  static int passes;
  const char *want = getenv("G23_DIST_STOP");
  if (!want || strcmp(want, point) != 0 || g23_dist.size < 2 || g23_dist.rank != g23_dist.size - 1) return;
  if (++passes == 3) raise(SIGSTOP);
}

/* ---- the gradient reduction ------------------------------------------------ */

/* Every gradient, in the order the gradients become final, is one range of
 * a flat f32 vector of `total` floats (the host buffer).  Rank r's shard is
 * [lo[r], lo[r + 1]); a bucket's segment of rank r is the bucket's
 * intersection with that shard (counts 0 where they do not meet). */
typedef struct {
  int first, end;   /* gradients [first, end) of the order */
  int ready;        /* launches after which all of them are final */
  int64_t off, n;   /* floats of the host buffer */
  int *cnt, *dsp;   /* [world] segment of each rank: floats, first float - off */
  int *rcnt, *rdsp; /* [world] --deterministic: where every rank's copy of this rank's segment lands */
  void *req;
  bool started, finished;
} bucket_t;

/* A gradient's tensors and its place in the flat vector. */
typedef struct {
  const g23_plan_tensor_t *grad, *param, *m, *v;
  int64_t off, n; /* floats */
  int chain;      /* position of its parameter in the norm's sum (plan order) */
} slot_t;

struct g23_gradsync {
  const g23_plan_t *p;
  g23_runtime_t *rt;
  int rank, world;
  int accum, micro; /* micro-batches per step, and the one being run */
  bool zero, det;
  double timeout; /* seconds a wait for the other processes may take; 0: no limit */
  slot_t *slots; /* [ngrads] in the order they become final */
  int ngrads;
  int64_t total;
  int64_t *lo;   /* [world + 1] shard bounds */
  float *host;   /* [total] the gradients, summed in place (plain, --deterministic);
                    with --zero, after the reduction, every parameter */
  float *acc;    /* [total] with micro-batches (not --deterministic): their running sum */
  float *recv;   /* --deterministic: [world x accum x shard] every micro-batch's copy of this rank's
                    segments, in the order of the global micro-batch rank x accum + micro */
  float *shard;  /* [shard] this rank's reduced gradient (--zero) */
  float *m, *v;  /* [shard] AdamW's moments of this rank's shard (--zero) */
  int *cnt, *dsp; /* [world] the shards as counts and displacements */
  double *part, *parts; /* [ngrads], [world x ngrads] sums of squares */
  int *by_chain;  /* [ngrads] slot of the k-th parameter of the plan */
  bucket_t *buckets;
  int nbuckets, cut;
  float norm;
  bool device;                           /* reduced by the device's collectives, not through host */
  const g23_plan_tensor_t **dev_grads;   /* [ngrads] the slots' gradients, for the device's collectives */
};

static void timing_start(void);
static void timing_step(bool last);
static void timing_report(const g23_gradsync_t *gs);

static int final_of(const g23_plan_t *p, const g23_plan_tensor_t *t) {
  return t->grad_final ? t->grad_final : p->graphs[G23_GRAPH_TRAIN].grad_cut;
}

static const g23_plan_t *sort_plan;
static int by_final(const void *a, const void *b) {
  const slot_t *x = a, *y = b;
  int fx = final_of(sort_plan, x->grad), fy = final_of(sort_plan, y->grad);
  if (fx != fy) return fx < fy ? -1 : 1;
  return x->grad < y->grad ? -1 : x->grad > y->grad;
}

/* The device communicator's id, from rank 0 to every rank over MPI. */
static int bcast_id(void *ctx, void *buf, size_t n, char *err, size_t errn) {
  (void)ctx;
  return g23_dist.ops->bcast(buf, n, 0, err, errn);
}

/* The persistent f32 tensor PREFIX:NAME of as many bytes as like, or NULL. */
static const g23_plan_tensor_t *companion(const g23_plan_t *p, const char *prefix, const char *name,
                                          const g23_plan_tensor_t *like) {
  char *full = g23_xasprintf("%s%s", prefix, name);
  const g23_plan_tensor_t *t = g23_plan_find(p, full, -1);
  free(full);
  return t && t->dtype == G23_F32 && t->nbytes == like->nbytes ? t : NULL;
}

/* What --zero needs of the plan: every gradient grad:NAME with its
 * parameter NAME and AdamW moments adam_m:NAME, adam_v:NAME as ir/optim.c
 * builds them, one gradient per parameter, and the update's run-time
 * scalars. */
static int zero_check(g23_gradsync_t *gs, char *err, size_t errn) {
  const g23_plan_t *p = gs->p;
  int nparams = 0;
  for (int i = 0; i < p->ntensors; i++)
    if (p->tensors[i].graph == -1 && p->tensors[i].role == G23_ROLE_PARAM) nparams++;
  for (int i = 0; i < gs->ngrads; i++) {
    slot_t *s = &gs->slots[i];
    const char *name = strncmp(s->grad->name, "grad:", 5) == 0 ? s->grad->name + 5 : NULL;
    s->param = name ? companion(p, "", name, s->grad) : NULL;
    s->m = name ? companion(p, "adam_m:", name, s->grad) : NULL;
    s->v = name ? companion(p, "adam_v:", name, s->grad) : NULL;
    if (!s->param || s->param->role != G23_ROLE_PARAM || !s->m || !s->v) {
      g23_seterr(err, errn,
                 "--zero: gradient %s has no f32 parameter with AdamW moments adam_m:, adam_v: of its size, "
                 "so its optimizer state cannot be sharded\n  hint: train without --zero",
                 s->grad->name);
      return -1;
    }
  }
  if (nparams != gs->ngrads) {
    g23_seterr(err, errn, "--zero: the plan has %d parameters but %d gradients\n  hint: train without --zero",
               nparams, gs->ngrads);
    return -1;
  }
  static const char *const scalars[] = {"lr", "weight_decay", "grad_clip", "bias1", "bias2"};
  for (size_t k = 0; k < sizeof scalars / sizeof *scalars; k++) {
    const g23_plan_tensor_t *t = g23_plan_find(p, scalars[k], G23_GRAPH_TRAIN);
    if (!t || t->dtype != G23_F32 || t->nbytes != 4) {
      g23_seterr(err, errn, "--zero: the training graph has no f32 scalar '%s' of AdamW\n  hint: train without --zero",
                 scalars[k]);
      return -1;
    }
  }
  /* the norm adds the parameters' sums of squares in plan order */
  gs->by_chain = g23_xcalloc((size_t)gs->ngrads + 1, sizeof *gs->by_chain);
  int k = 0;
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != -1 || t->role != G23_ROLE_PARAM) continue;
    for (int j = 0; j < gs->ngrads; j++)
      if (gs->slots[j].param == t) gs->slots[j].chain = k, gs->by_chain[k++] = j;
  }
  G23_ASSERT(k == gs->ngrads);
  return 0;
}

static int64_t shard_n(const g23_gradsync_t *gs) { return gs->lo[gs->rank + 1] - gs->lo[gs->rank]; }

int g23_gradsync_init(g23_gradsync_t **out, const g23_plan_t *p, g23_runtime_t *rt, const g23_gradsync_opts_t *o,
                      char *err, size_t errn) {
  *out = NULL;
  int cut = p->graphs[G23_GRAPH_TRAIN].grad_cut;
  if (cut <= 0) {
    g23_seterr(err, errn,
               "the training graph has no point where every gradient is final and none is read yet, so "
               "its gradients cannot be reduced across processes%s\n"
               "  hint: train this model in one process%s",
               o->zero ? " nor its optimizer sharded" : "", o->zero ? ", without --zero" : "");
    return -1;
  }
  g23_gradsync_t *gs = g23_xcalloc(1, sizeof *gs);
  gs->p = p;
  gs->rt = rt;
  gs->cut = cut;
  gs->rank = g23_dist.rank;
  gs->world = g23_dist.size;
  gs->zero = o->zero;
  gs->accum = o->accumulate > 1 ? o->accumulate : 1;
  gs->det = o->deterministic && gs->world * gs->accum > 1;
  gs->timeout = o->timeout_s;
  gs->slots = g23_xcalloc((size_t)p->ntensors + 1, sizeof *gs->slots);
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->role != G23_ROLE_GRAD || t->graph != -1) continue;
    if (t->dtype != G23_F32) {
      g23_seterr(err, errn, "gradient %s is not f32", t->name);
      g23_gradsync_free(gs);
      return -1;
    }
    gs->slots[gs->ngrads++].grad = t;
  }
  sort_plan = p;
  qsort(gs->slots, (size_t)gs->ngrads, sizeof *gs->slots, by_final);
  if (gs->zero && zero_check(gs, err, errn)) {
    g23_gradsync_free(gs);
    return -1;
  }
  gs->buckets = g23_xcalloc((size_t)gs->ngrads + 1, sizeof *gs->buckets);
  int64_t total = 0;
  for (int i = 0; i < gs->ngrads; i++) {
    int64_t n = gs->slots[i].grad->nbytes / 4;
    bucket_t *b = gs->nbuckets ? &gs->buckets[gs->nbuckets - 1] : NULL;
    if (!b || b->n * 4 >= G23_DIST_BUCKET_BYTES || b->end - b->first >= G23_DIST_BUCKET_GRADS) {
      b = &gs->buckets[gs->nbuckets++];
      b->first = i;
      b->off = total;
    }
    gs->slots[i].off = total;
    gs->slots[i].n = n;
    b->end = i + 1;
    b->n += n;
    b->ready = final_of(p, gs->slots[i].grad);
    total += n;
  }
  gs->total = total;
  if (strcmp(g23_runtime_device(rt), "cpu") != 0) {
    /* the device reduces each bucket in place with its own collectives */
    if (gs->zero || gs->det || gs->accum > 1) {
      g23_seterr(err, errn, "%s is for training on the CPU; on %s the device's collectives reduce the gradients\n"
                 "  hint: leave it out, or give --device cpu",
                 gs->zero ? "--zero" : gs->det ? "--deterministic" : "--accumulate", g23_runtime_device(rt));
      g23_gradsync_free(gs);
      return -1;
    }
    if (!g23_runtime_has_comm(rt)) {
      g23_seterr(err, errn, "training in %d processes on %s needs collectives on the device, and it has none\n"
                 "  hint: give --device cpu, or train on the device in one process",
                 g23_dist.size, g23_runtime_device(rt));
      g23_gradsync_free(gs);
      return -1;
    }
    if (g23_runtime_comm_init(rt, g23_dist.rank, g23_dist.size, bcast_id, NULL, gs->timeout, err, errn) != 0) {
      g23_gradsync_free(gs);
      return -1;
    }
    gs->dev_grads = g23_xcalloc((size_t)gs->ngrads + 1, sizeof *gs->dev_grads);
    for (int i = 0; i < gs->ngrads; i++) gs->dev_grads[i] = gs->slots[i].grad;
    gs->device = true;
    *out = gs;
    return 0;
  }
  if (total > 0x7fffffff || (gs->det && total / gs->world * gs->accum > 0x7ffffffe - total)) {
    g23_seterr(err, errn, "%lld gradient floats%s are too many for one MPI call", (long long)total,
               gs->det && gs->accum > 1 ? " times the micro-batches" : "");
    g23_gradsync_free(gs);
    return -1;
  }
  int W = gs->world;
  gs->lo = g23_xcalloc((size_t)W + 1, sizeof *gs->lo);
  gs->cnt = g23_xcalloc((size_t)W, sizeof *gs->cnt);
  gs->dsp = g23_xcalloc((size_t)W, sizeof *gs->dsp);
  for (int r = 0; r <= W; r++) gs->lo[r] = total * r / W;
  for (int r = 0; r < W; r++) gs->cnt[r] = (int)(gs->lo[r + 1] - gs->lo[r]), gs->dsp[r] = (int)gs->lo[r];
  for (int k = 0; k < gs->nbuckets; k++) {
    bucket_t *b = &gs->buckets[k];
    b->cnt = g23_xcalloc((size_t)W, sizeof *b->cnt);
    b->dsp = g23_xcalloc((size_t)W, sizeof *b->dsp);
    b->rcnt = g23_xcalloc((size_t)W, sizeof *b->rcnt);
    b->rdsp = g23_xcalloc((size_t)W, sizeof *b->rdsp);
    for (int r = 0; r < W; r++) {
      int64_t a = b->off > gs->lo[r] ? b->off : gs->lo[r];
      int64_t e = b->off + b->n < gs->lo[r + 1] ? b->off + b->n : gs->lo[r + 1];
      if (e > a) b->cnt[r] = (int)(e - a), b->dsp[r] = (int)(a - b->off);
    }
  }
  int64_t sn = shard_n(gs);
  gs->host = g23_xmalloc((size_t)(total ? total : 1) * sizeof *gs->host);
  if (gs->det) gs->recv = g23_xmalloc((size_t)(sn * W * gs->accum + 1) * sizeof *gs->recv);
  else if (gs->accum > 1) gs->acc = g23_xmalloc((size_t)(total ? total : 1) * sizeof *gs->acc);
  if (gs->zero) {
    gs->shard = g23_xcalloc((size_t)sn + 1, sizeof *gs->shard);
    gs->m = g23_xcalloc((size_t)sn + 1, sizeof *gs->m);
    gs->v = g23_xcalloc((size_t)sn + 1, sizeof *gs->v);
    gs->part = g23_xcalloc((size_t)gs->ngrads + 1, sizeof *gs->part);
    gs->parts = g23_xcalloc((size_t)gs->ngrads * W + 1, sizeof *gs->parts);
  }
  timing_start();
  *out = gs;
  return 0;
}

void g23_gradsync_free(g23_gradsync_t *gs) {
  if (!gs) return;
  timing_report(gs);
  for (int k = 0; k < gs->nbuckets; k++) {
    free(gs->buckets[k].cnt);
    free(gs->buckets[k].dsp);
    free(gs->buckets[k].rcnt);
    free(gs->buckets[k].rdsp);
  }
  free(gs->slots);
  free(gs->dev_grads);
  free(gs->buckets);
  free(gs->lo);
  free(gs->cnt);
  free(gs->dsp);
  free(gs->host);
  free(gs->recv);
  free(gs->acc);
  free(gs->shard);
  free(gs->m);
  free(gs->v);
  free(gs->part);
  free(gs->parts);
  free(gs->by_chain);
  free(gs);
}

int64_t g23_gradsync_optstate_bytes(const g23_gradsync_t *gs) {
  return gs && gs->zero ? 2 * shard_n(gs) * (int64_t)sizeof(float) : -1;
}

bool g23_gradsync_norm(const g23_gradsync_t *gs, float *norm) {
  if (!gs || !gs->zero) return false;
  *norm = gs->norm;
  return true;
}

static int rt_fail(g23_gradsync_t *gs, char *err, size_t errn) {
  g23_seterr(err, errn, "%s", g23_runtime_error(gs->rt));
  return -1;
}

static void timing_wait(double seconds, bool end);

/* Waits for request req of the gradient reduction, at most gs->timeout. */
static int wait_req(g23_gradsync_t *gs, void **req, char *err, size_t errn) {
  double t0 = g23_now();
  timing_wait(0, false);
  int rc = g23_dist_wait(req, gs->timeout, "the gradient reduction", err, errn);
  timing_wait(g23_now() - t0, true);
  return rc;
}

/* This rank's segment of bucket b: the first float of the flat vector. */
static int64_t seg_lo(const g23_gradsync_t *gs, const bucket_t *b) { return b->off + b->dsp[gs->rank]; }

static int start_bucket(g23_gradsync_t *gs, bucket_t *b, char *err, size_t errn) {
  for (int i = b->first; i < b->end; i++) {
    const slot_t *s = &gs->slots[i];
    if (g23_runtime_read(gs->rt, s->grad->name, -1, gs->host + s->off, (size_t)s->grad->nbytes))
      return rt_fail(gs, err, errn);
  }
  b->started = true;
  b->finished = false;
  const g23_dist_ops_t *ops = g23_dist.ops;
  float *send = gs->host + b->off;
  int me = gs->rank, W = gs->world, A = gs->accum, a = gs->micro;
  if (!gs->det && A > 1) {
    /* the micro-batches' running sum, ((g_0 + g_1) + g_2) + ...; the
     * last one's total is what is reduced */
    float *sum = gs->acc + b->off;
    if (a == 0) memcpy(sum, send, (size_t)b->n * sizeof *sum);
    else if (a < A - 1)
      for (int64_t j = 0; j < b->n; j++) sum[j] += send[j];
    else
      for (int64_t j = 0; j < b->n; j++) send[j] = sum[j] + send[j];
    if (a < A - 1) {
      b->finished = true;
      return 0;
    }
  }
  if (gs->det) {
    /* every micro-batch's copy of this rank's segment, to be added in the
     * order of the global micro-batches (rank x A + micro) */
    float *recv = gs->recv + (int64_t)W * A * (seg_lo(gs, b) - gs->lo[me]);
    if (W == 1) {
      memcpy(recv + (int64_t)a * b->n, send, (size_t)b->n * sizeof *recv);
      b->finished = true;
      return 0;
    }
    for (int q = 0; q < W; q++) b->rcnt[q] = b->cnt[me], b->rdsp[q] = (q * A + a) * b->cnt[me];
    return ops->ialltoallv_f32(send, b->cnt, b->dsp, recv, b->rcnt, b->rdsp, &b->req, err, errn);
  }
  if (W == 1) { /* --zero in one process: nothing to reduce */
    b->finished = true;
    return 0;
  }
  if (gs->zero) return ops->ireduce_scatter_f32(send, gs->shard + (seg_lo(gs, b) - gs->lo[me]), b->cnt, &b->req, err, errn);
  return ops->iallreduce_f32(send, b->n, &b->req, err, errn);
}

/* The reduced gradient, divided by the world size: in gs->shard for this
 * rank's shard (--zero), else back in the arena. */
static int finish_bucket(g23_gradsync_t *gs, bucket_t *b, char *err, size_t errn) {
  if (!b->finished && wait_req(gs, &b->req, err, errn)) return -1;
  b->started = b->finished = false;
  int me = gs->rank, W = gs->world, M = W * gs->accum;
  float scale = 1.0f / (float)M;
  int64_t n = b->cnt[me];
  float *mine = gs->zero ? gs->shard + (seg_lo(gs, b) - gs->lo[me]) : gs->host + seg_lo(gs, b);
  if (gs->det) {
    /* ((g_0 + g_1) + g_2) + ... in the order of the global micro-batches,
     * whatever MPI would choose: the same sum for every split of them
     * into processes and micro-batches */
    const float *r = gs->recv + (int64_t)M * (seg_lo(gs, b) - gs->lo[me]);
    for (int64_t j = 0; j < n; j++) {
      float acc = r[j];
      for (int q = 1; q < M; q++) acc += r[q * n + j];
      mine[j] = acc * scale;
    }
    if (!gs->zero && W > 1 &&
        (g23_dist.ops->iallgatherv_f32(gs->host + b->off, b->cnt, b->dsp, &b->req, err, errn) ||
         wait_req(gs, &b->req, err, errn)))
      return -1;
  } else if (gs->zero) {
    if (W == 1) memcpy(mine, gs->host + b->off, (size_t)b->n * sizeof *mine);
    for (int64_t j = 0; j < n; j++) mine[j] *= scale;
  } else {
    for (int64_t j = 0; j < b->n; j++) gs->host[b->off + j] *= scale;
  }
  if (gs->zero) return 0;
  for (int i = b->first; i < b->end; i++) {
    const slot_t *s = &gs->slots[i];
    if (g23_runtime_write(gs->rt, s->grad->name, -1, gs->host + s->off, (size_t)s->grad->nbytes))
      return rt_fail(gs, err, errn);
  }
  return 0;
}

/* A double as the plan's kernels spell it: "%.9g" then an f32 literal
 * (codegen/render.c, g23_flit). */
static float flit(double v) {
  char t[64];
  snprintf(t, sizeof t, "%.9g", v);
  return strtof(t, NULL);
}

static int read_scalar(g23_gradsync_t *gs, const char *name, float *v, char *err, size_t errn) {
  return g23_runtime_read(gs->rt, name, G23_GRAPH_TRAIN, v, sizeof *v) ? rt_fail(gs, err, errn) : 0;
}

/* The sum of squares, vectorised (in f64: only the rounding to f32
 * matters) and, on x86-64, compiled for the widest vectors the machine
 * has. */
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
#define VECTOR_LOOP __attribute__((target_clones("avx2", "default"), optimize("O3", "fp-contract=off")))
#else
#define VECTOR_LOOP
#endif

/* The f64 sum of the f32 squares of g[0..n), as the plan's norm kernels
 * form it (their order of the f64 additions is the vectoriser's: so is
 * this one's). */
static VECTOR_LOOP double sum_squares(const float *restrict g, int64_t n) {
  double acc[8] = {0};
  int64_t j = 0;
  for (; j + 8 <= n; j += 8)
    for (int l = 0; l < 8; l++) {
      float sq = g[j + l] * g[j + l];
      acc[l] = acc[l] + sq;
    }
  for (; j < n; j++) {
    float sq = g[j] * g[j];
    acc[0] = acc[0] + sq;
  }
  return ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]));
}

typedef struct {
  float b1, c1, b2, c2, eps; /* beta1, 1 - beta1, beta2, 1 - beta2, eps: as the kernels spell them */
  float lr, wd, bias1, bias2, scale;
} adamw_t;

/* ir/optim.c's update of n elements, operation for operation as the
 * plan's kernels do it. */
static void adamw_range(float *restrict w, float *restrict m, float *restrict v, const float *restrict g, int64_t n,
                        const adamw_t *k, bool decay) {
  const float b1 = k->b1, c1 = k->c1, b2 = k->b2, c2 = k->c2, eps = k->eps, lr = k->lr, wd = k->wd;
  const float bias1 = k->bias1, bias2 = k->bias2, scale = k->scale;
  for (int64_t j = 0; j < n; j++) {
    float gc = g[j] * scale;
    float m2 = m[j] * b1 + gc * c1;
    float v2 = v[j] * b2 + gc * gc * c2;
    float upd = m2 / bias1 / (sqrtf(v2 / bias2) + eps);
    if (decay) upd = upd + wd * w[j];
    m[j] = m2;
    v[j] = v2;
    w[j] = w[j] - lr * upd;
  }
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
/* The same with 8 lanes of AVX (no FMA: each operation rounds as the scalar
 * one does; sqrtf's errno keeps the compiler from vectorising the loop
 * above), the tail by the loop above. */
__attribute__((target("avx"))) static void adamw_range_avx(float *w, float *m, float *v, const float *g, int64_t n,
                                                           const adamw_t *k, bool decay) {
  const __m256 b1 = _mm256_set1_ps(k->b1), c1 = _mm256_set1_ps(k->c1), b2 = _mm256_set1_ps(k->b2);
  const __m256 c2 = _mm256_set1_ps(k->c2), eps = _mm256_set1_ps(k->eps), lr = _mm256_set1_ps(k->lr);
  const __m256 wd = _mm256_set1_ps(k->wd), bias1 = _mm256_set1_ps(k->bias1), bias2 = _mm256_set1_ps(k->bias2);
  const __m256 scale = _mm256_set1_ps(k->scale);
  int64_t j = 0;
  for (; j + 8 <= n; j += 8) {
    __m256 gc = _mm256_mul_ps(_mm256_loadu_ps(g + j), scale);
    __m256 m2 = _mm256_add_ps(_mm256_mul_ps(_mm256_loadu_ps(m + j), b1), _mm256_mul_ps(gc, c1));
    __m256 v2 = _mm256_add_ps(_mm256_mul_ps(_mm256_loadu_ps(v + j), b2), _mm256_mul_ps(_mm256_mul_ps(gc, gc), c2));
    __m256 den = _mm256_add_ps(_mm256_sqrt_ps(_mm256_div_ps(v2, bias2)), eps);
    __m256 upd = _mm256_div_ps(_mm256_div_ps(m2, bias1), den);
    __m256 wj = _mm256_loadu_ps(w + j);
    if (decay) upd = _mm256_add_ps(upd, _mm256_mul_ps(wd, wj));
    _mm256_storeu_ps(m + j, m2);
    _mm256_storeu_ps(v + j, v2);
    _mm256_storeu_ps(w + j, _mm256_sub_ps(wj, _mm256_mul_ps(lr, upd)));
  }
  adamw_range(w + j, m + j, v + j, g + j, n - j, k, decay);
}
#endif

static void adamw_update(float *w, float *m, float *v, const float *g, int64_t n, const adamw_t *k, bool decay) {
#if defined(__x86_64__) && defined(__GNUC__)
  if (__builtin_cpu_supports("avx")) {
    adamw_range_avx(w, m, v, g, n, k, decay);
    return;
  }
#endif
  adamw_range(w, m, v, g, n, k, decay);
}

/* The norm, clipping and AdamW of ir/optim.c on this rank's shard, with
 * the arithmetic of the plan's kernels (the same operations in the same
 * order, f32, no contraction; sums of squares in f64), then every
 * parameter all-gathered and written back. */
static int zero_step(g23_gradsync_t *gs, char *err, size_t errn) {
  const g23_plan_t *p = gs->p;
  int me = gs->rank, W = gs->world;
  int64_t lo = gs->lo[me], hi = gs->lo[me + 1];
  float lr, wd, clip, bias1, bias2;
  if (read_scalar(gs, "lr", &lr, err, errn) || read_scalar(gs, "weight_decay", &wd, err, errn) ||
      read_scalar(gs, "grad_clip", &clip, err, errn) || read_scalar(gs, "bias1", &bias1, err, errn) ||
      read_scalar(gs, "bias2", &bias2, err, errn))
    return -1;
  /* each parameter's sum of squares: this rank's part of it, then every
   * rank's parts added in rank order, the same on every rank */
  for (int i = 0; i < gs->ngrads; i++) {
    const slot_t *s = &gs->slots[i];
    int64_t a = s->off > lo ? s->off : lo, e = s->off + s->n < hi ? s->off + s->n : hi;
    gs->part[i] = e > a ? sum_squares(gs->shard + (a - lo), e - a) : 0.0;
  }
  g23_dist_stop_point("norm");
  void *nreq = NULL;
  if (W == 1) memcpy(gs->parts, gs->part, (size_t)gs->ngrads * sizeof *gs->parts);
  else if (g23_dist.ops->iallgather_f64(gs->part, gs->ngrads, gs->parts, &nreq, err, errn) ||
           g23_dist_wait(&nreq, gs->timeout, "the gradient norm", err, errn))
    return -1;
  float total = 0;
  for (int k = 0; k < gs->ngrads; k++) {
    int i = gs->by_chain[k];
    double acc = gs->parts[i];
    for (int q = 1; q < W; q++) acc += gs->parts[(int64_t)q * gs->ngrads + i];
    float ss = (float)acc;
    total = k == 0 ? ss : total + ss;
  }
  float norm = sqrtf(total);
  float ratio = clip / (norm + flit(1e-6));
  float capped = fminf(flit(1), ratio);
  float scale = flit(0) < clip ? capped : flit(1);
  gs->norm = norm;
  adamw_t k = {.b1 = flit(p->adamw.beta1), .c1 = flit(1 - p->adamw.beta1), .b2 = flit(p->adamw.beta2),
               .c2 = flit(1 - p->adamw.beta2), .eps = flit(p->adamw.eps), .lr = lr, .wd = wd, .bias1 = bias1,
               .bias2 = bias2, .scale = scale};
  for (int i = 0; i < gs->ngrads; i++) {
    const slot_t *s = &gs->slots[i];
    int64_t a = s->off > lo ? s->off : lo, e = s->off + s->n < hi ? s->off + s->n : hi;
    if (e <= a) continue;
    if (g23_runtime_read(gs->rt, s->param->name, -1, gs->host + s->off, (size_t)s->param->nbytes))
      return rt_fail(gs, err, errn);
    adamw_update(gs->host + a, gs->m + (a - lo), gs->v + (a - lo), gs->shard + (a - lo), e - a, &k,
                !s->param->no_decay);
  }
  if (W > 1) {
    void *req = NULL;
    if (g23_dist.ops->iallgatherv_f32(gs->host, gs->cnt, gs->dsp, &req, err, errn) ||
        wait_req(gs, &req, err, errn))
      return -1;
  }
  for (int i = 0; i < gs->ngrads; i++) {
    const slot_t *s = &gs->slots[i];
    if (g23_runtime_write(gs->rt, s->param->name, -1, gs->host + s->off, (size_t)s->param->nbytes))
      return rt_fail(gs, err, errn);
  }
  return 0;
}

/* The device's hook: a bucket's mean queued after the launch that
 * finishes it (it runs beside the rest of backward); at the cut every
 * bucket has been queued, and the launches after it wait for them. */
static int device_hook(g23_gradsync_t *gs, int done, char *err, size_t errn) {
  for (int k = 0; k < gs->nbuckets; k++) {
    bucket_t *b = &gs->buckets[k];
    if (b->started || b->ready > done) continue;
    if (g23_runtime_comm_mean(gs->rt, gs->dev_grads + b->first, b->end - b->first, err, errn)) return -1;
    b->started = true;
  }
  if (done < gs->cut) return 0;
  for (int k = 0; k < gs->nbuckets; k++) {
    G23_ASSERT(gs->buckets[k].started);
    gs->buckets[k].started = false;
  }
  return g23_runtime_comm_join(gs->rt, err, errn);
}

int g23_gradsync_run(g23_gradsync_t *gs, int micro, char *err, size_t errn) {
  G23_ASSERT(micro >= 0 && micro < gs->accum);
  gs->micro = micro;
  timing_step(micro == gs->accum - 1);
  if (micro == gs->accum - 1) g23_dist_stop_point("reduction");
  for (int k = 0; k < gs->nbuckets; k++) gs->buckets[k].started = false; /* after a failed run */
  if (gs->device) return g23_runtime_run_queued(gs->rt, G23_GRAPH_TRAIN, g23_gradsync_hook, gs, err, errn);
  return g23_runtime_run_hook(gs->rt, G23_GRAPH_TRAIN, g23_gradsync_hook, gs, err, errn);
}

int g23_gradsync_hook(void *ctx, int done, char *err, size_t errn) {
  g23_gradsync_t *gs = ctx;
  if (done > gs->cut) return 0;
  if (gs->device) return device_hook(gs, done, err, errn);
  for (int k = 0; k < gs->nbuckets; k++) {
    bucket_t *b = &gs->buckets[k];
    if (!b->started && b->ready <= done && start_bucket(gs, b, err, errn)) return -1;
    else if (b->started && !b->finished && b->req && g23_dist.ops->test(&b->req, &b->finished, err, errn))
      return -1;
  }
  if (done < gs->cut) return 0;
  if (gs->micro < gs->accum - 1) {
    /* a micro-batch before the step's last: its gradients are in the sum
     * (or on their way to their owners); the update waits for the last */
    for (int k = 0; k < gs->nbuckets; k++) {
      bucket_t *b = &gs->buckets[k];
      G23_ASSERT(b->started);
      if (!b->finished && wait_req(gs, &b->req, err, errn)) return -1;
      b->started = b->finished = false;
    }
    return 1;
  }
  /* the cut: every reduction finished, divided by the number of micro-batches */
  for (int k = 0; k < gs->nbuckets; k++) {
    G23_ASSERT(gs->buckets[k].started);
    if (finish_bucket(gs, &gs->buckets[k], err, errn)) return -1;
  }
  if (!gs->zero) return 0;
  if (zero_step(gs, err, errn)) return -1;
  return 1; /* the launches after the cut are done */
}

/* The moments: between the arena's full tensors and this rank's shards. */
int g23_gradsync_load_state(g23_gradsync_t *gs, char *err, size_t errn) {
  if (!gs || !gs->zero) return 0;
  int64_t lo = gs->lo[gs->rank], n = shard_n(gs);
  for (int k = 0; k < 2; k++) {
    for (int i = 0; i < gs->ngrads; i++) {
      const g23_plan_tensor_t *t = k ? gs->slots[i].v : gs->slots[i].m;
      int64_t a = gs->slots[i].off, e = a + gs->slots[i].n;
      if (e <= lo || a >= lo + n) continue;
      if (g23_runtime_read(gs->rt, t->name, -1, gs->host + a, (size_t)t->nbytes)) return rt_fail(gs, err, errn);
    }
    memcpy(k ? gs->v : gs->m, gs->host + lo, (size_t)n * sizeof *gs->m);
  }
  return g23_gradsync_release_state(gs, err, errn);
}

int g23_gradsync_release_state(g23_gradsync_t *gs, char *err, size_t errn) {
  if (!gs || !gs->zero) return 0;
  for (int i = 0; i < gs->ngrads; i++)
    if (g23_runtime_release(gs->rt, gs->slots[i].m->name, -1) || g23_runtime_release(gs->rt, gs->slots[i].v->name, -1))
      return rt_fail(gs, err, errn);
  return 0;
}

int g23_gradsync_store_state(g23_gradsync_t *gs, char *err, size_t errn) {
  if (!gs || !gs->zero) return 0;
  int64_t lo = gs->lo[gs->rank], n = shard_n(gs);
  for (int k = 0; k < 2; k++) {
    memcpy(gs->host + lo, k ? gs->v : gs->m, (size_t)n * sizeof *gs->m);
    if (gs->world > 1) {
      void *req = NULL;
      if (g23_dist.ops->iallgatherv_f32(gs->host, gs->cnt, gs->dsp, &req, err, errn) ||
          wait_req(gs, &req, err, errn))
        return -1;
    }
    for (int i = 0; i < gs->ngrads && gs->rank == 0; i++) {
      const g23_plan_tensor_t *t = k ? gs->slots[i].v : gs->slots[i].m;
      if (g23_runtime_write(gs->rt, t->name, -1, gs->host + gs->slots[i].off, (size_t)t->nbytes))
        return rt_fail(gs, err, errn);
    }
  }
  return 0;
}

/* ---- G23_DIST_TIMING: where the gradient all-reduce's time goes ------------
 *
 * With G23_DIST_TIMING set (to anything but 0), the collectives the hook
 * calls are timed through a copy of the module's table: the seconds spent in
 * starting the buckets' reductions (all-reduce, reduce-scatter or, with
 * --deterministic, all-to-all), in MPI_Test between launches, and in
 * waiting for them (at the cut, and with --zero for the parameters'
 * all-gather; polled with MPI_Test under --dist-timeout, counted here).  The thread that runs the launches spends them all, so
 * they are the communication the step exposes; what the library moved while
 * the launches ran is hidden.  Each rank prints its totals per step when
 * training ends (docs/distributed.md, bench/README.md). */

static struct {
  const g23_dist_ops_t *inner;
  g23_dist_ops_t ops;
  double start_s, test_s, wait_s;
  long steps;
  bool waiting; /* inside wait_req: its MPI_Test calls are its wait */
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
  return rc;
}

static int timed_ireduce_scatter(const float *send, float *recv, const int *counts, void **req, char *err,
                                 size_t errn) {
  double t0 = now_s();
  int rc = timing.inner->ireduce_scatter_f32(send, recv, counts, req, err, errn);
  timing.start_s += now_s() - t0;
  return rc;
}

static int timed_ialltoallv(const float *send, const int *scounts, const int *sdispls, float *recv,
                            const int *rcounts, const int *rdispls, void **req, char *err, size_t errn) {
  double t0 = now_s();
  int rc = timing.inner->ialltoallv_f32(send, scounts, sdispls, recv, rcounts, rdispls, req, err, errn);
  timing.start_s += now_s() - t0;
  return rc;
}

static int timed_test(void **req, bool *done, char *err, size_t errn) {
  double t0 = now_s();
  int rc = timing.inner->test(req, done, err, errn);
  if (!timing.waiting) timing.test_s += now_s() - t0;
  return rc;
}

static void timing_wait(double seconds, bool end) {
  if (!timing.inner) return;
  timing.waiting = !end;
  if (end) timing.wait_s += seconds;
}

static void timing_step(bool last) {
  if (timing.inner && last) timing.steps++;
}

static void timing_start(void) {
  const char *e = getenv("G23_DIST_TIMING");
  if (!e || !*e || !strcmp(e, "0") || !g23_dist.ops || timing.inner) return;
  timing.inner = g23_dist.ops;
  timing.ops = *g23_dist.ops;
  timing.ops.iallreduce_f32 = timed_iallreduce;
  timing.ops.ireduce_scatter_f32 = timed_ireduce_scatter;
  timing.ops.ialltoallv_f32 = timed_ialltoallv;
  timing.ops.test = timed_test;
  g23_dist.ops = &timing.ops;
}

static void timing_report(const g23_gradsync_t *gs) {
  if (!timing.inner || gs->nbuckets == 0) return;
  double steps = (double)timing.steps;
  if (steps > 0)
    fprintf(stderr,
            "gpt23run[rank %d]: gradient all-reduce: %.0f steps, %d buckets of %.2f MB in all; per step %.3f ms "
            "starting, %.3f ms in MPI_Test, %.3f ms waiting at the cut\n",
            g23_dist.rank, steps, gs->nbuckets, 4e-6 * (double)(gs->buckets[gs->nbuckets - 1].off + gs->buckets[gs->nbuckets - 1].n),
            1e3 * timing.start_s / steps, 1e3 * timing.test_s / steps, 1e3 * timing.wait_s / steps);
  g23_dist.ops = timing.inner;
  timing.inner = NULL;
}
