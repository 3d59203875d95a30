/* gpt23run.c: the gpt23run command: options, --help, --version, dispatch.
 *
 *   gpt23run PLAN --train --data FILE... [options]
 *   gpt23run PLAN --generate (--ckpt DIR | --init-from FILE) --prompt TEXT [--input NAME=TEXT]...
 *   gpt23run PLAN --classify TEXT (--ckpt DIR | --init-from FILE)
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

#include "backend_cuda.h"
#include "cli.h"
#include "config.h"

static void usage(FILE *f) {
  fputs(
      "Usage: gpt23run PLAN --train --data FILE... [OPTION]...\n"
      "       gpt23run PLAN --generate (--ckpt DIR | --init-from FILE) --prompt TEXT\n"
      "                [--input NAME=TEXT]... [OPTION]...\n"
      "       gpt23run PLAN --classify TEXT (--ckpt DIR | --init-from FILE)\n"
      "       gpt23run PLAN (--ckpt DIR | --init-from FILE) --export FILE.safetensors\n"
      "Train a model compiled by gpt23c into PLAN, or generate text with it.\n"
      "\n"
      "Modes:\n"
      "  --train                train on --data (see Data below)\n"
      "  --generate             generate text after --prompt, streamed to stdout\n"
      "  --classify TEXT        print the predicted label of TEXT and its probability\n"
      "\n"
      "Training:\n"
      "  --data FILE...         training data (several files are concatenated)\n"
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
      "  --eval-every N         validation loss every N steps; 0: off (default 100)\n"
      "  --eval-batches N       validation batches per evaluation (default 8)\n"
      "  --sample-every N       print a generated sample every N steps; 0: off (default 0)\n"
      "  --sample-tokens N      length of those samples (default 64)\n"
      "  --ckpt DIR             checkpoint directory (file DIR/" G23_CKPT_FILE ")\n"
      "  --ckpt-every N         also checkpoint every N steps (default: only at the end)\n"
      "  --resume               continue from the checkpoint in --ckpt DIR, bit for bit\n"
      "  --overwrite            replace an existing checkpoint, --log or --export file\n"
      "                         (without it, training refuses to replace them)\n"
      "  --keep N               keep the last N checkpoints (step-N.g23) besides the newest\n"
      "  --keep-best            also keep the checkpoint of the lowest validation loss (best.g23)\n"
      "  --init-from FILE       start from the weights of a safetensors file\n"
      "  --export FILE          write the final weights as safetensors\n"
      "  --log FILE             JSON-lines log of every step and evaluation\n"
      "  --peak-tflops F        device peak for the MFU column (CPU: no MFU unless given)\n"
      "  --quiet                no per-step lines\n"
      "\n"
      "Generation:\n"
      "  --prompt TEXT          the text to continue (the token stream)\n"
      "  --input NAME=TEXT      the text of the model's input NAME, for a model with\n"
      "                         several inputs: each one besides the stream, once\n"
      "                         (also for --sample-every)\n"
      "  --max-tokens N         tokens to generate (default 200)\n"
      "  --temperature F        0: greedy (default 0.8)\n"
      "  --top-k N              sample among the N most likely tokens; 0: all (default 0)\n"
      "  --top-p F              nucleus sampling threshold (default 1.0: off)\n"
      "\n"
      "Data (every byte one token; the model needs vocab >= 256):\n"
      "  one input              text; training windows of seq + 1 bytes, anywhere\n"
      "  a classifier           lines label<TAB>text, text padded with byte 0 to seq\n"
      "  several inputs         one example a line, a TAB-separated column per input\n"
      "                         in declaration order; the input with the dim seq is\n"
      "                         the stream, framed \"\\n\" TEXT \"\\n\" (seq - 1 bytes at\n"
      "                         most; past the end the targets are padding, not in the\n"
      "                         loss); other columns padded with byte 0 to their\n"
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
      "  --help                 print this help and exit\n"
      "  --version              print the version and exit\n"
      "\n"
      "Exit status: 0 success, 1 run-time failure, 2 invalid command line,\n"
      "130 or 143 when SIGINT or SIGTERM stopped training (a checkpoint was written).\n",
      f);
}

enum {
  O_TRAIN = 256, O_GENERATE, O_CLASSIFY, O_DATA, O_VALF, O_STEPS, O_EPOCHS, O_STOPAT, O_SEED, O_LR,
  O_MINLR, O_WARMUP, O_WD, O_CLIP, O_EVALEVERY, O_EVALB, O_SAMPLEEVERY, O_SAMPLETOK, O_CKPT,
  O_CKPTEVERY, O_RESUME, O_OVERWRITE, O_KEEP, O_KEEPBEST, O_INIT, O_EXPORT, O_LOG, O_PEAK, O_QUIET, O_PROMPT, O_MAXTOK, O_TEMP,
  O_TOPK, O_TOPP, O_INPUT, O_DEVICE, O_PRECISION, O_THREADS, O_CACHE, O_VERBOSE, O_PROFILE, O_CHECKB, O_HELP, O_VERSION,
};

static const struct option long_opts[] = {
    {"train", no_argument, 0, O_TRAIN},
    {"generate", no_argument, 0, O_GENERATE},
    {"classify", required_argument, 0, O_CLASSIFY},
    {"data", required_argument, 0, O_DATA},
    {"val-fraction", required_argument, 0, O_VALF},
    {"steps", required_argument, 0, O_STEPS},
    {"epochs", required_argument, 0, O_EPOCHS},
    {"stop-at", required_argument, 0, O_STOPAT},
    {"seed", required_argument, 0, O_SEED},
    {"lr", required_argument, 0, O_LR},
    {"min-lr", required_argument, 0, O_MINLR},
    {"warmup", required_argument, 0, O_WARMUP},
    {"weight-decay", required_argument, 0, O_WD},
    {"grad-clip", required_argument, 0, O_CLIP},
    {"eval-every", required_argument, 0, O_EVALEVERY},
    {"eval-batches", required_argument, 0, O_EVALB},
    {"sample-every", required_argument, 0, O_SAMPLEEVERY},
    {"sample-tokens", required_argument, 0, O_SAMPLETOK},
    {"ckpt", required_argument, 0, O_CKPT},
    {"ckpt-every", required_argument, 0, O_CKPTEVERY},
    {"resume", no_argument, 0, O_RESUME},
    {"overwrite", no_argument, 0, O_OVERWRITE},
    {"keep", required_argument, 0, O_KEEP},
    {"keep-best", no_argument, 0, O_KEEPBEST},
    {"init-from", required_argument, 0, O_INIT},
    {"export", required_argument, 0, O_EXPORT},
    {"log", required_argument, 0, O_LOG},
    {"peak-tflops", required_argument, 0, O_PEAK},
    {"quiet", no_argument, 0, O_QUIET},
    {"prompt", required_argument, 0, O_PROMPT},
    {"max-tokens", required_argument, 0, O_MAXTOK},
    {"temperature", required_argument, 0, O_TEMP},
    {"top-k", required_argument, 0, O_TOPK},
    {"top-p", required_argument, 0, O_TOPP},
    {"input", required_argument, 0, O_INPUT},
    {"device", required_argument, 0, O_DEVICE},
    {"precision", required_argument, 0, O_PRECISION},
    {"threads", required_argument, 0, O_THREADS},
    {"cache-dir", required_argument, 0, O_CACHE},
    {"verbose", no_argument, 0, O_VERBOSE},
    {"profile", no_argument, 0, O_PROFILE},
    {"check-bounds", no_argument, 0, O_CHECKB},
    {"help", no_argument, 0, O_HELP},
    {"version", no_argument, 0, O_VERSION},
    {0, 0, 0, 0},
};

static const char *opt_name(int code) {
  for (const struct option *o = long_opts; o->name; o++)
    if (o->val == code) return o->name;
  return "?";
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
  o.rt.device = "auto";
  G23_VEC(const char *) data = {0};
  G23_VEC(g23_named_text_t) inputs = {0};
  bool in_data = false;
  const int64_t BIG = INT64_C(1) << 40;

  opterr = 0;
  int c, rc = 0;
  /* "-" first: positional arguments come back in order as code 1; ":"
   * reports a missing argument as ':'. */
  while ((c = getopt_long(argc, argv, "-:", long_opts, NULL)) != -1 && rc == 0) {
    const char *a = optarg;
    if (c != 1 && c != O_DATA) in_data = false;
    switch (c) {
    case 1:
      if (!o.plan_path && !in_data) o.plan_path = a;
      else if (in_data) G23_VEC_PUSH(data, a);
      else rc = usage_error("unexpected argument '%s'", a);
      break;
    case O_TRAIN: rc = set_mode(&o, G23_MODE_TRAIN); break;
    case O_GENERATE: rc = set_mode(&o, G23_MODE_GENERATE); break;
    case O_CLASSIFY:
      rc = set_mode(&o, G23_MODE_CLASSIFY);
      o.text = a;
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
    case O_INIT: o.init_from = a; break;
    case O_EXPORT: o.export_path = a; break;
    case O_LOG: o.log_path = a; break;
    case O_PEAK: rc = parse_num(c, a, 1e-6, 1e9, &o.peak_tflops); break;
    case O_QUIET: o.quiet = true; break;
    case O_PROMPT: o.prompt = a; break;
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
    case O_HELP: usage(stdout); return 0;
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
  o.data = data.v;
  o.ndata = data.n;
  o.inputs = inputs.v;
  o.ninputs = inputs.n;
  if (rc) goto done;

  if (!o.plan_path) rc = usage_error("no PLAN given (a plan.bin written by gpt23c)");
  else if (o.steps && o.epochs) rc = usage_error("give --steps or --epochs, not both");
  else if (o.mode == G23_MODE_TRAIN && o.ndata == 0) rc = usage_error("--train needs --data FILE");
  else if (o.mode != G23_MODE_TRAIN && o.ndata) rc = usage_error("--data is only used with --train");
  else if (o.resume && !o.ckpt_dir) rc = usage_error("--resume needs --ckpt DIR");
  else if (o.resume && o.overwrite)
    rc = usage_error("--resume continues the checkpoint, --overwrite replaces it; choose one");
  else if ((o.keep || o.keep_best) && (o.mode != G23_MODE_TRAIN || !o.ckpt_dir))
    rc = usage_error("--keep and --keep-best are used with --train --ckpt DIR");
  else if (o.resume && o.mode != G23_MODE_TRAIN) rc = usage_error("--resume is only used with --train");
  else if (o.resume && o.init_from) rc = usage_error("--resume and --init-from both set the weights; choose one");
  else if (o.mode == G23_MODE_GENERATE && !o.prompt) rc = usage_error("--generate needs --prompt TEXT");
  else if (o.mode != G23_MODE_GENERATE && o.mode != G23_MODE_TRAIN && o.prompt)
    rc = usage_error("--prompt is only used with --generate (or --sample-every)");
  else if ((o.mode != G23_MODE_GENERATE && o.mode != G23_MODE_TRAIN && o.ninputs) ||
           (o.mode == G23_MODE_TRAIN && o.ninputs && !o.sample_every))
    rc = usage_error("--input is only used with --generate (or --sample-every)");
  else if ((o.mode == G23_MODE_GENERATE || o.mode == G23_MODE_CLASSIFY) && !o.ckpt_dir && !o.init_from)
    rc = usage_error("--%s needs weights: --ckpt DIR or --init-from FILE",
                     o.mode == G23_MODE_GENERATE ? "generate" : "classify");
  else if ((o.mode == G23_MODE_GENERATE || o.mode == G23_MODE_CLASSIFY) && o.ckpt_dir && o.init_from)
    rc = usage_error("--ckpt and --init-from both give the weights; choose one");
  else if (o.mode == G23_MODE_NONE && !o.export_path)
    rc = usage_error("nothing to do: give --train, --generate, --classify or --export");
  else if (o.mode == G23_MODE_NONE && !o.ckpt_dir && !o.init_from)
    rc = usage_error("--export needs weights: --ckpt DIR or --init-from FILE");
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
  for (int i = 0; i < inputs.n; i++) free((char *)inputs.v[i].name);
  G23_VEC_FREE(inputs);
  return rc;
}
