# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my %big = map { ("f$_" => ['']) } grep { $_ % 2 } 0 .. 999;
check_archive ({"big" => \%big});
pass;
