/* lib/syscall-nr.h -- system-call numbers, shared by the kernel's dispatcher
 * and the user library's stubs.  The values are part of the x86-64 Pintos
 * user-program contract (see /work/shared/abi.md): never renumber.  The
 * number goes in rax; arguments in rdi, rsi, rdx, r10, r8, r9. */
#ifndef LIB_SYSCALL_NR_H
#define LIB_SYSCALL_NR_H

enum {
  /* Processes and files (user programs project). */
  SYS_HALT = 0,     /* halt(void): power off. */
  SYS_EXIT = 1,     /* exit(status): end the calling process. */
  SYS_FORK = 2,     /* fork(name): copy the calling process. */
  SYS_EXEC = 3,     /* exec(cmdline): replace the calling program. */
  SYS_WAIT = 4,     /* wait(pid): reap a child, get its status. */
  SYS_CREATE = 5,   /* create(name, size). */
  SYS_REMOVE = 6,   /* remove(name). */
  SYS_OPEN = 7,     /* open(name): a new fd. */
  SYS_FILESIZE = 8, /* filesize(fd). */
  SYS_READ = 9,     /* read(fd, buf, size). */
  SYS_WRITE = 10,   /* write(fd, buf, size). */
  SYS_SEEK = 11,    /* seek(fd, pos). */
  SYS_TELL = 12,    /* tell(fd). */
  SYS_CLOSE = 13,   /* close(fd). */

  /* Memory-mapped files (virtual memory project). */
  SYS_MMAP = 14,    /* mmap(addr, length, writable, fd, offset). */
  SYS_MUNMAP = 15,  /* munmap(addr). */

  /* Directories and links (file system project). */
  SYS_CHDIR = 16,   /* chdir(dir). */
  SYS_MKDIR = 17,   /* mkdir(dir). */
  SYS_READDIR = 18, /* readdir(fd, name): next entry of a directory. */
  SYS_ISDIR = 19,   /* isdir(fd). */
  SYS_INUMBER = 20, /* inumber(fd): the inode's sector number. */
  SYS_SYMLINK = 21, /* symlink(target, linkpath). */

  /* fd aliasing (user programs extra). */
  SYS_DUP2 = 22,    /* dup2(oldfd, newfd). */

  /* Reserved by the contract. */
  SYS_MOUNT = 23,
  SYS_UMOUNT = 24,
};

#endif /* LIB_SYSCALL_NR_H */
