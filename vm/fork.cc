/// SOLUTION FILE(vm): the copy of an address space for fork, with copy-on-write.
/* vm/fork.cc -- the address-space half of fork: copy_from (see
 * addrspace.h).
 *
 * The child gets a copy of each region (vm/region.h) and of each SPT
 * entry: pages nobody touched have no entry and cost nothing here -- the
 * child's first touch makes its own, as the parent's would.  With
 * copy-on-write (the default) the child's SPT entries share the
 * parent's pages, and one pass over the parent's page table write-protects
 * each present PTE and gives the child the same entry: the first write on
 * either side faults and copies (vm/fault.cc).  With -nocow every page is
 * copied now -- or, if nobody has produced it yet, its initializer. */
#include "vm/addrspace.h"
#include "vm/page.h"
#include "vm/rmap.h"

namespace {

/* hash_clone() with a typed callback: COPY(elem) returns the copy of ELEM,
 * or NULL to fail.  (The lambda travels as hash_clone's aux; only this
 * adapter sees that.) */
template <typename Copy>
bool hash_clone_with(hash *dst, hash *src, Copy copy) {
  return hash_clone(dst, src, [](hash_elem *e, void *c) { return (*static_cast<Copy *>(c))(e); },
                    &copy);
}

}  // namespace

bool address_space::copy_from(address_space *parent) {
  /* The regions, in the same order; each parent region points at its copy
   * (region::copy) while the SPT is copied. */
  bool ok = true;
  for (list_elem *e = list_begin(&parent->regions_); ok && e != list_end(&parent->regions_);
       e = list_next(e)) {
    region *pr = list_entry(e, region, elem);
    pr->copy = pr->clone();
    if (pr->copy != nullptr) list_push_back(&regions_, &pr->copy->elem);
    else ok = false;
  }
  ok = ok && reserve_mappings(hash_size(&parent->spt_));
  {
    lock_guard guard(&vm_lock);
    /* The child's SPT takes the parent's layout (hash_clone): no hashing. */
    ok = ok && hash_clone_with(&spt_, &parent->spt_, [this](hash_elem *e) -> hash_elem * {
      mapping *m = copy_mapping_locked(hash_entry(e, mapping, spt_elem));
      return m != nullptr ? &m->spt_elem : nullptr;
    });
    ok = ok && (!vm_cow_enabled || share_ptes_locked(parent));
  }
  for (list_elem *e = list_begin(&parent->regions_); e != list_end(&parent->regions_);
       e = list_next(e))
    list_entry(e, region, elem)->copy = nullptr;
  return ok;
}

mapping *address_space::copy_mapping_locked(mapping *pm) {
  ASSERT(vm_lock_held());
  page *page = pm->page;
  page_wait_locked(page);
  /* The child's mapping has PM's address and permissions (which a page
   * two segments share takes from both), in the copy of PM's region. */
  region *r = pm->region->copy;
  /* Copy-on-write: the same page (share_ptes_locked then copies the PTE). */
  if (vm_cow_enabled) return new_mapping_locked(pm->va, r, pm->writable, pm->executable, page);

  /* Eager copy.  Contents nobody holds yet (lazy, or in the file) need
   * only their description copied; anything else is copied byte for byte,
   * from swap if need be. */
  struct page *copy;
  if (page->frame == nullptr && page->kind->reproducible()) {
    copy = page::create(page->kind->clone_for_copy());
    if (copy == nullptr) return nullptr;
  } else {
    if (page->frame == nullptr && page_in_locked(page) != fault_result::HANDLED) return nullptr;
    mapping_protect_locked(pm);   /* folds the parent's dirty bit into the page */
    (void)mapping_map_locked(pm); /* or the parent's next touch maps it */
    copy = page_copy_locked(page);
    if (copy == nullptr) return nullptr;
  }
  mapping *m = new_mapping_locked(pm->va, r, pm->writable, pm->executable, copy);
  if (m == nullptr) {
    page_free_locked(copy);
    return nullptr;
  }
  /* Out of page-table pages: fail the fork now rather than start a child
   * that cannot map its own pages. */
  if (copy->frame != nullptr && !mapping_map_locked(m)) {
    mapping_unlink_locked(m);
    if (r->type == region_type::MMAP) list_remove(&m->region_elem);
    free_mapping(m);
    page_free_locked(copy);
    return nullptr;
  }
  return m;
}

bool address_space::share_ptes_locked(address_space *parent) {
  ASSERT(vm_lock_held());
  /* In address order over the parent's page table (the parent is blocked,
   * so its TLB is flushed when it runs again).  A child whose page table
   * cannot be completed is not started: better a failed fork than a child
   * killed later. */
  bool ok = true;
  pml4_for_each_user_pte(parent->pml4_, [&](uint64_t va, pte_t *pte) {
    pte_t old = pte->fetch_and_clear(pte_t::WRITABLE | pte_t::DIRTY);
    if (old.dirty()) frame_of_kva(ptov(old.paddr()))->page->dirty = true;
    if (pte_t *child_pte = pte_locked((void *)va, true))
      *child_pte = pte_t(old.raw() & ~(pte_t::WRITABLE | pte_t::DIRTY | pte_t::ACCESSED));
    else
      ok = false;
  });
  return ok;
}
