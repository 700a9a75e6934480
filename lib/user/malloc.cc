/* lib/user/malloc.cc -- malloc() and operator new for user programs.
 *
 * lib/stdlib.h declares malloc, calloc, realloc and free and leaves their
 * definition to each side; the standard tests never allocate, so this is
 * deliberately simple.  Memory comes from a 1 MB arena in BSS (a program
 * that never calls malloc does not link this file, so pays nothing).
 *
 *   arena:  [hdr|payload][hdr|payload] ... [hdr|payload]  top ->  unused
 *
 * Every block starts with a 16-byte header holding its payload size and
 * whether it is free; payloads are 16-byte aligned.  malloc() takes the
 * first free block that fits (merging it with free blocks right after it
 * first, and splitting off the rest), else carves a new block at `top`.
 * Returns NULL when the arena is exhausted.  Not thread-safe: user
 * processes have one thread. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

namespace {

struct Header {
  size_t size; /* payload bytes, a multiple of 16 */
  size_t free; /* 1 if free, 0 if in use */
};
static_assert(sizeof(Header) == 16, "payloads must stay 16-byte aligned");

constexpr size_t ARENA_SIZE = 1024 * 1024;
alignas(16) char arena[ARENA_SIZE];
char *top = arena; /* end of the last block */

Header *next_block(Header *h) { return (Header *)((char *)(h + 1) + h->size); }

/* Merges H with the free blocks that directly follow it. */
void absorb_followers(Header *h) {
  for (Header *n = next_block(h); (char *)n < top && n->free; n = next_block(h))
    h->size += sizeof(Header) + n->size;
}

}  // namespace

extern "C" {

void *malloc(size_t size) {
  if (size == 0) size = 1;
  if (size > ARENA_SIZE) return nullptr;
  size = (size + 15) & ~(size_t)15;

  for (Header *h = (Header *)arena; (char *)h < top; h = next_block(h)) {
    if (!h->free) continue;
    absorb_followers(h);
    if (h->size < size) continue;
    if (h->size >= size + sizeof(Header) + 16) {
      Header *rest = (Header *)((char *)(h + 1) + size);
      rest->size = h->size - size - sizeof(Header);
      rest->free = 1;
      h->size = size;
    }
    h->free = 0;
    return h + 1;
  }

  if ((size_t)(arena + ARENA_SIZE - top) < sizeof(Header) + size) return nullptr;
  Header *h = (Header *)top;
  h->size = size;
  h->free = 0;
  top = (char *)(h + 1) + size;
  return h + 1;
}

void free(void *p) {
  if (p == nullptr) return;
  Header *h = (Header *)p - 1;
  h->free = 1;
  absorb_followers(h);
  if ((char *)next_block(h) == top) top = (char *)h;
}

void *calloc(size_t n, size_t size) {
  if (size != 0 && n > SIZE_MAX / size) return nullptr;
  void *p = malloc(n * size);
  if (p != nullptr) memset(p, 0, n * size);
  return p;
}

void *realloc(void *old, size_t new_size) {
  if (old == nullptr) return malloc(new_size);
  if (new_size == 0) {
    free(old);
    return nullptr;
  }
  Header *h = (Header *)old - 1;
  if (h->size >= new_size) return old;
  void *p = malloc(new_size);
  if (p != nullptr) {
    memcpy(p, old, h->size);
    free(old);
  }
  return p;
}

}  // extern "C"

/* C++ allocation: without exceptions, a failed new returns nullptr (the
 * code is built with -fcheck-new). */
void *operator new(size_t size) { return malloc(size); }
void *operator new[](size_t size) { return malloc(size); }
void operator delete(void *p) noexcept { free(p); }
void operator delete[](void *p) noexcept { free(p); }
void operator delete(void *p, size_t) noexcept { free(p); }
void operator delete[](void *p, size_t) noexcept { free(p); }
