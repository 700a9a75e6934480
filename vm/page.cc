/// SOLUTION FILE(vm): a page of user contents: bringing it into a frame, copying it.
/* vm/page.cc -- giving a page a frame: from its kind (page-in) or as a
 * copy of another page (copy-on-write, eager fork); freeing a page.
 * See page.h; page_fill_frame_locked(), the helper both use, is there. */
#include "vm/page.h"

#include <string.h>

#include "arch/x86_64/mmu.h"

const char *page_type_name(page_type type) {
  switch (type) {
    case page_type::UNINIT: return "uninit";
    case page_type::ANON: return "anon";
    case page_type::FILE: return "file";
  }
  return "?";
}

fault_result page_in_locked(page *page) {
  ASSERT(vm_lock_held() && !page->busy);
  return page_fill_frame_locked(page, [page](void *kva) {
    fill_result filled = page_io_locked(page, [&] { return page->kind->fill(kva); });
    if (!filled.ok) return false;
    if (filled.next_kind != nullptr) { /* e.g. uninit -> anon */
      delete page->kind;
      page->kind = filled.next_kind;
    }
    page->dirty = false;
    return true;
  });
}

page *page_copy_locked(page *page) {
  ASSERT(vm_lock_held() && page->frame != nullptr && !page->busy);
  struct page *copy = page::create(page->kind->clone_for_copy());
  if (copy == nullptr) return nullptr;
  /* PAGE stays busy (its frame pinned) while a frame is found for COPY,
   * which may evict and drop vm_lock. */
  page_set_busy_locked(page);
  fault_result r = page_fill_frame_locked(copy, [&](void *kva) {
    memcpy(kva, page->frame->kva, PGSIZE);
    copy->dirty = page->dirty;
    return true;
  });
  page_clear_busy_locked(page);
  if (r != fault_result::HANDLED) {
    delete copy;
    return nullptr;
  }
  return copy;
}
