/* tests/threads/priority-fifo.c -- threads of equal priority take turns
 * round robin, in the same order every round.
 *
 * Sixteen threads of priority PRI_DEFAULT+1 each log their id sixteen
 * times, yielding after each entry.  Created while the main thread runs
 * at PRI_DEFAULT+2, they all start when it drops to PRI_DEFAULT; every
 * round of the log must then list the ids in the same order. */
#include <stdio.h>

#include "threads/malloc.h"
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

#define THREAD_CNT 16
#define ITER_CNT 16

struct fifo_thread {
  int id;
  int iterations;  /* entries counted back in the main struct thread */
  struct lock *log_lock;
  int **log_pos;   /* shared cursor into the log; guarded by *log_lock */
};

static void fifo_thread_func(void *data_) {
  struct fifo_thread *data = (struct fifo_thread *)data_;
  for (int i = 0; i < ITER_CNT; i++) {
    lock_acquire(data->log_lock);
    *(*data->log_pos)++ = data->id;
    lock_release(data->log_lock);
    thread_yield();
  }
}

void test_priority_fifo(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  msg("%d threads will iterate %d times in the same order each time.", THREAD_CNT, ITER_CNT);
  msg("If the order varies then there is a bug.");

  int *log = (int *)malloc(sizeof *log * THREAD_CNT * ITER_CNT * 2);
  if (log == NULL) fail("out of memory");
  int *log_pos = log;
  struct lock log_lock;
  lock_init(&log_lock);
  struct fifo_thread threads[THREAD_CNT];

  thread_set_priority(PRI_DEFAULT + 2);
  for (int i = 0; i < THREAD_CNT; i++) {
    threads[i] = (struct fifo_thread){i, 0, &log_lock, &log_pos};
    char name[16];
    snprintf(name, sizeof name, "%d", i);
    thread_create(name, PRI_DEFAULT + 1, fifo_thread_func, &threads[i]);
  }
  thread_set_priority(PRI_DEFAULT);
  /* Every fifo thread has finished: they all outranked us. */
  if (!lock_try_acquire(&log_lock)) fail("a fifo thread is still running");

  int count = 0;
  for (int *p = log; p < log_pos; p++) {
    ASSERT(*p >= 0 && *p < THREAD_CNT);
    struct fifo_thread *t = &threads[*p];
    if (count % THREAD_CNT == 0) printf("(priority-fifo) iteration:");
    printf(" %d", t->id);
    if (++count % THREAD_CNT == 0) printf("\n");
    t->iterations++;
  }
  lock_release(&log_lock);
  free(log);
}
