/* gpt23tok.c: the gpt23tok command: train a GPT-2-style byte-level BPE
 * tokenizer, encode text to ids and decode ids to text.
 *
 *   gpt23tok train --vocab-size N --data FILE... -o DIR [options]
 *   gpt23tok encode DIR [--specials] [FILE...]
 *   gpt23tok decode DIR
 *
 * Exit status: 0 success, 1 failure (files, data), 2 invalid command line.
 */
#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "config.h"
#include "tok/shard.h"
#include "tok/tok.h"
#include "tok/train.h"

#define PROG "gpt23tok"
enum { EXIT_USAGE = 2 };

static void usage(FILE *f) {
  fputs("Usage: " PROG " train --vocab-size N --data FILE... -o DIR [OPTION]...\n"
        "       " PROG " encode DIR [--specials] [--shard OUT] [FILE]...\n"
        "       " PROG " decode DIR\n"
        "Learn a GPT-2-style byte-level BPE tokenizer, or map text to token ids and back\n"
        "with one (DIR holds vocab.json and merges.txt, as GPT-2's and Hugging Face's).\n"
        "\n"
        "train:\n"
        "  --vocab-size N         the number of tokens: 256 bytes, the merges, the\n"
        "                         special tokens\n"
        "  --data FILE            text to learn from (repeatable; the arguments after\n"
        "                         it that are not options are more files)\n"
        "  -o, --output DIR       where to write vocab.json and merges.txt (made if\n"
        "                         missing)\n"
        "  --special TOKEN        a special token, last in the vocabulary and taken out\n"
        "                         of the data (repeatable; default <|endoftext|>)\n"
        "  --no-special           no special token\n"
        "  --min-frequency N      merge only pairs that occur N times at least\n"
        "                         (default 2)\n"
        "  --overwrite            replace vocab.json and merges.txt already in DIR\n"
        "  -q, --quiet            no summary on stderr\n"
        "encode (ids separated by spaces, one line per FILE; stdin without FILE):\n"
        "  --specials             read the special tokens written in the text as theirs\n"
        "  --shard OUT            write the ids of all FILEs, in order, as one token\n"
        "                         shard OUT (binary, for gpt23run --data), atomically\n"
        "decode (whitespace-separated ids on stdin, their bytes to stdout)\n"
        "\n"
        "  -h, --help             print this help and exit\n"
        "  -V, --version          print the version and exit\n"
        "\n"
        "Exit status: 0 success, 1 failure, 2 invalid command line.\n",
        f);
}

static void message(const char *kind, const char *fmt, va_list ap) {
  fprintf(stderr, PROG ": %s: ", kind);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
}

static int fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  message("error", fmt, ap);
  va_end(ap);
  return 1;
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  message("error", fmt, ap);
  va_end(ap);
  fputs("Try '" PROG " --help' for more information.\n", stderr);
  return EXIT_USAGE;
}

/* All of a file, or of stdin for NULL. */
static char *slurp(const char *path, size_t *len) {
  return path ? g23_read_file(path, len) : g23_read_stream(stdin, len);
}

static bool exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

/* ---- train ---- */

static int parse_count(const char *opt, const char *s, int64_t lo, int64_t hi, int64_t *out) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (!*s || *end || errno) return usage_error("%s: '%s' is not an integer", opt, s);
  if (v < lo || v > hi) return usage_error("%s: %lld is out of range [%lld, %lld]", opt, v, (long long)lo, (long long)hi);
  *out = v;
  return 0;
}

static int cmd_train(int argc, char **argv) {
  enum { O_VOCAB = 256, O_DATA, O_SPECIAL, O_NOSPECIAL, O_MINF, O_OVERWRITE };
  static const struct option longs[] = {
      {"vocab-size", required_argument, 0, O_VOCAB}, {"data", required_argument, 0, O_DATA},
      {"output", required_argument, 0, 'o'},         {"special", required_argument, 0, O_SPECIAL},
      {"no-special", no_argument, 0, O_NOSPECIAL},   {"min-frequency", required_argument, 0, O_MINF},
      {"overwrite", no_argument, 0, O_OVERWRITE},    {"quiet", no_argument, 0, 'q'},
      {"help", no_argument, 0, 'h'},                 {0, 0, 0, 0}};
  int64_t vocab = -1, minf = 2;
  const char *out = NULL;
  bool overwrite = false, quiet = false, nospecial = false;
  G23_VEC(const char *) data = {0};
  G23_VEC(const char *) specials = {0};
  int rc = 0, c;
  bool after_data = false;
  optind = 1;
  /* "-" first: arguments that are not options come back as 1, in order */
  while (rc == 0 && (c = getopt_long(argc, argv, "-:o:qh", longs, NULL)) != -1) {
    switch (c) {
    case 1:
      if (!after_data) rc = usage_error("unexpected argument '%s' (data files follow --data)", optarg);
      else G23_VEC_PUSH(data, optarg);
      break;
    case O_VOCAB: rc = parse_count("--vocab-size", optarg, 257, INT32_MAX, &vocab); break;
    case O_DATA:
      G23_VEC_PUSH(data, optarg);
      after_data = true;
      break;
    case 'o': out = optarg; break;
    case O_SPECIAL: G23_VEC_PUSH(specials, optarg); break;
    case O_NOSPECIAL: nospecial = true; break;
    case O_MINF: rc = parse_count("--min-frequency", optarg, 1, INT64_MAX, &minf); break;
    case O_OVERWRITE: overwrite = true; break;
    case 'q': quiet = true; break;
    case 'h': usage(stdout); goto done;
    case ':': rc = usage_error("option '%s' needs an argument", argv[optind - 1]); break;
    default: rc = usage_error("unknown option '%s'", argv[optind - 1]); break;
    }
    if (c != 1 && c != O_DATA) after_data = false;
  }
  if (rc) goto done;
  if (vocab < 0) rc = usage_error("train: no --vocab-size");
  else if (!data.n) rc = usage_error("train: no --data FILE");
  else if (!out) rc = usage_error("train: no output directory (-o DIR)");
  else if (nospecial && specials.n) rc = usage_error("--no-special with --special");
  if (rc) goto done;
  if (!nospecial && !specials.n) G23_VEC_PUSH(specials, "<|endoftext|>");
  char *vpath = g23_xasprintf("%s/vocab.json", out), *mpath = g23_xasprintf("%s/merges.txt", out);
  char err[512];
  g23_bpe_trainer_t *tr = NULL;
  g23_buf_t vj = {0}, mt = {0};
  if (!overwrite && (exists(vpath) || exists(mpath))) {
    rc = fail("%s already exists (--overwrite replaces it)", exists(vpath) ? vpath : mpath);
    goto end;
  }
  g23_bpe_train_opts_t o = {vocab, specials.v, specials.n, minf};
  if (!(tr = g23_bpe_trainer_new(&o, err, sizeof err))) {
    rc = usage_error("%s", err);
    goto end;
  }
  double t0 = g23_now();
  int64_t bytes = 0;
  for (int i = 0; i < data.n && rc == 0; i++) {
    size_t n;
    char *text = slurp(data.v[i], &n);
    if (!text) rc = fail("%s: %s", data.v[i], strerror(errno));
    else if (g23_bpe_trainer_feed(tr, text, n, err, sizeof err) != 0) rc = fail("%s: %s", data.v[i], err);
    bytes += (int64_t)n;
    free(text);
  }
  if (rc) goto end;
  double t1 = g23_now();
  int64_t npieces, nvocab;
  if (g23_bpe_trainer_finish(tr, &vj, &mt, &npieces, &nvocab, err, sizeof err) != 0) {
    rc = fail("%s", err);
    goto end;
  }
  double t2 = g23_now();
  if (mkdir(out, 0777) != 0 && errno != EEXIST) {
    rc = fail("%s: %s", out, strerror(errno));
    goto end;
  }
  /* checked again: another process may have written them meanwhile */
  if (!overwrite && (exists(vpath) || exists(mpath))) {
    rc = fail("%s already exists (--overwrite replaces it)", exists(vpath) ? vpath : mpath);
    goto end;
  }
  if (g23_write_file_atomic(mpath, mt.s, mt.len) != 0) rc = fail("%s: %s", mpath, strerror(errno));
  else if (g23_write_file_atomic(vpath, vj.s, vj.len) != 0) rc = fail("%s: %s", vpath, strerror(errno));
  if (rc) goto end;
  if (!quiet) {
    fprintf(stderr, PROG ": %lld bytes, %lld distinct pieces (%.1f s); %lld tokens (%lld merges) in %.1f s\n",
            (long long)bytes, (long long)npieces, t1 - t0, (long long)nvocab,
            (long long)(nvocab - 256 - specials.n), t2 - t1);
    if (nvocab < vocab)
      fprintf(stderr, PROG ": note: %lld tokens, not %lld: no other pair occurs %lld times\n", (long long)nvocab,
              (long long)vocab, (long long)minf);
    fprintf(stderr, PROG ": wrote %s and %s\n", vpath, mpath);
  }
end:
  g23_bpe_trainer_free(tr);
  g23_buf_free(&vj), g23_buf_free(&mt);
  free(vpath), free(mpath);
done:
  G23_VEC_FREE(data), G23_VEC_FREE(specials);
  return rc;
}

/* ---- encode, decode ---- */

/* Where encode's ids go, a text (FILE or stdin) at a time, each in as many
 * parts as g23_tok_encode_file reads it in: ids as text here, a line a text;
 * another form (token shards) is another sink.  A sink prints its own error
 * and returns 1. */
typedef struct {
  int (*put)(void *ctx, const char *name, const g23_ids_t *ids, bool first, bool last);
  void *ctx;
  const char *name; /* the text's, while it is encoded */
} ids_sink_t;

static int put_text(void *ctx, const char *name, const g23_ids_t *ids, bool first, bool last) {
  FILE *f = ctx;
  g23_buf_t b = {0};
  for (int i = 0; i < ids->n; i++) {
    g23_buf_printf(&b, i || !first ? " %d" : "%d", ids->v[i]);
    if (b.len > (1 << 20)) {
      fwrite(b.s, 1, b.len, f);
      b.len = 0;
    }
  }
  if (last) g23_buf_append(&b, "\n", 1);
  if (b.len) fwrite(b.s, 1, b.len, f);
  g23_buf_free(&b);
  return ferror(f) ? fail("writing the ids: %s", strerror(errno)) : 0;
}

/* --shard OUT: every text's ids appended to one token shard. */
static int put_shard(void *ctx, const char *name, const g23_ids_t *ids, bool first, bool last) {
  char err[512];
  if (g23_shard_writer_put(ctx, ids->v, (size_t)ids->n, err, sizeof err) != 0) return fail("%s: %s", name, err);
  return 0;
}

static int put_part(void *ctx, const g23_ids_t *ids, bool first, bool last) {
  const ids_sink_t *sink = ctx;
  return sink->put(sink->ctx, sink->name, ids, first, last);
}

/* The part size: GPT23TOK_PART_BYTES when it is set (the tests use small
 * parts to cut small texts many times), else the library's. */
static size_t part_bytes(void) {
  const char *e = getenv("GPT23TOK_PART_BYTES");
  long long v = e ? atoll(e) : 0;
  return v > 0 ? (size_t)v : 0;
}

static int encode_files(const g23_tok_t *t, char **files, int nfiles, bool specials, const ids_sink_t *sink) {
  int rc = 0;
  for (int i = 0; i < (nfiles ? nfiles : 1) && rc == 0; i++) {
    const char *path = nfiles ? files[i] : NULL, *name = path ? path : "<stdin>";
    FILE *f = path ? fopen(path, "rb") : stdin;
    if (!f) {
      rc = fail("%s: %s", name, strerror(errno));
      break;
    }
    char err[512];
    ids_sink_t part = *sink;
    part.name = name;
    rc = g23_tok_encode_file(t, f, specials, part_bytes(), put_part, &part, err, sizeof err);
    if (rc < 0) rc = fail("%s: %s", name, err);
    if (path) fclose(f);
  }
  return rc;
}

static int cmd_encode(int argc, char **argv) {
  static const struct option longs[] = {
      {"specials", no_argument, 0, 's'}, {"shard", required_argument, 0, 'o'}, {"help", no_argument, 0, 'h'},
      {0, 0, 0, 0}};
  bool specials = false;
  const char *shard = NULL;
  G23_VEC(char *) args = {0};
  int rc = 0, c;
  optind = 1;
  while (rc == 0 && (c = getopt_long(argc, argv, "-:h", longs, NULL)) != -1) {
    switch (c) {
    case 1: G23_VEC_PUSH(args, optarg); break;
    case 's': specials = true; break;
    case 'o': shard = optarg; break;
    case 'h': usage(stdout); goto done;
    default: rc = usage_error("unknown option '%s'", argv[optind - 1]); break;
    }
  }
  if (rc) goto done;
  if (!args.n) {
    rc = usage_error("encode: no tokenizer directory");
    goto done;
  }
  char err[512];
  g23_tok_t *t = g23_tok_load(args.v[0], err, sizeof err);
  if (!t) {
    rc = fail("%s", err);
    goto done;
  }
  if (shard) {
    g23_shard_writer_t w;
    if (g23_shard_writer_open(&w, shard, g23_tok_vocab_size(t), g23_shard_tokenizer_id(g23_tok_digest(t)), err,
                              sizeof err) != 0) {
      rc = fail("%s", err);
    } else {
      ids_sink_t sink = {put_shard, &w, NULL};
      rc = encode_files(t, args.v + 1, args.n - 1, specials, &sink);
      if (rc) g23_shard_writer_abort(&w);
      else if (g23_shard_writer_close(&w, err, sizeof err) != 0) rc = fail("%s", err);
    }
    g23_tok_free(t);
    goto done;
  }
  ids_sink_t sink = {put_text, stdout, NULL};
  rc = encode_files(t, args.v + 1, args.n - 1, specials, &sink);
  g23_tok_free(t);
  if (rc == 0 && fflush(stdout) != 0) rc = fail("writing the ids: %s", strerror(errno));
done:
  G23_VEC_FREE(args);
  return rc;
}

static int cmd_decode(int argc, char **argv) {
  if (argc == 2 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
    usage(stdout);
    return 0;
  }
  if (argc != 2) return usage_error("decode takes one argument, the tokenizer directory (ids come on stdin)");
  char err[512];
  g23_tok_t *t = g23_tok_load(argv[1], err, sizeof err);
  if (!t) return fail("%s", err);
  size_t n;
  char *text = slurp(NULL, &n);
  int rc = 0;
  if (!text) {
    g23_tok_free(t);
    return fail("<stdin>: %s", strerror(errno));
  }
  g23_buf_t out = {0};
  int64_t k = 0, vocab = g23_tok_vocab_size(t);
  for (char *p = text;;) {
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r' || *p == '\f' || *p == '\v') p++;
    if (!*p) break;
    k++;
    char *end;
    errno = 0;
    long long id = strtoll(p, &end, 10);
    bool sep = !*end || *end == ' ' || *end == '\n' || *end == '\t' || *end == '\r' || *end == '\f' || *end == '\v';
    if (end == p || !sep || errno) {
      int l = 0;
      while (p[l] && p[l] != ' ' && p[l] != '\n' && l < 40) l++;
      rc = fail("<stdin>: id %lld ('%.*s', at byte %lld) is not an integer", (long long)k, l, p,
                (long long)(p - text));
      break;
    }
    if (id < 0 || id >= vocab || g23_tok_decode(t, (int32_t)id, &out) != 0) {
      rc = fail("<stdin>: id %lld (the %lld%s id, at byte %lld) is not in [0, %lld)", id, (long long)k,
                k % 10 == 1 && k % 100 != 11 ? "st" : k % 10 == 2 && k % 100 != 12 ? "nd"
                : k % 10 == 3 && k % 100 != 13 ? "rd" : "th",
                (long long)(p - text), (long long)vocab);
      break;
    }
    if (out.len > (1 << 20)) {
      fwrite(out.s, 1, out.len, stdout);
      out.len = 0;
    }
    p = end;
  }
  if (out.len) fwrite(out.s, 1, out.len, stdout);
  if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout))) rc = fail("writing the text: %s", strerror(errno));
  g23_buf_free(&out);
  free(text);
  g23_tok_free(t);
  return rc;
}

int main(int argc, char **argv) {
  g23_progname = PROG;
  if (argc < 2) return usage_error("no command (train, encode or decode)");
  const char *cmd = argv[1];
  if (!strcmp(cmd, "-h") || !strcmp(cmd, "--help")) return usage(stdout), 0;
  if (!strcmp(cmd, "-V") || !strcmp(cmd, "--version")) return printf(PROG " (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION), 0;
  if (!strcmp(cmd, "train")) return cmd_train(argc - 1, argv + 1);
  if (!strcmp(cmd, "encode")) return cmd_encode(argc - 1, argv + 1);
  if (!strcmp(cmd, "decode")) return cmd_decode(argc - 1, argv + 1);
  return usage_error("unknown command '%s' (train, encode or decode)", cmd);
}
