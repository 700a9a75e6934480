# -*- perl -*-
# nx-bss: a jump into the BSS kills the process (no-execute page).
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOT']);
(nx-bss) begin
(nx-bss) call into the BSS
nx-bss: exit(-1)
EOT
pass;
