/* filesys/filesys.h -- the file system: mounting, formatting, and names.
 *
 * Layer: filesys/, the top of it; used by the system calls, the ELF loader
 * and the command-line actions (filesys/fsutil.cc).  Below it, in order:
 *
 *     filesys.cc      mount / format, create / open / remove by name
 *     directory.cc    directory entries            (dir_lock)
 *     file.cc         open files: inode + position
 *     inode.cc        open inodes, data transfer   (open_inodes_lock, inode::lock)
 *     inode-map.cc    the on-disk inode's index tree
 *     free-map.cc     free sectors                 (free_map_lock)
 *     cache.cc        the buffer cache: every sector of the disk passes
 *                     through it           (cache_entry::lock, cache_lock)
 *     devices/block   the file-system disk, hd0:1  (IDE channel lock)
 *
 * Disk layout: sector 0 holds the free-map file's inode, sector 1 the root
 * directory's inode (see filesys/free-map.h); every other sector is a data,
 * index or inode sector handed out by the free map.
 *
 * Lock order (a thread holding one lock takes only locks further down):
 *
 *     dir_lock  ->  inode::lock  ->  free_map_lock  ->  cache_entry::lock
 *     open_inodes_lock  ->  cache_entry::lock
 *     cache_entry::lock  ->  IDE channel lock
 *     cache_entry::lock  ->  cache_lock
 *
 * The cache's locks come after every other file-system lock: the cache
 * calls nothing above it.  A thread holds at most one cache_entry::lock;
 * cache_lock is a leaf, never held across disk I/O (filesys/cache.h).
 *
 * open_inodes_lock may be taken with dir_lock held (dir_lookup opens the
 * inode it finds), never with an inode::lock or free_map_lock held.  No
 * function here needs the caller to hold any lock; all may sleep.  Errors
 * from a corrupt or full disk are printed ("filesys: ...") and returned as
 * failures; none panics.
 *
 * Life cycle: filesys_init() at boot (after ide_init) sets up the cache,
 * filesys_done() at shutdown writes it back.  Without a file-system disk, or if the disk cannot be mounted,
 * the file system stays unmounted and every call below fails cleanly. */
#ifndef FILESYS_FILESYS_H
#define FILESYS_FILESYS_H

#include <stdbool.h>

#include "filesys/off_t.h"

struct block;
struct file;

/* The file-system disk (BLOCK_FILESYS), or NULL.  Set by filesys_init(). */
extern block *fs_device;

/* Mounts the file-system disk, formatting it first if FORMAT ("Formatting
 * file system...done.").  On a missing or unusable disk prints why (only
 * when FORMAT was asked for, if the disk is missing) and stays unmounted. */
void filesys_init(bool format);

/* Writes everything back and unmounts.  Call once, at shutdown. */
void filesys_done(void);

/* True between a successful filesys_init() and filesys_done(). */
bool filesys_mounted(void);

/* Creates a file NAME of INITIAL_SIZE zero bytes.  Returns false if NAME is
 * empty, longer than NAME_MAX (14) or exists already, if INITIAL_SIZE is
 * negative or too large, or if the disk is full (nothing is leaked). */
bool filesys_create(const char *name, off_t initial_size);

/* Opens NAME.  Returns the new file, or NULL if there is no such file or
 * the disk is corrupt (reported) or memory is short. */
file *filesys_open(const char *name);

/* Deletes NAME; returns false if there is none.  Openers keep using the
 * data until they close it; the sectors are freed after the last close. */
bool filesys_remove(const char *name);

#endif /* FILESYS_FILESYS_H */
