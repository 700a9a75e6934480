# -*- perl -*-
# nx-heap: a jump into the heap kills the process (no-execute page).
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOT']);
(nx-heap) begin
(nx-heap) malloc
(nx-heap) call into the heap
nx-heap: exit(-1)
EOT
pass;
