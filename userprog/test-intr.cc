/* userprog/test-intr.cc -- test interrupts 0x42..0x44 (see the header). */
#include "userprog/test-intr.h"

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"
#include "devices/block.h"

namespace {

void frame_of_page(intr_frame *f) {
  /* Raised by a user program: the active page table is its own. */
  const void *uaddr = (const void *)f->R.rax;
  uint64_t frame = 0;
  if (is_user_vaddr(uaddr)) {
    pte_t *pte = pml4_lookup(pml4_active(), uaddr, false);
    if (pte != nullptr && pte->present()) frame = pte->paddr();
  }
  f->R.rax = frame;
}

void sectors_read(intr_frame *f) { f->R.rax = block_filesys_read_count(); }
void sectors_written(intr_frame *f) { f->R.rax = block_filesys_write_count(); }

}  // namespace

void test_intr_init(void) {
  intr_register_int(0x42, 3, INTR_ON, frame_of_page, "test: frame of page");
  intr_register_int(0x43, 3, INTR_ON, sectors_read, "test: file-system sectors read");
  intr_register_int(0x44, 3, INTR_ON, sectors_written, "test: file-system sectors written");
}
