# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(fpu-switch) begin
(fpu-switch) fork
child: exit(0)
(fpu-switch) parent's registers never changed
(fpu-switch) child's registers never changed (status 0)
(fpu-switch) end
fpu-switch: exit(0)
EOF
pass;
