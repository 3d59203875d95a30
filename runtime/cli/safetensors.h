/* safetensors.h: the safetensors writer and strictly validating reader
 * (safetensors.c).
 */
#ifndef G23_CLI_SAFETENSORS_H
#define G23_CLI_SAFETENSORS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ir/ir.h"

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

#endif
