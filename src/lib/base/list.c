/* list.c — the lists options take, split as one CSV record (RFC 4180,
 * section 2: fields separated by ',', a field in double quotes may hold
 * ',' and a doubled '"'), and names written back as list items
 * (claimtriage/list.h). */
#include "claimtriage/list.h"

#include <string.h>

#define QUOTE_RULE "a '\"' inside a quoted item is written twice: \"\""

size_t ct_list_max_items(const char *s)
{
    size_t n = 1;
    for (; s && *s; s++)
        n += *s == ',';
    return n;
}

static ct_status empty_item(ct_diag *diag, size_t item, size_t at, int whole)
{
    if (whole)
        return ct_diag_set(diag, CT_EINVAL, NULL, 0, (long)at, "the list is empty");
    return ct_diag_set(diag, CT_EINVAL, NULL, 0, (long)at,
                       "item %zu is empty (two ',' in a row, or one at an end)", item);
}

ct_status ct_list_split(char *buf, unsigned flags, const char **items, size_t cap, size_t *n,
                        ct_diag *diag)
{
    const char *r = buf; /* reading */
    char *w = buf;       /* writing: never ahead of r */
    size_t k = 0;
    *n = 0;
    for (;;) {
        const size_t start = (size_t)(r - buf);
        char *item = w;
        if (*r == '"') { /* quoted: to the closing quote, "" is one quote */
            r++;
            for (;;) {
                if (*r == '\0')
                    return ct_diag_set(diag, CT_EINVAL, NULL, 0, (long)start + 1,
                                       "the quote that opens item %zu is not closed (%s)", k + 1,
                                       QUOTE_RULE);
                if (*r == '"' && r[1] == '"') {
                    *w++ = '"';
                    r += 2;
                } else if (*r == '"') {
                    r++;
                    break;
                } else
                    *w++ = *r++;
            }
            if (*r != ',' && *r != '\0') {
                const size_t len = strcspn(r, ",");
                return ct_diag_set(diag, CT_EINVAL, NULL, 0, (long)(r - buf) + 1,
                                   "text after the closing quote of item %zu: '%.*s' (a quoted "
                                   "item ends at its closing quote; %s)",
                                   k + 1, (int)(len < 40 ? len : 40), r, QUOTE_RULE);
            }
            if (w == item && !(flags & CT_LIST_EMPTY_OK))
                return empty_item(diag, k + 1, start + 1, 0);
        } else { /* as written, to the next ',' */
            while (*r && *r != ',')
                *w++ = *r++;
            if (w == item && !(flags & CT_LIST_EMPTY_OK))
                return empty_item(diag, k + 1, start + 1, *r == '\0' && k == 0);
        }
        const char sep = *r;
        *w++ = '\0'; /* may overwrite the ',' just read past, never unread text */
        if (k < cap)
            items[k] = item;
        k++;
        if (sep == '\0')
            break;
        r++;
    }
    *n = k;
    return CT_OK;
}

int ct_list_needs_quotes(const char *name) { return name && name[strcspn(name, ",\"")] != '\0'; }

/* Put byte c at out[at] when it fits (leaving room for the NUL). */
static void put(char *out, size_t cap, size_t at, char c)
{
    if (at + 1 < cap)
        out[at] = c;
}

static size_t quote_at(char *out, size_t cap, size_t at, const char *name)
{
    const int q = !*name || ct_list_needs_quotes(name);
    if (q)
        put(out, cap, at++, '"');
    for (const char *p = name; *p; p++) {
        if (*p == '"')
            put(out, cap, at++, '"');
        put(out, cap, at++, *p);
    }
    if (q)
        put(out, cap, at++, '"');
    if (cap)
        out[at < cap ? at : cap - 1] = '\0';
    return at;
}

size_t ct_list_quote(char *out, size_t cap, const char *name)
{
    return quote_at(out, cap, 0, name ? name : "");
}

size_t ct_list_append(char *out, size_t cap, const char *name)
{
    size_t at = cap ? strnlen(out, cap) : 0;
    if (at) {
        put(out, cap, at++, ',');
        if (cap)
            out[at < cap ? at : cap - 1] = '\0';
    }
    return quote_at(out, cap, at, name ? name : "");
}
