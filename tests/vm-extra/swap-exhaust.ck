# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF2']);
(swap-exhaust) begin
hog: exit(-1)
(swap-exhaust) wait for hog: killed
(swap-exhaust) parent touched 1 MB after the hog died
(swap-exhaust) end
swap-exhaust: exit(0)
EOF2
pass;
