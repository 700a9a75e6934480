/* filesys/cache-internal.h -- what the buffer cache's two files share;
 * nobody else includes it.
 *
 *   cache.cc            the entries: lookup, the clock, pins, loading, the
 *                       public calls and the background threads
 *   cache-writeback.cc  writing a dirty entry back, with its dirty
 *                       neighbours, as one disk request
 *
 * The rules of filesys/cache.h hold; this header adds only the names. */
#ifndef FILESYS_CACHE_INTERNAL_H
#define FILESYS_CACHE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "devices/block.h"
#include "filesys/cache.h"
#include "kernel/synch.h"

namespace cache_detail {

/* One sector's worth of cache.  See cache.cc for an entry's life. */
struct cache_entry {
  uint32_t magic;         /* ENTRY_MAGIC: catches wild pointers. */

  /* Guarded by cache_lock. */
  block *disk;            /* Disk of the sector held, or NULL. */
  block_sector_t sector;  /* Sector held or being loaded, or NO_SECTOR. */
  cache_entry *next;      /* Next entry in its hash bucket. */
  unsigned pins;          /* Threads using or waiting for the entry; it is
                             not evicted while > 0. */
  bool accessed;          /* Used since the clock hand last passed. */

  /* Guarded by `lock`.  When pins == 0 nobody holds or waits for `lock`,
   * so holders of cache_lock may then read them too. */
  struct lock lock;
  bool valid;             /* `data` holds the sector's contents. */
  bool dirty;             /* `data` differs from the disk. */
  int64_t dirty_since;    /* Tick of the write that made it dirty. */
  uint8_t *data;          /* BLOCK_SECTOR_SIZE bytes in the cache's pages. */
};

/* Guards the entries' table fields (above), the hash table and the clock
 * in cache.cc, and `stats`.  Never held across disk I/O or while waiting
 * for an entry's lock. */
extern lock cache_lock;
extern cache_stats stats;

/* cache.cc.  The entry holding DISK's SECTOR, or NULL. */
cache_entry *lookup_locked(block *disk, block_sector_t sector);
/* cache.cc.  Drops a pin of E, waking a thread waiting for an unpinned
 * entry when it was the last. */
void unpin_locked(cache_entry *e);

/* cache-writeback.cc.  Takes the page write_back() copies runs through
 * (without it every write-back is one sector).  Once, from cache_init(). */
void write_back_init(void);
/* cache-writeback.cc.  Writes E back if it is dirty, together with the
 * dirty entries of the sectors right before and after it that nobody is
 * using, up to a page, as one disk request.  BEHIND counts it as
 * write-behind.  Returns false on a disk error (reported; the run stays
 * dirty).  Caller holds E's lock and no other entry's; takes cache_lock. */
bool write_back(cache_entry *e, bool behind);

}  // namespace cache_detail

#endif /* FILESYS_CACHE_INTERNAL_H */
