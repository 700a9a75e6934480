/* filesys/filesys.cc -- mounting, formatting, and operations by name.  See
 * filesys/filesys.h for the layers, the disk layout and the lock order. */
#include "filesys/filesys.h"

#include <stdio.h>

#include "devices/block.h"
#include "filesys/cache.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/free-map.h"
#include "filesys/inode.h"

block *fs_device;

namespace {

/* Written only by filesys_init / filesys_done, while no other thread uses
 * the file system. */
bool mounted;

/* Root directory entries made at format time (it grows as needed). */
constexpr size_t ROOT_DIR_ENTRIES = 16;

/* Writes an empty file system: the free map, then the root directory. */
bool format(void) {
  printf("Formatting file system...");
  bool ok = free_map_create() && dir_create(ROOT_DIR_SECTOR, ROOT_DIR_ENTRIES);
  printf(ok ? "done.\n" : "failed.\n");
  return ok;
}

/* Checks that an existing file system can be used. */
bool mount(void) {
  if (!free_map_open()) return false;
  dir *root = dir_open_root();
  if (root == nullptr) return false;
  dir_close(root);
  return true;
}

}  // namespace

void filesys_init(bool format_disk) {
  fs_device = block_get_role(BLOCK_FILESYS);
  if (fs_device == nullptr) {
    if (format_disk) printf("filesys: no file-system disk (hd0:1); -f ignored\n");
    return;
  }
  cache_init(fs_device);
  inode_init();
  dir_init();
  if (!free_map_init()) return;
  if (format_disk ? format() : mount()) {
    mounted = true;
  } else {
    free_map_close();
    printf("filesys: %s holds no usable file system%s; the file system is unavailable\n",
           block_name(fs_device), format_disk ? "" : " (format it with -f)");
  }
}

void filesys_done(void) {
  if (!mounted) return;
  free_map_close();
  if (!cache_flush()) printf("filesys: some sectors could not be written back\n");
  mounted = false;
}

bool filesys_mounted(void) { return mounted; }

bool filesys_create(const char *name, off_t initial_size) {
  if (!mounted || !dir_name_valid(name)) return false;
  dir *root = dir_open_root();
  if (root == nullptr) return false;

  /* Cheap early refusal of a taken name; dir_add() decides for good. */
  inode *existing;
  bool ok = !dir_lookup(root, name, &existing);
  inode_close(existing);

  block_sector_t sector;
  if (ok) ok = free_map_allocate(1, &sector);
  if (ok) {
    if (!inode_create(sector, initial_size, INODE_FILE)) {
      free_map_release(sector, 1);
      ok = false;
    } else if (!dir_add(root, name, sector)) {
      /* Undo: removing the inode frees its data and its sector. */
      inode *ino = inode_open(sector);
      if (ino != nullptr) {
        inode_remove(ino);
        inode_close(ino);
      }
      ok = false;
    }
  }
  dir_close(root);
  return ok;
}

file *filesys_open(const char *name) {
  if (!mounted) return nullptr;
  dir *root = dir_open_root();
  if (root == nullptr) return nullptr;
  inode *ino;
  dir_lookup(root, name, &ino);
  dir_close(root);
  return file_open(ino);
}

bool filesys_remove(const char *name) {
  if (!mounted) return false;
  dir *root = dir_open_root();
  if (root == nullptr) return false;
  bool ok = dir_remove(root, name);
  dir_close(root);
  return ok;
}
