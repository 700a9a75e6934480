# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(mount-busy) begin
(mount-busy) mkdir "m"
(mount-busy) mkdir "m2"
(mount-busy) mkdir "full" with a file in it
(mount-busy) mount on a non-empty directory (must fail)
(mount-busy) mount on "/" (must fail)
(mount-busy) mount channel 2 (must fail)
(mount-busy) mount the file-system disk (must fail)
(mount-busy) mount a missing disk (must fail)
(mount-busy) mount on a missing directory (must fail)
(mount-busy) mount the second disk at "m"
Formatting file system...done.
(mount-busy) mount it again at "m2" (must fail)
(mount-busy) create "m/f"
(mount-busy) open "m/f"
(mount-busy) umount with "m/f" open (must fail)
(mount-busy) chdir "m"
(mount-busy) umount with the working directory in it (must fail)
(mount-busy) ".." of the mounted root is "/"
(mount-busy) chdir "/"
(mount-busy) open "m"
(mount-busy) its inumber differs from the root's
(mount-busy) umount with its root open (must fail)
(mount-busy) remove "m" (must fail)
(mount-busy) umount "/" (must fail)
(mount-busy) umount "full" (must fail: nothing is mounted there)
(mount-busy) umount "m"
(mount-busy) open "m/f" (must fail: gone with the disk)
(mount-busy) mount the second disk at "m2"
(mount-busy) "m2/f" is there, 10 bytes
(mount-busy) end
EOF
pass;
