# tools/handout.mk -- the student handout (teaching staff only; included by
# the top-level Makefile, left out of every handout).  See tools/handout.
#
#   make handout PROJECT=threads    build/handout-threads/ and
#                                   build/handout-threads.tar.gz: every
#                                   project from PROJECT on replaced by its
#                                   stubs, the earlier ones solved
#   make check-handout              makes, verifies, builds and tests the
#                                   threads and vm handouts; each must pass
#                                   exactly the tests in
#                                   tests/handout/expected-PROJECT
#   make handout-stats              solution lines per project

PROJECT ?= threads
HANDOUT_CHECK_PROJECTS ?= threads vm

handout:
	$(PERL) tools/handout make $(PROJECT) $(BUILD)/handout-$(PROJECT)
	$(PERL) tools/handout verify $(PROJECT) $(BUILD)/handout-$(PROJECT)
	tar -C $(BUILD) -czf $(BUILD)/handout-$(PROJECT).tar.gz handout-$(PROJECT)
	@echo "handout: $(BUILD)/handout-$(PROJECT).tar.gz"

handout-stats:
	@$(PERL) tools/handout stats

check-handout:
	$(PERL) tests/handout/check-handout --build=$(BUILD) $(HANDOUT_CHECK_PROJECTS)

.PHONY: handout handout-stats check-handout
