/* na_tokens.c — missing-value tokens: pandas 1.5's default na_values
 * (pandas/_libs/parsers.pyx, STR_NA_VALUES), case-sensitive, plus the
 * caller's extra tokens; the quick-reject tables is_na (na_tokens.h) uses. */
#include "frame/na_tokens.h"

#include "claimtriage/common.h"

#include <strings.h>

const char *const ct_na_defaults[CT_NA_DEFAULTS] = {
    "",        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND",
    "1.#QNAN", "<NA>", "N/A",      "NA",  "NULL",    "NaN",      "n/a",  "nan",  "null",
};

static void na_add(na_set *s, const char *t)
{
    size_t L = strlen(t);
    if (L < 64)
        s->lenmask |= (uint64_t)1 << L;
    else
        s->has_long = 1;
    if (L) {
        s->first[(unsigned char)t[0]] = 1;
        s->last[(unsigned char)t[L - 1]] = 1;
    }
}

int na_init(na_set *s, const ct_load_options *o)
{
    memset(s, 0, sizeof *s);
    for (size_t i = 0; i < CT_NA_DEFAULTS; i++) {
        na_add(s, ct_na_defaults[i]);
        s->base_len[i] = strlen(ct_na_defaults[i]);
    }
    s->extra = o->na_values;
    s->nextra = o->n_na_values;
    s->extra_len = ct_malloc((s->nextra ? s->nextra : 1) * sizeof *s->extra_len);
    if (!s->extra_len)
        return -1;
    for (size_t i = 0; i < s->nextra; i++) {
        na_add(s, s->extra[i]);
        s->extra_len[i] = strlen(s->extra[i]);
    }
    return 0;
}

void na_free(na_set *s)
{
    ct_free(s->extra_len);
    s->extra_len = NULL;
}

int na_spelling_like(const char *p, size_t n)
{
    /* (n.a., n/d, (blank): spreadsheets' and reports' spellings; #N/D,
     * #NV, #N/B: #N/A in Italian/Portuguese, German and Dutch Excel; an en
     * or em dash typed for "none") */
    static const char *const like[] = {
        "none",    "null", "nan", "na",   "n/a",  "nil",          "missing",
        "-",       "--",   "?",   ".",    "#n/a", "n.a.",         "n/d",
        "(blank)", "#n/d", "#nv", "#n/b", "n.v.", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (size_t k = 0; k < sizeof like / sizeof like[0]; k++)
        if (n == strlen(like[k]) && strncasecmp(p, like[k], n) == 0)
            return 1;
    return 0;
}

int na_value_like(const char *p, size_t n)
{
    const size_t n0 = n;
    while (n && (*p == ' ' || *p == '\t'))
        p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        n--;
    if (n0 && !n)
        return 1; /* spaces only: a blank cell that is not empty */
    if (na_spelling_like(p, n))
        return 1;
    for (size_t i = 1; n < n0 && i < CT_NA_DEFAULTS; i++) /* 'NA ': a token with spaces */
        if (strlen(ct_na_defaults[i]) == n && memcmp(ct_na_defaults[i], p, n) == 0)
            return 1;
    return 0;
}
