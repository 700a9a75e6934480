/// SOLUTION FILE(vm): swap slots on the swap disk.
/* vm/swap.cc -- swap slots on the swap disk and the write-behind cluster
 * (see swap.h). */
#include "vm/swap.h"

#include <bitmap.h>
#include <debug.h>
#include <string.h>

#include "arch/x86_64/mmu.h"
#include "devices/block.h"
#include "kernel/palloc.h"
#include "kernel/synch.h"

namespace {

constexpr size_t SECTORS_PER_SLOT = PGSIZE / BLOCK_SECTOR_SIZE;

block *swap_disk;       /* NULL: no swap */

/* ---- Guarded by swap_lock (a leaf). ---- */
lock swap_lock;
bitmap *used_slots;     /* NULL without swap; the cluster's whole run is set */
bitmap *failed_slots;   /* slots whose cluster write failed */
size_t slots_in_use;    /* slots holding a page (not the cluster's spare ones) */

/* ---- The write-behind cluster, guarded by cluster_lock (held while the
 *      cluster is written). ---- */
lock cluster_lock;
uint8_t *cluster_buf;   /* SWAP_CLUSTER_PAGES pages; NULL: no cluster, write
                           each page at once */
size_t cluster_first;   /* first slot of the cluster's run */
size_t cluster_len;     /* slots in the run; 0: no run */
size_t cluster_used;    /* pages staged, in slots first .. first + used - 1 */

block_sector_t first_sector(size_t slot) { return (block_sector_t)(slot * SECTORS_PER_SLOT); }

/* Claims N consecutive free slots; returns the first or SWAP_NONE. */
size_t claim_slots(size_t n) {
  lock_guard guard(&swap_lock);
  size_t slot = bitmap_scan_and_flip(used_slots, 0, n, false);
  return slot == BITMAP_ERROR ? SWAP_NONE : slot;
}

/* Gives the cluster a new run, as long as the disk has (16, 8, 4, 2 or 1
 * free slots in a row).  Returns false if the disk is full.  cluster_lock
 * held; the old run is written. */
bool new_run_locked(void) {
  ASSERT(lock_held_by_current_thread(&cluster_lock) && cluster_used == cluster_len);
  for (size_t n = SWAP_CLUSTER_PAGES; n >= 1; n /= 2) {
    size_t first = claim_slots(n);
    if (first != SWAP_NONE) {
      cluster_first = first;
      cluster_len = n;
      cluster_used = 0;
      return true;
    }
  }
  return false;
}

/* Writes the full cluster to its run in one request and empties it.  On a
 * disk error its slots are marked failed.  cluster_lock held; sleeps. */
void write_cluster_locked(void) {
  ASSERT(lock_held_by_current_thread(&cluster_lock) && cluster_used == cluster_len);
  if (!block_write_multi(swap_disk, first_sector(cluster_first), cluster_used * SECTORS_PER_SLOT,
                         cluster_buf)) {
    lock_guard guard(&swap_lock);
    bitmap_set_multiple(failed_slots, cluster_first, cluster_used, true);
  }
  cluster_len = cluster_used = 0;
}

/* True if SLOT's contents are in the cluster.  cluster_lock held. */
bool in_cluster_locked(size_t slot) {
  return cluster_len != 0 && slot >= cluster_first && slot < cluster_first + cluster_used;
}

}  // namespace

void swap_init(void) {
  lock_init(&swap_lock);
  lock_init(&cluster_lock);
  swap_disk = block_get_role(BLOCK_SWAP);
  if (swap_disk == nullptr) return;
  size_t slots = block_size(swap_disk) / SECTORS_PER_SLOT;
  used_slots = bitmap_create(slots);
  failed_slots = bitmap_create(slots);
  if (used_slots == nullptr || failed_slots == nullptr) { /* no memory for the maps: no swap */
    if (used_slots != nullptr) bitmap_destroy(used_slots);
    if (failed_slots != nullptr) bitmap_destroy(failed_slots);
    used_slots = failed_slots = nullptr;
    swap_disk = nullptr;
    return;
  }
  /* Without the pages for a cluster, every page is written at once. */
  cluster_buf = static_cast<uint8_t *>(palloc_get_multiple(PAL_ZERO, SWAP_CLUSTER_PAGES));
}

size_t swap_out_page(const void *kva) {
  if (swap_disk == nullptr) return SWAP_NONE;
  if (cluster_buf == nullptr) {
    size_t slot = claim_slots(1);
    if (slot == SWAP_NONE) return SWAP_NONE;
    if (!block_write_multi(swap_disk, first_sector(slot), SECTORS_PER_SLOT, kva)) {
      lock_guard guard(&swap_lock);
      bitmap_reset(used_slots, slot);
      return SWAP_NONE;
    }
    lock_guard guard(&swap_lock);
    slots_in_use++;
    return slot;
  }

  lock_guard guard(&cluster_lock);
  if (cluster_used == cluster_len && !new_run_locked()) return SWAP_NONE;
  size_t slot = cluster_first + cluster_used;
  memcpy(cluster_buf + cluster_used * PGSIZE, kva, PGSIZE);
  cluster_used++;
  {
    lock_guard swap_guard(&swap_lock);
    slots_in_use++;
  }
  if (cluster_used == cluster_len) write_cluster_locked();
  return slot;
}

bool swap_read(size_t slot, void *kva) {
  if (cluster_buf != nullptr) {
    lock_guard guard(&cluster_lock);
    if (in_cluster_locked(slot)) {
      memcpy(kva, cluster_buf + (slot - cluster_first) * PGSIZE, PGSIZE);
      return true;
    }
  }
  {
    lock_guard guard(&swap_lock);
    if (bitmap_test(failed_slots, slot)) return false;
  }
  return block_read_multi(swap_disk, first_sector(slot), SECTORS_PER_SLOT, kva);
}

/* A slot of the cluster's run may be given back before the cluster is
 * written: it cannot be claimed again before then (runs are claimed only
 * once the cluster is written), so the late write of its old contents
 * harms nobody. */
void swap_free(size_t slot) {
  lock_guard guard(&swap_lock);
  ASSERT(used_slots != nullptr && bitmap_test(used_slots, slot));
  bitmap_reset(used_slots, slot);
  bitmap_reset(failed_slots, slot);
  slots_in_use--;
}

size_t swap_slots_in_use(void) {
  lock_guard guard(&swap_lock);
  return slots_in_use;
}

size_t swap_slot_count(void) { return used_slots != nullptr ? bitmap_size(used_slots) : 0; }
