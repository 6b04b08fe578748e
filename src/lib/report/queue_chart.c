/* queue_chart.c — the review queue's recall curves as an SVG line chart
 * (claimtriage/queue_chart.h), drawn with the frame and axes of svg.c. */
#include "claimtriage/queue_chart.h"
#include "report/svg_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define QC_MAX_POINTS 500

/* Each order's colour: the queue vermillion (solid), random order blue
 * (dashed), views alone bluish green (a wide dotted band): Okabe & Ito's
 * colour-blind-safe pair for the two lines that overlap where views alone
 * does as well as the queue. Before 2026-12-05 views alone was orange
 * (#E69F00) beside the queue's vermillion, one colour to many readers
 * where the lines overlapped (tests/cli/queue_eval_chart_orders_told_apart). */
static const char *order_color(size_t g) { return ct_svg_palette(g == CT_QORDER_WEIGHT ? 3 : g); }

/* Each order's stroke-dasharray in the legend, as its line is drawn: the
 * queue's solid ("none": a line, not the square of a filled mark). */
static const char *order_dash(size_t g)
{
    return g == CT_QORDER_RANDOM ? "6 4" : g == CT_QORDER_WEIGHT ? "1 6" : "none";
}

/* Whether two recall curves (n + 1 points) are one line. */
static int same_curve(const double *a, const double *b, size_t n)
{
    for (size_t k = 0; k <= n; k++)
        if (!(a[k] == b[k]))
            return 0;
    return 1;
}

ct_status ct_queue_chart_write(FILE *fp, const ct_svg_layout *l, const ct_queue_eval *e,
                               int weighted, const ct_svg_text *text,
                               const char *const names[CT_QORDER_N], ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = svg_check_common(l, text, diag);
    if (s)
        return s;
    if (!e || e->n == 0)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "no queue to chart");
    double *const *curve = weighted ? e->weighted_curve : e->recall_curve;
    if (!isfinite(curve[CT_QORDER_QUEUE][e->n]))
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "the curves are undefined (no positive rows, or no weight)");
    svg_out o = {fp, 0};
    /* an order whose curve is undefined (by weight, with no weight known)
     * is neither drawn nor in the legend */
    svg_legend_item leg[CT_QORDER_CHARTED] = {{0}};
    char same[CT_QORDER_CHARTED][160];
    size_t nleg = 0;
    for (size_t g = 0; g < CT_QORDER_CHARTED; g++)
        if (isfinite(curve[g][e->n])) {
            /* an order whose curve is the queue's at every point lies under
             * it, two lines for three entries: its entry says so. Before
             * 2026-12-06 "views alone" was listed as if drawn apart on the
             * reports file (tests/cli/queue_eval_chart_same_as_queue) */
            leg[nleg].name = names[g];
            if (g != CT_QORDER_QUEUE && same_curve(curve[g], curve[CT_QORDER_QUEUE], e->n)) {
                snprintf(same[g], sizeof same[g], "%s (same as %s)", names[g] ? names[g] : "",
                         names[CT_QORDER_QUEUE] ? names[CT_QORDER_QUEUE] : "");
                leg[nleg].name = same[g];
            }
            /* each line's swatch drawn as the line (before 2026-12-06
             * solid squares beside a dashed and a dotted line:
             * tests/cli/queue_eval_chart_orders_told_apart) */
            leg[nleg].dash = order_dash(g);
            leg[nleg].band = g == CT_QORDER_WEIGHT;
            leg[nleg++].color = order_color(g);
        }
    svg_frame f;
    svg_frame_begin(&o, l, text, leg, nleg, &f);
    svg_axis xa, ya;
    svg_axis_fit(&ya, 0, 100, 0);
    ya.p0 = f.bottom;
    ya.p1 = f.top;
    const double left = svg_y_margin(&ya, text->ylabel);
    svg_axis_fit(&xa, 0, (double)e->n, 0);
    xa.p0 = left + 6;
    xa.p1 = f.W - SVG_PAD - 8;
    svg_draw_y_axis(&o, &ya, left, xa.p1, text->ylabel, SVG_PAD + 12);
    svg_draw_x_axis(&o, &xa, f.bottom, f.top, 1, text->xlabel, f.bottom + 42, f.W);
    /* the capacity, its label inside the plot: a capacity that holds the
     * whole queue (capped at n) is its right edge, and is said so; before
     * 2026-12-05 "capacity" was written from there to the right, cut to
     * "capac" by the chart's edge (tests/cli/queue_eval_chart_whole_queue) */
    const double cx = svg_ax_px(&xa, (double)e->capacity);
    svg_printf(&o,
               "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
               "stroke-dasharray=\"4 4\"/>\n",
               cx, f.top, cx, f.bottom, SVG_MUTED);
    const char *cap = e->capacity >= e->n ? "capacity: the whole queue" : "capacity";
    const int left_of = cx + 4 + svg_text_width(cap, strlen(cap), SVG_TICK_SIZE, 0) > xa.p1;
    /* left of the line, at the foot of the plot: random order's line ends
     * in the top right corner, every order's curve is high by the end */
    svg_text(&o, left_of ? cx - 4 : cx + 4, left_of ? f.bottom - 8 : f.top + 12, SVG_TICK_SIZE,
             left_of ? "end" : "start", SVG_MUTED, NULL, cap);
    const size_t step = (e->n + QC_MAX_POINTS - 1) / QC_MAX_POINTS;
    /* the queue's line last, over views alone's drawn wide and light:
     * where an order finds claims exactly as the queue does (views alone
     * on the reports file), both stay visible, the queue's line inside a
     * band of the other's colour, instead of one hiding the other */
    for (size_t r = 0; r < CT_QORDER_CHARTED; r++) {
        const size_t g = r + 1 < CT_QORDER_CHARTED ? r + 1 : CT_QORDER_QUEUE;
        if (!isfinite(curve[g][e->n]))
            continue;
        svg_printf(&o, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s points=\"",
                   order_color(g), g == CT_QORDER_WEIGHT ? "5\" stroke-opacity=\"0.6" : "2",
                   g == CT_QORDER_RANDOM   ? " stroke-dasharray=\"6 4\""
                   : g == CT_QORDER_WEIGHT ? " stroke-dasharray=\"1 6\" stroke-linecap=\"round\""
                                           : "");
        for (size_t k = 0; k <= e->n; k += step) {
            svg_printf(&o, "%s%.1f,%.1f", k ? " " : "", svg_ax_px(&xa, (double)k),
                       svg_ax_px(&ya, 100 * curve[g][k]));
            if (k + step > e->n && k != e->n)
                svg_printf(&o, " %.1f,%.1f", svg_ax_px(&xa, (double)e->n),
                           svg_ax_px(&ya, 100 * curve[g][e->n]));
        }
        svg_printf(&o, "\"/>\n");
    }
    svg_frame_end(&o, text, &f);
    return svg_finish(&o, diag);
}
