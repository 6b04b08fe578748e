/* dot_groups.c — the evidence that a column read as decimals holds whole
 * numbers whose digit groups a spreadsheet separated by '.' ("459.352" for
 * 459,352, as German, Dutch or Spanish spreadsheets write them).
 *
 * A column the schema reads as whole numbers refuses such a value with the
 * loader's hint (loader.c: "the digits are grouped by '.' ... read them
 * with --thousands=."); a column typed from its values takes it as the
 * decimal 459.352, as pandas does, and every figure on it is a thousand
 * times too small. The same reading of a grouped number (digit_groups,
 * frame_internal.h) is weighed over the whole column while its text is
 * still held (col_infer): before 2026-12-05 nothing was said
 * (tests/cli/files_thousands_dot_inferred_noted). */
#include "frame/frame_internal.h"

#include "claimtriage/numfmt.h"

#include <stdio.h>

/* Fewest values that look grouped before the column is named: a handful
 * of 3-decimal values is no evidence. */
enum { DOT_GROUPED_MIN = 10 };
/* A whole number of more digits than a group's first would have been
 * written with a separator in a grouped column. */
enum { DOT_WHOLE_MAX_DIGITS = 3 };

void col_weigh_dot_groups(ct_column *c)
{
    c->dot_grouped = c->dot_whole = c->dot_first = 0;
    if (c->dec || c->raw_lazy || !c->slen)
        return; /* read in a format given, or no text */
    size_t grouped = 0, whole = 0, first = 0;
    for (size_t i = 0; i < c->n; i++) {
        if (c->miss[i])
            continue;
        const char *p = col_sptr(c, i);
        size_t n = c->slen[i];
        while (n && (*p == ' ' || *p == '\t'))
            p++, n--;
        while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
            n--;
        const size_t s = n && (p[0] == '-' || p[0] == '+');
        char sep;
        size_t end;
        const size_t groups = digit_groups(p, n, s, &sep, &end);
        if (groups == 1 && sep == '.' && end == n) {
            if (!grouped++)
                first = i;
            continue;
        }
        size_t d = s;
        while (d < n && p[d] >= '0' && p[d] <= '9')
            d++;
        if (d == n && n > s && n - s <= DOT_WHOLE_MAX_DIGITS) {
            whole++;
            continue;
        }
        return; /* another decimal, an exponent, a larger whole number */
    }
    if (grouped < DOT_GROUPED_MIN || grouped <= whole)
        return;
    c->dot_grouped = grouped;
    c->dot_whole = whole;
    c->dot_first = first;
}

/* Column c of f holds the evidence, weighed on these very rows. */
static int holds_evidence(const ct_frame *f, const ct_column *c)
{
    return c->type == CT_TYPE_FLOAT && c->dot_grouped && c->f64 && c->dot_first < f->nrows &&
           c->dot_grouped + c->dot_whole <= f->nrows;
}

size_t ct_frame_explain_dot_groups(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    size_t count = 0, at = 0;
    const ct_column *c = NULL;
    for (size_t j = 0; j < f->ncols; j++)
        if (holds_evidence(f, f->cols[j]) && !count++)
            c = f->cols[j];
    if (!c)
        return 0;
    const double v = c->f64[c->dot_first];
    char n[32], g[32], w[32], as[48], of[128], whole[96] = "";
    ct_numfmt_count(n, sizeof n, (uint64_t)c->dot_grouped);
    ct_numfmt_count(g, sizeof g, (uint64_t)(c->dot_grouped + c->dot_whole));
    ct_numfmt_count(w, sizeof w, (uint64_t)c->dot_whole);
    ct_numfmt_fixed(as, sizeof as, v * 1000, 0);
    if (c->dot_whole) {
        snprintf(of, sizeof of, "%s of its %s values %s", n, g,
                 c->dot_grouped == 1 ? "has" : "have");
        snprintf(whole, sizeof whole, " and the other %s %s below 1,000", w,
                 c->dot_whole == 1 ? "is a whole number" : "are whole numbers");
    } else
        snprintf(of, sizeof of, "all %s of its values have", n);
    const int k =
        snprintf(hint, cap,
                 "column '%s' is read as decimals, but %s exactly three digits after a single "
                 "'.' (line %ld: %.3f)%s: the digits look grouped by '.' (thousands separators, "
                 "as a spreadsheet formats numbers), %.3f for %s; if so, read them with "
                 "--thousands=. (it reads every numeric column so: 4110.0 in another column "
                 "would read as 41100)",
                 c->name, of, ct_frame_row_line(f, c->dot_first), v, whole, v, as);
    at = k > 0 ? (size_t)k : 0;
    for (size_t j = 0, m = 0; j < f->ncols && count > 1 && at < cap; j++) {
        const ct_column *o = f->cols[j];
        if (o == c || !holds_evidence(f, o))
            continue;
        const int q = snprintf(hint + at, cap - at, "%s'%s'",
                               m++          ? ", "
                               : count == 2 ? "; so is column "
                                            : "; so are columns ",
                               o->name);
        at += q > 0 ? (size_t)q : 0;
    }
    return count;
}
