/* htest.c — hypothesis tests: options, method names and what the
 * comparison (htest_compare.c) and association (htest_assoc.c) tests share
 * to read a frame: the rows to drop, observed levels in sorted order, typed
 * column lookup (see claimtriage/htest.h). */
#include "claimtriage/htest.h"
#include "claimtriage/numfmt.h"
#include "stats/htest_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

ct_htest_options ct_htest_options_default(void)
{
    ct_htest_options o;
    o.alpha = 0.05;
    o.conf_level = 0.95;
    o.large_n = 30;
    o.min_expected = 5.;
    o.max_share_below = 0.2;
    o.continuity = 1;
    o.yates = 1;
    o.dropna = CT_HTEST_DROP_ALL;
    o.assumption_alpha = CT_HTEST_ASSUMPTION_ALPHA;
    return o;
}

const char *ct_htest_options_check(const ct_htest_options *o)
{
    if (!o)
        return "options are NULL";
    if (!(o->alpha >= CT_HTEST_ALPHA_MIN && o->alpha < 1.))
        return "alpha must be at least CT_HTEST_ALPHA_MIN (1e-15) and below 1";
    if (!(o->conf_level > 0. && o->conf_level < 1.))
        return "conf_level must be strictly between 0 and 1";
    if (o->large_n < 2)
        return "large_n must be at least 2";
    if (!(o->min_expected > 0.))
        return "min_expected must be positive";
    if (!(o->max_share_below >= 0. && o->max_share_below <= 1.))
        return "max_share_below must be between 0 and 1";
    if (o->dropna != CT_HTEST_DROP_ALL && o->dropna != CT_HTEST_DROP_USED)
        return "dropna must be CT_HTEST_DROP_ALL or CT_HTEST_DROP_USED";
    if (!(o->assumption_alpha > 0. && o->assumption_alpha < 1.))
        return "assumption_alpha must be strictly between 0 and 1";
    return NULL;
}

const char *ct_htest_method_name(ct_htest_method m)
{
    switch (m) {
    case CT_HTEST_NONE: return "none";
    case CT_HTEST_WELCH_T: return "Welch's t-test";
    case CT_HTEST_STUDENT_T: return "Student's t-test";
    case CT_HTEST_MANN_WHITNEY: return "Mann-Whitney U test";
    case CT_HTEST_ANOVA: return "one-way ANOVA";
    case CT_HTEST_WELCH_ANOVA: return "Welch's ANOVA";
    case CT_HTEST_KRUSKAL: return "Kruskal-Wallis H test";
    case CT_HTEST_CHI2: return "chi-square test of independence";
    case CT_HTEST_FISHER: return "Fisher's exact test";
    case CT_HTEST_LEVENE: return "Levene's test (median, Brown-Forsythe)";
    case CT_HTEST_NORMALTEST: return "D'Agostino-Pearson K2";
    case CT_HTEST_CHI2_MC: return "chi-square test, Monte Carlo p-value";
    }
    return "unknown";
}

ct_htest_stat htest_stat_none(void)
{
    ct_htest_stat s = {CT_HTEST_NONE, NAN, NAN, NAN, {NAN, NAN}, NULL};
    return s;
}

const char *ct_htest_size_name(ct_htest_size s)
{
    switch (s) {
    case CT_HTEST_SIZE_UNDEFINED: return "undefined";
    case CT_HTEST_SIZE_NEGLIGIBLE: return "negligible";
    case CT_HTEST_SIZE_SMALL: return "small";
    case CT_HTEST_SIZE_MEDIUM: return "medium";
    case CT_HTEST_SIZE_LARGE: return "large";
    }
    return "undefined";
}

ct_htest_size ct_htest_size_of(double value, double small, double medium, double large)
{
    const double a = fabs(value);
    if (isnan(a))
        return CT_HTEST_SIZE_UNDEFINED;
    return a >= large    ? CT_HTEST_SIZE_LARGE
           : a >= medium ? CT_HTEST_SIZE_MEDIUM
           : a >= small  ? CT_HTEST_SIZE_SMALL
                         : CT_HTEST_SIZE_NEGLIGIBLE;
}

ct_htest_size ct_htest_effect_size(const ct_htest_effect *e, double v)
{
    const ct_htest_size s = ct_htest_size_of(v, e->small, e->medium, e->large);
    return s != CT_HTEST_SIZE_UNDEFINED && !isnan(e->chance) && fabs(v) <= e->chance
               ? CT_HTEST_SIZE_NEGLIGIBLE
               : s;
}

ct_htest_effect htest_effect(const char *name, double value, double small, double medium,
                             double large, const char *convention, const char *undefined)
{
    ct_htest_effect e;
    e.name = name;
    e.value = value;
    e.size = ct_htest_size_of(value, small, medium, large);
    e.small = small;
    e.medium = medium;
    e.large = large;
    e.convention = convention;
    e.undefined = isnan(value) ? (undefined ? undefined : "undefined") : NULL;
    e.chance = NAN;
    return e;
}

char *htest_dupstr(const char *s)
{
    size_t n = strlen(s ? s : "");
    char *d = ct_malloc(n + 1);
    if (d)
        memcpy(d, s ? s : "", n + 1);
    return d;
}

/* ------------------------------------------------------- frame helpers */

/* Row i is kept unless it is missing in a column that counts (every column
 * with CT_HTEST_DROP_ALL, else only cols[]). Missing values are those of the
 * frame's missing masks (which cover the NaN of numeric columns, frame.h).
 * Returns a fresh mask (nonzero = drop). */
uint8_t *htest_drop_mask(const ct_frame *f, const size_t *cols, size_t ncols, ct_htest_dropna how,
                         uint64_t *ndropped)
{
    const size_t nr = ct_frame_nrows(f);
    uint8_t *m = ct_calloc(nr ? nr : 1, 1);
    if (!m)
        return NULL;
    *ndropped = ct_frame_missing_rows(f, how == CT_HTEST_DROP_ALL ? NULL : cols, ncols, m);
    return m;
}

ct_status htest_all_dropped(const ct_frame *f, const size_t *cols, ct_htest_dropna how,
                            uint64_t ndropped, ct_diag *diag)
{
    const size_t nr = ct_frame_nrows(f);
    if (nr == 0 || ndropped < nr)
        return CT_OK;
    const char *a = ct_column_name(ct_frame_col(f, cols[0])),
               *b = ct_column_name(ct_frame_col(f, cols[1]));
    char n[32], why[CT_DIAG_MSG_MAX / 2] = ""; /* room left for the rest of the hint */
    ct_numfmt_count(n, sizeof n, nr);
    ct_frame_explain_missing(f, why, sizeof why);
    if (how == CT_HTEST_DROP_ALL) {
        ct_diag_set(diag, CT_EEMPTY, NULL, 0, 0,
                    "every row (%s) has a missing value in some column, so dropping rows with a "
                    "missing value in any column (df.dropna(), --dropna=all) leaves none",
                    n);
        if (diag)
            snprintf(diag->hint, sizeof diag->hint,
                     "%s%s--dropna=used drops only the rows missing '%s' or '%s', the columns "
                     "this test uses",
                     why, why[0] ? "; " : "", a, b);
        return CT_EEMPTY;
    }
    ct_diag_set(diag, CT_EEMPTY, NULL, 0, 0,
                "every row (%s) misses '%s' or '%s', the columns this test uses", n, a, b);
    if (diag)
        snprintf(diag->hint, sizeof diag->hint, "%s", why);
    return CT_EEMPTY;
}

typedef struct level_ref {
    const char *name;
    size_t idx;
} level_ref;

static int cmp_level(const void *a, const void *b)
{
    return strcmp(((const level_ref *)a)->name, ((const level_ref *)b)->name);
}

size_t htest_observed_sorted(const htest_groups *g, const uint64_t *count, size_t *order)
{
    size_t k = 0;
    if (g->ordered) {
        for (size_t l = 0; l < g->L; l++)
            if (count[l])
                order[k++] = l;
        return k;
    }
    level_ref *ref = ct_malloc((g->L ? g->L : 1) * sizeof *ref);
    if (!ref)
        return (size_t)-1;
    for (size_t l = 0; l < g->L; l++)
        if (count[l])
            ref[k++] = (level_ref){g->names[l], l};
    /* strcmp byte order on UTF-8 equals code-point order (Python's sorted) */
    qsort(ref, k, sizeof *ref, cmp_level);
    for (size_t i = 0; i < k; i++)
        order[i] = ref[i].idx;
    ct_free(ref);
    return k;
}

void htest_groups_free(htest_groups *g)
{
    if (!g)
        return;
    ct_free(g->own_code);
    ct_free(g->own_text);
    ct_free((void *)g->names);
    *g = (htest_groups){0};
}

/* An integer column as group codes: its distinct values in order
 * (ct_column_int_levels, the rule inspect's class balance and eda's
 * grouping share). */
static ct_status int_groups(const ct_column *c, const char *name, htest_groups *g, ct_diag *diag)
{
    size_t L;
    const ct_status s = ct_column_int_levels(c, HTEST_MAX_INT_GROUPS, &g->own_code, &g->names, &L);
    if (s == CT_ETYPE) {
        char cnt[32];
        ct_numfmt_count(cnt, sizeof cnt, L); /* every count has thousands separators */
        return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                           "column '%s' is int with %s distinct values; groups come from a "
                           "categorical column or an integer code of at most %d values",
                           name, cnt, HTEST_MAX_INT_GROUPS);
    }
    if (s)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    g->code = g->own_code;
    g->L = L;
    g->ordered = 1;
    return CT_OK;
}

typedef struct text_ref {
    const char *s;
    size_t len, row;
} text_ref;

static int cmp_text_ref(const void *a, const void *b)
{
    const text_ref *x = a, *y = b;
    int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
    if (c)
        return c;
    if (x->len != y->len)
        return (x->len > y->len) - (x->len < y->len);
    return (x->row > y->row) - (x->row < y->row);
}

static int same_text(const text_ref *x, const text_ref *y)
{
    return x->len == y->len && memcmp(x->s, y->s, x->len) == 0;
}

/* A text column as groups: labels longer than a categorical's (64 bytes on
 * average) or more of them than inference allows make a column text, yet
 * pandas' groupby takes them. Its distinct strings are the groups, in code
 * point order (byte order of UTF-8), when they repeat as a code's do: at
 * most HTEST_MAX_INT_GROUPS of them, each twice on average. Free text,
 * whose values rarely repeat, is left (*taken = 0) for the caller to
 * refuse. */
static ct_status text_groups(const ct_column *c, htest_groups *g, int *taken, ct_diag *diag)
{
    *taken = 0;
    const size_t n = ct_column_len(c);
    const uint8_t *miss = ct_column_missing(c);
    text_ref *ref = ct_malloc((n ? n : 1) * sizeof *ref);
    if (!ref)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = 0;
        const char *s = miss && miss[i] ? NULL : ct_column_str(c, i, &len);
        if (s)
            ref[m++] = (text_ref){s, len, i};
    }
    qsort(ref, m, sizeof *ref, cmp_text_ref);
    size_t L = 0, bytes = 0;
    for (size_t i = 0; i < m; i++)
        if (i == 0 || !same_text(&ref[i], &ref[i - 1])) {
            L++;
            bytes += ref[i].len + 1;
        }
    if (L == 0 || L > HTEST_MAX_INT_GROUPS || 2 * L > m) {
        ct_free(ref);
        return CT_OK;
    }
    g->names = ct_calloc(L + 1, sizeof *g->names);
    g->own_text = ct_malloc(bytes);
    g->own_code = ct_malloc((n ? n : 1) * sizeof *g->own_code);
    if (!g->names || !g->own_text || !g->own_code) {
        ct_free(ref);
        htest_groups_free(g);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        g->own_code[i] = -1;
    char *t = g->own_text;
    int32_t level = -1;
    for (size_t i = 0; i < m; i++) {
        if (i == 0 || !same_text(&ref[i], &ref[i - 1])) {
            memcpy(t, ref[i].s, ref[i].len);
            t[ref[i].len] = '\0';
            g->names[++level] = t;
            t += ref[i].len + 1;
        }
        g->own_code[ref[i].row] = level;
    }
    ct_free(ref);
    g->code = g->own_code;
    g->L = L;
    g->ordered = 1; /* sorted above */
    *taken = 1;
    return CT_OK;
}

/* A float column is never a code (docs/test.md), but one whose values are
 * all whole numbers is most likely a code written with decimals (pandas
 * writes one with missing values as 1.0, 2.0): ct_column_category_hint says
 * so, as every command does; else say to bin it. */
static void float_code_hint(const ct_column *c, char *hint, size_t size)
{
    const size_t n = ct_column_len(c);
    const double *v = ct_column_f64(c);
    const uint8_t *miss = ct_column_missing(c);
    int whole = 1;
    for (size_t i = 0; i < n && whole; i++)
        if (!miss[i] && !isnan(v[i]) && v[i] != floor(v[i]))
            whole = 0;
    if (whole)
        snprintf(hint, size, "%s", ct_column_category_hint(c));
    else
        snprintf(hint, size,
                 "a measurement is not a grouping: bin it into a categorical or integer column "
                 "first (pandas.cut)");
}

ct_status htest_groups_find(const ct_frame *f, const char *name, size_t *j, htest_groups *g,
                            ct_diag *diag)
{
    *g = (htest_groups){0};
    ct_status s = ct_frame_find(f, name, j, diag);
    if (s)
        return s;
    const ct_column *c = ct_frame_col(f, *j);
    if (ct_column_type(c) == CT_TYPE_INT)
        return int_groups(c, name, g, diag);
    if (ct_column_type(c) == CT_TYPE_TEXT) {
        int taken = 0;
        if ((s = text_groups(c, g, &taken, diag)) || taken)
            return s;
    }
    if (!ct_column_codes(c)) {
        s = ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                        "column '%s' is not categorical (it is %s); groups come from a "
                        "categorical column or an integer code",
                        name, ct_type_name(ct_column_type(c)));
        if (diag && ct_column_type(c) == CT_TYPE_FLOAT)
            float_code_hint(c, diag->hint, sizeof diag->hint);
        else if (diag && ct_column_type(c) == CT_TYPE_ID)
            snprintf(diag->hint, sizeof diag->hint,
                     "an identifier names each row (nearly every value distinct), so it makes "
                     "no groups: choose a column whose values repeat");
        else if (diag && ct_column_type(c) == CT_TYPE_TEXT)
            snprintf(diag->hint, sizeof diag->hint,
                     "free text rarely repeats, so it makes no groups (a text column groups "
                     "rows when it has at most %d distinct values, each twice on average): "
                     "choose a column whose values repeat",
                     HTEST_MAX_INT_GROUPS);
        return s;
    }
    const size_t L = ct_column_nlevels(c);
    g->names = ct_calloc(L + 1, sizeof *g->names);
    if (!g->names)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t l = 0; l < L; l++)
        g->names[l] = ct_column_level(c, l);
    g->code = ct_column_codes(c);
    g->L = L;
    return CT_OK;
}

ct_status htest_find_numeric(const ct_frame *f, const char *name, size_t *j, ct_diag *diag)
{
    ct_status s = ct_frame_find(f, name, j, diag);
    if (s)
        return s;
    const ct_column *c = ct_frame_col(f, *j);
    if (!ct_column_is_numeric(c)) {
        ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                    "column '%s' is not numeric (it is %s); a measure must be numeric", name,
                    ct_type_name(ct_column_type(c)));
        if (diag) /* which value made it text, on which line */
            ct_frame_explain_not_numeric(f, *j, diag->hint, sizeof diag->hint);
        return CT_ETYPE;
    }
    return CT_OK;
}
