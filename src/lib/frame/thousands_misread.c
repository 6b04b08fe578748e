/* thousands_misread.c — numbers a thousands separator made into others.
 *
 * A file read with a thousands separator (--thousands=., pandas'
 * thousands='.') has it dropped wherever it follows a digit, in every
 * numeric column: "12.0" reads as 120 and "3.5" as 35, as pandas reads
 * them. A separator between thousands groups is followed by exactly three
 * digits; one followed by any other count marks a decimal written in
 * another format than the one given. The values are kept as read (parity
 * with pandas); each numeric column holding such values is counted at
 * load, with the first one's row and text (col_note_tsep: the loader's
 * general path, which the fast path leaves such values to), and said
 * (ct_frame_explain_thousands_misread; before 2026-12-05 nothing was:
 * tests/cli/files_thousands_dot_decimals_noted). */
#include "frame/frame_internal.h"

#include "claimtriage/numfmt.h"

#include <stdio.h>
#include <string.h>

void col_note_tsep(ct_column *c, size_t row, const char *s, size_t len)
{
    const char dec = c->dec ? c->dec : '.';
    if (!c->tsep || !memchr(s, c->tsep, len) || !tsep_misplaced(s, len, c->tsep, dec))
        return;
    if (!c->tsep_odd++) {
        c->tsep_odd_first = row;
        while (len && (*s == ' ' || *s == '\t'))
            s++, len--;
        while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
            len--;
        if (len >= sizeof c->tsep_odd_text) /* a number this long is cut, marked */
            snprintf(c->tsep_odd_text, sizeof c->tsep_odd_text, "%.*s...",
                     (int)(sizeof c->tsep_odd_text - 4), s);
        else
            snprintf(c->tsep_odd_text, sizeof c->tsep_odd_text, "%.*s", (int)len, s);
    }
}

void col_note_tsep_from(ct_column *dst, const ct_column *src, size_t n)
{
    if (!src->tsep_odd)
        return;
    if (!dst->tsep_odd) {
        dst->tsep_odd_first = n + src->tsep_odd_first;
        memcpy(dst->tsep_odd_text, src->tsep_odd_text, sizeof dst->tsep_odd_text);
    }
    dst->tsep_odd += src->tsep_odd;
}

/* Column c of f holds such values, counted on these very rows. */
static int holds_odd(const ct_frame *f, const ct_column *c)
{
    return (c->type == CT_TYPE_INT || c->type == CT_TYPE_FLOAT) && c->tsep && c->tsep_odd &&
           c->f64 && c->tsep_odd_first < f->nrows && c->tsep_odd <= f->nrows;
}

size_t ct_frame_explain_thousands_misread(const ct_frame *f, char *hint, size_t cap)
{
    if (cap)
        hint[0] = '\0';
    size_t count = 0;
    const ct_column *c = NULL;
    for (size_t j = 0; j < f->ncols; j++)
        if (holds_odd(f, f->cols[j]) && !count++)
            c = f->cols[j];
    if (!c || !cap)
        return count;
    const char t = c->tsep;
    char n[32], as[64], fix[128];
    ct_numfmt_count(n, sizeof n, (uint64_t)c->tsep_odd);
    ct_numfmt_value(as, sizeof as, c->f64[c->tsep_odd_first]);
    /* '.' between digits that are no group of three is a decimal point;
     * another separator (',') one of a decimal comma */
    if (t == '.')
        snprintf(fix, sizeof fix, "drop --thousands=. (a '.' is then the decimal point)");
    else
        snprintf(fix, sizeof fix, "use --decimal=%c instead of --thousands=%c", t, t);
    int k = snprintf(hint, cap,
                     "column '%s' is read with --thousands=%c (pandas' thousands='%c'), which "
                     "drops a '%c' wherever it follows a digit, but %s of its values %s a '%c' "
                     "that no group of three digits follows (line %ld: '%s', read as %s, as "
                     "pandas reads it): they look like decimals; if so, %s",
                     c->name, t, t, t, n, c->tsep_odd == 1 ? "has" : "have", t,
                     ct_frame_row_line(f, c->tsep_odd_first), c->tsep_odd_text, as, fix);
    size_t at = k > 0 ? (size_t)k : 0;
    for (size_t j = 0, m = 0; j < f->ncols && count > 1 && at < cap; j++) {
        const ct_column *o = f->cols[j];
        if (o == c || !holds_odd(f, o))
            continue;
        k = snprintf(hint + at, cap - at, "%s'%s'",
                     m++          ? ", "
                     : count == 2 ? "; so does column "
                                  : "; so do columns ",
                     o->name);
        at += k > 0 ? (size_t)k : 0;
    }
    return count;
}
