/// SOLUTION FILE(userprog): the system calls' shared types: a call's result, its
/// arguments, a path copied in from user memory.
/* userprog/syscall-impl.h -- what the system-call files share (private to
 * userprog/syscall*.cc).
 *
 * Every call is a function from its six raw argument registers (and the
 * frame, for fork and exec) to a sys_result: a value for rax, or "kill the
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

struct sys_result {
  int64_t value;
  bool kill;
  static sys_result ok(int64_t v) { return {v, false}; }
  static sys_result boolean(bool b) { return {b ? 1 : 0, false}; }
  static sys_result killed() { return {0, true}; }
};

using sys_args = const uint64_t (&)[6];
using syscall_func = sys_result (*)(sys_args a, intr_frame *f);

inline int arg_int(uint64_t raw) { return (int)(uint32_t)raw; }
inline uint32_t arg_unsigned(uint64_t raw) { return (uint32_t)raw; }
inline void *arg_ptr(uint64_t raw) { return (void *)raw; }

/* A path argument copied from user memory: a short one into the object
 * itself, a longer one into a heap buffer of PATH_MAX + 1 bytes
 * (filesys/path.h), freed at scope end.
 *     user_path path(a[0]);
 *     if (path.fault()) return sys_result::killed();   // bad pointer
 *     if (!path.ok()) ...fail the call...  // too long, or no memory
 *     use(path.get()); */
class user_path {
 public:
  explicit user_path(uint64_t raw);
  ~user_path();
  user_path(const user_path &) = delete;
  user_path &operator=(const user_path &) = delete;

  bool fault() const { return fault_; }
  bool ok() const { return buf_ != nullptr && !fault_ && !too_long_; }
  const char *get() const { return buf_; }

 private:
  char small_[128];
  char *buf_ = small_;  /* small_ or the heap */
  bool fault_ = false;
  bool too_long_ = false;
};

/* userprog/syscall-file.cc. */
sys_result sys_create(sys_args a, intr_frame *f);
sys_result sys_remove(sys_args a, intr_frame *f);
sys_result sys_open(sys_args a, intr_frame *f);
sys_result sys_filesize(sys_args a, intr_frame *f);
sys_result sys_read(sys_args a, intr_frame *f);
sys_result sys_write(sys_args a, intr_frame *f);
sys_result sys_seek(sys_args a, intr_frame *f);
sys_result sys_tell(sys_args a, intr_frame *f);
sys_result sys_close(sys_args a, intr_frame *f);
sys_result sys_dup2(sys_args a, intr_frame *f);

/* userprog/syscall-dir.cc: directories, links, mounts. */
sys_result sys_chdir(sys_args a, intr_frame *f);
sys_result sys_mkdir(sys_args a, intr_frame *f);
sys_result sys_readdir(sys_args a, intr_frame *f);
sys_result sys_isdir(sys_args a, intr_frame *f);
sys_result sys_inumber(sys_args a, intr_frame *f);
sys_result sys_symlink(sys_args a, intr_frame *f);
sys_result sys_mount(sys_args a, intr_frame *f);
sys_result sys_umount(sys_args a, intr_frame *f);

/* userprog/syscall-mm.cc. */
sys_result sys_mmap(sys_args a, intr_frame *f);
sys_result sys_munmap(sys_args a, intr_frame *f);

#endif /* USERPROG_SYSCALL_IMPL_H */
