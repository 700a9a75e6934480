# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fpu-exec) begin
(fpu-exec) fork and exec fpu-clean
(fpu-clean) registers are clean
fpu-clean: exit(0)
(fpu-exec) fpu-clean exited with status 0
(fpu-exec) parent's registers survive
(fpu-exec) end
fpu-exec: exit(0)
EOF
pass;
