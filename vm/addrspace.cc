/* vm/addrspace.cc -- address spaces: the SPT, the reverse map, fork, mmap
 * (see addrspace.h). */
#include "vm/addrspace.h"

#include <debug.h>
#include <new.h>
#include <round.h>
#include <string.h>

#include "filesys/file.h"
#include "kernel/malloc.h"
#include "kernel/palloc.h"
#include "vm/anon.h"
#include "vm/file.h"
#include "vm/frame.h"
#include "vm/page.h"
#include "vm/uninit.h"

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

/* ---- The reverse map. ---- */

bool mapping_map_locked(mapping *m) {
  page *page = m->page;
  ASSERT(lock_held_by_current_thread(&vm_lock) && page->frame != nullptr);
  pte_t *pte = m->as->pte_locked(m->va, true);
  if (pte == nullptr) return false;
  bool writable = m->writable && page->sharers() == 1;
  pte_t old = pte->exchange(pte_t::make(vtop(page->frame->kva),
                                    pte_t::PRESENT | pte_t::USER | (writable ? pte_t::WRITABLE : 0)));
  if (old.present() && old.dirty()) page->dirty = true;
  flush(m);
  return true;
}

void mapping_unmap_locked(mapping *m) { clear_pte_flags(m, pte_t::PRESENT | pte_t::ADDR_MASK); }

void mapping_protect_locked(mapping *m) { clear_pte_flags(m, pte_t::WRITABLE); }

void page_unmap_all_locked(page *page) {
  for (list_elem *e = list_begin(&page->mappings); e != list_end(&page->mappings); e = list_next(e))
    mapping_unmap_locked(list_entry(e, mapping, page_elem));
}

bool page_test_and_clear_accessed_locked(page *page) {
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

/* ---- Mapping storage. ---- */

struct address_space::mapping_chunk {
  list_elem elem; /* in chunks_ */
  mapping slots[(PGSIZE - sizeof(list_elem)) / sizeof(mapping)];
};

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

mapping *address_space::alloc_mapping(void) {
  if (!reserve_mappings(1)) return nullptr;
  list_elem *e = list_pop_front(&free_mappings_);
  free_cnt_--;
  return new (list_entry(e, mapping, spt_elem.list_elem)) mapping;
}

void address_space::free_mapping(mapping *m) {
  list_push_front(&free_mappings_, &m->spt_elem.list_elem);
  free_cnt_++;
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
  bool spt_ok = hash_init(&as->spt_, mapping_hash, mapping_less, as);
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
    hash_clear(&spt_, [](hash_elem *e, void *aux) {
      static_cast<address_space *>(aux)->detach_mapping_locked(hash_entry(e, mapping, spt_elem),
                                                              true);
    });
  }
  hash_destroy(&spt_, nullptr);
  while (!list_empty(&regions_)) delete list_entry(list_pop_front(&regions_), region, elem);
  while (!list_empty(&chunks_))
    palloc_free_page(list_entry(list_pop_front(&chunks_), mapping_chunk, elem));
  pml4_destroy(pml4_);
}

mapping *address_space::find(const void *upage) {
  mapping key;
  key.va = const_cast<void *>(upage);
  hash_elem *e = hash_find(&spt_, &key.spt_elem);
  return e != nullptr ? hash_entry(e, mapping, spt_elem) : nullptr;
}

mapping *address_space::new_mapping_locked(void *upage, bool writable, page *page) {
  ASSERT(lock_held_by_current_thread(&vm_lock) && pg_ofs(upage) == 0);
  mapping *m = alloc_mapping();
  if (m == nullptr) return nullptr;
  m->va = upage;
  m->writable = writable;
  m->as = this;
  m->page = page;
  list_push_back(&page->mappings, &m->page_elem);
  return m;
}

mapping *address_space::add_mapping_locked(void *upage, bool writable, page *page) {
  mapping *m = new_mapping_locked(upage, writable, page);
  if (m != nullptr && hash_insert(&spt_, &m->spt_elem) != nullptr)
    PANIC("SPT: %p mapped twice", upage);
  return m;
}

mapping *address_space::add_page_locked(void *upage, bool writable, page_kind *kind) {
  page *page = page::create(kind);
  if (page == nullptr) return nullptr;
  mapping *m = add_mapping_locked(upage, writable, page);
  if (m == nullptr) delete page;
  return m;
}

pte_t *address_space::pte_locked(const void *upage, bool create) {
  uint64_t region = (uint64_t)upage >> 21;
  if (region == pt_region_ && pt_ != nullptr) return &pt_->entries[pt_index((uint64_t)upage)];
  pte_t *pte = pml4_lookup(pml4_, upage, create);
  if (pte != nullptr) {
    pt_ = (page_table *)pg_round_down(pte);
    pt_region_ = region;
  }
  return pte;
}

void address_space::detach_mapping_locked(mapping *m, bool whole_space) {
  page *page = m->page;
  page_wait_locked(page);
  if (!whole_space || page->kind->file_backed()) mapping_unmap_locked(m);
  if (page->frame != nullptr && page->dirty && page->kind->file_backed()) {
    /* munmap and exit write a dirty file page back now; the other sharers
     * (if any) then see it clean. */
    page_set_busy_locked(page);
    void *kva = page->frame->kva;
    (void)page_io_locked(page, [&] { return page->kind->swap_out(page, kva, true); });
    page->dirty = false;
    page_clear_busy_locked(page);
  }
  list_remove(&m->page_elem);
  if (list_empty(&page->mappings)) {
    if (page->frame != nullptr) frame_free_locked(page->frame);
    delete page;
  }
}

/* ---- The loader. ---- */

bool address_space::add_segment_piece(void *upage, bool writable, file *f, off_t file_ofs,
                                     size_t page_ofs, size_t len) {
  lock_guard guard(&vm_lock);
  mapping *m = find(upage);
  if (m == nullptr) {
    /* A page of zeroes (bss) is simply an anonymous page without a swap
     * slot: its first swap_in zero-fills it.  It becomes uninit only if a
     * segment brings bytes from the file. */
    m = add_page_locked(upage, writable, new anon_kind);
    if (m == nullptr) return false;
  }
  m->writable = m->writable || writable;

  /* Nothing ran yet: every page is still anon-without-slot or uninit. */
  page *page = m->page;
  ASSERT(page->frame == nullptr);
  if (len > 0 && strcmp(page->kind->name(), "anon") == 0) {
    uninit_kind *kind = new uninit_kind(page->kind);
    if (kind == nullptr) return false;
    page->kind = kind;
  }
  if (strcmp(page->kind->name(), "anon") == 0) return true; /* zeroes only */
  ASSERT(strcmp(page->kind->name(), "uninit") == 0);
  uninit_kind *kind = static_cast<uninit_kind *>(page->kind);
  kind->set_writable(m->writable);
  return len == 0 || kind->add_piece(f, file_ofs, page_ofs, len);
}

bool address_space::add_filled_page(void *upage, bool writable, const void *data) {
  lock_guard guard(&vm_lock);
  if (find(upage) != nullptr) return false;
  mapping *m = add_page_locked(upage, writable, new anon_kind);
  if (m == nullptr) return false;
  page *page = m->page;
  page_set_busy_locked(page);
  frame *frame = frame_alloc_locked(page);
  if (frame != nullptr) {
    memcpy(frame->kva, data, PGSIZE);
    page->frame = frame;
  }
  page_clear_busy_locked(page);
  return frame != nullptr && mapping_map_locked(m);
}

/* ---- fork. ---- */

/* Gives this address space its copy of parent mapping PM: the same page,
 * write-protected on both sides (copy-on-write), or a page of its own. */
mapping *address_space::copy_mapping_locked(mapping *pm) {
  page *page = pm->page;
  page_wait_locked(page);
  /* Copy-on-write: the same page (copy_from then copies the PTEs). */
  if (vm_cow_enabled) return new_mapping_locked(pm->va, pm->writable, page);

  /* Eager copy.  Contents nobody holds yet (lazy, or in the file) need
   * only their description copied; anything else is copied byte for byte,
   * from swap if need be. */
  struct page *copy;
  if (page->frame == nullptr && page->kind->reproducible()) {
    copy = page::create(page->kind->clone_for_copy());
    if (copy == nullptr) return nullptr;
  } else {
    if (page->frame == nullptr && page_in_locked(page) != fault_result::HANDLED) return nullptr;
    mapping_protect_locked(pm); /* folds the parent's dirty bit into the page */
    (void)mapping_map_locked(pm); /* or the parent's next touch maps it */
    copy = page_copy_locked(page);
    if (copy == nullptr) return nullptr;
  }
  mapping *m = new_mapping_locked(pm->va, pm->writable, copy);
  if (m == nullptr) {
    if (copy->frame != nullptr) frame_free_locked(copy->frame);
    delete copy;
    return nullptr;
  }
  /* Out of page-table pages: fail the fork now rather than start a child
   * that cannot map its own pages. */
  if (copy->frame != nullptr && !mapping_map_locked(m)) {
    list_remove(&m->page_elem);
    free_mapping(m);
    frame_free_locked(copy->frame);
    delete copy;
    return nullptr;
  }
  return m;
}

bool address_space::copy_from(address_space *parent) {
  for (list_elem *e = list_begin(&parent->regions_); e != list_end(&parent->regions_);
       e = list_next(e)) {
    region *pr = list_entry(e, region, elem);
    region *r = new region;
    if (r == nullptr) return false;
    r->start = pr->start;
    r->page_cnt = pr->page_cnt;
    list_push_back(&regions_, &r->elem);
  }
  if (!reserve_mappings(hash_size(&parent->spt_))) return false;
  /* The child's SPT takes the parent's layout (hash_clone): no hashing. */
  lock_guard guard(&vm_lock);
  if (!hash_clone(&spt_, &parent->spt_, [](hash_elem *e, void *aux) -> hash_elem * {
        mapping *m = static_cast<address_space *>(aux)->copy_mapping_locked(
            hash_entry(e, mapping, spt_elem));
        return m != nullptr ? &m->spt_elem : nullptr;
      }, this))
    return false;
  if (!vm_cow_enabled) return true;

  /* Every page is shared now: write-protect each present PTE of the parent
   * and give the child the same entry, in one pass over the parent's page
   * table in address order (the parent is blocked, so its TLB is flushed
   * when it runs again).  A child whose page table cannot be completed is
   * not started: better a failed fork than a child killed later. */
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

/* ---- mmap. ---- */

void *address_space::mmap(void *addr, size_t length, bool writable, file *f, off_t offset) {
  uint64_t start = (uint64_t)addr;
  if (start == 0 || pg_ofs(addr) != 0 || length == 0 || offset < 0 || offset % PGSIZE != 0)
    return nullptr;
  if (start >= KERN_BASE || length > KERN_BASE - start) return nullptr;
  off_t file_len = file_length(f);
  if (file_len == 0) return nullptr;
  size_t page_cnt = DIV_ROUND_UP(length, PGSIZE);
  for (size_t i = 0; i < page_cnt; i++)
    if (find((void *)(start + i * PGSIZE)) != nullptr) return nullptr;

  region *r = new region;
  if (r == nullptr) return nullptr;
  r->start = addr;
  r->page_cnt = 0;
  list_push_back(&regions_, &r->elem);
  for (size_t i = 0; i < page_cnt; i++) {
    uint64_t ofs = (uint64_t)offset + i * PGSIZE;
    size_t read_bytes = ofs >= (uint64_t)file_len ? 0 : (size_t)file_len - ofs;
    if (read_bytes > PGSIZE) read_bytes = PGSIZE;
    if (ofs > (uint64_t)INT32_MAX) break; /* past any file: fails below */
    file *own = file_reopen(f);
    file_kind *kind = own != nullptr ? new file_kind(own, (off_t)ofs, read_bytes) : nullptr;
    if (kind == nullptr) {
      file_close(own);
      break;
    }
    lock_guard guard(&vm_lock);
    if (add_page_locked((void *)(start + i * PGSIZE), writable, kind) == nullptr) break;
    r->page_cnt++;
  }
  if (r->page_cnt < page_cnt) {
    munmap(addr);
    return nullptr;
  }
  return addr;
}

void address_space::munmap(void *addr) {
  for (list_elem *e = list_begin(&regions_); e != list_end(&regions_); e = list_next(e)) {
    region *r = list_entry(e, region, elem);
    if (r->start != addr) continue;
    {
      lock_guard guard(&vm_lock);
      for (size_t i = 0; i < r->page_cnt; i++) {
        mapping *m = find((uint8_t *)addr + i * PGSIZE);
        if (m == nullptr) continue;
        detach_mapping_locked(m, false);
        hash_delete(&spt_, &m->spt_elem);
        free_mapping(m);
      }
    }
    list_remove(&r->elem);
    delete r;
    return;
  }
}
