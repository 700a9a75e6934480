# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(path-long) begin
(path-long) mkdir 100 levels: /p/p/.../p
(path-long) create a file 100 directories down (205 characters)
(path-long) open it by its absolute path
(path-long) chdir 50 levels down
(path-long) open it by a relative path
(path-long) chdir with ".." and a trailing slash
(path-long) chdir "/"
(path-long) mkdir a 15-character name (must fail)
(path-long) create under a 15-character name (must fail)
(path-long) mkdir a 14-character name
(path-long) open a path of 1030 characters (must fail)
(path-long) create under a file (must fail)
(path-long) open "/p/"
(path-long) open a file with a trailing slash (must fail)
(path-long) end
EOF
pass;
