/* tok.c: the tokenizer interface and the byte-level tokenizer. */
#include <stdlib.h>
#include <string.h>

#include "tok/tok.h"

struct g23_tok {
  const char *kind;
  int64_t vocab;
  char *dir;
  char digest[65];
};

g23_tok_t *g23_tok_bytes(void) {
  g23_tok_t *t = g23_xcalloc(1, sizeof *t);
  t->kind = "bytes";
  t->vocab = 256;
  strcpy(t->digest, "bytes");
  return t;
}

g23_tok_t *g23_tok_load(const char *dir, char *err, size_t errn) {
  g23_seterr(err, errn, "%s: BPE tokenizers are not supported yet", dir);
  return NULL;
}

void g23_tok_free(g23_tok_t *t) {
  if (!t) return;
  free(t->dir);
  free(t);
}

int64_t g23_tok_vocab_size(const g23_tok_t *t) { return t->vocab; }
const char *g23_tok_kind(const g23_tok_t *t) { return t->kind; }
const char *g23_tok_digest(const g23_tok_t *t) { return t->digest; }
const char *g23_tok_dir(const g23_tok_t *t) { return t->dir; }

int g23_tok_encode(const g23_tok_t *t, const char *text, size_t len, bool specials, g23_ids_t *out,
                   char *err, size_t errn) {
  for (size_t i = 0; i < len; i++) G23_VEC_PUSH(*out, (int32_t)(unsigned char)text[i]);
  return 0;
}

int g23_tok_decode(const g23_tok_t *t, int32_t id, g23_buf_t *out) {
  if (id < 0 || id >= t->vocab) return -1;
  char c = (char)id;
  g23_buf_append(out, &c, 1);
  return 0;
}

int32_t g23_tok_special(const g23_tok_t *t, const char *name) { return -1; }
