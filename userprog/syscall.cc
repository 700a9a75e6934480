/// SOLUTION(userprog):
/* userprog/syscall.cc -- system-call dispatch and the process calls
 * (halt, exit, fork, exec, wait).  File calls: syscall-file.cc;
 * directories, links and mounts: syscall-dir.cc. */
/// STUB:
/// /* userprog/syscall.cc -- the system-call handler (see syscall.h). */
/// END
#include "userprog/syscall.h"

/// SOLUTION(userprog):
#include <syscall-nr.h>

/// END
#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/syscall-arch.h"
/// SOLUTION(userprog):
#include "devices/shutdown.h"
#include "kernel/palloc.h"
/// END
#include "userprog/process.h"
/// SOLUTION(userprog):
#include "userprog/syscall-impl.h"
/// END
#include "userprog/test-intr.h"
/// SOLUTION(userprog):
#include "userprog/uaccess.h"
/// END

extern "C" void syscall_handler(intr_frame *f);

/// SOLUTION(userprog): the system calls of abi.md: read the number and the
/// arguments, check every user pointer, do the call, return its result in rax.
namespace {

sys_result sys_halt(sys_args, intr_frame *) { shutdown_power_off(); }

sys_result sys_exit(sys_args a, intr_frame *) { process_exit(arg_int(a[0])); }

sys_result sys_fork(sys_args a, intr_frame *f) {
  char name[16];
  /* A longer name is fine: threads keep 15 characters. */
  if (strncpy_from_user(name, (const char *)arg_ptr(a[0]), sizeof name) == user_string::FAULT)
    return sys_result::killed();
  return sys_result::ok(process_fork(name, f));
}

sys_result sys_exec(sys_args a, intr_frame *f) {
  char *cmdline = static_cast<char *>(palloc_get_page(PAL_NONE));
  if (cmdline == nullptr) return sys_result::killed();
  if (strncpy_from_user(cmdline, (const char *)arg_ptr(a[0]), PGSIZE) != user_string::OK) {
    /* Bad memory, or a command line that cannot fit on the stack page. */
    palloc_free_page(cmdline);
    return sys_result::killed();
  }
  process_exec(cmdline, f); /* returns only on success, F rewritten */
  return sys_result::ok(0);
}

sys_result sys_wait(sys_args a, intr_frame *) { return sys_result::ok(process_wait(arg_int(a[0]))); }

/* Indexed by system-call number.  A number outside the table (or NULL)
 * is unknown: the process is killed. */
struct syscall_table {
  syscall_func func[SYS_UMOUNT + 1];
};
constexpr syscall_table make_table() {
  syscall_table t{};
  t.func[SYS_HALT] = sys_halt;
  t.func[SYS_EXIT] = sys_exit;
  t.func[SYS_FORK] = sys_fork;
  t.func[SYS_EXEC] = sys_exec;
  t.func[SYS_WAIT] = sys_wait;
  t.func[SYS_CREATE] = sys_create;
  t.func[SYS_REMOVE] = sys_remove;
  t.func[SYS_OPEN] = sys_open;
  t.func[SYS_FILESIZE] = sys_filesize;
  t.func[SYS_READ] = sys_read;
  t.func[SYS_WRITE] = sys_write;
  t.func[SYS_SEEK] = sys_seek;
  t.func[SYS_TELL] = sys_tell;
  t.func[SYS_CLOSE] = sys_close;
  t.func[SYS_DUP2] = sys_dup2;
  t.func[SYS_MMAP] = sys_mmap;
  t.func[SYS_MUNMAP] = sys_munmap;
  t.func[SYS_CHDIR] = sys_chdir;
  t.func[SYS_MKDIR] = sys_mkdir;
  t.func[SYS_READDIR] = sys_readdir;
  t.func[SYS_ISDIR] = sys_isdir;
  t.func[SYS_INUMBER] = sys_inumber;
  t.func[SYS_SYMLINK] = sys_symlink;
  t.func[SYS_MOUNT] = sys_mount;
  t.func[SYS_UMOUNT] = sys_umount;
  return t;
}
constexpr syscall_table syscalls = make_table();
constexpr uint64_t SYSCALL_CNT = sizeof syscalls.func / sizeof *syscalls.func;

}  // namespace
/// END

void syscall_init(void) {
  process_init();
  syscall_arch_init();
  test_intr_init();
}

/* Called by syscall_entry with interrupts on, on the process's kernel
 * stack. */
extern "C" void syscall_handler(intr_frame *f) {
  /// SOLUTION(userprog): dispatch the system call in F.
  process *p = process_current();
  p->syscall_frame = f;
  const uint64_t args[6] = {f->R.rdi, f->R.rsi, f->R.rdx, f->R.r10, f->R.r8, f->R.r9};
  uint64_t nr = f->R.rax;
  syscall_func func = nr < SYSCALL_CNT ? syscalls.func[nr] : nullptr;
  sys_result r = func != nullptr ? func(args, f) : sys_result::killed();
  p->syscall_frame = nullptr;
  if (r.kill) process_kill();
  f->R.rax = (uint64_t)r.value;
  /// STUB:
  /// process_kill();
  /// END
}
