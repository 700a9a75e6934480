/// SOLUTION FILE(vm): anonymous pages (stack, data, bss), saved to swap.
/* vm/anon.cc -- anonymous pages (see anon.h). */
#include "vm/anon.h"

#include <string.h>

#include "arch/x86_64/mmu.h"
#include "vm/vm-internal.h"

anon_kind::~anon_kind() {
  if (slot_ != SWAP_NONE) swap_free(slot_);
}

fill_result anon_kind::fill(void *kva) {
  if (slot_ == SWAP_NONE) {
    memset(kva, 0, PGSIZE);
    return fill_result{true, nullptr};
  }
  if (!swap_read(slot_, kva)) return fill_result{false, nullptr};
  swap_free(slot_);
  slot_ = SWAP_NONE;
  stat_inc(vm_stats.swap_ins);
  return fill_result{true, nullptr};
}

/* Anonymous contents exist nowhere but in the frame (the slot was freed
 * when they came in), so they are written whether dirty or not. */
bool anon_kind::save(const void *kva, bool) {
  size_t slot = swap_out_page(kva);
  if (slot == SWAP_NONE) return false;
  slot_ = slot;
  stat_inc(vm_stats.swap_outs);
  return true;
}

page_kind *anon_kind::clone_for_copy() const { return new anon_kind; }
