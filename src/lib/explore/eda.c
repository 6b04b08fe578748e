/* eda.c — the numbers of an exploratory analysis (see claimtriage/eda.h).
 *
 * One pass builds the used rows (df.dropna()), the metric columns as
 * contiguous arrays and the key columns as sorted-level indices. Grouped
 * summaries partition the rows by a counting sort on the group index, then
 * each (metric, group) slice is summarised in O(n) by selection
 * (ct_stats_summary). Spearman correlations rank every column once
 * (ct_sort_ranks: average ranks for ties, as
 * scipy.stats.rankdata(method='average')) and take Pearson's r of the
 * ranks. Columns are independent, so the per-metric work runs under OpenMP
 * with preallocated workspaces. Charts are drawn elsewhere (report/). */
#include "claimtriage/eda.h"
#include "claimtriage/htest.h"
#include "claimtriage/list.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/sort.h"
#include "claimtriage/stats.h"
#include "claimtriage/utf8.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EDA_MAX_KEYS (1 + CT_EDA_MAX_BY)
/* Below this many rows, threads cost more than they save (thread start-up
 * and spinning dominate a few milliseconds of work). */
#define EDA_PARALLEL_MIN_ROWS 200000

struct ct_eda_data {
    size_t n;                   /* used rows */
    double **vals;              /* [nmetrics][n] */
    int64_t **ivals;            /* [nmetrics][n] exact values of an int column beyond 2^53
                                   (ct_column_i64), else NULL: the class rank test's */
    size_t nkeys;               /* 1 + nby */
    int32_t *key[EDA_MAX_KEYS]; /* [n] sorted-level index per key column */
    size_t nlevels[EDA_MAX_KEYS];
    char *levels[EDA_MAX_KEYS][CT_EDA_MAX_LEVELS];
    char *keyname[EDA_MAX_KEYS];
};

ct_eda_options ct_eda_options_default(void)
{
    ct_eda_options o;
    memset(&o, 0, sizeof o);
    o.iqr_k = 1.5;
    return o;
}

static int in_list(const char *s, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (list[i] && strcmp(list[i], s) == 0)
            return 1;
    return 0;
}

const char *ct_eda_options_check(const ct_eda_options *o)
{
    if (!o)
        return "options are NULL";
    if (!o->class_col)
        return "the class column must be named";
    if (o->nby > CT_EDA_MAX_BY || (o->nby && !o->by_cols))
        return "at most 4 grouping columns besides the class column";
    for (size_t i = 0; i < o->nby; i++)
        if (!o->by_cols[i] || strcmp(o->by_cols[i], o->class_col) == 0 ||
            in_list(o->by_cols[i], o->by_cols, i))
            return "grouping columns must be named, distinct and not the class column";
    if (o->cross_col && !in_list(o->cross_col, o->by_cols, o->nby))
        return "the cross column must be one of the grouping columns";
    /* one column is analysed as pandas' describe() and groupby() do (its
     * correlation matrix the 1x1 [[1.0]]); before 2026-12-05 two were
     * needed, and a file with one numeric column had no eda:
     * tests/cli/eda_one_column */
    if (!o->metrics || o->nmetrics < 1 || o->nmetrics > CT_EDA_MAX_METRICS)
        return "between 1 and 16 metric columns are needed";
    for (size_t i = 0; i < o->nmetrics; i++)
        if (!o->metrics[i] || in_list(o->metrics[i], o->metrics, i))
            return "metric names must be given and distinct";
    if (o->nrates > CT_EDA_MAX_RATES || (o->nrates && (!o->rate_cols || !o->rate_names)))
        return "at most 8 rates, each with a column and a name";
    if (o->nrates &&
        (!o->rate_denominator || !in_list(o->rate_denominator, o->metrics, o->nmetrics)))
        return "the rates' denominator must be among the metrics";
    for (size_t i = 0; i < o->nrates; i++)
        if (!o->rate_cols[i] || !o->rate_names[i] ||
            !in_list(o->rate_cols[i], o->metrics, o->nmetrics))
            return "every rate column must be among the metrics and named";
    if (!(o->iqr_k > 0) || !isfinite(o->iqr_k))
        return "iqr_k must be a positive number";
    if (o->dropna != CT_HTEST_DROP_ALL && o->dropna != CT_HTEST_DROP_USED)
        return "dropna must be CT_HTEST_DROP_ALL or CT_HTEST_DROP_USED";
    return NULL;
}

/* ------------------------------------------------------------ helpers */

static void stat_from(const ct_summary *s, ct_eda_stat *o)
{
    o->count = s->count;
    o->mean = s->mean;
    o->std = s->std;
    o->min = s->min;
    o->q1 = s->q25;
    o->median = s->q50;
    o->q3 = s->q75;
    o->max = s->max;
}

/* Summary of x[0..n) (NaN values skipped); work holds n doubles. */
static void stat_of(const double *x, size_t n, double *work, ct_eda_stat *o)
{
    ct_summary s;
    ct_stats_summary(x, NULL, n, work, &s);
    stat_from(&s, o);
    /* a median is pandas' median(), not describe()'s 50%: beside an
     * infinite value the latter is NaN where the median exists */
    if (isnan(o->median) && s.count)
        o->median = ct_stats_median_select(work, s.count);
}

int ct_eda_metric_index(const ct_eda *r, const char *name)
{
    for (size_t m = 0; r && m < r->nmetrics; m++)
        if (strcmp(r->metrics[m], name) == 0)
            return (int)m;
    return -1;
}

const double *ct_eda_values(const ct_eda *r, size_t m)
{
    return r && r->data && m < r->nmetrics ? r->data->vals[m] : NULL;
}

const int64_t *ct_eda_exact_values(const ct_eda *r, size_t m)
{
    return r && r->data && r->data->ivals && m < r->nmetrics ? r->data->ivals[m] : NULL;
}

size_t ct_eda_nkeys(const ct_eda *r) { return r && r->data ? r->data->nkeys : 0; }

const char *ct_eda_key_name(const ct_eda *r, size_t k)
{
    return k < ct_eda_nkeys(r) ? r->data->keyname[k] : NULL;
}

const char *const *ct_eda_key_levels(const ct_eda *r, size_t k, size_t *nlevels)
{
    if (k >= ct_eda_nkeys(r)) {
        if (nlevels)
            *nlevels = 0;
        return NULL;
    }
    if (nlevels)
        *nlevels = r->data->nlevels[k];
    return (const char *const *)r->data->levels[k];
}

const int32_t *ct_eda_key_index(const ct_eda *r, size_t k)
{
    return k < ct_eda_nkeys(r) ? r->data->key[k] : NULL;
}

void ct_eda_free(ct_eda *r)
{
    if (!r)
        return;
    for (size_t m = 0; m < r->nmetrics; m++)
        ct_free(r->metrics ? r->metrics[m] : NULL);
    ct_free(r->metrics);
    for (size_t k = 0; k < r->nrates; k++) {
        ct_free(r->rate_names ? r->rate_names[k] : NULL);
        ct_free(r->rate_cols ? r->rate_cols[k] : NULL);
    }
    ct_free(r->rate_names);
    ct_free(r->rate_cols);
    ct_free(r->rate_denominator);
    ct_free(r->overall);
    ct_free(r->rate_overall);
    ct_free(r->class_p);
    ct_free(r->class_log10p);
    for (size_t g = 0; r->groupings && g < r->ngroupings; g++) {
        ct_eda_grouping *gr = &r->groupings[g];
        for (size_t k = 0; gr->groups && k < gr->ngroups; k++) {
            ct_free(gr->groups[k].metrics);
            ct_free(gr->groups[k].rate_median);
            ct_free(gr->groups[k].rate_count);
        }
        ct_free(gr->groups);
    }
    ct_free(r->groupings);
    ct_free(r->outliers);
    ct_free(r->pearson);
    ct_free(r->spearman);
    ct_free(r->text);
    ct_eda_data *d = r->data;
    if (d) {
        for (size_t m = 0; d->vals && m < r->nmetrics; m++)
            ct_free(d->vals[m]);
        ct_free(d->vals);
        for (size_t m = 0; d->ivals && m < r->nmetrics; m++)
            ct_free(d->ivals[m]);
        ct_free(d->ivals);
        for (size_t k = 0; k < EDA_MAX_KEYS; k++) {
            ct_free(d->key[k]);
            ct_free(d->keyname[k]);
            for (size_t l = 0; l < d->nlevels[k]; l++)
                ct_free(d->levels[k][l]);
        }
        ct_free(d);
    }
    ct_free(r);
}

/* ------------------------------------------------------- column setup */

static ct_status find_col(const ct_frame *f, const char *name, const ct_column **c, ct_diag *diag)
{
    size_t j;
    ct_status s = ct_frame_find(f, name, &j, diag);
    if (s)
        return s;
    *c = ct_frame_col(f, j);
    return CT_OK;
}

static int cmp_str_ptr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Map a categorical column's codes on the used rows to indices of its
 * present levels in sorted order (pandas groupby sort=True, observed); an
 * integer code's values sort as numbers, as pandas sorts an int key. */
static ct_status key_setup(const ct_column *c, const size_t *rows, size_t n, ct_eda_data *d,
                           size_t k, ct_diag *diag)
{
    const int32_t *codes = ct_column_codes(c);
    size_t nl = ct_column_nlevels(c);
    int32_t *own = NULL;
    const char **inames = NULL; /* an integer code's values, in order */
    if (!codes && ct_column_int_levels(c, SIZE_MAX, &own, &inames, &nl))
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    if (!codes)
        codes = own;
    char *present = ct_calloc(nl ? nl : 1, 1);
    int32_t *map = ct_malloc((nl ? nl : 1) * sizeof *map);
    d->key[k] = ct_malloc((n ? n : 1) * sizeof *d->key[k]);
    if (!present || !map || !d->key[k]) {
        ct_free(present);
        ct_free(map);
        ct_free(own);
        ct_free((void *)inames);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        present[codes[rows[i]]] = 1;
    const char *names[CT_EDA_MAX_LEVELS];
    size_t np = 0;
    ct_status st = CT_OK;
    for (size_t l = 0; l < nl && !st; l++)
        if (present[l]) {
            if (np == CT_EDA_MAX_LEVELS)
                st = ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                                 "column '%s' has more than %d levels; eda groups by it",
                                 ct_column_name(c), CT_EDA_MAX_LEVELS);
            else
                names[np++] = inames ? inames[l] : ct_column_level(c, l);
        }
    if (!st && !inames) /* an integer code's values are in order already */
        /* cppcheck-suppress uninitvar ; names[0..np) are set in the loop above */
        qsort(names, np, sizeof names[0], cmp_str_ptr);
    for (size_t l = 0; l < nl; l++)
        map[l] = -1;
    for (size_t p = 0, l = 0; p < np && !st; p++) {
        d->levels[k][p] = ct_strdup(names[p]);
        if (!d->levels[k][p]) {
            d->nlevels[k] = p;
            st = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
            break;
        }
        if (inames) /* the next present value */
            while (!present[l])
                l++;
        map[inames ? l++ : (size_t)ct_column_level_find(c, names[p])] = (int32_t)p;
    }
    if (!st) {
        d->nlevels[k] = np;
        for (size_t i = 0; i < n; i++)
            d->key[k][i] = map[codes[rows[i]]];
    }
    ct_free(present);
    ct_free(map);
    ct_free(own);
    ct_free((void *)inames);
    if (st)
        return st;
    d->keyname[k] = ct_strdup(ct_column_name(c));
    return d->keyname[k] ? CT_OK : ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
}

/* --------------------------------------------------------- grouping */

/* Summaries of every metric and rate median within each group of one
 * grouping (group index gi[i] in 0..ng-1, empty groups dropped). */
static ct_status grouping_run(ct_eda *r, ct_eda_grouping *gr, const int32_t *gi, size_t ng,
                              const char *const *lab0, const char *const *lab1, size_t nl1,
                              double *const *rates, double *const *work, ct_diag *diag)
{
    const ct_eda_data *d = r->data;
    const size_t n = d->n;
    size_t *cnt = ct_calloc(ng + 1, sizeof *cnt);
    size_t *order = ct_malloc((n ? n : 1) * sizeof *order);
    if (!cnt || !order) {
        ct_free(cnt);
        ct_free(order);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    /* counting sort of the rows by group, stable (row order kept) */
    for (size_t i = 0; i < n; i++)
        cnt[gi[i] + 1]++;
    size_t nonempty = 0;
    for (size_t g = 0; g < ng; g++) {
        nonempty += cnt[g + 1] > 0;
        cnt[g + 1] += cnt[g];
    }
    {
        size_t *pos = ct_malloc((ng ? ng : 1) * sizeof *pos);
        if (!pos) {
            ct_free(cnt);
            ct_free(order);
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        }
        memcpy(pos, cnt, ng * sizeof *pos);
        for (size_t i = 0; i < n; i++)
            order[pos[gi[i]]++] = i;
        ct_free(pos);
    }
    gr->groups = ct_calloc(nonempty ? nonempty : 1, sizeof *gr->groups);
    if (!gr->groups) {
        ct_free(cnt);
        ct_free(order);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    gr->ngroups = nonempty;
    size_t k = 0;
    for (size_t g = 0; g < ng; g++) {
        if (cnt[g + 1] == cnt[g])
            continue;
        ct_eda_group *G = &gr->groups[k++];
        G->labels[0] = lab1 ? lab0[g / nl1] : lab0[g];
        G->labels[1] = lab1 ? lab1[g % nl1] : NULL;
        G->n = cnt[g + 1] - cnt[g];
        G->metrics = ct_calloc(r->nmetrics, sizeof *G->metrics);
        G->rate_median = ct_calloc(r->nrates ? r->nrates : 1, sizeof *G->rate_median);
        G->rate_count = ct_calloc(r->nrates ? r->nrates : 1, sizeof *G->rate_count);
        if (!G->metrics || !G->rate_median || !G->rate_count) {
            ct_free(cnt);
            ct_free(order);
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        }
    }
    /* columns are independent: one thread per column, own workspace */
    const long ncol = (long)(r->nmetrics + r->nrates);
#pragma omp parallel for schedule(dynamic, 1)                                                      \
    num_threads(ct_threads()) if (n >= EDA_PARALLEL_MIN_ROWS)
    for (long c = 0; c < ncol; c++) {
        const int is_rate = (size_t)c >= r->nmetrics;
        const size_t m = is_rate ? (size_t)c - r->nmetrics : (size_t)c;
        const double *x = is_rate ? rates[m] : d->vals[m];
        double *w = work[c];
        size_t kk = 0;
        for (size_t g = 0; g < ng; g++) {
            const size_t a = cnt[g], b = cnt[g + 1];
            if (a == b)
                continue;
            for (size_t t = a; t < b; t++)
                w[t - a] = x[order[t]];
            ct_eda_group *G = &gr->groups[kk++];
            ct_eda_stat st;
            stat_of(w, b - a, w, &st);
            if (is_rate) {
                G->rate_median[m] = st.median;
                G->rate_count[m] = st.count;
            } else {
                G->metrics[m] = st;
            }
        }
    }
    ct_free(cnt);
    ct_free(order);
    return CT_OK;
}

/* ---------------------------------------------------------- correlation */

/* Pearson's r of every pair of columns: centred sums of products over the
 * column means (two-pass, as numpy.corrcoef). NaN when a column is constant. */
static void pearson_matrix(double *const *cols, size_t p, size_t n, double *out)
{
    /* se: the sum of deviations, 0 but for the mean's rounding; a column
     * whose magnitudes sum past 2^53 (counts near it) has a mean off by up to
     * half a unit, enough to move r by 1e-5 (pandas' by 2e-2), so its sums
     * are corrected by it (Chan, Golub & LeVeque 1983); other columns keep
     * numpy's two-pass sums to the last bit */
    double mean[CT_EDA_MAX_METRICS], ss[CT_EDA_MAX_METRICS], se[CT_EDA_MAX_METRICS];
    /* sc: a power of two (exact) bringing a column whose squares leave the
     * range of a double (1e200s overflow, 1e-200s underflow) near 1, as r
     * is unchanged by it; 1 for every other column */
    double sc[CT_EDA_MAX_METRICS];
    for (size_t a = 0; a < p; a++) {
        double big = 0;
        for (size_t i = 0; i < n; i++)
            if (isfinite(cols[a][i]) && fabs(cols[a][i]) > big)
                big = fabs(cols[a][i]);
        int ex = ct_stats_scale_exp(big, CT_STATS_SQUARES_SAFE_EXP);
        /* a subnormal magnitude (below 2^-1022, 2.2e-308) has an exponent
         * whose 2^-ex is past the doubles' range: the scale was inf and
         * every r of a column of 1e-310s null, "constant" (before
         * 2026-12-05: tests/cli/eda_pearson_subnormal_values). 2^1022 still
         * brings the smallest, 2^-1074, to 2^-52, whose squares are safe. */
        if (ex < DBL_MIN_EXP - 1)
            ex = DBL_MIN_EXP - 1;
        sc[a] = ex ? ldexp(1.0, -ex) : 1.0;
    }
    for (size_t a = 0; a < p; a++) {
        mean[a] = ct_stats_mean(cols[a], n) * sc[a];
        double s = 0, t = 0, mag = 0;
        for (size_t i = 0; i < n; i++) {
            const double e = cols[a][i] * sc[a] - mean[a];
            s += e * e;
            t += e;
            mag += fabs(cols[a][i]);
        }
        se[a] = mag >= 9007199254740992.0 ? t : 0; /* partial sums may pass 2^53 */
        ss[a] = s - se[a] * se[a] / (double)n;
        /* every value the same: constant, whatever the mean's rounding left
         * in s (pandas' corr, by Welford's update, has exactly 0 there and
         * gives NaN; 0.1 in every row gave r = 1.6e-17 and a diagonal 1) */
        size_t i = 1;
        while (i < n && cols[a][i] == cols[a][0])
            i++;
        if (i >= n)
            ss[a] = 0;
    }
    const long npair = (long)(p * p);
#pragma omp parallel for schedule(dynamic, 1)                                                      \
    num_threads(ct_threads()) if (n >= EDA_PARALLEL_MIN_ROWS)
    for (long q = 0; q < npair; q++) {
        const size_t a = (size_t)q / p, b = (size_t)q % p;
        if (b < a)
            continue;
        double r;
        if (a == b) {
            r = ss[a] > 0 ? 1.0 : NAN;
        } else {
            double s = 0;
            for (size_t i = 0; i < n; i++)
                s += (cols[a][i] * sc[a] - mean[a]) * (cols[b][i] * sc[b] - mean[b]);
            s -= se[a] * se[b] / (double)n;
            r = ss[a] > 0 && ss[b] > 0 ? s / sqrt(ss[a] * ss[b]) : NAN;
            if (r > 1)
                r = 1;
            if (r < -1)
                r = -1;
        }
        out[a * p + b] = out[b * p + a] = r;
    }
}

/* ------------------------------------------------------------ analysis */

/* The key columns: class first, then the by columns. */
static size_t key_names(const ct_eda_options *o, const char **keys)
{
    keys[0] = o->class_col;
    for (size_t i = 0; i < o->nby; i++)
        keys[1 + i] = o->by_cols[i];
    return 1 + o->nby;
}

static ct_status check_types(const ct_frame *f, const ct_eda_options *o, const ct_column **key,
                             const ct_column **text, const ct_column **met, ct_diag *diag)
{
    const char *keys[EDA_MAX_KEYS];
    const size_t nkeys = key_names(o, keys);
    ct_status s;
    for (size_t k = 0; k < nkeys; k++) {
        if ((s = find_col(f, keys[k], &key[k], diag)))
            return s;
        /* an integer code groups by its values, as pandas' groupby does
         * (a label encoded 0/1: before 2026-12-04 refused, though train
         * and test take it: tests/cli/run_label_int_code) */
        if (ct_column_type(key[k]) != CT_TYPE_CATEGORY && !ct_column_is_int_code(key[k])) {
            const ct_type t = ct_column_type(key[k]);
            ct_diag_set(diag, CT_ETYPE, ct_frame_source(f), 0, 0,
                        "column '%s' is %s; eda groups by it and needs it categorical or an "
                        "integer code",
                        keys[k], ct_type_name(t));
            if (diag)
                snprintf(diag->hint, sizeof diag->hint, "%s", ct_column_category_hint(key[k]));
            return CT_ETYPE;
        }
    }
    if (o->text_col) {
        if ((s = find_col(f, o->text_col, text, diag)))
            return s;
        if (ct_column_type(*text) != CT_TYPE_TEXT && ct_column_type(*text) != CT_TYPE_CATEGORY)
            return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0, "column '%s' is %s, not text",
                               o->text_col, ct_type_name(ct_column_type(*text)));
    }
    for (size_t m = 0; m < o->nmetrics; m++) {
        if ((s = find_col(f, o->metrics[m], &met[m], diag)))
            return s;
        if (!ct_column_is_numeric(met[m])) {
            ct_diag_set(diag, CT_ETYPE, NULL, 0, 0, "column '%s' is %s, not numeric", o->metrics[m],
                        ct_type_name(ct_column_type(met[m])));
            size_t j;
            if (diag && ct_frame_find(f, o->metrics[m], &j, NULL) == CT_OK)
                ct_frame_explain_not_numeric(f, j, diag->hint, sizeof diag->hint);
            return CT_ETYPE;
        }
    }
    return CT_OK;
}

static size_t index_of(const char *const *list, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(list[i], s) == 0)
            return i;
    return 0;
}

/* ct_eda.class_p: each metric's rank test across the classes with 2 rows
 * or more (a test needs 2 values a group), the values gathered class by
 * class into work (n doubles). */
static ct_status class_tests(ct_eda *r, double *work)
{
    int64_t *iwork = NULL; /* the exact values gathered as work, when a metric has them */
    for (size_t m = 0; m < r->nmetrics && !iwork; m++)
        if (r->data->ivals[m] &&
            !(iwork = ct_malloc((r->data->n ? r->data->n : 1) * sizeof *iwork)))
            return CT_ENOMEM;
    const ct_eda_data *d = r->data;
    const size_t n = d->n, nl = d->nlevels[0];
    size_t cnt[CT_EDA_MAX_LEVELS] = {0}, at[CT_EDA_MAX_LEVELS], k = 0;
    const double *x[CT_EDA_MAX_LEVELS];
    const int64_t *xi[CT_EDA_MAX_LEVELS];
    size_t nx[CT_EDA_MAX_LEVELS];
    for (size_t m = 0; m < r->nmetrics; m++)
        r->class_p[m] = r->class_log10p[m] = NAN;
    for (size_t i = 0; i < n; i++)
        cnt[d->key[0][i]]++;
    for (size_t l = 0, off = 0; l < nl; off += cnt[l], l++) {
        at[l] = off;
        if (cnt[l] >= 2) {
            x[k] = work + off;
            xi[k] = iwork ? iwork + off : NULL;
            nx[k++] = cnt[l];
        }
    }
    if (k < 2) {
        ct_free(iwork);
        return CT_OK;
    }
    r->class_k = k;
    const ct_htest_options o = ct_htest_options_default();
    for (size_t m = 0; m < r->nmetrics; m++) {
        size_t fill[CT_EDA_MAX_LEVELS];
        memcpy(fill, at, nl * sizeof *fill);
        const int64_t *ex = d->ivals[m];
        for (size_t i = 0; i < n; i++) {
            if (ex)
                iwork[fill[d->key[0][i]]] = ex[i];
            work[fill[d->key[0][i]]++] = d->vals[m][i];
        }
        ct_htest_compare *c = NULL;
        /* an int column beyond 2^53 ranks on its exact values */
        const ct_status s = ex ? ct_htest_compare_groups_exact(x, xi, nx, NULL, k, &o, &c, NULL)
                               : ct_htest_compare_groups(x, nx, NULL, k, &o, &c, NULL);
        if (s == CT_ENOMEM) {
            ct_free(iwork);
            return s;
        }
        /* every value tied: scipy's mannwhitneyu gives p = 1 (its z is
         * -0.5/0) where kruskal raises; both are "no test" here, NaN, one
         * convention whatever the number of classes (before 2026-12-05 p 1
         * with two classes: tests/cli/eda_json_class_test_tied) */
        if (c && !(k == 2 && c->mw_z_undefined)) {
            const ct_pvalue pv = k == 2 ? c->mann_whitney.p : c->kruskal.p;
            r->class_p[m] = pv.p;
            r->class_log10p[m] = pv.log10p;
        }
        ct_htest_compare_free(c);
    }
    ct_free(iwork);
    return CT_OK;
}

/* Allocate the result's arrays; 0 on success. */
static int alloc_result(ct_eda *r, const ct_eda_options *o, size_t n)
{
    const size_t p = o->nmetrics;
    r->metrics = ct_calloc(p, sizeof *r->metrics);
    r->overall = ct_calloc(p, sizeof *r->overall);
    r->rate_names = ct_calloc(o->nrates + 1, sizeof *r->rate_names);
    r->rate_cols = ct_calloc(o->nrates + 1, sizeof *r->rate_cols);
    r->rate_overall = ct_calloc(o->nrates + 1, sizeof *r->rate_overall);
    r->ngroupings = 1 + o->nby + (o->cross_col != NULL);
    r->groupings = ct_calloc(r->ngroupings, sizeof *r->groupings);
    r->outliers = ct_calloc(p, sizeof *r->outliers);
    r->pearson = ct_calloc(p * p, sizeof *r->pearson);
    r->spearman = ct_calloc(p * p, sizeof *r->spearman);
    r->class_p = ct_calloc(p ? p : 1, sizeof *r->class_p);
    r->class_log10p = ct_calloc(p ? p : 1, sizeof *r->class_log10p);
    r->data = ct_calloc(1, sizeof *r->data);
    if (!r->metrics || !r->overall || !r->rate_names || !r->rate_cols || !r->rate_overall ||
        !r->groupings || !r->outliers || !r->pearson || !r->spearman || !r->class_p ||
        !r->class_log10p || !r->data)
        return -1;
    r->nmetrics = p;
    r->nrates = o->nrates;
    for (size_t m = 0; m < p; m++)
        if (!(r->metrics[m] = ct_strdup(o->metrics[m])))
            return -1;
    for (size_t k = 0; k < o->nrates; k++)
        if (!(r->rate_names[k] = ct_strdup(o->rate_names[k])) ||
            !(r->rate_cols[k] = ct_strdup(o->rate_cols[k])))
            return -1;
    if (o->nrates && !(r->rate_denominator = ct_strdup(o->rate_denominator)))
        return -1;
    ct_eda_data *d = r->data;
    d->n = n;
    d->nkeys = 1 + o->nby;
    d->vals = ct_calloc(p, sizeof *d->vals);
    d->ivals = ct_calloc(p, sizeof *d->ivals);
    if (!d->vals || !d->ivals)
        return -1;
    for (size_t m = 0; m < p; m++)
        if (!(d->vals[m] = ct_malloc((n ? n : 1) * sizeof *d->vals[m])))
            return -1;
    return 0;
}

/* Outlier counts per metric by both rules (quartiles over all used rows). */
static void outliers_run(ct_eda *r, double k)
{
    for (size_t m = 0; m < r->nmetrics; m++) {
        const ct_eda_stat *s = &r->overall[m];
        ct_eda_outliers *o = &r->outliers[m];
        o->q1 = s->q1;
        o->median = s->median;
        o->q3 = s->q3;
        o->iqr = s->q3 - s->q1;
        o->tukey_fence = s->q3 + k * o->iqr;
        o->course_fence = s->median + k * o->iqr;
        const double *x = r->data->vals[m];
        size_t a = 0, b = 0;
        for (size_t i = 0; i < r->data->n; i++) {
            a += x[i] > o->tukey_fence;
            b += x[i] > o->course_fence;
        }
        o->tukey = a;
        o->course = b;
    }
}

/* Text length by class: code points and words of every used row. */
static ct_status text_run(ct_eda *r, const ct_column *text, const size_t *rows, double *chars,
                          double *words, double *work, ct_diag *diag)
{
    const ct_eda_data *d = r->data;
    const long n = (long)d->n;
#pragma omp parallel for schedule(static) num_threads(ct_threads()) if (n >= EDA_PARALLEL_MIN_ROWS)
    for (long i = 0; i < n; i++) {
        size_t len = 0, nw = 0;
        const char *s = ct_column_str(text, rows[i], &len);
        const size_t nc = s ? ct_utf8_measure(s, len, &nw) : 0;
        chars[i] = s ? (double)nc : NAN;
        words[i] = s ? (double)nw : NAN;
    }
    r->ntext = d->nlevels[0];
    r->text = ct_calloc(r->ntext ? r->ntext : 1, sizeof *r->text);
    if (!r->text)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t c = 0; c < r->ntext; c++) {
        size_t k = 0;
        r->text[c].label = d->levels[0][c];
        for (size_t i = 0; i < d->n; i++)
            if ((size_t)d->key[0][i] == c)
                work[k++] = chars[i];
        stat_of(work, k, work, &r->text[c].chars);
        k = 0;
        for (size_t i = 0; i < d->n; i++)
            if ((size_t)d->key[0][i] == c)
                work[k++] = words[i];
        stat_of(work, k, work, &r->text[c].words);
    }
    return CT_OK;
}

/* The groupings: class, each by column, then class x cross column. */
static ct_status groupings_run(ct_eda *r, const ct_eda_options *o, double *const *rates,
                               double *const *work, ct_diag *diag)
{
    ct_eda_data *d = r->data;
    const size_t n = d->n;
    ct_status s = CT_OK;
    for (size_t k = 0; k < d->nkeys && !s; k++) {
        ct_eda_grouping *gr = &r->groupings[k];
        gr->keys[0] = d->keyname[k];
        gr->nkeys = 1;
        s = grouping_run(r, gr, d->key[k], d->nlevels[k], (const char *const *)d->levels[k], NULL,
                         1, rates, work, diag);
    }
    if (s || !o->cross_col)
        return s;
    const size_t kc = 1 + index_of(o->by_cols, o->nby, o->cross_col);
    int32_t *gi = ct_malloc((n ? n : 1) * sizeof *gi);
    if (!gi)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    ct_eda_grouping *gr = &r->groupings[d->nkeys];
    gr->keys[0] = d->keyname[0];
    gr->keys[1] = d->keyname[kc];
    gr->nkeys = 2;
    const size_t nb = d->nlevels[kc];
    for (size_t i = 0; i < n; i++)
        gi[i] = (int32_t)((size_t)d->key[0][i] * nb + (size_t)d->key[kc][i]);
    s = grouping_run(r, gr, gi, d->nlevels[0] * nb, (const char *const *)d->levels[0],
                     (const char *const *)d->levels[kc], nb, rates, work, diag);
    ct_free(gi);
    return s;
}

static ct_status analyse(ct_eda *r, const ct_eda_options *o, const ct_column *text,
                         const size_t *rows, ct_diag *diag)
{
    ct_eda_data *d = r->data;
    const size_t n = d->n, p = r->nmetrics, nr = r->nrates;
    ct_status s = CT_OK;
    /* workspaces: one a column (metrics, rates) and at least two (the text
     * lengths take work[0] and work[1]), rates, ranks */
    double *work[CT_EDA_MAX_METRICS + CT_EDA_MAX_RATES] = {0};
    const size_t nwork = p + nr > 2 ? p + nr : 2;
    double *rates[CT_EDA_MAX_RATES] = {0}, *ranks[CT_EDA_MAX_METRICS] = {0};
    ct_sort_work *sw[CT_EDA_MAX_METRICS] = {0};
    int oom = 0;
    for (size_t c = 0; c < nwork; c++)
        oom |= !(work[c] = ct_malloc((n ? n : 1) * sizeof(double)));
    for (size_t k = 0; k < nr; k++)
        oom |= !(rates[k] = ct_malloc((n ? n : 1) * sizeof(double)));
    for (size_t m = 0; m < p; m++) {
        oom |= !(ranks[m] = ct_malloc((n ? n : 1) * sizeof(double)));
        oom |= !(sw[m] = ct_sort_work_alloc(n));
    }
    if (oom) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    /* rates: numerator / denominator; no rate when the denominator is <= 0 */
    if (nr) {
        const double *den = d->vals[index_of(o->metrics, p, o->rate_denominator)];
        for (size_t k = 0; k < nr; k++) {
            const double *num = d->vals[index_of(o->metrics, p, o->rate_cols[k])];
            for (size_t i = 0; i < n; i++)
                rates[k][i] = den[i] > 0 ? num[i] / den[i] : NAN;
        }
        for (size_t i = 0; i < n; i++) {
            r->rate_den_zero += den[i] == 0;
            r->rate_den_negative += den[i] < 0;
        }
    }
    /* overall summaries and Spearman ranks, one column a thread */
    const long ncol = (long)(p + nr);
    int rank_fail = 0;
#pragma omp parallel for schedule(dynamic, 1)                                                      \
    num_threads(ct_threads()) if (n >= EDA_PARALLEL_MIN_ROWS) reduction(|                          \
                                                                        : rank_fail)
    for (long c = 0; c < ncol; c++) {
        if ((size_t)c < p) {
            memcpy(work[c], d->vals[c], n * sizeof(double));
            stat_of(work[c], n, work[c], &r->overall[c]);
            rank_fail |= ct_sort_ranks(d->vals[c], n, ranks[c], NULL, sw[c]) != CT_OK;
        } else {
            const size_t k = (size_t)c - p;
            memcpy(work[c], rates[k], n * sizeof(double));
            stat_of(work[c], n, work[c], &r->rate_overall[k]);
        }
    }
    if (rank_fail) {
        s = ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "too many rows to rank (%zu)", n);
        goto done;
    }
    outliers_run(r, o->iqr_k);
    pearson_matrix(d->vals, p, n, r->pearson);
    pearson_matrix(ranks, p, n, r->spearman);
    s = groupings_run(r, o, rates, work, diag);
    if (!s && p && (s = class_tests(r, work[0])) == CT_ENOMEM)
        ct_diag_set(diag, s, NULL, 0, 0, "out of memory testing the classes");
    if (!s && text)
        s = text_run(r, text, rows, work[0], work[1], ranks[0], diag);
done:
    for (size_t c = 0; c < nwork; c++)
        ct_free(work[c]);
    for (size_t k = 0; k < nr; k++)
        ct_free(rates[k]);
    for (size_t m = 0; m < p; m++) {
        ct_free(ranks[m]);
        ct_sort_work_free(sw[m]);
    }
    return s;
}

/* Column name empty in every row of f (absent: 0). */
static int all_missing(const ct_frame *f, const char *name)
{
    size_t j;
    return ct_frame_find(f, name, &j, NULL) == CT_OK &&
           ct_column_nmissing(ct_frame_col(f, j)) == ct_frame_nrows(f);
}

/* No row left: the options that keep rows, written after "; " into
 * hint[0..cap) — --dropna=used (unless given) and, for a column eda reads
 * that is empty in every row, --columns, --by or --text without it —
 * with the rows they keep; nothing when none would (the class column
 * empty, no metric left). keep_used: the rows dropping by
 * the columns read keeps. */
static void way_out(const ct_frame *f, const ct_eda_options *o, int by_used, size_t keep_used,
                    char *hint, size_t cap)
{
    if (all_missing(f, o->class_col)) {
        /* an unlabelled file (new reports not yet reviewed): every figure
         * is by class, so no option of the dropping kind keeps a row;
         * before 2026-12-06 the hint named the column and stopped
         * (tests/cli/eda_class_column_empty) */
        snprintf(hint, cap,
                 "; eda gives every figure by its class column: give a labelled file, or name "
                 "another categorical column with --target=COL (as --target=verified_status)");
        return;
    }
    char cols[CT_DIAG_MSG_MAX / 4] = "", by[CT_DIAG_MSG_MAX / 4] = "";
    size_t idx[EDA_MAX_KEYS + 1 + CT_EDA_MAX_METRICS], n = 0, nmet = 0, j;
    int cut_cols = 0, cut_by = 0, cut_text = 0;
    size_t k0 = 0;
    if (ct_frame_find(f, o->class_col, &idx[n], NULL) == CT_OK)
        n++;
    for (size_t k = 0; k < o->nmetrics; k++)
        if (all_missing(f, o->metrics[k]))
            cut_cols = 1;
        else if (ct_frame_find(f, o->metrics[k], &idx[n], NULL) == CT_OK) {
            ct_list_append(cols, sizeof cols, o->metrics[k]);
            n++, nmet++;
        }
    for (size_t k = 0; k < o->nby; k++)
        if (all_missing(f, o->by_cols[k]))
            cut_by = 1;
        else if (ct_frame_find(f, o->by_cols[k], &idx[n], NULL) == CT_OK) {
            ct_list_append(by, sizeof by, o->by_cols[k]);
            n++, k0++;
        }
    if (o->text_col && all_missing(f, o->text_col))
        cut_text = 1;
    else if (o->text_col && ct_frame_find(f, o->text_col, &j, NULL) == CT_OK)
        idx[n++] = j;
    if (nmet < 1 || (by_used && !cut_cols && !cut_by && !cut_text))
        return;
    size_t keep = keep_used;
    if (cut_cols || cut_by || cut_text) {
        uint8_t *m = ct_calloc(ct_frame_nrows(f) ? ct_frame_nrows(f) : 1, 1);
        if (!m)
            return;
        keep = ct_frame_nrows(f) - ct_frame_missing_rows(f, idx, n, m);
        ct_free(m);
    }
    if (!keep)
        return;
    char kb[32], opts[CT_DIAG_MSG_MAX];
    size_t w = 0, nopt = 0;
#define OPT(...)                                                                                   \
    do {                                                                                           \
        const int q_ = snprintf(opts + w, sizeof opts - w, "%s", nopt++ ? " " : "");               \
        w += q_ > 0 ? (size_t)q_ : 0;                                                              \
        const int r_ = w < sizeof opts ? snprintf(opts + w, sizeof opts - w, __VA_ARGS__) : 0;     \
        w += r_ > 0 ? (size_t)r_ : 0;                                                              \
        w = w < sizeof opts ? w : sizeof opts - 1;                                                 \
    } while (0)
    opts[0] = '\0';
    if (!by_used)
        OPT("--dropna=used");
    if (cut_cols)
        OPT("--columns=%s", cols);
    if (cut_by)
        OPT("--by=%s", k0 ? by : "none");
    if (cut_text)
        OPT("--text=none");
#undef OPT
    ct_numfmt_count(kb, sizeof kb, keep);
    /* the options last, nothing glued to them: they are copied */
    snprintf(hint, cap,
             "; eda keeps %s row%s dropping only those missing a column it reads, with %s", kb,
             keep == 1 ? "" : "s", opts);
}

ct_status ct_eda_frame(const ct_frame *f, const ct_eda_options *opt, ct_eda **out, ct_diag *diag)
{
    *out = NULL;
    ct_eda_options def = ct_eda_options_default();
    if (!opt)
        opt = &def;
    const char *msg = ct_eda_options_check(opt);
    if (msg)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", msg);
    const ct_column *key[EDA_MAX_KEYS] = {NULL}, *text = NULL, *met[CT_EDA_MAX_METRICS] = {NULL};
    ct_status s = check_types(f, opt, key, &text, met, diag);
    if (s)
        return s;

    /* df.dropna(): rows without a missing value in any column; with
     * CT_HTEST_DROP_USED, in any column eda reads (df.dropna(subset=...)) */
    const size_t N = ct_frame_nrows(f);
    size_t *rows = ct_malloc((N ? N : 1) * sizeof *rows);
    uint8_t *any = ct_calloc(N ? N : 1, 1);
    size_t used[EDA_MAX_KEYS + 1 + CT_EDA_MAX_METRICS], nused = 0;
    if (!rows || !any) {
        ct_free(rows);
        ct_free(any);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    {
        const char *names[EDA_MAX_KEYS + 1 + CT_EDA_MAX_METRICS];
        size_t nn = key_names(opt, names);
        if (opt->text_col)
            names[nn++] = opt->text_col;
        for (size_t m = 0; m < opt->nmetrics; m++)
            names[nn++] = opt->metrics[m];
        for (size_t k = 0; k < nn; k++) /* every one was found by check_types */
            if (ct_frame_find(f, names[k], &used[nused], NULL) == CT_OK)
                nused++;
    }
    const int by_used = opt->dropna == CT_HTEST_DROP_USED;
    ct_frame_missing_rows(f, by_used ? used : NULL, by_used ? nused : 0, any);
    size_t n = 0;
    for (size_t i = 0; i < N; i++)
        if (!any[i])
            rows[n++] = i;
    /* under df.dropna(), the rows that dropping by the columns eda reads
     * would keep: the way out when none is left */
    const size_t keep_used = by_used ? n : N - ct_frame_missing_rows(f, used, nused, any);
    ct_free(any);
    if (n == 0 && N == 0) {
        ct_free(rows);
        return ct_diag_set(diag, CT_EEMPTY, ct_frame_source(f), 0, 0,
                           "no data rows: the file holds a header only");
    }
    if (n == 0) {
        ct_free(rows);
        char nb[32];
        ct_numfmt_count(nb, sizeof nb, N);
        ct_diag_set(diag, CT_EEMPTY, ct_frame_source(f), 0, 0,
                    by_used ? "no row holds a value in every column eda reads (%s row%s, all "
                              "dropped as df.dropna(subset=[...]) does)"
                            : "no row without a missing value (%s row%s, all dropped as "
                              "df.dropna() does)",
                    nb, N == 1 ? "" : "s");
        if (diag) {
            /* a column eda does not read, empty in every row (comments
             * turned off): dropping by the columns read keeps rows
             * (before 2026-12-04 the hint named the column only, and
             * --columns did not help: tests/cli/eda_dropna_used) */
            size_t w =
                ct_frame_explain_missing(f, diag->hint, sizeof diag->hint) ? strlen(diag->hint) : 0;
            way_out(f, opt, by_used, keep_used, diag->hint + w, sizeof diag->hint - w);
        }
        return CT_EEMPTY;
    }

    ct_eda *r = ct_calloc(1, sizeof *r);
    if (!r || alloc_result(r, opt, n)) {
        ct_free(rows);
        ct_eda_free(r);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    r->rows_in = N;
    r->rows_used = n;
    r->rows_dropped = N - n;
    r->iqr_k = opt->iqr_k;
    ct_eda_data *d = r->data;
    for (size_t m = 0; m < opt->nmetrics; m++) {
        const double *x = ct_column_f64(met[m]);
        for (size_t i = 0; i < n; i++)
            d->vals[m][i] = x[rows[i]];
        const int64_t *xi = ct_column_i64(met[m]);
        if (xi && !s) {
            if (!(d->ivals[m] = ct_malloc((n ? n : 1) * sizeof *d->ivals[m])))
                s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
            else
                for (size_t i = 0; i < n; i++)
                    d->ivals[m][i] = xi[rows[i]];
        }
    }
    for (size_t k = 0; k < d->nkeys && !s; k++)
        s = key_setup(key[k], rows, n, d, k, diag);
    if (!s)
        s = analyse(r, opt, text, rows, diag);
    ct_free(rows);
    if (s) {
        ct_eda_free(r);
        return s;
    }
    *out = r;
    return CT_OK;
}
