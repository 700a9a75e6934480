/* filesys/directory.h -- directories: files of fixed-size name entries.
 *
 * Layer: filesys/, above inodes, below filesys.cc and the system calls.
 * A directory is an inode of type INODE_DIR whose data is an array of
 * entries (see directory.cc for the layout); an entry names an inode by its
 * sector.  There is one directory today, the root (ROOT_DIR_SECTOR), but
 * nothing here assumes it: subdirectories are directories whose entry sits
 * in another directory.
 *
 * A struct dir is one opener's handle: an open inode plus a read position
 * for dir_readdir().  dir_open() takes over the caller's inode reference;
 * dir_close() drops it.
 *
 * Locking: dir_lock (directory.cc) guards the contents of every directory;
 * each function below takes it for its whole duration, so a lookup that
 * opens the inode, or a removal, is atomic with respect to other name
 * operations.  It comes first in the file system's lock order (see
 * filesys/filesys.h).  A struct dir's position is its owner's alone. */
#ifndef FILESYS_DIRECTORY_H
#define FILESYS_DIRECTORY_H

#include <stddef.h>

#include "devices/block.h"

/* Longest file name; longer names are refused, never truncated. */
#define NAME_MAX 14

struct inode;
struct dir;

/* True if NAME can name a directory entry: 1 to NAME_MAX characters, no
 * '/'. */
bool dir_name_valid(const char *name);

/* Sets up dir_lock.  Call once before any other function. */
void dir_init(void);

/* Creates at SECTOR (allocated by the caller) a directory with room for
 * ENTRY_CNT entries; it grows beyond that when needed.  Returns false if
 * the disk is full or fails.  May sleep. */
bool dir_create(block_sector_t sector, size_t entry_cnt);

/* Opens a directory on INODE, taking over the caller's reference to it.
 * Returns NULL, closing INODE, if INODE is NULL, not a directory, or memory
 * is short. */
dir *dir_open(inode *inode);

/* Opens the root directory; NULL (after printing why) if its inode is
 * unreadable or corrupt.  May sleep. */
dir *dir_open_root(void);

/* A new handle on DIR's inode, with its own position; NULL if memory is
 * short. */
dir *dir_reopen(dir *dir);

/* Closes DIR (NULL is ignored).  May sleep. */
void dir_close(dir *dir);

/* DIR's inode (still owned by DIR). */
inode *dir_get_inode(dir *dir);

/* Looks NAME up in DIR.  On success opens its inode, stores it in *INODE
 * (the caller must close it) and returns true; otherwise stores NULL and
 * returns false (no such name, a bad name, or a corrupt entry, which is
 * reported).  May sleep. */
bool dir_lookup(dir *dir, const char *name, inode **inode);

/* Adds an entry NAME -> INODE_SECTOR to DIR.  Returns false if NAME is
 * empty, longer than NAME_MAX or contains '/', if DIR already has NAME, or
 * if the disk is full or fails.  May sleep. */
bool dir_add(dir *dir, const char *name, block_sector_t inode_sector);

/* Removes NAME from DIR and marks its inode removed (its data goes when
 * its last opener closes it).  Returns false if there is no such entry.
 * May sleep. */
bool dir_remove(dir *dir, const char *name);

/* Stores the next name in DIR in NAME and returns true, or returns false
 * at the end of the directory.  May sleep. */
bool dir_readdir(dir *dir, char name[NAME_MAX + 1]);

#endif /* FILESYS_DIRECTORY_H */
