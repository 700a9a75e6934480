/// SOLUTION FILE(vm): pages of memory-mapped files, written back when dirty.
/* vm/file.cc -- file-backed pages (see file.h). */
#include "vm/file.h"

#include <string.h>

#include "arch/x86_64/mmu.h"
#include "filesys/file.h"
#include "vm/vm-internal.h"

file_kind::~file_kind() { file_close(file_); }

fill_result file_kind::fill(void *kva) {
  off_t want = (off_t)read_bytes_;
  off_t got = file_read_at(file_, kva, want, ofs_);
  if (got < 0) return fill_result{false, nullptr};
  /* A file shrunk since mmap (it cannot here, but a short read is no
   * reason to kill): the rest reads as zero, like bytes past EOF. */
  memset((uint8_t *)kva + got, 0, PGSIZE - (size_t)got);
  return fill_result{true, nullptr};
}

bool file_kind::write_back(const void *kva) {
  off_t len = file_length(file_);
  if (ofs_ >= len) return true;
  off_t n = (off_t)read_bytes_;
  if (n > len - ofs_) n = len - ofs_;
  stat_inc(vm_stats.file_writes);
  return file_write_at(file_, kva, n, ofs_) == n;
}

bool file_kind::save(const void *kva, bool dirty) { return !dirty || write_back(kva); }

page_kind *file_kind::clone_for_copy() const {
  file *f = file_reopen(file_);
  if (f == nullptr) return nullptr;
  file_kind *k = new file_kind(f, ofs_, read_bytes_);
  if (k == nullptr) file_close(f);
  return k;
}
