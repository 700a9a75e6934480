/* lib/stdio.cc -- the printf formatting engine and what is built directly on
 * it (snprintf, vsnprintf, hex_dump).  See stdio.h for the supported
 * conversions.
 *
 * __vprintf walks the format once.  Each conversion is first parsed into a
 * `conversion` record (flags, width, precision, length modifier), then
 * handed to a formatter for its kind (integer, character, string) that
 * emits padding, sign or prefix, and digits through the caller's output
 * function.  Nothing is buffered beyond one integer's digits, so the engine
 * needs no memory and works in any context. */
#include <stdio.h>

#include <ctype.h>
#include <round.h>
#include <string.h>

namespace {

/* Flags that may follow '%'. */
enum : unsigned {
  LEFT = 1 << 0,   /* '-': pad on the right. */
  PLUS = 1 << 1,   /* '+': '+' before non-negative signed numbers. */
  SPACE = 1 << 2,  /* ' ': ' ' before non-negative signed numbers. */
  POUND = 1 << 3,  /* '#': "0x"/"0X" for hex, a leading 0 for octal. */
  ZERO = 1 << 4,   /* '0': pad numbers with zeros instead of spaces. */
  GROUP = 1 << 5,  /* '\'': ',' between groups of three decimal digits. */
};

/* Length modifiers: which type va_arg must fetch. */
enum class length { INT, CHAR, SHORT, LONG, LLONG, INTMAX, SIZE, PTRDIFF };

/* One parsed conversion specification. */
struct conversion {
  unsigned flags = 0;
  int width = 0;        /* Minimum field width. */
  int precision = -1;   /* -1: none given. */
  length len = length::INT;
};

/* The caller's output function and its argument, bundled. */
struct sink {
  void (*output)(char, void *);
  void *aux;

  void put(char c) const { output(c, aux); }
  void repeat(char c, int n) const {
    for (int i = 0; i < n; i++) output(c, aux);
  }
  void write(const char *s, size_t n) const {
    for (size_t i = 0; i < n; i++) output(s[i], aux);
  }
};

/* Reads a non-negative decimal number at *FORMAT, advancing past it.  Caps
 * the value so that absurd widths cannot overflow an int. */
int parse_number(const char **format) {
  int n = 0;
  while (isdigit((unsigned char)**format)) {
    if (n < 100000) n = n * 10 + (**format - '0');
    (*format)++;
  }
  return n;
}

/* Parses flags, width, precision and length modifier at *FORMAT (just past
 * the '%'), taking '*' arguments from ARGS.  Leaves *FORMAT at the
 * conversion character. */
conversion parse_conversion(const char **format, va_list *args) {
  conversion c;
  for (;; (*format)++) {
    switch (**format) {
      case '-': c.flags |= LEFT; continue;
      case '+': c.flags |= PLUS; continue;
      case ' ': c.flags |= SPACE; continue;
      case '#': c.flags |= POUND; continue;
      case '0': c.flags |= ZERO; continue;
      case '\'': c.flags |= GROUP; continue;
    }
    break;
  }

  if (**format == '*') {
    (*format)++;
    int w = va_arg(*args, int);
    if (w < 0) {
      /* A negative width argument means '-' with its magnitude. */
      c.flags |= LEFT;
      w = w < -100000 ? 100000 : -w;
    }
    c.width = w;
  } else {
    c.width = parse_number(format);
  }

  if (**format == '.') {
    (*format)++;
    if (**format == '*') {
      (*format)++;
      int p = va_arg(*args, int);
      c.precision = p < 0 ? -1 : p;  /* Negative: as if omitted. */
    } else {
      c.precision = parse_number(format);
    }
  }

  switch (**format) {
    case 'h':
      (*format)++;
      if (**format == 'h') {
        (*format)++;
        c.len = length::CHAR;
      } else {
        c.len = length::SHORT;
      }
      break;
    case 'l':
      (*format)++;
      if (**format == 'l') {
        (*format)++;
        c.len = length::LLONG;
      } else {
        c.len = length::LONG;
      }
      break;
    case 'j': (*format)++; c.len = length::INTMAX; break;
    case 'z': (*format)++; c.len = length::SIZE; break;
    case 't': (*format)++; c.len = length::PTRDIFF; break;
  }

  /* '-' beats '0'; '+' beats ' '. */
  if (c.flags & LEFT) c.flags &= ~ZERO;
  if (c.flags & PLUS) c.flags &= ~SPACE;
  return c;
}

/* Fetches a signed integer argument of the size C names. */
intmax_t fetch_signed(const conversion &c, va_list *args) {
  switch (c.len) {
    case length::CHAR: return (signed char)va_arg(*args, int);
    case length::SHORT: return (short)va_arg(*args, int);
    case length::INT: return va_arg(*args, int);
    case length::LONG: return va_arg(*args, long);
    case length::LLONG: return va_arg(*args, long long);
    case length::INTMAX: return va_arg(*args, intmax_t);
    case length::SIZE: return va_arg(*args, long);  /* ssize_t */
    case length::PTRDIFF: return va_arg(*args, ptrdiff_t);
  }
  return 0;
}

/* Fetches an unsigned integer argument of the size C names. */
uintmax_t fetch_unsigned(const conversion &c, va_list *args) {
  switch (c.len) {
    case length::CHAR: return (unsigned char)va_arg(*args, unsigned);
    case length::SHORT: return (unsigned short)va_arg(*args, unsigned);
    case length::INT: return va_arg(*args, unsigned);
    case length::LONG: return va_arg(*args, unsigned long);
    case length::LLONG: return va_arg(*args, unsigned long long);
    case length::INTMAX: return va_arg(*args, uintmax_t);
    case length::SIZE: return va_arg(*args, size_t);
    case length::PTRDIFF: return (uintmax_t)va_arg(*args, ptrdiff_t);
  }
  return 0;
}

/* Emits one integer: VALUE is the magnitude, NEGATIVE its sign, BASE 8, 10
 * or 16, SIGNED_CONV whether '+'/' ' apply, PREFIX an explicit "0x"/"0X" or
 * NULL.  Layout: [spaces] sign-or-prefix [zeros] digits [spaces]. */
void format_integer(uintmax_t value, bool negative, bool signed_conv, int base,
                    bool upper, const char *prefix, const conversion &c,
                    const sink &out) {
  /* Digits, least significant first: 22 octal digits at most for 64 bits,
   * or 20 decimal digits and 6 commas. */
  char digits[32];
  int len = 0, ndigits = 0;
  const char *alphabet = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  bool group = (c.flags & GROUP) && base == 10;
  /* A precision of 0 prints no digit for the value 0. */
  if (value != 0 || c.precision != 0) {
    do {
      if (group && ndigits > 0 && ndigits % 3 == 0) digits[len++] = ',';
      digits[len++] = alphabet[value % base];
      ndigits++;
      value /= base;
    } while (value != 0);
  }

  int zeros = c.precision > ndigits ? c.precision - ndigits : 0;
  /* '#' with octal: the first digit printed must be 0. */
  if (base == 8 && (c.flags & POUND) && zeros == 0 &&
      (len == 0 || digits[len - 1] != '0'))
    zeros = 1;

  const char *sign = "";
  if (negative) sign = "-";
  else if (signed_conv && (c.flags & PLUS)) sign = "+";
  else if (signed_conv && (c.flags & SPACE)) sign = " ";
  if (prefix == NULL) prefix = sign;
  int prefix_len = (int)strlen(prefix);

  int pad = c.width - (prefix_len + zeros + len);
  if (pad < 0) pad = 0;
  if (!(c.flags & LEFT) && !((c.flags & ZERO) && c.precision < 0)) {
    out.repeat(' ', pad);
    pad = 0;
  }
  out.write(prefix, prefix_len);
  if (!(c.flags & LEFT)) {
    /* Only '0' padding (without a precision) is left at this point. */
    out.repeat('0', pad);
    pad = 0;
  }
  out.repeat('0', zeros);
  while (len > 0) out.put(digits[--len]);
  out.repeat(' ', pad);
}

/* Emits the N characters at S padded to the field width with spaces. */
void format_chars(const char *s, size_t n, const conversion &c, const sink &out) {
  int pad = c.width > (int)n ? c.width - (int)n : 0;
  if (!(c.flags & LEFT)) out.repeat(' ', pad);
  out.write(s, n);
  if (c.flags & LEFT) out.repeat(' ', pad);
}

/* State of a vsnprintf in progress. */
struct buffer_state {
  char *buf;
  size_t size;    /* Room in BUF, including the NUL. */
  size_t length;  /* Characters produced so far (stored or not). */
};

void buffer_output(char c, void *aux) {
  buffer_state *b = (buffer_state *)aux;
  if (b->length + 1 < b->size) b->buf[b->length] = c;
  b->length++;
}

}  // namespace

extern "C" void __vprintf(const char *format, va_list args_in,
                          void (*output)(char, void *), void *aux) {
  sink out{output, aux};
  /* A copy we can pass by pointer to the helpers (va_list is an array type
   * on x86-64, which does not survive being passed by value portably). */
  va_list args;
  va_copy(args, args_in);

  for (; *format != '\0'; format++) {
    if (*format != '%') {
      out.put(*format);
      continue;
    }
    const char *start = format++;
    if (*format == '%') {
      out.put('%');
      continue;
    }
    conversion c = parse_conversion(&format, &args);
    switch (*format) {
      case 'd':
      case 'i': {
        intmax_t v = fetch_signed(c, &args);
        uintmax_t magnitude = v < 0 ? -(uintmax_t)v : (uintmax_t)v;
        format_integer(magnitude, v < 0, true, 10, false, NULL, c, out);
        break;
      }
      case 'u':
        format_integer(fetch_unsigned(c, &args), false, false, 10, false, NULL, c, out);
        break;
      case 'o':
        format_integer(fetch_unsigned(c, &args), false, false, 8, false, NULL, c, out);
        break;
      case 'x':
      case 'X': {
        uintmax_t v = fetch_unsigned(c, &args);
        bool upper = *format == 'X';
        const char *prefix = (c.flags & POUND) && v != 0 ? (upper ? "0X" : "0x") : NULL;
        format_integer(v, false, false, 16, upper, prefix, c, out);
        break;
      }
      case 'p': {
        uintptr_t v = (uintptr_t)va_arg(args, void *);
        format_integer(v, false, false, 16, false, "0x", c, out);
        break;
      }
      case 'c': {
        char ch = (char)va_arg(args, int);
        format_chars(&ch, 1, c, out);
        break;
      }
      case 's': {
        const char *s = va_arg(args, const char *);
        if (s == NULL) s = "(null)";
        size_t n = c.precision >= 0 ? strnlen(s, (size_t)c.precision) : strlen(s);
        format_chars(s, n, c, out);
        break;
      }
      case '\0':
        /* The format ends inside a conversion: print what there was. */
        out.write(start, (size_t)(format - start));
        va_end(args);
        return;
      default:
        /* Unknown conversion: print it back as written. */
        out.write(start, (size_t)(format - start + 1));
        break;
    }
  }
  va_end(args);
}

extern "C" int vsnprintf(char *buf, size_t size, const char *format, va_list args) {
  buffer_state b{buf, size, 0};
  __vprintf(format, args, buffer_output, &b);
  if (size > 0) buf[b.length < size ? b.length : size - 1] = '\0';
  return (int)b.length;
}

extern "C" int snprintf(char *buf, size_t size, const char *format, ...) {
  va_list args;
  va_start(args, format);
  int n = vsnprintf(buf, size, format, args);
  va_end(args);
  return n;
}

extern "C" void hex_dump(uintptr_t ofs, const void *buf_, size_t size, bool ascii) {
  const unsigned char *buf = (const unsigned char *)buf_;
  const size_t per_line = 16;

  while (size > 0) {
    /* This line covers columns [first, last) of a 16-byte row. */
    size_t first = ofs % per_line;
    size_t last = per_line - first > size ? first + size : per_line;
    char line[128];
    int n = snprintf(line, sizeof line, "%016llx  ",
                     (unsigned long long)ROUND_DOWN(ofs, per_line));
    for (size_t i = 0; i < per_line; i++) {
      if (i >= first && i < last)
        n += snprintf(line + n, sizeof line - n, "%02x", buf[i - first]);
      else
        n += snprintf(line + n, sizeof line - n, "  ");
      /* A '-' splits the row in halves when both neighbours are shown. */
      line[n++] = i == per_line / 2 - 1 && i >= first && i + 1 < last ? '-' : ' ';
    }
    if (ascii) {
      line[n++] = '|';
      for (size_t i = 0; i < per_line; i++) {
        unsigned char ch = i >= first && i < last ? buf[i - first] : ' ';
        line[n++] = i >= first && i < last && !isprint(ch) ? '.' : (char)ch;
      }
      line[n++] = '|';
    } else {
      while (n > 0 && line[n - 1] == ' ') n--;
    }
    line[n] = '\0';
    printf("%s\n", line);

    ofs += last - first;
    buf += last - first;
    size -= last - first;
  }
}
