/* filesys/directory.h -- directories: files of fixed-size name entries.
 *
 * Layer: filesys/, above inodes, below path lookup (path.cc), filesys.cc
 * and the system calls.  A directory is an inode of type INODE_DIR whose
 * data is an array of entries (see directory.cc for the layout); an entry
 * names an inode of the same volume by its sector.  "." and ".." are not
 * stored: path lookup handles them, ".." through the parent sector kept in
 * the directory's inode (filesys/inode-map.h).  Directories grow without a
 * fixed limit (up to the largest file, about 400,000 entries).
 *
 * A struct dir is one holder's handle on a directory inode (a process's
 * working directory, the kernel's `ls`): dir_open() takes over the
 * caller's inode reference; dir_close() drops it.
 *
 * Removal: an empty directory other than a volume's root and other than a
 * directory something is mounted on may be removed even while it is open
 * or some process's working directory.  Its name goes at once; it stays
 * usable only as a handle: looking a name up in it, creating an entry in
 * it, and "." and ".." in a path fail, and readdir reports no entries.
 * Its sectors are freed when its last holder lets go.
 *
 * Locking: dir_lock, the namespace lock, guards the contents of every
 * directory of every volume and the mount links (filesys/volume.h).  The
 * functions ending in _locked need it held; the others take it.  It comes
 * first in the file system's lock order (see filesys/filesys.h); it is held
 * across the cache I/O of one directory operation, never across a whole
 * path lookup. */
#ifndef FILESYS_DIRECTORY_H
#define FILESYS_DIRECTORY_H

#include <stddef.h>

#include "devices/block.h"
#include "filesys/off_t.h"
#include "kernel/synch.h"

/* Longest file name; longer names are refused, never truncated. */
#define NAME_MAX 14

struct inode;
struct volume;
struct dir;

/* The namespace lock (see above). */
extern struct lock dir_lock;

/* True if NAME can name a directory entry: 1 to NAME_MAX characters, no
 * '/', and neither "." nor "..". */
bool dir_name_valid(const char *name);

/* Sets up dir_lock.  Call once before any other function. */
void dir_init(void);

/* Creates at SECTOR of V (allocated by the caller) an empty directory
 * whose parent is PARENT, with room for ENTRY_CNT entries before it first
 * grows.  Returns false if the disk is full or fails.  May sleep. */
bool dir_create(volume *v, block_sector_t sector, block_sector_t parent, size_t entry_cnt);

/* Opens a handle on INODE, taking over the caller's reference to it.
 * Returns NULL, closing INODE, if INODE is NULL, not a directory, or memory
 * is short. */
dir *dir_open(inode *inode);

/* A new handle on DIR's inode; NULL if memory is short. */
dir *dir_reopen(dir *dir);

/* Closes DIR (NULL is ignored).  May sleep. */
void dir_close(dir *dir);

/* DIR's inode (still owned by DIR). */
inode *dir_get_inode(dir *dir);

/* Looks NAME up in directory DIR.  Stores the entry's inode sector in
 * *SECTOR and returns true if found; false if there is no such entry, NAME
 * is not valid, DIR was removed, or the entry is corrupt (it names one of
 * the reserved sectors: reported).  May sleep. */
bool dir_lookup_locked(inode *dir, const char *name, block_sector_t *sector);

/* Adds an entry NAME -> INODE_SECTOR to DIR.  Returns false if NAME is not
 * valid, DIR already has NAME, DIR was removed, memory is short, or the
 * disk is full or fails.  May sleep. */
bool dir_add_locked(inode *dir, const char *name, block_sector_t inode_sector);

/* Removes entry NAME from DIR and marks its inode removed (its data go
 * when its last opener closes it).  Refuses (false) a missing name, a
 * non-empty directory, a volume's root and a directory with a volume
 * mounted on it.  May sleep. */
bool dir_remove_locked(inode *dir, const char *name);

/* True if DIR has no entries (false if memory is too short to tell).  May
 * sleep. */
bool dir_is_empty_locked(inode *dir);

/* Stores the name of the next entry of DIR at or after byte *POS in NAME,
 * advances *POS past it and returns true; returns false at the end.  A
 * removed directory has no entries.  May sleep. */
bool dir_readdir(inode *dir, off_t *pos, char name[NAME_MAX + 1]);

#endif /* FILESYS_DIRECTORY_H */
