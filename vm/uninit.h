/// SOLUTION FILE(vm): pages not produced yet (lazy loading).
/* vm/uninit.h -- pages not produced yet: an executable's segments.
 *
 * Layer: vm/ (see vm/page.h).  The ELF loader describes each page of a
 * program instead of reading it: zeroes, plus up to MAX_PIECES ranges of
 * the executable copied to given offsets of the page (two segments that
 * share a page give two pieces).  Nothing is read until the first fault.
 *
 * The first fill reads the pieces.  A writable page then turns into an
 * anonymous page (the kind it was created with as its "target"), which is
 * what it is from then on: the program may write it, so it goes to swap,
 * not back to the file.  fill hands the target back to its caller
 * (fill_result::next_kind, vm/page.cc), which installs it and deletes the
 * uninit kind.  The target is allocated up front so that a fault never
 * fails for want of memory at this point.  A read-only page (code,
 * constants) stays uninit: nobody can change it, so eviction simply drops
 * its frame -- no swap needed -- and the next fault reads it again. */
#ifndef VM_UNINIT_H
#define VM_UNINIT_H

#include <stddef.h>

#include "filesys/off_t.h"
#include "vm/page.h"

struct file;

class uninit_kind final : public page_kind {
 public:
  static constexpr int MAX_PIECES = 4;

  /* A page of zeroes that will become TARGET (owned from now on). */
  explicit uninit_kind(page_kind *target) : target_(target) {}
  ~uninit_kind() override;
  page_type type() const override { return page_type::UNINIT; }
  fill_result fill(void *kva) override;
  bool save(const void *kva, bool dirty) override;
  page_kind *clone_for_copy() const override;
  bool reproducible() const override { return true; }

  /* Whether the page may be written (any segment in it has PF_W).  The
   * loader says so before the page is first produced. */
  void set_writable(bool writable) { writable_ = writable; }

  /* Adds LEN bytes of F at FILE_OFS, to be copied to PAGE_OFS of the page.
   * The first piece reopens F (the page keeps its own handle).  Returns
   * false when out of memory or pieces (nothing changed). */
  [[nodiscard]] bool add_piece(file *f, off_t file_ofs, size_t page_ofs, size_t len);

 private:
  struct piece {
    off_t file_ofs;
    size_t page_ofs, len;
  };
  page_kind *target_;    /* owned; NULL once handed over by fill */
  bool writable_ = false;
  file *file_ = nullptr; /* own handle, when there are pieces */
  piece pieces_[MAX_PIECES];
  int piece_cnt_ = 0;
};

#endif /* VM_UNINIT_H */
