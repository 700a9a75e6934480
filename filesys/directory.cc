/* filesys/directory.cc -- directory entries: lookup, add, remove, listing.
 * See filesys/directory.h for the model and the lock.
 *
 * A directory's data is a plain array of 20-byte entries (the last partial
 * entry, if the length is not a multiple of 20, is ignored):
 *
 *     +--------------+-------------------------+--------+
 *     | inode sector | name, NUL-padded         | in use |
 *     +--------------+-------------------------+--------+
 *       4 bytes        NAME_MAX + 1 = 15 bytes   1 byte
 *
 * A free slot (in_use = 0) is reused by dir_add(); when none is free the
 * entry goes at the end and the directory grows. */
#include "filesys/directory.h"

#include <debug.h>
#include <stdio.h>
#include <string.h>

#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "kernel/malloc.h"
#include "kernel/synch.h"

struct dir {
  struct inode *inode; /* Owned reference. */
  off_t pos;    /* Byte offset of the next entry dir_readdir() looks at. */
};

namespace {

struct dir_entry {
  block_sector_t inode_sector; /* Sector of the entry's inode. */
  char name[NAME_MAX + 1];     /* NUL-terminated name. */
  bool in_use;                 /* Free slot if false. */
};
static_assert(sizeof(dir_entry) == 20, "directory entries are part of the disk format");

struct lock dir_lock; /* Guards the contents of every directory. */

/* Reads the entry at OFS of D into *E.  Returns false at the end of the
 * directory (or on a read error). */
bool read_entry(dir *d, off_t ofs, dir_entry *e) {
  if (inode_read_at(d->inode, e, sizeof *e, ofs) != sizeof *e) return false;
  e->name[NAME_MAX] = '\0'; /* Never trust the disk to terminate it. */
  return true;
}

/* Entries read per inode_read_at() by scan_locked(): at most two sector
 * reads per batch instead of one per entry. */
constexpr size_t SCAN_BATCH = BLOCK_SECTOR_SIZE / sizeof(dir_entry);

/* Calls VISIT(entry, offset) for each entry of D, in order, until it
 * returns true; returns true then, false at the end of the directory (or
 * if memory is short).  Caller holds dir_lock. */
template <typename Visit>
bool scan_locked(dir *d, Visit visit) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  dir_entry *batch = static_cast<dir_entry *>(malloc(SCAN_BATCH * sizeof *batch));
  if (batch == nullptr) return false;
  bool found = false;
  for (off_t pos = 0; !found;) {
    off_t n = inode_read_at(d->inode, batch, SCAN_BATCH * sizeof *batch, pos);
    size_t cnt = (size_t)n / sizeof *batch;
    for (size_t i = 0; i < cnt && !found; i++) {
      batch[i].name[NAME_MAX] = '\0'; /* Never trust the disk to terminate it. */
      found = visit(batch[i], pos + (off_t)(i * sizeof *batch));
    }
    if (cnt < SCAN_BATCH) break;
    pos += n;
  }
  free(batch);
  return found;
}

/* Finds the in-use entry called NAME in D.  Returns true and fills *E and
 * *OFS if found.  Caller holds dir_lock. */
bool find_locked(dir *d, const char *name, dir_entry *e, off_t *ofs) {
  return scan_locked(d, [&](const dir_entry &candidate, off_t at) {
    if (!candidate.in_use || strcmp(candidate.name, name) != 0) return false;
    *e = candidate;
    *ofs = at;
    return true;
  });
}

}  // namespace

bool dir_name_valid(const char *name) {
  size_t len = strnlen(name, NAME_MAX + 1);
  return len > 0 && len <= NAME_MAX && strchr(name, '/') == nullptr;
}

void dir_init(void) { lock_init(&dir_lock); }

bool dir_create(block_sector_t sector, size_t entry_cnt) {
  return inode_create(sector, (off_t)(entry_cnt * sizeof(dir_entry)), INODE_DIR);
}

dir *dir_open(inode *ino) {
  if (ino == nullptr) return nullptr;
  if (!inode_is_dir(ino)) {
    inode_close(ino);
    return nullptr;
  }
  dir *d = static_cast<dir *>(malloc(sizeof *d));
  if (d == nullptr) {
    inode_close(ino);
    return nullptr;
  }
  d->inode = ino;
  d->pos = 0;
  return d;
}

dir *dir_open_root(void) {
  dir *d = dir_open(inode_open(ROOT_DIR_SECTOR));
  if (d == nullptr) printf("filesys: cannot open the root directory\n");
  return d;
}

dir *dir_reopen(dir *d) { return dir_open(inode_reopen(d->inode)); }

void dir_close(dir *d) {
  if (d == nullptr) return;
  inode_close(d->inode);
  free(d);
}

inode *dir_get_inode(dir *d) { return d->inode; }

bool dir_lookup(dir *d, const char *name, inode **ino) {
  *ino = nullptr;
  if (!dir_name_valid(name)) return false;
  lock_guard guard(&dir_lock);
  dir_entry e;
  off_t ofs;
  if (!find_locked(d, name, &e, &ofs)) return false;
  if (e.inode_sector == FREE_MAP_SECTOR) {
    printf("filesys: corrupt directory entry '%s' (points at the free map)\n", e.name);
    return false;
  }
  *ino = inode_open(e.inode_sector);
  return *ino != nullptr;
}

bool dir_add(dir *d, const char *name, block_sector_t inode_sector) {
  if (!dir_name_valid(name)) return false;
  lock_guard guard(&dir_lock);
  dir_entry e;
  off_t ofs;
  if (find_locked(d, name, &e, &ofs)) return false;

  /* First free slot, else the end of the directory (whole entries only). */
  bool reuse = scan_locked(d, [&](const dir_entry &candidate, off_t at) {
    ofs = at;
    return !candidate.in_use;
  });
  if (!reuse) ofs = inode_length(d->inode) / (off_t)sizeof e * (off_t)sizeof e;
  memset(&e, 0, sizeof e);
  e.inode_sector = inode_sector;
  strlcpy(e.name, name, sizeof e.name);
  e.in_use = true;
  return inode_write_at(d->inode, &e, sizeof e, ofs) == sizeof e;
}

bool dir_remove(dir *d, const char *name) {
  if (!dir_name_valid(name)) return false;
  lock_guard guard(&dir_lock);
  dir_entry e;
  off_t ofs;
  if (!find_locked(d, name, &e, &ofs)) return false;
  inode *ino = e.inode_sector != FREE_MAP_SECTOR ? inode_open(e.inode_sector) : nullptr;

  /* Drop the entry even if its inode is corrupt: the name must go. */
  e.in_use = false;
  if (inode_write_at(d->inode, &e, sizeof e, ofs) != sizeof e) {
    inode_close(ino);
    return false;
  }
  if (ino != nullptr) {
    inode_remove(ino);
    inode_close(ino);
  }
  return true;
}

bool dir_readdir(dir *d, char name[NAME_MAX + 1]) {
  lock_guard guard(&dir_lock);
  dir_entry e;
  while (read_entry(d, d->pos, &e)) {
    d->pos += sizeof e;
    if (e.in_use) {
      strlcpy(name, e.name, NAME_MAX + 1);
      return true;
    }
  }
  return false;
}
