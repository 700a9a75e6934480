/* lib/debug.h -- assertions and panics, for kernel and user code alike.
 *
 * PANIC(...) prints "Kernel PANIC at FILE:LINE in FUNC(): MESSAGE" (kernel) or
 * "User process ABORT at ..." (user), a call stack, and stops.  ASSERT(C)
 * panics with the failed condition.  NOT_REACHED() marks code that must never
 * run.  The kernel and the user library each provide debug_panic(). */
#ifndef LIB_DEBUG_H
#define LIB_DEBUG_H

#ifdef __cplusplus
extern "C" {
#endif
__attribute__((noreturn)) void debug_panic(const char *file, int line, const char *function,
                              const char *message, ...)
    __attribute__((format(printf, 4, 5)));
void debug_backtrace(void);
#ifdef __cplusplus
}
#endif

#define UNUSED __attribute__((unused))
#define NO_RETURN __attribute__((noreturn))
#define NO_INLINE __attribute__((noinline))
#define PRINTF_FORMAT(FMT, FIRST) __attribute__((format(printf, FMT, FIRST)))

#define PANIC(...) debug_panic(__FILE__, __LINE__, __func__, __VA_ARGS__)

#endif /* LIB_DEBUG_H */

/* ASSERT may be re-evaluated with NDEBUG toggled, as in <assert.h>. */
#undef ASSERT
#undef NOT_REACHED
#ifndef NDEBUG
#define ASSERT(CONDITION)                                   \
  do {                                                      \
    if (!(CONDITION)) PANIC("assertion `%s' failed.", #CONDITION); \
  } while (0)
#define NOT_REACHED() PANIC("executed an unreachable statement")
#else
#define ASSERT(CONDITION) ((void)0)
#define NOT_REACHED() for (;;)
#endif
