#!/usr/bin/perl
# tests/filesys/ours/bench-fs.pl BUILD -- `make bench-fs`: disk sectors
# read and written by grow-seq-lg and dir-vine with the buffer cache as it
# is (256 sectors, read-ahead, write-behind) and with -fs-basic (64
# sectors, neither), from the shutdown statistics ("hd0:1: N reads, M
# writes"), the median of three runs each.  Write-behind runs on the
# virtual clock, which jumps while the guest waits for the host's disk, so
# its share varies from run to run; the totals barely do.
use strict;
use warnings;

my $build = shift // 'build';
my @tests = qw(grow-seq-lg dir-vine);
my @configs = (['cache 256, ahead+behind', ''], ['-fs-basic: cache 64', '-fs-basic']);
my $runs = 3;

sub median { my @v = sort { $a <=> $b } @_; return $v[$#v / 2] }

printf "%-12s %-24s %8s %8s %8s %8s\n", 'test', 'cache', 'reads', 'writes', 'behind', 'ahead';
for my $t (@tests) {
    for my $c (@configs) {
        my (@r, @w, @b, @a);
        for (1 .. $runs) {
            my $out = `perl tools/pintos -v -k -T 150 --loader=qemu --fs-disk=2 \\
                -p $build/tests/filesys/extended/$t:$t -- -q -f $c->[1] run $t 2>/dev/null`;
            my ($reads, $writes) = $out =~ /hd0:1: ([\d,]+) reads, ([\d,]+) writes/
                or die "$t: no disk statistics in the output\n";
            my ($behind, $ahead) = $out =~ /\((\d+) behind\), (\d+) read ahead/;
            s/,//g for $reads, $writes;
            push @r, $reads; push @w, $writes; push @b, $behind // 0; push @a, $ahead // 0;
        }
        printf "%-12s %-24s %8d %8d %8d %8d\n", $t, $c->[0], median(@r), median(@w), median(@b),
            median(@a);
    }
}
