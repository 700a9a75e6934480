/// SOLUTION FILE(vm): swap slots on the swap disk.
/* vm/swap.h -- the swap disk, in page-sized slots.
 *
 * Layer: vm/, on devices/block.h.  The disk with role BLOCK_SWAP (hd1:1,
 * `pintos --swap-disk=MB`) is cut into slots of one page (8 sectors); a
 * bitmap says which are taken.  Without a swap disk there are no slots and
 * every swap_out_page fails: eviction then only drops pages that a file can
 * produce again.
 *
 * Clustered writes.  Evicted pages are not written one by one: each is
 * copied into a write-behind cluster of SWAP_CLUSTER_PAGES pages that owns
 * a run of consecutive free slots, and the cluster goes to disk in one
 * command (64 KiB) when its run is full.  A page still in the cluster is
 * read back from it without touching the disk.  So a fault under memory
 * pressure mostly costs a page copy, and swapping out costs 1/16 of a disk
 * command per page.  If the cluster's write fails, its slots are marked
 * failed: reading one of them is an I/O error (the owner's fault fails),
 * nothing else is affected.  Runs shrink (8, 4, 2, 1 slots) when the disk
 * has no longer free run left; swap capacity is never lost to them.
 *
 * A slot belongs to one anon_kind (vm/anon.cc), which may be shared by
 * several processes after a copy-on-write fork: the slot is freed when the
 * last of them lets go of the page.
 *
 * Locking: cluster_lock (swap.cc) guards the cluster and is held across its
 * write; swap_lock guards the bitmaps and the counter and is a leaf.  Order:
 * vm_lock, then cluster_lock, then swap_lock.  Reads of slots outside the
 * cluster take no lock beyond that: a slot is used by one page at a time,
 * and the page is busy while it moves (vm/page.h). */
#ifndef VM_SWAP_H
#define VM_SWAP_H

#include <stddef.h>
#include <stdint.h>

/* "No slot". */
constexpr size_t SWAP_NONE = SIZE_MAX;

/* Pages per write-behind cluster: one 128-sector disk command. */
constexpr size_t SWAP_CLUSTER_PAGES = 16;

/* Finds the swap disk, if any, and sets up the cluster.  Call once at
 * boot, after the disks. */
void swap_init(void);

/* Saves the page at KVA in a fresh slot (through the cluster) and returns
 * the slot, or SWAP_NONE when the disk is full or absent.  The caller owns
 * the slot from then on.  May sleep (writes the cluster when it fills). */
[[nodiscard]] size_t swap_out_page(const void *kva);

/* Reads SLOT into the page at KVA.  Returns false on a disk error (or a
 * failed cluster write of that slot).  May sleep. */
[[nodiscard]] bool swap_read(size_t slot, void *kva);

/* Gives SLOT back. */
void swap_free(size_t slot);

/* Slots in use / on the disk (statistics, leak check). */
size_t swap_slots_in_use(void);
size_t swap_slot_count(void);

#endif /* VM_SWAP_H */
