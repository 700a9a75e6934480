/* userprog/process.cc -- process life cycle: start, exec, wait, exit
 * (fork is in fork.cc).  See process.h for the design. */
#include "userprog/process.h"

#include <debug.h>
#include <stdio.h>
#include <string.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/syscall-arch.h"
/// SOLUTION(filesys):
#include "filesys/directory.h"
/// END
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "kernel/malloc.h"
#include "kernel/palloc.h"
#include "vm/addrspace.h"
#include "userprog/load.h"

namespace {

/// SOLUTION(userprog):
/* Guards child_status.refs and kernel_children.  A leaf lock. */
lock status_lock;
/* Children of kernel threads (the `run` action's programs). */
list kernel_children;

/// END
/* The process whose registers the FPU holds, or NULL.  Guarded by
 * interrupts off. */
process *fpu_owner;

/* What process_create_initd hands to the new thread. */
struct initd_args {
  char *cmdline;       /* a palloc page, freed by the thread */
  /// SOLUTION(userprog):
  child_status *status;
  /// END
};

/* Longest program file name tried (longer names cannot exist anyway). */
constexpr size_t FILE_NAME_MAX = 128;

/* Loads CMDLINE's program into a fresh address space and, on success,
 * makes it P's (freeing the old one and closing the old executable) and
 * fills F to enter it.  On failure P is unchanged; prints why. */
bool start_program(process *p, const char *cmdline, intr_frame *f) {
  char file_name[FILE_NAME_MAX];
  program_name(cmdline, file_name, sizeof file_name);
  /// SOLUTION(filesys): the program's path is relative to the working directory.
  file *exe = filesys_open_file(p->cwd, file_name); /* relative to the cwd */
  /// STUB:
  /// file *exe = filesys_open_file(nullptr, file_name);
  /// END
  if (exe == nullptr) {
    printf("load: %s: open failed\n", file_name);
    return false;
  }
  userprog_file_opened();
  /// SOLUTION(userprog): deny writes to a running executable.
  file_deny_write(exe);
  /// END
  address_space *as = address_space::create();
  if (as == nullptr) printf("load: %s: out of memory\n", file_name);
  if (as == nullptr || !load_program(as, exe, file_name, cmdline, f)) {
    delete as;
    file_close(exe);
    userprog_file_closed();
    return false;
  }
  address_space *old_as = p->as;
  file *old_exe = p->executable;
  process_set_as(p, as);
  process_fpu_reset(p);
  p->executable = exe;
  /* exec drops the old image, mmap regions included. */
  delete old_as;
  if (old_exe != nullptr) {
    file_close(old_exe);
    userprog_file_closed();
  }
  return true;
}

/* The first function of a process made by process_create_initd. */
void initd_start(void *aux) {
  /// SOLUTION(userprog): give the new process its fds 0 and 1; if it cannot
  /// start, its parent's wait must still learn that (exit status -1).
  initd_args args = *static_cast<initd_args *>(aux);
  free(aux);
  process *p = process_new(args.status);
  if (p == nullptr) {
    palloc_free_page(args.cmdline);
    child_status_finish(args.status, -1);
    thread_exit();
  }
  thread_current()->process = p;
  intr_frame f;
  bool ok = p->fds.init_console() && start_program(p, args.cmdline, &f);
  palloc_free_page(args.cmdline);
  if (!ok) process_kill();
  intr_return(&f);
  /// STUB:
  /// initd_args args = *static_cast<initd_args *>(aux);
  /// free(aux);
  /// process *p = process_new();
  /// if (p == nullptr) {
  ///   palloc_free_page(args.cmdline);
  ///   thread_exit();
  /// }
  /// thread_current()->process = p;
  /// intr_frame f;
  /// bool ok = start_program(p, args.cmdline, &f);
  /// palloc_free_page(args.cmdline);
  /// if (!ok) process_kill();
  /// intr_return(&f);
  /// END
}

/// SOLUTION(userprog):
/* Removes and returns the record of child TID from LIST, or NULL. */
child_status *take_child(list *children, tid_t tid) {
  for (list_elem *e = list_begin(children); e != list_end(children); e = list_next(e)) {
    child_status *st = list_entry(e, child_status, elem);
    if (st->tid == tid) {
      list_remove(e);
      return st;
    }
  }
  return nullptr;
}

/// END
/* The activate hook, on every switch to T (interrupts off): T's page
 * table (the kernel's for a kernel thread, or a process still without an
 * address space), and T's kernel stack for the `syscall` entry. */
void activate_thread(thread *t) {
  process *p = static_cast<process *>(t->process);
  page_table *want = p != nullptr && p->as != nullptr ? p->as->pml4() : kernel_pml4();
  if (pml4_active() != want) pml4_activate(want);
  syscall_set_kernel_stack((uint64_t)t + THREAD_STACK_SIZE);
  if (p != nullptr) process_fpu_take(p);
}

/* The exit hook (thread_exit): if T, the running thread, is a process,
 * prints its exit line and releases it.  May sleep. */
void release_process(thread *t) {
  process *p = static_cast<process *>(t->process);
  if (p == nullptr) return;
  /// SOLUTION(userprog): print the exit message and close the process's files.
  if (p->report_exit) printf("%s: exit(%d)\n", t->name, p->exit_status);

  p->fds.close_all();
  /// SOLUTION(filesys): close the working directory.
  dir_close(p->cwd);
  p->cwd = nullptr;
  /// END
  /// END
  if (p->executable != nullptr) {
    file_close(p->executable);
    userprog_file_closed();
  }
  address_space *as = p->as;
  process_set_as(p, nullptr);
  delete as;

  /// SOLUTION(userprog): let go of the children, and tell the parent (below).
  /* Let go of the children's records; running children go on alone. */
  while (!list_empty(&p->children))
    child_status_drop(list_entry(list_pop_front(&p->children), child_status, elem));

  child_status *st = p->status;
  int status = p->exit_status;
  /// END
  {
    interrupts_off off;
    if (fpu_owner == p) fpu_owner = nullptr;
    t->process = nullptr;
  }
  delete p;
  /// SOLUTION(userprog):
  /* Last: the parent may run (and check for leaks) from here on. */
  if (st != nullptr) child_status_finish(st, status);
  /// END
}

const thread_process_hooks hooks = {activate_thread, release_process};

}  // namespace

void process_init(void) {
  /// SOLUTION(userprog):
  lock_init(&status_lock);
  list_init(&kernel_children);
  /// END
  thread_set_process_hooks(&hooks);
}

process *process_current(void) { return static_cast<process *>(thread_current()->process); }

/// SOLUTION(userprog):
child_status *child_status_new(void) {
  child_status *st = static_cast<child_status *>(malloc(sizeof *st));
  if (st == nullptr) return nullptr;
  st->tid = TID_ERROR;
  st->exit_status = -1;
  sema_init(&st->exited, 0);
  st->refs = 2;
  return st;
}

void child_status_drop(child_status *st) {
  bool last;
  {
    lock_guard guard(&status_lock);
    last = --st->refs == 0;
  }
  if (last) free(st);
}

void child_status_finish(child_status *st, int status) {
  st->exit_status = status;
  sema_up(&st->exited);
  child_status_drop(st);
}

process *process_new(child_status *status) {
  process *p = new process;
  if (p == nullptr) return nullptr;
  p->status = status;
  list_init(&p->children);
  fpu_state_clean(&p->fpu);
  return p;
}

/// STUB:
/// process *process_new(void) {
///   process *p = new process;
///   if (p == nullptr) return nullptr;
///   fpu_state_clean(&p->fpu);
///   return p;
/// }
///
/// END
void process_set_as(process *p, address_space *as) {
  interrupts_off off; /* the activate hook reads p->as on a switch */
  p->as = as;
  pml4_activate(as != nullptr ? as->pml4() : nullptr);
}

tid_t process_create_initd(const char *cmdline) {
  /// SOLUTION(userprog): the new process is a child of the caller, for
  /// process_wait.
  char *copy = static_cast<char *>(palloc_get_page(PAL_NONE));
  initd_args *args = static_cast<initd_args *>(malloc(sizeof *args));
  child_status *st = child_status_new();
  if (copy == nullptr || args == nullptr || st == nullptr) {
    palloc_free_page(copy);
    free(args);
    free(st);
    return TID_ERROR;
  }
  strlcpy(copy, cmdline, PGSIZE);
  *args = initd_args{copy, st};
  char name[16];
  program_name(cmdline, name, sizeof name);

  {
    lock_guard guard(&status_lock);
    list_push_back(&kernel_children, &st->elem);
  }
  tid_t tid = thread_create(name, PRI_DEFAULT, initd_start, args);
  if (tid == TID_ERROR) {
    {
      lock_guard guard(&status_lock);
      list_remove(&st->elem);
    }
    palloc_free_page(copy);
    free(args);
    free(st);
    return TID_ERROR;
  }
  st->tid = tid;
  return tid;
  /// STUB:
  /// char *copy = static_cast<char *>(palloc_get_page(PAL_NONE));
  /// initd_args *args = static_cast<initd_args *>(malloc(sizeof *args));
  /// if (copy == nullptr || args == nullptr) {
  ///   palloc_free_page(copy);
  ///   free(args);
  ///   return TID_ERROR;
  /// }
  /// strlcpy(copy, cmdline, PGSIZE);
  /// args->cmdline = copy;
  /// char name[16];
  /// program_name(cmdline, name, sizeof name);
  /// tid_t tid = thread_create(name, PRI_DEFAULT, initd_start, args);
  /// if (tid == TID_ERROR) {
  ///   palloc_free_page(copy);
  ///   free(args);
  /// }
  /// return tid;
  /// END
}

int process_wait(tid_t tid) {
  /// SOLUTION(userprog): wait for child TID to exit and return its exit
  /// status (-1 if it was killed, is not a child, or was waited for already).
  process *p = process_current();
  child_status *st;
  if (p != nullptr) {
    st = take_child(&p->children, tid);
  } else {
    lock_guard guard(&status_lock);
    st = take_child(&kernel_children, tid);
  }
  if (st == nullptr) return -1;
  sema_down(&st->exited);
  int status = st->exit_status;
  child_status_drop(st);
  return status;
  /// STUB:
  /// return -1;
  /// END
}

void process_exit(int status) {
  /// SOLUTION(userprog): keep STATUS for the parent and the exit message.
  process_current()->exit_status = status;
  /// END
  thread_exit();
}

void process_kill(void) { process_exit(-1); }

void process_exec(char *cmdline, intr_frame *f) {
  process *p = process_current();
  intr_frame frame;
  bool ok = start_program(p, cmdline, &frame);
  palloc_free_page(cmdline);
  if (!ok) process_kill();
  *f = frame;
}

void process_fpu_take(process *p) {
  interrupts_off off;
  if (fpu_owner == p) return;
  if (fpu_owner != nullptr) fpu_save(&fpu_owner->fpu);
  fpu_load(&p->fpu);
  fpu_owner = p;
}

void process_fpu_reset(process *p) {
  interrupts_off off;
  fpu_state_clean(&p->fpu);
  if (fpu_owner == p) fpu_owner = nullptr; /* its registers are stale now */
  process_fpu_take(p);
}

void process_fpu_copy(process *child, process *parent) {
  interrupts_off off;
  if (fpu_owner == parent) fpu_save(&parent->fpu);
  child->fpu = parent->fpu;
  /* If the child already ran, the FPU holds its old (clean) registers. */
  if (fpu_owner == child) fpu_owner = nullptr;
}


