/// SOLUTION FILE(vm): a new program's segments and stack, loaded lazily.
/* vm/program.cc -- the regions of a new program, as the ELF loader
 * (userprog/load.cc) describes them: one per segment, whose pages are
 * produced on their first fault, and the stack, whose top page (the
 * arguments) is filled at once (see addrspace.h for the contracts).
 *
 * The one page made at load time besides the stack's is a page two
 * segments share (region.h, "Overlaps"): it starts as the page the first
 * segment's region would make on a touch -- anonymous zeroes, or an uninit
 * page with that segment's piece of the file -- and each further segment
 * adds its piece (an anonymous page becomes the target of an uninit page,
 * which reads the pieces on the first fault, vm/uninit.h). */
#include <round.h>
#include <string.h>

#include "vm/addrspace.h"
#include "vm/anon.h"
#include "vm/page.h"
#include "vm/region.h"
#include "vm/rmap.h"
#include "vm/uninit.h"

namespace {

/* True if page-aligned UPAGE is the first or the last page of R. */
bool is_end_page(const region *r, uint64_t upage) {
  return upage == r->start || upage + PGSIZE == r->end;
}

/* The pages that segment region R, not in AS's list yet, shares with the
 * regions there: at most its two end pages, each also an end page of a
 * segment (region.h, "Overlaps").  Stores them in SHARED and returns how
 * many, or -1 if R overlaps a region in any other way. */
int shared_pages_locked(address_space *as, const region *r, uint64_t shared[2]) {
  int cnt = 0;
  as->for_each_region_locked([&](region *o) {
    if (cnt < 0 || !o->overlaps(r->start, r->end)) return;
    uint64_t lo = o->start > r->start ? o->start : r->start;
    uint64_t hi = o->end < r->end ? o->end : r->end;
    if (o->type != region_type::SEGMENT || hi - lo != PGSIZE || !is_end_page(o, lo) ||
        !is_end_page(r, lo))
      cnt = -1;
    else if (cnt == 0 || shared[cnt - 1] != lo)
      shared[cnt++] = lo;
  });
  return cnt;
}

/* Adds the file bytes that R (a segment) shows in M's page to that page,
 * which nothing has produced yet, and gives M R's permissions too (OR-ed).
 * False when out of memory or pieces. */
bool add_piece_locked(mapping *m, const region *r) {
  ASSERT(vm_lock_held());
  m->writable = m->writable || r->writable;
  m->executable = m->executable || r->executable;
  page *page = m->page;
  ASSERT(page->frame == nullptr && page->sharers() == 1);
  file_piece piece = r->piece_at((uint64_t)m->va);
  if (piece.len > 0 && page->kind->type() == page_type::ANON) {
    /* Zeroes so far: the zero page becomes the target of an uninit page. */
    uninit_kind *kind = new uninit_kind(page->kind);
    if (kind == nullptr) return false;
    page->kind = kind;
  }
  if (page->kind->type() == page_type::ANON) return true; /* zeroes only */
  ASSERT(page->kind->type() == page_type::UNINIT);
  uninit_kind *kind = static_cast<uninit_kind *>(page->kind);
  kind->set_writable(m->writable);
  return piece.len == 0 ||
         kind->add_piece(r->file, (off_t)piece.file_ofs, piece.page_ofs, piece.len);
}

}  // namespace

layout_result address_space::add_segment(uint64_t vaddr, uint64_t memsz, file *f, uint64_t offset,
                                         uint64_t filesz, bool writable, bool executable) {
  ASSERT(memsz > 0 && filesz <= memsz && vaddr + memsz <= KERN_BASE);
  uint64_t start = vaddr & ~PGMASK, end = ROUND_UP(vaddr + memsz, PGSIZE);
  region *r = new region(region_type::SEGMENT, start, end, writable, executable);
  if (r == nullptr) return layout_result::NO_MEMORY;
  if (filesz > 0 && !r->set_file(f, vaddr, vaddr + filesz, offset)) {
    delete r;
    return layout_result::NO_MEMORY;
  }

  lock_guard guard(&vm_lock);
  uint64_t shared[2];
  int shared_cnt = shared_pages_locked(this, r, shared);
  mapping *merged[2];
  for (int i = 0; i < shared_cnt; i++) {
    /* A shared page exists from now on: made as the older segment's
     * region describes it (unless a third segment made it already), then
     * R adds its bytes. */
    merged[i] = find_locked((void *)shared[i]);
    if (merged[i] == nullptr) {
      region *older = find_region_locked((void *)shared[i]);
      merged[i] = add_page_locked((void *)shared[i], older, older->new_kind(shared[i]));
    }
    if (merged[i] == nullptr) shared_cnt = -2;
  }
  if (shared_cnt < 0) {
    delete r;
    return shared_cnt == -1 ? layout_result::OVERLAP : layout_result::NO_MEMORY;
  }
  insert_region_locked(r);
  for (int i = 0; i < shared_cnt; i++)
    if (!add_piece_locked(merged[i], r)) return layout_result::SHARED_PAGE;
  return layout_result::OK;
}
layout_result address_space::add_stack(const void *top) {
  region *r = new region(region_type::STACK, USER_STACK - STACK_LIMIT, USER_STACK, true, false);
  if (r == nullptr) return layout_result::NO_MEMORY;
  lock_guard guard(&vm_lock);
  if (first_overlap_locked(r->start, r->end) != nullptr) {
    delete r;
    return layout_result::OVERLAP;
  }
  insert_region_locked(r);
  mapping *m = add_page_locked((void *)(USER_STACK - PGSIZE), r, new anon_kind);
  if (m == nullptr) return layout_result::NO_MEMORY;
  fault_result filled = page_fill_frame_locked(m->page, [top](void *kva) {
    memcpy(kva, top, PGSIZE);
    return true;
  });
  if (filled != fault_result::HANDLED || !mapping_map_locked(m)) return layout_result::NO_MEMORY;
  return layout_result::OK;
}
