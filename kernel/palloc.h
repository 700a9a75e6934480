/* kernel/palloc.h -- the page allocator: physical memory in 4 KiB pages.
 *
 * Memory above the kernel image is split into two pools: the kernel pool
 * (page tables, thread stacks, malloc arenas, buffers) and the user pool
 * (frames backing user pages).  Pages are returned as kernel virtual
 * addresses in the direct map (see arch/x86_64/mmu.h: ptov/vtop).
 *
 * Single-page allocation and free are O(1); a multi-page request scans the
 * pool's bitmap.  A request of a power-of-two count is naturally aligned
 * (two pages at an 8 KiB boundary, ...).  Safe to call with interrupts on or
 * off; never sleeps.  Freed pages are filled with 0xcc to expose dangling
 * pointers. */
#ifndef KERNEL_PALLOC_H
#define KERNEL_PALLOC_H

#include <stddef.h>
#include <stdint.h>

#include "arch/x86_64/mmu.h"

enum palloc_flags {
  PAL_NONE = 0,     /* None of the below: any kernel page, contents as left. */
  PAL_ASSERT = 001, /* Panic on failure. */
  PAL_ZERO = 002,   /* Zero page contents. */
  PAL_USER = 004    /* Take from the user pool. */
};
inline palloc_flags operator|(palloc_flags a, palloc_flags b) {
  return static_cast<palloc_flags>(static_cast<int>(a) | static_cast<int>(b));
}

/* Boot-time bump allocation, before palloc_init: hands out zeroed pages from
 * physical memory [START, END), which must be mapped.  Used for the kernel
 * page table. */
void palloc_boot_init(uint64_t start, uint64_t end);
void *palloc_boot_page(void);

/* Splits the memory palloc_boot_page has not taken into the pools; the user
 * pool gets half, or at most USER_PAGE_LIMIT pages. */
void palloc_init(size_t user_page_limit);

/* Returns one page, or NULL when the pool is empty (or panics with
 * PAL_ASSERT). */
void *palloc_get_page(palloc_flags flags);
/* Returns PAGE_CNT contiguous pages, or NULL. */
void *palloc_get_multiple(palloc_flags flags, size_t page_cnt);
/* Frees pages obtained above; NULL is ignored. */
void palloc_free_page(void *page);
void palloc_free_multiple(void *pages, size_t page_cnt);

/* The index of user-pool page PAGE (0 .. palloc_pool_size(true) - 1), for
 * tables with one entry per user frame (vm/frame.cc). */
size_t palloc_user_index(const void *page);
/* The user-pool page with index IDX. */
void *palloc_user_page(size_t idx);

/* Free pages left in the kernel or user pool (for leak checks and tests). */
size_t palloc_free_count(bool user_pool);
/* Total pages in the pool. */
size_t palloc_pool_size(bool user_pool);

/* Kernel pages for the length of a scope: up to WANT contiguous pages (at
 * least one), fewer if memory is short, freed when the object goes.  size()
 * is 0 if not even one page was free.  For bounce and copy buffers:
 *
 *     scoped_pages buf(1);
 *     if (buf.size() == 0) return false;    // out of memory */
class scoped_pages {
 public:
  explicit scoped_pages(size_t want) {
    for (pages_ = want; pages_ > 1; pages_ /= 2)
      if ((buf_ = palloc_get_multiple(PAL_NONE, pages_)) != nullptr) return;
    pages_ = 1;
    buf_ = palloc_get_page(PAL_NONE);
  }
  ~scoped_pages() {
    if (buf_ != nullptr) palloc_free_multiple(buf_, pages_);
  }
  scoped_pages(const scoped_pages &) = delete;
  scoped_pages &operator=(const scoped_pages &) = delete;

  uint8_t *data() const { return static_cast<uint8_t *>(buf_); }
  size_t size() const { return buf_ != nullptr ? pages_ * PGSIZE : 0; }

 private:
  void *buf_ = nullptr;
  size_t pages_ = 0;
};

#endif /* KERNEL_PALLOC_H */
