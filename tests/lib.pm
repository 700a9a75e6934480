# tests/lib.pm -- Perl twins of helpers in tests/lib.c, with the interface
# of the standard Pintos tests::lib module (functions in package main):
#
#   shuffle (DATA, CNT, SIZE)   DATA (CNT elements of SIZE bytes) in the
#                               order tests/lib.c's shuffle() leaves it,
#                               drawing from tests::random as it draws
#                               from random_ulong()
use strict;
use warnings;
use tests::random;

sub shuffle
  {
    my ($data, $cnt, $size) = @_;
    die "shuffle: data is not $cnt elements of $size bytes\n" if length ($data) != $cnt * $size;
    my @order = (0 .. $cnt - 1);
    for my $i (0 .. $cnt - 1)
      {
        my $j = $i + random_ulong () % ($cnt - $i);
        @order[$i, $j] = @order[$j, $i];
      }
    return join ('', map { substr ($data, $_ * $size, $size) } @order);
  }

1;
