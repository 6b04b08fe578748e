/* html_internal.h — internal: the HTML writer's state, shared by html.c
 * (text, document, tables) and html_svg.c (inline charts). Hidden symbols;
 * not part of the public API. */
#ifndef CT_HTML_INTERNAL_H
#define CT_HTML_INTERNAL_H

#include "claimtriage/html.h"

#include <stdio.h>

#define HTML_MAX_COLS 32

struct ct_html {
    FILE *fp;
    int err;                   /* sticky: a write failed */
    size_t ncols;              /* columns of the open table */
    char align[HTML_MAX_COLS]; /* 'l' or 'r' per column */
    unsigned nfig;             /* charts inlined so far (their id prefix) */
};

/* Write n bytes as given (sticky error). */
void html_put(ct_html *h, const char *s, size_t n);

#endif
