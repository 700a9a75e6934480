/* tests/isolation/fpu.h -- setting and checking every x87/SSE register of
 * a user program (header-only, shared by the fpu-* tests).
 *
 * fpu_fill(SEED) loads the x87 control word, MXCSR, all eight x87 stack
 * registers and XMM0-15 with values derived from SEED; fpu_matches(SEED)
 * says whether the registers still hold exactly those values;
 * fpu_is_clean() whether they hold the state a new program starts with.
 * Everything is compared through FXSAVE images (Intel SDM vol. 1, table
 * 10-2), so no register escapes the check.  User programs are built
 * without SSE, so the compiler itself never touches these registers. */
#ifndef TESTS_ISOLATION_FPU_H
#define TESTS_ISOLATION_FPU_H

#include <stdint.h>
#include <string.h>

struct alignas(16) fxsave_image {
  uint8_t bytes[512];
};

/* Offsets in the image. */
#define FX_FCW 0
#define FX_FSW 2
#define FX_FTW 4      /* abridged tag: one bit per register, 1 = valid */
#define FX_MXCSR 24
#define FX_REGS 32    /* ST0-7, 16 bytes each, then XMM0-15 */
#define FX_XMM 160
#define FX_END 416

static inline void fx_save(fxsave_image *img) { asm volatile("fxsave64 %0" : "=m"(*img)); }

/* Loads every register from SEED.  The x87 stack gets eight integers
 * (exact in 80-bit format); the precision control becomes 53 bits (FCW
 * 0x27f) and MXCSR rounds toward zero (0x7f80), both unlike the reset
 * values. */
static inline void fpu_fill(uint64_t seed) {
  static uint64_t xmm[32];
  static int64_t ints[8];
  uint16_t fcw = 0x027f;
  uint32_t mxcsr = 0x7f80;
  for (int i = 0; i < 32; i++) xmm[i] = seed * 0x9e3779b97f4a7c15ULL + (uint64_t)i * 0x1000193;
  for (int i = 0; i < 8; i++) ints[i] = (int64_t)(seed * 1000 + (uint64_t)i + 1);
  asm volatile("fninit; fldcw %0; ldmxcsr %1" : : "m"(fcw), "m"(mxcsr));
  for (int i = 0; i < 8; i++) asm volatile("fildq %0" : : "m"(ints[i]));
  asm volatile(
      "movdqu 0(%0), %%xmm0\n\t movdqu 16(%0), %%xmm1\n\t"
      "movdqu 32(%0), %%xmm2\n\t movdqu 48(%0), %%xmm3\n\t"
      "movdqu 64(%0), %%xmm4\n\t movdqu 80(%0), %%xmm5\n\t"
      "movdqu 96(%0), %%xmm6\n\t movdqu 112(%0), %%xmm7\n\t"
      "movdqu 128(%0), %%xmm8\n\t movdqu 144(%0), %%xmm9\n\t"
      "movdqu 160(%0), %%xmm10\n\t movdqu 176(%0), %%xmm11\n\t"
      "movdqu 192(%0), %%xmm12\n\t movdqu 208(%0), %%xmm13\n\t"
      "movdqu 224(%0), %%xmm14\n\t movdqu 240(%0), %%xmm15\n\t"
      :
      : "r"(xmm)
      : "memory");
}

/* The parts of an image that describe register contents: control and
 * status words, tags, MXCSR and every data register (not the pointers to
 * the last x87 instruction, which are bookkeeping). */
static inline bool fx_same(const fxsave_image *a, const fxsave_image *b) {
  return memcmp(a->bytes + FX_FCW, b->bytes + FX_FCW, 6) == 0 &&
         memcmp(a->bytes + FX_MXCSR, b->bytes + FX_MXCSR, 4) == 0 &&
         memcmp(a->bytes + FX_REGS, b->bytes + FX_REGS, FX_END - FX_REGS) == 0;
}

/* True if the registers hold what fpu_fill(SEED) put there.  Refilling
 * to compare would change them, so the expected image is made by a fill
 * on the spot and the current one saved first. */
static inline bool fpu_matches(uint64_t seed) {
  static fxsave_image now, want;
  fx_save(&now);
  fpu_fill(seed);
  fx_save(&want);
  bool same = fx_same(&now, &want);
  /* fpu_fill(SEED) left the registers as NOW had them, if they matched;
   * otherwise restore NOW so the caller sees what it saw. */
  if (!same) asm volatile("fxrstor64 %0" : : "m"(now));
  return same;
}

/* True if the registers hold the state of a new program: FCW 0x37f,
 * FSW 0, x87 stack empty, MXCSR 0x1f80, every data register zero. */
static inline bool fpu_is_clean(void) {
  static fxsave_image img;
  fx_save(&img);
  uint16_t fcw, fsw;
  uint32_t mxcsr;
  memcpy(&fcw, img.bytes + FX_FCW, 2);
  memcpy(&fsw, img.bytes + FX_FSW, 2);
  memcpy(&mxcsr, img.bytes + FX_MXCSR, 4);
  if (fcw != 0x037f || fsw != 0 || img.bytes[FX_FTW] != 0 || mxcsr != 0x1f80) return false;
  for (int i = FX_REGS; i < FX_END; i++)
    if (img.bytes[i] != 0) return false;
  return true;
}

#endif /* TESTS_ISOLATION_FPU_H */
