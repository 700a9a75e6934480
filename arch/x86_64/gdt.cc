/* arch/x86_64/gdt.cc -- the global descriptor table and the TSS.
 * Descriptor formats: Intel SDM vol. 3, 3.4.5 (segment descriptors) and
 * 8.2.3 (64-bit TSS descriptor, figure 8-4; TSS layout, figure 8-11). */
#include "arch/x86_64/gdt.h"

namespace {

/* The 64-bit task-state segment (SDM vol. 3, figure 8-11). */
struct [[gnu::packed]] Tss {
  uint32_t reserved0;
  uint64_t rsp0, rsp1, rsp2;
  uint64_t reserved1;
  uint64_t ist[7];
  uint64_t reserved2;
  uint16_t reserved3;
  uint16_t iomap_base;
};
static_assert(sizeof(Tss) == 104, "TSS layout (SDM figure 8-11)");

struct [[gnu::packed]] DescriptorPointer {
  uint16_t limit;
  uint64_t base;
};

/* Code/data descriptor flags. */
constexpr uint64_t DESC_PRESENT = 1ULL << 47;
constexpr uint64_t DESC_USER_SEG = 1ULL << 44; /* S: code or data, not system */
constexpr uint64_t DESC_CODE = 1ULL << 43;
constexpr uint64_t DESC_RW = 1ULL << 41;       /* readable code / writable data */
constexpr uint64_t DESC_LONG = 1ULL << 53;     /* L: 64-bit code */
constexpr uint64_t DESC_DB = 1ULL << 54;       /* 32-bit default size (data) */
constexpr uint64_t DESC_GRAN = 1ULL << 55;     /* limit in 4 KiB units */
constexpr uint64_t DESC_LIMIT = 0x000f00000000ffffULL;
constexpr uint64_t dpl(int level) { return (uint64_t)level << 45; }

constexpr uint64_t code_desc(int level) {
  return DESC_PRESENT | DESC_USER_SEG | DESC_CODE | DESC_RW | DESC_LONG | DESC_GRAN |
         DESC_LIMIT | dpl(level);
}
constexpr uint64_t data_desc(int level) {
  return DESC_PRESENT | DESC_USER_SEG | DESC_RW | DESC_DB | DESC_GRAN | DESC_LIMIT |
         dpl(level);
}

Tss tss;
alignas(16) uint8_t double_fault_stack[4096];
alignas(16) uint64_t gdt[7];

}  // namespace

void gdt_init(void) {
  gdt[SEL_NULL / 8] = 0;
  gdt[SEL_KCSEG / 8] = code_desc(0);
  gdt[SEL_KDSEG / 8] = data_desc(0);
  gdt[(SEL_UDSEG & ~3) / 8] = data_desc(3);
  gdt[(SEL_UCSEG & ~3) / 8] = code_desc(3);

  /* A 64-bit TSS descriptor takes two slots: base bits 0..39 and limit in
   * the first, base bits 32..63 in the second (SDM figure 8-4). */
  tss.iomap_base = sizeof(Tss); /* no I/O permission bitmap */
  tss.ist[0] = (uint64_t)(double_fault_stack + sizeof double_fault_stack);
  uint64_t base = (uint64_t)&tss;
  uint64_t limit = sizeof(Tss) - 1;
  gdt[SEL_TSS / 8] = (limit & 0xffff) | ((base & 0xffffff) << 16) |
                     (0x9ULL << 40) /* available 64-bit TSS */ | DESC_PRESENT |
                     (((base >> 24) & 0xff) << 56);
  gdt[SEL_TSS / 8 + 1] = base >> 32;

  DescriptorPointer gdtr = {sizeof gdt - 1, (uint64_t)gdt};
  asm volatile(
      "lgdt %0\n\t"
      "movw %w1, %%ds\n\t"
      "movw %w1, %%es\n\t"
      "movw %w1, %%ss\n\t"
      /* Reload CS with a far return: push selector and target. */
      "pushq %2\n\t"
      "movabsq $1f, %%rax\n\t"
      "pushq %%rax\n\t"
      "lretq\n"
      "1:"
      :
      : "m"(gdtr), "r"((uint64_t)SEL_KDSEG), "i"((uint64_t)SEL_KCSEG)
      : "rax", "memory");
  asm volatile("ltr %w0" : : "r"(SEL_TSS));
}

void tss_set_kernel_stack(uint64_t rsp0) { tss.rsp0 = rsp0; }
uint64_t tss_get_kernel_stack(void) { return tss.rsp0; }
