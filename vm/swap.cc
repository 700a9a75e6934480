/* vm/swap.cc -- swap slots on the swap disk (see swap.h). */
#include "vm/swap.h"

#include <bitmap.h>
#include <debug.h>

#include "arch/x86_64/mmu.h"
#include "devices/block.h"
#include "kernel/synch.h"

namespace {

constexpr size_t SECTORS_PER_SLOT = PGSIZE / BLOCK_SECTOR_SIZE;

block *swap_disk;       /* NULL: no swap */
bitmap *used_slots;     /* guarded by swap_lock; NULL without swap */
size_t slots_in_use;    /* guarded by swap_lock */
lock swap_lock;

block_sector_t first_sector(size_t slot) { return (block_sector_t)(slot * SECTORS_PER_SLOT); }

}  // namespace

void swap_init(void) {
  lock_init(&swap_lock);
  swap_disk = block_get_role(BLOCK_SWAP);
  if (swap_disk == nullptr) return;
  used_slots = bitmap_create(block_size(swap_disk) / SECTORS_PER_SLOT);
  if (used_slots == nullptr) swap_disk = nullptr; /* no memory for the map: no swap */
}

size_t swap_alloc(void) {
  if (used_slots == nullptr) return SWAP_NONE;
  lock_guard guard(&swap_lock);
  size_t slot = bitmap_scan_and_flip(used_slots, 0, 1, false);
  if (slot == BITMAP_ERROR) return SWAP_NONE;
  slots_in_use++;
  return slot;
}

void swap_free(size_t slot) {
  lock_guard guard(&swap_lock);
  ASSERT(used_slots != nullptr && bitmap_test(used_slots, slot));
  bitmap_reset(used_slots, slot);
  slots_in_use--;
}

bool swap_read(size_t slot, void *kva) {
  uint8_t *buf = static_cast<uint8_t *>(kva);
  for (size_t i = 0; i < SECTORS_PER_SLOT; i++)
    if (!block_read(swap_disk, first_sector(slot) + i, buf + i * BLOCK_SECTOR_SIZE)) return false;
  return true;
}

bool swap_write(size_t slot, const void *kva) {
  const uint8_t *buf = static_cast<const uint8_t *>(kva);
  for (size_t i = 0; i < SECTORS_PER_SLOT; i++)
    if (!block_write(swap_disk, first_sector(slot) + i, buf + i * BLOCK_SECTOR_SIZE)) return false;
  return true;
}

size_t swap_slots_in_use(void) {
  lock_guard guard(&swap_lock);
  return slots_in_use;
}

size_t swap_slot_count(void) { return used_slots != nullptr ? bitmap_size(used_slots) : 0; }
