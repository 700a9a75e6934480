# -*- perl -*-
# One thread (nice 0) runs all the time: at each once-a-second update
# load_avg takes in 1 ready thread, and recent_cpu, having gained 100 ticks
# during the second, decays by 2*load_avg/(2*load_avg+1).  recent_cpu must
# follow that ideal curve within 2.5 and load_avg within 0.05, starting
# from 0 (the test first lets recent_cpu decay).
use strict;
use warnings;
use tests::tests;
use tests::threads::mlfqs;

common_checks('run', @output);
my @core = get_core_output('run', @output);
my (@recent_actual, @load_actual);
for (@core) {
    my ($t, $recent_cpu, $load_avg)
        = /After (\d+) seconds, recent_cpu is (\d+\.\d+), load_avg is (\d+\.\d+)\./ or next;
    $recent_actual[$t] = $recent_cpu;
    $load_actual[$t] = $load_avg;
}

my (@recent_expected, @load_expected);
my ($recent_cpu, $load_avg) = (0, 0);
for my $t (1 .. 180) {
    $load_avg = (59 / 60) * $load_avg + 1 / 60;
    $recent_cpu = (2 * $load_avg) / (2 * $load_avg + 1) * ($recent_cpu + 100);
    $recent_expected[$t] = $recent_cpu;
    $load_expected[$t] = $load_avg;
}
mlfqs_compare('time', '%.2f', \@recent_actual, \@recent_expected, 2.5, [2, 180, 2],
              "Some recent_cpu values were missing or differed from those expected by more than 2.5.");
mlfqs_compare('time', '%.2f', \@load_actual, \@load_expected, 0.05, [2, 180, 2],
              "Some load_avg values were missing or differed from those expected by more than 0.05.");
pass;
