/* kernel/ksyms.cc -- binary search in the generated symbol table.
 * Table layout (tools/ksyms-gen): ksyms_count entries of {address, offset of
 * the NUL-terminated name in ksyms_names}, sorted by address. */
#include "kernel/ksyms.h"

struct ksym {
  uint64_t addr;
  uint64_t name;
};

/* Defined by the generated table; weak so that the first link pass, which
 * has no table, still links. */
extern "C" {
[[gnu::weak]] extern const ksym ksyms_table[];
[[gnu::weak]] extern const uint64_t ksyms_count;
[[gnu::weak]] extern const char ksyms_names[];
}

const char *ksyms_lookup(uint64_t addr, uint64_t *offset) {
  if (&ksyms_count == nullptr || ksyms_count == 0) return nullptr;
  uint64_t lo = 0, hi = ksyms_count; /* find the last entry with addr <= ADDR */
  if (addr < ksyms_table[0].addr) return nullptr;
  while (hi - lo > 1) {
    uint64_t mid = lo + (hi - lo) / 2;
    if (ksyms_table[mid].addr <= addr)
      lo = mid;
    else
      hi = mid;
  }
  *offset = addr - ksyms_table[lo].addr;
  return ksyms_names + ksyms_table[lo].name;
}
