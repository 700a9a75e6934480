/* lib/user/syscall.cc -- system-call stubs (user side of the ABI).
 *
 * Every call goes through syscall6(): the number in rax, up to six
 * arguments in rdi, rsi, rdx, r10, r8, r9, then the `syscall` instruction.
 * The CPU itself overwrites rcx (return rip) and r11 (saved rflags); the
 * kernel preserves every other register and leaves the result in rax.  The
 * "memory" clobber tells the compiler the kernel may read or write any
 * buffer we passed, so it must not cache memory across the call.
 *
 * Arguments are passed as 64-bit values: an `int` is sign-extended, as the
 * kernel expects (abi.md), and pointers are passed unchanged. */
#include "syscall.h"
#include "syscall-nr.h"

namespace {

/* Issues system call NUMBER with six arguments; returns rax. */
inline long syscall6(long number, long a0 = 0, long a1 = 0, long a2 = 0,
                     long a3 = 0, long a4 = 0, long a5 = 0) {
  register long rax asm("rax") = number;
  register long rdi asm("rdi") = a0;
  register long rsi asm("rsi") = a1;
  register long rdx asm("rdx") = a2;
  register long r10 asm("r10") = a3;
  register long r8 asm("r8") = a4;
  register long r9 asm("r9") = a5;
  asm volatile("syscall"
               : "+r"(rax)
               : "r"(rdi), "r"(rsi), "r"(rdx), "r"(r10), "r"(r8), "r"(r9)
               : "rcx", "r11", "memory");
  return rax;
}

/* Pointers travel as plain integers. */
inline long p(const volatile void *ptr) { return (long)ptr; }

}  // namespace

extern "C" {

void halt(void) {
  syscall6(SYS_HALT);
  __builtin_unreachable();
}

void exit(int status) {
  syscall6(SYS_EXIT, status);
  __builtin_unreachable();
}

pid_t fork(const char *thread_name) { return (pid_t)syscall6(SYS_FORK, p(thread_name)); }
int exec(const char *cmd_line) { return (int)syscall6(SYS_EXEC, p(cmd_line)); }
int wait(pid_t pid) { return (int)syscall6(SYS_WAIT, pid); }

/* Calls returning bool: the kernel returns exactly 0 or 1, but only the low
 * byte is trusted, as a C compiler would. */
bool create(const char *file, unsigned initial_size) {
  return (bool)(syscall6(SYS_CREATE, p(file), initial_size) & 0xff);
}
bool remove(const char *file) { return (bool)(syscall6(SYS_REMOVE, p(file)) & 0xff); }
int open(const char *file) { return (int)syscall6(SYS_OPEN, p(file)); }
int filesize(int fd) { return (int)syscall6(SYS_FILESIZE, fd); }
int read(int fd, void *buffer, unsigned size) {
  return (int)syscall6(SYS_READ, fd, p(buffer), size);
}
int write(int fd, const void *buffer, unsigned size) {
  return (int)syscall6(SYS_WRITE, fd, p(buffer), size);
}
void seek(int fd, unsigned position) { syscall6(SYS_SEEK, fd, position); }
unsigned tell(int fd) { return (unsigned)syscall6(SYS_TELL, fd); }
void close(int fd) { syscall6(SYS_CLOSE, fd); }
int dup2(int oldfd, int newfd) { return (int)syscall6(SYS_DUP2, oldfd, newfd); }

void *mmap(void *addr, size_t length, int writable, int fd, off_t offset) {
  return (void *)syscall6(SYS_MMAP, p(addr), (long)length, writable, fd, offset);
}
void munmap(void *addr) { syscall6(SYS_MUNMAP, p(addr)); }

bool chdir(const char *dir) { return (bool)(syscall6(SYS_CHDIR, p(dir)) & 0xff); }
bool mkdir(const char *dir) { return (bool)(syscall6(SYS_MKDIR, p(dir)) & 0xff); }
bool readdir(int fd, char name[READDIR_MAX_LEN + 1]) {
  return (bool)(syscall6(SYS_READDIR, fd, p(name)) & 0xff);
}
bool isdir(int fd) { return (bool)(syscall6(SYS_ISDIR, fd) & 0xff); }
int inumber(int fd) { return (int)syscall6(SYS_INUMBER, fd); }
int symlink(const char *target, const char *linkpath) {
  return (int)syscall6(SYS_SYMLINK, p(target), p(linkpath));
}
int mount(const char *path, int chan_no, int dev_no) {
  return (int)syscall6(SYS_MOUNT, p(path), chan_no, dev_no);
}
int umount(const char *path) { return (int)syscall6(SYS_UMOUNT, p(path)); }

/* Test interrupts: argument and result in rax, everything else preserved. */
unsigned long get_phys_addr(void *addr) {
  unsigned long rax = (unsigned long)addr;
  asm volatile("int $0x42" : "+a"(rax) : : "memory");
  return rax;
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
