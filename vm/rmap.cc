/// SOLUTION FILE(vm): the reverse map from a page to the page-table entries that map it.
/* vm/rmap.cc -- the reverse map: PTE updates for every mapping of a page
 * (see rmap.h). */
#include "vm/rmap.h"

namespace {

/* M's PTE if it is present (then it maps M's page's frame), else NULL. */
pte_t *present_pte(mapping *m) {
  pte_t *pte = m->as->pte_locked(m->va, false);
  if (pte == nullptr || !pte->present()) return nullptr;
  return pte;
}

void flush(mapping *m) {
  if (pml4_active() == m->as->pml4()) invlpg(m->va);
}

/* Clears FLAGS and DIRTY in M's present PTE, folding the dirty bit into
 * the page (atomically: see pte_t::fetch_and_clear). */
void clear_pte_flags(mapping *m, uint64_t flags) {
  pte_t *pte = present_pte(m);
  if (pte == nullptr) return;
  if (pte->fetch_and_clear(flags | pte_t::DIRTY).dirty()) m->page->dirty = true;
  flush(m);
}

}  // namespace

bool mapping_map_locked(mapping *m, pte_t *old_out) {
  page *page = m->page;
  ASSERT(vm_lock_held() && page->frame != nullptr);
  pte_t *pte = m->as->pte_locked(m->va, true);
  if (pte == nullptr) return false;
  bool writable = m->writable && page->sharers() == 1;
  uint64_t flags = pte_t::PRESENT | pte_t::USER | (writable ? pte_t::WRITABLE : 0) |
                   (m->executable ? 0 : pte_no_execute());
  pte_t old = pte->exchange(pte_t::make(vtop(page->frame->kva), flags));
  if (old.present() && old.dirty()) page->dirty = true;
  flush(m);
  if (old_out != nullptr) *old_out = old;
  return true;
}

void mapping_unmap_locked(mapping *m) {
  ASSERT(vm_lock_held());
  clear_pte_flags(m, pte_t::PRESENT | pte_t::ADDR_MASK);
}

void mapping_protect_locked(mapping *m) {
  ASSERT(vm_lock_held());
  clear_pte_flags(m, pte_t::WRITABLE);
}

void page_unmap_all_locked(page *page) {
  ASSERT(vm_lock_held());
  for (list_elem *e = list_begin(&page->mappings); e != list_end(&page->mappings); e = list_next(e))
    mapping_unmap_locked(list_entry(e, mapping, page_elem));
}

bool page_test_and_clear_accessed_locked(page *page) {
  ASSERT(vm_lock_held());
  bool accessed = false;
  for (list_elem *e = list_begin(&page->mappings); e != list_end(&page->mappings);
       e = list_next(e)) {
    mapping *m = list_entry(e, mapping, page_elem);
    pte_t *pte = present_pte(m);
    if (pte != nullptr && pte->accessed()) {
      accessed = true;
      (void)pte->fetch_and_clear(pte_t::ACCESSED);
      flush(m);
    }
  }
  return accessed;
}
