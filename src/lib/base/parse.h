/* parse.h — internal: checked number parsing shared by the loader and CLI-
 * facing option parsers. Hidden symbols (not CT_API). */
#ifndef CT_PARSE_H
#define CT_PARSE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Parse a decimal number (optional sign, digits, optional fraction and
 * exponent, or inf/infinity), surrounding spaces and tabs allowed, the whole
 * field consumed. *integral is 1 when the value is a finite whole number.
 * Correctly rounded: a fast exact path when the significand fits in 53 bits
 * and |exponent| <= 22 (Clinger's fast path), strtod otherwise.
 * Returns 0 on success, -1 when the text is not a number, 1 when it is a
 * number as written but beyond a double's range (1e400: *out is ±inf),
 * which pandas 1.5 reads as text, so that callers testing for 0 take it
 * for no number (before 2026-12-04 it was inf, read as a number where
 * pandas reads the column as object: tests/cli/inspect_beyond_double_text). */
int ct_parse_number(const char *s, size_t n, double *out, int *integral);

/* A number written with a decimal mark other than '.' or a thousands
 * separator (pandas' read_csv decimal= and thousands=), rewritten into
 * out[0..cap) as ct_parse_number reads it: the decimal mark becomes '.',
 * and a thousands separator is dropped where pandas' parser (xstrtod)
 * skips one: right after a digit of the integer part ("1.234,5",
 * "1.234.567", and also "1234." and "1.23.4", which pandas reads as 1234).
 * Surrounding spaces and tabs are dropped. Returns the length written, or
 * (size_t)-1 when s is not a number in that format: a separator that does
 * not follow an integer digit ("1..234", ".234", "1,5" after the decimal
 * mark), a '.' that is neither mark, or more than cap - 1 bytes. Pass
 * thousands 0 for none. Never depends on the C locale. */
size_t ct_parse_number_local(const char *s, size_t n, char decimal, char thousands, char *out,
                             size_t cap);

/* Plain digits only, 1 to 15 of them (row numbers, ids, counts): *out gets
 * their value and 0 is returned; -1 for anything else (the caller then uses
 * ct_parse_number). Eight digits at a time (SWAR, as in simdjson's
 * parse_eight_digits), so s must have at least 8 readable bytes past s + n:
 * the loader's buffers keep CT_CSV_PAD (16) of them. */
static inline int ct_parse_digits_padded(const char *s, size_t n, uint64_t *out)
{
    if (n - 1 >= 15)
        return -1;
    uint64_t v = 0;
    size_t i = 0;
    if (n > 8) { /* the leading n - 8 digits, then eight */
        for (; i < n - 8; i++) {
            unsigned d = (unsigned)(unsigned char)s[i] - '0';
            if (d > 9)
                return -1;
            v = v * 10 + d;
        }
    }
    size_t k = n - i; /* 1..8 digits left at s + i */
    uint64_t x;
    memcpy(&x, s + i, 8);
    /* keep the k bytes (little-endian: the first digit is the lowest byte),
     * shifted to the top; the bytes below become '0' */
    uint64_t low = k == 8 ? 0 : ~0ull >> (8 * k);
    x = (x << (64 - 8 * k)) | (0x3030303030303030ull & low);
    if ((((x & 0xF0F0F0F0F0F0F0F0ull) |
          (((x + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull) >> 4))) != 0x3333333333333333ull)
        return -1;
    x = (x & 0x0F0F0F0F0F0F0F0Full) * 2561 >> 8;
    x = (x & 0x00FF00FF00FF00FFull) * 6553601 >> 16;
    x = (x & 0x0000FFFF0000FFFFull) * 42949672960001ull >> 32;
    *out = v * 100000000ull + x;
    return 0;
}

#endif
