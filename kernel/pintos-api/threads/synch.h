/* kernel/pintos-api/threads/synch.h -- semaphores, locks and condition
 * variables, the standard Pintos API in C (see ../README.md).  The
 * functions are kernel/synch.h's, with the contracts given there: the
 * waits may sleep; locks donate priority. */
#ifndef PINTOS_API_THREADS_SYNCH_H
#define PINTOS_API_THREADS_SYNCH_H

#include <list.h>
#include <stdbool.h>

#ifdef __cplusplus
#error "C only: C++ code includes kernel/synch.h"
#endif

struct thread;
#include "threads/synch-layout.h"

void sema_init (struct semaphore *, unsigned value);
void sema_down (struct semaphore *);
bool sema_try_down (struct semaphore *);
void sema_up (struct semaphore *);
void sema_self_test (void);

void lock_init (struct lock *);
void lock_acquire (struct lock *);
bool lock_try_acquire (struct lock *);
void lock_release (struct lock *);
bool lock_held_by_current_thread (const struct lock *);

void cond_init (struct condition *);
void cond_wait (struct condition *, struct lock *);
void cond_signal (struct condition *, struct lock *);
void cond_broadcast (struct condition *, struct lock *);

/* Optimization barrier: the compiler keeps memory accesses on their side. */
#define barrier() asm volatile ("" : : : "memory")

#endif /* PINTOS_API_THREADS_SYNCH_H */
