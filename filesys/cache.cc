/* filesys/cache.cc -- the buffer cache.  See filesys/cache.h for the rules.
 *
 * An entry's life (E = the entry's own lock, C = cache_lock):
 *
 *            miss on S: clock picks a clean,          block_read under E
 *            unpinned entry, retags it (under C)      (a failed read leaves
 *     free ---------------------------------> loading  it invalid: the next
 *      ^                                         |     user tries again)
 *      |                                         v
 *      |   retagged for another sector    +-> valid <--------------------+
 *      +----------------------------------+     |                        |
 *        (clean entries only)                   | cache_write*           | write-back
 *                                               v                        | under E
 *                                             dirty ---------------------+
 *                                                  (eviction or cache_flush)
 *
 * A thread that wants sector S takes cache_lock just long enough to find
 * S's entry, or to retag a victim for S, and to pin it (pins++).  Then it
 * drops cache_lock and takes the entry's lock for the copy and any disk
 * I/O.  A pinned entry is never retagged, so once a thread holds the entry
 * lock the entry still holds S.  A victim chosen by the clock that is dirty
 * is first written back (pinned, cache_lock dropped, E held) and the search
 * starts again: so the disk never holds a stale copy of a sector while
 * another thread could miss on it and read it back. */
#include "filesys/cache.h"

#include <debug.h>
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#include "kernel/palloc.h"
#include "kernel/synch.h"
#include "arch/x86_64/mmu.h"

namespace {

/* Tag of an entry that holds no sector. */
constexpr block_sector_t NO_SECTOR = UINT32_MAX;
constexpr uint32_t ENTRY_MAGIC = 0xcace5ec7;

struct cache_entry {
  uint32_t magic;         /* ENTRY_MAGIC: catches wild pointers. */

  /* Guarded by cache_lock. */
  block_sector_t sector;  /* Sector held or being loaded, or NO_SECTOR. */
  unsigned pins;          /* Threads using or waiting for the entry; it is
                             not evicted while > 0. */
  bool accessed;          /* Used since the clock hand last passed. */

  /* Guarded by `lock`.  When pins == 0 nobody holds or waits for `lock`,
   * so holders of cache_lock may then read them too. */
  struct lock lock;
  bool valid;             /* `data` holds the sector's contents. */
  bool dirty;             /* `data` differs from the disk. */
  uint8_t *data;          /* BLOCK_SECTOR_SIZE bytes in the cache's pages. */
};

block *disk;              /* The file-system disk.  Set once by cache_init. */
uint8_t *pages;           /* CACHE_SIZE sectors, from the kernel pool. */
cache_entry entries[CACHE_SIZE];

lock cache_lock;          /* Guards the fields marked above and those below.
                             Never held across disk I/O or while waiting
                             for an entry's lock. */
condition entry_unpinned; /* Signalled when an entry's pins drop to 0. */
size_t clock_hand;        /* Next entry the clock looks at. */
cache_stats stats;

/* The entry holding SECTOR, or NULL. */
cache_entry *lookup_locked(block_sector_t sector) {
  ASSERT(lock_held_by_current_thread(&cache_lock));
  for (cache_entry &e : entries)
    if (e.sector == sector) return &e;
  return nullptr;
}

/* Picks an entry to reuse by the clock (second-chance) algorithm: a free
 * one, else the first unpinned one not used since the hand last passed it.
 * Returns NULL if every entry is pinned. */
cache_entry *choose_victim_locked(void) {
  ASSERT(lock_held_by_current_thread(&cache_lock));
  for (size_t step = 0; step < 2 * CACHE_SIZE; step++) {
    cache_entry *e = &entries[clock_hand];
    clock_hand = (clock_hand + 1) % CACHE_SIZE;
    if (e->pins > 0) continue;
    if (e->sector != NO_SECTOR && e->accessed) {
      e->accessed = false; /* Second chance. */
      continue;
    }
    return e;
  }
  return nullptr;
}

void unpin_locked(cache_entry *e) {
  ASSERT(lock_held_by_current_thread(&cache_lock));
  ASSERT(e->pins > 0);
  if (--e->pins == 0) cond_signal(&entry_unpinned, &cache_lock);
}

/* Writes E back if it is dirty.  Returns false on a disk error (printed;
 * E stays dirty).  Caller holds E's lock. */
bool write_back(cache_entry *e) {
  ASSERT(lock_held_by_current_thread(&e->lock));
  if (!e->valid || !e->dirty) return true;
  if (!block_write(disk, e->sector, e->data)) {
    printf("cache: could not write sector %" PRDSNu " back\n", e->sector);
    return false;
  }
  e->dirty = false;
  lock_guard guard(&cache_lock);
  stats.write_backs++;
  return true;
}

/* Returns the entry for SECTOR, pinned, with its lock held.  Its data are
 * the sector's unless `valid` is false: then the caller loads or replaces
 * them.  Returns NULL if a dirty victim could not be written back. */
cache_entry *acquire(block_sector_t sector) {
  cache_entry *e;
  lock_acquire(&cache_lock);
  for (;;) {
    e = lookup_locked(sector);
    if (e != nullptr) {
      stats.hits++;
      break;
    }
    e = choose_victim_locked();
    if (e == nullptr) {
      cond_wait(&entry_unpinned, &cache_lock); /* All pinned: wait. */
      continue;
    }
    if (e->sector != NO_SECTOR && e->dirty) {
      /* Write the victim back with cache_lock dropped, then look again:
       * SECTOR may have been loaded meanwhile, the victim used again. */
      e->pins++;
      lock_release(&cache_lock);
      bool ok;
      {
        lock_guard entry_guard(&e->lock);
        ok = write_back(e);
      }
      lock_acquire(&cache_lock);
      unpin_locked(e);
      if (!ok) {
        lock_release(&cache_lock);
        return nullptr;
      }
      continue;
    }
    /* A clean, unpinned victim: nobody holds its lock, retag it now. */
    e->sector = sector;
    e->valid = false;
    e->dirty = false;
    stats.misses++;
    break;
  }
  ASSERT(e->magic == ENTRY_MAGIC);
  e->pins++;
  e->accessed = true;
  lock_release(&cache_lock);
  lock_acquire(&e->lock);
  return e;
}

/* Undoes acquire(): drops E's lock, then the pin. */
void release(cache_entry *e) {
  lock_release(&e->lock);
  lock_guard guard(&cache_lock);
  unpin_locked(e);
}

/* RAII: one entry, acquired for a scope.
 *     cache_entry_guard g(sector);
 *     if (!g.ok()) return false;   // write-back of a victim failed
 *     ... g.entry()->data ... */
class cache_entry_guard {
 public:
  explicit cache_entry_guard(block_sector_t sector) : entry_(acquire(sector)) {}
  ~cache_entry_guard() {
    if (entry_ != nullptr) release(entry_);
  }
  cache_entry_guard(const cache_entry_guard &) = delete;
  cache_entry_guard &operator=(const cache_entry_guard &) = delete;

  bool ok() const { return entry_ != nullptr; }
  cache_entry *entry() { return entry_; }

  /* Reads the sector from disk unless the entry has it already.  Returns
   * false on a disk error (the entry stays invalid). */
  bool load() {
    if (entry_->valid) return true;
    if (!block_read(disk, entry_->sector, entry_->data)) return false;
    entry_->valid = true;
    return true;
  }

 private:
  cache_entry *entry_;
};

/* True if SECTOR is on the disk; otherwise prints the message block_read()
 * and block_write() would (OP is "read" or "write"), since callers and
 * tests know that one. */
bool in_range(block_sector_t sector, const char *op) {
  if (sector < block_size(disk)) return true;
  printf("block: %s: %s of sector %" PRDSNu " is out of range (disk has %" PRDSNu
         " sectors)\n",
         block_name(disk), op, sector, block_size(disk));
  return false;
}

}  // namespace

void cache_init(block *disk_) {
  ASSERT(disk_ != nullptr && disk == nullptr);
  constexpr size_t PAGE_CNT = CACHE_SIZE * BLOCK_SECTOR_SIZE / PGSIZE;
  static_assert(CACHE_SIZE * BLOCK_SECTOR_SIZE % PGSIZE == 0);
  disk = disk_;
  pages = static_cast<uint8_t *>(palloc_get_multiple(PAL_ASSERT, PAGE_CNT));
  lock_init(&cache_lock);
  cond_init(&entry_unpinned);
  for (size_t i = 0; i < CACHE_SIZE; i++) {
    cache_entry &e = entries[i];
    e.magic = ENTRY_MAGIC;
    e.sector = NO_SECTOR;
    e.pins = 0;
    e.accessed = false;
    lock_init(&e.lock);
    e.valid = false;
    e.dirty = false;
    e.data = pages + i * BLOCK_SECTOR_SIZE;
  }
}

bool cache_read(block_sector_t sector, void *buffer) {
  return cache_read_at(sector, buffer, 0, BLOCK_SECTOR_SIZE);
}

bool cache_read_at(block_sector_t sector, void *buffer, size_t ofs, size_t size) {
  ASSERT(ofs <= BLOCK_SECTOR_SIZE && size <= BLOCK_SECTOR_SIZE - ofs);
  if (!in_range(sector, "read")) return false;
  cache_entry_guard g(sector);
  if (!g.ok() || !g.load()) return false;
  memcpy(buffer, g.entry()->data + ofs, size);
  return true;
}

bool cache_write(block_sector_t sector, const void *buffer) {
  return cache_write_at(sector, buffer, 0, BLOCK_SECTOR_SIZE);
}

bool cache_write_at(block_sector_t sector, const void *buffer, size_t ofs, size_t size) {
  ASSERT(ofs <= BLOCK_SECTOR_SIZE && size <= BLOCK_SECTOR_SIZE - ofs);
  if (!in_range(sector, "write")) return false;
  cache_entry_guard g(sector);
  if (!g.ok()) return false;
  /* A whole sector needs no read: every byte is replaced. */
  if (size < BLOCK_SECTOR_SIZE && !g.load()) return false;
  cache_entry *e = g.entry();
  memcpy(e->data + ofs, buffer, size);
  e->valid = true;
  e->dirty = true;
  return true;
}

bool cache_flush(void) {
  bool ok = true;
  for (cache_entry &e : entries) {
    {
      lock_guard guard(&cache_lock);
      if (e.sector == NO_SECTOR) continue;
      e.pins++; /* Keeps the entry's sector while we wait for its lock. */
    }
    {
      lock_guard entry_guard(&e.lock);
      if (!write_back(&e)) ok = false;
    }
    lock_guard guard(&cache_lock);
    unpin_locked(&e);
  }
  return ok;
}

cache_stats cache_get_stats(void) {
  lock_guard guard(&cache_lock);
  return stats;
}
