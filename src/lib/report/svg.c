/* svg.c — standalone SVG charts (see claimtriage/svg.h).
 *
 * Layout, top to bottom: wrapped title (the finding), subtitle, legend row,
 * plot area with axes, x-axis label, footnote. Text widths are estimated from
 * per-character advance widths of a Helvetica/Arial-like face, which is close
 * enough to wrap titles and to decide whether a label fits. Tick positions
 * come from Heckbert's "nice numbers" (Graphics Gems, 1990). */
#include "claimtriage/svg.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#define SVG_FONT "Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"
#define SVG_PAD 28.0        /* outer padding, px */
#define SVG_TITLE_SIZE 20.0 /* px */
#define SVG_TITLE_LINE 26.0
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
#define SVG_POINT_RADIUS 2.4
#define SVG_POINT_OPACITY 0.55

/* ------------------------------------------------------------ output */

typedef struct svg_out {
    FILE *fp;
    int err;
} svg_out;

static void out(svg_out *o, const char *fmt, ...) CT_PRINTF(2, 3);
static void out(svg_out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!o->err && vfprintf(o->fp, fmt, ap) < 0)
        o->err = 1;
    va_end(ap);
}

/* XML-escape: & < > " ' as entities; C0 controls other than tab/newline are
 * not allowed in XML 1.0 and are dropped. UTF-8 passes through. */
static void out_esc(svg_out *o, const char *s)
{
    for (; s && *s && !o->err; s++) {
        const unsigned char c = (unsigned char)*s;
        const char *e = NULL;
        switch (c) {
        case '&': e = "&amp;"; break;
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '"': e = "&quot;"; break;
        case '\'': e = "&#39;"; break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n')
                continue;
        }
        if (e ? fputs(e, o->fp) < 0 : fputc(c, o->fp) == EOF)
            o->err = 1;
    }
}

/* <text> element with escaped content. anchor: "start", "middle", "end". */
static void out_text(svg_out *o, double x, double y, double size, const char *anchor,
                     const char *fill, const char *weight, const char *s)
{
    out(o, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s%s%s>",
        x, y, size, anchor, fill, weight ? " font-weight=\"" : "", weight ? weight : "",
        weight ? "\"" : "");
    out_esc(o, s);
    out(o, "</text>\n");
}

/* ------------------------------------------------------- text metrics */

/* Advance width of one character in em, Helvetica-like. */
static double char_em(unsigned char c)
{
    if (strchr("il.,:;!|'j", c))
        return 0.26;
    if (strchr("ftrI -()[]/", c))
        return 0.34;
    if (strchr("mwMW%", c))
        return 0.86;
    if (c >= 'A' && c <= 'Z')
        return 0.68;
    if (c >= '0' && c <= '9')
        return 0.556;
    return 0.54;
}

/* Estimated width in px of UTF-8 text at `size` (bold: +6%). */
static double text_width(const char *s, size_t len, double size, int bold)
{
    double w = 0;
    for (size_t i = 0; i < len && s[i]; i++) {
        const unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80)
            continue; /* continuation byte: counted with its lead */
        w += c < 0x80 ? char_em(c) : 0.6;
    }
    return w * size * (bold ? 1.06 : 1.0);
}

/* Greedy word wrap of s into at most maxlines lines no wider than width;
 * starts[k]/lens[k] describe line k; the last line may be longer than width
 * when the text does not fit. Returns the number of lines. */
static size_t wrap(const char *s, double size, int bold, double width, size_t maxlines,
                   size_t *starts, size_t *lens)
{
    size_t n = strlen(s), nl = 0, pos = 0;
    while (pos < n && nl < maxlines) {
        while (pos < n && s[pos] == ' ')
            pos++;
        if (nl == maxlines - 1) { /* last line: the rest */
            starts[nl] = pos;
            lens[nl++] = n - pos;
            break;
        }
        size_t end = pos, best = 0;
        while (end <= n) {
            if (end == n || s[end] == ' ') {
                if (text_width(s + pos, end - pos, size, bold) > width && best)
                    break;
                best = end;
                if (end == n)
                    break;
            }
            end++;
        }
        if (!best)
            best = n;
        starts[nl] = pos;
        lens[nl++] = best - pos;
        pos = best;
    }
    return nl;
}

static void out_text_n(svg_out *o, double x, double y, double size, const char *fill,
                       const char *weight, const char *s, size_t len)
{
    char buf[1024];
    if (len >= sizeof buf)
        len = sizeof buf - 1;
    memcpy(buf, s, len);
    buf[len] = '\0';
    out_text(o, x, y, size, "start", fill, weight, buf);
}

/* -------------------------------------------------------- formatting */

void ct_svg_fmt_num(char *buf, size_t n, double v, int decimals)
{
    if (n == 0)
        return;
    if (!isfinite(v)) {
        snprintf(buf, n, "%s", isnan(v) ? "n/a" : v > 0 ? "inf" : "-inf");
        return;
    }
    if (decimals < 0)
        decimals = 0;
    if (decimals > 6)
        decimals = 6;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*f", decimals, fabs(v));
    const char *dot = strchr(tmp, '.');
    size_t ilen = dot ? (size_t)(dot - tmp) : strlen(tmp), w = 0;
    int neg = v < 0 && strspn(tmp, "0.") != strlen(tmp); /* no "-0" */
    if (neg && w + 1 < n)
        buf[w++] = '-';
    for (size_t i = 0; i < ilen && w + 1 < n; i++) {
        if (i > 0 && (ilen - i) % 3 == 0 && w + 2 < n)
            buf[w++] = ',';
        buf[w++] = tmp[i];
    }
    for (size_t i = ilen; tmp[i] && w + 1 < n; i++)
        buf[w++] = tmp[i];
    buf[w] = '\0';
}

/* Shortest of %.0f..%.3f that reproduces v to 1e-9 relative. */
static int short_decimals(double v)
{
    for (int d = 0; d < 3; d++) {
        const double p = pow(10, d), r = round(v * p) / p;
        if (fabs(r - v) <= 1e-9 * fmax(1.0, fabs(v)))
            return d;
    }
    return 3;
}

void ct_svg_fmt_tick(char *buf, size_t n, double v, int suffix)
{
    const double a = fabs(v);
    if (suffix && a >= 1e6) {
        char t[48];
        ct_svg_fmt_num(t, sizeof t, v / 1e6, short_decimals(v / 1e6));
        snprintf(buf, n, "%sM", t);
    } else if (suffix && a >= 1e3) {
        char t[48];
        ct_svg_fmt_num(t, sizeof t, v / 1e3, short_decimals(v / 1e3));
        snprintf(buf, n, "%sK", t);
    } else {
        ct_svg_fmt_num(buf, n, v, short_decimals(v));
    }
}

/* ------------------------------------------------------------ palette */

const char *ct_svg_palette(size_t k)
{
    /* Okabe & Ito (2002), ordered for contrast between neighbours. */
    static const char *const oi[] = {"#D55E00", "#0072B2", "#E69F00", "#009E73",
                                     "#CC79A7", "#56B4E9", "#F0E442", "#000000"};
    return oi[k % 8];
}

static const char *color_at(const char *const *colors, size_t k)
{
    return colors && colors[k] ? colors[k] : ct_svg_palette(k);
}

/* Relative luminance (WCAG 2.x) of "#RRGGBB"; 1 when it cannot be parsed. */
static double luminance(const char *hex)
{
    unsigned r, g, b;
    if (!hex || sscanf(hex, "#%2x%2x%2x", &r, &g, &b) != 3)
        return 1;
    const double c[3] = {r / 255.0, g / 255.0, b / 255.0};
    double lin[3];
    for (int i = 0; i < 3; i++)
        lin[i] = c[i] <= 0.03928 ? c[i] / 12.92 : pow((c[i] + 0.055) / 1.055, 2.4);
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}

/* Text colour readable on `bg`: white on dark fills, ink on light ones
 * (whichever WCAG contrast ratio is larger). */
static const char *ink_on(const char *bg)
{
    const double L = luminance(bg);
    return (1.05 / (L + 0.05)) >= ((L + 0.05) / 0.0597) ? "#ffffff" : SVG_INK;
}

/* ------------------------------------------------------------- layout */

ct_svg_layout ct_svg_layout_default(void)
{
    ct_svg_layout l = {900, 560};
    return l;
}

const char *ct_svg_layout_check(const ct_svg_layout *l)
{
    if (!l)
        return "layout is NULL";
    if (l->width < 320 || l->width > 4000 || l->height < 240 || l->height > 4000)
        return "chart size must be 320..4000 x 240..4000 pixels";
    return NULL;
}

typedef struct legend_item {
    const char *name;
    const char *color;
} legend_item;

/* What the frame around a plot needs to know. */
typedef struct svg_frame {
    double W, H;
    double top;    /* first y free for the plot area */
    double bottom; /* last y available to the plot area (x ticks below) */
} svg_frame;

/* Open the document: root, <title>/<desc>, background, title, subtitle,
 * legend row. Fills f->top / f->bottom. */
static void frame_begin(svg_out *o, const ct_svg_layout *l, const ct_svg_text *t,
                        const legend_item *leg, size_t nleg, svg_frame *f)
{
    f->W = l->width;
    f->H = l->height;
    out(o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
        "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"ct-title ct-desc\" "
        "font-family=\"%s\">\n",
        l->width, l->height, l->width, l->height, SVG_FONT);
    out(o, "<title id=\"ct-title\">");
    out_esc(o, t->title);
    out(o, "</title>\n<desc id=\"ct-desc\">");
    out_esc(o, t->desc ? t->desc : t->subtitle ? t->subtitle : t->title);
    out(o, "</desc>\n");
    out(o, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", l->width,
        l->height);

    size_t st[3], ln[3];
    const double tw = f->W - 2 * SVG_PAD;
    size_t nl = wrap(t->title, SVG_TITLE_SIZE, 1, tw, 2, st, ln);
    double y = SVG_PAD + SVG_TITLE_SIZE * 0.8;
    out(o, "<g aria-hidden=\"true\">\n");
    for (size_t k = 0; k < nl; k++) {
        out_text_n(o, SVG_PAD, y, SVG_TITLE_SIZE, SVG_INK, "bold", t->title + st[k], ln[k]);
        y += SVG_TITLE_LINE;
    }
    y -= SVG_TITLE_LINE;
    if (t->subtitle && *t->subtitle) {
        nl = wrap(t->subtitle, SVG_SUB_SIZE, 0, tw, 2, st, ln);
        y += SVG_SUB_LINE + 4;
        for (size_t k = 0; k < nl; k++) {
            out_text_n(o, SVG_PAD, y, SVG_SUB_SIZE, SVG_MUTED, NULL, t->subtitle + st[k], ln[k]);
            y += SVG_SUB_LINE;
        }
        y -= SVG_SUB_LINE;
    }
    if (nleg) {
        y += 26;
        double x = SVG_PAD;
        for (size_t k = 0; k < nleg; k++) {
            out(o,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" rx=\"2\" fill=\"%s\"/>\n",
                x, y - 11.5, leg[k].color);
            out_text(o, x + 20, y, SVG_LABEL_SIZE, "start", SVG_INK, NULL, leg[k].name);
            x += 20 + text_width(leg[k].name, strlen(leg[k].name), SVG_LABEL_SIZE, 0) + 26;
        }
    }
    out(o, "</g>\n");
    f->top = y + 26;
    f->bottom = f->H - SVG_PAD - (t->note && *t->note ? 22 : 0) - (t->xlabel ? 44 : 26);
}

static void frame_end(svg_out *o, const ct_svg_text *t, const svg_frame *f)
{
    if (t->note && *t->note) {
        size_t st[2], ln[2];
        size_t nl = wrap(t->note, SVG_NOTE_SIZE, 0, f->W - 2 * SVG_PAD, 1, st, ln);
        for (size_t k = 0; k < nl; k++)
            out_text_n(o, SVG_PAD, f->H - SVG_PAD + 8, SVG_NOTE_SIZE, SVG_MUTED, NULL,
                       t->note + st[k], ln[k]);
    }
    out(o, "</svg>\n");
}

/* --------------------------------------------------------------- axes */

typedef struct axis {
    int log;       /* position by log10(1 + v) */
    int suffix;    /* K/M tick labels */
    double d0, d1; /* domain in transformed units */
    double p0, p1; /* pixel range */
    size_t nt;
    double ticks[SVG_MAX_TICKS]; /* in data units */
} axis;

/* Heckbert's nice number: a 1, 2 or 5 times a power of ten near x. */
static double nice_num(double x, int round_it)
{
    const double e = floor(log10(x)), f = x / pow(10, e);
    double nf;
    if (round_it)
        nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    else
        nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nf * pow(10, e);
}

static double ax_t(const axis *a, double v) { return a->log ? log10(1 + fmax(v, 0)) : v; }

static double ax_px(const axis *a, double v)
{
    const double t = ax_t(a, v);
    return a->p0 + (t - a->d0) / (a->d1 - a->d0) * (a->p1 - a->p0);
}

/* Fit an axis over [lo, hi] (data units). Linear: Heckbert's loose labels.
 * Log: 0 and powers of ten up to the first at or above hi. */
static void axis_fit(axis *a, double lo, double hi, int log)
{
    a->log = log;
    a->nt = 0;
    if (!isfinite(lo) || !isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    if (log) {
        double top = 10;
        while (top < hi && top < 1e300)
            top *= 10;
        a->d0 = 0;
        a->d1 = log10(1 + top);
        a->ticks[a->nt++] = 0;
        for (double p = 10; p <= top && a->nt < SVG_MAX_TICKS; p *= 10)
            a->ticks[a->nt++] = p;
        a->suffix = 1;
        return;
    }
    if (hi <= lo)
        hi = lo + 1;
    const double range = nice_num(hi - lo, 0);
    const double d = nice_num(range / (SVG_TARGET_TICKS - 1), 1);
    const double g0 = floor(lo / d) * d, g1 = ceil(hi / d) * d;
    a->d0 = g0;
    a->d1 = g1;
    for (double k = 0; a->nt < SVG_MAX_TICKS; k++) {
        double v = g0 + k * d;
        if (v > g1 + 0.5 * d)
            break;
        if (fabs(v) < 1e-9 * d)
            v = 0;
        a->ticks[a->nt++] = v;
    }
    a->suffix = fmax(fabs(g0), fabs(g1)) >= 1e4;
}

static double ytick_width(const axis *a)
{
    double w = 0;
    for (size_t k = 0; k < a->nt; k++) {
        char b[48];
        ct_svg_fmt_tick(b, sizeof b, a->ticks[k], a->suffix);
        w = fmax(w, text_width(b, strlen(b), SVG_TICK_SIZE, 0));
    }
    return w;
}

/* Left margin for a y axis with these ticks and an optional rotated label. */
static double y_margin(const axis *a, const char *ylabel)
{
    return SVG_PAD + (ylabel ? 26 : 0) + ytick_width(a) + 10;
}

/* Gridlines and tick labels of a vertical value axis spanning x0..x1. */
static void draw_y_axis(svg_out *o, const axis *a, double x0, double x1, const char *label,
                        double label_x)
{
    for (size_t k = 0; k < a->nt; k++) {
        char b[48];
        const double y = ax_px(a, a->ticks[k]);
        ct_svg_fmt_tick(b, sizeof b, a->ticks[k], a->suffix);
        out(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x0, y, x1,
            y, SVG_GRID);
        out_text(o, x0 - 8, y + 4.2, SVG_TICK_SIZE, "end", SVG_MUTED, NULL, b);
    }
    if (label) {
        const double yc = (a->p0 + a->p1) / 2;
        out(o,
            "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"middle\" "
            "fill=\"%s\" transform=\"rotate(-90 %.1f %.1f)\">",
            label_x, yc, SVG_LABEL_SIZE, SVG_INK, label_x, yc);
        out_esc(o, label);
        out(o, "</text>\n");
    }
}

/* Tick marks and labels of a horizontal value axis at baseline y; vertical
 * gridlines up to ytop when grid is set. */
static void draw_x_axis(svg_out *o, const axis *a, double y, double ytop, int grid,
                        const char *label, double label_y)
{
    for (size_t k = 0; k < a->nt; k++) {
        char b[48];
        const double x = ax_px(a, a->ticks[k]);
        ct_svg_fmt_tick(b, sizeof b, a->ticks[k], a->suffix);
        if (grid)
            out(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x,
                ytop, x, y, SVG_GRID);
        out(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x, y, x,
            y + 5, SVG_AXIS);
        out_text(o, x, y + 20, SVG_TICK_SIZE, "middle", SVG_MUTED, NULL, b);
    }
    out(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", a->p0, y,
        a->p1, y, SVG_AXIS);
    if (label)
        out_text(o, (a->p0 + a->p1) / 2, label_y, SVG_LABEL_SIZE, "middle", SVG_INK, NULL, label);
}

static ct_status finish(svg_out *o, ct_diag *diag)
{
    if (o->err || fflush(o->fp) != 0 || ferror(o->fp))
        return ct_diag_set(diag, CT_EIO, NULL, 0, 0, "write error while writing a chart");
    return CT_OK;
}

static ct_status check_common(const ct_svg_layout *l, const ct_svg_text *t, ct_diag *diag)
{
    const char *m = ct_svg_layout_check(l);
    if (m)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", m);
    if (!t->title)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "a chart needs a title");
    return CT_OK;
}

/* ---------------------------------------------------------- histogram */

ct_status ct_svg_write_histogram(FILE *fp, const ct_svg_layout *l, const ct_svg_histogram *h,
                                 ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = check_common(l, &h->text, diag);
    if (s)
        return s;
    if (!h->nbins || !h->edges || !h->counts || !h->ngroups || h->ngroups > 8)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "histogram needs bins, edges, counts and 1..8 groups");
    for (size_t i = 0; i < h->nbins; i++)
        if (!(h->edges[i + 1] > h->edges[i]) || (h->log_x && h->edges[i] < 0))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "histogram edges must increase (and be >= 0 on a log axis)");
    svg_out o = {fp, 0};
    legend_item leg[8];
    size_t nleg = h->ngroups > 1 ? h->ngroups : 0;
    for (size_t g = 0; g < nleg; g++) {
        leg[g].name = h->group_names ? h->group_names[g] : "";
        leg[g].color = color_at(h->colors, g);
    }
    svg_frame f;
    frame_begin(&o, l, &h->text, leg, nleg, &f);

    double ymax = 0;
    for (size_t i = 0; i < h->nbins; i++) {
        double tot = 0;
        for (size_t g = 0; g < h->ngroups; g++)
            tot += h->counts[i * h->ngroups + g];
        ymax = fmax(ymax, tot);
    }
    axis ya, xa;
    axis_fit(&ya, 0, ymax, 0);
    ya.p0 = f.bottom;
    ya.p1 = f.top;
    const double left = y_margin(&ya, h->text.ylabel);
    axis_fit(&xa, h->edges[0], h->edges[h->nbins], h->log_x);
    if (!h->log_x) { /* the axis spans exactly the binned range */
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

    draw_y_axis(&o, &ya, left, xa.p1, h->text.ylabel, SVG_PAD + 12);
    for (size_t i = 0; i < h->nbins; i++) {
        const double x0 = ax_px(&xa, h->edges[i]), x1 = ax_px(&xa, h->edges[i + 1]);
        const double gap = x1 - x0 > 4 ? 1 : 0;
        double acc = 0;
        for (size_t g = 0; g < h->ngroups; g++) {
            const double c = h->counts[i * h->ngroups + g];
            if (c <= 0)
                continue;
            const double y0 = ax_px(&ya, acc), y1 = ax_px(&ya, acc + c);
            out(&o, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>\n",
                x0 + gap / 2, y1, x1 - x0 - gap, y0 - y1, color_at(h->colors, g));
            acc += c;
        }
    }
    draw_x_axis(&o, &xa, f.bottom, f.top, 0, h->text.xlabel, f.bottom + 42);
    frame_end(&o, &h->text, &f);
    return finish(&o, diag);
}

/* ------------------------------------------------------------ boxplot */

ct_status ct_svg_write_boxplot(FILE *fp, const ct_svg_layout *l, const ct_svg_boxplot *b,
                               ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = check_common(l, &b->text, diag);
    if (s)
        return s;
    if (!b->nboxes || !b->boxes || b->nboxes > 16)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "box plot needs 1..16 boxes");
    double lo = INFINITY, hi = -INFINITY;
    for (size_t k = 0; k < b->nboxes; k++) {
        const ct_svg_box *x = &b->boxes[k];
        if (!(x->lo <= x->q1 && x->q1 <= x->median && x->median <= x->q3 && x->q3 <= x->hi) ||
            (b->log_y && x->lo < 0))
            return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                               "box %zu: need lo <= q1 <= median <= q3 <= hi (>= 0 on a log axis)",
                               k);
        lo = fmin(lo, x->lo);
        hi = fmax(hi, x->hi);
    }
    svg_out o = {fp, 0};
    svg_frame f;
    frame_begin(&o, l, &b->text, NULL, 0, &f);
    axis ya;
    axis_fit(&ya, b->log_y ? 0 : fmin(lo, 0), hi, b->log_y);
    ya.p0 = f.bottom - 20; /* room for "n = ..." under the labels */
    ya.p1 = f.top;
    const double left = y_margin(&ya, b->text.ylabel), right = f.W - SVG_PAD;
    draw_y_axis(&o, &ya, left, right, b->text.ylabel, SVG_PAD + 12);
    const double slot = (right - left) / (double)b->nboxes;
    const double bw = fmin(130, slot * 0.42);
    for (size_t k = 0; k < b->nboxes; k++) {
        const ct_svg_box *x = &b->boxes[k];
        const char *col = color_at(b->colors, k);
        const double cx = left + slot * ((double)k + 0.5);
        const double yl = ax_px(&ya, x->lo), yh = ax_px(&ya, x->hi);
        const double y1 = ax_px(&ya, x->q1), y3 = ax_px(&ya, x->q3), ym = ax_px(&ya, x->median);
        out(&o,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
            "stroke-width=\"1.5\"/>\n",
            cx, yh, cx, y3, SVG_AXIS);
        out(&o,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
            "stroke-width=\"1.5\"/>\n",
            cx, y1, cx, yl, SVG_AXIS);
        for (int e = 0; e < 2; e++)
            out(&o,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                "stroke-width=\"1.5\"/>\n",
                cx - bw / 4, e ? yl : yh, cx + bw / 4, e ? yl : yh, SVG_AXIS);
        out(&o,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
            "fill-opacity=\"0.85\" stroke=\"%s\" stroke-width=\"1.2\"/>\n",
            cx - bw / 2, y3, bw, fmax(y1 - y3, 1), col, SVG_AXIS);
        out(&o,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
            "stroke-width=\"3\"/>\n",
            cx - bw / 2, ym, cx + bw / 2, ym, ink_on(col));
        char num[64], lab[96];
        ct_svg_fmt_num(num, sizeof num, x->median,
                       fabs(x->median) >= 100 ? 0 : short_decimals(x->median));
        snprintf(lab, sizeof lab, "median %s", num);
        out_text(&o, cx + bw / 2 + 8, ym + 4.5, SVG_LABEL_SIZE, "start", SVG_INK, "bold", lab);
        out_text(&o, cx, ya.p0 + 22, SVG_LABEL_SIZE, "middle", SVG_INK, "bold", x->label);
        ct_svg_fmt_num(num, sizeof num, (double)x->n, 0);
        snprintf(lab, sizeof lab, "n = %s", num);
        out_text(&o, cx, ya.p0 + 39, SVG_TICK_SIZE, "middle", SVG_MUTED, NULL, lab);
    }
    out(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", left, ya.p0,
        right, ya.p0, SVG_AXIS);
    frame_end(&o, &b->text, &f);
    return finish(&o, diag);
}

/* ------------------------------------------------------- stacked bars */

ct_status ct_svg_write_stacked(FILE *fp, const ct_svg_layout *l, const ct_svg_stacked *st,
                               ct_diag *diag)
{
    ct_svg_layout dl = ct_svg_layout_default();
    if (!l)
        l = &dl;
    ct_status s = check_common(l, &st->text, diag);
    if (s)
        return s;
    if (!st->nbars || !st->nsegs || st->nsegs > 8 || st->nbars > 24 || !st->counts ||
        !st->bar_names || !st->seg_names)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0,
                           "stacked bars need 1..24 bars, 1..8 segments, names and counts");
    svg_out o = {fp, 0};
    legend_item leg[8];
    for (size_t g = 0; g < st->nsegs; g++) {
        leg[g].name = st->seg_names[g];
        leg[g].color = color_at(st->colors, g);
    }
    svg_frame f;
    frame_begin(&o, l, &st->text, leg, st->nsegs, &f);
    double labw = 0;
    for (size_t b = 0; b < st->nbars; b++)
        labw =
            fmax(labw, text_width(st->bar_names[b], strlen(st->bar_names[b]), SVG_LABEL_SIZE, 1));
    labw = fmax(labw, 70);
    axis xa;
    axis_fit(&xa, 0, 100, 0);
    xa.d0 = 0;
    xa.d1 = 100;
    xa.nt = 0;
    for (int k = 0; k <= 4; k++)
        xa.ticks[xa.nt++] = 25.0 * k;
    xa.p0 = SVG_PAD + labw + 14;
    xa.p1 = f.W - SVG_PAD - 10;
    const double slot = (f.bottom - f.top) / (double)st->nbars;
    const double bh = fmin(64, slot * 0.62);
    for (size_t k = 0; k < xa.nt; k++) {
        const double x = ax_px(&xa, xa.ticks[k]);
        char b[16];
        snprintf(b, sizeof b, "%.0f%%", xa.ticks[k]);
        out(&o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x,
            f.top - 6, x, f.bottom, SVG_GRID);
        out_text(&o, x, f.bottom + 20, SVG_TICK_SIZE, "middle", SVG_MUTED, NULL, b);
    }
    for (size_t b = 0; b < st->nbars; b++) {
        double tot = 0;
        for (size_t g = 0; g < st->nsegs; g++)
            tot += fmax(st->counts[b * st->nsegs + g], 0);
        const double yc = f.top + slot * ((double)b + 0.5), y0 = yc - bh / 2;
        char num[48], lab[96];
        out_text(&o, xa.p0 - 12, yc - 2, SVG_LABEL_SIZE, "end", SVG_INK, "bold", st->bar_names[b]);
        ct_svg_fmt_num(num, sizeof num, tot, 0);
        snprintf(lab, sizeof lab, "n = %s", num);
        out_text(&o, xa.p0 - 12, yc + 15, SVG_TICK_SIZE, "end", SVG_MUTED, NULL, lab);
        double acc = 0;
        for (size_t g = 0; g < st->nsegs && tot > 0; g++) {
            const double c = fmax(st->counts[b * st->nsegs + g], 0), pct = 100 * c / tot;
            const double x0 = ax_px(&xa, 100 * acc / tot), x1 = ax_px(&xa, 100 * (acc + c) / tot);
            const char *col = color_at(st->colors, g);
            acc += c;
            if (c <= 0)
                continue;
            out(&o,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                "stroke=\"#ffffff\" stroke-width=\"1\"/>\n",
                x0, y0, x1 - x0, bh, col);
            snprintf(lab, sizeof lab, "%.0f%%", pct);
            if (x1 - x0 >= text_width(lab, strlen(lab), SVG_LABEL_SIZE, 1) + 10)
                out_text(&o, (x0 + x1) / 2, yc + 5, SVG_LABEL_SIZE, "middle", ink_on(col), "bold",
                         lab);
        }
    }
    if (st->text.xlabel)
        out_text(&o, (xa.p0 + xa.p1) / 2, f.bottom + 42, SVG_LABEL_SIZE, "middle", SVG_INK, NULL,
                 st->text.xlabel);
    frame_end(&o, &st->text, &f);
    return finish(&o, diag);
}

/* ------------------------------------------------------------ heatmap */

/* Diverging blue–white–orange (ColorBrewer PuOr ends, colour-blind safe):
 * -1 -> #2166AC, 0 -> #F7F7F7, +1 -> #B35806, linear in sRGB. */
static void diverging(double v, char *buf, size_t n)
{
    static const double neg[3] = {33, 102, 172}, mid[3] = {247, 247, 247}, pos[3] = {179, 88, 6};
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
    ct_status s = check_common(l, &h->text, diag);
    if (s)
        return s;
    if (!h->n || h->n > 32 || !h->labels || !h->values)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "heat map needs 1..32 labels and values");
    svg_out o = {fp, 0};
    svg_frame f;
    frame_begin(&o, l, &h->text, NULL, 0, &f);
    double labw = 0;
    for (size_t i = 0; i < h->n; i++)
        labw = fmax(labw, text_width(h->labels[i], strlen(h->labels[i]), SVG_LABEL_SIZE, 0));
    const double scale_w = 80; /* colour scale on the right */
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
        out_text(&o, gx - 10, gy + cell * ((double)i + 0.5) + 4.5, SVG_LABEL_SIZE, "end", SVG_INK,
                 NULL, h->labels[i]);
        for (size_t j = 0; j < h->n; j++) {
            const double v = h->values[i * h->n + j];
            const double x = gx + cell * (double)j, y = gy + cell * (double)i;
            diverging(v, col, sizeof col);
            out(&o,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\" "
                "stroke=\"#ffffff\" stroke-width=\"2\"/>\n",
                x, y, cell, cell, col);
            if (isnan(v))
                snprintf(b, sizeof b, "n/a");
            else
                snprintf(b, sizeof b, "%.2f", fabs(v) < 0.005 ? 0.0 : v);
            out_text(&o, x + cell / 2, y + cell / 2 + 5, fmin(15, cell / 4), "middle", ink_on(col),
                     i == j ? NULL : "bold", b);
        }
    }
    const double by = gy + cell * (double)h->n;
    for (size_t j = 0; j < h->n; j++) {
        const double x = gx + cell * ((double)j + 0.5);
        if (rotate) {
            out(&o,
                "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"end\" fill=\"%s\" "
                "transform=\"rotate(-30 %.1f %.1f)\">",
                x + 4, by + 16, SVG_LABEL_SIZE, SVG_INK, x + 4, by + 16);
            out_esc(&o, h->labels[j]);
            out(&o, "</text>\n");
        } else {
            out_text(&o, x, by + 20, SVG_LABEL_SIZE, "middle", SVG_INK, NULL, h->labels[j]);
        }
    }
    /* colour scale: a vertical gradient from +1 (top) to -1 */
    const double sx = gx + cell * (double)h->n + 28, sh = fmin(cell * (double)h->n, 260);
    out(&o, "<defs><linearGradient id=\"ct-div\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\">");
    for (int k = 0; k <= 8; k++) {
        diverging(1.0 - k / 4.0, col, sizeof col);
        out(&o, "<stop offset=\"%.3f\" stop-color=\"%s\"/>", k / 8.0, col);
    }
    out(&o, "</linearGradient></defs>\n");
    out(&o,
        "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"%.1f\" fill=\"url(#ct-div)\" "
        "stroke=\"#bbbbbb\"/>\n",
        sx, gy, sh);
    for (int k = 0; k <= 4; k++) {
        const double v = 1.0 - k * 0.5, y = gy + sh * k / 4.0;
        snprintf(b, sizeof b, "%s%.1f", v > 0 ? "+" : "", v);
        if (v == 0)
            snprintf(b, sizeof b, "0");
        out_text(&o, sx + 20, y + 4.5, SVG_TICK_SIZE, "start", SVG_MUTED, NULL, b);
    }
    frame_end(&o, &h->text, &f);
    return finish(&o, diag);
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
    ct_status s = check_common(l, &sc->text, diag);
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
                               "on a log axis",
                               i);
        x0 = fmin(x0, sc->x[i]);
        x1 = fmax(x1, sc->x[i]);
        y0 = fmin(y0, sc->y[i]);
        y1 = fmax(y1, sc->y[i]);
    }
    svg_out o = {fp, 0};
    legend_item leg[8];
    const size_t nleg = sc->group && sc->group_names ? ng : 0;
    for (size_t g = 0; g < nleg; g++) {
        leg[g].name = sc->group_names[g];
        leg[g].color = color_at(sc->colors, g);
    }
    svg_frame f;
    frame_begin(&o, l, &sc->text, leg, nleg, &f);
    axis xa, ya;
    axis_fit(&ya, sc->log_y ? 0 : y0, y1, sc->log_y);
    ya.p0 = f.bottom;
    ya.p1 = f.top;
    const double left = y_margin(&ya, sc->text.ylabel);
    axis_fit(&xa, sc->log_x ? 0 : x0, x1, sc->log_x);
    xa.p0 = left + 6;
    xa.p1 = f.W - SVG_PAD - 8;
    draw_y_axis(&o, &ya, left, xa.p1, sc->text.ylabel, SVG_PAD + 12);
    draw_x_axis(&o, &xa, f.bottom, f.top, 1, sc->text.xlabel, f.bottom + 42);
    /* systematic sample: keep row i when floor(i*m/n) steps */
    const size_t m = ct_svg_scatter_shown(sc->n, sc->max_points);
    out(&o, "<g fill-opacity=\"%.2f\">\n", SVG_POINT_OPACITY);
    for (size_t i = 0; i < sc->n; i++) {
        if (m < sc->n) {
            const unsigned long long a = (unsigned long long)i * m / sc->n;
            const unsigned long long b =
                i ? (unsigned long long)(i - 1) * m / sc->n : (unsigned long long)-1;
            if (i && a == b)
                continue;
        }
        const size_t g = sc->group ? (size_t)sc->group[i] : 0;
        out(&o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"/>\n", ax_px(&xa, sc->x[i]),
            ax_px(&ya, sc->y[i]), SVG_POINT_RADIUS, color_at(sc->colors, g));
    }
    out(&o, "</g>\n");
    frame_end(&o, &sc->text, &f);
    return finish(&o, diag);
}
