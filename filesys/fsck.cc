/// SOLUTION FILE(filesys): fsck: the check of a volume at mount time.
/* filesys/fsck.cc -- the mount-time check.  See filesys/fsck.h.
 *
 * One breadth-first walk from the root.  For each directory (in the order
 * they are found):
 *
 *   1. read all its entries (name, inode sector, offset) into an array;
 *   2. sort a copy by name to find duplicates (the later one is bad);
 *   3. in disk order, check each entry's target and, if it is good, claim
 *      the target's inode sector and every sector of its index tree in
 *      `seen`; a directory goes on the queue.
 *
 * Fixes are collected while walking and written only at the end, and only
 * if the walk found no damage and the mode allows repairs. */
#include "filesys/fsck.h"

#include <round.h>
#include <stdlib.h>
#include <string.h>

#include "filesys/cache.h"
#include "filesys/directory.h"
#include "filesys/free-map.h"
#include "filesys/inode-map.h"
#include "filesys/report.h"
#include "filesys/sector-buffer.h"
#include "filesys/volume.h"
#include "kernel/malloc.h"

namespace {

/* The on-disk directory entry (filesys/directory.cc). */
struct disk_entry {
  block_sector_t inode_sector;
  char name[NAME_MAX + 1];
  bool in_use;
};
static_assert(sizeof(disk_entry) == 20);

/* One in-use entry of the directory being checked. */
struct entry_info {
  char name[NAME_MAX + 2]; /* +1: a name the disk did not terminate shows as too long. */
  block_sector_t sector;
  off_t ofs;               /* Byte offset in the directory. */
  bool bad;
};

/* A growable array of T, freed by its destructor. */
template <typename T>
struct vec {
  T *data = nullptr;
  size_t len = 0, cap = 0;
  ~vec() { free(data); }
  bool push(const T &x) {
    if (len == cap) {
      size_t ncap = cap ? 2 * cap : 16;
      T *n = static_cast<T *>(realloc(data, ncap * sizeof(T)));
      if (n == nullptr) return false;
      data = n;
      cap = ncap;
    }
    data[len++] = x;
    return true;
  }
};

struct entry_fix {
  block_sector_t dir;  /* Directory inode sector. */
  off_t ofs;           /* Offset of the entry to clear. */
};
struct parent_fix {
  block_sector_t dir;
  block_sector_t parent;
};

struct checker {
  volume *v;
  const char *disk;
  size_t sectors;        /* On the disk. */
  uint8_t *seen;         /* One bit per sector reached by the walk. */
  bool print;
  bool out_of_memory = false;
  unsigned findings = 0;
  unsigned damage = 0;
  vec<block_sector_t> queue; /* Directories to check; queue_head = next. */
  size_t queue_head = 0;
  vec<entry_fix> entry_fixes;
  vec<parent_fix> parent_fixes;

  bool test(block_sector_t s) const { return seen[s / 8] & (1u << (s % 8)); }
  void mark(block_sector_t s) { seen[s / 8] |= (uint8_t)(1u << (s % 8)); }
};

/* Reads the on-disk inode at SECTOR into *D; false if unreadable. */
bool read_inode(checker *c, block_sector_t sector, inode_disk *d) {
  return cache_read(c->v->disk, sector, d);
}

/* Claims every sector of D's index tree; a sector out of range or
 * already claimed is damage (reported, naming inode SECTOR). */
void claim_tree(checker *c, block_sector_t sector, const inode_disk *d) {
  struct walk_aux {
    checker *c;
    block_sector_t bad;
  } aux{c, 0};
  bool ok = inode_map_walk(
      c->v, d,
      [](void *aux_, block_sector_t s) {
        walk_aux *a = static_cast<walk_aux *>(aux_);
        if (a->c->test(s)) {
          a->bad = s;
          return false;
        }
        a->c->mark(s);
        return true;
      },
      &aux);
  if (!ok) {
    c->damage++;
    if (c->print)
      filesys_report("fsck: %s: inode %" PRDSNu ": sector %" PRDSNu
                     " is outside the disk, unreadable or used twice",
                     c->disk, sector, aux.bad);
  }
}

/* Reads SIZE bytes at OFS of the directory whose inode is D. */
bool read_dir_bytes(checker *c, const inode_disk *d, off_t ofs, void *buf_, size_t size) {
  uint8_t *buf = static_cast<uint8_t *>(buf_);
  while (size > 0) {
    size_t idx = (size_t)ofs / BLOCK_SECTOR_SIZE, in = (size_t)ofs % BLOCK_SECTOR_SIZE;
    size_t chunk = BLOCK_SECTOR_SIZE - in < size ? BLOCK_SECTOR_SIZE - in : size;
    block_sector_t s;
    map_status st = inode_map_lookup(c->v, d, idx, &s);
    if (st == MAP_HOLE)
      memset(buf, 0, chunk);
    else if (st != MAP_OK || !cache_read_at(c->v->disk, s, buf, in, chunk))
      return false;
    buf += chunk;
    ofs += chunk;
    size -= chunk;
  }
  return true;
}

int compare_names(const void *a, const void *b) {
  const entry_info *x = *static_cast<entry_info *const *>(a);
  const entry_info *y = *static_cast<entry_info *const *>(b);
  int r = strcmp(x->name, y->name);
  return r != 0 ? r : (x->ofs < y->ofs ? -1 : 1);
}

/* Marks entry E of directory DIR bad (see fsck.h) because of WHY. */
void bad_entry(checker *c, block_sector_t dir, entry_info *e, const char *why) {
  e->bad = true;
  c->findings++;
  if (!c->entry_fixes.push({dir, e->ofs})) c->out_of_memory = true;
  if (c->print)
    filesys_report("fsck: %s: entry '%.14s' in directory %" PRDSNu " %s; removing it", c->disk,
                   e->name, dir, why);
}

/* Checks directory DIR (inode D): steps 1-3 of the overview. */
void check_dir(checker *c, block_sector_t dir, const inode_disk *d) {
  /* 1. Every in-use entry. */
  vec<entry_info> entries;
  for (off_t ofs = 0; ofs + (off_t)sizeof(disk_entry) <= d->length; ofs += sizeof(disk_entry)) {
    disk_entry raw;
    if (!read_dir_bytes(c, d, ofs, &raw, sizeof raw)) {
      c->damage++;
      if (c->print)
        filesys_report("fsck: %s: directory %" PRDSNu " cannot be read", c->disk, dir);
      return;
    }
    if (!raw.in_use) continue;
    entry_info e;
    memcpy(e.name, raw.name, sizeof raw.name);
    e.name[NAME_MAX + 1] = '\0';
    e.sector = raw.inode_sector;
    e.ofs = ofs;
    e.bad = false;
    if (!entries.push(e)) {
      c->out_of_memory = true;
      return;
    }
  }

  /* 2. Names: valid, and unique (sorted copy). */
  for (size_t i = 0; i < entries.len; i++)
    if (!dir_name_valid(entries.data[i].name))
      bad_entry(c, dir, &entries.data[i], "has a bad name");
  vec<entry_info *> sorted;
  for (size_t i = 0; i < entries.len; i++)
    if (!entries.data[i].bad && !sorted.push(&entries.data[i])) {
      c->out_of_memory = true;
      return;
    }
  qsort(sorted.data, sorted.len, sizeof *sorted.data, compare_names);
  for (size_t i = 1; i < sorted.len; i++)
    if (strcmp(sorted.data[i]->name, sorted.data[i - 1]->name) == 0)
      bad_entry(c, dir, sorted.data[i], "repeats a name");

  /* 3. Targets. */
  sector_buffer buf;
  if (!buf.ok()) {
    c->out_of_memory = true;
    return;
  }
  inode_disk *t = buf.as<inode_disk>();
  for (size_t i = 0; i < entries.len; i++) {
    entry_info *e = &entries.data[i];
    if (e->bad) continue;
    block_sector_t s = e->sector;
    if (s == FREE_MAP_SECTOR) {
      bad_entry(c, dir, e, "names the free map");
    } else if (s == ROOT_DIR_SECTOR) {
      bad_entry(c, dir, e, "names the root directory");
    } else if (s >= c->sectors) {
      bad_entry(c, dir, e, "points outside the disk");
    } else if (c->test(s)) {
      bad_entry(c, dir, e, "names a sector already in use");
    } else if (!read_inode(c, s, t) || !inode_disk_valid(c->v, t, s, true)) {
      bad_entry(c, dir, e, "does not name an inode");
    } else {
      c->mark(s);
      claim_tree(c, s, t);
      if (t->type == INODE_DIR) {
        if (t->parent != dir) {
          c->findings++;
          if (!c->parent_fixes.push({s, dir})) c->out_of_memory = true;
          if (c->print)
            filesys_report("fsck: %s: directory %" PRDSNu " ('%s') has parent %" PRDSNu
                           " instead of %" PRDSNu "; fixing it",
                           c->disk, s, e->name, t->parent, dir);
        }
        if (!c->queue.push(s)) c->out_of_memory = true;
      }
    }
  }
}

/* Writes the collected fixes.  Returns false if a write failed. */
bool apply_fixes(checker *c) {
  block *disk = c->v->disk;
  sector_buffer buf;
  if (!buf.ok()) return false;
  inode_disk *d = buf.as<inode_disk>();
  bool ok = true;
  for (size_t i = 0; i < c->entry_fixes.len; i++) {
    const entry_fix &f = c->entry_fixes.data[i];
    off_t at = f.ofs + (off_t)offsetof(disk_entry, in_use);
    block_sector_t s;
    bool no = false;
    ok = ok && read_inode(c, f.dir, d) &&
         inode_map_lookup(c->v, d, (size_t)at / BLOCK_SECTOR_SIZE, &s) == MAP_OK &&
         cache_write_at(disk, s, &no, (size_t)at % BLOCK_SECTOR_SIZE, 1);
  }
  for (size_t i = 0; i < c->parent_fixes.len; i++) {
    const parent_fix &f = c->parent_fixes.data[i];
    ok = ok && read_inode(c, f.dir, d);
    if (ok) {
      d->parent = f.parent;
      ok = cache_write(disk, f.dir, d);
    }
  }
  return ok;
}

/* Compares the walk with the free map; fixes it if FIX. */
void check_map(checker *c, bool fix) {
  size_t unmarked = 0, leaked = 0;
  for (block_sector_t s = 0; s < c->sectors; s++) {
    bool used = free_map_in_use(c->v, s);
    if (c->test(s) == used) continue;
    if (c->test(s))
      unmarked++;
    else
      leaked++;
    if (fix && !free_map_set(c->v, s, c->test(s))) c->damage++;
  }
  if (unmarked + leaked == 0) return;
  c->findings++;
  if (c->print && unmarked > 0)
    filesys_report("fsck: %s: %zu sectors in use were marked free%s", c->disk, unmarked,
                   fix ? "; marked in use" : "");
  if (c->print && leaked > 0)
    filesys_report("fsck: %s: %zu sectors marked in use are not used%s", c->disk, leaked,
                   fix ? "; freed" : "");
}

}  // namespace

fsck_result fsck_volume(volume *v, fsck_mode mode) {
  checker c;
  c.v = v;
  c.disk = block_name(v->disk);
  c.sectors = block_size(v->disk);
  c.print = mode == FSCK_REPAIR;
  c.seen = static_cast<uint8_t *>(calloc(1, DIV_ROUND_UP(c.sectors, 8)));
  sector_buffer buf;
  if (c.seen == nullptr || !buf.ok()) {
    free(c.seen);
    if (c.print) filesys_report("fsck: %s: out of memory", c.disk);
    return FSCK_FAILED;
  }
  inode_disk *d = buf.as<inode_disk>();

  /* The free-map file and the root directory. */
  fsck_result result = FSCK_FAILED;
  c.mark(FREE_MAP_SECTOR);
  c.mark(ROOT_DIR_SECTOR);
  if (!read_inode(&c, FREE_MAP_SECTOR, d) || !inode_disk_valid(v, d, FREE_MAP_SECTOR, !c.print) ||
      d->type != INODE_FILE) {
    if (c.print) filesys_report("fsck: %s: the free map's inode is unusable", c.disk);
  } else {
    claim_tree(&c, FREE_MAP_SECTOR, d);
    if (!read_inode(&c, ROOT_DIR_SECTOR, d) ||
        !inode_disk_valid(v, d, ROOT_DIR_SECTOR, !c.print) || d->type != INODE_DIR) {
      if (c.print) filesys_report("fsck: %s: the root directory's inode is unusable", c.disk);
    } else {
      claim_tree(&c, ROOT_DIR_SECTOR, d);
      if (!c.queue.push(ROOT_DIR_SECTOR)) c.out_of_memory = true;
      while (c.queue_head < c.queue.len && !c.out_of_memory) {
        block_sector_t dir = c.queue.data[c.queue_head++];
        if (!read_inode(&c, dir, d)) {
          c.damage++;
          continue;
        }
        check_dir(&c, dir, d);
      }
      if (c.out_of_memory) {
        if (c.print) filesys_report("fsck: %s: out of memory", c.disk);
      } else {
        bool fix = c.print && c.damage == 0;
        check_map(&c, fix);
        if (fix && !apply_fixes(&c)) c.damage++;
        if (c.damage > 0)
          result = FSCK_DAMAGED;
        else
          result = c.findings > 0 ? (c.print ? FSCK_REPAIRED : FSCK_DAMAGED) : FSCK_CLEAN;
      }
    }
  }
  free(c.seen);
  return result;
}
/// STUB FILE:
/// /* filesys/fsck.cc -- the mount-time check.  See filesys/fsck.h. */
/// #include "filesys/fsck.h"
///
/// /* TODO (project 4, filesys): fsck: walk the volume from its root and
///  *   check and repair what filesys/fsck.h lists.  Until then every volume
///  *   passes unchecked. */
/// fsck_result fsck_volume(volume *v, fsck_mode mode) { return FSCK_CLEAN; }
/// END
