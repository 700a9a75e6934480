/// SOLUTION FILE(vm): a page of user contents and the page operations.
/* vm/page.h -- one page of user contents, its kind, and the busy protocol.
 *
 * Layer: vm/ (internal).  Two records describe a user page:
 *
 *   mapping (vm/addrspace.h)  one process's view: "address VA of this
 *                             address space shows page P, writable or not".
 *                             The supplemental page table holds these.
 *   page (here)               the contents: where they live now (a frame,
 *                             a swap slot, a file, or nowhere yet) and how to
 *                             produce and save them (the page's kind).
 *
 * A page is shared by every mapping on its `mappings` list (the reverse
 * map, vm/rmap.h).  After fork the parent's and the child's mappings of an
 * address point at the same page (copy-on-write): the frame, the swap slot,
 * the lazy initializer are all shared, and a write by one sharer gives it a
 * private page first (vm/fault.cc).  A page dies with its last mapping.
 *
 *        mapping (parent) ---\
 *                             >-- page --- kind: uninit | anon | file
 *        mapping (child)  ---/      \
 *                                    `-- frame (or none: in swap, in the file,
 *                                        or not yet produced)
 *
 * Page kinds are a one-level class hierarchy (style.md, habit 7), one small
 * file each; type() tells them apart:
 *
 *   uninit_kind (vm/uninit.cc)  not produced yet: zeroes plus up to a few
 *                               pieces of a file (an executable's segments).
 *                               A writable one hands the page over to its
 *                               final kind (anon_kind) on its first fill.
 *   anon_kind (vm/anon.cc)      anonymous memory (data, bss, stack); saved
 *                               to a swap slot when its frame is taken.
 *   file_kind (vm/file.cc)      a page of a file mapped with mmap; dirty
 *                               contents are written back to the file.
 *
 * Ownership: a page owns its kind (deleted with it, or replaced through
 * fill_result); the page itself is owned by its mappings together and freed
 * with the last (page_free_locked).
 *
 * Locking: every field of page and mapping, the frame table and the user
 * page tables' PTEs are guarded by vm_lock (vm/vm-internal.h).  A page whose
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

#include "vm/frame.h"
#include "vm/vm-internal.h"
#include "vm/vm.h"

class page;
class page_kind;

/* The kinds, as page_kind::type() tells them. */
enum class page_type { UNINIT, ANON, FILE };

/* "uninit", "anon" or "file" (vm_dump). */
const char *page_type_name(page_type type);

/* What page_kind::fill() did. */
struct fill_result {
  bool ok;               /* false: an I/O error, the frame holds garbage */
  page_kind *next_kind;  /* NULL, or (after a successful fill) the kind the
                            page has from now on: the caller installs it and
                            deletes the kind that filled */
};

/* How a page's contents are produced and saved. */
class page_kind {
 public:
  virtual ~page_kind() = default; /* releases the backing store (swap slot, file) */
  virtual page_type type() const = 0;

  /* Produces the page's contents in KVA (a frame not mapped anywhere yet):
   * reads them from the file or from swap, or zero-fills.  Called with the
   * page busy and vm_lock not held; may sleep.  A kind the page outgrows
   * once filled (uninit_kind) hands back its successor in next_kind. */
  [[nodiscard]] virtual fill_result fill(void *kva) = 0;

  /* Saves the contents in KVA so that the frame can be reused.  DIRTY says
   * whether they changed since they were last produced or saved.  Returns
   * false if there is nowhere to put them (swap full, write error); the
   * page then keeps its frame.  Called with the page busy and vm_lock not
   * held; may sleep. */
  [[nodiscard]] virtual bool save(const void *kva, bool dirty) = 0;

  /* The kind of a private copy of this page, whose contents the caller
   * copies into a new frame (copy-on-write break, eager fork) or which
   * produces them itself (reproducible()).  NULL when out of memory.
   * Called with vm_lock held; does not sleep. */
  virtual page_kind *clone_for_copy() const = 0;

  /* True if the contents can be produced again without a frame or a swap
   * slot (an eager fork may then share the initializer instead of copying
   * bytes).  vm_lock held. */
  virtual bool reproducible() const = 0;

  /* Pages of a mapped file: when a mapping goes away (munmap, exit) dirty
   * contents are saved, not just dropped. */
  bool file_backed() const { return type() == page_type::FILE; }
};

class page {
 public:
  explicit page(page_kind *k) : kind(k) { list_init(&mappings); }
  /* A new page owning KIND.  NULL when KIND is NULL or memory is short
   * (KIND is then deleted): callers can pass `new some_kind(...)` as is. */
  static page *create(page_kind *kind) {
    struct page *page = kind != nullptr ? new struct page(kind) : nullptr;
    if (page == nullptr) delete kind;
    return page;
  }
  ~page() { delete kind; }
  page(const page &) = delete;
  page &operator=(const page &) = delete;

  /* Number of mappings sharing this page (the length of `mappings`).
   * vm_lock held. */
  size_t sharers() const { return sharer_cnt; }

  page_kind *kind;         /* never NULL; owned */
  struct frame *frame = nullptr; /* resident frame, or NULL */
  list mappings;           /* mapping::page_elem of every sharer (vm/rmap.h) */
  size_t sharer_cnt = 0;   /* length of `mappings` */
  bool busy = false;       /* contents in transit: frame pinned, wait on vm_transit */
  bool dirty = false;      /* changed since produced or saved (PTE dirty bits are
                              folded in whenever a mapping is unmapped) */
};

/* ---- The busy protocol (see the overview).  All with vm_lock held. ---- */

/* Waits until PAGE is not busy.  May drop and retake vm_lock. */
inline void page_wait_locked(page *page) {
  ASSERT(vm_lock_held());
  while (page->busy) cond_wait(&vm_transit, &vm_lock);
}

/* Marks PAGE busy (it must not be). */
inline void page_set_busy_locked(page *page) {
  ASSERT(vm_lock_held() && !page->busy);
  page->busy = true;
}

/* Ends PAGE's transit and wakes everyone waiting for a busy page. */
inline void page_clear_busy_locked(page *page) {
  ASSERT(vm_lock_held() && page->busy);
  page->busy = false;
  cond_broadcast(&vm_transit, &vm_lock);
}

/* Runs IO() with vm_lock released, for I/O on busy PAGE (whose contents
 * and kind nobody else touches meanwhile), and returns what it returns,
 * with vm_lock held again. */
template <typename Io>
auto page_io_locked(page *page, Io io) -> decltype(io()) {
  ASSERT(vm_lock_held() && page->busy);
  lock_release(&vm_lock);
  auto result = io();
  lock_acquire(&vm_lock);
  return result;
}

/* ---- Frames for pages (vm/page.cc).  All with vm_lock held. ---- */

/* The one way a page gets a frame: marks PAGE (not busy, not resident)
 * busy, takes a frame for it (frame_alloc_locked, which may evict and drop
 * vm_lock meanwhile) and calls FILL(kva) to put the contents there.  If
 * FILL returns true the frame becomes PAGE's, else it goes back to the
 * pool.  PAGE is not busy afterwards.  FILL runs with vm_lock held and PAGE
 * busy; it may drop the lock around I/O with page_io_locked().  Returns
 * HANDLED, OUT_OF_MEMORY (no frame to be had) or IO_ERROR (FILL failed).
 * May sleep. */
template <typename Fill>
fault_result page_fill_frame_locked(page *page, Fill fill) {
  ASSERT(vm_lock_held() && page->frame == nullptr);
  page_set_busy_locked(page);
  frame *frame = frame_alloc_locked(page);
  fault_result result = fault_result::OUT_OF_MEMORY;
  if (frame != nullptr) {
    if (fill(frame->kva)) {
      page->frame = frame;
      result = fault_result::HANDLED;
    } else {
      frame_free_locked(frame);
      result = fault_result::IO_ERROR;
    }
  }
  page_clear_busy_locked(page);
  return result;
}

/* Makes non-busy, non-resident PAGE resident: its kind fills a new frame
 * (lazy load, zero fill or swap-in) with vm_lock dropped for the I/O, and a
 * kind the page outgrows is replaced here.  Returns HANDLED, OUT_OF_MEMORY
 * or IO_ERROR.  May sleep. */
fault_result page_in_locked(page *page);

/* A new page holding a copy of resident, non-busy PAGE's contents (and its
 * dirty bit), in a frame of its own, with no mappings.  NULL when out of
 * memory.  May sleep (an eviction). */
page *page_copy_locked(page *page);

/* Frees PAGE, which has no mappings left, with its frame if it has one. */
inline void page_free_locked(page *page) {
  ASSERT(vm_lock_held() && page->sharers() == 0 && !page->busy);
  if (page->frame != nullptr) frame_free_locked(page->frame);
  delete page;
}

#endif /* VM_PAGE_H */
/// STUB FILE:
/// /* vm/page.h -- a page of user contents and the page operations.
///  *
///  * Layer: vm/ (internal).  A page is the contents of one page of a
///  * process's memory: where they are now (in a frame, in swap, in a file,
///  * or not produced yet) and how to produce and save them.  Its kind
///  * supplies these operations, one subclass of page_kind per kind
///  * (style.md, habit 7):
///  *
///  *   uninit  not produced yet (lazy loading): the first fault produces the
///  *           contents, and the page takes its final kind;
///  *   anon    anonymous memory (stack, data, bss): saved to swap when its
///  *           frame is taken;
///  *   file    a page of a file mapped with mmap: written back when dirty.
///  *
///  * After a copy-on-write fork the parent and the child share their pages
///  * until one of them writes. */
/// #ifndef VM_PAGE_H
/// #define VM_PAGE_H
///
/// #include "vm/frame.h"
///
/// /* The kinds of page. */
/// enum class page_type { UNINIT, ANON, FILE };
///
/// /* The page operations: how a page's contents are produced and saved. */
/// class page_kind {
///  public:
///   virtual ~page_kind() = default; /* releases the backing store (swap slot, file) */
///   virtual page_type type() const = 0;
///
///   /* Produces the page's contents in KVA, a frame not mapped anywhere yet:
///    * reads them from the file or from swap, or zero-fills.  False on an
///    * I/O error.  May sleep. */
///   [[nodiscard]] virtual bool fill(void *kva) = 0;
///
///   /* Saves the contents in KVA so that the frame can be reused (swap-out,
///    * write-back of a dirty file page).  False if there is nowhere to put
///    * them.  May sleep. */
///   [[nodiscard]] virtual bool save(const void *kva, bool dirty) = 0;
/// };
///
/// /* One page of user contents. */
/// class page {
///  public:
///   explicit page(page_kind *k) : kind(k) {}
///   ~page() { delete kind; }
///   page(const page &) = delete;
///   page &operator=(const page &) = delete;
///
///   page_kind *kind;               /* never NULL; owned */
///   struct frame *frame = nullptr; /* the frame holding the contents, or NULL */
/// };
///
/// #endif /* VM_PAGE_H */
/// END
