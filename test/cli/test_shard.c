/* test_shard.c: token shards (tok/shard.h): round trips in both id widths,
 * the streaming writer, and every truncation and every single-bit flip of
 * small shards refused with the file and an offset named.  With
 * --corpus DIR it writes the seed corpus of fuzz_shard instead; with
 * --make OUT VOCAB ID... a shard for the end-to-end tests. */
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tok/shard.h"
#include "test/check.h"
#include "util/util.h"


static char tmpdir[256];

static bool exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

/* Writes ids as a shard, reads it back mapped, compares. */
static void round_trip(int64_t vocab, const int32_t *ids, size_t n, int width) {
  char *path = g23_xasprintf("%s/rt-%lld.tok", tmpdir, (long long)vocab);
  char err[512];
  CHECK(g23_shard_write(path, vocab, 7, ids, n, err, sizeof err) == 0, "%s", err);
  g23_shard_t s;
  int rc = g23_shard_open(&s, path, err, sizeof err);
  CHECK(rc == 0, "%s", err);
  if (rc == 0) {
    CHECK(s.tokenizer == 7, "tokenizer id %llx", (unsigned long long)s.tokenizer);
    CHECK(s.width == width && s.vocab == vocab && s.count == (int64_t)n, "width %d vocab %lld count %lld", s.width,
          (long long)s.vocab, (long long)s.count);
    bool same = true;
    for (size_t i = 0; i < n; i++) same &= g23_shard_get(&s, (int64_t)i) == ids[i];
    CHECK(same, "ids read back as written (vocab %lld)", (long long)vocab);
    g23_shard_close(&s);
  }
  char *tmp = g23_xasprintf("%s.tmp.%ld", path, (long)getpid());
  CHECK(!exists(tmp), "no temporary file left: %s", tmp);
  free(tmp);
  free(path);
}

static void test_round_trip(void) {
  int32_t small[] = {0, 1, 255, 256, 65535, 7, 42};
  round_trip(65536, small, 7, 2);
  int32_t big[] = {0, 65536, 65537, 99999, 123, 0x7fffffff - 1};
  round_trip((int64_t)INT32_MAX, big, 6, 4);
  round_trip(256, NULL, 0, 2); /* an empty shard is a valid file */
  /* the streaming writer: many puts, more than one buffer */
  enum { N = 100000 };
  int32_t *ids = g23_xmalloc(N * sizeof *ids);
  for (int i = 0; i < N; i++) ids[i] = (i * 7919) % 50257;
  char *path = g23_xasprintf("%s/stream.tok", tmpdir);
  char err[512];
  g23_shard_writer_t w;
  CHECK(g23_shard_writer_open(&w, path, 50257, 7, err, sizeof err) == 0, "%s", err);
  for (int at = 0; at < N; at += 999)
    CHECK(g23_shard_writer_put(&w, ids + at, (size_t)(N - at < 999 ? N - at : 999), err, sizeof err) == 0, "%s", err);
  CHECK(!exists(path), "the shard appears only when closed");
  CHECK(g23_shard_writer_close(&w, err, sizeof err) == 0, "%s", err);
  g23_shard_t s;
  if (g23_shard_open(&s, path, err, sizeof err) == 0) {
    bool same = s.count == N;
    for (int i = 0; i < N && same; i++) same = g23_shard_get(&s, i) == ids[i];
    CHECK(same, "streamed ids read back");
    g23_shard_close(&s);
  } else {
    CHECK(0, "%s", err);
  }
  /* an id outside the vocabulary is refused and leaves no file */
  char *bad = g23_xasprintf("%s/bad.tok", tmpdir);
  int32_t out[] = {1, 2, 300};
  CHECK(g23_shard_write(bad, 256, 7, out, 3, err, sizeof err) != 0, "id 300 of vocab 256 written");
  CHECK(strstr(err, "id 300") && strstr(err, "[0, 256)"), "message: %s", err);
  CHECK(!exists(bad), "no shard after a refused id");
  char *tmp = g23_xasprintf("%s.tmp.%ld", bad, (long)getpid());
  CHECK(!exists(tmp), "no temporary file after a refused id");
  CHECK(g23_shard_writer_open(&w, bad, 0, 0, err, sizeof err) != 0, "vocab 0 accepted");
  /* the magic tells shards from text */
  CHECK(g23_shard_is(G23_SHARD_MAGIC "\0", 8), "magic");
  CHECK(!g23_shard_is("G23TOKS", 7) && !g23_shard_is("hello world", 11), "text is not a shard");
  free(tmp);
  free(bad);
  free(path);
  free(ids);
}

/* Every proper prefix and every single-bit flip of the shard at path is
 * refused, the message naming the file and an offset. */
static void test_damage(const char *path) {
  size_t len;
  char *data = g23_read_file(path, &len);
  CHECK(data != NULL, "%s", path);
  if (!data) return;
  char err[512];
  g23_shard_t s;
  int accepted = 0, unnamed = 0;
  char *damaged = g23_xasprintf("%s.damaged", path);
  for (size_t n = 0; n < len; n++) {
    /* through the file system and mmap, as gpt23run reads it */
    if (g23_write_file_atomic(damaged, data, n) != 0) continue;
    if (g23_shard_open(&s, damaged, err, sizeof err) == 0) {
      accepted++;
      g23_shard_close(&s);
    } else if (!strstr(err, damaged) || (!strstr(err, "offset") && !strstr(err, "truncated"))) {
      if (!unnamed++) fprintf(stderr, "truncated to %zu: %s\n", n, err);
    }
  }
  CHECK(accepted == 0, "%d truncations of %s accepted", accepted, path);
  CHECK(unnamed == 0, "%d truncations without the file and offset named", unnamed);
  accepted = unnamed = 0;
  for (size_t i = 0; i < len; i++)
    for (int bit = 0; bit < 8; bit++) {
      data[i] ^= (char)(1 << bit);
      if (g23_shard_parse(&s, damaged, data, len, err, sizeof err) == 0) {
        accepted++;
        fprintf(stderr, "flip of bit %d of byte %zu accepted\n", bit, i);
        g23_shard_close(&s);
      } else if (!strstr(err, damaged) || !strstr(err, "offset")) {
        if (!unnamed++) fprintf(stderr, "bit %d of byte %zu: %s\n", bit, i, err);
      }
      data[i] ^= (char)(1 << bit);
    }
  CHECK(accepted == 0, "%d bit flips of %s accepted", accepted, path);
  CHECK(unnamed == 0, "%d bit flips without the file and offset named", unnamed);
  /* bytes after the last id */
  char *longer = g23_xmalloc(len + 1);
  memcpy(longer, data, len);
  longer[len] = 0;
  CHECK(g23_shard_parse(&s, damaged, longer, len + 1, err, sizeof err) != 0 && strstr(err, "after the last id"),
        "a trailing byte: %s", err);
  CHECK(g23_shard_parse(&s, damaged, data, len, err, sizeof err) == 0, "the undamaged shard: %s", err);
  g23_shard_close(&s);
  unlink(damaged);
  free(longer);
  free(damaged);
  free(data);
}

static void test_damage_all(void) {
  char err[512];
  int32_t a[] = {3, 1, 4, 1, 5, 9, 2, 6, 255, 0};
  char *p16 = g23_xasprintf("%s/small16.tok", tmpdir), *p32 = g23_xasprintf("%s/small32.tok", tmpdir);
  CHECK(g23_shard_write(p16, 256, 7, a, 10, err, sizeof err) == 0, "%s", err);
  int32_t b[] = {70000, 1, 65536, 69999};
  CHECK(g23_shard_write(p32, 70001, 7, b, 4, err, sizeof err) == 0, "%s", err);
  test_damage(p16);
  test_damage(p32);
  free(p16);
  free(p32);
}

/* Seeds for fuzz_shard: valid shards of both widths, and an empty one. */
static int write_corpus(const char *dir) {
  char err[512];
  int32_t a[] = {3, 1, 4, 1, 5, 9, 2, 6, 255, 0};
  int32_t b[] = {70000, 1, 65536, 69999};
  char *p = g23_xasprintf("%s/u16", dir), *q = g23_xasprintf("%s/u32", dir), *r = g23_xasprintf("%s/empty", dir);
  int rc = g23_shard_write(p, 256, 7, a, 10, err, sizeof err) || g23_shard_write(q, 70001, 7, b, 4, err, sizeof err) ||
           g23_shard_write(r, 50257, 7, NULL, 0, err, sizeof err);
  if (rc) fprintf(stderr, "%s\n", err);
  free(p);
  free(q);
  free(r);
  return rc ? 1 : 0;
}

/* --make OUT VOCAB ID...: a shard for the end-to-end tests (tokenizer
 * unknown). */
static int make_shard(int argc, char **argv) {
  int n = argc - 4;
  int32_t *ids = g23_xcalloc((size_t)n + 1, sizeof *ids);
  for (int i = 0; i < n; i++) ids[i] = (int32_t)atol(argv[4 + i]);
  char err[512];
  int rc = g23_shard_write(argv[2], atol(argv[3]), 0, ids, (size_t)n, err, sizeof err);
  if (rc) fprintf(stderr, "%s\n", err);
  free(ids);
  return rc ? 1 : 0;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "--corpus") == 0) return write_corpus(argv[2]);
  if (argc >= 4 && strcmp(argv[1], "--make") == 0) return make_shard(argc, argv);
  snprintf(tmpdir, sizeof tmpdir, "/tmp/g23-test-shard-XXXXXX");
  if (!mkdtemp(tmpdir)) {
    perror("mkdtemp");
    return 99;
  }
  test_round_trip();
  test_damage_all();
  char *cmd = g23_xasprintf("rm -rf '%s'", tmpdir);
  if (system(cmd) != 0) fprintf(stderr, "could not remove %s\n", tmpdir);
  free(cmd);
  return g23_check_summary("test_shard");
}
