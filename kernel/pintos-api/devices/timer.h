/* kernel/pintos-api/devices/timer.h -- the timer (devices/timer.h), in C:
 * TIMER_FREQ ticks a second since boot. */
#ifndef PINTOS_API_DEVICES_TIMER_H
#define PINTOS_API_DEVICES_TIMER_H

#include <round.h>
#include <stdint.h>

#define TIMER_FREQ 100

int64_t timer_ticks (void);
int64_t timer_elapsed (int64_t then);
/* Sleep for about TICKS ticks (nothing if TICKS <= 0), or the given real
 * time; interrupts must be on. */
void timer_sleep (int64_t ticks);
void timer_msleep (int64_t milliseconds);
void timer_usleep (int64_t microseconds);
void timer_nsleep (int64_t nanoseconds);

#endif /* PINTOS_API_DEVICES_TIMER_H */
