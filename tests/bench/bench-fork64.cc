/* tests/bench/bench-fork64.cc -- bench-fork with a 64 MiB BSS, of which
 * it touches as much as bench-fork (1 or 16 MiB): the untouched 48-63 MiB
 * must not make fork dearer (issue 12: fork's cost follows what is
 * resident). */
#define BSS_MB 64
#include "tests/bench/bench-fork.cc"
