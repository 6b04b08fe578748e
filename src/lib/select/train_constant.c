/* train_constant.c — the features that hold one value in every labelled
 * row (claimtriage/train.h, ct_train_constant): a number the same in every
 * row, a category of one level, one transcription for all. They give the
 * model nothing to learn from — standardising makes a constant number 0,
 * a one-level category has no indicator, identical texts give every row
 * the same n-grams — so train says so instead of fitting them silently. */
#include "select/train_internal.h"

#include "claimtriage/numfmt.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static ct_status add(ct_train_result *r, const char *name, const char *kind, const char *value,
                     size_t vlen, ct_diag *d)
{
    /* room doubles (one realloc per element was quadratic over 20,000
     * constant columns, 2026-12-06): add() alone fills r->constant, whose
     * room is 8 and then each power of two reached, so a full array is one
     * whose count is 0 or such a power */
    const size_t have = r->n_constant;
    ct_train_constant *c = r->constant;
    if (have == 0 || (have >= 8 && (have & (have - 1)) == 0)) {
        c = ct_realloc(r->constant, (have ? 2 * have : 8) * sizeof *c);
        if (!c)
            return ct_diag_set(d, CT_ENOMEM, NULL, 0, 0, "out of memory");
        r->constant = c;
    }
    c += r->n_constant++;
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name);
    snprintf(c->kind, sizeof c->kind, "%s", kind);
    /* cut at a character boundary of UTF-8 (no continuation byte first) */
    size_t n = vlen < sizeof c->value - 1 ? vlen : sizeof c->value - 1;
    while (n < vlen && n > 0 && ((unsigned char)value[n] & 0xC0) == 0x80)
        n--;
    memcpy(c->value, value, n);
    c->value[n] = '\0';
    c->value_cut = n < vlen;
    return CT_OK;
}

/* A number: the same value, none missing (a missing value against a value
 * is something the trees can split on). */
static int numeric_constant(const ct_column *c, const double *y, size_t n, double *v)
{
    const double *x = ct_column_f64(c);
    const uint8_t *miss = ct_column_missing(c);
    int seen = 0;
    *v = 0;
    for (size_t i = 0; x && i < n; i++) {
        if (isnan(y[i]))
            continue;
        if (miss[i] || isnan(x[i]))
            return 0;
        if (seen && x[i] != *v)
            return 0;
        *v = x[i];
        seen = 1;
    }
    return seen;
}

/* A number missing in every labelled row (the loader notes a column empty
 * in every row of the file): no value at all, so it does not vary either. */
static int numeric_empty(const ct_column *c, const double *y, size_t n)
{
    const double *x = ct_column_f64(c);
    const uint8_t *miss = ct_column_missing(c);
    for (size_t i = 0; x && i < n; i++)
        if (!isnan(y[i]) && !miss[i] && !isnan(x[i]))
            return 0;
    return x != NULL;
}

/* A category: one level among the rows that have one (a one-level
 * category has no indicator, whatever the missing rows). */
static int category_constant(const ct_column *c, const double *y, size_t n, int32_t *level)
{
    const int32_t *codes = ct_column_codes(c);
    int seen = 0;
    *level = -1;
    for (size_t i = 0; codes && i < n; i++) {
        if (isnan(y[i]) || codes[i] < 0)
            continue;
        if (seen && codes[i] != *level)
            return 0;
        *level = codes[i];
        seen = 1;
    }
    return seen;
}

/* Text: the same bytes in every labelled row (a missing text is empty). */
static int text_constant(const ct_column *c, const double *y, size_t n, const char **t,
                         size_t *tlen)
{
    int seen = 0;
    for (size_t i = 0; i < n; i++) {
        if (isnan(y[i]))
            continue;
        size_t len = 0;
        const char *s = ct_column_str(c, i, &len);
        if (!s)
            len = 0;
        if (seen && (len != *tlen || (len && memcmp(s, *t, len) != 0)))
            return 0;
        *t = s ? s : "";
        *tlen = len;
        seen = 1;
    }
    return seen;
}

ct_status tr_constant_features(const ct_frame *f, const ct_feature_set *fs, const char *text,
                               const double *y, ct_train_result *r, ct_diag *d)
{
    const size_t n = ct_frame_nrows(f);
    ct_status st = CT_OK;
    size_t j, empty = 0;
    for (size_t k = 0; k < fs->nnumeric && st == CT_OK; k++) {
        double v = 0;
        if (ct_frame_find(f, fs->numeric[k], &j, NULL) != CT_OK)
            continue;
        if (numeric_empty(ct_frame_col(f, j), y, n)) {
            empty++;
            continue;
        }
        if (!numeric_constant(ct_frame_col(f, j), y, n, &v))
            continue;
        /* as a file's values read elsewhere for people (score's reasons,
         * the out-of-range note): a whole number grouped, "2,486" (before
         * 2026-12-06 "%.15g", "2486" beside "5,909 more") */
        char buf[64];
        ct_numfmt_value(buf, sizeof buf, v);
        st = add(r, fs->numeric[k], "numeric", buf, strlen(buf), d);
    }
    for (size_t k = 0; k < fs->ncategorical && st == CT_OK; k++) {
        int32_t level = -1;
        if (ct_frame_find(f, fs->categorical[k], &j, NULL) != CT_OK ||
            !category_constant(ct_frame_col(f, j), y, n, &level))
            continue;
        const char *lv = ct_column_level(ct_frame_col(f, j), (size_t)level);
        st = add(r, fs->categorical[k], "categorical", lv ? lv : "", lv ? strlen(lv) : 0, d);
    }
    if (st == CT_OK && text && (fs->text_ngrams || fs->text_length) &&
        ct_frame_find(f, text, &j, NULL) == CT_OK) {
        const char *t = NULL;
        size_t tlen = 0;
        if (text_constant(ct_frame_col(f, j), y, n, &t, &tlen))
            st = add(r, text, "text", t, tlen, d);
    }
    /* no feature varies: each holds one value or none (a number missing in
     * every labelled row, which the loader notes; before 2026-12-02 one
     * such column beside constant ones hid that every report gets the same
     * probability) */
    const size_t nfeat =
        fs->nnumeric + fs->ncategorical + (text && (fs->text_ngrams || fs->text_length) ? 1 : 0);
    r->all_constant = st == CT_OK && nfeat > 0 && r->n_constant + empty == nfeat;
    return st;
}
