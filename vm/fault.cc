/// SOLUTION FILE(vm): the page-fault handler: lazy loading, stack growth, swap-in, copy-on-write.
/* vm/fault.cc -- the page-fault path: one dispatcher, one handler per case.
 *
 * Layer: vm/.  userprog/exception.cc's page_fault() reads CR2 and the
 * error code, picks the user stack pointer, and (in handled_by_vm()) asks
 * vm_handle_fault() below.  This file read top to bottom, plus one
 * page-kind file (vm/uninit.cc, anon.cc or file.cc), shows every case:
 *
 *   vm_handle_fault(as, addr, access, user_rsp)     the dispatcher
 *     as->find_locked(upage)        the SPT entry of the page, if any
 *     first_touch_locked()          no entry: the page was never touched;
 *                                   the region it lies in (vm/region.h)
 *                                   gives it an entry and a page -- zeroes,
 *                                   the executable's bytes, a page of a
 *                                   mapped file; in the stack region only
 *                                   near the stack pointer (stack growth)
 *     permitted()                   a write to a read-only page, or code
 *                                   run from a no-execute one: refused
 *     split_unloaded_locked()       a write to a page others share that
 *                                   nobody produced yet: the writer takes
 *                                   its own initializer (nothing to copy)
 *     load_page_locked()            not resident: lazy load, zero fill or
 *                                   swap-in -- page_in_locked() takes a
 *                                   frame (frame_alloc_locked(), evicting if
 *                                   need be) and the page's kind fills it
 *                                   (page_kind::fill)
 *     copy_on_write_locked()        a write to a page others share:
 *                                   page_copy_locked() gives the writer a
 *                                   private copy, which is mapped writable
 *     map_locked()                  points the PTE at the frame
 *                                   (mapping_map_locked(): writable if the
 *                                   writer is the last sharer -- a frame
 *                                   whose other sharers left is reused)
 *
 * Everything runs synchronously in the faulting thread, with vm_lock held
 * except during disk I/O (the page is busy then, vm/page.h).  Each handler
 * returns a fault_result; anything but HANDLED ends the fault there. */
#include "arch/x86_64/mmu.h"
#include "vm/addrspace.h"
#include "vm/page.h"
#include "vm/region.h"
#include "vm/rmap.h"
#include "vm/vm.h"

namespace {

/* abi.md: a fault in the stack region is stack growth only at or above the
 * user rsp, or at most 8 bytes below it (PUSH). */
bool is_stack_access(uint64_t addr, uint64_t user_rsp) { return addr + 8 >= user_rsp; }

/* The first touch of UPAGE (ADDR's page), which has no SPT entry: the
 * region holding it makes the page it describes (region::new_kind), not
 * yet resident, and its mapping, stored in *M.  BAD_ADDRESS outside every
 * region, or in the stack region away from the stack pointer. */
fault_result first_touch_locked(address_space *as, void *upage, uint64_t addr, uint64_t user_rsp,
                                mapping **m) {
  ASSERT(vm_lock_held());
  region *r = as->find_region_locked(upage);
  if (r == nullptr) return fault_result::BAD_ADDRESS;
  if (r->type == region_type::STACK && !is_stack_access(addr, user_rsp))
    return fault_result::BAD_ADDRESS;
  *m = as->add_page_locked(upage, r, r->new_kind((uint64_t)upage));
  return *m != nullptr ? fault_result::HANDLED : fault_result::OUT_OF_MEMORY;
}

/* May ACCESS go through M?  A write needs a writable mapping, running
 * code an executable one. */
fault_result permitted(const mapping *m, fault_access access) {
  if (access == fault_access::WRITE && !m->writable) return fault_result::WRITE_PROTECTED;
  if (access == fault_access::EXECUTE && !m->executable) return fault_result::NOT_EXECUTABLE;
  return fault_result::HANDLED;
}

/* True if a write through M must first split M's page: others share it
 * and nobody has produced its contents yet (lazy, or zeroes). */
bool is_shared_unloaded_locked(mapping *m) {
  ASSERT(vm_lock_held());
  page *page = m->page;
  return page->frame == nullptr && page->sharers() > 1 && page->kind->reproducible();
}

/* The split: gives M a page of its own with a copy of the initializer, so
 * that the writer produces its own contents and nobody copies bytes. */
fault_result split_unloaded_locked(mapping *m) {
  ASSERT(vm_lock_held());
  page *own = page::create(m->page->kind->clone_for_copy());
  if (own == nullptr) return fault_result::OUT_OF_MEMORY;
  mapping_move_locked(m, own);
  return fault_result::HANDLED;
}

/* Lazy load, zero fill, swap-in: makes PAGE (not busy) resident, unless
 * it is already. */
fault_result load_page_locked(page *page) {
  ASSERT(vm_lock_held() && !page->busy);
  if (page->frame != nullptr) return fault_result::HANDLED;
  return page_in_locked(page);
}

/* A write to resident page M->page, which others share: moves M to a
 * private copy and maps it writable. */
fault_result copy_on_write_locked(mapping *m) {
  ASSERT(vm_lock_held());
  page *copy = page_copy_locked(m->page);
  if (copy == nullptr) return fault_result::OUT_OF_MEMORY;
  mapping_unmap_locked(m);
  mapping_move_locked(m, copy);
  stat_inc(vm_stats.cow_copies);
  return mapping_map_locked(m) ? fault_result::HANDLED : fault_result::OUT_OF_MEMORY;
}

/* Points M's PTE at its resident page's frame.  A write to a page whose
 * PTE is still write-protected from a copy-on-write share that has ended
 * (M is the last sharer) just reuses the frame (counted in cow_reuses). */
fault_result map_locked(mapping *m, bool write) {
  ASSERT(vm_lock_held());
  pte_t old;
  if (!mapping_map_locked(m, &old)) return fault_result::OUT_OF_MEMORY;
  if (write && old.present() && !old.writable()) stat_inc(vm_stats.cow_reuses);
  return fault_result::HANDLED;
}

}  // namespace

fault_result vm_handle_fault(address_space *as, void *addr, fault_access access,
                             uint64_t user_rsp) {
  if ((uint64_t)addr < PGSIZE || !is_user_vaddr(addr)) return fault_result::BAD_ADDRESS;
  void *upage = pg_round_down(addr);
  bool write = access == fault_access::WRITE;

  lock_guard guard(&vm_lock);
  mapping *m = as->find_locked(upage);
  if (m == nullptr) {
    fault_result r = first_touch_locked(as, upage, (uint64_t)addr, user_rsp, &m);
    if (r != fault_result::HANDLED) return r;
  }
  if (fault_result r = permitted(m, access); r != fault_result::HANDLED) return r;

  /* Only this thread changes M, but M's page may be in transit.  Once it
   * is not, it stays put: below, vm_lock is dropped only while the page
   * being worked on is busy. */
  page_wait_locked(m->page);
  if (write && is_shared_unloaded_locked(m)) {
    fault_result r = split_unloaded_locked(m);
    if (r != fault_result::HANDLED) return r;
  }
  fault_result r = load_page_locked(m->page);
  if (r != fault_result::HANDLED) return r;
  stat_inc(vm_stats.faults);
  if (write && m->page->sharers() > 1) return copy_on_write_locked(m);
  return map_locked(m, write);
}
