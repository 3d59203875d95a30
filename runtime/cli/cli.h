/* cli.h: the gpt23run command: its options, messages and commands.
 *
 * runtime/cli/ is the application above the engine (runtime/runtime.h);
 * each concept has its header:
 *
 *   gpt23run.c     main: options, --help, --version, dispatch (cli.h)
 *   rng.h/.c       the host-side generator (xoshiro256**) and LR schedule
 *   inputs.h/.c    which input is the token stream; writing every input
 *                  and target into a graph by name, tokens range-checked
 *   data.h/.c      the run's tokenizer (tok/tok.h) and its record in
 *                  checkpoints; training data: text (encoded once, cached
 *                  as token shards) and shards, label<TAB>text files and
 *                  TAB-separated examples for several inputs; the
 *                  train/validation split, the batch sampler
 *   safetensors.h/.c  safetensors writer and strictly validating reader
 *   checkpoint.h/.c   the checkpoint file (weights, AdamW state, step,
 *                  sampler, labels, tokenizer)
 *   weights.h/.c   checkpoints and safetensors to and from a runtime
 *                  (--init-from, --export); opening plan and runtime for
 *                  the commands (cli.h)
 *   outputs.h/.c   output paths checked before work; kept checkpoints
 *   sample.h/.c    next-token sampling (temperature, top-k, top-p), the
 *                  UTF-8 holder that streams whole characters, the UTF-8
 *                  mask of byte-level sampling, escaping for a terminal
 *   train.c        the training loop (--train)
 *   signals.h/.c   SIGINT and SIGTERM taken by one watcher thread, never
 *                  by a handler on a computing thread; training stops
 *                  after its step on the first
 *   dist.h/.c      data-parallel training under mpirun: the process group,
 *                  the gradient all-reduce; dist_mpi.c is the MPI module
 *                  gpt23-mpi.so that dist.c loads with dlopen
 *   generate.h/.c  --generate (stop texts, several samples) and --classify
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

#include "runtime/cli/checkpoint.h"
#include "runtime/cli/inputs.h"
#include "runtime/plan/plan.h"
#include "runtime/runtime.h"

/* Exit statuses of gpt23run. */
enum {
  G23_EXIT_OK = 0,
  G23_EXIT_FAIL = 1,  /* run-time failure: file, data, device, NaN loss */
  G23_EXIT_USAGE = 2, /* invalid command line */
  G23_EXIT_SIGINT = 130,
  G23_EXIT_SIGTERM = 143,
};

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
  bool zero;          /* --zero: ZeRO-1, AdamW's moments sharded over the processes */
  bool deterministic; /* --deterministic: gradients added in rank order */
  int64_t accumulate;  /* --accumulate N: micro-batches per step (0: 1) */
  double dist_timeout; /* --dist-timeout SEC: the longest wait for the other processes (0: none) */
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

/* The commands: train.c, generate.c, weights.c. */
int g23_cmd_train(const g23_cli_opts_t *o);
int g23_cmd_generate(const g23_cli_opts_t *o);
int g23_cmd_classify(const g23_cli_opts_t *o);
/* Without --train/--generate/--classify: convert weights only
 * (--init-from / --ckpt to --export). */
int g23_cmd_export(const g23_cli_opts_t *o);

#endif
