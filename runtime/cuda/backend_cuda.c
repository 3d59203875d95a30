/* backend_cuda.c: the CUDA backend: device, modules, launches, graphs.
 *
 * One device (G23_CUDA_DEVICE, default 0), its primary context, one stream.
 * The plan's CUDA source is compiled by NVRTC, in parts on as many threads
 * (g23_cuda_module_parts), to CUBINs for the device's compute capability
 * (each cached on disk, cuda_nvrtc.c), each loaded as a module with
 * cuModuleLoadData; every kernel is looked up by name in its part's module.  The arena is one
 * cuMemAlloc; a kernel gets its base pointer as its only argument and runs
 * with the launch's grid, block and dynamic shared memory.
 *
 * Matmuls (cuBLASLt, the built-in kernel where it has none, bf16 operands)
 * are matmul.c's; this file issues them in the order of the graph, and
 * cuda_ctx.h holds the state both share.
 *
 * Launches are queued on the stream; synchronize waits (every host wait
 * is g23_cuda_sync's: in a job of several processes, at most the job's
 * limit, nccl.c).  A graph's launch
 * list is run directly once (which also makes every matmul's cuBLASLt
 * descriptors and algorithm), captured as a CUDA graph on its second run,
 * and replayed with one cuGraphLaunch from then on: every input of a graph
 * lives in the arena, so a replay sees the values written since (a
 * training step's batch, learning rate and step count).  G23_CUDA_GRAPHS=0
 * and --profile issue every launch directly.  The executor issues a graph's
 * launches in order; the backend recognises them by their address inside
 * the plan.
 */
#include "config.h"

#include <inttypes.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cuda_ctx.h"
#include "codegen/kernels.h"

static bool env_on(const char *name) {
  const char *v = getenv(name);
  return v && v[0] && strcmp(v, "0") != 0;
}

/* The backend's own kernels, launched by matmul.c. */
const char *const g23_cuda_own_files[] = {"limits.h", "cuda_head.cuh", "prelude.h", "epilogue.h", "matmul.cuh", NULL};

static char *builtin_source(void) {
  g23_buf_t b = {0};
  g23_kernel_join(&b, g23_cuda_own_files);
  return b.s;
}

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

/* G23_CUDA_DEVICE, else the process's local rank in a job (one GPU per
 * process) modulo the device count. */
static int device_ordinal(int count, int local_rank) {
  const char *v = getenv("G23_CUDA_DEVICE");
  if (v && v[0]) return atoi(v);
  return count > 0 ? local_rank % count : 0;
}

/* cuInit and the device; 0 or -1 with err. */
static int open_device(const g23_cu_api_t **cup, g23_cu_device_t *dev, int local_rank, char *err, size_t errn) {
  const g23_cu_api_t *cu = g23_cu_api(err, errn);
  if (!cu) return -1;
  *cup = cu;
  G23_CU(cu, Init(0));
  int n = 0;
  G23_CU(cu, DeviceGetCount(&n));
  int ord = device_ordinal(n, local_rank);
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
    known = open_device(&cu, &dev, 0, err, sizeof err) == 0;
  }
  return known == 1;
}

int g23_cuda_device_info(g23_cuda_device_info_t *info, char *err, size_t errn) {
  memset(info, 0, sizeof *info);
  const g23_cu_api_t *cu;
  g23_cu_device_t dev;
  if (open_device(&cu, &dev, 0, err, errn)) return -1;
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
  if (open_device(&c->cu, &c->dev, c->local_rank, err, errn)) return -1;
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
  if (g23_cuda_mm_init(c, err, errn)) return -1;
  if (c->verbose) {
    size_t fr = 0, tot = 0;
    cu->MemGetInfo(&fr, &tot);
    fprintf(stderr,
            "%s: CUDA device %d: %s, sm_%d, %d SMs, %.1f of %.1f GiB free; cuBLASLt %zu; %s matmuls%s%s%s\n",
            g23_progname, c->dev, c->devname, c->arch, c->sms, fr / 1073741824.0, tot / 1073741824.0,
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
  c->local_rank = o && o->local_rank > 0 ? o->local_rank : 0;
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
  /* the arena comes before any communicator (g23_runtime_open): nothing
   * queued here waits for another rank */
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
  char err[512];
  g23_cuda_sync(c, c->stream, err, sizeof err); /* a failure is close's to see */
  c->cu->MemFree(dptr(mem));
}

static int cuda_copy_in(g23_backend_ctx_t *c, void *mem, size_t off, const void *src, size_t n, char *err,
                        size_t errn) {
  if (bind(c, err, errn) || g23_cuda_sync(c, c->stream, err, errn)) return -1;
  G23_CU(c->cu, MemcpyHtoD(dptr(mem) + off, src, n));
  return 0;
}

static int cuda_copy_out(g23_backend_ctx_t *c, const void *mem, size_t off, void *dst, size_t n, char *err,
                         size_t errn) {
  if (bind(c, err, errn) || g23_cuda_sync(c, c->stream, err, errn)) return -1;
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

static int cuda_matmul(g23_backend_ctx_t *c, void *mem, const g23_matmul_t *m, char *err, size_t errn) {
  if (bind(c, err, errn)) return -1;
  /* The executor passes &launch->mm: recover the launch for graph capture. */
  const g23_launch_t *l = (const g23_launch_t *)((const char *)m - offsetof(g23_launch_t, mm));
  int g = -1, idx = -1;
  if (c->graphs && !launch_position(c->plan, l, &g, &idx)) g = -1;
  bool skip;
  if (cap_before(c, g, idx, &skip, err, errn)) return -1;
  if (!skip && g23_cuda_mm_run(c, mem, m, err, errn)) return -1;
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
  return g23_cuda_sync(c, c->stream, err, errn);
}

static bool cuda_cache_hit(const g23_backend_ctx_t *c) { return c->hit; }

static void cuda_close(g23_backend_ctx_t *c) {
  if (!c) return;
  const g23_cu_api_t *cu = c->cu;
  if (cu && c->cuctx) {
    cu->CtxSetCurrent(c->cuctx);
    char err[512];
    bool failed = c->stream && g23_cuda_sync(c, c->stream, err, sizeof err) != 0;
    g23_cuda_comm_close(c, failed);
    for (int g = 0; g < G23_GRAPH_COUNT; g++) cap_reset(c, &c->cap[g]);
  }
  g23_cuda_mm_close(c);
  if (cu) {
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
    .comm_init = g23_cuda_comm_init,
    .comm_mean = g23_cuda_comm_mean,
    .comm_join = g23_cuda_comm_join,
    .cache_hit = cuda_cache_hit,
    .close = cuda_close,
};
