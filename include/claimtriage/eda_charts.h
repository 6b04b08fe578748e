/* claimtriage/eda_charts.h — the executive charts of an exploratory
 * analysis: which charts a ct_eda calls for, a title for each that states
 * its finding as a plain sentence, and the SVG of each.
 * Layer: report (docs/design.md).
 *
 * The charts of a ct_eda with p metrics, in this order:
 *   p histograms   hist_<metric>.svg, stacked by class; log axis when the
 *                  values are >= 0 and max >= log_ratio * max(median, 1)
 *   p box plots    box_<metric>.svg, one box per class (Tukey's whiskers)
 *   stacked bars   stacked_<class stem>_by_<stem>.svg for each by column:
 *                  the class mix within each of its levels
 *   2 heat maps    corr_pearson.svg, corr_spearman.svg, when p >= 2
 *   a scatter      scatter_<x stem>_<y stem>.svg when scatter_x and
 *                  scatter_y are set and p >= 2 (log axes when values
 *                  are >= 0)
 * With one metric there is no pair: neither heat map nor scatter is
 * listed (the 1x1 matrices stay in the ct_eda).
 *
 * Titles are generic sentences computed from the numbers: which class has
 * the higher median and by how much, how skewed a column is, which columns
 * move together, how the class mix differs between levels. What a row is
 * ("video") and the short names of columns ("views") come from the options
 * (ct_reports_eda_chart_options() gives the reports file's); with none,
 * rows are "rows" and columns go by their names.
 *
 * Ownership: a ct_eda_charts owns its strings and copies what it needs
 * from the options; it does not keep the ct_eda, which is passed again to
 * ct_eda_chart_write (the same one it was built from). Free with
 * ct_eda_charts_free (NULL accepted). Thread-safety: reentrant; a built
 * ct_eda_charts is read-only.
 */
#ifndef CLAIMTRIAGE_EDA_CHARTS_H
#define CLAIMTRIAGE_EDA_CHARTS_H

#include "claimtriage/common.h"
#include "claimtriage/eda.h"
#include "claimtriage/svg.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* How a column is named in charts. Every field but column may be NULL. */
typedef struct ct_chart_label {
    const char *column;     /* the column name */
    const char *name;       /* short name on axes and in titles ("views"); NULL: column */
    const char *noun;       /* noun phrase opening a headline ("video duration"); NULL: name */
    const char *unit;       /* written after its numbers (" s"); NULL: "" */
    const char *stem;       /* file-name part for stacked and scatter charts ("views");
                               NULL: column */
    const char *level_noun; /* what this categorical column's levels describe ("authors"
                               for "verified authors"); NULL: none */
} ct_chart_label;

/* The label of column in labels[0..n), or NULL. */
CT_API const ct_chart_label *ct_chart_label_find(const ct_chart_label *labels, size_t n,
                                                 const char *column);

typedef struct ct_eda_chart_options {
    const ct_chart_label *labels; /* may be NULL */
    size_t nlabels;
    const char *unit;        /* what one row is, for titles: default "row" */
    const char *unit_plural; /* default "rows" */
    const char *scatter_x;   /* metrics of the scatter; both NULL (default): no scatter */
    const char *scatter_y;
    double log_ratio;          /* log axes when max >= log_ratio * max(median, 1); default 10 */
    size_t hist_bins;          /* histogram bins, default 30 (5..200) */
    size_t scatter_max_points; /* default CT_SVG_SCATTER_MAX_POINTS */
    /* the class the titles' shares are of (stacked bars, scatter): this
     * level of the class column when it has the rows a headline needs
     * (docs/eda.md, "Titles"), else (and when NULL, the default) the most
     * frequent class; never the first level by sort order */
    const char *positive;
} ct_eda_chart_options;

CT_API ct_eda_chart_options ct_eda_chart_options_default(void);
/* NULL when valid, else a static message. */
CT_API const char *ct_eda_chart_options_check(const ct_eda_chart_options *o);

typedef struct ct_eda_chart {
    char *file;     /* file name, e.g. "box_video_view_count.svg" */
    char *kind;     /* "histogram", "boxplot", "stacked", "heatmap", "scatter" */
    char *title;    /* the finding, computed from the data */
    char *subtitle; /* what is plotted */
    char *note;     /* NULL, or the sentence saying which levels the chart pools (below) */
} ct_eda_chart;

/* A chart tells apart at most CT_EDA_CHART_MAX_CLASSES classes (the
 * palette's colours: histogram, box plot, scatter, the stacked bars'
 * segments) and CT_EDA_CHART_MAX_BARS levels of a grouping column (the
 * stacked bars). A column with more levels is drawn with the most
 * frequent max - 1 of them (ties: the earlier level), in their usual
 * order, and one last group pooling the rest, named "other (N levels)";
 * the chart's note says so, names the pooled levels, and is written in
 * the chart's footnote. Titles still speak of every level. */
#define CT_EDA_CHART_MAX_CLASSES 8
#define CT_EDA_CHART_MAX_BARS 24

typedef struct ct_eda_charts_priv ct_eda_charts_priv;
typedef struct ct_eda_charts {
    size_t n;
    ct_eda_chart *charts;
    /* the class level the titles' shares are of: options' positive when it
     * has at least headline_group_min analysed rows, else the most frequent
     * class (points into the ct_eda it was built from; NULL: no class) */
    const char *headline_class;
    uint64_t headline_group_min; /* rows a headline group needs */
    ct_eda_charts_priv *priv;    /* what drawing needs: names, axes, choices */
} ct_eda_charts;

/* Choose the charts of r and word their titles. o NULL: defaults.
 * Errors: CT_EINVAL (bad options; a scatter metric not among r's metrics),
 * CT_ENOMEM. *out is NULL on failure. */
CT_API ct_status ct_eda_charts_build(const ct_eda *r, const ct_eda_chart_options *o,
                                     ct_eda_charts **out, ct_diag *diag);
CT_API void ct_eda_charts_free(ct_eda_charts *c);

/* Write chart k (0 <= k < c->n) of c, built from r, as a standalone SVG
 * document to fp. l may be NULL (default layout). Errors: CT_EINVAL (bad k,
 * or r is not the analysis c was built from), CT_EDATA (a metric holding
 * infinite values: no histogram, box or scatter to draw; the hint says how
 * to read them as missing), CT_EIO, CT_ENOMEM, CT_EINTERNAL (a bug: c
 * holds a chart kind this build cannot draw). */
CT_API ct_status ct_eda_chart_write(const ct_eda *r, const ct_eda_charts *c, size_t k,
                                    const ct_svg_layout *l, FILE *fp, ct_diag *diag);

#ifdef __cplusplus
}
#endif
#endif
