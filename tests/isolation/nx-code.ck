# -*- perl -*-
# nx-code: code runs from the text segment, in a forked child too.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(nx-code) begin
(nx-code) parent runs its code
(child) child runs its code
child: exit(0)
(nx-code) child runs its code too
(nx-code) end
nx-code: exit(0)
EOT
pass;
