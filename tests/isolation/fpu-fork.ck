# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fpu-fork) begin
(fpu-fork) fork
(child) child sees the parent's registers
(child) child keeps its own registers
child: exit(0)
(fpu-fork) child exited with status 0
(fpu-fork) parent's registers survive the child
(fpu-fork) end
fpu-fork: exit(0)
EOF
pass;
