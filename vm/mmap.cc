/// SOLUTION FILE(vm): memory-mapped files: mmap and munmap.
/* vm/mmap.cc -- mmap and munmap (see addrspace.h and abi.md).
 *
 * What one successful mmap makes is one MMAP region (vm/region.h): the
 * file from OFFSET shown at ADDR, zeroes past its end, no page made before
 * it is touched (each touched page is then a file_kind page with its own
 * handle on the file, vm/file.h).  So mmap costs the checks against the
 * regions already there -- a request of any length is refused, or
 * granted, at once -- and munmap costs the pages that were touched: each
 * is written back if dirty and freed, then the region goes.  fork copies
 * the region (fork.cc); the destructor drops it. */
#include "filesys/file.h"
#include "vm/addrspace.h"
#include "vm/page.h"
#include "vm/region.h"

void *address_space::mmap(void *addr, size_t length, bool writable, file *f, off_t offset) {
  uint64_t start = (uint64_t)addr;
  if (start == 0 || pg_ofs(addr) != 0 || length == 0 || offset < 0 || offset % PGSIZE != 0)
    return nullptr;
  /* Below KERN_BASE, without wrapping: then END is exact too. */
  if (start >= KERN_BASE || length > KERN_BASE - start) return nullptr;
  uint64_t end = start + ((length + PGMASK) & ~PGMASK);
  off_t file_len = file_length(f);
  if (file_len == 0) return nullptr;

  region *r = new region(region_type::MMAP, start, end, writable, false);
  if (r == nullptr) return nullptr;
  /* The file's bytes from OFFSET (as long as it is now) fill the first
   * pages; a page past them is zeroes.  Every page, even a partly filled
   * last one, shows whole pages of the file. */
  uint64_t bytes = file_len > offset ? (uint64_t)(file_len - offset) : 0;
  uint64_t data_end = bytes < end - start ? start + bytes : end;
  if (!r->set_file(f, start, data_end, (uint64_t)offset)) {
    delete r;
    return nullptr;
  }
  {
    lock_guard guard(&vm_lock);
    if (first_overlap_locked(start, end) == nullptr) {
      insert_region_locked(r);
      return addr;
    }
  }
  delete r;
  return nullptr;
}

void address_space::munmap(void *addr) {
  region *r = nullptr;
  {
    lock_guard guard(&vm_lock);
    r = find_region_locked(addr);
    if (r == nullptr || r->type != region_type::MMAP || r->start != (uint64_t)addr) return;
    /* The pages that exist; detaching one may drop vm_lock (write-back),
     * but only this thread changes the list. */
    while (!list_empty(&r->mappings)) {
      mapping *m = list_entry(list_pop_front(&r->mappings), mapping, region_elem);
      detach_mapping_locked(m, false);
      hash_delete(&spt_, &m->spt_elem);
      free_mapping(m);
    }
    list_remove(&r->elem);
    last_region_ = nullptr;
  }
  delete r; /* closes the file, without vm_lock */
}
