# tests/threads/alarm.pm -- the checker of alarm-single and alarm-multiple,
# with the interface of the standard Pintos tests::threads::alarm module:
#
#   check_alarm (ITERATIONS)
#       five threads, thread I sleeping 10*(I+1) ticks at a time,
#       ITERATIONS times: after the common checks, every "product=P" line
#       must come in the order of the sorted list of all products
#       (iteration N times duration, for each thread and N), with none
#       missing and none extra, and no line may say "out of order".
#       Passes or fails (never returns).
use strict;
use warnings;
use tests::tests;

sub check_alarm
  {
    my ($iterations) = @_;
    our ($test);
    my @output = read_text_file ("$test.output");
    common_checks ("run", @output);

    my @products;
    for my $iteration (1 .. $iterations)
      {
        push (@products, $iteration * 10 * $_) for 1 .. 5;
      }
    @products = sort { $a <=> $b } @products;

    for my $line (@output)
      {
        fail "$line\n" if $line =~ /out of order/i;
        my ($product) = $line =~ /product=(\d+)$/ or next;
        my $expected = shift (@products);
        fail "Too many wakeups.\n" if !defined $expected;
        fail "Out of order wakeups ($product vs. $expected).\n" if $product != $expected;
      }
    fail scalar (@products) . " fewer wakeups than expected.\n" if @products;
    pass;
  }

1;
