/* devices/block.cc -- the block layer: registry of disks, checked and counted
 * transfers.  See devices/block.h for the model and the role table.
 *
 * Every struct block is allocated by block_register() at boot and never
 * freed.  The registry is a singly linked list in registration order plus
 * one pointer per role. */
#include "devices/block.h"

#include <stdio.h>
#include <string.h>

#include "kernel/malloc.h"
#include "lib/debug.h"

struct block {
  block *next;                 /* Registry list; written only at boot. */
  char name[16];               /* "hd0:1" */
  block_type type;             /* Role, or BLOCK_RAW / BLOCK_FOREIGN. */
  block_sector_t size;         /* Sectors on the disk. */
  const block_operations *ops; /* The driver's functions... */
  void *aux;                   /* ...and their first argument. */
  uint64_t read_cnt;           /* Sectors read; updated atomically. */
  uint64_t write_cnt;          /* Sectors written; updated atomically. */
  uint64_t read_cmds;          /* Driver calls reading; updated atomically. */
  uint64_t write_cmds;         /* Driver calls writing; updated atomically. */
};

namespace {

/* Registry.  Both are written only by block_register() during boot. */
block *all_blocks;
block *by_role[BLOCK_ROLE_CNT];

/* True if the COUNT sectors from SECTOR on are inside B; otherwise prints
 * the error block.h promises.  OP is "read" or "write". */
bool range_ok(const block *b, block_sector_t sector, size_t count, const char *op) {
  if (sector < b->size && count <= b->size - sector) return true;
  if (count <= 1)
    printf("block: %s: %s of sector %" PRDSNu " is out of range (disk has %" PRDSNu
           " sectors)\n",
           b->name, op, sector, b->size);
  else
    printf("block: %s: %s of %zu sectors from %" PRDSNu " is out of range (disk has %" PRDSNu
           " sectors)\n",
           b->name, op, count, sector, b->size);
  return false;
}

/* The request of COUNT sectors at SECTOR of B, in pieces of at most the
 * driver's max_sectors, each counted as one command; WRITE picks the
 * operation.  BUFFER is the caller's, as a byte pointer. */
bool transfer(block *b, block_sector_t sector, size_t count, uint8_t *buffer, bool write) {
  if (!range_ok(b, sector, count, write ? "write" : "read")) return false;
  while (count > 0) {
    size_t n = count < b->ops->max_sectors ? count : b->ops->max_sectors;
    __atomic_fetch_add(write ? &b->write_cmds : &b->read_cmds, 1, __ATOMIC_RELAXED);
    bool ok = write ? b->ops->write(b->aux, sector, n, buffer)
                    : b->ops->read(b->aux, sector, n, buffer);
    if (!ok) return false;
    __atomic_fetch_add(write ? &b->write_cnt : &b->read_cnt, n, __ATOMIC_RELAXED);
    sector += (block_sector_t)n;
    buffer += n * BLOCK_SECTOR_SIZE;
    count -= n;
  }
  return true;
}

}  // namespace

const char *block_type_name(block_type type) {
  static const char *const names[BLOCK_CNT] = {
      "kernel", "filesys", "scratch", "swap", "raw", "foreign",
  };
  return type < BLOCK_CNT ? names[type] : "unknown";
}

block *block_get_role(block_type role) {
  return role < BLOCK_ROLE_CNT ? by_role[role] : nullptr;
}

block *block_get_by_name(const char *name) {
  for (block *b = all_blocks; b != nullptr; b = b->next)
    if (strcmp(b->name, name) == 0) return b;
  return nullptr;
}

block *block_first(void) { return all_blocks; }
block *block_next(block *b) { return b->next; }

bool block_read(block *b, block_sector_t sector, void *buffer) {
  return transfer(b, sector, 1, static_cast<uint8_t *>(buffer), false);
}

bool block_write(block *b, block_sector_t sector, const void *buffer) {
  /* transfer() only reads through the pointer when WRITE is true. */
  return transfer(b, sector, 1, static_cast<uint8_t *>(const_cast<void *>(buffer)), true);
}

bool block_read_multi(block *b, block_sector_t sector, size_t count, void *buffer) {
  return transfer(b, sector, count, static_cast<uint8_t *>(buffer), false);
}

bool block_write_multi(block *b, block_sector_t sector, size_t count, const void *buffer) {
  return transfer(b, sector, count, static_cast<uint8_t *>(const_cast<void *>(buffer)), true);
}

block_sector_t block_size(const block *b) { return b->size; }
const char *block_name(const block *b) { return b->name; }
block_type block_get_type(const block *b) { return b->type; }

uint64_t block_read_count(const block *b) {
  return __atomic_load_n(&b->read_cnt, __ATOMIC_RELAXED);
}
uint64_t block_write_count(const block *b) {
  return __atomic_load_n(&b->write_cnt, __ATOMIC_RELAXED);
}

uint64_t block_read_command_count(const block *b) {
  return __atomic_load_n(&b->read_cmds, __ATOMIC_RELAXED);
}
uint64_t block_write_command_count(const block *b) {
  return __atomic_load_n(&b->write_cmds, __ATOMIC_RELAXED);
}

uint64_t block_filesys_read_count(void) {
  block *fs = by_role[BLOCK_FILESYS];
  return fs != nullptr ? block_read_count(fs) : 0;
}
uint64_t block_filesys_write_count(void) {
  block *fs = by_role[BLOCK_FILESYS];
  return fs != nullptr ? block_write_count(fs) : 0;
}

void block_print_stats(void) {
  for (block *b = all_blocks; b != nullptr; b = b->next) {
    if (b->type == BLOCK_KERNEL) continue;
    printf("%s: %llu reads, %llu writes in %llu + %llu commands\n", b->name,
           (unsigned long long)block_read_count(b),
           (unsigned long long)block_write_count(b),
           (unsigned long long)block_read_command_count(b),
           (unsigned long long)block_write_command_count(b));
  }
}

block *block_register(const char *name, block_type type, block_sector_t size,
                      const block_operations *ops, void *aux) {
  if (type < BLOCK_ROLE_CNT && by_role[type] != nullptr) {
    printf("block: %s: ignored, %s already has the %s role\n", name,
           by_role[type]->name, block_type_name(type));
    return nullptr;
  }
  block *b = static_cast<block *>(malloc(sizeof *b));
  if (b == nullptr) {
    printf("block: %s: ignored, out of memory\n", name);
    return nullptr;
  }
  b->next = nullptr;
  strlcpy(b->name, name, sizeof b->name);
  b->type = type;
  b->size = size;
  b->ops = ops;
  b->aux = aux;
  b->read_cnt = 0;
  b->write_cnt = 0;
  b->read_cmds = 0;
  b->write_cmds = 0;
  ASSERT(ops->max_sectors >= 1);

  /* Append, so iteration and the shutdown statistics follow disk order. */
  block **tail = &all_blocks;
  while (*tail != nullptr) tail = &(*tail)->next;
  *tail = b;
  if (type < BLOCK_ROLE_CNT) by_role[type] = b;
  return b;
}
