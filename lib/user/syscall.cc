/* lib/user/syscall.cc -- system-call stubs (user side of the ABI).
 *
 * Every call goes through syscall_raw() (lib/user/syscall-raw.h): the
 * number in rax, up to six arguments in rdi, rsi, rdx, r10, r8, r9, then
 * the `syscall` instruction; the result comes back in rax.
 *
 * Arguments are passed as 64-bit values: an `int` is sign-extended and an
 * `unsigned` zero-extended by the conversion to uint64_t, as the kernel
 * expects (abi.md), and pointers are passed unchanged. */
#include "syscall.h"
#include "syscall-nr.h"
#include "syscall-raw.h"

namespace {

/* Pointers travel as plain integers. */
inline uint64_t p(const volatile void *ptr) { return (uint64_t)ptr; }

}  // namespace

extern "C" {

void halt(void) {
  syscall_raw(SYS_HALT);
  __builtin_unreachable();
}

void exit(int status) {
  syscall_raw(SYS_EXIT, status);
  __builtin_unreachable();
}

pid_t fork(const char *thread_name) { return (pid_t)syscall_raw(SYS_FORK, p(thread_name)); }
int exec(const char *cmd_line) { return (int)syscall_raw(SYS_EXEC, p(cmd_line)); }
int wait(pid_t pid) { return (int)syscall_raw(SYS_WAIT, pid); }

/* Calls returning bool: the kernel returns exactly 0 or 1, but only the low
 * byte is trusted, as a C compiler would. */
bool create(const char *file, unsigned initial_size) {
  return (bool)(syscall_raw(SYS_CREATE, p(file), initial_size) & 0xff);
}
bool remove(const char *file) { return (bool)(syscall_raw(SYS_REMOVE, p(file)) & 0xff); }
int open(const char *file) { return (int)syscall_raw(SYS_OPEN, p(file)); }
int filesize(int fd) { return (int)syscall_raw(SYS_FILESIZE, fd); }
int read(int fd, void *buffer, unsigned size) {
  return (int)syscall_raw(SYS_READ, fd, p(buffer), size);
}
int write(int fd, const void *buffer, unsigned size) {
  return (int)syscall_raw(SYS_WRITE, fd, p(buffer), size);
}
void seek(int fd, unsigned position) { syscall_raw(SYS_SEEK, fd, position); }
unsigned tell(int fd) { return (unsigned)syscall_raw(SYS_TELL, fd); }
void close(int fd) { syscall_raw(SYS_CLOSE, fd); }
int dup2(int oldfd, int newfd) { return (int)syscall_raw(SYS_DUP2, oldfd, newfd); }

void *mmap(void *addr, size_t length, int writable, int fd, off_t offset) {
  return (void *)syscall_raw(SYS_MMAP, p(addr), length, writable, fd, offset);
}
void munmap(void *addr) { syscall_raw(SYS_MUNMAP, p(addr)); }

bool chdir(const char *dir) { return (bool)(syscall_raw(SYS_CHDIR, p(dir)) & 0xff); }
bool mkdir(const char *dir) { return (bool)(syscall_raw(SYS_MKDIR, p(dir)) & 0xff); }
bool readdir(int fd, char name[READDIR_MAX_LEN + 1]) {
  return (bool)(syscall_raw(SYS_READDIR, fd, p(name)) & 0xff);
}
bool isdir(int fd) { return (bool)(syscall_raw(SYS_ISDIR, fd) & 0xff); }
int inumber(int fd) { return (int)syscall_raw(SYS_INUMBER, fd); }
int symlink(const char *target, const char *linkpath) {
  return (int)syscall_raw(SYS_SYMLINK, p(target), p(linkpath));
}
int mount(const char *path, int chan_no, int dev_no) {
  return (int)syscall_raw(SYS_MOUNT, p(path), chan_no, dev_no);
}
int umount(const char *path) { return (int)syscall_raw(SYS_UMOUNT, p(path)); }

/* Test interrupts: argument and result in rax, everything else preserved. */
void *get_phys_addr(void *addr) {
  unsigned long rax = (unsigned long)addr;
  asm volatile("int $0x42" : "+a"(rax) : : "memory");
  return (void *)rax;
}
long long get_fs_disk_read_cnt(void) {
  long long rax = 0;
  asm volatile("int $0x43" : "+a"(rax) : : "memory");
  return rax;
}
long long get_fs_disk_write_cnt(void) {
  long long rax = 0;
  asm volatile("int $0x44" : "+a"(rax) : : "memory");
  return rax;
}

}  // extern "C"
