/* claimtriage/eda.h — exploratory data analysis of a reports frame, and its
 * Layer: explore (docs/design.md).
 * executive charts.
 *
 * Rows: as the course notebooks do (df.dropna()), every row with a missing
 * value in ANY column is dropped first; rows_dropped says how many.
 *
 * Figures follow pandas 1.5 so they can be checked against it:
 *   grouped summaries   df.groupby(key)[col].agg(['count','mean','median','std'])
 *                       (groups in sorted label order, empty groups omitted;
 *                       std with n-1; median/quartiles linear, numpy type 7)
 *   engagement rates    col / video_view_count per row; a row with 0 views has
 *                       no rate and is left out of the rate medians (rate_count)
 *   outliers            Tukey's rule: x > Q3 + k*IQR (Tukey, Exploratory Data
 *                       Analysis, 1977); the course notebooks' rule:
 *                       x > median + k*IQR; k = 1.5 by default. Quartiles over
 *                       all used rows.
 *   Pearson             df[cols].corr()
 *   Spearman            df[cols].corr(method='spearman'): Pearson of average
 *                       ranks (ties get the mean of their ranks)
 *   text length         characters = Unicode code points (Python len()),
 *                       words = str.split() runs, by class
 *
 * Ownership: a ct_eda owns every string and array in it (names are copies,
 * not pointers into the frame); free it with ct_eda_free(). The frame may be
 * destroyed after ct_eda_frame returns. Thread-safety: ct_eda_frame uses
 * OpenMP over independent columns; a finished ct_eda is read-only and may be
 * shared between threads.
 */
#ifndef CLAIMTRIAGE_EDA_H
#define CLAIMTRIAGE_EDA_H

#include "claimtriage/common.h"
#include "claimtriage/frame.h"
#include "claimtriage/svg.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CT_EDA_MAX_METRICS 16
#define CT_EDA_MAX_RATES 8

typedef struct ct_eda_options {
    const char *class_col;    /* default "claim_status" */
    const char *verified_col; /* default "verified_status" */
    const char *ban_col;      /* default "author_ban_status" */
    const char *text_col;     /* default "video_transcription_text" */
    /* numeric columns summarised, tested for outliers and correlated; default
     * video_duration_sec and the five engagement counts (views, likes,
     * shares, downloads, comments). At most CT_EDA_MAX_METRICS. */
    const char *const *metrics;
    size_t nmetrics;
    const char *views_col; /* denominator of the rates and scatter x; default
                                 "video_view_count" (must be among metrics) */
    const char *likes_col; /* scatter y; default "video_like_count" (among metrics) */
    /* numerators of the engagement rates (among metrics) and their names;
     * default likes, comments, shares, downloads "per view". */
    const char *const *rate_cols;
    const char *const *rate_names;
    size_t nrates;
    double iqr_k;              /* fence multiplier, default 1.5 (> 0) */
    double log_ratio;          /* chart axes go log when min >= 0 and
                                 max >= log_ratio * max(median, 1); default 10 */
    size_t hist_bins;          /* histogram bins, default 30 (5..200) */
    size_t scatter_max_points; /* default CT_SVG_SCATTER_MAX_POINTS */
} ct_eda_options;

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
    size_t *rate_count;    /* [nrates] rows with a defined rate (views > 0) */
} ct_eda_group;

typedef struct ct_eda_grouping {
    const char *keys[2]; /* column names; keys[1] NULL for one key */
    size_t nkeys;
    size_t ngroups;
    ct_eda_group *groups;
} ct_eda_grouping;

/* Order of r->groupings. */
enum {
    CT_EDA_BY_CLASS = 0,
    CT_EDA_BY_VERIFIED = 1,
    CT_EDA_BY_BAN = 2,
    CT_EDA_BY_CLASS_BAN = 3,
    CT_EDA_NGROUPINGS = 4
};

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

typedef struct ct_eda_chart {
    char *file;     /* file name, e.g. "box_video_view_count.svg" */
    char *kind;     /* "histogram", "boxplot", "stacked", "heatmap", "scatter" */
    char *title;    /* the finding, computed from the data */
    char *subtitle; /* what is plotted */
} ct_eda_chart;

typedef struct ct_eda_data ct_eda_data; /* private: the used rows, for charts */

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
    ct_eda_stat *rate_overall; /* [nrates] */
    ct_eda_grouping groupings[CT_EDA_NGROUPINGS];
    ct_eda_outliers *outliers; /* [nmetrics] */
    double *pearson;           /* [nmetrics * nmetrics], row-major */
    double *spearman;          /* [nmetrics * nmetrics] */
    size_t nclasses;
    ct_eda_text *text; /* [nclasses], sorted class labels */
    size_t ncharts;
    ct_eda_chart *charts;
    ct_eda_data *data;
} ct_eda;

/* Analyse frame f. Errors: CT_ECOLUMN (a required column is absent; the
 * message names it), CT_ETYPE (a metric is not numeric, a key column not
 * categorical or the text column not text), CT_EEMPTY (no row without a
 * missing value), CT_EINVAL (bad options), CT_ENOMEM. */
CT_API ct_status ct_eda_frame(const ct_frame *f, const ct_eda_options *opt, ct_eda **out,
                              ct_diag *diag);
CT_API void ct_eda_free(ct_eda *r);

/* Index of metric `name` in r->metrics, or -1. */
CT_API int ct_eda_metric_index(const ct_eda *r, const char *name);
/* A short human name for a column ("video_view_count" -> "views"); the
 * column name itself when there is none. Static or owned by the caller's
 * string; never NULL. */
CT_API const char *ct_eda_pretty(const char *column);

/* Write chart k (0 <= k < r->ncharts) as a standalone SVG document to fp.
 * l may be NULL (default layout). CT_EINVAL for a bad k, CT_EIO, CT_ENOMEM. */
CT_API ct_status ct_eda_chart_write(const ct_eda *r, size_t k, const ct_svg_layout *l, FILE *fp,
                                    ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
