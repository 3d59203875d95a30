/* signals.c: SIGINT and SIGTERM taken by one watcher thread (signals.h). */
#define _GNU_SOURCE /* pthread_setname_np */
#include "runtime/cli/signals.h"

#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

static atomic_bool graceful;
static atomic_int pending;

static void stop_set(sigset_t *s) {
  sigemptyset(s);
  sigaddset(s, SIGINT);
  sigaddset(s, SIGTERM);
}

/* Ends the process by sig's default action, as if nothing had blocked it. */
static void die_by(int sig) {
  signal(sig, SIG_DFL);
  sigset_t one;
  sigemptyset(&one);
  sigaddset(&one, sig);
  pthread_sigmask(SIG_UNBLOCK, &one, NULL);
  raise(sig);
}

static void *watch(void *arg) {
  (void)arg;
  sigset_t s;
  stop_set(&s);
  for (;;) {
    int sig;
    if (sigwait(&s, &sig) != 0) continue;
    int none = 0;
    if (!atomic_load(&graceful) || !atomic_compare_exchange_strong(&pending, &none, sig)) die_by(sig);
  }
  return NULL;
}

int g23_signals_init(char *err, size_t errn) {
  sigset_t s;
  stop_set(&s);
  int rc = pthread_sigmask(SIG_BLOCK, &s, NULL);
  pthread_t tid;
  if (rc == 0) rc = pthread_create(&tid, NULL, watch, NULL);
  if (rc == 0) rc = pthread_detach(tid);
  /* the name tells it in ps and in /proc (test/cli/signals.sh) */
  if (rc == 0) pthread_setname_np(tid, "g23-signals");
  if (rc != 0) {
    snprintf(err, errn, "cannot start the signal watcher: %s", strerror(rc));
    return -1;
  }
  return 0;
}

void g23_signals_graceful(bool on) {
  atomic_store(&pending, 0);
  atomic_store(&graceful, on);
}

int g23_signals_pending(void) { return atomic_load(&pending); }
