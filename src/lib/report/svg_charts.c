/* svg_charts.c — the five chart kinds (see claimtriage/svg.h): histogram,
 * box plot, 100%-stacked bars, correlation heat map and scatter, each drawn
 * inside the frame of svg.c. */
#include "report/svg_internal.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"

#include <ctype.h>
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
    svg_legend_item leg[8] = {{0}};
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
    svg_axis_whole(&ya); /* counts: no tick at 0.2 of a row */
    ya.p0 = f.bottom;
    ya.p1 = f.top;
    const double left = svg_y_margin(&ya, h->text.ylabel);
    svg_axis_fit(&xa, h->edges[0], h->edges[h->nbins], h->log_x);
    if (h->whole_x)
        svg_axis_whole(&xa);
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

/* A box's median as its label says it: whole from 100 up (half-way with
 * its .5, as the title: ct_numfmt_median), else up to 3 decimals
 * (significant digits below what they show); short ("275K") for a slot
 * too narrow for the whole number. */
static void box_median_text(char *out, size_t cap, double median, double size, double maxw)
{
    char whole[64], shortn[64], a[96], b[96];
    if (fabs(median) >= 100)
        ct_numfmt_median(whole, sizeof whole, median);
    else
        ct_numfmt_tick(whole, sizeof whole, median, 0);
    ct_numfmt_tick(shortn, sizeof shortn, short_num(median), 1);
    snprintf(a, sizeof a, "median %s", whole);
    snprintf(b, sizeof b, "median %s", shortn);
    const char *cands[] = {a, b, shortn};
    fit_first(out, cap, cands, 3, size, 1, maxw);
}

/* A box flatter than this (px) is drawn as a line with a marked median. */
#define BOX_FLAT_PX 6.0

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
        if (y1 - y3 >= BOX_FLAT_PX)
            svg_printf(&o,
                       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                       "stroke-width=\"3\"/>\n",
                       cx - bw / 2, ym, cx + bw / 2, ym, svg_ink_on(col));
        else /* one value, or all equal: the box is a line; the median a
              * dark bar and a dot in the box's colour, seen on the white */
            svg_printf(&o,
                       "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                       "stroke-width=\"3\"/>\n<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" "
                       "fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>\n",
                       cx - bw / 2, ym, cx + bw / 2, ym, SVG_INK, cx, ym, col, SVG_INK);
        char num[64], lab[96], nshort[64], nlab[96];
        if (beside) {
            box_median_text(lab, sizeof lab, x->median, SVG_LABEL_SIZE, 0);
            /* the label's line clear of the axis under it and the top */
            const double ty = fmax(fmin(ym + 4.5, ya.p0 - 5), ya.p1 + SVG_LABEL_SIZE);
            svg_text(&o, cx + bw / 2 + 8, ty, SVG_LABEL_SIZE, "start", SVG_INK, "bold", lab);
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
    svg_legend_item leg[8] = {{0}};
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

/* A label's line height in its font size: the least distance between two
 * neighbouring labels (rows, or rotated column labels, measured across
 * their baselines) that keeps them apart. */
#define HEAT_LABEL_LINE 1.25
#define HEAT_LABEL_MIN 7.0   /* px: the smallest label type */
#define HEAT_NUM_MIN 8.0     /* px: a cell's r in smaller type is not printed */
#define HEAT_NAME_SHARE 0.28 /* of the canvas' width, at most, for the row names */

/* An ASCII separator: where a name's words meet ('_', ' ', '-', '.'). */
static int heat_sep(unsigned char c) { return c < 0x80 && !isalnum(c); }

/* The part of each label that differs from the others: the prefix and the
 * suffix all of them share, each backed off to a separator so the part
 * kept is whole words ("engagement_metric_number_" and "_per_week_total"
 * around "00", "01", ...). *pre and *suf in bytes; 0 and 0 when every
 * label would keep nothing. */
static void heat_common(const char *const *lab, size_t n, size_t *pre, size_t *suf)
{
    size_t p = strlen(lab[0]), t = p;
    const size_t n0 = p;
    for (size_t i = 1; i < n; i++) {
        const size_t li = strlen(lab[i]);
        size_t m = 0;
        while (m < p && m < li && lab[i][m] == lab[0][m])
            m++;
        p = m;
        m = 0;
        while (m < t && m < li && lab[i][li - 1 - m] == lab[0][n0 - 1 - m])
            m++;
        t = m;
    }
    while (p > 0 && !heat_sep((unsigned char)lab[0][p - 1]))
        p--;
    while (t > 0 && !heat_sep((unsigned char)lab[0][n0 - t]))
        t--;
    for (size_t i = 0; i < n && (p || t); i++) {
        const size_t li = strlen(lab[i]);
        if (li < p + t + 1)
            t = 0;
        if (li < p + t + 1)
            p = 0;
    }
    *pre = p;
    *suf = t;
}

/* The labels as the heat map shows them (shown[i], cap bytes each): whole
 * when every one fits maxw px; else the part that differs (heat_common),
 * "…00…", when all share a start or an end; numbered "(1)" ... with their
 * names in the rows when two would still read alike after a cut. Returns
 * 1 when shortened (the note then says what "…" stands for), 2 when
 * numbered, else 0. */
static int heat_shown(const ct_svg_heatmap *h, char (*shown)[256], double size, double maxw)
{
    double widest = 0;
    for (size_t i = 0; i < h->n; i++) {
        ct_textwidth_snprintf(shown[i], sizeof shown[i], "%s", h->labels[i]);
        widest = fmax(widest, svg_text_width(h->labels[i], strlen(h->labels[i]), size, 0));
    }
    if (widest <= maxw || h->n < 2)
        return 0;
    size_t pre = 0, suf = 0;
    heat_common(h->labels, h->n, &pre, &suf);
    int kind = 0;
    if (pre || suf) {
        for (size_t i = 0; i < h->n; i++) {
            const size_t li = strlen(h->labels[i]);
            ct_textwidth_snprintf(shown[i], sizeof shown[i], "%s%.*s%s", pre ? SVG_ELLIPSIS : "",
                                  (int)(li - pre - suf), h->labels[i] + pre,
                                  suf ? SVG_ELLIPSIS : "");
        }
        kind = 1;
    }
    /* the names as cut to maxw: two alike are numbered instead */
    char a[256], b[256];
    for (size_t i = 0; i < h->n; i++)
        for (size_t j = i + 1; j < h->n; j++) {
            svg_fit_px(a, sizeof a, shown[i], size, 0, maxw, 1);
            svg_fit_px(b, sizeof b, shown[j], size, 0, maxw, 1);
            if (strcmp(a, b) == 0) {
                for (size_t k = 0; k < h->n; k++)
                    snprintf(shown[k], sizeof shown[k], "(%zu)", k + 1);
                return 2;
            }
        }
    return kind;
}

/* A heat map's layout: the label type (ls), the row names' room (labw),
 * the cell's side and the column labels' angle, in the frame f of text. */
typedef struct heat_layout {
    double ls, labw, cell, angle;
    svg_frame f;
} heat_layout;

static void heat_fit(const ct_svg_heatmap *h, char (*shown)[256], int kind, const ct_svg_layout *l,
                     const ct_svg_text *text, heat_layout *L)
{
    svg_frame_measure(l, text, NULL, 0, &L->f);
    const double maxw = HEAT_NAME_SHARE * l->width, scale_w = 80;
    /* column labels horizontal when they fit a cell, else turned by 30,
     * 45 or 90 degrees: the first angle at which neighbours' baselines lie
     * a line apart (cell * sin(angle)), measured, so none overlaps; at 90
     * degrees the type shrinks until they do (down to HEAT_LABEL_MIN) */
    static const double angles[] = {0, 30, 45, 90};
    L->ls = SVG_LABEL_SIZE;
    for (int step = 0; step < 40; step++) {
        const size_t a = step < 4 ? (size_t)step : 3;
        double labw = 0;
        for (size_t i = 0; i < h->n; i++)
            labw = fmax(labw, svg_text_width(shown[i], strlen(shown[i]), L->ls, 0));
        if (kind == 2) /* numbered: the rows carry the names too */
            for (size_t i = 0; i < h->n; i++)
                labw = fmax(labw, svg_text_width(h->labels[i], strlen(h->labels[i]), L->ls, 0) +
                                      svg_text_width(shown[i], strlen(shown[i]), L->ls, 0) + 6);
        L->labw = fmin(labw, maxw * L->ls / SVG_LABEL_SIZE);
        const double colw = kind == 2 ? svg_text_width("(32)", 4, L->ls, 0) : L->labw;
        const double th = angles[a] * M_PI / 180;
        const double avail_w = L->f.W - 2 * SVG_PAD - L->labw - 12 - scale_w;
        const double avail_h = L->f.bottom + 16 - L->f.top;
        const double below = a == 0 ? 26 : colw * sin(th) + L->ls * cos(th) + 24;
        L->cell = fmax(1, fmin(avail_w / (double)h->n, (avail_h - below) / (double)h->n));
        L->angle = angles[a];
        const double need = HEAT_LABEL_LINE * L->ls;
        if (L->cell >= need && (a == 0 ? colw <= L->cell - 6 : L->cell * sin(th) >= need))
            return;
        if (a == 3) { /* 90 degrees: the type that fits the cells */
            const double fit = fmax(HEAT_LABEL_MIN, L->cell / HEAT_LABEL_LINE);
            if (fit >= L->ls - 0.01)
                return;
            L->ls = fit;
        }
    }
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
    char shown[32][256];
    /* a name wider than HEAT_NAME_SHARE of the canvas is cut, whole in its tooltip */
    const int kind = heat_shown(h, shown, SVG_LABEL_SIZE, HEAT_NAME_SHARE * l->width);
    /* the note says what "…" stands for, and when the cells are too small
     * for their numbers: the layout is fitted with it */
    char note[1024], key[600] = "";
    if (kind == 1)
        ct_textwidth_snprintf(key, sizeof key,
                              "Names shortened to the part that differs: %s is %s. ", shown[0],
                              h->labels[0]);
    else if (kind == 2)
        snprintf(key, sizeof key, "Columns numbered as the rows. ");
    ct_svg_text text = h->text;
    heat_layout L;
    const double numw = svg_text_width("-0.00", 5, 1, 1);
    double nsz = 0;
    for (int with_small = 0; with_small < 2; with_small++) {
        ct_textwidth_snprintf(note, sizeof note, "%s%s%s", key,
                              with_small ? "Cells too small to print their values (the text "
                                           "output lists them). "
                                         : "",
                              h->text.note ? h->text.note : "");
        size_t e = strlen(note);
        while (e && note[e - 1] == ' ')
            note[--e] = '\0';
        text.note = note[0] ? note : h->text.note;
        heat_fit(h, shown, kind, l, &text, &L);
        /* a cell's r: the largest type up to 15 px in which "-0.00" fits
         * it; none in a cell too small for HEAT_NUM_MIN px */
        nsz = fmin(15, (L.cell - 6) / numw);
        if (nsz >= HEAT_NUM_MIN)
            break;
    }
    const int numbers = nsz >= HEAT_NUM_MIN;
    const double ls = L.ls, labw = L.labw, cell = L.cell, angle = L.angle, scale_w = 80;
    svg_frame f;
    svg_frame_begin(&o, l, &text, NULL, 0, &f);
    const double avail_w = f.W - 2 * SVG_PAD - labw - 12 - scale_w;
    const double gx = SVG_PAD + labw + 12 + fmax(0, (avail_w - cell * (double)h->n) / 2),
                 gy = f.top;
    char col[16], b[32];
    for (size_t i = 0; i < h->n; i++) {
        char row[600];
        if (kind == 2)
            ct_textwidth_snprintf(row, sizeof row, "%s %s", shown[i], h->labels[i]);
        else
            ct_textwidth_snprintf(row, sizeof row, "%s", shown[i]);
        svg_label_titled(&o, gx - 10, gy + cell * ((double)i + 0.5) + 0.33 * ls, ls, "end", SVG_INK,
                         NULL, row, labw, 0, kind ? h->labels[i] : NULL);
        for (size_t j = 0; j < h->n; j++) {
            const double v = h->values[i * h->n + j];
            const double x = gx + cell * (double)j, y = gy + cell * (double)i;
            diverging(v, col, sizeof col);
            svg_printf(&o,
                       "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                       "stroke=\"#ffffff\" stroke-width=\"2\"/>\n",
                       x, y, cell, cell, col);
            if (!numbers)
                continue;
            /* a correlation that does not exist (a constant column) is
             * "undefined", in a smaller type that fits the cell */
            if (isnan(v))
                snprintf(b, sizeof b, "%s", CT_NUMFMT_UNDEFINED);
            else
                snprintf(b, sizeof b, "%.2f", fabs(v) < 0.005 ? 0.0 : v);
            const double sz =
                isnan(v) ? fmin(nsz, (cell - 4) / svg_text_width(b, strlen(b), 1, 0)) : nsz;
            svg_text(&o, x + cell / 2, y + cell / 2 + 0.36 * sz, sz, "middle", svg_ink_on(col),
                     i == j ? NULL : "bold", b);
        }
    }
    const double by = gy + cell * (double)h->n;
    for (size_t j = 0; j < h->n; j++) {
        const double x = gx + cell * ((double)j + 0.5);
        const double th = angle * M_PI / 180;
        const char *title = kind ? h->labels[j] : NULL;
        if (angle > 0)
            svg_label_titled(&o, x + 0.35 * ls * sin(th), by + 8 + 8 * cos(th), ls, "end", SVG_INK,
                             NULL, shown[j], kind == 2 ? 0 : labw, -angle, title);
        else
            svg_label_titled(&o, x, by + 20, ls, "middle", SVG_INK, NULL, shown[j],
                             kind == 2 ? 0 : cell - 4, 0, title);
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
    svg_frame_end(&o, &text, &f);
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
    svg_legend_item leg[8] = {{0}};
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
