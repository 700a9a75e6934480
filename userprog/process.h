/* userprog/process.h -- user processes: creation, exec, fork, wait, exit.
 *
 * Layer: userprog/, above vm/ and filesys/.  A process is one kernel thread
 * (struct thread) plus a struct process, reached through the thread's
 * opaque `process` pointer (NULL for a kernel thread).  The process owns:
 *
 *   - its address space (vm/addrspace.h), whose page table is loaded on
 *     every switch to its thread (the activate hook below);
/// SOLUTION(userprog):
 *   - its fd table and its running executable (open, writes denied);
 *   - the child_status it shares with its parent, and those of its own
 *     children not yet waited for.
/// STUB:
///  *   - its running executable (open while it runs).
/// END
 *
 * The scheduler knows nothing of this: process_init() registers two hooks
 * with kernel/thread.h, one that loads the page table of the thread being
 * switched to (the kernel's for a kernel thread) and points the `syscall`
 * entry at its kernel stack, and one that thread_exit() calls to release
 * the exiting thread's process.
 *
/// SOLUTION(userprog):
 * Life cycle.  process_create_initd() (for the kernel's `run` action) and
 * fork (fork.cc) create a thread that builds the process and enters user
 * mode with intr_return().  exec replaces the address space and the
 * executable in place (pid, name and fd table stay).  Every way out --
 * exit(), a kill by the kernel, a failed load or fork -- goes through
 * thread_exit(), whose exit hook prints "<name>: exit(<status>)" (once, and
 * not for a failed fork), releases everything and finally tells the parent.
 *
 * Parent and child share a child_status: the parent reads the status in
 * wait(), the child writes it at exit.  A reference count (2 at birth)
 * decides who frees it: whichever side lets go last (the parent by waiting
 * or exiting, the child by exiting).
 *
 * Locking: status_lock (process.cc) guards every child_status.refs and the
 * list of children of kernel threads.  A process's own fields and its
 * children list are touched only by its thread (fork reads the parent while
 * the parent sleeps in fork).  Lock order: status_lock is a leaf. */
/// STUB:
///  * Life cycle.  process_create_initd() (for the kernel's `run` action)
///  * creates a thread that builds the process and enters user mode with
///  * intr_return().  Every way out -- a kill by the kernel, a failed load --
///  * goes through thread_exit(), whose exit hook releases the process. */
/// END
#ifndef USERPROG_PROCESS_H
#define USERPROG_PROCESS_H

/// SOLUTION(userprog):
#include <list.h>

/// END
#include "arch/x86_64/fpu.h"
#include "arch/x86_64/mmu.h"
/// SOLUTION(userprog):
#include "kernel/synch.h"
/// END
#include "kernel/thread.h"
#include "userprog/fdtable.h"

class address_space;
/// SOLUTION(filesys):
struct dir;
/// END
struct file;
struct intr_frame;

/// SOLUTION(userprog):
/* What a parent and one child share (see the overview). */
struct child_status {
  tid_t tid;           /* the child's pid; set by the parent at creation */
  int exit_status;     /* written by the child before it ups `exited` */
  semaphore exited;    /* upped once, when the child has released everything */
  int refs;            /* 2, 1 or 0; guarded by status_lock */
  list_elem elem;      /* in the parent's children (or kernel_children) */
};

/// END
struct process {
  address_space *as = nullptr;        /* user address space */
  /// SOLUTION(userprog):
  fd_table fds;
  /// END
  file *executable = nullptr;        /* open with writes denied, until exit */
  /// SOLUTION(userprog): what the system calls, wait and exit need to know
  /// of a process.
  child_status *status = nullptr;    /* shared with the parent */
  list children;                     /* child_status.elem, not yet waited for */
  int exit_status = -1;              /* kills leave -1 */
  bool report_exit = true;           /* print the exit line (not for a failed fork) */
  /// END
  intr_frame *syscall_frame = nullptr; /* user registers of the system call in progress */
  fpu_state fpu;                     /* x87/SSE registers while not in the FPU
                                        (see process_fpu_* below) */

  /// SOLUTION(filesys): the working directory.
  /* ---- File system (filesys/filesys.h). ---- */
  /* Working directory: a handle owned by the process, NULL for the root.
   * Paths the process passes are relative to it.  fork copies it (a new
   * handle on the same directory), exec keeps it, exit closes it. */
  dir *cwd = nullptr;
  /// END
};

/* Sets up the process layer and registers its hooks with the scheduler
 * (kernel/thread.h): on every switch the thread's page table is loaded and
 * `syscall` pointed at its kernel stack; thread_exit() of a process prints
 * its exit line and releases it.  Call once at boot, before any process. */
void process_init(void);

/* Starts the first user program of a `run` action: CMDLINE is "PROG ARGS"
 * (copied; the caller may free it).  Returns the new thread's tid, or
 * TID_ERROR if no thread could be created.  The program may still fail to
 * load: it then prints "load: PROG: ..." and exits with -1.  The caller
 * (a kernel thread) should process_wait() for it.  May sleep. */
tid_t process_create_initd(const char *cmdline);

/* Waits for child TID of the running thread (a process, or a kernel thread
 * that called process_create_initd) and returns its exit status: -1 if it
 * was killed, if TID is not a child of the caller, or if it was waited for
 * already.  Sleeps until the child has exited. */
int process_wait(tid_t tid);

/* The running thread's process, or NULL for a kernel thread. */
process *process_current(void);

/* Ends the running process with STATUS / with -1 (a kill): its thread
 * exits, and the exit hook releases the process.  Must not hold locks or
 * own memory the process does not record: nothing unwinds. */
[[noreturn]] void process_exit(int status);
[[noreturn]] void process_kill(void);

/* exec: replaces the running program with CMDLINE (a kernel copy, freed
 * here).  On success rewrites F (the system call's frame) so that the
 * return from the system call enters the new program.  On failure prints
 * "load: PROG: ..." and the process exits with -1 (does not return). */
void process_exec(char *cmdline, intr_frame *f);

/* fork: a copy of the running process called NAME, resuming from user
 * frame F with rax = 0.  Returns the child's pid once the copy is
 * complete, or TID_ERROR if resources ran out (then nothing is leaked and
 * no exit line is printed).  May sleep. */
tid_t process_fork(const char *name, const intr_frame *f);

/* ---- x87/SSE registers. ----
 * The FPU holds the registers of at most one process, its owner; the
 * others' registers wait in their process.fpu.  Switching is lazy: a
 * switch to a kernel thread, or back to the owner, costs nothing; only a
 * switch to another process saves the owner's registers and loads the new
 * one's (the scheduler's activate hook).  Every function here runs with
 * interrupts off inside. */

/* Makes the FPU hold P's registers. */
void process_fpu_take(process *p);
/* Gives P the clean registers a new program starts with, in the FPU. */
void process_fpu_reset(process *p);
/* Copies PARENT's registers, as they are now, into CHILD.fpu. */
void process_fpu_copy(process *child, process *parent);

/* ---- For fork.cc. ---- */

/// SOLUTION(userprog):
/* A new process record owning STATUS (may be NULL), with no address space.
 * Returns NULL when out of memory (STATUS untouched). */
process *process_new(child_status *status);
/* A new child_status with two references, or NULL when out of memory. */
child_status *child_status_new(void);
/* Drops one reference to ST, freeing it with the last. */
void child_status_drop(child_status *st);
/* For a child that could not even get a process record: reports STATUS to
 * the parent through ST and drops the child's reference. */
void child_status_finish(child_status *st, int status);
/// STUB:
/// /* A new process record, with no address space.  Returns NULL when out of
///  * memory. */
/// process *process_new(void);
/// END
/* Installs AS (may be NULL) as the address space of P, the running
 * thread's process, and loads its page table (every later switch to this
 * thread loads it again). */
void process_set_as(process *p, address_space *as);

#endif /* USERPROG_PROCESS_H */
