/* userprog/test-intr.h -- the test interrupts of shared/abi.md.
 *
 *   int 0x42, rax = user address: rax = physical address of the frame
 *             backing that page in the hardware page table, 0 if none
 *   int 0x43: rax = sectors read from the file-system disk since boot
 *   int 0x44: rax = sectors written to it since boot
 *
 * DPL 3 (user programs raise them); every register but rax preserved. */
#ifndef USERPROG_TEST_INTR_H
#define USERPROG_TEST_INTR_H

/* Registers the three handlers.  Called by syscall_init(). */
void test_intr_init(void);

#endif /* USERPROG_TEST_INTR_H */
