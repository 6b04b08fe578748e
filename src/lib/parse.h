/* parse.h — internal: checked number parsing shared by the loader and CLI-
 * facing option parsers. Hidden symbols (not CT_API). */
#ifndef CT_PARSE_H
#define CT_PARSE_H

#include <stddef.h>

/* Parse a decimal number (optional sign, digits, optional fraction and
 * exponent, or inf/infinity), surrounding spaces and tabs allowed, the whole
 * field consumed. *integral is 1 when the value is a finite whole number.
 * Correctly rounded: a fast exact path when the significand fits in 53 bits
 * and |exponent| <= 22 (Clinger's fast path), strtod otherwise.
 * Returns 0 on success, -1 when the text is not a number. */
int ct_parse_number(const char *s, size_t n, double *out, int *integral);

#endif
