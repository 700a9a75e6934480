/* filesys/file.h -- open files: an inode plus a position.
 *
 * Layer: filesys/, above inodes; used by the system calls (fd tables), the
 * ELF loader, mmap and the command-line actions.  A struct file is one
 * opener's view of an inode: its own position and its own "deny write"
 * mark.  file_open() takes over the caller's inode reference and
 * file_close() drops it; two struct files on one inode share its data.
 *
 * Locking: the inode layer makes each read or write atomic per sector and
 * safe against concurrent openers.  A struct file itself (its position) is
 * owned by one thread at a time, the owner of the fd table holding it; the
 * file system does not lock it. */
#ifndef FILESYS_FILE_H
#define FILESYS_FILE_H

#include "filesys/off_t.h"

struct inode;
struct file;

/* Opens a file on INODE, taking over the caller's reference (closed on
 * failure).  Returns NULL if INODE is NULL or memory is short. */
file *file_open(inode *inode);

/* A new file on the same inode, at position 0.  NULL if memory is short. */
file *file_reopen(file *file);

/* A copy of FILE (for fork): same inode, same position, and writes denied
 * again if FILE denies them.  NULL if memory is short. */
file *file_duplicate(file *file);

/* Closes FILE (NULL is ignored), allowing writes again if it denied them.
 * May sleep. */
void file_close(file *file);

/* FILE's inode (still owned by FILE). */
inode *file_get_inode(file *file);

/* Reads up to SIZE bytes at the position into BUFFER and advances the
 * position by the number read, which is returned (short at end of file).
 * May sleep; BUFFER may be user memory. */
off_t file_read(file *file, void *buffer, off_t size);
/* Same at FILE_OFS; the position is not used or changed. */
off_t file_read_at(file *file, void *buffer, off_t size, off_t file_ofs);

/* Writes SIZE bytes from BUFFER at the position, growing the file if
 * needed, and advances the position by the number written, which is
 * returned (0 while writes are denied, short if the disk is full).  May
 * sleep; BUFFER may be user memory. */
off_t file_write(file *file, const void *buffer, off_t size);
/* Same at FILE_OFS; the position is not used or changed. */
off_t file_write_at(file *file, const void *buffer, off_t size, off_t file_ofs);

/* Denies writes to FILE's inode, through any opener, until
 * file_allow_write() or file_close() on FILE.  Idempotent per file. */
void file_deny_write(file *file);
void file_allow_write(file *file);

/* Sets / returns the position (a new position past the end of file is
 * allowed; a negative one is ignored). */
void file_seek(file *file, off_t new_pos);
off_t file_tell(file *file);

/* Current size of FILE in bytes. */
off_t file_length(file *file);

/* True if FILE is a directory (opened by filesys_open): reads and writes
 * on it are refused by the system calls, filesys_readdir() lists it. */
bool file_is_dir(file *file);

/* The inumber of FILE's inode (filesys/inode.h). */
int file_inumber(file *file);

#endif /* FILESYS_FILE_H */
