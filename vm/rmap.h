/// SOLUTION FILE(vm): the reverse map from a page to the page-table entries that map it.
/* vm/rmap.h -- the reverse map: from a page to the mappings (and so the
 * PTEs) that show it.
 *
 * Layer: vm/ (internal).  A page's `mappings` list holds every mapping
 * that shows it -- one per process after a copy-on-write fork.  Whoever
 * changes where a page lives (eviction, copy-on-write, munmap) goes through
 * these functions, which keep the invariants of vm/addrspace.h: a mapping's
 * PTE is either not present or maps its page's frame, and it is writable
 * only if the mapping is writable and the page has no other sharer, and
 * executable only if the mapping is.  Every
 * PTE change folds the hardware dirty bit into the page and flushes the TLB
 * entry when that address space is the active one.
 *
 * All with vm_lock held; none sleeps. */
#ifndef VM_RMAP_H
#define VM_RMAP_H

#include <list.h>

#include "arch/x86_64/mmu.h"
#include "vm/addrspace.h"
#include "vm/page.h"

/* Makes M show PAGE: adds M to PAGE's mappings (M shows no page yet). */
inline void mapping_link_locked(mapping *m, page *page) {
  ASSERT(vm_lock_held() && m->page == nullptr);
  m->page = page;
  list_push_back(&page->mappings, &m->page_elem);
  page->sharer_cnt++;
}

/* Takes M off its page's mappings (M's PTE must be done with). */
inline void mapping_unlink_locked(mapping *m) {
  ASSERT(vm_lock_held());
  list_remove(&m->page_elem);
  m->page->sharer_cnt--;
  m->page = nullptr;
}

/* Makes M show PAGE instead of the page it shows now (copy-on-write, the
 * split of an unloaded page); M's PTE must not be present. */
inline void mapping_move_locked(mapping *m, page *page) {
  ASSERT(vm_lock_held());
  mapping_unlink_locked(m);
  mapping_link_locked(m, page);
}

/* Points M's PTE at its page's frame (which must be resident): writable if
 * M is and the page has no other sharer, no-execute unless M is
 * executable.  OLD, if not NULL, receives the
 * PTE as it was.  Returns false when a page-table page cannot be
 * allocated. */
[[nodiscard]] bool mapping_map_locked(mapping *m, pte_t *old = nullptr);
/* Makes M's PTE not present, folding its dirty bit into the page. */
void mapping_unmap_locked(mapping *m);
/* Write-protects M's PTE (if present), folding its dirty bit into the
 * page. */
void mapping_protect_locked(mapping *m);

/* mapping_unmap_locked for every mapping of PAGE (eviction). */
void page_unmap_all_locked(page *page);
/* True if any mapping of PAGE accessed it since the last call; clears the
 * accessed bits (the clock's second chance). */
bool page_test_and_clear_accessed_locked(page *page);

#endif /* VM_RMAP_H */
