/// SOLUTION FILE(userprog): safe access to user memory (see uaccess.h).
/* userprog/uaccess.cc -- range checks around the faulting copy routines
 * (see userprog/uaccess.h for the design). */
#include "userprog/uaccess.h"

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"

namespace {

struct fixup {
  uint64_t start, end, fixup;
};

}  // namespace

extern "C" {
size_t uaccess_copy(void *dst, const void *src, size_t n);
size_t uaccess_strncpy(char *dst, const char *src, size_t max);
extern const fixup uaccess_fixups[];
}

namespace {

/* True if [UADDR, UADDR + N) lies entirely in user space (no wrap). */
bool user_range_ok(const void *uaddr, size_t n) {
  uint64_t start = (uint64_t)uaddr;
  return start < KERN_BASE && n <= KERN_BASE - start;
}

}  // namespace

bool copy_from_user(void *dst, const void *usrc, size_t n) {
  if (n == 0) return true;
  if (!user_range_ok(usrc, n)) return false;
  return uaccess_copy(dst, usrc, n) == 0;
}

bool copy_to_user(void *udst, const void *src, size_t n) {
  if (n == 0) return true;
  if (!user_range_ok(udst, n)) return false;
  return uaccess_copy(udst, src, n) == 0;
}

bool user_buffer_ok(const void *uaddr, size_t n, bool writable) {
  if (n == 0) return true;
  if (!user_range_ok(uaddr, n)) return false;
  uint64_t start = (uint64_t)uaddr, end = start + n;
  for (uint64_t at = start; at < end; at = (at & ~PGMASK) + PGSIZE) {
    uint8_t byte;
    if (uaccess_copy(&byte, (const void *)at, 1) != 0) return false;
    if (writable && uaccess_copy((void *)at, &byte, 1) != 0) return false;
  }
  return true;
}

user_string strncpy_from_user(char *dst, const char *usrc, size_t size) {
  uint64_t start = (uint64_t)usrc;
  if (size == 0 || start >= KERN_BASE) return user_string::FAULT;
  /* Never read at or past KERN_BASE: a string reaching it is bad memory. */
  size_t room = KERN_BASE - start;
  size_t limit = size < room ? size : room;
  size_t len = uaccess_strncpy(dst, usrc, limit);
  if (len == (size_t)-1) return user_string::FAULT;
  if (len < limit) return user_string::OK;
  dst[size - 1] = '\0';
  if (limit == room) return user_string::FAULT;
  /* Too long for DST: check the rest of the string, storing nothing. */
  len = uaccess_strncpy(nullptr, usrc + limit, room - limit);
  if (len == (size_t)-1 || len == room - limit) return user_string::FAULT;
  return user_string::TOO_LONG;
}

bool uaccess_in_routine(uint64_t rip) {
  for (const fixup *fx = uaccess_fixups; fx->start != 0; fx++)
    if (rip >= fx->start && rip < fx->end) return true;
  return false;
}

bool uaccess_fixup(intr_frame *f, uint64_t fault_addr) {
  if (fault_addr >= KERN_BASE) return false;
  for (const fixup *fx = uaccess_fixups; fx->start != 0; fx++) {
    if (f->rip >= fx->start && f->rip < fx->end) {
      f->rip = fx->fixup;
      return true;
    }
  }
  return false;
}
