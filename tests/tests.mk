# tests/tests.mk -- the test targets of the top-level Makefile.
#
#   make check                  every test, in parallel (-j2 unless -jN is
#                               given); one "pass tests/..." or "FAIL
#                               tests/..." line per test, then the failed
#                               tests with the first lines of each reason,
#                               then "N passed, M failed"; fails if M > 0
#   make check-threads          one area: the tests under tests/threads/
### SOLUTION(staff):
#                               (also check-userprog, check-vm, check-cow,
#                               check-unit, check-userprog-extra, ...)
### STUB:
### #                               (also check-userprog, check-vm,
### #                               check-filesys, ...)
### END
#   make grade                  every test, then each project's grade
#                               (build/grade-PROJECT) and all of them in
#                               build/grade; fails if a test failed
#   make grade-threads          one project's tests and grade (also
### SOLUTION(staff):
#                               grade-userprog, grade-vm, grade-filesys,
#                               grade-extra for our own tests)
### STUB:
### #                               grade-userprog, grade-vm, grade-filesys)
### END
#   make build/tests/threads/alarm-single.result   one test: writes
#                               .output (console), .errors (runner and
#                               QEMU) and .result (PASS or FAIL, then why)
#
# The work is done in the build directory by tests/build.mk (see there
# for the Make.tests variables, the runner command and the checkers);
# this file only builds the kernel first and hands the targets over.
#
# Projects, as the standard Pintos builds group them: the test
# directories each runs and the Grading file that weighs the results.
# The userprog project grades the extra dup2 tests too (our kernel has
# dup2); the filesys project is the one with virtual memory.
#
# Knobs: VERBOSE=1 shows the commands; TEST_JOBS=N runs N tests at once
# when make is not given -jN (default 2).

BUILD ?= build
PERL ?= perl
TEST_JOBS ?= 2

empty :=
space := $(empty) $(empty)
TEST_MAKE = $(MAKE) --no-print-directory -r -C $(BUILD) -f $(CURDIR)/tests/build.mk \
	SRCDIR=$(CURDIR) $(if $(VERBOSE),VERBOSE=1)
TEST_MAKE_PARALLEL = $(TEST_MAKE) $(if $(filter -j%,$(MAKEFLAGS)),,-j$(TEST_JOBS))

# What every run needs from the top level.
TEST_PREREQS := $(BUILD)/kernel.elf $(BUILD)/boot.img

### SOLUTION(staff):
PROJECTS := threads userprog vm filesys extra
### STUB:
### PROJECTS := threads userprog vm filesys
### END
PROJECT_threads := tests/threads tests/threads/mlfqs
PROJECT_userprog := tests/userprog tests/userprog/dup2 tests/userprog/no-vm \
	tests/filesys/base tests/threads
PROJECT_vm := tests/userprog tests/vm tests/vm/cow tests/filesys/base tests/threads
PROJECT_filesys := tests/threads tests/userprog tests/vm tests/filesys/base \
	tests/filesys/extended tests/filesys/buffer-cache tests/filesys/mount
### SOLUTION(staff):
PROJECT_extra := tests/cow tests/userprog-extra tests/vm-extra tests/isolation \
	tests/filesys/ours tests/unit tests/boot tests/harness tests/tools
### END
GRADING_threads := tests/threads/Grading
GRADING_userprog := $(firstword $(wildcard tests/userprog/Grading.extra) tests/userprog/Grading.no-extra)
GRADING_vm := tests/vm/Grading
GRADING_filesys := $(firstword $(wildcard tests/filesys/Grading.with-vm) tests/filesys/Grading.no-vm)
### SOLUTION(staff):
GRADING_extra := tests/Grading.extra
### END

# The tests that take longest (seconds of CPU each, measured) start first,
# so that a parallel run does not end with one core running a long test
# alone.  Only the order of the runs changes; results are listed as always.
SLOW_TESTS := tests/userprog/no-vm/multi-oom tests/vm/swap-iter tests/vm/swap-file \
	tests/vm/page-merge-stk tests/vm/page-merge-mm tests/threads/mlfqs/mlfqs-recent-1 \
	tests/threads/mlfqs/mlfqs-load-avg tests/threads/mlfqs/mlfqs-load-60
### SOLUTION(staff):
SLOW_TESTS := tests/userprog-extra/syscall-fuzz $(SLOW_TESTS) tests/unit/unit-fs-cache \
	tests/unit/unit-fs-big tests/cow/cow-pressure
### END

# $(call run_tests,SELECT,CHECK-RESULTS-OPTIONS): judges the selected tests
# afresh (SELECT: --all, --area=AREA or --project=DIR...) in a sub-make
# that keeps going past failures, then summarises.  Tests that share a
# disk (list-serial-tests in tests/build.mk: only a standard file-system
# Make.tests dropped in has them) run afterwards, one at a time.
define run_tests
	+@tests=$$($(TEST_MAKE) list-tests | $(PERL) tools/check-results --select $(1)); \
	serial=" $$($(TEST_MAKE) list-serial-tests | tr '\n' ' ')"; par=; ser=; slow=; \
	for t in $$tests; do \
		rm -f $(BUILD)/$$t.result; \
		case "$$serial" in *" $$t "*) ser="$$ser $$t";; \
		*) case " $(SLOW_TESTS) " in *" $$t "*) slow="$$slow $$t";; *) par="$$par $$t";; esac;; esac; \
	done; \
	$(TEST_MAKE_PARALLEL) -k $$(for t in $$slow $$par; do echo $$t.result; done) || true; \
	if [ -n "$$ser" ]; then $(TEST_MAKE) -j1 -k $$(for t in $$ser; do echo $$t.result; done) || true; fi; \
	$(PERL) tools/check-results --build=$(BUILD) $(2) $$tests
endef

check: $(TEST_PREREQS)
	$(call run_tests,--all)

grade: $(TEST_PREREQS)
	$(call run_tests,--all,$(foreach p,$(PROJECTS),--grade=$(p):$(GRADING_$(p)):$(subst $(space),+,$(PROJECT_$(p)))))

define project_rule
grade-$(1): $$(TEST_PREREQS)
	$$(call run_tests,$(foreach d,$(PROJECT_$(1)),--dir=$(d)),--grade=$(1):$(GRADING_$(1)):$(subst $(space),+,$(PROJECT_$(1))))
.PHONY: grade-$(1)
endef
$(foreach p,$(PROJECTS),$(eval $(call project_rule,$(p))))

# check-AREA for every directory tests/AREA with tests (AREA may have a
# slash: check-threads/mlfqs).
TEST_AREAS := $(sort $(patsubst tests/%/Make.tests,%,$(wildcard tests/*/Make.tests tests/*/*/Make.tests)))
define check_area_rule
check-$(1): $$(TEST_PREREQS)
	$$(call run_tests,--under=tests/$(1))
.PHONY: check-$(1)
endef
$(foreach a,$(TEST_AREAS),$(eval $(call check_area_rule,$(a))))

# One test, one program, or anything else under $(BUILD)/tests/.
$(BUILD)/tests/%: $(TEST_PREREQS) FORCE
	+@$(TEST_MAKE) tests/$*

user-programs:
	+@$(TEST_MAKE_PARALLEL) programs

.PHONY: check grade user-programs
