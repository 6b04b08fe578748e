/* cli_unseen.c — every unseen categorical level, per column, with its rows
 * and first line (ct_unseen_tally), as score's summary, evaluate's inputs
 * and their --json say it (cli.h). */
#include "cli.h"

#include <stdio.h>
#include <string.h>

/* Widest level shown, quotes included: a longer one is cut, "..." */
#define LEVEL_COLS 40

/* 'level' as the table shows it: quoted always (a trailing space, 'Banned ',
 * is the typo a moderator looks for), control characters as '?', cut to
 * LEVEL_COLS columns */
static void level_cell(char *buf, size_t cap, const char *s)
{
    char in[CT_UNSEEN_LEVEL_BYTES + 8];
    ct_textwidth_fit(in, sizeof in, s, strlen(s), LEVEL_COLS - 2, "...", '?');
    snprintf(buf, cap, "'%s'", in);
}

void cli_unseen_print(FILE *fp, const char *first, const char *indent, const ct_unseen_tally *t)
{
    const size_t nc = ct_unseen_tally_ncolumns(t);
    if (!nc)
        return;
    char head[200];
    snprintf(head, sizeof head, "unseen levels by column, each column's %d with the most rows:",
             CT_UNSEEN_LEVELS_KEPT);
    cli_print_wrapped(fp, first, 2, head);
    ct_table *tb = ct_table_create(4);
    ct_table_align(tb, 2, 1);
    ct_table_align(tb, 3, 1);
    ct_table_add(tb, "column");
    ct_table_add(tb, "level");
    ct_table_add(tb, "rows");
    ct_table_add(tb, "first line");
    for (size_t k = 0; k < nc; k++) {
        const ct_unseen_column *c = ct_unseen_tally_column(t, k);
        char cell[CT_UNSEEN_LEVEL_BYTES + 16], n[32], l[32];
        for (size_t i = 0; i < c->nlevels; i++) {
            ct_table_add(tb, i == 0 ? c->column : "");
            level_cell(cell, sizeof cell, c->levels[i].text);
            ct_table_add(tb, cell);
            cli_fmt_count(n, sizeof n, c->levels[i].rows);
            ct_table_add(tb, n);
            if (c->levels[i].first_line > 0)
                cli_fmt_count(l, sizeof l, (uint64_t)c->levels[i].first_line);
            else
                snprintf(l, sizeof l, "unknown");
            ct_table_add(tb, l);
        }
        if (c->more_rows) {
            char lv[32], more[160];
            cli_fmt_count(lv, sizeof lv, c->more_levels);
            cli_fmt_count(n, sizeof n, c->more_rows);
            snprintf(more, sizeof more, "and %s%s more level%s in %s row%s",
                     c->more_levels_at_least ? "at least " : "", lv, c->more_levels == 1 ? "" : "s",
                     n, c->more_rows == 1 ? "" : "s");
            ct_table_add(tb, c->nlevels ? "" : c->column);
            ct_table_add(tb, more);
            ct_table_add(tb, "");
            ct_table_add(tb, "");
        }
        if (c->unnamed_rows) {
            ct_table_add(tb, c->nlevels || c->more_rows ? "" : c->column);
            ct_table_add(tb, "(text not kept)");
            cli_fmt_count(n, sizeof n, c->unnamed_rows);
            ct_table_add(tb, n);
            if (c->unnamed_first_line > 0)
                cli_fmt_count(l, sizeof l, (uint64_t)c->unnamed_first_line);
            else
                snprintf(l, sizeof l, "unknown");
            ct_table_add(tb, l);
        }
    }
    cli_table_fit(tb);
    ct_table_print(tb, fp, indent);
    ct_table_destroy(tb);
    /* a column past the levels counted: the ranking is of those only */
    for (size_t k = 0; k < nc; k++) {
        const ct_unseen_column *c = ct_unseen_tally_column(t, k);
        if (!c->untracked_rows)
            continue;
        char lv[32], n[32], line[400];
        cli_fmt_count(lv, sizeof lv, CT_UNSEEN_TRACKED);
        cli_fmt_count(n, sizeof n, c->untracked_rows);
        snprintf(line, sizeof line,
                 "%s: the first %s distinct levels met are counted and ranked (memory is "
                 "bounded); %s row%s of levels first met after them %s not ranked (in the "
                 "remainder)",
                 c->column, lv, n, c->untracked_rows == 1 ? "" : "s",
                 c->untracked_rows == 1 ? "is" : "are");
        cli_print_wrapped(fp, indent, strlen(indent) + 2, line);
    }
}

static void json_line(ct_json *w, long line)
{
    if (line > 0)
        ct_json_int(w, line);
    else
        ct_json_null(w);
}

void cli_unseen_json(ct_json *w, const ct_unseen_tally *t)
{
    ct_json_key(w, "unseen_level_counts");
    ct_json_object_begin(w);
    ct_json_key(w, "kept_per_column");
    ct_json_int(w, CT_UNSEEN_LEVELS_KEPT);
    ct_json_key(w, "tracked_per_column");
    ct_json_int(w, CT_UNSEEN_TRACKED);
    ct_json_key(w, "columns");
    ct_json_array_begin(w);
    const size_t nc = ct_unseen_tally_ncolumns(t);
    for (size_t k = 0; k < nc; k++) {
        const ct_unseen_column *c = ct_unseen_tally_column(t, k);
        ct_json_object_begin(w);
        ct_json_key(w, "column");
        ct_json_str(w, c->column);
        ct_json_key(w, "values");
        ct_json_uint(w, c->values);
        ct_json_key(w, "levels");
        ct_json_array_begin(w);
        for (size_t i = 0; i < c->nlevels; i++) {
            ct_json_object_begin(w);
            ct_json_key(w, "level");
            ct_json_str(w, c->levels[i].text);
            ct_json_key(w, "rows");
            ct_json_uint(w, c->levels[i].rows);
            ct_json_key(w, "first_line");
            json_line(w, c->levels[i].first_line);
            ct_json_object_end(w);
        }
        ct_json_array_end(w);
        ct_json_key(w, "more_levels");
        ct_json_uint(w, c->more_levels);
        ct_json_key(w, "more_levels_at_least");
        ct_json_bool(w, c->more_levels_at_least);
        ct_json_key(w, "more_rows");
        ct_json_uint(w, c->more_rows);
        ct_json_key(w, "tracked_levels");
        ct_json_uint(w, c->tracked_levels);
        ct_json_key(w, "untracked_rows");
        ct_json_uint(w, c->untracked_rows);
        ct_json_key(w, "unnamed_rows");
        ct_json_uint(w, c->unnamed_rows);
        ct_json_key(w, "unnamed_first_line");
        json_line(w, c->unnamed_first_line);
        ct_json_object_end(w);
    }
    ct_json_array_end(w);
    ct_json_object_end(w);
}
