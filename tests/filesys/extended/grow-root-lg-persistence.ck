# -*- perl -*-
use strict;
use warnings;
use tests::tests;
use tests::random;
check_archive ({map { ("file$_" => [random_bytes(512)]) } 0 .. 49});
pass;
