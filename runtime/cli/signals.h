/* signals.h: SIGINT and SIGTERM, taken by one thread.
 *
 * No signal handler runs on a thread that computes.  A handler interrupts
 * whatever its thread was doing and pushes its frame onto that thread's
 * stack; the matmul libraries' generated code (oneDNN's JIT kernels) does not
 * survive that, and a SIGTERM during training corrupted the heap about one
 * time in thirty on a loaded machine.  So main() blocks both signals before
 * any thread exists, every thread inherits the block (the OpenMP and BLAS
 * pools, MPI's), and one watcher thread takes them with sigwait:
 *
 *   - outside a graceful section, a signal ends the process as it would
 *     without gpt23run's help: default action, exit status 128 + signal;
 *   - inside one (the training loop), the first signal is recorded for the
 *     loop to read at the end of its step (checkpoint, then exit 130 or
 *     143); a second ends the process at once.
 *
 * Child processes (the kernel compiler) start with an empty mask: see
 * run_capture in runtime/cpu/backend_cpu.c.
 */
#ifndef G23_SIGNALS_H
#define G23_SIGNALS_H

#include <stdbool.h>
#include <stddef.h>

/* Blocks SIGINT and SIGTERM in the calling thread and starts the watcher.
 * Call first in main, before anything starts a thread.  -1 with err. */
int g23_signals_init(char *err, size_t errn);
/* Enters (on) or leaves a graceful section; leaving clears the record. */
void g23_signals_graceful(bool on);
/* The signal recorded in the graceful section, or 0. */
int g23_signals_pending(void);

#endif
