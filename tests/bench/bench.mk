# tests/bench/bench.mk -- `make bench` (included by the top-level Makefile).
#
#   make bench                      every benchmark under both QEMU clocks,
#                                   then a table of the figures
#   make bench BENCH_CLOCK=virtual  only the virtual clock (-icount: guest
#                                   instructions, reproducible); or realtime
#                                   (host TSC cycles and µs)
#   BENCH_TIMEOUT=SECONDS           host CPU time allowed per boot (60)
#   BENCH_ONLY=REGEX                only the configurations matching REGEX
#                                   (e.g. fork)
#   BENCH_BASE=DIR                  also run DIR/kernel.elf (another build,
#                                   e.g. a worktree at an older commit) and
#                                   print before and after from one run
#
# The programs are tests/bench/*.cc, built by lib/user/user.mk (listed in
# tests/bench/Make.tests); tests/bench/run-bench boots the kernel once per
# configuration and parses what it prints.  Not part of `make check`:
# tests/bench has no .ck files.  Consoles are kept in $(BUILD)/bench/.

BENCH_CLOCK ?= both
BENCH_TIMEOUT ?= 60
BENCH_ONLY ?=
BENCH_BASE ?=

bench: $(BUILD)/kernel.elf $(addprefix $(BUILD)/,$(tests/bench_PROGS)) \
		tools/pintos tools/Ustar.pm tests/bench/run-bench
	@$(PERL) tests/bench/run-bench --build=$(BUILD) --clock=$(BENCH_CLOCK) \
		--timeout=$(BENCH_TIMEOUT) $(if $(BENCH_ONLY),--only='$(BENCH_ONLY)') \
		$(if $(BENCH_BASE),--base='$(BENCH_BASE)')

.PHONY: bench
