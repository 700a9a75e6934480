/* filesys/inode-map.h -- the on-disk inode and its index tree: which disk
 * sector holds each sector of a file.
 *
 * Layer: filesys/, below filesys/inode.cc and fsck.cc (its only users) and
 * above the free map and the buffer cache (filesys/cache.h).  Owns the
 * disk format of an inode; holds no state of its own.  Every function
 * works on a caller's in-memory copy of an on-disk inode, which the
 * caller's lock protects and which the caller writes back when a function
 * says it changed it.
 *
 * On-disk inode, one sector:
 *
 *     +-------+------+--------+--------+------------------+----------+-----------+
 *     | magic | type | length | parent | direct[0 .. 121] | indirect | dbl_indir |
 *     +-------+------+--------+--------+------------------+----------+-----------+
 *       4       4      4        4        122 x 4            4          4   = 512
 *
 * `type` is a file, a directory or a symbolic link (whose data is the
 * target path).  `parent` is, for a directory, the sector of the directory
 * that holds its entry (the root: its own sector); ".." follows it.  It is
 * 0 for other types.  File sector i (byte offset i * 512) is found at
 *
 *     i <  122                      direct[i]
 *     i <  122 + 128                indirect ──> [i - 122]
 *     i <  122 + 128 + 128 * 128    dbl_indir ──> [(i - 250) / 128] ──> [(i - 250) % 128]
 *
 * where each index block is one sector of 128 block_sector_t.  So a file
 * holds at most 16,634 sectors (8,516,608 bytes, about 8 MiB).
 *
 * Pointer value 0 means "not allocated": sector 0 holds the free map's
 * inode and is never a data or index sector.  Sectors are allocated on
 * demand by inode_map_allocate() and all freed at once by
 * inode_map_free_all() (files never shrink).  A pointer read from disk that
 * lies outside the disk is corruption: functions report it and return
 * MAP_CORRUPT instead of following it.  Each function takes the volume
 * (filesys/volume.h) the inode lives on: its disk and its free map. */
#ifndef FILESYS_INODE_MAP_H
#define FILESYS_INODE_MAP_H

#include <stddef.h>
#include <stdint.h>

#include "devices/block.h"
#include "filesys/off_t.h"

/* Identifies an on-disk inode ("INOD" read as a little-endian word). */
constexpr uint32_t INODE_MAGIC = 0x444f4e49;

enum inode_type : uint32_t {
  INODE_FILE = 1,
  INODE_DIR = 2,
  INODE_SYMLINK = 3,
};

struct volume;

constexpr size_t INODE_DIRECT_CNT = 122;
constexpr size_t INODE_PTRS_PER_BLOCK = BLOCK_SECTOR_SIZE / sizeof(block_sector_t);
constexpr size_t INODE_MAX_SECTORS =
    INODE_DIRECT_CNT + INODE_PTRS_PER_BLOCK + INODE_PTRS_PER_BLOCK * INODE_PTRS_PER_BLOCK;
/* Largest file length in bytes. */
constexpr off_t INODE_MAX_LENGTH = (off_t)(INODE_MAX_SECTORS * BLOCK_SECTOR_SIZE);

struct inode_disk {
  uint32_t magic;                              /* INODE_MAGIC */
  inode_type type;                             /* INODE_FILE or INODE_DIR */
  off_t length;                                /* File size in bytes. */
  block_sector_t parent;                       /* Directories: see above. */
  block_sector_t direct[INODE_DIRECT_CNT];     /* File sectors 0..121. */
  block_sector_t indirect;                     /* Index block for the next 128. */
  block_sector_t double_indirect;              /* Index of index blocks. */
};
static_assert(sizeof(inode_disk) == BLOCK_SECTOR_SIZE, "an inode is one sector");

/* Results of the map functions. */
enum [[nodiscard]] map_status {
  MAP_OK,
  MAP_HOLE,     /* Lookup: the file sector has no disk sector. */
  MAP_NO_SPACE, /* Disk full, or past INODE_MAX_SECTORS. */
  MAP_CORRUPT,  /* An out-of-range pointer on disk (already reported). */
  MAP_IO_ERROR, /* A disk transfer or a buffer allocation failed. */
};

/* True if DISK_INODE looks like an inode: magic, type, and a length within
 * [0, INODE_MAX_LENGTH].  Otherwise reports why, naming SECTOR of V (unless
 * QUIET), and returns false. */
bool inode_disk_valid(volume *v, const inode_disk *disk_inode, block_sector_t sector,
                      bool quiet = false);

/* Finds the disk sector that holds file sector IDX of DISK_INODE and stores
 * it in *SECTOR.  Returns MAP_OK, MAP_HOLE if none is allocated, or
 * MAP_CORRUPT / MAP_IO_ERROR.  Reads index blocks; may sleep.  Caller holds
 * the lock that guards DISK_INODE. */
map_status inode_map_lookup(volume *v, const inode_disk *disk_inode, size_t idx,
                            block_sector_t *sector);

/* Like inode_map_lookup(), but allocates the data sector (and any missing
 * index blocks) when there is none.  On MAP_OK, *SECTOR is the data sector
 * and *FRESH says whether it was just allocated (its contents are then
 * garbage: the caller must write all of it).  New index blocks are written
 * to disk; DISK_INODE's own pointers may change, in which case *INODE_DIRTY
 * is set and the caller must write DISK_INODE back.  On any failure nothing
 * is allocated and DISK_INODE is unchanged.  Takes the free-map lock; may
 * sleep.  Caller holds the lock that guards DISK_INODE. */
map_status inode_map_allocate(volume *v, inode_disk *disk_inode, size_t idx,
                              block_sector_t *sector, bool *fresh, bool *inode_dirty);

/* Releases every data and index sector DISK_INODE points to (whatever its
 * length) and clears its pointers.  Out-of-range pointers are reported and
 * skipped.  Returns false if some part of the tree could not be read (those
 * sectors leak; the disk was corrupt or failing).  May sleep. */
bool inode_map_free_all(volume *v, inode_disk *disk_inode);

/// SOLUTION(filesys):
/* For fsck: calls VISIT(AUX, SECTOR) for every index and data sector
 * DISK_INODE points to, checking nothing but the range of each pointer.
 * Returns false, stopping the walk, if VISIT returns false, a pointer is
 * out of range or an index block cannot be read.  Reports nothing.  May
 * sleep. */
bool inode_map_walk(volume *v, const inode_disk *disk_inode,
                    bool (*visit)(void *aux, block_sector_t sector), void *aux);
/// END

#endif /* FILESYS_INODE_MAP_H */
