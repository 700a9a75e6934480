# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(cow-mmap) begin
(cow-mmap) open "sample.txt"
(cow-mmap) mmap "sample.txt" writable
(cow-mmap) mapped page holds "sample.txt"
(cow-mmap) mapped page and stack page have frames
(cow-mmap) fork child
(child) mapped page shares the parent's frame
(child) stack page shares the parent's frame
(child) mapped page holds "sample.txt"
(child) stack page holds the parent's data
(child) write the mapped page: a frame of its own
(child) write the stack page: a frame of its own
(child) mapped page holds the child's data
(child) stack page holds the child's data
child: exit(42)
(cow-mmap) child exited with status 42
(cow-mmap) the parent's mapped page still holds "sample.txt"
(cow-mmap) the parent's stack page holds its own data
(cow-mmap) the parent kept its frames
(cow-mmap) write the mapped page, no longer shared: same frame
(cow-mmap) munmap
(cow-mmap) open "sample.txt" for verification
(cow-mmap) verified contents of "sample.txt"
(cow-mmap) close "sample.txt"
(cow-mmap) end
cow-mmap: exit(0)
EOF
pass;
