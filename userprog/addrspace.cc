/* userprog/addrspace.cc -- walking the user half of a page table.
 *
 * User space spans PML4 entry 0 (0 .. 512 GiB) and the first 64 MiB under
 * PML4 entry 1 (512 GiB .. KERN_BASE), which shares its PDPT and PD with
 * the kernel's direct map until a user page is mapped there
 * (arch/x86_64/paging.cc splits them then).  Tables created for user pages
 * carry Pte::USER at every level and the kernel's never do, so the walk
 * follows only entries with USER set: it cannot stray into kernel
 * mappings. */
#include "userprog/addrspace.h"

#include <string.h>

#include "kernel/palloc.h"
#include "lib/debug.h"

namespace {

PageTable *table_at(Pte e) { return (PageTable *)ptov(e.paddr()); }
bool user_table(Pte e) { return e.present() && e.user() && !e.huge(); }

/* Calls VISIT(va, pte) for every present user page in PD (which maps
 * BASE ..), PD entries [0, PD_LIMIT).  Stops early and returns false if
 * VISIT returns false. */
template <typename Visit>
bool walk_pd(PageTable *pd, uint64_t base, unsigned pd_limit, Visit &visit) {
  for (unsigned i = 0; i < pd_limit; i++) {
    if (!user_table(pd->entries[i])) continue;
    PageTable *pt = table_at(pd->entries[i]);
    for (unsigned j = 0; j < 512; j++) {
      Pte &pte = pt->entries[j];
      if (!pte.present() || !pte.user()) continue;
      uint64_t va = base + ((uint64_t)i << 21) + ((uint64_t)j << 12);
      if (!visit(va, pte)) return false;
    }
  }
  return true;
}

template <typename Visit>
bool for_each_user_page(PageTable *pml4, Visit visit) {
  /* 0 .. 512 GiB. */
  if (user_table(pml4->entries[0])) {
    PageTable *pdpt = table_at(pml4->entries[0]);
    for (unsigned i = 0; i < 512; i++) {
      if (!user_table(pdpt->entries[i])) continue;
      if (!walk_pd(table_at(pdpt->entries[i]), (uint64_t)i << 30, 512, visit)) return false;
    }
  }
  /* 512 GiB .. KERN_BASE: PML4 entry 1, PDPT entry 0, PD entries below
   * KERN_BASE's. */
  constexpr uint64_t HIGH_BASE = 1ULL << 39;
  static_assert(pml4_index(KERN_BASE) == 1 && pdpt_index(KERN_BASE) == 0,
                "user space ends inside PML4 entry 1, PDPT entry 0");
  Pte high = pml4->entries[1];
  if (user_table(high)) {
    Pte pd_entry = table_at(high)->entries[0];
    if (user_table(pd_entry) &&
        !walk_pd(table_at(pd_entry), HIGH_BASE, pd_index(KERN_BASE), visit))
      return false;
  }
  return true;
}

}  // namespace

void *as_map_new_page(PageTable *pml4, void *upage, bool writable) {
  void *kpage = palloc_get_page(PAL_USER | PAL_ZERO);
  if (kpage == nullptr) return nullptr;
  if (!pml4_set_page(pml4, upage, kpage, writable)) {
    palloc_free_page(kpage);
    return nullptr;
  }
  return kpage;
}

void as_destroy(PageTable *pml4) {
  if (pml4 == nullptr) return;
  ASSERT(pml4_active() != pml4);
  for_each_user_page(pml4, [](uint64_t, Pte &pte) {
    palloc_free_page(ptov(pte.paddr()));
    pte.clear();
    return true;
  });
  pml4_destroy(pml4);
}

bool as_copy(PageTable *dst, PageTable *src) {
  return for_each_user_page(src, [dst](uint64_t va, Pte &pte) {
    void *kpage = as_map_new_page(dst, (void *)va, pte.writable());
    if (kpage == nullptr) return false;
    memcpy(kpage, ptov(pte.paddr()), PGSIZE);
    return true;
  });
}
