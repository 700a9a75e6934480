/* filesys/cache-writeback.cc -- writing dirty cache entries back to disk.
 *
 * Layer: filesys/, inside the buffer cache (filesys/cache-internal.h).
 * Every path that writes a dirty entry back (eviction, write-behind,
 * cache_flush, cache_drop) calls write_back() with the entry's lock held.
 * A file written in order leaves runs of consecutive dirty sectors, so
 * write_back() takes the entry's idle dirty neighbours along, before and
 * after it, up to a page (8 sectors), and sends the run as one disk
 * request: a 2 MB file goes to disk in 521 write commands instead of
 * 4,187.  A neighbour is taken only if nobody uses it (no pins), so
 * claiming it never waits and cannot deadlock with a thread that holds
 * one entry and wants another.
 *
 *     sectors:  ... 40  41  42 [43] 44  45 ...   [43] the entry to write
 *     dirty:         d   d   d   d   d   -      run = 40..44, one request
 *
 * Lock order: entry locks, then cache_lock (held only to find and pin the
 * neighbours), then cluster_lock (only tried), then the disk's. */
#include <debug.h>
#include <string.h>

#include "arch/x86_64/mmu.h"
#include "filesys/cache-internal.h"
#include "filesys/report.h"
#include "kernel/palloc.h"

using namespace cache_detail;

namespace {

/* The most sectors one write-back sends: a page. */
constexpr size_t CLUSTER_MAX = PGSIZE / BLOCK_SECTOR_SIZE;
/* The page a run is copied into for its one request; NULL if palloc had
 * none.  Guarded by cluster_lock, which is only tried, never waited for. */
uint8_t *cluster_page;
lock cluster_lock;

/* Pins and locks the entry holding DISK's SECTOR if it is dirty and nobody
 * uses it (pins == 0: so nobody holds or waits for its lock, and its flags
 * may be read here).  Returns it, or NULL. */
cache_entry *claim_idle_dirty_locked(block *disk, block_sector_t sector) {
  ASSERT(lock_held_by_current_thread(&cache_lock));
  if (sector >= block_size(disk)) return nullptr;
  cache_entry *n = lookup_locked(disk, sector);
  if (n == nullptr || n->pins != 0 || !n->valid || !n->dirty) return nullptr;
  n->pins++;
  bool locked = lock_try_acquire(&n->lock);
  ASSERT(locked);
  return n;
}

/* Fills RUN with E and the idle dirty entries holding the sectors right
 * before and after E's, in sector order, at most CLUSTER_MAX in all; the
 * others are pinned and locked (claim_idle_dirty_locked).  Returns how
 * many RUN holds; RUN[*E_AT] is E. */
size_t gather_run(cache_entry *e, cache_entry *run[CLUSTER_MAX], size_t *e_at) {
  lock_guard guard(&cache_lock);
  /* Walking down from E finds the sectors before it nearest first. */
  cache_entry *below[CLUSTER_MAX - 1];
  size_t before = 0;
  while (before < CLUSTER_MAX - 1 && before < e->sector) {
    cache_entry *n = claim_idle_dirty_locked(e->disk, e->sector - (before + 1));
    if (n == nullptr) break;
    below[before++] = n;
  }
  size_t cnt = 0;
  for (size_t i = before; i > 0; i--) run[cnt++] = below[i - 1];
  *e_at = cnt;
  run[cnt++] = e;
  while (cnt < CLUSTER_MAX) {
    cache_entry *n = claim_idle_dirty_locked(e->disk, e->sector + (cnt - before));
    if (n == nullptr) break;
    run[cnt++] = n;
  }
  return cnt;
}

}  // namespace

void cache_detail::write_back_init(void) {
  lock_init(&cluster_lock);
  cluster_page = static_cast<uint8_t *>(palloc_get_page(PAL_NONE));
}

/* The run goes through the cluster page; if another thread is using the
 * page, or there is none, E goes alone. */
bool cache_detail::write_back(cache_entry *e, bool behind) {
  ASSERT(lock_held_by_current_thread(&e->lock));
  if (!e->valid || !e->dirty) return true;
  cache_entry *run[CLUSTER_MAX];
  size_t e_at = 0, cnt = 1;
  run[0] = e;
  bool clustered = cluster_page != nullptr && lock_try_acquire(&cluster_lock);
  if (clustered) cnt = gather_run(e, run, &e_at);
  if (clustered && cnt == 1) {
    lock_release(&cluster_lock); /* Not needed for one sector: free it for others. */
    clustered = false;
  }
  block_sector_t first = run[0]->sector;
  bool ok;
  if (cnt == 1) {
    ok = block_write(e->disk, e->sector, e->data);
  } else {
    for (size_t i = 0; i < cnt; i++)
      memcpy(cluster_page + i * BLOCK_SECTOR_SIZE, run[i]->data, BLOCK_SECTOR_SIZE);
    ok = block_write_multi(e->disk, first, cnt, cluster_page);
  }
  if (clustered) lock_release(&cluster_lock);
  if (!ok)
    filesys_report("cache: could not write sector%s %" PRDSNu "%s of %s back",
                   cnt > 1 ? "s" : "", first, cnt > 1 ? "..." : "", block_name(e->disk));
  for (size_t i = 0; i < cnt; i++) {
    if (ok) run[i]->dirty = false;
    if (i != e_at) lock_release(&run[i]->lock);
  }
  lock_guard guard(&cache_lock);
  for (size_t i = 0; i < cnt; i++)
    if (i != e_at) unpin_locked(run[i]);
  if (ok) {
    stats.write_backs += cnt;
    if (behind) stats.behind_writes += cnt;
    stats.write_back_requests++;
  }
  return ok;
}

