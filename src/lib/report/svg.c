/* svg.c — the frame every chart shares (see claimtriage/svg.h): document
 * head, wrapped title and subtitle, legend row, value axes, footnote, XML
 * escaping and the palette. The chart kinds are in svg_charts.c.
 *
 * Layout, top to bottom: wrapped title (the finding), subtitle, legend row,
 * plot area with axes, x-axis label, footnote. Text widths are estimated from
 * per-character advance widths of a Helvetica/Arial-like face, which is close
 * enough to wrap titles and to decide whether a label fits. Tick positions
 * come from Heckbert's "nice numbers" (Graphics Gems, 1990). */
#include "report/svg_internal.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

/* ------------------------------------------------------------ output */

void svg_printf(svg_out *o, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!o->err && vfprintf(o->fp, fmt, ap) < 0)
        o->err = 1;
    va_end(ap);
}

/* XML-escape: & < > " ' as entities; C0 controls other than tab/newline are
 * not allowed in XML 1.0 and are dropped. UTF-8 passes through. */
void svg_esc(svg_out *o, const char *s)
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
void svg_text(svg_out *o, double x, double y, double size, const char *anchor, const char *fill,
              const char *weight, const char *s)
{
    svg_printf(
        o, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"%s%s%s>",
        x, y, size, anchor, fill, weight ? " font-weight=\"" : "", weight ? weight : "",
        weight ? "\"" : "");
    svg_esc(o, s);
    svg_printf(o, "</text>\n");
}

/* ------------------------------------------------------- text metrics */

/* Advance width of one character in em, Helvetica-like. */
static double svg_char_em(unsigned char c)
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

/* Estimated width in px of UTF-8 text at `size` (bold: +6%): ASCII by
 * svg_char_em, any other character by its display columns (ct_textwidth:
 * 0.6 em a column, wide CJK and emoji 1 em, combining marks nothing). */
double svg_text_width(const char *s, size_t len, double size, int bold)
{
    double w = 0;
    for (size_t i = 0; i < len && s[i];) {
        const unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            w += svg_char_em(c);
            i++;
            continue;
        }
        uint32_t cp;
        const int k = ct_utf8_decode(s + i, len - i, &cp);
        const size_t cols = ct_textwidth(s + i, k ? (size_t)k : 1);
        w += cols == 0 ? 0 : cols == 1 ? 0.6 : 1.0;
        i += k ? (size_t)k : 1;
    }
    return w * size * (bold ? 1.06 : 1.0);
}

/* Greedy word wrap of s into at most maxlines lines no wider than width;
 * starts[k]/lens[k] describe line k; the last line may be longer than width
 * when the text does not fit. Returns the number of lines. */
static size_t svg_wrap(const char *s, double size, int bold, double width, size_t maxlines,
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
                if (svg_text_width(s + pos, end - pos, size, bold) > width && best)
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

/* s[0..len) as one line no wider than maxw px: a longer line (the last
 * of a wrapped text holding the rest, or one word wider than the canvas)
 * is cut with "…" (svg_fit_px). */
static void svg_text_n(svg_out *o, double x, double y, double size, const char *fill,
                       const char *weight, const char *s, size_t len, double maxw)
{
    char buf[1024];
    ct_textwidth_fit(buf, sizeof buf, s, len, SIZE_MAX, NULL, 0); /* never cut in a character */
    char cut[1024];
    svg_fit_px(cut, sizeof cut, buf, size, weight != NULL, maxw, 0);
    svg_text(o, x, y, size, "start", fill, weight, cut);
}

/* Bytes of the longest whole-grapheme prefix of s[0..n) at most w px wide. */
static size_t svg_prefix_px(const char *s, size_t n, double size, int bold, double w)
{
    size_t lo = 0, hi = ct_textwidth(s, n);
    while (lo < hi) {
        const size_t mid = (lo + hi + 1) / 2;
        if (svg_text_width(s, ct_textwidth_prefix(s, n, mid, SIZE_MAX, NULL), size, bold) <= w)
            lo = mid;
        else
            hi = mid - 1;
    }
    return ct_textwidth_prefix(s, n, lo, SIZE_MAX, NULL);
}

/* Byte offset of the shortest whole-grapheme suffix start of s[0..n)
 * whose tail is at most w px wide (n: none fits). */
static size_t svg_suffix_px(const char *s, size_t n, double size, int bold, double w)
{
    size_t lo = 0, hi = ct_textwidth(s, n); /* columns cut from the front */
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        const size_t b = ct_textwidth_prefix(s, n, mid, SIZE_MAX, NULL);
        if (svg_text_width(s + b, n - b, size, bold) <= w)
            hi = mid;
        else
            lo = mid + 1;
    }
    return ct_textwidth_prefix(s, n, lo, SIZE_MAX, NULL);
}

int svg_fit_px(char *out, size_t cap, const char *s, double size, int bold, double maxw, int middle)
{
    const size_t n = strlen(s);
    if (maxw <= 0 || svg_text_width(s, n, size, bold) <= maxw) {
        ct_textwidth_fit(out, cap, s, n, SIZE_MAX, NULL, 0);
        return 0;
    }
    const size_t el = strlen(SVG_ELLIPSIS);
    const double room = maxw - svg_text_width(SVG_ELLIPSIS, el, size, bold);
    /* in the middle, the tail keeps 40% of the room: names that differ
     * at their end ("group 01", "group 02") stay apart */
    const double tailw = middle ? 0.4 * room : 0;
    size_t head = svg_prefix_px(s, n, size, bold, room - tailw);
    size_t tail = middle ? svg_suffix_px(s, n, size, bold, tailw) : n;
    if (tail < head)
        tail = head;
    while (head > 0 && s[head - 1] == ' ')
        head--;
    while (tail < n && s[tail] == ' ')
        tail++;
    if (head + el + (n - tail) + 1 > cap) { /* no room in out: the head alone */
        ct_textwidth_fit(out, cap, s, head, SIZE_MAX, SVG_ELLIPSIS, 0);
        return 1;
    }
    memcpy(out, s, head);
    memcpy(out + head, SVG_ELLIPSIS, el);
    memcpy(out + head + el, s + tail, n - tail);
    out[head + el + n - tail] = '\0';
    return 1;
}

/* A data label: every class, level and column name a chart writes goes
 * through here (one place to change how a name is shown). No wider than
 * maxw px (0: no limit): a longer one is cut in the middle with "…"
 * (its start and end kept, so names differing at the end stay apart) and carries its
 * whole text in a <title> child, the tooltip a viewer shows on hover.
 * rotate (degrees, 0 for none) turns it about (x, y). */
void svg_label(svg_out *o, double x, double y, double size, const char *anchor, const char *fill,
               const char *weight, const char *s, double maxw, double rotate)
{
    svg_label_titled(o, x, y, size, anchor, fill, weight, s, maxw, rotate, NULL);
}

void svg_label_titled(svg_out *o, double x, double y, double size, const char *anchor,
                      const char *fill, const char *weight, const char *s, double maxw,
                      double rotate, const char *title)
{
    /* shown as text tables show it: quoted when white space borders it
     * ('x ' beside x, ct_textwidth_label), a control byte as its Control
     * Picture and a bidi control as <U+202E> (ct_utf8_visible): two labels
     * that differ only so stay apart, and no label reorders the chart's
     * text (before 2026-12-04 'west ' and 'west' read alike, an ESC was
     * dropped and a U+202E turned "ban<U+202E>ned" into "banden") */
    char quoted[1024], shown[1024 + 8 * CT_UTF8_VISIBLE_MAX];
    const char *raw = s ? s : "";
    const char *q = ct_textwidth_label(quoted, sizeof quoted, raw);
    (void)ct_utf8_visible_text(shown, sizeof shown, q, strlen(q));
    s = shown;
    /* the layout measured the name as the data hold it: the quotes and
     * pictures added here widen its room by what they add, rather than
     * cutting a short name such as 'x ' to "…" */
    const int bold = weight != NULL;
    if (maxw > 0 && strcmp(shown, raw) != 0)
        maxw += fmax(0, svg_text_width(shown, strlen(shown), size, bold) -
                            svg_text_width(raw, strlen(raw), size, bold));
    char cut[1024];
    const int was_cut = svg_fit_px(cut, sizeof cut, s, size, bold, maxw, 1) != 0;
    svg_printf(o, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"%s\" fill=\"%s\"",
               x, y, size, anchor, fill);
    if (weight)
        svg_printf(o, " font-weight=\"%s\"", weight);
    if (rotate != 0)
        svg_printf(o, " transform=\"rotate(%.0f %.1f %.1f)\"", rotate, x, y);
    svg_printf(o, ">");
    if (title || was_cut) {
        char whole[1024 + 8 * CT_UTF8_VISIBLE_MAX];
        if (title) {
            q = ct_textwidth_label(quoted, sizeof quoted, title);
            (void)ct_utf8_visible_text(whole, sizeof whole, q, strlen(q));
        }
        svg_printf(o, "<title>");
        svg_esc(o, title ? whole : s);
        svg_printf(o, "</title>");
    }
    svg_esc(o, cut);
    svg_printf(o, "</text>\n");
}

/* ------------------------------------------------------------ palette */

const char *ct_svg_palette(size_t k)
{
    /* Okabe & Ito (2002), ordered for contrast between neighbours. */
    static const char *const oi[] = {"#D55E00", "#0072B2", "#E69F00", "#009E73",
                                     "#CC79A7", "#56B4E9", "#F0E442", "#000000"};
    return oi[k % 8];
}

const char *svg_color(const char *const *colors, size_t k)
{
    return colors && colors[k] ? colors[k] : ct_svg_palette(k);
}

/* Relative svg_luminance (WCAG 2.x) of "#RRGGBB"; 1 when it cannot be parsed. */
static double svg_luminance(const char *hex)
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
const char *svg_ink_on(const char *bg)
{
    const double L = svg_luminance(bg);
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

/* Height of the legend rows: entries placed left to right, a new row
 * when the next would pass the canvas' right padding (an entry wider than
 * a whole row is cut, with its whole name in a tooltip: svg_label). With
 * o set, the rows are drawn with their first baseline at y. */
#define SVG_LEG_ROW 22.0
static double svg_legend_rows(svg_out *o, double W, double y, const svg_legend_item *leg,
                              size_t nleg)
{
    const double x0 = SVG_PAD, xmax = W - SVG_PAD, keyw = 20, gap = 26;
    double x = x0, rows = 1;
    for (size_t k = 0; k < nleg; k++) {
        const char *name = leg[k].name ? leg[k].name : "";
        const double full = svg_text_width(name, strlen(name), SVG_LABEL_SIZE, 0);
        const double tw = fmin(full, xmax - x0 - keyw);
        if (x > x0 && x + keyw + tw > xmax) { /* wrap */
            x = x0;
            y += SVG_LEG_ROW;
            rows++;
        }
        if (o) {
            if (leg[k].dash)
                svg_printf(o,
                           "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                           "stroke-width=\"%s\" stroke-dasharray=\"%s\"%s/>\n",
                           x, y - 4.5, x + 16, y - 4.5, leg[k].color,
                           leg[k].band ? "5\" stroke-opacity=\"0.6" : "2", leg[k].dash,
                           leg[k].band ? " stroke-linecap=\"round\"" : "");
            else
                svg_printf(o,
                           "<rect x=\"%.1f\" y=\"%.1f\" width=\"14\" height=\"14\" rx=\"2\" "
                           "fill=\"%s\"/>\n",
                           x, y - 11.5, leg[k].color);
            svg_label(o, x + keyw, y, SVG_LABEL_SIZE, "start", SVG_INK, NULL, name, tw, 0);
        }
        x += keyw + tw + gap;
    }
    return rows * SVG_LEG_ROW - SVG_LEG_ROW;
}

/* Lines the footnote takes (at most 2). */
static size_t svg_note_lines(const ct_svg_text *t, double W)
{
    if (!t->note || !*t->note)
        return 0;
    size_t st[2], ln[2];
    return svg_wrap(t->note, SVG_NOTE_SIZE, 0, W - 2 * SVG_PAD, 2, st, ln);
}

/* A title holds the chart's finding, so it is never cut: two lines of
 * SVG_TITLE_SIZE type, else of smaller type (down to SVG_TITLE_SIZE_MIN)
 * when that fits it in two, else as many lines as it takes at the
 * smallest (up to SVG_TITLE_LINES_MAX; a word wider than the canvas alone
 * is cut). Before 2026-12-04 the second line was cut ("...; 53%…"). */
static size_t svg_title_fit(const char *title, double tw, size_t *st, size_t *ln, double *size,
                            double *line)
{
    size_t nl = 0;
    for (double sz = SVG_TITLE_SIZE; sz >= SVG_TITLE_SIZE_MIN - 1e-9; sz -= 2) {
        *size = sz;
        *line = sz * SVG_TITLE_LINE / SVG_TITLE_SIZE;
        nl = svg_wrap(title, sz, 1, tw, SVG_TITLE_LINES_MAX, st, ln);
        if (nl == 0)
            return 0;
        if (nl <= 2 && svg_text_width(title + st[nl - 1], ln[nl - 1], sz, 1) <= tw)
            return nl;
    }
    return nl;
}

/* The title, subtitle and legend rows: drawn when o is set; the plot
 * area's top and bottom in *f either way (svg_frame_measure). */
static void svg_frame_head(svg_out *o, const ct_svg_layout *l, const ct_svg_text *t,
                           const svg_legend_item *leg, size_t nleg, svg_frame *f)
{
    f->W = l->width;
    f->H = l->height;
    size_t st[SVG_TITLE_LINES_MAX], ln[SVG_TITLE_LINES_MAX];
    const double tw = f->W - 2 * SVG_PAD;
    double size, line;
    size_t nl = svg_title_fit(t->title, tw, st, ln, &size, &line);
    double y = SVG_PAD + size * 0.8;
    for (size_t k = 0; k < nl; k++) {
        if (o)
            svg_text_n(o, SVG_PAD, y, size, SVG_INK, "bold", t->title + st[k], ln[k], tw);
        y += line;
    }
    y -= line;
    if (t->subtitle && *t->subtitle) {
        nl = svg_wrap(t->subtitle, SVG_SUB_SIZE, 0, tw, 2, st, ln);
        y += SVG_SUB_LINE + 4;
        for (size_t k = 0; k < nl; k++) {
            if (o)
                svg_text_n(o, SVG_PAD, y, SVG_SUB_SIZE, SVG_MUTED, NULL, t->subtitle + st[k], ln[k],
                           tw);
            y += SVG_SUB_LINE;
        }
        y -= SVG_SUB_LINE;
    }
    if (nleg) {
        y += 26;
        y += svg_legend_rows(o, f->W, y, leg, nleg);
    }
    f->top = y + 26;
    const size_t notes = svg_note_lines(t, f->W);
    f->bottom =
        f->H - SVG_PAD - (notes ? 22 + 14 * (double)(notes - 1) : 0) - (t->xlabel ? 44 : 26);
}

void svg_frame_measure(const ct_svg_layout *l, const ct_svg_text *t, const svg_legend_item *leg,
                       size_t nleg, svg_frame *f)
{
    svg_frame_head(NULL, l, t, leg, nleg, f);
}

/* Open the document: root, <title>/<desc>, background, title, subtitle,
 * legend rows. Fills f->top / f->bottom. */
void svg_frame_begin(svg_out *o, const ct_svg_layout *l, const ct_svg_text *t,
                     const svg_legend_item *leg, size_t nleg, svg_frame *f)
{
    svg_printf(o,
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
               "viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"ct-title ct-desc\" "
               "font-family=\"%s\">\n",
               l->width, l->height, l->width, l->height, SVG_FONT);
    svg_printf(o, "<title id=\"ct-title\">");
    svg_esc(o, t->title);
    svg_printf(o, "</title>\n<desc id=\"ct-desc\">");
    svg_esc(o, t->desc ? t->desc : t->subtitle ? t->subtitle : t->title);
    svg_printf(o, "</desc>\n");
    svg_printf(o, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>\n", l->width,
               l->height);
    svg_printf(o, "<g aria-hidden=\"true\">\n");
    svg_frame_head(o, l, t, leg, nleg, f);
    svg_printf(o, "</g>\n");
}

/* The footnote, wrapped to two lines (the second cut with "…" when the
 * note is longer), and the document's end. */
void svg_frame_end(svg_out *o, const ct_svg_text *t, const svg_frame *f)
{
    const size_t notes = svg_note_lines(t, f->W);
    if (notes) {
        size_t st[2], ln[2];
        svg_wrap(t->note, SVG_NOTE_SIZE, 0, f->W - 2 * SVG_PAD, 2, st, ln);
        for (size_t k = 0; k < notes; k++)
            svg_text_n(o, SVG_PAD, f->H - SVG_PAD + 8 - 14 * (double)(notes - 1 - k), SVG_NOTE_SIZE,
                       SVG_MUTED, NULL, t->note + st[k], ln[k], f->W - 2 * SVG_PAD);
    }
    svg_printf(o, "</svg>\n");
}

/* --------------------------------------------------------------- axes */

/* Heckbert's nice number: a 1, 2 or 5 times a power of ten near x. */
static double svg_nice_num(double x, int round_it)
{
    const double e = floor(log10(x)), f = x / pow(10, e);
    double nf;
    if (round_it)
        nf = f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10;
    else
        nf = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return nf * pow(10, e);
}

static double svg_ax_t(const svg_axis *a, double v) { return a->log ? log10(1 + fmax(v, 0)) : v; }

double svg_ax_px(const svg_axis *a, double v)
{
    const double t = svg_ax_t(a, v);
    return a->p0 + (t - a->d0) / (a->d1 - a->d0) * (a->p1 - a->p0);
}

/* Fit an axis over [lo, hi] (data units). Linear: Heckbert's loose labels.
 * Log: 0 and powers of ten up to the first at or above hi. */
void svg_axis_fit(svg_axis *a, double lo, double hi, int log)
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
        /* every power of ten, or every k-th when there are more decades
         * than ticks (an axis up to 1e300 still reaches its top) */
        const double decades = round(log10(top));
        const double step = ceil(decades / (SVG_MAX_TICKS - 1));
        a->ticks[a->nt++] = 0;
        for (double e = step; e <= decades && a->nt < SVG_MAX_TICKS; e += step)
            a->ticks[a->nt++] = pow(10, e);
        a->suffix = 1;
        return;
    }
    if (hi <= lo)
        hi = lo + 1;
    const double range = svg_nice_num(hi - lo, 0);
    const double d = svg_nice_num(range / (SVG_TARGET_TICKS - 1), 1);
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

void svg_axis_whole(svg_axis *a)
{
    if (a->log || a->nt < 2 || a->ticks[1] - a->ticks[0] >= 1)
        return;
    const double g0 = ceil(a->d0 - 1e-9), g1 = floor(a->d1 + 1e-9);
    a->nt = 0;
    for (double v = g0; v <= g1 && a->nt < SVG_MAX_TICKS; v++)
        a->ticks[a->nt++] = v == 0 ? 0 : v; /* never "-0" */
    /* a domain that ended between whole numbers ends at the next one, so
     * the top of a count axis is labelled */
    if (a->nt && a->ticks[a->nt - 1] < a->d1 - 1e-9 && a->d0 >= 0 && a->nt < SVG_MAX_TICKS) {
        a->d1 = ceil(a->d1);
        a->ticks[a->nt++] = a->d1;
    }
}

static double svg_ytick_width(const svg_axis *a)
{
    double w = 0;
    for (size_t k = 0; k < a->nt; k++) {
        char b[48];
        ct_numfmt_tick(b, sizeof b, a->ticks[k], a->suffix);
        w = fmax(w, svg_text_width(b, strlen(b), SVG_TICK_SIZE, 0));
    }
    return w;
}

/* Left margin for a y axis with these ticks and an optional rotated label. */
double svg_y_margin(const svg_axis *a, const char *ylabel)
{
    return SVG_PAD + (ylabel ? 26 : 0) + svg_ytick_width(a) + 10;
}

/* Smallest stride s such that labelling every s-th tick (from the first)
 * leaves at least SVG_TICK_GAP px between neighbouring labels; pos[k] is
 * the label centre along the axis, ext[k] its extent along it. */
static size_t svg_tick_stride(const double *pos, const double *ext, size_t nt)
{
    for (size_t s = 1; s < nt; s++) {
        int ok = 1;
        for (size_t k = 0; ok && k + s < nt; k += s)
            ok = fabs(pos[k + s] - pos[k]) >= (ext[k] + ext[k + s]) / 2 + SVG_TICK_GAP;
        if (ok)
            return s;
    }
    return nt ? nt : 1;
}

/* Gridlines and tick labels of a vertical value axis spanning x0..x1;
 * labels thinned (every s-th) when they would overlap. */
void svg_draw_y_axis(svg_out *o, const svg_axis *a, double x0, double x1, const char *label,
                     double label_x)
{
    double pos[SVG_MAX_TICKS] = {0}, ext[SVG_MAX_TICKS] = {0};
    for (size_t k = 0; k < a->nt; k++) {
        pos[k] = svg_ax_px(a, a->ticks[k]);
        ext[k] = SVG_TICK_SIZE; /* one line of text */
    }
    const size_t stride = svg_tick_stride(pos, ext, a->nt);
    for (size_t k = 0; k < a->nt; k++) {
        char b[48];
        const double y = pos[k];
        svg_printf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x0,
                   y, x1, y, SVG_GRID);
        if (k % stride)
            continue;
        ct_numfmt_tick(b, sizeof b, a->ticks[k], a->suffix);
        svg_text(o, x0 - 8, y + 4.2, SVG_TICK_SIZE, "end", SVG_MUTED, NULL, b);
    }
    if (label) {
        const double yc = (a->p0 + a->p1) / 2;
        svg_printf(o,
                   "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%.1f\" text-anchor=\"middle\" "
                   "fill=\"%s\" transform=\"rotate(-90 %.1f %.1f)\">",
                   label_x, yc, SVG_LABEL_SIZE, SVG_INK, label_x, yc);
        svg_esc(o, label);
        svg_printf(o, "</text>\n");
    }
}

/* Tick marks and labels of a horizontal value axis at baseline y; vertical
 * gridlines up to ytop when grid is set. Every label stays inside
 * 0..canvas_w (one near an edge is moved in, centred no closer than half
 * its estimated width), and labels are thinned to every s-th tick when
 * they would overlap; the unlabelled ticks keep their marks. */
void svg_draw_x_axis(svg_out *o, const svg_axis *a, double y, double ytop, int grid,
                     const char *label, double label_y, double canvas_w)
{
    char b[SVG_MAX_TICKS][48] = {{0}};
    double pos[SVG_MAX_TICKS] = {0}, ext[SVG_MAX_TICKS] = {0};
    for (size_t k = 0; k < a->nt; k++) {
        ct_numfmt_tick(b[k], sizeof b[k], a->ticks[k], a->suffix);
        ext[k] = svg_text_width(b[k], strlen(b[k]), SVG_TICK_SIZE, 0);
        const double lo = SVG_EDGE + ext[k] / 2, hi = canvas_w - SVG_EDGE - ext[k] / 2;
        pos[k] = lo > hi ? canvas_w / 2 : fmin(fmax(svg_ax_px(a, a->ticks[k]), lo), hi);
    }
    const size_t stride = svg_tick_stride(pos, ext, a->nt);
    for (size_t k = 0; k < a->nt; k++) {
        const double x = svg_ax_px(a, a->ticks[k]);
        if (grid)
            svg_printf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n",
                       x, ytop, x, y, SVG_GRID);
        svg_printf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", x,
                   y, x, y + 5, SVG_AXIS);
        if (k % stride == 0)
            svg_text(o, pos[k], y + 20, SVG_TICK_SIZE, "middle", SVG_MUTED, NULL, b[k]);
    }
    svg_printf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>\n", a->p0,
               y, a->p1, y, SVG_AXIS);
    if (label)
        svg_text(o, (a->p0 + a->p1) / 2, label_y, SVG_LABEL_SIZE, "middle", SVG_INK, NULL, label);
}

ct_status svg_finish(svg_out *o, ct_diag *diag)
{
    if (o->err || fflush(o->fp) != 0 || ferror(o->fp))
        return ct_diag_set(diag, CT_EIO, NULL, 0, 0, "write error while writing a chart");
    return CT_OK;
}

ct_status svg_check_common(const ct_svg_layout *l, const ct_svg_text *t, ct_diag *diag)
{
    const char *m = ct_svg_layout_check(l);
    if (m)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "%s", m);
    if (!t->title)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, 0, "a chart needs a title");
    return CT_OK;
}
