# tests/cksum.pm -- the POSIX cksum checksum in Perl (what tests/cksum.c
# and `cksum FILE` compute), with the interface of the standard Pintos
# tests::cksum module (functions in package main):
#
#   cksum (DATA)          the checksum of the string DATA
#   cksum_file (FILE)     the checksum of FILE's contents
#
# CRC-32 with polynomial 0x04C11DB7, most significant bit first, over the
# data and then over its length (least significant byte first, only as
# many bytes as it takes), complemented.
use strict;
use warnings;

my @crc_table;
for my $n (0 .. 255)
  {
    my $crc = $n << 24;
    for (1 .. 8)
      {
        $crc = $crc & 0x80000000 ? (($crc << 1) ^ 0x04C11DB7) : ($crc << 1);
        $crc &= 0xffffffff;
      }
    $crc_table[$n] = $crc;
  }

sub cksum
  {
    my ($data) = @_;
    my $crc = 0;
    for my $byte (unpack ("C*", $data))
      {
        $crc = (($crc << 8) & 0xffffffff) ^ $crc_table[($crc >> 24) ^ $byte];
      }
    for (my $n = length ($data); $n != 0; $n >>= 8)
      {
        $crc = (($crc << 8) & 0xffffffff) ^ $crc_table[($crc >> 24) ^ ($n & 0xff)];
      }
    return ~$crc & 0xffffffff;
  }

sub cksum_file
  {
    my ($file) = @_;
    open (my $fh, '<:raw', $file) or die "$file: open: $!\n";
    local $/;
    my $data = <$fh> // '';
    close ($fh);
    return cksum ($data);
  }

1;
