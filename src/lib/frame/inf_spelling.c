/* inf_spelling.c — how a numeric column's infinite values were written
 * ('inf', 'Infinity', '-INF': pandas reads each as a number, in any case),
 * kept at load, so that a command refusing an infinite value quotes the
 * field as written and gives --na-values the spellings that read it as
 * missing (claimtriage/frame.h, ct_frame_explain_infinite). Before
 * 2026-12-04 every such refusal said "holds inf" and offered
 * --na-values=inf,-inf, which reads neither 'Infinity' nor 'INF'
 * (tests/cli/train_infinite_as_written). */
#include "claimtriage/csv.h"
#include "claimtriage/list.h"
#include "claimtriage/textwidth.h"
#include "frame/frame_internal.h"

#include <stdio.h>

void col_note_infinite(ct_column *c, const char *s, size_t len)
{
    size_t used = 0;
    for (uint8_t k = 0; k < c->ninfw; k++) {
        const size_t n = strlen(c->infw + used);
        if (n == len && memcmp(c->infw + used, s, len) == 0)
            return;
        used += n + 1;
    }
    if (c->ninfw >= COL_INFW_MAX || len == 0 || memchr(s, '\0', len) ||
        used + len + 1 > sizeof c->infw) {
        c->infw_more = 1;
        return;
    }
    memcpy(c->infw + used, s, len);
    c->infw[used + len] = '\0';
    c->ninfw++;
}

void col_note_infinite_from(ct_column *dst, const ct_column *src)
{
    size_t used = 0;
    for (uint8_t k = 0; k < src->ninfw; k++) {
        const size_t n = strlen(src->infw + used);
        col_note_infinite(dst, src->infw + used, n);
        used += n + 1;
    }
    dst->infw_more |= src->infw_more;
}

/* A spelling of minus infinity: its first character after spaces is '-'. */
static int negative(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return *s == '-';
}

void ct_frame_explain_infinite(const ct_frame *f, size_t j, size_t i, char *value, size_t vcap,
                               char *option, size_t ocap)
{
    const ct_column *c = f->cols[j];
    const int neg = c->f64 && i < c->n && c->f64[i] < 0;
    /* the row's sign's spellings, quoted as every table quotes a value */
    char said[CT_DIAG_MSG_MAX / 4] = "", list[CT_DIAG_MSG_MAX / 4] = "";
    size_t used = 0, same = 0, w = 0;
    for (uint8_t k = 0; k < c->ninfw; k++) {
        const char *s = c->infw + used;
        used += strlen(s) + 1;
        ct_list_append(list, sizeof list, s);
        if (negative(s) != neg)
            continue;
        char lab[96];
        if (ct_textwidth_label_quoted(s))
            ct_textwidth_label(lab, sizeof lab, s);
        else
            ct_textwidth_snprintf(lab, sizeof lab, "'%s'", s);
        int n = snprintf(said + w, sizeof said - w, "%s%s", same++ ? " or " : "", lab);
        if (n > 0 && (size_t)n < sizeof said - w)
            w += (size_t)n;
    }
    if (same == 1 && !c->infw_more)
        snprintf(value, vcap, "%s (infinite)", said);
    else if (same)
        snprintf(value, vcap, "an infinite value (written %s%s in this column)", said,
                 c->infw_more ? " among others" : "");
    else /* a frame built in memory: no field to quote */
        snprintf(value, vcap, "%s", neg ? "-inf" : "inf");
    if (!c->ninfw)
        snprintf(list, sizeof list, "inf,-inf");
    char word[CT_DIAG_MSG_MAX / 4 + 16];
    ct_shell_option_value(word, sizeof word, list);
    snprintf(option, ocap, "--na-values=%s%s", word,
             c->infw_more ? " (and each other spelling of infinity the column holds)" : "");
}
