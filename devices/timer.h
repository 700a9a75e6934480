/* devices/timer.h -- the 8254 programmable interval timer and the alarm
 * clock.
 *
/// SOLUTION(threads):
 * Layer: devices/.  Owns PIT channel 0 (IRQ 0, vector 0x20), the tick
 * counter and the list of sleeping threads.  The timer interrupt fires
 * TIMER_FREQ times a second; on each tick it counts, wakes the sleepers
 * whose time has come, and lets the scheduler account the tick
 * (thread_tick()).
 *
 * Sleeping never busy-waits for whole ticks: a sleeper blocks on a list
 * sorted by wake-up tick.  Delays shorter than a tick (timer_usleep(1)) spin
 * for a calibrated number of loops instead. */
/// STUB:
///  * Layer: devices/.  Owns PIT channel 0 (IRQ 0, vector 0x20) and the tick
///  * counter.  The timer interrupt fires TIMER_FREQ times a second; on each
///  * tick it counts and lets the scheduler account the tick (thread_tick()).
///  *
///  * Delays of whole ticks sleep (timer_sleep()); delays shorter than a tick
///  * (timer_usleep(1)) spin for a calibrated number of loops. */
/// END
#ifndef DEVICES_TIMER_H
#define DEVICES_TIMER_H

#include <stdint.h>

/* Timer interrupts per second. */
constexpr int TIMER_FREQ = 100;
static_assert(TIMER_FREQ >= 19 && TIMER_FREQ <= 1000,
              "the 8254's 16-bit divisor needs 19 Hz <= TIMER_FREQ <= 1000 Hz");

/* Programs the PIT and registers the tick handler.  Interrupts off; after
 * intr_init() and thread_init(). */
void timer_init(void);
/* Measures busy-wait loops per tick for sub-tick delays and prints
 * "Calibrating timer...  N loops/s.".  Times a few sub-tick runs of the
 * busy loop against the PIT's counter: costs well under one tick.
 * Interrupts on (after thread_start). */
void timer_calibrate(void);

/* Ticks since boot.  Any context. */
int64_t timer_ticks(void);
/* Ticks elapsed since THEN, a value timer_ticks() returned. */
int64_t timer_elapsed(int64_t then);

/* Sleep at least TICKS ticks (nothing if TICKS <= 0); other threads run
 * meanwhile.  Interrupts on; not from interrupt context. */
void timer_sleep(int64_t ticks);
/* Sleep about MS milliseconds / US microseconds / NS nanoseconds: whole
 * ticks by sleeping, less than a tick by a calibrated spin. */
void timer_msleep(int64_t ms);
void timer_usleep(int64_t us);
void timer_nsleep(int64_t ns);

/* Prints "Timer: N ticks". */
void timer_print_stats(void);

/* Asks for FN(now) to be called from the timer interrupt at every tick
 * (interrupt context: interrupts off, must not sleep), e.g. a driver's
 * watchdog.  At most TIMER_TICK_HOOKS, registered at boot. */
constexpr int TIMER_TICK_HOOKS = 4;
void timer_on_tick(void (*fn)(int64_t now));

#endif /* DEVICES_TIMER_H */
