/// SOLUTION(filesys):
/* filesys/inode.cc -- open inodes: the open list, reading, writing and
 * growing file data, deferred deletion.  See filesys/inode.h for the life
 * cycle and the lock rules, filesys/inode-map.h for the disk format.
 *
 * Every transfer goes one file sector at a time through heap buffers
 * ("bounce" buffers): the caller's memory (perhaps user memory, which may
 * fault) is copied with no lock held, the buffer cache (filesys/cache.h)
 * is accessed with the inode's lock held.  A write of a whole sector, or of
 * part of a sector wholly inside the file, goes straight into the cache; a
 * partial write of the file's last sector builds the whole sector first,
 * with bytes past the end of file forced to zero so that growth never
 * exposes stale data. */
/// STUB:
/// /* filesys/inode.cc -- open inodes: the open list, reading and writing
///  * file data, deferred deletion.  See filesys/inode.h for the life cycle
///  * and the lock rules, filesys/inode-map.h for the disk format.
///  *
///  * Every transfer goes one file sector at a time through a heap buffer:
///  * the caller's memory (perhaps user memory, which may fault) is copied
///  * with no lock held, the buffer cache (filesys/cache.h) is accessed with
///  * the inode's lock held. */
/// END
#include "filesys/inode.h"

#include <list.h>
#include <round.h>
#include <debug.h>
#include <stdio.h>
#include <string.h>

#include "filesys/cache.h"
#include "filesys/free-map.h"
#include "filesys/report.h"
#include "filesys/sector-buffer.h"
#include "filesys/volume.h"
#include "kernel/malloc.h"
#include "kernel/synch.h"

struct inode {
  list_elem elem;          /* In open_inodes.  Guarded by open_inodes_lock. */
  volume *vol;             /* Its volume.  Immutable. */
  block_sector_t sector;   /* Where the on-disk inode lives.  Immutable. */
  inode_type type;         /* data.type, fixed at creation.  Immutable, so
                              asking for it takes no lock. */
  int open_cnt;            /* Openers.  Changed atomically: a holder of a
                              reference may add or drop one more without
                              the lock (so fork's copy of many fds takes no
                              lock per fd); the first reference (in
                              inode_open) and the last (in inode_close) are
                              taken and dropped under open_inodes_lock. */
  bool removed;            /* Delete at last close.  Guarded by open_inodes_lock. */
  /// SOLUTION(filesys):
  volume *mounted;         /* Volume mounted here, or NULL.  Guarded by dir_lock. */
  /// END

  struct lock lock;        /* Guards the fields below. */
  int deny_write_cnt;      /* Writes are refused while > 0. */
  bool disk_dirty;         /* `data` differs from the disk copy. */
  inode_disk data;         /* Copy of the on-disk inode. */
};

namespace {

struct lock open_inodes_lock;
list open_inodes; /* Every open inode, once.  Guarded by open_inodes_lock. */

off_t min_off(off_t a, off_t b) { return a < b ? a : b; }

/// SOLUTION(filesys): extensible files: what a write past the end of file
/// needs (see inode_write_at).
/* Writes INODE's disk copy back if it changed.  Returns false on a disk
 * error.  Caller holds INODE->lock. */
bool flush_locked(inode *ino) {
  ASSERT(lock_held_by_current_thread(&ino->lock));
  if (!ino->disk_dirty) return true;
  if (!cache_write(ino->vol->disk, ino->sector, &ino->data)) return false;
  ino->disk_dirty = false;
  return true;
}

/* Gives file sector IDX of INO a disk sector filled with zeros, for the gap
 * between the old end of file and a write starting further on.  Returns
 * false if the disk is full or fails.  Caller holds INO->lock. */
bool zero_fill_locked(inode *ino, size_t idx, sector_buffer *zeros) {
  ASSERT(lock_held_by_current_thread(&ino->lock));
  block_sector_t sector;
  bool fresh;
  if (inode_map_allocate(ino->vol, &ino->data, idx, &sector, &fresh, &ino->disk_dirty) != MAP_OK)
    return false;
  memset(zeros->data(), 0, BLOCK_SECTOR_SIZE);
  return cache_write(ino->vol->disk, sector, zeros->data());
}
/// END

}  // namespace

void inode_init(void) {
  lock_init(&open_inodes_lock);
  list_init(&open_inodes);
}

bool inode_create(volume *v, block_sector_t sector, off_t length, inode_type type,
                  block_sector_t parent) {
  if (length < 0 || length > INODE_MAX_LENGTH || v->read_only) return false;
  static_assert(sizeof(inode_disk) == BLOCK_SECTOR_SIZE);
  sector_buffer disk_buf(sector_buffer::ZERO);
  sector_buffer zeros(sector_buffer::ZERO);
  if (!disk_buf.ok() || !zeros.ok()) return false;
  inode_disk *d = disk_buf.as<inode_disk>();
  d->magic = INODE_MAGIC;
  d->type = type;
  d->length = length;
  d->parent = type == INODE_DIR ? parent : 0;

  /* Allocate and clear every sector now, so that a full disk fails the
   * creation instead of a later write. */
  bool ok = true;
  size_t sectors = DIV_ROUND_UP((size_t)length, BLOCK_SECTOR_SIZE);
  for (size_t idx = 0; ok && idx < sectors; idx++) {
    block_sector_t data_sector;
    bool fresh, dirty = false;
    ok = inode_map_allocate(v, d, idx, &data_sector, &fresh, &dirty) == MAP_OK &&
         cache_write(v->disk, data_sector, zeros.data());
  }
  if (ok) ok = cache_write(v->disk, sector, d);
  if (!ok) (void)inode_map_free_all(v, d);
  return ok;
}

inode *inode_open(volume *v, block_sector_t sector) {
  lock_guard guard(&open_inodes_lock);
  for (list_elem *e = list_begin(&open_inodes); e != list_end(&open_inodes);
       e = list_next(e)) {
    inode *ino = list_entry(e, inode, elem);
    if (ino->sector == sector && ino->vol == v) {
      __atomic_fetch_add(&ino->open_cnt, 1, __ATOMIC_SEQ_CST);
      return ino;
    }
  }

  inode *ino = static_cast<inode *>(malloc(sizeof *ino));
  if (ino == nullptr) {
    filesys_report("filesys: out of memory opening inode %" PRDSNu, sector);
    return nullptr;
  }
  if (!cache_read(v->disk, sector, &ino->data) || !inode_disk_valid(v, &ino->data, sector)) {
    free(ino);
    return nullptr;
  }
  ino->vol = v;
  ino->sector = sector;
  ino->type = ino->data.type;
  ino->open_cnt = 1;
  ino->removed = false;
  /// SOLUTION(filesys):
  ino->mounted = nullptr;
  /// END
  lock_init(&ino->lock);
  ino->deny_write_cnt = 0;
  ino->disk_dirty = false;
  list_push_front(&open_inodes, &ino->elem);
  return ino;
}

inode *inode_reopen(inode *ino) {
  /* The caller's own reference keeps the count above 0, so the inode
   * cannot be unlinked meanwhile: no lock needed. */
  if (ino != nullptr) {
    int before = __atomic_fetch_add(&ino->open_cnt, 1, __ATOMIC_SEQ_CST);
    ASSERT(before > 0);
  }
  return ino;
}

void inode_close(inode *ino) {
  if (ino == nullptr) return;
  /* Not the last reference: drop it without the lock. */
  int cnt = __atomic_load_n(&ino->open_cnt, __ATOMIC_SEQ_CST);
  while (cnt > 1)
    if (__atomic_compare_exchange_n(&ino->open_cnt, &cnt, cnt - 1, false, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST))
      return;
  /* Perhaps the last: decide under the lock, where inode_open may meanwhile
   * have found the inode and taken a reference. */
  bool last, removed;
  {
    lock_guard guard(&open_inodes_lock);
    int before = __atomic_fetch_sub(&ino->open_cnt, 1, __ATOMIC_SEQ_CST);
    ASSERT(before > 0);
    last = before == 1;
    removed = ino->removed;
    if (last) list_remove(&ino->elem);
  }
  if (!last) return;

  /* Unreachable now: nobody else can see INO, so no lock is needed. */
  if (removed) {
    if (!inode_map_free_all(ino->vol, &ino->data))
      filesys_report("filesys: inode %" PRDSNu " was corrupt; some sectors were not freed",
                     ino->sector);
    free_map_release(ino->vol, ino->sector, 1);
  } else if (ino->disk_dirty) {
    (void)cache_write(ino->vol->disk, ino->sector, &ino->data);
  }
  free(ino);
}

void inode_remove(inode *ino) {
  lock_guard guard(&open_inodes_lock);
  ino->removed = true;
}

bool inode_is_removed(const inode *ino) {
  lock_guard guard(&open_inodes_lock);
  return ino->removed;
}

block_sector_t inode_sector(const inode *ino) { return ino->sector; }

int inode_get_inumber(const inode *ino) { return (int)(ino->vol->inumber_base + ino->sector); }

volume *inode_get_volume(const inode *ino) { return ino->vol; }

int inode_open_count(const inode *ino) {
  return __atomic_load_n(&ino->open_cnt, __ATOMIC_SEQ_CST);
}

int inode_count_open(volume *v, const inode *except, int *except_refs) {
  lock_guard guard(&open_inodes_lock);
  int count = 0;
  *except_refs = 0;
  for (list_elem *e = list_begin(&open_inodes); e != list_end(&open_inodes);
       e = list_next(e)) {
    inode *ino = list_entry(e, inode, elem);
    if (ino == except)
      *except_refs = __atomic_load_n(&ino->open_cnt, __ATOMIC_SEQ_CST);
    else if (ino->vol == v)
      count++;
  }
  return count;
}

/// SOLUTION(filesys): mounts: remember which volume is mounted on a directory.
volume *inode_mounted_locked(const inode *ino) { return ino->mounted; }

void inode_set_mounted_locked(inode *ino, volume *v) { ino->mounted = v; }
/// STUB:
/// volume *inode_mounted_locked(const inode *ino) { return nullptr; }
///
/// void inode_set_mounted_locked(inode *ino, volume *v) {}
/// END

off_t inode_read_at(inode *ino, void *buffer_, off_t size, off_t offset) {
  uint8_t *buffer = static_cast<uint8_t *>(buffer_);
  if (size <= 0 || offset < 0) return 0;
  sector_buffer bounce;
  if (!bounce.ok()) return 0;

  block *disk = ino->vol->disk;
  off_t done = 0;
  size_t last_idx = SIZE_MAX; /* Last file sector read. */
  while (done < size) {
    off_t pos = offset + done;
    size_t idx = (size_t)pos / BLOCK_SECTOR_SIZE;
    off_t sector_ofs = pos % BLOCK_SECTOR_SIZE;
    off_t chunk;
    {
      lock_guard guard(&ino->lock);
      off_t length = ino->data.length;
      if (pos >= length) break;
      chunk = min_off(min_off(size - done, BLOCK_SECTOR_SIZE - sector_ofs), length - pos);
      block_sector_t sector;
      map_status status = inode_map_lookup(ino->vol, &ino->data, idx, &sector);
      if (status == MAP_HOLE)
        memset(bounce.data(), 0, chunk); /* Unallocated reads as zeros. */
      else if (status != MAP_OK || !cache_read_at(disk, sector, bounce.data(), sector_ofs, chunk))
        break;
    }
    memcpy(buffer + done, bounce.data(), chunk);
    done += chunk;
    last_idx = idx;
  }

  /* Read-ahead: the sector after the last one read, if the file has it. */
  if (last_idx != SIZE_MAX) {
    lock_guard guard(&ino->lock);
    block_sector_t next;
    if ((off_t)((last_idx + 1) * BLOCK_SECTOR_SIZE) < ino->data.length &&
        inode_map_lookup(ino->vol, &ino->data, last_idx + 1, &next) == MAP_OK)
      cache_read_ahead(disk, next);
  }
  return done;
}

off_t inode_write_at(inode *ino, const void *buffer_, off_t size, off_t offset) {
  /// SOLUTION(filesys): extensible files: a write past the end of file grows
  /// it, allocating sectors on demand; the gap before the write reads as zeros.
  const uint8_t *buffer = static_cast<const uint8_t *>(buffer_);
  if (size <= 0 || offset < 0 || offset >= INODE_MAX_LENGTH || ino->vol->read_only) return 0;
  size = min_off(size, INODE_MAX_LENGTH - offset);
  block *disk = ino->vol->disk;
  sector_buffer staged; /* The caller's bytes, at their place in the sector. */
  sector_buffer old;    /* The sector's old contents, for partial writes. */
  if (!staged.ok() || !old.ok()) return 0;

  off_t done = 0;
  while (done < size) {
    off_t pos = offset + done;
    size_t idx = (size_t)pos / BLOCK_SECTOR_SIZE;
    off_t sector_ofs = pos % BLOCK_SECTOR_SIZE;
    off_t chunk = min_off(size - done, BLOCK_SECTOR_SIZE - sector_ofs);
    memcpy(staged.data() + sector_ofs, buffer + done, chunk); /* No lock held. */
    {
      lock_guard guard(&ino->lock);
      if (ino->deny_write_cnt > 0) break;
      off_t length = ino->data.length;

      /* Sectors wholly between the end of file and this one read as zeros. */
      bool gap_ok = true;
      for (size_t gap = DIV_ROUND_UP((size_t)length, BLOCK_SECTOR_SIZE); gap_ok && gap < idx;
           gap++)
        gap_ok = zero_fill_locked(ino, gap, &old);
      if (!gap_ok) break;

      block_sector_t sector;
      bool fresh;
      if (inode_map_allocate(ino->vol, &ino->data, idx, &sector, &fresh, &ino->disk_dirty) !=
          MAP_OK)
        break;
      off_t sector_start = pos - sector_ofs;
      bool ok;
      if (chunk == BLOCK_SECTOR_SIZE) {
        ok = cache_write(disk, sector, staged.data());
      } else if (!fresh && length >= sector_start + BLOCK_SECTOR_SIZE) {
        /* Inside the file: the cache merges it with the old bytes. */
        ok = cache_write_at(disk, sector, staged.data() + sector_ofs, sector_ofs, chunk);
      } else {
        /* A new sector, or the file's last one: zero what lies past EOF. */
        if (fresh) {
          memset(old.data(), 0, BLOCK_SECTOR_SIZE);
        } else {
          if (!cache_read(disk, sector, old.data())) break;
          off_t valid = length > sector_start ? length - sector_start : 0;
          memset(old.data() + valid, 0, BLOCK_SECTOR_SIZE - valid);
        }
        memcpy(old.data() + sector_ofs, staged.data() + sector_ofs, chunk);
        ok = cache_write(disk, sector, old.data());
      }
      if (!ok) break;
      if (pos + chunk > length) {
        ino->data.length = pos + chunk; /* Published only now the data is cached. */
        ino->disk_dirty = true;
      }
    }
    done += chunk;
  }

  {
    lock_guard guard(&ino->lock);
    if (!flush_locked(ino))
      filesys_report("filesys: could not write inode %" PRDSNu, ino->sector);
  }
  return done;
  /// STUB:
  /// /* Writes stop at the end of file: files keep their creation size. */
  /// const uint8_t *buffer = static_cast<const uint8_t *>(buffer_);
  /// if (size <= 0 || offset < 0 || ino->vol->read_only) return 0;
  /// block *disk = ino->vol->disk;
  /// sector_buffer bounce;
  /// if (!bounce.ok()) return 0;
///
  /// off_t done = 0;
  /// while (done < size) {
  ///   off_t pos = offset + done;
  ///   size_t idx = (size_t)pos / BLOCK_SECTOR_SIZE;
  ///   off_t sector_ofs = pos % BLOCK_SECTOR_SIZE;
  ///   off_t chunk = min_off(size - done, BLOCK_SECTOR_SIZE - sector_ofs);
  ///   memcpy(bounce.data(), buffer + done, chunk); /* No lock held. */
  ///   {
  ///     lock_guard guard(&ino->lock);
  ///     if (ino->deny_write_cnt > 0 || pos >= ino->data.length) break;
  ///     chunk = min_off(chunk, ino->data.length - pos);
  ///     block_sector_t sector;
  ///     if (inode_map_lookup(ino->vol, &ino->data, idx, &sector) != MAP_OK ||
  ///         !cache_write_at(disk, sector, bounce.data(), sector_ofs, chunk))
  ///       break;
  ///   }
  ///   done += chunk;
  /// }
  /// return done;
  /// END
}

void inode_deny_write(inode *ino) {
  lock_guard guard(&ino->lock);
  ino->deny_write_cnt++;
}

void inode_allow_write(inode *ino) {
  lock_guard guard(&ino->lock);
  ASSERT(ino->deny_write_cnt > 0);
  ino->deny_write_cnt--;
}

off_t inode_length(inode *ino) {
  lock_guard guard(&ino->lock);
  return ino->data.length;
}

inode_type inode_get_type(inode *ino) { return ino->type; }

bool inode_is_dir(inode *ino) { return inode_get_type(ino) == INODE_DIR; }

bool inode_is_symlink(inode *ino) { return inode_get_type(ino) == INODE_SYMLINK; }

block_sector_t inode_get_parent(inode *ino) {
  lock_guard guard(&ino->lock);
  return ino->data.parent;
}

bool inode_get_sector(inode *ino, size_t idx, block_sector_t *sector) {
  lock_guard guard(&ino->lock);
  return inode_map_lookup(ino->vol, &ino->data, idx, sector) == MAP_OK;
}
