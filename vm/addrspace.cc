/// SOLUTION FILE(vm): an address space's life cycle and its supplemental page table.
/* vm/addrspace.cc -- an address space's life cycle, its SPT, the storage
 * of its mappings and its PTE lookup (see addrspace.h).  The region list
 * is in region.cc, the loader's segments and stack in program.cc, fork in
 * fork.cc, mmap in mmap.cc. */
#include "vm/addrspace.h"

#include <debug.h>
#include <new.h>

#include "kernel/palloc.h"
#include "vm/page.h"
#include "vm/rmap.h"

namespace {

/* The page number itself: the table picks a bucket by the low bits, so
 * consecutive pages -- the usual case -- land in consecutive buckets, and
 * a walk over the table visits them in address order, which keeps
 * address_space::pte_locked() on one page-table page.  (A byte-wise hash
 * such as FNV mixes the low bits of page-aligned addresses badly: the SPT
 * of a 16 MiB process spent 650 instructions per insertion in long
 * chains.) */
uint64_t mapping_hash(const hash_elem *e, void *) {
  return pg_no(hash_entry(e, mapping, spt_elem)->va);
}

bool mapping_less(const hash_elem *a, const hash_elem *b, void *) {
  return hash_entry(a, mapping, spt_elem)->va < hash_entry(b, mapping, spt_elem)->va;
}

}  // namespace

/* A page of mapping slots (see "Memory" in addrspace.h). */
struct address_space::mapping_chunk {
  list_elem elem; /* in chunks_ */
  mapping slots[(PGSIZE - sizeof(list_elem)) / sizeof(mapping)];
};

/* ---- Mapping storage (the rest is at the end). ---- */

inline mapping *address_space::alloc_mapping(void) {
  if (free_cnt_ == 0 && !reserve_mappings(1)) return nullptr;
  list_elem *e = list_pop_front(&free_mappings_);
  free_cnt_--;
  return new (list_entry(e, mapping, spt_elem.list_elem)) mapping;
}

/* ---- Life cycle. ---- */

address_space *address_space::create(void) {
  address_space *as = new address_space;
  if (as == nullptr) return nullptr;
  list_init(&as->regions_);
  list_init(&as->chunks_);
  list_init(&as->free_mappings_);
  /* The destructor copes with whatever part failed (no buckets, or no
   * page table). */
  bool spt_ok = hash_init(&as->spt_, mapping_hash, mapping_less, nullptr);
  as->pml4_ = pml4_create();
  if (!spt_ok || as->pml4_ == nullptr) {
    delete as;
    return nullptr;
  }
  return as;
}

address_space::~address_space() {
  ASSERT(pml4_active() != pml4_);
  {
    lock_guard guard(&vm_lock);
    /* Each mapping knows its address space: the callback needs no aux. */
    hash_clear(&spt_, [](hash_elem *e, void *) {
      mapping *m = hash_entry(e, mapping, spt_elem);
      m->as->detach_mapping_locked(m, true);
    });
  }
  hash_destroy(&spt_, nullptr);
  /* Their mappings went with the SPT. */
  while (!list_empty(&regions_)) delete list_entry(list_pop_front(&regions_), region, elem);
  while (!list_empty(&chunks_))
    palloc_free_page(list_entry(list_pop_front(&chunks_), mapping_chunk, elem));
  pml4_destroy(pml4_);
}

void address_space::detach_mapping_locked(mapping *m, bool whole_space) {
  ASSERT(vm_lock_held());
  page *page = m->page;
  page_wait_locked(page);
  bool file_backed = page->kind->file_backed();
  if (!whole_space || file_backed) mapping_unmap_locked(m);
  if (file_backed && page->frame != nullptr && page->dirty) {
    /* munmap and exit write a dirty file page back now; the other sharers
     * (if any) then see it clean. */
    page_set_busy_locked(page);
    void *kva = page->frame->kva;
    (void)page_io_locked(page, [&] { return page->kind->save(kva, true); });
    page->dirty = false;
    page_clear_busy_locked(page);
  }
  mapping_unlink_locked(m);
  if (page->sharers() == 0) page_free_locked(page);
}

/* ---- The SPT. ---- */

hash *address_space::spt_locked(void) {
  ASSERT(vm_lock_held());
  return &spt_;
}

mapping *address_space::find_locked(const void *upage) {
  ASSERT(vm_lock_held());
  mapping key;
  key.va = const_cast<void *>(upage);
  hash_elem *e = hash_find(&spt_, &key.spt_elem);
  return e != nullptr ? hash_entry(e, mapping, spt_elem) : nullptr;
}

mapping *address_space::new_mapping_locked(void *upage, region *r, bool writable,
                                           bool executable, page *page) {
  ASSERT(vm_lock_held() && pg_ofs(upage) == 0 && r->contains((uint64_t)upage));
  mapping *m = alloc_mapping();
  if (m == nullptr) return nullptr;
  m->va = upage;
  m->writable = writable;
  m->executable = executable;
  m->as = this;
  m->region = r;
  if (r->type == region_type::MMAP) list_push_back(&r->mappings, &m->region_elem);
  mapping_link_locked(m, page);
  return m;
}

void address_space::insert_mapping_locked(mapping *m) {
  ASSERT(vm_lock_held());
  if (hash_insert(&spt_, &m->spt_elem) != nullptr) PANIC("SPT: %p mapped twice", m->va);
}

mapping *address_space::add_page_locked(void *upage, region *r, page_kind *kind) {
  ASSERT(vm_lock_held());
  page *page = page::create(kind);
  if (page == nullptr) return nullptr;
  mapping *m = new_mapping_locked(upage, r, r->writable, r->executable, page);
  if (m == nullptr) {
    delete page;
    return nullptr;
  }
  insert_mapping_locked(m);
  return m;
}

/* ---- PTE lookup. ---- */

pte_t *address_space::pte_locked(const void *upage, bool create) {
  ASSERT(vm_lock_held());
  uint64_t span = (uint64_t)upage >> PD_SHIFT;
  if (span == pt_span_ && pt_ != nullptr) return &pt_->entries[pt_index((uint64_t)upage)];
  pte_t *pte = pml4_lookup(pml4_, upage, create);
  if (pte != nullptr) {
    pt_ = (page_table *)pg_round_down(pte);
    pt_span_ = span;
  }
  return pte;
}

/* ---- Mapping storage. ---- */

bool address_space::reserve_mappings(size_t n) {
  static_assert(sizeof(mapping_chunk) <= PGSIZE, "a chunk fills one page");
  while (free_cnt_ < n) {
    mapping_chunk *chunk = static_cast<mapping_chunk *>(palloc_get_page(PAL_NONE));
    if (chunk == nullptr) return false;
    list_push_back(&chunks_, &chunk->elem);
    for (mapping &slot : chunk->slots) {
      list_push_back(&free_mappings_, &slot.spt_elem.list_elem);
      free_cnt_++;
    }
  }
  return true;
}

void address_space::free_mapping(mapping *m) {
  list_push_front(&free_mappings_, &m->spt_elem.list_elem);
  free_cnt_++;
}
/// STUB FILE:
/// /* vm/addrspace.cc -- a process's address space (see addrspace.h).  The
///  * handout's version makes and frees the page table; everything else
///  * fails, so no program loads until the supplemental page table exists. */
/// #include "vm/addrspace.h"
///
/// #include <debug.h>
///
/// address_space *address_space::create(void) {
///   address_space *as = new address_space;
///   if (as == nullptr) return nullptr;
///   as->pml4_ = pml4_create();
///   if (as->pml4_ == nullptr) {
///     delete as;
///     return nullptr;
///   }
///   return as;
/// }
///
/// address_space::~address_space() {
///   ASSERT(pml4_active() != pml4_);
///   /* TODO (project 3, vm): release every page, writing dirty file pages
///    * back. */
///   pml4_destroy(pml4_);
/// }
///
/// layout_result address_space::add_segment(uint64_t, uint64_t, file *, uint64_t, uint64_t, bool,
///                                          bool) {
///   /* TODO (project 3, vm): record the segment in the supplemental page
///    * table; its pages are read (or zeroed) when first touched. */
///   return layout_result::NO_MEMORY;
/// }
///
/// layout_result address_space::add_stack(const void *) {
///   /* TODO (project 3, vm): the stack's top page, holding the arguments. */
///   return layout_result::NO_MEMORY;
/// }
///
/// bool address_space::copy_from(address_space *) {
///   /* TODO (project 3, vm): fork's copy of the parent's address space, with
///    * copy-on-write sharing. */
///   return false;
/// }
///
/// void *address_space::mmap(void *, size_t, bool, file *, off_t) {
///   /* TODO (project 3, vm): memory-mapped files. */
///   return nullptr;
/// }
///
/// void address_space::munmap(void *) {
///   /* TODO (project 3, vm): unmap, writing dirty pages back. */
/// }
/// END
