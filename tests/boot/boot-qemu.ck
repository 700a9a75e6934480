# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(boot-qemu) begin
(boot-qemu) booted through multiboot1
(boot-qemu) command line arrived
(boot-qemu) memory map read
(boot-qemu) end
EOF
pass;
