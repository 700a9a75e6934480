/* filesys/inode.h -- open inodes: a file's data, shared by all its openers.
 *
 * Layer: filesys/, below directories and open files (directory.cc,
 * file.cc), above the index tree (inode-map.cc), the free map and the
 * buffer cache (filesys/cache.h, which holds the disk sectors).  Owns the
 * list of open inodes: each on-disk inode that is open has exactly one
 * struct inode, however many times it is opened.  An inode is named by its
 * volume (filesys/volume.h) and its sector.
 *
 * Life cycle:
 *
 *   inode_create(V, SECTOR)  writes a new on-disk inode (SECTOR from V's free map)
 *   inode_open(V, SECTOR)    finds the struct inode in the open list (count + 1)
 *                         or reads it from disk and adds it (count = 1)
 *   inode_reopen()        count + 1
 *   inode_remove()        marks it removed (the name is gone already)
 *   inode_close()         count - 1; at 0 it leaves the list and is freed, and
 *                         if it was removed its sectors and inode sector are
 *                         released to the free map only now
 *
/// SOLUTION(filesys):
 * Files grow when written past their end (up to INODE_MAX_LENGTH); they
 * never shrink.  The bytes between the old end and a write's start read as
 * zeros.  If the disk fills up, a write stops early and returns the bytes
 * it wrote.  No sector leaks: every sector a write allocates hangs off the
 * inode (even zero-filled gap sectors past the end of a write that then
 * failed; a later write reuses them) and is freed with the file.
/// STUB:
///  * A file has the length it was created with: every sector is allocated
///  * by inode_create(), and a write stops at the end of file.
/// END
 *
 * Locking (see also the order in filesys/filesys.h):
 *   open_inodes_lock (inode.cc) guards the open list and every `removed`
 *     flag, and an inode's first and last reference (open_cnt is atomic:
 *     inode_reopen, and an inode_close that is not the last, take no
 *     lock); held while reading an inode (through the cache) in
 *     inode_open.
 *   dir_lock (the namespace lock, filesys/directory.h) guards `mounted`.
 *   inode::lock guards the inode's in-memory disk copy (length, pointers)
 *     and deny_write_cnt; held during each sector's transfer to or from
 *     the cache, so a reader never sees a length whose data is not yet
 *     there.  Data is copied to
 *     and from the caller's buffer with no lock held, so a page fault on
 *     that buffer may itself read files. */
#ifndef FILESYS_INODE_H
#define FILESYS_INODE_H

#include <stddef.h>

#include "devices/block.h"
#include "filesys/inode-map.h"
#include "filesys/off_t.h"

struct inode;
struct volume;

/* Sets up the open-inode list.  Call once before any other function. */
void inode_init(void);

/* Writes a new inode of TYPE with LENGTH zero bytes to SECTOR of V, which
 * the caller has allocated; PARENT is recorded for directories (see
 * filesys/inode-map.h).  Returns false (and allocates nothing) if the disk
 * is full, LENGTH is out of range or a write fails.  May sleep. */
bool inode_create(volume *v, block_sector_t sector, off_t length, inode_type type,
                  block_sector_t parent);

/* Opens the inode at SECTOR of V.  Returns it, or NULL (after reporting
 * why) if the sector does not hold a valid inode, cannot be read, or
 * memory is short.  May sleep. */
inode *inode_open(volume *v, block_sector_t sector);

/* Adds an opener to INODE (NULL is passed through).  Returns INODE. */
inode *inode_reopen(inode *inode);

/* Drops one opener of INODE (NULL is ignored); see the life cycle.  May
 * sleep. */
void inode_close(inode *inode);

/* Marks INODE to be deleted when its last opener closes it. */
void inode_remove(inode *inode);
bool inode_is_removed(const inode *inode);

/* The inode's sector, unique among the inodes of its volume. */
block_sector_t inode_sector(const inode *inode);
/* The inode's number for the `inumber` call: unique among the mounted
 * volumes, the same at every boot (see filesys/volume.h). */
int inode_get_inumber(const inode *inode);
/* The volume the inode lives on. */
volume *inode_get_volume(const inode *inode);

/* Number of openers (for tests and directory removal). */
int inode_open_count(const inode *inode);

/* For umount: the number of open inodes of V other than EXCEPT, and in
 * *EXCEPT_REFS the openers of EXCEPT.  Caller holds no inode lock. */
int inode_count_open(volume *v, const inode *except, int *except_refs);

/* The volume mounted on directory INODE, or NULL; setting it.  Caller holds
 * dir_lock (filesys/directory.h). */
volume *inode_mounted_locked(const inode *inode);
void inode_set_mounted_locked(inode *inode, volume *v);

/* Reads up to SIZE bytes from INODE at OFFSET into BUFFER.  Returns the
 * number read: less than SIZE at end of file or on a disk error or
 * corruption (reported).  Then asks the cache to read ahead the file
 * sector after the last one read.  May sleep; BUFFER may be user
 * memory. */
off_t inode_read_at(inode *inode, void *buffer, off_t size, off_t offset);

/// SOLUTION(filesys):
/* Writes SIZE bytes from BUFFER to INODE at OFFSET, growing the file if
 * needed.  Returns the number written: 0 while writes are denied or the
 * volume is read-only, less than SIZE if the disk fills up or fails.  May sleep; BUFFER may be user
 * memory. */
/// STUB:
/// /* Writes SIZE bytes from BUFFER to INODE at OFFSET.  Returns the number
///  * written: 0 while writes are denied or the volume is read-only, less
///  * than SIZE at end of file or if the disk fails.  May sleep; BUFFER may
///  * be user memory. */
/// END
off_t inode_write_at(inode *inode, const void *buffer, off_t size, off_t offset);

/* Forbids writes to INODE (an executable is running from it); at most once
 * per opener.  inode_allow_write() undoes one inode_deny_write(). */
void inode_deny_write(inode *inode);
void inode_allow_write(inode *inode);

/* Length of INODE's data in bytes. */
off_t inode_length(inode *inode);

/* INODE's type; true if INODE is a directory / a symbolic link. */
inode_type inode_get_type(inode *inode);
bool inode_is_dir(inode *inode);
bool inode_is_symlink(inode *inode);

/* For a directory: the sector of its parent directory on the same volume
 * (its own sector for a volume's root). */
block_sector_t inode_get_parent(inode *inode);

/* Stores in *SECTOR the disk sector holding file sector IDX of INODE.
 * Returns false if there is none (hole, corruption or disk error).  For the
 * free map, which writes its file's sectors directly.  May sleep. */
bool inode_get_sector(inode *inode, size_t idx, block_sector_t *sector);

#endif /* FILESYS_INODE_H */
