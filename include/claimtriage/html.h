/* claimtriage/html.h — self-contained HTML documents: one escaping
 * function, a document with its stylesheet, sections, paragraphs, lists,
 * tables, and SVG charts inlined after a check that they are our own.
 * Layer: report (docs/design.md).
 *
 * The writer produces one file a browser opens with no network and no
 * script: the stylesheet is inline (<style>), charts are inline <svg>.
 *
 * Escaping. Every piece of text goes through ct_html_text() (and the
 * functions built on it), which writes & < > " ' as &amp; &lt; &gt; &quot;
 * &#39; and drops C0 control characters other than tab and newline, DEL and
 * the C1 controls; bytes that are not valid UTF-8 are written as U+FFFD (so a broken
 * byte cannot swallow the markup after it). The result is safe in element
 * content and in a double- or single-quoted attribute value. Only
 * ct_html_raw() writes bytes unescaped: it is for markup the caller spells
 * out as string constants, never for data. (The OWASP XSS Prevention Cheat
 * Sheet, rule #1 and #2: escape for the context, quote every attribute.)
 *
 * Inline SVG (ct_html_svg). An SVG file is inlined only when it is one of
 * the charts claimtriage writes (claimtriage/svg.h, queue_chart.h): it must
 * start with <svg xmlns="http://www.w3.org/2000/svg", hold only the
 * elements and attributes those writers use (svg g title desc rect line
 * polyline polygon path circle text tspan defs linearGradient stop), no
 * attribute whose name starts with "on", no href, no url() other than a
 * local "#id", no comment, processing instruction, CDATA or DOCTYPE, and
 * only the character references &amp; &lt; &gt; &quot; &apos; &#N; &#xH;.
 * Anything else is refused (CT_EFORMAT with the reason): the chart is then
 * not inlined and the caller says so. Each inlined chart's ids are
 * prefixed with "fN-" (N counts the charts of the document) and the
 * references to them (aria-labelledby, url(#...)) rewritten, so that ids
 * stay unique in the page.
 *
 * Errors are sticky: after a failed write every call is a no-op and
 * ct_html_finish() returns CT_EIO. Ownership: the writer borrows fp (not
 * closed) and every string for the duration of a call. Thread-safety: a
 * writer is used by one thread at a time; distinct writers are
 * independent.
 */
#ifndef CLAIMTRIAGE_HTML_H
#define CLAIMTRIAGE_HTML_H

#include "claimtriage/common.h"
#include "claimtriage/svg.h"

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct ct_html ct_html;

/* A writer on fp (borrowed). NULL when out of memory or fp is NULL. */
CT_API ct_html *ct_html_new(FILE *fp);
/* Flush and free the writer: CT_OK, or CT_EIO when a write failed.
 * Accepts NULL (CT_OK). */
CT_API ct_status ct_html_finish(ct_html *h);
/* Nonzero once a write has failed. */
CT_API int ct_html_failed(const ct_html *h);

/* THE escaping function: s (NUL-terminated; NULL writes nothing) as text. */
CT_API void ct_html_text(ct_html *h, const char *s);
/* The first n bytes of s, escaped as ct_html_text. */
CT_API void ct_html_textn(ct_html *h, const char *s, size_t n);
/* printf-style, the whole result escaped by ct_html_text (cut at 8 KiB). */
CT_API void ct_html_textf(ct_html *h, const char *fmt, ...) CT_PRINTF(2, 3);
/* Markup written as given: for the caller's own string constants only. */
CT_API void ct_html_raw(ct_html *h, const char *markup);
/* Escape s into buf (n bytes, NUL-terminated, cut at a character boundary
 * when it does not fit); returns the length the whole escaped text needs
 * (as snprintf). For callers that need the escaped text as a string. */
CT_API size_t ct_html_escape(char *buf, size_t n, const char *s);

/* <!DOCTYPE html>, <html lang="en">, <head> with charset, viewport, the
 * title (escaped) and css (raw, the caller's stylesheet; NULL: none),
 * then <body>. */
CT_API void ct_html_begin(ct_html *h, const char *title, const char *css);
/* </body></html>. */
CT_API void ct_html_end(ct_html *h);

/* <section id="ID"><h2>HEADING</h2> ... </section>. id is escaped too. */
CT_API void ct_html_section_begin(ct_html *h, const char *id, const char *heading);
CT_API void ct_html_section_end(ct_html *h);
/* <hLEVEL>text</hLEVEL>, level clamped to 1..6. */
CT_API void ct_html_heading(ct_html *h, int level, const char *text);
/* <p class="CLS">text</p> (cls NULL: no class). */
CT_API void ct_html_para(ct_html *h, const char *cls, const char *text);
/* The same, printf-style (the result escaped). */
CT_API void ct_html_paraf(ct_html *h, const char *cls, const char *fmt, ...) CT_PRINTF(3, 4);
/* <ul class="CLS"> / <li>text</li> / </ul>. */
CT_API void ct_html_list_begin(ct_html *h, const char *cls);
CT_API void ct_html_item(ct_html *h, const char *text);
CT_API void ct_html_list_end(ct_html *h);

/* A table: caption (may be NULL), ncols header cells (headers may be NULL:
 * no header row) and align, one letter a column ('l' left; 'r' right,
 * numbers: class "num"; 'w' left, long tokens such as hashes and paths
 * may break anywhere: class "wrap"; 'd' left, dates kept whole on their
 * line: class "date"; 'c' left, commands: class "cmd", each
 * space-separated word of at most 40 bytes in a <span> kept whole on its
 * line, a longer one breaking anywhere; NULL: all left). Rows hold ncols cells each (a NULL cell is
 * empty). ct_html_table_end closes it, with a note under it (may be NULL).
 * A table wider than a phone scrolls sideways in its own box. */
CT_API void ct_html_table_begin(ct_html *h, const char *caption, size_t ncols,
                                const char *const *headers, const char *align);
CT_API void ct_html_table_row(ct_html *h, const char *const *cells);
CT_API void ct_html_table_end(ct_html *h, const char *note);

/* Inline an SVG chart (svg[0..len)) in a <figure> with a one-sentence
 * caption (escaped; may be NULL). CT_OK; CT_EFORMAT when the SVG is not one
 * of ours (the reason in d; nothing is written); CT_EINVAL for NULL
 * arguments. */
CT_API ct_status ct_html_svg(ct_html *h, const char *svg, size_t len, const char *caption,
                             ct_diag *d);
/* The check alone: CT_OK when svg[0..len) would be inlined, else
 * CT_EFORMAT with the reason (element or attribute named, byte offset);
 * CT_EINVAL for svg NULL. */
CT_API ct_status ct_html_svg_check(const char *svg, size_t len, ct_diag *d);

/* ---- Two small charts the report draws itself, in the conventions of
 * claimtriage/svg.h (title stating the finding, labelled axes, Okabe–Ito
 * colours, <title>/<desc>, same input same bytes). */

/* Horizontal bars, one per label (a value that is not finite drawn as
 * "undefined"), in the order given (the caller orders them), 1..30 bars;
 * err[i] (may be NULL) draws a +-err whisker. The axis starts at 0; a
 * negative value extends it left and its bar runs left from 0 (since
 * 2026-12-03: before, a negative value was refused). value_decimals:
 * decimals of the signed value printed right of each bar (0..6); a value
 * that is not 0 but rounds to it reads "<0.0001" (">-0.0001" below 0),
 * never "0.0000" (since 2026-12-06). CT_EINVAL
 * (no bars, too many, no title, bad layout), CT_EIO. */
typedef struct ct_html_bars {
    ct_svg_text text;
    size_t n;
    const char *const *labels;
    const double *value;
    const double *err;
    int value_decimals;
} ct_html_bars;
CT_API ct_status ct_html_write_bars(FILE *fp, const ct_svg_layout *l, const ct_html_bars *b,
                                    ct_diag *d);

/* Reliability diagram (calibration curve): n bins with mean predicted
 * probability x[i] and observed frequency y[i] (both in [0, 1]; a NaN bin,
 * empty, is skipped) and count[i] rows, drawn as points, a line joining
 * only neighbouring bins that are both drawn (none across an empty bin),
 * under the dashed diagonal of perfect calibration; point area grows with
 * the count. (DeGroot & Fienberg 1983; sklearn.calibration.calibration_curve.)
 * CT_EINVAL (n == 0 or > 100, values outside [0, 1], no title), CT_EIO. */
typedef struct ct_html_reliability {
    ct_svg_text text;
    size_t n;
    const double *x, *y;
    const double *count;
} ct_html_reliability;
CT_API ct_status ct_html_write_reliability(FILE *fp, const ct_svg_layout *l,
                                           const ct_html_reliability *r, ct_diag *d);

#ifdef __cplusplus
}
#endif
#endif
