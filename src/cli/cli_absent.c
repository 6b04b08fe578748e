/* cli_absent.c — the columns a command uses that the file lacks, named
 * together in one error with the option that picks others (cli.h). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

void cli_absent_init(cli_absent *a, const ct_frame *f)
{
    memset(a, 0, sizeof *a);
    a->f = f;
}

/* Append a, b and c to a->list. */
static void put(cli_absent *a, const char *x, const char *y, const char *z)
{
    if (a->wl >= sizeof a->list)
        return;
    const int q = snprintf(a->list + a->wl, sizeof a->list - a->wl, "%s%s%s", x, y, z);
    a->wl += q > 0 ? (size_t)q : 0;
}

int cli_absent_add(cli_absent *a, const char *col, const char *const *list, size_t nlist, size_t k)
{
    size_t j;
    ct_diag d;
    ct_diag_clear(&d);
    if (ct_frame_find(a->f, col, &j, &d) == CT_OK) {
        if (a->nused < sizeof a->used / sizeof a->used[0])
            a->used[a->nused++] = ct_column_name(ct_frame_col(a->f, j));
        return 0;
    }
    char hint[CT_DIAG_MSG_MAX], item[CT_DIAG_MSG_MAX / 2];
    if (list && ct_frame_list_hint(a->f, list, nlist, k, hint, sizeof hint))
        a->split = 1;
    const char *shown = list ? cli_list_item(item, sizeof item, col) : col;
    const size_t nseen = a->n < sizeof a->seen / sizeof a->seen[0] ? a->n : 0;
    for (size_t s = 0; s < nseen; s++)
        if (strcmp(a->seen[s], col) == 0)
            return 1; /* named once (a capped column is also a feature) */
    if (a->n < sizeof a->seen / sizeof a->seen[0])
        a->seen[a->n] = col;
    a->n++;
    put(a, a->ingroup ? ", " : a->wl ? "; " : "", shown, "");
    a->ingroup++;
    /* the first hint kept: a renamed header or a one-hot encoded copy is
     * the likely cause, and the others are alike */
    const int dummy = d.hint[0] && strncmp(d.hint, "did you mean", 12) != 0;
    if (d.hint[0] && !a->nnear && !a->ndummy) {
        snprintf(a->hint, sizeof a->hint, "%s", d.hint);
        a->hint_dummy = dummy;
    }
    a->nnear += d.hint[0] && !dummy;
    a->ndummy += dummy;
    return 1;
}

size_t cli_absent_group(cli_absent *a, const char *why, int given)
{
    const size_t n = a->ingroup;
    if (n)
        put(a, " (", why, ")");
    *(given ? &a->ngiven : &a->ndefault) += n;
    a->ingroup = 0;
    return n;
}

void cli_file_columns(const ct_frame *f, const char *option, char *buf, size_t cap)
{
    size_t at = (size_t)snprintf(buf, cap, "the file's columns are");
    const size_t nc = ct_frame_ncols(f);
    for (size_t c = 0; c < nc && c < 8 && at < cap; c++)
        at += (size_t)snprintf(buf + at, cap - at, "%s '%s'", c ? "," : "",
                               ct_column_name(ct_frame_col(f, c)));
    if (nc > 8 && at < cap)
        at += (size_t)snprintf(buf + at, cap - at, ", ...");
    if (option && at < cap)
        snprintf(buf + at, cap - at, " (%s)", option);
}

/* "the file's columns CMD does not read: 'a', 'b'" (the first 8) into
 * buf: its numeric and categorical columns that no column added to a
 * names, where a renamed default is (ct_frame_unread_columns, the other
 * columns passed as read: free text and ids are no renamed count or
 * category); 0 (buf untouched) when there is none. */
static int unread_columns(const cli_absent *a, const char *cmd, char *buf, size_t cap)
{
    const char *skip[sizeof a->used / sizeof a->used[0] + 256];
    size_t n = 0;
    for (size_t u = 0; u < a->nused; u++)
        skip[n++] = a->used[u];
    const size_t nc = ct_frame_ncols(a->f);
    for (size_t c = 0; c < nc && n < sizeof skip / sizeof skip[0]; c++) {
        const ct_column *col = ct_frame_col(a->f, c);
        const ct_type t = ct_column_type(col);
        if (t != CT_TYPE_INT && t != CT_TYPE_FLOAT && t != CT_TYPE_CATEGORY)
            skip[n++] = ct_column_name(col);
    }
    char list[CT_DIAG_MSG_MAX / 2];
    if (!ct_frame_unread_columns(a->f, skip, n, 8, list, sizeof list))
        return 0;
    snprintf(buf, cap, "the file's columns %s does not read: %s", cmd, list);
    return 1;
}

int cli_absent_fail(const cli_absent *a, const char *path, const char *cmd)
{
    if (!a->n || a->split)
        return CLI_EXIT_OK;
    ct_diag d;
    ct_diag_clear(&d);
    snprintf(d.file, sizeof d.file, "%s", path);
    snprintf(d.message, sizeof d.message, "the file lacks %zu column%s %s uses: %.1900s", a->n,
             a->n == 1 ? "" : "s", cmd, a->list);
    const size_t more = a->hint[0] ? (a->hint_dummy ? a->ndummy : a->nnear) - 1 : 0;
    if (more)
        snprintf(d.hint, sizeof d.hint, "%.1900s (%zu more absent column%s %s)", a->hint, more,
                 more == 1 ? " has" : "s have",
                 a->hint_dummy ? "such dummy columns" : "such a near match");
    else if (a->hint[0])
        snprintf(d.hint, sizeof d.hint, "%s", a->hint);
    else if (a->ngiven) /* named on the command line: what the file has */
        cli_file_columns(a->f, NULL, d.hint, sizeof d.hint);
    else if (!a->tail[0]) /* defaults: where a renamed one would be */
        unread_columns(a, cmd, d.hint, sizeof d.hint);
    if (a->tail[0]) {
        const size_t at = strlen(d.hint);
        snprintf(d.hint + at, sizeof d.hint - at, "%s%s", at ? "; " : "", a->tail);
    }
    cli_print_diag(&d);
    return CLI_EXIT_DATA;
}

int cli_label_elsewhere(const ct_frame *f, const char *positive, const char *target, int rename,
                        char *hint, size_t cap)
{
    char held[CT_DIAG_MSG_MAX];
    const size_t k = ct_frame_value_column(f, positive, held, sizeof held);
    if (k == SIZE_MAX)
        return 0;
    const ct_column *c = ct_frame_col(f, k);
    const char *as =
        ct_column_level_find(c, positive) >= 0 ? positive : ct_column_level_near(c, positive);
    char col[300], val[300];
    ct_shell_option_value(col, sizeof col, ct_column_name(c));
    ct_shell_option_value(val, sizeof val, as ? as : positive);
    if (rename == 1)
        snprintf(hint, cap, "%s: if it is the label, rename it '%s', the model's label column",
                 held, target);
    else if (rename == 2)
        snprintf(hint, cap, "%s: if it is the label, give --target=%s", held, col);
    else
        snprintf(hint, cap, "%s: if it is the label, give --target=%s --positive=%s", held, col,
                 val);
    return 1;
}
