/* train.h: learning GPT-2-style byte-level BPE merges from text.
 *
 * The text is cut by GPT-2's pre-tokeniser (bpe.h) after the special tokens
 * written in it are taken out, and the distinct pieces are counted.  Each
 * piece starts as its bytes; then, until the vocabulary is full, the pair of
 * neighbouring tokens that occurs most often over all pieces (each piece
 * weighed by its count) is merged everywhere, left to right within a piece,
 * into a new token.  Ties go to the pair whose first id is smaller, then
 * whose second id is smaller (ids: the 256 bytes in GPT-2's order, then the
 * merges' tokens in the order they were made).  A merge whose text is
 * already a token makes no new token; a pair that was merged once is not
 * merged again.  Training stops early when no pair occurs min_frequency
 * times.
 *
 * The vocabulary: the 256 one-byte tokens (GPT-2's ids 0..255), the merges'
 * tokens in order, then the special tokens; vocab_size counts them all.
 * The pair counts are kept up to date as merges change the pieces (a
 * pair -> pieces index, a max-heap of counts checked when popped), not
 * recounted per merge.
 */
#ifndef G23_TRAIN_H
#define G23_TRAIN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/util.h"

typedef struct {
  int64_t vocab_size;
  const char *const *specials; /* UTF-8 text of each special token */
  int nspecials;
  int64_t min_frequency; /* a pair must occur this often to be merged (>= 1) */
} g23_bpe_train_opts_t;

typedef struct g23_bpe_trainer g23_bpe_trainer_t;

/* NULL with err when the options are invalid (vocab_size below 256 plus the
 * special tokens, an empty or repeated special token, text not UTF-8). */
g23_bpe_trainer_t *g23_bpe_trainer_new(const g23_bpe_train_opts_t *o, char *err, size_t errn);
void g23_bpe_trainer_free(g23_bpe_trainer_t *tr);
/* Counts the pieces of text[0, len) (one document: no piece spans two). */
int g23_bpe_trainer_feed(g23_bpe_trainer_t *tr, const char *text, size_t len, char *err, size_t errn);
/* Learns the merges; writes the contents of vocab.json and merges.txt
 * (with its "#version: 0.2" line) in the GPT-2 / Hugging Face format.  The
 * number of pieces and of tokens made go to *npieces and *nvocab. */
int g23_bpe_trainer_finish(g23_bpe_trainer_t *tr, g23_buf_t *vocab_json, g23_buf_t *merges_txt, int64_t *npieces,
                           int64_t *nvocab, char *err, size_t errn);

#endif
