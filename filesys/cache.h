/* filesys/cache.h -- the buffer cache: recently used sectors of the disks
 * that hold file systems, kept in memory.
 *
 * Layer: filesys/, the bottom of it.  Every sector a file system reads or
 * writes (inodes, index blocks, directory and file data, the free map) goes
 * through here; below it is devices/block.  A sector is named by its disk
 * and its number, so one cache serves the root file system and every
 * mounted one.  Disks without a file system (scratch, swap) do not use it.
 *
 * The cache holds cache_size() entries of one sector each, allocated once
 * by cache_init() from the kernel pool and never freed.  A sector is found
 * through a hash table; on a miss the entry chosen by the clock
 * (second-chance) algorithm is reused.  Writes only change the cached copy
 * and mark it dirty.  The disk is written:
 *
 *   - when a dirty entry is evicted;
/// SOLUTION(filesys):
 *   - by write-behind: a kernel thread ("cache-flush") wakes every
 *     CACHE_FLUSH_SECONDS of (virtual) time and writes back every entry
 *     that has been dirty for at least that long, so a crash loses at most
 *     about two periods of writes;
 *   - by cache_flush() (umount, and filesys_done() at every power-off).
 *
 * Read-ahead: cache_read_ahead() asks a second kernel thread ("cache-ahead")
 * to load a sector that is likely to be read soon (the inode layer asks for
 * the next sector of a file being read).  The caller never waits for it;
 * a request is dropped when the small queue is full or the sector is
 * cached already.  A prefetched entry is not marked used, so if nobody
 * reads it, it is the first to go.
/// STUB:
///  *   - by cache_flush() (umount, and filesys_done() at every power-off).
///  *
///  * cache_read_ahead() is told which sector is likely to be read soon (the
///  * inode layer names the next sector of a file being read).
/// END
 *
 * So the block layer's counters (block_read_count ...) count real disk
 * transfers, which the cache makes rarer.  The `-fs-basic` kernel option
 * (cache_init's BASIC) gives the plain cache used for comparisons: 64
 * sectors, no read-ahead, no write-behind.
 *
 * Locking: the cache is safe for any number of threads.  A global lock
 * guards the table of which entry holds which sector and is never held
 * across disk I/O; each entry has its own lock, held while its data are
 * copied, loaded from disk or written back.  So a thread waiting for the
 * disk blocks only other users of the same sector: neither background
 * thread ever holds a lock that a reader of another sector needs while it
 * waits for the disk.  Lock order: every file-system lock (see
 * filesys/filesys.h) comes before the cache's locks, which come before the
 * IDE channel lock.  None of these functions needs the caller to hold a
 * lock; all may sleep (not from interrupt context).
 *
 * Errors: a failed disk read returns false and leaves nothing cached; a
 * failed write-back is kept (still dirty) so that the data are not lost,
 * and reported through filesys_report() (filesys/report.h). */
#ifndef FILESYS_CACHE_H
#define FILESYS_CACHE_H

#include <stddef.h>
#include <stdint.h>

#include "devices/block.h"

/* Entries of the cache by default: 256 x 512 bytes = 128 KiB, 32 pages. */
constexpr size_t CACHE_SIZE = 256;
/* Entries of the plain cache (-fs-basic). */
constexpr size_t CACHE_SIZE_BASIC = 64;
/// SOLUTION(filesys):
/* Write-behind period and minimum age of a dirty entry it writes. */
constexpr int CACHE_FLUSH_SECONDS = 30;
/// END

/* Sets up an empty cache: CACHE_SIZE entries with read-ahead and
 * write-behind, or CACHE_SIZE_BASIC entries without either if BASIC.  Call
 * once, at boot, after the scheduler runs and before any other function
 * here.  Panics if the kernel pool cannot give the pages (boot cannot go
 * on without them). */
void cache_init(bool basic);

/* Number of entries. */
size_t cache_size(void);

/* Copies sector SECTOR of DISK into BUFFER (BLOCK_SECTOR_SIZE bytes),
 * reading it from disk on a miss.  Returns false on a disk error or if
 * SECTOR is outside the disk. */
bool cache_read(block *disk, block_sector_t sector, void *buffer);

/* Copies SIZE bytes at byte OFS of the sector into BUFFER.  Requires
 * OFS + SIZE <= BLOCK_SECTOR_SIZE.  Returns false as cache_read(). */
bool cache_read_at(block *disk, block_sector_t sector, void *buffer, size_t ofs, size_t size);

/* Replaces the sector with BUFFER (BLOCK_SECTOR_SIZE bytes).  Never reads
 * the disk: the whole sector is new.  Returns false if SECTOR is outside
 * the disk or a dirty victim could not be written back. */
bool cache_write(block *disk, block_sector_t sector, const void *buffer);

/* Replaces SIZE bytes at byte OFS of the sector with BUFFER, reading the
 * rest of the sector first on a miss.  Requires OFS + SIZE <=
 * BLOCK_SECTOR_SIZE.  Returns false on a disk error. */
bool cache_write_at(block *disk, block_sector_t sector, const void *buffer, size_t ofs,
                    size_t size);

/* Asks for SECTOR of DISK to be loaded in the background (see the
 * overview).  Never sleeps on the disk; does nothing in the plain cache. */
void cache_read_ahead(block *disk, block_sector_t sector);

/* Writes every dirty entry of DISK (of every disk if DISK is NULL) back;
 * the entries stay cached and clean.  Returns false if some write failed
 * (reported; those stay dirty). */
bool cache_flush(block *disk);

/* Writes back and then forgets every entry of DISK (umount).  Requires
 * that nobody uses DISK's sectors any more.  Returns false if some write
 * failed; those entries are kept. */
bool cache_drop(block *disk);

/* Counts since boot, for tests and statistics. */
struct cache_stats {
  uint64_t hits;
  uint64_t misses;
  uint64_t write_backs;    /* Dirty sectors written to disk, by any path, */
  uint64_t write_back_requests; /* ... in this many disk requests (a run of
                              consecutive dirty sectors goes as one). */
  uint64_t behind_writes;  /* ... of which by write-behind. */
  uint64_t ahead_loads;    /* Sectors loaded by read-ahead. */
};
cache_stats cache_get_stats(void);

/* Prints "Cache: N hits, N misses, ..." (at shutdown). */
void cache_print_stats(void);

#endif /* FILESYS_CACHE_H */
