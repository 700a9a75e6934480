# -*- perl -*-
# nx-stack: a jump into the stack kills the process (no-execute page).
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOT']);
(nx-stack) begin
(nx-stack) call into the stack
nx-stack: exit(-1)
EOT
pass;
