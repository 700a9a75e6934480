# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(boot-grub) begin
(boot-grub) booted through multiboot2
(boot-grub) command line arrived
(boot-grub) memory map read
(boot-grub) end
EOF
pass;
