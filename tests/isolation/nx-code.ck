# -*- perl -*-
# nx-code: code runs from the text segment, in a forked child too.  The
# parent returns from fork() first, so its CHECK line (printed before the
# wait) comes before the child's.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOT']);
(nx-code) begin
(nx-code) parent runs its code
(nx-code) child runs its code too
(child) child runs its code
child: exit(0)
(nx-code) end
nx-code: exit(0)
EOT
pass;
