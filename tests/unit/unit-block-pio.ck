# -*- perl -*-
use strict;
use warnings;
use tests::tests;
our ($test);
my @output = read_text_file ("$test.output");
check_expected([<<'EOF']);
(unit-block-pio) wrote 1 page and 136 sectors in 3 commands
(unit-block-pio) each sector reads back alone
(unit-block-pio) 144 sectors read back in 2 commands
block: hd1:1: read of 8 sectors from 2044 is out of range (disk has 2048 sectors)
block: hd1:1: write of sector 2048 is out of range (disk has 2048 sectors)
(unit-block-pio) requests past the end fail alone
ide1: a disk interrupt was lost; the watchdog found the disk done (said once)
(unit-block-pio) with the disk's interrupt lost, a page is written and read back
(unit-block-pio) PASS
EOF
fail "no \"ide: DMA off (-nodma), PIO only\" line at boot\n" unless grep { $_ eq 'ide: DMA off (-nodma), PIO only' } @output;
pass;
