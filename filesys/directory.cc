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

/* Finds the in-use entry called NAME in D.  Returns true and fills *E and
 * *OFS if found.  Caller holds dir_lock. */
bool find_locked(dir *d, const char *name, dir_entry *e, off_t *ofs) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  for (off_t pos = 0; read_entry(d, pos, e); pos += sizeof *e) {
    if (e->in_use && strcmp(e->name, name) == 0) {
      *ofs = pos;
      return true;
    }
  }
  return false;
}

/* True if NAME can be stored in an entry. */
bool name_valid(const char *name) {
  size_t len = strnlen(name, NAME_MAX + 1);
  return len > 0 && len <= NAME_MAX && strchr(name, '/') == nullptr;
}

}  // namespace

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
  if (!name_valid(name)) return false;
  LockGuard guard(&dir_lock);
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
  if (!name_valid(name)) return false;
  LockGuard guard(&dir_lock);
  dir_entry e;
  off_t ofs;
  if (find_locked(d, name, &e, &ofs)) return false;

  /* First free slot, else the end of the directory. */
  for (ofs = 0; read_entry(d, ofs, &e); ofs += sizeof e)
    if (!e.in_use) break;
  memset(&e, 0, sizeof e);
  e.inode_sector = inode_sector;
  strlcpy(e.name, name, sizeof e.name);
  e.in_use = true;
  return inode_write_at(d->inode, &e, sizeof e, ofs) == sizeof e;
}

bool dir_remove(dir *d, const char *name) {
  if (!name_valid(name)) return false;
  LockGuard guard(&dir_lock);
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
  LockGuard guard(&dir_lock);
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
