# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-shuffle) begin
(page-shuffle) init: cksum=2572415250
(page-shuffle) shuffle 0: cksum=868099792
(page-shuffle) shuffle 1: cksum=3151089462
(page-shuffle) shuffle 2: cksum=664323512
(page-shuffle) shuffle 3: cksum=2883484291
(page-shuffle) shuffle 4: cksum=236035639
(page-shuffle) shuffle 5: cksum=2500832696
(page-shuffle) shuffle 6: cksum=1891999293
(page-shuffle) shuffle 7: cksum=2694566200
(page-shuffle) shuffle 8: cksum=2673889441
(page-shuffle) shuffle 9: cksum=1585360204
(page-shuffle) end
page-shuffle: exit(0)
EOF
pass;
