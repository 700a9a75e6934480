/* kernel/pintos-api/threads/synch-layout.h -- the C layout of our
 * semaphores, locks and condition variables (kernel/synch.h), so that C
 * code can embed them.  Included by threads/synch.h, and by pintos-api.cc
 * inside a namespace to compare sizes and offsets with the C++ types.
 * Deliberately includes nothing: struct list and struct thread come from
 * the includer. */
struct semaphore {
  unsigned value;             /* current value */
  struct list waiters;        /* threads waiting in sema_down() */
};

struct lock {
  struct thread *holder;      /* the thread that holds it, or NULL */
  struct list waiters;        /* threads waiting in lock_acquire() */
  struct list_elem holder_elem; /* in the holder's list of held locks */
};

struct condition {
  struct list waiters;        /* one record per cond_wait() call */
};
