/* fake.h: what the emulated CUDA device stack shares between its parts.
 *
 * test/cuda/fake builds three libraries that stand in for NVIDIA's under
 * the names the backend dlopens (runtime/cuda/cuda_api.c), so that the real,
 * unmodified CUDA backend runs end to end on the CPU:
 *
 *   libnvrtc.so.13     fake_nvrtc.c: CUDA C -> a host shared object, built
 *                      with g++ against test/cuda/emu.h and this header
 *   libcuda.so.1       fake_cuda.c + test/cuda/emu.c: one emulated device,
 *                      memory, streams that queue work (ordered only by
 *                      events), modules, launches under the CUDA
 *                      execution-model emulator, CUDA graphs
 *   libcublasLt.so.13  fake_cublaslt.c + test/cuda/lt_emu.c: descriptors,
 *                      the heuristic, matmuls queued on the driver's streams
 *   libnccl.so.2       fake_nccl.c: communicators and all-reduce among the
 *                      processes of one machine, queued on those streams
 *                      (a collective whose peers have not all arrived leaves
 *                      its stream unfinished, as on a GPU)
 *
 * Put the directory holding them first in LD_LIBRARY_PATH.
 *
 * The "CUBIN" (what nvrtcGetCUBIN returns and the backend caches on disk)
 * is the kernel shared object itself: an ELF file, as a real CUBIN is, so
 * the backend's cache accepts it (cuda_nvrtc.c checks for "\177ELF").  It
 * is told apart from a real CUBIN (e_machine EM_CUDA) and from any other
 * ELF by a section G23_FAKE_CUBIN_SECTION holding G23_FAKE_CUBIN_TAG and
 * the architecture it was compiled for ("sm_90").  The driver reads the
 * image's length from its ELF headers, as cuModuleLoadData must (it gets
 * no length either).
 *
 * Every kernel `extern "C" __global__ void NAME(...)` of the source gets a
 * registration line G23_FAKE_KERNEL(NAME) appended by the fake NVRTC.  It
 * exports, next to the kernel:
 *
 *   NAME__g23emu       void (char *params): unpacks the parameter values
 *                      from one buffer (laid out as g23_fake_kernel_t says)
 *                      and calls the kernel; g23_emu_launch runs it with the
 *                      buffer as its `base`
 *   NAME__g23emu_info  const g23_fake_kernel_t: parameter count, sizes,
 *                      alignments and offsets, deduced by a variadic
 *                      template from the kernel's own type
 *
 * so that cuLaunchKernel can copy each parameter value when it is called
 * (kernelParams points at the caller's variables, which are gone by the
 * time a queued launch runs) and a graph replays the values it captured.
 */
#ifndef G23_FAKE_H
#define G23_FAKE_H

#define G23_FAKE_CUBIN_SECTION ".g23_fake_cubin"
#define G23_FAKE_CUBIN_TAG "gpt23 emulated CUBIN "
#define G23_FAKE_MAX_PARAMS 16
#define G23_FAKE_KERNEL_MAGIC 0x67323366u /* "g23f" */

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  unsigned magic; /* G23_FAKE_KERNEL_MAGIC */
  int nparams;
  int size[G23_FAKE_MAX_PARAMS], align[G23_FAKE_MAX_PARAMS], offset[G23_FAKE_MAX_PARAMS];
  int bytes; /* of the whole parameter buffer */
  void (*thunk)(char *params);
} g23_fake_kernel_t;

/* Exported by libcuda.so.1 for libcublasLt.so.13 and libnccl.so.2: queue
 * fn(payload) on a stream (CUstream; 0 is the legacy stream) of the current
 * context, or record it when the stream is being captured into a CUDA
 * graph.  fn runs when something waits for it (a synchronisation,
 * cuStreamQuery, cuEventQuery), possibly several times (graph replays).
 * It returns 0 when done; G23_FAKE_JOB_PENDING when it waits for something
 * outside this process (the other ranks of a collective) and has not got
 * it yet: it is called again later and goes on from where it stopped (its
 * progress kept in its payload, which one run at a time uses: a stream runs
 * its work in order), and the stream's later work waits, so that a query
 * says CUDA_ERROR_NOT_READY and a synchronisation keeps calling it; any
 * other value is a device fault: err is printed and the context's error
 * becomes sticky with that CUresult.  free_fn(payload) runs when nothing
 * refers to the work any more.  Returns a CUresult; on failure the work was
 * not taken and the payload is still the caller's. */
#define G23_FAKE_JOB_PENDING 600 /* CUDA_ERROR_NOT_READY */
typedef int (*g23_fake_job_fn)(void *payload, char *err, __SIZE_TYPE__ errn);
int g23_fake_cuda_enqueue(void *stream, g23_fake_job_fn fn, void *payload, void (*free_fn)(void *));

/* Exported by libcuda.so.1: whether [p, p + n) lies inside one live device
 * allocation (a job checks its operands before touching them, as the
 * device's memory protection would). */
int g23_fake_cuda_valid_range(const void *p, __SIZE_TYPE__ n);

#ifdef __cplusplus
}

/* ---- the registration template (kernel objects, compiled as C++) ---------- */

template <int... I> struct g23_fake_seq {};
template <int N, int... I> struct g23_fake_mkseq : g23_fake_mkseq<N - 1, N - 1, I...> {};
template <int... I> struct g23_fake_mkseq<0, I...> { typedef g23_fake_seq<I...> type; };

/* Parameter i at its offset, copied out (the buffer holds bytes). */
template <class T> static inline T g23_fake_load(const char *p) {
  T v;
  __builtin_memcpy((void *)&v, p, sizeof v);
  return v;
}

template <class... A, int... I>
static inline void g23_fake_invoke(void (*fn)(A...), const char *params, const int *off, g23_fake_seq<I...>) {
  (void)params, (void)off;
  fn(g23_fake_load<A>(params + off[I])...);
}

template <class... A> static inline void g23_fake_thunk(void (*fn)(A...), const char *params, const int *off) {
  g23_fake_invoke(fn, params, off, typename g23_fake_mkseq<(int)sizeof...(A)>::type());
}

/* The parameter buffer as CUDA lays it out: each value at the next offset
 * that is a multiple of its alignment. */
template <class... A> constexpr g23_fake_kernel_t g23_fake_info(void (*)(A...), void (*thunk)(char *)) {
  static_assert(sizeof...(A) <= G23_FAKE_MAX_PARAMS, "kernel with too many parameters for the fake driver");
  g23_fake_kernel_t k{};
  const int size[] = {(int)sizeof(A)..., 0}, align[] = {(int)alignof(A)..., 1};
  int off = 0;
  k.magic = G23_FAKE_KERNEL_MAGIC;
  k.nparams = (int)sizeof...(A);
  for (int i = 0; i < k.nparams; i++) {
    off = (off + align[i] - 1) / align[i] * align[i];
    k.size[i] = size[i];
    k.align[i] = align[i];
    k.offset[i] = off;
    off += size[i];
  }
  k.bytes = off;
  k.thunk = thunk;
  return k;
}

/* The thunk's parameter has a name no kernel has: a kernel called `params`
 * must not be shadowed by it. */
#define G23_FAKE_KERNEL(name)                                                                        \
  extern "C" void name##__g23emu(char *g23_fake_params_);                                          \
  extern "C" const g23_fake_kernel_t name##__g23emu_info = g23_fake_info(name, name##__g23emu);   \
  extern "C" void name##__g23emu(char *g23_fake_params_) {                                         \
    g23_fake_thunk(name, g23_fake_params_, name##__g23emu_info.offset);                            \
  }

#define G23_FAKE_CUBIN(arch)                                                                         \
  extern "C" __attribute__((used, section(G23_FAKE_CUBIN_SECTION))) const char g23_fake_cubin_tag[] = \
      G23_FAKE_CUBIN_TAG arch;
#endif

#endif
