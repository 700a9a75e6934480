# tests/threads/alarm.pm -- the checker of alarm-single and alarm-multiple.
#
# check_alarm(ITERATIONS): five threads, thread I sleeping 10*(I+1) ticks
# at a time, ITERATIONS times.  The expected output is the fixed preamble,
# then one line per wake-up
#     (alarm-NAME) thread I: duration=D, iteration=N, product=P
# with D = 10*(I+1) and P = N*D, each thread's N counting 1..ITERATIONS,
# every wake-up present exactly once and the products in nondescending
# order.  Wake-ups with equal products may come in any order, so the
# checker computes the multiset of products in Perl and compares the
# sorted list with what the test printed, then checks each line.
package tests::threads::alarm;

use strict;
use warnings;
use Exporter qw(import);
use tests::tests;

our @EXPORT = qw(check_alarm);

my $THREAD_CNT = 5;

sub check_alarm {
    my ($iterations) = @_;
    my ($name) = $test =~ m{([^/]+)$};
    common_checks('run', @output);
    my @core = get_core_output('run', @output);

    my @preamble = (
        "($name) begin",
        "($name) Creating $THREAD_CNT threads to sleep $iterations times each.",
        "($name) Thread 0 sleeps 10 ticks each time,",
        "($name) thread 1 sleeps 20 ticks each time, and so on.",
        "($name) If successful, product of iteration count and",
        "($name) sleep duration will appear in nondescending order.",
    );
    for my $i (0 .. $#preamble) {
        my $got = $core[$i] // '(nothing)';
        fail("line " . ($i + 1) . " should be\n  $preamble[$i]\nbut is\n  $got")
            if $got ne $preamble[$i];
    }
    fail("the last line should be ($name) end") unless ($core[-1] // '') eq "($name) end";
    my @wakes = @core[@preamble .. $#core - 1];

    # The ideal wake-up times, sorted.
    my @expected_products = sort { $a <=> $b }
        map { my $d = 10 * ($_ + 1); map { $_ * $d } 1 .. $iterations } 0 .. $THREAD_CNT - 1;
    fail("expected " . scalar(@expected_products) . " wake-ups, got " . scalar(@wakes))
        if @wakes != @expected_products;

    my @next_iteration = (1) x $THREAD_CNT;
    for my $k (0 .. $#wakes) {
        my ($id, $d, $n, $p) = $wakes[$k]
            =~ /^\(\Q$name\E\) thread (\d+): duration=(\d+), iteration=(\d+), product=(\d+)$/
            or fail("unexpected line: $wakes[$k]");
        fail("bad thread number in: $wakes[$k]") if $id >= $THREAD_CNT;
        fail("thread $id should sleep " . 10 * ($id + 1) . " ticks: $wakes[$k]")
            if $d != 10 * ($id + 1);
        fail("thread $id: iteration $n out of sequence: $wakes[$k]")
            if $n != $next_iteration[$id]++;
        fail("wrong product: $wakes[$k]") if $p != $n * $d;
        fail("wake-up " . ($k + 1) . " should have product $expected_products[$k]"
             . " (threads woke out of order): $wakes[$k]")
            if $p != $expected_products[$k];
    }
}

1;
