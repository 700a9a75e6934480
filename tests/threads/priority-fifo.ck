# -*- perl -*-
# Any order of the 16 threads is right, as long as every round repeats the
# first round's order exactly and names each thread once.
use strict;
use warnings;
use tests::tests;
our ($test);
my @output = read_text_file ("$test.output");

my ($thread_cnt, $iter_cnt) = (16, 16);
common_checks('run', @output);
my @core = get_core_output('run', @output);
my @head = ('(priority-fifo) begin',
            "(priority-fifo) $thread_cnt threads will iterate $iter_cnt times in the same order each time.",
            '(priority-fifo) If the order varies then there is a bug.');
for my $i (0 .. $#head) {
    fail("line " . ($i + 1) . " should be\n  $head[$i]\nbut is\n  " . ($core[$i] // '(nothing)'))
        if ($core[$i] // '') ne $head[$i];
}
fail("the last line should be (priority-fifo) end") unless ($core[-1] // '') eq '(priority-fifo) end';
my @rounds = @core[@head .. $#core - 1];
fail("$iter_cnt iterations expected but " . scalar(@rounds) . " found") if @rounds != $iter_cnt;
for my $i (0 .. $#rounds) {
    fail("not an iteration line: $rounds[$i]") unless $rounds[$i] =~ /^\(priority-fifo\) iteration:( \d+)+$/;
}
my @first = $rounds[0] =~ /(\d+)/g;
my @sorted = sort { $a <=> $b } @first;
fail("the first iteration does not list threads 0..15 once each: $rounds[0]")
    if "@sorted" ne join(' ', 0 .. $thread_cnt - 1);
for my $i (1 .. $#rounds) {
    fail("iteration $i differs from iteration 0:\n  $rounds[0]\n  $rounds[$i]") if $rounds[$i] ne $rounds[0];
}
pass;
