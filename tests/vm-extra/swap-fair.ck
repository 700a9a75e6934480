# -*- perl -*-
# swap-fair: the steps must finish while the hog still runs (no
# "fair-hog: exit" line), within MAX_TICKS timer ticks in all (see
# swap-fair.cc).
use strict;
use warnings;
use tests::tests;

# Measured under the virtual clock: with locks handed to their waiters the
# run takes about 60 ticks and the hog gets through about one of its 30
# passes; with locks going back to their releaser the hog finishes all of
# them before the fifth step (~1,000 ticks), and the kernel before the
# fix took 22,385 ticks for the steps.  The bound leaves room for the idle
# ticks a busy host adds (under -icount with sleep=off every wait for the
# disk may skip to the next tick: up to ~600 here).
my $MAX_TICKS = 1500;

check_expected ([<<'EOF']);
(swap-fair) begin
(swap-fair) started the hog
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
fair-step: exit(7)
(swap-fair) 10 steps done beside the hog
(swap-fair) end
swap-fair: exit(0)
EOF
my ($ticks) = map { /^Timer: (\d+) ticks$/ ? $1 : () } @output;
fail "no \"Timer: N ticks\" line in the output\n" unless defined $ticks;
fail "the run took $ticks ticks, more than $MAX_TICKS: the steps were starved\n"
    if $ticks > $MAX_TICKS;
pass;
