/* devices/serial.h -- the 16550 UART on COM1, our console.
 * Output is polled (the transmit holding register is checked before each
 * byte), which keeps console output ordered and usable from any context,
 * including panics and interrupt handlers. */
#ifndef DEVICES_SERIAL_H
#define DEVICES_SERIAL_H

#include <stddef.h>

/* Programs COM1 for 115200 baud, 8 data bits, no parity, 1 stop bit. */
void serial_init(void);
/* Sends one byte; callable with interrupts on or off. */
void serial_putc(char c);
/* Sends N bytes. */
void serial_write(const char *s, size_t n);

#endif /* DEVICES_SERIAL_H */
