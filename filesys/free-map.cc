/* filesys/free-map.cc -- the free map: one bit per sector, written through to
 * the free-map file.  See filesys/free-map.h for the format and the rules.
 *
 * The bits live in `bits`, a buffer rounded up to whole sectors so that
 * sector k of the free-map file is exactly bits[512k .. 512k + 511]; bytes
 * past the file's length stay zero.  Once the file exists, `file_sectors`
 * lists the disk sector holding each of its sectors (looked up once, at
 * create or open), so a change is written with one cache_write per sector
 * touched, never through the inode layer: this keeps free_map_lock above
 * only the buffer cache's locks. */
#include "filesys/free-map.h"

#include <round.h>
#include <debug.h>
#include <stdio.h>
#include <string.h>

#include "filesys/cache.h"
#include "filesys/filesys.h"
#include "filesys/inode.h"
#include "kernel/malloc.h"
#include "kernel/synch.h"

namespace {

lock free_map_lock;

/* All guarded by free_map_lock. */
uint8_t *bits;                 /* One bit per sector; see the overview. */
size_t bit_cnt;                /* Sectors on the disk. */
size_t byte_cnt;               /* Length of the free-map file. */
size_t free_cnt;               /* Zero bits. */
size_t search_start;           /* Next-fit hint for allocation. */
block_sector_t *file_sectors;  /* Disk sector of each file sector, or NULL. */
size_t file_sector_cnt;

bool test_bit(size_t i) { return bits[i / 8] & (1u << (i % 8)); }
void set_bit(size_t i, bool value) {
  if (value)
    bits[i / 8] |= (uint8_t)(1u << (i % 8));
  else
    bits[i / 8] &= (uint8_t) ~(1u << (i % 8));
}

/* Writes the file sectors holding bits FIRST..LAST (inclusive) to disk, if
 * the file exists.  Returns false on a disk error.  Caller holds
 * free_map_lock. */
bool write_through_locked(size_t first, size_t last) {
  ASSERT(lock_held_by_current_thread(&free_map_lock));
  if (file_sectors == nullptr) return true;
  constexpr size_t BITS_PER_SECTOR = BLOCK_SECTOR_SIZE * 8;
  for (size_t k = first / BITS_PER_SECTOR; k <= last / BITS_PER_SECTOR; k++)
    if (!cache_write(file_sectors[k], bits + k * BLOCK_SECTOR_SIZE)) return false;
  return true;
}

/* Reads the free-map file's sector list from its inode into a new array.
 * Returns NULL, printing why, if the file does not have the expected length
 * or a sector is missing.  Runs at format or mount time, before anything
 * else uses the file system; takes inode locks, so the caller must not hold
 * free_map_lock (see the lock order in filesys/filesys.h). */
block_sector_t *load_file_sectors(void) {
  inode *file = inode_open(FREE_MAP_SECTOR);
  if (file == nullptr) return nullptr;
  block_sector_t *sectors = nullptr;
  size_t sector_cnt = DIV_ROUND_UP(byte_cnt, BLOCK_SECTOR_SIZE);
  if ((size_t)inode_length(file) != byte_cnt) {
    printf("filesys: the free map (%" PROTd " bytes) does not fit this disk "
           "(%zu sectors need %zu bytes)\n",
           inode_length(file), bit_cnt, byte_cnt);
  } else if ((sectors = static_cast<block_sector_t *>(
                  malloc(sector_cnt * sizeof *sectors))) == nullptr) {
    printf("filesys: out of memory reading the free map\n");
  } else {
    for (size_t k = 0; k < sector_cnt; k++) {
      if (!inode_get_sector(file, k, &sectors[k])) {
        printf("filesys: sector %zu of the free map is missing\n", k);
        free(sectors);
        sectors = nullptr;
        break;
      }
    }
  }
  inode_close(file);
  return sectors;
}

}  // namespace

bool free_map_init(void) {
  lock_init(&free_map_lock);
  bit_cnt = block_size(fs_device);
  byte_cnt = DIV_ROUND_UP(bit_cnt, 8);
  bits = static_cast<uint8_t *>(calloc(1, ROUND_UP(byte_cnt, BLOCK_SECTOR_SIZE)));
  if (bits == nullptr) {
    printf("filesys: out of memory for the free map\n");
    return false;
  }
  free_cnt = bit_cnt;
  search_start = 0;
  file_sectors = nullptr;
  const block_sector_t reserved[] = {FREE_MAP_SECTOR, ROOT_DIR_SECTOR};
  for (block_sector_t s : reserved) {
    if (s < bit_cnt) {
      set_bit(s, true);
      free_cnt--;
    }
  }
  return true;
}

bool free_map_create(void) {
  if (bit_cnt <= ROOT_DIR_SECTOR) {
    printf("filesys: the disk is too small to hold a file system\n");
    return false;
  }
  if (!inode_create(FREE_MAP_SECTOR, (off_t)byte_cnt, INODE_FILE)) {
    printf("filesys: no room for the free map\n");
    return false;
  }
  block_sector_t *sectors = load_file_sectors();
  if (sectors == nullptr) return false;
  lock_guard guard(&free_map_lock);
  file_sectors = sectors;
  file_sector_cnt = DIV_ROUND_UP(byte_cnt, BLOCK_SECTOR_SIZE);
  if (!write_through_locked(0, bit_cnt - 1)) {
    printf("filesys: could not write the free map\n");
    return false;
  }
  return true;
}

bool free_map_open(void) {
  block_sector_t *sectors = load_file_sectors();
  if (sectors == nullptr) return false;
  lock_guard guard(&free_map_lock);
  free(file_sectors); /* From an earlier open (tests re-open the map). */
  file_sectors = sectors;
  file_sector_cnt = DIV_ROUND_UP(byte_cnt, BLOCK_SECTOR_SIZE);
  for (size_t k = 0; k < file_sector_cnt; k++) {
    if (!cache_read(file_sectors[k], bits + k * BLOCK_SECTOR_SIZE)) {
      printf("filesys: could not read the free map\n");
      return false;
    }
  }
  /* Bits past the end of the disk are not sectors: keep them clear. */
  for (size_t i = bit_cnt; i < byte_cnt * 8; i++) set_bit(i, false);
  free_cnt = 0;
  for (size_t i = 0; i < bit_cnt; i++)
    if (!test_bit(i)) free_cnt++;
  if (!test_bit(FREE_MAP_SECTOR) || !test_bit(ROOT_DIR_SECTOR)) {
    printf("filesys: corrupt free map: reserved sectors are marked free\n");
    return false;
  }
  return true;
}

void free_map_close(void) {
  lock_guard guard(&free_map_lock);
  free(file_sectors);
  file_sectors = nullptr;
}

bool free_map_allocate(size_t cnt, block_sector_t *sectorp) {
  if (cnt == 0) return false;
  lock_guard guard(&free_map_lock);
  if (bits == nullptr || cnt > free_cnt) return false;

  /* Next fit: scan from the hint, wrapping around once. */
  size_t run = 0;
  size_t start = 0;
  for (size_t n = 0; n < bit_cnt + cnt; n++) {
    size_t i = (search_start + n) % bit_cnt;
    if (i == 0) run = 0; /* A run cannot wrap past the end of the disk. */
    if (test_bit(i)) {
      run = 0;
      continue;
    }
    if (run++ == 0) start = i;
    if (run == cnt) {
      for (size_t j = start; j < start + cnt; j++) set_bit(j, true);
      if (!write_through_locked(start, start + cnt - 1)) {
        for (size_t j = start; j < start + cnt; j++) set_bit(j, false);
        return false;
      }
      free_cnt -= cnt;
      search_start = start + cnt;
      *sectorp = (block_sector_t)start;
      return true;
    }
  }
  return false;
}

void free_map_release(block_sector_t sector, size_t cnt) {
  lock_guard guard(&free_map_lock);
  if (bits == nullptr) return;
  size_t first = SIZE_MAX, last = 0; /* Range of bits changed. */
  for (size_t i = sector; i < (size_t)sector + cnt; i++) {
    if (i >= bit_cnt || i == FREE_MAP_SECTOR || i == ROOT_DIR_SECTOR) {
      printf("free map: cannot release sector %zu (reserved or outside the disk)\n", i);
    } else if (!test_bit(i)) {
      printf("free map: sector %zu released but already free\n", i);
    } else {
      set_bit(i, false);
      free_cnt++;
      if (first == SIZE_MAX) first = i;
      last = i;
    }
  }
  if (first != SIZE_MAX && !write_through_locked(first, last))
    printf("free map: could not write the free map\n");
}

size_t free_map_free_count(void) {
  lock_guard guard(&free_map_lock);
  return free_cnt;
}
