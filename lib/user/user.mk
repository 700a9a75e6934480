# lib/user/user.mk -- the user library and the rule that links a user
# program; included by tests/build.mk, which runs in the build directory
# with VPATH = $(SRCDIR) (the standard Pintos Makefile.userprog's role).
#
#   uobj/libuser.a           lib/*.cc + lib/user/*.cc (system calls, printf,
#                            string functions, malloc, ...), compiled as
#                            C++ but with C linkage for everything a C
#                            program calls; an archive, so a program links
#                            only what it uses
#   uobj/lib/user/entry.S.o  the entry code linked into every program
#   tests/AREA/NAME.o        a test program's object, from tests/AREA/NAME.c
#                            (gcc, C) or .cc (g++, our own C++ tests)
#   tests/AREA/NAME          the static ELF program
#
# The program PROG is linked from the objects of PROG_SRC (the standard
# variable; PROG.c if unset), the entry code and the library, with
# lib/user/user.ld; PROG_LDSCRIPT and PROG_LDFLAGS replace the script and
# the link flags (our own extension, for tests/userprog-extra/compat-args).
#
# C sources get the flags of the standard Pintos build (gnu11, -O0,
# -fcommon, no SSE, no red zone; and not -ffreestanding, so that main()
# returns 0 when it ends without a return statement, as several standard
# tests' mains do) so that a standard test compiles and behaves here as it
# does there; include paths put our lib/
# headers first (<stdio.h>, <syscall.h>, <random.h>, ...) and offer the
# kernel's C view (kernel/pintos-api: "threads/vaddr.h" and friends).

GCC_INC := $(shell $(CC) -print-file-name=include)
LIBGCC := $(shell $(CC) -print-libgcc-file-name)

USER_CPPFLAGS := -nostdinc -isystem $(GCC_INC) -I$(SRCDIR)/kernel/pintos-api -I$(SRCDIR) -I$(SRCDIR)/lib \
	-I$(SRCDIR)/lib/user -DUSER -MMD -MP
USER_MACHINE_FLAGS := -fno-pic -fno-pie -fno-plt -mno-sse \
	-msoft-float -mno-red-zone -fno-stack-protector -fno-omit-frame-pointer \
	-fno-asynchronous-unwind-tables -g
# TDEFINE: standard Pintos defines EXTRA2 for the user programs when the
# extra part of the user-program project (dup2) is graded; our kernel has
# dup2, so it is always on (multi-oom then also exercises dup2).
TDEFINE := -DEXTRA2
USER_CFLAGS := -std=gnu11 -O0 -fcommon $(TDEFINE) $(USER_MACHINE_FLAGS) -Wall -W \
	-Wno-unused-parameter -Wno-builtin-declaration-mismatch
USER_CXXFLAGS := -std=gnu++20 -O2 -ffreestanding -fno-exceptions -fno-rtti -fno-threadsafe-statics \
	-fno-use-cxa-atexit -fcheck-new $(USER_MACHINE_FLAGS) -Wall -Wextra \
	-Wno-unused-parameter -Wno-missing-field-initializers

USER_LDFLAGS := -static -nostdlib -z max-page-size=0x1000 -z noexecstack \
	-z noseparate-code --orphan-handling=warn --no-warn-rwx-segments

USER_ENTRY := uobj/lib/user/entry.S.o
USER_LIB_SRCS := $(notdir $(wildcard $(SRCDIR)/lib/*.cc)) \
	$(addprefix user/,$(notdir $(wildcard $(SRCDIR)/lib/user/*.cc)))
USER_LIB_OBJS := $(patsubst %,uobj/lib/%.o,$(USER_LIB_SRCS))
USER_LIB := uobj/libuser.a

# The user library, compiled as C++ into uobj/ (apart from the kernel's
# kobj/ and from the programs' objects).
uobj/%.cc.o: %.cc lib/user/user.mk
	@mkdir -p $(@D)
	$(CXX) $(USER_CPPFLAGS) $(USER_CXXFLAGS) -c $< -o $@

uobj/%.S.o: %.S
	@mkdir -p $(@D)
	$(CC) $(USER_CPPFLAGS) -D__ASSEMBLY__ $(USER_MACHINE_FLAGS) -c $< -o $@

$(USER_LIB): $(USER_LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

# Objects depend on this file, so that changed flags rebuild them.
# Program objects.  The test library proper (tests/lib.c, arc4.c, cksum.c:
# shuffling, checksums, key streams over megabytes) is compiled optimised,
# test programs at -O0 as in standard Pintos.
USER_OPT =
tests/lib.o tests/arc4.o tests/cksum.o: USER_OPT = -O2
# A program's object is named NAME.o whether its source is NAME.c or
# NAME.cc, so its dependency file keeps only the headers (the pattern rule
# names the source): after a source changes language, an old .d must not
# ask for the vanished file.
drop_source_dep = $(PERL) -0pi -e 's/:\s*(?:\\\n\s*)*\S+/:/' $(@:.o=.d)
%.o: %.c lib/user/user.mk
	@mkdir -p $(@D)
	$(CC) $(USER_CPPFLAGS) $(USER_CFLAGS) $(USER_OPT) -c $< -o $@
	@$(drop_source_dep)

%.o: %.cc lib/user/user.mk
	@mkdir -p $(@D)
	$(CXX) $(USER_CPPFLAGS) $(USER_CXXFLAGS) -c $< -o $@
	@$(drop_source_dep)

%.o: %.S
	@mkdir -p $(@D)
	$(CC) $(USER_CPPFLAGS) -D__ASSEMBLY__ $(USER_MACHINE_FLAGS) -c $< -o $@

# The test library as an archive, linked after a program's own objects:
# a program that lists tests/lib.c (and tests/main.c, or has its own main)
# in PROG_SRC, as standard ones do, takes nothing from it; one in our
# older form, which lists neither, takes what it uses.
USER_TEST_LIB := uobj/libtests.a
$(USER_TEST_LIB): tests/lib.o tests/main.o
	@rm -f $@
	ar rcs $@ $^

# $(call prog_objs,PROG) and the link template.  PROG_SRC defaults to
# PROG.c, or PROG.cc if there is no PROG.c.
prog_srcs = $(or $($(1)_SRC),$(if $(wildcard $(SRCDIR)/$(1).c),$(1).c,$(1).cc))
prog_objs = $(patsubst %.c,%.o,$(patsubst %.cc,%.o,$(patsubst %.S,%.o,$(call prog_srcs,$(1)))))
prog_ldscript = $(or $($(1)_LDSCRIPT),lib/user/user.ld)
prog_ldflags = $(or $($(1)_LDFLAGS),$(USER_LDFLAGS))

define user_program
$(1): $(call prog_objs,$(1)) $(USER_ENTRY) $(USER_TEST_LIB) $(USER_LIB) $(call prog_ldscript,$(1))
	@mkdir -p $$(@D)
	$(LD) $(call prog_ldflags,$(1)) -T $$(filter %.ld,$$^) -o $$@ \
		$(call prog_objs,$(1)) $(USER_ENTRY) $(USER_TEST_LIB) $(USER_LIB) $(LIBGCC)
endef
$(foreach prog,$(PROGS),$(eval $(call user_program,$(prog))))

USER_PROG_DEPS := $(wildcard $(foreach prog,$(PROGS),$(patsubst %.o,%.d,$(call prog_objs,$(prog)))))
# A dependency file from before drop_source_dep that still names a source
# which is gone (NAME.cc became NAME.c) is deleted before make reads it.
ifneq ($(USER_PROG_DEPS),)
$(shell $(PERL) -e 'for (@ARGV) { open my $$f, "<", $$_ or next; local $$/; my $$d = <$$f>; \
	unlink $$_ if $$d =~ /:\s*(?:\\\n\s*)*(\S+\.cc?)\s/ && !-e $$1 }' $(USER_PROG_DEPS))
endif
-include $(USER_PROG_DEPS)
-include $(USER_LIB_OBJS:.o=.d)
