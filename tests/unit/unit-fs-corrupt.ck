# -*- perl -*-
# The kernel's error messages name sectors that depend on the allocation
# order, so every number in them (lines not starting with "(") becomes N.
use strict;
use warnings;
use tests::tests;
our ($test);
my @output = read_text_file ("$test.output");
common_checks('run', @output);
my @numbered = map { /^\(/ ? $_ : s/\b(?:0x)?[0-9a-f]*\d[0-9a-f]*\b/N/gr } @output;
compare_output('run', \@numbered, [<<'EOF']);
(unit-fs-corrupt) 1. garbage in the root directory's inode
(unit-fs-corrupt) repaired
(unit-fs-corrupt) 2. a data pointer outside the disk
filesys: hd0:N: corrupt inode: sector pointer N is outside the disk
filesys: hd0:N: corrupt inode: sector pointer N is outside the disk
(unit-fs-corrupt) repaired
(unit-fs-corrupt) 3. a file inode with a bad magic number
filesys: hd0:N: sector N is not an inode (bad magic N)
filesys: hd0:N: sector N is not an inode (bad magic N)
(unit-fs-corrupt) name removed
(unit-fs-corrupt) 4. a directory entry naming a sector outside the disk
block: hd0:N: read of sector N is out of range (disk has N sectors)
(unit-fs-corrupt) repaired
(unit-fs-corrupt) 5. a free map that does not fit the disk
filesys: hd0:N: the free map (N bytes) does not fit this disk (N sectors need N bytes)
filesys: hd0:N: inode N has impossible length N
(unit-fs-corrupt) repaired
(unit-fs-corrupt) PASS
EOF
pass;
