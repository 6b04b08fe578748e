/* claimtriage/eda.h — the numbers of an exploratory analysis of a frame:
 * grouped summaries, rates, outliers, correlations, text lengths.
 * Layer: explore (docs/design.md).
 *
 * Every column it uses is named in the options; nothing here knows a
 * particular file (the reports file's choice of columns is
 * ct_reports_eda_options(), claimtriage/reports_defaults.h). The charts
 * and their headlines are drawn from a finished ct_eda by
 * claimtriage/eda_charts.h (layer report).
 *
 * Rows: as the course notebooks do (df.dropna()), every row with a missing
 * value in ANY column of the frame is dropped first; with dropna
 * CT_HTEST_DROP_USED (test's --dropna=used, claimtriage/htest.h), only a
 * row missing a column named in the options (class, groupings, text,
 * metrics: df.dropna(subset=[...])). rows_dropped says how many.
 *
 * Figures follow pandas 1.5 so they can be checked against it:
 *   grouped summaries   df.groupby(key)[col].agg(['count','mean','median','std'])
 *                       (groups in sorted label order, empty groups omitted;
 *                       std with n-1; median/quartiles linear, numpy type 7)
 *   rates               numerator / denominator per row; a row whose
 *                       denominator is 0 (or below) has no rate and is left
 *                       out of the rate medians (rate_count), counted in
 *                       rate_den_zero / rate_den_negative
 *   outliers            Tukey's rule: x > Q3 + k*IQR (Tukey, Exploratory Data
 *                       Analysis, 1977); the course notebooks' rule:
 *                       x > median + k*IQR; k = 1.5 by default. Quartiles over
 *                       all used rows.
 *   Pearson             df[cols].corr() (one column: [[1]]; NaN where a
 *                       column is constant, as pandas)
 *   Spearman            df[cols].corr(method='spearman'): Pearson of average
 *                       ranks (ties get the mean of their ranks; claimtriage/sort.h)
 *   text length         characters = Unicode code points (Python len()),
 *                       words = str.split() runs, by class (claimtriage/utf8.h)
 *
 * Ownership: a ct_eda owns every string and array in it (names are copies,
 * not pointers into the frame); free it with ct_eda_free(). The frame may be
 * destroyed after ct_eda_frame returns. Thread-safety: ct_eda_frame uses
 * OpenMP over independent columns (ct_threads(); results do not depend on
 * it); a finished ct_eda is read-only and may be shared between threads.
 */
#ifndef CLAIMTRIAGE_EDA_H
#define CLAIMTRIAGE_EDA_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"
#include "claimtriage/htest.h"

#ifdef __cplusplus
extern "C" {
#endif

#define CT_EDA_MAX_METRICS 16
#define CT_EDA_MAX_RATES 8
#define CT_EDA_MAX_BY 4      /* grouping columns besides the class column */
#define CT_EDA_MAX_LEVELS 64 /* observed levels of a grouping column */

typedef struct ct_eda_options {
    /* categorical column of the classes: grouping 0, and the text lengths
     * are given by class. Required. */
    const char *class_col;
    /* more categorical columns, one grouping each, in this order
     * (0..CT_EDA_MAX_BY of them). */
    const char *const *by_cols;
    size_t nby;
    /* NULL, or one of by_cols: adds a last grouping by class_col x cross_col. */
    const char *cross_col;
    /* text column whose lengths are measured by class; NULL for none. */
    const char *text_col;
    /* numeric columns summarised, tested for outliers and correlated
     * (1..CT_EDA_MAX_METRICS, distinct; one column's correlation matrices
     * are the 1x1 [[1]], as pandas' corr() of one column, and no chart is
     * drawn of them: claimtriage/eda_charts.h). */
    const char *const *metrics;
    size_t nmetrics;
    /* rates: rate_cols[k] / rate_denominator per row, named rate_names[k]
     * (0..CT_EDA_MAX_RATES; every column among the metrics). */
    const char *rate_denominator;
    const char *const *rate_cols;
    const char *const *rate_names;
    size_t nrates;
    double iqr_k; /* fence multiplier, default 1.5 (> 0) */
    /* which rows with a missing value are dropped: CT_HTEST_DROP_ALL
     * (default, df.dropna()) or CT_HTEST_DROP_USED (the columns above) */
    ct_htest_dropna dropna;
} ct_eda_options;

/* No columns (a caller names them), iqr_k 1.5. */
CT_API ct_eda_options ct_eda_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_eda_options_check(const ct_eda_options *o);

/* count, mean, std (n-1), min, quartiles (linear), max of a set of values. */
typedef struct ct_eda_stat {
    size_t count;
    double mean, std, min, q1, median, q3, max;
} ct_eda_stat;

typedef struct ct_eda_group {
    const char *labels[2]; /* level text; labels[1] NULL for one-key groupings */
    size_t n;              /* rows in the group */
    ct_eda_stat *metrics;  /* [nmetrics] */
    double *rate_median;   /* [nrates]; NaN when no row has a rate */
    size_t *rate_count;    /* [nrates] rows with a defined rate (denominator > 0) */
} ct_eda_group;

typedef struct ct_eda_grouping {
    const char *keys[2]; /* column names; keys[1] NULL for one key */
    size_t nkeys;
    size_t ngroups;
    ct_eda_group *groups;
} ct_eda_grouping;

/* r->groupings[CT_EDA_BY_CLASS] is by the class column; then one by each
 * of by_cols in order; then class x cross_col when asked for. */
#define CT_EDA_BY_CLASS 0

typedef struct ct_eda_outliers {
    double q1, median, q3, iqr;
    double tukey_fence;  /* Q3 + k*IQR */
    double course_fence; /* median + k*IQR */
    size_t tukey;        /* rows strictly above tukey_fence */
    size_t course;       /* rows strictly above course_fence */
} ct_eda_outliers;

typedef struct ct_eda_text {
    const char *label; /* class level */
    ct_eda_stat chars, words;
} ct_eda_text;

typedef struct ct_eda_data ct_eda_data; /* private: the used rows */

typedef struct ct_eda {
    size_t rows_in;      /* rows in the frame */
    size_t rows_used;    /* rows without a missing value */
    size_t rows_dropped; /* rows_in - rows_used */
    double iqr_k;
    size_t nmetrics;
    char **metrics;       /* column names */
    ct_eda_stat *overall; /* [nmetrics] over all used rows */
    size_t nrates;
    char **rate_names;
    char **rate_cols;          /* numerator column of each rate */
    char *rate_denominator;    /* NULL without rates */
    ct_eda_stat *rate_overall; /* [nrates] */
    size_t ngroupings;
    ct_eda_grouping *groupings;
    ct_eda_outliers *outliers; /* [nmetrics] */
    double *pearson;           /* [nmetrics * nmetrics], row-major */
    double *spearman;          /* [nmetrics * nmetrics] */
    size_t ntext;              /* class levels with text lengths (0 without text_col) */
    ct_eda_text *text;         /* [ntext], sorted class labels */
    /* [nmetrics] p-value of a rank test that metric m has one distribution
     * in every class of the class column (the levels with 2 rows or more):
     * Mann–Whitney U for two classes, Kruskal–Wallis H for more, as
     * scipy's defaults (ct_htest_compare_groups); NaN with fewer than two
     * such classes, or when undefined (every value tied: NaN also for
     * Mann–Whitney, whose scipy p is then 1, since 2026-12-05). A headline
     * compares the classes' medians only below 0.05: two mixtures' medians
     * can differ 4.5x while the classes do not differ at all. */
    double *class_p;
    double *class_log10p; /* [nmetrics] its log10, finite where p underflows to 0 */
    size_t class_k;       /* the classes those tests took: 2 Mann–Whitney, more
                       Kruskal–Wallis; 0 when there was no test */
    ct_eda_data *data;
    /* used rows with no rate, by why: a denominator of 0, or below 0 (a
     * data error such as a sign lost in an export, or a code such as -1);
     * every rate's count plus these two is rows_used */
    size_t rate_den_zero, rate_den_negative;
} ct_eda;

/* Analyse frame f. Errors: CT_ECOLUMN (a required column is absent; the
 * message names it), CT_ETYPE (a metric is not numeric, a key column not
 * categorical or has more than CT_EDA_MAX_LEVELS levels, the text column
 * not text), CT_EEMPTY (no row without a missing value), CT_EINVAL (bad
 * options; opt NULL counts as the defaults, which name no column),
 * CT_ENOMEM. */
CT_API ct_status ct_eda_frame(const ct_frame *f, const ct_eda_options *opt, ct_eda **out,
                              ct_diag *diag);
CT_API void ct_eda_free(ct_eda *r);

/* Index of metric `name` in r->metrics, or -1. */
CT_API int ct_eda_metric_index(const ct_eda *r, const char *name);

/* The used rows (r->rows_used of them, in frame order), for charts:
 * metric m's values; NULL when m >= r->nmetrics. Valid while r lives. */
CT_API const double *ct_eda_values(const ct_eda *r, size_t m);
/* Metric m's exact values in the same rows when it is an int column beyond
 * 2^53 (ct_column_i64), else NULL: such whole numbers can differ where
 * their doubles are equal. Valid while r lives (added 2026-12-05). */
CT_API const int64_t *ct_eda_exact_values(const ct_eda *r, size_t m);
/* Key columns: key 0 is the class column, keys 1..nby the by_cols. */
CT_API size_t ct_eda_nkeys(const ct_eda *r);
/* Key k's column name, its observed levels in sorted order (*nlevels of
 * them) and each used row's index into those levels; NULL when k is out of
 * range. Valid while r lives. */
CT_API const char *ct_eda_key_name(const ct_eda *r, size_t k);
CT_API const char *const *ct_eda_key_levels(const ct_eda *r, size_t k, size_t *nlevels);
CT_API const int32_t *ct_eda_key_index(const ct_eda *r, size_t k);

#ifdef __cplusplus
}
#endif
#endif
