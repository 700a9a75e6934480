# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::random;
my $a = random_bytes(72943);
check_archive ({"file" => [$a], "link_a" => [$a], "link_b" => [$a], "link_c" => [$a]});
pass;
