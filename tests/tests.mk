# tests/tests.mk -- running the tests (included by the top-level Makefile).
#
#   make check                  every test, in parallel (-j2 unless -jN given);
#                               one "pass tests/..." or "FAIL tests/..." line per
#                               test, then "N passed, M failed"; fails if M > 0
#   make check-threads          one area (also check-userprog, check-vm,
#                               check-filesys, check-unit, check-cow, ...)
#   make grade                  every test, then points per rubric section
#                               (weights in tests/<area>/Rubric files, format in
#                               tools/check-results; unlisted tests weigh 1)
#   make build/tests/threads/alarm-single.result    one test; writes .output
#                               (console), .errors (stderr) and .result
#
# Discovery: every tests/<area>/<name>.ck is a test (areas may nest, e.g.
# tests/filesys/base/syn-read.ck).  Tests under tests/threads/ and
# tests/unit/ run inside the kernel:
#     pintos -v -k -T 60 --loader=qemu -- -q run NAME
# tests under tests/tools/ test the host tools: tests/tools/NAME.pl, run on
# the host, writes the output NAME.ck judges;
# every other test is a user program, built by lib/user/user.mk as
# build/tests/<area>/<name>, put on a fresh file-system disk and run:
#     pintos -v -k -T 60 --loader=qemu --fs-disk=2 -p build/tests/AREA/NAME:NAME \
#            -- -q -f run NAME
#
# Per-test settings go in an optional tests/<area>/Make.tests fragment,
# as make variables named after the test:
#     tests/userprog/args-single_ARGS := onearg          (run 'args-single onearg')
#     tests/userprog/exec-once_PUTFILES := tests/userprog/child-simple
#         more files to put, each under its base name: a path to a source
#         file that exists (tests/userprog/sample.txt), else a program under
#         $(BUILD) (tests/userprog/child-simple means
#         build/tests/userprog/child-simple)
#     tests/vm/page-linear_PINTOSOPTS := -m 8 --swap-disk=4    (after the defaults)
#     tests/threads/mlfqs/mlfqs-load-1_KERNELFLAGS := -mlfqs   (before `run`)
#     tests/threads/mlfqs/mlfqs-load-60_TIMEOUT := 300         (seconds of CPU)
#
# Knobs: TEST_LOADER=grub boots the tests through build/boot.img (0.3 s more
# per test than QEMU's -kernel loader, qemu, the default); TEST_TIMEOUT;
# VERBOSE=1 shows the commands.

BUILD ?= build
PERL ?= perl
TEST_LOADER ?= qemu
TEST_TIMEOUT ?= 60
TEST_AREAS_KERNEL := threads unit boot

Q := $(if $(VERBOSE),,@)

# ---------------------------------------------------------------------------
# Discovery.

TEST_CKS := $(sort $(wildcard tests/*/*.ck tests/*/*/*.ck tests/*/*/*/*.ck))
TESTS := $(TEST_CKS:.ck=)
-include $(wildcard tests/*/Make.tests tests/*/*/Make.tests tests/*/*/*/Make.tests)

KERNEL_TESTS := $(filter $(foreach a,$(TEST_AREAS_KERNEL),tests/$(a)/%),$(TESTS))
# Tests of the host tools: tests/tools/NAME.pl writes NAME's output.
HOST_TESTS := $(filter tests/tools/%,$(TESTS))
USER_TESTS := $(filter-out $(KERNEL_TESTS) $(HOST_TESTS),$(TESTS))

# Top-level areas: the standard ones, and any other directory with tests.
TEST_AREAS := $(sort threads userprog vm filesys unit cow \
	$(foreach t,$(TESTS),$(word 2,$(subst /, ,$(t)))))

# ---------------------------------------------------------------------------
# Running one test: $(BUILD)/tests/AREA/NAME.output (stdout) and .errors.

# What every run needs; the boot image only when tests boot through GRUB.
TEST_DEPS := $(BUILD)/kernel.elf tools/pintos tools/PintosOptions.pm tools/Ustar.pm \
	$(if $(filter grub,$(TEST_LOADER)),$(BUILD)/boot.img)

# $(call test_timeout,TEST) and $(call test_run,TEST): the -T value and the
# argument of the `run` action, 'NAME ARGS'.
test_timeout = $(or $($(1)_TIMEOUT),$(TEST_TIMEOUT))
test_run = '$(notdir $(1))$(if $($(1)_ARGS), $($(1)_ARGS))'

# $(call test_putfiles,TEST): the host paths of the test's extra files.
test_putfiles = $(foreach f,$($(1)_PUTFILES),$(if $(or $(filter $(BUILD)/%,$(f)),$(wildcard $(f))),$(f),$(BUILD)/$(f)))

# --no-default-disks: a ./fs.dsk or ./swap.dsk kept at the top must not
# change the tests (the runner would attach them by default).
PINTOS_TEST := $(PERL) tools/pintos -v -k --no-default-disks --loader=$(TEST_LOADER)

$(KERNEL_TESTS:%=$(BUILD)/%.output): $(BUILD)/%.output: $(TEST_DEPS)
	@mkdir -p $(@D)
	$(Q)$(PINTOS_TEST) -T $(call test_timeout,$*) $($*_PINTOSOPTS) \
		-- -q $($*_KERNELFLAGS) run $(call test_run,$*) \
		< /dev/null > $@.tmp 2> $(BUILD)/$*.errors || true
	@mv -f $@.tmp $@

$(USER_TESTS:%=$(BUILD)/%.output): $(BUILD)/%.output: $(BUILD)/% $(TEST_DEPS)
	@mkdir -p $(@D)
	$(Q)$(PINTOS_TEST) -T $(call test_timeout,$*) --fs-disk=2 $($*_PINTOSOPTS) \
		-p $(BUILD)/$*:$(notdir $*) \
		$(foreach f,$(call test_putfiles,$*),-p $(f):$(notdir $(f))) \
		-- -q -f $($*_KERNELFLAGS) run $(call test_run,$*) \
		< /dev/null > $@.tmp 2> $(BUILD)/$*.errors || true
	@mv -f $@.tmp $@

$(HOST_TESTS:%=$(BUILD)/%.output): $(BUILD)/%.output: %.pl $(TEST_DEPS) $(filter-out tools/bin,$(wildcard tools/*))
	@mkdir -p $(@D)
	$(Q)$(PERL) $*.pl $(BUILD) < /dev/null > $@.tmp 2> $(BUILD)/$*.errors || true
	@mv -f $@.tmp $@

# The extra files are prerequisites too.
$(foreach t,$(USER_TESTS),$(eval $(BUILD)/$(t).output: $(call test_putfiles,$(t))))

# ---------------------------------------------------------------------------
# Judging one test: $(BUILD)/tests/AREA/NAME.result, first line PASS or FAIL.
# A checker that dies without a verdict is a FAIL with its error message.

CK_MODULES := $(wildcard tests/*.pm tests/*/*.pm tests/*/*/*.pm)

$(TESTS:%=$(BUILD)/%.result): $(BUILD)/%.result: $(BUILD)/%.output %.ck $(CK_MODULES)
	$(Q)rm -f $@; $(PERL) -I. $*.ck $(BUILD)/$* $@ > $@.log 2>&1; \
	case "$$(head -n 1 $@ 2>/dev/null)" in \
	PASS|FAIL) ;; \
	*) { echo FAIL; echo "$*.ck gave no verdict:"; cat $@.log; } > $@ ;; \
	esac; \
	rm -f $@.log; \
	if [ "$$(head -n 1 $@)" = PASS ]; then echo "pass $*"; else echo "FAIL $*"; fi

# ---------------------------------------------------------------------------
# Suites.  $(call run_tests,TESTS,SUMMARY-OPTIONS) judges TESTS afresh in a
# sub-make that keeps going past failures (-k; -j2 unless the user gave -j),
# then prints the summary; tests that could not be built count as failed.

define run_tests
	@rm -f $(1:%=$(BUILD)/%.result)
	@$(if $(strip $(1)),$(MAKE) --no-print-directory -k $(if $(filter -j%,$(MAKEFLAGS)),,-j2) \
		$(1:%=$(BUILD)/%.result) || true,true)
	@$(PERL) tools/check-results $(2) $(BUILD) $(1)
endef

check:
	$(call run_tests,$(TESTS))

grade:
	$(call run_tests,$(TESTS),--grade)

define check_area_rule
check-$(1):
	$$(call run_tests,$$(filter tests/$(1)/%,$$(TESTS)))
.PHONY: check-$(1)
endef
$(foreach a,$(TEST_AREAS),$(eval $(call check_area_rule,$(a))))

.PHONY: check grade
