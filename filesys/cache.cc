/* filesys/cache.cc -- the buffer cache's entries: lookup, the clock, pins,
 * loading, the public calls and the background threads.  See
 * filesys/cache.h for the rules; writing back is in cache-writeback.cc.
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
 *                                      (eviction, write-behind, cache_flush)
 *
 * A thread that wants sector S takes cache_lock just long enough to find
 * S's entry in the hash table, or to retag a victim for S, and to pin it
 * (pins++).  Then it drops cache_lock and takes the entry's lock for the
 * copy and any disk I/O.  A pinned entry is never retagged, so once a
 * thread holds the entry lock the entry still holds S.  A victim chosen by
 * the clock that is dirty is first written back (pinned, cache_lock
 * dropped, E held) and the search starts again: so the disk never holds a
 * stale copy of a sector while another thread could miss on it and read it
/// SOLUTION(filesys):
 * back.  The two background threads use exactly the same steps. */
/// STUB:
///  * back. */
/// END
#include "filesys/cache.h"
#include "filesys/cache-internal.h"

#include <debug.h>
#include <stdio.h>
#include <string.h>

#include "arch/x86_64/mmu.h"
#include "devices/timer.h"
#include "filesys/report.h"
#include "kernel/palloc.h"
#include "kernel/synch.h"
/// SOLUTION(filesys):
#include "kernel/thread.h"
/// END

namespace cache_detail {
lock cache_lock;
cache_stats stats;
}  // namespace cache_detail
using namespace cache_detail;

namespace {

/* Tag of an entry that holds no sector. */
constexpr block_sector_t NO_SECTOR = UINT32_MAX;
constexpr uint32_t ENTRY_MAGIC = 0xcace5ec7;
/* Hash buckets: a power of two, about one per entry. */
constexpr size_t BUCKET_CNT = CACHE_SIZE;
static_assert((BUCKET_CNT & (BUCKET_CNT - 1)) == 0);

size_t entry_cnt;         /* Entries in use: CACHE_SIZE or CACHE_SIZE_BASIC. */
/// SOLUTION(filesys):
bool background;          /* Read-ahead and write-behind threads run. */
/// END
uint8_t *pages;           /* entry_cnt sectors, from the kernel pool. */
cache_entry entries[CACHE_SIZE];

/* Guarded by cache_lock: */
cache_entry *buckets[BUCKET_CNT];
condition entry_unpinned; /* Signalled when an entry's pins drop to 0. */
size_t clock_hand;        /* Next entry the clock looks at. */

/// SOLUTION(filesys): read-ahead: the requests waiting for the background reader.
/* Read-ahead requests, a ring guarded by cache_lock. */
constexpr size_t AHEAD_QUEUE = 8;
struct ahead_request {
  block *disk;
  block_sector_t sector;
};
ahead_request ahead_queue[AHEAD_QUEUE];
size_t ahead_head, ahead_cnt;
semaphore ahead_pending;  /* Upped once per queued request. */
/// END

size_t bucket_of(const block *disk, block_sector_t sector) {
  uint64_t h = ((uint64_t)(uintptr_t)disk >> 4) * 0x9e3779b97f4a7c15ULL + sector;
  h ^= h >> 29;
  return (size_t)(h * 0xbf58476d1ce4e5b9ULL >> 40) & (BUCKET_CNT - 1);
}

void unhash_locked(cache_entry *e) {
  if (e->disk == nullptr) return;
  cache_entry **link = &buckets[bucket_of(e->disk, e->sector)];
  while (*link != e) link = &(*link)->next;
  *link = e->next;
  e->disk = nullptr;
  e->sector = NO_SECTOR;
}

void hash_locked(cache_entry *e, block *disk, block_sector_t sector) {
  e->disk = disk;
  e->sector = sector;
  cache_entry **bucket = &buckets[bucket_of(disk, sector)];
  e->next = *bucket;
  *bucket = e;
}

/* Picks an entry to reuse by the clock (second-chance) algorithm: a free
 * one, else the first unpinned one not used since the hand last passed it.
 * Returns NULL if every entry is pinned. */
cache_entry *choose_victim_locked(void) {
  ASSERT(lock_held_by_current_thread(&cache_lock));
  for (size_t step = 0; step < 2 * entry_cnt; step++) {
    cache_entry *e = &entries[clock_hand];
    clock_hand = (clock_hand + 1) % entry_cnt;
    if (e->pins > 0) continue;
    if (e->disk != nullptr && e->accessed) {
      e->accessed = false; /* Second chance. */
      continue;
    }
    return e;
  }
  return nullptr;
}

/* Returns the entry for DISK's SECTOR, pinned, with its lock held.  Its
 * data are the sector's unless `valid` is false: then the caller loads or
 * replaces them.  Marks the entry used unless PREFETCH.  Returns NULL if a
 * dirty victim could not be written back. */
cache_entry *acquire(block *disk, block_sector_t sector, bool prefetch) {
  cache_entry *e;
  lock_acquire(&cache_lock);
  for (;;) {
    e = lookup_locked(disk, sector);
    if (e != nullptr) {
      if (!prefetch) stats.hits++;
      break;
    }
    e = choose_victim_locked();
    if (e == nullptr) {
      cond_wait(&entry_unpinned, &cache_lock); /* All pinned: wait. */
      continue;
    }
    if (e->disk != nullptr && e->dirty) {
      /* Write the victim back with cache_lock dropped, then look again:
       * SECTOR may have been loaded meanwhile, the victim used again. */
      e->pins++;
      lock_release(&cache_lock);
      bool ok;
      {
        lock_guard entry_guard(&e->lock);
        ok = write_back(e, false);
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
    unhash_locked(e);
    hash_locked(e, disk, sector);
    e->valid = false;
    e->dirty = false;
    if (!prefetch) stats.misses++;
    break;
  }
  ASSERT(e->magic == ENTRY_MAGIC);
  e->pins++;
  if (!prefetch) e->accessed = true;
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
 *     cache_entry_guard g(disk, sector);
 *     if (!g.ok()) return false;   // write-back of a victim failed
 *     ... g.entry()->data ... */
class cache_entry_guard {
 public:
  cache_entry_guard(block *disk, block_sector_t sector, bool prefetch = false)
      : entry_(acquire(disk, sector, prefetch)) {}
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
    if (!block_read(entry_->disk, entry_->sector, entry_->data)) return false;
    entry_->valid = true;
    return true;
  }

 private:
  cache_entry *entry_;
};

/* True if SECTOR is on DISK; otherwise reports it with the block layer's
 * message (devices/block.h), which tests know. */
bool in_range(block *disk, block_sector_t sector, const char *op) {
  if (sector < block_size(disk)) return true;
  filesys_report("block: %s: %s of sector %" PRDSNu " is out of range (disk has %" PRDSNu
                 " sectors)",
                 block_name(disk), op, sector, block_size(disk));
  return false;
}

/* Writes back entry E if it is dirty, belongs to DISK (any disk if NULL)
 * and, if MIN_AGE >= 0, has been dirty for at least MIN_AGE ticks.  Then
 * forgets it if DROP.  Returns false if a write failed. */
bool flush_entry(cache_entry *e, block *disk, int64_t min_age, bool drop) {
  {
    lock_guard guard(&cache_lock);
    if (e->disk == nullptr || (disk != nullptr && e->disk != disk)) return true;
    if (!drop && (!e->dirty || (min_age >= 0 && timer_elapsed(e->dirty_since) < min_age)))
      return true; /* Racy peek at `dirty`: only decides whether to look. */
    e->pins++;     /* Keeps the entry's sector while we wait for its lock. */
  }
  bool ok;
  {
    lock_guard entry_guard(&e->lock);
    ok = min_age >= 0 && timer_elapsed(e->dirty_since) < min_age ? true
                                                                  : write_back(e, min_age >= 0);
  }
  lock_guard guard(&cache_lock);
  unpin_locked(e);
  if (drop && ok && e->pins == 0) {
    unhash_locked(e);
    e->valid = false;
    e->accessed = false;
  }
  return ok;
}

/// SOLUTION(filesys): write-behind and read-ahead: kernel threads that write
/// dirty sectors back periodically and load the sectors asked for ahead.
/* The write-behind thread: see the overview. */
void flush_thread(void *) {
  const int64_t period = (int64_t)CACHE_FLUSH_SECONDS * TIMER_FREQ;
  for (;;) {
    timer_sleep(period);
    for (size_t i = 0; i < entry_cnt; i++) (void)flush_entry(&entries[i], nullptr, period, false);
  }
}

/* The read-ahead thread: loads queued sectors without marking them used. */
void ahead_thread(void *) {
  for (;;) {
    sema_down(&ahead_pending);
    ahead_request r;
    {
      lock_guard guard(&cache_lock);
      if (ahead_cnt == 0) continue; /* Purged by cache_drop. */
      r = ahead_queue[ahead_head];
      ahead_head = (ahead_head + 1) % AHEAD_QUEUE;
      ahead_cnt--;
    }
    cache_entry_guard g(r.disk, r.sector, true);
    if (g.ok() && !g.entry()->valid && g.load()) {
      lock_guard guard(&cache_lock);
      stats.ahead_loads++;
    }
  }
}
/// END

}  // namespace

/* The entry holding DISK's SECTOR, or NULL. */
cache_entry *cache_detail::lookup_locked(block *disk, block_sector_t sector) {
  ASSERT(lock_held_by_current_thread(&cache_lock));
  for (cache_entry *e = buckets[bucket_of(disk, sector)]; e != nullptr; e = e->next)
    if (e->sector == sector && e->disk == disk) return e;
  return nullptr;
}

void cache_detail::unpin_locked(cache_entry *e) {
  ASSERT(lock_held_by_current_thread(&cache_lock));
  ASSERT(e->pins > 0);
  if (--e->pins == 0) cond_signal(&entry_unpinned, &cache_lock);
}

void cache_init(bool basic) {
  ASSERT(pages == nullptr);
  entry_cnt = basic ? CACHE_SIZE_BASIC : CACHE_SIZE;
  /// SOLUTION(filesys):
  background = !basic;
  /// END
  static_assert(CACHE_SIZE_BASIC * BLOCK_SECTOR_SIZE % PGSIZE == 0);
  static_assert(CACHE_SIZE * BLOCK_SECTOR_SIZE % PGSIZE == 0);
  pages = static_cast<uint8_t *>(
      palloc_get_multiple(PAL_ASSERT, entry_cnt * BLOCK_SECTOR_SIZE / PGSIZE));
  lock_init(&cache_lock);
  write_back_init();
  cond_init(&entry_unpinned);
  /// SOLUTION(filesys):
  sema_init(&ahead_pending, 0);
  /// END
  for (size_t i = 0; i < entry_cnt; i++) {
    cache_entry &e = entries[i];
    e.magic = ENTRY_MAGIC;
    e.disk = nullptr;
    e.sector = NO_SECTOR;
    e.next = nullptr;
    e.pins = 0;
    e.accessed = false;
    lock_init(&e.lock);
    e.valid = false;
    e.dirty = false;
    e.dirty_since = 0;
    e.data = pages + i * BLOCK_SECTOR_SIZE;
  }
  /// SOLUTION(filesys): write-behind and read-ahead: start their threads
  /// (not with the plain cache, BASIC).
  if (background) {
    if (thread_create("cache-flush", PRI_DEFAULT, flush_thread, nullptr) == TID_ERROR ||
        thread_create("cache-ahead", PRI_DEFAULT, ahead_thread, nullptr) == TID_ERROR)
      PANIC("cannot start the buffer cache's threads");
  }
  /// END
}

size_t cache_size(void) { return entry_cnt; }

bool cache_read(block *disk, block_sector_t sector, void *buffer) {
  return cache_read_at(disk, sector, buffer, 0, BLOCK_SECTOR_SIZE);
}

bool cache_read_at(block *disk, block_sector_t sector, void *buffer, size_t ofs, size_t size) {
  ASSERT(ofs <= BLOCK_SECTOR_SIZE && size <= BLOCK_SECTOR_SIZE - ofs);
  if (!in_range(disk, sector, "read")) return false;
  cache_entry_guard g(disk, sector);
  if (!g.ok() || !g.load()) return false;
  memcpy(buffer, g.entry()->data + ofs, size);
  return true;
}

bool cache_write(block *disk, block_sector_t sector, const void *buffer) {
  return cache_write_at(disk, sector, buffer, 0, BLOCK_SECTOR_SIZE);
}

bool cache_write_at(block *disk, block_sector_t sector, const void *buffer, size_t ofs,
                    size_t size) {
  ASSERT(ofs <= BLOCK_SECTOR_SIZE && size <= BLOCK_SECTOR_SIZE - ofs);
  if (!in_range(disk, sector, "write")) return false;
  cache_entry_guard g(disk, sector);
  if (!g.ok()) return false;
  /* A whole sector needs no read: every byte is replaced. */
  if (size < BLOCK_SECTOR_SIZE && !g.load()) return false;
  cache_entry *e = g.entry();
  memcpy(e->data + ofs, buffer, size);
  e->valid = true;
  if (!e->dirty) e->dirty_since = timer_ticks();
  e->dirty = true;
  return true;
}

void cache_read_ahead(block *disk, block_sector_t sector) {
  /// SOLUTION(filesys): read-ahead: queue SECTOR for the background reader.
  if (!background || sector >= block_size(disk)) return;
  {
    lock_guard guard(&cache_lock);
    if (ahead_cnt == AHEAD_QUEUE || lookup_locked(disk, sector) != nullptr) return;
    for (size_t i = 0; i < ahead_cnt; i++) {
      const ahead_request &r = ahead_queue[(ahead_head + i) % AHEAD_QUEUE];
      if (r.disk == disk && r.sector == sector) return;
    }
    ahead_queue[(ahead_head + ahead_cnt) % AHEAD_QUEUE] = {disk, sector};
    ahead_cnt++;
  }
  sema_up(&ahead_pending);
  /// END
}

bool cache_flush(block *disk) {
  bool ok = true;
  for (size_t i = 0; i < entry_cnt; i++)
    if (!flush_entry(&entries[i], disk, -1, false)) ok = false;
  return ok;
}

bool cache_drop(block *disk) {
  ASSERT(disk != nullptr);
  /// SOLUTION(filesys):
  {
    /* Pending read-ahead of DISK is dropped: keep the others, in order. */
    lock_guard guard(&cache_lock);
    size_t kept = 0;
    for (size_t i = 0; i < ahead_cnt; i++) {
      ahead_request r = ahead_queue[(ahead_head + i) % AHEAD_QUEUE];
      if (r.disk != disk) ahead_queue[(ahead_head + kept++) % AHEAD_QUEUE] = r;
    }
    ahead_cnt = kept;
  }
  /// END
  bool ok = true;
  for (size_t i = 0; i < entry_cnt; i++)
    if (!flush_entry(&entries[i], disk, -1, true)) ok = false;
  return ok;
}

cache_stats cache_get_stats(void) {
  lock_guard guard(&cache_lock);
  return stats;
}

void cache_print_stats(void) {
  if (entry_cnt == 0) return;
  cache_stats s = cache_get_stats();
  printf("Cache: %zu sectors, %llu hits, %llu misses, %llu write-backs in %llu requests "
         "(%llu behind), %llu read ahead\n",
         entry_cnt, (unsigned long long)s.hits, (unsigned long long)s.misses,
         (unsigned long long)s.write_backs, (unsigned long long)s.write_back_requests,
         (unsigned long long)s.behind_writes, (unsigned long long)s.ahead_loads);
}
