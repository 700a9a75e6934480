/* kernel/pintos-api/threads/palloc.h -- the page allocator
 * (kernel/palloc.h), in C. */
#ifndef PINTOS_API_THREADS_PALLOC_H
#define PINTOS_API_THREADS_PALLOC_H

#include <stddef.h>

enum palloc_flags {
  PAL_ASSERT = 001,           /* Panic on failure. */
  PAL_ZERO = 002,             /* Zero page contents. */
  PAL_USER = 004              /* Take from the user pool. */
};

/* One page (or PAGE_CNT contiguous pages), or NULL when none is free. */
void *palloc_get_page (enum palloc_flags);
void *palloc_get_multiple (enum palloc_flags, size_t page_cnt);
void palloc_free_page (void *);
void palloc_free_multiple (void *, size_t page_cnt);

#endif /* PINTOS_API_THREADS_PALLOC_H */
