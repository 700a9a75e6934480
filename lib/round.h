/* lib/round.h -- rounding integers to multiples, usable in constant
 * expressions.  Arguments are evaluated more than once: pass no side
 * effects.  STEP must be positive; X and STEP unsigned or non-negative. */
#ifndef LIB_ROUND_H
#define LIB_ROUND_H

/* X rounded up to the nearest multiple of STEP. */
#define ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP) * (STEP))

/* X / STEP, rounded up: how many STEP-sized pieces hold X. */
#define DIV_ROUND_UP(X, STEP) (((X) + (STEP) - 1) / (STEP))

/* X rounded down to the nearest multiple of STEP. */
#define ROUND_DOWN(X, STEP) ((X) / (STEP) * (STEP))

#endif /* LIB_ROUND_H */
