# Top-level build for the Pintos x86-64 C++ kernel.
#
#   make            build build/kernel.elf, the GRUB boot disk and user programs
#   make run        boot the kernel (through GRUB) and run something real
#   make check      run every test (parallel), one line per test, then a summary
#   make grade      run every test and weigh the results by rubric
#   make bench      run the benchmarks and print their figures
#   make fuzz       random system calls, with and without memory pressure
#                   (FUZZ_CALLS, FUZZ_SEEDS; not part of make check)
#
# Sources are found by wildcard: a new .cc or .S file in a kernel folder is
# built into the kernel without editing this file.  Kernel-side tests register
# themselves (see tests/ktest.h), so they need no table either.

BUILD    ?= build
CXX      := g++
CC       := gcc
LD       := ld
OBJCOPY  := objcopy
PERL     := perl

GCC_INC  := $(shell $(CC) -print-file-name=include)

# Flags shared by kernel and user code: freestanding C++20, our own lib/ headers
# instead of the host's C library.
COMMON_FLAGS := -std=gnu++20 -ffreestanding -fno-exceptions -fno-rtti \
	-fno-threadsafe-statics -fno-use-cxa-atexit -fno-stack-protector -fcheck-new \
	-fno-pic -fno-pie -fno-omit-frame-pointer -fno-asynchronous-unwind-tables \
	-nostdinc -isystem $(GCC_INC) -I. -Ilib \
	-O2 -g -Wall -Wextra -Wno-unused-parameter -Wno-missing-field-initializers \
	-MMD -MP

# Kernel: linked at 0x8004000000 + physical address (Pintos convention), which
# forces the large code model.  No red zone (interrupts use the same stack),
# no SSE/FPU registers (we do not save them on a context switch).
KERNEL_FLAGS := $(COMMON_FLAGS) -mcmodel=large -mno-red-zone -mgeneral-regs-only \
	-Ilib/kernel -DKERNEL

# User programs: baseline x86-64 without SSE (QEMU's qemu64 CPU), static,
# linked at 0x400000.
USER_FLAGS := $(COMMON_FLAGS) -mno-sse -mno-red-zone -Ilib/user -DUSER

KERNEL_DIRS := arch/x86_64 kernel devices filesys userprog vm lib lib/kernel \
	tests/kernel tests/threads tests/threads/mlfqs tests/unit tests/boot
KERNEL_SRCS := $(foreach d,$(KERNEL_DIRS),$(wildcard $(d)/*.cc) $(wildcard $(d)/*.S))
KERNEL_OBJS := $(patsubst %,$(BUILD)/kobj/%.o,$(KERNEL_SRCS))

all: $(BUILD)/.deps-ok $(BUILD)/kernel.elf $(BUILD)/boot.img

# Host packages (QEMU, GRUB, ...): installed on first use, see tools/install-deps.
$(BUILD)/.deps-ok: tools/install-deps
	@sh tools/install-deps
	@mkdir -p $(@D) && touch $@

$(BUILD)/kobj/%.cc.o: %.cc
	@mkdir -p $(@D)
	$(CXX) $(KERNEL_FLAGS) -c $< -o $@

$(BUILD)/kobj/%.S.o: %.S
	@mkdir -p $(@D)
	$(CXX) $(KERNEL_FLAGS) -D__ASSEMBLY__ -c $< -o $@

# Two links: the first image's text symbols become a table (tools/ksyms-gen)
# that the second link places after .data, so no code moves; the check below
# proves it.  The table lets a panic print function names.
KERNEL_LDFLAGS := -n -z max-page-size=0x1000 -z noexecstack -z noseparate-code -T linker.ld

# The object list, rewritten only when it changes, so that deleting a source
# file also relinks the kernel.
$(BUILD)/kernel.objs: FORCE
	@mkdir -p $(@D)
	@echo '$(KERNEL_OBJS)' | cmp -s - $@ || echo '$(KERNEL_OBJS)' > $@

$(BUILD)/kernel.elf: $(KERNEL_OBJS) $(BUILD)/kernel.objs linker.ld tools/ksyms-gen
	$(LD) $(KERNEL_LDFLAGS) -o $(BUILD)/kernel.pass1.elf $(KERNEL_OBJS)
	nm -n -C --defined-only $(BUILD)/kernel.pass1.elf | $(PERL) tools/ksyms-gen > $(BUILD)/ksyms.S
	$(CC) -c $(BUILD)/ksyms.S -o $(BUILD)/ksyms.o
	$(LD) $(KERNEL_LDFLAGS) -o $@ $(KERNEL_OBJS) $(BUILD)/ksyms.o
	@nm -n --defined-only $(BUILD)/kernel.pass1.elf | grep -i ' t ' > $(BUILD)/ksyms.pass1
	@nm -n --defined-only $@ | grep -i ' t ' > $(BUILD)/ksyms.pass2
	@cmp -s $(BUILD)/ksyms.pass1 $(BUILD)/ksyms.pass2 || \
		{ echo "kernel text moved between link passes"; rm -f $@; exit 1; }

# The GRUB boot disk is built once per kernel build; each run passes its own
# command line through QEMU's fw_cfg, so the image never changes per test.
$(BUILD)/boot.img: $(BUILD)/kernel.elf tools/make-boot-disk
	$(PERL) tools/make-boot-disk $(BUILD)/kernel.elf $@

# `make run` boots through GRUB (the path users get) and runs RUN.
RUN ?= alarm-multiple
run: all
	$(PERL) tools/pintos --loader=grub -- -q run '$(RUN)'

-include $(wildcard lib/user/user.mk)
-include $(wildcard tests/tests.mk)
-include $(wildcard tests/bench/bench.mk)

# `make fuzz`: FUZZ_CALLS random system calls split over FUZZ_SEEDS, half of
# them under memory pressure; prints calls, panics, hangs and leaks per run
# (tests/userprog-extra/run-fuzz).
FUZZ_CALLS ?= 1000000
FUZZ_SEEDS ?= 1,2,3,4
fuzz: all
	$(PERL) tests/userprog-extra/run-fuzz --build=$(BUILD) --calls=$(FUZZ_CALLS) --seeds=$(FUZZ_SEEDS)

clean:
	rm -rf $(BUILD)

.PHONY: all clean run check grade bench fuzz FORCE
FORCE:
-include $(KERNEL_OBJS:.o=.d)
