/* filesys/inode-map.cc -- walking, growing and freeing an inode's index tree.
 * See filesys/inode-map.h for the layout.
 *
 * A file sector index is first turned into a `map_path`: the root pointer
 * inside the inode, the depth of the tree below it (0 = the root pointer is
 * the data sector, 1 = indirect, 2 = double indirect) and the entry to
 * follow in each index block.  Lookup and allocation then walk that path,
 * reading one entry of each index block through the buffer cache
 * (filesys/cache.h). */
#include "filesys/inode-map.h"

#include <stdio.h>
#include <string.h>

#include "filesys/cache.h"
#include "filesys/free-map.h"
#include "filesys/report.h"
#include "filesys/sector-buffer.h"
#include "filesys/volume.h"

namespace {

struct map_path {
  size_t depth;         /* Index blocks between the root pointer and the data. */
  size_t index[2];      /* Entry to follow in the index block at each level. */
};

/* The path to file sector IDX, with *ROOT pointing at the pointer in
 * DISK_INODE it starts from.  False if IDX >= INODE_MAX_SECTORS. */
bool path_for(inode_disk *disk_inode, size_t idx, block_sector_t **root, map_path *path) {
  constexpr size_t P = INODE_PTRS_PER_BLOCK;
  if (idx < INODE_DIRECT_CNT) {
    *root = &disk_inode->direct[idx];
    path->depth = 0;
    return true;
  }
  idx -= INODE_DIRECT_CNT;
  if (idx < P) {
    *root = &disk_inode->indirect;
    path->depth = 1;
    path->index[0] = idx;
    return true;
  }
  idx -= P;
  if (idx < P * P) {
    *root = &disk_inode->double_indirect;
    path->depth = 2;
    path->index[0] = idx / P;
    path->index[1] = idx % P;
    return true;
  }
  return false;
}

/* True if SECTOR may be a data or index sector of V: inside the disk and
 * not one of the reserved sectors 0 and 1. */
bool pointer_in_range(volume *v, block_sector_t sector) {
  return sector > ROOT_DIR_SECTOR && sector < block_size(v->disk);
}

/* pointer_in_range(), reporting the corruption if not. */
bool pointer_valid(volume *v, block_sector_t sector) {
  if (pointer_in_range(v, sector)) return true;
  filesys_report("filesys: %s: corrupt inode: sector pointer %" PRDSNu " is outside the disk",
                 block_name(v->disk), sector);
  return false;
}

/* Reads entry I of the index block in SECTOR into *ENTRY.  False on a disk
 * error. */
bool read_entry(volume *v, block_sector_t sector, size_t i, block_sector_t *entry) {
  return cache_read_at(v->disk, sector, entry, i * sizeof *entry, sizeof *entry);
}

/* Frees the subtree rooted at SECTOR, DEPTH index levels deep (0 = a data
 * sector).  Returns false if part of it could not be read. */
bool free_tree(volume *v, block_sector_t sector, size_t depth) {
  if (!pointer_valid(v, sector)) return false;
  bool ok = true;
  if (depth > 0) {
    sector_buffer index;
    if (!index.ok() || !cache_read(v->disk, sector, index.data())) return false;
    block_sector_t *entries = index.as<block_sector_t>();
    for (size_t i = 0; i < INODE_PTRS_PER_BLOCK; i++)
      if (entries[i] != 0 && !free_tree(v, entries[i], depth - 1)) ok = false;
  }
  free_map_release(v, sector, 1);
  return ok;
}

/// SOLUTION(filesys): fsck: visiting every sector of an index tree.
/* Visits the subtree rooted at SECTOR (see inode_map_walk). */
bool walk_tree(volume *v, block_sector_t sector, size_t depth,
               bool (*visit)(void *aux, block_sector_t sector), void *aux) {
  if (!pointer_in_range(v, sector) || !visit(aux, sector)) return false;
  if (depth == 0) return true;
  sector_buffer index;
  if (!index.ok() || !cache_read(v->disk, sector, index.data())) return false;
  block_sector_t *entries = index.as<block_sector_t>();
  for (size_t i = 0; i < INODE_PTRS_PER_BLOCK; i++)
    if (entries[i] != 0 && !walk_tree(v, entries[i], depth - 1, visit, aux)) return false;
  return true;
}
/// END

}  // namespace

bool inode_disk_valid(volume *v, const inode_disk *d, block_sector_t sector, bool quiet) {
  const char *disk = block_name(v->disk);
  if (d->magic != INODE_MAGIC) {
    if (!quiet)
      filesys_report("filesys: %s: sector %" PRDSNu " is not an inode (bad magic 0x%08x)", disk,
                     sector, d->magic);
    return false;
  }
  if (d->type != INODE_FILE && d->type != INODE_DIR && d->type != INODE_SYMLINK) {
    if (!quiet)
      filesys_report("filesys: %s: inode %" PRDSNu " has unknown type %u", disk, sector,
                     (unsigned)d->type);
    return false;
  }
  if (d->length < 0 || d->length > INODE_MAX_LENGTH) {
    if (!quiet)
      filesys_report("filesys: %s: inode %" PRDSNu " has impossible length %" PROTd, disk,
                     sector, d->length);
    return false;
  }
  if (d->type == INODE_DIR && d->parent >= block_size(v->disk)) {
    if (!quiet)
      filesys_report("filesys: %s: directory %" PRDSNu " has parent %" PRDSNu
                     " outside the disk", disk, sector, d->parent);
    return false;
  }
  return true;
}

map_status inode_map_lookup(volume *v, const inode_disk *disk_inode, size_t idx,
                            block_sector_t *sector) {
  block_sector_t *root;
  map_path path;
  /* path_for only computes addresses; it does not modify the inode. */
  if (!path_for(const_cast<inode_disk *>(disk_inode), idx, &root, &path)) return MAP_HOLE;

  block_sector_t cur = *root;
  for (size_t level = 0; level < path.depth; level++) {
    if (cur == 0) return MAP_HOLE;
    if (!pointer_valid(v, cur)) return MAP_CORRUPT;
    if (!read_entry(v, cur, path.index[level], &cur)) return MAP_IO_ERROR;
  }
  if (cur == 0) return MAP_HOLE;
  if (!pointer_valid(v, cur)) return MAP_CORRUPT;
  *sector = cur;
  return MAP_OK;
}

map_status inode_map_allocate(volume *v, inode_disk *disk_inode, size_t idx,
                              block_sector_t *sector, bool *fresh, bool *inode_dirty) {
  block_sector_t *root;
  map_path path;
  if (!path_for(disk_inode, idx, &root, &path)) return MAP_NO_SPACE;

  block_sector_t parent_sector = 0; /* Deepest existing index block on the path. */

  /* 1. Walk down while the path exists. */
  size_t level = 0;
  block_sector_t cur = *root;
  while (cur != 0 && level < path.depth) {
    if (!pointer_valid(v, cur)) return MAP_CORRUPT;
    parent_sector = cur;
    if (!read_entry(v, parent_sector, path.index[level], &cur)) return MAP_IO_ERROR;
    level++;
  }
  if (cur != 0) {
    if (!pointer_valid(v, cur)) return MAP_CORRUPT;
    *sector = cur;
    *fresh = false;
    return MAP_OK;
  }

  /* 2. Levels LEVEL..DEPTH are missing: get all their sectors first, so
   * that running out of space changes nothing. */
  size_t count = path.depth - level + 1;
  block_sector_t fresh_sectors[3];
  for (size_t i = 0; i < count; i++) {
    if (!free_map_allocate(v, 1, &fresh_sectors[i])) {
      for (size_t j = 0; j < i; j++) free_map_release(v, fresh_sectors[j], 1);
      return MAP_NO_SPACE;
    }
  }
  auto release_all = [&] {
    for (size_t j = 0; j < count; j++) free_map_release(v, fresh_sectors[j], 1);
  };

  /* 3. Write the new index blocks, deepest first; each has one entry. */
  sector_buffer new_index;
  if (!new_index.ok()) {
    release_all();
    return MAP_IO_ERROR;
  }
  for (size_t i = count - 1; i-- > 0;) {
    memset(new_index.data(), 0, BLOCK_SECTOR_SIZE);
    new_index.as<block_sector_t>()[path.index[level + i]] = fresh_sectors[i + 1];
    if (!cache_write(v->disk, fresh_sectors[i], new_index.data())) {
      release_all();
      return MAP_IO_ERROR;
    }
  }

  /* 4. Link the new subtree into its parent: the inode or an index block. */
  if (level == 0) {
    *root = fresh_sectors[0];
    *inode_dirty = true;
  } else {
    size_t i = path.index[level - 1];
    if (!cache_write_at(v->disk, parent_sector, &fresh_sectors[0], i * sizeof(block_sector_t),
                        sizeof(block_sector_t))) {
      release_all();
      return MAP_IO_ERROR;
    }
  }
  *sector = fresh_sectors[count - 1];
  *fresh = true;
  return MAP_OK;
}

bool inode_map_free_all(volume *v, inode_disk *disk_inode) {
  bool ok = true;
  for (block_sector_t &direct : disk_inode->direct) {
    if (direct != 0 && !free_tree(v, direct, 0)) ok = false;
    direct = 0;
  }
  if (disk_inode->indirect != 0 && !free_tree(v, disk_inode->indirect, 1)) ok = false;
  if (disk_inode->double_indirect != 0 && !free_tree(v, disk_inode->double_indirect, 2))
    ok = false;
  disk_inode->indirect = 0;
  disk_inode->double_indirect = 0;
  return ok;
}

/// SOLUTION(filesys): fsck: visiting every sector of an index tree.
bool inode_map_walk(volume *v, const inode_disk *disk_inode,
                    bool (*visit)(void *aux, block_sector_t sector), void *aux) {
  for (block_sector_t direct : disk_inode->direct)
    if (direct != 0 && !walk_tree(v, direct, 0, visit, aux)) return false;
  if (disk_inode->indirect != 0 && !walk_tree(v, disk_inode->indirect, 1, visit, aux))
    return false;
  if (disk_inode->double_indirect != 0 &&
      !walk_tree(v, disk_inode->double_indirect, 2, visit, aux))
    return false;
  return true;
}
/// END
