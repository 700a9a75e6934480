/* arch/x86_64/interrupt.cc -- the IDT, the 8259 PICs and interrupt dispatch.
 *
 * Every vector enters intr_handler() through intr-stubs.S with a complete
 * struct intr_frame.  External interrupts (the PIC's IRQ 0..15 at vectors
 * 0x20..0x2f) run their handler with interrupts off, are acknowledged at the
 * PIC, and may ask for a thread switch just before the return
 * (intr_yield_on_return): that is how the timer preempts.
 *
 * References: Intel SDM vol. 3, 6.14.1 (64-bit IDT gate descriptors);
 * Intel 8259A data sheet (ICW1..ICW4, OCW1/OCW2). */
#include "arch/x86_64/interrupt.h"

#include <debug.h>
#include <stdio.h>

#include "arch/x86_64/cpu.h"
#include "arch/x86_64/gdt.h"
#include "arch/x86_64/io.h"
#include "kernel/thread.h"

extern "C" const uint64_t intr_stubs[256];
extern "C" void intr_handler(intr_frame *frame);

namespace {

/* A 64-bit interrupt gate (SDM vol. 3, figure 6-8). */
struct [[gnu::packed]] Gate {
  uint16_t offset_low;
  uint16_t selector;
  uint8_t ist;        /* interrupt stack table index, 0 = none */
  uint8_t type_attr;  /* P | DPL | type (0xe interrupt gate, 0xf trap gate) */
  uint16_t offset_mid;
  uint32_t offset_high;
  uint32_t reserved;
};
static_assert(sizeof(Gate) == 16, "IDT gate layout");

struct [[gnu::packed]] IdtPointer {
  uint16_t limit;
  uint64_t base;
};

constexpr int IDT_VECTORS = 256;
constexpr uint8_t VEC_DOUBLE_FAULT = 8;
constexpr uint8_t PIC_VEC_BASE = 0x20;

/* 8259A ports. */
constexpr uint16_t PIC0_CMD = 0x20, PIC0_DATA = 0x21;
constexpr uint16_t PIC1_CMD = 0xa0, PIC1_DATA = 0xa1;

alignas(16) Gate idt[IDT_VECTORS];
intr_handler_func *handlers[IDT_VECTORS];
const char *names[IDT_VECTORS];
uint16_t pic_mask = 0xffff; /* bit N set: IRQ N masked */

/* Guarded by interrupts being off (they are, inside external handlers). */
bool in_external_intr;
bool yield_on_return;

Gate make_gate(uint64_t target, int dpl, intr_level level, uint8_t ist) {
  Gate g = {};
  g.offset_low = target & 0xffff;
  g.offset_mid = (target >> 16) & 0xffff;
  g.offset_high = target >> 32;
  g.selector = SEL_KCSEG;
  g.ist = ist;
  /* An interrupt gate clears IF on entry; a trap gate leaves it alone. */
  uint8_t type = level == INTR_OFF ? 0xe : 0xf;
  g.type_attr = 0x80 | (uint8_t)(dpl << 5) | type;
  return g;
}

void pic_write_mask(void) {
  outb(PIC0_DATA, pic_mask & 0xff);
  outb(PIC1_DATA, pic_mask >> 8);
}

/* Remaps the PICs to vectors 0x20..0x2f with every IRQ masked. */
void pic_init(void) {
  outb(PIC0_DATA, 0xff);
  outb(PIC1_DATA, 0xff);
  outb(PIC0_CMD, 0x11);            /* ICW1: edge triggered, cascade, ICW4 */
  outb(PIC0_DATA, PIC_VEC_BASE);   /* ICW2: vector base */
  outb(PIC0_DATA, 0x04);           /* ICW3: slave on IRQ 2 */
  outb(PIC0_DATA, 0x01);           /* ICW4: 8086 mode */
  outb(PIC1_CMD, 0x11);
  outb(PIC1_DATA, PIC_VEC_BASE + 8);
  outb(PIC1_DATA, 0x02);           /* ICW3: slave id 2 */
  outb(PIC1_DATA, 0x01);
  pic_mask = 0xffff & ~(1 << 2);   /* the cascade line stays open */
  pic_write_mask();
}

void pic_end_of_interrupt(int irq) {
  if (irq >= 8) outb(PIC1_CMD, 0x20);
  outb(PIC0_CMD, 0x20);
}

const char *const exception_names[32] = {
    "#DE Divide Error", "#DB Debug Exception", "NMI Interrupt", "#BP Breakpoint Exception",
    "#OF Overflow Exception", "#BR BOUND Range Exceeded Exception",
    "#UD Invalid Opcode Exception", "#NM Device Not Available Exception",
    "#DF Double Fault Exception", "Coprocessor Segment Overrun",
    "#TS Invalid TSS Exception", "#NP Segment Not Present",
    "#SS Stack Fault Exception", "#GP General Protection Exception",
    "#PF Page-Fault Exception", "Reserved", "#MF x87 FPU Floating-Point Error",
    "#AC Alignment Check Exception", "#MC Machine-Check Exception",
    "#XF SIMD Floating-Point Exception", "#VE Virtualization Exception",
    "#CP Control Protection Exception"};

}  // namespace


void intr_init(void) {
  pic_init();
  for (int vec = 0; vec < IDT_VECTORS; vec++) {
    uint8_t ist = vec == VEC_DOUBLE_FAULT ? 1 : 0;
    idt[vec] = make_gate(intr_stubs[vec], 0, INTR_OFF, ist);
    names[vec] = vec < 22 ? exception_names[vec] : "unknown";
  }
  IdtPointer idtr = {sizeof idt - 1, (uint64_t)idt};
  asm volatile("lidt %0" : : "m"(idtr));
}

void intr_register_ext(uint8_t vec, intr_handler_func *handler, const char *name) {
  ASSERT(vec >= PIC_VEC_BASE && vec < PIC_VEC_BASE + 16);
  ASSERT(handlers[vec] == nullptr);
  interrupts_off off;
  handlers[vec] = handler;
  names[vec] = name;
  pic_mask &= ~(1 << (vec - PIC_VEC_BASE));
  pic_write_mask();
}

void intr_set_masked(uint8_t vec, bool masked) {
  ASSERT(vec >= PIC_VEC_BASE && vec < PIC_VEC_BASE + 16);
  interrupts_off off;
  uint16_t bit = (uint16_t)(1 << (vec - PIC_VEC_BASE));
  pic_mask = masked ? (uint16_t)(pic_mask | bit) : (uint16_t)(pic_mask & ~bit);
  pic_write_mask();
}

void intr_register_int(uint8_t vec, int dpl, intr_level level, intr_handler_func *handler,
                       const char *name) {
  ASSERT(vec < PIC_VEC_BASE || vec >= PIC_VEC_BASE + 16);
  interrupts_off off;
  handlers[vec] = handler;
  names[vec] = name;
  uint8_t ist = vec == VEC_DOUBLE_FAULT ? 1 : 0;
  idt[vec] = make_gate(intr_stubs[vec], dpl, level, ist);
}

bool intr_context(void) { return in_external_intr; }

void intr_yield_on_return(void) {
  ASSERT(intr_context());
  yield_on_return = true;
}

const char *intr_name(uint8_t vec) { return names[vec]; }

/* Called by intr_entry for every interrupt. */
extern "C" void intr_handler(intr_frame *frame) {
  uint64_t vec = frame->vec_no;
  bool external = vec >= PIC_VEC_BASE && vec < PIC_VEC_BASE + 16;
  if (external) {
    ASSERT(intr_get_level() == INTR_OFF);
    ASSERT(!intr_context());
    in_external_intr = true;
    yield_on_return = false;
  }

  intr_handler_func *handler = handlers[vec];
  if (handler != nullptr) {
    handler(frame);
  } else if (vec == PIC_VEC_BASE + 7 || vec == PIC_VEC_BASE + 15) {
    /* A spurious interrupt from one of the PICs: nothing to do. */
  } else {
    intr_dump_frame(frame);
    PANIC("unexpected interrupt %#04llx (%s)", (unsigned long long)vec, intr_name(vec));
  }

  if (external) {
    ASSERT(intr_get_level() == INTR_OFF);
    in_external_intr = false;
    pic_end_of_interrupt(vec - PIC_VEC_BASE);
    if (yield_on_return) thread_yield();
  }
}

void intr_dump_frame(const intr_frame *f) {
  uint64_t cr2;
  asm volatile("movq %%cr2, %0" : "=r"(cr2));
  printf("Interrupt %#04llx (%s) at rip=%llx\n", (unsigned long long)f->vec_no,
         intr_name(f->vec_no), (unsigned long long)f->rip);
  printf(" cr2=%016llx error=%16llx\n", (unsigned long long)cr2,
         (unsigned long long)f->error_code);
  printf(" rax %016llx rbx %016llx rcx %016llx rdx %016llx\n",
         (unsigned long long)f->R.rax, (unsigned long long)f->R.rbx,
         (unsigned long long)f->R.rcx, (unsigned long long)f->R.rdx);
  printf(" rsp %016llx rbp %016llx rsi %016llx rdi %016llx\n",
         (unsigned long long)f->rsp, (unsigned long long)f->R.rbp,
         (unsigned long long)f->R.rsi, (unsigned long long)f->R.rdi);
  printf(" rip %016llx r8 %016llx  r9 %016llx r10 %016llx\n",
         (unsigned long long)f->rip, (unsigned long long)f->R.r8,
         (unsigned long long)f->R.r9, (unsigned long long)f->R.r10);
  printf(" r11 %016llx r12 %016llx r13 %016llx r14 %016llx\n",
         (unsigned long long)f->R.r11, (unsigned long long)f->R.r12,
         (unsigned long long)f->R.r13, (unsigned long long)f->R.r14);
  printf(" r15 %016llx rflags %08llx\n", (unsigned long long)f->R.r15,
         (unsigned long long)f->eflags);
  printf(" cs %04x ss %04x\n", (unsigned)f->cs, (unsigned)f->ss);
}
