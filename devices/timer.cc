/* devices/timer.cc -- PIT channel 0, the tick counter and the alarm clock.
 *
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
 *
 * References: Intel 8254 data sheet (control word: channel 0, lobyte/hibyte,
 * mode 2 rate generator, binary count). */
#include "devices/timer.h"

#include <debug.h>
#include <inttypes.h>
#include <list.h>
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
constexpr uint8_t VEC_TIMER = 0x20;

/* ---- Guarded by interrupts off. ---- */
int64_t ticks;     /* timer interrupts since timer_init() */
list sleep_list;   /* sleeping threads, by wakeup_tick, FIFO among equals */

/* Busy-wait loops per tick, set by timer_calibrate(). */
uint64_t loops_per_tick;

bool wakes_earlier(const list_elem *a, const list_elem *b, void *aux UNUSED) {
  return list_entry(a, thread, elem)->wakeup_tick < list_entry(b, thread, elem)->wakeup_tick;
}

void timer_interrupt(intr_frame *frame UNUSED) {
  ticks++;
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
}

/* Spins LOOPS iterations.  Not inlined, so every call site times the same
 * code as timer_calibrate() measured. */
NO_INLINE void busy_wait(uint64_t loops) {
  while (loops-- > 0) barrier();
}

/* True if LOOPS iterations of busy_wait() take more than one tick. */
bool too_many_loops(uint64_t loops) {
  int64_t start = ticks;
  while (ticks == start) barrier(); /* start at a tick boundary */
  start = ticks;
  busy_wait(loops);
  barrier();
  return start != ticks;
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
  list_init(&sleep_list);
  uint16_t count = (PIT_INPUT_HZ + TIMER_FREQ / 2) / TIMER_FREQ;
  outb(PIT_CONTROL, PIT_CH0_LOHI_MODE2);
  outb(PIT_CHANNEL0, count & 0xff);
  outb(PIT_CHANNEL0, count >> 8);
  intr_register_ext(VEC_TIMER, timer_interrupt, "8254 Timer");
}

void timer_calibrate(void) {
  ASSERT(intr_get_level() == INTR_ON);
  printf("Calibrating timer...  ");
  /* The largest power of two that still fits in a tick, then the next ten
   * bits below it one at a time. */
  loops_per_tick = 1u << 10;
  while (!too_many_loops(loops_per_tick << 1)) {
    loops_per_tick <<= 1;
    ASSERT(loops_per_tick != 0);
  }
  uint64_t high_bit = loops_per_tick;
  for (uint64_t bit = high_bit >> 1; bit != high_bit >> 10; bit >>= 1)
    if (!too_many_loops(high_bit | bit)) loops_per_tick |= bit;
  printf("%'" PRIu64 " loops/s.\n", loops_per_tick * TIMER_FREQ);
}

int64_t timer_ticks(void) {
  interrupts_off off;
  return ticks;
}

int64_t timer_elapsed(int64_t then) { return timer_ticks() - then; }

void timer_sleep(int64_t duration) {
  if (duration <= 0) return;
  ASSERT(!intr_context());
  ASSERT(intr_get_level() == INTR_ON);
  interrupts_off off;
  thread *cur = thread_current();
  cur->wakeup_tick = ticks + duration;
  list_insert_ordered(&sleep_list, &cur->elem, wakes_earlier, nullptr);
  thread_block();
}

void timer_msleep(int64_t ms) { real_time_sleep(ms, 1000); }
void timer_usleep(int64_t us) { real_time_sleep(us, 1000 * 1000); }
void timer_nsleep(int64_t ns) { real_time_sleep(ns, 1000 * 1000 * 1000); }

void timer_print_stats(void) { printf("Timer: %" PRId64 " ticks\n", timer_ticks()); }
