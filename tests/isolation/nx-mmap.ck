# -*- perl -*-
# nx-mmap: a jump into the mapped file kills the process (no-execute page).
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOT']);
(nx-mmap) begin
(nx-mmap) create "ret.bin"
(nx-mmap) open "ret.bin"
(nx-mmap) write RET instructions
(nx-mmap) mmap "ret.bin" read-only
(nx-mmap) call into the mapped file
nx-mmap: exit(-1)
EOT
pass;
