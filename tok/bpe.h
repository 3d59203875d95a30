/* bpe.h: what the GPT-2 byte-level BPE tokenizer (tok.c) and its trainer
 * (train.c) share: GPT-2's map between bytes and printable characters, and
 * the pre-tokeniser that cuts text into the pieces BPE merges within.
 */
#ifndef G23_BPE_H
#define G23_BPE_H

#include <stddef.h>
#include <stdint.h>

/* GPT-2's bytes_to_unicode: byte b is written as the character
 * g23_bpe_char(b), a printable code point below 0x144 ('!'..'~', '¡'..'¬',
 * '®'..'ÿ' stand for themselves, the other 68 bytes for U+0100..U+0143). */
uint32_t g23_bpe_char(int b);
/* The byte a character stands for, or -1 for a character outside the map. */
int g23_bpe_byte(uint32_t c);
/* The rank of byte b among the 256 characters sorted by code point: GPT-2's
 * id of the one-byte token, and the trainer's. */
int g23_bpe_byte_rank(int b);

/* Decodes one UTF-8 character at s[0, n): its code point, and its length in
 * *len; -1 for bytes that are not one (overlong forms and surrogates
 * included). */
int32_t g23_utf8_decode(const unsigned char *s, size_t n, int *len);
/* Appends the UTF-8 bytes of code point c to out (4 bytes room); returns
 * their number. */
int g23_utf8_encode(uint32_t c, char *out);

/* The pre-tokeniser: GPT-2's pattern
 *   's|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+
 * compiled once with PCRE2 (UTF, Unicode properties, JIT when available).
 * Every valid UTF-8 character is matched by one of its alternatives, so the
 * matches cover valid text exactly.  Bytes that are not valid UTF-8 are
 * matched by none (PCRE2_MATCH_INVALID_UTF): they split the text, each valid
 * stretch is cut as if it were a whole text, and each maximal run of invalid
 * bytes between them is one piece.  A compiled pre-tokeniser may be used by
 * several threads at once. */
typedef struct g23_pretok g23_pretok_t;
g23_pretok_t *g23_pretok_new(char *err, size_t errn);
void g23_pretok_free(g23_pretok_t *p);
/* Calls fn(ctx, piece, n) for each piece of text[0, len) in order (the
 * pieces are never empty and cover the text).  Returns 0, fn's non-zero
 * return value, or -1 with err on a PCRE2 failure. */
typedef int g23_piece_fn(void *ctx, const char *piece, size_t n);
int g23_pretok_split(const g23_pretok_t *p, const char *text, size_t len, g23_piece_fn *fn, void *ctx, char *err,
                     size_t errn);

#endif
