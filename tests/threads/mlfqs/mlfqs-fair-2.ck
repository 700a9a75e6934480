# -*- perl -*-
# Tick counts compared with an ideal MLFQS simulated in Perl
# (tests/threads/mlfqs.pm), within 50 ticks each.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
check_mlfqs_fair([0, 0], 50);
pass;
