# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(exec-link) begin
(exec-link) mkdir "bin"
(exec-link) chdir "bin"
(exec-link) symlink "bin/prog" -> "../exec-link"
(exec-link) spawn "prog child"
(exec-link) running from prog with cwd bin
(exec-link) it exited with 42
(exec-link) spawn "../bin x" (a directory)
load: ../bin: open failed
(exec-link) it exited with -1
(exec-link) create "../sub-data"
(exec-link) open "../sub-data"
(exec-link) write it
(exec-link) symlink "bin/data-link" -> "./../sub-data"
(exec-link) open "data-link"
(exec-link) mmap "data-link"
(exec-link) the mapping holds the file
(exec-link) open "."
(exec-link) mmap a directory (must fail)
(exec-link) read a directory (must fail)
(exec-link) end
EOF
pass;
