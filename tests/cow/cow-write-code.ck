# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_USER_FAULTS => 1, [<<'EOF']);
(cow-write-code) begin
(cow-write-code) open "sample.txt"
(cow-write-code) mmap "sample.txt" read-only
(cow-write-code) run the code, read the data and the mapping
(cow-write-code) the pages have frames
(cow-write-code) fork code-writer
(code-writer) code page shares the parent's frame
(code-writer) write the code page
code-writer: exit(-1)
(cow-write-code) code-writer exited with status -1
(cow-write-code) fork rodata-writer
(rodata-writer) read-only data page shares the parent's frame
(rodata-writer) write the read-only data page
rodata-writer: exit(-1)
(cow-write-code) rodata-writer exited with status -1
(cow-write-code) fork map-writer
(map-writer) read-only mapping page shares the parent's frame
(map-writer) write the read-only mapping page
map-writer: exit(-1)
(cow-write-code) map-writer exited with status -1
(cow-write-code) the parent's pages kept their frames
(cow-write-code) the code still runs, the data and the mapping are unchanged
(cow-write-code) end
cow-write-code: exit(0)
EOF
pass;
