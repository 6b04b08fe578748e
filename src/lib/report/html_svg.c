/* html_svg.c — inlining our own SVG charts in an HTML page
 * (claimtriage/html.h, ct_html_svg): a strict check that the file is one of
 * the charts claimtriage writes (an allow-list of elements, attributes and
 * character references, in the spirit of an HTML sanitizer such as
 * DOMPurify's SVG profile, but refusing instead of cleaning), and the
 * rewrite of its ids so that several charts share one page. */
#include "claimtriage/html.h"
#include "report/html_internal.h"

#include <string.h>

#define SVG_ROOT "<svg xmlns=\"http://www.w3.org/2000/svg\""

static const char *const svg_elements[] = {
    "svg",    "g",       "title", "desc",  "rect", "line",           "polyline", "polygon", "path",
    "circle", "ellipse", "text",  "tspan", "defs", "linearGradient", "stop",     NULL};

static const char *const svg_attrs[] = {"xmlns",
                                        "width",
                                        "height",
                                        "viewBox",
                                        "role",
                                        "aria-labelledby",
                                        "aria-hidden",
                                        "font-family",
                                        "font-size",
                                        "font-weight",
                                        "font-style",
                                        "id",
                                        "x",
                                        "y",
                                        "x1",
                                        "y1",
                                        "x2",
                                        "y2",
                                        "dx",
                                        "dy",
                                        "cx",
                                        "cy",
                                        "r",
                                        "rx",
                                        "ry",
                                        "d",
                                        "points",
                                        "fill",
                                        "fill-opacity",
                                        "stroke",
                                        "stroke-width",
                                        "stroke-dasharray",
                                        "stroke-opacity",
                                        "stroke-linecap",
                                        "stroke-linejoin",
                                        "opacity",
                                        "text-anchor",
                                        "dominant-baseline",
                                        "transform",
                                        "offset",
                                        "stop-color",
                                        "stop-opacity",
                                        "gradientUnits",
                                        "preserveAspectRatio",
                                        NULL};

static int in_list(const char *const *list, const char *s, size_t n)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
            return 1;
    return 0;
}

typedef struct svg_walk {
    const char *s;
    size_t n, i;
    ct_html *out; /* NULL: check only */
    char prefix[16];
    ct_diag *d;
} svg_walk;

static ct_status refuse(svg_walk *w, const char *what)
{
    return ct_diag_set(w->d, CT_EFORMAT, NULL, 0, (long)w->i + 1,
                       "not a claimtriage chart: %s at byte %zu", what, w->i + 1);
}

static void put(svg_walk *w, const char *s, size_t n)
{
    if (w->out)
        html_put(w->out, s, n);
}

static void puts_(svg_walk *w, const char *s) { put(w, s, strlen(s)); }

/* A character reference starting at s[0] == '&': its length when it is one
 * of those our writer emits, else 0. */
static size_t ref_len(const char *s, size_t n)
{
    static const char *const named[] = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;", NULL};
    for (size_t k = 0; named[k]; k++) {
        const size_t l = strlen(named[k]);
        if (n >= l && memcmp(s, named[k], l) == 0)
            return l;
    }
    size_t i = 1;
    if (i < n && s[i] == '#') {
        i++;
        const int hex = i < n && (s[i] == 'x' || s[i] == 'X');
        i += (size_t)hex;
        const size_t start = i;
        while (i < n && i - start < 8 &&
               ((s[i] >= '0' && s[i] <= '9') ||
                (hex && ((s[i] >= 'a' && s[i] <= 'f') || (s[i] >= 'A' && s[i] <= 'F')))))
            i++;
        if (i > start && i < n && s[i] == ';')
            return i + 1;
    }
    return 0;
}

/* Text between tags, up to the next '<': references checked, copied. */
static ct_status walk_text(svg_walk *w)
{
    const size_t start = w->i;
    while (w->i < w->n && w->s[w->i] != '<') {
        if (w->s[w->i] == '&') {
            const size_t l = ref_len(w->s + w->i, w->n - w->i);
            if (!l)
                return refuse(w, "an unknown character reference");
            w->i += l;
        } else if (w->s[w->i] == '>') {
            return refuse(w, "a stray '>'");
        } else {
            w->i++;
        }
    }
    put(w, w->s + start, w->i - start);
    return CT_OK;
}

static size_t name_len(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
                     (s[i] >= '0' && s[i] <= '9') || s[i] == '-' || s[i] == ':' || s[i] == '_'))
        i++;
    return i;
}

static int id_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

/* An attribute value v[0..n): checked, and written with ids prefixed where
 * the attribute names or references one. */
static ct_status walk_value(svg_walk *w, const char *an, size_t anl, const char *v, size_t n)
{
    const int is_id = anl == 2 && memcmp(an, "id", 2) == 0;
    const int is_ref_list = anl == 15 && memcmp(an, "aria-labelledby", 15) == 0;
    if (is_id || is_ref_list) {
        size_t i = 0;
        while (i < n) {
            while (i < n && v[i] == ' ')
                put(w, v + i++, 1);
            const size_t t = i;
            while (i < n && id_char(v[i]))
                i++;
            if (i < n && v[i] != ' ')
                return refuse(w, "an id with unexpected characters");
            if (i > t) {
                puts_(w, w->prefix);
                put(w, v + t, i - t);
            }
        }
        return CT_OK;
    }
    size_t i = 0, run = 0;
    while (i < n) {
        if (v[i] == '&') {
            const size_t l = ref_len(v + i, n - i);
            if (!l)
                return refuse(w, "an unknown character reference in an attribute");
            i += l;
        } else if (v[i] == '<') {
            return refuse(w, "'<' in an attribute value");
        } else if (n - i >= 4 && memcmp(v + i, "url(", 4) == 0) {
            if (n - i < 6 || v[i + 4] != '#')
                return refuse(w, "a url() that is not a local #id");
            size_t e = i + 5;
            while (e < n && id_char(v[e]))
                e++;
            if (e >= n || v[e] != ')' || e == i + 5)
                return refuse(w, "a malformed url(#id)");
            put(w, v + run, i + 5 - run);
            puts_(w, w->prefix);
            run = i + 5;
            i = e;
        } else {
            i++;
        }
    }
    put(w, v + run, n - run);
    return CT_OK;
}

/* One tag at w->i (w->s[w->i] == '<'); *depth tracks nesting. */
static ct_status walk_tag(svg_walk *w, int *depth)
{
    const char *s = w->s;
    size_t i = w->i + 1;
    if (i >= w->n)
        return refuse(w, "a truncated tag");
    if (s[i] == '!' || s[i] == '?')
        return refuse(w, "a comment, CDATA, DOCTYPE or processing instruction");
    const int closing = s[i] == '/';
    i += (size_t)closing;
    const size_t nl = name_len(s + i, w->n - i);
    if (!nl || !in_list(svg_elements, s + i, nl)) {
        w->i = i;
        return refuse(w, "an element that our charts do not use");
    }
    put(w, s + w->i, i + nl - w->i);
    i += nl;
    if (closing) {
        while (i < w->n && s[i] == ' ')
            i++;
        if (i >= w->n || s[i] != '>') {
            w->i = i;
            return refuse(w, "a malformed closing tag");
        }
        puts_(w, ">");
        w->i = i + 1;
        if (--*depth < 0)
            return refuse(w, "an unbalanced closing tag");
        return CT_OK;
    }
    for (;;) {
        size_t sp = i;
        while (i < w->n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\t'))
            i++;
        if (i >= w->n) {
            w->i = i;
            return refuse(w, "a truncated tag");
        }
        if (s[i] == '>' || (s[i] == '/' && i + 1 < w->n && s[i + 1] == '>')) {
            const int empty = s[i] == '/';
            puts_(w, empty ? "/>" : ">");
            w->i = i + (empty ? 2 : 1);
            *depth += !empty;
            return CT_OK;
        }
        if (sp == i) {
            w->i = i;
            return refuse(w, "attributes not separated by spaces");
        }
        const size_t al = name_len(s + i, w->n - i);
        if (!al || !in_list(svg_attrs, s + i, al)) {
            w->i = i;
            return refuse(w, "an attribute that our charts do not use");
        }
        const char *an = s + i;
        i += al;
        if (i + 1 >= w->n || s[i] != '=' || s[i + 1] != '"') {
            w->i = i;
            return refuse(w, "an attribute without a double-quoted value");
        }
        const size_t v0 = i + 2;
        const char *q = memchr(s + v0, '"', w->n - v0);
        if (!q) {
            w->i = i;
            return refuse(w, "an unterminated attribute value");
        }
        const size_t vn = (size_t)(q - (s + v0));
        put(w, " ", 1);
        put(w, an, al + 2);
        w->i = v0;
        ct_status st = walk_value(w, an, al, s + v0, vn);
        if (st)
            return st;
        put(w, "\"", 1);
        i = v0 + vn + 1;
    }
}

static ct_status walk(svg_walk *w)
{
    if (w->n < sizeof SVG_ROOT - 1 || memcmp(w->s, SVG_ROOT, sizeof SVG_ROOT - 1) != 0)
        return ct_diag_set(w->d, CT_EFORMAT, NULL, 0, 1,
                           "not a claimtriage chart: it does not start with " SVG_ROOT);
    if (memchr(w->s, '\0', w->n))
        return ct_diag_set(w->d, CT_EFORMAT, NULL, 0, 0, "not a claimtriage chart: a NUL byte");
    int depth = 0, seen_root = 0;
    while (w->i < w->n) {
        if (w->s[w->i] != '<') {
            ct_status st = walk_text(w);
            if (st)
                return st;
            continue;
        }
        if (seen_root && depth == 0)
            return refuse(w, "markup after the closing </svg>");
        ct_status st = walk_tag(w, &depth);
        if (st)
            return st;
        seen_root = 1;
        if (depth == 0) { /* after </svg>: only white space */
            for (size_t k = w->i; k < w->n; k++)
                if (w->s[k] != ' ' && w->s[k] != '\n' && w->s[k] != '\t' && w->s[k] != '\r') {
                    w->i = k;
                    return refuse(w, "content after the closing </svg>");
                }
            put(w, "\n", 1);
            return CT_OK;
        }
    }
    return refuse(w, "no closing </svg>");
}

ct_status ct_html_svg_check(const char *svg, size_t len, ct_diag *d)
{
    if (!svg)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no SVG text");
    svg_walk w = {svg, len, 0, NULL, "", d};
    return walk(&w);
}

ct_status ct_html_svg(ct_html *h, const char *svg, size_t len, const char *caption, ct_diag *d)
{
    if (!h || !svg)
        return ct_diag_set(d, CT_EINVAL, NULL, 0, 0, "no writer or no SVG text");
    ct_status st = ct_html_svg_check(svg, len, d);
    if (st)
        return st;
    svg_walk w = {svg, len, 0, h, "", d};
    h->nfig++;
    snprintf(w.prefix, sizeof w.prefix, "f%u-", h->nfig);
    ct_html_raw(h, "<figure>\n");
    st = walk(&w);
    if (caption) {
        ct_html_raw(h, "<figcaption>");
        ct_html_text(h, caption);
        ct_html_raw(h, "</figcaption>\n");
    }
    ct_html_raw(h, "</figure>\n");
    return st;
}
