/* inputs.c: which of a model's inputs is the token stream, what each
 * target is fed from, and writing every input and target into a graph by
 * name.
 *
 * The plan lists a graph's inputs and targets in declaration order and marks
 * those declared with the dim `seq` (seq_axis).  Every token written is
 * checked against the vocabulary here, at the one place all of them pass: a
 * token a table cannot hold is an error, never fed.
 */
#include <stdlib.h>
#include <string.h>

#include "runtime/cli/data.h"
#include "runtime/cli/inputs.h"

static int64_t numel(const g23_plan_tensor_t *t) {
  int64_t n = 1;
  for (int k = 0; k < t->rank; k++) n *= t->shape[k];
  return n;
}

void g23_inputs_names(const g23_inputs_t *f, char *buf, size_t n) {
  size_t at = 0;
  buf[0] = 0;
  for (int k = 0; k < f->n && at < n; k++)
    at += (size_t)snprintf(buf + at, n - at, "%s%s", k ? ", " : "", f->in[k]->name);
}

void g23_targets_names(const g23_inputs_t *f, char *buf, size_t n) {
  size_t at = 0;
  buf[0] = 0;
  for (int k = 0; k < f->ntargets && at < n; k++)
    at += (size_t)snprintf(buf + at, n - at, "%s%s", k ? ", " : "", f->tgt[k]->name);
}

/* The targets of the training graph (every graph's, by name: PREFILL and
 * DECODE have none, but how the stream is framed depends on them), each
 * classified: the stream's next tokens (declared with the dim seq) or a
 * column of the examples.  The stream's batch and length are known. */
static int init_targets(g23_inputs_t *f, const g23_plan_t *p, char *err, size_t errn) {
  f->next = -1;
  const g23_plan_tensor_t *s = f->in[f->stream];
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != G23_GRAPH_TRAIN || t->role != G23_ROLE_TARGET) continue;
    char sh[128];
    g23_shape_str(t->rank, t->shape, sh, sizeof sh);
    if (f->ntargets == G23_MAX_TARGETS) {
      g23_seterr(err, errn, "the model has more than %d targets", G23_MAX_TARGETS);
      return -1;
    }
    if (t->dtype != G23_I32) {
      g23_seterr(err, errn, "target '%s' is %s%s: gpt23run feeds i32 targets (token ids, class labels)", t->name,
                 g23_dtype_name(t->dtype), sh);
      return -1;
    }
    int k = f->ntargets++;
    f->tgt[k] = t;
    f->tlen[k] = t->rank > 1 ? numel(t) / t->shape[0] : 1;
    if (t->seq_axis >= 0) {
      if (f->next >= 0) {
        g23_seterr(err, errn, "targets '%s' and '%s' both have the dim seq: a target declared with it is the token "
                   "stream's next tokens, and gpt23run derives one", f->tgt[f->next]->name, t->name);
        return -1;
      }
      if (t->rank != 2 || t->seq_axis != 1 || t->shape[0] != f->batch || t->shape[1] != f->seq) {
        g23_seterr(err, errn, "target '%s' is i32%s: declared with the dim seq, it is the stream's next tokens, "
                   "[%lld, %lld] as the stream '%s'", t->name, sh, (long long)f->batch, (long long)f->seq, s->name);
        return -1;
      }
      f->next = k;
    } else if ((t->rank != 1 && t->rank != 2) || t->shape[0] != f->batch) {
      g23_seterr(err, errn, "target '%s' is i32%s: gpt23run feeds a target [batch] (an integer an example), "
                 "[batch, n] (up to n integers an example; batch %lld) or, declared with the dim seq, the stream's "
                 "next tokens", t->name, sh, (long long)f->batch);
      return -1;
    }
  }
  char names[512];
  g23_targets_names(f, names, sizeof names);
  if (p->classifier && (f->ntargets > 1 || (f->ntargets == 1 && f->tgt[0]->rank != 1))) {
    g23_seterr(err, errn, "the classifier (classify from) declares the target%s %s: gpt23run feeds a classifier one "
               "target, its class label [batch]; a model with several targets trains on examples and predicts with "
               "--generate, not --classify", f->ntargets > 1 ? "s" : "", names);
    return -1;
  }
  /* the limits: a target's tables, else the vocabulary (the stream's next
   * tokens, a classifier's label), else any integer */
  for (int k = 0; k < f->ntargets; k++) {
    int64_t b = f->tgt[k]->index_bound;
    f->tlimit[k] = b > 0 ? b : k == f->next || p->classifier ? p->vocab : INT32_MAX;
    if (k == f->next && f->tlimit[k] < 256) {
      g23_seterr(err, errn, "target '%s' (the stream's next tokens) indexes a table of %lld rows, but byte-level text "
                 "needs 256", f->tgt[k]->name, (long long)f->tlimit[k]);
      return -1;
    }
  }
  f->examples = f->n > 1 || (!p->classifier && f->ntargets > (f->next >= 0 ? 1 : 0));
  f->framed = f->examples && f->next >= 0;
  return 0;
}

int g23_inputs_init(g23_inputs_t *f, const g23_plan_t *p, int graph, char *err, size_t errn) {
  memset(f, 0, sizeof *f);
  const char *gname = g23_graph_kind_name((g23_graph_kind_t)graph);
  f->stream = -1;
  for (int i = 0; i < p->ntensors; i++) {
    const g23_plan_tensor_t *t = &p->tensors[i];
    if (t->graph != graph) continue;
    if (t->role != G23_ROLE_INPUT) continue;
    if (f->n == G23_MAX_INPUTS) {
      g23_seterr(err, errn, "the model has more than %d inputs", G23_MAX_INPUTS);
      return -1;
    }
    if (t->dtype != G23_I32 || t->rank != 2) {
      char sh[128];
      g23_seterr(err, errn, "input '%s' is %s%s in the %s graph: gpt23run feeds tokens, i32 [batch, n]", t->name,
                 g23_dtype_name(t->dtype), g23_shape_str(t->rank, t->shape, sh, sizeof sh), gname);
      return -1;
    }
    if (t->seq_axis >= 0) {
      if (f->stream >= 0) {
        g23_seterr(err, errn, "inputs '%s' and '%s' both have the dim seq: gpt23run feeds one token stream",
                   f->in[f->stream]->name, t->name);
        return -1;
      }
      f->stream = f->n;
    }
    f->len[f->n] = t->shape[1];
    f->in[f->n++] = t;
  }
  if (f->n == 0) {
    g23_seterr(err, errn, "the %s graph has no input", gname);
    return -1;
  }
  char names[512];
  g23_inputs_names(f, names, sizeof names);
  if (f->n > 1 && p->classifier) {
    g23_seterr(err, errn, "the classifier has %d inputs (%s): gpt23run feeds a classifier one text", f->n, names);
    return -1;
  }
  if (f->n == 1) {
    f->stream = 0; /* the only input is the stream, whatever its dims */
  } else if (f->stream < 0) {
    g23_seterr(err, errn, "none of the inputs (%s) has the dim seq: gpt23run cannot tell which is the token stream",
               names);
    return -1;
  }
  const g23_plan_tensor_t *s = f->in[f->stream];
  f->batch = s->shape[0];
  f->seq = s->shape[1];
  for (int k = 0; k < f->n; k++)
    if (f->in[k]->shape[0] != f->batch) {
      g23_seterr(err, errn, "input '%s' has %lld examples in the %s graph's batch, the stream '%s' %lld",
                 f->in[k]->name, (long long)f->in[k]->shape[0], gname, s->name, (long long)f->batch);
      return -1;
    }
  if (graph == G23_GRAPH_TRAIN || graph == G23_GRAPH_EVAL) {
    if (init_targets(f, p, err, errn) != 0) return -1;
  } else {
    /* the generation graphs (batch 1, their own seq) read the stream as
     * training framed it: from the training graph's inputs and targets.  A
     * model gpt23run cannot train (a float target) generates as a model of
     * its inputs alone would; a classifier must have its one label. */
    g23_inputs_t tf;
    if (p->has_graph[G23_GRAPH_TRAIN] && g23_inputs_init(&tf, p, G23_GRAPH_TRAIN, err, errn) == 0) {
      f->examples = tf.examples;
      f->framed = tf.framed;
    } else if (p->classifier && p->has_graph[G23_GRAPH_TRAIN]) {
      return -1;
    } else {
      f->examples = f->framed = f->n > 1;
    }
  }
  /* a classifier's tokens go into its embedding of `vocab` rows; its
   * logits are classes */
  int64_t vocab = p->classifier ? (int64_t)g23_plan_hparam(p, "vocab", 256) : p->vocab;
  for (int k = 0; k < f->n; k++) {
    int64_t b = f->in[k]->index_bound;
    f->limit[k] = b > 0 ? b : vocab;
    if (b > 0 && b < 256) {
      g23_seterr(err, errn, "input '%s' indexes a table of %lld rows, but byte-level text needs 256 (any byte may "
                 "come)", f->in[k]->name, (long long)b);
      return -1;
    }
  }
  return 0;
}

static int feed(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, const int32_t *tok, int64_t n,
                int64_t vocab, bool target, char *err, size_t errn) {
  const g23_plan_tensor_t *t = g23_plan_find(p, name, graph);
  const char *gname = g23_graph_kind_name((g23_graph_kind_t)graph);
  if (!t || t->dtype != G23_I32 || numel(t) != n) {
    g23_seterr(err, errn, "the %s graph has no i32 %s '%s' of %lld tokens", gname, target ? "target" : "input",
               name, (long long)n);
    return -1;
  }
  for (int64_t i = 0; i < n; i++)
    if (tok[i] < 0 || tok[i] >= vocab) {
      if (target && tok[i] == G23_TARGET_PAD) continue;
      g23_seterr(err, errn, "%s '%s' of the %s graph: token %d at %lld is outside the vocabulary [0, %lld)",
                 target ? "target" : "input", name, gname, tok[i], (long long)i, (long long)vocab);
      return -1;
    }
  if (g23_runtime_write(rt, name, graph, tok, (size_t)t->nbytes) != 0) {
    g23_seterr(err, errn, "cannot write '%s' to the device: %s", name, g23_runtime_error(rt));
    return -1;
  }
  return 0;
}

int g23_feed_input(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, const int32_t *tok,
                   int64_t n, int64_t vocab, char *err, size_t errn) {
  return feed(p, rt, graph, name, tok, n, vocab, false, err, errn);
}

int g23_feed_target(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, const int32_t *tok,
                    int64_t n, int64_t vocab, char *err, size_t errn) {
  return feed(p, rt, graph, name, tok, n, vocab, true, err, errn);
}

int g23_inputs_match(const g23_inputs_t *f, const g23_tok_t *tok, const g23_named_text_t *given, int ngiven,
                     const char **text, char *err, size_t errn) {
  char names[512];
  g23_inputs_names(f, names, sizeof names);
  for (int k = 0; k < f->n; k++) text[k] = NULL;
  for (int i = 0; i < ngiven; i++) {
    const g23_named_text_t *g = &given[i];
    int k = 0;
    while (k < f->n && strcmp(f->in[k]->name, g->name) != 0) k++;
    if (k == f->n) {
      g23_seterr(err, errn, "--input %s=%s: the model has no input '%s' (its inputs: %s)", g->name, g->text, g->name,
                 names);
      return -1;
    }
    if (k == f->stream) {
      g23_seterr(err, errn, "--input %s=%s: '%s' is the token stream: give it with --prompt", g->name, g->text,
                 g->name);
      return -1;
    }
    if (text[k]) {
      g23_seterr(err, errn, "--input %s is given twice", g->name);
      return -1;
    }
    if (tok) {
      g23_ids_t ids = {0};
      char e[512];
      int rc = g23_encode_text(tok, g->text, strlen(g->text), &ids, e, sizeof e);
      int64_t n = ids.n;
      G23_VEC_FREE(ids);
      if (rc != 0) {
        g23_seterr(err, errn, "--input %s=%s: %s", g->name, g->text, e);
        return -1;
      }
      if (n > f->len[k]) {
        g23_seterr(err, errn, "--input %s=%s: %lld tokens, more than the %lld of input '%s'", g->name, g->text,
                   (long long)n, (long long)f->len[k], g->name);
        return -1;
      }
    }
    text[k] = g->text;
  }
  for (int k = 0; k < f->n; k++)
    if (k != f->stream && !text[k]) {
      g23_seterr(err, errn, "input '%s' is not given: --input %s=TEXT (the model's inputs: %s; '%s' is the stream, "
                 "from --prompt)", f->in[k]->name, f->in[k]->name, names, f->in[f->stream]->name);
      return -1;
    }
  return 0;
}
