/* na_tokens.c — missing-value tokens: pandas 1.5's default na_values
 * (pandas/_libs/parsers.pyx, STR_NA_VALUES), case-sensitive, plus the
 * caller's extra tokens; the quick-reject tables is_na (na_tokens.h) uses. */
#include "frame/na_tokens.h"

#include "claimtriage/common.h"

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
