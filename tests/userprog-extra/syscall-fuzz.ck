# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, IGNORE_EXIT_CODES => 1, [<<'EOF']);
(syscall-fuzz) begin
(syscall-fuzz) 3 processes make at least 50000 random system calls
(syscall-fuzz) the kernel survived
(syscall-fuzz) end
EOF
pass;
