/* tests/unit/unit-fs-ustar.cc -- ustar headers and the extract / append
 * actions, on archives the test writes to the scratch disk itself.
 *
 * Needs a file-system disk and a scratch disk with room (Make.tests puts a
 * file in and gets it back out, which makes the runner attach both). */
#include <stdio.h>
#include <string.h>
#include <ustar.h>

#include "devices/block.h"
#include "filesys/file.h"
#include "filesys/volume.h"
#include "filesys/filesys.h"
#include "filesys/fsutil.h"
#include "filesys/sector-buffer.h"
#include "tests/kernel/ktest.h"

namespace {

#define CHECK(COND, ...) \
  do {                   \
    if (!(COND)) fail(__VA_ARGS__); \
  } while (0)

block *scratch;

uint8_t pattern(int i) { return (uint8_t)(i * 5 + 1); }

void test_headers(void) {
  char header[USTAR_BLOCK_SIZE];
  const char *name;
  ustar_type type;
  int size;
  CHECK(ustar_make_header("a-file", USTAR_REGULAR, 1234, header), "make a header");
  CHECK(ustar_parse_header(header, &name, &type, &size) == nullptr, "parse it back");
  CHECK(strcmp(name, "a-file") == 0 && type == USTAR_REGULAR && size == 1234, "round trip");
  CHECK(ustar_make_header("./dotted", USTAR_REGULAR, 0, header), "make ./dotted");
  CHECK(ustar_parse_header(header, &name, &type, &size) == nullptr && strcmp(name, "dotted") == 0,
        "a leading ./ is dropped");
  char long_name[101];
  memset(long_name, 'n', 100);
  long_name[100] = '\0';
  CHECK(!ustar_make_header(long_name, USTAR_REGULAR, 0, header), "a 100-character name fit");
  long_name[99] = '\0';
  CHECK(ustar_make_header(long_name, USTAR_REGULAR, 0, header), "a 99-character name");
  memset(header, 0, sizeof header);
  CHECK(ustar_parse_header(header, &name, &type, &size) == nullptr && type == USTAR_EOF,
        "an all-zero block is the end");
  msg("headers: ok");
}

/* Writes a header for NAME (TYPE, SIZE bytes of pattern) at *SECTOR of the
 * scratch disk, then the data, advancing *SECTOR.  MANGLE, if not NULL,
 * edits the header after it is made. */
void put_member(block_sector_t *sector, const char *name, ustar_type type, int size,
                void (*mangle)(char *header) = nullptr) {
  sector_buffer buf(sector_buffer::ZERO);
  CHECK(buf.ok(), "out of memory");
  char *header = reinterpret_cast<char *>(buf.data());
  CHECK(ustar_make_header(name, type, size, header), "header for %s", name);
  if (mangle != nullptr) mangle(header);
  CHECK(block_write(scratch, (*sector)++, header), "write header");
  for (int done = 0; done < size; done += BLOCK_SECTOR_SIZE) {
    memset(buf.data(), 0, BLOCK_SECTOR_SIZE);
    for (int i = 0; i < BLOCK_SECTOR_SIZE && done + i < size; i++)
      buf.data()[i] = pattern(done + i);
    CHECK(block_write(scratch, (*sector)++, buf.data()), "write data");
  }
}

void put_end(block_sector_t sector) {
  sector_buffer zeros(sector_buffer::ZERO);
  CHECK(zeros.ok(), "out of memory");
  CHECK(block_write(scratch, sector, zeros.data()) && block_write(scratch, sector + 1, zeros.data()),
        "write the end blocks");
}

void extract(void) {
  char action[] = "extract";
  char *argv[] = {action, nullptr};
  fsutil_extract(argv);
}

/* Checks that NAME holds SIZE bytes of pattern. */
void check_file(const char *name, int size) {
  file *f = filesys_open(nullptr, name);
  CHECK(f != nullptr, "%s was not extracted", name);
  CHECK(file_length(f) == size, "%s has %d bytes, not %d", name, file_length(f), size);
  for (int i = 0; i < size; i++) {
    uint8_t byte;
    CHECK(file_read(f, &byte, 1) == 1 && byte == pattern(i), "%s: byte %d", name, i);
  }
  file_close(f);
}

void test_good_archive(void) {
  block_sector_t s = 0;
  put_member(&s, "one", USTAR_REGULAR, 600);
  put_member(&s, "dir", USTAR_DIRECTORY, 0);
  put_member(&s, "fifteen-chars-x", USTAR_REGULAR, 10);
  put_member(&s, "two", USTAR_REGULAR, 0);
  put_end(s);
  extract();
  check_file("one", 600);
  check_file("two", 0);
  CHECK(filesys_open(nullptr, "fifteen-chars-x") == nullptr, "a 15-character name was created");
  sector_buffer buf;
  CHECK(buf.ok() && block_read(scratch, 0, buf.data()), "read scratch");
  for (int i = 0; i < BLOCK_SECTOR_SIZE; i++) CHECK(buf.data()[i] == 0, "archive not erased");
  msg("good archive: ok");
}

void bad_checksum(char *header) { header[0] ^= 1; }
void bad_magic(char *header) { memcpy(header + 257, "xstar", 5); }
void symlink_type(char *header) {
  /* A symbolic link, with its checksum made right again. */
  header[156] = '2';
  memset(header + 148, ' ', 8);
  unsigned sum = 0;
  for (int i = 0; i < USTAR_BLOCK_SIZE; i++) sum += (uint8_t)header[i];
  snprintf(header + 148, 8, "%06o", sum);
}

void test_bad_archives(void) {
  block_sector_t s = 0;
  put_member(&s, "bad1", USTAR_REGULAR, 10, bad_checksum);
  put_end(s);
  extract();
  s = 0;
  put_member(&s, "bad2", USTAR_REGULAR, 10, bad_magic);
  put_end(s);
  extract();
  s = 0;
  put_member(&s, "bad3", USTAR_REGULAR, 10, symlink_type);
  put_end(s);
  extract();
  s = 0;
  put_member(&s, "bad4", USTAR_REGULAR, 0);
  /* Claim more data than the scratch disk holds. */
  sector_buffer buf;
  CHECK(buf.ok(), "out of memory");
  CHECK(ustar_make_header("bad4", USTAR_REGULAR, 0x7fffff00, (char *)buf.data()), "header");
  CHECK(block_write(scratch, 0, buf.data()), "write header");
  extract();
  CHECK(filesys_open(nullptr, "bad1") == nullptr && filesys_open(nullptr, "bad2") == nullptr &&
            filesys_open(nullptr, "bad3") == nullptr && filesys_open(nullptr, "bad4") == nullptr,
        "a member of a bad archive was created");
  msg("bad archives: ok");
}

void test_append(void) {
  char action[] = "append", one[] = "one", two[] = "two";
  char *argv1[] = {action, one, nullptr};
  char *argv2[] = {action, two, nullptr};
  fsutil_append(argv1);
  fsutil_append(argv2);

  /* Expected: one's header, 2 data sectors, two's header, 2 zero blocks. */
  sector_buffer buf;
  CHECK(buf.ok(), "out of memory");
  const char *name;
  ustar_type type;
  int size;
  char *header = reinterpret_cast<char *>(buf.data());
  CHECK(block_read(scratch, 0, header) &&
            ustar_parse_header(header, &name, &type, &size) == nullptr &&
            strcmp(name, "one") == 0 && type == USTAR_REGULAR && size == 600,
        "first member");
  CHECK(block_read(scratch, 2, buf.data()), "read data");
  for (int i = 0; i < BLOCK_SECTOR_SIZE; i++)
    CHECK(buf.data()[i] == (i < 88 ? pattern(512 + i) : 0), "data byte %d", 512 + i);
  CHECK(block_read(scratch, 3, header) &&
            ustar_parse_header(header, &name, &type, &size) == nullptr &&
            strcmp(name, "two") == 0 && size == 0,
        "second member");
  for (block_sector_t s = 4; s < 6; s++) {
    CHECK(block_read(scratch, s, header) &&
              ustar_parse_header(header, &name, &type, &size) == nullptr && type == USTAR_EOF,
          "end block %u", s);
  }
  msg("append: ok");
}

void test_fs_ustar(void) {
  CHECK(filesys_mounted(), "no file system");
  scratch = block_get_role(BLOCK_SCRATCH);
  CHECK(scratch != nullptr && block_size(scratch) > 64, "no scratch disk with room");
  test_headers();
  test_good_archive();
  test_bad_archives();
  test_append();
  pass();
}

}  // namespace

KERNEL_TEST("unit-fs-ustar", test_fs_ustar);
