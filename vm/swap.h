/* vm/swap.h -- the swap disk, in page-sized slots.
 *
 * Layer: vm/, on devices/block.h.  The disk with role BLOCK_SWAP (hd1:1,
 * `pintos --swap-disk=MB`) is cut into slots of one page (8 sectors); a
 * bitmap says which are taken.  Without a swap disk there are no slots and
 * every swap_alloc fails: eviction then only drops pages that a file can
 * produce again.
 *
 * A slot belongs to one anon_kind (vm/anon.cc), which may be shared by
 * several processes after a copy-on-write fork: the slot is freed when the
 * last of them lets go of the page.
 *
 * Locking: swap_lock (swap.cc) guards the bitmap; it is a leaf.  The reads
 * and writes themselves take no lock: a slot is used by one page at a time,
 * and the page is busy while it moves (vm/page.h). */
#ifndef VM_SWAP_H
#define VM_SWAP_H

#include <stddef.h>
#include <stdint.h>

/* "No slot". */
constexpr size_t SWAP_NONE = SIZE_MAX;

/* Finds the swap disk, if any.  Call once at boot, after the disks. */
void swap_init(void);

/* Takes a free slot.  Returns SWAP_NONE when the disk is full or absent.
 * Never sleeps for long (a lock). */
size_t swap_alloc(void);
/* Gives SLOT back. */
void swap_free(size_t slot);

/* Page-sized transfers between SLOT and the page at KVA.  Return false on a
 * disk error.  Sleep. */
[[nodiscard]] bool swap_read(size_t slot, void *kva);
[[nodiscard]] bool swap_write(size_t slot, const void *kva);

/* Slots in use / on the disk (statistics, leak check). */
size_t swap_slots_in_use(void);
size_t swap_slot_count(void);

#endif /* VM_SWAP_H */
