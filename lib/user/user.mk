# lib/user/user.mk -- builds the user programs (included by the top Makefile).
#
#   $(BUILD)/uobj/...            user-mode objects (USER_FLAGS), apart from
#                                the kernel's $(BUILD)/kobj
#   $(BUILD)/uobj/libuser.a      lib/*.cc + lib/user/*.cc (system calls,
#                                printf, ...); an archive, so a program links
#                                only the objects it needs.  The entry code
#                                (lib/user/entry.S) is linked into every program
#   $(BUILD)/uobj/libtests.a     tests/lib.cc + tests/main.cc; main.cc's main
#                                is linked only if the program has none
#   $(BUILD)/tests/AREA/NAME     one static ELF per program
#
# Each tests/AREA/Make.tests lists tests/AREA_PROGS (every program to build)
# and, Pintos style, optional tests/AREA/NAME_SRC (sources, default
# tests/AREA/NAME.cc) and tests/AREA/NAME_LDSCRIPT (default
# lib/user/user.ld); tests/AREA/NAME_LDFLAGS replaces the link flags.
# The harness options (_ARGS, _PUTFILES, ...) live there too; they are only
# variables, so tests/tests.mk may include the same files again.

USER_AREAS := tests/userprog tests/userprog/dup2 tests/userprog/no-vm \
	tests/filesys/base tests/vm tests/vm/cow tests/bench tests/cow \
	tests/userprog-extra tests/vm-extra tests/isolation
-include $(wildcard $(addsuffix /Make.tests,$(USER_AREAS)))

USER_LDFLAGS := -static -nostdlib -z max-page-size=0x1000 -z noexecstack \
	-z noseparate-code --orphan-handling=warn --no-warn-rwx-segments

USER_ENTRY    := $(BUILD)/uobj/lib/user/entry.S.o
USER_LIB_SRCS := $(wildcard lib/*.cc) $(wildcard lib/user/*.cc)
USER_LIB_OBJS := $(patsubst %,$(BUILD)/uobj/%.o,$(USER_LIB_SRCS))
USER_LIB      := $(BUILD)/uobj/libuser.a
USER_TEST_OBJS := $(BUILD)/uobj/tests/lib.cc.o $(BUILD)/uobj/tests/main.cc.o
USER_TEST_LIB := $(BUILD)/uobj/libtests.a

USER_PROGRAMS := $(addprefix $(BUILD)/,$(foreach a,$(USER_AREAS),$($(a)_PROGS)))

all: $(USER_PROGRAMS)
user-programs: $(USER_PROGRAMS)

$(BUILD)/uobj/%.cc.o: %.cc
	@mkdir -p $(@D)
	$(CXX) $(USER_FLAGS) -c $< -o $@

$(BUILD)/uobj/%.S.o: %.S
	@mkdir -p $(@D)
	$(CXX) $(USER_FLAGS) -D__ASSEMBLY__ -c $< -o $@

$(USER_LIB): $(USER_LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(USER_TEST_LIB): $(USER_TEST_OBJS)
	@rm -f $@
	ar rcs $@ $^

# user_program(PROG): the link rule for tests/AREA/NAME.
user_srcs = $(or $($(1)_SRC),$(1).cc)
user_objs = $(patsubst %,$(BUILD)/uobj/%.o,$(call user_srcs,$(1)))
user_script = $(or $($(1)_LDSCRIPT),lib/user/user.ld)
user_ldflags = $(or $($(1)_LDFLAGS),$(USER_LDFLAGS))
define user_program
$(BUILD)/$(1): $(call user_objs,$(1)) $(USER_ENTRY) $(USER_TEST_LIB) $(USER_LIB) $(call user_script,$(1))
	@mkdir -p $$(@D)
	$(LD) $(call user_ldflags,$(1)) -T $(call user_script,$(1)) -o $$@ \
		$(call user_objs,$(1)) $(USER_ENTRY) --start-group $(USER_TEST_LIB) $(USER_LIB) --end-group
endef
$(foreach p,$(foreach a,$(USER_AREAS),$($(a)_PROGS)),$(eval $(call user_program,$(p))))

# Data files the tests put into the file system.
USER_DATA := $(BUILD)/tests/vm/zeros
all: $(USER_DATA)
user-programs: $(USER_DATA)

# tests/vm/zeros: 6 kB of zero bytes (mmap-overlap).
$(BUILD)/tests/vm/zeros:
	@mkdir -p $(@D)
	head -c 6144 /dev/zero > $@

.PHONY: user-programs
-include $(shell find $(BUILD)/uobj -name '*.d' 2>/dev/null)
