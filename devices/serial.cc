/* devices/serial.cc -- polled output on the 16550 UART at I/O port 0x3f8.
 * Register map: PC16550D data sheet, "Register summary". */
#include "devices/serial.h"

#include "arch/x86_64/io.h"

namespace {
constexpr uint16_t COM1 = 0x3f8;
/* Register offsets from COM1. */
constexpr uint16_t THR = 0;  /* transmit holding (write), DLAB=0 */
constexpr uint16_t DLL = 0;  /* divisor latch low, DLAB=1 */
constexpr uint16_t IER = 1;  /* interrupt enable, DLAB=0 */
constexpr uint16_t DLM = 1;  /* divisor latch high, DLAB=1 */
constexpr uint16_t FCR = 2;  /* FIFO control */
constexpr uint16_t LCR = 3;  /* line control */
constexpr uint16_t MCR = 4;  /* modem control */
constexpr uint16_t LSR = 5;  /* line status */

constexpr uint8_t LCR_8N1 = 0x03;
constexpr uint8_t LCR_DLAB = 0x80;
constexpr uint8_t LSR_THRE = 0x20; /* transmit holding register empty */

bool initialized;
}  // namespace

void serial_init(void) {
  outb(COM1 + IER, 0);                 /* no interrupts: we poll */
  outb(COM1 + LCR, LCR_DLAB);
  outb(COM1 + DLL, 1);                 /* 115200 / 1 */
  outb(COM1 + DLM, 0);
  outb(COM1 + LCR, LCR_8N1);
  outb(COM1 + FCR, 0x07);              /* enable and clear FIFOs */
  outb(COM1 + MCR, 0x03);              /* DTR, RTS */
  initialized = true;
}

void serial_putc(char c) {
  if (!initialized) serial_init();
  while ((inb(COM1 + LSR) & LSR_THRE) == 0) continue;
  outb(COM1 + THR, (uint8_t)c);
}

void serial_write(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) serial_putc(s[i]);
}
