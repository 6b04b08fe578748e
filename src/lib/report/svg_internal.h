/* svg_internal.h — internal: the frame, text and axis machinery shared by
 * the chart writers (svg.c draws frames and axes, svg_charts.c the five
 * chart kinds). Hidden symbols; not part of the public API. */
#ifndef CT_SVG_INTERNAL_H
#define CT_SVG_INTERNAL_H

#include "claimtriage/svg.h"

#include <stdio.h>

#define SVG_FONT "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
#define SVG_PAD 28.0        /* outer padding, px */
#define SVG_TITLE_SIZE 20.0 /* px */
#define SVG_TITLE_LINE 26.0
#define SVG_TITLE_SIZE_MIN 16.0 /* px: a long title's smallest type */
#define SVG_TITLE_LINES_MAX 4   /* a title's lines at most (two unless it is long) */
#define SVG_SUB_SIZE 14.0
#define SVG_SUB_LINE 19.0
#define SVG_TICK_SIZE 12.5
#define SVG_LABEL_SIZE 13.5
#define SVG_NOTE_SIZE 11.5
#define SVG_INK "#222222"
#define SVG_MUTED "#555555"
#define SVG_GRID "#e6e6e6"
#define SVG_AXIS "#444444"
#define SVG_MAX_TICKS 24
#define SVG_TARGET_TICKS 6
#define SVG_TICK_GAP 6.0 /* least space between two tick labels, px */
#define SVG_EDGE 2.0     /* least space between a tick label and the canvas edge, px */
#define SVG_POINT_RADIUS 2.4
#define SVG_POINT_OPACITY 0.55
#define SVG_ELLIPSIS "\xe2\x80\xa6" /* U+2026, ending a label cut to fit */

/* Output with a sticky error flag: the first failed write stops the rest. */
typedef struct svg_out {
    FILE *fp;
    int err;
} svg_out;

typedef struct svg_legend_item {
    const char *name;
    const char *color;
    /* NULL: a filled square; else the stroke-dasharray of the dashed line
     * the entry names, drawn as a short line of that dash (the calibration
     * chart's diagonal: before 2026-12-06 a solid square, test_html.c
     * test_reliability_legend_dashed) */
    const char *dash;
    /* with dash: the line is a wide light band of round dots (views
     * alone's in the queue chart), drawn so in its swatch */
    int band;
} svg_legend_item;

/* What the frame around a plot needs to know. */
typedef struct svg_frame {
    double W, H;
    double top;    /* first y free for the plot area */
    double bottom; /* last y available to the plot area (x ticks below) */
} svg_frame;

/* A value axis: domain, pixel range and tick values. */
typedef struct svg_axis {
    int log;       /* position by log10(1 + v) */
    int suffix;    /* K/M/B/T (then 1e15) tick labels */
    double d0, d1; /* domain in transformed units */
    double p0, p1; /* pixel range */
    size_t nt;
    double ticks[SVG_MAX_TICKS]; /* in data units */
} svg_axis;

/* Output, escaping (svg.c). */
void svg_printf(svg_out *o, const char *fmt, ...) CT_PRINTF(2, 3);
void svg_esc(svg_out *o, const char *s);
void svg_text(svg_out *o, double x, double y, double size, const char *anchor, const char *fill,
              const char *weight, const char *s);
/* A class, level or column name as a <text>: the one function every data
 * label of a chart goes through. Cut with an ellipsis to maxw px (0: no
 * limit; cut in the middle), the whole name then in a <title> child (tooltip); rotate in
 * degrees about (x, y), 0 for none. */
void svg_label(svg_out *o, double x, double y, double size, const char *anchor, const char *fill,
               const char *weight, const char *s, double maxw, double rotate);
/* svg_label with the tooltip given: title (when not NULL) is the whole
 * name a shortened s stands for ("…00…" for a heat map's column), shown
 * on hover whether or not s is cut further. */
void svg_label_titled(svg_out *o, double x, double y, double size, const char *anchor,
                      const char *fill, const char *weight, const char *s, double maxw,
                      double rotate, const char *title);
/* s into out (cap bytes), cut on grapheme boundaries when wider than maxw
 * px (maxw <= 0: never cut): its end replaced by "…", or with middle set
 * its middle (the start and the end kept). 1 when cut, else 0. */
int svg_fit_px(char *out, size_t cap, const char *s, double size, int bold, double maxw,
               int middle);
/* Estimated width in px of UTF-8 text (Helvetica-like advance widths). */
double svg_text_width(const char *s, size_t len, double size, int bold);
/* Colour k of colors, or of the palette when colors or colors[k] is NULL. */
const char *svg_color(const char *const *colors, size_t k);
/* Text colour readable on a fill (WCAG contrast). */
const char *svg_ink_on(const char *bg);
/* Document head, title, subtitle and legend; the plot area in *f. */
void svg_frame_begin(svg_out *o, const ct_svg_layout *l, const ct_svg_text *t,
                     const svg_legend_item *leg, size_t nleg, svg_frame *f);
/* The plot area svg_frame_begin would leave, without drawing anything. */
void svg_frame_measure(const ct_svg_layout *l, const ct_svg_text *t, const svg_legend_item *leg,
                       size_t nleg, svg_frame *f);
void svg_frame_end(svg_out *o, const ct_svg_text *t, const svg_frame *f);
/* Axes: fit, map to pixels, draw (Heckbert's nice numbers). */
void svg_axis_fit(svg_axis *a, double lo, double hi, int log);
/* A fitted linear axis of whole numbers (counts): when its ticks are less
 * than 1 apart (0, 0.2, ... 1 for counts up to 1), ticks at the whole
 * numbers of its domain instead (0, 1); a domain from 0 that ends between
 * two is extended to the next. A log axis, or one already stepping by 1 or
 * more, is left as it is. */
void svg_axis_whole(svg_axis *a);
double svg_ax_px(const svg_axis *a, double v);
double svg_y_margin(const svg_axis *a, const char *ylabel);
void svg_draw_y_axis(svg_out *o, const svg_axis *a, double x0, double x1, const char *label,
                     double label_x);
void svg_draw_x_axis(svg_out *o, const svg_axis *a, double y, double ytop, int grid,
                     const char *label, double label_y, double canvas_w);
/* CT_EIO after a failed write; the layout and title check of every chart. */
ct_status svg_finish(svg_out *o, ct_diag *diag);
ct_status svg_check_common(const ct_svg_layout *l, const ct_svg_text *t, ct_diag *diag);

#endif
