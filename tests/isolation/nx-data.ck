# -*- perl -*-
# nx-data: a jump into initialized data kills the process (no-execute page).
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOT']);
(nx-data) begin
(nx-data) call into initialized data
nx-data: exit(-1)
EOT
pass;
