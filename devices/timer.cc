/* devices/timer.cc -- PIT channel 0, the tick counter and the alarm clock.
 *
/// SOLUTION(threads):
 * Layer: devices/ (uses the scheduler's thread_block/unblock/tick).
 *
 * The sleep list holds BLOCKED threads (through thread.elem, which a
 * blocked thread does not use otherwise) in order of thread.wakeup_tick,
 * FIFO among equal ticks.  The tick handler pops from the front while the
 * front is due, so each tick costs O(1) plus O(threads woken); a sleeper
 * pays O(sleepers) once, when it inserts itself.
 *
 * Lock rules: `ticks` and `sleep_list` are guarded by interrupts off (the
 * handler runs with them off; thread code turns them off).
/// STUB:
///  * Layer: devices/ (uses the scheduler's thread_yield and thread_tick).
///  *
///  * Lock rules: `ticks` is guarded by interrupts off (the handler runs with
///  * them off; thread code turns them off).
/// END
 *
 * Calibration (busy-wait loops per tick, for delays shorter than a tick)
 * reads the 8254's own count instead of waiting for ticks: a few runs of
 * the busy loop, each shorter than a tick, timed by latching channel 0's
 * counter before and after with interrupts off.  That costs well under a
 * tick, where counting whole ticks for every candidate (the classic Pintos
 * way) cost ~26 ticks of every boot.  Under QEMU's virtual clock the count
 * follows the instruction counter, so the result is exact and the same on
 * every boot.
 *
 * References: Intel 8254 data sheet (control word: channel 0, lobyte/hibyte,
 * mode 2 rate generator, binary count; counter latch command, read back
 * low byte then high byte). */
#include "devices/timer.h"

#include <debug.h>
#include <inttypes.h>
/// SOLUTION(threads):
#include <list.h>
/// END
#include <stdio.h>

#include "arch/x86_64/interrupt.h"
#include "arch/x86_64/io.h"
#include "kernel/synch.h"
#include "kernel/thread.h"

namespace {

constexpr int PIT_INPUT_HZ = 1193180;  /* the 8254's input clock */
constexpr uint16_t PIT_CHANNEL0 = 0x40;
constexpr uint16_t PIT_CONTROL = 0x43;
constexpr uint8_t PIT_CH0_LOHI_MODE2 = 0x34;
constexpr uint8_t PIT_CH0_LATCH = 0x00; /* counter latch command, channel 0 */

/* PIT input clocks per tick: the divisor timer_init() programs.  In mode 2
 * the counter runs down from it and reloads once per tick. */
constexpr uint16_t PIT_COUNT = (PIT_INPUT_HZ + TIMER_FREQ / 2) / TIMER_FREQ;
constexpr uint8_t VEC_TIMER = 0x20;

/* ---- Guarded by interrupts off. ---- */
int64_t ticks;     /* timer interrupts since timer_init() */
/// SOLUTION(threads):
list sleep_list;   /* sleeping threads, by wakeup_tick, FIFO among equals */
/// END

/* Busy-wait loops per tick, set by timer_calibrate(). */
uint64_t loops_per_tick;

/* timer_on_tick()'s functions; set at boot, read by the interrupt. */
void (*tick_hooks[TIMER_TICK_HOOKS])(int64_t now);
int tick_hook_cnt;

/// SOLUTION(threads):
bool wakes_earlier(const list_elem *a, const list_elem *b, void *aux UNUSED) {
  return list_entry(a, thread, elem)->wakeup_tick < list_entry(b, thread, elem)->wakeup_tick;
}

/// END
void timer_interrupt(intr_frame *frame UNUSED) {
  ticks++;
  for (int i = 0; i < tick_hook_cnt; i++) tick_hooks[i](ticks);
  /// SOLUTION(threads): wake the sleeping threads whose time has come.
  /* Account the tick before waking sleepers: a thread that wakes on a
   * second boundary did not run during the second that just ended, so it
   * must not count in that second's load average. */
  thread_tick();
  bool woke = false;
  while (!list_empty(&sleep_list)) {
    thread *t = list_entry(list_front(&sleep_list), thread, elem);
    if (t->wakeup_tick > ticks) break;
    list_pop_front(&sleep_list);
    thread_unblock(t);
    woke = true;
  }
  if (woke) thread_preempt(); /* in interrupt context: yields on return */
  /// STUB:
  /// thread_tick();
  /// END
}

/* Spins LOOPS iterations.  Not inlined, so every call site times the same
 * code as timer_calibrate() measured. */
NO_INLINE void busy_wait(uint64_t loops) {
  while (loops-- > 0) barrier();
}

/* Channel 0's current count (PIT_COUNT down to 1, then again). */
uint16_t pit_read_count(void) {
  outb(PIT_CONTROL, PIT_CH0_LATCH);
  uint8_t lo = inb(PIT_CHANNEL0);
  uint8_t hi = inb(PIT_CHANNEL0);
  return (uint16_t)(lo | hi << 8);
}

/* PIT input clocks that LOOPS iterations of busy_wait() take, with
 * interrupts off.  Only meaningful while that is less than a tick: the
 * counter wraps once per tick, so the difference is taken modulo PIT_COUNT. */
uint32_t pit_clocks_for(uint64_t loops) {
  interrupts_off off;
  uint16_t before = pit_read_count();
  busy_wait(loops);
  uint16_t after = pit_read_count();
  return (uint32_t)((before + PIT_COUNT - after) % PIT_COUNT);
}

/* Waits NUM/DENOM seconds: whole ticks asleep, anything shorter spinning. */
void real_time_sleep(int64_t num, int64_t denom) {
  if (num <= 0) return;
  int64_t whole_ticks = num * TIMER_FREQ / denom;
  if (whole_ticks > 0) {
    timer_sleep(whole_ticks);
  } else {
    /* Here num * TIMER_FREQ < denom <= 10^9, so the product below stays far
     * from overflow for any loops_per_tick a CPU reaches. */
    busy_wait(loops_per_tick * (uint64_t)(num * TIMER_FREQ) / (uint64_t)denom);
  }
}

}  // namespace

void timer_init(void) {
  /// SOLUTION(threads):
  list_init(&sleep_list);
  /// END
  outb(PIT_CONTROL, PIT_CH0_LOHI_MODE2);
  outb(PIT_CHANNEL0, PIT_COUNT & 0xff);
  outb(PIT_CHANNEL0, PIT_COUNT >> 8);
  intr_register_ext(VEC_TIMER, timer_interrupt, "8254 Timer");
}

void timer_calibrate(void) {
  ASSERT(intr_get_level() == INTR_ON);
  printf("Calibrating timer...  ");
  /* Grow the loop count until a run takes at least an eighth of a tick.
   * Each step at most multiplies the time by 8 from below 1/64 of a tick,
   * or by 2 from below 1/8, so no run reaches a quarter of a tick and the
   * count cannot wrap unnoticed. */
  uint64_t loops = 1u << 8;
  uint32_t clocks;
  while ((clocks = pit_clocks_for(loops)) < PIT_COUNT / 8) {
    loops *= clocks < PIT_COUNT / 64 ? 8 : 2;
    ASSERT(loops < (1ull << 48));
  }
  /* The median of three runs, against a host that stalls QEMU mid-run
   * under the real clock (the virtual clock gives three equal figures). */
  uint32_t c[3] = {clocks, pit_clocks_for(loops), pit_clocks_for(loops)};
  uint32_t lo = c[0] < c[1] ? c[0] : c[1], hi = c[0] < c[1] ? c[1] : c[0];
  uint32_t median = c[2] < lo ? lo : c[2] > hi ? hi : c[2];
  if (median == 0) median = 1;
  loops_per_tick = loops * PIT_COUNT / median;
  printf("%'" PRIu64 " loops/s.\n", loops_per_tick * TIMER_FREQ);
}

int64_t timer_ticks(void) {
  interrupts_off off;
  return ticks;
}

int64_t timer_elapsed(int64_t then) { return timer_ticks() - then; }

void timer_sleep(int64_t duration) {
  /// SOLUTION(threads): the alarm clock: block the caller until DURATION
  /// ticks have passed, without busy waiting.
  if (duration <= 0) return;
  ASSERT(!intr_context());
  ASSERT(intr_get_level() == INTR_ON);
  interrupts_off off;
  thread *cur = thread_current();
  cur->wakeup_tick = ticks + duration;
  list_insert_ordered(&sleep_list, &cur->elem, wakes_earlier, nullptr);
  thread_block();
  /// STUB:
  /// int64_t start = timer_ticks();
  /// ASSERT(intr_get_level() == INTR_ON);
  /// while (timer_elapsed(start) < duration) thread_yield();
  /// END
}

void timer_msleep(int64_t ms) { real_time_sleep(ms, 1000); }
void timer_usleep(int64_t us) { real_time_sleep(us, 1000 * 1000); }
void timer_nsleep(int64_t ns) { real_time_sleep(ns, 1000 * 1000 * 1000); }

void timer_on_tick(void (*fn)(int64_t now)) {
  interrupts_off off;
  ASSERT(tick_hook_cnt < TIMER_TICK_HOOKS);
  tick_hooks[tick_hook_cnt++] = fn;
}

void timer_print_stats(void) { printf("Timer: %" PRId64 " ticks\n", timer_ticks()); }
