# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fs-swap) begin
(fs-swap) filled a 3 MiB buffer
(fs-swap) create "big"
(fs-swap) wrote 1 MiB from it
(fs-swap) fork a child that reads it back
(fs-swap) the child read it intact
(fs-swap) open "big"
(fs-swap) mmap it
(fs-swap) the mapping holds it
(fs-swap) end
EOF
pass;
