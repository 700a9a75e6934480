/* filesys/free-map.h -- which sectors of the file-system disk are in use.
 *
 * Layer: filesys/, used by inode-map.cc (data and index sectors) and
 * filesys.cc (inode sectors).  Owns an in-memory bit array with one bit per
 * disk sector, kept identical on disk in the free-map file, whose inode is
 * at FREE_MAP_SECTOR (sector 0):
 *
 *     byte k of the free-map file, bit b (value 1 << b):  sector 8k + b
 *     1 = in use, 0 = free;  file length = ceil(disk sectors / 8) bytes
 *
 * Every change is written through at once (only the changed sectors of the
 * file) to the buffer cache, so the cached file is current whenever no
 * allocation is in progress; the cache puts it on the disk.
 *
 * Life cycle: free_map_init() at boot; then free_map_create() when
 * formatting or free_map_open() when mounting; free_map_close() at
 * shutdown.  Until create/open succeed, changes stay in memory.
 *
 * Locking: free_map_lock (in free-map.cc) guards the bits, the counters and
 * the writes of the free-map file.  Held, it takes only the buffer cache's
 * locks (and through them the IDE channel lock).  Callers may hold inode
 * locks. */
#ifndef FILESYS_FREE_MAP_H
#define FILESYS_FREE_MAP_H

#include <stddef.h>

#include "devices/block.h"

/* Sector of the free-map file's inode, and of the root directory's. */
constexpr block_sector_t FREE_MAP_SECTOR = 0;
constexpr block_sector_t ROOT_DIR_SECTOR = 1;

/* Sets up an all-free map for the file-system disk, with FREE_MAP_SECTOR
 * and ROOT_DIR_SECTOR in use.  Returns false (after printing why) if memory
 * is short. */
bool free_map_init(void);

/* Format: creates the free-map file on disk and writes the map to it.
 * Returns false (after printing why) if the disk is too small or fails. */
bool free_map_create(void);

/* Mount: reads the map from the free-map file.  Returns false, printing
 * why, if the file is corrupt or does not match the disk's size. */
bool free_map_open(void);

/* Forgets the free-map file (the map is always written through). */
void free_map_close(void);

/* Allocates CNT consecutive free sectors, stores the first in *SECTORP and
 * returns true; returns false if there are none (disk full) or the map
 * could not be written.  May sleep. */
bool free_map_allocate(size_t cnt, block_sector_t *sectorp);

/* Marks CNT sectors starting at SECTOR free.  A sector that is out of range
 * or already free is reported ("free map: ...") and skipped.  May sleep. */
void free_map_release(block_sector_t sector, size_t cnt);

/* Number of free sectors (for tests and leak checks). */
size_t free_map_free_count(void);

#endif /* FILESYS_FREE_MAP_H */
