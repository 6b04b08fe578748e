/* na_levels.c — the levels of a categorical column that look like missing
 * values ('None', 'NA ', ' ', '-', '?', 'n.a.', '(blank)'): pandas 1.5
 * reads them as text, so each is a level of its own, of a row or two,
 * which grows a contingency table and thins its cells; said with the
 * --na-values that reads them as missing (ct_frame_explain_na_levels). A
 * numeric column's such value is said at load (loader.c, number_hint). */
#include "frame/frame_internal.h"
#include "frame/na_tokens.h"

#include "claimtriage/csv.h"
#include "claimtriage/list.h"
#include "claimtriage/numfmt.h"
#include "claimtriage/textwidth.h"

#include <stdio.h>
#include <string.h>

/* The levels named in the hint; the option lists them all. */
#define SHOWN_MAX 8

/* Append s to buf[*w..cap), always terminated. */
static void put(char *buf, size_t cap, size_t *w, const char *s)
{
    for (; *s && *w + 1 < cap; s++)
        buf[(*w)++] = *s;
    if (cap)
        buf[*w < cap ? *w : cap - 1] = '\0';
}

size_t ct_frame_explain_na_levels(const ct_frame *f, size_t j, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    if (j >= ct_frame_ncols(f))
        return 0;
    const ct_column *c = ct_frame_col(f, j);
    const int32_t *codes = ct_column_codes(c);
    const size_t nl = ct_column_nlevels(c);
    if (!codes || ct_column_type(c) != CT_TYPE_CATEGORY || nl == 0)
        return 0;
    size_t found = 0;
    for (size_t k = 0; k < nl; k++) {
        const char *lv = ct_column_level(c, k);
        if (na_value_like(lv, strlen(lv)))
            found++;
    }
    /* a column of such values alone ('-' and '?' as its codes) is data */
    if (!found || found == nl || !cap)
        return found == nl ? 0 : found;
    /* the rows of each level, for the hint only (a pass over the rows) */
    size_t *rows = ct_calloc(nl, sizeof *rows);
    if (!rows)
        return 0;
    const size_t n = ct_frame_nrows(f);
    for (size_t i = 0; i < n; i++)
        if (codes[i] >= 0 && (size_t)codes[i] < nl)
            rows[codes[i]]++;
    char list[CT_DIAG_MSG_MAX / 4] = "", names[CT_DIAG_MSG_MAX / 2] = "";
    size_t w = 0, shown = 0;
    for (size_t k = 0; k < nl; k++) {
        const char *lv = ct_column_level(c, k);
        if (!na_value_like(lv, strlen(lv)))
            continue;
        ct_list_append(list, sizeof list, lv);
        if (shown++ >= SHOWN_MAX)
            continue;
        char lab[96], cnt[32], one[160];
        ct_numfmt_count(cnt, sizeof cnt, rows[k]);
        if (ct_textwidth_label_quoted(lv)) /* ' ' and 'NA ' as they are */
            ct_textwidth_label(lab, sizeof lab, lv);
        else
            ct_textwidth_snprintf(lab, sizeof lab, "'%s'", lv);
        snprintf(one, sizeof one, "%s%s (%s row%s)", shown > 1 ? ", " : "", lab, cnt,
                 rows[k] == 1 ? "" : "s");
        put(names, sizeof names, &w, one);
    }
    if (found > SHOWN_MAX) {
        char more[48];
        snprintf(more, sizeof more, " and %zu more", found - SHOWN_MAX);
        put(names, sizeof names, &w, more);
    }
    char opt[CT_DIAG_MSG_MAX / 4 + 32] = "--na-values=", word[CT_DIAG_MSG_MAX / 4 + 16];
    ct_shell_option_value(word, sizeof word, list);
    size_t ow = strlen(opt);
    put(opt, sizeof opt, &ow, word);
    int k = snprintf(hint, cap,
                     "column '%s': %zu level%s look%s like a missing value but %s read as a "
                     "value of %s own, as pandas reads %s: %s; %s reads %s as missing",
                     ct_column_name(c), found, found == 1 ? "" : "s", found == 1 ? "s" : "",
                     found == 1 ? "is" : "are", found == 1 ? "its" : "their",
                     found == 1 ? "it" : "them", names, opt, found == 1 ? "it" : "them");
    (void)k;
    ct_free(rows);
    return found;
}
