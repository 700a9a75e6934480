/// SOLUTION FILE(userprog): fork: a copy of the running process (its memory, fds
/// and registers; rax = 0 in the child) that the parent can wait for.
/* userprog/fork.cc -- fork: a copy of the running process.
 *
 * The parent creates the child thread and sleeps until the child has
 * copied everything it needs from the parent (which therefore cannot
 * change meanwhile): the address space, the fd table (one
 * new struct file per description, same position, aliases kept), the
 * working directory and the running executable (writes still denied).  The child then reports
 * success, lets the parent return from fork() first, and enters user mode
 * with the parent's registers and rax = 0.
 *
 * On failure the child releases what it built through the ordinary exit
 * path (thread_exit and the exit hook) without an exit line, and the
 * parent waits for that to finish before returning -1, so nothing is left
/// SOLUTION(vm):
 * behind for the next fork to trip over.  The address space is shared copy-on-write
 * (address_space::copy_from), or copied at once under -nocow. */
/// STUB:
///  * behind for the next fork to trip over. */
/// END
#include "arch/x86_64/interrupt.h"
/// SOLUTION(filesys):
#include "filesys/directory.h"
/// END
#include "filesys/file.h"
#include "kernel/synch.h"
#include "kernel/thread.h"
#include "vm/addrspace.h"
#include "userprog/process.h"

namespace {

/* Lives on the parent's stack while the parent sleeps on `done`; the child
 * must not touch it after upping `done`. */
struct fork_args {
  process *parent;
  const intr_frame *frame; /* the parent's user registers */
  child_status *status;
  semaphore done;
  bool ok;
};

/* Builds the child's copy of PARENT into P.  Returns false when out of
 * memory; what was built stays in P for the exit hook to release. */
bool copy_parent(process *p, process *parent) {
  p->as = address_space::create();
  if (p->as == nullptr || !p->as->copy_from(parent->as)) return false;
  if (!p->fds.clone(parent->fds)) return false;
  /// SOLUTION(filesys): the child starts in the parent's working directory.
  if (parent->cwd != nullptr && (p->cwd = dir_reopen(parent->cwd)) == nullptr) return false;
  /// END
  process_fpu_copy(p, parent);
  if (parent->executable != nullptr) {
    p->executable = file_duplicate(parent->executable);
    if (p->executable == nullptr) return false;
    userprog_file_opened();
  }
  return true;
}

void fork_start(void *aux) {
  fork_args *args = static_cast<fork_args *>(aux);
  thread *t = thread_current();
  process *p = process_new(args->status);
  if (p == nullptr) {
    child_status *st = args->status;
    args->ok = false;
    sema_up(&args->done);
    child_status_finish(st, -1);
    thread_exit();
  }
  t->process = p;
  p->report_exit = false;

  intr_frame frame = *args->frame;
  frame.R.rax = 0;
  bool ok = copy_parent(p, args->parent);
  if (ok) {
    process_set_as(p, p->as);
    process_fpu_take(p);
  }
  args->ok = ok;
  sema_up(&args->done);
  if (!ok) thread_exit();
  p->report_exit = true;
  /* The parent returns from fork() before the child runs: the child steps
   * behind it in the ready queue (both run at the same priority).  The
   * standard tests expect this order (rox-child: the parent's next line
   * comes before the child's first). */
  thread_yield();
  intr_return(&frame);
}

}  // namespace

tid_t process_fork(const char *name, const intr_frame *f) {
  process *parent = process_current();
  child_status *st = child_status_new();
  if (st == nullptr) return TID_ERROR;
  fork_args args;
  args.parent = parent;
  args.frame = f;
  args.status = st;
  sema_init(&args.done, 0);
  args.ok = false;

  list_push_back(&parent->children, &st->elem);
  tid_t tid = thread_create(name, PRI_DEFAULT, fork_start, &args);
  if (tid == TID_ERROR) {
    list_remove(&st->elem);
    child_status_drop(st);
    child_status_drop(st);
    return TID_ERROR;
  }
  st->tid = tid;
  sema_down(&args.done);
  if (!args.ok) {
    /* Wait until the child has released everything, then forget it. */
    list_remove(&st->elem);
    sema_down(&st->exited);
    child_status_drop(st);
    return TID_ERROR;
  }
  return tid;
}
/// STUB FILE:
/// /* userprog/fork.cc -- fork: a copy of the running process. */
/// #include "userprog/process.h"
///
/// /* TODO (project 2, userprog): fork: a copy of the running process (its
///  *   memory, fds and registers; rax = 0 in the child) that the parent can
///  *   wait for. */
/// tid_t process_fork(const char *name, const intr_frame *f) { return TID_ERROR; }
/// END
