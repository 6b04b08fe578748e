/* html_charts.c — the two charts the executive report draws itself
 * (claimtriage/html.h): horizontal bars (permutation importance) and the
 * reliability diagram (calibration), in the frame and axes of svg.c so they
 * look like every other chart of the tool. */
#include "claimtriage/html.h"
#include "claimtriage/numfmt.h"
#include "report/svg_internal.h"

#include <math.h>
#include <string.h>

#define BARS_MAX 30
#define REL_MAX_BINS 100

/* ------------------------------------------------------------- bars */

ct_status ct_html_write_bars(FILE *fp, const ct_svg_layout *l, const ct_html_bars *b, ct_diag *d)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    if (!b)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no bar chart");
    ct_status s = svg_check_common(l, &b->text, d);
    if (s)
        return s;
    if (b->n == 0 || b->n > BARS_MAX || !b->labels || !b->value)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "a bar chart needs 1..%d labelled values",
                           BARS_MAX);
    /* a negative value (a permutation importance below 0: shuffling the
     * input did not hurt) is drawn left of a zero line, its signed value
     * printed: before 2026-12-03 it was refused and the report drew it as
     * 0.0000 (tests/cli/report_importance_negative_shown). The axis starts
     * at 0 unless a value is below it, so charts of values >= 0 are drawn
     * as before. */
    double hi = 0, lo = 0;
    for (size_t i = 0; i < b->n; i++) {
        const double e = b->err && isfinite(b->err[i]) ? fabs(b->err[i]) : 0;
        if (isfinite(b->value[i])) {
            hi = fmax(hi, b->value[i] + e);
            lo = fmin(lo, b->value[i]);
        }
    }
    if (!(hi > 0) && !(lo < 0))
        hi = 1;
    svg_out o = {fp, 0};
    svg_frame f;
    svg_frame_begin(&o, l, &b->text, NULL, 0, &f);
    double labw = 60;
    for (size_t i = 0; i < b->n; i++)
        labw =
            fmax(labw, svg_text_width(b->labels[i] ? b->labels[i] : "",
                                      b->labels[i] ? strlen(b->labels[i]) : 0, SVG_TICK_SIZE, 0));
    labw = fmin(labw, f.W * 0.42);
    svg_axis xa;
    svg_axis_fit(&xa, lo, hi, 0);
    xa.p0 = SVG_PAD + labw + 10;
    xa.p1 = f.W - SVG_PAD - 60;
    const double bottom = f.bottom;
    const double slot = (bottom - f.top) / (double)b->n, bh = fmin(28, slot * 0.66);
    svg_draw_x_axis(&o, &xa, bottom, f.top, 1, b->text.xlabel, bottom + 42, f.W);
    const int dec = b->value_decimals < 0 ? 0 : b->value_decimals > 6 ? 6 : b->value_decimals;
    for (size_t i = 0; i < b->n; i++) {
        const double yc = f.top + slot * ((double)i + 0.5);
        const char *lab = b->labels[i] ? b->labels[i] : "";
        svg_text(&o, xa.p0 - 8, yc + 4.5, SVG_TICK_SIZE, "end", SVG_INK, NULL, lab);
        char num[48];
        if (!isfinite(b->value[i])) {
            svg_text(&o, xa.p0 + 4, yc + 4.5, SVG_TICK_SIZE, "start", SVG_MUTED, NULL,
                     CT_NUMFMT_UNDEFINED);
            continue;
        }
        const double x1 = svg_ax_px(&xa, b->value[i]), x0 = svg_ax_px(&xa, 0);
        const double left = fmin(x0, x1);
        svg_printf(&o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                   left, yc - bh / 2, fmax(fabs(x1 - x0), 0.5), bh, ct_svg_palette(1));
        double xe = fmax(x0, x1);
        if (b->err && isfinite(b->err[i]) && b->err[i] > 0) {
            const double wlo = svg_ax_px(&xa, fmax(b->value[i] - b->err[i], xa.d0));
            const double whi = svg_ax_px(&xa, b->value[i] + b->err[i]);
            xe = fmax(xe, whi);
            svg_printf(&o,
                       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                       "stroke-width=\"1.5\"/>\n",
                       wlo, yc, whi, yc, SVG_INK);
        }
        ct_numfmt_fixed(num, sizeof num, b->value[i], dec);
        if (b->value[i] != 0 && fabs(b->value[i]) < 0.5 * pow(10, -dec)) {
            /* not 0, but it rounds to 0: never a false 0 (before
             * 2026-12-06 an importance of 1.6e-7 read "0.0000" beside the
             * exact 0s of the other inputs) */
            char one[32];
            ct_numfmt_fixed(one, sizeof one, pow(10, -dec), dec);
            snprintf(num, sizeof num, "%s%s", b->value[i] > 0 ? "<" : ">-", one);
        }
        svg_text(&o, xe + 6, yc + 4.5, SVG_TICK_SIZE, "start", SVG_MUTED, NULL, num);
    }
    svg_frame_end(&o, &b->text, &f);
    return svg_finish(&o, d);
}

/* ------------------------------------------------------ reliability */

ct_status ct_html_write_reliability(FILE *fp, const ct_svg_layout *l, const ct_html_reliability *r,
                                    ct_diag *d)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    if (!r)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no reliability diagram");
    ct_status s = svg_check_common(l, &r->text, d);
    if (s)
        return s;
    if (r->n == 0 || r->n > REL_MAX_BINS || !r->x || !r->y)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "a reliability diagram needs 1..%d bins",
                           REL_MAX_BINS);
    double cmax = 0;
    for (size_t i = 0; i < r->n; i++) {
        if (isnan(r->x[i]) || isnan(r->y[i]))
            continue;
        if (r->x[i] < 0 || r->x[i] > 1 || r->y[i] < 0 || r->y[i] > 1)
            return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "bin %zu lies outside [0, 1]", i + 1);
        if (r->count && isfinite(r->count[i]))
            cmax = fmax(cmax, r->count[i]);
    }
    svg_out o = {fp, 0};
    const svg_legend_item leg[2] = {{"the model's bins", ct_svg_palette(1), NULL, 0},
                                    {"perfect calibration", SVG_MUTED, "6 4", 0}};
    svg_frame f;
    svg_frame_begin(&o, l, &r->text, leg, 2, &f);
    svg_axis xa, ya;
    svg_axis_fit(&ya, 0, 1, 0);
    ya.p0 = f.bottom;
    ya.p1 = f.top;
    const double left = svg_y_margin(&ya, r->text.ylabel);
    svg_axis_fit(&xa, 0, 1, 0);
    xa.p0 = left + 6;
    xa.p1 = f.W - SVG_PAD - 8;
    svg_draw_y_axis(&o, &ya, left, xa.p1, r->text.ylabel, SVG_PAD + 12);
    svg_draw_x_axis(&o, &xa, f.bottom, f.top, 1, r->text.xlabel, f.bottom + 42, f.W);
    /* the model's bins as dots, joined only between neighbouring bins that
     * both hold reports, and the diagonal drawn last, over them, so that it
     * stays visible where the model lies on it. Before 2026-12-06 one line
     * joined every bin that holds reports across the empty ones: on the
     * reports file (bins 1 and 10 of 10 hold reports) it crossed 0.1-0.9,
     * where there are none, over the diagonal, which it hid
     * (test_html.c test_reliability_gaps) */
    for (size_t i = 0; i < r->n;) {
        size_t e = i;
        while (e < r->n && !isnan(r->x[e]) && !isnan(r->y[e]))
            e++;
        if (e - i >= 2) {
            svg_printf(&o, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"",
                       ct_svg_palette(1));
            for (size_t k = i; k < e; k++)
                svg_printf(&o, "%s%.1f,%.1f", k > i ? " " : "", svg_ax_px(&xa, r->x[k]),
                           svg_ax_px(&ya, r->y[k]));
            svg_printf(&o, "\"/>\n");
        }
        i = e > i ? e : i + 1;
    }
    for (size_t i = 0; i < r->n; i++) {
        if (isnan(r->x[i]) || isnan(r->y[i]))
            continue;
        /* area proportional to the bin's rows: radius 3 (empty) to 11 (largest) */
        const double c = r->count && isfinite(r->count[i]) && cmax > 0 ? r->count[i] / cmax : 0;
        svg_printf(&o,
                   "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#ffffff\" "
                   "stroke-width=\"1\"/>\n",
                   svg_ax_px(&xa, r->x[i]), svg_ax_px(&ya, r->y[i]), 3 + 8 * sqrt(c),
                   ct_svg_palette(1));
    }
    svg_printf(&o,
               "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
               "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n",
               svg_ax_px(&xa, 0), svg_ax_px(&ya, 0), svg_ax_px(&xa, 1), svg_ax_px(&ya, 1),
               SVG_MUTED);
    svg_frame_end(&o, &r->text, &f);
    return svg_finish(&o, d);
}
