/* vm/mmap.cc -- mmap regions (see addrspace.h and abi.md).
 *
 * A region is what one successful mmap made: PAGE_CNT pages from START,
 * each a file_kind page with its own handle on the file (vm/file.h),
 * loaded on its first fault.  munmap takes the whole region away, writing
 * dirty pages back; fork copies the region list (fork.cc); the destructor
 * drops it (its pages go with the SPT). */
#include <round.h>

#include "filesys/file.h"
#include "vm/addrspace.h"
#include "vm/file.h"
#include "vm/page.h"

void *address_space::mmap(void *addr, size_t length, bool writable, file *f, off_t offset) {
  uint64_t start = (uint64_t)addr;
  if (start == 0 || pg_ofs(addr) != 0 || length == 0 || offset < 0 || offset % PGSIZE != 0)
    return nullptr;
  if (start >= KERN_BASE || length > KERN_BASE - start) return nullptr;
  off_t file_len = file_length(f);
  if (file_len == 0) return nullptr;
  size_t page_cnt = DIV_ROUND_UP(length, PGSIZE);
  {
    lock_guard guard(&vm_lock);
    for (size_t i = 0; i < page_cnt; i++)
      if (find_locked((void *)(start + i * PGSIZE)) != nullptr) return nullptr;
  }

  region *r = new region;
  if (r == nullptr) return nullptr;
  r->start = addr;
  r->page_cnt = 0;
  list_push_back(&regions_, &r->elem);
  for (size_t i = 0; i < page_cnt; i++) {
    uint64_t ofs = (uint64_t)offset + i * PGSIZE;
    size_t read_bytes = ofs >= (uint64_t)file_len ? 0 : (size_t)file_len - ofs;
    if (read_bytes > PGSIZE) read_bytes = PGSIZE;
    if (ofs > (uint64_t)INT32_MAX) break; /* past any file: fails below */
    file *own = file_reopen(f);
    file_kind *kind = own != nullptr ? new file_kind(own, (off_t)ofs, read_bytes) : nullptr;
    if (kind == nullptr) {
      file_close(own);
      break;
    }
    lock_guard guard(&vm_lock);
    if (add_page_locked((void *)(start + i * PGSIZE), writable, kind) == nullptr) break;
    r->page_cnt++;
  }
  if (r->page_cnt < page_cnt) {
    munmap(addr);
    return nullptr;
  }
  return addr;
}

void address_space::munmap(void *addr) {
  for (list_elem *e = list_begin(&regions_); e != list_end(&regions_); e = list_next(e)) {
    region *r = list_entry(e, region, elem);
    if (r->start != addr) continue;
    {
      lock_guard guard(&vm_lock);
      for (size_t i = 0; i < r->page_cnt; i++) {
        mapping *m = find_locked((uint8_t *)addr + i * PGSIZE);
        if (m == nullptr) continue;
        detach_mapping_locked(m, false);
        hash_delete(&spt_, &m->spt_elem);
        free_mapping(m);
      }
    }
    list_remove(&r->elem);
    delete r;
    return;
  }
}
