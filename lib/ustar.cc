/* lib/ustar.cc -- making and parsing ustar headers.  See lib/ustar.h. */
#include <ustar.h>

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

namespace {

/* The header as laid out on disk. */
struct ustar_header {
  char name[100];
  char mode[8];
  char uid[8];
  char gid[8];
  char size[12];
  char mtime[12];
  char chksum[8];
  char typeflag;
  char linkname[100];
  char magic[6];
  char version[2];
  char uname[32];
  char gname[32];
  char devmajor[8];
  char devminor[8];
  char prefix[155];
  char padding[12];
};
static_assert(sizeof(ustar_header) == USTAR_BLOCK_SIZE, "a ustar header is one block");

/* Fixed modification time of every member we write (2021-01-13). */
constexpr long long MTIME = 0x5ffe0000;

/* Sum of the header's bytes with the chksum field counted as spaces. */
unsigned checksum(const ustar_header *h) {
  const uint8_t *bytes = reinterpret_cast<const uint8_t *>(h);
  unsigned sum = 0;
  for (size_t i = 0; i < USTAR_BLOCK_SIZE; i++) {
    bool in_chksum = i >= offsetof(ustar_header, chksum) &&
                     i < offsetof(ustar_header, chksum) + sizeof h->chksum;
    sum += in_chksum ? ' ' : bytes[i];
  }
  return sum;
}

/* Parses the octal number in FIELD (SIZE bytes: optional leading spaces,
 * digits, then NUL or space or the end of the field).  Returns false if it
 * is malformed or exceeds MAX. */
bool parse_octal(const char *field, size_t size, unsigned long long max,
                 unsigned long long *value) {
  size_t i = 0;
  while (i < size && field[i] == ' ') i++;
  if (i == size || field[i] < '0' || field[i] > '7') return false;
  unsigned long long v = 0;
  for (; i < size && field[i] >= '0' && field[i] <= '7'; i++) {
    v = v * 8 + (unsigned)(field[i] - '0');
    if (v > max) return false;
  }
  if (i < size && field[i] != '\0' && field[i] != ' ') return false;
  *value = v;
  return true;
}

bool all_zero(const char *block) {
  for (size_t i = 0; i < USTAR_BLOCK_SIZE; i++)
    if (block[i] != 0) return false;
  return true;
}

}  // namespace

bool ustar_make_header(const char *file_name, ustar_type type, int size, char header[]) {
  ustar_header *h = reinterpret_cast<ustar_header *>(header);
  size_t len = strlen(file_name);
  if (size < 0) return false;
  /* A longer name is split at a '/' into prefix (up to 155 characters)
   * and name (up to 99). */
  size_t split = 0; /* Length of the prefix; 0 if none. */
  if (len >= sizeof h->name) {
    for (size_t i = len - 1; i > 0 && split == 0; i--)
      if (file_name[i] == '/' && i <= sizeof h->prefix && len - i - 1 < sizeof h->name &&
          len - i - 1 > 0)
        split = i;
    if (split == 0) return false;
  }
  memset(h, 0, sizeof *h);
  if (split > 0) {
    memcpy(h->prefix, file_name, split);
    strlcpy(h->name, file_name + split + 1, sizeof h->name);
  } else {
    strlcpy(h->name, file_name, sizeof h->name);
  }
  snprintf(h->mode, sizeof h->mode, "%07o", type == USTAR_DIRECTORY ? 0755 : 0644);
  snprintf(h->uid, sizeof h->uid, "%07o", 0);
  snprintf(h->gid, sizeof h->gid, "%07o", 0);
  snprintf(h->size, sizeof h->size, "%011o", (unsigned)size);
  snprintf(h->mtime, sizeof h->mtime, "%011llo", MTIME);
  h->typeflag = (char)type;
  memcpy(h->magic, "ustar", 6); /* With its NUL. */
  memcpy(h->version, "00", 2);
  strlcpy(h->uname, "root", sizeof h->uname);
  strlcpy(h->gname, "root", sizeof h->gname);
  /* Six octal digits, NUL, space: the form tar itself writes. */
  snprintf(h->chksum, sizeof h->chksum, "%06o", checksum(h));
  h->chksum[7] = ' ';
  return true;
}

const char *ustar_parse_header(const char header[], const char **file_name, ustar_type *type,
                               int *size) {
  const ustar_header *h = reinterpret_cast<const ustar_header *>(header);
  if (all_zero(header)) {
    *file_name = nullptr;
    *type = USTAR_EOF;
    *size = 0;
    return nullptr;
  }
  /* "ustar\0" + "00" is POSIX; "ustar " + " \0" is old GNU tar. */
  if (memcmp(h->magic, "ustar", 5) != 0) return "not a ustar archive (bad magic)";
  unsigned long long value;
  if (!parse_octal(h->chksum, sizeof h->chksum, UINT_MAX, &value) || value != checksum(h))
    return "corrupt ustar header (bad checksum)";
  if (h->typeflag == '0' || h->typeflag == '\0')
    *type = USTAR_REGULAR;
  else if (h->typeflag == '5')
    *type = USTAR_DIRECTORY;
  else
    return "unsupported ustar member type (only files and directories)";
  if (memchr(h->name, '\0', sizeof h->name) == nullptr || h->name[0] == '\0')
    return "corrupt ustar header (unterminated or empty name)";
  if (h->prefix[0] != '\0') return "unsupported ustar member name (uses the prefix field)";
  if (!parse_octal(h->size, sizeof h->size, INT_MAX, &value))
    return "corrupt ustar header (bad size)";
  if (*type == USTAR_DIRECTORY) value = 0;

  const char *name = h->name;
  while (name[0] == '.' && name[1] == '/') name += 2;
  if (name[0] == '\0') return "corrupt ustar header (empty name)";
  *file_name = name;
  *size = (int)value;
  return nullptr;
}
