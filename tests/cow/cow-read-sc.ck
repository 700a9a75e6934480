# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-read-sc) begin
(cow-read-sc) fill 3 pages
(cow-read-sc) fork reader
(reader) the buffer's pages share the parent's frames
(reader) open "sample.txt"
(reader) read "sample.txt" into pages 0 and 1
(reader) pages 0 and 1 got frames of their own
(reader) pages 0 and 1 hold the file's data and, around it, the parent's
(reader) create "copy"
(reader) open "copy"
(reader) write page 2 to "copy"
(reader) page 2 (only read) still shares the parent's frame
reader: exit(42)
(cow-read-sc) reader exited with status 42
(cow-read-sc) the parent's pages hold its own data
(cow-read-sc) the parent kept its frames
(cow-read-sc) open "copy" for verification
(cow-read-sc) verified contents of "copy"
(cow-read-sc) close "copy"
(cow-read-sc) end
cow-read-sc: exit(0)
EOF
pass;
