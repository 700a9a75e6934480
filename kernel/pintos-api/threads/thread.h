/* kernel/pintos-api/threads/thread.h -- kernel threads, the standard Pintos
 * API in C (see ../README.md).  Each function is kernel/thread.h's, with
 * the contract given there; struct thread is opaque here. */
#ifndef PINTOS_API_THREADS_THREAD_H
#define PINTOS_API_THREADS_THREAD_H

#include <debug.h>
#include <list.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
#error "C only: C++ code includes kernel/thread.h"
#endif

enum thread_status { THREAD_RUNNING, THREAD_READY, THREAD_BLOCKED, THREAD_DYING };

typedef int tid_t;
#define TID_ERROR ((tid_t) -1)

#define PRI_MIN 0
#define PRI_DEFAULT 31
#define PRI_MAX 63

struct thread;

/* True when the kernel runs the multi-level feedback queue scheduler
 * (kernel option -mlfqs). */
extern bool thread_mlfqs;

typedef void thread_func (void *aux);
/* Starts a thread running FUNCTION(AUX) at PRIORITY; returns its tid, or
 * TID_ERROR when out of memory.  May run the new thread at once. */
tid_t thread_create (const char *name, int priority, thread_func *, void *);

void thread_block (void);
void thread_unblock (struct thread *);
struct thread *thread_current (void);
tid_t thread_tid (void);
const char *thread_name (void);
void thread_exit (void) NO_RETURN;
void thread_yield (void);

int thread_get_priority (void);
void thread_set_priority (int);
int thread_get_nice (void);
void thread_set_nice (int);
/* 100 times the running thread's recent_cpu, and the system load average,
 * rounded to the nearest integer. */
int thread_get_recent_cpu (void);
int thread_get_load_avg (void);

#endif /* PINTOS_API_THREADS_THREAD_H */
