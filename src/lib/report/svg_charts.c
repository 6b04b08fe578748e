/* svg_charts.c — the five chart kinds (see claimtriage/svg.h): histogram,
 * box plot, 100%-stacked bars, correlation heat map and scatter, each drawn
 * inside the frame of svg.c. */
#include "report/svg_internal.h"
#include "claimtriage/numfmt.h"

#include <math.h>
#include <string.h>

/* ---------------------------------------------------------- histogram */

ct_status ct_svg_write_histogram(FILE *fp, const ct_svg_layout *l, const ct_svg_histogram *h,
                                 ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = svg_check_common(l, &h->text, diag);
    if (s)
        return s;
    if (!h->nbins || !h->edges || !h->counts || !h->ngroups || h->ngroups > 8)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "histogram needs bins, edges, counts and 1..8 groups");
    for (size_t i = 0; i < h->nbins; i++)
        if (!(h->edges[i + 1] > h->edges[i]) || (h->log_x && h->edges[i] < 0))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "histogram edges must increase (and be >= 0 on a log svg_axis)");
    svg_out o = {fp, 0};
    svg_legend_item leg[8];
    size_t nleg = h->ngroups > 1 ? h->ngroups : 0;
    for (size_t g = 0; g < nleg; g++) {
        leg[g].name = h->group_names ? h->group_names[g] : "";
        leg[g].color = svg_color(h->colors, g);
    }
    svg_frame f;
    svg_frame_begin(&o, l, &h->text, leg, nleg, &f);

    double ymax = 0;
    for (size_t i = 0; i < h->nbins; i++) {
        double tot = 0;
        for (size_t g = 0; g < h->ngroups; g++)
            tot += h->counts[i * h->ngroups + g];
        ymax = fmax(ymax, tot);
    }
    svg_axis ya, xa;
    svg_axis_fit(&ya, 0, ymax, 0);
    ya.p0 = f.bottom;
    ya.p1 = f.top;
    const double left = svg_y_margin(&ya, h->text.ylabel);
    svg_axis_fit(&xa, h->edges[0], h->edges[h->nbins], h->log_x);
    if (!h->log_x) { /* the svg_axis spans exactly the binned range */
        size_t kept = 0;
        xa.d0 = h->edges[0];
        xa.d1 = h->edges[h->nbins];
        for (size_t k = 0; k < xa.nt; k++)
            if (xa.ticks[k] >= xa.d0 && xa.ticks[k] <= xa.d1)
                xa.ticks[kept++] = xa.ticks[k];
        xa.nt = kept;
    }
    xa.p0 = left;
    xa.p1 = f.W - SVG_PAD - 8;

    svg_draw_y_axis(&o, &ya, left, xa.p1, h->text.ylabel, SVG_PAD + 12);
    for (size_t i = 0; i < h->nbins; i++) {
        const double x0 = svg_ax_px(&xa, h->edges[i]), x1 = svg_ax_px(&xa, h->edges[i + 1]);
        const double gap = x1 - x0 > 4 ? 1 : 0;
        double acc = 0;
        for (size_t g = 0; g < h->ngroups; g++) {
            const double c = h->counts[i * h->ngroups + g];
            if (c <= 0)
                continue;
            const double y0 = svg_ax_px(&ya, acc), y1 = svg_ax_px(&ya, acc + c);
            svg_printf(&o,
                       "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                       x0 + gap / 2, y1, x1 - x0 - gap, y0 - y1, svg_color(h->colors, g));
            acc += c;
        }
    }
    svg_draw_x_axis(&o, &xa, f.bottom, f.top, 0, h->text.xlabel, f.bottom + 42, f.W);
    svg_frame_end(&o, &h->text, &f);
    return svg_finish(&o, diag);
}

/* ------------------------------------------------------------ boxplot */

/* The first of cands[0..n) no wider than maxw px; the last cut with "…"
 * when none is (into out, cap bytes). */
static void fit_first(char *out, size_t cap, const char *const *cands, size_t n, double size,
                      int bold, double maxw)
{
    for (size_t k = 0; k < n; k++)
        if (maxw <= 0 || svg_text_width(cands[k], strlen(cands[k]), size, bold) <= maxw) {
            snprintf(out, cap, "%s", cands[k]);
            return;
        }
    svg_fit_px(out, cap, cands[n - 1], size, bold, maxw, 0);
}

/* v to three significant digits from 1,000 up (a short label: "502K"). */
static double short_num(double v)
{
    if (!(fabs(v) >= 1000) || !isfinite(v))
        return v;
    const double p = pow(10, floor(log10(fabs(v))) - 2);
    return round(v / p) * p;
}

/* A box's median as its label says it: whole from 100 up, else up to 3
 * decimals (significant digits below what they show); short ("275K") for
 * a slot too narrow for the whole number. */
static void box_median_text(char *out, size_t cap, double median, double size, double maxw)
{
    char whole[64], shortn[64], a[96], b[96];
    if (fabs(median) >= 100)
        ct_numfmt_fixed(whole, sizeof whole, median, 0);
    else
        ct_numfmt_tick(whole, sizeof whole, median, 0);
    ct_numfmt_tick(shortn, sizeof shortn, short_num(median), 1);
    snprintf(a, sizeof a, "median %s", whole);
    snprintf(b, sizeof b, "median %s", shortn);
    const char *cands[] = {a, b, shortn};
    fit_first(out, cap, cands, 3, size, 1, maxw);
}

/* Box plot. Below each box: its label (cut to the slot with "…", whole in
 * a tooltip) and its n. The median's label stands beside the box when
 * every box has room for it inside its own slot (measured, as the tick
 * labels are); else it is a third line under the n, shortened ("median
 * 275K", then "275K") to the slot's width, so no label leaves its slot or
 * the canvas. */
ct_status ct_svg_write_boxplot(FILE *fp, const ct_svg_layout *l, const ct_svg_boxplot *b,
                               ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = svg_check_common(l, &b->text, diag);
    if (s)
        return s;
    if (!b->nboxes || !b->boxes || b->nboxes > 16)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "box plot needs 1..16 boxes");
    double lo = INFINITY, hi = -INFINITY;
    for (size_t k = 0; k < b->nboxes; k++) {
        const ct_svg_box *x = &b->boxes[k];
        if (!(x->lo <= x->q1 && x->q1 <= x->median && x->median <= x->q3 && x->q3 <= x->hi) ||
            (b->log_y && x->lo < 0))
            return ct_diag_set(
                diag, CT_EINVAL, NULL, 0, 0,
                "box %zu: need lo <= q1 <= median <= q3 <= hi (>= 0 on a log svg_axis)", k);
        lo = fmin(lo, x->lo);
        hi = fmax(hi, x->hi);
    }
    svg_out o = {fp, 0};
    svg_frame f;
    svg_frame_begin(&o, l, &b->text, NULL, 0, &f);
    svg_axis ya;
    svg_axis_fit(&ya, b->log_y ? 0 : fmin(lo, 0), hi, b->log_y);
    ya.p1 = f.top;
    ya.p0 = f.bottom - 20; /* room for "n = ..." under the labels */
    const double left = svg_y_margin(&ya, b->text.ylabel), right = f.W - SVG_PAD;
    const double slot = (right - left) / (double)b->nboxes;
    const double bw = fmin(130, slot * 0.42);
    /* the median beside its box when every one fits there */
    int beside = 1;
    for (size_t k = 0; k < b->nboxes && beside; k++) {
        char num[96];
        box_median_text(num, sizeof num, b->boxes[k].median, SVG_LABEL_SIZE, 0);
        beside = 8 + svg_text_width(num, strlen(num), SVG_LABEL_SIZE, 1) + 4 <= (slot - bw) / 2;
    }
    if (!beside)
        ya.p0 -= 17; /* a third line under the n */
    svg_draw_y_axis(&o, &ya, left, right, b->text.ylabel, SVG_PAD + 12);
    const double textw = slot - 12; /* a label's room in its slot, a gap to the next */
    for (size_t k = 0; k < b->nboxes; k++) {
        const ct_svg_box *x = &b->boxes[k];
        const char *col = svg_color(b->colors, k);
        const double cx = left + slot * ((double)k + 0.5);
        const double yl = svg_ax_px(&ya, x->lo), yh = svg_ax_px(&ya, x->hi);
        const double y1 = svg_ax_px(&ya, x->q1), y3 = svg_ax_px(&ya, x->q3),
                     ym = svg_ax_px(&ya, x->median);
        svg_printf(&o,
                   "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                   "stroke-width=\"1.5\"/>\n",
                   cx, yh, cx, y3, SVG_AXIS);
        svg_printf(&o,
                   "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                   "stroke-width=\"1.5\"/>\n",
                   cx, y1, cx, yl, SVG_AXIS);
        for (int e = 0; e < 2; e++)
            svg_printf(&o,
                       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                       "stroke-width=\"1.5\"/>\n",
                       cx - bw / 4, e ? yl : yh, cx + bw / 4, e ? yl : yh, SVG_AXIS);
        svg_printf(&o,
                   "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                   "fill-opacity=\"0.85\" stroke=\"%s\" stroke-width=\"1.2\"/>\n",
                   cx - bw / 2, y3, bw, fmax(y1 - y3, 1), col, SVG_AXIS);
        svg_printf(&o,
                   "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                   "stroke-width=\"3\"/>\n",
                   cx - bw / 2, ym, cx + bw / 2, ym, svg_ink_on(col));
        char num[64], lab[96], nshort[64], nlab[96];
        if (beside) {
            box_median_text(lab, sizeof lab, x->median, SVG_LABEL_SIZE, 0);
            svg_text(&o, cx + bw / 2 + 8, ym + 4.5, SVG_LABEL_SIZE, "start", SVG_INK, "bold", lab);
        } else {
            box_median_text(lab, sizeof lab, x->median, SVG_TICK_SIZE, textw);
            svg_text(&o, cx, ya.p0 + 56, SVG_TICK_SIZE, "middle", SVG_INK, "bold", lab);
        }
        svg_label(&o, cx, ya.p0 + 22, SVG_LABEL_SIZE, "middle", SVG_INK, "bold", x->label, textw,
                  0);
        ct_numfmt_fixed(num, sizeof num, (double)x->n, 0);
        ct_numfmt_tick(nshort, sizeof nshort, short_num((double)x->n), 1);
        snprintf(lab, sizeof lab, "n = %s", num);
        snprintf(nlab, sizeof nlab, "n = %s", nshort);
        const char *cands[] = {lab, nlab, nshort};
        char shown[96];
        fit_first(shown, sizeof shown, cands, 3, SVG_TICK_SIZE, 0, textw);
        svg_text(&o, cx, ya.p0 + 39, SVG_TICK_SIZE, "middle", SVG_MUTED, NULL, shown);
    }
    svg_printf(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", left,
               ya.p0, right, ya.p0, SVG_AXIS);
    svg_frame_end(&o, &b->text, &f);
    return svg_finish(&o, diag);
}

/* ------------------------------------------------------- stacked bars */

#define STACK_SLOT_MIN 24.0  /* px a bar needs: its name on one line, a readable percentage */
#define STACK_SLOT_TWO 36.0  /* px for the name with its n on a second line */
#define STACK_NAME_SHARE 0.3 /* of the canvas' width, at most, for the bars' names */

/* 100%-stacked bars. Each bar's name stands left of it (cut to
 * STACK_NAME_SHARE of the width with "…", whole in a tooltip) with its n
 * on a second line when a bar has STACK_SLOT_TWO px, else in a column of
 * its own beside the names; a chart whose bars would get less than
 * STACK_SLOT_MIN px grows taller (up to 4000 px) instead of overlapping
 * them. */
ct_status ct_svg_write_stacked(FILE *fp, const ct_svg_layout *l, const ct_svg_stacked *st,
                               ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = svg_check_common(l, &st->text, diag);
    if (s)
        return s;
    if (!st->nbars || !st->nsegs || st->nsegs > 8 || st->nbars > 24 || !st->counts ||
        !st->bar_names || !st->seg_names)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "stacked bars need 1..24 bars, 1..8 segments, names and counts");
    svg_out o = {fp, 0};
    svg_legend_item leg[8];
    for (size_t g = 0; g < st->nsegs; g++) {
        leg[g].name = st->seg_names[g];
        leg[g].color = svg_color(st->colors, g);
    }
    svg_frame f;
    ct_svg_layout ll = *l;
    svg_frame_measure(&ll, &st->text, leg, st->nsegs, &f);
    const double need = STACK_SLOT_MIN * (double)st->nbars - (f.bottom - f.top);
    if (need > 0)
        ll.height = (int)fmin(4000, ceil(ll.height + need));
    svg_frame_begin(&o, &ll, &st->text, leg, st->nsegs, &f);
    const double slot = (f.bottom - f.top) / (double)st->nbars;
    const int two = slot >= STACK_SLOT_TWO;
    double namew = 0, nw = 0;
    char num[48], lab[96];
    for (size_t b = 0; b < st->nbars; b++) {
        double tot = 0;
        for (size_t g = 0; g < st->nsegs; g++)
            tot += fmax(st->counts[b * st->nsegs + g], 0);
        ct_numfmt_fixed(num, sizeof num, tot, 0);
        snprintf(lab, sizeof lab, "n = %s", num);
        nw = fmax(nw, svg_text_width(lab, strlen(lab), SVG_TICK_SIZE, 0));
        namew = fmax(namew,
                     svg_text_width(st->bar_names[b], strlen(st->bar_names[b]), SVG_LABEL_SIZE, 1));
    }
    namew = fmin(namew, STACK_NAME_SHARE * f.W);
    const double labw = fmax(two ? fmax(namew, nw) : namew + 12 + nw, 70);
    svg_axis xa;
    svg_axis_fit(&xa, 0, 100, 0);
    xa.d0 = 0;
    xa.d1 = 100;
    xa.nt = 0;
    for (int k = 0; k <= 4; k++)
        xa.ticks[xa.nt++] = 25.0 * k;
    xa.p0 = SVG_PAD + labw + 14;
    xa.p1 = f.W - SVG_PAD - 10;
    const double bh = fmin(64, slot * 0.62);
    const double pct_size = fmin(SVG_LABEL_SIZE, bh - 1.5);
    for (size_t k = 0; k < xa.nt; k++) {
        const double x = svg_ax_px(&xa, xa.ticks[k]);
        char b[16];
        snprintf(b, sizeof b, "%.0f%%", xa.ticks[k]);
        svg_printf(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x,
                   f.top - 6, x, f.bottom, SVG_GRID);
        svg_text(&o, x, f.bottom + 20, SVG_TICK_SIZE, "middle", SVG_MUTED, NULL, b);
    }
    for (size_t b = 0; b < st->nbars; b++) {
        double tot = 0;
        for (size_t g = 0; g < st->nsegs; g++)
            tot += fmax(st->counts[b * st->nsegs + g], 0);
        const double yc = f.top + slot * ((double)b + 0.5), y0 = yc - bh / 2;
        ct_numfmt_fixed(num, sizeof num, tot, 0);
        snprintf(lab, sizeof lab, "n = %s", num);
        if (two) {
            svg_label(&o, xa.p0 - 12, yc - 2, SVG_LABEL_SIZE, "end", SVG_INK, "bold",
                      st->bar_names[b], labw, 0);
            svg_text(&o, xa.p0 - 12, yc + 15, SVG_TICK_SIZE, "end", SVG_MUTED, NULL, lab);
        } else {
            svg_label(&o, SVG_PAD + namew, yc + 4.5, SVG_LABEL_SIZE, "end", SVG_INK, "bold",
                      st->bar_names[b], namew, 0);
            svg_text(&o, xa.p0 - 12, yc + 4.5, SVG_TICK_SIZE, "end", SVG_MUTED, NULL, lab);
        }
        double acc = 0;
        for (size_t g = 0; g < st->nsegs && tot > 0; g++) {
            const double c = fmax(st->counts[b * st->nsegs + g], 0), pct = 100 * c / tot;
            const double x0 = svg_ax_px(&xa, 100 * acc / tot),
                         x1 = svg_ax_px(&xa, 100 * (acc + c) / tot);
            const char *col = svg_color(st->colors, g);
            acc += c;
            if (c <= 0)
                continue;
            svg_printf(&o,
                       "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                       "stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
                       x0, y0, x1 - x0, bh, col);
            snprintf(lab, sizeof lab, "%.0f%%", pct);
            if (x1 - x0 >= svg_text_width(lab, strlen(lab), pct_size, 1) + 10)
                svg_text(&o, (x0 + x1) / 2, yc + 5 * pct_size / SVG_LABEL_SIZE, pct_size, "middle",
                         svg_ink_on(col), "bold", lab);
        }
    }
    if (st->text.xlabel)
        svg_text(&o, (xa.p0 + xa.p1) / 2, f.bottom + 42, SVG_LABEL_SIZE, "middle", SVG_INK, NULL,
                 st->text.xlabel);
    svg_frame_end(&o, &st->text, &f);
    return svg_finish(&o, diag);
}

/* ------------------------------------------------------------ heatmap */

/* Diverging green–white–purple (ColorBrewer PRGn ends, colour-blind safe):
 * -1 -> #1B7837, 0 -> #F7F7F7, +1 -> #762A83, linear in sRGB. Neither end
 * is a colour of the palette's first classes (orange and blue, the claim
 * and opinion colours of the other charts), so a cell never reads as a
 * class. */
static void diverging(double v, char *buf, size_t n)
{
    static const double neg[3] = {27, 120, 55}, mid[3] = {247, 247, 247}, pos[3] = {118, 42, 131};
    if (isnan(v)) {
        snprintf(buf, n, "#cccccc");
        return;
    }
    const double t = fmin(fabs(v), 1.0);
    const double *end = v < 0 ? neg : pos;
    int c[3];
    for (int i = 0; i < 3; i++)
        c[i] = (int)lround(mid[i] + (end[i] - mid[i]) * t);
    snprintf(buf, n, "#%02X%02X%02X", c[0], c[1], c[2]);
}

ct_status ct_svg_write_heatmap(FILE *fp, const ct_svg_layout *l, const ct_svg_heatmap *h,
                               ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = svg_check_common(l, &h->text, diag);
    if (s)
        return s;
    if (!h->n || h->n > 32 || !h->labels || !h->values)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "heat map needs 1..32 labels and values");
    svg_out o = {fp, 0};
    svg_frame f;
    svg_frame_begin(&o, l, &h->text, NULL, 0, &f);
    double labw = 0;
    for (size_t i = 0; i < h->n; i++)
        labw = fmax(labw, svg_text_width(h->labels[i], strlen(h->labels[i]), SVG_LABEL_SIZE, 0));
    labw = fmin(labw, 0.28 * f.W); /* a longer name is cut, whole in its tooltip */
    const double scale_w = 80;     /* colour scale on the right */
    const double avail_w = f.W - 2 * SVG_PAD - labw - 12 - scale_w;
    const double avail_h = f.bottom + 16 - f.top;
    double cell = fmin(avail_w / (double)h->n, (avail_h - 26) / (double)h->n);
    /* column labels: horizontal when they fit a cell, else rotated by 30
     * degrees with room reserved below the grid */
    const int rotate = labw > cell - 6;
    if (rotate)
        cell = fmin(avail_w / (double)h->n, (avail_h - 0.5 * labw - 20) / (double)h->n);
    const double gx = SVG_PAD + labw + 12 + fmax(0, (avail_w - cell * (double)h->n) / 2),
                 gy = f.top;
    char col[16], b[32];
    for (size_t i = 0; i < h->n; i++) {
        svg_label(&o, gx - 10, gy + cell * ((double)i + 0.5) + 4.5, SVG_LABEL_SIZE, "end", SVG_INK,
                  NULL, h->labels[i], labw, 0);
        for (size_t j = 0; j < h->n; j++) {
            const double v = h->values[i * h->n + j];
            const double x = gx + cell * (double)j, y = gy + cell * (double)i;
            diverging(v, col, sizeof col);
            svg_printf(&o,
                       "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                       "stroke=\"#ffffff\" stroke-width=\"2\"/>\n",
                       x, y, cell, cell, col);
            /* a correlation that does not exist (a constant column) is
             * "undefined", in a smaller type that fits the cell */
            if (isnan(v))
                snprintf(b, sizeof b, "%s", CT_NUMFMT_UNDEFINED);
            else
                snprintf(b, sizeof b, "%.2f", fabs(v) < 0.005 ? 0.0 : v);
            svg_text(&o, x + cell / 2, y + cell / 2 + 5, fmin(15, cell / (isnan(v) ? 6 : 4)),
                     "middle", svg_ink_on(col), i == j ? NULL : "bold", b);
        }
    }
    const double by = gy + cell * (double)h->n;
    for (size_t j = 0; j < h->n; j++) {
        const double x = gx + cell * ((double)j + 0.5);
        if (rotate)
            svg_label(&o, x + 4, by + 16, SVG_LABEL_SIZE, "end", SVG_INK, NULL, h->labels[j], labw,
                      -30);
        else
            svg_label(&o, x, by + 20, SVG_LABEL_SIZE, "middle", SVG_INK, NULL, h->labels[j],
                      cell - 4, 0);
    }
    /* colour scale: a vertical gradient from +1 (top) to -1 */
    const double sx = gx + cell * (double)h->n + 28, sh = fmin(cell * (double)h->n, 260);
    svg_printf(&o, "<defs><linearGradient id=\"ct-div\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">");
    for (int k = 0; k <= 8; k++) {
        diverging(1.0 - k / 4.0, col, sizeof col);
        svg_printf(&o, "<stop offset=\"%.3f\" stop-color=\"%s\"/>", k / 8.0, col);
    }
    svg_printf(&o, "</linearGradient></defs>\n");
    svg_printf(&o,
               "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"%.1f\" fill=\"url(#ct-div)\" "
               "stroke=\"#bbbbbb\"/>\n",
               sx, gy, sh);
    for (int k = 0; k <= 4; k++) {
        const double v = 1.0 - k * 0.5, y = gy + sh * k / 4.0;
        snprintf(b, sizeof b, "%s%.1f", v > 0 ? "+" : "", v);
        if (v == 0)
            snprintf(b, sizeof b, "0");
        svg_text(&o, sx + 20, y + 4.5, SVG_TICK_SIZE, "start", SVG_MUTED, NULL, b);
    }
    svg_frame_end(&o, &h->text, &f);
    return svg_finish(&o, diag);
}

/* ------------------------------------------------------------ scatter */

size_t ct_svg_scatter_shown(size_t n, size_t max_points)
{
    if (!max_points)
        max_points = CT_SVG_SCATTER_MAX_POINTS;
    return n < max_points ? n : max_points;
}

ct_status ct_svg_write_scatter(FILE *fp, const ct_svg_layout *l, const ct_svg_scatter *sc,
                               ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = svg_check_common(l, &sc->text, diag);
    if (s)
        return s;
    const size_t ng = sc->group ? sc->ngroups : 1;
    if (!sc->n || !sc->x || !sc->y || ng == 0 || ng > 8)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "scatter needs points and 1..8 groups");
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (size_t i = 0; i < sc->n; i++) {
        if (!isfinite(sc->x[i]) || !isfinite(sc->y[i]) ||
            (sc->group && (sc->group[i] < 0 || (size_t)sc->group[i] >= ng)) ||
            (sc->log_x && sc->x[i] < 0) || (sc->log_y && sc->y[i] < 0))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "scatter point %zu is not finite, has a bad group or is negative "
                               "on a log svg_axis",
                               i);
        x0 = fmin(x0, sc->x[i]);
        x1 = fmax(x1, sc->x[i]);
        y0 = fmin(y0, sc->y[i]);
        y1 = fmax(y1, sc->y[i]);
    }
    svg_out o = {fp, 0};
    svg_legend_item leg[8];
    const size_t nleg = sc->group && sc->group_names ? ng : 0;
    for (size_t g = 0; g < nleg; g++) {
        leg[g].name = sc->group_names[g];
        leg[g].color = svg_color(sc->colors, g);
    }
    svg_frame f;
    svg_frame_begin(&o, l, &sc->text, leg, nleg, &f);
    svg_axis xa, ya;
    svg_axis_fit(&ya, sc->log_y ? 0 : y0, y1, sc->log_y);
    ya.p0 = f.bottom;
    ya.p1 = f.top;
    const double left = svg_y_margin(&ya, sc->text.ylabel);
    svg_axis_fit(&xa, sc->log_x ? 0 : x0, x1, sc->log_x);
    xa.p0 = left + 6;
    xa.p1 = f.W - SVG_PAD - 8;
    svg_draw_y_axis(&o, &ya, left, xa.p1, sc->text.ylabel, SVG_PAD + 12);
    svg_draw_x_axis(&o, &xa, f.bottom, f.top, 1, sc->text.xlabel, f.bottom + 42, f.W);
    /* systematic sample: keep row i when floor(i*m/n) steps */
    const size_t m = ct_svg_scatter_shown(sc->n, sc->max_points);
    svg_printf(&o, "<g fill-opacity=\"%.2f\">\n", SVG_POINT_OPACITY);
    for (size_t i = 0; i < sc->n; i++) {
        if (m < sc->n) {
            const unsigned long long a = (unsigned long long)i * m / sc->n;
            const unsigned long long b =
                i ? (unsigned long long)(i - 1) * m / sc->n : (unsigned long long)-1;
            if (i && a == b)
                continue;
        }
        const size_t g = sc->group ? (size_t)sc->group[i] : 0;
        svg_printf(&o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>\n",
                   svg_ax_px(&xa, sc->x[i]), svg_ax_px(&ya, sc->y[i]), SVG_POINT_RADIUS,
                   svg_color(sc->colors, g));
    }
    svg_printf(&o, "</g>\n");
    svg_frame_end(&o, &sc->text, &f);
    return svg_finish(&o, diag);
}
