/* filesys/free-map.cc -- the free map: one bit per sector, written through to
 * the free-map file.  See filesys/free-map.h for the format and the rules.
 *
 * The bits live in `bits`, a buffer rounded up to whole sectors so that
 * sector k of the free-map file is exactly bits[512k .. 512k + 511]; bytes
 * past the file's length stay zero.  Once the file exists, `file_sectors`
 * lists the disk sector holding each of its sectors (looked up once, at
 * create or open), so a change is written with one cache_write per sector
 * touched, never through the inode layer: this keeps free_map::lock above
 * only the buffer cache's locks. */
#include "filesys/free-map.h"

#include <round.h>
#include <debug.h>
#include <string.h>

#include "filesys/cache.h"
#include "filesys/inode.h"
#include "filesys/report.h"
#include "filesys/volume.h"
#include "kernel/malloc.h"

namespace {

bool test_bit(const free_map *m, size_t i) { return m->bits[i / 8] & (1u << (i % 8)); }
void set_bit(free_map *m, size_t i, bool value) {
  if (value)
    m->bits[i / 8] |= (uint8_t)(1u << (i % 8));
  else
    m->bits[i / 8] &= (uint8_t) ~(1u << (i % 8));
}

/* Writes the file sectors holding bits FIRST..LAST (inclusive) to disk, if
 * the file exists.  Returns false on a disk error.  Caller holds the map's
 * lock. */
bool write_through_locked(volume *v, size_t first, size_t last) {
  free_map *m = &v->map;
  ASSERT(lock_held_by_current_thread(&m->lock));
  if (m->file_sectors == nullptr) return true;
  constexpr size_t BITS_PER_SECTOR = BLOCK_SECTOR_SIZE * 8;
  for (size_t k = first / BITS_PER_SECTOR; k <= last / BITS_PER_SECTOR; k++)
    if (!cache_write(v->disk, m->file_sectors[k], m->bits + k * BLOCK_SECTOR_SIZE)) return false;
  return true;
}

/* Reads the free-map file's sector list from its inode into a new array.
 * Returns NULL, reporting why, if the file does not have the expected
 * length or a sector is missing.  Takes inode locks, so the caller must not
 * hold the map's lock (see the lock order in filesys/filesys.h). */
block_sector_t *load_file_sectors(volume *v) {
  free_map *m = &v->map;
  inode *file = inode_open(v, FREE_MAP_SECTOR);
  if (file == nullptr) return nullptr;
  block_sector_t *sectors = nullptr;
  size_t sector_cnt = DIV_ROUND_UP(m->byte_cnt, BLOCK_SECTOR_SIZE);
  if (inode_is_dir(file) || (size_t)inode_length(file) != m->byte_cnt) {
    filesys_report("filesys: %s: the free map (%" PROTd " bytes) does not fit this disk "
                   "(%zu sectors need %zu bytes)",
                   block_name(v->disk), inode_length(file), m->bit_cnt, m->byte_cnt);
  } else if ((sectors = static_cast<block_sector_t *>(
                  malloc(sector_cnt * sizeof *sectors))) == nullptr) {
    filesys_report("filesys: out of memory reading the free map");
  } else {
    for (size_t k = 0; k < sector_cnt; k++) {
      if (!inode_get_sector(file, k, &sectors[k])) {
        filesys_report("filesys: %s: sector %zu of the free map is missing",
                       block_name(v->disk), k);
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

bool free_map_init(volume *v) {
  free_map *m = &v->map;
  lock_init(&m->lock);
  m->bit_cnt = block_size(v->disk);
  m->byte_cnt = DIV_ROUND_UP(m->bit_cnt, 8);
  m->bits = static_cast<uint8_t *>(calloc(1, ROUND_UP(m->byte_cnt, BLOCK_SECTOR_SIZE)));
  m->file_sectors = nullptr;
  m->file_sector_cnt = 0;
  m->search_start = 0;
  m->free_cnt = m->bit_cnt;
  if (m->bits == nullptr) {
    filesys_report("filesys: out of memory for the free map");
    return false;
  }
  const block_sector_t reserved[] = {FREE_MAP_SECTOR, ROOT_DIR_SECTOR};
  for (block_sector_t s : reserved) {
    if (s < m->bit_cnt) {
      set_bit(m, s, true);
      m->free_cnt--;
    }
  }
  return true;
}

bool free_map_create(volume *v) {
  free_map *m = &v->map;
  if (m->bit_cnt <= ROOT_DIR_SECTOR + 2) {
    filesys_report("filesys: %s is too small to hold a file system", block_name(v->disk));
    return false;
  }
  if (!inode_create(v, FREE_MAP_SECTOR, (off_t)m->byte_cnt, INODE_FILE, FREE_MAP_SECTOR)) {
    filesys_report("filesys: %s: no room for the free map", block_name(v->disk));
    return false;
  }
  block_sector_t *sectors = load_file_sectors(v);
  if (sectors == nullptr) return false;
  lock_guard guard(&m->lock);
  m->file_sectors = sectors;
  m->file_sector_cnt = DIV_ROUND_UP(m->byte_cnt, BLOCK_SECTOR_SIZE);
  if (!write_through_locked(v, 0, m->bit_cnt - 1)) {
    filesys_report("filesys: %s: could not write the free map", block_name(v->disk));
    return false;
  }
  return true;
}

bool free_map_open(volume *v) {
  free_map *m = &v->map;
  block_sector_t *sectors = load_file_sectors(v);
  if (sectors == nullptr) return false;
  lock_guard guard(&m->lock);
  free(m->file_sectors); /* From an earlier open (tests re-open the map). */
  m->file_sectors = sectors;
  m->file_sector_cnt = DIV_ROUND_UP(m->byte_cnt, BLOCK_SECTOR_SIZE);
  for (size_t k = 0; k < m->file_sector_cnt; k++) {
    if (!cache_read(v->disk, m->file_sectors[k], m->bits + k * BLOCK_SECTOR_SIZE)) {
      filesys_report("filesys: %s: could not read the free map", block_name(v->disk));
      return false;
    }
  }
  /* Bits past the end of the disk are not sectors: keep them clear. */
  for (size_t i = m->bit_cnt; i < m->byte_cnt * 8; i++) set_bit(m, i, false);
  m->free_cnt = 0;
  for (size_t i = 0; i < m->bit_cnt; i++)
    if (!test_bit(m, i)) m->free_cnt++;
  if (!test_bit(m, FREE_MAP_SECTOR) || !test_bit(m, ROOT_DIR_SECTOR)) {
    filesys_report("filesys: %s: corrupt free map: reserved sectors are marked free",
                   block_name(v->disk));
    return false;
  }
  return true;
}

void free_map_close(volume *v) {
  free_map *m = &v->map;
  lock_guard guard(&m->lock);
  free(m->file_sectors);
  m->file_sectors = nullptr;
  free(m->bits);
  m->bits = nullptr;
}

bool free_map_allocate(volume *v, size_t cnt, block_sector_t *sectorp) {
  free_map *m = &v->map;
  if (cnt == 0 || v->read_only) return false;
  lock_guard guard(&m->lock);
  if (m->bits == nullptr || cnt > m->free_cnt) return false;

  /* Next fit: scan from the hint, wrapping around once. */
  size_t run = 0;
  size_t start = 0;
  for (size_t n = 0; n < m->bit_cnt + cnt; n++) {
    size_t i = (m->search_start + n) % m->bit_cnt;
    if (i == 0) run = 0; /* A run cannot wrap past the end of the disk. */
    if (test_bit(m, i)) {
      run = 0;
      continue;
    }
    if (run++ == 0) start = i;
    if (run == cnt) {
      for (size_t j = start; j < start + cnt; j++) set_bit(m, j, true);
      if (!write_through_locked(v, start, start + cnt - 1)) {
        for (size_t j = start; j < start + cnt; j++) set_bit(m, j, false);
        return false;
      }
      m->free_cnt -= cnt;
      m->search_start = start + cnt;
      *sectorp = (block_sector_t)start;
      return true;
    }
  }
  return false;
}

void free_map_release(volume *v, block_sector_t sector, size_t cnt) {
  free_map *m = &v->map;
  lock_guard guard(&m->lock);
  if (m->bits == nullptr) return;
  size_t first = SIZE_MAX, last = 0; /* Range of bits changed. */
  for (size_t i = sector; i < (size_t)sector + cnt; i++) {
    if (i >= m->bit_cnt || i == FREE_MAP_SECTOR || i == ROOT_DIR_SECTOR) {
      filesys_report("free map: %s: cannot release sector %zu (reserved or outside the disk)",
                     block_name(v->disk), i);
    } else if (!test_bit(m, i)) {
      filesys_report("free map: %s: sector %zu released but already free",
                     block_name(v->disk), i);
    } else {
      set_bit(m, i, false);
      m->free_cnt++;
      if (first == SIZE_MAX) first = i;
      last = i;
    }
  }
  if (first != SIZE_MAX && !write_through_locked(v, first, last))
    filesys_report("free map: %s: could not write the free map", block_name(v->disk));
}

size_t free_map_free_count(volume *v) {
  lock_guard guard(&v->map.lock);
  return v->map.free_cnt;
}

bool free_map_in_use(volume *v, block_sector_t sector) {
  lock_guard guard(&v->map.lock);
  ASSERT(sector < v->map.bit_cnt);
  return test_bit(&v->map, sector);
}

bool free_map_set(volume *v, block_sector_t sector, bool in_use) {
  free_map *m = &v->map;
  lock_guard guard(&m->lock);
  ASSERT(sector < m->bit_cnt);
  if (test_bit(m, sector) == in_use) return true;
  set_bit(m, sector, in_use);
  if (in_use)
    m->free_cnt--;
  else
    m->free_cnt++;
  return write_through_locked(v, sector, sector);
}
