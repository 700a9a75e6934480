# tests/vm-extra/swap-pages.pm -- the checker shared by swap-dma and
# swap-pio (see tests/vm-extra/swap-pages.cc).  A .ck script loads it with
#     require 'tests/vm-extra/swap-pages.pm';
# after `use tests::tests;` (it uses check_expected, fail and @output).

use strict;
use warnings;

# check_swap_pages(NAME, TRANSFER_LINE): the program's expected output,
# TRANSFER_LINE (how the IDE driver said it moves data) at boot, and one
# disk command per page on the swap disk: every read of hd1:1 is a whole
# page (8 sectors, a swap-in), and writes (pages, or clusters of pages)
# average at least a page per command.
sub check_swap_pages {
    my ($name, $transfer_line) = @_;
    check_expected ([<<EOF]);
($name) begin
($name) filled 1536 pages
($name) backwards: every page holds its pattern
($name) forwards: every page holds its pattern
($name) end
$name: exit(0)
EOF
    fail "no \"$transfer_line\" line at boot\n"
        unless grep { $_ eq $transfer_line } @output;
    my ($line) = grep { /^hd1:1: \d+ reads/ } @output;
    fail "no statistics for the swap disk hd1:1\n" unless defined $line;
    my ($r, $w, $rc, $wc) = $line =~ /^hd1:1: (\d+) reads, (\d+) writes in (\d+) \+ (\d+) commands$/
        or fail "swap disk statistics in an unknown format: $line\n";
    fail "the swap disk was barely used ($line)\n" if $r < 8 * 100 || $w < 8 * 100;
    fail "swap-ins took more than one command per page ($line)\n" if $r != 8 * $rc;
    fail "swap-outs took more than one command per page ($line)\n" if $w < 8 * $wc;
}

1;
