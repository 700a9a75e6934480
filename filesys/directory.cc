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
 * A free slot (in_use = 0) is reused by dir_add_locked(); when none is
 * free the entry goes at the end and the directory grows. */
#include "filesys/directory.h"

#include <debug.h>
#include <string.h>

#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "filesys/report.h"
#include "filesys/volume.h"
#include "kernel/malloc.h"

struct lock dir_lock;

struct dir {
  struct inode *inode; /* Owned reference. */
};

namespace {

struct dir_entry {
  block_sector_t inode_sector; /* Sector of the entry's inode. */
  char name[NAME_MAX + 1];     /* NUL-terminated name. */
  bool in_use;                 /* Free slot if false. */
};
static_assert(sizeof(dir_entry) == 20, "directory entries are part of the disk format");

/* Most entries read per inode_read_at() by scan_locked(): about 2 KiB
 * (the largest malloc block that is not a page of its own), so a scan of a
 * big directory costs a few calls, not one per entry. */
constexpr size_t SCAN_BATCH = 2000 / sizeof(dir_entry);
/* Entries a scan reads into a stack buffer (a directory of up to this many
 * entries needs no heap): 320 bytes of the 8 KiB kernel stack. */
constexpr size_t SMALL_BATCH = 16;

enum class scan_result { FOUND, END, NO_MEMORY };

/* Calls VISIT(entry, offset) for each entry of DIR, in order, until it
 * returns true; returns FOUND then, END at the end of the directory, and
 * NO_MEMORY (having visited nothing) if memory is short.  Caller holds
 * dir_lock. */
template <typename Visit>
scan_result scan_locked(inode *dir, Visit visit) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  /* A small directory is read into a buffer on the stack (no malloc on
   * the path of every open), a bigger one into a heap batch. */
  size_t batch_cnt = (size_t)inode_length(dir) / sizeof(dir_entry);
  if (batch_cnt > SCAN_BATCH) batch_cnt = SCAN_BATCH;
  if (batch_cnt == 0) return scan_result::END;
  dir_entry small[SMALL_BATCH];
  dir_entry *batch = small;
  if (batch_cnt > SMALL_BATCH) {
    batch = static_cast<dir_entry *>(malloc(batch_cnt * sizeof *batch));
    if (batch == nullptr) return scan_result::NO_MEMORY;
  }
  bool found = false;
  for (off_t pos = 0; !found;) {
    off_t n = inode_read_at(dir, batch, batch_cnt * sizeof *batch, pos);
    size_t cnt = (size_t)n / sizeof *batch;
    for (size_t i = 0; i < cnt && !found; i++) {
      batch[i].name[NAME_MAX] = '\0'; /* Never trust the disk to terminate it. */
      found = visit(batch[i], pos + (off_t)(i * sizeof *batch));
    }
    if (cnt < batch_cnt) break;
    pos += n;
  }
  if (batch != small) free(batch);
  return found ? scan_result::FOUND : scan_result::END;
}

/* Finds the in-use entry called NAME in DIR.  Returns true and fills *E and
 * *OFS if found.  Caller holds dir_lock. */
bool find_locked(inode *dir, const char *name, dir_entry *e, off_t *ofs) {
  return scan_locked(dir, [&](const dir_entry &candidate, off_t at) {
           if (!candidate.in_use || strcmp(candidate.name, name) != 0) return false;
           *e = candidate;
           *ofs = at;
           return true;
         }) == scan_result::FOUND;
}

}  // namespace

bool dir_name_valid(const char *name) {
  size_t len = strnlen(name, NAME_MAX + 1);
  return len > 0 && len <= NAME_MAX && strchr(name, '/') == nullptr &&
         strcmp(name, ".") != 0 && strcmp(name, "..") != 0;
}

void dir_init(void) { lock_init(&dir_lock); }

bool dir_create(volume *v, block_sector_t sector, block_sector_t parent, size_t entry_cnt) {
  return inode_create(v, sector, (off_t)(entry_cnt * sizeof(dir_entry)), INODE_DIR, parent);
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
  return d;
}

dir *dir_reopen(dir *d) { return dir_open(inode_reopen(d->inode)); }

void dir_close(dir *d) {
  if (d == nullptr) return;
  inode_close(d->inode);
  free(d);
}

inode *dir_get_inode(dir *d) { return d->inode; }

bool dir_lookup_locked(inode *dir, const char *name, block_sector_t *sector) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  if (!dir_name_valid(name) || inode_is_removed(dir)) return false;
  dir_entry e;
  off_t ofs;
  if (!find_locked(dir, name, &e, &ofs)) return false;
  if (e.inode_sector == FREE_MAP_SECTOR || e.inode_sector == ROOT_DIR_SECTOR) {
    filesys_report("filesys: corrupt directory entry '%s' (names reserved sector %" PRDSNu ")",
                   e.name, e.inode_sector);
    return false;
  }
  *sector = e.inode_sector;
  return true;
}

bool dir_add_locked(inode *dir, const char *name, block_sector_t inode_sector) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  if (!dir_name_valid(name) || inode_is_removed(dir)) return false;

  /* One pass: NAME must not be there; remember the first free slot, else
   * the entry goes at the end of the directory (whole entries only). */
  off_t ofs = -1;
  scan_result r = scan_locked(dir, [&](const dir_entry &candidate, off_t at) {
    if (!candidate.in_use) {
      if (ofs < 0) ofs = at;
      return false;
    }
    return strcmp(candidate.name, name) == 0;
  });
  if (r != scan_result::END) return false; /* Taken, or no memory to tell. */
  if (ofs < 0) ofs = inode_length(dir) / (off_t)sizeof(dir_entry) * (off_t)sizeof(dir_entry);
  dir_entry e;
  memset(&e, 0, sizeof e);
  e.inode_sector = inode_sector;
  strlcpy(e.name, name, sizeof e.name);
  e.in_use = true;
  return inode_write_at(dir, &e, sizeof e, ofs) == sizeof e;
}

bool dir_is_empty_locked(inode *dir) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  return scan_locked(dir, [](const dir_entry &e, off_t) { return e.in_use; }) ==
         scan_result::END;
}

bool dir_remove_locked(inode *dir, const char *name) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  if (!dir_name_valid(name) || inode_is_removed(dir)) return false;
  dir_entry e;
  off_t ofs;
  if (!find_locked(dir, name, &e, &ofs)) return false;
  volume *v = inode_get_volume(dir);
  if (e.inode_sector == FREE_MAP_SECTOR || e.inode_sector == ROOT_DIR_SECTOR) return false;
  inode *ino = inode_open(v, e.inode_sector);
  if (ino != nullptr && inode_is_dir(ino) &&
      (inode_mounted_locked(ino) != nullptr || !dir_is_empty_locked(ino))) {
    inode_close(ino);
    return false;
  }

  /* Drop the entry even if its inode is corrupt: the name must go. */
  e.in_use = false;
  if (inode_write_at(dir, &e, sizeof e, ofs) != sizeof e) {
    inode_close(ino);
    return false;
  }
  if (ino != nullptr) {
    inode_remove(ino);
    inode_close(ino);
  }
  return true;
}

bool dir_readdir(inode *dir, off_t *pos, char name[NAME_MAX + 1]) {
  lock_guard guard(&dir_lock);
  if (inode_is_removed(dir)) return false;
  dir_entry e;
  while (*pos >= 0 && inode_read_at(dir, &e, sizeof e, *pos) == sizeof e) {
    *pos += sizeof e;
    if (e.in_use) {
      e.name[NAME_MAX] = '\0'; /* Never trust the disk to terminate it. */
      strlcpy(name, e.name, NAME_MAX + 1);
      return true;
    }
  }
  return false;
}
