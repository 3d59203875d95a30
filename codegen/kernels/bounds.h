/* bounds.h: index checks of the generated kernels, C and CUDA.
 *
 * G23_IN_RANGE(what, i, n) is 0 <= i < n; G23_CHECK the same as a
 * statement.  Compiled with G23_CHECK_BOUNDS (gpt23run --check-bounds), an
 * index out of range is reported with `what` (the node: its op, source
 * location and graph) by the dialect's g23_bound_fail (c_head.h records it
 * for the runtime; cuda_head.cuh prints it and traps, which fails the
 * launch).  Without it the checks are the masks of an unchecked build: an
 * index out of range reads zeros, nothing more is computed. */
#ifdef G23_CHECK_BOUNDS
#define G23_IN_RANGE(what, i, n) ((uint64_t)(int64_t)(i) < (uint64_t)(n) ? 1 : g23_bound_fail((what), (i), (n)))
#define G23_CHECK(what, i, n) ((void)G23_IN_RANGE(what, i, n))
#else
#define G23_IN_RANGE(what, i, n) ((uint32_t)(i) < (uint32_t)(n))
#define G23_CHECK(what, i, n) ((void)0)
#endif
