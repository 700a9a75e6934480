/// SOLUTION FILE(vm): pages of memory-mapped files, written back when dirty.
/* vm/file.h -- pages of a file mapped with mmap (see vm/page.h).
 *
 * A file_kind page shows READ_BYTES bytes of a file from offset OFS, then
 * zeroes to the end of the page (the part past end of file).  fill reads
 * them; save writes them back only if they are dirty, and never past
 * the file's current length (a mapping never grows its file).  The page
 * holds its own handle on the file (file_reopen), so the mapping outlives
 * close() and remove(), and each sharer's munmap or exit is independent. */
#ifndef VM_FILE_H
#define VM_FILE_H

#include <stddef.h>

#include "filesys/off_t.h"
#include "vm/page.h"

struct file;

class file_kind final : public page_kind {
 public:
  /* Takes over F (closed by the destructor). */
  file_kind(file *f, off_t ofs, size_t read_bytes) : file_(f), ofs_(ofs), read_bytes_(read_bytes) {}
  ~file_kind() override;
  page_type type() const override { return page_type::FILE; }
  fill_result fill(void *kva) override;
  bool save(const void *kva, bool dirty) override;
  page_kind *clone_for_copy() const override;
  bool reproducible() const override { return true; }

 private:
  /* Writes the file's part of KVA back to the file.  Returns false on a
   * short write.  May sleep; vm_lock not held. */
  bool write_back(const void *kva);

  file *file_;
  off_t ofs_;
  size_t read_bytes_;
};

#endif /* VM_FILE_H */
