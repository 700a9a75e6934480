# -*- perl -*-
# compat-args is args.cc linked like a standard x86-64 Pintos program:
# plain `ld -static -nostdlib -T lib/user/compat.ld`, no -z options.  Its
# ELF headers are loaded at 0x400000 on the same page as .text (two
# PT_LOAD segments share that page and must be merged by the loader), and
# its data segment starts mid-page.  See lib/user/compat.ld.  The output
# must be exactly that of args-multiple.
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(args) begin
(args) argc = 5
(args) argv[0] = 'compat-args'
(args) argv[1] = 'some'
(args) argv[2] = 'arguments'
(args) argv[3] = 'for'
(args) argv[4] = 'you!'
(args) argv[5] = null
(args) end
compat-args: exit(0)
EOF
pass;
