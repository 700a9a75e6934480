# -*- perl -*-
# Tick counts compared with an ideal MLFQS simulated in Perl
# (tests/threads/mlfqs.pm), within 20 ticks each.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;
check_mlfqs_fair([(0) x 20], 20);
pass;
