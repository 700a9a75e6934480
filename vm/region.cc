/// SOLUTION FILE(vm): the ranges a process may touch and what a first touch makes.
/* vm/region.cc -- regions (see region.h): what the first touch of a page
 * produces, and an address space's list of them (see addrspace.h). */
#include "vm/region.h"

#include <debug.h>
#include <stdint.h>

#include "filesys/file.h"
#include "vm/addrspace.h"
#include "vm/anon.h"
#include "vm/file.h"
#include "vm/uninit.h"

const char *region_type_name(region_type type) {
  switch (type) {
    case region_type::SEGMENT: return "segment";
    case region_type::STACK: return "stack";
    case region_type::MMAP: return "mmap";
  }
  return "?";
}

region::~region() { file_close(file); }

bool region::set_file(struct file *f, uint64_t first, uint64_t last, uint64_t ofs) {
  ASSERT(file == nullptr && first <= last);
  file = file_reopen(f);
  if (file == nullptr) return false;
  data_start = first;
  data_end = last;
  file_ofs = ofs;
  return true;
}

region *region::clone() const {
  region *r = new region(type, start, end, writable, executable);
  if (r != nullptr && file != nullptr && !r->set_file(file, data_start, data_end, file_ofs)) {
    delete r;
    return nullptr;
  }
  return r;
}

file_piece region::piece_at(uint64_t upage) const {
  ASSERT(contains(upage) && pg_ofs((void *)upage) == 0);
  /* [lo, hi): the page's bytes in [data_start, data_end). */
  uint64_t lo = upage > data_start ? upage : data_start;
  uint64_t hi = upage + PGSIZE < data_end ? upage + PGSIZE : data_end;
  if (file == nullptr || lo >= hi) return file_piece{0, 0, 0};
  return file_piece{file_ofs + (lo - data_start), (size_t)(lo - upage), (size_t)(hi - lo)};
}

page_kind *region::new_kind(uint64_t upage) const {
  file_piece piece = piece_at(upage);

  switch (type) {
    case region_type::STACK:
      return new anon_kind;
    case region_type::SEGMENT: {
      if (piece.len == 0) return new anon_kind; /* bss */
      /* The file's bytes, read on the first fill; a writable page then
       * becomes anonymous (vm/uninit.h). */
      page_kind *target = new anon_kind;
      uninit_kind *kind = target != nullptr ? new uninit_kind(target) : nullptr;
      if (kind == nullptr) {
        delete target;
        return nullptr;
      }
      kind->set_writable(writable);
      if (!kind->add_piece(file, (off_t)piece.file_ofs, piece.page_ofs, piece.len)) {
        delete kind;
        return nullptr;
      }
      return kind;
    }
    case region_type::MMAP: {
      /* A page of the file (data_start is the region's start).  Past the
       * file's end (as it was at mmap) the page is all zeroes and its
       * offset serves no read or write: any offset past the file does. */
      ASSERT(piece.len == 0 || piece.page_ofs == 0);
      uint64_t ofs = piece.len > 0 ? piece.file_ofs : (uint64_t)INT32_MAX;
      struct file *own = file_reopen(file);
      file_kind *kind = own != nullptr ? new file_kind(own, (off_t)ofs, piece.len) : nullptr;
      if (kind == nullptr) file_close(own);
      return kind;
    }
  }
  return nullptr;
}

/* ---- An address space's regions. ---- */

list *address_space::regions_locked(void) {
  ASSERT(vm_lock_held());
  return &regions_;
}

region *address_space::find_region_locked(const void *upage) {
  ASSERT(vm_lock_held());
  if (last_region_ != nullptr && last_region_->contains((uint64_t)upage)) return last_region_;
  for (list_elem *e = list_begin(&regions_); e != list_end(&regions_); e = list_next(e)) {
    region *r = list_entry(e, region, elem);
    if (r->start > (uint64_t)upage) break;
    if (r->contains((uint64_t)upage)) return last_region_ = r;
  }
  return nullptr;
}

region *address_space::first_overlap_locked(uint64_t lo, uint64_t hi) {
  ASSERT(vm_lock_held());
  for (list_elem *e = list_begin(&regions_); e != list_end(&regions_); e = list_next(e)) {
    region *r = list_entry(e, region, elem);
    if (r->start >= hi) break;
    if (r->overlaps(lo, hi)) return r;
  }
  return nullptr;
}

void address_space::insert_region_locked(region *r) {
  ASSERT(vm_lock_held());
  list_elem *e = list_begin(&regions_);
  while (e != list_end(&regions_) && list_entry(e, region, elem)->start <= r->start)
    e = list_next(e);
  list_insert(e, &r->elem);
}
