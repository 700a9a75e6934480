# -*- perl -*-
# Thread i of 60 spins from second i to second i+60 of the measurement (it
# stops at 120 s at the latest): at the k-th once-a-second update k threads
# are ready while k <= 60, then 120-k, then none.  load_avg after t seconds
# must follow that ideal curve within 2.5.
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

common_checks('run', @output);
my @core = get_core_output('run', @output);
my @actual;
for (@core) {
    my ($t, $load_avg) = /After (\d+) seconds, load average=(\d+\.\d+)\./ or next;
    $actual[$t] = $load_avg;
}
my @expected = load_avg_curve(sub { my $k = $_[0]; $k <= 60 ? $k : $k <= 120 ? 120 - $k : 0 }, 178);
mlfqs_compare('time', '%.2f', \@actual, \@expected, 2.5, [2, 178, 2],
              "Some load average values were missing or differed from those expected by more than 2.5.");
pass;
