/* na_tokens.h — internal: missing-value tokens (na_tokens.c).
 *
 * pandas 1.5's default na_values, case-sensitive, plus the caller's extra
 * tokens. is_na is inline: the loader asks it for every value, and most
 * values are rejected by their length or first and last bytes alone. */
#ifndef CT_NA_TOKENS_H
#define CT_NA_TOKENS_H

#include "claimtriage/frame.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define CT_NA_DEFAULTS 18

typedef struct na_set {
    const char *const *extra;
    size_t nextra;
    size_t base_len[CT_NA_DEFAULTS];
    size_t *extra_len;
    uint64_t lenmask;   /* bit L set: some token has length L (L < 64) */
    uint8_t first[256]; /* some token starts with this byte */
    uint8_t last[256];  /* some token ends with this byte */
    int has_long;       /* some extra token is 64 bytes or longer */
} na_set;

/* pandas 1.5's defaults; [0] is "". */
extern const char *const ct_na_defaults[CT_NA_DEFAULTS];

/* The defaults and o's na_values (borrowed: they must outlive the set).
 * 0, or -1 when out of memory. */
int na_init(na_set *s, const ct_load_options *o);
void na_free(na_set *s);

/* 1 when p[0..n) is a missing-value token. */
static inline int is_na(const na_set *s, const char *p, size_t n)
{
    if (n == 0)
        return 1;
    if (n < 64 ? !(s->lenmask & ((uint64_t)1 << n)) : !s->has_long)
        return 0;
    if (!s->first[(unsigned char)p[0]] || !s->last[(unsigned char)p[n - 1]])
        return 0; /* numbers end in a digit, which no default token does */
    for (size_t i = 1; i < CT_NA_DEFAULTS; i++)
        if (s->base_len[i] == n && memcmp(ct_na_defaults[i], p, n) == 0)
            return 1;
    for (size_t i = 0; i < s->nextra; i++)
        if (s->extra_len[i] == n && memcmp(s->extra[i], p, n) == 0)
            return 1;
    return 0;
}

/* 1 when p[0..n) (spaces around it already dropped) is a spelling of a
 * missing value that pandas 1.5 does not read as one, any case: none,
 * null, nan, na, n/a, nil, missing, -, --, ?, ., #n/a, n.a., n/d,
 * (blank), #n/d, #nv, #n/b, n.v., an en or em dash. */
int na_spelling_like(const char *p, size_t n);

/* 1 when the value p[0..n), read as a value of its own, looks like a
 * missing one: spaces only, a na_spelling_like spelling with or without
 * spaces around it, or one of pandas' tokens with spaces around it
 * ('NA '). */
int na_value_like(const char *p, size_t n);

#endif
