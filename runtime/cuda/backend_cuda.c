/* backend_cuda.c: the CUDA backend.
 *
 * One device (G23_CUDA_DEVICE, default 0), its primary context, one stream.
 * The plan's CUDA source is compiled by NVRTC, in parts on as many threads
 * (g23_cuda_module_parts), to CUBINs for the device's compute capability
 * (each cached on disk, cuda_nvrtc.c), each loaded as a module with
 * cuModuleLoadData; every kernel is looked up by name in its part's module.  The arena is one
 * cuMemAlloc; a kernel gets its base pointer as its only argument and runs
 * with the launch's grid, block and dynamic shared memory.
 *
 * Matmuls go to cuBLASLt.  The plan's matmuls are row-major; cuBLASLt's are
 * column-major: cublaslt_desc.h holds the translation (exchange the
 * operands and m with n, keep the transposes) and test/cuda checks it on the
 * CPU.  Descriptors, layouts and the heuristic's algorithm (32 MiB workspace)
 * are made once per matmul shape and kept.  When the heuristic offers no
 * algorithm, gpt23 says so once for that shape and runs its own tiled kernel
 * (g23_builtin_matmul, compiled with the plan's source); so it does for a
 * matmul whose epilogue cuBLASLt's rules exclude (an aux leading dimension
 * that is not a multiple of 8).  G23_CUDA_MATMUL=builtin forces that kernel
 * everywhere.  Epilogues: plan.h's map to cuBLASLt's (cublaslt_desc.h); the
 * aux (GELU's pre-activation) and the bias gradients are fp32 arena
 * tensors in either precision.
 *
 * Launches are queued on the stream; synchronize waits.  A graph's launch
 * list is run directly once (which also makes every matmul's cuBLASLt
 * descriptors and algorithm), captured as a CUDA graph on its second run,
 * and replayed with one cuGraphLaunch from then on: every input of a graph
 * lives in the arena, so a replay sees the values written since (a
 * training step's batch, learning rate and step count).  G23_CUDA_GRAPHS=0
 * and --profile issue every launch directly.  The executor issues a graph's
 * launches in order; the backend recognises them by their address inside
 * the plan.
 *
 * Precision (g23_runtime_opts_t.precision, gpt23run --precision): bf16 by
 * default, or fp32.  The arena is fp32 either way: parameters (the master
 * weights), gradients, AdamW's moments, activations; every generated kernel
 * (elementwise, softmax, layernorm, cross-entropy, AdamW) computes in fp32.
 * What bf16 changes is the matmuls, where nearly all of a step's work is:
 * before each one the elements of A and B it reads are converted to bf16
 * (round to nearest even, exactly as __float2bfloat16; g23_f32_to_bf16, a
 * kernel of the backend's own source) into a conversion workspace sized at
 * init for the plan's largest matmul, and cuBLASLt multiplies them with A/B
 * CUDA_R_16BF, C/D CUDA_R_32F, CUBLAS_COMPUTE_32F and an fp32 scale: fp32
 * accumulation, fp32 output into the arena, fp32 bias in the epilogue
 * (cublaslt_desc.h, g23_lt_from_matmul_prec).  The built-in matmul rounds
 * its operand tiles the same way.  So a bf16 step differs from an fp32 one
 * only by the rounding of matmul inputs (relative 2^-9 each), which
 * test/gpu/check.sh bounds against the CPU.  Weights are converted again at
 * every matmul that reads them (a few per step); the conversion is a
 * memory-bound pass next to a tensor-core matmul.  fp32 precision is the
 * exact mode: fp32 operands, CUBLAS_COMPUTE_32F (G23_CUDA_TF32=1: TF32
 * tensor cores, fp32 accumulation), for comparing with the CPU.  Plans with
 * bf16 or f16 tensors (reduced-precision storage) are refused at init.
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend_cuda.h"
#include "../../codegen/kernels.h"
#include "cublaslt_desc.h"
#include "cuda_api.h"

#define WORKSPACE_BYTES ((size_t)32 << 20)

/* One matmul shape: everything but the operands' offsets and alpha/beta,
 * and the alignment of each operand (the heuristic's algorithms may assume
 * it: cuBLASLt otherwise takes every pointer to be 256-byte aligned). */
typedef struct {
  g23_matmul_t key;
  int32_t ab_type;   /* operand type: G23_CUDA_R_32F or G23_CUDA_R_16BF */
  uint32_t align[5]; /* plan A, B, C, bias (or its gradient), aux: bytes, a
                        power of two <= 256 */
  g23_lt_matmul_t lt;
  g23_lt_desc_t desc;
  g23_lt_lay_t la, lb, lc;
  g23_lt_algo_t algo;
  bool builtin; /* no cuBLASLt algorithm: g23_builtin_matmul */
} mm_shape_t;

typedef enum { CAP_DIRECT, CAP_WARM, CAP_READY } cap_state_t;

typedef struct {
  cap_state_t state;
  int next;     /* index of the launch expected next; -1: not in a run */
  bool capturing, replaying;
  g23_cu_graph_t graph;
  g23_cu_graph_exec_t exec;
} cap_t;

struct g23_backend_ctx {
  const g23_plan_t *plan;
  const g23_cu_api_t *cu;
  const g23_lt_api_t *lt;
  bool verbose;
  bool check_bounds; /* kernels compiled with G23_CHECK_BOUNDS: a bad index traps */
  char *cache_dir_opt;
  g23_cu_device_t dev;
  g23_cu_ctx_t cuctx;
  bool retained;
  g23_cu_stream_t stream;
  char devname[128];
  int arch, sms;
  g23_cu_module_t *mods; /* [nmods]: the parts of g23_cuda_module_parts */
  int nmods;
  g23_cu_function_t *fns; /* [nkernels], then g23_builtin_matmul */
  int *dyn_smem_set;      /* [nkernels] dynamic shared memory granted */
  g23_cu_function_t builtin_mm, builtin_colsum, to_bf16;
  bool hit;
  g23_lt_handle_t lth;
  g23_lt_pref_t pref;
  g23_cu_ptr_t workspace;
  g23_cu_ptr_t convws;   /* bf16 copies of a matmul's A and B */
  size_t convws_bytes;
  G23_VEC(mm_shape_t) shapes;
  bool bf16, tf32, force_builtin, graphs;
  cap_t cap[G23_GRAPH_COUNT];
};

static g23_cu_ptr_t dptr(const void *mem) { return (g23_cu_ptr_t)(uintptr_t)mem; }

static bool env_on(const char *name) {
  const char *v = getenv(name);
  return v && v[0] && strcmp(v, "0") != 0;
}

/* The CUDA data type of the matmul operands (see the file comment). */
static int32_t matmul_data_type(const g23_backend_ctx_t *c) { return c->bf16 ? G23_CUDA_R_16BF : G23_CUDA_R_32F; }

/* ---- the backend's own kernels -------------------------------------------------
 * codegen/kernels/matmul.cuh: g23_f32_to_bf16 (the conversion of bf16 matmul
 * operands), g23_builtin_matmul (the matmul where cuBLASLt has none) and
 * g23_builtin_colsum (its bias gradients).  Their arguments: */
typedef struct {
  int64_t m, n, k, lda, ldb, ldc, sa, sb, sc, off_a, off_b, off_c, off_bias, off_aux, ldaux;
  int32_t transa, transb, epilogue, bf16;
  float alpha, beta;
} builtin_args_t;

typedef struct {
  int64_t rows, cols, ld, off_x, off_out;
  int32_t trans, bf16;
} colsum_args_t;

const char *const g23_cuda_own_files[] = {"limits.h", "cuda_head.cuh", "prelude.h", "epilogue.h", "matmul.cuh", NULL};

static char *builtin_source(void) {
  g23_buf_t b = {0};
  g23_kernel_join(&b, g23_cuda_own_files);
  return b.s;
}

_Static_assert(sizeof(builtin_args_t) == 15 * 8 + 4 * 4 + 2 * 4, "builtin args layout");
_Static_assert(sizeof(colsum_args_t) == 5 * 8 + 2 * 4, "builtin colsum args layout");

/* The backend's kernels travel in the plan's module: one compilation, one
 * cache entry. */
char *g23_cuda_module_source(const g23_plan_t *p) {
  char *own = builtin_source();
  const char *plan_src = g23_plan_source(p, "cuda");
  char *s = g23_xasprintf("%s\n%s", plan_src ? plan_src : "", own);
  free(own);
  return s;
}

void g23_cuda_module_parts(const g23_plan_t *p, int nparts, g23_cuda_parts_t *out) {
  const char **names = g23_xcalloc((size_t)p->nkernels + 1, sizeof *names);
  for (int i = 0; i < p->nkernels; i++) names[i] = p->kernels[i].name;
  if (nparts < 1) nparts = g23_cuda_default_parts(p->nkernels);
  const char *src = g23_plan_source(p, "cuda");
  if (p->nkernels > 0 && src) {
    g23_cuda_split(src, names, p->nkernels, nparts, out);
  } else {
    memset(out, 0, sizeof *out);
    out->part_of = g23_xcalloc(1, sizeof *out->part_of);
    out->src = g23_xcalloc(1, sizeof *out->src);
  }
  free(names);
  out->src = g23_xrealloc(out->src, ((size_t)out->nparts + 1) * sizeof *out->src);
  out->src[out->nparts++] = builtin_source();
}

/* ---- device ------------------------------------------------------------------- */

static int device_ordinal(void) {
  const char *v = getenv("G23_CUDA_DEVICE");
  return v && v[0] ? atoi(v) : 0;
}

/* cuInit and the device; 0 or -1 with err. */
static int open_device(const g23_cu_api_t **cup, g23_cu_device_t *dev, char *err, size_t errn) {
  const g23_cu_api_t *cu = g23_cu_api(err, errn);
  if (!cu) return -1;
  *cup = cu;
  G23_CU(cu, Init(0));
  int n = 0;
  G23_CU(cu, DeviceGetCount(&n));
  int ord = device_ordinal();
  if (n <= 0) {
    snprintf(err, errn, "no CUDA device found (cuDeviceGetCount returned 0); hint: check nvidia-smi and "
             "CUDA_VISIBLE_DEVICES");
    return -1;
  }
  if (ord < 0 || ord >= n) {
    snprintf(err, errn, "G23_CUDA_DEVICE=%d, but there %s %d CUDA device%s (ordinals 0 to %d)", ord,
             n == 1 ? "is" : "are", n, n == 1 ? "" : "s", n - 1);
    return -1;
  }
  G23_CU(cu, DeviceGet(dev, ord));
  return 0;
}

static bool cuda_available(void) {
  static int known = -1; /* probing loads the driver: do it once */
  if (known < 0) {
    char err[512];
    const g23_cu_api_t *cu;
    g23_cu_device_t dev;
    known = open_device(&cu, &dev, err, sizeof err) == 0;
  }
  return known == 1;
}

int g23_cuda_device_info(g23_cuda_device_info_t *info, char *err, size_t errn) {
  memset(info, 0, sizeof *info);
  const g23_cu_api_t *cu;
  g23_cu_device_t dev;
  if (open_device(&cu, &dev, err, errn)) return -1;
  int major = 0, minor = 0;
  G23_CU(cu, DeviceGetName(info->name, (int)sizeof info->name, dev));
  G23_CU(cu, DeviceGetAttribute(&major, G23_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, dev));
  G23_CU(cu, DeviceGetAttribute(&minor, G23_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, dev));
  G23_CU(cu, DeviceGetAttribute(&info->sms, G23_CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, dev));
  info->arch = major * 10 + minor;
  g23_cu_ctx_t ctx;
  G23_CU(cu, DevicePrimaryCtxRetain(&ctx, dev));
  g23_cu_result_t r = cu->CtxSetCurrent(ctx);
  if (r == G23_CUDA_SUCCESS) r = cu->MemGetInfo(&info->mem_free, &info->mem_total);
  cu->DevicePrimaryCtxRelease(dev);
  if (r != G23_CUDA_SUCCESS) {
    snprintf(err, errn, "cuMemGetInfo failed: %s%s", g23_cu_errname(cu, r), g23_cu_hint(r));
    return -1;
  }
  return 0;
}

/* Makes the context current on the calling thread (the runtime may be used
 * from another thread than the one that opened it). */
static int bind(g23_backend_ctx_t *c, char *err, size_t errn) {
  G23_CU(c->cu, CtxSetCurrent(c->cuctx));
  return 0;
}

static void cuda_close(g23_backend_ctx_t *c);

/* The conversion workspace the plan's largest matmul needs in bf16. */
static size_t plan_convws_bytes(const g23_plan_t *p) {
  int64_t most = 0;
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (!p->has_graph[g]) continue;
    for (int i = 0; i < p->graphs[g].nlaunch; i++) {
      const g23_launch_t *l = &p->graphs[g].launches[i];
      if (l->kind == G23_LAUNCH_MATMUL && l->mm.m > 0 && l->mm.n > 0 && l->mm.k > 0 && l->mm.batch > 0 &&
          g23_mm_ws_bytes(&l->mm) > most)
        most = g23_mm_ws_bytes(&l->mm);
    }
  }
  return (size_t)most;
}

/* At least n bytes of conversion workspace.  Sized at init for the plan;
 * growing it (a matmul from outside the plan) waits for the stream. */
static int convws_reserve(g23_backend_ctx_t *c, size_t n, char *err, size_t errn) {
  if (n <= c->convws_bytes) return 0;
  n = (n + 0xfffff) & ~(size_t)0xfffff;
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (c->cap[g].capturing) {
      snprintf(err, errn, "a matmul needs %zu bytes of bf16 conversion workspace while a CUDA graph is being "
               "captured; hint: G23_CUDA_GRAPHS=0 runs without CUDA graphs", n);
      return -1;
    }
  }
  if (c->convws) {
    G23_CU(c->cu, StreamSynchronize(c->stream));
    c->cu->MemFree(c->convws);
    c->convws = 0;
    c->convws_bytes = 0;
  }
  g23_cu_result_t r = c->cu->MemAlloc(&c->convws, n);
  if (r != G23_CUDA_SUCCESS) {
    c->convws = 0;
    snprintf(err, errn, "cuMemAlloc of the %zu-byte bf16 matmul workspace on %s failed: %s%s; hint: "
             "--precision fp32 needs none", n, c->devname, g23_cu_errname(c->cu, r), g23_cu_hint(r));
    return -1;
  }
  c->convws_bytes = n;
  return 0;
}

static int init_ctx(g23_backend_ctx_t *c, char *err, size_t errn) {
  const g23_plan_t *p = c->plan;
  for (int i = 0; i < p->ntensors; i++) {
    if (p->tensors[i].dtype == G23_BF16 || p->tensors[i].dtype == G23_F16) {
      snprintf(err, errn, "tensor '%s' is %s: the CUDA backend runs fp32 plans only (reduced-precision "
               "storage is not implemented yet); use --device cpu", p->tensors[i].name,
               g23_dtype_name(p->tensors[i].dtype));
      return -1;
    }
  }
  if (open_device(&c->cu, &c->dev, err, errn)) return -1;
  const g23_cu_api_t *cu = c->cu;
  G23_CU(cu, DevicePrimaryCtxRetain(&c->cuctx, c->dev));
  c->retained = true;
  G23_CU(cu, CtxSetCurrent(c->cuctx));
  int major = 0, minor = 0;
  G23_CU(cu, DeviceGetName(c->devname, (int)sizeof c->devname, c->dev));
  G23_CU(cu, DeviceGetAttribute(&major, G23_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, c->dev));
  G23_CU(cu, DeviceGetAttribute(&minor, G23_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, c->dev));
  G23_CU(cu, DeviceGetAttribute(&c->sms, G23_CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT, c->dev));
  c->arch = major * 10 + minor;
  /* A blocking stream: the synchronous copies of the legacy stream are
   * ordered after the kernels queued here. */
  G23_CU(cu, StreamCreate(&c->stream, 0));
  c->lt = g23_lt_api(err, errn);
  if (!c->lt) return -1;
  G23_LT(c->lt, Create(&c->lth));
  G23_LT(c->lt, MatmulPreferenceCreate(&c->pref));
  size_t ws = WORKSPACE_BYTES;
  G23_LT(c->lt, MatmulPreferenceSetAttribute(c->pref, G23_CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &ws,
                                              sizeof ws));
  g23_cu_result_t r = cu->MemAlloc(&c->workspace, WORKSPACE_BYTES);
  if (r != G23_CUDA_SUCCESS) {
    snprintf(err, errn, "cuMemAlloc of the %zu-byte cuBLASLt workspace on %s failed: %s%s", (size_t)WORKSPACE_BYTES,
             c->devname, g23_cu_errname(cu, r), g23_cu_hint(r));
    return -1;
  }
  if (c->bf16 && convws_reserve(c, plan_convws_bytes(p), err, errn)) return -1;
  if (c->verbose) {
    size_t fr = 0, tot = 0;
    cu->MemGetInfo(&fr, &tot);
    fprintf(stderr,
            "%s: CUDA device %d: %s, sm_%d, %d SMs, %.1f of %.1f GiB free; cuBLASLt %zu; %s matmuls%s%s%s\n",
            g23_progname, device_ordinal(), c->devname, c->arch, c->sms, fr / 1073741824.0, tot / 1073741824.0,
            c->lt->GetVersion(), c->bf16 ? "bf16" : c->tf32 ? "TF32" : "fp32", c->graphs ? ", CUDA graphs" : "",
            c->force_builtin ? ", built-in matmul" : "",
            c->bf16 ? " (fp32 weights, accumulation and kernels)" : "");
  }
  return 0;
}

static int cuda_init(g23_backend_ctx_t **out, const g23_plan_t *plan, const g23_runtime_opts_t *o, char *err,
                     size_t errn) {
  *out = NULL;
  g23_backend_ctx_t *c = g23_xcalloc(1, sizeof *c);
  c->plan = plan;
  c->verbose = o && o->verbose;
  c->check_bounds = o && o->check_bounds;
  c->cache_dir_opt = o && o->cache_dir ? g23_xstrdup(o->cache_dir) : NULL;
  const char *prec = o && o->precision ? o->precision : "bf16";
  if (strcmp(prec, "bf16") != 0 && strcmp(prec, "fp32") != 0) {
    snprintf(err, errn, "unknown precision '%s' (expected bf16 or fp32)", prec);
    free(c->cache_dir_opt);
    free(c);
    return -1;
  }
  c->bf16 = strcmp(prec, "bf16") == 0;
  c->tf32 = !c->bf16 && env_on("G23_CUDA_TF32"); /* TF32 is an fp32 mode */
  /* CUDA graphs unless G23_CUDA_GRAPHS=0, or profiling, which times (and
   * so synchronises after) every launch. */
  const char *gv = getenv("G23_CUDA_GRAPHS");
  c->graphs = !(gv && strcmp(gv, "0") == 0) && !(o && o->profile);
  const char *mm = getenv("G23_CUDA_MATMUL");
  c->force_builtin = mm && strcmp(mm, "builtin") == 0;
  for (int g = 0; g < G23_GRAPH_COUNT; g++) c->cap[g].next = -1;
  if (init_ctx(c, err, errn) != 0) {
    cuda_close(c);
    return -1;
  }
  *out = c;
  return 0;
}

/* ---- kernels ----------------------------------------------------------------- */

static int cuda_compile(g23_backend_ctx_t *c, char *err, size_t errn) {
  const g23_plan_t *p = c->plan;
  if (bind(c, err, errn)) return -1;
  if (p->nkernels > 0 && !g23_plan_source(p, "cuda")) {
    snprintf(err, errn, "the plan has %d kernels but no CUDA source", p->nkernels);
    return -1;
  }
  g23_runtime_opts_t o = {.cache_dir = c->cache_dir_opt};
  char *dir = g23_cache_dir(&o, err, errn);
  if (!dir) return -1;
  g23_cuda_parts_t parts;
  g23_cuda_module_parts(p, 0, &parts);
  /* --check-bounds: the define leads each part (and so its cache key); a
   * kernel that meets a bad index prints it and traps, failing the launch */
  for (int i = 0; c->check_bounds && i < parts.nparts; i++) {
    char *checked = g23_xasprintf("#define G23_CHECK_BOUNDS 1\n%s", parts.src[i]);
    free(parts.src[i]);
    parts.src[i] = checked;
  }
  char **cubins = g23_xcalloc((size_t)parts.nparts, sizeof *cubins);
  size_t *lens = g23_xcalloc((size_t)parts.nparts, sizeof *lens);
  int hits = 0;
  int rc = g23_nvrtc_compile_parts((const char *const *)parts.src, parts.nparts,
                                   p->model_name ? p->model_name : "gpt23.cu", c->arch, dir, c->verbose, cubins,
                                   lens, &hits, err, errn);
  c->hit = rc == 0 && hits == parts.nparts;
  if (rc == 0) {
    c->mods = g23_xcalloc((size_t)parts.nparts, sizeof *c->mods);
    for (int i = 0; i < parts.nparts && rc == 0; i++) {
      g23_cu_result_t r = c->cu->ModuleLoadData(&c->mods[i], cubins[i]);
      if (r != G23_CUDA_SUCCESS) {
        snprintf(err, errn, "cuModuleLoadData of the CUDA kernels (part %d of %d, sm_%d, in %s) failed: %s%s", i + 1,
                 parts.nparts, c->arch, dir, g23_cu_errname(c->cu, r), g23_cu_hint(r));
        rc = -1;
        break;
      }
      c->nmods++;
    }
  }
  for (int i = 0; i < parts.nparts; i++) free(cubins[i]);
  free(cubins);
  free(lens);
  free(dir);
  if (rc) {
    g23_cuda_parts_free(&parts);
    return -1;
  }
  c->fns = g23_xcalloc((size_t)p->nkernels + 1, sizeof *c->fns);
  c->dyn_smem_set = g23_xcalloc((size_t)p->nkernels + 1, sizeof *c->dyn_smem_set);
  for (int i = 0; i < p->nkernels; i++) {
    g23_cu_result_t r = c->cu->ModuleGetFunction(&c->fns[i], c->mods[parts.part_of[i]], p->kernels[i].name);
    if (r != G23_CUDA_SUCCESS) {
      snprintf(err, errn, "kernel %s is not in the plan's CUDA source: cuModuleGetFunction: %s",
               p->kernels[i].name, g23_cu_errname(c->cu, r));
      g23_cuda_parts_free(&parts);
      return -1;
    }
  }
  g23_cu_module_t own = c->mods[parts.nparts - 1];
  g23_cuda_parts_free(&parts);
  G23_CU(c->cu, ModuleGetFunction(&c->builtin_mm, own, "g23_builtin_matmul"));
  G23_CU(c->cu, ModuleGetFunction(&c->builtin_colsum, own, "g23_builtin_colsum"));
  G23_CU(c->cu, ModuleGetFunction(&c->to_bf16, own, "g23_f32_to_bf16"));
  return 0;
}

/* ---- memory ------------------------------------------------------------------ */

static int cuda_alloc(g23_backend_ctx_t *c, size_t n, void **mem, char *err, size_t errn) {
  *mem = NULL;
  if (bind(c, err, errn)) return -1;
  size_t sz = n < 64 ? 64 : n;
  g23_cu_ptr_t p = 0;
  g23_cu_result_t r = c->cu->MemAlloc(&p, sz);
  if (r == G23_CUDA_ERROR_OUT_OF_MEMORY) {
    size_t fr = 0, tot = 0;
    c->cu->MemGetInfo(&fr, &tot);
    snprintf(err, errn,
             "out of device memory: the plan needs %zu bytes (%.2f GiB) for its arena; %s has %zu bytes "
             "(%.2f GiB) free of %.2f GiB; hint: use a smaller batch or seq (-D batch=N) or free the GPU",
             n, n / 1073741824.0, c->devname, fr, fr / 1073741824.0, tot / 1073741824.0);
    return -1;
  }
  if (r != G23_CUDA_SUCCESS) {
    snprintf(err, errn, "cuMemAlloc of %zu bytes failed: %s%s", sz, g23_cu_errname(c->cu, r), g23_cu_hint(r));
    return -1;
  }
  r = c->cu->MemsetD8Async(p, 0, sz, c->stream);
  if (r == G23_CUDA_SUCCESS) r = c->cu->StreamSynchronize(c->stream);
  if (r != G23_CUDA_SUCCESS) {
    c->cu->MemFree(p);
    snprintf(err, errn, "zeroing the %zu-byte arena failed: %s%s", sz, g23_cu_errname(c->cu, r), g23_cu_hint(r));
    return -1;
  }
  *mem = (void *)(uintptr_t)p;
  return 0;
}

static void cuda_free(g23_backend_ctx_t *c, void *mem) {
  if (!mem || !c->cu) return;
  c->cu->CtxSetCurrent(c->cuctx);
  c->cu->StreamSynchronize(c->stream);
  c->cu->MemFree(dptr(mem));
}

static int cuda_copy_in(g23_backend_ctx_t *c, void *mem, size_t off, const void *src, size_t n, char *err,
                        size_t errn) {
  if (bind(c, err, errn)) return -1;
  G23_CU(c->cu, StreamSynchronize(c->stream));
  G23_CU(c->cu, MemcpyHtoD(dptr(mem) + off, src, n));
  return 0;
}

static int cuda_copy_out(g23_backend_ctx_t *c, const void *mem, size_t off, void *dst, size_t n, char *err,
                         size_t errn) {
  if (bind(c, err, errn)) return -1;
  G23_CU(c->cu, StreamSynchronize(c->stream));
  G23_CU(c->cu, MemcpyDtoH(dst, dptr(mem) + off, n));
  return 0;
}

static int cuda_zero(g23_backend_ctx_t *c, void *mem, size_t off, size_t n, char *err, size_t errn) {
  if (bind(c, err, errn)) return -1;
  G23_CU(c->cu, MemsetD8Async(dptr(mem) + off, 0, n, c->stream));
  return 0;
}

/* ---- graph capture ------------------------------------------------------------ */

/* Which graph and position a launch of the plan is; false for a launch that
 * is not in the plan's lists (a caller's copy). */
static bool launch_position(const g23_plan_t *p, const g23_launch_t *l, int *graph, int *idx) {
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    const g23_plan_graph_t *pg = &p->graphs[g];
    if (!p->has_graph[g] || pg->nlaunch == 0) continue;
    if (l >= pg->launches && l < pg->launches + pg->nlaunch) {
      *graph = g;
      *idx = (int)(l - pg->launches);
      return true;
    }
  }
  return false;
}

static void cap_reset(g23_backend_ctx_t *c, cap_t *k) {
  if (k->exec) c->cu->GraphExecDestroy(k->exec);
  if (k->graph) c->cu->GraphDestroy(k->graph);
  memset(k, 0, sizeof *k);
  k->next = -1;
}

/* Called before launch idx of graph g (g < 0: not a launch of the plan) is
 * issued.  Sets *skip when a replayed CUDA graph already contains it. */
static int cap_before(g23_backend_ctx_t *c, int g, int idx, bool *skip, char *err, size_t errn) {
  *skip = false;
  if (!c->graphs || g < 0) return 0;
  cap_t *k = &c->cap[g];
  if (idx == 0) {
    if (k->capturing || k->replaying || (k->next > 0 && k->next < c->plan->graphs[g].nlaunch)) {
      /* The previous run stopped part-way (an error): start over. */
      if (k->capturing) {
        g23_cu_graph_t junk = NULL;
        c->cu->StreamEndCapture(c->stream, &junk);
        if (junk) c->cu->GraphDestroy(junk);
      }
      cap_reset(c, k);
    }
    k->next = 0;
    if (k->state == CAP_READY) {
      G23_CU(c->cu, GraphLaunch(k->exec, c->stream));
      k->replaying = true;
    } else if (k->state == CAP_WARM) {
      G23_CU(c->cu, StreamBeginCapture(c->stream, G23_CU_STREAM_CAPTURE_MODE_THREAD_LOCAL));
      k->capturing = true;
    }
  } else if (idx != k->next) {
    snprintf(err, errn, "launch %d of the %s graph issued after launch %d; hint: CUDA graphs need a "
             "graph's launches in order; G23_CUDA_GRAPHS=0 runs without them", idx, g23_graph_kind_name((g23_graph_kind_t)g), k->next - 1);
    return -1;
  }
  *skip = k->replaying;
  return 0;
}

/* Called after launch idx of graph g was issued (or skipped). */
static int cap_after(g23_backend_ctx_t *c, int g, int idx, char *err, size_t errn) {
  if (!c->graphs || g < 0) return 0;
  cap_t *k = &c->cap[g];
  k->next = idx + 1;
  if (k->next < c->plan->graphs[g].nlaunch) return 0;
  /* The last launch of the graph. */
  if (k->capturing) {
    k->capturing = false;
    G23_CU(c->cu, StreamEndCapture(c->stream, &k->graph));
    G23_CU(c->cu, GraphInstantiate(&k->exec, k->graph, 0));
    G23_CU(c->cu, GraphLaunch(k->exec, c->stream));
    k->state = CAP_READY;
    if (c->verbose)
      fprintf(stderr, "%s: captured the %s graph (%d launches) as a CUDA graph\n", g23_progname,
              g23_graph_kind_name((g23_graph_kind_t)g), c->plan->graphs[g].nlaunch);
  } else if (k->state == CAP_DIRECT) {
    k->state = CAP_WARM;
  }
  k->replaying = false;
  k->next = -1;
  return 0;
}

/* ---- launches ---------------------------------------------------------------- */

static int launch_kernel(g23_backend_ctx_t *c, void *mem, const g23_launch_t *l, char *err, size_t errn) {
  const g23_plan_t *p = c->plan;
  G23_ASSERT(l->kind == G23_LAUNCH_KERNEL && l->kernel >= 0 && l->kernel < p->nkernels);
  const char *name = p->kernels[l->kernel].name;
  int64_t threads = (int64_t)l->block[0] * l->block[1] * l->block[2];
  if (l->grid[0] < 1 || l->grid[1] < 1 || l->grid[2] < 1 || l->grid[0] > INT32_MAX || l->grid[1] > 65535 ||
      l->grid[2] > 65535 || l->block[0] < 1 || l->block[1] < 1 || l->block[2] < 1 || threads > 1024 ||
      l->shmem < 0) {
    snprintf(err, errn, "kernel %s: launch geometry grid (%" PRId64 ", %" PRId64 ", %" PRId64
             ") block (%d, %d, %d) is outside CUDA's limits", name, l->grid[0], l->grid[1], l->grid[2],
             l->block[0], l->block[1], l->block[2]);
    return -1;
  }
  g23_cu_function_t f = c->fns[l->kernel];
  if (l->shmem > 48 * 1024 && c->dyn_smem_set[l->kernel] < l->shmem) {
    G23_CU(c->cu, FuncSetAttribute(f, G23_CU_FUNC_ATTRIBUTE_MAX_DYNAMIC_SHARED_SIZE_BYTES, l->shmem));
    c->dyn_smem_set[l->kernel] = l->shmem;
  }
  g23_cu_ptr_t base = dptr(mem);
  void *args[] = {&base};
  g23_cu_result_t r = c->cu->LaunchKernel(f, (unsigned)l->grid[0], (unsigned)l->grid[1], (unsigned)l->grid[2],
                                          (unsigned)l->block[0], (unsigned)l->block[1], (unsigned)l->block[2],
                                          (unsigned)l->shmem, c->stream, args, NULL);
  if (r != G23_CUDA_SUCCESS) {
    snprintf(err, errn, "cuLaunchKernel of %s (grid %" PRId64 "x%" PRId64 "x%" PRId64 ", block %dx%dx%d, %d bytes "
             "shared) failed: %s%s", name, l->grid[0], l->grid[1], l->grid[2], l->block[0], l->block[1],
             l->block[2], l->shmem, g23_cu_errname(c->cu, r), g23_cu_hint(r));
    return -1;
  }
  return 0;
}

static int cuda_launch(g23_backend_ctx_t *c, void *mem, const g23_launch_t *l, char *err, size_t errn) {
  if (bind(c, err, errn)) return -1;
  int g = -1, idx = -1;
  if (c->graphs && !launch_position(c->plan, l, &g, &idx)) g = -1;
  bool skip;
  if (cap_before(c, g, idx, &skip, err, errn)) return -1;
  if (!skip && launch_kernel(c, mem, l, err, errn)) return -1;
  return cap_after(c, g, idx, err, errn);
}

/* ---- matmuls ------------------------------------------------------------------ */

/* The largest power of two <= 256 dividing off (the arena base is 256-byte
 * aligned by cuMemAlloc). */
static uint32_t alignment(int64_t off) {
  uint32_t a = 256;
  while (a > 1 && off % a) a >>= 1;
  return a;
}

/* Of the operands cuBLASLt reads: in bf16 A and B are the copies at the
 * workspace's 256-byte aligned offsets. */
static void alignments(const g23_matmul_t *m, int32_t ab_type, uint32_t al[5]) {
  bool ws = ab_type != G23_CUDA_R_32F;
  al[0] = ws ? 256 : alignment(m->off_a);
  al[1] = ws ? 256 : alignment(m->off_b);
  al[2] = alignment(m->off_c);
  al[3] = g23_epi_reads_bias(m->epilogue)     ? alignment(m->off_bias)
          : g23_epi_writes_bgrad(m->epilogue) ? alignment(m->off_bgrad)
                                              : 256;
  al[4] = g23_epi_has_aux(m->epilogue) ? alignment(m->off_aux) : 256;
}

/* A pointer with alignment al (a power of two <= 256) for the heuristic,
 * which reads the alignment of the bias and aux pointers off their values;
 * the real ones are set before each call. */
static void *align_probe(const g23_backend_ctx_t *c, uint32_t al) {
  return (void *)(uintptr_t)(c->workspace + (al < 256 ? al : 0));
}

static bool same_shape(const mm_shape_t *s, const g23_matmul_t *b, int32_t ab_type, const uint32_t al[4]) {
  const g23_matmul_t *a = &s->key;
  return s->ab_type == ab_type && memcmp(s->align, al, sizeof s->align) == 0 && a->m == b->m && a->n == b->n && a->k == b->k && a->batch == b->batch && a->transa == b->transa &&
         a->transb == b->transb && a->lda == b->lda && a->ldb == b->ldb && a->ldc == b->ldc &&
         a->stride_a == b->stride_a && a->stride_b == b->stride_b && a->stride_c == b->stride_c &&
         a->epilogue == b->epilogue && a->ldaux == b->ldaux;
}

static void describe_mm(char *buf, size_t n, const g23_matmul_t *m) {
  snprintf(buf, n, "%" PRId64 "x%" PRId64 "x%" PRId64 " (m x n x k), batch %" PRId64 ", %s%s, epilogue %s",
           m->m, m->n, m->k, m->batch, m->transa ? "A^T" : "A", m->transb ? " B^T" : " B",
           g23_epilogue_name(m->epilogue));
}

static int layout(const g23_lt_api_t *lt, g23_lt_lay_t *out, const g23_lt_layout_t *d, char *err, size_t errn) {
  G23_LT(lt, MatrixLayoutCreate(out, d->type, d->rows, d->cols, d->ld));
  if (d->batch > 1) {
    int32_t b = d->batch;
    int64_t s = d->stride;
    G23_LT(lt, MatrixLayoutSetAttribute(*out, G23_CUBLASLT_MATRIX_LAYOUT_BATCH_COUNT, &b, sizeof b));
    G23_LT(lt, MatrixLayoutSetAttribute(*out, G23_CUBLASLT_MATRIX_LAYOUT_STRIDED_BATCH_OFFSET, &s, sizeof s));
  }
  return 0;
}

/* Descriptor, layouts and algorithm for a new shape. */
static int shape_make(g23_backend_ctx_t *c, mm_shape_t *s, const g23_matmul_t *m, char *err, size_t errn) {
  char what[192];
  describe_mm(what, sizeof what, m);
  memset(s, 0, sizeof *s);
  s->key = *m;
  s->ab_type = matmul_data_type(c);
  alignments(m, s->ab_type, s->align);
  if (g23_lt_from_matmul_prec(m, s->ab_type, &s->lt) != 0) {
    snprintf(err, errn, "the plan's matmul %s has leading dimensions (%" PRId64 ", %" PRId64 ", %" PRId64
             ") that cuBLASLt cannot express", what, m->lda, m->ldb, m->ldc);
    return -1;
  }
  if (c->force_builtin) {
    s->builtin = true;
    return 0;
  }
  if (!g23_lt_epilogue_ok(&s->lt)) {
    fprintf(stderr, "%s: warning: cuBLASLt's rules exclude the epilogue of the matmul %s (aux leading dimension "
            "%" PRId64 " not a multiple of 8, or a batch); using gpt23's built-in matmul kernel for it, which is "
            "slower\n", g23_progname, what, m->ldaux);
    s->builtin = true;
    return 0;
  }
  const g23_lt_api_t *lt = c->lt;
  const g23_lt_matmul_t *d = &s->lt;
  int compute = c->tf32 ? G23_CUBLAS_COMPUTE_32F_FAST_TF32 : d->compute;
  G23_LT(lt, MatmulDescCreate(&s->desc, compute, G23_CUDA_R_32F));
  G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_TRANSA, &d->transa, sizeof d->transa));
  G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_TRANSB, &d->transb, sizeof d->transb));
  uint32_t epi = (uint32_t)d->epilogue;
  G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE, &epi, sizeof epi));
  if (g23_epi_reads_bias(m->epilogue) || g23_epi_writes_bgrad(m->epilogue)) {
    int32_t bt = d->bias_type;
    int64_t bstride = 0; /* one bias vector for every batch item */
    /* The heuristic needs a bias (or bias gradient) pointer to be set. */
    void *bias = align_probe(c, s->align[3]);
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &bt, sizeof bt));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_BATCH_STRIDE, &bstride, sizeof bstride));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias, sizeof bias));
  }
  if (g23_epi_has_aux(m->epilogue)) {
    int64_t ld = d->aux_ld;
    int32_t at = d->aux_type;
    void *aux = align_probe(c, s->align[4]);
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_DATA_TYPE, &at, sizeof at));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_LD, &ld, sizeof ld));
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER, &aux, sizeof aux));
  }
  if (layout(lt, &s->la, &d->a, err, errn) || layout(lt, &s->lb, &d->b, err, errn) ||
      layout(lt, &s->lc, &d->c, err, errn))
    return -1;
  /* cuBLASLt's A is the plan's B, its B the plan's A; D is C. */
  uint32_t al[4] = {s->align[1], s->align[0], s->align[2], s->align[2]};
  static const int attr[4] = {G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_A_BYTES, G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_B_BYTES,
                              G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_C_BYTES, G23_CUBLASLT_MATMUL_PREF_MIN_ALIGNMENT_D_BYTES};
  for (int i = 0; i < 4; i++) G23_LT(lt, MatmulPreferenceSetAttribute(c->pref, attr[i], &al[i], sizeof al[i]));
  g23_lt_heuristic_t res;
  int nres = 0;
  g23_lt_status_t st = lt->MatmulAlgoGetHeuristic(c->lth, s->desc, s->la, s->lb, s->lc, s->lc, c->pref, 1, &res, &nres);
  if (st != G23_CUBLAS_STATUS_SUCCESS || nres == 0) {
    /* Not fatal: the built-in kernel computes every shape. */
    fprintf(stderr, "%s: warning: cuBLASLt has no algorithm for the matmul %s (%s, status %d); using gpt23's "
            "built-in matmul kernel for it, which is slower\n", g23_progname, what,
            st == G23_CUBLAS_STATUS_SUCCESS ? "the heuristic returned 0 results" : lt->GetStatusName(st), st);
    s->builtin = true;
    return 0;
  }
  s->algo = res.algo;
  if (c->verbose)
    fprintf(stderr, "%s: cuBLASLt algorithm for %s, %s: workspace %zu bytes, %.2f waves\n", g23_progname, what,
            s->ab_type == G23_CUDA_R_16BF ? "bf16" : "fp32", res.workspace_size, res.waves_count);
  return 0;
}

static mm_shape_t *shape_get(g23_backend_ctx_t *c, const g23_matmul_t *m, char *err, size_t errn) {
  uint32_t al[5];
  int32_t ab_type = matmul_data_type(c);
  alignments(m, ab_type, al);
  for (int i = 0; i < c->shapes.n; i++)
    if (same_shape(&c->shapes.v[i], m, ab_type, al)) return &c->shapes.v[i];
  mm_shape_t s;
  if (shape_make(c, &s, m, err, errn)) {
    const g23_lt_api_t *lt = c->lt;
    if (s.desc) lt->MatmulDescDestroy(s.desc);
    if (s.la) lt->MatrixLayoutDestroy(s.la);
    if (s.lb) lt->MatrixLayoutDestroy(s.lb);
    if (s.lc) lt->MatrixLayoutDestroy(s.lc);
    return NULL;
  }
  G23_VEC_PUSH(c->shapes, s);
  return &c->shapes.v[c->shapes.n - 1];
}

/* The bias gradient of m's epilogue: of the result (DGELU_BGRAD), or of B
 * as the matmul read it (BGRAD). */
static int builtin_bgrad(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  colsum_args_t a = m->epilogue == G23_EPI_DGELU_BGRAD
                        ? (colsum_args_t){m->m, m->n, m->ldc, m->off_c, m->off_bgrad, 0, 0}
                        : (colsum_args_t){m->k, m->n, m->ldb, m->off_b, m->off_bgrad, m->transb, c->bf16};
  g23_cu_ptr_t base = dptr(mem);
  void *args[] = {&base, &a};
  G23_CU(c->cu, LaunchKernel(c->builtin_colsum, (unsigned)((m->n + 255) / 256), 1, 1, 256, 1, 1, 0, c->stream,
                             args, NULL));
  return 0;
}

static int builtin_matmul(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  builtin_args_t a = {m->m, m->n, m->k, m->lda, m->ldb, m->ldc, m->stride_a, m->stride_b, m->stride_c,
                      m->off_a, m->off_b, m->off_c, m->off_bias, m->off_aux, m->ldaux, m->transa, m->transb,
                      m->epilogue, c->bf16, m->alpha, m->beta};
  int64_t gx = (m->n + 15) / 16, gy = (m->m + 15) / 16;
  if (gx > INT32_MAX || gy > 65535 || m->batch > 65535) {
    char what[192];
    describe_mm(what, sizeof what, m);
    snprintf(err, errn, "the matmul %s is too large for the built-in matmul kernel", what);
    return -1;
  }
  g23_cu_ptr_t base = dptr(mem);
  void *args[] = {&base, &a};
  G23_CU(c->cu, LaunchKernel(c->builtin_mm, (unsigned)gx, (unsigned)gy, (unsigned)m->batch, 16, 16, 1, 0,
                             c->stream, args, NULL));
  return g23_epi_writes_bgrad(m->epilogue) ? builtin_bgrad(c, mem, m, err, errn) : 0;
}

/* dst[0, n) = bf16(src[0, n)) on the stream. */
static int to_bf16(g23_backend_ctx_t *c, g23_cu_ptr_t src, g23_cu_ptr_t dst, int64_t n, char *err, size_t errn) {
  long long cnt = n;
  int64_t blocks = (n + 255) / 256, most = (int64_t)(c->sms > 0 ? c->sms : 1) * 16;
  if (blocks > most) blocks = most;
  void *args[] = {&src, &dst, &cnt};
  G23_CU(c->cu, LaunchKernel(c->to_bf16, (unsigned)blocks, 1, 1, 256, 1, 1, 0, c->stream, args, NULL));
  return 0;
}

static int run_matmul(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  mm_shape_t *s = shape_get(c, m, err, errn);
  if (!s) return -1;
  if (s->builtin) return builtin_matmul(c, mem, m, err, errn);
  const g23_lt_api_t *lt = c->lt;
  char *base = (char *)(uintptr_t)dptr(mem);
  if (g23_epi_reads_bias(m->epilogue) || g23_epi_writes_bgrad(m->epilogue)) {
    void *bias = base + (g23_epi_writes_bgrad(m->epilogue) ? m->off_bgrad : m->off_bias);
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias, sizeof bias));
  }
  if (g23_epi_has_aux(m->epilogue)) {
    void *aux = base + m->off_aux;
    G23_LT(lt, MatmulDescSetAttribute(s->desc, G23_CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_POINTER, &aux, sizeof aux));
  }
  /* cuBLASLt's A is the plan's B and its B the plan's A (cublaslt_desc.h);
   * in bf16 both are their copies in the conversion workspace.  The shape
   * is shared by matmuls at other offsets: every address comes from m. */
  const char *la = base + m->off_b, *lb = base + m->off_a;
  if (s->ab_type == G23_CUDA_R_16BF) {
    if (convws_reserve(c, (size_t)g23_mm_ws_bytes(m), err, errn) ||
        to_bf16(c, dptr(base + m->off_a), c->convws, g23_mm_span_a(m), err, errn) ||
        to_bf16(c, dptr(base + m->off_b), c->convws + (g23_cu_ptr_t)g23_mm_ws_b(m), g23_mm_span_b(m), err, errn))
      return -1;
    char *ws = (char *)(uintptr_t)c->convws;
    la = ws + s->lt.off_a;
    lb = ws + s->lt.off_b;
  }
  float alpha = m->alpha, beta = m->beta;
  char *C = base + m->off_c;
  G23_LT(lt, Matmul(c->lth, s->desc, &alpha, la, s->la, lb, s->lb, &beta, C, s->lc, C, s->lc, &s->algo,
                    (void *)(uintptr_t)c->workspace, WORKSPACE_BYTES, c->stream));
  return 0;
}

static int cuda_matmul(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  if (bind(c, err, errn)) return -1;
  /* The executor passes &launch->mm: recover the launch for graph capture. */
  const g23_launch_t *l = (const g23_launch_t *)((const char *)m - offsetof(g23_launch_t, mm));
  int g = -1, idx = -1;
  if (c->graphs && !launch_position(c->plan, l, &g, &idx)) g = -1;
  bool skip;
  if (cap_before(c, g, idx, &skip, err, errn)) return -1;
  if (!skip && run_matmul(c, mem, m, err, errn)) return -1;
  return cap_after(c, g, idx, err, errn);
}

/* ---- the rest ------------------------------------------------------------------ */

static int cuda_synchronize(g23_backend_ctx_t *c, char *err, size_t errn) {
  if (bind(c, err, errn)) return -1;
  for (int g = 0; g < G23_GRAPH_COUNT; g++) {
    if (c->cap[g].capturing || c->cap[g].replaying) {
      snprintf(err, errn, "synchronize in the middle of the %s graph (launch %d of %d) while it is captured "
               "or replayed as a CUDA graph; hint: G23_CUDA_GRAPHS=0 runs without CUDA graphs", g23_graph_kind_name((g23_graph_kind_t)g), c->cap[g].next,
               c->plan->graphs[g].nlaunch);
      cap_reset(c, &c->cap[g]);
      return -1;
    }
  }
  g23_cu_result_t r = c->cu->StreamSynchronize(c->stream);
  if (r != G23_CUDA_SUCCESS) {
    snprintf(err, errn, "a CUDA kernel or matmul failed (reported at cuStreamSynchronize): %s%s",
             g23_cu_errname(c->cu, r), g23_cu_hint(r));
    return -1;
  }
  return 0;
}

static bool cuda_cache_hit(const g23_backend_ctx_t *c) { return c->hit; }

static void cuda_close(g23_backend_ctx_t *c) {
  if (!c) return;
  const g23_cu_api_t *cu = c->cu;
  if (cu && c->cuctx) {
    cu->CtxSetCurrent(c->cuctx);
    if (c->stream) cu->StreamSynchronize(c->stream);
    for (int g = 0; g < G23_GRAPH_COUNT; g++) cap_reset(c, &c->cap[g]);
  }
  if (c->lt) {
    for (int i = 0; i < c->shapes.n; i++) {
      mm_shape_t *s = &c->shapes.v[i];
      if (s->desc) c->lt->MatmulDescDestroy(s->desc);
      if (s->la) c->lt->MatrixLayoutDestroy(s->la);
      if (s->lb) c->lt->MatrixLayoutDestroy(s->lb);
      if (s->lc) c->lt->MatrixLayoutDestroy(s->lc);
    }
    if (c->pref) c->lt->MatmulPreferenceDestroy(c->pref);
    if (c->lth) c->lt->Destroy(c->lth);
  }
  G23_VEC_FREE(c->shapes);
  if (cu) {
    if (c->workspace) cu->MemFree(c->workspace);
    if (c->convws) cu->MemFree(c->convws);
    for (int i = 0; i < c->nmods; i++) cu->ModuleUnload(c->mods[i]);
    if (c->stream) cu->StreamDestroy(c->stream);
    if (c->retained) cu->DevicePrimaryCtxRelease(c->dev);
  }
  free(c->mods);
  free(c->fns);
  free(c->dyn_smem_set);
  free(c->cache_dir_opt);
  free(c);
}

const g23_backend_t g23_backend_cuda = {
    .name = "cuda",
    .available = cuda_available,
    .init = cuda_init,
    .compile = cuda_compile,
    .alloc = cuda_alloc,
    .free = cuda_free,
    .copy_in = cuda_copy_in,
    .copy_out = cuda_copy_out,
    .zero = cuda_zero,
    .launch = cuda_launch,
    .matmul = cuda_matmul,
    .synchronize = cuda_synchronize,
    .cache_hit = cuda_cache_hit,
    .close = cuda_close,
};
