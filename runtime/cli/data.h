/* data.h: the run's tokenizer and training data (data.c): text (encoded
 * once, cached as token shards) and shards, label<TAB>text files and
 * TAB-separated examples for several inputs; the train/validation split,
 * the batch sampler; the tokenizer a checkpoint records.
 */
#ifndef G23_CLI_DATA_H
#define G23_CLI_DATA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "runtime/cli/checkpoint.h"
#include "runtime/cli/inputs.h"
#include "runtime/cli/rng.h"
#include "runtime/plan/plan.h"
#include "tok/shard.h"
#include "tok/tok.h"

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
int g23_tok_select(const char *dir, const g23_ckpt_t *ck, const char *cache_dir, g23_tok_t **tok, char *err,
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

/* A checkpoint's record of its tokenizer (g23_ckpt_tok_t, section TOKZ),
 * made from a tokenizer and opened into one here, where tokenizers are
 * loaded; checkpoint.c only reads, writes and frees it. */

/* The record of tokenizer t (its files read from its directory). */
int g23_ckpt_tok_init(g23_ckpt_tok_t *r, const g23_tok_t *t, char *err, size_t errn);
/* The tokenizer of record r (NULL: byte-level): BPE files are written once
 * into CACHE_DIR/tokenizers/DIGEST/ and loaded from there, and the loaded
 * tokenizer's digest must be the recorded one. */
int g23_ckpt_tok_open(const g23_ckpt_tok_t *r, const char *cache_dir, g23_tok_t **t, char *err, size_t errn);
/* "byte-level" or "BPE (DIR)": for messages. */
const char *g23_tok_describe(const g23_tok_t *t, char *buf, size_t n);

#endif
