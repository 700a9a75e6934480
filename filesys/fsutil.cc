/* filesys/fsutil.cc -- the file-system command-line actions.  See
 * filesys/fsutil.h.  Files cross the scratch disk as ustar archives
 * (lib/ustar.h), one 512-byte block per sector. */
#include "filesys/fsutil.h"

#include <round.h>
#include <stdio.h>
#include <string.h>
#include <ustar.h>

#include "devices/block.h"
#include "filesys/directory.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/sector-buffer.h"
#include "filesys/volume.h"
#include "kernel/palloc.h"

static_assert(USTAR_BLOCK_SIZE == BLOCK_SECTOR_SIZE, "one archive block per sector");

namespace {

/* Archive data is read 64 kB at a time, the most one disk command moves
 * (MAX_SECTORS, devices/ide-internal.h): a 75 kB program is 2 commands, a
 * 2 MB file 32.  Less when memory is short (scoped_pages halves it). */
constexpr size_t CHUNK_PAGES = 16;

/* Where the next `append` writes on the scratch disk.  Only the boot thread
 * runs actions, one at a time, so no lock is needed. */
block_sector_t append_sector = 0;

/* True if the file system is mounted; else prints "ACTION: no file
 * system". */
bool have_filesys(const char *action) {
  if (filesys_mounted()) return true;
  printf("%s: no file system\n", action);
  return false;
}

/* The scratch disk, or NULL after printing "ACTION: no scratch disk". */
block *scratch_disk(const char *action) {
  block *scratch = block_get_role(BLOCK_SCRATCH);
  if (scratch == nullptr) printf("%s: no scratch disk (hd1:0)\n", action);
  return scratch;
}

/* For ACTION (extract or put): copies SIZE bytes of archive data, starting
 * at *SECTOR on SRC, into a new file NAME.  Advances *SECTOR past the data
 * (even when the file cannot be made, so extraction can go on with the
 * next member).  Returns false if the archive itself cannot be read on. */
bool extract_file(const char *action, block *src, block_sector_t *sector, const char *name,
                  int size, scoped_pages *data) {
  block_sector_t data_sectors = DIV_ROUND_UP((unsigned)size, BLOCK_SECTOR_SIZE);
  block_sector_t first = *sector;
  if (data_sectors > block_size(src) - first) {
    printf("%s: '%s' runs past the end of the scratch disk\n", action, name);
    return false;
  }
  *sector += data_sectors;

  /// SOLUTION(filesys):
  if (!filesys_create(nullptr, name, 0)) {
  /// STUB:
  /// if (!filesys_create(nullptr, name, size)) {
  /// END
    printf("%s: cannot create '%s' (bad or existing name, or disk full)\n", action, name);
    return true;
  }
  file *dst = filesys_open(nullptr, name);
  if (dst == nullptr) {
    printf("%s: cannot open '%s'\n", action, name);
    return true;
  }
  off_t chunk_bytes = (off_t)data->size();
  for (off_t done = 0; done < size; done += chunk_bytes) {
    off_t chunk = size - done < chunk_bytes ? size - done : chunk_bytes;
    size_t sectors = DIV_ROUND_UP((size_t)chunk, BLOCK_SECTOR_SIZE);
    if (!block_read_multi(src, first + done / BLOCK_SECTOR_SIZE, sectors, data->data())) {
      file_close(dst);
      return false;
    }
    off_t written = file_write(dst, data->data(), chunk);
    if (written != chunk) {
      printf("%s: '%s': only %" PROTd " of %d bytes fit in the file system\n", action, name,
             done + (written > 0 ? written : 0), size);
      break;
    }
  }
  file_close(dst);
  return true;
}

}  // namespace

void fsutil_ls(char **argv) {
  if (!have_filesys("ls")) return;
  printf("Files in the root directory:\n");
  char name[NAME_MAX + 1];
  off_t pos = 0;
  while (dir_readdir(root_volume->root, &pos, name)) printf("%s\n", name);
  printf("End of listing.\n");
}

void fsutil_cat(char **argv) {
  const char *name = argv[1];
  printf("Printing '%s' to the console...\n", name);
  if (!have_filesys("cat")) return;
  file *f = filesys_open_file(nullptr, name);
  if (f == nullptr) {
    printf("cat: %s: cannot open (no such file, or a directory)\n", name);
    return;
  }
  sector_buffer buffer;
  if (buffer.ok()) {
    for (;;) {
      off_t ofs = file_tell(f);
      off_t n = file_read(f, buffer.data(), BLOCK_SECTOR_SIZE);
      if (n <= 0) break;
      hex_dump((uintptr_t)ofs, buffer.data(), (size_t)n, true);
    }
  }
  file_close(f);
}

void fsutil_rm(char **argv) {
  const char *name = argv[1];
  printf("Deleting '%s'...\n", name);
  if (!have_filesys("rm")) return;
  if (!filesys_remove(nullptr, name))
    printf("rm: %s: cannot delete (no such file, or a directory that is not empty)\n", name);
}

namespace {
/* Copies the members of the ustar archive on the scratch disk into the file
 * system: all of them, or with ONLY just the member named ONLY.  ACTION
 * names the command-line action in messages.  Returns the number of
 * members copied (or tried), or -1 (after a message) when there is no file
 * system, no scratch disk or no memory. */
int copy_from_archive(const char *action, const char *only) {
  if (!have_filesys(action)) return -1;
  block *src = scratch_disk(action);
  if (src == nullptr) return -1;
  sector_buffer header;
  scoped_pages data(CHUNK_PAGES);
  if (!header.ok() || data.size() == 0) {
    printf("%s: out of memory\n", action);
    return -1;
  }

  int copied = 0;
  block_sector_t sector = 0;
  for (;;) {
    if (sector >= block_size(src)) {
      printf("%s: the archive has no end marker before the end of the disk\n", action);
      break;
    }
    if (!block_read(src, sector, header.data())) break;
    sector++;
    const char *name;
    ustar_type type;
    int size;
    const char *error =
        ustar_parse_header(reinterpret_cast<char *>(header.data()), &name, &type, &size);
    if (error != nullptr) {
      printf("%s: bad archive header at sector %" PRDSNu ": %s\n", action, sector - 1, error);
      break;
    }
    if (type == USTAR_EOF) break;
    if (type == USTAR_DIRECTORY) {
      if (only == nullptr) {
        printf("Putting directory '%s' into the file system...\n", name);
        if (!filesys_mkdir(nullptr, name))
          printf("%s: cannot make directory '%s' (bad or existing name, or disk full)\n",
                 action, name);
      }
      continue;
    }
    if (only != nullptr && strcmp(name, only) != 0) {
      sector += DIV_ROUND_UP((unsigned)size, BLOCK_SECTOR_SIZE);
      continue;
    }
    if (only == nullptr) printf("Putting '%s' into the file system...\n", name);
    copied++;
    if (!extract_file(action, src, &sector, name, size, &data)) break;
    if (only != nullptr) break;
  }
  /* What was copied is on the disk before any program runs (see the
   * header). */
  if (copied > 0 && !filesys_sync())
    printf("%s: could not write everything to the disk\n", action);
  return copied;
}
}  // namespace

void fsutil_extract(char **argv) {
  printf("Extracting ustar archive from scratch device into file system...\n");
  if (copy_from_archive("extract", nullptr) < 0) return;
  block *src = block_get_role(BLOCK_SCRATCH);
  /* Zero the first two blocks: the archive now reads as empty (extracting
   * twice changes nothing), and `append` writes its own archive there. */
  sector_buffer zeros;
  if (!zeros.ok()) return;
  memset(zeros.data(), 0, BLOCK_SECTOR_SIZE);
  for (block_sector_t s = 0; s < 2 && s < block_size(src); s++)
    (void)block_write(src, s, zeros.data());
}

void fsutil_put(char **argv) {
  const char *name = argv[1];
  printf("Putting '%s' into the file system...\n", name);
  if (copy_from_archive("put", name) == 0)
    printf("put: '%s' is not in the archive on the scratch disk\n", name);
}

void fsutil_append(char **argv) {
  const char *name = argv[1];
  printf("Getting '%s' from the file system...\n", name);
  if (!have_filesys("append")) return;
  block *dst = scratch_disk("append");
  if (dst == nullptr) return;
  file *src = filesys_open_file(nullptr, name);
  if (src == nullptr) {
    printf("append: %s: cannot open (no such file, or a directory)\n", name);
    return;
  }
  sector_buffer buffer;
  off_t size = file_length(src);
  /* Header, data, and the two end blocks must fit. */
  block_sector_t needed = 1 + DIV_ROUND_UP((unsigned)size, BLOCK_SECTOR_SIZE) + 2;
  if (!buffer.ok()) {
    printf("append: out of memory\n");
  } else if (append_sector > block_size(dst) || needed > block_size(dst) - append_sector) {
    printf("append: %s: no room on the scratch disk (%" PRDSNu " sectors needed)\n", name,
           needed);
  } else if (!ustar_make_header(name, USTAR_REGULAR, size,
                                reinterpret_cast<char *>(buffer.data()))) {
    printf("append: %s: name too long for a ustar header\n", name);
  } else {
    block_sector_t sector = append_sector;
    bool ok = block_write(dst, sector++, buffer.data());
    for (off_t done = 0; ok && done < size; done += BLOCK_SECTOR_SIZE) {
      off_t chunk = size - done < BLOCK_SECTOR_SIZE ? size - done : BLOCK_SECTOR_SIZE;
      memset(buffer.data(), 0, BLOCK_SECTOR_SIZE);
      if (file_read_at(src, buffer.data(), chunk, done) != chunk) {
        printf("append: %s: read error\n", name);
        ok = false;
        break;
      }
      ok = block_write(dst, sector++, buffer.data());
    }
    /* End of archive; the next append overwrites it. */
    memset(buffer.data(), 0, BLOCK_SECTOR_SIZE);
    if (ok)
      ok = block_write(dst, sector, buffer.data()) && block_write(dst, sector + 1, buffer.data());
    if (ok)
      append_sector = sector;
    else
      printf("append: %s: could not write the scratch disk\n", name);
  }
  file_close(src);
}
