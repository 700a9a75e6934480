/* kernel/pintos-api/threads/vaddr.h -- pages and the user/kernel split of
 * the x86-64 Pintos address space (abi.md "Address space"), in C. */
#ifndef PINTOS_API_THREADS_VADDR_H
#define PINTOS_API_THREADS_VADDR_H

#include <stdbool.h>
#include <stdint.h>

#define BITMASK(SHIFT, CNT) (((1ul << (CNT)) - 1) << (SHIFT))

#define PGSHIFT 0
#define PGBITS 12
#define PGSIZE (1 << PGBITS)
#define PGMASK BITMASK (PGSHIFT, PGBITS)

#define pg_ofs(va) ((uint64_t) (va) & PGMASK)
#define pg_no(va) ((uint64_t) (va) >> PGBITS)
#define pg_round_up(va) ((void *) (((uint64_t) (va) + PGSIZE - 1) & ~PGMASK))
#define pg_round_down(va) (void *) ((uint64_t) (va) & ~PGMASK)

/* Every user address is below KERN_BASE; the kernel lives above it. */
#define KERN_BASE 0x8004000000
#define USER_STACK 0x47480000

#define is_user_vaddr(vaddr) (!is_kernel_vaddr ((vaddr)))
#define is_kernel_vaddr(vaddr) ((uint64_t) (vaddr) >= KERN_BASE)

#endif /* PINTOS_API_THREADS_VADDR_H */
