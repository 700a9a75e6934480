/* vm/addrspace.h -- a process's address space: its page table, its
 * supplemental page table (SPT) and its mmap regions.
 *
 * Layer: vm/.  userprog/ creates and destroys address spaces and calls the
 * loader, fork and mmap methods; the `_locked` methods are for vm/ itself.
 * The SPT is a hash table of mappings keyed by page address: one for every
 * user page the process may touch -- loaded or not, in swap or in a file --
 * saying which page holds its contents (shared with other processes after
 * a copy-on-write fork, vm/page.h).  The hardware page table is only a
 * cache of the SPT: any present user PTE can be dropped (eviction does) and
 * the next fault puts it back.
 *
 * Invariants (vm_lock held to rely on them; vm/rmap.h keeps them):
 *   - a mapping's PTE is either not present or maps its page's frame;
 *   - that PTE is writable only if the mapping is writable and the page has
 *     no other sharer (so the first write to a shared page faults: COW).
 *
 * The methods live in one file per concern:
 *   addrspace.cc  life cycle, the SPT, mapping storage, PTE lookup
 *   program.cc    the pages of a new program (the ELF loader's calls)
 *   fork.cc       copy_from
 *   mmap.cc       mmap, munmap and the region list
 *
 * Life cycle: create() for exec and fork (copy_from), the loader adds the
 * program's pages, faults add stack pages, mmap/munmap add and remove
 * regions, the destructor (exit, exec's old image) releases everything,
 * writing dirty file pages back.
 *
 * Memory: mappings live in page-sized chunks owned by the address space
 * (a free list inside them), not in malloc blocks: fork allocates a whole
 * SPT's worth in a few pages, and exit frees them all at once instead of
 * one by one.  Chunks go back to the kernel pool with the address space.
 *
 * Locking: the SPT hash, the region list and the chunks belong to the
 * owning process's thread (fork reads the parent's while the parent sleeps
 * in fork) and are changed with vm_lock held too, so that vm/ may look
 * mappings up under vm_lock alone; every mapping's `page` and `page_elem`,
 * and the page tables, are guarded by vm_lock.  Methods without `_locked`
 * take vm_lock themselves. */
#ifndef VM_ADDRSPACE_H
#define VM_ADDRSPACE_H

#include <hash.h>
#include <list.h>
#include <stddef.h>

#include "arch/x86_64/mmu.h"
#include "filesys/off_t.h"
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
  address_space *as = nullptr;
  struct page *page = nullptr;      /* guarded by vm_lock */
  list_elem page_elem;       /* in page->mappings; guarded by vm_lock */
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

  /* True if page-aligned UPAGE has an SPT entry. */
  bool is_mapped(const void *upage);

  /* ---- The ELF loader (userprog/load.cc; vm/program.cc). ---- */

  /* Makes UPAGE a lazily loaded page (created on the first call for that
   * page) and adds LEN bytes of F at FILE_OFS to it at PAGE_OFS (LEN may be
   * 0: zeroes only).  A page shared by two segments is writable if either
   * is.  Returns false when out of memory or pieces (what was added stays,
   * for the destructor). */
  [[nodiscard]] bool add_segment_piece(void *upage, bool writable, file *f, off_t file_ofs,
                                       size_t page_ofs, size_t len);
  /* Makes UPAGE an anonymous page holding a copy of the page at DATA (the
   * initial stack), resident and mapped.  Returns false when out of memory
   * or if UPAGE is taken. */
  [[nodiscard]] bool add_filled_page(void *upage, bool writable, const void *data);

  /* ---- fork (vm/fork.cc). ---- */

  /* Makes this (empty) address space a copy of PARENT, whose process is
   * blocked.  The SPT is copied entry by entry in PARENT's bucket layout
   * (hash_clone).  With copy-on-write every entry shares PARENT's page, and
   * one pass over PARENT's page table write-protects each present PTE and
   * gives the child the same entry; with -nocow every page is copied.
   * Returns false when out of memory (what was copied stays, for the
   * destructor).  May sleep. */
  [[nodiscard]] bool copy_from(address_space *parent);

  /* ---- mmap (abi.md; vm/mmap.cc). ---- */

  /* Maps LENGTH bytes of F from OFFSET at ADDR, writable or not.  Each
   * page gets its own handle on F.  Returns ADDR, or NULL for every
   * failure of the contract (see abi.md): nothing is mapped then.  May
   * sleep. */
  void *mmap(void *addr, size_t length, bool writable, file *f, off_t offset);
  /* Unmaps the region mmap returned at ADDR, writing dirty pages back.
   * Anything else is ignored.  May sleep. */
  void munmap(void *addr);

  /* ---- For vm/ (vm_lock held). ---- */

  /* The mapping of page-aligned UPAGE, or NULL. */
  mapping *find_locked(const void *upage);
  /* Adds a mapping of UPAGE (not in the SPT) to PAGE, unmapped.  Returns
   * NULL when out of memory. */
  mapping *add_mapping_locked(void *upage, bool writable, page *page);
  /* Adds a mapping of UPAGE (not in the SPT) to a new page of KIND, which
   * it takes over.  Returns NULL when KIND is NULL or memory is short
   * (nothing left behind). */
  mapping *add_page_locked(void *upage, bool writable, page_kind *kind);
  /* The PTE for UPAGE (allocating page-table pages with CREATE), or NULL.
   * Remembers the page-table page it found, so that a run of lookups in one
   * 2 MiB stretch walks the tree once (page-table pages under user space
   * are freed only with the address space). */
  pte_t *pte_locked(const void *upage, bool create);
  /* Calls F(mapping *) for every mapping. */
  template <typename F>
  void for_each_mapping_locked(F f);

 private:
  /* A region mmap made: PAGE_CNT pages from START. */
  struct region {
    list_elem elem;
    void *start;
    size_t page_cnt;
  };

  struct mapping_chunk;

  address_space() = default;
  /* Unmaps M (see below), writes its page back if it is a dirty file page,
   * detaches M from the page and frees the page with its last sharer.  M
   * itself stays in the SPT and in its chunk.  With WHOLE_SPACE (the
   * destructor: the page table is inactive and about to go) the PTE is
   * left alone unless its dirty bit matters (file pages).  May drop
   * vm_lock. */
  void detach_mapping_locked(mapping *m, bool whole_space);
  /* A mapping of UPAGE to PAGE, linked to the page but not in the SPT.
   * NULL when out of memory. */
  mapping *new_mapping_locked(void *upage, bool writable, page *page);
  /* This address space's copy of parent mapping PM (fork), not in the SPT
   * yet: the same page, write-protected on both sides (copy-on-write), or
   * a page of its own.  NULL when out of memory (nothing made). */
  mapping *copy_mapping_locked(mapping *pm);
  /* Gives the child every present PTE of PARENT, write-protected on both
   * sides (fork with copy-on-write).  False when a page-table page is
   * missing. */
  bool share_ptes_locked(address_space *parent);

  /* The SPT, after asserting vm_lock (for the template above). */
  hash *spt_locked(void);

  /* Mapping storage (see "Memory" above).  alloc_mapping returns NULL when
   * out of memory; reserve_mappings makes N allocations succeed. */
  mapping *alloc_mapping(void);
  void free_mapping(mapping *m);
  [[nodiscard]] bool reserve_mappings(size_t n);

  page_table *pml4_ = nullptr;
  page_table *pt_ = nullptr; /* pte_locked's last page-table page ... */
  uint64_t pt_region_ = 0;   /* ... and the 2 MiB it maps (VA >> PD_SHIFT) */
  hash spt_;
  list regions_;        /* region.elem */
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

#endif /* VM_ADDRSPACE_H */
