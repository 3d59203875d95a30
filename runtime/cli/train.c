/* train.c: the training loop of gpt23run --train.
 *
 * Determinism: every random choice is a function of the seed and the state
 * saved in the checkpoint.  Batches come from the sampler generator (saved);
 * the dropout seed of step s is mix(seed, s); validation batches and samples
 * use their own generators, seeded afresh each time, so evaluating or
 * sampling never changes the training run.  Hence --resume continues bit for
 * bit: same batches, same dropout masks, same learning rates, same floats
 * (on the same device and thread count).
 *
 * Data parallelism (docs/distributed.md): started by mpirun, every process
 * draws the whole global batch of world x batch windows from the sampler
 * generator and trains on its own slice; the gradients are averaged at the
 * plan's gradient cut (dist.h), so every process takes the same update.
 * Rank 0 alone logs, evaluates, samples and writes checkpoints.
 *
 * FLOPs for MFU follow llm.c: per token 6 N (forward and backward of every
 * parameter) + 6 L T C (attention scores and values), with N the number of
 * parameters, L = hparam n_layer, C = d_model, T = seq; the attention term is
 * left out when the model has no such hyperparameters.
 */
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "runtime/backend.h"
#include "runtime/cli/checkpoint.h"
#include "runtime/cli/cli.h"
#include "runtime/cli/data.h"
#include "runtime/cli/dist.h"
#include "runtime/cli/generate.h"
#include "runtime/cli/inputs.h"
#include "runtime/cli/outputs.h"
#include "runtime/cli/rng.h"
#include "runtime/cli/sample.h"
#include "runtime/cli/signals.h"
#include "runtime/cli/weights.h"




/* Set a run-time scalar when the graph has it (a model without dropout has
 * no "seed"). */
static void set_scalar(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, double v) {
  if (g23_plan_find(p, name, graph)) g23_runtime_set_scalar(rt, graph, name, v);
}

/* As gpt23c --dump writes sizes. */
static void human_bytes(char *buf, size_t n, int64_t b) {
  if (b >= (1 << 20)) snprintf(buf, n, "%.2f MiB", (double)b / 1048576.0);
  else if (b >= 1024) snprintf(buf, n, "%.1f KiB", (double)b / 1024.0);
  else snprintf(buf, n, "%lld B", (long long)b);
}

static double peak_tflops_default(const char *device) {
  /* Dense BF16 peaks (the convention of llm.c and nanoGPT). */
  if (!device || !strstr(device, "cuda")) return 0;
  if (strstr(device, "H100") || strstr(device, "H200")) return 989.4;
  if (strstr(device, "A100")) return 312;
  return 0;
}

typedef struct {
  const g23_cli_opts_t *o;
  const g23_plan_t *p;
  g23_runtime_t *rt;
  g23_inputs_t f;                        /* TRAIN's inputs and targets */
  bool eval_ok;                          /* EVAL has them too, of the same sizes */
  int64_t batch, seq;
  bool cls;
  g23_tok_t *tok;                        /* the run's tokenizer */
  g23_ckpt_tok_t tokrec;                 /* its record, kept in checkpoints */
  g23_text_data_t text;                  /* one input: a text stream */
  g23_cls_data_t cd;                     /* a classifier */
  g23_ex_data_t ex;                      /* several inputs or targets: examples */
  int32_t *bufs[G23_MAX_INPUTS];         /* a batch of each input */
  int32_t *tbufs[G23_MAX_TARGETS];       /* and of each target */
  FILE *log;
  char *ckpt_path;
  double val_loss;    /* of the evaluation at step val_step */
  int64_t val_step;
  g23_ckpt_meta_t m;
  char **labels;
  int nlabels;
  bool acc_ok;                           /* a classifier with a prediction graph */
  g23_classifier_t clsr;
  int rank, world;                       /* this process in the job (1 process: 0, 1) */
  int accum;                             /* micro-batches per step and process (--accumulate) */
  int32_t *mbufs[G23_MAX_INPUTS];        /* accum > 1: this process's micro-batches of each input */
  int32_t *mtbufs[G23_MAX_TARGETS];      /* and of each target */
  bool lead;                             /* rank 0: logs, evaluates, checkpoints */
  g23_gradsync_t *gsync;                 /* the gradient reduction (several processes, or --zero) */
} trainer_t;

/* A classifier's accuracy over validation examples, with each class's
 * support (examples of that label) and correct predictions. */
typedef struct {
  int64_t examples, correct;
  int64_t *support, *hits; /* [nclasses] */
} accuracy_t;

/* Predicts the first `limit` validation examples (0: all) with the
 * prediction graph, as --classify would. */
static int measure_accuracy(trainer_t *t, int64_t limit, accuracy_t *a, char *err, size_t errn) {
  int64_t nc = t->clsr.nclasses, lo = t->cd.ntrain, hi = t->cd.n;
  if (limit > 0 && hi - lo > limit) hi = lo + limit;
  a->examples = a->correct = 0;
  a->support = g23_xcalloc((size_t)nc, sizeof *a->support);
  a->hits = g23_xcalloc((size_t)nc, sizeof *a->hits);
  for (int64_t i = lo; i < hi; i++) {
    int64_t k, y = t->cd.labels[i];
    double prob;
    if (g23_classifier_run(&t->clsr, t->rt, t->cd.tokens + i * t->cd.seq, t->cd.seq, &k, &prob, err, errn) != 0)
      return -1;
    a->examples++;
    if (y >= 0 && y < nc) a->support[y]++;
    if (k == y) {
      a->correct++;
      if (y >= 0 && y < nc) a->hits[y]++;
    }
  }
  return 0;
}

static void accuracy_free(accuracy_t *a) {
  free(a->support);
  free(a->hits);
}

static void put_label(const trainer_t *t, int64_t k, FILE *f, bool json) {
  if (k >= t->nlabels) {
    fprintf(f, json ? "\"%lld\"" : "%lld", (long long)k);
    return;
  }
  if (!json) {
    fputs(t->labels[k], f);
    return;
  }
  fputc('"', f);
  for (const unsigned char *c = (const unsigned char *)t->labels[k]; *c; c++) {
    if (*c == '"' || *c == '\\') fprintf(f, "\\%c", *c);
    else if (*c < 0x20) fprintf(f, "\\u%04x", *c);
    else fputc(*c, f);
  }
  fputc('"', f);
}

/* ,"accuracy":A,"correct":C,"examples":N,"classes":[{"label":L,"support":S,"correct":C},...] */
static void log_accuracy(const trainer_t *t, const accuracy_t *a) {
  fprintf(t->log, ",\"accuracy\":%.9g,\"correct\":%lld,\"examples\":%lld,\"classes\":[",
          a->examples ? (double)a->correct / (double)a->examples : 0.0, (long long)a->correct, (long long)a->examples);
  for (int64_t k = 0; k < t->clsr.nclasses; k++) {
    fprintf(t->log, "%s{\"label\":", k ? "," : "");
    put_label(t, k, t->log, true);
    fprintf(t->log, ",\"support\":%lld,\"correct\":%lld}", (long long)a->support[k], (long long)a->hits[k]);
  }
  fputc(']', t->log);
}

static bool has_val(const trainer_t *t) {
  if (t->f.examples) return t->ex.ntrain < t->ex.n;
  return t->cls ? t->cd.ntrain < t->cd.n : g23_text_has_val(&t->text);
}

static void make_batch(trainer_t *t, bool val, g23_rng_t *rng) {
  if (t->f.examples)
    g23_ex_batch(&t->ex, &t->f, val, rng, t->bufs, t->tbufs);
  else if (t->cls)
    g23_cls_batch(&t->cd, val, rng, t->batch, t->bufs[0], t->tbufs[0]);
  else
    g23_text_batch(&t->text, val, rng, t->batch, t->seq, t->bufs[0], t->tbufs[0]);
}

/* Micro-batch a of this step: the batch just drawn kept aside (keep), or
 * put back for write_batch (with --accumulate). */
static void move_micro(trainer_t *t, int a, bool keep) {
  for (int k = 0; k < t->f.n; k++) {
    size_t n = (size_t)t->f.in[k]->nbytes;
    if (keep) memcpy((char *)t->mbufs[k] + a * n, t->bufs[k], n);
    else memcpy(t->bufs[k], (char *)t->mbufs[k] + a * n, n);
  }
  for (int k = 0; k < t->f.ntargets; k++) {
    size_t n = (size_t)t->f.tgt[k]->nbytes;
    if (keep) memcpy((char *)t->mtbufs[k] + a * n, t->tbufs[k], n);
    else memcpy(t->tbufs[k], (char *)t->mtbufs[k] + a * n, n);
  }
}

/* Every input and target, by name, into graph (TRAIN or EVAL). */
static int write_batch(trainer_t *t, int graph, char *err, size_t errn) {
  const g23_inputs_t *f = &t->f;
  for (int k = 0; k < f->n; k++)
    if (g23_feed_input(t->p, t->rt, graph, f->in[k]->name, t->bufs[k], f->batch * f->len[k], f->limit[k], err,
                       errn) != 0)
      return -1;
  for (int k = 0; k < f->ntargets; k++)
    if (g23_feed_target(t->p, t->rt, graph, f->tgt[k]->name, t->tbufs[k], f->batch * f->tlen[k], f->tlimit[k], err,
                        errn) != 0)
      return -1;
  return 0;
}

/* Mean loss over eval_batches validation batches (the same batches each
 * time). */
static int evaluate(trainer_t *t, double *loss, char *err, size_t errn) {
  g23_rng_t r;
  g23_rng_seed(&r, g23_mix64(t->m.seed, 0x76616c));
  double sum = 0;
  for (int64_t b = 0; b < t->o->eval_batches; b++) {
    make_batch(t, true, &r);
    if (write_batch(t, G23_GRAPH_EVAL, err, errn) != 0) return -1;
    set_scalar(t->p, t->rt, G23_GRAPH_EVAL, "pos", 0);
    if (g23_runtime_run(t->rt, G23_GRAPH_EVAL, err, errn) != 0) return -1;
    float l = 0;
    if (g23_runtime_read(t->rt, "loss", G23_GRAPH_EVAL, &l, sizeof l) != 0) {
      snprintf(err, errn, "the eval graph has no f32 [1] output 'loss'");
      return -1;
    }
    sum += l;
  }
  *loss = sum / (double)t->o->eval_batches;
  return 0;
}

/* A checkpoint that cannot go where it was asked to goes to a rescue file. */
static void rescue(trainer_t *t) {
  char *where;
  if (g23_ckpt_rescue(t->p, t->rt, &t->m, t->labels, t->nlabels, &where) == 0) {
    fprintf(stderr, "gpt23run: the checkpoint of step %lld was saved to %s instead\n"
                    "  hint: gpt23run PLAN --generate --ckpt %s, or copy it into a checkpoint directory as %s\n",
            (long long)t->m.step, where, where, G23_CKPT_FILE);
    free(where);
  } else {
    g23_cli_error("no rescue file could be written either: the weights of step %lld are lost", (long long)t->m.step);
  }
}

/* Writes the checkpoint into --ckpt DIR; should that fail, into a rescue
 * file, and says where.  Returns 0 when written where asked.  Every process
 * calls it at the same steps (ZeRO-1 gathers the moments); final: the
 * end of the run, after which a failed --export may need a rescue file. */
static int save_ckpt(trainer_t *t, bool final) {
  char err[1024];
  bool gather = t->o->ckpt_dir || (final && t->o->export_path);
  if (gather && g23_gradsync_store_state(t->gsync, err, sizeof err) != 0) {
    g23_cli_error("gathering the AdamW moments of step %lld: %s", (long long)t->m.step, err);
    return -1;
  }
  int rc = 0;
  if (t->ckpt_path) {
    double vl = t->val_step == t->m.step ? t->val_loss : NAN;
    if (g23_ckpt_store(t->o->ckpt_dir, t->p, t->rt, &t->m, t->labels, t->nlabels, (int)t->o->keep, t->o->keep_best,
                       vl, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      rescue(t);
      rc = -1;
    }
  }
  if (gather && !final && g23_gradsync_release_state(t->gsync, err, sizeof err) != 0) {
    g23_cli_error("%s", err);
    return -1;
  }
  return rc;
}

static void progress_bar(int64_t step, int64_t total, double eta) {
  int width = 30, fill = total ? (int)((double)width * (double)step / (double)total) : width;
  printf("[");
  for (int i = 0; i < width; i++) putchar(i < fill ? '#' : '.');
  int e = (int)(eta + 0.5);
  printf("] %lld/%lld ETA %d:%02d:%02d", (long long)step, (long long)total, e / 3600, e / 60 % 60, e % 60);
  fflush(stdout);
}

/* Checks the plan has what training needs; fills t's tensors. */
static int check_plan(trainer_t *t) {
  const g23_plan_t *p = t->p;
  if (!p->has_graph[G23_GRAPH_TRAIN]) {
    g23_cli_error("%s: the plan has no training graph", t->o->plan_path);
    return -1;
  }
  char err[1024];
  /* byte-level unless a tokenizer is named or comes from the checkpoint
   * (checked again once it is known) */
  if (!t->o->tokenizer && !t->o->resume && g23_tok_check_model(NULL, p, t->o->plan_path, err, sizeof err) != 0) {
    g23_cli_error("%s", err);
    return -1;
  }
  if (g23_inputs_init(&t->f, p, G23_GRAPH_TRAIN, err, sizeof err) != 0) {
    g23_cli_error("%s: %s", t->o->plan_path, err);
    return -1;
  }
  const g23_inputs_t *f = &t->f;
  t->batch = f->batch;
  t->seq = f->seq;
  t->cls = p->classifier;
  if (f->ntargets == 0) { /* g23_inputs_init checked the shapes of those there are */
    g23_cli_error("%s: the training graph needs an i32 target", t->o->plan_path);
    return -1;
  }
  /* evaluation needs every input and target with the training shapes */
  t->eval_ok = p->has_graph[G23_GRAPH_EVAL];
  for (int k = 0; k < f->n + f->ntargets && t->eval_ok; k++) {
    const g23_plan_tensor_t *a = k < f->n ? f->in[k] : f->tgt[k - f->n], *e = g23_plan_find(p, a->name, G23_GRAPH_EVAL);
    t->eval_ok = e && e->role == a->role && e->nbytes == a->nbytes;
  }
  return 0;
}

/* A training setting the command line did not give: the model's hparam of
 * that name when it has one (in [lo, hi], an integer for integral settings),
 * else dflt.  -1 after reporting an hparam out of range. */
static int model_setting(const g23_plan_t *p, const char *name, double lo, double hi, bool integral, double dflt,
                         double *out) {
  *out = dflt;
  for (int i = 0; i < p->nhparams; i++) {
    if (strcmp(p->hparams[i].name, name)) continue;
    double v = p->hparams[i].value;
    if (!(v >= lo && v <= hi) || (integral && v != (double)(int64_t)v)) {
      g23_cli_error("the model's hparam %s = %g is not %s in [%g, %g]\n"
                    "  hint: recompile with gpt23c -D %s=VALUE, or give --%s", name, v,
                    integral ? "an integer" : "a number", lo, hi, name, name);
      return -1;
    }
    *out = v;
  }
  return 0;
}

/* The settings of the run: each from the command line; else on --resume from
 * the checkpoint; else from the model's hparam of that name (lr, min_lr,
 * warmup, weight_decay, grad_clip), stored in the plan; else the built-in
 * default (o's values: 3e-4, lr / 10, 0, 0.1, 1). */
static int settle_meta(trainer_t *t, bool resumed, int64_t ntrain_units) {
  const g23_cli_opts_t *o = t->o;
  const g23_plan_t *p = t->p;
  g23_ckpt_meta_t *m = &t->m;
  if (!resumed) {
    double warmup;
    if (o->set_lr) m->lr = o->lr;
    else if (model_setting(p, "lr", 0, 10, false, o->lr, &m->lr)) return -1;
    if (o->set_min_lr) m->min_lr = o->min_lr;
    else if (model_setting(p, "min_lr", 0, 10, false, m->lr / 10, &m->min_lr)) return -1;
    if (o->set_warmup) m->warmup = o->warmup;
    else if (model_setting(p, "warmup", 0, 1e15, true, (double)o->warmup, &warmup)) return -1;
    else m->warmup = (int64_t)warmup;
    if (o->set_wd) m->weight_decay = o->weight_decay;
    else if (model_setting(p, "weight_decay", 0, 10, false, o->weight_decay, &m->weight_decay)) return -1;
    if (o->set_clip) m->grad_clip = o->grad_clip;
    else if (model_setting(p, "grad_clip", 0, 1e9, false, o->grad_clip, &m->grad_clip)) return -1;
    if (m->min_lr > m->lr) {
      g23_cli_error("the minimum learning rate %g is larger than the learning rate %g (%s)\n"
                    "  hint: give --min-lr, or set the model's hparam min_lr", m->min_lr, m->lr,
                    o->set_lr ? "--lr, and the model's hparam min_lr" : "the model's hparams lr and min_lr");
      return -1;
    }
  } else {
    if (o->set_lr) m->lr = o->lr;
    if (o->set_lr || o->set_min_lr) m->min_lr = o->min_lr;
    if (o->set_warmup) m->warmup = o->warmup;
    if (o->set_wd) m->weight_decay = o->weight_decay;
    if (o->set_clip) m->grad_clip = o->grad_clip;
  }
  int64_t global = t->batch * t->world * t->accum; /* windows a step takes, over every process */
  m->steps_per_epoch = ntrain_units / (t->cls || t->f.examples ? global : global * t->seq);
  if (m->steps_per_epoch < 1) m->steps_per_epoch = 1;
  if (!resumed || o->set_steps || o->epochs) {
    m->total_steps = o->steps ? o->steps : (o->epochs ? o->epochs : 1) * m->steps_per_epoch;
  }
  m->batch = global;
  m->seq = t->seq;
  return 0;
}

int g23_cmd_train(const g23_cli_opts_t *o) {
  trainer_t t = {0};
  g23_plan_t plan;
  char err[2048];
  int rc = g23_cli_load_plan(o, &plan);
  if (rc) return rc;
  t.o = o;
  t.p = &plan;
  rc = G23_EXIT_FAIL;
  g23_ckpt_t ck = {0};
  bool resumed = false;
  bool agreed = false; /* every process stops here together: no abort */
  if (g23_dist_init(err, sizeof err) != 0) {
    g23_cli_error("%s", err);
    goto out;
  }
  t.rank = g23_dist.rank;
  t.accum = o->accumulate > 1 ? (int)o->accumulate : 1;
  t.world = g23_dist.size;
  t.lead = t.rank == 0;
  if (check_plan(&t) != 0) goto out;
  if (o->sample_every && !t.cls && plan.has_graph[G23_GRAPH_PREFILL]) {
    /* the samples' other inputs, checked before any step is taken */
    g23_inputs_t gf;
    const char *texts[G23_MAX_INPUTS];
    if (g23_inputs_init(&gf, &plan, G23_GRAPH_PREFILL, err, sizeof err) != 0 ||
        g23_inputs_match(&gf, NULL, o->inputs, o->ninputs, texts, err, sizeof err) != 0) {
      g23_cli_error("--sample-every: %s", err);
      goto out;
    }
  }

  /* Every output is checked before any work: a run must not train for
   * hours and then find it cannot keep what it learned. */
  if (t.lead && g23_outputs_check_train(o, &plan) != 0) goto out;
  if (o->ckpt_dir && t.lead) t.ckpt_path = g23_ckpt_path(o->ckpt_dir);
  t.m.seed = o->seed;
  t.m.val_fraction = o->val_fraction;
  g23_rng_seed(&t.m.rng, g23_mix64(o->seed, 0x62617463));

  /* A resumed run takes its settings from the checkpoint before the data
   * are split; the tensors go to the device once it is open. */
  if (o->resume) {
    if (g23_ckpt_read_dir(o->ckpt_dir, &plan, &ck, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      goto out;
    }
    t.m = ck.meta;
    if (o->set_seed && o->seed != t.m.seed)
      g23_cli_warning("--seed %llu ignored: a resumed run keeps the checkpoint's seed %llu",
                      (unsigned long long)o->seed, (unsigned long long)t.m.seed);
    if (o->set_val && o->val_fraction != t.m.val_fraction)
      g23_cli_warning("--val-fraction ignored: a resumed run keeps the checkpoint's split (%g)",
                      t.m.val_fraction);
    resumed = true;
  }
  /* the tokenizer: --tokenizer, else the resumed checkpoint's, else bytes */
  {
    char *cache = g23_cache_dir(&o->rt, err, sizeof err);
    int trc = cache ? g23_tok_select(o->tokenizer, resumed ? &ck : NULL, cache, &t.tok, err, sizeof err) : -1;
    free(cache);
    if (trc != 0 || g23_tok_check_model(t.tok, &plan, o->plan_path, err, sizeof err) != 0 ||
        g23_ckpt_tok_init(&t.tokrec, t.tok, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      goto out;
    }
    for (int k = 0; k < t.f.n; k++)
      if (t.f.limit[k] < g23_tok_vocab_size(t.tok)) {
        g23_cli_error("%s: input '%s' indexes a table of %lld rows, but the tokenizer (%s) has %lld tokens",
                      o->plan_path, t.f.in[k]->name, (long long)t.f.limit[k], g23_tok_describe(t.tok, err, sizeof err),
                      (long long)g23_tok_vocab_size(t.tok));
        goto out;
      }
  }
  if (t.f.examples) {
    if (o->ndata != 1) {
      g23_cli_error("a model with several inputs or targets trains on one file of TAB-separated examples (%d given)",
                    o->ndata);
      goto out;
    }
    if (g23_ex_load(&t.ex, o->data[0], t.tok, &t.f, t.m.val_fraction, t.m.seed, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      goto out;
    }
  } else if (t.cls) {
    if (o->ndata != 1) {
      g23_cli_error("a classifier trains on one label<TAB>text file (%d given)", o->ndata);
      goto out;
    }
    if (g23_cls_load(&t.cd, o->data[0], t.tok, t.seq, plan.vocab, ck.labels, ck.nlabels, t.m.val_fraction,
                     t.m.seed, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      goto out;
    }
    t.labels = t.cd.names;
    t.nlabels = t.cd.nnames;
  } else {
    char *cache = g23_cache_dir(&o->rt, err, sizeof err);
    int drc = cache ? g23_text_load(&t.text, o->data, o->ndata, t.tok, cache, t.m.val_fraction, t.seq, err,
                                    sizeof err)
                    : -1;
    free(cache);
    if (drc != 0) {
      g23_cli_error("%s", err);
      goto out;
    }
  }
  if (o->keep_best && (!o->eval_every || !has_val(&t))) {
    g23_cli_error("--keep-best keeps the checkpoint of the lowest validation loss, but this run %s",
                  !o->eval_every ? "does not evaluate (--eval-every 0)" : "has no validation split");
    goto out;
  }
  uint32_t crc = t.f.examples ? t.ex.crc : t.cls ? t.cd.crc : t.text.crc;
  int64_t ntrain = t.f.examples ? t.ex.ntrain : t.cls ? t.cd.ntrain : t.text.ntrain;
  if (resumed && crc != t.m.data_crc)
    g23_cli_warning("the training data differ from those the checkpoint was trained on");
  t.m.data_crc = crc;
  t.m.data_len = t.f.examples ? t.ex.n : t.cls ? t.cd.n : t.text.n;
  if (resumed && t.lead && (t.m.batch != t.batch * t.world * t.accum || t.m.seq != t.seq))
    g23_cli_warning("the checkpoint was trained with a global batch of %lld x %lld, this run has %lld x %lld%s: "
                    "the run continues, but not as it would have",
                    (long long)t.m.batch, (long long)t.m.seq, (long long)(t.batch * t.world * t.accum),
                    (long long)t.seq,
                    t.world > 1   ? (t.accum > 1 ? " (batch x micro-batches x processes)" : " (batch x processes)")
                    : t.accum > 1 ? " (batch x micro-batches)"
                                  : "");
  t.m.tok = &t.tokrec;
  if (settle_meta(&t, resumed, ntrain) != 0) goto out;
  if (resumed && (t.m.step >= t.m.total_steps || (o->stop_at && t.m.step >= o->stop_at))) {
    g23_cli_error("the checkpoint is at step %lld of %lld: nothing left to train%s\n"
                  "  hint: give a larger --steps or --epochs to train further",
                  (long long)t.m.step, (long long)t.m.total_steps,
                  t.m.step < t.m.total_steps ? " before --stop-at" : "");
    goto out;
  }

  /* a classifier's accuracy comes from its prediction graph */
  t.acc_ok = t.cls && g23_classifier_init(&t.clsr, &plan, err, sizeof err) == 0;

  /* Device, weights. */
  if (g23_cli_open_runtime(o, &plan, &t.rt) != 0) goto out;
  if (o->zero && strcmp(g23_runtime_device(t.rt), "cpu") != 0) {
    /* the same: ZeRO-1's update works on host copies */
    g23_cli_error("--zero runs on the CPU only so far, not on %s\n"
                  "  hint: give --device cpu, or train without --zero", g23_runtime_device(t.rt));
    goto out;
  }
  g23_gradsync_opts_t gso = {.zero = o->zero, .deterministic = o->deterministic, .timeout_s = o->dist_timeout,
                             .accumulate = t.accum};
  if ((t.world > 1 || o->zero || t.accum > 1) && g23_gradsync_init(&t.gsync, &plan, t.rt, &gso, err, sizeof err) != 0) {
    g23_cli_error("%s: %s", o->plan_path, err);
    goto out;
  }
  if (resumed) {
    if (g23_ckpt_apply(&ck, &plan, t.rt, false, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      goto out;
    }
  } else if (o->init_from) {
    if (g23_init_from_safetensors(&plan, t.rt, o->init_from, false, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      goto out;
    }
  }
  /* ZeRO-1: this rank's shard of the moments, as loaded or initialised */
  if (g23_gradsync_load_state(t.gsync, err, sizeof err) != 0) {
    g23_cli_error("%s", err);
    goto out;
  }
  if (o->log_path && t.lead) {
    t.log = fopen(o->log_path, resumed ? "a" : "w");
    if (!t.log) {
      g23_cli_error("%s: cannot open the log: %s", o->log_path, strerror(errno));
      goto out;
    }
  }

  int64_t nparams = 0;
  for (int i = 0; i < plan.ntensors; i++)
    if (plan.tensors[i].graph == -1 && plan.tensors[i].role == G23_ROLE_PARAM) {
      int64_t n = 1;
      for (int k = 0; k < plan.tensors[i].rank; k++) n *= plan.tensors[i].shape[k];
      nparams += n;
    }
  int64_t tokens = t.batch * t.seq * t.world * t.accum; /* per step, over every process */
  double flops = 6.0 * (double)nparams * (double)tokens +
                 6.0 * g23_plan_hparam(&plan, "n_layer", 0) * g23_plan_hparam(&plan, "d_model", 0) *
                     (double)t.seq * (double)tokens;
  flops /= (double)t.world; /* MFU is of one device */
  double peak = o->peak_tflops > 0 ? o->peak_tflops : peak_tflops_default(g23_runtime_device(t.rt));
  /* the betas the training graph's update was compiled with */
  double beta1 = plan.adamw.beta1, beta2 = plan.adamw.beta2;
  g23_schedule_t sched = {t.m.lr, t.m.min_lr, t.m.warmup, t.m.total_steps};
  int64_t end = t.m.total_steps;
  if (o->stop_at && o->stop_at < end) end = o->stop_at;
  bool tty = isatty(STDOUT_FILENO) && !o->quiet && t.lead;
  bool talk = !o->quiet && t.lead;
  if (t.lead) {
    char procs[64] = "";
    char micro[48] = "";
    if (t.accum > 1) snprintf(micro, sizeof micro, "%d micro-batches x ", t.accum);
    if (t.world > 1) snprintf(procs, sizeof procs, " (%d processes x %s%lld)", t.world, micro, (long long)t.batch);
    else if (t.accum > 1) snprintf(procs, sizeof procs, " (%s%lld)", micro, (long long)t.batch);
    fprintf(stderr, "gpt23run: %s on %s: %lld parameters, batch %lld%s x %lld, %lld steps (%lld per epoch)%s\n",
            plan.model_name ? plan.model_name : "model", g23_runtime_device(t.rt), (long long)nparams,
            (long long)(t.batch * t.world * t.accum), procs, (long long)t.seq, (long long)t.m.total_steps,
            (long long)t.m.steps_per_epoch, resumed ? ", resuming" : "");
    if (t.world > 1 || o->zero) {
      char held[32], full[32];
      int64_t own = g23_gradsync_optstate_bytes(t.gsync);
      human_bytes(held, sizeof held, own >= 0 ? own : plan.bytes_optstate);
      human_bytes(full, sizeof full, plan.bytes_optstate);
      if (own >= 0)
        fprintf(stderr, "gpt23run: AdamW moments %s per process (ZeRO-1 over %d, of %s)%s\n", held, t.world, full,
                o->deterministic && t.world > 1 ? ", gradients added in rank order" : "");
      else
        fprintf(stderr, "gpt23run: AdamW moments %s per process (each holds all)%s\n", held,
                o->deterministic && t.world > 1 ? ", gradients added in rank order" : "");
    }
    if (resumed) fprintf(stderr, "gpt23run: resuming after step %lld\n", (long long)t.m.step);
  }
  if (o->rt.verbose && (t.world > 1 || o->zero)) {
    int64_t own = g23_gradsync_optstate_bytes(t.gsync);
    fprintf(stderr, "gpt23run[rank %d]: AdamW moments held by this process: %lld bytes\n", t.rank,
            (long long)(own >= 0 ? own : plan.bytes_optstate));
  }

  for (int k = 0; k < t.f.n; k++) t.bufs[k] = g23_xmalloc((size_t)t.f.in[k]->nbytes);
  for (int k = 0; k < t.f.ntargets; k++) t.tbufs[k] = g23_xmalloc((size_t)t.f.tgt[k]->nbytes);
  if (t.accum > 1) {
    for (int k = 0; k < t.f.n; k++) t.mbufs[k] = g23_xmalloc((size_t)t.f.in[k]->nbytes * (size_t)t.accum);
    for (int k = 0; k < t.f.ntargets; k++) t.mtbufs[k] = g23_xmalloc((size_t)t.f.tgt[k]->nbytes * (size_t)t.accum);
  }
  /* SIGINT or SIGTERM stops the run after its step (signals.h); the
   * processes agree on it at the step's end, so all stop at the same step */
  g23_signals_graceful(true);
  int stop_signal = 0;

  double t_start = g23_now();
  int64_t first = t.m.step;
  rc = G23_EXIT_OK;
  while (t.m.step < end) {
    int64_t s = t.m.step; /* 0-based step being taken */
    double t0 = g23_now();
    /* the global batch, drawn whole by every process as world x accum
     * micro-batches: its own, rank x accum .. rank x accum + accum - 1, go
     * to the device (kept aside until their turn with several) */
    int wrc = 0;
    for (int64_t g = 0; g < (int64_t)t.world * t.accum && wrc == 0; g++) {
      make_batch(&t, false, &t.m.rng);
      if (g / t.accum != t.rank) continue;
      if (t.accum == 1) wrc = write_batch(&t, G23_GRAPH_TRAIN, err, sizeof err);
      else
        move_micro(&t, (int)(g % t.accum), true);
    }
    if (wrc != 0) {
      g23_cli_error("%s", err);
      rc = G23_EXIT_FAIL;
      break;
    }
    double lr = g23_lr_at(&sched, s);
    double loss_sum = 0;
    int run = 0;
    for (int a = 0; a < t.accum && run == 0; a++) {
      if (t.accum > 1) {
        move_micro(&t, a, false);
        if (write_batch(&t, G23_GRAPH_TRAIN, err, sizeof err) != 0) {
          wrc = -1;
          break;
        }
      }
      set_scalar(&plan, t.rt, G23_GRAPH_TRAIN, "lr", lr);
      set_scalar(&plan, t.rt, G23_GRAPH_TRAIN, "weight_decay", t.m.weight_decay);
      set_scalar(&plan, t.rt, G23_GRAPH_TRAIN, "grad_clip", t.m.grad_clip);
      set_scalar(&plan, t.rt, G23_GRAPH_TRAIN, "bias1", 1 - pow(beta1, (double)(s + 1)));
      set_scalar(&plan, t.rt, G23_GRAPH_TRAIN, "bias2", 1 - pow(beta2, (double)(s + 1)));
      /* dropout masks: global micro-batch g > 0 has its own stream */
      uint64_t gm = (uint64_t)t.rank * (uint64_t)t.accum + (uint64_t)a;
      uint64_t dseed = gm ? g23_mix64(t.m.seed, 0x72616e6b00000000ull | gm) : t.m.seed;
      set_scalar(&plan, t.rt, G23_GRAPH_TRAIN, "seed", (double)(g23_mix64(dseed, (uint64_t)s) & 0x7fffffff));
      set_scalar(&plan, t.rt, G23_GRAPH_TRAIN, "pos", 0);
      run = t.gsync ? g23_gradsync_run(t.gsync, a, err, sizeof err)
                    : g23_runtime_run(t.rt, G23_GRAPH_TRAIN, err, sizeof err);
      float l = NAN;
      /* on a device, where the step's work (and its collectives) is waited for */
      if (run == 0 && g23_runtime_read(t.rt, "loss", G23_GRAPH_TRAIN, &l, sizeof l) != 0) {
        g23_seterr(err, sizeof err, "%s", g23_runtime_error(t.rt));
        run = -1;
      }
      loss_sum += l;
    }
    if (wrc != 0) {
      g23_cli_error("%s", err);
      rc = G23_EXIT_FAIL;
      break;
    }
    if (run != 0) {
      g23_cli_error("step %lld: %s", (long long)s + 1, err);
      rc = G23_EXIT_FAIL;
      break;
    }
    float loss, norm = 0;
    /* the mean loss over the micro-batches of every process, and whether
     * any process was told to stop */
    int mine = g23_signals_pending();
    double agree[2] = {loss_sum, mine};
    g23_dist_stop_point("step-end");
    if (g23_dist_sum(agree, 2, o->dist_timeout, "the end of the step", err, sizeof err) != 0) {
      g23_cli_error("step %lld: %s", (long long)s + 1, err);
      rc = G23_EXIT_FAIL;
      break;
    }
    loss = (float)(agree[0] / ((double)t.world * t.accum));
    if (agree[1]) stop_signal = mine ? mine : SIGTERM;
    if (g23_gradsync_norm(t.gsync, &norm))
      ; /* ZeRO-1 computed it: the plan's launches after the cut did not run */
    else if (g23_plan_find(&plan, "grad_norm", G23_GRAPH_TRAIN))
      g23_runtime_read(t.rt, "grad_norm", G23_GRAPH_TRAIN, &norm, sizeof norm);
    double dt = g23_now() - t0;
    if (tty) printf("\r\033[K");
    if (!isfinite(loss) || !isfinite(norm)) {
      fflush(stdout);
      agreed = true; /* every process has the same mean loss and norm */
      if (t.lead)
      g23_cli_error("step %lld: the %s is %s; stopping%s", (long long)s + 1,
                    isfinite(loss) ? "gradient norm" : "loss", isnan(isfinite(loss) ? norm : loss) ? "NaN" : "infinite",
                    t.ckpt_path ? " (the last checkpoint is kept as it was)" : "");
      if (t.lead) fprintf(stderr, "  hint: lower --lr, or set --grad-clip\n");
      if (t.log) fprintf(t.log, "{\"event\":\"nonfinite\",\"step\":%lld}\n", (long long)s + 1);
      rc = G23_EXIT_FAIL;
      goto out; /* no checkpoint: the weights are already damaged */
    }
    t.m.step = s + 1;
    t.m.tokens_seen += tokens;
    t.m.epoch_loss_sum += loss;
    t.m.epoch_loss_count++;
    if (talk) {
      printf("step %lld/%lld | loss %.4f | lr %.2e | norm %.3f | %.1f ms | %.0f tok/s", (long long)t.m.step,
             (long long)t.m.total_steps, loss, lr, norm, dt * 1e3, (double)tokens / dt);
      if (peak > 0) printf(" | MFU %.1f%%", 100 * flops / dt / (peak * 1e12));
      printf("\n");
    }
    if (t.log)
      fprintf(t.log,
              "{\"step\":%lld,\"loss\":%.9g,\"lr\":%.9g,\"grad_norm\":%.9g,\"ms\":%.3f,\"tok_s\":%.1f}\n",
              (long long)t.m.step, loss, lr, norm, dt * 1e3, (double)tokens / dt);
    if (t.m.step % t.m.steps_per_epoch == 0) {
      double run = t.m.epoch_loss_sum / (double)t.m.epoch_loss_count;
      t.m.epoch++;
      if (t.lead) printf("Epoch %lld | Running Loss: %.4f\n", (long long)t.m.epoch, run);
      if (t.log) fprintf(t.log, "{\"epoch\":%lld,\"running_loss\":%.9g}\n", (long long)t.m.epoch, run);
      t.m.epoch_loss_sum = 0;
      t.m.epoch_loss_count = 0;
    }
    bool last = t.m.step == end;
    if (t.lead && o->eval_every && t.eval_ok && has_val(&t) && (t.m.step % o->eval_every == 0 || last)) {
      double vl;
      if (evaluate(&t, &vl, err, sizeof err) != 0) {
        g23_cli_error("evaluation at step %lld: %s", (long long)t.m.step, err);
        rc = G23_EXIT_FAIL;
        break;
      }
      printf("step %lld/%lld | val loss %.4f", (long long)t.m.step, (long long)t.m.total_steps, vl);
      t.val_loss = vl;
      t.val_step = t.m.step;
      if (t.log) fprintf(t.log, "{\"step\":%lld,\"val_loss\":%.9g", (long long)t.m.step, vl);
      if (!t.cls && !t.f.examples && t.text.val_bytes > 0) {
        /* per byte of text: runs of different tokenizers compare */
        double per_byte = vl * (double)(t.text.n - t.text.ntrain) / (double)t.text.val_bytes;
        printf(" (%.4f nats/byte)", per_byte);
        if (t.log) fprintf(t.log, ",\"val_loss_per_byte\":%.9g", per_byte);
      }
      if (t.acc_ok) {
        /* as many examples as the loss reads, each once */
        accuracy_t a;
        int arc = measure_accuracy(&t, o->eval_batches * t.batch, &a, err, sizeof err);
        if (arc == 0) {
          printf(" | val accuracy %.4f (%lld/%lld)\n  correct/support:", (double)a.correct / (double)a.examples,
                 (long long)a.correct, (long long)a.examples);
          for (int64_t k = 0; k < t.clsr.nclasses; k++) {
            printf("%s ", k ? " |" : "");
            put_label(&t, k, stdout, false);
            printf(" %lld/%lld", (long long)a.hits[k], (long long)a.support[k]);
          }
          if (t.log) log_accuracy(&t, &a);
        }
        accuracy_free(&a);
        if (arc != 0) {
          printf("\n");
          g23_cli_error("accuracy at step %lld: %s", (long long)t.m.step, err);
          rc = G23_EXIT_FAIL;
          break;
        }
      }
      printf("\n");
      if (t.log) fprintf(t.log, "}\n");
    }
    if (t.lead && o->sample_every && !t.cls && plan.has_graph[G23_GRAPH_PREFILL] && t.m.step % o->sample_every == 0) {
      g23_rng_t r;
      g23_rng_seed(&r, g23_mix64(t.m.seed ^ 0x73616d70, (uint64_t)t.m.step));
      /* a stream of examples starts with its mark already */
      const char *prompt = o->prompt ? o->prompt : t.f.framed ? "" : "\n";
      size_t plen = o->prompt ? o->prompt_len : strlen(prompt);
      printf("--- sample at step %lld ---\n", (long long)t.m.step);
      fflush(stdout);
      int64_t n;
      g23_gen_opts_t go = {.max_tokens = o->sample_tokens, .temperature = o->temperature, .top_p = o->top_p,
                           .top_k = o->top_k, .raw_bytes = o->raw_bytes, .specials = o->specials};
      g23_textout_t out = {.f = stdout, .escape = !o->raw && isatty(STDOUT_FILENO)};
      if (g23_generate_text(&plan, t.rt, t.tok, o->inputs, o->ninputs, (const unsigned char *)prompt, plen, &go, &r, &out,
                            &n, err, sizeof err) != 0) {
        g23_cli_error("sample at step %lld: %s", (long long)t.m.step, err);
        rc = G23_EXIT_FAIL;
        break;
      }
      printf("\n---\n");
    }
    if (t.log) fflush(t.log);
    if (o->ckpt_every && t.m.step % o->ckpt_every == 0 && !last && save_ckpt(&t, false) != 0) {
      rc = G23_EXIT_FAIL;
      break;
    }
    if (stop_signal) {
      if (t.lead)
        fprintf(stderr, "gpt23run: %s received: stopping after step %lld\n",
                stop_signal == SIGINT ? "SIGINT" : "SIGTERM", (long long)t.m.step);
      rc = stop_signal == SIGINT ? G23_EXIT_SIGINT : G23_EXIT_SIGTERM;
      break;
    }
    if (tty && !last) {
      double per = (g23_now() - t_start) / (double)(t.m.step - first);
      progress_bar(t.m.step, t.m.total_steps, per * (double)(end - t.m.step));
    }
    fflush(stdout);
  }
  if (tty) printf("\r\033[K");
  fflush(stdout);
  if (rc == G23_EXIT_OK || rc == G23_EXIT_SIGINT || rc == G23_EXIT_SIGTERM) {
    if (save_ckpt(&t, true) != 0) rc = G23_EXIT_FAIL;
    else if (t.ckpt_path) fprintf(stderr, "gpt23run: checkpoint at step %lld: %s\n", (long long)t.m.step, t.ckpt_path);
  }
  if (rc == G23_EXIT_OK && t.lead && t.acc_ok && o->eval_every && has_val(&t)) {
    /* the whole validation split, class by class */
    accuracy_t a;
    if (measure_accuracy(&t, 0, &a, err, sizeof err) != 0) {
      g23_cli_error("accuracy at the end: %s", err);
      rc = G23_EXIT_FAIL;
    } else {
      int w = 5;
      for (int64_t k = 0; k < t.clsr.nclasses; k++) {
        int l = k < t.nlabels ? (int)strlen(t.labels[k]) : snprintf(NULL, 0, "%lld", (long long)k);
        if (l > w) w = l;
      }
      printf("validation accuracy %.4f (%lld/%lld examples)\n", (double)a.correct / (double)a.examples,
             (long long)a.correct, (long long)a.examples);
      printf("  %-*s  %9s  %9s  %8s\n", w, "class", "support", "correct", "accuracy");
      for (int64_t k = 0; k < t.clsr.nclasses; k++) {
        int l = k < t.nlabels ? (int)strlen(t.labels[k]) : snprintf(NULL, 0, "%lld", (long long)k);
        printf("  ");
        put_label(&t, k, stdout, false);
        printf("%*s  %9lld  %9lld  ", w - l, "", (long long)a.support[k], (long long)a.hits[k]);
        if (a.support[k]) printf("%8.4f\n", (double)a.hits[k] / (double)a.support[k]);
        else printf("%8s\n", "-");
      }
      fflush(stdout);
      if (t.log) {
        fprintf(t.log, "{\"event\":\"final_accuracy\",\"step\":%lld", (long long)t.m.step);
        log_accuracy(&t, &a);
        fprintf(t.log, "}\n");
      }
    }
    accuracy_free(&a);
  }
  if (rc == G23_EXIT_OK && t.lead && o->export_path) {
    if (g23_export_safetensors(&plan, t.rt, o->export_path, o->export_names, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      if (!t.ckpt_path) rescue(&t); /* else the checkpoint holds the weights */
      rc = G23_EXIT_FAIL;
    }
  }
  if (rc == G23_EXIT_OK && t.lead) {
    double el = g23_now() - t_start;
    int64_t steps = t.m.step - first;
    fprintf(stderr, "gpt23run: trained %lld steps in %.1f s", (long long)steps, el);
    if (t.world > 1 && el > 0)
      fprintf(stderr, " (%.0f tok/s over %d processes)", (double)(steps * tokens) / el, t.world);
    fputc('\n', stderr);
  }
out:
  /* a process that fails alone ends the job: the others would wait for it
   * in the next collective */
  if (rc == G23_EXIT_FAIL && !agreed) g23_dist_abort(rc);
  g23_gradsync_free(t.gsync);
  g23_signals_graceful(false);
  if (t.log) fclose(t.log);
  if (t.rt && o->rt.profile) g23_runtime_profile_print(t.rt, stderr, 25);
  if (t.rt) g23_runtime_close(t.rt);
  for (int k = 0; k < G23_MAX_INPUTS; k++) free(t.bufs[k]);
  for (int k = 0; k < G23_MAX_TARGETS; k++) free(t.tbufs[k]);
  for (int k = 0; k < G23_MAX_INPUTS; k++) free(t.mbufs[k]);
  for (int k = 0; k < G23_MAX_TARGETS; k++) free(t.mtbufs[k]);
  free(t.ckpt_path);
  g23_text_free(&t.text);
  g23_cls_free(&t.cd);
  if (t.acc_ok) g23_classifier_free(&t.clsr);
  g23_ex_free(&t.ex);
  g23_ckpt_tok_free(&t.tokrec);
  g23_tok_free(t.tok);
  g23_ckpt_free(&ck);
  g23_plan_free(&plan);
  g23_dist_finalize();
  return rc;
}
