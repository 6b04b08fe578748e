/* htest.c — hypothesis tests: options, method names and what the
 * comparison (htest_compare.c) and association (htest_assoc.c) tests share
 * to read a frame: the rows to drop, observed levels in sorted order, typed
 * column lookup (see claimtriage/htest.h). */
#include "claimtriage/htest.h"
#include "stats/htest_internal.h"

#include <math.h>
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
    return o;
}

const char *ct_htest_options_check(const ct_htest_options *o)
{
    if (!o)
        return "options are NULL";
    if (!(o->alpha > 0. && o->alpha < 1.))
        return "alpha must be strictly between 0 and 1";
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

typedef struct level_ref {
    const char *name;
    size_t idx;
} level_ref;

static int cmp_level(const void *a, const void *b)
{
    return strcmp(((const level_ref *)a)->name, ((const level_ref *)b)->name);
}

/* Observed levels (count > 0) of a categorical column in sorted order:
 * fills order[] with level indices and names[] with every level's text;
 * returns how many were observed; (size_t)-1 when out of memory. */
size_t htest_observed_sorted(const ct_column *c, const uint64_t *count, size_t *order,
                             const char **names)
{
    const size_t L = ct_column_nlevels(c);
    level_ref *ref = ct_malloc((L ? L : 1) * sizeof *ref);
    if (!ref)
        return (size_t)-1;
    size_t k = 0;
    for (size_t l = 0; l < L; l++) {
        names[l] = ct_column_level(c, l);
        if (count[l])
            ref[k++] = (level_ref){names[l], l};
    }
    /* strcmp byte order on UTF-8 equals code-point order (Python's sorted) */
    qsort(ref, k, sizeof *ref, cmp_level);
    for (size_t i = 0; i < k; i++)
        order[i] = ref[i].idx;
    ct_free(ref);
    return k;
}

ct_status htest_find_typed(const ct_frame *f, const char *name, int want_numeric, size_t *j,
                           ct_diag *diag)
{
    ct_status s = ct_frame_find(f, name, j, diag);
    if (s)
        return s;
    const ct_column *c = ct_frame_col(f, *j);
    if (want_numeric && !ct_column_is_numeric(c))
        return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                           "column '%s' is not numeric (it is %s); a measure must be numeric", name,
                           ct_type_name(ct_column_type(c)));
    if (!want_numeric && !ct_column_codes(c))
        return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                           "column '%s' is not categorical (it is %s); groups come from a "
                           "categorical column",
                           name, ct_type_name(ct_column_type(c)));
    return CT_OK;
}
