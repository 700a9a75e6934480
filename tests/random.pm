# tests/random.pm -- the pseudo-random generator of lib/random.c in Perl,
# with the interface of the standard Pintos tests::random module
# (functions in package main), so that a checker can recompute what a test
# program computed from random_init(0):
#
#   random_init (SEED)    starts the sequence from SEED (0 by default); the
#                         first call of any function starts it from 0
#   random_bytes (N)      the next N bytes, as a string
#   random_ulong ()       the next unsigned long, as C's random_ulong()
#                         returns it on x86-64: 8 bytes, little-endian
#
# The generator is RC4 keyed with the 4 bytes of the seed
# (little-endian), as lib/random.c does it.
use strict;
use warnings;
use tests::arc4;

my @random_state;

sub random_init
  {
    my ($seed) = @_;
    $seed = 0 if !defined $seed;
    @random_state = arc4_init (pack ("V", $seed));
  }

sub random_bytes
  {
    my ($n) = @_;
    random_init () if !@random_state;
    return arc4_crypt (\@random_state, "\0" x $n);
  }

sub random_ulong
  {
    return unpack ("Q<", random_bytes (8));
  }

1;
