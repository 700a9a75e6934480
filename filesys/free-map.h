/* filesys/free-map.h -- which sectors of a file-system disk are in use.
 *
 * Layer: filesys/, used by inode-map.cc (data and index sectors),
 * filesys.cc (inode sectors) and fsck.cc.  Each volume (filesys/volume.h)
 * has one free map: an in-memory bit array with one bit per disk sector,
 * kept identical on disk in the free-map file, whose inode is at
 * FREE_MAP_SECTOR (sector 0):
 *
 *     byte k of the free-map file, bit b (value 1 << b):  sector 8k + b
 *     1 = in use, 0 = free;  file length = ceil(disk sectors / 8) bytes
 *
 * Every change is written through at once (only the changed sectors of the
 * file) to the buffer cache, so the cached file is current whenever no
 * allocation is in progress; the cache puts it on the disk.
 *
 * Life cycle: free_map_init() when a volume is set up; then
 * free_map_create() when formatting or free_map_open() when mounting;
 * free_map_close() at unmount.  Until create/open succeed, changes stay in
 * memory.
 *
 * Locking: free_map::lock guards the bits, the counters and the writes of
 * the free-map file.  Held, it takes only the buffer cache's locks (and
 * through them the IDE channel lock).  Callers may hold inode locks. */
#ifndef FILESYS_FREE_MAP_H
#define FILESYS_FREE_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "devices/block.h"
#include "kernel/synch.h"

struct volume;

/* Sector of the free-map file's inode, and of the root directory's. */
constexpr block_sector_t FREE_MAP_SECTOR = 0;
constexpr block_sector_t ROOT_DIR_SECTOR = 1;

/* One volume's free map.  Fields are free-map.cc's; all guarded by lock. */
struct free_map {
  struct lock lock;
  uint8_t *bits;                /* One bit per sector; see the overview. */
  size_t bit_cnt;               /* Sectors on the disk. */
  size_t byte_cnt;              /* Length of the free-map file. */
  size_t free_cnt;              /* Zero bits. */
  size_t search_start;          /* Next-fit hint for allocation. */
  block_sector_t *file_sectors; /* Disk sector of each file sector, or NULL. */
  size_t file_sector_cnt;
};

/* Sets up an all-free map for V's disk, with FREE_MAP_SECTOR and
 * ROOT_DIR_SECTOR in use.  Returns false (after reporting why) if memory
 * is short. */
bool free_map_init(volume *v);

/* Format: creates the free-map file on V and writes the map to it.
 * Returns false (after reporting why) if the disk is too small or fails. */
bool free_map_create(volume *v);

/* Mount: reads the map from V's free-map file.  Returns false, reporting
 * why, if the file is corrupt or does not match the disk's size. */
bool free_map_open(volume *v);

/* Frees the map's memory (the map is always written through). */
void free_map_close(volume *v);

/* Allocates CNT consecutive free sectors of V, stores the first in
 * *SECTORP and returns true; returns false if there are none (disk full),
 * V is read-only, or the map could not be written.  May sleep. */
bool free_map_allocate(volume *v, size_t cnt, block_sector_t *sectorp);

/* Marks CNT sectors of V starting at SECTOR free.  A sector that is out of
 * range, reserved or already free is reported and skipped.  May sleep. */
void free_map_release(volume *v, block_sector_t sector, size_t cnt);

/* Number of free sectors (for tests and leak checks). */
size_t free_map_free_count(volume *v);

/* For fsck: whether SECTOR is marked in use, and setting it (written
 * through).  SECTOR must be on the disk.  free_map_set returns false if the
 * map could not be written. */
bool free_map_in_use(volume *v, block_sector_t sector);
bool free_map_set(volume *v, block_sector_t sector, bool in_use);

#endif /* FILESYS_FREE_MAP_H */
