/* emu.c: CUDA threads as cooperative fibers (see emu.h).
 *
 * One launch runs its blocks one after another on the calling OS thread, in
 * the order the seed asks for (as its threads).  A block's threads are
 * fibers on pooled stacks; a fiber runs until it reaches
 * a synchronisation point (__syncthreads, a warp collective) or exits, then
 * switches back to the scheduler, which picks the next ready fiber in the
 * order the seed asks for.  Fibers switch nowhere else, which is what makes
 * the atomics in emu.h atomic and the emulator deterministic for a seed.
 *
 * Switching is a few instructions of assembly on x86-64; elsewhere (or with
 * G23_EMU_UCONTEXT) it is ucontext, correct but several times slower.
 */
#define _GNU_SOURCE
#include "emu.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#if !defined(__x86_64__) || defined(G23_EMU_UCONTEXT)
#include <ucontext.h>
#endif

g23_emu_state_t g23_emu;
char g23_emu_dyn_shared[G23_EMU_MAX_DYN_SHARED + 4096] __attribute__((aligned(256)));

enum { T_READY, T_RUN, T_WAIT_BAR, T_WAIT_WARP, T_EXITED };

typedef struct {
  g23_emu_thread_t pub; /* first: kernels see this part */
  int index;            /* linear thread index in the block */
  int state;
  int nbar;             /* __syncthreads passed */
  int bar_pred, bar_result; /* __syncthreads_count: operand, result */
  uint64_t wval;        /* operand of the pending warp collective */
  int warg, wwidth;
#if defined(__x86_64__) && !defined(G23_EMU_UCONTEXT)
  void *sp;
#else
  ucontext_t uc;
#endif
  char *stack;
} thr_t;

typedef struct {
  unsigned exist, exited; /* lanes of the block in this warp; lanes that returned */
  unsigned arrived, mask; /* the pending collective */
  int kind;
} warp_t;

/* The launch in progress (one at a time; the emulator is not reentrant). */
static struct {
  thr_t thr[G23_EMU_MAX_THREADS];
  warp_t warp[G23_EMU_MAX_THREADS / 32];
  char *stacks;
  int nthreads, nexited, bar_count;
  int ready[G23_EMU_MAX_THREADS];
  int nready;
  int order;        /* 0 ascending, 1 descending, 2 random */
  uint64_t rng;
  g23_emu_kernel_fn fn;
  char *base;
  bool failed;
  char err[1024];
#if defined(__x86_64__) && !defined(G23_EMU_UCONTEXT)
  void *sched_sp;
#else
  ucontext_t sched_uc;
#endif
} S;

static const char *const kind_name[] = {
  "__shfl_sync", "__shfl_xor_sync", "__shfl_up_sync", "__shfl_down_sync",
  "__ballot_sync", "__any_sync", "__all_sync", "__syncwarp",
};

static void poison_static_shared(void);

/* ---- fibers --------------------------------------------------------------- */

__attribute__((visibility("hidden"))) void g23_emu_fiber_main(void);

#if defined(__x86_64__) && !defined(G23_EMU_UCONTEXT)
/* g23_emu_switch(void **save, void *to): push the callee-saved registers,
 * store the stack pointer in *save, continue on stack `to`. */
void g23_emu_switch(void **save, void *to);
__asm__(".text\n"
        ".globl g23_emu_switch\n"
        ".hidden g23_emu_switch\n"
        ".type g23_emu_switch,@function\n"
        "g23_emu_switch:\n"
        "  pushq %rbp\n  pushq %rbx\n  pushq %r12\n  pushq %r13\n  pushq %r14\n  pushq %r15\n"
        "  movq %rsp, (%rdi)\n"
        "  movq %rsi, %rsp\n"
        "  popq %r15\n  popq %r14\n  popq %r13\n  popq %r12\n  popq %rbx\n  popq %rbp\n"
        "  ret\n"
        ".size g23_emu_switch, .-g23_emu_switch\n"
        ".globl g23_emu_trampoline\n"
        ".hidden g23_emu_trampoline\n"
        ".type g23_emu_trampoline,@function\n"
        "g23_emu_trampoline:\n"
        "  call g23_emu_fiber_main\n"
        "  ud2\n"
        ".size g23_emu_trampoline, .-g23_emu_trampoline\n");
void g23_emu_trampoline(void);

static void fiber_init(thr_t *t) {
  /* Six saved registers, then the return address: the trampoline, entered
   * with a 16-byte aligned stack as after a call's return. */
  void **sp = (void **)(t->stack + G23_EMU_STACK_BYTES - 72);
  for (int i = 0; i < 6; i++) sp[i] = 0;
  sp[6] = (void *)g23_emu_trampoline;
  sp[7] = sp[8] = 0;
  t->sp = sp;
}
static void fiber_enter(thr_t *t) { g23_emu_switch(&S.sched_sp, t->sp); }
static void fiber_leave(thr_t *t) { g23_emu_switch(&t->sp, S.sched_sp); }
#else
static void fiber_init(thr_t *t) {
  getcontext(&t->uc);
  t->uc.uc_stack.ss_sp = t->stack;
  t->uc.uc_stack.ss_size = G23_EMU_STACK_BYTES;
  t->uc.uc_link = NULL;
  makecontext(&t->uc, g23_emu_fiber_main, 0);
}
static void fiber_enter(thr_t *t) { swapcontext(&S.sched_uc, &t->uc); }
static void fiber_leave(thr_t *t) { swapcontext(&t->uc, &S.sched_uc); }
#endif

/* Stacks for the largest block, with a guard page below each, made once. */
static int stacks_init(void) {
  if (S.stacks) return 0;
  long page = sysconf(_SC_PAGESIZE);
  size_t each = G23_EMU_STACK_BYTES + (size_t)page;
  char *m = mmap(NULL, each * G23_EMU_MAX_THREADS, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (m == MAP_FAILED) return -1;
  for (int i = 0; i < G23_EMU_MAX_THREADS; i++) {
    mprotect(m + i * each, (size_t)page, PROT_NONE);
    S.thr[i].stack = m + i * each + page;
  }
  S.stacks = m;
  return 0;
}

/* ---- scheduling ------------------------------------------------------------ */

static uint64_t rng_next(void) {
  uint64_t z = (S.rng += 0x9e3779b97f4a7c15ull);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

/* Make the threads in list ready; the ready set is a stack popped from its
 * end, so ascending order pushes in reverse. */
static void make_ready(const int *list, int n) {
  for (int i = 0; i < n; i++) {
    int k = S.order == 0 ? list[n - 1 - i] : list[i];
    S.thr[k].state = T_READY;
    S.ready[S.nready++] = k;
  }
}

static int pick_ready(void) {
  if (S.order == 2 && S.nready > 1) {
    int i = (int)(rng_next() % (uint64_t)S.nready);
    int t = S.ready[i];
    S.ready[i] = S.ready[S.nready - 1];
    S.ready[S.nready - 1] = t;
  }
  return S.ready[--S.nready];
}

static void vfail(const char *fmt, va_list ap) {
  if (S.failed) return;
  S.failed = true;
  int n = 0;
  thr_t *t = (thr_t *)g23_emu.cur;
  if (t)
    n = snprintf(S.err, sizeof S.err, "block (%u,%u,%u) thread (%u,%u,%u): ", g23_emu.block_idx.x,
                 g23_emu.block_idx.y, g23_emu.block_idx.z, t->pub.tid.x, t->pub.tid.y, t->pub.tid.z);
  else
    n = snprintf(S.err, sizeof S.err, "block (%u,%u,%u): ", g23_emu.block_idx.x,
                 g23_emu.block_idx.y, g23_emu.block_idx.z);
  vsnprintf(S.err + n, sizeof S.err - (size_t)n, fmt, ap);
}

void g23_emu_fail(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfail(fmt, ap);
  va_end(ap);
  thr_t *t = (thr_t *)g23_emu.cur;
  if (t) {
    t->state = T_EXITED; /* abandoned: never resumed */
    fiber_leave(t);
  }
}

static void fail_here(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void fail_here(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vfail(fmt, ap);
  va_end(ap);
}

static const char *tid_str(const thr_t *t, char *buf, size_t n) {
  snprintf(buf, n, "(%u,%u,%u)", t->pub.tid.x, t->pub.tid.y, t->pub.tid.z);
  return buf;
}

void g23_emu_fiber_main(void) {
  thr_t *t = (thr_t *)g23_emu.cur;
  S.fn(S.base);
  t = (thr_t *)g23_emu.cur;
  t->state = T_EXITED;
  S.nexited++;
  warp_t *w = &S.warp[t->pub.warp];
  w->exited |= 1u << t->pub.lane;
  if (S.bar_count > 0)
    g23_emu_fail("thread returned while %d thread(s) of its block wait at __syncthreads", S.bar_count);
  if (w->arrived && (w->mask & (1u << t->pub.lane)))
    g23_emu_fail("lane %d returned while lanes 0x%08x of warp %d wait for it in %s", t->pub.lane,
                 w->arrived, t->pub.warp, kind_name[w->kind]);
  fiber_leave(t);
  abort(); /* an exited fiber is never resumed */
}

static void syncthreads(thr_t *t);

void g23_emu_syncthreads(void) {
  thr_t *t = (thr_t *)g23_emu.cur;
  t->bar_pred = 0;
  syncthreads(t);
}

static void syncthreads(thr_t *t) {
  t->nbar++;
  if (S.nexited > 0) {
    char b[48];
    for (int i = 0; i < S.nthreads; i++)
      if (S.thr[i].state == T_EXITED) tid_str(&S.thr[i], b, sizeof b);
    g23_emu_fail("__syncthreads #%d reached after thread %s returned: every thread of the block "
                 "must reach each barrier", t->nbar, b);
  }
  if (++S.bar_count < S.nthreads) {
    t->state = T_WAIT_BAR;
    fiber_leave(t);
    return;
  }
  /* Last to arrive: hand every thread the predicate count (in a field of
   * its own, which only its next barrier overwrites), release everyone,
   * itself included, in the seed's order. */
  S.bar_count = 0;
  int list[G23_EMU_MAX_THREADS], n = 0, count = 0;
  for (int i = 0; i < S.nthreads; i++) count += S.thr[i].bar_pred;
  for (int i = 0; i < S.nthreads; i++) {
    S.thr[i].bar_result = count;
    if (S.thr[i].state == T_WAIT_BAR || i == t->index) list[n++] = i;
  }
  make_ready(list, n);
  fiber_leave(t);
}

int g23_emu_syncthreads_count(int pred) {
  thr_t *t = (thr_t *)g23_emu.cur;
  t->bar_pred = pred != 0;
  syncthreads(t);
  return t->bar_result;
}

unsigned g23_emu_activemask(void) {
  const warp_t *w = &S.warp[g23_emu.cur->warp];
  return w->exist & ~w->exited;
}

/* The source lane of a shuffle for lane l, or -1 for "keep own value". */
static int shfl_src(int kind, int l, int arg, int width) {
  int seg = l & ~(width - 1), s;
  switch (kind) {
  case G23_EMU_SHFL_IDX: return seg | (arg & (width - 1));
  case G23_EMU_SHFL_XOR: s = l ^ arg; return s >= seg + width || s < 0 || s > 31 ? -1 : s;
  case G23_EMU_SHFL_UP: return l - seg >= arg ? l - arg : -1;
  case G23_EMU_SHFL_DOWN: return l - seg + arg < width ? l + arg : -1;
  }
  return -1;
}

static void warp_complete(warp_t *w, int wi) {
  unsigned mask = w->mask;
  thr_t *lanes = &S.thr[wi * 32];
  uint64_t vote = 0;
  int any = 0, all = 1;
  for (int l = 0; l < 32; l++)
    if (mask & (1u << l)) {
      int p = lanes[l].wval != 0;
      vote |= (uint64_t)p << l;
      any |= p;
      all &= p;
    }
  for (int l = 0; l < 32; l++) {
    if (!(mask & (1u << l))) continue;
    thr_t *t = &lanes[l];
    switch (w->kind) {
    case G23_EMU_VOTE_BALLOT: t->pub.xval = vote; break;
    case G23_EMU_VOTE_ANY: t->pub.xval = (uint64_t)any; break;
    case G23_EMU_VOTE_ALL: t->pub.xval = (uint64_t)all; break;
    case G23_EMU_SYNCWARP: t->pub.xval = 0; break;
    default: {
      int s = shfl_src(w->kind, l, t->warg, t->wwidth);
      if (s < 0) s = l;
      /* A lane outside the mask holds no defined value: hand back a poison
       * NaN so that a result that uses it is visibly wrong. */
      t->pub.xval = (mask & (1u << s)) ? lanes[s].wval : ~(uint64_t)0;
    }
    }
  }
  int list[32], n = 0;
  for (int l = 0; l < 32; l++)
    if (mask & (1u << l)) list[n++] = wi * 32 + l;
  w->arrived = 0;
  make_ready(list, n);
}

void g23_emu_warp_op(int kind, unsigned mask, uint64_t value, int arg, int width) {
  thr_t *t = (thr_t *)g23_emu.cur;
  int wi = t->pub.warp, lane = t->pub.lane;
  warp_t *w = &S.warp[wi];
  unsigned bit = 1u << lane;
  if (!(mask & bit))
    g23_emu_fail("%s with mask 0x%08x called by lane %d, which the mask does not name",
                 kind_name[kind], mask, lane);
  if (mask & ~w->exist)
    g23_emu_fail("%s with mask 0x%08x names lanes 0x%08x that do not exist in warp %d "
                 "(the block has %d threads)", kind_name[kind], mask, mask & ~w->exist, wi, S.nthreads);
  if (mask & w->exited)
    g23_emu_fail("%s with mask 0x%08x names lanes 0x%08x of warp %d that have returned",
                 kind_name[kind], mask, mask & w->exited, wi);
  if (width < 1 || width > 32 || (width & (width - 1)))
    g23_emu_fail("%s with width %d: must be a power of two up to 32", kind_name[kind], width);
  if (w->arrived == 0) {
    w->kind = kind;
    w->mask = mask;
  } else if (w->kind != kind || w->mask != mask) {
    g23_emu_fail("lanes of warp %d meet in different collectives: lane %d in %s (mask 0x%08x) while "
                 "lanes 0x%08x wait in %s (mask 0x%08x)", wi, lane, kind_name[kind], mask,
                 w->arrived, kind_name[w->kind], w->mask);
  }
  t->wval = value;
  t->warg = arg;
  t->wwidth = width;
  w->arrived |= bit;
  if (w->arrived == mask) {
    warp_complete(w, wi);
  } else {
    t->state = T_WAIT_WARP;
  }
  fiber_leave(t);
}

/* Nothing is ready but not every thread returned: say who waits for what. */
static void report_deadlock(void) {
  char b[48];
  int nbar = 0, first = -1;
  for (int i = 0; i < S.nthreads; i++)
    if (S.thr[i].state == T_WAIT_BAR) {
      nbar++;
      if (first < 0) first = i;
    }
  g23_emu.cur = NULL;
  for (int wi = 0; wi * 32 < S.nthreads; wi++) {
    warp_t *w = &S.warp[wi];
    if (w->arrived) {
      fail_here("deadlock: lanes 0x%08x of warp %d wait in %s for lanes 0x%08x, which are %s",
                w->arrived, wi, kind_name[w->kind], w->mask & ~w->arrived,
                nbar ? "waiting at __syncthreads" : "gone");
      return;
    }
  }
  fail_here("deadlock: %d thread(s), the first %s, wait at __syncthreads that %d other(s) never reach",
            nbar, first >= 0 ? tid_str(&S.thr[first], b, sizeof b) : "?", S.nthreads - nbar - S.nexited);
}

static int run_block(void) {
  int n = S.nthreads;
  S.nexited = S.bar_count = S.nready = 0;
  for (int wi = 0; wi * 32 < n; wi++) {
    int lanes = n - wi * 32 < 32 ? n - wi * 32 : 32;
    S.warp[wi] = (warp_t){.exist = lanes == 32 ? 0xffffffffu : (1u << lanes) - 1};
  }
  int bx = (int)g23_emu.block_dim.x, by = (int)g23_emu.block_dim.y;
  int list[G23_EMU_MAX_THREADS];
  for (int i = 0; i < n; i++) {
    thr_t *t = &S.thr[i];
    t->pub.tid = (g23_emu_uint3){(unsigned)(i % bx), (unsigned)(i / bx % by), (unsigned)(i / (bx * by))};
    t->pub.lane = i % 32;
    t->pub.warp = i / 32;
    t->index = i;
    t->nbar = 0;
    fiber_init(t);
    list[i] = i;
  }
  make_ready(list, n);
  while (S.nready && !S.failed) {
    thr_t *t = &S.thr[pick_ready()];
    t->state = T_RUN;
    g23_emu.cur = &t->pub;
    fiber_enter(t);
  }
  if (!S.failed && S.nexited != n) report_deadlock();
  g23_emu.cur = NULL;
  return S.failed ? -1 : 0;
}

int g23_emu_launch(g23_emu_kernel_fn fn, const int64_t grid[3], const int32_t block[3],
                   int32_t shmem, char *base, uint64_t seed, char *err, size_t errn) {
  int64_t nthreads = (int64_t)block[0] * block[1] * block[2];
  g23_emu.cur = NULL;
  if (block[0] < 1 || block[1] < 1 || block[2] < 1 || nthreads > G23_EMU_MAX_THREADS ||
      block[0] > 1024 || block[1] > 1024 || block[2] > 64) {
    snprintf(err, errn, "block (%d,%d,%d): CUDA allows 1..1024 threads, x,y <= 1024, z <= 64",
             block[0], block[1], block[2]);
    return -1;
  }
  if (grid[0] < 1 || grid[1] < 1 || grid[2] < 1 || grid[0] > 2147483647 || grid[1] > 65535 ||
      grid[2] > 65535) {
    snprintf(err, errn, "grid (%lld,%lld,%lld): CUDA allows x <= 2^31-1, y,z <= 65535, all >= 1",
             (long long)grid[0], (long long)grid[1], (long long)grid[2]);
    return -1;
  }
  if (shmem < 0 || shmem > G23_EMU_MAX_DYN_SHARED) {
    snprintf(err, errn, "dynamic shared memory %d bytes: the device allows at most %d", shmem,
             G23_EMU_MAX_DYN_SHARED);
    return -1;
  }
  if (stacks_init() != 0) {
    snprintf(err, errn, "cannot map %d fiber stacks", G23_EMU_MAX_THREADS);
    return -1;
  }
  S.fn = fn;
  S.base = base;
  S.failed = false;
  S.err[0] = 0;
  S.order = seed == 0 ? 0 : seed == 1 ? 1 : 2;
  S.rng = seed * 0x2545f4914f6cdd1dull;
  S.nthreads = (int)nthreads;
  g23_emu.block_dim = (g23_emu_uint3){(unsigned)block[0], (unsigned)block[1], (unsigned)block[2]};
  g23_emu.grid_dim = (g23_emu_uint3){(unsigned)grid[0], (unsigned)grid[1], (unsigned)grid[2]};
  /* Everything past the launch's share reads as NaN. */
  memset(g23_emu_dyn_shared, 0xff, sizeof g23_emu_dyn_shared);
  /* Blocks run in the seed's order too: a block that reads what another
   * block of the same launch writes is a race on a GPU. */
  int64_t nblocks = grid[0] * grid[1] * grid[2];
  int64_t *perm = NULL;
  if (S.order == 2 && nblocks > 1 && nblocks <= ((int64_t)1 << 24)) {
    perm = malloc((size_t)nblocks * sizeof *perm);
    for (int64_t i = 0; i < nblocks; i++) perm[i] = i;
    for (int64_t i = nblocks - 1; i > 0; i--) {
      int64_t j = (int64_t)(rng_next() % (uint64_t)(i + 1)), t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
  }
  for (int64_t i = 0; i < nblocks; i++) {
    int64_t b = perm ? perm[i] : S.order == 1 ? nblocks - 1 - i : i;
    int64_t x = b % grid[0], y = b / grid[0] % grid[1], z = b / (grid[0] * grid[1]);
    g23_emu.block_idx = (g23_emu_uint3){(unsigned)x, (unsigned)y, (unsigned)z};
    if (i > 0) memset(g23_emu_dyn_shared, 0xff, (size_t)shmem);
    poison_static_shared();
    if (run_block() != 0) {
      snprintf(err, errn, "%s", S.err);
      free(perm);
      return -1;
    }
  }
  free(perm);
  return 0;
}

/* ---- static __shared__ ----------------------------------------------------- */

#define MAX_SHARED_REGIONS 64
static struct {
  char *lo, *hi;
} regions[MAX_SHARED_REGIONS];
static int nregions;

void g23_emu_shared_register(char *lo, char *hi) {
  if (nregions == MAX_SHARED_REGIONS) {
    fprintf(stderr, "emu: more than %d kernel objects loaded at once\n", MAX_SHARED_REGIONS);
    abort();
  }
  regions[nregions].lo = lo;
  regions[nregions++].hi = hi;
}

void g23_emu_shared_unregister(char *lo) {
  for (int i = 0; i < nregions; i++)
    if (regions[i].lo == lo) {
      regions[i] = regions[--nregions];
      return;
    }
}

static void poison_static_shared(void) {
  for (int i = 0; i < nregions; i++) memset(regions[i].lo, 0xff, (size_t)(regions[i].hi - regions[i].lo));
}

/* ---- extern __shared__ --------------------------------------------------- */

static bool is_ident(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Rewrite one `extern __shared__ ... NAME[];` starting at p (which points at
 * "extern"); returns the end of the declaration or NULL if it is not one. */
static const char *rewrite_decl(const char *p, FILE *out) {
  const char *q = p + 6;
  while (*q == ' ' || *q == '\t' || *q == '\n') q++;
  if (strncmp(q, "__shared__", 10) != 0 || is_ident(q[10])) return NULL;
  q += 10;
  const char *semi = strchr(q, ';');
  if (!semi) return NULL;
  /* The declarator: type words (with any __align__(N) dropped), NAME, []. */
  char type[256];
  size_t tn = 0;
  const char *r = q, *name = NULL;
  size_t namelen = 0;
  while (r < semi) {
    if (strncmp(r, "__align__", 9) == 0) {
      const char *c = strchr(r, ')');
      if (!c || c > semi) return NULL;
      r = c + 1;
      continue;
    }
    if (*r == '[') break;
    if (is_ident(*r)) {
      const char *s = r;
      while (is_ident(*r)) r++;
      if (name) { /* the previous word was part of the type */
        if (tn + namelen + 2 >= sizeof type) return NULL;
        memcpy(type + tn, name, namelen);
        tn += namelen;
        type[tn++] = ' ';
      }
      name = s;
      namelen = (size_t)(r - s);
      continue;
    }
    if (*r == '*' && name) return NULL; /* not an array declaration */
    r++;
  }
  const char *br = r;
  if (!name || tn == 0 || br >= semi) return NULL;
  const char *c = br + 1;
  while (*c == ' ') c++;
  if (*c != ']') return NULL;
  type[tn - 1] = 0;
  fprintf(out, "%s *const %.*s = (%s *)g23_emu_dyn_shared;", type, (int)namelen, name, type);
  return semi + 1;
}

char *g23_emu_source_prepare(const char *src) {
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream(&buf, &len);
  const char *p = src;
  while (*p) {
    const char *e = strstr(p, "extern");
    if (!e) {
      fputs(p, out);
      break;
    }
    fwrite(p, 1, (size_t)(e - p), out);
    const char *end = NULL;
    if ((e == src || !is_ident(e[-1])) && !is_ident(e[6])) end = rewrite_decl(e, out);
    if (end) {
      p = end;
    } else {
      fputs("extern", out);
      p = e + 6;
    }
  }
  fclose(out);
  return buf;
}

/* ---- bfloat16 and half ------------------------------------------------------ */

static uint32_t f2u(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static float u2f(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }

uint16_t g23_emu_f32_to_bf16(float f) {
  uint32_t u = f2u(f);
  if ((u & 0x7fffffffu) > 0x7f800000u) return 0x7fff; /* canonical NaN, as the device */
  u += 0x7fffu + ((u >> 16) & 1u);
  return (uint16_t)(u >> 16);
}

float g23_emu_bf16_to_f32(uint16_t h) { return u2f((uint32_t)h << 16); }

uint16_t g23_emu_f32_to_f16(float f) {
  uint32_t x = f2u(f), u = x & 0x7fffffffu, sign = (x >> 16) & 0x8000u;
  if (u > 0x7f800000u) return 0x7fff;
  if (u >= 0x477ff000u) return (uint16_t)(sign | 0x7c00u); /* rounds past 65504 */
  uint32_t e = u >> 23, r, rem, half;
  if (u >= 0x38800000u) { /* normal */
    uint32_t m = u & 0x7fffffu;
    r = ((e - 112u) << 10) | (m >> 13);
    rem = m & 0x1fffu;
    half = 0x1000u;
  } else { /* subnormal or zero */
    if (e < 102u) return (uint16_t)sign;
    uint32_t m = (u & 0x7fffffu) | 0x800000u, s = 126u - e;
    r = m >> s;
    rem = m & ((1u << s) - 1u);
    half = 1u << (s - 1u);
  }
  if (rem > half || (rem == half && (r & 1u))) r++;
  return (uint16_t)(sign | r);
}

float g23_emu_f16_to_f32(uint16_t h) {
  uint32_t sign = (uint32_t)(h & 0x8000u) << 16, e = (h >> 10) & 0x1fu, m = h & 0x3ffu;
  if (e == 0x1f) return u2f(sign | 0x7f800000u | (m << 13));
  if (e != 0) return u2f(sign | ((e + 112u) << 23) | (m << 13));
  float v = (float)m * 0x1p-24f;
  return sign ? -v : v;
}
