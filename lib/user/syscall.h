/* lib/user/syscall.h -- the system calls a user program can make.
 *
 * The Pintos user API, usable from C and C++.  Each function is a thin stub
 * (lib/user/syscall.cc) that loads the call number into rax and the
 * arguments into rdi, rsi, rdx, r10, r8, r9 and executes `syscall`; the
 * kernel's answer comes back in rax.  Numbers are listed in lib/syscall-nr.h
 * and the semantics in /work/shared/abi.md ("System calls").
 *
 * Bad pointers passed to any call end the process with exit status -1. */
#ifndef LIB_USER_SYSCALL_H
#define LIB_USER_SYSCALL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A process identifier; PID_ERROR from fork or exec means failure. */
typedef int pid_t;
#define PID_ERROR ((pid_t) -1)

/* A file position or size. */
typedef int off_t;

/* What mmap returns on failure. */
#define MAP_FAILED ((void *) NULL)

/* Conventional exit statuses. */
#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

/* Longest file-name component readdir() stores (plus one for the NUL). */
#define READDIR_MAX_LEN 14

/* Project 1 and 2: processes and files. */
void halt(void) __attribute__((noreturn));
void exit(int status) __attribute__((noreturn));
/* Returns the child's pid in the parent, 0 in the child, PID_ERROR when
 * out of resources.  THREAD_NAME becomes the child's process name. */
pid_t fork(const char *thread_name);
/* Replaces this program with CMD_LINE; returns -1 only on failure (the
 * standard kernel instead ends the process with -1). */
int exec(const char *cmd_line);
/* Waits for direct child PID to exit; returns its status or -1. */
int wait(pid_t pid);
bool create(const char *file, unsigned initial_size);
bool remove(const char *file);
int open(const char *file);
int filesize(int fd);
int read(int fd, void *buffer, unsigned length);
int write(int fd, const void *buffer, unsigned length);
void seek(int fd, unsigned position);
unsigned tell(int fd);
void close(int fd);
/* Makes NEWFD an alias of OLDFD sharing one position; returns NEWFD or -1. */
int dup2(int oldfd, int newfd);

/* Project 3: virtual memory. */
/* Maps LENGTH bytes of FD from OFFSET at ADDR; returns ADDR or MAP_FAILED. */
void *mmap(void *addr, size_t length, int writable, int fd, off_t offset);
void munmap(void *addr);

/* Project 4: file system. */
bool chdir(const char *dir);
bool mkdir(const char *dir);
bool readdir(int fd, char name[READDIR_MAX_LEN + 1]);
bool isdir(int fd);
int inumber(int fd);
int symlink(const char *target, const char *linkpath);

/* Extra: mount a disk (not used by the standard tests). */
int mount(const char *path, int chan_no, int dev_no);
int umount(const char *path);

/* Test interrupts (abi.md): an identity of the frame holding the page of
 * ADDR (NULL if not present; pages sharing a frame give the same value,
 * as in standard Pintos), and sectors read/written on the file-system
 * disk. */
void *get_phys_addr(void *addr);
long long get_fs_disk_read_cnt(void);
long long get_fs_disk_write_cnt(void);

#ifdef __cplusplus
}
#endif

#endif /* LIB_USER_SYSCALL_H */
