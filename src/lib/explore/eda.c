/* eda.c — exploratory analysis and executive charts (see claimtriage/eda.h).
 *
 * One pass builds the used rows (df.dropna()), the metric columns as
 * contiguous arrays and the key columns as sorted-level indices. Grouped
 * summaries partition the rows by a counting sort on the group index, then
 * each (metric, group) slice is summarised in O(n) by selection
 * (ct_stats_summary). Spearman correlations rank every column once
 * (average ranks for ties, as scipy.stats.rankdata(method='average')) and
 * take Pearson's r of the ranks. Columns are independent, so the per-metric
 * work runs under OpenMP with preallocated workspaces. */
#include "claimtriage/common.h"
#include "claimtriage/eda.h"
#include "claimtriage/csv.h"
#include "claimtriage/inspect.h"
#include "claimtriage/stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EDA_NKEYS 3 /* class, verified, ban */
#define EDA_MAX_LEVELS 64
#define EDA_TITLE_MAX 512
#define EDA_SIMILAR_RATIO 1.1 /* medians within 10%: "about the same" */
#define EDA_UNRELATED_R 0.1   /* |r| below this: "unrelated" */
#define EDA_EVEN_TOL 0.05
/* Below this many rows, threads cost more than they save (thread start-up
 * and spinning dominate a few milliseconds of work). */
#define EDA_PARALLEL_MIN_ROWS 200000
#define EDA_SPLIT_RATIO                                                                            \
    10.0 /* class medians 10x apart: "split in two" */ /* quartiles within 5% of range of a uniform's */

struct ct_eda_data {
    size_t n;                /* used rows */
    double **vals;           /* [nmetrics][n] */
    int32_t *key[EDA_NKEYS]; /* [n] sorted-level index per key column */
    size_t nlevels[EDA_NKEYS];
    char *levels[EDA_NKEYS][EDA_MAX_LEVELS];
    char *keyname[EDA_NKEYS];
    int *log_axis;    /* [nmetrics] */
    int views, likes; /* metric indices */
    size_t hist_bins, scatter_max;
};

static const char *const default_metrics[] = {"video_duration_sec",   "video_view_count",
                                              "video_like_count",     "video_share_count",
                                              "video_download_count", "video_comment_count"};
static const char *const default_rate_cols[] = {"video_like_count", "video_comment_count",
                                                "video_share_count", "video_download_count"};
static const char *const default_rate_names[] = {"likes_per_view", "comments_per_view",
                                                 "shares_per_view", "downloads_per_view"};

ct_eda_options ct_eda_options_default(void)
{
    ct_eda_options o;
    memset(&o, 0, sizeof o);
    o.class_col = "claim_status";
    o.verified_col = "verified_status";
    o.ban_col = "author_ban_status";
    o.text_col = "video_transcription_text";
    o.metrics = default_metrics;
    o.nmetrics = sizeof default_metrics / sizeof default_metrics[0];
    o.views_col = "video_view_count";
    o.likes_col = "video_like_count";
    o.rate_cols = default_rate_cols;
    o.rate_names = default_rate_names;
    o.nrates = sizeof default_rate_cols / sizeof default_rate_cols[0];
    o.iqr_k = 1.5;
    o.log_ratio = 10;
    o.hist_bins = 30;
    o.scatter_max_points = CT_SVG_SCATTER_MAX_POINTS;
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
    if (!o->class_col || !o->verified_col || !o->ban_col || !o->text_col || !o->views_col ||
        !o->likes_col)
        return "class, verified, ban, text, views and likes columns must be named";
    if (!o->metrics || o->nmetrics < 2 || o->nmetrics > CT_EDA_MAX_METRICS)
        return "between 2 and 16 metric columns are needed";
    for (size_t i = 0; i < o->nmetrics; i++)
        if (!o->metrics[i] || in_list(o->metrics[i], o->metrics, i))
            return "metric names must be given and distinct";
    if (!in_list(o->views_col, o->metrics, o->nmetrics) ||
        !in_list(o->likes_col, o->metrics, o->nmetrics))
        return "the views and likes columns must be among the metrics";
    if (o->nrates > CT_EDA_MAX_RATES || (o->nrates && (!o->rate_cols || !o->rate_names)))
        return "at most 8 rates, each with a column and a name";
    for (size_t i = 0; i < o->nrates; i++)
        if (!o->rate_cols[i] || !o->rate_names[i] ||
            !in_list(o->rate_cols[i], o->metrics, o->nmetrics))
            return "every rate column must be among the metrics and named";
    if (!(o->iqr_k > 0) || !isfinite(o->iqr_k))
        return "iqr_k must be a positive number";
    if (!(o->log_ratio >= 1) || !isfinite(o->log_ratio))
        return "log_ratio must be >= 1";
    if (o->hist_bins < 5 || o->hist_bins > 200)
        return "hist_bins must be 5..200";
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
}

const char *ct_eda_pretty(const char *c)
{
    static const char *const map[][2] = {{"video_duration_sec", "duration (s)"},
                                         {"video_view_count", "views"},
                                         {"video_like_count", "likes"},
                                         {"video_share_count", "shares"},
                                         {"video_download_count", "downloads"},
                                         {"video_comment_count", "comments"},
                                         {"claim_status", "claim status"},
                                         {"verified_status", "verified status"},
                                         {"author_ban_status", "author ban status"}};
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strcmp(c, map[i][0]) == 0)
            return map[i][1];
    return c;
}

int ct_eda_metric_index(const ct_eda *r, const char *name)
{
    for (size_t m = 0; r && m < r->nmetrics; m++)
        if (strcmp(r->metrics[m], name) == 0)
            return (int)m;
    return -1;
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
    ct_free(r->overall);
    ct_free(r->rate_overall);
    for (size_t g = 0; g < CT_EDA_NGROUPINGS; g++) {
        ct_eda_grouping *gr = &r->groupings[g];
        for (size_t k = 0; gr->groups && k < gr->ngroups; k++) {
            ct_free(gr->groups[k].metrics);
            ct_free(gr->groups[k].rate_median);
            ct_free(gr->groups[k].rate_count);
        }
        ct_free(gr->groups);
    }
    ct_free(r->outliers);
    ct_free(r->pearson);
    ct_free(r->spearman);
    ct_free(r->text);
    for (size_t k = 0; r->charts && k < r->ncharts; k++) {
        ct_free(r->charts[k].file);
        ct_free(r->charts[k].kind);
        ct_free(r->charts[k].title);
        ct_free(r->charts[k].subtitle);
    }
    ct_free(r->charts);
    ct_eda_data *d = r->data;
    if (d) {
        for (size_t m = 0; d->vals && m < r->nmetrics; m++)
            ct_free(d->vals[m]);
        ct_free(d->vals);
        for (int k = 0; k < EDA_NKEYS; k++) {
            ct_free(d->key[k]);
            ct_free(d->keyname[k]);
            for (size_t l = 0; l < d->nlevels[k]; l++)
                ct_free(d->levels[k][l]);
        }
        ct_free(d->log_axis);
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
 * present levels in sorted order (pandas groupby sort=True, observed). */
static ct_status key_setup(const ct_column *c, const size_t *rows, size_t n, ct_eda_data *d, int k,
                           ct_diag *diag)
{
    const int32_t *codes = ct_column_codes(c);
    const size_t nl = ct_column_nlevels(c);
    char *present = ct_calloc(nl ? nl : 1, 1);
    int32_t *map = ct_malloc((nl ? nl : 1) * sizeof *map);
    d->key[k] = ct_malloc((n ? n : 1) * sizeof *d->key[k]);
    if (!present || !map || !d->key[k]) {
        ct_free(present);
        ct_free(map);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    for (size_t i = 0; i < n; i++)
        present[codes[rows[i]]] = 1;
    const char *names[EDA_MAX_LEVELS];
    size_t np = 0;
    for (size_t l = 0; l < nl; l++)
        if (present[l]) {
            if (np == EDA_MAX_LEVELS) {
                ct_free(present);
                ct_free(map);
                return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                                   "column '%s' has more than %d levels; eda groups by it",
                                   ct_column_name(c), EDA_MAX_LEVELS);
            }
            names[np++] = ct_column_level(c, l);
        }
    /* cppcheck-suppress uninitvar ; names[0..np) are set in the loop above */
    qsort(names, np, sizeof names[0], cmp_str_ptr);
    for (size_t l = 0; l < nl; l++)
        map[l] = -1;
    for (size_t p = 0; p < np; p++) {
        d->levels[k][p] = ct_strdup(names[p]);
        if (!d->levels[k][p]) {
            d->nlevels[k] = p;
            ct_free(present);
            ct_free(map);
            return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        }
        map[ct_column_level_find(c, names[p])] = (int32_t)p;
    }
    d->nlevels[k] = np;
    for (size_t i = 0; i < n; i++)
        d->key[k][i] = map[codes[rows[i]]];
    ct_free(present);
    ct_free(map);
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
#pragma omp parallel for schedule(dynamic, 1) num_threads(ct_threads()) if (n >= EDA_PARALLEL_MIN_ROWS)
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

typedef struct rank_pair {
    uint64_t key; /* the value's bits, mapped so unsigned order is numeric order */
    size_t i;
} rank_pair;

/* IEEE 754 doubles as order-preserving unsigned keys: flip the sign bit of
 * positives, all bits of negatives (-0 and +0 then differ; they are made
 * equal by mapping -0 to +0 first). */
static uint64_t order_key(double v)
{
    uint64_t u;
    if (v == 0)
        v = 0; /* -0 -> +0 */
    memcpy(&u, &v, sizeof u);
    return (u >> 63) ? ~u : u | 0x8000000000000000ULL;
}

/* Average ranks (1-based; ties share the mean of their positions), as
 * scipy.stats.rankdata(method='average') and pandas rank(). The sort is an
 * LSD radix sort on 8-bit digits (Knuth, TAOCP vol. 3, 5.2.5), skipping
 * digits on which every key agrees: O(n) per column. tmp holds 2n pairs. */
static void average_ranks(const double *x, size_t n, rank_pair *tmp, double *rank)
{
    rank_pair *a = tmp, *b = tmp + n;
    uint64_t all_or = 0, all_and = ~0ULL;
    for (size_t i = 0; i < n; i++) {
        a[i].key = order_key(x[i]);
        a[i].i = i;
        all_or |= a[i].key;
        all_and &= a[i].key;
    }
    for (int shift = 0; shift < 64; shift += 8) {
        if ((((all_or ^ all_and) >> shift) & 0xFF) == 0)
            continue; /* every key has the same digit here */
        size_t cnt[257] = {0};
        for (size_t i = 0; i < n; i++)
            cnt[((a[i].key >> shift) & 0xFF) + 1]++;
        for (int d = 0; d < 256; d++)
            cnt[d + 1] += cnt[d];
        for (size_t i = 0; i < n; i++)
            b[cnt[(a[i].key >> shift) & 0xFF]++] = a[i];
        rank_pair *t = a;
        a = b;
        b = t;
    }
    for (size_t lo = 0; lo < n;) {
        size_t hi = lo + 1;
        while (hi < n && a[hi].key == a[lo].key)
            hi++;
        const double avg = 0.5 * (double)(lo + 1 + hi); /* mean of lo+1 .. hi */
        for (size_t t = lo; t < hi; t++)
            rank[a[t].i] = avg;
        lo = hi;
    }
}

/* Pearson's r of every pair of columns: centred sums of products over the
 * column means (two-pass, as numpy.corrcoef). NaN when a column is constant. */
static void pearson_matrix(double *const *cols, size_t p, size_t n, double *out)
{
    double mean[CT_EDA_MAX_METRICS], ss[CT_EDA_MAX_METRICS];
    for (size_t a = 0; a < p; a++) {
        mean[a] = ct_stats_mean(cols[a], n);
        double s = 0;
        for (size_t i = 0; i < n; i++) {
            const double e = cols[a][i] - mean[a];
            s += e * e;
        }
        ss[a] = s;
    }
    const long npair = (long)(p * p);
#pragma omp parallel for schedule(dynamic, 1) num_threads(ct_threads()) if (n >= EDA_PARALLEL_MIN_ROWS)
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
                s += (cols[a][i] - mean[a]) * (cols[b][i] - mean[b]);
            r = ss[a] > 0 && ss[b] > 0 ? s / sqrt(ss[a] * ss[b]) : NAN;
            if (r > 1)
                r = 1;
            if (r < -1)
                r = -1;
        }
        out[a * p + b] = out[b * p + a] = r;
    }
}

/* ------------------------------------------------------------- charts */

/* Noun phrase and unit for headlines ("video duration", " s"). */
static const char *noun(const char *c)
{
    return strcmp(c, "video_duration_sec") == 0 ? "video duration" : ct_eda_pretty(c);
}
static const char *unit(const char *c) { return strcmp(c, "video_duration_sec") == 0 ? " s" : ""; }

static void cap_first(char *s)
{
    if (s[0] >= 'a' && s[0] <= 'z')
        s[0] = (char)(s[0] - 'a' + 'A');
}

/* Headline numbers: whole numbers from 100 up, else up to 2 decimals. */
static void fmt_n(char *b, size_t n, double v)
{
    ct_svg_fmt_num(b, n, v, fabs(v - round(v)) < 1e-9 || fabs(v) >= 100 ? 0 : fabs(v) < 10 ? 2 : 1);
}

/* A percentage for a headline that never rounds to a false 0% or 100%. */
static void fmt_pct(char *b, size_t n, double pct)
{
    if (pct > 99.5 && pct < 100)
        snprintf(b, n, "over 99%%");
    else if (pct > 0 && pct < 0.5)
        snprintf(b, n, "under 1%%");
    else
        snprintf(b, n, "%.0f%%", pct);
}

/* Ratio for a headline: "~101x" from 10 up, "3.2x" below. */
static void fmt_ratio(char *b, size_t n, double ratio)
{
    if (ratio >= 10)
        snprintf(b, n, "~%.0fx", ratio);
    else
        snprintf(b, n, "%.1fx", ratio);
}

static int add_chart(ct_eda *r, const char *file, const char *kind, const char *title,
                     const char *subtitle)
{
    ct_eda_chart *c = &r->charts[r->ncharts];
    c->file = ct_strdup(file);
    c->kind = ct_strdup(kind);
    c->title = ct_strdup(title);
    c->subtitle = ct_strdup(subtitle);
    r->ncharts++;
    return c->file && c->kind && c->title && c->subtitle ? 0 : -1;
}

static const char *class_label(const ct_eda *r, size_t k) { return r->data->levels[0][k]; }

/* Histogram finding: skewed metrics by their median and upper quartile,
 * even ones by range, others by median and middle half. */
static void title_hist(const ct_eda *r, size_t m, char *t, size_t tn, char *sub, size_t sn)
{
    const ct_eda_stat *s = &r->overall[m];
    const char *p = ct_eda_pretty(r->metrics[m]);
    char a[48], b[48], c[48], used[48];
    fmt_n(a, sizeof a, s->median);
    fmt_n(b, sizeof b, s->q3);
    fmt_n(used, sizeof used, (double)r->rows_used);
    const double range = s->max - s->min;
    if (r->data->log_axis[m]) {
        const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
        size_t hi = 0, lo = 0;
        for (size_t k = 1; k < gr->ngroups; k++) {
            if (gr->groups[k].metrics[m].median > gr->groups[hi].metrics[m].median)
                hi = k;
            if (gr->groups[k].metrics[m].median < gr->groups[lo].metrics[m].median)
                lo = k;
        }
        const double mh = gr->groups[hi].metrics[m].median, ml = gr->groups[lo].metrics[m].median;
        if (gr->ngroups > 1 && mh >= EDA_SPLIT_RATIO * fmax(ml, 1)) {
            char x[48], y[48];
            fmt_n(x, sizeof x, ml);
            fmt_n(y, sizeof y, mh);
            snprintf(t, tn, "%s split in two: %s videos have a median of %s, %s videos %s", p,
                     gr->groups[lo].labels[0], x, gr->groups[hi].labels[0], y);
        } else {
            snprintf(t, tn,
                     "%s are highly skewed: half of videos have under %s, but a quarter "
                     "have over %s",
                     p, a, b);
        }
        cap_first(t);
        snprintf(sub, sn,
                 "Videos by number of %s, %s videos, stacked by %s. Horizontal axis on "
                 "a log scale.",
                 p, used, ct_eda_pretty(r->data->keyname[0]));
        return;
    }
    const int even = range > 0 && fabs((s->q1 - s->min) / range - 0.25) < EDA_EVEN_TOL &&
                     fabs((s->median - s->min) / range - 0.5) < EDA_EVEN_TOL &&
                     fabs((s->q3 - s->min) / range - 0.75) < EDA_EVEN_TOL;
    fmt_n(b, sizeof b, s->min);
    fmt_n(c, sizeof c, s->max);
    const char *u = unit(r->metrics[m]);
    if (even) {
        snprintf(t, tn, "%s is spread evenly from %s to %s%s (median %s%s)", noun(r->metrics[m]), b,
                 c, u, a, u);
        cap_first(t);
    } else {
        char q1[48];
        fmt_n(q1, sizeof q1, s->q1);
        fmt_n(b, sizeof b, s->q3);
        snprintf(t, tn,
                 "Half of videos have %s under %s%s; the middle half lie between %s and %s%s",
                 noun(r->metrics[m]), a, u, q1, b, u);
    }
    snprintf(sub, sn, "Videos by %s, %s videos, stacked by %s.", p, used,
             ct_eda_pretty(r->data->keyname[0]));
}

/* Box plot finding: the class with the highest median against the lowest. */
static void title_box(const ct_eda *r, size_t m, char *t, size_t tn, char *sub, size_t sn)
{
    const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
    const char *p = ct_eda_pretty(r->metrics[m]);
    size_t hi = 0, lo = 0;
    for (size_t k = 1; k < gr->ngroups; k++) {
        if (gr->groups[k].metrics[m].median > gr->groups[hi].metrics[m].median)
            hi = k;
        if (gr->groups[k].metrics[m].median < gr->groups[lo].metrics[m].median)
            lo = k;
    }
    if (hi == lo && gr->ngroups > 1)
        lo = hi == 0 ? 1 : 0;
    const double mh = gr->groups[hi].metrics[m].median, ml = gr->groups[lo].metrics[m].median;
    char a[48], b[48], ratio[32], H[128], L[128];
    fmt_n(a, sizeof a, mh);
    fmt_n(b, sizeof b, ml);
    snprintf(H, sizeof H, "%s", gr->groups[hi].labels[0]);
    snprintf(L, sizeof L, "%s", gr->groups[lo].labels[0]);
    if (gr->ngroups < 2 || hi == lo || (ml > 0 && mh / ml < EDA_SIMILAR_RATIO)) {
        char P[64];
        const char *u = unit(r->metrics[m]);
        snprintf(P, sizeof P, "%s", noun(r->metrics[m]));
        cap_first(P);
        if (gr->ngroups < 2)
            snprintf(t, tn, "%s: median %s%s for %s videos", P, a, u, H);
        else
            snprintf(t, tn, "%s is about the same for %s and %s videos (median %s vs %s%s)", P, H,
                     L, a, b, u);
    } else if (ml <= 0) {
        cap_first(H);
        snprintf(t, tn, "%s videos have far more %s than %s videos (median %s vs %s)", H, p, L, a,
                 b);
    } else {
        cap_first(H);
        fmt_ratio(ratio, sizeof ratio, mh / ml);
        snprintf(t, tn, "%s videos get %s the %s of %s videos (median %s vs %s)", H, ratio, p, L, a,
                 b);
    }
    snprintf(sub, sn,
             "Distribution of %s by %s%s. Box: middle half of videos; line: median; "
             "whiskers: 1.5 IQR.",
             p, ct_eda_pretty(r->data->keyname[0]), r->data->log_axis[m] ? ", log scale" : "");
}

/* Share of class 0 within each level of key k (1 = verified, 2 = ban). */
static void title_stack(const ct_eda *r, int k, char *t, size_t tn, char *sub, size_t sn)
{
    const ct_eda_data *d = r->data;
    double share[EDA_MAX_LEVELS] = {0}, tot[EDA_MAX_LEVELS] = {0};
    for (size_t i = 0; i < d->n; i++) {
        tot[d->key[k][i]] += 1;
        share[d->key[k][i]] += d->key[0][i] == 0;
    }
    size_t hi = 0, lo = 0;
    for (size_t l = 0; l < d->nlevels[k]; l++) {
        share[l] = tot[l] > 0 ? 100 * share[l] / tot[l] : 0;
        if (share[l] > share[hi])
            hi = l;
        if (share[l] < share[lo])
            lo = l;
    }
    char C[128];
    snprintf(C, sizeof C, "%ss", class_label(r, 0));
    cap_first(C);
    snprintf(t, tn, "%s make up %.0f%% of videos by %s authors vs %.0f%% by %s authors", C,
             share[hi], d->levels[k][hi], share[lo], d->levels[k][lo]);
    snprintf(sub, sn, "Share of videos in each %s by %s.", ct_eda_pretty(d->keyname[0]),
             ct_eda_pretty(d->keyname[k]));
}

static void title_corr(const ct_eda *r, const double *c, const char *method, const char *sym,
                       char *t, size_t tn, char *sub, size_t sn)
{
    const size_t p = r->nmetrics;
    size_t ba = 0, bb = 1, weak = 0;
    double best = -1, weakest = INFINITY;
    for (size_t a = 0; a < p; a++) {
        double mx = 0;
        for (size_t b = 0; b < p; b++) {
            if (a == b || isnan(c[a * p + b]))
                continue;
            mx = fmax(mx, fabs(c[a * p + b]));
            if (b > a && fabs(c[a * p + b]) > best) {
                best = fabs(c[a * p + b]);
                ba = a;
                bb = b;
            }
        }
        if (mx < weakest) {
            weakest = mx;
            weak = a;
        }
    }
    char A[64];
    snprintf(A, sizeof A, "%s", noun(r->metrics[ba]));
    cap_first(A);
    if (weakest < EDA_UNRELATED_R)
        snprintf(t, tn,
                 "%s and %s move together most (%s = %.2f); %s is unrelated to the rest "
                 "(|%s| < %.2f)",
                 A, noun(r->metrics[bb]), sym, c[ba * p + bb], noun(r->metrics[weak]), sym,
                 EDA_UNRELATED_R);
    else
        snprintf(t, tn, "%s and %s move together most (%s = %.2f)", A, noun(r->metrics[bb]), sym,
                 c[ba * p + bb]);
    snprintf(sub, sn,
             "%s correlation between every pair of numeric columns (-1 to +1; 0 = no "
             "link).",
             method);
}

static double pow10_near(double v) { return v > 0 ? pow(10, round(log10(v))) : 1; }

static void title_scatter(const ct_eda *r, char *t, size_t tn, char *sub, size_t sn)
{
    const ct_eda_data *d = r->data;
    const size_t p = r->nmetrics, vx = (size_t)d->views, vy = (size_t)d->likes;
    const double rho = r->spearman[vx * p + vy];
    const double thr = pow10_near(r->overall[vx].median);
    size_t above = 0, above0 = 0, below = 0, below0 = 0;
    for (size_t i = 0; i < d->n; i++) {
        if (d->vals[vx][i] > thr) {
            above++;
            above0 += d->key[0][i] == 0;
        } else {
            below++;
            below0 += d->key[0][i] == 0;
        }
    }
    char th[32], shown[32], used[32], C[128], pa[32], pb[32];
    ct_svg_fmt_tick(th, sizeof th, thr, 1);
    snprintf(C, sizeof C, "%ss", class_label(r, 0));
    fmt_pct(pa, sizeof pa, above ? 100.0 * (double)above0 / (double)above : 0);
    fmt_pct(pb, sizeof pb, below ? 100.0 * (double)below0 / (double)below : 0);
    snprintf(t, tn,
             "%s rise with %s (Spearman %.2f); %s of videos with over %s %s are %s, vs %s "
             "below",
             ct_eda_pretty(r->metrics[vy]), ct_eda_pretty(r->metrics[vx]), rho, pa, th,
             ct_eda_pretty(r->metrics[vx]), C, pb);
    cap_first(t);
    const size_t nshow = ct_svg_scatter_shown(d->n, d->scatter_max);
    ct_svg_fmt_num(shown, sizeof shown, (double)nshow, 0);
    ct_svg_fmt_num(used, sizeof used, (double)d->n, 0);
    if (nshow < d->n)
        snprintf(sub, sn,
                 "Each dot is a video (%s of %s, evenly sampled), coloured by %s. Both "
                 "axes on a log scale.",
                 shown, used, ct_eda_pretty(d->keyname[0]));
    else
        snprintf(sub, sn, "Each dot is a video (%s), coloured by %s. Both axes on a log scale.",
                 used, ct_eda_pretty(d->keyname[0]));
}

static ct_status build_charts(ct_eda *r, ct_diag *diag)
{
    const size_t p = r->nmetrics;
    r->charts = ct_calloc(2 * p + 5, sizeof *r->charts);
    if (!r->charts)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    char t[EDA_TITLE_MAX], s[EDA_TITLE_MAX], file[300];
    int bad = 0;
    for (size_t m = 0; m < p; m++) {
        title_hist(r, m, t, sizeof t, s, sizeof s);
        snprintf(file, sizeof file, "hist_%s.svg", r->metrics[m]);
        bad |= add_chart(r, file, "histogram", t, s);
    }
    for (size_t m = 0; m < p; m++) {
        title_box(r, m, t, sizeof t, s, sizeof s);
        snprintf(file, sizeof file, "box_%s.svg", r->metrics[m]);
        bad |= add_chart(r, file, "boxplot", t, s);
    }
    title_stack(r, 1, t, sizeof t, s, sizeof s);
    bad |= add_chart(r, "stacked_class_by_verified.svg", "stacked", t, s);
    title_stack(r, 2, t, sizeof t, s, sizeof s);
    bad |= add_chart(r, "stacked_class_by_ban.svg", "stacked", t, s);
    title_corr(r, r->pearson, "Pearson", "r", t, sizeof t, s, sizeof s);
    bad |= add_chart(r, "corr_pearson.svg", "heatmap", t, s);
    title_corr(r, r->spearman, "Spearman rank", "rho", t, sizeof t, s, sizeof s);
    bad |= add_chart(r, "corr_spearman.svg", "heatmap", t, s);
    title_scatter(r, t, sizeof t, s, sizeof s);
    bad |= add_chart(r, "scatter_views_likes.svg", "scatter", t, s);
    return bad ? ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory") : CT_OK;
}

/* ------------------------------------------------------------ analysis */

static ct_status check_types(const ct_frame *f, const ct_eda_options *o, const ct_column **key,
                             const ct_column **text, const ct_column **met, ct_diag *diag)
{
    const char *keys[EDA_NKEYS] = {o->class_col, o->verified_col, o->ban_col};
    ct_status s;
    for (int k = 0; k < EDA_NKEYS; k++) {
        if ((s = find_col(f, keys[k], &key[k], diag)))
            return s;
        if (ct_column_type(key[k]) != CT_TYPE_CATEGORY)
            return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0,
                               "column '%s' is %s; eda groups by it and needs it categorical",
                               keys[k], ct_type_name(ct_column_type(key[k])));
    }
    if ((s = find_col(f, o->text_col, text, diag)))
        return s;
    if (ct_column_type(*text) != CT_TYPE_TEXT && ct_column_type(*text) != CT_TYPE_CATEGORY)
        return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0, "column '%s' is %s, not text", o->text_col,
                           ct_type_name(ct_column_type(*text)));
    for (size_t m = 0; m < o->nmetrics; m++) {
        if ((s = find_col(f, o->metrics[m], &met[m], diag)))
            return s;
        if (!ct_column_is_numeric(met[m]))
            return ct_diag_set(diag, CT_ETYPE, NULL, 0, 0, "column '%s' is %s, not numeric",
                               o->metrics[m], ct_type_name(ct_column_type(met[m])));
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

/* Allocate the result's arrays; 0 on success. */
static int alloc_result(ct_eda *r, const ct_eda_options *o, size_t n)
{
    const size_t p = o->nmetrics;
    r->metrics = ct_calloc(p, sizeof *r->metrics);
    r->overall = ct_calloc(p, sizeof *r->overall);
    r->rate_names = ct_calloc(o->nrates + 1, sizeof *r->rate_names);
    r->rate_cols = ct_calloc(o->nrates + 1, sizeof *r->rate_cols);
    r->rate_overall = ct_calloc(o->nrates + 1, sizeof *r->rate_overall);
    r->outliers = ct_calloc(p, sizeof *r->outliers);
    r->pearson = ct_calloc(p * p, sizeof *r->pearson);
    r->spearman = ct_calloc(p * p, sizeof *r->spearman);
    r->data = ct_calloc(1, sizeof *r->data);
    if (!r->metrics || !r->overall || !r->rate_names || !r->rate_cols || !r->rate_overall ||
        !r->outliers || !r->pearson || !r->spearman || !r->data)
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
    ct_eda_data *d = r->data;
    d->n = n;
    d->vals = ct_calloc(p, sizeof *d->vals);
    d->log_axis = ct_calloc(p, sizeof *d->log_axis);
    if (!d->vals || !d->log_axis)
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
        size_t len = 0;
        const char *s = ct_column_str(text, rows[i], &len);
        chars[i] = s ? (double)ct_utf8_length(s, len) : NAN;
        words[i] = s ? (double)ct_text_words(s, len) : NAN;
    }
    r->nclasses = d->nlevels[0];
    r->text = ct_calloc(r->nclasses ? r->nclasses : 1, sizeof *r->text);
    if (!r->text)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t c = 0; c < r->nclasses; c++) {
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

static ct_status analyse(ct_eda *r, const ct_eda_options *o, const ct_column *text,
                         const size_t *rows, ct_diag *diag)
{
    ct_eda_data *d = r->data;
    const size_t n = d->n, p = r->nmetrics, nr = r->nrates;
    ct_status s = CT_OK;
    /* workspaces: one a column (metrics, rates), rates, ranks */
    double *work[CT_EDA_MAX_METRICS + CT_EDA_MAX_RATES] = {0};
    double *rates[CT_EDA_MAX_RATES] = {0}, *ranks[CT_EDA_MAX_METRICS] = {0};
    rank_pair *tmp[CT_EDA_MAX_METRICS] = {0};
    int oom = 0;
    for (size_t c = 0; c < p + nr; c++)
        oom |= !(work[c] = ct_malloc((n ? n : 1) * sizeof(double)));
    for (size_t k = 0; k < nr; k++)
        oom |= !(rates[k] = ct_malloc((n ? n : 1) * sizeof(double)));
    for (size_t m = 0; m < p; m++) {
        oom |= !(ranks[m] = ct_malloc((n ? n : 1) * sizeof(double)));
        oom |= !(tmp[m] = ct_malloc((n ? 2 * n : 1) * sizeof(rank_pair)));
    }
    if (oom) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    /* engagement rates: numerator / views; no rate when views == 0 */
    const size_t vcol = (size_t)d->views;
    for (size_t k = 0; k < nr; k++) {
        const double *num = d->vals[index_of(o->metrics, p, o->rate_cols[k])];
        for (size_t i = 0; i < n; i++)
            rates[k][i] = d->vals[vcol][i] > 0 ? num[i] / d->vals[vcol][i] : NAN;
    }
    /* overall summaries and Spearman ranks, one column a thread */
    const long ncol = (long)(p + nr);
#pragma omp parallel for schedule(dynamic, 1) num_threads(ct_threads()) if (n >= EDA_PARALLEL_MIN_ROWS)
    for (long c = 0; c < ncol; c++) {
        if ((size_t)c < p) {
            memcpy(work[c], d->vals[c], n * sizeof(double));
            stat_of(work[c], n, work[c], &r->overall[c]);
            average_ranks(d->vals[c], n, tmp[c], ranks[c]);
        } else {
            const size_t k = (size_t)c - p;
            memcpy(work[c], rates[k], n * sizeof(double));
            stat_of(work[c], n, work[c], &r->rate_overall[k]);
        }
    }
    for (size_t m = 0; m < p; m++) {
        const ct_eda_stat *st = &r->overall[m];
        d->log_axis[m] = st->min >= 0 && st->max >= o->log_ratio * fmax(st->median, 1);
    }
    outliers_run(r, o->iqr_k);
    pearson_matrix(d->vals, p, n, r->pearson);
    pearson_matrix(ranks, p, n, r->spearman);

    /* groupings: class, verified, ban, class x ban */
    int32_t *gi = ct_malloc((n ? n : 1) * sizeof *gi);
    if (!gi) {
        s = ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
        goto done;
    }
    for (int k = 0; k < EDA_NKEYS && !s; k++) {
        ct_eda_grouping *gr = &r->groupings[k];
        gr->keys[0] = d->keyname[k];
        gr->nkeys = 1;
        s = grouping_run(r, gr, d->key[k], d->nlevels[k], (const char *const *)d->levels[k], NULL,
                         1, rates, work, diag);
    }
    if (!s) {
        ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS_BAN];
        gr->keys[0] = d->keyname[0];
        gr->keys[1] = d->keyname[2];
        gr->nkeys = 2;
        const size_t nb = d->nlevels[2];
        for (size_t i = 0; i < n; i++)
            gi[i] = (int32_t)((size_t)d->key[0][i] * nb + (size_t)d->key[2][i]);
        s = grouping_run(r, gr, gi, d->nlevels[0] * nb, (const char *const *)d->levels[0],
                         (const char *const *)d->levels[2], nb, rates, work, diag);
    }
    ct_free(gi);
    if (!s)
        s = text_run(r, text, rows, work[0], work[1], ranks[0], diag);
    if (!s)
        s = build_charts(r, diag);
done:
    for (size_t c = 0; c < p + nr; c++)
        ct_free(work[c]);
    for (size_t k = 0; k < nr; k++)
        ct_free(rates[k]);
    for (size_t m = 0; m < p; m++) {
        ct_free(ranks[m]);
        ct_free(tmp[m]);
    }
    return s;
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
    const ct_column *key[EDA_NKEYS] = {NULL}, *text = NULL, *met[CT_EDA_MAX_METRICS] = {NULL};
    ct_status s = check_types(f, opt, key, &text, met, diag);
    if (s)
        return s;

    /* df.dropna(): rows without a missing value in any column */
    const size_t N = ct_frame_nrows(f);
    size_t *rows = ct_malloc((N ? N : 1) * sizeof *rows);
    uint8_t *any = ct_calloc(N ? N : 1, 1);
    if (!rows || !any) {
        ct_free(rows);
        ct_free(any);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    ct_frame_missing_rows(f, NULL, 0, any);
    size_t n = 0;
    for (size_t i = 0; i < N; i++)
        if (!any[i])
            rows[n++] = i;
    ct_free(any);
    if (n == 0) {
        ct_free(rows);
        return ct_diag_set(diag, CT_EEMPTY, ct_frame_source(f), 0, 0,
                           "no row without a missing value (%zu rows, all dropped as "
                           "df.dropna() does)",
                           N);
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
    }
    d->views = (int)index_of(opt->metrics, opt->nmetrics, opt->views_col);
    d->likes = (int)index_of(opt->metrics, opt->nmetrics, opt->likes_col);
    d->hist_bins = opt->hist_bins;
    d->scatter_max = opt->scatter_max_points;
    for (int k = 0; k < EDA_NKEYS && !s; k++)
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

/* ------------------------------------------------------- chart writing */

static ct_status write_hist(const ct_eda *r, size_t m, const ct_eda_chart *ch,
                            const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    const ct_eda_data *d = r->data;
    size_t nb = d->hist_bins;
    const size_t ng = d->nlevels[0];
    const int lg = d->log_axis[m];
    const double *x = d->vals[m];
    const double lo = r->overall[m].min, hi = r->overall[m].max;
    double *edges = ct_malloc((nb + 1) * sizeof *edges);
    double *counts = ct_calloc(nb * (ng ? ng : 1), sizeof *counts);
    if (!counts || !edges) {
        ct_free(edges);
        ct_free(counts);
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    }
    /* equal-width bins, in log10(1 + x) on a log axis; whole-number data on
     * a linear axis get whole-number bins centred on the values, so no bin
     * holds more distinct values than its neighbour (no false dips) */
    int whole = 1;
    for (size_t i = 0; whole && i < d->n; i++)
        whole = x[i] == floor(x[i]);
    double t0 = lg ? 0 : lo, t1 = lg ? log10(1 + hi) : (hi > lo ? hi : lo + 1);
    if (whole && !lg) {
        const double width = ceil((hi - lo + 1) / (double)nb);
        nb = (size_t)ceil((hi - lo + 1) / width);
        t0 = lo - 0.5;
        t1 = t0 + width * (double)nb;
    }
    size_t ne = 0;
    for (size_t b = 0; b <= nb; b++) {
        const double t = t0 + (t1 - t0) * (double)b / (double)nb;
        double e = lg ? pow(10, t) - 1 : t;
        /* whole numbers on a log axis: edges on half-integers, so every bin
         * holds at least one possible value */
        if (lg && whole)
            e = b == 0 ? 0 : floor(e) + 0.5;
        if (b == nb)
            e = fmax(e, lg ? hi + 0.5 : e);
        if (ne == 0 || e > edges[ne - 1])
            edges[ne++] = e;
    }
    nb = ne - 1;
    for (size_t i = 0; i < d->n; i++) {
        /* the bin whose [lower, upper) holds x; the last bin is closed */
        size_t a = 0, z = nb;
        while (z - a > 1) {
            const size_t mid = (a + z) / 2;
            if (x[i] >= edges[mid])
                a = mid;
            else
                z = mid;
        }
        counts[a * ng + (size_t)d->key[0][i]] += 1;
    }
    ct_svg_histogram h;
    memset(&h, 0, sizeof h);
    h.text.title = ch->title;
    h.text.subtitle = ch->subtitle;
    h.text.xlabel = ct_eda_pretty(r->metrics[m]);
    h.text.ylabel = "number of videos";
    h.text.note = "Rows with a missing value dropped first (as df.dropna()).";
    h.nbins = nb;
    h.edges = edges;
    h.ngroups = ng;
    h.counts = counts;
    h.group_names = (const char *const *)d->levels[0];
    h.log_x = lg;
    ct_status s = ct_svg_write_histogram(fp, l, &h, diag);
    ct_free(counts);
    ct_free(edges);
    return s;
}

static ct_status write_box(const ct_eda *r, size_t m, const ct_eda_chart *ch,
                           const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    const ct_eda_data *d = r->data;
    const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
    ct_svg_box boxes[EDA_MAX_LEVELS];
    size_t nbox = gr->ngroups;
    const double *x = d->vals[m];
    for (size_t k = 0; k < nbox; k++) {
        const ct_eda_stat *st = &gr->groups[k].metrics[m];
        const double iqr = st->q3 - st->q1, flo = st->q1 - r->iqr_k * iqr,
                     fhi = st->q3 + r->iqr_k * iqr;
        /* Tukey's whiskers: most extreme values inside the fences */
        double wl = st->q1, wh = st->q3;
        size_t out = 0;
        for (size_t i = 0; i < d->n; i++) {
            if ((size_t)d->key[0][i] != k)
                continue;
            if (x[i] < flo || x[i] > fhi)
                out++;
            else {
                wl = fmin(wl, x[i]);
                wh = fmax(wh, x[i]);
            }
        }
        boxes[k].label = gr->groups[k].labels[0];
        boxes[k].n = st->count;
        boxes[k].n_outliers = out;
        boxes[k].lo = wl;
        boxes[k].q1 = st->q1;
        boxes[k].median = st->median;
        boxes[k].q3 = st->q3;
        boxes[k].hi = wh;
    }
    char note[256];
    size_t tot = 0;
    for (size_t k = 0; k < nbox; k++)
        tot += boxes[k].n_outliers;
    char num[32];
    ct_svg_fmt_num(num, sizeof num, (double)tot, 0);
    if (tot)
        snprintf(note, sizeof note,
                 "%s videos beyond the whiskers (Tukey's 1.5 IQR rule) are not "
                 "drawn. Rows with a missing value dropped first.",
                 num);
    else
        snprintf(note, sizeof note,
                 "No video lies beyond the whiskers (Tukey's 1.5 IQR rule). "
                 "Rows with a missing value dropped first.");
    ct_svg_boxplot b;
    memset(&b, 0, sizeof b);
    b.text.title = ch->title;
    b.text.subtitle = ch->subtitle;
    b.text.ylabel = ct_eda_pretty(r->metrics[m]);
    b.text.note = note;
    b.nboxes = nbox;
    b.boxes = boxes;
    b.log_y = d->log_axis[m];
    return ct_svg_write_boxplot(fp, l, &b, diag);
}

static ct_status write_stack(const ct_eda *r, int k, const ct_eda_chart *ch, const ct_svg_layout *l,
                             FILE *fp, ct_diag *diag)
{
    const ct_eda_data *d = r->data;
    const size_t nb = d->nlevels[k], ns = d->nlevels[0];
    double *counts = ct_calloc(nb * ns + 1, sizeof *counts);
    if (!counts)
        return ct_diag_set(diag, CT_ENOMEM, NULL, 0, 0, "out of memory");
    for (size_t i = 0; i < d->n; i++)
        counts[(size_t)d->key[k][i] * ns + (size_t)d->key[0][i]] += 1;
    ct_svg_stacked s;
    memset(&s, 0, sizeof s);
    s.text.title = ch->title;
    s.text.subtitle = ch->subtitle;
    s.text.xlabel = "share of videos";
    s.text.note = "Rows with a missing value dropped first (as df.dropna()).";
    s.nbars = nb;
    s.nsegs = ns;
    s.bar_names = (const char *const *)d->levels[k];
    s.seg_names = (const char *const *)d->levels[0];
    s.counts = counts;
    ct_status st = ct_svg_write_stacked(fp, l, &s, diag);
    ct_free(counts);
    return st;
}

static ct_status write_heat(const ct_eda *r, const double *c, const ct_eda_chart *ch,
                            const ct_svg_layout *l, FILE *fp, ct_diag *diag)
{
    const char *labels[CT_EDA_MAX_METRICS];
    for (size_t m = 0; m < r->nmetrics; m++)
        labels[m] = ct_eda_pretty(r->metrics[m]);
    ct_svg_heatmap h;
    memset(&h, 0, sizeof h);
    h.text.title = ch->title;
    h.text.subtitle = ch->subtitle;
    h.text.note = "Orange: rise together; blue: one rises as the other falls. Rows with a "
                  "missing value dropped first.";
    h.n = r->nmetrics;
    h.labels = labels;
    h.values = c;
    return ct_svg_write_heatmap(fp, l, &h, diag);
}

static ct_status write_scatter(const ct_eda *r, const ct_eda_chart *ch, const ct_svg_layout *l,
                               FILE *fp, ct_diag *diag)
{
    const ct_eda_data *d = r->data;
    ct_svg_scatter s;
    memset(&s, 0, sizeof s);
    s.text.title = ch->title;
    s.text.subtitle = ch->subtitle;
    s.text.xlabel = ct_eda_pretty(r->metrics[d->views]);
    s.text.ylabel = ct_eda_pretty(r->metrics[d->likes]);
    s.text.note = "Rows with a missing value dropped first (as df.dropna()).";
    s.n = d->n;
    s.x = d->vals[d->views];
    s.y = d->vals[d->likes];
    s.group = d->key[0];
    s.ngroups = d->nlevels[0];
    s.group_names = (const char *const *)d->levels[0];
    /* counts span orders of magnitude: log axes whenever the values allow */
    s.log_x = r->overall[d->views].min >= 0;
    s.log_y = r->overall[d->likes].min >= 0;
    s.max_points = d->scatter_max;
    return ct_svg_write_scatter(fp, l, &s, diag);
}

ct_status ct_eda_chart_write(const ct_eda *r, size_t k, const ct_svg_layout *l, FILE *fp,
                             ct_diag *diag)
{
    if (!r || k >= r->ncharts)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no chart %zu", k);
    const ct_eda_chart *ch = &r->charts[k];
    const size_t p = r->nmetrics;
    if (k < p)
        return write_hist(r, k, ch, l, fp, diag);
    if (k < 2 * p)
        return write_box(r, k - p, ch, l, fp, diag);
    switch ((int)(k - 2 * p)) {
    case 0: return write_stack(r, 1, ch, l, fp, diag);
    case 1: return write_stack(r, 2, ch, l, fp, diag);
    case 2: return write_heat(r, r->pearson, ch, l, fp, diag);
    case 3: return write_heat(r, r->spearman, ch, l, fp, diag);
    default: return write_scatter(r, ch, l, fp, diag);
    }
}
