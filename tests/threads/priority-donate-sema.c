/* tests/threads/priority-donate-sema.c -- a donation counts when a
 * semaphore picks whom to wake: L holds a lock H wants and waits on a
 * semaphore with M; sema_up must wake L (boosted by H) before M. */
#include "threads/synch.h"
#include "threads/thread.h"
#include "tests/threads/tests.h"

struct lock_and_sema {
  struct lock l;
  struct semaphore sema;
};

static void l_thread_func(void *ls_) {
  struct lock_and_sema *ls = (struct lock_and_sema *)ls_;
  lock_acquire(&ls->l);
  msg("Thread L acquired lock.");
  sema_down(&ls->sema);
  msg("Thread L downed semaphore.");
  lock_release(&ls->l);
  msg("Thread L finished.");
}

static void m_thread_func(void *ls_) {
  struct lock_and_sema *ls = (struct lock_and_sema *)ls_;
  sema_down(&ls->sema);
  msg("Thread M finished.");
}

static void h_thread_func(void *ls_) {
  struct lock_and_sema *ls = (struct lock_and_sema *)ls_;
  lock_acquire(&ls->l);
  msg("Thread H acquired lock.");
  sema_up(&ls->sema);
  lock_release(&ls->l);
  msg("Thread H finished.");
}

void test_priority_donate_sema(void) {
  ASSERT(!thread_mlfqs);
  ASSERT(thread_get_priority() == PRI_DEFAULT);
  struct lock_and_sema ls;
  lock_init(&ls.l);
  sema_init(&ls.sema, 0);
  thread_set_priority(PRI_MIN);
  thread_create("low", PRI_DEFAULT + 1, l_thread_func, &ls);
  thread_create("med", PRI_DEFAULT + 3, m_thread_func, &ls);
  thread_create("high", PRI_DEFAULT + 5, h_thread_func, &ls);
  sema_up(&ls.sema);
  msg("Main thread finished.");
}
