/// SOLUTION FILE(vm): the ranges a process may touch and what a first touch makes.
/* vm/region.h -- a run of pages described once: what the first touch of
 * each page produces.
 *
 * Layer: vm/ (internal).  An address space (vm/addrspace.h) holds two
 * records of user memory:
 *
 *   region    a stretch of pages the process may touch, described as a
 *             whole: "these pages show bytes of this file, zeroes around
 *             them, writable or not, executable or not".  One per program
 *             segment, one for the stack, one per mmap.
 *   mapping   one page that exists: it was touched (or its contents are
 *             shared with another segment), so it has a page of its own
 *             (vm/page.h) -- resident, in swap, or still to be read.
 *
 * A page without a mapping has never been touched: nothing about it is
 * stored but its region.  The fault handler gives it a mapping on the first
 * touch (vm/fault.cc, first_touch_locked), with the page kind that
 * region::new_kind() says, and from then on the mapping is what counts.
 * So a 64 MiB bss costs one region, fork copies the regions plus the
 * mappings that exist, and exit and munmap free only what was touched.
 *
 * Kinds of region, and what a first touch of one of their pages makes:
 *   SEGMENT  an executable's PT_LOAD segment: its piece of the file,
 *            zeroes elsewhere (bss) -- an uninit page that reads the piece
 *            (vm/uninit.h), or an anonymous page if it has none.
 *   STACK    the stack reservation, 1 MiB below USER_STACK: zeroes; touched
 *            only by stack growth (the rsp rule of abi.md, vm/fault.cc).
 *   MMAP     a file mapped with mmap: a file page (vm/file.h), written back
 *            when dirty; removed whole by munmap.
 *
 * Overlaps.  Regions do not overlap, except that two segments may share a
 * page at an end of each (abi.md: binutils puts a header segment on the
 * text's first page).  Such a page gets its mapping when the second
 * segment is added (add_segment, vm/program.cc), with the pieces of both
 * and their permissions OR-ed, so a lookup never has to choose between two
 * regions: a page in two regions always has a mapping.
 *
 * Life cycle: made by the loader (program.cc), mmap (mmap.cc) and fork
 * (a copy per region, fork.cc); freed by munmap or with the address space.
 * A region owns a handle on its file; each page made from it opens its own
 * (pages may outlive the region: a copy-on-write sharer keeps them).
 *
 * Locking: like the SPT (vm/addrspace.h): the owning process's thread
 * changes regions, with vm_lock held; vm/ reads them under vm_lock. */
#ifndef VM_REGION_H
#define VM_REGION_H

#include <list.h>
#include <stddef.h>
#include <stdint.h>

#include "arch/x86_64/mmu.h"

class address_space;
class page_kind;
struct file;

enum class region_type { SEGMENT, STACK, MMAP };

/* How far below USER_STACK the stack may grow (abi.md): the stack
 * region's size. */
constexpr uint64_t STACK_LIMIT = 1 << 20;

/* The bytes of one page that show a region's file: LEN bytes (0: none)
 * from FILE_OFS in the file, at PAGE_OFS in the page. */
struct file_piece {
  uint64_t file_ofs;
  size_t page_ofs, len;
};

/* "segment", "stack" or "mmap" (vm_dump). */
const char *region_type_name(region_type type);

struct region {
  /* A region of TYPE over pages [START, END) whose bytes [DATA_START,
   * DATA_END) show F (the region's own handle, or NULL when there are no
   * such bytes) from FILE_OFS on; every other byte reads as zero. */
  region(region_type type, uint64_t start, uint64_t end, bool writable, bool executable)
      : type(type), start(start), end(end), writable(writable), executable(executable) {
    list_init(&mappings);
  }
  /* Closes the file.  The mappings must be gone (or about to go with the
   * whole address space). */
  ~region();
  region(const region &) = delete;
  region &operator=(const region &) = delete;

  /* Sets the file bytes: [DATA_START, DATA_END) of the range show F (which
   * the region reopens for itself) from FILE_OFS on.  False when out of
   * memory (nothing changed). */
  [[nodiscard]] bool set_file(struct file *f, uint64_t data_start, uint64_t data_end, uint64_t file_ofs);

  /* A copy for a child process (fork): the same description with a handle
   * of its own, no mappings.  NULL when out of memory.  May sleep. */
  region *clone() const;

  bool contains(uint64_t upage) const { return upage >= start && upage < end; }
  /* True if [LO, HI) and this region share a page. */
  bool overlaps(uint64_t lo, uint64_t hi) const { return lo < end && start < hi; }

  /* The file bytes that page-aligned UPAGE shows. */
  file_piece piece_at(uint64_t upage) const;

  /* The kind of the page a first touch of UPAGE (in the region) produces:
   * zeroes (anon), the region's bytes of the file (uninit, which reads them
   * on its first fill), or a page of the mapped file, which holds its own
   * handle on the file.  NULL when out of memory.  vm_lock may be held:
   * reopening the file takes the file system's locks, which come after it
   * (vm/vm-internal.h). */
  page_kind *new_kind(uint64_t upage) const;

  list_elem elem; /* in address_space::regions_, by start address */
  const region_type type;
  const uint64_t start, end; /* page aligned */
  const bool writable, executable;
  struct file *file = nullptr; /* own handle; NULL: zeroes only */
  uint64_t data_start = 0, data_end = 0, file_ofs = 0;
  list mappings;             /* MMAP: mapping::region_elem of the pages that
                                exist (what munmap frees); others: empty */
  region *copy = nullptr;    /* during fork: the child's copy (fork.cc) */
};

#endif /* VM_REGION_H */
