/* kernel/malloc.h -- the kernel's byte allocator on top of palloc.
 *
 * Blocks up to 2 KiB come from power-of-two size classes carved from kernel
 * pool pages; larger ones take whole pages.  C++ new/delete use it.
 * Safe with interrupts on or off; never sleeps.  Returns NULL when memory is
 * exhausted; it never panics for lack of memory. */
#ifndef KERNEL_MALLOC_H
#define KERNEL_MALLOC_H

#include <stddef.h>

void malloc_init(void);

/* The C allocation functions, also declared by lib/stdlib.h.  */
extern "C" {
void *malloc(size_t size);
void *calloc(size_t n, size_t size);
void *realloc(void *old, size_t new_size);
void free(void *p);
}

/* Bytes handed out and not yet freed, for leak checks. */
size_t malloc_bytes_in_use(void);

/* Kernel pages malloc keeps with no block in use (at most one per size
 * class), which a leak check counts as free. */
size_t malloc_spare_pages(void);

#endif /* KERNEL_MALLOC_H */
