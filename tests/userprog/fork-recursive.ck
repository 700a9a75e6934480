# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fork-recursive) begin
(fork-recursive) depth 0
(fork-recursive) depth 1
(fork-recursive) depth 2
(fork-recursive) depth 3
(fork-recursive) depth 4
child: exit(4)
(fork-recursive) Parent at depth 3: child exit status is 4
child: exit(3)
(fork-recursive) Parent at depth 2: child exit status is 3
child: exit(2)
(fork-recursive) Parent at depth 1: child exit status is 2
child: exit(1)
(fork-recursive) Parent at depth 0: child exit status is 1
(fork-recursive) end
fork-recursive: exit(0)
EOF
pass;
