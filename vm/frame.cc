/// SOLUTION FILE(vm): the frame table and eviction.
/* vm/frame.cc -- the frame table and eviction (see frame.h). */
#include "vm/frame.h"

#include <debug.h>

#include "arch/x86_64/mmu.h"
#include "kernel/malloc.h"
#include "kernel/palloc.h"
#include "vm/page.h"
#include "vm/rmap.h"

namespace {

frame *frames;       /* one per user-pool page; guarded by vm_lock */
size_t frame_cnt;
size_t clock_hand;   /* next frame the clock looks at; guarded by vm_lock */
size_t used_cnt;     /* frames holding a page; guarded by vm_lock */

/* Picks the frame to evict: the clock algorithm over every frame in use,
 * second chance through the accessed bits of all the page's mappings.
 * Returns NULL if two full sweeps found nothing (every page busy). */
frame *choose_victim_locked(void) {
  ASSERT(vm_lock_held());
  for (size_t step = 0; step < 2 * frame_cnt; step++) {
    frame *f = &frames[clock_hand];
    clock_hand = (clock_hand + 1) % frame_cnt;
    if (f->page == nullptr || f->page->busy) continue;
    if (page_test_and_clear_accessed_locked(f->page)) continue;
    return f;
  }
  return nullptr;
}

/* Takes frame F from its page: unmaps it everywhere, saves the contents
 * with the page's kind (vm_lock dropped, page busy), and detaches it.
 * Returns false if the contents could not be saved (swap full): the page
 * keeps the frame and its sharers map it again on their next fault. */
bool evict_locked(frame *f) {
  ASSERT(vm_lock_held());
  page *page = f->page;
  page_unmap_all_locked(page);
  page_set_busy_locked(page);
  bool dirty = page->dirty;
  bool saved = page_io_locked(page, [&] { return page->kind->save(f->kva, dirty); });
  page_clear_busy_locked(page);
  if (!saved) return false;
  page->frame = nullptr;
  page->dirty = false;
  f->page = nullptr;
  stat_inc(vm_stats.evictions);
  return true;
}

}  // namespace

void frame_table_init(void) {
  frame_cnt = palloc_pool_size(true);
  frames = static_cast<frame *>(calloc(frame_cnt, sizeof *frames));
  if (frames == nullptr) PANIC("no memory for the frame table (%zu frames)", frame_cnt);
  for (size_t i = 0; i < frame_cnt; i++) frames[i] = frame{palloc_user_page(i), nullptr};
}

frame *frame_alloc_locked(page *page) {
  ASSERT(vm_lock_held() && page->busy);
  /* Each failed eviction (swap full) may still free a frame elsewhere;
   * give up after as many tries as there are frames. */
  for (size_t tries = 0; tries <= frame_cnt; tries++) {
    if (void *kva = palloc_get_page(PAL_USER)) {
      frame *f = frame_of_kva(kva);
      ASSERT(f->page == nullptr);
      f->page = page;
      used_cnt++;
      return f;
    }
    frame *victim = choose_victim_locked();
    if (victim == nullptr) return nullptr;
    if (evict_locked(victim)) {
      /* The frame goes straight to PAGE without visiting the pool. */
      victim->page = page;
      return victim;
    }
  }
  return nullptr;
}

void frame_free_locked(frame *f) {
  ASSERT(vm_lock_held() && f->page != nullptr);
  f->page = nullptr;
  used_cnt--;
  palloc_free_page(f->kva);
}

frame *frame_of_kva(void *kva) { return &frames[palloc_user_index(kva)]; }

size_t frames_in_use_locked(void) {
  ASSERT(vm_lock_held());
  return used_cnt;
}
