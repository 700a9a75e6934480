/* userprog/addrspace.h -- a process's user pages, before virtual memory.
 *
 * Layer: userprog/, on arch/x86_64/mmu.h.  Until the VM work adds a
 * supplemental page table, the hardware page table is the only record of
 * a process's pages: every present user PTE maps a frame from the user
 * pool (palloc PAL_USER) that the process owns alone.  These helpers walk
 * that table.  The VM work replaces them (fork with COW, frames shared
 * through the frame table).
 *
 * None of these sleeps or takes a lock; the page table must not be in use
 * by another thread (its process is being built or torn down, or its owner
 * is blocked in fork). */
#ifndef USERPROG_ADDRSPACE_H
#define USERPROG_ADDRSPACE_H

#include "arch/x86_64/mmu.h"

/* Allocates a zeroed user frame and maps it at UPAGE (page aligned, must be
 * unmapped).  Returns the frame's kernel address, or NULL when out of
 * frames or page-table pages (nothing leaked). */
void *as_map_new_page(PageTable *pml4, void *upage, bool writable);

/* Frees every user frame mapped in PML4, then PML4 itself (pml4_destroy).
 * PML4 must not be active; NULL is ignored. */
void as_destroy(PageTable *pml4);

/* Copies every user page of SRC into fresh frames mapped at the same
 * addresses in DST, with the same permissions (fork).  Returns false when
 * out of memory; the pages copied so far stay mapped in DST, which the
 * caller destroys. */
bool as_copy(PageTable *dst, PageTable *src);

#endif /* USERPROG_ADDRSPACE_H */
