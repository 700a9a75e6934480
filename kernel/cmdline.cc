/* kernel/cmdline.cc -- the command-line splitter (see kernel/cmdline.h). */
#include "kernel/cmdline.h"

#include <stddef.h>

bool cmdline_split(char *line, char **argv, int max) {
  int argc = 0;
  char *in = line, *out = line; /* words are compacted in place */
  for (;;) {
    while (*in == ' ' || *in == '\t' || *in == '\n') in++;
    if (*in == '\0') break;
    if (argc >= max - 1) return false;
    argv[argc++] = out;
    char quote = '\0';
    while (*in != '\0') {
      char c = *in++;
      if (quote == '\'') {
        if (c == '\'') quote = '\0';
        else *out++ = c;
      } else if (quote == '"') {
        if (c == '"') quote = '\0';
        else if (c == '\\' && *in != '\0') *out++ = *in++;
        else *out++ = c;
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '\\' && *in != '\0') {
        *out++ = *in++;
      } else if (c == ' ' || c == '\t' || c == '\n') {
        break;
      } else {
        *out++ = c;
      }
    }
    if (quote != '\0') return false;
    /* OUT never passes IN, so terminating here is safe. */
    *out++ = '\0';
  }
  argv[argc] = nullptr;
  return true;
}
