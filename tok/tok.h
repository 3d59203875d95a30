/* tok.h: tokenizers, the map between text and token ids.
 *
 * Two kinds share this interface:
 *   - byte-level: every byte of the text is one token (vocabulary 256), the
 *     default when no tokenizer is named;
 *   - GPT-2 byte-level BPE: DIR/vocab.json and DIR/merges.txt in the GPT-2 /
 *     Hugging Face format.  Text is split by GPT-2's pre-tokenisation
 *     pattern (PCRE2), each piece's bytes are mapped to GPT-2's printable
 *     characters and merged by rank; ids are exactly GPT-2's.  Bytes that
 *     are not UTF-8 (which GPT-2 cannot take) split the text, each run of
 *     them one piece (tok/bpe.h), so every byte string encodes and decodes
 *     back to itself.
 *
 * Encoding uses a cache of the pieces it has merged, behind a lock: one
 * tokenizer may be used by several threads, one encode at a time.
 *
 * Decoding is by token: the bytes of one id, which for BPE may be part of a
 * UTF-8 character (a caller printing a stream holds incomplete characters
 * back until the next token completes them).
 */
#ifndef G23_TOK_H
#define G23_TOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util/util.h"

typedef struct g23_tok g23_tok_t;

/* A growable array of token ids. */
typedef G23_VEC(int32_t) g23_ids_t;

/* The byte-level tokenizer. */
g23_tok_t *g23_tok_bytes(void);
/* Loads the BPE tokenizer in directory dir (vocab.json, merges.txt).  NULL
 * with err naming the file, and the line or byte offset, when a file is
 * missing, is not valid JSON, or the merges do not match the vocabulary. */
g23_tok_t *g23_tok_load(const char *dir, char *err, size_t errn);
void g23_tok_free(g23_tok_t *t);

/* The number of ids (the model's vocab must equal it). */
int64_t g23_tok_vocab_size(const g23_tok_t *t);
/* "bytes" or "bpe". */
const char *g23_tok_kind(const g23_tok_t *t);
/* A hex digest of the tokenizer's definition (its files' contents; "bytes"
 * for the byte-level one): what caches and checkpoints record to know that
 * ids were made by this tokenizer.  For BPE, FNV-1a 64 over vocab.json and
 * merges.txt, each preceded by its length: 16 hex digits (no library gpt23
 * links offers a cryptographic hash; this one tells files apart, it does not
 * resist forgery). */
const char *g23_tok_digest(const g23_tok_t *t);
/* The directory it was loaded from (NULL for byte-level). */
const char *g23_tok_dir(const g23_tok_t *t);

/* Appends the ids of text[0, len) to out.  With specials, the special tokens
 * of the vocabulary (such as <|endoftext|>) written in the text are read as
 * their ids; without, they are ordinary text.  Returns 0, or -1 with err
 * (text that the tokenizer cannot represent). */
int g23_tok_encode(const g23_tok_t *t, const char *text, size_t len, bool specials, g23_ids_t *out,
                   char *err, size_t errn);
/* A place to cut text[0, len) so that text[0, cut) and text[cut, len),
 * encoded apart, give the ids of the whole: the last position whose byte,
 * and the byte two before it, are printable ASCII other than space, with a
 * newline between them ("x\ny").  GPT-2's pieces never span such a newline:
 * only whitespace pieces hold a newline, and a run of whitespace that is that
 * newline alone, followed by no whitespace, is a piece of its own whether the
 * text ends after it or not.  0 when there is no such place, or when a
 * special token's text holds a newline (one might then span the cut).  This
 * lets a text larger than memory be encoded a piece at a time. */
size_t g23_tok_cut(const g23_tok_t *t, const char *text, size_t len);
/* The part size of g23_tok_encode_file when it is given 0. */
#define G23_TOK_PART ((size_t)8 << 20)
/* Encodes the text read from f, a part of `part` bytes at a time (0:
 * G23_TOK_PART), each part cut where g23_tok_cut allows (a part without such
 * a place grows until it has one, or the text ends), so the ids are those of
 * the whole text while the memory held is about a part.  Each part's ids go
 * to put (first: the text's first part; last: its last).  Returns 0; -1 with
 * err when f cannot be read or the text not encoded; or what put returned
 * when that is not 0 (put says what went wrong itself: return > 0). */
int g23_tok_encode_file(const g23_tok_t *t, FILE *f, bool specials, size_t part,
                        int (*put)(void *ctx, const g23_ids_t *ids, bool first, bool last), void *ctx, char *err,
                        size_t errn);
/* Appends the bytes of id to out; -1 for an id outside [0, vocab size). */
int g23_tok_decode(const g23_tok_t *t, int32_t id, g23_buf_t *out);
/* The id of a special token written as name ("<|endoftext|>"), or -1. */
int32_t g23_tok_special(const g23_tok_t *t, const char *name);
/* Whether id is one of the special tokens.  For BPE these are the entries of
 * vocab.json that BPE cannot produce: neither one of the 256 one-byte tokens
 * nor the result of a merge.  A special token stands for its text as
 * written in vocab.json. */
bool g23_tok_is_special(const g23_tok_t *t, int32_t id);
/* Token id as written in vocab.json (GPT-2's characters), or NULL for the
 * byte-level tokenizer and ids out of range. */
const char *g23_tok_name(const g23_tok_t *t, int32_t id);

#endif
