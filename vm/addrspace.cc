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
/// /* vm/addrspace.cc -- a process's address space (see addrspace.h).
///  *
///  * The handout's version is eager and has no supplemental page table: the
///  * page table is the whole record.  Every present user PTE maps a page of
///  * the user pool (palloc PAL_USER) that this address space owns.  The
///  * loader's segments are read in at once, the stack is one page, fork
///  * copies every page, and a page fault kills the process (vm.cc). */
/// #include "vm/addrspace.h"
///
/// #include <debug.h>
/// #include <round.h>
/// #include <string.h>
///
/// #include "filesys/file.h"
/// #include "kernel/palloc.h"
///
/// namespace {
///
/// /* The PTE flags of a user page. */
/// uint64_t user_pte_flags(bool writable, bool executable) {
///   return pte_t::PRESENT | pte_t::USER | (writable ? pte_t::WRITABLE : 0) |
///          (executable ? 0 : pte_no_execute());
/// }
///
/// }  // namespace
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
///   /* TODO (project 3, vm): release every page of the supplemental page
///    * table (frames, swap slots), writing dirty file pages back. */
///   pml4_for_each_user_pte(pml4_, [](uint64_t, pte_t *pte) { palloc_free_page(ptov(pte->paddr())); });
///   pml4_destroy(pml4_);
/// }
///
/// layout_result address_space::add_segment(uint64_t vaddr, uint64_t memsz, file *f, uint64_t offset,
///                                          uint64_t filesz, bool writable, bool executable) {
///   /* TODO (project 3, vm): lazy loading: record the segment in the
///    * supplemental page table instead, and read (or zero) each page on its
///    * first fault. */
///   uint64_t start = vaddr & ~PGMASK, end = ROUND_UP(vaddr + memsz, PGSIZE);
///   uint64_t file_end = vaddr + filesz;
///   for (uint64_t upage = start; upage < end; upage += PGSIZE) {
///     pte_t *pte = pml4_lookup(pml4_, (void *)upage, true);
///     if (pte == nullptr) return layout_result::NO_MEMORY;
///     /* A page that exists already belongs to another segment: allowed at
///      * an end of this one, where it gets this segment's bytes too. */
///     bool shared = pte->present();
///     if (shared && upage != start && upage + PGSIZE != end) return layout_result::OVERLAP;
///     uint8_t *kpage = shared ? (uint8_t *)ptov(pte->paddr())
///                             : (uint8_t *)palloc_get_page(PAL_USER | PAL_ZERO);
///     if (kpage == nullptr) return layout_result::NO_MEMORY;
///
///     /* This segment's file bytes on the page, if any; the rest is zero. */
///     uint64_t lo = upage > vaddr ? upage : vaddr;
///     uint64_t hi = upage + PGSIZE < file_end ? upage + PGSIZE : file_end;
///     if (lo < hi && file_read_at(f, kpage + (lo - upage), (off_t)(hi - lo),
///                                 (off_t)(offset + (lo - vaddr))) != (off_t)(hi - lo)) {
///       /* A read error: reported as NO_MEMORY, the closest result there is. */
///       if (!shared) palloc_free_page(kpage);
///       return layout_result::NO_MEMORY;
///     }
///
///     bool w = writable || (shared && pte->writable());
///     bool x = executable || (shared && (pte->raw() & pte_t::NO_EXECUTE) == 0);
///     *pte = pte_t::make(vtop(kpage), user_pte_flags(w, x));
///   }
///   return layout_result::OK;
/// }
///
/// layout_result address_space::add_stack(const void *top) {
///   /* TODO (project 3, vm): the stack as a region of the supplemental page
///    * table that grows on faults below its first page (stack growth). */
///   void *upage = (void *)(USER_STACK - PGSIZE);
///   pte_t *pte = pml4_lookup(pml4_, upage, true);
///   if (pte == nullptr) return layout_result::NO_MEMORY;
///   if (pte->present()) return layout_result::OVERLAP;
///   void *kpage = palloc_get_page(PAL_USER);
///   if (kpage == nullptr) return layout_result::NO_MEMORY;
///   memcpy(kpage, top, PGSIZE);
///   *pte = pte_t::make(vtop(kpage), user_pte_flags(true, false));
///   return layout_result::OK;
/// }
///
/// bool address_space::copy_from(address_space *parent) {
///   /* TODO (project 3, vm): copy the supplemental page table, and with
///    * vm_cow_enabled share the parent's pages copy-on-write instead of
///    * copying them. */
///   bool ok = true;
///   pml4_for_each_user_pte(parent->pml4_, [&](uint64_t va, pte_t *ppte) {
///     if (!ok) return;
///     pte_t *pte = pml4_lookup(pml4_, (void *)va, true);
///     void *kpage = pte != nullptr ? palloc_get_page(PAL_USER) : nullptr;
///     if (kpage == nullptr) {
///       ok = false;
///       return;
///     }
///     memcpy(kpage, ptov(ppte->paddr()), PGSIZE);
///     uint64_t flags = ppte->raw() & ~(pte_t::ADDR_MASK | pte_t::ACCESSED | pte_t::DIRTY);
///     *pte = pte_t::make(vtop(kpage), flags);
///   });
///   return ok;
/// }
///
/// void *address_space::mmap(void *, size_t, bool, file *, off_t) {
///   /* TODO (project 3, vm): memory-mapped files, loaded lazily. */
///   return nullptr;
/// }
///
/// void address_space::munmap(void *) {
///   /* TODO (project 3, vm): unmap, writing dirty pages back. */
/// }
/// END
