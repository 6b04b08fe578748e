/* eda_titles.c — the headline of each EDA chart: one generic sentence that
 * states what the chart shows, computed from the numbers of a ct_eda (see
 * claimtriage/eda_charts.h). What a row is and how columns are called come
 * in eda_words; nothing here names a column.
 *
 * Rules, so that a title is right on any data: built from the computed
 * facts only (which group is higher, whether any row lies above a
 * threshold); never a share of an empty group; no verb agrees with a
 * column's name (its number is unknown: "Views: ...", "median views is",
 * "X and Y rise together"); label values are quoted, never pluralised
 * ("'claim' videos", "are 'claim'"); no ratio headline on a median of
 * EDA_RATIO_MIN_MEDIAN or less; no data-team jargon (|r|, IQR,
 * df.dropna()) in a title or subtitle: that goes to the footnote. */
#include "report/eda_charts_internal.h"
#include "base/headline.h"
#include "claimtriage/corr.h"
#include "claimtriage/numfmt.h"

#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EDA_SIMILAR_RATIO 1.1 /* medians within 10%: "about the same" */
#define EDA_UNRELATED_R 0.1   /* |r| below this: "unrelated" */
/* A correlation's direction is a headline only when its p-value against no
 * correlation (scipy's pearsonr: ct_corr_pvalue; Spearman's exact
 * permutation p up to 8 rows, else spearmanr's: ct_corr_spearman_pvalue)
 * is below this: -0.15 on 5 rows is chance as often as not, "no clear
 * relation"; so is rho = 1 on 3 rows (p = 1/3; the t approximation's p = 0
 * read "move together most" before 2026-12-03) */
#define EDA_CORR_ALPHA 0.05
/* The classes' medians are compared in a headline ("'claim' videos get
 * 4.5x the views", "split in two") only when the classes' values differ
 * detectably, ct_eda.class_p below this: views that are half under 10,000
 * and half up to 1e6 put the median in the gap, and a 48% vs 52% share of
 * low rows read "4.5x" on labels shuffled at random (before 2026-12-04:
 * tests/cli/eda_classes_not_different) */
#define EDA_CLASS_ALPHA CT_HEADLINE_ALPHA
#define EDA_EVEN_TOL 0.05    /* quartiles within 5% of range of a uniform's */
#define EDA_SPLIT_RATIO 10.0 /* class medians 10x apart: "split in two" */
/* ... and each class's rows this share or more on its side of the gap (the
 * medians' geometric middle): medians 52x apart with 38% of one class in
 * the other's group are not a split by class */
#define EDA_SPLIT_SIDE_SHARE 0.8
#define EDA_RATIO_MIN_MEDIAN 5.0 /* a ratio headline needs the lower median above this */
#define EDA_EVEN_MIN_ROWS 20     /* "spread evenly" needs at least this many rows */
/* Rows a group needs to be compared in a headline (base/headline.h). A
 * smaller group is still drawn, with its n; a title never rests on it. */
static size_t eda_group_min(const ct_eda *r)
{
    return (size_t)ct_headline_group_min((uint64_t)r->rows_used);
}

/* A sentence's first word capitalised, when it is a plain word (ASCII
 * lowercase letters up to a space or the end: a nickname such as "views");
 * a column's own name ("video_view_count", "e\u0301tat") is the data's and
 * is kept as written. */
static int plain_word(const char *s)
{
    size_t i = 0;
    while (s[i] >= 'a' && s[i] <= 'z')
        i++;
    return i > 0 && (s[i] == ' ' || s[i] == '\0');
}

const char *eda_cap(const eda_words *w, char *buf, size_t n, const char *s)
{
    ct_textwidth_snprintf(buf, n, "%s", s);
    for (size_t k = 0; k < w->nraw; k++)
        if (s == w->raw[k]) /* a column named "income" is not "Income" */
            return buf;
    if (plain_word(buf))
        buf[0] = (char)(buf[0] - 'a' + 'A');
    return buf;
}

static void cap_first(char *s)
{
    if (plain_word(s))
        s[0] = (char)(s[0] - 'a' + 'A');
}

static const char *class_label(const ct_eda *r, size_t k)
{
    return ct_eda_key_levels(r, 0, NULL)[k];
}

/* Classes with the highest and the lowest median of metric m among those
 * with at least minn rows; returns how many classes have them. */
static size_t median_extremes(const ct_eda *r, size_t m, size_t minn, size_t *hi, size_t *lo)
{
    const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
    size_t big = 0;
    *hi = *lo = 0;
    for (size_t k = 0; k < gr->ngroups; k++) {
        if (gr->groups[k].n < minn)
            continue;
        if (!big++ || gr->groups[k].metrics[m].median > gr->groups[*hi].metrics[m].median)
            *hi = k;
        if (big == 1 || gr->groups[k].metrics[m].median < gr->groups[*lo].metrics[m].median)
            *lo = k;
    }
    return big;
}

/* A class other than k with at least minn rows (the largest; ties: the
 * earlier): when every class has the same median, the box title's second
 * class, never a 29-row 'Claim' beside 'claim' for sorting first. */
static size_t other_class(const ct_eda_grouping *gr, size_t k, size_t minn)
{
    size_t best = k;
    for (size_t g = 0; g < gr->ngroups; g++)
        if (g != k && gr->groups[g].n >= minn &&
            (best == k || gr->groups[g].n > gr->groups[best].n))
            best = g;
    return best == k ? (k == 0 ? 1 : 0) : best;
}

/* buf without the zeros that end its decimals: "7.5", not "7.50"; "12",
 * not "12.0". */
static void strip_zeros(char *buf)
{
    const char *dot = strchr(buf, '.');
    if (!dot || strpbrk(buf, "eE"))
        return;
    size_t e = strlen(buf);
    while (e > (size_t)(dot - buf) + 1 && buf[e - 1] == '0')
        buf[--e] = '\0';
    if (buf[e - 1] == '.')
        buf[e - 1] = '\0';
}

/* A headline number (ct_numfmt_headline) without the zeros that end its
 * decimals: "7.5 vs 5", not "7.50 vs 5". */
static void eda_num(char *buf, size_t n, double v)
{
    ct_numfmt_headline(buf, n, v);
    strip_zeros(buf);
}

/* A median as eda_num, but half-way between two whole numbers with its .5
 * (ct_numfmt_median), as eda's table and eda.json give it: before
 * 2026-12-05 "median 280,402 vs 7,070" of a median 7070.5
 * (tests/cli/report_median_half_kept) */
static void eda_median(char *buf, size_t n, double v)
{
    ct_numfmt_median(buf, n, v);
    strip_zeros(buf);
}

/* eda_median as a ct_numfmt_pair formatter. */
static size_t eda_median_fmt(char *buf, size_t n, double v)
{
    eda_median(buf, n, v);
    return strlen(buf);
}

/* eda_num as a ct_numfmt_pair formatter. */
static size_t eda_num_fmt(char *buf, size_t n, double v)
{
    eda_num(buf, n, v);
    return strlen(buf);
}

/* Two ends of a range as headline numbers; when the headline's digits
 * make two different values read alike ("between 1.15e+18 and
 * 1.15e+18"), both with the digits that tell them apart (ct_numfmt_pair:
 * one count of digits for both, "9.00719925474099e+15 and
 * 9.00719925474100e+15", not "... and 9.007199254741e+15" as before
 * 2026-12-05). */
static void headline_pair(char *a, size_t an, char *b, size_t bn, double x, double y)
{
    assert(an == bn);
    (void)bn;
    ct_numfmt_pair(a, b, an, x, y, eda_num_fmt);
}

/* Whether two different values x and y read alike as xs and ys. */
static int read_alike(const char *xs, const char *ys, double x, double y)
{
    return x != y && strcmp(xs, ys) == 0;
}

/* The median and the quartiles said together ("half ... under M; the
 * middle half lie between Q1 and Q3"). When the median reads as Q1 or Q3
 * although it differs from it, all three take one count of the digits
 * that tell them apart (ct_numfmt_sci_apart in scientific notation, else
 * ct_numfmt_places_apart), so the median never reads outside the middle
 * half it is said with: before 2026-12-06 counts near 9.007e15 read
 * "under 9.01e+15; the middle half lie between 9.00719925474187e+15 and
 * 9.00719925474188e+15" (tests/cli/eda_hist_median_digits). Otherwise
 * the median as eda_median and the quartiles as headline_pair. q1 NULL:
 * the median and Q3 alone (ct_numfmt_pair). Each buffer n bytes. */
static void median_quartiles(char *med, char *q1, char *q3, size_t n, const ct_eda_stat *s)
{
    char ms[48], a[48], b[48];
    assert(n <= sizeof ms);
    eda_median(med, n, s->median);
    eda_num(ms, sizeof ms, s->median);
    if (!q1) {
        eda_num(q3, n, s->q3);
        if (read_alike(ms, q3, s->median, s->q3))
            ct_numfmt_pair(med, q3, n, s->median, s->q3, eda_num_fmt);
        return;
    }
    headline_pair(q1, n, q3, n, s->q1, s->q3);
    eda_num(a, sizeof a, s->q1);
    eda_num(b, sizeof b, s->q3);
    if (!read_alike(ms, a, s->median, s->q1) && !read_alike(ms, b, s->median, s->q3))
        return;
    const double v[3] = {s->q1, s->median, s->q3};
    char *out[3] = {q1, med, q3};
    if (strpbrk(a, "eE") || strpbrk(ms, "eE") || strpbrk(b, "eE")) {
        const int sig = ct_numfmt_sci_apart(v, 3, CT_NUMFMT_SCI_SIG);
        for (size_t k = 0; k < 3; k++)
            ct_numfmt_sci_at(out[k], n, v[k], sig);
    } else {
        const int dec = ct_numfmt_places_apart(v, 3, 0);
        for (size_t k = 0; k < 3; k++)
            ct_numfmt_places(out[k], n, v[k], dec);
    }
}

/* A column whose middle half is one value (Q1 = Q3 < max or > min: at
 * least half the rows hold it): "half of videos have views under 1,000;
 * the middle half lie between 1,000 and 1,000" would be false (none of
 * that half is under it), so the title says the value they share. */
static void tied_middle(const ct_eda_stat *s, const eda_words *w, size_t m, char *t, size_t tn)
{
    char v[48], lo[48], hi[48], N[EDA_TITLE_MAX];
    eda_median(v, sizeof v, s->median);
    headline_pair(lo, sizeof lo, hi, sizeof hi, s->min, s->max);
    eda_cap(w, N, sizeof N, w->noun[m]);
    const char *u = w->unit[m];
    ct_textwidth_snprintf(t, tn, "%s: at least half of %s have exactly %s%s (all from %s to %s%s)",
                          N, w->many, v, u, lo, hi, u);
}

/* What the middle and the upper quartile of metric m truly split off.
 * "Half of videos have under 0" was false when 200 of 300 rows are 0
 * (none is under it), and "a quarter have over 4" when 22% are (rows
 * tied at the quartile): before 2026-12-04, tests/cli/eda_hist_tied_median.
 * half: "half" when at most the middle row ties the median (as many
 * under it as a half of the rows allows) or the share under it reads 50%,
 * else the share holding at most the median ("67%"); *exact when the
 * median is the minimum (the share then holds exactly it). quarter: "a
 * quarter" when the share over Q3 reads 25%, else that share. */
static void median_shares(const ct_eda *r, size_t m, char *half, size_t hn, int *exact,
                          char *quarter, size_t qn)
{
    const ct_eda_stat *s = &r->overall[m];
    const double *x = ct_eda_values(r, m);
    const size_t n = r->rows_used;
    size_t under = 0, atmost = 0, over = 0;
    for (size_t i = 0; i < n; i++) {
        under += x[i] < s->median;
        atmost += x[i] <= s->median;
        over += x[i] > s->q3;
    }
    *exact = 0;
    char pu[32];
    ct_numfmt_pct_bounded(pu, sizeof pu, 100.0 * (double)under / (double)n);
    if (2 * under + 1 >= n || strcmp(pu, "50%") == 0) {
        ct_textwidth_snprintf(half, hn, "half");
    } else {
        ct_numfmt_pct_bounded(half, hn, 100.0 * (double)atmost / (double)n);
        *exact = s->median == s->min;
    }
    ct_numfmt_pct_bounded(quarter, qn, 100.0 * (double)over / (double)n);
    if (strcmp(quarter, "25%") == 0)
        ct_textwidth_snprintf(quarter, qn, "a quarter");
}

/* 1 when metric m holds exact whole numbers beyond 2^53 that are not all
 * equal (its doubles may be). */
static int exact_values_differ(const ct_eda *r, size_t m)
{
    const int64_t *x = ct_eda_exact_values(r, m);
    for (size_t i = 1; x && i < r->rows_used; i++)
        if (x[i] != x[0])
            return 1;
    return 0;
}

/* Whether exactly two classes fall on either side of the gap between their
 * medians ml < mh: at least EDA_SPLIT_SIDE_SHARE of the low class's rows
 * below the medians' geometric middle (the log axis' middle), and as many
 * of the high class's above it. Never with more than two classes (a third
 * would go unmentioned: before 2026-12-05 "Views split in two: 'active'
 * rows ..., 'banned' rows ..." with 'under review' unnamed and 38% of
 * 'active' rows in the high group: tests/cli/eda_split_needs_sides). */
static int classes_split(const ct_eda *r, size_t m, const char *low, const char *high, double ml,
                         double mh)
{
    const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
    size_t nl = 0;
    const char *const *lv = ct_eda_key_levels(r, 0, &nl);
    const int32_t *key = ct_eda_key_index(r, 0);
    const double *x = ct_eda_values(r, m);
    if (gr->ngroups != 2 || !lv || !key || !x)
        return 0;
    int32_t li = -1, hi = -1;
    for (size_t l = 0; l < nl; l++) {
        if (strcmp(lv[l], low) == 0)
            li = (int32_t)l;
        if (strcmp(lv[l], high) == 0)
            hi = (int32_t)l;
    }
    const double cut = sqrt(fmax(ml, 1) * mh);
    uint64_t nlow = 0, below = 0, nhigh = 0, above = 0;
    for (size_t i = 0; i < r->rows_used; i++) {
        if (key[i] == li) {
            nlow++;
            below += x[i] < cut;
        } else if (key[i] == hi) {
            nhigh++;
            above += x[i] > cut;
        }
    }
    return nlow && nhigh && (double)below >= EDA_SPLIT_SIDE_SHARE * (double)nlow &&
           (double)above >= EDA_SPLIT_SIDE_SHARE * (double)nhigh;
}

/* Histogram finding: skewed metrics by their median and upper quartile,
 * even ones by range, others by median and middle half. */
void eda_title_hist(const ct_eda *r, const eda_words *w, size_t m, char *t, size_t tn, char *sub,
                    size_t sn)
{
    const ct_eda_stat *s = &r->overall[m];
    const char *p = w->name[m];
    char a[48], b[48], c[48], used[48], Many[64], P[EDA_TITLE_MAX];
    eda_median(a, sizeof a, s->median);
    eda_num(b, sizeof b, s->q3);
    eda_num(used, sizeof used, (double)r->rows_used);
    eda_cap(w, Many, sizeof Many, w->many);
    eda_cap(w, P, sizeof P, p);
    const double range = s->max - s->min;
    if (!isfinite(s->min) || !isfinite(s->max) || !isfinite(s->median) || !isfinite(s->q1) ||
        !isfinite(s->q3)) {
        /* "inf" read as a number: the middle and quartiles stay defined
         * while the infinite values are at the ends; the mean (and the
         * standard deviation) are what they take away */
        char N0[EDA_TITLE_MAX];
        eda_cap(w, N0, sizeof N0, w->noun[m]);
        if (isfinite(s->q1) && isfinite(s->q3)) {
            char q1[48], q3[48];
            median_quartiles(a, q1, q3, sizeof a, s);
            ct_textwidth_snprintf(t, tn,
                                  "%s: median %s%s, the middle half between %s and %s%s; some "
                                  "values are infinite, so it has no average",
                                  N0, a, w->unit[m], q1, q3, w->unit[m]);
        } else if (isfinite(s->median)) {
            ct_textwidth_snprintf(t, tn,
                                  "%s: median %s%s; over a quarter of the values are infinite, "
                                  "so its spread and average are not finite",
                                  N0, a, w->unit[m]);
        } else {
            ct_textwidth_snprintf(t, tn,
                                  "%s: about half the values or more are infinite, so its middle, "
                                  "spread and average are not finite",
                                  N0);
        }
        ct_textwidth_snprintf(sub, sn, "%s by %s, %s %s, stacked by %s.", Many, p, used, w->many,
                              w->key_name[0]);
        return;
    }
    if (w->log_axis[m]) {
        const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
        size_t hi, lo;
        const size_t big = median_extremes(r, m, eda_group_min(r), &hi, &lo);
        const double mh = gr->groups[hi].metrics[m].median, ml = gr->groups[lo].metrics[m].median;
        if (big > 1 && hi != lo && mh >= EDA_SPLIT_RATIO * fmax(ml, 1) &&
            !(r->class_p[m] >= EDA_CLASS_ALPHA) &&
            classes_split(r, m, gr->groups[lo].labels[0], gr->groups[hi].labels[0], ml, mh)) {
            char x[48], y[48];
            eda_median(x, sizeof x, ml);
            eda_median(y, sizeof y, mh);
            ct_textwidth_snprintf(t, tn, "%s split in two: '%s' %s have a median of %s, '%s' %s %s",
                                  P, gr->groups[lo].labels[0], w->many, x, gr->groups[hi].labels[0],
                                  w->many, y);
        } else if (s->q1 == s->q3 && s->max > s->min) {
            tied_middle(s, w, m, t, tn);
        } else {
            char half[32], quarter[32];
            int exact;
            median_shares(r, m, half, sizeof half, &exact, quarter, sizeof quarter);
            median_quartiles(a, NULL, b, sizeof a, s);
            ct_textwidth_snprintf(t, tn,
                                  "%s: highly skewed; %s of %s have %s %s, but %s have over %s", P,
                                  half, w->many,
                                  strcmp(half, "half") == 0 ? "under"
                                  : exact                   ? "exactly"
                                                            : "at most",
                                  a, quarter, b);
        }
        ct_textwidth_snprintf(sub, sn,
                              "%s by number of %s, %s %s, stacked by %s. Horizontal axis on "
                              "a log scale.",
                              Many, p, used, w->many, w->key_name[0]);
        return;
    }
    const int even = range > 0 && r->rows_used >= EDA_EVEN_MIN_ROWS &&
                     fabs((s->q1 - s->min) / range - 0.25) < EDA_EVEN_TOL &&
                     fabs((s->median - s->min) / range - 0.5) < EDA_EVEN_TOL &&
                     fabs((s->q3 - s->min) / range - 0.75) < EDA_EVEN_TOL;
    headline_pair(b, sizeof b, c, sizeof c, s->min, s->max);
    const char *u = w->unit[m];
    char N[EDA_TITLE_MAX];
    eda_cap(w, N, sizeof N, w->noun[m]);
    if (range <= 0 && exact_values_differ(r, m)) {
        /* whole numbers beyond 2^53 equal as doubles only: not "every row
         * has" one value */
        ct_textwidth_snprintf(t, tn,
                              "%s: every %s rounds to %s%s as a double; the exact whole numbers "
                              "differ beyond 2^53",
                              N, w->one, a, u);
    } else if (range <= 0) {
        ct_textwidth_snprintf(t, tn, "%s: every %s has %s%s", N, w->one, a, u);
    } else if (s->q1 == s->q3) {
        tied_middle(s, w, m, t, tn);
    } else if (even) {
        ct_textwidth_snprintf(t, tn, "%s: spread evenly from %s to %s%s (median %s%s)", N, b, c, u,
                              a, u);
    } else {
        char q1[48];
        median_quartiles(a, q1, b, sizeof a, s);
        char half[32], quarter[32];
        int exact;
        median_shares(r, m, half, sizeof half, &exact, quarter, sizeof quarter);
        if (strcmp(half, "half") == 0)
            ct_textwidth_snprintf(
                t, tn, "Half of %s have %s under %s%s; the middle half lie between %s and %s%s",
                w->many, w->noun[m], a, u, q1, b, u);
        else
            ct_textwidth_snprintf(
                t, tn, "%s of %s have %s of %s %s%s; the middle half lie between %s and %s%s", half,
                w->many, w->noun[m], exact ? "exactly" : "at most", a, u, q1, b, u);
    }
    ct_textwidth_snprintf(sub, sn, "%s by %s, %s %s, stacked by %s.", Many, p, used, w->many,
                          w->key_name[0]);
}

/* Box plot finding: the class with the highest median against the lowest. */
void eda_title_box(const ct_eda *r, const eda_words *w, size_t m, char *t, size_t tn, char *sub,
                   size_t sn)
{
    const ct_eda_grouping *gr = &r->groupings[CT_EDA_BY_CLASS];
    const char *p = w->name[m];
    size_t hi, lo;
    const size_t big = median_extremes(r, m, eda_group_min(r), &hi, &lo);
    if (big < 2) /* the extremes of all classes, for the sentences that do not compare */
        median_extremes(r, m, 0, &hi, &lo);
    if (hi == lo && gr->ngroups > 1) /* equal medians: another class of the rows it needs */
        lo = other_class(gr, hi, big >= 2 ? eda_group_min(r) : 0);
    const double mh = gr->groups[hi].metrics[m].median, ml = gr->groups[lo].metrics[m].median;
    char a[48], b[48], ratio[32], H[EDA_TITLE_MAX], L[EDA_TITLE_MAX];
    /* side by side: with the digits that tell them apart (ct_numfmt_pair);
     * before 2026-12-05 two medians beyond 2^53 read "9.01e+15 vs 9.01e+15"
     * (tests/cli/eda_box_medians_beyond_2p53) */
    ct_numfmt_pair(a, b, sizeof a, mh, ml, eda_median_fmt);
    ct_textwidth_snprintf(H, sizeof H, "%s", gr->groups[hi].labels[0]);
    ct_textwidth_snprintf(L, sizeof L, "%s", gr->groups[lo].labels[0]);
    const char *u = w->unit[m];
    if (!isfinite(mh) || !isfinite(ml)) { /* infinite values: no ratio, no comparison */
        ct_textwidth_snprintf(
            t, tn,
            "Median %s cannot be compared between '%s' and '%s' %s: some values are infinite",
            w->noun[m], H, L, w->many);
    } else if (gr->ngroups < 2) {
        char P[EDA_TITLE_MAX];
        eda_cap(w, P, sizeof P, w->noun[m]);
        ct_textwidth_snprintf(t, tn, "%s: median %s%s, all %s are '%s'", P, a, u, w->many, H);
    } else if (big < 2) { /* no headline on a group of a few rows: the boxes show their n */
        char P[EDA_TITLE_MAX];
        eda_cap(w, P, sizeof P, w->noun[m]);
        ct_textwidth_snprintf(t, tn, "%s by %s: too few %s to compare medians (a group needs %zu)",
                              P, w->key_name[0], w->many, eda_group_min(r));
    } else if (mh == ml || (ml > 0 && mh / ml < EDA_SIMILAR_RATIO) ||
               (mh < 0 && ml / mh < EDA_SIMILAR_RATIO)) {
        /* within 10% in magnitude, negative medians too (-46.4 vs -48.8 once
         * read "'p' rows have more temp") */
        if (r->class_p[m] < EDA_CLASS_ALPHA) {
            /* the medians agree but the rank test tells the classes apart
             * (whole numbers beyond 2^53 one double apart: "about the same"
             * alone read as "no difference") */
            char pv[32];
            ct_numfmt_g_vs(pv, sizeof pv, r->class_p[m], 3, EDA_CLASS_ALPHA);
            ct_textwidth_snprintf(t, tn,
                                  "Median %s is about the same for '%s' and '%s' %s (%s vs %s%s), "
                                  "but their values differ detectably (%s p = %s)",
                                  w->noun[m], H, L, w->many, a, b, u,
                                  r->class_k == 2 ? "Mann-Whitney" : "Kruskal-Wallis", pv);
        } else
            ct_textwidth_snprintf(t, tn,
                                  "Median %s is about the same for '%s' and '%s' %s (%s vs %s%s)",
                                  w->noun[m], H, L, w->many, a, b, u);
    } else if (r->class_p[m] >= EDA_CLASS_ALPHA) {
        char pv[32];
        ct_numfmt_g_vs(pv, sizeof pv, r->class_p[m], 3, EDA_CLASS_ALPHA);
        ct_textwidth_snprintf(t, tn,
                              "No detectable difference in %s between '%s' and '%s' %s (median "
                              "%s vs %s%s)",
                              w->noun[m], H, L, w->many, a, b, u);
        ct_textwidth_snprintf(sub, sn,
                              "Distribution of %s by %s%s. Box: middle half of %s; line: median; "
                              "whiskers: the usual range. The medians differ, but the classes' "
                              "values overlap as chance would have them (%s p = %s).",
                              p, w->key_name[0], w->log_axis[m] ? ", log scale" : "", w->many,
                              r->class_k == 2 ? "Mann-Whitney" : "Kruskal-Wallis", pv);
        return;
    } else if (ml <= EDA_RATIO_MIN_MEDIAN) {
        /* a ratio over a median this small says little: the medians only */
        ct_textwidth_snprintf(t, tn, "'%s' %s have more %s than '%s' %s (median %s vs %s%s)", H,
                              w->many, p, L, w->many, a, b, u);
    } else {
        ct_numfmt_ratio(ratio, sizeof ratio, mh / ml);
        ct_textwidth_snprintf(t, tn, "'%s' %s get %s the %s of '%s' %s (median %s vs %s%s)", H,
                              w->many, ratio, p, L, w->many, a, b, u);
    }
    ct_textwidth_snprintf(sub, sn,
                          "Distribution of %s by %s%s. Box: middle half of %s; line: median; "
                          "whiskers: the usual range.",
                          p, w->key_name[0], w->log_axis[m] ? ", log scale" : "", w->many);
}

/* Decimals of a share said in a title: 0 from 10% up, 1 below (a
 * share under 10% rounded to a whole percent hides a factor of two:
 * 1.39% and 0.65% both read "1%"). */
static int share_places(double pct) { return pct > 0 && pct < 10 ? 1 : 0; }

/* One share in a title, with share_places' decimals, never a false 0% or
 * 100% (ct_numfmt_pct_within). */
static void share_said(char *buf, size_t n, double pct)
{
    ct_numfmt_pct_within(buf, n, pct, share_places(pct));
}

/* Two shares compared in a title ("X% ..., vs Y% ..."): each with
 * share_places' decimals; where two shares that differ would still read
 * alike, both with the decimals that tell them apart, up to 6
 * (ct_numfmt_pct_within's most). Before 2026-12-06 both were whole
 * percents: "1% of videos by not verified authors are 'claim', vs 1% by
 * verified authors" for 1.39% and 0.65%
 * (tests/cli/eda_stack_shares_apart). */
/* A correlation in a title: two decimals, more while a |r| below 1 would
 * read as a perfect 1 (r = 0.999 read "r = 1.00" before 2026-12-06:
 * tests/cli/eda_corr_title_not_one). */
static void fmt_corr(char *buf, size_t n, double r)
{
    snprintf(buf, n, "%.2f", r);
    if (fabs(r) < 1 && fabs(strtod(buf, NULL)) >= 1)
        ct_numfmt_stat_below1(buf, n, r, 2);
}

static void share_pair(char *a, char *b, size_t n, double pa, double pb)
{
    share_said(a, n, pa);
    share_said(b, n, pb);
    const int da = share_places(pa), db = share_places(pb);
    for (int d = da > db ? da : db; pa != pb && strcmp(a, b) == 0 && d < 6;) {
        d++;
        ct_numfmt_pct_within(a, n, pa, d);
        ct_numfmt_pct_within(b, n, pb, d);
    }
}

/* Share of the headline class (w->hclass: the positive class, else the
 * most frequent; never 'Claim' of 29 rows for sorting first) within each level of key k (k >= 1), compared between
 * the levels with enough rows (eda_group_min); smaller levels are drawn
 * with their n but left out of the headline, and the subtitle says so. */
void eda_title_stack(const ct_eda *r, const eda_words *w, size_t k, char *t, size_t tn, char *sub,
                     size_t sn)
{
    size_t nl = 0;
    const char *const *lev = ct_eda_key_levels(r, k, &nl);
    const int32_t *key = ct_eda_key_index(r, k), *cls = ct_eda_key_index(r, 0);
    double share[CT_EDA_MAX_LEVELS] = {0}, tot[CT_EDA_MAX_LEVELS] = {0};
    for (size_t i = 0; i < r->rows_used; i++) {
        tot[key[i]] += 1;
        share[key[i]] += cls[i] == (int32_t)w->hclass;
    }
    const size_t minn = eda_group_min(r);
    size_t hi = 0, lo = 0, big = 0, small = 0;
    for (size_t l = 0; l < nl; l++) {
        share[l] = tot[l] > 0 ? 100 * share[l] / tot[l] : 0;
        if (tot[l] < (double)minn) {
            small += tot[l] > 0;
            continue;
        }
        if (!big++ || share[l] > share[hi])
            hi = l;
        if (big == 1 || share[l] < share[lo])
            lo = l;
    }
    const char *c0 = class_label(r, w->hclass);
    char ph[32], pl[32], A[EDA_TITLE_MAX], B[EDA_TITLE_MAX];
    share_pair(ph, pl, sizeof ph, share[hi], share[lo]);
    /* how the rows of one level are named: "by verified authors", "with region 'south'" */
    if (w->key_noun[k]) {
        ct_textwidth_snprintf(A, sizeof A, "by %s %s", lev[hi], w->key_noun[k]);
        ct_textwidth_snprintf(B, sizeof B, "by %s %s", lev[lo], w->key_noun[k]);
    } else {
        ct_textwidth_snprintf(A, sizeof A, "with %s '%s'", w->key_name[k], lev[hi]);
        ct_textwidth_snprintf(B, sizeof B, "with '%s'", lev[lo]);
    }
    if (nl < 2) {
        ct_textwidth_snprintf(t, tn, "All %s are %s; %s of them are '%s'", w->many, A, ph, c0);
    } else if (!big) {
        size_t n0 = 0;
        for (size_t i = 0; i < r->rows_used; i++)
            n0 += cls[i] == (int32_t)w->hclass;
        share_said(ph, sizeof ph, 100.0 * (double)n0 / (double)r->rows_used);
        ct_textwidth_snprintf(t, tn,
                              "Every %s has under %zu %s, too few to compare; %s of all %s are "
                              "'%s'",
                              w->key_name[k], minn, w->many, ph, w->many, c0);
    } else if (big == 1 && small == 1) {
        /* the one other level by name: before 2026-12-06 "every other
         * verified status has under 10 videos" of one other status
         * (tests/cli/eda_stack_one_small_level) */
        size_t o = 0;
        for (size_t l = 0; l < nl; l++)
            if (tot[l] > 0 && tot[l] < (double)minn)
                o = l;
        ct_textwidth_snprintf(t, tn, "%s of %s %s are '%s'; '%s' has under %zu %s", ph, w->many, A,
                              c0, lev[o], minn, w->many);
    } else if (big == 1) {
        ct_textwidth_snprintf(t, tn, "%s of %s %s are '%s'; every other %s has under %zu %s", ph,
                              w->many, A, c0, w->key_name[k], minn, w->many);
    } else if (share[hi] == share[lo] && !small) {
        ct_textwidth_snprintf(t, tn, "%s of %s are '%s', whatever their %s", ph, w->many, c0,
                              w->key_name[k]);
    } else if (share[hi] == share[lo]) {
        ct_textwidth_snprintf(t, tn, "%s of %s are '%s' in every %s with %zu or more %s", ph,
                              w->many, c0, w->key_name[k], minn, w->many);
    } else {
        ct_textwidth_snprintf(t, tn, "%s of %s %s are '%s', vs %s %s", ph, w->many, A, c0, pl, B);
    }
    cap_first(t);
    if (small && big && nl > 1)
        ct_textwidth_snprintf(sub, sn,
                              "Share of %s in each %s by %s. The headline compares only groups "
                              "of %zu or more %s.",
                              w->many, w->key_name[0], w->key_name[k], minn, w->many);
    else
        ct_textwidth_snprintf(sub, sn, "Share of %s in each %s by %s.", w->many, w->key_name[0],
                              w->key_name[k]);
}

/* The pair of metrics most correlated, and a metric unrelated to all. A
 * column none of whose correlations is defined (the same value in every
 * row, or infinite values) is said to be so, by name, and takes no part in
 * the headline: "none of the others moves with X" would be false of it.
 * Two metrics or more: one has no pair (ct_eda_charts_build lists no heat
 * map of it). */
void eda_title_corr(const ct_eda *r, const eda_words *w, const double *c, const char *method,
                    const char *sym, char *t, size_t tn, char *sub, size_t sn)
{
    const size_t p = r->nmetrics;
    assert(p >= 2);
    size_t ba = 0, bb = 1, weak = 0, defined = 0, nundef = 0, undef = 0;
    double best = -1, weakest = INFINITY;
    for (size_t a = 0; a < p; a++) {
        double mx = 0;
        size_t defs = 0;
        for (size_t b = 0; b < p; b++) {
            if (a == b || isnan(c[a * p + b]))
                continue;
            defs++;
            defined += b > a;
            mx = fmax(mx, fabs(c[a * p + b]));
            if (b > a && fabs(c[a * p + b]) > best) {
                best = fabs(c[a * p + b]);
                ba = a;
                bb = b;
            }
        }
        if (!defs && p > 1) {
            if (!nundef++)
                undef = a;
            continue;
        }
        if (mx < weakest) {
            weakest = mx;
            weak = a;
        }
    }
    char A[EDA_TITLE_MAX], rv[32], und[EDA_TITLE_MAX] = "";
    eda_cap(w, A, sizeof A, w->noun[ba]);
    const double v = c[ba * p + bb];
    if (nundef) {
        const ct_eda_stat *u = &r->overall[undef];
        const int constant = isfinite(u->min) && u->min == u->max;
        char more[64] = "";
        if (nundef > 1)
            ct_textwidth_snprintf(more, sizeof more, " (and %zu other column%s)", nundef - 1,
                                  nundef > 2 ? "s" : "");
        ct_textwidth_snprintf(und, sizeof und, "%s%s %s: %s correlations are undefined",
                              w->noun[undef], more,
                              constant ? "is the same in every row" : "has infinite values",
                              nundef > 1 ? "their" : "its");
    }
    if (!defined) { /* every pair undefined (constant or infinite values): nothing to say */
        ct_textwidth_snprintf(
            t, tn, "No %s correlation is defined here (constant or infinite values)", method);
    } else if (best < EDA_UNRELATED_R) {
        ct_textwidth_snprintf(
            t, tn, "No two of these columns move together (%s between %.2f and %.2f)%s%s", sym,
            -EDA_UNRELATED_R, EDA_UNRELATED_R, *und ? "; " : "", und);
    } else if (!((c == r->spearman ? ct_corr_spearman_pvalue(v, r->rows_used)
                                   : ct_corr_pvalue(v, r->rows_used))
                     .p < EDA_CORR_ALPHA)) {
        /* the strongest pair could be chance on these rows: no direction */
        char nr[32];
        ct_numfmt_count(nr, sizeof nr, r->rows_used);
        fmt_corr(rv, sizeof rv, v);
        ct_textwidth_snprintf(t, tn,
                              "No clear relation between these columns on %s row%s "
                              "(strongest %s = %s)%s%s",
                              nr, r->rows_used == 1 ? "" : "s", sym, rv, *und ? "; " : "", und);
    } else {
        char pair[EDA_TITLE_MAX];
        fmt_corr(rv, sizeof rv, v);
        ct_textwidth_snprintf(pair, sizeof pair, "%s and %s %s (%s = %s)", A, w->noun[bb],
                              v > 0 ? "move together most" : "move most in opposite directions",
                              sym, rv);
        if (*und) /* the undefined column first: a title has room for one more clause */
            ct_textwidth_snprintf(t, tn, "%s; %s", pair, und);
        else if (weakest < EDA_UNRELATED_R && p > 2)
            ct_textwidth_snprintf(t, tn, "%s; none of the others moves with %s", pair,
                                  w->noun[weak]);
        else
            ct_textwidth_snprintf(t, tn, "%s", pair);
    }
    ct_textwidth_snprintf(sub, sn,
                          "%s correlation between every pair of numeric columns (-1 to +1; 0 = no "
                          "link).",
                          method);
}

static double pow10_near(double v) { return v > 0 ? pow(10, round(log10(v))) : 1; }

/* Rows of x above thr, and those of class c among them and below. */
static void split_at(const double *x, const int32_t *cls, int32_t c, size_t n, double thr,
                     size_t *above, size_t *above0, size_t *below, size_t *below0)
{
    *above = *above0 = *below = *below0 = 0;
    for (size_t i = 0; i < n; i++) {
        if (x[i] > thr) {
            (*above)++;
            *above0 += cls[i] == c;
        } else {
            (*below)++;
            *below0 += cls[i] == c;
        }
    }
}

/* Scatter finding: the rank correlation, and the share of the headline
 * class (w->hclass) above
 * and below a threshold (the power of ten nearest the x median, else the
 * median itself) when enough rows (eda_group_min) lie on each side. */
void eda_title_scatter(const ct_eda *r, const eda_words *w, char *t, size_t tn, char *sub,
                       size_t sn)
{
    const size_t p = r->nmetrics, vx = w->sx, vy = w->sy, n = r->rows_used;
    const double *x = ct_eda_values(r, vx);
    const int32_t *cls = ct_eda_key_index(r, 0);
    const double rho = r->spearman[vx * p + vy];
    char rs[48];
    fmt_corr(rs, sizeof rs, rho);
    double thr = pow10_near(r->overall[vx].median);
    size_t above, above0, below, below0;
    /* each side needs enough rows for its share to be a headline */
    const size_t minn = eda_group_min(r);
    split_at(x, cls, (int32_t)w->hclass, n, thr, &above, &above0, &below, &below0);
    if (above < minn || below < minn) {
        thr = r->overall[vx].median;
        split_at(x, cls, (int32_t)w->hclass, n, thr, &above, &above0, &below, &below0);
    }
    char th[32], shown[32], used[32], pa[32], pb[32], Y[EDA_TITLE_MAX], rel[EDA_TITLE_MAX];
    eda_cap(w, Y, sizeof Y, w->name[vy]);
    if (isnan(rho)) /* a constant column has no rank correlation: no bare nan, no made-up 0 */
        ct_textwidth_snprintf(rel, sizeof rel,
                              "%s and %s: their rank correlation is undefined (a constant "
                              "column)",
                              Y, w->name[vx]);
    else if (fabs(rho) < EDA_UNRELATED_R)
        ct_textwidth_snprintf(rel, sizeof rel, "%s and %s are unrelated (Spearman %.2f)", Y,
                              w->name[vx], rho);
    else if (!(ct_corr_spearman_pvalue(rho, n).p < EDA_CORR_ALPHA)) { /* could be chance */
        char nr[32];
        ct_numfmt_count(nr, sizeof nr, n);
        ct_textwidth_snprintf(rel, sizeof rel,
                              "%s and %s: no clear relation on %s row%s "
                              "(Spearman %s)",
                              Y, w->name[vx], nr, n == 1 ? "" : "s", rs);
    } else
        ct_textwidth_snprintf(rel, sizeof rel, "%s and %s %s (Spearman %s)", Y, w->name[vx],
                              rho > 0 ? "rise together" : "move in opposite directions", rs);
    size_t ncls = 0;
    ct_eda_key_levels(r, 0, &ncls);
    if (above >= minn && below >= minn && ncls > 1) {
        ct_numfmt_tick(th, sizeof th, thr, 1);
        share_pair(pa, pb, sizeof pa, 100.0 * (double)above0 / (double)above,
                   100.0 * (double)below0 / (double)below);
        /* "with age over 49", not "with over 49 age": the column's name
         * before its threshold reads for any column, not only counts */
        ct_textwidth_snprintf(t, tn, "%s; %s of %s with %s over %s are '%s', vs %s below", rel, pa,
                              w->many, w->name[vx], th, class_label(r, w->hclass), pb);
    } else {
        ct_textwidth_snprintf(t, tn, "%s", rel);
    }
    const size_t nshow = ct_svg_scatter_shown(n, w->scatter_max);
    ct_numfmt_fixed(shown, sizeof shown, (double)nshow, 0);
    ct_numfmt_fixed(used, sizeof used, (double)n, 0);
    /* the axes are logarithmic only where the values allow
     * (eda_scatter_log_axis): say which */
    const int lx = eda_scatter_log_axis(r, vx), ly = eda_scatter_log_axis(r, vy);
    char axes[EDA_TITLE_MAX];
    if (lx && ly)
        ct_textwidth_snprintf(axes, sizeof axes, "Both axes on a log scale.");
    else if (lx || ly)
        ct_textwidth_snprintf(axes, sizeof axes,
                              "%s on a log scale, %s on a linear one (it has negative values).",
                              w->name[lx ? vx : vy], w->name[lx ? vy : vx]);
    else
        ct_textwidth_snprintf(axes, sizeof axes,
                              "Both axes linear (both columns have negative values).");
    if (nshow < n)
        ct_textwidth_snprintf(sub, sn,
                              "Each dot is a %s (%s of %s, evenly sampled), coloured by %s. %s",
                              w->one, shown, used, w->key_name[0], axes);
    else
        ct_textwidth_snprintf(sub, sn, "Each dot is a %s (%s), coloured by %s. %s", w->one, used,
                              w->key_name[0], axes);
}
