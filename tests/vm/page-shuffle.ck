# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(page-shuffle) begin
(page-shuffle) init: cksum=2572415250
(page-shuffle) shuffle 0: cksum=2254349836
(page-shuffle) shuffle 1: cksum=426489400
(page-shuffle) shuffle 2: cksum=654529275
(page-shuffle) shuffle 3: cksum=4130494182
(page-shuffle) shuffle 4: cksum=1234763122
(page-shuffle) shuffle 5: cksum=2265197185
(page-shuffle) shuffle 6: cksum=3032843587
(page-shuffle) shuffle 7: cksum=471141638
(page-shuffle) shuffle 8: cksum=788447617
(page-shuffle) shuffle 9: cksum=1288533541
(page-shuffle) end
page-shuffle: exit(0)
EOF
pass;
