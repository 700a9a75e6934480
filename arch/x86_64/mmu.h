/* arch/x86_64/mmu.h -- virtual addresses and 4-level page tables.
 *
 * A 48-bit virtual address splits into four 9-bit table indices and a 12-bit
 * page offset (Intel SDM vol. 3, 4.5 "4-level paging"):
 *
 *   47        39 38        30 29        21 20        12 11          0
 *  +------------+------------+------------+------------+-------------+
 *  | PML4 index | PDPT index |  PD index  |  PT index  | page offset |
 *  +------------+------------+------------+------------+-------------+
 *
 * Address-space layout (the Pintos x86-64 convention, see shared/abi.md):
 *
 *   0 ............................ user space (page 0 never mapped)
 *   0x400000 ..................... user executables are linked here
 *   0x47480000 ................... top of the initial user stack
 *   KERN_BASE = 0x8004000000 ..... physical address 0 in the direct map; the
 *                                  kernel image at KERN_BASE + 1 MiB
 *
 * Every physical page is visible to the kernel at ptov(pa).  The kernel's
 * own page table maps only the direct map; each process's PML4 shares those
 * kernel entries and adds user pages below KERN_BASE.
 *
 * Owns: the kernel page table (paging_init), per-process page tables
 * (pml4_*).  Page-table pages come from the kernel pool; the frames that user
 * pages map are the caller's business. */
#ifndef ARCH_X86_64_MMU_H
#define ARCH_X86_64_MMU_H

#include <stddef.h>
#include <stdint.h>

constexpr unsigned PGSHIFT = 12;
constexpr uint64_t PGSIZE = 1ULL << PGSHIFT;
constexpr uint64_t PGMASK = PGSIZE - 1;
constexpr uint64_t KERN_BASE = 0x8004000000ULL;
constexpr uint64_t USER_STACK = 0x47480000ULL;

inline uint64_t pg_ofs(const void *va) { return (uint64_t)va & PGMASK; }
inline uint64_t pg_no(const void *va) { return (uint64_t)va >> PGSHIFT; }
inline void *pg_round_down(const void *va) { return (void *)((uint64_t)va & ~PGMASK); }
inline bool is_user_vaddr(const void *va) { return (uint64_t)va < KERN_BASE; }

/* Physical address PADDR as a kernel virtual address in the direct map. */
inline void *ptov(uint64_t paddr) { return (void *)(paddr + KERN_BASE); }
/* Kernel virtual address VADDR (direct map or kernel image) as physical. */
inline uint64_t vtop(const void *vaddr) { return (uint64_t)vaddr - KERN_BASE; }

/* Every level of the tree translates 9 bits: a table has 512 entries. */
constexpr unsigned PT_ENTRIES = 512;
/* Where each level's index starts in a virtual address (the diagram above),
 * i.e. log2 of what one entry of that level spans. */
constexpr unsigned PT_SHIFT = PGSHIFT;    /* 12: a PTE maps 4 KiB */
constexpr unsigned PD_SHIFT = 21;         /* a PD entry (one page table) spans 2 MiB */
constexpr unsigned PDPT_SHIFT = 30;       /* a PDPT entry spans 1 GiB */
constexpr unsigned PML4_SHIFT = 39;       /* a PML4 entry spans 512 GiB */
static_assert(PD_SHIFT == PT_SHIFT + 9 && PDPT_SHIFT == PD_SHIFT + 9 &&
                  PML4_SHIFT == PDPT_SHIFT + 9 && PT_ENTRIES == 1u << 9,
              "9 bits per level");

/* Index helpers: which entry of each level translates VA. */
constexpr unsigned pml4_index(uint64_t va) { return (va >> PML4_SHIFT) & (PT_ENTRIES - 1); }
constexpr unsigned pdpt_index(uint64_t va) { return (va >> PDPT_SHIFT) & (PT_ENTRIES - 1); }
constexpr unsigned pd_index(uint64_t va) { return (va >> PD_SHIFT) & (PT_ENTRIES - 1); }
constexpr unsigned pt_index(uint64_t va) { return (va >> PT_SHIFT) & (PT_ENTRIES - 1); }

/* One page-table entry, at any level (SDM vol. 3, table 4-19 for a PTE). */
class pte_t {
 public:
  static constexpr uint64_t PRESENT = 1ULL << 0;
  static constexpr uint64_t WRITABLE = 1ULL << 1;
  static constexpr uint64_t USER = 1ULL << 2;
  static constexpr uint64_t WRITE_THROUGH = 1ULL << 3;
  static constexpr uint64_t CACHE_DISABLE = 1ULL << 4;
  static constexpr uint64_t ACCESSED = 1ULL << 5;
  static constexpr uint64_t DIRTY = 1ULL << 6;
  static constexpr uint64_t HUGE = 1ULL << 7; /* 2 MiB page in a PD entry. */
  static constexpr uint64_t GLOBAL = 1ULL << 8;
  static constexpr uint64_t NO_EXECUTE = 1ULL << 63;
  static constexpr uint64_t ADDR_MASK = 0x000ffffffffff000ULL;

  constexpr pte_t() : raw_(0) {}
  constexpr explicit pte_t(uint64_t raw) : raw_(raw) {}
  static constexpr pte_t make(uint64_t paddr, uint64_t flags) {
    return pte_t((paddr & ADDR_MASK) | flags);
  }

  bool present() const { return raw_ & PRESENT; }
  bool writable() const { return raw_ & WRITABLE; }
  bool user() const { return raw_ & USER; }
  bool accessed() const { return raw_ & ACCESSED; }
  bool dirty() const { return raw_ & DIRTY; }
  bool huge() const { return raw_ & HUGE; }
  uint64_t paddr() const { return raw_ & ADDR_MASK; }
  uint64_t raw() const { return raw_; }

  /* Read-modify-write of a live entry.  The CPU sets ACCESSED and DIRTY
   * in the entry on its own (SDM vol. 3, 4.8), so an update that must not
   * lose them is one atomic instruction: a plain read, then a write, would
   * drop a DIRTY set in between by a thread preempted onto this entry. */
  /* Clears FLAGS; returns the entry as it was. */
  pte_t fetch_and_clear(uint64_t flags) {
    return pte_t(__atomic_fetch_and(&raw_, ~flags, __ATOMIC_SEQ_CST));
  }
  /* Replaces the entry with E; returns it as it was. */
  pte_t exchange(pte_t e) { return pte_t(__atomic_exchange_n(&raw_, e.raw_, __ATOMIC_SEQ_CST)); }

 private:
  uint64_t raw_;
};
static_assert(sizeof(pte_t) == 8, "a page-table entry is 8 bytes");

struct page_table {
  pte_t entries[PT_ENTRIES];
};
static_assert(sizeof(page_table) == PGSIZE, "a page table fills one page");

/* pte_t::NO_EXECUTE if the CPU honours it (start.S sets EFER.NXE when the
 * CPU has the bit), else 0: what the PTE of a page that must not run code
 * carries -- kernel data, the direct map, and every user page not from an
 * executable segment.  Valid after paging_init. */
uint64_t pte_no_execute(void);

/* Builds the kernel page table (direct map of all RAM up to MEM_END, kernel
 * text read-only) and loads it.  Called once at boot, before palloc_init;
 * takes its table pages from ALLOC (boot-time bump allocator). */
void paging_init(uint64_t mem_end, void *(*alloc_page)(void));

/* The kernel-only page table. */
page_table *kernel_pml4(void);

/* Creates a PML4 for a new process: kernel mappings shared, no user pages.
 * Returns NULL when out of kernel pages. */
page_table *pml4_create(void);
/* Frees PML4 and every page-table page below it that maps user space.  The
 * frames mapped there are not freed (they belong to the VM or the loader). */
void pml4_destroy(page_table *pml4);
/* Loads PML4 into CR3 (NULL: the kernel page table). */
void pml4_activate(page_table *pml4);
/* The page table loaded now. */
page_table *pml4_active(void);

/* Finds the PTE that maps user address VA.  With CREATE, allocates missing
 * intermediate tables (NULL when out of memory); without, NULL when absent. */
pte_t *pml4_lookup(page_table *pml4, const void *va, bool create);
/* Calls VISIT(va, pte) -- any callable, e.g. a lambda -- for every
 * present user PTE of PML4, in address order (fork copies page-table
 * entries this way).  VISIT may change the PTE but not the tables; it must
 * not sleep. */
template <typename Visit>
void pml4_for_each_user_pte(page_table *pml4, Visit visit);

/* The walk behind pml4_for_each_user_pte: calls THUNK(va, pte, CLOSURE). */
void pml4_walk_user_ptes(page_table *pml4, void (*thunk)(uint64_t, pte_t *, void *), void *closure);

template <typename Visit>
void pml4_for_each_user_pte(page_table *pml4, Visit visit) {
  pml4_walk_user_ptes(
      pml4, [](uint64_t va, pte_t *pte, void *closure) { (*static_cast<Visit *>(closure))(va, pte); },
      &visit);
}

/* Flushes the TLB entry for VA on this CPU. */
inline void invlpg(const void *va) { asm volatile("invlpg (%0)" : : "r"(va) : "memory"); }

#endif /* ARCH_X86_64_MMU_H */
