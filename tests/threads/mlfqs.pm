# tests/threads/mlfqs.pm -- the checkers of the MLFQS tests: the ideal
# values computed in Perl with real numbers, and a tolerant comparison.
#
# The ideal scheduler (kernel/thread.cc implements it in 17.14 fixed point):
#     every second:   load_avg   = 59/60 * load_avg + 1/60 * ready_threads
#                     recent_cpu = 2*load_avg / (2*load_avg + 1) * recent_cpu + nice
#     every tick:     the running thread's recent_cpu += 1
#     every 4 ticks:  priority = PRI_MAX - recent_cpu/4 - 2*nice, in [0, 63]
# where ready_threads counts the running and ready threads, idle excluded.
#
# Exported:
#   mlfqs_compare(LABEL, FORMAT, \@ACTUAL, \@EXPECTED, MAXDIFF, [FIRST, LAST, STEP], MESSAGE)
#       compares ACTUAL[i] with EXPECTED[i] for i = FIRST, FIRST+STEP, ..
#       LAST; fails with a table of both (and the differences) if a value
#       is missing or off by more than MAXDIFF.
#   load_avg_curve(\&READY, SECONDS)
#       returns load_avg after each of SECONDS once-a-second updates,
#       READY->(k) being the ready threads at the k-th update (1-based);
#       element 0 is the starting value 0.
#   mlfqs_expected_ticks(NICE...)
#       the ticks each of the spinning threads of mlfqs-fair/-nice gets in
#       30 seconds (see check_mlfqs_fair).
#   check_mlfqs_fair(\@NICE, MAXDIFF)
#       the whole checker of mlfqs-fair-2/-20 and mlfqs-nice-2/-10.
package tests::threads::mlfqs;

use strict;
use warnings;
use Exporter qw(import);
use tests::tests;

our @EXPORT = qw(mlfqs_compare load_avg_curve mlfqs_expected_ticks check_mlfqs_fair);

use constant { PRI_MAX => 63, TIMER_FREQ => 100, TIME_SLICE => 4 };

sub mlfqs_compare {
    my ($label, $format, $actual, $expected, $maxdiff, $range, $message) = @_;
    my ($first, $last, $step) = @$range;
    my @rows;
    my $bad = 0;
    for (my $i = $first; $i <= $last; $i += $step) {
        my $e = $expected->[$i];
        my $a = $actual->[$i];
        my $row = sprintf("%6s %8s %8s", $i, sprintf($format, $e),
                          defined $a ? sprintf($format, $a) : 'missing');
        if (!defined $a) {
            $bad = 1;
            $row .= '  <-- missing';
        } elsif (abs($a - $e) > $maxdiff) {
            $bad = 1;
            $row .= sprintf("  <-- off by %.2f", $a - $e);
        }
        push @rows, $row;
    }
    return unless $bad;
    fail($message, '', sprintf("%6s %8s %8s", $label, 'expected', 'actual'), @rows);
}

sub load_avg_curve {
    my ($ready, $seconds) = @_;
    my @load = (0);
    my $load_avg = 0;
    for my $k (1 .. $seconds) {
        $load_avg = (59 / 60) * $load_avg + (1 / 60) * $ready->($k);
        push @load, $load_avg;
    }
    return @load;
}

# Simulates THREAD_CNT always-runnable threads with the given nice values
# for 30 seconds, one time slice (4 ticks) at a time.  The highest priority
# runs; among equal priorities the one that ran least recently (round robin,
# as the kernel's FIFO ready queues do).  Each thread starts with
# recent_cpu 0 and load_avg starts at 0 (the threads slept before).
sub mlfqs_expected_ticks {
    my (@nice) = @_;
    my $n = @nice;
    my @recent = (0) x $n;
    my @ticks = (0) x $n;
    my @last_run = map { -$n + $_ } 0 .. $n - 1;  # creation order breaks ties
    my $load_avg = 0;
    my $slices = 30 * TIMER_FREQ / TIME_SLICE;
    for my $slice (1 .. $slices) {
        my @priority = map {
            my $p = int(PRI_MAX - $recent[$_] / 4 - 2 * $nice[$_]);
            $p < 0 ? 0 : $p > PRI_MAX ? PRI_MAX : $p
        } 0 .. $n - 1;
        my $run = 0;
        for my $j (1 .. $n - 1) {
            $run = $j if $priority[$j] > $priority[$run]
                || ($priority[$j] == $priority[$run] && $last_run[$j] < $last_run[$run]);
        }
        $last_run[$run] = $slice;
        $recent[$run] += TIME_SLICE;
        $ticks[$run] += TIME_SLICE;
        if (($slice * TIME_SLICE) % TIMER_FREQ == 0) {
            $load_avg = (59 / 60) * $load_avg + (1 / 60) * $n;
            my $decay = 2 * $load_avg / (2 * $load_avg + 1);
            $recent[$_] = $decay * $recent[$_] + $nice[$_] for 0 .. $n - 1;
        }
    }
    return @ticks;
}

sub check_mlfqs_fair {
    my ($nice, $maxdiff) = @_;
    common_checks('run', @output);
    my @core = get_core_output('run', @output);
    my @actual;
    for (@core) {
        my ($id, $count) = /Thread (\d+) received (\d+) ticks\./ or next;
        $actual[$id] = $count;
    }
    my @expected = mlfqs_expected_ticks(@$nice);
    mlfqs_compare('thread', '%d', \@actual, \@expected, $maxdiff, [0, $#$nice, 1],
                  "Some tick counts were missing or differed from those expected by more than $maxdiff.");
}

1;
