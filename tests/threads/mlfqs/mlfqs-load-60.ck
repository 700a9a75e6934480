# -*- perl -*-
# Sixty threads spin for the first 60 s of the measurement, then sleep:
# load_avg after t seconds is the ideal curve with 60 ready threads at each
# of the first 60 once-a-second updates and none afterwards, within 3.5.
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
my @expected = load_avg_curve(sub { $_[0] <= 60 ? 60 : 0 }, 178);
mlfqs_compare('time', '%.2f', \@actual, \@expected, 3.5, [2, 178, 2],
              "Some load average values were missing or differed from those expected by more than 3.5.");
pass;
