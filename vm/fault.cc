/* vm/fault.cc -- the page-fault path.
 *
 * Layer: vm/.  userprog/exception.cc reads CR2 and the error code, works
 * out the user stack pointer, and calls vm_handle_fault().  The path reads
 * top to bottom:
 *
 *   vm_handle_fault          find the page in the SPT (or grow the stack),
 *     |                      refuse a write to a read-only page, then:
 *     +-- split_unloaded     a write to a shared page nobody produced yet:
 *     |                      the writer takes its own copy of the
 *     |                      initializer (nothing to copy);
 *     +-- page_in_locked     not resident: take a frame (evicting if need
 *     |                      be) and let the page's kind produce the
 *     |                      contents -- lazy load, zero fill or swap-in;
 *     +-- copy_on_write      a write to a page that others share: give the
 *     |                      writer a private copy;
 *     +-- mapping_map_locked point the PTE at the frame (writable if the
 *                            writer is the last sharer: the frame is simply
 *                            reused).
 *
 * Everything runs synchronously in the faulting thread, with vm_lock held
 * except during disk I/O (the page is busy then, vm/page.h). */
#include "arch/x86_64/mmu.h"
#include "vm/addrspace.h"
#include "vm/anon.h"
#include "vm/frame.h"
#include "vm/page.h"
#include "vm/vm.h"

#include <string.h>

namespace {

/* How far below USER_STACK the stack may grow (abi.md). */
constexpr uint64_t STACK_LIMIT = 1 << 20;

/* abi.md: a fault is stack growth only inside the stack region and at or
 * above the user rsp, or at most 8 bytes below it (PUSH). */
bool is_stack_access(uint64_t addr, uint64_t user_rsp) {
  return addr < USER_STACK && addr >= USER_STACK - STACK_LIMIT && addr + 8 >= user_rsp;
}

/* Makes M show PAGE instead of the page it shared with others. */
void move_mapping_locked(mapping *m, page *page) {
  list_remove(&m->page_elem);
  m->page = page;
  list_push_back(&page->mappings, &m->page_elem);
}

/* A write to page M->page, which others share but nobody has produced yet
 * (lazy, or zeroes): gives M a page of its own with the same initializer,
 * so that the writer produces its own copy and nobody copies bytes.
 * Returns false when out of memory. */
bool split_unloaded_locked(mapping *m) {
  page *own = page::create(m->page->kind->clone_for_copy());
  if (own == nullptr) return false;
  move_mapping_locked(m, own);
  return true;
}

/* A write to page M->page, which others share: moves M to a private copy
 * and maps it writable. */
fault_result copy_on_write_locked(mapping *m) {
  page *shared = m->page;
  page *copy = page_copy_locked(shared);
  if (copy == nullptr) return fault_result::OUT_OF_MEMORY;
  mapping_unmap_locked(m);
  move_mapping_locked(m, copy);
  stat_inc(vm_stats.cow_copies);
  return mapping_map_locked(m) ? fault_result::HANDLED : fault_result::OUT_OF_MEMORY;
}

}  // namespace

fault_result page_in_locked(page *page) {
  page_set_busy_locked(page);
  frame *frame = frame_alloc_locked(page);
  if (frame == nullptr) {
    page_clear_busy_locked(page);
    return fault_result::OUT_OF_MEMORY;
  }
  bool ok = page_io_locked(page, [&] { return page->kind->swap_in(page, frame->kva); });
  if (ok) {
    page->frame = frame;
    page->dirty = false;
  } else {
    frame_free_locked(frame);
  }
  page_clear_busy_locked(page);
  return ok ? fault_result::HANDLED : fault_result::IO_ERROR;
}

page *page_copy_locked(page *page) {
  ASSERT(page->frame != nullptr && !page->busy);
  struct page *copy = page::create(page->kind->clone_for_copy());
  if (copy == nullptr) return nullptr;
  /* PAGE stays busy (its frame pinned) while a frame is found for COPY,
   * which may evict and drop vm_lock. */
  page_set_busy_locked(page);
  page_set_busy_locked(copy);
  frame *frame = frame_alloc_locked(copy);
  if (frame != nullptr) {
    memcpy(frame->kva, page->frame->kva, PGSIZE);
    copy->frame = frame;
    copy->dirty = page->dirty;
  }
  page_clear_busy_locked(page);
  page_clear_busy_locked(copy);
  if (frame == nullptr) {
    delete copy;
    return nullptr;
  }
  return copy;
}

fault_result vm_handle_fault(address_space *as, void *addr, bool write, uint64_t user_rsp) {
  uint64_t a = (uint64_t)addr;
  if (a < PGSIZE || a >= KERN_BASE) return fault_result::BAD_ADDRESS;
  void *upage = pg_round_down(addr);

  lock_guard guard(&vm_lock);
  mapping *m = as->find(upage);
  if (m == nullptr) {
    if (!is_stack_access(a, user_rsp)) return fault_result::BAD_ADDRESS;
    m = as->add_page_locked(upage, true, new anon_kind); /* zero-filled */
    if (m == nullptr) return fault_result::OUT_OF_MEMORY;
  }
  if (write && !m->writable) return fault_result::WRITE_PROTECTED;

  /* Only this thread changes M, but M's page may be in transit or be
   * evicted whenever vm_lock is dropped: loop until it is resident. */
  page_wait_locked(m->page);
  if (write && m->page->sharers() > 1 && m->page->frame == nullptr &&
      m->page->kind->reproducible() && !split_unloaded_locked(m))
    return fault_result::OUT_OF_MEMORY;
  page *page = m->page;
  for (;;) {
    page_wait_locked(page);
    if (page->frame != nullptr) break;
    fault_result r = page_in_locked(page);
    if (r != fault_result::HANDLED) return r;
  }
  stat_inc(vm_stats.faults);
  if (write && page->sharers() > 1) return copy_on_write_locked(m);
  if (write) {
    pte_t *pte = as->pte_locked(upage, false);
    if (pte != nullptr && pte->present() && !pte->writable()) stat_inc(vm_stats.cow_reuses);
  }
  return mapping_map_locked(m) ? fault_result::HANDLED : fault_result::OUT_OF_MEMORY;
}
