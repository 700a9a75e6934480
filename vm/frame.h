/// SOLUTION FILE(vm): the frame table and eviction.
/* vm/frame.h -- the frame table: every frame of the user pool.
 *
 * Layer: vm/ (internal).  One frame per page of the user pool (palloc PAL_USER),
 * allocated at boot in one array, so that taking or giving back a frame
 * never allocates.  A frame in use holds exactly one page; the page's
 * `mappings` list is the reverse map from the frame to every page-table
 * entry that maps it (several after a copy-on-write fork).
 *
 * When the pool is empty, frame_alloc_locked() evicts: a clock hand sweeps
 * the array; a frame whose page was accessed through any of its mappings
 * since the last sweep gets a second chance (the accessed bits are
 * cleared), the first one that was not is taken.  Busy pages (in transit,
 * vm/page.h) are skipped: they are pinned.
 *
 * Locking: vm_lock (vm/vm-internal.h) guards the table. */
#ifndef VM_FRAME_H
#define VM_FRAME_H

#include <stddef.h>

class page;

struct frame {
  void *kva;    /* the frame's kernel address (direct map) */
  struct page *page;   /* what it holds; NULL when free */
};

/* Builds the table over the user pool.  Call once at boot. */
void frame_table_init(void);

/* Takes a frame for PAGE, which the caller has marked busy.  Evicts another
 * page when the pool is empty; that eviction drops vm_lock during its I/O,
 * so anything not busy may have changed when this returns.  Returns NULL
 * when no frame can be had (every page pinned, or swap full).  vm_lock
 * held; may sleep. */
frame *frame_alloc_locked(page *page);

/* Gives F back to the user pool.  vm_lock held. */
void frame_free_locked(frame *f);

/* The frame at kernel address KVA (a user-pool page). */
frame *frame_of_kva(void *kva);

/* Frames in use.  vm_lock held. */
size_t frames_in_use_locked(void);

#endif /* VM_FRAME_H */
/// STUB FILE:
/// /* vm/frame.h -- the frame table: every frame of the user pool (palloc
///  * PAL_USER), what each holds, and eviction when the pool runs out.
///  *
///  * Layer: vm/ (internal). */
/// #ifndef VM_FRAME_H
/// #define VM_FRAME_H
///
/// class page;
///
/// /* One frame of the user pool. */
/// struct frame {
///   void *kva;         /* the frame's kernel address (direct map) */
///   struct page *page; /* what it holds; NULL when free */
/// };
///
/// #endif /* VM_FRAME_H */
/// END
