/// SOLUTION FILE(vm): pages not produced yet (lazy loading).
/* vm/uninit.cc -- lazily produced pages (see uninit.h). */
#include "vm/uninit.h"

#include <debug.h>
#include <string.h>

#include "arch/x86_64/mmu.h"
#include "filesys/file.h"
#include "vm/anon.h"

uninit_kind::~uninit_kind() {
  delete target_;
  file_close(file_);
}

bool uninit_kind::add_piece(file *f, off_t file_ofs, size_t page_ofs, size_t len) {
  ASSERT(page_ofs + len <= PGSIZE);
  if (piece_cnt_ == MAX_PIECES) return false;
  if (file_ == nullptr && (file_ = file_reopen(f)) == nullptr) return false;
  pieces_[piece_cnt_++] = piece{file_ofs, page_ofs, len};
  return true;
}

/* Produces the page; a writable one then hands over to its target kind
 * (the caller installs it and deletes this kind). */
fill_result uninit_kind::fill(void *kva) {
  uint8_t *bytes = static_cast<uint8_t *>(kva);
  memset(bytes, 0, PGSIZE);
  for (int i = 0; i < piece_cnt_; i++) {
    const piece &p = pieces_[i];
    if (file_read_at(file_, bytes + p.page_ofs, (off_t)p.len, p.file_ofs) != (off_t)p.len)
      return fill_result{false, nullptr};
  }
  if (!writable_) return fill_result{true, nullptr};
  page_kind *target = target_;
  target_ = nullptr;
  return fill_result{true, target};
}

/* Only a read-only page is resident as uninit (a writable one changed kind
 * after its fill): the file still holds its contents, nothing to save. */
bool uninit_kind::save(const void *, bool) {
  ASSERT(!writable_);
  return true;
}

page_kind *uninit_kind::clone_for_copy() const {
  page_kind *target = target_->clone_for_copy();
  if (target == nullptr) return nullptr;
  uninit_kind *copy = new uninit_kind(target);
  if (copy == nullptr) {
    delete target;
    return nullptr;
  }
  copy->writable_ = writable_;
  for (int i = 0; i < piece_cnt_; i++) {
    const piece &p = pieces_[i];
    if (!copy->add_piece(file_, p.file_ofs, p.page_ofs, p.len)) {
      delete copy;
      return nullptr;
    }
  }
  return copy;
}
