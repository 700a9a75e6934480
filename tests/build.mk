# tests/build.mk -- building, running and judging the tests, the way the
# standard Pintos Makefile.build and tests/Make.tests do it.
#
# The top-level Makefile (through tests/tests.mk) runs this file in the
# build directory:
#
#     make -r -C build -f $(SRCDIR)/tests/build.mk SRCDIR=/path/to/checkout TARGET...
#
# so that, as in standard Pintos, every target is named relative to the
# build directory (tests/threads/alarm-single.output,
# tests/userprog/args-none, tests/lib.o) and sources are found through
# VPATH in the checkout.  That is what lets a standard Make.tests work here
# unmodified, target-specific variables included:
#
#     tests/vm/page-linear.output: TIMEOUT = 300
#     $(MLFQS_OUTPUTS): KERNELFLAGS += -mlfqs
#     tests/%.output: PUTFILES = $(filter-out os.dsk, $^)
#
# Discovery.  Every tests/**/Make.tests (up to three levels) is included;
# its directory D contributes the standard variables
#     D_TESTS         tests to run; each has a checker D/NAME.ck
#     D_PROGS         user programs to build (tests and helpers)
#     D_EXTRA_GRADES  further results judged from other runs (persistence)
#     D_SRC           kernel sources (only tests/threads and its mlfqs
#                     subdirectory: the top-level Makefile builds those
#                     into the kernel)
# and per program or test
#     PROG_SRC        sources (.c, .S, or our own .cc); default PROG.c
#     TEST_ARGS       arguments after the name in `run 'NAME ARGS'`
#     TEST_PUTFILES   more files to put into the file system; each is a
#                     prerequisite of the run, so PUTFILES (= $^ without
#                     os.dsk) holds them and the program itself
# and these variables, usually set per run (TEST.output: VAR = ...):
#     TIMEOUT (60)  MEMORY (20)  SWAP_DISK (4)  FSDISK (10, in MB: room for the
#                   standard vm tests' 2 MB files; the disk file is sparse)
#     PINTOSOPTS    more runner options
#     KERNELFLAGS   kernel options before `run`
#     SIMULATOR     accepted and ignored (QEMU is the only one)
# Our own extension: PROG_LDSCRIPT and PROG_LDFLAGS replace the user
# program's linker script and link flags.
#
# A test is a user-program test if it is also a program (in some D_PROGS):
#     pintos -v -k -T TIMEOUT -m MEMORY PINTOSOPTS --fs-disk=FSDISK
#            -p FILE:NAME... --swap-disk=SWAP_DISK -- -q KERNELFLAGS -f run 'NAME ARGS'
# and a kernel test otherwise (threads, unit, boot):
#     pintos -v -k -T TIMEOUT -m MEMORY PINTOSOPTS -- -q KERNELFLAGS run NAME
# Each run writes TEST.output (the console) and TEST.errors (the runner's
# and QEMU's messages); its checker writes TEST.result, PASS or FAIL first.
#
# A run in which QEMU could not start (runner exit status 3, or an empty
# console with messages in .errors) leaves no .output, so the next `make
# check` runs it again; it writes a .result that quotes .errors instead.

SRCDIR ?= ..
VPATH = $(SRCDIR)
PERL ?= perl
CC := gcc
CXX := g++
LD := ld

# The runner and the backtrace tool, also for checkers that call them by
# their standard names.
export PATH := $(abspath $(SRCDIR))/tools:$(PATH)
PINTOS := $(PERL) $(SRCDIR)/tools/pintos

all: programs
.PHONY: all programs outputs results check-results grade-results FORCE
FORCE:
.SUFFIXES:
.DELETE_ON_ERROR:

# ---------------------------------------------------------------------------
# The test directories, in a stable order: the standard projects' first,
# as Pintos grades them, then every other directory alphabetically.

TEST_MAKEFILES := $(sort $(wildcard $(SRCDIR)/tests/*/Make.tests \
	$(SRCDIR)/tests/*/*/Make.tests $(SRCDIR)/tests/*/*/*/Make.tests))
ALL_SUBDIRS := $(patsubst $(SRCDIR)/%/Make.tests,%,$(TEST_MAKEFILES))
STANDARD_SUBDIRS := tests/threads tests/threads/mlfqs tests/userprog \
	tests/userprog/dup2 tests/userprog/no-vm tests/filesys/base tests/vm \
	tests/vm/cow tests/filesys/extended tests/filesys/buffer-cache \
	tests/filesys/mount tests/filesys/journaling
TEST_SUBDIRS := $(filter $(ALL_SUBDIRS),$(STANDARD_SUBDIRS)) \
	$(filter-out $(STANDARD_SUBDIRS),$(ALL_SUBDIRS))

include $(TEST_MAKEFILES)

# A directory whose Make.tests lists no D_TESTS (our older form) runs one
# test per checker D/NAME.ck.
$(foreach d,$(TEST_SUBDIRS),$(if $($(d)_TESTS),,$(eval $(d)_TESTS := \
	$(patsubst $(SRCDIR)/%.ck,%,$(sort $(wildcard $(SRCDIR)/$(d)/*.ck))))))

PROGS := $(foreach d,$(TEST_SUBDIRS),$($(d)_PROGS))
TESTS := $(foreach d,$(TEST_SUBDIRS),$($(d)_TESTS))

# A student handout (tools/handout) leaves private tests out: their
# checkers and their own sources are gone while a Make.tests may still name
# them.  A test without a checker is not run, and a program whose first
# source is missing is not built.
TESTS := $(foreach t,$(TESTS),$(if $(wildcard $(SRCDIR)/$(t).ck),$(t)))
first_src = $(firstword $($(1)_SRC) $(if $(wildcard $(SRCDIR)/$(1).c),$(1).c,$(1).cc))
PROGS := $(foreach p,$(PROGS),$(if $(wildcard $(SRCDIR)/$(call first_src,$(p))),$(p)))
EXTRA_GRADES := $(foreach d,$(TEST_SUBDIRS),$($(d)_EXTRA_GRADES))
USER_TESTS := $(filter $(PROGS),$(TESTS))
KERNEL_TESTS := $(filter-out $(PROGS),$(TESTS))

OUTPUTS := $(addsuffix .output,$(TESTS) $(EXTRA_GRADES))
RESULTS := $(addsuffix .result,$(TESTS) $(EXTRA_GRADES))

# ---------------------------------------------------------------------------
# User programs (lib/user/user.mk: the user library and the link rule).

include $(SRCDIR)/lib/user/user.mk

programs: $(PROGS)

# ---------------------------------------------------------------------------
# Running a test.

# What a run boots: os.dsk is the kernel (a link to kernel.elf), so that
# the standard `PUTFILES = $(filter-out os.dsk, $^)` leaves just the files
# to put.  kernel.o is the name the standard checkers give backtrace (an
# order-only prerequisite, so it stays out of $^).
os.dsk kernel.o: kernel.elf
	ln -sf kernel.elf $@

TIMEOUT = 60
MEMORY = 20
SWAP_DISK = 4
FSDISK = 10
PINTOSOPTS =
KERNELFLAGS =
SIMULATOR =
# QEMU's own fast loader (qemu) or GRUB from boot.img (grub, 0.3 s more
# per run; what users get, tested by tests/boot).
TEST_LOADER ?= qemu
tests/%.output: PUTFILES = $(filter-out os.dsk, $^)

# Our threads tests run on a slower virtual clock (one guest instruction
# = 2^8 ns instead of 2^6), the MLFQS ones slower still (2^9): they spin
# through minutes of guest time.  All 27 pass at shifts 8, 9 and 10 (runs
# are deterministic: no disk).  Shift 9 for the MLFQS tests runs
# check-threads in 8.1 s of CPU instead of 12.1 s, and leaves a student's
# per-tick MLFQS work more room than 10 (9,800 instructions a tick) would.
# The other threads tests are quick and stay at 8.
tests/threads/%.output: THREADS_ICOUNT_SHIFT = 8
tests/threads/mlfqs/%.output: THREADS_ICOUNT_SHIFT = 9
tests/threads/%.output: PINTOSOPTS += --icount-shift=$(THREADS_ICOUNT_SHIFT)

$(foreach prog,$(PROGS),$(eval $(prog).output: $(prog)))
$(foreach test,$(TESTS),$(eval $(test).output: $($(test)_PUTFILES)))
$(foreach test,$(TESTS),$(eval $(test).output: TEST = $(test)))
$(USER_TESTS:=.output): USER_RUN = yes

# Prevent an environment variable VERBOSE from surprising us.
VERBOSE =

# TESTRUN is the run without redirections (our rules add their own).
# Our older per-test variables TEST_TIMEOUT, TEST_PINTOSOPTS (runner
# options, last so that they win) and TEST_KERNELFLAGS are honoured too.
# --no-default-disks: a ./fs.dsk or ./swap.dsk left in the build directory
# must not change a run (the runner attaches them by default).
TESTRUN = $(PINTOS) -v -k --no-default-disks -T $(or $($(TEST)_TIMEOUT),$(TIMEOUT)) \
	-m $(MEMORY) --loader=$(TEST_LOADER) $(PINTOSOPTS)
TESTRUN += $(if $(USER_RUN),--fs-disk=$(FSDISK) \
	$(foreach file,$(PUTFILES),-p $(file):$(notdir $(file))) \
	--swap-disk=$(SWAP_DISK))
TESTRUN += $($(TEST)_PINTOSOPTS)
TESTRUN += -- -q $(KERNELFLAGS) $($(TEST)_KERNELFLAGS) $(if $(USER_RUN),-f)
TESTRUN += $(if $($(TEST)_ARGS),run '$(*F) $($(TEST)_ARGS)',run $(*F))
# TESTCMD, as in the standard Makefile.build, is the whole run with the
# console in TEST.output and the runner's messages in TEST.errors: the
# rules of standard Make.tests files that boot more than once
# (tests/filesys/extended: mkdisk, $(TESTCMD), $(GETCMD)) use it.
TESTCMD = $(TESTRUN) < /dev/null 2> $(TEST).errors $(if $(VERBOSE),| tee,>) $(TEST).output

# $(call could_not_start,TEST): the shell test that says QEMU never ran.
# Until the runner reports it (exit status 3), an empty console with
# messages on stderr means the same.
could_not_start = [ $$status -eq 3 ] || { [ ! -s $(1).output.tmp ] && [ -s $(1).errors ]; }

%.output: os.dsk | kernel.o
	@mkdir -p $(@D)
	@rm -f $*.result
	$(if $(VERBOSE),,@)$(TESTRUN) < /dev/null 2> $*.errors > $@.tmp; status=$$?; \
	if $(call could_not_start,$*); then \
		rm -f $@.tmp; \
		{ echo FAIL; echo "The run could not start (pintos exit status $$status); $*.errors says:"; \
		  sed -n '1,20s/^/  /p' $*.errors; } > $*.result; \
		echo "FAIL $* (could not start: see $*.result)" >&2; exit 1; \
	fi; \
	mv -f $@.tmp $@

# ---------------------------------------------------------------------------
# Judging a test: the checker runs here, as `perl -I$(SRCDIR) CK TEST
# RESULT`, and writes TEST.result.  What it prints goes to TEST.ck-log.  A
# checker that dies without a verdict is a FAIL quoting its messages; a
# FAIL for a console that is empty also quotes TEST.errors.

%.result: %.ck %.output
	@rm -f $@; $(PERL) -I$(SRCDIR) $< $* $@ > $*.ck-log 2>&1; \
	case "$$(head -n 1 $@ 2>/dev/null)" in \
	PASS|FAIL) ;; \
	*) { echo FAIL; echo "$<: the checker gave no verdict:"; sed 's/^/  /' $*.ck-log; } > $@ ;; \
	esac; \
	if [ "$$(head -n 1 $@)" = FAIL ] && [ ! -s $*.output ] && [ -s $*.errors ]; then \
		{ echo; echo "The kernel printed nothing; $*.errors says:"; \
		  sed -n '1,20s/^/  /p' $*.errors; } >> $@; \
	fi; \
	if [ "$$(head -n 1 $@)" = PASS ]; then echo "pass $*"; else echo "FAIL $*"; fi

outputs: $(OUTPUTS)
results: $(RESULTS)

# The lists the top-level Makefile and tools/check-results work from.
list-tests:
	@printf '%s\n' $(TESTS) $(EXTRA_GRADES)
.PHONY: list-tests

# The tests that must not run side by side: a standard Make.tests of a
# file-system directory that boots more than once runs each test on the
# same disk, tmp.dsk (ours give every test a disk of its own and say so in
# fs_kept_disk_tests, tests/filesys/kept-disk.mk, or fs_own_disk_tests).  tests/tests.mk runs
# these one at a time, after the others.
MULTI_BOOT_SUBDIRS := tests/filesys/extended tests/filesys/buffer-cache tests/filesys/mount
SERIAL_TESTS := $(filter-out $(fs_kept_disk_tests) $(addsuffix -persistence,$(fs_kept_disk_tests)) \
	$(fs_own_disk_tests),\
	$(filter $(foreach d,$(MULTI_BOOT_SUBDIRS),$(d)/%),$(TESTS) $(EXTRA_GRADES)))
list-serial-tests:
	@printf '%s\n' $(SERIAL_TESTS)
.PHONY: list-serial-tests
