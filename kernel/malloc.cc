/* kernel/malloc.cc -- malloc/free for the kernel, and C++ new/delete.
 *
 * Requests up to 2 KiB are served from size classes of 16, 32, ... 2048
 * bytes.  A class carves whole pages ("arenas") into equal blocks; free
 * blocks of a class sit on the class's free list.  An arena whose blocks are
 * all free goes back to palloc, except one per class, kept as the class's
 * spare: a class whose last block is freed and taken again (one per system
 * call, for some) then does not give back, junk-fill and re-carve a page
 * each time.  Larger requests take contiguous pages with the arena header
 * in front.
 *
 *   arena page:  [ arena header | block | block | block | ... ]
 *   big block:   [ arena header | user data ....................] (N pages)
 *
 * free(p) finds the header by rounding p down to its page: that is why a big
 * block's data starts in its first page.
 *
 * Locking: the class lists and counters are guarded by turning interrupts
 * off, so malloc never sleeps and works in any context. */
#include "kernel/malloc.h"

#include <debug.h>
#include <list.h>
#include <round.h>
#include <string.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"
#include "kernel/palloc.h"

namespace {

constexpr uint32_t ARENA_MAGIC = 0x9a548eed;
constexpr size_t MIN_BLOCK = 16;
constexpr int CLASS_CNT = 8; /* blocks of 16, 32, ... 2048 bytes; bigger ones get pages */

struct size_class {
  size_t block_size;
  size_t blocks_per_arena;
  list free_list; /* free blocks; guarded by interrupts off */
  struct arena *spare; /* an arena whose blocks are all free (on free_list),
                          kept; or nullptr.  Guarded by interrupts off. */
};

struct arena {
  uint32_t magic;
  size_class *cls;  /* nullptr for a big block */
  size_t count;     /* free blocks in this arena, or pages of a big block */
  size_t requested; /* big block: bytes requested */
};

struct free_block {
  list_elem elem;
};

size_class classes[CLASS_CNT];
size_t bytes_in_use; /* guarded by interrupts off */
size_t spare_cnt;    /* classes with a spare arena; guarded by interrupts off */

constexpr size_t ARENA_HEADER = ROUND_UP(sizeof(arena), MIN_BLOCK);

arena *arena_of(void *block) {
  arena *a = (arena *)pg_round_down(block);
  if (a->magic != ARENA_MAGIC) PANIC("free of %p: not a malloc block (or corrupted)", block);
  return a;
}

free_block *block_at(arena *a, size_t i) {
  return (free_block *)((uint8_t *)a + ARENA_HEADER + i * a->cls->block_size);
}

size_class *class_for(size_t size) {
  for (size_class &c : classes)
    if (size <= c.block_size) return &c;
  return nullptr;
}

void *malloc_big(size_t size) {
  size_t pages = DIV_ROUND_UP(size + ARENA_HEADER, PGSIZE);
  arena *a = (arena *)palloc_get_multiple(PAL_ZERO, pages);
  if (a == nullptr) return nullptr;
  a->magic = ARENA_MAGIC;
  a->cls = nullptr;
  a->count = pages;
  a->requested = size;
  {
    interrupts_off off;
    bytes_in_use += size;
  }
  return (uint8_t *)a + ARENA_HEADER;
}

}  // namespace

void malloc_init(void) {
  size_t size = MIN_BLOCK;
  for (size_class &c : classes) {
    c.block_size = size;
    c.blocks_per_arena = (PGSIZE - ARENA_HEADER) / size;
    list_init(&c.free_list);
    c.spare = nullptr;
    size *= 2;
  }
}

extern "C" void *malloc(size_t size) {
  if (size == 0) return nullptr;
  size_class *c = class_for(size);
  if (c == nullptr) return malloc_big(size);

  interrupts_off off;
  if (list_empty(&c->free_list)) {
    arena *a = (arena *)palloc_get_page(PAL_NONE);
    if (a == nullptr) return nullptr;
    a->magic = ARENA_MAGIC;
    a->cls = c;
    a->count = c->blocks_per_arena;
    for (size_t i = 0; i < c->blocks_per_arena; i++)
      list_push_back(&c->free_list, &block_at(a, i)->elem);
  }
  free_block *b = list_entry(list_pop_front(&c->free_list), free_block, elem);
  arena *a = arena_of(b);
  if (a == c->spare) {
    c->spare = nullptr; /* In use again. */
    spare_cnt--;
  }
  a->count--;
  bytes_in_use += c->block_size;
  return b;
}

extern "C" void *calloc(size_t n, size_t size) {
  if (size != 0 && n > SIZE_MAX / size) return nullptr;
  void *p = malloc(n * size);
  if (p != nullptr) memset(p, 0, n * size);
  return p;
}

/* The usable size of block P. */
static size_t block_size(void *p) {
  arena *a = arena_of(p);
  return a->cls != nullptr ? a->cls->block_size : a->requested;
}

extern "C" void *realloc(void *old, size_t new_size) {
  if (new_size == 0) {
    free(old);
    return nullptr;
  }
  void *p = malloc(new_size);
  if (p != nullptr && old != nullptr) {
    size_t old_size = block_size(old);
    memcpy(p, old, old_size < new_size ? old_size : new_size);
    free(old);
  }
  return p;
}

extern "C" void free(void *p) {
  if (p == nullptr) return;
  arena *a = arena_of(p);
  size_class *c = a->cls;
  if (c == nullptr) {
    {
      interrupts_off off;
      bytes_in_use -= a->requested;
    }
    palloc_free_multiple(a, a->count);
    return;
  }
#ifndef NDEBUG
  memset(p, 0xcc, c->block_size);
#endif
  interrupts_off off;
  list_push_front(&c->free_list, &((free_block *)p)->elem);
  bytes_in_use -= c->block_size;
  if (++a->count == c->blocks_per_arena) {
    if (c->spare == nullptr) {
      c->spare = a; /* Kept, blocks and all, for the class's next malloc. */
      spare_cnt++;
      return;
    }
    /* Every block is free: unlink them all and return the page. */
    for (size_t i = 0; i < c->blocks_per_arena; i++) list_remove(&block_at(a, i)->elem);
    a->magic = 0;
    palloc_free_page(a);
  }
}

size_t malloc_bytes_in_use(void) { return bytes_in_use; }

size_t malloc_spare_pages(void) { return spare_cnt; }

/* C++ allocation goes through malloc.  Kernel code checks for nullptr. */
void *operator new(size_t size) { return malloc(size); }
void *operator new[](size_t size) { return malloc(size); }
void operator delete(void *p) noexcept { free(p); }
void operator delete[](void *p) noexcept { free(p); }
void operator delete(void *p, size_t) noexcept { free(p); }
void operator delete[](void *p, size_t) noexcept { free(p); }
