/* tests/userprog/exec-missing.c -- exec() of a missing program ends the
 * process with -1 after "load: no-such-file: open failed". */
#include "tests/lib.h"
#include "tests/main.h"

void test_main(void) { msg("exec(\"no-such-file\"): %d", exec("no-such-file")); }
