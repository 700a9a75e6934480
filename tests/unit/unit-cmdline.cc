/* tests/unit/unit-cmdline.cc -- the kernel command-line splitter
 * (kernel/cmdline.cc): words, runs of spaces, the three quoting forms the
 * runner and GRUB produce, and the two errors. */
#include <string.h>

#include "kernel/cmdline.h"
#include "tests/kernel/ktest.h"

namespace {

/* Splits INPUT and checks the words against EXPECTED (NULL-terminated). */
void check_split(const char *input, const char *const *expected) {
  char line[128];
  char *argv[8];
  strlcpy(line, input, sizeof line);
  if (!cmdline_split(line, argv, 8)) fail("split of [%s] failed", input);
  int i = 0;
  for (; expected[i] != nullptr; i++) {
    if (argv[i] == nullptr) fail("[%s]: word %d missing", input, i);
    if (strcmp(argv[i], expected[i]) != 0)
      fail("[%s]: word %d is [%s], expected [%s]", input, i, argv[i], expected[i]);
  }
  if (argv[i] != nullptr) fail("[%s]: extra word [%s]", input, argv[i]);
  msg("[%s] -> %d words", input, i);
}

void test_unit_cmdline(void) {
  msg("begin");
  const char *const plain[] = {"-q", "run", "alarm-single", nullptr};
  check_split("-q run alarm-single", plain);
  const char *const spaces[] = {"-q", "ls", nullptr};
  check_split("   -q    ls  ", spaces);
  const char *const single[] = {"run", "args-single onearg", nullptr};
  check_split("run 'args-single onearg'", single);
  const char *const grub[] = {"run", "echo 'x' \"y\" \\", nullptr};
  check_split("run \"echo 'x' \\\"y\\\" \\\\\"", grub);
  const char *const joined[] = {"ab cd", nullptr};
  check_split("a'b c'd", joined);
  const char *const empty[] = {nullptr};
  check_split("", empty);

  char open_quote[] = "run 'unterminated";
  char *argv[8];
  if (cmdline_split(open_quote, argv, 8)) fail("an unterminated quote was accepted");
  msg("unterminated quote rejected");
  char many[] = "a b c d e f g h i";
  if (cmdline_split(many, argv, 8)) fail("too many words were accepted");
  msg("too many words rejected");
  msg("end");
}

}  // namespace

KERNEL_TEST("unit-cmdline", test_unit_cmdline);
