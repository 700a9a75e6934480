/* kernel/init.cc -- from kernel_main() to power-off: the composition root.
 *
 * Layer: above every other.  This is the one file allowed to include any
 * layer (design.md): it starts every subsystem in order, registers the
 * hooks through which a lower layer calls a higher one (the console's
 * output and locking, the work before power-off), and carries out the
 * command line.  Everything else includes only the layers below its own.
 *
 * arch/x86_64/start.S calls kernel_main() in long mode on the boot stack
 * with interrupts off.  The boot sequence brings each layer up before the
 * layers that use it (see the numbered steps), then carries out the actions
 * on the kernel command line and, with -q, powers off.
 *
 * The command line comes from QEMU's fw_cfg file "opt/pintos/cmdline" when
 * present (the test runner's way: one boot image serves every run), else
 * from the boot loader.  Options come first, then actions:
 *
 *   options:  -h  -q  -f  -fs-basic  -rs=SEED  -mlfqs  -nocow  -nodma  -ul=COUNT
 *   actions:  run 'PROG ARGS' | ls | cat FILE | rm FILE | extract | append FILE
 *             | put FILE | get FILE (the standard Pintos names)
 * A command-line error powers off at once, reporting failure to the runner
 * (devices/shutdown.h). */
#include "kernel/init.h"

#include <random.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arch/x86_64/fpu.h"
#include "arch/x86_64/gdt.h"
#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/mmu.h"
#include "arch/x86_64/multiboot.h"
#include "devices/block.h"
#include "devices/fw_cfg.h"
#include "devices/ide.h"
#include "devices/serial.h"
#include "devices/shutdown.h"
#include "devices/timer.h"
#include "filesys/cache.h"
#include "filesys/file.h"
#include "filesys/filesys.h"
#include "filesys/fsutil.h"
#include "kernel/cmdline.h"
#include "kernel/cxxrt.h"
#include "kernel/ktest.h"
#include "kernel/malloc.h"
#include "kernel/palloc.h"
#include "kernel/panic.h"
#include "kernel/thread.h"
#include "lib/kernel/console.h"
#include "userprog/exception.h"
#include "userprog/leak-check.h"
#include "userprog/process.h"
#include "userprog/syscall.h"
#include "vm/vm.h"

extern "C" char __kernel_end[];
extern "C" [[noreturn]] void kernel_main(uint32_t magic, uint32_t info);

size_t init_ram_pages;

namespace {
char cmdline_as_received[CMDLINE_MAX + 1];

boot_info boot;                 /* what the boot loader told us */
char cmdline[CMDLINE_MAX + 1];
char *argv[MAX_CMDLINE_ARGS];   /* cmdline split into words, NULL-terminated */

bool power_off_when_done;       /* -q */
bool format_filesys;            /* -f */
bool basic_cache;               /* -fs-basic */
size_t user_page_limit = SIZE_MAX; /* -ul */

[[noreturn]] void usage(void) {
  printf("\nCommand line syntax: [OPTION...] [ACTION...]\n"
         "Options must precede actions.\n"
         "Actions are executed in the order specified.\n"
         "\nAvailable actions:\n"
         "  run 'PROG [ARG...]' Run PROG (a kernel test, or a user program) and wait.\n"
         "  ls                 List files in the root directory.\n"
         "  cat FILE           Print FILE to the console.\n"
         "  rm FILE            Delete FILE (or an empty directory).\n"
         "  extract            Untar the scratch disk into the file system.\n"
         "  append FILE        Append FILE to a tar archive on the scratch disk.\n"
         "  put FILE           Copy FILE from the scratch disk's archive into the file system.\n"
         "  get FILE           The same as append FILE.\n"
         "  (FILE: a path, absolute or from the root.)\n"
         "\nOptions:\n"
         "  -h                 Print this help message and power off.\n"
         "  -q                 Power off after actions or on panic.\n"
         /// SOLUTION(filesys):
         "  -f                 Format the file system disk during startup, and\n"
         "                     every other disk at its first mount.\n"
         /// STUB:
         /// "  -f                 Format the file system disk during startup.\n"
         /// END
         "  -fs-basic          Plain buffer cache: 64 sectors, no read-ahead or\n"
         "                     write-behind (for comparisons).\n"
         "  -rs=SEED           Set the random number seed to SEED.\n"
         "  -mlfqs             Use the multi-level feedback queue scheduler.\n"
         "  -nocow             fork copies every page at once (no copy-on-write).\n"
         "  -nodma             disks by PIO only (no bus-master DMA).\n"
         "  -ul=COUNT          Limit the user memory pool to COUNT pages.\n");
  shutdown_power_off_now();
}

[[noreturn]] void command_line_error(const char *what, const char *word) {
  printf("Error: %s '%s' (use -h for help)\n", what, word);
  shutdown_report_failure();
  shutdown_power_off_now();
}

/* Reads the options at the start of ARGV; returns the first action. */
char **parse_options(char **args) {
  for (; *args != nullptr && **args == '-'; args++) {
    char *value = strchr(*args, '=');
    size_t name_len = value != nullptr ? (size_t)(value - *args) : strlen(*args);
    if (value != nullptr) value++;
    auto is = [&](const char *name, bool wants_value) {
      return strlen(name) == name_len && strncmp(*args, name, name_len) == 0 &&
             (value != nullptr) == wants_value;
    };
    if (is("-h", false)) {
      usage();
    } else if (is("-q", false)) {
      power_off_when_done = true;
      panic_set_power_off(true);
    } else if (is("-f", false)) {
      format_filesys = true;
    } else if (is("-fs-basic", false)) {
      basic_cache = true;
    } else if (is("-rs", true)) {
      char *end;
      long seed = strtol(value, &end, 10);
      if (*value == '\0' || *end != '\0') command_line_error("bad value in option", *args);
      random_init((unsigned)seed);
    } else if (is("-mlfqs", false)) {
      thread_mlfqs = true;
    } else if (is("-threads-tests", false)) {
      /* Standard Pintos's userprog Make.tests passes it to kernel tests;
       * `run` finds kernel tests by name anyway. */
    } else if (is("-nocow", false)) {
      vm_cow_enabled = false;
    } else if (is("-nodma", false)) {
      ide_dma_enabled = false;
    } else if (is("-ul", true)) {
      char *end;
      long limit = strtol(value, &end, 10);
      if (*value == '\0' || *end != '\0' || limit < 0)
        command_line_error("bad value in option", *args);
      user_page_limit = (size_t)limit;
    } else {
      command_line_error("unknown option", *args);
    }
  }
  return args;
}

/* True if the file system is mounted and holds the program TASK ('PROG
 * ARGS') names, or if its name is too long to check here: the loader will
 * say. */
bool program_exists(const char *task) {
  char prog[128];
  size_t len = strcspn(task, " ");
  if (len >= sizeof prog) return true;
  memcpy(prog, task, len);
  prog[len] = '\0';
  if (!filesys_mounted()) return false;
  file *f = filesys_open_file(nullptr, prog);
  if (f == nullptr) return false;
  file_close(f);
  return true;
}

/* Runs TASK: a registered kernel test, else a user program. */
void run_task(char **args) {
  const char *task = args[1];
  if (ktest_find(task) == nullptr && !program_exists(task)) {
    /* A command-line error, but earlier actions may have changed the file
     * system: finish it properly before powering off. */
    if (filesys_mounted())
      printf("Error: run: '%s' is neither a kernel test nor a file in the file system.\n", task);
    else
      printf("Error: run: '%s' is not a kernel test, and there is no file system to load a "
             "program from.\n", task);
    shutdown_report_failure();
    shutdown_power_off();
  }
  printf("Executing '%s':\n", task);
  if (ktest_run(task))
    leak_check_baseline(); /* the leak check is for user programs: kernel tests
                              may keep memory (the standard priority-fifo does) */
  else
    process_wait(process_create_initd(task));
  printf("Execution of '%s' complete.\n", task);
}

struct action {
  const char *name;
  int argc;                  /* including the action's own name */
  void (*function)(char **argv);
};

const action actions[] = {
    {"run", 2, run_task},
    {"ls", 1, fsutil_ls},
    {"cat", 2, fsutil_cat},
    {"rm", 2, fsutil_rm},
    {"extract", 1, fsutil_extract},
    {"append", 2, fsutil_append},
    {"put", 2, fsutil_put},
    {"get", 2, fsutil_append},
};

/* Checks every action before running any, so a typo costs no work. */
void check_actions(char **args) {
  while (*args != nullptr) {
    const action *a = nullptr;
    for (const action &candidate : actions)
      if (strcmp(*args, candidate.name) == 0) a = &candidate;
    if (a == nullptr) command_line_error("unknown action", *args);
    for (int i = 1; i < a->argc; i++)
      if (args[i] == nullptr) command_line_error("missing argument for action", *args);
    args += a->argc;
  }
}

void run_actions(char **args) {
  while (*args != nullptr) {
    for (const action &a : actions) {
      if (strcmp(*args, a.name) == 0) {
        a.function(args);
        args += a.argc;
        break;
      }
    }
  }
}

/* The console (lib/kernel/console.h) writes to the serial port, each call
 * with interrupts off. */
unsigned long console_lock(void) { return intr_disable(); }
void console_unlock(unsigned long level) { intr_set_level((intr_level)level); }
const console_hooks console_output = {serial_putc, console_lock, console_unlock};

/* The last work before power-off (devices/shutdown calls it once, however
 * the machine stops: after the actions with -q, or a user program's
 * halt()): finishes the file system, then prints every subsystem's
 * statistics ("Timer: N ticks", ...). */
void before_power_off(void) {
  filesys_done();
  timer_print_stats();
  thread_print_stats();
  block_print_stats();
  cache_print_stats();
  console_print_stats();
  exception_print_stats();
  vm_print_stats();
  leak_check_report();
}

}  // namespace

const char *init_boot_protocol(void) { return boot.loader; }
const char *init_command_line(void) { return cmdline_as_received; }

extern "C" void kernel_main(uint32_t magic, uint32_t info) {
  /* 1. A console, and what the boot loader told us. */
  serial_init();
  console_init(&console_output);
  shutdown_set_before_power_off(before_power_off);
  if (!multiboot_parse(magic, info, &boot)) {
    printf("Cannot boot: no usable memory map from %s.\n", boot.loader);
    shutdown_report_failure();
    shutdown_power_off_now();
  }
  size_t cmdline_len;
  if (!fw_cfg_read_file("opt/pintos/cmdline", cmdline, sizeof cmdline, &cmdline_len))
    cmdline_len = strlcpy(cmdline, boot.cmdline, sizeof cmdline);
  if (cmdline_len > CMDLINE_MAX) {
    printf("Error: the kernel command line is %zu bytes long; the limit is %zu.\n",
           cmdline_len, CMDLINE_MAX);
    shutdown_report_failure();
    shutdown_power_off_now();
  }
  init_ram_pages = boot.ram_end / PGSIZE;
  printf("Pintos booting with %'llu kB RAM...\n",
         (unsigned long long)(boot.ram_end - boot.ram_start) / 1024);
  printf("Boot protocol: %s.\n", boot.loader);
  printf("Kernel command line: %s\n", cmdline);
  strlcpy(cmdline_as_received, cmdline, sizeof cmdline_as_received);
  if (!cmdline_split(cmdline, argv, MAX_CMDLINE_ARGS)) {
    printf("Error: the command line has unbalanced quotes or more than %d words.\n",
           MAX_CMDLINE_ARGS - 1);
    shutdown_report_failure();
    shutdown_power_off_now();
  }
  char **action_args = parse_options(argv);
  check_actions(action_args);

  /* 2. Memory: the kernel page table, the page pools, malloc, C++ globals. */
  palloc_boot_init(vtop(__kernel_end), boot.ram_end);
  paging_init(boot.ram_end, palloc_boot_page);
  palloc_init(user_page_limit);
  malloc_init();
  cxx_run_constructors();

  /* 3. Threads, segments, interrupts, the timer; then preemption on. */
  thread_init();
  gdt_init();
  fpu_init();
  intr_init();
  exception_init();
  syscall_init();
  timer_init();
  thread_start();
  timer_calibrate();

  /* 4. Disks and the file system. */
  ide_init();
  filesys_init(format_filesys, basic_cache);
  vm_init();

  printf("Boot complete.\n");
  leak_check_baseline();
  run_actions(action_args);

  if (power_off_when_done) shutdown_power_off();
  /* Without -q the machine stays up: other threads keep running. */
  thread_exit();
}
