# -*- perl -*-
use strict;
use warnings;
use tests::tests;
check_expected (IGNORE_EXIT_CODES => 1, [<<'EOF']);
(symlink-cycle) begin
(symlink-cycle) symlink "self" -> "self"
(symlink-cycle) open "self" (must fail)
(symlink-cycle) symlink "ping" -> "pong"
(symlink-cycle) symlink "pong" -> "ping"
(symlink-cycle) open "ping" (must fail)
(symlink-cycle) create "ping/x" (must fail)
(symlink-cycle) chdir "pong" (must fail)
(symlink-cycle) mkdir "ping" (must fail: the name exists)
(symlink-cycle) create "file"
(symlink-cycle) open "l40" (40 links)
(symlink-cycle) open "l41" (41 links: must fail)
(symlink-cycle) mkdir "d"
(symlink-cycle) symlink "d/up" -> ".."
(symlink-cycle) open "d/up/d/up/d/up/file"
(symlink-cycle) remove "self"
(symlink-cycle) open "file" (still there)
(symlink-cycle) end
EOF
pass;
