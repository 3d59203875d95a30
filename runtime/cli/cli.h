/* cli.h: the pieces of the gpt23run command, and the API of each file.
 *
 *   gpt23run.c     main: options, --help, --version, dispatch
 *   rng.c          the host-side generator (xoshiro256**) and LR schedule
 *   inputs.c       which input is the token stream; writing every input
 *                  and target into a graph by name, tokens range-checked
 *   data.c         the run's tokenizer (tok/tok.h) and its record in
 *                  checkpoints; training data: text (encoded once, cached
 *                  as token shards) and shards, label<TAB>text files and
 *                  TAB-separated examples for several inputs; the
 *                  train/validation split, the batch sampler
 *   safetensors.c  safetensors writer and strictly validating reader
 *   checkpoint.c   the checkpoint file (weights, AdamW state, step, sampler)
 *   weights.c      opening plan and runtime; --init-from, --export
 *   sample.c       next-token sampling (temperature, top-k, top-p), the
 *                  UTF-8 holder that streams whole characters, the UTF-8
 *                  mask of byte-level sampling, escaping for a terminal
 *   train.c        the training loop (--train)
 *   generate.c     --generate (stop texts, several samples) and --classify
 *                  (one text, or a text a line); the classifier prediction
 *                  that training's accuracy uses too
 *
 * Library functions return 0 or -1 with a message in err (errn bytes); only
 * main() picks an exit status.
 */
#ifndef G23_CLI_H
#define G23_CLI_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/plan/plan.h"
#include "runtime/runtime.h"
#include "tok/shard.h"
#include "tok/tok.h"

/* Exit statuses of gpt23run. */
enum {
  G23_EXIT_OK = 0,
  G23_EXIT_FAIL = 1,  /* run-time failure: file, data, device, NaN loss */
  G23_EXIT_USAGE = 2, /* invalid command line */
  G23_EXIT_SIGINT = 130,
  G23_EXIT_SIGTERM = 143,
};

/* ---- rng.c --------------------------------------------------------------- */
/* xoshiro256** seeded through splitmix64: the host generator of batches and
 * sampling.  Its whole state is the four words, saved in checkpoints. */
typedef struct {
  uint64_t s[4];
} g23_rng_t;
void g23_rng_seed(g23_rng_t *r, uint64_t seed);
uint64_t g23_rng_next(g23_rng_t *r);
/* Uniform in [0, n), unbiased (n >= 1). */
uint64_t g23_rng_below(g23_rng_t *r, uint64_t n);
/* Uniform in [0, 1) with 53 random bits. */
double g23_rng_double(g23_rng_t *r);
/* A well-mixed 64-bit hash of (a, b): per-step dropout seeds. */
uint64_t g23_mix64(uint64_t a, uint64_t b);

/* Learning rate at 0-based step: linear warmup from lr/warmup to lr over
 * `warmup` steps, then cosine decay from lr to min_lr at step total - 1. */
typedef struct {
  double lr, min_lr;
  int64_t warmup, total;
} g23_schedule_t;
double g23_lr_at(const g23_schedule_t *s, int64_t step);

/* ---- inputs.c ------------------------------------------------------------ */
/* What gpt23run feeds a model.  A model with one input reads it as the
 * token stream: windows of tokens (g23_text_*), or for a classifier
 * label<TAB>text lines (g23_cls_*).  A model with several inputs, or with a
 * target other than the stream's next tokens, reads examples (g23_ex_*):
 * the input declared with the dim `seq` (the plan's seq_axis) is the token
 * stream; every other input is a text of its own, padded to its length.  A
 * model may declare any number of targets: the one declared with the dim
 * `seq` is the stream's next tokens, derived from the stream; every other
 * is a column of the examples (a classifier declares one, its label). */
#define G23_MAX_INPUTS 16
#define G23_MAX_TARGETS 16
/* The text that frames an example's stream: it opens it (generation starts
 * from it) and closes it (generation stops when the model emits it).  It is
 * encoded alone, one token (g23_mark_id). */
#define G23_EX_MARK '\n'
/* A target position past the end of an example, or given as -1.  std.net's
 * cross_entropy does not count targets outside [0, vocab). */
#define G23_TARGET_PAD (-1)

typedef struct {
  int n;                                       /* inputs, in declaration order */
  const g23_plan_tensor_t *in[G23_MAX_INPUTS]; /* in the graph given to init */
  int64_t len[G23_MAX_INPUTS];                 /* tokens of each per example */
  int stream;                                  /* in[stream] is the token stream */
  int64_t batch, seq;                          /* the stream's [batch, seq] */
  bool examples;                               /* g23_ex_* data: several inputs, or a
                                                  target that is a column */
  bool framed;                                 /* examples whose stream is predicted
                                                  (tgt[next]): framed by G23_EX_MARK */
  int64_t limit[G23_MAX_INPUTS];               /* in[k]'s tokens lie below limit[k]: the
                                                  rows of the tables it indexes (the
                                                  plan's index_bound), else the vocab */
  /* TRAIN and EVAL only (0 targets in the generation graphs) */
  int ntargets;                                /* targets, in declaration order */
  const g23_plan_tensor_t *tgt[G23_MAX_TARGETS]; /* in the TRAIN graph */
  int64_t tlen[G23_MAX_TARGETS];               /* values of each per example */
  int64_t tlimit[G23_MAX_TARGETS];             /* values lie below it, or are
                                                  G23_TARGET_PAD: the target's tables,
                                                  else the vocab, else INT32_MAX */
  int next;                                    /* tgt[next]: the stream's next tokens
                                                  (declared with seq); -1: none */
} g23_inputs_t;

/* The inputs (and targets) of graph: TRAIN for training, PREFILL for
 * generation.  Every input is i32 [batch, n]; with several, exactly one has
 * the dim seq; a classifier has one; every input can take any byte (its
 * tables have 256 rows or more).  Every target is i32: [batch, seq] declared
 * with the dim seq (at most one), else [batch] or [batch, n]; a classifier
 * declares one, [batch].  -1 with a message naming the input or target. */
int g23_inputs_init(g23_inputs_t *f, const g23_plan_t *p, int graph, char *err, size_t errn);
/* "tokens, src": the inputs' names, for messages. */
void g23_inputs_names(const g23_inputs_t *f, char *buf, size_t n);
/* "next, label": the targets' names. */
void g23_targets_names(const g23_inputs_t *f, char *buf, size_t n);
/* Write n tokens into the graph's input `name` (an i32 tensor of n
 * elements).  Every token must lie in [0, vocab): anything else is an error
 * naming the input, never fed. */
int g23_feed_input(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, const int32_t *tok,
                   int64_t n, int64_t vocab, char *err, size_t errn);
/* The same for a target: values in [0, vocab) or G23_TARGET_PAD. */
int g23_feed_target(const g23_plan_t *p, g23_runtime_t *rt, int graph, const char *name, const int32_t *tok,
                    int64_t n, int64_t vocab, char *err, size_t errn);

/* --input NAME=TEXT, as given on the command line. */
typedef struct {
  const char *name, *text;
} g23_named_text_t;
/* Match the given texts to f's inputs other than the stream: text[k] for
 * in[k] (NULL for the stream).  Errors: a name that is no input or is the
 * stream, a name given twice, a text of more tokens than its input (checked
 * only when tok is given: NULL here means the tokenizer is not known yet),
 * an input not given. */
int g23_inputs_match(const g23_inputs_t *f, const g23_tok_t *tok, const g23_named_text_t *given, int ngiven,
                     const char **text, char *err, size_t errn);

/* ---- data.c -------------------------------------------------------------- */
/* The run's tokenizer: tok, or the byte-level one when tok is NULL (every
 * function below that takes a tokenizer takes NULL so). */
const g23_tok_t *g23_run_tok(const g23_tok_t *tok);
/* Text to ids (out is emptied first).  Special tokens written in the text
 * are ordinary text. */
int g23_encode_text(const g23_tok_t *tok, const char *text, size_t len, g23_ids_t *out, char *err, size_t errn);
/* The id of G23_EX_MARK encoded alone; an error when the tokenizer makes
 * more than one token of it. */
int g23_mark_id(const g23_tok_t *tok, int32_t *id, char *err, size_t errn);

/* The tokenizer of a command: --tokenizer dir when given (which must be the
 * checkpoint's when ck is given), else the checkpoint's (g23_ckpt_tok_open),
 * else byte-level.  *tok is the caller's to free. */
struct g23_ckpt;
int g23_tok_select(const char *dir, const struct g23_ckpt *ck, const char *cache_dir, g23_tok_t **tok, char *err,
                   size_t errn);
/* The model's vocab against the tokenizer: byte-level needs at least 256
 * (any byte is a token; ids above 255 are never fed), BPE exactly its
 * size.  The message names both numbers and where each comes from. */
int g23_tok_check_model(const g23_tok_t *tok, const g23_plan_t *p, const char *plan_path, char *err, size_t errn);

/* A token stream: each data file one shard (a token shard as given, or the
 * cached shard of a text file), read as one concatenated stream, so a window
 * may span two files.  The last val_fraction of the tokens is the
 * validation split.  Windows of seq + 1 tokens: inputs, shifted targets. */
typedef struct {
  g23_shard_t *shards; /* one per data file */
  int nshards;
  int64_t *start;      /* [nshards + 1]: shard k holds tokens [start[k], start[k + 1]) */
  void **owned;        /* shard bytes kept in memory where the cache could not be written */
  int64_t n;           /* all tokens */
  int64_t ntrain;      /* [0, ntrain) train, [ntrain, n) validation */
  int64_t val_bytes;   /* the bytes of text the validation tokens decode to */
  uint32_t crc;        /* CRC-32 of the texts' bytes and the shards' ids: which data a checkpoint saw */
} g23_text_data_t;

/* Reads paths: a file that starts with the shard magic is a token shard,
 * which must be of tok's vocabulary (and, where it records one, made by
 * tok); any other is text, encoded with tok and cached as
 * CACHE_DIR/tokens/KEY.tok, KEY a hash of the text and of tok's digest
 * (cache_dir NULL: kept in memory).  Fails with a message for a missing,
 * unreadable, empty or damaged file, or a stream shorter than seq + 1
 * tokens.  A validation split shorter than seq + 1 tokens is dropped
 * (ntrain = n) with a warning on stderr. */
int g23_text_load(g23_text_data_t *d, const char *const *paths, int npaths, const g23_tok_t *tok,
                  const char *cache_dir, double val_fraction, int64_t seq, char *err, size_t errn);
void g23_text_free(g23_text_data_t *d);
bool g23_text_has_val(const g23_text_data_t *d);
/* Token i of the stream. */
int32_t g23_text_token(const g23_text_data_t *d, int64_t i);
/* batch windows from the train (val = false) or validation split, each at a
 * uniformly random start drawn from rng: inputs[b, t] = x[s + t],
 * targets[b, t] = x[s + t + 1]; both [batch, seq]. */
void g23_text_batch(const g23_text_data_t *d, bool val, g23_rng_t *rng, int64_t batch, int64_t seq,
                    int32_t *inputs, int32_t *targets);

/* Classification: lines "label<TAB>text".  Labels are all integers in
 * [0, nclasses), or otherwise names numbered in first-seen order (a given
 * list, e.g. from a checkpoint, is extended only if it has room).  Text is
 * encoded with tok, truncated to seq tokens or padded with G23_PAD_TOKEN.  Examples are
 * shuffled by seed before the split, so the validation split mixes labels. */
#define G23_PAD_TOKEN 0
typedef struct {
  int32_t *tokens;  /* [n, seq] */
  int32_t *labels;  /* [n] */
  int64_t n, ntrain, seq;
  char **names;     /* label names when named, else NULL */
  int nnames;
  bool named;
  uint32_t crc;
} g23_cls_data_t;
/* names/nnames: a known label list (may be NULL/0).  Errors are reported as
 * file:line:col with the line and a caret. */
int g23_cls_load(g23_cls_data_t *d, const char *path, const g23_tok_t *tok, int64_t seq, int64_t nclasses,
                 char *const *names, int nnames, double val_fraction, uint64_t seed, char *err,
                 size_t errn);
void g23_cls_free(g23_cls_data_t *d);
void g23_cls_batch(const g23_cls_data_t *d, bool val, g23_rng_t *rng, int64_t batch,
                   int32_t *inputs, int32_t *labels);
/* Encodes text as one sequence of seq tokens, truncated or padded; returns
 * the number of tokens of the whole text, or -1 with err. */
int64_t g23_cls_encode(const g23_tok_t *tok, const char *text, size_t len, int64_t seq, int32_t *out, char *err,
                       size_t errn);

/* Examples (g23_inputs_t.examples): one a line, separated by TABs a column
 * per input in declaration order, then a column per target other than the
 * stream's next tokens, in declaration order.  Each text column is encoded
 * with tok on its own.  When the model predicts the stream (framed), its
 * column is framed: inputs the mark (G23_EX_MARK encoded alone, one token:
 * g23_mark_id), its tokens, then G23_PAD_TOKEN; the next tokens the same
 * shifted by one, so its tokens, then the mark, then G23_TARGET_PAD: at most
 * seq - 1 tokens.  The mark and the text are encoded apart, so a BPE merge
 * never joins them.  Every other input column is its tokens padded with
 * G23_PAD_TOKEN to its input's length.  A target column holds integers
 * separated by spaces, each in [0, tlimit) or -1 (not counted): one for a
 * [batch] target, up to n for [batch, n], the positions after them
 * G23_TARGET_PAD.  A column that does not fit, a value that is no integer or
 * out of range, or a line with another number of columns, is an error at
 * file:line:col naming the column.  Examples are shuffled by seed before the
 * split. */
typedef struct {
  int32_t *rows;   /* [n, width]: each input's tokens in order, then each target's values */
  int64_t n, ntrain, width;
  uint32_t crc;
} g23_ex_data_t;
int g23_ex_load(g23_ex_data_t *d, const char *path, const g23_tok_t *tok, const g23_inputs_t *f, double val_fraction, uint64_t seed,
                char *err, size_t errn);
void g23_ex_free(g23_ex_data_t *d);
/* batch examples: inputs[k] gets [batch, f->len[k]], targets[k] [batch,
 * f->tlen[k]]. */
void g23_ex_batch(const g23_ex_data_t *d, const g23_inputs_t *f, bool val, g23_rng_t *rng,
                  int32_t *const *inputs, int32_t *const *targets);
/* An example's stream as above; tgt may be NULL.  Returns the number of
 * tokens of the text (in and tgt are written only when it is at most
 * seq - 1), or -1 with err. */
int64_t g23_ex_encode_stream(const g23_tok_t *tok, const char *text, size_t len, int64_t seq, int32_t *in,
                             int32_t *tgt, char *err, size_t errn);

/* ---- safetensors.c ------------------------------------------------------- */
typedef struct {
  char *name;
  char dtype[16];   /* "F32", ... */
  int rank;
  int64_t shape[G23_MAX_RANK];
  const void *data; /* into the file's buffer (reader) or the caller's (writer) */
  int64_t nbytes;
} g23_st_tensor_t;

typedef struct {
  g23_st_tensor_t *t;
  int n;
  char *buf;        /* the whole file (reader) */
  size_t len;
} g23_st_file_t;

#define G23_ST_MAX_HEADER 100000000ull

/* Serialise F32 tensors: header padded with spaces to a multiple of 8, names
 * in the given order, data contiguous in that order. */
int g23_st_serialize(const g23_st_tensor_t *t, int n, char **data, size_t *len);
int g23_st_write(const char *path, const g23_st_tensor_t *t, int n, char *err, size_t errn);
/* Strict validation: header length, JSON syntax, known dtypes, shapes,
 * offsets contiguous from 0 and covering the buffer exactly, no duplicates.
 * Takes ownership of data (malloc'd) on success and failure. */
int g23_st_parse(char *data, size_t len, g23_st_file_t *f, char *err, size_t errn);
int g23_st_read(const char *path, g23_st_file_t *f, char *err, size_t errn);
void g23_st_free(g23_st_file_t *f);
const g23_st_tensor_t *g23_st_find(const g23_st_file_t *f, const char *name);
/* F32, F16 and BF16 tensors convert exactly to f32 (numel floats into out;
 * g23_st_to_f32 returns -1 for another dtype); the element conversions
 * keep subnormals, infinities and NaN payloads. */
bool g23_st_f32_convertible(const char *dtype);
int g23_st_to_f32(const g23_st_tensor_t *t, float *out);
float g23_f16_to_f32(uint16_t h);
float g23_bf16_to_f32(uint16_t h);

/* ---- checkpoint.c -------------------------------------------------------- */
/* File layout (little endian):
 *   magic "G23CKPT\0" (8), u32 version, u32 flags, u64 payload bytes,
 *   u32 CRC-32 of the payload, u64 plan fingerprint, 24 reserved zero bytes
 *   (64-byte header), then the payload: sections "META" (training state),
 *   "MODL" (the model's name), "LABL" (class names), "TOKZ" (the
 *   tokenizer), "TENS" (tensors), each u32 tag, u64 length, bytes.  A reader
 *   skips the sections it does not know, so MODL and TOKZ came without a
 *   version change: files without MODL read as before (no model name), files
 *   without TOKZ were trained byte-level.
 *
 *   TOKZ: str kind ("bytes", "bpe"), str digest, str the directory it was
 *   loaded from, u64 vocab, u32 file count, then per file a str name and a
 *   u64 length and its bytes (vocab.json and merges.txt for BPE; none for
 *   byte-level), so generation needs no tokenizer directory. */
#define G23_CKPT_MAGIC "G23CKPT"
#define G23_CKPT_VERSION 1u
#define G23_CKPT_HEADER 64
#define G23_CKPT_FILE "checkpoint.g23"

/* The tokenizer a model was trained with (TOKZ). */
#define G23_CKPT_TOK_FILES 4
typedef struct {
  char *kind, *digest, *dir; /* g23_tok_kind, g23_tok_digest, g23_tok_dir ("" for byte-level) */
  int64_t vocab;
  int nfiles;
  char *name[G23_CKPT_TOK_FILES];
  char *data[G23_CKPT_TOK_FILES];
  size_t len[G23_CKPT_TOK_FILES];
} g23_ckpt_tok_t;

/* Everything besides the tensors that a bit-exact resume needs. */
typedef struct {
  int64_t step;        /* steps completed */
  int64_t total_steps;
  uint64_t seed;
  g23_rng_t rng;       /* the batch sampler */
  double lr, min_lr, weight_decay, grad_clip;
  int64_t warmup;
  double val_fraction;
  int64_t epoch;       /* epochs completed */
  int64_t steps_per_epoch;
  double epoch_loss_sum; /* running loss of the epoch in progress */
  int64_t epoch_loss_count;
  int64_t tokens_seen;
  uint32_t data_crc;
  int64_t data_len;
  int64_t batch, seq;
  /* not part of META: the tokenizer that g23_ckpt_serialize writes as TOKZ
   * (not owned; NULL: none written) */
  const g23_ckpt_tok_t *tok;
} g23_ckpt_meta_t;


typedef struct {
  char *name;
  int32_t role;     /* g23_role_t */
  int32_t dtype;    /* g23_dtype_t */
  int rank;
  int64_t shape[G23_MAX_RANK];
  void *data;
  int64_t nbytes;
} g23_ckpt_tensor_t;

typedef struct g23_ckpt {
  uint64_t fingerprint;
  char *model_name; /* the plan's model name; NULL in files without MODL */
  g23_ckpt_meta_t meta;
  char **labels;
  int nlabels;
  g23_ckpt_tok_t *tok; /* read from TOKZ; NULL in files without it (byte-level) */
  g23_ckpt_tensor_t *tensors;
  int ntensors;
} g23_ckpt_t;

/* The record of tokenizer t (its files read from its directory). */
int g23_ckpt_tok_init(g23_ckpt_tok_t *r, const g23_tok_t *t, char *err, size_t errn);
void g23_ckpt_tok_free(g23_ckpt_tok_t *r);
/* The tokenizer of record r (NULL: byte-level): BPE files are written once
 * into CACHE_DIR/tokenizers/DIGEST/ and loaded from there, and the loaded
 * tokenizer's digest must be the recorded one. */
int g23_ckpt_tok_open(const g23_ckpt_tok_t *r, const char *cache_dir, g23_tok_t **t, char *err, size_t errn);
/* "byte-level" or "BPE (DIR)": for messages. */
const char *g23_tok_describe(const g23_tok_t *t, char *buf, size_t n);

/* FNV-1a over the names, dtypes and shapes of the plan's PARAM tensors in
 * plan order: a checkpoint of another model has another fingerprint. */
uint64_t g23_plan_fingerprint(const g23_plan_t *p);
int g23_ckpt_serialize(const g23_ckpt_t *c, char **data, size_t *len);
/* Validates everything; on failure says what is wrong. */
int g23_ckpt_parse(const char *data, size_t len, g23_ckpt_t *c, char *err, size_t errn);
void g23_ckpt_free(g23_ckpt_t *c);
/* `gpt23c --dump CHECKPOINT`: the step, model, settings, running loss,
 * labels and the tensor table of a parsed checkpoint. */
void g23_ckpt_describe(FILE *f, const g23_ckpt_t *c);
/* The training state alone, from the start of a checkpoint's payload (the
 * META section comes first), without checking the rest. */
int g23_ckpt_meta_parse(const char *payload, size_t len, g23_ckpt_meta_t *m, char *err, size_t errn);
/* weights.c: gather the plan's PARAM and OPTSTATE tensors from rt and
 * write path atomically (temp file, fsync, rename, fsync of the directory). */
int g23_ckpt_save(const char *path, const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m,
                  char *const *labels, int nlabels, char *err, size_t errn);
/* weights.c: read path and check it belongs to plan p (fingerprint, and
 * every PARAM and OPTSTATE tensor present with its shape).  c keeps the
 * tensors until g23_ckpt_free. */
int g23_ckpt_read(const char *path, const g23_plan_t *p, g23_ckpt_t *c, char *err, size_t errn);
/* Write c's PARAM (and unless params_only, OPTSTATE) tensors into rt. */
int g23_ckpt_apply(const g23_ckpt_t *c, const g23_plan_t *p, g23_runtime_t *rt, bool params_only,
                   char *err, size_t errn);

/* ---- sample.c ------------------------------------------------------------ */
/* Next token from logits[vocab]: temperature <= 0 is greedy (argmax, lowest
 * index on ties); else softmax(logits / temperature) restricted to the top_k
 * most likely (0 = all) and then to the smallest set whose probability
 * reaches top_p (>= 1 = all), drawn with rng.  A logit of -inf (a masked
 * token) has probability 0: the others are renormalised. */
int64_t g23_sample_token(const float *logits, int64_t vocab, double temperature, int64_t top_k,
                         double top_p, g23_rng_t *rng);
/* Index of the largest logit and its softmax probability. */
int64_t g23_argmax_prob(const float *logits, int64_t n, double *prob);

/* Holds the bytes of an incomplete UTF-8 character: push one byte, get back
 * the bytes now ready to print (0 to 8): a whole character, or bytes that
 * cannot be part of a valid character, passed through unchanged so the
 * output is exactly the generated bytes.  Its state is also the UTF-8
 * decoder state of every byte pushed so far (RFC 3629's table: no
 * overlongs, no surrogates, nothing above U+10FFFF). */
typedef struct {
  unsigned char b[4];
  int n, need;
} g23_utf8_t;
int g23_utf8_push(g23_utf8_t *u, unsigned char c, unsigned char *out);
/* Bytes still held (at the end of generation): returned and cleared. */
int g23_utf8_flush(g23_utf8_t *u, unsigned char *out);
/* Whether byte c may come next after the bytes pushed into u, in valid
 * UTF-8: at a character boundary an ASCII byte or a lead byte (C2-F4),
 * inside a character the continuation bytes its lead and position allow. */
bool g23_utf8_allows(const g23_utf8_t *u, unsigned char c);
/* Sets logits[i] = -inf for every token that would make the bytes pushed
 * into u invalid UTF-8: bytes u does not allow, tokens >= 256, which have no
 * text, and at a character boundary the lead bytes of characters longer
 * than room, the tokens left to generate (so the text never ends inside a
 * character). */
void g23_utf8_mask(const g23_utf8_t *u, float *logits, int64_t vocab, int64_t room);

/* Copies s[0..n) into out (4 n bytes of room) for a terminal: control
 * characters (C0 but tab and newline, DEL, C1 U+0080-U+009F) and bytes that
 * are not valid UTF-8 become \xHH, one per byte; everything else is copied.
 * s must not end inside a valid character (the holder above never returns
 * one).  Returns the length written. */
size_t g23_escape_controls(const unsigned char *s, size_t n, char *out);

/* Generated text on its way to a stream: whole characters at a time
 * (g23_utf8_t), flushed after each, escaped for a terminal when asked. */
typedef struct {
  FILE *f;
  bool escape; /* g23_escape_controls (stdout is a terminal and no --raw) */
  g23_utf8_t u;
} g23_textout_t;
void g23_textout_write(g23_textout_t *o, const unsigned char *s, size_t n);
/* Writes the bytes still held (an incomplete last character). */
void g23_textout_end(g23_textout_t *o);

/* ---- options (gpt23run.c) and the commands ------------------------------- */
typedef enum { G23_MODE_NONE, G23_MODE_TRAIN, G23_MODE_GENERATE, G23_MODE_CLASSIFY } g23_mode_t;

typedef struct {
  const char *plan_path;
  g23_mode_t mode;
  const char **data;
  int ndata;
  /* training */
  int64_t steps, epochs, stop_at;
  uint64_t seed;
  double lr, min_lr, weight_decay, grad_clip, val_fraction;
  int64_t warmup;
  int64_t eval_every, eval_batches, sample_every, ckpt_every, sample_tokens;
  double peak_tflops;
  const char *log_path;
  const char *ckpt_dir;
  bool resume, overwrite;
  int64_t keep;   /* --keep N: the last N checkpoints (0: only the newest) */
  bool keep_best; /* --keep-best: also the one of the lowest validation loss */
  const char *export_path, *init_from;
  const char *export_names; /* --export-names TABLE: the names table of the export */
  bool quiet;
  /* which of the training options were given (a resume keeps the others) */
  bool set_steps, set_lr, set_min_lr, set_warmup, set_wd, set_clip, set_seed, set_val;
  /* generation */
  const char *prompt;       /* --prompt, or the --prompt-file bytes (read by main) */
  size_t prompt_len;        /* the prompt may hold NUL bytes */
  const char *prompt_file;
  const char *text;         /* --classify TEXT */
  const char *classify_file; /* --classify-file FILE or --classify -: a text a line */
  g23_named_text_t *inputs; /* --input NAME=TEXT */
  int ninputs;
  double temperature, top_p;
  int64_t top_k, max_tokens;
  const char **stops;       /* --stop TEXT */
  int nstops;
  int64_t num_samples;      /* --num-samples N (default 1) */
  bool raw;                 /* --raw: control bytes unescaped on a terminal */
  bool raw_bytes;           /* --raw-bytes: no UTF-8 mask on byte-level sampling */
  /* tokenizer */
  const char *tokenizer;    /* --tokenizer DIR (NULL: the checkpoint's, else byte-level) */
  bool specials;            /* --specials: special tokens written in a prompt are read as theirs */
  /* runtime */
  g23_runtime_opts_t rt;
} g23_cli_opts_t;

/* Print "gpt23run: error: ..." to stderr. */
void g23_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* "gpt23run: KIND: message\n" on stderr (what the two above print). */
void g23_cli_vmessage(const char *kind, const char *fmt, va_list ap);
void g23_cli_warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* weights.c: shared by the commands; each returns 0 or an exit status after
 * printing the error.  load_plan validates the plan file; open_runtime
 * compiles the kernels and initialises the parameters from o->seed;
 * load_weights fills them from --ckpt DIR (params only; ck keeps the
 * metadata and labels) or --init-from. */
int g23_cli_load_plan(const g23_cli_opts_t *o, g23_plan_t *plan);
int g23_cli_open_runtime(const g23_cli_opts_t *o, const g23_plan_t *plan, g23_runtime_t **rt);
int g23_cli_load_weights(const g23_cli_opts_t *o, const g23_plan_t *p, g23_runtime_t *rt,
                         g23_ckpt_t *ck);
/* DIR/checkpoint file name (malloc'd). */
char *g23_ckpt_path(const char *dir);
/* Bytes of a checkpoint of plan p (its PARAM and OPTSTATE tensors, names
 * and headers), for the free-space check before training. */
int64_t g23_ckpt_bytes(const g23_plan_t *p);

/* outputs.c: output paths checked before work; kept checkpoints.
 * check_train validates --ckpt (a writable directory with room for a
 * checkpoint and none in the way unless --resume or --overwrite; stale
 * temporaries of killed writers removed), --log (no existing log unless
 * --resume or --overwrite), --export (no existing file unless --overwrite),
 * and warns when the weights will not be kept; check_export the --export
 * path of the export command.  Each returns 0 or -1 after printing. */
int g23_outputs_check_train(const g23_cli_opts_t *o, const g23_plan_t *p);
int g23_outputs_check_export(const g23_cli_opts_t *o);
/* Removes "NAME.tmp.PID" files in dir whose PID is no running process;
 * returns how many. */
int g23_clean_stale_temps(const char *dir);
/* Free bytes for an unprivileged writer in dir, -1 if unknown. */
int64_t g23_disk_free(const char *dir);
/* The training state of the checkpoint file at path, from its first bytes. */
int g23_ckpt_peek(const char *path, g23_ckpt_meta_t *m, char *err, size_t errn);
/* Writes the checkpoint of step m->step into dir.  keep 0 and !keep_best:
 * DIR/checkpoint.g23, atomically.  Otherwise DIR/step-NNNNNNNN.g23, with
 * checkpoint.g23 (and, for a new lowest val_loss with keep_best, best.g23)
 * hard links to it replaced atomically, the step files beyond the newest
 * keep removed, and the index DIR/checkpoints.json rewritten atomically.
 * val_loss: NAN when not evaluated at this step. */
int g23_ckpt_store(const char *dir, const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m,
                   char *const *labels, int nlabels, int keep, bool keep_best, double val_loss, char *err,
                   size_t errn);
/* Reads the checkpoint of --ckpt dir (a directory: its checkpoint.g23, or
 * when that does not read, the newest kept checkpoint that does, with a
 * warning; a file: that file). */
int g23_ckpt_read_dir(const char *dir, const g23_plan_t *p, g23_ckpt_t *c, char *err, size_t errn);
/* Saves a checkpoint that could not be written where asked: in the working
 * directory, else $HOME, else $TMPDIR or /tmp; *where gets the path. */
int g23_ckpt_rescue(const g23_plan_t *p, g23_runtime_t *rt, const g23_ckpt_meta_t *m, char *const *labels,
                    int nlabels, char **where);
/* Fill rt's parameters from a safetensors file.  A tensor is found by the
 * parameter's own name or by its name in any of the plan's names tables
 * (with or without the table's prefix); F16 and BF16 are converted to f32.
 * Errors: another shape, a dtype other than F32/F16/BF16, a parameter given
 * twice, a table's tied copy that differs from the parameter.  A note names
 * the tensors a table skips and the tied copies checked; one warning lists
 * the tensors that name nothing of the model (a classifier can start from a
 * language model).  With strict, parameters the file lacks are an error,
 * otherwise a warning lists them. */
int g23_init_from_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, bool strict,
                              char *err, size_t errn);
/* Writes the parameters as F32 safetensors under their own names, or with
 * table (not NULL) under that names table's names, tied copies left out. */
int g23_export_safetensors(const g23_plan_t *p, g23_runtime_t *rt, const char *path, const char *table,
                           char *err, size_t errn);

int g23_cmd_train(const g23_cli_opts_t *o);
int g23_cmd_generate(const g23_cli_opts_t *o);
int g23_cmd_classify(const g23_cli_opts_t *o);
/* Without --train/--generate/--classify: convert weights only
 * (--init-from / --ckpt to --export). */
int g23_cmd_export(const g23_cli_opts_t *o);

/* The line between the samples of --num-samples. */
#define G23_SAMPLE_SEPARATOR "---------------"

/* How generate_text samples and when it stops. */
typedef struct {
  int64_t max_tokens;
  double temperature, top_p;
  int64_t top_k;
  bool raw_bytes;          /* false: mask bytes that would make the text invalid UTF-8 (byte-level only) */
  bool specials;           /* special tokens written in the prompt are read as theirs */
  const char *const *stops; /* stop after the generated bytes end with one of these */
  int nstops;
} g23_gen_opts_t;

/* Generation into out (used by --sample-every too): after the prompt (not
 * written: the caller prints it), encoded with tok, up to max_tokens sampled
 * tokens, decoded and streamed whole characters at a time (a BPE token may
 * end inside a character: the holder keeps it until the next completes it).
 * Byte-level, unless raw_bytes, every token is drawn among those that keep
 * prompt + output valid UTF-8 (g23_utf8_mask).  A model with several inputs
 * gets the others from `inputs` (g23_inputs_match); its stream starts with
 * the mark (g23_mark_id) before the prompt and generation stops when the
 * model emits the mark (counted, not printed) or the context is full.
 * Stop texts are matched on the decoded bytes.  Returns 0, -1 with err;
 * *ntok gets the number of tokens generated. */
int g23_generate_text(const g23_plan_t *p, g23_runtime_t *rt, const g23_tok_t *tok, const g23_named_text_t *inputs,
                      int ninputs, const unsigned char *prompt, size_t plen, const g23_gen_opts_t *go, g23_rng_t *rng,
                      g23_textout_t *out, int64_t *ntok, char *err, size_t errn);

/* A classifier's prediction graph (PREFILL), shared by --classify and the
 * accuracy of training's evaluations.  len tokens of one text, padded or
 * truncated to the graph's length as in training. */
typedef struct {
  const g23_plan_t *p;
  const g23_plan_tensor_t *in, *out;
  int64_t T, nclasses, vocab;
  int32_t *tok;   /* [T] */
  float *logits;  /* the output */
} g23_classifier_t;
/* -1 with err when the plan has no classifier prediction graph. */
int g23_classifier_init(g23_classifier_t *c, const g23_plan_t *p, char *err, size_t errn);
int g23_classifier_run(g23_classifier_t *c, g23_runtime_t *rt, const int32_t *tok, int64_t len, int64_t *cls,
                       double *prob, char *err, size_t errn);
void g23_classifier_free(g23_classifier_t *c);

#endif
