/* kernel/palloc.cc -- the page allocator.
 *
 * Each pool is a run of physical pages.  Two structures describe it:
 *   - a bitmap, one bit per page (1 = allocated), for finding runs of
 *     contiguous pages;
 *   - a doubly linked free list threaded through the free pages themselves
 *     (a free page holds its own list node in its first 16 bytes), for O(1)
 *     single-page allocation and free;
 *   - a watermark, `fresh`: the pages from it on have never been handed
 *     out.  They are free but not on the list, so booting touches none of
 *     them (threading all 5,000 pages of a test's 20 MB onto the list cost
 *     8-9 ms of host CPU per boot under QEMU, a tenth of a boot: a
 *     page's first touch takes QEMU's slow path).
 * The three always agree: a page is on the free list iff its bit is 0 and
 * it lies below the watermark; every page from the watermark on is free.
 * Single pages come from the list first (most recently freed first), then
 * from the watermark up, the same order a list of every page would give.
 *
 *     pool: [ bitmap pages | page | page | page | ... | page | page ]
 *                           free-list: head <-> ... <-> tail  ^fresh
 *
 * Locking: every pool operation runs with interrupts off (single CPU), so
 * palloc may be called from any context and never sleeps. */
#include "kernel/palloc.h"

#include <bitmap.h>
#include <debug.h>
#include <list.h>
#include <round.h>
#include <stdio.h>
#include <string.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"

namespace {

/* The node a free page holds at its start. */
struct free_page {
  list_elem elem;
};

struct pool {
  const char *name;
  bitmap *used_map;   /* bit i: page i allocated; guarded by interrupts off */
  list free_list;     /* free pages below `fresh`, struct free_page;
                         guarded by interrupts off (as are the two below) */
  size_t fresh;       /* pages [fresh, page_cnt) were never handed out */
  uint8_t *base;      /* kernel virtual address of page 0 */
  size_t page_cnt;
  size_t free_cnt;
};

pool kernel_pool, user_pool;

uint64_t boot_next, boot_end; /* physical: [boot_next, boot_end) not yet handed out */

constexpr uint8_t FREED_JUNK = 0xcc;

size_t page_index(const pool &p, const void *page) {
  return ((const uint8_t *)page - p.base) / PGSIZE;
}
void *page_at(const pool &p, size_t idx) { return p.base + idx * PGSIZE; }

bool pool_contains(const pool &p, const void *page) {
  const uint8_t *b = (const uint8_t *)page;
  return b >= p.base && b < p.base + p.page_cnt * PGSIZE;
}

/* Sets up pool P over PAGE_CNT pages at kernel address BASE; the bitmap
 * takes the pool's first pages. */
void init_pool(pool &p, const char *name, uint8_t *base, size_t page_cnt) {
  size_t bm_pages = DIV_ROUND_UP(bitmap_buf_size(page_cnt), PGSIZE);
  if (bm_pages >= page_cnt) PANIC("not enough memory for the %s pool", name);
  p.name = name;
  p.used_map = bitmap_create_in_buf(page_cnt - bm_pages, base, bm_pages * PGSIZE);
  p.base = base + bm_pages * PGSIZE;
  p.page_cnt = page_cnt - bm_pages;
  p.free_cnt = p.page_cnt;
  list_init(&p.free_list);
  p.fresh = 0;
}

/* Moves P's watermark up to END: the pages passed over are free and join
 * the free list's tail in address order, where a list of all pages would
 * have had them. */
void raise_watermark_locked(pool &p, size_t end) {
  for (; p.fresh < end; p.fresh++)
    if (!bitmap_test(p.used_map, p.fresh))
      list_push_back(&p.free_list, &((free_page *)page_at(p, p.fresh))->elem);
}

/* Takes CNT pages from P, or returns NULL.  Interrupts must be off. */
void *take_pages_locked(pool &p, size_t cnt) {
  ASSERT(intr_get_level() == INTR_OFF);
  if (p.free_cnt < cnt || cnt == 0) return nullptr;
  size_t idx;
  if (cnt == 1) {
    if (!list_empty(&p.free_list)) {
      free_page *fp = list_entry(list_pop_front(&p.free_list), free_page, elem);
      idx = page_index(p, fp);
    } else {
      idx = p.fresh++; /* The list is empty, so a fresh page is left. */
    }
    bitmap_mark(p.used_map, idx);
  } else {
    /* A power-of-two run is naturally aligned: scan aligned starts only. */
    bool pow2 = (cnt & (cnt - 1)) == 0;
    size_t align = pow2 ? cnt : 1;
    size_t base_pfn = vtop(p.base) / PGSIZE;
    size_t first = (ROUND_UP(base_pfn, align) - base_pfn);
    idx = BITMAP_ERROR;
    for (size_t start = first; start + cnt <= p.page_cnt; start += align) {
      size_t hit = bitmap_scan(p.used_map, start, cnt, false);
      if (hit == BITMAP_ERROR) break;
      if ((hit - first) % align == 0) {
        idx = hit;
        break;
      }
      start = hit - (hit - first) % align;
    }
    if (idx == BITMAP_ERROR) return nullptr;
    raise_watermark_locked(p, idx + cnt);
    bitmap_set_multiple(p.used_map, idx, cnt, true);
    for (size_t i = 0; i < cnt; i++) list_remove(&((free_page *)page_at(p, idx + i))->elem);
  }
  p.free_cnt -= cnt;
  return page_at(p, idx);
}

void give_back_pages_locked(pool &p, void *pages, size_t cnt) {
  ASSERT(intr_get_level() == INTR_OFF);
  size_t idx = page_index(p, pages);
  ASSERT(bitmap_all(p.used_map, idx, cnt));
  bitmap_set_multiple(p.used_map, idx, cnt, false);
  for (size_t i = 0; i < cnt; i++) {
    free_page *fp = (free_page *)page_at(p, idx + i);
    list_push_front(&p.free_list, &fp->elem);
  }
  p.free_cnt += cnt;
}

}  // namespace

void palloc_boot_init(uint64_t start, uint64_t end) {
  boot_next = ROUND_UP(start, PGSIZE);
  boot_end = ROUND_DOWN(end, PGSIZE);
}

void *palloc_boot_page(void) {
  if (boot_next >= boot_end) PANIC("out of memory while booting");
  void *page = ptov(boot_next);
  boot_next += PGSIZE;
  memset(page, 0, PGSIZE);
  return page;
}

void palloc_init(size_t user_page_limit) {
  size_t free_pages = (boot_end - boot_next) / PGSIZE;
  size_t user_pages = free_pages / 2;
  if (user_pages > user_page_limit) user_pages = user_page_limit;
  size_t kernel_pages = free_pages - user_pages;
  uint8_t *base = (uint8_t *)ptov(boot_next);
  init_pool(kernel_pool, "kernel", base, kernel_pages);
  init_pool(user_pool, "user", base + kernel_pages * PGSIZE, user_pages);
  boot_next = boot_end;
}

void *palloc_get_multiple(palloc_flags flags, size_t page_cnt) {
  pool &p = (flags & PAL_USER) ? user_pool : kernel_pool;
  void *pages;
  {
    interrupts_off off;
    pages = take_pages_locked(p, page_cnt);
  }
  if (pages == nullptr) {
    if (flags & PAL_ASSERT) PANIC("palloc: out of pages in the %s pool", p.name);
    return nullptr;
  }
  if (flags & PAL_ZERO) memset(pages, 0, page_cnt * PGSIZE);
  return pages;
}

void *palloc_get_page(palloc_flags flags) { return palloc_get_multiple(flags, 1); }

void palloc_free_multiple(void *pages, size_t page_cnt) {
  if (pages == nullptr || page_cnt == 0) return;
  ASSERT(pg_ofs(pages) == 0);
  pool *p = pool_contains(kernel_pool, pages) ? &kernel_pool
            : pool_contains(user_pool, pages) ? &user_pool
                                              : nullptr;
  if (p == nullptr) PANIC("palloc_free of %p, which no pool holds", pages);
#ifndef NDEBUG
  memset(pages, FREED_JUNK, page_cnt * PGSIZE);
#endif
  interrupts_off off;
  give_back_pages_locked(*p, pages, page_cnt);
}

void palloc_free_page(void *page) { palloc_free_multiple(page, 1); }

size_t palloc_free_count(bool user) { return (user ? user_pool : kernel_pool).free_cnt; }
size_t palloc_pool_size(bool user) { return (user ? user_pool : kernel_pool).page_cnt; }

size_t palloc_user_index(const void *page) {
  ASSERT(pool_contains(user_pool, page) && pg_ofs(page) == 0);
  return page_index(user_pool, page);
}

void *palloc_user_page(size_t idx) {
  ASSERT(idx < user_pool.page_cnt);
  return page_at(user_pool, idx);
}
