/* html.c — the HTML writer (claimtriage/html.h): the one escaping
 * function, the document, sections, paragraphs, lists and tables. Inline
 * SVG is html_svg.c; the report's own small charts are html_charts.c. */
#include "claimtriage/html.h"
#include "claimtriage/textwidth.h"
#include "claimtriage/utf8.h"
#include "report/html_internal.h"

#include <stdarg.h>
#include <string.h>

#define HTML_FMT_MAX 8192

ct_html *ct_html_new(FILE *fp)
{
    if (!fp)
        return NULL;
    ct_html *h = ct_calloc(1, sizeof *h);
    if (h)
        h->fp = fp;
    return h;
}

ct_status ct_html_finish(ct_html *h)
{
    if (!h)
        return CT_OK;
    int bad = h->err || fflush(h->fp) != 0 || ferror(h->fp);
    ct_free(h);
    return bad ? CT_EIO : CT_OK;
}

int ct_html_failed(const ct_html *h) { return !h || h->err; }

void html_put(ct_html *h, const char *s, size_t n)
{
    if (h->err || n == 0)
        return;
    if (fwrite(s, 1, n, h->fp) != n)
        h->err = 1;
}

void ct_html_raw(ct_html *h, const char *markup)
{
    if (h && markup)
        html_put(h, markup, strlen(markup));
}

/* The replacement for one byte or character, or NULL to copy it: the five
 * HTML-special characters, dropped controls (""), U+FFFD for bad UTF-8. */
static const char *esc_of(unsigned char c)
{
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    case '\t':
    case '\n': return NULL;
    default: return (c < 0x20 || c == 0x7f) ? "" : NULL;
    }
}

/* Walk s[0..n), calling out(user, piece, len) with each piece of the
 * escaped text: runs of plain bytes, replacements. One walk for both the
 * stream and the buffer forms, so they cannot disagree. */
typedef void (*esc_sink)(void *user, const char *s, size_t n);

static void escape_walk(const char *s, size_t n, esc_sink out, void *user)
{
    size_t run = 0, i = 0;
    while (i < n) {
        const unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            const char *r = esc_of(c);
            if (r) {
                out(user, s + run, i - run);
                out(user, r, strlen(r));
                run = i + 1;
            }
            i++;
            continue;
        }
        uint32_t cp;
        const int len = ct_utf8_decode(s + i, n - i, &cp);
        if (len > 0 && !(cp >= 0x80 && cp < 0xa0)) { /* C1 controls dropped too */
            i += (size_t)len;
            continue;
        }
        out(user, s + run, i - run);
        if (len == 0)
            out(user, "\xef\xbf\xbd", 3);
        i += len > 0 ? (size_t)len : 1;
        run = i;
    }
    out(user, s + run, n - run);
}

static void sink_stream(void *user, const char *s, size_t n) { html_put(user, s, n); }

void ct_html_textn(ct_html *h, const char *s, size_t n)
{
    if (h && s)
        escape_walk(s, n, sink_stream, h);
}

void ct_html_text(ct_html *h, const char *s)
{
    if (s)
        ct_html_textn(h, s, strlen(s));
}

typedef struct esc_buf {
    char *buf;
    size_t cap, len; /* len: the length the whole escaped text needs */
    size_t used;     /* bytes stored in buf (without the NUL) */
    int stopped;     /* a piece did not fit: nothing more is stored */
} esc_buf;

/* Store a piece when it fits; an entity ("&...;") is stored whole or not at
 * all, a plain run cut between grapheme clusters (ct_textwidth_prefix). */
static void sink_buf(void *user, const char *s, size_t n)
{
    esc_buf *b = user;
    b->len += n;
    if (b->stopped || b->cap == 0)
        return;
    size_t k = 0;
    if (b->used + n < b->cap) {
        k = n;
    } else {
        b->stopped = 1;
        if (s[0] != '&')
            k = ct_textwidth_prefix(s, n, SIZE_MAX, b->cap - 1 - b->used, NULL);
    }
    memcpy(b->buf + b->used, s, k);
    b->used += k;
    b->buf[b->used] = '\0';
}

size_t ct_html_escape(char *buf, size_t n, const char *s)
{
    esc_buf b = {buf, buf ? n : 0, 0, 0, 0};
    if (buf && n)
        buf[0] = '\0';
    if (s)
        escape_walk(s, strlen(s), sink_buf, &b);
    return b.len;
}

static void vtextf(ct_html *h, const char *fmt, va_list ap)
{
    char buf[HTML_FMT_MAX];
    ct_textwidth_vsnprintf(buf, sizeof buf, fmt, ap);
    ct_html_text(h, buf);
}

void ct_html_textf(ct_html *h, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vtextf(h, fmt, ap);
    va_end(ap);
}

void ct_html_begin(ct_html *h, const char *title, const char *css)
{
    ct_html_raw(h, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                   "<title>");
    ct_html_text(h, title);
    ct_html_raw(h, "</title>\n");
    if (css) {
        ct_html_raw(h, "<style>\n");
        ct_html_raw(h, css);
        ct_html_raw(h, "</style>\n");
    }
    ct_html_raw(h, "</head>\n<body>\n");
}

void ct_html_end(ct_html *h) { ct_html_raw(h, "</body>\n</html>\n"); }

void ct_html_section_begin(ct_html *h, const char *id, const char *heading)
{
    ct_html_raw(h, "<section id=\"");
    ct_html_text(h, id);
    ct_html_raw(h, "\">\n<h2>");
    ct_html_text(h, heading);
    ct_html_raw(h, "</h2>\n");
}

void ct_html_section_end(ct_html *h) { ct_html_raw(h, "</section>\n"); }

void ct_html_heading(ct_html *h, int level, const char *text)
{
    char open[8], close[8];
    level = level < 1 ? 1 : level > 6 ? 6 : level;
    snprintf(open, sizeof open, "<h%d>", level);
    snprintf(close, sizeof close, "</h%d>\n", level);
    ct_html_raw(h, open);
    ct_html_text(h, text);
    ct_html_raw(h, close);
}

static void para_open(ct_html *h, const char *cls)
{
    if (cls) {
        ct_html_raw(h, "<p class=\"");
        ct_html_text(h, cls);
        ct_html_raw(h, "\">");
    } else {
        ct_html_raw(h, "<p>");
    }
}

void ct_html_para(ct_html *h, const char *cls, const char *text)
{
    para_open(h, cls);
    ct_html_text(h, text);
    ct_html_raw(h, "</p>\n");
}

void ct_html_paraf(ct_html *h, const char *cls, const char *fmt, ...)
{
    va_list ap;
    para_open(h, cls);
    va_start(ap, fmt);
    vtextf(h, fmt, ap);
    va_end(ap);
    ct_html_raw(h, "</p>\n");
}

void ct_html_list_begin(ct_html *h, const char *cls)
{
    if (cls) {
        ct_html_raw(h, "<ul class=\"");
        ct_html_text(h, cls);
        ct_html_raw(h, "\">\n");
    } else {
        ct_html_raw(h, "<ul>\n");
    }
}

void ct_html_item(ct_html *h, const char *text)
{
    ct_html_raw(h, "<li>");
    ct_html_text(h, text);
    ct_html_raw(h, "</li>\n");
}

void ct_html_list_end(ct_html *h) { ct_html_raw(h, "</ul>\n"); }

static const char *align_attr(const ct_html *h, size_t j)
{
    if (j >= h->ncols)
        return "";
    return h->align[j] == 'r'   ? " class=\"num\""
           : h->align[j] == 'w' ? " class=\"wrap\""
           : h->align[j] == 'd' ? " class=\"date\""
           : h->align[j] == 'c' ? " class=\"cmd\""
                                : "";
}

/* A 'c' cell: each shell word (spaces inside quotes kept) of at most
 * HTML_WHOLE_WORD bytes
 * in its own <span>, which the style sheet keeps whole on its line
 * (td.cmd span): the line breaks at the spaces, never after a hyphen
 * inside a word ("--max-" / "rejected", "2026-" / "12-07" in a command
 * before 2026-12-04: tests/cli/report_pdf_words_whole). A longer word (a
 * path, a hash) may break anywhere, as a 'w' cell's: kept whole, it would
 * widen the column past the page. */
#define HTML_WHOLE_WORD 40
static void cell_words(ct_html *h, const char *s)
{
    if (!s)
        return;
    for (;;) {
        const size_t sp = strspn(s, " ");
        if (sp)
            ct_html_textn(h, s, sp);
        s += sp;
        if (!*s)
            break;
        /* a shell word: a space inside its quotes ('run dir/model.ctm',
         * --x='a b', 'it'\''s') does not end it (before 2026-12-04 the line
         * broke there); a quote opens at the word's start or after '=' or
         * a quote, so that an apostrophe in prose (the run's) opens none */
        size_t n = 0;
        for (char q = 0; s[n] && (q || s[n] != ' '); n++) {
            if (q && s[n] == q)
                q = 0;
            else if (!q && (s[n] == '\'' || s[n] == '"') &&
                     (n == 0 || s[n - 1] == '=' || s[n - 1] == '\''))
                q = s[n];
        }
        if (n <= HTML_WHOLE_WORD) {
            ct_html_raw(h, "<span>");
            ct_html_textn(h, s, n);
            ct_html_raw(h, "</span>");
        } else
            ct_html_textn(h, s, n);
        s += n;
    }
}

void ct_html_table_begin(ct_html *h, const char *caption, size_t ncols, const char *const *headers,
                         const char *align)
{
    if (!h)
        return;
    h->ncols = ncols < HTML_MAX_COLS ? ncols : HTML_MAX_COLS;
    memset(h->align, 'l', sizeof h->align);
    for (size_t j = 0; align && j < h->ncols && align[j]; j++)
        h->align[j] = align[j];
    ct_html_raw(h, "<div class=\"tablewrap\"><table>\n");
    if (caption) {
        ct_html_raw(h, "<caption>");
        ct_html_text(h, caption);
        ct_html_raw(h, "</caption>\n");
    }
    if (headers) {
        ct_html_raw(h, "<thead><tr>");
        for (size_t j = 0; j < h->ncols; j++) {
            ct_html_raw(h, "<th scope=\"col\"");
            ct_html_raw(h, align_attr(h, j));
            ct_html_raw(h, ">");
            ct_html_text(h, headers[j]);
            ct_html_raw(h, "</th>");
        }
        ct_html_raw(h, "</tr></thead>\n");
    }
    ct_html_raw(h, "<tbody>\n");
}

void ct_html_table_row(ct_html *h, const char *const *cells)
{
    if (!h)
        return;
    ct_html_raw(h, "<tr>");
    for (size_t j = 0; j < h->ncols; j++) {
        ct_html_raw(h, "<td");
        ct_html_raw(h, align_attr(h, j));
        ct_html_raw(h, ">");
        if (h->align[j] == 'c')
            cell_words(h, cells ? cells[j] : NULL);
        else
            ct_html_text(h, cells ? cells[j] : NULL);
        ct_html_raw(h, "</td>");
    }
    ct_html_raw(h, "</tr>\n");
}

void ct_html_table_end(ct_html *h, const char *note)
{
    ct_html_raw(h, "</tbody></table></div>\n");
    if (note)
        ct_html_para(h, "note", note);
}
