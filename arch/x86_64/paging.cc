/* arch/x86_64/paging.cc -- the kernel page table and per-process page tables.
 *
 * The kernel page table maps all RAM at KERN_BASE (the direct map), with
 * 2 MiB pages except around the kernel image, which gets 4 KiB pages so that
 * its text is read-only and its data not executable.  A process's PML4
 * shares the kernel's entries and owns every table page below them that
 * maps user space.
 *
 * One subtlety of the Pintos layout: KERN_BASE (0x8004000000) is not on a
 * PML4 boundary.  PML4 entry 1 covers 0x8000000000..0x80ffffffffff, i.e. both
 * the last 64 MiB of user space and the kernel.  A process that maps a user
 * page in that range first gets private copies of the kernel's PDPT and
 * first PD for entry 1 ("split" below); the kernel entries in the copies
 * never change after boot, so sharing them by copy is safe. */
#include "arch/x86_64/mmu.h"

#include <debug.h>
#include <string.h>

#include "arch/x86_64/cpu.h"
#include "kernel/palloc.h"

extern "C" char __image_start[], __text_end[], __rodata_end[], __kernel_end[];

namespace {

constexpr uint64_t HUGE_PAGE = 1ULL << PD_SHIFT; /* a PD entry with pte_t::HUGE */
constexpr unsigned SPLIT_PML4_INDEX = pml4_index(KERN_BASE); /* 1 */

page_table *kernel_table;
uint64_t no_execute; /* pte_t::NO_EXECUTE if the CPU supports it, else 0 */

page_table *table_at(pte_t e) { return (page_table *)ptov(e.paddr()); }

void write_cr3(uint64_t paddr) { asm volatile("movq %0, %%cr3" : : "r"(paddr) : "memory"); }
uint64_t read_cr3(void) {
  uint64_t v;
  asm volatile("movq %%cr3, %0" : "=r"(v));
  return v;
}

/* start.S turned EFER.NXE on if the CPU has the no-execute bit. */
bool cpu_has_nx_enabled(void) { return rdmsr(MSR_EFER) & EFER_NXE; }

/* Permissions for the kernel-image page at kernel virtual address VA. */
uint64_t image_page_flags(uint64_t va) {
  if (va >= (uint64_t)__image_start && va < (uint64_t)__text_end) return pte_t::PRESENT;
  if (va >= (uint64_t)__text_end && va < (uint64_t)__rodata_end)
    return pte_t::PRESENT | no_execute;
  return pte_t::PRESENT | pte_t::WRITABLE | no_execute;
}

/* Boot-time: returns the table that ENTRY points to, allocating it. */
page_table *boot_next_table(pte_t &entry, void *(*alloc_page)(void)) {
  if (!entry.present()) {
    void *page = alloc_page();
    memset(page, 0, PGSIZE);
    entry = pte_t::make(vtop(page), pte_t::PRESENT | pte_t::WRITABLE);
  }
  return table_at(entry);
}

/* True if PML4 entry 1 of PML4 still points at the kernel's own PDPT. */
bool shares_kernel_split(const page_table *pml4) {
  return pml4->entries[SPLIT_PML4_INDEX].paddr() ==
         kernel_table->entries[SPLIT_PML4_INDEX].paddr();
}

/* Gives PML4 private copies of the kernel's PDPT and first PD under entry 1.
 * Returns false when out of memory (nothing changed). */
bool split_kernel_entry(page_table *pml4) {
  page_table *pdpt = (page_table *)palloc_get_page(PAL_ZERO);
  page_table *pd = (page_table *)palloc_get_page(PAL_ZERO);
  if (pdpt == nullptr || pd == nullptr) {
    palloc_free_page(pdpt);
    palloc_free_page(pd);
    return false;
  }
  pte_t kernel_entry = kernel_table->entries[SPLIT_PML4_INDEX];
  memcpy(pdpt, table_at(kernel_entry), PGSIZE);
  memcpy(pd, table_at(pdpt->entries[0]), PGSIZE);
  pdpt->entries[0] = pte_t::make(vtop(pd), pte_t::PRESENT | pte_t::WRITABLE | pte_t::USER);
  pml4->entries[SPLIT_PML4_INDEX] =
      pte_t::make(vtop(pdpt), pte_t::PRESENT | pte_t::WRITABLE | pte_t::USER);
  return true;
}

/* Frees a page table at LEVEL (3 = PDPT, 2 = PD, 1 = PT) and the tables
 * below it, for user entries [FIRST, LAST). */
void free_tables(page_table *table, int level, unsigned first, unsigned last) {
  if (level > 1) {
    for (unsigned i = first; i < last; i++) {
      pte_t e = table->entries[i];
      if (e.present() && !e.huge()) free_tables(table_at(e), level - 1, 0, PT_ENTRIES);
    }
  }
  palloc_free_page(table);
}

/* A page-table entry leading to a table of user mappings: tables created
 * for user pages carry USER at every level and the kernel's never do, so
 * a walk that follows only these cannot stray into kernel mappings. */
bool user_table(pte_t e) { return e.present() && e.user() && !e.huge(); }

/* pml4_walk_user_ptes over page directory PD, which maps BASE.., PD
 * entries [0, PD_LIMIT). */
void walk_user_pd(page_table *pd, uint64_t base, unsigned pd_limit,
                  void (*visit)(uint64_t, pte_t *, void *), void *closure) {
  for (unsigned i = 0; i < pd_limit; i++) {
    if (!user_table(pd->entries[i])) continue;
    page_table *pt = table_at(pd->entries[i]);
    for (unsigned j = 0; j < PT_ENTRIES; j++) {
      pte_t *pte = &pt->entries[j];
      if (pte->present() && pte->user())
        visit(base + ((uint64_t)i << PD_SHIFT) + ((uint64_t)j << PT_SHIFT), pte, closure);
    }
  }
}

}  // namespace

void paging_init(uint64_t mem_end, void *(*alloc_page)(void)) {
  no_execute = cpu_has_nx_enabled() ? pte_t::NO_EXECUTE : 0;
  kernel_table = (page_table *)alloc_page();
  memset(kernel_table, 0, PGSIZE);

  uint64_t image_start = vtop(__image_start) & ~(HUGE_PAGE - 1);
  uint64_t image_end = vtop(__kernel_end);
  for (uint64_t pa = 0; pa < mem_end; pa += HUGE_PAGE) {
    uint64_t va = (uint64_t)ptov(pa);
    page_table *pdpt = boot_next_table(kernel_table->entries[pml4_index(va)], alloc_page);
    page_table *pd = boot_next_table(pdpt->entries[pdpt_index(va)], alloc_page);
    pte_t &pde = pd->entries[pd_index(va)];
    if (pa >= image_start && pa < image_end) {
      /* The kernel image: 4 KiB pages with per-section permissions. */
      page_table *pt = boot_next_table(pde, alloc_page);
      for (unsigned i = 0; i < PT_ENTRIES; i++) {
        uint64_t page_pa = pa + i * PGSIZE;
        uint64_t page_va = (uint64_t)ptov(page_pa);
        uint64_t flags = pte_t::PRESENT | pte_t::WRITABLE | no_execute;
        if (page_va >= (uint64_t)__image_start && page_va < (uint64_t)__kernel_end)
          flags = image_page_flags(page_va);
        pt->entries[i] = pte_t::make(page_pa, flags);
      }
    } else {
      pde = pte_t::make(pa, pte_t::PRESENT | pte_t::WRITABLE | pte_t::HUGE | no_execute);
    }
  }
  pml4_activate(nullptr);
}

page_table *kernel_pml4(void) { return kernel_table; }

uint64_t pte_no_execute(void) { return no_execute; }

page_table *pml4_create(void) {
  page_table *pml4 = (page_table *)palloc_get_page(PAL_ZERO);
  if (pml4 == nullptr) return nullptr;
  /* Entry 0 (user space below 512 GiB) stays empty; the rest is the kernel's. */
  for (unsigned i = 1; i < PT_ENTRIES; i++) pml4->entries[i] = kernel_table->entries[i];
  return pml4;
}

void pml4_destroy(page_table *pml4) {
  if (pml4 == nullptr) return;
  ASSERT(pml4 != kernel_table);
  if (pml4_active() == pml4) pml4_activate(nullptr);

  pte_t low = pml4->entries[0];
  if (low.present()) free_tables(table_at(low), 3, 0, PT_ENTRIES);
  if (!shares_kernel_split(pml4)) {
    /* Private PDPT and PD: only PD entries below KERN_BASE are user tables. */
    page_table *pdpt = table_at(pml4->entries[SPLIT_PML4_INDEX]);
    free_tables(table_at(pdpt->entries[0]), 2, 0, pd_index(KERN_BASE));
    palloc_free_page(pdpt);
  }
  palloc_free_page(pml4);
}

void pml4_walk_user_ptes(page_table *pml4, void (*visit)(uint64_t, pte_t *, void *),
                         void *closure) {
  /* 0 .. 512 GiB: PML4 entry 0. */
  if (user_table(pml4->entries[0])) {
    page_table *pdpt = table_at(pml4->entries[0]);
    for (unsigned i = 0; i < PT_ENTRIES; i++)
      if (user_table(pdpt->entries[i]))
        walk_user_pd(table_at(pdpt->entries[i]), (uint64_t)i << PDPT_SHIFT, PT_ENTRIES, visit,
                     closure);
  }
  /* 512 GiB .. KERN_BASE: PML4 entry 1, PDPT entry 0, the PD entries below
   * KERN_BASE's -- only once split from the kernel's tables. */
  static_assert(pml4_index(KERN_BASE) == 1 && pdpt_index(KERN_BASE) == 0,
                "user space ends inside PML4 entry 1, PDPT entry 0");
  if (shares_kernel_split(pml4)) return;
  pte_t pd_entry = table_at(pml4->entries[SPLIT_PML4_INDEX])->entries[0];
  if (user_table(pd_entry))
    walk_user_pd(table_at(pd_entry), 1ULL << PML4_SHIFT, pd_index(KERN_BASE), visit, closure);
}

void pml4_activate(page_table *pml4) {
  write_cr3(vtop(pml4 != nullptr ? pml4 : kernel_table));
}

page_table *pml4_active(void) { return (page_table *)ptov(read_cr3() & pte_t::ADDR_MASK); }

pte_t *pml4_lookup(page_table *pml4, const void *va, bool create) {
  ASSERT(is_user_vaddr(va));
  uint64_t addr = (uint64_t)va;
  if (pml4_index(addr) == SPLIT_PML4_INDEX && shares_kernel_split(pml4)) {
    if (!create) return nullptr;
    if (!split_kernel_entry(pml4)) return nullptr;
  }

  page_table *table = pml4;
  const unsigned shifts[3] = {PML4_SHIFT, PDPT_SHIFT, PD_SHIFT};
  for (unsigned shift : shifts) {
    pte_t &entry = table->entries[(addr >> shift) & (PT_ENTRIES - 1)];
    if (!entry.present()) {
      if (!create) return nullptr;
      void *page = palloc_get_page(PAL_ZERO);
      if (page == nullptr) return nullptr;
      entry = pte_t::make(vtop(page), pte_t::PRESENT | pte_t::WRITABLE | pte_t::USER);
    } else if (entry.huge()) {
      return nullptr; /* a kernel mapping, never a user page */
    }
    table = table_at(entry);
  }
  return &table->entries[pt_index(addr)];
}
