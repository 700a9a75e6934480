# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my $big = join('', map { my $p = $_; join('', map { chr(($p * 31 + $_) % 256) } 0 .. 4095) } 0 .. 255);
check_archive ({"big" => [$big]});
pass;
