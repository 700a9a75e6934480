/// SOLUTION FILE(vm): start-up, the fault entry, statistics and the debug dump.
/* vm/vm.cc -- the VM lock, start-up, statistics and the debug dump (see
 * vm.h and vm-internal.h). */
#include "vm/vm.h"

#include <inttypes.h>
#include <stdio.h>

#include "vm/addrspace.h"
#include "vm/anon.h"
#include "vm/frame.h"
#include "vm/page.h"
#include "vm/swap.h"
#include "vm/vm-internal.h"

lock vm_lock;
condition vm_transit;
bool vm_cow_enabled = true;
vm_counters vm_stats;

void vm_init(void) {
  lock_init(&vm_lock);
  cond_init(&vm_transit);
  frame_table_init();
  swap_init();
}

void vm_print_stats(void) {
  printf("VM: %" PRIu64 " faults, %" PRIu64 " evictions, %" PRIu64 " swap-ins, %" PRIu64
         " swap-outs\n",
         vm_stats.faults, vm_stats.evictions, vm_stats.swap_ins, vm_stats.swap_outs);
  printf("VM: %" PRIu64 " file write-backs, %" PRIu64 " copy-on-write copies, %" PRIu64
         " reuses; copy-on-write %s\n",
         vm_stats.file_writes, vm_stats.cow_copies, vm_stats.cow_reuses,
         vm_cow_enabled ? "on" : "off");
}

size_t vm_frames_in_use(void) {
  lock_guard guard(&vm_lock);
  return frames_in_use_locked();
}

size_t vm_swap_slots_in_use(void) { return swap_slots_in_use(); }

void vm_dump(address_space *as) {
  lock_guard guard(&vm_lock);
  printf("address space %p, page table %p:\n", (void *)as, (void *)as->pml4());
  as->for_each_region_locked([](region *r) {
    printf("  region %#" PRIx64 "..%#" PRIx64 " %-7s %s%s%s\n", r->start, r->end,
           region_type_name(r->type), r->writable ? "rw" : "r", r->executable ? "x" : "",
           r->file != nullptr ? " (file)" : "");
  });
  printf("  %-18s %-6s %-3s %-7s %-18s %s\n", "page", "kind", "rwx", "sharers", "where", "PTE");
  as->for_each_mapping_locked([&](mapping *m) {
    page *page = m->page;
    page_type type = page->kind->type();
    char where[40];
    if (page->frame != nullptr) {
      snprintf(where, sizeof where, "frame %#" PRIx64, vtop(page->frame->kva));
    } else if (type == page_type::ANON && static_cast<anon_kind *>(page->kind)->slot() != SWAP_NONE) {
      snprintf(where, sizeof where, "swap slot %zu", static_cast<anon_kind *>(page->kind)->slot());
    } else {
      snprintf(where, sizeof where, "not loaded");
    }
    pte_t *pte = as->pte_locked(m->va, false);
    char flags[16] = "-";
    if (pte != nullptr && pte->present())
      snprintf(flags, sizeof flags, "P%s%s%s", pte->writable() ? "W" : "", pte->accessed() ? "A" : "",
               pte->dirty() ? "D" : "");
    char rwx[4];
    snprintf(rwx, sizeof rwx, "r%s%s", m->writable ? "w" : "", m->executable ? "x" : "");
    printf("  %-18p %-6s %-3s %-7zu %-18s %s%s%s\n", m->va, page_type_name(type), rwx,
           page->sharers(), where, flags, page->busy ? " busy" : "",
           page->dirty ? " dirty" : "");
  });
}
/// STUB FILE:
/// /* vm/vm.cc -- virtual memory's start-up, its page-fault entry and its
///  * statistics (see vm.h).  The handout's versions fail: a page fault kills
///  * the process. */
/// #include "vm/vm.h"
///
/// #include <stdio.h>
///
/// #include "vm/addrspace.h"
/// #include "vm/frame.h"
/// #include "vm/page.h"
///
/// bool vm_cow_enabled = true;
///
/// void vm_init(void) {
///   /* TODO (project 3, vm): set up the frame table over the user pool and
///    * the swap slots on the swap disk. */
/// }
///
/// fault_result vm_handle_fault(address_space *, void *, fault_access, uint64_t) {
///   /* TODO (project 3, vm): find what the address space has at the faulting
///    * page and bring it in (lazy loading, swap-in), grow the stack, break
///    * copy-on-write sharing.  Until then every fault kills the process. */
///   return fault_result::BAD_ADDRESS;
/// }
///
/// void vm_print_stats(void) {
///   /* TODO (project 3, vm): count faults, evictions, swap-ins and swap-outs
///    * and print them here (the format is in vm.h). */
/// }
///
/// size_t vm_frames_in_use(void) {
///   /* TODO (project 3, vm): the user frames your frame table hands out. */
///   return 0;
/// }
///
/// size_t vm_swap_slots_in_use(void) {
///   /* TODO (project 3, vm): the swap slots in use. */
///   return 0;
/// }
///
/// void vm_dump(address_space *as) {
///   printf("address space %p, page table %p\n", (void *)as, (void *)as->pml4());
///   /* TODO (project 3, vm): one line per page of the supplemental page
///    * table: its address, kind, permissions, where its contents are. */
/// }
/// END
