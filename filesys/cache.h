/* filesys/cache.h -- the buffer cache: recently used sectors of the
 * file-system disk, kept in memory.
 *
 * Layer: filesys/, the bottom of it.  Every sector the file system reads or
 * writes on fs_device (inodes, index blocks, directory and file data, the
 * free map) goes through here; below it is devices/block.  Other disks
 * (scratch, swap) do not use the cache.
 *
 * The cache holds CACHE_SIZE entries of one sector each, allocated once by
 * cache_init() from the kernel pool and never freed.  A sector is looked up
 * by number; on a miss the entry chosen by the clock (second-chance)
 * algorithm is reused.  Writes only change the cached copy and mark it
 * dirty: the disk is written when a dirty entry is evicted and when
 * cache_flush() runs (filesys_done(), at every power-off).  So the block
 * layer's counters (block_read_count ...) count real disk transfers, which
 * the cache makes rarer.
 *
 * Locking: the cache is safe for any number of threads.  A global lock
 * guards the table of which entry holds which sector and is never held
 * across disk I/O; each entry has its own lock, held while its data are
 * copied, loaded from disk or written back.  So a thread waiting for the
 * disk blocks only other users of the same sector.  Lock order: every
 * file-system lock (see filesys/filesys.h) comes before the cache's locks,
 * which come before the IDE channel lock.  None of these functions needs
 * the caller to hold a lock; all may sleep (not from interrupt context).
 *
 * Errors: a failed disk read returns false and leaves nothing cached; a
 * failed write-back at eviction is printed and the entry is kept (still
 * dirty) so that the data are not lost. */
#ifndef FILESYS_CACHE_H
#define FILESYS_CACHE_H

#include <stddef.h>

#include "devices/block.h"

/* Number of sectors cached: 64 x 512 bytes = 32 KiB, from 8 kernel pages. */
constexpr size_t CACHE_SIZE = 64;

/* Sets up an empty cache in front of DISK (the file-system disk).  Call
 * once, at boot, before any other function here.  Panics if the kernel
 * pool cannot give the 32 KiB (boot cannot go on without them). */
void cache_init(block *disk);

/* Copies sector SECTOR into BUFFER (BLOCK_SECTOR_SIZE bytes), reading it
 * from disk on a miss.  Returns false on a disk error (already printed by
 * the block layer) or if SECTOR is outside the disk (printed with the
 * block layer's message, "block: hd0:1: read of sector N is out of range
 * (disk has M sectors)"). */
bool cache_read(block_sector_t sector, void *buffer);

/* Copies SIZE bytes at byte OFS of sector SECTOR into BUFFER.  Requires
 * OFS + SIZE <= BLOCK_SECTOR_SIZE.  Returns false as cache_read(). */
bool cache_read_at(block_sector_t sector, void *buffer, size_t ofs, size_t size);

/* Replaces sector SECTOR with BUFFER (BLOCK_SECTOR_SIZE bytes).  Never
 * reads the disk: the whole sector is new.  The disk is written later (see
 * the overview).  Returns false if SECTOR is outside the disk (printed as
 * for cache_read) or a dirty victim could not be written back. */
bool cache_write(block_sector_t sector, const void *buffer);

/* Replaces SIZE bytes at byte OFS of sector SECTOR with BUFFER, reading
 * the rest of the sector first on a miss (read-modify-write).  Requires
 * OFS + SIZE <= BLOCK_SECTOR_SIZE.  Returns false on a disk error. */
bool cache_write_at(block_sector_t sector, const void *buffer, size_t ofs, size_t size);

/* Writes every dirty entry back to the disk; the entries stay cached and
 * clean.  Returns false if some write failed (printed; those stay dirty). */
bool cache_flush(void);

/* Lookups since boot, for tests and statistics. */
struct cache_stats {
  uint64_t hits;
  uint64_t misses;
  uint64_t write_backs; /* Dirty sectors written to disk. */
};
cache_stats cache_get_stats(void);

#endif /* FILESYS_CACHE_H */
