/* vm/program.cc -- the pages of a new program, as the ELF loader
 * (userprog/load.cc) describes them: segment pages, produced lazily on
 * their first fault, and the first stack page, filled at once (see
 * addrspace.h for the contracts).
 *
 * A segment page starts as an anonymous page without a swap slot -- all
 * zeroes (bss) -- and becomes an uninit page only when a segment brings
 * bytes from the file; its first fault then reads them (vm/uninit.h). */
#include <string.h>

#include "vm/addrspace.h"
#include "vm/anon.h"
#include "vm/page.h"
#include "vm/rmap.h"
#include "vm/uninit.h"

bool address_space::add_segment_piece(void *upage, bool writable, file *f, off_t file_ofs,
                                      size_t page_ofs, size_t len) {
  lock_guard guard(&vm_lock);
  mapping *m = find_locked(upage);
  if (m == nullptr) {
    m = add_page_locked(upage, writable, new anon_kind);
    if (m == nullptr) return false;
  }
  m->writable = m->writable || writable;

  /* Nothing ran yet: every page is still anon-without-slot or uninit. */
  page *page = m->page;
  ASSERT(page->frame == nullptr);
  if (len > 0 && page->kind->type() == page_type::ANON) {
    /* Bytes from the file: the zero page becomes the target of an uninit
     * page, which reads them on the first fault. */
    uninit_kind *kind = new uninit_kind(page->kind);
    if (kind == nullptr) return false;
    page->kind = kind;
  }
  if (page->kind->type() == page_type::ANON) return true; /* zeroes only */
  ASSERT(page->kind->type() == page_type::UNINIT);
  uninit_kind *kind = static_cast<uninit_kind *>(page->kind);
  kind->set_writable(m->writable);
  return len == 0 || kind->add_piece(f, file_ofs, page_ofs, len);
}

bool address_space::add_filled_page(void *upage, bool writable, const void *data) {
  lock_guard guard(&vm_lock);
  if (find_locked(upage) != nullptr) return false;
  mapping *m = add_page_locked(upage, writable, new anon_kind);
  if (m == nullptr) return false;
  fault_result r = page_fill_frame_locked(m->page, [data](void *kva) {
    memcpy(kva, data, PGSIZE);
    return true;
  });
  return r == fault_result::HANDLED && mapping_map_locked(m);
}
