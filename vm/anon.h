/// SOLUTION FILE(vm): anonymous pages (stack, data, bss), saved to swap.
/* vm/anon.h -- anonymous pages: data, bss and stack (see vm/page.h).
 *
 * Contents that no file holds.  The first fill of a page without a slot
 * produces zeroes; save writes the frame to a fresh swap slot, and the
 * next fill reads it back and frees the slot (the frame then holds the
 * only copy).  A slot is shared by every sharer of the page (copy-on-write)
 * and freed with the page. */
#ifndef VM_ANON_H
#define VM_ANON_H

#include "vm/page.h"
#include "vm/swap.h"

class anon_kind final : public page_kind {
 public:
  anon_kind() = default;
  ~anon_kind() override;
  page_type type() const override { return page_type::ANON; }
  fill_result fill(void *kva) override;
  bool save(const void *kva, bool dirty) override;
  page_kind *clone_for_copy() const override;
  bool reproducible() const override { return slot_ == SWAP_NONE; }

  /* The swap slot holding the contents, or SWAP_NONE (for vm_dump). */
  size_t slot() const { return slot_; }

 private:
  size_t slot_ = SWAP_NONE; /* set while the contents are in swap */
};

#endif /* VM_ANON_H */
