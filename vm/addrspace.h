/// SOLUTION FILE(vm): a process's address space: page table and supplemental page table.
/* vm/addrspace.h -- a process's address space: its page table, its
 * regions and its supplemental page table (SPT).
 *
 * Layer: vm/.  userprog/ creates and destroys address spaces and calls the
 * loader, fork and mmap methods; the `_locked` methods are for vm/ itself.
 * What the process may touch is described per region (vm/region.h): a
 * program segment, the stack, an mmap -- a few records, whatever their
 * size.  The SPT is a hash table of mappings keyed by page address: one for
 * every page that exists -- touched once, or shared by two segments --
 * saying which page holds its contents (shared with other processes after
 * a copy-on-write fork, vm/page.h): in a frame, in swap, in a file.  A page
 * of a region without a mapping was never touched; its first fault makes
 * the mapping.  The hardware page table is only a cache of the SPT: any
 * present user PTE can be dropped (eviction does) and the next fault puts
 * it back.
 *
 * Invariants (vm_lock held to rely on them; vm/rmap.h keeps them):
 *   - every mapping lies in a region (mapping::region); an mmap region
 *     also lists its mappings, for munmap;
 *   - a mapping's PTE is either not present or maps its page's frame;
 *   - that PTE is writable only if the mapping is writable and the page has
 *     no other sharer (so the first write to a shared page faults: COW), and
 *     executable only if the mapping is (NX otherwise).
 *
 * The methods live in one file per concern:
 *   addrspace.cc  life cycle, the SPT, mapping storage, PTE lookup
 *   region.cc     the region list (and what a first touch produces)
 *   program.cc    the segments and the stack of a new program (the ELF
 *                 loader's calls)
 *   fork.cc       copy_from
 *   mmap.cc       mmap and munmap
 *
 * Life cycle: create() for exec and fork (copy_from), the loader adds the
 * program's segments and stack, faults add mappings, mmap/munmap add and
 * remove regions, the destructor (exit, exec's old image) releases
 * everything, writing dirty file pages back.  Each of these costs what
 * exists -- regions and touched pages -- never the size of a range.
 *
 * Memory: mappings live in page-sized chunks owned by the address space
 * (a free list inside them), not in malloc blocks: fork allocates a whole
 * SPT's worth in a few pages, and exit frees them all at once instead of
 * one by one.  Chunks go back to the kernel pool with the address space.
 *
 * Locking: the SPT hash, the region list and the chunks belong to the
 * owning process's thread (fork reads the parent's while the parent sleeps
 * in fork) and are changed with vm_lock held too, so that vm/ may look
 * mappings and regions up under vm_lock alone; every mapping's `page` and
 * `page_elem`, and the page tables, are guarded by vm_lock.  Methods
 * without `_locked` take vm_lock themselves. */
#ifndef VM_ADDRSPACE_H
#define VM_ADDRSPACE_H

#include <hash.h>
#include <list.h>
#include <stddef.h>

#include "arch/x86_64/mmu.h"
#include "filesys/off_t.h"
#include "vm/region.h"
#include "vm/vm.h"

class address_space;
class page;
class page_kind;
struct file;

/* One SPT entry: address VA of AS shows PAGE. */
struct mapping {
  hash_elem spt_elem;        /* in as->spt_ (or the free list, unused) */
  void *va = nullptr;        /* page aligned */
  bool writable = false;     /* may the process write it (PF_W, mmap's flag) */
  bool executable = false;   /* may it run code there (PF_X); else NX */
  address_space *as = nullptr;
  struct region *region = nullptr; /* the region VA lies in */
  list_elem region_elem;     /* in region->mappings if that is an mmap */
  struct page *page = nullptr;      /* guarded by vm_lock */
  list_elem page_elem;       /* in page->mappings; guarded by vm_lock */
};

/* Why the loader's add_segment or add_stack failed. */
enum class [[nodiscard]] layout_result {
  OK,
  OVERLAP,      /* the range overlaps another region (beyond an end page
                   that two segments may share) */
  SHARED_PAGE,  /* too many segments share one page */
  NO_MEMORY,
};

class address_space {
 public:
  /* An empty address space (kernel mappings only).  NULL when out of
   * memory. */
  static address_space *create(void);
  /* Releases every page (writing dirty file pages back), region and page
   * table.  Must not be the active address space.  May sleep. */
  ~address_space();
  address_space(const address_space &) = delete;
  address_space &operator=(const address_space &) = delete;

  page_table *pml4() const { return pml4_; }

  /* ---- The ELF loader (userprog/load.cc; vm/program.cc). ---- */

  /* Adds a segment (one region): bytes [VADDR, VADDR + MEMSZ) show FILESZ
   * bytes of F from OFFSET, then zeroes; nothing is read before a page is
   * touched.  The caller checked the ranges (inside user space, within the
   * file, FILESZ <= MEMSZ, OFFSET and VADDR equal modulo PGSIZE).  Two
   * segments may share a page at an end of each: it is made now, with the
   * bytes of both, writable or executable if either is.  Any other overlap
   * is OVERLAP; NO_MEMORY and SHARED_PAGE (more than
   * uninit_kind::MAX_PIECES segments on a page) may leave part of the
   * segment behind, for the destructor.  May sleep. */
  layout_result add_segment(uint64_t vaddr, uint64_t memsz, file *f, uint64_t offset,
                            uint64_t filesz, bool writable, bool executable);
  /* Adds the stack region below USER_STACK and makes its top page an
   * anonymous page holding a copy of the page at TOP (the arguments),
   * resident and mapped.  OVERLAP if a segment reaches into the stack
   * region.  May sleep. */
  layout_result add_stack(const void *top);

  /* ---- fork (vm/fork.cc). ---- */

  /* Makes this (empty) address space a copy of PARENT, whose process is
   * blocked: each region is copied, then the SPT entry by entry in
   * PARENT's bucket layout (hash_clone) -- what was never touched costs
   * nothing.  With copy-on-write every entry shares PARENT's page, and one
   * pass over PARENT's page table write-protects each present PTE and gives
   * the child the same entry; with -nocow every page is copied.  Returns
   * false when out of memory (what was copied stays, for the destructor).
   * May sleep. */
  [[nodiscard]] bool copy_from(address_space *parent);

  /* ---- mmap (abi.md; vm/mmap.cc). ---- */

  /* Maps LENGTH bytes of F from OFFSET at ADDR, writable or not, never
   * executable, as one region: no page is made before it is touched.
   * Returns ADDR, or NULL for every failure of the contract (see abi.md):
   * nothing is mapped then.  Costs the number of regions, not LENGTH.  May
   * sleep. */
  void *mmap(void *addr, size_t length, bool writable, file *f, off_t offset);
  /* Unmaps the region mmap returned at ADDR, writing dirty pages back;
   * costs the pages that were touched.  Anything else is ignored.  May
   * sleep. */
  void munmap(void *addr);

  /* ---- For vm/ (vm_lock held). ---- */

  /* The mapping of page-aligned UPAGE, or NULL. */
  mapping *find_locked(const void *upage);
  /* The region holding page-aligned UPAGE, or NULL (vm/region.cc).  For a
   * page with a mapping, use the mapping's. */
  region *find_region_locked(const void *upage);
  /* Adds a mapping of UPAGE (in region R, not in the SPT) to a new page of
   * KIND, which it takes over; the mapping has R's permissions.  Returns
   * NULL when KIND is NULL or memory is short (nothing left behind). */
  mapping *add_page_locked(void *upage, region *r, page_kind *kind);
  /* The PTE for UPAGE (allocating page-table pages with CREATE), or NULL.
   * Remembers the page-table page it found, so that a run of lookups in one
   * 2 MiB stretch walks the tree once (page-table pages under user space
   * are freed only with the address space). */
  pte_t *pte_locked(const void *upage, bool create);
  /* Calls F(mapping *) for every mapping. */
  template <typename F>
  void for_each_mapping_locked(F f);
  /* Calls F(region *) for every region, in address order. */
  template <typename F>
  void for_each_region_locked(F f);

 private:
  struct mapping_chunk;

  address_space() = default;
  /* Unmaps M (see below), writes its page back if it is a dirty file page,
   * detaches M from the page and frees the page with its last sharer.  M
   * itself stays in the SPT, its region's list and its chunk.  With
   * WHOLE_SPACE (the destructor: the page table is inactive and about to
   * go) the PTE is left alone unless its dirty bit matters (file pages).
   * May drop vm_lock. */
  void detach_mapping_locked(mapping *m, bool whole_space);
  /* A mapping of UPAGE in region R to PAGE, writable and executable or
   * not, linked to the page (and on R's list if R is an mmap) but not in
   * the SPT.  NULL when out of memory. */
  mapping *new_mapping_locked(void *upage, region *r, bool writable, bool executable, page *page);
  /* Adds M (from new_mapping_locked) to the SPT. */
  void insert_mapping_locked(mapping *m);
  /* This address space's copy of parent mapping PM (fork), not in the SPT
   * yet: the same page, write-protected on both sides (copy-on-write), or
   * a page of its own.  NULL when out of memory (nothing made). */
  mapping *copy_mapping_locked(mapping *pm);
  /* Gives the child every present PTE of PARENT, write-protected on both
   * sides (fork with copy-on-write).  False when a page-table page is
   * missing. */
  bool share_ptes_locked(address_space *parent);
  /* ---- The region list (vm/region.cc). ---- */

  /* Puts R in the list, in address order. */
  void insert_region_locked(region *r);
  /* The first region (in address order) sharing a page with [LO, HI), or
   * NULL. */
  region *first_overlap_locked(uint64_t lo, uint64_t hi);

  /* The SPT and the region list, after asserting vm_lock (for the
   * templates above). */
  hash *spt_locked(void);
  list *regions_locked(void);

  /* Mapping storage (see "Memory" above).  alloc_mapping returns NULL when
   * out of memory; reserve_mappings makes N allocations succeed. */
  inline mapping *alloc_mapping(void);
  void free_mapping(mapping *m);
  [[nodiscard]] bool reserve_mappings(size_t n);

  page_table *pml4_ = nullptr;
  page_table *pt_ = nullptr; /* pte_locked's last page-table page ... */
  uint64_t pt_span_ = 0;     /* ... and the 2 MiB it maps (VA >> PD_SHIFT) */
  hash spt_;
  list regions_;        /* region.elem, by start address */
  region *last_region_ = nullptr; /* find_region_locked's last answer (faults
                                     come in runs on one region); NULL when
                                     a region goes */
  list chunks_;         /* mapping_chunk.elem */
  list free_mappings_;  /* unused mappings, through spt_elem.list_elem */
  size_t free_cnt_ = 0; /* length of free_mappings_ */
};

template <typename F>
void address_space::for_each_mapping_locked(F f) {
  hash_iterator i;
  hash_first(&i, spt_locked());
  while (hash_next(&i)) f(hash_entry(hash_cur(&i), mapping, spt_elem));
}

template <typename F>
void address_space::for_each_region_locked(F f) {
  list *l = regions_locked();
  for (list_elem *e = list_begin(l); e != list_end(l); e = list_next(e))
    f(list_entry(e, region, elem));
}

#endif /* VM_ADDRSPACE_H */
/// STUB FILE:
/// /* vm/addrspace.h -- a process's address space: its page table and its
///  * supplemental page table.
///  *
///  * Layer: vm/.  userprog/ creates and destroys address spaces and calls the
///  * loader, fork and mmap methods below.  The handout's version is eager,
///  * as in project 2: the loader reads every page in at once, the stack is
///  * one page, fork copies every page, and the page table is the only
///  * record.  What the address space records (the supplemental page table),
///  * and the methods the rest of vm/ needs, are yours to add.
///  *
///  * Life cycle: create() for exec and fork (copy_from), the loader adds the
///  * program's segments and stack, faults bring pages in, mmap/munmap add and
///  * remove mappings of files, the destructor (exit, exec's old image)
///  * releases everything, writing dirty file pages back. */
/// #ifndef VM_ADDRSPACE_H
/// #define VM_ADDRSPACE_H
///
/// #include <stddef.h>
/// #include <stdint.h>
///
/// #include "arch/x86_64/mmu.h"
/// #include "filesys/off_t.h"
/// #include "vm/vm.h"
///
/// struct file;
///
/// /* Why the loader's add_segment or add_stack failed. */
/// enum class [[nodiscard]] layout_result {
///   OK,
///   OVERLAP,      /* the range overlaps another segment or the stack (beyond
///                    an end page that two segments may share) */
///   SHARED_PAGE,  /* too many segments share one page */
///   NO_MEMORY,
/// };
///
/// class address_space {
///  public:
///   /* An empty address space (kernel mappings only).  NULL when out of
///    * memory. */
///   static address_space *create(void);
///   /* Releases every page (writing dirty file pages back) and the page
///    * table.  Must not be the active address space.  May sleep. */
///   ~address_space();
///   address_space(const address_space &) = delete;
///   address_space &operator=(const address_space &) = delete;
///
///   page_table *pml4() const { return pml4_; }
///
///   /* ---- The ELF loader (userprog/load.cc). ---- */
///
///   /* Adds a segment: bytes [VADDR, VADDR + MEMSZ) show FILESZ bytes of F
///    * from OFFSET, then zeroes.  (The handout reads them at once; project 3
///    * reads nothing before a page is touched.)  The caller checked the
///    * ranges (inside user space, within the file, FILESZ <= MEMSZ, OFFSET
///    * and VADDR equal modulo PGSIZE).  Two segments may share a page at an
///    * end of each: that page holds the bytes of both, writable or
///    * executable if either is.  Any other overlap is OVERLAP;
///    * NO_MEMORY when memory is short (or the file cannot be read).  On
///    * failure, what was added stays, for the destructor.  May sleep. */
///   layout_result add_segment(uint64_t vaddr, uint64_t memsz, file *f, uint64_t offset,
///                             uint64_t filesz, bool writable, bool executable);
///   /* Adds the stack below USER_STACK; its top page is a copy of the page at
///    * TOP (the arguments).  (The handout's stack is that one page; project 3
///    * grows it on faults.)  OVERLAP if a segment reaches into the stack,
///    * NO_MEMORY when memory is short.  May sleep. */
///   layout_result add_stack(const void *top);
///
///   /* ---- fork (userprog/fork.cc). ---- */
///
///   /* Makes this (empty) address space a copy of PARENT, whose process is
///    * blocked in fork.  With vm_cow_enabled the two share every page until
///    * one of them writes it (copy-on-write); without, every page is copied
///    * (the handout always copies).  False when out of memory (what was
///    * copied stays, for the destructor).  May sleep. */
///   [[nodiscard]] bool copy_from(address_space *parent);
///
///   /* ---- mmap (abi.md). ---- */
///
///   /* Maps LENGTH bytes of F from OFFSET at ADDR, writable or not, never
///    * executable; nothing is read before a page is touched.  Returns ADDR,
///    * or NULL for every failure of the contract (see abi.md): nothing is
///    * mapped then.  May sleep. */
///   void *mmap(void *addr, size_t length, bool writable, file *f, off_t offset);
///   /* Unmaps the mapping mmap returned at ADDR, writing dirty pages back.
///    * Anything else is ignored.  May sleep. */
///   void munmap(void *addr);
///
///  private:
///   address_space() = default;
///
///   page_table *pml4_ = nullptr;
///   /* TODO (project 3, vm): the supplemental page table. */
/// };
///
/// #endif /* VM_ADDRSPACE_H */
/// END
