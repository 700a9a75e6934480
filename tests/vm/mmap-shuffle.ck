# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(mmap-shuffle) begin
(mmap-shuffle) create "buffer"
(mmap-shuffle) open "buffer"
(mmap-shuffle) mmap "buffer"
(mmap-shuffle) init: cksum=1573974830
(mmap-shuffle) shuffle 0: cksum=48574544
(mmap-shuffle) shuffle 1: cksum=4051382722
(mmap-shuffle) shuffle 2: cksum=3764147260
(mmap-shuffle) shuffle 3: cksum=1174889212
(mmap-shuffle) shuffle 4: cksum=2304170966
(mmap-shuffle) shuffle 5: cksum=3525531917
(mmap-shuffle) shuffle 6: cksum=3127655312
(mmap-shuffle) shuffle 7: cksum=2118780581
(mmap-shuffle) shuffle 8: cksum=993213594
(mmap-shuffle) shuffle 9: cksum=2108843081
(mmap-shuffle) end
mmap-shuffle: exit(0)
EOF
pass;
