# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected ([<<'EOF']);
(phdr-many) begin
(phdr-many) create "many-phdrs"
(phdr-many) wrote it with 300 extra program headers
(many-phdrs) running
many-phdrs: exit(0)
(phdr-many) many-phdrs exited with status 0
(phdr-many) end
phdr-many: exit(0)
EOF
pass;
