# -*- makefile -*-
# tests/filesys/kept-disk.mk -- the rules for file-system tests that take
# more than one boot, shared by tests/filesys/extended, mount and ours
# (each of their Make.tests includes this file; it is not itself a
# Make.tests, so the standard battery copied over ours leaves it alone and
# our own directories keep working).
#
# Persistence, as in Pintos: each test NAME of $(call fs_persistent,TESTS)
# runs on a kept disk (NAME.dsk in the build directory, one per test so that
# tests run side by side), then a second boot archives that disk:
#     TESTRUN    pintos --fs-disk=NAME.dsk -p NAME -p tar ... -- -q -f run NAME
#     FS_GETCMD  pintos --fs-disk=NAME.dsk -g fs.tar -a NAME.tar -- -q run 'tar fs.tar /'
# NAME-persistence.output is the second boot's console, and
# NAME-persistence.ck (check_archive, tests/tests.pm) compares the tree in
# NAME.tar with the tree NAME must have left.  The disk is removed after
# the run.  NAME_DISK_MB sets the disk's size (default 2 MB).
#
# Both rules list their tests in fs_kept_disk_tests: tests/build.mk runs
# the other tests of the standard multi-boot directories (those a
# standard Make.tests runs on its one shared tmp.dsk) one at a time.

ifndef fs_kept_disk_included
fs_kept_disk_included := 1

FS_GETTIMEOUT = 60
# The second boot: tar of the whole disk, fetched as $(TEST).tar.
FS_GETCMD = $(PINTOS) -v -k --no-default-disks -T $(FS_GETTIMEOUT) -m $(MEMORY) \
	--loader=$(TEST_LOADER) --fs-disk=$(FSDISK) --swap-disk=$(SWAP_DISK) \
	-g fs.tar -a $(TEST).tar -- -q $(KERNELFLAGS) run 'tar fs.tar /' \
	< /dev/null 2> $(TEST)-persistence.errors > $(TEST)-persistence.output

# $(call fs_persistent,TESTS): see the top.
define fs_persistent
fs_kept_disk_tests += $(1)
$(foreach t,$(1),$(eval $(t).output: FSDISK = $(t).dsk))
$(foreach t,$(1),$(eval $(t)-persistence.output: $(t).output ;))
$(foreach t,$(1),$(eval $(t)-persistence.result: $(t).result))
$(addsuffix .output,$(1)): %.output: os.dsk | kernel.o
	@mkdir -p $$(@D)
	@rm -f $$*.result $$*-persistence.result $$(FSDISK) $$*.tar
	$$(if $$(VERBOSE),,@)pintos-mkdisk $$(FSDISK) $$(or $$($$*_DISK_MB),2) && \
	$$(TESTRUN) < /dev/null 2> $$*.errors > $$@.tmp; \
	$$(FS_GETCMD); \
	rm -f $$(FSDISK); mv -f $$@.tmp $$@
endef

# $(call fs_mount,TESTS,TWINS): tests that mount a second disk boot three
# times: the files go in first (-p needs the scratch disk, whose slot
# hd1:0 the mounted disk takes), then the test runs with a blank
# --mnt-disk (NAME.mnt.dsk), then, for the TESTS among TWINS (those with a
# -persistence twin), tar as above.  NAME.put.output is the first boot's
# console.
define fs_mount
fs_kept_disk_tests += $(1)
$(foreach t,$(1),$(eval $(t).output: FSDISK = $(t).dsk))
$(foreach t,$(2),$(eval $(t)-persistence.output: $(t).output ;))
$(foreach t,$(2),$(eval $(t)-persistence.result: $(t).result))
$(addsuffix .output,$(1)): %.output: os.dsk | kernel.o
	@mkdir -p $$(@D)
	@rm -f $$*.result $$*-persistence.result $$(FSDISK) $$*.mnt.dsk $$*.tar
	$$(if $$(VERBOSE),,@)pintos-mkdisk $$(FSDISK) 2 && pintos-mkdisk $$*.mnt.dsk 2 && \
	$$(PINTOS) -v -k --no-default-disks -T 60 -m $$(MEMORY) --loader=$$(TEST_LOADER) \
		--fs-disk=$$(FSDISK) $$(foreach f,$$(PUTFILES),-p $$(f):$$(notdir $$(f))) \
		-- -q -f < /dev/null > $$*.put.output 2>&1; \
	$$(PINTOS) -v -k --no-default-disks -T $$(or $$($$*_TIMEOUT),$$(TIMEOUT)) -m $$(MEMORY) \
		--loader=$$(TEST_LOADER) --fs-disk=$$(FSDISK) --mnt-disk=$$*.mnt.dsk $$(PINTOSOPTS) \
		-- -q $$(KERNELFLAGS) run $$(*F) < /dev/null 2> $$*.errors > $$@.tmp; \
	$$(if $$(filter $$*,$(2)),$$(FS_GETCMD);) \
	rm -f $$(FSDISK) $$*.mnt.dsk; mv -f $$@.tmp $$@
endef

endif # fs_kept_disk_included
