/* userprog/load.cc -- the ELF loader and the initial stack (see load.h).
 *
 * ELF64 layouts: System V ABI, "ELF-64 Object File Format" 1.5, and the
 * x86-64 supplement (EM_X86_64 = 62). */
#include "userprog/load.h"

#include <stdio.h>
#include <string.h>

#include "arch/x86_64/cpu.h"
#include "arch/x86_64/gdt.h"
#include "arch/x86_64/interrupt.h"
#include "filesys/file.h"
#include "kernel/palloc.h"
#include "vm/addrspace.h"

namespace {

struct elf64_header {
  uint8_t ident[16];
  uint16_t type;
  uint16_t machine;
  uint32_t version;
  uint64_t entry;
  uint64_t phoff;
  uint64_t shoff;
  uint32_t flags;
  uint16_t ehsize;
  uint16_t phentsize;
  uint16_t phnum;
  uint16_t shentsize;
  uint16_t shnum;
  uint16_t shstrndx;
};
static_assert(sizeof(elf64_header) == 64, "ELF64 file header");

struct elf64_phdr {
  uint32_t type;
  uint32_t flags;
  uint64_t offset;
  uint64_t vaddr;
  uint64_t paddr;
  uint64_t filesz;
  uint64_t memsz;
  uint64_t align;
};
static_assert(sizeof(elf64_phdr) == 56, "ELF64 program header");

constexpr uint16_t ET_EXEC = 2;
constexpr uint16_t EM_X86_64 = 62;
constexpr uint32_t PT_LOAD = 1, PT_DYNAMIC = 2, PT_INTERP = 3, PT_SHLIB = 5;
constexpr uint32_t PF_X = 1, PF_W = 2;
/* e_phnum's escape value: the real count is in section header 0
 * (ELF "extended numbering"), which no executable linker emits. */
constexpr uint16_t PN_XNUM = 0xffff;

/* The reason a load failed, printed as "load: NAME: <reason>". */
using load_error = const char *;

load_error check_header(const elf64_header &h, off_t file_len) {
  static const uint8_t magic[7] = {0x7f, 'E', 'L', 'F', 2 /* 64-bit */, 1 /* LE */, 1};
  if (memcmp(h.ident, magic, sizeof magic) != 0) return "not an ELF64 little-endian file";
  if (h.type != ET_EXEC) return "not an executable (ET_EXEC)";
  if (h.machine != EM_X86_64) return "not an x86-64 executable";
  if (h.version != 1) return "bad ELF version";
  if (h.phentsize != sizeof(elf64_phdr)) return "bad program header size";
  if (h.phnum == 0 || h.phnum == PN_XNUM) return "bad program header count";
  if (h.phoff > (uint64_t)file_len ||
      (uint64_t)file_len - h.phoff < (uint64_t)h.phnum * sizeof(elf64_phdr))
    return "program headers past end of file";
  if (h.entry < PGSIZE || h.entry >= KERN_BASE) return "entry point outside user space";
  return nullptr;
}

/* Checks one PT_LOAD of nonzero memory size. */
load_error check_load_segment(const elf64_phdr &ph, off_t file_len) {
  if ((ph.offset & PGMASK) != (ph.vaddr & PGMASK)) return "segment offset and address differ modulo page size";
  if (ph.offset > (uint64_t)file_len || (uint64_t)file_len - ph.offset < ph.filesz)
    return "segment reaches past end of file";
  if (ph.memsz < ph.filesz) return "segment memory size smaller than file size";
  if (ph.vaddr < PGSIZE || ph.vaddr >= KERN_BASE || ph.memsz > KERN_BASE - ph.vaddr)
    return "segment outside user space";
  return nullptr;
}

/* What add_segment and add_stack's results mean, for the load line. */
load_error layout_error(layout_result r, load_error overlap) {
  switch (r) {
    case layout_result::OK: return nullptr;
    case layout_result::OVERLAP: return overlap;
    case layout_result::SHARED_PAGE: return "too many segments share a page (or out of memory)";
    case layout_result::NO_MEMORY: return "out of memory";
  }
  return "out of memory";
}

/// SOLUTION(vm): lazy loading: the address space (vm/addrspace.cc) records the
/// segment in its supplemental page table and reads each page on its first
/// fault; this call stays as it is.
/* Describes PT_LOAD segment PH to AS, as one region: nothing is read
 * before a page is touched.  A page the segment shares with another at an
 * end of each is merged (abi.md); anything else overlapping is refused. */
/// STUB:
/// /* Adds PT_LOAD segment PH of F to AS.  A page the segment shares with
///  * another at an end of each is merged (abi.md); anything else overlapping
///  * is refused. */
/// END
load_error load_segment(address_space *as, file *f, const elf64_phdr &ph) {
  return layout_error(as->add_segment(ph.vaddr, ph.memsz, f, ph.offset, ph.filesz,
                                      (ph.flags & PF_W) != 0, (ph.flags & PF_X) != 0),
                      "segments overlap");
}

/* Calls VISIT(phdr) for each program header of H in F, in order, and
 * stops at the first error VISIT returns.  H passed check_header. */
template <typename Visit>
load_error for_each_phdr(file *f, const elf64_header &h, Visit visit) {
  for (unsigned i = 0; i < h.phnum; i++) {
    elf64_phdr ph;
    off_t ofs = (off_t)(h.phoff + (uint64_t)i * sizeof ph);
    if (file_read_at(f, &ph, sizeof ph, ofs) != (off_t)sizeof ph) return "read error";
    if (load_error e = visit(ph)) return e;
  }
  return nullptr;
}

load_error load_segments(address_space *as, file *f, uint64_t *entry) {
  off_t file_len = file_length(f);
  elf64_header h;
  if (file_read_at(f, &h, sizeof h, 0) != (off_t)sizeof h) return "not an ELF64 little-endian file";
  if (load_error e = check_header(h, file_len)) return e;

  /* Check everything before mapping anything.  Headers are read one at a
   * time: there may be any number of them (check_header made sure they
   * all lie inside the file). */
  bool any_load = false;
  load_error e = for_each_phdr(f, h, [&](const elf64_phdr &ph) -> load_error {
    switch (ph.type) {
      case PT_DYNAMIC:
      case PT_INTERP:
      case PT_SHLIB:
        return "dynamically linked programs are not supported";
      case PT_LOAD:
        /* An empty segment (binutils emits one for an empty .data) maps
         * nothing: nothing to check or load. */
        if (ph.memsz == 0 && ph.filesz == 0) return nullptr;
        any_load = true;
        return check_load_segment(ph, file_len);
      default: /* PT_NULL, PT_NOTE, PT_PHDR, PT_GNU_STACK, unknown: ignored */
        return nullptr;
    }
  });
  if (e != nullptr) return e;
  if (!any_load) return "no loadable segment";
  e = for_each_phdr(f, h, [&](const elf64_phdr &ph) -> load_error {
    return ph.type == PT_LOAD && ph.memsz != 0 ? load_segment(as, f, ph) : nullptr;
  });
  if (e != nullptr) return e;
  *entry = h.entry;
  return nullptr;
}

/// SOLUTION(userprog): argument passing: put the words of CMDLINE on the new
/// stack as argv[] (layout in load.h) and start with rdi = argc, rsi = argv.
/* Calls VISIT(word, length) for each space-separated word of S. */
template <typename Visit>
void for_each_word(const char *s, Visit visit) {
  while (*s != '\0') {
    while (*s == ' ') s++;
    const char *w = s;
    while (*s != '\0' && *s != ' ') s++;
    if (s > w) visit(w, (size_t)(s - w));
  }
}

/* Lays the arguments out in a kernel page, then makes that the process's
 * first stack page (see load.h). */
load_error build_stack(address_space *as, const char *cmdline, intr_frame *f) {
  size_t argc = 0, strings = 0;
  for_each_word(cmdline, [&](const char *, size_t len) {
    argc++;
    strings += len + 1;
  });
  /* Sizes are bounded by the one-page command line, so no overflow. */
  uint64_t str_base = USER_STACK - strings;
  uint64_t argv_base = ((str_base & ~7ULL) - (argc + 1) * 8) & ~15ULL;
  uint64_t rsp = argv_base - 8;
  if (strings > PGSIZE || USER_STACK - rsp > PGSIZE) return "arguments do not fit in one page";

  uint64_t page = USER_STACK - PGSIZE;
  uint8_t *kpage = (uint8_t *)palloc_get_page(PAL_ZERO);
  if (kpage == nullptr) return "out of memory";
  struct page_freer {
    void *p;
    ~page_freer() { palloc_free_page(p); }
  } free_kpage{kpage};
  auto kaddr = [&](uint64_t uaddr) { return kpage + (uaddr - page); };

  /* Strings from the lowest address up: argv[0] lowest, last highest. The
   * page is zeroed, so padding, argv[argc] and the return address are 0. */
  uint64_t *argv = (uint64_t *)kaddr(argv_base);
  uint64_t at = str_base;
  size_t i = 0;
  for_each_word(cmdline, [&](const char *w, size_t len) {
    memcpy(kaddr(at), w, len);
    argv[i++] = at;
    at += len + 1;
  });

  if (load_error e = layout_error(as->add_stack(kpage), "a segment overlaps the stack")) return e;

  memset(f, 0, sizeof *f);
  f->R.rdi = argc;
  f->R.rsi = argv_base;
  f->rsp = rsp;
  f->cs = SEL_UCSEG;
  f->ss = SEL_UDSEG;
  f->eflags = FLAG_IF | FLAG_MBS;
  return nullptr;
}

/// STUB:
/// /* Makes the first stack page (empty: no arguments yet) and fills F. */
/// load_error build_stack(address_space *as, const char *cmdline, intr_frame *f) {
///   void *kpage = palloc_get_page(PAL_ZERO);
///   if (kpage == nullptr) return "out of memory";
///   layout_result r = as->add_stack(kpage);
///   palloc_free_page(kpage);
///   if (r != layout_result::OK) return "cannot make the stack";
///   memset(f, 0, sizeof *f);
///   f->rsp = USER_STACK - 8;
///   f->cs = SEL_UCSEG;
///   f->ss = SEL_UDSEG;
///   f->eflags = FLAG_IF | FLAG_MBS;
///   return nullptr;
/// }
///
/// END
}  // namespace

void program_name(const char *cmdline, char *name, size_t size) {
  while (*cmdline == ' ') cmdline++;
  size_t n = 0;
  while (cmdline[n] != '\0' && cmdline[n] != ' ' && n + 1 < size) {
    name[n] = cmdline[n];
    n++;
  }
  name[n] = '\0';
}

bool load_program(address_space *as, file *file, const char *name, const char *cmdline,
                  intr_frame *f) {
  uint64_t entry = 0;
  load_error e = load_segments(as, file, &entry);
  if (e == nullptr) e = build_stack(as, cmdline, f);
  if (e != nullptr) {
    printf("load: %s: %s\n", name, e);
    return false;
  }
  f->rip = entry;
  return true;
}
