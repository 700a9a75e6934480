# -*- perl -*-
# swap-fair: the steps must finish while the hog still runs (no
# "fair-hog: exit" line), within MAX_BUSY_TICKS timer ticks of work (see
# swap-fair.cc).
use strict;
use warnings;
use tests::tests;

# Ticks of work: the kernel and user ticks of the "Thread:" line.  Idle
# ticks do not count: under -icount with sleep=off, a guest that waits for
# the disk skips ahead tick by tick for as long as the host's I/O takes, so
# they grow with the host's load.  Measured: with locks handed to their
# waiters the run takes 50-80 busy ticks and the hog gets through about one
# of its 30 passes; with locks going back to their releaser the hog
# finishes all of them before the fifth step (~700 busy ticks for 20
# passes), and the kernel before the fix used 7,400 busy ticks (22,385 in
# all) for the ten steps.
my $MAX_BUSY_TICKS = 300;

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
my ($idle, $kernel, $user) =
    map { /^Thread: (\d+) idle ticks, (\d+) kernel ticks, (\d+) user ticks$/ ? ($1, $2, $3) : () }
    @output;
fail "no \"Thread: N idle ticks, N kernel ticks, N user ticks\" line in the output\n"
    unless defined $user;
my $busy = $kernel + $user;
fail "the steps took $busy ticks of work ($kernel kernel, $user user), more than "
    . "$MAX_BUSY_TICKS: they were starved\n"
    if $busy > $MAX_BUSY_TICKS;
pass;
