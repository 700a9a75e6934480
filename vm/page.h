/* vm/page.h -- one page of user contents, and the page kinds.
 *
 * Layer: vm/.  Two records describe a user page:
 *
 *   mapping (vm/addrspace.h)  one process's view: "address VA of this
 *                             address space shows page P, writable or not".
 *                             The supplemental page table holds these.
 *   page (here)               the contents: where they live now (a frame,
 *                             a swap slot, a file, or nowhere yet) and how to
 *                             produce and save them (the page's kind).
 *
 * A page is shared by every mapping on its `mappings` list.  After fork the
 * parent's and the child's mappings of an address point at the same page
 * (copy-on-write): the frame, the swap slot, the lazy initializer are all
 * shared, and a write by one sharer gives it a private page first
 * (vm/fault.cc).  A page dies with its last mapping.
 *
 *        mapping (parent) ---\
 *                             >-- page --- kind: Uninit | Anon | File
 *        mapping (child)  ---/      \
 *                                    `-- frame (or none: in swap, in the file,
 *                                        or not yet produced)
 *
 * page kinds are a one-level class hierarchy (style.md, habit 7), one small
 * file each:
 *
 *   uninit_kind (vm/uninit.cc)  not produced yet: zeroes plus up to a few
 *                              pieces of a file (an executable's segments).
 *                              Its first swap_in produces the contents and
 *                              replaces itself with the page's final kind
 *                              (anon_kind).
 *   anon_kind (vm/anon.cc)      anonymous memory (data, bss, stack); saved
 *                              to a swap slot when its frame is taken.
 *   file_kind (vm/file.cc)      a page of a file mapped with mmap; dirty
 *                              contents are written back to the file.
 *
 * Locking: every field of page and mapping, the frame table and the user
 * page tables' PTEs are guarded by vm_lock (vm/vm.cc).  A page whose
 * contents are moving between its frame and its backing store is `busy`:
 * the mover has dropped vm_lock for the I/O, and everyone else who needs
 * the page waits on vm_transit (with vm_lock) until it is not busy.  A busy
 * page's frame is pinned: the evictor skips it.  Lock order: vm_lock, then
 * the file system's locks, then the swap bitmap's lock.  Kind methods are
 * called without vm_lock held unless their contract says otherwise. */
#ifndef VM_PAGE_H
#define VM_PAGE_H

#include <debug.h>
#include <list.h>
#include <stddef.h>

#include "kernel/synch.h"
#include "vm/vm.h"

struct frame;
class page;

/* How a page's contents are produced and saved. */
class page_kind {
 public:
  virtual ~page_kind() = default; /* releases the backing store (swap slot, file) */
  virtual const char *name() const = 0;

  /* Produces PAGE's contents in KVA (a frame not yet mapped anywhere).
   * Returns false on an I/O error.  Called with PAGE busy and vm_lock not
   * held; may sleep.  May replace PAGE->kind (uninit_kind does) -- with
   * vm_lock not held that is safe because the page is busy. */
  [[nodiscard]] virtual bool swap_in(page *page, void *kva) = 0;

  /* Saves the contents in KVA so that the frame can be reused.  DIRTY says
   * whether they changed since they were last produced or saved.  Returns
   * false if there is nowhere to put them (swap full, write error); the
   * page then keeps its frame.  Called with PAGE busy and vm_lock not held;
   * may sleep. */
  [[nodiscard]] virtual bool swap_out(page *page, void *kva, bool dirty) = 0;

  /* The kind of a private copy of this page, whose contents the caller
   * copies into a new frame (copy-on-write break, eager fork).  NULL when
   * out of memory.  Called with vm_lock held; does not sleep. */
  virtual page_kind *clone_for_copy() const = 0;

  /* True if the contents can be produced again without a frame or a swap
   * slot (an eager fork may then share the initializer instead of copying
   * bytes).  vm_lock held. */
  virtual bool reproducible() const = 0;

  /* True for pages of a mapped file: when a mapping goes away (munmap,
   * exit) dirty contents are saved with swap_out, not just dropped. */
  virtual bool file_backed() const { return false; }
};

class page {
 public:
  explicit page(page_kind *k) : kind(k) { list_init(&mappings); }
  /* A new page owning KIND.  NULL when KIND is NULL or memory is short
   * (KIND is then deleted): callers can pass `new SomeKind(...)` as is. */
  static page *create(page_kind *kind) {
    struct page *page = kind != nullptr ? new struct page(kind) : nullptr;
    if (page == nullptr) delete kind;
    return page;
  }
  ~page() { delete kind; }
  page(const page &) = delete;
  page &operator=(const page &) = delete;

  /* Number of mappings sharing this page.  vm_lock held. */
  size_t sharers() { return list_size(&mappings); }

  page_kind *kind;         /* never NULL */
  struct frame *frame = nullptr; /* resident frame, or NULL */
  list mappings;          /* mapping::page_elem of every sharer */
  bool busy = false;      /* contents in transit: frame pinned, wait on vm_transit */
  bool dirty = false;     /* changed since produced or saved (PTE dirty bits are
                             folded in whenever a mapping is unmapped) */
};

/* Busy pages (see the overview).  All three with vm_lock held. */

/* Waits until PAGE is not busy.  May drop and retake vm_lock. */
inline void page_wait_locked(page *page) {
  while (page->busy) cond_wait(&vm_transit, &vm_lock);
}

/* Marks PAGE busy (it must not be). */
inline void page_set_busy_locked(page *page) {
  ASSERT(!page->busy);
  page->busy = true;
}

/* Ends PAGE's transit and wakes everyone waiting for a busy page. */
inline void page_clear_busy_locked(page *page) {
  page->busy = false;
  cond_broadcast(&vm_transit, &vm_lock);
}

/* Runs FN() with vm_lock released, for I/O on busy PAGE (which nobody else
 * touches meanwhile), and returns its result with vm_lock held again. */
template <typename Fn>
bool page_io_locked(page *page, Fn fn) {
  ASSERT(page->busy);
  lock_release(&vm_lock);
  bool ok = fn();
  lock_acquire(&vm_lock);
  return ok;
}

#endif /* VM_PAGE_H */
