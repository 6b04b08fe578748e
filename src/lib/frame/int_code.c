/* int_code.c — an integer code: an int column of few values, each repeated
 * (a 0/1 flag, a label encoded 0/1, a 1-5 rating), which names groups as a
 * categorical column does; and its values as those groups, as pandas'
 * value_counts() and groupby(sort=True) take an integer column. One rule for
 * the "integer code" hints, test's groups, inspect's class balance and eda's
 * grouping (before 2026-12-04 inspect and eda refused a 0/1 label that
 * train and test take: tests/cli/run_label_int_code). */
#include "frame/frame_internal.h"

#include "claimtriage/sort.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* At most this many distinct values make a code (test's groups' limit). */
#define CT_INT_CODE_MAX_LEVELS 100

/* The distinct non-missing values of int column c, increasing, into
 * v[0..*m) (v: 2 * n doubles, the second half scratch); their number. */
static size_t sorted_values(const ct_column *c, double *v, size_t *m)
{
    size_t k = 0;
    for (size_t i = 0; i < c->n; i++)
        if (!(c->miss && c->miss[i]) && !isnan(c->f64[i]))
            v[k++] = c->f64[i];
    *m = k;
    ct_sort_f64(v, k, v + c->n);
    size_t L = 0;
    for (size_t i = 0; i < k; i++)
        if (L == 0 || v[i] != v[L - 1])
            v[L++] = v[i];
    return L;
}

int ct_column_is_int_code(const ct_column *c)
{
    if (!c || c->type != CT_TYPE_INT || !c->f64)
        return 0;
    double *v = ct_malloc(2 * (c->n ? c->n : 1) * sizeof *v);
    if (!v)
        return 0;
    size_t m;
    const size_t levels = sorted_values(c, v, &m);
    ct_free(v);
    /* a code repeats: at most half as many levels as values (a count on
     * a few rows is all distinct, and is not a code) */
    return levels > 0 && levels <= CT_INT_CODE_MAX_LEVELS && 2 * levels <= m;
}

static int cmp_double(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Room for one value's decimal text: a whole double within int64 */
#define INT_LEVEL_TEXT 24

ct_status ct_column_int_levels(const ct_column *c, size_t max_levels, int32_t **codes,
                               const char ***names, size_t *nlevels)
{
    *codes = NULL;
    *names = NULL;
    *nlevels = 0;
    if (!c || c->type != CT_TYPE_INT || !c->f64)
        return CT_ETYPE;
    const size_t n = c->n;
    double *u = ct_malloc(2 * (n ? n : 1) * sizeof *u);
    if (!u)
        return CT_ENOMEM;
    size_t m;
    const size_t L = sorted_values(c, u, &m);
    *nlevels = L;
    if (L > max_levels || L > INT32_MAX) {
        ct_free(u);
        return CT_ETYPE;
    }
    /* one block: L + 1 pointers (NULL last), then each value's text */
    const char **nm = ct_calloc(1, (L + 1) * sizeof *nm + (L ? L : 1) * INT_LEVEL_TEXT);
    int32_t *code = ct_malloc((n ? n : 1) * sizeof *code);
    if (!nm || !code) {
        ct_free(u);
        ct_free(nm);
        ct_free(code);
        *nlevels = 0;
        return CT_ENOMEM;
    }
    char *text = (char *)(nm + L + 1);
    for (size_t l = 0; l < L; l++) {
        char *t = text + INT_LEVEL_TEXT * l;
        snprintf(t, INT_LEVEL_TEXT, "%.0f", u[l] == 0 ? 0. : u[l]); /* whole numbers; no "-0" */
        nm[l] = t;
    }
    for (size_t i = 0; i < n; i++) {
        if ((c->miss && c->miss[i]) || isnan(c->f64[i])) {
            code[i] = -1;
            continue;
        }
        const double *hit = bsearch(&c->f64[i], u, L, sizeof *u, cmp_double);
        code[i] = (int32_t)(hit - u);
    }
    ct_free(u);
    *codes = code;
    *names = nm;
    return CT_OK;
}

int ct_column_is_zero_one(const ct_column *c, int *both)
{
    int seen[2] = {0, 0};
    if (both)
        *both = 0;
    if (!c)
        return 0;
    if (c->type == CT_TYPE_CATEGORY) {
        const size_t nl = ct_column_nlevels(c);
        for (size_t k = 0; k < nl; k++) {
            const char *l = ct_column_level(c, k);
            if (strcmp(l, "0") != 0 && strcmp(l, "1") != 0)
                return 0;
            seen[l[0] == '1'] = 1;
        }
    } else {
        if (!c->f64 || c->type == CT_TYPE_ID)
            return 0;
        for (size_t i = 0; i < c->n; i++) {
            if ((c->miss && c->miss[i]) || isnan(c->f64[i]))
                continue;
            if (c->f64[i] != 0 && c->f64[i] != 1)
                return 0;
            seen[c->f64[i] == 1] = 1;
        }
    }
    if (both)
        *both = seen[0] && seen[1];
    return seen[0] || seen[1];
}
