# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(swap-iter) begin
(swap-iter) pass 0 done
(swap-iter) pass 1 done
(swap-iter) pass 2 done
(swap-iter) end
swap-iter: exit(0)
EOF
pass;
