# tests/arc4.pm -- RC4 (ARCFOUR) in Perl, the same stream as tests/arc4.c,
# with the interface of the standard Pintos tests::arc4 module (functions
# in package main):
#
#   arc4_init (KEY)             returns a new cipher state for the key
#                               string KEY (a list: i, j, then the 256
#                               state bytes)
#   arc4_crypt (\@STATE, DATA)  returns DATA XORed with the next
#                               length(DATA) bytes of the key stream, and
#                               advances @STATE
use strict;
use warnings;

sub arc4_init
  {
    my ($key) = @_;
    my @s = (0 .. 255);
    my $j = 0;
    for my $i (0 .. 255)
      {
        $j = ($j + $s[$i] + ord (substr ($key, $i % length ($key), 1))) & 0xff;
        @s[$i, $j] = @s[$j, $i];
      }
    return (0, 0, @s);
  }

sub arc4_crypt
  {
    my ($state, $data) = @_;
    my ($i, $j, @s) = @$state;
    my $out = '';
    for my $k (0 .. length ($data) - 1)
      {
        $i = ($i + 1) & 0xff;
        $j = ($j + $s[$i]) & 0xff;
        @s[$i, $j] = @s[$j, $i];
        $out .= chr (ord (substr ($data, $k, 1)) ^ $s[($s[$i] + $s[$j]) & 0xff]);
      }
    @$state = ($i, $j, @s);
    return $out;
  }

1;
