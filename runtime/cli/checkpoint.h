/* checkpoint.h: the checkpoint file (checkpoint.c): weights, AdamW state, the
 * training state of a bit-exact resume, class labels, the tokenizer.
 * Saving and reading one against a runtime is weights.h's; keeping
 * several in a directory, outputs.h's.
 */
#ifndef G23_CLI_CHECKPOINT_H
#define G23_CLI_CHECKPOINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "runtime/cli/rng.h"
#include "runtime/plan/plan.h"

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

/* Frees a tokenizer record (data.h makes and opens them). */
void g23_ckpt_tok_free(g23_ckpt_tok_t *r);

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

#endif
