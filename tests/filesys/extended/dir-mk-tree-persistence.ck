# -*- perl -*-
use strict;
use warnings;
use tests::tests;
my $tree;
for my $a (0 .. 3) {
    for my $b (0 .. 2) {
        for my $c (0 .. 2) {
            $tree->{$a}{$b}{$c}{$_} = [''] for 0 .. 3;
        }
    }
}
check_archive ($tree);
pass;
