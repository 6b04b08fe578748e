/* claimtriage/svg.h — standalone SVG charts for people who read conclusions.
 * Layer: report (docs/design.md).
 *
 * Five chart kinds: histogram (optionally stacked by group, optional log
 * axis), box plot by group, 100%-stacked horizontal bars, correlation heat
 * map and scatter (deterministically sampled when rows are many). Every chart
 * carries:
 *   - a title that states the finding (the caller computes it from data),
 *     wrapped to the width, and a smaller subtitle saying what is plotted;
 *   - labelled axes with readable ticks ("Nice numbers for graph labels",
 *     Heckbert, Graphics Gems, 1990), thousands separators, K/M/B/T
 *     suffixes and then "1e15" (claimtriage/numfmt.h); tick labels thinned
 *     to every k-th when they would overlap, and kept inside the canvas;
 *   - a legend above the plot area wherever colour carries meaning, so it
 *     never covers data, wrapped to more rows when it is wider than the
 *     canvas;
 *   - class, level and column names cut in the middle with an ellipsis
 *     where they would overlap or leave the canvas (the whole name in a
 *     <title> tooltip); a box plot's median labels beside the boxes when
 *     they fit, else under them; stacked bars taller than the layout asks
 *     when their bars would get under 24 px; a footnote of up to 2 lines;
 *   - the Okabe–Ito colour-blind-safe palette (Okabe & Ito, "Color Universal
 *     Design", 2002) and a green–white–purple diverging scale for correlations;
 *   - <title> and <desc> elements and role="img" for screen readers;
 *   - every string XML-escaped (& < > " ' and control characters dropped).
 * Coordinates are written with one decimal in the C locale, so the same
 * input gives the same bytes.
 *
 * Log axes place a value v at log10(1 + v) so zero counts stay on the chart;
 * they require v >= 0.
 *
 * Ownership: every pointer in a spec is borrowed for the duration of the call.
 * Output goes to a caller-owned FILE (not closed). Errors: CT_EINVAL for an
 * inconsistent spec (the diag names the field), CT_EIO when a write fails;
 * nothing is allocated. Thread-safety: reentrant.
 */
#ifndef CLAIMTRIAGE_SVG_H
#define CLAIMTRIAGE_SVG_H

#include "claimtriage/common.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Text around every chart. title is required; the others may be NULL. */
typedef struct ct_svg_text {
    const char *title;    /* the finding, one sentence (wrapped to at most 2 lines) */
    const char *subtitle; /* what is plotted: population, scale */
    const char *xlabel;
    const char *ylabel;
    const char *note; /* footnote: method, source */
    const char *desc; /* long description for screen readers; NULL = subtitle */
} ct_svg_text;

/* Canvas size in CSS pixels; default 900 x 560. */
typedef struct ct_svg_layout {
    int width, height;
} ct_svg_layout;
CT_API ct_svg_layout ct_svg_layout_default(void);
/* NULL when valid, else a static message (sizes 320..4000). */
CT_API const char *ct_svg_layout_check(const ct_svg_layout *l);

/* Okabe–Ito palette colour k (cycles after 8), "#RRGGBB", static storage. */
CT_API const char *ct_svg_palette(size_t k);

/* Histogram: nbins bins with edges[0..nbins]; counts is nbins x ngroups
 * (bin-major), stacked bottom-up in group order. With ngroups > 1,
 * group_names labels the legend. colors may be NULL (palette). */
typedef struct ct_svg_histogram {
    ct_svg_text text;
    size_t nbins;
    const double *edges;
    size_t ngroups;
    const double *counts;
    const char *const *group_names;
    const char *const *colors;
    int log_x;
    int whole_x; /* the values are whole numbers: x ticks at whole numbers only */
} ct_svg_histogram;
CT_API ct_status ct_svg_write_histogram(FILE *fp, const ct_svg_layout *l, const ct_svg_histogram *h,
                                        ct_diag *diag);

/* One box: whiskers lo/hi (the most extreme values within 1.5 IQR of the
 * box, Tukey's rule), quartiles and median, n values, n_outliers beyond the
 * whiskers (counted, not drawn). */
typedef struct ct_svg_box {
    const char *label;
    size_t n, n_outliers;
    double lo, q1, median, q3, hi;
} ct_svg_box;
typedef struct ct_svg_boxplot {
    ct_svg_text text;
    size_t nboxes;
    const ct_svg_box *boxes;
    const char *const *colors; /* may be NULL */
    int log_y;
} ct_svg_boxplot;
CT_API ct_status ct_svg_write_boxplot(FILE *fp, const ct_svg_layout *l, const ct_svg_boxplot *b,
                                      ct_diag *diag);

/* 100%-stacked horizontal bars: counts is nbars x nsegs (bar-major). Each
 * bar shows its total; segments wide enough show their percentage. */
typedef struct ct_svg_stacked {
    ct_svg_text text;
    size_t nbars, nsegs;
    const char *const *bar_names;
    const char *const *seg_names;
    const double *counts;
    const char *const *colors; /* may be NULL */
} ct_svg_stacked;
CT_API ct_status ct_svg_write_stacked(FILE *fp, const ct_svg_layout *l, const ct_svg_stacked *s,
                                      ct_diag *diag);

/* Square heat map of values in [-1, 1] (n x n, row-major), values printed in
 * the cells with two decimals; NaN cells are grey and labelled "undefined". */
typedef struct ct_svg_heatmap {
    ct_svg_text text;
    size_t n;
    const char *const *labels;
    const double *values;
} ct_svg_heatmap;
CT_API ct_status ct_svg_write_heatmap(FILE *fp, const ct_svg_layout *l, const ct_svg_heatmap *h,
                                      ct_diag *diag);

/* Scatter of (x[i], y[i]) coloured by group[i] (0..ngroups-1; may be NULL
 * for one group). When n > max_points, a deterministic systematic sample is
 * drawn: row i is kept when floor(i*m/n) differs from floor((i-1)*m/n), i.e.
 * m rows spread evenly over the input order (m = max_points). Points are drawn
 * in row order so no group hides another systematically. */
typedef struct ct_svg_scatter {
    ct_svg_text text;
    size_t n;
    const double *x, *y;
    const int32_t *group;
    size_t ngroups;
    const char *const *group_names;
    const char *const *colors; /* may be NULL */
    int log_x, log_y;
    size_t max_points; /* 0 = CT_SVG_SCATTER_MAX_POINTS */
} ct_svg_scatter;
#define CT_SVG_SCATTER_MAX_POINTS 4000
/* How many points a scatter of n rows draws with max_points (0 = default). */
CT_API size_t ct_svg_scatter_shown(size_t n, size_t max_points);
CT_API ct_status ct_svg_write_scatter(FILE *fp, const ct_svg_layout *l, const ct_svg_scatter *s,
                                      ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
