/* gpt23c: compile a model file into a plan.
 *
 *   gpt23c MODEL [-o PLAN] [-D name=value]... [-I DIR]... [--emit WHAT]
 *          [--graph KIND] [--dump-after PASS] [--verify]
 *   gpt23c --dump PLAN|CHECKPOINT
 *   gpt23c MODEL --gradcheck[=WHAT] [--device DEV] [-D name=value]... [-I DIR]...
 *
 * Exit status: 0 success, 1 errors in the model or its compilation, 2 usage.
 */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "check/check.h"
#include "codegen/codegen.h"
#include "frontend/frontend.h"
#include "passes/passes.h"
#include "runtime/cli/checkpoint.h"
#include "runtime/plan/plan.h"

static void usage(FILE *f) {
  fprintf(f,
          "Usage: gpt23c MODEL [options]\n"
          "       gpt23c --dump PLAN|CHECKPOINT\n"
          "Compile a gpt23 model file into a plan of fused kernels.\n"
          "\n"
          "  -o, --output PLAN      write the plan (default: plan.bin unless --emit)\n"
          "  -D NAME=VALUE          override a hyperparameter or dimension\n"
          "  -I DIR                 add DIR to the include path (before the standard library)\n"
          "      --emit WHAT        print ir, dot, dot-ir, stats, c or cuda to stdout: dot is\n"
          "                         one graph's fused kernels, matmuls and tensors (Graphviz),\n"
          "                         dot-ir its IR ops\n"
          "      --graph KIND       with --emit ir/dot-ir or --dump-after: only train, eval,\n"
          "                         prefill or decode; with --emit dot: the graph shown\n"
          "                         (default train)\n"
          "      --dump-after PASS  print the IR after the named pass (list: --dump-after list)\n"
          "      --verify           run the IR verifier after every pass (the default,\n"
          "                         except in builds with -DNDEBUG)\n"
          "      --no-epilogue      no matmul epilogues: bias, GELU, GELU gradient and bias\n"
          "                         gradient as kernels of their own\n"
          "      --beta1 X --beta2 X --eps X   AdamW constants, stored in the plan; each\n"
          "                         defaults to the model's hparam of that name, else\n"
          "                         0.9, 0.95, 1e-8 (a flag and an hparam must agree)\n"
          "      --dump FILE        describe a plan or a checkpoint file\n"
          "      --gradcheck[=WHAT] check the model at a tiny size instead of writing a plan:\n"
          "                         every parameter's gradient against finite differences\n"
          "                         (WHAT gradients), every graph's kernels against the\n"
          "                         float64 evaluator (kernels), or both (all, the default)\n"
          "      --device DEV       with --gradcheck: run the kernels on cpu (default),\n"
          "                         cuda or auto\n"
          "  -h, --help             this help\n"
          "  -V, --version          version\n"
          "\n"
          "Standard library: %s (and %s/models in a build tree).\n",
          G23_STDLIB_DIR, G23_SRCDIR);
}

enum { OPT_EMIT = 256, OPT_GRAPH, OPT_DUMP_AFTER, OPT_VERIFY, OPT_DUMP, OPT_BETA1, OPT_BETA2, OPT_EPS, OPT_NO_EPILOGUE };
enum { OPT_GRADCHECK = 512, OPT_DEVICE, OPT_GRADCHECK_PLANT };

static int parse_graph_kind(const char *s) {
  for (int k = 0; k < G23_GRAPH_COUNT; k++)
    if (strcmp(s, g23_graph_kind_name((g23_graph_kind_t)k)) == 0) return k;
  return -1;
}

/* AdamW's constants: each from its flag, else the model's hparam of the
 * same name, else the default.  A flag and an hparam that disagree are
 * refused rather than one silently winning; an hparam outside [0, 1) is
 * refused like the flag. */
static int settle_adamw(const g23_module_t *m, g23_adamw_t *a, const bool set[3], g23_diag_t *d) {
  /* eps is adam_eps in the model: a plain `eps` is a layer norm's. */
  static const char *const names[3] = {"beta1", "beta2", "adam_eps"}, *const flags[3] = {"beta1", "beta2", "eps"};
  double *v[3] = {&a->beta1, &a->beta2, &a->eps};
  int rc = 0;
  for (int k = 0; k < 3; k++) {
    const g23_hparam_t *h = NULL;
    for (int i = 0; i < m->nhparams && !h; i++)
      if (strcmp(m->hparams[i].name, names[k]) == 0) h = &m->hparams[i];
    if (!h) continue;
    if (!(h->value >= 0 && h->value < 1)) {
      g23_error(d, g23_noloc, "the model's hparam %s = %g is not in [0, 1): it is AdamW's %s", names[k], h->value,
                flags[k]);
      rc = -1;
    } else if (set[k] && *v[k] != h->value) {
      g23_error(d, g23_noloc, "--%s %g contradicts the model's hparam %s = %g; give one of them (or -D %s=%g)",
                flags[k], *v[k], names[k], h->value, names[k], *v[k]);
      rc = -1;
    } else {
      *v[k] = h->value;
    }
  }
  return rc;
}

static int parse_double(const char *s, double *out) {
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (errno || end == s || *end) return -1;
  *out = v;
  return 0;
}

/* --dump FILE: a plan or a checkpoint, told apart by the magic. */
static int dump_file(const char *path) {
  size_t len = 0;
  char *data = g23_read_file(path, &len);
  if (!data) {
    fprintf(stderr, "gpt23c: %s: %s\n", path, strerror(errno));
    return 1;
  }
  char err[1024];
  int rc = 0;
  if (len >= 8 && !memcmp(data, G23_CKPT_MAGIC, 8)) {
    g23_ckpt_t ck;
    if (g23_ckpt_parse(data, len, &ck, err, sizeof err) != 0) {
      fprintf(stderr, "gpt23c: %s: %s\n", path, err);
      rc = 1;
    } else {
      g23_ckpt_describe(stdout, &ck);
      g23_ckpt_free(&ck);
    }
  } else if (len >= 8 && !memcmp(data, G23_PLAN_MAGIC, 8)) {
    g23_plan_t plan;
    if (g23_plan_load(path, &plan, err, sizeof err) != 0) {
      fprintf(stderr, "gpt23c: %s\n", err);
      rc = 1;
    } else {
      g23_plan_describe(stdout, &plan);
      printf("parameter fingerprint %016llx (its checkpoints carry the same)\n",
             (unsigned long long)g23_plan_fingerprint(&plan));
      g23_plan_free(&plan);
    }
  } else {
    fprintf(stderr,
            "gpt23c: %s: neither a plan (magic \"%s\") nor a checkpoint (magic \"%s\")\n"
            "  hint: --dump reads what gpt23c -o and gpt23run --ckpt DIR write (DIR/%s)\n",
            path, G23_PLAN_MAGIC, G23_CKPT_MAGIC, G23_CKPT_FILE);
    rc = 1;
  }
  free(data);
  return rc;
}

/* gpt23c MODEL --gradcheck: m was built with the user's defines; it is
 * rebuilt at the tiny size (g23_check_sizes), then checked.  Returns the
 * exit status. */
static int gradcheck_main(g23_frontend_opts_t *fo, g23_module_t *m, const g23_pipeline_opts_t *po, g23_diag_t *d,
                          const char *what, const char *device, const char *plant) {
  int ntiny, ndef = fo->ndefines;
  g23_define_t *tiny = g23_check_sizes(m, fo->defines, fo->ndefines, &ntiny);
  g23_define_t *defs = g23_xmalloc((size_t)(ndef + ntiny + 1) * sizeof *defs);
  if (ndef) memcpy(defs, fo->defines, (size_t)ndef * sizeof *defs); /* NULL without -D */
  if (ntiny) memcpy(defs + ndef, tiny, (size_t)ntiny * sizeof *defs);
  g23_frontend_opts_t tfo = *fo;
  tfo.defines = defs;
  tfo.ndefines = ndef + ntiny;
  printf("gradcheck %s:", fo->path);
  for (int i = 0; i < m->nhparams; i++)
    for (int k = 0; k < tfo.ndefines; k++)
      if (!strcmp(defs[k].name, m->hparams[i].name)) printf(" %s=%s", defs[k].name, defs[k].value);
  printf("\n");
  g23_module_free(m);
  memset(m, 0, sizeof *m);
  int failed = 0, status = 1;
  g23_plan_t plan = {0};
  if (g23_frontend(&tfo, d, m) != 0 || d->errors) goto out;
  g23_check_opts_t co = {.out = stdout, .device = device, .plant = plant};
  if (strcmp(what, "kernels")) failed += g23_check_gradients(m, &co);
  if (strcmp(what, "gradients")) {
    if (g23_pipeline_run(m, po, d, &plan) != 0 || d->errors) goto out;
    failed += g23_check_kernels(m, &plan, &co);
  }
  printf("gradcheck %s: %s\n", fo->path, failed ? "FAIL" : "PASS");
  if (failed) fprintf(stderr, "gpt23c: %s: %d check%s failed\n", fo->path, failed, failed == 1 ? "" : "s");
  status = failed ? 1 : 0;
out:
  g23_plan_free(&plan);
  free(defs);
  free(tiny);
  return status;
}

/* --emit NAME of a kernel dialect (codegen.h: g23_dialects) prints its source. */
static bool is_dialect(const char *name) {
  for (int i = 0; i < G23_NDIALECTS; i++)
    if (!strcmp(g23_dialects[i]->name, name)) return true;
  return false;
}

int main(int argc, char **argv) {
  static const struct option longopts[] = {
      {"output", required_argument, 0, 'o'},       {"emit", required_argument, 0, OPT_EMIT},
      {"graph", required_argument, 0, OPT_GRAPH},  {"dump-after", required_argument, 0, OPT_DUMP_AFTER},
      {"verify", no_argument, 0, OPT_VERIFY},      {"dump", required_argument, 0, OPT_DUMP},
      {"beta1", required_argument, 0, OPT_BETA1},  {"beta2", required_argument, 0, OPT_BETA2},
      {"eps", required_argument, 0, OPT_EPS},      {"no-epilogue", no_argument, 0, OPT_NO_EPILOGUE},
      {"gradcheck", optional_argument, 0, OPT_GRADCHECK},
      {"device", required_argument, 0, OPT_DEVICE},
      {"gradcheck-plant", required_argument, 0, OPT_GRADCHECK_PLANT},
      {"help", no_argument, 0, 'h'},
      {"version", no_argument, 0, 'V'},            {0, 0, 0, 0}};
  const char *output = NULL, *emit = NULL, *dump_after = NULL, *dump = NULL;
  const char *gradcheck = NULL, *device = NULL, *plant = NULL;
  int graph = -1;
#ifdef NDEBUG
  bool verify = false; /* a release build verifies only when asked */
#else
  bool verify = true; /* the verifier costs milliseconds even on a 124M model */
#endif
  bool no_epilogue = false;
  g23_adamw_t adamw = G23_ADAMW_DEFAULTS;
  bool adamw_set[3] = {false, false, false}; /* beta1, beta2, eps given */
  G23_VEC(g23_define_t) defines = {0};
  G23_VEC(const char *) incdirs = {0};
  int c;
  while ((c = getopt_long(argc, argv, "o:D:I:hV", longopts, NULL)) != -1) {
    switch (c) {
    case 'o': output = optarg; break;
    case 'D': {
      const char *eq = strchr(optarg, '=');
      if (!eq || eq == optarg || !eq[1]) {
        fprintf(stderr, "gpt23c: -D expects NAME=VALUE, got '%s'\n", optarg);
        return 2;
      }
      g23_define_t def = {g23_xstrndup(optarg, (size_t)(eq - optarg)), g23_xstrdup(eq + 1)};
      G23_VEC_PUSH(defines, def);
      break;
    }
    case 'I': G23_VEC_PUSH(incdirs, optarg); break;
    case OPT_EMIT:
      if (strcmp(optarg, "ir") && strcmp(optarg, "dot") && strcmp(optarg, "dot-ir") && strcmp(optarg, "stats") &&
          !is_dialect(optarg)) {
        fprintf(stderr, "gpt23c: --emit expects ir, dot, dot-ir, stats, c or cuda, got '%s'\n", optarg);
        return 2;
      }
      emit = optarg;
      break;
    case OPT_GRAPH:
      if ((graph = parse_graph_kind(optarg)) < 0) {
        fprintf(stderr, "gpt23c: --graph expects train, eval, prefill or decode, got '%s'\n", optarg);
        return 2;
      }
      break;
    case OPT_DUMP_AFTER: dump_after = optarg; break;
    case OPT_VERIFY: verify = true; break;
    case OPT_NO_EPILOGUE: no_epilogue = true; break;
    case OPT_DUMP: dump = optarg; break;
    case OPT_GRADCHECK:
      gradcheck = optarg ? optarg : "all";
      if (strcmp(gradcheck, "all") && strcmp(gradcheck, "gradients") && strcmp(gradcheck, "kernels")) {
        fprintf(stderr, "gpt23c: --gradcheck expects all, gradients or kernels, got '%s'\n", optarg);
        return 2;
      }
      break;
    case OPT_DEVICE: device = optarg; break;
    case OPT_GRADCHECK_PLANT: plant = optarg; break;
    case OPT_BETA1:
    case OPT_BETA2:
    case OPT_EPS: {
      double v;
      if (parse_double(optarg, &v) || !(v >= 0 && v < 1)) {
        fprintf(stderr, "gpt23c: %s expects a number in [0, 1), got '%s'\n", argv[optind - 1], optarg);
        return 2;
      }
      *(c == OPT_BETA1 ? &adamw.beta1 : c == OPT_BETA2 ? &adamw.beta2 : &adamw.eps) = v;
      adamw_set[c - OPT_BETA1] = true;
      break;
    }
    case 'h': usage(stdout); return 0;
    case 'V': printf("gpt23c (%s) %s\nplan format version %u\n", PACKAGE_NAME, PACKAGE_VERSION, G23_PLAN_VERSION); return 0;
    default: fprintf(stderr, "Try 'gpt23c --help'.\n"); return 2;
    }
  }

  if (dump) {
    if (optind != argc) {
      fprintf(stderr, "gpt23c: --dump takes a plan or checkpoint file and no model\n");
      return 2;
    }
    return dump_file(dump);
  }
  if (dump_after && strcmp(dump_after, "list") == 0) {
    int n;
    const char *const *names = g23_pass_names(&n);
    for (int i = 0; i < n; i++) puts(names[i]);
    return 0;
  }
  if (optind + 1 != argc) {
    fprintf(stderr, optind == argc ? "gpt23c: no model file given\n" : "gpt23c: more than one model file given\n");
    fprintf(stderr, "Try 'gpt23c --help'.\n");
    return 2;
  }
  if ((device || plant) && !gradcheck) {
    fprintf(stderr, "gpt23c: %s is an option of --gradcheck\n", device ? "--device" : "--gradcheck-plant");
    return 2;
  }
  if (gradcheck && (output || emit || dump_after)) {
    fprintf(stderr, "gpt23c: --gradcheck writes no plan and prints no IR (no -o, --emit or --dump-after)\n");
    return 2;
  }
  if (!output && !emit && !dump_after && !gradcheck) output = "plan.bin";

  G23_VEC_PUSH(incdirs, G23_STDLIB_DIR);
  G23_VEC_PUSH(incdirs, G23_SRCDIR "/models");
  g23_frontend_opts_t fo = {
      .path = argv[optind],
      .include_dirs = incdirs.v,
      .ninclude = incdirs.n,
      .defines = defines.v,
      .ndefines = defines.n,
  };
  g23_diag_t diag;
  g23_diag_init(&diag, stderr);
  g23_module_t module = {0};
  int status = 0;
  g23_plan_t plan = {0};
  g23_sched_t scheds[G23_GRAPH_COUNT] = {0};
  if (g23_frontend(&fo, &diag, &module) != 0 || diag.errors || settle_adamw(&module, &adamw, adamw_set, &diag)) {
    status = 1;
    goto out;
  }
  if (gradcheck) {
    g23_pipeline_opts_t cpo = {.adamw = adamw, .dump_graph = -1, .verify_each = true, .no_epilogue = no_epilogue};
    status = gradcheck_main(&fo, &module, &cpo, &diag, gradcheck, device, plant);
    goto out;
  }
  g23_pipeline_opts_t po = {
      .adamw = adamw,
      .dump_after = dump_after,
      .dump_graph = graph,
      .dump_out = stdout,
      .verify_each = verify,
      .no_epilogue = no_epilogue,
  };
  if (g23_pipeline_run_sched(&module, &po, &diag, &plan, scheds) != 0 || diag.errors) {
    status = 1;
    goto out;
  }
  if (emit) {
    if (!strcmp(emit, "dot")) {
      int k = graph >= 0 ? graph : G23_GRAPH_TRAIN;
      if (!plan.has_graph[k]) {
        fprintf(stderr, "gpt23c: the model has no %s graph\n", g23_graph_kind_name((g23_graph_kind_t)k));
        status = 1;
        goto out;
      }
      g23_dot_schedule(stdout, &module.graphs[k], &scheds[k], &plan, (g23_graph_kind_t)k);
    } else if (!strcmp(emit, "ir") || !strcmp(emit, "dot-ir")) {
      for (int k = 0; k < G23_GRAPH_COUNT; k++) {
        if (!module.has_graph[k] || (graph >= 0 && graph != k)) continue;
        if (!strcmp(emit, "ir")) {
          g23_dump_ir(stdout, &module.graphs[k]);
        } else {
          g23_dump_dot(stdout, &module.graphs[k]);
        }
      }
    } else if (!strcmp(emit, "stats")) {
      g23_stats_print(stdout, &plan);
    } else {
      /* --emit c, cuda: the source of that dialect */
      const char *src = g23_plan_source(&plan, emit);
      G23_ASSERT(src != NULL);
      fputs(src, stdout);
    }
  }
  if (output) {
    char err[512];
    if (g23_plan_save(&plan, output, err, sizeof err) != 0) {
      fprintf(stderr, "gpt23c: %s\n", err);
      status = 1;
    }
  }
out:
  if (diag.errors) fprintf(stderr, "%d error%s\n", diag.errors, diag.errors == 1 ? "" : "s");
  for (int k = 0; k < G23_GRAPH_COUNT; k++) g23_sched_free(&scheds[k]);
  g23_plan_free(&plan);
  g23_module_free(&module);
  g23_diag_free(&diag);
  for (int i = 0; i < defines.n; i++) {
    free(defines.v[i].name);
    free(defines.v[i].value);
  }
  G23_VEC_FREE(defines);
  G23_VEC_FREE(incdirs);
  return status;
}
