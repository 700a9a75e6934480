/* kernel/pintos-api/threads/interrupt.h -- turning interrupts on and off
 * (arch/x86_64/interrupt.h), in C. */
#ifndef PINTOS_API_THREADS_INTERRUPT_H
#define PINTOS_API_THREADS_INTERRUPT_H

#include <stdbool.h>

enum intr_level { INTR_OFF, INTR_ON };

enum intr_level intr_get_level (void);
/* Each returns the previous level. */
enum intr_level intr_set_level (enum intr_level);
enum intr_level intr_enable (void);
enum intr_level intr_disable (void);
/* True while an external interrupt is being handled. */
bool intr_context (void);

#endif /* PINTOS_API_THREADS_INTERRUPT_H */
