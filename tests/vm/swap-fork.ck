# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(swap-fork) begin
(swap-fork) fork child 0
(swap-fork) fork child 1
(swap-fork) fork child 2
(swap-fork) fork child 3
(swap-fork) wait for child 0
(swap-fork) wait for child 1
(swap-fork) wait for child 2
(swap-fork) wait for child 3
(swap-fork) end
EOF
pass;
