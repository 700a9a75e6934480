# tests/threads/mlfqs.pm -- the ideal MLFQS scheduler in Perl, for the
# checkers of the MLFQS tests, with the interface of the standard Pintos
# tests::threads::mlfqs module (functions in package main).
#
# The scheduler (kernel/thread.cc implements it in 17.14 fixed point):
#     every second:   load_avg   = 59/60 * load_avg + 1/60 * ready_threads
#                     recent_cpu = 2*load_avg / (2*load_avg + 1) * recent_cpu + nice
#     every tick:     the running thread's recent_cpu += 1
#     every 4 ticks:  priority = 63 - recent_cpu/4 - 2*nice, within [0, 63]
#
#   mlfqs_expected_load (\@READY, \@RECENT_DELTA)
#       the ideal once-a-second values when READY->[i] threads are ready
#       during second i, and the running thread gains RECENT_DELTA->[i]
#       ticks of recent_cpu then (undefined: no update).  Returns
#       (\@LOAD_AVG, \@RECENT_CPU), each starting with the value 0 before
#       the first second.
#   mlfqs_expected_ticks (NICE...)
#       the ticks each of several always-runnable threads with these nice
#       values gets in 30 seconds (750 time slices of 4 ticks), all
#       starting from recent_cpu 0 and load_avg 0; the highest priority
#       runs, equal priorities round-robin.
#   mlfqs_compare (LABEL, FORMAT, \@ACTUAL, \@EXPECTED, MAXDIFF,
#                  [FIRST, LAST, STEP], MESSAGE)
#       returns if ACTUAL[t] is present and within MAXDIFF (+0.01) of
#       EXPECTED[t] for t = FIRST, FIRST+STEP, ... LAST; otherwise prints
#       MESSAGE and a table of both (values formatted with FORMAT, the
#       misses marked) and fails.
#   check_mlfqs_fair (\@NICE, MAXDIFF)
#       the whole checker of mlfqs-fair-* and mlfqs-nice-*: the "Thread I
#       received N ticks." lines against mlfqs_expected_ticks(@NICE).
use strict;
use warnings;
use tests::tests;

sub mlfqs_expected_load
  {
    my ($ready, $recent_delta) = @_;
    my ($load_avg, $recent_cpu) = (0, 0);
    my @load_avg = (0);
    my @recent_cpu = (0);
    for my $second (0 .. $#$ready)
      {
        $load_avg = (59 / 60) * $load_avg + (1 / 60) * $ready->[$second];
        push (@load_avg, $load_avg);
        next if !defined $recent_delta->[$second];
        my $decay = (2 * $load_avg) / (2 * $load_avg + 1);
        $recent_cpu = ($recent_cpu + $recent_delta->[$second]) * $decay;
        push (@recent_cpu, $recent_cpu);
      }
    return (\@load_avg, \@recent_cpu);
  }

sub mlfqs_expected_ticks
  {
    my (@nice) = @_;
    my $n = @nice;
    my @recent_cpu = (0) x $n;
    my @ticks = (0) x $n;
    my @last_ran = (0) x $n;   # when each thread last ran (0: never)
    my $load_avg = 0;

    for my $slice (1 .. 750)
      {
        # A second has passed every 25 slices of 4 ticks.
        if ($slice % 25 == 0)
          {
            $load_avg = (59 / 60) * $load_avg + (1 / 60) * $n;
            my $decay = (2 * $load_avg) / (2 * $load_avg + 1);
            $recent_cpu[$_] = $recent_cpu[$_] * $decay + $nice[$_] for 0 .. $n - 1;
          }

        # How far below PRI_MAX each thread's priority is: the least runs;
        # among equals, the one that has waited longest.
        my @penalty = map {
            my $p = int ($recent_cpu[$_] / 4 + 2 * $nice[$_]);
            $p < 0 ? 0 : $p > 63 ? 63 : $p;
          } 0 .. $n - 1;
        my $run = 0;
        for my $t (1 .. $n - 1)
          {
            $run = $t
              if $penalty[$t] < $penalty[$run]
                || ($penalty[$t] == $penalty[$run] && $last_ran[$t] < $last_ran[$run]);
          }
        $last_ran[$run] = $slice;
        $recent_cpu[$run] += 4;
        $ticks[$run] += 4;
      }
    return @ticks;
  }

sub mlfqs_compare
  {
    my ($label, $format, $actual, $expected, $maxdiff, $range, $message) = @_;
    my ($first, $last, $step) = @$range;

    my $ok = 1;
    for (my $t = $first; $t <= $last; $t += $step)
      {
        if (!defined $actual->[$t]
            || abs ($actual->[$t] - $expected->[$t]) > $maxdiff + .01)
          {
            $ok = 0;
            last;
          }
      }
    return if $ok;

    print "$message\n";
    mlfqs_row ($label, "actual", "<->", "expected", "explanation");
    mlfqs_row ("------", "--------", "---", "--------", '-' x 40);
    for (my $t = $first; $t <= $last; $t += $step)
      {
        my $e = $expected->[$t];
        my $a = $actual->[$t];
        my ($shown, $mark, $why) = ('undef', '', 'Missing value.');
        if (defined $a)
          {
            my $off = abs ($a - $e);
            ($mark, $why) = (' = ', '');
            if ($off > $maxdiff + .01)
              {
                my $excess = sprintf ($format, $off - $maxdiff);
                ($mark, $why) = $a > $e ? ('>>>', "Too big, by $excess.")
                                        : ('<<<', "Too small, by $excess.");
              }
            $shown = sprintf ($format, $a);
          }
        mlfqs_row ($t, $shown, $mark, sprintf ($format, $e), $why);
      }
    fail;
  }

sub mlfqs_row
  {
    printf "%6s %8s %3s %-8s %s\n", @_;
  }

sub check_mlfqs_fair
  {
    my ($nice, $maxdiff) = @_;
    our ($test);
    my @output = read_text_file ("$test.output");
    common_checks ("run", @output);
    @output = get_core_output ("run", @output);

    my @actual;
    for my $line (@output)
      {
        my ($id, $count) = $line =~ /Thread (\d+) received (\d+) ticks\./ or next;
        $actual[$id] = $count;
      }
    my @expected = mlfqs_expected_ticks (@$nice);
    mlfqs_compare ("thread", "%d", \@actual, \@expected, $maxdiff, [0, $#$nice, 1],
                   "Some tick counts were missing or differed from those "
                   . "expected by more than $maxdiff.");
    pass;
  }

1;
