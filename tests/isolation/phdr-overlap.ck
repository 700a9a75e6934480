# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(phdr-overlap) begin
(phdr-overlap) wrote "share": a segment on the text's last page
(share) running
share: exit(0)
(phdr-overlap) share exited with status 0
(phdr-overlap) wrote "overlap": a segment inside the text
load: overlap: segments overlap
overlap: exit(-1)
(phdr-overlap) overlap exited with status -1
(phdr-overlap) wrote "in-stack": a segment inside the stack reservation
load: in-stack: a segment overlaps the stack
in-stack: exit(-1)
(phdr-overlap) in-stack exited with status -1
(phdr-overlap) end
phdr-overlap: exit(0)
EOF
pass;
