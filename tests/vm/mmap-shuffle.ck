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
(mmap-shuffle) shuffle 0: cksum=1753049484
(mmap-shuffle) shuffle 1: cksum=3357603987
(mmap-shuffle) shuffle 2: cksum=2075243316
(mmap-shuffle) shuffle 3: cksum=2589616677
(mmap-shuffle) shuffle 4: cksum=3457515123
(mmap-shuffle) shuffle 5: cksum=754305871
(mmap-shuffle) shuffle 6: cksum=719979896
(mmap-shuffle) shuffle 7: cksum=3755375863
(mmap-shuffle) shuffle 8: cksum=3953080458
(mmap-shuffle) shuffle 9: cksum=3147629221
(mmap-shuffle) end
mmap-shuffle: exit(0)
EOF
pass;
