/* gpt23run.c: the gpt23run command: options, --help, --version, dispatch.
 *
 *   gpt23run PLAN --train --data FILE... [options]
 *   gpt23run PLAN --generate (--ckpt DIR | --init-from FILE) (--prompt TEXT | --prompt-file FILE)
 *            [--input NAME=TEXT]...
 *   gpt23run PLAN (--classify TEXT | --classify-file FILE) (--ckpt DIR | --init-from FILE)
 *   gpt23run PLAN (--ckpt DIR | --init-from FILE) --export FILE.safetensors
 *
 * Exit status: 0 success, 1 run-time failure, 2 invalid command line,
 * 130/143 training stopped by SIGINT/SIGTERM after writing a checkpoint.
 */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "runtime/backend.h"
#include "runtime/cli/checkpoint.h"
#include "runtime/cli/cli.h"
#include "runtime/cli/inputs.h"
#include "runtime/cli/signals.h"

static void usage(FILE *f) {
  fputs(
      "Usage: gpt23run PLAN --train --data FILE... [OPTION]...\n"
      "       gpt23run PLAN --generate (--ckpt DIR | --init-from FILE)\n"
      "                (--prompt TEXT | --prompt-file FILE) [--input NAME=TEXT]... [OPTION]...\n"
      "       gpt23run PLAN (--classify TEXT | --classify-file FILE) (--ckpt DIR | --init-from FILE)\n"
      "       gpt23run PLAN (--ckpt DIR | --init-from FILE) --export FILE.safetensors [--export-names TABLE]\n"
      "Train a model compiled by gpt23c into PLAN, or generate text with it.\n"
      "\n"
      "Options and the PLAN come in any order.  The PLAN is the first argument that\n"
      "is not an option's; before it --data takes one FILE (repeat --data for more),\n"
      "after it every argument that follows --data FILE is another data file.\n"
      "An option that does not apply to the mode is an error.\n"
      "\n"
      "Modes:\n"
      "  --train                train on --data (see Data below)\n"
      "  --generate             generate text after --prompt, streamed to stdout\n"
      "  --classify TEXT        print the predicted label of TEXT and its probability;\n"
      "                         TEXT '-': one text a line from stdin, as --classify-file\n"
      "  --classify-file FILE   classify each line of FILE ('-': stdin): one line\n"
      "                         LABEL<TAB>PROBABILITY a text, in order\n"
      "  --export FILE          without a mode: convert --ckpt or --init-from weights\n"
      "\n"
      "Training:\n"
      "  --data FILE...         training data: text files, encoded once with the run's\n"
      "                         tokenizer and cached, or token shards (gpt23tok encode\n"
      "                         --shard); several files are one concatenated stream\n"
      "  --val-fraction F       share of the data held out for validation (default 0.05)\n"
      "  --steps N              optimizer steps in total (default: one epoch)\n"
      "  --epochs N             epochs in total; an epoch is tokens / (batch * seq) steps\n"
      "  --stop-at STEP         stop after step STEP as if interrupted (checkpoint written)\n"
      "  --seed N               seed of initialisation, batches, dropout, sampling (default 1337)\n"
      "  --lr F                 peak learning rate (default 3e-4)\n"
      "  --min-lr F             learning rate at the end of the cosine decay (default lr/10)\n"
      "  --warmup N             steps of linear warmup (default 0)\n"
      "  --weight-decay F       AdamW weight decay (default 0.1)\n"
      "  --grad-clip F          clip the global gradient norm to F; 0: off (default 1.0)\n"
      "                         (each of the five above not given: the model's hparam\n"
      "                         lr, min_lr, warmup, weight_decay or grad_clip if it has one)\n"
      "  --eval-every N         validation loss every N steps; 0: off (default 100);\n"
      "                         a classifier's also its accuracy, per class\n"
      "  --eval-batches N       validation batches per evaluation (default 8)\n"
      "  --sample-every N       print a generated sample every N steps; 0: off (default 0)\n"
      "                         (with --prompt, --temperature, --top-k, --top-p, --input,\n"
      "                         --raw, --raw-bytes as for --generate)\n"
      "  --sample-tokens N      length of those samples (default 64)\n"
      "  --ckpt DIR             checkpoint directory (file DIR/" G23_CKPT_FILE ")\n"
      "  --ckpt-every N         also checkpoint every N steps (default: only at the end)\n"
      "  --resume               continue from the checkpoint in --ckpt DIR, bit for bit\n"
      "  --overwrite            replace an existing checkpoint, --log or --export file\n"
      "                         (without it, training refuses to replace them)\n"
      "  --keep N               keep the last N checkpoints (step-N.g23) besides the newest\n"
      "  --keep-best            also keep the checkpoint of the lowest validation loss (best.g23)\n"
      "  --zero                 ZeRO-1: each of the processes mpirun started keeps\n"
      "                         AdamW's moments of its shard of the parameters only\n"
      "                         (gradients reduce-scattered, parameters all-gathered)\n"
      "  --accumulate N         gradient accumulation: each process runs N micro-batches of\n"
      "                         the plan's batch per step, and the step's gradient is\n"
      "                         their mean (a global batch of N x batch x processes)\n"
      "  --deterministic        the micro-batches of every process are added in one fixed\n"
      "                         order, whatever MPI would choose: runs repeat bit for bit,\n"
      "                         and 2 processes train as 1 with --accumulate 2\n"
      "  --dist-timeout SEC     several processes: an error when the others have not all\n"
      "                         reached a step's collective in SEC s (default 1800;\n"
      "                         0: wait for ever)\n"
      "  --init-from FILE       start from the weights of a safetensors file\n"
      "  --export FILE          write the final weights as safetensors\n"
      "  --export-names TABLE   with --export: the tensors' names from the model's names\n"
      "                         table TABLE (e.g. hf: Hugging Face's), not its own\n"
      "  --log FILE             JSON-lines log of every step and evaluation\n"
      "  --peak-tflops F        device peak for the MFU column (CPU: no MFU unless given)\n"
      "  --quiet                no per-step lines\n"
      "\n"
      "Generation:\n"
      "  --prompt TEXT          the text to continue (the token stream)\n"
      "  --prompt-file FILE     the prompt is FILE's bytes ('-': stdin)\n"
      "  --input NAME=TEXT      the text of the model's input NAME, for a model with\n"
      "                         several inputs: each one besides the stream, once\n"
      "  --max-tokens N         tokens to generate (default 200)\n"
      "  --temperature F        0: greedy (default 0.8)\n"
      "  --top-k N              sample among the N most likely tokens; 0: all (default 0)\n"
      "  --top-p F              nucleus sampling threshold (default 1.0: off)\n"
      "  --stop TEXT            end a sample once its generated text ends with TEXT\n"
      "                         (printed); repeatable\n"
      "  --num-samples N        N samples from the prompt, separated by a line of 15\n"
      "                         dashes; sample k uses seed SEED+k (default 1)\n"
      "  --raw                  write control bytes as they are on a terminal too\n"
      "                         (default there: shown as \\xHH; piped output is raw)\n"
      "  --raw-bytes            sample any byte: no mask keeping the text valid UTF-8\n"
      "                         (byte-level only)\n"
      "  --specials             read special tokens written in the prompt (<|endoftext|>)\n"
      "                         as theirs; without, they are ordinary text\n"
      "\n"
      "Tokenizer:\n"
      "  --tokenizer DIR        GPT-2 byte-level BPE of DIR/vocab.json, DIR/merges.txt for\n"
      "                         training, generation and classification; the model's\n"
      "                         vocab must equal its size.  Default: byte-level (vocab\n"
      "                         >= 256), or for --generate, --classify and --resume the\n"
      "                         tokenizer the checkpoint keeps; one of another digest\n"
      "                         than the checkpoint's is an error\n"
      "\n"
      "Data (text becomes tokens by the tokenizer; byte-level: every byte one token):\n"
      "  one input              text or token shards; training windows of seq + 1\n"
      "                         tokens, anywhere; the validation loss also in nats per\n"
      "                         byte of text, which runs of any tokenizer share\n"
      "  a classifier           lines label<TAB>text, text padded with token 0 to seq\n"
      "  several inputs         one example a line, a TAB-separated column per input\n"
      "                         in declaration order; the input with the dim seq is\n"
      "                         the stream, framed \"\\n\" TEXT \"\\n\" (seq - 1 tokens at\n"
      "                         most; the marks are encoded apart from the text, one\n"
      "                         token each; past the end the targets are padding, not\n"
      "                         in the loss); other columns padded with token 0 to their\n"
      "                         input's length; generation starts after \"\\n\" and stops\n"
      "                         when the model emits \"\\n\"\n"
      "\n"
      "Runtime:\n"
      "  --device auto|cpu|cuda the device (default auto)\n"
      "  --precision bf16|fp32  CUDA matmuls on bf16 operands with fp32 weights and\n"
      "                         accumulation (default on CUDA), or fp32 throughout;\n"
      "                         the CPU computes in fp32 only\n"
      "  --threads N            CPU threads; 0: all cores (default 0)\n"
      "  --cache-dir DIR        compiled kernel cache (default $XDG_CACHE_HOME/gpt23)\n"
      "  --verbose              report kernel compilation and device choice\n"
      "  --profile              time every kernel launch; print the slowest at the end\n"
      "  --check-bounds         kernels check every gather, scatter, one_hot and cache\n"
      "                         index; the first out of range stops the run\n"
      "  -h, --help             print this help and exit\n"
      "  -V, --version          print the version and exit\n"
      "\n"
      "Exit status: 0 success, 1 run-time failure, 2 invalid command line,\n"
      "130 or 143 when SIGINT or SIGTERM stopped training (a checkpoint was written).\n",
      f);
}

/* Modes, as bits: which mode each option applies to. */
enum { M_TRAIN = 1, M_GEN = 2, M_CLS = 4, M_EXPORT = 8, M_ALL = 15, M_NONE = 0 };

enum {
  O_TRAIN = 256, O_GENERATE, O_CLASSIFY, O_CLASSIFYFILE, O_DATA, O_VALF, O_STEPS, O_EPOCHS, O_STOPAT, O_SEED,
  O_LR, O_MINLR, O_WARMUP, O_WD, O_CLIP, O_EVALEVERY, O_EVALB, O_SAMPLEEVERY, O_SAMPLETOK, O_CKPT, O_CKPTEVERY,
  O_RESUME, O_OVERWRITE, O_KEEP, O_KEEPBEST, O_ZERO, O_ACCUMULATE, O_DETERMINISTIC, O_DISTTIMEOUT, O_INIT, O_EXPORT, O_EXPORTNAMES, O_LOG, O_PEAK, O_QUIET, O_PROMPT,
  O_PROMPTFILE, O_MAXTOK, O_TEMP, O_TOPK, O_TOPP, O_INPUT, O_STOP, O_NUMSAMPLES, O_RAW, O_RAWBYTES, O_TOKENIZER,
  O_SPECIALS, O_DEVICE, O_PRECISION,
  O_THREADS, O_CACHE, O_VERBOSE, O_PROFILE, O_CHECKB, O_HELP, O_VERSION, O_END
};

/* The one table of options: name, argument, code, and the modes it applies
 * to.  An option given in another mode is an error naming both, never
 * ignored.  The modes themselves and --help/--version apply everywhere. */
static const struct {
  const char *name;
  int has_arg, code;
  unsigned modes;
} opts[] = {
    {"train", no_argument, O_TRAIN, M_ALL},
    {"generate", no_argument, O_GENERATE, M_ALL},
    {"classify", required_argument, O_CLASSIFY, M_ALL},
    {"classify-file", required_argument, O_CLASSIFYFILE, M_ALL},
    {"data", required_argument, O_DATA, M_TRAIN},
    {"val-fraction", required_argument, O_VALF, M_TRAIN},
    {"steps", required_argument, O_STEPS, M_TRAIN},
    {"epochs", required_argument, O_EPOCHS, M_TRAIN},
    {"stop-at", required_argument, O_STOPAT, M_TRAIN},
    {"seed", required_argument, O_SEED, M_TRAIN | M_GEN},
    {"lr", required_argument, O_LR, M_TRAIN},
    {"min-lr", required_argument, O_MINLR, M_TRAIN},
    {"warmup", required_argument, O_WARMUP, M_TRAIN},
    {"weight-decay", required_argument, O_WD, M_TRAIN},
    {"grad-clip", required_argument, O_CLIP, M_TRAIN},
    {"eval-every", required_argument, O_EVALEVERY, M_TRAIN},
    {"eval-batches", required_argument, O_EVALB, M_TRAIN},
    {"sample-every", required_argument, O_SAMPLEEVERY, M_TRAIN},
    {"sample-tokens", required_argument, O_SAMPLETOK, M_TRAIN},
    {"ckpt", required_argument, O_CKPT, M_ALL},
    {"ckpt-every", required_argument, O_CKPTEVERY, M_TRAIN},
    {"resume", no_argument, O_RESUME, M_TRAIN},
    {"overwrite", no_argument, O_OVERWRITE, M_TRAIN | M_EXPORT},
    {"keep", required_argument, O_KEEP, M_TRAIN},
    {"keep-best", no_argument, O_KEEPBEST, M_TRAIN},
    {"zero", no_argument, O_ZERO, M_TRAIN},
    {"deterministic", no_argument, O_DETERMINISTIC, M_TRAIN},
    {"accumulate", required_argument, O_ACCUMULATE, M_TRAIN},
    {"dist-timeout", required_argument, O_DISTTIMEOUT, M_TRAIN},
    {"init-from", required_argument, O_INIT, M_ALL},
    {"export", required_argument, O_EXPORT, M_TRAIN | M_EXPORT},
    {"export-names", required_argument, O_EXPORTNAMES, M_TRAIN | M_EXPORT},
    {"log", required_argument, O_LOG, M_TRAIN},
    {"peak-tflops", required_argument, O_PEAK, M_TRAIN},
    {"quiet", no_argument, O_QUIET, M_TRAIN},
    {"prompt", required_argument, O_PROMPT, M_GEN | M_TRAIN},
    {"prompt-file", required_argument, O_PROMPTFILE, M_GEN | M_TRAIN},
    {"max-tokens", required_argument, O_MAXTOK, M_GEN},
    {"temperature", required_argument, O_TEMP, M_GEN | M_TRAIN},
    {"top-k", required_argument, O_TOPK, M_GEN | M_TRAIN},
    {"top-p", required_argument, O_TOPP, M_GEN | M_TRAIN},
    {"input", required_argument, O_INPUT, M_GEN | M_TRAIN},
    {"stop", required_argument, O_STOP, M_GEN},
    {"num-samples", required_argument, O_NUMSAMPLES, M_GEN},
    {"raw", no_argument, O_RAW, M_GEN | M_TRAIN},
    {"raw-bytes", no_argument, O_RAWBYTES, M_GEN | M_TRAIN},
    {"tokenizer", required_argument, O_TOKENIZER, M_TRAIN | M_GEN | M_CLS},
    {"specials", no_argument, O_SPECIALS, M_GEN | M_TRAIN},
    {"device", required_argument, O_DEVICE, M_ALL},
    {"precision", required_argument, O_PRECISION, M_ALL},
    {"threads", required_argument, O_THREADS, M_ALL},
    {"cache-dir", required_argument, O_CACHE, M_ALL},
    {"verbose", no_argument, O_VERBOSE, M_ALL},
    {"profile", no_argument, O_PROFILE, M_ALL},
    {"check-bounds", no_argument, O_CHECKB, M_ALL},
    {"help", no_argument, O_HELP, M_ALL},
    {"version", no_argument, O_VERSION, M_ALL},
};
#define NOPTS (int)(sizeof opts / sizeof opts[0])

/* The training-only options that need --sample-every to mean anything. */
static const int sample_opts[] = {O_PROMPT, O_PROMPTFILE, O_TEMP, O_TOPK, O_TOPP, O_INPUT, O_RAW, O_RAWBYTES,
                                  O_SAMPLETOK, O_SPECIALS};

static const char *opt_name(int code) {
  for (int i = 0; i < NOPTS; i++)
    if (opts[i].code == code) return opts[i].name;
  return "?";
}

static unsigned opt_modes(int code) {
  for (int i = 0; i < NOPTS; i++)
    if (opts[i].code == code) return opts[i].modes;
  return M_ALL;
}

static const char *mode_name(unsigned m) {
  return m == M_TRAIN ? "--train" : m == M_GEN ? "--generate" : m == M_CLS ? "--classify" : "--export";
}

/* "--train or --generate": the modes of mask. */
static void modes_str(unsigned mask, char *buf, size_t n) {
  buf[0] = 0;
  int k = 0, count = 0;
  for (unsigned m = 1; m <= M_EXPORT; m <<= 1) count += (mask & m) != 0;
  for (unsigned m = 1; m <= M_EXPORT; m <<= 1) {
    if (!(mask & m)) continue;
    size_t l = strlen(buf);
    snprintf(buf + l, n - l, "%s%s", k == 0 ? "" : k == count - 1 ? " or " : ", ", mode_name(m));
    k++;
  }
}

static int usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int usage_error(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  g23_cli_vmessage("error", fmt, ap);
  va_end(ap);
  fputs("Try 'gpt23run --help' for more information.\n", stderr);
  return G23_EXIT_USAGE;
}

/* Whole-string numbers in [lo, hi]; -1 after reporting. */
static int parse_int(int code, const char *s, int64_t lo, int64_t hi, int64_t *out) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  if (!*s || *end || errno == ERANGE)
    return usage_error("--%s: '%s' is not an integer", opt_name(code), s), -1;
  if (v < lo || v > hi)
    return usage_error("--%s: %lld is out of range [%lld, %lld]", opt_name(code), v, (long long)lo,
                       (long long)hi),
           -1;
  *out = v;
  return 0;
}

static int parse_num(int code, const char *s, double lo, double hi, double *out) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (!*s || *end || errno == ERANGE || !isfinite(v))
    return usage_error("--%s: '%s' is not a finite number", opt_name(code), s), -1;
  if (v < lo || v > hi)
    return usage_error("--%s: %g is out of range [%g, %g]", opt_name(code), v, lo, hi), -1;
  *out = v;
  return 0;
}

static int set_mode(g23_cli_opts_t *o, g23_mode_t m) {
  if (o->mode && o->mode != m) return usage_error("choose one of --train, --generate, --classify");
  o->mode = m;
  return 0;
}

int main(int argc, char **argv) {
  g23_cli_opts_t o = {0};
  o.seed = 1337;
  o.lr = 3e-4;
  o.dist_timeout = 1800;
  o.min_lr = -1;
  o.weight_decay = 0.1;
  o.grad_clip = 1.0;
  o.val_fraction = 0.05;
  o.eval_every = 100;
  o.eval_batches = 8;
  o.sample_tokens = 64;
  o.temperature = 0.8;
  o.top_p = 1.0;
  o.max_tokens = 200;
  o.num_samples = 1;
  o.rt.device = "auto";
  G23_VEC(const char *) data = {0};
  G23_VEC(const char *) stops = {0};
  G23_VEC(g23_named_text_t) inputs = {0};
  /* given[code]: the option was given */
  bool given[O_END] = {0};
  /* After the PLAN, arguments that follow --data FILE are more data files. */
  bool in_data = false, plan_after_data = false;
  const int64_t BIG = INT64_C(1) << 40;
  char *prompt_buf = NULL;
  g23_progname = "gpt23run";
  {
    char serr[256];
    if (g23_signals_init(serr, sizeof serr) != 0) {
      g23_cli_error("%s", serr);
      return G23_EXIT_FAIL;
    }
  }

  struct option long_opts[NOPTS + 1];
  for (int i = 0; i < NOPTS; i++) long_opts[i] = (struct option){opts[i].name, opts[i].has_arg, 0, opts[i].code};
  long_opts[NOPTS] = (struct option){0, 0, 0, 0};

  opterr = 0;
  int c, rc = 0;
  /* "-" first: positional arguments come back in order as code 1; ":"
   * reports a missing argument as ':'. */
  while ((c = getopt_long(argc, argv, "-:hV", long_opts, NULL)) != -1 && rc == 0) {
    const char *a = optarg;
    if (c != 1 && c != O_DATA) in_data = false;
    if (c >= O_TRAIN && c < O_END) given[c] = true;
    switch (c) {
    case 1:
      if (in_data && o.plan_path) {
        G23_VEC_PUSH(data, a);
      } else if (!o.plan_path) {
        o.plan_path = a;
        plan_after_data = in_data;
        in_data = false;
      } else if (plan_after_data) {
        rc = usage_error("unexpected argument '%s': the PLAN is '%s' (before the PLAN, --data takes one FILE: "
                         "repeat --data for more)", a, o.plan_path);
      } else {
        rc = usage_error("unexpected argument '%s' (the PLAN is '%s')", a, o.plan_path);
      }
      break;
    case O_TRAIN: rc = set_mode(&o, G23_MODE_TRAIN); break;
    case O_GENERATE: rc = set_mode(&o, G23_MODE_GENERATE); break;
    case O_CLASSIFY:
      rc = set_mode(&o, G23_MODE_CLASSIFY);
      if (!strcmp(a, "-")) o.classify_file = a;
      else o.text = a;
      break;
    case O_CLASSIFYFILE:
      rc = set_mode(&o, G23_MODE_CLASSIFY);
      o.classify_file = a;
      break;
    case O_DATA: G23_VEC_PUSH(data, a); in_data = true; break;
    case O_VALF: rc = parse_num(c, a, 0, 0.5, &o.val_fraction); o.set_val = true; break;
    case O_STEPS: rc = parse_int(c, a, 1, BIG, &o.steps); o.set_steps = true; break;
    case O_EPOCHS: rc = parse_int(c, a, 1, 1000000, &o.epochs); break;
    case O_STOPAT: rc = parse_int(c, a, 1, BIG, &o.stop_at); break;
    case O_SEED: {
      int64_t v;
      rc = parse_int(c, a, 0, INT64_MAX, &v);
      o.seed = (uint64_t)v;
      o.set_seed = true;
      break;
    }
    case O_LR: rc = parse_num(c, a, 0, 10, &o.lr); o.set_lr = true; break;
    case O_MINLR: rc = parse_num(c, a, 0, 10, &o.min_lr); o.set_min_lr = true; break;
    case O_WARMUP: rc = parse_int(c, a, 0, BIG, &o.warmup); o.set_warmup = true; break;
    case O_WD: rc = parse_num(c, a, 0, 10, &o.weight_decay); o.set_wd = true; break;
    case O_CLIP: rc = parse_num(c, a, 0, 1e9, &o.grad_clip); o.set_clip = true; break;
    case O_EVALEVERY: rc = parse_int(c, a, 0, BIG, &o.eval_every); break;
    case O_EVALB: rc = parse_int(c, a, 1, 100000, &o.eval_batches); break;
    case O_SAMPLEEVERY: rc = parse_int(c, a, 0, BIG, &o.sample_every); break;
    case O_SAMPLETOK: rc = parse_int(c, a, 1, 1000000, &o.sample_tokens); break;
    case O_CKPT: o.ckpt_dir = a; break;
    case O_CKPTEVERY: rc = parse_int(c, a, 0, BIG, &o.ckpt_every); break;
    case O_RESUME: o.resume = true; break;
    case O_OVERWRITE: o.overwrite = true; break;
    case O_KEEP: rc = parse_int(c, a, 1, 1000000, &o.keep); break;
    case O_KEEPBEST: o.keep_best = true; break;
    case O_ZERO: o.zero = true; break;
    case O_DETERMINISTIC: o.deterministic = true; break;
    case O_ACCUMULATE: rc = parse_int(c, a, 1, 65536, &o.accumulate); break;
    case O_DISTTIMEOUT: rc = parse_num(c, a, 0, 1e9, &o.dist_timeout); break;
    case O_INIT: o.init_from = a; break;
    case O_EXPORT: o.export_path = a; break;
    case O_EXPORTNAMES: o.export_names = a; break;
    case O_LOG: o.log_path = a; break;
    case O_PEAK: rc = parse_num(c, a, 1e-6, 1e9, &o.peak_tflops); break;
    case O_QUIET: o.quiet = true; break;
    case O_PROMPT: o.prompt = a; o.prompt_len = strlen(a); break;
    case O_PROMPTFILE: o.prompt_file = a; break;
    case O_STOP:
      if (!*a) rc = usage_error("--stop: the text is empty");
      G23_VEC_PUSH(stops, a);
      break;
    case O_NUMSAMPLES: rc = parse_int(c, a, 1, 1000000, &o.num_samples); break;
    case O_RAW: o.raw = true; break;
    case O_RAWBYTES: o.raw_bytes = true; break;
    case O_TOKENIZER: o.tokenizer = a; break;
    case O_SPECIALS: o.specials = true; break;
    case O_MAXTOK: rc = parse_int(c, a, 0, 100000000, &o.max_tokens); break;
    case O_TEMP: rc = parse_num(c, a, 0, 100, &o.temperature); break;
    case O_TOPK: rc = parse_int(c, a, 0, INT32_MAX, &o.top_k); break;
    case O_TOPP: rc = parse_num(c, a, 1e-9, 1, &o.top_p); break;
    case O_INPUT: {
      const char *eq = strchr(a, '=');
      if (!eq || eq == a) {
        rc = usage_error("--input: '%s' is not NAME=TEXT", a);
        break;
      }
      /* the name is the part before the first '=', kept in argv */
      g23_named_text_t in = {g23_xstrndup(a, (size_t)(eq - a)), eq + 1};
      G23_VEC_PUSH(inputs, in);
      break;
    }
    case O_DEVICE:
      if (strcmp(a, "auto") && strcmp(a, "cpu") && strcmp(a, "cuda"))
        rc = usage_error("--device: '%s' is not one of auto, cpu, cuda", a);
      o.rt.device = a;
      break;
    case O_PRECISION:
      if (strcmp(a, "bf16") && strcmp(a, "fp32"))
        rc = usage_error("--precision: '%s' is not one of bf16, fp32", a);
      o.rt.precision = a;
      break;
    case O_THREADS: {
      int64_t v;
      rc = parse_int(c, a, 0, 4096, &v);
      o.rt.threads = (int)v;
      break;
    }
    case O_CACHE: o.rt.cache_dir = a; break;
    case O_VERBOSE: o.rt.verbose = true; break;
    case O_PROFILE: o.rt.profile = true; break;
    case O_CHECKB: o.rt.check_bounds = true; break;
    case 'h':
    case O_HELP: usage(stdout); return 0;
    case 'V':
    case O_VERSION:
      printf("gpt23run (%s) %s\nplan format %u, checkpoint format %u\n", PACKAGE_NAME, PACKAGE_VERSION,
             G23_PLAN_VERSION, G23_CKPT_VERSION);
      return 0;
    case ':': rc = usage_error("option '%s' needs an argument", argv[optind - 1]); break;
    default: /* '?' */
      if (optopt)
        rc = usage_error("unknown option '-%c'", optopt);
      else
        rc = usage_error("unknown option '%s'", argv[optind - 1]);
      break;
    }
    if (rc < 0) rc = G23_EXIT_USAGE;
  }
  /* after "--": positional arguments only */
  for (; rc == 0 && optind < argc; optind++) {
    if (!o.plan_path) o.plan_path = argv[optind];
    else rc = usage_error("unexpected argument '%s' (the PLAN is '%s')", argv[optind], o.plan_path);
  }
  o.data = data.v;
  o.ndata = data.n;
  o.inputs = inputs.v;
  o.ninputs = inputs.n;
  o.stops = stops.v;
  o.nstops = stops.n;
  if (rc) goto done;

  unsigned mode = o.mode == G23_MODE_TRAIN      ? M_TRAIN
                  : o.mode == G23_MODE_GENERATE ? M_GEN
                  : o.mode == G23_MODE_CLASSIFY ? M_CLS
                                                : M_EXPORT;
  if (!o.plan_path) rc = usage_error("no PLAN given (a plan.bin written by gpt23c)");
  else if (o.mode == G23_MODE_NONE && !o.export_path)
    rc = usage_error("nothing to do: give --train, --generate, --classify or --export");
  if (rc) goto done;
  /* every option given must apply to the mode */
  for (int code = O_TRAIN; code < O_END && !rc; code++) {
    if (!given[code] || (opt_modes(code) & mode)) continue;
    char ms[96];
    modes_str(opt_modes(code), ms, sizeof ms);
    rc = usage_error("--%s does not apply to %s (it is used with %s)", opt_name(code), mode_name(mode), ms);
  }
  for (size_t i = 0; i < sizeof sample_opts / sizeof *sample_opts && !rc; i++)
    if (o.mode == G23_MODE_TRAIN && given[sample_opts[i]] && !o.sample_every)
      rc = usage_error("--%s is used by the samples of --sample-every N, which this training run does not print",
                       opt_name(sample_opts[i]));
  if (rc) goto done;

  if (o.steps && o.epochs) rc = usage_error("give --steps or --epochs, not both");
  else if (o.mode == G23_MODE_TRAIN && o.ndata == 0) rc = usage_error("--train needs --data FILE");
  else if (o.resume && !o.ckpt_dir) rc = usage_error("--resume needs --ckpt DIR");
  else if (o.resume && o.overwrite)
    rc = usage_error("--resume continues the checkpoint, --overwrite replaces it; choose one");
  else if ((o.keep || o.keep_best) && !o.ckpt_dir) rc = usage_error("--keep and --keep-best need --ckpt DIR");
  else if (o.export_names && !o.export_path) rc = usage_error("--export-names needs --export FILE");
  else if (o.resume && o.init_from) rc = usage_error("--resume and --init-from both set the weights; choose one");
  else if (o.prompt && o.prompt_file) rc = usage_error("give --prompt TEXT or --prompt-file FILE, not both");
  else if (o.mode == G23_MODE_GENERATE && !o.prompt && !o.prompt_file)
    rc = usage_error("--generate needs --prompt TEXT or --prompt-file FILE");
  else if (o.mode == G23_MODE_CLASSIFY && given[O_CLASSIFY] && given[O_CLASSIFYFILE])
    rc = usage_error("give --classify TEXT or --classify-file FILE, not both");
  else if ((o.mode == G23_MODE_GENERATE || o.mode == G23_MODE_CLASSIFY) && !o.ckpt_dir && !o.init_from)
    rc = usage_error("--%s needs weights: --ckpt DIR or --init-from FILE",
                     o.mode == G23_MODE_GENERATE ? "generate" : "classify");
  else if ((o.mode == G23_MODE_GENERATE || o.mode == G23_MODE_CLASSIFY) && o.ckpt_dir && o.init_from)
    rc = usage_error("--ckpt and --init-from both give the weights; choose one");
  else if (o.mode == G23_MODE_NONE && !o.ckpt_dir && !o.init_from)
    rc = usage_error("--export needs weights: --ckpt DIR or --init-from FILE");
  if (rc) goto done;
  if (o.prompt_file) {
    /* the file's bytes exactly, NUL bytes and a last newline included */
    bool in = !strcmp(o.prompt_file, "-");
    size_t len = 0;
    prompt_buf = g23_read_file(in ? "/dev/stdin" : o.prompt_file, &len);
    if (!prompt_buf) {
      g23_cli_error("%s: cannot read the prompt: %s", in ? "standard input" : o.prompt_file, strerror(errno));
      rc = G23_EXIT_FAIL;
      goto done;
    }
    o.prompt = prompt_buf;
    o.prompt_len = len;
  }
  if (rc) goto done;
  /* bf16 is a CUDA mode: asked for where the CPU would run, it is refused
   * rather than quietly computed in fp32. */
  if (o.rt.precision && !strcmp(o.rt.precision, "bf16") &&
      (!strcmp(o.rt.device, "cpu") || (!strcmp(o.rt.device, "auto") && !g23_backend_cuda.available()))) {
    if (!strcmp(o.rt.device, "cpu")) {
      rc = usage_error("--precision bf16 needs the CUDA device: the CPU computes in fp32 (drop --precision "
                       "or give --precision fp32)");
      goto done;
    }
    fprintf(stderr, "gpt23run: error: --precision bf16 needs a CUDA device and there is none here: the CPU "
            "computes in fp32 (drop --precision or give --precision fp32)\n");
    rc = G23_EXIT_FAIL;
    goto done;
  }
  if (o.min_lr < 0) o.min_lr = o.lr / 10;
  if (o.set_min_lr && o.set_lr && o.min_lr > o.lr) { /* else checked against the model's lr */
    rc = usage_error("--min-lr %g is larger than --lr %g", o.min_lr, o.lr);
    goto done;
  }

  switch (o.mode) {
  case G23_MODE_TRAIN: rc = g23_cmd_train(&o); break;
  case G23_MODE_GENERATE: rc = g23_cmd_generate(&o); break;
  case G23_MODE_CLASSIFY: rc = g23_cmd_classify(&o); break;
  default: rc = g23_cmd_export(&o); break;
  }
done:
  G23_VEC_FREE(data);
  G23_VEC_FREE(stops);
  free(prompt_buf);
  for (int i = 0; i < inputs.n; i++) free((char *)inputs.v[i].name);
  G23_VEC_FREE(inputs);
  return rc;
}
