# -*- perl -*-
# mmap-huge: huge mmap requests are refused, or granted, at once; munmap,
# fork and exit do not walk the range (see mmap-huge.cc).  The test is each
# call's "promptly", timed in the guest on the virtual clock with no disk
# I/O inside a timed call, so deterministic.  As a safety net the whole run
# must also take at most MAX_BUSY_TICKS timer ticks of work (kernel + user
# ticks of the "Thread:" line): a run takes about 11 (108 was seen once on
# a loaded host, where the boot's disk I/O stretches virtual time); a
# kernel that walks the range needs over 200 for the first request alone.
use strict;
use warnings;
use tests::tests;
our ($test);

my $MAX_BUSY_TICKS = 400;

check_expected ([<<'EOF']);
(mmap-huge) begin
(mmap-huge) create "one-page"
(mmap-huge) open "one-page"
(mmap-huge) write one page of 'x'
(mmap-huge) mmap 511 GiB over the stack: NULL, promptly
(mmap-huge) mmap over the code, up to KERN_BASE: NULL, promptly
(mmap-huge) mmap larger than user space: NULL, promptly
(mmap-huge) mmap wrapping around: NULL, promptly
(mmap-huge) mmap one page past KERN_BASE: NULL, promptly
(mmap-huge) mmap 2 GiB .. KERN_BASE: mapped, promptly
(mmap-huge) mmap inside it again: NULL, promptly
(mmap-huge) its first page shows the file
(mmap-huge) its last page reads as zero
(mmap-huge) its last page takes a write
child: exit(81)
(mmap-huge) fork, child sees both pages, exits: promptly
(mmap-huge) munmap it: promptly
(mmap-huge) mmap the same range again: mapped, promptly
(mmap-huge) end
mmap-huge: exit(0)
EOF
my ($idle, $kernel, $user) =
    map { /^Thread: (\d+) idle ticks, (\d+) kernel ticks, (\d+) user ticks$/ ? ($1, $2, $3) : () }
    read_text_file ("$test.output");
fail "no \"Thread: N idle ticks, N kernel ticks, N user ticks\" line in the output\n"
    unless defined $user;
my $busy = $kernel + $user;
fail "the run took $busy ticks of work ($kernel kernel, $user user), more than $MAX_BUSY_TICKS\n"
    if $busy > $MAX_BUSY_TICKS;
pass;
