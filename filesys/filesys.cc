/* filesys/filesys.cc -- the file system's operations by path name.  See
 * filesys/filesys.h for the layers, the disk layout and the lock order. */
#include "filesys/filesys.h"

#include <stdio.h>
#include <string.h>

#include "devices/block.h"
#include "filesys/cache.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"
#include "filesys/path.h"
#include "filesys/report.h"
/// SOLUTION(filesys):
#include "filesys/sector-buffer.h"
/// END
#include "filesys/volume.h"

namespace {

/* Written only by filesys_init / filesys_done, while no other thread uses
 * the file system. */
bool mounted;
/// SOLUTION(filesys): mounts: what filesys_mount needs to know about the
/// disks (formatted during this boot or not, blank or not).
bool format_on_mount; /* -f: format other disks at their first mount. */

/* Disks mounted at least once during this boot (not formatted again).
 * Guarded by dir_lock. */
constexpr size_t DISKS_MAX = 4;
block *mounted_before[DISKS_MAX];
/// END

inode *cwd_inode(dir *cwd) { return cwd != nullptr ? dir_get_inode(cwd) : nullptr; }

/// SOLUTION(filesys):
/* True if DISK is blank: its first two sectors (where the free map's and
 * the root's inodes go) are all zeros, so it holds nothing to lose. */
bool disk_blank(block *disk) {
  sector_buffer buf;
  if (!buf.ok() || block_size(disk) < 2) return false;
  for (block_sector_t s = 0; s < 2; s++) {
    if (!block_read(disk, s, buf.data())) return false;
    for (size_t i = 0; i < BLOCK_SECTOR_SIZE; i++)
      if (buf.data()[i] != 0) return false;
  }
  return true;
}
/// END

/* What filesys_create, mkdir and symlink share: looks up PATH's parent,
 * allocates an inode sector on its volume, lets MAKE write the inode
 * there, and adds the entry, all under dir_lock (so the name cannot be
 * taken meanwhile).  MAKE(volume, sector, parent sector) returns false if
 * it could not, having freed the sector and anything it allocated.
 * Returns false on any failure, leaking nothing. */
template <typename Make>
bool create_entry(dir *cwd, const char *path, bool may_end_in_slash, Make make) {
  if (!mounted) return false;
  path_result r;
  if (path_lookup(cwd_inode(cwd), path, PATH_PARENT, &r) != PATH_OK) return false;
  bool ok = false;
  if (!r.trailing_slash || may_end_in_slash) {
    lock_guard guard(&dir_lock);
    volume *v = inode_get_volume(r.inode);
    block_sector_t existing, sector;
    if (!dir_lookup_locked(r.inode, r.name, &existing) && !inode_is_removed(r.inode) &&
        free_map_allocate(v, 1, &sector)) {
      if (!make(v, sector, inode_sector(r.inode))) {
        /* MAKE cleaned up. */
      } else if (!dir_add_locked(r.inode, r.name, sector)) {
        /* Undo: removing the inode frees its data and its sector. */
        inode *ino = inode_open(v, sector);
        if (ino != nullptr) {
          inode_remove(ino);
          inode_close(ino);
        }
      } else {
        ok = true;
      }
    }
  }
  inode_close(r.inode);
  return ok;
}

/* The inode PATH names (links followed), open; NULL if none. */
inode *lookup(dir *cwd, const char *path) {
  if (!mounted) return nullptr;
  path_result r;
  return path_lookup(cwd_inode(cwd), path, PATH_FULL, &r) == PATH_OK ? r.inode : nullptr;
}

}  // namespace

void filesys_init(bool format_disk, bool basic_cache) {
  filesys_report_init();
  inode_init();
  dir_init();
  /// SOLUTION(filesys):
  format_on_mount = format_disk;
  /// END
  block *disk = block_get_role(BLOCK_FILESYS);
  if (disk == nullptr) {
    if (format_disk) printf("filesys: no file-system disk (hd0:1); -f ignored\n");
    return;
  }
  cache_init(basic_cache);
  root_volume = volume_mount(disk, format_disk ? mount_mode::FORMAT : mount_mode::CHECK);
  if (root_volume == nullptr) {
    printf("filesys: %s holds no usable file system%s; the file system is unavailable\n",
           block_name(disk), format_disk ? "" : " (format it with -f)");
    return;
  }
  mounted = true;
}

void filesys_done(void) {
  if (!mounted) return;
  if (!volume_unmount_all()) printf("filesys: some sectors could not be written back\n");
  filesys_report_summary();
  mounted = false;
}

bool filesys_mounted(void) { return mounted; }

bool filesys_sync(void) { return !mounted || cache_flush(nullptr); }

bool filesys_create(dir *cwd, const char *path, off_t initial_size) {
  return create_entry(cwd, path, false, [&](volume *v, block_sector_t sector, block_sector_t) {
    if (inode_create(v, sector, initial_size, INODE_FILE, 0)) return true;
    free_map_release(v, sector, 1);
    return false;
  });
}

bool filesys_mkdir(dir *cwd, const char *path) {
  /// SOLUTION(filesys): subdirectories: create an empty directory PATH (a path, absolute or
  /// relative to CWD) whose parent is the directory that holds it.
  return create_entry(cwd, path, true,
                      [&](volume *v, block_sector_t sector, block_sector_t parent) {
                        if (dir_create(v, sector, parent, 0)) return true;
                        free_map_release(v, sector, 1);
                        return false;
                      });
  /// STUB:
  /// return false;
  /// END
}

bool filesys_symlink(dir *cwd, const char *target, const char *linkpath) {
  /// SOLUTION(filesys): symbolic links: create LINKPATH, a link holding the path TARGET.
  size_t len = strnlen(target, PATH_MAX + 1);
  if (len == 0 || len > PATH_MAX) return false;
  return create_entry(cwd, linkpath, false, [&](volume *v, block_sector_t sector, block_sector_t) {
    /* All data sectors are allocated (zeroed) by the creation, so the
     * write below cannot run out of space. */
    if (!inode_create(v, sector, (off_t)len, INODE_SYMLINK, 0)) {
      free_map_release(v, sector, 1);
      return false;
    }
    inode *ino = inode_open(v, sector);
    if (ino == nullptr) return false; /* Reported; the sector leaks to fsck. */
    bool ok = inode_write_at(ino, target, (off_t)len, 0) == (off_t)len;
    if (!ok) inode_remove(ino); /* The last close frees it all. */
    inode_close(ino);
    return ok;
  });
  /// STUB:
  /// return false;
  /// END
}

file *filesys_open(dir *cwd, const char *path) { return file_open(lookup(cwd, path)); }

file *filesys_open_file(dir *cwd, const char *path) {
  inode *ino = lookup(cwd, path);
  if (ino != nullptr && inode_is_dir(ino)) {
    inode_close(ino);
    return nullptr;
  }
  return file_open(ino);
}

bool filesys_remove(dir *cwd, const char *path) {
  if (!mounted) return false;
  path_result r;
  if (path_lookup(cwd_inode(cwd), path, PATH_PARENT, &r) != PATH_OK) return false;
  bool ok;
  {
    lock_guard guard(&dir_lock);
    ok = !inode_get_volume(r.inode)->read_only && dir_remove_locked(r.inode, r.name);
  }
  inode_close(r.inode);
  return ok;
}

/// SOLUTION(filesys): subdirectories: a handle on the directory PATH names.
dir *filesys_open_dir(dir *cwd, const char *path) { return dir_open(lookup(cwd, path)); }
/// STUB:
/// dir *filesys_open_dir(dir *cwd, const char *path) { return nullptr; }
/// END

bool filesys_readdir(file *dir_file, char name[NAME_MAX + 1]) {
  /// SOLUTION(filesys): subdirectories: the next entry name of an open directory.
  inode *ino = file_get_inode(dir_file);
  if (!inode_is_dir(ino)) return false;
  off_t pos = file_tell(dir_file);
  bool found = dir_readdir(ino, &pos, name);
  file_seek(dir_file, pos);
  return found;
  /// STUB:
  /// return false;
  /// END
}

bool filesys_mount(dir *cwd, const char *path, int channel, int device) {
  /// SOLUTION(filesys): mounts: attach the file system of another disk at an empty
  /// directory, formatting a blank disk and checking (fsck) any other first.
  if (!mounted || channel < 0 || channel > 1 || device < 0 || device > 1) return false;
  char name[8];
  snprintf(name, sizeof name, "hd%d:%d", channel, device);
  block *disk = block_get_by_name(name);
  if (disk == nullptr) return false;
  block_type type = block_get_type(disk);
  if (type == BLOCK_FILESYS || type == BLOCK_KERNEL || type == BLOCK_SWAP) return false;

  inode *target = lookup(cwd, path);
  if (target == nullptr) return false;

  /* TARGET can take a mount: checked before the disk is touched (a refused
   * mount formats nothing), and again when attaching. */
  auto target_ok_locked = [&] {
    volume *tv = inode_get_volume(target);
    return inode_is_dir(target) && target != tv->root && !inode_is_removed(target) &&
           inode_mounted_locked(target) == nullptr && dir_is_empty_locked(target) &&
           volume_find_locked(disk) == nullptr;
  };
  bool ok, first_mount = true;
  {
    lock_guard guard(&dir_lock);
    ok = target_ok_locked();
    for (block *&seen : mounted_before) {
      if (seen == disk) first_mount = false;
      if (seen == nullptr) {
        if (ok && first_mount) seen = disk;
        break;
      }
    }
  }
  volume *v = nullptr;
  if (ok) {
    bool format = (format_on_mount && first_mount) || disk_blank(disk);
    v = volume_mount(disk, format ? mount_mode::FORMAT : mount_mode::QUIET);
    ok = v != nullptr;
  }
  if (ok) {
    lock_guard guard(&dir_lock);
    ok = target_ok_locked();
    if (ok) {
      volume_attach_locked(v, target); /* V takes our reference. */
      target = nullptr;
    }
  }
  if (!ok && v != nullptr) (void)volume_release(v);
  inode_close(target);
  return ok;
  /// STUB:
  /// return false;
  /// END
}

bool filesys_umount(dir *cwd, const char *path) {
  /// SOLUTION(filesys): mounts: detach a mounted volume that nothing uses any more.
  inode *target = lookup(cwd, path);
  if (target == nullptr) return false;
  volume *v = inode_get_volume(target);
  bool ok;
  {
    lock_guard guard(&dir_lock);
    ok = v != root_volume && target == v->root && volume_detach_locked(v, 1);
  }
  inode_close(target);
  if (ok && !volume_release(v))
    filesys_report("filesys: %s: some sectors could not be written back", block_name(v->disk));
  return ok;
  /// STUB:
  /// return false;
  /// END
}
