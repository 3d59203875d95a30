/* generate.c: --generate (prefill + KV-cache decode) and --classify.
 *
 * Context handling: the PREFILL graph takes max_seq tokens.  A prompt longer
 * than that keeps its last max_seq tokens (a sliding window; a warning says
 * so).  With a DECODE graph each new token is fed at its position until the
 * KV cache is full; then the window slides: PREFILL re-runs on the last
 * max_seq / 2 tokens and decoding continues from there.  Without DECODE every
 * token re-runs PREFILL on the last max_seq tokens.  Positions past the
 * prompt in the PREFILL input are padding; the model is causal, so they do
 * not change the rows that are read.
 *
 * A model with several inputs generates one example's stream as it was
 * trained (cli.h, g23_ex_load): G23_EX_MARK, the prompt, then tokens until
 * the model emits G23_EX_MARK; padded with G23_PAD_TOKEN as in training,
 * never sliding.  The other inputs are written, by name, into PREFILL and
 * into DECODE where it has them, before every run (the graphs share their
 * scratch memory).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"



static int64_t numel(const g23_plan_tensor_t *t) {
  int64_t n = 1;
  for (int k = 0; k < t->rank; k++) n *= t->shape[k];
  return n;
}

typedef struct {
  const g23_plan_t *p;
  g23_runtime_t *rt;
  g23_inputs_t f; /* PREFILL's inputs */
  int32_t *side[G23_MAX_INPUTS]; /* the other inputs' tokens (NULL for the stream) */
  const g23_plan_tensor_t *pin, *pout, *din, *dout;
  int64_t T, vocab;
  int32_t *window; /* [T] */
  float *logits;   /* PREFILL's whole output */
  char *err;
  size_t errn;
} gen_t;

/* The inputs other than the stream into graph, where it has them. */
static int feed_side(gen_t *g, int graph) {
  for (int k = 0; k < g->f.n; k++) {
    if (!g->side[k]) continue;
    const char *name = g->f.in[k]->name;
    const g23_plan_tensor_t *t = g23_plan_find(g->p, name, graph);
    if (!t) continue; /* DECODE may not read it */
    if (numel(t) != g->f.len[k]) {
      snprintf(g->err, g->errn, "input '%s' has %lld tokens in the %s graph, %lld in prefill", name,
               (long long)numel(t), g23_graph_kind_name((g23_graph_kind_t)graph), (long long)g->f.len[k]);
      return -1;
    }
    if (g23_feed_input(g->p, g->rt, graph, name, g->side[k], g->f.len[k], g->f.limit[k], g->err, g->errn) != 0)
      return -1;
  }
  return 0;
}

/* Run PREFILL on ctx[0..n) (n <= T); last row of logits -> row. */
static int prefill(gen_t *g, const int32_t *ctx, int64_t n, float *row) {
  for (int64_t t = 0; t < g->T; t++) g->window[t] = t < n ? ctx[t] : g->f.examples ? G23_PAD_TOKEN : ctx[n - 1];
  if (feed_side(g, G23_GRAPH_PREFILL) != 0 ||
      g23_feed_input(g->p, g->rt, G23_GRAPH_PREFILL, g->pin->name, g->window, g->T, g->f.limit[g->f.stream], g->err, g->errn) != 0)
    return -1;
  if (g23_plan_find(g->p, "pos", G23_GRAPH_PREFILL)) g23_runtime_set_scalar(g->rt, G23_GRAPH_PREFILL, "pos", 0);
  if (g23_runtime_run(g->rt, G23_GRAPH_PREFILL, g->err, g->errn) != 0) return -1;
  if (g23_runtime_read(g->rt, g->pout->name, G23_GRAPH_PREFILL, g->logits, (size_t)g->pout->nbytes) != 0) {
    snprintf(g->err, g->errn, "cannot read the logits: %s", g23_runtime_error(g->rt));
    return -1;
  }
  memcpy(row, g->logits + (n - 1) * g->vocab, (size_t)g->vocab * sizeof *row);
  return 0;
}

static int decode(gen_t *g, int32_t tok, int64_t pos, float *row) {
  if (feed_side(g, G23_GRAPH_DECODE) != 0 ||
      g23_feed_input(g->p, g->rt, G23_GRAPH_DECODE, g->din->name, &tok, 1, g->f.limit[g->f.stream], g->err, g->errn) != 0)
    return -1;
  g23_runtime_set_scalar(g->rt, G23_GRAPH_DECODE, "pos", (double)pos);
  if (g23_runtime_run(g->rt, G23_GRAPH_DECODE, g->err, g->errn) != 0) return -1;
  if (g23_runtime_read(g->rt, g->dout->name, G23_GRAPH_DECODE, row, (size_t)g->vocab * sizeof *row) != 0) {
    snprintf(g->err, g->errn, "cannot read the logits: %s", g23_runtime_error(g->rt));
    return -1;
  }
  return 0;
}

int g23_generate_text(const g23_plan_t *p, g23_runtime_t *rt, const g23_named_text_t *inputs, int ninputs,
                      const unsigned char *prompt, size_t plen, int64_t max_tokens, double temperature,
                      int64_t top_k, double top_p, g23_rng_t *rng, FILE *out, int64_t *ntok, char *err,
                      size_t errn) {
  gen_t g = {.p = p, .rt = rt, .err = err, .errn = errn};
  *ntok = 0;
  if (!p->has_graph[G23_GRAPH_PREFILL]) {
    snprintf(err, errn, "the plan has no generation graph (the model has no 'generate from')");
    return -1;
  }
  const char *texts[G23_MAX_INPUTS];
  if (g23_inputs_init(&g.f, p, G23_GRAPH_PREFILL, err, errn) != 0 ||
      g23_inputs_match(&g.f, inputs, ninputs, texts, err, errn) != 0)
    return -1;
  g.pin = g.f.in[g.f.stream];
  g.pout = g23_plan_find(p, "logits", G23_GRAPH_PREFILL);
  if (!g.pin || g.pin->dtype != G23_I32 || numel(g.pin) < 1 || !g.pout || g.pout->dtype != G23_F32) {
    snprintf(err, errn, "the generation graph needs an i32 token input and an f32 output 'logits'");
    return -1;
  }
  g.T = numel(g.pin);
  g.vocab = g.pout->shape[g.pout->rank - 1];
  if (numel(g.pout) != g.T * g.vocab || g.vocab < 1) {
    snprintf(err, errn, "the generation graph's logits are not [1, %lld, vocab]", (long long)g.T);
    return -1;
  }
  if (g.vocab < 256) {
    snprintf(err, errn, "the model's vocabulary has %lld tokens, but byte-level text needs 256", (long long)g.vocab);
    return -1;
  }
  bool inc = p->incremental_decode && p->has_graph[G23_GRAPH_DECODE];
  if (inc) {
    g.din = g23_plan_find(p, g.pin->name, G23_GRAPH_DECODE);
    g.dout = g23_plan_find(p, "logits", G23_GRAPH_DECODE);
    if (!g.din || g.din->nbytes != 4 || !g.dout || numel(g.dout) != g.vocab ||
        !g23_plan_find(p, "pos", G23_GRAPH_DECODE))
      inc = false; /* not the decode graph this loop expects: use PREFILL only */
  }
  /* The context: at most T tokens; an empty prompt starts from "\n" (an
   * example's stream always does). */
  int64_t T = g.T, n = 0;
  bool ex = g.f.examples;
  if (ex && (int64_t)plen + 1 > T) {
    snprintf(err, errn, "the prompt has %zu bytes; the stream holds %lld (max_seq_length %lld with the framing "
             "newline)", plen, (long long)T - 1, (long long)T);
    return -1;
  }
  int32_t *ctx = g23_xmalloc((size_t)T * sizeof *ctx);
  if (ex) ctx[n++] = G23_EX_MARK;
  else if (plen == 0) prompt = (const unsigned char *)"\n", plen = 1;
  if ((int64_t)plen > T) {
    fprintf(stderr, "gpt23run: warning: the prompt has %zu tokens, more than the context of %lld: keeping the last %lld\n",
            plen, (long long)T, (long long)T);
    prompt += plen - (size_t)T;
    plen = (size_t)T;
  }
  for (size_t i = 0; i < plen; i++) ctx[n++] = prompt[i];
  for (int k = 0; k < g.f.n; k++) {
    if (!texts[k]) continue;
    g.side[k] = g23_xmalloc((size_t)g.f.len[k] * sizeof *g.side[k]);
    g23_cls_encode(texts[k], strlen(texts[k]), g.f.len[k], g.side[k]); /* padded as in training */
  }
  g.window = g23_xmalloc((size_t)T * sizeof *g.window);
  g.logits = g23_xmalloc((size_t)g.pout->nbytes);
  float *row = g23_xmalloc((size_t)g.vocab * sizeof *row);
  int rc = prefill(&g, ctx, n, row);
  g23_utf8_t u = {0};
  unsigned char buf[8];
  for (int64_t k = 0; k < max_tokens && rc == 0; k++) {
    int64_t tok = g23_sample_token(row, g.vocab, temperature, top_k, top_p, rng);
    if (ex && tok == G23_EX_MARK) { /* the end of the example */
      (*ntok)++;
      break;
    }
    if (tok > 255) tok = '?'; /* a token beyond the bytes has no text */
    int m = g23_utf8_push(&u, (unsigned char)tok, buf);
    if (m) {
      fwrite(buf, 1, (size_t)m, out);
      fflush(out);
    }
    (*ntok)++;
    if (k + 1 == max_tokens) break;
    if (n == T && ex) {
      fprintf(stderr, "gpt23run: warning: the stream filled the context of %lld tokens before the model ended "
              "it\n", (long long)T);
      break;
    }
    if (n == T) { /* the window is full: slide */
      int64_t keep = inc ? T / 2 : T - 1;
      if (keep < 1) keep = 1;
      memmove(ctx, ctx + n - keep, (size_t)keep * sizeof *ctx);
      n = keep;
      if (inc) {
        ctx[n++] = (int32_t)tok;
        rc = prefill(&g, ctx, n, row);
        continue;
      }
    }
    ctx[n++] = (int32_t)tok;
    rc = inc ? decode(&g, (int32_t)tok, n - 1, row) : prefill(&g, ctx, n, row);
  }
  int m = g23_utf8_flush(&u, buf);
  if (m) fwrite(buf, 1, (size_t)m, out);
  fflush(out);
  free(ctx);
  for (int k = 0; k < g.f.n; k++) free(g.side[k]);
  free(g.window);
  free(g.logits);
  free(row);
  return rc;
}

int g23_cmd_generate(const g23_cli_opts_t *o) {
  g23_plan_t plan;
  g23_runtime_t *rt = NULL;
  g23_ckpt_t ck = {0};
  int rc = g23_cli_load_plan(o, &plan);
  if (rc) return rc;
  if (!plan.has_graph[G23_GRAPH_PREFILL] || plan.classifier) {
    g23_cli_error("%s: the model cannot generate text (%s)", o->plan_path,
                  plan.classifier ? "it is a classifier: use --classify" : "no 'generate from' in the model");
    g23_plan_free(&plan);
    return G23_EXIT_FAIL;
  }
  {
    /* --input is checked before the kernels are compiled */
    char err[2048];
    g23_inputs_t f;
    const char *texts[G23_MAX_INPUTS];
    if (g23_inputs_init(&f, &plan, G23_GRAPH_PREFILL, err, sizeof err) != 0 ||
        g23_inputs_match(&f, o->inputs, o->ninputs, texts, err, sizeof err) != 0) {
      g23_cli_error("%s", err);
      g23_plan_free(&plan);
      return G23_EXIT_FAIL;
    }
  }
  rc = g23_cli_open_runtime(o, &plan, &rt);
  if (!rc) rc = g23_cli_load_weights(o, &plan, rt, &ck);
  if (!rc) {
    g23_rng_t r;
    g23_rng_seed(&r, g23_mix64(o->seed, 0x67656e));
    char err[2048];
    int64_t n = 0;
    double t0 = g23_now();
    fputs(o->prompt, stdout);
    if (g23_generate_text(&plan, rt, o->inputs, o->ninputs, (const unsigned char *)o->prompt, strlen(o->prompt),
                          o->max_tokens,
                          o->temperature, o->top_k, o->top_p, &r, stdout, &n, err, sizeof err) != 0) {
      fputc('\n', stdout);
      g23_cli_error("%s", err);
      rc = G23_EXIT_FAIL;
    } else {
      double dt = g23_now() - t0;
      fputc('\n', stdout);
      fflush(stdout);
      fprintf(stderr, "gpt23run: %lld tokens in %.2f s (%.1f tok/s) on %s\n", (long long)n, dt,
              dt > 0 ? (double)n / dt : 0.0, g23_runtime_device(rt));
    }
  }
  g23_ckpt_free(&ck);
  if (rt && o->rt.profile) g23_runtime_profile_print(rt, stderr, 25);
  if (rt) g23_runtime_close(rt);
  g23_plan_free(&plan);
  return rc;
}

int g23_cmd_classify(const g23_cli_opts_t *o) {
  g23_plan_t plan;
  g23_runtime_t *rt = NULL;
  g23_ckpt_t ck = {0};
  int rc = g23_cli_load_plan(o, &plan);
  if (rc) return rc;
  const g23_plan_tensor_t *out = g23_plan_find(&plan, "logits", G23_GRAPH_PREFILL);
  if (!plan.classifier || !plan.has_graph[G23_GRAPH_PREFILL] || !out || out->dtype != G23_F32) {
    g23_cli_error("%s: the model is not a classifier (no 'classify from' with a prediction graph)", o->plan_path);
    g23_plan_free(&plan);
    return G23_EXIT_FAIL;
  }
  g23_inputs_t f;
  char err[2048];
  if (g23_inputs_init(&f, &plan, G23_GRAPH_PREFILL, err, sizeof err) != 0) {
    g23_cli_error("%s: %s", o->plan_path, err);
    g23_plan_free(&plan);
    return G23_EXIT_FAIL;
  }
  const g23_plan_tensor_t *in = f.in[0];
  rc = g23_cli_open_runtime(o, &plan, &rt);
  if (!rc) rc = g23_cli_load_weights(o, &plan, rt, &ck);
  if (!rc) {
    int64_t T = numel(in), ncls = out->shape[out->rank - 1];
    int32_t *tok = g23_xmalloc((size_t)in->nbytes);
    float *logits = g23_xmalloc((size_t)out->nbytes);
    size_t len = strlen(o->text);
    if ((int64_t)len > T)
      fprintf(stderr, "gpt23run: warning: the text has %zu tokens; the classifier reads the first %lld\n", len,
              (long long)T);
    g23_cls_encode(o->text, len, T, tok);
    int frc = g23_feed_input(&plan, rt, G23_GRAPH_PREFILL, in->name, tok, T, f.limit[0], err, sizeof err);
    if (frc == 0 && g23_plan_find(&plan, "pos", G23_GRAPH_PREFILL) &&
        g23_runtime_set_scalar(rt, G23_GRAPH_PREFILL, "pos", 0) != 0) {
      snprintf(err, sizeof err, "%s", g23_runtime_error(rt));
      frc = -1;
    }
    if (frc == 0) frc = g23_runtime_run(rt, G23_GRAPH_PREFILL, err, sizeof err);
    if (frc == 0 && g23_runtime_read(rt, out->name, G23_GRAPH_PREFILL, logits, (size_t)out->nbytes) != 0) {
      snprintf(err, sizeof err, "%s", g23_runtime_error(rt));
      frc = -1;
    }
    if (frc != 0) {
      g23_cli_error("classification failed: %s", err);
      rc = G23_EXIT_FAIL;
    } else {
      /* the prediction is the last row (a [1, classes] output has one) */
      const float *last = logits + (numel(out) / ncls - 1) * ncls;
      double prob;
      int64_t k = g23_argmax_prob(last, ncls, &prob);
      if (k < ck.nlabels)
        printf("%s\t%.4f\n", ck.labels[k], prob);
      else
        printf("%lld\t%.4f\n", (long long)k, prob);
    }
    free(tok);
    free(logits);
  }
  g23_ckpt_free(&ck);
  if (rt && o->rt.profile) g23_runtime_profile_print(rt, stderr, 25);
  if (rt) g23_runtime_close(rt);
  g23_plan_free(&plan);
  return rc;
}
