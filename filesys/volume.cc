/* filesys/volume.cc -- setting volumes up and taking them down.  See
 * filesys/volume.h. */
#include "filesys/volume.h"

#include <debug.h>
#include <stdio.h>

#include "filesys/cache.h"
#include "filesys/directory.h"
#include "filesys/fsck.h"
#include "filesys/inode.h"
#include "filesys/report.h"
#include "kernel/malloc.h"

volume *root_volume;

namespace {

/* Root directory entries made at format time (it grows as needed). */
constexpr size_t ROOT_DIR_ENTRIES = 16;
/// SOLUTION(filesys): mounts: the table of mounted volumes.
/* Mounted volumes other than the root one (one per IDE slot at most).
 * Guarded by dir_lock. */
constexpr size_t MOUNT_MAX = 4;
volume *mounts[MOUNT_MAX];
/// END

/* The inumber base of DISK: 0 for the file-system disk, else one step per
 * IDE slot "hdC:D" (see volume.h). */
uint32_t inumber_base(block *disk) {
  if (block_get_type(disk) == BLOCK_FILESYS) return 0;
  const char *name = block_name(disk); /* "hdC:D" */
  uint32_t slot = (uint32_t)(name[2] - '0') * 2 + (uint32_t)(name[4] - '0');
  return (slot + 1) << VOLUME_INUMBER_SHIFT;
}

/* Writes an empty file system to V: the free map, then the root. */
bool format(volume *v) {
  printf("Formatting file system...");
  bool ok = free_map_create(v) && dir_create(v, ROOT_DIR_SECTOR, ROOT_DIR_SECTOR,
                                             ROOT_DIR_ENTRIES);
  printf(ok ? "done.\n" : "failed.\n");
  return ok;
}

/* Checks the file system already on V. */
bool check(volume *v, mount_mode mode) {
  if (!free_map_open(v)) return false;
  switch (fsck_volume(v, mode == mount_mode::QUIET ? FSCK_QUIET : FSCK_REPAIR)) {
    case FSCK_CLEAN:
    case FSCK_REPAIRED:
      return true;
    case FSCK_DAMAGED:
      if (mode == mount_mode::QUIET) return false;
      filesys_report("fsck: %s: damage that cannot be repaired: mounted read-only",
                     block_name(v->disk));
      v->read_only = true;
      return true;
    case FSCK_FAILED:
      break;
  }
  return false;
}

}  // namespace

volume *volume_mount(block *disk, mount_mode mode) {
  if (block_size(disk) >= (1u << VOLUME_INUMBER_SHIFT)) {
    filesys_report("filesys: %s is too large (at most %u sectors)", block_name(disk),
                   (1u << VOLUME_INUMBER_SHIFT) - 1);
    return nullptr;
  }
  volume *v = static_cast<volume *>(calloc(1, sizeof *v));
  if (v == nullptr) {
    filesys_report("filesys: out of memory mounting %s", block_name(disk));
    return nullptr;
  }
  v->disk = disk;
  v->inumber_base = inumber_base(disk);
  bool ok = free_map_init(v) && (mode == mount_mode::FORMAT ? format(v) : check(v, mode));
  if (ok) {
    v->root = inode_open(v, ROOT_DIR_SECTOR);
    ok = v->root != nullptr && inode_is_dir(v->root);
  }
  if (!ok) {
    (void)volume_release(v);
    return nullptr;
  }
  return v;
}

bool volume_release(volume *v) {
  inode_close(v->root);
  inode_close(v->covered);
  bool ok = cache_drop(v->disk);
  free_map_close(v);
  free(v);
  return ok;
}

volume *volume_find_locked(block *disk) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  if (root_volume != nullptr && root_volume->disk == disk) return root_volume;
  /// SOLUTION(filesys): mounts: look among the mounted volumes too.
  for (volume *v : mounts)
    if (v != nullptr && v->disk == disk) return v;
  /// END
  return nullptr;
}

void volume_attach_locked(volume *v, inode *covered) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  /// SOLUTION(filesys): mounts: enter V in the mount table, covering COVERED.
  for (volume *&slot : mounts) {
    if (slot == nullptr) {
      slot = v;
      v->covered = covered;
      inode_set_mounted_locked(covered, v);
      return;
    }
  }
  NOT_REACHED(); /* One volume per disk: never more than MOUNT_MAX. */
  /// END
}

bool volume_detach_locked(volume *v, int extra_root_refs) {
  ASSERT(lock_held_by_current_thread(&dir_lock));
  /// SOLUTION(filesys): mounts: take V out of the mount table unless it is in use.
  int root_refs;
  if (inode_count_open(v, v->root, &root_refs) > 0 || root_refs > 1 + extra_root_refs)
    return false;
  for (volume *&slot : mounts)
    if (slot == v) slot = nullptr;
  inode_set_mounted_locked(v->covered, nullptr);
  return true;
  /// STUB:
  /// return false;
  /// END
}

bool volume_unmount_all(void) {
  bool ok = true;
  /// SOLUTION(filesys): mounts: unmount the mounted volumes first.
  for (;;) {
    /* Any detachable one: a volume mounted inside another keeps the outer
     * one busy (its covered directory is open) until it is gone. */
    volume *v = nullptr;
    {
      lock_guard guard(&dir_lock);
      for (volume *candidate : mounts)
        if (v == nullptr && candidate != nullptr && volume_detach_locked(candidate, 0))
          v = candidate;
      if (v == nullptr) break;
    }
    if (!volume_release(v)) ok = false;
  }
  /// END
  /* Busy volumes (programs still running at halt) and the root volume stay
   * mounted; their sectors are written back all the same. */
  if (!cache_flush(nullptr)) ok = false;
  return ok;
}
