# -*- perl -*-
# The boot's fsck lines name sectors that depend on allocation order:
# numbers in them become N.
use strict;
use warnings;
use tests::tests;
our ($test);
my @fsck = map { s/\b\d+\b/N/gr } grep { /^fsck: / } read_text_file ("$test.output");
my @want = split /\n/, <<'EOF';
fsck: hd0:N: entry 'bad/name' in directory N has a bad name; removing it
fsck: hd0:N: entry 'twin-a' in directory N repeats a name; removing it
fsck: hd0:N: entry 'to-root' in directory N names the root directory; removing it
fsck: hd0:N: entry 'to-fmap' in directory N names the free map; removing it
fsck: hd0:N: entry 'outside' in directory N points outside the disk; removing it
fsck: hd0:N: entry 'alias' in directory N names a sector already in use; removing it
fsck: hd0:N: entry 'to-data' in directory N names a sector already in use; removing it
fsck: hd0:N: directory N ('sub') has parent N instead of N; fixing it
fsck: hd0:N: N sectors in use were marked free; marked in use
fsck: hd0:N: N sectors marked in use are not used; freed
EOF
fail (join ("\n", "The boot's fsck lines differ from the expected ones:",
            diff_lines (\@want, \@fsck))) if join ("\n", @fsck) ne join ("\n", @want);
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(fsck-dir) begin
(fsck-dir) open "keep"
(fsck-dir) verified contents of "keep"
(fsck-dir) open "to-root" (must fail)
(fsck-dir) open "to-fmap" (must fail)
(fsck-dir) open "outside" (must fail)
(fsck-dir) open "alias" (must fail)
(fsck-dir) open "to-data" (must fail)
(fsck-dir) open "bad-name" (must fail)
(fsck-dir) open "twin-b" (must fail)
(fsck-dir) open "/"
(fsck-dir) listed "fsck-dir"
(fsck-dir) listed "tar"
(fsck-dir) listed "keep"
(fsck-dir) listed "twin-a"
(fsck-dir) listed "sub"
(fsck-dir) "sub/.." is "/" again
(fsck-dir) "sub/inner" is intact
(fsck-dir) create "new": the disk takes new files
(fsck-dir) end
EOF
pass;
