/* test_nvrtc.c: every model's CUDA kernels through NVRTC, without a GPU.
 *
 *   test-nvrtc [--cache] [-D name=value]... MODEL.net
 *       builds the plan through the library (front end, pass pipeline),
 *       compiles exactly the source the CUDA backend compiles
 *       (g23_cuda_module_source) to CUBIN for sm_80 and sm_90 with ptxas -v,
 *       prints each kernel's registers, shared memory and stack, and fails on
 *       a compile error, on any spill store or load, or on a plan kernel
 *       missing from ptxas's report.  With --cache, then checks the CUBIN
 *       cache: a second compilation hits it and returns the same bytes; and
 *       the backend's parallel path: the module in parts, each kernel in its
 *       part's CUBIN, every part cached.
 *   test-nvrtc --selftest
 *       the ptxas report parser on a fixed log; a broken source fails with
 *       the log printed, the source saved and named in the message.
 *
 * Exits 77 (skipped) when NVRTC cannot be loaded.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test/check.h"
#include "test/plan_build.h"
#include "runtime/cuda/backend_cuda.h"
#include "runtime/cuda/cuda_api.h"


/* Compiles src for sm_<arch> with the resource report and checks it. */
static void report(const g23_plan_t *p, const char *src, int arch) {
  const char *extra[] = {"--ptxas-options=-v"};
  char *cubin = NULL, *log = NULL, err[2048];
  size_t len = 0;
  char *saved = g23_xasprintf("test/nvrtc/failed-sm_%d.cu", arch);
  if (g23_nvrtc_compile(src, "plan.cu", arch, extra, 1, saved, &cubin, &len, &log, err, sizeof err) != 0) {
    FAIL("sm_%d: %s", arch, err);
    free(saved);
    return;
  }
  free(saved);
  g23_ptxas_entry_t *e = NULL;
  int n = g23_ptxas_parse(log, &e);
  if (n < 0) {
    FAIL("sm_%d: no ptxas report in the NVRTC log:\n%s", arch, log);
    free(cubin);
    free(log);
    return;
  }
  printf("sm_%d: %zu-byte CUBIN, %d kernels\n  %-44s %5s %7s %6s %7s %7s\n", arch, len, n, "kernel", "regs",
         "smem", "stack", "spill-s", "spill-l");
  int spills = 0, maxreg = 0;
  for (int i = 0; i < n; i++) {
    printf("  %-44s %5d %7lld %6lld %7lld %7lld\n", e[i].name, e[i].registers, (long long)e[i].smem_bytes,
           (long long)e[i].stack_bytes, (long long)e[i].spill_stores, (long long)e[i].spill_loads);
    if (e[i].spill_stores != 0 || e[i].spill_loads != 0) {
      FAIL("sm_%d: kernel %s spills (%lld bytes stored, %lld loaded)", arch, e[i].name,
             (long long)e[i].spill_stores, (long long)e[i].spill_loads);
      spills++;
    }
    if (e[i].spill_stores < 0 || e[i].registers <= 0) {
      FAIL("sm_%d: kernel %s: incomplete ptxas report", arch, e[i].name);
    }
    if (e[i].registers > maxreg) maxreg = e[i].registers;
  }
  /* Every kernel of the plan and the backend's own (the built-in matmul,
   * the bf16 conversion) were compiled. */
  for (int k = -2; k < p->nkernels; k++) {
    const char *name = k == -2 ? "g23_f32_to_bf16" : k < 0 ? "g23_builtin_matmul" : p->kernels[k].name;
    bool found = false;
    for (int i = 0; i < n && !found; i++) found = strcmp(e[i].name, name) == 0;
    if (!found) {
      FAIL("sm_%d: kernel %s is not in ptxas's report", arch, name);
    }
  }
  printf("sm_%d: %d kernels, at most %d registers, %d spilling\n", arch, n, maxreg, spills);
  free(e);
  free(cubin);
  free(log);
}

/* The runtime's path: the cache is filled, then hit with identical bytes. */
static void cache(const char *src) {
  char tmpl[] = "/tmp/g23-nvrtc-XXXXXX";
  char *dir = mkdtemp(tmpl);
  if (!dir) {
    CHECK(false, "mkdtemp");
    return;
  }
  char *a = NULL, *b = NULL, err[2048];
  size_t la = 0, lb = 0;
  bool hit1 = true, hit2 = false;
  int rc = g23_nvrtc_compile_cached(src, "plan.cu", 90, dir, false, &a, &la, &hit1, err, sizeof err);
  CHECK(rc == 0 && !hit1, "the first cached compilation compiles%s%s", rc ? ": " : "", rc ? err : "");
  rc = g23_nvrtc_compile_cached(src, "plan.cu", 90, dir, false, &b, &lb, &hit2, err, sizeof err);
  CHECK(rc == 0 && hit2, "the second cached compilation hits the cache");
  CHECK(rc == 0 && la == lb && a && b && memcmp(a, b, la) == 0, "the cached CUBIN is the compiled one");
  free(a);
  free(b);
  char *cmd = g23_xasprintf("rm -rf '%s'", dir);
  if (system(cmd) != 0) CHECK(false, "removing the scratch cache");
  free(cmd);
}

/* Does the CUBIN define (name its symbol table holds) kernel name? */
static bool cubin_has(const char *cubin, size_t len, const char *name) {
  size_t n = strlen(name) + 1; /* with the NUL: train_k1 is not train_k10 */
  for (size_t i = 0; i + n <= len; i++)
    if ((i == 0 || cubin[i - 1] == 0 || cubin[i - 1] == '.') && memcmp(cubin + i, name, n) == 0) return true;
  return false;
}

/* The backend's path: the module in 3 parts (and its own kernels), each
 * kernel in the CUBIN of its part and in no other, compiled on several
 * threads, then every part from the cache with identical bytes. */
static void parts(const g23_plan_t *p) {
  g23_cuda_parts_t parts;
  g23_cuda_module_parts(p, 3, &parts);
  int want = p->nkernels >= 3 ? 4 : p->nkernels + 1;
  CHECK(parts.nparts == want, "the module is cut into the parts asked for, plus the backend's own");
  printf("parts: %d, of %zu", parts.nparts, strlen(parts.src[0]));
  for (int i = 1; i < parts.nparts; i++) printf(", %zu", strlen(parts.src[i]));
  printf(" bytes\n");
  char tmpl[] = "/tmp/g23-nvrtc-XXXXXX";
  char *dir = mkdtemp(tmpl);
  CHECK(dir != NULL, "mkdtemp");
  if (!dir) return;
  int n = parts.nparts, hits = -1;
  char **a = calloc((size_t)n, sizeof *a), **b = calloc((size_t)n, sizeof *b), err[2048];
  size_t *la = calloc((size_t)n, sizeof *la), *lb = calloc((size_t)n, sizeof *lb);
  double t0 = g23_now();
  int rc = g23_nvrtc_compile_parts((const char *const *)parts.src, n, "plan.cu", 90, dir, false, a, la, &hits, err,
                                   sizeof err);
  printf("parts: compiled in %.2f s\n", g23_now() - t0);
  CHECK(rc == 0 && hits == 0, "the parts compile%s%s", rc ? ": " : "", rc ? err : "");
  for (int k = 0; rc == 0 && k < p->nkernels; k++) {
    for (int i = 0; i < n; i++) {
      if (cubin_has(a[i], la[i], p->kernels[k].name) != (i == parts.part_of[k])) {
        FAIL("kernel %s: part %d's CUBIN %s it", p->kernels[k].name, i,
               i == parts.part_of[k] ? "lacks" : "has");
      }
    }
  }
  CHECK(rc == 0 && cubin_has(a[n - 1], la[n - 1], "g23_builtin_matmul") &&
            cubin_has(a[n - 1], la[n - 1], "g23_f32_to_bf16"),
        "the last part holds the backend's own kernels");
  rc = g23_nvrtc_compile_parts((const char *const *)parts.src, n, "plan.cu", 90, dir, false, b, lb, &hits, err,
                               sizeof err);
  CHECK(rc == 0 && hits == n, "a second compilation finds every part in the cache");
  bool same = rc == 0;
  for (int i = 0; same && i < n; i++) same = la[i] == lb[i] && memcmp(a[i], b[i], la[i]) == 0;
  CHECK(same, "the cached CUBINs are the compiled ones");
  for (int i = 0; i < n; i++) {
    free(a[i]);
    free(b[i]);
  }
  free(a);
  free(b);
  free(la);
  free(lb);
  g23_cuda_parts_free(&parts);
  /* Names out of the source's order: no cut is trusted, one part. */
  if (p->nkernels >= 2) {
    const char *rev[2] = {p->kernels[1].name, p->kernels[0].name};
    g23_cuda_split(g23_plan_source(p, "cuda"), rev, 2, 2, &parts);
    CHECK(parts.nparts == 1 && strcmp(parts.src[0], g23_plan_source(p, "cuda")) == 0,
          "kernels not found in order: the whole source is one part");
    g23_cuda_parts_free(&parts);
  }
  char *cmd = g23_xasprintf("rm -rf '%s'", dir);
  if (system(cmd) != 0) CHECK(false, "removing the scratch cache");
  free(cmd);
}

static int selftest(void) {
  static const char log[] =
      "ptxas info    : 0 bytes gmem\n"
      "ptxas info    : Compiling entry function 'k_a' for 'sm_90'\n"
      "ptxas info    : Function properties for k_a\n"
      "ptxas         .     16 bytes stack frame, 8 bytes spill stores, 4 bytes spill loads\n"
      "ptxas info    : Used 40 registers, used 1 barriers, 1024 bytes smem\n"
      "ptxas info    : Compiling entry function 'k_b' for 'sm_90'\n"
      "ptxas info    : Function properties for k_b\n"
      "ptxas         .     0 bytes stack frame, 0 bytes spill stores, 0 bytes spill loads\n"
      "ptxas info    : Used 12 registers, used 0 barriers, 360 bytes cmem[0]\n";
  g23_ptxas_entry_t *e = NULL;
  int n = g23_ptxas_parse(log, &e);
  CHECK(n == 2, "two kernels in the report");
  if (n == 2) {
    CHECK(!strcmp(e[0].name, "k_a") && e[0].registers == 40 && e[0].smem_bytes == 1024 && e[0].stack_bytes == 16 &&
              e[0].spill_stores == 8 && e[0].spill_loads == 4,
          "k_a: 40 registers, 1024 bytes smem, 16 stack, spills 8/4");
    CHECK(!strcmp(e[1].name, "k_b") && e[1].registers == 12 && e[1].smem_bytes == 0 && e[1].spill_stores == 0 &&
              e[1].spill_loads == 0,
          "k_b: 12 registers, no smem, no spills");
  }
  free(e);
  CHECK(g23_ptxas_parse("no report here\n", &e) == -1, "a log without a report is not one");

  char tmpl[] = "/tmp/g23-nvrtc-XXXXXX";
  char *dir = mkdtemp(tmpl);
  CHECK(dir != NULL, "mkdtemp");
  if (!dir) return 1;
  char *saved = g23_xasprintf("%s/broken.cu", dir);
  char *cubin = NULL, err[2048];
  size_t len;
  const char *bad = "extern \"C\" __global__ void k(char *base) { undefined_name = 1; }\n";
  fprintf(stderr, "(an NVRTC error log is expected below)\n");
  int rc = g23_nvrtc_compile(bad, "broken.cu", 90, NULL, 0, saved, &cubin, &len, NULL, err, sizeof err);
  printf("message: %s\n", err);
  CHECK(rc == -1, "a broken source fails");
  CHECK(strstr(err, "nvrtcCompileProgram") && strstr(err, saved) && strstr(err, "hint:"),
        "the message names the call, the saved source and a hint");
  size_t n2 = 0;
  char *back = g23_read_file(saved, &n2);
  CHECK(back && n2 == strlen(bad) && memcmp(back, bad, n2) == 0, "the failing source is saved");
  free(back);
  unlink(saved);
  rmdir(dir);
  free(saved);
  /* The backend's own kernels (built-in matmul, bf16 conversion) compile
   * for both architectures. */
  g23_plan_t empty = {0};
  char *src = g23_cuda_module_source(&empty);
  for (int arch = 80; arch <= 90; arch += 10) report(&empty, src, arch);
  free(src);
  return g23_check_summary("test-nvrtc --selftest");
}

int main(int argc, char **argv) {
  char err[1024];
  if (!g23_nvrtc_api(err, sizeof err)) {
    printf("SKIP: %s\n", err);
    return 77;
  }
  if (argc == 2 && strcmp(argv[1], "--selftest") == 0) return selftest();
  G23_VEC(g23_define_t) defs = {0};
  const char *model = NULL;
  bool check_cache = false;
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--cache") == 0) {
      check_cache = true;
    } else if (strcmp(argv[i], "-D") == 0 && i + 1 < argc) {
      char *eq = strchr(argv[++i], '=');
      if (!eq) {
        fprintf(stderr, "test-nvrtc: -D %s: expected name=value\n", argv[i]);
        return 2;
      }
      g23_define_t d = {g23_xstrndup(argv[i], (size_t)(eq - argv[i])), g23_xstrdup(eq + 1)};
      G23_VEC_PUSH(defs, d);
    } else {
      model = argv[i];
    }
  }
  if (!model) {
    fprintf(stderr, "usage: test-nvrtc [--cache] [-D name=value]... MODEL.net | --selftest\n");
    return 2;
  }
  g23_plan_t plan = {0};
  if (g23_test_plan_build(model, defs.v, defs.n, &plan) != 0) {
    printf("FAIL: %s: the plan does not build\n", model);
    return 1;
  }
  printf("%s: %d kernels, %zu bytes of CUDA source\n", model, plan.nkernels,
         g23_plan_source(&plan, "cuda") ? strlen(g23_plan_source(&plan, "cuda")) : (size_t)0);
  char *src = g23_cuda_module_source(&plan);
  report(&plan, src, 80);
  report(&plan, src, 90);
  if (check_cache) {
    cache(src);
    parts(&plan);
  }
  free(src);
  g23_plan_free(&plan);
  for (int i = 0; i < defs.n; i++) {
    free(defs.v[i].name);
    free(defs.v[i].value);
  }
  G23_VEC_FREE(defs);
  printf("%s: %s\n", model, g23_check_failures ? "FAILED" : "ok");
  return g23_check_summary("test-nvrtc");
}
