/* arch/x86_64/start.S -- from the boot loader to kernel_main() in long mode.
 *
 * Two boot protocols reach _start32, both in 32-bit protected mode with
 * paging off, EAX = a magic value and EBX = the physical address of the boot
 * information:
 *   - multiboot2 (GRUB, the path users get): EAX = 0x36d76289;
 *   - multiboot1 with the a.out-kludge addresses (QEMU's fast -kernel loader,
 *     which refuses plain ELF64 images): EAX = 0x2badb002.
 *
 * Steps: zero the BSS; build boot page tables that map the first 1 GiB of
 * physical memory twice, at 0 (identity, needed while we still execute at
 * physical addresses) and at KERN_BASE; enable PAE, long mode (EFER.LME),
 * no-execute support when the CPU has it, and paging; far-jump into 64-bit
 * code; jump to the higher half; call kernel_main(magic, info_paddr).
 * kernel/init.cc then builds the real page tables (arch/x86_64/paging.cc).
 *
 * References: Intel SDM vol. 3, 9.8.5 "Initializing IA-32e mode"; the
 * Multiboot specifications 0.6.96 and 2.0. */

#define KERN_BASE 0x8004000000
#define PHYS(sym) ((sym) - KERN_BASE)

#define MB1_MAGIC 0x1badb002
#define MB1_FLAGS 0x00010002 /* bit 1: memory map; bit 16: address fields */
#define MB2_MAGIC 0xe85250d6

        .section .multiboot, "a"
        .align 8
mb1_header:
        .long MB1_MAGIC
        .long MB1_FLAGS
        .long -(MB1_MAGIC + MB1_FLAGS)
        .long PHYS(mb1_header)          /* header_addr */
        .long PHYS(__image_start)       /* load_addr */
        .long PHYS(__data_end)          /* load_end_addr */
        .long PHYS(__bss_end)           /* bss_end_addr */
        .long PHYS(_start32)            /* entry_addr */

        .align 8
mb2_header:
        .long MB2_MAGIC
        .long 0                         /* architecture: i386 protected mode */
        .long mb2_header_end - mb2_header
        .long -(MB2_MAGIC + (mb2_header_end - mb2_header))
        .align 8
        .short 3, 0                     /* tag: entry address */
        .long 12
        .long PHYS(_start32)
        .align 8
        .short 0, 0                     /* tag: end */
        .long 8
mb2_header_end:

/* ------------------------------------------------------------------------ */
        .section .text.boot, "ax"
        .code32
        .globl _start32
_start32:
        cli
        cld
        movl %eax, %ebp                 /* keep the magic; EBX keeps the info */

        /* Zero the BSS (it holds the boot page tables and stack). */
        movl $PHYS(__bss_start), %edi
        movl $PHYS(__bss_end), %ecx
        subl %edi, %ecx
        xorl %eax, %eax
        rep stosb

        movl $PHYS(boot_stack_top), %esp

        /* The kernel takes its interrupts from the 8259 PICs, which reach
         * the processor through the local APIC's LINT0 pin.  Put the APIC
         * in virtual-wire mode, as a PC BIOS does (SDM vol. 3, 10.5.1;
         * MP spec 3.6.2.2): software-enabled, LINT0 = ExtINT, LINT1 = NMI.
         * SeaBIOS already does this; a minimal firmware (qboot) does not.
         * Paging is still off: the registers are at their physical
         * address. */
        orl $0x100, 0xfee000f0          /* spurious-interrupt register: enabled */
        movl $0x700, 0xfee00350         /* LVT LINT0: ExtINT, not masked */
        movl $0x400, 0xfee00360         /* LVT LINT1: NMI, not masked */

        /* PML4[0] -> identity PDPT, PML4[1] -> high PDPT (0x8000000000). */
        movl $PHYS(boot_pdpt_low), %eax
        orl $3, %eax                    /* present, writable */
        movl %eax, PHYS(boot_pml4)
        movl $PHYS(boot_pdpt_high), %eax
        orl $3, %eax
        movl %eax, PHYS(boot_pml4) + 8

        /* Identity PDPT[0] -> boot_pd_low; high PDPT[0] -> boot_pd_high. */
        movl $PHYS(boot_pd_low), %eax
        orl $3, %eax
        movl %eax, PHYS(boot_pdpt_low)
        movl $PHYS(boot_pd_high), %eax
        orl $3, %eax
        movl %eax, PHYS(boot_pdpt_high)

        /* boot_pd_low[i] maps physical i * 2 MiB (i = 0..511). */
        xorl %ecx, %ecx
1:      movl %ecx, %eax
        shll $21, %eax
        orl $0x83, %eax                 /* present, writable, 2 MiB page */
        movl %eax, PHYS(boot_pd_low)(,%ecx,8)
        incl %ecx
        cmpl $512, %ecx
        jne 1b

        /* KERN_BASE is 64 MiB into its 1 GiB slot: boot_pd_high[32 + i]
         * maps physical i * 2 MiB (i = 0..479). */
        xorl %ecx, %ecx
1:      movl %ecx, %eax
        shll $21, %eax
        orl $0x83, %eax
        movl %eax, PHYS(boot_pd_high) + 32 * 8(,%ecx,8)
        incl %ecx
        cmpl $480, %ecx
        jne 1b

        /* CR4.PAE on; CR3 = boot PML4. */
        movl %cr4, %eax
        orl $(1 << 5), %eax
        movl %eax, %cr4
        movl $PHYS(boot_pml4), %eax
        movl %eax, %cr3

        /* Does the CPU support no-execute (CPUID 0x80000001 EDX bit 20)? */
        pushl %ebx                      /* cpuid overwrites EBX */
        movl $0x80000001, %eax
        cpuid
        popl %ebx
        xorl %esi, %esi
        testl $(1 << 20), %edx
        jz 2f
        movl $(1 << 11), %esi           /* EFER.NXE */
2:      movl $0xc0000080, %ecx          /* IA32_EFER */
        rdmsr
        orl $(1 << 8), %eax             /* LME: long mode enable */
        orl %esi, %eax
        wrmsr

        /* CR0: paging, write-protect (the kernel honours read-only pages;
         * copy-on-write depends on it), protection. */
        movl %cr0, %eax
        orl $0x80010001, %eax
        movl %eax, %cr0

        lgdt PHYS(boot_gdt_desc)
        ljmp $0x08, $PHYS(start64_low)

        .code64
start64_low:
        movabsq $start64_high, %rax
        jmp *%rax

        .text
start64_high:
        movw $0x10, %ax
        movw %ax, %ds
        movw %ax, %es
        movw %ax, %ss
        xorw %ax, %ax
        movw %ax, %fs
        movw %ax, %gs
        movabsq $boot_stack_top, %rsp
        movl %ebp, %edi                 /* arg 0: boot loader magic */
        movl %ebx, %esi                 /* arg 1: boot information (physical) */
        xorl %ebp, %ebp                 /* end of the frame-pointer chain */
        movabsq $kernel_main, %rax
        call *%rax
3:      cli
        hlt
        jmp 3b

/* A minimal GDT for the switch; arch/x86_64/gdt.cc installs the real one. */
        .section .rodata
        .align 16
boot_gdt:
        .quad 0
        .quad 0x00af9a000000ffff        /* 0x08: 64-bit kernel code */
        .quad 0x00cf92000000ffff        /* 0x10: kernel data */
boot_gdt_end:
boot_gdt_desc:
        .short boot_gdt_end - boot_gdt - 1
        .long PHYS(boot_gdt)

        .section .bss
        .align 4096
boot_pml4:      .skip 4096
boot_pdpt_low:  .skip 4096
boot_pdpt_high: .skip 4096
boot_pd_low:    .skip 4096
boot_pd_high:   .skip 4096

/* The initial thread's kernel stack: 8 KiB, 8 KiB-aligned (by linker.ld:
 * an 8 KiB section alignment would push the image past the first 8 KiB of
 * the file, where multiboot1 loaders look for the header), so that
 * kernel/thread.cc can place the "main" thread's struct thread at its base
 * like every other thread's. */
        .section .bss.boot_stack, "aw", @nobits
        .align 4096
        .globl boot_stack, boot_stack_top
boot_stack:     .skip 8192
boot_stack_top:
        .section .note.GNU-stack, "", @progbits
