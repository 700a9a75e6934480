/* userprog/syscall-impl.h -- what the system-call files share (private to
 * userprog/syscall*.cc).
 *
 * Every call is a function from its six raw argument registers (and the
 * frame, for fork and exec) to a SysResult: a value for rax, or "kill the
 * process".  The kill itself happens in the dispatcher, after the call has
 * returned, so that a call never dies holding a lock or a buffer: RAII in
 * the call releases them on the way out.
 *
 * Argument conventions (abi.md): fds, pids and statuses are the low 32
 * bits as signed; sizes and positions the low 32 bits as unsigned;
 * pointers all 64 bits. */
#ifndef USERPROG_SYSCALL_IMPL_H
#define USERPROG_SYSCALL_IMPL_H

#include <stdint.h>

struct intr_frame;

struct SysResult {
  int64_t value;
  bool kill;
  static SysResult ok(int64_t v) { return {v, false}; }
  static SysResult boolean(bool b) { return {b ? 1 : 0, false}; }
  static SysResult killed() { return {0, true}; }
};

using SysArgs = const uint64_t (&)[6];
using SyscallFunc = SysResult (*)(SysArgs a, intr_frame *f);

inline int arg_int(uint64_t raw) { return (int)(uint32_t)raw; }
inline uint32_t arg_unsigned(uint64_t raw) { return (uint32_t)raw; }
inline void *arg_ptr(uint64_t raw) { return (void *)raw; }

/* userprog/syscall-file.cc. */
SysResult sys_create(SysArgs a, intr_frame *f);
SysResult sys_remove(SysArgs a, intr_frame *f);
SysResult sys_open(SysArgs a, intr_frame *f);
SysResult sys_filesize(SysArgs a, intr_frame *f);
SysResult sys_read(SysArgs a, intr_frame *f);
SysResult sys_write(SysArgs a, intr_frame *f);
SysResult sys_seek(SysArgs a, intr_frame *f);
SysResult sys_tell(SysArgs a, intr_frame *f);
SysResult sys_close(SysArgs a, intr_frame *f);
SysResult sys_dup2(SysArgs a, intr_frame *f);

/* userprog/syscall-mm.cc. */
SysResult sys_mmap(SysArgs a, intr_frame *f);
SysResult sys_munmap(SysArgs a, intr_frame *f);

#endif /* USERPROG_SYSCALL_IMPL_H */
