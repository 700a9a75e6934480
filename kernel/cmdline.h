/* kernel/cmdline.h -- splitting the kernel command line into words. */
#ifndef KERNEL_CMDLINE_H
#define KERNEL_CMDLINE_H

#include <stddef.h>

/* The longest kernel command line, in bytes (tools/pintos checks it too),
 * and the most words it may split into. */
constexpr size_t CMDLINE_MAX = 4096;
constexpr int MAX_CMDLINE_ARGS = 1024;

/* Splits LINE in place into words separated by runs of spaces, storing
 * pointers in ARGV (at most MAX - 1 words, then NULL).  Quoting, as the
 * runner writes it and as GRUB re-quotes what it passes on:
 *   'single quoted'  taken literally;
 *   "double quoted"  with \x meaning x;
 *   \x outside quotes means x.
 * Adjacent pieces join into one word: a'b c'd is the word "ab cd".
 * Returns false for an unterminated quote or too many words. */
bool cmdline_split(char *line, char **argv, int max);

#endif /* KERNEL_CMDLINE_H */
